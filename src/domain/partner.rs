//! Partner agencies and law firms as the registry describes them.

use std::fmt;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;
use url::Url;

use super::claim::Service;
use super::country::{Country, Language};
use super::money::{Currency, Money};

/// A partner's id: lower-case letters, digits and dashes, as its registry file is named.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(transparent)]
pub struct PartnerId(String);

impl PartnerId {
    pub fn parse(input: &str) -> Result<Self, String> {
        let ok = (3..=64).contains(&input.len())
            && input.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !input.starts_with('-')
            && !input.ends_with('-');
        if ok { Ok(Self(input.to_string())) } else { Err(format!("\"{input}\" is not an id: 3-64 of a-z, 0-9 and -")) }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for PartnerId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PartnerKind {
    CollectionAgency,
    LawFirm,
}

impl PartnerKind {
    pub fn label(&self) -> &'static str {
        match self {
            Self::CollectionAgency => "Collection agency",
            Self::LawFirm => "Law firm",
        }
    }

    /// Agencies collect; law firms collect undisputed claims too, and alone take disputed ones.
    pub fn offers(&self, service: Service) -> bool {
        matches!((self, service), (_, Service::Collection) | (Self::LawFirm, Service::Legal))
    }

    /// The service a partner of this kind is chiefly for.
    pub fn primary_service(&self) -> Service {
        match self {
            Self::CollectionAgency => Service::Collection,
            Self::LawFirm => Service::Legal,
        }
    }
}

/// The authorisation under which a partner works in one country.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Licence {
    pub country: Country,
    pub authority: String,
    pub number: String,
    pub valid_from: NaiveDate,
    pub valid_until: Option<NaiveDate>,
}

impl Licence {
    pub fn valid_on(&self, date: NaiveDate) -> bool {
        self.valid_from <= date && self.valid_until.is_none_or(|until| date <= until)
    }
}

/// The claims a partner takes: currencies, and a principal range in its fee currency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Acceptance {
    pub currencies: Vec<Currency>,
    pub min_principal: Money,
    pub max_principal: Option<Money>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FixedFee {
    pub label: String,
    pub amount: Money,
}

/// What a partner charges the creditor, all in `currency`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeeSchedule {
    pub currency: Currency,
    /// Percent of what is collected (no cure, no pay).
    pub commission_percent: Decimal,
    /// The least commission charged when anything is collected.
    pub minimum_fee: Money,
    /// Charged whatever the outcome.
    pub fixed: Vec<FixedFee>,
    /// Law firms: the estimated cost of the legal phase (court fees, counsel), charged if it starts.
    pub legal_phase_estimate: Option<Money>,
}

/// How the platform reaches the partner, and where the secrets come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartnerApi {
    pub base_url: Url,
    /// Environment variable holding the bearer token sent with every request.
    pub token_env: String,
    /// Environment variable holding the `whsec_` secret the platform signs requests with.
    pub outbound_secret_env: String,
    /// Environment variable holding the `whsec_` secret(s) the partner signs events with.
    pub inbound_secret_env: String,
    /// The version of the partner protocol it speaks.
    pub protocol: Protocol,
    /// Days without a word from the partner on an open case before the platform asks it
    /// for the case's state (reconciliation).
    pub silence_after_days: u32,
}

/// The default of `api.silence_after_days`.
pub const DEFAULT_SILENCE_AFTER_DAYS: u32 = 14;

/// Versions of the partner protocol (`../shared/partner-protocol.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Protocol {
    /// Status events, hand-over, withdrawal and the case's state.
    V1,
    /// Adds messages, documents, payments, payouts and promises, both ways.
    V1_1,
}

impl Protocol {
    pub fn as_str(self) -> &'static str {
        match self {
            Protocol::V1 => "1",
            Protocol::V1_1 => "1.1",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Partner {
    pub id: PartnerId,
    pub name: String,
    pub kind: PartnerKind,
    /// Played by the bundled sandbox partner service, not a real company.
    pub sandbox: bool,
    pub b2b: bool,
    pub countries: Vec<Country>,
    pub languages: Vec<Language>,
    /// Lower is preferred when several partners are eligible.
    pub priority: u32,
    pub licences: Vec<Licence>,
    pub accepts: Acceptance,
    pub api: PartnerApi,
    pub fees: FeeSchedule,
}

impl Partner {
    pub fn licence_for(&self, country: Country) -> Option<&Licence> {
        self.licences.iter().find(|l| l.country == country)
    }

    pub fn covers(&self, country: Country) -> bool {
        self.countries.contains(&country)
    }
}
