//! Claims, their invoices, their timeline of events, and idempotency keys of the API.

use diesel::prelude::*;

use super::deliveries::{self as outbox, DeliveryRow};
use super::schema::{claim_events, claim_invoices, claims, deliveries, idempotency_keys};
use super::{Conn, DbError, is_unique_violation};
use crate::domain::status::CaseStatus;
use crate::{with_conn, write_tx};

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = claims)]
pub struct ClaimRow {
    pub id: String,
    pub creditor_id: String,
    pub status: String,
    pub service: String,
    pub partner_id: String,
    pub debtor_name: String,
    pub debtor_country: String,
    pub currency: String,
    pub principal_minor: i64,
    pub disputed: bool,
    /// The debtor in the partner protocol's shape.
    pub debtor_json: String,
    /// Reminders sent, the debtor's response, notes.
    pub history_json: String,
    pub quote_json: Option<String>,
    pub created_at: i64,
    pub updated_at: i64,
    /// The partner's id for the case, from its answer to the hand-over.
    pub partner_reference: Option<String>,
    /// The running total collected, as the latest applied event reported it.
    pub collected_minor: Option<i64>,
    /// `occurred_at` of the latest partner event applied to the case (0 before the first):
    /// a partner event older than that is kept but does not move the case.
    pub last_event_at: i64,
    /// The partner's reason when it declined the case.
    pub decline_reason: Option<String>,
    /// When the partner last sent anything about the case (the application's clock).
    pub last_partner_contact_at: Option<i64>,
    /// Since when the partner has been silent on the open case longer than its registry allows.
    pub silent_since: Option<i64>,
    /// When the platform last asked the partner for the case's state.
    pub reconciled_at: Option<i64>,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = claim_invoices)]
pub struct InvoiceRow {
    pub claim_id: String,
    pub position: i32,
    pub number: String,
    pub issue_date: String,
    pub due_date: String,
    pub amount_minor: i64,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = claim_events)]
pub struct EventRow {
    pub id: String,
    pub claim_id: String,
    pub status: String,
    pub occurred_at: i64,
    pub recorded_at: i64,
    /// `platform` or the partner's id.
    pub source: String,
    pub message: Option<String>,
    pub collected_minor: Option<i64>,
    /// The partner's `webhook-id`: a second event with the same one is a no-op.
    pub webhook_id: Option<String>,
    /// False for an event that arrived after a newer one: kept, but it did not move the case.
    pub applied: bool,
    /// `status` (moves the case), or what else joined the case's thread: `message`,
    /// `document`, `payment`, `payment_reversed`, `payout`, `promise`, `notice`.
    pub kind: String,
    /// The id of the message, document, payment, payout or promise the entry is about.
    pub ref_id: Option<String>,
    /// The partner user who did it in the partner portal; `None` for everything else (the
    /// partner's API, the creditor, the platform). Never shown to the creditor.
    pub actor: Option<String>,
}

/// The kinds of entries of a case's thread ([`EventRow::kind`]).
pub mod kind {
    pub const STATUS: &str = "status";
    pub const MESSAGE: &str = "message";
    pub const DOCUMENT: &str = "document";
    pub const PAYMENT: &str = "payment";
    pub const PAYMENT_REVERSED: &str = "payment_reversed";
    pub const PAYOUT: &str = "payout";
    pub const PROMISE: &str = "promise";
    /// Something the platform noticed: a broken promise, a partner's silence, a reconciliation.
    pub const NOTICE: &str = "notice";
}

/// An event as stored, with its sequence number: unique, and increasing in commit order
/// among the events of one creditor's claims (so of one claim too). Live streams send it as
/// the SSE `id`. [`create`] and [`record`] assign it; nothing else writes events.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = claim_events)]
pub struct StoredEvent {
    #[diesel(embed)]
    pub event: EventRow,
    pub seq: i64,
}

impl EventRow {
    /// An event of the platform's own (not a partner's), applied when recorded.
    pub fn platform(claim_id: &str, status: CaseStatus, occurred_at: i64, message: String) -> Self {
        Self {
            id: super::new_id("ev_"),
            claim_id: claim_id.to_string(),
            status: status.as_str().to_string(),
            occurred_at,
            recorded_at: occurred_at,
            source: PLATFORM.into(),
            message: Some(message),
            collected_minor: None,
            webhook_id: None,
            applied: true,
            kind: kind::STATUS.into(),
            ref_id: None,
            actor: None,
        }
    }

    /// An entry of the thread that does not move the case: it keeps the case's `status`.
    pub fn entry(claim_id: &str, status: &str, kind: &str, source: &str, occurred_at: i64, recorded_at: i64) -> Self {
        Self {
            id: super::new_id("ev_"),
            claim_id: claim_id.to_string(),
            status: status.to_string(),
            occurred_at,
            recorded_at,
            source: source.to_string(),
            message: None,
            collected_minor: None,
            webhook_id: None,
            applied: true,
            kind: kind.to_string(),
            ref_id: None,
            actor: None,
        }
    }
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = idempotency_keys)]
pub struct IdempotencyRow {
    pub creditor_id: String,
    pub key: String,
    /// SHA-256 of the request body: the same key with another body is refused.
    pub request_hash: String,
    pub claim_id: String,
    pub created_at: i64,
}

/// Everything written when a claim is filed, in one transaction.
#[derive(Debug, Clone)]
pub struct NewClaimRecord {
    pub claim: ClaimRow,
    pub invoices: Vec<InvoiceRow>,
    pub first_event: EventRow,
    pub idempotency: Option<IdempotencyRow>,
    /// The hand-over to the chosen partner: written with the claim, sent afterwards.
    pub delivery: DeliveryRow,
    /// The quote it is filed with, for the claim's history of quotes.
    pub quote: Option<super::quotes::QuoteRow>,
    /// Filed even when one of its invoices was filed before against the same debtor.
    pub allow_duplicate: bool,
    /// Reminders run first: the flow is stored instead of the hand-over (`delivery` is not
    /// written; the hand-over happens at the flow's end).
    pub reminders: Option<super::reminders::FlowStart>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Created {
    New,
    /// The idempotency key was used before with the same request: this claim was its result.
    Replayed(String),
    /// The idempotency key was used before with a different request.
    KeyReused,
    /// Nothing stored: an invoice of the claim was filed before against the same debtor.
    Duplicate(Duplicate),
}

/// An earlier claim of the same creditor with one of the new claim's invoices, against the
/// same debtor (see [`crate::domain::duplicate`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Duplicate {
    pub existing_claim_id: String,
    /// The invoice's position in the new claim, and its number as the earlier claim has it.
    pub position: usize,
    pub number: String,
    pub existing_created_at: i64,
}

/// An invoice's number in [`invoice_key`](crate::domain::duplicate::invoice_key) form, written
/// as the index `claim_invoices_by_number_key` is (literals, not bound parameters, so that
/// both databases use the index).
fn invoice_number_key() -> diesel::expression::SqlLiteral<diesel::sql_types::Text> {
    diesel::dsl::sql("upper(replace(claim_invoices.number, ' ', ''))")
}

/// The creditor's earlier claims, not withdrawn, with one of these invoice numbers (in
/// [`invoice_key`](crate::domain::duplicate::invoice_key) form): `(id, debtor_json,
/// debtor_country, created_at, number)`. A macro, so that it runs on the write transaction's
/// own connection of either backend.
macro_rules! duplicate_candidates {
    ($c:expr, $record:expr, $keys:expr) => {
        claim_invoices::table
            .inner_join(claims::table)
            .filter(claims::creditor_id.eq(&$record.claim.creditor_id))
            .filter(claims::status.ne(CaseStatus::Withdrawn.as_str()))
            .filter(claims::id.ne(&$record.claim.id))
            // only the claims found by the index of the key, so that the check does not
            // walk every claim of the creditor (SQLite would, without statistics)
            .filter(
                claims::id.eq_any(
                    claim_invoices::table
                        .filter(invoice_number_key().eq_any($keys))
                        .select(claim_invoices::claim_id)
                        .load::<String>($c)?,
                ),
            )
            .filter(invoice_number_key().eq_any($keys))
            .order(claims::id.asc())
            .select((
                claims::id,
                claims::debtor_json,
                claims::debtor_country,
                claims::created_at,
                claim_invoices::number,
            ))
            .load::<(String, String, String, i64, String)>($c)
    };
}

/// The first earlier claim among `candidates` against the same debtor as `record`. A
/// withdrawn claim is never a candidate: withdrawing stops a case, and filing the invoice
/// again is how it starts anew.
fn first_duplicate(
    record: &NewClaimRecord,
    keys: &[String],
    candidates: Vec<(String, String, String, i64, String)>,
) -> Option<Duplicate> {
    use crate::domain::duplicate::invoice_key;
    let new_debtor = debtor_key(&record.claim.debtor_country, &record.claim.debtor_json, &record.claim.debtor_name);
    candidates.into_iter().find_map(|(id, debtor_json, country, created_at, number)| {
        let position = keys.iter().position(|k| *k == invoice_key(&number))?;
        new_debtor.same_debtor(&debtor_key(&country, &debtor_json, "")).then_some(Duplicate {
            existing_claim_id: id,
            position,
            number,
            existing_created_at: created_at,
        })
    })
}

/// The debtor of a stored claim, from its debtor in the partner protocol's shape.
fn debtor_key(country: &str, debtor_json: &str, name: &str) -> crate::domain::duplicate::DebtorKey {
    let debtor: serde_json::Value = serde_json::from_str(debtor_json).unwrap_or_default();
    let name = debtor["name"].as_str().unwrap_or(name);
    crate::domain::duplicate::DebtorKey::new(country, debtor["registration_number"].as_str(), name)
}

