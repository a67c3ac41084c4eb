//! The case file: everything after the hand-over that the creditor's page and API show (the
//! conversation, the documents, the money and its balance), read in one place so that the
//! page, the JSON and the statement cannot disagree.

use chrono::NaiveDate;
use serde::Serialize;

use crate::db::claims::CaseBrief;
use crate::db::deliveries::state as delivery_state;
use crate::db::documents::{self, DocumentRow};
use crate::db::messages::{self, MessageRow};
use crate::db::money::{self, CaseMoney};
use crate::db::{Conn, DbError};
use crate::domain::ledger::{self, Balance, Claimable, PromiseState, StatementLine};
use crate::domain::money::{Currency, Money};
use crate::web::views::rfc3339;

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct DocumentView {
    pub id: String,
    pub name: String,
    pub media_type: String,
    pub size: i64,
    pub sha256: String,
    /// `creditor` or `partner`.
    pub added_by: String,
    pub added_at: String,
}

impl DocumentView {
    fn of(row: &DocumentRow) -> Self {
        Self {
            id: row.id.clone(),
            name: row.name.clone(),
            media_type: row.media_type.clone(),
            size: row.size,
            sha256: row.sha256.clone(),
            added_by: if row.added_by == "creditor" { "creditor".into() } else { "partner".into() },
            added_at: rfc3339(row.added_at),
        }
    }

    /// The size for people: `12.3 KB`.
    pub fn size_label(&self) -> String {
        let size = self.size as f64;
        match self.size {
            s if s < 1024 => format!("{s} bytes"),
            s if s < 1024 * 1024 => format!("{:.1} KB", size / 1024.0),
            _ => format!("{:.1} MB", size / 1024.0 / 1024.0),
        }
    }
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct MessageView {
    pub id: String,
    /// `creditor`, `partner` or `platform`.
    pub from: String,
    pub message: String,
    pub requires_answer: bool,
    pub answer_by: Option<String>,
    /// The creditor's message that answered this request.
    pub answered_by_id: Option<String>,
    pub in_reply_to: Option<String>,
    pub documents: Vec<DocumentView>,
    pub sent_at: String,
    /// For the creditor's messages: `delivered`, `waiting` (to be delivered) or `failed`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delivery: Option<String>,
}

impl MessageView {
    pub fn is_open_request(&self) -> bool {
        self.requires_answer && self.answered_by_id.is_none()
    }

