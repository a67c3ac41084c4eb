//! The users of a creditor company, and the single-use links mailed to them.

use diesel::prelude::*;

use super::schema::{account_tokens, claim_events, creditor_users, creditors, sessions};
use super::{Conn, DbError};
use crate::with_conn;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = creditor_users)]
pub struct UserRow {
    pub id: String,
    pub creditor_id: String,
    /// Lower case.
    pub email: String,
    /// Empty until the user gives one.
    pub name: String,
    pub password_hash: Option<String>,
    /// `admin` or `member`.
    pub role: String,
    pub verified_at: Option<i64>,
    pub lang: String,
    pub created_at: i64,
    pub removed_at: Option<i64>,
}

impl UserRow {
    pub fn is_admin(&self) -> bool {
        self.role == ADMIN
    }

    /// How the user is named to colleagues: the name, else the address.
    pub fn display_name(&self) -> &str {
        if self.name.trim().is_empty() { &self.email } else { &self.name }
    }
}

pub const ADMIN: &str = "admin";
pub const MEMBER: &str = "member";

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = account_tokens)]
pub struct TokenRow {
    /// SHA-256 of the token in the link.
    pub id: String,
    pub user_id: String,
    pub purpose: String,
    pub new_email: Option<String>,
    pub created_at: i64,
    pub expires_at: i64,
    pub used_at: Option<i64>,
}

pub fn insert(conn: &mut Conn, row: &UserRow) -> Result<(), diesel::result::Error> {
    with_conn!(conn, c => diesel::insert_into(creditor_users::table).values(row).execute(c)).map(|_| ())
}

/// The user (not removed) with this address.
pub fn find_by_email(conn: &mut Conn, email: &str) -> Result<Option<UserRow>, DbError> {
    Ok(with_conn!(conn, c => creditor_users::table
        .filter(creditor_users::email.eq(email))
        .filter(creditor_users::removed_at.is_null())
        .select(UserRow::as_select())
        .first(c)
        .optional())?)
}

/// A user by id, removed or not.
pub fn get(conn: &mut Conn, id: &str) -> Result<Option<UserRow>, DbError> {
    Ok(with_conn!(conn, c => creditor_users::table.find(id).select(UserRow::as_select()).first(c).optional())?)
}

/// A user of `creditor_id` who is not removed.
pub fn get_active(conn: &mut Conn, creditor_id: &str, id: &str) -> Result<Option<UserRow>, DbError> {
    Ok(with_conn!(conn, c => creditor_users::table
        .find(id)
        .filter(creditor_users::creditor_id.eq(creditor_id))
        .filter(creditor_users::removed_at.is_null())
        .select(UserRow::as_select())
        .first(c)
        .optional())?)
}

/// The company's users who are not removed, in the order they joined.
pub fn of_creditor(conn: &mut Conn, creditor_id: &str) -> Result<Vec<UserRow>, DbError> {
    Ok(with_conn!(conn, c => creditor_users::table
        .filter(creditor_users::creditor_id.eq(creditor_id))
        .filter(creditor_users::removed_at.is_null())
        .order(creditor_users::created_at.asc())
        .select(UserRow::as_select())
        .load(c))?)
}

/// The names of these users (removed ones too), by id: for timelines.
pub fn names(conn: &mut Conn, creditor_id: &str) -> Result<Vec<(String, String, String)>, DbError> {
    Ok(with_conn!(conn, c => creditor_users::table
        .filter(creditor_users::creditor_id.eq(creditor_id))
        .select((creditor_users::id, creditor_users::name, creditor_users::email))
        .load(c))?)
}

/// Sets a user's password and revokes every session of the user but `keep`.
pub fn set_password(
    conn: &mut Conn,
    user_id: &str,
    password_hash: &str,
    keep: Option<&str>,
    now: i64,
) -> Result<(), DbError> {
    crate::write_tx!(conn, c => {
        diesel::update(creditor_users::table.find(user_id))
            .set(creditor_users::password_hash.eq(password_hash))
            .execute(c)?;
        diesel::update(
            sessions::table
                .filter(sessions::user_id.eq(user_id))
                .filter(sessions::id.ne(keep.unwrap_or("")))
                .filter(sessions::revoked_at.is_null()),
        )
        .set(sessions::revoked_at.eq(now))
        .execute(c)
        .map(|_| ())
    })?;
    Ok(())
}

