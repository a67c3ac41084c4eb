//! A payout bank account: an IBAN (checked by `iban_validate`: country, length, format and
//! check digits) and a BIC (ISO 9362: bank code, a real ISO 3166-1 country, location,
//! optional branch).

use std::fmt;

use iban::IbanLike;

use super::country::Country;

/// An IBAN, kept in its electronic form (no spaces, upper case).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Iban(iban::Iban);

/// Why an IBAN is refused; `key()` is the message that says so.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum IbanError {
    #[error("the IBAN's check digits or length do not match its country")]
    Invalid,
}

impl IbanError {
    pub fn key(self) -> &'static str {
        match self {
            IbanError::Invalid => "account-error-iban",
        }
    }
}

impl Iban {
    /// Accepts the printed form with spaces, in any case.
    pub fn parse(input: &str) -> Result<Self, IbanError> {
        let compact: String = input.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_uppercase();
        compact.parse::<iban::Iban>().map(Self).map_err(|_| IbanError::Invalid)
    }

    /// Without spaces: `DE89370400440532013000`.
    pub fn electronic(&self) -> &str {
        self.0.electronic_str()
    }

    /// The country the account is in.
    pub fn country_code(&self) -> &str {
        self.0.country_code()
    }
}

impl fmt::Display for Iban {
    /// In groups of four, as printed on paper.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// A BIC (SWIFT code) of 8 or 11 characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bic(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum BicError {
    #[error("a BIC has 8 or 11 letters and digits: bank (4 letters), country (2), location (2), branch (3, optional)")]
    Shape,
    #[error("the BIC's fifth and sixth letters are not a country code")]
    Country,
}

impl BicError {
    pub fn key(self) -> &'static str {
        match self {
            BicError::Shape => "account-error-bic-shape",
            BicError::Country => "account-error-bic-country",
        }
    }
}

impl Bic {
    pub fn parse(input: &str) -> Result<Self, BicError> {
        let text: String = input.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_uppercase();
        let bytes = text.as_bytes();
        let shaped = matches!(bytes.len(), 8 | 11)
            && bytes.iter().all(u8::is_ascii_alphanumeric)
            && bytes[..6].iter().all(u8::is_ascii_alphabetic);
        if !shaped {
            return Err(BicError::Shape);
        }
        Country::parse(&text[4..6]).map_err(|_| BicError::Country)?;
        Ok(Self(text))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The country of the bank.
    pub fn country_code(&self) -> &str {
        &self.0[4..6]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ibans_are_checked_by_their_check_digits() {
        let iban = Iban::parse("de89 3704 0044 0532 0130 00").unwrap();
        assert_eq!(iban.electronic(), "DE89370400440532013000");
        assert_eq!(iban.to_string(), "DE89 3704 0044 0532 0130 00");
        assert_eq!(iban.country_code(), "DE");
        assert!(Iban::parse("SE45 5000 0000 0583 9825 7466").is_ok());
        for bad in ["DE88370400440532013000", "DE8937040044053201300", "XX89370400440532013000", "", "not an iban"] {
            assert_eq!(Iban::parse(bad), Err(IbanError::Invalid), "{bad}");
        }
    }

    #[test]
    fn bics_have_a_shape_and_a_country() {
        assert_eq!(Bic::parse("deutdeff").unwrap().as_str(), "DEUTDEFF");
        assert_eq!(Bic::parse("ESSESESS XXX").unwrap().country_code(), "SE");
        assert_eq!(Bic::parse("DEUTDEF"), Err(BicError::Shape));
        assert_eq!(Bic::parse("DEUT1EFF"), Err(BicError::Shape));
        assert_eq!(Bic::parse("DEUTDEFF50"), Err(BicError::Shape));
        assert_eq!(Bic::parse("DEUTQQFF"), Err(BicError::Country));
    }
}
