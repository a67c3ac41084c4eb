## Masseimport: opplastingssiden, CSV-malen, forhåndsvisningen og fremdriften til en import.

imports-link = Importer fakturaer (CSV eller e-fakturaer)
imports-title = Importer fakturaer
imports-lead = Send inn mange saker på én gang: last opp en CSV-fil med forfalte fakturaer, eller e-fakturaer (UBL eller Peppol BIS Billing 3.0 XML, én eller flere filer, eller en zip med dem). Du ser hver sak, partneren og kostnaden før noe sendes inn.
imports-upload-heading = Last opp
imports-file-label = CSV-fil, e-fakturaer eller en zip
imports-file-hint = Høyst 10 000 fakturarader og 20 MB per fil.
imports-check-button = Kontroller og forhåndsvis
imports-template-heading = CSV-malen
imports-template-text = Én rad per faktura; første linje navngir kolonnene.
imports-template-download = Last ned malen
imports-col-column = Kolonne
imports-col-required = Påkrevd
imports-col-example = Eksempel
imports-required-yes = ja
imports-required-no = nei
imports-template-notes = Rader med samme organisasjonsnummer og land for skyldneren blir én sak med flere fakturaer. Datoer som ÅÅÅÅ-MM-DD, beløp med desimalpunktum og høyst valutaens antall desimaler, land og valutaer som ISO-koder. Skill flere purredatoer med semikolon; «disputed» er yes eller no.
imports-einvoice-notes = E-fakturaer: kjøperen er skyldneren. Det en faktura mangler (ofte kontaktpersonens e-postadresse) blir spurt om i forhåndsvisningen, og selve fakturaen lagres som sakens dokument.
imports-recent-heading = Dine siste importer
imports-import-title = Import
imports-back = ← Alle importer
imports-status-preview = forhåndsvisning: ingenting sendt inn ennå
imports-status-running = sendes inn
imports-status-checked = bare kontrollert (ingenting sendt inn)
imports-status-done = ferdig
imports-counts = { $filed } av { $total } rader sendt inn, { $failed } ikke sendt inn
imports-preview-heading = Forhåndsvisning
imports-preview-summary = { $count ->
    [one] { $count } rad kan sendes inn,
   *[other] { $count } rader kan sendes inn,
}
imports-preview-claims = { $count ->
    [one] som { $count } sak.
   *[other] som { $count } saker.
}
imports-preview-errors = { $count ->
    [0] Ingen rad har feil.
    [one] { $count } feil vises nedenfor; den raden sendes ikke inn.
   *[other] { $count } feil vises nedenfor; de radene sendes ikke inn.
}
imports-preview-nothing-filed = Ingenting er sendt inn ennå. Rett filen og last den opp igjen, eller send inn radene uten feil nå.
imports-file-button = { $count ->
    [one] Send inn { $count } rad
   *[other] Send inn { $count } rader
}
imports-flash-filing = Importen sendes inn. Du kan forlate siden; den fortsetter uten deg.
imports-progress-heading = Fremdrift
imports-reload = Last inn på nytt for å se fremdriften
imports-errors-heading = Rader med feil
imports-col-row = Rad
imports-col-value = Verdi
imports-col-problem = Hva som er feil
imports-fill-heading = Manglende verdier
imports-fill-hint = Filene mangler disse verdiene som en sak trenger. Fyll dem inn, så kontrolleres radene på nytt.
imports-fill-label = Rad { $row }: { $column }
imports-fill-button = Kontroller igjen
imports-claims-heading = Saker
imports-col-rows = Rader
imports-col-debtor = Skyldner
imports-col-invoices = Fakturaer
imports-col-principal = Hovedstol
imports-col-partner = Partner
imports-col-cost = Tilbudt kostnad
imports-col-state = Status
imports-cost-if-collected = { $amount } hvis innkrevd
imports-cost-if-not-collected = { $amount } ellers
imports-row-to-file = skal sendes inn
imports-row-checked = kan sendes inn
imports-row-filed = sendt inn
imports-row-already-filed = sendt inn tidligere
imports-row-failed = ikke sendt inn
imports-more = Flere saker →
imports-error-empty = Filen er tom: den har ingen fakturarader.
imports-error-not-csv = Filen er ikke en CSV-fil: send UTF-8-tekst med malens kolonner, skilt med komma eller semikolon.
imports-error-unknown-column = Filen har en kolonne «{ $column }» som malen ikke har; første linje må navngi malens kolonner.
imports-error-repeated-column = Kolonnen «{ $column }» står to ganger på første linje.
imports-error-missing-columns = Første linje mangler disse kolonnene fra malen: { $columns }.
imports-error-unreadable = Rad { $row } kan ikke leses: { $reason }.
imports-error-too-many-rows = Filen har mer enn 10 000 fakturarader; del den opp i filer med høyst 10 000 rader.
imports-error-einvoice = E-fakturaen kan ikke leses: { $reason }.
imports-error-unsupported = Send en CSV-fil, e-fakturaer som XML-filer eller en zip med dem.
imports-error-yes-no = «{ $value }» er ikke yes eller no.
imports-error-currency-differs = Rad { $row } for samme skyldner er i { $currency }: én sak har én valuta.
imports-error-invoice-twice = Faktura { $number } står to ganger for denne skyldneren.
imports-error-group = Saken for denne skyldneren (rad { $row }) har feil.
imports-error-duplicate = Faktura { $number } er allerede sendt inn mot denne skyldneren i sak { $claim }.
