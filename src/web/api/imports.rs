//! `/api/v1/imports`: bulk intake over the API (a CSV of the template, UBL e-invoices, or a zip
//! of them), filed in the background, with its progress and per-row outcome.

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use serde::{Deserialize, Serialize};

use super::openapi::tags;
use super::{ApiCreditor, read_body_draining};
use crate::db::imports::{ImportRecord, RowRecord};
use crate::domain::money::Money;
use crate::imports::{self, ImportError, Kind, Then, UploadError};
use crate::state::AppState;
use crate::web::error::{ApiError, ErrorBody};

/// The most an upload may weigh: 10,000 rows of the template fit several times over.
pub const UPLOAD_LIMIT: usize = 20 * 1024 * 1024;

impl From<ImportError> for ApiError {
    fn from(e: ImportError) -> Self {
        match e {
            ImportError::Upload(e) => Self::Unprocessable { message: e.to_string(), field: Some("file".into()) },
            ImportError::NotFound => Self::NotFound,
            ImportError::Conflict(message) => Self::Conflict(message),
            ImportError::Db(e) => e.into(),
            ImportError::Internal(e) => Self::Internal(e),
        }
    }
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct UploadQuery {
    /// `true`: check and price every row, file nothing.
    dry_run: Option<String>,
    /// The file's name, for the import's page (the body carries none).
    file_name: Option<String>,
}

/// An import just taken.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Accepted {
    pub id: String,
    /// `running` (filing in the background) or, for a dry run, `done`.
    pub status: String,
}

/// An import: its progress and every row's outcome.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ImportJson {
    pub id: String,
    /// `preview` (uploaded on the portal, waiting for the creditor), `running` or `done`.
    pub status: String,
    pub dry_run: bool,
    /// `csv` or `ubl`.
    pub kind: String,
    pub file_name: String,
    /// Rows in the file (an e-invoice is a row).
    pub total: i32,
    pub filed: i32,
    /// Rows with errors, and rows intake refused when filing.
    pub failed: i32,
    pub rows: Vec<ImportRowJson>,
}

/// One row of an import.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ImportRowJson {
    /// Its number in the file: 1 is the first row under the header.
    pub row: i32,
    /// The claim it was filed in (rows of one debtor make one claim).
    pub claim_id: Option<String>,
    /// `invalid`, `pending`, `filed` or `failed`.
    pub state: String,
    pub errors: Vec<RowErrorJson>,
    /// True when an earlier upload had filed it: it was not filed again.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub already_filed: bool,
    /// What the row's claim is (or would be) filed as, on the first row of the claim.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claim: Option<RowClaim>,
    /// The e-invoice's file, for a row read from one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub file_name: Option<String>,
}

/// What is wrong with a row.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct RowErrorJson {
    /// The template's column.
    pub column: String,
    /// The claim's field, as `POST /api/v1/claims` names it.
    pub field: String,
    /// In English.
    pub message: String,
}

/// A claim of the import: its rows, partner and quoted cost.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct RowClaim {
    pub rows: Vec<i32>,
    pub partner_id: String,
    pub partner_name: String,
    pub principal: Option<Money>,
    pub cost_if_collected: Option<Money>,
    pub cost_if_not_collected: Option<Money>,
}

impl ImportJson {
    pub fn of(import: &ImportRecord, rows: &[RowRecord]) -> Self {
        Self {
            id: import.id.clone(),
            status: import.status.clone(),
            dry_run: import.dry_run,
            kind: import.kind.clone(),
            file_name: import.file_name.clone(),
            total: import.total,
            filed: import.filed,
            failed: import.failed,
            rows: rows
                .iter()
                .map(|r| ImportRowJson {
                    row: r.row_number,
                    claim_id: r.claim_id.clone(),
                    state: r.state.clone(),
                    errors: imports::errors_of(r)
                        .into_iter()
                        .map(|e| RowErrorJson { column: e.column, field: e.field, message: e.message })
                        .collect(),
                    already_filed: r.already_filed,
                    claim: imports::preview_of(r).map(|p| RowClaim {
                        principal: p.principal(),
                        cost_if_collected: p.cost_if_collected(),
                        cost_if_not_collected: p.cost_if_not_collected(),
                        rows: p.rows,
                        partner_id: p.partner_id,
                        partner_name: p.partner_name,
                    }),
                    file_name: r.document_name.clone(),
                })
                .collect(),
        }
    }
}

