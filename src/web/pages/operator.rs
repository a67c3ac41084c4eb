//! The operator's view of the outbox: deliveries with their state, attempts, last error and
//! next try; retry a failed one, re-route a declined case to the next eligible partner.

use actix_web::http::{StatusCode, header};
use actix_web::{HttpResponse, get, post, web};
use askama::Template;
use subtle::ConstantTimeEq;

use crate::cases::reroute::Outcome;
use crate::db::claims;
use crate::db::deliveries::{self, DeliveryRow, state};
use crate::domain::rules::{LimitationRule, ReferenceRate, ReminderFeeRule};
use crate::state::AppState;
use crate::web::error::{PageError, render, render_with};
use crate::web::forms::FormData;
use crate::web::see_other;
use crate::web::session::{CSRF_FIELD, Layout, Visitor};
use crate::web::views::rfc3339;

struct Line {
    row: DeliveryRow,
    next_try: String,
    updated: String,
}

/// A case whose partner does not report.
struct SilentLine {
    claim_id: String,
    partner: String,
    since: String,
}

/// Something a partner user did in the partner portal, and who.
struct PortalAction {
    claim_id: String,
    partner: String,
    what: String,
    who: String,
    when: String,
}

/// An SLA deadline a partner missed, in words.
pub(crate) struct BreachLine {
    pub partner: String,
    pub claim_id: String,
    pub what: String,
    pub due: String,
    /// "Done late on …" or "Still outstanding".
    pub state: String,
    pub open: bool,
}

impl BreachLine {
    pub(crate) fn new(breach: &crate::domain::performance::Breach, registry: &crate::registry::Registry) -> Self {
        let when = |micros: i64| crate::db::from_micros(micros).format("%Y-%m-%d %H:%M UTC").to_string();
        Self {
            partner: registry.get(&breach.partner_id).map_or_else(|| breach.partner_id.clone(), |p| p.name.clone()),
            claim_id: breach.claim_id.clone(),
            what: breach.what.clone(),
            // the deadline is the first moment it was late: the last moment in time is just before
            due: when(breach.due_at - 1),
            state: breach
                .done_at
                .map_or_else(|| "Still outstanding".to_string(), |at| format!("Done late, on {}", when(at))),
            open: breach.is_open(),
        }
    }
}

#[derive(Template)]
#[template(path = "operator.html")]
struct OperatorPage {
    layout: Layout,
    signed_in: bool,
    error: Option<&'static str>,
    counts: Vec<(String, i64)>,
    lines: Vec<Line>,
    silent: Vec<SilentLine>,
    portal_actions: Vec<PortalAction>,
    /// SLA deadlines missed in the window, most recent first.
    breaches: Vec<BreachLine>,
    /// Today on the application's clock, when it can be moved (`TEST_CLOCK`).
    test_clock: Option<String>,
}

impl OperatorPage {
    fn closed(layout: Layout, error: Option<&'static str>) -> Self {
        Self {
            layout,
            signed_in: false,
            error,
            counts: vec![],
            lines: vec![],
            silent: vec![],
            portal_actions: vec![],
            breaches: vec![],
            test_clock: None,
        }
    }
}

fn require_operator(visitor: &Visitor) -> Result<(), PageError> {
    if visitor.is_operator() { Ok(()) } else { Err(PageError::NotFound) }
}

