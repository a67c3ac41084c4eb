//! `/api/v1/webhooks`: the creditor's endpoints for messages to its own systems, their
//! delivery logs, replays, secret rotation and test events (`crate::cases::webhooks`). Only
//! the caller's own endpoints; anything else is 404.

use actix_web::{HttpRequest, HttpResponse, delete, get, post, web};
use serde::{Deserialize, Serialize};

use super::openapi::tags;
use super::{ApiCreditor, JSON_LIMIT, parse_json, read_body};
use crate::cases::webhooks::{self, WebhookError};
use crate::db::webhooks::{EndpointRow, Logged, MessageRow};
use crate::state::AppState;
use crate::web::error::{ApiError, ErrorBody};
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

/// A new endpoint: where to send, and which events.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewEndpoint {
    /// `https://...` (plain `http://localhost` only where the operator allows it for
    /// development); addresses that resolve to private, loopback or link-local networks are
    /// refused.
    #[schema(example = "https://erp.example.com/hooks/crossclaim")]
    pub url: String,
    /// Any of `claim.status_changed`, `claim.message`, `claim.payment`, `claim.payout`,
    /// `claim.closed`.
    #[schema(example = json!(["claim.status_changed", "claim.payment"]))]
    pub events: Vec<String>,
}

/// An endpoint of the creditor's own systems.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Endpoint {
    #[schema(example = "wh_01JD3Q8J8W3X4Y5Z6A7B8C9D0E")]
    pub id: String,
    pub url: String,
    pub events: Vec<String>,
    /// RFC 3339.
    pub created_at: String,
    /// After a rotation: until when (RFC 3339) the previous secret still signs too.
    pub previous_secret_valid_until: Option<String>,
    /// The signing secret (`whsec_...`), only in the answer that made it: on creation and
    /// rotation. It cannot be read again.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
}

impl Endpoint {
    fn of(row: &EndpointRow, secret: Option<String>) -> Self {
        Self {
            id: row.id.clone(),
            url: row.url.clone(),
            events: row.events(),
            created_at: rfc3339(row.created_at),
            previous_secret_valid_until: row.previous_until.map(rfc3339),
            secret,
        }
    }
}

/// The creditor's endpoints.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct EndpointList {
    pub items: Vec<Endpoint>,
}

/// A message of the delivery log: where it stands and every attempt.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct LoggedMessage {
    /// The `webhook-id` the message is sent with, the same on every retry and replay.
    pub id: String,
    /// The event type, or `webhook.test`.
    pub event: String,
    pub claim_id: Option<String>,
    /// RFC 3339.
    pub created_at: String,
    /// `pending`, `delivered`, `failed` or `cancelled`.
    pub status: String,
    /// Oldest first.
    pub attempts: Vec<Attempt>,
}

/// One attempt to send a message.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Attempt {
    /// RFC 3339.
    pub at: String,
    /// The HTTP status the endpoint answered; none when it could not be reached.
    pub answer_code: Option<i32>,
    pub duration_ms: i64,
    /// Why the attempt failed, in English.
    pub error: Option<String>,
}

impl LoggedMessage {
    /// A message of the log as the API and the account page show it.
    pub fn of(logged: &Logged) -> Self {
        Self {
            id: logged.message.id.clone(),
            event: logged.message.event_type.clone(),
            claim_id: logged.message.claim_id.clone(),
            created_at: rfc3339(logged.message.created_at),
            status: logged.state.to_string(),
            attempts: logged
                .attempts
                .iter()
                .map(|a| Attempt {
                    at: rfc3339(a.attempted_at),
                    answer_code: a.status_code,
                    duration_ms: a.duration_ms,
                    error: a.error.clone(),
                })
                .collect(),
        }
    }
}

/// An endpoint's newest messages, newest first.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct DeliveryLog {
    pub items: Vec<LoggedMessage>,
}

/// A message put on its way (a replay or a test event).
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Queued {
    /// The message's `webhook-id`.
    pub id: String,
    pub event: String,
    /// `pending`.
    pub status: String,
}

impl Queued {
    fn of(message: &MessageRow) -> Self {
        Self { id: message.id.clone(), event: message.event_type.clone(), status: "pending".into() }
    }
}

/// Register an endpoint
///
/// Messages about the chosen events are signed with the Standard Webhooks scheme using the
/// endpoint's own secret, which this answer shows once. They go through the durable outbox
/// and are retried with backoff for more than a day; each has a `webhook-id` that stays the
/// same across retries and replays. Body: `{"type", "created_at", "data": {...}}`.
#[utoipa::path(
    tag = tags::WEBHOOKS, security(("api_key" = [])),
    request_body = NewEndpoint,
    responses(
        (status = 201, description = "Registered; `secret` is shown this once", body = Endpoint),
        (status = 400, description = "The body is malformed; `field` names it", body = ErrorBody),
        (status = 401, description = "No valid API key", body = ErrorBody),
        (status = 422, description = "The address or an event is refused; `field` names it and `error` says why", body = ErrorBody),
    )
)]
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
    Ok(HttpResponse::Created()
        .insert_header(("Location", format!("/api/v1/webhooks/{}", row.id)))
        .json(Endpoint::of(&row, Some(secret.expose()))))
}

