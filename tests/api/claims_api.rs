//! `/api/v1/claims`: filing, reading, listing, idempotency, authentication, bad input.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{assert_null, claim_body, days_ago, spawn_app};

#[tokio::test]
async fn filing_a_claim_returns_it_routed_and_submitted() {
    let app = spawn_app().await;
    let key = app.api_creditor("ap@nordictools.example").await;
    let response = app.post_claim(&key, &claim_body("DE", "1200.00", "EUR")).await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let location = response.headers().get("location").unwrap().to_str().unwrap().to_string();
    let claim: Value = response.json().await.unwrap();
    let id = claim["id"].as_str().unwrap();
    assert!(id.starts_with("c_"));
    assert_eq!(location, format!("/api/v1/claims/{id}"));
    assert_eq!(claim["status"], "submitted");
    assert_eq!(claim["service"], "collection");
    // the cheaper of the two German agencies (every partner is new, so the fee decides)
    assert_eq!(claim["partner"]["id"], "sandbox-agency-de-2");
    assert_eq!(claim["partner"]["licence"]["country"], "DE");
    assert_eq!(claim["principal"], json!({"amount": "1200.00", "currency": "EUR"}));
    assert_eq!(claim["debtor"]["country"], "DE");
    assert_eq!(claim["debtor"]["vat_number"], "DE123456789");
    assert_eq!(claim["invoices"][0]["amount"], json!({"amount": "1200.00", "currency": "EUR"}));
    assert_eq!(claim["history"]["reminders_sent"], json!([days_ago(45), days_ago(30)]));
    assert!(claim["created_at"].as_str().unwrap().ends_with('Z'));
    let events = claim["events"].as_array().unwrap();
    assert_eq!(events.len(), 1);
    assert_eq!(events[0]["status"], "submitted");

    let (status, again) = app.get_json(&key, &location).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(again, claim);
}

