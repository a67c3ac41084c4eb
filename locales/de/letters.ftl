## Was der Schuldner liest: die schriftlichen Erinnerungen und die Bestätigung einer Zahlungszusage.
## Eine Erinnerung nie nummerieren (das sagt dem Schuldner, dass weitere folgen).

letters-reminder-subject = Zahlungserinnerung: Rechnung { $invoices } von { $creditor }
letters-notice-subject = Letzte Mahnung vor Inkasso: Rechnung { $invoices } von { $creditor }
letters-greeting = Sehr geehrte Damen und Herren,
letters-reminder-intro = { $count ->
    [one] nach unserer Buchhaltung ist die folgende Rechnung von { $creditor } noch offen. Sicher ist sie nur übersehen worden, daher möchten wir Sie freundlich an die Zahlung erinnern.
   *[other] nach unserer Buchhaltung sind die folgenden Rechnungen von { $creditor } noch offen. Sicher sind sie nur übersehen worden, daher möchten wir Sie freundlich an die Zahlung erinnern.
}
letters-reminder-pay-by = Bitte überweisen Sie den Gesamtbetrag bis zum { $date }.
letters-reminder-crossed = Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos.
letters-notice-intro = { $count ->
    [one] trotz unserer Zahlungserinnerung ist die folgende Rechnung von { $creditor } weiterhin unbezahlt. Wir fordern Sie hiermit auf, den unten genannten Gesamtbetrag zu zahlen.
   *[other] trotz unserer Zahlungserinnerung sind die folgenden Rechnungen von { $creditor } weiterhin unbezahlt. Wir fordern Sie hiermit auf, den unten genannten Gesamtbetrag zu zahlen.
}
letters-notice-pay-by = Der Betrag muss spätestens am { $date } bei uns eingegangen sein.
letters-notice-agency = Geht die Zahlung bis dahin nicht ein, übergeben wir die Forderung ohne weitere Ankündigung an { $agency } (Zulassung: { $licence }), ein zugelassenes Inkassounternehmen in Ihrem Land.
letters-notice-no-agency = Geht die Zahlung bis dahin nicht ein, übergeben wir die Forderung ohne weitere Ankündigung an ein zugelassenes Inkassounternehmen in Ihrem Land.
letters-notice-costs = Sie schulden dann außerdem die gesetzlichen Verzugszinsen bis zum Tag der Zahlung sowie die Verzugspauschale für Beitreibungskosten von { $compensation }.
letters-notice-costs-by-law = Sie schulden dann außerdem die gesetzlichen Verzugszinsen bis zum Tag der Zahlung sowie die gesetzliche Pauschale für Beitreibungskosten.
letters-invoice-line = Rechnung { $number } vom { $issued }, fällig am { $due }: { $amount }
letters-col-invoice = Rechnung
letters-col-issued = Rechnungsdatum
letters-col-due = Fällig am
letters-col-outstanding = Offen
letters-outstanding = Offener Betrag
letters-interest = Gesetzliche Verzugszinsen bis { $date }
letters-fee = Mahngebühr
letters-total = Zu zahlender Gesamtbetrag
letters-pay-to = Bitte überweisen Sie an:
letters-reference = Verwendungszweck
letters-pay-invoice-details = Bitte verwenden Sie die Bankverbindung auf der Rechnung und geben Sie die Rechnungsnummer als Verwendungszweck an.
letters-respond = Bereits bezahlt, mehr Zeit nötig oder Einwände gegen die Forderung? Teilen Sie es uns hier mit:
letters-regards = Mit freundlichen Grüßen
letters-promise-subject = Bestätigung Ihrer Zahlungszusage an { $creditor }: { $amount } bis { $date }
letters-promise-body = vielen Dank für Ihre Nachricht. Wir bestätigen Ihre Zusage: Sie zahlen { $amount } an { $creditor } bis zum { $date }.
letters-promise-keep = Geht die Zahlung bis zu diesem Tag nicht bei uns ein, setzen wir den Forderungseinzug ohne weitere Ankündigung fort.
letters-promise-change = Sollte sich etwas ändern, teilen Sie es uns bitte hier mit:
