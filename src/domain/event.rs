//! A status update a partner pushes about a case (`POST /api/v1/partners/{id}/events` in the
//! partner protocol): the raw body, and the checked [`PartnerEvent`] that is the only thing
//! the platform stores.

use chrono::{DateTime, Duration, Utc};
use serde::Deserialize;

use super::claim::MoneyInput;
use super::money::{Currency, Money};
use super::status::CaseStatus;
use super::text::{Notes, Reference};
use super::validation::FieldErrors;

/// How far in the future an `occurred_at` may lie: the clock skew the signature check also
/// tolerates. A later one would make every true event look late and freeze the case.
pub const MAX_CLOCK_SKEW_SECONDS: i64 = 5 * 60;

/// The body as sent. Every field is optional here so that a missing one is reported by name;
/// fields beyond these are ignored (the protocol may add some).
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(default)]
pub struct PartnerEventInput {
    pub case_id: String,
    pub partner_reference: String,
    pub status: String,
    pub occurred_at: String,
    pub collected: Option<MoneyInput>,
    pub message: Option<String>,
}

/// A checked event about one case, in the case's currency.
#[derive(Debug, Clone, PartialEq)]
pub struct PartnerEvent {
    pub partner_reference: Reference,
    pub status: CaseStatus,
    pub occurred_at: DateTime<Utc>,
    /// The running total collected so far.
    pub collected: Option<Money>,
    pub message: Option<Notes>,
}

impl PartnerEvent {
    /// Checks every field; `currency` is the case's, the only one `collected` may be in.
    /// Each problem is named by its field (`status`, `collected.currency`, ...).
    pub fn parse(input: &PartnerEventInput, currency: Currency, now: DateTime<Utc>) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        let partner_reference = errors.check("partner_reference", Reference::parse(&input.partner_reference));
        let status = match input.status.trim() {
            "" => {
                errors.add("status", "this field is required");
                None
            }
            text => match CaseStatus::parse(text) {
                Some(status) if status.partner_may_send() => Some(status),
                Some(status) => {
                    errors.add("status", format!("\"{}\" is set by the platform, never by a partner", status.as_str()));
                    None
                }
                None => {
                    errors.add("status", format!("\"{text}\" is not a case status of the partner protocol"));
                    None
                }
            },
        };
        let occurred_at = match input.occurred_at.trim() {
            "" => {
                errors.add("occurred_at", "this field is required");
                None
            }
            text => match DateTime::parse_from_rfc3339(text) {
                Err(_) => {
                    errors.add(
                        "occurred_at",
                        format!("\"{text}\" is not an RFC 3339 instant such as 2026-10-02T09:15:00Z"),
                    );
                    None
                }
                Ok(at) if at.with_timezone(&Utc) > now + Duration::seconds(MAX_CLOCK_SKEW_SECONDS) => {
                    errors.add("occurred_at", "lies in the future");
                    None
                }
                Ok(at) => Some(at.with_timezone(&Utc)),
            },
        };
        let collected = input.collected.as_ref().and_then(|money| {
            if money.currency.trim().is_empty() {
                errors.add("collected.currency", "this field is required");
                return None;
            }
            match Currency::parse(&money.currency) {
                Err(e) => {
                    errors.add("collected.currency", e);
                    return None;
                }
                Ok(c) if c != currency => {
                    errors.add(
                        "collected.currency",
                        format!("the case is in {currency}; report the amount in {currency}, not {c}"),
                    );
                    return None;
                }
                Ok(_) => {}
            }
            errors.check("collected.amount", Money::parse(&money.amount, currency))
        });
        let message = errors.check("message", Notes::parse_optional(input.message.as_deref()));
        errors.finish(|| Self {
            partner_reference: partner_reference.expect("checked"),
            status: status.expect("checked"),
            occurred_at: occurred_at.expect("checked"),
            collected,
            message: message.flatten(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn eur() -> Currency {
        Currency::parse("EUR").unwrap()
    }

    fn now() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-10-02T12:00:00Z").unwrap().with_timezone(&Utc)
    }

    fn input() -> PartnerEventInput {
        PartnerEventInput {
            case_id: "c_1".into(),
            partner_reference: "AG-1".into(),
            status: "contacting_debtor".into(),
            occurred_at: "2026-10-02T09:15:00Z".into(),
            collected: Some(MoneyInput { amount: "300.00".into(), currency: "EUR".into() }),
            message: Some("Debtor promised payment".into()),
        }
    }

    fn fields(input: &PartnerEventInput) -> Vec<String> {
        PartnerEvent::parse(input, eur(), now()).unwrap_err().all().iter().map(|e| e.field.clone()).collect()
    }

    #[test]
    fn the_protocol_example_parses() {
        let event = PartnerEvent::parse(&input(), eur(), now()).unwrap();
        assert_eq!(event.status, CaseStatus::ContactingDebtor);
        assert_eq!(event.collected.unwrap().minor(), 30_000);
        assert_eq!(event.occurred_at.to_rfc3339(), "2026-10-02T09:15:00+00:00");
        // offsets are converted to UTC
        let mut other = input();
        other.occurred_at = "2026-10-02T11:15:00+02:00".into();
        assert_eq!(PartnerEvent::parse(&other, eur(), now()).unwrap().occurred_at, event.occurred_at);
        // collected and message are optional
        other.collected = None;
        other.message = Some("  ".into());
        let bare = PartnerEvent::parse(&other, eur(), now()).unwrap();
        assert_eq!((bare.collected, bare.message), (None, None));
    }

    #[test]
    fn each_bad_field_is_named() {
        let mut i = input();
        i.status = "lost".into();
        assert_eq!(fields(&i), ["status"]);
        i.status = "declined".into();
        assert_eq!(fields(&i), ["status"]);
        i.status = "submitted".into();
        assert_eq!(fields(&i), ["status"]);
        let mut i = input();
        i.occurred_at = "2026-10-02 09:15".into();
        assert_eq!(fields(&i), ["occurred_at"]);
        i.occurred_at = "2026-10-02T12:06:00Z".into();
        assert_eq!(fields(&i), ["occurred_at"], "more than five minutes ahead");
        let mut i = input();
        i.collected = Some(MoneyInput { amount: "300.00".into(), currency: "SEK".into() });
        assert_eq!(fields(&i), ["collected.currency"]);
        i.collected = Some(MoneyInput { amount: "300.001".into(), currency: "EUR".into() });
        assert_eq!(fields(&i), ["collected.amount"]);
        i.collected = Some(MoneyInput { amount: "-1".into(), currency: "EUR".into() });
        assert_eq!(fields(&i), ["collected.amount"]);
        let mut i = input();
        i.partner_reference = String::new();
        i.message = Some("x".repeat(4001));
        assert_eq!(fields(&i), ["partner_reference", "message"]);
        assert_eq!(fields(&PartnerEventInput::default()), ["partner_reference", "status", "occurred_at"]);
    }

    #[test]
    fn a_slightly_fast_partner_clock_is_tolerated() {
        let mut i = input();
        i.occurred_at = "2026-10-02T12:04:00Z".into();
        assert!(PartnerEvent::parse(&i, eur(), now()).is_ok());
    }
}
