## Joukkotuonti: lataussivu, CSV-pohja, esikatselu ja tuonnin eteneminen.

imports-link = Tuo laskuja (CSV tai verkkolaskut)
imports-title = Tuo laskuja
imports-lead = Jätä monta saatavaa kerralla: lataa CSV-tiedosto erääntyneistä laskuista tai verkkolaskuja (UBL tai Peppol BIS Billing 3.0 XML, yksi tai useampi tiedosto tai niistä tehty zip). Näet jokaisen saatavan, sen kumppanin ja sen hinnan ennen kuin mitään jätetään.
imports-upload-heading = Lataa
imports-file-label = CSV-tiedosto, verkkolaskut tai zip
imports-file-hint = Enintään 10 000 laskuriviä ja 20 Mt tiedostoa kohden.
imports-check-button = Tarkista ja esikatsele
imports-template-heading = CSV-pohja
imports-template-text = Yksi rivi laskua kohden; ensimmäinen rivi nimeää sarakkeet.
imports-template-download = Lataa pohja
imports-col-column = Sarake
imports-col-required = Pakollinen
imports-col-example = Esimerkki
imports-required-yes = kyllä
imports-required-no = ei
imports-template-notes = Rivit, joilla on sama velallisen Y-tunnus ja maa, muodostavat yhden saatavan, jossa on useita laskuja. Päivämäärät muodossa VVVV-KK-PP, summat desimaalipisteellä ja enintään valuutan desimaalien verran, maat ja valuutat ISO-koodeina. Erota useat muistutuspäivät puolipisteellä; "disputed" on yes tai no.
imports-einvoice-notes = Verkkolaskut: ostaja on velallinen. Mitä laskusta puuttuu (usein yhteyshenkilön sähköpostiosoite), kysytään esikatselussa, ja itse lasku säilytetään saatavan asiakirjana.
imports-recent-heading = Viimeisimmät tuontisi
imports-import-title = Tuonti
imports-back = ← Kaikki tuonnit
imports-status-preview = esikatselu: mitään ei ole vielä jätetty
imports-status-running = jätetään
imports-status-checked = vain tarkistettu (mitään ei jätetty)
imports-status-done = valmis
imports-counts = { $filed }/{ $total } riviä jätetty, { $failed } jättämättä
imports-preview-heading = Esikatselu
imports-preview-summary = { $count ->
    [one] { $count } rivi voidaan jättää
   *[other] { $count } riviä voidaan jättää
}
imports-preview-claims = { $count ->
    [one] { $count } saatavana.
   *[other] { $count } saatavana.
}
imports-preview-errors = { $count ->
    [0] Yhdessäkään rivissä ei ole virheitä.
    [one] { $count } virhe näkyy alla; sitä riviä ei jätetä.
   *[other] { $count } virhettä näkyy alla; niitä rivejä ei jätetä.
}
imports-preview-nothing-filed = Mitään ei ole vielä jätetty. Korjaa tiedosto ja lataa se uudelleen, tai jätä virheettömät rivit nyt.
imports-file-button = { $count ->
    [one] Jätä { $count } rivi
   *[other] Jätä { $count } riviä
}
imports-flash-filing = Tuontia jätetään. Voit poistua sivulta; se jatkuu ilman sinua.
imports-progress-heading = Eteneminen
imports-reload = Lataa sivu uudelleen nähdäksesi etenemisen
imports-errors-heading = Virheelliset rivit
imports-col-row = Rivi
imports-col-value = Arvo
imports-col-problem = Mikä on vialla
imports-fill-heading = Puuttuvat tiedot
imports-fill-hint = Tiedostoista puuttuu nämä saatavan tarvitsemat tiedot. Täytä ne, niin rivit tarkistetaan uudelleen.
imports-fill-label = Rivi { $row }: { $column }
imports-fill-button = Tarkista uudelleen
imports-claims-heading = Saatavat
imports-col-rows = Rivit
imports-col-debtor = Velallinen
imports-col-invoices = Laskut
imports-col-principal = Pääoma
imports-col-partner = Kumppani
imports-col-cost = Tarjottu hinta
imports-col-state = Tila
imports-cost-if-collected = { $amount }, jos peritään
imports-cost-if-not-collected = { $amount } muuten
imports-row-to-file = jätetään
imports-row-checked = voidaan jättää
imports-row-filed = jätetty
imports-row-already-filed = jätetty aiemmin
imports-row-failed = ei jätetty
imports-more = Lisää saatavia →
imports-error-empty = Tiedosto on tyhjä: siinä ei ole laskurivejä.
imports-error-not-csv = Tiedosto ei ole CSV-tiedosto: lähetä UTF-8-tekstiä pohjan sarakkeilla, pilkuilla tai puolipisteillä eroteltuna.
imports-error-unknown-column = Tiedostossa on sarake "{ $column }", jota pohjassa ei ole; ensimmäisen rivin on nimettävä pohjan sarakkeet.
imports-error-repeated-column = Sarake "{ $column }" on ensimmäisellä rivillä kahdesti.
imports-error-missing-columns = Ensimmäiseltä riviltä puuttuvat nämä pohjan sarakkeet: { $columns }.
imports-error-unreadable = Riviä { $row } ei voi lukea: { $reason }.
imports-error-too-many-rows = Tiedostossa on yli 10 000 laskuriviä; jaa se enintään 10 000 rivin tiedostoihin.
imports-error-einvoice = Verkkolaskua ei voi lukea: { $reason }.
imports-error-unsupported = Lähetä CSV-tiedosto, verkkolaskuja XML-tiedostoina tai niistä tehty zip.
imports-error-yes-no = "{ $value }" ei ole yes eikä no.
imports-error-currency-differs = Saman velallisen rivi { $row } on valuutassa { $currency }: yhdellä saatavalla on yksi valuutta.
imports-error-invoice-twice = Lasku { $number } on tällä velallisella kahdesti.
imports-error-group = Tämän velallisen saatavassa (rivi { $row }) on virheitä.
imports-error-duplicate = Lasku { $number } on jo jätetty tätä velallista vastaan saatavassa { $claim }.
