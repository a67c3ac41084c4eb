//! Bulk intake: a CSV of invoices or UBL e-invoices become claims, through the same intake as
//! the claim form and `POST /api/v1/claims` ([`crate::intake`]).
//!
//! An upload is read into rows (one per invoice), each row checked by intake's own rules, rows
//! of one debtor (registration number and country) grouped into one claim, and each group
//! routed and priced by [`intake::check_claim`]: the preview. Nothing is filed until the
//! creditor says so (the page's button, or the API without `dry_run`); then the
//! [`runner`] files group by group in the background through [`intake::file_claim`], with an
//! idempotency key derived from the creditor and the group's content. A retry, a crash or a
//! re-upload of the same rows therefore never files a group twice: intake answers with the
//! claim filed the first time.

pub mod csv;
pub mod runner;
pub mod ubl;

use std::collections::{BTreeMap, HashMap};

use serde::{Deserialize, Serialize};

use crate::credentials::sha256_hex;
use crate::db::imports::{self as store, ImportRecord, RowRecord, row_state, status};
use crate::db::{DbError, new_id};
use crate::domain::claim::NewClaim;
use crate::domain::claim::{
    AddressInput, ClaimInput, ContactInput, DebtorInput, HistoryInput, InvoiceInput, MoneyInput,
};
use crate::domain::money::{Currency, Money};
use crate::domain::validation::{FieldErrors, MsgArg};
use crate::intake::{self, IntakeError};
use crate::state::AppState;

/// The most invoice rows one upload may hold.
pub const MAX_ROWS: usize = 10_000;

/// One invoice of an upload, by the template's column names.
#[derive(Debug, Clone)]
pub struct SourceRow {
    /// Its row in the file (the CSV's header is row 1), or its place among the e-invoices.
    pub row: usize,
    pub values: BTreeMap<String, String>,
    /// An e-invoice: the XML, kept as the claim's document.
    pub document: Option<Document>,
}

#[derive(Debug, Clone)]
pub struct Document {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// What kind of upload it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Csv,
    /// UBL e-invoices: XML files or zips of them.
    Ubl,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Csv => "csv",
            Kind::Ubl => "ubl",
        }
    }
}

/// Why an upload could not be read at all (a row's own problems are its errors instead).
#[derive(Debug, Clone, thiserror::Error)]
pub enum UploadError {
    #[error("the file is empty: it has no invoice rows")]
    Empty,
    #[error(
        "the file is not a CSV file: send UTF-8 text with the template's columns, separated by commas or semicolons"
    )]
    NotCsv,
    #[error(
        "the file has a column \"{0}\" the template does not have; the first line must name the template's columns"
    )]
    UnknownColumn(String),
    #[error("the column \"{0}\" appears twice in the first line")]
    RepeatedColumn(String),
    #[error("the first line lacks these columns of the template: {0}")]
    MissingColumns(String),
    #[error("row {row} cannot be read: {reason}")]
    Unreadable { row: usize, reason: String },
    #[error("the file has more than 10,000 invoice rows; split it into files of at most 10,000 rows")]
    TooManyRows,
    /// An e-invoice that cannot be read; the message names the file.
    #[error("{0}")]
    EInvoice(String),
    #[error("send a CSV file, UBL e-invoices (XML) or a zip of them")]
    Unsupported,
}

