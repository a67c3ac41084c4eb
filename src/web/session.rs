//! Who is visiting: the signed-in creditor or operator (a server-side session named by a
//! random token in the encrypted cookie), the CSRF token of the session, and a one-time
//! flash message.
//!
//! The cookie alone opens nothing: every request that carries a session token looks it up
//! (one primary-key read; its last use is rewritten at most once a minute), and a session
//! that was signed out, outlived its idle or absolute timeout, or was revoked by a password
//! change is gone for every instance at once.

use actix_session::{Session, SessionExt};
use actix_web::dev::Payload;
use actix_web::{FromRequest, HttpRequest, web};
use futures_util::future::LocalBoxFuture;
use subtle::ConstantTimeEq;

use super::error::PageError;
use crate::credentials::{random_token, token_id};
use crate::db::creditors;
use crate::db::now_micros;
use crate::db::sessions::{self, SessionRow};
use crate::db::users::{self, UserRow};
use crate::i18n::{Lang, Tr};
use crate::state::AppState;

const SESSION: &str = "sid";
const CREDITOR_NAME: &str = "creditor_name";
const CSRF: &str = "csrf";
const FLASH: &str = "flash";
/// The signed-in account's language, kept in the session from sign-in on.
pub const ACCOUNT_LANG: &str = "lang";
/// The signed-in account's time zone (an IANA name), kept in the session from sign-in on.
pub const ACCOUNT_ZONE: &str = "tz";
/// The cookie a language switcher sets for a visitor.
pub const LANG_COOKIE: &str = "lang";

/// The name of the hidden field every state-changing form carries.
pub const CSRF_FIELD: &str = "csrf_token";

/// What the shared layout needs to know.
#[derive(Debug, Clone, Default)]
pub struct Layout {
    pub signed_in: Option<String>,
    pub csrf: String,
    pub flash: Option<String>,
    /// The page's language.
    pub tr: Tr,
    /// The page's own path and query, where a language switch comes back to.
    pub here: String,
    /// The signed-in account's time zone (times are in UTC without one).
    pub zone: Option<chrono_tz::Tz>,
}

impl Layout {
    pub fn anonymous() -> Self {
        Self::default()
    }

    /// The message `key` in the page's language.
    pub fn t(&self, key: &str) -> String {
        self.tr.t(key)
    }

    /// The time zone the page's times are in.
    pub fn zone(&self) -> chrono_tz::Tz {
        self.zone.unwrap_or(chrono_tz::UTC)
    }

    /// A line saying which time zone the page's times are in.
    pub fn zone_note(&self) -> String {
        self.tr.t1("formats-times-in-zone", "zone", self.zone().name())
    }

    /// A `YYYY-MM-DD` date (or the date of an RFC 3339 time) as the page's language writes it.
    pub fn date(&self, text: &str) -> String {
        crate::i18n::format::date_str(self.tr.lang, text)
    }

    /// An RFC 3339 time, to the minute, in the account's zone, as the page's language writes it.
    pub fn when(&self, text: &str) -> String {
        match chrono::DateTime::parse_from_rfc3339(text) {
            Ok(at) => crate::i18n::format::date_time(self.tr.lang, at.with_timezone(&chrono::Utc), self.zone()),
            Err(_) => text.to_string(),
        }
    }

    /// Money as the page's language writes it (`12.500,00 €`).
    pub fn money(&self, money: &crate::domain::money::Money) -> String {
        crate::i18n::format::money(self.tr.lang, money)
    }

    /// A case status in the page's language.
    pub fn status(&self, status: &str) -> String {
        self.t(crate::web::views::status_key(status))
    }

    /// A country's name in the page's language, from its ISO code.
    pub fn country(&self, code: &str) -> String {
        crate::i18n::countries::country_name(self.tr.lang, code)
    }

    /// The words `static/live.js` writes into a page, in the page's language, as JSON for a
    /// `data-i18n` attribute (the script keeps no English of its own).
    /// What `static/quote.js` says itself, in the page's language (JSON for `data-quote-texts`).
    pub fn quote_texts(&self) -> String {
        serde_json::json!({
            "waiting": self.t("quote-live-waiting"),
            "calculating": self.t("quote-live-calculating"),
            "correct": self.t("quote-live-correct"),
            "to_see": self.t("quote-live-to-see"),
            "offline": self.t("quote-live-offline"),
        })
        .to_string()
    }

