//! The sandbox partner, in a process of its own, lives protocol v1.1 cases against the portal:
//! it answers the creditor's messages, downloads their documents, waits for the answer to its
//! information requests, and collects, reverses, pays out and closes on the portal's clock.

use std::collections::BTreeSet;
use std::time::{Duration, Instant};

use chrono::{DateTime, NaiveDate, Utc};
use crossclaim::secrets::sandbox_credentials;
use crossclaim::webhooks::sign;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::delivery::{PATIENCE, Setup, amount, portal};
use crate::helpers::{assert_null, claim_body, id_of, json_of};
use crate::processes::{SandboxProcess, wait_for};

/// A small PDF the content check accepts.
const ORDER_PDF: &[u8] = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n% signed order confirmation\n%%EOF\n";

/// The sandbox's record of one case.
async fn sandbox_case(sandbox: &SandboxProcess, id: &str) -> Value {
    let cases = sandbox.cases().await;
    cases["cases"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["case_id"] == id)
        .cloned()
        .unwrap_or_else(|| panic!("the sandbox does not hold {id}: {cases}"))
}

impl Setup {
    async fn post(&self, path: &str, body: &Value) -> (StatusCode, Value) {
        let request = self.app.client.post(self.app.url(path)).bearer_auth(&self.key).json(body);
        json_of(request.send().await.unwrap()).await
    }

    /// Uploads a PDF to the claim as its creditor; returns the document.
    async fn upload_pdf(&self, id: &str, name: &str, bytes: &[u8]) -> Value {
        let response = self
            .app
            .client
            .post(self.app.url(&format!("/api/v1/claims/{id}/documents")))
            .bearer_auth(&self.key)
            .header("content-type", "application/pdf")
            .header("x-document-name", name)
            .body(bytes.to_vec())
            .send()
            .await
            .unwrap();
        let (status, document) = json_of(response).await;
        assert_eq!(status, StatusCode::CREATED, "{document}");
        document
    }

    /// The portal's clock (`TEST_CLOCK=true`).
    async fn platform_now(&self) -> DateTime<Utc> {
        let (status, clock) = json_of(self.app.client.get(self.app.url("/api/v1/clock")).send().await.unwrap()).await;
        assert_eq!(status, StatusCode::OK, "{clock}");
        clock["now"].as_str().unwrap().parse().unwrap()
    }

    /// Moves the portal's clock `days` forward, as the operator does.
    async fn advance(&self, days: i64) {
        let response = self
            .app
            .client
            .post(self.app.url("/operator/clock"))
            .bearer_auth(self.app.state.operator_token.as_str())
            .json(&json!({ "advance_days": days }))
            .send()
            .await
            .unwrap();
        let (status, answer) = json_of(response).await;
        assert_eq!(status, StatusCode::OK, "{answer}");
    }

    /// Files a claim of 1200.00 EUR against a German debtor, living `life` at the sandbox, and
    /// waits for its hand-over.
    async fn case_living(&self, sandbox: &SandboxProcess, life: &str) -> String {
        sandbox.behave(json!({ "life": life })).await;
        let id = id_of(&self.app.file_claim(&self.key, &claim_body("DE", "1200.00", "EUR")).await);
        self.wait_status(&id, "received").await;
        assert_eq!(sandbox_case(sandbox, &id).await["life"], life);
        id
    }

    /// Moves the portal's clock from one due step of the cases' lives to the next, waiting each
    /// time for the sandbox to live them, until `reached` holds for every case; returns the
    /// sandbox's records of them.
    async fn live_until(&self, sandbox: &SandboxProcess, ids: &[&str], reached: impl Fn(&Value) -> bool) -> Vec<Value> {
        let deadline = Instant::now() + Duration::from_secs(90);
        loop {
            assert!(Instant::now() < deadline, "the lives did not get there in time");
            let mut cases = Vec::new();
            for id in ids {
                cases.push(sandbox_case(sandbox, id).await);
            }
            for case in &cases {
                assert_null(case, "stopped");
            }
            let open: Vec<&Value> = cases.iter().filter(|c| !reached(c)).collect();
            if open.is_empty() {
                return cases;
            }
            for case in &open {
                assert!(case["waiting_for_answer"] != true && case["done"] != true, "stuck before the goal: {case}");
            }
            let now = self.platform_now().await;
            let due: Option<Vec<DateTime<Utc>>> =
                open.iter().map(|c| c["next_due_at"].as_str().map(|t| t.parse().unwrap())).collect();
            // the sandbox has not anchored a case yet, or not yet lived what is due: a tick away
            let Some(earliest) = due.and_then(|d| d.into_iter().min()).filter(|at| *at > now) else {
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            };
            let days = ((earliest - now).num_seconds() as f64 / 86_400.0).ceil().max(1.0) as i64;
            self.advance(days).await;
        }
    }
}

