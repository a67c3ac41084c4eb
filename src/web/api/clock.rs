//! `GET /api/v1/clock`: the application's clock, when it runs as a test clock
//! (`TEST_CLOCK=true`), so that the sandbox partner lives its cases on the same days as the
//! portal; a `404` otherwise.

use super::openapi::tags;
use crate::web::error::ErrorBody;
use actix_web::{HttpResponse, get, web};

use crate::state::AppState;
use crate::web::error::ApiError;

#[utoipa::path(
    tag = tags::CLOCK,
    summary = "The application's test clock",
    description = "Only when the portal runs with a test clock (`TEST_CLOCK=true`), so that the sandbox partner lives its cases on the same days; `404` otherwise.",
    responses(
        (status = 200, description = "The clock", body = Clock),
        (status = 404, description = "The portal runs on the real clock", body = ErrorBody),
    )
)]
#[get("/clock")]
pub async fn show(state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    if !state.clock.is_adjustable() {
        return Err(ApiError::NotFound);
    }
    Ok(HttpResponse::Ok().json(Clock {
        now: state.clock.now().to_rfc3339_opts(chrono::SecondsFormat::Micros, true),
        today: state.today().to_string(),
        offset_days: state.clock.offset().num_days(),
    }))
}

/// The application's clock.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct Clock {
    /// RFC 3339, UTC.
    pub now: String,
    /// `YYYY-MM-DD`
    pub today: String,
    /// How many days the test clock has been moved ahead.
    pub offset_days: i64,
}
