
## The public instant quote page.

quote-title = Sofortangebot
quote-heading = Was kostet der Einzug dieser Rechnung?
quote-lead = Geben Sie das Land des Schuldners und die überfällige Rechnung an. Sie sehen sofort, was jeder dort zugelassene Partner Posten für Posten berechnet und was Sie nach dem Recht des Landes zusätzlich vom Schuldner verlangen können. Kein Konto nötig.
quote-country-hint = Zweistelliger Ländercode, z. B. DE
quote-due-date = Fälligkeitsdatum
quote-show = Angebot anzeigen
quote-placeholder = Geben Sie Land, Betrag mit Währung und Fälligkeitsdatum an, um das Angebot zu sehen.
