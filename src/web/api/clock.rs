//! `GET /api/v1/clock`: the application's clock, when it runs as a test clock
//! (`TEST_CLOCK=true`), so that the sandbox partner lives its cases on the same days as the
//! portal; a `404` otherwise.

use actix_web::{HttpResponse, get, web};
use serde_json::json;

use crate::state::AppState;
use crate::web::error::ApiError;

#[get("/clock")]
pub async fn show(state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    if !state.clock.is_adjustable() {
        return Err(ApiError::NotFound);
    }
    Ok(HttpResponse::Ok().json(json!({
        "now": state.clock.now().to_rfc3339_opts(chrono::SecondsFormat::Micros, true),
        "today": state.today().to_string(),
        "offset_days": state.clock.offset().num_days(),
    })))
}
