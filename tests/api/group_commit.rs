//! Group commit of partner events: events arriving together are committed in one
//! transaction, each in a savepoint of its own, and each answered after the commit. An event
//! that is refused, or whose statements fail, leaves the others of its batch committed.

use crossclaim::db::claims::{self, EventRow, PartnerCheck, Pending, Recorded};
use crossclaim::db::deliveries::{self, DeliveryRow};
use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::spawn_app;
use crate::live_support::{Partner, earlier, event};

fn partner_event(claim_id: &str, partner: &Partner, status: &str, webhook_id: Option<&str>, at: i64) -> Pending {
    let now = chrono::Utc::now().timestamp_micros();
    let event = EventRow {
        webhook_id: webhook_id.map(str::to_string),
        message: Some(format!("now {status}")),
        ..EventRow::entry(claim_id, status, claims::kind::STATUS, &partner.id, at, now)
    };
    let check = PartnerCheck { partner_id: partner.id.clone(), partner_reference: "AG-1".into() };
    Pending { check: Some(check), ..Pending::event(event) }
}

#[tokio::test]
async fn events_posted_together_commit_together_and_a_refused_one_fails_alone() {
    let app = spawn_app().await;
    let key = app.api_creditor("ap@nordic.example").await;
    let mut cases = Vec::new();
    for _ in 0..6 {
        cases.push(app.claim_for(&key).await);
    }
    // the first case is in collection: `received` is no longer allowed for it
    let (refused_id, partner) = &cases[0];
    let (code, answer) = app.post_event(partner, "first", &event(refused_id, "contacting_debtor", earlier(5))).await;
    assert_eq!(code, StatusCode::OK, "{answer}");

    let posts = cases.iter().enumerate().map(|(n, (id, partner))| {
        let status = if n == 0 { "received" } else { "contacting_debtor" };
        let body = event(id, status, earlier(2));
        let app = &app;
        async move { app.post_event(partner, &format!("together-{n}"), &body).await }
    });
    // and a replay of the first event, in the same burst
    let first = event(refused_id, "contacting_debtor", earlier(5));
    let replay = app.post_event(partner, "first", &first);
    let (answers, replayed) = tokio::join!(futures_util::future::join_all(posts), replay);

    assert_eq!(answers[0].0, StatusCode::CONFLICT, "{}", answers[0].1);
    assert_eq!(replayed.0, StatusCode::OK, "{}", replayed.1);
    assert_eq!(replayed.1["result"], "duplicate");
    for (n, (code, answer)) in answers.iter().enumerate().skip(1) {
        assert_eq!(*code, StatusCode::OK, "event {n}: {answer}");
        assert_eq!(answer["result"], "applied", "{answer}");
        assert_eq!(answer["status"], "contacting_debtor", "{answer}");
        assert!(answer["seq"].as_i64().is_some(), "{answer}");
    }
    for (n, (id, _)) in cases.iter().enumerate() {
        let claim: Value = app.claim(&key, id).await;
        assert_eq!(claim["status"], "contacting_debtor", "case {n}");
        // filing, then one partner event each: the refused and the replayed are not stored
        assert_eq!(claim["events"].as_array().unwrap().len(), 2, "case {n}: {claim}");
    }
}

