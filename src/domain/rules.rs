//! Country law as data: licensing regimes, late-payment interest and compensation rules per
//! country, reference rates and exchange rates, each dated. Parsed from the CSV files in
//! `rules/`; `rules/README.md` documents their format.

use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, Days, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::country::Country;
use super::money::{Currency, Money};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Regime {
    Licence,
    Registration,
    Declaration,
    TradePermit,
    BusinessPermit,
    ConsumerLicence,
    ConsumerRegistration,
    LawyersOnly,
    None,
}

/// How far a row of the rules has been checked against an official source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    Low,
    Medium,
    High,
}

impl Confidence {
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::High => "high",
            Self::Medium => "medium",
            Self::Low => "low",
        }
    }
}

impl fmt::Display for Confidence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How days overdue turn into a fraction of the annual rate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub enum DayCount {
    /// Each day earns 1/365 of the annual rate, in leap years too.
    #[serde(rename = "actual/365")]
    Actual365,
    /// Each day earns 1/360 of the annual rate.
    #[serde(rename = "actual/360")]
    Actual360,
    /// Each day earns 1/365 of the annual rate, or 1/366 in a leap year.
    #[serde(rename = "actual/actual")]
    ActualActual,
}

impl DayCount {
    pub fn parse(text: &str) -> Result<Self, String> {
        match text.trim() {
            "" | "actual/365" => Ok(Self::Actual365),
            "actual/360" => Ok(Self::Actual360),
            "actual/actual" => Ok(Self::ActualActual),
            other => Err(format!("\"{other}\" is not actual/365, actual/360 or actual/actual")),
        }
    }

    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Actual365 => "actual/365",
            Self::Actual360 => "actual/360",
            Self::ActualActual => "actual/actual",
        }
    }

    /// The days a year's interest is divided by, for a day in `year`.
    pub fn year_days(&self, year: i32) -> i64 {
        match self {
            Self::Actual365 => 365,
            Self::Actual360 => 360,
            Self::ActualActual => {
                if NaiveDate::from_ymd_opt(year, 2, 29).is_some() {
                    366
                } else {
                    365
                }
            }
        }
    }

    /// In words, for the quote.
    pub fn explain(&self) -> &'static str {
        match self {
            Self::Actual365 => {
                "actual/365: every calendar day overdue counts, and each earns 1/365 of the annual rate, \
                 in leap years too (a whole leap year earns 366/365 of the annual rate)"
            }
            Self::Actual360 => "actual/360: every calendar day overdue counts, and each earns 1/360 of the annual rate",
            Self::ActualActual => {
                "actual/actual: every calendar day overdue counts, and each earns 1/365 of the annual rate, \
                 or 1/366 in a leap year"
            }
        }
    }
}

/// How a country's law turns a reference rate into the interest of each day overdue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum InterestMethod {
    /// The rate of each half-year (or other period of the rates file) applies to its days.
    PerPeriod,
    /// One rate for the whole delay, set from the reference rate in force when it began.
    FixedAtStart,
    /// The statutory rate itself is published for each month and applies to its days.
    PublishedMonthly,
    /// A fixed statutory rate, until further notice.
    FixedRate,
}

impl InterestMethod {
    /// The allowed values of the `method` column.
    pub const FORMS: [&'static str; 4] =
        ["per period", "fixed at the start of the delay", "published monthly", "fixed rate"];

    pub fn parse(text: &str) -> Result<Self, String> {
        match text.trim() {
            "per period" => Ok(Self::PerPeriod),
            "fixed at the start of the delay" => Ok(Self::FixedAtStart),
            "published monthly" => Ok(Self::PublishedMonthly),
            "fixed rate" => Ok(Self::FixedRate),
            other => Err(format!("\"{other}\" is not one of: {}", Self::FORMS.join("; "))),
        }
    }

    /// As the `method` column writes it.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::PerPeriod => "per period",
            Self::FixedAtStart => "fixed at the start of the delay",
            Self::PublishedMonthly => "published monthly",
            Self::FixedRate => "fixed rate",
        }
    }
}

/// For [`InterestMethod::FixedAtStart`]: the day whose reference rate fixes the rate of the
/// whole delay, counted from the first day overdue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RateDate {
    /// The last day of the half-year before the one in which the delay began (Czechia).
    LastDayOfPreviousHalfYear,
    /// The first day of the half-year in which the delay began (Ireland).
    FirstDayOfHalfYear,
}

impl RateDate {
    pub const FORMS: [&'static str; 2] = ["last day of the previous half-year", "first day of the half-year"];

    fn parse(text: &str) -> Result<Self, String> {
        match text.trim() {
            "last day of the previous half-year" => Ok(Self::LastDayOfPreviousHalfYear),
            "first day of the half-year" => Ok(Self::FirstDayOfHalfYear),
            other => Err(format!("\"{other}\" is not one of: {}", Self::FORMS.join("; "))),
        }
    }

    /// The day whose rate applies to a delay whose first day overdue is `first_day`.
    pub fn for_delay(&self, first_day: NaiveDate) -> NaiveDate {
        let start = half_year_start(first_day);
        match self {
            Self::FirstDayOfHalfYear => start,
            Self::LastDayOfPreviousHalfYear => day_before(start),
        }
    }

    fn words(&self) -> &'static str {
        match self {
            Self::LastDayOfPreviousHalfYear => {
                "the rate on the last day of the half-year before the one the delay began in"
            }
            Self::FirstDayOfHalfYear => "the rate of the half-year the delay began in",
        }
    }
}

/// 1 January or 1 July of `date`'s half-year.
pub fn half_year_start(date: NaiveDate) -> NaiveDate {
    let month = if date.month() <= 6 { 1 } else { 7 };
    NaiveDate::from_ymd_opt(date.year(), month, 1).unwrap_or(date)
}

/// The statutory B2B late-payment interest of a country from a date on: a reference rate
/// (kept in `reference-rates.csv`, fixed statutory rates too) plus a margin, applied by a method.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InterestRule {
    /// The first day the rule applies; `None`: since before any claim.
    pub effective_from: Option<NaiveDate>,
    pub method: InterestMethod,
    /// For [`InterestMethod::FixedAtStart`] only.
    pub rate_date: Option<RateDate>,
    /// A key of `reference-rates.csv`.
    pub reference_rate: String,
    /// The reference rate in words, for customers.
    pub reference_rate_name: String,
    /// Percentage points added to the reference rate.
    pub margin_pp: Decimal,
    /// Belgium: the sum is rounded up to the next half point.
    pub round_up_to_half_point: bool,
    pub day_count: DayCount,
    /// False until a value of the rate has been verified: the quote says so.
    pub verified: bool,
    pub confidence: Confidence,
    pub source: String,
}

impl InterestRule {
    /// The annual rate in percent when the reference rate is `reference_percent`; never below zero.
    pub fn annual_percent(&self, reference_percent: Decimal) -> Decimal {
        let mut rate = reference_percent + self.margin_pp;
        if self.round_up_to_half_point {
            rate = (rate * Decimal::TWO).ceil() / Decimal::TWO;
        }
        rate.max(Decimal::ZERO)
    }

    /// In words, for customers: `German base rate (Basiszinssatz, Bundesbank) + 9 percentage points`.
    pub fn describe(&self) -> String {
        let margin = if self.margin_pp.is_zero() {
            String::new()
        } else {
            format!(" + {} percentage points", self.margin_pp.normalize())
        };
        let rounding = if self.round_up_to_half_point { ", rounded up to the next half point" } else { "" };
        let name = &self.reference_rate_name;
        match self.method {
            InterestMethod::PerPeriod => format!("{name}{margin}{rounding}"),
            InterestMethod::FixedRate => format!("{name}{margin}, a fixed statutory rate"),
            InterestMethod::PublishedMonthly => format!("{name}{margin}, as published for each month"),
            InterestMethod::FixedAtStart => {
                let when = self.rate_date.map_or("the rate when the delay began", |d| d.words());
                format!("{name}{margin}{rounding}, one rate for the whole delay: {when}")
            }
        }
    }

    /// How the rate applies to the days overdue, in words, for customers.
    pub fn method_words(&self) -> &'static str {
        match self.method {
            InterestMethod::PerPeriod => "the rate of each half-year applies to the days in it",
            InterestMethod::FixedAtStart => "one rate, fixed when the delay began, applies to every day of the delay",
            InterestMethod::PublishedMonthly => "the rate published for each month applies to the days in it",
            InterestMethod::FixedRate => "a fixed statutory rate applies to every day",
        }
    }
}

/// A country's interest rules in date order: each applies from its date until the next one's.
/// The first applies since before any claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InterestLaw {
    rules: Vec<InterestRule>,
}

