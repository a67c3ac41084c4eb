//! The case document of the partner protocol's `POST /cases`.

use serde_json::{Value, json};

use crate::db::claims::ClaimDetail;
use crate::db::creditors::CreditorRow;
use crate::db::documents::DocumentRow;
use crate::domain::money::{Currency, Money};

/// The case as the partner receives it; `documents` are the claim's documents so far, listed
/// as protocol v1.1 names them (the partner downloads each by its id).
pub fn case_document(detail: &ClaimDetail, creditor: &CreditorRow, documents: &[DocumentRow]) -> anyhow::Result<Value> {
    let claim = &detail.claim;
    let currency = Currency::parse(&claim.currency)?;
    let debtor: Value = serde_json::from_str(&claim.debtor_json)?;
    let history: Value = serde_json::from_str(&claim.history_json)?;
    let invoices: Vec<Value> = detail
        .invoices
        .iter()
        .map(|i| {
            json!({
                "number": i.number,
                "issue_date": i.issue_date,
                "due_date": i.due_date,
                "amount": Money::from_minor(i.amount_minor, currency),
            })
        })
        .collect();
    Ok(json!({
        "case_id": claim.id,
        "service": claim.service,
        "creditor": {
            "name": creditor.name,
            "registration_number": creditor.registration_number,
            "country": creditor.country,
            "address": creditor_address(creditor),
            "contact": {
                "name": creditor.contact_name.as_deref().unwrap_or(&creditor.name),
                "email": creditor.contact_email.as_deref().unwrap_or(&creditor.email),
                "phone": creditor.contact_phone,
            },
            "payout": creditor_payout(creditor),
        },
        "debtor": debtor,
        "invoices": invoices,
        "principal": Money::from_minor(claim.principal_minor, currency),
        "history": history,
        "documents": documents.iter().map(DocumentRow::protocol_json).collect::<Vec<_>>(),
    }))
}

/// The creditor's address as the protocol writes addresses, when the company gave one.
fn creditor_address(creditor: &CreditorRow) -> Value {
    match (&creditor.address_line, &creditor.postal_code, &creditor.city) {
        (None, None, None) => Value::Null,
        (line, postal_code, city) => json!({
            "lines": line.iter().collect::<Vec<_>>(),
            "postal_code": postal_code,
            "city": city,
        }),
    }
}

/// Where the partner pays out what it collects: the company's bank account, or `null` until
/// an administrator has given one.
fn creditor_payout(creditor: &CreditorRow) -> Value {
    match (&creditor.iban, &creditor.bic) {
        (Some(iban), Some(bic)) => json!({"iban": iban, "bic": bic}),
        _ => Value::Null,
    }
}
