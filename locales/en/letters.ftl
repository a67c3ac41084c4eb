## What a debtor reads: the written reminders and the confirmation of a payment promise.
## Never number a reminder ("first reminder" tells the debtor more will come).

letters-reminder-subject = Payment reminder: invoice { $invoices } from { $creditor }
letters-notice-subject = Formal notice before collection: invoice { $invoices } from { $creditor }
letters-greeting = Dear { $debtor },
letters-reminder-intro = { $count ->
    [one] According to our records, the following invoice from { $creditor } has not yet been paid. It may simply have been overlooked, so this is a friendly reminder.
   *[other] According to our records, the following invoices from { $creditor } have not yet been paid. They may simply have been overlooked, so this is a friendly reminder.
}
letters-reminder-pay-by = Please pay the total by { $date }.
letters-reminder-crossed = If your payment has crossed with this message, thank you, and please disregard it.
letters-notice-intro = { $count ->
    [one] Despite our reminder, the following invoice from { $creditor } remains unpaid. We hereby formally demand payment of the total below.
   *[other] Despite our reminder, the following invoices from { $creditor } remain unpaid. We hereby formally demand payment of the total below.
}
letters-notice-pay-by = Payment must reach us by { $date } at the latest.
letters-notice-agency = If we have not received payment by then, we will hand the claim over, without further notice, to { $agency } (licence: { $licence }), a licensed debt collection agency in your country.
letters-notice-no-agency = If we have not received payment by then, we will hand the claim over, without further notice, to a licensed debt collection agency in your country.
letters-notice-costs = You will then also owe statutory late-payment interest until the day of payment and the fixed compensation for recovery costs of { $compensation }.
letters-notice-costs-by-law = You will then also owe statutory late-payment interest until the day of payment and the compensation for recovery costs the law provides.
letters-invoice-line = Invoice { $number } of { $issued }, due { $due }: { $amount }
letters-col-invoice = Invoice
letters-col-issued = Invoice date
letters-col-due = Due date
letters-col-outstanding = Outstanding
letters-outstanding = Amount outstanding
letters-interest = Statutory late-payment interest to { $date }
letters-fee = Reminder fee
letters-total = Total to pay
letters-pay-to = Please pay to:
letters-reference = Payment reference
letters-pay-invoice-details = Please use the payment details on the invoice and quote the invoice number.
letters-respond = Already paid, need more time, or do you dispute the claim? Please let us know here:
letters-regards = Kind regards,
letters-promise-subject = Your payment promise to { $creditor }: { $amount } by { $date }
letters-promise-body = Thank you for letting us know. We confirm what you promised: you will pay { $amount } to { $creditor } by { $date }.
letters-promise-keep = If the payment has not reached us by that date, we will continue the collection process without further notice.
letters-promise-change = Should anything change, please let us know here:
