//! The public quote page, and the view of a quote that it, the claim form's preview and a
//! claim's page share.
//!
//! The page works without JavaScript: its form is a GET to `/quote`, and the answer is the
//! page with the quote (or the errors next to their fields). `static/quote.js` makes it
//! live: it posts the same fields to `POST /api/v1/quotes` as the creditor types.

use std::fmt;

use actix_web::http::StatusCode;
use actix_web::web;
use actix_web::{HttpRequest, HttpResponse, get};
use askama::Template;
use serde::Deserialize;

use crate::domain::quote::{Quote, QuoteInput};
use crate::domain::validation::FieldErrors;
use crate::i18n::Lang;
use crate::state::AppState;
use crate::web::api::quotes::quote_for;
use crate::web::error::{PageError, render_with};
use crate::web::forms::{FormData, claim_input_in, merged};
use crate::web::session::{Layout, Visitor};

/// Money as the JSON contracts write it.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct MoneyView {
    pub amount: String,
    pub currency: String,
}

impl MoneyView {
    /// The amount as `lang` writes money (`12.500,00 €`); as the contract wrote it when it
    /// cannot be read.
    pub fn localised(&self, lang: Lang) -> String {
        use std::str::FromStr;
        match (rust_decimal::Decimal::from_str(&self.amount), crate::domain::money::Currency::parse(&self.currency)) {
            (Ok(amount), Ok(currency)) => crate::i18n::format::amount(lang, amount, currency),
            _ => self.to_string(),
        }
    }
}

