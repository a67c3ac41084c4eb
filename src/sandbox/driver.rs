//! The sandbox's ticker: every [`TICK`] it reads the platform's clock, then for each case
//! downloads the documents it heard of, answers the creditor's messages, and lives every step
//! of the case's life that has fallen due, in order, each as one signed request.

use std::time::{Duration, Instant};

use chrono::{DateTime, NaiveDate, Utc};
use futures_util::StreamExt;
use rust_decimal::Decimal;
use rust_decimal::prelude::ToPrimitive;
use serde_json::{Value, json};

use super::lives::{Act, Paper, Part, Step};
use super::{Anchor, CollectedPayment, Payout, Sandbox, SandboxCase, UploadedDocument, pdf};
use crate::credentials::sha256_hex;
use crate::secrets::PartnerCredentials;
use crate::webhooks::{HEADER_ID, HEADER_SIGNATURE, HEADER_TIMESTAMP, sign};

/// How often the sandbox looks for due work.
pub const TICK: Duration = Duration::from_millis(250);

/// Attempts to download one document before the sandbox gives up on it.
const DOWNLOAD_ATTEMPTS: u32 = 10;

/// The largest document the sandbox downloads (the platform takes up to 20 MiB).
const DOWNLOAD_LIMIT: u64 = 21 * 1024 * 1024;

/// The platform's clock, as read at the start of a tick: how far it runs ahead of real time.
#[derive(Debug, Clone, Copy)]
pub struct PlatformClock {
    offset: chrono::Duration,
}

impl PlatformClock {
    pub fn now(&self) -> DateTime<Utc> {
        Utc::now() + self.offset
    }
}

/// Why a request to the platform did not go through.
#[derive(Debug)]
enum Failure {
    /// A 4xx: the platform will not take it; trying again changes nothing.
    Refused(String),
    /// Unreachable, a timeout, a 5xx: tried again at the next tick.
    Unavailable(String),
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Failure::Refused(why) | Failure::Unavailable(why) => f.write_str(why),
        }
    }
}

/// One step made ready: the request, and what it changes in the book once it went through.
enum Work {
    Event {
        body: Value,
    },
    Upload {
        name: String,
        bytes: Vec<u8>,
    },
    /// Nothing to send (nothing owed, nothing to pay out): the step is done at once.
    Nothing,
}

type Effect = Box<dyn FnOnce(&mut SandboxCase) + Send>;

fn no_effect() -> Effect {
    Box::new(|_| {})
}

impl Sandbox {
    /// Starts the ticker once, on the runtime of the first request that needs it.
    pub(super) fn ensure_ticker(&self) {
        if !self.inner.ticking.swap(true, std::sync::atomic::Ordering::AcqRel) {
            let sandbox = self.clone();
            tokio::spawn(async move {
                loop {
                    tokio::time::sleep(TICK).await;
                    sandbox.tick().await;
                }
            });
        }
    }

    /// One round: the platform's clock, then every case with something to do.
    async fn tick(&self) {
        let active: Vec<String> =
            self.book().cases.values().filter(|c| c.active()).map(|c| c.case_id.clone()).collect();
        if active.is_empty() {
            return;
        }
        let Some(clock) = self.platform_clock().await else { return };
        futures_util::stream::iter(active).for_each_concurrent(8, |id| self.tick_case(id, clock)).await;
        self.book().ticks += 1;
    }

    /// `GET {platform}/api/v1/clock`: the test clock when the portal runs one, real time when
    /// it answers 404; `None` when the platform cannot be reached (nothing would get through).
    async fn platform_clock(&self) -> Option<PlatformClock> {
        let url = format!("{}/api/v1/clock", self.inner.platform_url);
        let response = self.inner.http.get(url).timeout(Duration::from_secs(2)).send().await.ok()?;
        if response.status() == reqwest::StatusCode::NOT_FOUND {
            return Some(PlatformClock { offset: chrono::Duration::zero() });
        }
        if !response.status().is_success() {
            return None;
        }
        let answer: Value = response.json().await.ok()?;
        let now = DateTime::parse_from_rfc3339(answer["now"].as_str()?).ok()?.with_timezone(&Utc);
        Some(PlatformClock { offset: now - Utc::now() })
    }

