//! Countries (ISO 3166-1 alpha-2) and languages (ISO 639-1).

use std::fmt;

use isocountry::CountryCode;
use serde::{Serialize, Serializer};

/// An ISO 3166-1 country, written and compared as its alpha-2 code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Country(CountryCode);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CountryError {
    #[error("enter the country's two-letter ISO code, e.g. DE")]
    Empty,
    #[error("\"{0}\" looks like a three-letter code; use the two-letter ISO 3166-1 code, e.g. {1}")]
    Alpha3(String, &'static str),
    #[error("\"{0}\" is not an ISO 3166-1 two-letter country code")]
    Unknown(String),
}

impl Country {
    /// Accepts the alpha-2 code in any case, with surrounding blanks.
    pub fn parse(input: &str) -> Result<Self, CountryError> {
        let text = input.trim();
        if text.is_empty() {
            return Err(CountryError::Empty);
        }
        if text.len() == 2 {
            return CountryCode::for_alpha2_caseless(text)
                .map(Self)
                .map_err(|_| CountryError::Unknown(text.to_string()));
        }
        if text.len() == 3 {
            if let Ok(code) = CountryCode::for_alpha3_caseless(text) {
                return Err(CountryError::Alpha3(text.to_string(), code.alpha2()));
            }
        }
        Err(CountryError::Unknown(text.to_string()))
    }

    pub fn code(&self) -> &'static str {
        self.0.alpha2()
    }

    pub fn name(&self) -> &'static str {
        match self.0 {
            // The ISO short names of these are long and formal; people use these.
            CountryCode::GBR => "United Kingdom",
            CountryCode::CZE => "Czechia",
            CountryCode::NLD => "Netherlands",
            other => other.name(),
        }
    }

    /// The language a debtor in this country is most likely to expect letters in.
    pub fn default_language(&self) -> Language {
        let code = match self.code() {
            "AT" | "DE" | "LI" | "CH" => "de",
            "BE" | "NL" => "nl",
            "FR" | "LU" | "MC" => "fr",
            "BG" => "bg",
            "HR" => "hr",
            "CY" | "GR" => "el",
            "CZ" => "cs",
            "DK" => "da",
            "EE" => "et",
            "FI" => "fi",
            "HU" => "hu",
            "IS" => "is",
            "IT" | "SM" | "VA" => "it",
            "LV" => "lv",
            "LT" => "lt",
            "MT" => "mt",
            "NO" => "no",
            "PL" => "pl",
            "PT" => "pt",
            "RO" => "ro",
            "SK" => "sk",
            "SI" => "sl",
            "ES" | "AD" => "es",
            "SE" => "sv",
            _ => "en",
        };
        Language::parse(code).expect("default languages are ISO 639-1 codes")
    }
}

impl fmt::Display for Country {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl Serialize for Country {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
    }
}

/// The countries the platform is built to serve: the EU 27, the EEA EFTA states,
/// Switzerland and the United Kingdom. The shipped registry covers each of them.
pub const EUROPE: [&str; 32] = [
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT",
    "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO", "CH", "GB",
];

/// ISO 639-1 two-letter language codes.
const ISO_639_1: &str = "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy \
da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io \
is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na \
nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss \
st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu";

/// An ISO 639-1 language code, lower case.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct Language(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("\"{0}\" is not an ISO 639-1 two-letter language code (e.g. de, fr, en)")]
pub struct LanguageError(pub String);

impl Language {
    pub fn parse(input: &str) -> Result<Self, LanguageError> {
        let code = input.trim().to_ascii_lowercase();
        if code.len() == 2 && ISO_639_1.split_ascii_whitespace().any(|c| c == code) {
            Ok(Self(code))
        } else {
            Err(LanguageError(input.trim().to_string()))
        }
    }

    pub fn code(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl crate::domain::validation::Explain for CountryError {
    fn msg(&self) -> crate::domain::validation::Msg {
        use crate::domain::validation::Msg;
        match self {
            CountryError::Empty => Msg::new("errors-country-empty"),
            CountryError::Alpha3(text, code) => Msg::new("errors-country-alpha3").arg("value", text).arg("code", code),
            CountryError::Unknown(text) => Msg::new("errors-country-unknown").arg("value", text),
        }
    }
}

impl crate::domain::validation::Explain for LanguageError {
    fn msg(&self) -> crate::domain::validation::Msg {
        crate::domain::validation::Msg::new("errors-language-unknown").arg("value", &self.0)
    }
}

/// An ISO 3166-1 alpha-2 code in the OpenAPI documents.
impl utoipa::PartialSchema for Country {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        use utoipa::openapi::schema::{ObjectBuilder, Type};
        ObjectBuilder::new()
            .schema_type(Type::String)
            .description(Some("ISO 3166-1 alpha-2 country code"))
            .pattern(Some("^[A-Z]{2}$"))
            .examples([serde_json::json!("DE")])
            .into()
    }
}

impl utoipa::ToSchema for Country {
    fn name() -> std::borrow::Cow<'static, str> {
        "Country".into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn country_codes_are_normalised() {
        assert_eq!(Country::parse("de").unwrap().code(), "DE");
        assert_eq!(Country::parse(" Se ").unwrap().code(), "SE");
        assert_eq!(Country::parse("DEU"), Err(CountryError::Alpha3("DEU".into(), "DE")));
        assert_eq!(Country::parse("XX"), Err(CountryError::Unknown("XX".into())));
        assert_eq!(Country::parse("Germany"), Err(CountryError::Unknown("Germany".into())));
        assert_eq!(Country::parse(""), Err(CountryError::Empty));
        // UK is not the ISO code of the United Kingdom
        assert!(Country::parse("UK").is_err());
    }

    #[test]
    fn every_european_country_parses_and_has_a_language() {
        for code in EUROPE {
            let c = Country::parse(code).unwrap();
            assert_eq!(c.code(), code);
            assert!(!c.default_language().code().is_empty());
        }
        assert_eq!(Country::parse("GB").unwrap().name(), "United Kingdom");
    }

    #[test]
    fn languages_are_iso_639_1() {
        assert_eq!(Language::parse("DE").unwrap().code(), "de");
        assert!(Language::parse("deu").is_err());
        assert!(Language::parse("xx").is_err());
        assert_eq!(ISO_639_1.split_ascii_whitespace().count(), 184);
    }
}
