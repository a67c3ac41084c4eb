//! The case document of the partner protocol's `POST /cases`.

use serde_json::{Value, json};

use crate::db::claims::ClaimDetail;
use crate::db::creditors::CreditorRow;
use crate::domain::money::{Currency, Money};

pub fn case_document(detail: &ClaimDetail, creditor: &CreditorRow) -> anyhow::Result<Value> {
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
        // the creditor's documents follow the hand-over as deliveries of their own
        // (`POST /cases/{reference}/documents`), each exactly once
        "documents": [],
    }))
}
