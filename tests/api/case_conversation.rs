//! The conversation on a case over HTTP: the partner's messages and information requests, the
//! creditor's messages and answers, and their delivery to the partner through the outbox,
//! exactly once, also across a crash.

use crossclaim::webhooks::Secret;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::case_support::{PATIENCE, WITH_SANDBOX, reference_of, typed_event};
use crate::delivery::{api_key, claim_at, process_args};
use crate::helpers::{
    TestApp, TestDb, claim_body, file_claim, id_of, json_of, spawn_another_instance_with, spawn_app, spawn_app_with,
};
use crate::live_support::Partner;
use crate::processes::{PortalProcess, SandboxProcess, free_port, wait_for};

async fn post_message(app: &TestApp, key: &str, id: &str, body: &Value) -> (StatusCode, Value) {
    let response = app
        .client
        .post(app.url(&format!("/api/v1/claims/{id}/messages")))
        .bearer_auth(key)
        .json(body)
        .send()
        .await
        .expect("POST message");
    json_of(response).await
}

/// A partner's message event; `requires_answer` makes it an information request.
fn partner_message(case_id: &str, reference: &str, text: &str, requires_answer: bool) -> Value {
    typed_event(
        case_id,
        reference,
        "message",
        json!({"message": text, "requires_answer": requires_answer, "answer_by": "2031-01-15"}),
    )
}

/// A creditor with one claim, and the claim; returns (key, claim, partner).
async fn creditor_claim(app: &TestApp) -> (String, Value, Partner) {
    let key = app.api_creditor("ap@nordictools.example").await;
    let claim = app.file_claim(&key, &claim_body("DE", "1200.00", "EUR")).await;
    let partner = app.partner(claim["partner"]["id"].as_str().unwrap());
    (key, claim, partner)
}

