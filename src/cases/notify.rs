//! E-mails to the creditor about a case: written to the outbox in the transaction of what
//! they are about, rendered and sent by the dispatcher (`crate::mail`), retried like every
//! delivery. The creditor chooses on the account page which kinds they get.

use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

use crate::db::claims;
use crate::db::creditors::{self, Notifications};
use crate::db::deliveries::{DeliveryRow, MAIL, MAIL_RECIPIENT};
use crate::db::{Conn, DbError};
use crate::domain::money::{Currency, Money};
use crate::mail::{MailError, OutgoingMail, render};
use crate::state::AppState;

/// What an e-mail tells; the dispatcher renders it in the creditor's words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Notice {
    InformationRequested {
        question: String,
        answer_by: Option<String>,
    },
    Collected {
        amount: String,
    },
    PaidOut {
        amount: String,
        commission: String,
    },
    Closed {
        status_label: String,
        collected: String,
    },
    /// The partner declined; another partner's quote waits for the creditor's acceptance.
    NewQuote {
        declined: String,
        partner_name: String,
        if_collected: String,
        previous_if_collected: Option<String>,
    },
    /// The partner declined, and no other partner can take the case.
    NoOtherPartner {
        declined: String,
        reason: String,
    },
    /// A reminder or a written confirmation to the debtor, rendered when it was written
    /// (the text kept with the claim is the text sent).
    ToDebtor {
        subject: String,
        text: String,
    },
}

impl Notice {
    fn wanted(&self, settings: &Notifications) -> bool {
        match self {
            Notice::InformationRequested { .. } => settings.notify_requests,
            Notice::Collected { .. } | Notice::PaidOut { .. } => settings.notify_money,
            Notice::Closed { .. } => settings.notify_closed,
            // nothing moves until the creditor answers: always told
            Notice::NewQuote { .. } | Notice::NoOtherPartner { .. } => true,
            Notice::ToDebtor { .. } => true,
        }
    }
}

/// The payload of a mail delivery.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MailPayload {
    pub to: String,
    pub notice: Notice,
}

/// The mail delivery for `notice` about `claim_id`, if its creditor wants this kind.
pub fn mail(
    conn: &mut Conn,
    creditor_id: &str,
    claim_id: &str,
    notice: Notice,
    now: i64,
) -> Result<Option<DeliveryRow>, DbError> {
    let Some((to, settings)) = creditors::notifications(conn, creditor_id)? else { return Ok(None) };
    if !notice.wanted(&settings) {
        return Ok(None);
    }
    let payload = serde_json::to_string(&MailPayload { to, notice }).expect("notices serialise");
    Ok(Some(DeliveryRow::with_payload(claim_id, MAIL_RECIPIENT, MAIL, payload, now)))
}

/// Adds to `outbox` the e-mail about `notice` on `brief`'s case, if its creditor wants this
/// kind: every operation that tells the creditor something goes through here.
pub async fn add_mail(
    state: &AppState,
    brief: &claims::CaseBrief,
    outbox: &mut Vec<DeliveryRow>,
    notice: Notice,
    now: i64,
) -> Result<(), DbError> {
    let (creditor, claim) = (brief.creditor_id.clone(), brief.id.clone());
    if let Some(mail) = state.db.run(move |c| mail(c, &creditor, &claim, notice, now)).await? {
        outbox.push(mail);
    }
    Ok(())
}

/// A status as the notice names it in English ("Paid in full"), in `lang`.
fn status_in(lang: Lang, english: &str) -> String {
    crate::domain::status::CaseStatus::ALL
        .iter()
        .find(|s| s.label() == english)
        .map_or_else(|| english.to_string(), |s| crate::i18n::t(lang, crate::web::views::status_key(s.as_str())))
}

