//! The reminder flow before the hand-over: the operations every door calls (the creditor's
//! pages and API, the debtor's response page, the scheduler). Each checks, writes in one
//! transaction (`crate::db::reminders`), then wakes the outbox and the live streams.

use chrono::NaiveDate;
use serde::Serialize;

use crate::cases::notify::{MailPayload, Notice};
use crate::db::claims::{self, ClaimDetail, EventRow, PLATFORM, kind};
use crate::db::deliveries::{DeliveryRow, HAND_OVER, MAIL, MAIL_RECIPIENT};
use crate::db::quotes::{self, QuoteRow};
use crate::db::reminders::{
    self as store, AnswerRow, CallRow, Change, ChangeRecord, Changed, ClaimFlow, ClaimFlowRow, FlowStart,
    HandOverRecord, SentReminderRow, StepRow, StepRun, answer_state, step_state,
};
use crate::db::{DbError, new_id};
use crate::domain::claim::{ClaimInput, DebtorInput, InvoiceInput, MoneyInput, NewClaim};
use crate::domain::flow::{self, CallDecision, CallReason, Flow, FlowState, Planned, Step, StepKind};
use crate::domain::money::{Currency, Money};
use crate::domain::partner::Partner;
use crate::domain::quote::{Quote, QuoteRequest};
use crate::domain::routing::rank;
use crate::domain::status::CaseStatus;
use crate::domain::validation::FieldErrors;
use crate::mail::letters;
use crate::state::AppState;

/// What a reminder operation can answer: the same as every case operation's.
pub use super::CaseError as ReminderError;

/// What the debtor answered on the response page.
#[derive(Debug, Clone)]
pub enum DebtorAnswer {
    Paid { on: NaiveDate, reference: String },
    Promise { on: NaiveDate },
    Plan { instalments: u32, first_on: NaiveDate, note: String },
    Dispute { reason: String, text: String, document: Option<(String, String, Vec<u8>)> },
}

// ---------------------------------------------------------------- starting

/// The debtor as categories know it: the registration number and country, or the name and
/// country when there is no number.
pub fn debtor_key(country: &str, registration_number: Option<&str>, name: &str) -> String {
    let norm = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_uppercase();
    match registration_number.map(str::trim).filter(|r| !r.is_empty()) {
        Some(reg) => format!("reg:{}:{}", country.to_uppercase(), norm(reg)),
        None => format!("name:{}:{}", country.to_uppercase(), name.trim().to_lowercase()),
    }
}

/// The flow's steps as stored in a flow row.
pub fn steps_of(json: &str) -> Option<Flow> {
    let steps: Vec<Step> = serde_json::from_str(json).ok()?;
    Flow::parse(steps).ok()
}

/// The flow a new claim of `creditor_id` starts with: the one named (`flow` field; it must be
/// the creditor's), else the one of the debtor's category, else the default flow.
pub async fn flow_start(
    state: &AppState,
    creditor_id: &str,
    flow_id: Option<&str>,
    claim: &NewClaim,
    claim_id: &str,
) -> Result<FlowStart, ReminderError> {
    let creditor = creditor_id.to_string();
    let (name, flow_id, flow) = match flow_id.map(str::trim).filter(|f| !f.is_empty()) {
        Some(id) => {
            let lookup = id.to_string();
            let row = state.db.run(move |c| store::flow(c, &creditor, &lookup)).await?;
            let row = row.ok_or_else(|| ReminderError::field("flow", "no such flow of yours"))?;
            let flow =
                steps_of(&row.steps_json).ok_or_else(|| ReminderError::field("flow", "this flow is not valid"))?;
            (row.name, Some(row.id), flow)
        }
        None => {
            let debtor = claim.debtor();
            let key =
                debtor_key(debtor.country.code(), Some(debtor.registration_number.as_str()), debtor.name.as_str());
            let row = state.db.run(move |c| store::flow_of_debtor(c, &creditor, &key)).await?;
            match row.and_then(|r| steps_of(&r.steps_json).map(|f| (r, f))) {
                Some((row, flow)) => (row.name, Some(row.id), flow),
                None => (DEFAULT_FLOW_NAME.to_string(), None, Flow::default_flow()),
            }
        }
    };
    let due = claim.invoices().iter().map(|i| i.due_date).max().unwrap_or_else(|| state.today());
    let now = state.now();
    let steps = flow
        .schedule(due, state.today())
        .into_iter()
        .enumerate()
        .map(|(i, (kind, day))| StepRow {
            claim_id: claim_id.to_string(),
            position: i as i32,
            kind: kind.as_str().to_string(),
            due_on: day.to_string(),
            state: step_state::PENDING.into(),
            done_at: None,
        })
        .collect();
    let flow = ClaimFlowRow {
        claim_id: claim_id.to_string(),
        flow_id,
        flow_name: name,
        state: FlowState::Running.as_str().into(),
        paused_reason: None,
        paused_on: None,
        wait_until: None,
        created_at: now,
        updated_at: now,
    };
    Ok(FlowStart { flow, steps })
}

pub const DEFAULT_FLOW_NAME: &str = "Standard";

// ---------------------------------------------------------------- the scheduler

/// Everything of the reminder flows due today: broken promises first, then each due step in
/// order (several per claim when catching up after downtime). Returns how many things it did.
pub async fn run_due(state: &AppState) -> anyhow::Result<usize> {
    let today = state.today();
    let mut done = 0;
    let day = today.to_string();
    let waiting = state.db.run(move |c| store::waiting_past(c, &day)).await?;
    for claim_id in waiting {
        let (day, now) = (today.to_string(), state.now());
        if state.db.run(move |c| store::promise_broken(c, &claim_id, &day, now)).await? {
            done += 1;
        }
    }
    for _round in 0..flow::MAX_STEPS {
        let day = today.to_string();
        let due = state.db.run(move |c| store::due_claims(c, &day)).await?;
        let mut ran = 0;
        for claim_id in due {
            match run_next(state, &claim_id, today).await {
                Ok(true) => ran += 1,
                Ok(false) => {}
                Err(e) => {
                    tracing::warn!(claim = %claim_id, error = %e, "a reminder step could not run; it is tried again")
                }
            }
        }
        done += ran;
        if ran == 0 {
            break;
        }
    }
    if done > 0 {
        state.dispatch.wake();
        state.live.kick();
    }
    Ok(done)
}

