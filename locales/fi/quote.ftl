
## The public instant quote page.

quote-title = Pikatarjous
quote-heading = Mitä tämän laskun periminen maksaa?
quote-lead = Anna velallisen maa ja erääntynyt lasku. Näet heti, mitä kukin maan luvan saanut kumppani veloittaa rivi riviltä ja mitä voit lisäksi vaatia velalliselta maan lain mukaan. Tiliä ei tarvita.
quote-country-hint = Maan nimi tai koodi, esim. Saksa tai DE
quote-due-date = Eräpäivä
quote-show = Näytä tarjous
quote-placeholder = Anna maa, summa ja valuutta sekä eräpäivä nähdäksesi tarjouksen.

## The quote itself, as the quote page, the claim form's preview and the case page show it.

quote-result-heading = Tarjous { $date } velallisesta maassa { $country }:
quote-cost-heading = Mitä perintä maksaa sinulle
quote-kind-agency = perintätoimisto
quote-kind-law-firm = asianajotoimisto
quote-sandbox = testiympäristö
quote-licensed-by = Toimiluvan myöntäjä { $authority }, nro { $number }
quote-performance = Tulokset: { $summary }
quote-standing-score = Pisteet { $score }/100
quote-standing-newcomer = Uusi palvelussa (lasketaan pisteillä { $score })
quote-standing-not-measured = ei vielä mitattu
quote-recommended = Suositeltu luvanvaraisten kumppanien järjestyksemme perusteella maassa { $country }.
quote-recommended-other = Valitsit tämän kumppanin. Suosittelimme kumppania { $partner }.
quote-ranking-rule = Saatavalle sopivan tyyppiset kumppanit ovat ensin; niistä voittaa se, jonka pisteet (mitatut tulokset, 0–100) ovat palkkioon nähden parhaat. Tasapisteissä edullisempi kumppani voittaa.
quote-cost-commission = Palkkio { $percent } % perityistä varoista
quote-cost-minimum-fee = Vähimmäispalkkio ({ $percent } %:n palkkio olisi { $commission })
quote-cost-minimum-fee-of = Vähimmäispalkkio { $fee } ({ $percent } %:n palkkio olisi { $commission })
quote-cost-legal-phase-disputed = Arvio oikeudellisen perinnän kuluista: oikeudenkäyntimaksut ja asiamies
quote-cost-legal-phase-if-court = Arvio oikeudellisen perinnän kuluista, vain jos saatava viedään tuomioistuimeen
quote-charged-if-collected = perityistä varoista
quote-charged-if-legal-phase = vain oikeudellisessa perinnässä; ei sisälly summiin
quote-charged-always = lopputuloksesta riippumatta
quote-if-collected = Jos kaikki saadaan perittyä
quote-if-not-collected = Jos mitään ei saada perittyä
quote-claimable-heading = Mitä voit vaatia velalliselta
quote-interest = Viivästyskorko
quote-interest-at = Viivästyskorko { $rate } % vuodessa
quote-day-count-365 = kukin päivä kerryttää 1/365 vuosikorosta
quote-day-count-360 = kukin päivä kerryttää 1/360 vuosikorosta
quote-day-count-actual = kukin päivä kerryttää 1/365 vuosikorosta, karkausvuonna 1/366
quote-compensation = Kiinteä korvaus perintäkuluista
quote-invoice = Lasku { $number }
quote-see-notes = katso huomautukset
quote-on-top = Pääoman lisäksi
quote-method-heading = Näin korko lasketaan:
quote-reminder-fees = Muistutusmaksut:
quote-periods-heading = Korko jaksoittain
quote-col-invoice = Lasku
quote-col-from = Alkaen
quote-col-to = Päättyen
quote-col-days = Päiviä
quote-col-rate = Korko-%
quote-col-interest = Korko
quote-col-partner = Kumppani
quote-col-performance = Tulokset
quote-rate-none = ei mitään
quote-rate-carried-forward = edellinen korko jatkuu
quote-rate-unknown = korkoa ei tiedetä
quote-law = Laki: { $law }.
quote-limitation-period = Vanhentuminen: { $years ->
    [one] { $years } vuosi
   *[other] { $years } vuotta
  }; vanhimman laskun osalta aika päättyy { $ends }.
quote-limitation-near = Vanhentuminen: vanhin lasku vanhenee { $date } jälkeen, ellei vanhentumista katkaista (esimerkiksi velallisen velan tunnustuksella tai kanteella). Toimi ennen sitä.
quote-limitation-past = Vanhentuminen: vanhin lasku on voinut vanhentua { $date } alkaen, ellei vanhentumista ole katkaistu (esimerkiksi velallisen velan tunnustuksella tai kanteella). Tarkista asia ennen kuin jatkat perintää.
quote-alternatives-heading = Muut luvanvaraiset kumppanit maassa { $country } järjestyksessämme
quote-notes-heading = Mihin tarjous perustuu

# What the live quote says while it works (static/quote.js)
quote-live-waiting = Anna velallisen maa ja lasku, niin näet tarjouksen.
quote-live-calculating = Lasketaan tarjousta…
quote-live-correct = Korjaa merkityt kentät, niin näet tarjouksen.
quote-live-to-see = Nähdäksesi tarjouksen:
quote-live-offline = Tarjousta ei voitu hakea. Tarkista yhteys; se päivittyy, kun muutat kenttää, tai lähetä lomake.
quote-notes-in-english = Huomautukset lainaavat oikeuslähteitä englanniksi.
