//! The sandbox partner: a real HTTP service that speaks the partner side of the protocol (v1.1)
//! for every sandbox partner of the registry. It checks tokens and signatures, accepts cases
//! idempotently by `case_id`, takes the creditor's messages, documents and direct payments,
//! downloads every document it hears of (checking its SHA-256), and lives each case through a
//! plausible life ([`lives`]): status events, messages, information requests that wait for the
//! creditor's answer, promises, payments, a bounced payment, payouts net of its commission,
//! and documents of its own, all dated by the platform's clock. It runs inside the portal
//! (under `/sandbox`) so that `cargo run` shows the whole flow, or as its own process
//! (`crossclaim sandbox`). Its `_admin` endpoints (guarded by a token derived from the sandbox
//! secret) tell it to misbehave and report what it received, so tests can exercise every
//! failure path.

mod driver;
pub mod lives;
mod pdf;

use std::collections::{HashMap, VecDeque};
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use actix_web::http::{StatusCode, header};
use actix_web::{HttpRequest, HttpResponse, web};
use chrono::{DateTime, Utc};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::json;
use subtle::ConstantTimeEq;

use crate::domain::money::{Currency, Money};
use crate::registry::Registry;
use crate::secrets::{PartnerCredentials, sandbox_credentials};
use crate::webhooks::{self, HEADER_ID, HEADER_SIGNATURE, HEADER_TIMESTAMP, Received, Secret};

#[derive(Debug, Clone, clap::Args)]
pub struct SandboxSettings {
    /// Serve the sandbox partner inside the portal, under /sandbox.
    #[arg(long, env = "EMBEDDED_SANDBOX", default_value_t = true, action = clap::ArgAction::Set, global = true)]
    pub embedded_sandbox: bool,
    /// Real time between two steps of a sandbox case's life (a step also falls due on its day
    /// on the platform's clock, whichever comes first).
    #[arg(long, env = "SANDBOX_STEP_MS", default_value_t = 4_000, global = true)]
    pub sandbox_step_ms: u64,
    /// Seed that picks each sandbox case's life, so runs repeat.
    #[arg(long, env = "SANDBOX_SEED", default_value_t = 7, global = true)]
    pub sandbox_seed: u64,
    /// Where a standalone sandbox sends events [default: PUBLIC_URL].
    #[arg(long, env = "PLATFORM_URL", global = true)]
    pub platform_url: Option<String>,
}

/// Misbehaviour on request, consumed one request at a time.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Behaviour {
    /// Answer the next N hand-overs with 500.
    pub fail_500: u32,
    /// Let the next N hand-overs wait `hang_ms` before answering (to make the platform time out).
    pub hang: u32,
    pub hang_ms: u64,
    /// Answer the next N hand-overs with a 200 that is not JSON.
    pub malformed: u32,
    /// Decline the next N new cases with 422.
    pub decline: u32,
    /// Push nothing (no events, messages or documents): the cases' lives go on in the book
    /// only, as with a partner whose reports are lost, so that reconciliation finds them.
    pub quiet: bool,
    /// Live every new case by this life (`plan`, `quick`, `bounced_payment`,
    /// `broken_promise`, `legal`) instead of the one the seed picks.
    pub life: Option<String>,
}

/// A creditor's message, as received.
#[derive(Debug, Clone, Serialize)]
pub struct ReceivedMessage {
    pub id: String,
    pub message: String,
    pub in_reply_to: Option<String>,
    /// The ids of the documents it carried.
    pub documents: Vec<String>,
    pub sent_at: String,
    /// How many requests carried it (the platform retries; the sandbox keeps it once).
    pub deliveries: u32,
    /// It came while the sandbox waited for an answer to its information request.
    pub answers_request: bool,
}

/// A document the sandbox heard of, and whether it got its bytes.
#[derive(Debug, Clone, Serialize)]
pub struct KnownDocument {
    pub id: String,
    pub name: String,
    pub media_type: String,
    pub size: Option<i64>,
    /// As the platform announced it.
    pub sha256: String,
    /// `hand_over`, `message` and/or `documents` (the endpoint).
    pub learned_from: Vec<&'static str>,
    pub downloaded: bool,
    /// Of the bytes downloaded.
    pub downloaded_sha256: Option<String>,
    pub downloaded_size: Option<usize>,
    /// The bytes downloaded have the announced SHA-256 (and size, when announced).
    pub sha256_verified: bool,
    pub download_attempts: u32,
    pub last_error: Option<String>,
    #[serde(skip)]
    next_try: Option<std::time::Instant>,
}