/// Stores a claim with its invoices and first event, or finds the earlier result of its
/// idempotency key. Nothing is written unless everything is.
pub fn create(conn: &mut Conn, record: &NewClaimRecord) -> Result<Created, DbError> {
    let result = write_tx!(conn, c => {
        if let Some(key) = &record.idempotency {
            let earlier = idempotency_keys::table
                .find((&key.creditor_id, &key.key))
                .select(IdempotencyRow::as_select())
                .first(c)
                .optional()?;
            if let Some(earlier) = earlier {
                return Ok(replay_of(&earlier, key));
            }
        }
        if !record.allow_duplicate {
            // in the write transaction, so that of two submits of one form the second asks
            let keys: Vec<String> =
                record.invoices.iter().map(|i| crate::domain::duplicate::invoice_key(&i.number)).collect();
            let candidates = duplicate_candidates!(c, record, &keys)?;
            if let Some(duplicate) = first_duplicate(record, &keys, candidates) {
                return Ok(Created::Duplicate(duplicate));
            }
        }
        diesel::insert_into(claims::table).values(&record.claim).execute(c)?;
        diesel::insert_into(claim_invoices::table).values(&record.invoices).execute(c)?;
        c.append(&record.claim.creditor_id, &record.first_event)?;
        match &record.reminders {
            None => {
                diesel::insert_into(deliveries::table).values(&record.delivery).execute(c)?;
            }
            Some(start) => super::reminders::FlowStore::insert_start(c, start)?,
        }
        if let Some(quote) = &record.quote {
            diesel::insert_into(super::schema::claim_quotes::table).values(quote).execute(c)?;
        }
        if let Some(key) = &record.idempotency {
            diesel::insert_into(idempotency_keys::table).values(key).execute(c)?;
        }
        Ok(Created::New)
    });
    match (result, &record.idempotency) {
        // A concurrent request with the same key won the race: answer as it did.
        (Err(e), Some(key)) if is_unique_violation(&e) => {
            let earlier = with_conn!(conn, c => idempotency_keys::table
                .find((&key.creditor_id, &key.key))
                .select(IdempotencyRow::as_select())
                .first(c))?;
            Ok(replay_of(&earlier, key))
        }
        (result, _) => Ok(result?),
    }
}

fn replay_of(earlier: &IdempotencyRow, now: &IdempotencyRow) -> Created {
    if earlier.request_hash == now.request_hash {
        Created::Replayed(earlier.claim_id.clone())
    } else {
        Created::KeyReused
    }
}

#[derive(Debug, Clone, Default)]
pub struct ClaimFilter {
    pub status: Option<String>,
    pub country: Option<String>,
    /// Part of the debtor's name or of an invoice number, in any case.
    pub search: Option<String>,
    /// Only claims older than this id (the cursor of the previous page).
    pub before: Option<String>,
    pub limit: i64,
}

diesel::define_sql_function!(fn lower(x: diesel::sql_types::Text) -> diesel::sql_types::Text);

/// `text` for a `LIKE … ESCAPE '\'` pattern that finds it anywhere, in lower case.
fn contains_pattern(text: &str) -> String {
    let mut pattern = String::from("%");
    for c in text.to_lowercase().chars() {
        if matches!(c, '%' | '_' | '\\') {
            pattern.push('\\');
        }
        pattern.push(c);
    }
    pattern.push('%');
    pattern
}

diesel::table! {
    /// SQLite's trigram index of the debtors' names and the invoice numbers (an FTS5 table,
    /// migration `2026-11-28-000001_claim_search`; PostgreSQL has `pg_trgm` indexes instead).
    claim_search (rowid) {
        rowid -> BigInt,
        claim_id -> Text,
        text -> Text,
    }
}

diesel::allow_tables_to_appear_in_same_query!(claim_search, claims);

diesel::infix_operator!(Matches, " MATCH ", diesel::sql_types::Bool, backend: diesel::sqlite::Sqlite);

type SearchCondition<DB> = Box<dyn BoxableExpression<claims::table, DB, SqlType = diesel::sql_types::Bool>>;

/// Conditions on `claims` for a search by part of a debtor's name, of an invoice number or
/// (in the partner portal) of the claim's id, in any case, written the way each backend
/// finds them by an index.
pub trait ClaimSearch: diesel::backend::Backend + Sized {
    /// The claims whose debtor's name or an invoice number contains `text`.
    fn containing(text: &str) -> SearchCondition<Self>;
    /// The same, or whose id contains `text`.
    fn containing_or_id(text: &str) -> SearchCondition<Self>;
}

/// `lower(...) LIKE '%text%'` on the debtor's name and the invoice numbers (and, given
/// `with_id`, the claim's id), for either backend.
macro_rules! like_search {
    ($text:expr, $with_id:expr) => {{
        let pattern = contains_pattern($text);
        let by_invoice = claim_invoices::table
            .filter(lower(claim_invoices::number).like(pattern.clone()).escape('\\'))
            .select(claim_invoices::claim_id);
        let found = lower(claims::debtor_name).like(pattern.clone()).escape('\\').or(claims::id.eq_any(by_invoice));
        if $with_id { Box::new(found.or(lower(claims::id).like(pattern).escape('\\'))) } else { Box::new(found) }
    }};
}

impl ClaimSearch for diesel::pg::Pg {
    /// The trigram indexes answer the `LIKE`s.
    fn containing(text: &str) -> SearchCondition<Self> {
        like_search!(text, false)
    }

    fn containing_or_id(text: &str) -> SearchCondition<Self> {
        like_search!(text, true)
    }
}

/// `text` as one FTS5 phrase: FTS5's trigram tokenizer matches it anywhere, in any case.
fn phrase(text: &str) -> String {
    format!("\"{}\"", text.replace('"', "\"\""))
}

impl ClaimSearch for diesel::sqlite::Sqlite {
    /// The claims [`claim_search`] finds the text in. A text of fewer than three characters
    /// has no trigram to look up: it is matched with `LIKE`, reading the creditor's claims.
    fn containing(text: &str) -> SearchCondition<Self> {
        if text.chars().count() < 3 {
            return like_search!(text, false);
        }
        let found = claim_search::table
            .filter(Matches::new(claim_search::text, phrase(text).into_sql::<diesel::sql_types::Text>()))
            .select(claim_search::claim_id);
        Box::new(claims::id.eq_any(found))
    }

    /// As [`Self::containing`], in every column of the index (the claim's id as well).
    fn containing_or_id(text: &str) -> SearchCondition<Self> {
        if text.chars().count() < 3 {
            return like_search!(text, true);
        }
        let found = claim_search::table
            .filter(
                diesel::dsl::sql::<diesel::sql_types::Bool>("claim_search MATCH ")
                    .bind::<diesel::sql_types::Text, _>(phrase(text)),
            )
            .select(claim_search::claim_id);
        Box::new(claims::id.eq_any(found))
    }
}

/// A creditor's claims that match a filter's status, country and search (not its cursor), as
/// a boxed query on either backend's connection.
macro_rules! matching_claims {
    ($creditor_id:expr, $filter:expr) => {{
        let mut query = claims::table.filter(claims::creditor_id.eq($creditor_id)).into_boxed();
        if let Some(status) = &$filter.status {
            query = query.filter(claims::status.eq(status.clone()));
        }
        if let Some(country) = &$filter.country {
            query = query.filter(claims::debtor_country.eq(country.clone()));
        }
        if let Some(search) = &$filter.search {
            query = query.filter(ClaimSearch::containing(search));
        }
        query
    }};
}

/// One page of [`matching_claims!`], newest first, after the filter's cursor (keyset
/// pagination: each page starts where the last ended, on the creditor's indexes).
macro_rules! list_query {
    ($creditor_id:expr, $filter:expr) => {{
        let mut query = matching_claims!($creditor_id, $filter);
        if let Some(before) = &$filter.before {
            query = query.filter(claims::id.lt(before.clone()));
        }
        query.order(claims::id.desc()).limit($filter.limit).select(ClaimRow::as_select())
    }};
}

pub fn list(conn: &mut Conn, creditor_id: &str, filter: &ClaimFilter) -> Result<Vec<ClaimRow>, DbError> {
    Ok(with_conn!(conn, c => {
        list_query!(creditor_id, filter).load(c)
    })?)
}

/// The figures of every claim that matches the filter (all pages, not only one), for the
/// totals at the top of the list, in groups of one status and currency.
///
/// Without a search they come from `claim_totals`, which the database keeps on every write
/// to `claims` (a few rows per creditor, however many claims it has); a search sums the
/// claims it finds.
pub fn figures(
    conn: &mut Conn,
    creditor_id: &str,
    filter: &ClaimFilter,
) -> Result<Vec<crate::domain::totals::GroupFigures>, DbError> {
    use super::schema::claim_totals;
    use crate::domain::money::Currency;
    use crate::domain::totals::{ClaimFigures, GroupFigures};
    if filter.search.is_none() {
        let rows: Vec<(String, String, i64, i64, i64)> = with_conn!(conn, c => {
            let mut query = claim_totals::table
                .filter(claim_totals::creditor_id.eq(creditor_id))
                .filter(claim_totals::claims.gt(0))
                .into_boxed();
            if let Some(status) = &filter.status {
                query = query.filter(claim_totals::status.eq(status.clone()));
            }
            if let Some(country) = &filter.country {
                query = query.filter(claim_totals::debtor_country.eq(country.clone()));
            }
            query
                .select((
                    claim_totals::status,
                    claim_totals::currency,
                    claim_totals::claims,
                    claim_totals::collected_minor,
                    claim_totals::outstanding_minor,
                ))
                .load(c)
        })?;
        return Ok(rows
            .into_iter()
            .filter_map(|(status, currency, claims, collected_minor, outstanding_if_open_minor)| {
                Some(GroupFigures {
                    status: CaseStatus::parse(&status)?,
                    currency: Currency::parse(&currency).ok()?,
                    claims,
                    collected_minor,
                    outstanding_if_open_minor,
                })
            })
            .collect());
    }
    let rows: Vec<(String, String, i64, Option<i64>)> = with_conn!(conn, c => matching_claims!(creditor_id, filter)
        .select((claims::status, claims::currency, claims::principal_minor, claims::collected_minor))
        .load(c))?;
    Ok(rows
        .into_iter()
        .filter_map(|(status, currency, principal_minor, collected_minor)| {
            Some(GroupFigures::of(&ClaimFigures {
                status: CaseStatus::parse(&status)?,
                currency: Currency::parse(&currency).ok()?,
                principal_minor,
                collected_minor,
            }))
        })
        .collect())
}

