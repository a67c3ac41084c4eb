//! Currencies (ISO 4217) and exact amounts checked against the currency's minor units.

use std::fmt;
use std::str::FromStr;

use iso_currency::Flag;
use rust_decimal::Decimal;
use serde::{Serialize, Serializer};

/// Largest amount the platform accepts in one money value (in major units).
/// Keeps every amount representable in minor units as an `i64`.
const MAX_MAJOR_UNITS: i64 = 1_000_000_000_000;

/// An ISO 4217 currency that is in circulation and has minor units.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Currency(iso_currency::Currency);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CurrencyError {
    #[error("enter a currency code such as EUR")]
    Empty,
    #[error("\"{0}\" is not an ISO 4217 currency code")]
    Unknown(String),
    #[error("{0} is not a currency invoices are paid in")]
    NotForInvoices(String),
    #[error("{0} was replaced by {1}; invoice in {1}")]
    Superseded(String, String),
}

impl Currency {
    pub fn parse(input: &str) -> Result<Self, CurrencyError> {
        let code = input.trim().to_ascii_uppercase();
        if code.is_empty() {
            return Err(CurrencyError::Empty);
        }
        let currency =
            iso_currency::Currency::from_code(&code).ok_or_else(|| CurrencyError::Unknown(input.trim().to_string()))?;
        match currency.flags().first() {
            Some(Flag::Fund | Flag::Special) => return Err(CurrencyError::NotForInvoices(code)),
            Some(Flag::Superseded(by)) => return Err(CurrencyError::Superseded(code, by.code().to_string())),
            None => {}
        }
        if currency.exponent().is_none() {
            return Err(CurrencyError::NotForInvoices(code));
        }
        Ok(Self(currency))
    }

    pub fn code(&self) -> &'static str {
        self.0.code()
    }

    pub fn name(&self) -> &str {
        self.0.name()
    }

    /// Number of decimal places of the currency's minor unit (2 for EUR, 0 for JPY and ISK).
    pub fn minor_units(&self) -> u32 {
        u32::from(self.0.exponent().unwrap_or(0))
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Currency {
    type Err = CurrencyError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl Serialize for Currency {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AmountError {
    #[error("enter an amount")]
    Empty,
    #[error("write the amount as digits with a decimal point, e.g. 1200.50")]
    NotANumber,
    #[error("the amount must be greater than zero")]
    NotPositive,
    #[error("{currency} has {places} decimal places; {input} is more precise than that")]
    TooPrecise { currency: Currency, places: u32, input: String },
    #[error("the amount is larger than the platform accepts")]
    TooLarge,
}

/// An exact amount of money, never finer than its currency's minor unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Money {
    amount: Decimal,
    currency: Currency,
}

impl Money {
    /// Parses a decimal string as written by people and by the JSON contracts:
    /// digits with an optional decimal point; no sign, exponent or separators.
    /// Zero is allowed here; callers that need a positive amount use [`Money::parse_positive`].
    pub fn parse(input: &str, currency: Currency) -> Result<Self, AmountError> {
        let text = input.trim();
        if text.is_empty() {
            return Err(AmountError::Empty);
        }
        if let Some(rest) = text.strip_prefix('-') {
            return if Self::well_formed(rest) { Err(AmountError::NotPositive) } else { Err(AmountError::NotANumber) };
        }
        if !Self::well_formed(text) {
            return Err(AmountError::NotANumber);
        }
        let amount = Decimal::from_str(text).map_err(|_| AmountError::TooLarge)?;
        if amount > Decimal::from(MAX_MAJOR_UNITS) {
            return Err(AmountError::TooLarge);
        }
        let amount = amount.normalize();
        let places = currency.minor_units();
        if amount.scale() > places {
            return Err(AmountError::TooPrecise { currency, places, input: text.to_string() });
        }
        Ok(Self::new(amount, currency))
    }

    pub fn parse_positive(input: &str, currency: Currency) -> Result<Self, AmountError> {
        let money = Self::parse(input, currency)?;
        if money.amount.is_zero() {
            return Err(AmountError::NotPositive);
        }
        Ok(money)
    }

    fn well_formed(text: &str) -> bool {
        let mut parts = text.splitn(2, '.');
        let whole = parts.next().unwrap_or("");
        let frac = parts.next();
        !whole.is_empty()
            && whole.bytes().all(|b| b.is_ascii_digit())
            && frac.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()))
    }

    /// Builds an amount, rounding half away from zero to the currency's minor unit.
    /// This is the one place where rounding happens.
    pub fn new(amount: Decimal, currency: Currency) -> Self {
        let mut amount =
            amount.round_dp_with_strategy(currency.minor_units(), rust_decimal::RoundingStrategy::MidpointAwayFromZero);
        amount.rescale(currency.minor_units());
        Self { amount, currency }
    }

    pub fn zero(currency: Currency) -> Self {
        Self::new(Decimal::ZERO, currency)
    }

    pub fn from_minor(minor: i64, currency: Currency) -> Self {
        Self::new(Decimal::new(minor, currency.minor_units()), currency)
    }

    pub fn minor(&self) -> i64 {
        self.amount.mantissa() as i64
    }

    pub fn amount(&self) -> Decimal {
        self.amount
    }

    pub fn currency(&self) -> Currency {
        self.currency
    }

    pub fn is_zero(&self) -> bool {
        self.amount.is_zero()
    }

    /// Sum of two amounts in the same currency; `None` when the currencies differ.
    pub fn checked_add(&self, other: &Money) -> Option<Money> {
        (self.currency == other.currency).then(|| Money::new(self.amount + other.amount, self.currency))
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.amount, self.currency)
    }
}