#[tokio::test]
async fn an_information_request_stays_open_until_the_creditor_answers_it() {
    let app = spawn_app().await;
    let (key, claim, partner) = creditor_claim(&app).await;
    let (id, reference) = (id_of(&claim), reference_of(&claim));
    let text = "Please send the signed order confirmation for INV-1001";
    let answer = app.event_ok(&partner, "wh-ask", &partner_message(&id, &reference, text, true)).await;
    assert_eq!((answer["result"].as_str(), answer["type"].as_str()), (Some("applied"), Some("message")));
    app.event_ok(&partner, "wh-note", &partner_message(&id, &reference, "We called the debtor today.", false)).await;

    let claim = app.claim(&key, &id).await;
    let messages = claim["messages"].as_array().unwrap();
    assert_eq!(messages.len(), 2, "{claim}");
    let request = &messages[0];
    assert_eq!(request["from"], "partner");
    assert_eq!(request["message"], text);
    assert_eq!(request["requires_answer"], true);
    assert_eq!(request["answer_by"], "2031-01-15");
    assert_eq!(request["answered_by_id"], Value::Null);
    let request_id = request["id"].as_str().unwrap().to_string();
    assert_eq!(claim["open_requests"], json!([request_id]), "only the request is open: {claim}");
    let note_id = messages[1]["id"].as_str().unwrap().to_string();

    // answering something that is not the partner's request on this case is refused
    let (status, mine) = post_message(&app, &key, &id, &json!({"message": "A first word"})).await;
    assert_eq!(status, StatusCode::CREATED, "{mine}");
    for wrong in [mine["id"].as_str().unwrap(), "msg_01NOSUCHMESSAGE", "' OR 1=1 --"] {
        let (status, refused) =
            post_message(&app, &key, &id, &json!({"message": "Here it is", "in_reply_to": wrong})).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{wrong}: {refused}");
        assert_eq!(refused["field"], "in_reply_to", "{refused}");
    }
    // nor a request of another case of the same creditor
    let (other_id, _) = app.claim_for(&key).await;
    app.event_ok(&partner, "wh-ask-other", &partner_message(&other_id, "AG-1", "Another question", true)).await;
    let other_request = app.claim(&key, &other_id).await["open_requests"][0].as_str().unwrap().to_string();
    let (status, _) =
        post_message(&app, &key, &id, &json!({"message": "Wrong case", "in_reply_to": other_request})).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(app.claim(&key, &id).await["open_requests"], json!([request_id]), "still open");
    assert_eq!(app.claim(&key, &other_id).await["open_requests"], json!([other_request]), "still open");

    // the answer
    let (status, reply) = post_message(
        &app,
        &key,
        &id,
        &json!({"message": "Attached: the signed order confirmation.", "in_reply_to": request_id}),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{reply}");
    assert_eq!(reply["from"], "creditor");
    assert_eq!(reply["in_reply_to"], request_id.as_str());
    assert_eq!(reply["delivery"], "waiting", "the dispatcher is off: {reply}");
    let claim = app.claim(&key, &id).await;
    assert_eq!(claim["open_requests"], json!([]), "{claim}");
    let answered = claim["messages"].as_array().unwrap().iter().find(|m| m["id"] == request_id.as_str()).unwrap();
    assert_eq!(answered["answered_by_id"], reply["id"]);
    // a reply to a plain message is allowed and opens nothing
    let (status, _) =
        post_message(&app, &key, &id, &json!({"message": "Thanks for calling.", "in_reply_to": note_id})).await;
    assert_eq!(status, StatusCode::CREATED);
    let claim = app.claim(&key, &id).await;
    assert_eq!(claim["open_requests"], json!([]));
    let from: Vec<&str> = claim["messages"].as_array().unwrap().iter().map(|m| m["from"].as_str().unwrap()).collect();
    assert_eq!(from, ["partner", "partner", "creditor", "creditor", "creditor"], "oldest first");
}

#[tokio::test]
async fn a_creditor_message_is_checked_before_it_is_stored() {
    let app = spawn_app().await;
    let (key, claim, _) = creditor_claim(&app).await;
    let id = id_of(&claim);
    let longest = "x".repeat(4000);
    let (status, ok) = post_message(&app, &key, &id, &json!({"message": longest})).await;
    assert_eq!(status, StatusCode::CREATED, "{ok}");
    assert_eq!(ok["message"].as_str().unwrap().chars().count(), 4000);
    for (body, field) in [
        (json!({"message": "x".repeat(4001)}), "message"),
        (json!({"message": "   "}), "message"),
        (json!({}), "message"),
        (json!({"message": "pay to invoice\u{202E}fdp.exe"}), "message"),
        (json!({"message": "hidden\u{200B}word"}), "message"),
        (json!({"message": "bidi \u{2066}isolate\u{2069}"}), "message"),
        (json!({"message": "see the file", "document_ids": ["doc_01NOSUCH"]}), "document_ids"),
    ] {
        let (status, answer) = post_message(&app, &key, &id, &body).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body} -> {answer}");
        assert_eq!(answer["field"], field, "{answer}");
    }
    let (status, _) = post_message(&app, &key, &id, &json!({"message": 42})).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    // another creditor's claim, or none: 404, and nothing is stored
    let other = app.api_creditor("other@example.com").await;
    let (status, _) = post_message(&app, &other, &id, &json!({"message": "Hello"})).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = post_message(&app, &key, "c_01NOSUCHCLAIM", &json!({"message": "Hello"})).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let response =
        app.client.post(app.url(&format!("/api/v1/claims/{id}/messages"))).json(&json!({"message": "x"})).send().await;
    assert_eq!(response.unwrap().status(), StatusCode::UNAUTHORIZED);
    let claim = app.claim(&key, &id).await;
    assert_eq!(claim["messages"].as_array().unwrap().len(), 1, "only the valid message: {claim}");
    let messages = app.deliveries_of(&id).await.into_iter().filter(|d| d.kind == "message").count();
    assert_eq!(messages, 1, "one delivery, for the one message");

    // a withdrawn case takes no more messages
    let withdrawn =
        app.client.post(app.url(&format!("/api/v1/claims/{id}/withdraw"))).bearer_auth(&key).send().await.unwrap();
    assert_eq!(withdrawn.status(), StatusCode::OK);
    let (status, _) = post_message(&app, &key, &id, &json!({"message": "Still there?"})).await;
    assert_eq!(status, StatusCode::CONFLICT);
}

