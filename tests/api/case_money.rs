//! A case's money over HTTP (protocol v1.1): the partner's payment, reversal, payout and
//! promise events, the creditor's direct payments, the balance, the statement, and a v1
//! partner's running total.

// Amounts are written in cents with the cents apart: 1200_00 is EUR 1200.00.
#![allow(clippy::inconsistent_digit_grouping)]

use chrono::{Duration, Utc};
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::case_support::{
    WITH_SANDBOX, cents, decimal_cents, eur, overdue_claim_body, payment, reference_of, typed_event,
};
use crate::helpers::{TestApp, claim_body, id_of, spawn_app, spawn_app_with};
use crate::live_support::{Partner, earlier, event};

/// A creditor with an API key and one long-overdue claim; returns (key, claim, partner).
async fn overdue_claim(app: &TestApp) -> (String, Value, Partner) {
    let key = app.api_creditor("ap@nordictools.example").await;
    let claim = app.file_claim(&key, &overdue_claim_body()).await;
    let partner = app.partner(claim["partner"]["id"].as_str().unwrap());
    (key, claim, partner)
}

/// What the quote found claimable on top of the principal: (late interest, compensation).
fn claimable(claim: &Value) -> (i64, i64) {
    let c = &claim["quote"]["claimable_from_debtor"];
    (cents(&c["late_interest"]), cents(&c["compensation"]))
}

fn allocation(costs: i64, interest: i64, principal: i64) -> Value {
    json!({"costs": eur(costs), "interest": eur(interest), "principal": eur(principal)})
}

fn today() -> String {
    Utc::now().date_naive().to_string()
}

fn in_days(days: i64) -> String {
    (Utc::now().date_naive() + Duration::days(days)).to_string()
}

fn payout(case_id: &str, reference: &str, id: &str, amount: i64, commission: i64, costs: i64) -> Value {
    typed_event(
        case_id,
        reference,
        "payout",
        json!({"payout": {"id": id, "amount": eur(amount), "paid_on": today(), "commission": eur(commission),
                          "costs": eur(costs), "reference": format!("TR-{id}")}}),
    )
}

fn reversal(case_id: &str, reference: &str, payment_id: &str) -> Value {
    typed_event(
        case_id,
        reference,
        "payment_reversed",
        json!({"payment_id": payment_id, "reason": "the transfer bounced"}),
    )
}

#[tokio::test]
async fn payments_are_allocated_to_costs_then_interest_then_principal() {
    let app = spawn_app().await;
    let (key, claim, partner) = overdue_claim(&app).await;
    let (id, reference) = (id_of(&claim), reference_of(&claim));
    let (interest, costs) = claimable(&claim);
    assert_eq!(costs, 40_00, "the EUR 40 compensation: {claim}");
    assert!(interest > 100_00, "400 days of late interest on 1200.00: {claim}");

    // the compensation and 10.00 of the interest
    let first = costs + 10_00;
    let answer = app.event_ok(&partner, "wh-pay-1", &payment(&id, &reference, "pay-1", first)).await;
    assert_eq!((answer["result"].as_str(), answer["type"].as_str()), (Some("applied"), Some("payment")));
    assert_eq!(answer["collected"], eur(first));
    // the rest of the interest and 100.00 of the principal
    let second = (interest - 10_00) + 100_00;
    app.event_ok(&partner, "wh-pay-2", &payment(&id, &reference, "pay-2", second)).await;

    let claim = app.claim(&key, &id).await;
    let payments = claim["payments"].as_array().unwrap();
    assert_eq!(payments.len(), 2, "{claim}");
    assert_eq!(payments[0]["id"], "pay-1");
    assert_eq!(payments[0]["amount"], eur(first));
    assert_eq!(payments[0]["paid_to"], "partner");
    assert_eq!(payments[0]["allocated_by"], "platform");
    assert_eq!(payments[0]["reversed"], false);
    assert_eq!(payments[0]["allocation"], allocation(costs, 10_00, 0));
    assert_eq!(payments[1]["id"], "pay-2");
    assert_eq!(payments[1]["allocation"], allocation(0, interest - 10_00, 100_00));
    assert_eq!(payments[1]["allocated_by"], "platform");

    let collected = first + second;
    assert_eq!(collected, costs + interest + 100_00);
    assert_eq!(
        claim["balance"],
        json!({
            "principal": eur(1200_00),
            "costs_recovered": eur(costs),
            "interest_recovered": eur(interest),
            "principal_recovered": eur(100_00),
            "collected": eur(collected),
            "paid_out": eur(0),
            "partner_commission": eur(0),
            "outstanding": eur(1100_00),
            "claimable_interest": eur(interest),
            "claimable_costs": eur(costs),
            "collected_directly": eur(0),
            "held_by_partner": eur(collected),
            "overpaid": eur(0),
        })
    );
    assert_eq!(claim["collected"], eur(collected), "the claim's collected total follows the payments");
    assert_eq!(claim["status"], "submitted", "a payment does not move the case by itself");
}

