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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, utoipa::ToSchema)]
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

/// How a partner works its cases: through its own server speaking the partner protocol
/// (`api`), in the platform's partner portal (`portal`), or both.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Integration {
    pub api: bool,
    pub portal: bool,
}

impl Integration {
    pub const API: Integration = Integration { api: true, portal: false };
    pub const PORTAL: Integration = Integration { api: false, portal: true };
    pub const BOTH: Integration = Integration { api: true, portal: true };

    /// Reads one mode: `api` or `portal`.
    pub fn mode(text: &str) -> Result<Integration, String> {
        match text.trim() {
            "api" => Ok(Self::API),
            "portal" => Ok(Self::PORTAL),
            other => Err(format!("\"{other}\" is neither \"api\" nor \"portal\"")),
        }
    }

    /// Several modes together (`["api", "portal"]`); at least one, none twice.
    pub fn modes<S: AsRef<str>>(modes: &[S]) -> Result<Integration, String> {
        if modes.is_empty() {
            return Err("name at least one way of working: \"api\", \"portal\" or both".into());
        }
        let mut all = Integration { api: false, portal: false };
        for mode in modes {
            let one = Self::mode(mode.as_ref())?;
            if (one.api && all.api) || (one.portal && all.portal) {
                return Err(format!("\"{}\" is listed twice", mode.as_ref().trim()));
            }
            all = Integration { api: all.api || one.api, portal: all.portal || one.portal };
        }
        Ok(all)
    }

    pub fn label(&self) -> &'static str {
        match (self.api, self.portal) {
            (true, true) => "API and partner portal",
            (false, true) => "partner portal",
            _ => "API",
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
    /// How the partner works its cases.
    pub integration: Integration,
    /// Its server, when it integrates through the API (`integration.api`).
    pub api: Option<PartnerApi>,
    pub fees: FeeSchedule,
    /// What the partner undertakes (`[sla]`; the platform's defaults when absent).
    pub sla: super::performance::Sla,
}

impl Partner {
    pub fn licence_for(&self, country: Country) -> Option<&Licence> {
        self.licences.iter().find(|l| l.country == country)
    }

    pub fn covers(&self, country: Country) -> bool {
        self.countries.contains(&country)
    }

    /// The part of the partner protocol the partner can take part in: a partner working in
    /// the portal has everything of the latest version there.
    pub fn protocol(&self) -> Protocol {
        match &self.api {
            _ if self.integration.portal => Protocol::V1_1,
            Some(api) => api.protocol,
            None => Protocol::V1,
        }
    }

    /// Whether cases are sent to the partner's server.
    pub fn uses_api(&self) -> bool {
        self.integration.api && self.api.is_some()
    }

    /// Days without a word from the partner on an open case before the platform notices.
    pub fn silence_after_days(&self) -> u32 {
        self.api.as_ref().map_or(DEFAULT_SILENCE_AFTER_DAYS, |api| api.silence_after_days)
    }
}

#[cfg(test)]
mod tests {
    use super::Integration;

    #[test]
    fn integration_reads_one_mode_or_both() {
        assert_eq!(Integration::mode("api"), Ok(Integration::API));
        assert_eq!(Integration::mode("portal"), Ok(Integration::PORTAL));
        assert!(Integration::mode("email").unwrap_err().contains("\"email\""));
        assert_eq!(Integration::modes(&["api", "portal"]), Ok(Integration::BOTH));
        assert_eq!(Integration::modes(&["portal"]), Ok(Integration::PORTAL));
        assert!(Integration::modes::<&str>(&[]).is_err());
        assert!(Integration::modes(&["api", "api"]).unwrap_err().contains("twice"));
    }
}
