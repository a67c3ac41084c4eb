//! Reconciliation over HTTP: when the partner has said nothing about an open case for longer
//! than its registry's `silence_after_days`, the platform asks it for the case's state and
//! applies what differs as an event of its own, and flags the silence.

// Amounts are written in cents with the cents apart: 1200_00 is EUR 1200.00.
#![allow(clippy::inconsistent_digit_grouping)]

use crossclaim::db::claims;
use serde_json::{Value, json};

use crate::case_support::{PATIENCE, WITH_SANDBOX, eur, payment, reference_of};
use crate::helpers::{TestApp, claim_body, id_of, spawn_app_with};
use crate::processes::wait_for;

/// The sandbox partners' `silence_after_days`.
const SILENCE_DAYS: i64 = 14;

async fn portal() -> (TestApp, String) {
    let mut args = WITH_SANDBOX.to_vec();
    args.extend(["--test-clock", "true"]);
    let app = spawn_app_with(&args).await;
    let key = app.api_creditor("ap@nordictools.example").await;
    (app, key)
}

/// Waits until the sandbox has taken up the case's life: its days count from then, so the
/// clock must not move before.
async fn anchored(app: &TestApp, id: &str) {
    wait_for("the partner to take up the case", PATIENCE, || async {
        app.sandbox_case(id).await["next_due_at"].is_string().then_some(())
    })
    .await;
}

/// The open cases the operator is told the partner is silent on.
async fn silent(app: &TestApp) -> Vec<String> {
    let rows = app.state.db.run(|conn| claims::silent_cases(conn, 100)).await.unwrap();
    rows.into_iter().map(|(id, _, _)| id).collect()
}

fn notices(thread: &[Value]) -> Vec<String> {
    thread.iter().filter(|e| e["kind"] == "notice").map(|e| e["message"].as_str().unwrap().to_string()).collect()
}

#[tokio::test]
async fn a_silent_partner_is_asked_and_what_differs_is_applied() {
    let (app, key) = portal().await;
    // the partner lives the case, but its reports never reach us
    app.sandbox_admin("behaviour", &json!({"life": "broken_promise", "quiet": true})).await;
    let claim = app.file_claim(&key, &claim_body("DE", "1200.00", "EUR")).await;
    let id = id_of(&claim);
    app.wait_status(&key, &id, "received").await;
    anchored(&app, &id).await;

    // within the silence allowed, nothing happens here, while the partner's case moves on
    app.advance_days(SILENCE_DAYS - 1).await;
    let theirs = wait_for("the partner's case to move on", PATIENCE, || async {
        let case = app.sandbox_case(&id).await;
        (case["status"] == "partially_paid" && case["collected"] == eur(240_00)).then_some(case)
    })
    .await;
    assert_eq!(theirs["events_pushed"], 0, "nothing reached us: {theirs}");
    assert!(silent(&app).await.is_empty());
    assert!(app.deliveries_of(&id).await.iter().all(|d| d.kind != "reconcile"));
    assert_eq!(app.claim(&key, &id).await["status"], "received");

    // past it, the platform asks, and applies the partner's view
    app.advance_days(2).await;
    app.wait_status(&key, &id, "partially_paid").await;
    // the reconciled status and the payment it implies are stored one after the other
    let claim = wait_for("the reconciled payment", PATIENCE, || async {
        let claim = app.claim(&key, &id).await;
        // the status carries the total; the payment it implies follows it
        (claim["collected"] == eur(240_00) && claim["balance"]["collected"] == eur(240_00)).then_some(claim)
    })
    .await;
    let last = claim["events"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["source"], "reconciliation", "{claim}");
    assert_eq!(last["status"], "partially_paid");
    assert!(last["message"].as_str().unwrap().contains("Reconciled"), "{last}");
    assert_eq!(claim["collected"], eur(240_00));
    assert_eq!(claim["balance"]["collected"], eur(240_00));
    let payments = claim["payments"].as_array().unwrap();
    assert_eq!(payments.len(), 1, "{claim}");
    assert_eq!((payments[0]["amount"].clone(), payments[0]["allocated_by"].clone()), (eur(240_00), json!("platform")));
    let reconcile = app.wait_delivery(&id, "reconcile", "done").await;
    assert_eq!(reconcile.attempts, 1);
    // the case and the operator are told of the silence
    let notices = notices(&app.thread(&key, &id).await);
    assert_eq!(notices.len(), 1, "{notices:?}");
    assert!(notices[0].contains(&format!("{SILENCE_DAYS} days")), "{notices:?}");
    assert_eq!(silent(&app).await, std::slice::from_ref(&id));
    let signin = app.submit("/operator", "/operator/signin", &[("token", app.state.operator_token.as_str())]).await;
    assert_eq!(signin.status, reqwest::StatusCode::SEE_OTHER);
    let page = app.get_page("/operator").await;
    let listed = page.text_of("silent-cases").unwrap_or_else(|| panic!("no silent cases listed: {}", page.body));
    assert!(listed.contains(&id) && listed.contains("Sandbox"), "{listed}");

    // asked once per silence period: the next days ask nothing more
    app.advance_days(3).await;
    assert_eq!(app.deliveries_of(&id).await.iter().filter(|d| d.kind == "reconcile").count(), 1);

    // the partner speaks again: no longer silent
    let partner = app.partner(claim["partner"]["id"].as_str().unwrap());
    app.event_ok(&partner, "wh-back", &payment(&id, &reference_of(&claim), "pay-2", 50_00)).await;
    assert!(silent(&app).await.is_empty());
    assert!(app.get_page("/operator").await.text_of("no-silent").is_some());
    assert_eq!(app.claim(&key, &id).await["balance"]["collected"], eur(290_00));
}

