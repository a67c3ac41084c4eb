## Bulk intake: the upload page, the CSV template, the preview and the progress of an import.

imports-link = Import invoices (CSV or e-invoices)
imports-title = Import invoices
imports-lead = File many claims at once: upload a CSV file of overdue invoices, or e-invoices (UBL or Peppol BIS Billing 3.0 XML, one or several files, or a zip of them). You see every claim, its partner and its cost before anything is filed.
imports-upload-heading = Upload
imports-file-label = CSV file, e-invoices or a zip
imports-file-hint = At most 10,000 invoice rows and 20 MB per file.
imports-check-button = Check and preview
imports-template-heading = The CSV template
imports-template-text = One row per invoice; the first line names the columns.
imports-template-download = Download the template
imports-col-column = Column
imports-col-required = Required
imports-col-example = Example
imports-required-yes = yes
imports-required-no = no
imports-template-notes = Rows with the same debtor registration number and country become one claim with several invoices. Dates as YYYY-MM-DD, amounts with a decimal point and at most the currency's decimals, countries and currencies as ISO codes. Separate several reminder dates with semicolons; "disputed" is yes or no.
imports-einvoice-notes = E-invoices: the buyer is the debtor. What an invoice lacks (often the contact's e-mail address) is asked for on the preview, and the invoice itself is kept as the claim's document.
imports-recent-heading = Your latest imports
imports-import-title = Import
imports-back = ← All imports
imports-status-preview = preview: nothing filed yet
imports-status-running = being filed
imports-status-checked = checked only (nothing filed)
imports-status-done = done
imports-counts = { $filed } of { $total } rows filed, { $failed } not filed
imports-preview-heading = Preview
imports-preview-summary = { $count ->
    [one] { $count } row can be filed,
   *[other] { $count } rows can be filed,
}
imports-preview-claims = { $count ->
    [one] as { $count } claim.
   *[other] as { $count } claims.
}
imports-preview-errors = { $count ->
    [0] No row has errors.
    [one] { $count } error is shown below; that row is not filed.
   *[other] { $count } errors are shown below; those rows are not filed.
}
imports-preview-nothing-filed = Nothing has been filed yet. Correct the file and upload it again, or file the rows without errors now.
imports-file-button = { $count ->
    [one] File { $count } row
   *[other] File { $count } rows
}
imports-flash-filing = The import is being filed. You can leave this page; it continues without you.
imports-progress-heading = Progress
imports-reload = Reload to see the progress
imports-errors-heading = Rows with errors
imports-col-row = Row
imports-col-value = Value
imports-col-problem = What is wrong
imports-fill-heading = Missing values
imports-fill-hint = The files lack these values that a claim needs. Fill them in and the rows are checked again.
imports-fill-label = Row { $row }: { $column }
imports-fill-button = Check again
imports-claims-heading = Claims
imports-col-rows = Rows
imports-col-debtor = Debtor
imports-col-invoices = Invoices
imports-col-principal = Principal
imports-col-partner = Partner
imports-col-cost = Quoted cost
imports-col-state = State
imports-cost-if-collected = { $amount } if collected
imports-cost-if-not-collected = { $amount } if not
imports-row-to-file = to be filed
imports-row-checked = can be filed
imports-row-filed = filed
imports-row-already-filed = filed before
imports-row-failed = not filed
imports-more = More claims →
imports-error-empty = The file is empty: it has no invoice rows.
imports-error-not-csv = The file is not a CSV file: send UTF-8 text with the template's columns, separated by commas or semicolons.
imports-error-unknown-column = The file has a column "{ $column }" the template does not have; the first line must name the template's columns.
imports-error-repeated-column = The column "{ $column }" appears twice in the first line.
imports-error-missing-columns = The first line lacks these columns of the template: { $columns }.
imports-error-unreadable = Row { $row } cannot be read: { $reason }.
imports-error-too-many-rows = The file has more than 10,000 invoice rows; split it into files of at most 10,000 rows.
imports-error-einvoice = This e-invoice cannot be read: { $reason }.
imports-error-unsupported = Send a CSV file, e-invoices as XML files, or a zip of them.
imports-error-yes-no = "{ $value }" is not yes or no.
imports-error-currency-differs = Row { $row } of the same debtor is in { $currency }: one claim has one currency.
imports-error-invoice-twice = Invoice { $number } appears twice for this debtor.
imports-error-group = The claim of this debtor (row { $row }) has errors.
imports-error-duplicate = Invoice { $number } was already filed against this debtor in claim { $claim }.
