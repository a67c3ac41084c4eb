//! The outcome of a hand-over, whichever door reports it: the partner's API answering the
//! dispatcher's `POST /cases` (201 or 422), or a partner user accepting or declining a new
//! case in the partner portal. Both doors call these two functions, so an accepted case looks
//! the same to the creditor however the partner works.

use crate::db::claims::{self, EventRow, Recorded};
use crate::db::{DbError, deliveries};
use crate::domain::partner::Partner;
use crate::domain::status::CaseStatus;
use crate::state::AppState;

/// The partner took the case under `reference`. `listed` are the documents the partner was
/// shown with the case (announced to it since: not sent again). `key` makes a repeat (a
/// resend after a crash, a form submitted twice) a no-op. `actor`: the partner user who
/// answered in the portal (`None` for an answer of the partner's API).
pub async fn accepted(
    state: &AppState,
    claim_id: &str,
    partner: &Partner,
    reference: &str,
    listed: Vec<String>,
    key: String,
    actor: Option<String>,
) -> Result<Recorded, DbError> {
    let (claim, r, now) = (claim_id.to_string(), reference.to_string(), state.now());
    state.db.run(move |conn| deliveries::set_partner_reference(conn, &claim, &r, &listed, now)).await?;
    let message = format!("Accepted by {}; their reference is {reference}", partner.name);
    record(state, claim_id, CaseStatus::Received, message, key, actor).await
}

/// The partner refused the case, saying why. The platform then proposes the next eligible
/// partner's quote to the creditor ([`super::reroute::after_decline`]).
pub async fn declined(
    state: &AppState,
    claim_id: &str,
    partner: &Partner,
    reason: &str,
    key: String,
    actor: Option<String>,
) -> Result<Recorded, DbError> {
    refused(state, claim_id, partner.id.as_str(), &partner.name, reason, key, actor).await
}

/// The case's partner left the network (its registry entry is gone) before it took the case:
/// the case is declined on its behalf, and the next eligible partner's quote waits for the
/// creditor as after any decline.
pub async fn partner_left(
    state: &AppState,
    claim_id: &str,
    partner_id: &str,
    key: String,
) -> Result<Recorded, DbError> {
    let reason = "the partner has left the network, so the case was not handed over";
    refused(state, claim_id, partner_id, partner_id, reason, key, None).await
}

async fn refused(
    state: &AppState,
    claim_id: &str,
    partner_id: &str,
    partner_name: &str,
    reason: &str,
    key: String,
    actor: Option<String>,
) -> Result<Recorded, DbError> {
    let (claim, r) = (claim_id.to_string(), reason.to_string());
    state.db.run(move |conn| deliveries::set_decline_reason(conn, &claim, &r)).await?;
    let message = format!("{partner_name} declined the case: {reason}");
    let recorded = record(state, claim_id, CaseStatus::Declined, message, key, actor).await?;
    if recorded == Recorded::Applied {
        // the next eligible partner's quote waits for the creditor (see `reroute`)
        if let Err(e) = super::reroute::after_decline(state, claim_id, partner_id, partner_name, reason).await {
            tracing::error!(error = ?e, claim_id, "no new quote could be proposed after the decline");
        }
    }
    Ok(recorded)
}

async fn record(
    state: &AppState,
    claim_id: &str,
    status: CaseStatus,
    message: String,
    key: String,
    actor: Option<String>,
) -> Result<Recorded, DbError> {
    let event = EventRow { webhook_id: Some(key), actor, ..EventRow::platform(claim_id, status, state.now(), message) };
    let recorded = state.db.run(move |conn| claims::record_event(conn, &event)).await?;
    state.live.kick();
    if let Recorded::Forbidden { from, to } = &recorded {
        tracing::info!(
            from = from.as_str(),
            to = to.as_str(),
            "the case moved on meanwhile; the outcome is not recorded"
        );
    }
    Ok(recorded)
}