#[tokio::test]
async fn a_stated_allocation_is_kept_and_one_that_does_not_add_up_is_refused() {
    let app = spawn_app().await;
    let (key, claim, partner) = overdue_claim(&app).await;
    let (id, reference) = (id_of(&claim), reference_of(&claim));
    let (interest, costs) = claimable(&claim);

    let mut stated = payment(&id, &reference, "pay-stated", 50_00);
    stated["payment"]["allocation"] = allocation(0, 0, 50_00);
    app.event_ok(&partner, "wh-stated", &stated).await;
    // the platform allocates the next one: the costs were not paid yet
    app.event_ok(&partner, "wh-next", &payment(&id, &reference, "pay-next", 30_00)).await;

    let mut wrong = payment(&id, &reference, "pay-wrong", 50_00);
    wrong["payment"]["allocation"] = allocation(10_00, 0, 39_99);
    let answer = app.event_refused(&partner, "wh-wrong", &wrong, "payment.allocation").await;
    assert!(answer["error"].as_str().unwrap().contains("49.99"), "{answer}");
    let mut foreign = payment(&id, &reference, "pay-foreign", 50_00);
    foreign["payment"]["allocation"] = allocation(0, 0, 50_00);
    foreign["payment"]["allocation"]["costs"]["currency"] = json!("SEK");
    app.event_refused(&partner, "wh-foreign", &foreign, "payment.allocation.costs.currency").await;

    let claim = app.claim(&key, &id).await;
    let payments = claim["payments"].as_array().unwrap();
    assert_eq!(payments.len(), 2, "refused payments are not stored: {claim}");
    assert_eq!(payments[0]["allocated_by"], "partner");
    assert_eq!(payments[0]["allocation"], allocation(0, 0, 50_00));
    assert_eq!(payments[1]["allocated_by"], "platform");
    assert_eq!(payments[1]["allocation"], allocation(30_00, 0, 0));
    let balance = &claim["balance"];
    assert_eq!((cents(&balance["costs_recovered"]), cents(&balance["interest_recovered"])), (30_00, 0), "{balance}");
    assert_eq!(cents(&balance["principal_recovered"]), 50_00);
    assert_eq!(cents(&balance["collected"]), 80_00);
    assert_eq!(cents(&balance["outstanding"]), 1200_00 + interest + costs - 80_00);
}

#[tokio::test]
async fn the_same_payment_twice_is_applied_once() {
    let app = spawn_app().await;
    let (key, claim, partner) = overdue_claim(&app).await;
    let (id, reference) = (id_of(&claim), reference_of(&claim));
    let first = app.event_ok(&partner, "wh-1", &payment(&id, &reference, "pay-1", 100_00)).await;
    assert_eq!(first["result"], "applied");
    // the same message again (the partner retried)
    let again = app.event_ok(&partner, "wh-1", &payment(&id, &reference, "pay-1", 100_00)).await;
    assert_eq!(again["result"], "duplicate", "{again}");
    // the same payment id in another message, even with another amount
    let same_id = app.event_ok(&partner, "wh-2", &payment(&id, &reference, "pay-1", 999_00)).await;
    assert_eq!(same_id["result"], "duplicate", "{same_id}");
    // the same webhook-id with another payment: still the message seen before
    let same_message = app.event_ok(&partner, "wh-1", &payment(&id, &reference, "pay-3", 5_00)).await;
    assert_eq!(same_message["result"], "duplicate", "{same_message}");

    let claim = app.claim(&key, &id).await;
    assert_eq!(claim["payments"].as_array().unwrap().len(), 1, "{claim}");
    assert_eq!(claim["balance"]["collected"], eur(100_00));
    assert_eq!(claim["collected"], eur(100_00));
    let payments_in_thread = app.thread(&key, &id).await.iter().filter(|e| e["kind"] == "payment").count();
    assert_eq!(payments_in_thread, 1);
}

