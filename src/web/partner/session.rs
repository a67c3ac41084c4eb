//! Who is visiting the partner area: a partner user's server-side session, kept apart from
//! creditors' (its own table, its own token and CSRF token in the cookie), so a creditor's
//! session never opens the partner area and a partner user's never opens a creditor's pages.

use actix_session::{Session, SessionExt};
use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest, web};
use futures_util::future::LocalBoxFuture;
use subtle::ConstantTimeEq;

use crate::credentials::{random_token, token_id};
use crate::db::now_micros;
use crate::db::partner_users::{self, PartnerSessionRow, PartnerUserRow};
use crate::domain::partner::Partner;
use crate::state::AppState;
use crate::web::error::PageError;
use crate::web::session::Layout;

const SESSION: &str = "partner_sid";
const CSRF: &str = "partner_csrf";
const FLASH: &str = "partner_flash";

/// The partner user named in the partner area's navigation.
#[derive(Debug, Clone, Default)]
pub struct Me {
    pub email: String,
    pub partner_name: String,
    pub admin: bool,
}

/// Anyone looking at a partner page, signed in or not.
pub struct PartnerVisitor {
    pub session: Session,
    /// The shared layout's needs: the partner area's CSRF token and flash message.
    pub layout: Layout,
    pub me: Option<Me>,
    stored: Option<(PartnerSessionRow, PartnerUserRow)>,
    state: web::Data<AppState>,
}

fn app_state(req: &HttpRequest) -> Result<web::Data<AppState>, PageError> {
    req.app_data::<web::Data<AppState>>()
        .cloned()
        .ok_or_else(|| PageError::Internal(anyhow::anyhow!("no application state")))
}

fn session_error(e: impl std::fmt::Display) -> PageError {
    PageError::Internal(anyhow::anyhow!("session: {e}"))
}

impl PartnerVisitor {
    async fn load(session: Session, state: web::Data<AppState>) -> Result<Self, PageError> {
        let stored = match session.get::<String>(SESSION).ok().flatten() {
            None => None,
            Some(token) => {
                let (id, life) = (token_id(&token), state.session_lifetime());
                let found = state.db.run(move |conn| partner_users::check_session(conn, &id, life)).await?;
                // a user of a partner no longer in the registry opens nothing
                let found = found.filter(|(_, user)| state.registry.get(&user.partner_id).is_some());
                if found.is_none() {
                    session.remove(SESSION);
                }
                found
            }
        };
        let csrf = match session.get::<String>(CSRF).ok().flatten() {
            Some(token) => token,
            None => {
                let token = random_token();
                let _ = session.insert(CSRF, &token);
                token
            }
        };
        let flash = session.remove_as::<String>(FLASH).and_then(Result::ok);
        let me = stored.as_ref().map(|(_, user)| Me {
            email: user.email.clone(),
            partner_name: state.registry.get(&user.partner_id).map(|p| p.name.clone()).unwrap_or_default(),
            admin: user.is_admin(),
        });
        let layout = Layout { signed_in: None, csrf, flash, ..Layout::default() };
        Ok(Self { session, layout, me, stored, state })
    }

    /// Refuses a state-changing form whose token is not this partner session's.
    pub fn verify_csrf(&self, submitted: &str) -> Result<(), PageError> {
        let expected = self.session.get::<String>(CSRF).ok().flatten().unwrap_or_default();
        if !expected.is_empty() && bool::from(expected.as_bytes().ct_eq(submitted.as_bytes())) {
            Ok(())
        } else {
            Err(PageError::Csrf)
        }
    }

