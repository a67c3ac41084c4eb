## Skyldnerens svarside, som hver påmindelse linker til.

debtor-title = Jeres fakturaer fra { $creditor }
debtor-intro = { $creditor } har endnu ikke modtaget betaling for fakturaerne nedenfor. Har I betalt, vil I oplyse, hvornår I betaler, har I brug for en afdragsordning, eller bestrider I kravet? Svar her, så når svaret { $creditor } med det samme.
debtor-language = Sprog
debtor-total-today = I alt pr. { $date }
debtor-answers = Jeres svar
debtor-paid-heading = Vi har betalt
debtor-paid-on = Betalingsdato
debtor-paid-reference = Betalingsreference (valgfrit)
debtor-promise-heading = Vi betaler på en bestemt dato
debtor-promise-on = Vi betaler hele beløbet den
debtor-promise-hint = Senest 30 dage fra i dag. I får en skriftlig bekræftelse.
debtor-plan-heading = Vi har brug for en afdragsordning
debtor-plan-count = Antal afdrag
debtor-plan-first = Første afdrag den
debtor-plan-note = Noget, kreditor bør vide (valgfrit)
debtor-dispute-heading = Vi bestrider kravet
debtor-dispute-reason = Begrundelse
debtor-choose = Vælg …
debtor-reason-not-ordered = Vi har ikke bestilt varerne eller ydelserne
debtor-reason-not-delivered = Ikke leveret, eller ikke som aftalt
debtor-reason-wrong-amount = Beløbet er forkert
debtor-reason-already-paid = Vi har allerede betalt
debtor-reason-other = Anden begrundelse
debtor-dispute-text = Hvad er forkert?
debtor-dispute-document = Et dokument, der viser det (valgfrit)
debtor-document-hint = PDF, billede, Word, Excel eller tekstfil, højst 20 MB.
debtor-send = Send
debtor-errors = Kontrollér følgende:
debtor-error-date = Angiv en dato, f.eks. 2026-11-30.
debtor-error-paid-future = Betalingsdatoen kan ikke ligge i fremtiden.
debtor-error-past = Datoen kan ikke ligge tilbage i tiden.
debtor-error-too-late = Vælg en dato højst { $days } dage fra i dag, senest { $date }.
debtor-error-count = Angiv et antal afdrag fra { $min } til { $max }.
debtor-error-reason = Vælg begrundelse.
debtor-error-text = Fortæl med få ord, hvad der er forkert.
debtor-error-too-long = Højst { $max } tegn.
debtor-error-document = Dokumentet kan ikke modtages: send en PDF, et billede eller en Word-, Excel- eller tekstfil på højst 20 MB.
debtor-unavailable = Jeres svar kunne ikke gemmes lige nu. Prøv igen om et par minutter.
debtor-thanks-heading = Tak
debtor-thanks-paid = Vi har meddelt { $creditor }, at I har betalt. Påmindelserne er sat på pause, mens { $creditor } kontrollerer betalingen.
debtor-thanks-promise = { $creditor } har modtaget jeres tilsagn. En skriftlig bekræftelse er på vej til jer pr. e-mail.
debtor-thanks-plan = { $creditor } har modtaget jeres forslag til afdragsordning og giver jer besked om, hvorvidt det accepteres.
debtor-thanks-dispute = { $creditor } har modtaget jeres indsigelse. Der sendes ikke flere påmindelser, mens den undersøges.
debtor-back = Tilbage til fakturaerne
debtor-private = Siden er kun beregnet til { $debtor }. Del ikke sidens adresse.
debtor-too-many-heading = Vent et øjeblik
debtor-too-many = Der er kommet for mange forespørgsler fra jeres adresse. Vent { $minutes ->
    [one] et minut
   *[other] { $minutes } minutter
}, og prøv igen.
