//! How each partner performs, measured from the events of its cases: what routing ranks by,
//! what the quote explains, what the partner directory shows. `docs/partner-performance.md`
//! gives the figures and the score's formula.
//!
//! Everything here is pure: [`figures`] reads hand-built [`Custody`] histories (one partner's
//! time with one case), [`breaches`] checks them against the partner's [`Sla`] as of a given
//! moment, [`score`] turns the figures into 0 to 100 with the newcomer rule.

use std::collections::{BTreeMap, HashMap};

use chrono::{Datelike, NaiveDate, Weekday};
use rust_decimal::Decimal;
use serde::Serialize;

use super::status::CaseStatus;

/// The score a partner with too few measured cases is given (see the docs): newcomers are
/// ranked as a fair average partner, neither starved nor favoured.
pub const NEWCOMER_SCORE: u32 = 70;

/// The rolling window: cases handed over within this many days before now are measured.
pub const WINDOW_DAYS: u32 = 180;

/// From this many cases in the window on, the score is the partner's own; below, it is
/// blended toward [`NEWCOMER_SCORE`] by the number of cases.
pub const MIN_CASES: u32 = 10;

const DAY: i64 = 86_400_000_000;

/// What routing and the quote need of one partner's measured performance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Standing {
    /// 0 to 100, after the newcomer floor.
    pub score: u32,
    /// Cases handed to the partner within the window.
    pub cases: u32,
    /// Whether enough cases were measured for the score to be the partner's own.
    pub measured: bool,
    /// Share of SLA deadlines met within the window, in percent; `None` before any deadline.
    pub sla_met_percent: Option<u32>,
    /// Median days from hand-over to the first contact with the debtor.
    pub median_days_to_first_contact: Option<Decimal>,
}

impl Standing {
    /// A partner with no measured history.
    pub fn newcomer() -> Self {
        Self {
            score: NEWCOMER_SCORE,
            cases: 0,
            measured: false,
            sla_met_percent: None,
            median_days_to_first_contact: None,
        }
    }
}

/// Every partner's standing, by partner id; a partner missing here is a newcomer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Standings(pub HashMap<String, Standing>);

impl Standings {
    pub fn of(&self, partner_id: &str) -> Standing {
        self.0.get(partner_id).cloned().unwrap_or_else(Standing::newcomer)
    }
}

/// What a partner undertakes, from the `[sla]` table of its registry entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Sla {
    /// Accept (or decline) a case by the end of this many business days after the hand-over day.
    pub accept_within_business_days: u32,
    /// Contact the debtor by the end of this many business days after the hand-over day.
    pub first_contact_within_business_days: u32,
    /// Report on an open case at least every this many calendar days.
    pub update_every_days: u32,
}

impl Default for Sla {
    /// The platform's defaults for a partner whose entry has no `[sla]` table.
    fn default() -> Self {
        Self { accept_within_business_days: 1, first_contact_within_business_days: 3, update_every_days: 14 }
    }
}

/// Who wrote a message on a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sender {
    Creditor,
    Partner,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub sender: Sender,
    /// When the platform stored it (the application's clock, microseconds).
    pub at: i64,
    /// The creditor's answer to one of the partner's requests: it asks nothing of the partner.
    pub is_answer: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Payment {
    pub amount_minor: i64,
    /// The day the money arrived.
    pub received_on: NaiveDate,
    pub reversed: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Promise {
    pub due_on: NaiveDate,
    /// Marked broken by the platform: its payment did not arrive when due.
    pub broken: bool,
}

/// A status the partner reported, when the platform received it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StatusReport {
    pub status: CaseStatus,
    pub at: i64,
}

/// One partner's time with one case: from the hand-over to it until the case went to another
/// partner (or until now). Every time is on the application's clock, in microseconds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Custody {
    pub partner_id: String,
    pub claim_id: String,
    pub currency: String,
    pub principal_minor: i64,
    pub handed_over_at: i64,
    /// When the case went to another partner; the partner answers for nothing after it.
    pub released_at: Option<i64>,
    pub accepted_at: Option<i64>,
    pub declined_at: Option<i64>,
    /// The partner's status reports, oldest first.
    pub statuses: Vec<StatusReport>,
    /// Every time the partner said anything about the case (status, message, money), oldest first.
    pub updates: Vec<i64>,
    /// Messages while the partner held the case, oldest first.
    pub messages: Vec<Message>,
    /// Payments recorded while the partner held the case.
    pub payments: Vec<Payment>,
    /// Promises recorded while the partner held the case.
    pub promises: Vec<Promise>,
    /// When the case closed (paid, uncollectable or withdrawn) while the partner held it.
    pub closed_at: Option<i64>,
}

impl Custody {
    /// A case handed to `partner_id` at `at`, nothing else known yet (tests build on it).
    pub fn handed_over(partner_id: &str, claim_id: &str, principal_minor: i64, at: i64) -> Self {
        Self {
            partner_id: partner_id.into(),
            claim_id: claim_id.into(),
            currency: "EUR".into(),
            principal_minor,
            handed_over_at: at,
            released_at: None,
            accepted_at: None,
            declined_at: None,
            statuses: vec![],
            updates: vec![],
            messages: vec![],
            payments: vec![],
            promises: vec![],
            closed_at: None,
        }
    }

