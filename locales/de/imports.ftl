## Sammelimport: die Upload-Seite, die CSV-Vorlage, die Vorschau und der Fortschritt eines Imports.

imports-link = Rechnungen importieren (CSV oder E-Rechnungen)
imports-title = Rechnungen importieren
imports-lead = Reichen Sie viele Forderungen auf einmal ein: Laden Sie eine CSV-Datei mit überfälligen Rechnungen hoch oder E-Rechnungen (UBL oder Peppol BIS Billing 3.0 XML, eine oder mehrere Dateien oder ein Zip davon). Sie sehen jede Forderung, ihren Partner und ihre Kosten, bevor etwas eingereicht wird.
imports-upload-heading = Hochladen
imports-file-label = CSV-Datei, E-Rechnungen oder ein Zip
imports-file-hint = Höchstens 10.000 Rechnungszeilen und 20 MB pro Datei.
imports-check-button = Prüfen und Vorschau zeigen
imports-template-heading = Die CSV-Vorlage
imports-template-text = Eine Zeile pro Rechnung; die erste Zeile nennt die Spalten.
imports-template-download = Vorlage herunterladen
imports-col-column = Spalte
imports-col-required = Pflicht
imports-col-example = Beispiel
imports-required-yes = ja
imports-required-no = nein
imports-template-notes = Zeilen mit derselben Registernummer und demselben Land des Schuldners werden zu einer Forderung mit mehreren Rechnungen. Datumsangaben als JJJJ-MM-TT, Beträge mit Dezimalpunkt und höchstens so vielen Nachkommastellen wie die Währung, Länder und Währungen als ISO-Codes. Mehrere Mahndaten mit Semikolon trennen; „disputed“ ist yes oder no.
imports-einvoice-notes = E-Rechnungen: Der Käufer ist der Schuldner. Was einer Rechnung fehlt (oft die E-Mail-Adresse des Ansprechpartners), wird in der Vorschau abgefragt, und die Rechnung selbst wird als Dokument der Forderung aufbewahrt.
imports-recent-heading = Ihre letzten Importe
imports-import-title = Import
imports-back = ← Alle Importe
imports-status-preview = Vorschau: noch nichts eingereicht
imports-status-running = wird eingereicht
imports-status-checked = nur geprüft (nichts eingereicht)
imports-status-done = fertig
imports-counts = { $filed } von { $total } Zeilen eingereicht, { $failed } nicht eingereicht
imports-preview-heading = Vorschau
imports-preview-summary = { $count ->
    [one] { $count } Zeile kann eingereicht werden,
   *[other] { $count } Zeilen können eingereicht werden,
}
imports-preview-claims = { $count ->
    [one] als { $count } Forderung.
   *[other] als { $count } Forderungen.
}
imports-preview-errors = { $count ->
    [0] Keine Zeile hat Fehler.
    [one] { $count } Fehler steht unten; diese Zeile wird nicht eingereicht.
   *[other] { $count } Fehler stehen unten; diese Zeilen werden nicht eingereicht.
}
imports-preview-nothing-filed = Noch ist nichts eingereicht. Korrigieren Sie die Datei und laden Sie sie erneut hoch, oder reichen Sie die fehlerfreien Zeilen jetzt ein.
imports-file-button = { $count ->
    [one] { $count } Zeile einreichen
   *[other] { $count } Zeilen einreichen
}
imports-flash-filing = Der Import wird eingereicht. Sie können die Seite verlassen; er läuft ohne Sie weiter.
imports-progress-heading = Fortschritt
imports-reload = Neu laden, um den Fortschritt zu sehen
imports-errors-heading = Zeilen mit Fehlern
imports-col-row = Zeile
imports-col-value = Wert
imports-col-problem = Was nicht stimmt
imports-fill-heading = Fehlende Angaben
imports-fill-hint = Den Dateien fehlen diese Angaben, die eine Forderung braucht. Füllen Sie sie aus, dann werden die Zeilen erneut geprüft.
imports-fill-label = Zeile { $row }: { $column }
imports-fill-button = Erneut prüfen
imports-claims-heading = Forderungen
imports-col-rows = Zeilen
imports-col-debtor = Schuldner
imports-col-invoices = Rechnungen
imports-col-principal = Hauptforderung
imports-col-partner = Partner
imports-col-cost = Angebotene Kosten
imports-col-state = Stand
imports-cost-if-collected = { $amount } bei Erfolg
imports-cost-if-not-collected = { $amount } sonst
imports-row-to-file = wird eingereicht
imports-row-checked = kann eingereicht werden
imports-row-filed = eingereicht
imports-row-already-filed = früher eingereicht
imports-row-failed = nicht eingereicht
imports-more = Weitere Forderungen →
imports-error-empty = Die Datei ist leer: Sie enthält keine Rechnungszeilen.
imports-error-not-csv = Die Datei ist keine CSV-Datei: Senden Sie UTF-8-Text mit den Spalten der Vorlage, getrennt durch Kommas oder Semikolons.
imports-error-unknown-column = Die Datei hat eine Spalte „{ $column }“, die die Vorlage nicht hat; die erste Zeile muss die Spalten der Vorlage nennen.
imports-error-repeated-column = Die Spalte „{ $column }“ steht zweimal in der ersten Zeile.
imports-error-missing-columns = Der ersten Zeile fehlen diese Spalten der Vorlage: { $columns }.
imports-error-unreadable = Zeile { $row } kann nicht gelesen werden: { $reason }.
imports-error-too-many-rows = Die Datei hat mehr als 10.000 Rechnungszeilen; teilen Sie sie in Dateien mit höchstens 10.000 Zeilen auf.
imports-error-einvoice = Diese E-Rechnung kann nicht gelesen werden: { $reason }.
imports-error-unsupported = Senden Sie eine CSV-Datei, E-Rechnungen als XML-Dateien oder ein Zip davon.
imports-error-yes-no = „{ $value }“ ist weder yes noch no.
imports-error-currency-differs = Zeile { $row } desselben Schuldners ist in { $currency }: Eine Forderung hat eine Währung.
imports-error-invoice-twice = Rechnung { $number } steht für diesen Schuldner zweimal in der Datei.
imports-error-group = Die Forderung dieses Schuldners (Zeile { $row }) hat Fehler.
imports-error-duplicate = Rechnung { $number } wurde gegen diesen Schuldner bereits in Forderung { $claim } eingereicht.