#[derive(Debug, Clone)]
pub struct ClaimDetail {
    pub claim: ClaimRow,
    pub invoices: Vec<InvoiceRow>,
    /// Oldest first (by `occurred_at`).
    pub events: Vec<StoredEvent>,
}

/// One of the creditor's claims; `None` when it does not exist or is another creditor's.
pub fn get(conn: &mut Conn, creditor_id: &str, id: &str) -> Result<Option<ClaimDetail>, DbError> {
    Ok(with_conn!(conn, c => {
        let claim = claims::table
            .filter(claims::id.eq(id))
            .filter(claims::creditor_id.eq(creditor_id))
            .select(ClaimRow::as_select())
            .first(c)
            .optional()?;
        match claim {
            None => Ok(None),
            Some(claim) => {
                let invoices = claim_invoices::table
                    .filter(claim_invoices::claim_id.eq(id))
                    .order(claim_invoices::position)
                    .select(InvoiceRow::as_select())
                    .load(c)?;
                let events = claim_events::table
                    .filter(claim_events::claim_id.eq(id))
                    .order((claim_events::occurred_at, claim_events::seq))
                    .select(StoredEvent::as_select())
                    .load(c)?;
                Ok(Some(ClaimDetail { claim, invoices, events }))
            }
        }
    })
    .map_err(|e: diesel::result::Error| e)?)
}

/// The `source` of the platform's own events; a partner's events have the partner's id.
pub const PLATFORM: &str = "platform";

/// What became of an event offered to [`record`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Recorded {
    /// Stored, and the case now has the event's status.
    Applied,
    /// Stored in the timeline; older than the latest applied event, so the case did not move.
    Late,
    /// The same `webhook-id` from the same source was stored before: nothing changed.
    Duplicate,
    /// The state machine does not allow this change; nothing was stored.
    Forbidden { from: CaseStatus, to: CaseStatus },
    /// No such claim (or, for a partner's event, not a claim of that partner).
    NoClaim,
    /// The partner named another `partner_reference` than the one the case has; nothing was stored.
    ReferenceMismatch { expected: String },
}

/// For an event a partner sent: the case must be this partner's, and carry this reference
/// (a case without one yet takes it).
#[derive(Debug, Clone)]
pub struct PartnerCheck {
    pub partner_id: String,
    pub partner_reference: String,
}

/// The case as it stands after an event was offered.
#[derive(Debug, Clone, PartialEq, Eq, Queryable)]
pub struct CaseState {
    pub status: String,
    pub collected_minor: Option<i64>,
    pub principal_minor: i64,
    pub currency: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub result: Recorded,
    /// The stored event's sequence number, when one was stored.
    pub seq: Option<i64>,
    /// The case after the event; `None` when there is no such claim.
    pub case: Option<CaseState>,
}

/// Appends an event to a claim's timeline and applies it to the case, in one transaction,
/// by the rules of `docs/state-machine.md`: partners' events in `occurred_at` order (an older
/// one is kept as late), terminal states stay terminal, a repeated `webhook_id` is a no-op.
/// `event.applied` is set here. For a partner's event, `check` is checked against the case
/// first; the outcome tells the sequence number and the case's state afterwards.
///
/// Concurrent events for one case are serialised on the claim's row (PostgreSQL locks it;
/// SQLite has one writer), so the state machine sees every change in order.
pub fn record(conn: &mut Conn, event: &EventRow, check: Option<&PartnerCheck>) -> Result<Outcome, DbError> {
    record_with(conn, &Pending { check: check.cloned(), ..Pending::event(event.clone()) })
}

/// What the rules make of an event offered to a case.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Verdict {
    /// Nothing is stored; the answer is this.
    Refuse(Recorded),
    /// The event is stored; a late one does not move the case.
    Store { late: bool },
}

/// The rules of `docs/state-machine.md` for `event` on the locked case `claim`: partners'
/// events in `occurred_at` order (an older one is kept as late), terminal states stay
/// terminal, a repeated `webhook_id` is a no-op. `seen` tells (and is asked only when it
/// matters) whether the event's `webhook-id` from its source is stored already.
fn verdict(
    claim: &ClaimLock,
    event: &EventRow,
    check: Option<&PartnerCheck>,
    seen: impl FnOnce() -> QueryResult<bool>,
) -> QueryResult<Verdict> {
    if check.is_some_and(|check| check.partner_id != claim.partner_id) {
        return Ok(Verdict::Refuse(Recorded::NoClaim));
    }
    if event.webhook_id.is_some() && seen()? {
        return Ok(Verdict::Refuse(Recorded::Duplicate));
    }
    if let (Some(check), Some(expected)) = (check, &claim.partner_reference) {
        if *expected != check.partner_reference {
            return Ok(Verdict::Refuse(Recorded::ReferenceMismatch { expected: expected.clone() }));
        }
    }
    let from = CaseStatus::parse(&claim.status).unwrap_or(CaseStatus::Submitted);
    let to = CaseStatus::parse(&event.status).unwrap_or(CaseStatus::Submitted);
    // Partners' events are ordered by their own clock among themselves; the platform's own
    // events (filing, hand-over, withdrawal) happen now and are never late.
    let from_partner = event.source != PLATFORM;
    // before the hand-over no partner has the case: nothing it sends moves it
    if from_partner && from == CaseStatus::Reminding {
        return Ok(Verdict::Refuse(Recorded::NoClaim));
    }
    let late = from_partner && event.occurred_at < claim.last_event_at;
    if !late && !from.can_become(to) {
        return Ok(Verdict::Refuse(Recorded::Forbidden { from, to }));
    }
    Ok(Verdict::Store { late })
}

/// The answer to an event refused on `claim`: the case as it stands, unless the event found
/// no case.
fn refused(claim: &ClaimLock, result: Recorded) -> Outcome {
    let case = (result != Recorded::NoClaim).then(|| claim.state());
    Outcome { result, seq: None, case }
}

/// Whether the partner's `event` says the partner spoke about the case (a reconciliation is
/// the platform asking, not the partner speaking).
fn heard_from(event: &EventRow) -> bool {
    event.source != PLATFORM && event.source != super::money::RECONCILIATION
}

/// The body of recording one event inside the caller's write transaction (see
/// [`record_with`]), for either backend's connection `$c`: evaluates to
/// `QueryResult<Outcome>`.
macro_rules! record_in {
    ($c:ident, $event:expr, $check:expr, $outbox:expr) => {{
        let (event, check, outbox): (&EventRow, Option<&PartnerCheck>, &[DeliveryRow]) = ($event, $check, $outbox);
        (|| -> QueryResult<Outcome> {
            let c = &mut *$c;
            let Some(mut claim) = c.claim_for_update(&event.claim_id)? else {
                return Ok(Outcome { result: Recorded::NoClaim, seq: None, case: None });
            };
            let seen = || match &event.webhook_id {
                Some(webhook_id) => c.webhook_id_seen(&event.source, webhook_id),
                None => Ok(false),
            };
            let late = match verdict(&claim, event, check, seen)? {
                Verdict::Refuse(result) => return Ok(refused(&claim, result)),
                Verdict::Store { late } => late,
            };
            let row = EventRow { applied: !late, ..event.clone() };
            let seq = c.append(&claim.creditor_id, &row)?;
            // one UPDATE of the changed columns (none for a late event of a case with a reference)
            let change = ClaimChange::of(&claim, event, check, late);
            if change.partner_reference.is_some() || change.status.is_some() {
                diesel::update(claims::table.find(&event.claim_id)).set(&change).execute(c)?;
            }
            if heard_from(event) {
                c.heard_from_partner(&event.claim_id, event.recorded_at)?;
            }
            if !late && !outbox.is_empty() {
                diesel::insert_into(deliveries::table).values(outbox).execute(c)?;
            }
            claim.apply(&change);
            let result = if late { Recorded::Late } else { Recorded::Applied };
            Ok(Outcome { result, seq: Some(seq), case: Some(claim.state()) })
        })()
    }};
}

/// The body of recording a [`Pending`] inside the caller's write transaction, for either
/// backend's connection `$c`: the partner's answer to a hand-over first, then the event, then
/// the end of the attempt that brought it. Evaluates to `QueryResult<Outcome>`.
macro_rules! record_pending_in {
    ($c:ident, $pending:expr) => {{
        let p: &Pending = $pending;
        (|| -> QueryResult<Outcome> {
            if let Some(answer) = &p.answer {
                outbox::answer_in!($c, &p.event.claim_id, answer)?;
            }
            let outcome = record_in!($c, &p.event, p.check.as_ref(), &p.outbox)?;
            if let Some(ending) = &p.ending {
                if !outbox::end_in!($c, ending)? {
                    tracing::warn!(delivery = %ending.held.id, "the lease had expired and another worker took the delivery over");
                }
            }
            Ok(outcome)
        })()
    }};
}