fn planned(steps: &[StepRow]) -> Vec<Planned> {
    steps
        .iter()
        .filter_map(|s| {
            Some(Planned {
                position: s.position,
                kind: StepKind::parse(&s.kind)?,
                due_on: s.due_on.parse().ok()?,
                pending: s.state == step_state::PENDING,
            })
        })
        .collect()
}

fn wait_until(flow: &ClaimFlowRow) -> Option<NaiveDate> {
    flow.wait_until.as_deref().and_then(|d| d.parse().ok())
}

/// Runs the claim's next step when it is due today; false when nothing ran (not due, or
/// another instance ran it first).
async fn run_next(state: &AppState, claim_id: &str, today: NaiveDate) -> Result<bool, ReminderError> {
    let lookup = claim_id.to_string();
    let Some(cf) = state.db.run(move |c| store::of_claim(c, &lookup)).await? else { return Ok(false) };
    let Some(step) = flow::due_step(FlowState::parse(&cf.flow.state), wait_until(&cf.flow), &planned(&cf.steps), today)
    else {
        return Ok(false);
    };
    match step.kind {
        StepKind::HandOver => {
            hand_over(state, claim_id, Some(step.position), None, "the flow reached its hand-over").await
        }
        StepKind::Call => {
            let run = StepRun {
                claim_id: claim_id.to_string(),
                position: step.position,
                message: "Phone call due today: talk only about the overdue payment, ask why it was not paid, and \
                          insist on a concrete payment date"
                    .into(),
                reminder: None,
                link: None,
                mail: None,
                now: state.now(),
            };
            Ok(state.db.run(move |c| store::run_step(c, &run)).await?)
        }
        StepKind::Reminder | StepKind::FormalNotice => send_reminder(state, claim_id, &cf, step, today).await,
    }
}

/// The claim as intake reads it again: for the quote of today and the hand-over.
fn claim_input(detail: &ClaimDetail, disputed: bool) -> ClaimInput {
    let debtor: DebtorInput = serde_json::from_str(&detail.claim.debtor_json).unwrap_or_default();
    ClaimInput {
        debtor,
        invoices: detail
            .invoices
            .iter()
            .map(|i| InvoiceInput {
                number: i.number.clone(),
                issue_date: i.issue_date.clone(),
                due_date: i.due_date.clone(),
                amount: MoneyInput {
                    amount: Money::from_minor(i.amount_minor, currency_of(&detail.claim.currency)).amount().to_string(),
                    currency: detail.claim.currency.clone(),
                },
            })
            .collect(),
        disputed,
        ..ClaimInput::default()
    }
}

/// Routes and prices the claim as of today: the partner it would go to and the quote.
fn price_today<'s>(
    state: &'s AppState,
    detail: &ClaimDetail,
    disputed: bool,
) -> Result<(NewClaim, &'s Partner, Quote), ReminderError> {
    let today = state.today();
    let input = claim_input(detail, disputed);
    let claim = NewClaim::parse(&input, today).map_err(ReminderError::Invalid)?;
    let request = QuoteRequest::for_claim(&claim, today);
    let standings = state.standings();
    let ranked = rank(state.registry.all(), &state.rules, &request.routing(), &standings)
        .map_err(|e| ReminderError::Conflict(e.to_string()))?;
    let quote =
        Quote::for_ranked(&ranked, &state.rules, &request, None).map_err(|e| ReminderError::Conflict(e.to_string()))?;
    Ok((claim, ranked[0].partner, quote))
}

