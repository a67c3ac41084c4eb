//! `POST /api/v1/partners/{partner_id}/events`: signed partner events and the case state machine.

use chrono::Utc;
use crossclaim::webhooks::{Secret, sign};
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::spawn_app;
use crate::live_support::{earlier, event};

fn statuses(claim: &Value) -> Vec<(String, bool)> {
    claim["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["status"].as_str().unwrap().to_string(), e["applied"].as_bool().unwrap()))
        .collect()
}

#[tokio::test]
async fn a_signed_event_moves_the_case_and_joins_the_timeline() {
    let app = spawn_app().await;
    let (key, id, partner) = app.creditor_with_claim("ap@nordic.example").await;
    let mut body = event(&id, "contacting_debtor", earlier(1));
    body["collected"] = json!({"amount": "300.00", "currency": "EUR"});
    body["message"] = json!("Debtor promised payment by 2026-10-15 (confirmed in writing)");
    body["extra_field_from_a_newer_protocol"] = json!(true);
    let (status, answer) = app.post_event(&partner, "msg_1", &body).await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    assert_eq!(answer["result"], "applied");
    assert_eq!(answer["status"], "contacting_debtor");
    assert_eq!(answer["collected"], json!({"amount": "300.00", "currency": "EUR"}));
    assert!(answer["seq"].as_i64().unwrap() > 0);

    let claim = app.claim(&key, &id).await;
    assert_eq!(claim["status"], "contacting_debtor");
    assert_eq!(claim["collected"], json!({"amount": "300.00", "currency": "EUR"}));
    assert_eq!(claim["collected_exceeds_principal"], false);
    assert_eq!(claim["terminal"], false);
    assert_eq!(statuses(&claim), [("submitted".to_string(), true), ("contacting_debtor".to_string(), true)]);
    let stored = &claim["events"][1];
    assert_eq!(stored["source"], partner.id.as_str());
    assert_eq!(stored["message"], "Debtor promised payment by 2026-10-15 (confirmed in writing)");
    assert_eq!(stored["seq"], answer["seq"]);
}

#[tokio::test]
async fn bad_signatures_stale_timestamps_and_missing_headers_are_401_and_change_nothing() {
    let app = spawn_app().await;
    let (key, id, partner) = app.creditor_with_claim("ap@nordic.example").await;
    let body = serde_json::to_vec(&event(&id, "contacting_debtor", earlier(1))).unwrap();
    let now = Utc::now().timestamp();
    let headers = |secret: &Secret, ts: i64| {
        vec![
            ("webhook-id", "msg_x".to_string()),
            ("webhook-timestamp", ts.to_string()),
            ("webhook-signature", sign(secret, "msg_x", ts, &body)),
        ]
    };
    // signed with someone else's secret
    let (status, answer) = app.post_event_raw(&partner.id, &headers(&Secret::generate(), now), body.clone()).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{answer}");
    assert!(answer["error"].as_str().unwrap().contains("signature"));
    // signed with another partner's secret
    let other = app.other_partner(&partner.id);
    assert_eq!(
        app.post_event_raw(&partner.id, &headers(&other.secret, now), body.clone()).await.0,
        StatusCode::UNAUTHORIZED
    );
    // more than five minutes old or ahead
    for ts in [now - 301, now + 301] {
        let (status, answer) = app.post_event_raw(&partner.id, &headers(&partner.secret, ts), body.clone()).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
        assert!(answer["error"].as_str().unwrap().contains("5 minutes"), "{answer}");
    }
    // a body changed after signing
    let mut changed = body.clone();
    changed.extend_from_slice(b" ");
    assert_eq!(
        app.post_event_raw(&partner.id, &headers(&partner.secret, now), changed).await.0,
        StatusCode::UNAUTHORIZED
    );
    // each header missing in turn
    for missing in ["webhook-id", "webhook-timestamp", "webhook-signature"] {
        let without: Vec<_> = headers(&partner.secret, now).into_iter().filter(|(name, _)| *name != missing).collect();
        let (status, answer) = app.post_event_raw(&partner.id, &without, body.clone()).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED);
        assert!(answer["error"].as_str().unwrap().contains(missing), "{answer}");
    }
    let claim = app.claim(&key, &id).await;
    assert_eq!(claim["status"], "submitted");
    assert_eq!(claim["events"].as_array().unwrap().len(), 1);
    // and the same message, correctly signed, is accepted
    assert_eq!(app.post_event_raw(&partner.id, &headers(&partner.secret, now), body).await.0, StatusCode::OK);
}