#[get("/operator")]
pub async fn page(state: web::Data<AppState>, visitor: Visitor) -> Result<HttpResponse, PageError> {
    if !visitor.is_operator() {
        return render(&OperatorPage::closed(visitor.layout, None));
    }
    let (registry, now) = (state.registry.clone(), state.now());
    let (counts, rows, silent, performance) = state
        .db
        .run(move |conn| {
            Ok((
                deliveries::count_by_state(conn)?,
                deliveries::recent(conn, 200)?,
                claims::silent_cases(conn, 200)?,
                crate::db::performance::report(conn, &registry, now)?,
            ))
        })
        .await?;
    let breaches =
        performance.all_breaches().into_iter().take(200).map(|b| BreachLine::new(b, &state.registry)).collect();
    let silent = silent
        .into_iter()
        .map(|(claim_id, partner_id, since)| SilentLine {
            claim_id,
            partner: state.registry.get(&partner_id).map_or(partner_id, |p| p.name.clone()),
            since: rfc3339(since),
        })
        .collect();
    let test_clock = state.clock.is_adjustable().then(|| state.today().to_string());
    let lines = rows
        .into_iter()
        .map(|row| Line {
            next_try: if row.state == state::PENDING { rfc3339(row.next_attempt_at) } else { "—".into() },
            updated: rfc3339(row.updated_at),
            row,
        })
        .collect();
    let portal_actions = portal_actions(&state).await?;
    render(&OperatorPage {
        layout: visitor.layout,
        signed_in: true,
        error: None,
        counts,
        lines,
        silent,
        portal_actions,
        breaches,
        test_clock,
    })
}

/// The latest entries partner users made in the partner portal, naming who made them.
async fn portal_actions(state: &AppState) -> Result<Vec<PortalAction>, PageError> {
    let (rows, users) = state
        .db
        .run(|conn| {
            let rows = crate::db::portal::recent_portal_actions(conn, 100)?;
            let ids: Vec<String> = rows.iter().filter_map(|r| r.4.clone()).collect();
            Ok((rows, crate::db::partner_users::by_ids(conn, &ids)?))
        })
        .await?;
    Ok(rows
        .into_iter()
        .map(|(claim_id, source, kind, status, actor, at)| {
            let actor = actor.unwrap_or_default();
            let what = match kind.as_str() {
                claims::kind::STATUS => {
                    crate::domain::status::CaseStatus::parse(&status).map_or(status.clone(), |s| s.label().to_string())
                }
                other => other.replace('_', " "),
            };
            PortalAction {
                claim_id,
                partner: state.registry.get(&source).map_or(source.clone(), |p| p.name.clone()),
                what,
                who: users.iter().find(|u| u.id == actor).map_or(actor.clone(), |u| u.email.clone()),
                when: rfc3339(at),
            }
        })
        .collect())
}

/// One interest rule, as the operator reads it.
struct InterestLine {
    country: String,
    from: String,
    method: &'static str,
    rule: String,
    key: String,
    verified: bool,
    confidence: String,
    source: String,
}

#[derive(Template)]
#[template(path = "operator_rules.html")]
struct RulesPage {
    layout: Layout,
    today: String,
    missing: Vec<String>,
    countries: Vec<(String, String, String, String)>,
    interest: Vec<InterestLine>,
    rates: Vec<ReferenceRate>,
    reminder_fees: Vec<ReminderFeeRule>,
    limitations: Vec<LimitationRule>,
}

/// Every rule and rate the portal runs with, with its confidence and source, and the periods
/// with no rate (so the operator sees at once which rates are due).
#[get("/operator/rules")]
pub async fn rules(state: web::Data<AppState>, visitor: Visitor) -> Result<HttpResponse, PageError> {
    require_operator(&visitor)?;
    let rules = &state.rules;
    let today = state.today();
    let countries = rules.countries();
    let interest = countries
        .iter()
        .flat_map(|c| {
            c.interest.rules().iter().map(|r| InterestLine {
                country: c.country.code().to_string(),
                from: r.effective_from.map_or_else(|| "always".to_string(), |d| d.to_string()),
                method: r.method.as_str(),
                rule: r.describe(),
                key: r.reference_rate.clone(),
                verified: r.verified,
                confidence: r.confidence.to_string(),
                source: r.source.clone(),
            })
        })
        .collect();
    render(&RulesPage {
        layout: visitor.layout,
        today: today.to_string(),
        missing: rules.missing_rates(today).iter().map(|m| m.describe()).collect(),
        countries: countries
            .iter()
            .map(|c| (c.country.code().to_string(), c.name.clone(), c.confidence.to_string(), c.notes.clone()))
            .collect(),
        interest,
        rates: rules.rates.keys().iter().filter_map(|k| rules.rates.rows(k)).flatten().cloned().collect(),
        reminder_fees: rules.reminder_fees().into_iter().cloned().collect(),
        limitations: rules.limitations().into_iter().cloned().collect(),
    })
}

