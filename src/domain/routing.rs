//! Choosing the partner for a claim. Pure: the registry, the rules, the partners' measured
//! standings and the claim in, a ranking out. `docs/routing.md` states the rule for creditors.
//!
//! A partner is **eligible** for a claim when all of these hold:
//! 1. it covers the debtor's country and holds a licence there valid on the claim's date;
//! 2. it works B2B;
//! 3. it offers the service: disputed claims (`legal`) go to law firms only; and where the
//!    country reserves collection to lawyers (`lawyers_only`), every claim goes to a law firm;
//! 4. it accepts the claim's currency, and the principal, converted into its fee currency at
//!    the rate of the claim's date, lies within its minimum and maximum.
//!
//! Eligible partners are **ranked** by, in order:
//! 1. the kind made for the service first (agencies for collection, law firms for disputes);
//! 2. **value**, higher first: `score x (cheapest fee / this partner's fee)`, where `score` is
//!    the partner's performance score (0 to 100, [`Standing::score`]; a partner without
//!    measured history is a newcomer with
//!    [`NEWCOMER_SCORE`](super::performance::NEWCOMER_SCORE)) and the cheapest fee is the
//!    lowest fee among the eligible partners of the same kind. So with equal scores the
//!    cheaper partner wins, and a dearer partner wins only when its score is higher by more
//!    than its price is: at twice the cheapest fee it needs twice the score;
//! 3. the lower fee; 4. the registry's `priority` (lower first); 5. the partner id.
//!
//! The first is recommended ([`recommendation`] says why in plain words); the rest are the
//! alternatives shown to the creditor, in this order.
//!
//! The fee is [`fee_if_collected`] of the quote module, the very figure a quote shows as
//! `cost.if_collected`: the commission (at least the minimum fee), the fixed fees, and for a
//! disputed claim the law firm's legal phase estimate, in the claim's currency.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::claim::Service;
use super::country::Country;
use super::money::Money;
use super::partner::{Partner, PartnerKind};
use super::performance::{Standing, Standings};
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

impl crate::domain::validation::Explain for NoCoverage {
    fn msg(&self) -> crate::domain::validation::Msg {
        use crate::domain::validation::Msg;
        match self {
            NoCoverage::Country { code, .. } => {
                Msg::new("errors-no-partner").country("country", code).arg("code", code)
            }
            NoCoverage::LawFirm { code, reason, .. } => {
                let key = match *reason == LAWYER_FOR_DISPUTES {
                    true => "errors-no-law-firm-disputed",
                    false => "errors-no-law-firm-reserved",
                };
                Msg::new(key).country("country", code).arg("code", code)
            }
            NoCoverage::Terms { code, principal, .. } => Msg::new("errors-no-partner-terms")
                .country("country", code)
                .arg("code", code)
                .arg("principal", principal),
        }
    }
}

const LAWYER_FOR_DISPUTES: &str = "disputed claims need a lawyer";

/// One eligible partner as routing ranked it.
#[derive(Debug, Clone, PartialEq)]
pub struct Ranked<'p> {
    pub partner: &'p Partner,
    /// What it costs if the claim is collected in full, in the claim's currency.
    pub fee: Money,
    pub standing: Standing,
    /// Whether it is of the kind made for the service (ranked before the others).
    pub preferred_kind: bool,
    /// `score x cheapest fee of its kind / its fee`: higher is better.
    pub value: Decimal,
}