/// List endpoints
#[utoipa::path(
    tag = tags::WEBHOOKS, security(("api_key" = [])),
    responses(
        (status = 200, description = "The caller's endpoints (never their secrets)", body = EndpointList),
        (status = 401, description = "No valid API key", body = ErrorBody),
    )
)]
#[get("/webhooks")]
pub async fn list(state: web::Data<AppState>, creditor: ApiCreditor) -> Result<HttpResponse, ApiError> {
    let rows = webhooks::list(&state, &creditor.id).await?;
    Ok(HttpResponse::Ok().json(EndpointList { items: rows.iter().map(|r| Endpoint::of(r, None)).collect() }))
}

/// Read an endpoint
#[utoipa::path(
    tag = tags::WEBHOOKS, security(("api_key" = [])),
    responses(
        (status = 200, description = "The endpoint (never its secret)", body = Endpoint),
        (status = 401, description = "No valid API key", body = ErrorBody),
        (status = 404, description = "No such endpoint of the caller's", body = ErrorBody),
    )
)]
#[get("/webhooks/{id}")]
pub async fn show(
    state: web::Data<AppState>,
    creditor: ApiCreditor,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let row = webhooks::get(&state, &creditor.id, &path).await?;
    Ok(HttpResponse::Ok().json(Endpoint::of(&row, None)))
}

/// Delete an endpoint
///
/// Nothing more is sent to it, retries included.
#[utoipa::path(
    tag = tags::WEBHOOKS, security(("api_key" = [])),
    responses(
        (status = 204, description = "Deleted"),
        (status = 401, description = "No valid API key", body = ErrorBody),
        (status = 404, description = "No such endpoint of the caller's", body = ErrorBody),
    )
)]
#[delete("/webhooks/{id}")]
pub async fn remove(
    state: web::Data<AppState>,
    creditor: ApiCreditor,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    webhooks::delete(&state, &creditor.id, &path).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Rotate an endpoint's secret
///
/// The answer shows the new secret once; messages carry signatures with both the new and the
/// previous secret for 24 hours (`previous_secret_valid_until`), then with the new one only.
#[utoipa::path(
    tag = tags::WEBHOOKS, security(("api_key" = [])),
    responses(
        (status = 200, description = "Rotated; `secret` is the new one, shown this once", body = Endpoint),
        (status = 401, description = "No valid API key", body = ErrorBody),
        (status = 404, description = "No such endpoint of the caller's", body = ErrorBody),
    )
)]
#[post("/webhooks/{id}/rotate")]
pub async fn rotate(
    state: web::Data<AppState>,
    creditor: ApiCreditor,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let (row, secret) = webhooks::rotate(&state, &creditor.id, &path).await?;
    Ok(HttpResponse::Ok().json(Endpoint::of(&row, Some(secret.expose()))))
}

/// An endpoint's delivery log
///
/// The newest messages, newest first, each with every attempt: time, answer code, duration.
#[utoipa::path(
    tag = tags::WEBHOOKS, security(("api_key" = [])),
    responses(
        (status = 200, description = "The log", body = DeliveryLog),
        (status = 401, description = "No valid API key", body = ErrorBody),
        (status = 404, description = "No such endpoint of the caller's", body = ErrorBody),
    )
)]
#[get("/webhooks/{id}/deliveries")]
pub async fn deliveries(
    state: web::Data<AppState>,
    creditor: ApiCreditor,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let log = webhooks::log(&state, &creditor.id, &path).await?;
    Ok(HttpResponse::Ok().json(DeliveryLog { items: log.iter().map(LoggedMessage::of).collect() }))
}

/// Replay a message
///
/// Sends the same message again (same `webhook-id`, same body, signed anew), once it is
/// delivered or failed.
#[utoipa::path(
    tag = tags::WEBHOOKS, security(("api_key" = [])),
    responses(
        (status = 202, description = "On its way", body = Queued),
        (status = 401, description = "No valid API key", body = ErrorBody),
        (status = 404, description = "No such endpoint or message of the caller's", body = ErrorBody),
        (status = 409, description = "The message is still on its way", body = ErrorBody),
    )
)]
#[post("/webhooks/{id}/deliveries/{delivery_id}/replay")]
pub async fn replay(
    state: web::Data<AppState>,
    creditor: ApiCreditor,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ApiError> {
    let (id, message_id) = path.into_inner();
    let message = webhooks::replay(&state, &creditor.id, &id, &message_id).await?;
    Ok(HttpResponse::Accepted().json(Queued::of(&message)))
}

/// Send a test event
///
/// A `webhook.test` message, whatever events the endpoint takes, to check that it is reached
/// and that the signature can be verified.
#[utoipa::path(
    tag = tags::WEBHOOKS, security(("api_key" = [])),
    responses(
        (status = 202, description = "On its way", body = Queued),
        (status = 401, description = "No valid API key", body = ErrorBody),
        (status = 404, description = "No such endpoint of the caller's", body = ErrorBody),
    )
)]
#[post("/webhooks/{id}/test")]
pub async fn test(
    state: web::Data<AppState>,
    creditor: ApiCreditor,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let message = webhooks::send_test(&state, &creditor.id, &path).await?;
    Ok(HttpResponse::Accepted().json(Queued::of(&message)))
}
