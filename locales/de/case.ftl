
## A claim's page: the case as the creditor follows it.

case-title = Forderung gegen { $debtor }
case-all-claims = ← Alle Forderungen
case-changed = Der Fall ist weitergegangen:
case-reload = laden Sie die Seite neu, um zu sehen, was Sie jetzt tun können.
case-next-step = Nächster Schritt
case-next-answer =
    { $count ->
        [one] Bitte beantworten Sie unten die Frage des Partners.
       *[other] Bitte beantworten Sie unten die { $count } Fragen des Partners.
    }
case-next-proposal = Bitte nehmen Sie das Angebot des neuen Partners unten an oder lehnen Sie es ab.
case-next-reminding = Im Moment nichts zu tun: Die Erinnerungen laufen von selbst, wie unten gezeigt; fällige Anrufe erscheinen in Ihrer Forderungsliste.
case-next-wait = Nichts zu tun: Der Partner bearbeitet den Fall und schreibt hier, wenn er etwas braucht.
case-next-closed = Der Fall ist abgeschlossen; der Verlauf bleibt hier erhalten.
case-requests-heading = Fragen, die auf Ihre Antwort warten
case-requests-stale = Neue Nachrichten sind eingegangen: Laden Sie die Seite neu, um zu sehen, welche Fragen noch offen sind.
case-request-title = { $partner } benötigt Ihre Antwort
case-answer-by = Antwort bis
case-no-answer-by = Keine Antwortfrist angegeben
case-your-answer = Ihre Antwort
case-documents-optional = Unterlagen (optional)
case-files-hint = PDF, Bilder, Text, CSV, XML, Word oder Excel; höchstens 20 MB je Datei.
case-send-answer = Antwort senden
case-fact-claim = Forderung
case-filed-on = eingereicht am { $date }
case-fact-principal = Hauptforderung
case-fact-collected = Eingezogen
case-more-than-principal = mehr als die Hauptforderung: bitte mit dem Partner klären
case-nothing-reported = noch nichts gemeldet
case-fact-service = Leistung
case-service-legal = Rechtlich: die Forderung ist bestritten
case-service-collection = Inkasso
case-fact-partner = Partner
case-fact-licence = Zulassung
case-licence-number = Nr.
case-fact-reference = Aktenzeichen des Partners
case-fact-declined = Abgelehnt, weil
case-withdraw = Forderung zurückziehen…
case-withdraw-warning = Der Partner wird angewiesen, alle Maßnahmen gegen den Schuldner einzustellen. Das kann nicht rückgängig gemacht werden.
case-withdraw-confirm = Ja, Forderung zurückziehen
case-thread-heading = Verlauf und Nachrichten
case-live-reload = Laden Sie die Seite neu, um den neuesten Stand zu sehen.
case-thread-shown = Einträge { $from } bis { $to } von { $total }.
case-thread-earlier = Frühere Einträge anzeigen
case-thread-later = Spätere Einträge anzeigen
case-late = verspätet eingegangen: gespeichert, ohne den Status zu ändern
case-collected-so-far = Bisher eingezogen: { $amount }
case-withdrawn-note = Die Forderung ist zurückgezogen: Der Partner bearbeitet sie nicht mehr, daher können keine Nachrichten, Unterlagen oder Zahlungen hinzugefügt werden. Der Verlauf bleibt hier erhalten.
case-write-to = An { $partner } schreiben
case-no-messages = Noch keine Nachrichten. Der Partner schreibt hier, wenn er etwas braucht.
case-message = Nachricht
case-send-message = Nachricht senden
case-money = Geld
case-promise-broken = Zusage gebrochen am { $date }
case-next-payment = Nächste erwartete Zahlung:
case-next-payment-by = bis { $date }
case-money-principal = Hauptforderung
case-money-interest = Forderbare Zinsen
case-money-costs = Forderbare Pauschale für Beitreibungskosten
case-money-costs-recovered = Eingezogen: Kosten
case-money-interest-recovered = Eingezogen: Zinsen
case-money-principal-recovered = Eingezogen: Hauptforderung
case-money-collected = Insgesamt eingezogen
case-money-direct = davon direkt an Sie gezahlt
case-money-commission = Provision und Kosten des Partners
case-money-paid-out = An Sie ausgezahlt
case-money-held = Beim Partner
case-money-overpaid = Über den forderbaren Betrag hinaus gezahlt
case-money-outstanding = Offen
case-statement-csv = Kontoauszug herunterladen (CSV)
case-statement-print = Druckbarer Kontoauszug
case-report-payment = Eine Zahlung melden, die der Schuldner direkt an Sie geleistet hat
case-report-payment-hint = Der Partner wird informiert, damit er diesen Betrag nicht weiter einfordert.
case-amount-received = Erhaltener Betrag ({ $currency })
case-date-received = Eingangsdatum
case-report-payment-submit = Zahlung melden
case-documents = Unterlagen
case-no-documents = Noch keine Unterlagen. Fügen Sie die Rechnungen, den Vertrag oder den Liefernachweis hinzu: Der Partner braucht sie für den Einzug, und sie bleiben hier für Sie verfügbar.
case-added-by-you = von Ihnen hinzugefügt am { $date }
case-added-by-partner = von { $partner } hinzugefügt am { $date }
case-add-documents = Unterlagen hinzufügen
case-add = Hinzufügen
case-debtor = Schuldner
case-registration = Registernummer
case-vat = USt-IdNr.
case-contact = Ansprechpartner
case-language = Sprache
case-history = Vorgeschichte
case-reminders = Versandte Mahnungen
case-none = keine
case-debtor-answer = Antwort des Schuldners
case-notes = Hinweise
case-invoices = Rechnungen
case-invoice-number = Nummer
case-invoice-issued = Rechnungsdatum
case-invoice-due = Fällig
case-invoice-amount = Betrag
case-every-quote = Alle Angebote dieser Forderung
case-quote-accepted = Das Angebot, das Sie angenommen haben
case-quote-filed = Das Angebot, mit dem die Forderung eingereicht wurde

