//! `POST /api/v1/partners/{partner_id}/events`: a partner pushes a status update about one of
//! its cases, signed with the Standard Webhooks scheme (`../shared/partner-protocol.md`).
//!
//! Checks, in order: the partner exists (404), the body is at most [`EVENT_LIMIT`] bytes
//! (413; headers too long or with more than five signatures are a 401 before that), the signature is one of the partner's valid inbound secrets and the timestamp is
//! within 5 minutes (401), the body is JSON of the right shape (400) with valid values (422),
//! the case is this partner's (404), the state machine allows the change (409). The answer is
//! `200` only once the event is committed; the same `webhook-id` again is a `200` no-op.

use actix_web::{HttpRequest, HttpResponse, post, web};
use chrono::Utc;
use serde_json::json;

use super::{discard, parse_json, read_body};
use crate::db::claims::{self, CaseState, EventRow, PartnerCheck, Recorded};
use crate::db::{events, new_id, now_micros};
use crate::domain::event::{PartnerEvent, PartnerEventInput};
use crate::domain::money::{Currency, Money};
use crate::state::AppState;
use crate::web::error::ApiError;
use crate::webhooks::{self, HEADER_ID, HEADER_SIGNATURE, HEADER_TIMESTAMP, Received, VerifyError};

/// The most an event body may weigh: events are small; anything larger is refused unread.
pub const EVENT_LIMIT: usize = 64 * 1024;

#[post("/partners/{partner_id}/events")]
pub async fn receive(
    state: web::Data<AppState>,
    partner_id: web::Path<String>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let partner_id = partner_id.into_inner();
    let secrets = match state.secrets.get(&partner_id) {
        Some(credentials) => credentials.inbound.clone(),
        None => return Err(ApiError::NotFound),
    };
    let header = |name: &str| req.headers().get(name).map(|v| v.to_str().unwrap_or(""));
    let received =
        Received { id: header(HEADER_ID), timestamp: header(HEADER_TIMESTAMP), signature: header(HEADER_SIGNATURE) };
    // Headers too large to be honest are refused before the body is read or an HMAC computed.
    if let Err(e) = webhooks::check_sizes(received) {
        tracing::warn!(partner = %partner_id, error = %e, "partner event refused");
        discard(payload).await;
        return Err(ApiError::BadSignature(e.to_string()));
    }
    let body = read_body(&req, payload, EVENT_LIMIT).await?;
    webhooks::verify(&secrets, received, &body, Utc::now().timestamp()).map_err(|e| {
        tracing::warn!(partner = %partner_id, error = %e, "partner event refused");
        match e {
            VerifyError::BadSignature => ApiError::BadSignature(format!("no valid signature for partner {partner_id}")),
            other => ApiError::BadSignature(other.to_string()),
        }
    })?;
    let webhook_id = received.id.unwrap_or_default().trim().to_string();

    let input: PartnerEventInput = parse_json(&body)?;
    let case_id = input.case_id.trim().to_string();
    if case_id.is_empty() {
        return Err(ApiError::Unprocessable {
            message: "case_id: this field is required".into(),
            field: Some("case_id".into()),
        });
    }
    let not_found = || ApiError::NotFound;
    if case_id.len() > 64 {
        return Err(not_found());
    }
    let lookup = case_id.clone();
    let (case_partner, currency) = state.db.run(move |c| events::case_of(c, &lookup)).await?.ok_or_else(not_found)?;
    if case_partner != partner_id {
        return Err(not_found());
    }
    let currency =
        Currency::parse(&currency).map_err(|e| ApiError::Internal(anyhow::anyhow!("claim {case_id}: {e}")))?;
    let event = PartnerEvent::parse(&input, currency, Utc::now()).map_err(ApiError::Invalid)?;

    let row = EventRow {
        id: new_id("ev_"),
        claim_id: case_id.clone(),
        status: event.status.as_str().to_string(),
        occurred_at: event.occurred_at.timestamp_micros(),
        recorded_at: now_micros(),
        source: partner_id.clone(),
        message: event.message.as_ref().map(|m| m.to_string()),
        collected_minor: event.collected.map(|m| m.minor()),
        webhook_id: Some(webhook_id),
        applied: true,
    };
    let check = PartnerCheck { partner_id: partner_id.clone(), partner_reference: event.partner_reference.to_string() };
    let outcome = state.db.run(move |c| claims::record(c, &row, Some(&check))).await?;
    let result = match &outcome.result {
        Recorded::Applied => "applied",
        Recorded::Late => "late",
        Recorded::Duplicate => "duplicate",
        Recorded::NoClaim => return Err(not_found()),
        Recorded::Forbidden { from, to } => {
            tracing::info!(partner = %partner_id, case = %case_id, from = from.as_str(), to = to.as_str(), "partner event refused by the state machine");
            return Err(ApiError::Conflict(format!("the case is {}; it cannot become {}", from.as_str(), to.as_str())));
        }
        Recorded::ReferenceMismatch { expected } => {
            return Err(ApiError::Unprocessable {
                message: format!("partner_reference: this case's reference is \"{expected}\""),
                field: Some("partner_reference".into()),
            });
        }
    };
    if outcome.seq.is_some() {
        state.live.kick();
    }
    let case = outcome.case.as_ref();
    let collected = case.and_then(|c| c.collected_minor).map(|m| Money::from_minor(m, currency));
    let mut warnings = Vec::new();
    if let Some(total) = event.collected.filter(|_| outcome.seq.is_some()) {
        let principal = case.map_or(0, |c| c.principal_minor);
        if total.minor() > principal {
            let principal = Money::from_minor(principal, currency);
            tracing::warn!(partner = %partner_id, case = %case_id, collected = %total, principal = %principal, "collected total exceeds the principal");
            warnings
                .push(format!("collected {total} is more than the principal {principal}; the case shows it flagged"));
        }
    }
    tracing::info!(partner = %partner_id, case = %case_id, status = event.status.as_str(), result, seq = ?outcome.seq, "partner event");
    Ok(HttpResponse::Ok().json(json!({
        "result": result,
        "case_id": case_id,
        "seq": outcome.seq,
        "status": case.map(|c: &CaseState| c.status.clone()),
        "collected": collected,
        "collected_exceeds_principal": case.is_some_and(|c| c.collected_minor.is_some_and(|m| m > c.principal_minor)),
        "warnings": warnings,
    })))
}
