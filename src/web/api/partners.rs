//! `GET /api/v1/partners`: the public partner directory.

use super::openapi::tags;
use actix_web::{HttpResponse, get, web};

use crate::state::AppState;
use crate::web::views::{PartnerView, PerformanceView};

/// A directory entry: the partner, and its measured performance.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct Entry {
    #[serde(flatten)]
    partner: PartnerView,
    performance: PerformanceView,
}

#[utoipa::path(
    tag = tags::PARTNERS,
    summary = "The partner directory",
    description = "No account needed. Every partner in the registry with its countries, services, licences and measured performance; never a secret or an endpoint credential.",
    responses((status = 200, description = "The directory", body = Directory))
)]
#[get("/partners")]
pub async fn list(state: web::Data<AppState>) -> HttpResponse {
    let report = state.performance();
    let items: Vec<Entry> = state
        .registry
        .all()
        .iter()
        .map(|p| Entry { partner: PartnerView::new(p, None), performance: PerformanceView::new(p, &report) })
        .collect();
    HttpResponse::Ok().json(Directory { items })
}

/// Every partner in the registry, without any secret or endpoint credential.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct Directory {
    pub items: Vec<Entry>,
}
