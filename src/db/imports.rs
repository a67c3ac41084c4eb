//! Bulk intake: imports and their rows, per-row state, and the lease of the process that
//! files an import.
//!
//! Rows of one debtor share a `group_key`, the idempotency key intake files the group with;
//! filing goes through intake (`claims::create`), so the rows only record what happened.
//! A process holds an import while it files it (`lease_until`, renewed with every batch of
//! outcomes); one whose holder stopped (a crash) is taken over once the lease has run out.

use diesel::prelude::*;

use super::schema::{idempotency_keys, import_rows, imports};
use super::{Conn, DbError};
use crate::{with_conn, write_tx};

/// Sets an import's counters from its rows, inside the caller's transaction (a macro: the
/// body is checked once per backend, as in [`write_tx!`]).
macro_rules! count_into {
    ($c:expr, $id:expr) => {{
        let rows_of = import_rows::table.filter(import_rows::import_id.eq($id));
        let total: i64 = rows_of.count().get_result($c)?;
        let filed: i64 = import_rows::table
            .filter(import_rows::import_id.eq($id))
            .filter(import_rows::state.eq(row_state::FILED))
            .count()
            .get_result($c)?;
        let failed: i64 = import_rows::table
            .filter(import_rows::import_id.eq($id))
            .filter(import_rows::state.eq_any([row_state::INVALID, row_state::FAILED]))
            .count()
            .get_result($c)?;
        diesel::update(imports::table.filter(imports::id.eq($id)))
            .set((imports::total.eq(total as i32), imports::filed.eq(filed as i32), imports::failed.eq(failed as i32)))
            .execute($c)?;
    }};
}

pub mod status {
    /// Checked and priced; nothing filed until the creditor says so.
    pub const PREVIEW: &str = "preview";
    pub const RUNNING: &str = "running";
    pub const DONE: &str = "done";
}

pub mod row_state {
    /// Has errors: not filed.
    pub const INVALID: &str = "invalid";
    /// To be filed.
    pub const PENDING: &str = "pending";
    pub const FILED: &str = "filed";
    /// Intake refused it when filing (the error says why).
    pub const FAILED: &str = "failed";
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = imports)]
pub struct ImportRecord {
    pub id: String,
    pub creditor_id: String,
    pub kind: String,
    pub file_name: String,
    pub status: String,
    pub dry_run: bool,
    pub total: i32,
    pub filed: i32,
    pub failed: i32,
    pub created_by: Option<String>,
    pub lease_until: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = import_rows)]
pub struct RowRecord {
    pub import_id: String,
    pub row_number: i32,
    pub group_key: String,
    pub values_json: String,
    pub errors_json: String,
    pub state: String,
    pub claim_id: Option<String>,
    pub already_filed: bool,
    pub preview_json: Option<String>,
    pub document_name: Option<String>,
    pub document_sha256: Option<String>,
}

/// What filing one claim group came to.
#[derive(Debug, Clone)]
pub enum GroupOutcome {
    /// Filed now, or found filed before under the same key (`already_filed`).
    Filed { claim_id: String, already_filed: bool },
    /// Intake refused it: the errors as JSON (`[{"column", "field", "message"}]`).
    Failed { errors_json: String },
}

/// Rows are inserted this many at a time (SQLite's limit on bound parameters).
const INSERT_CHUNK: usize = 500;

/// Stores an import with its rows, all or nothing.
pub fn create(conn: &mut Conn, import: &ImportRecord, rows: &[RowRecord]) -> Result<(), DbError> {
    write_tx!(conn, c => {
        diesel::insert_into(imports::table).values(import).execute(c)?;
        for chunk in rows.chunks(INSERT_CHUNK) {
            diesel::insert_into(import_rows::table).values(chunk).execute(c)?;
        }
        Ok::<_, diesel::result::Error>(())
    })?;
    Ok(())
}