#[tokio::test]
async fn a_partner_silent_while_it_waits_for_the_creditor_is_asked_and_the_case_left_as_it_is() {
    let (app, key) = portal().await;
    // the partner asks the creditor for the signed order on day 3, then waits for the answer
    app.sandbox_admin("behaviour", &json!({"life": "plan"})).await;
    let id = id_of(&app.file_claim(&key, &claim_body("DE", "1200.00", "EUR")).await);
    app.wait_status(&key, &id, "received").await;
    anchored(&app, &id).await;
    app.advance_days(3).await;
    wait_for("the partner's information request", PATIENCE, || async {
        let case = app.sandbox_case(&id).await;
        (case["waiting_for_answer"] == true).then_some(())
    })
    .await;
    let claim = app.wait_status(&key, &id, "information_requested").await;
    assert_eq!(claim["open_requests"].as_array().unwrap().len(), 1, "{claim}");

    app.advance_days(SILENCE_DAYS + 1).await;
    let reconcile = app.wait_delivery(&id, "reconcile", "done").await;
    assert_eq!(reconcile.attempts, 1);
    wait_for("the silence to be flagged", PATIENCE, || async {
        (silent(&app).await == std::slice::from_ref(&id)).then_some(())
    })
    .await;
    let claim = app.claim(&key, &id).await;
    assert_eq!(claim["status"], "information_requested", "nothing differed: {claim}");
    assert_eq!(claim["payments"], json!([]));
    let sources: Vec<&str> =
        claim["events"].as_array().unwrap().iter().map(|e| e["source"].as_str().unwrap()).collect();
    assert!(!sources.contains(&"reconciliation"), "no event of reconciliation: {claim}");
    assert_eq!(notices(&app.thread(&key, &id).await).len(), 1);

    // another silence period later, the platform asks again
    app.advance_days(SILENCE_DAYS + 1).await;
    wait_for("a second reconciliation", PATIENCE, || async {
        let asked = app.deliveries_of(&id).await;
        (asked.iter().filter(|d| d.kind == "reconcile" && d.state == "done").count() == 2).then_some(())
    })
    .await;
    assert_eq!(notices(&app.thread(&key, &id).await).len(), 2);
}
