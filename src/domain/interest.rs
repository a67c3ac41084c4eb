//! Statutory late-payment interest, day by day at the rate in force that day.
//!
//! Interest runs from the day after the due date up to and including the quote date. The
//! days are cut into periods wherever the reference rate changes (and, for actual/actual,
//! at the turn of a year); each period earns
//! `principal × annual rate / 100 × days / year days`, with the year days of the country's
//! day-count convention (`actual/365` unless its law says otherwise). Nothing is rounded
//! here: callers add the exact amounts and round once, at the end, to the currency's minor
//! unit ([`Money::new`](super::money::Money::new)).
//!
//! Where the rates file has nothing for some days, the last known rate is carried forward
//! and the period says so; before a rate's first row there is no rate at all, and those days
//! earn nothing here and are reported as such. Nothing is invented.

use chrono::{Datelike, Days, NaiveDate};
use rust_decimal::Decimal;

use super::rules::{DayCount, InterestRule, RateSource, ReferenceRate, ReferenceRates};

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

/// Consecutive days overdue at one rate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InterestPeriod<'a> {
    pub from: NaiveDate,
    /// Inclusive.
    pub to: NaiveDate,
    pub days: i64,
    pub basis: RateBasis<'a>,
    /// Reference rate plus margin, in percent a year; `None` when no rate is known.
    pub annual_percent: Option<Decimal>,
    /// The days a year's interest is divided by.
    pub year_days: i64,
    /// Exact, unrounded, in the principal's currency.
    pub interest: Decimal,
}