    /// Signs `user` in on a new session (a planted cookie is worthless); any partner session
    /// the cookie had before is revoked.
    pub async fn sign_in(&self, user: &PartnerUserRow) -> Result<(), PageError> {
        let token = random_token();
        let now = now_micros();
        let row = PartnerSessionRow {
            id: token_id(&token),
            user_id: user.id.clone(),
            created_at: now,
            last_seen_at: now,
            revoked_at: None,
        };
        let old = self.stored.as_ref().map(|(s, _)| s.id.clone());
        self.state.db.run(move |conn| partner_users::start_session(conn, &row, old.as_deref())).await?;
        self.adopt(&token)
    }

    /// Puts a freshly stored session's token into the cookie, with a new CSRF token.
    pub fn adopt(&self, token: &str) -> Result<(), PageError> {
        self.session.renew();
        self.session.insert(SESSION, token).map_err(session_error)?;
        self.session.insert(CSRF, random_token()).map_err(session_error)
    }

    /// A new session row for a token, for [`partner_users::redeem`].
    pub fn new_session(token: &str) -> PartnerSessionRow {
        let now = now_micros();
        PartnerSessionRow {
            id: token_id(token),
            user_id: String::new(),
            created_at: now,
            last_seen_at: now,
            revoked_at: None,
        }
    }

    /// Ends the partner session for good; a creditor's session in the same browser stays.
    pub async fn sign_out(&self) -> Result<(), PageError> {
        if let Some(id) = self.stored.as_ref().map(|(s, _)| s.id.clone()) {
            let now = now_micros();
            self.state.db.run(move |conn| partner_users::revoke_session(conn, &id, now)).await?;
        }
        self.session.remove(SESSION);
        self.session.insert(CSRF, random_token()).map_err(session_error)?;
        self.session.renew();
        Ok(())
    }

    /// A message shown once, on the next partner page.
    pub fn flash(&self, message: impl Into<String>) {
        let _ = self.session.insert(FLASH, message.into());
    }

    pub fn user(&self) -> Option<&PartnerUserRow> {
        self.stored.as_ref().map(|(_, u)| u)
    }
}

impl FromRequest for PartnerVisitor {
    type Error = PageError;
    type Future = LocalBoxFuture<'static, Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let (session, state) = (req.get_session(), app_state(req));
        Box::pin(async move { PartnerVisitor::load(session, state?).await })
    }
}

/// A signed-in partner user, with its partner; anyone else is sent to the partner sign-in.
pub struct PartnerUser {
    pub user: PartnerUserRow,
    pub partner: Partner,
    pub visitor: PartnerVisitor,
}

impl FromRequest for PartnerUser {
    type Error = PageError;
    type Future = LocalBoxFuture<'static, Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let (session, state) = (req.get_session(), app_state(req));
        let next = match req.method() {
            &actix_web::http::Method::GET => req.uri().path_and_query().map_or("/partner", |p| p.as_str()).to_string(),
            _ => "/partner".to_string(),
        };
        Box::pin(async move {
            let state = state?;
            let visitor = PartnerVisitor::load(session, state.clone()).await?;
            let found =
                visitor.user().cloned().and_then(|u| state.registry.get(&u.partner_id).cloned().map(|p| (u, p)));
            match found {
                Some((user, partner)) => Ok(PartnerUser { user, partner, visitor }),
                None => Err(PageError::SignInRequired { next: partner_next(&next).to_string() }),
            }
        })
    }
}

/// Only a path of the partner area is followed after a partner's sign-in.
pub fn partner_next(next: &str) -> &str {
    let local = crate::web::session::safe_next(next);
    if local == "/partner" || local.starts_with("/partner/") || local.starts_with("/partner?") {
        local
    } else {
        "/partner"
    }
}

#[cfg(test)]
mod tests {
    use super::partner_next;

    #[test]
    fn only_partner_paths_are_followed() {
        assert_eq!(partner_next("/partner/cases/cl_1"), "/partner/cases/cl_1");
        assert_eq!(partner_next("/partner"), "/partner");
        for other in ["/claims", "//evil.example", "/partnership", "https://evil.example"] {
            assert_eq!(partner_next(other), "/partner", "{other}");
        }
    }
}
