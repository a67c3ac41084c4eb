//! `GET /api/v1/partners`: the public partner directory.

use actix_web::{HttpResponse, get, web};
use serde_json::json;

use crate::state::AppState;
use crate::web::views::{PartnerView, PerformanceView};

/// A directory entry: the partner, and its measured performance.
#[derive(serde::Serialize)]
struct Entry {
    #[serde(flatten)]
    partner: PartnerView,
    performance: PerformanceView,
}

#[get("/partners")]
pub async fn list(state: web::Data<AppState>) -> HttpResponse {
    let report = state.performance();
    let items: Vec<Entry> = state
        .registry
        .all()
        .iter()
        .map(|p| Entry { partner: PartnerView::new(p, None), performance: PerformanceView::new(p, &report) })
        .collect();
    HttpResponse::Ok().json(json!({ "items": items }))
}
