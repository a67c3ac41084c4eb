//! Fewer mistakes: the same invoice filed twice against the same debtor is asked about (form)
//! or refused naming the earlier claim (API); the claims list searches and totals.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{TestApp, claim_body, claim_form, id_of, pairs, spawn_app};
use crate::live_support::{earlier, event};

/// The claim as the tests file it, without `allow_duplicate`: the question is asked.
fn first_filing(country: &str, amount: &str, currency: &str) -> Value {
    let mut body = claim_body(country, amount, currency);
    body.as_object_mut().unwrap().remove("allow_duplicate");
    body
}

fn against(mut body: Value, name: &str, registration: &str, invoice: &str) -> Value {
    body["debtor"]["name"] = json!(name);
    body["debtor"]["registration_number"] = json!(registration);
    body["invoices"][0]["number"] = json!(invoice);
    body
}

#[tokio::test]
async fn an_invoice_filed_again_against_the_same_debtor_is_a_409_naming_the_earlier_claim() {
    let app = spawn_app().await;
    let key = app.api_creditor("ap@nordic.example").await;
    let first = app.file_claim(&key, &first_filing("DE", "1200.00", "EUR")).await;
    let first_id = id_of(&first);

    // the same invoice, the debtor written differently: refused, naming the earlier claim
    let again = against(first_filing("DE", "1200.00", "EUR"), "MUSTER-HANDEL GMBH", "hrb12345", "inv-1001");
    let (status, body) = app.post_json(&key, "/api/v1/claims", &again).await;
    assert_eq!(status, StatusCode::CONFLICT, "{body}");
    assert_eq!(body["existing_claim_id"], json!(first_id));
    assert_eq!(body["field"], "invoices[0].number");
    let error = body["error"].as_str().unwrap();
    assert!(error.contains("INV-1001") && error.contains(&first_id) && error.contains("allow_duplicate"), "{error}");
    assert_eq!(app.stored_claims().await, 1, "nothing filed");

    // a mistyped registration number, the same name: the same debtor still
    let typo = against(first_filing("DE", "1200.00", "EUR"), "Muster Handel GmbH", "HRB 12354", "INV-1001");
    assert_eq!(app.post_json(&key, "/api/v1/claims", &typo).await.0, StatusCode::CONFLICT);

    // the repeat is the second invoice of a claim: that invoice is named
    let mut two = first_filing("DE", "1200.00", "EUR");
    let mut second = two["invoices"][0].clone();
    second["number"] = json!("inv-1001");
    two["invoices"][0]["number"] = json!("INV-0999");
    two["invoices"].as_array_mut().unwrap().push(second);
    let (status, body) = app.post_json(&key, "/api/v1/claims", &two).await;
    assert_eq!(
        (status, body["field"].as_str()),
        (StatusCode::CONFLICT, Some("invoices[1].number")),
        "{}",
        body["error"]
    );

    // said to file it anyway: filed
    let mut anyway = first_filing("DE", "1200.00", "EUR");
    anyway["allow_duplicate"] = json!(true);
    let (status, body) = app.post_json(&key, "/api/v1/claims", &anyway).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");

    // the same invoice number against another debtor, or in another country, is no repeat
    let other = against(first_filing("DE", "1200.00", "EUR"), "Beispiel Werkzeuge AG", "HRB 999", "INV-1001");
    assert_eq!(app.post_json(&key, "/api/v1/claims", &other).await.0, StatusCode::CREATED);
    let abroad = first_filing("AT", "1200.00", "EUR");
    assert_eq!(app.post_json(&key, "/api/v1/claims", &abroad).await.0, StatusCode::CREATED);

    // another creditor's same invoice is its own business
    let other_key = app.api_creditor("ap@other.example").await;
    assert_eq!(
        app.post_json(&other_key, "/api/v1/claims", &first_filing("DE", "1200.00", "EUR")).await.0,
        StatusCode::CREATED
    );
    assert_eq!(app.stored_claims().await, 5);
}

