//! Whether a reminder may carry a fee, and how much: the creditor's country's rule in
//! force on the day (`rules/reminder-fees.csv`, [`Rules::reminder_fee`]), only when the
//! creditor opted in, within the rule's cap per reminder, number of reminders and days
//! between them.
//!
//! - No rule recorded for the country: no fee ([`FeeWhy::NoRule`]). The platform charges
//!   nothing it cannot point to a law for.
//! - A rule whose amount is zero, or whose `max_count` is 0, records that the law forbids a
//!   reminder fee ([`FeeWhy::Forbidden`]).
//! - The cap is in the law's currency (60 SEK); a claim in another currency gets the cap
//!   converted with the rules' exchange rates in force on the day and rounded DOWN to the
//!   claim currency's minor unit, so that the fee never exceeds the cap, whatever the
//!   rounding. Without a rate for either currency there is no fee ([`FeeWhy::NoRule`]):
//!   charging a guessed amount could break the cap.
//! - `earlier_fees` are the days earlier reminders of the same claim carried a fee; a
//!   reminder without a fee does not count against the cap.

use chrono::NaiveDate;
use rust_decimal::{Decimal, RoundingStrategy};

use super::country::Country;
use super::money::{Currency, Money};
use super::rules::Rules;

/// The fee a reminder carries, and why it is that.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FeeDecision {
    /// `Some` only with [`FeeWhy::Charged`]; in the claim's currency.
    pub fee: Option<Money>,
    pub why: FeeWhy,
}

/// Why a reminder carries the fee it does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeeWhy {
    /// The rule allows it and the creditor opted in: `fee` is the cap, in the claim's currency.
    Charged,
    /// The creditor did not choose to charge reminder fees.
    NotOptedIn,
    /// No rule is recorded for the creditor's country (or no exchange rate for the cap).
    NoRule,
    /// The law forbids a reminder fee.
    Forbidden,
    /// The claim's earlier reminders already carried as many fees as the law allows.
    CapReached,
    /// The last fee was charged fewer days ago than the law requires between two.
    TooSoon,
}

impl FeeWhy {
    /// A stable name, for storage and logs.
    pub fn as_str(self) -> &'static str {
        match self {
            FeeWhy::Charged => "charged",
            FeeWhy::NotOptedIn => "not_opted_in",
            FeeWhy::NoRule => "no_rule",
            FeeWhy::Forbidden => "forbidden",
            FeeWhy::CapReached => "cap_reached",
            FeeWhy::TooSoon => "too_soon",
        }
    }
}

fn none(why: FeeWhy) -> FeeDecision {
    FeeDecision { fee: None, why }
}

/// The fee a reminder sent `on` that day may carry, for a creditor in `creditor_country`
/// with a claim in `currency`, given the days earlier reminders of the claim carried a fee.
pub fn fee_for(
    rules: &Rules,
    creditor_country: Country,
    currency: Currency,
    on: NaiveDate,
    earlier_fees: &[NaiveDate],
    opted_in: bool,
) -> FeeDecision {
    let Some(rule) = rules.reminder_fee(creditor_country, on) else { return none(FeeWhy::NoRule) };
    if rule.amount.is_zero() || rule.max_count == Some(0) {
        return none(FeeWhy::Forbidden);
    }
    if !opted_in {
        return none(FeeWhy::NotOptedIn);
    }
    if rule.max_count.is_some_and(|max| earlier_fees.len() >= max as usize) {
        return none(FeeWhy::CapReached);
    }
    if let (Some(days), Some(last)) = (rule.min_days_apart, earlier_fees.iter().max()) {
        if (on - *last).num_days() < i64::from(days) {
            return none(FeeWhy::TooSoon);
        }
    }
    let Some(fee) = cap_in(rules, rule.amount, currency, on) else { return none(FeeWhy::NoRule) };
    if fee.is_zero() {
        return none(FeeWhy::NoRule);
    }
    FeeDecision { fee: Some(fee), why: FeeWhy::Charged }
}

