lang-switch = Kieli

## The account's preferences.

prefs-title = Kieli ja aikavyöhyke
prefs-link = Kieli ja aikavyöhyke
prefs-lead = Portaalin sivut ja sinulle lähettämämme sähköpostit ovat tällä kielellä; sivujen ajat näytetään tällä aikavyöhykkeellä.
prefs-language = Kieli
prefs-language-hint = Kaikille, jotka kirjautuvat tälle tilille.
prefs-language-browser = Selaimen kieli
prefs-zone = Aikavyöhyke
prefs-zone-country = Maasi: { $zone }
prefs-save = Tallenna
prefs-saved = Asetuksesi on tallennettu.

## Navigation and footer.

nav-skip = Siirry sisältöön
nav-quote = Pikatarjous
nav-partners = Kumppanit
nav-claims = Saatavat
nav-file = Jätä saatava
nav-account = Tili ja API-avaimet
nav-signout = Kirjaudu ulos
nav-signin = Kirjaudu sisään
nav-signup = Luo tili
footer-about = CrossClaim välittää erääntyneet yritysten väliset laskut luvan saaneille perintäkumppaneille velallisen maassa.
footer-sandbox = Sandbox-merkityt kumppanit ovat simuloituja.
lang-switch-apply = OK

## The start page.

home-title = Peri erääntyneet laskut ulkomailta
home-heading = Eikö ulkomainen asiakkaasi ole maksanut? Annamme saatavan paikalliselle luvan saaneelle perintätoimistolle.
home-lead = Perintä on luvanvaraista maakohtaisesti: kotimainen perintätoimisto ei voi toimia velallisen maassa. CrossClaim valitsee velallisen maasta luvan saaneen paikallisen yritysperintäkumppanin (asianajotoimiston, jos saatava on riitautettu), siirtää asian sille ja näyttää, mitä tapahtuu – ilman puhelinsoittoja.
home-quote-button = Pyydä hinta-arvio heti
home-quote-note = mitä perintä maksaa ja mitä velallinen on sinulle velkaa laskun lisäksi. Tiliä ei tarvita.
home-file = Jätä saatava perintään
home-see-claims = Katso saatavasi
home-signup = Luo tili
home-signin = tai kirjaudu sisään
home-step-enter = 1. Syötä lasku
home-step-enter-text = Velallinen, erääntyneet laskut ja mitä tähän mennessä on tapahtunut: lähetetyt muistutukset, velallisen vastaus.
home-step-route = 2. Valitsemme kumppanin
home-step-route-text = Kumppani, jolla on lupa velallisen maassa ja joka toimii maan kielellä ja lakien mukaan.
home-coverage =
    Kattavuus: { $countries ->
        [one] { $countries } maa
       *[other] { $countries } maata
    }, { $partners ->
        [one] { $partners } kumppani.
       *[other] { $partners } kumppania.
    }
home-step-follow = 3. Seuraa asiaa
home-step-follow-text = Jokainen kumppanin ilmoittama tilamuutos näkyy saatavan sivulla heti.
home-partners-link = Keitä kumppanit ovat ja millä luvalla ne toimivat?

## The partner directory.

partners-title = Kumppanihakemisto
partners-lead = Kuka ottaa saatavan vastaan kussakin maassa ja millä luvalla. Perintätoimistot hoitavat riitauttamattomat saatavat; asianajotoimistot myös riitautetut. Jos laki sallii perinnän vain asianajajille, luettelossa on vain asianajotoimistoja. Kunkin kumppanin tulokset mitataan sen viimeisten 180 päivän toimeksiannoista.
partners-how-link = miten tulokset mitataan
partners-empty = Luettelossa ei ole vielä kumppaneita.
partners-col-country = Maa
partners-col-partner = Kumppani
partners-col-kind = Tyyppi
partners-col-licence = Toimilupa
partners-col-languages = Kielet
partners-col-performance = Tulokset
partners-kind-law-firm = Asianajotoimisto
partners-kind-agency = Perintätoimisto
partners-licence-number = Nro { $number }
partners-licence-until = voimassa { $date } asti
partners-new = Uusi verkostossa: liian vähän toimeksiantoja mittaamiseen
partners-how-title = Miten tulokset mitataan
partners-how-text = Kullekin kumppanille viimeisten 180 päivän aikana annetuista toimeksiannoista: kuinka nopeasti se ottaa asian vastaan, ottaa yhteyttä velalliseen ja vastaa velkojalle; kuinka suuren osan siirretystä määrästä se sai perittyä; ja pitikö se lupaamansa määräajat (asian vastaanotto, ensimmäinen yhteydenotto velalliseen, säännölliset raportit; arkipäiviä ovat maanantaista perjantaihin). Pisteet 0–100 painottavat näitä; kumppani, jolla on alle 10 toimeksiantoa, pisteytetään osin uutena tulijana (70), jotta uudetkin kumppanit saavat toimeksiantoja.

# A partner's measured performance in the directory, one line per figure
partners-perf-score = Pisteet { $score }/100, { $cases ->
    [one] 1 toimeksianto
   *[other] { $cases } toimeksiantoa
}
partners-perf-sla = { $percent } % SLA-määräajoista pidetty
partners-perf-accepts = ottaa toimeksiannon vastaan { $days ->
    [one] 1 päivässä
   *[other] { $days } päivässä
} (mediaani)
partners-perf-first-contact = ensimmäinen yhteys velalliseen { $days ->
    [one] 1 päivässä
   *[other] { $days } päivässä
} (mediaani)
partners-perf-answers = vastaa velkojille { $days ->
    [one] 1 päivässä
   *[other] { $days } päivässä
} (mediaani)
partners-perf-collected = { $full } % toimeksiannoista perittiin kokonaan, { $part } % osittain
partners-perf-recovered = { $percent } % luovutetusta summasta perittiin
partners-perf-first-payment = ensimmäinen maksu { $days ->
    [one] 1 päivän
   *[other] { $days } päivän
} jälkeen (mediaani)
partners-perf-silences = { $silences ->
    [one] 1 raportoimaton jakso
   *[other] { $silences } raportoimatonta jaksoa
}, { $promises ->
    [one] 1 rikottu maksulupaus
   *[other] { $promises } rikottua maksulupausta
}