impl UploadError {
    /// The message key of the page's language, and its arguments.
    pub fn msg(&self) -> (&'static str, Vec<(&'static str, String)>) {
        match self {
            Self::Empty => ("imports-error-empty", vec![]),
            Self::NotCsv => ("imports-error-not-csv", vec![]),
            Self::UnknownColumn(c) => ("imports-error-unknown-column", vec![("column", c.clone())]),
            Self::RepeatedColumn(c) => ("imports-error-repeated-column", vec![("column", c.clone())]),
            Self::MissingColumns(c) => ("imports-error-missing-columns", vec![("columns", c.clone())]),
            Self::Unreadable { row, reason } => {
                ("imports-error-unreadable", vec![("row", row.to_string()), ("reason", reason.clone())])
            }
            Self::TooManyRows => ("imports-error-too-many-rows", vec![]),
            Self::EInvoice(text) => ("imports-error-einvoice", vec![("reason", text.clone())]),
            Self::Unsupported => ("imports-error-unsupported", vec![]),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error(transparent)]
    Upload(#[from] UploadError),
    /// No such import, or not the caller's.
    #[error("not found")]
    NotFound,
    #[error("{0}")]
    Conflict(String),
    #[error(transparent)]
    Db(#[from] DbError),
    #[error("internal error")]
    Internal(#[from] anyhow::Error),
}

/// One problem of a row, stored with the row: the column, intake's field name, the English
/// message (the API's) and the message key with its arguments (the page's language).
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct RowError {
    pub column: String,
    pub field: String,
    pub message: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// `(name, kind, value)`; kind is `text`, `date` or `country`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub args: Vec<(String, String, String)>,
}

impl RowError {
    fn plain(column: &str, field: &str, message: impl ToString) -> Self {
        Self { column: column.into(), field: field.into(), message: message.to_string(), key: None, args: vec![] }
    }

    fn with_key(mut self, key: &str, args: &[(&str, String)]) -> Self {
        self.key = Some(key.into());
        self.args = args.iter().map(|(n, v)| (n.to_string(), "text".into(), v.clone())).collect();
        self
    }

    /// The message in `lang`.
    pub fn text(&self, lang: crate::i18n::Lang) -> String {
        use crate::i18n::{Arg, format, t_args};
        let Some(key) = &self.key else { return crate::web::forms::capitalised(&self.message) };
        let args: Vec<(&str, Arg<'_>)> = self
            .args
            .iter()
            .map(|(name, kind, value)| {
                let arg = match kind.as_str() {
                    "date" => chrono::NaiveDate::parse_from_str(value, "%Y-%m-%d")
                        .map(|d| Arg::from(format::date(lang, d)))
                        .unwrap_or_else(|_| Arg::from(value.as_str())),
                    "country" => Arg::from(crate::i18n::countries::country_name(lang, value)),
                    _ => Arg::from(value.as_str()),
                };
                (name.as_str(), arg)
            })
            .collect();
        crate::web::forms::capitalised(&t_args(lang, key, &args))
    }

    /// Intake's errors, each under its column; `rows` are the group's rows in invoice order,
    /// so that `invoices[i]` lands on the i-th and the debtor's fields on the first.
    fn of_fields(errors: &FieldErrors) -> Vec<(Option<usize>, Self)> {
        errors
            .all()
            .iter()
            .map(|e| {
                let mut error = Self::plain(column_of(&e.field), &e.field, &e.message);
                if let Some(msg) = &e.msg {
                    error.key = Some(msg.key.to_string());
                    error.args = msg
                        .args
                        .iter()
                        .map(|(name, arg)| match arg {
                            MsgArg::Text(t) => (name.to_string(), "text".into(), t.clone()),
                            MsgArg::Date(d) => (name.to_string(), "date".into(), d.to_string()),
                            MsgArg::Country(c) => (name.to_string(), "country".into(), c.to_string()),
                        })
                        .collect();
                }
                (invoice_index(&e.field), error)
            })
            .collect()
    }
}

/// `invoices[3].amount` -> 3.
fn invoice_index(field: &str) -> Option<usize> {
    field.strip_prefix("invoices[")?.split(']').next()?.parse().ok()
}

/// The template's column an intake field comes from.
pub fn column_of(field: &str) -> &'static str {
    if let Some(rest) = field.strip_prefix("invoices[").and_then(|r| r.split_once("]")).map(|(_, r)| r) {
        return match rest.trim_start_matches('.') {
            "issue_date" => "issue_date",
            "due_date" => "due_date",
            f if f.starts_with("amount.currency") => "currency",
            f if f.starts_with("amount") => "amount",
            _ => "invoice_number",
        };
    }
    match field {
        "debtor.name" => "debtor_name",
        "debtor.registration_number" => "debtor_registration_number",
        "debtor.vat_number" => "debtor_vat_number",
        "debtor.country" => "debtor_country",
        "debtor.address.postal_code" => "debtor_postal_code",
        "debtor.address.city" => "debtor_city",
        "debtor.contact.name" => "contact_name",
        "debtor.contact.email" => "contact_email",
        "debtor.contact.phone" => "contact_phone",
        "debtor.language" => "debtor_language",
        "history.debtor_response" => "debtor_response",
        "history.notes" => "notes",
        "disputed" => "disputed",
        "invoices" => "invoice_number",
        f if f.starts_with("debtor.address") => "debtor_address",
        f if f.starts_with("history.reminders_sent") => "reminders_sent",
        _ => "",
    }
}

/// The claim a group of rows (one debtor's invoices, in file order) makes: the debtor and the
/// history from its first row, an invoice from each.
pub fn claim_input(rows: &[&BTreeMap<String, String>]) -> ClaimInput {
    let first = rows.first().copied();
    let v = |key: &str| first.and_then(|r| r.get(key)).map(|s| s.trim().to_string()).unwrap_or_default();
    let optional = |key: &str| Some(v(key)).filter(|s| !s.is_empty());
    ClaimInput {
        debtor: DebtorInput {
            name: v("debtor_name"),
            registration_number: v("debtor_registration_number"),
            vat_number: optional("debtor_vat_number"),
            country: v("debtor_country"),
            address: AddressInput {
                lines: v("debtor_address").lines().map(str::to_string).collect(),
                postal_code: v("debtor_postal_code"),
                city: v("debtor_city"),
            },
            contact: ContactInput {
                name: v("contact_name"),
                email: v("contact_email"),
                phone: optional("contact_phone"),
            },
            language: optional("debtor_language"),
        },
        invoices: rows
            .iter()
            .map(|r| {
                let get = |key: &str| r.get(key).map(|s| s.trim().to_string()).unwrap_or_default();
                InvoiceInput {
                    number: get("invoice_number"),
                    issue_date: get("issue_date"),
                    due_date: get("due_date"),
                    amount: MoneyInput { amount: get("amount"), currency: get("currency") },
                }
            })
            .collect(),
        disputed: rows.iter().any(|r| is_yes(r.get("disputed").map(String::as_str).unwrap_or(""))),
        history: HistoryInput {
            reminders_sent: v("reminders_sent")
                .split([';', ',', ' '])
                .filter(|d| !d.trim().is_empty())
                .map(str::to_string)
                .collect(),
            debtor_response: optional("debtor_response"),
            notes: optional("notes"),
        },
        ..ClaimInput::default()
    }
}

fn is_yes(text: &str) -> bool {
    matches!(text.trim().to_ascii_lowercase().as_str(), "yes" | "true" | "1" | "y" | "x")
}

fn disputed_error(values: &BTreeMap<String, String>) -> Option<RowError> {
    let text = values.get("disputed").map(|s| s.trim().to_ascii_lowercase()).unwrap_or_default();
    if is_yes(&text) || matches!(text.as_str(), "" | "no" | "false" | "0" | "n") {
        return None;
    }
    Some(
        RowError::plain("disputed", "disputed", format!("\"{text}\" is not yes or no"))
            .with_key("imports-error-yes-no", &[("value", text.clone())]),
    )
}

/// Which claim a row belongs to: the debtor's registration number and country, compacted.
fn debtor_of(values: &BTreeMap<String, String>, row: usize) -> String {
    let compact = |key: &str| -> String {
        values
            .get(key)
            .map(|s| s.chars().filter(|c| !c.is_whitespace() && !matches!(c, '.' | '-' | '/')).collect::<String>())
            .unwrap_or_default()
            .to_uppercase()
    };
    let (number, country) = (compact("debtor_registration_number"), compact("debtor_country"));
    if number.is_empty() { format!("row:{row}") } else { format!("{country}:{number}") }
}

/// The idempotency key of a claim group: the creditor and the group's content, normalised
/// (values trimmed, columns in the template's order, e-invoices by their XML's hash).
fn group_key(creditor_id: &str, rows: &[(&BTreeMap<String, String>, Option<&str>)]) -> String {
    let mut text = format!("crossclaim-import-v1\n{creditor_id}\n");
    for (values, document) in rows {
        for column in csv::COLUMNS {
            let value = values.get(column.name).map(|s| s.trim()).unwrap_or("");
            text.push_str(column.name);
            text.push('=');
            text.push_str(value);
            text.push('\u{1f}');
        }
        text.push_str(document.unwrap_or(""));
        text.push('\n');
    }
    format!("import-{}", sha256_hex(text.as_bytes()))
}

/// What a group would be filed as: shown with its first row.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct GroupPreview {
    pub partner_id: String,
    pub partner_name: String,
    pub currency: String,
    pub principal_minor: i64,
    /// The quoted cost if the partner collects, and if it does not.
    pub cost_if_collected_minor: i64,
    pub cost_if_not_collected_minor: i64,
    /// The rows that make the claim.
    pub rows: Vec<i32>,
}

impl GroupPreview {
    fn money(&self, minor: i64) -> Option<Money> {
        Currency::parse(&self.currency).ok().map(|c| Money::from_minor(minor, c))
    }

    pub fn principal(&self) -> Option<Money> {
        self.money(self.principal_minor)
    }

    pub fn cost_if_collected(&self) -> Option<Money> {
        self.money(self.cost_if_collected_minor)
    }

    pub fn cost_if_not_collected(&self) -> Option<Money> {
        self.money(self.cost_if_not_collected_minor)
    }
}

/// A row as checked: its errors (none: it will be filed), its group and what the group
/// would be filed as.
struct Checked {
    errors: Vec<RowError>,
    key: String,
    preview: Option<GroupPreview>,
    already_filed: Option<String>,
}

/// Checks every row with intake's rules, groups the rows of one debtor and prices each group
/// as it would be filed; nothing is stored.
async fn check_rows(
    state: &AppState,
    creditor_id: &str,
    rows: &[SourceRow],
    documents: &[Option<String>],
) -> Result<Vec<Checked>, ImportError> {
    let today = state.today();
    let mut checked: Vec<Checked> = rows
        .iter()
        .map(|row| {
            let input = claim_input(&[&row.values]);
            let mut errors = match NewClaim::parse(&input, today) {
                Ok(_) => vec![],
                Err(errors) => RowError::of_fields(&errors).into_iter().map(|(_, e)| e).collect(),
            };
            errors.extend(disputed_error(&row.values));
            Checked { errors, key: String::new(), preview: None, already_filed: None }
        })
        .collect();
    // the rows of each debtor, in file order
    let mut order: Vec<String> = Vec::new();
    let mut groups: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, row) in rows.iter().enumerate() {
        let debtor = debtor_of(&row.values, row.row);
        groups.entry(debtor.clone()).or_insert_with(|| {
            order.push(debtor);
            Vec::new()
        });
        if let Some(group) = groups.get_mut(&debtor_of(&row.values, row.row)) {
            group.push(i);
        }
    }
    for debtor in &order {
        let mut members: Vec<usize> =
            groups[debtor].iter().copied().filter(|&i| checked[i].errors.is_empty()).collect();
        let Some(&lead) = members.first() else { continue };
        // one claim is in one currency, and names each invoice once
        let currency = rows[lead].values.get("currency").map(|c| c.trim().to_uppercase()).unwrap_or_default();
        let mut numbers: Vec<String> = Vec::new();
        for &i in &members {
            let values = &rows[i].values;
            if values.get("currency").map(|c| c.trim().to_uppercase()).unwrap_or_default() != currency {
                let first = rows[lead].row.to_string();
                checked[i].errors.push(
                    RowError::plain(
                        "currency",
                        "invoices.amount.currency",
                        format!("row {first} of the same debtor is in {currency}: one claim has one currency"),
                    )
                    .with_key("imports-error-currency-differs", &[("row", first), ("currency", currency.clone())]),
                );
                continue;
            }
            let number = values.get("invoice_number").map(|n| n.trim().to_string()).unwrap_or_default();
            if numbers.contains(&number) {
                checked[i].errors.push(
                    RowError::plain("invoice_number", "invoices.number", format!("invoice {number} appears twice"))
                        .with_key("imports-error-invoice-twice", &[("number", number.clone())]),
                );
                continue;
            }
            numbers.push(number);
        }
        members.retain(|&i| checked[i].errors.is_empty());
        if members.is_empty() {
            continue;
        }
        let values: Vec<&BTreeMap<String, String>> = members.iter().map(|&i| &rows[i].values).collect();
        let input = claim_input(&values);
        match intake::check_claim(state, creditor_id, &input).await {
            Ok(claim) => {
                let keyed: Vec<(&BTreeMap<String, String>, Option<&str>)> =
                    members.iter().map(|&i| (&rows[i].values, documents[i].as_deref())).collect();
                let key = group_key(creditor_id, &keyed);
                let preview = GroupPreview {
                    partner_id: claim.partner_id.clone(),
                    partner_name: claim.partner_name.clone(),
                    currency: claim.quote.principal.currency().code().to_string(),
                    principal_minor: claim.quote.principal.minor(),
                    cost_if_collected_minor: claim.quote.cost.if_collected.minor(),
                    cost_if_not_collected_minor: claim.quote.cost.if_not_collected.minor(),
                    rows: members.iter().map(|&i| rows[i].row as i32).collect(),
                };
                for (n, &i) in members.iter().enumerate() {
                    checked[i].key = key.clone();
                    checked[i].preview = (n == 0).then(|| preview.clone());
                }
            }
            Err(IntakeError::Invalid(errors)) => {
                for (index, error) in RowError::of_fields(&errors) {
                    let i = members[index.filter(|&n| n < members.len()).unwrap_or(0)];
                    checked[i].errors.push(error);
                }
                // the group's other rows cannot be filed without it
                for &i in &members {
                    if checked[i].errors.is_empty() {
                        let lead_row = rows[members[0]].row.to_string();
                        checked[i].errors.push(
                            RowError::plain("", "", format!("the claim of this debtor (row {lead_row}) has errors"))
                                .with_key("imports-error-group", &[("row", lead_row)]),
                        );
                    }
                }
            }
            Err(IntakeError::NoCoverage(e)) => {
                for &i in &members {
                    checked[i].errors.push(RowError::plain("debtor_country", "debtor.country", e.to_string()));
                }
            }
            Err(IntakeError::Db(e)) => return Err(e.into()),
            Err(other) => return Err(ImportError::Internal(anyhow::anyhow!("checking an import row: {other}"))),
        }
    }
    // groups filed before under the same key: a re-upload shows their claims
    let keys: Vec<String> = {
        let mut keys: Vec<String> = checked.iter().filter(|c| !c.key.is_empty()).map(|c| c.key.clone()).collect();
        keys.sort();
        keys.dedup();
        keys
    };
    let creditor = creditor_id.to_string();
    let filed = state.db.run(move |c| store::filed_under(c, &creditor, &keys)).await?;
    let filed: HashMap<String, String> = filed.into_iter().collect();
    for row in &mut checked {
        row.already_filed = filed.get(&row.key).cloned();
    }
    Ok(checked)
}

/// The stored rows of an upload, as checked.
fn records(import_id: &str, rows: &[SourceRow], checked: Vec<Checked>, documents: &[Option<String>]) -> Vec<RowRecord> {
    rows.iter()
        .zip(checked)
        .zip(documents)
        .map(|((row, c), sha)| {
            let valid = c.errors.is_empty();
            RowRecord {
                import_id: import_id.to_string(),
                row_number: row.row as i32,
                group_key: if valid { c.key } else { String::new() },
                values_json: serde_json::to_string(&row.values).unwrap_or_else(|_| "{}".into()),
                errors_json: serde_json::to_string(&c.errors).unwrap_or_else(|_| "[]".into()),
                state: if valid { row_state::PENDING } else { row_state::INVALID }.to_string(),
                claim_id: c.already_filed.clone(),
                already_filed: c.already_filed.is_some(),
                preview_json: c.preview.map(|p| serde_json::to_string(&p).unwrap_or_default()),
                document_name: row.document.as_ref().map(|d| d.name.clone()),
                document_sha256: sha.clone(),
            }
        })
        .collect()
}

/// Where an import goes once it is stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Then {
    /// A preview: filed when the creditor says so ([`start`]).
    Preview,
    /// Filed at once (the API).
    File,
    /// Checked and priced only (the API's `dry_run`).
    DryRun,
}

