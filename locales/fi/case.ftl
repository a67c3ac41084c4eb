
## A claim's page: the case as the creditor follows it.

case-title = Saatava: { $debtor }
case-all-claims = ← Kaikki saatavat
case-changed = Asia on edennyt:
case-reload = lataa sivu uudelleen nähdäksesi, mitä voit tehdä nyt.
case-next-step = Seuraava vaihe
case-next-answer =
    { $count ->
        [one] Vastaa kumppanin kysymykseen alla.
       *[other] Vastaa kumppanin { $count } kysymykseen alla.
    }
case-next-proposal = Hyväksy tai hylkää uuden kumppanin tarjous alla.
case-next-reminding = Ei tehtävää juuri nyt: muistutukset lähtevät itsestään alla näkyvän mukaisesti; soitettavat puhelut näkyvät saatavaluettelossasi.
case-next-wait = Ei toimenpiteitä: kumppani hoitaa asiaa ja kirjoittaa tänne, kun tarvitsee jotakin.
case-next-closed = Asia on suljettu; tapahtumat säilyvät täällä.
case-requests-heading = Vastaustasi odottavat kysymykset
case-requests-stale = Uusia viestejä on saapunut: lataa sivu uudelleen nähdäksesi, mitkä kysymykset ovat yhä avoinna.
case-request-title = { $partner } tarvitsee vastauksesi
case-answer-by = Vastaa viimeistään
case-no-answer-by = Vastauspäivää ei ole annettu
case-your-answer = Vastauksesi
case-documents-optional = Asiakirjat (vapaaehtoinen)
case-files-hint = PDF, kuvat, teksti, CSV, XML, Word tai Excel; enintään 20 Mt tiedostoa kohden.
case-send-answer = Lähetä vastaus
case-fact-claim = Saatava
case-filed-on = jätetty { $date }
case-fact-principal = Pääoma
case-fact-collected = Peritty
case-more-than-principal = enemmän kuin pääoma: tarkista kumppanilta
case-nothing-reported = ei vielä ilmoitettu
case-fact-service = Palvelu
case-service-legal = Oikeudellinen: saatava on kiistetty
case-service-collection = Perintä
case-fact-partner = Kumppani
case-fact-licence = Toimilupa
case-licence-number = nro
case-fact-reference = Kumppanin viite
case-fact-declined = Hylätty, koska
case-withdraw = Peru saatava…
case-withdraw-warning = Kumppania pyydetään lopettamaan kaikki toimet velallista kohtaan. Tätä ei voi perua.
case-withdraw-confirm = Kyllä, peru saatava
case-thread-heading = Tapahtumat ja viestit
case-live-reload = Lataa sivu uudelleen nähdäksesi uusimmat.
case-thread-shown = Tapahtumat { $from }–{ $to } / { $total }.
case-thread-earlier = Näytä aiemmat tapahtumat
case-thread-later = Näytä myöhemmät tapahtumat
case-late = saapui myöhässä: tallennettu, ei muuttanut tilaa
case-collected-so-far = Peritty tähän mennessä: { $amount }
case-withdrawn-note = Saatava on peruttu: kumppani ei enää hoida sitä, joten viestejä, asiakirjoja tai maksuja ei voi lisätä. Tapahtumat säilyvät täällä.
case-write-to = Kirjoita: { $partner }
case-no-messages = Ei vielä viestejä. Kumppani kirjoittaa tänne, kun tarvitsee jotakin.
case-message = Viesti
case-send-message = Lähetä viesti
case-money = Rahat
case-promise-broken = Lupaus rikottiin { $date }
case-next-payment = Seuraava odotettu maksu:
case-next-payment-by = viimeistään { $date }
case-money-principal = Pääoma
case-money-interest = Vaadittavissa oleva korko
case-money-costs = Vaadittavissa oleva perintäkulujen korvaus
case-money-costs-recovered = Peritty: kulut
case-money-interest-recovered = Peritty: korko
case-money-principal-recovered = Peritty: pääoma
case-money-collected = Peritty yhteensä
case-money-direct = josta maksettu suoraan sinulle
case-money-commission = Kumppanin palkkio ja kulut
case-money-paid-out = Maksettu sinulle
case-money-held = Kumppanin hallussa
case-money-overpaid = Maksettu yli vaadittavissa olevan
case-money-outstanding = Avoinna
case-statement-csv = Lataa tiliote (CSV)
case-statement-print = Tulostettava tiliote
case-report-payment = Ilmoita velallisen suoraan sinulle maksama maksu
case-report-payment-hint = Kumppanille kerrotaan, jotta se lopettaa kyseisen summan perinnän.
case-amount-received = Vastaanotettu summa ({ $currency })
case-date-received = Vastaanottopäivä
case-report-payment-submit = Ilmoita maksu
case-documents = Asiakirjat
case-no-documents = Ei vielä asiakirjoja. Lisää laskut, sopimus tai toimitustodistus: kumppani tarvitsee ne perintään, ja ne säilyvät täällä sinua varten.
case-added-by-you = lisännyt sinä { $date }
case-added-by-partner = lisännyt { $partner } { $date }
case-add-documents = Lisää asiakirjoja
case-add = Lisää
case-debtor = Velallinen
case-registration = Rekisterinumero
case-vat = ALV-tunniste
case-contact = Yhteyshenkilö
case-language = Kieli
case-history = Tausta
case-reminders = Lähetetyt muistutukset
case-none = ei yhtään
case-debtor-answer = Velallisen vastaus
case-notes = Lisätiedot
case-invoices = Laskut
case-invoice-number = Numero
case-invoice-issued = Päivätty
case-invoice-due = Eräpäivä
case-invoice-amount = Summa
case-every-quote = Saatavan kaikki tarjoukset
case-quote-accepted = Hyväksymäsi tarjous
case-quote-filed = Tarjous, jolla saatava jätettiin

