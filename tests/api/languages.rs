//! The creditor portal in the reader's language and formats: the language chosen by the
//! account, the switcher or the browser (in that order), money, dates and amounts as each
//! language writes them, errors said in the page's language next to labelled fields, and
//! countries chosen by their name in the page's language.

use reqwest::StatusCode;
use reqwest::header::{ACCEPT_LANGUAGE, HeaderMap, HeaderValue};
use serde_json::json;

use crate::helpers::{TestApp, claim_form, pairs, spawn_app};
use crate::webdriver::Browser;

/// A browser (cookies kept, redirects not followed) whose `Accept-Language` is `header`.
fn browser_speaking(app: &TestApp, header: &str) -> TestApp {
    let mut headers = HeaderMap::new();
    headers.insert(ACCEPT_LANGUAGE, HeaderValue::from_str(header).unwrap());
    let client = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .default_headers(headers)
        .build()
        .unwrap();
    app.with_client(client)
}

fn html_lang(body: &str) -> &str {
    body.split("<html lang=\"").nth(1).and_then(|rest| rest.split('"').next()).unwrap_or("")
}

async fn set_preferences(app: &TestApp, language: &str, zone: &str) {
    let page = app
        .submit("/account/preferences", "/account/preferences", &[("language", language), ("time_zone", zone)])
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
}

#[tokio::test]
async fn the_account_setting_comes_before_the_switcher_which_comes_before_the_browser() {
    let app = spawn_app().await;
    let visitor = browser_speaking(&app, "fr-FR, de;q=0.8, en;q=0.5");
    let page = visitor.get_page("/quote").await;
    assert_eq!(html_lang(&page.body), "de");
    assert!(page.body.contains("Sofortangebot") && page.body.contains("Anmelden"), "the frame in German");

    // the footer's switcher wins over the browser, and is kept in a cookie
    let switched = visitor.post_form("/language", &[("lang", "sv"), ("next", "/quote")]).await;
    assert_eq!(switched.location.as_deref(), Some("/quote"));
    let page = visitor.get_page("/quote").await;
    assert_eq!(html_lang(&page.body), "sv");
    assert!(page.body.contains("Direktoffert") && page.body.contains("Logga in"));

    // signed in to an account without a language of its own, the switcher's choice holds
    visitor.sign_up("Nordic Tools AB", "anna@nordictools.example").await;
    assert_eq!(html_lang(&visitor.get_page("/claims").await.body), "sv");
    let prefs = visitor.get_page("/account/preferences").await;
    assert_eq!(prefs.selected_value("language").as_deref(), Some(""));
    assert!(prefs.body.contains("Ditt lands: Europe/Stockholm"), "the zone of the account's country stands in");

    // the account's language wins over both, from the save on and at every sign-in
    set_preferences(&visitor, "fi", "Europe/Helsinki").await;
    let page = visitor.get_page("/account/preferences").await;
    assert_eq!(html_lang(&page.body), "fi");
    assert_eq!(page.text_of("flash").as_deref(), Some("Asetuksesi on tallennettu."));
    assert_eq!(page.selected_value("time_zone").as_deref(), Some("Europe/Helsinki"));
    visitor.sign_out().await;
    assert_eq!(html_lang(&visitor.get_page("/quote").await.body), "sv", "signed out: the switcher again");
    visitor.sign_in("anna@nordictools.example", "a long enough password").await;
    let list = visitor.get_page("/claims").await;
    assert_eq!(html_lang(&list.body), "fi");
    assert!(list.body.contains("Saatavasi"));

    // a language or zone the page does not offer is the default
    set_preferences(&visitor, "xx", "Mars/Olympus").await;
    let page = visitor.get_page("/account/preferences").await;
    assert_eq!(page.selected_value("language").as_deref(), Some(""));
    assert_eq!(page.selected_value("time_zone").as_deref(), Some(""));
    assert_eq!(html_lang(&page.body), "sv", "back to the switcher's choice");
}

