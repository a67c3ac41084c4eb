//! Partners' case histories as [`crate::domain::performance`] measures them, loaded from the
//! stored rows of the window: the claims, their hand-overs (deliveries), their timeline
//! (claim events), messages, payments and promises, one query per table (in chunks of
//! claims), never one per case.
//!
//! A case re-routed to another partner counts for each partner only for the time it held it:
//! from the hand-over to it until the hand-over to the next partner.

use std::collections::{BTreeSet, HashMap};

use diesel::prelude::*;

use super::claims::{PLATFORM, kind};
use super::deliveries::HAND_OVER;
use super::messages::sender;
use super::schema::{claim_events, claims, deliveries, messages, payments, promises};
use super::{Conn, DbError};
use crate::domain::performance::{
    Breach, Custody, Message, Payment, Promise, Report, Sender, StatusReport, Terms, WINDOW_DAYS,
};
use crate::domain::status::CaseStatus;
use crate::registry::Registry;
use crate::with_conn;

const DAY: i64 = 86_400_000_000;

/// Claims asked for in one query (well under SQLite's and PostgreSQL's bound-parameter limits).
const CHUNK: usize = 5_000;

/// The start of the window that ends at `now`.
pub fn window_start(now: i64) -> i64 {
    now - i64::from(WINDOW_DAYS) * DAY
}

/// What the registry says each partner undertakes; a partner no longer in the registry is
/// not measured.
pub fn terms_of(registry: &Registry) -> impl Fn(&str) -> Option<Terms> + '_ {
    |id| registry.get(id).map(|p| Terms { sla: p.sla, silence_after_days: p.silence_after_days() })
}

/// Every partner's figures, breaches and score as of `now`, over the window.
pub fn report(conn: &mut Conn, registry: &Registry, now: i64) -> Result<Report, DbError> {
    let held = histories(conn, window_start(now), None)?;
    Ok(Report::compute(&held, terms_of(registry), now))
}

/// The SLA deadlines `partner_id` missed on the cases it was handed within the window, as of
/// `now` (the application's clock): late ones and outstanding ones, oldest deadline first.
/// Empty for a partner the registry does not know. The partner portal shows these to the
/// partner; the operator page shows every partner's.
pub fn breaches_of(conn: &mut Conn, registry: &Registry, partner_id: &str, now: i64) -> Result<Vec<Breach>, DbError> {
    let Some(partner) = registry.get(partner_id) else { return Ok(Vec::new()) };
    let held = histories(conn, window_start(now), Some(partner_id))?;
    Ok(crate::domain::performance::breaches(&held, &partner.sla, now))
}

type ClaimTuple = (String, String, String, i64, i64);
type EventTuple = (String, String, String, String, i64);
type MessageTuple = (String, String, Option<String>, i64);
type PaymentTuple = (String, i64, String, Option<i64>, i64);
type PromiseTuple = (String, String, Option<String>, i64);

/// Every custody (one partner's time with one case) that began at or after `since`; only
/// `partner_id`'s when given. Times are the application's clock.
pub fn histories(conn: &mut Conn, since: i64, partner_id: Option<&str>) -> Result<Vec<Custody>, DbError> {
    let ids = claims_in_scope(conn, since, partner_id)?;
    let mut out = Vec::new();
    for chunk in ids.chunks(CHUNK) {
        out.extend(load_chunk(conn, chunk, since, partner_id)?);
    }
    Ok(out)
}

/// Claims filed, or handed over, at or after `since` (to `partner_id` when given).
fn claims_in_scope(conn: &mut Conn, since: i64, partner_id: Option<&str>) -> Result<Vec<String>, DbError> {
    let (filed, handed): (Vec<String>, Vec<String>) = with_conn!(conn, c => {
        let mut filed = claims::table.filter(claims::created_at.ge(since)).select(claims::id).into_boxed();
        let mut handed = deliveries::table
            .filter(deliveries::kind.eq(HAND_OVER))
            .filter(deliveries::created_at.ge(since))
            .select(deliveries::claim_id)
            .into_boxed();
        if let Some(partner) = partner_id {
            filed = filed.filter(claims::partner_id.eq(partner));
            handed = handed.filter(deliveries::partner_id.eq(partner));
        }
        QueryResult::Ok((filed.load(c)?, handed.load(c)?))
    })?;
    let ids: BTreeSet<String> = filed.into_iter().chain(handed).collect();
    Ok(ids.into_iter().collect())
}

