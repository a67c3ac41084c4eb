//! The outbox of messages to partners. A delivery is written in the transaction that makes it
//! necessary, then sent by a dispatcher; a worker holds a delivery only under a lease, so a
//! worker that dies mid-send does not strand it, and two workers never hold the same one.

use diesel::prelude::*;

use super::schema::deliveries;
use super::{Conn, DbError, new_id};
use crate::with_conn;

/// What a delivery asks of the partner.
pub const HAND_OVER: &str = "hand_over";
pub const WITHDRAW: &str = "withdraw";
/// A creditor's message (or answer) for the partner (protocol v1.1).
pub const MESSAGE: &str = "message";
/// The metadata of a document the creditor added (protocol v1.1), sent after the hand-over.
pub const DOCUMENT: &str = "document";
/// A payment the debtor made to the creditor directly (protocol v1.1).
pub const DIRECT_PAYMENT: &str = "direct_payment";
/// Asks a silent partner for the case's state and applies what differs.
pub const RECONCILE: &str = "reconcile";
/// An e-mail to the creditor; `partner_id` is [`MAIL_RECIPIENT`].
pub const MAIL: &str = "mail";
pub const MAIL_RECIPIENT: &str = "mail";
/// A message to one of the creditor's webhook endpoints; `partner_id` is the endpoint's id
/// and `payload` the message's id (`crate::db::webhooks`).
pub const WEBHOOK: &str = "webhook";

/// The kinds that talk to the case's partner: they are sent in the order they were written,
/// one case at a time.
pub const PARTNER_KINDS: [&str; 5] = [HAND_OVER, WITHDRAW, MESSAGE, DOCUMENT, DIRECT_PAYMENT];

/// Where a delivery stands.
pub mod state {
    /// Waiting for its next attempt (`next_attempt_at`).
    pub const PENDING: &str = "pending";
    /// Held by a worker until `lease_until`; after that, anyone may take it again.
    pub const IN_FLIGHT: &str = "in_flight";
    pub const DONE: &str = "done";
    /// The partner refused the case (422): final for this partner.
    pub const DECLINED: &str = "declined";
    /// The retry budget is spent; an operator may retry it by hand.
    pub const FAILED: &str = "failed";
    /// No longer needed (the case was withdrawn before it was handed over).
    pub const CANCELLED: &str = "cancelled";
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = deliveries)]
pub struct DeliveryRow {
    pub id: String,
    pub claim_id: String,
    pub partner_id: String,
    pub kind: String,
    pub state: String,
    pub attempts: i32,
    pub next_attempt_at: i64,
    pub lease_until: Option<i64>,
    pub last_error: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
    /// The body for kinds that carry one (JSON), the same on every attempt.
    pub payload: Option<String>,
}

impl DeliveryRow {
    pub fn new(claim_id: &str, partner_id: &str, kind: &str, now: i64) -> Self {
        Self {
            id: new_id("dl_"),
            claim_id: claim_id.to_string(),
            partner_id: partner_id.to_string(),
            kind: kind.to_string(),
            state: state::PENDING.to_string(),
            attempts: 0,
            next_attempt_at: now,
            lease_until: None,
            last_error: None,
            created_at: now,
            updated_at: now,
            payload: None,
        }
    }

    /// A delivery with a body of its own.
    pub fn with_payload(claim_id: &str, partner_id: &str, kind: &str, payload: String, now: i64) -> Self {
        Self { payload: Some(payload), ..Self::new(claim_id, partner_id, kind, now) }
    }
}

/// What a delivery of `kind` does, in words, for the operator's pages.
pub fn kind_label(kind: &str) -> &'static str {
    match kind {
        HAND_OVER => "Hand-over",
        WITHDRAW => "Withdrawal",
        MESSAGE => "Message to the partner",
        DOCUMENT => "Document for the partner",
        DIRECT_PAYMENT => "Direct payment for the partner",
        RECONCILE => "Asking a silent partner",
        MAIL => "E-mail to the creditor",
        WEBHOOK => "Webhook to the creditor's system",
        _ => "Other",
    }
}