#[tokio::test]
async fn an_event_failing_in_a_group_commit_is_rolled_back_alone() {
    let app = spawn_app().await;
    let key = app.api_creditor("ap@nordic.example").await;
    let mut cases = Vec::new();
    for _ in 0..4 {
        cases.push(app.claim_for(&key).await);
    }
    let (code, answer) = app.post_event(&cases[1].1, "b1", &event(&cases[1].0, "contacting_debtor", earlier(5))).await;
    assert_eq!(code, StatusCode::OK, "{answer}");
    // after the event above, so that none of these is late
    let at = earlier(0).timestamp_micros();
    let [(a, pa), (b, pb), (c, pc), (d, pd)] = [&cases[0], &cases[1], &cases[2], &cases[3]];
    // c's event is stored first in its savepoint, then its outbox row collides with the
    // hand-over already stored for the case: the statement fails and c is rolled back
    let lookup = c.clone();
    let existing = app.state.db.run(move |conn| deliveries::of_claim(conn, &lookup)).await.unwrap();
    let clash = DeliveryRow { id: existing[0].id.clone(), ..DeliveryRow::new(c, "mail", deliveries::MAIL, at) };
    let batch = vec![
        partner_event(a, pa, "contacting_debtor", Some("a1"), at),
        // from contacting_debtor, the case cannot go back to received
        partner_event(b, pb, "received", Some("b2"), at),
        Pending { outbox: vec![clash], ..partner_event(c, pc, "contacting_debtor", None, at) },
        partner_event(d, pd, "contacting_debtor", Some("d1"), at),
        // the same webhook-id again in the same batch: stored once
        partner_event(d, pd, "contacting_debtor", Some("d1"), at),
    ];
    let outcomes = app.state.db.run(move |conn| Ok(claims::record_batch(conn, &batch))).await.unwrap();
    assert_eq!(outcomes.len(), 5);
    let result = |n: usize| outcomes[n].as_ref().map(|o| o.result.clone());
    assert_eq!(result(0).unwrap(), Recorded::Applied);
    assert!(matches!(result(1).unwrap(), Recorded::Forbidden { .. }), "{:?}", outcomes[1]);
    assert!(outcomes[2].is_err(), "{:?}", outcomes[2]);
    assert_eq!(result(3).unwrap(), Recorded::Applied);
    assert_eq!(result(4).unwrap(), Recorded::Duplicate);
    assert!(outcomes[0].as_ref().unwrap().seq.is_some());

    let events = |claim: Value| claim["events"].as_array().unwrap().len();
    let claim_a = app.claim(&key, a).await;
    assert_eq!((claim_a["status"].as_str().unwrap(), events(claim_a.clone())), ("contacting_debtor", 2));
    let claim_b = app.claim(&key, b).await;
    assert_eq!((claim_b["status"].as_str().unwrap(), events(claim_b.clone())), ("contacting_debtor", 2));
    let claim_c = app.claim(&key, c).await;
    assert_eq!((claim_c["status"].as_str().unwrap(), events(claim_c.clone())), ("submitted", 1), "{claim_c}");
    let claim_d = app.claim(&key, d).await;
    assert_eq!((claim_d["status"].as_str().unwrap(), events(claim_d.clone())), ("contacting_debtor", 2));
}

