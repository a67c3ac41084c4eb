//! `crossclaim seed`: fills the configured database with realistic data for measuring the
//! lists and pages at scale: creditors, their claims across countries, currencies and
//! statuses, each with invoices, a thread of events, a message from the partner, payments
//! where the case collected money, and its hand-over.
//!
//! Every claim starts from a claim the real intake would accept: per country and amount
//! bucket one claim is parsed, routed and priced through the domain (so its debtor, history
//! and quote are in the stored shapes the pages read); the seeded claims vary its debtor's
//! name, its invoices, its amount (the stored quote is priced on the bucket's amount) and
//! its age. Ids are time-ordered by each claim's own filing time, so the newest-first lists
//! see a history of three years.
//!
//! Rows go in as multi-row `INSERT`s (1,000 rows a statement) in one transaction per
//! 5,000 claims. The seed's own SQLite connection writes with `synchronous = OFF` (the pool
//! puts `FULL` back on the next connection it opens); on PostgreSQL the events' sequence
//! numbers are drawn from the sequence in one query per batch, so a running server's events
//! keep unique numbers. Run it while nothing else writes to the database: a seeded batch
//! commits all at once.

use std::time::{Duration, Instant};

use diesel::connection::SimpleConnection;
use diesel::prelude::*;

use crate::db::claims::{ClaimRow, EventRow, InvoiceRow, PLATFORM, kind};
use crate::db::creditors::CreditorRow;
use crate::db::deliveries::{DeliveryRow, HAND_OVER, state as delivery_state};
use crate::db::messages::{MessageRow, sender};
use crate::db::money::PaymentRow;
use crate::db::schema::{claim_events, claim_invoices, claims, creditors, deliveries, messages, payments};
use crate::db::{Conn, Db};
use crate::domain::claim::{ClaimInput, NewClaim};
use crate::domain::performance::Standings;
use crate::domain::quote::{Quote, QuoteRequest};
use crate::domain::routing::rank;
use crate::domain::rules::Rules;
use crate::domain::status::CaseStatus;
use crate::registry::Registry;

/// Claims written in one transaction.
const BATCH: usize = 5_000;
/// Rows in one `INSERT` (at most 22 columns: 22,000 parameters, under both backends' limits).
const ROWS_PER_INSERT: usize = 1_000;
const DAY: i64 = 86_400_000_000;
/// How far back the seeded claims were filed.
const HISTORY_DAYS: i64 = 3 * 365;

/// What to seed.
#[derive(Debug, Clone)]
pub struct Plan {
    pub claims: u64,
    /// New creditors to create (besides `owner`).
    pub creditors: u64,
    /// An existing creditor who gets the largest share of the claims; otherwise the first
    /// seeded creditor does.
    pub owner: Option<String>,
    /// Percent of the claims that go to the largest creditor (the rest are spread evenly).
    pub owner_percent: u64,
    /// Thread entries of one claim of the largest creditor, the busiest case (0: none).
    pub busy_case_events: u64,
    /// "Now": the newest claim is filed a little before it.
    pub now: i64,
}

/// What was seeded.
#[derive(Debug, Clone, Default)]
pub struct Seeded {
    pub claims: u64,
    pub rows: u64,
    pub elapsed: Duration,
    /// The creditor with the largest share.
    pub owner: String,
    /// The claim with `busy_case_events` entries, if any.
    pub busy_case: Option<String>,
}

/// Progress after each batch.
#[derive(Debug, Clone, Copy)]
pub struct Progress {
    pub claims: u64,
    pub of: u64,
    pub rows: u64,
    pub elapsed: Duration,
}

impl Progress {
    pub fn line(&self) -> String {
        let secs = self.elapsed.as_secs_f64().max(1e-6);
        format!(
            "seeded {} of {} claims ({} rows) in {:.1} s: {:.0} claims/s, {:.0} rows/s",
            self.claims,
            self.of,
            self.rows,
            secs,
            self.claims as f64 / secs,
            self.rows as f64 / secs
        )
    }
}

/// One country's claim as intake would store it, for one amount.
struct Template {
    country: &'static str,
    currency: String,
    partner_id: String,
    service: String,
    principal_minor: i64,
    debtor: serde_json::Value,
    history_json: String,
    quote_json: String,
    legal_form: &'static str,
}

