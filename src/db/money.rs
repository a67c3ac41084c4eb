//! A case's money: payments from the debtor (to the partner or to the creditor directly),
//! their reversals, payouts from the partner to the creditor, and promises to pay. Each is
//! written with its entry in the case's thread and the case's new collected total, in one
//! transaction; the same partner id twice is recorded once.

use diesel::prelude::*;

use super::claims::{CaseState, EventLog, EventRow, PartnerCheck, Recorded, kind};
use super::deliveries::DeliveryRow;
use super::schema::{claims, deliveries, payments, payouts, promises};
use super::{Conn, DbError};
use crate::domain::event::Split;
use crate::domain::ledger;
use crate::domain::money::{Currency, Money};
use crate::{with_conn, write_tx};

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = payments)]
pub struct PaymentRow {
    pub id: String,
    pub claim_id: String,
    pub external_id: String,
    pub source: String,
    pub amount_minor: i64,
    pub received_on: String,
    pub paid_to: String,
    pub costs_minor: i64,
    pub interest_minor: i64,
    pub principal_minor: i64,
    pub allocated_by: String,
    pub reversed_at: Option<i64>,
    pub reversal_reason: Option<String>,
    pub recorded_at: i64,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = payouts)]
pub struct PayoutRow {
    pub id: String,
    pub claim_id: String,
    pub external_id: String,
    pub amount_minor: i64,
    pub paid_on: String,
    pub commission_minor: i64,
    pub costs_minor: i64,
    pub reference: Option<String>,
    pub recorded_at: i64,
}

#[derive(Debug, Clone, Queryable, Selectable, Insertable)]
#[diesel(table_name = promises)]
pub struct PromiseRow {
    pub id: String,
    pub claim_id: String,
    pub made_on: String,
    pub amount_minor: i64,
    pub due_on: String,
    /// JSON array of `{"due_on", "amount_minor"}`.
    pub instalments: String,
    pub broken_on: Option<String>,
    pub recorded_at: i64,
}

/// Who an entry comes from, and what it brings along.
#[derive(Debug, Clone)]
pub struct Source {
    /// The partner's id, `creditor`, or `reconciliation`.
    pub name: String,
    /// The partner's `webhook-id`: the same one twice is a no-op.
    pub webhook_id: Option<String>,
    /// For a partner's entry: the case must be this partner's, under this reference.
    pub check: Option<PartnerCheck>,
    /// When it happened (the partner's clock) and when it is recorded (the application's).
    pub occurred_at: i64,
    pub now: i64,
    /// E-mails and partner deliveries to write with the entry (only if it is new).
    pub outbox: Vec<DeliveryRow>,
    /// The partner user who acted in the partner portal (kept with the entry, never shown to
    /// the creditor); `None` for every other door.
    pub actor: Option<String>,
}

/// The `source` of what the platform derives from a silent partner's state.
pub const RECONCILIATION: &str = "reconciliation";

impl Source {
    /// The partner itself spoke (not the platform reconciling on its behalf).
    pub fn from_partner(&self) -> bool {
        self.check.is_some() && self.name != RECONCILIATION
    }
}

/// What became of an entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    /// Stored: its thread entry's sequence number and the case afterwards.
    Recorded {
        seq: i64,
        case: CaseState,
        message: String,
    },
    /// The same webhook-id or the same partner id was recorded before: nothing changed.
    Duplicate,
    NoClaim,
    ReferenceMismatch {
        expected: String,
    },
    /// Refused by the ledger's rules; nothing was stored. `field` names what is wrong.
    Refused {
        field: &'static str,
        message: String,
    },
}

fn refused<T>(field: &'static str, message: String) -> QueryResult<Result<T, Entry>> {
    Ok(Err(Entry::Refused { field, message }))
}

/// A payment the debtor made, before allocation.
#[derive(Debug, Clone)]
pub struct NewPayment {
    pub external_id: String,
    pub amount_minor: i64,
    pub received_on: String,
    pub paid_to: &'static str,
    /// As stated by the partner; `None`: costs, then interest, then principal.
    pub allocation: Option<Split>,
    /// Shown in the thread before the amounts, e.g. "Payment received".
    pub label: String,
}

