
## The public instant quote page.

quote-title = Pikatarjous
quote-heading = Mitä tämän laskun periminen maksaa?
quote-lead = Anna velallisen maa ja erääntynyt lasku. Näet heti, mitä kukin maan luvan saanut kumppani veloittaa rivi riviltä ja mitä voit lisäksi vaatia velalliselta maan lain mukaan. Tiliä ei tarvita.
quote-country-hint = Kaksikirjaiminen maakoodi, esim. DE
quote-due-date = Eräpäivä
quote-show = Näytä tarjous
quote-placeholder = Anna maa, summa ja valuutta sekä eräpäivä nähdäksesi tarjouksen.
