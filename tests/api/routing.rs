//! Which partner a claim is routed to, seen through the API.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{claim_body, spawn_app};

#[tokio::test]
async fn claims_go_to_a_licensed_partner_of_the_right_kind_in_the_debtors_country() {
    let app = spawn_app().await;
    let key = app.api_creditor("ap@nordictools.example").await;
    let cases = [
        ("DE", false, "1200.00", "EUR", "sandbox-agency-de", "collection"),
        ("DE", true, "1200.00", "EUR", "sandbox-law-dach", "legal"),
        ("SE", false, "25000.00", "SEK", "sandbox-agency-se", "collection"),
        ("GB", false, "800.00", "GBP", "sandbox-agency-gb", "collection"),
        ("GB", true, "800.00", "GBP", "sandbox-law-uk-ie", "legal"),
        ("PT", false, "1200.00", "EUR", "sandbox-law-south", "collection"),
        ("CY", false, "1200.00", "EUR", "sandbox-law-south", "collection"),
        ("NO", false, "1200.00", "EUR", "sandbox-agency-no", "collection"),
        ("PL", true, "9000.00", "PLN", "sandbox-law-cee", "legal"),
    ];
    for (country, disputed, amount, currency, partner, service) in cases {
        let mut body = claim_body(country, amount, currency);
        body["disputed"] = json!(disputed);
        body["debtor"]["language"] = json!(null);
        let response = app.post_claim(&key, &body).await;
        assert_eq!(response.status(), StatusCode::CREATED, "{country}");
        let claim: Value = response.json().await.unwrap();
        assert_eq!(claim["partner"]["id"], partner, "{country} disputed={disputed}");
        assert_eq!(claim["service"], service, "{country}");
        assert_eq!(claim["partner"]["licence"]["country"], country, "the licence shown is the one for {country}");
    }
}

#[tokio::test]
async fn a_dispute_stated_as_the_debtors_answer_also_goes_to_lawyers() {
    let app = spawn_app().await;
    let key = app.api_creditor("ap@nordictools.example").await;
    let mut body = claim_body("FR", "5000.00", "EUR");
    body["history"]["debtor_response"] = json!("disputes");
    let claim: Value = app.post_claim(&key, &body).await.json().await.unwrap();
    assert_eq!(claim["partner"]["id"], "sandbox-law-benelux-fr");
    assert_eq!(claim["disputed"], true);
}

#[tokio::test]
async fn no_coverage_is_a_clear_422_and_stores_nothing() {
    let app = spawn_app().await;
    let key = app.api_creditor("ap@nordictools.example").await;
    let response = app.post_claim(&key, &claim_body("US", "1200.00", "USD")).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let error: Value = response.json().await.unwrap();
    assert_eq!(error["field"], "debtor.country");
    assert!(
        error["error"].as_str().unwrap().contains("No licensed partner covers United States of America (US)"),
        "{error}"
    );

    // a claim too small for every partner in the country
    let response = app.post_claim(&key, &claim_body("DE", "5.00", "EUR")).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let error: Value = response.json().await.unwrap();
    assert!(error["error"].as_str().unwrap().contains("takes a claim of 5.00 EUR"), "{error}");
    assert_eq!(app.stored_claims().await, 0);
}
