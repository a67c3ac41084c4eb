//! The texts of the e-mails to creditors, in plain UTF-8 text: one function per kind of
//! notification, each returning its subject and body. Every text lives here, so that
//! translations have one place to start from.

use chrono::NaiveDate;

use crate::domain::money::Money;

/// A subject and a body, ready for an [`OutgoingMail`](super::OutgoingMail).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub subject: String,
    pub body: String,
}

/// The partner asked the creditor a question about a case.
#[derive(Debug, Clone)]
pub struct InformationRequested<'a> {
    pub debtor_name: &'a str,
    pub claim_id: &'a str,
    pub partner_name: &'a str,
    pub question: &'a str,
    pub answer_by: Option<NaiveDate>,
    pub case_url: &'a str,
}

/// Money moved on a case.
#[derive(Debug, Clone)]
pub struct MoneyMoved<'a> {
    pub debtor_name: &'a str,
    pub claim_id: &'a str,
    pub what: MoneyEvent,
    pub case_url: &'a str,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MoneyEvent {
    /// The partner collected `amount` from the debtor.
    Collected { amount: Money },
    /// `amount` was paid out to the creditor, after the partner's `commission` was deducted.
    PaidOut { amount: Money, commission: Money },
}

/// A case reached its end.
#[derive(Debug, Clone)]
pub struct CaseClosed<'a> {
    pub debtor_name: &'a str,
    pub claim_id: &'a str,
    /// How it ended, as the pages name it ("Paid in full", "Closed, uncollectable").
    pub status_label: &'a str,
    /// All that was collected on the case.
    pub collected: Money,
    pub case_url: &'a str,
}

pub fn information_requested(mail: &InformationRequested, public_url: &str) -> Rendered {
    let mut body = format!(
        "Hello,\n\n\
         {partner}, the collection partner working on your case against {debtor}, needs \
         information from you to go on:\n\n{question}\n\n",
        partner = mail.partner_name,
        debtor = mail.debtor_name,
        question = quoted(mail.question),
    );
    if let Some(date) = mail.answer_by {
        body.push_str(&format!("Please answer by {}. ", long_date(date)));
    }
    body.push_str(&format!("You can answer on the case page:\n{}\n", mail.case_url));
    Rendered {
        subject: format!("Information needed: your case against {}", mail.debtor_name),
        body: with_footer(body, mail.claim_id, public_url),
    }
}

pub fn money(mail: &MoneyMoved, public_url: &str) -> Rendered {
    let debtor = mail.debtor_name;
    let (subject, mut body) = match &mail.what {
        MoneyEvent::Collected { amount } => (
            format!("{debtor} paid {amount}"),
            format!("Hello,\n\nGood news: the collection partner has collected {amount} from {debtor}.\n"),
        ),
        MoneyEvent::PaidOut { amount, commission } => {
            let mut body = format!("Hello,\n\n{amount} from your case against {debtor} has been paid out to you.");
            if !commission.is_zero() {
                body.push_str(&format!(" The partner's commission of {commission} was deducted first."));
            }
            body.push('\n');
            (format!("{amount} paid out to you: your case against {debtor}"), body)
        }
    };
    body.push_str(&format!("\nThe case page shows every payment:\n{}\n", mail.case_url));
    Rendered { subject, body: with_footer(body, mail.claim_id, public_url) }
}

pub fn case_closed(mail: &CaseClosed, public_url: &str) -> Rendered {
    let debtor = mail.debtor_name;
    let collected = if mail.collected.is_zero() {
        "Nothing was collected.".to_string()
    } else {
        format!("In all, {} was collected.", mail.collected)
    };
    let body = format!(
        "Hello,\n\nYour case against {debtor} is closed: {status}.\n{collected}\n\n\
         The case page keeps its whole history:\n{url}\n",
        status = mail.status_label,
        url = mail.case_url,
    );
    Rendered {
        subject: format!("Case closed: {debtor} ({})", mail.status_label),
        body: with_footer(body, mail.claim_id, public_url),
    }
}

/// A partner declined the case, and another partner's quote waits for the creditor.
#[derive(Debug, Clone)]
pub struct NewQuote<'a> {
    pub debtor_name: &'a str,
    pub claim_id: &'a str,
    /// "Sandbox Inkasso declined the case: ...".
    pub declined: &'a str,
    pub partner_name: &'a str,
    /// The new partner's fee if the claim is collected in full ("957.50 EUR").
    pub if_collected: &'a str,
    /// The declining partner's, when the case had a quote.
    pub previous_if_collected: Option<&'a str>,
    pub case_url: &'a str,
}

