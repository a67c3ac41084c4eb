//! A claim against a foreign debtor: the raw input both front doors (form and JSON) produce,
//! and the validated [`NewClaim`] that is the only thing intake accepts.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::country::{Country, Language};
use super::money::{Currency, Money};
use super::text::{Email, Line, Name, Notes, Phone, Reference};
use super::validation::{FieldErrors, Msg};

pub const MAX_INVOICES: usize = 100;
pub const MAX_ADDRESS_LINES: usize = 4;
pub const MAX_REMINDERS: usize = 10;

/// What a creditor typed or posted, before any checking. Every field is optional here so
/// that a missing field becomes a message naming it, not a parse failure.
#[derive(Debug, Default, Clone, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct ClaimInput {
    pub debtor: DebtorInput,
    pub invoices: Vec<InvoiceInput>,
    pub disputed: bool,
    pub history: HistoryInput,
    /// The partner the creditor chose instead of routing's recommendation; blank or absent:
    /// the recommendation.
    pub partner_id: Option<String>,
    /// File it even when one of its invoices was filed before against the same debtor
    /// (see [`super::duplicate`]); otherwise such a claim is refused, naming the earlier one.
    pub allow_duplicate: bool,
    /// `collection` (the default: straight to a partner) or `reminders` (the reminder flow
    /// first, the hand-over at its end).
    pub start: Option<String>,
    /// The creditor's reminder flow to run; none: the debtor's category's, or the default.
    pub flow: Option<String>,
}

#[derive(Debug, Default, Clone, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct DebtorInput {
    pub name: String,
    pub registration_number: String,
    pub vat_number: Option<String>,
    pub country: String,
    pub address: AddressInput,
    pub contact: ContactInput,
    pub language: Option<String>,
}

#[derive(Debug, Default, Clone, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct AddressInput {
    pub lines: Vec<String>,
    pub postal_code: String,
    pub city: String,
}

#[derive(Debug, Default, Clone, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct ContactInput {
    pub name: String,
    pub email: String,
    pub phone: Option<String>,
}

#[derive(Debug, Default, Clone, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct InvoiceInput {
    pub number: String,
    pub issue_date: String,
    pub due_date: String,
    pub amount: MoneyInput,
}

#[derive(Debug, Default, Clone, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct MoneyInput {
    pub amount: String,
    pub currency: String,
}

#[derive(Debug, Default, Clone, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct HistoryInput {
    pub reminders_sent: Vec<String>,
    pub debtor_response: Option<String>,
    pub notes: Option<String>,
}

/// Why the debtor has not paid, as far as the creditor knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum DebtorResponse {
    /// No answer: the debtor ignores reminders.
    Ignores,
    Forgot,
    CannotPay,
    Refuses,
    Disputes,
}

impl DebtorResponse {
    pub const ALL: [DebtorResponse; 5] = [Self::Ignores, Self::Forgot, Self::CannotPay, Self::Refuses, Self::Disputes];

    pub fn parse(input: &str) -> Result<Self, String> {
        match input.trim().to_ascii_lowercase().replace([' ', '-'], "_").as_str() {
            "" | "ignores" | "no_answer" => Ok(Self::Ignores),
            "forgot" => Ok(Self::Forgot),
            "cannot_pay" => Ok(Self::CannotPay),
            "refuses" => Ok(Self::Refuses),
            "disputes" => Ok(Self::Disputes),
            other => {
                Err(format!("\"{other}\" is not one of: ignores (no answer), forgot, cannot_pay, refuses, disputes"))
            }
        }
    }

    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Ignores => "ignores",
            Self::Forgot => "forgot",
            Self::CannotPay => "cannot_pay",
            Self::Refuses => "refuses",
            Self::Disputes => "disputes",
        }
    }

    pub fn label(&self) -> &'static str {
        match self {
            Self::Ignores => "No answer: ignores our reminders",
            Self::Forgot => "Forgot to pay",
            Self::CannotPay => "Cannot pay",
            Self::Refuses => "Refuses to pay",
            Self::Disputes => "Disputes the claim",
        }
    }
}

/// What the partner is asked to do: collect an undisputed claim, or pursue a disputed one legally.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Service {
    Collection,
    Legal,
}

