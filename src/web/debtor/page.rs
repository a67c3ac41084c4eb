//! The response page's content: what it shows of the claim, its forms, and how it reads them.

use std::collections::BTreeMap;

use askama::Template;
use chrono::{Days, NaiveDate};
use hmac::{Hmac, Mac};
use sha2::Sha256;

use crate::cases::reminders::DebtorAnswer;
use crate::domain::claim::InvoiceLine;
use crate::domain::country::Country;
use crate::domain::document::{DocumentName, check_media_type, detect};
use crate::domain::money::{Currency, Money};
use crate::domain::quote::{QuoteRequest, claimable_from_debtor};
use crate::domain::text::Reference;
use crate::i18n::{Arg, Lang, format, t, t_args};
use crate::state::AppState;
use crate::web::error::PageError;
use crate::web::forms::FormData;

/// A promise may name a day at most this many days ahead.
pub const PROMISE_DAYS: u64 = 30;
/// An instalment plan's first payment at most this many days ahead.
pub const PLAN_START_DAYS: u64 = 60;
/// Instalments a plan may have.
pub const PLAN_INSTALMENTS: std::ops::RangeInclusive<u32> = 2..=24;
/// The longest payment reference, plan note and dispute text.
pub const MAX_REFERENCE: usize = 200;
pub const MAX_NOTE: usize = 2000;
pub const MAX_TEXT: usize = 4000;
/// The reasons a dispute may give (their words are `debtor-reason-<reason>`).
pub const REASONS: [&str; 5] = ["not-ordered", "not-delivered", "wrong-amount", "already-paid", "other"];

/// The hidden field that carries the form key.
pub const FORM_KEY: &str = "form_key";
/// How long a form stays valid after the page was shown, in seconds.
const FORM_KEY_SECONDS: i64 = 24 * 3600;

/// Which answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnswerKind {
    Paid,
    Promise,
    Plan,
    Dispute,
}

impl AnswerKind {
    pub fn parse(text: &str) -> Option<Self> {
        Some(match text {
            "paid" => Self::Paid,
            "promise" => Self::Promise,
            "plan" => Self::Plan,
            "dispute" => Self::Dispute,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Paid => "paid",
            Self::Promise => "promise",
            Self::Plan => "plan",
            Self::Dispute => "dispute",
        }
    }
}

/// A form key: when it was issued, signed with the link's token.
pub fn form_key(token: &str, issued_at: i64) -> String {
    format!("{issued_at}.{}", signature(token, issued_at))
}

fn signature(token: &str, issued_at: i64) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(token.as_bytes()).expect("HMAC takes a key of any length");
    mac.update(format!("debtor-form:{issued_at}").as_bytes());
    mac.finalize().into_bytes().iter().map(|b| format!("{b:02x}")).collect()
}

/// Whether `key` was issued for this link within the last day (`now` in microseconds).
pub fn form_key_valid(token: &str, key: &str, now: i64) -> bool {
    use subtle::ConstantTimeEq;
    let Some((issued, sig)) = key.split_once('.') else { return false };
    let Ok(issued_at) = issued.parse::<i64>() else { return false };
    let age = now / 1_000_000 - issued_at;
    (-300..=FORM_KEY_SECONDS).contains(&age) && bool::from(signature(token, issued_at).as_bytes().ct_eq(sig.as_bytes()))
}

/// What the page shows of a claim.
#[derive(Debug, Clone)]
pub struct ClaimView {
    pub creditor: String,
    pub debtor: String,
    /// The claim's debtor language code.
    pub language: String,
    pub invoices: Vec<(String, NaiveDate, NaiveDate, Money)>,
    pub outstanding: Money,
    /// Statutory interest to today, the quote engine's figure; `None` when it cannot say.
    pub interest: Option<Money>,
}

