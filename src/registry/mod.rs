//! The partner registry: one TOML file per partner in `partners/`, validated into domain types.
//! `partners/README.md` documents the format.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Deserialize;

use crate::domain::claim::parse_any_date as parse_date;
use crate::domain::country::{Country, Language};
use crate::domain::money::{Currency, Money};
use crate::domain::partner::{
    Acceptance, DEFAULT_SILENCE_AFTER_DAYS, FeeSchedule, FixedFee, Integration, Licence, Partner, PartnerApi,
    PartnerId, PartnerKind, Protocol,
};
use crate::domain::performance::Sla;
use crate::domain::rules::{Regime, Rules, RulesText};

/// A problem with one registry file, naming the field at fault.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct RegistryError {
    pub file: PathBuf,
    pub field: String,
    pub message: String,
}

impl fmt::Display for RegistryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.field.is_empty() {
            write!(f, "{}: {}", self.file.display(), self.message)
        } else {
            write!(f, "{}: {}: {}", self.file.display(), self.field, self.message)
        }
    }
}

/// Where the values of `{sandbox}` in `api.base_url` point: the sandbox partner service.
#[derive(Debug, Clone)]
pub struct LoadContext<'a> {
    pub rules: &'a Rules,
    pub today: NaiveDate,
    pub sandbox_url: &'a str,
    /// Whether a real partner's `api.base_url` may name a loopback, private or link-local
    /// address (a development setting; sandbox partners always may).
    pub allow_private_urls: bool,
}

#[derive(Debug, Clone, Default)]
pub struct Registry {
    partners: Vec<Partner>,
    index: HashMap<String, usize>,
}

impl Registry {
    pub fn new(partners: Vec<Partner>) -> Self {
        let index = partners.iter().enumerate().map(|(i, p)| (p.id.to_string(), i)).collect();
        Self { partners, index }
    }

    /// Loads and checks every `*.toml` file of `dir`; the first problem fails the whole load.
    pub fn load(dir: &Path, cx: &LoadContext<'_>) -> Result<Self, RegistryError> {
        let dir_error = |message: String| RegistryError { file: dir.to_path_buf(), field: String::new(), message };
        let entries = std::fs::read_dir(dir).map_err(|e| dir_error(format!("cannot read the registry folder: {e}")))?;
        let mut files: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect();
        files.sort();
        if files.is_empty() {
            return Err(dir_error("no partner files (*.toml) found".into()));
        }
        Self::load_files(files, cx)
    }

    /// Loads and checks these partner files, in this order; an id given twice (by files of
    /// the same name in different folders) is refused at its second file.
    pub fn load_files(files: Vec<PathBuf>, cx: &LoadContext<'_>) -> Result<Self, RegistryError> {
        let mut partners = Vec::with_capacity(files.len());
        let mut seen: HashMap<PartnerId, PathBuf> = HashMap::new();
        for file in files {
            let text = std::fs::read_to_string(&file).map_err(|e| RegistryError {
                file: file.clone(),
                field: String::new(),
                message: format!("cannot read: {e}"),
            })?;
            let partner = parse_partner(&file, &text, cx)?;
            if let Some(other) = seen.insert(partner.id.clone(), file.clone()) {
                return Err(RegistryError {
                    file,
                    field: "id".into(),
                    message: format!("\"{}\" is already the id of {}", partner.id, other.display()),
                });
            }
            partners.push(partner);
        }
        Ok(Self::new(partners))
    }

    pub fn all(&self) -> &[Partner] {
        &self.partners
    }

    pub fn get(&self, id: &str) -> Option<&Partner> {
        self.index.get(id).map(|&i| &self.partners[i])
    }

