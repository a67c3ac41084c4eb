//! The debtor's response page (`/r/{token}`): only that claim, in the debtor's language, four
//! answers that reach the reminder flow, a plain 404 for unknown or expired links, and a
//! limit per address.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{Page, TestApp, browser, claim_body, id_of, spawn_app, spawn_app_with};

/// A claim that starts with reminders, against a debtor who reads `language`.
async fn reminding_claim(app: &TestApp, key: &str, country: &str, language: &str, amount: &str) -> String {
    let mut body = claim_body(country, amount, "EUR");
    body["start"] = json!("reminders");
    body["debtor"]["language"] = json!(language);
    body["history"] = json!({});
    let response = app.post_claim(key, &body).await;
    let status = response.status();
    let claim: Value = response.json().await.expect("JSON");
    assert_eq!(status, StatusCode::CREATED, "{claim}");
    id_of(&claim)
}

/// A fresh response-page link to the claim, as a reminder carries it.
async fn link(app: &TestApp, claim_id: &str) -> String {
    let (id, now) = (claim_id.to_string(), app.state.now());
    app.state.db.run(move |conn| crossclaim::db::reminders::link_for(conn, &id, now)).await.expect("a link")
}

async fn page(app: &TestApp, path: &str) -> Page {
    // a fresh client each time: the page needs no cookies
    app.with_client(browser()).get_page(path).await
}

/// Posts an answer with the form key the page gave.
async fn answer(app: &TestApp, token: &str, kind: &str, pairs: &[(&str, &str)]) -> Page {
    let shown = page(app, &format!("/r/{token}")).await;
    let key = shown.input_value("form_key").expect("a form key");
    let mut all: Vec<(&str, &str)> = vec![("form_key", key.as_str())];
    all.extend_from_slice(pairs);
    app.with_client(browser()).post_form(&format!("/r/{token}/{kind}"), &all).await
}

