//! A partner's cases in the portal: new cases to accept or decline, its open cases with a
//! status filter and search, and the case page with everything protocol v1.1 lets a partner
//! do. Every action on a case goes the way the partner API's goes: the form becomes a
//! `PartnerEventInput`, checked by `PartnerEvent::parse` and applied by
//! `cases::partner_events` (documents: `cases::documents`; accept and decline:
//! `cases::handover`), with the form's one-time nonce as the event's webhook-id, so that a
//! double submit is a no-op and the creditor sees the same thing whichever door was used.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, get, post, web};
use askama::Template;
use serde::Deserialize;

use super::see_other;
use super::session::{Me, PartnerUser};
use crate::cases::documents::{self, Reader};
use crate::cases::file::{CaseFile, DocumentView};
use crate::cases::partner_events::{self, Refusal};
use crate::cases::{CaseError, handover};
use crate::credentials::random_token;
use crate::db::claims::{self, CaseBrief, ClaimDetail, ClaimRow, PLATFORM, kind};
use crate::db::messages::sender;
use crate::db::partner_users;
use crate::db::portal::{self, PortalFilter};
use crate::domain::claim::MoneyInput;
use crate::domain::event::{PartnerEvent, PartnerEventInput, PaymentInput, PayoutInput, PromiseInput};
use crate::domain::money::{Currency, Money};
use crate::domain::status::CaseStatus;
use crate::domain::text::{Notes, Reference};
use crate::domain::validation::FieldErrors;
use crate::state::AppState;
use crate::web::error::{PageError, render, render_with};
use crate::web::forms::FormData;
use crate::web::session::{CSRF_FIELD, Layout};
use crate::web::views::{ClaimView, ThreadWindow, rfc3339};

/// The most a nonce may be: a random token is 43 characters.
const MAX_NONCE: usize = 100;

/// The webhook-id of a portal form's action: its one-time nonce.
fn webhook_id(form: &FormData) -> Result<String, PageError> {
    let nonce = form.get("nonce").trim();
    if nonce.is_empty()
        || nonce.len() > MAX_NONCE
        || !nonce.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        return Err(PageError::BadForm("the form has no valid one-time number".into()));
    }
    Ok(format!("portal-{nonce}"))
}

/// One of this partner's cases, in full; 404 for anyone else's.
async fn own_case(state: &AppState, partner_id: &str, id: &str) -> Result<(ClaimDetail, CaseBrief), PageError> {
    let lookup = id.to_string();
    let found = state.db.run(move |conn| Ok((claims::get_any(conn, &lookup)?, claims::brief(conn, &lookup)?))).await?;
    match found {
        (Some(detail), Some(brief)) if brief.partner_id == partner_id => Ok((detail, brief)),
        _ => Err(PageError::NotFound),
    }
}

fn money_of(minor: i64, currency: &str) -> String {
    Currency::parse(currency).map_or_else(|_| format!("{minor}"), |c| Money::from_minor(minor, c).to_string())
}

struct NewCase {
    id: String,
    debtor_name: String,
    country: String,
    principal: String,
    filed: String,
    disputed: bool,
    nonce: String,
}

#[derive(Template)]
#[template(path = "partner/dashboard.html")]
struct DashboardPage {
    layout: Layout,
    me: Option<Me>,
    partner_name: String,
    cases: Vec<NewCase>,
    open_count: i64,
    problem: Option<String>,
    /// The partner's measured figures, as the public directory shows them.
    performance: crate::web::views::PerformanceView,
    /// The partner's SLA, in words.
    sla: String,
    /// SLA deadlines the partner missed in the window, oldest first.
    breaches: Vec<crate::web::pages::operator::BreachLine>,
}

async fn dashboard_page(
    state: &AppState,
    user: PartnerUser,
    problem: Option<String>,
    status: StatusCode,
) -> Result<HttpResponse, PageError> {
    let partner_id = user.partner.id.to_string();
    let (registry, now) = (state.registry.clone(), state.now());
    let (new, open_count, breaches) = state
        .db
        .run(move |conn| {
            Ok((
                portal::new_cases(conn, &partner_id)?,
                portal::open_count(conn, &partner_id)?,
                crate::db::performance::breaches_of(conn, &registry, &partner_id, now)?,
            ))
        })
        .await?;
    let breaches = breaches.iter().map(|b| crate::web::pages::operator::BreachLine::new(b, &state.registry)).collect();
    let sla = &user.partner.sla;
    let days = |n: u32, what: &str| if n == 1 { format!("1 {what}") } else { format!("{n} {what}s") };
    let sla = format!(
        "Accept or decline a new case within {}, contact the debtor within {}, and report on every open case at least every {}.",
        days(sla.accept_within_business_days, "business day"),
        days(sla.first_contact_within_business_days, "business day"),
        days(sla.update_every_days, "day")
    );
    let cases = new
        .into_iter()
        .map(|c| NewCase {
            principal: money_of(c.principal_minor, &c.currency),
            filed: rfc3339(c.created_at).get(..10).unwrap_or_default().to_string(),
            country: crate::domain::country::Country::parse(&c.debtor_country)
                .map_or(c.debtor_country.clone(), |c| c.name().to_string()),
            id: c.id,
            debtor_name: c.debtor_name,
            disputed: c.disputed,
            nonce: random_token(),
        })
        .collect();
    let page = DashboardPage {
        layout: user.visitor.layout,
        me: user.visitor.me,
        partner_name: user.partner.name.clone(),
        cases,
        open_count,
        problem,
        performance: crate::web::views::PerformanceView::new(&user.partner, &state.performance()),
        sla,
        breaches,
    };
    render_with(status, &page)
}

/// `GET /partner`: the new cases waiting for an answer.
#[get("/partner")]
pub async fn dashboard(state: web::Data<AppState>, user: PartnerUser) -> Result<HttpResponse, PageError> {
    dashboard_page(&state, user, None, StatusCode::OK).await
}

/// A reference the platform gives a case the partner accepted without naming its own.
fn generated_reference(claim_id: &str) -> String {
    let tail: String = claim_id.chars().rev().take(10).collect::<Vec<_>>().into_iter().rev().collect();
    format!("CC-{}", tail.to_uppercase())
}

/// `POST /partner/cases/{id}/accept`: a partner user accepts a new case, with its own
/// reference or one the platform gives.
#[post("/partner/cases/{id}/accept")]
pub async fn accept(
    state: web::Data<AppState>,
    user: PartnerUser,
    id: web::Path<String>,
    form: FormData,
) -> Result<HttpResponse, PageError> {
    user.visitor.verify_csrf(form.get(CSRF_FIELD))?;
    let key = webhook_id(&form)?;
    let (detail, brief) = own_case(&state, user.partner.id.as_str(), &id).await?;
    if brief.status != CaseStatus::Submitted.as_str() || brief.partner_reference.is_some() {
        // answered already (a second click, or a colleague): nothing more to do
        user.visitor.flash("This case was answered already.");
        return Ok(see_other(&format!("/partner/cases/{}", brief.id)));
    }
    let reference = match form.get("reference").trim() {
        "" => generated_reference(&brief.id),
        typed => match Reference::parse(typed) {
            Ok(r) => r.to_string(),
            Err(e) => {
                let problem = format!("Your reference: {e}");
                return dashboard_page(&state, user, Some(problem), StatusCode::UNPROCESSABLE_ENTITY).await;
            }
        },
    };
    let claim_id = brief.id.clone();
    let listed = state
        .db
        .run(move |conn| crate::db::documents::of_claim(conn, &claim_id))
        .await?
        .into_iter()
        .map(|d| d.id)
        .collect();
    let door = handover::Door::Portal { actor: user.user.id.clone(), key };
    let recorded = handover::accepted(&state, &detail.claim, &user.partner, &reference, listed, door).await?;
    if let claims::Recorded::Forbidden { from, .. } = recorded {
        user.visitor.flash(format!("The case could not be accepted: it is \"{}\" now.", from.label()));
        return Ok(see_other("/partner"));
    }
    let (claim_id, partner_id, now) = (brief.id.clone(), brief.partner_id.clone(), state.now());
    state.db.run(move |conn| portal::note_answer(conn, &claim_id, &partner_id, None, now)).await?;
    tracing::info!(case = %detail.claim.id, partner = %user.partner.id, user = %user.user.id, %reference, "case accepted in the partner portal");
    user.visitor.flash(format!("You accepted the case under your reference {reference}."));
    Ok(see_other(&format!("/partner/cases/{}", brief.id)))
}

/// `POST /partner/cases/{id}/decline`: a partner user declines a new case, saying why; the
/// case goes the way of a case a partner's API declines (the operator may re-route it).
#[post("/partner/cases/{id}/decline")]
pub async fn decline(
    state: web::Data<AppState>,
    user: PartnerUser,
    id: web::Path<String>,
    form: FormData,
) -> Result<HttpResponse, PageError> {
    user.visitor.verify_csrf(form.get(CSRF_FIELD))?;
    let key = webhook_id(&form)?;
    let (detail, brief) = own_case(&state, user.partner.id.as_str(), &id).await?;
    if brief.status != CaseStatus::Submitted.as_str() || brief.partner_reference.is_some() {
        user.visitor.flash("This case was answered already.");
        return Ok(see_other("/partner"));
    }
    let reason = match form.get("reason").trim() {
        "" => Err("say why you decline the case".to_string()),
        text => Notes::parse(text).map_err(|e| e.to_string()),
    };
    let reason = match reason {
        Ok(reason) => reason.to_string(),
        Err(e) => {
            let problem = format!("Why you decline: {e}");
            return dashboard_page(&state, user, Some(problem), StatusCode::UNPROCESSABLE_ENTITY).await;
        }
    };
    let door = handover::Door::Portal { actor: user.user.id.clone(), key };
    let recorded = handover::declined(&state, &detail.claim, &user.partner, &reason, door).await?;
    if let claims::Recorded::Forbidden { from, .. } = recorded {
        user.visitor.flash(format!("The case could not be declined: it is \"{}\" now.", from.label()));
        return Ok(see_other("/partner"));
    }
    let (claim_id, partner_id, now, noted) = (brief.id.clone(), brief.partner_id.clone(), state.now(), reason.clone());
    state.db.run(move |conn| portal::note_answer(conn, &claim_id, &partner_id, Some(&noted), now)).await?;
    state.live.kick();
    tracing::info!(case = %brief.id, partner = %user.partner.id, user = %user.user.id, "case declined in the partner portal");
    user.visitor.flash("You declined the case. CrossClaim will find another partner for it.");
    Ok(see_other("/partner"))
}

struct CaseLine {
    id: String,
    debtor_name: String,
    reference: String,
    status: String,
    status_label: &'static str,
    principal: String,
    collected: String,
}

impl CaseLine {
    fn of(row: ClaimRow) -> Self {
        Self {
            principal: money_of(row.principal_minor, &row.currency),
            collected: row.collected_minor.map(|m| money_of(m, &row.currency)).unwrap_or_default(),
            status_label: CaseStatus::parse(&row.status).map_or("Unknown", |s| s.label()),
            reference: row.partner_reference.unwrap_or_default(),
            id: row.id,
            debtor_name: row.debtor_name,
            status: row.status,
        }
    }
}

#[derive(Template)]
#[template(path = "partner/cases.html")]
struct CasesPage {
    layout: Layout,
    me: Option<Me>,
    partner_name: String,
    cases: Vec<CaseLine>,
    statuses: Vec<(&'static str, &'static str)>,
    status: String,
    q: String,
    /// The link to the next (older) page of cases, keeping the filters; `None` on the last.
    next_href: Option<String>,
}

#[derive(Deserialize)]
pub struct CasesQuery {
    status: Option<String>,
    q: Option<String>,
    cursor: Option<String>,
}

/// Cases on one page of the partner's list.
const CASES_PAGE: i64 = 50;

/// The statuses a partner's case can have once accepted.
fn case_statuses() -> Vec<(&'static str, &'static str)> {
    CaseStatus::ALL
        .into_iter()
        .filter(|s| !matches!(s, CaseStatus::Submitted | CaseStatus::Declined))
        .map(|s| (s.as_str(), s.label()))
        .collect()
}