/// The partner's GET view of the case, signed as the platform signs it.
async fn partner_view(setup: &Setup, sandbox: &SandboxProcess, partner: &str, reference: &str) -> Value {
    let credentials = sandbox_credentials(partner, &setup.app.sandbox_secret);
    let now = Utc::now().timestamp();
    let response = reqwest::Client::new()
        .get(format!("{}/{partner}/cases/{reference}", sandbox.url))
        .bearer_auth(&credentials.token)
        .header("webhook-id", "view-1")
        .header("webhook-timestamp", now.to_string())
        .header("webhook-signature", sign(&credentials.outbound, "view-1", now, b""))
        .send()
        .await
        .unwrap();
    let (status, view) = json_of(response).await;
    assert_eq!(status, StatusCode::OK, "{view}");
    view
}

#[tokio::test]
async fn a_message_to_the_partner_in_another_process_arrives_once_and_is_answered() {
    let setup = portal(&[]).await;
    let sandbox = setup.sandbox().await;
    let id = id_of(&setup.app.file_claim(&setup.key, &claim_body("DE", "1200.00", "EUR")).await);
    setup.wait_status(&id, "received").await;

    let (status, sent) =
        setup.post(&format!("/api/v1/claims/{id}/messages"), &json!({"message": "Has the debtor answered yet?"})).await;
    assert_eq!(status, StatusCode::CREATED, "{sent}");
    let message_id = sent["id"].as_str().unwrap().to_string();
    let case = wait_for("the partner to receive the message", PATIENCE, || async {
        let case = sandbox_case(&sandbox, &id).await;
        (case["messages_received"].as_array().unwrap().len() == 1).then_some(case)
    })
    .await;
    let received = &case["messages_received"][0];
    assert_eq!(
        (received["id"].as_str(), received["message"].as_str()),
        (Some(message_id.as_str()), Some("Has the debtor answered yet?"))
    );
    assert_eq!(received["answers_request"], false);
    // the partner keeps it once, however often the platform had to send it
    let delivery = wait_for("the message's delivery to settle", PATIENCE, || async {
        let all = setup.deliveries(&id).await;
        all.into_iter().find(|d| d.kind == "message" && d.state == "done")
    })
    .await;
    assert_eq!(received["deliveries"], delivery.attempts);

    let reply = wait_for("the partner's reply", PATIENCE, || async {
        let claim = setup.claim(&id).await;
        claim["messages"].as_array().unwrap().iter().find(|m| m["from"] == "partner").cloned()
    })
    .await;
    assert!(reply["message"].as_str().unwrap().starts_with("Thank you for your message"), "{reply}");
    assert_eq!(reply["requires_answer"], false);
    let claim = setup.claim(&id).await;
    let ours = claim["messages"].as_array().unwrap().iter().find(|m| m["id"] == message_id.as_str()).unwrap().clone();
    assert_eq!((ours["from"].as_str(), ours["delivery"].as_str()), (Some("creditor"), Some("delivered")));

    // a payment to the creditor directly: the partner notes it and stops chasing it
    let today = Utc::now().date_naive();
    let (status, answer) = setup
        .post(
            &format!("/api/v1/claims/{id}/direct-payments"),
            &json!({"amount": {"amount": "200.00", "currency": "EUR"}, "received_on": today.to_string()}),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{answer}");
    let case = wait_for("the partner to note the direct payment", PATIENCE, || async {
        let case = sandbox_case(&sandbox, &id).await;
        (case["direct_payments"].as_array().unwrap().len() == 1).then_some(case)
    })
    .await;
    assert_eq!(case["direct_payments"][0]["amount"], json!({"amount": "200.00", "currency": "EUR"}));
    assert_eq!(case["direct_payments"][0]["received_on"], today.to_string());
    assert_eq!(case["collected_directly"], json!({"amount": "200.00", "currency": "EUR"}));
    wait_for("the partner's note of it", PATIENCE, || async {
        let claim = setup.claim(&id).await;
        let partner = claim["messages"].as_array().unwrap().iter().filter(|m| m["from"] == "partner").count();
        (partner == 2).then_some(())
    })
    .await;
    let reference = case["partner_reference"].as_str().unwrap();
    let view = partner_view(&setup, &sandbox, case["partner_id"].as_str().unwrap(), reference).await;
    assert_eq!(view["status"], "received");
    assert_eq!(view["collected"], json!({"amount": "0.00", "currency": "EUR"}), "what the partner itself collected");
}

#[tokio::test]
async fn the_hand_over_lists_the_documents_filed_before_it_and_the_partner_downloads_them() {
    let setup = portal(&[]).await;
    // the partner is down: the hand-over waits while the creditor adds a document
    let id = id_of(&setup.app.file_claim(&setup.key, &claim_body("DE", "1200.00", "EUR")).await);
    let document = setup.upload_pdf(&id, "INV-1001.pdf", ORDER_PDF).await;
    let sandbox = setup.sandbox().await;
    setup.wait_status(&id, "received").await;
    let case = wait_for("the partner to download the document", PATIENCE, || async {
        let case = sandbox_case(&sandbox, &id).await;
        (case["documents"][0]["downloaded"] == true).then_some(case)
    })
    .await;
    let known = &case["documents"][0];
    assert_eq!(case["documents"].as_array().unwrap().len(), 1);
    assert_eq!((known["id"].as_str(), known["name"].as_str()), (document["id"].as_str(), Some("INV-1001.pdf")));
    assert_eq!(known["learned_from"], json!(["hand_over"]));
    assert_eq!(known["media_type"], "application/pdf");
    assert_eq!(known["size"], ORDER_PDF.len());
    assert_eq!(known["sha256"], document["sha256"]);
    assert_eq!(known["downloaded_sha256"], document["sha256"]);
    assert_eq!(known["sha256_verified"], true);
}

/// Life (a) on the portal's clock: the partner asks for the signed order and waits, however
/// many days pass, until the creditor answers with it; then the debtor agrees to a plan of
/// three instalments, pays them, the partner pays out net of its commission and closes.
#[tokio::test]
async fn an_information_request_waits_for_the_creditors_answer_and_the_plan_is_paid() {
    let setup = portal(&["--test-clock", "true"]).await;
    let sandbox = setup.sandbox().await;
    let id = setup.case_living(&sandbox, "plan").await;
    let ids = [id.as_str()];

    let case = setup.live_until(&sandbox, &ids, |c| c["waiting_for_answer"] == true).await.remove(0);
    assert_null(&case, "next_due_at");
    let claim = setup.claim(&id).await;
    assert_eq!(claim["status"], "information_requested");
    let request = claim["messages"].as_array().unwrap().iter().find(|m| m["requires_answer"] == true).unwrap().clone();
    assert_eq!(claim["open_requests"], json!([request["id"]]));
    assert_eq!(request["from"], "partner");
    let asked_on: DateTime<Utc> = request["sent_at"].as_str().unwrap().parse().unwrap();
    let answer_by: NaiveDate = request["answer_by"].as_str().unwrap().parse().unwrap();
    assert_eq!(answer_by, asked_on.date_naive() + chrono::Duration::days(7), "a week on the portal's clock");

    // ten days pass: the partner still waits
    let ticks = sandbox.cases().await["ticks"].as_u64().unwrap();
    setup.advance(10).await;
    wait_for("the sandbox to look at the new day", PATIENCE, || async {
        (sandbox.cases().await["ticks"].as_u64().unwrap() >= ticks + 2).then_some(())
    })
    .await;
    let waiting = sandbox_case(&sandbox, &id).await;
    assert_eq!((waiting["step"].clone(), waiting["waiting_for_answer"].clone()), (case["step"].clone(), json!(true)));
    assert_eq!(setup.claim(&id).await["status"], "information_requested");

    // the creditor answers with the document asked for
    let document = setup.upload_pdf(&id, "order-confirmation.pdf", ORDER_PDF).await;
    let (status, answer) = setup
        .post(
            &format!("/api/v1/claims/{id}/messages"),
            &json!({
                "message": "Here is the order confirmation, signed by the debtor's buyer.",
                "in_reply_to": request["id"],
                "document_ids": [document["id"]],
            }),
        )
        .await;
    assert_eq!(status, StatusCode::CREATED, "{answer}");
    let case = wait_for("the partner to download the document", PATIENCE, || async {
        let case = sandbox_case(&sandbox, &id).await;
        (case["documents"].as_array().unwrap().iter().any(|d| d["downloaded"] == true)).then_some(case)
    })
    .await;
    let known = &case["documents"][0];
    assert_eq!(known["id"], document["id"]);
    assert_eq!(
        (known["downloaded_sha256"].clone(), known["sha256_verified"].clone()),
        (document["sha256"].clone(), json!(true))
    );
    let learned: BTreeSet<&str> =
        known["learned_from"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
    assert_eq!(learned, BTreeSet::from(["documents", "message"]));
    let received = wait_for("the partner to receive the answer", PATIENCE, || async {
        let case = sandbox_case(&sandbox, &id).await;
        case["messages_received"].as_array().unwrap().first().cloned()
    })
    .await;
    assert_eq!(
        (received["answers_request"].clone(), received["in_reply_to"].clone()),
        (json!(true), request["id"].clone())
    );
    assert_eq!(received["documents"], json!([document["id"]]));

    // the life goes on to its end
    let case = setup.live_until(&sandbox, &ids, |c| c["done"] == true).await.remove(0);
    assert_eq!(case["status"], "paid");
    let claim = setup.wait_status(&id, "paid").await;
    assert_eq!(claim["open_requests"], json!([]));
    let request = claim["messages"].as_array().unwrap().iter().find(|m| m["id"] == request["id"]).unwrap().clone();
    assert_eq!(request["answered_by_id"], answer["id"]);
    let thanks: Vec<&str> = claim["messages"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|m| m["from"] == "partner" && m["requires_answer"] == false)
        .map(|m| m["message"].as_str().unwrap())
        .collect();
    assert!(thanks.iter().any(|m| m.starts_with("Thank you for the order confirmation")), "{thanks:?}");
    let statuses: Vec<&str> =
        claim["events"].as_array().unwrap().iter().map(|e| e["status"].as_str().unwrap()).collect();
    assert_eq!(
        statuses,
        [
            "submitted",
            "received",
            "contacting_debtor",
            "information_requested",
            "contacting_debtor",
            "payment_plan",
            "partially_paid",
            "partially_paid",
            "paid"
        ]
    );

    // the money: three instalments, one allocated by the partner, paid out net of its commission
    let reference = claim["partner_reference"].as_str().unwrap();
    let payments = claim["payments"].as_array().unwrap();
    let ids: Vec<&str> = payments.iter().map(|p| p["id"].as_str().unwrap()).collect();
    assert_eq!(ids, [format!("{reference}-P1"), format!("{reference}-P2"), format!("{reference}-P3")]);
    let amounts: Vec<f64> = payments.iter().map(|p| amount(&p["amount"])).collect();
    assert_eq!(amounts, [400.0, 400.0, 400.0]);
    assert!(payments.iter().all(|p| p["reversed"] == false && p["paid_to"] == "partner"));
    let allocated: Vec<&str> = payments.iter().map(|p| p["allocated_by"].as_str().unwrap()).collect();
    assert_eq!(allocated, ["platform", "partner", "platform"]);
    assert_eq!(payments[1]["allocation"]["principal"], json!({"amount": "400.00", "currency": "EUR"}));
    assert_eq!(claim["promises"].as_array().unwrap().len(), 1);
    assert_eq!(claim["promises"][0]["instalments"].as_array().unwrap().len(), 3);
    assert_eq!(claim["promises"][0]["state"], "kept");
    assert_null(&claim, "promise_broken_on");
    let balance = &claim["balance"];
    assert_eq!(amount(&balance["collected"]), amounts.iter().sum::<f64>());
    assert_eq!(claim["collected"], json!({"amount": "1200.00", "currency": "EUR"}));
    let partner_id = claim["partner"]["id"].as_str().unwrap();
    let percent = setup.app.state.registry.get(partner_id).unwrap().fees.commission_percent;
    let mut expected_commission = (rust_decimal::Decimal::from(1200) * percent / rust_decimal::Decimal::ONE_HUNDRED)
        .round_dp_with_strategy(2, rust_decimal::RoundingStrategy::MidpointAwayFromZero);
    expected_commission.rescale(2);
    assert_eq!(balance["partner_commission"]["amount"], expected_commission.to_string(), "{percent}% of 1200.00");
    assert_eq!(amount(&balance["paid_out"]) + amount(&balance["partner_commission"]), 1200.0);
    assert_eq!(balance["held_by_partner"]["amount"], "0.00");
    assert_eq!(claim["payouts"][0]["id"], format!("{reference}-PO1"));
    // the signed plan the partner added, and the creditor's document
    let names: BTreeSet<(&str, &str)> = claim["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| (d["name"].as_str().unwrap(), d["added_by"].as_str().unwrap()))
        .collect();
    assert_eq!(names, BTreeSet::from([("order-confirmation.pdf", "creditor"), ("signed-payment-plan.pdf", "partner")]));
    let view = partner_view(&setup, &sandbox, partner_id, reference).await;
    assert_eq!((view["status"].as_str(), view["collected"]["amount"].as_str()), (Some("paid"), Some("1200.00")));
}

/// Lives (b), (c) and (d) side by side on the portal's clock.
#[tokio::test]
async fn a_quick_payment_a_bounced_one_and_a_broken_promise_end_as_their_lives_say() {
    let setup = portal(&["--test-clock", "true"]).await;
    let sandbox = setup.sandbox().await;
    let quick = setup.case_living(&sandbox, "quick").await;
    let bounced = setup.case_living(&sandbox, "bounced_payment").await;
    let broken = setup.case_living(&sandbox, "broken_promise").await;
    setup.live_until(&sandbox, &[&quick, &bounced, &broken], |c| c["done"] == true).await;

    // (b) a promise, a payment, a payout
    let claim = setup.wait_status(&quick, "paid").await;
    assert_eq!(claim["payments"].as_array().unwrap().len(), 1);
    assert_eq!(claim["payments"][0]["allocated_by"], "partner");
    assert_eq!(claim["promises"][0]["state"], "kept");
    assert_eq!(claim["payouts"].as_array().unwrap().len(), 1);
    assert_eq!(claim["balance"]["collected"]["amount"], "1200.00");

    // (c) the first transfer bounced; the second one stands
    let claim = setup.wait_status(&bounced, "paid").await;
    let payments = claim["payments"].as_array().unwrap();
    let states: Vec<(f64, bool)> = payments.iter().map(|p| (amount(&p["amount"]), p["reversed"] == true)).collect();
    assert_eq!(states, [(1200.0, true), (1200.0, false)]);
    assert!(payments[0]["reversal_reason"].as_str().unwrap().contains("insufficient funds"));
    assert_eq!(claim["balance"]["collected"]["amount"], "1200.00");
    assert_eq!(claim["promises"][0]["state"], "kept");
    let balance = &claim["balance"];
    assert_eq!(amount(&balance["paid_out"]) + amount(&balance["partner_commission"]), 1200.0);

    // (d) a fifth paid, the rest promised and never paid: the scheduler flagged it
    let claim = setup.wait_status(&broken, "uncollectable").await;
    assert_eq!(claim["payments"].as_array().unwrap().len(), 1);
    assert_eq!(claim["balance"]["collected"]["amount"], "240.00");
    let promise = &claim["promises"][0];
    assert_eq!((promise["state"].as_str(), promise["amount"]["amount"].as_str()), (Some("broken"), Some("960.00")));
    assert_eq!(claim["promise_broken_on"], promise["due_on"]);
    let balance = &claim["balance"];
    let (paid_out, commission) = (amount(&balance["paid_out"]), amount(&balance["partner_commission"]));
    assert!(paid_out > 0.0 && commission > 0.0 && ((paid_out + commission) - 240.0).abs() < 0.001, "{balance}");
    assert!(
        claim["messages"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["message"].as_str().unwrap().contains("missed the promised payment"))
    );
}

/// A quiet partner lives its cases but reports nothing; after its registry's silence the
/// portal asks for its view and takes the status and the money from it.
#[tokio::test]
async fn a_quiet_partner_is_reconciled_from_its_view_of_the_case() {
    let setup = portal(&["--test-clock", "true"]).await;
    let sandbox = setup.sandbox().await;
    sandbox.behave(json!({ "life": "quick", "quiet": true })).await;
    let id = id_of(&setup.app.file_claim(&setup.key, &claim_body("DE", "1200.00", "EUR")).await);
    setup.wait_status(&id, "received").await;
    let case = setup.live_until(&sandbox, &[&id], |c| c["done"] == true).await.remove(0);
    assert_eq!((case["status"].as_str(), case["collected"]["amount"].as_str()), (Some("paid"), Some("1200.00")));
    assert_eq!(case["events_pushed"], 0, "nothing reached the portal");
    let claim = setup.claim(&id).await;
    assert_eq!(claim["status"], "received");
    assert_eq!(claim["payments"], json!([]));

    // the registry's silence passes: the portal asks, and applies what differs
    setup.advance(15).await;
    let claim = setup.wait_status(&id, "paid").await;
    assert_eq!(claim["collected"], json!({"amount": "1200.00", "currency": "EUR"}));
    let last = claim["events"].as_array().unwrap().last().unwrap().clone();
    assert!(last["message"].as_str().unwrap().starts_with("Reconciled"), "{last}");
}