async fn send_reminder(
    state: &AppState,
    claim_id: &str,
    cf: &ClaimFlow,
    step: Planned,
    today: NaiveDate,
) -> Result<bool, ReminderError> {
    let lookup = claim_id.to_string();
    let detail = state.db.run(move |c| claims::get_any(c, &lookup)).await?.ok_or(ReminderError::NotFound)?;
    let creditor_id = detail.claim.creditor_id.clone();
    let (lookup, c2) = (creditor_id.clone(), creditor_id.clone());
    let creditor =
        state.db.run(move |c| crate::db::creditors::get(c, &lookup)).await?.ok_or(ReminderError::NotFound)?;
    let opted_in = state.db.run(move |c| store::charges_fees(c, &c2)).await?;
    let currency = Currency::parse(&detail.claim.currency).map_err(|e| ReminderError::Internal(e.into()))?;
    let (_, partner, quote) = price_today(state, &detail, detail.claim.disputed)?;
    let debtor: serde_json::Value = serde_json::from_str(&detail.claim.debtor_json).unwrap_or_default();
    let language = debtor["language"].as_str().unwrap_or("en").to_string();
    let email = debtor["contact"]["email"].as_str().map(str::trim).filter(|e| !e.is_empty()).map(str::to_string);
    let earlier: Vec<NaiveDate> =
        cf.reminders.iter().filter(|r| r.fee_minor.is_some()).filter_map(|r| r.sent_on.parse().ok()).collect();
    let creditor_country = crate::domain::country::Country::parse(&creditor.country)
        .map_err(|e| ReminderError::Internal(anyhow::anyhow!("the creditor's country: {e}")))?;
    let fee =
        crate::domain::reminder_fee::fee_for(&state.rules, creditor_country, currency, today, &earlier, opted_in).fee;
    let now = state.now();
    let (token, link) = store::new_link(claim_id, now);
    let response_url = format!("{}/r/{token}", state.public_url);
    let invoices: Vec<letters::LetterInvoice> = detail
        .invoices
        .iter()
        .filter_map(|i| {
            Some(letters::LetterInvoice {
                number: i.number.clone(),
                issue_date: i.issue_date.parse().ok()?,
                due_date: i.due_date.parse().ok()?,
                outstanding: Money::from_minor(i.amount_minor, currency),
            })
        })
        .collect();
    let address = [creditor.address_line.as_deref(), creditor.postal_code.as_deref(), creditor.city.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ");
    let contact = creditor.contact_email.clone().unwrap_or_else(|| creditor.email.clone());
    let payment = creditor.iban.clone().map(|iban| letters::PaymentDetails {
        iban,
        bic: creditor.bic.clone(),
        reference: invoices.first().map(|i| i.number.clone()).unwrap_or_else(|| claim_id.to_string()),
    });
    let agency = (step.kind == StepKind::FormalNotice).then(|| letters::Agency {
        name: partner.name.clone(),
        licence: partner.licences.first().map(|l| format!("{} {}", l.authority, l.number)).unwrap_or_default(),
    });
    let claimable = &quote.claimable_from_debtor;
    let letter = letters::reminder(&letters::LetterInput {
        language: &language,
        kind: if step.kind == StepKind::FormalNotice {
            letters::LetterKind::FormalNotice
        } else {
            letters::LetterKind::Reminder
        },
        creditor_name: &creditor.name,
        creditor_address: &address,
        creditor_contact: &contact,
        debtor_name: &detail.claim.debtor_name,
        invoices: &invoices,
        outstanding: Money::from_minor(detail.claim.principal_minor, currency),
        interest: claimable.late_interest,
        compensation: claimable.compensation,
        fee,
        payment,
        response_url: &response_url,
        agency,
        today,
    });
    let channel = if email.is_some() { "email" } else { "letter" };
    let reminder = SentReminderRow {
        id: new_id("rm_"),
        claim_id: claim_id.to_string(),
        position: step.position,
        kind: step.kind.as_str().to_string(),
        channel: channel.to_string(),
        language: letter.language.code().to_string(),
        recipient: email.clone(),
        subject: letter.subject.clone(),
        body_text: letter.text.clone(),
        body_html: letter.html.clone(),
        fee_minor: fee.map(|f| f.minor()),
        currency: currency.code().to_string(),
        sent_on: today.to_string(),
        sent_at: now,
    };
    let mail = email.map(|to| debtor_mail(claim_id, to, letter.subject.clone(), letter.text.clone(), now));
    let what = if step.kind == StepKind::FormalNotice { "Formal notice" } else { "Written reminder" };
    let how = match channel {
        "email" => "sent by e-mail".to_string(),
        _ => "ready to print and post (no e-mail address for the debtor)".to_string(),
    };
    let fee_text = fee.map(|f| format!(", reminder fee {f}")).unwrap_or_default();
    let run = StepRun {
        claim_id: claim_id.to_string(),
        position: step.position,
        message: format!("{what} {how}{fee_text}"),
        reminder: Some(reminder),
        link: Some(link),
        mail,
        now,
    };
    Ok(state.db.run(move |c| store::run_step(c, &run)).await?)
}

/// An e-mail to the debtor, through the durable outbox.
fn debtor_mail(claim_id: &str, to: String, subject: String, text: String, now: i64) -> DeliveryRow {
    let payload = MailPayload { to, notice: Notice::ToDebtor { subject, text } };
    let payload = serde_json::to_string(&payload).expect("notices serialise");
    DeliveryRow::with_payload(claim_id, MAIL_RECIPIENT, MAIL, payload, now)
}

// ---------------------------------------------------------------- the hand-over

/// Hands a reminding claim over through the ordinary path: routed and priced today, its
/// history carrying what the flow did, a hand-over in the outbox. False when it was not
/// reminding any more (or another instance handed it over first).
pub async fn hand_over(
    state: &AppState,
    claim_id: &str,
    position: Option<i32>,
    actor: Option<&str>,
    why: &str,
) -> Result<bool, ReminderError> {
    let lookup = claim_id.to_string();
    let detail = state.db.run(move |c| claims::get_any(c, &lookup)).await?.ok_or(ReminderError::NotFound)?;
    if detail.claim.status != CaseStatus::Reminding.as_str() {
        return Ok(false);
    }
    let lookup = claim_id.to_string();
    let cf = state.db.run(move |c| store::of_claim(c, &lookup)).await?;
    let disputed = detail.claim.disputed;
    let (claim, partner, quote) = price_today(state, &detail, disputed)?;
    let now = state.now();
    let quote_json = serde_json::to_string(&quote).map_err(|e| ReminderError::Internal(e.into()))?;
    let history = history_json(&detail.claim.history_json, cf.as_ref(), &detail.claim.currency, disputed);
    let mut event = EventRow::platform(
        claim_id,
        CaseStatus::Submitted,
        now,
        format!("Handed over ({why}) and routed to {} ({})", partner.name, partner.kind.label().to_lowercase()),
    );
    event.actor = actor.map(str::to_string);
    let record = HandOverRecord {
        claim_id: claim_id.to_string(),
        position,
        partner_id: partner.id.to_string(),
        service: claim.service().as_str().to_string(),
        disputed: claim.disputed(),
        quote: QuoteRow::new(claim_id, partner.id.as_str(), quotes::state::FILED, quote_json.clone(), None, now),
        quote_json,
        history_json: history,
        event,
        delivery: DeliveryRow::new(claim_id, partner.id.as_str(), HAND_OVER, now),
        now,
    };
    let done = state.db.run(move |c| store::hand_over(c, &record)).await?;
    if done {
        tracing::info!(claim = %claim_id, partner = %partner.id, "reminding claim handed over");
        state.dispatch.wake();
        state.live.kick();
    }
    Ok(done)
}

/// The case document's `history`: what the creditor said at filing, with every reminder the
/// flow sent (dates, fees), the calls, the promises and the debtor's answers.
fn history_json(filed: &str, cf: Option<&ClaimFlow>, currency: &str, disputed: bool) -> String {
    let mut history: serde_json::Value = serde_json::from_str(filed).unwrap_or_else(|_| serde_json::json!({}));
    let Some(cf) = cf else { return history.to_string() };
    let currency = currency_of(currency);
    let money = |minor: Option<i64>| minor.map(|m| Money::from_minor(m, currency));
    let mut sent: Vec<String> = history["reminders_sent"]
        .as_array()
        .map(|a| a.iter().filter_map(|v| v.as_str().map(str::to_string)).collect())
        .unwrap_or_default();
    sent.extend(cf.reminders.iter().map(|r| r.sent_on.clone()));
    history["reminders_sent"] = serde_json::json!(sent);
    history["reminders"] = serde_json::json!(
        cf.reminders
            .iter()
            .map(|r| serde_json::json!({"kind": r.kind, "channel": r.channel, "language": r.language,
                                     "sent_on": r.sent_on, "fee": money(r.fee_minor)}))
            .collect::<Vec<_>>()
    );
    history["calls"] = serde_json::json!(
        cf.calls
            .iter()
            .map(|c| serde_json::json!({"on": crate::db::from_micros(c.created_at).date_naive().to_string(),
                                     "reached": c.reached, "reason": c.reason, "promised_on": c.promised_on,
                                     "promised_amount": money(c.promised_amount_minor), "notes": c.notes}))
            .collect::<Vec<_>>()
    );
    history["debtor_answers"] = serde_json::json!(cf
        .answers
        .iter()
        .map(|a| serde_json::json!({"kind": a.kind, "on": crate::db::from_micros(a.created_at).date_naive().to_string(),
                                     "details": serde_json::from_str::<serde_json::Value>(&a.fields_json).unwrap_or_default(),
                                     "state": a.state}))
        .collect::<Vec<_>>());
    let reason = cf.calls.iter().rev().find_map(|c| c.reason.clone());
    if disputed {
        history["debtor_response"] = serde_json::json!("disputes");
    } else if let Some(reason) = reason {
        history["debtor_response"] = serde_json::json!(reason);
    }
    history.to_string()
}

// ---------------------------------------------------------------- the creditor's operations

/// The creditor's reminding claim, or `NotFound`.
async fn own_flow(
    state: &AppState,
    creditor_id: &str,
    claim_id: &str,
) -> Result<(claims::CaseBrief, ClaimFlow), ReminderError> {
    let lookup = claim_id.to_string();
    let brief = state.db.run(move |c| claims::brief(c, &lookup)).await?;
    let brief = brief.filter(|b| b.creditor_id == creditor_id).ok_or(ReminderError::NotFound)?;
    let lookup = claim_id.to_string();
    let cf = state.db.run(move |c| store::of_claim(c, &lookup)).await?;
    let cf =
        cf.ok_or_else(|| ReminderError::Conflict("this claim has no reminders: it went straight to a partner".into()))?;
    if brief.status != CaseStatus::Reminding.as_str() {
        return Err(not_reminding(&brief.status));
    }
    Ok((brief, cf))
}

fn not_reminding(status: &str) -> ReminderError {
    let label = CaseStatus::parse(status).map_or(status.to_string(), |s| s.label().to_lowercase());
    ReminderError::Conflict(format!("the reminders are over: the claim is {label}"))
}

fn entry(claim_id: &str, now: i64, actor: Option<&str>, message: String) -> EventRow {
    let mut e = EventRow::entry(claim_id, CaseStatus::Reminding.as_str(), kind::NOTICE, PLATFORM, now, now);
    e.message = Some(message);
    e.actor = actor.map(str::to_string);
    e
}

async fn apply(state: &AppState, record: ChangeRecord) -> Result<(), ReminderError> {
    match state.db.run(move |c| store::change(c, &record)).await? {
        Changed::Done => {
            state.dispatch.wake();
            state.live.kick();
            Ok(())
        }
        Changed::NoClaim => Err(ReminderError::NotFound),
        Changed::NotReminding(status) => Err(not_reminding(&status)),
        Changed::Stale => Err(ReminderError::Conflict("this answer was decided already".into())),
    }
}

fn record(claim_id: &str, creditor_id: &str, changes: Vec<Change>, event: EventRow, now: i64) -> ChangeRecord {
    ChangeRecord {
        claim_id: claim_id.to_string(),
        creditor_id: creditor_id.to_string(),
        changes,
        event,
        call: None,
        answer: None,
        decide: None,
        mark_disputed: false,
        outbox: Vec::new(),
        now,
    }
}

pub async fn pause(
    state: &AppState,
    creditor_id: &str,
    claim_id: &str,
    actor: Option<&str>,
) -> Result<(), ReminderError> {
    let change = Change::Pause { reason: "creditor".into(), on: state.today().to_string() };
    let (from, not_so, said) =
        (FlowState::Running, "the reminders are not running", "Reminders paused by the creditor");
    switch(state, creditor_id, claim_id, actor, from, not_so, change, said).await
}

pub async fn resume(
    state: &AppState,
    creditor_id: &str,
    claim_id: &str,
    actor: Option<&str>,
) -> Result<(), ReminderError> {
    let change = Change::Resume { today: state.today() };
    let (from, not_so, said) = (FlowState::Paused, "the reminders are not paused", "Reminders resumed by the creditor");
    switch(state, creditor_id, claim_id, actor, from, not_so, change, said).await?;
    state.schedule.wake();
    Ok(())
}

/// Pause or resume: `change` applies only to a flow that is `from`, else the claim cannot
/// take it now (`not_so`); the thread says `said`, naming who.
#[allow(clippy::too_many_arguments)]
async fn switch(
    state: &AppState,
    creditor_id: &str,
    claim_id: &str,
    actor: Option<&str>,
    from: FlowState,
    not_so: &str,
    change: Change,
    said: &str,
) -> Result<(), ReminderError> {
    let (_, cf) = own_flow(state, creditor_id, claim_id).await?;
    if cf.flow.state != from.as_str() {
        return Err(ReminderError::Conflict(not_so.into()));
    }
    let now = state.now();
    let event = entry(claim_id, now, actor, said.into());
    apply(state, record(claim_id, creditor_id, vec![change], event, now)).await
}

/// The creditor stops the reminders: the claim is withdrawn, nothing more is sent.
pub async fn stop(
    state: &AppState,
    creditor_id: &str,
    claim_id: &str,
    actor: Option<&str>,
) -> Result<(), ReminderError> {
    own_flow(state, creditor_id, claim_id).await?;
    let (creditor, claim, now, actor) =
        (creditor_id.to_string(), claim_id.to_string(), state.now(), actor.map(str::to_string));
    match state.db.run(move |c| claims::withdraw(c, &creditor, &claim, now, actor.as_deref())).await? {
        claims::Withdrawal::Done => {
            state.live.kick();
            Ok(())
        }
        claims::Withdrawal::NoClaim => Err(ReminderError::NotFound),
        claims::Withdrawal::Closed(status) => Err(not_reminding(status.as_str())),
    }
}

/// The creditor skips ahead: the claim is handed over now.
pub async fn hand_over_now(
    state: &AppState,
    creditor_id: &str,
    claim_id: &str,
    actor: Option<&str>,
) -> Result<(), ReminderError> {
    own_flow(state, creditor_id, claim_id).await?;
    if hand_over(state, claim_id, None, actor, "the creditor chose to hand it over now").await? {
        Ok(())
    } else {
        Err(ReminderError::Conflict("the claim was handed over already".into()))
    }
}

/// The debtor paid the creditor before the hand-over: the claim is settled, nothing more is
/// sent. An open "we have paid" answer is confirmed with it.
pub async fn mark_paid(
    state: &AppState,
    creditor_id: &str,
    claim_id: &str,
    amount: &str,
    received_on: &str,
    actor: Option<&str>,
) -> Result<(), ReminderError> {
    let (brief, cf) = own_flow(state, creditor_id, claim_id).await?;
    let currency = Currency::parse(&brief.currency).map_err(|e| ReminderError::Internal(e.into()))?;
    let mut errors = FieldErrors::default();
    let amount = match Money::parse(amount.trim(), currency) {
        Ok(m) if m.minor() > 0 => Some(m),
        Ok(_) => {
            errors.add("amount", "an amount above zero");
            None
        }
        Err(e) => {
            errors.add("amount", format!("an amount in {currency}: {e}"));
            None
        }
    };
    let received = match received_on.trim().parse::<NaiveDate>() {
        Ok(d) if d <= state.today() => Some(d),
        Ok(_) => {
            errors.add("received_on", "the payment cannot be received in the future");
            None
        }
        Err(_) => {
            errors.add("received_on", "a date written as YYYY-MM-DD");
            None
        }
    };
    let (Some(amount), Some(received)) = (amount, received) else { return Err(ReminderError::Invalid(errors)) };
    let now = state.now();
    let mut event = EventRow::platform(
        claim_id,
        CaseStatus::Settled,
        now,
        format!("Marked paid by the creditor: {amount} received on {received}; the reminders end"),
    );
    event.actor = actor.map(str::to_string);
    let mut change = record(claim_id, creditor_id, vec![Change::Settle], event, now);
    change.decide = cf
        .answers
        .iter()
        .find(|a| a.kind == "paid" && a.state == answer_state::OPEN)
        .map(|a| (a.id.clone(), answer_state::CONFIRMED.to_string()));
    apply(state, change).await
}

/// What the creditor learned on the phone.
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(default)]
pub struct CallInput {
    pub reached: Option<bool>,
    pub reason: Option<String>,
    pub promised_on: Option<String>,
    pub promised_amount: Option<String>,
    pub notes: Option<String>,
}

