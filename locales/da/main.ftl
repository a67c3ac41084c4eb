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

## The start page.

home-title = Inddriv ubetalte fakturaer i udlandet
home-heading = Har din kunde i udlandet ikke betalt? Vi overdrager kravet til et autoriseret inkassofirma dér.
home-lead = Inkasso kræver tilladelse i hvert enkelt land: et dansk inkassofirma kan ikke handle i skyldnerens land. CrossClaim vælger en autoriseret lokal B2B-partner i skyldnerens land (et advokatfirma, når kravet er bestridt), overdrager sagen og viser dig, hvad der sker – uden at du skal ringe.
home-quote-button = Få et prisoverslag med det samme
home-quote-note = hvad inddrivelsen koster, og hvad skyldneren skylder dig oveni. Ingen konto nødvendig.
home-file = Opret et krav
home-see-claims = Se dine krav
home-signup = Opret konto
home-signin = eller log ind
home-step-enter = 1. Indtast fakturaen
home-step-enter-text = Skyldneren, de forfaldne fakturaer og hvad der er sket indtil nu: sendte rykkere, skyldnerens svar.
home-step-route = 2. Vi vælger partner
home-step-route-text = En partner med tilladelse i skyldnerens land, der arbejder på landets sprog og efter dets lov.
home-coverage =
    { $countries ->
        [one] { $countries } land
       *[other] { $countries } lande
    } dækket af { $partners ->
        [one] { $partners } partner.
       *[other] { $partners } partnere.
    }
home-step-follow = 3. Følg sagen
home-step-follow-text = Hver statusændring, partneren melder, vises med det samme på kravets side.
home-partners-link = Hvem er partnerne, og under hvilken tilladelse arbejder de?
