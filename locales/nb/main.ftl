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

## The start page.

home-title = Inndriv ubetalte fakturaer i utlandet
home-heading = Har kunden din i utlandet ikke betalt? Vi overlater kravet til et autorisert inkassoselskap der.
home-lead = Inkasso krever bevilling i hvert enkelt land: et norsk inkassoselskap kan ikke opptre i skyldnerens land. CrossClaim velger en autorisert lokal B2B-partner i skyldnerens land (et advokatfirma når kravet er bestridt), overlater saken og viser deg hva som skjer – uten at du må ringe.
home-quote-button = Få et pristilbud med én gang
home-quote-note = hva inndrivingen koster, og hva skyldneren skylder deg i tillegg. Ingen konto nødvendig.
home-file = Registrer et krav
home-see-claims = Se kravene dine
home-signup = Opprett konto
home-signin = eller logg inn
home-step-enter = 1. Legg inn fakturaen
home-step-enter-text = Skyldneren, de forfalte fakturaene og hva som har skjedd så langt: purringer som er sendt, skyldnerens svar.
home-step-route = 2. Vi velger partner
home-step-route-text = En partner med bevilling i skyldnerens land, som arbeider på landets språk og etter landets lov.
home-coverage =
    { $countries ->
        [one] { $countries } land
       *[other] { $countries } land
    } dekket av { $partners ->
        [one] { $partners } partner.
       *[other] { $partners } partnere.
    }
home-step-follow = 3. Følg saken
home-step-follow-text = Hver statusendring partneren rapporterer, vises på kravets side med en gang.
home-partners-link = Hvem er partnerne, og hvilken bevilling arbeider de under?

## The partner directory.

partners-title = Partneroversikt
partners-lead = Hvem som tar imot et krav i hvert land, og med hvilken bevilling. Inkassoselskaper tar krav som ikke er bestridt; advokatfirmaer tar også bestridte krav. Der loven forbeholder inndriving for advokater, er bare advokatfirmaer oppført. Hver partners resultater måles ut fra hva den har gjort i sakene sine de siste 180 dagene.
partners-how-link = slik måles det
partners-empty = Ingen partnere er oppført ennå.
partners-col-country = Land
partners-col-partner = Partner
partners-col-kind = Type
partners-col-licence = Bevilling
partners-col-languages = Språk
partners-col-performance = Resultater
partners-kind-law-firm = Advokatfirma
partners-kind-agency = Inkassoselskap
partners-licence-number = Nr. { $number }
partners-licence-until = gyldig til { $date }
partners-new = Ny i nettverket: for få saker til å måle
partners-how-title = Slik måles resultatene
partners-how-text = Ut fra sakene som er overlatt til hver partner de siste 180 dagene: hvor raskt den tar imot en sak, kontakter skyldneren og svarer kreditor; hvor mye av det overlatte beløpet den har drevet inn; og om den har holdt fristene den har påtatt seg (å ta imot saken, første kontakt med skyldneren, jevnlige rapporter; virkedager er mandag til fredag). Poengsummen 0–100 vekter dette; en partner med færre enn 10 saker får delvis nykommerpoeng (70), slik at også nye partnere får saker.

# A partner's measured performance in the directory, one line per figure
partners-perf-score = Score { $score } av 100 basert på { $cases ->
    [one] 1 sak
   *[other] { $cases } saker
}
partners-perf-sla = { $percent } % av SLA-fristene overholdt
partners-perf-accepts = tar imot saker innen { $days ->
    [one] 1 dag
   *[other] { $days } dager
} (median)
partners-perf-first-contact = første kontakt med skyldneren innen { $days ->
    [one] 1 dag
   *[other] { $days } dager
} (median)
partners-perf-answers = svarer kreditorer innen { $days ->
    [one] 1 dag
   *[other] { $days } dager
} (median)
partners-perf-collected = { $full } % av sakene fullt inndrevet, { $part } % delvis
partners-perf-recovered = { $percent } % av det overleverte beløpet inndrevet
partners-perf-first-payment = første innbetaling etter { $days ->
    [one] 1 dag
   *[other] { $days } dager
} (median)
partners-perf-silences = { $silences ->
    [one] 1 periode uten rapport
   *[other] { $silences } perioder uten rapport
}, { $promises ->
    [one] 1 brutt løfte
   *[other] { $promises } brutte løfter
}
