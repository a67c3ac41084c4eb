
## A claim's page: the case as the creditor follows it.

case-title = Sag mod { $debtor }
case-all-claims = ← Alle sager
case-changed = Sagen er gået videre:
case-reload = genindlæs siden for at se, hvad du kan gøre nu.
case-next-step = Næste skridt
case-next-answer =
    { $count ->
        [one] Besvar partnerens spørgsmål nedenfor.
       *[other] Besvar partnerens { $count } spørgsmål nedenfor.
    }
case-next-proposal = Accepter eller afvis den nye partners tilbud nedenfor.
case-next-reminding = Intet at gøre lige nu: rykkerne går af sig selv, som vist nedenfor; opkald, der skal foretages, vises på din sagsliste.
case-next-wait = Intet at gøre: partneren arbejder på sagen og skriver her, når der er brug for noget.
case-next-closed = Sagen er afsluttet; historikken bliver her.
case-requests-heading = Spørgsmål, der venter på dit svar
case-requests-stale = Nye beskeder er kommet: genindlæs siden for at se, hvilke spørgsmål der stadig er åbne.
case-request-title = { $partner } har brug for dit svar
case-answer-by = Svar senest
case-no-answer-by = Ingen svarfrist angivet
case-your-answer = Dit svar
case-documents-optional = Dokumenter (valgfrit)
case-files-hint = PDF, billeder, tekst, CSV, XML, Word eller Excel; højst 20 MB pr. fil.
case-send-answer = Send svaret
case-fact-claim = Sag
case-filed-on = oprettet { $date }
case-fact-principal = Hovedstol
case-fact-collected = Inddrevet
case-more-than-principal = mere end hovedstolen: tjek med partneren
case-nothing-reported = intet rapporteret endnu
case-fact-service = Ydelse
case-service-legal = Juridisk: kravet er bestridt
case-service-collection = Inkasso
case-fact-partner = Partner
case-fact-licence = Tilladelse
case-licence-number = nr.
case-fact-reference = Partnerens reference
case-fact-declined = Afvist fordi
case-withdraw = Træk sagen tilbage…
case-withdraw-warning = Partneren får besked om at standse alle skridt mod skyldneren. Det kan ikke fortrydes.
case-withdraw-confirm = Ja, træk sagen tilbage
case-thread-heading = Hændelser og beskeder
case-live-reload = Genindlæs siden for at se det seneste.
case-thread-shown = Hændelse { $from } til { $to } af { $total }.
case-thread-earlier = Vis tidligere hændelser
case-thread-later = Vis senere hændelser
case-late = kom for sent: gemt, ændrede ikke status
case-collected-so-far = Inddrevet indtil nu: { $amount }
case-withdrawn-note = Sagen er trukket tilbage: partneren arbejder ikke længere på den, så der kan ikke tilføjes beskeder, dokumenter eller betalinger. Historikken bliver her.
case-write-to = Skriv til { $partner }
case-no-messages = Ingen beskeder endnu. Partneren skriver her, når der er brug for noget.
case-message = Besked
case-send-message = Send beskeden
case-money = Penge
case-promise-broken = Løftet blev brudt { $date }
case-next-payment = Næste forventede betaling:
case-next-payment-by = senest { $date }
case-money-principal = Hovedstol
case-money-interest = Rente, der kan kræves
case-money-costs = Kompensation for inddrivelsesomkostninger, der kan kræves
case-money-costs-recovered = Inddrevet: omkostninger
case-money-interest-recovered = Inddrevet: renter
case-money-principal-recovered = Inddrevet: hovedstol
case-money-collected = Inddrevet i alt
case-money-direct = heraf betalt direkte til dig
case-money-commission = Partnerens provision og omkostninger
case-money-paid-out = Udbetalt til dig
case-money-held = Hos partneren
case-money-overpaid = Betalt ud over det, der kunne kræves
case-money-outstanding = Udestående
case-statement-csv = Download kontoudtoget (CSV)
case-statement-print = Kontoudtog til udskrift
case-report-payment = Indberet en betaling, som skyldneren har foretaget direkte til dig
case-report-payment-hint = Partneren får besked, så den holder op med at inddrive de penge.
case-amount-received = Modtaget beløb ({ $currency })
case-date-received = Modtaget dato
case-report-payment-submit = Indberet betalingen
case-documents = Dokumenter
case-no-documents = Ingen dokumenter endnu. Tilføj fakturaerne, kontrakten eller leveringsbeviset: partneren har brug for dem til inddrivelsen, og de bliver her til dig.
case-added-by-you = tilføjet af dig { $date }
case-added-by-partner = tilføjet af { $partner } { $date }
case-add-documents = Tilføj dokumenter
case-add = Tilføj
case-debtor = Skyldner
case-registration = Registreringsnummer
case-vat = Momsnummer
case-contact = Kontakt
case-language = Sprog
case-history = Baggrund
case-reminders = Sendte rykkere
case-none = ingen
case-debtor-answer = Skyldnerens svar
case-notes = Bemærkninger
case-invoices = Fakturaer
case-invoice-number = Nummer
case-invoice-issued = Fakturadato
case-invoice-due = Forfald
case-invoice-amount = Beløb
case-every-quote = Alle tilbud for sagen
case-quote-accepted = Tilbuddet, du accepterede
case-quote-filed = Tilbuddet, sagen blev oprettet med