#[tokio::test]
async fn a_message_waits_for_the_dispatcher_then_reaches_the_partner_once() {
    // filed and written while no dispatcher runs ...
    let app = spawn_app().await;
    let (key, claim, _) = creditor_claim(&app).await;
    let id = id_of(&claim);
    let (status, message) =
        post_message(&app, &key, &id, &json!({"message": "The debtor's new address: Ringstraße 5, Köln"})).await;
    assert_eq!(status, StatusCode::CREATED, "{message}");
    assert_eq!(message["delivery"], "waiting");
    let message_id = message["id"].as_str().unwrap().to_string();

    // ... then an instance with a dispatcher hands the case over, and the message after it
    let sender = spawn_another_instance_with(&app, &WITH_SANDBOX).await;
    let delivered = wait_for("the message to be delivered", PATIENCE, || async {
        let claim = app.claim(&key, &id).await;
        let shown = claim["messages"].as_array().unwrap().iter().find(|m| m["id"] == message_id.as_str()).cloned();
        shown.filter(|m| m["delivery"] == "delivered").map(|_| claim)
    })
    .await;
    assert_eq!(delivered["status"], "received", "handed over first");
    let case = sender.sandbox_case(&id).await;
    let received = case["messages_received"].as_array().unwrap();
    assert_eq!(received.len(), 1, "{case}");
    let message = &received[0];
    assert_eq!(message["deliveries"], 1);
    assert_eq!(message["id"], message_id.as_str());
    assert_eq!(message["message"], "The debtor's new address: Ringstraße 5, Köln");
    assert_eq!(message["in_reply_to"], Value::Null);
    assert_eq!(message["documents"], json!([]));
    assert!(message["sent_at"].as_str().is_some_and(|s| s.ends_with('Z')), "{message}");
}