/// A decimal as `Decimal`'s `Display` writes it (`1200.00`, `0.05`, `-3`, `7.5`), in a
/// buffer on the stack: amounts are written without a `String` each.
#[derive(Debug, Clone, Copy)]
pub struct DecimalText {
    bytes: [u8; 40],
    start: usize,
}

impl DecimalText {
    /// The digits of `d`'s mantissa with the point `d.scale()` digits from the right, a
    /// leading `0` before a point with nothing else before it, and `-` when the sign is.
    pub fn new(d: Decimal) -> Self {
        let mut bytes = [0u8; 40];
        let mut start = bytes.len();
        let scale = d.scale() as usize;
        let mut mantissa = d.mantissa().unsigned_abs();
        let mut written = 0;
        loop {
            if scale > 0 && written == scale {
                start -= 1;
                bytes[start] = b'.';
            }
            // money fits in 64 bits, where dividing by ten is cheap
            let digit = match u64::try_from(mantissa) {
                Ok(small) => (small % 10) as u8,
                Err(_) => (mantissa % 10) as u8,
            };
            mantissa /= 10;
            start -= 1;
            bytes[start] = b'0' + digit;
            written += 1;
            if mantissa == 0 && written > scale {
                break;
            }
        }
        if d.is_sign_negative() {
            start -= 1;
            bytes[start] = b'-';
        }
        Self { bytes, start }
    }

    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes[self.start..]
    }

    pub fn as_str(&self) -> &str {
        // only ASCII digits, `.` and `-` are written
        std::str::from_utf8(self.as_bytes()).unwrap_or_default()
    }
}

/// The wire form of the contracts: `{"amount": "1234.50", "currency": "EUR"}`.
impl Serialize for Money {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut st = s.serialize_struct("Money", 2)?;
        st.serialize_field("amount", DecimalText::new(self.amount).as_str())?;
        st.serialize_field("currency", self.currency.code())?;
        st.end()
    }
}

impl crate::domain::validation::Explain for CurrencyError {
    fn msg(&self) -> crate::domain::validation::Msg {
        use crate::domain::validation::Msg;
        match self {
            CurrencyError::Empty => Msg::new("errors-currency-empty"),
            CurrencyError::Unknown(text) => Msg::new("errors-currency-unknown").arg("value", text),
            CurrencyError::NotForInvoices(code) => Msg::new("errors-currency-not-for-invoices").arg("code", code),
            CurrencyError::Superseded(code, by) => {
                Msg::new("errors-currency-superseded").arg("code", code).arg("by", by)
            }
        }
    }
}

impl crate::domain::validation::Explain for AmountError {
    fn msg(&self) -> crate::domain::validation::Msg {
        use crate::domain::validation::Msg;
        match self {
            AmountError::Empty => Msg::new("errors-amount-empty"),
            AmountError::NotANumber => Msg::new("formats-amount-not-a-number"),
            AmountError::NotPositive => Msg::new("errors-amount-not-positive"),
            AmountError::TooPrecise { currency, places, .. } => {
                Msg::new("errors-amount-too-precise").arg("currency", currency).arg("places", places)
            }
            AmountError::TooLarge => Msg::new("errors-amount-too-large"),
        }
    }
}

/// `{"amount": "1234.50", "currency": "EUR"}` in the OpenAPI documents.
impl utoipa::PartialSchema for Money {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        use utoipa::openapi::schema::{ObjectBuilder, Type};
        ObjectBuilder::new()
            .description(Some(
                "An amount of money: the amount a decimal string with the currency's minor units, never a float.",
            ))
            .property(
                "amount",
                ObjectBuilder::new()
                    .schema_type(Type::String)
                    .pattern(Some(r"^-?[0-9]+(\.[0-9]+)?$"))
                    .examples([serde_json::json!("1200.00")]),
            )
            .required("amount")
            .property("currency", <Currency as utoipa::PartialSchema>::schema())
            .required("currency")
            .examples([serde_json::json!({"amount": "1200.00", "currency": "EUR"})])
            .into()
    }
}