/// Interest on `principal` (an exact amount) for the days after `due` up to and including
/// `as_of`; no periods when `as_of` is not after `due`.
pub fn late_interest<'a>(
    principal: Decimal,
    due: NaiveDate,
    as_of: NaiveDate,
    rule: &InterestRule,
    rates: &'a ReferenceRates,
) -> Vec<InterestPeriod<'a>> {
    let Some(first_day) = due.checked_add_days(Days::new(1)) else { return Vec::new() };
    let mut periods = Vec::new();
    for period in rates.periods(&rule.reference_rate, first_day, as_of) {
        let basis = RateBasis::from(period.source);
        let annual_percent = basis.rate().map(|r| rule.annual_percent(r.percent));
        for (from, to) in split_by_year(period.from, period.to, rule.day_count == DayCount::ActualActual) {
            let days = (to - from).num_days() + 1;
            let year_days = rule.day_count.year_days(from.year());
            let interest = match annual_percent {
                Some(rate) => principal * rate / Decimal::ONE_HUNDRED * Decimal::from(days) / Decimal::from(year_days),
                None => Decimal::ZERO,
            };
            periods.push(InterestPeriod { from, to, days, basis, annual_percent, year_days, interest });
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

    fn rule(rules: &Rules, code: &str) -> InterestRule {
        testing::rule(rules, code).interest
    }

    /// The interest as the quote shows it: summed exactly, rounded once.
    fn rounded(
        rules: &Rules,
        code: &str,
        amount: &str,
        currency: &str,
        due: &str,
        as_of: &str,
    ) -> (Money, Vec<(i64, Option<Decimal>)>) {
        let principal = Money::parse(amount, Currency::parse(currency).unwrap()).unwrap();
        let periods = late_interest(principal.amount(), date(due), date(as_of), &rule(rules, code), &rules.rates);
        let shape = periods.iter().map(|p| (p.days, p.annual_percent)).collect();
        (Money::new(total(&periods), principal.currency()), shape)
    }

    #[test]
    fn a_rate_change_in_mid_period_is_computed_per_period() {
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
        let mut act_act = rule(&rules, "DE");
        act_act.day_count = DayCount::ActualActual;
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
        // Icelandic krónur: policy rate 8.50 + 7 = 15.5 %; 500 000 × 15.5 % × 30 / 365 = 6369.86... -> 6370 ISK
        let (interest, _) = rounded(&rules, "IS", "500000", "ISK", "2025-03-31", "2025-04-30");
        assert_eq!(interest.to_string(), "6370 ISK");
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
        let periods =
            late_interest(dec("1000"), date("2025-12-15"), date("2026-01-10"), &rule(&rules, "AT"), &rules.rates);
        assert!(matches!(periods[0].basis, RateBasis::Known(r) if r.percent == dec("1.53")));
        assert!(matches!(periods[1].basis, RateBasis::CarriedForward(r) if r.percent == dec("1.53")));
        assert_eq!((periods[0].days, periods[1].days), (16, 10));
        // Before the first known Austrian rate (2025-01-01) nothing is invented: 22-31 December earn nothing.
        let periods =
            late_interest(dec("1000"), date("2024-12-21"), date("2025-01-05"), &rule(&rules, "AT"), &rules.rates);
        assert_eq!((periods[0].basis, periods[0].days, periods[0].interest), (RateBasis::Unknown, 10, Decimal::ZERO));
        assert!(periods[1].interest > Decimal::ZERO);
    }

    #[test]
    fn nothing_is_owed_until_the_day_after_the_due_date() {
        let rules = rules();
        let de = rule(&rules, "DE");
        assert!(late_interest(dec("1000"), date("2026-03-01"), date("2026-03-01"), &de, &rules.rates).is_empty());
        assert!(late_interest(dec("1000"), date("2026-03-02"), date("2026-03-01"), &de, &rules.rates).is_empty());
        let one_day = late_interest(dec("1000"), date("2026-03-01"), date("2026-03-02"), &de, &rules.rates);
        assert_eq!(one_day.len(), 1);
        assert_eq!(one_day[0].days, 1);
    }

    proptest! {
        #[test]
        fn interest_grows_with_the_days_overdue(
            code in prop::sample::select(vec!["DE", "FR", "SE", "GB", "CH", "AT", "BE", "IS", "PL"]),
            principal_cents in 1i64..10_000_000_000,
            due_offset in 0u64..1500,
            days in 0u64..900,
            more in 1u64..400,
        ) {
            let rules = rules();
            let rule = rule(&rules, code);
            let principal = Decimal::new(principal_cents, 2);
            let due = date("2023-06-01") + Days::new(due_offset);
            let shorter = total(&late_interest(principal, due, due + Days::new(days), &rule, &rules.rates));
            let longer = total(&late_interest(principal, due, due + Days::new(days + more), &rule, &rules.rates));
            prop_assert!(longer >= shorter, "{longer} < {shorter}");
            let eur = Currency::parse("EUR").unwrap();
            prop_assert!(Money::new(longer, eur).amount() >= Money::new(shorter, eur).amount());
        }

        #[test]
        fn interest_grows_with_the_principal(
            code in prop::sample::select(vec!["DE", "FR", "SE", "GB", "CH", "NO", "CZ"]),
            smaller_cents in 1i64..10_000_000_000,
            extra_cents in 0i64..10_000_000_000,
            due_offset in 0u64..1500,
            days in 0u64..900,
        ) {
            let rules = rules();
            let rule = rule(&rules, code);
            let due = date("2023-06-01") + Days::new(due_offset);
            let as_of = due + Days::new(days);
            let small = total(&late_interest(Decimal::new(smaller_cents, 2), due, as_of, &rule, &rules.rates));
            let large = total(&late_interest(Decimal::new(smaller_cents + extra_cents, 2), due, as_of, &rule, &rules.rates));
            prop_assert!(large >= small);
        }

        #[test]
        fn periods_cover_every_day_overdue_once(due_offset in 0u64..1500, days in 0u64..900) {
            let rules = rules();
            let due = date("2023-06-01") + Days::new(due_offset);
            let as_of = due + Days::new(days);
            let periods = late_interest(Decimal::ONE, due, as_of, &rule(&rules, "DE"), &rules.rates);
            prop_assert_eq!(periods.iter().map(|p| p.days).sum::<i64>(), days as i64);
            for pair in periods.windows(2) {
                prop_assert_eq!(pair[0].to.succ_opt(), Some(pair[1].from));
            }
        }
    }
}
