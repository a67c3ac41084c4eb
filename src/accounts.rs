//! Creating creditor accounts and API keys: shared by the portal's sign-up and the CLI. An
//! account is a company; whoever creates it is its first user, an administrator.

use crate::credentials::{hash_api_key, new_api_key};
use crate::db::creditors::{self, ApiKeyRow, CreditorRow};
use crate::db::users::{ADMIN, UserRow};
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
    fn row(&self) -> CreditorRow {
        CreditorRow {
            id: new_id("cr_"),
            name: self.name.to_string(),
            registration_number: self.registration_number.as_ref().map(|r| r.to_string()),
            country: self.country.code().to_string(),
            email: self.email.normalised(),
            password_hash: None,
            created_at: now_micros(),
            address_line: None,
            postal_code: None,
            city: None,
            contact_name: None,
            contact_email: None,
            contact_phone: None,
            iban: None,
            bic: None,
        }
    }
}

/// The first user of a new company: an administrator whose address is not yet verified.
fn first_user(creditor: &CreditorRow, password_hash: Option<String>, lang: &str) -> UserRow {
    UserRow {
        id: new_id("us_"),
        creditor_id: creditor.id.clone(),
        email: creditor.email.clone(),
        name: String::new(),
        password_hash,
        role: ADMIN.to_string(),
        verified_at: None,
        lang: lang.to_string(),
        created_at: creditor.created_at,
        removed_at: None,
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

/// Creates an account and its first user, whose password is already hashed
/// (`password_hash`, from the password pool) and whose e-mails are written in `lang`;
/// returns the user.
pub async fn create(
    db: &Db,
    new: NewCreditor,
    password_hash: Option<String>,
    lang: &str,
) -> Result<UserRow, AccountError> {
    let row = new.row();
    let user = first_user(&row, password_hash, lang);
    let stored = user.clone();
    db.run(move |conn| match creditors::insert(conn, &row, &stored, None) {
        Ok(()) => Ok(Ok(())),
        Err(e) if is_unique_violation(&e) => Ok(Err(AccountError::EmailTaken)),
        Err(e) => Err(e.into()),
    })
    .await??;
    Ok(user)
}

/// Creates an account together with an API key; returns the id and the key (shown once).
/// Its user has no password: a password reset by e-mail gives them one.
pub async fn create_with_key(db: &Db, new: NewCreditor, label: &str) -> Result<(String, String), AccountError> {
    let row = new.row();
    let user = first_user(&row, None, "en");
    let (key, key_row) = key_row(&row.id, label);
    let id = row.id.clone();
    db.run(move |conn| match creditors::insert(conn, &row, &user, Some(&key_row)) {
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

/// What a link mailed to a user is for. Each is single-use and expires; only its hash is
/// stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Link {
    /// Confirms the address given at sign-up.
    Verify,
    /// Sets a new password.
    Reset,
    /// An invitation: the colleague sets a name and a password.
    Invite,
    /// Confirms a new address.
    NewEmail,
}

impl Link {
    pub fn purpose(self) -> &'static str {
        match self {
            Link::Verify => "verify",
            Link::Reset => "reset",
            Link::Invite => "invite",
            Link::NewEmail => "email",
        }
    }

    /// How long the link works, in hours.
    pub fn hours(self) -> i64 {
        match self {
            Link::Verify | Link::NewEmail => 48,
            Link::Reset => 1,
            Link::Invite => 7 * 24,
        }
    }

    /// The link's address on the portal.
    pub fn url(self, public_url: &str, token: &str) -> String {
        let path = match self {
            Link::Verify => "/verify",
            Link::Reset => "/password/reset",
            Link::Invite => "/invitation",
            Link::NewEmail => "/account/email",
        };
        format!("{}{path}/{token}", public_url.trim_end_matches('/'))
    }
}

pub use crate::credentials::token_id;

/// A new link of `kind` for `user_id` (earlier unused ones of the same kind stop working),
/// valid from now on the application's clock; returns its address, to be mailed.
pub async fn issue_link(
    state: &crate::state::AppState,
    user_id: &str,
    kind: Link,
    new_email: Option<String>,
) -> Result<String, DbError> {
    let token = crate::credentials::random_token();
    let now = state.now();
    let row = crate::db::users::TokenRow {
        id: token_id(&token),
        user_id: user_id.to_string(),
        purpose: kind.purpose().to_string(),
        new_email,
        created_at: now,
        expires_at: now + kind.hours() * 3_600_000_000,
        used_at: None,
    };
    state.db.run(move |conn| crate::db::users::insert_token(conn, &row)).await?;
    Ok(kind.url(&state.public_url, &token))
}

/// Sends an account e-mail now, in `lang`; a failure is logged (the person can ask again).
pub async fn send_mail(
    state: &crate::state::AppState,
    to: &str,
    mail: &crate::mail::account::AccountMail<'_>,
    lang: crate::i18n::Lang,
) -> bool {
    let rendered = crate::mail::account::render(mail, lang);
    let outgoing = crate::mail::OutgoingMail {
        id: new_id("acct_"),
        to: to.to_string(),
        subject: rendered.subject,
        text: rendered.body,
    };
    match state.mailer.send(&outgoing, &state.mail_from).await {
        Ok(()) => true,
        Err(e) => {
            tracing::error!(error = %e, mail = %outgoing.id, "an account e-mail was not sent");
            false
        }
    }
}