/// A payment the creditor reported as made to them directly.
#[derive(Debug, Clone, Serialize)]
pub struct ReceivedPayment {
    pub id: String,
    pub amount: Money,
    pub received_on: String,
    pub deliveries: u32,
}

/// A payment the sandbox collected from the debtor and reported.
#[derive(Debug, Clone, Serialize)]
pub struct CollectedPayment {
    pub id: String,
    pub amount: Money,
    pub received_on: String,
    /// The sandbox stated the allocation itself.
    pub allocated: bool,
    pub reversed: bool,
}

/// A transfer to the creditor, after the sandbox's commission.
#[derive(Debug, Clone, Serialize)]
pub struct Payout {
    pub id: String,
    pub amount: Money,
    pub commission: Money,
    pub paid_on: String,
}

/// A document the sandbox added to the case.
#[derive(Debug, Clone, Serialize)]
pub struct UploadedDocument {
    pub id: String,
    pub name: String,
    pub sha256: String,
    pub size: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct SandboxCase {
    pub case_id: String,
    pub partner_id: String,
    pub partner_reference: String,
    pub service: String,
    /// The creditor as the hand-over named it.
    pub creditor: CreditorIn,
    pub status: String,
    /// Hand-over requests received for this case_id, accepted or not.
    pub requests: u32,
    /// When the first hand-over arrived (unix micros): for latency measurements.
    pub received_at: i64,
    pub withdrawn: bool,
    /// When the sandbox's view last changed (on the platform's clock once it has lived a step).
    pub updated_at: String,
    pub principal: Money,
    /// Collected from the debtor by the sandbox, less reversed payments.
    pub collected: Money,
    /// Paid to the creditor directly, as the creditor reported.
    pub collected_directly: Money,
    pub paid_out: Money,
    pub commission: Money,
    /// The life the case lives, its steps done and in all.
    pub life: &'static str,
    pub step: usize,
    pub steps: usize,
    /// The life waits for the creditor's answer to an information request.
    pub waiting_for_answer: bool,
    /// When the next step falls due on the platform's clock (`null` while waiting or done).
    pub next_due_at: Option<String>,
    /// Every step lived.
    pub done: bool,
    /// Why the life stopped early: the platform refused a step.
    pub stopped: Option<String>,
    /// The last failure to reach the platform (the step is tried again).
    pub last_error: Option<String>,
    /// Events the platform accepted for this case.
    pub events_pushed: u64,
    pub messages_received: Vec<ReceivedMessage>,
    pub documents: Vec<KnownDocument>,
    pub documents_uploaded: Vec<UploadedDocument>,
    pub direct_payments: Vec<ReceivedPayment>,
    pub payments: Vec<CollectedPayment>,
    pub payouts: Vec<Payout>,
    #[serde(skip)]
    run: Run,
}

/// Where a case's life stands, beyond what the book shows.
#[derive(Debug, Clone, Default)]
struct Run {
    script: &'static [lives::Step],
    anchor: Option<Anchor>,
    /// An information request was sent (or is being sent) ...
    asked: bool,
    /// ... and the creditor has written since.
    answered: bool,
    /// The instalments agreed, in minor units.
    plan: Vec<i64>,
    /// Answers to the creditor's messages, to push at the next tick.
    replies: VecDeque<String>,
    replies_sent: u32,
}

/// What the days and steps of a life count from: the hand-over, or the answer to the last
/// information request.
#[derive(Debug, Clone, Copy)]
struct Anchor {
    /// On the platform's clock.
    at: DateTime<Utc>,
    /// In real time.
    real: DateTime<Utc>,
    /// The first step counted from here, and its day in the script.
    index: usize,
    day: i64,
}

impl SandboxCase {
    fn currency(&self) -> Currency {
        self.principal.currency()
    }

    fn money(&self, minor: i64) -> Money {
        Money::from_minor(minor, self.currency())
    }

    fn collected_minor(&self) -> i64 {
        self.payments.iter().filter(|p| !p.reversed).map(|p| p.amount.minor()).sum()
    }

