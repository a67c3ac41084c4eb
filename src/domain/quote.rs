//! Instant quotes: what collecting a claim costs the creditor with each eligible partner, and
//! what the creditor may claim from the debtor on top of the principal under the law of the
//! debtor's country. Pure: the registry, the rules and the request in, a [`Quote`] out.
//!
//! - **Cost** ([`cost`]): the partner's fee schedule applied to the principal, every line
//!   labelled; totals if the claim is collected in full and if nothing is collected. This is
//!   the one fee computation: routing ranks partners by [`fee_if_collected`], so the partner
//!   routing picks is priced exactly as the quote shows it. Fees in another currency than the
//!   claim's are converted at the dated rate table, and the quote says at which rate.
//! - **Claimable from the debtor**: statutory late-payment interest per period at the rate in
//!   force each day ([`super::interest`]), rounded once at the end, and the fixed compensation
//!   for recovery costs per late invoice (flat or tiered by the debt, converted at the rate of
//!   the due date when the law states it in another currency); reminder-fee caps are shown.
//! - **Notes** say everything the numbers rest on that a creditor should know: the day-count
//!   convention, rates carried forward or unknown, unverified rules, exchange rates used,
//!   invoices not yet due.

use std::sync::Arc;

use chrono::{Days, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::claim::{
    ClaimInput, DebtorResponse, InvoiceInput, InvoiceLine, InvoicePurpose, NewClaim, Service, parse_date,
    parse_invoices, principal_of,
};
use super::country::Country;
use super::interest::{self, RateBasis};
use super::money::{Currency, Money};
use super::partner::{FeeSchedule, Partner, PartnerKind};
use super::performance::{Standing, Standings};
use super::routing::{NoCoverage, Ranked, RoutingRequest, rank, recommendation};
use super::rules::{
    CompensationRule, Confidence, Conversion, CountryRule, DayCount, FxTable, InterestMethod, InterestRule, Rules,
    YesNo, half_year_end, half_year_start, long_date, span_words,
};
use super::validation::FieldErrors;

/// How far ahead of today a quote may be dated.
pub const MAX_DAYS_AHEAD: u64 = 366;

/// What a creditor typed or posted to get a quote, before any checking. A claim body is a
/// valid quote body too: the fields a quote does not need are ignored.
#[derive(Debug, Default, Clone, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct QuoteInput {
    pub debtor: QuoteDebtorInput,
    pub invoices: Vec<InvoiceInput>,
    pub disputed: bool,
    /// `YYYY-MM-DD`; today when absent or blank.
    pub as_of: Option<String>,
}

#[derive(Debug, Default, Clone, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct QuoteDebtorInput {
    pub country: String,
}

impl QuoteInput {
    /// The part of a claim a quote is made from: the claim form previews its cost this way.
    pub fn from_claim(input: &ClaimInput) -> Self {
        let response = input.history.debtor_response.as_deref().map(DebtorResponse::parse);
        Self {
            debtor: QuoteDebtorInput { country: input.debtor.country.clone() },
            invoices: input.invoices.clone(),
            disputed: input.disputed || response == Some(Ok(DebtorResponse::Disputes)),
            as_of: None,
        }
    }
}

/// A checked quote request: built only by [`QuoteRequest::parse`] or from a checked claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteRequest {
    country: Country,
    invoices: Vec<InvoiceLine>,
    principal: Money,
    disputed: bool,
    as_of: NaiveDate,
}

impl QuoteRequest {
    /// Checks `input` with the claim's own rules for the fields they share (country and
    /// invoices), except that an invoice may not be due yet: it is priced without interest.
    pub fn parse(input: &QuoteInput, today: NaiveDate) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        let country = errors.check_explained("debtor.country", Country::parse(&input.debtor.country));
        let latest = today.checked_add_days(Days::new(MAX_DAYS_AHEAD)).unwrap_or(today);
        let as_of = match input.as_of.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
            None => Some(today),
            Some(text) => match parse_date(text) {
                Ok(date) if date > latest => {
                    errors.add("as_of", format!("a quote looks at most a year ahead, to {latest}"));
                    None
                }
                other => errors.check("as_of", other),
            },
        };
        // Invoice dates are checked as of the quote's date (today, unless as_of says otherwise).
        let invoices = parse_invoices(&input.invoices, as_of.unwrap_or(today), InvoicePurpose::Quote, &mut errors);
        let principal = invoices.as_deref().and_then(principal_of);
        let (Some(country), Some(as_of), Some(invoices), Some(principal)) = (country, as_of, invoices, principal)
        else {
            return Err(errors);
        };
        errors.finish(|| Self { country, invoices, principal, disputed: input.disputed, as_of })
    }

    /// The quote of a claim being filed today.
    pub fn for_claim(claim: &NewClaim, today: NaiveDate) -> Self {
        Self {
            country: claim.debtor().country,
            invoices: claim
                .invoices()
                .iter()
                .map(|i| InvoiceLine {
                    number: Some(i.number.clone()),
                    issue_date: Some(i.issue_date),
                    due_date: i.due_date,
                    amount: i.amount,
                })
                .collect(),
            principal: claim.principal(),
            disputed: claim.disputed(),
            as_of: today,
        }
    }

    /// The quote of a claim already filed, from what was stored of it: to price it with
    /// another partner (a re-route) on `as_of`. `None` when there are no invoices.
    pub fn for_filed(country: Country, invoices: Vec<InvoiceLine>, disputed: bool, as_of: NaiveDate) -> Option<Self> {
        let principal = principal_of(&invoices)?;
        Some(Self { country, invoices, principal, disputed, as_of })
    }

    pub fn country(&self) -> Country {
        self.country
    }

    pub fn principal(&self) -> Money {
        self.principal
    }

    pub fn as_of(&self) -> NaiveDate {
        self.as_of
    }

    pub fn service(&self) -> Service {
        if self.disputed { Service::Legal } else { Service::Collection }
    }

    /// What routing is asked: the partner must be licensed on the quote's date.
    pub fn routing(&self) -> RoutingRequest {
        RoutingRequest { country: self.country, service: self.service(), principal: self.principal, date: self.as_of }
    }
}

/// When a cost line is charged.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Charged {
    /// Only out of what is collected (no cure, no pay).
    IfCollected,
    /// Whatever the outcome.
    Always,
    /// Only if the claim goes to court; not in either total.
    IfLegalPhase,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct CostLine {
    pub label: String,
    pub amount: Money,
    pub charged: Charged,
}

/// What a cost line is, with its numbers: the quote's English `label` is written from it, and
/// pages read it back from a stored quote's label ([`CostLabel::read`]) to say it in their
/// language. Amounts are as the label writes them (`220.00 SEK`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CostLabel {
    /// The commission on what is collected.
    Commission { percent: String },
    /// The minimum fee, when the commission would be less; `of` is the fee in the partner's
    /// currency when it had to be converted.
    MinimumFee { percent: String, commission: String, of: Option<String> },
    /// A partner's fixed fee, named as the partner names it; `original` as for `MinimumFee`.
    Fee { label: String, original: Option<String> },
    /// The legal phase estimate: part of the totals for a disputed claim.
    LegalPhase { disputed: bool, original: Option<String> },
}

const LEGAL_DISPUTED: &str = "Legal phase estimate: court fees and counsel";
const LEGAL_IF_COURT: &str = "Legal phase estimate, only if the claim goes to court";

impl CostLabel {
    /// The label as the quote's JSON states it.
    pub fn english(&self) -> String {
        let original = |o: &Option<String>| o.as_ref().map(|m| format!(" ({m})")).unwrap_or_default();
        match self {
            CostLabel::Commission { percent } => format!("Commission {percent}% of collected"),
            CostLabel::MinimumFee { percent, commission, of } => {
                let of = of.as_ref().map(|m| format!(" of {m}")).unwrap_or_default();
                format!("Minimum fee{of} (the {percent}% commission would be {commission})")
            }
            CostLabel::Fee { label, original: o } => format!("{label}{}", original(o)),
            CostLabel::LegalPhase { disputed, original: o } => {
                format!("{}{}", if *disputed { LEGAL_DISPUTED } else { LEGAL_IF_COURT }, original(o))
            }
        }
    }

    /// What `label` (as [`CostLabel::english`] wrote it) says; a label it does not know is a
    /// partner's fee.
    pub fn read(label: &str) -> Self {
        fn split_original(rest: &str) -> Option<Option<String>> {
            if rest.is_empty() {
                return Some(None);
            }
            rest.strip_prefix(" (").and_then(|r| r.strip_suffix(')')).map(|m| Some(m.to_string()))
        }
        if let Some(percent) = label.strip_prefix("Commission ").and_then(|r| r.strip_suffix("% of collected")) {
            return CostLabel::Commission { percent: percent.to_string() };
        }
        if let Some(rest) = label.strip_prefix("Minimum fee").and_then(|r| r.strip_suffix(')')) {
            if let Some((before, after)) = rest.split_once(" (the ") {
                let of = before.strip_prefix(" of ").map(str::to_string);
                if let (Some((percent, commission)), true) =
                    (after.split_once("% commission would be "), before.is_empty() || of.is_some())
                {
                    return CostLabel::MinimumFee {
                        percent: percent.to_string(),
                        commission: commission.to_string(),
                        of,
                    };
                }
            }
        }
        for (start, disputed) in [(LEGAL_DISPUTED, true), (LEGAL_IF_COURT, false)] {
            if let Some(original) = label.strip_prefix(start).and_then(split_original) {
                return CostLabel::LegalPhase { disputed, original };
            }
        }
        match label.rsplit_once(" (").filter(|(_, m)| {
            let money = m.strip_suffix(')').and_then(|m| m.split_once(' '));
            money.is_some_and(|(a, c)| a.parse::<Decimal>().is_ok() && Currency::parse(c).is_ok())
        }) {
            Some((name, money)) => {
                CostLabel::Fee { label: name.to_string(), original: Some(money.trim_end_matches(')').to_string()) }
            }
            None => CostLabel::Fee { label: label.to_string(), original: None },
        }
    }
}

/// What a partner costs the creditor, in the claim's currency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Cost {
    /// The sum of the lines charged if collected and always.
    pub if_collected: Money,
    /// The sum of the lines charged always.
    pub if_not_collected: Money,
    pub lines: Vec<CostLine>,
    /// The currency of the partner's fee schedule.
    pub fee_currency: Currency,
    /// How fees were converted into the claim's currency, when they had to be.
    pub exchange_rate: Option<RateUsed>,
}

/// One side of an exchange rate: units of a currency per euro, and the table row it is from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct PerEur {
    pub currency: Currency,
    pub per_eur: Decimal,
    /// `None` for the euro itself.
    pub effective_from: Option<NaiveDate>,
    pub confidence: Confidence,
}