pub fn new_quote(mail: &NewQuote, public_url: &str) -> Rendered {
    let debtor = mail.debtor_name;
    let was = mail.previous_if_collected.map_or(String::new(), |p| format!(" (the previous quote: {p})"));
    let body = format!(
        "Hello,\n\n{declined}.\n\nWe priced your case against {debtor} with the next partner that can take it: \
         {partner} would charge {price} if the claim is collected in full{was}.\n\n\
         Nothing is handed over until you accept the new quote. Accept it, or choose another partner, \
         on the case page:\n{url}\n",
        declined = mail.declined,
        partner = mail.partner_name,
        price = mail.if_collected,
        url = mail.case_url,
    );
    Rendered {
        subject: format!("A new quote waits for your acceptance: {debtor}"),
        body: with_footer(body, mail.claim_id, public_url),
    }
}

/// A partner declined the case, and no other partner can take it.
#[derive(Debug, Clone)]
pub struct NoOtherPartner<'a> {
    pub debtor_name: &'a str,
    pub claim_id: &'a str,
    pub declined: &'a str,
    pub reason: &'a str,
    pub case_url: &'a str,
}

pub fn no_other_partner(mail: &NoOtherPartner, public_url: &str) -> Rendered {
    let debtor = mail.debtor_name;
    let body = format!(
        "Hello,\n\n{declined}.\n\nNo other partner can take your case against {debtor}: {reason}, other than \
         the partners that declined it. You may withdraw the claim on the case page:\n{url}\n",
        declined = mail.declined,
        reason = mail.reason,
        url = mail.case_url,
    );
    Rendered {
        subject: format!("Your case against {debtor} was declined"),
        body: with_footer(body, mail.claim_id, public_url),
    }
}

/// The case number for reference, and where to change what e-mail arrives.
fn with_footer(mut body: String, claim_id: &str, public_url: &str) -> String {
    body.push_str(&format!(
        "\nCase number: {claim_id}\n\n\
         CrossClaim\n\n\
         --\n\
         You get this e-mail because of your CrossClaim account. To choose which e-mails you \
         get, or where they go, open your account settings: {}/account\n",
        public_url.trim_end_matches('/'),
    ));
    body
}

/// The partner's words, set off from ours.
fn quoted(text: &str) -> String {
    text.trim()
        .lines()
        .map(|line| if line.trim().is_empty() { ">".into() } else { format!("> {line}") })
        .collect::<Vec<_>>()
        .join("\n")
}

