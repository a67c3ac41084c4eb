//! A status update a partner pushes about a case (`POST /api/v1/partners/{id}/events` in the
//! partner protocol): the raw body, and the checked [`PartnerEvent`] that is the only thing
//! the platform stores.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use serde::Deserialize;

use super::claim::{MoneyInput, parse_date};
use super::money::{Currency, Money};
use super::status::CaseStatus;
use super::text::{Notes, Reference, Text};
use super::validation::FieldErrors;

/// How far in the future an `occurred_at` may lie: the clock skew the signature check also
/// tolerates. A later one would make every true event look late and freeze the case.
pub const MAX_CLOCK_SKEW_SECONDS: i64 = 5 * 60;

/// The body as sent. Every field is optional here so that a missing one is reported by name;
/// fields beyond these are ignored (the protocol may add some).
#[derive(Debug, Default, Clone, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct PartnerEventInput {
    pub case_id: String,
    pub partner_reference: String,
    /// `status` when absent (a v1 event).
    #[serde(rename = "type")]
    pub kind: Option<String>,
    pub status: String,
    pub occurred_at: String,
    pub collected: Option<MoneyInput>,
    pub message: Option<String>,
    pub requires_answer: Option<bool>,
    pub answer_by: Option<String>,
    pub payment: Option<PaymentInput>,
    pub payment_id: Option<String>,
    pub reason: Option<String>,
    pub payout: Option<PayoutInput>,
    pub promise: Option<PromiseInput>,
}

#[derive(Debug, Default, Clone, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct PaymentInput {
    pub id: String,
    pub amount: Option<MoneyInput>,
    pub received_on: String,
    pub paid_to: String,
    pub allocation: Option<AllocationInput>,
}

#[derive(Debug, Default, Clone, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct AllocationInput {
    pub costs: Option<MoneyInput>,
    pub interest: Option<MoneyInput>,
    pub principal: Option<MoneyInput>,
}

#[derive(Debug, Default, Clone, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct PayoutInput {
    pub id: String,
    pub amount: Option<MoneyInput>,
    pub paid_on: String,
    pub commission: Option<MoneyInput>,
    pub costs: Option<MoneyInput>,
    pub reference: Option<String>,
}

#[derive(Debug, Default, Clone, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct PromiseInput {
    pub amount: Option<MoneyInput>,
    pub due_on: String,
    pub instalments: Vec<InstalmentInput>,
}

#[derive(Debug, Default, Clone, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct InstalmentInput {
    pub due_on: String,
    pub amount: Option<MoneyInput>,
}

/// Who received a payment from the debtor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PaidTo {
    Partner,
    Creditor,
}

impl PaidTo {
    pub fn as_str(self) -> &'static str {
        match self {
            PaidTo::Partner => "partner",
            PaidTo::Creditor => "creditor",
        }
    }
}

/// A payment, a payout or a reversal names the partner's own id: the same one twice is
/// recorded once.
pub type ExternalId = Text<100>;

/// How a payment splits into costs, interest and principal, in minor units.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Split {
    pub costs: i64,
    pub interest: i64,
    pub principal: i64,
}

