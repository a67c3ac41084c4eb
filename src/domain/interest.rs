//! Statutory late-payment interest, day by day, by the method of the country's law.
//!
//! Interest runs from the day after the due date up to and including the quote date. The
//! days are first cut where the country's rule changes (Bulgaria: BNB base rate + 10 pp
//! until 2025-12-31, ECB MRO + 8 pp from 2026-01-01), and each stretch is computed by its
//! rule's method:
//!
//! - **per period** and **published monthly**: the days are cut wherever the reference rate
//!   changes (each half-year's, or each month's, row), and each day earns the rate in force on
//!   it; a fixed statutory rate is the same with a single row;
//! - **fixed at the start of the delay**: one rate for every day, the reference rate in force
//!   on the rule's reference day (Czechia: the last day of the half-year before the one in
//!   which the delay began).
//!
//! Each period (also cut at the turn of a year for actual/actual) earns
//! `principal × annual rate / 100 × days / year days`. Nothing is rounded here: callers add
//! the exact amounts and round once, at the end, to the currency's minor unit
//! ([`Money::new`](super::money::Money::new)).
//!
//! Where the rates file has nothing for some days, the last known rate is carried forward
//! and the period says so; before a rate's first row there is no rate at all, and those days
//! earn nothing here and are reported as such. Nothing is invented.

use chrono::{Datelike, Days, NaiveDate};
use rust_decimal::Decimal;

use super::rules::{DayCount, InterestLaw, InterestMethod, InterestRule, RateSource, ReferenceRate, ReferenceRates};

/// What a period's rate rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RateBasis<'a> {
    /// A row of the rates file known to apply on these days.
    Known(&'a ReferenceRate),
    /// The last known row, carried forward over days the file does not cover.
    CarriedForward(&'a ReferenceRate),
    /// No rate is known: these days earn nothing here.
    Unknown,
}

impl<'a> From<RateSource<'a>> for RateBasis<'a> {
    fn from(source: RateSource<'a>) -> Self {
        match source {
            RateSource::Known(r) => Self::Known(r),
            RateSource::CarriedForward(r) => Self::CarriedForward(r),
            RateSource::Unknown => Self::Unknown,
        }
    }
}

impl<'a> RateBasis<'a> {
    pub fn rate(&self) -> Option<&'a ReferenceRate> {
        match self {
            Self::Known(r) | Self::CarriedForward(r) => Some(r),
            Self::Unknown => None,
        }
    }
}

/// Consecutive days overdue at one rate, under one rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InterestPeriod<'a> {
    pub from: NaiveDate,
    /// Inclusive.
    pub to: NaiveDate,
    pub days: i64,
    pub rule: &'a InterestRule,
    pub basis: RateBasis<'a>,
    /// For a rate fixed at the start of the delay: the day whose reference rate applies.
    pub rate_date: Option<NaiveDate>,
    /// Reference rate plus margin, in percent a year; `None` when no rate is known.
    pub annual_percent: Option<Decimal>,
    /// The days a year's interest is divided by.
    pub year_days: i64,
    /// Exact, unrounded, in the principal's currency.
    pub interest: Decimal,
}

/// Interest on `principal` (an exact amount) for the days after `due` up to and including
/// `as_of` under `law`; no periods when `as_of` is not after `due`.
pub fn late_interest<'a>(
    principal: Decimal,
    due: NaiveDate,
    as_of: NaiveDate,
    law: &'a InterestLaw,
    rates: &'a ReferenceRates,
) -> Vec<InterestPeriod<'a>> {
    let Some(first_day) = due.checked_add_days(Days::new(1)) else { return Vec::new() };
    let mut periods = Vec::new();
    for (from, to, rule) in law.segments(first_day, as_of) {
        let stretches: Vec<(NaiveDate, NaiveDate, RateBasis<'a>, Option<NaiveDate>)> = match rule.method {
            InterestMethod::PerPeriod | InterestMethod::PublishedMonthly | InterestMethod::FixedRate => rates
                .periods(&rule.reference_rate, from, to)
                .into_iter()
                .map(|p| (p.from, p.to, RateBasis::from(p.source), None))
                .collect(),
            InterestMethod::FixedAtStart => {
                let day = rule.rate_date.map_or(first_day, |d| d.for_delay(first_day));
                let basis = rates
                    .periods(&rule.reference_rate, day, day)
                    .first()
                    .map_or(RateBasis::Unknown, |p| p.source.into());
                vec![(from, to, basis, Some(day))]
            }
        };
        for (stretch_from, stretch_to, basis, rate_date) in stretches {
            let annual_percent = basis.rate().map(|r| rule.annual_percent(r.percent));
            for (from, to) in split_by_year(stretch_from, stretch_to, rule.day_count == DayCount::ActualActual) {
                let days = (to - from).num_days() + 1;
                let year_days = rule.day_count.year_days(from.year());
                let interest = match annual_percent {
                    Some(rate) => {
                        principal * rate / Decimal::ONE_HUNDRED * Decimal::from(days) / Decimal::from(year_days)
                    }
                    None => Decimal::ZERO,
                };
                periods.push(InterestPeriod {
                    from,
                    to,
                    days,
                    rule,
                    basis,
                    rate_date,
                    annual_percent,
                    year_days,
                    interest,
                });
            }
        }
    }
    periods
}

