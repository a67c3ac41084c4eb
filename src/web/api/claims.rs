//! `/api/v1/claims`: file, list and read claims.

use super::openapi::tags;
use crate::web::error::ErrorBody;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use serde::{Deserialize, Serialize};

use super::{ApiCreditor, JSON_LIMIT, parse_json, read_body};
use crate::cases::conversation::{self, MessageInput};
use crate::cases::money::DirectPaymentInput;
use crate::credentials::sha256_hex;
use crate::db::claims::{self, ClaimFilter};
use crate::domain::claim::ClaimInput;
use crate::domain::country::Country;
use crate::domain::money::Money;
use crate::domain::status::CaseStatus;
use crate::domain::totals::Totals;
use crate::intake::{self, Idempotency};
use crate::state::AppState;
use crate::web::error::ApiError;
use crate::web::views::{ClaimView, ThreadWindow};

pub const DEFAULT_PAGE: i64 = 50;
pub const MAX_PAGE: i64 = 200;

#[utoipa::path(
    tag = tags::CLAIMS, security(("api_key" = [])),
    summary = "File a claim",
    description = "Creditor-side details come from the account. `start: \"reminders\"` runs the reminder flow (`flow`, or the debtor category's, or the default) before the hand-over; the claim then has status `reminding`. An `Idempotency-Key` header makes a retried request return the first result (`Idempotent-Replayed: true`).",
    params(("Idempotency-Key" = Option<String>, Header, description = "1 to 255 visible ASCII characters; the same key and body again answer the first result")),
    request_body = ClaimInput,
    responses(
        (status = 201, description = "Filed; `Location` names it", body = ClaimJson),
        (status = 400, description = "The body or a parameter is malformed; `field` names it", body = ErrorBody),
        (status = 401, description = "No valid API key", body = ErrorBody),
        (status = 409, description = "An invoice was filed before against the same debtor (`existing_claim_id`), or the Idempotency-Key was used with another body", body = ErrorBody),
        (status = 422, description = "A field is invalid, or no licensed partner covers the debtor's country", body = ErrorBody),
    )
)]
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
    let filed = intake::file_claim(&state, &creditor.id, &input, idempotency, None).await?;
    let view = load_json(&state, &creditor.id, &filed.claim_id).await?;
    let mut response = HttpResponse::Created();
    response.insert_header(("Location", format!("/api/v1/claims/{}", filed.claim_id)));
    if filed.replayed {
        response.insert_header(("Idempotent-Replayed", "true"));
    }
    Ok(response.json(view))
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListQuery {
    /// Only claims with this status.
    status: Option<String>,
    /// Only claims against debtors in this country (ISO 3166-1 alpha-2).
    country: Option<String>,
    /// Part of the debtor's name or of an invoice number.
    q: Option<String>,
    /// The `next_cursor` of the page before.
    cursor: Option<String>,
    /// Claims per page, 1 to 200 (default 50).
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
    let search = blank(&query.q);
    if search.as_deref().is_some_and(|q| q.chars().count() > MAX_SEARCH) {
        return Err(("q", format!("search with at most {MAX_SEARCH} characters")));
    }
    let before = blank(&query.cursor);
    if before.as_deref().is_some_and(|c| c.len() > 64 || !c.starts_with("c_")) {
        return Err(("cursor", "not a cursor from this API".into()));
    }
    Ok(ClaimFilter { status, country, search, before, limit })
}

/// The longest search the list takes.
pub const MAX_SEARCH: usize = 100;

impl ListQuery {
    pub fn new(status: Option<String>, country: Option<String>, q: Option<String>, cursor: Option<String>) -> Self {
        Self { status, country, q, cursor, limit: None }
    }
}

