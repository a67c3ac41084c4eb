//! The conversation on a case: the partner's messages and information requests (from the
//! partner protocol), the creditor's messages and answers (from the case page and the API),
//! which reach the partner through the outbox, in order, exactly once in effect.

use chrono::NaiveDate;
use serde::Deserialize;
use serde_json::json;

use super::notify::{self, Notice};
use super::{CaseError, Stored, settle};
use crate::db::claims::{self, CaseBrief};
use crate::db::deliveries::{DeliveryRow, MESSAGE};
use crate::db::messages::{self, MessageRow, sender};
use crate::db::money::Source;
use crate::db::{documents, new_id};
use crate::domain::partner::Protocol;
use crate::domain::status::CaseStatus;
use crate::domain::text::Notes;
use crate::domain::validation::FieldErrors;
use crate::state::AppState;

/// The most documents one message may carry.
pub const MAX_MESSAGE_DOCUMENTS: usize = 20;

/// A partner's message; `requires_answer` makes it an information request, which the case
/// shows as open until the creditor answers, and which the creditor hears of by e-mail.
pub async fn receive_from_partner(
    state: &AppState,
    brief: &CaseBrief,
    mut source: Source,
    message: &Notes,
    requires_answer: bool,
    answer_by: Option<NaiveDate>,
) -> Result<Stored, CaseError> {
    if requires_answer {
        let notice =
            Notice::InformationRequested { question: message.to_string(), answer_by: answer_by.map(|d| d.to_string()) };
        notify::add_mail(state, brief, &mut source.outbox, notice, source.now).await?;
    }
    let row = MessageRow {
        id: new_id("msg_"),
        claim_id: brief.id.clone(),
        sender: sender::PARTNER.into(),
        body: message.to_string(),
        requires_answer,
        answer_by: answer_by.map(|d| d.to_string()),
        in_reply_to: None,
        answered_by_id: None,
        document_ids: "[]".into(),
        delivery_id: None,
        sent_at: source.now,
    };
    let entry = state.db.run(move |c| messages::post(c, &source, &row)).await?;
    settle(state, entry)
}

/// `POST /api/v1/claims/{id}/messages` and the case page's form.
#[derive(Debug, Default, Clone, Deserialize, serde::Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct MessageInput {
    pub message: String,
    pub in_reply_to: Option<String>,
    pub document_ids: Vec<String>,
}

/// The creditor writes to the partner (or answers its request). Stored with its delivery in
/// one transaction; the dispatcher sends it after everything written before it for the case.
pub async fn post_from_creditor(
    state: &AppState,
    creditor_id: &str,
    claim_id: &str,
    input: &MessageInput,
    actor: Option<&str>,
) -> Result<MessageRow, CaseError> {
    let lookup = claim_id.to_string();
    let brief = state.db.run(move |c| claims::brief(c, &lookup)).await?;
    let brief = brief.filter(|b| b.creditor_id == creditor_id).ok_or(CaseError::NotFound)?;
    let mut errors = FieldErrors::new();
    let body = match input.message.trim() {
        "" => {
            errors.add("message", "write a message");
            None
        }
        text => errors.check("message", Notes::parse(text)),
    };
    let in_reply_to = input.in_reply_to.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(str::to_string);
    let mut ids: Vec<String> = Vec::new();
    for id in &input.document_ids {
        let id = id.trim().to_string();
        if !id.is_empty() && !ids.contains(&id) {
            ids.push(id);
        }
    }
    if ids.len() > MAX_MESSAGE_DOCUMENTS {
        errors.add("document_ids", format!("at most {MAX_MESSAGE_DOCUMENTS} documents per message"));
    }
    if !errors.is_empty() {
        return Err(CaseError::Invalid(errors));
    }
    let body = body.expect("checked").to_string();
    let status = CaseStatus::parse(&brief.status).unwrap_or(CaseStatus::Submitted);
    if status == CaseStatus::Withdrawn {
        return Err(CaseError::Conflict("the case is withdrawn; the partner no longer works on it".into()));
    }
    let partner = state.registry.get(&brief.partner_id);
    if partner.is_none_or(|p| p.protocol() < Protocol::V1_1) {
        let name = partner.map_or("The partner", |p| p.name.as_str());
        return Err(CaseError::Conflict(format!(
            "{name} does not take messages through the platform yet; write to them directly"
        )));
    }
    let (claim, wanted, asked) = (brief.id.clone(), ids.clone(), in_reply_to.clone());
    let (docs, partner_key) = state
        .db
        .run(move |c| {
            let key = match &asked {
                Some(id) => messages::partner_key(c, &claim, id)?,
                None => None,
            };
            Ok((documents::some_of(c, &claim, &wanted)?, key))
        })
        .await?;
    if docs.len() != ids.len() {
        return Err(CaseError::field("document_ids", "every document must be one of this case's documents"));
    }
    let now = state.now();
    let id = new_id("msg_");
    let payload = json!({
        "id": id,
        "case_id": brief.id,
        "message": body,
        // the partner knows its message by the webhook-id it sent it under
        "in_reply_to": partner_key.or_else(|| in_reply_to.clone()),
        "documents": docs.iter().map(|d| d.protocol_json()).collect::<Vec<_>>(),
        "sent_at": crate::db::from_micros(now).to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
    });
    let delivery = DeliveryRow::with_payload(&brief.id, &brief.partner_id, MESSAGE, payload.to_string(), now);
    let row = MessageRow {
        id,
        claim_id: brief.id.clone(),
        sender: sender::CREDITOR.into(),
        body,
        requires_answer: false,
        answer_by: None,
        in_reply_to,
        answered_by_id: None,
        document_ids: serde_json::to_string(&ids).expect("strings serialise"),
        delivery_id: Some(delivery.id.clone()),
        sent_at: now,
    };
    let source = Source {
        name: sender::CREDITOR.into(),
        webhook_id: None,
        check: None,
        occurred_at: now,
        now,
        outbox: vec![delivery],
        actor: actor.map(str::to_string),
    };
    let stored = row.clone();
    let entry = state.db.run(move |c| messages::post(c, &source, &stored)).await?;
    settle(state, entry)?;
    Ok(row)
}
