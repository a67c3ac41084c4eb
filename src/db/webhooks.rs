//! Creditors' webhook endpoints, the messages sent to them, and every attempt to send one
//! (the operations are `crate::cases::webhooks`). A message about a case is written by
//! [`enqueue!`] inside the transaction that appends the case's thread entry it tells of,
//! with its delivery in the outbox: exactly once for every entry, whichever door it came in.

use diesel::prelude::*;

use super::claims::{EventRow, kind};
use super::deliveries::{self, DeliveryRow, WEBHOOK, state};
use super::schema::{deliveries as outbox, webhook_attempts, webhook_endpoints, webhook_messages};
use super::{Conn, DbError, new_id};
use crate::domain::money::{Currency, Money};
use crate::{with_conn, write_tx};

/// The event types a creditor can subscribe an endpoint to.
pub mod event {
    pub const STATUS_CHANGED: &str = "claim.status_changed";
    pub const MESSAGE: &str = "claim.message";
    pub const PAYMENT: &str = "claim.payment";
    pub const PAYOUT: &str = "claim.payout";
    pub const CLOSED: &str = "claim.closed";
    pub const ALL: [&str; 5] = [STATUS_CHANGED, MESSAGE, PAYMENT, PAYOUT, CLOSED];
    /// What "send test event" sends, whatever the endpoint subscribed to.
    pub const TEST: &str = "webhook.test";
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = webhook_endpoints)]
pub struct EndpointRow {
    pub id: String,
    pub creditor_id: String,
    pub url: String,
    /// Space-separated event types.
    pub events: String,
    /// Sealed (`crate::cases::webhooks::Sealer`).
    pub secret: String,
    pub previous_secret: Option<String>,
    pub previous_until: Option<i64>,
    pub created_at: i64,
    pub deleted_at: Option<i64>,
}

impl EndpointRow {
    pub fn events(&self) -> Vec<String> {
        self.events.split_whitespace().map(str::to_string).collect()
    }

    pub fn takes(&self, event_type: &str) -> bool {
        takes(&self.events, event_type)
    }
}

fn takes(events: &str, event_type: &str) -> bool {
    events.split_whitespace().any(|e| e == event_type)
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = webhook_messages)]
pub struct MessageRow {
    /// The `webhook-id`.
    pub id: String,
    pub endpoint_id: String,
    pub claim_id: Option<String>,
    pub event_type: String,
    /// The JSON body, as sent on every attempt.
    pub body: String,
    pub created_at: i64,
}

impl MessageRow {
    /// A message of `event_type` with `data`, created `now`.
    pub fn new(endpoint_id: &str, claim_id: Option<&str>, event_type: &str, data: serde_json::Value, now: i64) -> Self {
        let body = serde_json::json!({"type": event_type, "created_at": rfc3339(now), "data": data});
        Self {
            id: new_id("msg_"),
            endpoint_id: endpoint_id.to_string(),
            claim_id: claim_id.map(str::to_string),
            event_type: event_type.to_string(),
            body: body.to_string(),
            created_at: now,
        }
    }

    /// Its delivery through the outbox. Deliveries are grouped by `claim_id` (one case's
    /// messages go out in order); a message about no case is grouped with its endpoint's.
    pub fn delivery(&self, now: i64) -> DeliveryRow {
        let group = self.claim_id.clone().unwrap_or_else(|| self.endpoint_id.clone());
        DeliveryRow::with_payload(&group, &self.endpoint_id, WEBHOOK, self.id.clone(), now)
    }
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = webhook_attempts)]
pub struct AttemptRow {
    pub id: String,
    pub endpoint_id: String,
    pub message_id: String,
    pub event_type: String,
    pub attempted_at: i64,
    /// The answer's status code; `None` when no answer came.
    pub status_code: Option<i32>,
    pub duration_ms: i64,
    pub error: Option<String>,
}

fn rfc3339(micros: i64) -> String {
    super::from_micros(micros).to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// The webhook event types a thread entry gives rise to.
pub fn types_of(entry: &EventRow) -> Vec<&'static str> {
    use crate::domain::status::CaseStatus;
    match entry.kind.as_str() {
        kind::STATUS if entry.applied => {
            let closed = CaseStatus::parse(&entry.status).is_some_and(|s| s.is_terminal());
            if closed { vec![event::STATUS_CHANGED, event::CLOSED] } else { vec![event::STATUS_CHANGED] }
        }
        // the creditor's own messages are not news to the creditor
        kind::MESSAGE if entry.source != crate::db::messages::sender::CREDITOR => vec![event::MESSAGE],
        kind::PAYMENT | kind::PAYMENT_REVERSED => vec![event::PAYMENT],
        kind::PAYOUT => vec![event::PAYOUT],
        _ => Vec::new(),
    }
}