#[tokio::test]
async fn each_event_of_a_group_commit_meets_the_case_as_the_earlier_ones_left_it() {
    use crossclaim::db::webhooks::{self, EndpointRow};
    let app = spawn_app().await;
    let key = app.api_creditor("ap@nordic.example").await;
    let [(a, pa), (b, pb), (c, pc)] = [app.claim_for(&key).await, app.claim_for(&key).await, app.claim_for(&key).await];
    let (code, answer) = app.post_event(&pb, "b-before", &event(&b, "contacting_debtor", earlier(5))).await;
    assert_eq!(code, StatusCode::OK, "{answer}");
    let lookup = a.clone();
    let brief = app.state.db.run(move |conn| claims::brief(conn, &lookup)).await.unwrap().unwrap();
    // the creditor listens for status changes: every applied event writes a message with its seq
    let endpoint = EndpointRow {
        id: "we_batch".into(),
        creditor_id: brief.creditor_id.clone(),
        url: "https://hooks.example/claims".into(),
        events: "claim.status_changed".into(),
        secret: "sealed".into(),
        previous_secret: None,
        previous_until: None,
        created_at: 0,
        deleted_at: None,
    };
    app.state.db.run(move |conn| webhooks::insert_endpoint(conn, &endpoint)).await.unwrap();

    let at = |steps: i64| earlier(steps).timestamp_micros();
    let mail = DeliveryRow::new(&c, "mail", deliveries::MAIL, at(0));
    let mail_of_late = DeliveryRow::new(&a, "mail", deliveries::MAIL, at(0));
    let wrong_reference = Pending {
        check: Some(PartnerCheck { partner_id: pb.id.clone(), partner_reference: "AG-other".into() }),
        ..partner_event(&b, &pb, "payment_plan", Some("b2"), at(1))
    };
    let batch = vec![
        partner_event(&a, &pa, "contacting_debtor", Some("a1"), at(3)),
        partner_event(&a, &pa, "payment_plan", Some("a2"), at(2)),
        // older than the one before it: kept, the case stays where it is, no e-mail
        Pending { outbox: vec![mail_of_late], ..partner_event(&a, &pa, "received", Some("a0"), at(4)) },
        // the same webhook-id as the first of the batch
        partner_event(&a, &pa, "contacting_debtor", Some("a1"), at(1)),
        // stored before the batch
        partner_event(&b, &pb, "contacting_debtor", Some("b-before"), at(1)),
        // b is in collection: it cannot go back to received
        partner_event(&b, &pb, "received", Some("b1"), at(1)),
        wrong_reference,
        // another partner's event about c, and an event about no case
        partner_event(&c, &app.other_partner(&pc.id), "contacting_debtor", Some("c0"), at(1)),
        partner_event("c_missing", &pc, "contacting_debtor", Some("x1"), at(1)),
        partner_event(&c, &pc, "contacting_debtor", None, at(1)),
        Pending { outbox: vec![mail.clone()], ..partner_event(&c, &pc, "payment_plan", Some("c2"), at(0)) },
    ];
    let outcomes = app.state.db.run(move |conn| Ok(claims::record_batch(conn, &batch))).await.unwrap();
    let outcomes: Vec<_> = outcomes.into_iter().map(|o| o.expect("recorded")).collect();
    let results: Vec<Recorded> = outcomes.iter().map(|o| o.result.clone()).collect();
    let expected_reference = results[6].clone();
    assert!(matches!(expected_reference, Recorded::ReferenceMismatch { .. }), "{results:?}");
    assert_eq!(
        results,
        vec![
            Recorded::Applied,
            Recorded::Applied,
            Recorded::Late,
            Recorded::Duplicate,
            Recorded::Duplicate,
            Recorded::Forbidden {
                from: crossclaim::domain::status::CaseStatus::ContactingDebtor,
                to: crossclaim::domain::status::CaseStatus::Received
            },
            expected_reference,
            Recorded::NoClaim,
            Recorded::NoClaim,
            Recorded::Applied,
            Recorded::Applied,
        ]
    );
    let status = |n: usize| outcomes[n].case.as_ref().map(|c| c.status.clone());
    assert_eq!(status(0).as_deref(), Some("contacting_debtor"));
    for n in [1, 2, 3] {
        assert_eq!(status(n).as_deref(), Some("payment_plan"), "event {n}: {:?}", outcomes[n]);
    }
    assert_eq!(status(5).as_deref(), Some("contacting_debtor"));
    assert_eq!((status(7), status(8)), (None, None));
    assert_eq!(status(10).as_deref(), Some("payment_plan"));
    // only the stored events have numbers, increasing in the order of the batch
    let seqs: Vec<i64> = outcomes.iter().filter_map(|o| o.seq).collect();
    assert_eq!(seqs.len(), 5, "{outcomes:?}");
    assert!(seqs.windows(2).all(|w| w[0] < w[1]), "{seqs:?}");

    let claim_a = app.claim(&key, &a).await;
    assert_eq!(claim_a["status"], "payment_plan", "{claim_a}");
    assert_eq!(claim_a["events"].as_array().unwrap().len(), 4, "{claim_a}");
    let claim_b = app.claim(&key, &b).await;
    assert_eq!(claim_b["status"], "contacting_debtor", "{claim_b}");
    assert_eq!(claim_b["events"].as_array().unwrap().len(), 2, "{claim_b}");
    let claim_c = app.claim(&key, &c).await;
    assert_eq!(claim_c["status"], "payment_plan", "{claim_c}");
    assert_eq!(claim_c["events"].as_array().unwrap().len(), 3, "{claim_c}");

    // a message per applied event, carrying its number; the e-mail of the applied event only
    let outbox_of = |claim: &str| {
        let claim = claim.to_string();
        app.state.db.run(move |conn| deliveries::of_claim(conn, &claim))
    };
    let (outbox_a, outbox_c) = (outbox_of(&a).await.unwrap(), outbox_of(&c).await.unwrap());
    assert!(outbox_a.iter().all(|d| d.kind != deliveries::MAIL), "{outbox_a:?}");
    assert!(outbox_c.iter().any(|d| d.id == mail.id), "{outbox_c:?}");
    let mut announced = Vec::new();
    for d in outbox_a.iter().chain(&outbox_c).filter(|d| d.kind == deliveries::WEBHOOK) {
        let id = d.payload.clone().expect("a message id");
        let message = app.state.db.run(move |conn| webhooks::message(conn, &id)).await.unwrap().expect("the message");
        let body: Value = serde_json::from_str(&message.body).unwrap();
        announced.push(body["data"]["seq"].as_i64().expect("a seq"));
    }
    announced.sort_unstable();
    let applied: Vec<i64> = [0, 1, 9, 10].iter().filter_map(|n| outcomes[*n].seq).collect();
    assert_eq!(announced, applied);
}
