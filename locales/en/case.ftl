
## A claim's page: the case as the creditor follows it.

case-title = Claim against { $debtor }
case-all-claims = ← All claims
case-changed = This case has moved on:
case-reload = reload the page to see what you can do now.
case-next-step = Next step
case-next-answer =
    { $count ->
        [one] Answer the partner's question below.
       *[other] Answer the partner's { $count } questions below.
    }
case-next-proposal = Accept or decline the new partner's quote below.
case-next-reminding = Nothing to do now: the reminders run on their own, as shown below; calls that fall due appear on your claims list.
case-next-wait = Nothing to do: the partner works on the case and writes here when it needs something.
case-next-closed = The case is closed; what happened stays here.
case-requests-heading = Questions waiting for your answer
case-requests-stale = New messages arrived: reload the page to see which questions are still open.
case-request-title = { $partner } needs your answer
case-answer-by = Answer by
case-no-answer-by = No answer-by date given
case-your-answer = Your answer
case-documents-optional = Documents (optional)
case-files-hint = PDF, images, text, CSV, XML, Word or Excel; at most 20 MB each.
case-send-answer = Send the answer
case-fact-claim = Claim
case-filed-on = filed { $date }
case-fact-principal = Principal
case-fact-collected = Collected
case-more-than-principal = more than the principal: check with the partner
case-nothing-reported = nothing reported yet
case-fact-service = Service
case-service-legal = Legal: the claim is disputed
case-service-collection = Collection
case-fact-partner = Partner
case-fact-licence = Licence
case-licence-number = no.
case-fact-reference = Partner's reference
case-fact-declined = Declined because
case-withdraw = Withdraw this claim…
case-withdraw-warning = The partner is told to stop all action against the debtor. This cannot be undone.
case-withdraw-confirm = Yes, withdraw the claim
case-thread-heading = What happened, and messages
case-live-reload = Reload the page to see the latest.
case-thread-shown = Entries { $from } to { $to } of { $total }.
case-thread-earlier = Show earlier entries
case-thread-later = Show later entries
case-late = arrived late: kept, did not change the status
case-collected-so-far = Collected so far: { $amount }
case-withdrawn-note = The claim is withdrawn: the partner no longer works on it, so no messages, documents or payments can be added. What happened stays here.
case-write-to = Write to { $partner }
case-no-messages = No messages yet. The partner writes here when it needs something.
case-message = Message
case-send-message = Send the message
case-money = Money
case-promise-broken = Promise broken on { $date }
case-next-payment = Next expected payment:
case-next-payment-by = by { $date }
case-money-principal = Principal
case-money-interest = Claimable interest
case-money-costs = Claimable compensation for recovery costs
case-money-costs-recovered = Recovered: costs
case-money-interest-recovered = Recovered: interest
case-money-principal-recovered = Recovered: principal
case-money-collected = Collected in all
case-money-direct = of it paid directly to you
case-money-commission = Partner's commission and costs
case-money-paid-out = Paid out to you
case-money-held = Held by the partner
case-money-overpaid = Paid beyond what was claimable
case-money-outstanding = Outstanding
case-statement-csv = Download the statement (CSV)
case-statement-print = Printable statement
case-report-payment = Report a payment the debtor made to you
case-report-payment-hint = The partner is told, so that it stops chasing that money.
case-amount-received = Amount received ({ $currency })
case-date-received = Date received
case-report-payment-submit = Report the payment
case-documents = Documents
case-no-documents = No documents yet. Add the invoices, the contract or proof of delivery: the partner needs them to collect, and they stay here for you.
case-added-by-you = added by you on { $date }
case-added-by-partner = added by { $partner } on { $date }
case-add-documents = Add documents
case-add = Add
case-debtor = Debtor
case-registration = Registration
case-vat = VAT
case-contact = Contact
case-language = Language
case-history = History
case-reminders = Reminders sent
case-none = none
case-debtor-answer = Debtor's answer
case-notes = Notes
case-invoices = Invoices
case-invoice-number = Number
case-invoice-issued = Issued
case-invoice-due = Due
case-invoice-amount = Amount
case-every-quote = Every quote of this claim
case-quote-accepted = The quote you accepted
case-quote-filed = The quote it was filed with