/// The `data` of a message about a thread entry; `amount`: a payment's or payout's amount
/// and date, `collected`: the case's collected total.
pub fn data_of(
    entry: &EventRow,
    event_type: &str,
    seq: i64,
    currency: &str,
    amount: Option<(i64, String)>,
) -> serde_json::Value {
    let money = |minor: i64| Currency::parse(currency).ok().map(|c| Money::from_minor(minor, c));
    let mut data = serde_json::json!({
        "claim_id": entry.claim_id,
        "event_id": entry.id,
        "seq": seq,
        "status": entry.status,
        "occurred_at": rfc3339(entry.occurred_at),
        "message": entry.message,
    });
    match event_type {
        event::MESSAGE => {
            data["message_id"] = serde_json::json!(entry.ref_id);
            let from = if entry.source == crate::db::messages::sender::PLATFORM { "platform" } else { "partner" };
            data["from"] = serde_json::json!(from);
        }
        event::PAYMENT | event::PAYOUT => {
            let key = if event_type == event::PAYMENT { "payment_id" } else { "payout_id" };
            data[key] = serde_json::json!(entry.ref_id);
            data["reversed"] = serde_json::json!(entry.kind == kind::PAYMENT_REVERSED);
            if let Some((minor, on)) = amount {
                data["amount"] = serde_json::json!(money(minor));
                data[if event_type == event::PAYMENT { "received_on" } else { "paid_on" }] = serde_json::json!(on);
            }
        }
        _ => {}
    }
    if let Some(collected) = entry.collected_minor {
        data["collected"] = serde_json::json!(money(collected));
    }
    data
}

/// Whether any of `endpoints` (`(id, subscribed event types)`) takes one of `types`.
pub fn any_wanted(types: &[&str], endpoints: &[(String, String)]) -> bool {
    endpoints.iter().any(|(_, events)| types.iter().any(|t| takes(events, t)))
}

/// The messages about the thread entry `entry` (sequence number `seq`, on a claim in
/// `currency`) for every one of `endpoints` (`(id, subscribed event types)`) subscribed to
/// what it tells; `amount` as [`data_of`] takes it.
pub fn messages_for(
    entry: &EventRow,
    seq: i64,
    currency: &str,
    amount: Option<(i64, String)>,
    endpoints: &[(String, String)],
) -> Vec<MessageRow> {
    let types = types_of(entry);
    endpoints
        .iter()
        .flat_map(|(endpoint, events)| types.iter().filter(|t| takes(events, t)).map(move |t| (endpoint, *t)))
        .map(|(endpoint, event_type)| {
            let data = data_of(entry, event_type, seq, currency, amount.clone());
            MessageRow::new(endpoint, Some(&entry.claim_id), event_type, data, entry.recorded_at)
        })
        .collect()
}

/// Writes, inside the caller's write transaction on `$c` (a backend connection), a message
/// and its delivery for every endpoint of `$creditor_id` subscribed to what the thread entry
/// `$entry` (sequence number `$seq`) tells. Evaluates to `QueryResult<()>`.
macro_rules! enqueue {
    ($c:expr, $creditor_id:expr, $entry:expr, $seq:expr) => {{
        use $crate::db::schema::{claims as wh_claims, deliveries as wh_outbox, payments as wh_payments};
        use $crate::db::schema::{payouts as wh_payouts, webhook_endpoints as wh_ep, webhook_messages as wh_msg};
        let (creditor_id, entry, seq): (&str, &$crate::db::claims::EventRow, i64) = ($creditor_id, $entry, $seq);
        let types = $crate::db::webhooks::types_of(entry);
        let endpoints: Vec<(String, String)> = if types.is_empty() {
            Vec::new()
        } else {
            wh_ep::table
                .filter(wh_ep::creditor_id.eq(creditor_id))
                .filter(wh_ep::deleted_at.is_null())
                .select((wh_ep::id, wh_ep::events))
                .load($c)?
        };
        if $crate::db::webhooks::any_wanted(&types, &endpoints) {
            let currency: String = wh_claims::table.find(&entry.claim_id).select(wh_claims::currency).first($c)?;
            let reference = entry.ref_id.clone().unwrap_or_default();
            let amount: Option<(i64, String)> = match entry.kind.as_str() {
                $crate::db::claims::kind::PAYMENT | $crate::db::claims::kind::PAYMENT_REVERSED => wh_payments::table
                    .find(&reference)
                    .select((wh_payments::amount_minor, wh_payments::received_on))
                    .first($c)
                    .optional()?,
                $crate::db::claims::kind::PAYOUT => wh_payouts::table
                    .find(&reference)
                    .select((wh_payouts::amount_minor, wh_payouts::paid_on))
                    .first($c)
                    .optional()?,
                _ => None,
            };
            let messages = $crate::db::webhooks::messages_for(entry, seq, &currency, amount, &endpoints);
            let sends: Vec<$crate::db::deliveries::DeliveryRow> =
                messages.iter().map(|m| m.delivery(entry.recorded_at)).collect();
            diesel::insert_into(wh_msg::table).values(&messages).execute($c)?;
            diesel::insert_into(wh_outbox::table).values(&sends).execute($c)?;
        }
        diesel::QueryResult::Ok(())
    }};
}
pub(crate) use enqueue;