## The case's thread, its countdowns and its forms' answers.

case-the-partner = Der Partner
case-the-new-partner = den neuen Partner
case-author-you = Sie
case-heading-document = { $who } hat ein Dokument hinzugefügt
case-heading-payment = Zahlung
case-heading-payment-reversed = Zahlung storniert
case-heading-payout = An Sie ausgezahlt
case-heading-promise = Zahlungszusage
case-heading-notice = Hinweis von CrossClaim
case-delivery-delivered = zugestellt
case-delivery-failed = konnte nicht zugestellt werden: wir kümmern uns darum
case-delivery-waiting = wartet auf Zustellung
case-the-document = das Dokument
case-note-answered = Um Ihre Antwort gebeten: beantwortet
case-note-answer-by = Ihre Antwort bis { $date } erbeten
case-note-answer = Ihre Antwort wird erbeten
case-note-your-answer = Ihre Antwort auf eine Anfrage
case-countdown-today = heute fällig
case-countdown-left =
    { $count ->
        [one] noch 1 Tag
       *[other] noch { $count } Tage
    }
case-countdown-overdue =
    { $count ->
        [one] 1 Tag überfällig
       *[other] { $count } Tage überfällig
    }
case-flash-answer-sent = Ihre Antwort ist auf dem Weg zum Partner.
case-flash-message-sent = Ihre Nachricht ist auf dem Weg zum Partner.
case-flash-document-added = „{ $name }“ wurde dem Fall hinzugefügt.
case-flash-documents-added =
    { $count ->
        [one] 1 Dokument wurde dem Fall hinzugefügt.
       *[other] { $count } Dokumente wurden dem Fall hinzugefügt.
    }