/// Renders and sends a mail delivery (the dispatcher's part of it).
pub async fn deliver(state: &AppState, delivery: &DeliveryRow) -> Result<(), MailError> {
    let permanent = |message: String| MailError { message, permanent: true };
    let payload: MailPayload = delivery
        .payload
        .as_deref()
        .and_then(|p| serde_json::from_str(p).ok())
        .ok_or_else(|| permanent("the mail's content is unreadable".into()))?;
    let claim_id = delivery.claim_id.clone();
    let brief = state
        .db
        .run(move |c| claims::brief(c, &claim_id))
        .await
        .map_err(|e| MailError { message: format!("the case could not be read: {e}"), permanent: false })?
        .ok_or_else(|| permanent("the case no longer exists".into()))?;
    if let Notice::ToDebtor { subject, text } = &payload.notice {
        let mail =
            OutgoingMail { id: delivery.id.clone(), to: payload.to, subject: subject.clone(), text: text.clone() };
        return state.mailer.send(&mail, &state.mail_from).await;
    }
    let currency = Currency::parse(&brief.currency).map_err(|e| permanent(e.to_string()))?;
    // Notices carry amounts as the money is written for people (`100.00 EUR`); a bare
    // `100.00` is read too. One that is not an amount of the case's currency is never
    // mailed as something else (such as nothing at all).
    let money = |text: &str| {
        let amount = text.trim();
        let amount = amount.strip_suffix(currency.code()).map_or(amount, str::trim_end);
        Money::parse(amount, currency)
            .map_err(|_| permanent(format!("the mail's amount \"{text}\" is not an amount in {currency}")))
    };
    // the account's language (English when it chose none: an e-mail has no browser to ask)
    let creditor = brief.creditor_id.clone();
    let lang = state
        .db
        .run(move |c| crate::db::creditors::preferences(c, &creditor))
        .await
        .map_err(|e| MailError { message: format!("the account could not be read: {e}"), permanent: false })?
        .and_then(|p| p.language.as_deref().and_then(Lang::from_tag))
        .unwrap_or_default();
    let case_url = format!("{}/claims/{}", state.public_url, brief.id);
    let partner_name = state.registry.get(&brief.partner_id).map_or("The partner", |p| p.name.as_str());
    let rendered = match &payload.notice {
        Notice::InformationRequested { question, answer_by } => render::information_requested(
            &render::InformationRequested {
                debtor_name: &brief.debtor_name,
                claim_id: &brief.id,
                partner_name,
                question,
                answer_by: answer_by.as_deref().and_then(|d| d.parse().ok()),
                case_url: &case_url,
            },
            lang,
            &state.public_url,
        ),
        Notice::Collected { amount } => render::money(
            &render::MoneyMoved {
                debtor_name: &brief.debtor_name,
                claim_id: &brief.id,
                what: render::MoneyEvent::Collected { amount: money(amount)? },
                case_url: &case_url,
            },
            lang,
            &state.public_url,
        ),
        Notice::PaidOut { amount, commission } => render::money(
            &render::MoneyMoved {
                debtor_name: &brief.debtor_name,
                claim_id: &brief.id,
                what: render::MoneyEvent::PaidOut { amount: money(amount)?, commission: money(commission)? },
                case_url: &case_url,
            },
            lang,
            &state.public_url,
        ),
        Notice::Closed { status_label, collected } => render::case_closed(
            &render::CaseClosed {
                debtor_name: &brief.debtor_name,
                claim_id: &brief.id,
                status_label: &status_in(lang, status_label),
                collected: money(collected)?,
                case_url: &case_url,
            },
            lang,
            &state.public_url,
        ),
        Notice::NewQuote { declined, partner_name, if_collected, previous_if_collected } => render::new_quote(
            &render::NewQuote {
                debtor_name: &brief.debtor_name,
                claim_id: &brief.id,
                declined,
                partner_name,
                if_collected,
                previous_if_collected: previous_if_collected.as_deref(),
                case_url: &case_url,
            },
            lang,
            &state.public_url,
        ),
        Notice::ToDebtor { .. } => unreachable!("sent above"),
        Notice::NoOtherPartner { declined, reason } => render::no_other_partner(
            &render::NoOtherPartner {
                debtor_name: &brief.debtor_name,
                claim_id: &brief.id,
                declined,
                reason,
                case_url: &case_url,
            },
            lang,
            &state.public_url,
        ),
    };
    let mail = OutgoingMail { id: delivery.id.clone(), to: payload.to, subject: rendered.subject, text: rendered.body };
    state.mailer.send(&mail, &state.mail_from).await
}
