//! The OpenAPI documents against the real server: one example request per documented
//! operation (both documents' paths), each answer's status and body checked against what the
//! served document says; an operation no example calls fails the test. The reference page
//! renders both documents and is linked from every page's footer.

use std::collections::BTreeSet;

use chrono::Utc;
use crossclaim::web::api::openapi::{check, operations};
use crossclaim::webhooks::sign;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::case_support::{PATIENCE, WITH_SANDBOX, reference_of};
use crate::helpers::{TestApp, claim_body, id_of, spawn_app, spawn_app_with};
use crate::live_support::Partner;
use crate::processes::wait_for;
use crate::webhooks::Receiver;

/// The two documents as the server serves them, and which of their operations were called.
struct Documents {
    creditor: Value,
    partner: Value,
    called: BTreeSet<(String, String)>,
}

/// What a request sends besides its method and path.
#[derive(Default)]
struct Send {
    key: Option<String>,
    json: Option<Value>,
    raw: Option<(Vec<u8>, &'static str)>,
    headers: Vec<(&'static str, String)>,
    /// Signs the body (or an empty one) as this partner.
    signed_by: Option<(String, crossclaim::webhooks::Secret)>,
}

/// An answer as it came.
struct Answer {
    status: StatusCode,
    content_type: String,
    body: Vec<u8>,
}

impl Answer {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or(Value::Null)
    }
}

impl Documents {
    async fn fetch(app: &TestApp) -> Documents {
        let get = |path: &'static str| async move {
            let response = app.client.get(app.url(path)).send().await.expect("GET document");
            assert_eq!(response.status(), StatusCode::OK, "{path}");
            response.json::<Value>().await.expect("JSON document")
        };
        Documents {
            creditor: get("/api/v1/openapi.json").await,
            partner: get("/api/v1/partner-openapi.json").await,
            called: BTreeSet::new(),
        }
    }

    /// The document and operation documenting `method template`.
    fn operation(&self, method: &str, template: &str) -> (&Value, &Value) {
        for doc in [&self.creditor, &self.partner] {
            if let Some(op) = doc["paths"][template].get(method) {
                return (doc, op);
            }
        }
        panic!("{method} {template} is not documented")
    }

    /// Sends the request, and checks it and its answer against the document: the request body
    /// against the documented request schema, the status against the documented responses, the
    /// answer's body against that response's schema.
    async fn call(&mut self, app: &TestApp, method: &str, template: &str, path: &str, send: Send) -> Answer {
        let (doc, op) = self.operation(method, template);
        let (doc, op) = (doc.clone(), op.clone());
        let mut request =
            app.client.request(Method::from_bytes(method.to_uppercase().as_bytes()).unwrap(), app.url(path));
        if let Some(key) = &send.key {
            request = request.bearer_auth(key);
        }
        for (name, value) in &send.headers {
            request = request.header(*name, value);
        }
        let body: Vec<u8> = match (&send.json, &send.raw) {
            (Some(json), _) => {
                let schema = &op["requestBody"]["content"]["application/json"]["schema"];
                assert!(!schema.is_null(), "{method} {template}: no JSON request body documented");
                let problems = check(&doc, schema, json);
                assert!(problems.is_empty(), "{method} {template}: the example request disagrees: {problems:#?}");
                request = request.header("content-type", "application/json");
                serde_json::to_vec(json).unwrap()
            }
            (None, Some((bytes, media_type))) => {
                request = request.header("content-type", *media_type);
                bytes.clone()
            }
            _ => Vec::new(),
        };
        if let Some((_, secret)) = &send.signed_by {
            let (id, now) = (format!("msg_{}", ulid::Ulid::new()), Utc::now().timestamp());
            request = request
                .header("webhook-signature", sign(secret, &id, now, &body))
                .header("webhook-id", id)
                .header("webhook-timestamp", now.to_string());
        }
        if !body.is_empty() {
            request = request.body(body);
        }
        let response = request.send().await.unwrap_or_else(|e| panic!("{method} {path}: {e}"));
        let status = response.status();
        let content_type =
            response.headers().get("content-type").and_then(|v| v.to_str().ok()).unwrap_or_default().to_string();
        // a stream is open-ended: its headers are the answer
        let body = if content_type.starts_with("text/event-stream") {
            Vec::new()
        } else {
            response.bytes().await.expect("body").to_vec()
        };
        let answer = Answer { status, content_type, body };
        let documented = &op["responses"][status.as_str()];
        assert!(
            documented.is_object(),
            "{method} {path} answered {status}, which its operation does not document: {}",
            String::from_utf8_lossy(&answer.body)
        );
        let content = documented["content"].as_object();
        match content {
            None => {}
            Some(content) => {
                let media = answer.content_type.split(';').next().unwrap_or_default().trim().to_string();
                let schema = match content.get(&media) {
                    Some(m) => &m["schema"],
                    // a download is documented as bytes of any media type
                    None if content.contains_key("application/octet-stream") => &Value::Null,
                    None => panic!("{method} {path}: answered {media}, documented {:?}", content.keys()),
                };
                if media == "application/json" {
                    let value: Value = serde_json::from_slice(&answer.body)
                        .unwrap_or_else(|e| panic!("{method} {path}: not JSON ({e})"));
                    let problems = check(&doc, schema, &value);
                    assert!(
                        problems.is_empty(),
                        "{method} {path} {status}: the answer disagrees with the document: {problems:#?}\n{value}"
                    );
                }
            }
        }
        self.called.insert((method.to_string(), template.to_string()));
        answer
    }