/// The claim behind a link, as the page shows it; `None` when it is gone.
pub async fn load(state: &AppState, claim_id: &str) -> Result<Option<ClaimView>, PageError> {
    let id = claim_id.to_string();
    let found = state
        .db
        .run(move |conn| {
            let Some(detail) = crate::db::claims::get_any(conn, &id)? else { return Ok(None) };
            let creditor = crate::db::creditors::get(conn, &detail.claim.creditor_id)?;
            Ok(Some((detail, creditor.map(|c| c.name).unwrap_or_default())))
        })
        .await?;
    let Some((detail, creditor)) = found else { return Ok(None) };
    let claim = &detail.claim;
    let Ok(currency) = Currency::parse(&claim.currency) else { return Ok(None) };
    let invoices: Vec<(String, NaiveDate, NaiveDate, Money)> = detail
        .invoices
        .iter()
        .filter_map(|i| {
            let due: NaiveDate = i.due_date.parse().ok()?;
            let issued: NaiveDate = i.issue_date.parse().unwrap_or(due);
            Some((i.number.clone(), issued, due, Money::from_minor(i.amount_minor, currency)))
        })
        .collect();
    let debtor: serde_json::Value = serde_json::from_str(&claim.debtor_json).unwrap_or_default();
    let language = debtor.get("language").and_then(|l| l.as_str()).unwrap_or("en").to_string();
    let today = state.today();
    let lines: Vec<InvoiceLine> = detail
        .invoices
        .iter()
        .filter_map(|i| {
            Some(InvoiceLine {
                number: Reference::parse(&i.number).ok(),
                issue_date: i.issue_date.parse().ok(),
                due_date: i.due_date.parse().ok()?,
                amount: Money::from_minor(i.amount_minor, currency),
            })
        })
        .collect();
    let interest = Country::parse(&claim.debtor_country)
        .ok()
        .and_then(|country| QuoteRequest::for_filed(country, lines, claim.disputed, today))
        .and_then(|request| claimable_from_debtor(&state.rules, &request))
        .map(|c| c.late_interest);
    Ok(Some(ClaimView {
        creditor,
        debtor: claim.debtor_name.clone(),
        language,
        invoices,
        outstanding: Money::from_minor(claim.principal_minor, currency),
        interest,
    }))
}

/// Errors by field id, in the page's language.
pub type Errors = BTreeMap<&'static str, String>;

fn date_field(lang: Lang, form: &FormData, field: &'static str, errors: &mut Errors) -> Option<NaiveDate> {
    match NaiveDate::parse_from_str(form.get(field).trim(), "%Y-%m-%d") {
        Ok(d) => Some(d),
        Err(_) => {
            errors.insert(field, t(lang, "debtor-error-date"));
            None
        }
    }
}

fn text_field(
    lang: Lang,
    form: &FormData,
    field: &'static str,
    max: usize,
    required: Option<&str>,
    errors: &mut Errors,
) -> String {
    let text = form.get(field).trim().to_string();
    if text.is_empty() {
        if let Some(key) = required {
            errors.insert(field, t(lang, key));
        }
    } else if text.chars().count() > max {
        errors.insert(field, t_args(lang, "debtor-error-too-long", &[("max", Arg::from(max))]));
    }
    text
}

