//! `/api/v1/claims`: file, list and read claims.

use actix_web::{HttpRequest, HttpResponse, get, post, web};
use serde::Deserialize;
use serde_json::json;

use super::{ApiCreditor, JSON_LIMIT, parse_json, read_body};
use crate::credentials::sha256_hex;
use crate::db::claims::{self, ClaimFilter};
use crate::domain::claim::ClaimInput;
use crate::domain::country::Country;
use crate::domain::status::CaseStatus;
use crate::intake::{self, Idempotency};
use crate::state::AppState;
use crate::web::error::ApiError;
use crate::web::views::ClaimView;

pub const DEFAULT_PAGE: i64 = 50;
pub const MAX_PAGE: i64 = 200;

#[post("/claims")]
pub async fn create(
    state: web::Data<AppState>,
    creditor: ApiCreditor,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let body = read_body(&req, payload, JSON_LIMIT).await?;
    let idempotency =
        match req.headers().get("Idempotency-Key") {
            None => None,
            Some(value) => {
                let key =
                    value.to_str().ok().map(str::trim).filter(|k| !k.is_empty() && k.len() <= 255).ok_or_else(
                        || ApiError::bad_request("Idempotency-Key", "use 1 to 255 visible ASCII characters"),
                    )?;
                Some(Idempotency { key: key.to_string(), request_hash: sha256_hex(&body) })
            }
        };
    let input: ClaimInput = parse_json(&body)?;
    let filed = intake::file_claim(&state, &creditor.id, &input, idempotency).await?;
    let view = load(&state, &creditor.id, &filed.claim_id).await?;
    let mut response = HttpResponse::Created();
    response.insert_header(("Location", format!("/api/v1/claims/{}", filed.claim_id)));
    if filed.replayed {
        response.insert_header(("Idempotent-Replayed", "true"));
    }
    Ok(response.json(view))
}

#[derive(Debug, Deserialize)]
pub struct ListQuery {
    status: Option<String>,
    country: Option<String>,
    cursor: Option<String>,
    limit: Option<String>,
}

/// Checks list filters; shared with the portal's claims page.
pub fn filter_of(query: &ListQuery, limit: i64) -> Result<ClaimFilter, (&'static str, String)> {
    let blank = |v: &Option<String>| v.as_deref().map(str::trim).filter(|v| !v.is_empty()).map(str::to_string);
    let status = match blank(&query.status) {
        None => None,
        Some(s) => {
            Some(CaseStatus::parse(&s).ok_or(("status", format!("\"{s}\" is not a case status")))?.as_str().to_string())
        }
    };
    let country = match blank(&query.country) {
        None => None,
        Some(c) => Some(Country::parse(&c).map_err(|e| ("country", e.to_string()))?.code().to_string()),
    };
    let before = blank(&query.cursor);
    if before.as_deref().is_some_and(|c| c.len() > 64 || !c.starts_with("c_")) {
        return Err(("cursor", "not a cursor from this API".into()));
    }
    Ok(ClaimFilter { status, country, before, limit })
}

impl ListQuery {
    pub fn new(status: Option<String>, country: Option<String>, cursor: Option<String>) -> Self {
        Self { status, country, cursor, limit: None }
    }
}

/// One page of a creditor's claims and the cursor of the next, if there is one.
pub async fn page(
    state: &AppState,
    creditor_id: &str,
    mut filter: ClaimFilter,
) -> Result<(Vec<ClaimView>, Option<String>), ApiError> {
    let page_size = filter.limit;
    filter.limit = page_size + 1;
    let creditor = creditor_id.to_string();
    let mut rows = state.db.run(move |conn| claims::list(conn, &creditor, &filter)).await?;
    let more = rows.len() as i64 > page_size;
    rows.truncate(page_size as usize);
    let next = if more { rows.last().map(|r| r.id.clone()) } else { None };
    let items = rows
        .iter()
        .map(|row| ClaimView::summary(row, &state.registry))
        .collect::<anyhow::Result<Vec<_>>>()
        .map_err(ApiError::Internal)?;
    Ok((items, next))
}

#[get("/claims")]
pub async fn list(
    state: web::Data<AppState>,
    creditor: ApiCreditor,
    query: web::Query<ListQuery>,
) -> Result<HttpResponse, ApiError> {
    let limit = match query.limit.as_deref() {
        None => DEFAULT_PAGE,
        Some(l) => l
            .parse::<i64>()
            .ok()
            .filter(|l| (1..=MAX_PAGE).contains(l))
            .ok_or_else(|| ApiError::bad_request("limit", format!("a whole number from 1 to {MAX_PAGE}")))?,
    };
    let filter = filter_of(&query, limit).map_err(|(field, message)| ApiError::bad_request(field, message))?;
    let (items, next_cursor) = page(&state, &creditor.id, filter).await?;
    Ok(HttpResponse::Ok().json(json!({ "items": items, "next_cursor": next_cursor })))
}

#[get("/claims/{id}")]
pub async fn show(
    state: web::Data<AppState>,
    creditor: ApiCreditor,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(load(&state, &creditor.id, &id).await?))
}

#[post("/claims/{id}/withdraw")]
pub async fn withdraw(
    state: web::Data<AppState>,
    creditor: ApiCreditor,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    withdraw_claim(&state, &creditor.id, &id).await?;
    Ok(HttpResponse::Ok().json(load(&state, &creditor.id, &id).await?))
}

/// Stops one of the creditor's cases and tells the partner through the outbox.
pub async fn withdraw_claim(state: &AppState, creditor_id: &str, id: &str) -> Result<(), ApiError> {
    let (creditor, claim) = (creditor_id.to_string(), id.to_string());
    let outcome = state.db.run(move |conn| claims::withdraw(conn, &creditor, &claim, crate::db::now_micros())).await?;
    match outcome {
        claims::Withdrawal::Done => {
            state.dispatch.wake();
            state.live.kick();
            Ok(())
        }
        claims::Withdrawal::Closed(status) => {
            Err(ApiError::Conflict(format!("the case is already closed ({}); it cannot be withdrawn", status.as_str())))
        }
        claims::Withdrawal::NoClaim => Err(ApiError::NotFound),
    }
}

/// One of the creditor's claims with invoices and events; 404 for anyone else's.
pub async fn load(state: &AppState, creditor_id: &str, id: &str) -> Result<ClaimView, ApiError> {
    if id.len() > 64 {
        return Err(ApiError::NotFound);
    }
    let (creditor, claim) = (creditor_id.to_string(), id.to_string());
    let detail = state.db.run(move |conn| claims::get(conn, &creditor, &claim)).await?.ok_or(ApiError::NotFound)?;
    ClaimView::detail(&detail, &state.registry).map_err(ApiError::Internal)
}
