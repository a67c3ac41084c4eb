//! Hand-over to partners through a transactional outbox (which also carries the creditor's
//! e-mails and webhooks: one outbox, several kinds of outgoing message). A claim and its delivery are stored
//! in one transaction (`intake`); the dispatcher, a background task of every server process,
//! sends due deliveries at once when woken after a commit, retries failures with exponential
//! backoff and jitter up to a budget, and holds each delivery under a lease so that several
//! processes sharing PostgreSQL never send the same one at once, and a process that dies
//! mid-send does not strand it. Partners deduplicate by `case_id`, so a resend after a crash
//! hands the case over once in effect.

pub mod client;
pub mod document;
pub mod webhook;

use std::sync::Arc;
use std::time::Duration;

use rand::Rng;
use tokio::sync::Notify;

use crate::cases::handover::{self, Door};
use crate::db::claims;
use crate::db::creditors::{self, CreditorRow};
use crate::db::deliveries::{
    self, DIRECT_PAYMENT, DOCUMENT, DeliveryRow, Ending, HAND_OVER, MAIL, MESSAGE, RECONCILE, WEBHOOK, WITHDRAW, state,
};
use crate::db::documents::DocumentRow;
use crate::db::{Conn, DbError};
use crate::domain::status::CaseStatus;
use crate::state::AppState;
use client::{PartnerClient, SendError};

/// Tuning of the dispatcher; the defaults suit production, tests shorten them.
#[derive(Debug, Clone, clap::Args)]
pub struct DeliverySettings {
    /// Run the dispatcher in this process.
    #[arg(long, env = "DISPATCHER", default_value_t = true, action = clap::ArgAction::Set, global = true)]
    pub dispatcher: bool,
    /// Wait this long after start before the first dispatch.
    #[arg(long, env = "DISPATCH_DELAY_MS", default_value_t = 0, global = true)]
    pub dispatch_delay_ms: u64,
    /// Time to connect to a partner.
    #[arg(long, env = "DELIVERY_CONNECT_TIMEOUT_MS", default_value_t = 3_000, global = true)]
    pub delivery_connect_timeout_ms: u64,
    /// Time for a whole request to a partner.
    #[arg(long, env = "DELIVERY_TIMEOUT_MS", default_value_t = 10_000, global = true)]
    pub delivery_timeout_ms: u64,
    /// First retry delay; each further one doubles (up to 5 minutes), with jitter.
    #[arg(long, env = "DELIVERY_RETRY_BASE_MS", default_value_t = 1_000, global = true)]
    pub delivery_retry_base_ms: u64,
    /// Attempts before a delivery is marked failed for an operator to look at.
    #[arg(long, env = "DELIVERY_MAX_ATTEMPTS", default_value_t = 12, global = true)]
    pub delivery_max_attempts: i32,
    /// How long a worker holds a delivery; must exceed the request timeout.
    #[arg(long, env = "DELIVERY_LEASE_MS", default_value_t = 60_000, global = true)]
    pub delivery_lease_ms: u64,
    /// How often to look for work of other processes and expired leases when not woken.
    #[arg(long, env = "DELIVERY_POLL_MS", default_value_t = 2_000, global = true)]
    pub delivery_poll_ms: u64,
    /// Deliveries sent at once by one process. An attempt spends most of its time waiting
    /// for the partner and then for the group commit of its outcome, so many fit.
    #[arg(long, env = "DELIVERY_CONCURRENCY", default_value_t = 32, global = true)]
    pub delivery_concurrency: usize,
}

/// Wakes the dispatcher of this process after a commit that added deliveries.
#[derive(Clone, Default)]
pub struct Wake(Arc<Notify>);

impl Wake {
    pub fn wake(&self) {
        self.0.notify_one();
    }

    /// Waits until woken.
    pub async fn notified(&self) {
        self.0.notified().await
    }
}

const MAX_BACKOFF_MS: u64 = 5 * 60 * 1000;

/// The note of a hand-over to a partner working in the portal, until a partner user answers.
pub const WAITING_IN_PORTAL: &str = "waiting in the partner portal";
/// The note of what a partner working in the portal sees there rather than receives.
pub const SHOWN_IN_PORTAL: &str = "shown in the partner portal";

