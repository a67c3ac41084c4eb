//! Which partner a claim is routed to, seen through the API.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{claim_body, claim_form, pairs, spawn_app};

#[tokio::test]
async fn claims_go_to_a_licensed_partner_of_the_right_kind_in_the_debtors_country() {
    let app = spawn_app().await;
    let key = app.api_creditor("ap@nordictools.example").await;
    let cases = [
        // with every partner new, the cheaper agency: 7.5 % + 20 (110.00) before 10 % + 15 (135.00)
        ("DE", false, "1200.00", "EUR", "sandbox-agency-de-2", "collection"),
        ("DE", true, "1200.00", "EUR", "sandbox-law-dach", "legal"),
        // 8 % + 220 SEK (2220.00) before 11 % + 270 SEK (3020.00)
        ("SE", false, "25000.00", "SEK", "sandbox-agency-se-2", "collection"),
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

#[tokio::test]
async fn the_quote_lists_partners_in_routings_order_and_says_why() {
    let app = spawn_app().await;
    let key = app.api_creditor("ap@nordictools.example").await;
    for (country, amount, currency, disputed) in [
        ("DE", "12500.00", "EUR", false),
        ("DE", "1200.00", "EUR", true),
        ("SE", "25000.00", "SEK", false),
        ("FR", "5000.00", "EUR", false),
        ("NL", "800.00", "EUR", false),
    ] {
        let mut body = claim_body(country, amount, currency);
        body["disputed"] = json!(disputed);
        let response = app.client.post(app.url("/api/v1/quotes")).json(&body).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        let q: Value = response.json().await.unwrap();
        // the recommended partner is the one a claim goes to
        let claim = app.file_claim(&key, &body).await;
        assert_eq!(claim["partner"]["id"], q["partner"]["id"], "{country} {amount}");
        assert_eq!(q["recommendation"]["partner_id"], q["partner"]["id"]);
        let reason = q["recommendation"]["reason"].as_str().unwrap();
        assert!(reason.starts_with("Recommended: "), "{reason}");
        assert!(reason.contains("new on the platform"), "every partner is new here: {reason}");
        assert!(q["recommendation"]["rule"].as_str().unwrap().contains("score x lowest fee / this fee"));
        // with every partner new, partners of the kind made for the claim come first, each kind by fee
        let fee = |o: &Value| o["cost"]["if_collected"]["amount"].as_str().unwrap().parse::<f64>().unwrap();
        let mut offers = vec![q.clone()];
        offers.extend(q["alternatives"].as_array().unwrap().iter().cloned());
        let made_for = if disputed { "law_firm" } else { "collection_agency" };
        let order: Vec<(bool, f64)> = offers.iter().map(|o| (o["partner"]["kind"] != made_for, fee(o))).collect();
        let mut sorted = order.clone();
        sorted.sort_by(|a, b| a.partial_cmp(b).unwrap());
        assert_eq!(order, sorted, "{country} {amount}: {q}");
        for o in &offers {
            assert_eq!(o["standing"]["score"], 70, "a newcomer: {o}");
        }
    }
    // the case: EUR 12,500 owed in Germany goes to the EUR 957.50 partner, not the EUR 1,265 one
    let response = app.client.post(app.url("/api/v1/quotes")).json(&claim_body("DE", "12500.00", "EUR")).send().await;
    let q: Value = response.unwrap().json().await.unwrap();
    assert_eq!(q["cost"]["if_collected"]["amount"], "957.50");
    assert_eq!(q["alternatives"][0]["cost"]["if_collected"]["amount"], "1265.00");
}

#[tokio::test]
async fn the_creditors_choice_of_partner_is_honoured_over_the_api() {
    let app = spawn_app().await;
    let key = app.api_creditor("ap@nordictools.example").await;
    let mut body = claim_body("DE", "1200.00", "EUR");
    body["partner_id"] = json!("sandbox-agency-de");
    let claim = app.file_claim(&key, &body).await;
    assert_eq!(claim["partner"]["id"], "sandbox-agency-de", "not the recommended sandbox-agency-de-2");
    assert_eq!(claim["quote"]["partner"]["id"], "sandbox-agency-de", "the quote prices the partner chosen");
    assert_eq!(claim["quote"]["cost"]["if_collected"]["amount"], "135.00");
    assert_eq!(claim["quote"]["recommendation"]["partner_id"], "sandbox-agency-de-2");
    assert_eq!(claim["quote"]["recommendation"]["chosen_by_creditor"], true);
    assert!(claim["events"][0]["message"].as_str().unwrap().contains("the partner the creditor chose"));
    // blank is the recommendation
    body["partner_id"] = json!(" ");
    assert_eq!(app.file_claim(&key, &body).await["partner"]["id"], "sandbox-agency-de-2");

    let stored = app.stored_claims().await;
    for (country, disputed, partner, why) in [
        ("DE", false, "sandbox-agency-fr", "Sandbox Collections France is not licensed in Germany"),
        ("DE", false, "no-such-partner", "there is no partner with this id"),
        ("DE", true, "sandbox-agency-de", "does not take disputed claims"),
        ("PT", false, "sandbox-agency-es", "is not licensed in Portugal"),
    ] {
        let mut body = claim_body(country, "1200.00", "EUR");
        body["disputed"] = json!(disputed);
        body["partner_id"] = json!(partner);
        let response = app.post_claim(&key, &body).await;
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY, "{partner}");
        let error: Value = response.json().await.unwrap();
        assert_eq!(error["field"], "partner_id", "{error}");
        assert!(error["error"].as_str().unwrap().contains(why), "{why}: {error}");
    }
    assert_eq!(app.stored_claims().await, stored, "nothing was filed");
}

#[tokio::test]
async fn the_claim_form_offers_a_choice_of_partner_without_javascript() {
    let app = spawn_app().await;
    app.sign_up("Nordic Tools AB", "anna@nordictools.example").await;
    let form = app.get_page("/claims/new").await;
    assert!(form.body.contains("name=\"partner_id\""));
    assert!(form.body.contains("<option value=\"sandbox-agency-de\">"), "every partner, by country");

    // the preview narrows the choice to the partners that take the claim, with their fees
    let mut fields = claim_form("DE", "1200.00", "EUR");
    fields.iter_mut().find(|(k, _)| k == "action").unwrap().1 = "preview".into();
    let page = app.submit("/claims/new", "/claims/new", &pairs(&fields)).await;
    let choice = page.text_of("f-partner_id").unwrap();
    assert!(
        choice.contains(
            "Sandbox Forderungsmanagement Nord (collection agency), 110.00 EUR if collected in full, recommended"
        ),
        "{choice}"
    );
    assert!(choice.contains("Sandbox Collections Germany (collection agency), 135.00 EUR"), "{choice}");
    assert!(!choice.contains("France"));

    // an ineligible choice is shown at the field, with what was typed kept
    let mut fields = claim_form("DE", "1200.00", "EUR");
    fields.push(("partner_id".into(), "sandbox-agency-fr".into()));
    let page = app.submit("/claims/new", "/claims/new", &pairs(&fields)).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.field_error("partner_id").unwrap().contains("is not licensed in Germany"), "{}", page.body);
    assert!(page.body.contains("<option value=\"sandbox-agency-fr\" selected>"));
    assert_eq!(app.stored_claims().await, 0);

    // an eligible choice is honoured
    let mut fields = claim_form("DE", "1200.00", "EUR");
    fields.push(("partner_id".into(), "sandbox-agency-de".into()));
    let filed = app.submit("/claims/new", "/claims/new", &pairs(&fields)).await;
    assert_eq!(filed.status, StatusCode::SEE_OTHER, "{}", filed.body);
    let page = app.get_page(&filed.location.unwrap()).await;
    assert!(page.text_of("claim-partner").unwrap().starts_with("Sandbox Collections Germany"));
    assert!(page.text_of("quote-recommendation").unwrap().starts_with("You chose this partner."));
}

