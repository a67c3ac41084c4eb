//! A real browser (headless Chromium through chromedriver) sees a case change without reload.
//! Needs the Debian packages `chromium` and `chromium-driver`, which `.ci/run` installs.

use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::spawn_app;
use crate::live_support::{Partner, earlier, event};
use crate::webdriver::Browser;

#[tokio::test]
async fn the_case_page_and_the_list_show_a_new_status_without_reload() {
    let app = spawn_app().await;
    let email = "anna@nordictools.example";
    let (id, partner): (String, Partner) = app.portal_claim(email).await;
    let browser = Browser::start().await;
    browser.goto(&app.url("/signin")).await;
    browser.type_into("f-email", email).await;
    browser.type_into("f-password", "a long enough password").await;
    browser.script("document.querySelector('main form button[type=submit]').click(); return null;", json!([])).await;
    browser.wait_for_text("main", |t| t.contains("Your claims")).await;

    browser.goto(&app.url(&format!("/claims/{id}"))).await;
    assert_eq!(browser.text("claim-status").await.as_deref(), Some("Submitted, hand-over pending"));
    // the page has connected its stream
    browser.wait_for_text("live-status", |t| t.starts_with("Live")).await;
    // a mark that a reload would wipe out
    browser.script("window.notReloaded = true; return null;", json!([])).await;

    let mut body = event(&id, "partially_paid", earlier(0));
    body["collected"] = json!({"amount": "400.00", "currency": "EUR"});
    body["message"] = json!("First instalment received");
    let (status, _) = app.post_event(&partner, "b1", &body).await;
    assert_eq!(status, StatusCode::OK);

    browser.wait_for_text("claim-status", |t| t == "Partially paid").await;
    browser.wait_for_text("claim-collected", |t| t.contains("400.00 EUR")).await;
    browser.wait_for_text("timeline", |t| t.contains("First instalment received")).await;
    let still = browser.script("return window.notReloaded === true;", json!([])).await;
    assert_eq!(still, json!(true), "the page was not reloaded");

    // the claims list follows too
    browser.goto(&app.url("/claims")).await;
    browser.wait_for_text("live-status", |t| t.starts_with("Live")).await;
    let (status, _) =
        app.post_event(&partner, "b2", &event(&id, "paid", earlier(0) + chrono::Duration::seconds(5))).await;
    assert_eq!(status, StatusCode::OK);
    let row_status = format!("status-of-{id}");
    browser
        .script(
            "document.querySelector(\"tr[data-claim='\" + arguments[0] + \"'] .status\").id = arguments[1]; return null;",
            json!([id, row_status]),
        )
        .await;
    browser.wait_for_text(&row_status, |t| t == "Paid in full").await;
    browser.close().await;
}