/// The delay before attempt `attempts + 1`: base * 2^(attempts-1), capped, with jitter
/// between half and all of it so that retries of many deliveries spread out.
pub fn backoff(base_ms: u64, attempts: i32) -> Duration {
    let exponent = attempts.saturating_sub(1).clamp(0, 20) as u32;
    let full = base_ms.saturating_mul(1u64 << exponent).min(MAX_BACKOFF_MS);
    let jittered = if full == 0 { 0 } else { rand::rng().random_range(full / 2..=full) };
    Duration::from_millis(jittered)
}

pub struct Dispatcher {
    state: AppState,
    client: PartnerClient,
    settings: DeliverySettings,
}

impl Dispatcher {
    pub fn new(state: AppState, settings: DeliverySettings) -> anyhow::Result<Self> {
        let client = PartnerClient::new(
            Duration::from_millis(settings.delivery_connect_timeout_ms),
            Duration::from_millis(settings.delivery_timeout_ms),
            state.security.allow_private_partner_urls,
        )?;
        Ok(Self { state, client, settings })
    }

    /// Runs until the process ends.
    ///
    /// Deliveries are sent as a pipeline: up to `delivery_concurrency` at once, and whenever
    /// a slot is free the due ones are leased (one statement for all of them), so a delivery
    /// that falls due is taken at once instead of after the slowest of a batch. A commit that
    /// adds deliveries wakes the loop; other processes' work and retries falling due are
    /// found by the poll. One case's deliveries taken together are sent one after the other,
    /// in the order they were written; across cases they are sent side by side.
    pub async fn run(self) {
        tokio::time::sleep(Duration::from_millis(self.settings.dispatch_delay_ms)).await;
        tracing::info!("dispatcher started");
        let poll = Duration::from_millis(self.settings.delivery_poll_ms);
        let concurrency = self.settings.delivery_concurrency.max(1);
        let this = Arc::new(self);
        let mut running = tokio::task::JoinSet::new();
        // the cases being worked on, and what else of theirs was leased meanwhile
        let mut waiting: std::collections::HashMap<String, Vec<DeliveryRow>> = std::collections::HashMap::new();
        // the ids of the deliveries leased here and not yet attempted to the end
        let holding: Arc<std::sync::Mutex<std::collections::HashSet<String>>> = Arc::default();
        let spawn = |running: &mut tokio::task::JoinSet<String>, claim_id: String, group: Vec<DeliveryRow>| {
            let worker = this.clone();
            let holding = holding.clone();
            running.spawn(async move {
                for delivery in group {
                    let id = delivery.id.clone();
                    // a panic in one attempt must not strand the case's later deliveries here
                    let attempt = std::panic::AssertUnwindSafe(worker.attempt_logged(delivery));
                    if futures_util::FutureExt::catch_unwind(attempt).await.is_err() {
                        tracing::error!(claim = %claim_id, "a delivery attempt panicked; its lease will expire");
                    }
                    if let Ok(mut holding) = holding.lock() {
                        holding.remove(&id);
                    }
                }
                claim_id
            });
        };
        let mut look = true;
        loop {
            if look && running.len() < concurrency {
                let free = concurrency - running.len();
                let held = holding.lock().map(|h| h.iter().cloned().collect()).unwrap_or_default();
                match this.lease(free, held).await {
                    Ok(batch) => {
                        // a full batch: more may be due
                        look = batch.len() == free;
                        if let Ok(mut holding) = holding.lock() {
                            holding.extend(batch.iter().map(|d| d.id.clone()));
                        }
                        for (claim_id, group) in by_case(batch) {
                            match waiting.get_mut(&claim_id) {
                                // a case already on its way in this process: these follow it
                                Some(later) => later.extend(group),
                                None => {
                                    waiting.insert(claim_id.clone(), Vec::new());
                                    spawn(&mut running, claim_id, group);
                                }
                            }
                        }
                    }
                    Err(e) => {
                        tracing::warn!(error = %e, "dispatcher could not read the outbox");
                        tokio::time::sleep(poll).await;
                        look = true;
                        continue;
                    }
                }
                if look && running.len() < concurrency {
                    continue;
                }
            }
            let wait = if running.is_empty() && !look {
                let next_due = this.state.db.run(deliveries::next_due).await.ok().flatten();
                match next_due {
                    Some(at) => Duration::from_micros((at - this.state.now()).max(0) as u64 + 1_000).min(poll),
                    None => poll,
                }
            } else {
                poll
            };
            tokio::select! {
                Some(done) = running.join_next(), if !running.is_empty() => {
                    // the attempts one group commit ended all free their slots before the
                    // next lease, which then takes as many at once
                    let mut next = Some(done);
                    while let Some(done) = next.take().or_else(|| running.try_join_next()) {
                        let Ok(claim_id) = done else { continue };
                        match waiting.remove(&claim_id) {
                            Some(later) if !later.is_empty() => {
                                waiting.insert(claim_id.clone(), Vec::new());
                                spawn(&mut running, claim_id, later);
                            }
                            _ => {}
                        }
                    }
                    look = true;
                }
                _ = this.state.dispatch.0.notified() => look = true,
                _ = tokio::time::sleep(wait) => look = true,
            }
        }
    }

