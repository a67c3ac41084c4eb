//! The totals at the top of a creditor's claims: what is outstanding and what was collected,
//! per currency, and how many claims are in each status.
//!
//! Outstanding is the principal not yet collected on open cases (a closed case, paid,
//! uncollectable or withdrawn, has nothing outstanding that anyone collects); collected is
//! what the partners reported collected, on every case. Both come from the claims' own
//! figures, not from each case's full ledger: the case page has the balance with interest
//! and costs.

use serde::Serialize;

use super::money::{Currency, Money};
use super::status::CaseStatus;

/// One claim as the totals see it.
#[derive(Debug, Clone, Copy)]
pub struct ClaimFigures {
    pub status: CaseStatus,
    pub currency: Currency,
    pub principal_minor: i64,
    /// The running total the partner reported collected, if any.
    pub collected_minor: Option<i64>,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct CurrencyTotal {
    pub currency: String,
    pub claims: usize,
    pub outstanding: Money,
    pub collected: Money,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct StatusCount {
    pub status: &'static str,
    pub count: usize,
}

#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq, utoipa::ToSchema)]
pub struct Totals {
    pub claims: usize,
    /// One entry per currency that occurs, by currency code.
    pub by_currency: Vec<CurrencyTotal>,
    /// One entry per status that occurs, in the order of the case's life.
    pub by_status: Vec<StatusCount>,
}

/// Claims of one status and one currency together, as the stored totals keep them (see
/// `claim_totals` in the migrations): how many, and the sums of their figures.
#[derive(Debug, Clone, Copy)]
pub struct GroupFigures {
    pub status: CaseStatus,
    pub currency: Currency,
    pub claims: i64,
    /// What the partners reported collected (never below zero per claim).
    pub collected_minor: i64,
    /// The principal not yet collected, as if every claim of the group were open (never below
    /// zero per claim); counted only for an open status.
    pub outstanding_if_open_minor: i64,
}

impl GroupFigures {
    /// One claim as a group of one.
    pub fn of(c: &ClaimFigures) -> Self {
        let collected = c.collected_minor.unwrap_or(0).max(0);
        Self {
            status: c.status,
            currency: c.currency,
            claims: 1,
            collected_minor: collected,
            outstanding_if_open_minor: (c.principal_minor - collected).max(0),
        }
    }
}

impl Totals {
    pub fn of(claims: &[ClaimFigures]) -> Self {
        Self::of_groups(&claims.iter().map(GroupFigures::of).collect::<Vec<_>>())
    }

    /// The totals of groups of claims (a status and currency may come in several groups).
    pub fn of_groups(groups: &[GroupFigures]) -> Self {
        let mut by_currency: Vec<CurrencyTotal> = Vec::new();
        for g in groups.iter().filter(|g| g.claims > 0) {
            let outstanding = if g.status.is_terminal() { 0 } else { g.outstanding_if_open_minor };
            let at = match by_currency.iter().position(|t| t.currency == g.currency.code()) {
                Some(at) => at,
                None => {
                    by_currency.push(CurrencyTotal {
                        currency: g.currency.code().to_string(),
                        claims: 0,
                        outstanding: Money::zero(g.currency),
                        collected: Money::zero(g.currency),
                    });
                    by_currency.len() - 1
                }
            };
            let total = &mut by_currency[at];
            total.claims += g.claims as usize;
            total.outstanding = Money::from_minor(total.outstanding.minor().saturating_add(outstanding), g.currency);
            total.collected = Money::from_minor(total.collected.minor().saturating_add(g.collected_minor), g.currency);
        }
        by_currency.sort_by(|a, b| a.currency.cmp(&b.currency));
        let by_status = CaseStatus::ALL
            .iter()
            .map(|s| StatusCount {
                status: s.as_str(),
                count: groups.iter().filter(|g| g.status == *s).map(|g| g.claims.max(0) as usize).sum(),
            })
            .filter(|s| s.count > 0)
            .collect();
        let claims = groups.iter().map(|g| g.claims.max(0) as usize).sum();
        Self { claims, by_currency, by_status }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figures(status: CaseStatus, currency: &str, principal: i64, collected: Option<i64>) -> ClaimFigures {
        ClaimFigures {
            status,
            currency: Currency::parse(currency).unwrap(),
            principal_minor: principal,
            collected_minor: collected,
        }
    }

    #[test]
    fn outstanding_counts_open_cases_only_and_collected_counts_all() {
        let totals = Totals::of(&[
            figures(CaseStatus::Submitted, "EUR", 120_000, None),
            figures(CaseStatus::PartiallyPaid, "EUR", 100_000, Some(40_000)),
            figures(CaseStatus::Paid, "EUR", 50_000, Some(50_000)),
            figures(CaseStatus::Withdrawn, "EUR", 70_000, None),
            // more collected than the principal: nothing outstanding, not less than nothing
            figures(CaseStatus::PartiallyPaid, "SEK", 10_000, Some(12_000)),
        ]);
        assert_eq!(totals.claims, 5);
        let eur = &totals.by_currency[0];
        assert_eq!((eur.currency.as_str(), eur.claims), ("EUR", 4));
        assert_eq!(eur.outstanding.to_string(), "1800.00 EUR");
        assert_eq!(eur.collected.to_string(), "900.00 EUR");
        let sek = &totals.by_currency[1];
        assert_eq!((sek.outstanding.minor(), sek.collected.minor()), (0, 12_000));
        let count = |s: &str| totals.by_status.iter().find(|c| c.status == s).map_or(0, |c| c.count);
        assert_eq!((count("submitted"), count("partially_paid"), count("paid"), count("accepted")), (1, 2, 1, 0));
        assert!(totals.by_status.iter().all(|c| c.count > 0));
    }

    #[test]
    fn no_claims_no_totals() {
        assert_eq!(Totals::of(&[]), Totals::default());
    }
}
