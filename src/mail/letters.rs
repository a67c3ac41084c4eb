//! What a debtor reads: the written reminders before collection and the confirmation of a
//! payment promise, in the debtor's language, as plain text and as simple HTML.
//!
//! Two kinds of written reminder, never numbered ("first reminder" tells the debtor more
//! will come): a friendly reminder, then a formal notice that names the consequence, the
//! hand-over to a licensed collection agency in the debtor's country, with the statutory
//! interest and compensation that follow. Each states the invoices, the total outstanding,
//! the interest to the day (the quote engine's figure, passed in), the fee if any, the
//! payment details (or a line pointing to the invoice's), and the link to the debtor's
//! response page.
//!
//! The texts are in `locales/<language>/letters.ftl`, in the eight languages of
//! [`Lang::DEBTOR`]; another language is written to in English, and [`Letter::fell_back`]
//! says so (the creditor is told before anything is sent, see [`speaks`]).

use chrono::{Days, NaiveDate};

use crate::domain::money::Money;
use crate::i18n::{Arg, Lang, format, t, t_args};

/// Which written reminder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LetterKind {
    /// The friendly reminder.
    Reminder,
    /// The firmer formal notice naming the hand-over to a collection agency.
    FormalNotice,
}

/// An unpaid invoice, as a letter lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LetterInvoice {
    pub number: String,
    pub issue_date: NaiveDate,
    pub due_date: NaiveDate,
    pub outstanding: Money,
}

/// Where the debtor pays.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PaymentDetails {
    pub iban: String,
    pub bic: Option<String>,
    pub reference: String,
}

/// The licensed agency a formal notice says the claim would go to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Agency {
    pub name: String,
    pub licence: String,
}

/// Everything a written reminder says.
#[derive(Debug, Clone)]
pub struct LetterInput<'a> {
    /// The claim's debtor language code, any ISO 639-1.
    pub language: &'a str,
    pub kind: LetterKind,
    pub creditor_name: &'a str,
    pub creditor_address: &'a str,
    pub creditor_contact: &'a str,
    pub debtor_name: &'a str,
    pub invoices: &'a [LetterInvoice],
    /// The total principal outstanding.
    pub outstanding: Money,
    /// Statutory interest to the day: the quote engine's figure.
    pub interest: Money,
    /// The fixed compensation the debtor owes (quote engine).
    pub compensation: Option<Money>,
    /// The reminder fee charged with this letter.
    pub fee: Option<Money>,
    /// `None`: the letter refers to the payment details on the invoice.
    pub payment: Option<PaymentDetails>,
    pub response_url: &'a str,
    /// For the formal notice: the agency the claim would be handed to.
    pub agency: Option<Agency>,
    pub today: NaiveDate,
}

/// A rendered letter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Letter {
    /// The language it is written in.
    pub language: Lang,
    /// True when the debtor's language is not one letters are written in, and this is English.
    pub fell_back: bool,
    pub subject: String,
    pub text: String,
    pub html: String,
}

/// The confirmation of a payment promise the debtor made.
#[derive(Debug, Clone)]
pub struct PromiseInput<'a> {
    pub language: &'a str,
    pub creditor_name: &'a str,
    pub debtor_name: &'a str,
    pub amount: Money,
    pub promised_on: NaiveDate,
    pub response_url: &'a str,
    pub payment: Option<PaymentDetails>,
}

/// Days a letter gives the debtor to pay, from the day it is written.
pub const PAY_WITHIN_DAYS: u64 = 7;

/// Whether letters are written in `language` (an ISO 639-1 code or a language tag);
/// `false`: they would be in English, and the creditor should be told before sending.
pub fn speaks(language: &str) -> bool {
    Lang::debtor_from_tag(language).is_some()
}

fn lang_of(language: &str) -> (Lang, bool) {
    match Lang::debtor_from_tag(language) {
        Some(lang) => (lang, false),
        None => (Lang::En, true),
    }
}

/// A letter under construction: the same paragraphs and lines go to the text and the HTML.
struct Writer {
    text: String,
    html: String,
}

impl Writer {
    fn new() -> Self {
        Self { text: String::new(), html: String::new() }
    }

    fn para(&mut self, words: &str) {
        self.text.push_str(words);
        self.text.push_str("\n\n");
        self.html.push_str(&format!("<p>{}</p>\n", escape(words)));
    }

