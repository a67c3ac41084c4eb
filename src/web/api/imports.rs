//! `/api/v1/imports`: bulk intake over the API (a CSV of the template, UBL e-invoices, or a zip
//! of them), filed in the background, with its progress and per-row outcome.

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use serde::Deserialize;
use serde_json::json;

use super::{ApiCreditor, read_body_draining};
use crate::imports::{self, ImportError, Kind, Then, UploadError};
use crate::state::AppState;
use crate::web::error::ApiError;

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

#[derive(Debug, Deserialize)]
pub struct UploadQuery {
    dry_run: Option<String>,
    /// The file's name, for the import's page (the body carries none).
    file_name: Option<String>,
}

/// Reads an upload's rows by its media type: CSV, or UBL e-invoices (XML or a zip).
pub fn rows_of(kind: Kind, file_name: &str, bytes: &[u8]) -> Result<Vec<imports::SourceRow>, UploadError> {
    match kind {
        Kind::Csv => imports::csv::parse(bytes),
        Kind::Ubl => imports::ubl::parse(&[(file_name.to_string(), bytes.to_vec())]),
    }
}

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
        .json(json!({ "id": import.id, "status": import.status })))
}

#[get("/imports/{id}")]
pub async fn show(
    state: web::Data<AppState>,
    creditor: ApiCreditor,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let (import, rows) = imports::load(&state, &creditor.id, &id).await?.ok_or(ApiError::NotFound)?;
    Ok(HttpResponse::Ok().json(imports::json(&import, &rows)))
}