/// Whether an earlier delivery to the partner of this claim is still on its way: a later one
/// waits for it, so that the partner hears about a case in order.
pub fn earlier_pending(conn: &mut Conn, delivery: &DeliveryRow) -> Result<bool, DbError> {
    let n: i64 = with_conn!(conn, c => deliveries::table
        .filter(deliveries::claim_id.eq(&delivery.claim_id))
        .filter(deliveries::kind.eq_any(PARTNER_KINDS))
        .filter(deliveries::id.lt(&delivery.id))
        .filter(deliveries::state.eq_any([state::PENDING, state::IN_FLIGHT]))
        .count()
        .get_result(c))?;
    Ok(n > 0)
}

/// Takes up to `limit` deliveries that are due (pending and due, or in flight with an expired
/// lease) for one worker until `lease_until`, counting the attempt. On PostgreSQL rows that
/// another worker is taking are skipped (`FOR UPDATE SKIP LOCKED`); SQLite serialises writers.
/// `held`: deliveries this worker is still working on, never taken again by it even when
/// their lease ran out (the application's clock may jump in tests).
pub fn lease_due(
    conn: &mut Conn,
    now: i64,
    lease_until: i64,
    limit: i64,
    held: &[String],
) -> Result<Vec<DeliveryRow>, DbError> {
    macro_rules! due {
        () => {
            deliveries::table
                .filter(
                    (deliveries::state.eq(state::PENDING).and(deliveries::next_attempt_at.le(now)))
                        .or(deliveries::state.eq(state::IN_FLIGHT).and(deliveries::lease_until.lt(now))),
                )
                .filter(deliveries::id.ne_all(held))
                .order(deliveries::next_attempt_at)
                .limit(limit)
                .select(deliveries::id)
        };
    }
    macro_rules! take {
        ($c:ident, $ids:ident) => {{
            diesel::update(deliveries::table.filter(deliveries::id.eq_any(&$ids)))
                .set((
                    deliveries::state.eq(state::IN_FLIGHT),
                    deliveries::lease_until.eq(lease_until),
                    deliveries::attempts.eq(deliveries::attempts + 1),
                    deliveries::updated_at.eq(now),
                ))
                .execute($c)?;
            deliveries::table.filter(deliveries::id.eq_any(&$ids)).select(DeliveryRow::as_select()).load($c)
        }};
    }
    let rows = match conn {
        Conn::Sqlite(pooled) => {
            let _writer = super::sqlite_writer();
            pooled.immediate_transaction(|c| {
                let ids: Vec<String> = due!().load(c)?;
                take!(c, ids)
            })
        }
        Conn::Pg(pooled) => pooled.transaction(|c| {
            let ids: Vec<String> = due!().for_update().skip_locked().load(c)?;
            take!(c, ids)
        }),
    }?;
    Ok(rows)
}

/// The end of an attempt on a delivery a worker holds: its new state, the error or note to
/// keep, and (pending again) when it is due next.
#[derive(Debug, Clone)]
pub struct Ending {
    pub held: DeliveryRow,
    pub state: &'static str,
    pub note: Option<String>,
    pub next_attempt_at: Option<i64>,
    pub now: i64,
}

/// Ends an attempt inside the caller's write transaction, on either backend's connection
/// `$c`, if the worker still holds the delivery (its lease is unchanged): evaluates to
/// `QueryResult<bool>`, false when the lease had expired and someone else took it over.
macro_rules! end_in {
    ($c:ident, $ending:expr) => {{
        use $crate::db::deliveries::state as end_state;
        use $crate::db::schema::deliveries as end_outbox;
        let ending: &$crate::db::deliveries::Ending = $ending;
        diesel::update(
            end_outbox::table
                .filter(end_outbox::id.eq(&ending.held.id))
                .filter(end_outbox::state.eq(end_state::IN_FLIGHT))
                .filter(end_outbox::lease_until.eq(ending.held.lease_until)),
        )
        .set((
            end_outbox::state.eq(ending.state),
            end_outbox::lease_until.eq(None::<i64>),
            end_outbox::last_error.eq(ending.note.as_deref()),
            end_outbox::next_attempt_at.eq(ending.next_attempt_at.unwrap_or(ending.held.next_attempt_at)),
            end_outbox::updated_at.eq(ending.now),
        ))
        .execute($c)
        .map(|updated| updated == 1)
    }};
}
pub(crate) use end_in;

/// Ends an attempt on its own (see [`end_in!`]). Returns false when the lease had expired and
/// someone else took the delivery over.
pub fn finish(conn: &mut Conn, ending: &Ending) -> Result<bool, DbError> {
    Ok(crate::write_tx!(conn, c => end_in!(c, ending))?)
}

/// Puts a held delivery back as pending, due at `next`, giving back the attempt it counted.
pub fn requeue(conn: &mut Conn, held: &DeliveryRow, next: i64, now: i64) -> Result<bool, DbError> {
    let updated = crate::write_tx!(conn, c => diesel::update(
        deliveries::table
            .filter(deliveries::id.eq(&held.id))
            .filter(deliveries::state.eq(state::IN_FLIGHT))
            .filter(deliveries::lease_until.eq(held.lease_until)),
    )
    .set((
        deliveries::state.eq(state::PENDING),
        deliveries::lease_until.eq(None::<i64>),
        deliveries::attempts.eq(deliveries::attempts - 1),
        deliveries::next_attempt_at.eq(next),
        deliveries::updated_at.eq(now),
    ))
    .execute(c))?;
    Ok(updated == 1)
}

/// The earliest time a pending delivery falls due, to sleep until then.
pub fn next_due(conn: &mut Conn) -> Result<Option<i64>, DbError> {
    Ok(with_conn!(conn, c => deliveries::table
        .filter(deliveries::state.eq_any([state::PENDING, state::IN_FLIGHT]))
        .select(diesel::dsl::min(diesel::dsl::sql::<diesel::sql_types::BigInt>(
            "CASE WHEN state = 'in_flight' THEN COALESCE(lease_until, next_attempt_at) ELSE next_attempt_at END"
        )))
        .first::<Option<i64>>(c))?)
}

pub fn insert(conn: &mut Conn, row: &DeliveryRow) -> Result<(), DbError> {
    crate::write_tx!(conn, c => diesel::insert_into(deliveries::table).values(row).execute(c))?;
    Ok(())
}

pub fn get(conn: &mut Conn, id: &str) -> Result<Option<DeliveryRow>, DbError> {
    Ok(with_conn!(conn, c => deliveries::table.find(id).select(DeliveryRow::as_select()).first(c).optional())?)
}

/// The newest deliveries, for the operator.
pub fn recent(conn: &mut Conn, limit: i64) -> Result<Vec<DeliveryRow>, DbError> {
    Ok(with_conn!(conn, c => deliveries::table
        .order(deliveries::id.desc())
        .limit(limit)
        .select(DeliveryRow::as_select())
        .load(c))?)
}

pub fn of_claim(conn: &mut Conn, claim_id: &str) -> Result<Vec<DeliveryRow>, DbError> {
    Ok(with_conn!(conn, c => deliveries::table
        .filter(deliveries::claim_id.eq(claim_id))
        .order(deliveries::id)
        .select(DeliveryRow::as_select())
        .load(c))?)
}

/// Counts of deliveries by state.
pub fn count_by_state(conn: &mut Conn) -> Result<Vec<(String, i64)>, DbError> {
    Ok(with_conn!(conn, c => deliveries::table
        .group_by(deliveries::state)
        .select((deliveries::state, diesel::dsl::count_star()))
        .load(c))?)
}

