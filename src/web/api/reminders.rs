//! `/api/v1/claims/{id}/…` before the hand-over: hand over now, pause, resume, stop, mark
//! paid, a phone call's outcome, a decision on the debtor's answer; and the creditor's
//! reminder flows. Everything is the caller's own only (anything else `404`).

use super::openapi::tags;
use crate::web::error::ErrorBody;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use serde::{Deserialize, Serialize};

use super::{ApiCreditor, JSON_LIMIT, parse_json, read_body};
use crate::cases::reminders::{self, CallInput};
use crate::state::AppState;
use crate::web::error::ApiError;

async fn answer(state: &AppState, creditor: &ApiCreditor, id: &str) -> Result<HttpResponse, ApiError> {
    Ok(HttpResponse::Ok().json(super::claims::load_json(state, &creditor.id, id).await?))
}

#[utoipa::path(
    tag = tags::REMINDERS, security(("api_key" = [])),
    summary = "Hand the claim over now",
    description = "Ends the reminder flow and hands the claim over to its partner today. Only for a claim in the reminder flow.",
    responses(
        (status = 200, description = "The claim", body = super::claims::ClaimJson),
        (status = 401, description = "No valid API key", body = ErrorBody),
        (status = 404, description = "No such claim of the caller's", body = ErrorBody),
        (status = 409, description = "The case is not in a state that allows this", body = ErrorBody),
    )
)]
#[post("/claims/{id}/hand-over")]
pub async fn hand_over(
    state: web::Data<AppState>,
    creditor: ApiCreditor,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    reminders::hand_over_now(&state, &creditor.id, &id, None).await?;
    answer(&state, &creditor, &id).await
}

#[utoipa::path(
    tag = tags::REMINDERS, security(("api_key" = [])),
    summary = "Pause the reminder flow",
    description = "No reminder goes out until the flow is resumed. Only for a claim in the reminder flow.",
    responses(
        (status = 200, description = "The claim", body = super::claims::ClaimJson),
        (status = 401, description = "No valid API key", body = ErrorBody),
        (status = 404, description = "No such claim of the caller's", body = ErrorBody),
        (status = 409, description = "The case is not in a state that allows this", body = ErrorBody),
    )
)]
#[post("/claims/{id}/pause")]
pub async fn pause(
    state: web::Data<AppState>,
    creditor: ApiCreditor,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    reminders::pause(&state, &creditor.id, &id, None).await?;
    answer(&state, &creditor, &id).await
}

#[utoipa::path(
    tag = tags::REMINDERS, security(("api_key" = [])),
    summary = "Resume the reminder flow",
    description = "The flow continues from where it was paused. Only for a claim in the reminder flow.",
    responses(
        (status = 200, description = "The claim", body = super::claims::ClaimJson),
        (status = 401, description = "No valid API key", body = ErrorBody),
        (status = 404, description = "No such claim of the caller's", body = ErrorBody),
        (status = 409, description = "The case is not in a state that allows this", body = ErrorBody),
    )
)]
#[post("/claims/{id}/resume")]
pub async fn resume(
    state: web::Data<AppState>,
    creditor: ApiCreditor,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    reminders::resume(&state, &creditor.id, &id, None).await?;
    answer(&state, &creditor, &id).await
}

#[utoipa::path(
    tag = tags::REMINDERS, security(("api_key" = [])),
    summary = "Stop the reminder flow",
    description = "Stops the reminders for good; the claim is not handed over. Only for a claim in the reminder flow.",
    responses(
        (status = 200, description = "The claim", body = super::claims::ClaimJson),
        (status = 401, description = "No valid API key", body = ErrorBody),
        (status = 404, description = "No such claim of the caller's", body = ErrorBody),
        (status = 409, description = "The case is not in a state that allows this", body = ErrorBody),
    )
)]
#[post("/claims/{id}/stop")]
pub async fn stop(
    state: web::Data<AppState>,
    creditor: ApiCreditor,
    id: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    reminders::stop(&state, &creditor.id, &id, None).await?;
    answer(&state, &creditor, &id).await
}

#[derive(Debug, Default, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct MarkPaid {
    amount: Option<serde_json::Value>,
    received_on: Option<String>,
}