## The case's thread, its countdowns and its forms' answers.

case-the-partner = Partneren
case-the-new-partner = den nye partner
case-author-you = Du
case-heading-document = { $who } tilføjede et dokument
case-heading-payment = Betaling
case-heading-payment-reversed = Betaling tilbageført
case-heading-payout = Udbetalt til dig
case-heading-promise = Betalingsløfte
case-heading-notice = Meddelelse fra CrossClaim
case-delivery-delivered = leveret
case-delivery-failed = kunne ikke leveres: vi undersøger det
case-delivery-waiting = venter på levering
case-the-document = dokumentet
case-note-answered = Bad om dit svar: besvaret
case-note-answer-by = Har brug for dit svar senest { $date }
case-note-answer = Har brug for dit svar
case-note-your-answer = Dit svar på en forespørgsel
case-countdown-today = frist i dag
case-countdown-left =
    { $count ->
        [one] 1 dag tilbage
       *[other] { $count } dage tilbage
    }
case-countdown-overdue =
    { $count ->
        [one] 1 dag over fristen
       *[other] { $count } dage over fristen
    }
case-flash-answer-sent = Dit svar er på vej til partneren.
case-flash-message-sent = Din besked er på vej til partneren.
case-flash-document-added = "{ $name }" er tilføjet sagen.
case-flash-documents-added =
    { $count ->
        [one] 1 dokument er tilføjet sagen.
       *[other] { $count } dokumenter er tilføjet sagen.
    }
case-flash-payment = Betalingen på { $amount }, modtaget { $date }, er registreret.
case-flash-proposal-accepted = Du har accepteret det nye tilbud: sagen går nu til { $partner }.
case-flash-proposal-shown = Her er tilbuddet fra { $partner }. Intet overdrages, før du accepterer det.
case-flash-proposal-unchanged = Intet blev ændret: kun en afvist sag prissættes hos en anden partner.
case-not-done-message = Din besked blev ikke sendt
case-not-done-documents = Intet blev tilføjet
case-not-done-payment = Betalingen blev ikke registreret
case-not-done-accept = Det nye tilbud blev ikke accepteret
case-not-done-choose = Der blev ikke lavet et nyt tilbud
case-error-write-message = Skriv din besked
case-error-choose-partner = Vælg den partner, hvis tilbud du vil se
case-error-choose-file = Vælg mindst én fil

## What is wrong with a chosen file.

case-file-too-large = "{ $name }" er større end 20 MB; tilføj filer på højst 20 MB hver
case-file-no-name = En fil har intet navn; giv den et navn, og vælg den igen
case-file-name-long = "{ $name }": filnavnet er for langt, højst { $max } tegn
case-file-name-characters = "{ $name }": filnavnet indeholder en skråstreg, et kontroltegn eller et usynligt tegn; omdøb filen
case-file-no-stem = "{ $name }" skal have et navn før filtypenavnet, f.eks. faktura.pdf
case-file-no-extension = "{ $name }" har intet filtypenavn; tilføj det, der passer til filtypen, f.eks. faktura.pdf
case-file-empty = "{ $name }" er tom
case-file-mismatch = "{ $name }" er ikke en { $kind }: indholdet er af en anden type
case-file-refused = "{ $name }" er en filtype, sagen ikke modtager: PDF, billeder, tekst, CSV, XML, Word eller Excel
case-file-media-type = "{ $name }" blev sendt som en anden type end indholdet ({ $kind })
case-kind-pdf = PDF
case-kind-png = PNG-billede
case-kind-jpeg = JPEG-billede
case-kind-text = tekstfil
case-kind-csv = CSV-fil
case-kind-xml = XML-fil
case-kind-docx = Word-dokument
case-kind-xlsx = Excel-projektmappe
case-kind-file = fil

## A declined case's new quote, and every quote of the claim.