/// The totals of every claim of the creditor that matches the filter's status, country and
/// search (all of them, not one page).
pub async fn totals(state: &AppState, creditor_id: &str, filter: &ClaimFilter) -> Result<Totals, ApiError> {
    let (creditor, filter) = (creditor_id.to_string(), filter.clone());
    let figures = state.db.run(move |conn| claims::figures(conn, &creditor, &filter)).await?;
    Ok(Totals::of_groups(&figures))
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
    let (mut rows, open) = state
        .db
        .run(move |conn| {
            let rows = claims::list(conn, &creditor, &filter)?;
            let ids: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
            Ok((rows, crate::db::messages::open_requests(conn, &ids)?))
        })
        .await?;
    let more = rows.len() as i64 > page_size;
    rows.truncate(page_size as usize);
    let next = if more { rows.last().map(|r| r.id.clone()) } else { None };
    let mut items = rows
        .iter()
        .map(|row| ClaimView::summary(row, &state.registry))
        .collect::<anyhow::Result<Vec<_>>>()
        .map_err(ApiError::Internal)?;
    // the pages' "Needs your answer" and the API's `needs_answer` come from here alike
    for item in &mut items {
        item.needs_answer = Some(open.iter().any(|(claim, _)| *claim == item.id));
    }
    Ok((items, next))
}

#[utoipa::path(
    tag = tags::CLAIMS, security(("api_key" = [])),
    summary = "List claims",
    description = "The caller's claims, newest first, a page at a time: pass `next_cursor` as `cursor` for the next page. `totals` count every claim that matches the filters.",
    params(ListQuery),
    responses(
        (status = 200, description = "One page", body = ClaimList),
        (status = 400, description = "The body or a parameter is malformed; `field` names it", body = ErrorBody),
        (status = 401, description = "No valid API key", body = ErrorBody),
    )
)]
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
    let totals = totals(&state, &creditor.id, &filter).await?;
    let (items, next_cursor) = page(&state, &creditor.id, filter).await?;
    Ok(HttpResponse::Ok().json(ClaimList { items, next_cursor, totals }))
}

/// One page of the creditor's claims, newest first.
#[derive(Serialize, utoipa::ToSchema)]
pub struct ClaimList {
    /// Summaries: without invoices, events and the case file.
    pub items: Vec<ClaimView>,
    /// Pass as `cursor` for the next page; `null` on the last one.
    pub next_cursor: Option<String>,
    /// Of every claim that matches the filters, not only this page.
    pub totals: Totals,
}

/// A claim as `GET /api/v1/claims/{id}` answers it: the claim with its case file, and before
/// the hand-over its reminders and next step. What a user of the company did carries
/// `"by": {"name"}`.
#[derive(Serialize, utoipa::ToSchema)]
pub struct ClaimJson {
    #[serde(flatten)]
    pub claim: ClaimView,
    /// Each reminder sent before the hand-over.
    pub reminders: Vec<crate::cases::reminders::ReminderView>,
    /// What the reminder flow does next, and when.
    pub next_step: Option<crate::cases::reminders::NextStepView>,
    /// The claim's reminder flow, when it started with reminders.
    pub reminder_flow: Option<crate::cases::reminders::FlowView>,
}

#[utoipa::path(
    tag = tags::CLAIMS, security(("api_key" = [])),
    summary = "Read a claim",
    description = "The claim with its invoices, events (oldest first), quotes, and after the hand-over its messages, open requests, documents, payments, payouts, promises and balance; before it, its reminders and next step.",
    responses(
        (status = 200, description = "The claim", body = ClaimJson),
        (status = 401, description = "No valid API key", body = ErrorBody),
        (status = 404, description = "No such claim of the caller's", body = ErrorBody),
    )
)]
#[get("/claims/{id}")]
pub async fn show(
    state: web::Data<AppState>,
    creditor: ApiCreditor,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(load_json(&state, &creditor.id, &id).await?))
}

/// The claim's JSON as `GET /claims/{id}` answers it: with who did what, and before the
/// hand-over its `reminders` (each sent reminder) and `next_step` (`{"kind", "due_on"}`).
pub async fn load_json(state: &AppState, creditor_id: &str, id: &str) -> Result<serde_json::Value, ApiError> {
    let view = load(state, creditor_id, id).await?;
    let (lookup, claim_id) = (creditor_id.to_string(), view.id.clone());
    let actors = state.db.run(move |conn| crate::db::users::actors_of_claim(conn, &lookup, &claim_id)).await?;
    let currency = view.principal.currency().code().to_string();
    let flow = crate::cases::reminders::view(state, &view.id, &currency).await?;
    let claim = ClaimJson {
        reminders: flow.as_ref().map(|f| f.reminders.clone()).unwrap_or_default(),
        next_step: flow.as_ref().and_then(|f| f.next_step.clone()),
        reminder_flow: flow,
        claim: view,
    };
    with_actors(&claim, &claim.claim.thread, &actors).map_err(|e| ApiError::Internal(e.into()))
}