    async fn tick_case(&self, case_id: String, clock: PlatformClock) {
        let Some((partner, credentials)) = ({
            let book = self.book();
            book.cases
                .get(&case_id)
                .and_then(|c| Some((c.partner_id.clone(), self.inner.partners.get(&c.partner_id)?.clone())))
        }) else {
            return;
        };
        self.download_documents(&partner, &credentials, &case_id).await;
        self.send_replies(&partner, &credentials, &case_id, clock).await;
        self.live_due_steps(&partner, &credentials, &case_id, clock).await;
    }

    /// Downloads the documents not yet downloaded, checking each one's SHA-256.
    async fn download_documents(&self, partner: &str, credentials: &PartnerCredentials, case_id: &str) {
        let wanted: Vec<String> = {
            let book = self.book();
            let Some(case) = book.cases.get(case_id) else { return };
            let now = Instant::now();
            case.documents
                .iter()
                .filter(|d| !d.downloaded && d.download_attempts < DOWNLOAD_ATTEMPTS)
                .filter(|d| d.next_try.is_none_or(|at| at <= now))
                .map(|d| d.id.clone())
                .collect()
        };
        for id in wanted {
            let result = self.download(partner, credentials, case_id, &id).await;
            let mut book = self.book();
            let Some(doc) = book.cases.get_mut(case_id).and_then(|c| c.documents.iter_mut().find(|d| d.id == id))
            else {
                return;
            };
            doc.download_attempts += 1;
            match result {
                Ok(bytes) => {
                    let sha256 = sha256_hex(&bytes);
                    doc.sha256_verified =
                        sha256 == doc.sha256 && doc.size.is_none_or(|size| size == bytes.len() as i64);
                    if !doc.sha256_verified {
                        tracing::warn!(case = %case_id, document = %id, announced = %doc.sha256, got = %sha256, "sandbox: a downloaded document does not match its SHA-256");
                    }
                    doc.downloaded = true;
                    doc.downloaded_sha256 = Some(sha256);
                    doc.downloaded_size = Some(bytes.len());
                    doc.last_error = None;
                }
                Err(e) => {
                    let wait = Duration::from_millis(500 * 2u64.pow(doc.download_attempts.min(6)));
                    doc.next_try = Some(Instant::now() + wait);
                    doc.last_error = Some(e.to_string());
                }
            }
        }
    }

    /// Answers the creditor's messages (and direct payments), one message event each.
    async fn send_replies(&self, partner: &str, credentials: &PartnerCredentials, case_id: &str, clock: PlatformClock) {
        loop {
            let (webhook_id, body) = {
                let mut book = self.book();
                let quiet = book.behaviour.quiet;
                let Some(case) = book.cases.get_mut(case_id) else { return };
                if quiet || case.withdrawn {
                    case.run.replies.clear();
                    return;
                }
                let Some(text) = case.run.replies.front() else { return };
                let body = json!({
                    "type": "message",
                    "case_id": case.case_id,
                    "partner_reference": case.partner_reference,
                    "occurred_at": clock.now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
                    "message": text,
                });
                (format!("sbx_{case_id}_reply{}", case.run.replies_sent + 1), body)
            };
            let result = self.push(partner, credentials, &webhook_id, &body).await;
            let mut book = self.book();
            let sent = result.is_ok();
            let Some(case) = book.cases.get_mut(case_id) else { return };
            match result {
                Ok(_) => {
                    case.run.replies.pop_front();
                    case.run.replies_sent += 1;
                    case.events_pushed += 1;
                }
                Err(Failure::Refused(why)) => {
                    tracing::info!(case = %case_id, %why, "sandbox: the platform refused a reply; it is dropped");
                    case.run.replies.pop_front();
                    case.run.replies_sent += 1;
                }
                Err(Failure::Unavailable(why)) => {
                    case.last_error = Some(why);
                    return;
                }
            }
            if sent {
                book.events_pushed += 1;
            }
        }
    }