/// Reads one of the four answers, or says per field what is wrong, in `lang`.
pub fn read_answer(lang: Lang, kind: AnswerKind, form: &FormData, today: NaiveDate) -> Result<DebtorAnswer, Errors> {
    let mut errors = Errors::new();
    let latest = |days: u64| today.checked_add_days(Days::new(days)).unwrap_or(today);
    let answer = match kind {
        AnswerKind::Paid => {
            let on = date_field(lang, form, "paid_on", &mut errors);
            if on.is_some_and(|d| d > today) {
                errors.insert("paid_on", t(lang, "debtor-error-paid-future"));
            }
            let reference = text_field(lang, form, "paid_reference", MAX_REFERENCE, None, &mut errors);
            on.map(|on| DebtorAnswer::Paid { on, reference })
        }
        AnswerKind::Promise => {
            let on = date_field(lang, form, "promise_on", &mut errors);
            match on {
                Some(d) if d < today => {
                    errors.insert("promise_on", t(lang, "debtor-error-past"));
                }
                Some(d) if d > latest(PROMISE_DAYS) => {
                    let args = [
                        ("days", Arg::from(PROMISE_DAYS as usize)),
                        ("date", Arg::from(format::date(lang, latest(PROMISE_DAYS)))),
                    ];
                    errors.insert("promise_on", t_args(lang, "debtor-error-too-late", &args));
                }
                _ => {}
            }
            on.map(|on| DebtorAnswer::Promise { on })
        }
        AnswerKind::Plan => {
            let count = form.get("plan_count").trim().parse::<u32>().ok().filter(|n| PLAN_INSTALMENTS.contains(n));
            if count.is_none() {
                let args = [
                    ("min", Arg::from(*PLAN_INSTALMENTS.start() as usize)),
                    ("max", Arg::from(*PLAN_INSTALMENTS.end() as usize)),
                ];
                errors.insert("plan_count", t_args(lang, "debtor-error-count", &args));
            }
            let first = date_field(lang, form, "plan_first", &mut errors);
            match first {
                Some(d) if d < today => {
                    errors.insert("plan_first", t(lang, "debtor-error-past"));
                }
                Some(d) if d > latest(PLAN_START_DAYS) => {
                    let args = [
                        ("days", Arg::from(PLAN_START_DAYS as usize)),
                        ("date", Arg::from(format::date(lang, latest(PLAN_START_DAYS)))),
                    ];
                    errors.insert("plan_first", t_args(lang, "debtor-error-too-late", &args));
                }
                _ => {}
            }
            let note = text_field(lang, form, "plan_note", MAX_NOTE, None, &mut errors);
            count.zip(first).map(|(instalments, first_on)| DebtorAnswer::Plan { instalments, first_on, note })
        }
        AnswerKind::Dispute => {
            let reason = form.get("dispute_reason").trim().to_string();
            if !REASONS.contains(&reason.as_str()) {
                errors.insert("dispute_reason", t(lang, "debtor-error-reason"));
            }
            let text = text_field(lang, form, "dispute_text", MAX_TEXT, Some("debtor-error-text"), &mut errors);
            let document = match form.files("dispute_document").into_iter().find(|f| !f.name.is_empty()) {
                None => None,
                Some(file) if file.too_large => {
                    errors.insert("dispute_document", t(lang, "debtor-error-document"));
                    None
                }
                Some(file) => {
                    let checked = DocumentName::parse(&file.name).and_then(|name| {
                        let kind = detect(&name, &file.bytes)?;
                        check_media_type(file.content_type.as_deref(), kind)?;
                        Ok((name, kind))
                    });
                    match checked {
                        Ok((name, kind)) => {
                            Some((name.as_str().to_string(), kind.media_type().to_string(), file.bytes))
                        }
                        Err(_) => {
                            errors.insert("dispute_document", t(lang, "debtor-error-document"));
                            None
                        }
                    }
                }
            };
            Some(DebtorAnswer::Dispute { reason, text, document })
        }
    };
    match answer {
        Some(answer) if errors.is_empty() => Ok(answer),
        _ => Err(errors),
    }
}

/// An invoice line as the page writes it.
pub struct InvoiceRow {
    pub number: String,
    pub issued: String,
    pub due: String,
    pub outstanding: String,
}

/// The response page.
#[derive(Template)]
#[template(path = "debtor/page.html")]
pub struct DebtorPage {
    pub lang: Lang,
    pub token: String,
    pub form_key: String,
    pub creditor: String,
    pub debtor: String,
    pub invoices: Vec<InvoiceRow>,
    pub outstanding: String,
    pub interest: Option<String>,
    pub total: String,
    pub today_label: String,
    pub today: String,
    pub promise_latest: String,
    pub plan_latest: String,
    /// The form posted, when the page shows it again.
    pub open: Option<AnswerKind>,
    pub values: BTreeMap<String, String>,
    pub errors: Errors,
    /// The answer could not be recorded just now.
    pub unavailable: bool,
}