    fn directly_minor(&self) -> i64 {
        self.direct_payments.iter().map(|p| p.amount.minor()).sum()
    }

    /// What the debtor still owes of the principal, as far as the sandbox knows.
    fn owed_minor(&self) -> i64 {
        (self.principal.minor() - self.collected_minor() - self.directly_minor()).max(0)
    }

    /// What the sandbox collected and neither paid out nor kept as commission.
    fn held_minor(&self) -> i64 {
        self.collected_minor() - self.payouts.iter().map(|p| p.amount.minor() + p.commission.minor()).sum::<i64>()
    }

    /// Brings the money figures of the book up to date.
    fn recount(&mut self) {
        self.collected = self.money(self.collected_minor());
        self.collected_directly = self.money(self.directly_minor());
        self.paid_out = self.money(self.payouts.iter().map(|p| p.amount.minor()).sum());
        self.commission = self.money(self.payouts.iter().map(|p| p.commission.minor()).sum());
    }

    /// Notes a document the platform announced; downloaded at the next tick.
    fn learn(&mut self, document: &DocumentIn, from: &'static str) -> bool {
        let Some(id) = document.id.as_deref().map(str::trim).filter(|id| !id.is_empty()) else { return false };
        if let Some(known) = self.documents.iter_mut().find(|d| d.id == id) {
            if !known.learned_from.contains(&from) {
                known.learned_from.push(from);
            }
            return false;
        }
        self.documents.push(KnownDocument {
            id: id.to_string(),
            name: document.name.clone(),
            media_type: document.media_type.clone(),
            size: document.size,
            sha256: document.sha256.to_ascii_lowercase(),
            learned_from: vec![from],
            downloaded: false,
            downloaded_sha256: None,
            downloaded_size: None,
            sha256_verified: false,
            download_attempts: 0,
            last_error: None,
            next_try: None,
        });
        true
    }

    /// Whether the ticker has anything to do for the case.
    fn active(&self) -> bool {
        let chores =
            !self.run.replies.is_empty() || self.documents.iter().any(|d| !d.downloaded && d.download_attempts < 10);
        !self.withdrawn && self.stopped.is_none() && (!self.done || chores)
    }
}

#[derive(Default)]
struct Book {
    cases: HashMap<String, SandboxCase>,
    by_reference: HashMap<String, String>,
    behaviour: Behaviour,
    requests: u64,
    /// The `webhook-id` of every signed hand-over request, per case id, in arrival order.
    webhook_ids: HashMap<String, Vec<String>>,
    events_pushed: u64,
    /// Rounds of the ticker that read the platform's clock and looked at every active case:
    /// a test that moved the clock waits for one to be sure the sandbox saw the new day.
    ticks: u64,
}

impl Book {
    /// The case under `reference`, if it is `partner`'s.
    fn case_of(&mut self, partner: &str, reference: &str) -> Option<&mut SandboxCase> {
        let id = self.by_reference.get(reference)?;
        self.cases.get_mut(id).filter(|c| c.partner_id == partner)
    }
}

#[derive(Clone)]
pub struct Sandbox {
    inner: Arc<Inner>,
}

struct Inner {
    partners: HashMap<String, PartnerCredentials>,
    /// Each partner's commission, in percent of what a payout covers.
    commission_percent: HashMap<String, Decimal>,
    admin_token: String,
    platform_url: String,
    step_ms: u64,
    seed: u64,
    http: reqwest::Client,
    book: Mutex<Book>,
    ticking: AtomicBool,
}

impl Sandbox {
    pub fn new(
        registry: &Registry,
        master: &Secret,
        platform_url: &str,
        settings: &SandboxSettings,
    ) -> anyhow::Result<Self> {
        let sandboxes = registry.all().iter().filter(|p| p.sandbox && p.uses_api());
        let partners =
            sandboxes.clone().map(|p| (p.id.to_string(), sandbox_credentials(p.id.as_str(), master))).collect();
        let commission_percent = sandboxes.map(|p| (p.id.to_string(), p.fees.commission_percent)).collect();
        Ok(Self {
            inner: Arc::new(Inner {
                partners,
                commission_percent,
                admin_token: admin_token(master),
                platform_url: platform_url.trim_end_matches('/').to_string(),
                step_ms: settings.sandbox_step_ms,
                seed: settings.sandbox_seed,
                http: reqwest::Client::builder().timeout(Duration::from_secs(10)).build()?,
                book: Mutex::new(Book::default()),
                ticking: AtomicBool::new(false),
            }),
        })
    }