## The case's thread, its countdowns and its forms' answers.

case-the-partner = Kumppani
case-the-new-partner = uudelle kumppanille
case-author-you = Sinä
case-heading-document = { $who } lisäsi asiakirjan
case-heading-payment = Maksu
case-heading-payment-reversed = Maksu peruttu
case-heading-payout = Tilitetty sinulle
case-heading-promise = Maksulupaus
case-heading-notice = Ilmoitus CrossClaimilta
case-delivery-delivered = toimitettu
case-delivery-failed = ei voitu toimittaa: selvitämme asiaa
case-delivery-waiting = odottaa toimitusta
case-the-document = asiakirja
case-note-answered = Vastaustasi pyydettiin: vastattu
case-note-answer-by = Vastaustasi tarvitaan viimeistään { $date }
case-note-answer = Vastaustasi tarvitaan
case-note-your-answer = Vastauksesi pyyntöön
case-countdown-today = erääntyy tänään
case-countdown-left =
    { $count ->
        [one] 1 päivä jäljellä
       *[other] { $count } päivää jäljellä
    }
case-countdown-overdue =
    { $count ->
        [one] 1 päivän myöhässä
       *[other] { $count } päivää myöhässä
    }
case-flash-answer-sent = Vastauksesi on matkalla kumppanille.
case-flash-message-sent = Viestisi on matkalla kumppanille.
case-flash-document-added = ”{ $name }” lisättiin asiaan.
case-flash-documents-added =
    { $count ->
        [one] 1 asiakirja lisättiin asiaan.
       *[other] { $count } asiakirjaa lisättiin asiaan.
    }