impl utoipa::ToSchema for Money {
    fn name() -> std::borrow::Cow<'static, str> {
        "Money".into()
    }
}

/// An ISO 4217 code in the OpenAPI documents.
impl utoipa::PartialSchema for Currency {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        use utoipa::openapi::schema::{ObjectBuilder, Type};
        ObjectBuilder::new()
            .schema_type(Type::String)
            .description(Some("ISO 4217 currency code"))
            .pattern(Some("^[A-Z]{3}$"))
            .examples([serde_json::json!("EUR")])
            .into()
    }
}

impl utoipa::ToSchema for Currency {
    fn name() -> std::borrow::Cow<'static, str> {
        "Currency".into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn eur() -> Currency {
        Currency::parse("EUR").unwrap()
    }

    #[test]
    fn currencies_are_case_insensitive_and_checked() {
        assert_eq!(Currency::parse(" eur ").unwrap().code(), "EUR");
        assert_eq!(Currency::parse("XYZ"), Err(CurrencyError::Unknown("XYZ".into())));
        assert_eq!(Currency::parse(""), Err(CurrencyError::Empty));
        assert!(matches!(Currency::parse("XAU"), Err(CurrencyError::NotForInvoices(_))));
        assert!(matches!(Currency::parse("HRK"), Err(CurrencyError::Superseded(_, _))));
        assert_eq!(Currency::parse("JPY").unwrap().minor_units(), 0);
        assert_eq!(Currency::parse("ISK").unwrap().minor_units(), 0);
    }

    #[test]
    fn amounts_respect_minor_units() {
        assert_eq!(Money::parse("1200.5", eur()).unwrap().amount().to_string(), "1200.50");
        assert_eq!(Money::parse("1200", eur()).unwrap().minor(), 120_000);
        assert_eq!(Money::parse("10.00", Currency::parse("JPY").unwrap()).unwrap().minor(), 10);
        assert!(matches!(Money::parse("10.005", eur()), Err(AmountError::TooPrecise { .. })));
        assert!(matches!(Money::parse("10.5", Currency::parse("JPY").unwrap()), Err(AmountError::TooPrecise { .. })));
        // trailing zeros beyond the minor unit say nothing more precise
        assert_eq!(Money::parse("10.500", eur()).unwrap().minor(), 1050);
    }

    #[test]
    fn malformed_amounts_are_refused() {
        for bad in ["abc", "1,000.00", "1e3", "+5", ".5", "5.", "1 000", "NaN", "0x10"] {
            assert_eq!(Money::parse(bad, eur()), Err(AmountError::NotANumber), "{bad}");
        }
        assert_eq!(Money::parse("-5", eur()), Err(AmountError::NotPositive));
        assert_eq!(Money::parse_positive("0.00", eur()), Err(AmountError::NotPositive));
        assert_eq!(Money::parse("", eur()), Err(AmountError::Empty));
        assert_eq!(Money::parse("99999999999999999", eur()), Err(AmountError::TooLarge));
    }

    #[test]
    fn money_serialises_as_the_contract_says() {
        let m = Money::parse("1200", eur()).unwrap();
        assert_eq!(serde_json::to_string(&m).unwrap(), r#"{"amount":"1200.00","currency":"EUR"}"#);
        let isk = Money::parse("1500", Currency::parse("ISK").unwrap()).unwrap();
        assert_eq!(serde_json::to_string(&isk).unwrap(), r#"{"amount":"1500","currency":"ISK"}"#);
    }

    proptest::proptest! {
        #[test]
        fn decimals_are_written_as_display_writes_them(
            mantissa in proptest::prelude::any::<i128>(),
            scale in 0u32..=28,
            small in -10_000_000_000i64..10_000_000_000,
        ) {
            // every 96-bit mantissa, and the amounts money holds, at every scale
            for m in [mantissa % (1i128 << 96), i128::from(small)] {
                let d = Decimal::from_i128_with_scale(m, scale);
                let text = DecimalText::new(d);
                proptest::prop_assert_eq!(text.as_str(), d.to_string());
            }
        }
    }

    #[test]
    fn edge_decimals_are_written_as_display_writes_them() {
        let mut negative_zero = Decimal::new(0, 2);
        negative_zero.set_sign_negative(true);
        for d in [Decimal::ZERO, Decimal::new(0, 2), negative_zero, Decimal::MAX, Decimal::MIN, Decimal::new(5, 28)] {
            assert_eq!(DecimalText::new(d).as_str(), d.to_string());
        }
    }

    #[test]
    fn addition_needs_one_currency() {
        let a = Money::parse("1.10", eur()).unwrap();
        let b = Money::parse("2.20", eur()).unwrap();
        assert_eq!(a.checked_add(&b).unwrap().minor(), 330);
        let sek = Money::parse("1", Currency::parse("SEK").unwrap()).unwrap();
        assert!(a.checked_add(&sek).is_none());
    }
}