    /// Lives every step that has fallen due, in order; stops at the first that does not go
    /// through (tried again at the next tick, unless the platform refused it).
    async fn live_due_steps(
        &self,
        partner: &str,
        credentials: &PartnerCredentials,
        case_id: &str,
        clock: PlatformClock,
    ) {
        let percent = self.inner.commission_percent.get(partner).copied().unwrap_or(Decimal::TEN);
        loop {
            let (index, step, work, effect) = {
                let mut book = self.book();
                let quiet = book.behaviour.quiet;
                let Some(case) = book.cases.get_mut(case_id) else { return };
                let Some(index) = case.due_step(clock, self.inner.step_ms) else { return };
                let step = case.run.script[index];
                let (work, effect) = prepare(case, &step, clock, percent);
                if quiet || matches!(work, Work::Nothing) {
                    // quiet: the life goes on in the book, nothing reaches the platform
                    effect(case);
                    case.step += 1;
                    continue;
                }
                if matches!(step.act, Act::Request(_)) {
                    // an answer that arrives while the request is on its way counts
                    case.run.asked = true;
                    case.run.answered = false;
                }
                (index, step, work, effect)
            };
            let webhook_id = format!("sbx_{case_id}_{index}");
            let result = match &work {
                Work::Event { body } => self.push(partner, credentials, &webhook_id, body).await,
                Work::Upload { name, bytes } => {
                    self.upload(partner, credentials, case_id, &webhook_id, name, bytes.clone()).await
                }
                Work::Nothing => Ok(Value::Null),
            };
            let mut book = self.book();
            let Some(case) = book.cases.get_mut(case_id) else { return };
            match result {
                Ok(answer) => {
                    effect(case);
                    case.step += 1;
                    case.last_error = None;
                    match work {
                        Work::Upload { name, .. } => case.documents_uploaded.push(UploadedDocument {
                            id: answer["id"].as_str().unwrap_or_default().to_string(),
                            name,
                            sha256: answer["sha256"].as_str().unwrap_or_default().to_string(),
                            size: answer["size"].as_i64().unwrap_or_default(),
                        }),
                        _ => {
                            case.events_pushed += 1;
                            book.events_pushed += 1;
                        }
                    }
                }
                Err(Failure::Refused(why)) => {
                    tracing::info!(case = %case_id, step = index, kind = step.act.kind(), %why, "sandbox: the platform refused a step; this case stops here");
                    case.run.asked = false;
                    case.stopped = Some(format!("step {index} ({}): {why}", step.act.kind()));
                    case.next_due_at = None;
                    return;
                }
                Err(Failure::Unavailable(why)) => {
                    case.run.asked = false;
                    case.last_error = Some(why);
                    return;
                }
            }
        }
    }

    /// Signs `body` with the partner's inbound secret (the one the platform checks its
    /// partners' requests with) as message `webhook_id`, now.
    fn signed(
        &self,
        request: reqwest::RequestBuilder,
        credentials: &PartnerCredentials,
        webhook_id: &str,
        body: &[u8],
    ) -> Result<reqwest::RequestBuilder, Failure> {
        let secret = credentials.inbound.first().ok_or_else(|| Failure::Refused("no inbound secret".into()))?;
        let timestamp = Utc::now().timestamp();
        Ok(request
            .header(HEADER_ID, webhook_id)
            .header(HEADER_TIMESTAMP, timestamp.to_string())
            .header(HEADER_SIGNATURE, sign(secret, webhook_id, timestamp, body)))
    }