#[tokio::test]
async fn a_payment_in_another_currency_or_with_too_many_decimals_is_refused() {
    let app = spawn_app().await;
    let (key, claim, partner) = overdue_claim(&app).await;
    let (id, reference) = (id_of(&claim), reference_of(&claim));
    let with_amount = |amount: &str, currency: &str| {
        let mut body = payment(&id, &reference, "pay-x", 1_00);
        body["payment"]["amount"] = json!({"amount": amount, "currency": currency});
        body
    };
    app.event_refused(&partner, "wh-sek", &with_amount("100.00", "SEK"), "payment.amount.currency").await;
    app.event_refused(&partner, "wh-precise", &with_amount("100.001", "EUR"), "payment.amount.amount").await;
    app.event_refused(&partner, "wh-negative", &with_amount("-5.00", "EUR"), "payment.amount.amount").await;
    app.event_refused(&partner, "wh-zero", &with_amount("0.00", "EUR"), "payment.amount.amount").await;
    let mut no_id = payment(&id, &reference, "", 1_00);
    no_id["payment"]["id"] = json!("");
    app.event_refused(&partner, "wh-no-id", &no_id, "payment.id").await;
    let mut bad_date = payment(&id, &reference, "pay-y", 1_00);
    bad_date["payment"]["received_on"] = json!("yesterday");
    app.event_refused(&partner, "wh-date", &bad_date, "payment.received_on").await;

    let claim = app.claim(&key, &id).await;
    assert_eq!(claim["payments"], json!([]), "nothing was stored: {claim}");
    assert_eq!(claim["balance"]["collected"], eur(0));
    // a refused message may be corrected and sent again under the same webhook-id
    let fixed = app.event_ok(&partner, "wh-sek", &with_amount("100.00", "EUR")).await;
    assert_eq!(fixed["result"], "applied");
}

#[tokio::test]
async fn a_reversal_takes_the_payment_back_unless_it_was_already_paid_out() {
    let app = spawn_app().await;
    let (key, claim, partner) = overdue_claim(&app).await;
    let (id, reference) = (id_of(&claim), reference_of(&claim));
    let (interest, costs) = claimable(&claim);
    let total = 1200_00 + interest + costs;
    app.event_ok(&partner, "wh-p1", &payment(&id, &reference, "pay-1", 50_00)).await;
    app.event_ok(&partner, "wh-p2", &payment(&id, &reference, "pay-2", 100_00)).await;
    assert_eq!(cents(&app.claim(&key, &id).await["balance"]["outstanding"]), total - 150_00);

    let answer = app.event_ok(&partner, "wh-r2", &reversal(&id, &reference, "pay-2")).await;
    assert_eq!((answer["result"].as_str(), answer["type"].as_str()), (Some("applied"), Some("payment_reversed")));
    assert_eq!(answer["collected"], eur(50_00));
    let claim = app.claim(&key, &id).await;
    assert_eq!(claim["balance"]["collected"], eur(50_00));
    assert_eq!(cents(&claim["balance"]["outstanding"]), total - 50_00, "the balance is back");
    assert_eq!(claim["collected"], eur(50_00));
    let reversed = &claim["payments"][1];
    assert_eq!((reversed["id"].as_str(), reversed["reversed"].as_bool()), (Some("pay-2"), Some(true)));
    assert_eq!(reversed["reversal_reason"], "the transfer bounced");
    // the first payment paid the compensation and 10.00 of interest; the second counts no more
    assert_eq!(claim["balance"]["costs_recovered"], eur(costs));
    assert_eq!(claim["balance"]["interest_recovered"], eur(10_00));
    assert_eq!(claim["balance"]["principal_recovered"], eur(0));

    // the same reversal again is a no-op; an unknown payment is named
    let again = app.event_ok(&partner, "wh-r2-again", &reversal(&id, &reference, "pay-2")).await;
    assert_eq!(again["result"], "duplicate", "{again}");
    let answer = app.event_refused(&partner, "wh-r9", &reversal(&id, &reference, "pay-9"), "payment_id").await;
    assert!(answer["error"].as_str().unwrap().contains("pay-9"), "{answer}");

    // 45.00 of the 50.00 collected is paid out and kept: the 50.00 can no longer be reversed
    app.event_ok(&partner, "wh-po", &payout(&id, &reference, "po-1", 40_00, 5_00, 0)).await;
    let answer = app.event_refused(&partner, "wh-r1", &reversal(&id, &reference, "pay-1"), "payment_id").await;
    assert!(answer["error"].as_str().unwrap().contains("pay-1"), "{answer}");
    let claim = app.claim(&key, &id).await;
    assert_eq!(claim["payments"][0]["reversed"], false);
    assert_eq!(claim["balance"]["collected"], eur(50_00));
    assert_eq!(claim["balance"]["paid_out"], eur(40_00));
}