/// An exchange rate a quote used, and what for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct RateUsed {
    pub from: Currency,
    pub to: Currency,
    /// Units of `to` for one of `from`, to 6 decimals (the conversion itself is exact).
    pub rate: Decimal,
    /// The date whose rates were used.
    pub date: NaiveDate,
    pub from_rate: PerEur,
    pub to_rate: PerEur,
    pub confidence: Confidence,
    pub used_for: String,
    pub description: String,
}

impl RateUsed {
    fn new(conversion: &Conversion, used_for: impl Into<String>) -> Self {
        let side = |currency: Currency, rate: super::rules::FxRate| PerEur {
            currency,
            per_eur: rate.per_eur.normalize(),
            effective_from: (currency.code() != "EUR").then_some(rate.effective_from),
            confidence: rate.confidence,
        };
        let (from_rate, to_rate) =
            (side(conversion.from, conversion.from_rate), side(conversion.to, conversion.to_rate));
        let rate = conversion.rate().round_dp(6).normalize();
        let sources: Vec<String> = [&from_rate, &to_rate]
            .iter()
            .filter_map(|s| s.effective_from.map(|d| format!("{} {} per EUR from {d}", s.per_eur, s.currency)))
            .collect();
        let mut description = format!(
            "1 {} = {rate} {} ({}, confidence {})",
            conversion.from,
            conversion.to,
            sources.join(" and "),
            conversion.confidence()
        );
        if conversion.predates_table() {
            description.push_str(&format!(
                "; the table has no rate as early as {}, so its earliest was used",
                conversion.date
            ));
        }
        Self {
            from: conversion.from,
            to: conversion.to,
            rate,
            date: conversion.date,
            from_rate,
            to_rate,
            confidence: conversion.confidence(),
            used_for: used_for.into(),
            description,
        }
    }
}

/// The exchange rates one quote has put in words, so that offers converting at the same
/// rate for the same purpose copy the words instead of writing them again.
#[derive(Default)]
struct StatedRates(Vec<(Conversion, RateUsed)>);

impl StatedRates {
    fn rate(&mut self, conversion: &Conversion, used_for: String) -> RateUsed {
        match self.0.iter().find(|(c, rate)| c == conversion && rate.used_for == used_for) {
            Some((_, rate)) => rate.clone(),
            None => {
                let rate = RateUsed::new(conversion, used_for);
                self.0.push((*conversion, rate.clone()));
                rate
            }
        }
    }
}

/// `9` -> "9", `7.50` -> "7.5": a fee percentage as people write it.
fn percent_label(p: Decimal) -> String {
    p.normalize().to_string()
}

/// An annual rate with at least two decimals: "10.15", "5.00", "12.625".
pub fn rate_label(p: Decimal) -> String {
    let mut p = p.round_dp(4).normalize();
    if p.scale() < 2 {
        p.rescale(2);
    }
    p.to_string()
}

/// A fee schedule applied to one claim: every charge in the claim's currency, before any
/// words. [`cost`] writes it out line by line and [`fee_if_collected`] only adds it up, so
/// routing ranks partners by the very amounts their quotes show.
struct Charges<'f> {
    fees: &'f FeeSchedule,
    currency: Currency,
    conversion: Option<Conversion>,
    commission: Money,
    /// The minimum fee in the claim's currency.
    minimum: Money,
    /// Whether the claim is disputed: the legal phase estimate is then charged always.
    disputed: bool,
}

impl<'f> Charges<'f> {
    /// `None` when the table has no rate to convert the fees.
    fn new(fees: &'f FeeSchedule, principal: Money, service: Service, fx: &FxTable, date: NaiveDate) -> Option<Self> {
        let currency = principal.currency();
        let conversion = match fees.currency == currency {
            true => None,
            false => Some(fx.conversion(fees.currency, currency, date)?),
        };
        let commission = Money::new(principal.amount() * fees.commission_percent / Decimal::ONE_HUNDRED, currency);
        let minimum = conversion.as_ref().map_or(fees.minimum_fee, |c| c.apply(fees.minimum_fee));
        Some(Self { fees, currency, conversion, commission, minimum, disputed: service == Service::Legal })
    }

    fn to_claim(&self, m: Money) -> Money {
        self.conversion.as_ref().map_or(m, |c| c.apply(m))
    }

    /// True when the commission is charged, false when the minimum fee is instead.
    fn commission_applies(&self) -> bool {
        self.commission.amount() >= self.minimum.amount()
    }

    /// Each line's amount and when it is charged, in the order of the cost's lines: the
    /// commission (or the minimum fee), the fixed fees, the legal phase estimate.
    fn amounts(&self) -> impl Iterator<Item = (Money, Charged)> + '_ {
        let first = if self.commission_applies() { self.commission } else { self.minimum };
        let legal = if self.disputed { Charged::Always } else { Charged::IfLegalPhase };
        std::iter::once((first, Charged::IfCollected))
            .chain(self.fees.fixed.iter().map(|fee| (self.to_claim(fee.amount), Charged::Always)))
            .chain(self.fees.legal_phase_estimate.map(|estimate| (self.to_claim(estimate), legal)))
    }

    /// Each line's label, in the order of [`Charges::amounts`].
    fn labels(&self) -> impl Iterator<Item = CostLabel> + '_ {
        let original = |m: Money| self.conversion.is_some().then(|| m.to_string());
        let percent = percent_label(self.fees.commission_percent);
        let first = match self.commission_applies() {
            true => CostLabel::Commission { percent },
            false => CostLabel::MinimumFee {
                percent,
                commission: self.commission.to_string(),
                of: original(self.fees.minimum_fee),
            },
        };
        let disputed = self.disputed;
        std::iter::once(first)
            .chain(
                self.fees
                    .fixed
                    .iter()
                    .map(move |fee| CostLabel::Fee { label: fee.label.clone(), original: original(fee.amount) }),
            )
            .chain(
                self.fees
                    .legal_phase_estimate
                    .map(move |estimate| CostLabel::LegalPhase { disputed, original: original(estimate) }),
            )
    }
}

/// The totals of lines: if collected (the lines charged if collected and always) and if
/// not collected (the lines charged always).
fn totals(currency: Currency, lines: impl Iterator<Item = (Money, Charged)>) -> (Money, Money) {
    let (mut if_collected, mut if_not_collected) = (Decimal::ZERO, Decimal::ZERO);
    for (amount, charged) in lines {
        match charged {
            Charged::IfCollected => if_collected += amount.amount(),
            Charged::Always => {
                if_collected += amount.amount();
                if_not_collected += amount.amount();
            }
            Charged::IfLegalPhase => {}
        }
    }
    (Money::new(if_collected, currency), Money::new(if_not_collected, currency))
}

/// The cost of `fees` for a claim of `principal`, in the claim's currency: the commission
/// (at least the minimum fee) if collected, fixed fees always, and for law firms the legal
/// phase estimate, always for a disputed claim (`Service::Legal`) and otherwise only if the
/// claim goes to court. `None` when the table has no rate to convert the fees.
pub fn cost(fees: &FeeSchedule, principal: Money, service: Service, fx: &FxTable, date: NaiveDate) -> Option<Cost> {
    cost_stating(fees, principal, service, fx, date, &mut StatedRates::default())
}

/// [`cost`], taking the words of its exchange rate from `stated` when another offer of the
/// same quote converted its fees at the same rate.
fn cost_stating(
    fees: &FeeSchedule,
    principal: Money,
    service: Service,
    fx: &FxTable,
    date: NaiveDate,
    stated: &mut StatedRates,
) -> Option<Cost> {
    let charges = Charges::new(fees, principal, service, fx, date)?;
    let lines: Vec<CostLine> = charges
        .labels()
        .zip(charges.amounts())
        .map(|(label, (amount, charged))| CostLine { label: label.english(), amount, charged })
        .collect();
    let (if_collected, if_not_collected) = totals(charges.currency, lines.iter().map(|l| (l.amount, l.charged)));
    Some(Cost {
        if_collected,
        if_not_collected,
        exchange_rate: charges.conversion.map(|c| stated.rate(&c, format!("fees in {}", fees.currency))),
        lines,
        fee_currency: fees.currency,
    })
}

/// What a partner costs if the claim is collected in full: the figure routing ranks by,
/// and the one the quote shows as `cost.if_collected` (the same charges, without the words).
pub fn fee_if_collected(
    fees: &FeeSchedule,
    principal: Money,
    service: Service,
    fx: &FxTable,
    date: NaiveDate,
) -> Option<Money> {
    let charges = Charges::new(fees, principal, service, fx, date)?;
    Some(totals(charges.currency, charges.amounts()).0)
}

/// A partner as a quote names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct PartnerSummary {
    pub id: String,
    pub name: String,
    pub kind: PartnerKind,
    /// The service the partner is chiefly for (`collection` for agencies, `legal` for law firms).
    pub service: Service,
    pub sandbox: bool,
    pub licence: Option<LicenceSummary>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct LicenceSummary {
    pub country: Country,
    pub authority: String,
    pub number: String,
    pub valid_until: Option<NaiveDate>,
}

impl PartnerSummary {
    fn new(p: &Partner, country: Country) -> Self {
        Self {
            id: p.id.to_string(),
            name: p.name.clone(),
            kind: p.kind,
            service: p.kind.primary_service(),
            sandbox: p.sandbox,
            licence: p.licence_for(country).map(|l| LicenceSummary {
                country: l.country,
                authority: l.authority.clone(),
                number: l.number.clone(),
                valid_until: l.valid_until,
            }),
        }
    }
}

/// Whether a period's rate was known, carried forward, or unknown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum RateStatus {
    Known,
    CarriedForward,
    Unknown,
}

/// Interest on one invoice over days at one rate. `interest` is rounded for display; the
/// quote's `late_interest` is the exact sum of all periods, rounded once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct PeriodLine {
    pub invoice: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub days: i64,
    pub reference_rate: String,
    /// The reference rate in words.
    pub rate_name: String,
    /// How the country's law applies the rate on these days.
    pub method: InterestMethod,
    pub reference_percent: Option<Decimal>,
    pub rate_percent: Option<String>,
    pub rate_status: RateStatus,
    pub year_days: i64,
    pub interest: Money,
}

/// The fixed compensation for one late invoice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct CompensationLine {
    pub invoice: String,
    /// As the law states it, e.g. 450.00 SEK or 70.00 GBP.
    pub statutory: Money,
    /// In the claim's currency.
    pub amount: Money,
    /// The rule's words that set it.
    pub rule: String,
}

