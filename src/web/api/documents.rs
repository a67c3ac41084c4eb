//! Documents over the API: the creditor's (`/api/v1/claims/{id}/documents`, with the API
//! key) and the partner's (`/api/v1/partners/{partner_id}/cases/{case_id}/documents`, signed
//! like events). The bytes are always served as an attachment, never for a browser to render.

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use serde_json::json;

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
pub fn document_json(row: &DocumentRow) -> serde_json::Value {
    json!({
        "id": row.id,
        "name": row.name,
        "media_type": row.media_type,
        "size": row.size,
        "sha256": row.sha256,
        "added_by": if row.added_by == "creditor" { "creditor" } else { "partner" },
        "added_at": crate::web::views::rfc3339(row.added_at),
    })
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
    let answer = json!({"id": row.id, "sha256": row.sha256, "size": row.size});
    Ok(match stored {
        Stored::New(_) => HttpResponse::Created().json(answer),
        Stored::Duplicate => HttpResponse::Ok().json(answer),
    })
}

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