    /// When the partner's obligations on the case end: closed, given to another partner,
    /// declined, or not yet (`None`).
    fn ends_at(&self) -> Option<i64> {
        [self.closed_at, self.released_at, self.declined_at].into_iter().flatten().min()
    }

    /// The first report of contact with the debtor: `contacting_debtor` or any status that
    /// comes after it (a plan, a payment, a dispute, legal steps, closing paid or uncollectable).
    pub fn first_contact_at(&self) -> Option<i64> {
        use CaseStatus::*;
        self.statuses
            .iter()
            .filter(|s| {
                matches!(
                    s.status,
                    ContactingDebtor | PaymentPlan | PartiallyPaid | Disputed | LegalProceedings | Paid | Uncollectable
                )
            })
            .map(|s| s.at)
            .min()
    }

    /// What the debtor paid while the partner held the case (reversed payments left out).
    pub fn recovered_minor(&self) -> i64 {
        self.payments.iter().filter(|p| !p.reversed).map(|p| p.amount_minor).sum()
    }

    fn first_payment_on(&self) -> Option<NaiveDate> {
        self.payments.iter().filter(|p| !p.reversed).map(|p| p.received_on).min()
    }
}

/// Handed-over and recovered amounts in one currency.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Amounts {
    pub currency: String,
    pub handed_over_minor: i64,
    pub recovered_minor: i64,
}

/// A partner's measured figures over the window (see `docs/partner-performance.md`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Figures {
    /// Cases handed to the partner within the window.
    pub cases: u32,
    pub accepted: u32,
    pub declined: u32,
    /// Median days from hand-over to acceptance.
    pub median_days_to_accept: Option<Decimal>,
    /// Median days from hand-over to the first contact with the debtor.
    pub median_days_to_first_contact: Option<Decimal>,
    /// Median days from a creditor's message to the partner's next message.
    pub median_days_to_answer: Option<Decimal>,
    /// Creditor's messages the partner has not answered yet.
    pub unanswered_messages: u32,
    /// Of the accepted cases: recovered in full, in percent.
    pub collected_in_full_percent: Option<u32>,
    /// Of the accepted cases: something but not all recovered, in percent.
    pub collected_in_part_percent: Option<u32>,
    /// The share of the handed-over amount recovered, averaged over the accepted cases (each
    /// case capped at 100 %, each case weighing the same whatever its currency).
    pub recovered_percent: Option<u32>,
    /// Handed over and recovered, per currency, of the accepted cases.
    pub amounts: Vec<Amounts>,
    /// Median days from the hand-over day to the day the first payment arrived.
    pub median_days_to_first_payment: Option<Decimal>,
    /// Times the partner went without a word on an open case for longer than its
    /// `silence_after_days`.
    pub silences: u32,
    /// Promises to pay that were broken.
    pub overdue_promises: u32,
    /// SLA deadlines that fell due in the window, and how many of them were met.
    pub sla_deadlines: u32,
    pub sla_met: u32,
    pub sla_met_percent: Option<u32>,
}

/// Which undertaking of the SLA a breach is of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BreachKind {
    /// Accept or decline the case.
    Answer,
    /// Contact the debtor.
    FirstContact,
    /// Report on the open case.
    Update,
}

/// An SLA deadline the partner missed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Breach {
    pub partner_id: String,
    pub claim_id: String,
    pub kind: BreachKind,
    /// What was due, in plain words ("Accept or decline the case within 1 business day").
    pub what: String,
    /// The deadline (microseconds, application clock): the moment after which it was late.
    pub due_at: i64,
    /// When it was done after all; `None` while it is still outstanding.
    pub done_at: Option<i64>,
}

impl Breach {
    /// Still outstanding (not done late).
    pub fn is_open(&self) -> bool {
        self.done_at.is_none()
    }
}

/// One SLA deadline of a case: when it fell due, and whether (and when) it was met.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Deadline {
    kind: BreachKind,
    what: String,
    due_at: i64,
    done_at: Option<i64>,
}

impl Deadline {
    fn met(&self) -> bool {
        self.done_at.is_some_and(|d| d <= self.due_at)
    }
}

/// The end (exclusive) of the `days`-th business day (Monday to Friday, UTC) after the day of
/// `from`; `0` is the end of that day itself. Public holidays are not considered.
pub fn business_deadline(from: i64, days: u32) -> i64 {
    let mut date = date_of(from);
    let mut left = days;
    while left > 0 {
        date = date.succ_opt().unwrap_or(date);
        if !matches!(date.weekday(), Weekday::Sat | Weekday::Sun) {
            left -= 1;
        }
    }
    let next = date.succ_opt().unwrap_or(date);
    next.and_hms_opt(0, 0, 0).map_or(i64::MAX, |t| t.and_utc().timestamp_micros())
}

/// The UTC date of a moment in microseconds since the Unix epoch.
fn date_of(micros: i64) -> NaiveDate {
    chrono::DateTime::from_timestamp_micros(micros).unwrap_or_default().date_naive()
}

fn plural(n: u32, one: &str, many: &str) -> String {
    if n == 1 { format!("1 {one}") } else { format!("{n} {many}") }
}

/// The SLA deadlines of one custody that fell due by `now` (deadlines still running are left
/// out: they are neither met nor missed yet).
fn deadlines(c: &Custody, sla: &Sla, now: i64) -> Vec<Deadline> {
    let mut out = Vec::new();
    let ends = c.ends_at();
    // Accept or decline.
    let answered = [c.accepted_at, c.declined_at].into_iter().flatten().min();
    let due = business_deadline(c.handed_over_at, sla.accept_within_business_days);
    let gone_first = [c.closed_at, c.released_at].into_iter().flatten().min().is_some_and(|e| e <= due);
    if (answered.is_some() || now > due) && !(answered.is_none() && gone_first) {
        out.push(Deadline {
            kind: BreachKind::Answer,
            what: format!(
                "Accept or decline the case within {}",
                plural(sla.accept_within_business_days, "business day", "business days")
            ),
            due_at: due,
            done_at: answered,
        });
    }
    // First contact with the debtor, for a case the partner accepted.
    if c.accepted_at.is_some() {
        let due = business_deadline(c.handed_over_at, sla.first_contact_within_business_days);
        let contact = c.first_contact_at();
        let gone_first = ends.is_some_and(|e| e <= due);
        if (contact.is_some() || now > due) && !(contact.is_none() && gone_first) {
            out.push(Deadline {
                kind: BreachKind::FirstContact,
                what: format!(
                    "Contact the debtor within {}",
                    plural(sla.first_contact_within_business_days, "business day", "business days")
                ),
                due_at: due,
                done_at: contact,
            });
        }
    }
    // A report at least every `update_every_days` while the case is open.
    if let Some(accepted) = c.accepted_at {
        let what = format!("Report on the case at least every {}", plural(sla.update_every_days, "day", "days"));
        for gap in gaps(c, accepted, i64::from(sla.update_every_days) * DAY, now) {
            out.push(Deadline { kind: BreachKind::Update, what: what.clone(), due_at: gap.0, done_at: gap.1 });
        }
    }
    out
}

/// Every interval of an open case between the partner's reports, from `start`: `(deadline,
/// next report)` for each report that came (met or late), and the running one once its
/// deadline has passed (with no report).
fn gaps(c: &Custody, start: i64, every: i64, now: i64) -> Vec<(i64, Option<i64>)> {
    let end = c.ends_at().map_or(now, |e| e.min(now));
    let mut out = Vec::new();
    let mut last = start;
    for &at in c.updates.iter().filter(|&&at| at > start && at <= end) {
        out.push((last + every, Some(at)));
        last = at;
    }
    if end - last > every {
        out.push((last + every, None));
    }
    out
}

/// Times a partner went without a word on an open case for longer than `silence_after_days`.
fn silences(c: &Custody, silence_after_days: u32, now: i64) -> u32 {
    let Some(accepted) = c.accepted_at else { return 0 };
    let every = i64::from(silence_after_days) * DAY;
    gaps(c, accepted, every, now).iter().filter(|(due, done)| done.is_none_or(|d| d > *due)).count() as u32
}

/// Days (to one decimal) of the middle value; the mean of the two middle ones for an even count.
fn median_days(mut spans: Vec<i64>) -> Option<Decimal> {
    if spans.is_empty() {
        return None;
    }
    spans.sort_unstable();
    let n = spans.len();
    let micros = if n % 2 == 1 {
        Decimal::from(spans[n / 2])
    } else {
        Decimal::from(spans[n / 2 - 1] + spans[n / 2]) / Decimal::TWO
    };
    Some((micros / Decimal::from(DAY)).round_dp(1))
}

fn percent(part: u32, whole: u32) -> Option<u32> {
    (whole > 0).then(|| ((u64::from(part) * 200 + u64::from(whole)) / (u64::from(whole) * 2)) as u32)
}