/// `GET /partner/cases`: the partner's accepted cases, by status and search.
#[get("/partner/cases")]
pub async fn list(
    state: web::Data<AppState>,
    user: PartnerUser,
    query: web::Query<CasesQuery>,
) -> Result<HttpResponse, PageError> {
    let status = query.status.clone().unwrap_or_default();
    let q: String = query.q.clone().unwrap_or_default().chars().take(100).collect();
    let filter = PortalFilter {
        status: CaseStatus::parse(status.trim()).map(|s| s.as_str().to_string()),
        search: Some(q.clone()).filter(|q| !q.trim().is_empty()),
        // a case id is ASCII and short; anything else is no cursor of ours
        before: query.cursor.clone().filter(|c| c.len() <= 64 && c.is_ascii()),
        limit: CASES_PAGE + 1,
    };
    let partner_id = user.partner.id.to_string();
    let mut rows = state.db.run(move |conn| portal::cases(conn, &partner_id, &filter)).await?;
    let more = rows.len() as i64 > CASES_PAGE;
    rows.truncate(CASES_PAGE as usize);
    let next_href = more.then(|| rows.last()).flatten().map(|last| {
        let mut query = url::form_urlencoded::Serializer::new(String::new());
        query.append_pair("status", &status).append_pair("q", &q).append_pair("cursor", &last.id);
        format!("/partner/cases?{}", query.finish())
    });
    render(&CasesPage {
        layout: user.visitor.layout,
        me: user.visitor.me,
        partner_name: user.partner.name.clone(),
        cases: rows.into_iter().map(CaseLine::of).collect(),
        statuses: case_statuses(),
        status,
        q,
        next_href,
    })
}

/// An entry of the case's thread as the partner reads it.
struct Item {
    kind: String,
    when: String,
    heading: String,
    /// The partner user who did it in the portal; empty for the API, the creditor and the platform.
    who: String,
    body: Option<String>,
    documents: Vec<DocumentView>,
}

/// A form sent back with its problems.
#[derive(Default)]
pub struct Sent {
    form: String,
    errors: FieldErrors,
    values: Vec<(String, String)>,
    /// Not a form: the thread's entries before this `seq` are shown instead of the newest
    /// (`?before=<seq>`, see [`ThreadWindow`]).
    before: Option<i64>,
}

/// The creditor of a case, as its partner sees it.
struct CreditorLine {
    name: String,
    registration_number: String,
    country: String,
    email: String,
}

#[derive(Template)]
#[template(path = "partner/case.html")]
struct CasePage {
    layout: Layout,
    me: Option<Me>,
    claim: ClaimView,
    /// Who the partner collects for: name, registration, country and e-mail.
    creditor: Option<CreditorLine>,
    file: CaseFile,
    thread: Vec<Item>,
    /// Which part of the thread `thread` is.
    window: ThreadWindow,
    /// The statuses the state machine allows from here.
    statuses: Vec<(&'static str, &'static str)>,
    reversible: Vec<(String, String)>,
    currency: String,
    nonce: String,
    today: String,
    sent: Sent,
}

impl CasePage {
    /// The page's own address, for the links that page through the thread.
    fn path(&self) -> String {
        format!("/partner/cases/{}", self.claim.id)
    }

    fn err(&self, form: &str, field: &str) -> Option<&str> {
        if self.sent.form == form { self.sent.errors.get(field) } else { None }
    }

    /// What a field shows: what was typed when its form comes back, else its default.
    fn val(&self, form: &str, field: &str) -> &str {
        if self.sent.form == form {
            return self.sent.values.iter().find(|(k, _)| k == field).map_or("", |(_, v)| v.as_str());
        }
        match field {
            "received_on" | "paid_on" => &self.today,
            _ => "",
        }
    }

    fn label(&self, field: &str) -> &'static str {
        field_label(field)
    }

    /// Whether the partner can still act on the case: accepted and not closed.
    fn open(&self) -> bool {
        self.claim.partner_reference.is_some() && !self.claim.terminal
    }
}

/// Form fields in plain words.
fn field_label(field: &str) -> &'static str {
    match field {
        "status" => "New status",
        "collected" => "Collected so far",
        "message" => "Message",
        "answer_by" => "Answer needed by",
        "amount" => "Amount",
        "received_on" => "Received on",
        "paid_to" => "Paid to",
        "payment_id" => "Payment",
        "payout_id" => "Your payout id",
        "paid_on" => "Paid on",
        "commission" => "Commission",
        "costs" => "Costs",
        "reference" => "Bank reference",
        "reason" => "Why",
        "due_on" => "Due on",
        "file" => "Document",
        _ => "The form",
    }
}

