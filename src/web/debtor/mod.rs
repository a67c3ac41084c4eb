//! The debtor's door: the public response page a reminder links to (`/r/{token}`).
//!
//! The token is the only key: an unknown or expired one is a plain 404 that does not say
//! which. The page shows only that claim (the creditor's name, the invoices, the amounts with
//! interest to the day) in the debtor's language, and takes four answers, each a plain POST
//! form that works without JavaScript or cookies:
//! - "we have paid" (date, reference), "we will pay on ..." (at most
//!   [`page::PROMISE_DAYS`] days ahead, not in the past), "we need an instalment plan"
//!   (instalments, first date, note), "we dispute this" (reason, text, optional document);
//! - each calls [`crate::cases::reminders::debtor_answer`], then shows a thank-you page.
//!
//! Forgery: a form carries a key signed with the link's token (HMAC-SHA256 over the time it
//! was issued, valid a day), which a page on another site cannot make without the token;
//! a browser's `Sec-Fetch-Site: cross-site` is refused too. Every request counts against the
//! address's limit ([`Attempt::DebtorPage`]), refused with 429 and `Retry-After`.
//! The responses are `noindex`, never cached, and send no referrer (the token is in the URL).

pub mod page;

use std::net::{IpAddr, Ipv4Addr};

use actix_web::http::StatusCode;
use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use askama::Template;
use serde::Deserialize;

use crate::cases::reminders::{DebtorAnswer, debtor_answer};
use crate::i18n::Lang;
use crate::security::limits::Attempt;
use crate::state::AppState;
use crate::web::error::PageError;
use crate::web::forms::FormData;
use page::{AnswerKind, DebtorPage, ThanksPage};

/// The language a visitor chose with the switcher (`?lang=fr`), if any.
#[derive(Debug, Default, Deserialize)]
pub struct LangQuery {
    #[serde(default)]
    lang: Option<String>,
}

fn client_address(state: &AppState, req: &HttpRequest) -> IpAddr {
    let peer = req.peer_addr().map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |a| a.ip());
    let forwarded = req.headers().get("x-forwarded-for").and_then(|v| v.to_str().ok());
    state.security.client_address(peer, forwarded)
}

/// The headers every answer of this door carries.
fn private(mut builder: actix_web::HttpResponseBuilder) -> actix_web::HttpResponseBuilder {
    builder
        .insert_header(("X-Robots-Tag", "noindex, nofollow"))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .insert_header((header::REFERRER_POLICY, "no-referrer"));
    builder
}

/// Unknown and expired links look the same.
fn not_found() -> HttpResponse {
    private(HttpResponse::NotFound()).content_type("text/plain; charset=utf-8").body("Not found\n")
}

fn html(status: StatusCode, page: &impl Template) -> Result<HttpResponse, PageError> {
    Ok(private(HttpResponse::build(status)).content_type("text/html; charset=utf-8").body(page.render()?))
}

/// Counts the request against the address's limit; `Some(429 answer)` when over it.
async fn limited(state: &AppState, req: &HttpRequest, lang: Lang) -> Result<Option<HttpResponse>, PageError> {
    let now = chrono::Utc::now().timestamp();
    match state.limiter.admit(&state.db, Attempt::DebtorPage, client_address(state, req), None, now).await? {
        Ok(()) => Ok(None),
        Err(limit) => {
            let minutes = limit.retry_after.div_ceil(60).max(1) as usize;
            let body = page::TooMany { lang, minutes }.render()?;
            Ok(Some(
                private(HttpResponse::build(StatusCode::TOO_MANY_REQUESTS))
                    .insert_header((header::RETRY_AFTER, limit.retry_after.to_string()))
                    .content_type("text/html; charset=utf-8")
                    .body(body),
            ))
        }
    }
}

/// The claim a link opens, or `None` (unknown or expired).
async fn resolve(state: &AppState, token: &str) -> Result<Option<String>, PageError> {
    // a token is URL-safe text of bounded length: anything else cannot be one
    if token.is_empty()
        || token.len() > 128
        || !token.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        return Ok(None);
    }
    let (raw, now) = (token.to_string(), state.now());
    Ok(state.db.run(move |conn| crate::db::reminders::claim_for_link(conn, &raw, now)).await?)
}