/// `amount` as the API writes money (`{"amount", "currency"}`) or a bare `"100.00"`.
fn amount_text(value: Option<&serde_json::Value>) -> String {
    match value {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(serde_json::Value::Object(o)) => o.get("amount").and_then(|a| a.as_str()).unwrap_or_default().to_string(),
        Some(serde_json::Value::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

#[utoipa::path(
    tag = tags::REMINDERS, security(("api_key" = [])),
    summary = "Mark a reminded claim paid",
    description = "`amount` as Money or a decimal string, `received_on` a date; the flow ends.",
    request_body = MarkPaid,
    responses(
        (status = 200, description = "The claim", body = super::claims::ClaimJson),
        (status = 400, description = "The body or a parameter is malformed; `field` names it", body = ErrorBody),
        (status = 401, description = "No valid API key", body = ErrorBody),
        (status = 404, description = "No such claim of the caller's", body = ErrorBody),
        (status = 409, description = "The case is not in a state that allows this", body = ErrorBody),
        (status = 422, description = "A value is invalid; `field` names it", body = ErrorBody),
    )
)]
#[post("/claims/{id}/mark-paid")]
pub async fn mark_paid(
    state: web::Data<AppState>,
    creditor: ApiCreditor,
    id: web::Path<String>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let body = read_body(&req, payload, JSON_LIMIT).await?;
    let input: MarkPaid = parse_json(&body)?;
    let amount = amount_text(input.amount.as_ref());
    reminders::mark_paid(&state, &creditor.id, &id, &amount, input.received_on.as_deref().unwrap_or(""), None).await?;
    answer(&state, &creditor, &id).await
}

#[derive(Debug, Default, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct CallBody {
    reached: Option<bool>,
    reason: Option<String>,
    promised_on: Option<String>,
    promised_amount: Option<serde_json::Value>,
    notes: Option<String>,
}

#[utoipa::path(
    tag = tags::REMINDERS, security(("api_key" = [])),
    summary = "Record a phone call's outcome",
    description = "`reached`, and when reached the `reason` (`forgot`, `cannot_pay`, `refuses`, `disputes`), a promise (`promised_on`, `promised_amount`) and `notes`.",
    request_body = CallBody,
    responses(
        (status = 201, description = "The claim with the call", body = super::claims::ClaimJson),
        (status = 400, description = "The body or a parameter is malformed; `field` names it", body = ErrorBody),
        (status = 401, description = "No valid API key", body = ErrorBody),
        (status = 404, description = "No such claim of the caller's", body = ErrorBody),
        (status = 409, description = "The case is not in a state that allows this", body = ErrorBody),
        (status = 422, description = "A value is invalid; `field` names it", body = ErrorBody),
    )
)]
#[post("/claims/{id}/calls")]
pub async fn call(
    state: web::Data<AppState>,
    creditor: ApiCreditor,
    id: web::Path<String>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let body = read_body(&req, payload, JSON_LIMIT).await?;
    let input: CallBody = parse_json(&body)?;
    let call = CallInput {
        reached: input.reached,
        reason: input.reason,
        promised_on: input.promised_on,
        promised_amount: input.promised_amount.as_ref().map(|v| amount_text(Some(v))),
        notes: input.notes,
    };
    reminders::record_call(&state, &creditor.id, &id, &call, None).await?;
    Ok(HttpResponse::Created().json(super::claims::load_json(&state, &creditor.id, &id).await?))
}

#[derive(Debug, Default, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct Decision {
    accept: Option<bool>,
}

/// The creditor decides the debtor's answer: `{"accept": true}` confirms "paid" or accepts a
/// plan; `false` denies or rejects it.
#[utoipa::path(
    tag = tags::REMINDERS, security(("api_key" = [])),
    summary = "Decide on the debtor's answer",
    description = "`{\"accept\": true}` confirms \"paid\" or accepts the proposed plan; `false` denies or rejects it.",
    request_body = Decision,
    responses(
        (status = 200, description = "The claim", body = super::claims::ClaimJson),
        (status = 400, description = "The body or a parameter is malformed; `field` names it", body = ErrorBody),
        (status = 401, description = "No valid API key", body = ErrorBody),
        (status = 404, description = "No such claim of the caller's", body = ErrorBody),
        (status = 409, description = "The case is not in a state that allows this", body = ErrorBody),
        (status = 422, description = "A value is invalid; `field` names it", body = ErrorBody),
    )
)]
#[post("/claims/{id}/answers/{answer_id}/decision")]
pub async fn decide(
    state: web::Data<AppState>,
    creditor: ApiCreditor,
    path: web::Path<(String, String)>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let (id, answer_id) = path.into_inner();
    let body = read_body(&req, payload, JSON_LIMIT).await?;
    let input: Decision = parse_json(&body)?;
    let accept = input.accept.ok_or_else(|| ApiError::bad_request("accept", "true or false"))?;
    reminders::decide_answer(&state, &creditor.id, &id, &answer_id, accept, None).await?;
    answer(&state, &creditor, &id).await
}

