//! What the domain's unit tests share.

use chrono::NaiveDate;

use super::rules::Rules;

/// The rules shipped in `rules/`.
pub fn rules() -> Rules {
    Rules::parse(
        include_str!("../../rules/country-rules.csv"),
        include_str!("../../rules/reference-rates.csv"),
        include_str!("../../rules/fx-rates.csv"),
    )
    .unwrap()
}

/// A `YYYY-MM-DD` date.
pub fn date(s: &str) -> NaiveDate {
    s.parse().unwrap()
}
