//! The statuses a case goes through, as named by the partner protocol, and the state
//! machine of which changes are allowed. `docs/state-machine.md` shows it as a table.

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
    /// Platform only, never sent by a partner: the partner refused the case (422); the
    /// operator may route it to another partner, which makes it `submitted` again.
    Declined,
    /// Platform only: reminders run before the hand-over; no partner has the case yet.
    Reminding,
    /// Platform only, terminal: paid to the creditor before the hand-over.
    Settled,
}

impl CaseStatus {
    pub const ALL: [CaseStatus; 14] = [
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
        Self::Declined,
        Self::Reminding,
        Self::Settled,
    ];

    /// The terminal statuses as stored: `paid`, `uncollectable`, `withdrawn`, `settled`.
    pub const TERMINAL_STRS: [&'static str; 4] = ["paid", "uncollectable", "withdrawn", "settled"];

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
            Self::Declined => "declined",
            Self::Reminding => "reminding",
            Self::Settled => "settled",
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
            Self::Declined => "Declined by the partner",
            Self::Reminding => "Reminders running, before hand-over",
            Self::Settled => "Settled before hand-over",
        }
    }

    pub fn is_terminal(&self) -> bool {
        matches!(self, Self::Paid | Self::Uncollectable | Self::Withdrawn | Self::Settled)
    }

    /// Whether a partner may report this status (all but the platform's own `declined`).
    pub fn partner_may_send(&self) -> bool {
        !matches!(self, Self::Declined | Self::Submitted | Self::Reminding | Self::Settled)
    }

    /// The state machine: may a case in `self` move to `to`?
    ///
    /// - terminal states (`paid`, `uncollectable`, `withdrawn`, `settled`) stay terminal;
    /// - `reminding` (before the hand-over) only becomes `submitted` (handed over), `settled`
    ///   or `withdrawn` (stopped), and nothing else becomes `reminding` or `settled`;
    /// - `submitted` is entered only from `declined` (re-routed to another partner), and
    ///   `declined` only from `submitted` (the hand-over was refused);
    /// - `received` only from `submitted`, `received` or `information_requested`;
    /// - once in `legal_proceedings` a case does not go back to `contacting_debtor` or `disputed`;
    /// - otherwise any non-terminal case may move to any other non-platform status, or repeat
    ///   its status (a new message, a new collected total).
    pub fn can_become(&self, to: CaseStatus) -> bool {
        use CaseStatus::*;
        if self.is_terminal() {
            return false;
        }
        match (self, to) {
            // before the hand-over: handed over, settled, or stopped; nothing else
            (Reminding, to) => matches!(to, Submitted | Settled | Withdrawn),
            (_, Reminding | Settled) => false,
            (from, Submitted) => *from == Declined,
            (from, Declined) => *from == Submitted,
            (Declined, to) => to == Withdrawn,
            (from, Received) => matches!(from, Submitted | Received | InformationRequested),
            (LegalProceedings, ContactingDebtor | Disputed) => false,
            _ => true,
        }
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

    /// Every pair of states, against the table in docs/state-machine.md.
    #[test]
    fn every_transition_is_as_documented() {
        use CaseStatus::*;
        let table = include_str!("../../docs/state-machine.md");
        let transitions = &table[table.find("| from \\\\ to").expect("the transition table")..];
        let rows: Vec<&str> = transitions.lines().filter(|l| l.starts_with("| `")).collect();
        assert_eq!(rows.len(), CaseStatus::ALL.len(), "one row per status");
        let header: Vec<&str> =
            transitions.lines().next().unwrap().split('|').skip(2).map(str::trim).filter(|s| !s.is_empty()).collect();
        assert_eq!(header.len(), CaseStatus::ALL.len());
        let mut checked = 0;
        for row in rows {
            let cells: Vec<&str> = row.split('|').map(str::trim).filter(|s| !s.is_empty()).collect();
            let from = CaseStatus::parse(cells[0].trim_matches('`')).unwrap();
            for (to_name, cell) in header.iter().zip(&cells[1..]) {
                let to = CaseStatus::ALL.into_iter().find(|s| short(*s) == *to_name).unwrap();
                let documented = *cell == "✓";
                assert_eq!(from.can_become(to), documented, "{} -> {}", from.as_str(), to.as_str());
                checked += 1;
            }
        }
        assert_eq!(checked, 196);
        // spot checks that read as the rules do
        assert!(Submitted.can_become(ContactingDebtor));
        assert!(PartiallyPaid.can_become(PartiallyPaid));
        assert!(!Paid.can_become(PartiallyPaid));
        assert!(!Withdrawn.can_become(Withdrawn));
        assert!(!ContactingDebtor.can_become(Received));
        assert!(!LegalProceedings.can_become(ContactingDebtor));
        assert!(Declined.can_become(Submitted) && !Declined.can_become(Received));
    }

    /// The column names of the documented table.
    fn short(status: CaseStatus) -> &'static str {
        match status {
            CaseStatus::Submitted => "sub",
            CaseStatus::Received => "rec",
            CaseStatus::ContactingDebtor => "con",
            CaseStatus::PaymentPlan => "plan",
            CaseStatus::PartiallyPaid => "part",
            CaseStatus::Disputed => "disp",
            CaseStatus::LegalProceedings => "legal",
            CaseStatus::InformationRequested => "info",
            CaseStatus::Paid => "paid",
            CaseStatus::Uncollectable => "unc",
            CaseStatus::Withdrawn => "wd",
            CaseStatus::Declined => "decl",
            CaseStatus::Reminding => "remind",
            CaseStatus::Settled => "settled",
        }
    }
}