/// What partners did moves the recommendation: a cheaper partner that leaves its cases
/// unanswered falls below a dearer one, the quote and the next claim follow, and the quote
/// says why and by how much the recommendation is dearer.
#[tokio::test]
async fn measured_performance_moves_the_recommendation_to_a_dearer_partner() {
    let app = crate::helpers::spawn_app_with(&["--test-clock", "true"]).await;
    let key = app.api_creditor("ap@measured.example").await;
    let quote = || async {
        let body = json!({"debtor": {"country": "DE"}, "invoices": claim_body("DE", "1200.00", "EUR")["invoices"]});
        let response = app.client.post(app.url("/api/v1/quotes")).json(&body).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        response.json::<Value>().await.unwrap()
    };
    let before = quote().await;
    assert_eq!(before["partner"]["id"], "sandbox-agency-de-2", "every partner new: the cheaper one");
    let cheaper = before["cost"]["if_collected"]["amount"].as_str().unwrap().to_string();
    // six cases the cheaper partner never answers (the dispatcher is off in tests: the cases
    // wait for a word from the partner that never comes)
    for _ in 0..6 {
        let (_, partner) = app.claim_for(&key).await;
        assert_eq!(partner.id, "sandbox-agency-de-2");
    }
    app.advance_days(10).await;
    let standing = app.state.standings().of("sandbox-agency-de-2");
    assert!(standing.score < 57, "six missed cases pull the score down: {standing:?}");

    let after = quote().await;
    assert_eq!(after["partner"]["id"], "sandbox-agency-de", "{after}");
    let dearer = after["cost"]["if_collected"]["amount"].as_str().unwrap().to_string();
    let difference =
        dearer.parse::<rust_decimal::Decimal>().unwrap() - cheaper.parse::<rust_decimal::Decimal>().unwrap();
    let reason = after["recommendation"]["reason"].as_str().unwrap();
    assert!(reason.contains(&format!("EUR {difference} dearer than the cheapest")), "{reason}");
    assert!(reason.contains("in Germany"), "{reason}");
    let ids: Vec<&str> = after["alternatives"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|a| a["partner"]["id"].as_str().or(a["id"].as_str()))
        .collect();
    assert!(ids.contains(&"sandbox-agency-de-2"), "the cheaper partner stays an alternative: {after}");
    let (_, partner) = app.claim_for(&key).await;
    assert_eq!(partner.id, "sandbox-agency-de", "the next claim follows the quote");
}
