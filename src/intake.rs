//! Filing a claim: the one path both front doors (the portal's form and `POST /api/v1/claims`)
//! go through. Validate, route, store with the chosen partner, all or nothing. The partner
//! is routing's recommendation, or the eligible partner the creditor chose (`partner_id`).
//! An invoice already filed against the same debtor is refused, naming the earlier claim,
//! unless the creditor says to file it anyway (`allow_duplicate`; see
//! [`crate::domain::duplicate`]).

use crate::db::claims::{self, ClaimRow, Created, Duplicate, EventRow, IdempotencyRow, InvoiceRow, NewClaimRecord};
use crate::db::deliveries::{DeliveryRow, HAND_OVER};
use crate::db::quotes::{self, QuoteRow};
use crate::db::{DbError, new_id};
use crate::domain::claim::{ClaimInput, NewClaim};
use crate::domain::partner::Partner;
use crate::domain::quote::{Quote, QuoteRequest};
use crate::domain::routing::{NoCoverage, Ranked, check, rank};
use crate::domain::status::CaseStatus;
use crate::domain::validation::FieldErrors;
use crate::state::AppState;

#[derive(Debug, thiserror::Error)]
pub enum IntakeError {
    #[error("the claim has invalid fields")]
    Invalid(FieldErrors),
    #[error(transparent)]
    NoCoverage(#[from] NoCoverage),
    #[error("this Idempotency-Key was already used for a different request")]
    KeyReused,
    /// An invoice of the claim was filed before against the same debtor, and the creditor did
    /// not say to file it anyway (`allow_duplicate`). Nothing was stored.
    #[error("invoice {} was already filed against this debtor in claim {}", .0.number, .0.existing_claim_id)]
    Duplicate(Duplicate),
    #[error(transparent)]
    Db(#[from] DbError),
}

/// An idempotency key and the hash of the request it came with.
#[derive(Debug, Clone)]
pub struct Idempotency {
    pub key: String,
    pub request_hash: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filed {
    pub claim_id: String,
    /// True when an earlier request with the same idempotency key had filed it.
    pub replayed: bool,
}

/// A claim checked, routed and priced as filing would store it; nothing is stored yet.
pub struct Checked {
    record: NewClaimRecord,
    /// The partner it would go to.
    pub partner_id: String,
    pub partner_name: String,
    /// The quote it would be filed with.
    pub quote: Quote,
}

/// Checks, routes and stores a claim for `creditor_id`.
#[tracing::instrument(skip(state, input, idempotency), fields(claim_id))]
pub async fn file_claim(
    state: &AppState,
    creditor_id: &str,
    input: &ClaimInput,
    idempotency: Option<Idempotency>,
    actor: Option<&str>,
) -> Result<Filed, IntakeError> {
    let checked = check_claim(state, creditor_id, input).await?;
    store(state, creditor_id, checked, idempotency, actor).await
}

/// Checks and routes a claim for `creditor_id` and prices it, as [`file_claim`] would,
/// without storing anything: what a bulk upload's preview shows before it is filed.
pub async fn check_claim(state: &AppState, creditor_id: &str, input: &ClaimInput) -> Result<Checked, IntakeError> {
    let today = state.today();
    let claim = NewClaim::parse(input, today).map_err(IntakeError::Invalid)?;
    let reminders_first = match input.start.as_deref().map(str::trim).unwrap_or("") {
        "" | "collection" => false,
        "reminders" => true,
        _ => {
            return Err(IntakeError::Invalid(FieldErrors::single(
                "start",
                "\"collection\" (straight to a partner) or \"reminders\" (reminders first)",
            )));
        }
    };
    if !reminders_first && input.flow.as_deref().is_some_and(|f| !f.trim().is_empty()) {
        return Err(IntakeError::Invalid(FieldErrors::single("flow", "a flow needs \"start\": \"reminders\"")));
    }
    // The claim keeps the quote it was filed with, priced on the same routing result.
    let request = QuoteRequest::for_claim(&claim, today);
    let standings = state.standings();
    let ranked = rank(state.registry.all(), &state.rules, &request.routing(), &standings)?;
    let partner = chosen_partner(state, input, &ranked, &request)?.unwrap_or(ranked[0].partner);
    let chosen = (partner.id != ranked[0].partner.id).then_some(partner.id.as_str());
    let quote = Quote::for_ranked(&ranked, &state.rules, &request, chosen)?;
    let now = state.now();
    let mut record = record_of(&claim, partner, chosen.is_some(), creditor_id, None, now);
    record.allow_duplicate = input.allow_duplicate;
    record.claim.quote_json = Some(to_json(&quote));
    record.quote =
        Some(QuoteRow::new(&record.claim.id, partner.id.as_str(), quotes::state::FILED, to_json(&quote), None, now));
    let claim_id = record.claim.id.clone();
    if reminders_first {
        let start = crate::cases::reminders::flow_start(state, creditor_id, input.flow.as_deref(), &claim, &claim_id)
            .await
            .map_err(|e| match e {
                crate::cases::reminders::ReminderError::Invalid(errors) => IntakeError::Invalid(errors),
                crate::cases::reminders::ReminderError::Db(e) => IntakeError::Db(e),
                other => IntakeError::Invalid(FieldErrors::single("flow", other.to_string())),
            })?;
        record.claim.status = CaseStatus::Reminding.as_str().to_string();
        record.first_event.status = CaseStatus::Reminding.as_str().to_string();
        record.first_event.message = Some(format!(
            "Claim filed; reminders run first (flow \"{}\"), and the hand-over follows at the flow's end. \
             Today it would go to {} ({})",
            start.flow.flow_name,
            partner.name,
            partner.kind.label().to_lowercase()
        ));
        record.reminders = Some(start);
    }
    Ok(Checked { record, partner_id: partner.id.to_string(), partner_name: partner.name.to_string(), quote })
}

/// Stores a checked claim, all or nothing, with its idempotency key.
async fn store(
    state: &AppState,
    creditor_id: &str,
    checked: Checked,
    idempotency: Option<Idempotency>,
    actor: Option<&str>,
) -> Result<Filed, IntakeError> {
    let Checked { mut record, partner_id, .. } = checked;
    record.first_event.actor = actor.map(str::to_string);
    record.idempotency = idempotency.map(|i| IdempotencyRow {
        creditor_id: creditor_id.to_string(),
        key: i.key,
        request_hash: i.request_hash,
        claim_id: record.claim.id.clone(),
        created_at: record.claim.created_at,
    });
    let claim_id = record.claim.id.clone();
    tracing::Span::current().record("claim_id", claim_id.as_str());
    let outcome = state.db.run(move |conn| claims::create(conn, &record)).await?;
    match outcome {
        Created::New => {
            tracing::info!(partner = %partner_id, "claim filed");
            state.dispatch.wake();
            state.live.kick();
            Ok(Filed { claim_id, replayed: false })
        }
        Created::Replayed(earlier) => Ok(Filed { claim_id: earlier, replayed: true }),
        Created::KeyReused => Err(IntakeError::KeyReused),
        Created::Duplicate(duplicate) => Err(IntakeError::Duplicate(duplicate)),
    }
}

/// The partner the creditor chose (`partner_id`), when it is one of the eligible ones; a
/// choice it cannot take is refused, naming the field and saying why.
fn chosen_partner<'p>(
    state: &AppState,
    input: &ClaimInput,
    ranked: &[Ranked<'p>],
    request: &QuoteRequest,
) -> Result<Option<&'p Partner>, IntakeError> {
    let Some(id) = input.partner_id.as_deref().map(str::trim).filter(|id| !id.is_empty()) else { return Ok(None) };
    if let Some(r) = ranked.iter().find(|r| r.partner.id.as_str() == id) {
        return Ok(Some(r.partner));
    }
    let reason = match check(state.registry.get(id), &state.rules, &request.routing()) {
        Err(why) => why.to_string(),
        Ok(()) => "this partner cannot take this claim".to_string(),
    };
    Err(IntakeError::Invalid(FieldErrors::single("partner_id", reason)))
}

fn record_of(
    claim: &NewClaim,
    partner: &Partner,
    chosen_by_creditor: bool,
    creditor_id: &str,
    idempotency: Option<Idempotency>,
    now: i64,
) -> NewClaimRecord {
    let id = new_id("c_");
    NewClaimRecord {
        claim: ClaimRow {
            id: id.clone(),
            creditor_id: creditor_id.to_string(),
            status: CaseStatus::Submitted.as_str().to_string(),
            service: claim.service().as_str().to_string(),
            partner_id: partner.id.to_string(),
            debtor_name: claim.debtor().name.to_string(),
            debtor_country: claim.debtor().country.code().to_string(),
            currency: claim.currency().code().to_string(),
            principal_minor: claim.principal().minor(),
            disputed: claim.disputed(),
            debtor_json: to_json(claim.debtor()),
            history_json: to_json(claim.history()),
            quote_json: None,
            created_at: now,
            updated_at: now,
            partner_reference: None,
            collected_minor: None,
            last_event_at: 0,
            decline_reason: None,
            last_partner_contact_at: None,
            silent_since: None,
            reconciled_at: None,
        },
        invoices: claim
            .invoices()
            .iter()
            .enumerate()
            .map(|(i, inv)| InvoiceRow {
                claim_id: id.clone(),
                position: i as i32,
                number: inv.number.to_string(),
                issue_date: inv.issue_date.to_string(),
                due_date: inv.due_date.to_string(),
                amount_minor: inv.amount.minor(),
            })
            .collect(),
        first_event: EventRow::platform(
            &id,
            CaseStatus::Submitted,
            now,
            if chosen_by_creditor {
                format!(
                    "Claim filed and routed to {} ({}), the partner the creditor chose",
                    partner.name,
                    partner.kind.label().to_lowercase()
                )
            } else {
                format!("Claim filed and routed to {} ({})", partner.name, partner.kind.label().to_lowercase())
            },
        ),
        idempotency: idempotency.map(|i| IdempotencyRow {
            creditor_id: creditor_id.to_string(),
            key: i.key,
            request_hash: i.request_hash,
            claim_id: id.clone(),
            created_at: now,
        }),
        delivery: DeliveryRow::new(&id, partner.id.as_str(), HAND_OVER, now),
        quote: None,
        allow_duplicate: false,
        reminders: None,
    }
}

/// Serialises a domain value; they hold no maps with non-string keys, so this cannot fail.
fn to_json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("domain values serialise to JSON")
}