#[tokio::test]
async fn preferences_are_for_signed_in_accounts_and_need_the_form_s_token() {
    let app = spawn_app().await;
    let page = app.get_page("/account/preferences").await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    app.sign_up("Nordic Tools AB", "anna@nordictools.example").await;
    let forged = app.post_form("/account/preferences", &[("language", "de"), ("csrf_token", "forged")]).await;
    assert_ne!(forged.status, StatusCode::SEE_OTHER);
    assert_eq!(html_lang(&app.get_page("/claims").await.body), "en");
}

#[tokio::test]
async fn a_german_account_sees_its_claims_in_german_money_and_dates() {
    let app = spawn_app().await;
    app.sign_up("Nordic Tools AB", "anna@nordictools.example").await;
    set_preferences(&app, "de", "").await;
    let form = app.get_page("/claims/new").await;
    assert!(form.body.contains("Forderung einreichen") && form.body.contains("Offener Betrag"));
    assert!(form.body.contains("placeholder=\"1.200,00\""));
    // German amounts: a dot groups thousands, a comma starts the cents
    let page = app.submit("/claims/new", "/claims/new", &pairs(&claim_form("DE", "12.500,50", "EUR"))).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    let claim = app.get_page(page.location.as_deref().unwrap()).await;
    assert!(claim.text_of("flash").unwrap().contains("Ihre Forderung wurde eingereicht"));

    let list = app.get_page("/claims").await;
    assert!(list.body.contains("12.500,50\u{a0}€"), "{}", list.body);
    let today = chrono::Utc::now().date_naive().format("%d.%m.%Y").to_string();
    assert!(list.body.contains(&format!("<td>{today}</td>")), "the date as Germans write it");
    assert!(list.body.contains("<td>Deutschland</td>") && list.body.contains("Eingereicht, Übergabe läuft"));
    let filter = list.body.split("id=\"f-country\"").nth(1).unwrap();
    let austria = filter.find(">Österreich<").unwrap();
    assert!(filter.find(">Niederlande<").unwrap() < austria && austria < filter.find(">Polen<").unwrap());
}

#[tokio::test]
async fn a_swedish_claim_form_reads_swedish_amounts_and_says_what_is_wrong_in_swedish() {
    let app = spawn_app().await;
    app.sign_up("Nordic Tools AB", "anna@nordictools.example").await;
    set_preferences(&app, "sv", "").await;

    // ambiguous: twelve and a half with too many decimals, or twelve thousand the English way?
    let mut form = claim_form("DE", "12,500", "EUR");
    form.iter_mut().find(|(k, _)| k == "debtor.name").unwrap().1 = String::new();
    let page = app.submit("/claims/new", "/claims/new", &pairs(&form)).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    let error = page.field_error("invoices[0].amount.amount").unwrap();
    assert!(error.starts_with("Beloppet kan läsas på två sätt"), "{error}");
    assert_eq!(page.field_error("debtor.name").as_deref(), Some("Fältet måste fyllas i"));
    let summary = page.text_of("error-summary").unwrap();
    assert!(summary.contains("Rätta de här 2 fälten"), "{summary}");
    assert!(summary.contains("Faktura 1: belopp: Beloppet kan läsas"), "{summary}");
    assert!(summary.contains("Företagsnamn: Fältet måste fyllas i"), "{summary}");
    assert!(!summary.contains("invoices[") && !summary.contains("debtor."), "no data keys: {summary}");
    assert!(page.body.contains("<a href=\"#f-invoices[0].amount.amount\">Faktura 1: belopp</a>"));
    assert!(page.body.contains("id=\"f-invoices[0].amount.amount\""), "the link leads to the field");
    assert_eq!(page.input_value("invoices[0].amount.amount").as_deref(), Some("12,500"), "kept as typed");

    // over-precise: three decimals of a currency with two
    let page = app.submit("/claims/new", "/claims/new", &pairs(&claim_form("DE", "12 500,505", "EUR"))).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    let error = page.field_error("invoices[0].amount.amount").unwrap();
    assert_eq!(error, "För många decimaler: belopp i EUR har högst 2");
    assert_eq!(app.stored_claims().await, 0);

    // Swedish thousands (a space, or the non-breaking space a copy from a page brings)
    let page = app.submit("/claims/new", "/claims/new", &pairs(&claim_form("DE", "12\u{a0}500,50", "EUR"))).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    let page = app.submit("/claims/new", "/claims/new", &pairs(&claim_form("AT", "12 500,50", "EUR"))).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    let list = app.get_page("/claims").await;
    assert_eq!(list.body.matches("12\u{a0}500,50\u{a0}€").count(), 2, "{}", list.body);
    assert!(list.body.contains("<td>Österrike</td>"));
}

