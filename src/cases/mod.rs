//! The operations every door calls: the creditor's pages and API, the partner protocol, the
//! scheduler. Each validates with the domain's types, stores in one transaction (with the
//! case's thread entry and whatever the outbox must send because of it), then wakes the
//! dispatcher and the live streams. Reading one function's callers shows every way a
//! message, a document or a payment enters the system.

pub mod conversation;
pub mod documents;
pub mod file;
pub mod handover;
pub mod money;
pub mod notify;
pub mod partner_events;
pub mod reconcile;
pub mod reminders;
pub mod reroute;
pub mod webhooks;

use crate::db::DbError;
use crate::db::money::Entry;
use crate::domain::validation::FieldErrors;
use crate::state::AppState;

#[derive(Debug, thiserror::Error)]
pub enum CaseError {
    #[error("the request has invalid fields")]
    Invalid(FieldErrors),
    /// No such case, or not the caller's.
    #[error("not found")]
    NotFound,
    /// The case cannot take this now (closed, not yet with a partner, ...).
    #[error("{0}")]
    Conflict(String),
    #[error(transparent)]
    Db(#[from] DbError),
    #[error("internal error")]
    Internal(#[from] anyhow::Error),
}

impl CaseError {
    pub fn field(field: &str, message: impl ToString) -> Self {
        Self::Invalid(FieldErrors::single(field, message))
    }
}

/// What the caller learns of a stored entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Stored {
    /// New: its thread entry's sequence number.
    New(i64),
    /// Recorded before (the same id or webhook-id): nothing changed.
    Duplicate,
}

/// Turns a database outcome into the caller's, waking the dispatcher and the streams.
pub(crate) fn settle(state: &AppState, entry: Entry) -> Result<Stored, CaseError> {
    match entry {
        Entry::Recorded { seq, .. } => {
            state.dispatch.wake();
            state.live.kick();
            Ok(Stored::New(seq))
        }
        Entry::Duplicate => Ok(Stored::Duplicate),
        Entry::NoClaim => Err(CaseError::NotFound),
        Entry::ReferenceMismatch { expected } => {
            Err(CaseError::field("partner_reference", format!("this case's reference is \"{expected}\"")))
        }
        Entry::Refused { field, message } => Err(CaseError::field(field, message)),
    }
}
