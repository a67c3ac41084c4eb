## Massimport: uppladdningssidan, CSV-mallen, förhandsgranskningen och en imports förlopp.

imports-link = Importera fakturor (CSV eller e-fakturor)
imports-title = Importera fakturor
imports-lead = Lämna in många ärenden på en gång: ladda upp en CSV-fil med förfallna fakturor, eller e-fakturor (UBL eller Peppol BIS Billing 3.0 XML, en eller flera filer, eller en zip med dem). Du ser varje ärende, dess partner och dess kostnad innan något lämnas in.
imports-upload-heading = Ladda upp
imports-file-label = CSV-fil, e-fakturor eller en zip
imports-file-hint = Högst 10 000 fakturarader och 20 MB per fil.
imports-check-button = Kontrollera och förhandsgranska
imports-template-heading = CSV-mallen
imports-template-text = En rad per faktura; första raden namnger kolumnerna.
imports-template-download = Ladda ner mallen
imports-col-column = Kolumn
imports-col-required = Obligatorisk
imports-col-example = Exempel
imports-required-yes = ja
imports-required-no = nej
imports-template-notes = Rader med samma organisationsnummer och land för gäldenären blir ett ärende med flera fakturor. Datum som ÅÅÅÅ-MM-DD, belopp med decimalpunkt och högst valutans antal decimaler, länder och valutor som ISO-koder. Skilj flera påminnelsedatum åt med semikolon; ”disputed” är yes eller no.
imports-einvoice-notes = E-fakturor: köparen är gäldenären. Det som saknas i en faktura (ofta kontaktpersonens e-postadress) efterfrågas i förhandsgranskningen, och själva fakturan sparas som ärendets dokument.
imports-recent-heading = Dina senaste importer
imports-import-title = Import
imports-back = ← Alla importer
imports-status-preview = förhandsgranskning: inget inlämnat ännu
imports-status-running = lämnas in
imports-status-checked = endast kontrollerad (inget inlämnat)
imports-status-done = klar
imports-counts = { $filed } av { $total } rader inlämnade, { $failed } inte inlämnade
imports-preview-heading = Förhandsgranskning
imports-preview-summary = { $count ->
    [one] { $count } rad kan lämnas in,
   *[other] { $count } rader kan lämnas in,
}
imports-preview-claims = { $count ->
    [one] som { $count } ärende.
   *[other] som { $count } ärenden.
}
imports-preview-errors = { $count ->
    [0] Ingen rad har fel.
    [one] { $count } fel visas nedan; den raden lämnas inte in.
   *[other] { $count } fel visas nedan; de raderna lämnas inte in.
}
imports-preview-nothing-filed = Inget har lämnats in ännu. Rätta filen och ladda upp den igen, eller lämna in raderna utan fel nu.
imports-file-button = { $count ->
    [one] Lämna in { $count } rad
   *[other] Lämna in { $count } rader
}
imports-flash-filing = Importen lämnas in. Du kan lämna sidan; den fortsätter utan dig.
imports-progress-heading = Förlopp
imports-reload = Ladda om för att se förloppet
imports-errors-heading = Rader med fel
imports-col-row = Rad
imports-col-value = Värde
imports-col-problem = Vad som är fel
imports-fill-heading = Saknade värden
imports-fill-hint = Filerna saknar dessa värden som ett ärende behöver. Fyll i dem så kontrolleras raderna igen.
imports-fill-label = Rad { $row }: { $column }
imports-fill-button = Kontrollera igen
imports-claims-heading = Ärenden
imports-col-rows = Rader
imports-col-debtor = Gäldenär
imports-col-invoices = Fakturor
imports-col-principal = Kapitalbelopp
imports-col-partner = Partner
imports-col-cost = Offererad kostnad
imports-col-state = Läge
imports-cost-if-collected = { $amount } om det drivs in
imports-cost-if-not-collected = { $amount } annars
imports-row-to-file = ska lämnas in
imports-row-checked = kan lämnas in
imports-row-filed = inlämnad
imports-row-already-filed = inlämnad tidigare
imports-row-failed = inte inlämnad
imports-more = Fler ärenden →
imports-error-empty = Filen är tom: den har inga fakturarader.
imports-error-not-csv = Filen är inte en CSV-fil: skicka UTF-8-text med mallens kolumner, åtskilda med kommatecken eller semikolon.
imports-error-unknown-column = Filen har en kolumn ”{ $column }” som mallen inte har; första raden ska namnge mallens kolumner.
imports-error-repeated-column = Kolumnen ”{ $column }” förekommer två gånger på första raden.
imports-error-missing-columns = Första raden saknar dessa kolumner i mallen: { $columns }.
imports-error-unreadable = Rad { $row } kan inte läsas: { $reason }.
imports-error-too-many-rows = Filen har fler än 10 000 fakturarader; dela upp den i filer med högst 10 000 rader.
imports-error-einvoice = E-fakturan kan inte läsas: { $reason }.
imports-error-unsupported = Skicka en CSV-fil, e-fakturor som XML-filer eller en zip med dem.
imports-error-yes-no = ”{ $value }” är inte yes eller no.
imports-error-currency-differs = Rad { $row } för samma gäldenär är i { $currency }: ett ärende har en valuta.
imports-error-invoice-twice = Faktura { $number } förekommer två gånger för den här gäldenären.
imports-error-group = Ärendet för den här gäldenären (rad { $row }) har fel.
imports-error-duplicate = Faktura { $number } har redan lämnats in mot den här gäldenären i ärende { $claim }.
