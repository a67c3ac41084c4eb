# Yrityksen itse hallinnoimat tilit: käyttäjät, sähköpostilinkit, yrityksen tiedot.

account-admin-only = Tämän voi tehdä vain yrityksesi pääkäyttäjä. Pyydä apua joltakin pääkäyttäjältä tai pyydä häntä tekemään sinusta pääkäyttäjä.
account-signup-check-mail = Melkein valmista: lähetimme sinulle sähköpostin, jossa on linkki osoitteesi vahvistamiseen. Avaa linkki ja kirjaudu sitten sisään sähköpostiosoitteellasi ja salasanallasi.
account-too-many = { $count ->
    [one] Liian monta yritystä. Turvallisuutesi vuoksi odota { $count } minuutti ja yritä uudelleen.
   *[other] Liian monta yritystä. Turvallisuutesi vuoksi odota { $count } minuuttia ja yritä uudelleen.
}
account-signin-unverified = Vahvista ensin sähköpostiosoitteesi lähettämämme viestin linkillä. Sitä ennen et voi kirjautua sisään.
account-signin-wrong = Sähköpostiosoite tai salasana on väärä.
account-verify-resend = Lähetä vahvistuslinkki uudelleen
account-verify-resent = Jos osoite odottaa vahvistusta, uusi linkki on matkalla. Aiemmat linkit eivät enää toimi.
account-verified = Sähköpostiosoitteesi on vahvistettu. Voit nyt kirjautua sisään.
account-forgot-link = Unohditko salasanan?
account-to-signin = Kirjaudu sisään
account-forgot-title = Salasanan vaihtaminen
account-forgot-lead = Anna sähköpostiosoite, jolla kirjaudut sisään. Lähetämme linkin, jonka kautta voit valita uuden salasanan.
account-forgot-send = Lähetä linkki
account-reset-sent = Jos osoitteella on tili, lähetimme siihen linkin uuden salasanan valitsemiseen. Linkki toimii kerran ja tunnin ajan.
account-reset-title = Valitse uusi salasana
account-reset-lead = Tilille { $email }. Kaikki vanhalla salasanalla kirjautuneet laitteet kirjataan ulos.
account-reset-done = Uusi salasanasi on tallennettu ja muut laitteet on kirjattu ulos. Kirjaudu sisään uudella salasanalla.
account-invitation-title = Liity kollegoidesi joukkoon
account-invitation-lead = Sinut on kutsuttu yrityksen { $company } tilille CrossClaimissa. Kerro nimesi ja valitse salasana.
account-invitation-done = Tervetuloa! Tunnuksesi on valmis. Kirjaudu sisään sähköpostiosoitteellasi ja valitsemallasi salasanalla.
account-label-your-name = Nimesi
account-label-new-password = Uusi salasana
account-hint-password = Vähintään 10 merkkiä.
account-password-save = Tallenna salasana
account-link-dead-title = Linkki ei enää toimi
account-link-dead = Linkki on jo käytetty, vanhentunut tai korvattu uudemmalla. Pyydä uusi linkki esimerkiksi kohdasta ”Unohditko salasanan?”.
account-error-current-password = Nykyinen salasana: tämä ei ole nykyinen salasanasi.
account-error-email = Sähköposti: anna kelvollinen sähköpostiosoite, esimerkiksi anna@example.com.
account-error-name = Nimesi: kirjoita nimesi.
account-error-role = Rooli: valitse pääkäyttäjä tai jäsen.
account-error-email-taken = Sähköposti: osoitteella on jo tili CrossClaimissa.
account-password-changed = Salasanasi on vaihdettu. Kaikki muut laitteet on kirjattu ulos.
account-you-title = Sinä
account-member-note = Olet jäsen: kirjaat ja seuraat saatavia. Kollegoita, API-avaimia, ilmoituksia ja yrityksen tietoja hallinnoivat pääkäyttäjänne.
account-email-title = Sähköpostiosoite
account-email-lead = Lähetämme linkin uuteen osoitteeseen. Osoite vaihtuu, kun avaat linkin; siihen asti kirjaudut nykyisellä osoitteella.
account-label-new-email = Uusi sähköpostiosoite
account-label-current-password = Nykyinen salasana
account-email-send = Vaihda sähköpostiosoite
account-email-sent = Lähetimme vahvistuslinkin osoitteeseen { $email }. Osoitteesi vaihtuu, kun avaat linkin.
account-email-changed = Sähköpostiosoitteesi on nyt { $email }.
account-email-taken = Osoite kuuluu toiselle CrossClaim-tilille, joten siitä ei voi tulla sinun osoitettasi. Osoitteesi on ennallaan.
account-key-revoked = API-avain on peruttu; sitä käyttävät pyynnöt hylätään tästä lähtien.
account-saved = Tallennettu
account-users-title = Kollegat
account-users-lead = Jokainen kirjautuu yrityksen tilille omalla sähköpostiosoitteellaan ja salasanallaan. Saatavan tapahtumista näkyy, kuka teki mitä.
account-users-roles = Pääkäyttäjät hallinnoivat kollegoita, API-avaimia, ilmoituksia ja yrityksen tietoja, myös pankkitiliä. Jäsenet kirjaavat ja seuraavat saatavia.
account-label-name = Nimi
account-label-email = Sähköposti
account-label-role = Rooli
account-role-admin = Pääkäyttäjä
account-role-member = Jäsen
account-users-you = sinä
account-users-pending = kutsuttu
account-users-change-role = Vaihda
account-users-remove = Poista
account-users-invite-title = Kutsu kollega
account-users-invite = Lähetä kutsu
account-invited = Kutsu lähetetty osoitteeseen { $email }. Sen linkki toimii kerran ja 7 päivän ajan.
account-role-changed = Rooli on vaihdettu.
account-user-removed = Kollega on poistettu ja kirjattu ulos kaikkialta. Tapahtumissa hänen nimensä säilyy.
account-last-admin = Yrityksellä on oltava vähintään yksi pääkäyttäjä. Tee ensin joku toinen pääkäyttäjäksi.
account-company-title = Yrityksen tiedot
account-company-lead = Perintäkumppani saa nämä tiedot tästä lähtien jokaisen toimeksiannon mukana: keitä olette, keneen voi ottaa yhteyttä ja minne perityt varat tilitetään.
account-company-address = Osoite
account-company-contact = Yhteyshenkilö kumppanille
account-company-payout = Tilitysten pankkitili
account-company-payout-hint = Tälle tilille kumppanit tilittävät teille perimänsä varat. Anna saman pankin IBAN ja BIC.
account-label-company-name = Yrityksen nimi
account-label-registration = Y-tunnus
account-label-country = Maa
account-hint-country = Maa, jossa yrityksesi on rekisteröity
account-label-address = Katuosoite
account-label-postal-code = Postinumero
account-label-city = Postitoimipaikka
account-label-contact-name = Nimi
account-label-contact-email = Sähköposti
account-label-contact-phone = Puhelin
account-label-iban = IBAN
account-label-bic = BIC (SWIFT)
account-save = Tallenna
account-by = tekijä: { $name }
account-company-saved = Yrityksen tiedot on tallennettu. Kumppanit saavat ne tästä lähtien jokaisen toimeksiannon mukana.
account-error-company-name = Yrityksen nimi: kirjoita yrityksen nimi.
account-error-registration = Y-tunnus: enintään 64 merkkiä.
account-error-country = Maa: valitse yrityksesi maa luettelosta.
account-error-address = Katuosoite: yksi rivi, enintään 200 merkkiä.
account-error-postal-code = Postinumero: yksi rivi, enintään 200 merkkiä.
account-error-city = Postitoimipaikka: yksi rivi, enintään 200 merkkiä.
account-error-contact-name = Yhteyshenkilön nimi: yksi rivi, enintään 200 merkkiä.
account-error-contact-email = Yhteyshenkilön sähköposti: anna kelvollinen sähköpostiosoite, esimerkiksi anna@example.com.
account-error-contact-phone = Yhteyshenkilön puhelin: kirjoita numero numeroin, välilyönnein ja halutessasi alkuun +, esim. +358 9 123 4567.
account-error-iban = IBAN: tämä ei ole kelvollinen IBAN. Tarkista maatunnus, tarkistenumerot ja pituus.
account-error-iban-missing = IBAN: anna BIC-koodiin kuuluva IBAN.
account-error-bic-shape = BIC: BIC-koodissa on 8 tai 11 kirjainta ja numeroa, esimerkiksi NDEAFIHH tai DEUTDEFF500.
account-error-bic-country = BIC: viidennen ja kuudennen kirjaimen on oltava maatunnus, esimerkiksi FI tai DE.
account-error-bic-missing = BIC: anna tilin pitävän pankin BIC.
account-error-bic-mismatch = BIC: pankin maa ei vastaa IBANin maata.

