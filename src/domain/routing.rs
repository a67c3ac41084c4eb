//! Choosing the partner for a claim. Pure: the registry, the rules and the claim in, a ranking out.
//!
//! A partner is **eligible** for a claim when all of these hold:
//! 1. it covers the debtor's country and holds a licence there valid on the claim's date;
//! 2. it works B2B;
//! 3. it offers the service: disputed claims (`legal`) go to law firms only; and where the
//!    country reserves collection to lawyers (`lawyers_only`), every claim goes to a law firm;
//! 4. it accepts the claim's currency, and the principal, converted into its fee currency at
//!    the rate of the claim's date, lies within its minimum and maximum.
//!
//! Eligible partners are **ranked** by, in order: the kind made for the service first
//! (agencies for collection); the registry's `priority` (lower first); the fee if the claim is
//! collected in full (lower first); the partner id. The first is chosen; the rest are the
//! alternatives shown to the creditor.
//!
//! The fee if collected is [`fee_if_collected`] of the quote module, the very figure a quote
//! shows as `cost.if_collected`: the commission (at least the minimum fee), the fixed fees,
//! and for a disputed claim the law firm's legal phase estimate, in the claim's currency.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::claim::Service;
use super::country::Country;
use super::money::Money;
use super::partner::{Partner, PartnerKind};
use super::quote::fee_if_collected;
use super::rules::{Regime, Rules};

#[derive(Debug, Clone, Copy)]
pub struct RoutingRequest {
    pub country: Country,
    pub service: Service,
    pub principal: Money,
    pub date: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NoCoverage {
    #[error("No licensed partner covers {name} ({code}) yet, so a claim against a debtor there cannot be taken")]
    Country { code: &'static str, name: &'static str },
    #[error("No licensed law firm covers {name} ({code}); {reason}")]
    LawFirm { code: &'static str, name: &'static str, reason: &'static str },
    #[error("No licensed partner in {name} ({code}) takes a claim of {principal}")]
    Terms { code: &'static str, name: &'static str, principal: String },
}

/// The eligible partners for `request`, best first; never empty when `Ok`.
pub fn route<'p>(
    partners: &'p [Partner],
    rules: &Rules,
    request: &RoutingRequest,
) -> Result<Vec<&'p Partner>, NoCoverage> {
    let country = request.country;
    let (code, name) = (country.code(), country.name());
    let lawyers_only = rules.regime(country) == Some(Regime::LawyersOnly);
    let licensed: Vec<&Partner> =
        partners.iter().filter(|p| p.b2b && p.licence_for(country).is_some_and(|l| l.valid_on(request.date))).collect();
    if licensed.is_empty() {
        return Err(NoCoverage::Country { code, name });
    }
    let right_kind: Vec<&Partner> = licensed
        .into_iter()
        .filter(|p| p.kind.offers(request.service) && (!lawyers_only || p.kind == PartnerKind::LawFirm))
        .collect();
    if right_kind.is_empty() {
        let reason = if request.service == Service::Legal {
            "disputed claims need a lawyer"
        } else {
            "collection for others is reserved to lawyers there"
        };
        return Err(NoCoverage::LawFirm { code, name, reason });
    }
    let mut ranked: Vec<(&Partner, Decimal)> = right_kind
        .into_iter()
        .filter_map(|p| {
            accepts(p, rules, request).then(|| {
                fee_if_collected(&p.fees, request.principal, request.service, &rules.fx, request.date)
                    .map(|fee| (p, fee.amount()))
            })?
        })
        .collect();
    if ranked.is_empty() {
        return Err(NoCoverage::Terms { code, name, principal: request.principal.to_string() });
    }
    let preferred = match request.service {
        Service::Collection => PartnerKind::CollectionAgency,
        Service::Legal => PartnerKind::LawFirm,
    };
    ranked.sort_by(|(a, fee_a), (b, fee_b)| {
        (a.kind != preferred, a.priority, fee_a, &a.id).cmp(&(b.kind != preferred, b.priority, fee_b, &b.id))
    });
    Ok(ranked.into_iter().map(|(p, _)| p).collect())
}

