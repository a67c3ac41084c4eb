//! Reminder flows: the creditor's flows, customer categories and settings, and per claim
//! the flow's schedule, the reminders sent, calls, the debtor's answers and its links.
//!
//! Each step runs exactly once, across restarts and instances: [`FlowStore::run_step`]
//! claims it with a conditional update (`pending` -> `done`) in the transaction that writes
//! what it sends; a second runner finds nothing to claim and writes nothing.

use diesel::prelude::*;

use super::claims::{EventLog, EventRow, PLATFORM, kind};
use super::deliveries::DeliveryRow;
use super::schema::{
    call_outcomes, claim_flow_steps, claim_flows, claims, customer_categories, debtor_answers, debtor_categories,
    debtor_links, deliveries, reminder_flows, reminder_settings, sent_reminders,
};
use super::{Conn, DbError};
use crate::domain::status::CaseStatus;
use crate::{with_conn, write_tx};

pub mod step_state {
    pub const PENDING: &str = "pending";
    pub const DONE: &str = "done";
    pub const SKIPPED: &str = "skipped";
}

pub mod answer_state {
    /// Waits for the creditor (a plan to accept or reject, "paid" to confirm or deny).
    pub const OPEN: &str = "open";
    pub const ACCEPTED: &str = "accepted";
    pub const REJECTED: &str = "rejected";
    pub const CONFIRMED: &str = "confirmed";
    pub const DENIED: &str = "denied";
    /// Nothing to decide (a promise, a dispute).
    pub const NOTED: &str = "noted";
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = reminder_flows)]
pub struct FlowRow {
    pub id: String,
    pub creditor_id: String,
    pub name: String,
    pub steps_json: String,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = customer_categories)]
pub struct CategoryRow {
    pub id: String,
    pub creditor_id: String,
    pub name: String,
    pub flow_id: Option<String>,
    pub created_at: i64,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = claim_flows)]
pub struct ClaimFlowRow {
    pub claim_id: String,
    pub flow_id: Option<String>,
    pub flow_name: String,
    pub state: String,
    pub paused_reason: Option<String>,
    pub paused_on: Option<String>,
    pub wait_until: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = claim_flow_steps)]
pub struct StepRow {
    pub claim_id: String,
    pub position: i32,
    pub kind: String,
    pub due_on: String,
    pub state: String,
    pub done_at: Option<i64>,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = sent_reminders)]
pub struct SentReminderRow {
    pub id: String,
    pub claim_id: String,
    pub position: i32,
    pub kind: String,
    pub channel: String,
    pub language: String,
    pub recipient: Option<String>,
    pub subject: String,
    pub body_text: String,
    pub body_html: String,
    pub fee_minor: Option<i64>,
    pub currency: String,
    pub sent_on: String,
    pub sent_at: i64,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = call_outcomes)]
pub struct CallRow {
    pub id: String,
    pub claim_id: String,
    pub reached: bool,
    pub reason: Option<String>,
    pub promised_on: Option<String>,
    pub promised_amount_minor: Option<i64>,
    pub notes: String,
    pub actor: Option<String>,
    pub created_at: i64,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = debtor_answers)]
pub struct AnswerRow {
    pub id: String,
    pub claim_id: String,
    pub kind: String,
    pub fields_json: String,
    pub state: String,
    pub created_at: i64,
    pub decided_at: Option<i64>,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = debtor_links)]
pub struct LinkRow {
    pub token_hash: String,
    pub claim_id: String,
    pub created_at: i64,
    pub expires_at: i64,
}

/// A claim's flow as it starts, written with the claim.
#[derive(Debug, Clone)]
pub struct FlowStart {
    pub flow: ClaimFlowRow,
    pub steps: Vec<StepRow>,
}

/// Everything of a claim's flow, for its page, its JSON and its hand-over.
#[derive(Debug, Clone)]
pub struct ClaimFlow {
    pub flow: ClaimFlowRow,
    pub steps: Vec<StepRow>,
    pub reminders: Vec<SentReminderRow>,
    pub calls: Vec<CallRow>,
    pub answers: Vec<AnswerRow>,
}

