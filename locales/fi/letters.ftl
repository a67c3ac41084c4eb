## Mitä velallinen lukee: kirjalliset muistutukset ja maksulupauksen vahvistus.
## Älä koskaan numeroi muistutusta (se kertoo velalliselle, että lisää on tulossa).

letters-reminder-subject = Maksumuistutus: lasku { $invoices } ({ $creditor })
letters-notice-subject = Maksuvaatimus ennen perintää: lasku { $invoices } ({ $creditor })
letters-greeting = Hyvä vastaanottaja ({ $debtor }),
letters-reminder-intro = { $count ->
    [one] Kirjanpitomme mukaan alla oleva laskumme on vielä maksamatta. Maksu on voinut jäädä huomaamatta, joten muistutamme siitä ystävällisesti.
   *[other] Kirjanpitomme mukaan alla olevat laskumme ovat vielä maksamatta. Maksut ovat voineet jäädä huomaamatta, joten muistutamme niistä ystävällisesti.
}
letters-reminder-pay-by = Pyydämme maksamaan koko summan viimeistään { $date }.
letters-reminder-crossed = Jos maksunne on jo matkalla, tämä muistutus on aiheeton. Kiitos maksustanne.
letters-notice-intro = { $count ->
    [one] Muistutuksestamme huolimatta alla oleva laskumme on edelleen maksamatta. Vaadimme täten alla olevan kokonaissumman maksamista.
   *[other] Muistutuksestamme huolimatta alla olevat laskumme ovat edelleen maksamatta. Vaadimme täten alla olevan kokonaissumman maksamista.
}
letters-notice-pay-by = Maksun on oltava tilillämme viimeistään { $date }.
letters-notice-agency = Ellemme ole saaneet maksua siihen mennessä, siirrämme saatavan ilman eri ilmoitusta perittäväksi: { $agency } (toimilupa: { $licence }), luvanvarainen perintätoimisto maassanne.
letters-notice-no-agency = Ellemme ole saaneet maksua siihen mennessä, siirrämme saatavan ilman eri ilmoitusta maassanne toimivalle luvanvaraiselle perintätoimistolle.
letters-notice-costs = Tällöin olette velvollisia maksamaan myös lakisääteisen viivästyskoron maksupäivään asti sekä kiinteän korvauksen perintäkuluista ({ $compensation }).
letters-notice-costs-by-law = Tällöin olette velvollisia maksamaan myös lakisääteisen viivästyskoron maksupäivään asti sekä lain mukaisen korvauksen perintäkuluista.
letters-invoice-line = Lasku { $number }, päiväys { $issued }, eräpäivä { $due }: { $amount }
letters-col-invoice = Lasku
letters-col-issued = Laskun päiväys
letters-col-due = Eräpäivä
letters-col-outstanding = Avoinna
letters-outstanding = Avoin pääoma
letters-interest = Viivästyskorko { $date } asti
letters-fee = Muistutusmaksu
letters-total = Maksettava yhteensä
letters-pay-to = Maksu tilille:
letters-reference = Viite
letters-pay-invoice-details = Käyttäkää laskulla olevia maksutietoja ja mainitkaa laskun numero.
letters-respond = Oletteko jo maksaneet, tarvitsetteko lisäaikaa vai kiistättekö saatavan? Kertokaa siitä meille täällä:
letters-regards = Ystävällisin terveisin
letters-promise-subject = Maksulupauksenne vahvistus: { $amount } viimeistään { $date } ({ $creditor })
letters-promise-body = Kiitos ilmoituksestanne. Vahvistamme lupauksenne: maksatte { $amount } viimeistään { $date } (maksunsaaja: { $creditor }).
letters-promise-keep = Ellemme ole saaneet maksua siihen mennessä, jatkamme perintää ilman eri ilmoitusta.
letters-promise-change = Jos tilanteenne muuttuu, kertokaa siitä meille täällä:
