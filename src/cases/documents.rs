//! Documents on a case: added by the creditor (when filing or later, from the page or the
//! API) or by the partner (protocol v1.1); read by the claim's creditor and the case's
//! current partner only. Checked by content, stored by SHA-256 in the document store, then
//! listed in one transaction with the case's thread entry and, for a creditor's document,
//! its metadata for the partner in the outbox (sent after the hand-over).

use super::{CaseError, Stored, settle};
use crate::db::claims::{self, CaseBrief, PartnerCheck};
use crate::db::deliveries::{DOCUMENT, DeliveryRow};
use crate::db::documents::{self, DocumentRow};
use crate::db::money::Source;
use crate::db::new_id;
use crate::domain::document::{self, DocumentName, MAX_DOCUMENT_BYTES};
use crate::domain::partner::Protocol;
use crate::domain::status::CaseStatus;
use crate::state::AppState;

/// Checks an upload by its content; the error names the file.
fn check(name: &str, declared: Option<&str>, bytes: &[u8]) -> Result<(DocumentName, &'static str), CaseError> {
    let name = DocumentName::parse(name).map_err(|e| CaseError::field("x-document-name", e))?;
    if bytes.len() > MAX_DOCUMENT_BYTES {
        return Err(CaseError::field("file", format!("\"{name}\" is larger than 20 MiB")));
    }
    let kind = document::detect(&name, bytes).map_err(|e| CaseError::field("file", e))?;
    document::check_media_type(declared, kind).map_err(|e| CaseError::field("content-type", e))?;
    Ok((name, kind.media_type()))
}

/// Stores the bytes (content-addressed, so a retry stores nothing twice).
async fn store(state: &AppState, bytes: Vec<u8>) -> Result<crate::storage::StoredBlob, CaseError> {
    let store = state.documents.clone();
    tokio::task::spawn_blocking(move || store.put(&bytes))
        .await
        .map_err(|e| CaseError::Internal(e.into()))?
        .map_err(|e| CaseError::Internal(anyhow::anyhow!("the document could not be stored: {e}")))
}

/// The creditor adds a document to one of their cases.
pub async fn add_from_creditor(
    state: &AppState,
    creditor_id: &str,
    claim_id: &str,
    name: &str,
    declared: Option<&str>,
    bytes: Vec<u8>,
    actor: Option<&str>,
) -> Result<DocumentRow, CaseError> {
    let lookup = claim_id.to_string();
    let brief = state.db.run(move |c| claims::brief(c, &lookup)).await?;
    let brief = brief.filter(|b| b.creditor_id == creditor_id).ok_or(CaseError::NotFound)?;
    if brief.status == CaseStatus::Withdrawn.as_str() {
        return Err(CaseError::Conflict("the case is withdrawn".into()));
    }
    let (name, media_type) = check(name, declared, &bytes)?;
    let blob = store(state, bytes).await?;
    let now = state.now();
    let row = DocumentRow {
        id: new_id("doc_"),
        claim_id: brief.id.clone(),
        name: name.to_string(),
        media_type: media_type.to_string(),
        size: blob.size as i64,
        sha256: blob.sha256,
        added_by: "creditor".into(),
        source_key: None,
        added_at: now,
    };
    // The partner is told through the outbox, which sends it after the hand-over, also when
    // the hand-over is still pending or under way (a document added while the case document
    // is on its way is not in it). When the case document the partner accepts lists it, this
    // announcement is settled as done (`deliveries::set_partner_reference`): each document
    // reaches the partner once. A declined case's partner never gets it; the partner it is
    // rerouted to does.
    let mut outbox = Vec::new();
    let speaks_v1_1 = state.registry.get(&brief.partner_id).is_some_and(|p| p.protocol() >= Protocol::V1_1);
    if speaks_v1_1 {
        let payload = row.protocol_json().to_string();
        outbox.push(DeliveryRow::with_payload(&brief.id, &brief.partner_id, DOCUMENT, payload, now));
    }
    let source = Source {
        name: "creditor".into(),
        webhook_id: None,
        check: None,
        occurred_at: now,
        now,
        outbox,
        actor: actor.map(str::to_string),
    };
    let stored = row.clone();
    let (entry, row) = state.db.run(move |c| documents::add(c, &source, &stored)).await?;
    settle(state, entry)?;
    Ok(row)
}

