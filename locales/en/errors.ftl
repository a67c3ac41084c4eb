
## What is wrong with a field of a form, said on the page in its language.

errors-summary-title =
    { $count ->
        [one] Please correct this field
       *[other] Please correct these { $count } fields
    }
errors-required = This field is required
errors-too-long = At most { $max } characters; this has { $len }
errors-control-characters = Contains control characters
errors-hidden-character = Contains an invisible or text-direction character ({ $code }); type the text without it
errors-email-invalid = “{ $value }” is not a valid e-mail address
errors-phone-invalid = Write the number with digits, spaces and an optional leading +, e.g. +49 30 1234567
errors-country-empty = Choose the debtor's country
errors-country-alpha3 = “{ $value }” is a three-letter code; choose the country from the list ({ $code })
errors-country-unknown = “{ $value }” is not a country we know; choose one from the list
errors-language-unknown = “{ $value }” is not a language we know; choose one from the list
errors-currency-empty = Enter a currency code such as EUR
errors-currency-unknown = “{ $value }” is not an ISO 4217 currency code
errors-currency-not-for-invoices = { $code } is not a currency invoices are paid in
errors-currency-superseded = { $code } was replaced by { $by }; invoice in { $by }
errors-amount-empty = Enter the amount outstanding
errors-amount-not-positive = The amount must be more than zero
errors-amount-too-precise = Too many decimals: amounts in { $currency } have at most { $places }
errors-amount-too-large = The amount is larger than the platform accepts
errors-street-required = Enter the street address
errors-no-invoice = Add at least one overdue invoice
errors-invoice-twice = Invoice { $number } is listed twice
errors-date-empty = Enter a date
errors-date-invalid = This is not a date
errors-date-implausible = This date is not plausible; check the year
errors-date-future = This date lies in the future
errors-due-before-issue = The due date is before the issue date
errors-not-overdue = The invoice is not overdue yet: it falls due on { $due }; file the claim after that day
errors-one-currency = All invoices of one claim are in one currency; the first is in { $first }

## Error pages.

errors-page-title-not-found = Page not found
errors-page-title-forbidden = Not allowed
errors-page-title-too-large = Too large
errors-page-title-unavailable = Service busy
errors-page-title-media-type = Form expected
errors-page-title-bad-request = The form could not be read
errors-page-title-too-many = Too many attempts
errors-page-title-internal = Something went wrong
errors-page-not-found = This page does not exist, or it is not yours.
errors-page-sign-in = Please sign in first.
errors-page-csrf = This form has expired or did not come from this site. Go back, reload the page and send it again.
errors-page-too-large = The form is too large to accept.
errors-page-unavailable = The service is busy. Please try again in a moment.
errors-page-media-type = This address takes a form sent from our pages (application/x-www-form-urlencoded).
errors-page-bad-form = The form could not be read: { $detail }. Go back, reload the page and send it again.
errors-page-internal = Something went wrong on our side. It has been logged; please try again.
errors-page-home = Go to the start page

# No licensed partner for a country (routing)
errors-no-partner = No licensed partner covers { $country } ({ $code }) yet, so a claim against a debtor there cannot be taken
errors-no-law-firm-disputed = No licensed law firm covers { $country } ({ $code }); disputed claims need a lawyer
errors-no-law-firm-reserved = No licensed law firm covers { $country } ({ $code }); collection for others is reserved to lawyers there
errors-no-partner-terms = No licensed partner in { $country } ({ $code }) takes a claim of { $principal }
