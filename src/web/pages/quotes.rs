//! The public quote page, and the view of a quote that it, the claim form's preview and a
//! claim's page share.
//!
//! The page works without JavaScript: its form is a GET to `/quote`, and the answer is the
//! page with the quote (or the errors next to their fields). `static/quote.js` makes it
//! live: as the creditor types, it asks `GET /quote/part` with the same fields for the quote
//! as this page would show it (or the errors in the page's language), and puts it in place.

use std::fmt;

use actix_web::http::StatusCode;
use actix_web::web;
use actix_web::{HttpRequest, HttpResponse, get};
use askama::Template;
use serde::Deserialize;

use crate::domain::quote::CostLabel;
use crate::domain::quote::{Quote, QuoteInput};
use crate::domain::validation::FieldErrors;
use crate::i18n::{Arg, Lang, Tr, t_args};
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

impl MoneyView {
    /// The amount as the page's language writes money.
    pub fn shown(&self, tr: &Tr) -> String {
        self.localised(tr.lang)
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
    /// The partner's kind in the page's language, as quotes write it (lower case).
    pub fn kind_label(&self, tr: &Tr) -> String {
        tr.t(if self.kind == "law_firm" { "quote-kind-law-firm" } else { "quote-kind-agency" })
    }

    pub fn licensed_by(&self, tr: &Tr, licence: &LicenceLine) -> String {
        t_args(
            tr.lang,
            "quote-licensed-by",
            &[("authority", Arg::from(licence.authority.as_str())), ("number", Arg::from(licence.number.as_str()))],
        )
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
    /// When the line is charged, in the page's language.
    pub fn when(&self, tr: &Tr) -> String {
        tr.t(match self.charged.as_str() {
            "if_collected" => "quote-charged-if-collected",
            "if_legal_phase" => "quote-charged-if-legal-phase",
            _ => "quote-charged-always",
        })
    }

    /// What the line is, in the page's language, with its amounts as the page writes money
    /// (a partner's own fee keeps the partner's name for it).
    pub fn label_in(&self, tr: &Tr) -> String {
        let lang = tr.lang;
        let money = |text: &str| money_text(lang, text);
        let with_original = |label: String, original: &Option<String>| match original {
            Some(m) => format!("{label} ({})", money(m)),
            None => label,
        };
        match CostLabel::read(&self.label) {
            CostLabel::Commission { percent } => {
                t_args(lang, "quote-cost-commission", &[("percent", Arg::from(number_text(lang, &percent)))])
            }
            CostLabel::MinimumFee { percent, commission, of } => {
                let mut args = vec![
                    ("percent", Arg::from(number_text(lang, &percent))),
                    ("commission", Arg::from(money(&commission))),
                ];
                match of {
                    Some(fee) => {
                        args.push(("fee", Arg::from(money(&fee))));
                        t_args(lang, "quote-cost-minimum-fee-of", &args)
                    }
                    None => t_args(lang, "quote-cost-minimum-fee", &args),
                }
            }
            CostLabel::Fee { label, original } => with_original(label, &original),
            CostLabel::LegalPhase { disputed, original } => with_original(
                tr.t(if disputed { "quote-cost-legal-phase-disputed" } else { "quote-cost-legal-phase-if-court" }),
                &original,
            ),
        }
    }
}

/// `220.00 SEK` as `lang` writes money; as it is when it cannot be read.
fn money_text(lang: Lang, text: &str) -> String {
    match text.split_once(' ') {
        Some((amount, currency)) => {
            MoneyView { amount: amount.to_string(), currency: currency.to_string() }.localised(lang)
        }
        None => text.to_string(),
    }
}

/// `7.5` as `lang` writes a number (`7,5`).
fn number_text(lang: Lang, text: &str) -> String {
    if lang == Lang::En { text.to_string() } else { text.replace('.', ",") }
}

/// `Invoice 7` (as quotes name invoices) in the page's language.
fn invoice_text(tr: &Tr, text: &str) -> String {
    match text.strip_prefix("Invoice ") {
        Some(number) => tr.t1("quote-invoice", "number", number),
        None => text.to_string(),
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
    pub fn status_label(&self, tr: &Tr) -> String {
        match self.rate_status.as_str() {
            "carried_forward" => tr.t("quote-rate-carried-forward"),
            "unknown" => tr.t("quote-rate-unknown"),
            _ => String::new(),
        }
    }

    pub fn invoice_in(&self, tr: &Tr) -> String {
        invoice_text(tr, &self.invoice)
    }

    pub fn rate_in(&self, tr: &Tr) -> String {
        match &self.rate_percent {
            Some(rate) => format!("{} %", number_text(tr.lang, rate)),
            None => tr.t("quote-rate-none"),
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

impl CompensationLineView {
    /// The invoice and what sets its compensation: the rule's words in English, the
    /// statutory amount in other languages.
    pub fn line_in(&self, tr: &Tr) -> String {
        match tr.lang {
            Lang::En => format!("{}: {}", self.invoice, self.rule),
            lang => format!("{}: {}", invoice_text(tr, &self.invoice), self.statutory.localised(lang)),
        }
    }
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
    pub years: i64,
    pub ends: String,
    pub status: String,
    pub warning: Option<String>,
}

impl LimitationView {
    /// The period and its end for the earliest invoice; English keeps the law's own words.
    pub fn period_in(&self, tr: &Tr) -> String {
        let ends = crate::i18n::format::date_str(tr.lang, &self.ends);
        match tr.lang {
            Lang::En => format!("Limitation: {}; for the earliest invoice it ends on {ends}.", self.period),
            lang => {
                t_args(lang, "quote-limitation-period", &[("years", Arg::from(self.years)), ("ends", Arg::from(ends))])
            }
        }
    }

    /// The warning when the period is near its end or past it, in the page's language.
    pub fn warning_in(&self, tr: &Tr) -> Option<String> {
        let warning = self.warning.clone()?;
        if tr.lang == Lang::En {
            return Some(warning);
        }
        let ends = chrono::NaiveDate::parse_from_str(&self.ends, "%Y-%m-%d").ok();
        let date = |d: Option<chrono::NaiveDate>| d.map(|d| crate::i18n::format::date(tr.lang, d)).unwrap_or_default();
        Some(match self.status.as_str() {
            "past" => tr.t1("quote-limitation-past", "date", &date(ends.and_then(|d| d.succ_opt()))),
            _ => tr.t1("quote-limitation-near", "date", &date(ends)),
        })
    }
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

impl StandingLine {
    /// The score in words (a newcomer's counts as a set score).
    pub fn score_in(&self, tr: &Tr) -> String {
        let key = if self.newcomer { "quote-standing-newcomer" } else { "quote-standing-score" };
        t_args(tr.lang, key, &[("score", Arg::from(i64::from(self.score)))])
    }

    /// The partner's performance as the quote states it; English keeps the quote's own words.
    pub fn summary_in(&self, tr: &Tr) -> String {
        let summary = if tr.lang == Lang::En { self.summary.clone() } else { self.score_in(tr) };
        tr.t1("quote-performance", "summary", &summary)
    }
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
    /// The warnings above the quote in the page's language (the limitation warning is the
    /// only one a quote gives).
    pub fn warnings_in(&self, tr: &Tr) -> Vec<String> {
        match (tr.lang, self.claimable_from_debtor.limitation.as_ref().and_then(|l| l.warning_in(tr))) {
            (Lang::En, _) | (_, None) => self.warnings.clone(),
            (_, Some(warning)) => vec![warning],
        }
    }

    pub fn heading(&self, tr: &Tr) -> String {
        t_args(
            tr.lang,
            "quote-result-heading",
            &[
                ("date", Arg::from(crate::i18n::format::date_str(tr.lang, &self.as_of))),
                ("country", Arg::from(crate::i18n::countries::country_name(tr.lang, &self.country.code))),
            ],
        )
    }

    pub fn alternatives_heading(&self, tr: &Tr) -> String {
        let country = crate::i18n::countries::country_name(tr.lang, &self.country.code);
        tr.t1("quote-alternatives-heading", "country", &country)
    }

    /// The interest line's label, with the rate in force when one is known.
    pub fn interest_label(&self, tr: &Tr) -> String {
        match &self.claimable_from_debtor.interest_rate_percent {
            Some(rate) => tr.t1("quote-interest-at", "rate", &number_text(tr.lang, rate)),
            None => tr.t("quote-interest"),
        }
    }

    /// How days earn interest, in words; English keeps the law's description before it.
    pub fn interest_basis(&self, tr: &Tr) -> String {
        let c = &self.claimable_from_debtor;
        let day_count = match c.day_count.as_str() {
            "actual/360" => tr.t("quote-day-count-360"),
            "actual/actual" => tr.t("quote-day-count-actual"),
            "actual/365" => tr.t("quote-day-count-365"),
            other => other.to_string(),
        };
        match tr.lang {
            Lang::En => format!("{}, {}", c.interest_rule, c.day_count),
            _ => day_count,
        }
    }

    /// Who the quote recommends and why, when the page is not in English (English pages
    /// show the quote's own reasons).
    pub fn recommendation_in(&self, tr: &Tr) -> Option<String> {
        let r = self.recommendation.as_ref()?;
        let country = crate::i18n::countries::country_name(tr.lang, &self.country.code);
        Some(match r.chosen_by_creditor {
            true => tr.t1("quote-recommended-other", "partner", &r.partner_name),
            false => tr.t1("quote-recommended", "country", &country),
        })
    }

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

/// The quote part of a page: what `static/quote.js` puts in place as the creditor types, in
/// the page's language and the same markup as a page sent by the server. `200` with
/// `{"html"}`, or `422` with `{"errors": [{"field", "error"}]}`, each message in the page's
/// language (the field names are the form's).
#[get("/quote/part")]
pub async fn part(state: web::Data<AppState>, visitor: Visitor, req: HttpRequest) -> Result<HttpResponse, PageError> {
    let form = FormData(url::form_urlencoded::parse(req.query_string().as_bytes()).into_owned().collect(), Vec::new());
    let lang = visitor.layout.tr.lang;
    let answer = match preview(&state, lang, &form) {
        Ok(q) => {
            let html = QuotePart { layout: visitor.layout, q }.render()?;
            HttpResponse::Ok().json(serde_json::json!({ "html": html }))
        }
        Err(errors) => {
            let errors: Vec<serde_json::Value> = crate::web::forms::localise(lang, errors)
                .all()
                .iter()
                .map(|e| {
                    let label = crate::web::forms::field_label_in(lang, &e.field);
                    serde_json::json!({ "field": e.field, "error": e.message, "label": label })
                })
                .collect();
            HttpResponse::UnprocessableEntity().json(serde_json::json!({ "errors": errors }))
        }
    };
    Ok(answer)
}

#[derive(Template)]
#[template(path = "quote_part.html")]
struct QuotePart {
    layout: Layout,
    q: QuoteView,
}

#[get("/static/quote.js")]
pub async fn js() -> HttpResponse {
    super::public::asset("text/javascript; charset=utf-8", include_str!("../../../static/quote.js"))
}