#[tokio::test]
async fn secrets_being_rotated_are_all_accepted() {
    let app = spawn_app().await;
    let (_, id, partner) = app.creditor_with_claim("ap@nordic.example").await;
    let body = serde_json::to_vec(&event(&id, "received", earlier(1))).unwrap();
    let now = Utc::now().timestamp();
    // the sender signs with its new secret and the old one, space-separated
    let both =
        format!("{} {}", sign(&Secret::generate(), "msg_r", now, &body), sign(&partner.secret, "msg_r", now, &body));
    let headers =
        [("webhook-id", "msg_r".to_string()), ("webhook-timestamp", now.to_string()), ("webhook-signature", both)];
    assert_eq!(app.post_event_raw(&partner.id, &headers, body).await.0, StatusCode::OK);
}

#[tokio::test]
async fn an_unknown_partner_or_another_partners_case_is_404() {
    let app = spawn_app().await;
    let (key, id, partner) = app.creditor_with_claim("ap@nordic.example").await;
    let body = event(&id, "contacting_debtor", earlier(1));
    let stranger = crate::live_support::Partner { id: "no-such-partner".into(), secret: partner.secret.clone() };
    let (status, _) = app.post_event(&stranger, "msg_1", &body).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    // a real partner, correctly signed, but the case is with someone else
    let other = app.other_partner(&partner.id);
    let (status, answer) = app.post_event(&other, "msg_2", &body).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "{answer}");
    // a case that does not exist
    let (status, _) =
        app.post_event(&partner, "msg_3", &event("c_01NOSUCHCASE", "contacting_debtor", earlier(1))).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(app.claim(&key, &id).await["status"], "submitted");
}

#[tokio::test]
async fn a_transition_the_state_machine_forbids_is_409() {
    let app = spawn_app().await;
    let (key, id, partner) = app.creditor_with_claim("ap@nordic.example").await;
    let ok = |s: (StatusCode, Value)| assert_eq!(s.0, StatusCode::OK, "{}", s.1);
    ok(app.post_event(&partner, "m1", &event(&id, "contacting_debtor", earlier(10))).await);
    // received comes only before collection starts
    let (status, answer) = app.post_event(&partner, "m2", &event(&id, "received", earlier(9))).await;
    assert_eq!(status, StatusCode::CONFLICT, "{answer}");
    assert!(answer["error"].as_str().unwrap().contains("contacting_debtor"), "{answer}");
    ok(app.post_event(&partner, "m3", &event(&id, "legal_proceedings", earlier(8))).await);
    assert_eq!(app.post_event(&partner, "m4", &event(&id, "disputed", earlier(7))).await.0, StatusCode::CONFLICT);
    let claim = app.claim(&key, &id).await;
    assert_eq!(claim["status"], "legal_proceedings");
    // refused events are not stored
    assert_eq!(claim["events"].as_array().unwrap().len(), 3);
}

#[tokio::test]
async fn terminal_states_stay_terminal() {
    let app = spawn_app().await;
    let (key, id, partner) = app.creditor_with_claim("ap@nordic.example").await;
    let mut paid = event(&id, "paid", earlier(10));
    paid["collected"] = json!({"amount": "1200.00", "currency": "EUR"});
    assert_eq!(app.post_event(&partner, "m1", &paid).await.0, StatusCode::OK);
    for (n, status) in
        ["partially_paid", "contacting_debtor", "paid", "uncollectable", "withdrawn"].into_iter().enumerate()
    {
        let (code, answer) = app.post_event(&partner, &format!("later-{n}"), &event(&id, status, earlier(5))).await;
        assert_eq!(code, StatusCode::CONFLICT, "{status}: {answer}");
    }
    let claim = app.claim(&key, &id).await;
    assert_eq!(claim["status"], "paid");
    assert_eq!(claim["terminal"], true);
}

#[tokio::test]
async fn partners_never_send_platform_statuses() {
    let app = spawn_app().await;
    let (_, id, partner) = app.creditor_with_claim("ap@nordic.example").await;
    for status in ["declined", "submitted"] {
        let (code, answer) = app.post_event(&partner, status, &event(&id, status, earlier(1))).await;
        assert_eq!(code, StatusCode::UNPROCESSABLE_ENTITY, "{answer}");
        assert_eq!(answer["field"], "status");
    }
}