/// Reads, checks and stores an upload of `creditor_id` as an import; files it at once when
/// told to. `actor` is the portal user who uploaded it.
pub async fn upload(
    state: &AppState,
    creditor_id: &str,
    actor: Option<&str>,
    file_name: &str,
    kind: Kind,
    rows: Vec<SourceRow>,
    then: Then,
) -> Result<ImportRecord, ImportError> {
    if rows.len() > MAX_ROWS {
        return Err(UploadError::TooManyRows.into());
    }
    // e-invoices are kept as they came, by their hash, whatever becomes of the rows
    let mut documents = Vec::with_capacity(rows.len());
    for row in &rows {
        documents.push(match &row.document {
            Some(doc) if then != Then::DryRun => Some(keep(state, doc.bytes.clone()).await?),
            Some(doc) => Some(sha256_hex(&doc.bytes)),
            None => None,
        });
    }
    let checked = check_rows(state, creditor_id, &rows, &documents).await?;
    let id = new_id("imp_");
    let records = records(&id, &rows, checked, &documents);
    let now = state.now();
    let import = ImportRecord {
        id: id.clone(),
        creditor_id: creditor_id.to_string(),
        kind: kind.as_str().to_string(),
        file_name: file_name.chars().take(200).collect(),
        status: match then {
            Then::Preview => status::PREVIEW,
            Then::File => status::RUNNING,
            Then::DryRun => status::DONE,
        }
        .to_string(),
        dry_run: then == Then::DryRun,
        total: records.len() as i32,
        filed: 0,
        failed: records.iter().filter(|r| r.state == row_state::INVALID).count() as i32,
        created_by: actor.map(str::to_string),
        lease_until: None,
        created_at: now,
        updated_at: now,
    };
    let stored = import.clone();
    state.db.run(move |c| store::create(c, &stored, &records)).await?;
    if then == Then::File {
        runner::spawn(state.clone(), id);
    }
    Ok(import)
}