impl InterestLaw {
    /// One rule, in force since before any claim.
    pub fn single(mut rule: InterestRule) -> Self {
        rule.effective_from = None;
        Self { rules: vec![rule] }
    }

    pub fn rules(&self) -> &[InterestRule] {
        &self.rules
    }

    /// The rule in force on `date`.
    pub fn in_force(&self, date: NaiveDate) -> &InterestRule {
        self.rules.iter().rev().find(|r| r.effective_from.is_none_or(|from| from <= date)).unwrap_or(&self.rules[0])
    }

    /// The days `from` to `to` (inclusive) cut where the rule changes. Empty when `to < from`.
    pub fn segments(&self, from: NaiveDate, to: NaiveDate) -> Vec<(NaiveDate, NaiveDate, &InterestRule)> {
        let mut segments = Vec::new();
        for (i, rule) in self.rules.iter().enumerate() {
            let start = rule.effective_from.map_or(from, |f| f.max(from));
            let end =
                self.rules.get(i + 1).and_then(|next| next.effective_from).map_or(to, |next| day_before(next).min(to));
            if start <= end {
                segments.push((start, end, rule));
            }
        }
        segments
    }

    /// In words: each rule with its dates when there are several.
    pub fn describe(&self) -> String {
        if self.rules.len() == 1 {
            return self.rules[0].describe();
        }
        let parts: Vec<String> = self
            .rules
            .iter()
            .enumerate()
            .map(|(i, rule)| {
                let until = self
                    .rules
                    .get(i + 1)
                    .and_then(|n| n.effective_from)
                    .map(|d| format!(" until {}", long_date(day_before(d))));
                match (rule.effective_from, until) {
                    (None, Some(until)) => format!("{}{until}", rule.describe()),
                    (Some(from), _) => format!("{} from {}", rule.describe(), long_date(from)),
                    (None, None) => rule.describe(),
                }
            })
            .collect();
        parts.join("; ")
    }
}

/// `31 December 2025`.
pub fn long_date(date: NaiveDate) -> String {
    date.format("%-d %B %Y").to_string()
}

/// One tier's upper or lower limit on the amount of a debt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limit {
    pub value: Decimal,
    /// `up to 1000` and `from 1000` include 1000; `below 1000` and `above 1000` do not.
    pub inclusive: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompensationTier {
    pub amount: Money,
    pub lower: Option<Limit>,
    pub upper: Option<Limit>,
    /// As written in the rules, e.g. `70 GBP from 1000 to below 10000`.
    pub text: String,
}

impl CompensationTier {
    fn holds(&self, debt: Decimal) -> bool {
        let above_lower = self.lower.is_none_or(|l| if l.inclusive { debt >= l.value } else { debt > l.value });
        let below_upper = self.upper.is_none_or(|u| if u.inclusive { debt <= u.value } else { debt < u.value });
        above_lower && below_upper
    }
}

/// The fixed compensation for recovery costs a creditor may claim per late invoice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CompensationRule {
    /// No statutory fixed compensation in the rules.
    None,
    /// One amount, e.g. 40 EUR or 450 SEK; `basis` is any further words of the rule
    /// (`converted to HUF at the MNB rate on the day`).
    Flat { amount: Money, basis: Option<String> },
    /// An amount that changes on dates (Norway's standardkompensasjon, set each half-year):
    /// the one in force on the invoice's due date applies, the earliest before the first date.
    Dated { amounts: Vec<(NaiveDate, Money)>, basis: Option<String> },
    /// Tiers by the amount of the debt, in `threshold_currency`.
    Tiered { tiers: Vec<CompensationTier>, threshold_currency: Currency, basis: Option<String> },
}

impl CompensationRule {
    /// The compensation for a debt of `debt` units of the threshold currency (ignored by
    /// flat rules) falling due on `due`, and the words of the rule that set it.
    pub fn for_debt(&self, debt: Decimal, due: NaiveDate) -> Option<(Money, String)> {
        match self {
            Self::None => None,
            Self::Dated { amounts, basis } => {
                let (from, amount) = amounts.iter().rev().find(|(from, _)| *from <= due).or(amounts.first())?;
                let mut text = format!("{amount} (the amount from {from})");
                if let Some(basis) = basis {
                    text = format!("{amount}: {basis} (the amount from {from})");
                }
                Some((*amount, text))
            }
            Self::Flat { amount, basis } => {
                let text = match basis {
                    Some(basis) => format!("{amount} {basis}"),
                    None => amount.to_string(),
                };
                Some((*amount, text))
            }
            Self::Tiered { tiers, .. } => tiers.iter().find(|t| t.holds(debt)).map(|t| (t.amount, t.text.clone())),
        }
    }

    /// The currency tier limits are stated in, for tiered rules.
    pub fn threshold_currency(&self) -> Option<Currency> {
        match self {
            Self::Tiered { threshold_currency, .. } => Some(*threshold_currency),
            _ => None,
        }
    }

    fn parse(fixed: &str, tiers: &str) -> Result<Self, (&'static str, String)> {
        match (fixed.trim(), tiers.trim()) {
            ("", "") => Ok(Self::None),
            (fixed, "") if fixed.contains(" from ") => parse_dated(fixed).map_err(|e| ("fixed_compensation", e)),
            (fixed, "") => {
                let (amount, rest) = leading_money(fixed).map_err(|e| ("fixed_compensation", e))?;
                Ok(Self::Flat { amount, basis: (!rest.is_empty()).then(|| rest.to_string()) })
            }
            ("", tiers) => parse_tiers(tiers).map_err(|e| ("compensation_tiers", e)),
            _ => Err(("compensation_tiers", "give fixed_compensation or compensation_tiers, not both".into())),
        }
    }
}

/// `470 NOK from 2025-01-01; 460 NOK from 2026-01-01[; further words]`, dates in order.
fn parse_dated(text: &str) -> Result<CompensationRule, String> {
    let mut amounts: Vec<(NaiveDate, Money)> = Vec::new();
    let mut basis = None;
    let segments: Vec<&str> = text.split(';').map(str::trim).collect();
    for (i, segment) in segments.iter().enumerate() {
        if !segment.starts_with(|c: char| c.is_ascii_digit()) && i + 1 == segments.len() && !amounts.is_empty() {
            basis = Some(segment.to_string());
            break;
        }
        let (amount, rest) = leading_money(segment)?;
        let from = rest
            .strip_prefix("from ")
            .and_then(|d| NaiveDate::parse_from_str(d.trim(), "%Y-%m-%d").ok())
            .ok_or_else(|| format!("\"{segment}\" must be an amount, a currency and from YYYY-MM-DD"))?;
        if amounts.last().is_some_and(|(last, m)| *last >= from || m.currency() != amount.currency()) {
            return Err(format!("\"{segment}\": the dates must rise and the currency stay the same"));
        }
        amounts.push((from, amount));
    }
    Ok(CompensationRule::Dated { amounts, basis })
}

/// `40 EUR converted to NOK` -> (40 EUR, "converted to NOK").
fn leading_money(text: &str) -> Result<(Money, &str), String> {
    let mut words = text.splitn(3, ' ');
    let (amount, code) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
    let rest = words.next().unwrap_or("").trim();
    let currency = Currency::parse(code)
        .map_err(|e| format!("\"{text}\" must start with an amount and a currency, e.g. 40 EUR: {e}"))?;
    let amount = Money::parse(amount, currency)
        .map_err(|e| format!("\"{text}\" must start with an amount and a currency, e.g. 40 EUR: {e}"))?;
    Ok((amount, rest))
}