/// The form field a problem of the event's input belongs to.
fn form_field(field: &str) -> &'static str {
    let field = field.strip_suffix(".amount").or_else(|| field.strip_suffix(".currency")).unwrap_or(field);
    match field {
        "status" => "status",
        "collected" => "collected",
        "message" => "message",
        "answer_by" => "answer_by",
        "payment.amount" | "payout.amount" | "promise.amount" => "amount",
        "payment.received_on" => "received_on",
        "payment.paid_to" => "paid_to",
        "payment.id" | "payment_id" => "payment_id",
        "payout.id" => "payout_id",
        "payout.paid_on" => "paid_on",
        "payout.commission" => "commission",
        "payout.costs" => "costs",
        "payout.reference" => "reference",
        "reason" => "reason",
        "promise.due_on" => "due_on",
        _ => "form",
    }
}

/// Renames the problems of an event's input to the form's fields.
fn on_form(errors: &FieldErrors) -> FieldErrors {
    let mut named = FieldErrors::new();
    for e in errors.all() {
        let field = form_field(&e.field);
        if named.get(field).is_none() {
            named.add(field, &e.message);
        }
    }
    named
}

fn heading(kind_name: &str, source: &str, status: &str) -> String {
    let from = match source {
        sender::CREDITOR => "The creditor",
        PLATFORM => "CrossClaim",
        _ => "You",
    };
    match kind_name {
        kind::STATUS => CaseStatus::parse(status).map_or("Status".to_string(), |s| s.label().to_string()),
        kind::MESSAGE => format!("{from} wrote"),
        kind::DOCUMENT => format!("{from} added a document"),
        kind::PAYMENT => "Payment".into(),
        kind::PAYMENT_REVERSED => "Payment reversed".into(),
        kind::PAYOUT => "Payout to the creditor".into(),
        kind::PROMISE => "Promise to pay".into(),
        kind::NOTICE => "Notice from CrossClaim".into(),
        _ => from.to_string(),
    }
}

async fn case_page(
    state: &AppState,
    user: PartnerUser,
    id: &str,
    sent: Sent,
    status: StatusCode,
) -> Result<HttpResponse, PageError> {
    let (detail, brief) = own_case(state, user.partner.id.as_str(), id).await?;
    let today = state.today();
    let lookup = brief.clone();
    let file = state.db.run(move |conn| crate::cases::file::load(conn, &lookup, today)).await?;
    let claim = ClaimView::detail(&detail, &state.registry).map_err(PageError::Internal)?;
    let creditor_id = detail.claim.creditor_id.clone();
    let creditor =
        state.db.run(move |conn| crate::db::creditors::get(conn, &creditor_id)).await?.map(|c| CreditorLine {
            country: crate::domain::country::Country::parse(&c.country)
                .map_or(c.country.clone(), |c| c.name().to_string()),
            name: c.name,
            registration_number: c.registration_number.unwrap_or_default(),
            email: c.email,
        });
    let actors: Vec<String> = detail.events.iter().filter_map(|e| e.event.actor.clone()).collect();
    let users = state.db.run(move |conn| partner_users::by_ids(conn, &actors)).await?;
    let seqs: Vec<i64> = detail.events.iter().map(|e| e.seq).collect();
    let window = ThreadWindow::of(&seqs, sent.before);
    let thread = detail.events[window.start..window.end]
        .iter()
        .map(|stored| {
            let e = &stored.event;
            let mut item = Item {
                kind: e.kind.clone(),
                when: crate::web::views::event_view(stored, claim.principal.currency(), brief.principal_minor).when(),
                heading: heading(&e.kind, &e.source, &e.status),
                who: e
                    .actor
                    .as_ref()
                    .map(|a| users.iter().find(|u| &u.id == a).map_or_else(|| a.clone(), |u| u.email.clone()))
                    .unwrap_or_default(),
                body: e.message.clone(),
                documents: Vec::new(),
            };
            let wanted = |id: &String| e.ref_id.as_ref() == Some(id);
            match e.kind.as_str() {
                kind::MESSAGE => {
                    if let Some(m) = file.messages.iter().find(|m| wanted(&m.id)) {
                        item.heading = match m.from.as_str() {
                            sender::CREDITOR => "The creditor wrote".into(),
                            sender::PARTNER => "You wrote".into(),
                            _ => "CrossClaim wrote".into(),
                        };
                        if m.requires_answer {
                            item.heading = match &m.answered_by_id {
                                Some(_) => format!("{} (answered)", item.heading),
                                None => format!("{} (waiting for the creditor's answer)", item.heading),
                            };
                        }
                        item.body = Some(m.message.clone());
                        item.documents = m.documents.clone();
                    }
                }
                kind::DOCUMENT => {
                    item.documents = file.documents.iter().filter(|d| wanted(&d.id)).cloned().collect();
                    if !item.documents.is_empty() {
                        item.body = None;
                    }
                }
                _ => {}
            }
            item
        })
        .collect();
    let current = CaseStatus::parse(&brief.status);
    let statuses = CaseStatus::ALL
        .into_iter()
        .filter(|s| s.partner_may_send() && current.is_some_and(|c| c.can_become(*s)))
        .map(|s| (s.as_str(), s.label()))
        .collect();
    let reversible = file
        .payments
        .iter()
        .filter(|p| !p.reversed && p.paid_to == "partner")
        .map(|p| (p.id.clone(), format!("{} received {} ({})", p.amount, p.received_on, p.id)))
        .collect();
    let page = CasePage {
        layout: user.visitor.layout,
        me: user.visitor.me,
        currency: brief.currency.clone(),
        claim,
        creditor,
        file,
        thread,
        window,
        statuses,
        reversible,
        nonce: random_token(),
        today: today.to_string(),
        sent,
    };
    render_with(status, &page)
}