/// What a step writes when it runs: its thread entry, and for a written step the reminder,
/// the debtor's link and the e-mail.
#[derive(Debug, Clone)]
pub struct StepRun {
    pub claim_id: String,
    pub position: i32,
    pub message: String,
    pub reminder: Option<SentReminderRow>,
    pub link: Option<LinkRow>,
    pub mail: Option<DeliveryRow>,
    pub now: i64,
}

/// The hand-over of a reminding claim: written in one transaction when the claim is still
/// reminding (`position`: the flow's hand-over step, claimed like every step).
#[derive(Debug, Clone)]
pub struct HandOverRecord {
    pub claim_id: String,
    pub position: Option<i32>,
    pub partner_id: String,
    pub service: String,
    pub disputed: bool,
    pub quote_json: String,
    pub quote: super::quotes::QuoteRow,
    pub history_json: String,
    pub event: EventRow,
    pub delivery: DeliveryRow,
    pub now: i64,
}

/// A change of a reminding claim's flow, with its thread entry (and what it sends).
#[derive(Debug, Clone)]
pub enum Change {
    Pause {
        reason: String,
        on: String,
    },
    /// Resumes; pending steps move on by the days the flow was paused.
    Resume {
        today: chrono::NaiveDate,
    },
    /// A promise: nothing runs until after this day.
    Wait {
        until: String,
    },
    /// Moves the pending hand-over to this day.
    HandOverOn {
        day: String,
    },
    /// Pending steps other than the hand-over are skipped (the debtor disputes).
    SkipWritten,
    /// The claim is settled (terminal): every pending step is skipped.
    Settle,
    /// Only the thread entry.
    Note,
}