## The case's thread, its countdowns and its forms' answers.

case-the-partner = The partner
case-the-new-partner = the new partner
case-author-you = You
case-heading-document = { $who } added a document
case-heading-payment = Payment
case-heading-payment-reversed = Payment reversed
case-heading-payout = Paid out to you
case-heading-promise = Promise to pay
case-heading-notice = Notice from CrossClaim
case-delivery-delivered = delivered
case-delivery-failed = could not be delivered: we are looking into it
case-delivery-waiting = waiting to be delivered
case-the-document = the document
case-note-answered = Asked for your answer: answered
case-note-answer-by = Needs your answer by { $date }
case-note-answer = Needs your answer
case-note-your-answer = Your answer to a request
case-countdown-today = due today
case-countdown-left =
    { $count ->
        [one] 1 day left
       *[other] { $count } days left
    }
case-countdown-overdue =
    { $count ->
        [one] overdue by 1 day
       *[other] overdue by { $count } days
    }
case-flash-answer-sent = Your answer is on its way to the partner.
case-flash-message-sent = Your message is on its way to the partner.
case-flash-document-added = "{ $name }" was added to the case.
case-flash-documents-added =
    { $count ->
        [one] 1 document was added to the case.
       *[other] { $count } documents were added to the case.
    }
case-flash-payment = The payment of { $amount } received on { $date } is recorded.
case-flash-proposal-accepted = You accepted the new quote: the case is on its way to { $partner }.
case-flash-proposal-shown = Here is { $partner }'s quote. Nothing is handed over until you accept it.
case-flash-proposal-unchanged = Nothing changed: only a declined case is priced with another partner.
case-not-done-message = Your message was not sent
case-not-done-documents = Nothing was added
case-not-done-payment = The payment was not recorded
case-not-done-accept = The new quote was not accepted
case-not-done-choose = No new quote was made
case-error-write-message = Write your message
case-error-choose-partner = Choose the partner whose quote you want
case-error-choose-file = Choose at least one file

## What is wrong with a chosen file.

case-file-too-large = "{ $name }" is larger than 20 MB; add files of at most 20 MB each
case-file-no-name = A file has no name; rename it and choose it again
case-file-name-long = "{ $name }": the file name is too long, at most { $max } characters
case-file-name-characters = "{ $name }": the file name contains a slash, a control character or an invisible character; rename the file
case-file-no-stem = "{ $name }" needs a name before the extension, e.g. invoice.pdf
case-file-no-extension = "{ $name }" has no extension; add the one of its type, e.g. invoice.pdf
case-file-empty = "{ $name }" is empty
case-file-mismatch = "{ $name }" is not a { $kind }: its content is of another type
case-file-refused = "{ $name }" is not a type the case takes: PDF, images, text, CSV, XML, Word or Excel
case-file-media-type = "{ $name }" was sent as another type than its content ({ $kind })
case-kind-pdf = PDF
case-kind-png = PNG image
case-kind-jpeg = JPEG image
case-kind-text = plain text file
case-kind-csv = CSV file
case-kind-xml = XML file
case-kind-docx = Word document
case-kind-xlsx = Excel workbook
case-kind-file = file

## A declined case's new quote, and every quote of the claim.

case-declined-proposal = Another licensed partner's quote waits for your acceptance below.
case-declined-searching = We are looking for another licensed partner.
case-proposal-heading = A new quote waits for your acceptance
case-proposal-nothing-yet = Nothing is handed over to another partner until you accept its quote.
case-proposal-partner = New partner
case-proposal-licence = Its licence
case-proposal-performance = Performance
case-standing-newcomer = New on the platform: too few cases to measure
case-standing-score = Score { $score } of 100
case-proposal-price = New price
case-proposal-if-collected = if collected in full
case-proposal-if-not-collected = { $amount } if nothing is collected
case-proposal-previous-price = Previous price
case-proposal-previous = { $price } if collected in full, with { $partner }, which declined
case-proposal-why = Why this partner
case-proposal-you-asked = You asked for this partner's quote. We recommended { $partner }: { $reason }.
case-proposal-accept = Accept the new quote: { $partner }
case-proposal-or-ask = Or ask another licensed partner for its quote
case-proposal-option = { $partner } ({ $kind }): { $price } if collected in full
case-proposal-option-newcomer = new on the platform
case-proposal-option-score = score { $score } of 100
case-proposal-show = Show this partner's quote
case-proposal-fees = The new partner's fees, line by line
case-charged-if-collected = out of what is collected
case-charged-if-legal = only if it goes to court; not in the totals
case-charged-always = whatever the outcome
case-no-other-heading = No other partner can take this case
case-no-other-text = { $why }. You may withdraw the claim below.
case-history-date = Date
case-history-partner = Partner
case-history-if-collected = If collected in full
case-history-outcome = What became of it
case-quote-state-filed = Filed with the claim
case-quote-state-proposed = Waiting for your acceptance
case-quote-state-accepted = Accepted by you
case-quote-state-declined = The partner declined the case
case-quote-state-superseded = Replaced by a newer quote

## The printable statement.

case-statement-title = Statement: claim against { $debtor }
case-statement-back = ← Back to the claim
case-statement-heading = Statement of the claim against { $debtor }
case-statement-as-of = As of
case-statement-print-hint = Print this page with your browser's Print command; navigation and buttons are left out of the printout.
case-statement-csv-link = Download it as CSV
case-statement-csv-hint = for a spreadsheet (its column headings are in English, as accounting imports expect).
case-statement-lines = Lines
case-statement-col-date = Date
case-statement-col-what = What
case-statement-col-details = Details
case-statement-col-change = Change to what is owed
case-statement-col-paid-out = Paid out to you
case-statement-col-commission = Commission and costs
case-statement-col-outstanding = Outstanding after
case-statement-reference = Reference { $reference }
case-statement-balance = Balance
case-line-principal = Claimed principal
case-line-interest = Claimable interest
case-line-costs = Claimable costs
case-line-payment = Payment
case-line-direct = Direct payment
case-line-reversal = Reversal
case-line-payout = Payout
case-line-interest-details = Late-payment interest claimable from the debtor
case-line-costs-details = Compensation for recovery costs claimable from the debtor

# Money in the thread, told from the stored payment, payout or promise
case-body-payment-partner = { $amount } received by the partner on { $date } (costs { $costs }, interest { $interest }, principal { $principal })
case-body-payment-direct = { $amount } paid to you directly on { $date } (costs { $costs }, interest { $interest }, principal { $principal })
case-body-payment-reversed = The payment of { $amount } received on { $date } was reversed
case-body-payment-reversed-because = The payment of { $amount } received on { $date } was reversed: { $reason }
case-body-payout = { $amount } paid out to you on { $date } (commission { $commission }, costs { $costs })
case-body-payout-reference = { $amount } paid out to you on { $date } (commission { $commission }, costs { $costs }), reference { $reference }
case-body-promise = The debtor promised to pay { $amount } by { $date }
case-body-plan = The debtor agreed to pay { $amount } in { $count } instalments, the last by { $date }

# The platform's own entries in the thread
case-body-filed = Claim filed and routed to { $partner } ({ $kind })
case-body-filed-chosen = Claim filed and routed to { $partner } ({ $kind }), the partner the creditor chose
case-body-accepted = Accepted by { $partner }; their reference is { $reference }
