
## The e-mails to creditors, in the account's language.

mail-hello = Hej,
mail-info-subject = Oplysninger mangler: din sag mod { $debtor }
mail-info-intro = { $partner }, inkassopartneren, der arbejder på din sag mod { $debtor }, har brug for oplysninger fra dig for at komme videre:
mail-info-answer-by = Svar senest { $date }.
mail-info-answer-here = Du kan svare på sagens side:
mail-collected-subject = { $debtor } har betalt { $amount }
mail-collected-body = Gode nyheder: inkassopartneren har inddrevet { $amount } fra { $debtor }.
mail-paid-out-subject = { $amount } udbetalt til dig: din sag mod { $debtor }
mail-paid-out-body = { $amount } fra din sag mod { $debtor } er udbetalt til dig.
mail-paid-out-commission = Partnerens provision på { $commission } er fratrukket først.
mail-payments-here = Sagens side viser alle betalinger:
mail-closed-subject = Sagen afsluttet: { $debtor } ({ $status })
mail-closed-body = Din sag mod { $debtor } er afsluttet: { $status }.
mail-closed-nothing = Intet blev inddrevet.
mail-closed-collected = I alt blev { $amount } inddrevet.
mail-closed-history = Sagens side gemmer hele historikken:
mail-new-quote-subject = Et nyt tilbud venter på din accept: { $debtor }
mail-new-quote-body = Vi har prissat din sag mod { $debtor } hos den næste partner, der kan tage den: { $partner } tager { $price }, hvis kravet inddrives fuldt ud.
mail-new-quote-previous = Det tidligere tilbud: { $price }.
mail-new-quote-accept = Intet overdrages, før du accepterer det nye tilbud. Accepter det, eller vælg en anden partner, på sagens side:
mail-declined-subject = Din sag mod { $debtor } er afvist
mail-declined-body = Ingen anden partner kan tage din sag mod { $debtor }: { $reason }, ud over de partnere, der har afvist den.
mail-declined-withdraw = Du kan trække sagen tilbage på sagens side:
mail-case-number = Sagsnummer: { $id }
mail-footer = Du får denne e-mail, fordi du har en konto hos CrossClaim. Vælg, hvilke e-mails du får, eller hvor de sendes hen, i dine kontoindstillinger: { $url }