/// Keeps an e-invoice's bytes in the document store; its SHA-256.
async fn keep(state: &AppState, bytes: Vec<u8>) -> Result<String, ImportError> {
    let documents = state.documents.clone();
    let blob = tokio::task::spawn_blocking(move || documents.put(&bytes))
        .await
        .map_err(|e| ImportError::Internal(e.into()))?
        .map_err(|e| ImportError::Internal(anyhow::anyhow!("the e-invoice could not be stored: {e}")))?;
    Ok(blob.sha256)
}

/// Files an import in preview, in the background.
pub async fn start(state: &AppState, creditor_id: &str, id: &str) -> Result<(), ImportError> {
    let (creditor, lookup) = (creditor_id.to_string(), id.to_string());
    let now = state.now();
    let started = state
        .db
        .run(move |c| {
            if store::get(c, &creditor, &lookup)?.is_none() {
                return Ok(None);
            }
            Ok(Some(store::start(c, &creditor, &lookup, now)?))
        })
        .await?;
    match started {
        None => Err(ImportError::NotFound),
        Some(false) => Err(ImportError::Conflict("this import is being filed or was filed already".into())),
        Some(true) => {
            runner::spawn(state.clone(), id.to_string());
            Ok(())
        }
    }
}

/// Values given on the preview for what rows lacked: `(row, column, value)`. The rows are
/// checked again, all of them (a group may change), before anything is filed.
pub async fn fill_in(
    state: &AppState,
    creditor_id: &str,
    id: &str,
    given: &[(i32, String, String)],
) -> Result<(), ImportError> {
    let (import, stored) = load(state, creditor_id, id).await?.ok_or(ImportError::NotFound)?;
    if import.status != status::PREVIEW {
        return Err(ImportError::Conflict("this import is being filed or was filed already".into()));
    }
    let mut rows: Vec<SourceRow> = stored
        .iter()
        .map(|r| SourceRow {
            row: r.row_number as usize,
            values: serde_json::from_str(&r.values_json).unwrap_or_default(),
            document: None,
        })
        .collect();
    for (row, column, value) in given {
        let known = csv::COLUMNS.iter().any(|c| c.name == column);
        if let Some(target) = rows.iter_mut().find(|r| r.row as i32 == *row).filter(|_| known) {
            let value = value.trim();
            if !value.is_empty() {
                target.values.insert(column.clone(), value.to_string());
            }
        }
    }
    let documents: Vec<Option<String>> = stored.iter().map(|r| r.document_sha256.clone()).collect();
    let checked = check_rows(state, creditor_id, &rows, &documents).await?;
    let mut records = records(id, &rows, checked, &documents);
    for (record, old) in records.iter_mut().zip(&stored) {
        record.document_name = old.document_name.clone();
    }
    let (lookup, now) = (id.to_string(), state.now());
    let replaced = state.db.run(move |c| store::replace_rows(c, &lookup, &records, now)).await?;
    if !replaced {
        return Err(ImportError::Conflict("this import is being filed or was filed already".into()));
    }
    Ok(())
}

