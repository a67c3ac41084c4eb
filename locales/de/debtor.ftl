## Die Antwortseite des Schuldners, auf die jede Erinnerung verweist.

debtor-title = Ihre Rechnungen von { $creditor }
debtor-intro = Für die folgenden Rechnungen ist bei { $creditor } noch keine Zahlung eingegangen. Haben Sie bereits gezahlt, möchten Sie einen Zahlungstermin nennen, brauchen Sie eine Ratenzahlung oder bestreiten Sie die Forderung? Antworten Sie hier – die Antwort erreicht { $creditor } sofort.
debtor-language = Sprache
debtor-total-today = Gesamtbetrag am { $date }
debtor-answers = Ihre Antwort
debtor-paid-heading = Wir haben bezahlt
debtor-paid-on = Zahlungsdatum
debtor-paid-reference = Verwendungszweck der Zahlung (optional)
debtor-promise-heading = Wir zahlen zu einem Termin
debtor-promise-on = Wir zahlen den Gesamtbetrag am
debtor-promise-hint = Spätestens 30 Tage ab heute. Sie erhalten eine schriftliche Bestätigung.
debtor-plan-heading = Wir brauchen eine Ratenzahlung
debtor-plan-count = Anzahl der Raten
debtor-plan-first = Erste Rate am
debtor-plan-note = Was der Gläubiger wissen sollte (optional)
debtor-dispute-heading = Wir bestreiten die Forderung
debtor-dispute-reason = Grund
debtor-choose = Bitte wählen …
debtor-reason-not-ordered = Wir haben die Waren oder Leistungen nicht bestellt
debtor-reason-not-delivered = Nicht oder nicht wie vereinbart geliefert
debtor-reason-wrong-amount = Der Betrag ist falsch
debtor-reason-already-paid = Wir haben bereits bezahlt
debtor-reason-other = Ein anderer Grund
debtor-dispute-text = Was ist nicht in Ordnung?
debtor-dispute-document = Ein Dokument, das es belegt (optional)
debtor-document-hint = PDF, Bild, Word-, Excel- oder Textdatei, höchstens 20 MB.
debtor-send = Senden
debtor-errors = Bitte prüfen Sie Folgendes:
debtor-error-date = Geben Sie ein Datum an, z. B. 30.11.2026.
debtor-error-paid-future = Das Zahlungsdatum darf nicht in der Zukunft liegen.
debtor-error-past = Das Datum darf nicht in der Vergangenheit liegen.
debtor-error-too-late = Wählen Sie ein Datum höchstens { $days } Tage ab heute, spätestens den { $date }.
debtor-error-count = Geben Sie eine Anzahl von { $min } bis { $max } Raten an.
debtor-error-reason = Wählen Sie den Grund.
debtor-error-text = Schreiben Sie in wenigen Worten, was nicht in Ordnung ist.
debtor-error-too-long = Höchstens { $max } Zeichen.
debtor-error-document = Dieses Dokument kann nicht angenommen werden: Senden Sie eine PDF-, Bild-, Word-, Excel- oder Textdatei von höchstens 20 MB.
debtor-unavailable = Ihre Antwort konnte gerade nicht gespeichert werden. Bitte versuchen Sie es in ein paar Minuten erneut.
debtor-thanks-heading = Vielen Dank
debtor-thanks-paid = Wir haben { $creditor } mitgeteilt, dass Sie bezahlt haben. Die Erinnerungen ruhen, während { $creditor } die Zahlung prüft.
debtor-thanks-promise = { $creditor } hat Ihre Zahlungszusage erhalten. Eine schriftliche Bestätigung ist per E-Mail unterwegs zu Ihnen.
debtor-thanks-plan = { $creditor } hat Ihren Vorschlag für eine Ratenzahlung erhalten und teilt Ihnen mit, ob er angenommen wird.
debtor-thanks-dispute = { $creditor } hat Ihren Einwand erhalten. Solange er geprüft wird, werden keine weiteren Erinnerungen versandt.
debtor-back = Zurück zu den Rechnungen
debtor-private = Diese Seite ist nur für { $debtor } bestimmt. Bitte geben Sie ihre Adresse nicht weiter.
debtor-too-many-heading = Bitte warten Sie einen Moment
debtor-too-many = Von Ihrer Adresse kamen zu viele Anfragen. Bitte warten Sie { $minutes ->
    [one] eine Minute
   *[other] { $minutes } Minuten
} und versuchen Sie es dann erneut.
