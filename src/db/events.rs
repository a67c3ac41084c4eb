//! Reading the event log for live streams, by sequence number: everything, one creditor's
//! claims, or one claim. Writing events is [`super::claims::record`]'s job
//! (one at a time) and [`EventWriter`]'s (in group commits).

use diesel::prelude::*;

use super::claims::{Outcome, Pending, StoredEvent, record_batch, record_with};
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

/// Where a creditor's live stream starts: no event of the creditor's that commits later has
/// a lower sequence number. On SQLite the sequence is the commit order (one writer, the next
/// number taken in the writing transaction), so the newest event of all will do, one index
/// lookup; the creditor's own newest would walk every claim of the creditor. On PostgreSQL
/// numbers are taken before commit, and only one creditor's events commit in their order
/// (its row lock), so the cursor is the creditor's own newest.
pub fn stream_start(conn: &mut Conn, creditor_id: &str) -> Result<i64, DbError> {
    match conn {
        Conn::Sqlite(_) => latest_seq(conn, &Scope::All),
        Conn::Pg(_) => latest_seq(conn, &Scope::Creditor(creditor_id.to_string())),
    }
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

/// The most events one group commit takes.
const MAX_BATCH: usize = 512;

/// Group commit of events ([`super::claims::record_batch`]): requests hand their checked
/// event to one writer task per process and wait for its answer; the writer takes every event
/// that is waiting, records them in one transaction (one `fsync` for all) and answers each
/// after the commit. While it commits, the next events gather, so the batch grows with the
/// load and a lone event is written at once.
///
/// SQLite has one writer at a time, so there is one writer task. PostgreSQL writes in
/// parallel, so there may be several (`EVENT_WRITERS`), each for the creditors whose id hashes
/// to it: one creditor's events (and so one case's) go through one writer in the order they
/// arrived, and writers never wait on each other's lock of a creditor's sequence.
#[derive(Clone)]
pub struct EventWriter {
    db: super::Db,
    queues: Vec<tokio::sync::mpsc::UnboundedSender<Job>>,
}

struct Job {
    pending: Pending,
    answer: tokio::sync::oneshot::Sender<Result<Outcome, DbError>>,
}

impl EventWriter {
    /// Starts the writer tasks on the current runtime: one on SQLite, `pg_writers` on
    /// PostgreSQL.
    pub fn start(db: super::Db, pg_writers: usize) -> Self {
        let writers = match db {
            super::Db::Sqlite(_) => 1,
            super::Db::Pg(_) => pg_writers.max(1),
        };
        let queues = (0..writers)
            .map(|_| {
                let (queue, jobs) = tokio::sync::mpsc::unbounded_channel();
                tokio::spawn(write(db.clone(), jobs));
                queue
            })
            .collect();
        Self { db, queues }
    }

    /// Records an event about a claim of `creditor_id`, with what goes with it (see
    /// [`super::claims::record_with`]), together with the others arriving at the same time;
    /// answers once it is committed.
    pub async fn record(&self, creditor_id: &str, pending: Pending) -> Result<Outcome, DbError> {
        let (answer, answered) = tokio::sync::oneshot::channel();
        let hash = creditor_id.bytes().fold(0usize, |h, b| h.wrapping_mul(31).wrapping_add(b as usize));
        match self.queues[hash % self.queues.len()].send(Job { pending, answer }) {
            Ok(()) => answered.await.unwrap_or(Err(DbError::Stopped)),
            // the writer is gone (its runtime ended): the event is recorded on its own
            Err(tokio::sync::mpsc::error::SendError(job)) => {
                self.db.run(move |conn| record_with(conn, &job.pending)).await
            }
        }
    }
}

/// The writer task: takes what is waiting, commits it, answers, and again.
async fn write(db: super::Db, mut queue: tokio::sync::mpsc::UnboundedReceiver<Job>) {
    let mut jobs = Vec::new();
    while queue.recv_many(&mut jobs, MAX_BATCH).await > 0 {
        let (batch, answers): (Vec<Pending>, Vec<_>) = jobs.drain(..).map(|j| (j.pending, j.answer)).unzip();
        let db = db.clone();
        let outcomes = tokio::task::spawn_blocking(move || match db.get() {
            Ok(mut conn) => record_batch(&mut conn, &batch),
            Err(e) => {
                let message = e.to_string();
                batch.iter().map(|_| Err(DbError::Unavailable(message.clone()))).collect()
            }
        })
        .await;
        match outcomes {
            Ok(outcomes) => {
                for (answer, outcome) in answers.into_iter().zip(outcomes) {
                    let _ = answer.send(outcome);
                }
            }
            // dropping the answers tells each waiting request that its event is in doubt
            Err(e) => tracing::error!(error = %e, "the event writer's batch failed"),
        }
    }
}