account-signin-title = Kirjaudu sisään
account-label-password = Salasana
account-signin-no-account = Eikö sinulla ole vielä tiliä?
account-signin-create = Luo tili
account-signup-title = Luo tili
account-signup-lead = Yrityksille, jotka ovat myyneet ulkomaille eivätkä ole saaneet maksua. Yrityksenne tiedot välitetään perintäkumppanille jokaisen saatavan mukana. Lähetämme linkin sähköpostiosoitteesi vahvistamiseen; kirjaudut sisään, kun osoite on vahvistettu.
account-label-registration-long = Y-tunnus
account-hint-registration = Kuten maasi kaupparekisterissä
account-label-company-country = Yrityksen kotimaa
account-signup-submit = Luo tili
account-signup-have-account = Onko sinulla jo tili?
account-title = Tili
account-api-keys-title = API-avaimet
account-api-keys-empty = Ei vielä API-avaimia.
account-api-keys-create = Luo API-avain
account-api-keys-revoke = Peru
account-label-label = Nimi
account-notifications-title = Sähköposti-ilmoitukset
account-password-title = Salasana
account-password-lead = Salasanan vaihto kirjaa sinut ulos kaikkialta muualta: muilta tietokoneilta, puhelimista ja selaimista.
account-password-change = Vaihda salasana

