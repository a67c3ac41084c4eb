//! Reminders before the hand-over, driven on the test clock: the flow's steps, each run
//! once, pause and resume, paid, the debtor's answers and the phone call's outcome.

use chrono::NaiveDate;
use crossclaim::cases::reminders::{DebtorAnswer, debtor_answer};
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{TestApp, claim_body, days_ago, id_of, spawn_another_instance, spawn_app_with};

const DEBTOR: &str = "erika@muster.example";

async fn app() -> TestApp {
    spawn_app_with(&["--test-clock", "true", "--dispatcher", "true"]).await
}

/// A claim whose only invoice fell due yesterday (on the application's clock), to be
/// reminded first.
fn reminding_body(app: &TestApp) -> Value {
    let mut body = claim_body("DE", "1200.00", "EUR");
    let today = app.state.today();
    body["invoices"][0]["issue_date"] = json!((today - chrono::Duration::days(15)).to_string());
    body["invoices"][0]["due_date"] = json!((today - chrono::Duration::days(1)).to_string());
    body["history"] = json!({"reminders_sent": [], "debtor_response": "ignores"});
    body["start"] = json!("reminders");
    body
}

async fn reminding_claim(app: &TestApp, key: &str) -> String {
    let claim = app.file_claim(key, &reminding_body(app)).await;
    assert_eq!(claim["status"], "reminding", "{claim}");
    id_of(&claim)
}

