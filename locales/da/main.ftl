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

## The partner directory.

partners-title = Partneroversigt
partners-lead = Hvem der modtager et krav i hvert land, og under hvilken tilladelse. Inkassofirmaer tager ubestridte krav; advokatfirmaer tager også bestridte. Hvor loven forbeholder inddrivelse for advokater, er kun advokatfirmaer opført. Hver partners resultater måles ud fra, hvad den har gjort i sine sager de seneste 180 dage.
partners-how-link = sådan måles det
partners-empty = Der er endnu ingen partnere på listen.
partners-col-country = Land
partners-col-partner = Partner
partners-col-kind = Type
partners-col-licence = Tilladelse
partners-col-languages = Sprog
partners-col-performance = Resultater
partners-kind-law-firm = Advokatfirma
partners-kind-agency = Inkassofirma
partners-licence-number = Nr. { $number }
partners-licence-until = gyldig til { $date }
partners-new = Ny i netværket: for få sager til at måle
partners-how-title = Sådan måles resultaterne
partners-how-text = Ud fra de sager, der er overdraget til hver partner de seneste 180 dage: hvor hurtigt den modtager en sag, kontakter skyldneren og svarer kreditor; hvor meget af det overdragne beløb den har inddrevet; og om den har overholdt de frister, den har påtaget sig (modtagelse af sagen, første kontakt med skyldneren, løbende rapporter; hverdage er mandag til fredag). Scoren 0–100 vægter dette; en partner med færre end 10 sager får delvis nybegynderscore (70), så nye partnere også får sager.

# A partner's measured performance in the directory, one line per figure
partners-perf-score = Score { $score } af 100 ud fra { $cases ->
    [one] 1 sag
   *[other] { $cases } sager
}
partners-perf-sla = { $percent } % af SLA-fristerne overholdt
partners-perf-accepts = modtager sager inden for { $days ->
    [one] 1 dag
   *[other] { $days } dage
} (median)
partners-perf-first-contact = første kontakt med skyldneren inden for { $days ->
    [one] 1 dag
   *[other] { $days } dage
} (median)
partners-perf-answers = svarer kreditorer inden for { $days ->
    [one] 1 dag
   *[other] { $days } dage
} (median)
partners-perf-collected = { $full } % af sagerne fuldt inddrevet, { $part } % delvist
partners-perf-recovered = { $percent } % af det overdragne beløb inddrevet
partners-perf-first-payment = første indbetaling efter { $days ->
    [one] 1 dag
   *[other] { $days } dage
} (median)
partners-perf-silences = { $silences ->
    [one] 1 periode uden rapport
   *[other] { $silences } perioder uden rapport
}, { $promises ->
    [one] 1 brudt løfte
   *[other] { $promises } brudte løfter
}