/// What the creditor may claim from the debtor on top of the principal, in its currency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Claimable {
    /// Statutory late-payment interest up to the quote date, rounded once.
    pub late_interest: Money,
    /// The annual rate in force on the quote date; `None` when no rate is known for it.
    pub interest_rate_percent: Option<String>,
    pub interest_rule: String,
    /// The method of the rule in force on the quote date.
    pub interest_method: InterestMethod,
    /// Every rule the interest was computed with, in date order (two across a change of law).
    pub interest_methods: Vec<MethodUsed>,
    pub day_count: DayCount,
    pub interest_periods: Vec<PeriodLine>,
    /// The fixed compensation for recovery costs, one per late invoice; `None` when it could
    /// not be converted into the claim's currency (the notes say why).
    pub compensation: Option<Money>,
    pub compensation_lines: Vec<CompensationLine>,
    /// Interest plus compensation.
    pub total: Option<Money>,
    /// Reminder fees the law caps, in its words; not part of the totals.
    pub reminder_fee_cap: Option<String>,
    /// The reminder-fee rule in force on the quote date, where the rules record one.
    pub reminder_fees: Option<ReminderFeeLine>,
    /// The limitation period of the country, and where the earliest invoice stands in it.
    pub limitation: Option<LimitationLine>,
    pub law: String,
    pub confidence: Confidence,
}

/// A claimable part shared by a quote's offers, written as the part itself.
fn shared_claimable<S: serde::Serializer>(claimable: &Arc<Claimable>, s: S) -> Result<S::Ok, S::Error> {
    Claimable::serialize(claimable, s)
}

/// An interest rule a quote used, in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct MethodUsed {
    pub method: InterestMethod,
    /// The first and last day overdue the rule was applied to.
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// `German base rate (Basiszinssatz, Bundesbank) + 9 percentage points`.
    pub description: String,
    /// How the rate applies to the days, in words.
    pub explanation: String,
    /// False when the rate has not been verified yet.
    pub verified: bool,
}

/// What the law allows for reminders; never part of the totals.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct ReminderFeeLine {
    pub amount: Money,
    pub max_count: Option<u32>,
    pub min_days_apart: Option<u32>,
    pub only_if_agreed: bool,
    pub addable_to_compensation: YesNo,
    pub description: String,
}

/// Where a claim stands in its limitation period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum LimitationStatus {
    /// More than [`LIMITATION_WARNING_DAYS`] left.
    Open,
    /// The period ends within [`LIMITATION_WARNING_DAYS`].
    Near,
    /// The period has ended (unless it was interrupted).
    Past,
}

/// How close to its end a limitation period makes the quote warn.
pub const LIMITATION_WARNING_DAYS: i64 = 183;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct LimitationLine {
    /// `3 years from the end of the year the invoice fell due (BGB §195 and §199)`.
    pub period: String,
    pub years: u32,
    /// The last day of the period for the earliest invoice.
    pub ends: NaiveDate,
    pub status: LimitationStatus,
    /// Said when the period is near its end or past it.
    pub warning: Option<String>,
}

/// One partner's offer: the shape of the quote without alternatives and notes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Offer {
    pub partner: PartnerSummary,
    pub principal: Money,
    pub cost: Cost,
    /// The same for every offer of a quote, so they share it.
    #[serde(serialize_with = "shared_claimable")]
    #[schema(value_type = Claimable)]
    pub claimable_from_debtor: Arc<Claimable>,
    /// The partner's measured performance, as routing ranked it.
    pub standing: OfferStanding,
}

/// A partner's measured performance as a quote shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct OfferStanding {
    /// 0 to 100; a newcomer's is the newcomer score.
    pub score: u32,
    /// False for a partner with too few measured cases: a newcomer.
    pub measured: bool,
    pub newcomer: bool,
    pub cases: u32,
    pub sla_met_percent: Option<u32>,
    pub median_days_to_first_contact: Option<Decimal>,
    /// In words: "score 86 of 100, 94 % of SLA deadlines met" or "new on the platform, ...".
    pub summary: String,
}

impl From<&Standing> for OfferStanding {
    fn from(s: &Standing) -> Self {
        Self {
            score: s.score,
            measured: s.measured,
            newcomer: !s.measured,
            cases: s.cases,
            sla_met_percent: s.sla_met_percent,
            median_days_to_first_contact: s.median_days_to_first_contact,
            summary: super::routing::performance_words(s),
        }
    }
}

/// Which partner routing recommends and why, in plain words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Recommendation {
    pub partner_id: String,
    pub partner_name: String,
    /// "Recommended: the lowest fee in Germany (...)".
    pub reason: String,
    /// The ranking rule, in one sentence (`docs/routing.md` has it in full).
    pub rule: &'static str,
    /// True when the creditor chose another partner than the recommended one: `partner` is
    /// the creditor's choice, and the recommended partner is among the alternatives.
    pub chosen_by_creditor: bool,
}

/// The ranking rule in one sentence, as quotes state it.
pub const RANKING_RULE: &str = "Partners of the kind made for the claim come first; among them, the higher score \
     (measured performance, 0 to 100) for the fee wins: score x lowest fee / this fee. With equal scores the cheaper \
     partner wins.";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct CountrySummary {
    pub code: &'static str,
    pub name: &'static str,
}

/// The quote: the chosen partner's offer, the alternatives in routing's order, and the notes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Quote {
    pub as_of: NaiveDate,
    pub country: CountrySummary,
    pub service: Service,
    pub partner: PartnerSummary,
    pub principal: Money,
    pub cost: Cost,
    /// Shared with the alternatives.
    #[serde(serialize_with = "shared_claimable")]
    #[schema(value_type = Claimable)]
    pub claimable_from_debtor: Arc<Claimable>,
    /// The chosen partner's measured performance.
    pub standing: OfferStanding,
    /// Why routing recommends its first partner.
    pub recommendation: Recommendation,
    /// Every other eligible partner for the country, in routing's order (best first).
    pub alternatives: Vec<Offer>,
    /// Every exchange rate the claimable amounts and the chosen partner's cost used.
    pub exchange_rates: Vec<RateUsed>,
    /// What the creditor must not miss (a claim near or past its limitation date), also in `notes`.
    pub warnings: Vec<String>,
    pub notes: Vec<String>,
}

/// The quote in short (`POST /api/v1/quotes?detail=summary`): the chosen partner, what it
/// costs, what may be claimed from the debtor, and each alternative's partner and cost; none
/// of the periods, rates, rules and notes that explain the figures. Borrows from the quote.
#[derive(Debug, Serialize)]
pub struct QuoteSummary<'a> {
    pub as_of: NaiveDate,
    pub country: &'a CountrySummary,
    pub service: Service,
    pub partner: PartnerBrief<'a>,
    pub principal: Money,
    pub cost: CostSummary,
    pub claimable_from_debtor: ClaimableSummary<'a>,
    pub score: u32,
    pub recommendation: RecommendationSummary<'a>,
    pub alternatives: Vec<OfferSummary<'a>>,
    pub warnings: &'a [String],
}

/// A partner by id and name.
#[derive(Debug, Serialize)]
pub struct PartnerBrief<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub kind: PartnerKind,
}

/// A cost's two totals.
#[derive(Debug, Serialize)]
pub struct CostSummary {
    pub if_collected: Money,
    pub if_not_collected: Money,
    pub fee_currency: Currency,
}

/// The claimable amounts without their periods and rules.
#[derive(Debug, Serialize)]
pub struct ClaimableSummary<'a> {
    pub late_interest: Money,
    pub interest_rate_percent: Option<&'a str>,
    pub compensation: Option<Money>,
    pub total: Option<Money>,
}

#[derive(Debug, Serialize)]
pub struct RecommendationSummary<'a> {
    pub partner_id: &'a str,
    pub reason: &'a str,
    pub chosen_by_creditor: bool,
}

/// An alternative: its partner, what it costs and its score.
#[derive(Debug, Serialize)]
pub struct OfferSummary<'a> {
    pub partner: PartnerBrief<'a>,
    pub cost: CostSummary,
    pub score: u32,
}

impl PartnerSummary {
    fn brief(&self) -> PartnerBrief<'_> {
        PartnerBrief { id: &self.id, name: &self.name, kind: self.kind }
    }
}

impl Cost {
    fn summary(&self) -> CostSummary {
        CostSummary {
            if_collected: self.if_collected,
            if_not_collected: self.if_not_collected,
            fee_currency: self.fee_currency,
        }
    }
}

impl Quote {
    /// The quote in short, as `?detail=summary` answers it.
    pub fn summary(&self) -> QuoteSummary<'_> {
        let c = &self.claimable_from_debtor;
        QuoteSummary {
            as_of: self.as_of,
            country: &self.country,
            service: self.service,
            partner: self.partner.brief(),
            principal: self.principal,
            cost: self.cost.summary(),
            claimable_from_debtor: ClaimableSummary {
                late_interest: c.late_interest,
                interest_rate_percent: c.interest_rate_percent.as_deref(),
                compensation: c.compensation,
                total: c.total,
            },
            score: self.standing.score,
            recommendation: RecommendationSummary {
                partner_id: &self.recommendation.partner_id,
                reason: &self.recommendation.reason,
                chosen_by_creditor: self.recommendation.chosen_by_creditor,
            },
            alternatives: self
                .alternatives
                .iter()
                .map(|o| OfferSummary { partner: o.partner.brief(), cost: o.cost.summary(), score: o.standing.score })
                .collect(),
            warnings: &self.warnings,
        }
    }
}

/// Routes `request` and prices it: the chosen partner is routing's first.
pub fn quote(
    partners: &[Partner],
    rules: &Rules,
    request: &QuoteRequest,
    standings: &Standings,
) -> Result<Quote, NoCoverage> {
    let ranked = rank(partners, rules, &request.routing(), standings)?;
    Quote::for_ranked(&ranked, rules, request, None)
}

/// What the creditor may claim from the debtor on `request`'s date (the interest to the day,
/// the compensation), without routing: what the debtor's response page shows. `None` when
/// the rules know nothing of the debtor's country.
pub fn claimable_from_debtor(rules: &Rules, request: &QuoteRequest) -> Option<Claimable> {
    let rule = rules.country(request.country)?;
    Some(claimable(rule, rules, request, &mut Notes::default()).0)
}

