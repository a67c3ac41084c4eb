//! People of a partner who work its cases in the partner portal: their accounts, the
//! one-time links through which they choose a password, and their sessions (apart from
//! creditors' sessions, so that one never opens the other's area).

use diesel::prelude::*;

use super::schema::{partner_links, partner_sessions, partner_users};
use super::sessions::Lifetime;
use super::{Conn, DbError};
use crate::{with_conn, write_tx};

/// An admin may invite colleagues; a member works cases.
pub mod role {
    pub const ADMIN: &str = "admin";
    pub const MEMBER: &str = "member";
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = partner_users)]
pub struct PartnerUserRow {
    pub id: String,
    pub partner_id: String,
    /// Lower case, so that look-ups ignore case.
    pub email: String,
    pub role: String,
    /// argon2id PHC string; `None` until the user chose a password through a link.
    pub password_hash: Option<String>,
    /// The user who invited this one; `None` for the operator's first user.
    pub invited_by: Option<String>,
    pub created_at: i64,
}

impl PartnerUserRow {
    pub fn is_admin(&self) -> bool {
        self.role == role::ADMIN
    }
}

/// A one-time link as stored: `id` is the SHA-256 of the token in the link.
#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = partner_links)]
pub struct PartnerLinkRow {
    pub id: String,
    pub user_id: String,
    pub created_at: i64,
    pub expires_at: i64,
    pub used_at: Option<i64>,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = partner_sessions)]
pub struct PartnerSessionRow {
    pub id: String,
    pub user_id: String,
    pub created_at: i64,
    pub last_seen_at: i64,
    pub revoked_at: Option<i64>,
}

/// What became of a new user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Added {
    Added,
    /// The address already belongs to a partner user.
    EmailTaken,
}

/// Stores a new user with its first one-time link, atomically.
pub fn add(conn: &mut Conn, user: &PartnerUserRow, link: &PartnerLinkRow) -> Result<Added, DbError> {
    let result: Result<(), diesel::result::Error> = write_tx!(conn, c => {
        diesel::insert_into(partner_users::table).values(user).execute(c)?;
        diesel::insert_into(partner_links::table).values(link).execute(c).map(|_| ())
    });
    match result {
        Ok(()) => Ok(Added::Added),
        Err(e) if super::is_unique_violation(&e) => Ok(Added::EmailTaken),
        Err(e) => Err(e.into()),
    }
}

pub fn find_by_email(conn: &mut Conn, email: &str) -> Result<Option<PartnerUserRow>, DbError> {
    Ok(with_conn!(conn, c => partner_users::table
        .filter(partner_users::email.eq(email))
        .select(PartnerUserRow::as_select())
        .first(c)
        .optional())?)
}

pub fn get(conn: &mut Conn, id: &str) -> Result<Option<PartnerUserRow>, DbError> {
    Ok(with_conn!(conn, c => partner_users::table.find(id).select(PartnerUserRow::as_select()).first(c).optional())?)
}

/// The users of one partner, oldest first.
pub fn of_partner(conn: &mut Conn, partner_id: &str) -> Result<Vec<PartnerUserRow>, DbError> {
    Ok(with_conn!(conn, c => partner_users::table
        .filter(partner_users::partner_id.eq(partner_id))
        .order((partner_users::created_at, partner_users::id))
        .select(PartnerUserRow::as_select())
        .load(c))?)
}

/// The users of several ids (for naming who did what).
pub fn by_ids(conn: &mut Conn, ids: &[String]) -> Result<Vec<PartnerUserRow>, DbError> {
    Ok(with_conn!(conn, c => partner_users::table
        .filter(partner_users::id.eq_any(ids))
        .select(PartnerUserRow::as_select())
        .load(c))?)
}