    /// Lines of one block, `label: value` where a label is given.
    fn lines(&mut self, lines: &[(String, String)]) {
        let mut html = String::from("<p>");
        for (i, (label, value)) in lines.iter().enumerate() {
            let line = if label.is_empty() { value.clone() } else { format!("{label}: {value}") };
            self.text.push_str(&line);
            self.text.push('\n');
            if i > 0 {
                html.push_str("<br>");
            }
            if label.is_empty() {
                html.push_str(&escape(value));
            } else {
                html.push_str(&format!("{}: <strong>{}</strong>", escape(label), escape(value)));
            }
        }
        self.text.push('\n');
        html.push_str("</p>\n");
        self.html.push_str(&html);
    }

    fn link(&mut self, words: &str, url: &str) {
        self.text.push_str(&format!("{words}\n{url}\n\n"));
        let url = escape(url);
        self.html.push_str(&format!("<p>{}<br><a href=\"{url}\">{url}</a></p>\n", escape(words)));
    }

    fn finish(self, lang: Lang, title: &str) -> (String, String) {
        let text = self.text.trim_end().to_string() + "\n";
        let html = format!(
            "<!doctype html>\n<html lang=\"{}\">\n<head><meta charset=\"utf-8\"><title>{}</title></head>\n<body>\n{}</body>\n</html>\n",
            lang.code(),
            escape(title),
            self.html
        );
        (text, html)
    }
}

/// Text made safe for HTML.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// An IBAN as people read it: upper case, in groups of four.
pub fn grouped_iban(iban: &str) -> String {
    let compact: Vec<char> = iban.chars().filter(|c| !c.is_whitespace()).map(|c| c.to_ascii_uppercase()).collect();
    compact.chunks(4).map(|c| c.iter().collect::<String>()).collect::<Vec<_>>().join(" ")
}

fn payment_block(w: &mut Writer, lang: Lang, payment: Option<&PaymentDetails>) {
    match payment {
        Some(p) => {
            let mut lines = vec![(String::new(), t(lang, "letters-pay-to")), ("IBAN".into(), grouped_iban(&p.iban))];
            if let Some(bic) = p.bic.as_deref().map(str::trim).filter(|b| !b.is_empty()) {
                lines.push(("BIC".into(), bic.to_ascii_uppercase()));
            }
            lines.push((t(lang, "letters-reference"), p.reference.clone()));
            w.lines(&lines);
        }
        None => w.para(&t(lang, "letters-pay-invoice-details")),
    }
}

fn signature(w: &mut Writer, lang: Lang, name: &str, address: &str, contact: &str) {
    let mut lines = vec![(String::new(), t(lang, "letters-regards")), (String::new(), name.trim().to_string())];
    for extra in [address, contact] {
        lines.extend(extra.lines().map(str::trim).filter(|l| !l.is_empty()).map(|l| (String::new(), l.to_string())));
    }
    w.lines(&lines);
}

