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
