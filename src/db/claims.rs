//! Claims, their invoices, their timeline of events, and idempotency keys of the API.

use diesel::prelude::*;

use super::deliveries::{self as outbox, DeliveryRow};
use super::schema::{claim_events, claim_invoices, claims, deliveries, idempotency_keys};
use super::{Conn, DbError, is_unique_violation};
use crate::domain::status::CaseStatus;
use crate::{with_conn, write_tx};

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = claims)]
pub struct ClaimRow {
    pub id: String,
    pub creditor_id: String,
    pub status: String,
    pub service: String,
    pub partner_id: String,
    pub debtor_name: String,
    pub debtor_country: String,
    pub currency: String,
    pub principal_minor: i64,
    pub disputed: bool,
    /// The debtor in the partner protocol's shape.
    pub debtor_json: String,
    /// Reminders sent, the debtor's response, notes.
    pub history_json: String,
    pub quote_json: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
    /// The partner's id for the case, from its answer to the hand-over.
    pub partner_reference: Option<String>,
    /// The running total collected, as the latest applied event reported it.
    pub collected_minor: Option<i64>,
    /// `occurred_at` of the latest event applied to the case.
    pub last_event_at: i64,
    /// The partner's reason when it declined the case.
    pub decline_reason: Option<String>,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = claim_invoices)]
pub struct InvoiceRow {
    pub claim_id: String,
    pub position: i32,
    pub number: String,
    pub issue_date: String,
    pub due_date: String,
    pub amount_minor: i64,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = claim_events)]
pub struct EventRow {
    pub id: String,
    pub claim_id: String,
    pub status: String,
    pub occurred_at: i64,
    pub recorded_at: i64,
    /// `platform` or the partner's id.
    pub source: String,
    pub message: Option<String>,
    pub collected_minor: Option<i64>,
    /// The partner's `webhook-id`: a second event with the same one is a no-op.
    pub webhook_id: Option<String>,
    /// False for an event that arrived after a newer one: kept, but it did not move the case.
    pub applied: bool,
}

impl EventRow {
    /// An event of the platform's own (not a partner's), applied when recorded.
    pub fn platform(claim_id: &str, status: CaseStatus, occurred_at: i64, message: String) -> Self {
        Self {
            id: super::new_id("ev_"),
            claim_id: claim_id.to_string(),
            status: status.as_str().to_string(),
            occurred_at,
            recorded_at: super::now_micros(),
            source: "platform".into(),
            message: Some(message),
            collected_minor: None,
            webhook_id: None,
            applied: true,
        }
    }
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = idempotency_keys)]
pub struct IdempotencyRow {
    pub creditor_id: String,
    pub key: String,
    /// SHA-256 of the request body: the same key with another body is refused.
    pub request_hash: String,
    pub claim_id: String,
    pub created_at: i64,
}