impl Split {
    pub fn sum(&self) -> i64 {
        self.costs + self.interest + self.principal
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct PaymentFact {
    pub id: ExternalId,
    pub amount: Money,
    pub received_on: NaiveDate,
    pub paid_to: PaidTo,
    /// As the partner stated it; `None`: the platform allocates.
    pub allocation: Option<Split>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PayoutFact {
    pub id: ExternalId,
    pub amount: Money,
    pub paid_on: NaiveDate,
    pub commission: Money,
    pub costs: Money,
    pub reference: Option<Reference>,
}

/// A promise to pay, as a schedule: one instalment for a single promise.
#[derive(Debug, Clone, PartialEq)]
pub struct PromiseFact {
    pub amount: Money,
    pub due_on: NaiveDate,
    pub instalments: Vec<(NaiveDate, Money)>,
}

/// The most instalments a plan may have.
pub const MAX_INSTALMENTS: usize = 120;

/// What a checked event says, by its `type`.
#[derive(Debug, Clone, PartialEq)]
pub enum EventBody {
    /// Moves the case (v1).
    Status {
        status: CaseStatus,
        collected: Option<Money>,
        message: Option<Notes>,
    },
    /// A message to the creditor; `requires_answer` makes it an information request.
    Message {
        message: Notes,
        requires_answer: bool,
        answer_by: Option<NaiveDate>,
    },
    Payment(PaymentFact),
    PaymentReversed {
        payment_id: ExternalId,
        reason: Option<Notes>,
    },
    Payout(PayoutFact),
    Promise(PromiseFact),
}

impl EventBody {
    /// The event's `type` in the protocol.
    pub fn kind(&self) -> &'static str {
        match self {
            EventBody::Status { .. } => "status",
            EventBody::Message { .. } => "message",
            EventBody::Payment(_) => "payment",
            EventBody::PaymentReversed { .. } => "payment_reversed",
            EventBody::Payout(_) => "payout",
            EventBody::Promise(_) => "promise",
        }
    }
}

/// A checked event about one case, in the case's currency.
#[derive(Debug, Clone, PartialEq)]
pub struct PartnerEvent {
    pub partner_reference: Reference,
    pub occurred_at: DateTime<Utc>,
    pub body: EventBody,
}

/// Checks an amount in the case's currency; `positive` refuses zero. Problems are named
/// `{field}.currency` and `{field}.amount`.
pub fn money_field(
    errors: &mut FieldErrors,
    field: &str,
    input: Option<&MoneyInput>,
    currency: Currency,
    positive: bool,
) -> Option<Money> {
    let Some(money) = input else {
        errors.add(field, "this field is required");
        return None;
    };
    if money.currency.trim().is_empty() {
        errors.add(format!("{field}.currency"), "this field is required");
        return None;
    }
    match Currency::parse(&money.currency) {
        Err(e) => {
            errors.add(format!("{field}.currency"), e);
            return None;
        }
        Ok(c) if c != currency => {
            errors.add(
                format!("{field}.currency"),
                format!("the case is in {currency}; report the amount in {currency}, not {c}"),
            );
            return None;
        }
        Ok(_) => {}
    }
    let parsed =
        if positive { Money::parse_positive(&money.amount, currency) } else { Money::parse(&money.amount, currency) };
    errors.check(format!("{field}.amount"), parsed)
}

fn date_field(errors: &mut FieldErrors, field: &str, input: &str) -> Option<NaiveDate> {
    errors.check(field, parse_date(input))
}

/// The day money moved: not after tomorrow (UTC), which a partner a day ahead of UTC may
/// already call today. A later one would count as paid before it was, towards a promise too.
fn past_date_field(errors: &mut FieldErrors, field: &str, input: &str, now: DateTime<Utc>) -> Option<NaiveDate> {
    let date = date_field(errors, field, input)?;
    if date > now.date_naive() + Duration::days(1) {
        errors.add(field, format!("{date} lies in the future"));
        return None;
    }
    Some(date)
}

impl PartnerEvent {
    /// Checks every field; `currency` is the case's, the only one amounts may be in.
    /// Each problem is named by its field (`status`, `collected.currency`, `payment.amount.amount`, ...).
    pub fn parse(input: &PartnerEventInput, currency: Currency, now: DateTime<Utc>) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        let partner_reference = errors.check("partner_reference", Reference::parse(&input.partner_reference));
        let kind = input.kind.as_deref().map(str::trim).unwrap_or("status");
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
        let body = match kind {
            "status" => Self::status(input, currency, &mut errors),
            "message" => {
                let message = match input.message.as_deref().map(str::trim) {
                    None | Some("") => {
                        errors.add("message", "this field is required");
                        None
                    }
                    Some(text) => errors.check("message", Notes::parse(text)),
                };
                let answer_by = input
                    .answer_by
                    .as_deref()
                    .filter(|t| !t.trim().is_empty())
                    .and_then(|t| date_field(&mut errors, "answer_by", t));
                message.map(|message| EventBody::Message {
                    message,
                    requires_answer: input.requires_answer.unwrap_or(false),
                    answer_by,
                })
            }
            "payment" => match &input.payment {
                None => {
                    errors.add("payment", "this field is required");
                    None
                }
                Some(payment) => Self::payment(payment, currency, now, &mut errors).map(EventBody::Payment),
            },
            "payment_reversed" => {
                let payment_id = match input.payment_id.as_deref().map(str::trim) {
                    None | Some("") => {
                        errors.add("payment_id", "this field is required");
                        None
                    }
                    Some(id) => errors.check("payment_id", ExternalId::parse(id)),
                };
                let reason = errors.check("reason", Notes::parse_optional(input.reason.as_deref())).flatten();
                payment_id.map(|payment_id| EventBody::PaymentReversed { payment_id, reason })
            }
            "payout" => match &input.payout {
                None => {
                    errors.add("payout", "this field is required");
                    None
                }
                Some(payout) => Self::payout(payout, currency, now, &mut errors).map(EventBody::Payout),
            },
            "promise" => match &input.promise {
                None => {
                    errors.add("promise", "this field is required");
                    None
                }
                Some(promise) => Self::promise(promise, currency, &mut errors).map(EventBody::Promise),
            },
            other => {
                errors.add(
                    "type",
                    format!(
                        "\"{other}\" is not an event type of the partner protocol: status, message, payment, payment_reversed, payout or promise"
                    ),
                );
                None
            }
        };
        errors.finish(|| Self {
            partner_reference: partner_reference.expect("checked"),
            occurred_at: occurred_at.expect("checked"),
            body: body.expect("checked"),
        })
    }

    fn status(input: &PartnerEventInput, currency: Currency, errors: &mut FieldErrors) -> Option<EventBody> {
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
        let collected =
            input.collected.as_ref().and_then(|m| money_field(errors, "collected", Some(m), currency, false));
        let message = errors.check("message", Notes::parse_optional(input.message.as_deref()));
        Some(EventBody::Status { status: status?, collected, message: message? })
    }

    fn payment(
        input: &PaymentInput,
        currency: Currency,
        now: DateTime<Utc>,
        errors: &mut FieldErrors,
    ) -> Option<PaymentFact> {
        let id = errors.check("payment.id", ExternalId::parse(&input.id));
        let amount = money_field(errors, "payment.amount", input.amount.as_ref(), currency, true);
        let received_on = past_date_field(errors, "payment.received_on", &input.received_on, now);
        let paid_to = match input.paid_to.trim() {
            "" | "partner" => Some(PaidTo::Partner),
            "creditor" => Some(PaidTo::Creditor),
            other => {
                errors.add("payment.paid_to", format!("\"{other}\" is neither \"partner\" nor \"creditor\""));
                None
            }
        };
        let allocation = input.allocation.as_ref().and_then(|a| {
            let costs = money_field(errors, "payment.allocation.costs", a.costs.as_ref(), currency, false);
            let interest = money_field(errors, "payment.allocation.interest", a.interest.as_ref(), currency, false);
            let principal = money_field(errors, "payment.allocation.principal", a.principal.as_ref(), currency, false);
            let split = Split { costs: costs?.minor(), interest: interest?.minor(), principal: principal?.minor() };
            if let Some(amount) = amount.filter(|m| m.minor() != split.sum()) {
                errors.add(
                    "payment.allocation",
                    format!(
                        "costs {} + interest {} + principal {} make {}, not the payment's {}",
                        Money::from_minor(split.costs, currency),
                        Money::from_minor(split.interest, currency),
                        Money::from_minor(split.principal, currency),
                        Money::from_minor(split.sum(), currency),
                        amount
                    ),
                );
            }
            Some(split)
        });
        Some(PaymentFact { id: id?, amount: amount?, received_on: received_on?, paid_to: paid_to?, allocation })
    }

    fn payout(
        input: &PayoutInput,
        currency: Currency,
        now: DateTime<Utc>,
        errors: &mut FieldErrors,
    ) -> Option<PayoutFact> {
        let id = errors.check("payout.id", ExternalId::parse(&input.id));
        let amount = money_field(errors, "payout.amount", input.amount.as_ref(), currency, true);
        let paid_on = past_date_field(errors, "payout.paid_on", &input.paid_on, now);
        let zero = || Some(Money::zero(currency));
        let commission = match &input.commission {
            None => zero(),
            Some(m) => money_field(errors, "payout.commission", Some(m), currency, false),
        };
        let costs = match &input.costs {
            None => zero(),
            Some(m) => money_field(errors, "payout.costs", Some(m), currency, false),
        };
        let reference = errors.check("payout.reference", Reference::parse_optional(input.reference.as_deref()));
        Some(PayoutFact {
            id: id?,
            amount: amount?,
            paid_on: paid_on?,
            commission: commission?,
            costs: costs?,
            reference: reference?,
        })
    }

    fn promise(input: &PromiseInput, currency: Currency, errors: &mut FieldErrors) -> Option<PromiseFact> {
        let amount = money_field(errors, "promise.amount", input.amount.as_ref(), currency, true);
        let due_on = date_field(errors, "promise.due_on", &input.due_on);
        if input.instalments.len() > MAX_INSTALMENTS {
            errors.add("promise.instalments", format!("at most {MAX_INSTALMENTS} instalments"));
            return None;
        }
        let mut instalments = Vec::new();
        for (i, instalment) in input.instalments.iter().enumerate() {
            let field = format!("promise.instalments[{i}]");
            let on = date_field(errors, &format!("{field}.due_on"), &instalment.due_on);
            let amount = money_field(errors, &format!("{field}.amount"), instalment.amount.as_ref(), currency, true);
            if let (Some(on), Some(amount)) = (on, amount) {
                if instalments.last().is_some_and(|(last, _): &(NaiveDate, Money)| *last > on) {
                    errors.add(format!("{field}.due_on"), "instalments must be in date order");
                }
                instalments.push((on, amount));
            }
        }
        let (amount, due_on) = (amount?, due_on?);
        if instalments.is_empty() {
            instalments.push((due_on, amount));
        } else {
            let total: i64 = instalments.iter().map(|(_, m)| m.minor()).sum();
            if total != amount.minor() {
                errors.add(
                    "promise.instalments",
                    format!("the instalments make {}, not the promised {amount}", Money::from_minor(total, currency)),
                );
            }
        }
        Some(PromiseFact { amount, due_on, instalments })
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
            ..Default::default()
        }
    }

