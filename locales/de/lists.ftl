## Die Forderungsliste (Suche, Summen) und die Rückfrage im Forderungsformular zu einer bereits eingereichten Rechnung.

lists-duplicate-heading = Diese Rechnung wurde bereits eingereicht
lists-duplicate-text = Rechnung { $number } wurde am { $date } bereits gegen diesen Schuldner eingereicht.
lists-duplicate-open = Diese Forderung öffnen
lists-duplicate-question = Wenn Sie sie erneut einreichen, fordern zwei Partner – oder ein Partner zweimal – dasselbe Geld ein. Ist das beabsichtigt (etwa eine neue Forderung über den Rest einer teilweise bezahlten Rechnung), reichen Sie sie trotzdem ein; andernfalls ändern Sie die Rechnungsnummer oder verlassen Sie diese Seite.
lists-duplicate-file-anyway = Trotzdem einreichen
lists-search-label = Suche
lists-search-hint = Name des Schuldners oder Rechnungsnummer
lists-search-too-long = { $count ->
    [one] Bitte suchen Sie mit höchstens { $count } Zeichen.
   *[other] Bitte suchen Sie mit höchstens { $count } Zeichen.
}
lists-search-none = Keine Forderung passt zu „{ $q }“.
lists-search-none-hint = Suchen Sie nach einem Teil der Firma des Schuldners (zum Beispiel „Muster“) oder nach der Rechnungsnummer, wie sie auf der Rechnung steht. Die Filter nach Status und Land gelten auch für die Suche.
lists-search-clear = Suche zurücksetzen und alle Forderungen anzeigen
lists-totals-heading = Summen
lists-totals-scope-all = { $count ->
    [one] Ihre { $count } Forderung:
   *[other] Alle Ihre { $count } Forderungen:
}
lists-totals-scope-filtered = { $count ->
    [one] Die { $count } Forderung, die zu Suche und Filtern passt:
   *[other] Die { $count } Forderungen, die zu Suche und Filtern passen:
}
lists-totals-outstanding = Offen ({ $currency })
lists-totals-collected = Eingezogen ({ $currency })
lists-totals-by-status = Forderungen nach Status
lists-live-new-claim = Live: Eine neue Forderung wurde der Liste hinzugefügt.
# The live note of the case page and the claims list; {status} and {when} are filled in by static/live.js.
lists-live-on = Live: Diese Seite aktualisiert sich, sobald der Partner etwas meldet.
lists-live-lost = Verbindung unterbrochen; wird wiederhergestellt …
lists-live-status = Live: Status jetzt „{"{"}status{"}"}“ ({"{"}when{"}"}).
lists-live-entry = Live: neuer Eintrag ({"{"}when{"}"}).
