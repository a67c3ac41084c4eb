//! Partners' measured performance: SLA breaches fall due on the application's clock and show
//! on the operator page; the public directory shows the figures of what partners did.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::case_support::payment;
use crate::helpers::{TestApp, spawn_app_with};
use crate::live_support::{Partner, earlier, event};

async fn operator(app: &TestApp) {
    let token = app.state.operator_token.to_string();
    let signin = app.submit("/operator", "/operator/signin", &[("token", &token)]).await;
    assert_eq!(signin.status, StatusCode::SEE_OTHER);
}

/// The partner reports `status` on the case now.
async fn report(app: &TestApp, partner: &Partner, id: &str, status: &str, step: i64) {
    let key = format!("{id}-{status}-{step}");
    let (code, answer) = app.post_event(partner, &key, &event(id, status, earlier(10 - step))).await;
    assert_eq!(code, StatusCode::OK, "{answer}");
}

/// The SLA breaches `breaches_of` gives for the partner now.
async fn breaches_of(app: &TestApp, partner: &str) -> Vec<crossclaim::domain::performance::Breach> {
    let (registry, partner, now) = (app.state.registry.clone(), partner.to_string(), app.state.now());
    app.state.db.run(move |c| crossclaim::db::performance::breaches_of(c, &registry, &partner, now)).await.unwrap()
}

/// Rows of the operator page's table of missed deadlines, as text.
fn breach_rows(body: &str) -> Vec<String> {
    let Some(start) = body.find("id=\"sla-breaches\"") else { return vec![] };
    let table = &body[start..start + body[start..].find("</table>").unwrap()];
    table
        .split("<tr")
        .skip(2)
        .map(|row| row.split_once('>').map_or(row, |(_, rest)| rest))
        .map(|row| {
            let mut text = String::new();
            let mut in_tag = false;
            for c in row.chars() {
                match c {
                    '<' => in_tag = true,
                    '>' => {
                        in_tag = false;
                        text.push(' ');
                    }
                    c if !in_tag => text.push(c),
                    _ => {}
                }
            }
            text.split_whitespace().collect::<Vec<_>>().join(" ")
        })
        .collect()
}

#[tokio::test]
async fn a_missed_acceptance_deadline_shows_once_the_clock_passes_it_and_not_before() {
    let app = spawn_app_with(&["--test-clock", "true"]).await;
    let key = app.api_creditor("ap@sla.example").await;
    // a partner that stays quiet on one case, and keeps every deadline on another
    let (quiet, partner) = app.claim_for(&key).await;
    let (kept, same) = app.claim_for(&key).await;
    assert_eq!(partner.id, same.id);
    report(&app, &partner, &kept, "received", 1).await;
    report(&app, &partner, &kept, "contacting_debtor", 2).await;
    let name = app.state.registry.get(&partner.id).unwrap().name.clone();

    operator(&app).await;
    let page = app.get_page("/operator").await;
    assert!(page.text_of("no-breaches").is_some(), "nothing is due yet");
    assert!(breaches_of(&app, &partner.id).await.is_empty());

    // a day later the end of the next business day has not passed yet
    app.advance_days(1).await;
    let page = app.get_page("/operator").await;
    assert!(breach_rows(&page.body).is_empty(), "{:?}", breach_rows(&page.body));
    assert!(breaches_of(&app, &partner.id).await.is_empty());

    // five days after the hand-over at least one business day has ended: the quiet case is late
    app.advance_days(4).await;
    let page = app.get_page("/operator").await;
    let rows = breach_rows(&page.body);
    assert_eq!(rows.len(), 1, "{rows:?}");
    let row = &rows[0];
    assert!(row.contains(&name) && row.contains(&quiet), "{row}");
    assert!(row.contains("Accept or decline the case within 1 business day"), "{row}");
    assert!(row.contains("Still outstanding"), "{row}");
    assert!(!page.body.contains("accept_within"), "no data keys on the page");
    let found = breaches_of(&app, &partner.id).await;
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].claim_id.as_str(), found[0].is_open()), (quiet.as_str(), true));
    let due = crossclaim::db::from_micros(found[0].due_at - 1).format("%Y-%m-%d %H:%M UTC").to_string();
    assert!(row.contains(&due), "{row} names the deadline {due}");
    // another partner has none
    let other = app.other_partner(&partner.id);
    assert!(breaches_of(&app, &other.id).await.is_empty());

    // accepting late closes it, and the page says it was done late (whether first contact is
    // late by now too depends on the weekday the test runs on)
    report(&app, &partner, &quiet, "received", 3).await;
    let rows = breach_rows(&app.get_page("/operator").await.body);
    let answer: Vec<&String> = rows.iter().filter(|r| r.contains("Accept or decline")).collect();
    assert_eq!(answer.len(), 1, "{rows:?}");
    assert!(answer[0].contains("Done late") && !answer[0].contains("Still outstanding"), "{}", answer[0]);
    let found = breaches_of(&app, &partner.id).await;
    let kinds: Vec<_> = found.iter().map(|b| (b.kind, b.is_open())).collect();
    assert!(kinds.contains(&(crossclaim::domain::performance::BreachKind::Answer, false)), "{kinds:?}");
    assert!(found.iter().all(|b| b.claim_id == quiet), "the case that kept its deadlines has none: {found:?}");
}

