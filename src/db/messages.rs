//! A case's conversation: the partner's messages and information requests, the creditor's
//! messages and answers. A message joins the case's thread in the transaction that stores
//! it; a creditor's message joins the outbox in the same transaction.

use diesel::prelude::*;

use super::claims::{EventLog, EventRow, kind};
use super::money::{Entry, Source};
use super::schema::{deliveries, documents, messages};
use super::{Conn, DbError};
use crate::{with_conn, write_tx};

/// Who wrote a message.
pub mod sender {
    pub const CREDITOR: &str = "creditor";
    pub const PARTNER: &str = "partner";
    pub const PLATFORM: &str = "platform";
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = messages)]
pub struct MessageRow {
    pub id: String,
    pub claim_id: String,
    pub sender: String,
    pub body: String,
    pub requires_answer: bool,
    /// `YYYY-MM-DD`
    pub answer_by: Option<String>,
    pub in_reply_to: Option<String>,
    /// The creditor's message that answered this request, once answered.
    pub answered_by_id: Option<String>,
    /// JSON array of document ids.
    pub document_ids: String,
    pub delivery_id: Option<String>,
    pub sent_at: i64,
}

impl MessageRow {
    pub fn document_ids(&self) -> Vec<String> {
        serde_json::from_str(&self.document_ids).unwrap_or_default()
    }

    /// An information request still waiting for the creditor's answer.
    pub fn is_open_request(&self) -> bool {
        self.requires_answer && self.answered_by_id.is_none()
    }
}

/// Stores a message with its thread entry. A creditor's message that answers a request marks
/// it answered; `in_reply_to` and the documents must be the case's own (checked here, under
/// the claim's lock, so that the answer and the check cannot drift apart).
pub fn post(conn: &mut Conn, source: &Source, row: &MessageRow) -> Result<Entry, DbError> {
    let claim_id = row.claim_id.as_str();
    let result: QueryResult<Result<Entry, Entry>> = write_tx!(conn, c => {
        let claim = match c.open_case(claim_id, &source.name, source.webhook_id.as_deref(), source.check.as_ref())? {
            Ok(claim) => claim,
            Err(super::claims::Recorded::Duplicate) => return Ok(Err(Entry::Duplicate)),
            Err(super::claims::Recorded::ReferenceMismatch { expected }) => {
                return Ok(Err(Entry::ReferenceMismatch { expected }));
            }
            Err(_) => return Ok(Err(Entry::NoClaim)),
        };
        if let Some(request) = &row.in_reply_to {
            let asked: Option<MessageRow> = messages::table
                .filter(messages::id.eq(request))
                .filter(messages::claim_id.eq(claim_id))
                .filter(messages::sender.eq(sender::PARTNER))
                .select(MessageRow::as_select())
                .first(c)
                .optional()?;
            if asked.is_none() {
                return Ok(Err(Entry::Refused {
                    field: "in_reply_to",
                    message: format!("\"{request}\" is not a message of the partner on this case"),
                }));
            }
        }
        let wanted = row.document_ids();
        if !wanted.is_empty() {
            let found: i64 = documents::table
                .filter(documents::claim_id.eq(claim_id))
                .filter(documents::id.eq_any(&wanted))
                .count()
                .get_result(c)?;
            if found as usize != wanted.len() {
                return Ok(Err(Entry::Refused {
                    field: "document_ids",
                    message: "every document must be one of this case's documents".into(),
                }));
            }
        }
        if let Some(request) = &row.in_reply_to {
            // every check passed: nothing is written before them
            diesel::update(
                messages::table
                    .filter(messages::id.eq(request))
                    .filter(messages::answered_by_id.is_null()),
            )
            .set(messages::answered_by_id.eq(&row.id))
            .execute(c)?;
        }
        diesel::insert_into(messages::table).values(row).execute(c)?;
        let mut entry =
            EventRow::entry(claim_id, &claim.status, kind::MESSAGE, &source.name, source.occurred_at, source.now);
        entry.webhook_id = source.webhook_id.clone();
        entry.actor = source.actor.clone();
        entry.ref_id = Some(row.id.clone());
        entry.message = Some(row.body.clone());
        let seq = c.append(&claim.creditor_id, &entry)?;
        if !source.outbox.is_empty() {
            diesel::insert_into(deliveries::table).values(&source.outbox).execute(c)?;
        }
        if source.from_partner() {
            c.heard_from_partner(claim_id, source.now)?;
        }
        Ok(Ok(Entry::Recorded { seq, case: claim.state(), message: row.body.clone() }))
    });
    Ok(result?.unwrap_or_else(|e| e))
}

/// A case's messages, oldest first.
pub fn of_claim(conn: &mut Conn, claim_id: &str) -> Result<Vec<MessageRow>, DbError> {
    Ok(with_conn!(conn, c => messages::table
        .filter(messages::claim_id.eq(claim_id))
        .order((messages::sent_at, messages::id))
        .select(MessageRow::as_select())
        .load(c))?)
}

/// The claims among `claim_ids` with an information request still open, and the earliest
/// answer-by date among them (for the claims list's "Needs your answer").
pub fn open_requests(conn: &mut Conn, claim_ids: &[String]) -> Result<Vec<(String, Option<String>)>, DbError> {
    Ok(with_conn!(conn, c => messages::table
        .filter(messages::claim_id.eq_any(claim_ids))
        .filter(messages::requires_answer.eq(true))
        .filter(messages::answered_by_id.is_null())
        .order((messages::claim_id, messages::answer_by))
        .select((messages::claim_id, messages::answer_by))
        .load(c))?)
}

/// The delivery of each creditor's message, to show whether it reached the partner.
pub fn delivery_states(conn: &mut Conn, claim_id: &str) -> Result<Vec<(String, String)>, DbError> {
    Ok(with_conn!(conn, c => deliveries::table
        .filter(deliveries::claim_id.eq(claim_id))
        .select((deliveries::id, deliveries::state))
        .load(c))?)
}

/// The partner's own id for one of its messages on a case: the `webhook-id` it sent the
/// message under (the protocol's `in_reply_to` names the partner's message by it).
pub fn partner_key(conn: &mut Conn, claim_id: &str, message_id: &str) -> Result<Option<String>, DbError> {
    use super::schema::claim_events;
    let key: Option<Option<String>> = with_conn!(conn, c => claim_events::table
        .filter(claim_events::claim_id.eq(claim_id))
        .filter(claim_events::ref_id.eq(message_id))
        .filter(claim_events::kind.eq(kind::MESSAGE))
        .select(claim_events::webhook_id)
        .first(c)
        .optional())?;
    Ok(key.flatten())
}