    pub fn live_texts(&self) -> String {
        use crate::domain::status::CaseStatus;
        let statuses: serde_json::Map<String, serde_json::Value> =
            CaseStatus::ALL.iter().map(|s| (s.as_str().to_string(), self.status(s.as_str()).into())).collect();
        let symbols: serde_json::Map<String, serde_json::Value> = ["EUR", "SEK", "NOK", "DKK"]
            .iter()
            .filter_map(|c| Some((c.to_string(), crate::i18n::format::symbol(self.tr.lang, c)?.into())))
            .collect();
        serde_json::json!({
            "lang": self.tr.lang.code(),
            "zone": self.zone().name(),
            "statuses": statuses,
            "symbols": symbols,
            "late": self.t("case-late"),
            "collected": self.tr.t1("case-collected-so-far", "amount", "{amount}"),
            "warning": self.t("case-more-than-principal"),
            "you": self.t("case-author-you"),
            "partner": self.t("case-the-partner"),
            "document": self.tr.t1("case-heading-document", "who", "{who}"),
            "the_document": self.t("case-the-document"),
            "waiting": self.t("case-delivery-waiting"),
            "headings": {
                "payment": self.t("case-heading-payment"),
                "payment_reversed": self.t("case-heading-payment-reversed"),
                "payout": self.t("case-heading-payout"),
                "promise": self.t("case-heading-promise"),
                "notice": self.t("case-heading-notice"),
            },
        })
        .to_string()
    }

    /// What the page's language writes before the cents (`,` or `.`), for scripts that read
    /// typed amounts.
    pub fn decimal_separator(&self) -> &'static str {
        if self.tr.lang == Lang::En { "." } else { "," }
    }

    /// The languages a switcher offers: code, name in itself, whether it is the page's.
    pub fn languages(&self) -> Vec<(&'static str, &'static str, bool)> {
        Lang::ALL.iter().map(|l| (l.code(), l.native_name(), *l == self.tr.lang)).collect()
    }
}

/// Where a page's language switch returns: the page itself, or the start page after a
/// form was posted.
fn page_path(req: &HttpRequest) -> String {
    match req.method() {
        &actix_web::http::Method::GET => req.uri().path_and_query().map_or("/", |p| p.as_str()).to_string(),
        _ => "/".to_string(),
    }
}

/// The language a request asks for without an account: the switcher's cookie, else the
/// browser's `Accept-Language`.
pub fn requested_lang(req: &HttpRequest) -> Option<Lang> {
    req.cookie(LANG_COOKIE).and_then(|c| Lang::from_tag(c.value())).or_else(|| {
        req.headers()
            .get(actix_web::http::header::ACCEPT_LANGUAGE)
            .and_then(|h| h.to_str().ok())
            .and_then(Lang::from_accept_language)
    })
}

/// Anyone looking at a page, signed in or not.
pub struct Visitor {
    pub session: Session,
    pub creditor_id: Option<String>,
    /// The creditor's user on this session.
    pub user_id: Option<String>,
    pub layout: Layout,
    /// The stored session behind the cookie, when it is alive.
    stored: Option<SessionRow>,
    state: web::Data<AppState>,
}

/// The live stored session named by this cookie, if any (its use is counted).
async fn live_session(state: &AppState, session: &Session) -> Result<Option<SessionRow>, PageError> {
    let Some(token) = session.get::<String>(SESSION).ok().flatten() else { return Ok(None) };
    let (id, life) = (token_id(&token), state.session_lifetime());
    Ok(state.db.run(move |conn| sessions::check(conn, &id, life)).await?)
}

/// Like [`live_session`]; a dead session is also dropped from the cookie.
async fn stored_session(state: &AppState, session: &Session) -> Result<Option<SessionRow>, PageError> {
    let row = live_session(state, session).await?;
    if row.is_none() {
        session.remove(SESSION);
        session.remove(CREDITOR_NAME);
    }
    Ok(row)
}

/// Sent by `static/live.js` when it fetches a page again for its live parts: such a request
/// leaves the flash message for the page the creditor opens next.
pub const LIVE_PART_HEADER: &str = "X-Live-Part";