/// Countries seeded, with their currency and a usual legal form of a company.
const COUNTRIES: [(&str, &str, &str); 12] = [
    ("SE", "SEK", "AB"),
    ("NO", "NOK", "AS"),
    ("DK", "DKK", "ApS"),
    ("FI", "EUR", "Oy"),
    ("DE", "EUR", "GmbH"),
    ("NL", "EUR", "B.V."),
    ("FR", "EUR", "SARL"),
    ("PL", "PLN", "sp. z o.o."),
    ("EE", "EUR", "OÜ"),
    ("AT", "EUR", "GmbH"),
    ("ES", "EUR", "S.L."),
    ("IE", "EUR", "Ltd"),
];

/// Amount buckets, in major units: most claims are small.
const AMOUNTS: [(i64, u64); 4] = [(900, 45), (4_500, 30), (22_000, 18), (140_000, 7)];

const NAME_FIRST: [&str; 24] = [
    "Nordic", "Baltic", "Alpine", "Atlantic", "Polar", "Granite", "Harbour", "Birch", "Summit", "Meridian", "Fjord",
    "Amber", "Linden", "Oak", "Silver", "Coastal", "Northern", "Royal", "Iron", "Clear", "Blue", "Green", "Bright",
    "Union",
];
const NAME_SECOND: [&str; 20] = [
    "Trading",
    "Logistics",
    "Timber",
    "Foods",
    "Textiles",
    "Construction",
    "Systems",
    "Marine",
    "Print",
    "Steel",
    "Fashion",
    "Motors",
    "Electric",
    "Pharma",
    "Media",
    "Interiors",
    "Farming",
    "Transport",
    "Design",
    "Software",
];

/// The statuses of seeded cases, with their weights.
const STATUSES: [(CaseStatus, u64); 12] = [
    (CaseStatus::Submitted, 2),
    (CaseStatus::Received, 8),
    (CaseStatus::ContactingDebtor, 24),
    (CaseStatus::PaymentPlan, 8),
    (CaseStatus::PartiallyPaid, 10),
    (CaseStatus::Disputed, 4),
    (CaseStatus::LegalProceedings, 5),
    (CaseStatus::InformationRequested, 3),
    (CaseStatus::Paid, 22),
    (CaseStatus::Uncollectable, 8),
    (CaseStatus::Withdrawn, 4),
    (CaseStatus::Declined, 2),
];

/// A small, fast, reproducible generator (SplitMix64): the same plan seeds the same data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    fn weighted<T: Copy>(&mut self, items: &[(T, u64)]) -> T {
        let total: u64 = items.iter().map(|(_, w)| w).sum();
        let mut pick = self.below(total);
        for (item, weight) in items {
            if pick < *weight {
                return *item;
            }
            pick -= weight;
        }
        items[items.len() - 1].0
    }
}

/// A time-ordered id with a type prefix, made at `micros` (ids sort by creation, as
/// [`crate::db::new_id`]'s do).
fn id_at(prefix: &str, micros: i64, rng: &mut Rng) -> String {
    let ms = (micros / 1000).max(0) as u64;
    let random = (u128::from(rng.next()) << 64 | u128::from(rng.next())) & ((1u128 << 80) - 1);
    format!("{prefix}{}", ulid::Ulid::from_parts(ms, random))
}