    fn book(&self) -> std::sync::MutexGuard<'_, Book> {
        self.inner.book.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// The bearer token of the sandbox's `_admin` endpoints.
pub fn admin_token(master: &Secret) -> String {
    Secret::derive(master, "sandbox/admin").expose()
}

/// The sandbox's routes, to mount under `/sandbox`.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/_admin/cases", web::get().to(admin_cases))
        .route("/_admin/behaviour", web::post().to(admin_behaviour))
        .route("/{partner}/cases", web::post().to(receive_case))
        .route("/{partner}/cases/{reference}/withdraw", web::post().to(withdraw_case))
        .route("/{partner}/cases/{reference}/messages", web::post().to(receive_message))
        .route("/{partner}/cases/{reference}/documents", web::post().to(receive_document))
        .route("/{partner}/cases/{reference}/payments", web::post().to(receive_payment))
        .route("/{partner}/cases/{reference}", web::get().to(case_status));
}

fn error(status: StatusCode, message: &str) -> HttpResponse {
    HttpResponse::build(status).json(json!({ "error": message }))
}

fn now_rfc3339() -> String {
    Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

/// Checks the bearer token and the platform's signature for `partner`.
fn authenticate<'a>(
    sandbox: &'a Sandbox,
    req: &HttpRequest,
    partner: &str,
    body: &[u8],
) -> Result<&'a PartnerCredentials, HttpResponse> {
    let Some(credentials) = sandbox.inner.partners.get(partner) else {
        return Err(error(StatusCode::NOT_FOUND, "no such sandbox partner"));
    };
    let header = |name: &str| req.headers().get(name).and_then(|v| v.to_str().ok());
    let token = header(header::AUTHORIZATION.as_str()).and_then(|v| v.strip_prefix("Bearer ")).unwrap_or("");
    if !bool::from(token.as_bytes().ct_eq(credentials.token.as_bytes())) {
        return Err(error(StatusCode::UNAUTHORIZED, "wrong bearer token"));
    }
    let received =
        Received { id: header(HEADER_ID), timestamp: header(HEADER_TIMESTAMP), signature: header(HEADER_SIGNATURE) };
    webhooks::verify(std::slice::from_ref(&credentials.outbound), received, body, Utc::now().timestamp())
        .map_err(|e| error(StatusCode::UNAUTHORIZED, &e.to_string()))?;
    Ok(credentials)
}

#[derive(Deserialize)]
struct CaseIn {
    case_id: String,
    service: String,
    creditor: CreditorIn,
    principal: MoneyIn,
    #[serde(default)]
    documents: Vec<DocumentIn>,
}