impl Visitor {
    async fn load(
        session: Session,
        state: web::Data<AppState>,
        requested: Option<Lang>,
        here: String,
        keep_flash: bool,
    ) -> Result<Self, PageError> {
        let stored = stored_session(&state, &session).await?;
        let creditor_id = stored.as_ref().and_then(|s| s.creditor_id.clone());
        let user_id = stored.as_ref().and_then(|s| s.user_id.clone());
        let name = session.get::<String>(CREDITOR_NAME).ok().flatten();
        let csrf = match session.get::<String>(CSRF).ok().flatten() {
            Some(token) => token,
            None => {
                let token = random_token();
                let _ = session.insert(CSRF, &token);
                token
            }
        };
        let flash = match keep_flash {
            true => None,
            false => session.remove_as::<String>(FLASH).and_then(Result::ok),
        };
        let account_lang = creditor_id
            .as_ref()
            .and_then(|_| session.get::<String>(ACCOUNT_LANG).ok().flatten())
            .and_then(|code| Lang::from_tag(&code));
        let tr = Tr::new(account_lang.or(requested).unwrap_or_default());
        let zone = creditor_id
            .as_ref()
            .and_then(|_| session.get::<String>(ACCOUNT_ZONE).ok().flatten())
            .and_then(|name| crate::i18n::format::zone(&name));
        let layout = Layout { signed_in: creditor_id.as_ref().and(name), csrf, flash, tr, here, zone };
        Ok(Self { session, creditor_id, user_id, layout, stored, state })
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

    /// Stores a new session and gives this visitor a fresh cookie naming it (so a planted
    /// cookie is worthless); any session the cookie had before is revoked.
    async fn start(&self, creditor_id: Option<&str>, user_id: Option<&str>, operator: bool) -> Result<(), PageError> {
        let token = random_token();
        let now = now_micros();
        let row = SessionRow {
            id: token_id(&token),
            creditor_id: creditor_id.map(str::to_string),
            operator,
            created_at: now,
            last_seen_at: now,
            revoked_at: None,
            user_id: user_id.map(str::to_string),
        };
        let old = self.stored.as_ref().map(|s| s.id.clone());
        self.state.db.run(move |conn| sessions::insert(conn, &row, old.as_deref())).await?;
        self.session.renew();
        let store = |k: &str, v: &str| {
            self.session.insert(k, v).map_err(|e| PageError::Internal(anyhow::anyhow!("session: {e}")))
        };
        store(SESSION, &token)?;
        store(CSRF, &random_token())
    }

    /// Signs the creditor's user in on a new session (an operator stays one); `name` is the
    /// company's, as the navigation shows it.
    pub async fn sign_in(&self, creditor_id: &str, user_id: &str, name: &str) -> Result<(), PageError> {
        self.start(Some(creditor_id), Some(user_id), self.is_operator()).await?;
        self.session.insert(CREDITOR_NAME, name).map_err(|e| PageError::Internal(anyhow::anyhow!("session: {e}")))?;
        self.remember_preferences(creditor_id).await
    }

    /// Keeps the account's language (when it chose one) and time zone (its own, else its
    /// country's) in the session, for its pages.
    pub async fn remember_preferences(&self, creditor_id: &str) -> Result<(), PageError> {
        let id = creditor_id.to_string();
        let Some(prefs) = self.state.db.run(move |c| creditors::preferences(c, &id)).await? else { return Ok(()) };
        let internal = |e| PageError::Internal(anyhow::anyhow!("session: {e}"));
        match prefs.language.as_deref().and_then(Lang::from_tag) {
            Some(lang) => self.session.insert(ACCOUNT_LANG, lang.code()).map_err(internal)?,
            None => {
                self.session.remove(ACCOUNT_LANG);
            }
        }
        let zone = prefs
            .time_zone
            .as_deref()
            .and_then(crate::i18n::format::zone)
            .unwrap_or_else(|| crate::i18n::format::default_zone(&prefs.country));
        self.session.insert(ACCOUNT_ZONE, zone.name()).map_err(internal)
    }

    /// Ends the session for good (a saved copy of the cookie opens nothing afterwards).
    pub async fn sign_out(&self) -> Result<(), PageError> {
        if let Some(id) = self.stored.as_ref().map(|s| s.id.clone()) {
            let now = now_micros();
            self.state.db.run(move |conn| sessions::revoke(conn, &id, now)).await?;
            if let Some(creditor) = self.creditor_id.as_deref() {
                self.state.live.recheck(creditor);
            }
        }
        self.session.purge();
        Ok(())
    }

    /// The stored session's id (the hash of its token).
    pub fn session_id(&self) -> Option<&str> {
        self.stored.as_ref().map(|s| s.id.as_str())
    }

    pub fn is_operator(&self) -> bool {
        self.stored.as_ref().is_some_and(|s| s.operator)
    }

    /// Opens the operator pages for this visitor, on a new session (a signed-in creditor
    /// stays signed in).
    pub async fn become_operator(&self) -> Result<(), PageError> {
        self.start(self.creditor_id.as_deref(), self.user_id.as_deref(), true).await
    }

    /// Closes the operator pages: the session ends, or goes on as the creditor's alone.
    pub async fn leave_operator(&self) -> Result<(), PageError> {
        match self.creditor_id.as_deref() {
            Some(creditor) => self.start(Some(creditor), self.user_id.as_deref(), false).await,
            None => self.sign_out().await,
        }
    }

    /// A message shown once, on the next page.
    pub fn flash(&self, message: impl Into<String>) {
        let _ = self.session.insert(FLASH, message.into());
    }
}

fn app_state(req: &HttpRequest) -> Result<web::Data<AppState>, PageError> {
    req.app_data::<web::Data<AppState>>()
        .cloned()
        .ok_or_else(|| PageError::Internal(anyhow::anyhow!("no application state")))
}

impl FromRequest for Visitor {
    type Error = PageError;
    type Future = LocalBoxFuture<'static, Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let (session, state, lang) = (req.get_session(), app_state(req), requested_lang(req));
        let (here, keep_flash) = (page_path(req), req.headers().contains_key(LIVE_PART_HEADER));
        Box::pin(async move { Visitor::load(session, state?, lang, here, keep_flash).await })
    }
}