pub fn set_name(conn: &mut Conn, user_id: &str, name: &str) -> Result<(), DbError> {
    crate::write_tx!(conn, c => diesel::update(creditor_users::table.find(user_id))
        .set(creditor_users::name.eq(name))
        .execute(c))?;
    Ok(())
}

pub fn set_lang(conn: &mut Conn, user_id: &str, lang: &str) -> Result<(), DbError> {
    crate::write_tx!(conn, c => diesel::update(creditor_users::table.find(user_id))
        .set(creditor_users::lang.eq(lang))
        .execute(c))?;
    Ok(())
}

/// What changing a colleague's role or removing them came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Done,
    /// No such user in the company.
    NotFound,
    /// It would leave the company without an administrator.
    LastAdmin,
}

/// Counts the company's other admins and checks that `user_id` is one of its users: the
/// part of a role change or a removal that must see a consistent picture (inside the
/// write transaction).
macro_rules! check_change {
    ($c:ident, $creditor_id:expr, $user_id:expr, $loses_admin:expr) => {{
        let target: Option<String> = creditor_users::table
            .find($user_id)
            .filter(creditor_users::creditor_id.eq($creditor_id))
            .filter(creditor_users::removed_at.is_null())
            .select(creditor_users::role)
            .first($c)
            .optional()?;
        match target {
            None => Some(Change::NotFound),
            Some(role) if role == ADMIN && $loses_admin => {
                let others: i64 = creditor_users::table
                    .filter(creditor_users::creditor_id.eq($creditor_id))
                    .filter(creditor_users::removed_at.is_null())
                    .filter(creditor_users::role.eq(ADMIN))
                    .filter(creditor_users::id.ne($user_id))
                    .count()
                    .get_result($c)?;
                if others == 0 { Some(Change::LastAdmin) } else { None }
            }
            Some(_) => None,
        }
    }};
}

/// Gives `user_id` of `creditor_id` the role `role`; an account keeps at least one admin.
pub fn set_role(conn: &mut Conn, creditor_id: &str, user_id: &str, role: &str) -> Result<Change, DbError> {
    Ok(crate::write_tx!(conn, c => {
        if let Some(refused) = check_change!(c, creditor_id, user_id, role != ADMIN) {
            return Ok::<_, diesel::result::Error>(refused);
        }
        diesel::update(creditor_users::table.find(user_id)).set(creditor_users::role.eq(role)).execute(c)?;
        Ok(Change::Done)
    })?)
}

/// Removes `user_id` from `creditor_id` (kept for the timeline's names), ending their
/// sessions and links; an account keeps at least one admin.
pub fn remove(conn: &mut Conn, creditor_id: &str, user_id: &str, now: i64) -> Result<Change, DbError> {
    Ok(crate::write_tx!(conn, c => {
        if let Some(refused) = check_change!(c, creditor_id, user_id, true) {
            return Ok::<_, diesel::result::Error>(refused);
        }
        diesel::update(creditor_users::table.find(user_id)).set(creditor_users::removed_at.eq(now)).execute(c)?;
        diesel::update(sessions::table.filter(sessions::user_id.eq(user_id)).filter(sessions::revoked_at.is_null()))
            .set(sessions::revoked_at.eq(now))
            .execute(c)?;
        diesel::update(
            account_tokens::table.filter(account_tokens::user_id.eq(user_id)).filter(account_tokens::used_at.is_null()),
        )
        .set(account_tokens::used_at.eq(now))
        .execute(c)?;
        Ok(Change::Done)
    })?)
}

/// Stores a link's token (by its hash). Earlier unused links of the same user and purpose
/// stop working: the newest mail is the one that counts.
pub fn insert_token(conn: &mut Conn, row: &TokenRow) -> Result<(), DbError> {
    crate::write_tx!(conn, c => {
        diesel::update(
            account_tokens::table
                .filter(account_tokens::user_id.eq(&row.user_id))
                .filter(account_tokens::purpose.eq(&row.purpose))
                .filter(account_tokens::used_at.is_null()),
        )
        .set(account_tokens::used_at.eq(row.created_at))
        .execute(c)?;
        diesel::insert_into(account_tokens::table).values(row).execute(c).map(|_| ())
    })?;
    Ok(())
}

