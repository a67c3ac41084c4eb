
## A claim's page: the case as the creditor follows it.

case-title = Krav mot { $debtor }
case-all-claims = ← Alle krav
case-changed = Kravet har gått videre:
case-reload = last inn siden på nytt for å se hva du kan gjøre nå.
case-next-step = Neste steg
case-next-answer =
    { $count ->
        [one] Svar på partnerens spørsmål nedenfor.
       *[other] Svar på partnerens { $count } spørsmål nedenfor.
    }
case-next-proposal = Godta eller avslå den nye partnerens tilbud nedenfor.
case-next-reminding = Ingenting å gjøre nå: påminnelsene går av seg selv, som vist nedenfor; samtaler som skal tas, dukker opp i kravlisten din.
case-next-wait = Ingenting å gjøre: partneren arbeider med kravet og skriver her når noe trengs.
case-next-closed = Kravet er avsluttet; historikken blir liggende her.
case-requests-heading = Spørsmål som venter på svar fra deg
case-requests-stale = Nye meldinger har kommet: last inn siden på nytt for å se hvilke spørsmål som fortsatt er åpne.
case-request-title = { $partner } trenger svar fra deg
case-answer-by = Svar innen
case-no-answer-by = Ingen svarfrist oppgitt
case-your-answer = Ditt svar
case-documents-optional = Dokumenter (valgfritt)
case-files-hint = PDF, bilder, tekst, CSV, XML, Word eller Excel; høyst 20 MB per fil.
case-send-answer = Send svaret
case-fact-claim = Krav
case-filed-on = registrert { $date }
case-fact-principal = Hovedstol
case-fact-collected = Innkrevd
case-more-than-principal = mer enn hovedstolen: sjekk med partneren
case-nothing-reported = ingenting rapportert ennå
case-fact-service = Tjeneste
case-service-legal = Juridisk: kravet er bestridt
case-service-collection = Inkasso
case-fact-partner = Partner
case-fact-licence = Bevilling
case-licence-number = nr.
case-fact-reference = Partnerens referanse
case-fact-declined = Avslått fordi
case-withdraw = Trekk tilbake kravet…
case-withdraw-warning = Partneren får beskjed om å stanse alle tiltak mot skyldneren. Dette kan ikke angres.
case-withdraw-confirm = Ja, trekk tilbake kravet
case-thread-heading = Hendelser og meldinger
case-live-reload = Last inn siden på nytt for å se det siste.
case-thread-shown = Hendelse { $from } til { $to } av { $total }.
case-thread-earlier = Vis tidligere hendelser
case-thread-later = Vis senere hendelser
case-late = kom for sent: lagret, endret ikke statusen
case-collected-so-far = Innkrevd så langt: { $amount }
case-withdrawn-note = Kravet er trukket tilbake: partneren arbeider ikke lenger med det, så ingen meldinger, dokumenter eller betalinger kan legges til. Historikken blir liggende her.
case-write-to = Skriv til { $partner }
case-no-messages = Ingen meldinger ennå. Partneren skriver her når noe trengs.
case-message = Melding
case-send-message = Send meldingen
case-money = Penger
case-promise-broken = Løftet ble brutt { $date }
case-next-payment = Neste forventede betaling:
case-next-payment-by = innen { $date }
case-money-principal = Hovedstol
case-money-interest = Rente som kan kreves
case-money-costs = Kompensasjon for inndrivelseskostnader som kan kreves
case-money-costs-recovered = Innkrevd: kostnader
case-money-interest-recovered = Innkrevd: renter
case-money-principal-recovered = Innkrevd: hovedstol
case-money-collected = Innkrevd totalt
case-money-direct = herav betalt direkte til deg
case-money-commission = Partnerens provisjon og kostnader
case-money-paid-out = Utbetalt til deg
case-money-held = Hos partneren
case-money-overpaid = Betalt utover det som kunne kreves
case-money-outstanding = Utestående
case-statement-csv = Last ned kontoutskriften (CSV)
case-statement-print = Kontoutskrift for utskrift
case-report-payment = Meld fra om en betaling skyldneren har gjort direkte til deg
case-report-payment-hint = Partneren får beskjed, slik at den slutter å kreve inn de pengene.
case-amount-received = Mottatt beløp ({ $currency })
case-date-received = Mottatt dato
case-report-payment-submit = Meld fra om betalingen
case-documents = Dokumenter
case-no-documents = Ingen dokumenter ennå. Legg til fakturaene, kontrakten eller leveransbeviset: partneren trenger dem for inndrivelsen, og de blir liggende her for deg.
case-added-by-you = lagt til av deg { $date }
case-added-by-partner = lagt til av { $partner } { $date }
case-add-documents = Legg til dokumenter
case-add = Legg til
case-debtor = Skyldner
case-registration = Organisasjonsnummer
case-vat = MVA-nummer
case-contact = Kontakt
case-language = Språk
case-history = Bakgrunn
case-reminders = Sendte påminnelser
case-none = ingen
case-debtor-answer = Skyldnerens svar
case-notes = Merknader
case-invoices = Fakturaer
case-invoice-number = Nummer
case-invoice-issued = Fakturadato
case-invoice-due = Forfall
case-invoice-amount = Beløp
case-every-quote = Alle tilbud for kravet
case-quote-accepted = Tilbudet du godtok
case-quote-filed = Tilbudet kravet ble registrert med

