//! What the partner portal reads of a partner's cases, and the notes it leaves on the
//! hand-over deliveries it answers.

use diesel::prelude::*;

use super::claims::ClaimRow;
use super::deliveries::{HAND_OVER, state};
use super::schema::{claim_events, claims, deliveries};
use super::{Conn, DbError};
use crate::domain::status::CaseStatus;
use crate::{with_conn, write_tx};

/// Which of its cases a partner looks at.
#[derive(Debug, Clone, Default)]
pub struct PortalFilter {
    /// Only cases with this status.
    pub status: Option<String>,
    /// Part of the debtor's name, of an invoice number, or of the case id.
    pub search: Option<String>,
    /// Only cases older than this id (the cursor of the previous page).
    pub before: Option<String>,
    pub limit: i64,
}

/// New cases handed to the partner and not answered yet, oldest first.
pub fn new_cases(conn: &mut Conn, partner_id: &str) -> Result<Vec<ClaimRow>, DbError> {
    Ok(with_conn!(conn, c => claims::table
        .filter(claims::partner_id.eq(partner_id))
        .filter(claims::status.eq(CaseStatus::Submitted.as_str()))
        .filter(claims::partner_reference.is_null())
        .order(claims::id)
        .limit(200)
        .select(ClaimRow::as_select())
        .load(c))?)
}

/// The query of [`cases`], boxed for either backend.
macro_rules! cases_query {
    ($partner_id:expr, $filter:expr) => {{
        let filter: &PortalFilter = $filter;
        let mut query = claims::table
            .filter(claims::partner_id.eq($partner_id))
            .filter(claims::partner_reference.is_not_null())
            .into_boxed();
        if let Some(status) = &filter.status {
            query = query.filter(claims::status.eq(status.clone()));
        }
        if let Some(search) = filter.search.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            query = query.filter(crate::db::claims::ClaimSearch::containing_or_id(search));
        }
        if let Some(before) = &filter.before {
            query = query.filter(claims::id.lt(before.clone()));
        }
        query.order(claims::id.desc()).limit(filter.limit).select(ClaimRow::as_select())
    }};
}

/// The cases the partner accepted, newest first, filtered.
pub fn cases(conn: &mut Conn, partner_id: &str, filter: &PortalFilter) -> Result<Vec<ClaimRow>, DbError> {
    Ok(with_conn!(conn, c => cases_query!(partner_id, filter).load(c))?)
}

/// How many of the cases the partner accepted are still open: those past `submitted` (a new
/// case) and neither `declined` nor closed, counted on the partner's status index alone.
pub fn open_count(conn: &mut Conn, partner_id: &str) -> Result<i64, DbError> {
    let open: Vec<&str> = CaseStatus::ALL
        .iter()
        .filter(|s| !s.is_terminal() && !matches!(s, CaseStatus::Submitted | CaseStatus::Declined))
        .map(|s| s.as_str())
        .collect();
    Ok(with_conn!(conn, c => claims::table
        .filter(claims::partner_id.eq(partner_id))
        .filter(claims::status.eq_any(open))
        .count()
        .get_result(c))?)
}

/// Notes on the partner's hand-over delivery of the case what a partner user answered in
/// the portal; a decline makes it `declined`, as when a partner's API answers 422, so that
/// the operator can re-route the case.
pub fn note_answer(
    conn: &mut Conn,
    claim_id: &str,
    partner_id: &str,
    declined: Option<&str>,
    now: i64,
) -> Result<(), DbError> {
    let (new_state, note) = match declined {
        Some(reason) => (state::DECLINED, reason.to_string()),
        None => (state::DONE, "accepted in the partner portal".to_string()),
    };
    write_tx!(conn, c => diesel::update(
        deliveries::table
            .filter(deliveries::claim_id.eq(claim_id))
            .filter(deliveries::partner_id.eq(partner_id))
            .filter(deliveries::kind.eq(HAND_OVER))
            .filter(deliveries::state.eq(state::DONE)),
    )
    .set((deliveries::state.eq(new_state), deliveries::last_error.eq(note), deliveries::updated_at.eq(now)))
    .execute(c))?;
    Ok(())
}

/// The latest thread entries partner users made in the portal, newest first: (claim id,
/// source, kind, status, actor, recorded at).
pub type ActorLine = (String, String, String, String, Option<String>, i64);

pub fn recent_portal_actions(conn: &mut Conn, limit: i64) -> Result<Vec<ActorLine>, DbError> {
    Ok(with_conn!(conn, c => claim_events::table
        .filter(claim_events::actor.is_not_null())
        .order(claim_events::seq.desc())
        .limit(limit)
        .select((
            claim_events::claim_id,
            claim_events::source,
            claim_events::kind,
            claim_events::status,
            claim_events::actor,
            claim_events::recorded_at,
        ))
        .load(c))?)
}

/// The plans of the partner's lists ([`new_cases`], [`cases`]) on PostgreSQL.
pub fn list_plans(
    c: &mut diesel::PgConnection,
    partner_id: &str,
    filter: &PortalFilter,
) -> QueryResult<Vec<(String, String)>> {
    use super::claims::plan_of;
    let new = claims::table
        .filter(claims::partner_id.eq(partner_id))
        .filter(claims::status.eq(CaseStatus::Submitted.as_str()))
        .filter(claims::partner_reference.is_null())
        .order(claims::id)
        .limit(200)
        .select(ClaimRow::as_select());
    Ok(vec![plan_of(c, new)?, plan_of(c, cases_query!(partner_id, filter))?])
}
