//! The reminder flow on the creditor's pages: the claim page's panel (status, next step,
//! reminders sent, the debtor's answers, calls, what collection would cost today), its
//! buttons and forms, the printable reminder, and the call tasks of the claims list. Every
//! form is a door onto an operation of [`crate::cases::reminders`]; nothing here decides.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, get, post, web};
use askama::Template;

use crate::cases::reminders::{self, CallInput, ReminderError};
use crate::db::reminders::{self as store, ClaimFlow};
use crate::domain::flow::{self, CallDecision, CallReason, FlowState, StepKind};
use crate::domain::money::{Currency, Money};
use crate::domain::validation::FieldErrors;
use crate::i18n::{Arg, Lang, countries, t, t_args};
use crate::state::AppState;
use crate::web::error::{PageError, render};
use crate::web::forms::FormData;
use crate::web::pages::case::{Sent, case_page};
use crate::web::see_other;
use crate::web::session::{CSRF_FIELD, Layout, SignedIn};
use crate::web::views::{EventView, rfc3339};

/// The creditor's flows `(id, name)` for a choice of flow (the default one is the empty choice).
pub async fn flow_options(state: &AppState, creditor_id: &str) -> Result<Vec<(String, String)>, PageError> {
    let lookup = creditor_id.to_string();
    let rows = state.db.run(move |c| store::flows(c, &lookup)).await?;
    Ok(rows.into_iter().map(|r| (r.id, r.name)).collect())
}

/// A step's kind in `lang`.
pub fn step_label(lang: Lang, kind: &str) -> String {
    let key = match StepKind::parse(kind) {
        Some(StepKind::Reminder) => "flows-step-reminder",
        Some(StepKind::FormalNotice) => "flows-step-formal-notice",
        Some(StepKind::Call) => "flows-step-call",
        _ => "flows-step-hand-over",
    };
    t(lang, key)
}

/// A call's reason in `lang`.
pub fn reason_label(lang: Lang, reason: &str) -> String {
    let key = match CallReason::parse(reason) {
        Some(CallReason::Forgot) => "flows-reason-forgot",
        Some(CallReason::CannotPay) => "flows-reason-cannot-pay",
        Some(CallReason::Refuses) => "flows-reason-refuses",
        _ => "flows-reason-disputes",
    };
    t(lang, key)
}

fn money_of(minor: Option<i64>, currency: &str) -> Option<Money> {
    let currency = Currency::parse(currency).ok()?;
    minor.map(|m| Money::from_minor(m, currency))
}

/// One reminder sent, as the claim page lists it.
pub struct ReminderLine {
    pub id: String,
    pub date: String,
    pub kind: String,
    pub channel: String,
    pub language: String,
    pub fee: String,
}

/// One of the debtor's answers, and whether it waits for the creditor.
pub struct AnswerLine {
    pub id: String,
    pub kind: String,
    pub date: String,
    pub text: String,
    pub state: String,
    pub open: bool,
}

/// What collection would cost if the claim were handed over today.
pub struct TodayQuote {
    pub partner: String,
    pub if_collected: String,
    pub if_not_collected: String,
    pub claimable: Option<String>,
}