## The case's thread, its countdowns and its forms' answers.

case-the-partner = Partneren
case-the-new-partner = den nye partneren
case-author-you = Du
case-heading-document = { $who } la til et dokument
case-heading-payment = Betaling
case-heading-payment-reversed = Betaling tilbakeført
case-heading-payout = Utbetalt til deg
case-heading-promise = Betalingsløfte
case-heading-notice = Melding fra CrossClaim
case-delivery-delivered = levert
case-delivery-failed = kunne ikke leveres: vi ser på saken
case-delivery-waiting = venter på levering
case-the-document = dokumentet
case-note-answered = Ba om svaret ditt: besvart
case-note-answer-by = Trenger svaret ditt innen { $date }
case-note-answer = Trenger svaret ditt
case-note-your-answer = Svaret ditt på en forespørsel
case-countdown-today = frist i dag
case-countdown-left =
    { $count ->
        [one] 1 dag igjen
       *[other] { $count } dager igjen
    }
case-countdown-overdue =
    { $count ->
        [one] 1 dag over fristen
       *[other] { $count } dager over fristen
    }
case-flash-answer-sent = Svaret ditt er på vei til partneren.
case-flash-message-sent = Meldingen din er på vei til partneren.
case-flash-document-added = «{ $name }» er lagt til i saken.
case-flash-documents-added =
    { $count ->
        [one] 1 dokument er lagt til i saken.
       *[other] { $count } dokumenter er lagt til i saken.
    }
case-flash-payment = Betalingen på { $amount }, mottatt { $date }, er registrert.
case-flash-proposal-accepted = Du har godtatt det nye tilbudet: saken går nå til { $partner }.
case-flash-proposal-shown = Her er tilbudet fra { $partner }. Ingenting overleveres før du godtar det.
case-flash-proposal-unchanged = Ingenting ble endret: bare en avvist sak prises hos en annen partner.
case-not-done-message = Meldingen din ble ikke sendt
case-not-done-documents = Ingenting ble lagt til
case-not-done-payment = Betalingen ble ikke registrert
case-not-done-accept = Det nye tilbudet ble ikke godtatt
case-not-done-choose = Det ble ikke laget noe nytt tilbud
case-error-write-message = Skriv meldingen din
case-error-choose-partner = Velg partneren du vil se tilbudet fra
case-error-choose-file = Velg minst én fil

## What is wrong with a chosen file.

case-file-too-large = «{ $name }» er større enn 20 MB; legg til filer på høyst 20 MB hver
case-file-no-name = En fil mangler navn; gi den et navn og velg den på nytt
case-file-name-long = «{ $name }»: filnavnet er for langt, høyst { $max } tegn
case-file-name-characters = «{ $name }»: filnavnet inneholder en skråstrek, et kontrolltegn eller et usynlig tegn; gi filen nytt navn
case-file-no-stem = «{ $name }» trenger et navn foran filendelsen, f.eks. faktura.pdf
case-file-no-extension = «{ $name }» mangler filendelse; legg til den som hører til filtypen, f.eks. faktura.pdf
case-file-empty = «{ $name }» er tom
case-file-mismatch = «{ $name }» er ikke en { $kind }: innholdet er av en annen type
case-file-refused = «{ $name }» er en filtype saken ikke tar imot: PDF, bilder, tekst, CSV, XML, Word eller Excel
case-file-media-type = «{ $name }» ble sendt som en annen type enn innholdet ({ $kind })
case-kind-pdf = PDF
case-kind-png = PNG-bilde
case-kind-jpeg = JPEG-bilde
case-kind-text = tekstfil
case-kind-csv = CSV-fil
case-kind-xml = XML-fil
case-kind-docx = Word-dokument
case-kind-xlsx = Excel-arbeidsbok
case-kind-file = fil

## A declined case's new quote, and every quote of the claim.

