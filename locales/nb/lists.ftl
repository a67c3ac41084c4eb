## Sakslisten (søk, summer) og spørsmålet i saksskjemaet om en faktura som allerede er sendt inn.

lists-duplicate-heading = Denne fakturaen er allerede sendt inn
lists-duplicate-text = Faktura { $number } ble allerede sendt inn mot denne skyldneren { $date }.
lists-duplicate-open = Åpne den saken
lists-duplicate-question = Sender du den inn på nytt, krever to partnere, eller samme partner to ganger, inn de samme pengene. Hvis det er meningen (for eksempel en ny sak for resten av en delvis betalt faktura), kan du sende den inn likevel; ellers endrer du fakturanummeret eller forlater siden.
lists-duplicate-file-anyway = Send inn likevel
lists-search-label = Søk
lists-search-hint = Skyldnerens navn eller fakturanummer
lists-search-too-long = { $count ->
    [one] Søk med høyst { $count } tegn.
   *[other] Søk med høyst { $count } tegn.
}
lists-search-none = Ingen sak passer til «{ $q }».
lists-search-none-hint = Søk på en del av skyldnerens registrerte navn (for eksempel «Muster») eller på fakturanummeret slik det står på fakturaen. Filtrene for status og land gjelder også for søket.
lists-search-clear = Tøm søket og vis alle saker
lists-totals-heading = Summer
lists-totals-scope-all = { $count ->
    [one] Din { $count } sak:
   *[other] Alle dine { $count } saker:
}
lists-totals-scope-filtered = { $count ->
    [one] Den { $count } saken som passer til søket og filtrene:
   *[other] De { $count } sakene som passer til søket og filtrene:
}
lists-totals-outstanding = Utestående ({ $currency })
lists-totals-collected = Innkrevd ({ $currency })
lists-totals-by-status = Saker etter status
lists-live-new-claim = Live: en ny sak er lagt til i listen.
# The live note of the case page and the claims list; {status} and {when} are filled in by static/live.js.
lists-live-on = Live: siden oppdateres når partneren rapporterer.
lists-live-lost = Forbindelsen ble brutt; kobler til igjen …
lists-live-status = Live: status nå «{"{"}status{"}"}» ({"{"}when{"}"}).
lists-live-entry = Live: ny hendelse ({"{"}when{"}"}).