    /// Leases up to `limit` due deliveries for this process, none of those it holds.
    async fn lease(&self, limit: usize, held: Vec<String>) -> Result<Vec<DeliveryRow>, DbError> {
        let now = self.state.now();
        let lease_until = now + (self.settings.delivery_lease_ms as i64) * 1000;
        let limit = limit as i64;
        self.state.db.run(move |conn| deliveries::lease_due(conn, now, lease_until, limit, &held)).await
    }

    async fn attempt_logged(&self, delivery: DeliveryRow) {
        let id = delivery.id.clone();
        if let Err(e) = self.attempt(delivery).await {
            tracing::warn!(delivery = %id, error = %e, "delivery attempt could not be recorded; its lease will expire and it is tried again");
        }
    }

    #[tracing::instrument(skip_all, fields(delivery = %delivery.id, claim = %delivery.claim_id, partner = %delivery.partner_id, kind = %delivery.kind, attempt = delivery.attempts))]
    async fn attempt(&self, delivery: DeliveryRow) -> anyhow::Result<()> {
        let held = delivery.clone();
        let case = match self.state.db.run(move |conn| read(conn, &held)).await? {
            Reading::NotHeld => return Ok(()),
            Reading::Own if delivery.kind == MAIL => return self.send_mail(&delivery).await,
            Reading::Own => return self.send_webhook(&delivery).await,
            Reading::Behind => return self.wait_for_earlier(&delivery).await,
            Reading::NoClaim => {
                return self.finish(&delivery, state::FAILED, Some("the claim no longer exists".into()), None).await;
            }
            Reading::Case(case) => *case,
        };
        let Case { detail, creditor, documents } = case;
        let Some(partner) = self.state.registry.get(&delivery.partner_id) else {
            if delivery.kind == HAND_OVER && detail.claim.status == CaseStatus::Submitted.as_str() {
                handover::partner_left(&self.state, &detail.claim, &delivery.partner_id, delivery.clone()).await?;
                return Ok(());
            }
            return self
                .finish(&delivery, state::FAILED, Some("the partner is no longer in the registry".into()), None)
                .await;
        };
        if !partner.uses_api() {
            return self.in_portal(&delivery, &detail.claim).await;
        }
        let Some(credentials) = self.state.secrets.get(&delivery.partner_id) else {
            return self.finish(&delivery, state::FAILED, Some("the partner has no credentials".into()), None).await;
        };
        match delivery.kind.as_str() {
            HAND_OVER if detail.claim.status == CaseStatus::Withdrawn.as_str() => {
                self.finish(&delivery, state::CANCELLED, Some("withdrawn before it was handed over".into()), None).await
            }
            HAND_OVER => {
                let creditor = creditor.ok_or_else(|| anyhow::anyhow!("the claim's creditor is missing"))?;
                let case = document::case_document(&detail, &creditor, &documents)?;
                let listed: Vec<String> = documents.iter().map(|d| d.id.clone()).collect();
                // the outcome and the end of the attempt are recorded together (`handover`)
                let door = Door::Api { held: delivery.clone() };
                match self.client.hand_over(partner, credentials, &delivery.id, &case).await {
                    Ok(reference) => {
                        handover::accepted(&self.state, &detail.claim, partner, &reference, listed, door).await?;
                        tracing::info!(%reference, "case handed over");
                        Ok(())
                    }
                    Err(SendError::Declined(reason)) => {
                        handover::declined(&self.state, &detail.claim, partner, &reason, door).await?;
                        tracing::info!(%reason, "partner declined the case");
                        Ok(())
                    }
                    Err(SendError::Retry(error)) => self.retry_or_fail(&delivery, error).await,
                }
            }
            WITHDRAW => {
                let Some(reference) = detail.claim.partner_reference.clone() else {
                    let claim_id = delivery.claim_id.clone();
                    let all = self.state.db.run(move |conn| deliveries::of_claim(conn, &claim_id)).await?;
                    let handing_over = all
                        .iter()
                        .any(|d| d.kind == HAND_OVER && (d.state == state::PENDING || d.state == state::IN_FLIGHT));
                    return if handing_over {
                        self.retry_or_fail(&delivery, "waiting for the hand-over to finish".into()).await
                    } else {
                        self.finish(&delivery, state::DONE, Some("never handed over: nothing to withdraw".into()), None)
                            .await
                    };
                };
                match self.client.withdraw(partner, credentials, &delivery.id, &reference).await {
                    Ok(()) => self.finish(&delivery, state::DONE, None, None).await,
                    Err(SendError::Declined(reason)) => {
                        self.finish(&delivery, state::DECLINED, Some(reason), None).await
                    }
                    Err(SendError::Retry(error)) => self.retry_or_fail(&delivery, error).await,
                }
            }
            MESSAGE | DOCUMENT | DIRECT_PAYMENT if delivery.partner_id != detail.claim.partner_id => {
                let reason = "the case was routed to another partner".to_string();
                self.finish(&delivery, state::CANCELLED, Some(reason), None).await
            }
            MESSAGE | DOCUMENT | DIRECT_PAYMENT => {
                let Some(reference) = detail.claim.partner_reference.clone() else {
                    return self
                        .finish(&delivery, state::CANCELLED, Some("the case was never handed over".into()), None)
                        .await;
                };
                let what = match delivery.kind.as_str() {
                    MESSAGE => "messages",
                    DOCUMENT => "documents",
                    _ => "payments",
                };
                let payload = delivery.payload.clone().unwrap_or_else(|| "{}".into());
                match self.client.post_case_item(partner, credentials, &delivery.id, &reference, what, &payload).await {
                    Ok(()) => {
                        self.state.live.kick();
                        self.finish(&delivery, state::DONE, None, None).await
                    }
                    Err(SendError::Declined(reason)) => {
                        self.finish(&delivery, state::DECLINED, Some(reason), None).await
                    }
                    Err(SendError::Retry(error)) => self.retry_or_fail(&delivery, error).await,
                }
            }
            RECONCILE => {
                let Some(reference) = detail.claim.partner_reference.clone() else {
                    return self.finish(&delivery, state::CANCELLED, Some("no partner reference".into()), None).await;
                };
                match self.client.case_state(partner, credentials, &delivery.id, &reference).await {
                    Ok(view) => {
                        let outcome = crate::cases::reconcile::apply(&self.state, &delivery, &reference, &view).await?;
                        self.finish(&delivery, state::DONE, Some(outcome), None).await
                    }
                    Err(SendError::Declined(reason)) => {
                        self.finish(&delivery, state::DECLINED, Some(reason), None).await
                    }
                    Err(SendError::Retry(error)) => self.retry_or_fail(&delivery, error).await,
                }
            }
            other => self.finish(&delivery, state::FAILED, Some(format!("unknown delivery kind {other}")), None).await,
        }
    }

