//! PLACEHOLDER (to be replaced by the reminder texts in eight languages): the smallest
//! version of the interface that lets the reminder flow compile and run. Only English.

use chrono::NaiveDate;

use crate::domain::money::Money;
use crate::i18n::Lang;

pub enum LetterKind {
    Reminder,
    FormalNotice,
}

pub struct LetterInvoice {
    pub number: String,
    pub issue_date: NaiveDate,
    pub due_date: NaiveDate,
    pub outstanding: Money,
}

pub struct PaymentDetails {
    pub iban: String,
    pub bic: Option<String>,
    pub reference: String,
}

pub struct Agency {
    pub name: String,
    pub licence: String,
}

pub struct LetterInput<'a> {
    pub language: &'a str,
    pub kind: LetterKind,
    pub creditor_name: &'a str,
    pub creditor_address: &'a str,
    pub creditor_contact: &'a str,
    pub debtor_name: &'a str,
    pub invoices: &'a [LetterInvoice],
    pub outstanding: Money,
    pub interest: Money,
    pub compensation: Option<Money>,
    pub fee: Option<Money>,
    pub payment: Option<PaymentDetails>,
    pub response_url: &'a str,
    pub agency: Option<Agency>,
    pub today: NaiveDate,
}

pub struct Letter {
    pub language: Lang,
    pub fell_back: bool,
    pub subject: String,
    pub text: String,
    pub html: String,
}

pub fn reminder(input: &LetterInput) -> Letter {
    let subject = match input.kind {
        LetterKind::Reminder => format!("Payment reminder from {}", input.creditor_name),
        LetterKind::FormalNotice => format!("Formal notice from {}", input.creditor_name),
    };
    let mut text = format!("Dear {},\n\nthe following invoices are overdue:\n", input.debtor_name);
    for i in input.invoices {
        text.push_str(&format!("- {} due {}: {}\n", i.number, i.due_date, i.outstanding));
    }
    text.push_str(&format!("\nOutstanding: {}\nInterest to {}: {}\n", input.outstanding, input.today, input.interest));
    if let Some(fee) = input.fee {
        text.push_str(&format!("Reminder fee: {fee}\n"));
    }
    if let Some(agency) = &input.agency {
        text.push_str(&format!("Unpaid, the claim goes to {} ({}).\n", agency.name, agency.licence));
    }
    text.push_str(&format!("\nAnswer here: {}\n", input.response_url));
    let html = format!("<pre>{}</pre>", text.replace('&', "&amp;").replace('<', "&lt;"));
    Letter { language: Lang::En, fell_back: !speaks(input.language), subject, text, html }
}

pub struct PromiseInput<'a> {
    pub language: &'a str,
    pub creditor_name: &'a str,
    pub debtor_name: &'a str,
    pub amount: Money,
    pub promised_on: NaiveDate,
    pub response_url: &'a str,
    pub payment: Option<PaymentDetails>,
}

pub fn promise_confirmation(input: &PromiseInput) -> Letter {
    let subject = format!("Your payment date with {}", input.creditor_name);
    let text = format!(
        "Dear {},\n\nwe confirm your promise to pay {} on {}.\n\nAnswer here: {}\n",
        input.debtor_name, input.amount, input.promised_on, input.response_url
    );
    let html = format!("<pre>{}</pre>", text.replace('&', "&amp;").replace('<', "&lt;"));
    Letter { language: Lang::En, fell_back: !speaks(input.language), subject, text, html }
}

pub fn speaks(language: &str) -> bool {
    matches!(language, "en" | "sv" | "nb" | "da" | "fi" | "de" | "fr" | "nl")
}