/// Who the case is for: whom to contact and where to pay out (protocol: `creditor`).
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct CreditorIn {
    pub name: String,
    pub contact: ContactIn,
    #[serde(default)]
    pub payout: Option<PayoutIn>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct ContactIn {
    pub name: String,
    pub email: String,
    #[serde(default)]
    pub phone: Option<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct PayoutIn {
    pub iban: String,
    pub bic: String,
}

impl CreditorIn {
    /// What a real agency would refuse: no way to reach the creditor, or a bank account it
    /// could not pay out to.
    fn problem(&self) -> Option<&'static str> {
        if !self.contact.email.contains('@') {
            return Some("creditor.contact.email: not an e-mail address");
        }
        let payout = self.payout.as_ref()?;
        if crate::domain::bank::Iban::parse(&payout.iban).is_err() {
            return Some("creditor.payout.iban: not a valid IBAN");
        }
        if crate::domain::bank::Bic::parse(&payout.bic).is_err() {
            return Some("creditor.payout.bic: not a valid BIC");
        }
        None
    }
}

#[derive(Deserialize)]
struct MoneyIn {
    amount: String,
    currency: String,
}

impl MoneyIn {
    fn parse(&self) -> Option<Money> {
        let currency = Currency::parse(&self.currency).ok()?;
        Money::parse(&self.amount, currency).ok()
    }
}

/// A document as the platform lists it: `{"id", "name", "media_type", "size", "sha256"}`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
struct DocumentIn {
    id: Option<String>,
    name: String,
    media_type: String,
    size: Option<i64>,
    sha256: String,
}

async fn receive_case(
    sandbox: web::Data<Sandbox>,
    req: HttpRequest,
    partner: web::Path<String>,
    body: web::Bytes,
) -> HttpResponse {
    if let Err(response) = authenticate(&sandbox, &req, &partner, &body) {
        return response;
    }
    let Ok(case) = serde_json::from_slice::<CaseIn>(&body) else {
        return error(StatusCode::BAD_REQUEST, "not a case document");
    };
    let Some(principal) = case.principal.parse() else {
        return error(StatusCode::BAD_REQUEST, "principal: not an amount of a known currency");
    };
    if let Some(problem) = case.creditor.problem() {
        return error(StatusCode::BAD_REQUEST, problem);
    }
    let hang = {
        let mut book = sandbox.book();
        book.requests += 1;
        let webhook_id = req.headers().get(HEADER_ID).and_then(|v| v.to_str().ok()).unwrap_or_default().to_string();
        book.webhook_ids.entry(case.case_id.clone()).or_default().push(webhook_id);
        if let Some(existing) = book.cases.get_mut(&case.case_id) {
            existing.requests += 1;
        }
        if book.behaviour.hang > 0 {
            book.behaviour.hang -= 1;
            Some(Duration::from_millis(book.behaviour.hang_ms))
        } else {
            None
        }
    };
    if let Some(wait) = hang {
        tokio::time::sleep(wait).await;
    }
    let mut book = sandbox.book();
    if book.behaviour.fail_500 > 0 {
        book.behaviour.fail_500 -= 1;
        return error(StatusCode::INTERNAL_SERVER_ERROR, "sandbox: simulated failure");
    }
    if book.behaviour.malformed > 0 {
        book.behaviour.malformed -= 1;
        return HttpResponse::Ok().content_type("text/html").body("<html>sandbox: simulated garbage</html>");
    }
    if let Some(existing) = book.cases.get(&case.case_id) {
        // the same case again: answer as the first time, change nothing
        if existing.partner_id != partner.as_str() {
            return error(StatusCode::UNPROCESSABLE_ENTITY, "this case id belongs to another partner");
        }
        return HttpResponse::Ok().json(json!({ "partner_reference": existing.partner_reference }));
    }
    if book.behaviour.decline > 0 {
        book.behaviour.decline -= 1;
        return error(
            StatusCode::UNPROCESSABLE_ENTITY,
            "sandbox: we do not take claims against this debtor (simulated decline)",
        );
    }
    let reference = format!("SBX-{}", 1000 + book.cases.len());
    let life = book
        .behaviour
        .life
        .as_deref()
        .and_then(lives::by_name)
        .unwrap_or_else(|| lives::pick(sandbox.inner.seed, &case.case_id, &case.service));
    let zero = Money::zero(principal.currency());
    let mut new = SandboxCase {
        case_id: case.case_id.clone(),
        partner_id: partner.to_string(),
        partner_reference: reference.clone(),
        service: case.service.clone(),
        creditor: case.creditor.clone(),
        status: "received".into(),
        requests: 1,
        received_at: crate::db::now_micros(),
        withdrawn: false,
        updated_at: now_rfc3339(),
        principal,
        collected: zero,
        collected_directly: zero,
        paid_out: zero,
        commission: zero,
        life: life.name,
        step: 0,
        steps: life.steps.len(),
        waiting_for_answer: false,
        next_due_at: None,
        done: false,
        stopped: None,
        last_error: None,
        events_pushed: 0,
        messages_received: Vec::new(),
        documents: Vec::new(),
        documents_uploaded: Vec::new(),
        direct_payments: Vec::new(),
        payments: Vec::new(),
        payouts: Vec::new(),
        run: Run { script: life.steps, ..Run::default() },
    };
    for document in &case.documents {
        new.learn(document, "hand_over");
    }
    book.by_reference.insert(reference.clone(), case.case_id.clone());
    book.cases.insert(case.case_id.clone(), new);
    drop(book);
    sandbox.ensure_ticker();
    HttpResponse::Created().json(json!({ "partner_reference": reference }))
}

async fn withdraw_case(
    sandbox: web::Data<Sandbox>,
    req: HttpRequest,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> HttpResponse {
    let (partner, reference) = path.into_inner();
    if let Err(response) = authenticate(&sandbox, &req, &partner, &body) {
        return response;
    }
    let mut book = sandbox.book();
    let Some(case) = book.case_of(&partner, &reference) else {
        return error(StatusCode::NOT_FOUND, "no such case");
    };
    case.withdrawn = true;
    case.status = "withdrawn".into();
    case.next_due_at = None;
    case.updated_at = now_rfc3339();
    HttpResponse::Ok().json(json!({ "status": "withdrawn" }))
}

#[derive(Deserialize)]
struct MessageIn {
    id: String,
    #[serde(default)]
    message: String,
    #[serde(default)]
    in_reply_to: Option<String>,
    #[serde(default)]
    documents: Vec<DocumentIn>,
    #[serde(default)]
    sent_at: String,
}

/// `POST /{partner}/cases/{reference}/messages`: a message from the creditor, or the answer
/// to the sandbox's information request (any message after the request: the sandbox does not
/// know the id the platform gave its request). Kept once per `id`; the sandbox answers a
/// plain message at its next tick and downloads the documents it carries.
async fn receive_message(
    sandbox: web::Data<Sandbox>,
    req: HttpRequest,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> HttpResponse {
    let (partner, reference) = path.into_inner();
    if let Err(response) = authenticate(&sandbox, &req, &partner, &body) {
        return response;
    }
    let message = match serde_json::from_slice::<MessageIn>(&body) {
        Ok(m) if !m.id.trim().is_empty() => m,
        _ => return error(StatusCode::BAD_REQUEST, "not a message: {\"id\", \"message\", ...} expected"),
    };
    let mut book = sandbox.book();
    let Some(case) = book.case_of(&partner, &reference) else {
        return error(StatusCode::NOT_FOUND, "no such case");
    };
    if let Some(seen) = case.messages_received.iter_mut().find(|m| m.id == message.id) {
        seen.deliveries += 1;
        return HttpResponse::Ok().json(json!({ "id": message.id, "result": "duplicate" }));
    }
    for document in &message.documents {
        case.learn(document, "message");
    }
    let answers_request = case.run.asked;
    if answers_request {
        case.run.answered = true;
    } else {
        let documents = match message.documents.len() {
            0 => String::new(),
            1 => " and the document you sent".to_string(),
            n => format!(" and the {n} documents you sent"),
        };
        case.run.replies.push_back(format!(
            "Thank you for your message: we have noted it{documents} and will keep you informed of the debtor's answers."
        ));
    }
    case.messages_received.push(ReceivedMessage {
        id: message.id.clone(),
        message: message.message,
        in_reply_to: message.in_reply_to,
        documents: message.documents.iter().filter_map(|d| d.id.clone()).collect(),
        sent_at: message.sent_at,
        deliveries: 1,
        answers_request,
    });
    drop(book);
    sandbox.ensure_ticker();
    HttpResponse::Created().json(json!({ "id": message.id, "result": "received" }))
}

/// `POST /{partner}/cases/{reference}/documents`: a document the creditor added after the
/// hand-over; downloaded at the next tick.
async fn receive_document(
    sandbox: web::Data<Sandbox>,
    req: HttpRequest,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> HttpResponse {
    let (partner, reference) = path.into_inner();
    if let Err(response) = authenticate(&sandbox, &req, &partner, &body) {
        return response;
    }
    let document = match serde_json::from_slice::<DocumentIn>(&body) {
        Ok(d) if d.id.as_deref().is_some_and(|id| !id.trim().is_empty()) => d,
        _ => return error(StatusCode::BAD_REQUEST, "not a document: {\"id\", \"name\", \"sha256\", ...} expected"),
    };
    let mut book = sandbox.book();
    let Some(case) = book.case_of(&partner, &reference) else {
        return error(StatusCode::NOT_FOUND, "no such case");
    };
    let new = case.learn(&document, "documents");
    drop(book);
    sandbox.ensure_ticker();
    let answer = json!({ "id": document.id, "result": if new { "received" } else { "known" } });
    if new { HttpResponse::Created().json(answer) } else { HttpResponse::Ok().json(answer) }
}

#[derive(Deserialize)]
struct DirectPaymentIn {
    id: String,
    amount: MoneyIn,
    received_on: String,
}

/// `POST /{partner}/cases/{reference}/payments`: the debtor paid the creditor directly; the
/// sandbox stops chasing that amount.
async fn receive_payment(
    sandbox: web::Data<Sandbox>,
    req: HttpRequest,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> HttpResponse {
    let (partner, reference) = path.into_inner();
    if let Err(response) = authenticate(&sandbox, &req, &partner, &body) {
        return response;
    }
    let Ok(payment) = serde_json::from_slice::<DirectPaymentIn>(&body) else {
        return error(StatusCode::BAD_REQUEST, "not a payment: {\"id\", \"amount\", \"received_on\"} expected");
    };
    let mut book = sandbox.book();
    let Some(case) = book.case_of(&partner, &reference) else {
        return error(StatusCode::NOT_FOUND, "no such case");
    };
    if let Some(seen) = case.direct_payments.iter_mut().find(|p| p.id == payment.id) {
        seen.deliveries += 1;
        return HttpResponse::Ok().json(json!({ "id": payment.id, "result": "duplicate" }));
    }
    let amount = match payment.amount.parse() {
        Some(amount) if amount.currency() == case.currency() => amount,
        _ => return error(StatusCode::UNPROCESSABLE_ENTITY, "amount: not an amount in the case's currency"),
    };
    case.direct_payments.push(ReceivedPayment {
        id: payment.id.clone(),
        amount,
        received_on: payment.received_on.clone(),
        deliveries: 1,
    });
    case.recount();
    case.updated_at = now_rfc3339();
    case.run.replies.push_back(format!(
        "Thank you: we noted that the debtor paid you {amount} directly on {}; we no longer chase that amount.",
        payment.received_on
    ));
    drop(book);
    sandbox.ensure_ticker();
    HttpResponse::Created().json(json!({ "id": payment.id, "result": "received" }))
}

/// `GET /{partner}/cases/{reference}`: the sandbox's view, for reconciliation.
async fn case_status(sandbox: web::Data<Sandbox>, req: HttpRequest, path: web::Path<(String, String)>) -> HttpResponse {
    let (partner, reference) = path.into_inner();
    if let Err(response) = authenticate(&sandbox, &req, &partner, b"") {
        return response;
    }
    let mut book = sandbox.book();
    match book.case_of(&partner, &reference) {
        Some(case) => HttpResponse::Ok().json(json!({
            "status": case.status,
            "collected": case.collected,
            "updated_at": case.updated_at,
        })),
        None => error(StatusCode::NOT_FOUND, "no such case"),
    }
}

fn admin_allowed(sandbox: &Sandbox, req: &HttpRequest) -> bool {
    let token =
        req.headers().get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()).and_then(|v| v.strip_prefix("Bearer "));
    token.is_some_and(|t| bool::from(t.as_bytes().ct_eq(sandbox.inner.admin_token.as_bytes())))
}

async fn admin_cases(sandbox: web::Data<Sandbox>, req: HttpRequest) -> HttpResponse {
    if !admin_allowed(&sandbox, &req) {
        return error(StatusCode::UNAUTHORIZED, "admin token required");
    }
    let book = sandbox.book();
    let mut cases: Vec<&SandboxCase> = book.cases.values().collect();
    cases.sort_by(|a, b| a.case_id.cmp(&b.case_id));
    HttpResponse::Ok().json(json!({
        "cases": cases,
        "requests": book.requests,
        "webhook_ids": book.webhook_ids,
        "events_pushed": book.events_pushed,
        "ticks": book.ticks,
    }))
}

async fn admin_behaviour(
    sandbox: web::Data<Sandbox>,
    req: HttpRequest,
    behaviour: web::Json<Behaviour>,
) -> HttpResponse {
    if !admin_allowed(&sandbox, &req) {
        return error(StatusCode::UNAUTHORIZED, "admin token required");
    }
    if let Some(life) = behaviour.life.as_deref().filter(|l| lives::by_name(l).is_none()) {
        let names: Vec<&str> = lives::ALL.iter().map(|l| l.name).collect();
        return error(StatusCode::UNPROCESSABLE_ENTITY, &format!("life: no life \"{life}\"; one of {names:?}"));
    }
    sandbox.book().behaviour = behaviour.into_inner();
    HttpResponse::Ok().json(json!({ "ok": true }))
}
