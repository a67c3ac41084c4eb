## Velallisen vastaussivu, johon jokainen muistutus linkittää.

debtor-title = Laskunne – { $creditor }
debtor-intro = { $creditor } ei ole vielä saanut maksua alla olevista laskuista. Jos olette jo maksaneet, haluatte kertoa maksupäivän, tarvitsette maksusuunnitelman tai kiistätte saatavan, vastatkaa tällä sivulla: vastaus menee heti perille.
debtor-language = Kieli
debtor-total-today = Yhteensä { $date }
debtor-answers = Vastauksenne
debtor-paid-heading = Olemme maksaneet
debtor-paid-on = Maksupäivä
debtor-paid-reference = Maksun viite (vapaaehtoinen)
debtor-promise-heading = Maksamme tiettynä päivänä
debtor-promise-on = Maksamme koko summan
debtor-promise-hint = Viimeistään 30 päivän kuluttua. Saatte kirjallisen vahvistuksen.
debtor-plan-heading = Tarvitsemme maksusuunnitelman
debtor-plan-count = Erien määrä
debtor-plan-first = Ensimmäisen erän eräpäivä
debtor-plan-note = Mitä velkojan olisi hyvä tietää (vapaaehtoinen)
debtor-dispute-heading = Kiistämme saatavan
debtor-dispute-reason = Syy
debtor-choose = Valitse…
debtor-reason-not-ordered = Emme ole tilanneet tavaroita tai palveluja
debtor-reason-not-delivered = Ei toimitettu tai ei sovitusti
debtor-reason-wrong-amount = Summa on väärä
debtor-reason-already-paid = Olemme jo maksaneet
debtor-reason-other = Muu syy
debtor-dispute-text = Mikä on vialla?
debtor-dispute-document = Asiakirja, joka osoittaa sen (vapaaehtoinen)
debtor-document-hint = PDF, kuva, Word, Excel tai tekstitiedosto, enintään 20 Mt.
debtor-send = Lähetä
debtor-errors = Tarkistakaa seuraavat kohdat:
debtor-error-date = Antakaa päivämäärä, esim. 2026-11-30.
debtor-error-paid-future = Maksupäivä ei voi olla tulevaisuudessa.
debtor-error-past = Päivämäärä ei voi olla menneisyydessä.
debtor-error-too-late = Valitkaa päivä enintään { $days } päivän päästä, viimeistään { $date }.
debtor-error-count = Antakaa erien määrä väliltä { $min }–{ $max }.
debtor-error-reason = Valitkaa syy.
debtor-error-text = Kertokaa muutamalla sanalla, mikä on vialla.
debtor-error-too-long = Enintään { $max } merkkiä.
debtor-error-document = Asiakirjaa ei voida vastaanottaa: lähettäkää PDF, kuva tai Word-, Excel- tai tekstitiedosto, enintään 20 Mt.
debtor-unavailable = Vastaustanne ei juuri nyt voitu tallentaa. Yrittäkää uudelleen muutaman minuutin kuluttua.
debtor-thanks-heading = Kiitos
debtor-thanks-paid = Olemme ilmoittaneet velkojalle ({ $creditor }), että olette maksaneet. Muistutukset on keskeytetty siksi aikaa, kun maksu tarkistetaan.
debtor-thanks-promise = Lupauksenne on välitetty velkojalle ({ $creditor }). Kirjallinen vahvistus on tulossa teille sähköpostitse.
debtor-thanks-plan = Ehdotuksenne maksusuunnitelmaksi on välitetty velkojalle ({ $creditor }), joka ilmoittaa, hyväksytäänkö se.
debtor-thanks-dispute = Vastustuksenne on välitetty velkojalle ({ $creditor }). Uusia muistutuksia ei lähetetä sillä aikaa, kun asiaa selvitetään.
debtor-back = Takaisin laskuihin
debtor-private = Tämä sivu on tarkoitettu vain vastaanottajalle { $debtor }. Älkää jakako sen osoitetta.
debtor-too-many-heading = Odottakaa hetki
debtor-too-many = Osoitteestanne on tullut liian monta pyyntöä. Odottakaa { $minutes ->
    [one] minuutti
   *[other] { $minutes } minuuttia
} ja yrittäkää uudelleen.