account-company-email = Ilmoitusten osoite
account-api-keys-lead = Taloushallintojärjestelmänne voi kirjata ja seurata saatavia JSON-rajapinnan kautta API-avaimella, joka lähetetään muodossa
account-api-keys-first = Ensimmäinen pyyntö, joka ei vaadi avainta:
account-api-keys-new = Uusi avaimesi. Kopioi se nyt: se näytetään vain tämän kerran.
account-api-keys-prefix = Avaimen alku
account-api-keys-created = Luotu
account-notifications-lead = Lähetämme viestin osoitteeseen { $email }, kun:
account-notify-requests = kumppani pyytää teiltä tietoja
account-notify-money = varoja peritään tai tilitetään teille
account-notify-closed = asia päättyy

account-mail-footer = CrossClaim · rajat ylittävää perintää yrityksille. Jos et odottanut tätä viestiä, voit jättää sen huomiotta.
account-mail-verify-subject = Vahvista sähköpostiosoitteesi CrossClaimia varten
account-mail-verify-body = Hei,

    vahvista sähköpostiosoitteesi avaamalla tämä linkki:

    { $link }

    { $hours ->
        [one] Linkki toimii kerran ja { $hours } tunnin ajan.
       *[other] Linkki toimii kerran ja { $hours } tunnin ajan.
    } Ennen vahvistusta et voi kirjautua sisään.
account-mail-exists-subject = Joku yritti luoda CrossClaim-tilin osoitteellasi
account-mail-exists-body = Hei,

    joku yritti luoda uuden CrossClaim-tilin tällä sähköpostiosoitteella. Osoitteella on jo tili, joten mitään ei muutettu.

    Jos se olit sinä, kirjaudu sisään täällä: { $signin }
    Unohditko salasanan? Valitse uusi täällä: { $forgot }
account-mail-reset-subject = Valitse uusi CrossClaim-salasana
account-mail-reset-body = Hei,

    valitse uusi salasana avaamalla tämä linkki:

    { $link }

    { $hours ->
        [one] Linkki toimii kerran ja { $hours } tunnin ajan.
       *[other] Linkki toimii kerran ja { $hours } tunnin ajan.
    } Jos et pyytänyt tätä, voit jättää viestin huomiotta: salasanasi pysyy ennallaan.
account-mail-invite-subject = { $company } kutsuu sinut CrossClaimiin
account-mail-invite-body = Hei,

    { $inviter } kutsuu sinut yrityksen { $company } tilille CrossClaimissa. Siellä yritys kirjaa ja seuraa rajat ylittäviä perintäasioitaan.

    Avaa linkki, kerro nimesi ja valitse salasana:

    { $link }

    { $days ->
        [one] Linkki toimii kerran ja { $days } päivän ajan.
       *[other] Linkki toimii kerran ja { $days } päivän ajan.
    }
account-mail-email-subject = Vahvista uusi sähköpostiosoitteesi CrossClaimia varten
account-mail-email-body = Hei,

    avaa tämä linkki, niin tästä tulee sähköpostiosoitteesi CrossClaimissa:

    { $link }

    { $hours ->
        [one] Linkki toimii kerran ja { $hours } tunnin ajan.
       *[other] Linkki toimii kerran ja { $hours } tunnin ajan.
    } Siihen asti vanha osoitteesi on käytössä.

## The country field of sign-up and company details.

account-choose-country = Valitse maa
account-error-password-short = Käytä vähintään { $count } merkkiä
account-error-password-long = Käytä enintään { $count } merkkiä
