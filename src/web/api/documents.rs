//! Documents over the API: the creditor's (`/api/v1/claims/{id}/documents`, with the API
//! key) and the partner's (`/api/v1/partners/{partner_id}/cases/{case_id}/documents`, signed
//! like events). The bytes are always served as an attachment, never for a browser to render.

use super::openapi::tags;
use crate::web::error::ErrorBody;
use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, get, post, web};

use super::events::verified;
use super::{ApiCreditor, discard, read_body_draining};
use crate::cases::Stored;
use crate::cases::documents::{self, Reader};
use crate::db::claims;
use crate::db::documents::DocumentRow;
use crate::domain::document::MAX_DOCUMENT_BYTES;
use crate::state::AppState;
use crate::web::error::ApiError;

/// Of an upload over [`MAX_DOCUMENT_BYTES`], up to this much is read and dropped before the
/// refusal, so that a client sending a file somewhat too large gets the answer naming it
/// rather than a broken connection; a larger one is refused unread.
pub const UPLOAD_DRAIN_LIMIT: usize = 2 * MAX_DOCUMENT_BYTES;

/// The refusal of an upload over the limit, naming the file.
fn too_large(name: &str) -> ApiError {
    ApiError::Unprocessable {
        message: format!("\"{name}\" is larger than 20 MiB; send each document of at most 20 MiB"),
        field: Some("file".into()),
    }
}

/// The name and media type an upload declares in its headers.
fn declared(req: &HttpRequest) -> Result<(String, Option<String>), ApiError> {
    let name = req
        .headers()
        .get("x-document-name")
        .map(|v| String::from_utf8_lossy(v.as_bytes()).trim().to_string())
        .filter(|n| !n.is_empty())
        .ok_or_else(|| ApiError::bad_request("x-document-name", "name the file in the x-document-name header"))?;
    // a percent-encoded name (for names beyond ASCII) is decoded
    let name = percent_decode(&name);
    let media_type =
        req.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).map(|v| v.trim().to_string());
    Ok((name, media_type))
}

fn percent_decode(text: &str) -> String {
    if !text.contains('%') {
        return text.to_string();
    }
    url::form_urlencoded::parse(format!("n={}", text.replace('+', "%2B")).as_bytes())
        .next()
        .map(|(_, v)| v.into_owned())
        .unwrap_or_else(|| text.to_string())
}

/// A document as the creditor API shows it.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct ApiDocument {
    pub id: String,
    pub name: String,
    pub media_type: String,
    /// Bytes.
    pub size: i64,
    /// Hex SHA-256 of the bytes.
    pub sha256: String,
    /// `creditor` or `partner`.
    pub added_by: &'static str,
    /// RFC 3339, UTC.
    pub added_at: String,
}

/// A document as the creditor API shows it.
pub fn document_json(row: &DocumentRow) -> ApiDocument {
    ApiDocument {
        id: row.id.clone(),
        name: row.name.clone(),
        media_type: row.media_type.clone(),
        size: row.size,
        sha256: row.sha256.clone(),
        added_by: if row.added_by == "creditor" { "creditor" } else { "partner" },
        added_at: crate::web::views::rfc3339(row.added_at),
    }
}

/// What the platform stored of a partner's document.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct StoredDocument {
    pub id: String,
    /// Hex SHA-256 of the bytes.
    pub sha256: String,
    /// Bytes.
    pub size: i64,
}

/// The bytes as a download: `Content-Disposition: attachment`, `nosniff`, no caching.
pub fn attachment(row: &DocumentRow, bytes: Vec<u8>) -> HttpResponse {
    let ascii: String =
        row.name.chars().map(|c| if c.is_ascii_alphanumeric() || "._- ".contains(c) { c } else { '_' }).collect();
    let encoded: String =
        url::form_urlencoded::byte_serialize(row.name.as_bytes()).collect::<String>().replace('+', "%20");
    HttpResponse::Ok()
        .content_type(row.media_type.as_str())
        .insert_header((
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}"),
        ))
        .insert_header(("X-Content-Type-Options", "nosniff"))
        .insert_header((header::CACHE_CONTROL, "private, no-store"))
        .insert_header(("Content-Security-Policy", "default-src 'none'; sandbox"))
        .body(bytes)
}

#[utoipa::path(
    tag = tags::CASE, security(("api_key" = [])),
    summary = "Add a document to a case",
    description = "The file as the raw body, `content-type` its media type, `x-document-name` its name (percent-encoded beyond ASCII). PDF, PNG, JPEG, plain text, CSV, XML, DOCX/XLSX; at most 20 MiB. It reaches the partner through the durable delivery.",
    params(("x-document-name" = String, Header, description = "The file's name")),
    request_body(content = Vec<u8>, description = "The file's bytes", content_type = "application/octet-stream"),
    responses(
        (status = 201, description = "Stored", body = ApiDocument),
        (status = 400, description = "The body or a parameter is malformed; `field` names it", body = ErrorBody),
        (status = 401, description = "No valid API key", body = ErrorBody),
        (status = 404, description = "No such claim of the caller's", body = ErrorBody),
        (status = 409, description = "The case is not in a state that allows this", body = ErrorBody),
        (status = 415, description = "The content is not one of the accepted kinds, or not the declared one", body = ErrorBody),
        (status = 422, description = "The name or the file is refused (e.g. larger than 20 MiB)", body = ErrorBody),
    )
)]
#[post("/claims/{id}/documents")]
pub async fn creditor_upload(
    state: web::Data<AppState>,
    creditor: ApiCreditor,
    id: web::Path<String>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let (name, media_type) = match declared(&req) {
        Ok(d) => d,
        Err(e) => {
            discard(payload).await;
            return Err(e);
        }
    };
    let body =
        read_body_draining(&req, payload, MAX_DOCUMENT_BYTES, UPLOAD_DRAIN_LIMIT).await.map_err(|e| match e {
            ApiError::TooLarge(_) => too_large(&name),
            other => other,
        })?;
    let row =
        documents::add_from_creditor(&state, &creditor.id, &id, &name, media_type.as_deref(), body.to_vec(), None)
            .await?;
    Ok(HttpResponse::Created().json(document_json(&row)))
}