    /// Every documented path operation was called.
    fn all_called(&self) {
        let mut missing = Vec::new();
        for doc in [&self.creditor, &self.partner] {
            for (method, path, _) in operations(doc) {
                if path.starts_with('/') && !self.called.contains(&(method.clone(), path.clone())) {
                    missing.push(format!("{method} {path}"));
                }
            }
        }
        assert!(missing.is_empty(), "documented operations without an example in this test: {missing:#?}");
    }
}

fn key(key: &str) -> Send {
    Send { key: Some(key.to_string()), ..Send::default() }
}

fn key_json(k: &str, json: Value) -> Send {
    Send { json: Some(json), ..key(k) }
}

fn signed(partner: &Partner) -> Send {
    Send { signed_by: Some((partner.id.clone(), partner.secret.clone())), ..Send::default() }
}

fn expect(answer: &Answer, status: StatusCode, what: &str) -> Value {
    assert_eq!(answer.status, status, "{what}: {}", String::from_utf8_lossy(&answer.body));
    answer.json()
}

/// The case document the hand-over sends, made by the code the dispatcher runs.
async fn case_document(app: &TestApp, id: &str) -> Value {
    use crossclaim::db::{claims, creditors, documents};
    let claim = id.to_string();
    app.state
        .db
        .run(move |conn| {
            let brief = claims::brief(conn, &claim)?.expect("the case");
            let detail = claims::get(conn, &brief.creditor_id, &claim)?.expect("the claim");
            let creditor = creditors::get(conn, &brief.creditor_id)?.expect("the creditor");
            let documents = documents::of_claim(conn, &claim)?;
            Ok(crossclaim::delivery::document::case_document(&detail, &creditor, &documents).expect("case document"))
        })
        .await
        .unwrap()
}

/// `body` is what the partner document says the platform sends as `webhook`.
fn webhook_body_fits(doc: &Value, webhook: &str, body: &Value) {
    let op = doc["webhooks"][webhook].as_object().and_then(|item| item.values().next()).expect("the webhook");
    let schema = &op["requestBody"]["content"]["application/json"]["schema"];
    assert!(schema.is_object(), "{webhook}: a documented body");
    let problems = check(doc, schema, body);
    assert!(
        problems.is_empty(),
        "{webhook}: what the platform sends disagrees with the document: {problems:#?}\n{body}"
    );
}

