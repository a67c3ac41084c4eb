//! Server-side sessions (their tokens' hashes) and the attempt counters of sign-in and sign-up.

use diesel::prelude::*;

use super::schema::{attempt_counts, sessions};
use super::{Conn, DbError};
use crate::with_conn;

/// A session as stored: `id` is the SHA-256 of the token in the cookie.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = sessions)]
pub struct SessionRow {
    pub id: String,
    pub creditor_id: Option<String>,
    pub operator: bool,
    pub created_at: i64,
    pub last_seen_at: i64,
    pub revoked_at: Option<i64>,
}

/// When a session counts as alive, in microseconds.
#[derive(Debug, Clone, Copy)]
pub struct Lifetime {
    pub now: i64,
    pub idle: i64,
    pub max: i64,
}

impl Lifetime {
    fn alive(&self, row: &SessionRow) -> bool {
        row.revoked_at.is_none() && row.last_seen_at + self.idle > self.now && row.created_at + self.max > self.now
    }
}

/// Seen again within this many microseconds, a session's `last_seen_at` is not rewritten:
/// one write a minute per active session at the most.
const TOUCH_EVERY: i64 = 60_000_000;

pub fn insert(conn: &mut Conn, row: &SessionRow) -> Result<(), DbError> {
    with_conn!(conn, c => diesel::insert_into(sessions::table).values(row).execute(c))?;
    Ok(())
}

/// The live session with this id, its last use moved to now; `None` when it is unknown,
/// revoked, idle too long or too old.
pub fn check(conn: &mut Conn, id: &str, life: Lifetime) -> Result<Option<SessionRow>, DbError> {
    let row = with_conn!(conn, c => sessions::table.find(id).select(SessionRow::as_select()).first(c).optional())?;
    let Some(mut row) = row.filter(|r| life.alive(r)) else { return Ok(None) };
    if life.now - row.last_seen_at > TOUCH_EVERY {
        with_conn!(conn, c => diesel::update(sessions::table.find(id))
            .set(sessions::last_seen_at.eq(life.now))
            .execute(c))?;
        row.last_seen_at = life.now;
    }
    Ok(Some(row))
}

/// Whether the session is still alive, without counting this as a use (for open streams).
pub fn is_alive(conn: &mut Conn, id: &str, life: Lifetime) -> Result<bool, DbError> {
    let row = with_conn!(conn, c => sessions::table.find(id).select(SessionRow::as_select()).first(c).optional())?;
    Ok(row.is_some_and(|r| life.alive(&r)))
}

pub fn revoke(conn: &mut Conn, id: &str, now: i64) -> Result<(), DbError> {
    with_conn!(conn, c => diesel::update(sessions::table.find(id).filter(sessions::revoked_at.is_null()))
        .set(sessions::revoked_at.eq(now))
        .execute(c))?;
    Ok(())
}

/// Revokes every session of a creditor but `keep` (after a password change).
pub fn revoke_others(conn: &mut Conn, creditor_id: &str, keep: &str, now: i64) -> Result<usize, DbError> {
    Ok(with_conn!(conn, c => diesel::update(
        sessions::table
            .filter(sessions::creditor_id.eq(creditor_id))
            .filter(sessions::id.ne(keep))
            .filter(sessions::revoked_at.is_null())
    )
    .set(sessions::revoked_at.eq(now))
    .execute(c))?)
}

/// Counts one more attempt in `bucket`'s window; returns the count including this one.
pub fn hit(conn: &mut Conn, bucket: &str, window_start: i64) -> Result<i64, DbError> {
    let hits = crate::write_tx!(conn, c => {
        diesel::insert_into(attempt_counts::table)
            .values((attempt_counts::bucket.eq(bucket), attempt_counts::window_start.eq(window_start), attempt_counts::hits.eq(1)))
            .on_conflict((attempt_counts::bucket, attempt_counts::window_start))
            .do_update()
            .set(attempt_counts::hits.eq(attempt_counts::hits + 1))
            .execute(c)?;
        attempt_counts::table
            .find((bucket, window_start))
            .select(attempt_counts::hits)
            .first::<i32>(c)
    })?;
    Ok(i64::from(hits))
}

/// The attempts counted in `bucket`'s window so far.
pub fn hits(conn: &mut Conn, bucket: &str, window_start: i64) -> Result<i64, DbError> {
    let hits = with_conn!(conn, c => attempt_counts::table
        .find((bucket, window_start))
        .select(attempt_counts::hits)
        .first::<i32>(c)
        .optional())?;
    Ok(hits.map_or(0, i64::from))
}

/// Forgets the counts of windows that ended before `before`.
pub fn forget_attempts(conn: &mut Conn, before: i64) -> Result<(), DbError> {
    with_conn!(conn, c => diesel::delete(attempt_counts::table.filter(attempt_counts::window_start.lt(before))).execute(c))?;
    Ok(())
}
