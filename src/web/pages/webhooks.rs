//! `/account/webhooks`: the company's endpoints for messages to its own systems, each with
//! its delivery log. Everyone of the company sees them; administrators add, rotate, delete,
//! replay and send test events, through the same operations as the API
//! (`crate::cases::webhooks`). A new secret is shown once, on the page that answers the form.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, get, post, web};
use askama::Template;

use crate::cases::CaseError;
use crate::cases::webhooks::{self, WebhookError};
use crate::db::webhooks::{EndpointRow, event};
use crate::domain::validation::FieldErrors;
use crate::state::AppState;
use crate::web::error::{PageError, render_with};
use crate::web::forms::FormData;
use crate::web::see_other;
use crate::web::session::{CSRF_FIELD, Layout, SignedIn};
use crate::web::views::rfc3339;

struct AttemptLine {
    at: String,
    code: String,
    duration_ms: i64,
    error: String,
}

struct MessageLine {
    id: String,
    event: String,
    created: String,
    state: &'static str,
    attempts: Vec<AttemptLine>,
}

struct EndpointLine {
    id: String,
    url: String,
    events: Vec<String>,
    created: String,
    /// Until when the previous secret is valid too, after a rotation.
    previous_until: Option<String>,
    log: Vec<MessageLine>,
}

#[derive(Template)]
#[template(path = "webhooks/page.html")]
struct WebhooksPage {
    layout: Layout,
    admin: bool,
    endpoints: Vec<EndpointLine>,
    /// A secret just made: (endpoint id, `whsec_...`), shown this once.
    new_secret: Option<(String, String)>,
    errors: FieldErrors,
    url: String,
    /// Every event, and whether the form has it ticked.
    choices: Vec<(&'static str, bool)>,
}

impl WebhooksPage {
    fn state_key(state: &str) -> &'static str {
        match state {
            "delivered" => "webhooks-state-delivered",
            "failed" => "webhooks-state-failed",
            "cancelled" => "webhooks-state-cancelled",
            _ => "webhooks-state-pending",
        }
    }

    fn event_key(name: &str) -> &'static str {
        match name {
            event::STATUS_CHANGED => "webhooks-event-status-changed",
            event::MESSAGE => "webhooks-event-message",
            event::PAYMENT => "webhooks-event-payment",
            event::PAYOUT => "webhooks-event-payout",
            _ => "webhooks-event-closed",
        }
    }
}

fn when(layout: &Layout, micros: i64) -> String {
    layout.when(&rfc3339(micros))
}

async fn render(
    state: &AppState,
    user: &SignedIn,
    new_secret: Option<(String, String)>,
    form: Option<&FormData>,
    errors: FieldErrors,
) -> Result<HttpResponse, PageError> {
    let layout = &user.visitor.layout;
    let rows: Vec<EndpointRow> = webhooks::list(state, &user.creditor_id).await.map_err(page_error)?;
    let mut endpoints = Vec::new();
    for row in rows {
        let log = webhooks::log(state, &user.creditor_id, &row.id).await.map_err(page_error)?;
        let now = state.now();
        endpoints.push(EndpointLine {
            log: log
                .into_iter()
                .map(|m| MessageLine {
                    id: m.message.id.clone(),
                    event: m.message.event_type.clone(),
                    created: when(layout, m.message.created_at),
                    state: m.state,
                    attempts: m
                        .attempts
                        .iter()
                        .map(|a| AttemptLine {
                            at: when(layout, a.attempted_at),
                            code: a.status_code.map_or_else(|| "—".to_string(), |c| c.to_string()),
                            duration_ms: a.duration_ms,
                            error: a.error.clone().unwrap_or_default(),
                        })
                        .collect(),
                })
                .collect(),
            events: row.events(),
            created: when(layout, row.created_at),
            previous_until: row.previous_until.filter(|until| *until > now).map(|until| when(layout, until)),
            url: row.url,
            id: row.id,
        });
    }
    let ticked = |e: &str| form.is_none_or(|f| f.0.iter().any(|(k, v)| k == "events" && v == e));
    let view = WebhooksPage {
        layout: user.visitor.layout.clone(),
        admin: user.user.is_admin(),
        endpoints,
        new_secret,
        url: form.map_or_else(String::new, |f| f.get("url").to_string()),
        choices: event::ALL.into_iter().map(|e| (e, ticked(e))).collect(),
        errors,
    };
    let status = if view.errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    render_with(status, &view)
}