/// The page's language: the switcher's choice, else the claim's debtor language, else English.
fn chosen(query: Option<&str>, claim_language: &str) -> Lang {
    query.and_then(Lang::debtor_from_tag).or_else(|| Lang::debtor_from_tag(claim_language)).unwrap_or(Lang::En)
}

#[get("/r/{token}")]
pub async fn show(
    state: web::Data<AppState>,
    req: HttpRequest,
    token: web::Path<String>,
    query: web::Query<LangQuery>,
) -> Result<HttpResponse, PageError> {
    let asked = query.lang.as_deref().and_then(Lang::debtor_from_tag).unwrap_or(Lang::En);
    if let Some(refused) = limited(&state, &req, asked).await? {
        return Ok(refused);
    }
    let Some(claim_id) = resolve(&state, &token).await? else { return Ok(not_found()) };
    let Some(view) = page::load(&state, &claim_id).await? else { return Ok(not_found()) };
    let lang = chosen(query.lang.as_deref(), &view.language);
    let page = DebtorPage::new(lang, &token, view, state.today(), state.now());
    html(StatusCode::OK, &page)
}

#[get("/r/{token}/thanks/{kind}")]
pub async fn thanks(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<(String, String)>,
    query: web::Query<LangQuery>,
) -> Result<HttpResponse, PageError> {
    let (token, kind) = path.into_inner();
    let asked = query.lang.as_deref().and_then(Lang::debtor_from_tag).unwrap_or(Lang::En);
    if let Some(refused) = limited(&state, &req, asked).await? {
        return Ok(refused);
    }
    let Some(kind) = AnswerKind::parse(&kind) else { return Ok(not_found()) };
    let Some(claim_id) = resolve(&state, &token).await? else { return Ok(not_found()) };
    let Some(view) = page::load(&state, &claim_id).await? else { return Ok(not_found()) };
    let lang = chosen(query.lang.as_deref(), &view.language);
    html(StatusCode::OK, &ThanksPage { lang, token: token.clone(), creditor: view.creditor, kind })
}

#[post("/r/{token}/{kind}")]
pub async fn answer(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<(String, String)>,
    form: FormData,
) -> Result<HttpResponse, PageError> {
    let (token, kind) = path.into_inner();
    let asked = Lang::debtor_from_tag(form.get("lang")).unwrap_or(Lang::En);
    if let Some(refused) = limited(&state, &req, asked).await? {
        return Ok(refused);
    }
    let Some(kind) = AnswerKind::parse(&kind) else { return Ok(not_found()) };
    let Some(claim_id) = resolve(&state, &token).await? else { return Ok(not_found()) };
    let cross_site = req.headers().get("sec-fetch-site").and_then(|v| v.to_str().ok()) == Some("cross-site");
    if cross_site || !page::form_key_valid(&token, form.get(page::FORM_KEY), state.now()) {
        return Ok(private(HttpResponse::Forbidden())
            .content_type("text/plain; charset=utf-8")
            .body("This form has expired. Please open the link again.\n"));
    }
    let Some(view) = page::load(&state, &claim_id).await? else { return Ok(not_found()) };
    let lang = chosen(Some(form.get("lang")).filter(|l| !l.is_empty()), &view.language);
    let today = state.today();
    let parsed: Result<DebtorAnswer, page::Errors> = page::read_answer(lang, kind, &form, today);
    let answer = match parsed {
        Ok(answer) => answer,
        Err(errors) => {
            let mut page = DebtorPage::new(lang, &token, view, today, state.now());
            page.refill(kind, &form, errors);
            return html(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    match debtor_answer(&state, &claim_id, answer).await {
        Ok(()) => {
            let to = format!("/r/{token}/thanks/{}?lang={}", kind.as_str(), lang.code());
            Ok(private(HttpResponse::SeeOther()).insert_header((header::LOCATION, to)).finish())
        }
        Err(e) => {
            tracing::error!(error = %e, claim_id, "a debtor's answer was not recorded");
            let mut page = DebtorPage::new(lang, &token, view, today, state.now());
            page.refill(kind, &form, page::Errors::default());
            page.unavailable = true;
            html(StatusCode::SERVICE_UNAVAILABLE, &page)
        }
    }
}