#[tokio::test]
async fn the_api_keeps_its_english_and_its_field_paths() {
    let app = spawn_app().await;
    let key = app.api_creditor("api@nordictools.example").await;
    let mut body = crate::helpers::claim_body("DE", "12 500,50", "EUR");
    body["debtor"]["name"] = json!("");
    let response = app
        .client
        .post(app.url("/api/v1/claims"))
        .bearer_auth(&key)
        .header(ACCEPT_LANGUAGE, "de")
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let json: serde_json::Value = response.json().await.unwrap();
    let errors = json["errors"].as_array().cloned().unwrap_or_else(|| vec![json.clone()]);
    assert!(errors.iter().any(|e| e["field"] == "debtor.name" && e["error"] == "this field is required"), "{json}");
    assert!(
        errors.iter().any(|e| e["field"] == "invoices[0].amount.amount"
            && e["error"] == "write the amount as digits with a decimal point, e.g. 1200.50"),
        "{json}"
    );
}

#[tokio::test]
async fn a_country_is_chosen_by_its_name_in_the_page_language_and_filed_by_its_code() {
    let app = spawn_app().await;
    app.sign_up("Nordic Tools AB", "anna@nordictools.example").await;
    let browser = Browser::signed_in(&app.url(""), "anna@nordictools.example").await;
    // the footer's switcher, as a person uses it
    browser.pick("language-switch", "sv").await;
    browser.script("document.querySelector('form.language').requestSubmit(); return null;", json!([])).await;
    browser.wait_for_text("main", |t| t.contains("Dina ärenden")).await;
    browser.goto(&app.url("/claims/new")).await;
    for (name, value) in claim_form("", "1 200,50", "EUR") {
        if !matches!(
            name.as_str(),
            "debtor.country" | "action" | "debtor.language" | "history.debtor_response" | "allow_duplicate"
        ) {
            browser.pick(&format!("f-{name}"), &value).await;
        }
    }
    browser.type_into("f-debtor.country", "Tyskland").await;
    assert_eq!(
        browser.script("return document.getElementById('f-debtor.country').value;", json!([])).await,
        json!("DE")
    );
    browser.script("document.getElementById('claim-form').requestSubmit(); return null;", json!([])).await;
    browser.wait_for_text("flash", |t| t.contains("Ärendet är registrerat")).await;
    assert_eq!(app.stored_claims().await, 1);
    browser.goto(&app.url("/claims?country=DE")).await;
    let rows = browser.script("return document.querySelectorAll('[data-claim]').length;", json!([])).await;
    assert_eq!(rows, json!(1), "filed with the code DE");
    let table = browser.text("claims-table").await.unwrap();
    assert!(table.contains("Tyskland") && table.contains("1 200,50 €"), "{table}");
    browser.close().await;
}

#[tokio::test]
async fn the_quote_page_speaks_the_visitor_s_language_and_reads_its_amounts() {
    let app = spawn_app().await;
    let visitor = browser_speaking(&app, "de-DE,de;q=0.9");
    let due = crate::helpers::days_ago(30);
    let page = visitor
        .get_page(&format!(
            "/quote?debtor.country=DE&invoices%5B0%5D.amount.amount=12.500%2C50&invoices%5B0%5D.amount.currency=EUR&invoices%5B0%5D.due_date={due}"
        ))
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.body.contains("Was kostet der Einzug dieser Rechnung?"));
    assert!(page.body.contains("data-decimal=\",\""), "quote.js reads amounts the German way");
    let page = visitor
        .get_page(&format!(
            "/quote?debtor.country=DE&invoices%5B0%5D.amount.amount=12%2C500&invoices%5B0%5D.amount.currency=EUR&invoices%5B0%5D.due_date={due}"
        ))
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.field_error("invoices[0].amount.amount").unwrap().starts_with("Dieser Betrag ist mehrdeutig"));
    assert!(page.text_of("error-summary").unwrap().contains("Rechnung 1: Betrag"));
}
