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
            "contact": {"name": creditor.name, "email": creditor.email},
        },
        "debtor": debtor,
        "invoices": invoices,
        "principal": Money::from_minor(claim.principal_minor, currency),
        "history": history,
        "documents": documents.iter().map(DocumentRow::protocol_json).collect::<Vec<_>>(),
    }))
}
