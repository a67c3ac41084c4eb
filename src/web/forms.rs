//! HTML forms: fields arrive as name/value pairs named like the JSON contract's paths
//! (`debtor.address.lines[0]`, `invoices[2].amount.currency`), so both front doors share
//! one input type and one set of error names.

use std::collections::BTreeMap;

use actix_web::dev::Payload;
use actix_web::http::StatusCode;
use actix_web::{FromRequest, HttpRequest, web};
use futures_util::future::LocalBoxFuture;

use super::error::PageError;
use crate::domain::claim::{ClaimInput, InvoiceInput};

/// The most a portal form may weigh.
pub const FORM_LIMIT: usize = 256 * 1024;

/// A submitted form, as its name/value pairs in order.
#[derive(Debug, Default)]
pub struct FormData(pub Vec<(String, String)>);

impl FormData {
    /// The first value of `name`, or "".
    pub fn get(&self, name: &str) -> &str {
        self.0.iter().find(|(k, _)| k == name).map_or("", |(_, v)| v.as_str())
    }

    pub fn has(&self, name: &str) -> bool {
        self.0.iter().any(|(k, _)| k == name)
    }
}

impl FromRequest for FormData {
    type Error = PageError;
    type Future = LocalBoxFuture<'static, Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let form = web::Form::<Vec<(String, String)>>::from_request(req, payload);
        let form_content_type = req
            .headers()
            .get(actix_web::http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .filter(|v| v.trim_start().to_ascii_lowercase().starts_with("application/x-www-form-urlencoded"))
            .map(|_| ());
        Box::pin(async move {
            match form.await {
                Ok(form) => Ok(FormData(form.into_inner())),
                Err(e) => {
                    // The client's mistake, answered as such and logged at debug level only.
                    tracing::debug!(error = %e, "form refused");
                    Err(match e.as_response_error().status_code() {
                        StatusCode::PAYLOAD_TOO_LARGE => PageError::TooLarge,
                        StatusCode::UNSUPPORTED_MEDIA_TYPE => PageError::UnsupportedMediaType,
                        _ if form_content_type.is_none() => PageError::UnsupportedMediaType,
                        _ => PageError::BadForm("it is not a well-formed form".into()),
                    })
                }
            }
        })
    }
}

/// `invoices[3].amount.currency` with prefix `invoices` -> `(3, "amount.currency")`.
fn indexed<'a>(name: &'a str, prefix: &str) -> Option<(usize, &'a str)> {
    let rest = name.strip_prefix(prefix)?.strip_prefix('[')?;
    let (index, rest) = rest.split_once(']')?;
    let index = index.parse().ok()?;
    Some((index, rest.strip_prefix('.').unwrap_or(rest)))
}

/// Builds the claim input from the claim form. Entirely blank invoice rows and blank list
/// entries are dropped, so that indices in errors match the form as it is shown again.
pub fn claim_input(form: &FormData) -> ClaimInput {
    let mut input = ClaimInput::default();
    let mut invoices: BTreeMap<usize, InvoiceInput> = BTreeMap::new();
    let mut lines: BTreeMap<usize, String> = BTreeMap::new();
    let mut reminders: BTreeMap<usize, String> = BTreeMap::new();
    for (name, value) in &form.0 {
        let value = value.clone();
        match name.as_str() {
            "debtor.name" => input.debtor.name = value,
            "debtor.registration_number" => input.debtor.registration_number = value,
            "debtor.vat_number" => input.debtor.vat_number = Some(value),
            "debtor.country" => input.debtor.country = value,
            "debtor.address.postal_code" => input.debtor.address.postal_code = value,
            "debtor.address.city" => input.debtor.address.city = value,
            "debtor.contact.name" => input.debtor.contact.name = value,
            "debtor.contact.email" => input.debtor.contact.email = value,
            "debtor.contact.phone" => input.debtor.contact.phone = Some(value),
            "debtor.language" => input.debtor.language = Some(value),
            "disputed" => input.disputed = matches!(value.as_str(), "true" | "on" | "yes"),
            "history.debtor_response" => input.history.debtor_response = Some(value),
            "history.notes" => input.history.notes = Some(value),
            other => {
                if let Some((i, "")) = indexed(other, "debtor.address.lines") {
                    lines.insert(i, value);
                } else if let Some((i, "")) = indexed(other, "history.reminders_sent") {
                    reminders.insert(i, value);
                } else if let Some((i, field)) = indexed(other, "invoices") {
                    let invoice = invoices.entry(i).or_default();
                    match field {
                        "number" => invoice.number = value,
                        "issue_date" => invoice.issue_date = value,
                        "due_date" => invoice.due_date = value,
                        "amount.amount" => invoice.amount.amount = value,
                        "amount.currency" => invoice.amount.currency = value,
                        _ => {}
                    }
                }
            }
        }
    }
    input.debtor.address.lines = lines.into_values().filter(|l| !l.trim().is_empty()).collect();
    input.history.reminders_sent = reminders.into_values().filter(|d| !d.trim().is_empty()).collect();
    input.invoices = invoices
        .into_values()
        .filter(|inv| {
            // A row with only the currency filled in is the form's default, not an invoice.
            ![&inv.number, &inv.issue_date, &inv.due_date, &inv.amount.amount].iter().all(|v| v.trim().is_empty())
        })
        .collect();
    input
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(pairs: &[(&str, &str)]) -> FormData {
        FormData(pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect())
    }

    #[test]
    fn form_fields_map_onto_the_contract() {
        let input = claim_input(&form(&[
            ("debtor.name", "Muster GmbH"),
            ("debtor.address.lines[1]", "Hof 2"),
            ("debtor.address.lines[0]", "Hauptstr. 1"),
            ("invoices[0].number", "A"),
            ("invoices[0].amount.currency", "EUR"),
            ("invoices[1].amount.currency", "EUR"),
            ("invoices[2].number", "C"),
            ("invoices[2].amount.amount", "10"),
            ("invoices[99999999999999999999].number", "ignored"),
            ("disputed", "true"),
            ("history.reminders_sent[0]", ""),
            ("history.reminders_sent[1]", "2026-09-01"),
        ]));
        assert_eq!(input.debtor.name, "Muster GmbH");
        assert_eq!(input.debtor.address.lines, ["Hauptstr. 1", "Hof 2"]);
        assert_eq!(input.invoices.iter().map(|i| i.number.as_str()).collect::<Vec<_>>(), ["A", "C"]);
        assert!(input.disputed);
        assert_eq!(input.history.reminders_sent, ["2026-09-01"]);
    }
}