/// The reminder panel of a `reminding` claim's page (or, after it, what the flow did).
pub struct ReminderPanel {
    pub claim_id: String,
    /// `running`, `paused` or `stopped`.
    pub state: String,
    pub reminding: bool,
    pub status_text: String,
    pub next: Option<String>,
    pub reminders: Vec<ReminderLine>,
    pub answers: Vec<AnswerLine>,
    pub calls: Vec<String>,
    pub fees: Option<String>,
    pub quote: Option<TodayQuote>,
    pub quote_problem: bool,
    pub english: Option<String>,
    /// The company has no bank account on file: reminders refer to the invoice's payment
    /// details until one is added.
    pub no_bank_account: bool,
    pub call_due: bool,
    pub categories: Vec<(String, String)>,
    pub category: Option<String>,
    pub reasons: Vec<(&'static str, String)>,
    /// The call form's problems and what was typed (date, amount, notes), when it was sent.
    pub call_errors: FieldErrors,
    pub call_typed: (String, String, String),
    /// The "mark paid" form's problems and what was typed (amount, received on).
    pub paid_errors: FieldErrors,
    pub paid_typed: (String, String),
}

impl ReminderPanel {
    pub fn is_category(&self, id: &str) -> bool {
        self.category.as_deref() == Some(id)
    }
}

/// The panel of the claim's flow; `None` for a claim that went straight to a partner.
pub async fn panel(
    state: &AppState,
    layout: &Layout,
    creditor_id: &str,
    claim_id: &str,
    status: &str,
) -> Result<Option<(ReminderPanel, ClaimFlow)>, PageError> {
    let lang = layout.tr.lang;
    let lookup = claim_id.to_string();
    let Some(cf) = state.db.run(move |c| store::of_claim(c, &lookup)).await? else { return Ok(None) };
    let lookup = claim_id.to_string();
    let detail = state.db.run(move |c| crate::db::claims::get_any(c, &lookup)).await?.ok_or(PageError::NotFound)?;
    let currency = detail.claim.currency.clone();
    let view = reminders::FlowView::of(&cf, &currency);
    let reminding = status == crate::domain::status::CaseStatus::Reminding.as_str();
    let flow_state = FlowState::parse(&cf.flow.state);
    let status_text = match (reminding, flow_state) {
        (false, _) | (_, FlowState::Stopped) => t(lang, "flows-state-over"),
        (true, FlowState::Paused) if cf.flow.paused_reason.as_deref() == Some("debtor_says_paid") => {
            t(lang, "flows-state-paused-paid")
        }
        (true, FlowState::Paused) => t(lang, "flows-state-paused"),
        (true, FlowState::Running) => match &view.waiting_until {
            Some(day) => t_args(lang, "flows-state-waiting", &[("date", Arg::from(layout.date(day)))]),
            None => t_args(lang, "flows-state-running", &[("flow", Arg::from(cf.flow.flow_name.as_str()))]),
        },
    };
    let next = view.next_step.as_ref().filter(|_| reminding).map(|n| {
        let args = [("step", Arg::from(step_label(lang, &n.kind))), ("date", Arg::from(layout.date(&n.due_on)))];
        t_args(lang, "flows-next", &args)
    });
    let reminders = cf
        .reminders
        .iter()
        .map(|r| ReminderLine {
            id: r.id.clone(),
            date: layout.date(&r.sent_on),
            kind: step_label(lang, &r.kind),
            channel: t(lang, if r.channel == "email" { "flows-channel-email" } else { "flows-channel-letter" }),
            language: countries::language_name(lang, &r.language),
            fee: money_of(r.fee_minor, &r.currency).map_or_else(|| t(lang, "flows-no-fee"), |m| layout.money(&m)),
        })
        .collect();
    let answers = cf
        .answers
        .iter()
        .map(|a| {
            let fields: serde_json::Value = serde_json::from_str(&a.fields_json).unwrap_or_default();
            AnswerLine {
                id: a.id.clone(),
                kind: a.kind.clone(),
                date: layout.date(&rfc3339(a.created_at)),
                text: answer_words(layout, &a.kind, &fields),
                state: t(lang, answer_state_key(&a.state)),
                open: a.state == store::answer_state::OPEN && reminding,
            }
        })
        .collect();
    let calls = cf.calls.iter().map(|c| call_words(layout, c, &currency)).collect();
    let english = serde_json::from_str::<serde_json::Value>(&detail.claim.debtor_json)
        .ok()
        .and_then(|d| d["language"].as_str().map(str::to_string))
        .filter(|code| !code.trim().is_empty() && !crate::mail::letters::speaks(code))
        .map(|code| {
            let name = countries::language_name(lang, &code);
            t_args(lang, "flows-form-english", &[("language", Arg::from(name))])
        });
    let lookup = creditor_id.to_string();
    let company = state.db.run(move |c| crate::db::creditors::get(c, &lookup)).await?;
    let no_bank_account = reminding && company.is_some_and(|c| c.iban.is_none());
    let (quote, quote_problem) = if reminding {
        match reminders::quote_today(state, creditor_id, claim_id).await {
            Ok(q) => (
                Some(TodayQuote {
                    partner: format!("{} ({})", q.partner.name, t(lang, partner_kind_key(q.partner.kind))),
                    if_collected: layout.money(&q.cost.if_collected),
                    if_not_collected: layout.money(&q.cost.if_not_collected),
                    claimable: q.claimable_from_debtor.total.map(|m| layout.money(&m)),
                }),
                false,
            ),
            Err(e) => {
                tracing::debug!(claim = %claim_id, error = %e, "no quote of today");
                (None, true)
            }
        }
    } else {
        (None, false)
    };
    let debtor: serde_json::Value = serde_json::from_str(&detail.claim.debtor_json).unwrap_or_default();
    let key = reminders::debtor_key(
        &detail.claim.debtor_country,
        debtor["registration_number"].as_str(),
        &detail.claim.debtor_name,
    );
    let creditor = creditor_id.to_string();
    let (categories, category) = state
        .db
        .run(move |c| {
            Ok::<_, crate::db::DbError>((
                store::categories(c, &creditor)?,
                store::category_of_debtor(c, &creditor, &key)?,
            ))
        })
        .await?;
    let call_due = reminding
        && cf.steps.iter().any(|s| {
            s.kind == "call"
                && s.state == store::step_state::DONE
                && s.due_on.as_str() <= state.today().to_string().as_str()
                && !cf.calls.iter().any(|c| c.created_at >= s.done_at.unwrap_or(0))
        });
    let panel = ReminderPanel {
        claim_id: claim_id.to_string(),
        state: cf.flow.state.clone(),
        reminding,
        status_text,
        next,
        reminders,
        answers,
        calls,
        fees: view.fees_charged.map(|m| layout.money(&m)),
        quote,
        quote_problem,
        english,
        no_bank_account,
        call_due,
        categories: categories.into_iter().map(|c| (c.id, c.name)).collect(),
        category,
        reasons: reasons(lang),
        call_errors: FieldErrors::new(),
        call_typed: Default::default(),
        paid_errors: FieldErrors::new(),
        paid_typed: Default::default(),
    };
    Ok(Some((panel, cf)))
}

fn partner_kind_key(kind: crate::domain::partner::PartnerKind) -> &'static str {
    match kind {
        crate::domain::partner::PartnerKind::LawFirm => "claims-kind-law-firm",
        crate::domain::partner::PartnerKind::CollectionAgency => "claims-kind-agency",
    }
}

