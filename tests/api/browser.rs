//! A real browser (headless Chromium through chromedriver) sees a case change without reload.
//!
//! Needs the Debian packages `chromium` and `chromium-driver` (`/usr/bin/chromedriver`, or
//! `CHROMEDRIVER=/path`); without chromedriver the test says so and passes.

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::{TestApp, spawn_app};
use crate::live_support::{Partner, event, earlier};

/// A chromedriver process of this test, stopped when dropped.
struct Chromedriver {
    child: Child,
    port: u16,
    profile: std::path::PathBuf,
}

impl Chromedriver {
    fn binary() -> Option<String> {
        let configured = std::env::var("CHROMEDRIVER").ok();
        let candidates = configured.into_iter().chain(["/usr/bin/chromedriver".to_string(), "/usr/lib/chromium/chromedriver".to_string()]);
        candidates.into_iter().find(|path| std::path::Path::new(path).is_file())
    }

    async fn start(binary: &str) -> Chromedriver {
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let child = Command::new(binary)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        let profile = std::env::temp_dir().join(format!("crossclaim_chromium_{}", ulid::Ulid::new()));
        let driver = Chromedriver { child, port, profile };
        let status = format!("http://127.0.0.1:{port}/status");
        let deadline = Instant::now() + Duration::from_secs(20);
        while reqwest::get(&status).await.map(|r| r.status() != StatusCode::OK).unwrap_or(true) {
            assert!(Instant::now() < deadline, "chromedriver did not come up");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        driver
    }

    async fn browser(&self) -> Client {
        let mut chrome = json!({
            "args": [
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-dev-shm-usage",
                format!("--user-data-dir={}", self.profile.display()),
            ]
        });
        if std::path::Path::new("/usr/bin/chromium").is_file() {
            chrome["binary"] = json!("/usr/bin/chromium");
        }
        let mut capabilities = serde_json::Map::new();
        capabilities.insert("goog:chromeOptions".into(), chrome);
        ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(capabilities)
            .connect(&format!("http://127.0.0.1:{}", self.port))
            .await
            .expect("a browser session")
    }
}

impl Drop for Chromedriver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

async fn text_of(browser: &Client, id: &str) -> String {
    browser.find(Locator::Id(id)).await.expect(id).text().await.unwrap_or_default()
}

/// Waits until the element's text contains `wanted`, at most 10 seconds.
async fn wait_for_text(browser: &Client, id: &str, wanted: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let text = text_of(browser, id).await;
        if text.contains(wanted) || Instant::now() > deadline {
            return text;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn sign_in(browser: &Client, app: &TestApp, email: &str) {
    browser.goto(&app.url("/signin")).await.unwrap();
    browser.find(Locator::Id("f-email")).await.unwrap().send_keys(email).await.unwrap();
    browser.find(Locator::Id("f-password")).await.unwrap().send_keys("a long enough password").await.unwrap();
    browser.find(Locator::Css("main form button[type=submit]")).await.unwrap().click().await.unwrap();
    browser.wait().for_element(Locator::Css("a[href='/claims/new']")).await.unwrap();
}

#[tokio::test]
async fn the_case_page_and_the_list_show_a_new_status_without_reload() {
    let Some(binary) = Chromedriver::binary() else {
        println!("skipped: no chromedriver (install the Debian packages chromium and chromium-driver, or set CHROMEDRIVER)");
        return;
    };
    let app = spawn_app().await;
    let email = "anna@nordictools.example";
    let (id, partner): (String, Partner) = app.portal_claim(email).await;
    let driver = Chromedriver::start(&binary).await;
    let browser = driver.browser().await;
    sign_in(&browser, &app, email).await;

    browser.goto(&app.url(&format!("/claims/{id}"))).await.unwrap();
    assert_eq!(text_of(&browser, "claim-status").await, "Submitted, hand-over pending");
    // the page has connected its stream
    let note = wait_for_text(&browser, "live-status", "Live").await;
    assert!(note.starts_with("Live"), "{note}");
    // a mark that a reload would wipe out
    browser.execute("window.notReloaded = true; return null;", vec![]).await.unwrap();

    let mut body = event(&id, "partially_paid", earlier(0));
    body["collected"] = json!({"amount": "400.00", "currency": "EUR"});
    body["message"] = json!("First instalment received");
    let (status, _) = app.post_event(&partner, "b1", &body).await;
    assert_eq!(status, StatusCode::OK);

    assert_eq!(wait_for_text(&browser, "claim-status", "Partially paid").await, "Partially paid");
    assert!(wait_for_text(&browser, "claim-collected", "400.00 EUR").await.contains("400.00 EUR"));
    let timeline = wait_for_text(&browser, "timeline", "First instalment received").await;
    assert!(timeline.contains("First instalment received"), "{timeline}");
    let still = browser.execute("return window.notReloaded === true;", vec![]).await.unwrap();
    assert_eq!(still, json!(true), "the page was not reloaded");

    // the claims list follows too
    browser.goto(&app.url("/claims")).await.unwrap();
    wait_for_text(&browser, "live-status", "Live").await;
    let (status, _) = app.post_event(&partner, "b2", &event(&id, "paid", earlier(0) + chrono::Duration::seconds(5))).await;
    assert_eq!(status, StatusCode::OK);
    let row = format!("tr[data-claim='{id}'] .status");
    let deadline = Instant::now() + Duration::from_secs(10);
    let mut shown = String::new();
    while Instant::now() < deadline {
        shown = browser.find(Locator::Css(&row)).await.unwrap().text().await.unwrap();
        if shown == "Paid in full" {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(shown, "Paid in full");
    browser.close().await.unwrap();
}