/// `from..=to` cut at each 1 January when `split` (actual/actual divides each year's days
/// by that year's length); otherwise the whole stretch.
fn split_by_year(from: NaiveDate, to: NaiveDate, split: bool) -> Vec<(NaiveDate, NaiveDate)> {
    if !split {
        return vec![(from, to)];
    }
    let mut parts = Vec::new();
    let mut cursor = from;
    while cursor <= to {
        let year_end = NaiveDate::from_ymd_opt(cursor.year(), 12, 31).unwrap_or(NaiveDate::MAX);
        let end = year_end.min(to);
        parts.push((cursor, end));
        match end.succ_opt() {
            Some(next) => cursor = next,
            None => break,
        }
    }
    parts
}

/// The sum of the periods' exact interest.
pub fn total(periods: &[InterestPeriod<'_>]) -> Decimal {
    periods.iter().map(|p| p.interest).sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::money::{Currency, Money};
    use crate::domain::rules::Rules;
    use crate::domain::testing::{self, date, dec, rules};
    use proptest::prelude::*;

    fn law(rules: &Rules, code: &str) -> InterestLaw {
        testing::rule(rules, code).interest
    }

    /// The interest as the quote shows it: summed exactly, rounded once; and each period's days and rate.
    fn rounded_with(
        law: &InterestLaw,
        rates: &ReferenceRates,
        amount: &str,
        currency: &str,
        due: &str,
        as_of: &str,
    ) -> (Money, Vec<(i64, Option<Decimal>)>) {
        let principal = Money::parse(amount, Currency::parse(currency).unwrap()).unwrap();
        let periods = late_interest(principal.amount(), date(due), date(as_of), law, rates);
        let shape = periods.iter().map(|p| (p.days, p.annual_percent)).collect();
        (Money::new(total(&periods), principal.currency()), shape)
    }

    fn rounded(
        rules: &Rules,
        code: &str,
        amount: &str,
        currency: &str,
        due: &str,
        as_of: &str,
    ) -> (Money, Vec<(i64, Option<Decimal>)>) {
        rounded_with(&law(rules, code), &rules.rates, amount, currency, due, as_of)
    }

    #[test]
    fn per_period_a_rate_change_in_mid_period_is_computed_per_period() {
        let rules = rules();
        // France: ECB MRO + 10. 16-30 June 2025 at 3.15 + 10 = 13.15 %, 1-15 July at 2.15 + 10 = 12.15 %.
        // 10000 × (13.15 % × 15 + 12.15 % × 15) / 365 = 37950 / 365 = 103.9726... -> 103.97
        let (interest, shape) = rounded(&rules, "FR", "10000.00", "EUR", "2025-06-15", "2025-07-15");
        assert_eq!(shape, [(15, Some(dec("13.15"))), (15, Some(dec("12.15")))]);
        assert_eq!(interest.to_string(), "103.97 EUR");
        // 1000 × 13.15 % × 15 / 365 = 5.4041... and 1000 × 12.15 % × 15 / 365 = 4.9931...: exactly
        // 10.3972..., rounded once 10.40 (rounding each period first would give 5.40 + 4.99 = 10.39)
        let (interest, _) = rounded(&rules, "FR", "1000.00", "EUR", "2025-06-15", "2025-07-15");
        assert_eq!(interest.to_string(), "10.40 EUR");
        // Germany across 1 July 2026, when the base rate rose from 1.27 to 1.52: 21-30 June at 10.27 %,
        // 1-10 July at 10.52 %: 1000 × (10.27 % × 10 + 10.52 % × 10) / 365 = 2079 / 365 = 5.6958... -> 5.70
        let (interest, shape) = rounded(&rules, "DE", "1000.00", "EUR", "2026-06-20", "2026-07-10");
        assert_eq!(shape, [(10, Some(dec("10.27"))), (10, Some(dec("10.52")))]);
        assert_eq!(interest.to_string(), "5.70 EUR");
    }

    #[test]
    fn czechia_fixes_one_rate_for_the_whole_delay_across_two_half_years() {
        let rules = rules();
        // 100 000 CZK due 2025-11-30, quoted 2026-02-28: the delay began on 1 December 2025, in the
        // second half of 2025, so the rate is the CNB repo rate of 30 June 2025 (4.00, the row from
        // 2025-01-01) + 8 = 12 % for all 31 + 31 + 28 = 90 days, although the repo rate was 3.50 in both
        // half-years the delay runs through: 100000 × 12 % × 90 / 365 = 1080000 / 365 = 2958.9041... -> 2958.90
        let (interest, shape) = rounded(&rules, "CZ", "100000.00", "CZK", "2025-11-30", "2026-02-28");
        assert_eq!(shape, [(90, Some(dec("12.00")))]);
        assert_eq!(interest.to_string(), "2958.90 CZK");
        let cz = law(&rules, "CZ");
        let periods = late_interest(dec("1"), date("2025-11-30"), date("2026-02-28"), &cz, &rules.rates);
        assert_eq!(periods[0].rate_date, Some(date("2025-06-30")));
        assert!(matches!(periods[0].basis, RateBasis::Known(r) if r.effective_from == date("2025-01-01")));
        // A delay beginning in January 2026 takes the rate of 31 December 2025: 3.50 + 8 = 11.5 %.
        // 100000 × 11.5 % × 59 / 365 = 678500 / 365 = 1858.9041... -> 1858.90
        let (interest, shape) = rounded(&rules, "CZ", "100000.00", "CZK", "2025-12-31", "2026-02-28");
        assert_eq!((interest.to_string(), shape), ("1858.90 CZK".into(), vec![(59, Some(dec("11.50")))]));
    }

    #[test]
    fn ireland_fixes_the_rate_of_the_half_year_the_delay_began_in() {
        let rules = rules();
        // Due 2025-06-15: the delay began in the first half of 2025, ECB 3.15 + 8 = 11.15 % for all 30 days,
        // also the 15 in July: 10000 × 11.15 % × 30 / 365 = 33450 / 365 = 91.6438... -> 91.64
        let (interest, shape) = rounded(&rules, "IE", "10000.00", "EUR", "2025-06-15", "2025-07-15");
        assert_eq!(shape, [(30, Some(dec("11.15")))]);
        assert_eq!(interest.to_string(), "91.64 EUR");
    }

    #[test]
    fn iceland_applies_the_rate_published_for_each_month() {
        let rules = rules();
        let rates = ReferenceRates::parse(
            "reference_rate,effective_from,valid_until,percent,confidence,note\n\
             IS_DRATTARVEXTIR,2025-03-01,2025-03-31,16.00,high,\n\
             IS_DRATTARVEXTIR,2025-04-01,2025-04-30,15.75,high,\n\
             IS_DRATTARVEXTIR,2025-05-01,2025-05-31,15.50,high,\n",
        )
        .unwrap();
        // 1 000 000 ISK due 2025-03-15, quoted 2025-05-10: 16 days of March at 16.00 %, 30 of April at
        // 15.75 %, 10 of May at 15.50 %: 1000000 × (16 × 16.00 + 30 × 15.75 + 10 × 15.50) % / 365
        // = 10000 × 883.5 / 365 = 24205.479... -> 24205 ISK
        let (interest, shape) = rounded_with(&law(&rules, "IS"), &rates, "1000000", "ISK", "2025-03-15", "2025-05-10");
        assert_eq!(shape, [(16, Some(dec("16.00"))), (30, Some(dec("15.75"))), (10, Some(dec("15.50")))]);
        assert_eq!(interest.to_string(), "24205 ISK");
        // The shipped table knows October 2024 (17.00) and May 2025 (15.50) only: March and April carry
        // 17.00 forward. 10000 × (46 × 17.00 + 10 × 15.50) / 365 = 9370000 / 365 = 25671.23... -> 25671 ISK
        let (interest, _) = rounded(&rules, "IS", "1000000", "ISK", "2025-03-15", "2025-05-10");
        assert_eq!(interest.to_string(), "25671 ISK");
    }

    #[test]
    fn bulgaria_splits_the_days_at_the_2026_change_of_rule() {
        let rules = rules();
        // 10000 EUR due 2025-12-15, quoted 2026-01-15: 16-31 December under the old rule, BNB base rate
        // 1.91 + 10 = 11.91 %; 1-15 January under the new one, ECB MRO 2.15 + 8 = 10.15 %.
        // 10000 × (16 × 11.91 + 15 × 10.15) % / 365 = 100 × 342.81 / 365 = 93.9205... -> 93.92
        let (interest, shape) = rounded(&rules, "BG", "10000.00", "EUR", "2025-12-15", "2026-01-15");
        assert_eq!(shape, [(16, Some(dec("11.91"))), (15, Some(dec("10.15")))]);
        assert_eq!(interest.to_string(), "93.92 EUR");
        let bg = law(&rules, "BG");
        let periods = late_interest(dec("1"), date("2025-12-15"), date("2026-01-15"), &bg, &rules.rates);
        let keys: Vec<&str> = periods.iter().map(|p| p.rule.reference_rate.as_str()).collect();
        assert_eq!(keys, ["BG_REFERENCE", "ECB_MRO"]);
    }

    #[test]
    fn liechtenstein_rate_is_unverified_and_earns_nothing_until_a_value_is_known() {
        let rules = rules();
        let li = law(&rules, "LI");
        assert!(!li.rules()[0].verified);
        let periods = late_interest(dec("1000"), date("2026-01-31"), date("2026-03-02"), &li, &rules.rates);
        assert_eq!((periods.len(), periods[0].basis, periods[0].days), (1, RateBasis::Unknown, 30));
        assert_eq!(total(&periods), Decimal::ZERO);
    }

    #[test]
    fn a_leap_year_has_366_days_each_earning_a_365th() {
        let rules = rules();
        // Germany, the whole of 2024 (366 days): base rate 3.62 until 30 June (182 days), 3.37 from
        // 1 July (184 days), + 9 points. Actual/365 divides by 365 in a leap year too:
        // 1000 × (12.62 % × 182 + 12.37 % × 184) / 365 = 10 × 4572.92 / 365 = 125.2854... -> 125.29
        let (interest, shape) = rounded(&rules, "DE", "1000.00", "EUR", "2023-12-31", "2024-12-31");
        assert_eq!(shape, [(182, Some(dec("12.62"))), (184, Some(dec("12.37")))]);
        assert_eq!(interest.to_string(), "125.29 EUR");
        // With actual/actual the same days would earn 1/366 each: 124.94.
        let mut rule = law(&rules, "DE").rules()[0].clone();
        rule.day_count = DayCount::ActualActual;
        let act_act = InterestLaw::single(rule);
        let periods = late_interest(dec("1000"), date("2023-12-31"), date("2024-12-31"), &act_act, &rules.rates);
        assert_eq!(Money::new(total(&periods), Currency::parse("EUR").unwrap()).to_string(), "124.94 EUR");
        // ... and actual/actual cuts at the turn of the year: 10 days of 2024, 5 of 2025
        let periods = late_interest(dec("1000"), date("2024-12-21"), date("2025-01-05"), &act_act, &rules.rates);
        assert_eq!(periods.iter().map(|p| (p.days, p.year_days)).collect::<Vec<_>>(), [(10, 366), (5, 365)]);
    }

    #[test]
    fn zero_decimal_currencies_round_to_whole_units_once() {
        let rules = rules();
        // Japanese yen owed by a German debtor: 1 000 000 × 10.27 % × 30 / 365 = 8441.0958... -> 8441 JPY
        let (interest, _) = rounded(&rules, "DE", "1000000", "JPY", "2026-01-31", "2026-03-02");
        assert_eq!(interest.to_string(), "8441 JPY");
        // Rounded once: 3 days of 1 JPY at 10.27 % is 0.0008 JPY, nothing; a sum of rounded days would be too.
        let (tiny, _) = rounded(&rules, "DE", "1", "JPY", "2026-01-31", "2026-02-03");
        assert_eq!(tiny.to_string(), "0 JPY");
    }

    #[test]
    fn fixed_rates_and_missing_rates() {
        let rules = rules();
        // Switzerland: 5 % fixed. 100 days on 7300 CHF = 7300 × 5 % × 100 / 365 = 100.00
        let (interest, shape) = rounded(&rules, "CH", "7300.00", "CHF", "2026-01-01", "2026-04-11");
        assert_eq!(shape, [(100, Some(dec("5.00")))]);
        assert_eq!(interest.to_string(), "100.00 CHF");
        // Austria: the rates file ends with the second half of 2025: 2026 is carried forward.
        let at = law(&rules, "AT");
        let periods = late_interest(dec("1000"), date("2025-12-15"), date("2026-01-10"), &at, &rules.rates);
        assert!(matches!(periods[0].basis, RateBasis::Known(r) if r.percent == dec("1.53")));
        assert!(matches!(periods[1].basis, RateBasis::CarriedForward(r) if r.percent == dec("1.53")));
        assert_eq!((periods[0].days, periods[1].days), (16, 10));
        // Before the first known Austrian rate (2025-01-01) nothing is invented: 22-31 December earn nothing.
        let periods = late_interest(dec("1000"), date("2024-12-21"), date("2025-01-05"), &at, &rules.rates);
        assert_eq!((periods[0].basis, periods[0].days, periods[0].interest), (RateBasis::Unknown, 10, Decimal::ZERO));
        assert!(periods[1].interest > Decimal::ZERO);
    }

    #[test]
    fn nothing_is_owed_until_the_day_after_the_due_date() {
        let rules = rules();
        let de = law(&rules, "DE");
        assert!(late_interest(dec("1000"), date("2026-03-01"), date("2026-03-01"), &de, &rules.rates).is_empty());
        assert!(late_interest(dec("1000"), date("2026-03-02"), date("2026-03-01"), &de, &rules.rates).is_empty());
        let one_day = late_interest(dec("1000"), date("2026-03-01"), date("2026-03-02"), &de, &rules.rates);
        assert_eq!(one_day.len(), 1);
        assert_eq!(one_day[0].days, 1);
    }

    /// A country of each method: per period (DE, FR, SE, GB, AT, BE, PL, NO), fixed at the start of
    /// the delay (CZ, IE), published monthly (IS), fixed rate (CH), a rule changing on a date (BG),
    /// an unverified rate without a value (LI).
    const EVERY_METHOD: [&str; 15] =
        ["DE", "FR", "SE", "GB", "AT", "BE", "PL", "NO", "CZ", "IE", "IS", "CH", "BG", "LI", "HU"];

    proptest! {
        #[test]
        fn every_method_earns_nothing_for_no_days(
            code in prop::sample::select(EVERY_METHOD.to_vec()),
            principal_cents in 1i64..10_000_000_000,
            due_offset in 0u64..2000,
        ) {
            let rules = rules();
            let law = law(&rules, code);
            let due = date("2023-06-01") + Days::new(due_offset);
            let periods = late_interest(Decimal::new(principal_cents, 2), due, due, &law, &rules.rates);
            prop_assert!(periods.is_empty());
            prop_assert_eq!(total(&periods), Decimal::ZERO);
        }

        #[test]
        fn every_method_never_decreases_with_more_days(
            code in prop::sample::select(EVERY_METHOD.to_vec()),
            principal_cents in 1i64..10_000_000_000,
            due_offset in 0u64..1500,
            days in 0u64..900,
            more in 1u64..400,
        ) {
            let rules = rules();
            let law = law(&rules, code);
            let principal = Decimal::new(principal_cents, 2);
            let due = date("2023-06-01") + Days::new(due_offset);
            let shorter = total(&late_interest(principal, due, due + Days::new(days), &law, &rules.rates));
            let longer = total(&late_interest(principal, due, due + Days::new(days + more), &law, &rules.rates));
            prop_assert!(longer >= shorter, "{longer} < {shorter}");
            let eur = Currency::parse("EUR").unwrap();
            prop_assert!(Money::new(longer, eur).amount() >= Money::new(shorter, eur).amount());
        }

        #[test]
        fn interest_grows_with_the_principal(
            code in prop::sample::select(EVERY_METHOD.to_vec()),
            smaller_cents in 1i64..10_000_000_000,
            extra_cents in 0i64..10_000_000_000,
            due_offset in 0u64..1500,
            days in 0u64..900,
        ) {
            let rules = rules();
            let law = law(&rules, code);
            let due = date("2023-06-01") + Days::new(due_offset);
            let as_of = due + Days::new(days);
            let small = total(&late_interest(Decimal::new(smaller_cents, 2), due, as_of, &law, &rules.rates));
            let large = total(&late_interest(Decimal::new(smaller_cents + extra_cents, 2), due, as_of, &law, &rules.rates));
            prop_assert!(large >= small);
        }

        #[test]
        fn periods_cover_every_day_overdue_once(
            code in prop::sample::select(EVERY_METHOD.to_vec()),
            due_offset in 0u64..1500,
            days in 0u64..900,
        ) {
            let rules = rules();
            let due = date("2023-06-01") + Days::new(due_offset);
            let as_of = due + Days::new(days);
            let law = law(&rules, code);
            let periods = late_interest(Decimal::ONE, due, as_of, &law, &rules.rates);
            prop_assert_eq!(periods.iter().map(|p| p.days).sum::<i64>(), days as i64);
            for pair in periods.windows(2) {
                prop_assert_eq!(pair[0].to.succ_opt(), Some(pair[1].from));
            }
        }
    }
}