macro_rules! open {
    ($c:ident, $claim_id:expr, $source:expr) => {
        match $c.open_case($claim_id, &$source.name, $source.webhook_id.as_deref(), $source.check.as_ref())? {
            Ok(claim) => claim,
            Err(Recorded::Duplicate) => return Ok(Err(Entry::Duplicate)),
            Err(Recorded::ReferenceMismatch { expected }) => return Ok(Err(Entry::ReferenceMismatch { expected })),
            Err(_) => return Ok(Err(Entry::NoClaim)),
        }
    };
}

/// Appends the thread entry, writes the outbox, notes the partner's word; returns the entry.
macro_rules! finish {
    ($c:ident, $claim_id:expr, $claim:expr, $source:expr, $kind:expr, $ref_id:expr, $message:expr, $collected:expr) => {{
        let mut row =
            EventRow::entry($claim_id, &$claim.status, $kind, &$source.name, $source.occurred_at, $source.now);
        row.webhook_id = $source.webhook_id.clone();
        row.actor = $source.actor.clone();
        row.ref_id = Some($ref_id);
        row.message = Some($message.clone());
        row.collected_minor = $collected;
        let seq = $c.append(&$claim.creditor_id, &row)?;
        if !$source.outbox.is_empty() {
            diesel::insert_into(deliveries::table).values(&$source.outbox).execute($c)?;
        }
        if $source.from_partner() {
            $c.heard_from_partner($claim_id, $source.now)?;
        }
        let mut case = $claim.state();
        if let Some(total) = $collected {
            case.collected_minor = Some(total);
        }
        Ok(Ok(Entry::Recorded { seq, case, message: $message }))
    }};
}

fn currency_of(code: &str) -> Currency {
    Currency::parse(code).unwrap_or_else(|_| Currency::parse("EUR").expect("EUR is a currency"))
}

fn entries(rows: &[PaymentRow]) -> Vec<ledger::PaymentEntry> {
    rows.iter().filter_map(payment_entry).collect()
}

/// A stored payment as the ledger sees it.
pub fn payment_entry(row: &PaymentRow) -> Option<ledger::PaymentEntry> {
    Some(ledger::PaymentEntry {
        id: row.external_id.clone(),
        amount: row.amount_minor,
        received_on: row.received_on.parse().ok()?,
        paid_to: if row.paid_to == "creditor" { ledger::PaidTo::Creditor } else { ledger::PaidTo::Partner },
        allocation: ledger::Allocation {
            costs: row.costs_minor,
            interest: row.interest_minor,
            principal: row.principal_minor,
        },
        reversed: row.reversed_at.is_some(),
        reversed_on: row.reversed_at.map(|at| super::from_micros(at).date_naive()),
        reversal_reason: row.reversal_reason.clone().unwrap_or_default(),
        description: match (row.source.as_str(), row.paid_to.as_str()) {
            ("creditor", _) => "Paid to the creditor directly (reported by the creditor)".into(),
            (_, "creditor") => "Paid to the creditor directly (reported by the partner)".into(),
            ("reconciliation", _) => "Collected by the partner (found on reconciliation)".into(),
            _ if row.external_id.starts_with("running-total:") => "Collected by the partner (running total)".into(),
            _ => "Collected by the partner".into(),
        },
    })
}

/// A stored payout as the ledger sees it.
pub fn payout_entry(row: &PayoutRow) -> Option<ledger::PayoutEntry> {
    Some(ledger::PayoutEntry {
        id: row.external_id.clone(),
        amount: row.amount_minor,
        paid_on: row.paid_on.parse().ok()?,
        commission: row.commission_minor,
        costs: row.costs_minor,
        reference: row.reference.clone(),
    })
}

fn payout_entries(rows: &[PayoutRow]) -> Vec<ledger::PayoutEntry> {
    rows.iter().filter_map(payout_entry).collect()
}

