//! The same invoice filed twice: when two filings of one creditor are about the same invoice
//! of the same debtor.
//!
//! Invoice numbers are the creditor's own and compared without case and spaces (`inv-1001`
//! and `INV 1001` are the same number). The debtor is the same when it is in the same country
//! and has the same registration number (compared on its letters and digits only) or the same
//! name (ignoring case, spaces and punctuation, so `Muster-Handel GmbH.` is `Muster Handel
//! GmbH`). The name counts alongside the registration number because a mistyped registration
//! number is exactly the kind of mistake this check is for; asking once too often costs the
//! creditor one click.

/// An invoice number as filings are compared by: upper case, without spaces (its other
/// characters, such as `-` or `/`, count).
pub fn invoice_key(number: &str) -> String {
    number.chars().filter(|c| !c.is_whitespace()).flat_map(char::to_uppercase).collect()
}

/// The letters and digits of a text, in lower case.
fn folded(text: &str) -> String {
    text.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// The debtor of a filing, as the duplicate check sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DebtorKey {
    country: String,
    registration_number: String,
    name: String,
}

impl DebtorKey {
    pub fn new(country: &str, registration_number: Option<&str>, name: &str) -> Self {
        Self {
            country: country.trim().to_ascii_uppercase(),
            registration_number: registration_number.map(folded).unwrap_or_default(),
            name: folded(name),
        }
    }

    /// Whether two filings are against the same debtor (see the module's documentation).
    pub fn same_debtor(&self, other: &DebtorKey) -> bool {
        if self.country != other.country {
            return false;
        }
        let registered = !self.registration_number.is_empty() && self.registration_number == other.registration_number;
        let named = !self.name.is_empty() && self.name == other.name;
        registered || named
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invoice_numbers_compare_without_case_and_spaces() {
        assert_eq!(invoice_key(" inv-1001 "), invoice_key("INV-1001"));
        assert_eq!(invoice_key("INV 1001"), invoice_key("INV1001"));
        assert_ne!(invoice_key("INV-1001"), invoice_key("INV-1002"));
        assert_ne!(invoice_key("INV-1001"), invoice_key("INV1001"));
    }

    #[test]
    fn the_same_debtor_by_registration_number_or_name_within_one_country() {
        let filed = DebtorKey::new("DE", Some("HRB 12345"), "Muster Handel GmbH");
        // the same registration number written differently, another name
        assert!(filed.same_debtor(&DebtorKey::new("de", Some("hrb12345"), "Muster Handel")));
        // a mistyped registration number, the same name
        assert!(filed.same_debtor(&DebtorKey::new("DE", Some("HRB 12354"), "Muster-Handel GmbH.")));
        // another debtor
        assert!(!filed.same_debtor(&DebtorKey::new("DE", Some("HRB 999"), "Beispiel AG")));
        // the same name and number in another country is another company
        assert!(!filed.same_debtor(&DebtorKey::new("AT", Some("HRB 12345"), "Muster Handel GmbH")));
        // no registration number: the name decides
        let unregistered = DebtorKey::new("DE", None, "Muster Handel GmbH");
        assert!(unregistered.same_debtor(&DebtorKey::new("DE", None, "muster handel gmbh")));
        assert!(!DebtorKey::new("DE", None, "A").same_debtor(&DebtorKey::new("DE", None, "B")));
    }
}