/// Why a given partner cannot take a claim, in words for the creditor.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Ineligible {
    #[error("there is no partner with this id")]
    Unknown,
    #[error("{partner} is not licensed in {country}")]
    NotLicensed { partner: String, country: &'static str },
    #[error("{partner} does not take business-to-business claims")]
    NotB2b { partner: String },
    #[error("{partner} does not take disputed claims: only a law firm does")]
    NoDisputes { partner: String },
    #[error("{partner} is not a law firm, and collection for others in {country} is reserved to lawyers")]
    LawyersOnly { partner: String, country: &'static str },
    #[error("{partner} does not take a claim of {principal}: the amount or currency is outside its terms")]
    Terms { partner: String, principal: String },
    #[error("{partner} declined this case before")]
    Declined { partner: String },
}

/// The eligible partners for `request`, best first; never empty when `Ok`.
pub fn route<'p>(
    partners: &'p [Partner],
    rules: &Rules,
    request: &RoutingRequest,
    standings: &Standings,
) -> Result<Vec<&'p Partner>, NoCoverage> {
    Ok(rank(partners, rules, request, standings)?.into_iter().map(|r| r.partner).collect())
}

/// The eligible partners for `request` with the figures they were ranked by, best first;
/// never empty when `Ok`.
pub fn rank<'p>(
    partners: &'p [Partner],
    rules: &Rules,
    request: &RoutingRequest,
    standings: &Standings,
) -> Result<Vec<Ranked<'p>>, NoCoverage> {
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
            LAWYER_FOR_DISPUTES
        } else {
            "collection for others is reserved to lawyers there"
        };
        return Err(NoCoverage::LawFirm { code, name, reason });
    }
    let preferred = preferred_kind(request.service);
    let mut ranked: Vec<Ranked<'p>> = right_kind
        .into_iter()
        .filter_map(|p| {
            accepts(p, rules, request).then(|| {
                fee_if_collected(&p.fees, request.principal, request.service, &rules.fx, request.date).map(|fee| {
                    Ranked {
                        partner: p,
                        fee,
                        standing: standings.of(p.id.as_str()),
                        preferred_kind: p.kind == preferred,
                        value: Decimal::ZERO,
                    }
                })
            })?
        })
        .collect();
    if ranked.is_empty() {
        return Err(NoCoverage::Terms { code, name, principal: request.principal.to_string() });
    }
    for kind_first in [true, false] {
        let cheapest =
            ranked.iter().filter(|r| r.preferred_kind == kind_first).map(|r| r.fee.amount()).min().unwrap_or_default();
        for r in ranked.iter_mut().filter(|r| r.preferred_kind == kind_first) {
            r.value = value(r.standing.score, cheapest, r.fee.amount());
        }
    }
    ranked.sort_by(|a, b| {
        (!a.preferred_kind, std::cmp::Reverse(a.value), a.fee.amount(), a.partner.priority, &a.partner.id).cmp(&(
            !b.preferred_kind,
            std::cmp::Reverse(b.value),
            b.fee.amount(),
            b.partner.priority,
            &b.partner.id,
        ))
    });
    Ok(ranked)
}

/// `score x cheapest / fee`; a free partner (fee zero) is worth its whole score.
fn value(score: u32, cheapest: Decimal, fee: Decimal) -> Decimal {
    let score = Decimal::from(score);
    if fee <= Decimal::ZERO { score } else { score * cheapest / fee }
}

fn preferred_kind(service: Service) -> PartnerKind {
    match service {
        Service::Collection => PartnerKind::CollectionAgency,
        Service::Legal => PartnerKind::LawFirm,
    }
}

/// Whether `partner` (`None`: no such id) can take the claim of `request`, and if not, why:
/// the same conditions [`rank`] applies, one partner at a time.
pub fn check(partner: Option<&Partner>, rules: &Rules, request: &RoutingRequest) -> Result<(), Ineligible> {
    let Some(p) = partner else { return Err(Ineligible::Unknown) };
    let country = request.country;
    let name = || p.name.clone();
    if !p.licence_for(country).is_some_and(|l| l.valid_on(request.date)) {
        return Err(Ineligible::NotLicensed { partner: name(), country: country.name() });
    }
    if !p.b2b {
        return Err(Ineligible::NotB2b { partner: name() });
    }
    if !p.kind.offers(request.service) {
        return Err(Ineligible::NoDisputes { partner: name() });
    }
    if rules.regime(country) == Some(Regime::LawyersOnly) && p.kind != PartnerKind::LawFirm {
        return Err(Ineligible::LawyersOnly { partner: name(), country: country.name() });
    }
    let priced = fee_if_collected(&p.fees, request.principal, request.service, &rules.fx, request.date).is_some();
    if !accepts(p, rules, request) || !priced {
        return Err(Ineligible::Terms { partner: name(), principal: request.principal.to_string() });
    }
    Ok(())
}