fn load_chunk(conn: &mut Conn, ids: &[String], since: i64, partner_id: Option<&str>) -> Result<Vec<Custody>, DbError> {
    let (claim_rows, hand_overs, events, message_rows, payment_rows, promise_rows) = with_conn!(conn, c => {
        let claim_rows: Vec<ClaimTuple> = claims::table
            .filter(claims::id.eq_any(ids))
            .select((claims::id, claims::partner_id, claims::currency, claims::principal_minor, claims::created_at))
            .load(c)?;
        let hand_overs: Vec<(String, String, i64)> = deliveries::table
            .filter(deliveries::claim_id.eq_any(ids))
            .filter(deliveries::kind.eq(HAND_OVER))
            .order((deliveries::created_at, deliveries::id))
            .select((deliveries::claim_id, deliveries::partner_id, deliveries::created_at))
            .load(c)?;
        let events: Vec<EventTuple> = claim_events::table
            .filter(claim_events::claim_id.eq_any(ids))
            .order((claim_events::recorded_at, claim_events::seq))
            .select((
                claim_events::claim_id,
                claim_events::status,
                claim_events::kind,
                claim_events::source,
                claim_events::recorded_at,
            ))
            .load(c)?;
        let message_rows: Vec<MessageTuple> = messages::table
            .filter(messages::claim_id.eq_any(ids))
            .order((messages::sent_at, messages::id))
            .select((messages::claim_id, messages::sender, messages::in_reply_to, messages::sent_at))
            .load(c)?;
        let payment_rows: Vec<PaymentTuple> = payments::table
            .filter(payments::claim_id.eq_any(ids))
            .select((
                payments::claim_id,
                payments::amount_minor,
                payments::received_on,
                payments::reversed_at,
                payments::recorded_at,
            ))
            .load(c)?;
        let promise_rows: Vec<PromiseTuple> = promises::table
            .filter(promises::claim_id.eq_any(ids))
            .select((promises::claim_id, promises::due_on, promises::broken_on, promises::recorded_at))
            .load(c)?;
        QueryResult::Ok((claim_rows, hand_overs, events, message_rows, payment_rows, promise_rows))
    })?;

    // each claim's custodies, in hand-over order
    let mut periods: HashMap<&str, Vec<(String, i64)>> = HashMap::new();
    for (claim_id, partner, at) in &hand_overs {
        periods.entry(claim_id.as_str()).or_default().push((partner.clone(), *at));
    }
    let mut by_claim: HashMap<String, Vec<Custody>> = HashMap::new();
    for (id, current_partner, currency, principal_minor, created_at) in claim_rows {
        // a case with no hand-over delivery (a partner that works in the portal only) is the
        // current partner's since it was filed
        let held = periods.remove(id.as_str()).unwrap_or_else(|| vec![(current_partner, created_at)]);
        let mut custodies = Vec::with_capacity(held.len());
        for (i, (partner, at)) in held.iter().enumerate() {
            let mut custody = Custody::handed_over(partner, &id, principal_minor, *at);
            custody.currency = currency.clone();
            custody.released_at = held.get(i + 1).map(|(_, next)| *next);
            custodies.push(custody);
        }
        by_claim.insert(id, custodies);
    }
    let holding = |by_claim: &HashMap<String, Vec<Custody>>, claim_id: &str, at: i64| -> Option<usize> {
        let held = by_claim.get(claim_id)?;
        held.iter().rposition(|c| c.handed_over_at <= at && c.released_at.is_none_or(|r| at < r))
    };
    for (claim_id, status, entry_kind, source, at) in events {
        let Some(i) = holding(&by_claim, &claim_id, at) else { continue };
        let Some(custody) = by_claim.get_mut(&claim_id).and_then(|held| held.get_mut(i)) else { continue };
        let status = CaseStatus::parse(&status);
        let by_partner = source == custody.partner_id;
        if by_partner {
            custody.updates.push(at);
        }
        if entry_kind != kind::STATUS {
            continue;
        }
        let Some(status) = status else { continue };
        if by_partner {
            custody.statuses.push(StatusReport { status, at });
        }
        match status {
            CaseStatus::Received if by_partner || source == PLATFORM => {
                custody.accepted_at.get_or_insert(at);
            }
            CaseStatus::Declined if source == PLATFORM => {
                custody.declined_at.get_or_insert(at);
            }
            s if s.is_terminal() => {
                custody.closed_at.get_or_insert(at);
            }
            _ => {}
        }
    }
    for (claim_id, from, in_reply_to, at) in message_rows {
        let sender = match from.as_str() {
            sender::CREDITOR => Sender::Creditor,
            sender::PARTNER => Sender::Partner,
            _ => continue,
        };
        let Some(i) = holding(&by_claim, &claim_id, at) else { continue };
        if let Some(custody) = by_claim.get_mut(&claim_id).and_then(|held| held.get_mut(i)) {
            custody.messages.push(Message { sender, at, is_answer: in_reply_to.is_some() });
        }
    }
    for (claim_id, amount_minor, received_on, reversed_at, at) in payment_rows {
        let Ok(received_on) = received_on.parse() else { continue };
        let Some(i) = holding(&by_claim, &claim_id, at) else { continue };
        if let Some(custody) = by_claim.get_mut(&claim_id).and_then(|held| held.get_mut(i)) {
            custody.payments.push(Payment { amount_minor, received_on, reversed: reversed_at.is_some() });
        }
    }
    for (claim_id, due_on, broken_on, at) in promise_rows {
        let Ok(due_on) = due_on.parse() else { continue };
        let Some(i) = holding(&by_claim, &claim_id, at) else { continue };
        if let Some(custody) = by_claim.get_mut(&claim_id).and_then(|held| held.get_mut(i)) {
            custody.promises.push(Promise { due_on, broken: broken_on.is_some() });
        }
    }
    Ok(by_claim
        .into_values()
        .flatten()
        .filter(|c| c.handed_over_at >= since && partner_id.is_none_or(|p| c.partner_id == p))
        .collect())
}