/// `cap` in `currency` at the rates in force `on`, rounded down to the minor unit.
fn cap_in(rules: &Rules, cap: Money, currency: Currency, on: NaiveDate) -> Option<Money> {
    if cap.currency() == currency {
        return Some(cap);
    }
    let conversion = rules.fx.conversion(cap.currency(), currency, on)?;
    let exact: Decimal = cap.amount() * conversion.rate();
    let down = exact.round_dp_with_strategy(currency.minor_units(), RoundingStrategy::ToZero);
    Some(Money::new(down, currency))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::rules::RulesText;
    use crate::domain::testing::{date, rules, shipped_text};

    fn c(code: &str) -> Country {
        Country::parse(code).unwrap()
    }

    fn cur(code: &str) -> Currency {
        Currency::parse(code).unwrap()
    }

    fn fee(f: FeeDecision) -> String {
        f.fee.map(|m| m.to_string()).unwrap_or_default()
    }

    #[test]
    fn sweden_charges_60_sek_once_per_claim() {
        let rules = rules();
        let first = fee_for(&rules, c("SE"), cur("SEK"), date("2026-03-01"), &[], true);
        assert_eq!((first.why, fee(first)), (FeeWhy::Charged, "60.00 SEK".into()));
        let second = fee_for(&rules, c("SE"), cur("SEK"), date("2026-04-01"), &[date("2026-03-01")], true);
        assert_eq!(second, FeeDecision { fee: None, why: FeeWhy::CapReached });
    }

    #[test]
    fn denmark_charges_100_dkk_per_reminder_at_most_three_ten_days_apart() {
        let rules = rules();
        let dk = |on: &str, earlier: &[&str]| {
            let earlier: Vec<NaiveDate> = earlier.iter().map(|d| date(d)).collect();
            fee_for(&rules, c("DK"), cur("DKK"), date(on), &earlier, true)
        };
        assert_eq!(fee(dk("2026-03-01", &[])), "100.00 DKK");
        assert_eq!(dk("2026-03-09", &["2026-03-01"]).why, FeeWhy::TooSoon, "8 days after the last fee");
        assert_eq!(fee(dk("2026-03-11", &["2026-03-01"])), "100.00 DKK", "10 days after");
        assert_eq!(fee(dk("2026-03-21", &["2026-03-01", "2026-03-11"])), "100.00 DKK");
        assert_eq!(dk("2026-04-30", &["2026-03-01", "2026-03-11", "2026-03-21"]).why, FeeWhy::CapReached);
    }

    #[test]
    fn norway_follows_its_row() {
        let rules = rules();
        let no = |on: &str, earlier: &[&str]| {
            let earlier: Vec<NaiveDate> = earlier.iter().map(|d| date(d)).collect();
            fee_for(&rules, c("NO"), cur("NOK"), date(on), &earlier, true)
        };
        assert_eq!(fee(no("2026-03-01", &[])), "38.00 NOK");
        assert_eq!(no("2026-03-10", &["2026-03-01"]).why, FeeWhy::TooSoon, "14 days apart");
        assert_eq!(fee(no("2026-03-15", &["2026-03-01"])), "38.00 NOK");
        assert_eq!(no("2026-04-15", &["2026-03-01", "2026-03-15"]).why, FeeWhy::CapReached);
    }

    #[test]
    fn the_cap_in_another_currency_is_converted_and_rounded_down() {
        let rules = rules();
        let on = date("2026-03-01");
        let eur = fee_for(&rules, c("SE"), cur("EUR"), on, &[], true);
        // 60 SEK at 10.95 SEK per EUR is 5.4794... EUR: 5.47, never 5.48
        assert_eq!((eur.why, fee(eur)), (FeeWhy::Charged, "5.47 EUR".into()));
        let exact = rules.fx.conversion(cur("SEK"), cur("EUR"), on).unwrap().rate() * Decimal::from(60);
        assert!(eur.fee.unwrap().amount() <= exact);
        // 100 DKK in SEK: 100 / 7.4690 * 10.95 = 146.6059... SEK -> 146.60
        let sek = fee_for(&rules, c("DK"), cur("SEK"), on, &[], true);
        assert_eq!(fee(sek), "146.60 SEK");
        // a currency without a rate: no fee rather than a guess
        let xaf = fee_for(&rules, c("SE"), cur("XAF"), on, &[], true);
        assert_eq!(xaf, FeeDecision { fee: None, why: FeeWhy::NoRule });
    }

    #[test]
    fn no_fee_without_a_rule_without_opting_in_or_where_the_law_forbids_it() {
        let rules = rules();
        let on = date("2026-03-01");
        assert_eq!(fee_for(&rules, c("DE"), cur("EUR"), on, &[], true).why, FeeWhy::NoRule);
        assert_eq!(fee_for(&rules, c("FI"), cur("EUR"), on, &[], true).fee, None);
        assert_eq!(fee_for(&rules, c("SE"), cur("SEK"), on, &[], false), none(FeeWhy::NotOptedIn));
        assert_eq!(fee_for(&rules, c("DK"), cur("DKK"), on, &[], false), none(FeeWhy::NotOptedIn));

        // a law that forbids the fee from a date on: allowed before, forbidden after
        let fees = "country,effective_from,amount,max_count,min_days_apart,only_if_agreed,addable_to_compensation,words,confidence,source\n\
            DE,,5 EUR,1,,no,unknown,,low,test\n\
            DE,2026-06-01,0 EUR,,,no,unknown,forbidden from June,low,test\n\
            FR,,10 EUR,0,,no,unknown,,low,test\n";
        let forbidding = Rules::parse(RulesText { reminder_fees: fees, ..shipped_text() }).unwrap();
        let before = fee_for(&forbidding, c("DE"), cur("EUR"), date("2026-05-31"), &[], true);
        assert_eq!(fee(before), "5.00 EUR");
        let after = fee_for(&forbidding, c("DE"), cur("EUR"), date("2026-06-01"), &[], true);
        assert_eq!(after, none(FeeWhy::Forbidden));
        assert_eq!(fee_for(&forbidding, c("DE"), cur("EUR"), date("2026-06-01"), &[], false).why, FeeWhy::Forbidden);
        assert_eq!(fee_for(&forbidding, c("FR"), cur("EUR"), on, &[], true).why, FeeWhy::Forbidden);
    }
}
