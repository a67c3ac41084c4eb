//! Creditor accounts and their API keys.

use diesel::prelude::*;

use super::schema::{api_keys, creditor_users, creditors};
use super::users::UserRow;
use super::{Conn, DbError};
use crate::with_conn;

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = creditors)]
pub struct CreditorRow {
    pub id: String,
    pub name: String,
    pub registration_number: Option<String>,
    pub country: String,
    /// Lower case, so that look-ups ignore case.
    pub email: String,
    /// argon2id PHC string; `None` for an account made for API use only.
    pub password_hash: Option<String>,
    pub created_at: i64,
    pub address_line: Option<String>,
    pub postal_code: Option<String>,
    pub city: Option<String>,
    pub contact_name: Option<String>,
    pub contact_email: Option<String>,
    pub contact_phone: Option<String>,
    /// Electronic form: no spaces, upper case.
    pub iban: Option<String>,
    pub bic: Option<String>,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = api_keys)]
pub struct ApiKeyRow {
    pub id: String,
    pub creditor_id: String,
    /// SHA-256 of the key, hex; the key itself is shown once and never stored.
    pub key_hash: String,
    /// The first characters of the key, to recognise it in a list.
    pub prefix: String,
    pub label: String,
    pub created_at: i64,
}

/// Inserts a creditor with its first user, and an API key when `key` is given, atomically;
/// a unique violation means the e-mail is taken.
pub fn insert(
    conn: &mut Conn,
    row: &CreditorRow,
    user: &UserRow,
    key: Option<&ApiKeyRow>,
) -> Result<(), diesel::result::Error> {
    crate::write_tx!(conn, c => {
        diesel::insert_into(creditors::table).values(row).execute(c)?;
        diesel::insert_into(creditor_users::table).values(user).execute(c)?;
        if let Some(key) = key {
            diesel::insert_into(api_keys::table).values(key).execute(c)?;
        }
        Ok(())
    })
}

pub fn get(conn: &mut Conn, id: &str) -> Result<Option<CreditorRow>, DbError> {
    Ok(with_conn!(conn, c => creditors::table.find(id).select(CreditorRow::as_select()).first(c).optional())?)
}

pub fn insert_api_key(conn: &mut Conn, row: &ApiKeyRow) -> Result<(), DbError> {
    with_conn!(conn, c => diesel::insert_into(api_keys::table).values(row).execute(c))?;
    Ok(())
}

/// The creditor an API key belongs to, by the key's hash.
pub fn creditor_for_key(conn: &mut Conn, key_hash: &str) -> Result<Option<String>, DbError> {
    Ok(with_conn!(conn, c => api_keys::table
        .filter(api_keys::key_hash.eq(key_hash))
        .select(api_keys::creditor_id)
        .first::<String>(c)
        .optional())?)
}

pub fn api_keys_of(conn: &mut Conn, creditor_id: &str) -> Result<Vec<ApiKeyRow>, DbError> {
    Ok(with_conn!(conn, c => api_keys::table
        .filter(api_keys::creditor_id.eq(creditor_id))
        .order(api_keys::created_at.desc())
        .select(ApiKeyRow::as_select())
        .load(c))?)
}

/// Removes one of the creditor's keys; `false` when it is not theirs.
pub fn revoke_api_key(conn: &mut Conn, creditor_id: &str, key_id: &str) -> Result<bool, DbError> {
    let deleted = with_conn!(conn, c => diesel::delete(
        api_keys::table.filter(api_keys::id.eq(key_id)).filter(api_keys::creditor_id.eq(creditor_id))
    ).execute(c))?;
    Ok(deleted > 0)
}

/// What the creditor wants to hear about by e-mail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Queryable, Selectable, AsChangeset)]
#[diesel(table_name = creditors)]
pub struct Notifications {
    /// A partner asks for information.
    pub notify_requests: bool,
    /// Money is collected or paid out.
    pub notify_money: bool,
    /// The case closes.
    pub notify_closed: bool,
}

/// The creditor's e-mail address and notification settings.
pub fn notifications(conn: &mut Conn, id: &str) -> Result<Option<(String, Notifications)>, DbError> {
    Ok(with_conn!(conn, c => creditors::table
        .find(id)
        .select((creditors::email, Notifications::as_select()))
        .first(c)
        .optional())?)
}

pub fn set_notifications(conn: &mut Conn, id: &str, settings: Notifications) -> Result<(), DbError> {
    with_conn!(conn, c => diesel::update(creditors::table.find(id)).set(settings).execute(c))?;
    Ok(())
}

/// What an administrator keeps up to date about the company, and the partner receives.
#[derive(Debug, Clone, Default, PartialEq, Eq, Queryable, Selectable, AsChangeset)]
#[diesel(table_name = creditors, treat_none_as_null = true)]
pub struct CompanyDetails {
    pub name: String,
    pub registration_number: Option<String>,
    pub country: String,
    pub address_line: Option<String>,
    pub postal_code: Option<String>,
    pub city: Option<String>,
    pub contact_name: Option<String>,
    pub contact_email: Option<String>,
    pub contact_phone: Option<String>,
    /// Without spaces, upper case.
    pub iban: Option<String>,
    pub bic: Option<String>,
}

pub fn company(conn: &mut Conn, id: &str) -> Result<Option<CompanyDetails>, DbError> {
    Ok(with_conn!(conn, c => creditors::table.find(id).select(CompanyDetails::as_select()).first(c).optional())?)
}

pub fn set_company(conn: &mut Conn, id: &str, details: &CompanyDetails) -> Result<(), DbError> {
    crate::write_tx!(conn, c => diesel::update(creditors::table.find(id)).set(details).execute(c))?;
    Ok(())
}

/// How the account reads the portal: its language and time zone (`None`: not chosen), and
/// its country (whose zone stands in).
#[derive(Debug, Clone, PartialEq, Eq, Queryable, Selectable)]
#[diesel(table_name = creditors)]
pub struct Preferences {
    pub language: Option<String>,
    pub time_zone: Option<String>,
    pub country: String,
}

pub fn preferences(conn: &mut Conn, id: &str) -> Result<Option<Preferences>, DbError> {
    Ok(with_conn!(conn, c => creditors::table.find(id).select(Preferences::as_select()).first(c).optional())?)
}

pub fn set_preferences(
    conn: &mut Conn,
    id: &str,
    language: Option<&str>,
    time_zone: Option<&str>,
) -> Result<(), DbError> {
    with_conn!(conn, c => diesel::update(creditors::table.find(id))
        .set((creditors::language.eq(language), creditors::time_zone.eq(time_zone)))
        .execute(c))?;
    Ok(())
}