/// The partner's figures from its custodies (all of the same partner, within the window), as of `now`.
pub fn figures(custodies: &[Custody], sla: &Sla, silence_after_days: u32, now: i64) -> Figures {
    let mut f = Figures { cases: custodies.len() as u32, ..Figures::default() };
    let (mut to_accept, mut to_contact, mut to_answer, mut to_payment) = (vec![], vec![], vec![], vec![]);
    let (mut full, mut part, mut recovered_shares) = (0u32, 0u32, Vec::new());
    let mut amounts: BTreeMap<String, (i64, i64)> = BTreeMap::new();
    for c in custodies {
        if let Some(at) = c.accepted_at {
            f.accepted += 1;
            to_accept.push((at - c.handed_over_at).max(0));
            if let Some(contact) = c.first_contact_at() {
                to_contact.push((contact - c.handed_over_at).max(0));
            }
            let recovered = c.recovered_minor().max(0);
            if c.principal_minor > 0 && recovered >= c.principal_minor {
                full += 1;
            } else if recovered > 0 {
                part += 1;
            }
            if c.principal_minor > 0 {
                let share = (Decimal::from(recovered.min(c.principal_minor)) / Decimal::from(c.principal_minor))
                    * Decimal::ONE_HUNDRED;
                recovered_shares.push(share);
            }
            let entry = amounts.entry(c.currency.clone()).or_default();
            entry.0 += c.principal_minor;
            entry.1 += recovered;
            if let Some(paid_on) = c.first_payment_on() {
                let handed_on = date_of(c.handed_over_at);
                to_payment.push((paid_on - handed_on).num_days().max(0) * DAY);
            }
        } else if c.declined_at.is_some() {
            f.declined += 1;
        }
        // the partner's answers to the creditor's messages (the creditor's answers to the
        // partner's requests are the creditor's time, not measured here)
        for asked in c.messages.iter().filter(|m| m.sender == Sender::Creditor && !m.is_answer) {
            match c.messages.iter().find(|m| m.sender == Sender::Partner && m.at >= asked.at) {
                Some(answer) => to_answer.push(answer.at - asked.at),
                None => f.unanswered_messages += 1,
            }
        }
        f.silences += silences(c, silence_after_days, now);
        f.overdue_promises += c.promises.iter().filter(|p| p.broken).count() as u32;
        for d in deadlines(c, sla, now) {
            f.sla_deadlines += 1;
            if d.met() {
                f.sla_met += 1;
            }
        }
    }
    f.median_days_to_accept = median_days(to_accept);
    f.median_days_to_first_contact = median_days(to_contact);
    f.median_days_to_answer = median_days(to_answer);
    f.median_days_to_first_payment = median_days(to_payment);
    f.collected_in_full_percent = percent(full, f.accepted);
    f.collected_in_part_percent = percent(part, f.accepted);
    f.recovered_percent = (!recovered_shares.is_empty()).then(|| {
        let mean = recovered_shares.iter().copied().sum::<Decimal>() / Decimal::from(recovered_shares.len());
        u32::try_from(mean.round().mantissa()).unwrap_or(0).min(100)
    });
    f.amounts = amounts
        .into_iter()
        .map(|(currency, (handed_over_minor, recovered_minor))| Amounts {
            currency,
            handed_over_minor,
            recovered_minor,
        })
        .collect();
    f.sla_met_percent = percent(f.sla_met, f.sla_deadlines);
    f
}

/// The SLA deadlines of these custodies missed by `now`: late ones (done after the deadline)
/// and outstanding ones, oldest deadline first.
pub fn breaches(custodies: &[Custody], sla: &Sla, now: i64) -> Vec<Breach> {
    let mut out: Vec<Breach> = custodies
        .iter()
        .flat_map(|c| {
            deadlines(c, sla, now).into_iter().filter(|d| !d.met()).map(|d| Breach {
                partner_id: c.partner_id.clone(),
                claim_id: c.claim_id.clone(),
                kind: d.kind,
                what: d.what,
                due_at: d.due_at,
                done_at: d.done_at,
            })
        })
        .collect();
    out.sort_by(|a, b| (a.due_at, &a.claim_id, a.kind).cmp(&(b.due_at, &b.claim_id, b.kind)));
    out
}

/// 100 at or under `best` days, 0 at or over `worst`, linear between; `None` without a value.
fn speed_points(days: Option<Decimal>, best: Decimal, worst: Decimal) -> Option<Decimal> {
    days.map(|d| {
        if d <= best {
            Decimal::ONE_HUNDRED
        } else if d >= worst {
            Decimal::ZERO
        } else {
            Decimal::ONE_HUNDRED * (worst - d) / (worst - best)
        }
    })
}

/// The weights of the score's parts, in percent (they sum to 100).
pub const WEIGHTS: [(&str, u32); 5] =
    [("sla", 40), ("first_contact", 20), ("recovery", 25), ("answers", 10), ("reliability", 5)];

/// The partner's own score from its figures, before the newcomer rule (see the docs): a
/// weighted mean of five parts of 0 to 100 each; a part with nothing to measure yet counts as
/// [`NEWCOMER_SCORE`].
pub fn raw_score(f: &Figures) -> u32 {
    let neutral = Decimal::from(NEWCOMER_SCORE);
    let sla = f.sla_met_percent.map(Decimal::from);
    let first_contact = speed_points(f.median_days_to_first_contact, Decimal::ONE, Decimal::TEN);
    let recovery = f.recovered_percent.map(Decimal::from);
    let answers = speed_points(f.median_days_to_answer, Decimal::ONE, Decimal::from(7));
    let reliability = (f.accepted > 0).then(|| {
        let lapses = Decimal::from(f.silences + f.overdue_promises);
        (Decimal::ONE_HUNDRED - Decimal::ONE_HUNDRED * lapses / Decimal::from(f.accepted)).max(Decimal::ZERO)
    });
    let parts = [sla, first_contact, recovery, answers, reliability];
    let total: Decimal = parts
        .iter()
        .zip(WEIGHTS)
        .map(|(part, (_, weight))| part.unwrap_or(neutral) * Decimal::from(weight))
        .sum::<Decimal>()
        / Decimal::ONE_HUNDRED;
    u32::try_from(total.round().mantissa()).unwrap_or(0).min(100)
}