#[tokio::test]
async fn the_api_needs_a_valid_key() {
    let app = spawn_app().await;
    let response = app.client.get(app.url("/api/v1/claims")).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(response.headers().get("www-authenticate").unwrap(), "Bearer");
    let body: Value = response.json().await.unwrap();
    assert!(body["error"].as_str().unwrap().contains("API key"));
    assert_eq!(app.get_json("cck_made_up", "/api/v1/claims").await.0, StatusCode::UNAUTHORIZED);
    assert_eq!(app.post_claim("cck_made_up", &claim_body("DE", "1", "EUR")).await.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(app.stored_claims().await, 0);
}

#[tokio::test]
async fn a_creditor_never_sees_another_creditors_claims() {
    let app = spawn_app().await;
    let alice = app.api_creditor("alice@example.com").await;
    let bob = app.api_creditor("bob@example.com").await;
    let claim = app.file_claim(&alice, &claim_body("DE", "1200.00", "EUR")).await;
    let id = claim["id"].as_str().unwrap();
    let (status, body) = app.get_json(&bob, &format!("/api/v1/claims/{id}")).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "not 403, so ids cannot be probed");
    assert_eq!(body["error"], "not found");
    assert_eq!(app.get_json(&bob, "/api/v1/claims/c_doesnotexist").await.0, StatusCode::NOT_FOUND);
    let (_, list) = app.get_json(&bob, "/api/v1/claims").await;
    assert_eq!(list["items"].as_array().unwrap().len(), 0);
    let (_, list) = app.get_json(&alice, "/api/v1/claims").await;
    assert_eq!(list["items"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn lists_are_newest_first_filterable_and_paged_by_cursor() {
    let app = spawn_app().await;
    let key = app.api_creditor("ap@nordictools.example").await;
    let mut ids = Vec::new();
    for (country, disputed) in [("DE", false), ("SE", false), ("DE", true), ("FR", false), ("DE", false)] {
        let mut body = claim_body(country, "500.00", "EUR");
        body["disputed"] = json!(disputed);
        ids.push(app.file_claim(&key, &body).await["id"].as_str().unwrap().to_string());
    }
    ids.reverse();

    let (_, all) = app.get_json(&key, "/api/v1/claims").await;
    let listed: Vec<&str> = all["items"].as_array().unwrap().iter().map(|c| c["id"].as_str().unwrap()).collect();
    assert_eq!(listed, ids, "newest first");
    assert_null(&all, "next_cursor");
    // list items are claims without their invoices, events and quote, which a claim's own answer has
    let (_, one) = app.get_json(&key, &format!("/api/v1/claims/{}", ids[0])).await;
    for item in all["items"].as_array().unwrap() {
        for field in ["invoices", "events", "quote"] {
            assert!(one.get(field).is_some(), "a claim has {field}");
            assert!(item.get(field).is_none(), "a list item has no {field}: {item}");
        }
        for field in ["id", "status", "principal", "partner", "debtor", "created_at"] {
            assert!(item.get(field).is_some(), "a list item has {field}: {item}");
        }
    }

    let mut seen = Vec::new();
    let mut cursor: Option<String> = None;
    loop {
        let path = match &cursor {
            None => "/api/v1/claims?limit=2".to_string(),
            Some(c) => format!("/api/v1/claims?limit=2&cursor={c}"),
        };
        let (status, page) = app.get_json(&key, &path).await;
        assert_eq!(status, StatusCode::OK);
        let items = page["items"].as_array().unwrap();
        assert!(items.len() <= 2);
        seen.extend(items.iter().map(|c| c["id"].as_str().unwrap().to_string()));
        match page["next_cursor"].as_str() {
            Some(next) => cursor = Some(next.to_string()),
            None => break,
        }
    }
    assert_eq!(seen, ids, "pages cover every claim once, in order");

    let (_, de) = app.get_json(&key, "/api/v1/claims?country=de").await;
    assert_eq!(de["items"].as_array().unwrap().len(), 3);
    let (_, submitted_se) = app.get_json(&key, "/api/v1/claims?country=SE&status=submitted").await;
    assert_eq!(submitted_se["items"].as_array().unwrap().len(), 1);
    let (_, paid) = app.get_json(&key, "/api/v1/claims?status=paid").await;
    assert_eq!(paid["items"].as_array().unwrap().len(), 0);

    for (query, field) in [
        ("status=lost", "status"),
        ("country=XX", "country"),
        ("limit=0", "limit"),
        ("limit=500", "limit"),
        ("cursor=zzz", "cursor"),
    ] {
        let (status, body) = app.get_json(&key, &format!("/api/v1/claims?{query}")).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{query}");
        assert_eq!(body["field"], field, "{query}: {body}");
    }
}

#[tokio::test]
async fn an_idempotency_key_makes_a_retry_return_the_first_result() {
    let app = spawn_app().await;
    let key = app.api_creditor("ap@nordictools.example").await;
    let body = claim_body("DE", "1200.00", "EUR");
    let send = |body: Value, idem: &'static str| {
        let request =
            app.client.post(app.url("/api/v1/claims")).bearer_auth(&key).header("Idempotency-Key", idem).json(&body);
        async move { request.send().await.unwrap() }
    };
    let first = send(body.clone(), "order-77").await;
    assert_eq!(first.status(), StatusCode::CREATED);
    let first: Value = first.json().await.unwrap();
    let retry = send(body.clone(), "order-77").await;
    assert_eq!(retry.status(), StatusCode::CREATED);
    assert_eq!(retry.headers().get("idempotent-replayed").unwrap(), "true");
    let retry: Value = retry.json().await.unwrap();
    assert_eq!(retry, first);
    assert_eq!(app.stored_claims().await, 1);

    let mut other = body.clone();
    other["invoices"][0]["amount"]["amount"] = json!("999.00");
    let conflict = send(other, "order-77").await;
    assert_eq!(conflict.status(), StatusCode::CONFLICT);
    let conflict: Value = conflict.json().await.unwrap();
    assert!(conflict["error"].as_str().unwrap().contains("Idempotency-Key"));
    assert_eq!(app.stored_claims().await, 1);

    // concurrent retries of one request file one claim
    let racers: Vec<_> = (0..6).map(|_| send(body.clone(), "order-78")).collect();
    let responses = futures_util::future::join_all(racers).await;
    let ids: std::collections::HashSet<String> = futures_util::future::join_all(
        responses
            .into_iter()
            .map(|r| async move { r.json::<Value>().await.unwrap()["id"].as_str().unwrap().to_string() }),
    )
    .await
    .into_iter()
    .collect();
    assert_eq!(ids.len(), 1);
    assert_eq!(app.stored_claims().await, 2);
}

/// Each bad input is refused with the status and the field named, and nothing is stored.
#[tokio::test]
async fn bad_input_names_the_field_and_stores_nothing() {
    let app = spawn_app().await;
    let key = app.api_creditor("ap@nordictools.example").await;
    let valid = claim_body("DE", "1200.00", "EUR");
    let with = |path: &[&str], value: Value| {
        let mut body = valid.clone();
        let mut target = &mut body;
        for (i, step) in path.iter().enumerate() {
            if i == path.len() - 1 {
                match step.parse::<usize>() {
                    Ok(n) => target[n] = value.clone(),
                    Err(_) => target[*step] = value.clone(),
                }
            } else {
                target = match step.parse::<usize>() {
                    Ok(n) => &mut target[n],
                    Err(_) => &mut target[*step],
                };
            }
        }
        body
    };
    let long = "x".repeat(201);
    let mut mixed = valid.clone();
    let mut second = valid["invoices"][0].clone();
    second["number"] = json!("INV-1002");
    second["amount"]["currency"] = json!("SEK");
    mixed["invoices"].as_array_mut().unwrap().push(second);
    let cases: Vec<(&str, Value, StatusCode, &str, &str)> = vec![
        (
            "unknown country",
            with(&["debtor", "country"], json!("XX")),
            StatusCode::UNPROCESSABLE_ENTITY,
            "debtor.country",
            "not an ISO 3166-1",
        ),
        (
            "alpha-3 country",
            with(&["debtor", "country"], json!("DEU")),
            StatusCode::UNPROCESSABLE_ENTITY,
            "debtor.country",
            "e.g. DE",
        ),
        (
            "country as a name",
            with(&["debtor", "country"], json!("Germany")),
            StatusCode::UNPROCESSABLE_ENTITY,
            "debtor.country",
            "ISO",
        ),
        (
            "unknown currency",
            with(&["invoices", "0", "amount", "currency"], json!("ABC")),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invoices[0].amount.currency",
            "ISO 4217",
        ),
        (
            "withdrawn currency",
            with(&["invoices", "0", "amount", "currency"], json!("HRK")),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invoices[0].amount.currency",
            "replaced by EUR",
        ),
        (
            "zero",
            with(&["invoices", "0", "amount", "amount"], json!("0.00")),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invoices[0].amount.amount",
            "greater than zero",
        ),
        (
            "negative",
            with(&["invoices", "0", "amount", "amount"], json!("-5.00")),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invoices[0].amount.amount",
            "greater than zero",
        ),
        (
            "not a number",
            with(&["invoices", "0", "amount", "amount"], json!("twelve")),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invoices[0].amount.amount",
            "digits",
        ),
        (
            "finer than cents",
            with(&["invoices", "0", "amount", "amount"], json!("10.005")),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invoices[0].amount.amount",
            "EUR has 2 decimal places",
        ),
        (
            "a float",
            with(&["invoices", "0", "amount", "amount"], json!(10.5)),
            StatusCode::BAD_REQUEST,
            "invoices[0].amount.amount",
            "expected a string",
        ),
        (
            "due in the future",
            with(&["invoices", "0", "due_date"], json!(days_ago(-3))),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invoices[0].due_date",
            "not overdue",
        ),
        (
            "due today",
            with(&["invoices", "0", "due_date"], json!(days_ago(0))),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invoices[0].due_date",
            "not overdue",
        ),
        (
            "due before issue",
            with(&["invoices", "0", "due_date"], json!(days_ago(100))),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invoices[0].due_date",
            "before the issue date",
        ),
        (
            "not a date",
            with(&["invoices", "0", "issue_date"], json!("31/08/2026")),
            StatusCode::UNPROCESSABLE_ENTITY,
            "invoices[0].issue_date",
            "YYYY-MM-DD",
        ),
        (
            "empty name",
            with(&["debtor", "name"], json!("   ")),
            StatusCode::UNPROCESSABLE_ENTITY,
            "debtor.name",
            "required",
        ),
        (
            "overlong name",
            with(&["debtor", "name"], json!(long)),
            StatusCode::UNPROCESSABLE_ENTITY,
            "debtor.name",
            "at most 200 characters",
        ),
        (
            "bad e-mail",
            with(&["debtor", "contact", "email"], json!("erika at muster")),
            StatusCode::UNPROCESSABLE_ENTITY,
            "debtor.contact.email",
            "e-mail",
        ),
        (
            "bad language",
            with(&["debtor", "language"], json!("deutsch")),
            StatusCode::UNPROCESSABLE_ENTITY,
            "debtor.language",
            "ISO 639-1",
        ),
        ("no invoices", with(&["invoices"], json!([])), StatusCode::UNPROCESSABLE_ENTITY, "invoices", "at least one"),
        ("mixed currencies", mixed, StatusCode::UNPROCESSABLE_ENTITY, "invoices[1].amount.currency", "one currency"),
        (
            "unknown response",
            with(&["history", "debtor_response"], json!("maybe")),
            StatusCode::UNPROCESSABLE_ENTITY,
            "history.debtor_response",
            "not one of",
        ),
        (
            "reminder in the future",
            with(&["history", "reminders_sent"], json!([days_ago(-1)])),
            StatusCode::UNPROCESSABLE_ENTITY,
            "history.reminders_sent[0]",
            "future",
        ),
        (
            "wrong type",
            with(&["debtor", "address", "lines"], json!("Hauptstraße 1")),
            StatusCode::BAD_REQUEST,
            "debtor.address.lines",
            "expected a sequence",
        ),
    ];
    for (name, body, status, field, message) in cases {
        let response = app.post_claim(&key, &body).await;
        assert_eq!(response.status(), status, "{name}");
        let error: Value = response.json().await.unwrap();
        assert_eq!(error["field"], field, "{name}: {error}");
        assert!(error["error"].as_str().unwrap().contains(message), "{name}: {error}");
    }

    // not JSON, empty, and a body over the limit
    // a client of its own: a server that refuses a body unread closes that connection
    let raw_client = crate::helpers::browser();
    let send_raw = |body: Vec<u8>| {
        raw_client
            .post(app.url("/api/v1/claims"))
            .bearer_auth(&key)
            .header("content-type", "application/json")
            .body(body)
            .send()
    };
    let response = send_raw(b"{\"debtor\": ".to_vec()).await.unwrap();
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    assert!(response.json::<Value>().await.unwrap()["error"].as_str().unwrap().contains("not valid JSON"));
    assert_eq!(send_raw(Vec::new()).await.unwrap().status(), StatusCode::BAD_REQUEST);
    let mut huge = valid.clone();
    huge["history"]["notes"] = json!("n".repeat(300 * 1024));
    let response = send_raw(serde_json::to_vec(&huge).unwrap()).await.unwrap();
    assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE);
    assert!(response.json::<Value>().await.unwrap()["error"].as_str().unwrap().contains("larger than"));

    assert_eq!(app.stored_claims().await, 0, "nothing half-written");
    // the same creditor can still file the valid claim
    assert_eq!(app.post_claim(&key, &valid).await.status(), StatusCode::CREATED);
}

#[tokio::test]
async fn every_problem_is_reported_at_once() {
    let app = spawn_app().await;
    let key = app.api_creditor("ap@nordictools.example").await;
    let mut body = claim_body("XX", "-1", "EUR");
    body["debtor"]["name"] = json!("");
    let response = app.post_claim(&key, &body).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let error: Value = response.json().await.unwrap();
    let fields: Vec<&str> = error["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
    assert_eq!(fields, ["debtor.name", "debtor.country", "invoices[0].amount.amount"]);
}

#[tokio::test]
async fn sensible_normalisation_of_what_people_type() {
    let app = spawn_app().await;
    let key = app.api_creditor("ap@nordictools.example").await;
    let mut body = claim_body(" de ", "1200", "eur");
    body["debtor"]["language"] = json!(null);
    body["debtor"]["vat_number"] = json!("de 123.456.789");
    let claim = app.file_claim(&key, &body).await;
    assert_eq!(claim["debtor"]["country"], "DE");
    assert_eq!(claim["debtor"]["language"], "de", "defaults to the country's language");
    assert_eq!(claim["debtor"]["vat_number"], "DE123456789");
    assert_eq!(claim["principal"], json!({"amount": "1200.00", "currency": "EUR"}));
    // zero-decimal currencies
    let mut isk = claim_body("IS", "150000", "ISK");
    isk["debtor"]["language"] = json!("is");
    let claim = app.file_claim(&key, &isk).await;
    assert_eq!(claim["principal"], json!({"amount": "150000", "currency": "ISK"}));
    let response = app.post_claim(&key, &claim_body("IS", "150000.5", "ISK")).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
}
