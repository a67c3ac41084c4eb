lang-switch = Språk

## The account's preferences.

prefs-title = Språk og tidssone
prefs-link = Språk og tidssone
prefs-lead = Portalens sider og e-postene vi sender deg, bruker dette språket; tidspunkter på sidene vises i denne tidssonen.
prefs-language = Språk
prefs-language-hint = For alle som logger inn på denne kontoen.
prefs-language-browser = Nettleserens språk
prefs-zone = Tidssone
prefs-zone-country = Ditt lands: { $zone }
prefs-save = Lagre
prefs-saved = Innstillingene dine er lagret.

## Navigation and footer.

nav-skip = Gå til innholdet
nav-quote = Pristilbud med en gang
nav-partners = Partnere
nav-claims = Krav
nav-file = Registrer krav
nav-account = Konto og API-nøkler
nav-signout = Logg ut
nav-signin = Logg inn
nav-signup = Opprett konto
footer-about = CrossClaim sender forfalte B2B-fakturaer til autoriserte inkassopartnere i skyldnerens land.
footer-sandbox = Partnere merket sandbox er simulerte.
lang-switch-apply = OK
