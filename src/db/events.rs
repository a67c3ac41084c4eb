//! Reading the event log for live streams, by sequence number: everything, one creditor's
//! claims, or one claim. Writing events is [`super::claims::record_event`]'s job.

use diesel::prelude::*;

use super::claims::StoredEvent;
use super::schema::{claim_events, claims};
use super::{Conn, DbError};
use crate::with_conn;

/// Which events a reader follows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    All,
    Creditor(String),
    /// One claim of one creditor: another creditor's claim yields nothing.
    Claim {
        creditor_id: String,
        claim_id: String,
    },
}

/// A stored event with what a stream needs to know of its claim.
#[derive(Debug, Clone)]
pub struct LiveRow {
    pub stored: StoredEvent,
    pub creditor_id: String,
    pub currency: String,
    pub principal_minor: i64,
}

type LiveTuple = (StoredEvent, String, String, i64);

fn live((stored, creditor_id, currency, principal_minor): LiveTuple) -> LiveRow {
    LiveRow { stored, creditor_id, currency, principal_minor }
}

macro_rules! scoped {
    ($scope:expr) => {{
        let mut query = claim_events::table.inner_join(claims::table).into_boxed();
        match $scope {
            Scope::All => {}
            Scope::Creditor(creditor_id) => query = query.filter(claims::creditor_id.eq(creditor_id)),
            Scope::Claim { creditor_id, claim_id } => {
                query = query.filter(claims::creditor_id.eq(creditor_id)).filter(claim_events::claim_id.eq(claim_id))
            }
        }
        query
    }};
}

/// Up to `limit` events after sequence number `after`, in sequence order.
pub fn after(conn: &mut Conn, scope: &Scope, after: i64, limit: i64) -> Result<Vec<LiveRow>, DbError> {
    let rows: Vec<LiveTuple> = with_conn!(conn, c => scoped!(scope)
        .filter(claim_events::seq.gt(after))
        .order(claim_events::seq)
        .limit(limit)
        .select((StoredEvent::as_select(), claims::creditor_id, claims::currency, claims::principal_minor))
        .load(c))?;
    Ok(rows.into_iter().map(live).collect())
}

/// The events with these sequence numbers, in the order asked for.
pub fn by_seq(conn: &mut Conn, seqs: &[i64]) -> Result<Vec<LiveRow>, DbError> {
    let rows: Vec<LiveTuple> = with_conn!(conn, c => claim_events::table
        .inner_join(claims::table)
        .filter(claim_events::seq.eq_any(seqs))
        .select((StoredEvent::as_select(), claims::creditor_id, claims::currency, claims::principal_minor))
        .load(c))?;
    let mut rows: Vec<LiveRow> = rows.into_iter().map(live).collect();
    rows.sort_by_key(|r| seqs.iter().position(|s| *s == r.stored.seq));
    Ok(rows)
}

/// The sequence number of the newest event in scope; 0 when there is none.
pub fn latest_seq(conn: &mut Conn, scope: &Scope) -> Result<i64, DbError> {
    let max: Option<i64> = with_conn!(conn, c => scoped!(scope).select(diesel::dsl::max(claim_events::seq)).first(c))?;
    Ok(max.unwrap_or(0))
}

/// Whether the claim exists and is this creditor's.
pub fn is_owner(conn: &mut Conn, creditor_id: &str, claim_id: &str) -> Result<bool, DbError> {
    let n: i64 = with_conn!(conn, c => claims::table
        .filter(claims::id.eq(claim_id))
        .filter(claims::creditor_id.eq(creditor_id))
        .count()
        .get_result(c))?;
    Ok(n > 0)
}

/// The partner a claim is with and the claim's currency; `None` when there is no such claim.
pub fn case_of(conn: &mut Conn, claim_id: &str) -> Result<Option<(String, String)>, DbError> {
    Ok(with_conn!(conn, c => claims::table
        .find(claim_id)
        .select((claims::partner_id, claims::currency))
        .first(c)
        .optional())?)
}