/// [`record`], with the rest of a [`Pending`]: the e-mails about the change (written when the
/// event is applied), the partner's answer and the end of the attempt.
pub fn record_with(conn: &mut Conn, pending: &Pending) -> Result<Outcome, DbError> {
    let result = write_tx!(conn, c => record_pending_in!(c, pending));
    match result {
        // the same webhook-id raced in from another request: it is stored once (an attempt
        // that brought it is not ended here: its lease runs out and the resend is a duplicate)
        Err(e) if is_unique_violation(&e) && pending.event.webhook_id.is_some() => {
            let case = with_conn!(conn, c => c.case_state(&pending.event.claim_id).optional())?;
            Ok(Outcome { result: Recorded::Duplicate, seq: None, case })
        }
        other => Ok(other?),
    }
}

/// An event to record ([`record_with`], or in a group commit: [`record_batch`]).
#[derive(Debug, Clone)]
pub struct Pending {
    pub event: EventRow,
    /// For a partner's event: the case must be the partner's and carry its reference.
    pub check: Option<PartnerCheck>,
    /// Written too when the event is applied (e-mails about the change).
    pub outbox: Vec<DeliveryRow>,
    /// The partner's answer to a hand-over that the event records, written before it.
    pub answer: Option<outbox::Answer>,
    /// The dispatcher's attempt that brought the event, ended after it: the attempt counts
    /// as done only once its outcome is stored.
    pub ending: Option<outbox::Ending>,
}

impl Pending {
    /// An event with nothing else to write.
    pub fn event(event: EventRow) -> Self {
        Self { event, check: None, outbox: Vec::new(), answer: None, ending: None }
    }
}

/// Group commit: records events that arrived together in ONE write transaction (one
/// `fsync`). Outcomes are in the order of `batch`, and the events are applied in that order
/// (one case's events in the order they arrived).
///
/// The transaction reads the batch's claims and the `webhook-id`s it names once, decides
/// every event by the rules in memory (each event sees the case as the earlier ones left it),
/// and writes what was decided with a few statements for the whole batch (on PostgreSQL, one
/// for the events, the claims and the announcements): a handful of round trips per batch
/// instead of about ten per event.
///
/// On PostgreSQL the batch first locks its claims and then their creditors, each in id
/// order, so that batches of several instances, and single events (one claim, then its
/// creditor), never wait on each other in a circle.
///
/// When that transaction fails (a statement of one event fails, or the same `webhook-id`
/// raced in on another claim from another instance), the batch is recorded again with one
/// savepoint per event ([`record_one_by_one`]), so that the failing event fails alone. A
/// batch that carries a partner's answer to a hand-over or the end of a dispatcher's attempt
/// is recorded that way from the start: those writes belong to their event's savepoint.
pub fn record_batch(conn: &mut Conn, batch: &[Pending]) -> Vec<Result<Outcome, DbError>> {
    // the rules are decided in memory for status events (the writer takes no others): the
    // webhooks about other entries read their payment or payout
    if batch.iter().all(|p| p.event.kind == kind::STATUS && p.answer.is_none() && p.ending.is_none()) {
        match write_tx!(conn, c => record_together(c, batch)) {
            Ok(outcomes) => return outcomes.into_iter().map(Ok).collect(),
            Err(e) => {
                tracing::info!(events = batch.len(), error = %e, "a group commit failed; its events are recorded one savepoint each")
            }
        }
    }
    record_one_by_one(conn, batch)
}

/// The body of [`record_batch`]'s transaction: decides each event of `batch`, then writes.
fn record_together<C: EventLog>(c: &mut C, batch: &[Pending]) -> QueryResult<Vec<Outcome>> {
    let mut claim_ids: Vec<&str> = batch.iter().map(|p| p.event.claim_id.as_str()).collect();
    claim_ids.sort_unstable();
    claim_ids.dedup();
    let mut claims: std::collections::HashMap<String, ClaimLock> = c.lock_claims(&claim_ids)?.into_iter().collect();
    let mut seen = c.webhook_ids_seen(batch)?;
    let mut writes: std::collections::BTreeMap<String, ClaimWrite> = Default::default();
    let mut stored = Vec::new();
    let mut outbox = Vec::new();
    let mut outcomes = Vec::with_capacity(batch.len());
    for p in batch {
        let (event, check) = (&p.event, p.check.as_ref());
        let Some(claim) = claims.get_mut(&event.claim_id) else {
            outcomes.push(Outcome { result: Recorded::NoClaim, seq: None, case: None });
            continue;
        };
        let key = event.webhook_id.clone().map(|id| (event.source.clone(), id));
        let taken = key.as_ref().is_some_and(|key| seen.contains(key));
        let late = match verdict(claim, event, check, || Ok(taken))? {
            Verdict::Refuse(result) => {
                outcomes.push(refused(claim, result));
                continue;
            }
            Verdict::Store { late } => late,
        };
        // a second event with the same webhook-id in this batch is a duplicate of this one
        seen.extend(key);
        let change = ClaimChange::of(claim, event, check, late);
        claim.apply(&change);
        let write = writes.entry(event.claim_id.clone()).or_default();
        write.change = std::mem::take(&mut write.change).then(change);
        if heard_from(event) {
            write.heard_at = Some(event.recorded_at);
        }
        if !late {
            outbox.extend(p.outbox.iter().cloned());
        }
        stored.push(EventRow { applied: !late, ..event.clone() });
        let result = if late { Recorded::Late } else { Recorded::Applied };
        outcomes.push(Outcome { result, seq: None, case: Some(claim.state()) });
    }
    if stored.is_empty() {
        return Ok(outcomes);
    }
    let seqs = c.next_seqs(stored.len())?;
    let numbered = outcomes.iter_mut().filter(|o| matches!(o.result, Recorded::Applied | Recorded::Late));
    for (outcome, seq) in numbered.zip(&seqs) {
        outcome.seq = Some(*seq);
    }
    let events: Vec<(EventRow, i64)> = stored.into_iter().zip(seqs).collect();
    let messages = webhook_messages(c, &events, &claims)?;
    outbox.extend(messages.iter().map(|m| m.delivery(m.created_at)));
    let claims = writes.into_iter().collect();
    c.store_batch(&BatchWrites { events, claims, outbox, messages }).map(|()| outcomes)
}

/// The creditors' webhook messages about a group commit's stored events (as
/// `super::webhooks::enqueue!` writes them for one event); `claims`: the batch's claims.
fn webhook_messages<C: EventLog>(
    c: &mut C,
    events: &[(EventRow, i64)],
    claims: &std::collections::HashMap<String, ClaimLock>,
) -> QueryResult<Vec<super::webhooks::MessageRow>> {
    let creditor = |event: &EventRow| claims.get(&event.claim_id).map(|claim| claim.creditor_id.as_str());
    let mut creditors: Vec<&str> = events
        .iter()
        .filter(|(event, _)| !super::webhooks::types_of(event).is_empty())
        .filter_map(|(event, _)| creditor(event))
        .collect();
    creditors.sort_unstable();
    creditors.dedup();
    if creditors.is_empty() {
        return Ok(Vec::new());
    }
    let endpoints = c.endpoints_of(&creditors)?;
    let mut messages = Vec::new();
    for (event, seq) in events {
        let Some(claim) = claims.get(&event.claim_id) else { continue };
        let theirs: Vec<(String, String)> = endpoints
            .iter()
            .filter(|(creditor_id, _, _)| *creditor_id == claim.creditor_id)
            .map(|(_, id, types)| (id.clone(), types.clone()))
            .collect();
        messages.extend(super::webhooks::messages_for(event, *seq, &claim.currency, None, &theirs));
    }
    Ok(messages)
}