fn templates(rules: &Rules, registry: &Registry, today: chrono::NaiveDate) -> Vec<(Template, u64)> {
    let standings = Standings::default();
    let mut out = Vec::new();
    for (country, currency, legal_form) in COUNTRIES {
        for (amount, weight) in AMOUNTS {
            let days_ago = |n: i64| (today - chrono::Duration::days(n)).to_string();
            let body = serde_json::json!({
                "debtor": {
                    "name": format!("Nordic Trading {legal_form}"),
                    "registration_number": "556677-8899",
                    "country": country,
                    "address": {"lines": ["Storgatan 1"], "postal_code": "11122", "city": "Stockholm"},
                    "contact": {"name": "Anna Berg", "email": "anna@debtor.example", "phone": "+46 8 123 456"},
                },
                "invoices": [{
                    "number": "INV-1",
                    "issue_date": days_ago(90),
                    "due_date": days_ago(60),
                    "amount": {"amount": format!("{amount}.00"), "currency": currency},
                }],
                "disputed": false,
                "history": {"reminders_sent": [days_ago(45), days_ago(30)], "debtor_response": "ignores", "notes": "No answer to calls or letters."},
            });
            let Ok(input) = serde_json::from_value::<ClaimInput>(body) else { continue };
            let Ok(claim) = NewClaim::parse(&input, today) else { continue };
            let request = QuoteRequest::for_claim(&claim, today);
            let Ok(ranked) = rank(registry.all(), rules, &request.routing(), &standings) else { continue };
            let Ok(quote) = Quote::for_ranked(&ranked, rules, &request, None) else { continue };
            let partner = ranked[0].partner;
            let Ok(debtor) = serde_json::to_value(claim.debtor()) else { continue };
            out.push((
                Template {
                    country,
                    currency: claim.currency().code().to_string(),
                    partner_id: partner.id.to_string(),
                    service: claim.service().as_str().to_string(),
                    principal_minor: claim.principal().minor(),
                    debtor,
                    history_json: serde_json::to_string(claim.history()).unwrap_or_else(|_| "{}".into()),
                    quote_json: serde_json::to_string(&quote).unwrap_or_else(|_| "null".into()),
                    legal_form,
                },
                weight,
            ));
        }
    }
    out
}

/// Everything written for one batch of claims.
#[derive(Default)]
struct Batch {
    claims: Vec<ClaimRow>,
    invoices: Vec<InvoiceRow>,
    events: Vec<EventRow>,
    deliveries: Vec<DeliveryRow>,
    messages: Vec<MessageRow>,
    payments: Vec<PaymentRow>,
}

impl Batch {
    fn rows(&self) -> u64 {
        (self.claims.len()
            + self.invoices.len()
            + self.events.len()
            + self.deliveries.len()
            + self.messages.len()
            + self.payments.len()) as u64
    }
}

/// The thread of a case that reached `status`: the statuses it went through.
fn path_to(status: CaseStatus) -> Vec<CaseStatus> {
    use CaseStatus::*;
    match status {
        Submitted => vec![Submitted],
        Declined => vec![Submitted, Declined],
        Withdrawn => vec![Submitted, Received, Withdrawn],
        Received => vec![Submitted, Received],
        ContactingDebtor => vec![Submitted, Received, ContactingDebtor],
        Paid => vec![Submitted, Received, ContactingDebtor, Paid],
        other => vec![Submitted, Received, ContactingDebtor, other],
    }
}

