//! A collection case's money: what may be claimed from the debtor, what was paid and how each
//! payment was split, what the partner passed on to the creditor, and what is still owed.
//! Pure: entries in, figures out; storing the entries and checking their wire form happen
//! elsewhere. Every amount is an exact count of minor units (cents, öre, yen) in the claim's
//! currency, so nothing here rounds.
//!
//! - **Claimable** ([`Claimable`]): the principal, and the late-payment interest and the fixed
//!   compensation for recovery costs the claim's quote found claimable from the debtor.
//! - **Allocation** ([`allocate`]): a payment pays costs first, then interest, then principal,
//!   the order many laws set when the debtor names none (German BGB §367, Dutch BW 6:44). A
//!   partner may state its own split instead ([`check_stated`] checks that it adds up).
//!   Whatever is paid beyond everything claimable counts as principal and is an overpayment.
//! - **Balance** ([`balance`]): the totals of the case. A reversed payment (a bounced transfer,
//!   a payment booked to the wrong case) no longer counts. The partner holds what it collected
//!   less what it paid out and kept as commission and costs; [`check_payout`] and
//!   [`check_reversal`] refuse the entries that would make that negative.
//! - **Statement** ([`statement`], [`statement_csv`]): the case's account line by line, with
//!   what was still outstanding after each line.
//! - **Promises** ([`promise_state`]): whether a debtor's promise to pay, in one sum or in
//!   instalments, is open, kept or broken, judged on the payments that arrived.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::money::{Currency, Money};
use super::validation::FieldErrors;

/// What the creditor may claim from the debtor, in minor units of the claim's currency.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Claimable {
    pub principal: i64,
    /// Statutory late-payment interest, as the claim's quote computed it.
    pub interest: i64,
    /// The fixed compensation for recovery costs, as the claim's quote computed it.
    pub costs: i64,
}

impl Claimable {
    /// The claim's principal, and the interest and compensation of the quote it was filed with
    /// (stored as the quote's JSON). The quote's amounts are decimal strings in their currency
    /// (`{"amount": "12.34", "currency": "EUR"}`); one that is missing, is not a valid amount of
    /// its currency or has no known currency counts as zero: nothing is claimed that the quote
    /// does not state plainly. A quote whose compensation could not be computed states none.
    pub fn from_quote_json(principal_minor: i64, quote_json: Option<&str>) -> Claimable {
        let quote = quote_json.and_then(|text| serde_json::from_str::<serde_json::Value>(text).ok());
        let claimable = quote.as_ref().map(|q| &q["claimable_from_debtor"]);
        let minor = |name: &str| claimable.map_or(0, |c| minor_units_of(&c[name]));
        Claimable { principal: principal_minor, interest: minor("late_interest"), costs: minor("compensation") }
    }

    /// Principal, interest and costs together.
    pub fn total(&self) -> i64 {
        self.principal + self.interest + self.costs
    }
}

/// The minor units of a JSON money value; zero for anything else.
fn minor_units_of(value: &serde_json::Value) -> i64 {
    let (Some(amount), Some(currency)) = (value["amount"].as_str(), value["currency"].as_str()) else {
        return 0;
    };
    let Ok(currency) = Currency::parse(currency) else {
        return 0;
    };
    Money::parse(amount, currency).map_or(0, |m| m.minor())
}

/// How a payment is split between what the debtor owes, in minor units.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Allocation {
    pub costs: i64,
    pub interest: i64,
    pub principal: i64,
}

impl Allocation {
    pub fn sum(&self) -> i64 {
        self.costs + self.interest + self.principal
    }

    fn add(&mut self, other: &Allocation) {
        self.costs += other.costs;
        self.interest += other.interest;
        self.principal += other.principal;
    }
}

/// Splits a payment of `amount` when `already` has been paid of each kind: costs first, then
/// interest, each up to what is still claimable of it, and the rest to principal, even beyond
/// the principal claimed (an overpayment, which [`Balance::overpaid`] reports). The parts
/// always add up to `amount`; none is negative when `amount` is not.
pub fn allocate(claimable: &Claimable, already: &Allocation, amount: i64) -> Allocation {
    let costs = amount.clamp(0, (claimable.costs - already.costs).max(0));
    let interest = (amount - costs).clamp(0, (claimable.interest - already.interest).max(0));
    Allocation { costs, interest, principal: amount - costs - interest }
}

/// What the payments that still count have paid of each kind: the `already` of the next
/// [`allocate`].
pub fn allocated(payments: &[PaymentEntry]) -> Allocation {
    let mut total = Allocation::default();
    for payment in payments.iter().filter(|p| !p.reversed) {
        total.add(&payment.allocation);
    }
    total
}

/// Checks a split a partner stated for a payment of `amount`: no part negative, and the parts
/// adding up to the payment exactly.
pub fn check_stated(amount: i64, stated: &Allocation, currency: Currency) -> Result<(), String> {
    let show = |minor: i64| decimal(minor, currency).to_string();
    for (name, part) in [("costs", stated.costs), ("interest", stated.interest), ("principal", stated.principal)] {
        if part < 0 {
            return Err(format!("allocation: {name} of {} cannot be negative", show(part)));
        }
    }
    if stated.sum() != amount {
        return Err(format!(
            "allocation: costs {} + interest {} + principal {} make {}, not the payment's {}",
            show(stated.costs),
            show(stated.interest),
            show(stated.principal),
            show(stated.sum()),
            show(amount)
        ));
    }
    Ok(())
}

/// Who received a payment: the partner collecting the case, or the creditor directly.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PaidTo {
    Partner,
    Creditor,
}

impl PaidTo {
    /// The protocol's words: `partner` or `creditor`.
    pub fn parse(input: &str) -> Option<Self> {
        match input.trim() {
            "partner" => Some(Self::Partner),
            "creditor" => Some(Self::Creditor),
            _ => None,
        }
    }

    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Partner => "partner",
            Self::Creditor => "creditor",
        }
    }
}

/// A payment by the debtor, as recorded: reported by the partner (with or without a split), by
/// the creditor (paid to it directly), or derived from a rise in a v1 partner's running total.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PaymentEntry {
    pub id: String,
    pub amount: i64,
    pub received_on: NaiveDate,
    pub paid_to: PaidTo,
    /// As stated by the partner, or from [`allocate`] when it stated none.
    pub allocation: Allocation,
    /// A reversed payment stays in the record but no longer counts.
    pub reversed: bool,
    /// The day the reversal was reported; when unknown, the statement shows the reversal on
    /// the payment's own day.
    pub reversed_on: Option<NaiveDate>,
    /// Why the payment was reversed, as reported; may be empty.
    pub reversal_reason: String,
    pub description: String,
}

/// Money the partner transferred to the creditor: `amount`, after keeping `commission` and
/// `costs` out of what it collected.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PayoutEntry {
    pub id: String,
    pub amount: i64,
    pub paid_on: NaiveDate,
    pub commission: i64,
    pub costs: i64,
    /// The transfer's reference, as the partner reported it.
    pub reference: Option<String>,
}

impl PayoutEntry {
    /// What the payout takes out of what the partner holds: the transfer and what it kept.
    pub fn total(&self) -> i64 {
        self.amount + self.commission + self.costs
    }
}

/// The totals of a case, in minor units. Reversed payments do not count.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Balance {
    /// Claimable from the debtor: principal, interest and costs.
    pub principal: i64,
    pub interest: i64,
    pub costs: i64,
    /// Paid towards each kind, by the payments' allocations.
    pub costs_recovered: i64,
    pub interest_recovered: i64,
    /// Includes any overpayment.
    pub principal_recovered: i64,
    /// Every payment, to the partner or directly to the creditor.
    pub collected: i64,
    pub collected_by_partner: i64,
    pub collected_directly: i64,
    /// Transferred by the partner to the creditor.
    pub paid_out: i64,
    /// Kept by the partner when paying out: its commission and costs.
    pub partner_commission: i64,
    /// What the debtor still owes: never below zero.
    pub outstanding: i64,
    /// Collected by the partner and neither paid out nor kept: what the creditor can still
    /// expect from it. Only negative when entries were recorded without [`check_payout`] and
    /// [`check_reversal`].
    pub held_by_partner: i64,
    /// Paid beyond everything claimable.
    pub overpaid: i64,
}

