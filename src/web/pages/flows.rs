//! `/flows`: the creditor's reminder flows per customer category, the flow editor (steps added
//! and removed without JavaScript), the category of a debtor, and the reminder-fee choice
//! (administrators only). The flows are saved by [`crate::cases::reminders::save_flow`].

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, get, post, web};
use askama::Template;

use crate::cases::reminders::{self, ReminderError};
use crate::db::reminders::{self as store, CategoryRow};
use crate::db::{DbError, new_id};
use crate::domain::country::Country;
use crate::domain::flow::{self, Flow, Step, StepKind};
use crate::domain::validation::FieldErrors;
use crate::i18n::{Arg, Lang, countries, t, t_args};
use crate::state::AppState;
use crate::web::error::{PageError, render, render_with};
use crate::web::forms::FormData;
use crate::web::see_other;
use crate::web::session::{CSRF_FIELD, Layout, SignedIn};

/// A flow as the list shows it: its name and its steps in words.
pub struct FlowLine {
    pub id: Option<String>,
    pub name: String,
    pub steps: String,
}

pub struct CategoryLine {
    pub id: String,
    pub name: String,
    pub flow_id: Option<String>,
}

impl CategoryLine {
    pub fn uses(&self, id: &str) -> bool {
        self.flow_id.as_deref() == Some(id)
    }
}

