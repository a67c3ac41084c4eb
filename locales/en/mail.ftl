
## The e-mails to creditors, in the account's language.

mail-hello = Hello,
mail-info-subject = Information needed: your case against { $debtor }
mail-info-intro = { $partner }, the collection partner working on your case against { $debtor }, needs information from you to go on:
mail-info-answer-by = Please answer by { $date }.
mail-info-answer-here = You can answer on the case page:
mail-collected-subject = { $debtor } paid { $amount }
mail-collected-body = Good news: the collection partner has collected { $amount } from { $debtor }.
mail-paid-out-subject = { $amount } paid out to you: your case against { $debtor }
mail-paid-out-body = { $amount } from your case against { $debtor } has been paid out to you.
mail-paid-out-commission = The partner's commission of { $commission } was deducted first.
mail-payments-here = The case page shows every payment:
mail-closed-subject = Case closed: { $debtor } ({ $status })
mail-closed-body = Your case against { $debtor } is closed: { $status }.
mail-closed-nothing = Nothing was collected.
mail-closed-collected = In all, { $amount } was collected.
mail-closed-history = The case page keeps its whole history:
mail-new-quote-subject = A new quote waits for your acceptance: { $debtor }
mail-new-quote-body = We priced your case against { $debtor } with the next partner that can take it: { $partner } would charge { $price } if the claim is collected in full.
mail-new-quote-previous = The previous quote: { $price }.
mail-new-quote-accept = Nothing is handed over until you accept the new quote. Accept it, or choose another partner, on the case page:
mail-declined-subject = Your case against { $debtor } was declined
mail-declined-body = No other partner can take your case against { $debtor }: { $reason }, other than the partners that declined it.
mail-declined-withdraw = You may withdraw the claim on the case page:
mail-case-number = Case number: { $id }
mail-footer = You get this e-mail because of your CrossClaim account. To choose which e-mails you get, or where they go, open your account settings: { $url }