case-flash-payment = Maksu { $amount } (vastaanotettu { $date }) on kirjattu.
case-flash-proposal-accepted = Hyväksyit uuden tarjouksen: asia siirtyy kumppanille { $partner }.
case-flash-proposal-shown = Tässä on kumppanin { $partner } tarjous. Mitään ei siirretä ennen kuin hyväksyt sen.
case-flash-proposal-unchanged = Mikään ei muuttunut: vain hylätylle asialle pyydetään hintaa toiselta kumppanilta.
case-not-done-message = Viestiäsi ei lähetetty
case-not-done-documents = Mitään ei lisätty
case-not-done-payment = Maksua ei kirjattu
case-not-done-accept = Uutta tarjousta ei hyväksytty
case-not-done-choose = Uutta tarjousta ei laadittu
case-error-write-message = Kirjoita viestisi
case-error-choose-partner = Valitse kumppani, jonka tarjouksen haluat nähdä
case-error-choose-file = Valitse vähintään yksi tiedosto

## What is wrong with a chosen file.

case-file-too-large = ”{ $name }” on suurempi kuin 20 Mt; lisää enintään 20 Mt:n tiedostoja
case-file-no-name = Tiedostolla ei ole nimeä; nimeä se ja valitse se uudelleen
case-file-name-long = ”{ $name }”: tiedostonimi on liian pitkä, enintään { $max } merkkiä
case-file-name-characters = ”{ $name }”: tiedostonimessä on kauttaviiva, ohjausmerkki tai näkymätön merkki; nimeä tiedosto uudelleen
case-file-no-stem = ”{ $name }” tarvitsee nimen ennen tiedostopäätettä, esim. lasku.pdf
case-file-no-extension = ”{ $name }” on ilman tiedostopäätettä; lisää tiedostotyypin pääte, esim. lasku.pdf
case-file-empty = ”{ $name }” on tyhjä
case-file-mismatch = ”{ $name }” ei ole tyyppiä { $kind }: sen sisältö on muuta tyyppiä
case-file-refused = ”{ $name }” on tiedostotyyppiä, jota asiaan ei voi lisätä: PDF, kuvat, teksti, CSV, XML, Word tai Excel
case-file-media-type = ”{ $name }” lähetettiin eri tyyppisenä kuin sen sisältö ({ $kind })
case-kind-pdf = PDF
case-kind-png = PNG-kuva
case-kind-jpeg = JPEG-kuva
case-kind-text = tekstitiedosto
case-kind-csv = CSV-tiedosto
case-kind-xml = XML-tiedosto
case-kind-docx = Word-asiakirja
case-kind-xlsx = Excel-työkirja
case-kind-file = tiedosto

## A declined case's new quote, and every quote of the claim.

case-declined-proposal = Toisen luvan saaneen kumppanin tarjous odottaa hyväksyntääsi alempana.
case-declined-searching = Etsimme toista luvan saanutta kumppania.
case-proposal-heading = Uusi tarjous odottaa hyväksyntääsi
case-proposal-nothing-yet = Mitään ei siirretä toiselle kumppanille ennen kuin hyväksyt sen tarjouksen.
case-proposal-partner = Uusi kumppani
case-proposal-licence = Toimilupa
case-proposal-performance = Suoriutuminen
case-standing-newcomer = Uusi palvelussa: liian vähän asioita mittaamiseen
case-standing-score = Pisteet { $score }/100
case-proposal-price = Uusi hinta
case-proposal-if-collected = jos koko saatava peritään
case-proposal-if-not-collected = { $amount }, jos mitään ei saada perittyä
case-proposal-previous-price = Aiempi hinta
case-proposal-previous = { $price }, jos koko saatava peritään, kumppanilla { $partner }, joka hylkäsi asian
case-proposal-why = Miksi tämä kumppani
case-proposal-you-asked = Pyysit tämän kumppanin tarjousta. Suosittelimme kumppania { $partner }: { $reason }.
case-proposal-accept = Hyväksy uusi tarjous: { $partner }
case-proposal-or-ask = Tai pyydä tarjous toiselta luvan saaneelta kumppanilta
case-proposal-option = { $partner } ({ $kind }): { $price }, jos koko saatava peritään
case-proposal-option-newcomer = uusi palvelussa
case-proposal-option-score = pisteet { $score }/100
case-proposal-show = Näytä tämän kumppanin tarjous
case-proposal-fees = Uuden kumppanin palkkiot eriteltyinä
case-charged-if-collected = perityistä varoista
case-charged-if-legal = vain jos asia menee oikeuteen; ei sisälly summiin
case-charged-always = lopputuloksesta riippumatta
case-no-other-heading = Mikään muu kumppani ei voi ottaa asiaa
case-no-other-text = { $why }. Voit perua saatavan alempana.
case-history-date = Päivämäärä
case-history-partner = Kumppani
case-history-if-collected = Jos koko saatava peritään
case-history-outcome = Mitä sille tapahtui
case-quote-state-filed = Jätetty saatavan mukana
case-quote-state-proposed = Odottaa hyväksyntääsi
case-quote-state-accepted = Hyväksyit
case-quote-state-declined = Kumppani hylkäsi asian
case-quote-state-superseded = Korvattu uudemmalla tarjouksella