pub fn insert_endpoint(conn: &mut Conn, row: &EndpointRow) -> Result<(), DbError> {
    write_tx!(conn, c => diesel::insert_into(webhook_endpoints::table).values(row).execute(c))?;
    Ok(())
}

/// The creditor's endpoints (not deleted), oldest first.
pub fn of_creditor(conn: &mut Conn, creditor_id: &str) -> Result<Vec<EndpointRow>, DbError> {
    Ok(with_conn!(conn, c => webhook_endpoints::table
        .filter(webhook_endpoints::creditor_id.eq(creditor_id))
        .filter(webhook_endpoints::deleted_at.is_null())
        .order((webhook_endpoints::created_at, webhook_endpoints::id))
        .select(EndpointRow::as_select())
        .load(c))?)
}

/// One of the creditor's endpoints (not deleted); another creditor's is `None`.
pub fn get_own(conn: &mut Conn, creditor_id: &str, id: &str) -> Result<Option<EndpointRow>, DbError> {
    Ok(with_conn!(conn, c => webhook_endpoints::table
        .filter(webhook_endpoints::id.eq(id))
        .filter(webhook_endpoints::creditor_id.eq(creditor_id))
        .filter(webhook_endpoints::deleted_at.is_null())
        .select(EndpointRow::as_select())
        .first(c)
        .optional())?)
}

/// An endpoint whatever its creditor, deleted or not (the dispatcher's view).
pub fn get(conn: &mut Conn, id: &str) -> Result<Option<EndpointRow>, DbError> {
    Ok(with_conn!(conn, c => webhook_endpoints::table.find(id).select(EndpointRow::as_select()).first(c).optional())?)
}

/// Deletes one of the creditor's endpoints: nothing more is sent to it, and what waits in
/// the outbox for it is cancelled. False when there is no such endpoint of the creditor.
pub fn delete(conn: &mut Conn, creditor_id: &str, id: &str, now: i64) -> Result<bool, DbError> {
    let result: QueryResult<bool> = write_tx!(conn, c => {
        let n = diesel::update(
            webhook_endpoints::table
                .filter(webhook_endpoints::id.eq(id))
                .filter(webhook_endpoints::creditor_id.eq(creditor_id))
                .filter(webhook_endpoints::deleted_at.is_null()),
        )
        .set(webhook_endpoints::deleted_at.eq(now))
        .execute(c)?;
        if n == 1 {
            diesel::update(
                outbox::table
                    .filter(outbox::kind.eq(WEBHOOK))
                    .filter(outbox::partner_id.eq(id))
                    .filter(outbox::state.eq(state::PENDING)),
            )
            .set((
                outbox::state.eq(state::CANCELLED),
                outbox::last_error.eq("the endpoint was deleted"),
                outbox::updated_at.eq(now),
            ))
            .execute(c)?;
        }
        Ok(n == 1)
    });
    Ok(result?)
}

/// Replaces the endpoint's secret by `sealed`; the current one stays valid until `until`.
pub fn rotate(
    conn: &mut Conn,
    creditor_id: &str,
    id: &str,
    sealed: &str,
    until: i64,
) -> Result<Option<EndpointRow>, DbError> {
    let result: QueryResult<Option<EndpointRow>> = write_tx!(conn, c => {
        let current: Option<EndpointRow> = webhook_endpoints::table
            .filter(webhook_endpoints::id.eq(id))
            .filter(webhook_endpoints::creditor_id.eq(creditor_id))
            .filter(webhook_endpoints::deleted_at.is_null())
            .select(EndpointRow::as_select())
            .first(c)
            .optional()?;
        let Some(current) = current else { return Ok(None) };
        diesel::update(webhook_endpoints::table.find(id))
            .set((
                webhook_endpoints::secret.eq(sealed),
                webhook_endpoints::previous_secret.eq(Some(&current.secret)),
                webhook_endpoints::previous_until.eq(Some(until)),
            ))
            .execute(c)?;
        webhook_endpoints::table.find(id).select(EndpointRow::as_select()).first(c).optional()
    });
    Ok(result?)
}