/// The score with the newcomer rule: with fewer than [`MIN_CASES`] cases in the window the
/// partner's own score is blended toward [`NEWCOMER_SCORE`] in proportion to its cases, so a
/// partner with no cases scores exactly `NEWCOMER_SCORE` and one bad first case cannot sink it.
pub fn score(f: &Figures) -> u32 {
    let own = raw_score(f);
    if f.cases >= MIN_CASES {
        return own;
    }
    let weighted = own * f.cases + NEWCOMER_SCORE * (MIN_CASES - f.cases);
    (weighted + MIN_CASES / 2) / MIN_CASES
}

/// What routing reads of the figures.
pub fn standing(f: &Figures) -> Standing {
    Standing {
        score: score(f),
        cases: f.cases,
        measured: f.cases >= MIN_CASES,
        sla_met_percent: f.sla_met_percent,
        median_days_to_first_contact: f.median_days_to_first_contact,
    }
}

/// One partner's performance as last computed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PartnerPerformance {
    pub figures: Figures,
    pub score: u32,
    pub measured: bool,
    pub breaches: Vec<Breach>,
}

/// Every partner's performance, as of `as_of` (microseconds, the application's clock).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    pub as_of: i64,
    pub partners: BTreeMap<String, PartnerPerformance>,
}

/// What the registry says a partner undertakes: its SLA and its silence period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Terms {
    pub sla: Sla,
    pub silence_after_days: u32,
}

impl Report {
    /// Measures every partner that `terms_of` knows, from custodies of any partners (those of
    /// a partner it does not know are left out), as of `now`.
    pub fn compute(custodies: &[Custody], terms_of: impl Fn(&str) -> Option<Terms>, now: i64) -> Self {
        let mut by_partner: BTreeMap<&str, Vec<Custody>> = BTreeMap::new();
        for c in custodies {
            by_partner.entry(c.partner_id.as_str()).or_default().push(c.clone());
        }
        let partners = by_partner
            .into_iter()
            .filter_map(|(id, held)| {
                let terms = terms_of(id)?;
                let figures = figures(&held, &terms.sla, terms.silence_after_days, now);
                let breaches = breaches(&held, &terms.sla, now);
                let (score, measured) = (score(&figures), figures.cases >= MIN_CASES);
                Some((id.to_string(), PartnerPerformance { figures, score, measured, breaches }))
            })
            .collect();
        Self { as_of: now, partners }
    }

    /// What routing reads: every measured partner's standing.
    pub fn standings(&self) -> Standings {
        Standings(self.partners.iter().map(|(id, p)| (id.clone(), standing(&p.figures))).collect())
    }

    pub fn of(&self, partner_id: &str) -> Option<&PartnerPerformance> {
        self.partners.get(partner_id)
    }

