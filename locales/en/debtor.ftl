## The debtor's response page, linked from every reminder.

debtor-title = Your invoices from { $creditor }
debtor-intro = { $creditor } has not yet received payment for the invoices below. If you have paid, tell us when you will pay, need an instalment plan or dispute the claim, answer here: it reaches { $creditor } at once.
debtor-language = Language
debtor-total-today = Total as of { $date }
debtor-answers = Your answer
debtor-paid-heading = We have paid
debtor-paid-on = Date of payment
debtor-paid-reference = Payment reference (optional)
debtor-promise-heading = We will pay on a date
debtor-promise-on = We will pay the total on
debtor-promise-hint = At the latest 30 days from today. You will receive a written confirmation.
debtor-plan-heading = We need an instalment plan
debtor-plan-count = Number of instalments
debtor-plan-first = First instalment on
debtor-plan-note = Anything the creditor should know (optional)
debtor-dispute-heading = We dispute this claim
debtor-dispute-reason = Reason
debtor-choose = Choose…
debtor-reason-not-ordered = We did not order the goods or services
debtor-reason-not-delivered = Not delivered, or not as agreed
debtor-reason-wrong-amount = The amount is wrong
debtor-reason-already-paid = We paid it already
debtor-reason-other = Another reason
debtor-dispute-text = What is wrong?
debtor-dispute-document = A document that shows it (optional)
debtor-document-hint = PDF, image, Word, Excel or text file, at most 20 MB.
debtor-send = Send
debtor-errors = Please check the following:
debtor-error-date = Enter a date, e.g. 2026-11-30.
debtor-error-paid-future = The date of payment cannot be in the future.
debtor-error-past = The date cannot be in the past.
debtor-error-too-late = Choose a date at most { $days } days from today, by { $date } at the latest.
debtor-error-count = Enter a number of instalments from { $min } to { $max }.
debtor-error-reason = Choose the reason.
debtor-error-text = Tell us in a few words what is wrong.
debtor-error-too-long = At most { $max } characters.
debtor-error-document = This document cannot be accepted: send a PDF, image, Word, Excel or text file of at most 20 MB.
debtor-unavailable = Your answer could not be recorded just now. Please try again in a few minutes.
debtor-thanks-heading = Thank you
debtor-thanks-paid = We have told { $creditor } that you have paid. The reminders are on hold while { $creditor } checks the payment.
debtor-thanks-promise = { $creditor } has your promise. A written confirmation is on its way to you by e-mail.
debtor-thanks-plan = { $creditor } has your proposal for an instalment plan and will let you know whether it is accepted.
debtor-thanks-dispute = { $creditor } has your objection. No further reminders will be sent while it is looked into.
debtor-back = Back to the invoices
debtor-private = This page is meant for { $debtor } only. Please do not share its address.
debtor-too-many-heading = Please wait a moment
debtor-too-many = Too many requests came from your address. Please wait { $minutes ->
    [one] one minute
   *[other] { $minutes } minutes
} and try again.