#[cfg(test)]
mod tests {
    use diesel::connection::SimpleConnection;

    use super::*;

    const HOUR: i64 = 3_600_000_000;

    #[test]
    fn a_rerouted_case_counts_for_each_partner_only_while_it_held_it() {
        let dir = std::env::temp_dir().join(format!("perf-{}", crate::db::new_id("t")));
        let db = crate::db::Db::connect(&format!("sqlite://{}/perf.db", dir.display())).unwrap();
        db.migrate().unwrap();
        let mut conn = db.get().unwrap();
        let t0 = 1_800_000_000_000_000_i64;
        let t1 = t0 + 30 * HOUR;
        let sql = format!(
            "INSERT INTO creditors (id, name, country, email, created_at, notify_requests, notify_money, notify_closed)
               VALUES ('cr', 'Creditor', 'SE', 'a@b.example', {t0}, 1, 1, 1);
             INSERT INTO claims (id, creditor_id, status, service, partner_id, debtor_name, debtor_country, currency,
               principal_minor, disputed, debtor_json, history_json, created_at, updated_at, last_event_at)
               VALUES ('c1', 'cr', 'contacting_debtor', 'collection', 'b', 'D', 'DE', 'EUR', 100000, 0, '{{}}', '{{}}', {t0}, {t1}, 0);
             INSERT INTO deliveries (id, claim_id, partner_id, kind, state, attempts, next_attempt_at, created_at, updated_at)
               VALUES ('d1', 'c1', 'a', 'hand_over', 'declined', 1, {t0}, {t0}, {t0}),
                      ('d2', 'c1', 'b', 'hand_over', 'done', 1, {t1}, {t1}, {t1});
             INSERT INTO claim_events (id, claim_id, status, occurred_at, recorded_at, source, applied, seq, kind)
               VALUES ('e1', 'c1', 'submitted', {t0}, {t0}, 'platform', 1, 1, 'status'),
                      ('e2', 'c1', 'declined', {a}, {a}, 'platform', 1, 2, 'status'),
                      ('e3', 'c1', 'submitted', {t1}, {t1}, 'platform', 1, 3, 'status'),
                      ('e4', 'c1', 'received', {b}, {b}, 'platform', 1, 4, 'status'),
                      ('e5', 'c1', 'contacting_debtor', {c}, {c}, 'b', 1, 5, 'status');
             INSERT INTO payments (id, claim_id, external_id, source, amount_minor, received_on, paid_to, costs_minor,
               interest_minor, principal_minor, allocated_by, recorded_at)
               VALUES ('p1', 'c1', 'x', 'b', 40000, '2027-01-20', 'partner', 0, 0, 40000, 'platform', {c});",
            a = t0 + 2 * HOUR,
            b = t1 + HOUR,
            c = t1 + 5 * HOUR,
        );
        crate::with_conn!(&mut conn, c => c.batch_execute(&sql)).unwrap();

        let mut held = histories(&mut conn, t0 - HOUR, None).unwrap();
        held.sort_by_key(|c| c.handed_over_at);
        assert_eq!(held.len(), 2, "{held:?}");
        let (a, b) = (&held[0], &held[1]);
        assert_eq!(
            (a.partner_id.as_str(), a.declined_at, a.accepted_at, a.released_at),
            ("a", Some(t0 + 2 * HOUR), None, Some(t1))
        );
        assert!(a.statuses.is_empty() && a.payments.is_empty(), "what b did is not a's: {a:?}");
        assert_eq!((b.partner_id.as_str(), b.accepted_at, b.released_at), ("b", Some(t1 + HOUR), None));
        assert_eq!(b.first_contact_at(), Some(t1 + 5 * HOUR));
        assert_eq!(b.recovered_minor(), 40000);
        // one partner's histories only
        let only_a = histories(&mut conn, t0 - HOUR, Some("a")).unwrap();
        assert_eq!(only_a.len(), 1);
        assert_eq!(only_a[0].partner_id, "a");
        // a window that starts after the first hand-over keeps only the second
        assert_eq!(histories(&mut conn, t0 + HOUR, None).unwrap().len(), 1);
        drop(conn);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
