## Masseimport: uploadsiden, CSV-skabelonen, forhåndsvisningen og en imports fremdrift.

imports-link = Importér fakturaer (CSV eller e-fakturaer)
imports-title = Importér fakturaer
imports-lead = Indsend mange sager på én gang: upload en CSV-fil med forfaldne fakturaer, eller e-fakturaer (UBL eller Peppol BIS Billing 3.0 XML, én eller flere filer, eller en zip med dem). Du ser hver sag, dens partner og dens pris, før noget indsendes.
imports-upload-heading = Upload
imports-file-label = CSV-fil, e-fakturaer eller en zip
imports-file-hint = Højst 10.000 fakturarækker og 20 MB pr. fil.
imports-check-button = Kontrollér og forhåndsvis
imports-template-heading = CSV-skabelonen
imports-template-text = Én række pr. faktura; første linje navngiver kolonnerne.
imports-template-download = Hent skabelonen
imports-col-column = Kolonne
imports-col-required = Påkrævet
imports-col-example = Eksempel
imports-required-yes = ja
imports-required-no = nej
imports-template-notes = Rækker med samme CVR-nummer og land for skyldneren bliver én sag med flere fakturaer. Datoer som ÅÅÅÅ-MM-DD, beløb med decimalpunktum og højst valutaens antal decimaler, lande og valutaer som ISO-koder. Adskil flere rykkerdatoer med semikolon; "disputed" er yes eller no.
imports-einvoice-notes = E-fakturaer: køberen er skyldneren. Det, en faktura mangler (ofte kontaktpersonens e-mailadresse), bliver der spurgt om i forhåndsvisningen, og selve fakturaen gemmes som sagens dokument.
imports-recent-heading = Dine seneste importer
imports-import-title = Import
imports-back = ← Alle importer
imports-status-preview = forhåndsvisning: intet indsendt endnu
imports-status-running = indsendes
imports-status-checked = kun kontrolleret (intet indsendt)
imports-status-done = færdig
imports-counts = { $filed } af { $total } rækker indsendt, { $failed } ikke indsendt
imports-preview-heading = Forhåndsvisning
imports-preview-summary = { $count ->
    [one] { $count } række kan indsendes,
   *[other] { $count } rækker kan indsendes,
}
imports-preview-claims = { $count ->
    [one] som { $count } sag.
   *[other] som { $count } sager.
}
imports-preview-errors = { $count ->
    [0] Ingen række har fejl.
    [one] { $count } fejl vises nedenfor; den række indsendes ikke.
   *[other] { $count } fejl vises nedenfor; de rækker indsendes ikke.
}
imports-preview-nothing-filed = Intet er indsendt endnu. Ret filen og upload den igen, eller indsend rækkerne uden fejl nu.
imports-file-button = { $count ->
    [one] Indsend { $count } række
   *[other] Indsend { $count } rækker
}
imports-flash-filing = Importen indsendes. Du kan forlade siden; den fortsætter uden dig.
imports-progress-heading = Fremdrift
imports-reload = Genindlæs for at se fremdriften
imports-errors-heading = Rækker med fejl
imports-col-row = Række
imports-col-value = Værdi
imports-col-problem = Hvad er galt
imports-fill-heading = Manglende værdier
imports-fill-hint = Filerne mangler disse værdier, som en sag skal have. Udfyld dem, så kontrolleres rækkerne igen.
imports-fill-label = Række { $row }: { $column }
imports-fill-button = Kontrollér igen
imports-claims-heading = Sager
imports-col-rows = Rækker
imports-col-debtor = Skyldner
imports-col-invoices = Fakturaer
imports-col-principal = Hovedstol
imports-col-partner = Partner
imports-col-cost = Tilbudt pris
imports-col-state = Status
imports-cost-if-collected = { $amount } hvis inddrevet
imports-cost-if-not-collected = { $amount } ellers
imports-row-to-file = indsendes
imports-row-checked = kan indsendes
imports-row-filed = indsendt
imports-row-already-filed = indsendt tidligere
imports-row-failed = ikke indsendt
imports-more = Flere sager →
imports-error-empty = Filen er tom: den har ingen fakturarækker.
imports-error-not-csv = Filen er ikke en CSV-fil: send UTF-8-tekst med skabelonens kolonner, adskilt med komma eller semikolon.
imports-error-unknown-column = Filen har en kolonne "{ $column }", som skabelonen ikke har; første linje skal navngive skabelonens kolonner.
imports-error-repeated-column = Kolonnen "{ $column }" står to gange i første linje.
imports-error-missing-columns = Første linje mangler disse af skabelonens kolonner: { $columns }.
imports-error-unreadable = Række { $row } kan ikke læses: { $reason }.
imports-error-too-many-rows = Filen har mere end 10.000 fakturarækker; del den op i filer med højst 10.000 rækker.
imports-error-einvoice = E-fakturaen kan ikke læses: { $reason }.
imports-error-unsupported = Send en CSV-fil, e-fakturaer som XML-filer eller en zip med dem.
imports-error-yes-no = "{ $value }" er ikke yes eller no.
imports-error-currency-differs = Række { $row } for samme skyldner er i { $currency }: én sag har én valuta.
imports-error-invoice-twice = Faktura { $number } står to gange for denne skyldner.
imports-error-group = Sagen for denne skyldner (række { $row }) har fejl.
imports-error-duplicate = Faktura { $number } er allerede indsendt mod denne skyldner i sag { $claim }.
