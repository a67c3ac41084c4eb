//! `POST /api/v1/partners/{partner_id}/events`: a partner pushes a status update about one of
//! its cases, signed with the Standard Webhooks scheme (`../shared/partner-protocol.md`).
//!
//! Checks, in order: the partner exists (404), the body is at most [`EVENT_LIMIT`] bytes
//! (413; headers too long or with more than five signatures are a 401 before that), the signature is one of the partner's valid inbound secrets and the timestamp is
//! within 5 minutes (401), the body is JSON of the right shape (400) with valid values (422),
//! the case is this partner's (404), the state machine allows the change (409). The answer is
//! `200` only once the event is committed; the same `webhook-id` again is a `200` no-op.

use super::openapi::tags;
use crate::web::error::ErrorBody;
use actix_web::{HttpRequest, HttpResponse, post, web};
use chrono::Utc;

use super::{DRAIN_LIMIT, discard, parse_json, read_body_draining};
use crate::cases::partner_events::{self, Refusal};
use crate::db::claims;
use crate::domain::event::{PartnerEvent, PartnerEventInput};
use crate::domain::money::Currency;
use crate::state::AppState;
use crate::web::error::ApiError;
use crate::webhooks::{self, HEADER_ID, HEADER_SIGNATURE, HEADER_TIMESTAMP, Received, VerifyError};

/// The most an event body may weigh: events are small; anything larger is refused unread.
pub const EVENT_LIMIT: usize = 64 * 1024;

/// Reads a partner's signed request: the partner exists (404), the signature headers are of
/// honest size (401, before anything is read), the body is at most `limit` bytes (413), the
/// signature is one of the partner's valid inbound secrets and the timestamp within 5
/// minutes (401). Returns the body and the request's `webhook-id`. Of a body over the limit,
/// up to `drain_limit` bytes are read and dropped so that the partner gets the answer.
pub async fn verified(
    state: &AppState,
    partner_id: &str,
    req: &HttpRequest,
    payload: web::Payload,
    limit: usize,
    drain_limit: usize,
) -> Result<(actix_web::web::Bytes, String), ApiError> {
    let secrets = match state.secrets.get(partner_id) {
        Some(credentials) => credentials.inbound.clone(),
        None => {
            discard(payload).await;
            return Err(ApiError::NotFound);
        }
    };
    let header = |name: &str| req.headers().get(name).map(|v| v.to_str().unwrap_or(""));
    let received =
        Received { id: header(HEADER_ID), timestamp: header(HEADER_TIMESTAMP), signature: header(HEADER_SIGNATURE) };
    // Headers too large to be honest are refused before the body is read or an HMAC computed.
    if let Err(e) = webhooks::check_sizes(received) {
        tracing::warn!(partner = %partner_id, error = %e, "partner request refused");
        discard(payload).await;
        return Err(ApiError::BadSignature(e.to_string()));
    }
    let body = read_body_draining(req, payload, limit, drain_limit).await?;
    webhooks::verify(&secrets, received, &body, Utc::now().timestamp()).map_err(|e| {
        tracing::warn!(partner = %partner_id, error = %e, "partner request refused");
        match e {
            VerifyError::BadSignature => ApiError::BadSignature(format!("no valid signature for partner {partner_id}")),
            other => ApiError::BadSignature(other.to_string()),
        }
    })?;
    Ok((body, received.id.unwrap_or_default().trim().to_string()))
}

/// The answer to an event, as `cases::partner_events::apply` writes it.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)] // the shape of a JSON answer built elsewhere; read by the OpenAPI document only
pub struct EventAnswer {
    /// `applied`; `late` for a status event older than the case's newest (kept, not applied);
    /// `duplicate` for a `webhook-id` (or payment/payout id) seen before.
    result: String,
    /// The event's type.
    #[schema(rename = "type")]
    kind: String,
    case_id: String,
    /// The event's sequence number in the case's timeline (`null` for a duplicate).
    seq: Option<i64>,
    /// The case's status after the event.
    status: Option<String>,
    /// The running total collected after the event.
    collected: Option<crate::domain::money::Money>,
    /// Status events: the collected total is more than the principal.
    collected_exceeds_principal: Option<bool>,
    /// Status events: what the platform noticed but accepted.
    warnings: Option<Vec<String>>,
}

#[utoipa::path(
    tag = tags::PARTNER, security(("standard_webhooks" = [])),
    summary = "Push an event about a case",
    description = "Signed with the partner's inbound secret. `type` `status` (the default) moves the case through the state machine; `message`, `payment`, `payment_reversed`, `payout` and `promise` add to the case file. Answered `200` only once the event is durably stored; the same `webhook-id` again is a `200` no-op. Events apply in `occurred_at` order even when they arrive out of order.",
    request_body = PartnerEventInput,
    responses(
        (status = 200, description = "Stored (or a duplicate)", body = EventAnswer),
        (status = 400, description = "Malformed body, naming the field", body = ErrorBody),
        (status = 401, description = "Missing or wrong signature, or a timestamp more than 5 minutes off", body = ErrorBody),
        (status = 404, description = "No such partner, or the case is not this partner's", body = ErrorBody),
        (status = 409, description = "The state machine forbids the transition", body = ErrorBody),
        (status = 413, description = "The body is larger than 64 KiB", body = ErrorBody),
        (status = 422, description = "A value is invalid, naming the field", body = ErrorBody),
    )
)]
#[post("/partners/{partner_id}/events")]
pub async fn receive(
    state: web::Data<AppState>,
    partner_id: web::Path<String>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let partner_id = partner_id.into_inner();
    let (body, webhook_id) = verified(&state, &partner_id, &req, payload, EVENT_LIMIT, DRAIN_LIMIT).await?;

    let input: PartnerEventInput = parse_json(&body)?;
    let case_id = input.case_id.trim().to_string();
    if case_id.is_empty() {
        return Err(ApiError::Unprocessable {
            message: "case_id: this field is required".into(),
            field: Some("case_id".into()),
        });
    }
    let not_found = || ApiError::NotFound;
    let lookup = case_id.clone();
    let brief = state.db.run(move |c| claims::brief(c, &lookup)).await?.ok_or_else(not_found)?;
    if brief.partner_id != partner_id {
        return Err(not_found());
    }
    let currency =
        Currency::parse(&brief.currency).map_err(|e| ApiError::Internal(anyhow::anyhow!("claim {case_id}: {e}")))?;
    let event = PartnerEvent::parse(&input, currency, state.clock.now()).map_err(ApiError::Invalid)?;
    let answer = match partner_events::apply(&state, &brief, &partner_id, Some(webhook_id), &event).await {
        Ok(answer) => answer,
        Err(Refusal::Forbidden { from, to }) => {
            tracing::info!(partner = %partner_id, case = %case_id, from = from.as_str(), to = to.as_str(), "partner event refused by the state machine");
            return Err(ApiError::Conflict(format!("the case is {}; it cannot become {}", from.as_str(), to.as_str())));
        }
        Err(Refusal::Case(e)) => return Err(e.into()),
    };
    tracing::info!(partner = %partner_id, case = %case_id, kind = event.body.kind(), result = %answer["result"], seq = %answer["seq"], "partner event");
    Ok(HttpResponse::Ok().json(answer))
}