/// `GET /partner/cases/{id}`: one of the partner's cases; 404 for anyone else's.
#[get("/partner/cases/{id}")]
pub async fn show(
    state: web::Data<AppState>,
    user: PartnerUser,
    id: web::Path<String>,
    query: web::Query<crate::web::pages::claims::ThreadQuery>,
) -> Result<HttpResponse, PageError> {
    case_page(&state, user, &id, Sent { before: query.before(), ..Sent::default() }, StatusCode::OK).await
}

fn amount(form: &FormData, field: &str, currency: &str) -> Option<MoneyInput> {
    let typed = form.get(field).trim();
    (!typed.is_empty()).then(|| MoneyInput { amount: typed.to_string(), currency: currency.to_string() })
}

fn optional(form: &FormData, field: &str) -> Option<String> {
    Some(form.get(field).trim().to_string()).filter(|t| !t.is_empty())
}

/// The partner's own id for a payment or payout typed in the form, or one made from the
/// form's nonce (the same on a double submit).
fn external_id(form: &FormData, field: &str, prefix: &str, key: &str) -> String {
    optional(form, field).unwrap_or_else(|| {
        let tail: String = key.chars().filter(|c| c.is_ascii_alphanumeric()).take(12).collect();
        format!("{prefix}-{tail}")
    })
}

/// The event a case page's form stands for, in the partner protocol's shape.
fn event_input(which: &str, form: &FormData, brief: &CaseBrief, key: &str, now: &str) -> Option<PartnerEventInput> {
    let currency = brief.currency.as_str();
    let mut input = PartnerEventInput {
        case_id: brief.id.clone(),
        partner_reference: brief.partner_reference.clone().unwrap_or_default(),
        occurred_at: now.to_string(),
        ..Default::default()
    };
    match which {
        "status" => {
            input.kind = Some("status".into());
            input.status = form.get("status").trim().to_string();
            input.collected = amount(form, "collected", currency);
            input.message = optional(form, "message");
        }
        "message" => {
            input.kind = Some("message".into());
            input.message = Some(form.get("message").to_string());
            input.requires_answer = Some(form.get("requires_answer") == "yes");
            input.answer_by = optional(form, "answer_by");
        }
        "payment" => {
            input.kind = Some("payment".into());
            input.payment = Some(PaymentInput {
                id: external_id(form, "payment_id", "pay", key),
                amount: amount(form, "amount", currency),
                received_on: form.get("received_on").trim().to_string(),
                paid_to: form.get("paid_to").trim().to_string(),
                allocation: None,
            });
        }
        "reversal" => {
            input.kind = Some("payment_reversed".into());
            input.payment_id = Some(form.get("payment_id").trim().to_string());
            input.reason = optional(form, "reason");
        }
        "payout" => {
            input.kind = Some("payout".into());
            input.payout = Some(PayoutInput {
                id: external_id(form, "payout_id", "payout", key),
                amount: amount(form, "amount", currency),
                paid_on: form.get("paid_on").trim().to_string(),
                commission: amount(form, "commission", currency),
                costs: amount(form, "costs", currency),
                reference: optional(form, "reference"),
            });
        }
        "promise" => {
            input.kind = Some("promise".into());
            input.promise = Some(PromiseInput {
                amount: amount(form, "amount", currency),
                due_on: form.get("due_on").trim().to_string(),
                instalments: Vec::new(),
            });
        }
        _ => return None,
    }
    Some(input)
}

