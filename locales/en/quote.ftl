
## The public instant quote page.

quote-title = Instant quote
quote-heading = What will collecting this invoice cost?
quote-lead = Enter the debtor's country and the overdue invoice. You see at once what each licensed partner there charges, line by line, and what you may claim from the debtor on top under its country's law. No account needed.
quote-country-hint = Two-letter code, e.g. DE
quote-due-date = Due date
quote-show = Show the quote
quote-placeholder = Enter the country, the amount and its currency, and the due date to see the quote.
