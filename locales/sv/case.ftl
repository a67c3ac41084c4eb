
## A claim's page: the case as the creditor follows it.

case-title = Ärende mot { $debtor }
case-all-claims = ← Alla ärenden
case-changed = Ärendet har gått vidare:
case-reload = ladda om sidan för att se vad du kan göra nu.
case-next-step = Nästa steg
case-next-answer =
    { $count ->
        [one] Svara på partnerns fråga nedan.
       *[other] Svara på partnerns { $count } frågor nedan.
    }
case-next-proposal = Godkänn eller avböj den nya partnerns offert nedan.
case-next-reminding = Inget att göra just nu: påminnelserna går ut av sig själva, som visas nedan; samtal som ska ringas dyker upp i din ärendelista.
case-next-wait = Inget att göra: partnern arbetar med ärendet och skriver här när något behövs.
case-next-closed = Ärendet är avslutat; historiken finns kvar här.
case-requests-heading = Frågor som väntar på ditt svar
case-requests-stale = Nya meddelanden har kommit: ladda om sidan för att se vilka frågor som fortfarande är öppna.
case-request-title = { $partner } behöver ditt svar
case-answer-by = Svara senast
case-no-answer-by = Inget svarsdatum angivet
case-your-answer = Ditt svar
case-documents-optional = Dokument (valfritt)
case-files-hint = PDF, bilder, text, CSV, XML, Word eller Excel; högst 20 MB per fil.
case-send-answer = Skicka svaret
case-fact-claim = Ärende
case-filed-on = registrerat { $date }
case-fact-principal = Kapitalbelopp
case-fact-collected = Indrivet
case-more-than-principal = mer än kapitalbeloppet: stäm av med partnern
case-nothing-reported = inget rapporterat ännu
case-fact-service = Tjänst
case-service-legal = Juridisk: kravet är bestritt
case-service-collection = Inkasso
case-fact-partner = Partner
case-fact-licence = Tillstånd
case-licence-number = nr
case-fact-reference = Partnerns referens
case-fact-declined = Avböjt eftersom
case-withdraw = Återkalla ärendet…
case-withdraw-warning = Partnern uppmanas att avbryta alla åtgärder mot gäldenären. Det går inte att ångra.
case-withdraw-confirm = Ja, återkalla ärendet
case-thread-heading = Händelser och meddelanden
case-live-reload = Ladda om sidan för att se det senaste.
case-thread-shown = Händelse { $from } till { $to } av { $total }.
case-thread-earlier = Visa tidigare händelser
case-thread-later = Visa senare händelser
case-late = kom för sent: sparad, ändrade inte statusen
case-collected-so-far = Indrivet hittills: { $amount }
case-withdrawn-note = Ärendet är återkallat: partnern arbetar inte längre med det, så inga meddelanden, dokument eller betalningar kan läggas till. Historiken finns kvar här.
case-write-to = Skriv till { $partner }
case-no-messages = Inga meddelanden ännu. Partnern skriver här när något behövs.
case-message = Meddelande
case-send-message = Skicka meddelandet
case-money = Pengar
case-promise-broken = Löftet bröts { $date }
case-next-payment = Nästa förväntade betalning:
case-next-payment-by = senast { $date }
case-money-principal = Kapitalbelopp
case-money-interest = Ränta som kan krävas
case-money-costs = Ersättning för indrivningskostnader som kan krävas
case-money-costs-recovered = Indrivet: kostnader
case-money-interest-recovered = Indrivet: ränta
case-money-principal-recovered = Indrivet: kapitalbelopp
case-money-collected = Indrivet totalt
case-money-direct = varav betalt direkt till dig
case-money-commission = Partnerns provision och kostnader
case-money-paid-out = Utbetalt till dig
case-money-held = Hos partnern
case-money-overpaid = Betalt utöver det som kunde krävas
case-money-outstanding = Återstår
case-statement-csv = Ladda ned kontoutdraget (CSV)
case-statement-print = Kontoutdrag för utskrift
case-report-payment = Rapportera en betalning som gäldenären gjort direkt till dig
case-report-payment-hint = Partnern får veta det, så att den slutar kräva in de pengarna.
case-amount-received = Mottaget belopp ({ $currency })
case-date-received = Mottagningsdatum
case-report-payment-submit = Rapportera betalningen
case-documents = Dokument
case-no-documents = Inga dokument ännu. Lägg till fakturorna, avtalet eller leveransbeviset: partnern behöver dem för indrivningen, och de finns kvar här för dig.
case-added-by-you = tillagt av dig { $date }
case-added-by-partner = tillagt av { $partner } { $date }
case-add-documents = Lägg till dokument
case-add = Lägg till
case-debtor = Gäldenär
case-registration = Organisationsnummer
case-vat = Momsnummer
case-contact = Kontakt
case-language = Språk
case-history = Bakgrund
case-reminders = Skickade påminnelser
case-none = inga
case-debtor-answer = Gäldenärens svar
case-notes = Anteckningar
case-invoices = Fakturor
case-invoice-number = Nummer
case-invoice-issued = Fakturadatum
case-invoice-due = Förfallodag
case-invoice-amount = Belopp
case-every-quote = Alla offerter för ärendet
case-quote-accepted = Offerten du godkände
case-quote-filed = Offerten ärendet registrerades med