/// Why routing recommends the first of `ranked`, in plain words: "Recommended: the lowest
/// fee in Germany (new on the platform, ...)", "Recommended: best measured performance in
/// Germany (score 86 of 100, 94 % of SLA deadlines met); EUR 307.50 dearer than the cheapest".
pub fn recommendation(ranked: &[Ranked<'_>], country: Country) -> String {
    let Some(first) = ranked.first() else { return String::new() };
    let group: Vec<&Ranked> = ranked.iter().filter(|r| r.preferred_kind == first.preferred_kind).collect();
    let kind_plural = match first.partner.kind {
        PartnerKind::CollectionAgency => "collection agencies",
        PartnerKind::LawFirm => "law firms",
    };
    let place = if group.len() == ranked.len() {
        format!("in {}", country.name())
    } else {
        format!("among the {kind_plural} in {}", country.name())
    };
    let performance = performance_words(&first.standing);
    if ranked.len() == 1 {
        return format!("Recommended: the only partner in {} that takes this claim ({performance})", country.name());
    }
    if group.len() == 1 {
        let kind_first = if first.preferred_kind {
            format!("{kind_plural} come first for this kind of claim")
        } else {
            "no partner of the kind made for this claim takes it".to_string()
        };
        return format!(
            "Recommended: the only one of the {kind_plural} in {} that takes this claim, and {kind_first} ({performance})",
            country.name()
        );
    }
    let cheapest = group.iter().map(|r| r.fee.amount()).min().unwrap_or_default();
    let best_score = group.iter().map(|r| r.standing.score).max().unwrap_or_default();
    if first.fee.amount() <= cheapest {
        if first.standing.score >= best_score {
            format!("Recommended: the lowest fee {place} ({performance})")
        } else {
            format!(
                "Recommended: the lowest fee {place} ({performance}); the partners with a better score cost more than their score makes up for"
            )
        }
    } else {
        let dearer =
            format!("{} {} dearer than the cheapest", first.fee.currency().code(), first.fee.amount() - cheapest);
        let what = match (first.standing.score >= best_score, first.standing.measured) {
            (true, true) => "best measured performance",
            (true, false) => "the best score",
            (false, _) => "the best balance of fee and measured performance",
        };
        format!("Recommended: {what} {place} ({performance}); {dearer}")
    }
}

/// "score 86 of 100, 94 % of SLA deadlines met", or for a newcomer "new on the platform: ...".
pub fn performance_words(standing: &Standing) -> String {
    if !standing.measured {
        return format!(
            "new on the platform, so it counts as an average partner, score {} of 100, until enough of its cases are measured",
            standing.score
        );
    }
    let mut words = format!("score {} of 100", standing.score);
    if let Some(sla) = standing.sla_met_percent {
        words.push_str(&format!(", {sla} % of SLA deadlines met"));
    }
    if let Some(days) = standing.median_days_to_first_contact {
        words.push_str(&format!(", first contact with the debtor after {} days (median)", days.normalize()));
    }
    words
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
            ids(route(&partners, &rules, &request("DE", Service::Collection, eur("1200")), &none())),
            ["de-agency", "de-law"]
        );
        assert_eq!(ids(route(&partners, &rules, &request("DE", Service::Legal, eur("1200")), &none())), ["de-law"]);
    }

    #[test]
    fn lawyers_only_countries_get_law_firms() {
        let partners = vec![
            partner("pt-agency", PartnerKind::CollectionAgency, &["PT"]),
            partner("pt-law", PartnerKind::LawFirm, &["PT"]),
        ];
        assert_eq!(
            ids(route(&partners, &rules(), &request("PT", Service::Collection, eur("1200")), &none())),
            ["pt-law"]
        );
        let only_agency = vec![partner("pt-agency", PartnerKind::CollectionAgency, &["PT"])];
        assert!(matches!(
            route(&only_agency, &rules(), &request("PT", Service::Collection, eur("1200")), &none()),
            Err(NoCoverage::LawFirm { .. })
        ));
    }

    #[test]
    fn no_partner_names_the_country() {
        let partners = vec![partner("de-agency", PartnerKind::CollectionAgency, &["DE"])];
        let err = route(&partners, &rules(), &request("US", Service::Collection, eur("1200")), &none()).unwrap_err();
        assert_eq!(err, NoCoverage::Country { code: "US", name: "United States of America" });
        assert!(err.to_string().contains("(US)"));
        let err = route(&partners, &rules(), &request("DE", Service::Legal, eur("1200")), &none()).unwrap_err();
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
            route(&[expired, consumer_only], &rules, &request("DE", Service::Collection, eur("1200")), &none()),
            Err(NoCoverage::Country { .. })
        ));

        let partners = vec![partner("de-agency", PartnerKind::CollectionAgency, &["DE"])];
        let small = request("DE", Service::Collection, eur("99.99"));
        assert!(matches!(route(&partners, &rules, &small, &none()), Err(NoCoverage::Terms { .. })));
        let huge = request("DE", Service::Collection, eur("1000000.01"));
        assert!(matches!(route(&partners, &rules, &huge, &none()), Err(NoCoverage::Terms { .. })));
        let nok = Money::parse("5000", Currency::parse("NOK").unwrap()).unwrap();
        assert!(matches!(
            route(&partners, &rules, &request("DE", Service::Collection, nok), &none()),
            Err(NoCoverage::Terms { .. })
        ));
        // SEK is accepted and converted into EUR to check the limits: 1000 SEK is about 90 EUR.
        let sek = |a: &str| Money::parse(a, Currency::parse("SEK").unwrap()).unwrap();
        assert!(route(&partners, &rules, &request("DE", Service::Collection, sek("1000")), &none()).is_err());
        assert!(route(&partners, &rules, &request("DE", Service::Collection, sek("2000")), &none()).is_ok());
    }

    fn none() -> Standings {
        Standings::default()
    }

    fn measured(score: u32, sla: Option<u32>) -> Standing {
        Standing { score, cases: 40, measured: true, sla_met_percent: sla, median_days_to_first_contact: None }
    }

    fn standings(of: &[(&str, Standing)]) -> Standings {
        Standings(of.iter().map(|(id, s)| (id.to_string(), s.clone())).collect())
    }

    /// Two German agencies priced as the shipped registry prices them: `de-dear` 10 % + 15 EUR
    /// (EUR 1,265 on EUR 12,500), `de-cheap` 7.5 % + 20 EUR (EUR 957.50).
    fn german_agencies() -> Vec<Partner> {
        let mut dear = partner("de-dear", PartnerKind::CollectionAgency, &["DE"]);
        dear.fees.fixed = vec![FixedFee { label: "File".into(), amount: eur("15") }];
        let mut cheap = partner("de-cheap", PartnerKind::CollectionAgency, &["DE"]);
        cheap.fees.commission_percent = Decimal::new(75, 1);
        cheap.fees.fixed = vec![FixedFee { label: "File".into(), amount: eur("20") }];
        // the dearer agency is the registry's preferred one: priority only breaks ties now
        cheap.priority = 20;
        vec![dear, cheap]
    }

    #[test]
    fn with_equal_standings_the_cheaper_partner_wins() {
        let partners = german_agencies();
        let req = request("DE", Service::Collection, eur("12500"));
        let ranked = rank(&partners, &rules(), &req, &none()).unwrap();
        let fees: Vec<(&str, String)> = ranked.iter().map(|r| (r.partner.id.as_str(), r.fee.to_string())).collect();
        assert_eq!(fees, [("de-cheap", "957.50 EUR".to_string()), ("de-dear", "1265.00 EUR".to_string())]);
        assert_eq!(ranked[0].value, Decimal::from(70), "newcomers: score 70 x 1");
        let equal = standings(&[("de-dear", measured(80, Some(90))), ("de-cheap", measured(80, Some(90)))]);
        assert_eq!(ids(route(&partners, &rules(), &req, &equal)), ["de-cheap", "de-dear"]);
        let reason = recommendation(&rank(&partners, &rules(), &req, &equal).unwrap(), req.country);
        assert_eq!(reason, "Recommended: the lowest fee in Germany (score 80 of 100, 90 % of SLA deadlines met)");
    }

    #[test]
    fn a_dearer_partner_with_a_much_better_score_wins_and_the_reason_says_so() {
        let partners = german_agencies();
        let req = request("DE", Service::Collection, eur("12500"));
        // 957.50 / 1265 = 0.757: the dearer one needs a score more than 1.32 times the other's
        let better = standings(&[("de-dear", measured(95, Some(94))), ("de-cheap", measured(60, Some(70)))]);
        let ranked = rank(&partners, &rules(), &req, &better).unwrap();
        assert_eq!(ranked[0].partner.id.as_str(), "de-dear");
        assert_eq!(
            recommendation(&ranked, req.country),
            "Recommended: best measured performance in Germany (score 95 of 100, 94 % of SLA deadlines met); \
             EUR 307.50 dearer than the cheapest"
        );
        // a better score that does not make up for the price: the cheaper one stays first
        let slightly = standings(&[("de-dear", measured(85, None)), ("de-cheap", measured(70, None))]);
        let ranked = rank(&partners, &rules(), &req, &slightly).unwrap();
        assert_eq!(ranked[0].partner.id.as_str(), "de-cheap");
        let reason = recommendation(&ranked, req.country);
        assert!(reason.starts_with("Recommended: the lowest fee in Germany (score 70 of 100)"), "{reason}");
        assert!(reason.contains("better score cost more"), "{reason}");
    }

    #[test]
    fn a_newcomer_is_said_to_be_new_and_counts_as_average() {
        let partners = german_agencies();
        let req = request("DE", Service::Collection, eur("12500"));
        // the cheap one is measured and poor; the dear one is new: 70 x 0.757 = 53 beats 50
        let poor = standings(&[("de-cheap", measured(50, Some(40)))]);
        let ranked = rank(&partners, &rules(), &req, &poor).unwrap();
        assert_eq!(ranked[0].partner.id.as_str(), "de-dear");
        assert_eq!(ranked[0].standing, Standing::newcomer());
        let reason = recommendation(&ranked, req.country);
        assert!(reason.starts_with("Recommended: the best score in Germany (new on the platform"), "{reason}");
        assert!(reason.contains("score 70 of 100") && reason.ends_with("EUR 307.50 dearer than the cheapest"));
        let alone = rank(&partners[..1], &rules(), &req, &none()).unwrap();
        assert_eq!(
            recommendation(&alone, req.country),
            "Recommended: the only partner in Germany that takes this claim (new on the platform, so it counts as \
             an average partner, score 70 of 100, until enough of its cases are measured)"
        );
    }

    #[test]
    fn the_kind_made_for_the_service_comes_first_whatever_its_value() {
        let mut law = partner("de-law", PartnerKind::LawFirm, &["DE"]);
        law.fees.commission_percent = Decimal::ONE;
        let agency = partner("de-agency", PartnerKind::CollectionAgency, &["DE"]);
        let top = standings(&[("de-law", measured(100, Some(100)))]);
        let req = request("DE", Service::Collection, eur("12500"));
        let (partners, rules) = ([law, agency], rules());
        let ranked = rank(&partners, &rules, &req, &top).unwrap();
        assert_eq!(ranked.iter().map(|r| r.partner.id.as_str()).collect::<Vec<_>>(), ["de-agency", "de-law"]);
        let reason = recommendation(&ranked, req.country);
        assert!(reason.contains("the only one of the collection agencies in Germany"), "{reason}");
    }

    #[test]
    fn ties_go_by_fee_then_priority_then_id() {
        let rules = rules();
        let mut cheap = partner("b-cheap", PartnerKind::CollectionAgency, &["SE"]);
        cheap.fees.commission_percent = Decimal::new(8, 0);
        let dear = partner("a-dear", PartnerKind::CollectionAgency, &["SE"]);
        let twin = partner("c-twin", PartnerKind::CollectionAgency, &["SE"]);
        let partners = vec![dear.clone(), twin.clone(), cheap.clone()];
        let req = request("SE", Service::Collection, eur("10000"));
        assert_eq!(ids(route(&partners, &rules, &req, &none())), ["b-cheap", "a-dear", "c-twin"]);
        // below the minimum fee all charge the same 50 EUR: equal value, equal fee, the id decides
        let req_small = request("SE", Service::Collection, eur("200"));
        assert_eq!(ids(route(&partners, &rules, &req_small, &none())), ["a-dear", "b-cheap", "c-twin"]);
        // priority decides between equals, but does not outrank a lower fee
        let mut preferred = twin;
        preferred.priority = 1;
        let partners = vec![dear, cheap, preferred];
        assert_eq!(ids(route(&partners, &rules, &req_small, &none()))[0], "c-twin");
        assert_eq!(ids(route(&partners, &rules, &req, &none()))[0], "b-cheap");
    }

    #[test]
    fn check_agrees_with_the_ranking_and_says_why_not() {
        let rules = rules();
        let mut consumer = partner("de-b2c", PartnerKind::CollectionAgency, &["DE"]);
        consumer.b2b = false;
        let partners = vec![
            partner("de-agency", PartnerKind::CollectionAgency, &["DE"]),
            partner("de-law", PartnerKind::LawFirm, &["DE"]),
            partner("fr-agency", PartnerKind::CollectionAgency, &["FR"]),
            partner("pt-agency", PartnerKind::CollectionAgency, &["PT"]),
            consumer,
        ];
        for country in ["DE", "FR", "PT"] {
            for service in [Service::Collection, Service::Legal] {
                for amount in ["50", "1200", "2000000"] {
                    let req = request(country, service, eur(amount));
                    let routed = route(&partners, &rules, &req, &none()).unwrap_or_default();
                    for p in &partners {
                        assert_eq!(
                            check(Some(p), &rules, &req).is_ok(),
                            routed.iter().any(|r| r.id == p.id),
                            "{} for {country} {service:?} {amount}",
                            p.id
                        );
                    }
                }
            }
        }
        let de = |service| request("DE", service, eur("1200"));
        let why = |p: Option<&Partner>, req: RoutingRequest| check(p, &rules, &req).unwrap_err().to_string();
        assert_eq!(why(None, de(Service::Collection)), "there is no partner with this id");
        assert_eq!(why(Some(&partners[2]), de(Service::Collection)), "fr-agency is not licensed in Germany");
        assert_eq!(
            why(Some(&partners[0]), de(Service::Legal)),
            "de-agency does not take disputed claims: only a law firm does"
        );
        assert!(
            why(Some(&partners[3]), request("PT", Service::Collection, eur("1200"))).contains("reserved to lawyers")
        );
        assert!(why(Some(&partners[0]), request("DE", Service::Collection, eur("50"))).contains("outside its terms"));
        assert!(why(Some(&partners[4]), de(Service::Collection)).contains("business-to-business"));
    }
}
