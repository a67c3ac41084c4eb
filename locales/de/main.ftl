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

## The start page.

home-title = Offene Rechnungen im Ausland einziehen
home-heading = Ihr Kunde im Ausland zahlt nicht? Wir übergeben die Forderung an einen dort zugelassenen Partner.
home-lead = Inkasso ist in jedem Land eigens zulassungspflichtig: Ein Inkassounternehmen im Inland kann im Land des Schuldners nicht tätig werden. CrossClaim wählt einen dort zugelassenen B2B-Partner (eine Anwaltskanzlei, wenn die Forderung bestritten ist), übergibt den Fall und zeigt Ihnen, was geschieht – ganz ohne Telefonat.
home-quote-button = Sofort ein Angebot erhalten
home-quote-note = was der Einzug kostet und was der Schuldner Ihnen zusätzlich schuldet. Ohne Konto.
home-file = Forderung einreichen
home-see-claims = Ihre Forderungen ansehen
home-signup = Konto anlegen
home-signin = oder anmelden
home-step-enter = 1. Rechnung erfassen
home-step-enter-text = Der Schuldner, die überfälligen Rechnungen und was bisher geschah: versandte Mahnungen, die Antwort des Schuldners.
home-step-route = 2. Wir wählen den Partner
home-step-route-text = Einen im Land des Schuldners zugelassenen Partner, der in dessen Sprache und nach dessen Recht arbeitet.
home-coverage =
    { $countries ->
        [one] { $countries } Land
       *[other] { $countries } Länder
    }, abgedeckt von { $partners ->
        [one] { $partners } Partner.
       *[other] { $partners } Partnern.
    }
home-step-follow = 3. Verfolgen Sie den Fall
home-step-follow-text = Jede Statusänderung, die der Partner meldet, erscheint sofort auf der Seite der Forderung.
home-partners-link = Wer sind die Partner, und mit welcher Zulassung arbeiten sie?

## The partner directory.

partners-title = Partnerverzeichnis
partners-lead = Wer in welchem Land eine Forderung übernimmt und mit welcher Zulassung. Inkassounternehmen übernehmen unbestrittene Forderungen, Anwaltskanzleien auch bestrittene. Wo das Gesetz den Forderungseinzug Anwälten vorbehält, sind nur Kanzleien aufgeführt. Die Leistung jedes Partners wird aus seinen Fällen der letzten 180 Tage ermittelt.
partners-how-link = so wird gemessen
partners-empty = Noch sind keine Partner eingetragen.
partners-col-country = Land
partners-col-partner = Partner
partners-col-kind = Art
partners-col-licence = Zulassung
partners-col-languages = Sprachen
partners-col-performance = Leistung
partners-kind-law-firm = Anwaltskanzlei
partners-kind-agency = Inkassounternehmen
partners-licence-number = Nr. { $number }
partners-licence-until = gültig bis { $date }
partners-new = Neu im Netzwerk: zu wenige Fälle für eine Messung
partners-how-title = So wird die Leistung gemessen
partners-how-text = Aus den Fällen, die jedem Partner in den letzten 180 Tagen übergeben wurden: wie schnell er einen Fall annimmt, den Schuldner kontaktiert und dem Gläubiger antwortet; wie viel des übergebenen Betrags er eingezogen hat; und ob er die zugesagten Fristen eingehalten hat (Annahme des Falls, erster Kontakt mit dem Schuldner, regelmäßige Berichte; Werktage sind Montag bis Freitag). Die Punktzahl von 0 bis 100 gewichtet diese Werte; ein Partner mit weniger als 10 Fällen wird teils als Neuling (70) bewertet, damit auch neue Partner Fälle erhalten.

# A partner's measured performance in the directory, one line per figure
partners-perf-score = Bewertung { $score } von 100 aus { $cases ->
    [one] 1 Fall
   *[other] { $cases } Fällen
}
partners-perf-sla = { $percent } % der SLA-Fristen eingehalten
partners-perf-accepts = nimmt Fälle in { $days ->
    [one] 1 Tag
   *[other] { $days } Tagen
} an (Median)
partners-perf-first-contact = erster Kontakt mit dem Schuldner nach { $days ->
    [one] 1 Tag
   *[other] { $days } Tagen
} (Median)
partners-perf-answers = antwortet Gläubigern in { $days ->
    [one] 1 Tag
   *[other] { $days } Tagen
} (Median)
partners-perf-collected = { $full } % der Fälle vollständig eingezogen, { $part } % teilweise
partners-perf-recovered = { $percent } % des übergebenen Betrags eingezogen
partners-perf-first-payment = erste Zahlung nach { $days ->
    [one] 1 Tag
   *[other] { $days } Tagen
} (Median)
partners-perf-silences = { $silences ->
    [one] 1 Funkstille
   *[other] { $silences } Funkstillen
}, { $promises ->
    [one] 1 gebrochene Zusage
   *[other] { $promises } gebrochene Zusagen
}