/// Reads an upload's rows by its media type: CSV, or UBL e-invoices (XML or a zip).
pub fn rows_of(kind: Kind, file_name: &str, bytes: &[u8]) -> Result<Vec<imports::SourceRow>, UploadError> {
    match kind {
        Kind::Csv => imports::csv::parse(bytes),
        Kind::Ubl => imports::ubl::parse(&[(file_name.to_string(), bytes.to_vec())]),
    }
}

/// Import claims in bulk
///
/// The body is a CSV of the portal's template (`text/csv`; one row per invoice, rows with the
/// same debtor registration number and country make one claim), or UBL 2.1 / Peppol BIS
/// Billing 3.0 invoices (`application/xml`, or several in `application/zip`; each invoice's
/// XML is kept as its claim's document). Every row is checked as `POST /api/v1/claims`
/// checks a claim, then the valid ones are filed in the background; read the progress with
/// `GET /api/v1/imports/{id}`. Each row files at most once, however often the same rows
/// are uploaded. At most 10,000 rows and 20 MiB.
#[utoipa::path(
    tag = tags::IMPORTS, security(("api_key" = [])),
    params(UploadQuery),
    request_body(description = "The CSV, the XML invoice, or a zip of XML invoices", content(
        (String = "text/csv"),
        (String = "application/xml"),
        (Vec<u8> = "application/zip"),
    )),
    responses(
        (status = 202, description = "Taken; `Location` names the import", body = Accepted),
        (status = 400, description = "A parameter is malformed; `field` names it", body = ErrorBody),
        (status = 401, description = "No valid API key", body = ErrorBody),
        (status = 413, description = "The body is larger than 20 MiB", body = ErrorBody),
        (status = 415, description = "Not CSV, XML or zip", body = ErrorBody),
        (status = 422, description = "The file cannot be read (too many rows, an unknown column, not an invoice ...): `field` is `file` and `error` says why", body = ErrorBody),
    )
)]
#[post("/imports")]
pub async fn create(
    state: web::Data<AppState>,
    creditor: ApiCreditor,
    req: HttpRequest,
    query: web::Query<UploadQuery>,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let media = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(|v| v.split(';').next().unwrap_or("").trim().to_ascii_lowercase())
        .unwrap_or_default();
    let (kind, default_name) = match media.as_str() {
        "text/csv" => (Kind::Csv, "upload.csv"),
        "application/xml" | "text/xml" => (Kind::Ubl, "invoice.xml"),
        "application/zip" | "application/x-zip-compressed" => (Kind::Ubl, "invoices.zip"),
        _ => {
            super::discard(payload).await;
            return Err(ApiError::UnsupportedMediaType("text/csv, application/xml or application/zip"));
        }
    };
    let dry_run = match query.dry_run.as_deref().map(str::trim) {
        None | Some("") | Some("false") => false,
        Some("true") => true,
        Some(_) => {
            super::discard(payload).await;
            return Err(ApiError::bad_request("dry_run", "true or false"));
        }
    };
    let body = read_body_draining(&req, payload, UPLOAD_LIMIT, UPLOAD_LIMIT + 1024 * 1024).await?;
    let name = query.file_name.as_deref().map(str::trim).filter(|n| !n.is_empty()).unwrap_or(default_name).to_string();
    let rows = rows_of(kind, &name, &body).map_err(ImportError::from)?;
    let then = if dry_run { Then::DryRun } else { Then::File };
    let import = imports::upload(&state, &creditor.id, None, &name, kind, rows, then).await?;
    Ok(HttpResponse::Accepted()
        .insert_header((header::LOCATION, format!("/api/v1/imports/{}", import.id)))
        .json(Accepted { id: import.id, status: import.status }))
}

/// Read an import
///
/// Its progress and every row's outcome: the claim it was filed in, or what is wrong with it
/// (column and message).
#[utoipa::path(
    tag = tags::IMPORTS, security(("api_key" = [])),
    responses(
        (status = 200, description = "The import", body = ImportJson),
        (status = 401, description = "No valid API key", body = ErrorBody),
        (status = 404, description = "No such import of the caller's", body = ErrorBody),
    )
)]
#[get("/imports/{id}")]
pub async fn show(
    state: web::Data<AppState>,
    creditor: ApiCreditor,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let (import, rows) = imports::load(&state, &creditor.id, &id).await?.ok_or(ApiError::NotFound)?;
    Ok(HttpResponse::Ok().json(ImportJson::of(&import, &rows)))
}