/// The import `id` of `creditor_id`; `None` when there is none or it is someone else's.
pub fn get(conn: &mut Conn, creditor_id: &str, id: &str) -> Result<Option<ImportRecord>, DbError> {
    Ok(with_conn!(conn, c => imports::table
        .filter(imports::id.eq(id))
        .filter(imports::creditor_id.eq(creditor_id))
        .select(ImportRecord::as_select())
        .first(c)
        .optional())?)
}

/// The import `id`, whoever's it is: for the runner.
pub fn by_id(conn: &mut Conn, id: &str) -> Result<Option<ImportRecord>, DbError> {
    Ok(with_conn!(conn, c => imports::table
        .filter(imports::id.eq(id))
        .select(ImportRecord::as_select())
        .first(c)
        .optional())?)
}

/// Every row of an import, in file order.
pub fn rows(conn: &mut Conn, import_id: &str) -> Result<Vec<RowRecord>, DbError> {
    Ok(with_conn!(conn, c => import_rows::table
        .filter(import_rows::import_id.eq(import_id))
        .order(import_rows::row_number.asc())
        .select(RowRecord::as_select())
        .load(c))?)
}

/// One row of an import.
pub fn row(conn: &mut Conn, import_id: &str, row_number: i32) -> Result<Option<RowRecord>, DbError> {
    Ok(with_conn!(conn, c => import_rows::table
        .filter(import_rows::import_id.eq(import_id))
        .filter(import_rows::row_number.eq(row_number))
        .select(RowRecord::as_select())
        .first(c)
        .optional())?)
}

/// A creditor's newest imports.
pub fn recent(conn: &mut Conn, creditor_id: &str, limit: i64) -> Result<Vec<ImportRecord>, DbError> {
    Ok(with_conn!(conn, c => imports::table
        .filter(imports::creditor_id.eq(creditor_id))
        .order(imports::id.desc())
        .limit(limit)
        .select(ImportRecord::as_select())
        .load(c))?)
}

/// Replaces the rows of an import still in preview (values given on the preview page, checked
/// again), and its counters. False when the import is no longer in preview.
pub fn replace_rows(conn: &mut Conn, import_id: &str, rows: &[RowRecord], now: i64) -> Result<bool, DbError> {
    let id = import_id.to_string();
    let replaced = write_tx!(conn, c => {
        let changed = diesel::update(imports::table.filter(imports::id.eq(&id)).filter(imports::status.eq(status::PREVIEW)))
            .set(imports::updated_at.eq(now))
            .execute(c)?;
        if changed == 0 {
            return Ok(false);
        }
        diesel::delete(import_rows::table.filter(import_rows::import_id.eq(&id))).execute(c)?;
        for chunk in rows.chunks(INSERT_CHUNK) {
            diesel::insert_into(import_rows::table).values(chunk).execute(c)?;
        }
        count_into!(c, &id);
        Ok::<_, diesel::result::Error>(true)
    })?;
    Ok(replaced)
}

/// Starts filing an import in preview: `running`, held by no process yet (the first runner to
/// [`take`] it files it). False when it is not in preview (started already, or someone else's).
pub fn start(conn: &mut Conn, creditor_id: &str, id: &str, now: i64) -> Result<bool, DbError> {
    let changed = with_conn!(conn, c => diesel::update(
        imports::table
            .filter(imports::id.eq(id))
            .filter(imports::creditor_id.eq(creditor_id))
            .filter(imports::status.eq(status::PREVIEW)),
    )
    .set((imports::status.eq(status::RUNNING), imports::lease_until.eq(None::<i64>), imports::updated_at.eq(now)))
    .execute(c))?;
    Ok(changed == 1)
}

/// Takes a running import whose lease ran out (its process stopped), or renews the caller's
/// own; true when the caller now holds it until `lease_until`.
pub fn take(conn: &mut Conn, id: &str, now: i64, lease_until: i64) -> Result<bool, DbError> {
    let changed = with_conn!(conn, c => diesel::update(
        imports::table
            .filter(imports::id.eq(id))
            .filter(imports::status.eq(status::RUNNING))
            .filter(imports::lease_until.is_null().or(imports::lease_until.lt(now))),
    )
    .set((imports::lease_until.eq(Some(lease_until)), imports::updated_at.eq(now)))
    .execute(c))?;
    Ok(changed == 1)
}

