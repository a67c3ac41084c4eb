//! Partner users: created by the operator (`crossclaim partner-user create`, the partner's
//! first admin) or invited by a partner admin from the portal. Either way the new user gets a
//! one-time link, valid for a while and stored only as its hash, where they choose a password.

use crate::credentials::{random_token, token_id};
use crate::db::partner_users::{self, Added, PartnerLinkRow, PartnerUserRow};
use crate::db::{Db, DbError, new_id};
use crate::domain::text::Email;

#[derive(Debug, thiserror::Error)]
pub enum PartnerAccountError {
    #[error("a partner user with this e-mail address already exists")]
    EmailTaken,
    #[error(transparent)]
    Db(#[from] DbError),
}

/// A new partner user and the token of its one-time link (shown once, never stored).
#[derive(Debug, Clone)]
pub struct Invited {
    pub user: PartnerUserRow,
    pub token: String,
}

impl Invited {
    /// The link the user opens to choose a password.
    pub fn link(&self, public_url: &str) -> String {
        welcome_link(public_url, &self.token)
    }
}

pub fn welcome_link(public_url: &str, token: &str) -> String {
    format!("{}/partner/welcome/{token}", public_url.trim_end_matches('/'))
}

/// The stored id of a link's token.
pub fn link_id(token: &str) -> String {
    token_id(token)
}

/// Creates a user of `partner_id` with `role`, and its one-time link valid for
/// `link_minutes` from `now` (microseconds, real time).
pub async fn create(
    db: &Db,
    partner_id: &str,
    email: &Email,
    role: &str,
    invited_by: Option<&str>,
    now: i64,
    link_minutes: u64,
) -> Result<Invited, PartnerAccountError> {
    let token = random_token();
    let user = PartnerUserRow {
        id: new_id("pu_"),
        partner_id: partner_id.to_string(),
        email: email.normalised(),
        role: role.to_string(),
        password_hash: None,
        invited_by: invited_by.map(str::to_string),
        created_at: now,
    };
    let link = PartnerLinkRow {
        id: link_id(&token),
        user_id: user.id.clone(),
        created_at: now,
        expires_at: now + (link_minutes as i64) * 60_000_000,
        used_at: None,
    };
    let stored = user.clone();
    match db.run(move |conn| partner_users::add(conn, &stored, &link)).await? {
        Added::Added => Ok(Invited { user, token }),
        Added::EmailTaken => Err(PartnerAccountError::EmailTaken),
    }
}
