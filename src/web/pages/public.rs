//! Pages anyone may see: the start page, the partner directory, static assets.

use actix_web::cookie::{Cookie, SameSite, time::Duration as CookieAge};
use actix_web::http::header;
use actix_web::{HttpResponse, get, post, web};
use askama::Template;
use serde::Deserialize;

use crate::domain::country::Country;
use crate::i18n::{Arg, Lang};
use crate::state::AppState;
use crate::web::error::{PageError, render};
use crate::web::session::{ACCOUNT_LANG, LANG_COOKIE, Layout, Visitor, safe_next};
use crate::web::views::{PartnerView, PerformanceView};

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    layout: Layout,
    /// "12 countries covered by 30 partners", in the page's language.
    coverage: String,
}

#[get("/")]
pub async fn home(state: web::Data<AppState>, visitor: Visitor) -> Result<HttpResponse, PageError> {
    let coverage = crate::i18n::t_args(
        visitor.layout.tr.lang,
        "home-coverage",
        &[
            ("countries", Arg::from(state.registry.by_country().len())),
            ("partners", Arg::from(state.registry.all().len())),
        ],
    );
    render(&HomePage { layout: visitor.layout, coverage })
}

#[derive(Deserialize)]
pub struct LanguageChoice {
    lang: String,
    next: Option<String>,
}

/// The language switcher in every page's footer (a plain form: no script needed). The
/// choice is kept in a cookie for a year; a signed-in creditor's page follows it too until
/// the account's own setting is saved again.
#[post("/language")]
pub async fn language(visitor: Visitor, form: web::Form<LanguageChoice>) -> HttpResponse {
    let next = safe_next(form.next.as_deref().unwrap_or("/")).to_string();
    let mut response = HttpResponse::SeeOther();
    response.insert_header((header::LOCATION, next));
    if let Some(lang) = Lang::from_tag(&form.lang) {
        if visitor.creditor_id.is_some() {
            let _ = visitor.session.insert(ACCOUNT_LANG, lang.code());
        }
        response.cookie(
            Cookie::build(LANG_COOKIE, lang.code())
                .path("/")
                .max_age(CookieAge::days(365))
                .same_site(SameSite::Lax)
                .http_only(true)
                .finish(),
        );
    }
    response.finish()
}

struct CountryRow {
    code: &'static str,
    name: &'static str,
    partners: Vec<(PartnerView, PerformanceView)>,
}

#[derive(Template)]
#[template(path = "partners.html")]
struct PartnersPage {
    layout: Layout,
    rows: Vec<CountryRow>,
}

#[get("/partners")]
pub async fn partners(state: web::Data<AppState>, visitor: Visitor) -> Result<HttpResponse, PageError> {
    let report = state.performance();
    let mut rows: Vec<CountryRow> = state
        .registry
        .by_country()
        .into_iter()
        .filter_map(|(code, partners)| {
            let country = Country::parse(code).ok()?;
            let mut partners: Vec<(PartnerView, PerformanceView)> = partners
                .into_iter()
                .map(|p| (PartnerView::new(p, Some(country)), PerformanceView::new(p, &report)))
                .collect();
            partners.sort_by(|(a, _), (b, _)| (a.kind, &a.name).cmp(&(b.kind, &b.name)));
            Some(CountryRow { code, name: country.name(), partners })
        })
        .collect();
    rows.sort_by_key(|r| r.name);
    render(&PartnersPage { layout: visitor.layout, rows })
}

#[get("/static/app.css")]
pub async fn css() -> HttpResponse {
    asset("text/css; charset=utf-8", include_str!("../../../static/app.css"))
}

#[get("/static/app.js")]
pub async fn js() -> HttpResponse {
    asset("text/javascript; charset=utf-8", include_str!("../../../static/app.js"))
}

#[get("/static/live.js")]
pub async fn live_js() -> HttpResponse {
    asset("text/javascript; charset=utf-8", include_str!("../../../static/live.js"))
}

pub(crate) fn asset(content_type: &str, body: &'static str) -> HttpResponse {
    HttpResponse::Ok()
        .content_type(content_type)
        .insert_header((header::CACHE_CONTROL, "public, max-age=300"))
        .body(body)
}

/// A trivial endpoint: the baseline that benchmarks compare against, and a liveness probe.
#[get("/health")]
pub async fn health() -> HttpResponse {
    HttpResponse::Ok().content_type("text/plain").body("ok")
}