/// The claim's JSON with `"by": {"name"}` on what a user of the company did: its events
/// (filed, withdrawn, a new quote accepted), messages, documents and payments. Absent where
/// nobody is named: over the API, by the partner or the platform.
pub fn with_actors(
    view: &impl Serialize,
    thread: &[crate::web::views::EventView],
    actors: &[(String, String)],
) -> Result<serde_json::Value, serde_json::Error> {
    let mut json = serde_json::to_value(view)?;
    for entry in thread {
        let Some((_, name)) = actors.iter().find(|(event, _)| *event == entry.id) else { continue };
        let by = serde_json::json!({ "name": name });
        let (field, id) = match entry.kind.as_str() {
            "status" => ("events", Some(entry.id.as_str())),
            "message" => ("messages", entry.ref_id.as_deref()),
            "document" => ("documents", entry.ref_id.as_deref()),
            "payment" => ("payments", entry.ref_id.as_deref()),
            _ => continue,
        };
        let Some(items) = json.get_mut(field).and_then(|l| l.as_array_mut()) else { continue };
        for item in items.iter_mut().filter(|item| id.is_some() && item.get("id").and_then(|i| i.as_str()) == id) {
            item["by"] = by.clone();
        }
    }
    Ok(json)
}

#[utoipa::path(
    tag = tags::CLAIMS, security(("api_key" = [])),
    summary = "Withdraw a claim",
    description = "Stops the case; the partner is told through the durable delivery.",
    responses(
        (status = 200, description = "Withdrawn", body = ClaimView),
        (status = 401, description = "No valid API key", body = ErrorBody),
        (status = 404, description = "No such claim of the caller's", body = ErrorBody),
        (status = 409, description = "The case is already closed", body = ErrorBody),
    )
)]
#[post("/claims/{id}/withdraw")]
pub async fn withdraw(
    state: web::Data<AppState>,
    creditor: ApiCreditor,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    withdraw_claim(&state, &creditor.id, &id, None).await?;
    Ok(HttpResponse::Ok().json(load(&state, &creditor.id, &id).await?))
}

/// Stops one of the creditor's cases and tells the partner through the outbox.
/// `actor`: the creditor's user who withdrew it (none over the API).
pub async fn withdraw_claim(
    state: &AppState,
    creditor_id: &str,
    id: &str,
    actor: Option<&str>,
) -> Result<(), ApiError> {
    let (creditor, claim, now) = (creditor_id.to_string(), id.to_string(), state.now());
    let actor = actor.map(str::to_string);
    let outcome = state.db.run(move |conn| claims::withdraw(conn, &creditor, &claim, now, actor.as_deref())).await?;
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
    let (detail, file) = load_detail(state, creditor_id, id).await?;
    let view = ClaimView::detail(&detail, &state.registry).map_err(ApiError::Internal)?;
    finish_view(state, &detail, view, file).await
}

/// [`load`] with the part of the thread the case page shows ([`ThreadWindow`]: the newest
/// entries, or those before the entry `before`), and which part that is.
pub async fn load_window(
    state: &AppState,
    creditor_id: &str,
    id: &str,
    before: Option<i64>,
) -> Result<(ClaimView, ThreadWindow), ApiError> {
    let (detail, file) = load_detail(state, creditor_id, id).await?;
    let seqs: Vec<i64> = detail.events.iter().map(|e| e.seq).collect();
    let window = ThreadWindow::of(&seqs, before);
    let view = ClaimView::detail_of(&detail, &state.registry, window.start..window.end).map_err(ApiError::Internal)?;
    Ok((finish_view(state, &detail, view, file).await?, window))
}