/// [`record_batch`] with one savepoint per event, so that an event the rules refuse or whose
/// statements fail leaves the others to commit. An event whose savepoint failed for any other
/// reason than its `webhook-id` being taken, and every event of a batch whose transaction
/// failed as a whole, is then recorded on its own with [`record_with`].
fn record_one_by_one(conn: &mut Conn, batch: &[Pending]) -> Vec<Result<Outcome, DbError>> {
    let mut claim_ids: Vec<&str> = batch.iter().map(|p| p.event.claim_id.as_str()).collect();
    claim_ids.sort_unstable();
    claim_ids.dedup();
    let together: Result<Vec<Option<Outcome>>, diesel::result::Error> = write_tx!(conn, c => {
        c.lock_claims(&claim_ids)?;
        let mut outcomes = Vec::with_capacity(batch.len());
        for p in batch {
            let event = &p.event;
            let one = c.transaction(|c| record_pending_in!(c, p));
            // with an answer or an attempt's end, a rolled-back savepoint lost them too
            let event_only = p.answer.is_none() && p.ending.is_none();
            outcomes.push(match one {
                Ok(outcome) => Some(outcome),
                // the same webhook-id raced in from another instance: it is stored once
                Err(e) if is_unique_violation(&e) && event.webhook_id.is_some() && event_only => {
                    if c.webhook_id_seen(&event.source, event.webhook_id.as_deref().unwrap_or_default())? {
                        let case = c.case_state(&event.claim_id).optional()?;
                        Some(Outcome { result: Recorded::Duplicate, seq: None, case })
                    } else {
                        tracing::warn!(claim = %event.claim_id, error = %e, "an event of a group commit failed; it is recorded on its own");
                        None
                    }
                }
                Err(e) => {
                    tracing::warn!(claim = %event.claim_id, error = %e, "an event of a group commit failed; it is recorded on its own");
                    None
                }
            });
        }
        Ok(outcomes)
    });
    let together = together.unwrap_or_else(|e| {
        tracing::warn!(events = batch.len(), error = %e, "a group commit failed; its events are recorded one by one");
        vec![None; batch.len()]
    });
    together
        .into_iter()
        .zip(batch)
        .map(|(outcome, p)| match outcome {
            Some(outcome) => Ok(outcome),
            None => record_with(conn, p),
        })
        .collect()
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Withdrawal {
    /// The case is withdrawn; the partner is told through the outbox.
    Done,
    /// The case is already closed (paid, uncollectable or withdrawn).
    Closed(CaseStatus),
    NoClaim,
}

/// The creditor stops a case: in one transaction the case becomes `withdrawn`, a hand-over
/// not yet sent is cancelled, and a withdrawal for the partner joins the outbox.
/// `actor`: the creditor's user who withdrew it (none over the API).
pub fn withdraw(
    conn: &mut Conn,
    creditor_id: &str,
    claim_id: &str,
    now: i64,
    actor: Option<&str>,
) -> Result<Withdrawal, DbError> {
    let result: Result<Withdrawal, diesel::result::Error> = write_tx!(conn, c => {
        let Some(claim) = c.claim_for_update(claim_id)?.filter(|claim| claim.creditor_id == creditor_id) else {
            return Ok(Withdrawal::NoClaim);
        };
        let from = CaseStatus::parse(&claim.status).unwrap_or(CaseStatus::Submitted);
        if !from.can_become(CaseStatus::Withdrawn) {
            return Ok(Withdrawal::Closed(from));
        }
        let message = if from == CaseStatus::Reminding {
            "Stopped by the creditor before the hand-over; no more reminders are sent".to_string()
        } else {
            "Withdrawn by the creditor; the partner is being told to stop".to_string()
        };
        let event = EventRow {
            actor: actor.map(str::to_string),
            ..EventRow::platform(claim_id, CaseStatus::Withdrawn, now, message)
        };
        c.append(creditor_id, &event)?;
        diesel::update(claims::table.find(claim_id))
            .set((claims::status.eq(CaseStatus::Withdrawn.as_str()), claims::updated_at.eq(now)))
            .execute(c)?;
        diesel::update(
            deliveries::table
                .filter(deliveries::claim_id.eq(claim_id))
                .filter(deliveries::kind.eq(outbox::HAND_OVER))
                .filter(deliveries::state.eq(outbox::state::PENDING)),
        )
        .set((deliveries::state.eq(outbox::state::CANCELLED), deliveries::updated_at.eq(now)))
        .execute(c)?;
        if from == CaseStatus::Reminding {
            // no partner has it: the reminders stop, nobody else is told
            super::reminders::FlowStore::stop_flow(c, claim_id, now)?;
        } else {
            diesel::insert_into(deliveries::table).values(&DeliveryRow::new(claim_id, &claim.partner_id, outbox::WITHDRAW, now)).execute(c)?;
        }
        Ok(Withdrawal::Done)
    });
    Ok(result?)
}

/// The new quote a creditor accepts for a declined case (see [`reroute`]).
#[derive(Debug, Clone)]
pub struct AcceptedQuote {
    pub creditor_id: String,
    /// The creditor's user who accepted it.
    pub actor: Option<String>,
    /// The proposal (`claim_quotes`) accepted: it must still be the one waiting.
    pub proposal_id: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rerouted {
    Done,
    /// The proposal is no longer the one waiting, or the case is no longer declined.
    Stale,
    /// No such claim, or not the creditor's.
    NoClaim,
}

/// Routes a declined case to another partner once the creditor accepted its quote: in one
/// transaction the proposal becomes the claim's quote (`accepted`; an earlier current quote
/// `superseded`), the case becomes `submitted` again with the new partner and a hand-over to
/// it joins the outbox, followed (when `resend_to_new_partner`: it speaks protocol v1.1) by
/// what the creditor had sent the partner that declined.
pub fn reroute(
    conn: &mut Conn,
    claim_id: &str,
    partner_id: &str,
    partner_name: &str,
    now: i64,
    resend_to_new_partner: bool,
    accepted: &AcceptedQuote,
) -> Result<Rerouted, DbError> {
    use super::quotes::{QuoteRow, state as quote_state};
    use super::schema::claim_quotes;
    let result: Result<Rerouted, diesel::result::Error> = write_tx!(conn, c => {
        let Some(claim) = c.claim_for_update(claim_id)?.filter(|claim| claim.creditor_id == accepted.creditor_id) else {
            return Ok(Rerouted::NoClaim);
        };
        if !CaseStatus::parse(&claim.status).is_some_and(|s| s == CaseStatus::Declined) {
            return Ok(Rerouted::Stale);
        }
        let proposal = claim_quotes::table
            .find(&accepted.proposal_id)
            .select(QuoteRow::as_select())
            .first(c)
            .optional()?
            .filter(|q| q.claim_id == claim_id && q.state == quote_state::PROPOSED && q.partner_id == partner_id);
        let Some(proposal) = proposal else { return Ok(Rerouted::Stale) };
        diesel::update(
            claim_quotes::table
                .filter(claim_quotes::claim_id.eq(claim_id))
                .filter(claim_quotes::state.eq_any([quote_state::FILED, quote_state::ACCEPTED])),
        )
        .set((claim_quotes::state.eq(quote_state::SUPERSEDED), claim_quotes::decided_at.eq(now)))
        .execute(c)?;
        diesel::update(claim_quotes::table.find(&proposal.id))
            .set((claim_quotes::state.eq(quote_state::ACCEPTED), claim_quotes::decided_at.eq(now)))
            .execute(c)?;
        diesel::update(claims::table.find(claim_id)).set(claims::quote_json.eq(&proposal.quote_json)).execute(c)?;
        let message = format!("Routed to {partner_name}: the creditor accepted its quote after the previous partner declined");
        let event = EventRow { actor: accepted.actor.clone(), ..EventRow::platform(claim_id, CaseStatus::Submitted, now, message) };
        c.append(&claim.creditor_id, &event)?;
        diesel::update(claims::table.find(claim_id))
            .set((
                claims::status.eq(CaseStatus::Submitted.as_str()),
                claims::partner_id.eq(partner_id),
                claims::partner_reference.eq(None::<String>),
                claims::decline_reason.eq(None::<String>),
                claims::updated_at.eq(now),
            ))
            .execute(c)?;
        diesel::insert_into(deliveries::table).values(&DeliveryRow::new(claim_id, partner_id, outbox::HAND_OVER, now)).execute(c)?;
        // What the creditor sent the partner that declined (messages, documents, direct
        // payments) never reached it (it had no reference): the new partner gets it after its
        // hand-over, in the same order; a message shows its new delivery.
        let items = [outbox::MESSAGE, outbox::DOCUMENT, outbox::DIRECT_PAYMENT];
        let unsent: Vec<DeliveryRow> = deliveries::table
            .filter(deliveries::claim_id.eq(claim_id))
            .filter(deliveries::kind.eq_any(items))
            .filter(deliveries::state.ne(outbox::state::DONE))
            .order(deliveries::id)
            .select(DeliveryRow::as_select())
            .load(c)?;
        let waiting: Vec<&str> = unsent
            .iter()
            .filter(|d| d.state == outbox::state::PENDING || d.state == outbox::state::IN_FLIGHT)
            .map(|d| d.id.as_str())
            .collect();
        diesel::update(deliveries::table.filter(deliveries::id.eq_any(&waiting)))
            .set((
                deliveries::state.eq(outbox::state::CANCELLED),
                deliveries::last_error.eq("the case was routed to another partner"),
                deliveries::updated_at.eq(now),
            ))
            .execute(c)?;
        if resend_to_new_partner {
            for old in &unsent {
                let payload = old.payload.clone().unwrap_or_else(|| "{}".into());
                let new = DeliveryRow::with_payload(claim_id, partner_id, &old.kind, payload, now);
                diesel::insert_into(deliveries::table).values(&new).execute(c)?;
                if old.kind == outbox::MESSAGE {
                    use super::schema::messages;
                    diesel::update(messages::table.filter(messages::delivery_id.eq(&old.id)))
                        .set(messages::delivery_id.eq(&new.id))
                        .execute(c)?;
                }
            }
        }
        Ok(Rerouted::Done)
    });
    Ok(result?)
}

/// A claim by id, whoever's it is: for the platform's own background work.
pub fn get_any(conn: &mut Conn, id: &str) -> Result<Option<ClaimDetail>, DbError> {
    let creditor: Option<String> =
        with_conn!(conn, c => claims::table.find(id).select(claims::creditor_id).first(c).optional())?;
    match creditor {
        Some(creditor) => get(conn, &creditor, id),
        None => Ok(None),
    }
}

/// A claim's row as the state machine needs it, locked for the rest of the transaction.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = claims)]
pub(crate) struct ClaimLock {
    pub status: String,
    pub last_event_at: i64,
    pub creditor_id: String,
    pub partner_id: String,
    pub partner_reference: Option<String>,
    pub collected_minor: Option<i64>,
    pub principal_minor: i64,
    pub currency: String,
    pub quote_json: Option<String>,
}

impl ClaimLock {
    pub(crate) fn state(&self) -> CaseState {
        CaseState {
            status: self.status.clone(),
            collected_minor: self.collected_minor,
            principal_minor: self.principal_minor,
            currency: self.currency.clone(),
        }
    }
}

/// What an event changes on its claim; `None` leaves a column as it is.
#[derive(Debug, Clone, Default, AsChangeset)]
#[diesel(table_name = claims)]
struct ClaimChange {
    partner_reference: Option<String>,
    status: Option<String>,
    updated_at: Option<i64>,
    last_event_at: Option<i64>,
    collected_minor: Option<i64>,
}

impl ClaimChange {
    /// What storing `event` (`late` or not) changes on `claim`: a late event changes nothing
    /// but a missing partner reference.
    fn of(claim: &ClaimLock, event: &EventRow, check: Option<&PartnerCheck>, late: bool) -> Self {
        let from_partner = event.source != PLATFORM;
        Self {
            partner_reference: check.filter(|_| claim.partner_reference.is_none()).map(|c| c.partner_reference.clone()),
            status: (!late).then(|| event.status.clone()),
            updated_at: (!late).then(super::now_micros),
            last_event_at: (!late && from_partner).then_some(event.occurred_at),
            collected_minor: event.collected_minor.filter(|_| !late),
        }
    }

    /// This change followed by `later`.
    fn then(self, later: Self) -> Self {
        Self {
            partner_reference: later.partner_reference.or(self.partner_reference),
            status: later.status.or(self.status),
            updated_at: later.updated_at.or(self.updated_at),
            last_event_at: later.last_event_at.or(self.last_event_at),
            collected_minor: later.collected_minor.or(self.collected_minor),
        }
    }
}

impl ClaimLock {
    /// The locked row as `change` leaves it.
    fn apply(&mut self, change: &ClaimChange) {
        if let Some(reference) = &change.partner_reference {
            self.partner_reference = Some(reference.clone());
        }
        if let Some(status) = &change.status {
            self.status = status.clone();
        }
        if let Some(at) = change.last_event_at {
            self.last_event_at = at;
        }
        if let Some(collected) = change.collected_minor {
            self.collected_minor = Some(collected);
        }
    }
}

/// What a group commit writes to one claim: the events' changes, one after the other, and
/// when the partner was last heard from (which also ends a silence).
#[derive(Debug, Clone, Default)]
pub(crate) struct ClaimWrite {
    change: ClaimChange,
    heard_at: Option<i64>,
}

/// Everything a group commit stores, decided before anything is written.
#[derive(Debug, Default)]
pub(crate) struct BatchWrites {
    /// The events stored, with their sequence numbers, in the order of the batch.
    events: Vec<(EventRow, i64)>,
    /// Per claim (in id order), what the batch changes on it.
    claims: Vec<(String, ClaimWrite)>,
    /// E-mails about applied events and the creditors' webhook messages' deliveries.
    outbox: Vec<DeliveryRow>,
    messages: Vec<super::webhooks::MessageRow>,
}

/// The parts of appending an event that differ between the backends. SQLite serialises
/// writers (`BEGIN IMMEDIATE`), so it needs no row locks and takes `MAX(seq) + 1`;
/// PostgreSQL locks the claim's and the creditor's rows, draws from a sequence, and tells the
/// other instances with `NOTIFY` (delivered on commit, in commit order).
pub(crate) trait EventLog: Connection + Sized {
    fn claim_for_update(&mut self, claim_id: &str) -> QueryResult<Option<ClaimLock>>;
    /// Locks the claims of a group commit (`claim_ids` sorted) and then their creditors, each
    /// in id order (see [`record_batch`]), and reads the claims: `(id, row)`.
    fn lock_claims(&mut self, claim_ids: &[&str]) -> QueryResult<Vec<(String, ClaimLock)>>;
    /// The next sequence number, in commit order among the creditor's events.
    fn next_seq(&mut self, creditor_id: &str) -> QueryResult<i64>;
    /// `n` sequence numbers, increasing, for a group commit whose creditors are locked.
    fn next_seqs(&mut self, n: usize) -> QueryResult<Vec<i64>>;
    fn announce(&mut self, seq: i64) -> QueryResult<()>;
    /// Writes what a group commit decided: its events, its claims' changes, its outbox rows
    /// and webhook messages; then announces the events.
    fn store_batch(&mut self, writes: &BatchWrites) -> QueryResult<()>;
    /// Whether an event from `source` with this `webhook-id` is stored.
    fn webhook_id_seen(&mut self, source: &str, webhook_id: &str) -> QueryResult<bool>;
    /// Which `(source, webhook-id)` of the batch's events are stored.
    fn webhook_ids_seen(&mut self, batch: &[Pending]) -> QueryResult<std::collections::HashSet<(String, String)>>;
    /// The live webhook endpoints of these creditors: `(creditor id, endpoint id, event types)`.
    fn endpoints_of(&mut self, creditor_ids: &[&str]) -> QueryResult<Vec<(String, String, String)>>;
    /// Inserts a group commit's webhook messages and outbox rows.
    fn insert_outbox(&mut self, writes: &BatchWrites) -> QueryResult<()>;
    fn case_state(&mut self, claim_id: &str) -> QueryResult<CaseState>;
    /// Inserts an event with the next sequence number, inside the caller's write
    /// transaction, writes the messages of the creditor's webhooks about it
    /// (`super::webhooks::enqueue!`), and announces it.
    fn append(&mut self, creditor_id: &str, event: &EventRow) -> QueryResult<i64>;
    /// Locks the claim for an entry from `source`, checking (for a partner's) that the case is
    /// the partner's, that its `webhook-id` is new, and that it names the case's reference.
    fn open_case(
        &mut self,
        claim_id: &str,
        source: &str,
        webhook_id: Option<&str>,
        check: Option<&PartnerCheck>,
    ) -> QueryResult<Result<ClaimLock, Recorded>>;
    /// Notes that the partner spoke about the case: it is no longer silent.
    fn heard_from_partner(&mut self, claim_id: &str, now: i64) -> QueryResult<()>;
    /// Sets the case's collected total from its payments (none reversed).
    fn recount_collected(&mut self, claim_id: &str) -> QueryResult<i64>;
}

/// The methods both backends share word for word.
macro_rules! shared_event_log {
    () => {
        fn case_state(&mut self, claim_id: &str) -> QueryResult<CaseState> {
            claims::table
                .find(claim_id)
                .select((claims::status, claims::collected_minor, claims::principal_minor, claims::currency))
                .first(self)
        }

        fn append(&mut self, creditor_id: &str, event: &EventRow) -> QueryResult<i64> {
            let seq = self.next_seq(creditor_id)?;
            diesel::insert_into(claim_events::table).values((event, claim_events::seq.eq(seq))).execute(self)?;
            // the creditor's webhooks hear of it in the same transaction
            super::webhooks::enqueue!(self, creditor_id, event, seq)?;
            self.announce(seq)?;
            Ok(seq)
        }

        fn open_case(
            &mut self,
            claim_id: &str,
            source: &str,
            webhook_id: Option<&str>,
            check: Option<&PartnerCheck>,
        ) -> QueryResult<Result<ClaimLock, Recorded>> {
            let Some(claim) = self.claim_for_update(claim_id)? else { return Ok(Err(Recorded::NoClaim)) };
            // before the hand-over no partner has the case
            let reminding = claim.status == CaseStatus::Reminding.as_str();
            if check.is_some_and(|check| check.partner_id != claim.partner_id || reminding) {
                return Ok(Err(Recorded::NoClaim));
            }
            if let Some(webhook_id) = webhook_id {
                if self.webhook_id_seen(source, webhook_id)? {
                    return Ok(Err(Recorded::Duplicate));
                }
            }
            if let (Some(check), Some(expected)) = (check, &claim.partner_reference) {
                if *expected != check.partner_reference {
                    return Ok(Err(Recorded::ReferenceMismatch { expected: expected.clone() }));
                }
            }
            Ok(Ok(claim))
        }

        fn webhook_id_seen(&mut self, source: &str, webhook_id: &str) -> QueryResult<bool> {
            let seen: i64 = claim_events::table
                .filter(claim_events::source.eq(source))
                .filter(claim_events::webhook_id.eq(webhook_id))
                .count()
                .get_result(self)?;
            Ok(seen > 0)
        }

        fn webhook_ids_seen(&mut self, batch: &[Pending]) -> QueryResult<std::collections::HashSet<(String, String)>> {
            let keys: Vec<(&str, &str)> =
                batch.iter().filter_map(|p| Some((p.event.source.as_str(), p.event.webhook_id.as_deref()?))).collect();
            if keys.is_empty() {
                return Ok(Default::default());
            }
            let mut sources: Vec<&str> = keys.iter().map(|k| k.0).collect();
            sources.sort_unstable();
            sources.dedup();
            let ids: Vec<&str> = keys.iter().map(|k| k.1).collect();
            // every stored pair of these sources and ids (the index's), then the batch's own
            let stored: Vec<(String, Option<String>)> = claim_events::table
                .filter(claim_events::source.eq_any(&sources))
                .filter(claim_events::webhook_id.eq_any(&ids))
                .select((claim_events::source, claim_events::webhook_id))
                .load(self)?;
            Ok(stored.into_iter().filter_map(|(source, id)| Some((source, id?))).collect())
        }

        fn endpoints_of(&mut self, creditor_ids: &[&str]) -> QueryResult<Vec<(String, String, String)>> {
            use super::schema::webhook_endpoints;
            webhook_endpoints::table
                .filter(webhook_endpoints::creditor_id.eq_any(creditor_ids))
                .filter(webhook_endpoints::deleted_at.is_null())
                .select((webhook_endpoints::creditor_id, webhook_endpoints::id, webhook_endpoints::events))
                .load(self)
        }

        fn insert_outbox(&mut self, writes: &BatchWrites) -> QueryResult<()> {
            if !writes.messages.is_empty() {
                diesel::insert_into(super::schema::webhook_messages::table).values(&writes.messages).execute(self)?;
            }
            if !writes.outbox.is_empty() {
                diesel::insert_into(deliveries::table).values(&writes.outbox).execute(self)?;
            }
            Ok(())
        }

        fn heard_from_partner(&mut self, claim_id: &str, now: i64) -> QueryResult<()> {
            diesel::update(claims::table.find(claim_id))
                .set((claims::last_partner_contact_at.eq(now), claims::silent_since.eq(None::<i64>)))
                .execute(self)?;
            Ok(())
        }

        fn recount_collected(&mut self, claim_id: &str) -> QueryResult<i64> {
            use super::schema::payments;
            let total: Option<i64> = payments::table
                .filter(payments::claim_id.eq(claim_id))
                .filter(payments::reversed_at.is_null())
                .select(diesel::dsl::sql::<diesel::sql_types::Nullable<diesel::sql_types::BigInt>>(
                    "CAST(SUM(amount_minor) AS BIGINT)",
                ))
                .first(self)?;
            let total = total.unwrap_or(0);
            diesel::update(claims::table.find(claim_id)).set(claims::collected_minor.eq(Some(total))).execute(self)?;
            Ok(total)
        }
    };
}

impl EventLog for diesel::SqliteConnection {
    fn claim_for_update(&mut self, claim_id: &str) -> QueryResult<Option<ClaimLock>> {
        claims::table.find(claim_id).select(ClaimLock::as_select()).first(self).optional()
    }

    /// One writer at a time: nothing to lock.
    fn lock_claims(&mut self, claim_ids: &[&str]) -> QueryResult<Vec<(String, ClaimLock)>> {
        claims::table.filter(claims::id.eq_any(claim_ids)).select((claims::id, ClaimLock::as_select())).load(self)
    }

    /// One writer at a time: the next number is the highest plus one.
    fn next_seq(&mut self, _creditor_id: &str) -> QueryResult<i64> {
        let max: Option<i64> = claim_events::table.select(diesel::dsl::max(claim_events::seq)).first(self)?;
        Ok(max.unwrap_or(0) + 1)
    }

    fn next_seqs(&mut self, n: usize) -> QueryResult<Vec<i64>> {
        let first = self.next_seq("")?;
        Ok((first..).take(n).collect())
    }

    fn announce(&mut self, _seq: i64) -> QueryResult<()> {
        Ok(())
    }

    /// In process, statements cost no round trip: one per row.
    fn store_batch(&mut self, writes: &BatchWrites) -> QueryResult<()> {
        for (event, seq) in &writes.events {
            diesel::insert_into(claim_events::table).values((event, claim_events::seq.eq(seq))).execute(self)?;
        }
        for (claim_id, write) in &writes.claims {
            if write.change.partner_reference.is_some() || write.change.status.is_some() {
                diesel::update(claims::table.find(claim_id)).set(&write.change).execute(self)?;
            }
            if let Some(at) = write.heard_at {
                self.heard_from_partner(claim_id, at)?;
            }
        }
        self.insert_outbox(writes)
    }

    shared_event_log!();
}

/// The PostgreSQL channel on which every stored event's sequence number is announced.
pub const EVENTS_CHANNEL: &str = "claim_events";

/// A group commit's writes on PostgreSQL in one statement: the events (`$1` to `$14`, a
/// column each, `$14` their sequence numbers), each claim's change (`$15` to `$21`: `NULL`
/// leaves a column as it is; a time the partner was heard from also ends a silence), and one
/// notification per event on `$22`, in sequence order.
const STORE_BATCH: &str = "\
WITH stored AS (
    INSERT INTO claim_events (id, claim_id, status, occurred_at, recorded_at, source, message,
        collected_minor, webhook_id, applied, kind, ref_id, actor, seq)
    SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[], $5::bigint[], $6::text[],
        $7::text[], $8::bigint[], $9::text[], $10::boolean[], $11::text[], $12::text[], $13::text[],
        $14::bigint[])
), changed AS (
    UPDATE claims SET
        partner_reference = COALESCE(w.partner_reference, claims.partner_reference),
        status = COALESCE(w.status, claims.status),
        updated_at = COALESCE(w.updated_at, claims.updated_at),
        last_event_at = COALESCE(w.last_event_at, claims.last_event_at),
        collected_minor = COALESCE(w.collected_minor, claims.collected_minor),
        last_partner_contact_at = COALESCE(w.heard_at, claims.last_partner_contact_at),
        silent_since = CASE WHEN w.heard_at IS NULL THEN claims.silent_since END
    FROM unnest($15::text[], $16::text[], $17::text[], $18::bigint[], $19::bigint[], $20::bigint[],
        $21::bigint[]) AS w (id, partner_reference, status, updated_at, last_event_at, collected_minor, heard_at)
    WHERE claims.id = w.id
)
SELECT pg_notify($22, announced.seq::text) FROM unnest($14::bigint[]) AS announced (seq)";