    /// A partner working only in the partner portal: nothing is sent. A new case waits in
    /// the portal until a partner user accepts or declines it (`cases::handover`); messages,
    /// documents, direct payments and withdrawals are there for the partner at once; the
    /// platform holds the state of such a case itself, so there is nothing to reconcile.
    async fn in_portal(&self, delivery: &DeliveryRow, claim: &claims::ClaimRow) -> anyhow::Result<()> {
        match delivery.kind.as_str() {
            HAND_OVER if claim.status == CaseStatus::Withdrawn.as_str() => {
                self.finish(delivery, state::CANCELLED, Some("withdrawn before it was handed over".into()), None).await
            }
            // a partner user answered before the dispatcher came to it
            HAND_OVER if claim.partner_reference.is_some() => {
                self.finish(delivery, state::DONE, Some("accepted in the partner portal".into()), None).await
            }
            HAND_OVER if claim.status == CaseStatus::Declined.as_str() => {
                let reason = claim.decline_reason.clone().unwrap_or_else(|| "declined in the partner portal".into());
                self.finish(delivery, state::DECLINED, Some(reason), None).await
            }
            HAND_OVER => self.finish(delivery, state::DONE, Some(WAITING_IN_PORTAL.into()), None).await,
            MESSAGE | DOCUMENT | DIRECT_PAYMENT if delivery.partner_id != claim.partner_id => {
                let reason = "the case was routed to another partner".to_string();
                self.finish(delivery, state::CANCELLED, Some(reason), None).await
            }
            MESSAGE | DOCUMENT | DIRECT_PAYMENT | WITHDRAW => {
                self.state.live.kick();
                self.finish(delivery, state::DONE, Some(SHOWN_IN_PORTAL.into()), None).await
            }
            RECONCILE => {
                let note = "the platform holds the state of a case worked in the partner portal".to_string();
                self.finish(delivery, state::CANCELLED, Some(note), None).await
            }
            other => self.finish(delivery, state::FAILED, Some(format!("unknown delivery kind {other}")), None).await,
        }
    }

