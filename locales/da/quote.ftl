
## The public instant quote page.

quote-title = Straks-tilbud
quote-heading = Hvad koster det at inddrive denne faktura?
quote-lead = Angiv skyldnerens land og den forfaldne faktura. Du ser med det samme, hvad hver autoriseret partner der tager, linje for linje, og hvad du derudover kan kræve af skyldneren efter landets lov. Ingen konto nødvendig.
quote-country-hint = Landets navn eller kode, f.eks. Tyskland eller DE
quote-due-date = Forfaldsdato
quote-show = Vis tilbuddet
quote-placeholder = Angiv land, beløb og valuta samt forfaldsdato for at se tilbuddet.

## The quote itself, as the quote page, the claim form's preview and the case page show it.

quote-result-heading = Tilbud pr. { $date } for en skyldner i { $country }:
quote-cost-heading = Hvad inddrivelsen koster dig
quote-kind-agency = inkassobureau
quote-kind-law-firm = advokatfirma
quote-sandbox = testmiljø
quote-licensed-by = Godkendt af { $authority }, nr. { $number }
quote-performance = Resultater: { $summary }
quote-standing-score = Score { $score } af 100
quote-standing-newcomer = Ny på platformen (tæller som score { $score })
quote-standing-not-measured = ikke målt endnu
quote-recommended = Anbefalet efter vores rangering af de godkendte partnere i { $country }.
quote-recommended-other = Du valgte denne partner. Vi anbefalede { $partner }.
quote-ranking-rule = Partnere af den type, der passer til kravet, kommer først; blandt dem vinder den højeste score (målte resultater, 0 til 100) set i forhold til salæret. Ved samme score vinder den billigste partner.
quote-cost-commission = Provision { $percent } % af det inddrevne beløb
quote-cost-minimum-fee = Minimumssalær (provisionen på { $percent } % ville være { $commission })
quote-cost-minimum-fee-of = Minimumssalær på { $fee } (provisionen på { $percent } % ville være { $commission })
quote-cost-legal-phase-disputed = Anslåede omkostninger ved retslig inddrivelse: retsafgift og advokat
quote-cost-legal-phase-if-court = Anslåede omkostninger ved retslig inddrivelse, kun hvis kravet går til retten
quote-charged-if-collected = trækkes i det inddrevne beløb
quote-charged-if-legal-phase = kun ved retslig inddrivelse; ikke med i totalerne
quote-charged-always = uanset udfald
quote-if-collected = Hvis alt inddrives
quote-if-not-collected = Hvis intet inddrives
quote-claimable-heading = Hvad du kan kræve af skyldneren
quote-interest = Morarenter
quote-interest-at = Morarenter på { $rate } % om året
quote-day-count-365 = hver dag giver 1/365 af årsrenten
quote-day-count-360 = hver dag giver 1/360 af årsrenten
quote-day-count-actual = hver dag giver 1/365 af årsrenten, 1/366 i skudår
quote-compensation = Kompensation for inddrivelsesomkostninger
quote-invoice = Faktura { $number }
quote-see-notes = se bemærkningerne
quote-on-top = Ud over hovedstolen
quote-method-heading = Sådan beregnes renterne:
quote-reminder-fees = Rykkergebyrer:
quote-periods-heading = Renter periode for periode
quote-col-invoice = Faktura
quote-col-from = Fra
quote-col-to = Til
quote-col-days = Dage
quote-col-rate = Rentesats
quote-col-interest = Renter
quote-col-partner = Partner
quote-col-performance = Resultater
quote-rate-none = ingen
quote-rate-carried-forward = videreført
quote-rate-unknown = ingen kendt rentesats
quote-law = Lov: { $law }.
quote-limitation-period = Forældelse: { $years ->
    [one] { $years } år
   *[other] { $years } år
  }; for den ældste faktura udløber fristen { $ends }.
quote-limitation-near = Forældelse: den ældste faktura forældes efter { $date }, medmindre forældelsen afbrydes (for eksempel ved at skyldneren erkender gælden eller ved retssag). Handl inden da.
quote-limitation-past = Forældelse: den ældste faktura kan have været forældet siden { $date }, medmindre forældelsen blev afbrudt (for eksempel ved at skyldneren erkendte gælden eller ved retssag). Undersøg det, før du forfølger kravet.
quote-alternatives-heading = Andre godkendte partnere i { $country }, i vores rækkefølge
quote-notes-heading = Hvad tilbuddet bygger på

# What the live quote says while it works (static/quote.js)
quote-live-waiting = Udfyld skyldnerens land og en faktura, så vises tilbuddet.
quote-live-calculating = Beregner tilbuddet …
quote-live-correct = Ret de markerede felter, så vises tilbuddet.
quote-live-to-see = For at se tilbuddet:
quote-live-offline = Tilbuddet kunne ikke hentes. Tjek forbindelsen; det opdateres, når du ændrer et felt, eller send formularen.
quote-notes-in-english = Noterne gengiver de retlige kilder på engelsk.