/// The signed-in creditor and the stored session, read without touching the cookie (no
/// flash taken, no cookie set): for long-lived responses such as live streams.
pub async fn creditor_session(req: &HttpRequest) -> Result<Option<(String, String)>, PageError> {
    let row = live_session(&*app_state(req)?, &req.get_session()).await?;
    Ok(row.and_then(|r| r.creditor_id.map(|c| (c, r.id))))
}

/// A signed-in creditor's user; anyone else is sent to sign in and brought back afterwards.
pub struct SignedIn {
    pub creditor_id: String,
    /// The user, as stored when the request came.
    pub user: UserRow,
    pub visitor: Visitor,
}

impl SignedIn {
    /// Refuses, with a page saying why, a user who is not an administrator of the company.
    pub fn require_admin(&self) -> Result<(), PageError> {
        if self.user.is_admin() {
            Ok(())
        } else {
            Err(PageError::Forbidden(self.visitor.layout.t("account-admin-only")))
        }
    }
}

impl FromRequest for SignedIn {
    type Error = PageError;
    type Future = LocalBoxFuture<'static, Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let (session, state, lang) = (req.get_session(), app_state(req), requested_lang(req));
        let req_path = req.clone();
        let next = match req.method() {
            &actix_web::http::Method::GET => req.uri().path_and_query().map_or("/", |p| p.as_str()).to_string(),
            _ => "/claims".to_string(),
        };
        Box::pin(async move {
            let keep_flash = req_path.headers().contains_key(LIVE_PART_HEADER);
            let visitor = Visitor::load(session, state?, lang, page_path(&req_path), keep_flash).await?;
            let required = || PageError::SignInRequired { next: safe_next(&next).to_string() };
            let (Some(creditor_id), Some(user_id)) = (visitor.creditor_id.clone(), visitor.user_id.clone()) else {
                return Err(required());
            };
            let lookup = creditor_id.clone();
            let user = visitor.state.db.run(move |conn| users::get_active(conn, &lookup, &user_id)).await?;
            match user {
                Some(user) => Ok(SignedIn { creditor_id, user, visitor }),
                None => {
                    // the user was removed: the session is stale
                    visitor.sign_out().await?;
                    Err(required())
                }
            }
        })
    }
}

/// Only a path on this site is followed after sign-in: one leading `/`, then no `/` or `\`
/// right after it, no backslash, no control character or white space anywhere (browsers
/// drop tabs and line breaks from URLs, which would turn `/\t/evil.example` into
/// `//evil.example`). Anything else goes to the claims list.
pub fn safe_next(next: &str) -> &str {
    let bytes = next.as_bytes();
    let local = bytes.first() == Some(&b'/')
        && !matches!(bytes.get(1), Some(b'/' | b'\\'))
        && !next.contains('\\')
        && !next.chars().any(|c| c.is_control() || c.is_whitespace())
        && next.len() <= 2000;
    if local { next } else { "/claims" }
}

#[cfg(test)]
mod tests {
    use super::safe_next;

    #[test]
    fn only_local_paths_are_followed() {
        for good in ["/claims", "/claims/cl_1?x=1", "/"] {
            assert_eq!(safe_next(good), good);
        }
        for bad in [
            "//evil.example",
            "/\\evil.example",
            "\\\\evil.example",
            "/\t/evil.example",
            "/\n/evil",
            "https://evil.example",
            "evil.example",
            "",
            "/ /evil",
            "/\u{0}x",
            "javascript:alert(1)",
        ] {
            assert_eq!(safe_next(bad), "/claims", "{bad:?}");
        }
    }
}