    /// Puts a delivery back, due a moment later, without counting the attempt.
    async fn wait_for_earlier(&self, delivery: &DeliveryRow) -> anyhow::Result<()> {
        let (held, now) = (delivery.clone(), self.state.now());
        let next = now + (self.settings.delivery_retry_base_ms.clamp(50, 1_000) as i64) * 1000;
        self.state.db.run(move |conn| deliveries::requeue(conn, &held, next, now)).await?;
        Ok(())
    }

    /// Renders and sends an e-mail to the creditor.
    async fn send_mail(&self, delivery: &DeliveryRow) -> anyhow::Result<()> {
        match crate::cases::notify::deliver(&self.state, delivery).await {
            Ok(()) => self.finish(delivery, state::DONE, None, None).await,
            Err(e) if e.permanent => self.finish(delivery, state::FAILED, Some(e.message), None).await,
            Err(e) => self.retry_or_fail(delivery, e.message).await,
        }
    }

    /// Sends a message to a creditor's webhook endpoint, retried on its own schedule
    /// ([`webhook::BACKOFF_SECONDS`], more than a day) before it is marked failed.
    async fn send_webhook(&self, delivery: &DeliveryRow) -> anyhow::Result<()> {
        let connect = Duration::from_millis(self.settings.delivery_connect_timeout_ms);
        let timeout = Duration::from_millis(self.settings.delivery_timeout_ms);
        match webhook::attempt(&self.state, delivery, connect, timeout).await? {
            webhook::Outcome::Delivered => self.finish(delivery, state::DONE, None, None).await,
            webhook::Outcome::Cancelled(note) => self.finish(delivery, state::CANCELLED, Some(note), None).await,
            webhook::Outcome::Failed(error) => {
                tracing::warn!(%error, "webhook failed");
                self.finish(delivery, state::FAILED, Some(error), None).await
            }
            webhook::Outcome::Retry(error) => match webhook::next_attempt(delivery.attempts, self.state.now()) {
                Some(next) => self.finish(delivery, state::PENDING, Some(error), Some(next)).await,
                None => {
                    tracing::warn!(%error, "webhook failed; the retry budget is spent");
                    self.finish(delivery, state::FAILED, Some(error), None).await
                }
            },
        }
    }

