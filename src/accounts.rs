//! Creating creditor accounts and API keys: shared by the portal's sign-up and the CLI.

use crate::credentials::{hash_api_key, new_api_key};
use crate::db::creditors::{self, ApiKeyRow, CreditorRow};
use crate::db::{Db, DbError, is_unique_violation, new_id, now_micros};
use crate::domain::country::Country;
use crate::domain::text::{Email, Name, Reference};

#[derive(Debug, thiserror::Error)]
pub enum AccountError {
    #[error("an account with this e-mail address already exists")]
    EmailTaken,
    #[error(transparent)]
    Db(#[from] DbError),
    #[error(transparent)]
    Other(#[from] anyhow::Error),
}

/// A checked request for a new account.
#[derive(Debug, Clone)]
pub struct NewCreditor {
    pub name: Name,
    pub registration_number: Option<Reference>,
    pub country: Country,
    pub email: Email,
}

impl NewCreditor {
    fn row(&self, password_hash: Option<String>) -> CreditorRow {
        CreditorRow {
            id: new_id("cr_"),
            name: self.name.to_string(),
            registration_number: self.registration_number.as_ref().map(|r| r.to_string()),
            country: self.country.code().to_string(),
            email: self.email.normalised(),
            password_hash,
            created_at: now_micros(),
        }
    }
}

fn key_row(creditor_id: &str, label: &str) -> (String, ApiKeyRow) {
    let key = new_api_key();
    let row = ApiKeyRow {
        id: new_id("key_"),
        creditor_id: creditor_id.to_string(),
        key_hash: hash_api_key(&key),
        prefix: key.chars().take(10).collect(),
        label: label.to_string(),
        created_at: now_micros(),
    };
    (key, row)
}

/// Creates an account whose password is already hashed (`password_hash`, from the password
/// pool); returns it.
pub async fn create(db: &Db, new: NewCreditor, password_hash: Option<String>) -> Result<CreditorRow, AccountError> {
    let row = new.row(password_hash);
    let stored = row.clone();
    db.run(move |conn| match creditors::insert(conn, &stored) {
        Ok(()) => Ok(Ok(())),
        Err(e) if is_unique_violation(&e) => Ok(Err(AccountError::EmailTaken)),
        Err(e) => Err(e.into()),
    })
    .await??;
    Ok(row)
}

/// Creates an account together with an API key; returns the id and the key (shown once).
pub async fn create_with_key(db: &Db, new: NewCreditor, label: &str) -> Result<(String, String), AccountError> {
    let row = new.row(None);
    let (key, key_row) = key_row(&row.id, label);
    let id = row.id.clone();
    db.run(move |conn| match creditors::insert_with_key(conn, &row, &key_row) {
        Ok(()) => Ok(Ok(())),
        Err(e) if is_unique_violation(&e) => Ok(Err(AccountError::EmailTaken)),
        Err(e) => Err(e.into()),
    })
    .await??;
    Ok((id, key))
}

/// A new API key for an existing account; returns the key (shown once).
pub async fn add_api_key(db: &Db, creditor_id: &str, label: &str) -> Result<String, DbError> {
    let (key, row) = key_row(creditor_id, label);
    db.run(move |conn| creditors::insert_api_key(conn, &row)).await?;
    Ok(key)
}