impl DebtorPage {
    pub fn new(lang: Lang, token: &str, view: ClaimView, today: NaiveDate, now: i64) -> Self {
        let money = |m: &Money| format::money(lang, m);
        let total = view.interest.and_then(|i| view.outstanding.checked_add(&i)).unwrap_or(view.outstanding);
        let latest = |days: u64| today.checked_add_days(Days::new(days)).unwrap_or(today).to_string();
        Self {
            lang,
            token: token.to_string(),
            form_key: form_key(token, now / 1_000_000),
            creditor: view.creditor,
            debtor: view.debtor,
            invoices: view
                .invoices
                .iter()
                .map(|(number, issued, due, amount)| InvoiceRow {
                    number: number.clone(),
                    issued: format::date(lang, *issued),
                    due: format::date(lang, *due),
                    outstanding: money(amount),
                })
                .collect(),
            outstanding: money(&view.outstanding),
            interest: view.interest.map(|i| money(&i)),
            total: money(&total),
            today_label: format::date(lang, today),
            today: today.to_string(),
            promise_latest: latest(PROMISE_DAYS),
            plan_latest: latest(PLAN_START_DAYS),
            open: None,
            values: BTreeMap::new(),
            errors: Errors::new(),
            unavailable: false,
        }
    }

    /// Shows a posted form again with what was typed and what is wrong.
    pub fn refill(&mut self, kind: AnswerKind, form: &FormData, errors: Errors) {
        self.open = Some(kind);
        self.values = form.0.iter().filter(|(k, _)| k != FORM_KEY).cloned().collect();
        self.errors = errors;
    }

    pub fn t(&self, key: &str) -> String {
        t(self.lang, key)
    }

    pub fn t1(&self, key: &str, name: &str, value: &str) -> String {
        t_args(self.lang, key, &[(name, Arg::from(value))])
    }

    pub fn value(&self, field: &str) -> &str {
        self.values.get(field).map_or("", String::as_str)
    }

    pub fn error(&self, field: &str) -> Option<&str> {
        self.errors.get(field).map(String::as_str)
    }

    /// Whether a form's section starts open: the one just posted, or none.
    pub fn is_open(&self, kind: &str) -> bool {
        self.open.is_some_and(|k| k.as_str() == kind)
    }

    pub fn reasons(&self) -> Vec<(&'static str, String, bool)> {
        REASONS
            .iter()
            .map(|r| {
                let key = match *r {
                    "not-ordered" => "debtor-reason-not-ordered",
                    "not-delivered" => "debtor-reason-not-delivered",
                    "wrong-amount" => "debtor-reason-wrong-amount",
                    "already-paid" => "debtor-reason-already-paid",
                    _ => "debtor-reason-other",
                };
                (*r, self.t(key), self.value("dispute_reason") == *r)
            })
            .collect()
    }

    /// The switcher: code, name in itself, whether it is the page's.
    pub fn languages(&self) -> Vec<(&'static str, &'static str, bool)> {
        Lang::DEBTOR.iter().map(|l| (l.code(), l.native_name(), *l == self.lang)).collect()
    }

    /// The error summary: field id and message, in page order.
    pub fn error_list(&self) -> Vec<(&'static str, String)> {
        const ORDER: [&str; 9] = [
            "paid_on",
            "paid_reference",
            "promise_on",
            "plan_count",
            "plan_first",
            "plan_note",
            "dispute_reason",
            "dispute_text",
            "dispute_document",
        ];
        ORDER.iter().filter_map(|f| self.errors.get(f).map(|m| (*f, m.clone()))).collect()
    }
}

/// After an answer was recorded.
#[derive(Template)]
#[template(path = "debtor/thanks.html")]
pub struct ThanksPage {
    pub lang: Lang,
    pub token: String,
    pub creditor: String,
    pub kind: AnswerKind,
}

impl ThanksPage {
    pub fn t(&self, key: &str) -> String {
        t(self.lang, key)
    }