/// Records a payment and allocates it; the case's collected total follows.
pub fn record_payment(
    conn: &mut Conn,
    claim_id: &str,
    source: &Source,
    payment: &NewPayment,
) -> Result<Entry, DbError> {
    let result: QueryResult<Result<Entry, Entry>> = write_tx!(conn, c => {
        let claim = open!(c, claim_id, source);
        let earlier: i64 = payments::table
            .filter(payments::claim_id.eq(claim_id))
            .filter(payments::external_id.eq(&payment.external_id))
            .count()
            .get_result(c)?;
        if earlier > 0 {
            return Ok(Err(Entry::Duplicate));
        }
        let currency = currency_of(&claim.currency);
        let rows: Vec<PaymentRow> =
            payments::table.filter(payments::claim_id.eq(claim_id)).select(PaymentRow::as_select()).load(c)?;
        let claimable = ledger::Claimable::from_quote_json(claim.principal_minor, claim.quote_json.as_deref());
        let (split, allocated_by) = match payment.allocation {
            Some(split) => (split, "partner"),
            None => {
                let already = ledger::balance(&claimable, &entries(&rows), &[]);
                let recovered = ledger::Allocation {
                    costs: already.costs_recovered,
                    interest: already.interest_recovered,
                    principal: already.principal_recovered,
                };
                let a = ledger::allocate(&claimable, &recovered, payment.amount_minor);
                (Split { costs: a.costs, interest: a.interest, principal: a.principal }, "platform")
            }
        };
        let row = PaymentRow {
            id: super::new_id("pm_"),
            claim_id: claim_id.to_string(),
            external_id: payment.external_id.clone(),
            source: source.name.clone(),
            amount_minor: payment.amount_minor,
            received_on: payment.received_on.clone(),
            paid_to: payment.paid_to.to_string(),
            costs_minor: split.costs,
            interest_minor: split.interest,
            principal_minor: split.principal,
            allocated_by: allocated_by.to_string(),
            reversed_at: None,
            reversal_reason: None,
            recorded_at: source.now,
        };
        diesel::insert_into(payments::table).values(&row).execute(c)?;
        let total = c.recount_collected(claim_id)?;
        let m = |minor| Money::from_minor(minor, currency);
        let to = if payment.paid_to == "creditor" { "to the creditor directly" } else { "by the partner" };
        let message = format!(
            "{}: {} received {to} on {} (costs {}, interest {}, principal {})",
            payment.label,
            m(payment.amount_minor),
            payment.received_on,
            m(split.costs),
            m(split.interest),
            m(split.principal)
        );
        finish!(c, claim_id, claim, source, kind::PAYMENT, row.id.clone(), message, Some(total))
    });
    Ok(result?.unwrap_or_else(|e| e))
}

/// Reverses a payment (it bounced, or was booked in error): refused when that would leave
/// less collected than was already paid out.
pub fn reverse_payment(
    conn: &mut Conn,
    claim_id: &str,
    source: &Source,
    external_id: &str,
    reason: Option<&str>,
) -> Result<Entry, DbError> {
    let result: QueryResult<Result<Entry, Entry>> = write_tx!(conn, c => {
        let claim = open!(c, claim_id, source);
        let rows: Vec<PaymentRow> =
            payments::table.filter(payments::claim_id.eq(claim_id)).select(PaymentRow::as_select()).load(c)?;
        let Some(target) = rows.iter().find(|r| r.external_id == external_id) else {
            return refused("payment_id", format!("no payment \"{external_id}\" was reported for this case"));
        };
        if target.reversed_at.is_some() {
            return Ok(Err(Entry::Duplicate));
        }
        let payouts: Vec<PayoutRow> =
            payouts::table.filter(payouts::claim_id.eq(claim_id)).select(PayoutRow::as_select()).load(c)?;
        let claimable = ledger::Claimable::from_quote_json(claim.principal_minor, claim.quote_json.as_deref());
        let currency = currency_of(&claim.currency);
        if let Err(message) =
            ledger::check_reversal(&claimable, &entries(&rows), &payout_entries(&payouts), external_id, currency)
        {
            return refused("payment_id", message);
        }
        diesel::update(payments::table.find(&target.id))
            .set((payments::reversed_at.eq(source.now), payments::reversal_reason.eq(reason)))
            .execute(c)?;
        let total = c.recount_collected(claim_id)?;
        let message = format!(
            "Payment of {} received on {} reversed{}",
            Money::from_minor(target.amount_minor, currency),
            target.received_on,
            reason.map(|r| format!(": {r}")).unwrap_or_default()
        );
        finish!(c, claim_id, claim, source, kind::PAYMENT_REVERSED, target.id.clone(), message, Some(total))
    });
    Ok(result?.unwrap_or_else(|e| e))
}

