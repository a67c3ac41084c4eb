## Gäldenärens svarssida, som varje påminnelse länkar till.

debtor-title = Era fakturor från { $creditor }
debtor-intro = { $creditor } har ännu inte fått betalt för fakturorna nedan. Har ni betalat, vill ni tala om när ni betalar, behöver ni en avbetalningsplan eller bestrider ni fordran? Svara här, så når svaret { $creditor } direkt.
debtor-language = Språk
debtor-total-today = Totalt per { $date }
debtor-answers = Ert svar
debtor-paid-heading = Vi har betalat
debtor-paid-on = Betalningsdag
debtor-paid-reference = Betalningsreferens (frivilligt)
debtor-promise-heading = Vi betalar ett visst datum
debtor-promise-on = Vi betalar hela beloppet den
debtor-promise-hint = Senast 30 dagar från i dag. Ni får en skriftlig bekräftelse.
debtor-plan-heading = Vi behöver en avbetalningsplan
debtor-plan-count = Antal delbetalningar
debtor-plan-first = Första delbetalningen den
debtor-plan-note = Något borgenären bör veta (frivilligt)
debtor-dispute-heading = Vi bestrider fordran
debtor-dispute-reason = Skäl
debtor-choose = Välj …
debtor-reason-not-ordered = Vi har inte beställt varorna eller tjänsterna
debtor-reason-not-delivered = Inte levererat, eller inte som avtalat
debtor-reason-wrong-amount = Beloppet är fel
debtor-reason-already-paid = Vi har redan betalat
debtor-reason-other = Annat skäl
debtor-dispute-text = Vad är fel?
debtor-dispute-document = Ett dokument som visar det (frivilligt)
debtor-document-hint = PDF, bild, Word, Excel eller textfil, högst 20 MB.
debtor-send = Skicka
debtor-errors = Kontrollera följande:
debtor-error-date = Ange ett datum, t.ex. 2026-11-30.
debtor-error-paid-future = Betalningsdagen kan inte ligga i framtiden.
debtor-error-past = Datumet kan inte ligga bakåt i tiden.
debtor-error-too-late = Välj ett datum högst { $days } dagar från i dag, senast { $date }.
debtor-error-count = Ange ett antal delbetalningar från { $min } till { $max }.
debtor-error-reason = Välj skäl.
debtor-error-text = Berätta med några ord vad som är fel.
debtor-error-too-long = Högst { $max } tecken.
debtor-error-document = Dokumentet kan inte tas emot: skicka en PDF, bild, Word-, Excel- eller textfil på högst 20 MB.
debtor-unavailable = Ert svar kunde inte sparas just nu. Försök igen om några minuter.
debtor-thanks-heading = Tack
debtor-thanks-paid = Vi har meddelat { $creditor } att ni har betalat. Påminnelserna pausas medan { $creditor } kontrollerar betalningen.
debtor-thanks-promise = { $creditor } har fått ert löfte. En skriftlig bekräftelse är på väg till er via e-post.
debtor-thanks-plan = { $creditor } har fått ert förslag till avbetalningsplan och meddelar er om det godtas.
debtor-thanks-dispute = { $creditor } har fått er invändning. Inga fler påminnelser skickas medan den utreds.
debtor-back = Tillbaka till fakturorna
debtor-private = Sidan är endast avsedd för { $debtor }. Dela inte dess adress.
debtor-too-many-heading = Vänta en stund
debtor-too-many = För många förfrågningar har kommit från er adress. Vänta { $minutes ->
    [one] en minut
   *[other] { $minutes } minuter
} och försök igen.
