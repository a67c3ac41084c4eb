
## What is wrong with a field of a form, said on the page in its language.

errors-summary-title =
    { $count ->
        [one] Korjaa tämä kenttä
       *[other] Korjaa nämä { $count } kenttää
    }
errors-required = Kenttä on pakollinen
errors-too-long = Enintään { $max } merkkiä; nyt { $len }
errors-control-characters = Sisältää ohjausmerkkejä
errors-hidden-character = Sisältää näkymättömän merkin tai tekstin suuntamerkin ({ $code }); kirjoita teksti ilman sitä
errors-email-invalid = ”{ $value }” ei ole kelvollinen sähköpostiosoite
errors-phone-invalid = Kirjoita numero numeroin ja välilyönnein, alussa voi olla +, esim. +358 9 123 4567
errors-country-empty = Valitse velallisen maa
errors-country-alpha3 = ”{ $value }” on kolmikirjaiminen koodi; valitse maa luettelosta ({ $code })
errors-country-unknown = ”{ $value }” ei ole tuntemamme maa; valitse maa luettelosta
errors-language-unknown = ”{ $value }” ei ole tuntemamme kieli; valitse kieli luettelosta
errors-currency-empty = Anna valuuttakoodi, esim. EUR
errors-currency-unknown = ”{ $value }” ei ole ISO 4217 -valuuttakoodi
errors-currency-not-for-invoices = { $code } ei ole valuutta, jolla laskuja maksetaan
errors-currency-superseded = { $code } on korvattu valuutalla { $by }; anna summa valuuttana { $by }
errors-amount-empty = Anna maksamatta oleva summa
errors-amount-not-positive = Summan on oltava suurempi kuin nolla
errors-amount-too-precise = Liikaa desimaaleja: valuutan { $currency } summissa on enintään { $places }
errors-amount-too-large = Summa on suurempi kuin palvelu hyväksyy
errors-street-required = Anna katuosoite
errors-no-invoice = Lisää vähintään yksi erääntynyt lasku
errors-invoice-twice = Lasku { $number } on luettelossa kahdesti
errors-date-empty = Anna päivämäärä
errors-date-invalid = Tämä ei ole päivämäärä
errors-date-implausible = Päivämäärä ei ole uskottava; tarkista vuosi
errors-date-future = Päivämäärä on tulevaisuudessa
errors-due-before-issue = Eräpäivä on ennen laskun päivämäärää
errors-not-overdue = Lasku ei ole vielä erääntynyt: eräpäivä on { $due }; jätä saatava perittäväksi sen jälkeen
errors-one-currency = Saatavan kaikkien laskujen on oltava samassa valuutassa; ensimmäinen on valuuttaa { $first }

## Error pages.

errors-page-title-not-found = Sivua ei löytynyt
errors-page-title-forbidden = Ei käyttöoikeutta
errors-page-title-too-large = Liian suuri
errors-page-title-unavailable = Palvelu on ruuhkautunut
errors-page-title-media-type = Odotettiin lomaketta
errors-page-title-bad-request = Lomaketta ei voitu lukea
errors-page-title-too-many = Liian monta yritystä
errors-page-title-internal = Jokin meni vikaan
errors-page-not-found = Sivua ei ole olemassa, tai se ei kuulu tilillesi.
errors-page-sign-in = Kirjaudu ensin sisään.
errors-page-csrf = Lomake on vanhentunut tai se ei tullut tältä sivustolta. Palaa takaisin, lataa sivu uudelleen ja lähetä lomake uudestaan.
errors-page-too-large = Lomake on liian suuri vastaanotettavaksi.
errors-page-unavailable = Palvelu on juuri nyt ruuhkautunut. Yritä hetken kuluttua uudelleen.
errors-page-media-type = Tähän osoitteeseen voi lähettää vain sivujemme lomakkeita.
errors-page-bad-form = Lomaketta ei voitu lukea. Palaa takaisin, lataa sivu uudelleen ja lähetä lomake uudestaan.
errors-page-internal = Meillä tapahtui virhe. Se on kirjattu; yritä uudelleen.
errors-page-home = Etusivulle

# No licensed partner for a country (routing)
errors-no-partner = Meillä ei vielä ole luvanvaraista kumppania maassa { $country }, joten sinne ei voi jättää saatavia
errors-no-law-firm-disputed = Meillä ei ole luvanvaraista asianajotoimistoa maassa { $country }; riitautettu saatava tarvitsee juristin
errors-no-law-firm-reserved = Meillä ei ole luvanvaraista asianajotoimistoa maassa { $country }; siellä vain asianajajat saavat periä toisten saatavia
errors-no-partner-terms = Yksikään luvanvarainen kumppani maassa { $country } ei ota vastaan { $principal } saatavaa