pub fn reasons(lang: Lang) -> Vec<(&'static str, String)> {
    CallReason::ALL.iter().map(|r| (r.as_str(), reason_label(lang, r.as_str()))).collect()
}

fn answer_state_key(state: &str) -> &'static str {
    use store::answer_state as s;
    match state {
        s::OPEN => "flows-answer-open",
        s::ACCEPTED => "flows-answer-accepted",
        s::REJECTED => "flows-answer-rejected",
        s::CONFIRMED => "flows-answer-confirmed",
        s::DENIED => "flows-answer-denied",
        _ => "flows-answer-noted",
    }
}

/// A debtor's answer in the page's language, from its stored fields.
fn answer_words(layout: &Layout, kind: &str, fields: &serde_json::Value) -> String {
    let lang = layout.tr.lang;
    let text = |name: &str| fields[name].as_str().unwrap_or_default().to_string();
    let date = |name: &str| Arg::from(layout.date(fields[name].as_str().unwrap_or_default()));
    match kind {
        "promise" => t_args(lang, "flows-said-promise", &[("date", date("on"))]),
        "paid" => t_args(lang, "flows-said-paid", &[("date", date("on")), ("reference", Arg::from(text("reference")))]),
        "plan" => t_args(
            lang,
            "flows-said-plan",
            &[
                ("count", Arg::from(fields["instalments"].as_i64().unwrap_or_default())),
                ("date", date("first_on")),
                ("note", Arg::from(text("note"))),
            ],
        ),
        _ => t_args(
            lang,
            "flows-said-dispute",
            &[("reason", Arg::from(text("reason"))), ("text", Arg::from(text("text")))],
        ),
    }
}