    /// `POST {platform}/api/v1/partners/{partner}/events`.
    async fn push(
        &self,
        partner: &str,
        credentials: &PartnerCredentials,
        webhook_id: &str,
        event: &Value,
    ) -> Result<Value, Failure> {
        let url = format!("{}/api/v1/partners/{partner}/events", self.inner.platform_url);
        let body = serde_json::to_vec(event).expect("events serialise");
        let request = self.inner.http.post(url).header("content-type", "application/json");
        let request = self.signed(request, credentials, webhook_id, &body)?.body(body);
        answer(request.send().await).await
    }

    /// `POST {platform}/api/v1/partners/{partner}/cases/{case_id}/documents`: the raw bytes,
    /// signed over them.
    async fn upload(
        &self,
        partner: &str,
        credentials: &PartnerCredentials,
        case_id: &str,
        webhook_id: &str,
        name: &str,
        bytes: Vec<u8>,
    ) -> Result<Value, Failure> {
        let url = format!("{}/api/v1/partners/{partner}/cases/{case_id}/documents", self.inner.platform_url);
        let request =
            self.inner.http.post(url).header("content-type", "application/pdf").header("x-document-name", name);
        let request = self.signed(request, credentials, webhook_id, &bytes)?.body(bytes);
        answer(request.send().await).await
    }

    /// `GET {platform}/api/v1/partners/{partner}/cases/{case_id}/documents/{id}`, signed over
    /// an empty body.
    async fn download(
        &self,
        partner: &str,
        credentials: &PartnerCredentials,
        case_id: &str,
        document_id: &str,
    ) -> Result<Vec<u8>, Failure> {
        let url =
            format!("{}/api/v1/partners/{partner}/cases/{case_id}/documents/{document_id}", self.inner.platform_url);
        let webhook_id = crate::db::new_id("sbx_dl_");
        let request = self.signed(self.inner.http.get(url), credentials, &webhook_id, b"")?;
        let response = request.send().await.map_err(|e| Failure::Unavailable(e.to_string()))?;
        let status = response.status();
        if !status.is_success() {
            return Err(Failure::Unavailable(format!("HTTP {status}")));
        }
        if response.content_length().is_some_and(|len| len > DOWNLOAD_LIMIT) {
            return Err(Failure::Refused("larger than 20 MiB".into()));
        }
        Ok(response.bytes().await.map_err(|e| Failure::Unavailable(e.to_string()))?.to_vec())
    }
}

/// Reads the platform's answer to a push or an upload.
async fn answer(result: reqwest::Result<reqwest::Response>) -> Result<Value, Failure> {
    let response = result.map_err(|e| Failure::Unavailable(e.to_string()))?;
    let status = response.status();
    let text = response.text().await.unwrap_or_default();
    if status.is_success() {
        Ok(serde_json::from_str(&text).unwrap_or(Value::Null))
    } else if status.is_client_error() {
        Err(Failure::Refused(format!("HTTP {status}: {}", text.chars().take(500).collect::<String>())))
    } else {
        Err(Failure::Unavailable(format!("HTTP {status}")))
    }
}

impl SandboxCase {
    /// The next step if it has fallen due: on its day counted on the platform's clock from the
    /// anchor, or after its place in the script times `step_ms` of real time. Waits while an
    /// information request is unanswered; an answer moves the anchor to the moment it is seen.
    fn due_step(&mut self, clock: PlatformClock, step_ms: u64) -> Option<usize> {
        if self.withdrawn || self.stopped.is_some() || self.done {
            return None;
        }
        let (now, real) = (clock.now(), Utc::now());
        let received = crate::db::from_micros(self.received_at);
        let mut anchor = *self.run.anchor.get_or_insert(Anchor { at: now, real: received, index: 0, day: 0 });
        if self.run.asked {
            if !self.run.answered {
                self.waiting_for_answer = true;
                self.next_due_at = None;
                return None;
            }
            let day = self.step.checked_sub(1).and_then(|i| self.run.script.get(i)).map_or(0, |s| s.day);
            anchor = Anchor { at: now, real, index: self.step, day };
            self.run.anchor = Some(anchor);
            self.run.asked = false;
            self.run.answered = false;
            self.waiting_for_answer = false;
        }
        let Some(step) = self.run.script.get(self.step) else {
            self.done = true;
            self.next_due_at = None;
            return None;
        };
        let due_at = anchor.at + chrono::Duration::days(step.day - anchor.day);
        let steps_on = (self.step - anchor.index + 1) as i64;
        let real_due =
            anchor.real + chrono::Duration::milliseconds(step_ms.min(i64::MAX as u64 / 1_000) as i64 * steps_on);
        self.next_due_at = Some(due_at.to_rfc3339_opts(chrono::SecondsFormat::Millis, true));
        (now >= due_at || real >= real_due).then_some(self.step)
    }
}

