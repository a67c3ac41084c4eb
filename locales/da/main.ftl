lang-switch = Sprog

## The account's preferences.

prefs-title = Sprog og tidszone
prefs-link = Sprog og tidszone
prefs-lead = Portalens sider og de e-mails, vi sender dig, bruger dette sprog; tidspunkter på siderne vises i denne tidszone.
prefs-language = Sprog
prefs-language-hint = For alle, der logger ind på denne konto.
prefs-language-browser = Browserens sprog
prefs-zone = Tidszone
prefs-zone-country = Dit lands: { $zone }
prefs-save = Gem
prefs-saved = Dine indstillinger er gemt.

## Navigation and footer.

nav-skip = Gå til indholdet
nav-quote = Straks-tilbud
nav-partners = Partnere
nav-claims = Sager
nav-file = Opret sag
nav-account = Konto og API-nøgler
nav-signout = Log ud
nav-signin = Log ind
nav-signup = Opret konto
footer-about = CrossClaim sender forfaldne B2B-fakturaer til autoriserede inkassopartnere i skyldnerens land.
footer-sandbox = Partnere mærket sandbox er simulerede.
lang-switch-apply = OK
