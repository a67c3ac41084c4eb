
## The e-mails to creditors, in the account's language.

mail-hello = Hei,
mail-info-subject = Tietoja tarvitaan: saatavasi yritykseltä { $debtor }
mail-info-intro = { $partner }, saatavaasi yritykseltä { $debtor } hoitava perintäkumppani, tarvitsee sinulta tietoja voidakseen jatkaa:
mail-info-answer-by = Vastaa viimeistään { $date }.
mail-info-answer-here = Voit vastata saatavan sivulla:
mail-collected-subject = { $debtor } maksoi { $amount }
mail-collected-body = Hyviä uutisia: perintäkumppani on perinyt { $amount } yritykseltä { $debtor }.
mail-paid-out-subject = { $amount } maksettu sinulle: saatavasi yritykseltä { $debtor }
mail-paid-out-body = { $amount } saatavastasi yritykseltä { $debtor } on maksettu sinulle.
mail-paid-out-commission = Kumppanin palkkio { $commission } on vähennetty ensin.
mail-payments-here = Saatavan sivulla näkyvät kaikki maksut:
mail-closed-subject = Asia suljettu: { $debtor } ({ $status })
mail-closed-body = Saatavasi yritykseltä { $debtor } on suljettu: { $status }.
mail-closed-nothing = Mitään ei saatu perittyä.
mail-closed-collected = Yhteensä perittiin { $amount }.
mail-closed-history = Saatavan sivulla säilyy koko historia:
mail-new-quote-subject = Uusi tarjous odottaa hyväksyntääsi: { $debtor }
mail-new-quote-body = Hinnoittelimme saatavasi yritykseltä { $debtor } seuraavalla kumppanilla, joka voi ottaa sen: { $partner } veloittaa { $price }, jos saatava peritään kokonaan.
mail-new-quote-previous = Edellinen tarjous: { $price }.
mail-new-quote-accept = Mitään ei siirretä ennen kuin hyväksyt uuden tarjouksen. Hyväksy se tai valitse toinen kumppani saatavan sivulla:
mail-declined-subject = Saatavasi yritykseltä { $debtor } hylättiin
mail-declined-body = Mikään muu kumppani ei voi ottaa saatavaasi yritykseltä { $debtor }: { $reason }, lukuun ottamatta sen hylänneitä kumppaneita.
mail-declined-withdraw = Voit perua saatavan saatavan sivulla:
mail-case-number = Asianumero: { $id }
mail-footer = Saat tämän sähköpostin, koska sinulla on CrossClaim-tili. Voit valita saamasi sähköpostit ja niiden osoitteen tilin asetuksista: { $url }