/// The creditor's claim with its invoices, events and case file; `NotFound` for any other.
async fn load_detail(
    state: &AppState,
    creditor_id: &str,
    id: &str,
) -> Result<(claims::ClaimDetail, crate::cases::file::CaseFile), ApiError> {
    if id.len() > 64 {
        return Err(ApiError::NotFound);
    }
    let (creditor, claim, today) = (creditor_id.to_string(), id.to_string(), state.today());
    state
        .db
        .run(move |conn| {
            let Some(detail) = claims::get(conn, &creditor, &claim)? else { return Ok(None) };
            let Some(brief) = claims::brief(conn, &claim)? else { return Ok(None) };
            let file = crate::cases::file::load(conn, &brief, today)?;
            Ok(Some((detail, file)))
        })
        .await?
        .ok_or(ApiError::NotFound)
}

/// Adds the case file and the quotes to a claim's view.
async fn finish_view(
    state: &AppState,
    detail: &claims::ClaimDetail,
    mut view: ClaimView,
    file: crate::cases::file::CaseFile,
) -> Result<ClaimView, ApiError> {
    view.file = Some(file);
    view.quotes = Some(crate::cases::reroute::quotes_of(state, detail).await?);
    Ok(view)
}

/// One of the creditor's cases, briefly; 404 for anyone else's.
pub async fn brief_of(state: &AppState, creditor_id: &str, id: &str) -> Result<claims::CaseBrief, ApiError> {
    let lookup = id.to_string();
    let brief = state.db.run(move |conn| claims::brief(conn, &lookup)).await?;
    brief.filter(|b| b.creditor_id == creditor_id).ok_or(ApiError::NotFound)
}

/// The body of the proposal's endpoints.
#[derive(Debug, Default, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct ProposalInput {
    pub partner_id: String,
    /// Optional: the proposal's `id`, so that a proposal replaced meanwhile is not accepted.
    pub proposal_id: Option<String>,
}

/// `POST /api/v1/claims/{id}/proposal/accept`: the creditor accepts the new quote of a
/// declined case (`{"partner_id": ...}` of the proposal); the case goes to that partner.
#[utoipa::path(
    tag = tags::CLAIMS, security(("api_key" = [])),
    summary = "Accept the proposed quote of a declined case",
    description = "`{\"partner_id\"}` of the proposal (and optionally its `proposal_id`, so that a proposal replaced meanwhile is not accepted); the case goes to that partner.",
    request_body = ProposalInput,
    responses(
        (status = 200, description = "Accepted; the case is handed over again", body = ClaimView),
        (status = 400, description = "The body or a parameter is malformed; `field` names it", body = ErrorBody),
        (status = 401, description = "No valid API key", body = ErrorBody),
        (status = 404, description = "No such claim of the caller's", body = ErrorBody),
        (status = 409, description = "The case is not in a state that allows this", body = ErrorBody),
        (status = 422, description = "A value is invalid; `field` names it", body = ErrorBody),
    )
)]
#[post("/claims/{id}/proposal/accept")]
pub async fn accept_proposal(
    state: web::Data<AppState>,
    creditor: ApiCreditor,
    id: web::Path<String>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let body = read_body(&req, payload, JSON_LIMIT).await?;
    let input: ProposalInput = parse_json(&body)?;
    crate::cases::reroute::accept(&state, &creditor.id, &id, &input.partner_id, input.proposal_id.as_deref(), None)
        .await?;
    Ok(HttpResponse::Ok().json(load(&state, &creditor.id, &id).await?))
}