/// An import of `creditor_id` with its rows; `None` when there is none or it is someone else's.
pub async fn load(
    state: &AppState,
    creditor_id: &str,
    id: &str,
) -> Result<Option<(ImportRecord, Vec<RowRecord>)>, ImportError> {
    let (creditor, lookup) = (creditor_id.to_string(), id.to_string());
    Ok(state
        .db
        .run(move |c| {
            let Some(import) = store::get(c, &creditor, &lookup)? else { return Ok(None) };
            let rows = store::rows(c, &lookup)?;
            Ok(Some((import, rows)))
        })
        .await?)
}

/// An import's progress (no rows): for the page's progress bar.
pub async fn progress(state: &AppState, creditor_id: &str, id: &str) -> Result<ImportRecord, ImportError> {
    let (creditor, lookup) = (creditor_id.to_string(), id.to_string());
    state.db.run(move |c| store::get(c, &creditor, &lookup)).await?.ok_or(ImportError::NotFound)
}

/// A row's errors, as stored.
pub fn errors_of(row: &RowRecord) -> Vec<RowError> {
    serde_json::from_str(&row.errors_json).unwrap_or_default()
}

/// A group's preview, on its first row.
pub fn preview_of(row: &RowRecord) -> Option<GroupPreview> {
    row.preview_json.as_deref().and_then(|p| serde_json::from_str(p).ok())
}