/// `40 GBP below 1000; 70 GBP from 1000 to below 10000; 100 GBP from 10000[; further words]`.
fn parse_tiers(text: &str) -> Result<CompensationRule, String> {
    let mut tiers: Vec<CompensationTier> = Vec::new();
    let mut threshold_currency: Option<Currency> = None;
    let mut basis = None;
    let segments: Vec<&str> = text.split(';').map(str::trim).collect();
    for (i, segment) in segments.iter().enumerate() {
        if !segment.starts_with(|c: char| c.is_ascii_digit()) {
            if i + 1 == segments.len() && !tiers.is_empty() {
                basis = Some(segment.to_string());
                break;
            }
            return Err(format!("tier \"{segment}\" must start with an amount and a currency, e.g. 40 EUR up to 1000"));
        }
        let (amount, condition) = leading_money(segment)?;
        if let Some(first) = tiers.first() {
            if first.amount.currency() != amount.currency() {
                return Err(format!("tier \"{segment}\": every tier's amount must be in {}", first.amount.currency()));
            }
        }
        let (lower, upper, currency) = parse_condition(condition).map_err(|e| format!("tier \"{segment}\": {e}"))?;
        let currency = currency.unwrap_or(amount.currency());
        if threshold_currency.is_some_and(|c| c != currency) {
            return Err(format!("tier \"{segment}\": every limit must be in one currency"));
        }
        threshold_currency = Some(currency);
        tiers.push(CompensationTier { amount, lower, upper, text: segment.to_string() });
    }
    // The tiers must cover every amount once: each starts where the one before it ends.
    for (i, tier) in tiers.iter().enumerate() {
        let expected_lower = match i {
            0 => None,
            _ => tiers[i - 1].upper.map(|u| Limit { value: u.value, inclusive: !u.inclusive }),
        };
        if i > 0 && tiers[i - 1].upper.is_none() {
            return Err(format!("tier \"{}\" follows a tier without an upper limit", tier.text));
        }
        if tier.lower != expected_lower {
            let want = match expected_lower {
                None => "no lower limit".to_string(),
                Some(l) => format!("\"{} {}\"", if l.inclusive { "from" } else { "above" }, l.value),
            };
            return Err(format!("tier \"{}\" must start where the one before ends: {want}", tier.text));
        }
    }
    match tiers.last() {
        None => Err("no tiers".into()),
        Some(last) if last.upper.is_some() => Err(format!("the last tier \"{}\" must have no upper limit", last.text)),
        Some(_) => Ok(CompensationRule::Tiered {
            tiers,
            threshold_currency: threshold_currency.expect("a tier was read"),
            basis,
        }),
    }
}

type Condition = (Option<Limit>, Option<Limit>, Option<Currency>);

/// `from 1000 to below 10000 PLN`, `up to 1000`, `above 10000`, ...
fn parse_condition(text: &str) -> Result<Condition, String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let (mut lower, mut upper, mut currency) = (None, None, None);
    let mut i = 0;
    while i < words.len() {
        let (bound_is_upper, inclusive, skip) = match (words[i], words.get(i + 1)) {
            ("up", Some(&"to")) => (true, true, 2),
            ("below", _) => (true, false, 1),
            ("above", _) => (false, false, 1),
            ("from", _) => (false, true, 1),
            ("and" | "to", _) => {
                i += 1;
                continue;
            }
            (other, _) => return Err(format!("\"{other}\" is not one of: up to, below, above, from")),
        };
        i += skip;
        let value = words
            .get(i)
            .and_then(|w| Decimal::from_str(w).ok())
            .ok_or_else(|| "a limit needs a number after it".to_string())?;
        i += 1;
        if let Some(code) = words.get(i).filter(|w| w.len() == 3 && w.chars().all(|c| c.is_ascii_uppercase())) {
            let c = Currency::parse(code).map_err(|e| e.to_string())?;
            if currency.is_some_and(|known| known != c) {
                return Err("limits in two currencies".into());
            }
            currency = Some(c);
            i += 1;
        }
        let slot = if bound_is_upper { &mut upper } else { &mut lower };
        if slot.is_some() {
            return Err("two limits on the same side".into());
        }
        *slot = Some(Limit { value, inclusive });
    }
    if let (Some(l), Some(u)) = (lower, upper) {
        if u.value <= l.value {
            return Err("the upper limit must be above the lower one".into());
        }
    }
    Ok((lower, upper, currency))
}

#[derive(Debug, Clone)]
pub struct CountryRule {
    pub country: Country,
    pub name: String,
    pub currency: Currency,
    pub regime: Regime,
    pub licence_authority: String,
    pub interest: InterestLaw,
    pub compensation: CompensationRule,
    /// Limits on reminder fees, as the rules word them; `None` where none is recorded.
    pub reminder_fee_cap: Option<String>,
    pub law: String,
    pub confidence: Confidence,
    pub notes: String,
}

/// A row of `country-rules.csv`.
#[derive(Debug, Deserialize)]
struct CountryRow {
    country: String,
    name: String,
    currency: String,
    collection_regime: Regime,
    licence_authority: String,
    fixed_compensation: String,
    compensation_tiers: String,
    reminder_fee_cap: String,
    law: String,
    confidence: Confidence,
    notes: String,
}

#[derive(Debug, Deserialize)]
struct FxRow {
    currency: String,
    effective_from: NaiveDate,
    #[serde(with = "rust_decimal::serde::str")]
    per_eur: Decimal,
    confidence: Confidence,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file} line {line}: {message}")]
pub struct RulesError {
    pub file: &'static str,
    pub line: u64,
    pub message: String,
}

/// A reference rate (`ECB_MRO`, `DE_BASISZINSSATZ`, ...) in force from `effective_from`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReferenceRate {
    pub key: String,
    pub effective_from: NaiveDate,
    /// The last day the rate is known to apply; `None`: until further notice (fixed rates).
    pub valid_until: Option<NaiveDate>,
    pub percent: Decimal,
    pub confidence: Confidence,
    pub note: String,
}

#[derive(Debug, Deserialize)]
struct RateRow {
    reference_rate: String,
    effective_from: NaiveDate,
    #[serde(default)]
    valid_until: Option<NaiveDate>,
    // Read as text: through a float, "4.00" would lose its written precision.
    #[serde(with = "rust_decimal::serde::str")]
    percent: Decimal,
    confidence: Confidence,
    #[serde(default)]
    note: String,
}

/// Where the rate of a stretch of days comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RateSource<'a> {
    /// The row is known to apply on these days.
    Known(&'a ReferenceRate),
    /// The table has nothing for these days: the last known row is carried forward.
    CarriedForward(&'a ReferenceRate),
    /// Before the first row of the key: no rate at all.
    Unknown,
}

impl<'a> RateSource<'a> {
    pub fn rate(&self) -> Option<&'a ReferenceRate> {
        match self {
            Self::Known(r) | Self::CarriedForward(r) => Some(r),
            Self::Unknown => None,
        }
    }
}

/// Consecutive days, `from` to `to` inclusive, with one source of rate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RatePeriod<'a> {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub source: RateSource<'a>,
}

/// Reference rates by key, each list ordered by `effective_from`.
#[derive(Debug, Clone, Default)]
pub struct ReferenceRates {
    by_key: HashMap<String, Vec<ReferenceRate>>,
}

impl ReferenceRates {
    pub fn parse(csv_text: &str) -> Result<Self, RulesError> {
        const FILE: &str = "reference-rates.csv";
        let mut by_key: HashMap<String, Vec<ReferenceRate>> = HashMap::new();
        for (row, line) in read_rows::<RateRow>(FILE, csv_text)? {
            let err = |message: String| RulesError { file: FILE, line, message };
            let key = row.reference_rate.trim().to_string();
            if key.is_empty() || !key.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_') {
                return Err(err(format!("reference_rate: \"{key}\" is not a key of A-Z, 0-9 and _")));
            }
            if row.percent.abs() > Decimal::ONE_HUNDRED {
                return Err(err(format!("percent: {} is not a rate from -100 to 100", row.percent)));
            }
            if row.valid_until.is_some_and(|until| until < row.effective_from) {
                return Err(err("valid_until: before effective_from".into()));
            }
            let list = by_key.entry(key.clone()).or_default();
            if list.iter().any(|r| r.effective_from == row.effective_from) {
                return Err(err(format!("{key} from {} is listed twice", row.effective_from)));
            }
            list.push(ReferenceRate {
                key,
                effective_from: row.effective_from,
                valid_until: row.valid_until,
                percent: row.percent,
                confidence: row.confidence,
                note: row.note.trim().to_string(),
            });
        }
        for list in by_key.values_mut() {
            list.sort_by_key(|r| r.effective_from);
        }
        Ok(Self { by_key })
    }

    pub fn has(&self, key: &str) -> bool {
        self.by_key.contains_key(key)
    }

    /// The rows of `key`, in date order.
    pub fn rows(&self, key: &str) -> Option<&[ReferenceRate]> {
        self.by_key.get(key).map(Vec::as_slice)
    }

    /// Every key, sorted.
    pub fn keys(&self) -> Vec<&str> {
        let mut keys: Vec<&str> = self.by_key.keys().map(String::as_str).collect();
        keys.sort_unstable();
        keys
    }

    /// The days `from` to `to` (inclusive) cut where the rate of `key` changes, or where
    /// what is known of it changes. Empty when `to < from`.
    pub fn periods(&self, key: &str, from: NaiveDate, to: NaiveDate) -> Vec<RatePeriod<'_>> {
        let rows = self.by_key.get(key).map(Vec::as_slice).unwrap_or_default();
        let mut periods = Vec::new();
        let mut cursor = from;
        while cursor <= to {
            // The last row in force on `cursor`, if any.
            let index = rows.partition_point(|r| r.effective_from <= cursor);
            let (end, source) = match index.checked_sub(1) {
                None => {
                    let end = rows.first().map_or(to, |first| day_before(first.effective_from));
                    (end, RateSource::Unknown)
                }
                Some(i) => {
                    let row = &rows[i];
                    let next_start = rows.get(i + 1).map(|next| day_before(next.effective_from));
                    let known_until = match (row.valid_until, next_start) {
                        (Some(until), Some(next)) => until.min(next),
                        (Some(until), None) => until,
                        (None, Some(next)) => next,
                        (None, None) => NaiveDate::MAX,
                    };
                    if cursor <= known_until {
                        (known_until, RateSource::Known(row))
                    } else {
                        (next_start.unwrap_or(NaiveDate::MAX), RateSource::CarriedForward(row))
                    }
                }
            };
            let end = end.min(to);
            periods.push(RatePeriod { from: cursor, to: end, source });
            match end.checked_add_days(Days::new(1)) {
                Some(next) => cursor = next,
                None => break,
            }
        }
        periods
    }
}