/// Everything written when a claim is filed, in one transaction.
#[derive(Debug, Clone)]
pub struct NewClaimRecord {
    pub claim: ClaimRow,
    pub invoices: Vec<InvoiceRow>,
    pub first_event: EventRow,
    pub idempotency: Option<IdempotencyRow>,
    /// The hand-over to the chosen partner: written with the claim, sent afterwards.
    pub delivery: DeliveryRow,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Created {
    New,
    /// The idempotency key was used before with the same request: this claim was its result.
    Replayed(String),
    /// The idempotency key was used before with a different request.
    KeyReused,
}

/// Stores a claim with its invoices and first event, or finds the earlier result of its
/// idempotency key. Nothing is written unless everything is.
pub fn create(conn: &mut Conn, record: &NewClaimRecord) -> Result<Created, DbError> {
    let result = write_tx!(conn, c => {
        if let Some(key) = &record.idempotency {
            let earlier = idempotency_keys::table
                .find((&key.creditor_id, &key.key))
                .select(IdempotencyRow::as_select())
                .first(c)
                .optional()?;
            if let Some(earlier) = earlier {
                return Ok(replay_of(&earlier, key));
            }
        }
        diesel::insert_into(claims::table).values(&record.claim).execute(c)?;
        diesel::insert_into(claim_invoices::table).values(&record.invoices).execute(c)?;
        diesel::insert_into(claim_events::table).values(&record.first_event).execute(c)?;
        diesel::insert_into(deliveries::table).values(&record.delivery).execute(c)?;
        if let Some(key) = &record.idempotency {
            diesel::insert_into(idempotency_keys::table).values(key).execute(c)?;
        }
        Ok(Created::New)
    });
    match (result, &record.idempotency) {
        // A concurrent request with the same key won the race: answer as it did.
        (Err(e), Some(key)) if is_unique_violation(&e) => {
            let earlier = with_conn!(conn, c => idempotency_keys::table
                .find((&key.creditor_id, &key.key))
                .select(IdempotencyRow::as_select())
                .first(c))?;
            Ok(replay_of(&earlier, key))
        }
        (result, _) => Ok(result?),
    }
}

fn replay_of(earlier: &IdempotencyRow, now: &IdempotencyRow) -> Created {
    if earlier.request_hash == now.request_hash { Created::Replayed(earlier.claim_id.clone()) } else { Created::KeyReused }
}

#[derive(Debug, Clone, Default)]
pub struct ClaimFilter {
    pub status: Option<String>,
    pub country: Option<String>,
    /// Only claims older than this id (the cursor of the previous page).
    pub before: Option<String>,
    pub limit: i64,
}

/// A creditor's claims, newest first.
pub fn list(conn: &mut Conn, creditor_id: &str, filter: &ClaimFilter) -> Result<Vec<ClaimRow>, DbError> {
    Ok(with_conn!(conn, c => {
        let mut query = claims::table.filter(claims::creditor_id.eq(creditor_id)).into_boxed();
        if let Some(status) = &filter.status {
            query = query.filter(claims::status.eq(status));
        }
        if let Some(country) = &filter.country {
            query = query.filter(claims::debtor_country.eq(country));
        }
        if let Some(before) = &filter.before {
            query = query.filter(claims::id.lt(before));
        }
        query.order(claims::id.desc()).limit(filter.limit).select(ClaimRow::as_select()).load(c)
    })?)
}

#[derive(Debug, Clone)]
pub struct ClaimDetail {
    pub claim: ClaimRow,
    pub invoices: Vec<InvoiceRow>,
    /// Oldest first.
    pub events: Vec<EventRow>,
}

/// One of the creditor's claims; `None` when it does not exist or is another creditor's.
pub fn get(conn: &mut Conn, creditor_id: &str, id: &str) -> Result<Option<ClaimDetail>, DbError> {
    Ok(with_conn!(conn, c => {
        let claim = claims::table
            .filter(claims::id.eq(id))
            .filter(claims::creditor_id.eq(creditor_id))
            .select(ClaimRow::as_select())
            .first(c)
            .optional()?;
        match claim {
            None => Ok(None),
            Some(claim) => {
                let invoices = claim_invoices::table
                    .filter(claim_invoices::claim_id.eq(id))
                    .order(claim_invoices::position)
                    .select(InvoiceRow::as_select())
                    .load(c)?;
                let events = claim_events::table
                    .filter(claim_events::claim_id.eq(id))
                    .order((claim_events::occurred_at, claim_events::recorded_at, claim_events::id))
                    .select(EventRow::as_select())
                    .load(c)?;
                Ok(Some(ClaimDetail { claim, invoices, events }))
            }
        }
    })
    .map_err(|e: diesel::result::Error| e)?)
}

/// What became of an event offered to [`record_event`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Recorded {
    /// Stored, and the case now has the event's status.
    Applied,
    /// Stored in the timeline; older than the latest applied event, so the case did not move.
    Late,
    /// The same `webhook-id` from the same source was stored before: nothing changed.
    Duplicate,
    /// The state machine does not allow this change; nothing was stored.
    Forbidden { from: CaseStatus, to: CaseStatus },
    /// No such claim.
    NoClaim,
}

