//! Who is visiting: the signed-in creditor (from the encrypted session cookie), the CSRF
//! token of the session, and a one-time flash message.

use std::future::{Ready, ready};

use actix_session::{Session, SessionExt};
use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest};
use subtle::ConstantTimeEq;

use super::error::PageError;
use crate::credentials::random_token;

const CREDITOR_ID: &str = "creditor_id";
const CREDITOR_NAME: &str = "creditor_name";
const CSRF: &str = "csrf";
const FLASH: &str = "flash";
const OPERATOR: &str = "operator";

/// The name of the hidden field every state-changing form carries.
pub const CSRF_FIELD: &str = "csrf_token";

/// What the shared layout needs to know.
#[derive(Debug, Clone, Default)]
pub struct Layout {
    pub signed_in: Option<String>,
    pub csrf: String,
    pub flash: Option<String>,
}

impl Layout {
    pub fn anonymous() -> Self {
        Self::default()
    }
}

/// Anyone looking at a page, signed in or not.
pub struct Visitor {
    pub session: Session,
    pub creditor_id: Option<String>,
    pub layout: Layout,
}

impl Visitor {
    fn from_session(session: Session) -> Self {
        let creditor_id = session.get::<String>(CREDITOR_ID).ok().flatten();
        let name = session.get::<String>(CREDITOR_NAME).ok().flatten();
        let csrf = match session.get::<String>(CSRF).ok().flatten() {
            Some(token) => token,
            None => {
                let token = random_token();
                let _ = session.insert(CSRF, &token);
                token
            }
        };
        let flash = session.remove_as::<String>(FLASH).and_then(Result::ok);
        Self { session, layout: Layout { signed_in: creditor_id.as_ref().and(name), csrf, flash }, creditor_id }
    }

    /// Refuses a state-changing form whose token is not this session's.
    pub fn verify_csrf(&self, submitted: &str) -> Result<(), PageError> {
        let expected = self.session.get::<String>(CSRF).ok().flatten().unwrap_or_default();
        if !expected.is_empty() && bool::from(expected.as_bytes().ct_eq(submitted.as_bytes())) {
            Ok(())
        } else {
            Err(PageError::Csrf)
        }
    }

    /// Starts a fresh signed-in session (a new cookie, so a planted one is worthless).
    pub fn sign_in(&self, creditor_id: &str, name: &str) -> Result<(), PageError> {
        self.session.renew();
        let store = |k: &str, v: &str| {
            self.session.insert(k, v).map_err(|e| PageError::Internal(anyhow::anyhow!("session: {e}")))
        };
        store(CREDITOR_ID, creditor_id)?;
        store(CREDITOR_NAME, name)?;
        store(CSRF, &random_token())
    }

    pub fn sign_out(&self) {
        self.session.purge();
    }

    pub fn is_operator(&self) -> bool {
        self.session.get::<bool>(OPERATOR).ok().flatten().unwrap_or(false)
    }

    /// Opens the operator pages for this session, with a fresh cookie.
    pub fn become_operator(&self) -> Result<(), PageError> {
        self.session.renew();
        self.session.insert(OPERATOR, true).map_err(|e| PageError::Internal(anyhow::anyhow!("session: {e}")))
    }

    /// A message shown once, on the next page.
    pub fn flash(&self, message: impl Into<String>) {
        let _ = self.session.insert(FLASH, message.into());
    }
}

impl FromRequest for Visitor {
    type Error = actix_web::Error;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        ready(Ok(Visitor::from_session(req.get_session())))
    }
}

/// The signed-in creditor's id, read without touching the session (no flash taken, no
/// cookie set): for long-lived responses such as live streams.
pub fn creditor_of(req: &HttpRequest) -> Option<String> {
    req.get_session().get::<String>(CREDITOR_ID).ok().flatten()
}

/// A signed-in creditor; anyone else is sent to sign in and brought back afterwards.
pub struct SignedIn {
    pub creditor_id: String,
    pub visitor: Visitor,
}

impl FromRequest for SignedIn {
    type Error = PageError;
    type Future = Ready<Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let visitor = Visitor::from_session(req.get_session());
        ready(match visitor.creditor_id.clone() {
            Some(creditor_id) => Ok(SignedIn { creditor_id, visitor }),
            None => {
                let next = match req.method() {
                    &actix_web::http::Method::GET => req.uri().path_and_query().map_or("/", |p| p.as_str()).to_string(),
                    _ => "/claims".to_string(),
                };
                Err(PageError::SignInRequired { next })
            }
        })
    }
}

/// Only local paths are followed after sign-in, never another site.
pub fn safe_next(next: &str) -> &str {
    if next.starts_with('/') && !next.starts_with("//") && !next.contains('\\') { next } else { "/claims" }
}
