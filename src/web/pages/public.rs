//! Pages anyone may see: the start page, the partner directory, static assets.

use actix_web::http::header;
use actix_web::{HttpResponse, get, web};
use askama::Template;

use crate::domain::country::Country;
use crate::state::AppState;
use crate::web::error::{PageError, render};
use crate::web::session::{Layout, Visitor};
use crate::web::views::{PartnerView, PerformanceView};

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    layout: Layout,
    countries: usize,
    partners: usize,
}

#[get("/")]
pub async fn home(state: web::Data<AppState>, visitor: Visitor) -> Result<HttpResponse, PageError> {
    render(&HomePage {
        layout: visitor.layout,
        countries: state.registry.by_country().len(),
        partners: state.registry.all().len(),
    })
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