#[derive(Debug, Clone)]
pub struct ChangeRecord {
    pub claim_id: String,
    pub creditor_id: String,
    pub changes: Vec<Change>,
    pub event: EventRow,
    pub call: Option<CallRow>,
    pub answer: Option<AnswerRow>,
    /// An answer decided by this change: `(id, new state)`.
    pub decide: Option<(String, String)>,
    pub mark_disputed: bool,
    pub outbox: Vec<DeliveryRow>,
    pub now: i64,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Changed {
    Done,
    /// Not the creditor's claim, or no such claim.
    NoClaim,
    /// The claim is not reminding any more (handed over, settled, stopped).
    NotReminding(String),
    /// The answer to decide is not open any more.
    Stale,
}

/// The transactional parts, word for word the same on both backends.
pub(crate) trait FlowStore: EventLog {
    fn insert_start(&mut self, start: &FlowStart) -> QueryResult<()>;
    fn stop_flow(&mut self, claim_id: &str, now: i64) -> QueryResult<()>;
    fn run_step(&mut self, run: &StepRun) -> QueryResult<bool>;
    fn hand_over(&mut self, record: &HandOverRecord) -> QueryResult<bool>;
    fn change(&mut self, record: &ChangeRecord) -> QueryResult<Changed>;
}

macro_rules! flow_store {
    () => {
        fn insert_start(&mut self, start: &FlowStart) -> QueryResult<()> {
            diesel::insert_into(claim_flows::table).values(&start.flow).execute(self)?;
            diesel::insert_into(claim_flow_steps::table).values(&start.steps).execute(self)?;
            Ok(())
        }

        fn stop_flow(&mut self, claim_id: &str, now: i64) -> QueryResult<()> {
            diesel::update(claim_flows::table.find(claim_id))
                .set((claim_flows::state.eq("stopped"), claim_flows::updated_at.eq(now)))
                .execute(self)?;
            diesel::update(
                claim_flow_steps::table
                    .filter(claim_flow_steps::claim_id.eq(claim_id))
                    .filter(claim_flow_steps::state.eq(step_state::PENDING)),
            )
            .set(claim_flow_steps::state.eq(step_state::SKIPPED))
            .execute(self)?;
            Ok(())
        }

        fn run_step(&mut self, run: &StepRun) -> QueryResult<bool> {
            let Some(claim) = self.claim_for_update(&run.claim_id)? else { return Ok(false) };
            if claim.status != CaseStatus::Reminding.as_str() {
                return Ok(false);
            }
            let flow_state: Option<String> =
                claim_flows::table.find(&run.claim_id).select(claim_flows::state).first(self).optional()?;
            if flow_state.as_deref() != Some("running") {
                return Ok(false);
            }
            let claimed = diesel::update(
                claim_flow_steps::table
                    .filter(claim_flow_steps::claim_id.eq(&run.claim_id))
                    .filter(claim_flow_steps::position.eq(run.position))
                    .filter(claim_flow_steps::state.eq(step_state::PENDING)),
            )
            .set((claim_flow_steps::state.eq(step_state::DONE), claim_flow_steps::done_at.eq(run.now)))
            .execute(self)?;
            if claimed == 0 {
                return Ok(false);
            }
            if let Some(reminder) = &run.reminder {
                diesel::insert_into(sent_reminders::table).values(reminder).execute(self)?;
            }
            if let Some(link) = &run.link {
                diesel::insert_into(debtor_links::table).values(link).execute(self)?;
            }
            if let Some(mail) = &run.mail {
                diesel::insert_into(deliveries::table).values(mail).execute(self)?;
            }
            let mut entry = EventRow::entry(&run.claim_id, &claim.status, kind::NOTICE, PLATFORM, run.now, run.now);
            entry.message = Some(run.message.clone());
            self.append(&claim.creditor_id, &entry)?;
            diesel::update(claim_flows::table.find(&run.claim_id))
                .set(claim_flows::updated_at.eq(run.now))
                .execute(self)?;
            Ok(true)
        }

        fn hand_over(&mut self, r: &HandOverRecord) -> QueryResult<bool> {
            let Some(claim) = self.claim_for_update(&r.claim_id)? else { return Ok(false) };
            if claim.status != CaseStatus::Reminding.as_str() {
                return Ok(false);
            }
            if let Some(position) = r.position {
                let claimed = diesel::update(
                    claim_flow_steps::table
                        .filter(claim_flow_steps::claim_id.eq(&r.claim_id))
                        .filter(claim_flow_steps::position.eq(position))
                        .filter(claim_flow_steps::state.eq(step_state::PENDING)),
                )
                .set((claim_flow_steps::state.eq(step_state::DONE), claim_flow_steps::done_at.eq(r.now)))
                .execute(self)?;
                if claimed == 0 {
                    return Ok(false);
                }
            }
            self.stop_flow(&r.claim_id, r.now)?;
            diesel::update(claims::table.find(&r.claim_id))
                .set((
                    claims::status.eq(CaseStatus::Submitted.as_str()),
                    claims::partner_id.eq(&r.partner_id),
                    claims::service.eq(&r.service),
                    claims::disputed.eq(r.disputed),
                    claims::quote_json.eq(Some(&r.quote_json)),
                    claims::history_json.eq(&r.history_json),
                    claims::updated_at.eq(r.now),
                ))
                .execute(self)?;
            {
                use super::quotes::state as quote_state;
                use super::schema::claim_quotes;
                diesel::update(
                    claim_quotes::table
                        .filter(claim_quotes::claim_id.eq(&r.claim_id))
                        .filter(claim_quotes::state.eq(quote_state::FILED)),
                )
                .set((claim_quotes::state.eq(quote_state::SUPERSEDED), claim_quotes::decided_at.eq(r.now)))
                .execute(self)?;
                diesel::insert_into(claim_quotes::table).values(&r.quote).execute(self)?;
            }
            self.append(&claim.creditor_id, &r.event)?;
            diesel::insert_into(deliveries::table).values(&r.delivery).execute(self)?;
            // what the creditor added before the hand-over follows it to the chosen partner
            use super::deliveries as outbox;
            diesel::update(
                deliveries::table
                    .filter(deliveries::claim_id.eq(&r.claim_id))
                    .filter(deliveries::kind.eq_any([outbox::MESSAGE, outbox::DOCUMENT, outbox::DIRECT_PAYMENT]))
                    .filter(deliveries::state.eq(outbox::state::PENDING)),
            )
            .set(deliveries::partner_id.eq(&r.partner_id))
            .execute(self)?;
            Ok(true)
        }

        fn change(&mut self, r: &ChangeRecord) -> QueryResult<Changed> {
            let Some(claim) = self.claim_for_update(&r.claim_id)?.filter(|c| c.creditor_id == r.creditor_id) else {
                return Ok(Changed::NoClaim);
            };
            if claim.status != CaseStatus::Reminding.as_str() {
                return Ok(Changed::NotReminding(claim.status));
            }
            if let Some((id, state)) = &r.decide {
                let decided = diesel::update(
                    debtor_answers::table
                        .filter(debtor_answers::id.eq(id))
                        .filter(debtor_answers::claim_id.eq(&r.claim_id))
                        .filter(debtor_answers::state.eq(answer_state::OPEN)),
                )
                .set((debtor_answers::state.eq(state), debtor_answers::decided_at.eq(Some(r.now))))
                .execute(self)?;
                if decided == 0 {
                    return Ok(Changed::Stale);
                }
            }
            let pending = || {
                claim_flow_steps::table
                    .filter(claim_flow_steps::claim_id.eq(&r.claim_id))
                    .filter(claim_flow_steps::state.eq(step_state::PENDING))
            };
            let mut status = claim.status.clone();
            for change in &r.changes {
                match change {
                    Change::Pause { reason, on } => {
                        diesel::update(claim_flows::table.find(&r.claim_id).filter(claim_flows::state.eq("running")))
                            .set((
                                claim_flows::state.eq("paused"),
                                claim_flows::paused_reason.eq(Some(reason)),
                                claim_flows::paused_on.eq(Some(on)),
                            ))
                            .execute(self)?;
                    }
                    Change::Resume { today } => {
                        let paused_on: Option<String> = claim_flows::table
                            .find(&r.claim_id)
                            .filter(claim_flows::state.eq("paused"))
                            .select(claim_flows::paused_on)
                            .first::<Option<String>>(self)
                            .optional()?
                            .flatten();
                        if let Some(since) = paused_on.and_then(|p| p.parse::<chrono::NaiveDate>().ok()) {
                            let days = (*today - since).num_days().max(0);
                            let steps: Vec<StepRow> = pending().select(StepRow::as_select()).load(self)?;
                            for step in steps {
                                let Ok(due) = step.due_on.parse::<chrono::NaiveDate>() else { continue };
                                let moved = crate::domain::flow::add_days(due, days).to_string();
                                diesel::update(claim_flow_steps::table.find((&step.claim_id, step.position)))
                                    .set(claim_flow_steps::due_on.eq(moved))
                                    .execute(self)?;
                            }
                        }
                        diesel::update(claim_flows::table.find(&r.claim_id).filter(claim_flows::state.eq("paused")))
                            .set((
                                claim_flows::state.eq("running"),
                                claim_flows::paused_reason.eq(None::<String>),
                                claim_flows::paused_on.eq(None::<String>),
                            ))
                            .execute(self)?;
                    }
                    Change::Wait { until } => {
                        diesel::update(claim_flows::table.find(&r.claim_id))
                            .set(claim_flows::wait_until.eq(Some(until)))
                            .execute(self)?;
                    }
                    Change::HandOverOn { day } => {
                        diesel::update(pending().filter(claim_flow_steps::kind.eq("hand_over")))
                            .set(claim_flow_steps::due_on.eq(day))
                            .execute(self)?;
                    }
                    Change::SkipWritten => {
                        diesel::update(pending().filter(claim_flow_steps::kind.ne("hand_over")))
                            .set(claim_flow_steps::state.eq(step_state::SKIPPED))
                            .execute(self)?;
                    }
                    Change::Settle => {
                        self.stop_flow(&r.claim_id, r.now)?;
                        status = CaseStatus::Settled.as_str().to_string();
                        diesel::update(claims::table.find(&r.claim_id))
                            .set((claims::status.eq(&status), claims::updated_at.eq(r.now)))
                            .execute(self)?;
                    }
                    Change::Note => {}
                }
            }
            if r.mark_disputed {
                diesel::update(claims::table.find(&r.claim_id)).set(claims::disputed.eq(true)).execute(self)?;
            }
            if let Some(call) = &r.call {
                diesel::insert_into(call_outcomes::table).values(call).execute(self)?;
            }
            if let Some(answer) = &r.answer {
                diesel::insert_into(debtor_answers::table).values(answer).execute(self)?;
            }
            for mail in &r.outbox {
                diesel::insert_into(deliveries::table).values(mail).execute(self)?;
            }
            let event = EventRow { status, ..r.event.clone() };
            self.append(&claim.creditor_id, &event)?;
            diesel::update(claim_flows::table.find(&r.claim_id))
                .set(claim_flows::updated_at.eq(r.now))
                .execute(self)?;
            Ok(Changed::Done)
        }
    };
}

impl FlowStore for diesel::SqliteConnection {
    flow_store!();
}

impl FlowStore for diesel::PgConnection {
    flow_store!();
}

/// Runs a step if it is still pending; false when another runner did it (or the claim moved on).
pub fn run_step(conn: &mut Conn, run: &StepRun) -> Result<bool, DbError> {
    Ok(write_tx!(conn, c => c.run_step(run))?)
}

pub fn hand_over(conn: &mut Conn, record: &HandOverRecord) -> Result<bool, DbError> {
    Ok(write_tx!(conn, c => c.hand_over(record))?)
}

pub fn change(conn: &mut Conn, record: &ChangeRecord) -> Result<Changed, DbError> {
    Ok(write_tx!(conn, c => c.change(record))?)
}

/// Reminding claims with a running flow and a pending step due on or before `today`.
pub fn due_claims(conn: &mut Conn, today: &str) -> Result<Vec<String>, DbError> {
    let mut ids: Vec<String> = with_conn!(conn, c => claim_flow_steps::table
        .inner_join(claim_flows::table.on(claim_flows::claim_id.eq(claim_flow_steps::claim_id)))
        .inner_join(claims::table.on(claims::id.eq(claim_flow_steps::claim_id)))
        .filter(claim_flow_steps::state.eq(step_state::PENDING))
        .filter(claim_flow_steps::due_on.le(today))
        .filter(claim_flows::state.eq("running"))
        .filter(claims::status.eq(CaseStatus::Reminding.as_str()))
        .select(claim_flow_steps::claim_id)
        .load(c))?;
    ids.sort();
    ids.dedup();
    Ok(ids)
}

/// A claim's flow and everything it did; `None` for a claim that never had reminders.
pub fn of_claim(conn: &mut Conn, claim_id: &str) -> Result<Option<ClaimFlow>, DbError> {
    Ok(with_conn!(conn, c => {
        let flow = claim_flows::table.find(claim_id).select(ClaimFlowRow::as_select()).first(c).optional()?;
        match flow {
            None => Ok(None),
            Some(flow) => Ok(Some(ClaimFlow {
                flow,
                steps: claim_flow_steps::table
                    .filter(claim_flow_steps::claim_id.eq(claim_id))
                    .order(claim_flow_steps::position)
                    .select(StepRow::as_select())
                    .load(c)?,
                reminders: sent_reminders::table
                    .filter(sent_reminders::claim_id.eq(claim_id))
                    .order(sent_reminders::position)
                    .select(SentReminderRow::as_select())
                    .load(c)?,
                calls: call_outcomes::table
                    .filter(call_outcomes::claim_id.eq(claim_id))
                    .order(call_outcomes::id)
                    .select(CallRow::as_select())
                    .load(c)?,
                answers: debtor_answers::table
                    .filter(debtor_answers::claim_id.eq(claim_id))
                    .order(debtor_answers::id)
                    .select(AnswerRow::as_select())
                    .load(c)?,
            })),
        }
    })
    .map_err(|e: diesel::result::Error| e)?)
}

/// Clears a promise the debtor broke and moves the next pending step to `today`.
pub fn promise_broken(conn: &mut Conn, claim_id: &str, today: &str, now: i64) -> Result<bool, DbError> {
    let result: Result<bool, diesel::result::Error> = write_tx!(conn, c => {
        let cleared = diesel::update(
            claim_flows::table.find(claim_id).filter(claim_flows::wait_until.is_not_null()).filter(claim_flows::wait_until.lt(today)),
        )
        .set((claim_flows::wait_until.eq(None::<String>), claim_flows::updated_at.eq(now)))
        .execute(c)?;
        if cleared == 0 {
            return Ok(false);
        }
        let next: Option<StepRow> = claim_flow_steps::table
            .filter(claim_flow_steps::claim_id.eq(claim_id))
            .filter(claim_flow_steps::state.eq(step_state::PENDING))
            .order(claim_flow_steps::position)
            .select(StepRow::as_select())
            .first(c)
            .optional()?;
        if let Some(step) = next.filter(|s| s.due_on.as_str() > today) {
            diesel::update(claim_flow_steps::table.find((claim_id, step.position)))
                .set(claim_flow_steps::due_on.eq(today))
                .execute(c)?;
        }
        let creditor: String = claims::table.find(claim_id).select(claims::creditor_id).first(c)?;
        let status: String = claims::table.find(claim_id).select(claims::status).first(c)?;
        let mut entry = EventRow::entry(claim_id, &status, kind::NOTICE, PLATFORM, now, now);
        entry.message = Some("The debtor's promised payment did not arrive; the next step runs today".into());
        c.append(&creditor, &entry)?;
        Ok(true)
    });
    Ok(result?)
}

/// Claims whose promise date has passed: `(claim id, promised day)`.
pub fn waiting_past(conn: &mut Conn, today: &str) -> Result<Vec<String>, DbError> {
    Ok(with_conn!(conn, c => claim_flows::table
        .filter(claim_flows::wait_until.lt(today))
        .filter(claim_flows::state.eq("running"))
        .select(claim_flows::claim_id)
        .load(c))?)
}

/// How long a link in a reminder lets the debtor answer.
pub const LINK_DAYS: i64 = 60;

/// A new link for the debtor of `claim_id`, valid [`LINK_DAYS`]: the raw token (only its
/// hash is kept).
pub fn link_for(conn: &mut Conn, claim_id: &str, now: i64) -> Result<String, DbError> {
    let (token, row) = new_link(claim_id, now);
    with_conn!(conn, c => diesel::insert_into(debtor_links::table).values(&row).execute(c))?;
    Ok(token)
}

/// A raw token and the row that keeps its hash.
pub fn new_link(claim_id: &str, now: i64) -> (String, LinkRow) {
    let token = crate::credentials::random_token();
    let row = LinkRow {
        token_hash: crate::credentials::token_id(&token),
        claim_id: claim_id.to_string(),
        created_at: now,
        expires_at: now + LINK_DAYS * 86_400_000_000,
    };
    (token, row)
}

/// The claim a debtor's link is for; `None` when the token is unknown or expired.
pub fn claim_for_link(conn: &mut Conn, raw_token: &str, now: i64) -> Result<Option<String>, DbError> {
    if raw_token.is_empty() || raw_token.len() > 128 {
        return Ok(None);
    }
    let hash = crate::credentials::token_id(raw_token);
    Ok(with_conn!(conn, c => debtor_links::table
        .find(hash)
        .filter(debtor_links::expires_at.gt(now))
        .select(debtor_links::claim_id)
        .first(c)
        .optional())?)
}

// ---- the creditor's flows, categories and settings ----

pub fn flows(conn: &mut Conn, creditor_id: &str) -> Result<Vec<FlowRow>, DbError> {
    Ok(with_conn!(conn, c => reminder_flows::table
        .filter(reminder_flows::creditor_id.eq(creditor_id))
        .order(reminder_flows::id)
        .select(FlowRow::as_select())
        .load(c))?)
}

/// One of the creditor's flows; `None` when it is not theirs.
pub fn flow(conn: &mut Conn, creditor_id: &str, id: &str) -> Result<Option<FlowRow>, DbError> {
    Ok(with_conn!(conn, c => reminder_flows::table
        .find(id)
        .filter(reminder_flows::creditor_id.eq(creditor_id))
        .select(FlowRow::as_select())
        .first(c)
        .optional())?)
}

pub fn insert_flow(conn: &mut Conn, row: &FlowRow) -> Result<(), DbError> {
    with_conn!(conn, c => diesel::insert_into(reminder_flows::table).values(row).execute(c))?;
    Ok(())
}

/// Changes one of the creditor's flows; false when it is not theirs.
pub fn update_flow(
    conn: &mut Conn,
    creditor_id: &str,
    id: &str,
    name: &str,
    steps_json: &str,
    now: i64,
) -> Result<bool, DbError> {
    let n = with_conn!(conn, c => diesel::update(
        reminder_flows::table.find(id).filter(reminder_flows::creditor_id.eq(creditor_id)),
    )
    .set((reminder_flows::name.eq(name), reminder_flows::steps_json.eq(steps_json), reminder_flows::updated_at.eq(now)))
    .execute(c))?;
    Ok(n > 0)
}

pub fn categories(conn: &mut Conn, creditor_id: &str) -> Result<Vec<CategoryRow>, DbError> {
    Ok(with_conn!(conn, c => customer_categories::table
        .filter(customer_categories::creditor_id.eq(creditor_id))
        .order(customer_categories::name)
        .select(CategoryRow::as_select())
        .load(c))?)
}

pub fn insert_category(conn: &mut Conn, row: &CategoryRow) -> Result<(), DbError> {
    with_conn!(conn, c => diesel::insert_into(customer_categories::table).values(row).execute(c))?;
    Ok(())
}

/// Sets (or with `None` clears) the category of a debtor.
pub fn set_debtor_category(
    conn: &mut Conn,
    creditor_id: &str,
    debtor_key: &str,
    debtor_name: &str,
    category_id: Option<&str>,
) -> Result<(), DbError> {
    with_conn!(conn, c => {
        diesel::delete(
            debtor_categories::table
                .filter(debtor_categories::creditor_id.eq(creditor_id))
                .filter(debtor_categories::debtor_key.eq(debtor_key)),
        )
        .execute(c)?;
        if let Some(category) = category_id {
            diesel::insert_into(debtor_categories::table)
                .values((
                    debtor_categories::creditor_id.eq(creditor_id),
                    debtor_categories::debtor_key.eq(debtor_key),
                    debtor_categories::debtor_name.eq(debtor_name),
                    debtor_categories::category_id.eq(category),
                ))
                .execute(c)?;
        }
        Ok::<_, diesel::result::Error>(())
    })?;
    Ok(())
}

/// The flow a debtor's category names, if the debtor has a category with a flow.
pub fn flow_of_debtor(conn: &mut Conn, creditor_id: &str, debtor_key: &str) -> Result<Option<FlowRow>, DbError> {
    let flow_id: Option<Option<String>> = with_conn!(conn, c => debtor_categories::table
        .inner_join(customer_categories::table.on(customer_categories::id.eq(debtor_categories::category_id)))
        .filter(debtor_categories::creditor_id.eq(creditor_id))
        .filter(debtor_categories::debtor_key.eq(debtor_key))
        .select(customer_categories::flow_id)
        .first(c)
        .optional())?;
    match flow_id.flatten() {
        Some(id) => flow(conn, creditor_id, &id),
        None => Ok(None),
    }
}

/// Whether the creditor charges reminder fees where the law allows them (off unless chosen).
pub fn charges_fees(conn: &mut Conn, creditor_id: &str) -> Result<bool, DbError> {
    let v: Option<bool> = with_conn!(conn, c => reminder_settings::table
        .find(creditor_id)
        .select(reminder_settings::charge_fees)
        .first(c)
        .optional())?;
    Ok(v.unwrap_or(false))
}

pub fn set_charges_fees(conn: &mut Conn, creditor_id: &str, on: bool) -> Result<(), DbError> {
    with_conn!(conn, c => {
        diesel::delete(reminder_settings::table.find(creditor_id)).execute(c)?;
        diesel::insert_into(reminder_settings::table)
            .values((reminder_settings::creditor_id.eq(creditor_id), reminder_settings::charge_fees.eq(on)))
            .execute(c)
    })?;
    Ok(())
}

/// A phone call the creditor is to make: a call step that has come (`due_on` up to today)
/// of a reminding claim, with no outcome recorded since.
#[derive(Debug, Clone)]
pub struct CallTask {
    pub claim_id: String,
    pub debtor_name: String,
    pub debtor_json: String,
    pub currency: String,
    pub principal_minor: i64,
    pub due_on: String,
}

/// The creditor's call tasks up to `today` (oldest first).
pub fn call_tasks(conn: &mut Conn, creditor_id: &str, today: &str) -> Result<Vec<CallTask>, DbError> {
    type Row = (String, String, String, String, i64, String, Option<i64>);
    let rows: Vec<Row> = with_conn!(conn, c => claim_flow_steps::table
        .inner_join(claims::table.on(claims::id.eq(claim_flow_steps::claim_id)))
        .filter(claims::creditor_id.eq(creditor_id))
        .filter(claims::status.eq(CaseStatus::Reminding.as_str()))
        .filter(claim_flow_steps::kind.eq("call"))
        .filter(claim_flow_steps::state.eq(step_state::DONE))
        .filter(claim_flow_steps::due_on.le(today))
        .order((claim_flow_steps::due_on, claims::id))
        .select((
            claims::id,
            claims::debtor_name,
            claims::debtor_json,
            claims::currency,
            claims::principal_minor,
            claim_flow_steps::due_on,
            claim_flow_steps::done_at,
        ))
        .load(c))?;
    let mut tasks = Vec::new();
    for (claim_id, debtor_name, debtor_json, currency, principal_minor, due_on, done_at) in rows {
        let since = done_at.unwrap_or(0);
        let lookup = claim_id.clone();
        let called: i64 = with_conn!(conn, c => call_outcomes::table
            .filter(call_outcomes::claim_id.eq(&lookup))
            .filter(call_outcomes::created_at.ge(since))
            .count()
            .get_result(c))?;
        if called == 0 {
            tasks.push(CallTask { claim_id, debtor_name, debtor_json, currency, principal_minor, due_on });
        }
    }
    Ok(tasks)
}

/// Names the flow a category of the creditor's uses (`None`: the default flow). False when
/// the category is not the creditor's.
pub fn set_category_flow(
    conn: &mut Conn,
    creditor_id: &str,
    category_id: &str,
    flow_id: Option<&str>,
) -> Result<bool, DbError> {
    let n = with_conn!(conn, c => diesel::update(
        customer_categories::table
            .find(category_id)
            .filter(customer_categories::creditor_id.eq(creditor_id)),
    )
    .set(customer_categories::flow_id.eq(flow_id))
    .execute(c))?;
    Ok(n > 0)
}

/// The debtors the creditor put in a category: `(debtor key, debtor name, category id)`.
pub fn debtor_categories(conn: &mut Conn, creditor_id: &str) -> Result<Vec<(String, String, String)>, DbError> {
    Ok(with_conn!(conn, c => debtor_categories::table
        .filter(debtor_categories::creditor_id.eq(creditor_id))
        .order(debtor_categories::debtor_name)
        .select((debtor_categories::debtor_key, debtor_categories::debtor_name, debtor_categories::category_id))
        .load(c))?)
}

/// The category of one debtor of the creditor, if any.
pub fn category_of_debtor(conn: &mut Conn, creditor_id: &str, debtor_key: &str) -> Result<Option<String>, DbError> {
    Ok(with_conn!(conn, c => debtor_categories::table
        .filter(debtor_categories::creditor_id.eq(creditor_id))
        .filter(debtor_categories::debtor_key.eq(debtor_key))
        .select(debtor_categories::category_id)
        .first(c)
        .optional())?)
}
