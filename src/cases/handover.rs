//! The outcome of a hand-over, whichever door reports it: the partner's API answering the
//! dispatcher's `POST /cases` (201 or 422), or a partner user accepting or declining a new
//! case in the partner portal. Both doors call these functions, so an accepted case looks
//! the same to the creditor however the partner works.
//!
//! The answer, the event that records it and (for the dispatcher) the end of its attempt are
//! written in one transaction, committed together with the other events arriving at the same
//! time ([`crate::db::events::EventWriter`]): many hand-overs share one commit.

use crate::db::DbError;
use crate::db::claims::{ClaimRow, EventRow, Pending, Recorded};
use crate::db::deliveries::{Answer, DeliveryRow, Ending, state};
use crate::domain::partner::Partner;
use crate::domain::status::CaseStatus;
use crate::state::AppState;

/// Who brings the partner's answer.
#[derive(Debug, Clone)]
pub enum Door {
    /// The partner's API, answering the dispatcher's attempt on `held` (a delivery it holds
    /// under its lease): the attempt ends in the transaction that records the answer, so the
    /// delivery counts as done only once its outcome is stored. A resend after a crash
    /// records nothing twice (the event's key is the delivery's).
    Api { held: DeliveryRow },
    /// A partner user in the partner portal; `key` makes the form submitted twice a no-op.
    Portal { actor: String, key: String },
}

impl Door {
    /// The event's key and actor, and the end of the dispatcher's attempt when it brought the
    /// answer (done when the partner took the case, declined otherwise, with `note`).
    fn split(self, status: CaseStatus, note: Option<String>, now: i64) -> (String, Option<String>, Option<Ending>) {
        match self {
            Door::Api { held } => {
                let key = format!("{}:{}", held.id, status.as_str());
                let ended = if status == CaseStatus::Received { state::DONE } else { state::DECLINED };
                let ending = Ending { held, state: ended, note, next_attempt_at: None, now };
                (key, None, Some(ending))
            }
            Door::Portal { actor, key } => (key, Some(actor), None),
        }
    }
}

/// The partner took the case under `reference`. `listed` are the documents the partner was
/// shown with the case (announced to it since: not sent again).
pub async fn accepted(
    state: &AppState,
    claim: &ClaimRow,
    partner: &Partner,
    reference: &str,
    listed: Vec<String>,
    door: Door,
) -> Result<Recorded, DbError> {
    let message = format!("Accepted by {}; their reference is {reference}", partner.name);
    let answer = Answer::Accepted { reference: reference.to_string(), listed, now: state.now() };
    record(state, claim, CaseStatus::Received, message, answer, door).await
}

/// The partner refused the case, saying why. The platform then proposes the next eligible
/// partner's quote to the creditor ([`super::reroute::after_decline`]).
pub async fn declined(
    state: &AppState,
    claim: &ClaimRow,
    partner: &Partner,
    reason: &str,
    door: Door,
) -> Result<Recorded, DbError> {
    refused(state, claim, partner.id.as_str(), &partner.name, reason, door).await
}

/// The case's partner left the network (its registry entry is gone) before it took the case:
/// the dispatcher's attempt `held` declines it on the partner's behalf, and the next eligible
/// partner's quote waits for the creditor as after any decline.
pub async fn partner_left(
    state: &AppState,
    claim: &ClaimRow,
    partner_id: &str,
    held: DeliveryRow,
) -> Result<Recorded, DbError> {
    let reason = "the partner has left the network, so the case was not handed over";
    refused(state, claim, partner_id, partner_id, reason, Door::Api { held }).await
}

async fn refused(
    state: &AppState,
    claim: &ClaimRow,
    partner_id: &str,
    partner_name: &str,
    reason: &str,
    door: Door,
) -> Result<Recorded, DbError> {
    let message = format!("{partner_name} declined the case: {reason}");
    let answer = Answer::Declined { reason: reason.to_string() };
    let recorded = record(state, claim, CaseStatus::Declined, message, answer, door).await?;
    if recorded == Recorded::Applied {
        // the next eligible partner's quote waits for the creditor (see `reroute`)
        if let Err(e) = super::reroute::after_decline(state, &claim.id, partner_id, partner_name, reason).await {
            tracing::error!(error = ?e, claim_id = %claim.id, "no new quote could be proposed after the decline");
        }
    }
    Ok(recorded)
}

/// Writes the answer, the event and the end of the attempt in one transaction shared with the
/// events arriving at the same time, and answers once it is committed.
async fn record(
    state: &AppState,
    claim: &ClaimRow,
    status: CaseStatus,
    message: String,
    answer: Answer,
    door: Door,
) -> Result<Recorded, DbError> {
    let now = state.now();
    let note = match &answer {
        Answer::Declined { reason } => Some(reason.clone()),
        Answer::Accepted { .. } => None,
    };
    let (key, actor, ending) = door.split(status, note, now);
    let event = EventRow { webhook_id: Some(key), actor, ..EventRow::platform(&claim.id, status, now, message) };
    let pending = Pending { answer: Some(answer), ending, ..Pending::event(event) };
    let recorded = state.events.record(&claim.creditor_id, pending).await?.result;
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