#[utoipa::path(
    tag = tags::CASE, security(("api_key" = [])),
    summary = "Download a document of a case",
    description = "The bytes, always as an attachment.",
    responses(
        (status = 200, description = "The file, with its media type", body = Vec<u8>, content_type = "application/octet-stream"),
        (status = 401, description = "No valid API key", body = ErrorBody),
        (status = 404, description = "No such claim of the caller's", body = ErrorBody),
    )
)]
#[get("/claims/{id}/documents/{document_id}")]
pub async fn creditor_download(
    state: web::Data<AppState>,
    creditor: ApiCreditor,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ApiError> {
    let (claim_id, document_id) = path.into_inner();
    let (row, bytes) = documents::read(&state, &claim_id, &document_id, Reader::Creditor(&creditor.id)).await?;
    Ok(attachment(&row, bytes))
}

#[utoipa::path(
    tag = tags::PARTNER, security(("standard_webhooks" = [])),
    summary = "Add a document to a case (partner)",
    description = "A signed agreement, a court decision, a letter sent. The raw body (at most 20 MiB), `content-type` its media type, `x-document-name` its file name; signed like an event over the raw body. The same `webhook-id` again stores nothing new (`200`).",
    params(("x-document-name" = String, Header, description = "The file's name")),
    request_body(content = Vec<u8>, description = "The file's bytes", content_type = "application/octet-stream"),
    responses(
        (status = 201, description = "Stored", body = StoredDocument),
        (status = 200, description = "This webhook-id was stored before", body = StoredDocument),
        (status = 400, description = "A header is missing or malformed", body = ErrorBody),
        (status = 401, description = "Missing or wrong signature, or a stale timestamp", body = ErrorBody),
        (status = 404, description = "No such partner, or the case is not this partner's", body = ErrorBody),
        (status = 409, description = "The case does not take documents now", body = ErrorBody),
        (status = 415, description = "The content is not one of the accepted kinds", body = ErrorBody),
        (status = 422, description = "The name or the file is refused (e.g. larger than 20 MiB)", body = ErrorBody),
    )
)]
#[post("/partners/{partner_id}/cases/{case_id}/documents")]
pub async fn partner_upload(
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let (partner_id, case_id) = path.into_inner();
    let (body, webhook_id) = verified(&state, &partner_id, &req, payload, MAX_DOCUMENT_BYTES, UPLOAD_DRAIN_LIMIT)
        .await
        .map_err(|e| match (e, declared(&req)) {
            (ApiError::TooLarge(_), Ok((name, _))) => too_large(&name),
            (e, _) => e,
        })?;
    let lookup = case_id.clone();
    let brief = state.db.run(move |c| claims::brief(c, &lookup)).await?;
    let brief =
        brief.filter(|b| b.partner_id == partner_id && b.partner_reference.is_some()).ok_or(ApiError::NotFound)?;
    let (name, media_type) = declared(&req)?;
    let (stored, row) =
        documents::add_from_partner(&state, &brief, &webhook_id, &name, media_type.as_deref(), body.to_vec()).await?;
    let answer = StoredDocument { id: row.id, sha256: row.sha256, size: row.size };
    Ok(match stored {
        Stored::New(_) => HttpResponse::Created().json(answer),
        Stored::Duplicate => HttpResponse::Ok().json(answer),
    })
}

#[utoipa::path(
    tag = tags::PARTNER, security(("standard_webhooks" = [])),
    summary = "Download a document of a case (partner)",
    description = "Signed over an empty body. Only the case's current partner may; anything else is `404`.",
    responses(
        (status = 200, description = "The file, with its media type", body = Vec<u8>, content_type = "application/octet-stream"),
        (status = 401, description = "Missing or wrong signature, or a stale timestamp", body = ErrorBody),
        (status = 404, description = "Not this partner's case or document", body = ErrorBody),
    )
)]
#[get("/partners/{partner_id}/cases/{case_id}/documents/{document_id}")]
pub async fn partner_download(
    state: web::Data<AppState>,
    path: web::Path<(String, String, String)>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let (partner_id, case_id, document_id) = path.into_inner();
    verified(&state, &partner_id, &req, payload, 0, super::DRAIN_LIMIT).await?;
    let (row, bytes) = documents::read(&state, &case_id, &document_id, Reader::Partner(&partner_id)).await?;
    Ok(attachment(&row, bytes))
}