impl Service {
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Collection => "collection",
            Self::Legal => "legal",
        }
    }

    pub fn parse(input: &str) -> Option<Self> {
        match input {
            "collection" => Some(Self::Collection),
            "legal" => Some(Self::Legal),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Address {
    pub lines: Vec<Line>,
    pub postal_code: Option<Reference>,
    pub city: Line,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Contact {
    pub name: Name,
    pub email: Email,
    pub phone: Option<Phone>,
}

/// The debtor, in the shape of the partner protocol.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Debtor {
    pub name: Name,
    pub registration_number: Reference,
    pub vat_number: Option<Reference>,
    pub country: Country,
    pub address: Address,
    pub contact: Contact,
    pub language: Language,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Invoice {
    pub number: Reference,
    pub issue_date: NaiveDate,
    pub due_date: NaiveDate,
    pub amount: Money,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct History {
    pub reminders_sent: Vec<NaiveDate>,
    pub debtor_response: DebtorResponse,
    pub notes: Option<Notes>,
}

/// A claim that passed every check: at least one overdue invoice, one currency, a debtor
/// that can be written to. Built only by [`NewClaim::parse`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewClaim {
    debtor: Debtor,
    invoices: Vec<Invoice>,
    principal: Money,
    disputed: bool,
    history: History,
}

/// The earliest date an invoice, a due date or a reminder may have.
pub const EARLIEST_DATE: NaiveDate = NaiveDate::from_ymd_opt(1970, 1, 1).expect("a date");
/// The latest: far enough for any payment term, near enough to catch a mistyped year.
pub const LATEST_DATE: NaiveDate = NaiveDate::from_ymd_opt(2099, 12, 31).expect("a date");

/// Parses a `YYYY-MM-DD` date between [`EARLIEST_DATE`] and [`LATEST_DATE`]: the dates of
/// invoices, reminders and quotes.
pub fn parse_date(input: &str) -> Result<NaiveDate, String> {
    let date = parse_any_date(input)?;
    if !(EARLIEST_DATE..=LATEST_DATE).contains(&date) {
        return Err(format!("{date} is not a plausible date: enter one between {EARLIEST_DATE} and {LATEST_DATE}"));
    }
    Ok(date)
}

/// A date of a claim's field, its error recorded with a message key for pages.
fn check_date(errors: &mut FieldErrors, field: String, input: &str) -> Option<NaiveDate> {
    match parse_date(input) {
        Ok(date) => Some(date),
        Err(english) => {
            let key = if input.trim().is_empty() {
                "errors-date-empty"
            } else if parse_any_date(input).is_ok() {
                "errors-date-implausible"
            } else {
                "errors-date-invalid"
            };
            errors.add_msg(field, english, Msg::new(key));
            None
        }
    }
}

/// Parses any `YYYY-MM-DD` date (four-digit years): for the registry's licence dates, which
/// may lie far ahead (`9999-12-31`).
pub fn parse_any_date(input: &str) -> Result<NaiveDate, String> {
    let text = input.trim();
    if text.is_empty() {
        return Err("enter a date as YYYY-MM-DD".into());
    }
    let shaped = text.len() == 10
        && text.bytes().enumerate().all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() });
    shaped
        .then(|| NaiveDate::parse_from_str(text, "%Y-%m-%d").ok())
        .flatten()
        .ok_or_else(|| format!("\"{text}\" is not a date as YYYY-MM-DD"))
}

impl NewClaim {
    /// Checks every field of `input`, as of `today`, and reports every problem at once.
    pub fn parse(input: &ClaimInput, today: NaiveDate) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        let debtor = parse_debtor(&input.debtor, &mut errors);
        let lines = parse_invoices(&input.invoices, today, InvoicePurpose::Claim, &mut errors);
        let history = parse_history(&input.history, today, &mut errors);
        let principal = lines.as_deref().and_then(principal_of);
        // For a claim, number and issue date were required above, so every line has them.
        let invoices = lines.and_then(|lines| {
            lines
                .into_iter()
                .map(|l| {
                    Some(Invoice {
                        number: l.number?,
                        issue_date: l.issue_date?,
                        due_date: l.due_date,
                        amount: l.amount,
                    })
                })
                .collect::<Option<Vec<_>>>()
        });
        let (Some(debtor), Some(invoices), Some(history), Some(principal)) = (debtor, invoices, history, principal)
        else {
            return Err(errors);
        };
        let disputed = input.disputed || history.debtor_response == DebtorResponse::Disputes;
        errors.finish(|| Self { debtor, invoices, principal, disputed, history })
    }

    pub fn debtor(&self) -> &Debtor {
        &self.debtor
    }

    pub fn invoices(&self) -> &[Invoice] {
        &self.invoices
    }

    /// The sum of the invoices.
    pub fn principal(&self) -> Money {
        self.principal
    }

    pub fn currency(&self) -> Currency {
        self.principal.currency()
    }

    pub fn disputed(&self) -> bool {
        self.disputed
    }

    pub fn history(&self) -> &History {
        &self.history
    }

    /// Disputed claims need lawyers; everything else is collection.
    pub fn service(&self) -> Service {
        if self.disputed { Service::Legal } else { Service::Collection }
    }
}

fn parse_debtor(input: &DebtorInput, errors: &mut FieldErrors) -> Option<Debtor> {
    let name = errors.check_explained("debtor.name", Name::parse(&input.name));
    let registration_number =
        errors.check_explained("debtor.registration_number", Reference::parse(&input.registration_number));
    let vat_number = errors.check("debtor.vat_number", parse_vat(input.vat_number.as_deref()));
    let country = errors.check_explained("debtor.country", Country::parse(&input.country));
    let address = parse_address(&input.address, errors);
    let contact_name = errors.check_explained("debtor.contact.name", Name::parse(&input.contact.name));
    let email = errors.check_explained("debtor.contact.email", Email::parse(&input.contact.email));
    let phone = match input.contact.phone.as_deref().map(str::trim) {
        None | Some("") => Some(None),
        Some(phone) => errors.check_explained("debtor.contact.phone", Phone::parse(phone)).map(Some),
    };
    let language = match input.language.as_deref().map(str::trim) {
        None | Some("") => country.map(|c| c.default_language()),
        Some(code) => errors.check_explained("debtor.language", Language::parse(code)),
    };
    Some(Debtor {
        name: name?,
        registration_number: registration_number?,
        vat_number: vat_number?,
        country: country?,
        address: address?,
        contact: Contact { name: contact_name?, email: email?, phone: phone? },
        language: language?,
    })
}

fn parse_vat(input: Option<&str>) -> Result<Option<Reference>, String> {
    let Some(text) = input.map(str::trim).filter(|t| !t.is_empty()) else {
        return Ok(None);
    };
    let compact: String = text.chars().filter(|c| !matches!(c, ' ' | '.' | '-')).collect::<String>().to_uppercase();
    let well_formed = compact.len() >= 4
        && compact.len() <= 16
        && compact.chars().take(2).all(|c| c.is_ascii_alphabetic())
        && compact.chars().all(|c| c.is_ascii_alphanumeric());
    if !well_formed {
        return Err(format!(
            "\"{text}\" is not a VAT number: two letters for the country, then digits (e.g. DE123456789)"
        ));
    }
    Reference::parse(&compact).map(Some).map_err(|e| e.to_string())
}

fn parse_address(input: &AddressInput, errors: &mut FieldErrors) -> Option<Address> {
    let mut lines = Some(Vec::new());
    let given: Vec<(usize, &String)> = input.lines.iter().enumerate().filter(|(_, l)| !l.trim().is_empty()).collect();
    if given.is_empty() {
        errors.add_msg("debtor.address.lines[0]", "enter the street address", Msg::new("errors-street-required"));
        lines = None;
    } else if given.len() > MAX_ADDRESS_LINES {
        errors.add("debtor.address.lines", format!("at most {MAX_ADDRESS_LINES} address lines"));
        lines = None;
    }
    for (i, line) in given.into_iter().take(MAX_ADDRESS_LINES) {
        let parsed = errors.check_explained(format!("debtor.address.lines[{i}]"), Line::parse(line));
        match (&mut lines, parsed) {
            (Some(lines), Some(line)) => lines.push(line),
            _ => lines = None,
        }
    }
    let postal_code =
        errors.check_explained("debtor.address.postal_code", Reference::parse_optional(Some(&input.postal_code)));
    let city = errors.check_explained("debtor.address.city", Line::parse(&input.city));
    Some(Address { lines: lines?, postal_code: postal_code?, city: city? })
}

/// What a list of invoices is checked for: filing a claim, or pricing one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InvoicePurpose {
    /// Filing: every invoice needs its number and issue date, and must be overdue.
    Claim,
    /// A quote: number and issue date may be left out (they are checked when given), and an
    /// invoice not yet due is priced too; the quote then says why it carries no interest.
    Quote,
}

/// An invoice as checked for either purpose: number and issue date are always present
/// for a claim, and present for a quote when the creditor gave them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvoiceLine {
    pub number: Option<Reference>,
    pub issue_date: Option<NaiveDate>,
    pub due_date: NaiveDate,
    pub amount: Money,
}

/// The sum of the invoices, all in one currency (checked by [`parse_invoices`]).
pub fn principal_of(lines: &[InvoiceLine]) -> Option<Money> {
    let (first, rest) = lines.split_first()?;
    rest.iter().try_fold(first.amount, |sum, line| sum.checked_add(&line.amount))
}

/// Checks the invoices of a claim or a quote as of `today`, recording every problem under
/// its field name (`invoices[0].due_date`). Claims and quotes share this one set of rules;
/// `purpose` says only whether number, issue date and an overdue due date are required.
pub fn parse_invoices(
    inputs: &[InvoiceInput],
    today: NaiveDate,
    purpose: InvoicePurpose,
    errors: &mut FieldErrors,
) -> Option<Vec<InvoiceLine>> {
    if inputs.is_empty() {
        errors.add_msg("invoices", "add at least one overdue invoice", Msg::new("errors-no-invoice"));
        return None;
    }
    if inputs.len() > MAX_INVOICES {
        errors.add("invoices", format!("at most {MAX_INVOICES} invoices in one claim"));
        return None;
    }
    let optional = |text: &str| purpose == InvoicePurpose::Quote && text.trim().is_empty();
    let mut invoices = Some(Vec::with_capacity(inputs.len()));
    let mut claim_currency: Option<Currency> = None;
    for (i, input) in inputs.iter().enumerate() {
        let field = |name: &str| format!("invoices[{i}].{name}");
        let number = if optional(&input.number) {
            Some(None)
        } else {
            errors.check_explained(field("number"), Reference::parse(&input.number)).map(Some)
        };
        if let (Some(Some(number)), Some(done)) = (&number, &invoices) {
            if done.iter().any(|inv: &InvoiceLine| inv.number.as_ref() == Some(number)) {
                errors.add_msg(
                    field("number"),
                    format!("invoice {number} is listed twice"),
                    Msg::new("errors-invoice-twice").arg("number", number),
                );
            }
        }
        let issue_date = if optional(&input.issue_date) {
            Some(None)
        } else {
            check_date(errors, field("issue_date"), &input.issue_date).map(Some)
        };
        let due_date = check_date(errors, field("due_date"), &input.due_date);
        if let Some(Some(issue)) = issue_date {
            if issue > today {
                errors.add_msg(
                    field("issue_date"),
                    format!("{issue} is in the future"),
                    Msg::new("errors-date-future"),
                );
            }
        }
        if let (Some(Some(issue)), Some(due)) = (issue_date, due_date) {
            if due < issue {
                errors.add_msg(
                    field("due_date"),
                    format!("the due date {due} is before the issue date {issue}"),
                    Msg::new("errors-due-before-issue"),
                );
            }
        }
        if let Some(due) = due_date {
            if due >= today && purpose == InvoicePurpose::Claim {
                errors.add_msg(
                    field("due_date"),
                    format!("the invoice is not overdue yet: it falls due on {due}; file the claim after that day"),
                    Msg::new("errors-not-overdue").date("due", due),
                );
            }
        }
        let currency = errors.check_explained(field("amount.currency"), Currency::parse(&input.amount.currency));
        if let Some(currency) = currency {
            match claim_currency {
                None => claim_currency = Some(currency),
                Some(first) if first != currency => errors.add_msg(
                    field("amount.currency"),
                    format!("all invoices of one claim must be in one currency; the first is in {first}"),
                    Msg::new("errors-one-currency").arg("first", first),
                ),
                Some(_) => {}
            }
        }
        let amount = currency.and_then(|c| {
            errors.check_explained(field("amount.amount"), Money::parse_positive(&input.amount.amount, c))
        });
        match (&mut invoices, number, issue_date, due_date, amount) {
            (Some(list), Some(number), Some(issue_date), Some(due_date), Some(amount)) => {
                list.push(InvoiceLine { number, issue_date, due_date, amount })
            }
            _ => invoices = None,
        }
    }
    invoices
}