#[tokio::test]
async fn a_message_with_documents_lists_them_for_the_partner() {
    let app = spawn_app_with(&WITH_SANDBOX).await;
    let (key, claim, partner) = creditor_claim(&app).await;
    let id = id_of(&claim);
    let claim = app.wait_status(&key, &id, "received").await;
    let reference = reference_of(&claim);
    app.event_ok(&partner, "wh-ask", &partner_message(&id, &reference, "Send the delivery note, please", true)).await;
    let request_id = app.claim(&key, &id).await["open_requests"][0].as_str().unwrap().to_string();
    let upload = app
        .client
        .post(app.url(&format!("/api/v1/claims/{id}/documents")))
        .bearer_auth(&key)
        .header("content-type", "application/pdf")
        .header("x-document-name", "delivery-note.pdf")
        .body(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".to_vec())
        .send()
        .await
        .unwrap();
    let (status, document) = json_of(upload).await;
    assert_eq!(status, StatusCode::CREATED, "{document}");
    let (status, reply) = post_message(
        &app,
        &key,
        &id,
        &json!({"message": "Here it is.", "in_reply_to": request_id, "document_ids": [document["id"]]}),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{reply}");
    assert_eq!(reply["documents"][0]["id"], document["id"]);

    app.wait_delivery(&id, "message", "done").await;
    let case = app.sandbox_case(&id).await;
    let received = &case["messages_received"][0];
    assert_eq!(received["id"], reply["id"], "{case}");
    // the partner knows its request by the webhook-id it sent it under, not by our id
    assert_eq!(received["in_reply_to"], "wh-ask");
    assert_ne!(request_id, "wh-ask");
    assert_eq!(received["documents"], json!([document["id"]]));
    // the document itself was announced before the message that carries it
    let known = case["documents"].as_array().unwrap();
    assert_eq!(known.len(), 1, "{case}");
    assert_eq!(known[0]["id"], document["id"]);
    assert_eq!(known[0]["learned_from"], json!(["documents", "message"]));
    assert_eq!(known[0]["sha256"], document["sha256"]);
    let claim = app.claim(&key, &id).await;
    assert_eq!(claim["messages"][1]["id"], reply["id"]);
    assert_eq!(claim["messages"][1]["delivery"], "delivered");
}

#[tokio::test]
async fn a_crash_between_storing_a_message_and_sending_it_still_delivers_it_exactly_once() {
    crate::helpers::init_tracing();
    let db = TestDb::new();
    let secret = Secret::generate().expose();
    let sandbox_port = free_port();
    // a portal with a dispatcher hands the case over, and stops
    let mut first = PortalProcess::start(&process_args(&db, &secret, sandbox_port, &[])).await;
    let sandbox = SandboxProcess::start(sandbox_port, &secret, &first.url, 600_000).await;
    let key = api_key(&db).await;
    let id = id_of(&file_claim(&first.url, &key, &claim_body("DE", "1200.00", "EUR")).await);
    wait_for("the hand-over", PATIENCE, || async {
        (claim_at(&first.url, &key, &id).await["status"] == "received").then_some(())
    })
    .await;
    first.kill();

    // a portal whose dispatcher has not started yet stores the message, and dies
    let mut second =
        PortalProcess::start(&process_args(&db, &secret, sandbox_port, &["--dispatch-delay-ms", "600000"])).await;
    let response = reqwest::Client::new()
        .post(format!("{}/api/v1/claims/{id}/messages", second.url))
        .bearer_auth(&key)
        .json(&json!({"message": "Please call the debtor's CFO, Ms Berg."}))
        .send()
        .await
        .unwrap();
    let (status, message) = json_of(response).await;
    assert_eq!(status, StatusCode::CREATED, "{message}");
    assert_eq!(message["delivery"], "waiting");
    let message_id = message["id"].as_str().unwrap().to_string();
    second.kill();
    assert_eq!(sandbox.cases().await["cases"][0]["messages_received"], json!([]), "nothing was sent before the crash");

    // the next portal sends it
    let third = PortalProcess::start(&process_args(&db, &secret, sandbox_port, &[])).await;
    wait_for("the restarted portal to deliver the message", PATIENCE, || async {
        let claim = claim_at(&third.url, &key, &id).await;
        (claim["messages"][0]["delivery"] == "delivered").then_some(())
    })
    .await;
    // delivered means done in the outbox: nothing is sent again
    let cases = sandbox.cases().await;
    let received = cases["cases"][0]["messages_received"].as_array().unwrap();
    assert_eq!(received.len(), 1, "{cases}");
    assert_eq!(received[0]["deliveries"], 1, "sent exactly once: {cases}");
    assert_eq!(received[0]["id"], message_id.as_str());
    assert_eq!(received[0]["message"], "Please call the debtor's CFO, Ms Berg.");
}

#[tokio::test]
async fn what_the_creditor_sent_a_partner_that_declined_reaches_the_partner_the_case_is_rerouted_to() {
    let mut args = WITH_SANDBOX.to_vec();
    args.extend(["--operator-token", "operator-token-for-tests"]);
    let app = spawn_app_with(&args).await;
    app.sandbox_admin("behaviour", &json!({"decline": 1})).await;
    let (key, claim, _) = creditor_claim(&app).await;
    let id = id_of(&claim);
    let (status, message) = post_message(&app, &key, &id, &json!({"message": "The debtor prefers English."})).await;
    assert_eq!(status, StatusCode::CREATED, "{message}");
    let direct = app
        .client
        .post(app.url(&format!("/api/v1/claims/{id}/direct-payments")))
        .bearer_auth(&key)
        .json(&json!({"amount": {"amount": "200.00", "currency": "EUR"},
                      "received_on": chrono::Utc::now().date_naive().to_string()}))
        .send()
        .await
        .unwrap();
    assert_eq!(direct.status(), StatusCode::CREATED);
    app.wait_status(&key, &id, "declined").await;
    // what was meant for the partner that declined is never sent to it, and says so
    app.wait_delivery(&id, "message", "cancelled").await;
    app.wait_delivery(&id, "direct_payment", "cancelled").await;
    let claim = app.claim(&key, &id).await;
    assert_eq!(claim["messages"][0]["delivery"], "failed", "not waiting for ever: {claim}");

    let signin = app.submit("/operator", "/operator/signin", &[("token", "operator-token-for-tests")]).await;
    assert_eq!(signin.status, StatusCode::SEE_OTHER);
    let rerouted = app.submit("/operator", &format!("/operator/claims/{id}/reroute"), &[]).await;
    assert_eq!(rerouted.status, StatusCode::SEE_OTHER);
    // nothing moves until the creditor accepts the new partner's quote
    assert_eq!(app.claim(&key, &id).await["status"], "declined");
    app.accept_proposal(&key, &id).await;
    let claim = wait_for("the message to reach the new partner", PATIENCE, || async {
        let claim = app.claim(&key, &id).await;
        (claim["status"] == "received" && claim["messages"][0]["delivery"] == "delivered").then_some(claim)
    })
    .await;
    app.wait_delivery(&id, "direct_payment", "done").await;
    let case = app.sandbox_case(&id).await;
    assert_eq!(case["partner_id"], claim["partner"]["id"]);
    assert_eq!(case["messages_received"].as_array().unwrap().len(), 1, "{case}");
    assert_eq!(case["messages_received"][0]["id"], message["id"]);
    assert_eq!(case["messages_received"][0]["deliveries"], 1);
    assert_eq!(case["direct_payments"].as_array().unwrap().len(), 1, "{case}");
    assert_eq!(case["direct_payments"][0]["amount"], json!({"amount": "200.00", "currency": "EUR"}));
    assert_eq!(case["direct_payments"][0]["deliveries"], 1);
}