/// Records a payout to the creditor: refused when it is more than the partner holds of what
/// it collected, after its commission and costs.
pub fn record_payout(conn: &mut Conn, claim_id: &str, source: &Source, payout: &PayoutRow) -> Result<Entry, DbError> {
    let result: QueryResult<Result<Entry, Entry>> = write_tx!(conn, c => {
        let claim = open!(c, claim_id, source);
        let earlier: i64 = payouts::table
            .filter(payouts::claim_id.eq(claim_id))
            .filter(payouts::external_id.eq(&payout.external_id))
            .count()
            .get_result(c)?;
        if earlier > 0 {
            return Ok(Err(Entry::Duplicate));
        }
        let rows: Vec<PaymentRow> =
            payments::table.filter(payments::claim_id.eq(claim_id)).select(PaymentRow::as_select()).load(c)?;
        let done: Vec<PayoutRow> =
            payouts::table.filter(payouts::claim_id.eq(claim_id)).select(PayoutRow::as_select()).load(c)?;
        let claimable = ledger::Claimable::from_quote_json(claim.principal_minor, claim.quote_json.as_deref());
        let balance = ledger::balance(&claimable, &entries(&rows), &payout_entries(&done));
        let Some(entry) = payout_entry(payout) else {
            return refused("payout.paid_on", "not a date".into());
        };
        if let Err(message) = ledger::check_payout(&balance, &entry, currency_of(&claim.currency)) {
            return refused("payout.amount", message);
        }
        let row = PayoutRow { claim_id: claim_id.to_string(), recorded_at: source.now, ..payout.clone() };
        diesel::insert_into(payouts::table).values(&row).execute(c)?;
        let m = |minor| Money::from_minor(minor, currency_of(&claim.currency));
        let message = format!(
            "{} paid out to the creditor on {} (commission {}, costs {}){}",
            m(row.amount_minor),
            row.paid_on,
            m(row.commission_minor),
            m(row.costs_minor),
            row.reference.as_deref().map(|r| format!(", reference {r}")).unwrap_or_default()
        );
        let collected = claim.collected_minor;
        finish!(c, claim_id, claim, source, kind::PAYOUT, row.id.clone(), message, collected)
    });
    Ok(result?.unwrap_or_else(|e| e))
}

/// Records a promise or an instalment plan; it replaces the case's earlier one.
pub fn record_promise(
    conn: &mut Conn,
    claim_id: &str,
    source: &Source,
    promise: &PromiseRow,
) -> Result<Entry, DbError> {
    let result: QueryResult<Result<Entry, Entry>> = write_tx!(conn, c => {
        let claim = open!(c, claim_id, source);
        let row = PromiseRow { claim_id: claim_id.to_string(), recorded_at: source.now, ..promise.clone() };
        diesel::insert_into(promises::table).values(&row).execute(c)?;
        let m = |minor| Money::from_minor(minor, currency_of(&claim.currency));
        let count = serde_json::from_str::<Vec<serde_json::Value>>(&row.instalments).map_or(1, |v| v.len());
        let message = if count > 1 {
            format!("The debtor agreed to pay {} in {count} instalments, the last by {}", m(row.amount_minor), row.due_on)
        } else {
            format!("The debtor promised to pay {} by {}", m(row.amount_minor), row.due_on)
        };
        let collected = claim.collected_minor;
        finish!(c, claim_id, claim, source, kind::PROMISE, row.id.clone(), message, collected)
    });
    Ok(result?.unwrap_or_else(|e| e))
}