/// The partner adds a document to one of its cases; the same `webhook-id` again answers
/// with the first upload.
pub async fn add_from_partner(
    state: &AppState,
    brief: &CaseBrief,
    webhook_id: &str,
    name: &str,
    declared: Option<&str>,
    bytes: Vec<u8>,
) -> Result<(Stored, DocumentRow), CaseError> {
    add_from_partner_as(state, brief, webhook_id, None, name, declared, bytes).await
}

/// [`add_from_partner`], noting the partner user who added it in the partner portal.
pub async fn add_from_partner_as(
    state: &AppState,
    brief: &CaseBrief,
    webhook_id: &str,
    actor: Option<String>,
    name: &str,
    declared: Option<&str>,
    bytes: Vec<u8>,
) -> Result<(Stored, DocumentRow), CaseError> {
    let (name, media_type) = check(name, declared, &bytes)?;
    let blob = store(state, bytes).await?;
    let now = state.now();
    let row = DocumentRow {
        id: new_id("doc_"),
        claim_id: brief.id.clone(),
        name: name.to_string(),
        media_type: media_type.to_string(),
        size: blob.size as i64,
        sha256: blob.sha256,
        added_by: brief.partner_id.clone(),
        source_key: Some(webhook_id.to_string()),
        added_at: now,
    };
    let check = PartnerCheck {
        partner_id: brief.partner_id.clone(),
        partner_reference: brief.partner_reference.clone().unwrap_or_default(),
    };
    let source = Source {
        name: brief.partner_id.clone(),
        webhook_id: None,
        check: Some(check),
        occurred_at: now,
        now,
        outbox: Vec::new(),
        actor,
    };
    let (entry, row) = state.db.run(move |c| documents::add(c, &source, &row)).await?;
    Ok((settle(state, entry)?, row))
}

/// A document's bytes, for its case's creditor (`creditor_id`) or its case's current partner
/// (`partner_id`); `NotFound` for anyone else.
pub async fn read(
    state: &AppState,
    claim_id: &str,
    document_id: &str,
    reader: Reader<'_>,
) -> Result<(DocumentRow, Vec<u8>), CaseError> {
    let (claim, doc) = (claim_id.to_string(), document_id.to_string());
    let (brief, row) = state.db.run(move |c| Ok((claims::brief(c, &claim)?, documents::get(c, &claim, &doc)?))).await?;
    let (Some(brief), Some(row)) = (brief, row) else { return Err(CaseError::NotFound) };
    let allowed = match reader {
        Reader::Creditor(id) => brief.creditor_id == id,
        Reader::Partner(id) => brief.partner_id == id && brief.partner_reference.is_some(),
    };
    if !allowed {
        return Err(CaseError::NotFound);
    }
    let (store, hash) = (state.documents.clone(), row.sha256.clone());
    let bytes = tokio::task::spawn_blocking(move || store.get(&hash))
        .await
        .map_err(|e| CaseError::Internal(e.into()))?
        .map_err(|e| CaseError::Internal(anyhow::anyhow!("the document could not be read: {e}")))?
        .ok_or_else(|| {
            CaseError::Internal(anyhow::anyhow!("document {} is listed but its bytes are missing", row.id))
        })?;
    Ok((row, bytes))
}

/// Who asks for a document.
#[derive(Debug, Clone, Copy)]
pub enum Reader<'a> {
    Creditor(&'a str),
    Partner(&'a str),
}