#[tokio::test]
async fn malformed_bodies_name_the_field() {
    let app = spawn_app().await;
    let (key, id, partner) = app.creditor_with_claim("ap@nordic.example").await;
    let good = event(&id, "contacting_debtor", earlier(1));
    let with = |field: &str, value: Value| {
        let mut body = good.clone();
        body[field] = value;
        body
    };
    let cases: Vec<(Value, StatusCode, &str)> = vec![
        (with("status", json!("lost")), StatusCode::UNPROCESSABLE_ENTITY, "status"),
        (with("status", json!(7)), StatusCode::BAD_REQUEST, "status"),
        (with("occurred_at", json!("2026-10-02 09:15")), StatusCode::UNPROCESSABLE_ENTITY, "occurred_at"),
        (
            with("occurred_at", json!((Utc::now() + chrono::Duration::hours(1)).to_rfc3339())),
            StatusCode::UNPROCESSABLE_ENTITY,
            "occurred_at",
        ),
        (
            with("collected", json!({"amount": "300.00", "currency": "SEK"})),
            StatusCode::UNPROCESSABLE_ENTITY,
            "collected.currency",
        ),
        (
            with("collected", json!({"amount": "300.001", "currency": "EUR"})),
            StatusCode::UNPROCESSABLE_ENTITY,
            "collected.amount",
        ),
        (with("collected", json!({"amount": 300, "currency": "EUR"})), StatusCode::BAD_REQUEST, "collected.amount"),
        (with("case_id", json!("")), StatusCode::UNPROCESSABLE_ENTITY, "case_id"),
        (with("partner_reference", json!("")), StatusCode::UNPROCESSABLE_ENTITY, "partner_reference"),
        (with("message", json!("x".repeat(4001))), StatusCode::UNPROCESSABLE_ENTITY, "message"),
    ];
    for (n, (body, expected, field)) in cases.into_iter().enumerate() {
        let (status, answer) = app.post_event(&partner, &format!("bad-{n}"), &body).await;
        assert_eq!(status, expected, "{field}: {answer}");
        assert_eq!(answer["field"], field, "{answer}");
        assert!(!answer["error"].as_str().unwrap().is_empty());
    }
    // not JSON at all
    let now = Utc::now().timestamp();
    let body = b"status=paid".to_vec();
    let headers = [
        ("webhook-id", "raw".to_string()),
        ("webhook-timestamp", now.to_string()),
        ("webhook-signature", sign(&partner.secret, "raw", now, &body)),
    ];
    let (status, answer) = app.post_event_raw(&partner.id, &headers, body).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{answer}");
    let claim = app.claim(&key, &id).await;
    assert_eq!(claim["status"], "submitted");
    assert_eq!(claim["events"].as_array().unwrap().len(), 1, "nothing half-written");
}

#[tokio::test]
async fn the_case_keeps_its_partner_reference() {
    let app = spawn_app().await;
    let (key, id, partner) = app.creditor_with_claim("ap@nordic.example").await;
    assert_eq!(app.post_event(&partner, "m1", &event(&id, "received", earlier(3))).await.0, StatusCode::OK);
    let mut other = event(&id, "contacting_debtor", earlier(2));
    other["partner_reference"] = json!("AG-2");
    let (status, answer) = app.post_event(&partner, "m2", &other).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{answer}");
    assert_eq!(answer["field"], "partner_reference");
    assert!(answer["error"].as_str().unwrap().contains("AG-1"));
    assert_eq!(app.claim(&key, &id).await["status"], "received");
}