## The printable statement.

case-statement-title = Tiliote: saatava velalliselta { $debtor }
case-statement-back = ← Takaisin saatavaan
case-statement-heading = Tiliote saatavasta velalliselta { $debtor }
case-statement-as-of = Tilanne
case-statement-print-hint = Tulosta sivu selaimen tulostustoiminnolla; navigointi ja painikkeet jätetään tulosteesta pois.
case-statement-csv-link = Lataa CSV-tiedostona
case-statement-csv-hint = taulukkolaskentaan (sarakeotsikot ovat englanniksi, kuten kirjanpidon tuonnit odottavat).
case-statement-lines = Rivit
case-statement-col-date = Päivämäärä
case-statement-col-what = Mitä
case-statement-col-details = Tiedot
case-statement-col-change = Muutos saatavaan
case-statement-col-paid-out = Tilitetty sinulle
case-statement-col-commission = Palkkio ja kulut
case-statement-col-outstanding = Avoinna tämän jälkeen
case-statement-reference = Viite { $reference }
case-statement-balance = Saldo
case-line-principal = Vaadittu pääoma
case-line-interest = Vaadittavissa oleva korko
case-line-costs = Vaadittavissa olevat kulut
case-line-payment = Maksu
case-line-direct = Suora maksu
case-line-reversal = Peruutus
case-line-payout = Tilitys
case-line-interest-details = Velalliselta vaadittavissa oleva viivästyskorko
case-line-costs-details = Velalliselta vaadittavissa oleva perintäkulujen korvaus

# Money in the thread, told from the stored payment, payout or promise
case-body-payment-partner = Kumppani vastaanotti { $amount } { $date } (kulut { $costs }, korko { $interest }, pääoma { $principal })
case-body-payment-direct = { $amount } maksettiin suoraan sinulle { $date } (kulut { $costs }, korko { $interest }, pääoma { $principal })
case-body-payment-reversed = { $date } vastaanotettu { $amount } maksu on peruttu
case-body-payment-reversed-because = { $date } vastaanotettu { $amount } maksu on peruttu: { $reason }
case-body-payout = { $amount } tilitettiin sinulle { $date } (palkkio { $commission }, kulut { $costs })
case-body-payout-reference = { $amount } tilitettiin sinulle { $date } (palkkio { $commission }, kulut { $costs }), viite { $reference }
case-body-promise = Velallinen lupasi maksaa { $amount } viimeistään { $date }
case-body-plan = Velallinen suostui maksamaan { $amount } { $count } erässä, viimeisen viimeistään { $date }

# The platform's own entries in the thread
case-body-filed = Saatava jätetty ja ohjattu kumppanille { $partner } ({ $kind })
case-body-filed-chosen = Saatava jätetty ja ohjattu kumppanille { $partner } ({ $kind }), jonka itse valitsit
case-body-accepted = Kumppani { $partner } otti toimeksiannon vastaan; sen viite on { $reference }