impl Quote {
    /// Prices a routing result (best first), as filing does with the partners it routed to.
    /// `chosen` (one of `ranked`) is the creditor's own choice; `None` takes routing's first.
    pub fn for_ranked(
        ranked: &[Ranked<'_>],
        rules: &Rules,
        request: &QuoteRequest,
        chosen: Option<&str>,
    ) -> Result<Self, NoCoverage> {
        let country = request.country;
        let (code, name) = (country.code(), country.name());
        let terms = || NoCoverage::Terms { code, name, principal: request.principal.to_string() };
        let rule = rules.country(country).ok_or(NoCoverage::Country { code, name })?;
        let first = ranked.first().ok_or_else(terms)?;
        let chosen_id = chosen.unwrap_or(first.partner.id.as_str());
        let mut notes = Notes::default();
        let (claimable, mut exchange_rates) = claimable(rule, rules, request, &mut notes);
        let claimable = Arc::new(claimable);
        let warnings: Vec<String> = claimable.limitation.iter().filter_map(|l| l.warning.clone()).collect();
        let service = request.service();
        let mut stated = StatedRates::default();
        let mut offers: Vec<Offer> = ranked
            .iter()
            .filter_map(|r| {
                let cost =
                    cost_stating(&r.partner.fees, request.principal, service, &rules.fx, request.as_of, &mut stated)?;
                Some(Offer {
                    partner: PartnerSummary::new(r.partner, country),
                    principal: request.principal,
                    cost,
                    claimable_from_debtor: claimable.clone(),
                    standing: OfferStanding::from(&r.standing),
                })
            })
            .collect();
        if offers.first().is_none_or(|o| o.partner.id != first.partner.id.as_str()) {
            return Err(terms());
        }
        let at = offers.iter().position(|o| o.partner.id == chosen_id).ok_or_else(terms)?;
        let chosen = offers.remove(at);
        let recommendation = Recommendation {
            partner_id: first.partner.id.to_string(),
            partner_name: first.partner.name.clone(),
            reason: recommendation(ranked, country),
            rule: RANKING_RULE,
            chosen_by_creditor: at != 0,
        };
        if let Some(rate) = &chosen.cost.exchange_rate {
            notes.push(format!(
                "{} charges in {}; its fees are converted at {}.",
                chosen.partner.name, rate.from, rate.description
            ));
            exchange_rates.insert(0, rate.clone());
        }
        if service == Service::Legal {
            notes.push(
                "The claim is disputed, so it goes to a law firm, and the legal phase estimate is part of both totals."
                    .into(),
            );
        }
        Ok(Self {
            as_of: request.as_of,
            country: CountrySummary { code, name },
            service,
            partner: chosen.partner,
            principal: request.principal,
            cost: chosen.cost,
            claimable_from_debtor: chosen.claimable_from_debtor,
            standing: chosen.standing,
            recommendation,
            alternatives: offers,
            exchange_rates,
            warnings,
            notes: notes.0,
        })
    }
}

/// Notes in the order they arose, each once.
#[derive(Debug, Default)]
struct Notes(Vec<String>);

impl Notes {
    fn push(&mut self, note: String) {
        if !self.0.contains(&note) {
            self.0.push(note);
        }
    }