    pub fn delivery_label(&self) -> &'static str {
        match self.delivery.as_deref() {
            Some("delivered") => "delivered",
            Some("failed") => "could not be delivered: we are looking into it",
            Some(_) => "waiting to be delivered",
            None => "",
        }
    }
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct AllocationView {
    pub costs: Money,
    pub interest: Money,
    pub principal: Money,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct PaymentView {
    pub id: String,
    /// The stored row, which the thread entry that recorded it points at (`ref_id`); not
    /// part of the contract.
    #[serde(skip)]
    pub row_id: String,
    pub amount: Money,
    pub received_on: String,
    /// `partner` or `creditor`.
    pub paid_to: String,
    pub allocation: AllocationView,
    /// `partner` (as it stated) or `platform` (costs, then interest, then principal).
    pub allocated_by: String,
    pub reversed: bool,
    pub reversal_reason: Option<String>,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct PayoutView {
    pub id: String,
    /// The stored row, which the thread entry that recorded it points at (`ref_id`); not
    /// part of the contract.
    #[serde(skip)]
    pub row_id: String,
    pub amount: Money,
    pub paid_on: String,
    pub commission: Money,
    pub costs: Money,
    pub reference: Option<String>,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct InstalmentView {
    pub due_on: String,
    pub amount: Money,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct PromiseView {
    /// The thread entry that recorded it points here (`ref_id`); not part of the contract.
    #[serde(skip)]
    pub id: String,
    pub amount: Money,
    pub due_on: String,
    pub instalments: Vec<InstalmentView>,
    pub made_on: String,
    /// `open`, `kept`, `broken`, `replaced` (by a newer promise), or `ended` (the case closed).
    pub state: String,
    pub broken_on: Option<String>,
}

#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct NextPayment {
    pub due_on: String,
    pub amount: Money,
}

/// The balance as the contract names it, in Money, with what the page shows besides.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct BalanceView {
    pub principal: Money,
    pub costs_recovered: Money,
    pub interest_recovered: Money,
    pub principal_recovered: Money,
    pub collected: Money,
    pub paid_out: Money,
    pub partner_commission: Money,
    pub outstanding: Money,
    /// Claimable on top of the principal, from the quote the claim was filed with.
    pub claimable_interest: Money,
    pub claimable_costs: Money,
    pub collected_directly: Money,
    /// Collected by the partner, not yet paid out nor kept as commission.
    pub held_by_partner: Money,
    pub overpaid: Money,
}

impl BalanceView {
    fn of(b: &Balance, currency: Currency) -> Self {
        let m = |minor| Money::from_minor(minor, currency);
        Self {
            principal: m(b.principal),
            costs_recovered: m(b.costs_recovered),
            interest_recovered: m(b.interest_recovered),
            principal_recovered: m(b.principal_recovered),
            collected: m(b.collected),
            paid_out: m(b.paid_out),
            partner_commission: m(b.partner_commission),
            outstanding: m(b.outstanding),
            claimable_interest: m(b.interest),
            claimable_costs: m(b.costs),
            collected_directly: m(b.collected_directly),
            held_by_partner: m(b.held_by_partner),
            overpaid: m(b.overpaid),
        }
    }
}

/// Everything after the hand-over, for one case. In the claim's JSON (`GET /claims/{id}`)
/// always; in a list's summaries never: hence optional in the documents.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct CaseFile {
    #[schema(required = false)]
    pub messages: Vec<MessageView>,
    /// Ids of the partner's messages that still need an answer.
    #[schema(required = false)]
    pub open_requests: Vec<String>,
    #[schema(required = false)]
    pub documents: Vec<DocumentView>,
    #[schema(required = false)]
    pub payments: Vec<PaymentView>,
    #[schema(required = false)]
    pub payouts: Vec<PayoutView>,
    #[schema(required = false)]
    pub promises: Vec<PromiseView>,
    #[schema(required = false)]
    pub balance: BalanceView,
    /// The next payment the debtor promised, while a promise is open.
    pub next_expected_payment: Option<NextPayment>,
    /// Set when the debtor missed a promised payment: the missed due date.
    pub promise_broken_on: Option<String>,
}

/// Reads a case's file. `brief` must be the caller's own case.
pub fn load(conn: &mut Conn, brief: &CaseBrief, today: NaiveDate) -> Result<CaseFile, DbError> {
    let currency = Currency::parse(&brief.currency).unwrap_or_else(|_| Currency::parse("EUR").expect("EUR"));
    let m = |minor| Money::from_minor(minor, currency);
    let docs = documents::of_claim(conn, &brief.id)?;
    let rows = messages::of_claim(conn, &brief.id)?;
    let deliveries = messages::delivery_states(conn, &brief.id)?;
    let case_money = money::of_claim(conn, &brief.id)?;
    let doc_views: Vec<DocumentView> = docs.iter().map(DocumentView::of).collect();
    let message_views = rows.iter().map(|row| message_view(row, &doc_views, &deliveries)).collect::<Vec<_>>();
    let open_requests = rows.iter().filter(|r| r.is_open_request()).map(|r| r.id.clone()).collect();
    let claimable = Claimable::from_quote_json(brief.principal_minor, brief.quote_json.as_deref());
    let (payments, payouts) = (case_money.payment_entries(), case_money.payout_entries());
    let balance = ledger::balance(&claimable, &payments, &payouts);
    let (mut promises, mut next, broken) = promise_views(&case_money, &payments, today, currency);
    // a closed case expects nothing more: its promise ended with it
    let closed = crate::domain::status::CaseStatus::parse(&brief.status).is_some_and(|s| s.is_terminal());
    if closed {
        next = None;
        for promise in promises.iter_mut().filter(|p| p.state == "open") {
            promise.state = "ended".into();
        }
    }
    Ok(CaseFile {
        messages: message_views,
        open_requests,
        documents: doc_views,
        payments: case_money
            .payments
            .iter()
            .map(|p| PaymentView {
                id: p.external_id.clone(),
                row_id: p.id.clone(),
                amount: m(p.amount_minor),
                received_on: p.received_on.clone(),
                paid_to: p.paid_to.clone(),
                allocation: AllocationView {
                    costs: m(p.costs_minor),
                    interest: m(p.interest_minor),
                    principal: m(p.principal_minor),
                },
                allocated_by: p.allocated_by.clone(),
                reversed: p.reversed_at.is_some(),
                reversal_reason: p.reversal_reason.clone(),
            })
            .collect(),
        payouts: case_money
            .payouts
            .iter()
            .map(|p| PayoutView {
                id: p.external_id.clone(),
                row_id: p.id.clone(),
                amount: m(p.amount_minor),
                paid_on: p.paid_on.clone(),
                commission: m(p.commission_minor),
                costs: m(p.costs_minor),
                reference: p.reference.clone(),
            })
            .collect(),
        promises,
        balance: BalanceView::of(&balance, currency),
        next_expected_payment: next,
        promise_broken_on: broken,
    })
}

fn message_view(row: &MessageRow, docs: &[DocumentView], deliveries: &[(String, String)]) -> MessageView {
    let ids = row.document_ids();
    MessageView {
        id: row.id.clone(),
        from: row.sender.clone(),
        message: row.body.clone(),
        requires_answer: row.requires_answer,
        answer_by: row.answer_by.clone(),
        answered_by_id: row.answered_by_id.clone(),
        in_reply_to: row.in_reply_to.clone(),
        documents: docs.iter().filter(|d| ids.contains(&d.id)).cloned().collect(),
        sent_at: rfc3339(row.sent_at),
        delivery: row.delivery_id.as_ref().map(|id| {
            match deliveries.iter().find(|(d, _)| d == id).map(|(_, s)| s.as_str()) {
                Some(delivery_state::DONE) => "delivered",
                // never to be delivered: refused, given up, or meant for a partner that declined
                Some(delivery_state::FAILED | delivery_state::DECLINED | delivery_state::CANCELLED) => "failed",
                _ => "waiting",
            }
            .to_string()
        }),
    }
}

fn promise_views(
    case: &CaseMoney,
    payments: &[ledger::PaymentEntry],
    today: NaiveDate,
    currency: Currency,
) -> (Vec<PromiseView>, Option<NextPayment>, Option<String>) {
    let m = |minor| Money::from_minor(minor, currency);
    let newest = case.promises.len().checked_sub(1);
    let mut next = None;
    let mut broken_on = None;
    let views = case
        .promises
        .iter()
        .enumerate()
        .map(|(i, row)| {
            let promise = crate::schedule::promise_of(row);
            let state = match (&row.broken_on, Some(i) == newest, promise.as_ref()) {
                (Some(_), _, _) => "broken".to_string(),
                (None, false, _) => "replaced".to_string(),
                (None, true, Some(p)) => match ledger::promise_state(p, payments, today) {
                    PromiseState::Kept => "kept".into(),
                    PromiseState::Open { next_due_on, next_amount } => {
                        next = Some(NextPayment { due_on: next_due_on.to_string(), amount: m(next_amount) });
                        "open".into()
                    }
                    // due, but the scheduler has not marked it yet: shown as open until it does
                    PromiseState::Broken { on, missing } => {
                        next = Some(NextPayment { due_on: on.to_string(), amount: m(missing) });
                        "open".into()
                    }
                },
                (None, true, None) => "open".into(),
            };
            if Some(i) == newest {
                broken_on = row.broken_on.clone();
            }
            PromiseView {
                id: row.id.clone(),
                amount: m(row.amount_minor),
                due_on: row.due_on.clone(),
                instalments: promise
                    .map(|p| {
                        p.instalments
                            .iter()
                            .map(|i| InstalmentView { due_on: i.due_on.to_string(), amount: m(i.amount) })
                            .collect()
                    })
                    .unwrap_or_default(),
                made_on: row.made_on.clone(),
                state,
                broken_on: row.broken_on.clone(),
            }
        })
        .collect();
    (views, next, broken_on)
}

/// The case's statement, line by line, and its balance.
pub fn statement(conn: &mut Conn, brief: &CaseBrief) -> Result<(Vec<StatementLine>, Balance), DbError> {
    let case_money = money::of_claim(conn, &brief.id)?;
    let claimable = Claimable::from_quote_json(brief.principal_minor, brief.quote_json.as_deref());
    let (payments, payouts) = (case_money.payment_entries(), case_money.payout_entries());
    let filed_on = crate::db::from_micros(brief.created_at).date_naive();
    Ok((ledger::statement(filed_on, &claimable, &payments, &payouts), ledger::balance(&claimable, &payments, &payouts)))
}