/// A link that can still be used: unused, unexpired, of `purpose`, its user not removed.
pub fn peek_token(conn: &mut Conn, id: &str, purpose: &str, now: i64) -> Result<Option<(TokenRow, UserRow)>, DbError> {
    Ok(with_conn!(conn, c => account_tokens::table
        .inner_join(creditor_users::table)
        .filter(account_tokens::id.eq(id))
        .filter(account_tokens::purpose.eq(purpose))
        .filter(account_tokens::used_at.is_null())
        .filter(account_tokens::expires_at.gt(now))
        .filter(creditor_users::removed_at.is_null())
        .select((TokenRow::as_select(), UserRow::as_select()))
        .first(c)
        .optional())?)
}

/// What using a link does to its user.
#[derive(Debug, Clone)]
pub enum Use {
    /// The address is proven: `verified_at` is set.
    Verify,
    /// A new password (and, for an invitation, the name): every session of the user ends.
    Password { hash: String, name: Option<String> },
    /// The new address of the token counts from now on.
    Email,
}

/// Uses a link once: marks it used and applies `what`, in one transaction; `None` when the
/// link was used already, expired, or never existed. An e-mail change to an address that
/// another user took meanwhile is a unique violation (`Err`).
pub fn use_token(
    conn: &mut Conn,
    id: &str,
    purpose: &str,
    what: &Use,
    now: i64,
) -> Result<Option<UserRow>, diesel::result::Error> {
    crate::write_tx!(conn, c => {
        let found: Option<(TokenRow, UserRow)> = account_tokens::table
            .inner_join(creditor_users::table)
            .filter(account_tokens::id.eq(id))
            .filter(account_tokens::purpose.eq(purpose))
            .filter(account_tokens::used_at.is_null())
            .filter(account_tokens::expires_at.gt(now))
            .filter(creditor_users::removed_at.is_null())
            .select((TokenRow::as_select(), UserRow::as_select()))
            .first(c)
            .optional()?;
        let Some((token, mut user)) = found else { return Ok(None) };
        let taken = diesel::update(account_tokens::table.find(id).filter(account_tokens::used_at.is_null()))
            .set(account_tokens::used_at.eq(now))
            .execute(c)?;
        if taken == 0 {
            return Ok(None);
        }
        let row = creditor_users::table.find(&user.id);
        match what {
            Use::Verify => {
                diesel::update(row).set(creditor_users::verified_at.eq(now)).execute(c)?;
                user.verified_at = Some(now);
            }
            Use::Password { hash, name } => {
                diesel::update(row)
                    .set((creditor_users::password_hash.eq(hash), creditor_users::verified_at.eq(user.verified_at.unwrap_or(now))))
                    .execute(c)?;
                if let Some(name) = name {
                    diesel::update(creditor_users::table.find(&user.id)).set(creditor_users::name.eq(name)).execute(c)?;
                    user.name = name.clone();
                }
                diesel::update(sessions::table.filter(sessions::user_id.eq(&user.id)).filter(sessions::revoked_at.is_null()))
                    .set(sessions::revoked_at.eq(now))
                    .execute(c)?;
                user.password_hash = Some(hash.clone());
            }
            Use::Email => {
                let new_email = token.new_email.clone().unwrap_or_else(|| user.email.clone());
                diesel::update(row).set(creditor_users::email.eq(&new_email)).execute(c)?;
                // the company's notifications follow the address they went to
                diesel::update(creditors::table.find(&user.creditor_id).filter(creditors::email.eq(&user.email)))
                    .set(creditors::email.eq(&new_email))
                    .execute(c)?;
                user.email = new_email;
            }
        }
        Ok(Some(user))
    })
}

/// Who of the company did each entry of a claim's thread that a user did: (event id, the
/// user's name or, without one, address). Partner users and the API name nobody here.
pub fn actors_of_claim(conn: &mut Conn, creditor_id: &str, claim_id: &str) -> Result<Vec<(String, String)>, DbError> {
    let rows: Vec<(String, String, String)> = with_conn!(conn, c => claim_events::table
        .inner_join(creditor_users::table.on(claim_events::actor.eq(creditor_users::id.nullable())))
        .filter(claim_events::claim_id.eq(claim_id))
        .filter(creditor_users::creditor_id.eq(creditor_id))
        .select((claim_events::id, creditor_users::name, creditor_users::email))
        .load(c))?;
    Ok(rows
        .into_iter()
        .map(|(event, name, email)| (event, if name.trim().is_empty() { email } else { name }))
        .collect())
}
