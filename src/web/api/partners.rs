//! `GET /api/v1/partners`: the public partner directory.

use actix_web::{HttpResponse, get, web};
use serde_json::json;

use crate::state::AppState;
use crate::web::views::PartnerView;

#[get("/partners")]
pub async fn list(state: web::Data<AppState>) -> HttpResponse {
    let items: Vec<PartnerView> = state.registry.all().iter().map(|p| PartnerView::new(p, None)).collect();
    HttpResponse::Ok().json(json!({ "items": items }))
}