/// The creditor's reminder flows (the default one first, with `"id": null`).
#[utoipa::path(
    tag = tags::REMINDERS, security(("api_key" = [])),
    summary = "List reminder flows",
    description = "The platform's default flow first (`id` null), then the creditor's own.",
    responses(
        (status = 200, description = "The flows", body = FlowList),
        (status = 401, description = "No valid API key", body = ErrorBody),
    )
)]
#[get("/flows")]
pub async fn flows(state: web::Data<AppState>, creditor: ApiCreditor) -> Result<HttpResponse, ApiError> {
    let lookup = creditor.id.clone();
    let rows = state.db.run(move |c| crate::db::reminders::flows(c, &lookup)).await?;
    let mut items = vec![FlowEntry {
        id: None,
        name: reminders::DEFAULT_FLOW_NAME.to_string(),
        steps: crate::domain::flow::Flow::default_flow().steps().to_vec(),
    }];
    for row in rows {
        let steps = serde_json::from_str(&row.steps_json).unwrap_or_default();
        items.push(FlowEntry { id: Some(row.id), name: row.name, steps });
    }
    Ok(HttpResponse::Ok().json(FlowList { items }))
}

/// The creditor's reminder flows.
#[derive(Serialize, utoipa::ToSchema)]
pub struct FlowList {
    pub items: Vec<FlowEntry>,
}

/// A reminder flow: its steps in days after the due date.
#[derive(Serialize, utoipa::ToSchema)]
pub struct FlowEntry {
    /// `null` for the platform's default flow.
    pub id: Option<String>,
    pub name: String,
    pub steps: Vec<crate::domain::flow::Step>,
}

#[derive(Debug, Default, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct FlowBody {
    name: Option<String>,
    steps: Vec<StepBody>,
}

#[derive(Debug, Default, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct StepBody {
    kind: String,
    offset_days: Option<i64>,
}

/// A new flow: `{"name", "steps": [{"kind": "reminder", "offset_days": 1}, ...]}`.
#[utoipa::path(
    tag = tags::REMINDERS, security(("api_key" = [])),
    summary = "Create a reminder flow",
    description = "Steps in days after the due date (`reminder`, `formal_notice`, `call`, `hand_over`), increasing, with one hand-over as the last step.",
    request_body = FlowBody,
    responses(
        (status = 201, description = "The flow", body = FlowEntry),
        (status = 400, description = "The body or a parameter is malformed; `field` names it", body = ErrorBody),
        (status = 401, description = "No valid API key", body = ErrorBody),
        (status = 422, description = "A value is invalid; `field` names it", body = ErrorBody),
    )
)]
#[post("/flows")]
pub async fn create_flow(
    state: web::Data<AppState>,
    creditor: ApiCreditor,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let body = read_body(&req, payload, JSON_LIMIT).await?;
    let input: FlowBody = parse_json(&body)?;
    let mut steps = Vec::new();
    for (i, s) in input.steps.iter().enumerate() {
        let kind = crate::domain::flow::StepKind::parse(&s.kind).ok_or_else(|| {
            ApiError::bad_request(format!("steps[{i}].kind"), "one of: reminder, formal_notice, call, hand_over")
        })?;
        let offset_days = s
            .offset_days
            .ok_or_else(|| ApiError::bad_request(format!("steps[{i}].offset_days"), "days after the due date"))?;
        steps.push(crate::domain::flow::Step { kind, offset_days });
    }
    let name = input.name.unwrap_or_default();
    let row = crate::cases::reminders::save_flow(&state, &creditor.id, None, &name, steps).await?;
    Ok(HttpResponse::Created().json(FlowEntry {
        id: Some(row.id),
        name: row.name,
        steps: serde_json::from_str(&row.steps_json).unwrap_or_default(),
    }))
}