fn performance_of(directory: &Value, partner: &str) -> Value {
    directory["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["id"] == partner)
        .unwrap_or_else(|| panic!("{partner} is not listed"))["performance"]
        .clone()
}

async fn directory(app: &TestApp) -> Value {
    let response = app.client.get(app.url("/api/v1/partners")).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    response.json().await.unwrap()
}

#[tokio::test]
async fn the_directory_shows_the_figures_of_what_a_partner_did() {
    let app = spawn_app_with(&["--test-clock", "true"]).await;
    let key = app.api_creditor("ap@figures.example").await;
    let (paid, partner) = app.claim_for(&key).await;
    let (part, _) = app.claim_for(&key).await;
    let (nothing, _) = app.claim_for(&key).await;
    let before = performance_of(&directory(&app).await, &partner.id);
    assert_eq!(before["measured"], false, "{before}");
    assert_eq!(before["summary"], "New to the network: too few cases to measure");
    assert_eq!(before["score"], 70);
    assert_eq!(
        before["sla"],
        json!({"accept_within_business_days": 1, "first_contact_within_business_days": 3, "update_every_days": 14})
    );

    // all three accepted; two with contact, one paid in full (1200.00), one in part (300.00)
    for (step, id) in [&paid, &part, &nothing].into_iter().enumerate() {
        report(&app, &partner, id, "received", step as i64).await;
    }
    report(&app, &partner, &paid, "contacting_debtor", 4).await;
    report(&app, &partner, &part, "contacting_debtor", 5).await;
    for (id, cents) in [(&paid, 120_000), (&part, 30_000)] {
        let (code, answer) = app.post_event(&partner, &format!("pay-{id}"), &payment(id, "AG-1", "p-1", cents)).await;
        assert_eq!(code, StatusCode::OK, "{answer}");
    }
    app.advance_days(1).await;

    let after = performance_of(&directory(&app).await, &partner.id);
    assert_eq!(after["measured"], true, "{after}");
    assert_eq!(after["cases"], 3);
    assert_eq!(after["collected_in_full_percent"], 33);
    assert_eq!(after["collected_in_part_percent"], 33);
    // (100 % + 25 % + 0 %) / 3
    assert_eq!(after["recovered_percent"], 42);
    assert_eq!(after["sla_met_percent"], 100, "every deadline due so far was kept");
    assert_eq!(after["median_days_to_first_payment"], "0");
    assert_eq!((after["silences"].as_u64(), after["overdue_promises"].as_u64()), (Some(0), Some(0)));
    let score = after["score"].as_u64().unwrap();
    assert!(score > 70 && score < 100, "three good cases lift a newcomer, but not all the way: {score}");

    let page = app.get_page("/partners").await;
    let cell = page.text_of(&format!("perf-DE-{}", partner.id)).expect("the partner's figures");
    assert!(cell.contains("33 % of cases collected in full, 33 % in part"), "{cell}");
    assert!(cell.contains("42 % of the amount handed over recovered"), "{cell}");
    assert!(cell.contains(&format!("Score {score} of 100 from 3 cases")), "{cell}");
    // a partner with no cases is new to the network
    let other = app
        .state
        .registry
        .all()
        .iter()
        .find(|p| p.id.as_str() != partner.id && p.countries.iter().any(|c| c.code() == "DE"))
        .unwrap();
    let cell = page.text_of(&format!("perf-DE-{}", other.id)).expect("the other partner's cell");
    assert_eq!(cell.trim(), "New to the network: too few cases to measure");

    // the same figures in a Swedish reader's words
    let html = crate::helpers::browser()
        .get(app.url("/partners"))
        .header("cookie", "lang=sv")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let page = crate::helpers::Page { status: reqwest::StatusCode::OK, location: None, body: html };
    let cell = page.text_of(&format!("perf-DE-{}", partner.id)).expect("the partner's figures in Swedish");
    assert!(cell.contains("33 % av ärendena helt indrivna, 33 % delvis"), "{cell}");
    assert!(cell.contains(&format!("Betyg {score} av 100 utifrån 3 ärenden")), "{cell}");
    assert!(!cell.contains("cases"), "{cell}");
}