/// Builds one claim with its rows into `batch`; returns its id.
#[allow(clippy::too_many_arguments)]
fn claim_into(
    batch: &mut Batch,
    rng: &mut Rng,
    template: &Template,
    number: u64,
    creditor_id: &str,
    filed_at: i64,
    now: i64,
    extra_entries: u64,
) -> String {
    let id = id_at("c_", filed_at, rng);
    let status = rng.weighted(&STATUSES);
    let name = format!(
        "{} {} {} {}",
        NAME_FIRST[rng.below(NAME_FIRST.len() as u64) as usize],
        NAME_SECOND[rng.below(NAME_SECOND.len() as u64) as usize],
        rng.below(500) + 1,
        template.legal_form
    );
    let mut debtor = template.debtor.clone();
    debtor["name"] = serde_json::Value::String(name.clone());
    // the bucket's amount, give or take a fifth, in whole units
    let unit = 100;
    let principal = (template.principal_minor / unit * (80 + rng.below(41) as i64) / 100).max(1) * unit;
    let invoices = 1 + rng.below(3) as i64;
    let year = crate::db::from_micros(filed_at).format("%Y");
    let mut left = principal;
    for i in 0..invoices {
        let amount = if i == invoices - 1 { left } else { (principal / invoices / unit).max(1) * unit };
        left -= amount;
        let issued = crate::db::from_micros(filed_at - (90 - i * 7) * DAY).date_naive();
        batch.invoices.push(InvoiceRow {
            claim_id: id.clone(),
            position: i as i32,
            number: format!("INV-{year}-{number:07}-{}", i + 1),
            issue_date: issued.to_string(),
            due_date: (issued + chrono::Duration::days(30)).to_string(),
            amount_minor: amount,
        });
    }
    let has_reference = !matches!(status, CaseStatus::Submitted | CaseStatus::Declined);
    let reference = has_reference.then(|| format!("REF-{number:08}"));
    let source = template.partner_id.as_str();
    // the case's life: a day or two between steps, never past now
    let mut at = filed_at;
    let mut step = |rng: &mut Rng| {
        at = (at + DAY / 2 + rng.below(3 * DAY as u64) as i64).min(now);
        at
    };
    let mut last_event_at = 0;
    let mut collected = None;
    for (i, s) in path_to(status).into_iter().enumerate() {
        let mut event = if i == 0 {
            EventRow::platform(&id, s, filed_at, format!("Claim filed and routed to {source}"))
        } else {
            let when = step(rng);
            last_event_at = when;
            let mut e = EventRow::entry(&id, s.as_str(), kind::STATUS, source, when, when);
            e.message = Some(format!("The case is now {}", s.label().to_lowercase()));
            e.webhook_id = Some(format!("seed-{id}-{i}"));
            e
        };
        event.id = id_at("ev_", event.recorded_at, rng);
        if s == CaseStatus::ContactingDebtor {
            let when = step(rng);
            let message = MessageRow {
                id: id_at("msg_", when, rng),
                claim_id: id.clone(),
                sender: sender::PARTNER.into(),
                body: "We have written to the debtor and will call them this week.".into(),
                requires_answer: false,
                answer_by: None,
                in_reply_to: None,
                answered_by_id: None,
                document_ids: "[]".into(),
                delivery_id: None,
                sent_at: when,
            };
            let mut entry = EventRow::entry(&id, s.as_str(), kind::MESSAGE, source, when, when);
            entry.id = id_at("ev_", when, rng);
            entry.ref_id = Some(message.id.clone());
            batch.events.push(event);
            batch.events.push(entry);
            batch.messages.push(message);
            continue;
        }
        let paid = match s {
            CaseStatus::Paid => Some(principal),
            CaseStatus::PartiallyPaid => Some(principal * (30 + rng.below(41) as i64) / 100),
            _ => None,
        };
        batch.events.push(event);
        if let Some(amount) = paid {
            let when = step(rng);
            let payment = PaymentRow {
                id: id_at("pay_", when, rng),
                claim_id: id.clone(),
                external_id: format!("seed-{number}"),
                source: source.to_string(),
                amount_minor: amount,
                received_on: crate::db::from_micros(when).date_naive().to_string(),
                paid_to: "partner".into(),
                costs_minor: 0,
                interest_minor: 0,
                principal_minor: amount,
                allocated_by: "partner".into(),
                reversed_at: None,
                reversal_reason: None,
                recorded_at: when,
            };
            let mut entry = EventRow::entry(&id, s.as_str(), kind::PAYMENT, source, when, when);
            entry.id = id_at("ev_", when, rng);
            entry.ref_id = Some(payment.id.clone());
            entry.collected_minor = Some(amount);
            batch.events.push(entry);
            batch.payments.push(payment);
            collected = Some(amount);
        }
    }
    for n in 0..extra_entries {
        let when = step(rng);
        let mut entry = EventRow::entry(&id, status.as_str(), kind::NOTICE, PLATFORM, when, when);
        entry.id = id_at("ev_", when, rng);
        entry.message = Some(format!("Reminder {} sent to the debtor", n + 1));
        batch.events.push(entry);
    }
    let mut hand_over = DeliveryRow::new(&id, source, HAND_OVER, filed_at);
    hand_over.id = id_at("dl_", filed_at, rng);
    hand_over.state =
        if status == CaseStatus::Declined { delivery_state::DECLINED } else { delivery_state::DONE }.into();
    hand_over.attempts = 1;
    hand_over.updated_at = filed_at;
    batch.deliveries.push(hand_over);
    let updated_at = batch.events.iter().rev().find(|e| e.claim_id == id).map_or(filed_at, |e| e.recorded_at);
    batch.claims.push(ClaimRow {
        id: id.clone(),
        creditor_id: creditor_id.to_string(),
        status: status.as_str().to_string(),
        service: template.service.clone(),
        partner_id: template.partner_id.clone(),
        debtor_name: name,
        debtor_country: template.country.to_string(),
        currency: template.currency.clone(),
        principal_minor: principal,
        disputed: status == CaseStatus::Disputed,
        debtor_json: debtor.to_string(),
        history_json: template.history_json.clone(),
        quote_json: Some(template.quote_json.clone()),
        created_at: filed_at,
        updated_at,
        partner_reference: reference,
        collected_minor: collected,
        last_event_at,
        decline_reason: (status == CaseStatus::Declined).then(|| "We do not take cases of this size.".into()),
        last_partner_contact_at: has_reference.then_some(updated_at),
        silent_since: None,
        reconciled_at: None,
    });
    id
}