/// A claim whose only invoice fell due yesterday on the application's clock, reminded first.
fn reminding_body(app: &TestApp) -> Value {
    let mut body = claim_body("DE", "1200.00", "EUR");
    let today = app.state.today();
    body["invoices"][0]["issue_date"] = json!((today - chrono::Duration::days(15)).to_string());
    body["invoices"][0]["due_date"] = json!((today - chrono::Duration::days(1)).to_string());
    body["history"] = json!({"reminders_sent": [], "debtor_response": "ignores"});
    body["start"] = json!("reminders");
    body
}

#[tokio::test]
async fn every_documented_operation_answers_as_its_document_says() {
    let mut args = WITH_SANDBOX.to_vec();
    args.extend(["--test-clock", "true", "--allow-http-webhooks", "true"]);
    let app = spawn_app_with(&args).await;
    // the first hand-over is declined, so that a proposal exists to choose and accept
    app.sandbox_admin("behaviour", &json!({"decline": 1})).await;
    let mut docs = Documents::fetch(&app).await;

    // the documents themselves, and what needs no account
    docs.call(&app, "get", "/api/v1/openapi.json", "/api/v1/openapi.json", Send::default()).await;
    docs.call(&app, "get", "/api/v1/partner-openapi.json", "/api/v1/partner-openapi.json", Send::default()).await;
    let directory = docs.call(&app, "get", "/api/v1/partners", "/api/v1/partners", Send::default()).await;
    expect(&directory, StatusCode::OK, "directory");
    let quote = json!({"debtor": {"country": "DE"}, "disputed": false,
        "invoices": [{"number": "INV-1", "issue_date": "2026-08-01", "due_date": "2026-08-31",
                      "amount": {"amount": "1200.00", "currency": "EUR"}}]});
    let answer = docs
        .call(&app, "post", "/api/v1/quotes", "/api/v1/quotes", Send { json: Some(quote), ..Send::default() })
        .await;
    expect(&answer, StatusCode::OK, "quote");
    let nowhere = json!({"debtor": {"country": "US"}, "invoices": []});
    let answer = docs
        .call(&app, "post", "/api/v1/quotes", "/api/v1/quotes", Send { json: Some(nowhere), ..Send::default() })
        .await;
    assert_eq!(answer.status, StatusCode::UNPROCESSABLE_ENTITY, "an error is checked against ErrorBody too");
    let answer = docs.call(&app, "get", "/api/v1/clock", "/api/v1/clock", Send::default()).await;
    expect(&answer, StatusCode::OK, "clock");

    let k = app.api_creditor("ap@nordictools.example").await;
    let answer = docs.call(&app, "get", "/api/v1/claims", "/api/v1/claims", Send::default()).await;
    assert_eq!(answer.status, StatusCode::UNAUTHORIZED);

    // a claim the first partner declines: its proposal is chosen and accepted
    let declined = docs
        .call(&app, "post", "/api/v1/claims", "/api/v1/claims", key_json(&k, claim_body("DE", "12500.00", "EUR")))
        .await;
    let declined = id_of(&expect(&declined, StatusCode::CREATED, "file"));
    let proposal = wait_for("a proposal", PATIENCE, || async {
        let claim = app.claim(&k, &declined).await;
        claim["proposal"]["partner"]["id"].as_str().map(str::to_string)
    })
    .await;
    let choose = json!({"partner_id": proposal});
    let path = format!("/api/v1/claims/{declined}/proposal");
    let answer = docs.call(&app, "post", "/api/v1/claims/{id}/proposal", &path, key_json(&k, choose.clone())).await;
    expect(&answer, StatusCode::OK, "choose");
    let path = format!("/api/v1/claims/{declined}/proposal/accept");
    let answer = docs.call(&app, "post", "/api/v1/claims/{id}/proposal/accept", &path, key_json(&k, choose)).await;
    expect(&answer, StatusCode::OK, "accept");

    // a claim the partner takes: the case after the hand-over
    let filed = docs
        .call(&app, "post", "/api/v1/claims", "/api/v1/claims", key_json(&k, claim_body("DE", "1200.00", "EUR")))
        .await;
    let filed = expect(&filed, StatusCode::CREATED, "file");
    let id = id_of(&filed);
    let partner = app.partner(filed["partner"]["id"].as_str().unwrap());
    let claim = app.wait_status(&k, &id, "received").await;
    let reference = reference_of(&claim);
    let answer = docs.call(&app, "get", "/api/v1/claims", "/api/v1/claims?limit=5", key(&k)).await;
    expect(&answer, StatusCode::OK, "list");
    let answer = docs.call(&app, "get", "/api/v1/claims/{id}", &format!("/api/v1/claims/{id}"), key(&k)).await;
    expect(&answer, StatusCode::OK, "show");
    let answer = docs.call(&app, "get", "/api/v1/claims/{id}", "/api/v1/claims/c_nosuchclaim", key(&k)).await;
    assert_eq!(answer.status, StatusCode::NOT_FOUND);

    let upload = Send {
        raw: Some((b"Order confirmation, signed".to_vec(), "text/plain")),
        headers: vec![("x-document-name", "order.txt".into())],
        ..key(&k)
    };
    let path = format!("/api/v1/claims/{id}/documents");
    let document = docs.call(&app, "post", "/api/v1/claims/{id}/documents", &path, upload).await;
    let document = expect(&document, StatusCode::CREATED, "upload")["id"].as_str().unwrap().to_string();
    let path = format!("/api/v1/claims/{id}/documents/{document}");
    let answer = docs.call(&app, "get", "/api/v1/claims/{id}/documents/{document_id}", &path, key(&k)).await;
    assert_eq!(expect(&answer, StatusCode::OK, "download"), Value::Null);
    assert_eq!(answer.body, b"Order confirmation, signed");

    let message = json!({"message": "The signed order confirmation is attached.", "document_ids": [document]});
    let path = format!("/api/v1/claims/{id}/messages");
    let answer = docs.call(&app, "post", "/api/v1/claims/{id}/messages", &path, key_json(&k, message)).await;
    expect(&answer, StatusCode::CREATED, "message");
    let payment =
        json!({"amount": {"amount": "100.00", "currency": "EUR"}, "received_on": app.state.today().to_string()});
    let path = format!("/api/v1/claims/{id}/direct-payments");
    let answer = docs.call(&app, "post", "/api/v1/claims/{id}/direct-payments", &path, key_json(&k, payment)).await;
    expect(&answer, StatusCode::CREATED, "direct payment");
    let path = format!("/api/v1/claims/{id}/statement");
    let answer = docs.call(&app, "get", "/api/v1/claims/{id}/statement", &path, key(&k)).await;
    expect(&answer, StatusCode::OK, "statement");
    let csv = Send { headers: vec![("accept", "text/csv".into())], ..key(&k) };
    let answer = docs.call(&app, "get", "/api/v1/claims/{id}/statement", &path, csv).await;
    assert!(answer.content_type.starts_with("text/csv"), "{}", answer.content_type);

    // the partner's side
    let event = json!({"case_id": id, "partner_reference": reference, "status": "contacting_debtor",
        "occurred_at": Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        "collected": {"amount": "300.00", "currency": "EUR"}, "message": "Debtor promised payment"});
    let path = format!("/api/v1/partners/{}/events", partner.id);
    let events = Send { json: Some(event), ..signed(&partner) };
    let answer = docs.call(&app, "post", "/api/v1/partners/{partner_id}/events", &path, events).await;
    expect(&answer, StatusCode::OK, "event");
    let unsigned = Send { json: Some(json!({"case_id": id})), ..Send::default() };
    let answer = docs.call(&app, "post", "/api/v1/partners/{partner_id}/events", &path, unsigned).await;
    assert_eq!(answer.status, StatusCode::UNAUTHORIZED);
    let upload = Send {
        raw: Some((b"Payment plan agreed".to_vec(), "text/plain")),
        headers: vec![("x-document-name", "plan.txt".into())],
        ..signed(&partner)
    };
    let template = "/api/v1/partners/{partner_id}/cases/{case_id}/documents";
    let path = format!("/api/v1/partners/{}/cases/{id}/documents", partner.id);
    let stored = docs.call(&app, "post", template, &path, upload).await;
    let stored = expect(&stored, StatusCode::CREATED, "partner upload")["id"].as_str().unwrap().to_string();
    let template = "/api/v1/partners/{partner_id}/cases/{case_id}/documents/{document_id}";
    let path = format!("/api/v1/partners/{}/cases/{id}/documents/{stored}", partner.id);
    let answer = docs.call(&app, "get", template, &path, signed(&partner)).await;
    assert_eq!(answer.body, b"Payment plan agreed");

    // what the platform sends this partner, against the partner document's webhooks
    let case = case_document(&app, &id).await;
    webhook_body_fits(&docs.partner, "hand_over", &case);
    let sent = app.deliveries_of(&id).await;
    for (kind, webhook) in [("message", "message"), ("document", "document"), ("direct_payment", "direct_payment")] {
        let delivery = sent.iter().find(|d| d.kind == kind).unwrap_or_else(|| panic!("a {kind} delivery"));
        let payload: Value = serde_json::from_str(delivery.payload.as_deref().expect("a payload")).unwrap();
        webhook_body_fits(&docs.partner, webhook, &payload);
    }

    // the live streams: their headers
    let answer = docs.call(&app, "get", "/api/v1/claims/stream", "/api/v1/claims/stream", key(&k)).await;
    assert!(answer.content_type.starts_with("text/event-stream"), "{}", answer.content_type);
    let path = format!("/api/v1/claims/{id}/stream");
    let answer = docs.call(&app, "get", "/api/v1/claims/{id}/stream", &path, key(&k)).await;
    assert!(answer.content_type.starts_with("text/event-stream"), "{}", answer.content_type);

    let path = format!("/api/v1/claims/{id}/withdraw");
    let answer = docs.call(&app, "post", "/api/v1/claims/{id}/withdraw", &path, key(&k)).await;
    expect(&answer, StatusCode::OK, "withdraw");
    let answer = docs.call(&app, "post", "/api/v1/claims/{id}/withdraw", &path, key(&k)).await;
    assert_eq!(answer.status, StatusCode::CONFLICT, "withdrawn already");

    // reminders before the hand-over, and the flows
    let answer = docs.call(&app, "get", "/api/v1/flows", "/api/v1/flows", key(&k)).await;
    expect(&answer, StatusCode::OK, "flows");
    let flow = json!({"name": "New customers", "steps": [
        {"kind": "reminder", "offset_days": 1}, {"kind": "call", "offset_days": 10}, {"kind": "hand_over", "offset_days": 20}]});
    let answer = docs.call(&app, "post", "/api/v1/flows", "/api/v1/flows", key_json(&k, flow)).await;
    expect(&answer, StatusCode::CREATED, "new flow");
    let mut reminded = Vec::new();
    for _ in 0..3 {
        let answer =
            docs.call(&app, "post", "/api/v1/claims", "/api/v1/claims", key_json(&k, reminding_body(&app))).await;
        let claim = expect(&answer, StatusCode::CREATED, "file with reminders");
        assert_eq!(claim["status"], "reminding", "{claim}");
        reminded.push(id_of(&claim));
    }
    let first = &reminded[0];
    for (action, status) in [("pause", StatusCode::OK), ("resume", StatusCode::OK)] {
        let path = format!("/api/v1/claims/{first}/{action}");
        let answer = docs.call(&app, "post", &format!("/api/v1/claims/{{id}}/{action}"), &path, key(&k)).await;
        expect(&answer, status, action);
    }
    let call = json!({"reached": true, "reason": "forgot", "promised_on": app.state.today().to_string(),
        "promised_amount": {"amount": "1200.00", "currency": "EUR"}, "notes": "Will pay this week"});
    let path = format!("/api/v1/claims/{first}/calls");
    let answer = docs.call(&app, "post", "/api/v1/claims/{id}/calls", &path, key_json(&k, call)).await;
    expect(&answer, StatusCode::CREATED, "call");
    use crossclaim::cases::reminders::{DebtorAnswer, debtor_answer};
    let plan = DebtorAnswer::Plan {
        instalments: 3,
        first_on: app.state.today() + chrono::Duration::days(5),
        note: "Bitte in Raten".into(),
    };
    debtor_answer(&app.state, first, plan).await.expect("the debtor's answer");
    let claim = app.claim(&k, first).await;
    let answer_id = claim["reminder_flow"]["answers"][0]["id"].as_str().expect("an answer").to_string();
    let path = format!("/api/v1/claims/{first}/answers/{answer_id}/decision");
    let template = "/api/v1/claims/{id}/answers/{answer_id}/decision";
    let answer = docs.call(&app, "post", template, &path, key_json(&k, json!({"accept": true}))).await;
    expect(&answer, StatusCode::OK, "decision");
    let path = format!("/api/v1/claims/{first}/stop");
    let answer = docs.call(&app, "post", "/api/v1/claims/{id}/stop", &path, key(&k)).await;
    expect(&answer, StatusCode::OK, "stop");
    let paid =
        json!({"amount": {"amount": "1200.00", "currency": "EUR"}, "received_on": app.state.today().to_string()});
    let path = format!("/api/v1/claims/{}/mark-paid", reminded[1]);
    let answer = docs.call(&app, "post", "/api/v1/claims/{id}/mark-paid", &path, key_json(&k, paid)).await;
    expect(&answer, StatusCode::OK, "mark paid");
    let path = format!("/api/v1/claims/{}/hand-over", reminded[2]);
    let answer = docs.call(&app, "post", "/api/v1/claims/{id}/hand-over", &path, key(&k)).await;
    expect(&answer, StatusCode::OK, "hand over");

    // bulk intake: the portal's own template, filed in the background
    let csv = crossclaim::imports::csv::template().replace("INV-1001", "INV-BULK-1").into_bytes();
    let upload = Send { raw: Some((csv, "text/csv")), ..key(&k) };
    let answer = docs.call(&app, "post", "/api/v1/imports", "/api/v1/imports?file_name=template.csv", upload).await;
    let import = expect(&answer, StatusCode::ACCEPTED, "import")["id"].as_str().unwrap().to_string();
    let wrong = Send { raw: Some((b"hello".to_vec(), "text/plain")), ..key(&k) };
    let answer = docs.call(&app, "post", "/api/v1/imports", "/api/v1/imports", wrong).await;
    assert_eq!(answer.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    let path = format!("/api/v1/imports/{import}");
    let mut done = Value::Null;
    for _ in 0..200 {
        let read =
            expect(&docs.call(&app, "get", "/api/v1/imports/{id}", &path, key(&k)).await, StatusCode::OK, "import");
        if read["status"] == "done" {
            done = read;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(done["filed"], 1, "the template's example row is filed: {done}");
    assert!(done["rows"][0]["claim_id"].is_string(), "{done}");

    // webhooks to the creditor's own systems, received by a local endpoint
    let receiver = Receiver::start();
    let refused = json!({"url": "http://10.1.2.3/hooks", "events": ["claim.payment"]});
    let answer = docs.call(&app, "post", "/api/v1/webhooks", "/api/v1/webhooks", key_json(&k, refused)).await;
    expect(&answer, StatusCode::UNPROCESSABLE_ENTITY, "a private address");
    let endpoint = json!({"url": receiver.url, "events": ["claim.payout"]});
    let answer = docs.call(&app, "post", "/api/v1/webhooks", "/api/v1/webhooks", key_json(&k, endpoint)).await;
    let endpoint = expect(&answer, StatusCode::CREATED, "register");
    assert!(endpoint["secret"].as_str().unwrap().starts_with("whsec_"));
    let hook = endpoint["id"].as_str().unwrap().to_string();
    let answer = docs.call(&app, "get", "/api/v1/webhooks", "/api/v1/webhooks", key(&k)).await;
    assert_eq!(expect(&answer, StatusCode::OK, "list")["items"][0]["id"], hook.as_str());
    let path = format!("/api/v1/webhooks/{hook}");
    let answer = docs.call(&app, "get", "/api/v1/webhooks/{id}", &path, key(&k)).await;
    assert!(expect(&answer, StatusCode::OK, "read").get("secret").is_none(), "the secret is shown once");
    let path = format!("/api/v1/webhooks/{hook}/test");
    let answer = docs.call(&app, "post", "/api/v1/webhooks/{id}/test", &path, key(&k)).await;
    let message = expect(&answer, StatusCode::ACCEPTED, "test event")["id"].as_str().unwrap().to_string();
    receiver.wait_for(1).await;
    let path = format!("/api/v1/webhooks/{hook}/deliveries");
    let template = "/api/v1/webhooks/{id}/deliveries";
    let mut delivered = false;
    for _ in 0..100 {
        let log = expect(&docs.call(&app, "get", template, &path, key(&k)).await, StatusCode::OK, "log");
        if log["items"][0]["status"] == "delivered" {
            assert_eq!(log["items"][0]["attempts"][0]["answer_code"], 200);
            delivered = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert!(delivered, "the test event was not logged as delivered");
    let path = format!("/api/v1/webhooks/{hook}/deliveries/{message}/replay");
    let template = "/api/v1/webhooks/{id}/deliveries/{delivery_id}/replay";
    let answer = docs.call(&app, "post", template, &path, key(&k)).await;
    assert_eq!(expect(&answer, StatusCode::ACCEPTED, "replay")["id"], message.as_str());
    let path = format!("/api/v1/webhooks/{hook}/rotate");
    let answer = docs.call(&app, "post", "/api/v1/webhooks/{id}/rotate", &path, key(&k)).await;
    let rotated = expect(&answer, StatusCode::OK, "rotate");
    assert_ne!(rotated["secret"], endpoint["secret"]);
    assert!(rotated["previous_secret_valid_until"].is_string());
    let path = format!("/api/v1/webhooks/{hook}");
    let answer = docs.call(&app, "delete", "/api/v1/webhooks/{id}", &path, key(&k)).await;
    assert_eq!(answer.status, StatusCode::NO_CONTENT);

    docs.all_called();
}

#[tokio::test]
async fn the_reference_page_shows_both_documents_and_every_footer_links_it() {
    let app = spawn_app().await;
    for path in ["/", "/quote", "/partners", "/terms"] {
        let page = app.get_page(path).await;
        assert!(page.body.contains("href=\"/api/docs\""), "{path} links the API reference");
    }
    let page = app.get_page("/api/docs").await;
    assert_eq!(page.status, StatusCode::OK);
    for id in ["creditor-api", "partner-protocol"] {
        assert!(page.body.contains(&format!("id=\"{id}\"")), "{id}");
    }
    for expected in [
        "<span class=\"api-method\">POST</span> <code class=\"api-path\">/api/v1/claims</code>",
        "File a claim",
        "<code class=\"api-path\">/api/v1/claims/{id}/stream</code>",
        "<code class=\"api-path\">/api/v1/partners/{partner_id}/events</code>",
        "<code class=\"api-path\">{partner.api_base}/cases</code>",
        "Hand over a case",
        "id=\"creditor-api-schema-ClaimJson\"",
        "href=\"#creditor-api-schema-ClaimJson\"",
        "id=\"partner-protocol-schema-CaseDocument\"",
        "<code>webhook-signature</code>",
        "api-example",
        "EUR",
    ] {
        assert!(page.body.contains(expected), "the reference shows {expected:?}");
    }
    let german = app.client.get(app.url("/api/docs")).header("accept-language", "de").send().await.unwrap();
    let body = german.text().await.unwrap();
    assert!(body.contains("API-Referenz"), "the page's own words are translated");
}