/// The totals of a case from its claimable amounts, payments and payouts.
pub fn balance(claimable: &Claimable, payments: &[PaymentEntry], payouts: &[PayoutEntry]) -> Balance {
    let mut b = Balance {
        principal: claimable.principal,
        interest: claimable.interest,
        costs: claimable.costs,
        ..Balance::default()
    };
    let recovered = allocated(payments);
    (b.costs_recovered, b.interest_recovered, b.principal_recovered) =
        (recovered.costs, recovered.interest, recovered.principal);
    for payment in payments.iter().filter(|p| !p.reversed) {
        match payment.paid_to {
            PaidTo::Partner => b.collected_by_partner += payment.amount,
            PaidTo::Creditor => b.collected_directly += payment.amount,
        }
    }
    b.collected = b.collected_by_partner + b.collected_directly;
    for payout in payouts {
        b.paid_out += payout.amount;
        b.partner_commission += payout.commission + payout.costs;
    }
    b.outstanding = (claimable.total() - b.collected).max(0);
    b.overpaid = (b.collected - claimable.total()).max(0);
    b.held_by_partner = b.collected_by_partner - b.paid_out - b.partner_commission;
    b
}

/// Checks a payout against the balance before it: no part negative, not all zero, and no more
/// taken out (transfer, commission and costs) than the partner holds.
pub fn check_payout(balance: &Balance, payout: &PayoutEntry, currency: Currency) -> Result<(), String> {
    let show = |minor: i64| Money::from_minor(minor, currency).to_string();
    for (name, part) in [("amount", payout.amount), ("commission", payout.commission), ("costs", payout.costs)] {
        if part < 0 {
            return Err(format!("a payout's {name} cannot be negative ({})", show(part)));
        }
    }
    if payout.total() == 0 {
        return Err("a payout of nothing: its amount, commission and costs are all zero".to_string());
    }
    if payout.total() > balance.held_by_partner {
        return Err(format!(
            "a payout of {} with {} commission and {} costs takes {} out of what was collected, but the partner \
             holds only {}: it collected {}, and paid out {} and kept {} in commission and costs before",
            show(payout.amount),
            show(payout.commission),
            show(payout.costs),
            show(payout.total()),
            show(balance.held_by_partner),
            show(balance.collected_by_partner),
            show(balance.paid_out),
            show(balance.partner_commission),
        ));
    }
    Ok(())
}

/// Checks that payment `payment_id` can be reversed: it exists, it has not been reversed yet,
/// and without it the partner would not have paid out more than it collected (a payment made
/// directly to the creditor never touches what the partner holds).
pub fn check_reversal(
    claimable: &Claimable,
    payments: &[PaymentEntry],
    payouts: &[PayoutEntry],
    payment_id: &str,
    currency: Currency,
) -> Result<(), String> {
    let show = |minor: i64| Money::from_minor(minor, currency).to_string();
    let Some(payment) = payments.iter().find(|p| p.id == payment_id) else {
        return Err(format!("there is no payment {payment_id} on this case"));
    };
    if payment.reversed {
        return Err(format!("payment {payment_id} has already been reversed"));
    }
    let without: Vec<PaymentEntry> =
        payments.iter().map(|p| PaymentEntry { reversed: p.reversed || p.id == payment_id, ..p.clone() }).collect();
    let after = balance(claimable, &without, payouts);
    if after.held_by_partner < 0 {
        return Err(format!(
            "payment {payment_id} of {} cannot be reversed: without it the partner collected {}, less than the {} \
             it already paid out and kept in commission and costs",
            show(payment.amount),
            show(after.collected_by_partner),
            show(after.paid_out + after.partner_commission),
        ));
    }
    Ok(())
}

/// What a statement line records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum LineKind {
    ClaimedPrincipal,
    ClaimableInterest,
    ClaimableCosts,
    /// A payment collected by the partner.
    Payment,
    /// A payment made to the creditor directly.
    DirectPayment,
    Reversal,
    Payout,
}

impl LineKind {
    pub fn label(&self) -> &'static str {
        match self {
            Self::ClaimedPrincipal => "Claimed principal",
            Self::ClaimableInterest => "Claimable interest",
            Self::ClaimableCosts => "Claimable costs",
            Self::Payment => "Payment",
            Self::DirectPayment => "Direct payment",
            Self::Reversal => "Reversal",
            Self::Payout => "Payout",
        }
    }
}

/// One line of a case's statement, in minor units.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StatementLine {
    pub date: NaiveDate,
    pub kind: LineKind,
    pub description: String,
    /// The payment's id, or the payout's reference (its id when it has none).
    pub reference: String,
    /// The line's effect on what is outstanding: claimed amounts add, payments subtract,
    /// reversals add back, payouts change nothing. A payment subtracts only what was still
    /// outstanding (outstanding never goes below zero), so on a line that overpays it is
    /// smaller than the payment.
    pub amount: i64,
    /// The line's effect on what is owed of each kind, signed like `amount`: the claimable
    /// amounts, then each payment's allocation subtracted (overpayment included, in principal)
    /// and added back by its reversal.
    pub costs: i64,
    pub interest: i64,
    pub principal: i64,
    /// Transferred to the creditor by a payout.
    pub paid_out: i64,
    /// Kept by the partner on a payout: its commission and costs.
    pub commission: i64,
    pub outstanding_after: i64,
}