/// `POST /api/v1/claims/{id}/proposal`: the creditor asks for another eligible partner's
/// quote (`{"partner_id": ...}`) instead of the one proposed; it becomes the proposal.
#[utoipa::path(
    tag = tags::CLAIMS, security(("api_key" = [])),
    summary = "Ask for another partner's quote for a declined case",
    description = "The quote of the eligible partner named by `partner_id` becomes the proposal.",
    request_body = ProposalInput,
    responses(
        (status = 200, description = "The claim with its new proposal", body = ClaimView),
        (status = 400, description = "The body or a parameter is malformed; `field` names it", body = ErrorBody),
        (status = 401, description = "No valid API key", body = ErrorBody),
        (status = 404, description = "No such claim of the caller's", body = ErrorBody),
        (status = 409, description = "Only a declined case is priced with another partner", body = ErrorBody),
        (status = 422, description = "A value is invalid; `field` names it", body = ErrorBody),
    )
)]
#[post("/claims/{id}/proposal")]
pub async fn choose_proposal(
    state: web::Data<AppState>,
    creditor: ApiCreditor,
    id: web::Path<String>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let body = read_body(&req, payload, JSON_LIMIT).await?;
    let input: ProposalInput = parse_json(&body)?;
    if input.partner_id.trim().is_empty() {
        return Err(ApiError::Unprocessable {
            message: "partner_id: name the partner whose quote you want".into(),
            field: Some("partner_id".into()),
        });
    }
    match crate::cases::reroute::choose(&state, &creditor.id, &id, &input.partner_id).await? {
        crate::cases::reroute::Outcome::NotDeclined => {
            Err(ApiError::Conflict("only a declined case is priced with another partner".into()))
        }
        _ => Ok(HttpResponse::Ok().json(load(&state, &creditor.id, &id).await?)),
    }
}

#[utoipa::path(
    tag = tags::CASE, security(("api_key" = [])),
    summary = "Send the partner a message",
    description = "`in_reply_to` answers one of the partner's messages (an information request); `document_ids` attach documents of the case. It reaches the partner through the durable delivery.",
    request_body = MessageInput,
    responses(
        (status = 201, description = "The message", body = crate::cases::file::MessageView),
        (status = 400, description = "The body or a parameter is malformed; `field` names it", body = ErrorBody),
        (status = 401, description = "No valid API key", body = ErrorBody),
        (status = 404, description = "No such claim of the caller's", body = ErrorBody),
        (status = 409, description = "The case is not in a state that allows this", body = ErrorBody),
        (status = 422, description = "A value is invalid; `field` names it", body = ErrorBody),
    )
)]
#[post("/claims/{id}/messages")]
pub async fn post_message(
    state: web::Data<AppState>,
    creditor: ApiCreditor,
    id: web::Path<String>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let body = read_body(&req, payload, JSON_LIMIT).await?;
    let input: MessageInput = parse_json(&body)?;
    let row = conversation::post_from_creditor(&state, &creditor.id, &id, &input, None).await?;
    let view = load(&state, &creditor.id, &id).await?;
    let message = view.file.as_ref().and_then(|f| f.messages.iter().find(|m| m.id == row.id).cloned());
    Ok(HttpResponse::Created().json(message))
}

#[utoipa::path(
    tag = tags::CASE, security(("api_key" = [])),
    summary = "Report a payment made to the creditor directly",
    description = "The debtor paid the creditor; the partner is told, so that it stops chasing that amount.",
    request_body = DirectPaymentInput,
    responses(
        (status = 201, description = "Recorded", body = DirectPaymentAnswer),
        (status = 400, description = "The body or a parameter is malformed; `field` names it", body = ErrorBody),
        (status = 401, description = "No valid API key", body = ErrorBody),
        (status = 404, description = "No such claim of the caller's", body = ErrorBody),
        (status = 409, description = "The case is not in a state that allows this", body = ErrorBody),
        (status = 422, description = "A value is invalid; `field` names it", body = ErrorBody),
    )
)]
#[post("/claims/{id}/direct-payments")]
pub async fn direct_payment(
    state: web::Data<AppState>,
    creditor: ApiCreditor,
    id: web::Path<String>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let body = read_body(&req, payload, JSON_LIMIT).await?;
    let input: DirectPaymentInput = parse_json(&body)?;
    let (_, payment_id) = crate::cases::money::report_direct_payment(&state, &creditor.id, &id, &input, None).await?;
    let view = load(&state, &creditor.id, &id).await?;
    let payment = view.file.as_ref().and_then(|f| f.payments.iter().find(|p| p.id == payment_id).cloned());
    Ok(HttpResponse::Created().json(DirectPaymentAnswer { payment, balance: view.file.map(|f| f.balance) }))
}

/// The answer to a direct payment: the payment as recorded, and the case's balance after it.
#[derive(Serialize, utoipa::ToSchema)]
pub struct DirectPaymentAnswer {
    pub payment: Option<crate::cases::file::PaymentView>,
    pub balance: Option<crate::cases::file::BalanceView>,
}