/// A written reminder or formal notice.
pub fn reminder(input: &LetterInput) -> Letter {
    let (lang, fell_back) = lang_of(input.language);
    let money = |m: &Money| format::money(lang, m);
    let date = |d: NaiveDate| format::date(lang, d);
    let creditor = || ("creditor", Arg::from(input.creditor_name));
    let count = || ("count", Arg::from(input.invoices.len()));
    let numbers = input.invoices.iter().map(|i| i.number.as_str()).collect::<Vec<_>>().join(", ");
    let pay_by = input.today.checked_add_days(Days::new(PAY_WITHIN_DAYS)).unwrap_or(input.today);
    let pay_by_arg = || ("date", Arg::from(date(pay_by)));

    let (subject_key, intro_key, pay_by_key) = match input.kind {
        LetterKind::Reminder => ("letters-reminder-subject", "letters-reminder-intro", "letters-reminder-pay-by"),
        LetterKind::FormalNotice => ("letters-notice-subject", "letters-notice-intro", "letters-notice-pay-by"),
    };
    let subject = t_args(lang, subject_key, &[("invoices", Arg::from(numbers.as_str())), creditor()]);

    let mut w = Writer::new();
    w.para(&t_args(lang, "letters-greeting", &[("debtor", Arg::from(input.debtor_name))]));
    w.para(&t_args(lang, intro_key, &[creditor(), count()]));

    // the invoices: a table in HTML, a line each in text
    w.html.push_str(&format!(
        "<table>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
        escape(&t(lang, "letters-col-invoice")),
        escape(&t(lang, "letters-col-issued")),
        escape(&t(lang, "letters-col-due")),
        escape(&t(lang, "letters-col-outstanding")),
    ));
    for invoice in input.invoices {
        let line = t_args(
            lang,
            "letters-invoice-line",
            &[
                ("number", Arg::from(invoice.number.as_str())),
                ("issued", Arg::from(date(invoice.issue_date))),
                ("due", Arg::from(date(invoice.due_date))),
                ("amount", Arg::from(money(&invoice.outstanding))),
            ],
        );
        w.text.push_str(&format!("- {line}\n"));
        w.html.push_str(&format!(
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
            escape(&invoice.number),
            escape(&date(invoice.issue_date)),
            escape(&date(invoice.due_date)),
            escape(&money(&invoice.outstanding)),
        ));
    }
    w.text.push('\n');
    w.html.push_str("</tbody>\n</table>\n");

    // the sums
    let mut total = input.outstanding;
    let mut sums = vec![(t(lang, "letters-outstanding"), money(&input.outstanding))];
    sums.push((t_args(lang, "letters-interest", &[("date", Arg::from(date(input.today)))]), money(&input.interest)));
    total = total.checked_add(&input.interest).unwrap_or(total);
    if let Some(fee) = input.fee.filter(|f| !f.is_zero()) {
        sums.push((t(lang, "letters-fee"), money(&fee)));
        total = total.checked_add(&fee).unwrap_or(total);
    }
    sums.push((t(lang, "letters-total"), money(&total)));
    w.lines(&sums);

    w.para(&t_args(lang, pay_by_key, &[pay_by_arg()]));
    payment_block(&mut w, lang, input.payment.as_ref());

    if input.kind == LetterKind::FormalNotice {
        let handover = match &input.agency {
            Some(agency) => t_args(
                lang,
                "letters-notice-agency",
                &[("agency", Arg::from(agency.name.as_str())), ("licence", Arg::from(agency.licence.as_str()))],
            ),
            None => t(lang, "letters-notice-no-agency"),
        };
        let costs = match &input.compensation {
            Some(c) => t_args(lang, "letters-notice-costs", &[("compensation", Arg::from(money(c)))]),
            None => t(lang, "letters-notice-costs-by-law"),
        };
        w.para(&format!("{handover} {costs}"));
    }

    w.link(&t(lang, "letters-respond"), input.response_url);
    if input.kind == LetterKind::Reminder {
        w.para(&t(lang, "letters-reminder-crossed"));
    }
    signature(&mut w, lang, input.creditor_name, input.creditor_address, input.creditor_contact);

    let (text, html) = w.finish(lang, &subject);
    Letter { language: lang, fell_back, subject, text, html }
}