pub const MAX_NOTES: usize = 2000;

/// Records a call's outcome; the reason picks the next step (see [`flow::decide_call`]).
pub async fn record_call(
    state: &AppState,
    creditor_id: &str,
    claim_id: &str,
    input: &CallInput,
    actor: Option<&str>,
) -> Result<(), ReminderError> {
    let (brief, _) = own_flow(state, creditor_id, claim_id).await?;
    let currency = Currency::parse(&brief.currency).map_err(|e| ReminderError::Internal(e.into()))?;
    let today = state.today();
    let mut errors = FieldErrors::default();
    let reached = input.reached;
    if reached.is_none() {
        errors.add("reached", "say whether the debtor was reached (true or false)");
    }
    let reason = match input.reason.as_deref().map(str::trim).filter(|r| !r.is_empty()) {
        None => None,
        Some(r) => match CallReason::parse(r) {
            Some(reason) => Some(reason),
            None => {
                errors.add("reason", "one of: forgot, cannot_pay, refuses, disputes");
                None
            }
        },
    };
    let promised_on = match input.promised_on.as_deref().map(str::trim).filter(|r| !r.is_empty()) {
        None => None,
        Some(d) => match d.parse::<NaiveDate>() {
            Ok(d) if d < today => {
                errors.add("promised_on", "a promised date cannot be in the past");
                None
            }
            Ok(d) if d > flow::add_days(today, flow::MAX_PROMISE_DAYS) => {
                errors.add("promised_on", format!("at most {} days ahead", flow::MAX_PROMISE_DAYS));
                None
            }
            Ok(d) => Some(d),
            Err(_) => {
                errors.add("promised_on", "a date written as YYYY-MM-DD");
                None
            }
        },
    };
    let promised_amount = match input.promised_amount.as_deref().map(str::trim).filter(|r| !r.is_empty()) {
        None => None,
        Some(a) => match Money::parse(a, currency) {
            Ok(m) if m.minor() > 0 => Some(m),
            _ => {
                errors.add("promised_amount", format!("an amount above zero in {currency}"));
                None
            }
        },
    };
    let notes = input.notes.clone().unwrap_or_default();
    if notes.chars().count() > MAX_NOTES {
        errors.add("notes", format!("at most {MAX_NOTES} characters"));
    }
    if reached == Some(false) && (reason.is_some() || promised_on.is_some()) {
        errors.add("reached", "a reason or a promise needs the debtor reached");
    }
    if !errors.is_empty() {
        return Err(ReminderError::Invalid(errors));
    }
    let reached = reached.unwrap_or(false);
    let now = state.now();
    let call = CallRow {
        id: new_id("call_"),
        claim_id: claim_id.to_string(),
        reached,
        reason: reason.map(|r| r.as_str().to_string()),
        promised_on: promised_on.map(|d| d.to_string()),
        promised_amount_minor: promised_amount.map(|m| m.minor()),
        notes: notes.trim().to_string(),
        actor: actor.map(str::to_string),
        created_at: now,
    };
    let decision = flow::decide_call(reached, reason, promised_on);
    let said = match (reached, reason) {
        (false, _) => "Phone call: the debtor was not reached".to_string(),
        (true, Some(r)) => format!("Phone call: the debtor was reached ({})", reason_label(r)),
        (true, None) => "Phone call: the debtor was reached".to_string(),
    };
    let mut changes = vec![Change::Note];
    let mut outbox = Vec::new();
    let mut mark_disputed = false;
    let next = match decision {
        CallDecision::Continue => "the flow goes on as planned".to_string(),
        CallDecision::Promise(on) => {
            changes = vec![Change::Wait { until: on.to_string() }];
            let amount = promised_amount.unwrap_or(Money::from_minor(brief.principal_minor, currency));
            outbox.extend(promise_mail(state, claim_id, &brief, amount, on).await?);
            format!("promised to pay {amount} on {on}; confirmed to the debtor in writing")
        }
        CallDecision::OneMoreChance => {
            let day = flow::add_days(today, flow::ONE_MORE_CHANCE_DAYS);
            changes = vec![Change::HandOverOn { day: day.to_string() }];
            format!("one more chance: the hand-over moves to {day}")
        }
        CallDecision::HandOverNow => "the claim is handed over now".to_string(),
        CallDecision::DisputeHandOver => {
            mark_disputed = true;
            changes = vec![Change::SkipWritten];
            "the claim is disputed and handed over now, to a law firm".to_string()
        }
    };
    let event = entry(claim_id, now, actor, format!("{said}; {next}"));
    let mut change = record(claim_id, creditor_id, changes, event, now);
    change.call = Some(call);
    change.outbox = outbox;
    change.mark_disputed = mark_disputed;
    apply(state, change).await?;
    if matches!(decision, CallDecision::HandOverNow | CallDecision::DisputeHandOver) {
        hand_over(state, claim_id, None, actor, "after the phone call").await?;
    }
    state.schedule.wake();
    Ok(())
}