    /// Every partner's breaches, most recent deadline first.
    pub fn all_breaches(&self) -> Vec<&Breach> {
        let mut all: Vec<&Breach> = self.partners.values().flat_map(|p| &p.breaches).collect();
        all.sort_by(|a, b| b.due_at.cmp(&a.due_at).then(a.claim_id.cmp(&b.claim_id)));
        all
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> Decimal {
        text.parse().unwrap()
    }

    /// Monday 2026-11-02 09:00 UTC, plus `days` and `hours`.
    fn at(days: i64, hours: i64) -> i64 {
        let monday = NaiveDate::from_ymd_opt(2026, 11, 2).unwrap().and_hms_opt(9, 0, 0).unwrap();
        monday.and_utc().timestamp_micros() + days * DAY + hours * 3_600_000_000
    }

    fn on(days: i64) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 2).unwrap() + chrono::Duration::days(days)
    }

    fn case(id: &str, principal: i64) -> Custody {
        Custody::handed_over("p", id, principal, at(0, 0))
    }

    fn report(status: CaseStatus, at: i64) -> StatusReport {
        StatusReport { status, at }
    }

    /// Accepted after `accept_hours`, contact after `contact_days`, a report every `every` days.
    fn worked(id: &str, accept_hours: i64, contact_days: i64) -> Custody {
        let mut c = case(id, 100_000);
        c.accepted_at = Some(at(0, accept_hours));
        c.statuses.push(report(CaseStatus::ContactingDebtor, at(contact_days, 0)));
        c.updates.push(at(contact_days, 0));
        c
    }

    const SLA: Sla =
        Sla { accept_within_business_days: 1, first_contact_within_business_days: 3, update_every_days: 14 };

    #[test]
    fn business_days_skip_the_weekend() {
        // Monday: end of Tuesday
        assert_eq!(business_deadline(at(0, 0), 1), at(2, -9));
        // Friday 09:00 + 1 business day: end of Monday
        assert_eq!(business_deadline(at(4, 0), 1), at(8, -9));
        // Thursday + 3: Friday, Monday, Tuesday -> end of Tuesday
        assert_eq!(business_deadline(at(3, 0), 3), at(9, -9));
        // Saturday + 0: end of Saturday
        assert_eq!(business_deadline(at(5, 0), 0), at(6, -9));
    }

    #[test]
    fn time_to_accept_and_to_first_contact_are_medians_in_days() {
        let cases = [worked("a", 6, 1), worked("b", 12, 2), worked("c", 48, 4)];
        let f = figures(&cases, &SLA, 14, at(10, 0));
        assert_eq!((f.cases, f.accepted, f.declined), (3, 3, 0));
        assert_eq!(f.median_days_to_accept, Some(d("0.5")));
        assert_eq!(f.median_days_to_first_contact, Some(d("2")));
        // an even count takes the mean of the middle two
        let f = figures(&cases[..2], &SLA, 14, at(10, 0));
        assert_eq!(f.median_days_to_accept, Some(d("0.4")));
        assert_eq!(f.median_days_to_first_contact, Some(d("1.5")));
    }

    #[test]
    fn first_contact_is_contacting_debtor_or_any_later_status() {
        let mut c = case("a", 100_000);
        c.accepted_at = Some(at(0, 1));
        c.statuses.push(report(CaseStatus::Received, at(0, 1)));
        c.statuses.push(report(CaseStatus::PaymentPlan, at(3, 0)));
        c.statuses.push(report(CaseStatus::ContactingDebtor, at(5, 0)));
        assert_eq!(c.first_contact_at(), Some(at(3, 0)));
        let f = figures(&[c], &SLA, 14, at(10, 0));
        assert_eq!(f.median_days_to_first_contact, Some(d("3")));
        // `received` alone is no contact
        let mut c = case("b", 100_000);
        c.statuses.push(report(CaseStatus::Received, at(0, 1)));
        assert_eq!(c.first_contact_at(), None);
    }

    #[test]
    fn answer_time_is_the_partners_and_not_the_creditors() {
        let mut c = worked("a", 1, 1);
        c.messages = vec![
            // the creditor asks; the partner answers two days later
            Message { sender: Sender::Creditor, at: at(1, 0), is_answer: false },
            Message { sender: Sender::Partner, at: at(3, 0), is_answer: false },
            // the partner asks; the creditor's answer five days later is not the partner's time
            Message { sender: Sender::Partner, at: at(4, 0), is_answer: false },
            Message { sender: Sender::Creditor, at: at(9, 0), is_answer: true },
            // the creditor asks again; no answer yet
            Message { sender: Sender::Creditor, at: at(10, 0), is_answer: false },
        ];
        let f = figures(&[c], &SLA, 14, at(12, 0));
        assert_eq!(f.median_days_to_answer, Some(d("2")));
        assert_eq!(f.unanswered_messages, 1);
    }

    #[test]
    fn shares_collected_in_full_and_in_part_and_the_amount_recovered() {
        let paid = |amount, day| Payment { amount_minor: amount, received_on: on(day), reversed: false };
        let mut full = worked("full", 1, 1);
        full.payments = vec![paid(60_000, 10), paid(40_000, 20)];
        let mut part = worked("part", 1, 1);
        part.payments = vec![paid(25_000, 6), Payment { amount_minor: 50_000, received_on: on(4), reversed: true }];
        let nothing = worked("nothing", 1, 1);
        let mut sek = worked("sek", 1, 1);
        sek.currency = "SEK".into();
        sek.payments = vec![paid(50_000, 2)];
        let mut declined = case("declined", 100_000);
        declined.declined_at = Some(at(0, 2));
        let f = figures(&[full, part, nothing, sek, declined], &SLA, 14, at(30, 0));
        assert_eq!((f.cases, f.accepted, f.declined), (5, 4, 1));
        assert_eq!(f.collected_in_full_percent, Some(25));
        assert_eq!(f.collected_in_part_percent, Some(50));
        // (100 + 25 + 0 + 50) / 4 = 43.75
        assert_eq!(f.recovered_percent, Some(44));
        assert_eq!(
            f.amounts,
            vec![
                Amounts { currency: "EUR".into(), handed_over_minor: 300_000, recovered_minor: 125_000 },
                Amounts { currency: "SEK".into(), handed_over_minor: 100_000, recovered_minor: 50_000 },
            ]
        );
        // first payments after 10, 6 (the reversed one on day 4 does not count) and 2 days
        assert_eq!(f.median_days_to_first_payment, Some(d("6")));
    }

    #[test]
    fn silences_and_overdue_promises_are_counted() {
        let mut c = worked("a", 1, 1);
        // reports on days 1, 10, 30 (a gap of 20 days), then nothing until day 50 (now)
        c.updates = vec![at(1, 0), at(10, 0), at(30, 0)];
        c.promises = vec![Promise { due_on: on(20), broken: true }, Promise { due_on: on(40), broken: false }];
        let f = figures(std::slice::from_ref(&c), &SLA, 14, at(50, 0));
        assert_eq!(f.silences, 2, "days 10 to 30, and 30 to now");
        assert_eq!(f.overdue_promises, 1);
        // a closed case is not silent
        c.closed_at = Some(at(31, 0));
        assert_eq!(figures(&[c], &SLA, 14, at(50, 0)).silences, 1);
    }

    #[test]
    fn sla_breaches_fall_due_with_the_clock_and_not_before() {
        let c = case("quiet", 100_000); // handed over Monday 09:00, no answer
        let sla = Sla { accept_within_business_days: 1, first_contact_within_business_days: 3, update_every_days: 14 };
        // Tuesday evening: not yet due
        assert!(breaches(std::slice::from_ref(&c), &sla, at(1, 12)).is_empty());
        assert_eq!(figures(std::slice::from_ref(&c), &sla, 14, at(1, 12)).sla_deadlines, 0);
        // Wednesday: the answer is late
        let late = breaches(std::slice::from_ref(&c), &sla, at(2, 0));
        assert_eq!(late.len(), 1);
        assert_eq!(late[0].kind, BreachKind::Answer);
        assert_eq!(late[0].what, "Accept or decline the case within 1 business day");
        assert_eq!(late[0].due_at, at(2, -9));
        assert!(late[0].is_open());
        let f = figures(std::slice::from_ref(&c), &sla, 14, at(2, 0));
        assert_eq!((f.sla_deadlines, f.sla_met, f.sla_met_percent), (1, 0, Some(0)));

        // accepted late on Thursday; no contact by the end of Thursday (Monday + 3 business days)
        let mut c = c;
        c.accepted_at = Some(at(3, 0));
        let found = breaches(std::slice::from_ref(&c), &sla, at(4, 0));
        assert_eq!(
            found.iter().map(|b| (b.kind, b.is_open())).collect::<Vec<_>>(),
            [(BreachKind::Answer, false), (BreachKind::FirstContact, true)]
        );
        assert_eq!(found[0].done_at, Some(at(3, 0)));
        assert_eq!(found[1].due_at, at(4, -9));
        // contact comes, but no report for 14 days after it
        c.statuses.push(report(CaseStatus::ContactingDebtor, at(5, 0)));
        c.updates.push(at(5, 0));
        let found = breaches(std::slice::from_ref(&c), &sla, at(19, 1));
        assert_eq!(
            found.iter().map(|b| b.kind).collect::<Vec<_>>(),
            [BreachKind::Answer, BreachKind::FirstContact, BreachKind::Update]
        );
        assert_eq!(found[2].due_at, at(19, 0));
        assert_eq!(found[2].what, "Report on the case at least every 14 days");
        // a partner that keeps every deadline has none, and meets 100 %
        let good = worked("good", 2, 1);
        assert!(breaches(std::slice::from_ref(&good), &sla, at(10, 0)).is_empty());
        assert_eq!(figures(&[good], &sla, 14, at(10, 0)).sla_met_percent, Some(100));
    }

    #[test]
    fn a_case_gone_elsewhere_or_withdrawn_before_a_deadline_owes_nothing() {
        let mut c = case("moved", 100_000);
        c.released_at = Some(at(0, 3));
        assert!(breaches(&[c], &SLA, at(30, 0)).is_empty());
        let mut c = case("withdrawn", 100_000);
        c.accepted_at = Some(at(0, 1));
        c.closed_at = Some(at(1, 0));
        assert!(breaches(&[c], &SLA, at(30, 0)).is_empty());
        // a declined case needs no contact and no reports
        let mut c = case("declined", 100_000);
        c.declined_at = Some(at(0, 5));
        assert!(breaches(std::slice::from_ref(&c), &SLA, at(30, 0)).is_empty());
        assert_eq!(figures(&[c], &SLA, 14, at(30, 0)).sla_met_percent, Some(100));
    }

    fn figures_with(cases: u32, sla: Option<u32>, contact: Option<Decimal>, recovered: Option<u32>) -> Figures {
        Figures {
            cases,
            accepted: cases,
            sla_met_percent: sla,
            median_days_to_first_contact: contact,
            recovered_percent: recovered,
            median_days_to_answer: Some(d("1")),
            ..Figures::default()
        }
    }

    #[test]
    fn the_score_weighs_sla_speed_recovery_answers_and_reliability() {
        // everything perfect: 100
        assert_eq!(raw_score(&figures_with(20, Some(100), Some(d("1")), Some(100))), 100);
        // 40*0.9 + 20*(10-5.5)/9*100/100 + 25*0.5 + 10*1 + 5*1 = 36 + 10 + 12.5 + 10 + 5 = 73.5
        assert_eq!(raw_score(&figures_with(20, Some(90), Some(d("5.5")), Some(50))), 74);
        // nothing to measure: every part neutral
        assert_eq!(raw_score(&Figures::default()), NEWCOMER_SCORE);
        // lapses cost reliability: 2 lapses on 5 accepted cases leave 60 of its 100 points
        let mut f = figures_with(5, Some(100), Some(d("1")), Some(100));
        f.silences = 1;
        f.overdue_promises = 1;
        assert_eq!(raw_score(&f), 98);
        assert_eq!(WEIGHTS.iter().map(|(_, w)| w).sum::<u32>(), 100);
    }

    #[test]
    fn newcomers_are_blended_toward_the_newcomer_score() {
        let awful = |cases| figures_with(cases, Some(0), Some(d("30")), Some(0));
        let mut none = awful(0);
        none.accepted = 0;
        assert_eq!(score(&none), NEWCOMER_SCORE);
        assert_eq!(raw_score(&awful(1)), 15, "only answers and reliability score");
        // one awful case: 0.9 * 70 + 0.1 * 15 = 64.5
        assert_eq!(score(&awful(1)), 65);
        assert!(!standing(&awful(1)).measured);
        // five: halfway
        assert_eq!(score(&awful(5)), 43);
        // ten and more: the partner's own
        assert_eq!(score(&awful(10)), 15);
        assert!(standing(&awful(10)).measured);
        let great = figures_with(3, Some(100), Some(d("1")), Some(100));
        assert_eq!(score(&great), 79, "0.7 * 70 + 0.3 * 100");
    }

    #[test]
    fn the_report_gives_each_known_partner_its_figures_breaches_and_standing() {
        let mut other = worked("x", 1, 1);
        other.partner_id = "q".into();
        let quiet = case("quiet", 100_000);
        let unknown = Custody::handed_over("gone", "y", 1, at(0, 0));
        let terms = Terms { sla: SLA, silence_after_days: 14 };
        let report = Report::compute(
            &[worked("a", 1, 1), quiet, other, unknown],
            |id| (id != "gone").then_some(terms),
            at(3, 0),
        );
        assert_eq!(report.partners.keys().collect::<Vec<_>>(), ["p", "q"]);
        assert_eq!(report.of("p").unwrap().figures.cases, 2);
        assert_eq!(report.all_breaches().len(), 1);
        assert_eq!(report.all_breaches()[0].claim_id, "quiet");
        let standings = report.standings();
        assert_eq!(standings.of("p").cases, 2);
        assert_eq!(standings.of("p").sla_met_percent, Some(75), "3 deadlines of case a met, 1 of quiet missed");
        assert_eq!(standings.of("gone"), Standing::newcomer());
    }

    /// The worked example of `docs/partner-performance.md`, figure by figure.
    #[test]
    fn the_documented_worked_example_holds() {
        let contact = |c: &mut Custody, day: i64| c.statuses.push(report(CaseStatus::ContactingDebtor, at(day, 0)));
        let paid = |amount, day| Payment { amount_minor: amount, received_on: on(day), reversed: false };
        let mut a = case("A", 100_000);
        a.accepted_at = Some(at(0, 6));
        contact(&mut a, 1);
        a.statuses.push(report(CaseStatus::Paid, at(10, 0)));
        a.payments = vec![paid(100_000, 10)];
        a.updates = vec![at(1, 0), at(10, 0)];
        a.closed_at = Some(at(10, 0));
        let mut b = case("B", 100_000);
        b.accepted_at = Some(at(0, 12));
        contact(&mut b, 2);
        b.payments = vec![paid(25_000, 6)];
        b.updates = vec![at(2, 0), at(6, 0)];
        let mut c = case("C", 100_000);
        c.accepted_at = Some(at(2, 0));
        contact(&mut c, 4);
        c.updates = vec![at(4, 0), at(12, 0)];
        let mut declined = case("D", 100_000);
        declined.declined_at = Some(at(0, 3));
        let all = [a, b, c, declined];
        let now = at(26, 0);
        let f = figures(&all, &SLA, 14, now);
        assert_eq!((f.cases, f.accepted, f.declined), (4, 3, 1));
        assert_eq!(f.median_days_to_accept, Some(d("0.5")));
        assert_eq!(f.median_days_to_first_contact, Some(d("2")));
        assert_eq!((f.collected_in_full_percent, f.collected_in_part_percent), (Some(33), Some(33)));
        assert_eq!(f.recovered_percent, Some(42));
        assert_eq!(f.median_days_to_first_payment, Some(d("8")));
        assert_eq!(f.silences, 1);
        assert_eq!((f.sla_met, f.sla_deadlines, f.sla_met_percent), (11, 14, Some(79)));
        let found: Vec<_> =
            breaches(&all, &SLA, now).iter().map(|b| (b.claim_id.clone(), b.kind, b.is_open())).collect();
        assert_eq!(
            found,
            [
                ("C".to_string(), BreachKind::Answer, false),
                ("C".to_string(), BreachKind::FirstContact, false),
                ("B".to_string(), BreachKind::Update, true),
            ]
        );
        assert_eq!(raw_score(&f), 70);
        assert_eq!(score(&f), 70);
    }
}
