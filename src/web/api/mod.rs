//! The JSON API: `../shared/creditor-api.md` is its contract.

pub mod claims;
pub mod clock;
pub mod documents;
pub mod events;
pub mod imports;
pub mod openapi;
pub mod partners;
pub mod quote_json;
pub mod quotes;
pub mod reminders;
pub mod webhooks;

use actix_web::dev::Payload;
use actix_web::http::header;
use actix_web::web::{self, Bytes, BytesMut};
use actix_web::{FromRequest, HttpRequest};
use futures_util::StreamExt;
use futures_util::future::LocalBoxFuture;
use serde::de::DeserializeOwned;

use super::error::ApiError;
use crate::credentials::hash_api_key;
use crate::db::creditors;
use crate::state::AppState;

/// Every route under `/api/v1`, in one registration: it serves them (mounted by
/// [`crate::web::routes`] through `utoipa_actix_web::scope`) and the OpenAPI documents are
/// collected from it ([`openapi::collected`]). See [`openapi`] for how to document a route.
pub fn routes(cfg: &mut utoipa_actix_web::service_config::ServiceConfig) {
    cfg.service(partners::list)
        .service(quotes::create)
        .service(events::receive)
        .service(super::streams::api_all)
        .service(super::streams::api_claim)
        .service(claims::create)
        .service(imports::create)
        .service(imports::show)
        .service(claims::list)
        .service(claims::show)
        .service(claims::withdraw)
        .service(reminders::hand_over)
        .service(reminders::pause)
        .service(reminders::resume)
        .service(reminders::stop)
        .service(reminders::mark_paid)
        .service(reminders::call)
        .service(reminders::decide)
        .service(reminders::flows)
        .service(reminders::create_flow)
        .service(claims::accept_proposal)
        .service(claims::choose_proposal)
        .service(claims::post_message)
        .service(claims::direct_payment)
        .service(claims::statement)
        .service(documents::creditor_upload)
        .service(documents::creditor_download)
        .service(documents::partner_upload)
        .service(documents::partner_download)
        .service(clock::show)
        .service(webhooks::create)
        .service(webhooks::list)
        .service(webhooks::show)
        .service(webhooks::remove)
        .service(webhooks::rotate)
        .service(webhooks::deliveries)
        .service(webhooks::replay)
        .service(webhooks::test)
        .service(openapi::creditor_document)
        .service(openapi::partner_document);
}

/// The most a JSON request body may weigh.
pub const JSON_LIMIT: usize = 256 * 1024;

/// A creditor authenticated by `Authorization: Bearer <api key>`.
pub struct ApiCreditor {
    pub id: String,
    /// The SHA-256 of the key it came with.
    pub key_hash: String,
}

impl FromRequest for ApiCreditor {
    type Error = ApiError;
    type Future = LocalBoxFuture<'static, Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let state = req.app_data::<web::Data<AppState>>().cloned();
        let key = req
            .headers()
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
            .map(|k| k.trim().to_string())
            .filter(|k| !k.is_empty() && k.len() <= 200);
        Box::pin(async move {
            let (Some(state), Some(key)) = (state, key) else { return Err(ApiError::Unauthorized) };
            let hash = hash_api_key(&key);
            let lookup = hash.clone();
            let creditor = state.db.run(move |conn| creditors::creditor_for_key(conn, &lookup)).await?;
            creditor.map(|id| ApiCreditor { id, key_hash: hash }).ok_or(ApiError::Unauthorized)
        })
    }
}

/// Reads a request body of at most `limit` bytes; larger ones are refused with 413 before
/// they are read when they say their length, and as soon as they pass it when they do not.
pub async fn read_body(req: &HttpRequest, payload: web::Payload, limit: usize) -> Result<Bytes, ApiError> {
    read_body_draining(req, payload, limit, DRAIN_LIMIT).await
}

/// [`read_body`], reading and dropping up to `drain_limit` bytes of a refused body (instead of
/// [`DRAIN_LIMIT`]) so that the client, still sending, gets the answer: for uploads, whose
/// refusals must reach a client that sends a file somewhat over the limit.
pub async fn read_body_draining(
    req: &HttpRequest,
    mut payload: web::Payload,
    limit: usize,
    drain_limit: usize,
) -> Result<Bytes, ApiError> {
    let declared =
        req.headers().get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()).and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|len| len > limit) {
        if declared.is_some_and(|len| len <= drain_limit) {
            drain(payload, 0, drain_limit).await;
        }
        return Err(ApiError::TooLarge(limit));
    }
    let mut body = BytesMut::new();
    while let Some(chunk) = payload.next().await {
        let chunk =
            chunk.map_err(|e| ApiError::BadRequest { message: format!("unreadable body: {e}"), field: None })?;
        if body.len() + chunk.len() > limit {
            drain(payload, body.len() + chunk.len(), drain_limit).await;
            return Err(ApiError::TooLarge(limit));
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body.freeze())
}

/// Up to this much of a refused body is read and dropped before answering 413, so that a
/// client still sending gets the answer rather than a reset connection; beyond it the
/// connection is closed unread.
pub const DRAIN_LIMIT: usize = 1024 * 1024;

/// Reads and drops what is left of a refused request's body (up to [`DRAIN_LIMIT`]), so that
/// the client, still sending, gets the answer rather than a reset connection.
pub async fn discard(payload: web::Payload) {
    drain(payload, 0, DRAIN_LIMIT).await
}

async fn drain(mut payload: web::Payload, mut read: usize, limit: usize) {
    while read <= limit {
        match payload.next().await {
            Some(Ok(chunk)) => read += chunk.len(),
            _ => return,
        }
    }
}

/// Parses a JSON object, naming the field at fault when a value has the wrong type. The
/// whole body must be that one object: anything after it, or another kind of value (`[]`,
/// `"text"`), is refused.
pub fn parse_json<T: DeserializeOwned>(body: &[u8]) -> Result<T, ApiError> {
    let bad = |message: String| ApiError::BadRequest { message, field: None };
    match body.iter().find(|b| !b.is_ascii_whitespace()) {
        None => return Err(bad("the request body is empty; send a JSON object".into())),
        Some(b'{') => {}
        Some(_) => return Err(bad("the request body must be a JSON object ({...})".into())),
    }
    let mut deserializer = serde_json::Deserializer::from_slice(body);
    let value = serde_path_to_error::deserialize(&mut deserializer).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        let message = if inner.is_syntax() || inner.is_eof() {
            format!("the body is not valid JSON: {inner}")
        } else {
            inner.to_string()
        };
        ApiError::BadRequest { message, field: (path != "." && !path.is_empty()).then_some(path) }
    })?;
    deserializer.end().map_err(|e| bad(format!("the body is not valid JSON: there is more after the object ({e})")))?;
    Ok(value)
}