/// Appends an event to a claim's timeline and applies it to the case, in one transaction,
/// by the rules of `docs/state-machine.md`: in `occurred_at` order, terminal states stay
/// terminal, a repeated `webhook_id` is a no-op. `event.applied` is set here.
pub fn record_event(conn: &mut Conn, event: &EventRow) -> Result<Recorded, DbError> {
    let result = write_tx!(conn, c => {
        if let Some(webhook_id) = &event.webhook_id {
            let seen: i64 = claim_events::table
                .filter(claim_events::source.eq(&event.source))
                .filter(claim_events::webhook_id.eq(webhook_id))
                .count()
                .get_result(c)?;
            if seen > 0 {
                return Ok(Recorded::Duplicate);
            }
        }
        let current: Option<(String, i64)> = claims::table
            .find(&event.claim_id)
            .select((claims::status, claims::last_event_at))
            .first(c)
            .optional()?;
        let Some((status, last_event_at)) = current else { return Ok(Recorded::NoClaim) };
        let from = CaseStatus::parse(&status).unwrap_or(CaseStatus::Submitted);
        let to = CaseStatus::parse(&event.status).unwrap_or(CaseStatus::Submitted);
        let late = event.occurred_at < last_event_at;
        if !late && !from.can_become(to) {
            return Ok(Recorded::Forbidden { from, to });
        }
        let row = EventRow { applied: !late, ..event.clone() };
        diesel::insert_into(claim_events::table).values(&row).execute(c)?;
        if late {
            return Ok(Recorded::Late);
        }
        diesel::update(claims::table.find(&event.claim_id))
            .set((
                claims::status.eq(&event.status),
                claims::last_event_at.eq(event.occurred_at),
                claims::updated_at.eq(super::now_micros()),
            ))
            .execute(c)?;
        if let Some(collected) = event.collected_minor {
            diesel::update(claims::table.find(&event.claim_id)).set(claims::collected_minor.eq(collected)).execute(c)?;
        }
        Ok(Recorded::Applied)
    });
    match result {
        // the same webhook-id raced in from another request: it is stored once
        Err(e) if is_unique_violation(&e) && event.webhook_id.is_some() => Ok(Recorded::Duplicate),
        other => Ok(other?),
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Withdrawal {
    /// The case is withdrawn; the partner is told through the outbox.
    Done,
    /// The case is already closed (paid, uncollectable or withdrawn).
    Closed(CaseStatus),
    NoClaim,
}

/// The creditor stops a case: in one transaction the case becomes `withdrawn`, a hand-over
/// not yet sent is cancelled, and a withdrawal for the partner joins the outbox.
pub fn withdraw(conn: &mut Conn, creditor_id: &str, claim_id: &str, now: i64) -> Result<Withdrawal, DbError> {
    let result: Result<Withdrawal, diesel::result::Error> = write_tx!(conn, c => {
        let claim: Option<(String, String, i64)> = claims::table
            .filter(claims::id.eq(claim_id))
            .filter(claims::creditor_id.eq(creditor_id))
            .select((claims::status, claims::partner_id, claims::last_event_at))
            .first(c)
            .optional()?;
        let Some((status, partner_id, last_event_at)) = claim else { return Ok(Withdrawal::NoClaim) };
        let from = CaseStatus::parse(&status).unwrap_or(CaseStatus::Submitted);
        if !from.can_become(CaseStatus::Withdrawn) {
            return Ok(Withdrawal::Closed(from));
        }
        let occurred_at = now.max(last_event_at);
        let message = "Withdrawn by the creditor; the partner is being told to stop".to_string();
        diesel::insert_into(claim_events::table)
            .values(&EventRow::platform(claim_id, CaseStatus::Withdrawn, occurred_at, message))
            .execute(c)?;
        diesel::update(claims::table.find(claim_id))
            .set((
                claims::status.eq(CaseStatus::Withdrawn.as_str()),
                claims::last_event_at.eq(occurred_at),
                claims::updated_at.eq(now),
            ))
            .execute(c)?;
        diesel::update(
            deliveries::table
                .filter(deliveries::claim_id.eq(claim_id))
                .filter(deliveries::kind.eq(outbox::HAND_OVER))
                .filter(deliveries::state.eq(outbox::state::PENDING)),
        )
        .set((deliveries::state.eq(outbox::state::CANCELLED), deliveries::updated_at.eq(now)))
        .execute(c)?;
        diesel::insert_into(deliveries::table).values(&DeliveryRow::new(claim_id, &partner_id, outbox::WITHDRAW, now)).execute(c)?;
        Ok(Withdrawal::Done)
    });
    Ok(result?)
}

/// Routes a declined case to another partner: in one transaction it becomes `submitted`
/// again with the new partner and a hand-over to it joins the outbox.
pub fn reroute(conn: &mut Conn, claim_id: &str, partner_id: &str, partner_name: &str, now: i64) -> Result<bool, DbError> {
    let result: Result<bool, diesel::result::Error> = write_tx!(conn, c => {
        let status: Option<(String, i64)> =
            claims::table.find(claim_id).select((claims::status, claims::last_event_at)).first(c).optional()?;
        let Some((status, last_event_at)) = status else { return Ok(false) };
        if !CaseStatus::parse(&status).is_some_and(|s| s.can_become(CaseStatus::Submitted)) {
            return Ok(false);
        }
        let occurred_at = now.max(last_event_at);
        let message = format!("Routed to {partner_name} after the previous partner declined");
        diesel::insert_into(claim_events::table)
            .values(&EventRow::platform(claim_id, CaseStatus::Submitted, occurred_at, message))
            .execute(c)?;
        diesel::update(claims::table.find(claim_id))
            .set((
                claims::status.eq(CaseStatus::Submitted.as_str()),
                claims::partner_id.eq(partner_id),
                claims::partner_reference.eq(None::<String>),
                claims::decline_reason.eq(None::<String>),
                claims::last_event_at.eq(occurred_at),
                claims::updated_at.eq(now),
            ))
            .execute(c)?;
        diesel::insert_into(deliveries::table).values(&DeliveryRow::new(claim_id, partner_id, outbox::HAND_OVER, now)).execute(c)?;
        Ok(true)
    });
    Ok(result?)
}

/// A claim by id, whoever's it is: for the platform's own background work.
pub fn get_any(conn: &mut Conn, id: &str) -> Result<Option<ClaimDetail>, DbError> {
    let creditor: Option<String> =
        with_conn!(conn, c => claims::table.find(id).select(claims::creditor_id).first(c).optional())?;
    match creditor {
        Some(creditor) => get(conn, &creditor, id),
        None => Ok(None),
    }
}

/// How many claims are stored in all; for tests that check nothing was written.
pub fn count_all(conn: &mut Conn) -> Result<i64, DbError> {
    Ok(with_conn!(conn, c => claims::table.count().get_result(c))?)
}