fn day_before(date: NaiveDate) -> NaiveDate {
    date.pred_opt().unwrap_or(NaiveDate::MIN)
}

/// Exchange rates in units of a currency per euro, each in force from its date on.
#[derive(Debug, Clone, Default)]
pub struct FxTable {
    rates: HashMap<Currency, Vec<FxRate>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FxRate {
    pub effective_from: NaiveDate,
    pub per_eur: Decimal,
    pub confidence: Confidence,
}

/// A conversion between two currencies through the euro, at the rates in force on `date`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Conversion {
    pub from: Currency,
    pub to: Currency,
    pub date: NaiveDate,
    pub from_rate: FxRate,
    pub to_rate: FxRate,
}

impl Conversion {
    /// Units of `to` for one unit of `from`.
    pub fn rate(&self) -> Decimal {
        self.to_rate.per_eur / self.from_rate.per_eur
    }

    /// `money` (in `from`) in `to`, rounded to its minor unit.
    pub fn apply(&self, money: Money) -> Money {
        debug_assert_eq!(money.currency(), self.from);
        self.apply_exact(money.amount())
    }

    /// An exact amount of `from` in `to`, rounded once to its minor unit.
    pub fn apply_exact(&self, amount: Decimal) -> Money {
        Money::new(amount / self.from_rate.per_eur * self.to_rate.per_eur, self.to)
    }

    /// The less certain of the two rates.
    pub fn confidence(&self) -> Confidence {
        self.from_rate.confidence.min(self.to_rate.confidence)
    }

    /// True when the table had no rate as early as `date` and its earliest one was used.
    pub fn predates_table(&self) -> bool {
        self.from_rate.effective_from > self.date || self.to_rate.effective_from > self.date
    }
}

impl FxTable {
    pub fn parse(csv_text: &str) -> Result<Self, RulesError> {
        let mut rates: HashMap<Currency, Vec<FxRate>> = HashMap::new();
        for (row, line) in read_rows::<FxRow>("fx-rates.csv", csv_text)? {
            let err = |message: String| RulesError { file: "fx-rates.csv", line, message };
            let currency = Currency::from_str(&row.currency).map_err(|e| err(format!("currency: {e}")))?;
            if row.per_eur <= Decimal::ZERO {
                return Err(err("per_eur: must be positive".into()));
            }
            rates.entry(currency).or_default().push(FxRate {
                effective_from: row.effective_from,
                per_eur: row.per_eur,
                confidence: row.confidence,
            });
        }
        for list in rates.values_mut() {
            list.sort_by_key(|r| r.effective_from);
        }
        Ok(Self { rates })
    }

    /// Units of `currency` per euro in force on `date` (the euro itself is 1). Before the
    /// table's first row the earliest rate is used; [`Conversion::predates_table`] tells.
    pub fn rate(&self, currency: Currency, date: NaiveDate) -> Option<FxRate> {
        if currency.code() == "EUR" {
            return Some(FxRate {
                effective_from: NaiveDate::MIN,
                per_eur: Decimal::ONE,
                confidence: Confidence::High,
            });
        }
        let list = self.rates.get(&currency)?;
        list.iter().rev().find(|r| r.effective_from <= date).or(list.first()).copied()
    }

    /// The conversion from one currency to another on `date`; `None` without a rate.
    pub fn conversion(&self, from: Currency, to: Currency, date: NaiveDate) -> Option<Conversion> {
        Some(Conversion { from, to, date, from_rate: self.rate(from, date)?, to_rate: self.rate(to, date)? })
    }

    /// Converts through the euro at the rates in force on `date`; `None` without a rate.
    pub fn convert(&self, money: Money, to: Currency, date: NaiveDate) -> Option<Money> {
        if money.currency() == to {
            return Some(money);
        }
        Some(self.conversion(money.currency(), to, date)?.apply(money))
    }
}

/// Whether a rule allows something, where the rules know.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum YesNo {
    Yes,
    No,
    Unknown,
}

/// What a country's law allows a creditor to charge for a reminder, for the reminder flow
/// and the quote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReminderFeeRule {
    pub country: Country,
    /// `None`: since before any claim.
    pub effective_from: Option<NaiveDate>,
    /// At most this much per reminder.
    pub amount: Money,
    /// At most this many reminders carry a fee; `None` where the law sets no number.
    pub max_count: Option<u32>,
    /// At least this many days between two reminders with a fee.
    pub min_days_apart: Option<u32>,
    /// Only if the debtor agreed to the fee in advance (in the contract or terms).
    pub only_if_agreed: bool,
    /// Whether the fee may be claimed on top of the statutory fixed compensation.
    pub addable_to_compensation: YesNo,
    /// Further words of the rule, for customers.
    pub words: String,
    pub confidence: Confidence,
    pub source: String,
}

impl ReminderFeeRule {
    /// In words, for customers.
    pub fn describe(&self) -> String {
        let mut parts = vec![format!("at most {} per reminder", self.amount)];
        if let Some(n) = self.max_count {
            parts.push(format!("for at most {n} reminder{}", if n == 1 { "" } else { "s" }));
        }
        if let Some(days) = self.min_days_apart {
            parts.push(format!("at least {days} days apart"));
        }
        if self.only_if_agreed {
            parts.push("only if agreed in advance".into());
        }
        match self.addable_to_compensation {
            YesNo::No => parts.push("not on top of the fixed compensation".into()),
            YesNo::Yes => parts.push("on top of the fixed compensation".into()),
            YesNo::Unknown => {}
        }
        if !self.words.is_empty() {
            parts.push(self.words.clone());
        }
        parts.join(", ")
    }
}

/// When a limitation period starts, or ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Counted {
    /// N years from the due date.
    FromDueDate,
    /// N years from the end of the year the claim fell due in (Germany).
    FromEndOfYear,
    /// N years from the due date, ending on the last day of that year (Poland).
    ToEndOfYear,
}

impl Counted {
    pub const FORMS: [&'static str; 3] =
        ["from the due date", "from the end of the year", "to the end of the year it ends in"];

    fn parse(text: &str) -> Result<Self, String> {
        match text.trim() {
            "from the due date" => Ok(Self::FromDueDate),
            "from the end of the year" => Ok(Self::FromEndOfYear),
            "to the end of the year it ends in" => Ok(Self::ToEndOfYear),
            other => Err(format!("\"{other}\" is not one of: {}", Self::FORMS.join("; "))),
        }
    }
}

/// How long a B2B invoice claim can be enforced in a country.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LimitationRule {
    pub country: Country,
    pub years: u32,
    pub counted: Counted,
    pub law: String,
    pub confidence: Confidence,
    pub source: String,
}

impl LimitationRule {
    /// The last day a claim falling due on `due` can be enforced without interrupting the period.
    pub fn last_day(&self, due: NaiveDate) -> NaiveDate {
        let years = |date: NaiveDate| {
            date.with_year(date.year() + self.years as i32).unwrap_or_else(|| {
                date.pred_opt().and_then(|d| d.with_year(d.year() + self.years as i32)).unwrap_or(NaiveDate::MAX)
            })
        };
        let end_of_year = |date: NaiveDate| NaiveDate::from_ymd_opt(date.year(), 12, 31).unwrap_or(date);
        match self.counted {
            Counted::FromDueDate => years(due),
            Counted::FromEndOfYear => years(end_of_year(due)),
            Counted::ToEndOfYear => end_of_year(years(due)),
        }
    }

    /// In words, for customers: `3 years from the end of the year the invoice fell due (BGB §195 and §199)`.
    pub fn describe(&self) -> String {
        let counted = match self.counted {
            Counted::FromDueDate => "from the due date",
            Counted::FromEndOfYear => "from the end of the year the invoice fell due",
            Counted::ToEndOfYear => "from the due date, ending on the last day of that year",
        };
        format!("{} years {counted} ({})", self.years, self.law)
    }
}