## The case's thread, its countdowns and its forms' answers.

case-the-partner = Partnern
case-the-new-partner = den nya partnern
case-author-you = Du
case-heading-document = { $who } lade till ett dokument
case-heading-payment = Betalning
case-heading-payment-reversed = Betalning återförd
case-heading-payout = Utbetalt till dig
case-heading-promise = Betalningslöfte
case-heading-notice = Meddelande från CrossClaim
case-delivery-delivered = levererat
case-delivery-failed = kunde inte levereras: vi undersöker saken
case-delivery-waiting = väntar på leverans
case-the-document = dokumentet
case-note-answered = Bad om ditt svar: besvarat
case-note-answer-by = Behöver ditt svar senast { $date }
case-note-answer = Behöver ditt svar
case-note-your-answer = Ditt svar på en fråga
case-countdown-today = ska besvaras i dag
case-countdown-left =
    { $count ->
        [one] 1 dag kvar
       *[other] { $count } dagar kvar
    }
case-countdown-overdue =
    { $count ->
        [one] 1 dag försenad
       *[other] { $count } dagar försenad
    }
case-flash-answer-sent = Ditt svar är på väg till partnern.
case-flash-message-sent = Ditt meddelande är på väg till partnern.
case-flash-document-added = ”{ $name }” har lagts till i ärendet.
case-flash-documents-added =
    { $count ->
        [one] 1 dokument har lagts till i ärendet.
       *[other] { $count } dokument har lagts till i ärendet.
    }
case-flash-payment = Betalningen på { $amount }, mottagen { $date }, är registrerad.
case-flash-proposal-accepted = Du har godkänt den nya offerten: ärendet går nu till { $partner }.
case-flash-proposal-shown = Här är offerten från { $partner }. Inget lämnas över förrän du godkänner den.
case-flash-proposal-unchanged = Inget ändrades: bara ett avböjt ärende prissätts hos en annan partner.
case-not-done-message = Ditt meddelande skickades inte
case-not-done-documents = Inget lades till
case-not-done-payment = Betalningen registrerades inte
case-not-done-accept = Den nya offerten godkändes inte
case-not-done-choose = Ingen ny offert togs fram
case-error-write-message = Skriv ditt meddelande
case-error-choose-partner = Välj den partner vars offert du vill se
case-error-choose-file = Välj minst en fil

## What is wrong with a chosen file.

case-file-too-large = ”{ $name }” är större än 20 MB; lägg till filer på högst 20 MB var
case-file-no-name = En fil saknar namn; byt namn på den och välj den igen
case-file-name-long = ”{ $name }”: filnamnet är för långt, högst { $max } tecken
case-file-name-characters = ”{ $name }”: filnamnet innehåller ett snedstreck, ett styrtecken eller ett osynligt tecken; byt namn på filen
case-file-no-stem = ”{ $name }” behöver ett namn före filändelsen, t.ex. faktura.pdf
case-file-no-extension = ”{ $name }” saknar filändelse; lägg till den som hör till filtypen, t.ex. faktura.pdf
case-file-empty = ”{ $name }” är tom
case-file-mismatch = ”{ $name }” är inte en { $kind }: innehållet är av en annan typ
case-file-refused = ”{ $name }” är av en filtyp som ärendet inte tar emot: PDF, bilder, text, CSV, XML, Word eller Excel
case-file-media-type = ”{ $name }” skickades som en annan typ än innehållet ({ $kind })
case-kind-pdf = PDF
case-kind-png = PNG-bild
case-kind-jpeg = JPEG-bild
case-kind-text = textfil
case-kind-csv = CSV-fil
case-kind-xml = XML-fil
case-kind-docx = Word-dokument
case-kind-xlsx = Excel-arbetsbok
case-kind-file = fil

## A declined case's new quote, and every quote of the claim.

