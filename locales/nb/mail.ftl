
## The e-mails to creditors, in the account's language.

mail-hello = Hei,
mail-info-subject = Opplysninger trengs: kravet ditt mot { $debtor }
mail-info-intro = { $partner }, inkassopartneren som arbeider med kravet ditt mot { $debtor }, trenger opplysninger fra deg for å komme videre:
mail-info-answer-by = Svar innen { $date }.
mail-info-answer-here = Du kan svare på kravets side:
mail-collected-subject = { $debtor } har betalt { $amount }
mail-collected-body = Gode nyheter: inkassopartneren har krevd inn { $amount } fra { $debtor }.
mail-paid-out-subject = { $amount } utbetalt til deg: kravet ditt mot { $debtor }
mail-paid-out-body = { $amount } fra kravet ditt mot { $debtor } er utbetalt til deg.
mail-paid-out-commission = Partnerens provisjon på { $commission } er trukket fra først.
mail-payments-here = Kravets side viser alle betalinger:
mail-closed-subject = Kravet avsluttet: { $debtor } ({ $status })
mail-closed-body = Kravet ditt mot { $debtor } er avsluttet: { $status }.
mail-closed-nothing = Ingenting ble krevd inn.
mail-closed-collected = Totalt ble { $amount } krevd inn.
mail-closed-history = Kravets side tar vare på hele historikken:
mail-new-quote-subject = Et nytt tilbud venter på godkjenning: { $debtor }
mail-new-quote-body = Vi har priset kravet ditt mot { $debtor } hos neste partner som kan ta det: { $partner } tar { $price } hvis kravet drives inn i sin helhet.
mail-new-quote-previous = Det forrige tilbudet: { $price }.
mail-new-quote-accept = Ingenting overleveres før du godtar det nye tilbudet. Godta det, eller velg en annen partner, på kravets side:
mail-declined-subject = Kravet ditt mot { $debtor } er avslått
mail-declined-body = Ingen annen partner kan ta kravet ditt mot { $debtor }: { $reason }, utover partnerne som har avslått det.
mail-declined-withdraw = Du kan trekke tilbake kravet på kravets side:
mail-case-number = Saksnummer: { $id }
mail-footer = Du får denne e-posten fordi du har en konto hos CrossClaim. Velg hvilke e-poster du får, eller hvor de sendes, i kontoinnstillingene: { $url }