    fn status_of(event: &PartnerEvent) -> (CaseStatus, Option<Money>, Option<Notes>) {
        match &event.body {
            EventBody::Status { status, collected, message } => (*status, *collected, message.clone()),
            other => panic!("not a status event: {other:?}"),
        }
    }

    fn fields(input: &PartnerEventInput) -> Vec<String> {
        PartnerEvent::parse(input, eur(), now()).unwrap_err().all().iter().map(|e| e.field.clone()).collect()
    }

    #[test]
    fn the_protocol_example_parses() {
        let event = PartnerEvent::parse(&input(), eur(), now()).unwrap();
        assert_eq!(status_of(&event).0, CaseStatus::ContactingDebtor);
        assert_eq!(status_of(&event).1.unwrap().minor(), 30_000);
        assert_eq!(event.occurred_at.to_rfc3339(), "2026-10-02T09:15:00+00:00");
        // offsets are converted to UTC
        let mut other = input();
        other.occurred_at = "2026-10-02T11:15:00+02:00".into();
        assert_eq!(PartnerEvent::parse(&other, eur(), now()).unwrap().occurred_at, event.occurred_at);
        // collected and message are optional
        other.collected = None;
        other.message = Some("  ".into());
        let bare = PartnerEvent::parse(&other, eur(), now()).unwrap();
        assert_eq!((status_of(&bare).1, status_of(&bare).2), (None, None));
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
        assert_eq!(fields(&PartnerEventInput::default()), ["partner_reference", "occurred_at", "status"]);
    }

