//! UBL 2.1 / Peppol BIS Billing 3.0 e-invoices as import rows: each invoice is one row of the
//! template's columns (the buyer party is the debtor), read by [`crate::einvoice`]; what an
//! invoice lacks stays empty, so that intake's check names it and the preview asks for it.
//! The XML itself goes with the row, to be kept as the claim's document.

use std::collections::BTreeMap;

use super::{Document, MAX_ROWS, SourceRow, UploadError};
use crate::einvoice::{self, EInvoice};

/// Reads uploaded files (XML invoices, or zips of them) into rows, numbered from 1 in the
/// order the invoices came.
pub fn parse(files: &[(String, Vec<u8>)]) -> Result<Vec<SourceRow>, UploadError> {
    let mut rows = Vec::new();
    for (name, bytes) in files {
        let invoices = einvoice::read_upload(name, bytes).map_err(|e| UploadError::EInvoice(e.to_string()))?;
        for invoice in invoices {
            if rows.len() == MAX_ROWS {
                return Err(UploadError::TooManyRows);
            }
            let row = rows.len() + 1;
            rows.push(row_of(row, invoice));
        }
    }
    if rows.is_empty() {
        return Err(UploadError::Empty);
    }
    Ok(rows)
}

/// One invoice as a row of the template's columns.
fn row_of(row: usize, invoice: EInvoice) -> SourceRow {
    let buyer = &invoice.buyer;
    let registration = buyer.registration_number.clone().or_else(|| buyer.vat_id.clone());
    let pairs = [
        ("debtor_name", buyer.name.clone()),
        ("debtor_registration_number", registration),
        ("debtor_vat_number", buyer.vat_id.clone()),
        ("debtor_country", buyer.country.clone()),
        ("debtor_address", buyer.street.clone()),
        ("debtor_postal_code", buyer.postal_code.clone()),
        ("debtor_city", buyer.city.clone()),
        ("contact_name", buyer.contact_name.clone()),
        ("contact_email", buyer.email.clone()),
        ("contact_phone", buyer.phone.clone()),
        ("invoice_number", invoice.invoice_number.clone()),
        ("issue_date", invoice.issue_date.clone()),
        ("due_date", invoice.due_date.clone()),
        ("amount", invoice.amount_due.clone()),
        ("currency", invoice.currency.clone()),
    ];
    let values: BTreeMap<String, String> =
        pairs.into_iter().map(|(column, value)| (column.to_string(), value.unwrap_or_default())).collect();
    SourceRow { row, values, document: Some(Document { name: invoice.file_name, bytes: invoice.xml }) }
}
