
## The public instant quote page.

quote-title = Direktoffert
quote-heading = Vad kostar det att driva in den här fakturan?
quote-lead = Ange gäldenärens land och den förfallna fakturan. Du ser direkt vad varje auktoriserad partner där tar betalt, rad för rad, och vad du dessutom kan kräva av gäldenären enligt landets lag. Inget konto behövs.
quote-country-hint = Landets namn eller kod, t.ex. Tyskland eller DE
quote-due-date = Förfallodag
quote-show = Visa offerten
quote-placeholder = Ange land, belopp och valuta samt förfallodag för att se offerten.

## The quote itself, as the quote page, the claim form's preview and the case page show it.

quote-result-heading = Offert per { $date } för en gäldenär i { $country }:
quote-cost-heading = Vad indrivningen kostar dig
quote-kind-agency = inkassobolag
quote-kind-law-firm = advokatbyrå
quote-sandbox = testmiljö
quote-licensed-by = Tillstånd från { $authority }, nr { $number }
quote-performance = Resultat: { $summary }
quote-standing-score = Betyg { $score } av 100
quote-standing-newcomer = Ny på plattformen (räknas som betyg { $score })
quote-standing-not-measured = inte mätt ännu
quote-recommended = Rekommenderas enligt vår rangordning av de auktoriserade partnerna i { $country }.
quote-recommended-other = Du valde den här partnern. Vi rekommenderade { $partner }.
quote-ranking-rule = Partner av det slag som passar fordran kommer först; bland dem vinner högst betyg (uppmätt resultat, 0 till 100) i förhållande till avgiften. Vid lika betyg vinner den billigare partnern.
quote-cost-commission = Provision { $percent } % av indrivet belopp
quote-cost-minimum-fee = Minimiavgift (provisionen på { $percent } % skulle bli { $commission })
quote-cost-minimum-fee-of = Minimiavgift på { $fee } (provisionen på { $percent } % skulle bli { $commission })
quote-cost-legal-phase-disputed = Uppskattad kostnad för rättslig process: domstolsavgifter och ombud
quote-cost-legal-phase-if-court = Uppskattad kostnad för rättslig process, bara om fordran går till domstol
quote-charged-if-collected = dras från det som drivs in
quote-charged-if-legal-phase = bara vid rättslig process; ingår inte i summorna
quote-charged-always = oavsett utfall
quote-if-collected = Om allt drivs in
quote-if-not-collected = Om inget drivs in
quote-claimable-heading = Vad du kan kräva av gäldenären
quote-interest = Dröjsmålsränta
quote-interest-at = Dröjsmålsränta { $rate } % per år
quote-day-count-365 = varje dag ger 1/365 av årsräntan
quote-day-count-360 = varje dag ger 1/360 av årsräntan
quote-day-count-actual = varje dag ger 1/365 av årsräntan, 1/366 under skottår
quote-compensation = Förseningsersättning för indrivningskostnader
quote-invoice = Faktura { $number }
quote-see-notes = se anmärkningarna
quote-on-top = Utöver kapitalbeloppet
quote-method-heading = Så beräknas räntan:
quote-reminder-fees = Påminnelseavgifter:
quote-periods-heading = Ränta period för period
quote-col-invoice = Faktura
quote-col-from = Från
quote-col-to = Till
quote-col-days = Dagar
quote-col-rate = Räntesats
quote-col-interest = Ränta
quote-col-partner = Partner
quote-col-performance = Resultat
quote-rate-none = ingen
quote-rate-carried-forward = framförd
quote-rate-unknown = ingen känd räntesats
quote-law = Lag: { $law }.
quote-limitation-period = Preskription: { $years ->
    [one] { $years } år
   *[other] { $years } år
  }; för den äldsta fakturan löper den ut { $ends }.
quote-limitation-near = Preskription: den äldsta fakturan preskriberas efter { $date } om inte preskriptionen avbryts (till exempel genom att gäldenären erkänner skulden eller genom en stämning). Agera före dess.
quote-limitation-past = Preskription: den äldsta fakturan kan vara preskriberad sedan { $date } om inte preskriptionen har avbrutits (till exempel genom att gäldenären erkänt skulden eller genom en stämning). Kontrollera detta innan du driver fordran vidare.
quote-alternatives-heading = Andra auktoriserade partner i { $country }, i vår rangordning
quote-notes-heading = Vad offerten bygger på

# What the live quote says while it works (static/quote.js)
quote-live-waiting = Fyll i gäldenärens land och en faktura så visas offerten.
quote-live-calculating = Räknar fram offerten …
quote-live-correct = Rätta de markerade fälten så visas offerten.
quote-live-to-see = För att se offerten:
quote-live-offline = Offerten kunde inte hämtas. Kontrollera anslutningen; den uppdateras när du ändrar ett fält, eller skicka formuläret.
quote-notes-in-english = Anteckningarna återger de rättsliga källorna på engelska.