    #[test]
    fn a_slightly_fast_partner_clock_is_tolerated() {
        let mut i = input();
        i.occurred_at = "2026-10-02T12:04:00Z".into();
        assert!(PartnerEvent::parse(&i, eur(), now()).is_ok());
    }

    fn money(amount: &str) -> Option<MoneyInput> {
        Some(MoneyInput { amount: amount.into(), currency: "EUR".into() })
    }

    fn typed(kind: &str) -> PartnerEventInput {
        PartnerEventInput { kind: Some(kind.into()), status: String::new(), collected: None, message: None, ..input() }
    }

    #[test]
    fn typed_events_parse() {
        let mut i = typed("message");
        i.message = Some("Please send the signed order confirmation".into());
        i.requires_answer = Some(true);
        i.answer_by = Some("2026-10-09".into());
        let event = PartnerEvent::parse(&i, eur(), now()).unwrap();
        assert!(matches!(event.body, EventBody::Message { requires_answer: true, answer_by: Some(_), .. }));

        let mut i = typed("payment");
        i.payment = Some(PaymentInput {
            id: "pay-1".into(),
            amount: money("100.00"),
            received_on: "2026-10-01".into(),
            paid_to: "partner".into(),
            allocation: Some(AllocationInput {
                costs: money("40.00"),
                interest: money("10.00"),
                principal: money("50.00"),
            }),
        });
        let EventBody::Payment(p) = PartnerEvent::parse(&i, eur(), now()).unwrap().body else { panic!() };
        assert_eq!(p.allocation, Some(Split { costs: 4000, interest: 1000, principal: 5000 }));

        let mut i = typed("promise");
        i.promise = Some(PromiseInput {
            amount: money("300.00"),
            due_on: "2026-12-01".into(),
            instalments: vec![
                InstalmentInput { due_on: "2026-11-01".into(), amount: money("100.00") },
                InstalmentInput { due_on: "2026-12-01".into(), amount: money("200.00") },
            ],
        });
        let EventBody::Promise(p) = PartnerEvent::parse(&i, eur(), now()).unwrap().body else { panic!() };
        assert_eq!(p.instalments.len(), 2);

        let mut i = typed("payout");
        i.payout = Some(PayoutInput {
            id: "po-1".into(),
            amount: money("90.00"),
            paid_on: "2026-10-02".into(),
            commission: money("10.00"),
            costs: None,
            reference: Some("TR-1".into()),
        });
        let EventBody::Payout(p) = PartnerEvent::parse(&i, eur(), now()).unwrap().body else { panic!() };
        assert_eq!((p.commission.minor(), p.costs.minor()), (1000, 0));
    }