fn parse_history(input: &HistoryInput, today: NaiveDate, errors: &mut FieldErrors) -> Option<History> {
    let mut reminders = Some(Vec::new());
    let given: Vec<(usize, &String)> =
        input.reminders_sent.iter().enumerate().filter(|(_, d)| !d.trim().is_empty()).collect();
    if given.len() > MAX_REMINDERS {
        errors.add("history.reminders_sent", format!("at most {MAX_REMINDERS} reminder dates"));
        reminders = None;
    }
    for (i, text) in given.into_iter().take(MAX_REMINDERS) {
        let field = format!("history.reminders_sent[{i}]");
        let date = check_date(errors, field.clone(), text);
        if let Some(date) = date {
            if date > today {
                errors.add_msg(field, format!("{date} is in the future"), Msg::new("errors-date-future"));
            }
        }
        match (&mut reminders, date) {
            (Some(list), Some(date)) => list.push(date),
            _ => reminders = None,
        }
    }
    if let Some(list) = &mut reminders {
        list.sort();
        list.dedup();
    }
    let response =
        errors.check("history.debtor_response", DebtorResponse::parse(input.debtor_response.as_deref().unwrap_or("")));
    let notes = errors.check_explained("history.notes", Notes::parse_optional(input.notes.as_deref()));
    Some(History { reminders_sent: reminders?, debtor_response: response?, notes: notes? })
}

#[cfg(test)]
mod date_tests {
    use super::parse_date;

    #[test]
    fn dates_are_plausible() {
        assert_eq!(parse_date(" 2026-01-31 ").unwrap().to_string(), "2026-01-31");
        assert_eq!(parse_date("1970-01-01").unwrap().to_string(), "1970-01-01");
        for bad in [
            "-001-01-01",
            "0000-01-01",
            "1582-10-15",
            "1900-01-01",
            "1969-12-31",
            "2100-01-01",
            "+2026-01-1",
            "2026-1-011",
            "2026-02-30",
        ] {
            assert!(parse_date(bad).is_err(), "{bad}");
        }
        assert!(parse_date("1900-01-01").unwrap_err().contains("plausible"));
        assert_eq!(super::parse_any_date("9999-12-31").unwrap().to_string(), "9999-12-31");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
    }

    pub(crate) fn valid_input() -> ClaimInput {
        ClaimInput {
            debtor: DebtorInput {
                name: "Muster Handel GmbH".into(),
                registration_number: "HRB 12345".into(),
                vat_number: Some("DE 123 456 789".into()),
                country: "de".into(),
                address: AddressInput {
                    lines: vec!["Hauptstraße 1".into(), "".into()],
                    postal_code: "10115".into(),
                    city: "Berlin".into(),
                },
                contact: ContactInput { name: "Erika Muster".into(), email: "erika@muster.de".into(), phone: None },
                language: None,
            },
            invoices: vec![InvoiceInput {
                number: "INV-1".into(),
                issue_date: "2026-08-01".into(),
                due_date: "2026-08-31".into(),
                amount: MoneyInput { amount: "1200.00".into(), currency: "EUR".into() },
            }],
            disputed: false,
            allow_duplicate: false,
            start: None,
            flow: None,
            history: HistoryInput::default(),
            partner_id: None,
        }
    }

    fn errors_of(input: &ClaimInput) -> FieldErrors {
        NewClaim::parse(input, today()).expect_err("should be refused")
    }

    #[test]
    fn a_valid_claim_is_normalised() {
        let claim = NewClaim::parse(&valid_input(), today()).unwrap();
        assert_eq!(claim.debtor().country.code(), "DE");
        assert_eq!(claim.debtor().language.code(), "de");
        assert_eq!(claim.debtor().vat_number.as_ref().unwrap().as_str(), "DE123456789");
        assert_eq!(claim.debtor().address.lines.len(), 1);
        assert_eq!(claim.principal().to_string(), "1200.00 EUR");
        assert_eq!(claim.service(), Service::Collection);
    }

    #[test]
    fn principal_is_the_sum_and_disputes_mean_legal() {
        let mut input = valid_input();
        let mut second = input.invoices[0].clone();
        second.number = "INV-2".into();
        second.amount.amount = "0.50".into();
        input.invoices.push(second);
        input.history.debtor_response = Some("disputes".into());
        let claim = NewClaim::parse(&input, today()).unwrap();
        assert_eq!(claim.principal().minor(), 120_050);
        assert_eq!(claim.service(), Service::Legal);
    }

