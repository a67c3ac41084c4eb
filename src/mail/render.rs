//! The texts of the e-mails to creditors, in plain UTF-8 text: one function per kind of
//! notification, each returning its subject and body. Every text lives here, so that
//! translations have one place to start from.

use chrono::NaiveDate;

use crate::domain::money::Money;
use crate::i18n::{Arg, Lang, format, t, t_args};

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

pub fn information_requested(mail: &InformationRequested, lang: Lang, public_url: &str) -> Rendered {
    let (partner, debtor) = (Arg::from(mail.partner_name), Arg::from(mail.debtor_name));
    let mut body = format!(
        "{}\n\n{}\n\n{}\n\n",
        t(lang, "mail-hello"),
        t_args(lang, "mail-info-intro", &[("partner", partner), ("debtor", debtor)]),
        quoted(mail.question),
    );
    if let Some(date) = mail.answer_by {
        body.push_str(&t_args(lang, "mail-info-answer-by", &[("date", Arg::from(long_date(lang, date)))]));
        body.push(' ');
    }
    body.push_str(&format!("{}\n{}\n", t(lang, "mail-info-answer-here"), mail.case_url));
    Rendered {
        subject: t_args(lang, "mail-info-subject", &[("debtor", Arg::from(mail.debtor_name))]),
        body: with_footer(body, lang, mail.claim_id, public_url),
    }
}

pub fn money(mail: &MoneyMoved, lang: Lang, public_url: &str) -> Rendered {
    let debtor = || ("debtor", Arg::from(mail.debtor_name));
    let written = |m: &Money| Arg::from(format::money(lang, m));
    let hello = t(lang, "mail-hello");
    let (subject, mut body) = match &mail.what {
        MoneyEvent::Collected { amount } => (
            t_args(lang, "mail-collected-subject", &[debtor(), ("amount", written(amount))]),
            format!("{hello}\n\n{}\n", t_args(lang, "mail-collected-body", &[debtor(), ("amount", written(amount))])),
        ),
        MoneyEvent::PaidOut { amount, commission } => {
            let mut body =
                format!("{hello}\n\n{}", t_args(lang, "mail-paid-out-body", &[debtor(), ("amount", written(amount))]));
            if !commission.is_zero() {
                body.push(' ');
                body.push_str(&t_args(lang, "mail-paid-out-commission", &[("commission", written(commission))]));
            }
            body.push('\n');
            (t_args(lang, "mail-paid-out-subject", &[debtor(), ("amount", written(amount))]), body)
        }
    };
    body.push_str(&format!("\n{}\n{}\n", t(lang, "mail-payments-here"), mail.case_url));
    Rendered { subject, body: with_footer(body, lang, mail.claim_id, public_url) }
}

