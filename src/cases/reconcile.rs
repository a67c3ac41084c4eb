//! Reconciliation: when a partner has said nothing about an open case for longer than its
//! registry's `silence_after_days`, the platform asks it for the case's state
//! (`GET {api_base}/cases/{reference}`) and applies what differs as an event of its own
//! (source `reconciliation`), through the same path as the partner's events.

use serde_json::Value;

use super::partner_events::{self, Refusal};
use crate::db::claims;
use crate::db::deliveries::DeliveryRow;
use crate::db::money::RECONCILIATION;
use crate::domain::claim::MoneyInput;
use crate::domain::event::{PartnerEvent, PartnerEventInput};
use crate::domain::money::Currency;
use crate::domain::status::CaseStatus;
use crate::state::AppState;

/// Applies the partner's view of the case; returns what was done, for the outbox's record.
pub async fn apply(state: &AppState, delivery: &DeliveryRow, reference: &str, view: &Value) -> anyhow::Result<String> {
    let claim_id = delivery.claim_id.clone();
    let Some(brief) = state.db.run(move |c| claims::brief(c, &claim_id)).await? else {
        return Ok("the claim no longer exists".into());
    };
    let currency = Currency::parse(&brief.currency)?;
    let status = view.get("status").and_then(Value::as_str).unwrap_or("").trim().to_string();
    let collected = view.get("collected").and_then(|m| {
        Some(MoneyInput {
            amount: m.get("amount")?.as_str()?.to_string(),
            currency: m.get("currency")?.as_str()?.to_string(),
        })
    });
    let theirs = CaseStatus::parse(&status).filter(|s| s.partner_may_send());
    let ours = CaseStatus::parse(&brief.status).unwrap_or(CaseStatus::Submitted);
    let known = brief.collected_minor.unwrap_or(0);
    let status_differs = theirs.is_some_and(|s| s != ours && ours.can_become(s));
    let reported = collected.as_ref().and_then(|m| crate::domain::money::Money::parse(&m.amount, currency).ok());
    let collected_rose = reported.is_some_and(|m| m.minor() > known)
        && collected.as_ref().is_some_and(|m| m.currency == currency.code());
    if !status_differs && !collected_rose {
        return Ok(format!("the partner's view matches the case: {}", ours.label().to_lowercase()));
    }
    let status = if status_differs { theirs.expect("checked") } else { ours };
    if !status.partner_may_send() {
        return Ok(format!("the case is {}; nothing to reconcile", ours.label().to_lowercase()));
    }
    let input = PartnerEventInput {
        case_id: brief.id.clone(),
        partner_reference: reference.to_string(),
        status: status.as_str().to_string(),
        occurred_at: state.clock.now().to_rfc3339_opts(chrono::SecondsFormat::Micros, true),
        collected: if collected_rose { collected } else { None },
        message: Some(format!(
            "Reconciled: the partner had not reported for a while; its records show the case as {}",
            status.label().to_lowercase()
        )),
        ..Default::default()
    };
    let event = PartnerEvent::parse(&input, currency, state.clock.now())
        .map_err(|e| anyhow::anyhow!("the partner's view could not be applied: {e:?}"))?;
    let webhook_id = format!("reconcile:{}", delivery.id);
    match partner_events::apply(state, &brief, RECONCILIATION, Some(webhook_id), &event).await {
        Ok(answer) => Ok(format!("reconciled: {}", answer["result"].as_str().unwrap_or("applied"))),
        Err(Refusal::Forbidden { from, to }) => {
            Ok(format!("the case is {}; it cannot become {}", from.label().to_lowercase(), to.label().to_lowercase()))
        }
        Err(Refusal::Case(e)) => Err(anyhow::anyhow!("reconciliation failed: {e}")),
    }
}
