//! What the domain's unit tests share.

use chrono::NaiveDate;

use super::rules::{Rules, RulesText};

/// The text of the rules shipped in `rules/`.
pub fn shipped_text() -> RulesText<'static> {
    RulesText {
        country_rules: include_str!("../../rules/country-rules.csv"),
        interest_rules: include_str!("../../rules/interest-rules.csv"),
        reference_rates: include_str!("../../rules/reference-rates.csv"),
        reminder_fees: include_str!("../../rules/reminder-fees.csv"),
        limitation_periods: include_str!("../../rules/limitation-periods.csv"),
        fx_rates: include_str!("../../rules/fx-rates.csv"),
    }
}

/// The rules shipped in `rules/`.
pub fn rules() -> Rules {
    Rules::parse(shipped_text()).unwrap()
}

/// A `YYYY-MM-DD` date.
pub fn date(s: &str) -> NaiveDate {
    s.parse().unwrap()
}