/// Inserts `rows` in statements of [`ROWS_PER_INSERT`], on either backend's connection.
macro_rules! insert_all {
    ($c:expr, $table:expr, $rows:expr) => {
        for chunk in $rows.chunks(ROWS_PER_INSERT) {
            diesel::insert_into($table).values(chunk).execute($c)?;
        }
    };
}

#[derive(QueryableByName)]
struct SeqRow {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    seq: i64,
}

fn write(conn: &mut Conn, batch: &mut Batch) -> anyhow::Result<()> {
    // events get their numbers in the order of their time, as they would have arrived
    batch.events.sort_by_key(|e| e.recorded_at);
    let result: QueryResult<()> = crate::write_tx!(conn, c => {
        insert_all!(c, claims::table, batch.claims);
        insert_all!(c, claim_invoices::table, batch.invoices);
        insert_all!(c, deliveries::table, batch.deliveries);
        insert_all!(c, messages::table, batch.messages);
        insert_all!(c, payments::table, batch.payments);
        Ok(())
    });
    result?;
    // the events in a transaction of their own, with their sequence numbers drawn in it
    let result: QueryResult<()> = crate::write_tx!(conn, c => {
        let seqs = draw_seqs_in(c, batch.events.len())?;
        let rows: Vec<_> = batch.events.iter().cloned().zip(seqs).map(|(e, s)| (e, claim_events::seq.eq(s))).collect();
        insert_all!(c, claim_events::table, rows);
        Ok(())
    });
    result?;
    Ok(())
}

/// Sequence numbers for `n` new events, on the write transaction's own connection: on
/// SQLite (one writer) after the highest; on PostgreSQL drawn from its sequence.
trait DrawSeqs {
    fn draw(&mut self, n: usize) -> QueryResult<Vec<i64>>;
}

impl DrawSeqs for diesel::SqliteConnection {
    fn draw(&mut self, n: usize) -> QueryResult<Vec<i64>> {
        let max: Option<i64> = claim_events::table.select(diesel::dsl::max(claim_events::seq)).first(self)?;
        let from = max.unwrap_or(0) + 1;
        Ok((from..from + n as i64).collect())
    }
}

impl DrawSeqs for diesel::PgConnection {
    fn draw(&mut self, n: usize) -> QueryResult<Vec<i64>> {
        let mut seqs: Vec<i64> =
            diesel::sql_query(format!("SELECT nextval('claim_events_seq') AS seq FROM generate_series(1, {n})"))
                .load::<SeqRow>(self)?
                .into_iter()
                .map(|r| r.seq)
                .collect();
        seqs.sort_unstable();
        Ok(seqs)
    }
}

fn draw_seqs_in<C: DrawSeqs>(c: &mut C, n: usize) -> QueryResult<Vec<i64>> {
    c.draw(n)
}

