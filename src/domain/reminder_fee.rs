//! PLACEHOLDER (to be replaced by the country rules' reminder-fee decision): never charges.

use chrono::NaiveDate;

use super::country::Country;
use super::money::{Currency, Money};
use super::rules::Rules;

pub struct FeeDecision {
    pub fee: Option<Money>,
    pub why: FeeWhy,
}

pub enum FeeWhy {
    Charged,
    NotOptedIn,
    NoRule,
    Forbidden,
    CapReached,
    TooSoon,
}

pub fn fee_for(
    _rules: &Rules,
    _creditor_country: Country,
    _currency: Currency,
    _on: NaiveDate,
    _earlier_fees: &[NaiveDate],
    opted_in: bool,
) -> FeeDecision {
    FeeDecision { fee: None, why: if opted_in { FeeWhy::NoRule } else { FeeWhy::NotOptedIn } }
}
