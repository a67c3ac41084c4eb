//! Re-routing a declined case, which waits for the creditor: when a partner declines (the
//! dispatcher or the partner portal, through [`crate::cases::handover::declined`]) or the
//! operator re-routes, the platform prices the case with the next eligible partner (never one
//! that declined it) and stores that quote as a **proposal**. Nothing is handed over until the
//! creditor accepts it, on the case page or through `POST /api/v1/claims/{id}/proposal/accept`;
//! the creditor may instead ask for another eligible partner's quote. Accepting makes the
//! proposal the claim's quote and moves the case to the new partner ([`claims::reroute`]);
//! every earlier quote stays in the claim's history (`claim_quotes`).

use serde::Serialize;
use serde_json::Value;

use super::CaseError;
use super::notify::{self, Notice};
use crate::db::claims::{self, AcceptedQuote, ClaimDetail, EventRow, PLATFORM, Rerouted, kind};
use crate::db::deliveries::{self, HAND_OVER};
use crate::db::quotes::{self, Proposal, Proposed, QuoteRow};
use crate::db::{DbError, from_micros};
use crate::domain::claim::InvoiceLine;
use crate::domain::country::Country;
use crate::domain::money::{Currency, Money};
use crate::domain::partner::{Partner, Protocol};
use crate::domain::quote::{Quote, QuoteRequest};
use crate::domain::routing::{Ineligible, check, rank};
use crate::domain::status::CaseStatus;
use crate::domain::text::Reference;
use crate::state::AppState;

/// What a re-route came to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// A new quote waits for the creditor's acceptance.
    Proposed { partner_name: String, if_collected: Money },
    /// No other partner can take the case; the creditor was told why.
    NoPartner(String),
    /// The case is not declined (any more): nothing to re-route.
    NotDeclined,
}

/// Why a proposal is made.
enum Why<'a> {
    /// The partner declined, saying why (or left the network before it took the case).
    Declined { partner_id: &'a str, partner_name: &'a str, reason: &'a str },
    /// The operator asked for a new quote.
    Operator,
    /// The creditor asked for this partner's quote instead.
    Creditor,
}

/// After `partner` declined the case: the next eligible partner's quote waits for the
/// creditor. Called by [`super::handover::declined`], whichever door reported the decline.
pub async fn after_decline(
    state: &AppState,
    claim_id: &str,
    partner_id: &str,
    partner_name: &str,
    reason: &str,
) -> Result<Outcome, CaseError> {
    propose(state, claim_id, None, Why::Declined { partner_id, partner_name, reason }).await
}

/// The operator's re-route of a declined case: a new quote from the best eligible partner
/// that has not declined it, for the creditor to accept.
pub async fn by_operator(state: &AppState, claim_id: &str) -> Result<Outcome, CaseError> {
    propose(state, claim_id, None, Why::Operator).await
}

/// The creditor asks for the quote of `partner_id`, an eligible partner other than the one
/// proposed; 404 for another creditor's case, 422 (`partner_id`) for a partner that cannot
/// take it.
pub async fn choose(
    state: &AppState,
    creditor_id: &str,
    claim_id: &str,
    partner_id: &str,
) -> Result<Outcome, CaseError> {
    own_case(state, creditor_id, claim_id).await?;
    propose(state, claim_id, Some(partner_id.trim()), Why::Creditor).await
}

/// The creditor accepts the waiting proposal, naming its partner (and, optionally, the
/// proposal's id): the case goes to that partner. A 409 when that is not (any more) the quote
/// waiting, a 404 for another creditor's case.
pub async fn accept(
    state: &AppState,
    creditor_id: &str,
    claim_id: &str,
    partner_id: &str,
    proposal_id: Option<&str>,
    actor: Option<&str>,
) -> Result<(), CaseError> {
    own_case(state, creditor_id, claim_id).await?;
    let lookup = claim_id.to_string();
    let proposal = state.db.run(move |conn| quotes::open_proposal(conn, &lookup)).await?;
    let Some(proposal) = proposal else {
        return Err(CaseError::Conflict("no new quote waits for your acceptance on this case".into()));
    };
    let partner_id = partner_id.trim();
    if partner_id.is_empty() {
        return Err(CaseError::field("partner_id", "name the partner of the quote you accept"));
    }
    let stale_id = proposal_id.is_some_and(|id| id != proposal.id);
    if partner_id != proposal.partner_id || stale_id {
        let waiting = state.registry.get(&proposal.partner_id).map_or(proposal.partner_id.as_str(), |p| &p.name);
        return Err(CaseError::Conflict(format!(
            "the quote waiting for your acceptance is now {waiting}'s; look at it again before you accept"
        )));
    }
    let partner = state
        .registry
        .get(partner_id)
        .ok_or_else(|| CaseError::Conflict("the proposed partner is no longer in the registry".into()))?
        .clone();
    let accepted = AcceptedQuote {
        creditor_id: creditor_id.to_string(),
        actor: actor.map(str::to_string),
        proposal_id: proposal.id.clone(),
    };
    let (claim, now) = (claim_id.to_string(), state.now());
    let (id, name) = (partner.id.to_string(), partner.name.clone());
    let resend = partner.protocol() >= Protocol::V1_1;
    let moved = state.db.run(move |conn| claims::reroute(conn, &claim, &id, &name, now, resend, &accepted)).await?;
    match moved {
        Rerouted::Done => {
            tracing::info!(claim_id, partner = %partner.id, "the creditor accepted the new quote; re-routed");
            state.dispatch.wake();
            state.live.kick();
            Ok(())
        }
        Rerouted::Stale => Err(CaseError::Conflict(
            "the case has moved on since this quote was made; look at it again before you accept".into(),
        )),
        Rerouted::NoClaim => Err(CaseError::NotFound),
    }
}