fn reason_label(reason: CallReason) -> &'static str {
    match reason {
        CallReason::Forgot => "forgot",
        CallReason::CannotPay => "cannot pay",
        CallReason::Refuses => "refuses",
        CallReason::Disputes => "disputes the claim",
    }
}

/// The written confirmation of a promise, to the debtor's e-mail address (none without one).
async fn promise_mail(
    state: &AppState,
    claim_id: &str,
    brief: &claims::CaseBrief,
    amount: Money,
    on: NaiveDate,
) -> Result<Option<DeliveryRow>, ReminderError> {
    let lookup = claim_id.to_string();
    let detail = state.db.run(move |c| claims::get_any(c, &lookup)).await?.ok_or(ReminderError::NotFound)?;
    let debtor: serde_json::Value = serde_json::from_str(&detail.claim.debtor_json).unwrap_or_default();
    let Some(to) = debtor["contact"]["email"].as_str().map(str::trim).filter(|e| !e.is_empty()).map(str::to_string)
    else {
        return Ok(None);
    };
    let language = debtor["language"].as_str().unwrap_or("en").to_string();
    let creditor_id = brief.creditor_id.clone();
    let creditor =
        state.db.run(move |c| crate::db::creditors::get(c, &creditor_id)).await?.ok_or(ReminderError::NotFound)?;
    let now = state.now();
    let lookup = claim_id.to_string();
    let token = state.db.run(move |c| store::link_for(c, &lookup, now)).await?;
    let response_url = format!("{}/r/{token}", state.public_url);
    let payment = creditor.iban.clone().map(|iban| letters::PaymentDetails {
        iban,
        bic: creditor.bic.clone(),
        reference: detail.invoices.first().map(|i| i.number.clone()).unwrap_or_else(|| claim_id.to_string()),
    });
    let letter = letters::promise_confirmation(&letters::PromiseInput {
        language: &language,
        creditor_name: &creditor.name,
        debtor_name: &brief.debtor_name,
        amount,
        promised_on: on,
        response_url: &response_url,
        payment,
    });
    Ok(Some(debtor_mail(claim_id, to, letter.subject, letter.text, now)))
}