    #[test]
    fn bad_typed_events_name_their_fields() {
        assert_eq!(fields(&typed("gossip")), ["type"]);
        assert_eq!(fields(&typed("message")), ["message"]);
        assert_eq!(fields(&typed("payment")), ["payment"]);
        assert_eq!(fields(&typed("payment_reversed")), ["payment_id"]);
        let mut i = typed("payment");
        i.payment = Some(PaymentInput {
            id: String::new(),
            amount: money("100.001"),
            received_on: "yesterday".into(),
            paid_to: "bank".into(),
            allocation: None,
        });
        assert_eq!(fields(&i), ["payment.id", "payment.amount.amount", "payment.received_on", "payment.paid_to"]);
        let mut i = typed("payment");
        i.payment = Some(PaymentInput {
            id: "p".into(),
            amount: money("100.00"),
            received_on: "2026-10-01".into(),
            paid_to: String::new(),
            allocation: Some(AllocationInput { costs: money("0"), interest: money("0"), principal: money("99.99") }),
        });
        assert_eq!(fields(&i), ["payment.allocation"]);
        let mut i = typed("promise");
        i.promise = Some(PromiseInput {
            amount: money("300.00"),
            due_on: "2026-12-01".into(),
            instalments: vec![
                InstalmentInput { due_on: "2026-12-01".into(), amount: money("100.00") },
                InstalmentInput { due_on: "2026-11-01".into(), amount: money("100.00") },
            ],
        });
        assert_eq!(fields(&i), ["promise.instalments[1].due_on", "promise.instalments"]);
    }
}