/// The statement of a case: the claimed principal, claimable interest and claimable costs on
/// the day the claim was filed (interest and costs only when there are any), then payments,
/// reversals and payouts by date; on one day payments come first, then reversals, then
/// payouts, each in the order given. The claim's lines come first even when a payment is
/// dated before the filing. A reversed payment shows as the payment and, on the day of its
/// reversal, a reversal line. The `amount` column adds up to what is outstanding at
/// the end, [`Balance::outstanding`], also when the debtor overpaid: each line's amount is the
/// change it made to the outstanding amount, which stops at zero.
pub fn statement(
    filed_on: NaiveDate,
    claimable: &Claimable,
    payments: &[PaymentEntry],
    payouts: &[PayoutEntry],
) -> Vec<StatementLine> {
    enum Entry<'a> {
        Payment(&'a PaymentEntry),
        Reversal(&'a PaymentEntry),
        Payout(&'a PayoutEntry),
    }
    let mut entries: Vec<(NaiveDate, u8, Entry)> = Vec::new();
    for p in payments {
        entries.push((p.received_on, 0, Entry::Payment(p)));
        if p.reversed {
            // never before the payment itself
            let on = p.reversed_on.map_or(p.received_on, |d| d.max(p.received_on));
            entries.push((on, 1, Entry::Reversal(p)));
        }
    }
    for p in payouts {
        entries.push((p.paid_on, 2, Entry::Payout(p)));
    }
    entries.sort_by_key(|(date, rank, _)| (*date, *rank));

    let blank = |date: NaiveDate, kind: LineKind, description: String, reference: String| StatementLine {
        date,
        kind,
        description,
        reference,
        amount: 0,
        costs: 0,
        interest: 0,
        principal: 0,
        paid_out: 0,
        commission: 0,
        outstanding_after: 0,
    };
    let mut running = Running::default();
    let principal = StatementLine {
        principal: claimable.principal,
        ..blank(filed_on, LineKind::ClaimedPrincipal, "Principal claimed".into(), String::new())
    };
    running.push(principal, claimable.principal, 0);
    if claimable.interest != 0 {
        let description = "Late-payment interest claimable from the debtor".to_string();
        let line = StatementLine {
            interest: claimable.interest,
            ..blank(filed_on, LineKind::ClaimableInterest, description, String::new())
        };
        running.push(line, claimable.interest, 0);
    }
    if claimable.costs != 0 {
        let description = "Compensation for recovery costs claimable from the debtor".to_string();
        let line = StatementLine {
            costs: claimable.costs,
            ..blank(filed_on, LineKind::ClaimableCosts, description, String::new())
        };
        running.push(line, claimable.costs, 0);
    }

    for (date, _, entry) in entries {
        match entry {
            Entry::Payment(p) => {
                let (kind, default) = match p.paid_to {
                    PaidTo::Partner => (LineKind::Payment, "Payment collected by the partner"),
                    PaidTo::Creditor => (LineKind::DirectPayment, "Payment made directly to the creditor"),
                };
                let mut description =
                    if p.description.trim().is_empty() { default } else { &p.description }.to_string();
                let reduces = p.amount.min(running.outstanding).max(0);
                if p.amount > 0 && reduces == 0 {
                    description.push_str(" (an overpayment: nothing was outstanding)");
                } else if reduces < p.amount {
                    description.push_str(" (partly an overpayment: more than was outstanding)");
                }
                let line = StatementLine {
                    costs: -p.allocation.costs,
                    interest: -p.allocation.interest,
                    principal: -p.allocation.principal,
                    ..blank(date, kind, description, p.id.clone())
                };
                running.push(line, 0, p.amount);
            }
            Entry::Reversal(p) => {
                let mut description = format!("Reversal of payment {}", p.id);
                if !p.reversal_reason.trim().is_empty() {
                    description.push_str(&format!(": {}", p.reversal_reason.trim()));
                }
                let line = StatementLine {
                    costs: p.allocation.costs,
                    interest: p.allocation.interest,
                    principal: p.allocation.principal,
                    ..blank(date, LineKind::Reversal, description, p.id.clone())
                };
                running.push(line, 0, -p.amount);
            }
            Entry::Payout(p) => {
                let reference = p.reference.clone().filter(|r| !r.trim().is_empty()).unwrap_or_else(|| p.id.clone());
                let line = StatementLine {
                    paid_out: p.amount,
                    commission: p.commission + p.costs,
                    ..blank(date, LineKind::Payout, "Paid out to the creditor by the partner".into(), reference)
                };
                running.push(line, 0, 0);
            }
        }
    }
    running.lines
}

/// The statement as it is written: what was claimed and collected so far, and the lines.
#[derive(Default)]
struct Running {
    claimed: i64,
    collected: i64,
    outstanding: i64,
    lines: Vec<StatementLine>,
}

impl Running {
    /// Adds `line`, which claims and collects these amounts more, with its effect on what is
    /// outstanding.
    fn push(&mut self, mut line: StatementLine, claimed: i64, collected: i64) {
        self.claimed += claimed;
        self.collected += collected;
        let after = (self.claimed - self.collected).max(0);
        line.amount = after - self.outstanding;
        line.outstanding_after = after;
        self.outstanding = after;
        self.lines.push(line);
    }
}

/// The statement as CSV (RFC 4180): a header row, then one row per line; dates as
/// `YYYY-MM-DD`, amounts as decimals with the currency's minor units (`-12.50`, `1500` for
/// yen). A description or reference that a spreadsheet would take for a formula (starting with
/// `=`, `+`, `-`, `@`, a tab or a carriage return) is written with a leading `'`, since these
/// texts come from partners and creditors.
pub fn statement_csv(lines: &[StatementLine], currency: Currency) -> String {
    const HEADER: [&str; 11] = [
        "date",
        "kind",
        "description",
        "reference",
        "amount",
        "costs",
        "interest",
        "principal",
        "paid_out",
        "commission",
        "outstanding",
    ];
    let mut out = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(Vec::new());
    let mut rows = vec![HEADER.map(String::from).to_vec()];
    for line in lines {
        let amount = |minor: i64| decimal(minor, currency).to_string();
        rows.push(vec![
            line.date.to_string(),
            line.kind.label().to_string(),
            inert(&line.description),
            inert(&line.reference),
            amount(line.amount),
            amount(line.costs),
            amount(line.interest),
            amount(line.principal),
            amount(line.paid_out),
            amount(line.commission),
            amount(line.outstanding_after),
        ]);
    }
    // Writing to memory cannot fail, and every field is a `String`, so the bytes are UTF-8.
    for row in rows {
        let _ = out.write_record(&row);
    }
    out.into_inner().ok().and_then(|bytes| String::from_utf8(bytes).ok()).unwrap_or_default()
}

/// A text a spreadsheet will not evaluate.
fn inert(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{text}") } else { text.to_string() }
}

/// Minor units as a decimal of the currency, e.g. `1250` -> `12.50` in euros.
fn decimal(minor: i64, currency: Currency) -> Decimal {
    Money::from_minor(minor, currency).amount()
}

/// One payment a debtor promised: `amount` minor units by `due_on`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Instalment {
    pub due_on: NaiveDate,
    pub amount: i64,
}

/// A debtor's promise to pay, made on `made_on`: one sum, or instalments.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Promise {
    pub made_on: NaiveDate,
    pub instalments: Vec<Instalment>,
}

impl Promise {
    /// A promise of instalments: at least one, each of more than zero, due on or after the day
    /// the promise was made, each after the one before. Errors name `instalments[i].amount`
    /// and `instalments[i].due_on` as the protocol does.
    pub fn new(made_on: NaiveDate, instalments: Vec<Instalment>) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        if instalments.is_empty() {
            errors.add("instalments", "a promise needs at least one instalment");
        }
        let mut previous: Option<NaiveDate> = None;
        for (i, instalment) in instalments.iter().enumerate() {
            if instalment.amount <= 0 {
                errors.add(format!("instalments[{i}].amount"), "an instalment must be more than zero");
            }
            if instalment.due_on < made_on {
                errors.add(
                    format!("instalments[{i}].due_on"),
                    format!("{} is before the promise was made, on {made_on}", instalment.due_on),
                );
            } else if previous.is_some_and(|p| instalment.due_on <= p) {
                errors.add(
                    format!("instalments[{i}].due_on"),
                    format!(
                        "{} is not after the instalment before it; list instalments by due date",
                        instalment.due_on
                    ),
                );
            }
            previous = Some(instalment.due_on);
        }
        errors.finish(|| Self { made_on, instalments })
    }

    /// A promise to pay `amount` by `due_on`: one instalment. Errors name `amount` and `due_on`.
    pub fn single(made_on: NaiveDate, due_on: NaiveDate, amount: i64) -> Result<Self, FieldErrors> {
        let mut errors = FieldErrors::new();
        if amount <= 0 {
            errors.add("amount", "a promise must be of more than zero");
        }
        if due_on < made_on {
            errors.add("due_on", format!("{due_on} is before the promise was made, on {made_on}"));
        }
        errors.finish(|| Self { made_on, instalments: vec![Instalment { due_on, amount }] })
    }

    /// Everything promised.
    pub fn total(&self) -> i64 {
        self.instalments.iter().map(|i| i.amount).sum()
    }
}

/// Where a promise stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum PromiseState {
    /// Nothing missed yet; the next instalment not yet paid in full, and what is missing of it.
    Open { next_due_on: NaiveDate, next_amount: i64 },
    /// Everything promised has been paid.
    Kept,
    /// An instalment was not paid by its due date: the first such, and what is missing of it.
    Broken { on: NaiveDate, missing: i64 },
}

