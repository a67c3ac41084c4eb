## Wat de schuldenaar leest: de schriftelijke herinneringen en de bevestiging van een betalingstoezegging.
## Nummer nooit een herinnering (dat vertelt de schuldenaar dat er meer komen).

letters-reminder-subject = Betalingsherinnering: factuur { $invoices } van { $creditor }
letters-notice-subject = Ingebrekestelling: factuur { $invoices } van { $creditor }
letters-greeting = Geachte heer, mevrouw,
letters-reminder-intro = { $count ->
    [one] Volgens onze administratie is onderstaande factuur van { $creditor } nog niet betaald. Wellicht is de betaling aan uw aandacht ontsnapt; daarom herinneren wij u er vriendelijk aan.
   *[other] Volgens onze administratie zijn onderstaande facturen van { $creditor } nog niet betaald. Wellicht is de betaling aan uw aandacht ontsnapt; daarom herinneren wij u er vriendelijk aan.
}
letters-reminder-pay-by = Wij verzoeken u het totaalbedrag uiterlijk { $date } te voldoen.
letters-reminder-crossed = Heeft u inmiddels betaald, dan danken wij u daarvoor en kunt u dit bericht als niet verzonden beschouwen.
letters-notice-intro = { $count ->
    [one] Ondanks onze herinnering is onderstaande factuur van { $creditor } nog steeds niet betaald. Hierbij stellen wij u in gebreke en sommeren wij u het onderstaande totaalbedrag te betalen.
   *[other] Ondanks onze herinnering zijn onderstaande facturen van { $creditor } nog steeds niet betaald. Hierbij stellen wij u in gebreke en sommeren wij u het onderstaande totaalbedrag te betalen.
}
letters-notice-pay-by = Het bedrag moet uiterlijk { $date } door ons zijn ontvangen.
letters-notice-agency = Hebben wij de betaling dan niet ontvangen, dan dragen wij de vordering zonder nadere aankondiging over aan { $agency } (vergunning: { $licence }), een erkend incassobureau in uw land.
letters-notice-no-agency = Hebben wij de betaling dan niet ontvangen, dan dragen wij de vordering zonder nadere aankondiging over aan een erkend incassobureau in uw land.
letters-notice-costs = U bent dan tevens de wettelijke handelsrente tot de dag van betaling verschuldigd, evenals de vergoeding voor incassokosten van { $compensation }.
letters-notice-costs-by-law = U bent dan tevens de wettelijke handelsrente tot de dag van betaling verschuldigd, evenals de wettelijke vergoeding voor incassokosten.
letters-invoice-line = Factuur { $number } van { $issued }, vervaldatum { $due }: { $amount }
letters-col-invoice = Factuur
letters-col-issued = Factuurdatum
letters-col-due = Vervaldatum
letters-col-outstanding = Openstaand
letters-outstanding = Openstaand bedrag
letters-interest = Wettelijke handelsrente tot en met { $date }
letters-fee = Herinneringskosten
letters-total = Totaal te betalen
letters-pay-to = U kunt het bedrag overmaken naar:
letters-reference = Betalingskenmerk
letters-pay-invoice-details = Gebruik de betaalgegevens op de factuur en vermeld het factuurnummer.
letters-respond = Al betaald, meer tijd nodig of bent u het niet eens met de vordering? Laat het ons hier weten:
letters-regards = Met vriendelijke groet,
letters-promise-subject = Bevestiging van uw betalingstoezegging aan { $creditor }: { $amount } uiterlijk { $date }
letters-promise-body = Dank u voor uw bericht. Wij bevestigen uw toezegging: u betaalt { $amount } aan { $creditor } uiterlijk { $date }.
letters-promise-keep = Hebben wij de betaling op die datum niet ontvangen, dan zetten wij de incasso zonder nadere aankondiging voort.
letters-promise-change = Verandert er iets, laat het ons dan hier weten:
