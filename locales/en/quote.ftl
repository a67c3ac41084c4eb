
## The public instant quote page.

quote-title = Instant quote
quote-heading = What will collecting this invoice cost?
quote-lead = Enter the debtor's country and the overdue invoice. You see at once what each licensed partner there charges, line by line, and what you may claim from the debtor on top under its country's law. No account needed.
quote-country-hint = The country's name or code, e.g. Germany or DE
quote-due-date = Due date
quote-show = Show the quote
quote-placeholder = Enter the country, the amount and its currency, and the due date to see the quote.

## The quote itself, as the quote page, the claim form's preview and the case page show it.

quote-result-heading = Quote as of { $date } for a debtor in { $country }:
quote-cost-heading = What collection costs you
quote-kind-agency = collection agency
quote-kind-law-firm = law firm
quote-sandbox = sandbox
quote-licensed-by = Licensed by { $authority }, no. { $number }
quote-performance = Performance: { $summary }
quote-standing-score = Score { $score } of 100
quote-standing-newcomer = New on the platform (counts as score { $score })
quote-standing-not-measured = not measured
quote-recommended = Recommended by our ranking of the licensed partners in { $country }.
quote-recommended-other = You chose this partner. We recommended { $partner }.
quote-ranking-rule = Partners of the kind made for the claim come first; among them, the higher score (measured performance, 0 to 100) for the fee wins. With equal scores the cheaper partner wins.
quote-cost-commission = Commission { $percent }% of collected
quote-cost-minimum-fee = Minimum fee (the { $percent }% commission would be { $commission })
quote-cost-minimum-fee-of = Minimum fee of { $fee } (the { $percent }% commission would be { $commission })
quote-cost-legal-phase-disputed = Legal phase estimate: court fees and counsel
quote-cost-legal-phase-if-court = Legal phase estimate, only if the claim goes to court
quote-charged-if-collected = out of what is collected
quote-charged-if-legal-phase = only if it goes to court; not in the totals
quote-charged-always = whatever the outcome
quote-if-collected = If collected in full
quote-if-not-collected = If nothing is collected
quote-claimable-heading = What you may claim from the debtor
quote-interest = Late-payment interest
quote-interest-at = Late-payment interest at { $rate } % a year
quote-day-count-365 = each day earns 1/365 of the annual rate
quote-day-count-360 = each day earns 1/360 of the annual rate
quote-day-count-actual = each day earns 1/365 of the annual rate, 1/366 in a leap year
quote-compensation = Fixed compensation for recovery costs
quote-invoice = Invoice { $number }
quote-see-notes = see the notes
quote-on-top = On top of the principal
quote-method-heading = How the interest is computed:
quote-reminder-fees = Reminder fees:
quote-periods-heading = Interest period by period
quote-col-invoice = Invoice
quote-col-from = From
quote-col-to = To
quote-col-days = Days
quote-col-rate = Rate
quote-col-interest = Interest
quote-col-partner = Partner
quote-col-performance = Performance
quote-rate-none = none
quote-rate-carried-forward = carried forward
quote-rate-unknown = no rate known
quote-law = Law: { $law }.
quote-limitation-period = Limitation: { $years ->
    [one] { $years } year
   *[other] { $years } years
  }; for the earliest invoice it ends on { $ends }.
quote-limitation-near = Limitation: the earliest invoice becomes time-barred after { $date } unless the period is interrupted (for example by an acknowledgement of the debt or court action). Act before then.
quote-limitation-past = Limitation: the earliest invoice may have been time-barred since { $date } unless the period was interrupted (for example by an acknowledgement of the debt or court action). Check this before pursuing the claim.
quote-alternatives-heading = Other licensed partners in { $country }, in the order we rank them
quote-notes-heading = What this quote rests on

# What the live quote says while it works (static/quote.js)
quote-live-waiting = Enter the debtor's country and an invoice to see the quote.
quote-live-calculating = Calculating the quote…
quote-live-correct = Correct the marked fields to see the quote.
quote-live-to-see = To see the quote:
quote-live-offline = The quote could not be fetched. Check your connection; it updates when you change a field, or send the form.
quote-notes-in-english = The notes quote the legal sources in English.