/// Seeds the database; `progress` hears after every batch.
pub fn run(
    db: &Db,
    rules: &Rules,
    registry: &Registry,
    plan: &Plan,
    mut progress: impl FnMut(Progress),
) -> anyhow::Result<Seeded> {
    let started = Instant::now();
    let today = crate::db::from_micros(plan.now).date_naive();
    let templates = templates(rules, registry, today);
    anyhow::ensure!(!templates.is_empty(), "the registry covers none of the seeded countries");
    let weights: Vec<(usize, u64)> = templates.iter().enumerate().map(|(i, (_, w))| (i, *w)).collect();
    let mut rng = Rng(0x5EED_C1A1_u64 ^ plan.claims.rotate_left(17) ^ plan.creditors);
    let mut conn = db.get()?;
    if let Conn::Sqlite(c) = &mut conn {
        c.batch_execute("PRAGMA synchronous = OFF;")?;
    }
    // the creditors
    let first = plan.now - HISTORY_DAYS * DAY - 30 * DAY;
    let mut creditor_ids = Vec::with_capacity(plan.creditors as usize);
    let run_tag = id_at("", plan.now, &mut rng).to_lowercase();
    let mut rows = 0u64;
    for chunk_start in (0..plan.creditors).step_by(ROWS_PER_INSERT) {
        let chunk: Vec<CreditorRow> = (chunk_start..(chunk_start + ROWS_PER_INSERT as u64).min(plan.creditors))
            .map(|i| {
                let (country, _, form) = COUNTRIES[i as usize % COUNTRIES.len()];
                CreditorRow {
                    id: id_at("cr_", first + i as i64, &mut rng),
                    name: format!(
                        "{} {} {form}",
                        NAME_FIRST[i as usize % NAME_FIRST.len()],
                        NAME_SECOND[(i as usize / NAME_FIRST.len()) % NAME_SECOND.len()]
                    ),
                    registration_number: Some(format!("{:06}-{:04}", 100_000 + i, i % 10_000)),
                    country: country.to_string(),
                    email: format!("seed-{run_tag}-{i}@creditor.example"),
                    password_hash: None,
                    created_at: first,
                    address_line: Some("Industrivägen 4".into()),
                    postal_code: Some("41101".into()),
                    city: Some("Göteborg".into()),
                    contact_name: Some("Karin Lund".into()),
                    contact_email: None,
                    contact_phone: None,
                    iban: None,
                    bic: None,
                }
            })
            .collect();
        creditor_ids.extend(chunk.iter().map(|c| c.id.clone()));
        rows += chunk.len() as u64;
        crate::with_conn!(&mut conn, c => diesel::insert_into(creditors::table).values(&chunk).execute(c))?;
    }
    let owner = match &plan.owner {
        Some(owner) => owner.clone(),
        None => creditor_ids.first().cloned().ok_or_else(|| anyhow::anyhow!("--creditors must be at least 1"))?,
    };
    let others: Vec<&String> = creditor_ids.iter().filter(|id| **id != owner).collect();
    // the claims, oldest first, evenly over the history
    let span = HISTORY_DAYS * DAY;
    let start = plan.now - span - DAY;
    let mut seeded = 0u64;
    let mut busy_case = None;
    let busy_at = plan.claims / 2;
    let mut batch = Batch::default();
    for k in 0..plan.claims {
        let filed_at = start + (span as i128 * k as i128 / plan.claims.max(1) as i128) as i64;
        let to_owner = others.is_empty() || rng.below(100) < plan.owner_percent;
        let creditor = if to_owner { &owner } else { others[rng.below(others.len() as u64) as usize] };
        let busy = plan.busy_case_events > 0 && busy_case.is_none() && k >= busy_at;
        let (template, _) = &templates[rng.weighted(&weights)];
        let extra = if busy { plan.busy_case_events } else { 0 };
        let id = claim_into(
            &mut batch,
            &mut rng,
            template,
            k + 1,
            if busy { &owner } else { creditor },
            filed_at,
            plan.now,
            extra,
        );
        if busy {
            busy_case = Some(id);
        }
        if batch.claims.len() >= BATCH || k + 1 == plan.claims {
            rows += batch.rows();
            seeded += batch.claims.len() as u64;
            write(&mut conn, &mut batch)?;
            batch = Batch::default();
            progress(Progress { claims: seeded, of: plan.claims, rows, elapsed: started.elapsed() });
        }
    }
    if let Conn::Sqlite(c) = &mut conn {
        c.batch_execute("PRAGMA synchronous = FULL; PRAGMA optimize;")?;
    } else {
        crate::with_conn!(&mut conn, c => c.batch_execute("ANALYZE claims; ANALYZE claim_invoices; ANALYZE claim_events;"))?;
    }
    Ok(Seeded { claims: seeded, rows, elapsed: started.elapsed(), owner, busy_case })
}