/// Running imports no process holds (its lease ran out): to be taken over.
pub fn orphans(conn: &mut Conn, now: i64) -> Result<Vec<String>, DbError> {
    Ok(with_conn!(conn, c => imports::table
        .filter(imports::status.eq(status::RUNNING))
        .filter(imports::lease_until.is_null().or(imports::lease_until.lt(now)))
        .order(imports::id.asc())
        .select(imports::id)
        .load(c))?)
}

/// The groups still to file, with their rows in file order.
pub fn pending(conn: &mut Conn, import_id: &str) -> Result<Vec<RowRecord>, DbError> {
    Ok(with_conn!(conn, c => import_rows::table
        .filter(import_rows::import_id.eq(import_id))
        .filter(import_rows::state.eq(row_state::PENDING))
        .order(import_rows::row_number.asc())
        .select(RowRecord::as_select())
        .load(c))?)
}

/// Records what filing some groups came to, updates the counters and renews the lease, in
/// one transaction.
pub fn record(
    conn: &mut Conn,
    import_id: &str,
    outcomes: &[(String, GroupOutcome)],
    now: i64,
    lease_until: i64,
) -> Result<(), DbError> {
    let id = import_id.to_string();
    write_tx!(conn, c => {
        for (key, outcome) in outcomes {
            let rows = import_rows::table
                .filter(import_rows::import_id.eq(&id))
                .filter(import_rows::group_key.eq(key))
                .filter(import_rows::state.eq(row_state::PENDING));
            match outcome {
                GroupOutcome::Filed { claim_id, already_filed } => diesel::update(rows)
                    .set((
                        import_rows::state.eq(row_state::FILED),
                        import_rows::claim_id.eq(Some(claim_id)),
                        import_rows::already_filed.eq(*already_filed),
                    ))
                    .execute(c)?,
                GroupOutcome::Failed { errors_json } => diesel::update(rows)
                    .set((import_rows::state.eq(row_state::FAILED), import_rows::errors_json.eq(errors_json)))
                    .execute(c)?,
            };
        }
        count_into!(c, &id);
        diesel::update(imports::table.filter(imports::id.eq(&id)))
            .set((imports::lease_until.eq(Some(lease_until)), imports::updated_at.eq(now)))
            .execute(c)?;
        Ok::<_, diesel::result::Error>(())
    })?;
    Ok(())
}

/// Marks an import done once no group is left to file.
pub fn finish(conn: &mut Conn, import_id: &str, now: i64) -> Result<(), DbError> {
    let id = import_id.to_string();
    write_tx!(conn, c => {
        count_into!(c, &id);
        diesel::update(imports::table.filter(imports::id.eq(&id)))
            .set((imports::status.eq(status::DONE), imports::lease_until.eq(None::<i64>), imports::updated_at.eq(now)))
            .execute(c)?;
        Ok::<_, diesel::result::Error>(())
    })?;
    Ok(())
}

/// The claims filed before under these idempotency keys of `creditor_id`: `(key, claim_id)`.
pub fn filed_under(conn: &mut Conn, creditor_id: &str, keys: &[String]) -> Result<Vec<(String, String)>, DbError> {
    let mut found = Vec::new();
    for chunk in keys.chunks(INSERT_CHUNK) {
        let rows: Vec<(String, String)> = with_conn!(conn, c => idempotency_keys::table
            .filter(idempotency_keys::creditor_id.eq(creditor_id))
            .filter(idempotency_keys::key.eq_any(chunk))
            .select((idempotency_keys::key, idempotency_keys::claim_id))
            .load(c))?;
        found.extend(rows);
    }
    Ok(found)
}