#[tokio::test]
async fn unknown_links_are_a_plain_404_that_says_nothing() {
    let app = spawn_app().await;
    for path in ["/r/nosuchtoken", "/r/x", "/r/a%20b", &format!("/r/{}", "A".repeat(300))] {
        let shown = page(&app, path).await;
        assert_eq!(shown.status, StatusCode::NOT_FOUND, "{path}");
        assert_eq!(shown.body.trim(), "Not found", "{path}: no hint why");
    }
    let posted = app.with_client(browser()).post_form("/r/nosuchtoken/promise", &[("promise_on", "2030-01-01")]).await;
    assert_eq!(posted.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn an_expired_link_is_the_same_404_as_an_unknown_one() {
    let app = spawn_app_with(&["--test-clock", "true"]).await;
    let key = app.api_creditor("exp@creditor.example").await;
    let claim = reminding_claim(&app, &key, "DE", "de", "1200.00").await;
    let token = link(&app, &claim).await;
    assert_eq!(page(&app, &format!("/r/{token}")).await.status, StatusCode::OK);
    let clock = app.state.operator_token.to_string();
    let (status, _) = app.move_clock(&clock, &json!({ "advance_days": 400 })).await;
    assert_eq!(status, StatusCode::OK);
    let expired = page(&app, &format!("/r/{token}")).await;
    assert_eq!((expired.status, expired.body.trim()), (StatusCode::NOT_FOUND, "Not found"));
}

#[tokio::test]
async fn the_page_shows_only_its_claim_with_interest_in_the_debtors_language() {
    let app = spawn_app().await;
    let key = app.api_creditor("page@creditor.example").await;
    let german = reminding_claim(&app, &key, "DE", "de", "12500.00").await;
    let french = reminding_claim(&app, &key, "FR", "fr", "980.40").await;
    let (de_token, fr_token) = (link(&app, &german).await, link(&app, &french).await);

    let de = page(&app, &format!("/r/{de_token}")).await;
    assert_eq!(de.status, StatusCode::OK);
    assert!(de.body.contains("<html lang=\"de\">"), "German for a German-speaking debtor");
    assert!(de.body.contains("12.500,00\u{a0}€"), "the amount as German writes it");
    assert!(!de.body.contains("980,40"), "nothing of another claim");
    assert!(de.body.contains("noindex"));
    let interest = de.text_of("interest").expect("the interest to date");
    assert!(interest.contains('€') && !interest.contains("0,00\u{a0}€ "), "{interest}");
    let total = de.text_of("total").unwrap();
    assert_ne!(total, "12.500,00\u{a0}€", "the total carries the interest");

    let fr = page(&app, &format!("/r/{fr_token}")).await;
    assert!(fr.body.contains("<html lang=\"fr\">"));
    assert!(fr.body.contains("980,40\u{a0}€"), "the amount as French writes it");
    assert!(fr.body.contains("Nous avons payé") && !fr.body.contains("12\u{202f}500"));

    // the switcher: the same page in Dutch, and no cookie is set
    let response = browser().get(app.url(&format!("/r/{fr_token}?lang=nl"))).send().await.unwrap();
    assert!(response.headers().get("set-cookie").is_none(), "no cookies");
    assert_eq!(response.headers().get("referrer-policy").unwrap(), "no-referrer");
    let nl = response.text().await.unwrap();
    assert!(nl.contains("<html lang=\"nl\">") && nl.contains("€\u{a0}980,40"));
}

#[tokio::test]
async fn a_promise_must_be_from_today_to_thirty_days_ahead_and_is_confirmed() {
    // the dispatcher sends the confirmation
    let app = spawn_app_with(&["--dispatcher", "true"]).await;
    let key = app.api_creditor("promise@creditor.example").await;
    let claim = reminding_claim(&app, &key, "DE", "de", "1200.00").await;
    let token = link(&app, &claim).await;
    let today = app.state.today();

    let past = (today - chrono::Duration::days(1)).to_string();
    let refused = answer(&app, &token, "promise", &[("lang", "de"), ("promise_on", &past)]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let error = refused.text_of("promise_on-error").expect("the field's error");
    assert!(error.contains("Vergangenheit"), "in German: {error}");
    assert_eq!(refused.input_value("promise_on").as_deref(), Some(past.as_str()), "what was typed stays");

    let far = (today + chrono::Duration::days(31)).to_string();
    let refused = answer(&app, &token, "promise", &[("lang", "de"), ("promise_on", &far)]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text_of("promise_on-error").unwrap().contains("30"));

    let on = today + chrono::Duration::days(30);
    let accepted = answer(&app, &token, "promise", &[("lang", "de"), ("promise_on", &on.to_string())]).await;
    assert_eq!(accepted.status, StatusCode::SEE_OTHER, "{}", accepted.body);
    let thanks = page(&app, accepted.location.as_deref().unwrap()).await;
    assert!(thanks.body.contains("Vielen Dank"), "{}", thanks.body);
    // the promise is confirmed to the debtor in writing, in German
    let written = on.format("%d.%m.%Y").to_string();
    let mut confirmed = false;
    for _ in 0..50 {
        confirmed = app.mails_to("erika@muster.example").iter().any(|(_, text)| text.contains(&written));
        if confirmed {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(confirmed, "a confirmation naming {written}: {:?}", app.mails_to("erika@muster.example"));
}

#[tokio::test]
async fn every_answer_reaches_the_reminder_flow() {
    let app = spawn_app().await;
    let key = app.api_creditor("answers@creditor.example").await;
    let today = app.state.today().to_string();
    let cases: [(&str, Vec<(&str, &str)>); 3] = [
        ("paid", vec![("paid_on", today.as_str()), ("paid_reference", "SEPA 4711")]),
        ("plan", vec![("plan_count", "4"), ("plan_first", today.as_str()), ("plan_note", "Saisongeschäft")]),
        (
            "dispute",
            vec![("dispute_reason", "wrong-amount"), ("dispute_text", "Wir haben 10 Stück bestellt, nicht 12.")],
        ),
    ];
    for (kind, pairs) in cases {
        let claim = reminding_claim(&app, &key, "DE", "de", "1200.00").await;
        let token = link(&app, &claim).await;
        let (_, before) = app.get_json(&key, &format!("/api/v1/claims/{claim}")).await;
        let done = answer(&app, &token, kind, &pairs).await;
        assert_eq!(done.status, StatusCode::SEE_OTHER, "{kind}: {}", done.body);
        assert!(done.location.as_deref().unwrap().contains(&format!("/thanks/{kind}")));
        let (_, after) = app.get_json(&key, &format!("/api/v1/claims/{claim}")).await;
        assert!(before != after, "{kind}: the claim shows the answer");
        if kind == "dispute" {
            assert_eq!(after["disputed"], json!(true), "{after}");
        }
    }
}

#[tokio::test]
async fn forms_need_their_key_and_wrong_fields_are_named_in_french() {
    let app = spawn_app().await;
    let key = app.api_creditor("forms@creditor.example").await;
    let claim = reminding_claim(&app, &key, "FR", "fr", "500.00").await;
    let token = link(&app, &claim).await;
    let forged = app.with_client(browser()).post_form(&format!("/r/{token}/paid"), &[("paid_on", "2026-01-01")]).await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN, "no form key");
    let other = link(&app, &claim).await;
    let other_key = page(&app, &format!("/r/{other}")).await.input_value("form_key").unwrap();
    let borrowed = app
        .with_client(browser())
        .post_form(&format!("/r/{token}/paid"), &[("form_key", &other_key), ("paid_on", "2026-01-01")])
        .await;
    assert_eq!(borrowed.status, StatusCode::FORBIDDEN, "another link's key");

    let wrong = answer(&app, &token, "dispute", &[("dispute_reason", "nope"), ("dispute_text", "")]).await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(wrong.text_of("dispute_reason-error").as_deref(), Some("Choisissez le motif."));
    assert!(wrong.text_of("dispute_text-error").unwrap().contains("quelques mots"));
    assert!(wrong.body.contains("href=\"#dispute_text\""), "the summary links to the field");
}

#[tokio::test]
async fn too_many_requests_from_one_address_are_refused_with_retry_after() {
    let app = spawn_app_with(&["--auth-attempts-per-address", "3"]).await;
    for _ in 0..3 {
        assert_eq!(page(&app, "/r/nosuchtoken").await.status, StatusCode::NOT_FOUND);
    }
    let response = browser().get(app.url("/r/nosuchtoken?lang=fr")).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    let wait: u64 = response.headers().get("retry-after").unwrap().to_str().unwrap().parse().unwrap();
    assert!(wait >= 1);
    let body = response.text().await.unwrap();
    assert!(body.contains("Veuillez patienter"), "in the asked language: {body}");
}