/// Marks the case's promise broken on `missed_on`, once, with a notice in the thread.
pub fn mark_promise_broken(
    conn: &mut Conn,
    claim_id: &str,
    promise_id: &str,
    missed_on: &str,
    message: &str,
    now: i64,
    outbox: &[DeliveryRow],
) -> Result<Option<i64>, DbError> {
    let result: QueryResult<Option<i64>> = write_tx!(conn, c => {
        let Some(claim) = c.claim_for_update(claim_id)? else { return Ok(None) };
        let updated = diesel::update(promises::table.find(promise_id).filter(promises::broken_on.is_null()))
            .set(promises::broken_on.eq(missed_on))
            .execute(c)?;
        if updated == 0 {
            return Ok(None);
        }
        let mut row = EventRow::entry(claim_id, &claim.status, kind::NOTICE, super::claims::PLATFORM, now, now);
        row.ref_id = Some(promise_id.to_string());
        row.message = Some(message.to_string());
        let seq = c.append(&claim.creditor_id, &row)?;
        if !outbox.is_empty() {
            diesel::insert_into(deliveries::table).values(outbox).execute(c)?;
        }
        Ok(Some(seq))
    });
    Ok(result?)
}

/// Everything about a case's money, for its page, its API and its statement.
#[derive(Debug, Clone, Default)]
pub struct CaseMoney {
    pub payments: Vec<PaymentRow>,
    pub payouts: Vec<PayoutRow>,
    /// Oldest first; the last is the one in force.
    pub promises: Vec<PromiseRow>,
}

impl CaseMoney {
    /// The payments as the ledger sees them.
    pub fn payment_entries(&self) -> Vec<ledger::PaymentEntry> {
        entries(&self.payments)
    }

    /// The payouts as the ledger sees them.
    pub fn payout_entries(&self) -> Vec<ledger::PayoutEntry> {
        payout_entries(&self.payouts)
    }
}

pub fn of_claim(conn: &mut Conn, claim_id: &str) -> Result<CaseMoney, DbError> {
    Ok(with_conn!(conn, c => {
        let payments = payments::table
            .filter(payments::claim_id.eq(claim_id))
            .order((payments::received_on, payments::recorded_at, payments::id))
            .select(PaymentRow::as_select())
            .load(c)?;
        let payouts = payouts::table
            .filter(payouts::claim_id.eq(claim_id))
            .order((payouts::paid_on, payouts::recorded_at, payouts::id))
            .select(PayoutRow::as_select())
            .load(c)?;
        let promises = promises::table
            .filter(promises::claim_id.eq(claim_id))
            .order((promises::recorded_at, promises::id))
            .select(PromiseRow::as_select())
            .load(c)?;
        QueryResult::Ok(CaseMoney { payments, payouts, promises })
    })?)
}

/// Open cases whose newest promise is not yet marked broken: the scheduler checks them.
pub fn open_promises(conn: &mut Conn) -> Result<Vec<(String, PromiseRow)>, DbError> {
    let rows: Vec<PromiseRow> = with_conn!(conn, c => promises::table
        .inner_join(claims::table)
        .filter(claims::status.ne_all(crate::domain::status::CaseStatus::TERMINAL_STRS))
        .order((promises::claim_id, promises::recorded_at, promises::id))
        .select(PromiseRow::as_select())
        .load(c))?;
    // only the newest promise of each case is in force
    let mut newest: Vec<(String, PromiseRow)> = Vec::new();
    for row in rows {
        match newest.last_mut() {
            Some((claim, last)) if *claim == row.claim_id => *last = row,
            _ => newest.push((row.claim_id.clone(), row)),
        }
    }
    newest.retain(|(_, promise)| promise.broken_on.is_none());
    Ok(newest)
}

/// What the case's payments (none reversed) make.
pub fn payments_total(conn: &mut Conn, claim_id: &str) -> Result<i64, DbError> {
    let total: Option<i64> = with_conn!(conn, c => payments::table
        .filter(payments::claim_id.eq(claim_id))
        .filter(payments::reversed_at.is_null())
        .select(diesel::dsl::sql::<diesel::sql_types::Nullable<diesel::sql_types::BigInt>>("CAST(SUM(amount_minor) AS BIGINT)"))
        .first(c))?;
    Ok(total.unwrap_or(0))
}

/// Sets the case's collected total from its payments again.
pub fn recount(conn: &mut Conn, claim_id: &str) -> Result<i64, DbError> {
    Ok(write_tx!(conn, c => c.recount_collected(claim_id))?)
}