#[tokio::test]
async fn a_payout_is_limited_to_what_the_partner_collected_and_shows_in_the_balance() {
    let app = spawn_app().await;
    let (key, claim, partner) = overdue_claim(&app).await;
    let (id, reference) = (id_of(&claim), reference_of(&claim));
    app.event_ok(&partner, "wh-p1", &payment(&id, &reference, "pay-1", 200_00)).await;
    // the creditor's own receipts are not the partner's to pay out
    let direct = app
        .client
        .post(app.url(&format!("/api/v1/claims/{id}/direct-payments")))
        .bearer_auth(&key)
        .json(&json!({"amount": eur(100_00), "received_on": today()}))
        .send()
        .await
        .unwrap();
    assert_eq!(direct.status(), StatusCode::CREATED);

    // 180.00 + 20.00 commission + 0.01 costs is more than the 200.00 the partner collected
    let answer = app
        .event_refused(&partner, "wh-big", &payout(&id, &reference, "po-big", 180_00, 20_00, 1), "payout.amount")
        .await;
    assert!(answer["error"].as_str().unwrap().contains("200.00"), "{answer}");
    let fine = app.event_ok(&partner, "wh-po1", &payout(&id, &reference, "po-1", 170_00, 25_00, 5_00)).await;
    assert_eq!((fine["result"].as_str(), fine["type"].as_str()), (Some("applied"), Some("payout")));
    // nothing is left with the partner
    app.event_refused(&partner, "wh-po2", &payout(&id, &reference, "po-2", 1, 0, 0), "payout.amount").await;
    // the same payout again is a no-op
    let again = app.event_ok(&partner, "wh-po1-again", &payout(&id, &reference, "po-1", 170_00, 25_00, 5_00)).await;
    assert_eq!(again["result"], "duplicate");
    let mut nothing = payout(&id, &reference, "po-3", 1, 0, 0);
    nothing["payout"]["amount"] = eur(0);
    app.event_refused(&partner, "wh-po3", &nothing, "payout.amount.amount").await;

    let claim = app.claim(&key, &id).await;
    let balance = &claim["balance"];
    assert_eq!(balance["collected"], eur(300_00), "{balance}");
    assert_eq!(balance["collected_directly"], eur(100_00));
    assert_eq!(balance["paid_out"], eur(170_00));
    assert_eq!(balance["partner_commission"], eur(30_00), "commission and costs kept by the partner");
    assert_eq!(balance["held_by_partner"], eur(0));
    let payouts = claim["payouts"].as_array().unwrap();
    assert_eq!(payouts.len(), 1, "{claim}");
    assert_eq!(
        payouts[0],
        json!({"id": "po-1", "amount": eur(170_00), "paid_on": today(), "commission": eur(25_00),
               "costs": eur(5_00), "reference": "TR-po-1"})
    );
}