case-flash-payment = Die Zahlung über { $amount }, eingegangen am { $date }, ist erfasst.
case-flash-proposal-accepted = Sie haben das neue Angebot angenommen: Der Fall geht an { $partner }.
case-flash-proposal-shown = Hier ist das Angebot von { $partner }. Der Fall wird erst übergeben, wenn Sie es annehmen.
case-flash-proposal-unchanged = Nichts geändert: Nur ein abgelehnter Fall wird bei einem anderen Partner neu angeboten.
case-not-done-message = Ihre Nachricht wurde nicht gesendet
case-not-done-documents = Es wurde nichts hinzugefügt
case-not-done-payment = Die Zahlung wurde nicht erfasst
case-not-done-accept = Das neue Angebot wurde nicht angenommen
case-not-done-choose = Es wurde kein neues Angebot erstellt
case-error-write-message = Bitte schreiben Sie Ihre Nachricht
case-error-choose-partner = Bitte wählen Sie den Partner, dessen Angebot Sie sehen möchten
case-error-choose-file = Bitte wählen Sie mindestens eine Datei

## What is wrong with a chosen file.

case-file-too-large = „{ $name }“ ist größer als 20 MB; fügen Sie Dateien mit höchstens 20 MB hinzu
case-file-no-name = Eine Datei hat keinen Namen; benennen Sie sie und wählen Sie sie erneut
case-file-name-long = „{ $name }“: Der Dateiname ist zu lang, höchstens { $max } Zeichen
case-file-name-characters = „{ $name }“: Der Dateiname enthält einen Schrägstrich, ein Steuerzeichen oder ein unsichtbares Zeichen; bitte benennen Sie die Datei um
case-file-no-stem = „{ $name }“ braucht einen Namen vor der Endung, z. B. rechnung.pdf
case-file-no-extension = „{ $name }“ hat keine Endung; ergänzen Sie die Endung des Dateityps, z. B. rechnung.pdf
case-file-empty = „{ $name }“ ist leer
case-file-mismatch = „{ $name }“ ist kein(e) { $kind }: Der Inhalt hat einen anderen Typ
case-file-refused = „{ $name }“ hat einen Dateityp, den der Fall nicht annimmt: PDF, Bilder, Text, CSV, XML, Word oder Excel
case-file-media-type = „{ $name }“ wurde mit einem anderen Typ gesendet als sein Inhalt ({ $kind })
case-kind-pdf = PDF
case-kind-png = PNG-Bild
case-kind-jpeg = JPEG-Bild
case-kind-text = Textdatei
case-kind-csv = CSV-Datei
case-kind-xml = XML-Datei
case-kind-docx = Word-Dokument
case-kind-xlsx = Excel-Arbeitsmappe
case-kind-file = Datei

## A declined case's new quote, and every quote of the claim.

case-declined-proposal = Das Angebot eines anderen zugelassenen Partners wartet unten auf Ihre Annahme.
case-declined-searching = Wir suchen einen anderen zugelassenen Partner.
case-proposal-heading = Ein neues Angebot wartet auf Ihre Annahme
case-proposal-nothing-yet = Der Fall wird erst an einen anderen Partner übergeben, wenn Sie dessen Angebot annehmen.
case-proposal-partner = Neuer Partner
case-proposal-licence = Seine Zulassung
case-proposal-performance = Leistung
case-standing-newcomer = Neu auf der Plattform: zu wenige Fälle für eine Bewertung
case-standing-score = Bewertung { $score } von 100
case-proposal-price = Neuer Preis
case-proposal-if-collected = bei vollständigem Einzug
case-proposal-if-not-collected = { $amount }, wenn nichts eingezogen wird
case-proposal-previous-price = Bisheriger Preis
case-proposal-previous = { $price } bei vollständigem Einzug, mit { $partner }, der abgelehnt hat
case-proposal-why = Warum dieser Partner
case-proposal-you-asked = Sie haben das Angebot dieses Partners angefordert. Wir hatten { $partner } empfohlen: { $reason }.
case-proposal-accept = Neues Angebot annehmen: { $partner }
case-proposal-or-ask = Oder das Angebot eines anderen zugelassenen Partners anfordern
case-proposal-option = { $partner } ({ $kind }): { $price } bei vollständigem Einzug
case-proposal-option-newcomer = neu auf der Plattform
case-proposal-option-score = Bewertung { $score } von 100
case-proposal-show = Angebot dieses Partners anzeigen
case-proposal-fees = Die Gebühren des neuen Partners im Einzelnen
case-charged-if-collected = aus dem eingezogenen Betrag
case-charged-if-legal = nur bei gerichtlichem Verfahren; nicht in den Summen
case-charged-always = unabhängig vom Ergebnis
case-no-other-heading = Kein anderer Partner kann diesen Fall übernehmen
case-no-other-text = { $why }. Sie können die Forderung unten zurückziehen.
case-history-date = Datum
case-history-partner = Partner
case-history-if-collected = Bei vollständigem Einzug
case-history-outcome = Was daraus wurde
case-quote-state-filed = Mit der Forderung eingereicht
case-quote-state-proposed = Wartet auf Ihre Annahme
case-quote-state-accepted = Von Ihnen angenommen
case-quote-state-declined = Der Partner hat den Fall abgelehnt
case-quote-state-superseded = Durch ein neueres Angebot ersetzt