pub fn case_closed(mail: &CaseClosed, lang: Lang, public_url: &str) -> Rendered {
    let args = || [("debtor", Arg::from(mail.debtor_name)), ("status", Arg::from(mail.status_label))];
    let collected = if mail.collected.is_zero() {
        t(lang, "mail-closed-nothing")
    } else {
        t_args(lang, "mail-closed-collected", &[("amount", Arg::from(format::money(lang, &mail.collected)))])
    };
    let body = format!(
        "{}\n\n{}\n{collected}\n\n{}\n{}\n",
        t(lang, "mail-hello"),
        t_args(lang, "mail-closed-body", &args()),
        t(lang, "mail-closed-history"),
        mail.case_url,
    );
    Rendered {
        subject: t_args(lang, "mail-closed-subject", &args()),
        body: with_footer(body, lang, mail.claim_id, public_url),
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

pub fn new_quote(mail: &NewQuote, lang: Lang, public_url: &str) -> Rendered {
    let args = [
        ("debtor", Arg::from(mail.debtor_name)),
        ("partner", Arg::from(mail.partner_name)),
        ("price", Arg::from(mail.if_collected)),
    ];
    let mut priced = t_args(lang, "mail-new-quote-body", &args);
    if let Some(previous) = mail.previous_if_collected {
        priced.push(' ');
        priced.push_str(&t_args(lang, "mail-new-quote-previous", &[("price", Arg::from(previous))]));
    }
    let body = format!(
        "{}\n\n{declined}.\n\n{priced}\n\n{}\n{url}\n",
        t(lang, "mail-hello"),
        t(lang, "mail-new-quote-accept"),
        declined = mail.declined,
        url = mail.case_url,
    );
    Rendered {
        subject: t_args(lang, "mail-new-quote-subject", &[("debtor", Arg::from(mail.debtor_name))]),
        body: with_footer(body, lang, mail.claim_id, public_url),
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

pub fn no_other_partner(mail: &NoOtherPartner, lang: Lang, public_url: &str) -> Rendered {
    let args = [("debtor", Arg::from(mail.debtor_name)), ("reason", Arg::from(mail.reason))];
    let body = format!(
        "{}\n\n{declined}.\n\n{} {}\n{url}\n",
        t(lang, "mail-hello"),
        t_args(lang, "mail-declined-body", &args),
        t(lang, "mail-declined-withdraw"),
        declined = mail.declined,
        url = mail.case_url,
    );
    Rendered {
        subject: t_args(lang, "mail-declined-subject", &[("debtor", Arg::from(mail.debtor_name))]),
        body: with_footer(body, lang, mail.claim_id, public_url),
    }
}

/// The case number for reference, and where to change what e-mail arrives.
fn with_footer(mut body: String, lang: Lang, claim_id: &str, public_url: &str) -> String {
    let url = format!("{}/account", public_url.trim_end_matches('/'));
    body.push_str(&format!(
        "\n{}\n\nCrossClaim\n\n--\n{}\n",
        t_args(lang, "mail-case-number", &[("id", Arg::from(claim_id))]),
        t_args(lang, "mail-footer", &[("url", Arg::from(url))]),
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

/// A date in a sentence: `23 November 2026` in English, else as the language writes dates.
fn long_date(lang: Lang, date: NaiveDate) -> String {
    match lang {
        Lang::En => date.format("%-d %B %Y").to_string(),
        _ => format::date(lang, date),
    }
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
        let rendered = new_quote(&mail, Lang::En, "https://portal.example");
        assert_common(&rendered);
        assert_eq!(rendered.subject, "A new quote waits for your acceptance: Müller GmbH");
        let body = &rendered.body;
        assert!(body.contains("Sandbox Forderungsmanagement Nord declined the case: no claims"), "{body}");
        assert!(body.contains("Sandbox Collections Germany would charge 1265.00 EUR"), "{body}");
        assert!(body.contains("The previous quote: 957.50 EUR."), "{body}");
        assert!(body.contains("Nothing is handed over until you accept"), "{body}");

        let none = NoOtherPartner {
            debtor_name: "Müller GmbH",
            claim_id: "01JCASE",
            declined: "Sandbox Law declined the case: conflict of interest",
            reason: "No licensed law firm covers Portugal (PT)",
            case_url: CASE_URL,
        };
        let rendered = no_other_partner(&none, Lang::En, "https://portal.example");
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
        let rendered = information_requested(&mail, Lang::En, "https://portal.example/");
        assert_common(&rendered);
        assert_eq!(rendered.subject, "Information needed: your case against Müller GmbH");
        let body = &rendered.body;
        assert!(
            body.contains("Inkasso Süd, the collection partner working on your case against Müller GmbH"),
            "{body}"
        );
        assert!(body.contains("> Please send the delivery note.\n>\n> Is the invoice disputed?\n"), "{body}");
        assert!(body.contains("Please answer by 5 March 2025."), "{body}");

        let rendered = information_requested(
            &InformationRequested { answer_by: None, ..mail },
            Lang::En,
            "https://portal.example",
        );
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
        let rendered = money(&collected, Lang::En, "https://portal.example");
        assert_common(&rendered);
        assert_eq!(rendered.subject, "Müller GmbH paid 1,250.50\u{a0}EUR");
        assert!(rendered.body.contains("has collected 1,250.50\u{a0}EUR from Müller GmbH"), "{}", rendered.body);

        let paid_out = MoneyMoved {
            what: MoneyEvent::PaidOut { amount: eur("1125.45"), commission: eur("125.05") },
            ..collected.clone()
        };
        let rendered = money(&paid_out, Lang::En, "https://portal.example");
        assert_common(&rendered);
        assert_eq!(rendered.subject, "1,125.45\u{a0}EUR paid out to you: your case against Müller GmbH");
        assert!(
            rendered.body.contains("1,125.45\u{a0}EUR from your case against Müller GmbH has been paid out to you.")
        );
        assert!(rendered.body.contains("commission of 125.05\u{a0}EUR was deducted"), "{}", rendered.body);

        let no_commission =
            MoneyMoved { what: MoneyEvent::PaidOut { amount: eur("10"), commission: eur("0") }, ..collected };
        assert!(!money(&no_commission, Lang::En, "https://portal.example").body.contains("commission"));
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
        let rendered = case_closed(&closed, Lang::En, "https://portal.example");
        assert_common(&rendered);
        assert_eq!(rendered.subject, "Case closed: Müller GmbH (Paid in full)");
        assert!(
            rendered.body.contains("is closed: Paid in full.\nIn all, 1,250.50\u{a0}EUR was collected."),
            "{}",
            rendered.body
        );

        let nothing = CaseClosed { status_label: "Closed, uncollectable", collected: eur("0"), ..closed };
        let rendered = case_closed(&nothing, Lang::En, "https://portal.example");
        assert_common(&rendered);
        assert!(rendered.body.contains("Nothing was collected."), "{}", rendered.body);
    }

    #[test]
    fn an_account_reads_its_mail_in_its_language() {
        let collected = MoneyMoved {
            debtor_name: "Müller GmbH",
            claim_id: "01JCASE",
            what: MoneyEvent::Collected { amount: eur("1250.5") },
            case_url: CASE_URL,
        };
        let rendered = money(&collected, Lang::De, "https://portal.example");
        assert_eq!(rendered.subject, "Müller GmbH hat 1.250,50\u{a0}€ gezahlt");
        assert!(rendered.body.starts_with("Guten Tag,\n\nGute Nachrichten"), "{}", rendered.body);
        assert!(rendered.body.contains("Fallnummer: 01JCASE"), "{}", rendered.body);
        let sv = money(&collected, Lang::Sv, "https://portal.example");
        assert_eq!(sv.subject, "Müller GmbH har betalat 1\u{a0}250,50\u{a0}€");
    }
}
