//! What the domain's unit tests share: the shipped rules, dates, amounts and a partner.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::country::Country;
use super::money::{Currency, Money};
use super::partner::{Acceptance, FeeSchedule, Licence, Partner, PartnerApi, PartnerId, PartnerKind};
use super::rules::{CountryRule, Rules, RulesText};

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

/// The shipped rule of the country `code`.
pub fn rule(rules: &Rules, code: &str) -> CountryRule {
    rules.country(Country::parse(code).unwrap()).unwrap().clone()
}

/// A `YYYY-MM-DD` date.
pub fn date(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// An exact decimal.
pub fn dec(s: &str) -> Decimal {
    s.parse().unwrap()
}

pub fn cur(code: &str) -> Currency {
    Currency::parse(code).unwrap()
}

/// An amount in a currency, checked like an invoice amount.
pub fn money(amount: &str, code: &str) -> Money {
    Money::parse(amount, cur(code)).unwrap()
}

/// A sandbox partner of `kind` licensed in `countries` (from 2020 to 2027, numbers
/// `{id}-1`), priority 10, taking EUR or SEK claims of 100 to 1 000 000 EUR, for 10 %
/// commission with a 50 EUR minimum fee.
pub fn partner(id: &str, kind: PartnerKind, countries: &[&str]) -> Partner {
    let countries: Vec<Country> = countries.iter().map(|c| Country::parse(c).unwrap()).collect();
    Partner {
        id: PartnerId::parse(id).unwrap(),
        name: id.to_string(),
        kind,
        sandbox: true,
        b2b: true,
        languages: vec![],
        priority: 10,
        licences: countries
            .iter()
            .map(|&country| Licence {
                country,
                authority: "Authority".into(),
                number: format!("{id}-1"),
                valid_from: date("2020-01-01"),
                valid_until: Some(date("2027-12-31")),
            })
            .collect(),
        countries,
        accepts: Acceptance {
            currencies: vec![cur("EUR"), cur("SEK")],
            min_principal: money("100", "EUR"),
            max_principal: Some(money("1000000", "EUR")),
        },
        integration: crate::domain::partner::Integration::API,
        api: Some(PartnerApi {
            base_url: "http://127.0.0.1:1/".parse().unwrap(),
            token_env: "T".into(),
            outbound_secret_env: "O".into(),
            inbound_secret_env: "I".into(),
            protocol: crate::domain::partner::Protocol::V1_1,
            silence_after_days: crate::domain::partner::DEFAULT_SILENCE_AFTER_DAYS,
        }),
        fees: FeeSchedule {
            currency: cur("EUR"),
            commission_percent: Decimal::TEN,
            minimum_fee: money("50", "EUR"),
            fixed: vec![],
            legal_phase_estimate: None,
        },
        sla: crate::domain::performance::Sla::default(),
    }
}