async fn own_case(state: &AppState, creditor_id: &str, claim_id: &str) -> Result<(), CaseError> {
    if claim_id.len() > 64 {
        return Err(CaseError::NotFound);
    }
    let lookup = claim_id.to_string();
    let brief = state.db.run(move |conn| claims::brief(conn, &lookup)).await?;
    brief.filter(|b| b.creditor_id == creditor_id).map(|_| ()).ok_or(CaseError::NotFound)
}

/// The partners that declined the case: by their quote's state, and (for cases declined
/// before quotes were kept) by their declined hand-over.
async fn declined_partners(state: &AppState, claim_id: &str) -> Result<Vec<String>, DbError> {
    let lookup = claim_id.to_string();
    state
        .db
        .run(move |conn| {
            let mut ids = quotes::declined_partners(conn, &lookup)?;
            for d in deliveries::of_claim(conn, &lookup)? {
                if d.kind == HAND_OVER && d.state == deliveries::state::DECLINED && !ids.contains(&d.partner_id) {
                    ids.push(d.partner_id);
                }
            }
            Ok(ids)
        })
        .await
}

/// The quote request of a stored claim, priced on `as_of`.
fn request_of(detail: &ClaimDetail, as_of: chrono::NaiveDate) -> Option<QuoteRequest> {
    let claim = &detail.claim;
    let currency = Currency::parse(&claim.currency).ok()?;
    let invoices = detail
        .invoices
        .iter()
        .map(|i| {
            Some(InvoiceLine {
                number: Reference::parse(&i.number).ok(),
                issue_date: i.issue_date.parse().ok(),
                due_date: i.due_date.parse().ok()?,
                amount: Money::from_minor(i.amount_minor, currency),
            })
        })
        .collect::<Option<Vec<_>>>()?;
    let country = Country::parse(&claim.debtor_country).ok()?;
    QuoteRequest::for_filed(country, invoices, claim.service == "legal", as_of)
}

/// "1265.00 EUR" of a stored quote's `cost.if_collected`.
fn if_collected(quote: &Value) -> Option<String> {
    let m = quote.get("cost")?.get("if_collected")?;
    Some(format!("{} {}", m.get("amount")?.as_str()?, m.get("currency")?.as_str()?))
}

