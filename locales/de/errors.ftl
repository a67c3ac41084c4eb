
## What is wrong with a field of a form, said on the page in its language.

errors-summary-title =
    { $count ->
        [one] Bitte korrigieren Sie dieses Feld
       *[other] Bitte korrigieren Sie diese { $count } Felder
    }
errors-required = Dieses Feld ist ein Pflichtfeld
errors-too-long = Höchstens { $max } Zeichen; hier sind es { $len }
errors-control-characters = Enthält Steuerzeichen
errors-hidden-character = Enthält ein unsichtbares Zeichen oder ein Textrichtungszeichen ({ $code }); bitte geben Sie den Text ohne dieses ein
errors-email-invalid = „{ $value }“ ist keine gültige E-Mail-Adresse
errors-phone-invalid = Bitte geben Sie die Nummer mit Ziffern, Leerzeichen und optional einem führenden + an, z. B. +49 30 1234567
errors-country-empty = Bitte wählen Sie das Land des Schuldners
errors-country-alpha3 = „{ $value }“ ist ein dreistelliger Code; bitte wählen Sie das Land aus der Liste ({ $code })
errors-country-unknown = „{ $value }“ ist uns als Land nicht bekannt; bitte wählen Sie eines aus der Liste
errors-language-unknown = „{ $value }“ ist uns als Sprache nicht bekannt; bitte wählen Sie eine aus der Liste
errors-currency-empty = Bitte geben Sie einen Währungscode an, z. B. EUR
errors-currency-unknown = „{ $value }“ ist kein Währungscode nach ISO 4217
errors-currency-not-for-invoices = { $code } ist keine Währung, in der Rechnungen bezahlt werden
errors-currency-superseded = { $code } wurde durch { $by } ersetzt; bitte geben Sie den Betrag in { $by } an
errors-amount-empty = Bitte geben Sie den offenen Betrag an
errors-amount-not-positive = Der Betrag muss größer als null sein
errors-amount-too-precise = Zu viele Nachkommastellen: Beträge in { $currency } haben höchstens { $places }
errors-amount-too-large = Der Betrag ist größer, als die Plattform annimmt
errors-street-required = Bitte geben Sie Straße und Hausnummer an
errors-no-invoice = Bitte fügen Sie mindestens eine überfällige Rechnung hinzu
errors-invoice-twice = Rechnung { $number } ist doppelt aufgeführt
errors-date-empty = Bitte geben Sie ein Datum an
errors-date-invalid = Das ist kein Datum
errors-date-implausible = Dieses Datum ist nicht plausibel; bitte prüfen Sie das Jahr
errors-date-future = Dieses Datum liegt in der Zukunft
errors-due-before-issue = Das Fälligkeitsdatum liegt vor dem Rechnungsdatum
errors-not-overdue = Die Rechnung ist noch nicht überfällig: Sie wird am { $due } fällig; bitte reichen Sie die Forderung danach ein
errors-one-currency = Alle Rechnungen einer Forderung müssen in einer Währung sein; die erste ist in { $first }

## Error pages.

errors-page-title-not-found = Seite nicht gefunden
errors-page-title-forbidden = Kein Zugriff
errors-page-title-too-large = Zu groß
errors-page-title-unavailable = Dienst ausgelastet
errors-page-title-media-type = Formular erwartet
errors-page-title-bad-request = Formular nicht lesbar
errors-page-title-too-many = Zu viele Versuche
errors-page-title-internal = Ein Fehler ist aufgetreten
errors-page-not-found = Diese Seite gibt es nicht, oder sie gehört nicht zu Ihrem Konto.
errors-page-sign-in = Bitte melden Sie sich zuerst an.
errors-page-csrf = Dieses Formular ist abgelaufen oder stammt nicht von dieser Website. Gehen Sie zurück, laden Sie die Seite neu und senden Sie es erneut.
errors-page-too-large = Das Formular ist zu groß, um angenommen zu werden.
errors-page-unavailable = Der Dienst ist gerade ausgelastet. Bitte versuchen Sie es gleich noch einmal.
errors-page-media-type = Diese Adresse nimmt nur Formulare von unseren Seiten an.
errors-page-bad-form = Das Formular konnte nicht gelesen werden. Gehen Sie zurück, laden Sie die Seite neu und senden Sie es erneut.
errors-page-internal = Bei uns ist ein Fehler aufgetreten. Er wurde protokolliert; bitte versuchen Sie es erneut.
errors-page-home = Zur Startseite

# No licensed partner for a country (routing)
errors-no-partner = Für { $country } haben wir noch keinen zugelassenen Partner, daher können wir Forderungen gegen Schuldner dort nicht annehmen
errors-no-law-firm-disputed = Für { $country } haben wir keine zugelassene Kanzlei; eine bestrittene Forderung braucht einen Anwalt
errors-no-law-firm-reserved = Für { $country } haben wir keine zugelassene Kanzlei; dort dürfen nur Anwälte fremde Forderungen einziehen
errors-no-partner-terms = Kein zugelassener Partner in { $country } übernimmt eine Forderung über { $principal }