/// A call's outcome in the page's language, with what it decided, from its stored row.
fn call_words(layout: &Layout, c: &store::CallRow, currency: &str) -> String {
    let lang = layout.tr.lang;
    if !c.reached {
        return t(lang, "flows-call-not-reached");
    }
    let mut text = match &c.reason {
        Some(reason) => t_args(lang, "flows-call-reached-reason", &[("reason", Arg::from(reason_label(lang, reason)))]),
        None => t(lang, "flows-call-reached"),
    };
    let reason = c.reason.as_deref().and_then(CallReason::parse);
    let promised = c.promised_on.as_deref().and_then(|d| d.parse().ok());
    text.push(' ');
    text.push_str(&match flow::decide_call(c.reached, reason, promised) {
        CallDecision::Continue => t(lang, "flows-call-continue"),
        CallDecision::Promise(on) => {
            let amount = money_of(c.promised_amount_minor, currency).map(|m| layout.money(&m));
            let args = [
                ("date", Arg::from(layout.date(&on.to_string()))),
                ("amount", Arg::from(amount.unwrap_or_else(|| t(lang, "flows-the-amount")))),
            ];
            t_args(lang, "flows-call-promise", &args)
        }
        CallDecision::OneMoreChance => {
            let on = crate::db::from_micros(c.created_at).date_naive();
            let day = flow::add_days(on, flow::ONE_MORE_CHANCE_DAYS).to_string();
            t_args(lang, "flows-call-one-more-chance", &[("date", Arg::from(layout.date(&day)))])
        }
        CallDecision::HandOverNow => t(lang, "flows-call-hand-over"),
        CallDecision::DisputeHandOver => t(lang, "flows-call-law-firm"),
    });
    if !c.notes.is_empty() {
        text.push_str(" — ");
        text.push_str(&c.notes);
    }
    text
}

/// A thread entry the reminder flow wrote, in the page's language, from the stored row it is
/// about (a reminder, a call, an answer) or its kind; `None` for any other entry.
pub fn thread_words(layout: &Layout, cf: &ClaimFlow, currency: &str, e: &EventView) -> Option<String> {
    let lang = layout.tr.lang;
    let message = e.message.as_deref()?;
    let at = |micros: i64| rfc3339(micros) == e.occurred_at;
    if message.starts_with("Written reminder ") || message.starts_with("Formal notice ") {
        let r = cf.reminders.iter().find(|r| at(r.sent_at))?;
        let key = if r.channel == "email" { "flows-thread-sent-email" } else { "flows-thread-sent-letter" };
        let mut text = t_args(lang, key, &[("step", Arg::from(step_label(lang, &r.kind)))]);
        if let Some(fee) = money_of(r.fee_minor, &r.currency) {
            text.push(' ');
            text.push_str(&t_args(lang, "flows-thread-fee", &[("fee", Arg::from(layout.money(&fee)))]));
        }
        return Some(text);
    }
    if message.starts_with("Phone call due today") {
        return Some(t(lang, "flows-thread-call-due"));
    }
    if message.starts_with("Phone call: ") {
        let c = cf.calls.iter().find(|c| at(c.created_at))?;
        return Some(call_words(layout, c, currency));
    }
    if message.starts_with("The debtor ") && e.source == "debtor" {
        let a = cf.answers.iter().find(|a| at(a.created_at))?;
        let fields: serde_json::Value = serde_json::from_str(&a.fields_json).unwrap_or_default();
        let said = answer_words(layout, &a.kind, &fields);
        let next = match a.kind.as_str() {
            "promise" => "flows-thread-promise-next",
            "paid" => "flows-thread-paid-next",
            "plan" => "flows-thread-plan-next",
            _ => "flows-thread-dispute-next",
        };
        return Some(format!("{said} {}", t(lang, next)));
    }
    let fixed = [
        ("Reminders paused by the creditor", "flows-thread-paused"),
        ("Reminders resumed by the creditor", "flows-thread-resumed"),
        ("The debtor's promised payment did not arrive", "flows-thread-promise-broken"),
        ("The creditor confirmed the debtor's payment", "flows-thread-paid-confirmed"),
        ("The creditor did not receive the payment", "flows-thread-paid-denied"),
        ("The creditor accepted the debtor's instalment plan", "flows-thread-plan-accepted"),
        ("The creditor rejected the debtor's instalment plan", "flows-thread-plan-rejected"),
    ];
    if let Some((_, key)) = fixed.iter().find(|(prefix, _)| message.starts_with(prefix)) {
        return Some(t(lang, key));
    }
    if let Some(rest) = message.strip_prefix("Marked paid by the creditor: ") {
        let (amount, rest) = rest.split_once(" received on ")?;
        let date = rest.split(';').next()?;
        let amount = amount
            .rsplit_once(' ')
            .and_then(|(a, c)| Money::parse(a, Currency::parse(c).ok()?).ok())
            .map_or_else(|| amount.to_string(), |m| layout.money(&m));
        let args = [("amount", Arg::from(amount)), ("date", Arg::from(layout.date(date)))];
        return Some(t_args(lang, "flows-thread-marked-paid", &args));
    }
    if let Some(rest) = message.strip_prefix("Handed over (") {
        let (_, rest) = rest.split_once(") and routed to ")?;
        let (partner, kind) = rest.rsplit_once(" (")?;
        let kind = if kind.starts_with("law") { "claims-kind-law-firm" } else { "claims-kind-agency" };
        let args = [("partner", Arg::from(partner)), ("kind", Arg::from(t(lang, kind)))];
        return Some(t_args(lang, "flows-thread-handed-over", &args));
    }
    if message.starts_with("Claim filed; reminders run first") {
        return Some(t_args(lang, "flows-thread-filed", &[("flow", Arg::from(cf.flow.flow_name.as_str()))]));
    }
    None
}

