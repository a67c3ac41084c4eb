# API-viite (/api/docs), linkitetty jokaisen sivun alatunnisteesta.

apidocs-title = API-viite
apidocs-intro = Kaksi OpenAPI 3.1 -dokumenttia kuvaa CrossClaimin JSON-rajapinnan: velkojan rajapinnan taloushallinnon järjestelmille, jotka jättävät ja seuraavat saatavia, sekä kumppaniprotokollan perintätoimistoille ja asianajotoimistoille, jotka ottavat asiat hoitaakseen. Molemmat tuotetaan rajapintaa palvelevasta koodista, joten ne vastaavat sitä aina.
apidocs-english = Toiminnot on kuvattu englanniksi, rajapinnan kielellä.
apidocs-contents = Sisältö
apidocs-download = OpenAPI-dokumentti (JSON)
apidocs-authentication = Tunnistautuminen
apidocs-parameters = Parametrit
apidocs-request = Pyynnön sisältö
apidocs-responses = Vastaukset
apidocs-example = Esimerkki
apidocs-fields = Kentät
apidocs-schemas = Skeemat
apidocs-field = Kenttä
apidocs-in = Sijainti
apidocs-type = Tyyppi
apidocs-required = Pakollinen
apidocs-description = Kuvaus
apidocs-yes = kyllä