/// `GET /api/v1/claims/{id}/statement`: the case's money, line by line.
#[derive(Serialize, utoipa::ToSchema)]
pub struct Statement {
    pub claim_id: String,
    pub currency: crate::domain::money::Currency,
    pub lines: Vec<StatementLineView>,
    pub balance: StatementBalance,
}

/// One line of the statement.
#[derive(Serialize, utoipa::ToSchema)]
pub struct StatementLineView {
    /// `YYYY-MM-DD`
    pub date: String,
    pub kind: crate::domain::ledger::LineKind,
    /// The kind in words.
    pub label: &'static str,
    pub description: String,
    pub reference: String,
    pub amount: Money,
    pub costs: Money,
    pub interest: Money,
    pub principal: Money,
    pub paid_out: Money,
    pub commission: Money,
    pub outstanding_after: Money,
}

/// The balance after the last line.
#[derive(Serialize, utoipa::ToSchema)]
pub struct StatementBalance {
    pub principal: Money,
    pub costs_recovered: Money,
    pub interest_recovered: Money,
    pub principal_recovered: Money,
    pub collected: Money,
    pub paid_out: Money,
    pub partner_commission: Money,
    pub outstanding: Money,
}

#[utoipa::path(
    tag = tags::CASE, security(("api_key" = [])),
    summary = "The case's statement",
    description = "The case's money line by line: JSON, or CSV with `Accept: text/csv`.",
    responses(
        (status = 200, description = "The statement", content(
            (Statement = "application/json"),
            (String = "text/csv"),
        )),
        (status = 401, description = "No valid API key", body = ErrorBody),
        (status = 404, description = "No such claim of the caller's", body = ErrorBody),
    )
)]
#[get("/claims/{id}/statement")]
pub async fn statement(
    state: web::Data<AppState>,
    creditor: ApiCreditor,
    id: web::Path<String>,
    req: HttpRequest,
) -> Result<HttpResponse, ApiError> {
    let brief = brief_of(&state, &creditor.id, &id).await?;
    let wants_csv = req
        .headers()
        .get(actix_web::http::header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("text/csv"));
    statement_response(&state, brief, wants_csv).await
}

/// The statement as JSON, or as a CSV download; shared with the case page.
pub async fn statement_response(
    state: &AppState,
    brief: claims::CaseBrief,
    csv: bool,
) -> Result<HttpResponse, ApiError> {
    let currency = crate::domain::money::Currency::parse(&brief.currency)
        .map_err(|e| ApiError::Internal(anyhow::anyhow!("{e}")))?;
    let claim = brief.clone();
    let (lines, balance) = state.db.run(move |conn| crate::cases::file::statement(conn, &claim)).await?;
    if csv {
        let body = crate::domain::ledger::statement_csv(&lines, currency);
        return Ok(HttpResponse::Ok()
            .content_type("text/csv; charset=utf-8")
            .insert_header((
                actix_web::http::header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"statement-{}.csv\"", brief.id),
            ))
            .body(body));
    }
    let m = |minor| Money::from_minor(minor, currency);
    let lines = lines
        .iter()
        .map(|l| StatementLineView {
            date: l.date.to_string(),
            kind: l.kind,
            label: l.kind.label(),
            description: l.description.clone(),
            reference: l.reference.clone(),
            amount: m(l.amount),
            costs: m(l.costs),
            interest: m(l.interest),
            principal: m(l.principal),
            paid_out: m(l.paid_out),
            commission: m(l.commission),
            outstanding_after: m(l.outstanding_after),
        })
        .collect();
    Ok(HttpResponse::Ok().json(Statement {
        claim_id: brief.id,
        currency,
        lines,
        balance: StatementBalance {
            principal: m(balance.principal),
            costs_recovered: m(balance.costs_recovered),
            interest_recovered: m(balance.interest_recovered),
            principal_recovered: m(balance.principal_recovered),
            collected: m(balance.collected),
            paid_out: m(balance.paid_out),
            partner_commission: m(balance.partner_commission),
            outstanding: m(balance.outstanding),
        },
    }))
}