/// An operator's retry of a failed delivery: due now, with a fresh budget.
pub fn retry_now(conn: &mut Conn, id: &str, now: i64) -> Result<bool, DbError> {
    let updated = crate::write_tx!(conn, c => diesel::update(
        deliveries::table.filter(deliveries::id.eq(id)).filter(deliveries::state.eq(state::FAILED)),
    )
    .set((
        deliveries::state.eq(state::PENDING),
        deliveries::attempts.eq(0),
        deliveries::next_attempt_at.eq(now),
        deliveries::updated_at.eq(now),
    ))
    .execute(c))?;
    Ok(updated == 1)
}

/// A partner's answer to a hand-over, written with the event that records it
/// ([`super::claims::Pending::answer`]).
#[derive(Debug, Clone)]
pub enum Answer {
    /// The partner took the case under `reference`. The case document it accepted listed the
    /// documents `listed`: their own announcements, queued when they were added and still
    /// waiting behind the hand-over, are done already, so that the partner hears of each
    /// document once. The partner's silence on the case is counted from `now`.
    Accepted { reference: String, listed: Vec<String>, now: i64 },
    /// The partner refused the case, saying why.
    Declined { reason: String },
}

/// Writes a partner's answer about `$claim_id` inside the caller's write transaction, on
/// either backend's connection `$c` (the same answer again is harmless): evaluates to
/// `QueryResult<()>`.
macro_rules! answer_in {
    ($c:ident, $claim_id:expr, $answer:expr) => {{
        use $crate::db::deliveries::{Answer, DOCUMENT, state as answer_state};
        use $crate::db::schema::{claims as answer_claims, deliveries as answer_outbox};
        let (claim_id, answer): (&str, &Answer) = ($claim_id, $answer);
        (|| -> QueryResult<()> {
            match answer {
                Answer::Declined { reason } => {
                    diesel::update(answer_claims::table.find(claim_id))
                        .set(answer_claims::decline_reason.eq(reason))
                        .execute($c)?;
                }
                Answer::Accepted { reference, listed, now } => {
                    diesel::update(answer_claims::table.find(claim_id))
                        .set((
                            answer_claims::partner_reference.eq(reference),
                            answer_claims::last_partner_contact_at.eq(*now),
                        ))
                        .execute($c)?;
                    if listed.is_empty() {
                        return Ok(());
                    }
                    let waiting: Vec<(String, Option<String>)> = answer_outbox::table
                        .filter(answer_outbox::claim_id.eq(claim_id))
                        .filter(answer_outbox::kind.eq(DOCUMENT))
                        .filter(answer_outbox::state.eq_any([answer_state::PENDING, answer_state::IN_FLIGHT]))
                        .select((answer_outbox::id, answer_outbox::payload))
                        .load($c)?;
                    let announced: Vec<String> = waiting
                        .into_iter()
                        .filter(|(_, payload)| $crate::db::deliveries::announces_one_of(payload.as_deref(), listed))
                        .map(|(id, _)| id)
                        .collect();
                    if !announced.is_empty() {
                        diesel::update(answer_outbox::table.filter(answer_outbox::id.eq_any(&announced)))
                            .set((
                                answer_outbox::state.eq(answer_state::DONE),
                                answer_outbox::lease_until.eq(None::<i64>),
                                answer_outbox::last_error.eq("listed in the case document the partner accepted"),
                                answer_outbox::updated_at.eq(*now),
                            ))
                            .execute($c)?;
                    }
                }
            }
            Ok(())
        })()
    }};
}
pub(crate) use answer_in;

/// Whether a document's announcement (its `payload`) is about one of the documents `listed`.
pub fn announces_one_of(payload: Option<&str>, listed: &[String]) -> bool {
    let document = payload.and_then(|p| serde_json::from_str::<serde_json::Value>(p).ok());
    document.and_then(|d| d["id"].as_str().map(str::to_string)).is_some_and(|id| listed.contains(&id))
}