#[tokio::test]
async fn a_promise_shows_the_next_payment_and_a_missed_one_flags_the_case() {
    let app = spawn_app_with(&["--test-clock", "true"]).await;
    let (key, claim, partner) = overdue_claim(&app).await;
    let (id, reference) = (id_of(&claim), reference_of(&claim));
    let promise = typed_event(
        &id,
        &reference,
        "promise",
        json!({"promise": {"amount": eur(300_00), "due_on": in_days(10),
                           "instalments": [{"due_on": in_days(5), "amount": eur(100_00)},
                                           {"due_on": in_days(10), "amount": eur(200_00)}]}}),
    );
    let answer = app.event_ok(&partner, "wh-promise", &promise).await;
    assert_eq!((answer["result"].as_str(), answer["type"].as_str()), (Some("applied"), Some("promise")));
    let claim = app.claim(&key, &id).await;
    assert_eq!(claim["next_expected_payment"], json!({"due_on": in_days(5), "amount": eur(100_00)}), "{claim}");
    assert_eq!(claim["promises"][0]["state"], "open");
    assert_eq!(claim["promises"][0]["instalments"].as_array().unwrap().len(), 2);
    assert_eq!(claim["promise_broken_on"], Value::Null);

    // the first instalment arrives: the second is next
    app.event_ok(&partner, "wh-pay", &payment(&id, &reference, "pay-1", 100_00)).await;
    let claim = app.claim(&key, &id).await;
    assert_eq!(claim["next_expected_payment"], json!({"due_on": in_days(10), "amount": eur(200_00)}));

    // the day of the second instalment passes without it
    app.advance_days(10).await;
    let claim = app.claim(&key, &id).await;
    assert_eq!(claim["promise_broken_on"], Value::Null, "an instalment due today is not missed yet: {claim}");
    app.advance_days(1).await;
    let claim = app.claim(&key, &id).await;
    assert_eq!(claim["promise_broken_on"], json!(in_days(10)), "{claim}");
    assert_eq!(claim["promises"][0]["state"], "broken");
    assert_eq!(claim["promises"][0]["broken_on"], json!(in_days(10)));
    assert_eq!(claim["next_expected_payment"], Value::Null);
    let notices: Vec<Value> = app.thread(&key, &id).await.into_iter().filter(|e| e["kind"] == "notice").collect();
    assert_eq!(notices.len(), 1, "{notices:?}");
    let notice = notices[0]["message"].as_str().unwrap();
    assert!(notice.contains(&in_days(10)) && notice.contains("200.00"), "{notice}");
    // moving on does not flag it twice
    app.advance_days(3).await;
    let notices = app.thread(&key, &id).await.into_iter().filter(|e| e["kind"] == "notice").count();
    assert_eq!(notices, 1);

    // a new promise replaces the broken one
    let renewed = typed_event(
        &id,
        &reference,
        "promise",
        json!({"promise": {"amount": eur(200_00), "due_on": (Utc::now().date_naive() + Duration::days(30)).to_string()}}),
    );
    app.event_ok(&partner, "wh-renewed", &renewed).await;
    let claim = app.claim(&key, &id).await;
    assert_eq!(claim["promise_broken_on"], Value::Null, "{claim}");
    assert_eq!(claim["next_expected_payment"]["amount"], eur(200_00));
}

#[tokio::test]
async fn the_clock_moves_only_under_test_clock_and_only_for_the_operator() {
    let app = spawn_app().await;
    let token = app.state.operator_token.to_string();
    let (status, _) = app.move_clock(&token, &json!({"advance_days": 1})).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "no TEST_CLOCK: no clock to move");
    assert_eq!(app.client.get(app.url("/api/v1/clock")).send().await.unwrap().status(), StatusCode::NOT_FOUND);

    let app = spawn_app_with(&["--test-clock", "true"]).await;
    let token = app.state.operator_token.to_string();
    let (status, _) = app.move_clock("not-the-token", &json!({"advance_days": 1})).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    for bad in [
        json!({"advance_days": 0}),
        json!({"advance_days": -2}),
        json!({"advance_days": 3651}),
        json!({"advance_days": "3"}),
        json!({"advance_days": 1.5}),
        json!({}),
    ] {
        let (status, answer) = app.move_clock(&token, &bad).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{bad} -> {answer}");
        assert_eq!(answer["field"], "advance_days", "{answer}");
    }
    let (_, clock) = app.get_json("", "/api/v1/clock").await;
    assert_eq!(clock["offset_days"], 0, "nothing moved: {clock}");
    let moved = app.advance_days(3).await;
    assert_eq!(moved["today"], json!(in_days(3)));
    assert_eq!(moved["offset_days"], 3);
    let (_, clock) = app.get_json("", "/api/v1/clock").await;
    assert_eq!(clock["today"], json!(in_days(3)));
}

/// The `amount` column of a CSV statement, summed, and its rows.
fn csv_amounts(text: &str) -> (i64, Vec<csv::StringRecord>) {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader.headers().unwrap().clone();
    let column = header.iter().position(|h| h == "amount").expect("an amount column");
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    (rows.iter().map(|r| decimal_cents(&r[column])).sum(), rows)
}

