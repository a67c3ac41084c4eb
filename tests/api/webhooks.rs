//! Webhooks to the creditor's own systems: a real HTTP receiver in the test records what the
//! portal sends and answers with the status codes the test programs; signatures are checked
//! with the Standard Webhooks module against the secret from the 201; retries wait on the
//! application's clock, which the test moves.

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use actix_web::{App, HttpRequest, HttpResponse, HttpServer, web};
use crossclaim::webhooks::{Received as Headers, Secret, VerifyError, verify};
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::case_support::{payment, reference_of};
use crate::helpers::{TestApp, spawn_another_instance_with, spawn_app_with};

/// One request the receiver got.
#[derive(Debug, Clone)]
pub(crate) struct Request {
    id: String,
    timestamp: String,
    signature: String,
    body: Vec<u8>,
}

impl Request {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).expect("a JSON body")
    }

    fn verify(&self, secrets: &[Secret]) -> Result<(), VerifyError> {
        let headers =
            Headers { id: Some(&self.id), timestamp: Some(&self.timestamp), signature: Some(&self.signature) };
        // the portal's clock may be days ahead of ours (the test clock): check the signature
        // at the time the message says it was sent
        verify(secrets, headers, &self.body, self.timestamp.parse().unwrap())
    }
}

#[derive(Default)]
struct Shared {
    received: Mutex<Vec<Request>>,
    /// The next answers, in order; after them, `default`.
    answers: Mutex<VecDeque<u16>>,
    default: Mutex<u16>,
}

/// A local HTTP server standing in for the creditor's system.
pub(crate) struct Receiver {
    pub(crate) url: String,
    shared: Arc<Shared>,
}

async fn receive(req: HttpRequest, body: web::Bytes, shared: web::Data<Arc<Shared>>) -> HttpResponse {
    let header = |name: &str| req.headers().get(name).and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
    shared.received.lock().unwrap().push(Request {
        id: header("webhook-id"),
        timestamp: header("webhook-timestamp"),
        signature: header("webhook-signature"),
        body: body.to_vec(),
    });
    let code = shared.answers.lock().unwrap().pop_front().unwrap_or(*shared.default.lock().unwrap());
    HttpResponse::build(actix_web::http::StatusCode::from_u16(code).unwrap()).body("ok")
}

impl Receiver {
    pub(crate) fn start() -> Self {
        let shared = Arc::new(Shared { default: Mutex::new(200), ..Default::default() });
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let data = web::Data::new(shared.clone());
        let server = HttpServer::new(move || App::new().app_data(data.clone()).default_service(web::to(receive)))
            .workers(1)
            .listen(listener)
            .unwrap()
            .run();
        tokio::spawn(server);
        Self { url: format!("http://127.0.0.1:{port}/hooks"), shared }
    }

    fn answer(&self, codes: &[u16]) {
        self.shared.answers.lock().unwrap().extend(codes);
    }

    fn answer_always(&self, code: u16) {
        *self.shared.default.lock().unwrap() = code;
    }

    fn received(&self) -> Vec<Request> {
        self.shared.received.lock().unwrap().clone()
    }

