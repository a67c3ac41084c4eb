lang-switch = Språk

## The account's preferences.

prefs-title = Språk och tidszon
prefs-link = Språk och tidszon
prefs-lead = Portalens sidor och e-postmeddelandena vi skickar dig använder det här språket; tider på sidorna visas i den här tidszonen.
prefs-language = Språk
prefs-language-hint = För alla som loggar in på det här kontot.
prefs-language-browser = Webbläsarens språk
prefs-zone = Tidszon
prefs-zone-country = Ditt lands: { $zone }
prefs-save = Spara
prefs-saved = Dina inställningar är sparade.

## Navigation and footer.

nav-skip = Hoppa till innehållet
nav-quote = Direktoffert
nav-partners = Partner
nav-claims = Ärenden
nav-file = Registrera ärende
nav-account = Konto och API-nycklar
nav-signout = Logga ut
nav-signin = Logga in
nav-signup = Skapa konto
footer-about = CrossClaim skickar förfallna B2B-fakturor till auktoriserade inkassopartner i gäldenärens land.
footer-sandbox = Partner märkta sandbox är simulerade.
lang-switch-apply = OK

## The start page.

home-title = Driv in obetalda fakturor utomlands
home-heading = Har din kund utomlands inte betalat? Vi lämnar över fordran till ett auktoriserat inkassobolag på plats.
home-lead = Inkasso kräver tillstånd i varje land: ett svenskt inkassobolag kan inte agera i gäldenärens land. CrossClaim väljer en auktoriserad lokal B2B-partner i gäldenärens land (en advokatbyrå om fordran är bestridd), lämnar över ärendet och visar dig vad som händer – utan att du behöver ringa.
home-quote-button = Få en kostnadsfri offert direkt
home-quote-note = vad indrivningen kostar och vad gäldenären är skyldig dig utöver fakturan. Inget konto behövs.
home-file = Registrera en fordran
home-see-claims = Se dina ärenden
home-signup = Skapa konto
home-signin = eller logga in
home-step-enter = 1. Ange fakturan
home-step-enter-text = Gäldenären, de förfallna fakturorna och vad som hänt hittills: skickade påminnelser, gäldenärens svar.
home-step-route = 2. Vi väljer partner
home-step-route-text = En partner med tillstånd i gäldenärens land, som arbetar på landets språk och enligt dess lag.
home-coverage =
    { $countries ->
        [one] { $countries } land
       *[other] { $countries } länder
    } täcks av { $partners ->
        [one] { $partners } partner.
       *[other] { $partners } partner.
    }
home-step-follow = 3. Följ ärendet
home-step-follow-text = Varje statusändring som partnern rapporterar syns direkt på ärendets sida.
home-partners-link = Vilka är våra partner, och med vilket tillstånd arbetar de?

## The partner directory.

partners-title = Partnerförteckning
partners-lead = Vem som tar emot en fordran i varje land, och med vilket tillstånd. Inkassobolag tar obestridda fordringar; advokatbyråer tar även bestridda. Där lagen förbehåller indrivning åt advokater listas bara advokatbyråer. Varje partners resultat mäts utifrån vad den gjort i sina ärenden de senaste 180 dagarna.
partners-how-link = så mäts det
partners-empty = Inga partner är listade ännu.
partners-col-country = Land
partners-col-partner = Partner
partners-col-kind = Typ
partners-col-licence = Tillstånd
partners-col-languages = Språk
partners-col-performance = Resultat
partners-kind-law-firm = Advokatbyrå
partners-kind-agency = Inkassobolag
partners-licence-number = Nr { $number }
partners-licence-until = giltigt till { $date }
partners-new = Ny i nätverket: för få ärenden för att mäta
partners-how-title = Så mäts resultaten
partners-how-text = Utifrån de ärenden som lämnats till varje partner de senaste 180 dagarna: hur snabbt den tar emot ett ärende, kontaktar gäldenären och svarar borgenären; hur stor del av det överlämnade beloppet den drivit in; och om den hållit de tidsfrister den åtagit sig (att ta emot ärendet, första kontakten med gäldenären, regelbundna rapporter; vardagar är måndag till fredag). Poängen 0–100 väger samman detta; en partner med färre än 10 ärenden får delvis nykomlingspoäng (70), så att även nya partner får ärenden.

# A partner's measured performance in the directory, one line per figure
partners-perf-score = Betyg { $score } av 100 utifrån { $cases ->
    [one] 1 ärende
   *[other] { $cases } ärenden
}
partners-perf-sla = { $percent } % av SLA-tidsfristerna hölls
partners-perf-accepts = tar emot ärenden inom { $days ->
    [one] 1 dag
   *[other] { $days } dagar
} (median)
partners-perf-first-contact = första kontakt med gäldenären inom { $days ->
    [one] 1 dag
   *[other] { $days } dagar
} (median)
partners-perf-answers = svarar borgenärer inom { $days ->
    [one] 1 dag
   *[other] { $days } dagar
} (median)
partners-perf-collected = { $full } % av ärendena helt indrivna, { $part } % delvis
partners-perf-recovered = { $percent } % av det överlämnade beloppet indrivet
partners-perf-first-payment = första betalning efter { $days ->
    [one] 1 dag
   *[other] { $days } dagar
} (median)
partners-perf-silences = { $silences ->
    [one] 1 tyst period
   *[other] { $silences } tysta perioder
}, { $promises ->
    [one] 1 brutet löfte
   *[other] { $promises } brutna löften
}
