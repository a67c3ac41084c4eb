# Hinnat, käyttöehdot, tietosuoja, yhteystiedot ja yritystiedot: alatunnisteen sivut.

legal-footer-label = Tietoa CrossClaimista
legal-pricing-title = Hinnat
legal-pricing-1 = CrossClaim ei veloita mitään perintäkumppanin palkkioiden lisäksi. Tili, saatavien kirjaaminen, API, tarjoukset ja asioiden seuraaminen ovat maksuttomia.
legal-pricing-2 = Maksat asiasi ottavan kumppanin hinnaston mukaan, täsmälleen niin kuin tarjous sen näyttää ennen kirjaamista: palkkio perityistä varoista, vähimmäispalkkio ja mahdolliset kiinteät maksut tai asianajotoimiston arvio oikeudellisesta vaiheesta. Tarjous laskee yhteen, mitä maksat, jos saatava peritään kokonaan, ja mitä, jos mitään ei saada perittyä.
legal-pricing-3 = Kumppani vähentää palkkionsa perityistä varoista ennen tilitystä sinulle; asian tilitys näyttää jokaisen vähennyksen. ”Sandbox”-merkityt kumppanit ovat simuloituja eivätkä veloita mitään todellista.
legal-terms-title = Käyttöehdot
legal-terms-1 = CrossClaim on yrityksille tarkoitettu portaali: se ohjaa yritysten väliset erääntyneet laskut luvan saaneille perintäkumppaneille velallisen maassa. Se ei ole tarkoitettu kuluttajiin kohdistuville saataville.
legal-terms-2 = Vahvistat, että kirjaamasi saatavat kuuluvat yrityksellesi, ovat oikeita eivätkä ole maksettuja. Asian ottava kumppani hoitaa sitä oman toimilupansa ja omien ehtojensa mukaisesti; tarjous ja kumppaniluettelo linkittävät niihin.
legal-terms-3 = Jokainen käyttäjä kirjautuu omalla sähköpostiosoitteellaan ja salasanallaan ja pitää ne salassa. Pääkäyttäjät päättävät, kuka käyttää yrityksen tiliä, ja vastaavat luomistaan API-avaimista.
legal-terms-4 = Voimme sulkea tilin, jolta kirjataan saatavia vilpillisesti tai jolla palvelua käytetään väärin. Voit sulkea tilisi milloin tahansa; jo luovutetut asiat jatkuvat kumppanilla loppuun asti.
legal-privacy-title = Tietosuoja ja henkilötietojen käsittely
legal-privacy-1 = Mitä tallennamme: yrityksesi tiedot, käyttäjien nimet, sähköpostiosoitteet ja salasanojen tiivisteet (ei koskaan salasanoja), kirjaamanne saatavat velallisen tietoineen, laskut, asiakirjat ja viestit sekä sen, kuka teki mitä kussakin asiassa.
legal-privacy-2 = Miksi: ohjataksemme kunkin saatavan kumppanille, luovuttaaksemme sen, näyttääksemme etenemisen ja ilmoittaaksemme sähköpostilla, kun teitä tarvitaan. Kirjautumisyritykset lasketaan osoitekohtaisesti 15 minuutin ajan salasanojen arvailun estämiseksi.
legal-privacy-3 = Kuinka kauan: saatavat ja niiden tapahtumat säilytetään niin kauan kuin tili on olemassa ja maanne kirjanpitosäännöt edellyttävät (yleensä 6–10 vuotta asian päättymisestä). Istunnot päättyvät käyttämättömyyden jälkeen; sähköpostien linkit vanhenevat viimeistään 7 päivässä.
legal-privacy-4 = Alihankkijat ja vastaanottajat: asian ottava perintäkumppani saa asian tiedot ja käsittelee niitä toimilupansa nojalla itsenäisenä rekisterinpitäjänä. Mitään ei myydä eikä luovuteta muille. Sähköposti kulkee ylläpitäjän määrittämän postipalvelimen kautta.
legal-privacy-5 = Oikeutesi: voit tarkastaa, oikaista, viedä ja poistattaa sinusta tallennetut henkilötiedot sekä vastustaa niiden käsittelyä; kirjoita yhteystietosivun osoitteeseen. Voit myös tehdä valituksen tietosuojavaltuutetulle.
legal-contact-title = Yhteystiedot
legal-contact-1 = Kysymykset tilistä, asiasta tai laskusta: kirjoita osoitteeseen support@crossclaim.localhost ja kerro yrityksesi nimi sekä asian tunnus (se alkaa cl_). Vastaamme arkipäivisin.
legal-contact-2 = Tietosuojapyynnöt: privacy@crossclaim.localhost. Verkostoon liittyä haluavat kumppanit: partners@crossclaim.localhost.
legal-imprint-title = Yritystiedot
legal-imprint-1 = CrossClaimia ylläpitää yritys, joka hallinnoi tätä portaalin asennusta; tämä esittelyasennus ei vielä nimeä ylläpitäjää. Ylläpitäjän nimi, osoite, Y-tunnus ja ALV-numero julkaistaan tällä sivulla ennen kuin portaalia käytetään todellisiin saataviin.
legal-imprint-2 = CrossClaim ei itse ole perintätoimisto: perinnän hoitavat kussakin asiassa mainitut luvan saaneet kumppanit.
