
## The e-mails to creditors, in the account's language.

mail-hello = Hej,
mail-info-subject = Uppgifter behövs: ditt ärende mot { $debtor }
mail-info-intro = { $partner }, inkassopartnern som arbetar med ditt ärende mot { $debtor }, behöver uppgifter från dig för att komma vidare:
mail-info-answer-by = Svara senast { $date }.
mail-info-answer-here = Du kan svara på ärendets sida:
mail-collected-subject = { $debtor } har betalat { $amount }
mail-collected-body = Goda nyheter: inkassopartnern har drivit in { $amount } från { $debtor }.
mail-paid-out-subject = { $amount } utbetalt till dig: ditt ärende mot { $debtor }
mail-paid-out-body = { $amount } från ditt ärende mot { $debtor } har betalats ut till dig.
mail-paid-out-commission = Partnerns provision på { $commission } har dragits av först.
mail-payments-here = Ärendets sida visar alla betalningar:
mail-closed-subject = Ärendet avslutat: { $debtor } ({ $status })
mail-closed-body = Ditt ärende mot { $debtor } är avslutat: { $status }.
mail-closed-nothing = Inget drevs in.
mail-closed-collected = Totalt drevs { $amount } in.
mail-closed-history = Ärendets sida behåller hela historiken:
mail-new-quote-subject = En ny offert väntar på ditt godkännande: { $debtor }
mail-new-quote-body = Vi har prissatt ditt ärende mot { $debtor } hos nästa partner som kan ta det: { $partner } tar { $price } om kravet drivs in i sin helhet.
mail-new-quote-previous = Den tidigare offerten: { $price }.
mail-new-quote-accept = Inget lämnas över förrän du godkänner den nya offerten. Godkänn den, eller välj en annan partner, på ärendets sida:
mail-declined-subject = Ditt ärende mot { $debtor } har avböjts
mail-declined-body = Ingen annan partner kan ta ditt ärende mot { $debtor }: { $reason }, utöver de partner som avböjt det.
mail-declined-withdraw = Du kan återkalla ärendet på ärendets sida:
mail-case-number = Ärendenummer: { $id }
mail-footer = Du får det här meddelandet eftersom du har ett konto hos CrossClaim. Välj vilka e-postmeddelanden du får, eller vart de skickas, i dina kontoinställningar: { $url }