    #[test]
    fn every_bad_field_is_named() {
        let mut input = valid_input();
        input.debtor.name = " ".into();
        input.debtor.country = "Germany".into();
        input.debtor.contact.email = "nope".into();
        input.invoices[0].amount.amount = "-3".into();
        input.invoices[0].due_date = "2026-12-01".into();
        let errors = errors_of(&input);
        for field in [
            "debtor.name",
            "debtor.country",
            "debtor.contact.email",
            "invoices[0].amount.amount",
            "invoices[0].due_date",
        ] {
            assert!(errors.get(field).is_some(), "{field} missing from {errors:?}");
        }
    }

    #[test]
    fn due_dates_must_have_passed_and_follow_the_issue_date() {
        let mut input = valid_input();
        input.invoices[0].due_date = today().to_string();
        assert!(errors_of(&input).get("invoices[0].due_date").unwrap().contains("not overdue"));
        input.invoices[0].due_date = "2026-07-01".into();
        assert!(errors_of(&input).get("invoices[0].due_date").unwrap().contains("before the issue date"));
        input.invoices[0].due_date = "2026-02-30".into();
        assert!(errors_of(&input).get("invoices[0].due_date").is_some());
    }

    #[test]
    fn quotes_share_the_invoice_rules_but_may_price_an_invoice_not_yet_due() {
        let check = |inputs: &[InvoiceInput], purpose| {
            let mut errors = FieldErrors::new();
            let lines = parse_invoices(inputs, today(), purpose, &mut errors);
            (lines, errors)
        };
        let mut future = valid_input().invoices;
        future[0].due_date = "2026-12-31".into();
        let (_, errors) = check(&future, InvoicePurpose::Claim);
        assert!(errors.get("invoices[0].due_date").unwrap().contains("not overdue yet"));
        let (lines, errors) = check(&future, InvoicePurpose::Quote);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(lines.unwrap()[0].due_date, NaiveDate::from_ymd_opt(2026, 12, 31).unwrap());
        // number and issue date: required for a claim, optional for a quote, checked when given
        let mut bare = valid_input().invoices;
        bare[0].number.clear();
        bare[0].issue_date.clear();
        let (_, errors) = check(&bare, InvoicePurpose::Claim);
        assert!(errors.get("invoices[0].number").is_some() && errors.get("invoices[0].issue_date").is_some());
        let (lines, errors) = check(&bare, InvoicePurpose::Quote);
        assert!(errors.is_empty());
        assert_eq!(lines.unwrap()[0].number, None);
        bare[0].issue_date = "2027-01-01".into();
        let (_, errors) = check(&bare, InvoicePurpose::Quote);
        assert!(errors.get("invoices[0].issue_date").unwrap().contains("future"));
        // everything else is refused the same way for both
        let mut bad = valid_input().invoices;
        bad[0].amount.amount = "10.005".into();
        let (_, claim_errors) = check(&bad, InvoicePurpose::Claim);
        let (_, quote_errors) = check(&bad, InvoicePurpose::Quote);
        assert_eq!(claim_errors, quote_errors);
    }

    #[test]
    fn one_currency_per_claim_and_no_duplicates() {
        let mut input = valid_input();
        let mut second = input.invoices[0].clone();
        second.amount.currency = "SEK".into();
        input.invoices.push(second);
        let errors = errors_of(&input);
        assert!(errors.get("invoices[1].amount.currency").unwrap().contains("one currency"));
        assert!(errors.get("invoices[1].number").unwrap().contains("twice"));
    }

    #[test]
    fn over_precise_and_unknown() {
        let mut input = valid_input();
        input.invoices[0].amount.amount = "10.005".into();
        assert!(errors_of(&input).get("invoices[0].amount.amount").unwrap().contains("decimal places"));
        input.invoices[0].amount = MoneyInput { amount: "10.5".into(), currency: "JPY".into() };
        assert!(errors_of(&input).get("invoices[0].amount.amount").is_some());
        input.invoices[0].amount.currency = "ABC".into();
        assert!(errors_of(&input).get("invoices[0].amount.currency").is_some());
        input.invoices.clear();
        assert!(errors_of(&input).get("invoices").is_some());
    }

    #[test]
    fn history_is_checked() {
        let mut input = valid_input();
        input.history.reminders_sent = vec!["2026-09-07".into(), "2027-01-01".into(), "yesterday".into()];
        input.history.debtor_response = Some("maybe".into());
        let errors = errors_of(&input);
        assert!(errors.get("history.reminders_sent[1]").unwrap().contains("future"));
        assert!(errors.get("history.reminders_sent[2]").is_some());
        assert!(errors.get("history.debtor_response").is_some());
    }
}