    pub fn message(&self) -> String {
        let key = match self.kind {
            AnswerKind::Paid => "debtor-thanks-paid",
            AnswerKind::Promise => "debtor-thanks-promise",
            AnswerKind::Plan => "debtor-thanks-plan",
            AnswerKind::Dispute => "debtor-thanks-dispute",
        };
        t_args(self.lang, key, &[("creditor", Arg::from(self.creditor.as_str()))])
    }
}

/// Refused by the address's limit.
#[derive(Template)]
#[template(path = "debtor/too_many.html")]
pub struct TooMany {
    pub lang: Lang,
    pub minutes: usize,
}

impl TooMany {
    pub fn t(&self, key: &str) -> String {
        t(self.lang, key)
    }

    pub fn message(&self) -> String {
        t_args(self.lang, "debtor-too-many", &[("minutes", Arg::from(self.minutes))])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(pairs: &[(&str, &str)]) -> FormData {
        FormData(pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(), Vec::new())
    }

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn a_promise_is_for_today_up_to_thirty_days_ahead() {
        let today = day("2026-11-05");
        let promise = |on: &str| read_answer(Lang::De, AnswerKind::Promise, &form(&[("promise_on", on)]), today);
        assert!(matches!(promise("2026-11-05"), Ok(DebtorAnswer::Promise { on }) if on == today));
        assert!(promise("2026-12-05").is_ok(), "30 days ahead");
        let late = promise("2026-12-06").unwrap_err();
        assert!(late["promise_on"].contains("05.12.2026"), "{late:?}");
        let past = promise("2026-11-04").unwrap_err();
        assert_eq!(past["promise_on"], t(Lang::De, "debtor-error-past"));
        assert_eq!(promise("morgen").unwrap_err()["promise_on"], t(Lang::De, "debtor-error-date"));
    }

    #[test]
    fn each_answer_names_its_wrong_fields() {
        let today = day("2026-11-05");
        let paid = read_answer(Lang::Fr, AnswerKind::Paid, &form(&[("paid_on", "2026-11-06")]), today).unwrap_err();
        assert_eq!(paid["paid_on"], t(Lang::Fr, "debtor-error-paid-future"));
        assert!(read_answer(Lang::Fr, AnswerKind::Paid, &form(&[("paid_on", "2026-11-01")]), today).is_ok());
        let plan = read_answer(Lang::Nl, AnswerKind::Plan, &form(&[("plan_count", "1"), ("plan_first", "x")]), today)
            .unwrap_err();
        assert!(plan.contains_key("plan_count") && plan.contains_key("plan_first"));
        let ok =
            read_answer(Lang::Nl, AnswerKind::Plan, &form(&[("plan_count", "6"), ("plan_first", "2026-12-01")]), today);
        assert!(matches!(ok, Ok(DebtorAnswer::Plan { instalments: 6, .. })));
        let dispute = read_answer(
            Lang::Sv,
            AnswerKind::Dispute,
            &form(&[("dispute_reason", "because"), ("dispute_text", " ")]),
            today,
        )
        .unwrap_err();
        assert!(dispute.contains_key("dispute_reason") && dispute.contains_key("dispute_text"));
        let ok = read_answer(
            Lang::Sv,
            AnswerKind::Dispute,
            &form(&[("dispute_reason", "wrong-amount"), ("dispute_text", "Vi beställde 10, inte 12.")]),
            today,
        );
        assert!(matches!(ok, Ok(DebtorAnswer::Dispute { document: None, .. })));
    }

    #[test]
    fn a_form_key_is_bound_to_its_link_and_expires() {
        let now = 1_800_000_000 * 1_000_000;
        let key = form_key("TOKEN-A", now / 1_000_000);
        assert!(form_key_valid("TOKEN-A", &key, now));
        assert!(!form_key_valid("TOKEN-B", &key, now), "another link's key");
        assert!(!form_key_valid("TOKEN-A", &key, now + (FORM_KEY_SECONDS + 1) * 1_000_000), "a day later");
        assert!(!form_key_valid("TOKEN-A", "", now));
        assert!(!form_key_valid("TOKEN-A", "1800000000.00", now));
    }
}