/// Waits (a few seconds at most) until exactly `n` e-mails reached the debtor; returns them.
async fn debtor_mails(app: &TestApp, n: usize) -> Vec<(String, String)> {
    for _ in 0..100 {
        let mails = app.mails_to(DEBTOR);
        if mails.len() >= n {
            // a moment longer, so that one too many shows
            tokio::time::sleep(std::time::Duration::from_millis(200)).await;
            let mails = app.mails_to(DEBTOR);
            assert_eq!(mails.len(), n, "{mails:?}");
            return mails;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("{n} e-mails to the debtor expected: {:?}", app.mails_to(DEBTOR));
}

async fn claim(app: &TestApp, key: &str, id: &str) -> Value {
    let (status, claim) = app.get_json(key, &format!("/api/v1/claims/{id}")).await;
    assert_eq!(status, StatusCode::OK, "{claim}");
    claim
}

fn day(app: &TestApp, offset: i64) -> String {
    (app.state.today() + chrono::Duration::days(offset)).to_string()
}

#[tokio::test]
async fn the_default_flow_sends_two_reminders_and_hands_over_on_schedule() {
    let app = app().await;
    let key = app.api_creditor("flows@example.com").await;
    let start = app.state.today();
    let id = reminding_claim(&app, &key).await;
    let filed = claim(&app, &key, &id).await;
    assert_eq!(filed["next_step"], json!({"kind": "reminder", "due_on": start.to_string()}), "{filed}");
    assert!(filed["partner"].is_object(), "the partner it would go to today: {filed}");

    app.advance_days(1).await;
    let mails = debtor_mails(&app, 1).await;
    assert!(mails[0].1.contains("INV-1001"), "{mails:?}");
    assert!(mails[0].1.contains("/r/"), "a link to the response page: {mails:?}");
    let now = claim(&app, &key, &id).await;
    assert_eq!(now["reminders"].as_array().unwrap().len(), 1, "{now}");
    assert_eq!(now["reminders"][0]["channel"], "email");
    assert_eq!(now["next_step"]["kind"], "formal_notice");
    assert_eq!(now["next_step"]["due_on"], (start + chrono::Duration::days(6)).to_string());

    app.advance_days(8).await; // formal notice on day 6, the call on day 9
    debtor_mails(&app, 2).await;
    let now = claim(&app, &key, &id).await;
    assert_eq!(now["status"], "reminding");
    assert_eq!(now["next_step"]["kind"], "hand_over", "{now}");
    assert_eq!(now["next_step"]["due_on"], (start + chrono::Duration::days(13)).to_string());

    app.advance_days(3).await;
    assert_eq!(claim(&app, &key, &id).await["status"], "reminding", "not before its day");
    app.advance_days(2).await;
    let handed = claim(&app, &key, &id).await;
    assert_ne!(handed["status"], "reminding", "{handed}");
    assert!(handed["next_step"].is_null());
    assert_eq!(handed["reminders"].as_array().unwrap().len(), 2);
    // the hand-over carries the flow's history
    let reminders = handed["history"]["reminders_sent"].as_array().map(Vec::len);
    assert_eq!(reminders, Some(2), "{}", handed["history"]);
    debtor_mails(&app, 2).await;
}

#[tokio::test]
async fn a_paid_claim_is_settled_and_nothing_more_is_sent() {
    let app = app().await;
    let key = app.api_creditor("paid@example.com").await;
    let id = reminding_claim(&app, &key).await;
    app.advance_days(1).await;
    debtor_mails(&app, 1).await;
    let path = format!("/api/v1/claims/{id}/mark-paid");
    let (status, answer) = app.post_json(&key, &path, &json!({"amount": "abc", "received_on": day(&app, 3)})).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{answer}");
    assert!(answer.to_string().contains("amount") && answer.to_string().contains("received_on"), "{answer}");
    let body = json!({"amount": {"amount": "1200.00", "currency": "EUR"}, "received_on": day(&app, 0)});
    let (status, answer) = app.post_json(&key, &path, &body).await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    assert_eq!(answer["status"], "settled");
    assert!(answer["next_step"].is_null());
    app.advance_days(20).await;
    debtor_mails(&app, 1).await;
    assert_eq!(claim(&app, &key, &id).await["status"], "settled");
    let (status, _) = app.post_json(&key, &path, &body).await;
    assert_eq!(status, StatusCode::CONFLICT);
    let (status, _) = app.post_json(&key, &format!("/api/v1/claims/{id}/resume"), &json!({})).await;
    assert_eq!(status, StatusCode::CONFLICT);
}

#[tokio::test]
async fn pause_and_resume() {
    let app = app().await;
    let key = app.api_creditor("pause@example.com").await;
    let id = reminding_claim(&app, &key).await;
    let (status, paused) = app.post_json(&key, &format!("/api/v1/claims/{id}/pause"), &json!({})).await;
    assert_eq!(status, StatusCode::OK, "{paused}");
    assert!(paused["next_step"].is_null(), "{paused}");
    let (status, _) = app.post_json(&key, &format!("/api/v1/claims/{id}/pause"), &json!({})).await;
    assert_eq!(status, StatusCode::CONFLICT, "paused already");
    app.advance_days(5).await;
    assert!(app.mails_to(DEBTOR).is_empty(), "nothing while paused");
    let (status, resumed) = app.post_json(&key, &format!("/api/v1/claims/{id}/resume"), &json!({})).await;
    assert_eq!(status, StatusCode::OK, "{resumed}");
    // the schedule moved on by the five days of the pause
    assert_eq!(resumed["next_step"]["kind"], "reminder");
    assert_eq!(resumed["next_step"]["due_on"], day(&app, 0), "{resumed}");
    app.advance_days(1).await;
    debtor_mails(&app, 1).await;
    let now = claim(&app, &key, &id).await;
    assert_eq!(now["next_step"]["due_on"], day(&app, 5), "{now}");
}

#[tokio::test]
async fn two_instances_send_each_step_once() {
    let app = app().await;
    let other = spawn_another_instance(&app).await;
    let key = app.api_creditor("twice@example.com").await;
    let id = reminding_claim(&app, &key).await;
    // both instances' schedulers find the same step due, at the same time, over and over
    for _ in 0..3 {
        let (a, b) = tokio::join!(
            crossclaim::cases::reminders::run_due(&app.state),
            crossclaim::cases::reminders::run_due(&other.state)
        );
        a.unwrap();
        b.unwrap();
    }
    // and a restarted instance finds nothing left to do
    let restarted = spawn_another_instance(&app).await;
    crossclaim::cases::reminders::run_due(&restarted.state).await.unwrap();
    let now = claim(&app, &key, &id).await;
    assert_eq!(now["reminders"].as_array().unwrap().len(), 1, "{now}");
    debtor_mails(&app, 1).await;
}

#[tokio::test]
async fn a_promise_is_confirmed_and_a_broken_one_runs_the_next_step_that_day() {
    let app = app().await;
    let key = app.api_creditor("promise@example.com").await;
    let id = reminding_claim(&app, &key).await;
    app.advance_days(1).await;
    debtor_mails(&app, 1).await;
    let too_late = app.state.today() + chrono::Duration::days(31);
    let refused = debtor_answer(&app.state, &id, DebtorAnswer::Promise { on: too_late }).await;
    assert!(refused.is_err(), "more than 30 days ahead");
    let promised: NaiveDate = app.state.today() + chrono::Duration::days(10);
    debtor_answer(&app.state, &id, DebtorAnswer::Promise { on: promised }).await.unwrap();
    let mails = debtor_mails(&app, 2).await;
    let written = promised.format("%d.%m.%Y").to_string();
    assert!(mails[1].1.contains(&written), "the promise confirmed in writing, in the debtor's German: {mails:?}");
    let now = claim(&app, &key, &id).await;
    assert_eq!(now["next_step"]["kind"], "formal_notice");
    assert_eq!(now["next_step"]["due_on"], (promised + chrono::Duration::days(1)).to_string(), "{now}");
    // the formal notice's own day passes: the promise holds it back
    app.advance_days(10).await;
    debtor_mails(&app, 2).await;
    // the promised day passes without the money: the notice goes the next morning
    app.advance_days(1).await;
    debtor_mails(&app, 3).await;
    let now = claim(&app, &key, &id).await;
    assert_eq!(now["reminders"][1]["kind"], "formal_notice");
    assert_eq!(now["reminders"][1]["sent_on"], (promised + chrono::Duration::days(1)).to_string());
}

#[tokio::test]
async fn a_dispute_stops_the_reminders_and_goes_to_a_law_firm() {
    let app = app().await;
    let key = app.api_creditor("dispute@example.com").await;
    let id = reminding_claim(&app, &key).await;
    assert_eq!(claim(&app, &key, &id).await["service"], "collection");
    app.advance_days(1).await;
    debtor_mails(&app, 1).await;
    let answer =
        DebtorAnswer::Dispute { reason: "quality".into(), text: "The goods were broken.".into(), document: None };
    debtor_answer(&app.state, &id, answer).await.unwrap();
    let now = claim(&app, &key, &id).await;
    assert_eq!(now["disputed"], true);
    assert_eq!(now["next_step"]["kind"], "hand_over", "no more written reminders: {now}");
    app.advance_days(8).await;
    debtor_mails(&app, 1).await;
    let (status, handed) = app.post_json(&key, &format!("/api/v1/claims/{id}/hand-over"), &json!({})).await;
    assert_eq!(status, StatusCode::OK, "{handed}");
    assert_eq!(handed["service"], "legal", "{handed}");
    assert_ne!(handed["status"], "reminding");
    assert_eq!(handed["history"]["debtor_response"], "disputes", "{}", handed["history"]);
    let (status, _) = app.post_json(&key, &format!("/api/v1/claims/{id}/hand-over"), &json!({})).await;
    assert_eq!(status, StatusCode::CONFLICT, "handed over once");
}

#[tokio::test]
async fn a_call_outcome_picks_the_next_step() {
    let app = app().await;
    let key = app.api_creditor("calls@example.com").await;
    let id = reminding_claim(&app, &key).await;
    let path = format!("/api/v1/claims/{id}/calls");
    let (status, answer) = app.post_json(&key, &path, &json!({"reached": true, "reason": "maybe"})).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{answer}");
    assert_eq!(answer["field"], "reason", "{answer}");
    let (status, answer) = app.post_json(&key, &path, &json!({"reason": "forgot"})).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{answer}");
    assert!(answer.to_string().contains("reached"), "{answer}");
    let (status, answer) =
        app.post_json(&key, &path, &json!({"reached": true, "reason": "forgot", "promised_on": days_ago(3)})).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(answer["field"], "promised_on", "{answer}");

    // forgot: one more chance, the hand-over a week from today
    let (status, now) =
        app.post_json(&key, &path, &json!({"reached": true, "reason": "forgot", "notes": "Will pay"})).await;
    assert_eq!(status, StatusCode::CREATED, "{now}");
    let hand_over = now["reminder_flow"]["steps"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(hand_over["due_on"], day(&app, 7), "{now}");
    assert_eq!(now["reminder_flow"]["calls"].as_array().unwrap().len(), 1);
    // refuses: handed over at once
    let (status, now) = app.post_json(&key, &path, &json!({"reached": true, "reason": "refuses"})).await;
    assert_eq!(status, StatusCode::CREATED, "{now}");
    assert_ne!(now["status"], "reminding", "{now}");
    assert_eq!(now["service"], "collection");
    // the case document's history carries both calls
    let stored = app.state.db.run(move |c| crossclaim::db::claims::get_any(c, &id)).await.unwrap().unwrap();
    let history: Value = serde_json::from_str(&stored.claim.history_json).unwrap();
    assert_eq!(history["calls"].as_array().map(Vec::len), Some(2), "{history}");
    assert_eq!(history["calls"][0]["reason"], "forgot");
    assert_eq!(history["debtor_response"], "refuses");
}

#[tokio::test]
async fn the_flow_editor_refuses_a_third_written_reminder() {
    let app = app().await;
    let key = app.api_creditor("editor@example.com").await;
    let three = json!({"name": "Too many", "steps": [
        {"kind": "reminder", "offset_days": 1}, {"kind": "formal_notice", "offset_days": 7},
        {"kind": "reminder", "offset_days": 12}, {"kind": "hand_over", "offset_days": 20}]});
    let (status, answer) = app.post_json(&key, "/api/v1/flows", &three).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{answer}");
    assert_eq!(answer["field"], "steps[2]");
    assert!(answer["error"].as_str().unwrap().contains("two written"), "{answer}");
    let short = json!({"name": "Key accounts", "steps": [
        {"kind": "reminder", "offset_days": 3}, {"kind": "call", "offset_days": 10}, {"kind": "hand_over", "offset_days": 30}]});
    let (status, flow) = app.post_json(&key, "/api/v1/flows", &short).await;
    assert_eq!(status, StatusCode::CREATED, "{flow}");
    let mut body = reminding_body(&app);
    body["flow"] = flow["id"].clone();
    let filed = app.file_claim(&key, &body).await;
    assert_eq!(filed["next_step"]["kind"], "reminder");
    assert_eq!(filed["reminder_flow"]["flow_name"], "Key accounts");
    assert_eq!(filed["reminder_flow"]["steps"].as_array().unwrap().len(), 3);

    // another creditor cannot use it, nor see or move the claim
    let other = app.api_creditor("other@example.com").await;
    let (status, answer) = app.post_json(&other, "/api/v1/claims", &body).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(answer["field"], "flow");
    let id = id_of(&filed);
    for action in ["pause", "resume", "hand-over", "stop", "mark-paid", "calls"] {
        let (status, _) =
            app.post_json(&other, &format!("/api/v1/claims/{id}/{action}"), &json!({"reached": true})).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{action}");
    }
    let (status, _) = app.get_json(&other, &format!("/api/v1/claims/{id}")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn start_is_checked_and_a_claim_for_collection_has_no_reminders() {
    let app = app().await;
    let key = app.api_creditor("start@example.com").await;
    let mut body = reminding_body(&app);
    body["start"] = json!("later");
    let (status, answer) = crate::helpers::json_of(app.post_claim(&key, &body).await).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(answer["field"], "start");
    body["start"] = json!("collection");
    let filed = app.file_claim(&key, &body).await;
    assert_eq!(filed["status"], "submitted");
    assert!(filed["next_step"].is_null());
    assert_eq!(filed["reminders"], json!([]));
    let (status, _) = app.post_json(&key, &format!("/api/v1/claims/{}/pause", id_of(&filed)), &json!({})).await;
    assert_eq!(status, StatusCode::CONFLICT);
    // stopping a reminding claim: withdrawn, nothing sent, no partner told
    let id = reminding_claim(&app, &key).await;
    let (status, stopped) = app.post_json(&key, &format!("/api/v1/claims/{id}/stop"), &json!({})).await;
    assert_eq!(status, StatusCode::OK, "{stopped}");
    assert_eq!(stopped["status"], "withdrawn");
    app.advance_days(20).await;
    assert!(app.mails_to(DEBTOR).is_empty());
}

/// The reminders and the confirmation of a promise made on the response page, received by
/// a real SMTP server: the link in the reminder leads to the page, and the promise made
/// there is confirmed in the debtor's language.
#[tokio::test]
async fn reminders_and_a_promise_confirmation_reach_the_smtp_server() {
    use crate::helpers::{browser, link_in};
    let server = crate::smtp::SmtpServer::start().await;
    let app = spawn_app_with(&["--test-clock", "true", "--dispatcher", "true", "--smtp-url", &server.url()]).await;
    let key = app.api_creditor("smtp@example.com").await;
    reminding_claim(&app, &key).await;
    app.advance_days(1).await;
    let wait = std::time::Duration::from_secs(15);
    let reminder = server.wait_for(|m| m.envelope_to == [DEBTOR], wait).await;
    assert!(reminder.subject.starts_with("Zahlungserinnerung"), "a German reminder: {}", reminder.subject);
    assert!(reminder.body.contains("1.200,00"), "{}", reminder.body);
    let link = link_in(&reminder.body, "/r/").expect("the response page's link");

    // the debtor promises on the page the reminder links to
    let debtor = app.with_client(browser());
    let shown = debtor.get_page(&link).await;
    assert_eq!(shown.status, StatusCode::OK);
    let form_key = shown.input_value("form_key").expect("the page's form key");
    let on = app.state.today() + chrono::Duration::days(5);
    let promised = debtor
        .post_form(&format!("{link}/promise"), &[("form_key", form_key.as_str()), ("promise_on", &on.to_string())])
        .await;
    assert_eq!(promised.status, StatusCode::SEE_OTHER, "{}", promised.body);
    let written = on.format("%d.%m.%Y").to_string();
    let confirmation = server.wait_for(|m| m.envelope_to == [DEBTOR] && m.body.contains(&written), wait).await;
    assert!(confirmation.subject.contains("Zahlungszusage"), "{}", confirmation.subject);
    assert_eq!(server.received().iter().filter(|m| m.envelope_to == [DEBTOR]).count(), 2, "nothing else yet");
}