fn long_date(date: NaiveDate) -> String {
    date.format("%-d %B %Y").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::money::Currency;

    const CASE_URL: &str = "https://portal.example/claims/01JCASE";

    fn eur(amount: &str) -> Money {
        Money::parse(amount, Currency::parse("EUR").unwrap()).unwrap()
    }

    /// What every text has: the link to the case, the case number and the way to the settings,
    /// and nothing that looks like a data key.
    fn assert_common(rendered: &Rendered) {
        let body = &rendered.body;
        assert!(body.contains(CASE_URL), "{body}");
        assert!(body.contains("Case number: 01JCASE"), "{body}");
        assert!(body.contains("https://portal.example/account"), "{body}");
        for text in [&rendered.subject, body] {
            assert!(!text.contains(['{', '}', '_']), "a data key in {text}");
            assert!(!text.contains("claim_id") && !text.contains("debtor_name"), "{text}");
        }
        assert!(!rendered.subject.contains('\n'));
        assert!(body.lines().all(|l| l == l.trim_end()), "trailing white space in {body:?}");
    }

    #[test]
    fn a_new_quote_names_both_partners_prices_and_asks_for_acceptance() {
        let mail = NewQuote {
            debtor_name: "Müller GmbH",
            claim_id: "01JCASE",
            declined: "Sandbox Forderungsmanagement Nord declined the case: no claims against this debtor",
            partner_name: "Sandbox Collections Germany",
            if_collected: "1265.00 EUR",
            previous_if_collected: Some("957.50 EUR"),
            case_url: CASE_URL,
        };
        let rendered = new_quote(&mail, "https://portal.example");
        assert_common(&rendered);
        assert_eq!(rendered.subject, "A new quote waits for your acceptance: Müller GmbH");
        let body = &rendered.body;
        assert!(body.contains("Sandbox Forderungsmanagement Nord declined the case: no claims"), "{body}");
        assert!(body.contains("Sandbox Collections Germany would charge 1265.00 EUR"), "{body}");
        assert!(body.contains("(the previous quote: 957.50 EUR)"), "{body}");
        assert!(body.contains("Nothing is handed over until you accept"), "{body}");

        let none = NoOtherPartner {
            debtor_name: "Müller GmbH",
            claim_id: "01JCASE",
            declined: "Sandbox Law declined the case: conflict of interest",
            reason: "No licensed law firm covers Portugal (PT)",
            case_url: CASE_URL,
        };
        let rendered = no_other_partner(&none, "https://portal.example");
        assert_common(&rendered);
        assert!(rendered.body.contains("No other partner can take your case against Müller GmbH"));
    }

    #[test]
    fn information_requested_quotes_the_question_and_the_date() {
        let mail = InformationRequested {
            debtor_name: "Müller GmbH",
            claim_id: "01JCASE",
            partner_name: "Inkasso Süd",
            question: "Please send the delivery note.\n\nIs the invoice disputed?",
            answer_by: NaiveDate::from_ymd_opt(2025, 3, 5),
            case_url: CASE_URL,
        };
        let rendered = information_requested(&mail, "https://portal.example/");
        assert_common(&rendered);
        assert_eq!(rendered.subject, "Information needed: your case against Müller GmbH");
        let body = &rendered.body;
        assert!(
            body.contains("Inkasso Süd, the collection partner working on your case against Müller GmbH"),
            "{body}"
        );
        assert!(body.contains("> Please send the delivery note.\n>\n> Is the invoice disputed?\n"), "{body}");
        assert!(body.contains("Please answer by 5 March 2025."), "{body}");

        let rendered =
            information_requested(&InformationRequested { answer_by: None, ..mail }, "https://portal.example");
        assert_common(&rendered);
        assert!(!rendered.body.contains("answer by"), "{}", rendered.body);
    }

    #[test]
    fn money_collected_and_paid_out() {
        let collected = MoneyMoved {
            debtor_name: "Müller GmbH",
            claim_id: "01JCASE",
            what: MoneyEvent::Collected { amount: eur("1250.5") },
            case_url: CASE_URL,
        };
        let rendered = money(&collected, "https://portal.example");
        assert_common(&rendered);
        assert_eq!(rendered.subject, "Müller GmbH paid 1250.50 EUR");
        assert!(rendered.body.contains("has collected 1250.50 EUR from Müller GmbH"), "{}", rendered.body);

        let paid_out = MoneyMoved {
            what: MoneyEvent::PaidOut { amount: eur("1125.45"), commission: eur("125.05") },
            ..collected.clone()
        };
        let rendered = money(&paid_out, "https://portal.example");
        assert_common(&rendered);
        assert_eq!(rendered.subject, "1125.45 EUR paid out to you: your case against Müller GmbH");
        assert!(rendered.body.contains("1125.45 EUR from your case against Müller GmbH has been paid out to you."));
        assert!(rendered.body.contains("commission of 125.05 EUR was deducted"), "{}", rendered.body);

        let no_commission =
            MoneyMoved { what: MoneyEvent::PaidOut { amount: eur("10"), commission: eur("0") }, ..collected };
        assert!(!money(&no_commission, "https://portal.example").body.contains("commission"));
    }

    #[test]
    fn case_closed_says_how_and_how_much() {
        let closed = CaseClosed {
            debtor_name: "Müller GmbH",
            claim_id: "01JCASE",
            status_label: "Paid in full",
            collected: eur("1250.50"),
            case_url: CASE_URL,
        };
        let rendered = case_closed(&closed, "https://portal.example");
        assert_common(&rendered);
        assert_eq!(rendered.subject, "Case closed: Müller GmbH (Paid in full)");
        assert!(
            rendered.body.contains("is closed: Paid in full.\nIn all, 1250.50 EUR was collected."),
            "{}",
            rendered.body
        );

        let nothing = CaseClosed { status_label: "Closed, uncollectable", collected: eur("0"), ..closed };
        let rendered = case_closed(&nothing, "https://portal.example");
        assert_common(&rendered);
        assert!(rendered.body.contains("Nothing was collected."), "{}", rendered.body);
    }
}