/// The debtor answered on the response page. A promise is confirmed in writing at once and
/// the flow waits for it (a broken one runs the next step that day); "paid" pauses the flow
/// until the creditor confirms or denies; a plan waits for the creditor to accept or reject
/// it; a dispute stops the reminders and marks the claim disputed, so that its hand-over
/// goes to a law firm.
pub async fn debtor_answer(state: &AppState, claim_id: &str, answer: DebtorAnswer) -> Result<(), ReminderError> {
    let lookup = claim_id.to_string();
    let brief = state.db.run(move |c| claims::brief(c, &lookup)).await?.ok_or(ReminderError::NotFound)?;
    let (_, _) = own_flow(state, &brief.creditor_id, claim_id).await?;
    let currency = Currency::parse(&brief.currency).map_err(|e| ReminderError::Internal(e.into()))?;
    let today = state.today();
    let now = state.now();
    let mut outbox = Vec::new();
    let mut mark_disputed = false;
    let (kind, fields, answer_state, changes, message) = match &answer {
        DebtorAnswer::Promise { on } => {
            if *on < today {
                return Err(ReminderError::field("on", "a date from today on"));
            }
            if *on > flow::add_days(today, flow::MAX_PROMISE_DAYS) {
                return Err(ReminderError::field("on", format!("at most {} days ahead", flow::MAX_PROMISE_DAYS)));
            }
            let amount = Money::from_minor(brief.principal_minor, currency);
            outbox.extend(promise_mail(state, claim_id, &brief, amount, *on).await?);
            (
                "promise",
                serde_json::json!({"on": on.to_string()}),
                answer_state::NOTED,
                vec![Change::Wait { until: on.to_string() }],
                format!("The debtor promised on the response page to pay on {on}; confirmed to the debtor in writing"),
            )
        }
        DebtorAnswer::Paid { on, reference } => {
            if *on > today {
                return Err(ReminderError::field("on", "a payment date that has come"));
            }
            (
                "paid",
                serde_json::json!({"on": on.to_string(), "reference": reference.trim()}),
                answer_state::OPEN,
                vec![Change::Pause { reason: "debtor_says_paid".into(), on: today.to_string() }],
                format!(
                    "The debtor says it paid on {on} (reference \"{}\"); the reminders wait until you confirm or deny it",
                    reference.trim()
                ),
            )
        }
        DebtorAnswer::Plan { instalments, first_on, note } => {
            if !(2..=24).contains(instalments) {
                return Err(ReminderError::field("instalments", "from 2 to 24 instalments"));
            }
            if *first_on < today {
                return Err(ReminderError::field("first_on", "a date from today on"));
            }
            (
                "plan",
                serde_json::json!({"instalments": instalments, "first_on": first_on.to_string(), "note": note.trim()}),
                answer_state::OPEN,
                vec![Change::Note],
                format!(
                    "The debtor proposes an instalment plan: {instalments} instalments from {first_on}; accept or reject it"
                ),
            )
        }
        DebtorAnswer::Dispute { reason, text, .. } => {
            mark_disputed = true;
            (
                "dispute",
                serde_json::json!({"reason": reason.trim(), "text": text.trim()}),
                answer_state::NOTED,
                vec![Change::SkipWritten],
                format!(
                    "The debtor disputes the claim ({}); no more reminders are sent, and the hand-over goes to a law firm",
                    reason.trim()
                ),
            )
        }
    };
    let answer_row = AnswerRow {
        id: new_id("da_"),
        claim_id: claim_id.to_string(),
        kind: kind.to_string(),
        fields_json: fields.to_string(),
        state: answer_state.to_string(),
        created_at: now,
        decided_at: None,
    };
    let mut event = entry(claim_id, now, None, message);
    event.source = "debtor".into();
    let mut change = record(claim_id, &brief.creditor_id, changes, event, now);
    change.answer = Some(answer_row);
    change.outbox = outbox;
    change.mark_disputed = mark_disputed;
    apply(state, change).await?;
    if let DebtorAnswer::Dispute { document: Some((name, media_type, bytes)), .. } = answer {
        let name = format!("Debtor - {name}");
        crate::cases::documents::add_from_creditor(
            state,
            &brief.creditor_id,
            claim_id,
            &name,
            Some(&media_type),
            bytes,
            None,
        )
        .await
        .map_err(|e| match e {
            crate::cases::CaseError::Invalid(errors) => ReminderError::Invalid(errors),
            other => ReminderError::Internal(anyhow::anyhow!("the debtor's document: {other}")),
        })?;
    }
    Ok(())
}

