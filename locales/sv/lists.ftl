## Ärendelistan (sökning, summor) och frågan i ärendeformuläret om en faktura som redan lämnats in.

lists-duplicate-heading = Den här fakturan har redan lämnats in
lists-duplicate-text = Faktura { $number } lämnades redan in mot den här gäldenären den { $date }.
lists-duplicate-open = Öppna det ärendet
lists-duplicate-question = Lämnar du in den igen driver två partner, eller samma partner två gånger, in samma pengar. Om det är meningen (till exempel ett nytt ärende för resten av en delvis betald faktura) kan du lämna in den ändå; annars ändrar du fakturanumret eller lämnar sidan.
lists-duplicate-file-anyway = Lämna in ändå
lists-search-label = Sök
lists-search-hint = Gäldenärens namn eller fakturanummer
lists-search-too-long = { $count ->
    [one] Sök med högst { $count } tecken.
   *[other] Sök med högst { $count } tecken.
}
lists-search-none = Inget ärende matchar ”{ $q }”.
lists-search-none-hint = Sök på en del av gäldenärens registrerade namn (till exempel ”Muster”) eller på fakturanumret som det står på fakturan. Filtren för status och land gäller även för sökningen.
lists-search-clear = Rensa sökningen och visa alla ärenden
lists-totals-heading = Summor
lists-totals-scope-all = { $count ->
    [one] Ditt { $count } ärende:
   *[other] Alla dina { $count } ärenden:
}
lists-totals-scope-filtered = { $count ->
    [one] Det { $count } ärende som matchar sökningen och filtren:
   *[other] De { $count } ärenden som matchar sökningen och filtren:
}
lists-totals-outstanding = Utestående ({ $currency })
lists-totals-collected = Indrivet ({ $currency })
lists-totals-by-status = Ärenden per status
lists-live-new-claim = Live: ett nytt ärende har lagts till i listan.
# The live note of the case page and the claims list; {status} and {when} are filled in by static/live.js.
lists-live-on = Live: sidan uppdateras när partnern rapporterar.
lists-live-lost = Anslutningen bröts; ansluter igen …
lists-live-status = Live: status nu ”{"{"}status{"}"}” ({"{"}when{"}"}).
lists-live-entry = Live: ny händelse ({"{"}when{"}"}).