#[tokio::test]
async fn a_retry_with_its_idempotency_key_is_answered_as_before_and_a_withdrawn_claim_does_not_count() {
    let app = spawn_app().await;
    let key = app.api_creditor("ap@nordic.example").await;
    let body = first_filing("DE", "1200.00", "EUR");
    let send = || {
        app.client
            .post(app.url("/api/v1/claims"))
            .bearer_auth(&key)
            .header("Idempotency-Key", "erp-7")
            .json(&body)
            .send()
    };
    let first = send().await.unwrap();
    assert_eq!(first.status(), StatusCode::CREATED);
    let id = id_of(&first.json::<Value>().await.unwrap());
    let retry = send().await.unwrap();
    assert_eq!(retry.status(), StatusCode::CREATED, "a retry is not a second filing");
    assert_eq!(retry.headers().get("Idempotent-Replayed").unwrap(), "true");
    assert_eq!(id_of(&retry.json::<Value>().await.unwrap()), id);

    // withdrawn, the invoice may be filed again without a question
    let (status, _) = app.post_json(&key, &format!("/api/v1/claims/{id}/withdraw"), &json!({})).await;
    assert_eq!(status, StatusCode::OK);
    let (status, answer) = app.post_json(&key, "/api/v1/claims", &body).await;
    assert_eq!(status, StatusCode::CREATED, "{answer}");
}

/// The form's fields without "File it anyway".
fn form_fields() -> Vec<(String, String)> {
    claim_form("DE", "1200.00", "EUR").into_iter().filter(|(k, _)| k != "allow_duplicate").collect()
}

async fn ask_twice(app: &TestApp) -> (String, crate::helpers::Page) {
    let filed = app.submit("/claims/new", "/claims/new", &pairs(&form_fields())).await;
    assert_eq!(filed.status, StatusCode::SEE_OTHER, "{}", filed.body);
    let first = filed.location.unwrap().trim_start_matches("/claims/").to_string();
    let mut typed = form_fields();
    for (field, value) in typed.iter_mut() {
        if field == "history.notes" {
            *value = "Second reminder went unanswered.".into();
        }
    }
    let page = app.submit("/claims/new", "/claims/new", &pairs(&typed)).await;
    (first, page)
}

#[tokio::test]
async fn the_form_asks_before_filing_an_invoice_again_keeps_what_was_typed_and_files_on_confirmation() {
    let app = spawn_app().await;
    app.sign_up("Nordic Tools AB", "anna@nordictools.example").await;
    let (first, page) = ask_twice(&app).await;
    assert_eq!(page.status, StatusCode::CONFLICT, "{}", page.body);
    let notice = page.text_of("duplicate-notice").expect("the form asks");
    assert!(notice.contains("Invoice INV-1001 was already filed against this debtor on"), "{notice}");
    assert!(page.body.contains(&format!("href=\"/claims/{first}\" id=\"duplicate-link\"")), "links the earlier claim");
    assert!(page.body.contains("name=\"allow_duplicate\" value=\"true\""), "offers to file it anyway");
    // everything typed is kept
    assert_eq!(page.input_value("debtor.name").as_deref(), Some("Muster Handel GmbH"));
    assert_eq!(page.input_value("invoices[0].number").as_deref(), Some("INV-1001"));
    assert_eq!(page.input_value("invoices[0].amount.amount").as_deref(), Some("1200.00"));
    assert!(page.body.contains("Second reminder went unanswered."));
    assert_eq!(app.stored_claims().await, 1, "nothing filed yet");

    // "File it anyway"
    let mut confirmed = form_fields();
    confirmed.retain(|(k, _)| k != "action");
    confirmed.push(("allow_duplicate".into(), "true".into()));
    let filed = app.submit("/claims/new", "/claims/new", &pairs(&confirmed)).await;
    assert_eq!(filed.status, StatusCode::SEE_OTHER, "{}", filed.body);
    assert_ne!(filed.location.as_deref(), Some(format!("/claims/{first}").as_str()));
    assert_eq!(app.stored_claims().await, 2);
}

#[tokio::test]
async fn the_forms_question_is_in_the_pages_language() {
    let app = spawn_app().await;
    app.sign_up("Nordic Tools AB", "anna@nordictools.example").await;
    let switched = app.submit("/claims/new", "/language", &[("lang", "de"), ("next", "/claims/new")]).await;
    assert_eq!(switched.status, StatusCode::SEE_OTHER);
    let (_, page) = ask_twice(&app).await;
    assert_eq!(page.status, StatusCode::CONFLICT);
    let notice = page.text_of("duplicate-notice").unwrap();
    assert!(notice.contains("Rechnung INV-1001 wurde am") && notice.contains("Trotzdem einreichen"), "{notice}");
}