#[post("/operator/signin")]
pub async fn signin(state: web::Data<AppState>, visitor: Visitor, form: FormData) -> Result<HttpResponse, PageError> {
    visitor.verify_csrf(form.get(CSRF_FIELD))?;
    let given = form.get("token").trim();
    if !given.is_empty() && bool::from(given.as_bytes().ct_eq(state.operator_token.as_bytes())) {
        visitor.become_operator().await?;
        return Ok(see_other("/operator"));
    }
    render_with(
        StatusCode::UNAUTHORIZED,
        &OperatorPage::closed(visitor.layout, Some("That is not the operator token.")),
    )
}

#[post("/operator/signout")]
pub async fn signout(visitor: Visitor, form: FormData) -> Result<HttpResponse, PageError> {
    visitor.verify_csrf(form.get(CSRF_FIELD))?;
    if visitor.is_operator() {
        visitor.leave_operator().await?;
    }
    Ok(see_other("/operator"))
}

#[post("/operator/deliveries/{id}/retry")]
pub async fn retry(
    state: web::Data<AppState>,
    visitor: Visitor,
    form: FormData,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    require_operator(&visitor)?;
    visitor.verify_csrf(form.get(CSRF_FIELD))?;
    let now = state.now();
    let retried = state.db.run(move |conn| deliveries::retry_now(conn, &id, now)).await?;
    if retried {
        state.dispatch.wake();
        visitor.flash("The delivery is due again and is being sent.");
    } else {
        visitor.flash("Only a failed delivery can be retried.");
    }
    Ok(see_other("/operator"))
}

/// The operator's re-route of a declined case: a new quote for the creditor to accept
/// ([`crate::cases::reroute`]); the case stays with nobody until they do.
#[post("/operator/claims/{id}/reroute")]
pub async fn reroute(
    state: web::Data<AppState>,
    visitor: Visitor,
    form: FormData,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    require_operator(&visitor)?;
    visitor.verify_csrf(form.get(CSRF_FIELD))?;
    let claim_id = id.into_inner();
    match crate::cases::reroute::by_operator(&state, &claim_id).await {
        Ok(Outcome::Proposed { partner_name, if_collected }) => visitor.flash(format!(
            "A new quote from {partner_name} ({if_collected} if collected in full) waits for the creditor's acceptance; \
             nothing is handed over until they accept it."
        )),
        Ok(Outcome::NoPartner(why)) => visitor.flash(format!("Not re-routed: {why}. The creditor was told.")),
        Ok(Outcome::NotDeclined) => visitor.flash("Only a declined case can be re-routed."),
        Err(crate::cases::CaseError::NotFound) => return Err(PageError::NotFound),
        Err(e) => return Err(PageError::Internal(anyhow::anyhow!("re-routing claim {claim_id}: {e}"))),
    }
    Ok(see_other("/operator"))
}

