//! Trimmed, bounded text fields and e-mail addresses.

use std::fmt;

use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TextError {
    #[error("this field is required")]
    Empty,
    #[error("at most {max} characters, this has {len}")]
    TooLong { max: usize, len: usize },
    #[error("contains control characters")]
    ControlCharacters,
    #[error("contains an invisible or text-direction character (U+{0:04X}); type the text without it")]
    HiddenCharacter(u32),
}

/// Characters that change how text around them is shown without being seen themselves:
/// bidirectional embeddings, overrides and isolates (which can make `exe.pdf` read as
/// `fdp.exe`), zero-width characters and the byte-order mark.
pub fn is_hidden(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// Text that is trimmed, not empty, at most `MAX` characters and free of control characters;
/// with `LINES`, line breaks and tabs are kept (a line break sent as CR LF or CR becomes LF).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(transparent)]
pub struct Text<const MAX: usize, const LINES: bool = false>(String);

impl<const MAX: usize, const LINES: bool> Text<MAX, LINES> {
    pub fn parse(input: &str) -> Result<Self, TextError> {
        let normalised;
        let input = if LINES && input.contains('\r') {
            normalised = input.replace("\r\n", "\n").replace('\r', "\n");
            normalised.as_str()
        } else {
            input
        };
        let text = input.trim();
        if text.is_empty() {
            return Err(TextError::Empty);
        }
        let len = text.chars().count();
        if len > MAX {
            return Err(TextError::TooLong { max: MAX, len });
        }
        if text.chars().any(|c| c.is_control() && !(LINES && matches!(c, '\n' | '\t'))) {
            return Err(TextError::ControlCharacters);
        }
        if let Some(hidden) = text.chars().find(|c| is_hidden(*c)) {
            return Err(TextError::HiddenCharacter(hidden as u32));
        }
        Ok(Self(text.to_string()))
    }

    /// Like [`Text::parse`], but blank input is `None` rather than an error.
    pub fn parse_optional(input: Option<&str>) -> Result<Option<Self>, TextError> {
        match input.map(str::trim) {
            None | Some("") => Ok(None),
            Some(text) => Self::parse(text).map(Some),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl<const MAX: usize, const LINES: bool> fmt::Display for Text<MAX, LINES> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A person's or company's name.
pub type Name = Text<200>;
/// A registration, VAT or invoice number, a postal code: short identifiers.
pub type Reference = Text<64>;
/// One line of free text such as an address line or a city.
pub type Line = Text<200>;
/// Longer free text such as notes and messages, in lines.
pub type Notes = Text<4000, true>;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EmailError {
    #[error("this field is required")]
    Empty,
    #[error("\"{0}\" is not a valid e-mail address")]
    Invalid(String),
}

/// An e-mail address, trimmed; compared case-insensitively through [`Email::normalised`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Email(String);

impl Email {
    pub fn parse(input: &str) -> Result<Self, EmailError> {
        let text = input.trim();
        if text.is_empty() {
            return Err(EmailError::Empty);
        }
        let valid = text.len() <= 254
            && email_address::EmailAddress::parse_with_options(
                text,
                email_address::Options::default().without_display_text(),
            )
            .is_ok()
            && text.rsplit_once('@').is_some_and(|(_, domain)| domain.contains('.') && !domain.starts_with('['));
        if valid { Ok(Self(text.to_string())) } else { Err(EmailError::Invalid(text.to_string())) }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The form used to find an account: lower case.
    pub fn normalised(&self) -> String {
        self.0.to_lowercase()
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("write the number with digits, spaces and an optional leading +, e.g. +49 30 1234567")]
pub struct PhoneError;

/// A telephone number as people write it: digits, spaces, `+ - ( ) /`, 5 to 20 digits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct Phone(String);

impl Phone {
    pub fn parse(input: &str) -> Result<Self, PhoneError> {
        let text = input.trim();
        let digits = text.chars().filter(char::is_ascii_digit).count();
        let allowed = text.chars().all(|c| c.is_ascii_digit() || " +-()/.".contains(c));
        let plus_ok = text.chars().skip(1).all(|c| c != '+');
        if allowed && plus_ok && (5..=20).contains(&digits) && text.len() <= 32 {
            Ok(Self(text.to_string()))
        } else {
            Err(PhoneError)
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl crate::domain::validation::Explain for TextError {
    fn msg(&self) -> crate::domain::validation::Msg {
        use crate::domain::validation::Msg;
        match self {
            TextError::Empty => Msg::new("errors-required"),
            TextError::TooLong { max, len } => Msg::new("errors-too-long").arg("max", max).arg("len", len),
            TextError::ControlCharacters => Msg::new("errors-control-characters"),
            TextError::HiddenCharacter(c) => Msg::new("errors-hidden-character").arg("code", format!("U+{c:04X}")),
        }
    }
}

impl crate::domain::validation::Explain for EmailError {
    fn msg(&self) -> crate::domain::validation::Msg {
        use crate::domain::validation::Msg;
        match self {
            EmailError::Empty => Msg::new("errors-required"),
            EmailError::Invalid(text) => Msg::new("errors-email-invalid").arg("value", text),
        }
    }
}

impl crate::domain::validation::Explain for PhoneError {
    fn msg(&self) -> crate::domain::validation::Msg {
        crate::domain::validation::Msg::new("errors-phone-invalid")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_keep_their_lines_and_one_line_text_does_not() {
        let notes = Notes::parse(" First line.\r\nSecond line.\n\n\tIndented.\rLast. ").unwrap();
        assert_eq!(notes.as_str(), "First line.\nSecond line.\n\n\tIndented.\nLast.");
        assert_eq!(Notes::parse("bell \u{7}"), Err(TextError::ControlCharacters));
        assert_eq!(Name::parse("Acme\nGmbH"), Err(TextError::ControlCharacters));
        assert_eq!(Line::parse("Hauptstr. 1\r"), Ok(Line::parse("Hauptstr. 1").unwrap()), "trimmed");
    }

    #[test]
    fn text_is_trimmed_and_bounded() {
        assert_eq!(Name::parse("  Acme GmbH ").unwrap().as_str(), "Acme GmbH");
        assert_eq!(Name::parse("   "), Err(TextError::Empty));
        assert_eq!(Text::<3>::parse("abcd"), Err(TextError::TooLong { max: 3, len: 4 }));
        assert_eq!(Text::<3>::parse("äöü").unwrap().as_str(), "äöü");
        assert_eq!(Name::parse("a\u{0}b"), Err(TextError::ControlCharacters));
        assert_eq!(Name::parse("Acme\u{202E}gpj.exe"), Err(TextError::HiddenCharacter(0x202E)));
        assert_eq!(Name::parse("Ac\u{200B}me"), Err(TextError::HiddenCharacter(0x200B)));
        assert_eq!(Reference::parse("INV\u{2066}1"), Err(TextError::HiddenCharacter(0x2066)));
        assert!(Name::parse("Müller & Søn ApS").is_ok());
        assert_eq!(Name::parse_optional(Some("  ")), Ok(None));
    }

    #[test]
    fn emails() {
        assert_eq!(Email::parse(" Anna@Example.com ").unwrap().normalised(), "anna@example.com");
        for bad in ["anna", "anna@", "@example.com", "anna@localhost", "a b@example.com", "Anna <a@example.com>"] {
            assert!(Email::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn phones() {
        assert!(Phone::parse("+49 (30) 123-4567").is_ok());
        assert!(Phone::parse("12").is_err());
        assert!(Phone::parse("call me").is_err());
        assert!(Phone::parse("49+30").is_err());
    }
}
