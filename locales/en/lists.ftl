## The claims list (search, totals) and the claim form's question about an invoice filed before.

lists-duplicate-heading = This invoice was filed before
lists-duplicate-text = Invoice { $number } was already filed against this debtor on { $date }.
lists-duplicate-open = Open that claim
lists-duplicate-question = Filing it again means two partners, or one partner twice, chase the same money. If that is what you want (for example a new claim for the rest of a partly paid invoice), file it anyway; otherwise change the invoice number or leave this page.
lists-duplicate-file-anyway = File it anyway
lists-search-label = Search
lists-search-hint = Debtor's name or invoice number
lists-search-too-long = { $count ->
    [one] Search with at most { $count } character.
   *[other] Search with at most { $count } characters.
}
lists-search-none = No claim matches “{ $q }”.
lists-search-none-hint = Search by part of the debtor's legal name (for example “Muster”) or by an invoice number as it is on the invoice. Status and country filters apply to the search too.
lists-search-clear = Clear the search and show all claims
lists-totals-heading = Totals
lists-totals-scope-all = { $count ->
    [one] Your { $count } claim in all:
   *[other] All your { $count } claims:
}
lists-totals-scope-filtered = { $count ->
    [one] The { $count } claim that matches your search and filters:
   *[other] The { $count } claims that match your search and filters:
}
lists-totals-outstanding = Outstanding ({ $currency })
lists-totals-collected = Collected ({ $currency })
lists-totals-by-status = Claims by status
lists-live-new-claim = Live: a new claim was added to the list.
# The live note of the case page and the claims list; {status} and {when} are filled in by static/live.js.
lists-live-on = Live: this page updates as the partner reports.
lists-live-lost = Connection lost; reconnecting…
lists-live-status = Live: status now “{"{"}status{"}"}” ({"{"}when{"}"}).
lists-live-entry = Live: new entry ({"{"}when{"}"}).
