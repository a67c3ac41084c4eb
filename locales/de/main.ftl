lang-switch = Sprache

## The account's preferences.

prefs-title = Sprache und Zeitzone
prefs-link = Sprache und Zeitzone
prefs-lead = Die Seiten des Portals und die E-Mails, die wir Ihnen senden, verwenden diese Sprache; Zeiten auf den Seiten werden in dieser Zeitzone angezeigt.
prefs-language = Sprache
prefs-language-hint = Für alle, die sich bei diesem Konto anmelden.
prefs-language-browser = Sprache des Browsers
prefs-zone = Zeitzone
prefs-zone-country = Die Ihres Landes: { $zone }
prefs-save = Speichern
prefs-saved = Ihre Einstellungen wurden gespeichert.

## Navigation and footer.

nav-skip = Zum Inhalt springen
nav-quote = Sofortangebot
nav-partners = Partner
nav-claims = Forderungen
nav-file = Forderung einreichen
nav-account = Konto und API-Schlüssel
nav-signout = Abmelden
nav-signin = Anmelden
nav-signup = Konto erstellen
footer-about = CrossClaim leitet überfällige B2B-Rechnungen an zugelassene Inkassopartner im Land des Schuldners weiter.
footer-sandbox = Mit „sandbox“ gekennzeichnete Partner sind simuliert.
lang-switch-apply = OK