fn page_error(e: CaseError) -> PageError {
    match e {
        CaseError::NotFound => PageError::NotFound,
        CaseError::Db(e) => e.into(),
        other => PageError::Internal(anyhow::anyhow!("{other}")),
    }
}

/// `GET /account/webhooks`.
#[get("/account/webhooks")]
pub async fn page(state: web::Data<AppState>, user: SignedIn) -> Result<HttpResponse, PageError> {
    render(&state, &user, None, None, FieldErrors::new()).await
}

/// `POST /account/webhooks`: registers an endpoint and shows its secret once.
#[post("/account/webhooks")]
pub async fn create(state: web::Data<AppState>, user: SignedIn, form: FormData) -> Result<HttpResponse, PageError> {
    user.visitor.verify_csrf(form.get(CSRF_FIELD))?;
    user.require_admin()?;
    let events: Vec<String> = form.0.iter().filter(|(k, _)| k == "events").map(|(_, v)| v.clone()).collect();
    match webhooks::register(&state, &user.creditor_id, form.get("url"), &events).await {
        Ok((row, secret)) => render(&state, &user, Some((row.id, secret.expose())), None, FieldErrors::new()).await,
        Err(WebhookError::Refused(refusal)) => {
            let tr = &user.visitor.layout.tr;
            let message = match refusal.key() {
                (key, Some((name, value))) => tr.t1(key, name, &value),
                (key, None) => tr.t(key),
            };
            let errors = FieldErrors::single(refusal.field(), message);
            render(&state, &user, None, Some(&form), errors).await
        }
        Err(WebhookError::Case(e)) => Err(page_error(e)),
    }
}

/// `POST /account/webhooks/{id}/rotate`: a new secret, shown once; the previous one stays
/// valid for 24 hours.
#[post("/account/webhooks/{id}/rotate")]
pub async fn rotate(
    state: web::Data<AppState>,
    user: SignedIn,
    form: FormData,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    user.visitor.verify_csrf(form.get(CSRF_FIELD))?;
    user.require_admin()?;
    let (row, secret) = webhooks::rotate(&state, &user.creditor_id, &id).await.map_err(page_error)?;
    render(&state, &user, Some((row.id, secret.expose())), None, FieldErrors::new()).await
}

#[post("/account/webhooks/{id}/delete")]
pub async fn remove(
    state: web::Data<AppState>,
    user: SignedIn,
    form: FormData,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    user.visitor.verify_csrf(form.get(CSRF_FIELD))?;
    user.require_admin()?;
    webhooks::delete(&state, &user.creditor_id, &id).await.map_err(page_error)?;
    user.visitor.flash(user.visitor.layout.t("webhooks-deleted"));
    Ok(see_other("/account/webhooks"))
}

#[post("/account/webhooks/{id}/test")]
pub async fn test(
    state: web::Data<AppState>,
    user: SignedIn,
    form: FormData,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    user.visitor.verify_csrf(form.get(CSRF_FIELD))?;
    user.require_admin()?;
    webhooks::send_test(&state, &user.creditor_id, &id).await.map_err(page_error)?;
    user.visitor.flash(user.visitor.layout.t("webhooks-test-sent"));
    Ok(see_other(&format!("/account/webhooks#{}", id.as_str())))
}

#[post("/account/webhooks/{id}/deliveries/{message_id}/replay")]
pub async fn replay(
    state: web::Data<AppState>,
    user: SignedIn,
    form: FormData,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, PageError> {
    user.visitor.verify_csrf(form.get(CSRF_FIELD))?;
    user.require_admin()?;
    let (id, message_id) = path.into_inner();
    let note = match webhooks::replay(&state, &user.creditor_id, &id, &message_id).await {
        Ok(_) => "webhooks-replayed",
        Err(CaseError::Conflict(_)) => "webhooks-replay-busy",
        Err(e) => return Err(page_error(e)),
    };
    user.visitor.flash(user.visitor.layout.t(note));
    Ok(see_other(&format!("/account/webhooks#{id}")))
}