impl EventLog for diesel::PgConnection {
    fn claim_for_update(&mut self, claim_id: &str) -> QueryResult<Option<ClaimLock>> {
        claims::table.find(claim_id).select(ClaimLock::as_select()).for_no_key_update().first(self).optional()
    }

    fn lock_claims(&mut self, claim_ids: &[&str]) -> QueryResult<Vec<(String, ClaimLock)>> {
        use super::schema::creditors;
        let claims: Vec<(String, ClaimLock)> = claims::table
            .filter(claims::id.eq_any(claim_ids))
            .order(claims::id)
            .select((claims::id, ClaimLock::as_select()))
            .for_no_key_update()
            .load(self)?;
        let mut creditor_ids: Vec<&str> = claims.iter().map(|(_, claim)| claim.creditor_id.as_str()).collect();
        creditor_ids.sort_unstable();
        creditor_ids.dedup();
        creditors::table
            .filter(creditors::id.eq_any(&creditor_ids))
            .order(creditors::id)
            .select(creditors::id)
            .for_no_key_update()
            .load::<String>(self)?;
        Ok(claims)
    }

    /// Locks the creditor's row, then draws the number (two statements: in one, the number
    /// could be drawn before the lock is granted), so one creditor's numbers commit in order.
    /// `FOR NO KEY UPDATE`, not `FOR UPDATE`: it must not conflict with the key-share lock a
    /// new claim's foreign key takes on its creditor, or two claims filed at once deadlock.
    fn next_seq(&mut self, creditor_id: &str) -> QueryResult<i64> {
        use super::schema::creditors;
        creditors::table.find(creditor_id).select(creditors::id).for_no_key_update().first::<String>(self)?;
        diesel::select(diesel::dsl::sql::<diesel::sql_types::BigInt>("nextval('claim_events_seq')")).get_result(self)
    }

