
## The public instant quote page.

quote-title = Sofortangebot
quote-heading = Was kostet der Einzug dieser Rechnung?
quote-lead = Geben Sie das Land des Schuldners und die überfällige Rechnung an. Sie sehen sofort, was jeder dort zugelassene Partner Posten für Posten berechnet und was Sie nach dem Recht des Landes zusätzlich vom Schuldner verlangen können. Kein Konto nötig.
quote-country-hint = Name oder Code des Landes, z. B. Deutschland oder DE
quote-due-date = Fälligkeitsdatum
quote-show = Angebot anzeigen
quote-placeholder = Geben Sie Land, Betrag mit Währung und Fälligkeitsdatum an, um das Angebot zu sehen.

## The quote itself, as the quote page, the claim form's preview and the case page show it.

quote-result-heading = Angebot zum { $date } für einen Schuldner in { $country }:
quote-cost-heading = Was Sie der Forderungseinzug kostet
quote-kind-agency = Inkassounternehmen
quote-kind-law-firm = Anwaltskanzlei
quote-sandbox = Testumgebung
quote-licensed-by = Zugelassen durch { $authority }, Nr. { $number }
quote-performance = Leistung: { $summary }
quote-standing-score = Bewertung { $score } von 100
quote-standing-newcomer = Neu auf der Plattform (zählt mit Bewertung { $score })
quote-standing-not-measured = noch nicht gemessen
quote-recommended = Empfohlen nach unserer Rangfolge der zugelassenen Partner in { $country }.
quote-recommended-other = Sie haben diesen Partner gewählt. Unsere Empfehlung war { $partner }.
quote-ranking-rule = Partner der für die Forderung passenden Art stehen vorn; unter ihnen gewinnt die höhere Bewertung (gemessene Leistung, 0 bis 100) im Verhältnis zur Gebühr. Bei gleicher Bewertung gewinnt der günstigere Partner.
quote-cost-commission = Provision { $percent } % des eingezogenen Betrags
quote-cost-minimum-fee = Mindestgebühr (die Provision von { $percent } % betrüge { $commission })
quote-cost-minimum-fee-of = Mindestgebühr von { $fee } (die Provision von { $percent } % betrüge { $commission })
quote-cost-legal-phase-disputed = Geschätzte Kosten des gerichtlichen Verfahrens: Gerichts- und Anwaltskosten
quote-cost-legal-phase-if-court = Geschätzte Kosten des gerichtlichen Verfahrens, nur wenn die Forderung vor Gericht geht
quote-charged-if-collected = aus dem eingezogenen Betrag
quote-charged-if-legal-phase = nur bei gerichtlichem Verfahren; nicht in den Summen enthalten
quote-charged-always = unabhängig vom Ergebnis
quote-if-collected = Bei vollständigem Einzug
quote-if-not-collected = Wenn nichts eingezogen wird
quote-claimable-heading = Was Sie vom Schuldner verlangen können
quote-interest = Verzugszinsen
quote-interest-at = Verzugszinsen von { $rate } % pro Jahr
quote-day-count-365 = je Tag 1/365 des Jahreszinses
quote-day-count-360 = je Tag 1/360 des Jahreszinses
quote-day-count-actual = je Tag 1/365 des Jahreszinses, im Schaltjahr 1/366
quote-compensation = Pauschale für Beitreibungskosten
quote-invoice = Rechnung { $number }
quote-see-notes = siehe Hinweise
quote-on-top = Zusätzlich zur Hauptforderung
quote-method-heading = So werden die Zinsen berechnet:
quote-reminder-fees = Mahngebühren:
quote-periods-heading = Zinsen nach Zeiträumen
quote-col-invoice = Rechnung
quote-col-from = Von
quote-col-to = Bis
quote-col-days = Tage
quote-col-rate = Zinssatz
quote-col-interest = Zinsen
quote-col-partner = Partner
quote-col-performance = Leistung
quote-rate-none = keiner
quote-rate-carried-forward = fortgeschrieben
quote-rate-unknown = kein Zinssatz bekannt
quote-law = Rechtsgrundlage: { $law }.
quote-limitation-period = Verjährung: { $years ->
    [one] { $years } Jahr
   *[other] { $years } Jahre
  }; für die früheste Rechnung endet sie am { $ends }.
quote-limitation-near = Verjährung: Die früheste Rechnung verjährt mit Ablauf des { $date }, sofern die Verjährung nicht gehemmt oder unterbrochen wird (etwa durch ein Schuldanerkenntnis oder eine Klage). Handeln Sie vorher.
quote-limitation-past = Verjährung: Die früheste Rechnung ist möglicherweise seit dem { $date } verjährt, sofern die Verjährung nicht gehemmt oder unterbrochen wurde (etwa durch ein Schuldanerkenntnis oder eine Klage). Prüfen Sie dies, bevor Sie die Forderung verfolgen.
quote-alternatives-heading = Weitere zugelassene Partner in { $country }, in unserer Rangfolge
quote-notes-heading = Worauf dieses Angebot beruht

# What the live quote says while it works (static/quote.js)
quote-live-waiting = Geben Sie das Land des Schuldners und eine Rechnung ein, um das Angebot zu sehen.
quote-live-calculating = Das Angebot wird berechnet …
quote-live-correct = Korrigieren Sie die markierten Felder, um das Angebot zu sehen.
quote-live-to-see = Um das Angebot zu sehen:
quote-live-offline = Das Angebot konnte nicht geladen werden. Prüfen Sie Ihre Verbindung; es wird aktualisiert, sobald Sie ein Feld ändern, oder senden Sie das Formular ab.
quote-notes-in-english = Die Hinweise geben die Rechtsquellen auf Englisch wieder.
