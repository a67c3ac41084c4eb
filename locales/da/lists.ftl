## Sagslisten (søgning, summer) og spørgsmålet i sagsformularen om en faktura, der allerede er indsendt.

lists-duplicate-heading = Denne faktura er allerede indsendt
lists-duplicate-text = Faktura { $number } blev allerede indsendt mod denne skyldner den { $date }.
lists-duplicate-open = Åbn den sag
lists-duplicate-question = Indsender du den igen, inddriver to partnere, eller den samme partner to gange, de samme penge. Hvis det er meningen (for eksempel en ny sag for resten af en delvist betalt faktura), kan du indsende den alligevel; ellers retter du fakturanummeret eller forlader siden.
lists-duplicate-file-anyway = Indsend alligevel
lists-search-label = Søg
lists-search-hint = Skyldners navn eller fakturanummer
lists-search-too-long = { $count ->
    [one] Søg med højst { $count } tegn.
   *[other] Søg med højst { $count } tegn.
}
lists-search-none = Ingen sag passer til “{ $q }”.
lists-search-none-hint = Søg på en del af skyldners registrerede navn (for eksempel “Muster”) eller på fakturanummeret, som det står på fakturaen. Filtrene for status og land gælder også for søgningen.
lists-search-clear = Ryd søgningen, og vis alle sager
lists-totals-heading = Summer
lists-totals-scope-all = { $count ->
    [one] Din { $count } sag:
   *[other] Alle dine { $count } sager:
}
lists-totals-scope-filtered = { $count ->
    [one] Den { $count } sag, der passer til søgningen og filtrene:
   *[other] De { $count } sager, der passer til søgningen og filtrene:
}
lists-totals-outstanding = Udestående ({ $currency })
lists-totals-collected = Inddrevet ({ $currency })
lists-totals-by-status = Sager efter status
lists-live-new-claim = Live: en ny sag er føjet til listen.
# The live note of the case page and the claims list; {status} and {when} are filled in by static/live.js.
lists-live-on = Live: siden opdateres, når partneren rapporterer.
lists-live-lost = Forbindelsen blev afbrudt; genopretter …
lists-live-status = Live: status nu “{"{"}status{"}"}” ({"{"}when{"}"}).
lists-live-entry = Live: ny hændelse ({"{"}when{"}"}).