    /// One statement for all: the creditors are locked, so no other transaction draws for them.
    fn next_seqs(&mut self, n: usize) -> QueryResult<Vec<i64>> {
        use diesel::sql_types::{Array, BigInt};
        let mut seqs: Vec<i64> = diesel::select(
            diesel::dsl::sql::<Array<BigInt>>("ARRAY(SELECT nextval('claim_events_seq') FROM generate_series(1, ")
                .bind::<BigInt, _>(n as i64)
                .sql("))"),
        )
        .get_result(self)?;
        seqs.sort_unstable();
        Ok(seqs)
    }

    fn announce(&mut self, seq: i64) -> QueryResult<()> {
        diesel::sql_query("SELECT pg_notify($1, $2)")
            .bind::<diesel::sql_types::Text, _>(EVENTS_CHANNEL)
            .bind::<diesel::sql_types::Text, _>(seq.to_string())
            .execute(self)?;
        Ok(())
    }

    /// One round trip for the events, the claims' changes and the announcements, whatever
    /// the batch's size: the rows go as arrays, one per column ([`STORE_BATCH`]). Webhook
    /// messages and e-mails (when there are any) follow as multi-row inserts.
    fn store_batch(&mut self, writes: &BatchWrites) -> QueryResult<()> {
        use diesel::sql_types::{Array, BigInt, Bool, Nullable, Text};
        let events = &writes.events;
        let column = |f: fn(&EventRow) -> String| events.iter().map(|(e, _)| f(e)).collect::<Vec<_>>();
        let optional = |f: fn(&EventRow) -> Option<String>| events.iter().map(|(e, _)| f(e)).collect::<Vec<_>>();
        let number = |f: fn(&EventRow) -> i64| events.iter().map(|(e, _)| f(e)).collect::<Vec<_>>();
        let changed = &writes.claims;
        let text = |f: fn(&ClaimWrite) -> Option<String>| changed.iter().map(|(_, w)| f(w)).collect::<Vec<_>>();
        let micros = |f: fn(&ClaimWrite) -> Option<i64>| changed.iter().map(|(_, w)| f(w)).collect::<Vec<_>>();
        diesel::sql_query(STORE_BATCH)
            .bind::<Array<Text>, _>(column(|e| e.id.clone()))
            .bind::<Array<Text>, _>(column(|e| e.claim_id.clone()))
            .bind::<Array<Text>, _>(column(|e| e.status.clone()))
            .bind::<Array<BigInt>, _>(number(|e| e.occurred_at))
            .bind::<Array<BigInt>, _>(number(|e| e.recorded_at))
            .bind::<Array<Text>, _>(column(|e| e.source.clone()))
            .bind::<Array<Nullable<Text>>, _>(optional(|e| e.message.clone()))
            .bind::<Array<Nullable<BigInt>>, _>(events.iter().map(|(e, _)| e.collected_minor).collect::<Vec<_>>())
            .bind::<Array<Nullable<Text>>, _>(optional(|e| e.webhook_id.clone()))
            .bind::<Array<Bool>, _>(events.iter().map(|(e, _)| e.applied).collect::<Vec<_>>())
            .bind::<Array<Text>, _>(column(|e| e.kind.clone()))
            .bind::<Array<Nullable<Text>>, _>(optional(|e| e.ref_id.clone()))
            .bind::<Array<Nullable<Text>>, _>(optional(|e| e.actor.clone()))
            .bind::<Array<BigInt>, _>(events.iter().map(|(_, seq)| *seq).collect::<Vec<_>>())
            .bind::<Array<Text>, _>(changed.iter().map(|(id, _)| id.clone()).collect::<Vec<_>>())
            .bind::<Array<Nullable<Text>>, _>(text(|w| w.change.partner_reference.clone()))
            .bind::<Array<Nullable<Text>>, _>(text(|w| w.change.status.clone()))
            .bind::<Array<Nullable<BigInt>>, _>(micros(|w| w.change.updated_at))
            .bind::<Array<Nullable<BigInt>>, _>(micros(|w| w.change.last_event_at))
            .bind::<Array<Nullable<BigInt>>, _>(micros(|w| w.change.collected_minor))
            .bind::<Array<Nullable<BigInt>>, _>(micros(|w| w.heard_at))
            .bind::<Text, _>(EVENTS_CHANNEL)
            .execute(self)?;
        self.insert_outbox(writes)
    }

