## The frame of every page: navigation, language switcher, footer.

lang-switch = Language

## The account's preferences.

prefs-title = Language and time zone
prefs-link = Language and time zone
prefs-lead = The portal's pages and the e-mails we send you use this language; times on the pages are shown in this time zone.
prefs-language = Language
prefs-language-hint = For everyone who signs in to this account.
prefs-language-browser = The browser's language
prefs-zone = Time zone
prefs-zone-country = Your country's: { $zone }
prefs-save = Save
prefs-saved = Your preferences are saved.

## Navigation and footer.

nav-skip = Skip to content
nav-quote = Instant quote
nav-partners = Partners
nav-claims = Claims
nav-file = File a claim
nav-account = Account and API keys
nav-signout = Sign out
nav-signin = Sign in
nav-signup = Create account
footer-about = CrossClaim routes overdue B2B invoices to licensed collection partners in the debtor's country.
footer-sandbox = Partners marked sandbox are simulated.
lang-switch-apply = OK
