//! A partner's event about one of its cases (`POST /api/v1/partners/{id}/events`), or one
//! the platform derives from the partner's state when it reconciles a silent case: applied
//! by its type. Status events move the case through the state machine; the others join the
//! thread and the ledger without moving it.

use chrono::{DateTime, Utc};
use serde_json::{Value, json};

use super::notify::{self, Notice};
use super::{CaseError, Stored, conversation, money};
use crate::db::claims::{self, CaseBrief, EventRow, Outcome, PartnerCheck, Pending, Recorded};
use crate::db::money::Source;
use crate::db::new_id;
use crate::domain::event::{EventBody, PartnerEvent};
use crate::domain::money::{Currency, Money};
use crate::domain::status::CaseStatus;
use crate::state::AppState;

/// Why a partner's event was not applied.
#[derive(Debug, thiserror::Error)]
pub enum Refusal {
    #[error(transparent)]
    Case(#[from] CaseError),
    /// The state machine forbids the change.
    #[error("the case is {}; it cannot become {}", from.as_str(), to.as_str())]
    Forbidden { from: CaseStatus, to: CaseStatus },
}

/// Applies a checked event from `source_name` (the partner's id, or `reconciliation`) to the
/// case; answers what the partner is told.
pub async fn apply(
    state: &AppState,
    brief: &CaseBrief,
    source_name: &str,
    webhook_id: Option<String>,
    event: &PartnerEvent,
) -> Result<Value, Refusal> {
    apply_as(state, brief, source_name, webhook_id, None, event).await
}

/// [`apply`], noting the partner user who did it in the partner portal (`actor`): the one
/// path of both doors, so an event is checked, stored and streamed the same from either.
pub async fn apply_as(
    state: &AppState,
    brief: &CaseBrief,
    source_name: &str,
    webhook_id: Option<String>,
    actor: Option<String>,
    event: &PartnerEvent,
) -> Result<Value, Refusal> {
    let now = state.now();
    let check =
        PartnerCheck { partner_id: brief.partner_id.clone(), partner_reference: event.partner_reference.to_string() };
    let source = Source {
        name: source_name.to_string(),
        webhook_id: webhook_id.clone(),
        check: Some(check.clone()),
        occurred_at: event.occurred_at.timestamp_micros(),
        now,
        outbox: Vec::new(),
        actor,
    };
    let stored = match &event.body {
        EventBody::Status { status, collected, message } => {
            return apply_status(
                state,
                brief,
                source,
                *status,
                *collected,
                message.as_ref().map(|m| m.to_string()),
                event.occurred_at,
            )
            .await;
        }
        EventBody::Message { message, requires_answer, answer_by } => {
            conversation::receive_from_partner(state, brief, source, message, *requires_answer, *answer_by).await?
        }
        EventBody::Payment(fact) => money::record_payment(state, brief, source, fact).await?,
        EventBody::PaymentReversed { payment_id, reason } => {
            money::reverse_payment(state, brief, source, payment_id.as_str(), reason.as_ref().map(|r| r.as_str()))
                .await?
        }
        EventBody::Payout(fact) => money::record_payout(state, brief, source, fact).await?,
        EventBody::Promise(fact) => money::record_promise(state, brief, source, fact).await?,
    };
    let lookup = brief.id.clone();
    let case = state.db.run(move |c| claims::brief(c, &lookup)).await.map_err(CaseError::from)?;
    let (result, seq) = match stored {
        Stored::New(seq) => ("applied", Some(seq)),
        Stored::Duplicate => ("duplicate", None),
    };
    let currency = Currency::parse(&brief.currency).ok();
    Ok(json!({
        "result": result,
        "type": event.body.kind(),
        "case_id": brief.id,
        "seq": seq,
        "status": case.as_ref().map(|c| c.status.clone()),
        "collected": case.as_ref().and_then(|c| c.collected_minor).zip(currency).map(|(m, cur)| Money::from_minor(m, cur)),
    }))
}

async fn apply_status(
    state: &AppState,
    brief: &CaseBrief,
    source: Source,
    status: CaseStatus,
    collected: Option<Money>,
    message: Option<String>,
    occurred_at: DateTime<Utc>,
) -> Result<Value, Refusal> {
    let row = EventRow {
        message,
        collected_minor: collected.map(|m| m.minor()),
        webhook_id: source.webhook_id.clone(),
        actor: source.actor.clone(),
        ..EventRow::entry(
            &brief.id,
            status.as_str(),
            claims::kind::STATUS,
            &source.name,
            source.occurred_at,
            source.now,
        )
    };
    // the creditor hears when the case closes, if they want to
    let mut outbox = Vec::new();
    if status.is_terminal() {
        let currency = Currency::parse(&brief.currency).map_err(|e| CaseError::Internal(anyhow::anyhow!("{e}")))?;
        // a v1 partner's closing event may report a running total beyond the payments known:
        // the case closes with that total (the rise is recorded as a payment below)
        let total = collected.map_or(0, |m| m.minor()).max(brief.collected_minor.unwrap_or(0));
        let notice = Notice::Closed {
            status_label: status.label().to_string(),
            collected: Money::from_minor(total, currency).to_string(),
        };
        notify::add_mail(state, brief, &mut outbox, notice, source.now).await.map_err(CaseError::from)?;
    }
    // committed with the events arriving at the same time (group commit), answered after
    let pending = Pending { check: source.check.clone(), outbox, ..Pending::event(row) };
    let outcome: Outcome = state.events.record(&brief.creditor_id, pending).await.map_err(CaseError::from)?;
    let result = match &outcome.result {
        Recorded::Applied => "applied",
        Recorded::Late => "late",
        Recorded::Duplicate => "duplicate",
        Recorded::NoClaim => return Err(CaseError::NotFound.into()),
        Recorded::Forbidden { from, to } => return Err(Refusal::Forbidden { from: *from, to: *to }),
        Recorded::ReferenceMismatch { expected } => {
            return Err(
                CaseError::field("partner_reference", format!("this case's reference is \"{expected}\"")).into()
            );
        }
    };
    if outcome.seq.is_some() {
        state.dispatch.wake();
        state.live.kick();
    }
    // A running total (v1): a rise over what the payments make is recorded as a payment. The
    // same message retried (the partner had no answer: the process died after storing the
    // status and before recording the rise) does what was left undone; the payment is keyed
    // by the webhook-id, so it is recorded once. Another message reusing the id stays a no-op.
    let rise_due = match (&outcome.result, collected, &source.webhook_id) {
        (Recorded::Applied, Some(_), _) => true,
        (Recorded::Duplicate, Some(total), Some(webhook_id)) => {
            let (claim, name, webhook_id) = (brief.id.clone(), source.name.clone(), webhook_id.clone());
            let stored = state
                .db
                .run(move |c| claims::collected_reported(c, &claim, &name, &webhook_id))
                .await
                .map_err(CaseError::from)?;
            stored == Some(Some(total.minor()))
        }
        _ => false,
    };
    let mut warnings = Vec::new();
    if let (Some(total), true) = (collected, rise_due) {
        let claim = brief.id.clone();
        let known =
            state.db.run(move |c| crate::db::money::payments_total(c, &claim)).await.map_err(CaseError::from)?;
        if total.minor() > known {
            let rise = Money::from_minor(total.minor() - known, total.currency());
            let source = Source { webhook_id: source.webhook_id.clone().or_else(|| Some(new_id("rt_"))), ..source };
            money::record_rise(state, brief, source, rise, occurred_at.date_naive()).await?;
        } else {
            let claim = brief.id.clone();
            state.db.run(move |c| crate::db::money::recount(c, &claim)).await.map_err(CaseError::from)?;
        }
        if total.minor() < known {
            warnings.push(format!(
                "collected {total} is less than the payments recorded for the case ({}); the payments stand",
                Money::from_minor(known, total.currency())
            ));
        }
        if total.minor() > brief.principal_minor {
            let principal = Money::from_minor(brief.principal_minor, total.currency());
            tracing::warn!(case = %brief.id, collected = %total, principal = %principal, "collected total exceeds the principal");
            warnings
                .push(format!("collected {total} is more than the principal {principal}; the case shows it flagged"));
        }
    }
    // the case as the event left it; read again only when a running total changed its money
    let (status_now, collected_now) = match (rise_due, &outcome.case) {
        (false, Some(case)) => (Some(case.status.clone()), case.collected_minor),
        _ => {
            let lookup = brief.id.clone();
            let case = state.db.run(move |c| claims::brief(c, &lookup)).await.map_err(CaseError::from)?;
            (case.as_ref().map(|c| c.status.clone()), case.as_ref().and_then(|c| c.collected_minor))
        }
    };
    let currency = Currency::parse(&brief.currency).ok();
    Ok(json!({
        "result": result,
        "type": "status",
        "case_id": brief.id,
        "seq": outcome.seq,
        "status": status_now,
        "collected": collected_now.zip(currency).map(|(m, cur)| Money::from_minor(m, cur)),
        "collected_exceeds_principal": collected_now.is_some_and(|m| m > brief.principal_minor),
        "warnings": warnings,
    }))
}
