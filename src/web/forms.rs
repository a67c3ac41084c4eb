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
use crate::domain::document::MAX_DOCUMENT_BYTES;
use crate::domain::validation::{FieldErrors, Msg, MsgArg};
use crate::i18n::{Arg, Lang, format, t, t_args};

/// The most a portal form may weigh.
pub const FORM_LIMIT: usize = 256 * 1024;

/// A submitted form, as its name/value pairs in order, and the files it carried (a form sent
/// as `multipart/form-data`).
#[derive(Debug, Default)]
pub struct FormData(pub Vec<(String, String)>, pub Vec<UploadedFile>);

/// A file chosen in a form.
#[derive(Debug, Clone)]
pub struct UploadedFile {
    /// The form field it came in.
    pub field: String,
    /// Its name on the sender's computer.
    pub name: String,
    pub content_type: Option<String>,
    pub bytes: Vec<u8>,
    /// Larger than [`MAX_DOCUMENT_BYTES`]: its content was not kept.
    pub too_large: bool,
}

/// The most files one form may carry.
pub const MAX_FORM_FILES: usize = 10;

impl FormData {
    /// The files of field `name` that were chosen (an empty file input sends none).
    pub fn files(&self, name: &str) -> Vec<UploadedFile> {
        self.1.iter().filter(|f| f.field == name).cloned().collect()
    }

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
        let multipart = req
            .headers()
            .get(actix_web::http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.trim_start().to_ascii_lowercase().starts_with("multipart/form-data"));
        if multipart {
            let parts = actix_multipart::Multipart::new(req.headers(), payload.take());
            return Box::pin(read_multipart(parts));
        }
        let form = web::Form::<Vec<(String, String)>>::from_request(req, payload);
        let form_content_type = req
            .headers()
            .get(actix_web::http::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .filter(|v| v.trim_start().to_ascii_lowercase().starts_with("application/x-www-form-urlencoded"))
            .map(|_| ());
        Box::pin(async move {
            match form.await {
                Ok(form) => Ok(FormData(form.into_inner(), Vec::new())),
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

/// Reads a `multipart/form-data` form: text fields up to [`FORM_LIMIT`] in all, up to
/// [`MAX_FORM_FILES`] files of up to [`MAX_DOCUMENT_BYTES`] each (a larger one is kept as
/// too large, without its content, so that the page can name it).
async fn read_multipart(mut parts: actix_multipart::Multipart) -> Result<FormData, PageError> {
    use futures_util::StreamExt;
    let bad = |e: &dyn std::fmt::Display| {
        tracing::debug!(error = %e, "multipart form refused");
        PageError::BadForm("it is not a well-formed form".into())
    };
    let mut form = FormData::default();
    let mut text_bytes = 0usize;
    while let Some(field) = parts.next().await {
        let mut field = field.map_err(|e| bad(&e))?;
        let disposition = field.content_disposition().cloned();
        let name = disposition.as_ref().and_then(|d| d.get_name()).unwrap_or("").to_string();
        let file_name = disposition.as_ref().and_then(|d| d.get_filename()).map(str::to_string);
        let content_type = field.content_type().map(|m| m.essence_str().to_string());
        let mut bytes = Vec::new();
        let mut too_large = false;
        let limit = if file_name.is_some() { MAX_DOCUMENT_BYTES } else { FORM_LIMIT.saturating_sub(text_bytes) };
        while let Some(chunk) = field.next().await {
            let chunk = chunk.map_err(|e| bad(&e))?;
            if too_large || bytes.len() + chunk.len() > limit {
                too_large = true;
                bytes.clear();
                continue;
            }
            bytes.extend_from_slice(&chunk);
        }
        match file_name {
            // a file input left empty sends a part without a name and without content
            Some(file_name) if file_name.is_empty() && bytes.is_empty() => {}
            Some(file_name) => {
                if form.1.len() >= MAX_FORM_FILES {
                    return Err(PageError::BadForm(format!("send at most {MAX_FORM_FILES} files at once")));
                }
                form.1.push(UploadedFile { field: name, name: file_name, content_type, bytes, too_large });
            }
            None => {
                if too_large {
                    return Err(PageError::TooLarge);
                }
                text_bytes += bytes.len();
                let value = String::from_utf8(bytes).map_err(|e| bad(&e))?;
                form.0.push((name, value.replace("\r\n", "\n")));
            }
        }
    }
    Ok(form)
}

/// `invoices[3].amount.currency` with prefix `invoices` -> `(3, "amount.currency")`.
fn indexed<'a>(name: &'a str, prefix: &str) -> Option<(usize, &'a str)> {
    let rest = name.strip_prefix(prefix)?.strip_prefix('[')?;
    let (index, rest) = rest.split_once(']')?;
    let index = index.parse().ok()?;
    Some((index, rest.strip_prefix('.').unwrap_or(rest)))
}

/// What a form calls a field, for the list of problems above a form: people read "Invoice 2:
/// due date", never `invoices[1].due_date`.
pub fn field_label(field: &str) -> String {
    let plain = match field {
        "debtor.name" => "Legal name",
        "debtor.registration_number" | "registration_number" => "Registration number",
        "debtor.vat_number" => "VAT number",
        "debtor.country" => "Country",
        "country" => "Country",
        "debtor.address.postal_code" => "Postal code",
        "debtor.address.city" => "City",
        "debtor.address.lines" => "Street address",
        "debtor.contact.name" => "Contact person",
        "debtor.contact.email" => "Contact e-mail",
        "debtor.contact.phone" => "Contact phone",
        "debtor.language" => "Language for letters to the debtor",
        "invoices" => "Overdue invoices",
        "disputed" => "Disputed",
        "history.reminders_sent" => "Reminders sent",
        "history.debtor_response" => "The debtor's answer",
        "history.notes" => "Notes for the partner",
        "partner_id" => "Partner",
        "documents" | "files" => "Documents",
        "as_of" => "Date of the quote",
        "name" => "Company name",
        "email" => "E-mail",
        "password" | "new_password" => "Password",
        "current_password" => "Current password",
        _ => "",
    };
    if !plain.is_empty() {
        return plain.to_string();
    }
    if let Some((i, part)) = indexed(field, "debtor.address.lines") {
        if part.is_empty() {
            return if i == 0 { "Street address".into() } else { format!("Address line {}", i + 1) };
        }
    }
    if let Some((i, "")) = indexed(field, "history.reminders_sent") {
        return format!("Reminder {}", i + 1);
    }
    if let Some((i, part)) = indexed(field, "invoices") {
        let what = match part {
            "number" => "number",
            "issue_date" => "issue date",
            "due_date" => "due date",
            "amount" | "amount.amount" => "amount",
            "amount.currency" => "currency",
            _ => "",
        };
        return if what.is_empty() { format!("Invoice {}", i + 1) } else { format!("Invoice {}: {what}", i + 1) };
    }
    "This field".to_string()
}

/// What a claim or quote form calls a field in the page's language, for the list of
/// problems above the form ("Rechnung 1: Betrag", never `invoices[0].amount.amount`).
/// Fields of other forms keep [`field_label`]'s English.
pub fn field_label_in(lang: Lang, field: &str) -> String {
    let key = match field {
        "debtor.name" => "claims-field-debtor-name",
        "debtor.registration_number" => "claims-field-registration-number",
        "debtor.vat_number" => "claims-field-vat-number",
        "debtor.country" | "country" => "claims-field-country",
        "debtor.address.postal_code" => "claims-field-postal-code",
        "debtor.address.city" => "claims-field-city",
        "debtor.address.lines" => "claims-field-street",
        "debtor.contact.name" => "claims-field-contact-name",
        "debtor.contact.email" => "claims-field-contact-email",
        "debtor.contact.phone" => "claims-field-contact-phone",
        "debtor.language" => "claims-field-language",
        "invoices" => "claims-new-invoices",
        "disputed" => "claims-field-disputed",
        "history.reminders_sent" => "claims-field-reminders",
        "history.debtor_response" => "claims-field-response",
        "history.notes" => "claims-field-notes",
        "partner_id" => "claims-new-partner",
        "documents" => "claims-new-documents",
        "as_of" => "claims-field-quote-date",
        _ => "",
    };
    if !key.is_empty() {
        // a label says "(optional)" next to its field; the list of problems names the field
        let label = t(lang, key);
        return match label.split_once(" (") {
            Some((name, _)) => name.to_string(),
            None => label,
        };
    }
    let n = |i: usize| Arg::from(i + 1);
    if let Some((i, "")) = indexed(field, "debtor.address.lines") {
        return if i == 0 {
            t(lang, "claims-field-street")
        } else {
            t_args(lang, "claims-field-address-line", &[("n", n(i))])
        };
    }
    if let Some((i, "")) = indexed(field, "history.reminders_sent") {
        return t_args(lang, "claims-field-reminder", &[("n", n(i))]);
    }
    if let Some((i, part)) = indexed(field, "invoices") {
        let part = match part {
            "number" => "claims-part-number",
            "issue_date" => "claims-part-issue-date",
            "due_date" => "claims-part-due-date",
            "amount" | "amount.amount" => "claims-part-amount",
            "amount.currency" => "claims-part-currency",
            _ => return t_args(lang, "claims-field-invoice", &[("n", n(i))]),
        };
        return t_args(lang, "claims-field-invoice-part", &[("n", n(i)), ("part", Arg::from(t(lang, part)))]);
    }
    match field_label(field).as_str() {
        "This field" => t(lang, "claims-field-this"),
        english => english.to_string(),
    }
}

/// A form's errors in the page's language: each message from its key where it has one (the
/// English text otherwise), starting with a capital letter.
pub fn localise(lang: Lang, errors: FieldErrors) -> FieldErrors {
    errors.map_messages(|e| {
        let text = match &e.msg {
            Some(msg) => {
                let args: Vec<(&str, Arg<'_>)> = msg
                    .args
                    .iter()
                    .map(|(name, value)| {
                        let value = match value {
                            MsgArg::Text(text) => Arg::from(text.as_str()),
                            MsgArg::Date(date) => Arg::from(format::date(lang, *date)),
                            MsgArg::Country(code) => Arg::from(crate::i18n::countries::country_name(lang, code)),
                        };
                        (*name, value)
                    })
                    .collect();
                t_args(lang, msg.key, &args)
            }
            None => e.message.clone(),
        };
        capitalised(&text)
    })
}

/// `text` with its first letter in upper case.
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The claim form read on a page in `lang`: the input as typed (to show again), the input
/// the rest of the portal reads (amounts as `12500.50`), and the amounts that could not be
/// read, with why. An amount that could not be read is left empty in the second, so that
/// nothing is filed or quoted with it; its error replaces the one that emptiness causes.
pub fn claim_input_in(lang: Lang, form: &FormData) -> (ClaimInput, ClaimInput, FieldErrors) {
    let typed = claim_input(form);
    let mut read = typed.clone();
    if let Some(code) = crate::i18n::countries::code_of_name(lang, &read.debtor.country) {
        read.debtor.country = code.to_string();
    }
    let mut errors = FieldErrors::new();
    for (i, invoice) in read.invoices.iter_mut().enumerate() {
        match format::parse_amount(lang, &invoice.amount.amount) {
            Ok(amount) => invoice.amount.amount = amount,
            Err(e) => {
                let english = match e {
                    format::AmountInputError::NotANumber => "write the amount as digits",
                    format::AmountInputError::Ambiguous => "the amount can be read two ways",
                };
                errors.add_msg(format!("invoices[{i}].amount.amount"), english, Msg::new(e.key()));
                invoice.amount.amount.clear();
            }
        }
    }
    (typed, read, errors)
}

/// The errors of reading a form (first) and of the input read from it, one per field.
pub fn merged(mut first: FieldErrors, then: FieldErrors) -> FieldErrors {
    let mut rest = FieldErrors::new();
    for e in then.all() {
        if !first.has(&e.field) {
            rest.extend(FieldErrors::from(e.clone()));
        }
    }
    first.extend(rest);
    first
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
            "partner_id" => input.partner_id = Some(value),
            "start" => input.start = Some(value),
            "flow" => input.flow = Some(value).filter(|f| !f.trim().is_empty()),
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
        FormData(pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(), Vec::new())
    }

    #[test]
    fn fields_are_named_as_the_form_names_them() {
        assert_eq!(field_label("debtor.contact.email"), "Contact e-mail");
        assert_eq!(field_label("invoices[1].due_date"), "Invoice 2: due date");
        assert_eq!(field_label("invoices[0].amount.amount"), "Invoice 1: amount");
        assert_eq!(field_label("debtor.address.lines[1]"), "Address line 2");
        assert_eq!(field_label("history.reminders_sent[0]"), "Reminder 1");
        assert_eq!(field_label("documents"), "Documents");
        assert_eq!(field_label("something.new"), "This field");
    }

    #[test]
    fn fields_are_named_in_the_page_language() {
        assert_eq!(field_label_in(Lang::De, "invoices[0].amount.amount"), "Rechnung 1: Betrag");
        assert_eq!(field_label_in(Lang::Sv, "invoices[1].due_date"), "Faktura 2: förfallodag");
        assert_eq!(field_label_in(Lang::Sv, "debtor.vat_number"), "Momsregistreringsnummer");
        assert_eq!(field_label_in(Lang::De, "debtor.address.lines[1]"), "Adresszeile 2");
        assert_eq!(field_label_in(Lang::En, "something.new"), "This field");
    }

    #[test]
    fn errors_are_said_in_the_page_language_with_a_capital() {
        let mut errors = FieldErrors::new();
        errors.add("documents", "the file is empty");
        errors.add_msg(
            "invoices[0].due_date",
            "not overdue",
            crate::domain::validation::Msg::new("errors-not-overdue")
                .date("due", chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()),
        );
        let de = localise(Lang::De, errors);
        assert_eq!(de.all()[0].message, "The file is empty");
        assert!(de.all()[1].message.contains("am 01.12.2026 fällig"), "{}", de.all()[1].message);
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