#[tokio::test]
async fn the_statement_lists_the_money_and_its_csv_adds_up_to_the_outstanding_balance() {
    let app = spawn_app().await;
    let (key, claim, partner) = overdue_claim(&app).await;
    let (id, reference) = (id_of(&claim), reference_of(&claim));
    let (interest, costs) = claimable(&claim);
    app.event_ok(&partner, "wh-p1", &payment(&id, &reference, "pay-1", 150_00)).await;
    app.event_ok(&partner, "wh-p2", &payment(&id, &reference, "=HYPERLINK(1)", 75_55)).await;
    app.event_ok(&partner, "wh-r2", &reversal(&id, &reference, "=HYPERLINK(1)")).await;
    app.event_ok(&partner, "wh-po", &payout(&id, &reference, "po-1", 120_00, 15_00, 0)).await;
    let direct = app
        .client
        .post(app.url(&format!("/api/v1/claims/{id}/direct-payments")))
        .bearer_auth(&key)
        .json(&json!({"amount": eur(20_00), "received_on": today()}))
        .send()
        .await
        .unwrap();
    assert_eq!(direct.status(), StatusCode::CREATED);
    let balance = app.claim(&key, &id).await["balance"].clone();
    let outstanding = cents(&balance["outstanding"]);
    assert_eq!(outstanding, 1200_00 + interest + costs - 150_00 - 20_00);

    let (status, statement) = app.get_json(&key, &format!("/api/v1/claims/{id}/statement")).await;
    assert_eq!(status, StatusCode::OK, "{statement}");
    assert_eq!(statement["claim_id"], id.as_str());
    assert_eq!(statement["currency"], "EUR");
    let lines = statement["lines"].as_array().unwrap();
    let kinds: Vec<&str> = lines.iter().map(|l| l["kind"].as_str().unwrap()).collect();
    assert_eq!(
        kinds,
        [
            "claimed_principal",
            "claimable_interest",
            "claimable_costs",
            "payment",
            "payment",
            "direct_payment",
            "reversal",
            "payout"
        ],
        "{statement}"
    );
    assert_eq!(lines.iter().map(|l| cents(&l["amount"])).sum::<i64>(), outstanding);
    assert_eq!(lines.last().unwrap()["outstanding_after"], eur(outstanding));
    assert_eq!(statement["balance"]["outstanding"], eur(outstanding));
    assert_eq!(statement["balance"]["paid_out"], eur(120_00));
    assert_eq!(statement["balance"]["partner_commission"], eur(15_00));

    let response = app
        .client
        .get(app.url(&format!("/api/v1/claims/{id}/statement")))
        .bearer_auth(&key)
        .header("accept", "text/csv")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let content_type = response.headers()["content-type"].to_str().unwrap().to_string();
    assert!(content_type.starts_with("text/csv"), "{content_type}");
    let disposition = response.headers()["content-disposition"].to_str().unwrap().to_string();
    assert!(disposition.starts_with("attachment"), "{disposition}");
    let text = response.text().await.unwrap();
    let (sum, rows) = csv_amounts(&text);
    assert_eq!(sum, outstanding, "the amount column adds up to the outstanding balance:\n{text}");
    assert_eq!(rows.len(), lines.len());
    assert!(!text.contains(",=HYPERLINK"), "a formula from a partner is made inert:\n{text}");

    // another creditor's statement does not exist for them
    let other = app.api_creditor("other@example.com").await;
    let (status, _) = app.get_json(&other, &format!("/api/v1/claims/{id}/statement")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

async fn post_direct(app: &TestApp, key: &str, id: &str, body: &Value) -> (StatusCode, Value) {
    let response = app
        .client
        .post(app.url(&format!("/api/v1/claims/{id}/direct-payments")))
        .bearer_auth(key)
        .json(body)
        .send()
        .await
        .unwrap();
    crate::helpers::json_of(response).await
}

#[tokio::test]
async fn a_direct_payment_is_recorded_as_paid_to_the_creditor() {
    let app = spawn_app().await;
    let (key, claim, _) = overdue_claim(&app).await;
    let id = id_of(&claim);
    let (_, costs) = claimable(&claim);
    let (status, answer) = post_direct(&app, &key, &id, &json!({"amount": eur(60_00), "received_on": today()})).await;
    assert_eq!(status, StatusCode::CREATED, "{answer}");
    let recorded = &answer["payment"];
    assert!(recorded["id"].as_str().is_some_and(|p| !p.is_empty()), "{answer}");
    assert_eq!(recorded["paid_to"], "creditor");
    assert_eq!(recorded["amount"], eur(60_00));
    assert_eq!(recorded["received_on"], today());
    assert_eq!(recorded["allocated_by"], "platform");
    assert_eq!(recorded["allocation"], allocation(costs, 60_00 - costs, 0));
    assert_eq!(answer["balance"]["collected"], eur(60_00));
    assert_eq!(answer["balance"]["collected_directly"], eur(60_00));
    assert_eq!(answer["balance"]["held_by_partner"], eur(0));
    let claim = app.claim(&key, &id).await;
    assert_eq!(claim["payments"][0], *recorded);
    assert_eq!(claim["collected"], eur(60_00));

    for (body, field) in [
        (json!({"amount": eur(1_00), "received_on": in_days(2)}), "received_on"),
        (json!({"amount": eur(1_00), "received_on": "soon"}), "received_on"),
        (json!({"amount": {"amount": "1.00", "currency": "SEK"}, "received_on": today()}), "amount.currency"),
        (json!({"amount": {"amount": "1.001", "currency": "EUR"}, "received_on": today()}), "amount.amount"),
        (json!({"amount": eur(0), "received_on": today()}), "amount.amount"),
        (json!({"received_on": today()}), "amount"),
    ] {
        let (status, answer) = post_direct(&app, &key, &id, &body).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body} -> {answer}");
        assert_eq!(answer["field"], field, "{answer}");
    }
    let other = app.api_creditor("other@example.com").await;
    let (status, _) = post_direct(&app, &other, &id, &json!({"amount": eur(1_00), "received_on": today()})).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(app.claim(&key, &id).await["payments"].as_array().unwrap().len(), 1, "nothing else was recorded");
}

#[tokio::test]
async fn a_direct_payment_reaches_the_partner_through_the_outbox() {
    let app = spawn_app_with(&WITH_SANDBOX).await;
    let key = app.api_creditor("ap@nordictools.example").await;
    let id = id_of(&app.file_claim(&key, &claim_body("DE", "1200.00", "EUR")).await);
    app.wait_status(&key, &id, "received").await;
    let (status, answer) = post_direct(&app, &key, &id, &json!({"amount": eur(250_00), "received_on": today()})).await;
    assert_eq!(status, StatusCode::CREATED, "{answer}");
    let payment_id = answer["payment"]["id"].as_str().unwrap().to_string();

    let delivery = app.wait_delivery(&id, "direct_payment", "done").await;
    assert_eq!(delivery.attempts, 1);
    let case = app.sandbox_case(&id).await;
    let received = case["direct_payments"].as_array().unwrap();
    assert_eq!(received.len(), 1, "{case}");
    assert_eq!(received[0]["deliveries"], 1, "sent once");
    assert_eq!(received[0]["id"], payment_id.as_str());
    assert_eq!(received[0]["amount"], eur(250_00));
    assert_eq!(received[0]["received_on"], today());
    assert_eq!(case["collected_directly"], eur(250_00), "the partner counts it: {case}");
}

#[tokio::test]
async fn a_v1_running_total_still_records_payments_and_events_list_only_status_changes() {
    let app = spawn_app().await;
    let (key, claim, partner) = overdue_claim(&app).await;
    let id = id_of(&claim);
    let (interest, costs) = claimable(&claim);
    // a v1 event: no type, a running total
    let mut first = event(&id, "partially_paid", earlier(2));
    first["collected"] = eur(300_00);
    let answer = app.event_ok(&partner, "v1-1", &first).await;
    assert_eq!((answer["result"].as_str(), answer["type"].as_str()), (Some("applied"), Some("status")));
    assert_eq!(answer["collected"], eur(300_00));
    // the same event again changes nothing
    assert_eq!(app.event_ok(&partner, "v1-1", &first).await["result"], "duplicate");
    // a v1.1 payment between the two running totals
    app.event_ok(&partner, "v11-pay", &payment(&id, &reference_of(&claim), "pay-1", 50_00)).await;
    let mut second = event(&id, "partially_paid", earlier(1));
    second["collected"] = eur(500_00);
    app.event_ok(&partner, "v1-2", &second).await;

    let claim = app.claim(&key, &id).await;
    let payments = claim["payments"].as_array().unwrap();
    assert_eq!(payments.len(), 3, "{claim}");
    assert_eq!(payments[0]["amount"], eur(300_00));
    assert_eq!(payments[0]["allocated_by"], "platform");
    assert_eq!(payments[0]["paid_to"], "partner");
    assert_eq!(
        payments[0]["allocation"],
        allocation(costs, interest.min(300_00 - costs), 300_00 - costs - interest.min(300_00 - costs))
    );
    assert_eq!(payments[1]["id"], "pay-1");
    assert_eq!(payments[2]["amount"], eur(150_00), "the rise beyond the payments known");
    assert_eq!(payments[2]["allocated_by"], "platform");
    assert_eq!(claim["collected"], eur(500_00));
    assert_eq!(claim["balance"]["collected"], eur(500_00));
    assert_eq!(claim["status"], "partially_paid");
    let statuses: Vec<(&str, &str)> = claim["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["kind"].as_str().unwrap(), e["status"].as_str().unwrap()))
        .collect();
    assert_eq!(
        statuses,
        [("status", "submitted"), ("status", "partially_paid"), ("status", "partially_paid")],
        "events lists status changes only"
    );
}

#[tokio::test]
async fn a_v1_event_retried_after_a_crash_between_its_status_and_its_payment_records_the_payment() {
    use crossclaim::db::claims::{self, EventRow, kind};
    let app = spawn_app().await;
    let (key, claim, partner) = overdue_claim(&app).await;
    let id = id_of(&claim);
    let mut body = event(&id, "partially_paid", earlier(1));
    body["collected"] = eur(300_00);
    // what a crash leaves behind after the event's status was stored and before the rise of
    // its running total was recorded as a payment: the partner got no answer, and retries
    let occurred_at =
        chrono::DateTime::parse_from_rfc3339(body["occurred_at"].as_str().unwrap()).unwrap().timestamp_micros();
    let row = EventRow {
        message: Some("now partially_paid".into()),
        collected_minor: Some(300_00),
        webhook_id: Some("v1-crashed".into()),
        ..EventRow::entry(&id, "partially_paid", kind::STATUS, &partner.id, occurred_at, Utc::now().timestamp_micros())
    };
    let stored = app.state.db.run(move |conn| claims::record(conn, &row, None)).await.unwrap();
    assert_eq!(stored.result, claims::Recorded::Applied);

    let answer = app.event_ok(&partner, "v1-crashed", &body).await;
    assert_eq!(answer["result"], "duplicate", "the status is not applied twice: {answer}");
    let claim = app.claim(&key, &id).await;
    let payments = claim["payments"].as_array().unwrap();
    assert_eq!(payments.len(), 1, "the payment the crash left out is recorded: {claim}");
    assert_eq!(payments[0]["amount"], eur(300_00));
    assert_eq!(claim["balance"]["collected"], eur(300_00));
    assert_eq!(claim["collected"], eur(300_00));
    // and only once, however often it is retried
    app.event_ok(&partner, "v1-crashed", &body).await;
    assert_eq!(app.claim(&key, &id).await["payments"].as_array().unwrap().len(), 1);
    // a message that reuses the webhook-id with another total is still a no-op
    let mut other = body.clone();
    other["collected"] = eur(900_00);
    assert_eq!(app.event_ok(&partner, "v1-crashed", &other).await["result"], "duplicate");
    let claim = app.claim(&key, &id).await;
    assert_eq!(claim["payments"].as_array().unwrap().len(), 1, "{claim}");
    assert_eq!(claim["balance"]["collected"], eur(300_00));
    let statuses = claim["events"].as_array().unwrap().iter().filter(|e| e["status"] == "partially_paid").count();
    assert_eq!(statuses, 1);
}

#[tokio::test]
async fn money_dated_in_the_future_is_refused() {
    let app = spawn_app().await;
    let (key, claim, partner) = overdue_claim(&app).await;
    let (id, reference) = (id_of(&claim), reference_of(&claim));
    // a promise due in 20 days is not kept by a payment the partner dates in 20 days
    let promise =
        typed_event(&id, &reference, "promise", json!({"promise": {"amount": eur(100_00), "due_on": in_days(20)}}));
    app.event_ok(&partner, "wh-promise", &promise).await;
    let mut early = payment(&id, &reference, "pay-future", 100_00);
    early["payment"]["received_on"] = json!(in_days(20));
    let answer = app.event_refused(&partner, "wh-future", &early, "payment.received_on").await;
    assert!(answer["error"].as_str().unwrap().contains("future"), "{answer}");
    let mut late_payout = payout(&id, &reference, "po-future", 1_00, 0, 0);
    late_payout["payout"]["paid_on"] = json!(in_days(20));
    app.event_refused(&partner, "wh-po-future", &late_payout, "payout.paid_on").await;
    let claim = app.claim(&key, &id).await;
    assert_eq!(claim["payments"], json!([]), "{claim}");
    assert_eq!(claim["promises"][0]["state"], "open");
    // a partner a day ahead of UTC may date a payment tomorrow
    let mut tomorrow = payment(&id, &reference, "pay-tomorrow", 10_00);
    tomorrow["payment"]["received_on"] = json!(in_days(1));
    app.event_ok(&partner, "wh-tomorrow", &tomorrow).await;
}
