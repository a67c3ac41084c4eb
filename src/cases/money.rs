//! Money on a case: payments (from the partner's events, from a v1 partner's running total,
//! from reconciliation, or reported by the creditor as paid to them directly), reversals,
//! payouts and promises. Each is one function, whatever door it comes through.

use chrono::NaiveDate;
use serde::Deserialize;
use serde_json::json;

use super::notify::{self, Notice};
use super::{CaseError, Stored, settle};
use crate::db::claims::{self, CaseBrief};
use crate::db::deliveries::{DIRECT_PAYMENT, DeliveryRow};
use crate::db::money::{self, NewPayment, PayoutRow, PromiseRow, Source};
use crate::domain::claim::{MoneyInput, parse_date};
use crate::domain::event::{PaidTo, PaymentFact, PayoutFact, PromiseFact, money_field};
use crate::domain::money::{Currency, Money};
use crate::domain::partner::Protocol;
use crate::domain::status::CaseStatus;
use crate::domain::validation::FieldErrors;
use crate::state::AppState;

fn currency(brief: &CaseBrief) -> Result<Currency, CaseError> {
    Currency::parse(&brief.currency).map_err(|e| CaseError::Internal(anyhow::anyhow!("claim {}: {e}", brief.id)))
}

/// Adds the creditor's e-mail about `notice` to the source's outbox, if they want it.
async fn with_mail(
    state: &AppState,
    brief: &CaseBrief,
    mut source: Source,
    notice: Notice,
) -> Result<Source, CaseError> {
    notify::add_mail(state, brief, &mut source.outbox, notice, source.now).await?;
    Ok(source)
}

/// Records a payment the partner (or reconciliation) reports.
pub async fn record_payment(
    state: &AppState,
    brief: &CaseBrief,
    source: Source,
    fact: &PaymentFact,
) -> Result<Stored, CaseError> {
    let payment = NewPayment {
        external_id: fact.id.to_string(),
        amount_minor: fact.amount.minor(),
        received_on: fact.received_on.to_string(),
        paid_to: fact.paid_to.as_str(),
        allocation: fact.allocation,
        label: "Payment".into(),
    };
    let source = with_mail(state, brief, source, Notice::Collected { amount: fact.amount.to_string() }).await?;
    let claim_id = brief.id.clone();
    let entry = state.db.run(move |c| money::record_payment(c, &claim_id, &source, &payment)).await?;
    settle(state, entry)
}

/// A v1 partner's running total rose: the rise is recorded as a payment the platform
/// allocates. Keyed by the event's webhook-id, so a replay records nothing twice.
pub async fn record_rise(
    state: &AppState,
    brief: &CaseBrief,
    source: Source,
    rise: Money,
    received_on: NaiveDate,
) -> Result<Stored, CaseError> {
    let key = source.webhook_id.clone().unwrap_or_else(|| crate::db::new_id("rt_"));
    let payment = NewPayment {
        external_id: format!("running-total:{key}"),
        amount_minor: rise.minor(),
        received_on: received_on.to_string(),
        paid_to: PaidTo::Partner.as_str(),
        allocation: None,
        label: "Collected (from the partner's running total)".into(),
    };
    let source = Source { webhook_id: None, ..source };
    let source = with_mail(state, brief, source, Notice::Collected { amount: rise.to_string() }).await?;
    let claim_id = brief.id.clone();
    let entry = state.db.run(move |c| money::record_payment(c, &claim_id, &source, &payment)).await?;
    settle(state, entry)
}

pub async fn reverse_payment(
    state: &AppState,
    brief: &CaseBrief,
    source: Source,
    payment_id: &str,
    reason: Option<&str>,
) -> Result<Stored, CaseError> {
    let (claim_id, payment_id, reason) = (brief.id.clone(), payment_id.to_string(), reason.map(str::to_string));
    let entry =
        state.db.run(move |c| money::reverse_payment(c, &claim_id, &source, &payment_id, reason.as_deref())).await?;
    settle(state, entry)
}