/// A stretch of days for which a reference rate in use has no row: the operator's to-do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissingRate {
    pub key: String,
    pub name: String,
    pub countries: Vec<Country>,
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// True when the key has no row at all.
    pub no_rows: bool,
}

impl MissingRate {
    /// `ECB_MRO (European Central Bank main refinancing rate, used for AT, BE) has no rate for July to December 2026`.
    pub fn describe(&self) -> String {
        let countries: Vec<&str> = self.countries.iter().map(|c| c.code()).collect();
        let what = if self.no_rows {
            "has no rate at all".to_string()
        } else {
            format!("has no rate for {}", span_words(self.from, self.to))
        };
        format!("{} ({}, used for {}) {what}", self.key, self.name, countries.join(", "))
    }
}

/// `July to December 2026`, `May 2025`, `November 2024 to April 2025`: the whole months a stretch of days touches.
pub fn span_words(from: NaiveDate, to: NaiveDate) -> String {
    let month = |d: NaiveDate| d.format("%B").to_string();
    if (from.year(), from.month()) == (to.year(), to.month()) {
        format!("{} {}", month(from), from.year())
    } else if from.year() == to.year() {
        format!("{} to {} {}", month(from), month(to), to.year())
    } else {
        format!("{} {} to {} {}", month(from), from.year(), month(to), to.year())
    }
}

/// The text of each file of `rules/`.
#[derive(Debug, Clone, Copy)]
pub struct RulesText<'a> {
    pub country_rules: &'a str,
    pub interest_rules: &'a str,
    pub reference_rates: &'a str,
    pub reminder_fees: &'a str,
    pub limitation_periods: &'a str,
    pub fx_rates: &'a str,
}

impl RulesText<'_> {
    /// The files of `rules/`, in the order of the fields.
    pub const FILES: [&'static str; 6] = [
        "country-rules.csv",
        "interest-rules.csv",
        "reference-rates.csv",
        "reminder-fees.csv",
        "limitation-periods.csv",
        "fx-rates.csv",
    ];
}

/// Everything the platform knows of each country's law.
#[derive(Debug, Clone, Default)]
pub struct Rules {
    countries: HashMap<Country, CountryRule>,
    pub rates: ReferenceRates,
    pub fx: FxTable,
    reminder_fees: HashMap<Country, Vec<ReminderFeeRule>>,
    limitations: HashMap<Country, LimitationRule>,
}

/// A row of `interest-rules.csv`.
#[derive(Debug, Deserialize)]
struct InterestRow {
    country: String,
    #[serde(default)]
    effective_from: Option<NaiveDate>,
    method: String,
    rate_date: String,
    reference_rate: String,
    reference_rate_name: String,
    #[serde(with = "rust_decimal::serde::str")]
    margin_pp: Decimal,
    rounding: String,
    day_count: String,
    verified: String,
    confidence: Confidence,
    source: String,
}

/// A row of `reminder-fees.csv`.
#[derive(Debug, Deserialize)]
struct ReminderFeeRow {
    country: String,
    #[serde(default)]
    effective_from: Option<NaiveDate>,
    amount: String,
    #[serde(default)]
    max_count: Option<u32>,
    #[serde(default)]
    min_days_apart: Option<u32>,
    only_if_agreed: YesNo,
    addable_to_compensation: YesNo,
    words: String,
    confidence: Confidence,
    source: String,
}

/// A row of `limitation-periods.csv`.
#[derive(Debug, Deserialize)]
struct LimitationRow {
    country: String,
    years: u32,
    counted: String,
    law: String,
    confidence: Confidence,
    source: String,
}

fn parse_interest_rules(text: &str, rates: &ReferenceRates) -> Result<HashMap<Country, Vec<InterestRule>>, RulesError> {
    const FILE: &str = "interest-rules.csv";
    let mut by_country: HashMap<Country, Vec<InterestRule>> = HashMap::new();
    for (row, line) in read_rows::<InterestRow>(FILE, text)? {
        let err = |message: String| RulesError { file: FILE, line, message };
        let country = Country::parse(&row.country).map_err(|e| err(format!("country: {e}")))?;
        let method = InterestMethod::parse(&row.method).map_err(|e| err(format!("method: {e}")))?;
        let rate_date = match (method, row.rate_date.trim()) {
            (InterestMethod::FixedAtStart, text) => {
                Some(RateDate::parse(text).map_err(|e| err(format!("rate_date: {e}")))?)
            }
            (_, "") => None,
            (_, _) => return Err(err("rate_date: only for the method fixed at the start of the delay".into())),
        };
        let key = row.reference_rate.trim().to_string();
        let verified = match row.verified.trim() {
            "yes" => true,
            "no" => false,
            other => return Err(err(format!("verified: \"{other}\" is not yes or no"))),
        };
        // An unverified rule may name a rate no value of which is known yet.
        if verified && !rates.has(&key) {
            return Err(err(format!("reference_rate: {key} has no row in reference-rates.csv")));
        }
        if row.reference_rate_name.trim().is_empty() {
            return Err(err("reference_rate_name: name the rate in words for customers".into()));
        }
        if row.margin_pp < Decimal::ZERO || row.margin_pp > Decimal::ONE_HUNDRED {
            return Err(err(format!("margin_pp: {} is not from 0 to 100 percentage points", row.margin_pp)));
        }
        let round_up_to_half_point = match row.rounding.trim() {
            "" => false,
            "up to half point" => true,
            other => return Err(err(format!("rounding: \"{other}\" is not empty or up to half point"))),
        };
        let day_count = DayCount::parse(&row.day_count).map_err(|e| err(format!("day_count: {e}")))?;
        let list = by_country.entry(country).or_default();
        match (list.last().map(|r| r.effective_from), row.effective_from) {
            (None, Some(_)) => {
                return Err(err(
                    "effective_from: a country's first rule has none (it applies since before any claim)".into()
                ));
            }
            (Some(_), None) => {
                return Err(err(format!(
                    "effective_from: {country} has a rule already; a later one needs its first day"
                )));
            }
            (Some(Some(last)), Some(from)) if from <= last => {
                return Err(err("effective_from: a country's rules must be in date order".into()));
            }
            _ => {}
        }
        list.push(InterestRule {
            effective_from: row.effective_from,
            method,
            rate_date,
            reference_rate: key,
            reference_rate_name: row.reference_rate_name.trim().to_string(),
            margin_pp: row.margin_pp,
            round_up_to_half_point,
            day_count,
            verified,
            confidence: row.confidence,
            source: row.source.trim().to_string(),
        });
    }
    Ok(by_country)
}