    async fn retry_or_fail(&self, delivery: &DeliveryRow, error: String) -> anyhow::Result<()> {
        if delivery.attempts >= self.settings.delivery_max_attempts {
            tracing::warn!(%error, "delivery failed; the retry budget is spent");
            return self.finish(delivery, state::FAILED, Some(error), None).await;
        }
        let wait = backoff(self.settings.delivery_retry_base_ms, delivery.attempts);
        tracing::info!(%error, retry_in_ms = wait.as_millis() as u64, "delivery attempt failed; will retry");
        let next = self.state.now() + wait.as_micros() as i64;
        self.finish(delivery, state::PENDING, Some(error), Some(next)).await
    }

    async fn finish(
        &self,
        delivery: &DeliveryRow,
        new_state: &'static str,
        error: Option<String>,
        next: Option<i64>,
    ) -> anyhow::Result<()> {
        let ending = Ending {
            held: delivery.clone(),
            state: new_state,
            note: error,
            next_attempt_at: next,
            now: self.state.now(),
        };
        let still_held = self.state.db.run(move |conn| deliveries::finish(conn, &ending)).await?;
        if !still_held {
            tracing::warn!("the lease had expired and another worker took the delivery over");
        }
        Ok(())
    }
}

/// What an attempt reads before it acts ([`read`]).
enum Reading {
    /// The delivery is no longer this worker's: settled while it waited behind an earlier
    /// delivery of its case (a document listed in the case document the partner accepted), or
    /// its lease ran out.
    NotHeld,
    /// An e-mail or a webhook: they read what they need themselves.
    Own,
    /// An earlier delivery to the case's partner is still on its way.
    Behind,
    /// The claim no longer exists.
    NoClaim,
    Case(Box<Case>),
}

/// The claim a delivery is about and, for a hand-over, its creditor and documents.
struct Case {
    detail: claims::ClaimDetail,
    creditor: Option<CreditorRow>,
    documents: Vec<DocumentRow>,
}

/// Reads what an attempt on `delivery` needs, in one trip to the database.
fn read(conn: &mut Conn, delivery: &DeliveryRow) -> Result<Reading, DbError> {
    let current = deliveries::get(conn, &delivery.id)?;
    if current.is_none_or(|d| d.state != state::IN_FLIGHT || d.lease_until != delivery.lease_until) {
        return Ok(Reading::NotHeld);
    }
    if delivery.kind == MAIL || delivery.kind == WEBHOOK {
        return Ok(Reading::Own);
    }
    // The partner hears about a case in the order things happened: a later delivery waits
    // for the earlier ones, without using up its attempts.
    if delivery.kind != HAND_OVER && deliveries::earlier_pending(conn, delivery)? {
        return Ok(Reading::Behind);
    }
    let Some(detail) = claims::get_any(conn, &delivery.claim_id)? else {
        return Ok(Reading::NoClaim);
    };
    let (creditor, documents) = match delivery.kind.as_str() {
        HAND_OVER => (
            creditors::get(conn, &detail.claim.creditor_id)?,
            crate::db::documents::of_claim(conn, &delivery.claim_id)?,
        ),
        _ => (None, Vec::new()),
    };
    Ok(Reading::Case(Box::new(Case { detail, creditor, documents })))
}

/// Deliveries grouped by case, each group in the order the deliveries were written (their
/// ids sort by creation), the groups in the order their first delivery fell due.
fn by_case(batch: Vec<DeliveryRow>) -> Vec<(String, Vec<DeliveryRow>)> {
    let mut groups: Vec<(String, Vec<DeliveryRow>)> = Vec::new();
    for delivery in batch {
        match groups.iter_mut().find(|(claim, _)| *claim == delivery.claim_id) {
            Some((_, group)) => group.push(delivery),
            None => groups.push((delivery.claim_id.clone(), vec![delivery])),
        }
    }
    for (_, group) in &mut groups {
        group.sort_by(|a, b| a.id.cmp(&b.id));
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_with_jitter_and_is_capped() {
        for attempts in 1..8 {
            let full = 1000u64 << (attempts - 1);
            let d = backoff(1000, attempts).as_millis() as u64;
            assert!(d >= full / 2 && d <= full, "attempt {attempts}: {d}");
        }
        assert!(backoff(1000, 40).as_millis() as u64 <= MAX_BACKOFF_MS);
        assert!(backoff(0, 3).as_millis() == 0);
    }
}