/// The user a link names, if the link is unused and not expired at `now`.
pub fn link_user(conn: &mut Conn, link_id: &str, now: i64) -> Result<Option<PartnerUserRow>, DbError> {
    let link = with_conn!(conn, c => partner_links::table
        .find(link_id)
        .select(PartnerLinkRow::as_select())
        .first(c)
        .optional())?;
    match link {
        Some(link) if link.used_at.is_none() && link.expires_at > now => get(conn, &link.user_id),
        _ => Ok(None),
    }
}

/// Uses a link once: sets the user's password, marks the link used and starts a session,
/// in one transaction. `None` when the link was used meanwhile or has expired.
pub fn redeem(
    conn: &mut Conn,
    link_id: &str,
    password_hash: &str,
    session: &PartnerSessionRow,
    now: i64,
) -> Result<Option<PartnerUserRow>, DbError> {
    let user: Option<PartnerUserRow> = write_tx!(conn, c => {
        let taken = diesel::update(
            partner_links::table
                .find(link_id)
                .filter(partner_links::used_at.is_null())
                .filter(partner_links::expires_at.gt(now)),
        )
        .set(partner_links::used_at.eq(now))
        .execute(c)?;
        if taken != 1 {
            return Ok(None);
        }
        let user_id: String = partner_links::table.find(link_id).select(partner_links::user_id).first(c)?;
        diesel::update(partner_users::table.find(&user_id)).set(partner_users::password_hash.eq(password_hash)).execute(c)?;
        // a new password ends every earlier session of the user
        diesel::update(partner_sessions::table.filter(partner_sessions::user_id.eq(&user_id)).filter(partner_sessions::revoked_at.is_null()))
            .set(partner_sessions::revoked_at.eq(now))
            .execute(c)?;
        diesel::insert_into(partner_sessions::table)
            .values(&PartnerSessionRow { user_id: user_id.clone(), ..session.clone() })
            .execute(c)?;
        partner_users::table.find(&user_id).select(PartnerUserRow::as_select()).first(c).optional()
    })
    .map_err(|e: diesel::result::Error| e)?;
    Ok(user)
}

/// Stores a new session, revoking `replaces` in the same transaction.
pub fn start_session(conn: &mut Conn, row: &PartnerSessionRow, replaces: Option<&str>) -> Result<(), DbError> {
    write_tx!(conn, c => {
        if let Some(old) = replaces {
            diesel::update(partner_sessions::table.find(old).filter(partner_sessions::revoked_at.is_null()))
                .set(partner_sessions::revoked_at.eq(row.created_at))
                .execute(c)?;
        }
        diesel::insert_into(partner_sessions::table).values(row).execute(c).map(|_| ())
    })?;
    Ok(())
}

/// The live session with this id and its user, its last use moved to now.
pub fn check_session(
    conn: &mut Conn,
    id: &str,
    life: Lifetime,
) -> Result<Option<(PartnerSessionRow, PartnerUserRow)>, DbError> {
    let row = with_conn!(conn, c => partner_sessions::table
        .find(id)
        .select(PartnerSessionRow::as_select())
        .first(c)
        .optional())?;
    let alive = |r: &PartnerSessionRow| {
        r.revoked_at.is_none() && r.last_seen_at + life.idle > life.now && r.created_at + life.max > life.now
    };
    let Some(mut row) = row.filter(alive) else { return Ok(None) };
    if life.now - row.last_seen_at > 60_000_000 {
        write_tx!(conn, c => diesel::update(partner_sessions::table.find(id))
            .set(partner_sessions::last_seen_at.eq(life.now))
            .execute(c))?;
        row.last_seen_at = life.now;
    }
    let user = get(conn, &row.user_id)?;
    Ok(user.map(|u| (row, u)))
}

pub fn revoke_session(conn: &mut Conn, id: &str, now: i64) -> Result<(), DbError> {
    write_tx!(conn, c => diesel::update(partner_sessions::table.find(id).filter(partner_sessions::revoked_at.is_null()))
        .set(partner_sessions::revoked_at.eq(now))
        .execute(c))?;
    Ok(())
}