impl Rules {
    /// Parses the files of `rules/`; every country needs its interest rules, and every
    /// verified interest rule must name a reference rate that `reference-rates.csv` holds.
    pub fn parse(text: RulesText<'_>) -> Result<Self, RulesError> {
        const FILE: &str = "country-rules.csv";
        let rates = ReferenceRates::parse(text.reference_rates)?;
        let mut interest = parse_interest_rules(text.interest_rules, &rates)?;
        let mut countries = HashMap::new();
        for (row, line) in read_rows::<CountryRow>(FILE, text.country_rules)? {
            let err = |message: String| RulesError { file: FILE, line, message };
            let country = Country::parse(&row.country).map_err(|e| err(format!("country: {e}")))?;
            let currency = Currency::from_str(&row.currency).map_err(|e| err(format!("currency: {e}")))?;
            let rules = interest
                .remove(&country)
                .ok_or_else(|| err(format!("country: {country} has no row in interest-rules.csv")))?;
            let compensation = CompensationRule::parse(&row.fixed_compensation, &row.compensation_tiers)
                .map_err(|(column, e)| err(format!("{column}: {e}")))?;
            let rule = CountryRule {
                country,
                name: row.name,
                currency,
                regime: row.collection_regime,
                licence_authority: row.licence_authority,
                interest: InterestLaw { rules },
                compensation,
                reminder_fee_cap: Some(row.reminder_fee_cap.trim().to_string()).filter(|c| !c.is_empty()),
                law: row.law.trim().to_string(),
                confidence: row.confidence,
                notes: row.notes.trim().to_string(),
            };
            if countries.insert(country, rule).is_some() {
                return Err(err(format!("country: {country} is listed twice")));
            }
        }
        if let Some(country) = interest.keys().next() {
            return Err(RulesError {
                file: "interest-rules.csv",
                line: 0,
                message: format!("country: {country} has no row in country-rules.csv"),
            });
        }
        let known = |file: &'static str, line: u64, code: &str| -> Result<Country, RulesError> {
            let country =
                Country::parse(code).map_err(|e| RulesError { file, line, message: format!("country: {e}") })?;
            if !countries.contains_key(&country) {
                return Err(RulesError {
                    file,
                    line,
                    message: format!("country: {country} has no row in country-rules.csv"),
                });
            }
            Ok(country)
        };
        let mut reminder_fees: HashMap<Country, Vec<ReminderFeeRule>> = HashMap::new();
        for (row, line) in read_rows::<ReminderFeeRow>("reminder-fees.csv", text.reminder_fees)? {
            let err = |message: String| RulesError { file: "reminder-fees.csv", line, message };
            let country = known("reminder-fees.csv", line, &row.country)?;
            let (amount, rest) = leading_money(row.amount.trim()).map_err(|e| err(format!("amount: {e}")))?;
            if !rest.is_empty() {
                return Err(err("amount: an amount and a currency only, e.g. 60 SEK".into()));
            }
            if row.only_if_agreed == YesNo::Unknown {
                return Err(err("only_if_agreed: yes or no".into()));
            }
            let list = reminder_fees.entry(country).or_default();
            if list.last().is_some_and(|last| last.effective_from >= row.effective_from) {
                return Err(err(
                    "effective_from: a country's rows must be in date order, the first may have none".into()
                ));
            }
            list.push(ReminderFeeRule {
                country,
                effective_from: row.effective_from,
                amount,
                max_count: row.max_count,
                min_days_apart: row.min_days_apart,
                only_if_agreed: row.only_if_agreed == YesNo::Yes,
                addable_to_compensation: row.addable_to_compensation,
                words: row.words.trim().to_string(),
                confidence: row.confidence,
                source: row.source.trim().to_string(),
            });
        }
        let mut limitations = HashMap::new();
        for (row, line) in read_rows::<LimitationRow>("limitation-periods.csv", text.limitation_periods)? {
            let err = |message: String| RulesError { file: "limitation-periods.csv", line, message };
            let country = known("limitation-periods.csv", line, &row.country)?;
            let counted = Counted::parse(&row.counted).map_err(|e| err(format!("counted: {e}")))?;
            if !(1..=30).contains(&row.years) {
                return Err(err(format!("years: {} is not from 1 to 30", row.years)));
            }
            let rule = LimitationRule {
                country,
                years: row.years,
                counted,
                law: row.law.trim().to_string(),
                confidence: row.confidence,
                source: row.source.trim().to_string(),
            };
            if limitations.insert(country, rule).is_some() {
                return Err(err(format!("country: {country} is listed twice")));
            }
        }
        Ok(Self { countries, rates, fx: FxTable::parse(text.fx_rates)?, reminder_fees, limitations })
    }

    pub fn country(&self, country: Country) -> Option<&CountryRule> {
        self.countries.get(&country)
    }

    /// Every country's rules, by code.
    pub fn countries(&self) -> Vec<&CountryRule> {
        let mut all: Vec<&CountryRule> = self.countries.values().collect();
        all.sort_by_key(|r| r.country.code());
        all
    }

    pub fn regime(&self, country: Country) -> Option<Regime> {
        self.country(country).map(|r| r.regime)
    }

    /// The reminder-fee rule of `country` in force on `date`, if the rules record one.
    pub fn reminder_fee(&self, country: Country, date: NaiveDate) -> Option<&ReminderFeeRule> {
        let list = self.reminder_fees.get(&country)?;
        list.iter().rev().find(|r| r.effective_from.is_none_or(|from| from <= date)).or(list.first())
    }

    /// Every reminder-fee rule, by country and date.
    pub fn reminder_fees(&self) -> Vec<&ReminderFeeRule> {
        let mut all: Vec<&ReminderFeeRule> = self.reminder_fees.values().flatten().collect();
        all.sort_by_key(|r| (r.country.code(), r.effective_from));
        all
    }

    pub fn limitation(&self, country: Country) -> Option<&LimitationRule> {
        self.limitations.get(&country)
    }

    /// Every limitation rule, by country.
    pub fn limitations(&self) -> Vec<&LimitationRule> {
        let mut all: Vec<&LimitationRule> = self.limitations.values().collect();
        all.sort_by_key(|r| r.country.code());
        all
    }

    /// The reference rates that interest rules in force on `today` or later need and the
    /// rates file does not hold, up to the end of `today`'s period (its half-year, or its
    /// month for monthly rates): gaps between rows, days after the last row, keys with no row.
    pub fn missing_rates(&self, today: NaiveDate) -> Vec<MissingRate> {
        let mut by_key: Vec<(String, String, Vec<Country>, bool)> = Vec::new();
        for rule in self.countries() {
            let rules = rule.interest.rules();
            for (i, r) in rules.iter().enumerate() {
                // A rule replaced before today needs no new rates.
                let replaced = rules.get(i + 1).and_then(|n| n.effective_from).is_some_and(|next| next <= today);
                if replaced || r.method == InterestMethod::FixedRate {
                    continue;
                }
                let monthly = r.method == InterestMethod::PublishedMonthly;
                match by_key.iter_mut().find(|(key, ..)| *key == r.reference_rate) {
                    Some((_, _, countries, _)) => countries.push(rule.country),
                    None => by_key.push((
                        r.reference_rate.clone(),
                        r.reference_rate_name.clone(),
                        vec![rule.country],
                        monthly,
                    )),
                }
            }
        }
        let mut missing = Vec::new();
        for (key, name, countries, monthly) in by_key {
            let Some(rows) = self.rates.rows(&key) else {
                missing.push(MissingRate { key, name, countries, from: today, to: today, no_rows: true });
                continue;
            };
            let end = if monthly { month_end(today) } else { half_year_end(today) };
            let start = rows[0].effective_from;
            for period in self.rates.periods(&key, start, end) {
                if let RateSource::CarriedForward(_) = period.source {
                    missing.push(MissingRate {
                        key: key.clone(),
                        name: name.clone(),
                        countries: countries.clone(),
                        from: period.from,
                        to: period.to,
                        no_rows: false,
                    });
                }
            }
        }
        missing.sort_by(|a, b| (&a.key, a.from).cmp(&(&b.key, b.from)));
        missing
    }
}

/// 30 June or 31 December of `date`'s half-year.
pub fn half_year_end(date: NaiveDate) -> NaiveDate {
    let (month, day) = if date.month() <= 6 { (6, 30) } else { (12, 31) };
    NaiveDate::from_ymd_opt(date.year(), month, day).unwrap_or(date)
}