    shared_event_log!();
}

/// How many claims are stored in all; for tests that check nothing was written.
pub fn count_all(conn: &mut Conn) -> Result<i64, DbError> {
    Ok(with_conn!(conn, c => claims::table.count().get_result(c))?)
}

/// What the operations on a case need to know of it before they write.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = claims)]
pub struct CaseBrief {
    pub id: String,
    pub creditor_id: String,
    pub partner_id: String,
    pub partner_reference: Option<String>,
    pub status: String,
    pub currency: String,
    pub principal_minor: i64,
    pub debtor_name: String,
    pub collected_minor: Option<i64>,
    pub created_at: i64,
    pub quote_json: Option<String>,
}

/// The collected total a stored event from `source` with `webhook_id` reported about the claim:
/// `None` when there is no such event, `Some(None)` when it reported none.
pub fn collected_reported(
    conn: &mut Conn,
    claim_id: &str,
    source: &str,
    webhook_id: &str,
) -> Result<Option<Option<i64>>, DbError> {
    Ok(with_conn!(conn, c => claim_events::table
        .filter(claim_events::claim_id.eq(claim_id))
        .filter(claim_events::source.eq(source))
        .filter(claim_events::webhook_id.eq(webhook_id))
        .select(claim_events::collected_minor)
        .first::<Option<i64>>(c)
        .optional())?)
}

/// A case by id, whoever's it is; `None` when there is none (or the id is absurdly long).
pub fn brief(conn: &mut Conn, claim_id: &str) -> Result<Option<CaseBrief>, DbError> {
    if claim_id.len() > 64 {
        return Ok(None);
    }
    Ok(with_conn!(conn, c => claims::table.find(claim_id).select(CaseBrief::as_select()).first(c).optional())?)
}

/// Open cases with a partner's reference: `(claim id, partner id, last word from the partner
/// or, when it has said nothing since, its last reconciliation)`.
pub fn open_with_partner(conn: &mut Conn) -> Result<Vec<(String, String, i64)>, DbError> {
    type Row = (String, String, Option<i64>, Option<i64>, i64);
    let rows: Vec<Row> = with_conn!(conn, c => claims::table
        .filter(claims::partner_reference.is_not_null())
        .filter(claims::status.ne_all(CaseStatus::TERMINAL_STRS))
        .select((claims::id, claims::partner_id, claims::last_partner_contact_at, claims::reconciled_at, claims::created_at))
        .load(c))?;
    Ok(rows
        .into_iter()
        .map(|(id, partner, contact, reconciled, created)| {
            let last = contact.unwrap_or(created).max(reconciled.unwrap_or(0));
            (id, partner, last)
        })
        .collect())
}

/// Flags the partner's silence on a case and asks it for the case's state (a reconciliation
/// delivery), once per silence period: nothing happens when the partner spoke, or the
/// platform asked, within `silence` of `now`.
pub fn flag_silence(
    conn: &mut Conn,
    claim_id: &str,
    partner_id: &str,
    now: i64,
    silence: i64,
    days: u32,
    partner_name: &str,
) -> Result<bool, DbError> {
    let result: Result<bool, diesel::result::Error> = write_tx!(conn, c => {
        type Row = (Option<i64>, Option<i64>, i64, Option<i64>, String, String);
        let row: Option<Row> = claims::table
            .find(claim_id)
            .select((
                claims::last_partner_contact_at,
                claims::reconciled_at,
                claims::created_at,
                claims::silent_since,
                claims::status,
                claims::creditor_id,
            ))
            .first(c)
            .optional()?;
        let Some((contact, reconciled, created, silent_since, status, creditor_id)) = row else { return Ok(false) };
        let last = contact.unwrap_or(created).max(reconciled.unwrap_or(0));
        if now - last < silence {
            return Ok(false);
        }
        diesel::update(claims::table.find(claim_id))
            .set((claims::reconciled_at.eq(now), claims::silent_since.eq(silent_since.unwrap_or(now))))
            .execute(c)?;
        let mut entry = EventRow::entry(claim_id, &status, kind::NOTICE, PLATFORM, now, now);
        entry.message = Some(format!(
            "{partner_name} has not reported on this case for {days} days or more; the platform asked them for its state"
        ));
        c.append(&creditor_id, &entry)?;
        diesel::insert_into(deliveries::table)
            .values(&DeliveryRow::new(claim_id, partner_id, outbox::RECONCILE, now))
            .execute(c)?;
        Ok(true)
    });
    Ok(result?)
}

/// The query of [`silent_cases`].
macro_rules! silent_query {
    ($limit:expr) => {
        claims::table
            .filter(claims::silent_since.is_not_null())
            .filter(claims::status.ne_all(CaseStatus::TERMINAL_STRS))
            .order(claims::silent_since)
            .limit($limit)
            .select((claims::id, claims::partner_id, claims::silent_since))
    };
}

/// Cases whose partner is silent, for the operator: `(claim id, partner id, silent since)`.
pub fn silent_cases(conn: &mut Conn, limit: i64) -> Result<Vec<(String, String, i64)>, DbError> {
    let rows: Vec<(String, String, Option<i64>)> = with_conn!(conn, c => silent_query!(limit).load(c))?;
    Ok(rows.into_iter().map(|(id, partner, since)| (id, partner, since.unwrap_or(0))).collect())
}

/// `EXPLAIN` of a query built by diesel, binds and all: the plan PostgreSQL chooses for the
/// very query the code runs (for the test that keeps the lists on their indexes).
pub struct Explain<Q>(pub Q);

impl<Q: diesel::query_builder::QueryFragment<diesel::pg::Pg>> diesel::query_builder::QueryFragment<diesel::pg::Pg>
    for Explain<Q>
{
    fn walk_ast<'b>(&'b self, mut out: diesel::query_builder::AstPass<'_, 'b, diesel::pg::Pg>) -> QueryResult<()> {
        out.push_sql("EXPLAIN ");
        self.0.walk_ast(out.reborrow())
    }
}

impl<Q> diesel::query_builder::QueryId for Explain<Q> {
    type QueryId = ();
    const HAS_STATIC_QUERY_ID: bool = false;
}

impl<Q> diesel::query_builder::Query for Explain<Q> {
    type SqlType = diesel::sql_types::Text;
}

impl<Q> RunQueryDsl<diesel::PgConnection> for Explain<Q> {}

/// A query's plan and its SQL (as `debug_query` writes it, with its binds).
pub fn plan_of<Q>(c: &mut diesel::PgConnection, query: Q) -> QueryResult<(String, String)>
where
    Q: diesel::query_builder::QueryFragment<diesel::pg::Pg>,
{
    let sql = diesel::debug_query::<diesel::pg::Pg, _>(&query).to_string();
    let lines: Vec<String> = Explain(query).load(c)?;
    Ok((sql, lines.join("\n")))
}

/// The plans of the creditor's list query for `filter` (its totals without a search read
/// `claim_totals` by its key).
pub fn list_plans(
    c: &mut diesel::PgConnection,
    creditor_id: &str,
    filter: &ClaimFilter,
) -> QueryResult<Vec<(String, String)>> {
    let plans = vec![plan_of(c, list_query!(creditor_id, filter))?];
    // Not checked: the totals of a search sum every claim the search finds, and for a
    // creditor with a large share of the table PostgreSQL reads `claims` whole for them (the
    // OR of the debtor's name and the invoices' numbers keeps it off the trigram indexes).
    Ok(plans)
}

/// The plan of a claim page's thread (as [`get`] reads it).
pub fn events_plan(c: &mut diesel::PgConnection, claim_id: &str) -> QueryResult<(String, String)> {
    let query = claim_events::table
        .filter(claim_events::claim_id.eq(claim_id))
        .order((claim_events::occurred_at, claim_events::seq))
        .select(StoredEvent::as_select());
    plan_of(c, query)
}

/// The plan of the operator's list of silent cases.
pub fn silent_plan(c: &mut diesel::PgConnection) -> QueryResult<(String, String)> {
    plan_of(c, silent_query!(200))
}