    /// Waits until `n` requests have come; returns them all.
    pub(crate) async fn wait_for(&self, n: usize) -> Vec<Request> {
        for _ in 0..400 {
            let received = self.received();
            if received.len() >= n {
                return received;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("the receiver got {} requests, not {n}: {:?}", self.received().len(), self.received());
    }

    /// Waits for a request whose body satisfies `wanted`.
    async fn wait_until(&self, wanted: impl Fn(&Value) -> bool) -> Request {
        for _ in 0..400 {
            if let Some(found) = self.received().into_iter().find(|r| wanted(&r.json())) {
                return found;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("no such request: {:?}", self.received().iter().map(Request::json).collect::<Vec<_>>());
    }
}

/// The portal with its dispatcher on, the test clock, http to localhost allowed, and
/// sandbox cases that stay where they are unless the test moves them.
async fn portal() -> TestApp {
    spawn_app_with(&[
        "--dispatcher",
        "true",
        "--test-clock",
        "true",
        "--allow-http-webhooks",
        "true",
        "--delivery-poll-ms",
        "100",
        "--sandbox-step-ms",
        "3600000",
    ])
    .await
}

async fn post(app: &TestApp, key: &str, path: &str, body: &Value) -> (StatusCode, Value) {
    app.post_json(key, path, body).await
}

async fn delete(app: &TestApp, key: &str, path: &str) -> StatusCode {
    app.client.delete(app.url(path)).bearer_auth(key).send().await.unwrap().status()
}

/// Registers an endpoint over the API; returns (id, secret).
async fn register(app: &TestApp, key: &str, url: &str, events: &[&str]) -> (String, Secret) {
    let (status, answer) = post(app, key, "/api/v1/webhooks", &json!({"url": url, "events": events})).await;
    assert_eq!(status, StatusCode::CREATED, "{answer}");
    assert_eq!(answer["url"], url);
    assert!(answer["id"].as_str().unwrap().starts_with("we_"));
    let secret = answer["secret"].as_str().unwrap();
    assert!(secret.starts_with("whsec_"), "{answer}");
    (answer["id"].as_str().unwrap().to_string(), Secret::parse(secret).unwrap())
}

async fn log(app: &TestApp, key: &str, endpoint: &str) -> Vec<Value> {
    let (status, answer) = app.get_json(key, &format!("/api/v1/webhooks/{endpoint}/deliveries")).await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    answer["items"].as_array().unwrap().clone()
}

/// The log entry of one message, waiting (a few seconds) until it stands at `status`.
async fn logged(app: &TestApp, key: &str, endpoint: &str, message: &str, status: &str) -> Value {
    for _ in 0..200 {
        let entry = log(app, key, endpoint).await.into_iter().find(|m| m["id"] == message);
        if let Some(entry) = entry.filter(|e| e["status"] == status) {
            return entry;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("{message} is not {status}: {:?}", log(app, key, endpoint).await);
}

/// Moves the clock a day at a time until the receiver has had `n` requests. The dispatcher
/// sets a retry's time after the attempt it just made (the receiver may have answered before
/// then), so a day moved in between only makes the retry due a day later: another day then.
async fn advance_until(app: &TestApp, receiver: &Receiver, n: usize) {
    for _ in 0..4 {
        app.advance_days(1).await;
        for _ in 0..60 {
            if receiver.received().len() >= n {
                return;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }
    receiver.wait_for(n).await;
}

fn codes(entry: &Value) -> Vec<Value> {
    entry["attempts"].as_array().unwrap().iter().map(|a| a["answer_code"].clone()).collect()
}

#[tokio::test]
async fn case_events_reach_the_endpoint_signed_with_its_secret() {
    let app = portal().await;
    let receiver = Receiver::start();
    let key = app.api_creditor("ap@nordictools.example").await;
    let events = ["claim.status_changed", "claim.payment", "claim.closed"];
    let (endpoint, secret) = register(&app, &key, &receiver.url, &events).await;
    let (status, listed) = app.get_json(&key, "/api/v1/webhooks").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(listed["items"][0]["id"], endpoint.as_str());
    assert_eq!(listed["items"][0]["events"], json!(events));
    assert_eq!(listed["items"][0]["secret"], Value::Null, "the secret is shown once only");

    let claim = app.file_claim(&key, &crate::helpers::claim_body("DE", "1200.00", "EUR")).await;
    let id = crate::helpers::id_of(&claim);
    // the sandbox partner takes the case over: its status becomes `received`
    let received = receiver.wait_until(|b| b["data"]["status"] == "received").await;
    assert_eq!(received.verify(std::slice::from_ref(&secret)), Ok(()));
    assert_eq!(received.verify(&[Secret::generate()]), Err(VerifyError::BadSignature));
    let body = received.json();
    assert_eq!(body["type"], "claim.status_changed");
    assert_eq!(body["data"]["claim_id"], id.as_str());
    assert!(body["created_at"].as_str().unwrap().ends_with('Z'), "{body}");
    assert!(received.id.starts_with("msg_"));

    // a payment the partner collected
    let claim = app.wait_status(&key, &id, "received").await;
    let partner = app.partner(claim["partner"]["id"].as_str().unwrap());
    app.event_ok(&partner, "pay-1", &payment(&id, &reference_of(&claim), "p-1", 30000)).await;
    let paid = receiver.wait_until(|b| b["type"] == "claim.payment").await;
    assert_eq!(paid.verify(std::slice::from_ref(&secret)), Ok(()));
    let data = &paid.json()["data"];
    assert_eq!(data["claim_id"], id.as_str());
    assert_eq!(data["amount"], json!({"amount": "300.00", "currency": "EUR"}), "{data}");

    // the log lists each message with its attempt
    let entries = log(&app, &key, &endpoint).await;
    assert!(entries.iter().any(|e| e["event"] == "claim.payment"), "{entries:?}");
    let delivered = logged(&app, &key, &endpoint, &paid.id, "delivered").await;
    assert_eq!(codes(&delivered), [json!(200)]);
    assert!(delivered["attempts"][0]["duration_ms"].as_i64().unwrap() >= 0);
    assert!(delivered["attempts"][0]["at"].as_str().is_some());

    // a deleted endpoint hears nothing more
    assert_eq!(delete(&app, &key, &format!("/api/v1/webhooks/{endpoint}")).await, StatusCode::NO_CONTENT);
    let before = receiver.received().len();
    app.event_ok(&partner, "pay-2", &payment(&id, &reference_of(&claim), "p-2", 10000)).await;
    tokio::time::sleep(Duration::from_millis(600)).await;
    assert_eq!(receiver.received().len(), before);
    let (status, _) = app.get_json(&key, &format!("/api/v1/webhooks/{endpoint}/deliveries")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn failed_attempts_are_retried_on_the_clock_then_marked_failed_and_can_be_replayed() {
    let app = portal().await;
    let receiver = Receiver::start();
    let key = app.api_creditor("ap@nordictools.example").await;
    let (endpoint, secret) = register(&app, &key, &receiver.url, &["claim.closed"]).await;

    // two 500s, then the message gets through: the same webhook-id every time
    receiver.answer(&[500, 500]);
    let (status, sent) = post(&app, &key, &format!("/api/v1/webhooks/{endpoint}/test"), &json!({})).await;
    assert_eq!(status, StatusCode::ACCEPTED, "{sent}");
    let message = sent["id"].as_str().unwrap().to_string();
    receiver.wait_for(1).await;
    let pending = logged(&app, &key, &endpoint, &message, "pending").await;
    assert_eq!(codes(&pending), [json!(500)]);
    advance_until(&app, &receiver, 2).await;
    advance_until(&app, &receiver, 3).await;
    let all = receiver.wait_for(3).await;
    assert!(all.iter().all(|r| r.id == message), "{all:?}");
    assert!(all.iter().all(|r| r.body == all[0].body));
    assert!(all.iter().all(|r| r.verify(std::slice::from_ref(&secret)).is_ok()));
    assert_eq!(all[0].json()["type"], "webhook.test");
    let delivered = logged(&app, &key, &endpoint, &message, "delivered").await;
    assert_eq!(codes(&delivered), [json!(500), json!(500), json!(200)]);

    // replayed from the log: the same message again
    let path = format!("/api/v1/webhooks/{endpoint}/deliveries/{message}/replay");
    let (status, answer) = post(&app, &key, &path, &json!({})).await;
    assert_eq!(status, StatusCode::ACCEPTED, "{answer}");
    let all = receiver.wait_for(4).await;
    assert_eq!((all[3].id.as_str(), &all[3].body), (message.as_str(), &all[0].body));
    let replayed = logged(&app, &key, &endpoint, &message, "delivered").await;
    assert_eq!(codes(&replayed).len(), 4);

    // an endpoint that keeps failing: 8 attempts over more than a day, then failed
    receiver.answer_always(503);
    let (_, sent) = post(&app, &key, &format!("/api/v1/webhooks/{endpoint}/test"), &json!({})).await;
    let failing = sent["id"].as_str().unwrap().to_string();
    receiver.wait_for(5).await;
    for n in 6..=12 {
        advance_until(&app, &receiver, n).await;
    }
    let failed = logged(&app, &key, &endpoint, &failing, "failed").await;
    assert_eq!(codes(&failed), vec![json!(503); 8]);
    app.advance_days(1).await;
    tokio::time::sleep(Duration::from_millis(600)).await;
    assert_eq!(receiver.received().len(), 12, "no attempt after the budget");

    // a failed message can be replayed once the system is back
    receiver.answer_always(200);
    let path = format!("/api/v1/webhooks/{endpoint}/deliveries/{failing}/replay");
    assert_eq!(post(&app, &key, &path, &json!({})).await.0, StatusCode::ACCEPTED);
    let all = receiver.wait_for(13).await;
    assert_eq!(all[12].id, failing);
    logged(&app, &key, &endpoint, &failing, "delivered").await;
    // unknown messages are 404
    let path = format!("/api/v1/webhooks/{endpoint}/deliveries/msg_nothing/replay");
    assert_eq!(post(&app, &key, &path, &json!({})).await.0, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn during_a_rotation_both_secrets_verify_for_a_day_then_only_the_new_one() {
    let app = portal().await;
    let receiver = Receiver::start();
    let key = app.api_creditor("ap@nordictools.example").await;
    let (endpoint, old) = register(&app, &key, &receiver.url, &["claim.message"]).await;
    let (status, rotated) = post(&app, &key, &format!("/api/v1/webhooks/{endpoint}/rotate"), &json!({})).await;
    assert_eq!(status, StatusCode::OK, "{rotated}");
    let new = Secret::parse(rotated["secret"].as_str().unwrap()).unwrap();
    assert_ne!(new, old);
    assert!(rotated["previous_secret_valid_until"].is_string(), "{rotated}");

    post(&app, &key, &format!("/api/v1/webhooks/{endpoint}/test"), &json!({})).await;
    let during = receiver.wait_for(1).await.remove(0);
    assert_eq!(during.signature.split(' ').count(), 2, "{}", during.signature);
    assert_eq!(during.verify(std::slice::from_ref(&old)), Ok(()));
    assert_eq!(during.verify(std::slice::from_ref(&new)), Ok(()));

    app.advance_days(1).await;
    post(&app, &key, &format!("/api/v1/webhooks/{endpoint}/test"), &json!({})).await;
    let after = receiver.wait_for(2).await.remove(1);
    assert_eq!(after.signature.split(' ').count(), 1);
    assert_eq!(after.verify(std::slice::from_ref(&old)), Err(VerifyError::BadSignature));
    assert_eq!(after.verify(std::slice::from_ref(&new)), Ok(()));
}

async fn refused(app: &TestApp, key: &str, url: &str, events: &[&str], field: &str) -> String {
    let (status, answer) = post(app, key, "/api/v1/webhooks", &json!({"url": url, "events": events})).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{url}: {answer}");
    assert_eq!(answer["field"], field, "{url}: {answer}");
    answer["error"].as_str().unwrap().to_string()
}

#[tokio::test]
async fn endpoints_on_private_addresses_or_without_https_are_refused() {
    let app = portal().await;
    let key = app.api_creditor("ap@nordictools.example").await;
    let events = ["claim.status_changed"];
    for url in ["https://127.0.0.1/hooks", "https://10.0.0.1/hooks", "https://[::1]/hooks", "https://100.64.1.1/x"] {
        let error = refused(&app, &key, url, &events, "url").await;
        assert!(error.contains("private, loopback or link-local"), "{url}: {error}");
    }
    let error = refused(&app, &key, "http://10.1.2.3/hooks", &events, "url").await;
    assert!(error.contains("https://") && error.contains("localhost"), "{error}");
    let error = refused(&app, &key, "https://localhost/hooks", &events, "url").await;
    assert!(error.contains("resolves to"), "{error}");
    let error =
        refused(&app, &key, "https://example.com/hooks", &["claim.status_changed", "claim.deleted"], "events").await;
    assert!(error.contains("\"claim.deleted\"") && error.contains("claim.payout"), "{error}");
    refused(&app, &key, "https://example.com/hooks", &[], "events").await;
    refused(&app, &key, "not a url", &events, "url").await;
    let (status, answer) = post(&app, &key, "/api/v1/webhooks", &json!({"url": "https://example.com"})).await;
    assert_eq!((status, answer["field"].as_str()), (StatusCode::BAD_REQUEST, None), "{answer}");

    // without ALLOW_HTTP_WEBHOOKS nothing but https is taken, nor localhost by name
    let production = spawn_app_with(&["--allow-http-webhooks", "false"]).await;
    let key = production.api_creditor("ap@nordictools.example").await;
    let error = refused(&production, &key, "http://example.com/hooks", &events, "url").await;
    assert_eq!(error, "must start with https://");
    refused(&production, &key, "http://127.0.0.1:9/hooks", &events, "url").await;
    let error = refused(&production, &key, "https://localhost:9/hooks", &events, "url").await;
    assert!(error.contains("localhost resolves to") && error.contains("private"), "{error}");
    let (_, listed) = production.get_json(&key, "/api/v1/webhooks").await;
    assert_eq!(listed["items"], json!([]), "nothing half-stored");
}

#[tokio::test]
async fn the_address_is_checked_again_at_each_delivery() {
    // a development instance registers an endpoint on this machine; an instance without
    // ALLOW_HTTP_WEBHOOKS, sending from the same outbox, refuses to connect to it
    let first = spawn_app_with(&["--allow-http-webhooks", "true"]).await;
    let receiver = Receiver::start();
    let key = first.api_creditor("ap@nordictools.example").await;
    let (endpoint, _) = register(&first, &key, &receiver.url, &["claim.closed"]).await;
    let sender = spawn_another_instance_with(&first, &["--dispatcher", "true", "--delivery-poll-ms", "100"]).await;
    let (_, sent) = post(&first, &key, &format!("/api/v1/webhooks/{endpoint}/test"), &json!({})).await;
    let message = sent["id"].as_str().unwrap().to_string();
    let mut entry = Value::Null;
    for _ in 0..200 {
        entry = log(&sender, &key, &endpoint).await.into_iter().find(|m| m["id"] == message.as_str()).unwrap();
        if !entry["attempts"].as_array().unwrap().is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let attempt = &entry["attempts"][0];
    assert_eq!(attempt["answer_code"], Value::Null, "{entry}");
    assert!(attempt["error"].as_str().unwrap().contains("refused to connect"), "{entry}");
    assert!(receiver.received().is_empty());
}

#[tokio::test]
async fn another_creditors_endpoints_are_not_found() {
    let app = portal().await;
    let receiver = Receiver::start();
    let key = app.api_creditor("ap@nordictools.example").await;
    let (endpoint, _) = register(&app, &key, &receiver.url, &["claim.closed"]).await;
    let (_, sent) = post(&app, &key, &format!("/api/v1/webhooks/{endpoint}/test"), &json!({})).await;
    let message = sent["id"].as_str().unwrap().to_string();
    receiver.wait_for(1).await;

    let other = app.api_creditor("ap@othercompany.example").await;
    let (status, listed) = app.get_json(&other, "/api/v1/webhooks").await;
    assert_eq!((status, &listed["items"]), (StatusCode::OK, &json!([])));
    for path in [format!("/api/v1/webhooks/{endpoint}"), format!("/api/v1/webhooks/{endpoint}/deliveries")] {
        assert_eq!(app.get_json(&other, &path).await.0, StatusCode::NOT_FOUND, "{path}");
    }
    for path in [
        format!("/api/v1/webhooks/{endpoint}/rotate"),
        format!("/api/v1/webhooks/{endpoint}/test"),
        format!("/api/v1/webhooks/{endpoint}/deliveries/{message}/replay"),
    ] {
        assert_eq!(post(&app, &other, &path, &json!({})).await.0, StatusCode::NOT_FOUND, "{path}");
    }
    assert_eq!(delete(&app, &other, &format!("/api/v1/webhooks/{endpoint}")).await, StatusCode::NOT_FOUND);
    assert_eq!(app.get_json("", "/api/v1/webhooks").await.0, StatusCode::UNAUTHORIZED);
    // still there for its owner
    assert_eq!(app.get_json(&key, &format!("/api/v1/webhooks/{endpoint}")).await.0, StatusCode::OK);
    assert_eq!(receiver.received().len(), 1);
}

/// The secret shown once on the page.
fn secret_on(page: &crate::helpers::Page) -> Secret {
    Secret::parse(&page.text_of("new-webhook-secret").expect("the new secret is shown")).unwrap()
}

#[tokio::test]
async fn the_account_page_adds_tests_rotates_replays_and_deletes_endpoints() {
    let app = portal().await;
    let receiver = Receiver::start();
    app.sign_up("Nordic Tools AB", "admin@nordictools.example").await;
    let account = app.get_page("/account").await;
    assert!(account.body.contains("href=\"/account/webhooks\""), "the account page links to the webhooks");
    let page = app.get_page("/account/webhooks").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text_of("no-endpoints").is_some());

    // bad input: the field is named, nothing is stored
    let bad = app
        .submit("/account/webhooks", "/account/webhooks", &[("url", "http://10.1.2.3/x"), ("events", "claim.message")])
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.field_error("url").unwrap().contains("https://"), "{:?}", bad.field_error("url"));
    assert_eq!(bad.input_value("url").as_deref(), Some("http://10.1.2.3/x"));
    let none = app.submit("/account/webhooks", "/account/webhooks", &[("url", receiver.url.as_str())]).await;
    assert_eq!(none.field_error("events").as_deref(), Some("Choose at least one event."));
    // a form without its CSRF token changes nothing
    let forged = app
        .post_form(
            "/account/webhooks",
            &[("url", receiver.url.as_str()), ("events", "claim.message"), ("csrf_token", "forged")],
        )
        .await;
    assert_ne!(forged.status, StatusCode::OK);
    assert!(app.get_page("/account/webhooks").await.text_of("no-endpoints").is_some());

    let created = app
        .submit(
            "/account/webhooks",
            "/account/webhooks",
            &[("url", receiver.url.as_str()), ("events", "claim.message"), ("events", "claim.closed")],
        )
        .await;
    assert_eq!(created.status, StatusCode::OK, "{}", created.body);
    let secret = secret_on(&created);
    let endpoint = created.body.split("data-endpoint=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
    // shown once: not on the next visit
    assert!(app.get_page("/account/webhooks").await.text_of("new-webhook-secret").is_none());

    // send test event, as the button does
    let sent = app.submit("/account/webhooks", &format!("/account/webhooks/{endpoint}/test"), &[]).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    let first = receiver.wait_for(1).await.remove(0);
    assert_eq!(first.verify(std::slice::from_ref(&secret)), Ok(()));
    for _ in 0..100 {
        if app.get_page("/account/webhooks").await.body.contains("class=\"answer-code\">200<") {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let page = app.get_page("/account/webhooks").await;
    assert!(page.body.contains("class=\"answer-code\">200<"), "{}", page.body);
    assert!(page.body.contains("webhook.test"));

    // replay from the log: the same message id
    let replay = format!("/account/webhooks/{endpoint}/deliveries/{}/replay", first.id);
    assert!(page.body.contains(&replay), "a replay button");
    assert_eq!(app.submit("/account/webhooks", &replay, &[]).await.status, StatusCode::SEE_OTHER);
    assert_eq!(receiver.wait_for(2).await[1].id, first.id);

    // rotation shows the new secret once; both verify meanwhile
    let rotated = app.submit("/account/webhooks", &format!("/account/webhooks/{endpoint}/rotate"), &[]).await;
    assert_eq!(rotated.status, StatusCode::OK);
    let new = secret_on(&rotated);
    assert!(rotated.body.contains("class=\"rotation\""));
    app.submit("/account/webhooks", &format!("/account/webhooks/{endpoint}/test"), &[]).await;
    let third = receiver.wait_for(3).await.remove(2);
    assert!(third.verify(std::slice::from_ref(&secret)).is_ok() && third.verify(std::slice::from_ref(&new)).is_ok());

    // in German, the refusals are German too
    let german = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .default_headers(
            [(reqwest::header::ACCEPT_LANGUAGE, reqwest::header::HeaderValue::from_static("de"))].into_iter().collect(),
        )
        .build()
        .unwrap();
    let de = app.with_client(german);
    de.sign_up("Deutsche Werkzeuge GmbH", "admin@werkzeuge.example").await;
    let page = de.get_page("/account/webhooks").await;
    assert!(page.body.contains("Noch keine Empfänger."), "{}", page.body);
    let bad = de
        .submit(
            "/account/webhooks",
            "/account/webhooks",
            &[("url", "https://127.0.0.1/x"), ("events", "claim.message")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    let error = bad.field_error("url").unwrap();
    assert!(error.contains("127.0.0.1") && error.contains("öffentliche Adresse"), "{error}");
    // another company's endpoint is not found
    let other = de.submit("/account/webhooks", &format!("/account/webhooks/{endpoint}/delete"), &[]).await;
    assert_eq!(other.status, StatusCode::NOT_FOUND);

    let deleted = app.submit("/account/webhooks", &format!("/account/webhooks/{endpoint}/delete"), &[]).await;
    assert_eq!(deleted.status, StatusCode::SEE_OTHER);
    assert!(app.get_page("/account/webhooks").await.text_of("no-endpoints").is_some());
}