/// The last day of `date`'s month.
pub fn month_end(date: NaiveDate) -> NaiveDate {
    let next = if date.month() == 12 {
        NaiveDate::from_ymd_opt(date.year() + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(date.year(), date.month() + 1, 1)
    };
    next.map_or(date, day_before)
}

fn read_rows<T: for<'de> Deserialize<'de>>(file: &'static str, text: &str) -> Result<Vec<(T, u64)>, RulesError> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let mut rows = Vec::new();
    // Line 1 is the header; no shipped file has records spanning lines.
    for (i, row) in reader.deserialize::<T>().enumerate() {
        let line = i as u64 + 2;
        rows.push((row.map_err(|e| RulesError { file, line, message: e.to_string() })?, line));
    }
    Ok(rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::testing::{date, dec, rule, rules};

    #[test]
    fn shipped_rules_cover_europe() {
        let rules = rules();
        for code in super::super::country::EUROPE {
            assert!(rules.country(Country::parse(code).unwrap()).is_some(), "{code}");
        }
        assert_eq!(rules.regime(Country::parse("PT").unwrap()), Some(Regime::LawyersOnly));
        assert_eq!(rules.regime(Country::parse("CY").unwrap()), Some(Regime::LawyersOnly));
    }

    #[test]
    fn interest_rules_are_read() {
        let rules = rules();
        let de_law = rule(&rules, "DE").interest;
        let de = &de_law.rules()[0];
        assert_eq!(
            (de.reference_rate.as_str(), de.margin_pp, de.method),
            ("DE_BASISZINSSATZ", dec("9"), InterestMethod::PerPeriod)
        );
        assert_eq!(de.day_count, DayCount::Actual365);
        assert_eq!(de.annual_percent(dec("1.27")), dec("10.27"));
        assert_eq!(de_law.describe(), "German base rate (Basiszinssatz, Bundesbank) + 9 percentage points");
        let ch = rule(&rules, "CH").interest;
        assert_eq!(ch.rules()[0].method, InterestMethod::FixedRate);
        assert_eq!(ch.rules()[0].annual_percent(dec("5.00")), dec("5.00"));
        // Belgium rounds the sum up to the next half point: 2.15 + 8 = 10.15 -> 10.5
        let be = rule(&rules, "BE").interest.rules()[0].clone();
        assert_eq!(be.annual_percent(dec("2.15")), dec("10.5"));
        assert_eq!(be.annual_percent(dec("2.50")), dec("10.5"));
        // a negative reference rate never makes the statutory rate negative
        assert_eq!(de.annual_percent(dec("-10")), Decimal::ZERO);
        // Czechia and Ireland: one rate for the whole delay; Iceland: monthly
        let cz = rule(&rules, "CZ").interest.rules()[0].clone();
        assert_eq!(
            (cz.method, cz.rate_date),
            (InterestMethod::FixedAtStart, Some(RateDate::LastDayOfPreviousHalfYear))
        );
        assert_eq!(RateDate::LastDayOfPreviousHalfYear.for_delay(date("2026-03-01")), date("2025-12-31"));
        assert_eq!(RateDate::LastDayOfPreviousHalfYear.for_delay(date("2025-07-01")), date("2025-06-30"));
        assert_eq!(RateDate::FirstDayOfHalfYear.for_delay(date("2025-12-31")), date("2025-07-01"));
        assert_eq!(rule(&rules, "IE").interest.rules()[0].method, InterestMethod::FixedAtStart);
        assert_eq!(rule(&rules, "IS").interest.rules()[0].method, InterestMethod::PublishedMonthly);
        // Bulgaria: two rules, split on 2026-01-01
        let bg = rule(&rules, "BG").interest;
        assert_eq!(bg.rules().len(), 2);
        assert_eq!(bg.in_force(date("2025-12-31")).reference_rate, "BG_REFERENCE");
        assert_eq!(bg.in_force(date("2026-01-01")).reference_rate, "ECB_MRO");
        assert_eq!(
            bg.describe(),
            "Bulgarian base rate (Bulgarian National Bank) + 10 percentage points until 31 December 2025; \
             European Central Bank main refinancing rate + 8 percentage points from 1 January 2026"
        );
        let segments: Vec<(NaiveDate, NaiveDate)> =
            bg.segments(date("2025-12-20"), date("2026-01-05")).iter().map(|(f, t, _)| (*f, *t)).collect();
        assert_eq!(segments, [(date("2025-12-20"), date("2025-12-31")), (date("2026-01-01"), date("2026-01-05"))]);
        // Liechtenstein: the Swiss National Bank's special rate + 8, not verified, no value yet
        let li = rule(&rules, "LI").interest.rules()[0].clone();
        assert_eq!((li.reference_rate.as_str(), li.margin_pp, li.verified), ("CH_SNB_SPECIAL", dec("8"), false));
        assert!(!rules.rates.has("CH_SNB_SPECIAL"));
    }

    #[test]
    fn reminder_fees_and_limitation_periods_are_read() {
        let rules = rules();
        let se = rules.reminder_fee(Country::parse("SE").unwrap(), date("2026-03-01")).unwrap();
        assert_eq!((se.amount.to_string(), se.max_count, se.only_if_agreed), ("60.00 SEK".into(), Some(1), true));
        assert_eq!(se.addable_to_compensation, YesNo::No);
        let no = rules.reminder_fee(Country::parse("NO").unwrap(), date("2026-03-01")).unwrap();
        assert_eq!((no.amount.to_string(), no.max_count), ("38.00 NOK".into(), Some(2)));
        assert!(no.describe().contains("at most 1 payment demand"), "{}", no.describe());
        let dk = rules.reminder_fee(Country::parse("DK").unwrap(), date("2026-03-01")).unwrap();
        assert_eq!((dk.max_count, dk.min_days_apart), (Some(3), Some(10)));
        assert!(rules.reminder_fee(Country::parse("DE").unwrap(), date("2026-03-01")).is_none());

        let limitation = |code: &str| rules.limitation(Country::parse(code).unwrap()).unwrap();
        // Germany: 3 years from the end of the year: due 2022-03-15 -> time-barred after 2025-12-31
        assert_eq!(limitation("DE").last_day(date("2022-03-15")), date("2025-12-31"));
        assert_eq!(limitation("SE").last_day(date("2022-03-15")), date("2032-03-15"));
        assert_eq!(limitation("FR").years, 5);
        for (code, years) in [("DK", 3), ("NO", 3), ("FI", 3)] {
            assert_eq!(limitation(code).years, years, "{code}");
        }
        // Poland: 3 years, ending on the last day of that year
        assert_eq!(limitation("PL").last_day(date("2022-03-15")), date("2025-12-31"));
        // a 29 February due date has no anniversary: the day before
        assert_eq!(limitation("SE").last_day(date("2024-02-29")), date("2034-02-28"));
    }

    #[test]
    fn missing_rates_are_listed_for_the_operator() {
        let rules = rules();
        let missing: Vec<String> = rules.missing_rates(date("2026-11-23")).iter().map(MissingRate::describe).collect();
        // Austria's base rate ends with 2025; Liechtenstein's rate has no value at all; Iceland's months are monthly
        assert!(
            missing.iter().any(|m| m.starts_with("AT_BASISZINSSATZ") && m.contains("January to December 2026")),
            "{missing:#?}"
        );
        assert!(
            missing.iter().any(|m| m.starts_with("CH_SNB_SPECIAL") && m.contains("no rate at all")),
            "{missing:#?}"
        );
        assert!(
            missing.iter().any(|m| m.starts_with("IS_DRATTARVEXTIR") && m.contains("June 2025 to November 2026")),
            "{missing:#?}"
        );
        // the German base rate is known to the end of 2026; Bulgaria's old rate is no longer needed
        assert!(
            !missing.iter().any(|m| m.starts_with("DE_BASISZINSSATZ") || m.starts_with("BG_REFERENCE")),
            "{missing:#?}"
        );
        // in 2027 every half-yearly rate is due
        let next_year: Vec<String> =
            rules.missing_rates(date("2027-01-04")).iter().map(MissingRate::describe).collect();
        assert!(
            next_year.iter().any(|m| m.starts_with("DE_BASISZINSSATZ") && m.contains("January to June 2027")),
            "{next_year:#?}"
        );
    }

    #[test]
    fn norway_compensation_follows_the_due_date() {
        let rules = rules();
        let no = rule(&rules, "NO").compensation;
        let amount = |due: &str| no.for_debt(Decimal::ONE, date(due)).unwrap().0.to_string();
        assert_eq!(amount("2025-03-01"), "470.00 NOK");
        assert_eq!(amount("2025-09-01"), "470.00 NOK");
        assert_eq!(amount("2026-03-01"), "460.00 NOK");
        assert_eq!(amount("2026-09-01"), "430.00 NOK");
        assert_eq!(amount("2024-09-01"), "470.00 NOK", "before the first date: the earliest");
        assert!(CompensationRule::parse("470 NOK from 2026-01-01; 460 NOK from 2025-01-01", "").is_err());
    }

    #[test]
    fn compensation_rules_are_read() {
        let rules = rules();
        let flat = |code: &str| {
            rule(&rules, code).compensation.for_debt(Decimal::ONE, date("2026-01-01")).map(|(m, _)| m.to_string())
        };
        assert_eq!(flat("DE").as_deref(), Some("40.00 EUR"));
        assert_eq!(flat("SE").as_deref(), Some("450.00 SEK"));
        assert_eq!(flat("DK").as_deref(), Some("310.00 DKK"));
        assert_eq!(flat("CZ").as_deref(), Some("1200.00 CZK"));
        assert_eq!(flat("HU").as_deref(), Some("40.00 EUR"));
        assert_eq!(flat("CH"), None);
        let (_, text) = rule(&rules, "HU").compensation.for_debt(Decimal::ONE, date("2026-01-01")).unwrap();
        assert_eq!(text, "40.00 EUR converted to HUF at the MNB rate on the day");
        // Sweden, between businesses: the 450 SEK covers reminder costs (the law, checked in 2026)
        assert!(rule(&rules, "SE").reminder_fee_cap.unwrap().contains("no reminder fee on top"));
        assert!(rule(&rules, "DE").reminder_fee_cap.is_none());
    }

    #[test]
    fn compensation_tiers_include_and_exclude_their_limits_as_written() {
        let rules = rules();
        let tier = |code: &str, debt: &str| {
            rule(&rules, code).compensation.for_debt(dec(debt), date("2026-01-01")).unwrap().0.to_string()
        };
        // United Kingdom: below 1000 / from 1000 to below 10000 / from 10000
        assert_eq!(tier("GB", "999.99"), "40.00 GBP");
        assert_eq!(tier("GB", "1000"), "70.00 GBP");
        assert_eq!(tier("GB", "9999.99"), "70.00 GBP");
        assert_eq!(tier("GB", "10000"), "100.00 GBP");
        // Ireland: up to 1000 / above 1000 up to 10000 / above 10000
        assert_eq!(tier("IE", "1000"), "40.00 EUR");
        assert_eq!(tier("IE", "1000.01"), "70.00 EUR");
        assert_eq!(tier("IE", "10000"), "70.00 EUR");
        assert_eq!(tier("IE", "10000.01"), "100.00 EUR");
        // Poland: amounts in EUR, limits in PLN, and the conversion rule kept as words
        let pl = rule(&rules, "PL").compensation;
        assert_eq!(pl.threshold_currency().unwrap().code(), "PLN");
        assert_eq!(tier("PL", "5000"), "40.00 EUR");
        assert_eq!(tier("PL", "5000.01"), "70.00 EUR");
        assert_eq!(tier("PL", "50000"), "100.00 EUR");
        let CompensationRule::Tiered { basis, .. } = pl else { panic!("tiers") };
        assert!(basis.unwrap().starts_with("converted at the NBP"));
    }

    #[test]
    fn malformed_compensation_is_refused_with_its_column() {
        let bad = |fixed: &str, tiers: &str| CompensationRule::parse(fixed, tiers).unwrap_err();
        assert_eq!(bad("forty euros", "").0, "fixed_compensation");
        assert_eq!(bad("40 EUR", "40 EUR up to 1000; 70 EUR above 1000").0, "compensation_tiers");
        // a gap between tiers, an open tier in the middle, a missing open tier, a wrong word
        assert!(bad("", "40 EUR up to 1000; 70 EUR from 1000").1.contains("must start where"));
        assert!(bad("", "40 EUR; 70 EUR above 1000").1.contains("follows a tier without"));
        assert!(bad("", "40 EUR up to 1000; 70 EUR above 1000 up to 2000").1.contains("last tier"));
        assert!(bad("", "40 EUR upto 1000; 70 EUR above 1000").1.contains("\"upto\""));
        assert!(bad("", "40 EUR up to 1000; 70 GBP above 1000").1.contains("every tier's amount"));
    }

    const RATES: &str = "reference_rate,effective_from,valid_until,percent,confidence,note\n\
        R,2024-01-01,2024-06-30,4.00,high,\n\
        R,2024-07-01,2024-12-31,3.00,high,\n\
        R,2025-07-01,2025-12-31,2.00,low,verify\n\
        FIX,1912-01-01,,5.00,high,\n";

    #[test]
    fn rate_periods_cut_at_changes_and_say_what_is_unknown() {
        let rates = ReferenceRates::parse(RATES).unwrap();
        let periods = rates.periods("R", date("2023-12-01"), date("2026-02-01"));
        let summary: Vec<(String, String, &str, Option<String>)> = periods
            .iter()
            .map(|p| {
                let kind = match p.source {
                    RateSource::Known(_) => "known",
                    RateSource::CarriedForward(_) => "carried",
                    RateSource::Unknown => "unknown",
                };
                (p.from.to_string(), p.to.to_string(), kind, p.source.rate().map(|r| r.percent.to_string()))
            })
            .collect();
        let expected = [
            ("2023-12-01", "2023-12-31", "unknown", None),
            ("2024-01-01", "2024-06-30", "known", Some("4.00")),
            ("2024-07-01", "2024-12-31", "known", Some("3.00")),
            // the first half of 2025 is missing: 3.00 is carried forward
            ("2025-01-01", "2025-06-30", "carried", Some("3.00")),
            ("2025-07-01", "2025-12-31", "known", Some("2.00")),
            ("2026-01-01", "2026-02-01", "carried", Some("2.00")),
        ];
        let expected: Vec<(String, String, &str, Option<String>)> =
            expected.iter().map(|(a, b, k, p)| (a.to_string(), b.to_string(), *k, p.map(str::to_string))).collect();
        assert_eq!(summary, expected);
        // a fixed rate holds until further notice
        let fixed = rates.periods("FIX", date("2020-01-01"), date("2030-01-01"));
        assert_eq!(fixed.len(), 1);
        assert!(matches!(fixed[0].source, RateSource::Known(_)));
        assert!(rates.periods("R", date("2024-02-01"), date("2024-01-01")).is_empty());
    }

    #[test]
    fn every_reference_rate_named_by_a_country_exists() {
        let countries = "country,name,currency,collection_regime,licence_authority,fixed_compensation,compensation_tiers,reminder_fee_cap,law,confidence,notes\n\
            DE,Germany,EUR,registration,BfJ,40 EUR,,,BGB,high,\n";
        let interest = "country,effective_from,method,rate_date,reference_rate,reference_rate_name,margin_pp,rounding,day_count,verified,confidence,source\n\
            DE,,per period,,NOPE,German base rate,9,,actual/365,yes,high,\n";
        let text = |interest: &'static str| RulesText {
            country_rules: countries,
            interest_rules: interest,
            reference_rates: RATES,
            reminder_fees: "country,effective_from,amount,max_count,min_days_apart,only_if_agreed,addable_to_compensation,words,confidence,source\n",
            limitation_periods: "country,years,counted,law,confidence,source\n",
            fx_rates: "currency,effective_from,per_eur,confidence,note\n",
        };
        let err = Rules::parse(text(interest)).unwrap_err();
        assert_eq!((err.file, err.line), ("interest-rules.csv", 2));
        assert!(err.message.contains("NOPE has no row"), "{err}");
        // an unverified rule may name a rate of which no value is known yet
        let unverified: &'static str = Box::leak(interest.replace(",yes,", ",no,").into_boxed_str());
        assert!(Rules::parse(text(unverified)).is_ok());
        let unknown_method: &'static str =
            Box::leak(interest.replace("per period,,NOPE", "base rate plus,,R").into_boxed_str());
        let err = Rules::parse(text(unknown_method)).unwrap_err();
        assert!(err.message.starts_with("method"), "{err}");
        let fixed_without_date: &'static str =
            Box::leak(interest.replace("per period,,NOPE", "fixed at the start of the delay,,R").into_boxed_str());
        assert!(Rules::parse(text(fixed_without_date)).unwrap_err().message.starts_with("rate_date"));
        let bad_rate = RATES.replace("2024-06-30,4.00", "2023-06-30,4.00");
        assert_eq!(ReferenceRates::parse(&bad_rate).unwrap_err().line, 2);
    }

    #[test]
    fn day_counts() {
        assert_eq!(DayCount::parse("").unwrap(), DayCount::Actual365);
        assert_eq!(DayCount::Actual365.year_days(2024), 365);
        assert_eq!(DayCount::ActualActual.year_days(2024), 366);
        assert_eq!(DayCount::ActualActual.year_days(2025), 365);
        assert_eq!(DayCount::Actual360.year_days(2024), 360);
        assert!(DayCount::parse("30/360").is_err());
    }

    #[test]
    fn conversion_uses_the_rate_in_force() {
        let rules = rules();
        let eur = Currency::parse("EUR").unwrap();
        let bgn = Currency::parse("BGN").unwrap();
        let m = Money::parse("195.58", bgn).unwrap();
        let converted = rules.fx.convert(m, eur, NaiveDate::from_ymd_opt(2026, 3, 1).unwrap()).unwrap();
        assert_eq!(converted.to_string(), "100.00 EUR");
        let sek = Currency::parse("SEK").unwrap();
        let early = rules.fx.rate(sek, NaiveDate::from_ymd_opt(2025, 6, 1).unwrap()).unwrap();
        let late = rules.fx.rate(sek, NaiveDate::from_ymd_opt(2026, 6, 1).unwrap()).unwrap();
        assert_ne!(early, late);
        assert!(rules.fx.rate(Currency::parse("BRL").unwrap(), NaiveDate::MAX).is_none());
        let conversion = rules.fx.conversion(sek, eur, date("2026-06-01")).unwrap();
        assert_eq!(conversion.rate(), Decimal::ONE / dec("10.95"));
        assert_eq!(conversion.confidence(), Confidence::Low);
        assert!(!conversion.predates_table());
        assert!(rules.fx.conversion(sek, eur, date("2020-01-01")).unwrap().predates_table());
    }

    #[test]
    fn malformed_rows_name_the_file_and_line() {
        let err =
            FxTable::parse("currency,effective_from,per_eur,confidence,note\nSEK,2025-01-02,-1,low,\n").unwrap_err();
        assert_eq!((err.file, err.line), ("fx-rates.csv", 2));
        let err = FxTable::parse("currency,effective_from,per_eur,confidence,note\nSEK,soon,1,low,\n").unwrap_err();
        assert_eq!(err.line, 2);
        let err =
            FxTable::parse("currency,effective_from,per_eur,confidence,note\nSEK,2025-01-02,1,sure,\n").unwrap_err();
        assert_eq!(err.line, 2);
    }
}