/// The written confirmation of a payment promise, sent at once.
pub fn promise_confirmation(input: &PromiseInput) -> Letter {
    let (lang, fell_back) = lang_of(input.language);
    let args = [
        ("creditor", Arg::from(input.creditor_name)),
        ("amount", Arg::from(format::money(lang, &input.amount))),
        ("date", Arg::from(format::date(lang, input.promised_on))),
    ];
    let subject = t_args(lang, "letters-promise-subject", &args);
    let mut w = Writer::new();
    w.para(&t_args(lang, "letters-greeting", &[("debtor", Arg::from(input.debtor_name))]));
    w.para(&t_args(lang, "letters-promise-body", &args));
    payment_block(&mut w, lang, input.payment.as_ref());
    w.para(&t(lang, "letters-promise-keep"));
    w.link(&t(lang, "letters-promise-change"), input.response_url);
    signature(&mut w, lang, input.creditor_name, "", "");
    let (text, html) = w.finish(lang, &subject);
    Letter { language: lang, fell_back, subject, text, html }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::money::Currency;

    fn eur(amount: &str) -> Money {
        Money::parse(amount, Currency::parse("EUR").unwrap()).unwrap()
    }

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    const URL: &str = "https://portal.example/r/T0KEN";

    fn invoices() -> Vec<LetterInvoice> {
        vec![
            LetterInvoice {
                number: "INV-2026-041".into(),
                issue_date: day("2026-10-01"),
                due_date: day("2026-10-15"),
                outstanding: eur("12500"),
            },
            LetterInvoice {
                number: "INV-2026-047".into(),
                issue_date: day("2026-10-08"),
                due_date: day("2026-10-22"),
                outstanding: eur("980.40"),
            },
        ]
    }

    fn input<'a>(language: &'a str, kind: LetterKind, invoices: &'a [LetterInvoice]) -> LetterInput<'a> {
        LetterInput {
            language,
            kind,
            creditor_name: "Nordic Tools AB",
            creditor_address: "Storgatan 1\n111 22 Stockholm",
            creditor_contact: "billing@nordictools.example",
            debtor_name: "Müller & Söhne <GmbH>",
            invoices,
            outstanding: eur("13480.40"),
            interest: eur("187.65"),
            compensation: Some(eur("40")),
            fee: Some(eur("5.47")),
            payment: Some(PaymentDetails {
                iban: "se4550000000058398257466".into(),
                bic: Some("essesess".into()),
                reference: "RF18 5390 0754 7034".into(),
            }),
            response_url: URL,
            agency: Some(Agency { name: "Inkasso Süd GmbH".into(), licence: "RDG-12345".into() }),
            today: day("2026-11-05"),
        }
    }

    /// Ways of numbering a reminder as the first of several, per language: never in a letter.
    const FORBIDDEN: &[(Lang, &[&str])] = &[
        (Lang::En, &["first reminder", "1st reminder", "reminder 1", "first notice", "reminder no"]),
        (Lang::Sv, &["första påminnelse", "1:a påminnelse", "påminnelse 1", "första betalningspåminnelse"]),
        (Lang::Nb, &["første purring", "1. purring", "purring 1", "første påminnelse", "første betalingspåminnelse"]),
        (Lang::Da, &["første rykker", "1. rykker", "rykker 1", "første påmindelse", "første betalingspåmindelse"]),
        (Lang::Fi, &["ensimmäinen muistutus", "1. muistutus", "muistutus 1", "ensimmäinen maksumuistutus"]),
        (Lang::De, &["erste mahnung", "1. mahnung", "mahnung 1", "erste zahlungserinnerung", "1. zahlungserinnerung"]),
        (Lang::Fr, &["premier rappel", "1er rappel", "rappel 1", "première relance", "1re relance", "rappel n°"]),
        (
            Lang::Nl,
            &[
                "eerste herinnering",
                "1e herinnering",
                "herinnering 1",
                "eerste aanmaning",
                "eerste betalingsherinnering",
            ],
        ),
    ];

    fn assert_clean(letter: &Letter) {
        let all = format!("{}\n{}\n{}", letter.subject, letter.text, letter.html).to_lowercase();
        for (lang, phrases) in FORBIDDEN {
            for phrase in *phrases {
                assert!(!all.contains(phrase), "{lang:?} phrase {phrase:?} in a {:?} letter:\n{all}", letter.language);
            }
        }
        for text in [&letter.subject, &letter.text] {
            assert!(!text.contains(['{', '}']), "a placeholder left in {text}");
            assert!(!text.contains("letters-"), "a message key in {text}");
        }
        assert!(!letter.subject.contains('\n'));
        assert!(letter.text.lines().all(|l| l == l.trim_end()), "trailing white space in {:?}", letter.text);
    }

    #[test]
    fn every_language_writes_both_kinds_with_the_amounts_as_it_writes_them() {
        let invoices = invoices();
        for lang in Lang::DEBTOR {
            for kind in [LetterKind::Reminder, LetterKind::FormalNotice] {
                let input = input(lang.code(), kind, &invoices);
                let letter = reminder(&input);
                assert_eq!((letter.language, letter.fell_back), (lang, false));
                assert_clean(&letter);
                let total = eur("13673.52"); // 13480.40 + 187.65 + 5.47
                for amount in [eur("12500"), eur("980.40"), eur("13480.40"), eur("187.65"), eur("5.47"), total] {
                    let written = format::money(lang, &amount);
                    assert!(letter.text.contains(&written), "{lang:?} {kind:?}: {written} missing in\n{}", letter.text);
                    assert!(letter.html.contains(&written), "{lang:?} {kind:?}: {written} missing in the HTML");
                }
                for date in [day("2026-10-15"), day("2026-10-22"), day("2026-11-05"), day("2026-11-12")] {
                    assert!(letter.text.contains(&format::date(lang, date)), "{lang:?} {kind:?}: {date}");
                }
                for text in [&letter.text, &letter.html] {
                    assert!(text.contains("INV-2026-041") && text.contains("INV-2026-047"));
                    assert!(text.contains("SE45 5000 0000 0583 9825 7466"), "IBAN in fours");
                    assert!(text.contains("ESSESESS") && text.contains("RF18 5390 0754 7034"));
                    assert!(text.contains(URL));
                    assert!(text.contains("Nordic Tools AB"));
                }
                assert!(letter.subject.contains("INV-2026-041"), "{}", letter.subject);
                let names_agency = letter.text.contains("Inkasso Süd GmbH") && letter.text.contains("RDG-12345");
                let names_compensation = letter.text.contains(&format::money(lang, &eur("40")));
                assert_eq!(names_agency, kind == LetterKind::FormalNotice, "{lang:?} {kind:?}");
                assert_eq!(names_compensation, kind == LetterKind::FormalNotice, "{lang:?} {kind:?}");
                // the two kinds read differently
                let other = reminder(&LetterInput {
                    kind: match kind {
                        LetterKind::Reminder => LetterKind::FormalNotice,
                        LetterKind::FormalNotice => LetterKind::Reminder,
                    },
                    ..input.clone()
                });
                assert_ne!(other.subject, letter.subject);
            }
        }
    }

    #[test]
    fn the_html_is_escaped_and_the_text_keeps_the_words() {
        let invoices = invoices();
        let letter = reminder(&input("en", LetterKind::FormalNotice, &invoices));
        assert!(letter.html.contains("Müller &amp; Söhne &lt;GmbH&gt;"), "{}", letter.html);
        assert!(!letter.html.contains("<GmbH>"));
        assert!(letter.text.contains("Müller & Söhne <GmbH>"), "the text is not escaped");
        assert!(letter.html.starts_with("<!doctype html>") && letter.html.contains("<html lang=\"en\">"));
        assert!(letter.html.contains("<th scope=\"col\">"));
        let german = reminder(&input("de", LetterKind::FormalNotice, &invoices));
        assert!(german.html.contains("<html lang=\"de\">") && german.text.contains("Inkasso"));
        assert!(letter.html.contains(&format!("<a href=\"{URL}\">")));
    }

    #[test]
    fn without_bank_details_the_letter_points_to_the_invoice() {
        let invoices = invoices();
        for lang in Lang::DEBTOR {
            let letter =
                reminder(&LetterInput { payment: None, ..input(lang.code(), LetterKind::Reminder, &invoices) });
            assert!(!letter.text.contains("IBAN"), "{lang:?}");
            assert!(letter.text.contains(&t(lang, "letters-pay-invoice-details")), "{lang:?}");
        }
    }

    #[test]
    fn no_fee_no_agency_no_compensation_are_left_out_or_said_generally() {
        let invoices = invoices();
        let bare = LetterInput {
            fee: None,
            agency: None,
            compensation: None,
            ..input("en", LetterKind::FormalNotice, &invoices[..1])
        };
        let letter = reminder(&bare);
        assert!(!letter.text.contains(&t(Lang::En, "letters-fee")));
        assert!(letter.text.contains(&t(Lang::En, "letters-notice-no-agency")));
        assert!(letter.text.contains(&t(Lang::En, "letters-notice-costs-by-law")));
        assert!(letter.text.contains("13,668.05\u{a0}EUR"), "total without a fee: {}", letter.text);
        assert_clean(&letter);
    }

    #[test]
    fn another_language_falls_back_to_english_and_says_so() {
        let invoices = invoices();
        for code in ["pl", "it", "xx", ""] {
            assert!(!speaks(code));
            let letter = reminder(&input(code, LetterKind::Reminder, &invoices));
            assert_eq!((letter.language, letter.fell_back), (Lang::En, true));
            assert!(letter.text.contains("12,500.00\u{a0}EUR"));
        }
        for code in ["en", "sv", "nb", "no", "da", "fi", "de", "fr", "nl", "fr-BE", "NL"] {
            assert!(speaks(code), "{code}");
        }
        let norwegian = reminder(&input("no", LetterKind::Reminder, &invoices));
        assert_eq!((norwegian.language, norwegian.fell_back), (Lang::Nb, false));
    }

    #[test]
    fn a_promise_is_confirmed_with_its_amount_and_date_in_every_language() {
        for lang in Lang::DEBTOR {
            let letter = promise_confirmation(&PromiseInput {
                language: lang.code(),
                creditor_name: "Nordic Tools AB",
                debtor_name: "Müller GmbH",
                amount: eur("13480.40"),
                promised_on: day("2026-11-20"),
                response_url: URL,
                payment: None,
            });
            assert_eq!((letter.language, letter.fell_back), (lang, false));
            assert_clean(&letter);
            for text in [&letter.subject, &letter.text] {
                assert!(text.contains(&format::money(lang, &eur("13480.40"))), "{lang:?}: {text}");
                assert!(text.contains(&format::date(lang, day("2026-11-20"))), "{lang:?}: {text}");
            }
            assert!(letter.text.contains(URL) && letter.html.contains(URL));
        }
        let polish = promise_confirmation(&PromiseInput {
            language: "pl",
            creditor_name: "A",
            debtor_name: "B",
            amount: eur("1"),
            promised_on: day("2026-11-20"),
            response_url: URL,
            payment: None,
        });
        assert!(polish.fell_back);
    }

    #[test]
    fn ibans_are_grouped_in_fours() {
        assert_eq!(grouped_iban("de89370400440532013000"), "DE89 3704 0044 0532 0130 00");
        assert_eq!(grouped_iban("DE89 3704 0044 0532 0130 00"), "DE89 3704 0044 0532 0130 00");
    }
}