/// `POST /operator/clock`: moves the test clock forward (`TEST_CLOCK=true` only; a `404`
/// otherwise), running what falls due on each day in between. Scripts send
/// `{"advance_days": N}` with `Authorization: Bearer <OPERATOR_TOKEN>` and get JSON; the
/// operator page sends a form.
#[post("/operator/clock")]
pub async fn clock(
    state: web::Data<AppState>,
    req: actix_web::HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, crate::web::error::ApiError> {
    use crate::web::error::ApiError;
    if !state.clock.is_adjustable() {
        return Err(ApiError::NotFound);
    }
    let bearer = req
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim);
    if let Some(token) = bearer {
        if !bool::from(token.as_bytes().ct_eq(state.operator_token.as_bytes())) {
            return Err(ApiError::Unauthorized);
        }
        let body = crate::web::api::read_body(&req, payload, 4096).await?;
        #[derive(serde::Deserialize)]
        struct Advance {
            advance_days: Option<serde_json::Value>,
        }
        let input: Advance = crate::web::api::parse_json(&body)?;
        let days =
            input.advance_days.as_ref().and_then(serde_json::Value::as_i64).ok_or_else(|| ApiError::Unprocessable {
                message: "advance_days: give a whole number of days from 1 to 3650".into(),
                field: Some("advance_days".into()),
            })?;
        let now = crate::schedule::advance(&state, days)
            .await
            .map_err(|e| ApiError::Unprocessable { message: e.to_string(), field: Some("advance_days".into()) })?;
        return Ok(HttpResponse::Ok().json(serde_json::json!({
            "now": now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            "today": now.date_naive().to_string(),
            "offset_days": state.clock.offset().num_days(),
        })));
    }
    // the operator page's form: the session must be the operator's
    let visitor = <Visitor as actix_web::FromRequest>::extract(&req).await.map_err(|_| ApiError::NotFound)?;
    if !visitor.is_operator() {
        return Err(ApiError::NotFound);
    }
    let body = crate::web::api::read_body(&req, payload, 4096).await?;
    let form: Vec<(String, String)> = url::form_urlencoded::parse(&body).into_owned().collect();
    let field = |name: &str| form.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str()).unwrap_or("");
    visitor
        .verify_csrf(field(CSRF_FIELD))
        .map_err(|_| ApiError::Conflict("the form expired; reload the page".into()))?;
    match field("advance_days").trim().parse::<i64>() {
        Ok(days) => match crate::schedule::advance(&state, days).await {
            Ok(now) => visitor.flash(format!("The clock moved {days} days forward; it is now {}.", now.date_naive())),
            Err(e) => visitor.flash(format!("The clock did not move: {e}.")),
        },
        Err(_) => visitor.flash("The clock did not move: give a whole number of days from 1 to 3650."),
    }
    Ok(see_other("/operator"))
}

#[derive(Template)]
#[template(path = "operator_mail.html")]
struct MailPage {
    layout: Layout,
    /// Mail goes to the SMTP server of `SMTP_URL`: the files below are from before, if any.
    smtp: bool,
    files: Vec<crate::mail::SentMail>,
}

impl MailPage {
    fn size_label(&self, bytes: &u64) -> String {
        let bytes = *bytes;
        if bytes < 1024 { format!("{bytes} bytes") } else { format!("{:.1} KB", bytes as f64 / 1024.0) }
    }
}

fn mail_dir(state: &AppState) -> std::path::PathBuf {
    state.data_dir.join(crate::mail::MAIL_DIR)
}

/// `GET /operator/mail`: the e-mails written to `DATA_DIR/mail/`, newest first.
#[get("/operator/mail")]
pub async fn mail(state: web::Data<AppState>, visitor: Visitor) -> Result<HttpResponse, PageError> {
    require_operator(&visitor)?;
    let dir = mail_dir(&state);
    let files = tokio::task::spawn_blocking(move || crate::mail::sent_files(&dir, 200))
        .await
        .map_err(|e| PageError::Internal(e.into()))?
        .map_err(|e| PageError::Internal(anyhow::Error::new(e).context("listing the mail folder")))?;
    let smtp = matches!(*state.mailer, crate::mail::Mailer::Smtp(_));
    render(&MailPage { layout: visitor.layout, smtp, files })
}

/// `GET /operator/mail/{file}`: one written e-mail, whole, as plain text.
#[get("/operator/mail/{file}")]
pub async fn mail_file(
    state: web::Data<AppState>,
    visitor: Visitor,
    file: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    require_operator(&visitor)?;
    let dir = mail_dir(&state);
    let text = tokio::task::spawn_blocking(move || crate::mail::read_sent(&dir, &file))
        .await
        .map_err(|e| PageError::Internal(e.into()))?
        .map_err(|e| PageError::Internal(anyhow::Error::new(e).context("reading a mail file")))?
        .ok_or(PageError::NotFound)?;
    Ok(HttpResponse::Ok()
        .content_type("text/plain; charset=utf-8")
        .insert_header(("X-Content-Type-Options", "nosniff"))
        .insert_header((header::CACHE_CONTROL, "private, no-store"))
        .body(text))
}