async fn propose(
    state: &AppState,
    claim_id: &str,
    preferred: Option<&str>,
    why: Why<'_>,
) -> Result<Outcome, CaseError> {
    let lookup = claim_id.to_string();
    let detail = state.db.run(move |conn| claims::get_any(conn, &lookup)).await?.ok_or(CaseError::NotFound)?;
    if detail.claim.status != CaseStatus::Declined.as_str() {
        return Ok(Outcome::NotDeclined);
    }
    let mut excluded = declined_partners(state, claim_id).await?;
    let declined_by = match &why {
        Why::Declined { partner_id, .. } => Some(partner_id.to_string()),
        _ => None,
    };
    excluded.extend(declined_by.clone());
    // the partner the case is with declined it, whether or not its quote says so yet
    if !excluded.contains(&detail.claim.partner_id) {
        excluded.push(detail.claim.partner_id.clone());
    }
    let request = request_of(&detail, state.today())
        .ok_or_else(|| CaseError::Internal(anyhow::anyhow!("claim {claim_id} cannot be priced from what is stored")))?;
    let routing = request.routing();
    if let Some(id) = preferred {
        if excluded.iter().any(|e| e == id) {
            let partner = state.registry.get(id).map_or(id.to_string(), |p| p.name.clone());
            return Err(CaseError::field("partner_id", Ineligible::Declined { partner }));
        }
        check(state.registry.get(id), &state.rules, &routing).map_err(|e| CaseError::field("partner_id", e))?;
    }
    let candidates: Vec<Partner> =
        state.registry.all().iter().filter(|p| !excluded.iter().any(|e| e == p.id.as_str())).cloned().collect();
    let standings = state.standings();
    let previous: Option<Value> = detail.claim.quote_json.as_deref().and_then(|q| serde_json::from_str(q).ok());
    let old_price = previous.as_ref().and_then(if_collected);
    let old_name = state.registry.get(&detail.claim.partner_id).map_or("The partner", |p| p.name.as_str()).to_string();
    let decline = match &why {
        Why::Declined { partner_name, reason, .. } => format!("{partner_name} declined the case: {reason}"),
        _ => match &detail.claim.decline_reason {
            Some(reason) => format!("{old_name} declined the case: {reason}"),
            None => format!("{old_name} declined the case"),
        },
    };
    let now = state.now();
    let mut no_partner = String::new();
    let (quote, notice_text, mail) = match rank(&candidates, &state.rules, &routing, &standings) {
        Ok(ranked) => {
            let quote = Quote::for_ranked(&ranked, &state.rules, &request, preferred)
                .map_err(|e| CaseError::Internal(anyhow::anyhow!("pricing claim {claim_id}: {e}")))?;
            let price = quote.cost.if_collected;
            let reason = match why {
                Why::Creditor => format!("{decline}. You asked for {}'s quote instead", quote.partner.name),
                _ => decline.clone(),
            };
            let was = old_price.as_ref().map_or(String::new(), |p| format!(" ({old_name}'s was {p})"));
            let text = format!(
                "{reason}. A new quote waits for your acceptance: {} for {price} if collected in full{was}. \
                 Nothing is handed over until you accept it.",
                quote.partner.name
            );
            let mail = Notice::NewQuote {
                declined: decline.clone(),
                partner_name: quote.partner.name.clone(),
                if_collected: price.to_string(),
                previous_if_collected: old_price.clone(),
            };
            let row = QuoteRow::new(
                claim_id,
                &quote.partner.id,
                quotes::state::PROPOSED,
                serde_json::to_string(&quote).map_err(|e| CaseError::Internal(e.into()))?,
                Some(reason),
                now,
            );
            (Some((row, quote.partner.name.clone(), price)), text, mail)
        }
        Err(no) => {
            let text = format!(
                "{decline}. No other partner can take this case: {no}, other than the partners that declined it. \
                 You may withdraw the claim."
            );
            let mail = Notice::NoOtherPartner { declined: decline.clone(), reason: no.to_string() };
            no_partner = format!("no other partner can take this case: {no}, other than the partners that declined it");
            (None, text, mail)
        }
    };
    let mut notice = EventRow::entry(claim_id, &detail.claim.status, kind::NOTICE, PLATFORM, now, now);
    notice.message = Some(notice_text);
    let brief = {
        let lookup = claim_id.to_string();
        state.db.run(move |conn| claims::brief(conn, &lookup)).await?.ok_or(CaseError::NotFound)?
    };
    let mut outbox = Vec::new();
    notify::add_mail(state, &brief, &mut outbox, mail, now).await?;
    let proposal = Proposal {
        claim_id: claim_id.to_string(),
        declined_by: declined_by.or_else(|| Some(detail.claim.partner_id.clone())),
        quote: quote.as_ref().map(|(row, ..)| row.clone()),
        notice,
        outbox,
    };
    let stored = state.db.run(move |conn| quotes::propose(conn, &proposal, now)).await?;
    match stored {
        Proposed::Stored => {
            state.dispatch.wake();
            state.live.kick();
            Ok(match quote {
                Some((_, partner_name, if_collected)) => Outcome::Proposed { partner_name, if_collected },
                None => Outcome::NoPartner(no_partner),
            })
        }
        Proposed::NotDeclined(_) => Ok(Outcome::NotDeclined),
        Proposed::NoClaim => Err(CaseError::NotFound),
    }
}

/// One quote of the claim's history, as the API and the case page show it.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct QuoteEntry {
    pub id: String,
    /// `filed`, `proposed`, `accepted`, `superseded` or `declined`.
    pub state: String,
    /// The state in words: "Filed with the claim", "Waiting for your acceptance", ...
    pub state_label: &'static str,
    pub partner_id: String,
    pub partner_name: String,
    pub if_collected: Option<Value>,
    pub if_not_collected: Option<Value>,
    /// Why it was made.
    pub reason: Option<String>,
    pub created_at: String,
    pub decided_at: Option<String>,
}

