
## The public instant quote page.

quote-title = Pristilbud med en gang
quote-heading = Hva koster det å kreve inn denne fakturaen?
quote-lead = Oppgi skyldnerens land og den forfalte fakturaen. Du ser med en gang hva hver autoriserte partner der tar, linje for linje, og hva du i tillegg kan kreve av skyldneren etter landets lov. Ingen konto trengs.
quote-country-hint = Landets navn eller kode, f.eks. Tyskland eller DE
quote-due-date = Forfallsdato
quote-show = Vis tilbudet
quote-placeholder = Oppgi land, beløp og valuta og forfallsdato for å se tilbudet.

## The quote itself, as the quote page, the claim form's preview and the case page show it.

quote-result-heading = Tilbud per { $date } for en skyldner i { $country }:
quote-cost-heading = Hva inndrivingen koster deg
quote-kind-agency = inkassoselskap
quote-kind-law-firm = advokatfirma
quote-sandbox = testmiljø
quote-licensed-by = Bevilling fra { $authority }, nr. { $number }
quote-performance = Resultater: { $summary }
quote-standing-score = Poengsum { $score } av 100
quote-standing-newcomer = Ny på plattformen (regnes som poengsum { $score })
quote-standing-not-measured = ikke målt ennå
quote-recommended = Anbefalt etter vår rangering av partnerne med bevilling i { $country }.
quote-recommended-other = Du valgte denne partneren. Vi anbefalte { $partner }.
quote-ranking-rule = Partnere av den typen som passer kravet kommer først; blant dem vinner høyest poengsum (målte resultater, 0 til 100) sett opp mot salæret. Ved lik poengsum vinner den rimeligste partneren.
quote-cost-commission = Provisjon { $percent } % av innkrevd beløp
quote-cost-minimum-fee = Minstesalær (provisjonen på { $percent } % ville vært { $commission })
quote-cost-minimum-fee-of = Minstesalær på { $fee } (provisjonen på { $percent } % ville vært { $commission })
quote-cost-legal-phase-disputed = Anslått kostnad for rettslig inndriving: rettsgebyr og advokat
quote-cost-legal-phase-if-court = Anslått kostnad for rettslig inndriving, bare hvis kravet går til retten
quote-charged-if-collected = trekkes fra det som kreves inn
quote-charged-if-legal-phase = bare ved rettslig inndriving; ikke med i summene
quote-charged-always = uansett utfall
quote-if-collected = Hvis alt kreves inn
quote-if-not-collected = Hvis ingenting kreves inn
quote-claimable-heading = Hva du kan kreve av skyldneren
quote-interest = Forsinkelsesrente
quote-interest-at = Forsinkelsesrente { $rate } % per år
quote-day-count-365 = hver dag gir 1/365 av årsrenten
quote-day-count-360 = hver dag gir 1/360 av årsrenten
quote-day-count-actual = hver dag gir 1/365 av årsrenten, 1/366 i skuddår
quote-compensation = Kompensasjon for inndrivingskostnader
quote-invoice = Faktura { $number }
quote-see-notes = se merknadene
quote-on-top = I tillegg til hovedstolen
quote-method-heading = Slik beregnes renten:
quote-reminder-fees = Purregebyr:
quote-periods-heading = Rente periode for periode
quote-col-invoice = Faktura
quote-col-from = Fra
quote-col-to = Til
quote-col-days = Dager
quote-col-rate = Rentesats
quote-col-interest = Rente
quote-col-partner = Partner
quote-col-performance = Resultater
quote-rate-none = ingen
quote-rate-carried-forward = videreført
quote-rate-unknown = ingen kjent rentesats
quote-law = Lov: { $law }.
quote-limitation-period = Foreldelse: { $years ->
    [one] { $years } år
   *[other] { $years } år
  }; for den eldste fakturaen løper fristen ut { $ends }.
quote-limitation-near = Foreldelse: den eldste fakturaen foreldes etter { $date } hvis ikke fristen avbrytes (for eksempel ved at skyldneren erkjenner gjelden eller ved søksmål). Handle før det.
quote-limitation-past = Foreldelse: den eldste fakturaen kan ha vært foreldet siden { $date } hvis ikke fristen ble avbrutt (for eksempel ved at skyldneren erkjente gjelden eller ved søksmål). Sjekk dette før du forfølger kravet.
quote-alternatives-heading = Andre partnere med bevilling i { $country }, i vår rekkefølge
quote-notes-heading = Hva tilbudet bygger på

# What the live quote says while it works (static/quote.js)
quote-live-waiting = Fyll inn skyldnerens land og en faktura, så vises tilbudet.
quote-live-calculating = Regner ut tilbudet …
quote-live-correct = Rett de merkede feltene, så vises tilbudet.
quote-live-to-see = For å se tilbudet:
quote-live-offline = Tilbudet kunne ikke hentes. Sjekk tilkoblingen; det oppdateres når du endrer et felt, eller send skjemaet.
quote-notes-in-english = Merknadene gjengir de rettslige kildene på engelsk.