fn sent_back(which: &str, form: &FormData, errors: FieldErrors) -> Sent {
    Sent { form: which.to_string(), errors, values: form.0.clone(), before: None }
}

/// `POST /partner/cases/{id}/events/{form}`: the case page's forms (status, message,
/// payment, reversal, payout, promise), each applied as the partner API's event.
#[post("/partner/cases/{id}/events/{form}")]
pub async fn act(
    state: web::Data<AppState>,
    user: PartnerUser,
    path: web::Path<(String, String)>,
    form: FormData,
) -> Result<HttpResponse, PageError> {
    user.visitor.verify_csrf(form.get(CSRF_FIELD))?;
    let (id, which) = path.into_inner();
    let key = webhook_id(&form)?;
    let (_, brief) = own_case(&state, user.partner.id.as_str(), &id).await?;
    let now = state.clock.now();
    let occurred = now.to_rfc3339_opts(chrono::SecondsFormat::Micros, true);
    let Some(input) = event_input(&which, &form, &brief, &key, &occurred) else { return Err(PageError::NotFound) };
    if brief.partner_reference.is_none() {
        let errors = FieldErrors::single("form", "accept the case first");
        return case_page(&state, user, &id, sent_back(&which, &form, errors), StatusCode::CONFLICT).await;
    }
    let currency = Currency::parse(&brief.currency)
        .map_err(|e| PageError::Internal(anyhow::anyhow!("claim {}: {e}", brief.id)))?;
    let event = match PartnerEvent::parse(&input, currency, now) {
        Ok(event) => event,
        Err(errors) => {
            let sent = sent_back(&which, &form, on_form(&errors));
            return case_page(&state, user, &id, sent, StatusCode::UNPROCESSABLE_ENTITY).await;
        }
    };
    let source = user.partner.id.to_string();
    let applied =
        partner_events::apply_as(&state, &brief, &source, Some(key), Some(user.user.id.clone()), &event).await;
    let errors = match applied {
        Ok(answer) => {
            tracing::info!(case = %brief.id, partner = %source, user = %user.user.id, kind = event.body.kind(), result = %answer["result"], "partner portal action");
            user.visitor.flash(match answer["result"].as_str() {
                Some("duplicate") => "This was saved already.",
                _ => "Saved. The creditor sees it now.",
            });
            return Ok(see_other(&format!("/partner/cases/{}", brief.id)));
        }
        Err(Refusal::Forbidden { from, to }) => FieldErrors::single(
            "status",
            format!("the case is \"{}\"; it cannot become \"{}\"", from.label(), to.label()),
        ),
        Err(Refusal::Case(CaseError::Invalid(errors))) => on_form(&errors),
        Err(Refusal::Case(CaseError::Conflict(message))) => FieldErrors::single("form", message),
        Err(Refusal::Case(CaseError::NotFound)) => return Err(PageError::NotFound),
        Err(Refusal::Case(CaseError::Db(e))) => return Err(e.into()),
        Err(Refusal::Case(CaseError::Internal(e))) => return Err(PageError::Internal(e)),
    };
    case_page(&state, user, &id, sent_back(&which, &form, errors), StatusCode::UNPROCESSABLE_ENTITY).await
}