case-declined-proposal = En annan licensierad partners offert väntar på ditt godkännande nedan.
case-declined-searching = Vi letar efter en annan licensierad partner.
case-proposal-heading = En ny offert väntar på ditt godkännande
case-proposal-nothing-yet = Inget lämnas över till en annan partner förrän du godkänner dess offert.
case-proposal-partner = Ny partner
case-proposal-licence = Dess licens
case-proposal-performance = Resultat
case-standing-newcomer = Ny på plattformen: för få ärenden för att mäta
case-standing-score = Betyg { $score } av 100
case-proposal-price = Nytt pris
case-proposal-if-collected = om allt drivs in
case-proposal-if-not-collected = { $amount } om inget drivs in
case-proposal-previous-price = Tidigare pris
case-proposal-previous = { $price } om allt drivs in, hos { $partner }, som avböjde
case-proposal-why = Varför denna partner
case-proposal-you-asked = Du bad om den här partnerns offert. Vi rekommenderade { $partner }: { $reason }.
case-proposal-accept = Godkänn den nya offerten: { $partner }
case-proposal-or-ask = Eller be en annan licensierad partner om offert
case-proposal-option = { $partner } ({ $kind }): { $price } om allt drivs in
case-proposal-option-newcomer = ny på plattformen
case-proposal-option-score = betyg { $score } av 100
case-proposal-show = Visa den här partnerns offert
case-proposal-fees = Den nya partnerns avgifter, rad för rad
case-charged-if-collected = av det som drivs in
case-charged-if-legal = bara om det går till domstol; ingår inte i summorna
case-charged-always = oavsett utfall
case-no-other-heading = Ingen annan partner kan ta ärendet
case-no-other-text = { $why }. Du kan återkalla fordran nedan.
case-history-date = Datum
case-history-partner = Partner
case-history-if-collected = Om allt drivs in
case-history-outcome = Vad som hände med den
case-quote-state-filed = Registrerad med fordran
case-quote-state-proposed = Väntar på ditt godkännande
case-quote-state-accepted = Godkänd av dig
case-quote-state-declined = Partnern avböjde ärendet
case-quote-state-superseded = Ersatt av en nyare offert

## The printable statement.

case-statement-title = Kontoutdrag: fordran på { $debtor }
case-statement-back = ← Tillbaka till fordran
case-statement-heading = Kontoutdrag för fordran på { $debtor }
case-statement-as-of = Per
case-statement-print-hint = Skriv ut sidan med webbläsarens utskriftskommando; navigering och knappar tas inte med i utskriften.
case-statement-csv-link = Ladda ner som CSV
case-statement-csv-hint = för ett kalkylblad (kolumnrubrikerna är på engelska, som bokföringsimporter förväntar sig).
case-statement-lines = Rader
case-statement-col-date = Datum
case-statement-col-what = Vad
case-statement-col-details = Detaljer
case-statement-col-change = Ändring av skulden
case-statement-col-paid-out = Utbetalt till dig
case-statement-col-commission = Provision och kostnader
case-statement-col-outstanding = Utestående efter
case-statement-reference = Referens { $reference }
case-statement-balance = Saldo
case-line-principal = Fordrat kapitalbelopp
case-line-interest = Ränta att kräva
case-line-costs = Kostnader att kräva
case-line-payment = Betalning
case-line-direct = Direktbetalning
case-line-reversal = Återföring
case-line-payout = Utbetalning
case-line-interest-details = Dröjsmålsränta som kan krävas av gäldenären
case-line-costs-details = Ersättning för indrivningskostnader som kan krävas av gäldenären

# Money in the thread, told from the stored payment, payout or promise
case-body-payment-partner = { $amount } mottaget av partnern den { $date } (kostnader { $costs }, ränta { $interest }, kapital { $principal })
case-body-payment-direct = { $amount } betalt direkt till dig den { $date } (kostnader { $costs }, ränta { $interest }, kapital { $principal })
case-body-payment-reversed = Betalningen på { $amount } från den { $date } har återförts
case-body-payment-reversed-because = Betalningen på { $amount } från den { $date } har återförts: { $reason }
case-body-payout = { $amount } utbetalt till dig den { $date } (provision { $commission }, kostnader { $costs })
case-body-payout-reference = { $amount } utbetalt till dig den { $date } (provision { $commission }, kostnader { $costs }), referens { $reference }
case-body-promise = Gäldenären har lovat att betala { $amount } senast { $date }
case-body-plan = Gäldenären har gått med på att betala { $amount } i { $count } delbetalningar, den sista senast { $date }

# The platform's own entries in the thread
case-body-filed = Ärendet registrerat och skickat till { $partner } ({ $kind })
case-body-filed-chosen = Ärendet registrerat och skickat till { $partner } ({ $kind }), partnern du valde
case-body-accepted = Accepterat av { $partner }; deras referens är { $reference }