## The printable statement.

case-statement-title = Kontoauszug: Forderung gegen { $debtor }
case-statement-back = ← Zurück zur Forderung
case-statement-heading = Kontoauszug der Forderung gegen { $debtor }
case-statement-as-of = Stand
case-statement-print-hint = Drucken Sie diese Seite mit der Druckfunktion Ihres Browsers; Navigation und Schaltflächen erscheinen nicht im Ausdruck.
case-statement-csv-link = Als CSV herunterladen
case-statement-csv-hint = für eine Tabellenkalkulation (die Spaltenüberschriften sind englisch, wie Buchhaltungsimporte sie erwarten).
case-statement-lines = Buchungen
case-statement-col-date = Datum
case-statement-col-what = Art
case-statement-col-details = Einzelheiten
case-statement-col-change = Änderung der Forderung
case-statement-col-paid-out = An Sie ausgezahlt
case-statement-col-commission = Provision und Kosten
case-statement-col-outstanding = Offen danach
case-statement-reference = Referenz { $reference }
case-statement-balance = Saldo
case-line-principal = Geforderte Hauptforderung
case-line-interest = Geltend zu machende Zinsen
case-line-costs = Geltend zu machende Kosten
case-line-payment = Zahlung
case-line-direct = Direktzahlung
case-line-reversal = Stornierung
case-line-payout = Auszahlung
case-line-interest-details = Verzugszinsen, die vom Schuldner gefordert werden können
case-line-costs-details = Pauschale für Beitreibungskosten, die vom Schuldner gefordert werden kann

# Money in the thread, told from the stored payment, payout or promise
case-body-payment-partner = { $amount } am { $date } beim Partner eingegangen (Kosten { $costs }, Zinsen { $interest }, Hauptforderung { $principal })
case-body-payment-direct = { $amount } am { $date } direkt an Sie gezahlt (Kosten { $costs }, Zinsen { $interest }, Hauptforderung { $principal })
case-body-payment-reversed = Die am { $date } eingegangene Zahlung über { $amount } wurde storniert
case-body-payment-reversed-because = Die am { $date } eingegangene Zahlung über { $amount } wurde storniert: { $reason }
case-body-payout = { $amount } am { $date } an Sie ausgezahlt (Provision { $commission }, Kosten { $costs })
case-body-payout-reference = { $amount } am { $date } an Sie ausgezahlt (Provision { $commission }, Kosten { $costs }), Referenz { $reference }
case-body-promise = Der Schuldner hat zugesagt, { $amount } bis zum { $date } zu zahlen
case-body-plan = Der Schuldner hat zugestimmt, { $amount } in { $count } Raten zu zahlen, die letzte bis zum { $date }

# The platform's own entries in the thread
case-body-filed = Forderung eingereicht und an { $partner } ({ $kind }) übergeben
case-body-filed-chosen = Forderung eingereicht und an { $partner } ({ $kind }) übergeben, den Partner Ihrer Wahl
case-body-accepted = Angenommen von { $partner }; deren Aktenzeichen ist { $reference }