case-declined-proposal = Tilbudet fra en annen lisensiert partner venter på at du godtar det nedenfor.
case-declined-searching = Vi leter etter en annen lisensiert partner.
case-proposal-heading = Et nytt tilbud venter på at du godtar det
case-proposal-nothing-yet = Ingenting overleveres til en annen partner før du godtar tilbudet.
case-proposal-partner = Ny partner
case-proposal-licence = Lisens
case-proposal-performance = Resultater
case-standing-newcomer = Ny på plattformen: for få saker til å måle
case-standing-score = Poeng { $score } av 100
case-proposal-price = Ny pris
case-proposal-if-collected = hvis alt blir innkrevd
case-proposal-if-not-collected = { $amount } hvis ingenting blir innkrevd
case-proposal-previous-price = Tidligere pris
case-proposal-previous = { $price } hvis alt blir innkrevd, hos { $partner }, som avviste saken
case-proposal-why = Hvorfor denne partneren
case-proposal-you-asked = Du ba om tilbudet fra denne partneren. Vi anbefalte { $partner }: { $reason }.
case-proposal-accept = Godta det nye tilbudet: { $partner }
case-proposal-or-ask = Eller be en annen lisensiert partner om tilbud
case-proposal-option = { $partner } ({ $kind }): { $price } hvis alt blir innkrevd
case-proposal-option-newcomer = ny på plattformen
case-proposal-option-score = poeng { $score } av 100
case-proposal-show = Vis tilbudet fra denne partneren
case-proposal-fees = Den nye partnerens gebyrer, linje for linje
case-charged-if-collected = av det som blir innkrevd
case-charged-if-legal = bare hvis saken går til retten; ikke med i summene
case-charged-always = uansett utfall
case-no-other-heading = Ingen annen partner kan ta saken
case-no-other-text = { $why }. Du kan trekke kravet nedenfor.
case-history-date = Dato
case-history-partner = Partner
case-history-if-collected = Hvis alt blir innkrevd
case-history-outcome = Hva som skjedde med det
case-quote-state-filed = Registrert med kravet
case-quote-state-proposed = Venter på at du godtar det
case-quote-state-accepted = Godtatt av deg
case-quote-state-declined = Partneren avviste saken
case-quote-state-superseded = Erstattet av et nyere tilbud

## The printable statement.

case-statement-title = Kontoutskrift: krav mot { $debtor }
case-statement-back = ← Tilbake til kravet
case-statement-heading = Kontoutskrift for kravet mot { $debtor }
case-statement-as-of = Per
case-statement-print-hint = Skriv ut siden med nettleserens utskriftskommando; navigasjon og knapper tas ikke med i utskriften.
case-statement-csv-link = Last ned som CSV
case-statement-csv-hint = for et regneark (kolonneoverskriftene er på engelsk, slik regnskapsimport forventer).
case-statement-lines = Linjer
case-statement-col-date = Dato
case-statement-col-what = Hva
case-statement-col-details = Detaljer
case-statement-col-change = Endring i det som skyldes
case-statement-col-paid-out = Utbetalt til deg
case-statement-col-commission = Provisjon og kostnader
case-statement-col-outstanding = Utestående etterpå
case-statement-reference = Referanse { $reference }
case-statement-balance = Saldo
case-line-principal = Krevd hovedstol
case-line-interest = Renter som kan kreves
case-line-costs = Kostnader som kan kreves
case-line-payment = Betaling
case-line-direct = Direkte betaling
case-line-reversal = Tilbakeføring
case-line-payout = Utbetaling
case-line-interest-details = Forsinkelsesrente som kan kreves av skyldneren
case-line-costs-details = Kompensasjon for inndrivingskostnader som kan kreves av skyldneren

# Money in the thread, told from the stored payment, payout or promise
case-body-payment-partner = { $amount } mottatt av partneren { $date } (kostnader { $costs }, renter { $interest }, hovedstol { $principal })
case-body-payment-direct = { $amount } betalt direkte til deg { $date } (kostnader { $costs }, renter { $interest }, hovedstol { $principal })
case-body-payment-reversed = Betalingen på { $amount } mottatt { $date } er tilbakeført
case-body-payment-reversed-because = Betalingen på { $amount } mottatt { $date } er tilbakeført: { $reason }
case-body-payout = { $amount } utbetalt til deg { $date } (provisjon { $commission }, kostnader { $costs })
case-body-payout-reference = { $amount } utbetalt til deg { $date } (provisjon { $commission }, kostnader { $costs }), referanse { $reference }
case-body-promise = Skyldneren har lovet å betale { $amount } innen { $date }
case-body-plan = Skyldneren har gått med på å betale { $amount } i { $count } avdrag, det siste innen { $date }

# The platform's own entries in the thread
case-body-filed = Saken er registrert og sendt til { $partner } ({ $kind })
case-body-filed-chosen = Saken er registrert og sendt til { $partner } ({ $kind }), partneren du valgte
case-body-accepted = Akseptert av { $partner }; deres referanse er { $reference }
