//! Country law as data: licensing regimes per country and dated exchange rates.
//! Parsed from the CSV files in `rules/`; see `rules/README.md` for their format.

use std::collections::HashMap;
use std::str::FromStr;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Deserialize;

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

#[derive(Debug, Clone)]
pub struct CountryRule {
    pub country: Country,
    pub name: String,
    pub currency: Currency,
    pub regime: Regime,
    pub licence_authority: String,
    pub confidence: String,
}

/// A row of `country-rules.csv`; the interest and compensation columns are read by the quote.
#[derive(Debug, Deserialize)]
struct CountryRow {
    country: String,
    name: String,
    currency: String,
    collection_regime: Regime,
    licence_authority: String,
    confidence: String,
}

#[derive(Debug, Deserialize)]
struct FxRow {
    currency: String,
    effective_from: NaiveDate,
    per_eur: Decimal,
    confidence: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file} line {line}: {message}")]
pub struct RulesError {
    pub file: &'static str,
    pub line: u64,
    pub message: String,
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
            let _ = row.confidence;
            rates.entry(currency).or_default().push(FxRate { effective_from: row.effective_from, per_eur: row.per_eur });
        }
        for list in rates.values_mut() {
            list.sort_by_key(|r| r.effective_from);
        }
        Ok(Self { rates })
    }

    /// Units of `currency` per euro in force on `date` (the euro itself is 1).
    pub fn rate(&self, currency: Currency, date: NaiveDate) -> Option<FxRate> {
        if currency.code() == "EUR" {
            return Some(FxRate { effective_from: NaiveDate::MIN, per_eur: Decimal::ONE });
        }
        let list = self.rates.get(&currency)?;
        list.iter().rev().find(|r| r.effective_from <= date).or(list.first()).copied()
    }

    /// Converts through the euro at the rates in force on `date`; `None` without a rate.
    pub fn convert(&self, money: Money, to: Currency, date: NaiveDate) -> Option<Money> {
        if money.currency() == to {
            return Some(money);
        }
        let from = self.rate(money.currency(), date)?;
        let to_rate = self.rate(to, date)?;
        Some(Money::new(money.amount() / from.per_eur * to_rate.per_eur, to))
    }
}

/// Everything the platform knows of each country's law.
#[derive(Debug, Clone, Default)]
pub struct Rules {
    countries: HashMap<Country, CountryRule>,
    pub fx: FxTable,
}

impl Rules {
    pub fn parse(country_rules_csv: &str, fx_csv: &str) -> Result<Self, RulesError> {
        let mut countries = HashMap::new();
        for (row, line) in read_rows::<CountryRow>("country-rules.csv", country_rules_csv)? {
            let err = |message: String| RulesError { file: "country-rules.csv", line, message };
            let country = Country::parse(&row.country).map_err(|e| err(format!("country: {e}")))?;
            let currency = Currency::from_str(&row.currency).map_err(|e| err(format!("currency: {e}")))?;
            let rule = CountryRule {
                country,
                name: row.name,
                currency,
                regime: row.collection_regime,
                licence_authority: row.licence_authority,
                confidence: row.confidence,
            };
            if countries.insert(country, rule).is_some() {
                return Err(err(format!("country: {country} is listed twice")));
            }
        }
        Ok(Self { countries, fx: FxTable::parse(fx_csv)? })
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

    pub(crate) fn shipped() -> Rules {
        Rules::parse(
            include_str!("../../rules/country-rules.csv"),
            include_str!("../../rules/fx-rates.csv"),
        )
        .unwrap()
    }

    #[test]
    fn shipped_rules_cover_europe() {
        let rules = shipped();
        for code in super::super::country::EUROPE {
            assert!(rules.country(Country::parse(code).unwrap()).is_some(), "{code}");
        }
        assert_eq!(rules.regime(Country::parse("PT").unwrap()), Some(Regime::LawyersOnly));
        assert_eq!(rules.regime(Country::parse("CY").unwrap()), Some(Regime::LawyersOnly));
    }

    #[test]
    fn conversion_uses_the_rate_in_force() {
        let rules = shipped();
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
    }

    #[test]
    fn malformed_rows_name_the_file_and_line() {
        let err = FxTable::parse("currency,effective_from,per_eur,confidence,note\nSEK,2025-01-02,-1,low,\n").unwrap_err();
        assert_eq!((err.file, err.line), ("fx-rates.csv", 2));
        let err = FxTable::parse("currency,effective_from,per_eur,confidence,note\nSEK,soon,1,low,\n").unwrap_err();
        assert_eq!(err.line, 2);
    }
}
