//! Reminder fees through whole flows: only where the creditor's country allows one, only
//! when the creditor chose to charge them, and within the cap of the rules (`rules/
//! reminder-fees.csv`); each fee shown with its reminder on the claim.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{TestApp, browser, claim_body, id_of, spawn_app_with};

/// A company of `country` signed up through the pages, choosing to charge reminder fees
/// when `fees`; returns its API key.
async fn creditor(app: &TestApp, country: &str, email: &str, fees: bool) -> String {
    let me = app.with_client(browser());
    let page = me
        .submit(
            "/signup",
            "/signup",
            &[
                ("name", "Nordic Tools"),
                ("registration_number", "12345678"),
                ("country", country),
                ("email", email),
                ("password", "a long enough password"),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    me.confirm_address(email).await;
    me.sign_in(email, "a long enough password").await;
    if fees {
        let chosen = me.submit("/flows", "/flows/fees", &[("charge_fees", "true")]).await;
        assert_eq!(chosen.status, StatusCode::SEE_OTHER, "{}", chosen.body);
    }
    let made = me.submit("/account", "/account/api-keys", &[("label", "ERP")]).await;
    made.text_of("new-api-key").expect("a key")
}

/// Files a claim in `currency` due yesterday whose two written steps fall due tomorrow and
/// `apart` days later, and runs the clock day by day until both went out; returns the fees
/// of the two.
async fn two_reminders(app: &TestApp, key: &str, currency: &str, apart: i64) -> (Value, Value) {
    let flow = json!({"name": format!("{apart} days apart"), "steps": [
        {"kind": "reminder", "offset_days": 2}, {"kind": "formal_notice", "offset_days": 2 + apart},
        {"kind": "hand_over", "offset_days": 3 + apart}]});
    let (status, flow) = app.post_json(key, "/api/v1/flows", &flow).await;
    assert_eq!(status, StatusCode::CREATED, "{flow}");
    let mut body = claim_body("DE", "1200.00", currency);
    let today = app.state.today();
    body["invoices"][0]["issue_date"] = json!((today - chrono::Duration::days(15)).to_string());
    body["invoices"][0]["due_date"] = json!((today - chrono::Duration::days(1)).to_string());
    body["history"] = json!({"reminders_sent": [], "debtor_response": "ignores"});
    body["start"] = json!("reminders");
    body["flow"] = flow["id"].clone();
    let id = id_of(&app.file_claim(key, &body).await);
    app.advance_days(apart + 1).await;
    let (status, claim) = app.get_json(key, &format!("/api/v1/claims/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    let sent = claim["reminders"].as_array().expect("the reminders sent");
    assert_eq!(sent.len(), 2, "{claim}");
    (sent[0]["fee"].clone(), sent[1]["fee"].clone())
}

fn money(amount: &str, currency: &str) -> Value {
    json!({"amount": amount, "currency": currency})
}

#[tokio::test]
async fn fees_follow_each_country_s_cap_and_only_when_chosen() {
    let app = spawn_app_with(&["--test-clock", "true"]).await;

    // Sweden: at most 60 SEK, once per claim
    let se = creditor(&app, "SE", "ap@sweden.example", true).await;
    assert_eq!(two_reminders(&app, &se, "SEK", 10).await, (money("60.00", "SEK"), Value::Null));

    // Denmark: 100 DKK per reminder, at least 10 days apart
    let dk = creditor(&app, "DK", "ap@denmark.example", true).await;
    assert_eq!(two_reminders(&app, &dk, "DKK", 10).await, (money("100.00", "DKK"), money("100.00", "DKK")));
    assert_eq!(two_reminders(&app, &dk, "DKK", 6).await, (money("100.00", "DKK"), Value::Null), "too soon");

    // Norway: 38 NOK per reminder, at most two, at least 14 days apart
    let no = creditor(&app, "NO", "ap@norway.example", true).await;
    assert_eq!(two_reminders(&app, &no, "NOK", 14).await, (money("38.00", "NOK"), money("38.00", "NOK")));

    // Germany: the rules record no reminder fee, so none is charged although chosen
    let de = creditor(&app, "DE", "ap@germany.example", true).await;
    assert_eq!(two_reminders(&app, &de, "EUR", 10).await, (Value::Null, Value::Null));

    // a Danish creditor that did not choose to charge fees charges none
    let quiet = creditor(&app, "DK", "ap@quiet.example", false).await;
    assert_eq!(two_reminders(&app, &quiet, "DKK", 10).await, (Value::Null, Value::Null));
}