/// The quote waiting for the creditor's acceptance.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct ProposalView {
    pub id: String,
    pub partner: Value,
    /// The partner that declined, and why.
    pub reason: Option<String>,
    pub if_collected: Option<Value>,
    pub if_not_collected: Option<Value>,
    /// The quote the case had before: the partner that declined it.
    pub previous: Option<QuoteEntry>,
    /// The whole new quote, in the shape of `POST /api/v1/quotes`.
    pub quote: Value,
    pub proposed_at: String,
    /// `POST` here with `{"partner_id": partner.id}` to accept.
    pub accept_url: String,
}

/// Where a case stands with its quotes: every quote it had, the one waiting, and when none
/// can be made, why. In the claim's JSON always, in a list's summaries never: hence optional in
/// the documents.
#[derive(Debug, Clone, Default, Serialize, utoipa::ToSchema)]
pub struct Quotes {
    pub proposal: Option<ProposalView>,
    #[schema(required = false)]
    pub quotes: Vec<QuoteEntry>,
    /// For a declined case no other partner can take: why, in words.
    pub no_other_partner: Option<String>,
}

fn state_label(state: &str) -> &'static str {
    match state {
        quotes::state::FILED => "Filed with the claim",
        quotes::state::PROPOSED => "Waiting for your acceptance",
        quotes::state::ACCEPTED => "Accepted by you",
        quotes::state::DECLINED => "The partner declined the case",
        _ => "Replaced by a newer quote",
    }
}

fn entry(row: &QuoteRow, state: &AppState) -> QuoteEntry {
    let quote: Value = serde_json::from_str(&row.quote_json).unwrap_or(Value::Null);
    let cost = |what: &str| quote.get("cost").and_then(|c| c.get(what)).cloned();
    let micros = |m: i64| from_micros(m).to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    QuoteEntry {
        id: row.id.clone(),
        state: row.state.clone(),
        state_label: state_label(&row.state),
        partner_id: row.partner_id.clone(),
        partner_name: state.registry.get(&row.partner_id).map_or_else(|| row.partner_id.clone(), |p| p.name.clone()),
        if_collected: cost("if_collected"),
        if_not_collected: cost("if_not_collected"),
        reason: row.reason.clone(),
        created_at: micros(row.created_at),
        decided_at: row.decided_at.map(micros),
    }
}

/// The claim's quotes as its creditor sees them (the claim is known to be theirs).
pub async fn quotes_of(state: &AppState, detail: &ClaimDetail) -> Result<Quotes, DbError> {
    let lookup = detail.claim.id.clone();
    let rows = state.db.run(move |conn| quotes::of_claim(conn, &lookup)).await?;
    let entries: Vec<QuoteEntry> = rows.iter().map(|r| entry(r, state)).collect();
    let proposal = rows.iter().rposition(|r| r.state == quotes::state::PROPOSED).map(|at| {
        let row = &rows[at];
        let quote: Value = serde_json::from_str(&row.quote_json).unwrap_or(Value::Null);
        let previous = rows[..at]
            .iter()
            .rposition(|r| r.state != quotes::state::PROPOSED && r.state != quotes::state::SUPERSEDED)
            .map(|i| entries[i].clone());
        ProposalView {
            id: row.id.clone(),
            partner: quote.get("partner").cloned().unwrap_or(Value::Null),
            reason: row.reason.clone(),
            if_collected: entries[at].if_collected.clone(),
            if_not_collected: entries[at].if_not_collected.clone(),
            previous,
            quote,
            proposed_at: entries[at].created_at.clone(),
            accept_url: format!("/api/v1/claims/{}/proposal/accept", detail.claim.id),
        }
    });
    let mut no_other_partner = None;
    if proposal.is_none() && detail.claim.status == CaseStatus::Declined.as_str() {
        let mut excluded = declined_partners(state, &detail.claim.id).await?;
        excluded.push(detail.claim.partner_id.clone());
        if let Some(request) = request_of(detail, state.today()) {
            let candidates: Vec<Partner> =
                state.registry.all().iter().filter(|p| !excluded.iter().any(|e| e == p.id.as_str())).cloned().collect();
            if let Err(no) = rank(&candidates, &state.rules, &request.routing(), &state.standings()) {
                no_other_partner = Some(format!("{no}, other than the partners that declined it"));
            }
        }
    }
    Ok(Quotes { proposal, quotes: entries, no_other_partner })
}
