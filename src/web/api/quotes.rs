//! `POST /api/v1/quotes`: an instant quote, no account needed. The portal's quote page and
//! the claim form's cost preview make their quotes through [`quote_for`] too.

use super::openapi::tags;
use crate::web::error::ErrorBody;
use actix_web::{HttpRequest, HttpResponse, post, web};
use serde::Deserialize;

use super::{JSON_LIMIT, parse_json, read_body};
use crate::domain::quote::{Quote, QuoteInput, QuoteRequest, quote};
use crate::domain::routing::NoCoverage;
use crate::domain::validation::FieldErrors;
use crate::state::AppState;
use crate::web::error::ApiError;

/// Why no quote could be made.
#[derive(Debug, thiserror::Error)]
pub enum QuoteError {
    #[error("the quote request has invalid fields")]
    Invalid(FieldErrors),
    #[error(transparent)]
    NoCoverage(#[from] NoCoverage),
}

impl QuoteError {
    /// Every problem as field errors: no coverage is a problem with `debtor.country`.
    pub fn into_field_errors(self) -> FieldErrors {
        match self {
            Self::Invalid(errors) => errors,
            Self::NoCoverage(e) => {
                let mut errors = FieldErrors::new();
                errors.add_explained("debtor.country", &e);
                errors
            }
        }
    }
}

impl From<QuoteError> for ApiError {
    fn from(e: QuoteError) -> Self {
        match e {
            QuoteError::Invalid(errors) => Self::Invalid(errors),
            QuoteError::NoCoverage(e) => {
                Self::Unprocessable { message: e.to_string(), field: Some("debtor.country".into()) }
            }
        }
    }
}

/// Checks `input` and prices it with the registry and rules the portal runs with, as of
/// the quote's date (today unless `as_of` says otherwise).
pub fn quote_for(state: &AppState, input: &QuoteInput) -> Result<Quote, QuoteError> {
    let request = QuoteRequest::parse(input, state.today()).map_err(QuoteError::Invalid)?;
    Ok(quote(state.registry.all(), &state.rules, &request, &state.standings())?)
}

/// `?detail=`: the whole quote (`full`, the default) or the quote in short (`summary`).
#[derive(Debug, Default, Deserialize)]
pub struct QuoteQuery {
    detail: Option<String>,
}

/// Room for a summary (about 2 KB with three alternatives), so it is written without growing
/// the buffer.
const SUMMARY_CAPACITY: usize = 4 * 1024;

#[utoipa::path(
    tag = tags::QUOTES,
    summary = "Get a quote",
    description = "No account needed. The licensed partner routing recommends for the debtor's country, what it costs if collected and if not, what is claimable from the debtor (late interest, compensation), and the other licensed partners as `alternatives`. `as_of` defaults to today.",
    params(("detail" = Option<String>, Query, description = "`full` (the default): the whole quote as documented here; `summary`: the same figures in short (partner, the cost's two totals, the claimable totals, score, reason and alternatives' partner, cost and score, warnings), without the periods, rates, rules and notes")),
    request_body = QuoteInput,
    responses(
        (status = 200, description = "The quote", body = Quote),
        (status = 400, description = "The body or a parameter (`detail`) is malformed; `field` names it", body = ErrorBody),
        (status = 422, description = "A field is invalid, or no licensed partner covers the country", body = ErrorBody),
    )
)]
#[post("/quotes")]
pub async fn create(
    state: web::Data<AppState>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let query = web::Query::<QuoteQuery>::from_query(req.query_string())
        .map_err(|_| ApiError::bad_request("detail", "the query string cannot be read"))?;
    let summary = match query.detail.as_deref() {
        None | Some("full") => false,
        Some("summary") => true,
        Some(_) => return Err(ApiError::bad_request("detail", "must be full or summary")),
    };
    let body = read_body(&req, payload, JSON_LIMIT).await?;
    let input: QuoteInput = parse_json(&body)?;
    let quote = quote_for(&state, &input)?;
    let json = match summary {
        true => {
            let mut json = Vec::with_capacity(SUMMARY_CAPACITY);
            serde_json::to_writer(&mut json, &quote.summary()).map_err(|e| ApiError::Internal(e.into()))?;
            json
        }
        false => super::quote_json::full(&quote),
    };
    Ok(HttpResponse::Ok().insert_header(actix_web::http::header::ContentType::json()).body(json))
}