/// `POST /partner/cases/{id}/documents`: a document for the creditor, stored through the
/// same function as the partner API's upload.
#[post("/partner/cases/{id}/documents")]
pub async fn upload(
    state: web::Data<AppState>,
    user: PartnerUser,
    id: web::Path<String>,
    form: FormData,
) -> Result<HttpResponse, PageError> {
    user.visitor.verify_csrf(form.get(CSRF_FIELD))?;
    let key = webhook_id(&form)?;
    let (_, brief) = own_case(&state, user.partner.id.as_str(), &id).await?;
    let refuse = |message: String| Sent {
        form: "document".into(),
        errors: FieldErrors::single("file", message),
        values: vec![],
        before: None,
    };
    if brief.partner_reference.is_none() || CaseStatus::parse(&brief.status).is_some_and(|s| s.is_terminal()) {
        let sent = refuse("the case does not take documents now".into());
        return case_page(&state, user, &id, sent, StatusCode::CONFLICT).await;
    }
    let files = form.files("file");
    let Some(file) = files.into_iter().next() else {
        return case_page(&state, user, &id, refuse("choose a file".into()), StatusCode::UNPROCESSABLE_ENTITY).await;
    };
    if file.too_large {
        let message = crate::web::pages::case::check_files(crate::i18n::Lang::En, std::slice::from_ref(&file))
            .err()
            .unwrap_or_default();
        return case_page(&state, user, &id, refuse(message), StatusCode::PAYLOAD_TOO_LARGE).await;
    }
    let stored = documents::add_from_partner_as(
        &state,
        &brief,
        &key,
        Some(user.user.id.clone()),
        &file.name,
        file.content_type.as_deref(),
        file.bytes,
    )
    .await;
    match stored {
        Ok(_) => {
            user.visitor.flash(format!("{} is added. The creditor sees it now.", file.name));
            Ok(see_other(&format!("/partner/cases/{}", brief.id)))
        }
        Err(CaseError::Invalid(errors)) => {
            let message = errors.first().map(|e| e.message.clone()).unwrap_or_default();
            case_page(&state, user, &id, refuse(message), StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(CaseError::Conflict(message)) => case_page(&state, user, &id, refuse(message), StatusCode::CONFLICT).await,
        Err(CaseError::NotFound) => Err(PageError::NotFound),
        Err(CaseError::Db(e)) => Err(e.into()),
        Err(CaseError::Internal(e)) => Err(PageError::Internal(e)),
    }
}

/// `GET /partner/cases/{id}/documents/{document}`: a document of one of the partner's
/// accepted cases; 404 for anything else.
#[get("/partner/cases/{id}/documents/{document}")]
pub async fn download(
    state: web::Data<AppState>,
    user: PartnerUser,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, PageError> {
    let (claim_id, document_id) = path.into_inner();
    match documents::read(&state, &claim_id, &document_id, Reader::Partner(user.partner.id.as_str())).await {
        Ok((row, bytes)) => Ok(crate::web::api::documents::attachment(&row, bytes)),
        Err(CaseError::Db(e)) => Err(e.into()),
        Err(CaseError::Internal(e)) => Err(PageError::Internal(e)),
        Err(_) => Err(PageError::NotFound),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problems_of_an_event_are_named_by_the_form_field_in_plain_words() {
        for (input, field, label) in [
            ("payment.amount.amount", "amount", "Amount"),
            ("payment.amount.currency", "amount", "Amount"),
            ("payout.commission.amount", "commission", "Commission"),
            ("payment.received_on", "received_on", "Received on"),
            ("promise.due_on", "due_on", "Due on"),
            ("collected.amount", "collected", "Collected so far"),
            ("payment_id", "payment_id", "Payment"),
            ("occurred_at", "form", "The form"),
        ] {
            assert_eq!(form_field(input), field, "{input}");
            assert_eq!(field_label(form_field(input)), label, "{input}");
        }
        let mut errors = FieldErrors::new();
        errors.add("payment.amount.currency", "first");
        errors.add("payment.amount.amount", "second");
        let named = on_form(&errors);
        assert_eq!((named.all().len(), named.get("amount")), (1, Some("first")), "one problem per field");
    }

    #[test]
    fn a_generated_reference_is_short_and_the_cases_own() {
        assert_eq!(generated_reference("c_01m855kdnpv498dmttgwtjke2a"), "CC-TTGWTJKE2A");
        assert!(Reference::parse(&generated_reference("c_01M855KDNPV498DMTTGWTJKE2A")).is_ok());
    }
}
