//! A case's documents: metadata here, the bytes in the document store (`crate::storage`),
//! by their SHA-256. The bytes are stored first; the row (with its thread entry and any
//! delivery to the partner) is then written in one transaction, so an upload is either
//! complete and listed or not there at all.

use diesel::prelude::*;
use serde_json::json;

use super::claims::{EventLog, EventRow, Recorded, kind};
use super::money::{Entry, Source};
use super::schema::{deliveries, documents};
use super::{Conn, DbError};
use crate::{with_conn, write_tx};

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = documents)]
pub struct DocumentRow {
    pub id: String,
    pub claim_id: String,
    pub name: String,
    pub media_type: String,
    pub size: i64,
    pub sha256: String,
    /// `creditor`, or the partner's id.
    pub added_by: String,
    pub source_key: Option<String>,
    pub added_at: i64,
}

impl DocumentRow {
    /// As the partner protocol lists it.
    pub fn protocol_json(&self) -> serde_json::Value {
        json!({"id": self.id, "name": self.name, "media_type": self.media_type, "size": self.size, "sha256": self.sha256})
    }
}

/// Stores a document's metadata with its thread entry; a partner's upload with the same
/// webhook-id is stored once (`Duplicate`, with the first one's row).
pub fn add(conn: &mut Conn, source: &Source, row: &DocumentRow) -> Result<(Entry, DocumentRow), DbError> {
    let claim_id = row.claim_id.as_str();
    let result: QueryResult<Result<Entry, Entry>> = write_tx!(conn, c => {
        let claim = match c.open_case(claim_id, &source.name, None, source.check.as_ref())? {
            Ok(claim) => claim,
            Err(Recorded::ReferenceMismatch { expected }) => return Ok(Err(Entry::ReferenceMismatch { expected })),
            Err(_) => return Ok(Err(Entry::NoClaim)),
        };
        if let Some(key) = &row.source_key {
            let seen: i64 = documents::table
                .filter(documents::claim_id.eq(claim_id))
                .filter(documents::added_by.eq(&row.added_by))
                .filter(documents::source_key.eq(key))
                .count()
                .get_result(c)?;
            if seen > 0 {
                return Ok(Err(Entry::Duplicate));
            }
        }
        diesel::insert_into(documents::table).values(row).execute(c)?;
        let mut entry =
            EventRow::entry(claim_id, &claim.status, kind::DOCUMENT, &source.name, source.occurred_at, source.now);
        entry.ref_id = Some(row.id.clone());
        entry.actor = source.actor.clone();
        entry.message = Some(row.name.clone());
        let seq = c.append(&claim.creditor_id, &entry)?;
        if !source.outbox.is_empty() {
            diesel::insert_into(deliveries::table).values(&source.outbox).execute(c)?;
        }
        if source.from_partner() {
            c.heard_from_partner(claim_id, source.now)?;
        }
        Ok(Ok(Entry::Recorded { seq, case: claim.state(), message: row.name.clone() }))
    });
    let entry = result?.unwrap_or_else(|e| e);
    if entry == Entry::Duplicate {
        let key = row.source_key.clone();
        let first = with_conn!(conn, c => documents::table
            .filter(documents::claim_id.eq(claim_id))
            .filter(documents::added_by.eq(&row.added_by))
            .filter(documents::source_key.eq(key))
            .select(DocumentRow::as_select())
            .first(c))?;
        return Ok((entry, first));
    }
    Ok((entry, row.clone()))
}

/// A case's documents, oldest first.
pub fn of_claim(conn: &mut Conn, claim_id: &str) -> Result<Vec<DocumentRow>, DbError> {
    Ok(with_conn!(conn, c => documents::table
        .filter(documents::claim_id.eq(claim_id))
        .order((documents::added_at, documents::id))
        .select(DocumentRow::as_select())
        .load(c))?)
}

/// One document of one case; `None` when the case has no such document.
pub fn get(conn: &mut Conn, claim_id: &str, id: &str) -> Result<Option<DocumentRow>, DbError> {
    if id.len() > 64 {
        return Ok(None);
    }
    Ok(with_conn!(conn, c => documents::table
        .filter(documents::id.eq(id))
        .filter(documents::claim_id.eq(claim_id))
        .select(DocumentRow::as_select())
        .first(c)
        .optional())?)
}

/// Some of a case's documents, by id; ids that are not the case's are left out.
pub fn some_of(conn: &mut Conn, claim_id: &str, ids: &[String]) -> Result<Vec<DocumentRow>, DbError> {
    Ok(with_conn!(conn, c => documents::table
        .filter(documents::claim_id.eq(claim_id))
        .filter(documents::id.eq_any(ids))
        .order(documents::id)
        .select(DocumentRow::as_select())
        .load(c))?)
}