/// The request a step makes, and its effect on the book once it went through.
fn prepare(case: &SandboxCase, step: &Step, clock: PlatformClock, percent: Decimal) -> (Work, Effect) {
    let now = clock.now();
    let today = now.date_naive();
    let occurred_at = now.to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    let event = |kind: &str, fields: Value| {
        let mut body = json!({
            "type": kind,
            "case_id": case.case_id,
            "partner_reference": case.partner_reference,
            "occurred_at": occurred_at,
        });
        if let (Some(body), Value::Object(fields)) = (body.as_object_mut(), fields) {
            body.extend(fields);
        }
        Work::Event { body }
    };
    let m = |minor: i64| case.money(minor);
    let reference = case.partner_reference.clone();
    match step.act {
        Act::Status(status, message) => {
            let mut fields = json!({ "status": status, "message": message });
            if matches!(status, "paid" | "partially_paid") {
                // the running total: everything paid, as the platform counts it
                fields["collected"] = json!(m(case.collected_minor() + case.directly_minor()));
            }
            let at = occurred_at.clone();
            (
                event("status", fields),
                Box::new(move |case: &mut SandboxCase| {
                    case.status = status.to_string();
                    case.updated_at = at;
                }),
            )
        }
        Act::Message(text) => (event("message", json!({ "message": text })), no_effect()),
        Act::Request(text) => {
            let answer_by = today + chrono::Duration::days(7);
            let fields = json!({ "message": text, "requires_answer": true, "answer_by": answer_by.to_string() });
            (event("message", fields), no_effect())
        }
        Act::Promise(days) => {
            let owed = case.owed_minor();
            if owed <= 0 || days.is_empty() {
                return (Work::Nothing, no_effect());
            }
            let n = days.len() as i64;
            let each = owed / n;
            let plan: Vec<i64> = if each == 0 {
                vec![owed]
            } else {
                (0..n).map(|i| if i == n - 1 { owed - each * (n - 1) } else { each }).collect()
            };
            let dates: Vec<NaiveDate> = if plan.len() == 1 {
                vec![today + chrono::Duration::days(*days.last().expect("not empty"))]
            } else {
                days.iter().map(|d| today + chrono::Duration::days(*d)).collect()
            };
            let mut promise = json!({ "amount": m(owed), "due_on": dates.last().expect("not empty").to_string() });
            if plan.len() > 1 {
                promise["instalments"] = plan
                    .iter()
                    .zip(&dates)
                    .map(|(amount, on)| json!({ "due_on": on.to_string(), "amount": m(*amount) }))
                    .collect();
            }
            (
                event("promise", json!({ "promise": promise })),
                Box::new(move |case: &mut SandboxCase| case.run.plan = plan),
            )
        }
        Act::Pay(part, allocate) => {
            let owed = case.owed_minor();
            let amount = match part {
                Part::Instalment(i) if i + 1 < case.run.plan.len() => case.run.plan[i].min(owed),
                Part::Instalment(_) | Part::Rest => owed,
                Part::Percent(p) => (case.principal.minor() * p / 100).min(owed),
            };
            if amount <= 0 {
                return (Work::Nothing, no_effect());
            }
            let id = format!("{reference}-P{}", case.payments.len() + 1);
            let mut payment = json!({
                "id": id,
                "amount": m(amount),
                "received_on": today.to_string(),
                "paid_to": "partner",
            });
            if allocate {
                // the sandbox chases the principal: it books every payment to it
                payment["allocation"] = json!({ "costs": m(0), "interest": m(0), "principal": m(amount) });
            }
            let record = CollectedPayment {
                id,
                amount: m(amount),
                received_on: today.to_string(),
                allocated: allocate,
                reversed: false,
            };
            let at = occurred_at.clone();
            (
                event("payment", json!({ "payment": payment })),
                Box::new(move |case: &mut SandboxCase| {
                    case.payments.push(record);
                    case.recount();
                    case.updated_at = at;
                }),
            )
        }
        Act::Reverse(reason) => {
            let Some(last) = case.payments.iter().rev().find(|p| !p.reversed) else {
                return (Work::Nothing, no_effect());
            };
            let id = last.id.clone();
            let at = occurred_at.clone();
            (
                event("payment_reversed", json!({ "payment_id": id, "reason": reason })),
                Box::new(move |case: &mut SandboxCase| {
                    if let Some(payment) = case.payments.iter_mut().find(|p| p.id == id) {
                        payment.reversed = true;
                    }
                    case.recount();
                    case.updated_at = at;
                }),
            )
        }
        Act::Payout => {
            let held = case.held_minor();
            let commission = (Decimal::from(held) * percent / Decimal::ONE_HUNDRED)
                .round_dp_with_strategy(0, rust_decimal::RoundingStrategy::MidpointAwayFromZero)
                .to_i64()
                .unwrap_or(0)
                .clamp(0, held);
            let amount = held - commission;
            if held <= 0 || amount <= 0 {
                return (Work::Nothing, no_effect());
            }
            let id = format!("{reference}-PO{}", case.payouts.len() + 1);
            let payout = json!({
                "id": id,
                "amount": m(amount),
                "paid_on": today.to_string(),
                "commission": m(commission),
                "costs": m(0),
                "reference": format!("TRF-{id}"),
            });
            let record = Payout { id, amount: m(amount), commission: m(commission), paid_on: today.to_string() };
            (
                event("payout", json!({ "payout": payout })),
                Box::new(move |case: &mut SandboxCase| {
                    case.payouts.push(record);
                    case.recount();
                }),
            )
        }
        Act::Upload(paper) => {
            let (name, bytes) = paper_of(case, paper, today);
            (Work::Upload { name, bytes }, no_effect())
        }
    }
}

/// The document a step adds, as a small PDF.
fn paper_of(case: &SandboxCase, paper: Paper, today: NaiveDate) -> (String, Vec<u8>) {
    match paper {
        Paper::PaymentPlan => {
            let mut lines = vec![
                format!("Case {} (platform case {})", case.partner_reference, case.case_id),
                format!("The debtor agrees to pay {} in instalments:", case.money(case.run.plan.iter().sum())),
            ];
            lines.extend(
                case.run.plan.iter().enumerate().map(|(i, amount)| format!("{}. {}", i + 1, case.money(*amount))),
            );
            lines.push(format!("Signed by the debtor and by {} on {today}.", case.partner_id));
            ("signed-payment-plan.pdf".into(), pdf::page("Payment plan (signed)", &lines))
        }
        Paper::CourtDecision => {
            let lines = vec![
                format!("Case {} (platform case {})", case.partner_reference, case.case_id),
                format!("The claim of {} is upheld; the debtor's objection is dismissed.", case.principal),
                "The debtor shall pay the principal with statutory interest and the costs of the proceedings.".into(),
                format!("Given on {today}."),
            ];
            ("court-decision.pdf".into(), pdf::page("Decision of the court (sandbox)", &lines))
        }
    }
}
