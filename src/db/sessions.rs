//! Server-side sessions, stored by their tokens' hashes.

use diesel::prelude::*;

use super::schema::sessions;
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
    /// The creditor's user signed in on this session.
    pub user_id: Option<String>,
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

/// Stores a new session, revoking `replaces` (the session it takes over from) in the same
/// transaction.
pub fn insert(conn: &mut Conn, row: &SessionRow, replaces: Option<&str>) -> Result<(), DbError> {
    crate::write_tx!(conn, c => {
        if let Some(old) = replaces {
            diesel::update(sessions::table.find(old).filter(sessions::revoked_at.is_null()))
                .set(sessions::revoked_at.eq(row.created_at))
                .execute(c)?;
        }
        diesel::insert_into(sessions::table).values(row).execute(c).map(|_| ())
    })?;
    Ok(())
}

fn find(conn: &mut Conn, id: &str) -> Result<Option<SessionRow>, DbError> {
    Ok(with_conn!(conn, c => sessions::table.find(id).select(SessionRow::as_select()).first(c).optional())?)
}

/// The live session with this id, its last use moved to now; `None` when it is unknown,
/// revoked, idle too long or too old.
pub fn check(conn: &mut Conn, id: &str, life: Lifetime) -> Result<Option<SessionRow>, DbError> {
    let row = find(conn, id)?;
    let Some(mut row) = row.filter(|r| life.alive(r)) else { return Ok(None) };
    if life.now - row.last_seen_at > TOUCH_EVERY {
        crate::write_tx!(conn, c => diesel::update(sessions::table.find(id))
            .set(sessions::last_seen_at.eq(life.now))
            .execute(c))?;
        row.last_seen_at = life.now;
    }
    Ok(Some(row))
}

/// Whether the session is still alive, without counting this as a use (for open streams).
pub fn is_alive(conn: &mut Conn, id: &str, life: Lifetime) -> Result<bool, DbError> {
    let row = find(conn, id)?;
    Ok(row.is_some_and(|r| life.alive(&r)))
}

pub fn revoke(conn: &mut Conn, id: &str, now: i64) -> Result<(), DbError> {
    crate::write_tx!(conn, c => diesel::update(sessions::table.find(id).filter(sessions::revoked_at.is_null()))
        .set(sessions::revoked_at.eq(now))
        .execute(c))?;
    Ok(())
}

/// Forgets sessions begun before `before` (past any lifetime).
pub fn forget_sessions(conn: &mut Conn, before: i64) -> Result<(), DbError> {
    crate::write_tx!(conn, c => diesel::delete(sessions::table.filter(sessions::created_at.lt(before))).execute(c))?;
    Ok(())
}
