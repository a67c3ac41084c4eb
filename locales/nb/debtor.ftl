## Skyldnerens svarside, som hver påminnelse lenker til.

debtor-title = Fakturaene deres fra { $creditor }
debtor-intro = { $creditor } har ennå ikke mottatt betaling for fakturaene nedenfor. Har dere betalt, vil dere si når dere betaler, trenger dere en avdragsordning, eller bestrider dere kravet? Svar her, så når svaret { $creditor } med en gang.
debtor-language = Språk
debtor-total-today = Totalt per { $date }
debtor-answers = Svaret deres
debtor-paid-heading = Vi har betalt
debtor-paid-on = Betalingsdato
debtor-paid-reference = Betalingsreferanse (valgfritt)
debtor-promise-heading = Vi betaler på en bestemt dato
debtor-promise-on = Vi betaler hele beløpet den
debtor-promise-hint = Senest 30 dager fra i dag. Dere får en skriftlig bekreftelse.
debtor-plan-heading = Vi trenger en avdragsordning
debtor-plan-count = Antall avdrag
debtor-plan-first = Første avdrag den
debtor-plan-note = Noe kreditor bør vite (valgfritt)
debtor-dispute-heading = Vi bestrider kravet
debtor-dispute-reason = Grunn
debtor-choose = Velg …
debtor-reason-not-ordered = Vi har ikke bestilt varene eller tjenestene
debtor-reason-not-delivered = Ikke levert, eller ikke som avtalt
debtor-reason-wrong-amount = Beløpet er feil
debtor-reason-already-paid = Vi har allerede betalt
debtor-reason-other = Annen grunn
debtor-dispute-text = Hva er feil?
debtor-dispute-document = Et dokument som viser det (valgfritt)
debtor-document-hint = PDF, bilde, Word, Excel eller tekstfil, høyst 20 MB.
debtor-send = Send
debtor-errors = Kontroller følgende:
debtor-error-date = Oppgi en dato, f.eks. 2026-11-30.
debtor-error-paid-future = Betalingsdatoen kan ikke være frem i tid.
debtor-error-past = Datoen kan ikke være tilbake i tid.
debtor-error-too-late = Velg en dato høyst { $days } dager fra i dag, senest { $date }.
debtor-error-count = Oppgi et antall avdrag fra { $min } til { $max }.
debtor-error-reason = Velg grunn.
debtor-error-text = Fortell med noen få ord hva som er feil.
debtor-error-too-long = Høyst { $max } tegn.
debtor-error-document = Dokumentet kan ikke tas imot: send en PDF, et bilde eller en Word-, Excel- eller tekstfil på høyst 20 MB.
debtor-unavailable = Svaret deres kunne ikke lagres akkurat nå. Prøv igjen om noen minutter.
debtor-thanks-heading = Takk
debtor-thanks-paid = Vi har gitt { $creditor } beskjed om at dere har betalt. Påminnelsene stanses mens { $creditor } kontrollerer betalingen.
debtor-thanks-promise = { $creditor } har mottatt løftet deres. En skriftlig bekreftelse er på vei til dere på e-post.
debtor-thanks-plan = { $creditor } har mottatt forslaget deres til avdragsordning og gir dere beskjed om det godtas.
debtor-thanks-dispute = { $creditor } har mottatt innsigelsen deres. Det sendes ingen flere påminnelser mens den undersøkes.
debtor-back = Tilbake til fakturaene
debtor-private = Siden er bare ment for { $debtor }. Ikke del adressen til siden.
debtor-too-many-heading = Vent litt
debtor-too-many = Det har kommet for mange forespørsler fra adressen deres. Vent { $minutes ->
    [one] ett minutt
   *[other] { $minutes } minutter
} og prøv igjen.