fn accepts(partner: &Partner, rules: &Rules, request: &RoutingRequest) -> bool {
    let terms = &partner.accepts;
    if !terms.currencies.contains(&request.principal.currency()) {
        return false;
    }
    let Some(principal) = rules.fx.convert(request.principal, partner.fees.currency, request.date) else {
        return false;
    };
    principal.amount() >= terms.min_principal.amount()
        && terms.max_principal.is_none_or(|max| principal.amount() <= max.amount())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::money::Currency;
    use crate::domain::partner::*;
    use crate::domain::testing::{date, partner, rules};

    fn eur(amount: &str) -> Money {
        Money::parse(amount, Currency::parse("EUR").unwrap()).unwrap()
    }

    fn request(country: &str, service: Service, principal: Money) -> RoutingRequest {
        RoutingRequest { country: Country::parse(country).unwrap(), service, principal, date: date("2026-11-22") }
    }

    fn ids(result: Result<Vec<&Partner>, NoCoverage>) -> Vec<String> {
        result.unwrap().iter().map(|p| p.id.to_string()).collect()
    }

    #[test]
    fn agencies_collect_and_law_firms_take_disputes() {
        let partners = vec![
            partner("de-law", PartnerKind::LawFirm, &["DE"]),
            partner("de-agency", PartnerKind::CollectionAgency, &["DE"]),
        ];
        let rules = rules();
        assert_eq!(
            ids(route(&partners, &rules, &request("DE", Service::Collection, eur("1200")))),
            ["de-agency", "de-law"]
        );
        assert_eq!(ids(route(&partners, &rules, &request("DE", Service::Legal, eur("1200")))), ["de-law"]);
    }

    #[test]
    fn lawyers_only_countries_get_law_firms() {
        let partners = vec![
            partner("pt-agency", PartnerKind::CollectionAgency, &["PT"]),
            partner("pt-law", PartnerKind::LawFirm, &["PT"]),
        ];
        assert_eq!(ids(route(&partners, &rules(), &request("PT", Service::Collection, eur("1200")))), ["pt-law"]);
        let only_agency = vec![partner("pt-agency", PartnerKind::CollectionAgency, &["PT"])];
        assert!(matches!(
            route(&only_agency, &rules(), &request("PT", Service::Collection, eur("1200"))),
            Err(NoCoverage::LawFirm { .. })
        ));
    }

    #[test]
    fn no_partner_names_the_country() {
        let partners = vec![partner("de-agency", PartnerKind::CollectionAgency, &["DE"])];
        let err = route(&partners, &rules(), &request("US", Service::Collection, eur("1200"))).unwrap_err();
        assert_eq!(err, NoCoverage::Country { code: "US", name: "United States of America" });
        assert!(err.to_string().contains("(US)"));
        let err = route(&partners, &rules(), &request("DE", Service::Legal, eur("1200"))).unwrap_err();
        assert!(err.to_string().contains("disputed claims need a lawyer"), "{err}");
    }

    #[test]
    fn licence_dates_b2b_currency_and_limits_count() {
        let rules = rules();
        let mut expired = partner("de-old", PartnerKind::CollectionAgency, &["DE"]);
        expired.licences[0].valid_until = Some(date("2026-01-01"));
        let mut consumer_only = partner("de-b2c", PartnerKind::CollectionAgency, &["DE"]);
        consumer_only.b2b = false;
        assert!(matches!(
            route(&[expired, consumer_only], &rules, &request("DE", Service::Collection, eur("1200"))),
            Err(NoCoverage::Country { .. })
        ));

        let partners = vec![partner("de-agency", PartnerKind::CollectionAgency, &["DE"])];
        let small = request("DE", Service::Collection, eur("99.99"));
        assert!(matches!(route(&partners, &rules, &small), Err(NoCoverage::Terms { .. })));
        let huge = request("DE", Service::Collection, eur("1000000.01"));
        assert!(matches!(route(&partners, &rules, &huge), Err(NoCoverage::Terms { .. })));
        let nok = Money::parse("5000", Currency::parse("NOK").unwrap()).unwrap();
        assert!(matches!(
            route(&partners, &rules, &request("DE", Service::Collection, nok)),
            Err(NoCoverage::Terms { .. })
        ));
        // SEK is accepted and converted into EUR to check the limits: 1000 SEK is about 90 EUR.
        let sek = |a: &str| Money::parse(a, Currency::parse("SEK").unwrap()).unwrap();
        assert!(route(&partners, &rules, &request("DE", Service::Collection, sek("1000"))).is_err());
        assert!(route(&partners, &rules, &request("DE", Service::Collection, sek("2000"))).is_ok());
    }

    #[test]
    fn ties_go_by_priority_then_fee_then_id() {
        let rules = rules();
        let mut cheap = partner("b-cheap", PartnerKind::CollectionAgency, &["SE"]);
        cheap.fees.commission_percent = Decimal::new(8, 0);
        let dear = partner("a-dear", PartnerKind::CollectionAgency, &["SE"]);
        let twin = partner("c-twin", PartnerKind::CollectionAgency, &["SE"]);
        let partners = vec![dear.clone(), twin.clone(), cheap.clone()];
        let req = request("SE", Service::Collection, eur("10000"));
        assert_eq!(ids(route(&partners, &rules, &req)), ["b-cheap", "a-dear", "c-twin"]);
        // below the minimum fee both charge the same 50 EUR: the id decides
        let req_small = request("SE", Service::Collection, eur("200"));
        assert_eq!(ids(route(&partners, &rules, &req_small)), ["a-dear", "b-cheap", "c-twin"]);
        let mut preferred = twin;
        preferred.priority = 1;
        assert_eq!(ids(route(&[dear, cheap, preferred], &rules, &req))[0], "c-twin");
    }
}
