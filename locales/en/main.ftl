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

## The start page.

home-title = Collect overdue invoices abroad
home-heading = Your customer abroad has not paid. We hand the claim to a licensed collector there.
home-lead = Debt collection is licensed country by country: a collector at home cannot act in the debtor's country. CrossClaim picks a licensed local B2B partner for the debtor's country (a law firm when the claim is disputed), hands the case over, and shows you what happens, without a phone call.
home-quote-button = Get an instant quote
home-quote-note = what collection costs, and what the debtor owes you on top. No account needed.
home-file = File a claim
home-see-claims = See your claims
home-signup = Create an account
home-signin = or sign in
home-step-enter = 1. Enter the invoice
home-step-enter-text = The debtor, the overdue invoices, and what happened so far: reminders sent, the debtor's answer.
home-step-route = 2. We route it
home-step-route-text = To a partner licensed in the debtor's country, in its language, under its law.
home-coverage =
    { $countries ->
        [one] { $countries } country
       *[other] { $countries } countries
    } covered by { $partners ->
        [one] { $partners } partner.
       *[other] { $partners } partners.
    }
home-step-follow = 3. Follow it
home-step-follow-text = Every status change the partner reports appears on the claim's page as it happens.
home-partners-link = Who are the partners, and under which licence do they work?

## The partner directory.

partners-title = Partner directory
partners-lead = Who takes a claim in each country, and under which licence. Collection agencies take undisputed claims; law firms also take disputed ones. Where the law reserves collection to lawyers, only law firms are listed. Each partner's performance is measured from what it did on its cases over the last 180 days.
partners-how-link = how it is measured
partners-empty = No partners are listed yet.
partners-col-country = Country
partners-col-partner = Partner
partners-col-kind = Kind
partners-col-licence = Licence
partners-col-languages = Languages
partners-col-performance = Performance
partners-kind-law-firm = Law firm
partners-kind-agency = Collection agency
partners-licence-number = No. { $number }
partners-licence-until = valid until { $date }
partners-new = New to the network: too few cases to measure
partners-how-title = How performance is measured
partners-how-text = From the cases handed to each partner in the last 180 days: how fast it accepts a case, contacts the debtor and answers the creditor; how much of what was handed over it recovered; and whether it kept the deadlines it undertakes (accepting a case, first contact with the debtor, regular reports; business days are Monday to Friday). The score of 0 to 100 weighs these; a partner with fewer than 10 cases is scored partly as a newcomer (70), so that new partners get cases too.

# A partner's measured performance in the directory, one line per figure
partners-perf-score = Score { $score } of 100 from { $cases ->
    [one] 1 case
   *[other] { $cases } cases
}
partners-perf-sla = { $percent } % of SLA deadlines met
partners-perf-accepts = accepts in { $days ->
    [one] 1 day
   *[other] { $days } days
} (median)
partners-perf-first-contact = first contact with the debtor in { $days ->
    [one] 1 day
   *[other] { $days } days
} (median)
partners-perf-answers = answers creditors in { $days ->
    [one] 1 day
   *[other] { $days } days
} (median)
partners-perf-collected = { $full } % of cases collected in full, { $part } % in part
partners-perf-recovered = { $percent } % of the amount handed over recovered
partners-perf-first-payment = first payment after { $days ->
    [one] 1 day
   *[other] { $days } days
} (median)
partners-perf-silences = { $silences ->
    [one] 1 silence
   *[other] { $silences } silences
}, { $promises ->
    [one] 1 broken promise
   *[other] { $promises } broken promises
}