/// The creditor decides an open answer: confirms or denies "paid", accepts or rejects a plan.
pub async fn decide_answer(
    state: &AppState,
    creditor_id: &str,
    claim_id: &str,
    answer_id: &str,
    accept: bool,
    actor: Option<&str>,
) -> Result<(), ReminderError> {
    let (_, cf) = own_flow(state, creditor_id, claim_id).await?;
    let answer = cf.answers.iter().find(|a| a.id == answer_id).ok_or(ReminderError::NotFound)?;
    if answer.state != answer_state::OPEN {
        return Err(ReminderError::Conflict("this answer was decided already".into()));
    }
    let fields: serde_json::Value = serde_json::from_str(&answer.fields_json).unwrap_or_default();
    let now = state.now();
    let (changes, new_state, message, status) = match (answer.kind.as_str(), accept) {
        ("paid", true) => (
            vec![Change::Settle],
            answer_state::CONFIRMED,
            "The creditor confirmed the debtor's payment; the claim is settled".to_string(),
            CaseStatus::Settled,
        ),
        ("paid", false) => (
            vec![Change::Resume { today: state.today() }],
            answer_state::DENIED,
            "The creditor did not receive the payment the debtor reported; the reminders go on".to_string(),
            CaseStatus::Reminding,
        ),
        ("plan", true) => {
            let first = fields["first_on"].as_str().unwrap_or_default().to_string();
            (
                vec![Change::Wait { until: first.clone() }],
                answer_state::ACCEPTED,
                format!(
                    "The creditor accepted the debtor's instalment plan; the reminders wait for the first instalment on {first}"
                ),
                CaseStatus::Reminding,
            )
        }
        ("plan", false) => (
            vec![Change::Note],
            answer_state::REJECTED,
            "The creditor rejected the debtor's instalment plan; the reminders go on".to_string(),
            CaseStatus::Reminding,
        ),
        _ => return Err(ReminderError::Conflict("this answer needs no decision".into())),
    };
    let mut event = if status == CaseStatus::Settled {
        EventRow::platform(claim_id, status, now, message)
    } else {
        entry(claim_id, now, None, message)
    };
    event.actor = actor.map(str::to_string);
    let mut change = record(claim_id, creditor_id, changes, event, now);
    change.decide = Some((answer.id.clone(), new_state.to_string()));
    apply(state, change).await?;
    state.schedule.wake();
    Ok(())
}