/// Stores a message and its delivery (a test event, or a replay of a stored message when
/// `message` is `None`), in one transaction.
pub fn enqueue_message(conn: &mut Conn, message: Option<&MessageRow>, delivery: &DeliveryRow) -> Result<(), DbError> {
    write_tx!(conn, c => {
        if let Some(message) = message {
            diesel::insert_into(webhook_messages::table).values(message).execute(c)?;
        }
        diesel::insert_into(outbox::table).values(delivery).execute(c)
    })?;
    Ok(())
}

pub fn message(conn: &mut Conn, id: &str) -> Result<Option<MessageRow>, DbError> {
    Ok(with_conn!(conn, c => webhook_messages::table.find(id).select(MessageRow::as_select()).first(c).optional())?)
}

pub fn record_attempt(conn: &mut Conn, row: &AttemptRow) -> Result<(), DbError> {
    write_tx!(conn, c => diesel::insert_into(webhook_attempts::table).values(row).execute(c))?;
    Ok(())
}

/// A message as the delivery log shows it: where it stands and every attempt, oldest first.
#[derive(Debug, Clone)]
pub struct Logged {
    pub message: MessageRow,
    /// `pending`, `delivered`, `failed` or `cancelled`.
    pub state: &'static str,
    pub attempts: Vec<AttemptRow>,
}

/// The endpoint's newest `limit` messages, newest first, with their attempts.
pub fn log(conn: &mut Conn, endpoint_id: &str, limit: i64) -> Result<Vec<Logged>, DbError> {
    let result: QueryResult<Vec<Logged>> = with_conn!(conn, c => {
        let messages: Vec<MessageRow> = webhook_messages::table
            .filter(webhook_messages::endpoint_id.eq(endpoint_id))
            .order((webhook_messages::created_at.desc(), webhook_messages::id.desc()))
            .limit(limit)
            .select(MessageRow::as_select())
            .load(c)?;
        let ids: Vec<String> = messages.iter().map(|m| m.id.clone()).collect();
        let attempts: Vec<AttemptRow> = webhook_attempts::table
            .filter(webhook_attempts::message_id.eq_any(&ids))
            .order((webhook_attempts::attempted_at, webhook_attempts::id))
            .select(AttemptRow::as_select())
            .load(c)?;
        let sends: Vec<(String, String)> = outbox::table
            .filter(outbox::kind.eq(WEBHOOK))
            .filter(outbox::partner_id.eq(endpoint_id))
            .filter(outbox::payload.eq_any(ids.iter().map(|i| Some(i.clone())).collect::<Vec<_>>()))
            .order(outbox::id)
            .select((outbox::payload.assume_not_null(), outbox::state))
            .load(c)?;
        Ok(messages
            .into_iter()
            .map(|message| {
                // the newest send of the message tells where it stands
                let latest = sends.iter().rev().find(|(id, _)| *id == message.id).map(|(_, s)| s.as_str());
                let state = match latest {
                    Some(state::DONE) => "delivered",
                    Some(state::FAILED) => "failed",
                    Some(state::CANCELLED) => "cancelled",
                    _ => "pending",
                };
                let attempts = attempts.iter().filter(|a| a.message_id == message.id).cloned().collect();
                Logged { message, state, attempts }
            })
            .collect())
    });
    Ok(result?)
}

/// Whether a send of the message is still waiting or under way.
pub fn on_its_way(conn: &mut Conn, endpoint_id: &str, message_id: &str) -> Result<bool, DbError> {
    let n: i64 = with_conn!(conn, c => outbox::table
        .filter(outbox::kind.eq(WEBHOOK))
        .filter(outbox::partner_id.eq(endpoint_id))
        .filter(outbox::payload.eq(message_id))
        .filter(outbox::state.eq_any([deliveries::state::PENDING, deliveries::state::IN_FLIGHT]))
        .count()
        .get_result(c))?;
    Ok(n > 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::status::CaseStatus;

    #[test]
    fn entries_map_to_the_event_types_endpoints_take() {
        let mut status = EventRow::platform("cl_1", CaseStatus::Paid, 1, "paid".into());
        assert_eq!(types_of(&status), [event::STATUS_CHANGED, event::CLOSED]);
        status.applied = false;
        assert!(types_of(&status).is_empty(), "a late event does not move the case");
        let mut message = EventRow::entry("cl_1", "collecting", kind::MESSAGE, "partner_x", 1, 1);
        assert_eq!(types_of(&message), [event::MESSAGE]);
        message.source = "creditor".into();
        assert!(types_of(&message).is_empty());
        assert!(takes("claim.payment claim.payout", event::PAYOUT));
        assert!(!takes("claim.payment", event::PAYOUT));
    }
}