// ---------------------------------------------------------------- the claim page's forms

/// The page's answer to an operation's refusal: field problems next to the form's fields,
/// anything else as a notice.
async fn refused(
    state: &AppState,
    user: SignedIn,
    id: &str,
    mut sent: Sent,
    error: ReminderError,
) -> Result<HttpResponse, PageError> {
    let lang = user.visitor.layout.tr.lang;
    match error {
        ReminderError::Invalid(errors) => {
            let mut shown = FieldErrors::new();
            for e in errors.all() {
                let key = match e.field.as_str() {
                    "amount" | "promised_amount" => "flows-error-amount",
                    "received_on" => "flows-error-received-on",
                    "promised_on" => "flows-error-promised-on",
                    "reached" => "flows-error-reached",
                    "reason" => "flows-error-reason",
                    "notes" => "flows-error-notes",
                    _ => "flows-error-form",
                };
                let field = if e.field == "promised_amount" { "amount" } else { e.field.as_str() };
                let field = if field == "promised_on" { "received_on" } else { field };
                if !shown.has(field) {
                    shown.add(field, t(lang, key));
                }
            }
            sent.errors = shown;
            case_page(state, user, id, sent, StatusCode::UNPROCESSABLE_ENTITY).await
        }
        ReminderError::Conflict(_) => {
            user.visitor.flash(t(lang, "flows-flash-not-now"));
            Ok(see_other(&format!("/claims/{id}")))
        }
        ReminderError::NotFound => Err(PageError::NotFound),
        ReminderError::Db(e) => Err(e.into()),
        ReminderError::Internal(e) => Err(PageError::Internal(e)),
    }
}