    /// A note that must come first.
    fn insert(&mut self, note: String) {
        if !self.0.contains(&note) {
            self.0.insert(0, note);
        }
    }
}

/// Days with a carried-forward or unknown rate, per rule, gathered over all invoices for the notes.
#[derive(Default)]
struct RateGaps<'a> {
    carried: Vec<(&'a InterestRule, Decimal, NaiveDate, NaiveDate, NaiveDate)>,
    unknown: Vec<(&'a InterestRule, NaiveDate, NaiveDate)>,
}

impl<'a> RateGaps<'a> {
    fn record(&mut self, rule: &'a InterestRule, basis: RateBasis<'_>, from: NaiveDate, to: NaiveDate) {
        match basis {
            RateBasis::Known(_) => {}
            RateBasis::CarriedForward(r) => {
                match self
                    .carried
                    .iter_mut()
                    .find(|(rl, p, f, ..)| std::ptr::eq(*rl, rule) && *p == r.percent && *f == r.effective_from)
                {
                    Some((.., f, t)) => (*f, *t) = ((*f).min(from), (*t).max(to)),
                    None => self.carried.push((rule, r.percent, r.effective_from, from, to)),
                }
            }
            RateBasis::Unknown => match self.unknown.iter_mut().find(|(rl, ..)| std::ptr::eq(*rl, rule)) {
                Some((_, f, t)) => (*f, *t) = ((*f).min(from), (*t).max(to)),
                None => self.unknown.push((rule, from, to)),
            },
        }
    }
}

fn invoice_label(i: usize, line: &InvoiceLine) -> String {
    match &line.number {
        Some(number) => format!("Invoice {number}"),
        None => format!("Invoice {}", i + 1),
    }
}

fn claimable(
    rule: &CountryRule,
    rules: &Rules,
    request: &QuoteRequest,
    notes: &mut Notes,
) -> (Claimable, Vec<RateUsed>) {
    let currency = request.principal.currency();
    let as_of = request.as_of;
    let law = &rule.interest;
    let mut gaps = RateGaps::default();
    let mut exchange_rates: Vec<RateUsed> = Vec::new();
    let mut exact_interest = Decimal::ZERO;
    let mut periods = Vec::new();
    let mut used: Vec<MethodUsed> = Vec::new();
    let mut compensation_lines = Vec::new();
    let mut compensation_known = true;
    let mut compensation_notes = Vec::new();
    for (i, invoice) in request.invoices.iter().enumerate() {
        let label = invoice_label(i, invoice);
        let due = invoice.due_date;
        if due >= as_of {
            let when = if due == as_of { "on the quote date" } else { "after the quote date" };
            notes.push(format!(
                "{label} falls due on {due}, {when} {as_of}: it is not late yet, so it earns no interest and no \
                 compensation. Interest runs from the day after the due date."
            ));
            continue;
        }
        for p in interest::late_interest(invoice.amount.amount(), due, as_of, law, &rules.rates) {
            gaps.record(p.rule, p.basis, p.from, p.to);
            exact_interest += p.interest;
            let (reference_percent, rate_status) = match p.basis {
                RateBasis::Known(r) => (Some(r.percent), RateStatus::Known),
                RateBasis::CarriedForward(r) => (Some(r.percent), RateStatus::CarriedForward),
                RateBasis::Unknown => (None, RateStatus::Unknown),
            };
            let description = p.rule.describe();
            match used.iter_mut().find(|m| m.method == p.rule.method && m.description == description) {
                Some(m) => (m.from, m.to) = (m.from.min(p.from), m.to.max(p.to)),
                None => used.push(MethodUsed {
                    method: p.rule.method,
                    from: p.from,
                    to: p.to,
                    description,
                    explanation: p.rule.method_words().to_string(),
                    verified: p.rule.verified,
                }),
            }
            periods.push(PeriodLine {
                invoice: label.clone(),
                from: p.from,
                to: p.to,
                days: p.days,
                reference_rate: p.rule.reference_rate.clone(),
                rate_name: p.rule.reference_rate_name.clone(),
                method: p.rule.method,
                reference_percent,
                rate_percent: p.annual_percent.map(rate_label),
                rate_status,
                year_days: p.year_days,
                interest: Money::new(p.interest, currency),
            });
        }
        match compensation_for(&rule.compensation, invoice, currency, &rules.fx, &label) {
            Ok(Some((line, rates))) => {
                compensation_lines.push(line);
                for (rate, note) in rates {
                    compensation_notes.push(note);
                    exchange_rates.push(rate);
                }
            }
            Ok(None) => {}
            Err(problem) => {
                compensation_notes.push(problem);
                compensation_known = false;
            }
        }
    }
    used.sort_by_key(|m| m.from);

    // The rule and rate in force on the quote date, for the headline figure: for a rate fixed
    // at the start of the delay, the one the earliest overdue invoice's delay was fixed at.
    let in_force = law.in_force(as_of);
    let headline = match in_force.method {
        InterestMethod::FixedAtStart => {
            periods.iter().rev().find(|p| p.to == as_of).and_then(|p| p.rate_percent.clone())
        }
        _ => {
            let basis =
                rules.rates.periods(&in_force.reference_rate, as_of, as_of).first().map(|p| RateBasis::from(p.source));
            if let Some(basis) = basis {
                gaps.record(in_force, basis, as_of, as_of);
            }
            basis.and_then(|b| b.rate()).map(|r| rate_label(in_force.annual_percent(r.percent)))
        }
    };

    let late_interest = Money::new(exact_interest, currency);
    let methods: Vec<String> = if used.is_empty() {
        vec![format!("{}: {}", in_force.describe(), in_force.method_words())]
    } else {
        used.iter().map(|m| format!("{} ({}) from {} to {}", m.description, m.explanation, m.from, m.to)).collect()
    };
    notes.push(format!(
        "Interest under the law of {}: {}. Interest runs from the day after the due date to {as_of}. Day count {}. \
         The exact amounts are added and rounded once, at the end, to the currency's minor unit.",
        rule.name,
        methods.join("; "),
        in_force.day_count.explain()
    ));
    for (r, percent, effective_from, from, to) in &gaps.carried {
        let span = match r.method {
            InterestMethod::PublishedMonthly => span_words(*from, *to),
            _ => span_words(half_year_start(*from), half_year_end(*to)),
        };
        notes.push(format!(
            "{}: the rate for {span} is not in our tables yet; we used the last known one, {} % (from {}). Check \
             the current rate before relying on the interest.",
            r.reference_rate_name,
            rate_label(*percent),
            long_date(*effective_from)
        ));
    }
    for (r, from, to) in &gaps.unknown {
        if rules.rates.has(&r.reference_rate) {
            notes.push(format!(
                "{}: we have no rate for the days overdue from {from} to {to}, so they earn no interest in this \
                 quote, which is therefore understated.",
                r.reference_rate_name
            ));
        } else {
            notes.push(format!(
                "We have no value yet for the {}, on which {}'s statutory rate is based: the days overdue from {from} \
                 to {to} earn no interest in this quote, which is therefore understated.",
                r.reference_rate_name, rule.name
            ));
        }
    }
    for r in law.rules() {
        if !r.verified && (used.is_empty() || used.iter().any(|m| m.description == r.describe())) {
            notes.push(format!(
                "The statutory interest rate of {} ({}) is not verified yet: check it before relying on the interest.",
                rule.name,
                r.describe()
            ));
        }
    }
    let shown: Decimal = periods.iter().map(|p| p.interest.amount()).sum();
    if shown != late_interest.amount() {
        notes.push(format!(
            "The periods are shown rounded; the interest of {late_interest} is their exact sum rounded once, so it \
             differs from the sum of the rounded periods."
        ));
    }
    let compensation = compensation_known.then(|| {
        let sum: Decimal = compensation_lines.iter().map(|l: &CompensationLine| l.amount.amount()).sum();
        Money::new(sum, currency)
    });
    for note in compensation_notes {
        notes.push(note);
    }
    if rule.compensation == CompensationRule::None {
        notes.push(format!("The rules record no statutory fixed compensation for recovery costs in {}.", rule.name));
    }
    let reminder = rules.reminder_fee(request.country, as_of);
    if let Some(cap) = &rule.reminder_fee_cap {
        let not_on_top = match reminder.map(|r| r.addable_to_compensation) {
            Some(YesNo::No) => "Not included above, and not to be added on top of the fixed compensation.",
            _ => "Not included above: they may be charged only for reminders actually sent, within this cap.",
        };
        notes.push(format!("Reminder fees in {}: {cap}. {not_on_top}", rule.name));
    }
    let limitation = limitation_line(rules, request, &rule.name);
    if let Some(warning) = limitation.as_ref().and_then(|l| l.warning.clone()) {
        notes.insert(warning);
    }
    let claimable = Claimable {
        late_interest,
        interest_rate_percent: headline,
        interest_rule: law.describe(),
        interest_method: in_force.method,
        interest_methods: used,
        day_count: in_force.day_count,
        interest_periods: periods,
        total: compensation.map(|c| Money::new(c.amount() + late_interest.amount(), currency)),
        compensation,
        compensation_lines,
        reminder_fee_cap: rule.reminder_fee_cap.clone(),
        reminder_fees: reminder.map(|r| ReminderFeeLine {
            amount: r.amount,
            max_count: r.max_count,
            min_days_apart: r.min_days_apart,
            only_if_agreed: r.only_if_agreed,
            addable_to_compensation: r.addable_to_compensation,
            description: r.describe(),
        }),
        limitation,
        law: rule.law.clone(),
        confidence: rule.confidence,
    };
    (claimable, exchange_rates)
}

/// The limitation period for the earliest-due invoice, with a warning when it is near its
/// end or past it on the quote date.
fn limitation_line(rules: &Rules, request: &QuoteRequest, country_name: &str) -> Option<LimitationLine> {
    let rule = rules.limitation(request.country)?;
    let (i, earliest) = request.invoices.iter().enumerate().min_by_key(|(_, i)| i.due_date)?;
    let ends = rule.last_day(earliest.due_date);
    let left = (ends - request.as_of).num_days();
    let status = match left {
        n if n < 0 => LimitationStatus::Past,
        n if n <= LIMITATION_WARNING_DAYS => LimitationStatus::Near,
        _ => LimitationStatus::Open,
    };
    let label = invoice_label(i, earliest);
    let period = rule.describe();
    let warning = match status {
        LimitationStatus::Open => None,
        LimitationStatus::Near => Some(format!(
            "Limitation: {label} fell due on {}; under the law of {country_name} a claim can be enforced for {period}, \
             so it becomes time-barred after {} unless the period is interrupted (for example by an acknowledgement \
             of the debt or court action). Act before then.",
            earliest.due_date,
            long_date(ends)
        )),
        LimitationStatus::Past => Some(format!(
            "Limitation: {label} fell due on {}; under the law of {country_name} a claim can be enforced for {period}, \
             so it may have been time-barred since {} unless the period was interrupted (for example by an \
             acknowledgement of the debt or court action). Check this before pursuing the claim.",
            earliest.due_date,
            long_date(ends.succ_opt().unwrap_or(ends))
        )),
    };
    Some(LimitationLine { period, years: rule.years, ends, status, warning })
}

/// An exchange rate used for a compensation, and the note that says so.
type ConversionNote = (RateUsed, String);

/// The compensation for one late invoice, and the exchange rates it took: tier limits are
/// compared with the debt in their currency, and an amount the law states in another
/// currency is converted, both at the rates of the due date. `Err` says why it cannot be
/// stated in the claim's currency.
fn compensation_for(
    rule: &CompensationRule,
    invoice: &InvoiceLine,
    currency: Currency,
    fx: &FxTable,
    label: &str,
) -> Result<Option<(CompensationLine, Vec<ConversionNote>)>, String> {
    let due = invoice.due_date;
    let mut rates = Vec::new();
    let debt = match rule.threshold_currency() {
        Some(limits) if limits != invoice.amount.currency() => {
            let conversion = fx.conversion(invoice.amount.currency(), limits, due).ok_or_else(|| {
                format!(
                    "No exchange rate from {} to {limits}: the compensation tier for {label} cannot be chosen.",
                    invoice.amount.currency()
                )
            })?;
            let rate = RateUsed::new(&conversion, format!("compensation tier of {label}"));
            let note = format!(
                "{label}: the debt is compared with the compensation tiers in {limits} at the rate of its due date, {}.",
                rate.description
            );
            rates.push((rate, note));
            conversion.apply(invoice.amount).amount()
        }
        _ => invoice.amount.amount(),
    };
    let Some((statutory, words)) = rule.for_debt(debt, due) else { return Ok(None) };
    let amount = if statutory.currency() == currency {
        statutory
    } else {
        let conversion = fx.conversion(statutory.currency(), currency, due).ok_or_else(|| {
            format!("No exchange rate from {} to {currency}: the compensation of {statutory} for {label} cannot be stated in {currency}.", statutory.currency())
        })?;
        let rate = RateUsed::new(&conversion, format!("compensation of {label}"));
        let note = format!(
            "{label}: the compensation of {statutory} is converted at the rate of its due date, {}.",
            rate.description
        );
        rates.push((rate, note));
        conversion.apply(statutory)
    };
    Ok(Some((CompensationLine { invoice: label.to_string(), statutory, amount, rule: words }, rates)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Quotes with every partner a newcomer: the ranking is by fee alone.
    fn quote(partners: &[Partner], rules: &Rules, request: &QuoteRequest) -> Result<Quote, NoCoverage> {
        super::quote(partners, rules, request, &Standings::default())
    }
    use crate::domain::claim::MoneyInput;
    use crate::domain::partner::{Acceptance, FixedFee, Licence};
    use crate::domain::testing::{cur, date, money, partner, rules};
    use proptest::prelude::*;

    fn fees(currency: &str, percent: &str, minimum: &str, fixed: &[(&str, &str)], legal: Option<&str>) -> FeeSchedule {
        FeeSchedule {
            currency: cur(currency),
            commission_percent: percent.parse().unwrap(),
            minimum_fee: money(minimum, currency),
            fixed: fixed.iter().map(|(l, a)| FixedFee { label: l.to_string(), amount: money(a, currency) }).collect(),
            legal_phase_estimate: legal.map(|a| money(a, currency)),
        }
    }

    /// The shared test partner at `priority`, charging `fees` and taking claims of any size
    /// in the currencies these tests use.
    fn priced(id: &str, kind: PartnerKind, countries: &[&str], priority: u32, fees: FeeSchedule) -> Partner {
        let accepts = Acceptance {
            currencies: ["EUR", "SEK", "GBP", "JPY", "ISK", "CHF", "PLN"].iter().map(|c| cur(c)).collect(),
            min_principal: money("0", fees.currency.code()),
            max_principal: None,
        };
        Partner { priority, accepts, fees, ..partner(id, kind, countries) }
    }

    fn input(country: &str, amount: &str, currency: &str, due: &str, as_of: &str) -> QuoteInput {
        QuoteInput {
            debtor: QuoteDebtorInput { country: country.into() },
            invoices: vec![InvoiceInput {
                number: "INV-1".into(),
                issue_date: String::new(),
                due_date: due.into(),
                amount: MoneyInput { amount: amount.into(), currency: currency.into() },
            }],
            disputed: false,
            as_of: Some(as_of.into()),
        }
    }

    fn request(country: &str, amount: &str, currency: &str, due: &str, as_of: &str) -> QuoteRequest {
        QuoteRequest::parse(&input(country, amount, currency, due, as_of), date("2026-11-23")).unwrap()
    }

    #[test]
    fn cost_labels_read_back_as_written() {
        let labels = [
            CostLabel::Commission { percent: "9".into() },
            CostLabel::Commission { percent: "7.5".into() },
            CostLabel::MinimumFee { percent: "11".into(), commission: "220.00 SEK".into(), of: None },
            CostLabel::MinimumFee {
                percent: "11".into(),
                commission: "220.00 SEK".into(),
                of: Some("50.00 EUR".into()),
            },
            CostLabel::Fee { label: "Case opening fee".into(), original: None },
            CostLabel::Fee { label: "Case opening fee".into(), original: Some("25.00 EUR".into()) },
            CostLabel::Fee { label: "Fee (per debtor)".into(), original: None },
            CostLabel::LegalPhase { disputed: true, original: None },
            CostLabel::LegalPhase { disputed: false, original: Some("800.00 EUR".into()) },
        ];
        for label in labels {
            assert_eq!(CostLabel::read(&label.english()), label, "{}", label.english());
        }
    }

    fn labels(cost: &Cost) -> Vec<(String, String)> {
        cost.lines.iter().map(|l| (l.label.clone(), l.amount.to_string())).collect()
    }

    #[test]
    fn commission_or_the_minimum_fee_plus_fixed_fees() {
        let rules = rules();
        let se = fees("SEK", "11", "490.00", &[("Case registration", "270.00")], None);
        // 11 % of 10 000 SEK = 1100 SEK, above the minimum
        let c = cost(&se, money("10000", "SEK"), Service::Collection, &rules.fx, date("2026-11-22")).unwrap();
        assert_eq!(
            labels(&c),
            [
                ("Commission 11% of collected".into(), "1100.00 SEK".into()),
                ("Case registration".into(), "270.00 SEK".into())
            ]
        );
        assert_eq!(
            (c.if_collected.to_string(), c.if_not_collected.to_string()),
            ("1370.00 SEK".into(), "270.00 SEK".into())
        );
        assert!(c.exchange_rate.is_none());
        // 11 % of 2000 SEK = 220 SEK, below the minimum fee of 490 SEK
        let c = cost(&se, money("2000", "SEK"), Service::Collection, &rules.fx, date("2026-11-22")).unwrap();
        assert_eq!(c.lines[0].label, "Minimum fee (the 11% commission would be 220.00 SEK)");
        assert_eq!(c.lines[0].amount.to_string(), "490.00 SEK");
        assert_eq!(
            (c.if_collected.to_string(), c.if_not_collected.to_string()),
            ("760.00 SEK".into(), "270.00 SEK".into())
        );
    }

    #[test]
    fn fees_in_another_currency_are_converted_at_the_dated_rate() {
        let rules = rules();
        let se = fees("SEK", "11", "490.00", &[("Case registration", "270.00")], None);
        // A EUR claim with a SEK fee schedule, 2026 rate 10.95 SEK per EUR:
        // 490 / 10.95 = 44.748... -> 44.75; 270 / 10.95 = 24.657... -> 24.66
        let c = cost(&se, money("300.00", "EUR"), Service::Collection, &rules.fx, date("2026-11-22")).unwrap();
        assert_eq!(
            labels(&c),
            [
                ("Minimum fee of 490.00 SEK (the 11% commission would be 33.00 EUR)".into(), "44.75 EUR".into()),
                ("Case registration (270.00 SEK)".into(), "24.66 EUR".into()),
            ]
        );
        assert_eq!(c.if_collected.to_string(), "69.41 EUR");
        let rate = c.exchange_rate.unwrap();
        assert_eq!((rate.from.code(), rate.to.code(), rate.rate.to_string()), ("SEK", "EUR", "0.091324".to_string()));
        assert_eq!(rate.from_rate.effective_from, Some(date("2026-01-02")));
        assert!(rate.description.contains("10.95 SEK per EUR from 2026-01-02"), "{}", rate.description);
        // In 2025 the rate was 11.4935: the conversion follows the date.
        let c = cost(&se, money("300.00", "EUR"), Service::Collection, &rules.fx, date("2025-11-22")).unwrap();
        assert_eq!(c.lines[0].amount.to_string(), "42.63 EUR");
    }

    #[test]
    fn zero_decimal_currencies_are_priced_in_whole_units() {
        let rules = rules();
        let eur_fees = fees("EUR", "9.5", "45.00", &[("Case registration", "15.00")], None);
        // 9.5 % of 123 457 JPY = 11728.415 -> 11728; 15 EUR at 180 JPY per EUR = 2700 JPY
        let c = cost(&eur_fees, money("123457", "JPY"), Service::Collection, &rules.fx, date("2026-11-22")).unwrap();
        assert_eq!(
            labels(&c),
            [
                ("Commission 9.5% of collected".into(), "11728 JPY".into()),
                ("Case registration (15.00 EUR)".into(), "2700 JPY".into()),
            ]
        );
        assert_eq!(c.if_collected.to_string(), "14428 JPY");
        // ISK: the minimum 45 EUR at 146 ISK per EUR = 6570 ISK beats 9.5 % of 20 000 ISK = 1900
        let c = cost(&eur_fees, money("20000", "ISK"), Service::Collection, &rules.fx, date("2026-11-22")).unwrap();
        assert_eq!(c.lines[0].amount.to_string(), "6570 ISK");
        assert_eq!(c.if_not_collected.to_string(), "2190 ISK");
    }

    #[test]
    fn the_legal_phase_counts_for_disputed_claims_only() {
        let rules = rules();
        let law = fees("EUR", "14", "150.00", &[("Case review", "50.00")], Some("2500.00"));
        let disputed = cost(&law, money("10000.00", "EUR"), Service::Legal, &rules.fx, date("2026-11-22")).unwrap();
        assert_eq!(disputed.if_collected.to_string(), "3950.00 EUR");
        assert_eq!(disputed.if_not_collected.to_string(), "2550.00 EUR");
        let undisputed =
            cost(&law, money("10000.00", "EUR"), Service::Collection, &rules.fx, date("2026-11-22")).unwrap();
        assert_eq!(undisputed.if_collected.to_string(), "1450.00 EUR");
        assert_eq!(undisputed.lines[2].charged, Charged::IfLegalPhase);
        assert_eq!(undisputed.lines[2].amount.to_string(), "2500.00 EUR");
    }

    fn german_partners() -> Vec<Partner> {
        vec![
            priced(
                "de-agency",
                PartnerKind::CollectionAgency,
                &["DE"],
                10,
                fees("EUR", "9", "40.00", &[("Case registration", "15.00")], None),
            ),
            priced(
                "de-agency-2",
                PartnerKind::CollectionAgency,
                &["DE"],
                20,
                fees("EUR", "7.5", "90.00", &[("Case registration", "20.00")], None),
            ),
            priced(
                "de-law",
                PartnerKind::LawFirm,
                &["DE", "AT"],
                10,
                fees("EUR", "14", "150.00", &[("Case review", "50.00")], Some("2500.00")),
            ),
        ]
    }

    #[test]
    fn a_german_quote_end_to_end() {
        let rules = rules();
        // 1200 EUR due 2026-08-31, quoted on 2026-11-22: 83 days. The base rate is 1.52 % from 1 July 2026
        // (it was 1.27 % and carried forward before the July 2026 rate was added): 10.52 %.
        // 1200 × 10.52 % × 83 / 365 = 10477.92 / 365 = 28.7066... -> 28.71
        let q =
            quote(&german_partners(), &rules, &request("DE", "1200.00", "EUR", "2026-08-31", "2026-11-22")).unwrap();
        // every partner is a newcomer: the cheaper agency (90 + 20 = 110) is recommended over
        // the registry's preferred one (108 + 15 = 123)
        assert_eq!(q.partner.id, "de-agency-2");
        assert_eq!(q.partner.licence.as_ref().unwrap().number, "de-agency-2-1");
        assert_eq!(q.principal.to_string(), "1200.00 EUR");
        assert_eq!(
            labels(&q.cost),
            [
                ("Commission 7.5% of collected".into(), "90.00 EUR".into()),
                ("Case registration".into(), "20.00 EUR".into())
            ]
        );
        assert_eq!(q.recommendation.partner_id, "de-agency-2");
        assert!(
            q.recommendation.reason.starts_with(
                "Recommended: the lowest fee among the collection agencies in Germany (new on the platform"
            ),
            "{}",
            q.recommendation.reason
        );
        assert!(!q.recommendation.chosen_by_creditor);
        assert!(q.standing.newcomer && q.alternatives.iter().all(|o| o.standing.score == 70));
        let claimable = &q.claimable_from_debtor;
        assert_eq!(claimable.late_interest.to_string(), "28.71 EUR");
        assert_eq!(claimable.interest_rate_percent.as_deref(), Some("10.52"));
        assert_eq!(claimable.compensation.unwrap().to_string(), "40.00 EUR");
        assert_eq!(claimable.total.unwrap().to_string(), "68.71 EUR");
        assert_eq!(claimable.interest_periods.len(), 1);
        assert_eq!(claimable.interest_periods[0].rate_status, RateStatus::Known);
        assert_eq!(claimable.interest_method, InterestMethod::PerPeriod);
        assert_eq!(claimable.interest_rule, "German base rate (Basiszinssatz, Bundesbank) + 9 percentage points");
        assert_eq!(claimable.limitation.as_ref().unwrap().status, LimitationStatus::Open);
        assert!(q.warnings.is_empty());
        assert!(q.notes.iter().any(|n| n.contains("actual/365")));
        // alternatives in routing's order: the other agency (108 + 15 = 123) before the law firm (168 + 50)
        let alternatives: Vec<(&str, String)> =
            q.alternatives.iter().map(|o| (o.partner.id.as_str(), o.cost.if_collected.to_string())).collect();
        assert_eq!(alternatives, [("de-agency", "123.00 EUR".into()), ("de-law", "218.00 EUR".into())]);
        // the figure routing ranks by is the one the quote shows
        for offer in std::iter::once((&q.partner, &q.cost)).chain(q.alternatives.iter().map(|o| (&o.partner, &o.cost)))
        {
            let p = german_partners().into_iter().find(|p| p.id.as_str() == offer.0.id).unwrap();
            let fee = fee_if_collected(&p.fees, q.principal, q.service, &rules.fx, q.as_of).unwrap();
            assert_eq!(fee, offer.1.if_collected);
        }
    }

    #[test]
    fn a_rate_change_in_mid_period_shows_both_periods() {
        let rules = rules();
        let mut partners = german_partners();
        partners[0].countries.push(Country::parse("FR").unwrap());
        let french = Licence { country: Country::parse("FR").unwrap(), ..partners[0].licences[0].clone() };
        partners[0].licences.push(french);
        let q = quote(&partners, &rules, &request("FR", "10000.00", "EUR", "2025-06-15", "2025-07-15")).unwrap();
        let c = &q.claimable_from_debtor;
        let periods: Vec<(i64, Option<&str>, String)> =
            c.interest_periods.iter().map(|p| (p.days, p.rate_percent.as_deref(), p.interest.to_string())).collect();
        // 10000 × 13.15 % × 15 / 365 = 54.041... and 10000 × 12.15 % × 15 / 365 = 49.931...; together 103.97
        assert_eq!(periods, [(15, Some("13.15"), "54.04 EUR".into()), (15, Some("12.15"), "49.93 EUR".into())]);
        assert_eq!(c.late_interest.to_string(), "103.97 EUR");
        assert_eq!(c.interest_rate_percent.as_deref(), Some("12.15"));
        assert!(!q.notes.iter().any(|n| n.contains("periods are shown rounded")), "{:#?}", q.notes);
    }

    #[test]
    fn interest_is_rounded_once_not_per_period() {
        let rules = rules();
        let mut partners = german_partners();
        partners[0].countries.push(Country::parse("FR").unwrap());
        let french = Licence { country: Country::parse("FR").unwrap(), ..partners[0].licences[0].clone() };
        partners[0].licences.push(french);
        // 1000 × 13.15 % × 15 / 365 = 5.4041... and 1000 × 12.15 % × 15 / 365 = 4.9931...: shown as 5.40
        // and 4.99, which add up to 10.39; their exact sum 10.3972... is rounded once: 10.40
        let q = quote(&partners, &rules, &request("FR", "1000.00", "EUR", "2025-06-15", "2025-07-15")).unwrap();
        let c = &q.claimable_from_debtor;
        let shown: Vec<String> = c.interest_periods.iter().map(|p| p.interest.to_string()).collect();
        assert_eq!(shown, ["5.40 EUR", "4.99 EUR"]);
        assert_eq!(c.late_interest.to_string(), "10.40 EUR");
        assert_eq!(c.total.unwrap().to_string(), "50.40 EUR");
        assert!(
            q.notes.iter().any(|n| n
                .contains("The periods are shown rounded; the interest of 10.40 EUR is their exact sum rounded once")),
            "{:#?}",
            q.notes
        );
    }

    /// An agency in Sweden charging in SEK.
    fn swedish_agency() -> Vec<Partner> {
        vec![priced(
            "se-agency",
            PartnerKind::CollectionAgency,
            &["SE"],
            10,
            fees("SEK", "11", "490.00", &[("Case registration", "270.00")], None),
        )]
    }

    #[test]
    fn swedish_compensation_and_reminder_fee_cap_in_a_euro_claim() {
        let rules = rules();
        let se = swedish_agency();
        let q = quote(&se, &rules, &request("SE", "5000.00", "EUR", "2025-09-30", "2025-11-30")).unwrap();
        let c = &q.claimable_from_debtor;
        // 450 SEK at the rate of the due date (11.4935 SEK per EUR in 2025) = 39.15 EUR
        assert_eq!(c.compensation_lines[0].statutory.to_string(), "450.00 SEK");
        assert_eq!(c.compensation.unwrap().to_string(), "39.15 EUR");
        // between businesses the 450 SEK covers reminder costs: no reminder fee on top, and none in the totals
        let reminder = c.reminder_fees.as_ref().unwrap();
        assert_eq!((reminder.amount.to_string(), reminder.addable_to_compensation), ("60.00 SEK".into(), YesNo::No));
        assert!(reminder.description.contains("not on top of the fixed compensation"), "{}", reminder.description);
        assert!(
            q.notes.iter().any(|n| n.starts_with("Reminder fees in Sweden") && n.contains("not to be added on top")),
            "{:#?}",
            q.notes
        );
        assert_eq!(c.total.unwrap().to_string(), "122.71 EUR", "interest and compensation only");
        // referensränta 2.00 + 8 = 10 % for 61 days: 5000 × 10 % × 61 / 365 = 83.56
        assert_eq!(c.late_interest.to_string(), "83.56 EUR");
        // the fee conversion and the compensation conversion are both listed
        assert_eq!(q.exchange_rates.len(), 2);
        assert_eq!(q.exchange_rates[0].used_for, "fees in SEK");
        assert!(q.notes.iter().any(|n| n.contains("se-agency charges in SEK")));
    }

    #[test]
    fn compensation_is_converted_at_the_due_dates_rate_not_the_quote_dates() {
        let rules = rules();
        let se = swedish_agency();
        // due in 2025 (11.4935 SEK per EUR), quoted in 2026 (10.95 SEK per EUR): 450 SEK is
        // 39.15 EUR at the due date's rate; at the quote date's it would be 41.10 EUR
        let q = quote(&se, &rules, &request("SE", "5000.00", "EUR", "2025-12-15", "2026-02-15")).unwrap();
        let c = &q.claimable_from_debtor;
        assert_eq!(c.compensation_lines[0].statutory.to_string(), "450.00 SEK");
        assert_eq!(c.compensation.unwrap().to_string(), "39.15 EUR");
        let rate = q.exchange_rates.iter().find(|r| r.used_for.starts_with("compensation")).unwrap();
        assert_eq!((rate.date, rate.from_rate.effective_from), (date("2025-12-15"), Some(date("2025-01-02"))));
        assert!(
            q.notes.iter().any(|n| n.contains("converted at the rate of its due date") && n.contains("11.4935")),
            "{:#?}",
            q.notes
        );
        // the fees, by contrast, are converted at the quote date's rate: 270 SEK / 10.95 = 24.66 EUR
        let fees = q.exchange_rates.iter().find(|r| r.used_for == "fees in SEK").unwrap();
        assert_eq!(fees.from_rate.effective_from, Some(date("2026-01-02")));
        assert_eq!(q.cost.lines[1].amount.to_string(), "24.66 EUR");
    }

    #[test]
    fn british_tiers_swiss_fixed_rate_and_no_compensation() {
        let rules = rules();
        let gb = vec![priced(
            "gb-agency",
            PartnerKind::CollectionAgency,
            &["GB"],
            10,
            fees("GBP", "10", "40.00", &[], None),
        )];
        let tier = |amount: &str| {
            let q = quote(&gb, &rules, &request("GB", amount, "GBP", "2026-09-30", "2026-11-22")).unwrap();
            q.claimable_from_debtor.compensation.unwrap().to_string()
        };
        assert_eq!(tier("999.99"), "40.00 GBP");
        assert_eq!(tier("1000.00"), "70.00 GBP");
        assert_eq!(tier("10000.00"), "100.00 GBP");
        let ch = vec![priced(
            "ch-agency",
            PartnerKind::CollectionAgency,
            &["CH"],
            10,
            fees("CHF", "10", "50.00", &[], None),
        )];
        let q = quote(&ch, &rules, &request("CH", "7300.00", "CHF", "2026-01-01", "2026-04-11")).unwrap();
        let c = &q.claimable_from_debtor;
        assert_eq!(c.interest_rate_percent.as_deref(), Some("5.00"));
        assert_eq!(c.late_interest.to_string(), "100.00 CHF");
        assert_eq!(c.compensation.unwrap().to_string(), "0.00 CHF");
        assert!(c.compensation_lines.is_empty());
        assert!(q.notes.iter().any(|n| n.contains("no statutory fixed compensation")));
        assert_eq!(c.interest_rule, "Swiss statutory rate (Code of Obligations art. 104), a fixed statutory rate");
        assert_eq!(c.interest_method, InterestMethod::FixedRate);
    }

    #[test]
    fn polish_tiers_compare_the_debt_in_zloty_and_convert_the_euro_amount() {
        let rules = rules();
        let pl = vec![priced(
            "pl-agency",
            PartnerKind::CollectionAgency,
            &["PL"],
            10,
            fees("PLN", "10", "150.00", &[], None),
        )];
        // 6000 PLN is above 5000 PLN: 70 EUR, at 4.2730 PLN per EUR (2025) = 299.11 PLN
        let q = quote(&pl, &rules, &request("PL", "6000.00", "PLN", "2025-10-31", "2025-11-30")).unwrap();
        let line = &q.claimable_from_debtor.compensation_lines[0];
        assert_eq!((line.statutory.to_string(), line.amount.to_string()), ("70.00 EUR".into(), "299.11 PLN".into()));
        // A EUR claim in Poland: 1000 EUR is 4273 PLN, below 5000 PLN: 40 EUR without conversion.
        let q = quote(&pl, &rules, &request("PL", "1000.00", "EUR", "2025-10-31", "2025-11-30")).unwrap();
        assert_eq!(q.claimable_from_debtor.compensation.unwrap().to_string(), "40.00 EUR");
        assert_eq!(q.exchange_rates.iter().filter(|r| r.used_for.starts_with("compensation tier")).count(), 1);
    }

    #[test]
    fn an_invoice_not_yet_due_earns_nothing_and_the_quote_says_why() {
        let rules = rules();
        let q =
            quote(&german_partners(), &rules, &request("DE", "1200.00", "EUR", "2026-12-31", "2026-11-22")).unwrap();
        let c = &q.claimable_from_debtor;
        assert_eq!(c.late_interest.to_string(), "0.00 EUR");
        assert_eq!(c.compensation.unwrap().to_string(), "0.00 EUR");
        assert!(c.interest_periods.is_empty());
        assert!(
            q.notes[0].contains("falls due on 2026-12-31, after the quote date 2026-11-22: it is not late yet"),
            "{}",
            q.notes[0]
        );
        let on_the_day =
            quote(&german_partners(), &rules, &request("DE", "1200.00", "EUR", "2026-11-22", "2026-11-22")).unwrap();
        assert!(on_the_day.notes[0].contains("on the quote date"));
        assert_eq!(
            q.cost.if_collected.to_string(),
            "110.00 EUR",
            "the cost is quoted all the same (the cheaper agency)"
        );
    }

    #[test]
    fn unknown_and_carried_forward_rates_are_said_in_plain_words() {
        let rules = rules();
        let mut partners = german_partners();
        partners[2].licences[1].valid_from = date("2020-01-01");
        // Austria: the first known base rate is from 2025-01-01.
        let q = quote(&partners, &rules, &request("AT", "1000.00", "EUR", "2024-12-21", "2025-01-05")).unwrap();
        assert!(
            q.notes.iter().any(|n| n.starts_with(
                "Austrian base rate (Basiszinssatz, Oesterreichische Nationalbank): we have no rate for the days \
                 overdue from 2024-12-22 to 2024-12-31"
            )),
            "{:#?}",
            q.notes
        );
        // 5 days at 2.53 + 9.2 = 11.73 %: 1000 × 11.73 % × 5 / 365 = 1.61
        assert_eq!(q.claimable_from_debtor.late_interest.to_string(), "1.61 EUR");
        // Austria's rates end with 2025: 2026 is carried forward, and said by half-year
        let q = quote(&partners, &rules, &request("AT", "1000.00", "EUR", "2026-08-31", "2026-11-22")).unwrap();
        assert!(
            q.notes.iter().any(|n| n.contains(
                "the rate for July to December 2026 is not in our tables yet; we used the last known one, 1.53 % \
                 (from 1 July 2025)"
            )),
            "{:#?}",
            q.notes
        );
        // customers read no data keys and no confidence notes
        for q in [
            &q,
            &quote(&german_partners(), &rules, &request("DE", "100.00", "EUR", "2026-08-31", "2027-02-01")).unwrap(),
        ] {
            for note in &q.notes {
                assert!(
                    !note.contains("BASISZINSSATZ") && !note.contains("confidence") && !note.contains("verify"),
                    "{note}"
                );
            }
        }
    }

    fn partner_for(code: &str, currency: &str) -> Vec<Partner> {
        vec![priced(
            &format!("{}-agency", code.to_lowercase()),
            PartnerKind::CollectionAgency,
            &[code],
            10,
            fees(currency, "10", "1.00", &[], None),
        )]
    }

    #[test]
    fn each_method_is_named_in_the_quote() {
        let rules = rules();
        // Czechia: one rate for the whole delay, from the CNB repo rate of 30 June 2025 (4.00) + 8:
        // 100000 × 12 % × 90 / 365 = 2958.90 CZK
        let cz = partner_for("CZ", "EUR");
        let mut cz = cz;
        cz[0].accepts.currencies.push(cur("CZK"));
        let q = quote(&cz, &rules, &request("CZ", "100000.00", "CZK", "2025-11-30", "2026-02-28")).unwrap();
        let c = &q.claimable_from_debtor;
        assert_eq!(
            (c.late_interest.to_string(), c.interest_rate_percent.as_deref()),
            ("2958.90 CZK".into(), Some("12.00"))
        );
        assert_eq!(c.interest_method, InterestMethod::FixedAtStart);
        assert!(c.interest_rule.contains("one rate for the whole delay"), "{}", c.interest_rule);
        // Bulgaria: two rules, both listed with their days: 93.92 EUR (see interest.rs)
        let q = quote(&partner_for("BG", "EUR"), &rules, &request("BG", "10000.00", "EUR", "2025-12-15", "2026-01-15"))
            .unwrap();
        let c = &q.claimable_from_debtor;
        assert_eq!(c.late_interest.to_string(), "93.92 EUR");
        let methods: Vec<(NaiveDate, NaiveDate)> = c.interest_methods.iter().map(|m| (m.from, m.to)).collect();
        assert_eq!(methods, [(date("2025-12-16"), date("2025-12-31")), (date("2026-01-01"), date("2026-01-15"))]);
        assert!(c.interest_methods[0].description.starts_with("Bulgarian base rate"));
        // Iceland: monthly; the months the table lacks are named as months
        let q = quote(&partner_for("IS", "ISK"), &rules, &request("IS", "1000000", "ISK", "2025-03-15", "2025-05-10"))
            .unwrap();
        assert_eq!(q.claimable_from_debtor.interest_method, InterestMethod::PublishedMonthly);
        assert!(
            q.notes.iter().any(|n| n.contains("the rate for March to April 2025 is not in our tables yet")),
            "{:#?}",
            q.notes
        );
        // Liechtenstein: the rate is not verified and has no value yet: the quote says so
        let q = quote(&partner_for("LI", "CHF"), &rules, &request("LI", "1000.00", "CHF", "2026-01-31", "2026-03-02"))
            .unwrap();
        assert_eq!(q.claimable_from_debtor.late_interest.to_string(), "0.00 CHF");
        assert!(
            q.notes.iter().any(|n| n.contains("Liechtenstein") && n.contains("not verified yet")),
            "{:#?}",
            q.notes
        );
        assert!(
            q.notes.iter().any(|n| n.contains("We have no value yet for the Swiss National Bank special rate")),
            "{:#?}",
            q.notes
        );
    }

    #[test]
    fn a_claim_near_or_past_its_limitation_date_is_warned_about() {
        let rules = rules();
        // Germany, due 1990-01-31: 3 years from the end of 1990, so time-barred since 1 January 1994
        let q =
            quote(&german_partners(), &rules, &request("DE", "1200.00", "EUR", "1990-01-31", "2026-11-22")).unwrap();
        let limitation = q.claimable_from_debtor.limitation.as_ref().unwrap();
        assert_eq!((limitation.status, limitation.ends), (LimitationStatus::Past, date("1993-12-31")));
        assert!(q.warnings[0].contains("time-barred since 1 January 1994"), "{:?}", q.warnings);
        assert_eq!(q.notes[0], q.warnings[0], "the warning comes first in the notes too");
        // due 2023-05-31: the period ends on 31 December 2026, 39 days after the quote date: near
        let q =
            quote(&german_partners(), &rules, &request("DE", "1200.00", "EUR", "2023-05-31", "2026-11-22")).unwrap();
        assert_eq!(q.claimable_from_debtor.limitation.as_ref().unwrap().status, LimitationStatus::Near);
        assert!(q.warnings[0].contains("becomes time-barred after 31 December 2026"), "{:?}", q.warnings);
    }

    #[test]
    fn several_invoices_add_up_and_get_compensation_each() {
        let rules = rules();
        let mut second = input("DE", "1000.00", "EUR", "2026-08-31", "2026-11-22");
        second.invoices.push(InvoiceInput {
            number: "INV-2".into(),
            issue_date: String::new(),
            due_date: "2026-10-31".into(),
            amount: MoneyInput { amount: "500.00".into(), currency: "EUR".into() },
        });
        let request = QuoteRequest::parse(&second, date("2026-11-23")).unwrap();
        let q = quote(&german_partners(), &rules, &request).unwrap();
        let c = &q.claimable_from_debtor;
        assert_eq!(q.principal.to_string(), "1500.00 EUR");
        assert_eq!(c.compensation.unwrap().to_string(), "80.00 EUR");
        // base rate 1.52 + 9 = 10.52 % since 1 July 2026:
        // 1000 × 10.52 % × 83 / 365 + 500 × 10.52 % × 22 / 365 = 23.9222 + 3.1704 = 27.0926 -> 27.09
        assert_eq!(c.late_interest.to_string(), "27.09 EUR");
    }

    #[test]
    fn quote_input_is_checked_like_a_claim_but_may_be_not_due_yet() {
        let today = date("2026-11-23");
        let errors = QuoteRequest::parse(&input("DEU", "10.005", "EUR", "soon", ""), today).unwrap_err();
        assert!(errors.get("debtor.country").unwrap().contains("two-letter"));
        assert!(errors.get("invoices[0].amount.amount").unwrap().contains("decimal places"));
        assert!(errors.get("invoices[0].due_date").is_some());
        let errors = QuoteRequest::parse(&QuoteInput::default(), today).unwrap_err();
        assert_eq!(errors.get("invoices"), Some("add at least one overdue invoice"));
        // issue date and number are optional for a quote, and checked when given
        let mut given = input("DE", "100", "EUR", "2026-10-01", "");
        given.invoices[0].issue_date = "2026-10-02".into();
        let errors = QuoteRequest::parse(&given, today).unwrap_err();
        assert!(errors.get("invoices[0].due_date").unwrap().contains("before the issue date"));
        // a due date in the future is accepted; as_of defaults to today and looks at most a year ahead
        let ok = QuoteRequest::parse(&input("de", "100", "EUR", "2027-01-31", " "), today).unwrap();
        assert_eq!((ok.as_of(), ok.country().code()), (today, "DE"));
        let far = QuoteRequest::parse(&input("DE", "100", "EUR", "2026-10-01", "2028-01-01"), today).unwrap_err();
        assert!(far.get("as_of").unwrap().contains("at most a year ahead"));
        assert!(
            QuoteRequest::parse(&input("DE", "100", "EUR", "2026-10-01", "22.11.2026"), today)
                .unwrap_err()
                .get("as_of")
                .is_some()
        );
    }

    #[test]
    fn no_coverage_is_routings_answer() {
        let rules = rules();
        let err =
            quote(&german_partners(), &rules, &request("US", "100.00", "USD", "2026-10-01", "2026-11-22")).unwrap_err();
        assert!(matches!(err, NoCoverage::Country { code: "US", .. }));
    }

    fn any_fees() -> impl Strategy<Value = FeeSchedule> {
        (
            prop::sample::select(vec!["EUR", "SEK", "JPY", "GBP", "ISK"]),
            0u32..3000,
            0i64..100_000,
            prop::collection::vec(0i64..50_000, 0..3),
            prop::option::of(0i64..500_000),
        )
            .prop_map(|(currency, percent_bp, minimum, fixed, legal)| {
                let c = cur(currency);
                let m = |minor: i64| Money::from_minor(minor, c);
                FeeSchedule {
                    currency: c,
                    commission_percent: Decimal::new(percent_bp.into(), 2),
                    minimum_fee: m(minimum),
                    fixed: fixed
                        .into_iter()
                        .enumerate()
                        .map(|(i, a)| FixedFee { label: format!("Fee {i}"), amount: m(a) })
                        .collect(),
                    legal_phase_estimate: legal.map(m),
                }
            })
    }

    proptest! {
        #[test]
        fn cost_totals_are_the_sums_of_their_lines(
            fees in any_fees(),
            claim_currency in prop::sample::select(vec!["EUR", "SEK", "JPY", "GBP", "ISK", "PLN"]),
            principal_minor in 1i64..100_000_000_000,
            legal in any::<bool>(),
            day in 0u64..1000,
        ) {
            let rules = rules();
            let principal = Money::from_minor(principal_minor, cur(claim_currency));
            let service = if legal { Service::Legal } else { Service::Collection };
            let date = date("2024-06-01") + Days::new(day);
            let c = cost(&fees, principal, service, &rules.fx, date).unwrap();
            let sum = |charged: &[Charged]| c.lines.iter().filter(|l| charged.contains(&l.charged)).map(|l| l.amount.amount()).sum::<Decimal>();
            prop_assert_eq!(c.if_collected.amount(), sum(&[Charged::IfCollected, Charged::Always]));
            prop_assert_eq!(c.if_not_collected.amount(), sum(&[Charged::Always]));
            prop_assert!(c.if_collected.amount() >= c.if_not_collected.amount());
            prop_assert!(c.lines.iter().all(|l| l.amount.currency() == principal.currency() && !l.label.is_empty()));
            // routing ranks by the very total the quote shows
            prop_assert_eq!(fee_if_collected(&fees, principal, service, &rules.fx, date), Some(c.if_collected));
        }

        #[test]
        fn the_fee_is_the_commission_or_the_minimum_plus_fixed_fees_and_grows_with_the_principal(
            fees in any_fees(),
            claim_currency in prop::sample::select(vec!["EUR", "SEK", "JPY", "GBP", "ISK", "PLN"]),
            principal_minor in 1i64..100_000_000_000,
            extra_minor in 0i64..100_000_000_000,
            legal in any::<bool>(),
            day in 0u64..1000,
        ) {
            let rules = rules();
            let currency = cur(claim_currency);
            let service = if legal { Service::Legal } else { Service::Collection };
            let date = date("2024-06-01") + Days::new(day);
            let principal = Money::from_minor(principal_minor, currency);
            let fee = fee_if_collected(&fees, principal, service, &rules.fx, date).unwrap();
            prop_assert_eq!(fee.currency(), currency);
            // everything the schedule states, each converted at the day's rate (exactly, then rounded)
            let to_claim = |m: Money| rules.fx.convert(m, currency, date).unwrap();
            let minimum = to_claim(fees.minimum_fee);
            let commission = Money::new(principal.amount() * fees.commission_percent / Decimal::ONE_HUNDRED, currency);
            let mut expected = commission.amount().max(minimum.amount());
            expected += fees.fixed.iter().map(|f| to_claim(f.amount).amount()).sum::<Decimal>();
            if let (Service::Legal, Some(legal)) = (service, fees.legal_phase_estimate) {
                expected += to_claim(legal).amount();
            }
            prop_assert_eq!(fee.amount(), expected);
            // never below the minimum fee, whatever the principal
            prop_assert!(fee.amount() >= minimum.amount());
            // a larger claim never costs less
            let larger = Money::from_minor(principal_minor + extra_minor, currency);
            let larger_fee = fee_if_collected(&fees, larger, service, &rules.fx, date).unwrap();
            prop_assert!(larger_fee.amount() >= fee.amount(), "{} < {}", larger_fee, fee);
        }

        #[test]
        fn claimable_totals_are_the_sums_of_their_parts(
            code in prop::sample::select(vec!["DE", "SE", "GB", "IE", "PL", "CH", "HU", "NO", "CZ", "DK"]),
            currency in prop::sample::select(vec!["EUR", "SEK", "GBP", "PLN", "CHF", "JPY"]),
            amounts in prop::collection::vec(1i64..1_000_000_000, 1..4),
            overdue in prop::collection::vec(-30i64..800, 4),
        ) {
            let rules = rules();
            let as_of = date("2026-11-22");
            let invoices = amounts.iter().zip(&overdue).map(|(minor, days)| InvoiceLine {
                number: None,
                issue_date: None,
                due_date: as_of - chrono::Duration::days(*days),
                amount: Money::from_minor(*minor, cur(currency)),
            }).collect::<Vec<_>>();
            let principal = principal_of(&invoices).unwrap();
            let request = QuoteRequest { country: Country::parse(code).unwrap(), invoices, principal, disputed: false, as_of };
            let mut notes = Notes::default();
            let rule = rules.country(request.country).unwrap();
            let (c, _) = claimable(rule, &rules, &request, &mut notes);
            let compensation = c.compensation.unwrap();
            prop_assert_eq!(compensation.amount(), c.compensation_lines.iter().map(|l| l.amount.amount()).sum::<Decimal>());
            prop_assert_eq!(c.total.unwrap().amount(), c.late_interest.amount() + compensation.amount());
            // the interest is the exact sum of every period, rounded once: within half a minor unit of
            // it (a sum of rounded periods strays further), and the periods are shown rounded each
            let half_unit = Decimal::new(5, cur(currency).minor_units() + 1);
            let exact: Vec<Decimal> = request
                .invoices
                .iter()
                .flat_map(|i| interest::late_interest(i.amount.amount(), i.due_date, as_of, &rule.interest, &rules.rates))
                .map(|p| p.interest)
                .collect();
            let exact_total: Decimal = exact.iter().sum();
            prop_assert!((c.late_interest.amount() - exact_total).abs() <= half_unit, "{} vs {exact_total}", c.late_interest);
            prop_assert_eq!(c.interest_periods.len(), exact.len());
            for (shown, exact) in c.interest_periods.iter().zip(&exact) {
                prop_assert!((shown.interest.amount() - exact).abs() <= half_unit);
            }
        }
    }
}