#[tokio::test]
async fn an_oversized_body_is_413() {
    let app = spawn_app().await;
    let (_, id, partner) = app.creditor_with_claim("ap@nordic.example").await;
    let mut body = event(&id, "contacting_debtor", earlier(1));
    body["padding"] = json!("x".repeat(70 * 1024));
    let (status, answer) = app.post_event(&partner, "big", &body).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE, "{answer}");
    // the size is checked before the signature: an unsigned oversized body is 413 too, not 401
    let unsigned = serde_json::to_vec(&body).unwrap();
    let (status, answer) = app.post_event_raw(&partner.id, &[], unsigned.clone()).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE, "{answer}");
    let headers = [("webhook-id", "big".to_string()), ("webhook-timestamp", Utc::now().timestamp().to_string())];
    let (status, answer) = app.post_event_raw(&partner.id, &headers, unsigned).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE, "{answer}");
    // while a small unsigned body is 401
    let small = serde_json::to_vec(&event(&id, "contacting_debtor", earlier(1))).unwrap();
    assert_eq!(app.post_event_raw(&partner.id, &[], small).await.0, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn a_replayed_webhook_id_is_a_2xx_no_op() {
    let app = spawn_app().await;
    let (key, id, partner) = app.creditor_with_claim("ap@nordic.example").await;
    let body = event(&id, "contacting_debtor", earlier(5));
    let (first, answer) = app.post_event(&partner, "msg_once", &body).await;
    assert_eq!((first, answer["result"].as_str()), (StatusCode::OK, Some("applied")));
    let (again, answer) = app.post_event(&partner, "msg_once", &body).await;
    assert_eq!(again, StatusCode::OK);
    assert_eq!(answer["result"], "duplicate");
    assert_eq!(answer["status"], "contacting_debtor");
    // a replay is a no-op even when the case has moved on since
    assert_eq!(app.post_event(&partner, "msg_next", &event(&id, "paid", earlier(1))).await.0, StatusCode::OK);
    let (again, answer) = app.post_event(&partner, "msg_once", &body).await;
    assert_eq!((again, answer["result"].as_str()), (StatusCode::OK, Some("duplicate")));
    let claim = app.claim(&key, &id).await;
    assert_eq!(claim["status"], "paid");
    assert_eq!(statuses(&claim).len(), 3);
}

#[tokio::test]
async fn an_older_event_arriving_late_is_kept_but_does_not_move_the_case_back() {
    let app = spawn_app().await;
    let (key, id, partner) = app.creditor_with_claim("ap@nordic.example").await;
    assert_eq!(app.post_event(&partner, "newer", &event(&id, "payment_plan", earlier(2))).await.0, StatusCode::OK);
    let (status, answer) = app.post_event(&partner, "older", &event(&id, "contacting_debtor", earlier(4))).await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    assert_eq!(answer["result"], "late");
    assert_eq!(answer["status"], "payment_plan");
    let claim = app.claim(&key, &id).await;
    assert_eq!(claim["status"], "payment_plan");
    // the timeline is in occurred_at order and marks the late one
    assert_eq!(
        statuses(&claim),
        [("submitted".into(), true), ("contacting_debtor".into(), false), ("payment_plan".into(), true)]
    );
    // a late event may even name a status the state machine would refuse now: it is history
    let (status, answer) = app.post_event(&partner, "oldest", &event(&id, "received", earlier(5))).await;
    assert_eq!((status, answer["result"].as_str()), (StatusCode::OK, Some("late")));
    assert_eq!(app.claim(&key, &id).await["status"], "payment_plan");
}

#[tokio::test]
async fn a_collected_total_above_the_principal_is_flagged() {
    let app = spawn_app().await;
    let (key, id, partner) = app.creditor_with_claim("ap@nordic.example").await;
    let mut body = event(&id, "partially_paid", earlier(2));
    body["collected"] = json!({"amount": "1300.00", "currency": "EUR"});
    let (status, answer) = app.post_event(&partner, "over", &body).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(answer["collected_exceeds_principal"], true);
    assert!(answer["warnings"][0].as_str().unwrap().contains("1200.00 EUR"), "{answer}");
    let claim = app.claim(&key, &id).await;
    assert_eq!(claim["collected_exceeds_principal"], true);
    assert_eq!(claim["events"][1]["collected_exceeds_principal"], true);
    // the collected total is derived from payments: a lower running total later does not
    // undo money recorded as received, and the partner is told so
    let mut body = event(&id, "partially_paid", earlier(1));
    body["collected"] = json!({"amount": "1000.00", "currency": "EUR"});
    let (_, answer) = app.post_event(&partner, "lower", &body).await;
    assert_eq!(answer["collected"], json!({"amount": "1300.00", "currency": "EUR"}));
    assert!(answer["warnings"][0].as_str().unwrap().contains("less than the payments"), "{answer}");
    // an amount within the principal is not flagged
    let (_, other, _) = app.creditor_with_claim("ap2@nordic.example").await;
    let mut body = event(&other, "partially_paid", earlier(1));
    body["collected"] = json!({"amount": "1000.00", "currency": "EUR"});
    let (_, answer) = app.post_event(&partner, "under", &body).await;
    assert_eq!(answer["collected_exceeds_principal"], false, "{answer}");
    assert_eq!(answer["warnings"], json!([]));
}

#[tokio::test]
async fn concurrent_events_for_one_case_leave_it_in_the_newest_state() {
    let app = spawn_app().await;
    let (key, id, partner) = app.creditor_with_claim("ap@nordic.example").await;
    let statuses = ["contacting_debtor", "payment_plan", "partially_paid"];
    let posts = (0..24).map(|n| {
        let body = event(&id, statuses[n % 3], earlier(30 - n as i64));
        let (app, partner) = (&app, &partner);
        async move { app.post_event(partner, &format!("c{n}"), &body).await }
    });
    let answers = futures_util::future::join_all(posts).await;
    assert!(answers.iter().all(|(s, _)| *s == StatusCode::OK), "{answers:?}");
    let claim = app.claim(&key, &id).await;
    // the newest event (n = 23) is partially_paid, whatever order they were applied in
    assert_eq!(claim["status"], "partially_paid");
    let events = claim["events"].as_array().unwrap();
    assert_eq!(events.len(), 25);
    assert_eq!(events.last().unwrap()["applied"], true);
    let mut seqs: Vec<i64> = events.iter().map(|e| e["seq"].as_i64().unwrap()).collect();
    seqs.sort();
    seqs.dedup();
    assert_eq!(seqs.len(), 25, "every event has its own sequence number");
}
