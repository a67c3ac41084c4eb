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
