//! Every quote a claim had (`claim_quotes`): the one it was filed with, the new quotes the
//! platform proposes after a partner declined, and what became of each. The claim's current
//! quote is also `claims.quote_json`.

use diesel::prelude::*;

use super::claims::{EventLog, EventRow};
use super::deliveries::DeliveryRow;
use super::schema::{claim_quotes, deliveries};
use super::{Conn, DbError};
use crate::domain::status::CaseStatus;
use crate::{with_conn, write_tx};

/// What became of a quote ([`QuoteRow::state`]).
pub mod state {
    /// The quote the claim was filed with.
    pub const FILED: &str = "filed";
    /// Proposed after a decline; waits for the creditor's acceptance.
    pub const PROPOSED: &str = "proposed";
    /// A proposal the creditor accepted: the claim's quote since.
    pub const ACCEPTED: &str = "accepted";
    /// Replaced by a newer quote before it was accepted, or after the case moved on.
    pub const SUPERSEDED: &str = "superseded";
    /// Its partner declined the case.
    pub const DECLINED: &str = "declined";
}

#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable, Insertable)]
#[diesel(table_name = claim_quotes)]
pub struct QuoteRow {
    pub id: String,
    pub claim_id: String,
    pub partner_id: String,
    pub state: String,
    /// The [`crate::domain::quote::Quote`] as JSON.
    pub quote_json: String,
    /// Why the quote was made: for a proposal, which partner declined and why.
    pub reason: Option<String>,
    pub created_at: i64,
    /// When it was accepted, superseded or declined.
    pub decided_at: Option<i64>,
}

impl QuoteRow {
    pub fn new(
        claim_id: &str,
        partner_id: &str,
        state: &str,
        quote_json: String,
        reason: Option<String>,
        now: i64,
    ) -> Self {
        Self {
            id: super::new_id("cq_"),
            claim_id: claim_id.to_string(),
            partner_id: partner_id.to_string(),
            state: state.to_string(),
            quote_json,
            reason,
            created_at: now,
            decided_at: None,
        }
    }
}

/// Every quote of a claim, oldest first.
pub fn of_claim(conn: &mut Conn, claim_id: &str) -> Result<Vec<QuoteRow>, DbError> {
    Ok(with_conn!(conn, c => claim_quotes::table
        .filter(claim_quotes::claim_id.eq(claim_id))
        .order((claim_quotes::created_at, claim_quotes::id))
        .select(QuoteRow::as_select())
        .load(c))?)
}

/// What a new proposal writes, in one transaction.
#[derive(Debug, Clone)]
pub struct Proposal {
    pub claim_id: String,
    /// The partner that declined the case: its quote is marked declined.
    pub declined_by: Option<String>,
    /// The new quote; `None` when no other partner is eligible (the notice says so).
    pub quote: Option<QuoteRow>,
    /// The entry of the case's thread that tells the creditor.
    pub notice: EventRow,
    /// The e-mail to the creditor.
    pub outbox: Vec<DeliveryRow>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Proposed {
    Stored,
    /// The case is not (or no longer) declined: nothing was written.
    NotDeclined(CaseStatus),
    NoClaim,
}

/// Stores a proposal for a declined case: the declining partner's quote becomes `declined`,
/// an earlier proposal `superseded`, and the new one `proposed`, with its thread entry and
/// e-mail, all or nothing.
pub fn propose(conn: &mut Conn, proposal: &Proposal, now: i64) -> Result<Proposed, DbError> {
    let result: Result<Proposed, diesel::result::Error> = write_tx!(conn, c => {
        let Some(claim) = c.claim_for_update(&proposal.claim_id)? else { return Ok(Proposed::NoClaim) };
        let status = CaseStatus::parse(&claim.status).unwrap_or(CaseStatus::Submitted);
        if status != CaseStatus::Declined {
            return Ok(Proposed::NotDeclined(status));
        }
        let of_claim = claim_quotes::table.filter(claim_quotes::claim_id.eq(&proposal.claim_id));
        if let Some(partner) = &proposal.declined_by {
            diesel::update(
                of_claim
                    .filter(claim_quotes::partner_id.eq(partner))
                    .filter(claim_quotes::state.eq_any([state::FILED, state::ACCEPTED])),
            )
            .set((claim_quotes::state.eq(state::DECLINED), claim_quotes::decided_at.eq(now)))
            .execute(c)?;
        }
        diesel::update(of_claim.filter(claim_quotes::state.eq(state::PROPOSED)))
            .set((claim_quotes::state.eq(state::SUPERSEDED), claim_quotes::decided_at.eq(now)))
            .execute(c)?;
        if let Some(quote) = &proposal.quote {
            diesel::insert_into(claim_quotes::table).values(quote).execute(c)?;
        }
        c.append(&claim.creditor_id, &proposal.notice)?;
        if !proposal.outbox.is_empty() {
            diesel::insert_into(deliveries::table).values(&proposal.outbox).execute(c)?;
        }
        Ok(Proposed::Stored)
    });
    Ok(result?)
}

/// The quote waiting for the creditor's acceptance, if any.
pub fn open_proposal(conn: &mut Conn, claim_id: &str) -> Result<Option<QuoteRow>, DbError> {
    Ok(with_conn!(conn, c => claim_quotes::table
        .filter(claim_quotes::claim_id.eq(claim_id))
        .filter(claim_quotes::state.eq(state::PROPOSED))
        .order(claim_quotes::created_at.desc())
        .select(QuoteRow::as_select())
        .first(c)
        .optional())?)
}

/// The partners whose quote for the claim ended in a decline.
pub fn declined_partners(conn: &mut Conn, claim_id: &str) -> Result<Vec<String>, DbError> {
    Ok(with_conn!(conn, c => claim_quotes::table
        .filter(claim_quotes::claim_id.eq(claim_id))
        .filter(claim_quotes::state.eq(state::DECLINED))
        .select(claim_quotes::partner_id)
        .distinct()
        .load(c))?)
}
