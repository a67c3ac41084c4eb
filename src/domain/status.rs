//! The statuses a case goes through, as named by the partner protocol.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CaseStatus {
    Submitted,
    Received,
    ContactingDebtor,
    PaymentPlan,
    PartiallyPaid,
    Disputed,
    LegalProceedings,
    InformationRequested,
    Paid,
    Uncollectable,
    Withdrawn,
}

impl CaseStatus {
    pub const ALL: [CaseStatus; 11] = [
        Self::Submitted,
        Self::Received,
        Self::ContactingDebtor,
        Self::PaymentPlan,
        Self::PartiallyPaid,
        Self::Disputed,
        Self::LegalProceedings,
        Self::InformationRequested,
        Self::Paid,
        Self::Uncollectable,
        Self::Withdrawn,
    ];

    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Submitted => "submitted",
            Self::Received => "received",
            Self::ContactingDebtor => "contacting_debtor",
            Self::PaymentPlan => "payment_plan",
            Self::PartiallyPaid => "partially_paid",
            Self::Disputed => "disputed",
            Self::LegalProceedings => "legal_proceedings",
            Self::InformationRequested => "information_requested",
            Self::Paid => "paid",
            Self::Uncollectable => "uncollectable",
            Self::Withdrawn => "withdrawn",
        }
    }

    pub fn parse(input: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == input)
    }

    pub fn label(&self) -> &'static str {
        match self {
            Self::Submitted => "Submitted, hand-over pending",
            Self::Received => "Accepted by the partner",
            Self::ContactingDebtor => "Contacting the debtor",
            Self::PaymentPlan => "Payment plan agreed",
            Self::PartiallyPaid => "Partially paid",
            Self::Disputed => "Disputed by the debtor",
            Self::LegalProceedings => "Legal proceedings",
            Self::InformationRequested => "Partner needs information",
            Self::Paid => "Paid in full",
            Self::Uncollectable => "Closed, uncollectable",
            Self::Withdrawn => "Withdrawn",
        }
    }

    pub fn is_terminal(&self) -> bool {
        matches!(self, Self::Paid | Self::Uncollectable | Self::Withdrawn)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for status in CaseStatus::ALL {
            assert_eq!(CaseStatus::parse(status.as_str()), Some(status));
            assert_eq!(serde_json::to_value(status).unwrap(), status.as_str());
        }
        assert_eq!(CaseStatus::parse("lost"), None);
    }
}
