//! The sandbox partner: a real HTTP service that speaks the partner side of the protocol for
//! every sandbox partner of the registry. It checks tokens and signatures, accepts cases
//! idempotently by `case_id`, and drives each case through a plausible life, pushing signed
//! events to the platform. It runs inside the portal (under `/sandbox`) so that `cargo run`
//! shows the whole flow, or as its own process (`crossclaim sandbox`). Its `_admin` endpoints
//! (guarded by a token derived from the sandbox secret) tell it to misbehave and report what
//! it received, so tests can exercise every failure path.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, web};
use serde::{Deserialize, Serialize};
use serde_json::json;
use subtle::ConstantTimeEq;

use crate::registry::Registry;
use crate::secrets::{PartnerCredentials, sandbox_credentials};
use crate::webhooks::{self, HEADER_ID, HEADER_SIGNATURE, HEADER_TIMESTAMP, Received, Secret, sign};

#[derive(Debug, Clone, clap::Args)]
pub struct SandboxSettings {
    /// Serve the sandbox partner inside the portal, under /sandbox.
    #[arg(long, env = "EMBEDDED_SANDBOX", default_value_t = true, action = clap::ArgAction::Set, global = true)]
    pub embedded_sandbox: bool,
    /// Time between two steps of a sandbox case's life.
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
    /// Stop driving cases (no events are pushed).
    pub quiet: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct SandboxCase {
    pub case_id: String,
    pub partner_id: String,
    pub partner_reference: String,
    pub service: String,
    pub status: String,
    /// Hand-over requests received for this case_id, accepted or not.
    pub requests: u32,
    /// When the first hand-over arrived (unix micros): for latency measurements.
    pub received_at: i64,
    pub withdrawn: bool,
    /// What the partner collected so far, as `GET /cases/{reference}` reports it.
    pub collected: Option<serde_json::Value>,
    /// What the platform sent about the case after the hand-over (protocol v1.1), each
    /// `webhook-id` once, in arrival order.
    pub messages: Vec<Delivered>,
    pub documents: Vec<Delivered>,
    pub payments: Vec<Delivered>,
    #[serde(skip)]
    principal: (rust_decimal::Decimal, String),
}

/// One message, document or payment the platform delivered, and how often it was sent.
#[derive(Debug, Clone, Serialize)]
pub struct Delivered {
    pub webhook_id: String,
    pub body: serde_json::Value,
    /// Requests with this `webhook-id`: more than one when the platform sent it again.
    pub requests: u32,
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
}

#[derive(Clone)]
pub struct Sandbox {
    inner: Arc<Inner>,
}

struct Inner {
    partners: HashMap<String, PartnerCredentials>,
    admin_token: String,
    platform_url: String,
    step: Duration,
    seed: u64,
    http: reqwest::Client,
    book: Mutex<Book>,
}

impl Sandbox {
    pub fn new(
        registry: &Registry,
        master: &Secret,
        platform_url: &str,
        settings: &SandboxSettings,
    ) -> anyhow::Result<Self> {
        let partners = registry
            .all()
            .iter()
            .filter(|p| p.sandbox)
            .map(|p| (p.id.to_string(), sandbox_credentials(p.id.as_str(), master)))
            .collect();
        Ok(Self {
            inner: Arc::new(Inner {
                partners,
                admin_token: admin_token(master),
                platform_url: platform_url.trim_end_matches('/').to_string(),
                step: Duration::from_millis(settings.sandbox_step_ms),
                seed: settings.sandbox_seed,
                http: reqwest::Client::builder().timeout(Duration::from_secs(10)).build()?,
                book: Mutex::new(Book::default()),
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
        .route("/_admin/cases/{case_id}", web::post().to(admin_set_case))
        .route("/_admin/behaviour", web::post().to(admin_behaviour))
        .route("/{partner}/cases", web::post().to(receive_case))
        .route("/{partner}/cases/{reference}/withdraw", web::post().to(withdraw_case))
        .route("/{partner}/cases/{reference}/messages", web::post().to(receive_message))
        .route("/{partner}/cases/{reference}/documents", web::post().to(receive_document))
        .route("/{partner}/cases/{reference}/payments", web::post().to(receive_payment))
        .route("/{partner}/cases/{reference}", web::get().to(case_status));
}

fn error(status: actix_web::http::StatusCode, message: &str) -> HttpResponse {
    HttpResponse::build(status).json(json!({ "error": message }))
}

/// Checks the bearer token and the platform's signature for `partner`.
fn authenticate<'a>(
    sandbox: &'a Sandbox,
    req: &HttpRequest,
    partner: &str,
    body: &[u8],
) -> Result<&'a PartnerCredentials, HttpResponse> {
    let Some(credentials) = sandbox.inner.partners.get(partner) else {
        return Err(error(actix_web::http::StatusCode::NOT_FOUND, "no such sandbox partner"));
    };
    let header = |name: &str| req.headers().get(name).and_then(|v| v.to_str().ok());
    let token = header(header::AUTHORIZATION.as_str()).and_then(|v| v.strip_prefix("Bearer ")).unwrap_or("");
    if !bool::from(token.as_bytes().ct_eq(credentials.token.as_bytes())) {
        return Err(error(actix_web::http::StatusCode::UNAUTHORIZED, "wrong bearer token"));
    }
    let received =
        Received { id: header(HEADER_ID), timestamp: header(HEADER_TIMESTAMP), signature: header(HEADER_SIGNATURE) };
    webhooks::verify(std::slice::from_ref(&credentials.outbound), received, body, chrono::Utc::now().timestamp())
        .map_err(|e| error(actix_web::http::StatusCode::UNAUTHORIZED, &e.to_string()))?;
    Ok(credentials)
}

#[derive(Deserialize)]
struct CaseIn {
    case_id: String,
    service: String,
    principal: MoneyIn,
}

#[derive(Deserialize)]
struct MoneyIn {
    amount: String,
    currency: String,
}

async fn receive_case(
    sandbox: web::Data<Sandbox>,
    req: HttpRequest,
    partner: web::Path<String>,
    body: web::Bytes,
) -> HttpResponse {
    use actix_web::http::StatusCode;
    let credentials = match authenticate(&sandbox, &req, &partner, &body) {
        Ok(c) => c.clone(),
        Err(response) => return response,
    };
    let Ok(case) = serde_json::from_slice::<CaseIn>(&body) else {
        return error(StatusCode::BAD_REQUEST, "not a case document");
    };
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
    let (response, start) = {
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
            (HttpResponse::Ok().json(json!({ "partner_reference": existing.partner_reference })), None)
        } else if book.behaviour.decline > 0 {
            book.behaviour.decline -= 1;
            return error(
                StatusCode::UNPROCESSABLE_ENTITY,
                "sandbox: we do not take claims against this debtor (simulated decline)",
            );
        } else {
            let reference = format!("SBX-{}", 1000 + book.cases.len());
            let principal = (case.principal.amount.parse().unwrap_or_default(), case.principal.currency.clone());
            book.by_reference.insert(reference.clone(), case.case_id.clone());
            book.cases.insert(
                case.case_id.clone(),
                SandboxCase {
                    case_id: case.case_id.clone(),
                    partner_id: partner.to_string(),
                    partner_reference: reference.clone(),
                    service: case.service.clone(),
                    status: "received".into(),
                    requests: 1,
                    received_at: crate::db::now_micros(),
                    withdrawn: false,
                    collected: None,
                    messages: Vec::new(),
                    documents: Vec::new(),
                    payments: Vec::new(),
                    principal,
                },
            );
            let quiet = book.behaviour.quiet;
            (HttpResponse::Created().json(json!({ "partner_reference": reference })), (!quiet).then_some(reference))
        }
    };
    if let Some(reference) = start {
        let driver = sandbox.get_ref().clone();
        let (partner, case_id) = (partner.to_string(), case.case_id.clone());
        tokio::spawn(async move { driver.drive(partner, credentials, case_id, reference).await });
    }
    response
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
    let Some(case_id) = book.by_reference.get(&reference).cloned() else {
        return error(actix_web::http::StatusCode::NOT_FOUND, "no such case");
    };
    let case = book.cases.get_mut(&case_id).expect("indexed cases exist");
    case.withdrawn = true;
    case.status = "withdrawn".into();
    HttpResponse::Ok().json(json!({ "status": "withdrawn" }))
}

/// What the platform delivers about a case after the hand-over (protocol v1.1).
#[derive(Clone, Copy)]
enum Item {
    Message,
    Document,
    Payment,
}

/// `POST /{partner}/cases/{reference}/{messages,documents,payments}`: recorded once per
/// `webhook-id` (a repeat answers `200` and changes nothing but the count); `201` when new.
async fn receive_item(
    sandbox: &Sandbox,
    req: &HttpRequest,
    partner: &str,
    reference: &str,
    body: &[u8],
    item: Item,
) -> HttpResponse {
    use actix_web::http::StatusCode;
    if let Err(response) = authenticate(sandbox, req, partner, body) {
        return response;
    }
    let Ok(payload) = serde_json::from_slice::<serde_json::Value>(body) else {
        return error(StatusCode::BAD_REQUEST, "not a JSON object");
    };
    if !payload.is_object() {
        return error(StatusCode::BAD_REQUEST, "not a JSON object");
    }
    let webhook_id = req.headers().get(HEADER_ID).and_then(|v| v.to_str().ok()).unwrap_or_default().to_string();
    let mut book = sandbox.book();
    let Some(case_id) = book.by_reference.get(reference).cloned() else {
        return error(StatusCode::NOT_FOUND, "no such case");
    };
    let case = book.cases.get_mut(&case_id).expect("indexed cases exist");
    if case.partner_id != partner {
        return error(StatusCode::NOT_FOUND, "no such case");
    }
    let list = match item {
        Item::Message => &mut case.messages,
        Item::Document => &mut case.documents,
        Item::Payment => &mut case.payments,
    };
    if let Some(seen) = list.iter_mut().find(|r| r.webhook_id == webhook_id) {
        seen.requests += 1;
        return HttpResponse::Ok().json(json!({ "ok": true }));
    }
    list.push(Delivered { webhook_id, body: payload, requests: 1 });
    HttpResponse::Created().json(json!({ "ok": true }))
}

async fn receive_message(
    sandbox: web::Data<Sandbox>,
    req: HttpRequest,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> HttpResponse {
    let (partner, reference) = path.into_inner();
    receive_item(&sandbox, &req, &partner, &reference, &body, Item::Message).await
}

async fn receive_document(
    sandbox: web::Data<Sandbox>,
    req: HttpRequest,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> HttpResponse {
    let (partner, reference) = path.into_inner();
    receive_item(&sandbox, &req, &partner, &reference, &body, Item::Document).await
}

async fn receive_payment(
    sandbox: web::Data<Sandbox>,
    req: HttpRequest,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> HttpResponse {
    let (partner, reference) = path.into_inner();
    receive_item(&sandbox, &req, &partner, &reference, &body, Item::Payment).await
}

async fn case_status(sandbox: web::Data<Sandbox>, req: HttpRequest, path: web::Path<(String, String)>) -> HttpResponse {
    let (partner, reference) = path.into_inner();
    if let Err(response) = authenticate(&sandbox, &req, &partner, b"") {
        return response;
    }
    let book = sandbox.book();
    match book.by_reference.get(&reference).and_then(|id| book.cases.get(id)) {
        Some(case) => HttpResponse::Ok().json(json!({
            "status": case.status,
            "collected": case.collected,
            "updated_at": chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        })),
        None => error(actix_web::http::StatusCode::NOT_FOUND, "no such case"),
    }
}

fn admin_allowed(sandbox: &Sandbox, req: &HttpRequest) -> bool {
    let token =
        req.headers().get(header::AUTHORIZATION).and_then(|v| v.to_str().ok()).and_then(|v| v.strip_prefix("Bearer "));
    token.is_some_and(|t| bool::from(t.as_bytes().ct_eq(sandbox.inner.admin_token.as_bytes())))
}

async fn admin_cases(sandbox: web::Data<Sandbox>, req: HttpRequest) -> HttpResponse {
    if !admin_allowed(&sandbox, &req) {
        return error(actix_web::http::StatusCode::UNAUTHORIZED, "admin token required");
    }
    let book = sandbox.book();
    let mut cases: Vec<&SandboxCase> = book.cases.values().collect();
    cases.sort_by(|a, b| a.case_id.cmp(&b.case_id));
    HttpResponse::Ok().json(json!({
        "cases": cases,
        "requests": book.requests,
        "webhook_ids": book.webhook_ids,
        "events_pushed": book.events_pushed,
    }))
}

/// What `POST /_admin/cases/{case_id}` may change: the case moves on at the partner without
/// the platform hearing of it (its pushes were lost), for tests of reconciliation.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct CaseChange {
    status: Option<String>,
    collected: Option<serde_json::Value>,
}

async fn admin_set_case(
    sandbox: web::Data<Sandbox>,
    req: HttpRequest,
    case_id: web::Path<String>,
    change: web::Json<CaseChange>,
) -> HttpResponse {
    if !admin_allowed(&sandbox, &req) {
        return error(actix_web::http::StatusCode::UNAUTHORIZED, "admin token required");
    }
    let mut book = sandbox.book();
    let Some(case) = book.cases.get_mut(case_id.as_str()) else {
        return error(actix_web::http::StatusCode::NOT_FOUND, "no such case");
    };
    let change = change.into_inner();
    if let Some(status) = change.status {
        case.status = status;
    }
    if let Some(collected) = change.collected {
        case.collected = Some(collected);
    }
    HttpResponse::Ok().json(&*case)
}

async fn admin_behaviour(
    sandbox: web::Data<Sandbox>,
    req: HttpRequest,
    behaviour: web::Json<Behaviour>,
) -> HttpResponse {
    if !admin_allowed(&sandbox, &req) {
        return error(actix_web::http::StatusCode::UNAUTHORIZED, "admin token required");
    }
    sandbox.book().behaviour = behaviour.into_inner();
    HttpResponse::Ok().json(json!({ "ok": true }))
}

/// One step of a case's life: a status, what the partner says, and the share collected so far.
struct Step(&'static str, &'static str, u32);

const PLAN: &[Step] = &[
    Step("contacting_debtor", "Demand letter sent in the debtor's language; follow-up call booked", 0),
    Step("payment_plan", "Debtor agreed to pay in three instalments (confirmed in writing)", 0),
    Step("partially_paid", "First instalment received", 33),
    Step("partially_paid", "Second instalment received", 66),
    Step("paid", "Final instalment received; case closed", 100),
];
const QUICK: &[Step] = &[
    Step("contacting_debtor", "Demand letter sent; debtor called back the same day", 0),
    Step("partially_paid", "Half paid at once, the rest promised for next week", 50),
    Step("paid", "Balance received; case closed", 100),
];
const INSOLVENT: &[Step] = &[
    Step("contacting_debtor", "Demand letter sent; no answer to two calls", 0),
    Step("information_requested", "Please send the signed order confirmation for INV", 0),
    Step("contacting_debtor", "Thank you; second demand sent with the order confirmation", 0),
    Step("uncollectable", "Debtor filed for insolvency; claim lodged with the administrator", 0),
];
const LEGAL: &[Step] = &[
    Step("disputed", "Debtor contests the quality of the delivery; reviewing the documents", 0),
    Step("legal_proceedings", "Payment order applied for at the competent court", 0),
    Step("payment_plan", "Settlement in court: payment in two instalments", 0),
    Step("partially_paid", "First instalment received", 50),
    Step("paid", "Second instalment received; case closed", 100),
];

impl Sandbox {
    /// Walks a case through its life, one step per `step`, pushing each as a signed event.
    async fn drive(&self, partner: String, credentials: PartnerCredentials, case_id: String, reference: String) {
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        (self.inner.seed, &case_id).hash(&mut hasher);
        let pick = hasher.finish();
        let (service, principal) = {
            let book = self.book();
            let Some(case) = book.cases.get(&case_id) else { return };
            (case.service.clone(), case.principal.clone())
        };
        let life = if service == "legal" { LEGAL } else { [PLAN, QUICK, INSOLVENT][(pick % 3) as usize] };
        for (i, step) in life.iter().enumerate() {
            tokio::time::sleep(self.inner.step).await;
            {
                let book = self.book();
                if book.behaviour.quiet || book.cases.get(&case_id).is_none_or(|c| c.withdrawn) {
                    return;
                }
            }
            let collected = (step.2 > 0).then(|| {
                let amount = if step.2 == 100 {
                    principal.0
                } else {
                    (principal.0 * rust_decimal::Decimal::from(step.2) / rust_decimal::Decimal::ONE_HUNDRED).round_dp(0)
                };
                json!({ "amount": amount.to_string(), "currency": principal.1 })
            });
            let mut event = json!({
                "case_id": case_id,
                "partner_reference": reference,
                "status": step.0,
                "occurred_at": chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true),
                "message": step.1,
            });
            if let Some(collected) = collected {
                event["collected"] = collected;
            }
            let message_id = format!("sbx_{case_id}_{i}");
            if !self.push(&partner, &credentials, &message_id, &event).await {
                return;
            }
            let mut book = self.book();
            book.events_pushed += 1;
            if let Some(case) = book.cases.get_mut(&case_id) {
                case.status = step.0.to_string();
                if let Some(collected) = event.get("collected") {
                    case.collected = Some(collected.clone());
                }
            }
        }
    }

    /// Sends one event, retrying a few times while the platform is unreachable or failing.
    async fn push(
        &self,
        partner: &str,
        credentials: &PartnerCredentials,
        message_id: &str,
        event: &serde_json::Value,
    ) -> bool {
        let url = format!("{}/api/v1/partners/{partner}/events", self.inner.platform_url);
        let body = serde_json::to_vec(event).expect("events serialise");
        let Some(secret) = credentials.inbound.first() else { return false };
        for attempt in 0..6u32 {
            let timestamp = chrono::Utc::now().timestamp();
            let result = self
                .inner
                .http
                .post(&url)
                .header("content-type", "application/json")
                .header(HEADER_ID, message_id)
                .header(HEADER_TIMESTAMP, timestamp.to_string())
                .header(HEADER_SIGNATURE, sign(secret, message_id, timestamp, &body))
                .body(body.clone())
                .send()
                .await;
            match result {
                Ok(r) if r.status().is_success() => return true,
                Ok(r) if r.status().is_client_error() => {
                    tracing::info!(status = %r.status(), %message_id, "sandbox: the platform refused an event; this case stops here");
                    return false;
                }
                _ => tokio::time::sleep(Duration::from_millis(200 * 2u64.pow(attempt))).await,
            }
        }
        false
    }
}