#[derive(Template)]
#[template(path = "flows/list.html")]
struct ListPage {
    layout: Layout,
    flows: Vec<FlowLine>,
    categories: Vec<CategoryLine>,
    debtors: Vec<(String, String)>,
    countries: Vec<(&'static str, String)>,
    errors: FieldErrors,
    /// What was typed into the debtor's category form, shown again with its problems.
    typed: (String, String, String),
    admin: bool,
    charges_fees: bool,
    /// The creditor country's cap in the page's language.
    fee_rule: String,
    fee_words: Option<String>,
}

impl ListPage {
    fn is_country(&self, code: &str) -> bool {
        self.typed.2.eq_ignore_ascii_case(code)
    }
}

/// A flow's steps in words: "Written reminder: day 1 · Formal notice: day 7 · …".
fn steps_words(lang: Lang, steps: &[Step]) -> String {
    steps
        .iter()
        .map(|s| {
            let label = super::reminders::step_label(lang, s.kind.as_str());
            t_args(lang, "flows-step-on-day", &[("step", Arg::from(label)), ("day", Arg::from(s.offset_days))])
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The creditor's country's reminder-fee rule in the page's language, and its own words.
fn fee_rule(state: &AppState, layout: &Layout, country: &str) -> (String, Option<String>) {
    let lang = layout.tr.lang;
    let name = Arg::from(layout.country(country));
    let rule = Country::parse(country).ok().and_then(|c| state.rules.reminder_fee(c, state.today()));
    match rule {
        None => (t_args(lang, "flows-fee-no-rule", &[("country", name)]), None),
        Some(r) if r.amount.minor() == 0 || r.max_count == Some(0) => {
            (t_args(lang, "flows-fee-forbidden", &[("country", name)]), None)
        }
        Some(r) => {
            let mut text =
                t_args(lang, "flows-fee-cap", &[("country", name), ("amount", Arg::from(layout.money(&r.amount)))]);
            if let Some(n) = r.max_count {
                text.push(' ');
                text.push_str(&t_args(lang, "flows-fee-count", &[("count", Arg::from(i64::from(n)))]));
            }
            if let Some(days) = r.min_days_apart {
                text.push(' ');
                text.push_str(&t_args(lang, "flows-fee-days", &[("count", Arg::from(i64::from(days)))]));
            }
            if r.only_if_agreed {
                text.push(' ');
                text.push_str(&t(lang, "flows-fee-agreed"));
            }
            (text, Some(r.words.clone()).filter(|w| !w.is_empty()))
        }
    }
}

async fn list_page(
    state: &AppState,
    user: SignedIn,
    errors: FieldErrors,
    typed: (String, String, String),
    status: StatusCode,
) -> Result<HttpResponse, PageError> {
    let lang = user.visitor.layout.tr.lang;
    let creditor = user.creditor_id.clone();
    let (flows, categories, debtors, charges, company) = state
        .db
        .run(move |c| {
            Ok::<_, DbError>((
                store::flows(c, &creditor)?,
                store::categories(c, &creditor)?,
                store::debtor_categories(c, &creditor)?,
                store::charges_fees(c, &creditor)?,
                crate::db::creditors::get(c, &creditor)?,
            ))
        })
        .await?;
    let mut lines = vec![FlowLine {
        id: None,
        name: t(lang, "flows-default-name"),
        steps: steps_words(lang, Flow::default_flow().steps()),
    }];
    lines.extend(flows.iter().map(|f| FlowLine {
        id: Some(f.id.clone()),
        name: f.name.clone(),
        steps: reminders::steps_of(&f.steps_json).map_or_else(String::new, |flow| steps_words(lang, flow.steps())),
    }));
    let names: Vec<(String, String)> = categories.iter().map(|c| (c.id.clone(), c.name.clone())).collect();
    let debtors = debtors
        .into_iter()
        .map(|(_, debtor, category)| {
            let name = names.iter().find(|(id, _)| *id == category).map_or_else(String::new, |(_, n)| n.clone());
            (debtor, name)
        })
        .collect();
    let country = company.map(|c| c.country).unwrap_or_default();
    let (fee_rule, fee_words) = fee_rule(state, &user.visitor.layout, &country);
    let page = ListPage {
        flows: lines,
        categories: categories
            .into_iter()
            .map(|c: CategoryRow| CategoryLine { id: c.id, name: c.name, flow_id: c.flow_id })
            .collect(),
        debtors,
        countries: countries::country_options(lang),
        errors,
        typed,
        admin: user.user.is_admin(),
        charges_fees: charges,
        fee_rule,
        fee_words,
        layout: user.visitor.layout,
    };
    render_with(status, &page)
}

#[get("/flows")]
pub async fn list(state: web::Data<AppState>, user: SignedIn) -> Result<HttpResponse, PageError> {
    list_page(&state, user, FieldErrors::new(), Default::default(), StatusCode::OK).await
}

/// Puts a debtor in a category (or out of every category with `None`); the category must be
/// the creditor's.
pub async fn set_category(
    state: &AppState,
    creditor_id: &str,
    debtor_key: &str,
    debtor_name: &str,
    category: Option<&str>,
) -> Result<(), PageError> {
    let (creditor, key, name, category) =
        (creditor_id.to_string(), debtor_key.to_string(), debtor_name.to_string(), category.map(str::to_string));
    let known = state.db.run(move |c| {
        if let Some(id) = &category {
            if !store::categories(c, &creditor)?.iter().any(|cat| cat.id == *id) {
                return Ok::<_, DbError>(false);
            }
        }
        store::set_debtor_category(c, &creditor, &key, &name, category.as_deref())?;
        Ok(true)
    });
    if known.await? { Ok(()) } else { Err(PageError::NotFound) }
}

/// `POST /flows/categories`: a new customer category with the flow its debtors' claims use.
#[post("/flows/categories")]
pub async fn add_category(
    state: web::Data<AppState>,
    user: SignedIn,
    form: FormData,
) -> Result<HttpResponse, PageError> {
    user.visitor.verify_csrf(form.get(CSRF_FIELD))?;
    let lang = user.visitor.layout.tr.lang;
    let name = form.get("name").trim().to_string();
    if name.is_empty() || name.chars().count() > reminders::MAX_FLOW_NAME {
        let errors = FieldErrors::single("category-name", t(lang, "flows-error-category-name"));
        return list_page(&state, user, errors, Default::default(), StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    let flow_id = own_flow_choice(&state, &user.creditor_id, form.get("flow")).await?;
    let row = CategoryRow {
        id: new_id("cat_"),
        creditor_id: user.creditor_id.clone(),
        name,
        flow_id,
        created_at: state.now(),
    };
    state.db.run(move |c| store::insert_category(c, &row)).await?;
    user.visitor.flash(t(lang, "flows-flash-category-added"));
    Ok(see_other("/flows"))
}

/// The creditor's flow chosen in a form (`None`: the default flow); another's is a 404.
async fn own_flow_choice(state: &AppState, creditor_id: &str, chosen: &str) -> Result<Option<String>, PageError> {
    let chosen = chosen.trim().to_string();
    if chosen.is_empty() {
        return Ok(None);
    }
    let creditor = creditor_id.to_string();
    let row = state.db.run(move |c| store::flow(c, &creditor, &chosen)).await?;
    row.map(|r| Some(r.id)).ok_or(PageError::NotFound)
}

/// `POST /flows/categories/{id}`: the flow a category uses.
#[post("/flows/categories/{id}")]
pub async fn category_flow(
    state: web::Data<AppState>,
    user: SignedIn,
    form: FormData,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    user.visitor.verify_csrf(form.get(CSRF_FIELD))?;
    let flow_id = own_flow_choice(&state, &user.creditor_id, form.get("flow")).await?;
    let (creditor, id) = (user.creditor_id.clone(), id.into_inner());
    if !state.db.run(move |c| store::set_category_flow(c, &creditor, &id, flow_id.as_deref())).await? {
        return Err(PageError::NotFound);
    }
    user.visitor.flash(user.visitor.layout.t("flows-flash-saved"));
    Ok(see_other("/flows"))
}

/// `POST /flows/debtors`: a debtor (registration number or name, and country) in a category.
#[post("/flows/debtors")]
pub async fn debtor_category(
    state: web::Data<AppState>,
    user: SignedIn,
    form: FormData,
) -> Result<HttpResponse, PageError> {
    user.visitor.verify_csrf(form.get(CSRF_FIELD))?;
    let lang = user.visitor.layout.tr.lang;
    let (number, name, country) =
        (form.get("registration_number").trim(), form.get("debtor_name").trim(), form.get("country").trim());
    let mut errors = FieldErrors::new();
    if number.is_empty() && name.is_empty() {
        errors.add("registration_number", t(lang, "flows-error-debtor"));
    }
    let code = countries::code_of_name(lang, country).map(str::to_string).unwrap_or_else(|| country.to_uppercase());
    let parsed = Country::parse(&code);
    if parsed.is_err() {
        errors.add("country", t(lang, "flows-error-country"));
    }
    let category = form.get("category").trim();
    if category.is_empty() {
        errors.add("category", t(lang, "flows-error-category"));
    }
    if !errors.is_empty() {
        let typed = (number.to_string(), name.to_string(), country.to_string());
        return list_page(&state, user, errors, typed, StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    let key = reminders::debtor_key(&code, Some(number), name);
    let shown = if name.is_empty() { number } else { name };
    set_category(&state, &user.creditor_id, &key, shown, Some(category)).await?;
    user.visitor.flash(t(lang, "flows-flash-category"));
    Ok(see_other("/flows"))
}

/// `POST /flows/fees`: whether reminders carry a fee where the law allows one (administrators).
#[post("/flows/fees")]
pub async fn fees(state: web::Data<AppState>, user: SignedIn, form: FormData) -> Result<HttpResponse, PageError> {
    user.visitor.verify_csrf(form.get(CSRF_FIELD))?;
    user.require_admin()?;
    let on = form.get("charge_fees") == "true";
    let creditor = user.creditor_id.clone();
    state.db.run(move |c| store::set_charges_fees(c, &creditor, on)).await?;
    user.visitor.flash(user.visitor.layout.t(if on { "flows-flash-fees-on" } else { "flows-flash-fees-off" }));
    Ok(see_other("/flows"))
}

// ---------------------------------------------------------------- the editor

/// A step row of the editor, as typed.
#[derive(Clone, Default)]
pub struct StepRowInput {
    pub kind: String,
    pub offset: String,
}

#[derive(Template)]
#[template(path = "flows/edit.html")]
struct EditPage {
    layout: Layout,
    /// `None` for a new flow.
    id: Option<String>,
    name: String,
    rows: Vec<StepRowInput>,
    errors: FieldErrors,
    kinds: Vec<(&'static str, String)>,
}

impl EditPage {
    fn action(&self) -> String {
        self.id.as_ref().map_or_else(|| "/flows/new".to_string(), |id| format!("/flows/{id}"))
    }

    fn kind_name(&self, i: &usize) -> String {
        format!("steps[{i}].kind")
    }

    fn offset_name(&self, i: &usize) -> String {
        format!("steps[{i}].offset_days")
    }

    fn step_error(&self, i: &usize) -> Option<&str> {
        self.errors.get(&format!("steps[{i}]"))
    }

    fn step_legend(&self, i: &usize) -> String {
        t_args(self.layout.tr.lang, "flows-edit-step-n", &[("n", Arg::from(i + 1))])
    }
}

fn kinds(lang: Lang) -> Vec<(&'static str, String)> {
    StepKind::ALL.iter().map(|k| (k.as_str(), super::reminders::step_label(lang, k.as_str()))).collect()
}

fn rows_of(steps: &[Step]) -> Vec<StepRowInput> {
    steps.iter().map(|s| StepRowInput { kind: s.kind.as_str().into(), offset: s.offset_days.to_string() }).collect()
}

fn edit_page(
    layout: Layout,
    id: Option<String>,
    name: String,
    rows: Vec<StepRowInput>,
    errors: FieldErrors,
) -> EditPage {
    let kinds = kinds(layout.tr.lang);
    EditPage { layout, id, name, rows, errors, kinds }
}

#[get("/flows/new")]
pub async fn new_flow(user: SignedIn) -> Result<HttpResponse, PageError> {
    let rows = rows_of(Flow::default_flow().steps());
    render(&edit_page(user.visitor.layout, None, String::new(), rows, FieldErrors::new()))
}

#[get("/flows/{id}")]
pub async fn edit_flow(
    state: web::Data<AppState>,
    user: SignedIn,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let (creditor, lookup) = (user.creditor_id.clone(), id.into_inner());
    let row = state.db.run(move |c| store::flow(c, &creditor, &lookup)).await?.ok_or(PageError::NotFound)?;
    let rows = reminders::steps_of(&row.steps_json).map(|f| rows_of(f.steps())).unwrap_or_default();
    render(&edit_page(user.visitor.layout, Some(row.id), row.name, rows, FieldErrors::new()))
}

/// The step rows of the editor's form, in order.
fn rows_in(form: &FormData) -> Vec<StepRowInput> {
    let mut rows: std::collections::BTreeMap<usize, StepRowInput> = std::collections::BTreeMap::new();
    for (name, value) in &form.0 {
        let Some(rest) = name.strip_prefix("steps[") else { continue };
        let Some((i, field)) = rest.split_once("].") else { continue };
        let Ok(i) = i.parse::<usize>() else { continue };
        if i >= flow::MAX_STEPS * 2 {
            continue;
        }
        let row = rows.entry(i).or_default();
        match field {
            "kind" => row.kind = value.trim().to_string(),
            "offset_days" => row.offset = value.trim().to_string(),
            _ => {}
        }
    }
    rows.into_values().collect()
}

/// Why the flow is refused, in the page's language (the core's reason, by its meaning).
fn flow_problem(lang: Lang, message: &str) -> String {
    if message.contains("written") {
        t(lang, "flows-error-third-written")
    } else if message.contains("later day") {
        t(lang, "flows-error-order")
    } else if message.contains("from 0") {
        t_args(lang, "flows-error-day", &[("max", Arg::from(flow::MAX_OFFSET_DAYS))])
    } else if message.contains("is the last step") || message.contains("ends with") || message.contains("at least its")
    {
        t(lang, "flows-error-hand-over-last")
    } else if message.contains("at most") {
        t_args(lang, "flows-error-too-many", &[("max", Arg::from(flow::MAX_STEPS))])
    } else {
        t(lang, "flows-error-form")
    }
}

async fn save(state: &AppState, user: SignedIn, id: Option<String>, form: FormData) -> Result<HttpResponse, PageError> {
    user.visitor.verify_csrf(form.get(CSRF_FIELD))?;
    let lang = user.visitor.layout.tr.lang;
    let name = form.get("name").to_string();
    let mut rows = rows_in(&form);
    let action = form.get("action");
    if action == "add_step" {
        if rows.len() < flow::MAX_STEPS {
            let insert_at = rows.iter().position(|r| r.kind == "hand_over").unwrap_or(rows.len());
            rows.insert(insert_at, StepRowInput { kind: "call".into(), offset: String::new() });
        }
        return render(&edit_page(user.visitor.layout, id, name, rows, FieldErrors::new()));
    }
    if let Some(i) = action.strip_prefix("remove_").and_then(|i| i.parse::<usize>().ok()) {
        if i < rows.len() {
            rows.remove(i);
        }
        return render(&edit_page(user.visitor.layout, id, name, rows, FieldErrors::new()));
    }
    let mut errors = FieldErrors::new();
    let mut steps = Vec::new();
    for (i, row) in rows.iter().enumerate() {
        let kind = StepKind::parse(&row.kind);
        let offset = row.offset.parse::<i64>().ok();
        match (kind, offset) {
            (Some(kind), Some(offset_days)) => steps.push(Step { kind, offset_days }),
            (None, _) => errors.add(format!("steps[{i}]"), t(lang, "flows-error-kind")),
            (_, None) => errors.add(
                format!("steps[{i}]"),
                t_args(lang, "flows-error-day", &[("max", Arg::from(flow::MAX_OFFSET_DAYS))]),
            ),
        }
    }
    if errors.is_empty() {
        match reminders::save_flow(state, &user.creditor_id, id.as_deref(), &name, steps).await {
            Ok(_) => {
                user.visitor.flash(t(lang, "flows-flash-saved"));
                return Ok(see_other("/flows"));
            }
            Err(ReminderError::Invalid(refused)) => {
                for e in refused.all() {
                    let message = if e.field == "name" {
                        t_args(lang, "flows-error-name", &[("max", Arg::from(reminders::MAX_FLOW_NAME))])
                    } else {
                        flow_problem(lang, &e.message)
                    };
                    errors.add(e.field.clone(), message);
                }
            }
            Err(ReminderError::NotFound) => return Err(PageError::NotFound),
            Err(ReminderError::Db(e)) => return Err(e.into()),
            Err(e) => return Err(PageError::Internal(anyhow::anyhow!("saving a flow: {e}"))),
        }
    }
    let page = edit_page(user.visitor.layout, id, name, rows, errors);
    render_with(StatusCode::UNPROCESSABLE_ENTITY, &page)
}

#[post("/flows/new")]
pub async fn create_flow(
    state: web::Data<AppState>,
    user: SignedIn,
    form: FormData,
) -> Result<HttpResponse, PageError> {
    save(&state, user, None, form).await
}

#[post("/flows/{id}")]
pub async fn update_flow(
    state: web::Data<AppState>,
    user: SignedIn,
    form: FormData,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let (creditor, lookup) = (user.creditor_id.clone(), id.into_inner());
    let row = state.db.run(move |c| store::flow(c, &creditor, &lookup)).await?.ok_or(PageError::NotFound)?;
    save(&state, user, Some(row.id), form).await
}