/// Where `promise` stands on `today`. Every payment received on or after the day the promise
/// was made counts (to the partner or the creditor, not reversed), towards the instalments in
/// due-date order. An instalment is missed when its due date has passed and the payments do not
/// cover it and all before it; an instalment due today is not missed yet. Payments are not
/// matched to instalments by date: a late payment that has caught up by `today` counts.
pub fn promise_state(promise: &Promise, payments: &[PaymentEntry], today: NaiveDate) -> PromiseState {
    let paid: i64 = payments.iter().filter(|p| !p.reversed && p.received_on >= promise.made_on).map(|p| p.amount).sum();
    let mut instalments = promise.instalments.clone();
    instalments.sort_by_key(|i| i.due_on);
    let mut due = 0i64;
    for instalment in instalments {
        due += instalment.amount;
        if paid >= due {
            continue;
        }
        let missing = (due - paid).min(instalment.amount);
        return if today > instalment.due_on {
            PromiseState::Broken { on: instalment.due_on, missing }
        } else {
            PromiseState::Open { next_due_on: instalment.due_on, next_amount: missing }
        };
    }
    PromiseState::Kept
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::partner::PartnerKind;
    use crate::domain::quote::{QuoteDebtorInput, QuoteInput, QuoteRequest, quote};
    use crate::domain::testing::{cur, date, partner, rules};
    use proptest::prelude::*;

    fn eur() -> Currency {
        cur("EUR")
    }

    fn claimable(principal: i64, interest: i64, costs: i64) -> Claimable {
        Claimable { principal, interest, costs }
    }

    fn alloc(costs: i64, interest: i64, principal: i64) -> Allocation {
        Allocation { costs, interest, principal }
    }

    fn paid(id: &str, amount: i64, on: &str, to: PaidTo, allocation: Allocation) -> PaymentEntry {
        PaymentEntry {
            id: id.into(),
            amount,
            received_on: date(on),
            paid_to: to,
            allocation,
            reversed: false,
            reversed_on: None,
            reversal_reason: String::new(),
            description: String::new(),
        }
    }

    fn reversed(payment: PaymentEntry, on: Option<&str>, reason: &str) -> PaymentEntry {
        PaymentEntry { reversed: true, reversed_on: on.map(date), reversal_reason: reason.into(), ..payment }
    }

    fn payout(id: &str, amount: i64, on: &str, commission: i64, costs: i64) -> PayoutEntry {
        PayoutEntry { id: id.into(), amount, paid_on: date(on), commission, costs, reference: None }
    }

    /// Records payments of `amounts` one after another, each allocated by the rule, all to the partner.
    fn allocated_payments(claimable: &Claimable, amounts: &[i64]) -> Vec<PaymentEntry> {
        let mut payments: Vec<PaymentEntry> = Vec::new();
        for (i, &amount) in amounts.iter().enumerate() {
            let allocation = allocate(claimable, &allocated(&payments), amount);
            payments.push(paid(&format!("p{i}"), amount, "2026-12-01", PaidTo::Partner, allocation));
        }
        payments
    }

    #[test]
    fn claimable_amounts_come_from_the_claims_quote() {
        let rules = rules();
        let input = QuoteInput {
            debtor: QuoteDebtorInput { country: "DE".into() },
            invoices: vec![crate::domain::claim::InvoiceInput {
                number: "INV-1".into(),
                issue_date: String::new(),
                due_date: "2026-08-31".into(),
                amount: crate::domain::claim::MoneyInput { amount: "1200.00".into(), currency: "EUR".into() },
            }],
            disputed: false,
            as_of: Some("2026-11-22".into()),
        };
        let request = QuoteRequest::parse(&input, date("2026-11-23")).unwrap();
        let partners = [partner("de-agency", PartnerKind::CollectionAgency, &["DE"])];
        let q = quote(&partners, &rules, &request, &Default::default()).unwrap();
        let json = serde_json::to_string(&q).unwrap();
        let c = Claimable::from_quote_json(120_000, Some(&json));
        let interest = q.claimable_from_debtor.late_interest.minor();
        assert!(interest > 0);
        // Germany: a fixed 40 EUR per late invoice (BGB §288(5))
        assert_eq!(c, claimable(120_000, interest, 4_000));
        assert_eq!(c.total(), 124_000 + interest);
    }

    #[test]
    fn what_a_quote_does_not_state_plainly_is_not_claimed() {
        assert_eq!(Claimable::from_quote_json(5000, None), claimable(5000, 0, 0));
        for bad in [
            "",
            "not json",
            "[]",
            "{}",
            r#"{"claimable_from_debtor": null}"#,
            r#"{"claimable_from_debtor": {"late_interest": {"amount": 12.5, "currency": "EUR"}}}"#,
            r#"{"claimable_from_debtor": {"late_interest": {"amount": "12.345", "currency": "EUR"}}}"#,
            r#"{"claimable_from_debtor": {"late_interest": {"amount": "-12.00", "currency": "EUR"}}}"#,
            r#"{"claimable_from_debtor": {"late_interest": {"amount": "12.00", "currency": "XXX"}}}"#,
            r#"{"claimable_from_debtor": {"late_interest": {"amount": "12.00"}, "compensation": null}}"#,
            r#"{"claimable_from_debtor": {"late_interest": {"amount": "1e3", "currency": "EUR"}}}"#,
            r#"{"claimable_from_debtor": {"late_interest": {"amount": "99999999999999999", "currency": "EUR"}}}"#,
        ] {
            assert_eq!(Claimable::from_quote_json(5000, Some(bad)), claimable(5000, 0, 0), "{bad}");
        }
        let yen = r#"{"claimable_from_debtor": {"late_interest": {"amount": "1234", "currency": "JPY"},
            "compensation": {"amount": "5600", "currency": "JPY"}}}"#;
        assert_eq!(Claimable::from_quote_json(100_000, Some(yen)), claimable(100_000, 1234, 5600));
        let euro = r#"{"claimable_from_debtor": {"late_interest": {"amount": "12.3", "currency": "EUR"},
            "compensation": {"amount": "40.00", "currency": "EUR"}}}"#;
        assert_eq!(Claimable::from_quote_json(100_000, Some(euro)), claimable(100_000, 1230, 4000));
    }

    #[test]
    fn payments_pay_costs_then_interest_then_principal() {
        let c = claimable(100_000, 2_000, 4_000);
        assert_eq!(allocate(&c, &Allocation::default(), 3_000), alloc(3_000, 0, 0));
        assert_eq!(allocate(&c, &alloc(3_000, 0, 0), 2_500), alloc(1_000, 1_500, 0));
        assert_eq!(allocate(&c, &alloc(4_000, 1_500, 0), 10_000), alloc(0, 500, 9_500));
        assert_eq!(allocate(&c, &alloc(4_000, 2_000, 9_500), 90_500), alloc(0, 0, 90_500));
        // beyond everything claimable: principal, an overpayment
        assert_eq!(allocate(&c, &alloc(4_000, 2_000, 100_000), 700), alloc(0, 0, 700));
        assert_eq!(allocate(&c, &Allocation::default(), 110_000), alloc(4_000, 2_000, 104_000));
        // a partner that stated more costs than claimable earlier leaves none to pay now
        assert_eq!(allocate(&c, &alloc(5_000, 0, 0), 3_000), alloc(0, 2_000, 1_000));
        assert_eq!(allocate(&c, &Allocation::default(), 0), alloc(0, 0, 0));
        // without interest or costs, everything is principal
        assert_eq!(allocate(&claimable(50_000, 0, 0), &Allocation::default(), 20_000), alloc(0, 0, 20_000));
    }

    #[test]
    fn allocated_sums_the_payments_that_still_count() {
        let c = claimable(100_000, 2_000, 4_000);
        let mut payments = allocated_payments(&c, &[3_000, 5_000]);
        assert_eq!(allocated(&payments), alloc(4_000, 2_000, 2_000));
        payments[1].reversed = true;
        assert_eq!(allocated(&payments), alloc(3_000, 0, 0));
    }

    #[test]
    fn a_stated_split_must_add_up_to_the_payment() {
        assert_eq!(check_stated(10_000, &alloc(1_000, 500, 8_500), eur()), Ok(()));
        assert_eq!(check_stated(0, &alloc(0, 0, 0), eur()), Ok(()));
        assert_eq!(
            check_stated(10_000, &alloc(1_000, 500, 8_000), eur()),
            Err("allocation: costs 10.00 + interest 5.00 + principal 80.00 make 95.00, not the payment's 100.00".into())
        );
        assert_eq!(
            check_stated(10_000, &alloc(-500, 500, 10_000), eur()),
            Err("allocation: costs of -5.00 cannot be negative".into())
        );
        assert_eq!(
            check_stated(10_000, &alloc(0, 10_100, -100), eur()),
            Err("allocation: principal of -1.00 cannot be negative".into())
        );
        assert_eq!(
            check_stated(1_000, &alloc(0, 0, 999), cur("JPY")),
            Err("allocation: costs 0 + interest 0 + principal 999 make 999, not the payment's 1000".into())
        );
    }

    #[test]
    fn paid_to_speaks_the_protocols_words() {
        assert_eq!(PaidTo::parse("partner"), Some(PaidTo::Partner));
        assert_eq!(PaidTo::parse(" creditor "), Some(PaidTo::Creditor));
        assert_eq!(PaidTo::parse("Partner"), None);
        assert_eq!(PaidTo::parse("debtor"), None);
        assert_eq!(PaidTo::Creditor.as_str(), "creditor");
        assert_eq!(serde_json::to_string(&PaidTo::Partner).unwrap(), r#""partner""#);
    }

    #[test]
    fn the_balance_counts_what_still_counts() {
        let c = claimable(100_000, 2_000, 4_000);
        let payments = vec![
            paid("p1", 30_000, "2026-12-01", PaidTo::Partner, alloc(4_000, 2_000, 24_000)),
            paid("p2", 10_000, "2026-12-05", PaidTo::Creditor, alloc(0, 0, 10_000)),
            reversed(paid("p3", 20_000, "2026-12-06", PaidTo::Partner, alloc(0, 0, 20_000)), None, "bounced"),
        ];
        let payouts = vec![payout("o1", 25_000, "2026-12-10", 3_000, 500)];
        let b = balance(&c, &payments, &payouts);
        assert_eq!(
            b,
            Balance {
                principal: 100_000,
                interest: 2_000,
                costs: 4_000,
                costs_recovered: 4_000,
                interest_recovered: 2_000,
                principal_recovered: 34_000,
                collected: 40_000,
                collected_by_partner: 30_000,
                collected_directly: 10_000,
                paid_out: 25_000,
                partner_commission: 3_500,
                outstanding: 66_000,
                held_by_partner: 1_500,
                overpaid: 0,
            }
        );
        assert_eq!(balance(&c, &[], &[]).outstanding, 106_000);
    }

    #[test]
    fn an_overpayment_leaves_nothing_outstanding_and_is_reported() {
        let c = claimable(10_000, 500, 1_000);
        let payments = allocated_payments(&c, &[11_000, 1_200]);
        let b = balance(&c, &payments, &[]);
        assert_eq!((b.outstanding, b.overpaid, b.collected), (0, 700, 12_200));
        assert_eq!((b.costs_recovered, b.interest_recovered, b.principal_recovered), (1_000, 500, 10_700));
        let exact = allocated_payments(&c, &[11_500]);
        assert_eq!((balance(&c, &exact, &[]).outstanding, balance(&c, &exact, &[]).overpaid), (0, 0));
    }

    #[test]
    fn a_payout_takes_no_more_than_the_partner_holds() {
        let c = claimable(100_000, 0, 0);
        let payments = vec![
            paid("p1", 50_000, "2026-12-01", PaidTo::Partner, alloc(0, 0, 50_000)),
            paid("p2", 40_000, "2026-12-01", PaidTo::Creditor, alloc(0, 0, 40_000)),
        ];
        let earlier = vec![payout("o1", 20_000, "2026-12-03", 2_000, 0)];
        let b = balance(&c, &payments, &earlier);
        assert_eq!(b.held_by_partner, 28_000);
        assert_eq!(check_payout(&b, &payout("o2", 25_000, "2026-12-10", 2_500, 500), eur()), Ok(()));
        assert_eq!(check_payout(&b, &payout("o2", 0, "2026-12-10", 1_000, 0), eur()), Ok(()));
        assert_eq!(
            check_payout(&b, &payout("o2", 25_000, "2026-12-10", 2_500, 501), eur()),
            Err("a payout of 250.00 EUR with 25.00 EUR commission and 5.01 EUR costs takes 280.01 EUR out of what \
                 was collected, but the partner holds only 280.00 EUR: it collected 500.00 EUR, and paid out 200.00 \
                 EUR and kept 20.00 EUR in commission and costs before"
                .into())
        );
        // what the creditor was paid directly is not the partner's to pay out
        assert!(check_payout(&b, &payout("o2", 60_000, "2026-12-10", 0, 0), eur()).is_err());
        assert_eq!(
            check_payout(&b, &payout("o2", 1_000, "2026-12-10", -100, 0), eur()),
            Err("a payout's commission cannot be negative (-1.00 EUR)".into())
        );
        assert_eq!(
            check_payout(&b, &payout("o2", -1, "2026-12-10", 0, 0), eur()),
            Err("a payout's amount cannot be negative (-0.01 EUR)".into())
        );
        assert_eq!(
            check_payout(&b, &payout("o2", 0, "2026-12-10", 0, 0), eur()),
            Err("a payout of nothing: its amount, commission and costs are all zero".into())
        );
        assert!(check_payout(&balance(&c, &[], &[]), &payout("o1", 1, "2026-12-10", 0, 0), eur()).is_err());
    }

    #[test]
    fn a_reversal_never_leaves_more_paid_out_than_collected() {
        let c = claimable(100_000, 0, 0);
        let payments = vec![
            paid("p1", 50_000, "2026-12-01", PaidTo::Partner, alloc(0, 0, 50_000)),
            paid("p2", 30_000, "2026-12-02", PaidTo::Partner, alloc(0, 0, 30_000)),
            paid("d1", 10_000, "2026-12-02", PaidTo::Creditor, alloc(0, 0, 10_000)),
            reversed(paid("p3", 5_000, "2026-12-02", PaidTo::Partner, alloc(0, 0, 5_000)), None, ""),
        ];
        let payouts = vec![payout("o1", 40_000, "2026-12-05", 4_000, 1_000)];
        // the partner holds 80 000 - 45 000 = 35 000
        assert_eq!(check_reversal(&c, &payments, &payouts, "p2", eur()), Ok(()));
        assert_eq!(check_reversal(&c, &payments, &payouts, "d1", eur()), Ok(()));
        assert_eq!(
            check_reversal(&c, &payments, &payouts, "p1", eur()),
            Err("payment p1 of 500.00 EUR cannot be reversed: without it the partner collected 300.00 EUR, less \
                 than the 450.00 EUR it already paid out and kept in commission and costs"
                .into())
        );
        assert_eq!(
            check_reversal(&c, &payments, &payouts, "p3", eur()),
            Err("payment p3 has already been reversed".into())
        );
        assert_eq!(
            check_reversal(&c, &payments, &payouts, "p9", eur()),
            Err("there is no payment p9 on this case".into())
        );
        assert_eq!(check_reversal(&c, &payments, &[], "p1", eur()), Ok(()));
    }

    fn shape(lines: &[StatementLine]) -> Vec<(String, LineKind, i64, i64)> {
        lines.iter().map(|l| (l.date.to_string(), l.kind, l.amount, l.outstanding_after)).collect()
    }

    #[test]
    fn the_statement_tells_the_cases_money_in_order() {
        let c = claimable(100_000, 2_000, 4_000);
        let payments = vec![
            paid("p2", 10_000, "2026-12-10", PaidTo::Creditor, alloc(0, 0, 10_000)),
            reversed(
                paid("p1", 30_000, "2026-12-01", PaidTo::Partner, alloc(4_000, 2_000, 24_000)),
                Some("2026-12-15"),
                "bounced",
            ),
            paid("p3", 20_000, "2026-12-20", PaidTo::Partner, alloc(4_000, 2_000, 14_000)),
        ];
        // paid out on the day of a payment: the payment comes first
        let payouts =
            vec![PayoutEntry { reference: Some("TRF-9".into()), ..payout("o1", 15_000, "2026-12-20", 2_000, 0) }];
        let lines = statement(date("2026-11-23"), &c, &payments, &payouts);
        let d = |s: &str| s.to_string();
        assert_eq!(
            shape(&lines),
            [
                (d("2026-11-23"), LineKind::ClaimedPrincipal, 100_000, 100_000),
                (d("2026-11-23"), LineKind::ClaimableInterest, 2_000, 102_000),
                (d("2026-11-23"), LineKind::ClaimableCosts, 4_000, 106_000),
                (d("2026-12-01"), LineKind::Payment, -30_000, 76_000),
                (d("2026-12-10"), LineKind::DirectPayment, -10_000, 66_000),
                (d("2026-12-15"), LineKind::Reversal, 30_000, 96_000),
                (d("2026-12-20"), LineKind::Payment, -20_000, 76_000),
                (d("2026-12-20"), LineKind::Payout, 0, 76_000),
            ]
        );
        let b = balance(&c, &payments, &payouts);
        assert_eq!(lines.iter().map(|l| l.amount).sum::<i64>(), b.outstanding);
        assert_eq!(b.outstanding, 76_000);
        let p1 = &lines[3];
        assert_eq!((p1.costs, p1.interest, p1.principal), (-4_000, -2_000, -24_000));
        assert_eq!((p1.description.as_str(), p1.reference.as_str()), ("Payment collected by the partner", "p1"));
        let reversal = &lines[5];
        assert_eq!((reversal.costs, reversal.interest, reversal.principal), (4_000, 2_000, 24_000));
        assert_eq!(reversal.description, "Reversal of payment p1: bounced");
        assert_eq!(lines[4].description, "Payment made directly to the creditor");
        let out = &lines[7];
        assert_eq!((out.paid_out, out.commission, out.reference.as_str()), (15_000, 2_000, "TRF-9"));
        // each kind's column adds up to what is still owed of it
        assert_eq!(lines.iter().map(|l| l.costs).sum::<i64>(), 0);
        assert_eq!(lines.iter().map(|l| l.principal).sum::<i64>(), 100_000 - 10_000 - 14_000);
    }

    #[test]
    fn a_reversal_without_a_date_follows_its_payment() {
        let c = claimable(10_000, 0, 0);
        let payments = vec![
            reversed(paid("p1", 4_000, "2026-12-01", PaidTo::Partner, alloc(0, 0, 4_000)), None, ""),
            // reported as reversed before it was received: shown on the day it was received
            reversed(paid("p2", 1_000, "2026-12-05", PaidTo::Partner, alloc(0, 0, 1_000)), Some("2026-12-02"), ""),
        ];
        let payouts = vec![payout("o1", 100, "2026-12-01", 0, 0)];
        let lines = statement(date("2026-11-23"), &c, &payments, &payouts);
        let kinds: Vec<_> = lines.iter().map(|l| (l.date.to_string(), l.kind)).collect();
        assert_eq!(
            kinds,
            [
                ("2026-11-23".into(), LineKind::ClaimedPrincipal),
                ("2026-12-01".into(), LineKind::Payment),
                ("2026-12-01".into(), LineKind::Reversal),
                ("2026-12-01".into(), LineKind::Payout),
                ("2026-12-05".into(), LineKind::Payment),
                ("2026-12-05".into(), LineKind::Reversal),
            ]
        );
        assert_eq!(lines[2].description, "Reversal of payment p1");
        assert_eq!(lines.last().unwrap().outstanding_after, 10_000);
    }

    #[test]
    fn an_overpayment_stops_the_outstanding_amount_at_zero() {
        let c = claimable(10_000, 0, 1_000);
        let mut payments = allocated_payments(&c, &[8_000, 5_000, 2_000]);
        payments[0].description = "First transfer".into();
        let lines = statement(date("2026-11-23"), &c, &payments, &[]);
        assert_eq!(
            lines.iter().map(|l| (l.amount, l.outstanding_after)).collect::<Vec<_>>(),
            [(10_000, 10_000), (1_000, 11_000), (-8_000, 3_000), (-3_000, 0), (0, 0)]
        );
        // the payment line still shows all the payment in its allocation
        assert_eq!((lines[3].costs, lines[3].principal), (0, -5_000));
        assert_eq!(lines[2].description, "First transfer");
        assert_eq!(
            lines[3].description,
            "Payment collected by the partner (partly an overpayment: more than was outstanding)"
        );
        assert_eq!(lines[4].description, "Payment collected by the partner (an overpayment: nothing was outstanding)");
        let b = balance(&c, &payments, &[]);
        assert_eq!((b.outstanding, b.overpaid), (0, 4_000));
        assert_eq!(lines.iter().map(|l| l.amount).sum::<i64>(), b.outstanding);

        // reversing the overpaying payment brings back only what it had reduced
        payments[1] = reversed(payments[1].clone(), Some("2026-12-09"), "");
        let lines = statement(date("2026-11-23"), &c, &payments, &[]);
        assert_eq!(
            lines.iter().map(|l| (l.kind, l.amount, l.outstanding_after)).collect::<Vec<_>>(),
            [
                (LineKind::ClaimedPrincipal, 10_000, 10_000),
                (LineKind::ClaimableCosts, 1_000, 11_000),
                (LineKind::Payment, -8_000, 3_000),
                (LineKind::Payment, -3_000, 0),
                (LineKind::Payment, 0, 0),
                (LineKind::Reversal, 1_000, 1_000),
            ]
        );
        assert_eq!(lines.iter().map(|l| l.amount).sum::<i64>(), balance(&c, &payments, &[]).outstanding);
    }

    #[test]
    fn the_statement_as_csv() {
        let c = claimable(120_000, 1_250, 4_000);
        let mut payment = paid("p1", 10_000, "2026-12-01", PaidTo::Partner, alloc(4_000, 1_250, 4_750));
        payment.description = "Transfer \"December\", part 1".into();
        let mut formula = paid("=HYPERLINK(\"x\")", 50, "2026-12-02", PaidTo::Creditor, alloc(0, 0, 50));
        formula.description = "-1+1".into();
        let payouts = vec![payout("o1", 8_000, "2026-12-03", 1_000, 0)];
        let lines = statement(date("2026-11-23"), &c, &[payment, formula], &payouts);
        let csv = statement_csv(&lines, eur());
        let rows: Vec<&str> = csv.split_terminator("\r\n").collect();
        assert_eq!(
            rows,
            [
                "date,kind,description,reference,amount,costs,interest,principal,paid_out,commission,outstanding",
                "2026-11-23,Claimed principal,Principal claimed,,1200.00,0.00,0.00,1200.00,0.00,0.00,1200.00",
                "2026-11-23,Claimable interest,Late-payment interest claimable from the debtor,,\
                 12.50,0.00,12.50,0.00,0.00,0.00,1212.50",
                "2026-11-23,Claimable costs,Compensation for recovery costs claimable from the debtor,,\
                 40.00,40.00,0.00,0.00,0.00,0.00,1252.50",
                "2026-12-01,Payment,\"Transfer \"\"December\"\", part 1\",p1,\
                 -100.00,-40.00,-12.50,-47.50,0.00,0.00,1152.50",
                // texts a spreadsheet would evaluate get a leading quote
                "2026-12-02,Direct payment,'-1+1,\"'=HYPERLINK(\"\"x\"\")\",-0.50,0.00,0.00,-0.50,0.00,0.00,1152.00",
                "2026-12-03,Payout,Paid out to the creditor by the partner,o1,0.00,0.00,0.00,0.00,80.00,10.00,1152.00",
            ]
        );
        assert!(csv.ends_with("\r\n") && !csv.contains("\r\n\r\n"));
        let yen = statement(date("2026-11-23"), &claimable(150_000, 0, 0), &[], &[]);
        assert_eq!(
            statement_csv(&yen, cur("JPY")),
            "date,kind,description,reference,amount,costs,interest,principal,paid_out,commission,outstanding\r\n\
             2026-11-23,Claimed principal,Principal claimed,,150000,0,0,150000,0,0,150000\r\n"
        );
        assert_eq!(
            statement_csv(&[], eur()),
            "date,kind,description,reference,amount,costs,interest,principal,paid_out,commission,outstanding\r\n"
        );
    }

    fn inst(due_on: &str, amount: i64) -> Instalment {
        Instalment { due_on: date(due_on), amount }
    }

    fn to_partner(id: &str, amount: i64, on: &str) -> PaymentEntry {
        paid(id, amount, on, PaidTo::Partner, alloc(0, 0, amount))
    }

    #[test]
    fn a_single_promise_is_open_then_kept_or_broken() {
        let promise = Promise::single(date("2026-12-01"), date("2026-12-15"), 50_000).unwrap();
        let open = PromiseState::Open { next_due_on: date("2026-12-15"), next_amount: 50_000 };
        assert_eq!(promise_state(&promise, &[], date("2026-12-01")), open);
        // due today is not missed yet
        assert_eq!(promise_state(&promise, &[], date("2026-12-15")), open);
        assert_eq!(
            promise_state(&promise, &[], date("2026-12-16")),
            PromiseState::Broken { on: date("2026-12-15"), missing: 50_000 }
        );
        let part = [to_partner("p1", 20_000, "2026-12-10")];
        assert_eq!(
            promise_state(&promise, &part, date("2026-12-12")),
            PromiseState::Open { next_due_on: date("2026-12-15"), next_amount: 30_000 }
        );
        assert_eq!(
            promise_state(&promise, &part, date("2026-12-16")),
            PromiseState::Broken { on: date("2026-12-15"), missing: 30_000 }
        );
        let all = [
            to_partner("p1", 20_000, "2026-12-10"),
            paid("d1", 30_000, "2026-12-15", PaidTo::Creditor, alloc(0, 0, 30_000)),
        ];
        assert_eq!(promise_state(&promise, &all, date("2027-06-01")), PromiseState::Kept);
        // paid before the promise was made, or reversed: does not count
        let not_counting = [
            to_partner("p0", 50_000, "2026-11-30"),
            reversed(to_partner("p1", 50_000, "2026-12-10"), Some("2026-12-12"), "bounced"),
        ];
        assert_eq!(
            promise_state(&promise, &not_counting, date("2026-12-16")),
            PromiseState::Broken { on: date("2026-12-15"), missing: 50_000 }
        );
        // a payment that catches up late counts
        let late = [to_partner("p1", 50_000, "2026-12-20")];
        assert_eq!(promise_state(&promise, &late, date("2026-12-21")), PromiseState::Kept);
    }

    #[test]
    fn instalments_are_covered_cumulatively() {
        let promise = Promise::new(
            date("2026-12-01"),
            vec![inst("2027-01-01", 10_000), inst("2027-02-01", 10_000), inst("2027-03-01", 5_000)],
        )
        .unwrap();
        assert_eq!(promise.total(), 25_000);
        let payments = [to_partner("p1", 12_000, "2026-12-30")];
        assert_eq!(
            promise_state(&promise, &payments, date("2027-01-15")),
            PromiseState::Open { next_due_on: date("2027-02-01"), next_amount: 8_000 }
        );
        assert_eq!(
            promise_state(&promise, &payments, date("2027-02-02")),
            PromiseState::Broken { on: date("2027-02-01"), missing: 8_000 }
        );
        let more = [to_partner("p1", 12_000, "2026-12-30"), to_partner("p2", 9_000, "2027-02-01")];
        assert_eq!(
            promise_state(&promise, &more, date("2027-02-02")),
            PromiseState::Open { next_due_on: date("2027-03-01"), next_amount: 4_000 }
        );
        // paying ahead covers the next instalments too
        let ahead = [to_partner("p1", 25_000, "2026-12-02")];
        assert_eq!(promise_state(&promise, &ahead, date("2026-12-03")), PromiseState::Kept);
        // the first instalment missed is the one reported
        assert_eq!(
            promise_state(&promise, &[], date("2027-04-01")),
            PromiseState::Broken { on: date("2027-01-01"), missing: 10_000 }
        );
        // instalments out of order are taken by due date
        let shuffled = Promise {
            made_on: date("2026-12-01"),
            instalments: vec![inst("2027-02-01", 10_000), inst("2027-01-01", 3_000)],
        };
        assert_eq!(
            promise_state(&shuffled, &[], date("2026-12-05")),
            PromiseState::Open { next_due_on: date("2027-01-01"), next_amount: 3_000 }
        );
    }

    #[test]
    fn promises_are_checked_when_made() {
        let made = date("2026-12-01");
        let fields = |r: Result<Promise, FieldErrors>| -> Vec<(String, String)> {
            r.unwrap_err().all().iter().map(|e| (e.field.clone(), e.message.clone())).collect()
        };
        assert_eq!(
            fields(Promise::new(made, vec![])),
            [("instalments".into(), "a promise needs at least one instalment".into())]
        );
        assert_eq!(
            fields(Promise::new(
                made,
                vec![inst("2026-11-30", 100), inst("2026-12-10", 0), inst("2026-12-10", 100), inst("2026-12-09", 100)]
            )),
            [
                ("instalments[0].due_on".into(), "2026-11-30 is before the promise was made, on 2026-12-01".into()),
                ("instalments[1].amount".into(), "an instalment must be more than zero".into()),
                (
                    "instalments[2].due_on".into(),
                    "2026-12-10 is not after the instalment before it; list instalments by due date".into()
                ),
                (
                    "instalments[3].due_on".into(),
                    "2026-12-09 is not after the instalment before it; list instalments by due date".into()
                ),
            ]
        );
        assert_eq!(
            fields(Promise::single(made, date("2026-11-01"), -5)),
            [
                ("amount".into(), "a promise must be of more than zero".into()),
                ("due_on".into(), "2026-11-01 is before the promise was made, on 2026-12-01".into()),
            ]
        );
        assert_eq!(
            Promise::single(made, made, 100),
            Ok(Promise { made_on: made, instalments: vec![Instalment { due_on: made, amount: 100 }] })
        );
    }

    #[test]
    fn states_serialise_for_the_pages_and_the_api() {
        let open = PromiseState::Open { next_due_on: date("2027-01-01"), next_amount: 500 };
        assert_eq!(
            serde_json::to_string(&open).unwrap(),
            r#"{"state":"open","next_due_on":"2027-01-01","next_amount":500}"#
        );
        assert_eq!(serde_json::to_string(&PromiseState::Kept).unwrap(), r#"{"state":"kept"}"#);
        assert_eq!(serde_json::to_string(&LineKind::DirectPayment).unwrap(), r#""direct_payment""#);
    }

    /// One thing that happens on a case, for the properties: a payment (to the partner or the
    /// creditor, split by the rule or as stated), a payout, or the reversal of a payment.
    #[derive(Debug, Clone)]
    enum Step {
        Pay { amount: i64, direct: bool, stated: Option<(i64, i64)>, day: u64 },
        PayOut { amount: i64, commission: i64, costs: i64, day: u64 },
        Reverse { which: usize, day: u64 },
    }

    fn step() -> impl Strategy<Value = Step> {
        prop_oneof![
            4 => (1i64..50_000, any::<bool>(), prop::option::of((0i64..5_000, 0i64..5_000)), 0u64..120)
                .prop_map(|(amount, direct, stated, day)| Step::Pay { amount, direct, stated, day }),
            2 => (0i64..40_000, 0i64..5_000, 0i64..1_000, 0u64..120)
                .prop_map(|(amount, commission, costs, day)| Step::PayOut { amount, commission, costs, day }),
            1 => (0usize..20, 0u64..120).prop_map(|(which, day)| Step::Reverse { which, day }),
        ]
    }

    fn some_claimable() -> impl Strategy<Value = Claimable> {
        (1i64..200_000, 0i64..20_000, 0i64..10_000).prop_map(|(p, i, c)| claimable(p, i, c))
    }

    /// Applies `steps` as the case would record them: splits by the rule or as stated (when it
    /// adds up), payouts and reversals only when their checks allow them.
    fn record(c: &Claimable, steps: &[Step]) -> (Vec<PaymentEntry>, Vec<PayoutEntry>) {
        let start = date("2026-12-01");
        let mut payments: Vec<PaymentEntry> = Vec::new();
        let mut payouts: Vec<PayoutEntry> = Vec::new();
        for (n, step) in steps.iter().enumerate() {
            match *step {
                Step::Pay { amount, direct, stated, day } => {
                    let allocation = match stated {
                        Some((costs, interest)) if costs + interest <= amount => {
                            let stated = alloc(costs, interest, amount - costs - interest);
                            assert_eq!(check_stated(amount, &stated, eur()), Ok(()));
                            stated
                        }
                        _ => allocate(c, &allocated(&payments), amount),
                    };
                    let to = if direct { PaidTo::Creditor } else { PaidTo::Partner };
                    let on = start + chrono::Days::new(day);
                    payments.push(PaymentEntry {
                        received_on: on,
                        ..paid(&format!("p{n}"), amount, "2026-12-01", to, allocation)
                    });
                }
                Step::PayOut { amount, commission, costs, day } => {
                    let entry = PayoutEntry {
                        paid_on: start + chrono::Days::new(day),
                        ..payout(&format!("o{n}"), amount, "2026-12-01", commission, costs)
                    };
                    if check_payout(&balance(c, &payments, &payouts), &entry, eur()).is_ok() {
                        payouts.push(entry);
                    }
                }
                Step::Reverse { which, day } => {
                    if payments.is_empty() {
                        continue;
                    }
                    let i = which % payments.len();
                    let id = payments[i].id.clone();
                    if check_reversal(c, &payments, &payouts, &id, eur()).is_ok() {
                        payments[i].reversed = true;
                        payments[i].reversed_on = Some(start + chrono::Days::new(day));
                    }
                }
            }
        }
        (payments, payouts)
    }

    proptest! {
        #[test]
        fn allocation_stays_within_what_is_claimable(
            c in some_claimable(),
            already in (0i64..30_000, 0i64..30_000, 0i64..300_000),
            amount in 0i64..400_000,
        ) {
            let already = alloc(already.0, already.1, already.2);
            let a = allocate(&c, &already, amount);
            prop_assert_eq!(a.sum(), amount);
            prop_assert!(a.costs >= 0 && a.interest >= 0 && a.principal >= 0);
            prop_assert!(a.costs <= (c.costs - already.costs).max(0));
            prop_assert!(a.interest <= (c.interest - already.interest).max(0));
            // interest only once costs are paid; principal only once both are
            if a.interest > 0 {
                prop_assert!(already.costs + a.costs >= c.costs);
            }
            if a.principal > 0 {
                prop_assert!(already.costs + a.costs >= c.costs && already.interest + a.interest >= c.interest);
            }
        }

        #[test]
        fn successive_allocations_exceed_the_claim_only_by_the_overpayment(
            c in some_claimable(),
            amounts in prop::collection::vec(0i64..60_000, 0..12),
        ) {
            let payments = allocated_payments(&c, &amounts);
            let total = allocated(&payments);
            let collected: i64 = amounts.iter().sum();
            prop_assert_eq!(total.sum(), collected);
            prop_assert!(total.costs <= c.costs && total.interest <= c.interest);
            let b = balance(&c, &payments, &[]);
            prop_assert_eq!((total.principal - c.principal).max(0), b.overpaid);
            prop_assert_eq!(b.outstanding - b.overpaid, c.total() - collected);
        }

        #[test]
        fn the_statement_adds_up_to_the_balance(
            c in some_claimable(),
            steps in prop::collection::vec(step(), 0..25),
        ) {
            let (payments, payouts) = record(&c, &steps);
            let lines = statement(date("2026-11-23"), &c, &payments, &payouts);
            let b = balance(&c, &payments, &payouts);
            prop_assert_eq!(lines.iter().map(|l| l.amount).sum::<i64>(), b.outstanding);
            prop_assert_eq!(lines.last().map(|l| l.outstanding_after), Some(b.outstanding));
            let mut running = 0;
            for line in &lines {
                running += line.amount;
                prop_assert_eq!(line.outstanding_after, running);
                prop_assert!(line.outstanding_after >= 0);
            }
            for pair in lines.windows(2) {
                prop_assert!(pair[0].date <= pair[1].date);
            }
            let reversals = payments.iter().filter(|p| p.reversed).count();
            prop_assert_eq!(lines.iter().filter(|l| l.kind == LineKind::Reversal).count(), reversals);
            prop_assert_eq!(lines.iter().map(|l| l.paid_out).sum::<i64>(), b.paid_out);
            prop_assert_eq!(lines.iter().map(|l| l.commission).sum::<i64>(), b.partner_commission);
            let csv = statement_csv(&lines, eur());
            prop_assert_eq!(csv.lines().count(), lines.len() + 1);
        }

        #[test]
        fn checked_entries_never_make_a_total_negative(
            c in some_claimable(),
            steps in prop::collection::vec(step(), 0..25),
        ) {
            // the record as it stood after each step
            for k in 0..=steps.len() {
                let (payments, payouts) = record(&c, &steps[..k]);
                let b = balance(&c, &payments, &payouts);
                for total in [
                    b.costs_recovered, b.interest_recovered, b.principal_recovered, b.collected,
                    b.collected_by_partner, b.collected_directly, b.paid_out, b.partner_commission,
                    b.outstanding, b.held_by_partner, b.overpaid,
                ] {
                    prop_assert!(total >= 0, "{:?}", b);
                }
            }
            let (payments, payouts) = record(&c, &steps);
            let b = balance(&c, &payments, &payouts);
            prop_assert_eq!(b.held_by_partner, b.collected_by_partner - b.paid_out - b.partner_commission);
            // and no payment still counting can be reversed into a negative
            for p in payments.iter().filter(|p| !p.reversed) {
                if check_reversal(&c, &payments, &payouts, &p.id, eur()).is_ok() {
                    let without: Vec<_> = payments
                        .iter()
                        .map(|q| PaymentEntry { reversed: q.reversed || q.id == p.id, ..q.clone() })
                        .collect();
                    prop_assert!(balance(&c, &without, &payouts).held_by_partner >= 0);
                }
            }
        }

        #[test]
        fn a_payout_is_accepted_exactly_when_the_partner_holds_enough(
            c in some_claimable(),
            steps in prop::collection::vec(step(), 0..15),
            amount in -1_000i64..60_000,
            commission in -100i64..6_000,
            costs in -100i64..2_000,
        ) {
            let (payments, mut payouts) = record(&c, &steps);
            let entry = payout("new", amount, "2027-01-01", commission, costs);
            let before = balance(&c, &payments, &payouts);
            let accepted = check_payout(&before, &entry, eur()).is_ok();
            payouts.push(entry);
            let after = balance(&c, &payments, &payouts);
            let sound = amount >= 0 && commission >= 0 && costs >= 0 && amount + commission + costs > 0;
            prop_assert_eq!(accepted, sound && after.held_by_partner >= 0);
            prop_assert_eq!(after.held_by_partner, before.held_by_partner - amount - commission - costs);
        }

        #[test]
        fn paying_more_never_breaks_a_promise(
            amounts in prop::collection::vec(1i64..10_000, 1..6),
            paid_amounts in prop::collection::vec((0i64..12_000, 0u64..200), 0..6),
            extra in 1i64..10_000,
            today in 0u64..250,
        ) {
            let made = date("2026-12-01");
            let instalments: Vec<Instalment> = amounts
                .iter()
                .enumerate()
                .map(|(i, &amount)| Instalment { due_on: made + chrono::Days::new(30 * (i as u64 + 1)), amount })
                .collect();
            let promise = Promise::new(made, instalments).unwrap();
            let today = made + chrono::Days::new(today);
            let mut payments: Vec<PaymentEntry> = paid_amounts
                .iter()
                .enumerate()
                .map(|(i, &(a, d))| PaymentEntry {
                    received_on: made + chrono::Days::new(d),
                    ..to_partner(&format!("p{i}"), a, "2026-12-01")
                })
                .collect();
            let state = promise_state(&promise, &payments, today);
            let total: i64 = payments.iter().map(|p| p.amount).sum();
            prop_assert_eq!(state == PromiseState::Kept, total >= promise.total());
            match state {
                PromiseState::Open { next_due_on, next_amount } => {
                    prop_assert!(next_due_on >= today && next_amount > 0);
                }
                PromiseState::Broken { on, missing } => prop_assert!(on < today && missing > 0),
                PromiseState::Kept => {}
            }
            payments.push(PaymentEntry { received_on: made, ..to_partner("extra", extra, "2026-12-01") });
            let better = promise_state(&promise, &payments, today);
            let broken = |s: PromiseState| matches!(s, PromiseState::Broken { .. });
            prop_assert!(broken(state) || !broken(better), "{:?} became {:?}", state, better);
        }
    }
}
