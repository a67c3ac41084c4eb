//! Country law as data: licensing regimes, late-payment interest and compensation rules per
//! country, reference rates and exchange rates, each dated. Parsed from the CSV files in
//! `rules/`; `rules/README.md` documents their format.

use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;

use chrono::{Days, NaiveDate};
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
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

/// The statutory B2B late-payment interest of a country: a reference rate plus a margin,
/// or a fixed statutory rate (kept in `reference-rates.csv` like any other rate).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InterestRule {
    pub fixed: bool,
    /// A key of `reference-rates.csv`.
    pub reference_rate: String,
    /// Percentage points added to the reference rate.
    pub margin_pp: Decimal,
    /// Belgium: the sum is rounded up to the next half point.
    pub round_up_to_half_point: bool,
    pub day_count: DayCount,
}

impl InterestRule {
    /// The allowed values of the `b2b_interest_rule` column.
    pub const FORMS: [&'static str; 3] =
        ["reference rate + margin", "reference rate + margin, rounded up to the next half point", "fixed rate"];

    fn parse(text: &str, reference_rate: &str, margin_pp: Decimal, day_count: DayCount) -> Result<Self, String> {
        let (fixed, round_up_to_half_point) = match text.trim() {
            "reference rate + margin" => (false, false),
            "reference rate + margin, rounded up to the next half point" => (false, true),
            "fixed rate" => (true, false),
            other => return Err(format!("\"{other}\" is not one of: {}", Self::FORMS.join("; "))),
        };
        if reference_rate.trim().is_empty() {
            return Err("reference_rate: name the row of reference-rates.csv that holds the rate".into());
        }
        if margin_pp < Decimal::ZERO || margin_pp > Decimal::ONE_HUNDRED {
            return Err(format!("margin_pp: {margin_pp} is not from 0 to 100 percentage points"));
        }
        Ok(Self {
            fixed,
            reference_rate: reference_rate.trim().to_string(),
            margin_pp,
            round_up_to_half_point,
            day_count,
        })
    }

    /// The annual rate in percent when the reference rate is `reference_percent`; never below zero.
    pub fn annual_percent(&self, reference_percent: Decimal) -> Decimal {
        let mut rate = reference_percent + self.margin_pp;
        if self.round_up_to_half_point {
            rate = (rate * Decimal::TWO).ceil() / Decimal::TWO;
        }
        rate.max(Decimal::ZERO)
    }

    /// In words: `ECB_MRO + 8 percentage points`.
    pub fn describe(&self) -> String {
        if self.fixed {
            let margin = if self.margin_pp.is_zero() {
                String::new()
            } else {
                format!(" + {} percentage points", self.margin_pp.normalize())
            };
            return format!("fixed statutory rate ({}){margin}", self.reference_rate);
        }
        let rounding = if self.round_up_to_half_point { ", rounded up to the next half point" } else { "" };
        format!("{} + {} percentage points{rounding}", self.reference_rate, self.margin_pp.normalize())
    }
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
    /// Tiers by the amount of the debt, in `threshold_currency`.
    Tiered { tiers: Vec<CompensationTier>, threshold_currency: Currency, basis: Option<String> },
}

impl CompensationRule {
    /// The compensation for a debt of `debt` units of the threshold currency (ignored by
    /// flat rules), and the words of the rule that set it.
    pub fn for_debt(&self, debt: Decimal) -> Option<(Money, String)> {
        match self {
            Self::None => None,
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
            (fixed, "") => {
                let (amount, rest) = leading_money(fixed).map_err(|e| ("fixed_compensation", e))?;
                Ok(Self::Flat { amount, basis: (!rest.is_empty()).then(|| rest.to_string()) })
            }
            ("", tiers) => parse_tiers(tiers).map_err(|e| ("compensation_tiers", e)),
            _ => Err(("compensation_tiers", "give fixed_compensation or compensation_tiers, not both".into())),
        }
    }
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
    pub interest: InterestRule,
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
    b2b_interest_rule: String,
    reference_rate: String,
    #[serde(with = "rust_decimal::serde::str")]
    margin_pp: Decimal,
    #[serde(default)]
    day_count: String,
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

/// Everything the platform knows of each country's law.
#[derive(Debug, Clone, Default)]
pub struct Rules {
    countries: HashMap<Country, CountryRule>,
    pub rates: ReferenceRates,
    pub fx: FxTable,
}

impl Rules {
    /// Parses the three files of `rules/`; every country's interest rule must name a
    /// reference rate that `reference-rates.csv` holds.
    pub fn parse(country_rules_csv: &str, reference_rates_csv: &str, fx_csv: &str) -> Result<Self, RulesError> {
        const FILE: &str = "country-rules.csv";
        let rates = ReferenceRates::parse(reference_rates_csv)?;
        let mut countries = HashMap::new();
        for (row, line) in read_rows::<CountryRow>(FILE, country_rules_csv)? {
            let err = |message: String| RulesError { file: FILE, line, message };
            let country = Country::parse(&row.country).map_err(|e| err(format!("country: {e}")))?;
            let currency = Currency::from_str(&row.currency).map_err(|e| err(format!("currency: {e}")))?;
            let day_count = DayCount::parse(&row.day_count).map_err(|e| err(format!("day_count: {e}")))?;
            let interest = InterestRule::parse(&row.b2b_interest_rule, &row.reference_rate, row.margin_pp, day_count)
                .map_err(|e| err(format!("b2b_interest_rule: {e}")))?;
            if !rates.has(&interest.reference_rate) {
                return Err(err(format!(
                    "reference_rate: {} has no row in reference-rates.csv",
                    interest.reference_rate
                )));
            }
            let compensation = CompensationRule::parse(&row.fixed_compensation, &row.compensation_tiers)
                .map_err(|(column, e)| err(format!("{column}: {e}")))?;
            let rule = CountryRule {
                country,
                name: row.name,
                currency,
                regime: row.collection_regime,
                licence_authority: row.licence_authority,
                interest,
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
        Ok(Self { countries, rates, fx: FxTable::parse(fx_csv)? })
    }

    pub fn country(&self, country: Country) -> Option<&CountryRule> {
        self.countries.get(&country)
    }

    pub fn regime(&self, country: Country) -> Option<Regime> {
        self.country(country).map(|r| r.regime)
    }
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
        let de = rule(&rules, "DE").interest;
        assert_eq!((de.reference_rate.as_str(), de.margin_pp, de.fixed), ("DE_BASISZINSSATZ", dec("9"), false));
        assert_eq!(de.day_count, DayCount::Actual365);
        assert_eq!(de.annual_percent(dec("1.27")), dec("10.27"));
        assert_eq!(de.describe(), "DE_BASISZINSSATZ + 9 percentage points");
        let ch = rule(&rules, "CH").interest;
        assert!(ch.fixed);
        assert_eq!(ch.annual_percent(dec("5.00")), dec("5.00"));
        // Belgium rounds the sum up to the next half point: 2.15 + 8 = 10.15 -> 10.5
        let be = rule(&rules, "BE").interest;
        assert_eq!(be.annual_percent(dec("2.15")), dec("10.5"));
        assert_eq!(be.annual_percent(dec("2.50")), dec("10.5"));
        // a negative reference rate never makes the statutory rate negative
        assert_eq!(de.annual_percent(dec("-10")), Decimal::ZERO);
    }

    #[test]
    fn compensation_rules_are_read() {
        let rules = rules();
        let flat = |code: &str| rule(&rules, code).compensation.for_debt(Decimal::ONE).map(|(m, _)| m.to_string());
        assert_eq!(flat("DE").as_deref(), Some("40.00 EUR"));
        assert_eq!(flat("SE").as_deref(), Some("450.00 SEK"));
        assert_eq!(flat("DK").as_deref(), Some("310.00 DKK"));
        assert_eq!(flat("CZ").as_deref(), Some("1200.00 CZK"));
        assert_eq!(flat("HU").as_deref(), Some("40.00 EUR"));
        assert_eq!(flat("CH"), None);
        let (_, text) = rule(&rules, "HU").compensation.for_debt(Decimal::ONE).unwrap();
        assert_eq!(text, "40.00 EUR converted to HUF at the MNB rate on the day");
        assert_eq!(
            rule(&rules, "SE").reminder_fee_cap.unwrap(),
            "60 SEK reminder fee, once per claim and only if agreed in advance; collection fee 180 SEK"
        );
        assert!(rule(&rules, "DE").reminder_fee_cap.is_none());
    }

    #[test]
    fn compensation_tiers_include_and_exclude_their_limits_as_written() {
        let rules = rules();
        let tier = |code: &str, debt: &str| rule(&rules, code).compensation.for_debt(dec(debt)).unwrap().0.to_string();
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
        let countries = "country,name,currency,collection_regime,licence_authority,b2b_interest_rule,reference_rate,margin_pp,fixed_compensation,compensation_tiers,reminder_fee_cap,law,confidence,notes\n\
            DE,Germany,EUR,registration,BfJ,reference rate + margin,NOPE,9,40 EUR,,,BGB,high,\n";
        let err = Rules::parse(countries, RATES, "currency,effective_from,per_eur,confidence,note\n").unwrap_err();
        assert_eq!((err.file, err.line), ("country-rules.csv", 2));
        assert!(err.message.contains("NOPE has no row"), "{err}");
        let unknown_rule = countries.replace("reference rate + margin,NOPE", "base rate plus,R");
        let err = Rules::parse(&unknown_rule, RATES, "currency,effective_from,per_eur,confidence,note\n").unwrap_err();
        assert!(err.message.starts_with("b2b_interest_rule"), "{err}");
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