/// `POST /claims/{id}/reminders/{action}`: pause, resume, stop, hand-over.
#[post("/claims/{id}/reminders/{action}")]
pub async fn act(
    state: web::Data<AppState>,
    user: SignedIn,
    form: FormData,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, PageError> {
    user.visitor.verify_csrf(form.get(CSRF_FIELD))?;
    let (id, action) = path.into_inner();
    let (creditor, actor) = (user.creditor_id.clone(), user.user.id.clone());
    let actor = Some(actor.as_str());
    let (done, flash) = match action.as_str() {
        "pause" => (reminders::pause(&state, &creditor, &id, actor).await, "flows-flash-paused"),
        "resume" => (reminders::resume(&state, &creditor, &id, actor).await, "flows-flash-resumed"),
        "stop" => (reminders::stop(&state, &creditor, &id, actor).await, "flows-flash-stopped"),
        "hand-over" => (reminders::hand_over_now(&state, &creditor, &id, actor).await, "flows-flash-handed-over"),
        _ => return Err(PageError::NotFound),
    };
    match done {
        Ok(()) => {
            user.visitor.flash(user.visitor.layout.t(flash));
            Ok(see_other(&format!("/claims/{id}")))
        }
        Err(e) => refused(&state, user, &id, Sent::default(), e).await,
    }
}

/// Reads an amount as the page's language writes it (`1.234,50` in German).
fn amount_in(lang: Lang, text: &str) -> String {
    crate::i18n::format::parse_amount(lang, text).unwrap_or_else(|_| text.to_string())
}

/// `POST /claims/{id}/mark-paid`: the debtor paid the creditor; the claim is settled.
#[post("/claims/{id}/mark-paid")]
pub async fn mark_paid(
    state: web::Data<AppState>,
    user: SignedIn,
    form: FormData,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    user.visitor.verify_csrf(form.get(CSRF_FIELD))?;
    let id = id.into_inner();
    let lang = user.visitor.layout.tr.lang;
    let (amount, received_on) = (form.get("amount").to_string(), form.get("received_on").to_string());
    let read = amount_in(lang, &amount);
    let done = reminders::mark_paid(&state, &user.creditor_id, &id, &read, &received_on, Some(&user.user.id)).await;
    match done {
        Ok(()) => {
            user.visitor.flash(t(lang, "flows-flash-paid"));
            Ok(see_other(&format!("/claims/{id}")))
        }
        Err(e) => {
            let sent = Sent { form: "mark-paid".into(), amount, received_on, ..Sent::default() };
            refused(&state, user, &id, sent, e).await
        }
    }
}

/// `POST /claims/{id}/calls`: a phone call's outcome, from the claim page or the call tasks.
#[post("/claims/{id}/calls")]
pub async fn call(
    state: web::Data<AppState>,
    user: SignedIn,
    form: FormData,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    user.visitor.verify_csrf(form.get(CSRF_FIELD))?;
    let id = id.into_inner();
    let lang = user.visitor.layout.tr.lang;
    let text = |name: &str| Some(form.get(name).trim().to_string()).filter(|v| !v.is_empty());
    let input = CallInput {
        reached: match form.get("reached") {
            "yes" => Some(true),
            "no" => Some(false),
            _ => None,
        },
        reason: text("reason"),
        promised_on: text("promised_on"),
        promised_amount: text("promised_amount").map(|a| amount_in(lang, &a)),
        notes: text("notes"),
    };
    match reminders::record_call(&state, &user.creditor_id, &id, &input, Some(&user.user.id)).await {
        Ok(()) => {
            user.visitor.flash(t(lang, "flows-flash-call"));
            let back = if form.get("back") == "list" { "/claims".to_string() } else { format!("/claims/{id}") };
            Ok(see_other(&back))
        }
        Err(e) => {
            let sent = Sent {
                form: "call".into(),
                message: form.get("notes").to_string(),
                amount: form.get("promised_amount").to_string(),
                received_on: form.get("promised_on").to_string(),
                ..Sent::default()
            };
            refused(&state, user, &id, sent, e).await
        }
    }
}

/// `POST /claims/{id}/answers/{answer}/{decision}`: accept or reject a plan, confirm or
/// deny a reported payment.
#[post("/claims/{id}/answers/{answer}/{decision}")]
pub async fn decide(
    state: web::Data<AppState>,
    user: SignedIn,
    form: FormData,
    path: web::Path<(String, String, String)>,
) -> Result<HttpResponse, PageError> {
    user.visitor.verify_csrf(form.get(CSRF_FIELD))?;
    let (id, answer, decision) = path.into_inner();
    let accept = match decision.as_str() {
        "accept" => true,
        "reject" => false,
        _ => return Err(PageError::NotFound),
    };
    match reminders::decide_answer(&state, &user.creditor_id, &id, &answer, accept, Some(&user.user.id)).await {
        Ok(()) => {
            user.visitor.flash(user.visitor.layout.t("flows-flash-decided"));
            Ok(see_other(&format!("/claims/{id}")))
        }
        Err(e) => refused(&state, user, &id, Sent::default(), e).await,
    }
}

/// `POST /claims/{id}/category`: puts the claim's debtor in one of the creditor's categories
/// (its next claims start with that category's flow).
#[post("/claims/{id}/category")]
pub async fn claim_category(
    state: web::Data<AppState>,
    user: SignedIn,
    form: FormData,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    user.visitor.verify_csrf(form.get(CSRF_FIELD))?;
    let id = id.into_inner();
    let lookup = id.clone();
    let brief = state.db.run(move |c| crate::db::claims::get_any(c, &lookup)).await?;
    let detail = brief.filter(|d| d.claim.creditor_id == user.creditor_id).ok_or(PageError::NotFound)?;
    let debtor: serde_json::Value = serde_json::from_str(&detail.claim.debtor_json).unwrap_or_default();
    let key = reminders::debtor_key(
        &detail.claim.debtor_country,
        debtor["registration_number"].as_str(),
        &detail.claim.debtor_name,
    );
    let category = Some(form.get("category").trim().to_string()).filter(|c| !c.is_empty());
    super::flows::set_category(&state, &user.creditor_id, &key, &detail.claim.debtor_name, category.as_deref()).await?;
    user.visitor.flash(user.visitor.layout.t("flows-flash-category"));
    Ok(see_other(&format!("/claims/{id}")))
}

// ---------------------------------------------------------------- the printable reminder

#[derive(Template)]
#[template(path = "flows/letter.html")]
struct LetterPage {
    layout: Layout,
    claim_id: String,
    language: String,
    subject: String,
    /// The letter's body as stored (rendered and escaped by the letters' own templates).
    body: String,
    sent: String,
    channel: String,
}

/// The inside of a stored letter's `<body>`.
fn body_of(html: &str) -> &str {
    let start = html.find("<body>").map_or(0, |i| i + "<body>".len());
    let end = html.rfind("</body>").unwrap_or(html.len());
    html.get(start..end.max(start)).unwrap_or(html)
}

/// `GET /claims/{id}/reminders/{reminder}`: a sent reminder as stored, ready to print.
#[get("/claims/{id}/reminders/{reminder}")]
pub async fn letter(
    state: web::Data<AppState>,
    user: SignedIn,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, PageError> {
    let (id, reminder) = path.into_inner();
    let row = reminders::sent_reminder(&state, &user.creditor_id, &id, &reminder).await?.ok_or(PageError::NotFound)?;
    let lang = user.visitor.layout.tr.lang;
    render(&LetterPage {
        claim_id: id,
        language: row.language.clone(),
        subject: row.subject.clone(),
        body: body_of(&row.body_html).to_string(),
        sent: user.visitor.layout.date(&row.sent_on),
        channel: t(lang, if row.channel == "email" { "flows-channel-email" } else { "flows-channel-letter" }),
        layout: user.visitor.layout,
    })
}

// ---------------------------------------------------------------- call tasks

/// A phone call due, on the claims list.
pub struct CallTaskView {
    pub claim_id: String,
    pub debtor: String,
    pub phone: Option<String>,
    pub contact: String,
    pub amount: String,
    pub due: String,
}

/// The creditor's calls due up to today.
pub async fn call_tasks(state: &AppState, layout: &Layout, creditor_id: &str) -> Result<Vec<CallTaskView>, PageError> {
    let (creditor, today) = (creditor_id.to_string(), state.today().to_string());
    let rows = state.db.run(move |c| store::call_tasks(c, &creditor, &today)).await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let debtor: serde_json::Value = serde_json::from_str(&r.debtor_json).unwrap_or_default();
            CallTaskView {
                claim_id: r.claim_id,
                debtor: r.debtor_name,
                phone: debtor["contact"]["phone"].as_str().filter(|p| !p.trim().is_empty()).map(str::to_string),
                contact: debtor["contact"]["name"].as_str().unwrap_or_default().to_string(),
                amount: money_of(Some(r.principal_minor), &r.currency).map(|m| layout.money(&m)).unwrap_or_default(),
                due: layout.date(&r.due_on),
            }
        })
        .collect())
}