    /// Partners per covered country, countries in code order.
    pub fn by_country(&self) -> BTreeMap<&'static str, Vec<&Partner>> {
        let mut map: BTreeMap<&'static str, Vec<&Partner>> = BTreeMap::new();
        for p in &self.partners {
            for c in &p.countries {
                map.entry(c.code()).or_default().push(p);
            }
        }
        map
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPartner {
    id: String,
    name: String,
    kind: String,
    #[serde(default)]
    sandbox: bool,
    b2b: bool,
    countries: Vec<String>,
    languages: Vec<String>,
    #[serde(default = "default_priority")]
    priority: u32,
    #[serde(default)]
    licences: Vec<RawLicence>,
    accepts: RawAccepts,
    /// `"api"` (the default), `"portal"`, or `["api", "portal"]`.
    integration: Option<RawIntegration>,
    api: Option<RawApi>,
    fees: RawFees,
    sla: Option<RawSla>,
}

/// `[sla]`: what the partner undertakes; each key defaults to the platform's value.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSla {
    accept_within_business_days: Option<u32>,
    first_contact_within_business_days: Option<u32>,
    update_every_days: Option<u32>,
}

#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum RawIntegration {
    One(String),
    Several(Vec<String>),
}

fn default_priority() -> u32 {
    100
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLicence {
    country: String,
    authority: String,
    number: String,
    valid_from: String,
    valid_until: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAccepts {
    currencies: Vec<String>,
    min_principal: String,
    max_principal: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawApi {
    base_url: String,
    token_env: String,
    outbound_secret_env: String,
    inbound_secret_env: String,
    /// "1" (the default) or "1.1".
    protocol: Option<String>,
    /// Days without a word from the partner on an open case before the platform asks it.
    silence_after_days: Option<u32>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFees {
    currency: Option<String>,
    commission_percent: String,
    minimum_fee: String,
    #[serde(default)]
    fixed: Vec<RawFixedFee>,
    legal_phase_estimate: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFixedFee {
    label: String,
    amount: String,
}

/// Parses and checks one registry file.
pub fn parse_partner(file: &Path, text: &str, cx: &LoadContext<'_>) -> Result<Partner, RegistryError> {
    let fail = |field: &str, message: String| RegistryError { file: file.to_path_buf(), field: field.into(), message };
    let raw: RawPartner = toml::from_str(text).map_err(|e| {
        let message = e.message().to_string();
        let line = e.span().map(|s| text[..s.start].lines().count().max(1));
        fail(
            "",
            match line {
                Some(line) => format!("line {line}: {message}"),
                None => message,
            },
        )
    })?;

    let id = PartnerId::parse(&raw.id).map_err(|e| fail("id", e))?;
    let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
    if id.as_str() != stem {
        return Err(fail("id", format!("\"{id}\" must match the file name ({stem}.toml)")));
    }
    if raw.name.trim().is_empty() {
        return Err(fail("name", "must not be empty".into()));
    }
    let kind = match raw.kind.as_str() {
        "collection_agency" => PartnerKind::CollectionAgency,
        "law_firm" => PartnerKind::LawFirm,
        other => return Err(fail("kind", format!("\"{other}\" is not collection_agency or law_firm"))),
    };

    if raw.countries.is_empty() {
        return Err(fail("countries", "list at least one country".into()));
    }
    let mut countries = Vec::new();
    for (i, code) in raw.countries.iter().enumerate() {
        let field = format!("countries[{i}]");
        if code.trim() != code.to_ascii_uppercase() {
            return Err(fail(&field, format!("\"{code}\" must be written in capitals")));
        }
        let country = Country::parse(code).map_err(|e| fail(&field, e.to_string()))?;
        if countries.contains(&country) {
            return Err(fail(&field, format!("{country} is listed twice")));
        }
        let Some(rule) = cx.rules.country(country) else {
            return Err(fail(&field, format!("{country} has no row in country-rules.csv, so its law is unknown")));
        };
        if rule.regime == Regime::LawyersOnly && kind != PartnerKind::LawFirm {
            return Err(fail(
                &field,
                format!("{country} reserves debt collection for others to lawyers; only a law firm may cover it"),
            ));
        }
        countries.push(country);
    }

    let mut languages = Vec::new();
    for (i, code) in raw.languages.iter().enumerate() {
        languages.push(Language::parse(code).map_err(|e| fail(&format!("languages[{i}]"), e.to_string()))?);
    }

    let mut licences: Vec<Licence> = Vec::new();
    for (i, raw_licence) in raw.licences.iter().enumerate() {
        let field = |name: &str| format!("licences[{i}].{name}");
        let country = Country::parse(&raw_licence.country).map_err(|e| fail(&field("country"), e.to_string()))?;
        if !countries.contains(&country) {
            return Err(fail(&field("country"), format!("{country} is not among the partner's countries")));
        }
        if licences.iter().any(|l| l.country == country) {
            return Err(fail(&field("country"), format!("a second licence for {country}")));
        }
        for (name, value) in [("authority", &raw_licence.authority), ("number", &raw_licence.number)] {
            if value.trim().is_empty() {
                return Err(fail(&field(name), "must not be empty".into()));
            }
        }
        let valid_from = parse_date(&raw_licence.valid_from).map_err(|e| fail(&field("valid_from"), e))?;
        let valid_until = raw_licence
            .valid_until
            .as_deref()
            .map(parse_date)
            .transpose()
            .map_err(|e| fail(&field("valid_until"), e))?;
        if let Some(until) = valid_until {
            if until < valid_from {
                return Err(fail(&field("valid_until"), format!("{until} is before valid_from {valid_from}")));
            }
            if until < cx.today {
                return Err(fail(&field("valid_until"), format!("the licence expired on {until}")));
            }
        }
        licences.push(Licence {
            country,
            authority: raw_licence.authority.trim().to_string(),
            number: raw_licence.number.trim().to_string(),
            valid_from,
            valid_until,
        });
    }
    if let Some(unlicensed) = countries.iter().find(|c| !licences.iter().any(|l| l.country == **c)) {
        return Err(fail("licences", format!("no licence for {unlicensed}; every covered country needs one")));
    }

    let fees = parse_fees(&raw.fees, kind).map_err(|(field, message)| fail(&field, message))?;
    let accepts = parse_accepts(&raw.accepts, fees.currency).map_err(|(field, message)| fail(&field, message))?;
    let integration = match &raw.integration {
        None => Ok(Integration::API),
        Some(RawIntegration::One(mode)) => Integration::mode(mode),
        Some(RawIntegration::Several(modes)) => Integration::modes(modes),
    }
    .map_err(|e| fail("integration", e))?;
    let sla = parse_sla(raw.sla.as_ref()).map_err(|(field, message)| fail(&field, message))?;
    let api = match (&raw.api, integration.api) {
        (Some(api), _) => Some(parse_api(api, cx.sandbox_url).map_err(|(field, message)| fail(&field, message))?),
        (None, true) => {
            return Err(fail(
                "api",
                "missing: a partner integrating through the API (integration \"api\", the default) needs an [api] section"
                    .into(),
            ));
        }
        (None, false) => None,
    };
    // A sandbox partner may live on this machine, but only at the sandbox service's address.
    if let Some(api) = &api {
        check_address(api, raw.sandbox, cx).map_err(|e| fail("api.base_url", e))?;
    }

    Ok(Partner {
        id,
        name: raw.name.trim().to_string(),
        kind,
        sandbox: raw.sandbox,
        b2b: raw.b2b,
        countries,
        languages,
        priority: raw.priority,
        licences,
        accepts,
        integration,
        api,
        fees,
        sla,
    })
}

fn parse_sla(raw: Option<&RawSla>) -> FieldResult<Sla> {
    let defaults = Sla::default();
    let Some(raw) = raw else { return Ok(defaults) };
    let check = |field: &str, value: Option<u32>, default: u32, range: std::ops::RangeInclusive<u32>| {
        let value = value.unwrap_or(default);
        if range.contains(&value) {
            Ok(value)
        } else {
            Err((format!("sla.{field}"), format!("give a number of days from {} to {}", range.start(), range.end())))
        }
    };
    Ok(Sla {
        accept_within_business_days: check(
            "accept_within_business_days",
            raw.accept_within_business_days,
            defaults.accept_within_business_days,
            0..=30,
        )?,
        first_contact_within_business_days: check(
            "first_contact_within_business_days",
            raw.first_contact_within_business_days,
            defaults.first_contact_within_business_days,
            0..=60,
        )?,
        update_every_days: check("update_every_days", raw.update_every_days, defaults.update_every_days, 1..=365)?,
    })
}

/// A real partner's server must be at a public address; a sandbox partner may live on this
/// machine, but only at the sandbox service's address.
fn check_address(api: &PartnerApi, sandbox: bool, cx: &LoadContext<'_>) -> Result<(), String> {
    let at_sandbox = sandbox && api.base_url.as_str().starts_with(cx.sandbox_url.trim_end_matches('/'));
    if !at_sandbox && !cx.allow_private_urls {
        if let Some(why) = crate::security::net::private_host(&api.base_url) {
            return Err(format!(
                "{why}: a real partner must be reached at a public address (ALLOW_PRIVATE_PARTNER_URLS=true allows it in development)"
            ));
        }
    }
    Ok(())
}

type FieldResult<T> = Result<T, (String, String)>;

fn money(field: &str, text: &str, currency: Currency) -> FieldResult<Money> {
    Money::parse(text, currency).map_err(|e| (field.to_string(), e.to_string()))
}

fn parse_fees(raw: &RawFees, kind: PartnerKind) -> FieldResult<FeeSchedule> {
    let code = raw
        .currency
        .as_deref()
        .ok_or_else(|| ("fees.currency".to_string(), "missing: every fee schedule names its currency".to_string()))?;
    let currency = Currency::from_str(code).map_err(|e| ("fees.currency".to_string(), e.to_string()))?;
    let commission_percent = Decimal::from_str(raw.commission_percent.trim())
        .ok()
        .filter(|p| *p >= Decimal::ZERO && *p <= Decimal::ONE_HUNDRED)
        .ok_or_else(|| {
            (
                "fees.commission_percent".to_string(),
                format!("\"{}\" is not a percentage from 0 to 100", raw.commission_percent),
            )
        })?;
    let minimum_fee = money("fees.minimum_fee", &raw.minimum_fee, currency)?;
    let fixed = raw
        .fixed
        .iter()
        .enumerate()
        .map(|(i, f)| {
            if f.label.trim().is_empty() {
                return Err((format!("fees.fixed[{i}].label"), "must not be empty".to_string()));
            }
            Ok(FixedFee {
                label: f.label.trim().to_string(),
                amount: money(&format!("fees.fixed[{i}].amount"), &f.amount, currency)?,
            })
        })
        .collect::<FieldResult<Vec<_>>>()?;
    let legal_phase_estimate =
        raw.legal_phase_estimate.as_deref().map(|t| money("fees.legal_phase_estimate", t, currency)).transpose()?;
    if kind == PartnerKind::LawFirm && legal_phase_estimate.is_none() {
        return Err((
            "fees.legal_phase_estimate".into(),
            "missing: a law firm states what the legal phase costs".into(),
        ));
    }
    Ok(FeeSchedule { currency, commission_percent, minimum_fee, fixed, legal_phase_estimate })
}

fn parse_accepts(raw: &RawAccepts, fee_currency: Currency) -> FieldResult<Acceptance> {
    if raw.currencies.is_empty() {
        return Err(("accepts.currencies".into(), "list at least one currency".into()));
    }
    let currencies = raw
        .currencies
        .iter()
        .enumerate()
        .map(|(i, c)| Currency::from_str(c).map_err(|e| (format!("accepts.currencies[{i}]"), e.to_string())))
        .collect::<FieldResult<Vec<_>>>()?;
    let min_principal = money("accepts.min_principal", &raw.min_principal, fee_currency)?;
    let max_principal =
        raw.max_principal.as_deref().map(|t| money("accepts.max_principal", t, fee_currency)).transpose()?;
    if let Some(max) = max_principal {
        if max.amount() < min_principal.amount() {
            return Err(("accepts.max_principal".into(), format!("{max} is below the minimum {min_principal}")));
        }
    }
    Ok(Acceptance { currencies, min_principal, max_principal })
}

fn parse_api(raw: &RawApi, sandbox_url: &str) -> FieldResult<PartnerApi> {
    let expanded = raw.base_url.replace("{sandbox}", sandbox_url.trim_end_matches('/'));
    let base_url = url::Url::parse(&expanded)
        .ok()
        .filter(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some())
        .ok_or_else(|| ("api.base_url".to_string(), format!("\"{}\" is not an http(s) URL", raw.base_url)))?;
    for (field, name) in [
        ("api.token_env", &raw.token_env),
        ("api.outbound_secret_env", &raw.outbound_secret_env),
        ("api.inbound_secret_env", &raw.inbound_secret_env),
    ] {
        let ok = name.chars().next().is_some_and(|c| c.is_ascii_uppercase())
            && name.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_');
        if !ok {
            return Err((
                field.to_string(),
                format!(
                    "\"{name}\" is not an environment variable name (A-Z, 0-9, _); secrets never go in the registry"
                ),
            ));
        }
    }
    let protocol = match raw.protocol.as_deref().map(str::trim) {
        None | Some("1") => Protocol::V1,
        Some("1.1") => Protocol::V1_1,
        Some(other) => {
            return Err((
                "api.protocol".to_string(),
                format!("\"{other}\" is not a protocol version: \"1\" or \"1.1\""),
            ));
        }
    };
    let silence_after_days = raw.silence_after_days.unwrap_or(DEFAULT_SILENCE_AFTER_DAYS);
    if !(1..=365).contains(&silence_after_days) {
        return Err(("api.silence_after_days".to_string(), "give a number of days from 1 to 365".to_string()));
    }
    Ok(PartnerApi {
        base_url,
        token_env: raw.token_env.clone(),
        outbound_secret_env: raw.outbound_secret_env.clone(),
        inbound_secret_env: raw.inbound_secret_env.clone(),
        protocol,
        silence_after_days,
    })
}

/// Reads the country rules, reference rates and exchange rates from `dir` (see `rules/README.md`).
pub fn load_rules(dir: &Path) -> anyhow::Result<Rules> {
    use anyhow::Context;
    let read = |name: &str| {
        let path = dir.join(name);
        std::fs::read_to_string(&path).with_context(|| format!("cannot read {}", path.display()))
    };
    let [country_rules, interest_rules, reference_rates, reminder_fees, limitation_periods, fx_rates] =
        RulesText::FILES.map(read);
    Rules::parse(RulesText {
        country_rules: &country_rules?,
        interest_rules: &interest_rules?,
        reference_rates: &reference_rates?,
        reminder_fees: &reminder_fees?,
        limitation_periods: &limitation_periods?,
        fx_rates: &fx_rates?,
    })
    .with_context(|| format!("invalid rules in {}", dir.display()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::country::EUROPE;
    use crate::domain::testing::rules;

    fn cx(rules: &Rules) -> LoadContext<'_> {
        LoadContext {
            rules,
            today: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap(),
            sandbox_url: "http://127.0.0.1:8080/sandbox",
            allow_private_urls: false,
        }
    }

    #[test]
    fn the_shipped_registry_covers_every_european_country() {
        let rules = rules();
        let registry = Registry::load(Path::new("partners"), &cx(&rules)).unwrap();
        let by_country = registry.by_country();
        for code in EUROPE {
            let partners = by_country.get(code).unwrap_or_else(|| panic!("{code} is not covered"));
            assert!(partners.iter().any(|p| p.kind == PartnerKind::LawFirm), "{code} has no law firm");
            let lawyers_only = rules.regime(Country::parse(code).unwrap()) == Some(Regime::LawyersOnly);
            assert_eq!(
                partners.iter().any(|p| p.kind == PartnerKind::CollectionAgency),
                !lawyers_only,
                "{code}: agencies where and only where the law allows them"
            );
            assert!(partners.iter().all(|p| p.sandbox));
        }
        let agency = registry.get("sandbox-agency-de").unwrap();
        assert_eq!(agency.api.as_ref().unwrap().base_url.as_str(), "http://127.0.0.1:8080/sandbox/sandbox-agency-de");
        assert_eq!(agency.integration, Integration::API);
        let portal = registry.get("sandbox-portal-at").unwrap();
        assert_eq!((portal.integration, portal.api.is_none()), (Integration::PORTAL, true));
    }

    /// The [api] part of [`VALID`], for files without it.
    const API_SECTION: &str = r#"[api]
base_url = "https://partner.example/api"
token_env = "T_TOKEN"
outbound_secret_env = "T_OUT"
inbound_secret_env = "T_IN"
"#;

    #[test]
    fn integration_says_how_the_partner_works_its_cases() {
        let p = check(VALID).unwrap();
        assert_eq!((p.integration, p.api.is_some()), (Integration::API, true));

        let portal_only = VALID.replace(API_SECTION, "").replace("b2b = true", "b2b = true\nintegration = \"portal\"");
        let p = check(&portal_only).unwrap();
        assert_eq!((p.integration, p.api.is_none()), (Integration::PORTAL, true));
        assert_eq!(p.protocol(), Protocol::V1_1, "the portal offers everything of protocol 1.1");

        let both = VALID.replace("b2b = true", "b2b = true\nintegration = [\"api\", \"portal\"]");
        assert_eq!(check(&both).unwrap().integration, Integration::BOTH);

        // an API partner without [api], an unknown way of working, the same one twice
        assert_eq!(field_of(&VALID.replace(API_SECTION, "")), "api");
        assert_eq!(field_of(&both.replace(API_SECTION, "")), "api");
        let err = check(&VALID.replace("b2b = true", "b2b = true\nintegration = \"email\"")).unwrap_err();
        assert_eq!(err.field, "integration");
        assert!(err.message.contains("\"email\""), "{err}");
        let twice = VALID.replace("b2b = true", "b2b = true\nintegration = [\"portal\", \"portal\"]");
        assert_eq!(field_of(&twice), "integration");
        assert_eq!(field_of(&VALID.replace("b2b = true", "b2b = true\nintegration = []")), "integration");
    }

    const VALID: &str = r#"
id = "test-agency"
name = "Test Agency"
kind = "collection_agency"
b2b = true
countries = ["DE"]
languages = ["de"]
[[licences]]
country = "DE"
authority = "Bundesamt für Justiz"
number = "1"
valid_from = "2024-01-01"
valid_until = "2030-12-31"
[accepts]
currencies = ["EUR"]
min_principal = "100.00"
[api]
base_url = "https://partner.example/api"
token_env = "T_TOKEN"
outbound_secret_env = "T_OUT"
inbound_secret_env = "T_IN"
[fees]
currency = "EUR"
commission_percent = "9"
minimum_fee = "40.00"
"#;

    fn check(text: &str) -> Result<Partner, RegistryError> {
        let rules = rules();
        parse_partner(Path::new("partners/test-agency.toml"), text, &cx(&rules))
    }

    fn field_of(text: &str) -> String {
        let err = check(text).expect_err("should be refused");
        assert!(err.to_string().starts_with("partners/test-agency.toml"), "{err}");
        err.field
    }

    #[test]
    fn a_valid_file_loads() {
        let p = check(VALID).unwrap();
        assert_eq!(p.priority, 100);
        assert_eq!(p.fees.minimum_fee.to_string(), "40.00 EUR");
        assert_eq!(p.sla, Sla::default(), "no [sla]: the platform's defaults");
    }

    #[test]
    fn an_sla_table_is_read_and_checked() {
        let with = |table: &str| format!("{VALID}[sla]\n{table}\n");
        let p = check(&with("accept_within_business_days = 2\nupdate_every_days = 7")).unwrap();
        assert_eq!(
            p.sla,
            Sla { accept_within_business_days: 2, first_contact_within_business_days: 3, update_every_days: 7 }
        );
        assert_eq!(field_of(&with("update_every_days = 0")), "sla.update_every_days");
        assert_eq!(
            field_of(&with("first_contact_within_business_days = 90")),
            "sla.first_contact_within_business_days"
        );
        assert!(check(&with("respond_within_days = 1")).unwrap_err().message.contains("respond_within_days"));
    }

    #[test]
    fn each_mistake_names_its_field() {
        assert_eq!(field_of(&VALID.replace(r#"countries = ["DE"]"#, r#"countries = ["XX"]"#)), "countries[0]");
        assert_eq!(field_of(&VALID.replace(r#"country = "DE""#, r#"country = "AT""#)), "licences[0].country");
        assert_eq!(field_of(&VALID.replace("2030-12-31", "2025-12-31")), "licences[0].valid_until");
        assert_eq!(field_of(&VALID.replace("currency = \"EUR\"\n", "")), "fees.currency");
        assert_eq!(field_of(&VALID.replace("https://partner.example/api", "not a url")), "api.base_url");
        assert_eq!(field_of(&VALID.replace("T_TOKEN", "whsec_abc")), "api.token_env");
        assert_eq!(field_of(&VALID.replace(r#"id = "test-agency""#, r#"id = "other""#)), "id");
        assert_eq!(
            field_of(&VALID.replace(r#"minimum_fee = "40.00""#, r#"minimum_fee = "40.001""#)),
            "fees.minimum_fee"
        );
        assert_eq!(
            field_of(&VALID.replace(r#"currencies = ["EUR"]"#, r#"currencies = ["EURO"]"#)),
            "accepts.currencies[0]"
        );
        // a real partner at an address of the platform's own network is refused, unless allowed
        for private in
            ["http://127.0.0.1:9000/api", "http://localhost/api", "http://169.254.169.254/latest", "http://[::1]/"]
        {
            let text = VALID.replace("https://partner.example/api", private);
            assert_eq!(field_of(&text), "api.base_url", "{private}");
            assert!(check(&text).unwrap_err().message.contains("public"), "{private}");
            let rules = rules();
            let allowed = LoadContext { allow_private_urls: true, ..cx(&rules) };
            assert!(parse_partner(Path::new("partners/test-agency.toml"), &text, &allowed).is_ok(), "{private}");
        }
        let cyprus = VALID.replace(r#""DE""#, r#""CY""#);
        assert_eq!(field_of(&cyprus), "countries[0]");
        assert!(check(&cyprus).unwrap_err().message.contains("lawyers"));
        // unknown keys and syntax errors are reported with the line
        let err = check(&VALID.replace("b2b = true", "b2b = true\nb2c = true")).unwrap_err();
        assert!(err.message.contains("b2c"), "{err}");
        assert!(err.message.starts_with("line "), "{err}");
    }

    #[test]
    fn a_folder_loads_toml_files_only_and_a_copy_under_another_name_breaks_the_file_name_rule() {
        let dir = std::env::temp_dir().join(format!("registry-copy-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("test-agency.toml"), VALID).unwrap();
        std::fs::write(dir.join("README.md"), "not a partner").unwrap();
        let rules = rules();
        assert_eq!(Registry::load(&dir, &cx(&rules)).unwrap().all().len(), 1);
        // the id is the file name, so a copy under another name is caught by that rule
        std::fs::write(dir.join("copy.toml"), VALID).unwrap();
        let err = Registry::load(&dir, &cx(&rules)).unwrap_err();
        assert_eq!((err.field.as_str(), err.file.file_name().unwrap().to_str().unwrap()), ("id", "copy.toml"));
        assert!(err.message.contains("must match the file name (copy.toml)"), "{err}");
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(Registry::load(&dir, &cx(&rules)).is_err());
    }

    #[test]
    fn the_same_id_in_two_files_is_refused_naming_both() {
        // two files of the same name, each valid, in two folders
        let base = std::env::temp_dir().join(format!("registry-dup-{}", std::process::id()));
        let (first, second) = (base.join("a/test-agency.toml"), base.join("b/test-agency.toml"));
        for file in [&first, &second] {
            std::fs::create_dir_all(file.parent().unwrap()).unwrap();
            std::fs::write(file, VALID).unwrap();
        }
        let rules = rules();
        assert_eq!(Registry::load_files(vec![first.clone()], &cx(&rules)).unwrap().all().len(), 1);
        let err = Registry::load_files(vec![first.clone(), second.clone()], &cx(&rules)).unwrap_err();
        assert_eq!((err.file.as_path(), err.field.as_str()), (second.as_path(), "id"));
        assert_eq!(err.message, format!("\"test-agency\" is already the id of {}", first.display()));
        std::fs::remove_dir_all(&base).unwrap();
    }
}