/// Claims of one creditor against three debtors, in two currencies; the first is partly paid.
async fn three_claims(app: &TestApp, key: &str) -> Vec<String> {
    let muster = app.file_claim(key, &claim_body("DE", "1200.00", "EUR")).await;
    let beispiel = against(claim_body("DE", "800.00", "EUR"), "Beispiel Werkzeuge AG", "HRB 999", "RE-2026-0042");
    let beispiel = app.file_claim(key, &beispiel).await;
    let nordisk = against(claim_body("SE", "25000.00", "SEK"), "Nordisk Snickeri AB", "556000-1111", "F-77");
    let nordisk = app.file_claim(key, &nordisk).await;
    let partner = app.partner(muster["partner"]["id"].as_str().unwrap());
    let mut paid = event(&id_of(&muster), "partially_paid", earlier(0));
    paid["collected"] = json!({"amount": "400.00", "currency": "EUR"});
    let (status, answer) = app.post_event(&partner, "pp1", &paid).await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    vec![id_of(&muster), id_of(&beispiel), id_of(&nordisk)]
}

#[tokio::test]
async fn the_api_searches_by_debtor_or_invoice_and_totals_what_matches() {
    let app = spawn_app().await;
    let key = app.api_creditor("ap@nordic.example").await;
    let ids = three_claims(&app, &key).await;

    let (status, all) = app.get_json(&key, "/api/v1/claims").await;
    assert_eq!(status, StatusCode::OK, "{all}");
    let totals = &all["totals"];
    assert_eq!(totals["claims"], 3);
    assert_eq!(
        totals["by_currency"],
        json!([
            {"currency": "EUR", "claims": 2, "outstanding": {"amount": "1600.00", "currency": "EUR"}, "collected": {"amount": "400.00", "currency": "EUR"}},
            {"currency": "SEK", "claims": 1, "outstanding": {"amount": "25000.00", "currency": "SEK"}, "collected": {"amount": "0.00", "currency": "SEK"}},
        ])
    );
    assert_eq!(
        totals["by_status"],
        json!([{"status": "submitted", "count": 2}, {"status": "partially_paid", "count": 1}])
    );

    let found = |body: &Value| body["items"].as_array().unwrap().iter().map(id_of).collect::<Vec<_>>();
    // by part of the name, in any case
    let (_, body) = app.get_json(&key, "/api/v1/claims?q=muster").await;
    assert_eq!(found(&body), vec![ids[0].clone()]);
    assert_eq!(body["totals"]["claims"], 1, "the totals follow the search");
    // by invoice number
    let (_, body) = app.get_json(&key, "/api/v1/claims?q=re-2026").await;
    assert_eq!(found(&body), vec![ids[1].clone()]);
    // with a filter, and with LIKE's wildcards taken as text
    let (_, body) = app.get_json(&key, "/api/v1/claims?q=AB&country=SE").await;
    assert_eq!(found(&body), vec![ids[2].clone()]);
    let (_, body) = app.get_json(&key, "/api/v1/claims?q=%25").await;
    assert_eq!((found(&body).len(), &body["totals"]["claims"]), (0, &json!(0)));
    // another creditor finds nothing of these
    let other = app.api_creditor("ap@other.example").await;
    let (_, body) = app.get_json(&other, "/api/v1/claims?q=muster").await;
    assert_eq!(found(&body).len(), 0);
    // words with the space between them, letters beyond ASCII in any case, and a search with
    // quotes and wildcards, which is text too
    let (_, body) = app.get_json(&key, "/api/v1/claims?q=snickeri%20ab").await;
    assert_eq!(found(&body), vec![ids[2].clone()]);
    let ostra = against(claim_body("SE", "9000.00", "SEK"), "Östgöta Trä AB", "556000-2222", "F-78");
    let ostra = id_of(&app.file_claim(&key, &ostra).await);
    let (_, body) = app.get_json(&key, "/api/v1/claims?q=%C3%96STG%C3%96TA").await;
    assert_eq!(found(&body), vec![ostra.clone()]);
    let (_, body) = app.get_json(&key, "/api/v1/claims?q=tr%C3%A4%20ab").await;
    assert_eq!(found(&body), vec![ostra]);
    let (status, body) = app.get_json(&key, "/api/v1/claims?q=%22ab%25_%22").await;
    assert_eq!((status, found(&body).len()), (StatusCode::OK, 0), "{body}");
    // too long
    let (status, body) = app.get_json(&key, &format!("/api/v1/claims?q={}", "x".repeat(101))).await;
    assert_eq!((status, body["field"].as_str()), (StatusCode::BAD_REQUEST, Some("q")), "{body}");
}