// ---------------------------------------------------------------- what pages and the API show

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ReminderView {
    pub id: String,
    pub kind: String,
    pub channel: String,
    pub language: String,
    pub sent_at: String,
    pub sent_on: String,
    pub subject: String,
    pub fee: Option<Money>,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct NextStepView {
    pub kind: String,
    pub due_on: String,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct CallView {
    pub id: String,
    pub reached: bool,
    pub reason: Option<String>,
    pub promised_on: Option<String>,
    pub promised_amount: Option<Money>,
    pub notes: String,
    pub at: String,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct AnswerView {
    pub id: String,
    pub kind: String,
    pub details: serde_json::Value,
    pub state: String,
    pub at: String,
}

/// A claim's flow as the page and the JSON show it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct FlowView {
    pub flow_name: String,
    /// `running`, `paused` or `stopped`.
    pub state: String,
    pub paused_reason: Option<String>,
    pub waiting_until: Option<String>,
    pub reminders: Vec<ReminderView>,
    pub next_step: Option<NextStepView>,
    pub steps: Vec<NextStepView>,
    pub calls: Vec<CallView>,
    pub answers: Vec<AnswerView>,
    pub fees_charged: Option<Money>,
}

impl FlowView {
    pub fn of(cf: &ClaimFlow, currency: &str) -> Self {
        let currency = currency_of(currency);
        let m = |minor: Option<i64>| minor.map(|x| Money::from_minor(x, currency));
        let state = FlowState::parse(&cf.flow.state);
        let next = flow::next_step(state, wait_until(&cf.flow), &planned(&cf.steps));
        let fees: i64 = cf.reminders.iter().filter_map(|r| r.fee_minor).sum();
        Self {
            flow_name: cf.flow.flow_name.clone(),
            state: cf.flow.state.clone(),
            paused_reason: cf.flow.paused_reason.clone(),
            waiting_until: cf.flow.wait_until.clone(),
            reminders: cf
                .reminders
                .iter()
                .map(|r| ReminderView {
                    id: r.id.clone(),
                    kind: r.kind.clone(),
                    channel: r.channel.clone(),
                    language: r.language.clone(),
                    sent_at: crate::web::views::rfc3339(r.sent_at),
                    sent_on: r.sent_on.clone(),
                    subject: r.subject.clone(),
                    fee: m(r.fee_minor),
                })
                .collect(),
            next_step: next.map(|(s, day)| NextStepView { kind: s.kind.as_str().into(), due_on: day.to_string() }),
            steps: cf.steps.iter().map(|s| NextStepView { kind: s.kind.clone(), due_on: s.due_on.clone() }).collect(),
            calls: cf
                .calls
                .iter()
                .map(|c| CallView {
                    id: c.id.clone(),
                    reached: c.reached,
                    reason: c.reason.clone(),
                    promised_on: c.promised_on.clone(),
                    promised_amount: m(c.promised_amount_minor),
                    notes: c.notes.clone(),
                    at: crate::web::views::rfc3339(c.created_at),
                })
                .collect(),
            answers: cf
                .answers
                .iter()
                .map(|a| AnswerView {
                    id: a.id.clone(),
                    kind: a.kind.clone(),
                    details: serde_json::from_str(&a.fields_json).unwrap_or_default(),
                    state: a.state.clone(),
                    at: crate::web::views::rfc3339(a.created_at),
                })
                .collect(),
            fees_charged: (fees > 0).then(|| Money::from_minor(fees, currency)),
        }
    }
}

/// The flow of one of the creditor's claims, if it had reminders.
pub async fn view(state: &AppState, claim_id: &str, currency: &str) -> Result<Option<FlowView>, DbError> {
    let lookup = claim_id.to_string();
    let cf = state.db.run(move |c| store::of_claim(c, &lookup)).await?;
    Ok(cf.map(|cf| FlowView::of(&cf, currency)))
}

/// A sent reminder of one of the creditor's claims (for its printable page).
pub async fn sent_reminder(
    state: &AppState,
    creditor_id: &str,
    claim_id: &str,
    reminder_id: &str,
) -> Result<Option<SentReminderRow>, DbError> {
    let lookup = claim_id.to_string();
    let brief = state.db.run(move |c| claims::brief(c, &lookup)).await?;
    if brief.filter(|b| b.creditor_id == creditor_id).is_none() {
        return Ok(None);
    }
    let lookup = claim_id.to_string();
    let cf = state.db.run(move |c| store::of_claim(c, &lookup)).await?;
    Ok(cf.and_then(|cf| cf.reminders.into_iter().find(|r| r.id == reminder_id)))
}

/// A stored claim's currency (stored only after it was checked).
fn currency_of(code: &str) -> Currency {
    Currency::parse(code).unwrap_or_else(|_| Currency::parse("EUR").expect("EUR is a currency"))
}

pub const MAX_FLOW_NAME: usize = 80;

/// Creates (or, with `id`, changes) one of the creditor's flows; the editor and the API
/// refuse an invalid flow, naming the step (a third written reminder above all).
pub async fn save_flow(
    state: &AppState,
    creditor_id: &str,
    id: Option<&str>,
    name: &str,
    steps: Vec<Step>,
) -> Result<store::FlowRow, ReminderError> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > MAX_FLOW_NAME {
        return Err(ReminderError::field("name", format!("a name of 1 to {MAX_FLOW_NAME} characters")));
    }
    let flow = Flow::parse(steps).map_err(|e| ReminderError::field(&e.field, e.message))?;
    let steps_json = serde_json::to_string(flow.steps()).map_err(|e| ReminderError::Internal(e.into()))?;
    let now = state.now();
    let row = store::FlowRow {
        id: id.map_or_else(|| new_id("fl_"), str::to_string),
        creditor_id: creditor_id.to_string(),
        name: name.to_string(),
        steps_json,
        created_at: now,
        updated_at: now,
    };
    let stored = row.clone();
    if id.is_some() {
        let changed = state
            .db
            .run(move |c| store::update_flow(c, &stored.creditor_id, &stored.id, &stored.name, &stored.steps_json, now))
            .await?;
        if !changed {
            return Err(ReminderError::NotFound);
        }
    } else {
        state.db.run(move |c| store::insert_flow(c, &stored)).await?;
    }
    Ok(row)
}

/// What handing one of the creditor's claims over would cost today: routed and priced as
/// of today by the same code as the hand-over (the stored quote is the filing day's).
pub async fn quote_today(state: &AppState, creditor_id: &str, claim_id: &str) -> Result<Quote, ReminderError> {
    let lookup = claim_id.to_string();
    let detail = state.db.run(move |c| claims::get_any(c, &lookup)).await?.ok_or(ReminderError::NotFound)?;
    if detail.claim.creditor_id != creditor_id {
        return Err(ReminderError::NotFound);
    }
    let (_, _, quote) = price_today(state, &detail, detail.claim.disputed)?;
    Ok(quote)
}
