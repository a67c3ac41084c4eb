//! `/api/v1/webhooks`: the creditor's endpoints for messages to its own systems, their
//! delivery logs, replays, secret rotation and test events (`crate::cases::webhooks`). Only
//! the caller's own endpoints; anything else is 404.

use actix_web::{HttpRequest, HttpResponse, delete, get, post, web};
use serde::Deserialize;
use serde_json::{Value, json};

use super::{ApiCreditor, JSON_LIMIT, parse_json, read_body};
use crate::cases::webhooks::{self, WebhookError};
use crate::db::webhooks::{EndpointRow, Logged};
use crate::state::AppState;
use crate::web::error::ApiError;
use crate::web::views::rfc3339;

impl From<WebhookError> for ApiError {
    fn from(e: WebhookError) -> Self {
        match e {
            WebhookError::Refused(refusal) => {
                ApiError::Unprocessable { message: refusal.english(), field: Some(refusal.field().into()) }
            }
            WebhookError::Case(e) => e.into(),
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct NewEndpoint {
    url: String,
    events: Vec<String>,
}

fn endpoint_json(row: &EndpointRow) -> Value {
    json!({
        "id": row.id,
        "url": row.url,
        "events": row.events(),
        "created_at": rfc3339(row.created_at),
        "previous_secret_valid_until": row.previous_until.map(rfc3339),
    })
}

/// A message of the log: where it stands and every attempt.
pub fn logged_json(logged: &Logged) -> Value {
    json!({
        "id": logged.message.id,
        "event": logged.message.event_type,
        "claim_id": logged.message.claim_id,
        "created_at": rfc3339(logged.message.created_at),
        "status": logged.state,
        "attempts": logged.attempts.iter().map(|a| json!({
            "at": rfc3339(a.attempted_at),
            "answer_code": a.status_code,
            "duration_ms": a.duration_ms,
            "error": a.error,
        })).collect::<Vec<_>>(),
    })
}

/// `POST /api/v1/webhooks` `{"url", "events"}` -> 201 with the endpoint and its secret,
/// shown this once.
#[post("/webhooks")]
pub async fn create(
    state: web::Data<AppState>,
    creditor: ApiCreditor,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let body = read_body(&req, payload, JSON_LIMIT).await?;
    let input: NewEndpoint = parse_json(&body)?;
    let (row, secret) = webhooks::register(&state, &creditor.id, &input.url, &input.events).await?;
    let mut answer = endpoint_json(&row);
    answer["secret"] = json!(secret.expose());
    Ok(HttpResponse::Created().insert_header(("Location", format!("/api/v1/webhooks/{}", row.id))).json(answer))
}

#[get("/webhooks")]
pub async fn list(state: web::Data<AppState>, creditor: ApiCreditor) -> Result<HttpResponse, ApiError> {
    let rows = webhooks::list(&state, &creditor.id).await?;
    Ok(HttpResponse::Ok().json(json!({"items": rows.iter().map(endpoint_json).collect::<Vec<_>>()})))
}

#[get("/webhooks/{id}")]
pub async fn show(
    state: web::Data<AppState>,
    creditor: ApiCreditor,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let row = webhooks::get(&state, &creditor.id, &path).await?;
    Ok(HttpResponse::Ok().json(endpoint_json(&row)))
}

#[delete("/webhooks/{id}")]
pub async fn remove(
    state: web::Data<AppState>,
    creditor: ApiCreditor,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    webhooks::delete(&state, &creditor.id, &path).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// `POST /api/v1/webhooks/{id}/rotate` -> the new secret, shown this once; the previous one
/// stays valid for 24 hours.
#[post("/webhooks/{id}/rotate")]
pub async fn rotate(
    state: web::Data<AppState>,
    creditor: ApiCreditor,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let (row, secret) = webhooks::rotate(&state, &creditor.id, &path).await?;
    let mut answer = endpoint_json(&row);
    answer["secret"] = json!(secret.expose());
    Ok(HttpResponse::Ok().json(answer))
}

/// `GET /api/v1/webhooks/{id}/deliveries`: the newest messages, newest first, each with its
/// attempts (time, answer code, duration).
#[get("/webhooks/{id}/deliveries")]
pub async fn deliveries(
    state: web::Data<AppState>,
    creditor: ApiCreditor,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let log = webhooks::log(&state, &creditor.id, &path).await?;
    Ok(HttpResponse::Ok().json(json!({"items": log.iter().map(logged_json).collect::<Vec<_>>()})))
}

/// `POST /api/v1/webhooks/{id}/deliveries/{delivery_id}/replay` -> 202: the same message
/// (same `webhook-id`, same body) is sent again.
#[post("/webhooks/{id}/deliveries/{delivery_id}/replay")]
pub async fn replay(
    state: web::Data<AppState>,
    creditor: ApiCreditor,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ApiError> {
    let (id, message_id) = path.into_inner();
    let message = webhooks::replay(&state, &creditor.id, &id, &message_id).await?;
    Ok(HttpResponse::Accepted().json(json!({"id": message.id, "event": message.event_type, "status": "pending"})))
}

/// `POST /api/v1/webhooks/{id}/test` -> 202: a `webhook.test` message is on its way.
#[post("/webhooks/{id}/test")]
pub async fn test(
    state: web::Data<AppState>,
    creditor: ApiCreditor,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let message = webhooks::send_test(&state, &creditor.id, &path).await?;
    Ok(HttpResponse::Accepted().json(json!({"id": message.id, "event": message.event_type, "status": "pending"})))
}