pub async fn record_payout(
    state: &AppState,
    brief: &CaseBrief,
    source: Source,
    fact: &PayoutFact,
) -> Result<Stored, CaseError> {
    let row = PayoutRow {
        id: crate::db::new_id("po_"),
        claim_id: brief.id.clone(),
        external_id: fact.id.to_string(),
        amount_minor: fact.amount.minor(),
        paid_on: fact.paid_on.to_string(),
        commission_minor: fact.commission.minor(),
        costs_minor: fact.costs.minor(),
        reference: fact.reference.as_ref().map(|r| r.to_string()),
        recorded_at: source.now,
    };
    let notice = Notice::PaidOut {
        amount: fact.amount.to_string(),
        commission: Money::from_minor(fact.commission.minor() + fact.costs.minor(), fact.amount.currency()).to_string(),
    };
    let source = with_mail(state, brief, source, notice).await?;
    let claim_id = brief.id.clone();
    let entry = state.db.run(move |c| money::record_payout(c, &claim_id, &source, &row)).await?;
    settle(state, entry)
}

pub async fn record_promise(
    state: &AppState,
    brief: &CaseBrief,
    source: Source,
    fact: &PromiseFact,
) -> Result<Stored, CaseError> {
    let instalments: Vec<serde_json::Value> =
        fact.instalments.iter().map(|(on, m)| json!({"due_on": on.to_string(), "amount_minor": m.minor()})).collect();
    let row = PromiseRow {
        id: crate::db::new_id("pr_"),
        claim_id: brief.id.clone(),
        made_on: crate::db::from_micros(source.now).date_naive().to_string(),
        amount_minor: fact.amount.minor(),
        due_on: fact.due_on.to_string(),
        instalments: serde_json::Value::from(instalments).to_string(),
        broken_on: None,
        recorded_at: source.now,
    };
    let claim_id = brief.id.clone();
    let entry = state.db.run(move |c| money::record_promise(c, &claim_id, &source, &row)).await?;
    settle(state, entry)
}

/// `POST /api/v1/claims/{id}/direct-payments` and the case page's form.
#[derive(Debug, Default, Clone, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct DirectPaymentInput {
    pub amount: Option<MoneyInput>,
    pub received_on: String,
}

/// The creditor reports that the debtor paid them directly: recorded (allocated costs ->
/// interest -> principal) and, in the same transaction, queued for the partner so that it
/// stops chasing that money.
pub async fn report_direct_payment(
    state: &AppState,
    creditor_id: &str,
    claim_id: &str,
    input: &DirectPaymentInput,
    actor: Option<&str>,
) -> Result<(Stored, String), CaseError> {
    let lookup = claim_id.to_string();
    let brief = state.db.run(move |c| claims::brief(c, &lookup)).await?;
    let brief = brief.filter(|b| b.creditor_id == creditor_id).ok_or(CaseError::NotFound)?;
    let currency = currency(&brief)?;
    let mut errors = FieldErrors::new();
    let amount = money_field(&mut errors, "amount", input.amount.as_ref(), currency, true);
    let received_on = errors.check("received_on", parse_date(&input.received_on));
    if let Some(on) = received_on.filter(|on| *on > state.today()) {
        errors.add("received_on", format!("{on} lies in the future"));
    }
    if !errors.is_empty() {
        return Err(CaseError::Invalid(errors));
    }
    let (amount, received_on) = (amount.expect("checked"), received_on.expect("checked"));
    let status = CaseStatus::parse(&brief.status).unwrap_or(CaseStatus::Submitted);
    if matches!(status, CaseStatus::Withdrawn) {
        return Err(CaseError::Conflict("the case is withdrawn".into()));
    }
    let now = state.now();
    let id = crate::db::new_id("dp_");
    let mut outbox = Vec::new();
    let speaks_v1_1 = state.registry.get(&brief.partner_id).is_some_and(|p| p.protocol() >= Protocol::V1_1);
    if speaks_v1_1 {
        let payload = json!({
            "id": id,
            "case_id": brief.id,
            "amount": amount,
            "received_on": received_on.to_string(),
        });
        outbox.push(DeliveryRow::with_payload(&brief.id, &brief.partner_id, DIRECT_PAYMENT, payload.to_string(), now));
    }
    let source = Source {
        name: "creditor".into(),
        webhook_id: None,
        check: None,
        occurred_at: now,
        now,
        outbox,
        actor: actor.map(str::to_string),
    };
    let payment = NewPayment {
        external_id: id.clone(),
        amount_minor: amount.minor(),
        received_on: received_on.to_string(),
        paid_to: PaidTo::Creditor.as_str(),
        allocation: None,
        label: "Direct payment reported by the creditor".into(),
    };
    let claim = brief.id.clone();
    let entry = state.db.run(move |c| money::record_payment(c, &claim, &source, &payment)).await?;
    Ok((settle(state, entry)?, id))
}