case-declined-proposal = Tilbuddet fra en anden autoriseret partner venter på din accept nedenfor.
case-declined-searching = Vi leder efter en anden autoriseret partner.
case-proposal-heading = Et nyt tilbud venter på din accept
case-proposal-nothing-yet = Intet overdrages til en anden partner, før du accepterer dens tilbud.
case-proposal-partner = Ny partner
case-proposal-licence = Autorisation
case-proposal-performance = Resultater
case-standing-newcomer = Ny på platformen: for få sager til at måle
case-standing-score = Score { $score } af 100
case-proposal-price = Ny pris
case-proposal-if-collected = hvis alt inddrives
case-proposal-if-not-collected = { $amount } hvis intet inddrives
case-proposal-previous-price = Tidligere pris
case-proposal-previous = { $price } hvis alt inddrives, hos { $partner }, som afviste sagen
case-proposal-why = Hvorfor denne partner
case-proposal-you-asked = Du bad om denne partners tilbud. Vi anbefalede { $partner }: { $reason }.
case-proposal-accept = Acceptér det nye tilbud: { $partner }
case-proposal-or-ask = Eller bed en anden autoriseret partner om et tilbud
case-proposal-option = { $partner } ({ $kind }): { $price } hvis alt inddrives
case-proposal-option-newcomer = ny på platformen
case-proposal-option-score = score { $score } af 100
case-proposal-show = Vis denne partners tilbud
case-proposal-fees = Den nye partners gebyrer, linje for linje
case-charged-if-collected = af det, der inddrives
case-charged-if-legal = kun hvis sagen går til retten; ikke med i totalerne
case-charged-always = uanset udfald
case-no-other-heading = Ingen anden partner kan tage sagen
case-no-other-text = { $why }. Du kan trække kravet tilbage nedenfor.
case-history-date = Dato
case-history-partner = Partner
case-history-if-collected = Hvis alt inddrives
case-history-outcome = Hvad der skete med det
case-quote-state-filed = Indsendt med kravet
case-quote-state-proposed = Venter på din accept
case-quote-state-accepted = Accepteret af dig
case-quote-state-declined = Partneren afviste sagen
case-quote-state-superseded = Erstattet af et nyere tilbud

## The printable statement.

case-statement-title = Kontoudtog: krav mod { $debtor }
case-statement-back = ← Tilbage til kravet
case-statement-heading = Kontoudtog for kravet mod { $debtor }
case-statement-as-of = Pr.
case-statement-print-hint = Udskriv siden med browserens udskriftskommando; navigation og knapper kommer ikke med på udskriften.
case-statement-csv-link = Download som CSV
case-statement-csv-hint = til et regneark (kolonneoverskrifterne er på engelsk, som regnskabsimport forventer).
case-statement-lines = Posteringer
case-statement-col-date = Dato
case-statement-col-what = Hvad
case-statement-col-details = Detaljer
case-statement-col-change = Ændring i det skyldige
case-statement-col-paid-out = Udbetalt til dig
case-statement-col-commission = Provision og omkostninger
case-statement-col-outstanding = Udestående herefter
case-statement-reference = Reference { $reference }
case-statement-balance = Saldo
case-line-principal = Krævet hovedstol
case-line-interest = Renter, der kan kræves
case-line-costs = Omkostninger, der kan kræves
case-line-payment = Betaling
case-line-direct = Direkte betaling
case-line-reversal = Tilbageførsel
case-line-payout = Udbetaling
case-line-interest-details = Morarenter, der kan kræves af skyldneren
case-line-costs-details = Kompensation for inddrivelsesomkostninger, der kan kræves af skyldneren

# Money in the thread, told from the stored payment, payout or promise
case-body-payment-partner = { $amount } modtaget af partneren den { $date } (omkostninger { $costs }, renter { $interest }, hovedstol { $principal })
case-body-payment-direct = { $amount } betalt direkte til dig den { $date } (omkostninger { $costs }, renter { $interest }, hovedstol { $principal })
case-body-payment-reversed = Betalingen på { $amount } modtaget den { $date } er tilbageført
case-body-payment-reversed-because = Betalingen på { $amount } modtaget den { $date } er tilbageført: { $reason }
case-body-payout = { $amount } udbetalt til dig den { $date } (provision { $commission }, omkostninger { $costs })
case-body-payout-reference = { $amount } udbetalt til dig den { $date } (provision { $commission }, omkostninger { $costs }), reference { $reference }
case-body-promise = Skyldneren har lovet at betale { $amount } senest den { $date }
case-body-plan = Skyldneren har accepteret at betale { $amount } i { $count } rater, den sidste senest den { $date }

# The platform's own entries in the thread
case-body-filed = Sagen er oprettet og sendt til { $partner } ({ $kind })
case-body-filed-chosen = Sagen er oprettet og sendt til { $partner } ({ $kind }), partneren du valgte
case-body-accepted = Accepteret af { $partner }; deres reference er { $reference }