impl fmt::Display for MoneyView {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.amount, self.currency)
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct LicenceLine {
    pub authority: String,
    pub number: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct PartnerLine {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub sandbox: bool,
    pub licence: Option<LicenceLine>,
}

impl PartnerLine {
    pub fn kind_label(&self) -> &'static str {
        if self.kind == "law_firm" { "law firm" } else { "collection agency" }
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct CostLineView {
    pub label: String,
    pub amount: MoneyView,
    pub charged: String,
}

impl CostLineView {
    pub fn when(&self) -> &'static str {
        match self.charged.as_str() {
            "if_collected" => "out of what is collected",
            "if_legal_phase" => "only if it goes to court; not in the totals",
            _ => "whatever the outcome",
        }
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct CostView {
    pub if_collected: MoneyView,
    pub if_not_collected: MoneyView,
    pub lines: Vec<CostLineView>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct PeriodView {
    pub invoice: String,
    pub from: String,
    pub to: String,
    pub days: i64,
    pub rate_percent: Option<String>,
    pub rate_status: String,
    pub interest: MoneyView,
}

impl PeriodView {
    pub fn status_label(&self) -> &'static str {
        match self.rate_status.as_str() {
            "carried_forward" => "carried forward",
            "unknown" => "no rate known",
            _ => "",
        }
    }
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct CompensationLineView {
    pub invoice: String,
    pub statutory: MoneyView,
    pub amount: MoneyView,
    pub rule: String,
}

/// An interest rule the quote used, in words.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct MethodView {
    pub from: String,
    pub to: String,
    pub description: String,
    pub explanation: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct LimitationView {
    pub period: String,
    pub ends: String,
    pub status: String,
    pub warning: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct ClaimableView {
    pub late_interest: MoneyView,
    pub interest_rate_percent: Option<String>,
    pub interest_rule: String,
    pub interest_methods: Vec<MethodView>,
    pub limitation: Option<LimitationView>,
    pub day_count: String,
    pub interest_periods: Vec<PeriodView>,
    pub compensation: Option<MoneyView>,
    pub compensation_lines: Vec<CompensationLineView>,
    pub total: Option<MoneyView>,
    pub reminder_fee_cap: Option<String>,
    pub law: String,
    pub confidence: String,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct OfferView {
    pub partner: PartnerLine,
    pub cost: CostView,
    /// Absent from quotes stored before partners' performance was measured.
    pub standing: Option<StandingLine>,
}

/// A partner's measured performance as a quote states it.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct StandingLine {
    pub score: u32,
    pub newcomer: bool,
    pub summary: String,
}

/// Why routing recommends its partner.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct RecommendationLine {
    pub partner_id: String,
    pub partner_name: String,
    pub reason: String,
    pub rule: String,
    pub chosen_by_creditor: bool,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct CountryLine {
    pub code: String,
    pub name: String,
}

/// A quote as pages show it, read from its JSON: the live one, or one stored with a claim
/// (so an older stored quote with fewer fields still shows what it has).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct QuoteView {
    pub as_of: String,
    pub country: CountryLine,
    pub service: String,
    pub partner: PartnerLine,
    pub principal: MoneyView,
    pub cost: CostView,
    pub claimable_from_debtor: ClaimableView,
    pub standing: Option<StandingLine>,
    /// Absent from quotes stored before routing explained itself.
    pub recommendation: Option<RecommendationLine>,
    pub alternatives: Vec<OfferView>,
    pub warnings: Vec<String>,
    pub notes: Vec<String>,
}

impl QuoteView {
    pub fn of(quote: &Quote) -> Option<Self> {
        serde_json::to_value(quote).ok().and_then(Self::from_json)
    }

    pub fn from_json(value: serde_json::Value) -> Option<Self> {
        serde_json::from_value(value).ok()
    }
}

/// The quote for what a form on a page in `lang` holds (claim form or quote page), if one
/// can be made; the errors are in English until the page says them in its language.
pub fn preview(state: &AppState, lang: Lang, form: &FormData) -> Result<QuoteView, FieldErrors> {
    let (_, read, unread) = claim_input_in(lang, form);
    let input = QuoteInput::from_claim(&read);
    let quote = match quote_for(state, &input) {
        Ok(quote) if unread.is_empty() => quote,
        Ok(_) => return Err(unread),
        Err(e) => return Err(merged(unread, e.into_field_errors())),
    };
    QuoteView::of(&quote).ok_or_else(|| FieldErrors::single("invoices", "the quote could not be shown"))
}

/// The names of the quote page's fields: the contract's paths, as on the claim form.
const COUNTRY: &str = "debtor.country";
const AMOUNT: &str = "invoices[0].amount.amount";
const CURRENCY: &str = "invoices[0].amount.currency";
const DUE: &str = "invoices[0].due_date";

#[derive(Template)]
#[template(path = "quote.html")]
struct QuotePage {
    layout: Layout,
    errors: FieldErrors,
    country: String,
    amount: String,
    currency: String,
    due_date: String,
    disputed: bool,
    quote: Option<QuoteView>,
    countries: Vec<(&'static str, String)>,
    currencies: Vec<&'static str>,
}

impl QuotePage {
    fn amount_attrs(&self) -> String {
        format!("required inputmode=\"decimal\" placeholder=\"{}\"", self.layout.t("claims-amount-placeholder"))
    }
}

#[get("/quote")]
pub async fn page(state: web::Data<AppState>, visitor: Visitor, req: HttpRequest) -> Result<HttpResponse, PageError> {
    let form = FormData(url::form_urlencoded::parse(req.query_string().as_bytes()).into_owned().collect(), Vec::new());
    let asked = [COUNTRY, AMOUNT, DUE].iter().any(|name| form.has(name));
    let (status, quote, errors) = match asked {
        false => (StatusCode::OK, None, FieldErrors::new()),
        true => match preview(&state, visitor.layout.tr.lang, &form) {
            Ok(quote) => (StatusCode::OK, Some(quote), FieldErrors::new()),
            Err(errors) => (StatusCode::UNPROCESSABLE_ENTITY, None, errors),
        },
    };
    let lang = visitor.layout.tr.lang;
    let currency = Some(form.get(CURRENCY)).filter(|c| !c.is_empty()).unwrap_or("EUR");
    render_with(
        status,
        &QuotePage {
            layout: visitor.layout,
            errors: crate::web::forms::localise(lang, errors),
            country: form.get(COUNTRY).to_string(),
            amount: form.get(AMOUNT).to_string(),
            currency: currency.to_string(),
            due_date: form.get(DUE).to_string(),
            disputed: matches!(form.get("disputed"), "true" | "on" | "yes"),
            quote,
            countries: crate::i18n::countries::country_options(lang),
            currencies: super::claims::CURRENCIES.to_vec(),
        },
    )
}

#[get("/static/quote.js")]
pub async fn js() -> HttpResponse {
    super::public::asset("text/javascript; charset=utf-8", include_str!("../../../static/quote.js"))
}
