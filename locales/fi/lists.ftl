## Saatavaluettelo (haku, yhteissummat) ja saatavalomakkeen kysymys jo jätetystä laskusta.

lists-duplicate-heading = Tämä lasku on jo jätetty perintään
lists-duplicate-text = Lasku { $number } jätettiin jo perintään tätä velallista vastaan { $date }.
lists-duplicate-open = Avaa se saatava
lists-duplicate-question = Jos jätät sen uudelleen, kaksi kumppania tai sama kumppani kahdesti perii samoja rahoja. Jos tarkoitus on tämä (esimerkiksi uusi saatava osittain maksetun laskun loppuosasta), voit jättää sen silti; muuten korjaa laskun numero tai poistu sivulta.
lists-duplicate-file-anyway = Jätä silti perintään
lists-search-label = Hae
lists-search-hint = Velallisen nimi tai laskun numero
lists-search-too-long = { $count ->
    [one] Hakusanassa voi olla enintään { $count } merkki.
   *[other] Hakusanassa voi olla enintään { $count } merkkiä.
}
lists-search-none = Hakusanalla ”{ $q }” ei löytynyt saatavia.
lists-search-none-hint = Hae osalla velallisen virallista nimeä (esimerkiksi ”Muster”) tai laskun numerolla sellaisena kuin se on laskussa. Tila- ja maasuodattimet koskevat myös hakua.
lists-search-clear = Tyhjennä haku ja näytä kaikki saatavat
lists-totals-heading = Yhteissummat
lists-totals-scope-all = { $count ->
    [one] { $count } saatavasi:
   *[other] Kaikki { $count } saatavaasi:
}
lists-totals-scope-filtered = { $count ->
    [one] Hakua ja suodattimia vastaava { $count } saatava:
   *[other] Hakua ja suodattimia vastaavat { $count } saatavaa:
}
lists-totals-outstanding = Avoinna ({ $currency })
lists-totals-collected = Peritty ({ $currency })
lists-totals-by-status = Saatavat tiloittain
lists-live-new-claim = Live: luetteloon lisättiin uusi saatava.
# The live note of the case page and the claims list; {status} and {when} are filled in by static/live.js.
lists-live-on = Live: sivu päivittyy, kun kumppani raportoi.
lists-live-lost = Yhteys katkesi; yhdistetään uudelleen…
lists-live-status = Live: tila nyt ”{"{"}status{"}"}” ({"{"}when{"}"}).
lists-live-entry = Live: uusi tapahtuma ({"{"}when{"}"}).