#[tokio::test]
async fn the_claims_page_searches_totals_and_says_when_nothing_matches() {
    let app = spawn_app().await;
    app.sign_up("Nordic Tools AB", "anna@nordictools.example").await;
    let made = app.submit("/account", "/account/api-keys", &[("label", "ERP")]).await;
    let key = made.text_of("new-api-key").expect("a key");
    let ids = three_claims(&app, &key).await;

    let page = app.get_page("/claims").await;
    assert_eq!(page.text_of("totals-scope").as_deref(), Some("All your 3 claims:"));
    // the live notes, for static/live.js to fill in
    assert!(page.body.contains("data-status=\"Live: status now “{status}” ({when}).\""), "{}", page.body);
    assert_eq!(page.text_of("outstanding-EUR").as_deref(), Some("1,600.00 EUR"));
    assert_eq!(page.text_of("collected-EUR").as_deref(), Some("400.00 EUR"));
    assert_eq!(page.text_of("outstanding-SEK").as_deref(), Some("25,000.00 SEK"));

    let page = app.get_page("/claims?q=RE-2026-0042").await;
    assert!(page.body.contains(&format!("data-claim=\"{}\"", ids[1])));
    assert!(!page.body.contains(&format!("data-claim=\"{}\"", ids[0])));
    assert_eq!(page.input_value("q").as_deref(), Some("RE-2026-0042"), "the search stays in its box");
    assert_eq!(page.text_of("totals-scope").as_deref(), Some("The 1 claim that matches your search and filters:"));
    assert!(page.text_of("outstanding-SEK").is_none());

    let page = app.get_page("/claims?q=Nobody+GmbH").await;
    let empty = page.text_of("no-match").expect("a useful empty state");
    assert!(empty.contains("No claim matches “Nobody GmbH”") && empty.contains("invoice number"), "{empty}");

    // in German
    let switched = app.submit("/claims", "/language", &[("lang", "de"), ("next", "/claims")]).await;
    assert_eq!(switched.status, StatusCode::SEE_OTHER);
    let page = app.get_page("/claims?q=muster").await;
    assert_eq!(page.text_of("totals-scope").as_deref(), Some("Die 1 Forderung, die zu Suche und Filtern passt:"));
    let page = app.get_page("/claims?q=Nobody").await;
    assert!(page.text_of("no-match").unwrap().contains("Keine Forderung passt zu „Nobody“"));
    // the totals as a German page writes money
    let page = app.get_page("/claims").await;
    assert_eq!(page.text_of("outstanding-EUR").map(|t| t.replace('\u{a0}', " ")).as_deref(), Some("1.600,00 €"));
    assert_eq!(page.text_of("outstanding-SEK").map(|t| t.replace('\u{a0}', " ")).as_deref(), Some("25.000,00 SEK"));
}

#[tokio::test]
async fn a_live_refresh_leaves_the_message_for_the_page_the_creditor_opens_next() {
    let app = spawn_app().await;
    app.sign_up("Nordic Tools AB", "anna@nordictools.example").await;
    let filed = app.submit("/claims/new", "/claims/new", &pairs(&form_fields())).await;
    assert_eq!(filed.status, StatusCode::SEE_OTHER, "{}", filed.body);
    // an open claims list in another window fetches itself again
    let refreshed = app.client.get(app.url("/claims")).header("X-Live-Part", "1").send().await.unwrap();
    assert!(!refreshed.text().await.unwrap().contains("id=\"flash\""));
    let page = app.get_page(filed.location.as_deref().unwrap()).await;
    assert!(page.text_of("flash").is_some_and(|t| t.contains("Your claim was filed")), "{}", page.body);
}
