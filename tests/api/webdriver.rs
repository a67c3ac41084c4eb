//! A real browser for the tests of what JavaScript does: Debian's Chromium, headless, driven
//! through chromedriver's W3C WebDriver protocol (plain HTTP and JSON, so no client crate).
//! `.ci/run` installs both; `CHROMEDRIVER` and `CHROMIUM` name other binaries.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

pub struct Browser {
    driver: Child,
    base: String,
    http: reqwest::Client,
}

impl Browser {
    /// Starts chromedriver on a free port and opens a headless Chromium session.
    pub async fn start() -> Browser {
        let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let driver_bin = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".into());
        let driver = Command::new(&driver_bin)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| {
                panic!("cannot start {driver_bin} ({e}): install chromium and chromium-driver, as .ci/run does")
            });
        let base = format!("http://127.0.0.1:{port}");
        let http = reqwest::Client::new();
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let ready = http.get(format!("{base}/status")).send().await.ok();
            if let Some(response) = ready {
                if response.json::<Value>().await.is_ok_and(|v| v["value"]["ready"] == true) {
                    break;
                }
            }
            assert!(Instant::now() < deadline, "chromedriver did not start");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let mut browser = Browser { driver, base, http };
        let mut options = json!({"args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage", "--window-size=1280,1600"]});
        let binary = std::env::var("CHROMIUM").ok().or_else(|| {
            ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
                .iter()
                .find(|p| std::path::Path::new(p).exists())
                .map(|p| p.to_string())
        });
        if let Some(binary) = binary {
            options["binary"] = json!(binary);
        }
        let session = browser
            .call(
                "POST",
                "/session",
                json!({"capabilities": {"alwaysMatch": {"browserName": "chrome", "goog:chromeOptions": options}}}),
            )
            .await;
        let id = session["sessionId"].as_str().expect("a WebDriver session").to_string();
        browser.base = format!("{}/session/{id}", browser.base);
        browser
    }

    async fn call(&self, method: &str, path: &str, body: Value) -> Value {
        let url = format!("{}{path}", self.base);
        let request = match method {
            "GET" => self.http.get(url),
            "DELETE" => self.http.delete(url),
            _ => self.http.post(url).json(&body),
        };
        let response: Value =
            request.send().await.expect("chromedriver answers").json().await.expect("JSON from chromedriver");
        assert!(response["value"]["error"].is_null(), "WebDriver {method} {path}: {}", response["value"]);
        response["value"].clone()
    }

    /// A browser signed in as the creditor `email` (password "a long enough password"), on
    /// the claims list.
    pub async fn signed_in(base_url: &str, email: &str) -> Browser {
        let browser = Browser::start().await;
        browser.goto(&format!("{base_url}/signin")).await;
        browser.type_into("f-email", email).await;
        browser.type_into("f-password", "a long enough password").await;
        browser
            .script("document.querySelector('main form button[type=submit]').click(); return null;", json!([]))
            .await;
        browser.wait_for_text("main", |t| t.contains("Your claims")).await;
        browser
    }

    pub async fn goto(&self, url: &str) {
        self.call("POST", "/url", json!({"url": url})).await;
    }

    async fn element(&self, css: &str) -> String {
        let found = self.call("POST", "/element", json!({"using": "css selector", "value": css})).await;
        found[ELEMENT].as_str().unwrap_or_else(|| panic!("no element {css}: {found}")).to_string()
    }

    /// Types into the element with this id, as a person would (key events included).
    pub async fn type_into(&self, id: &str, text: &str) {
        let element = self.element(&format!("[id='{id}']")).await;
        self.call("POST", &format!("/element/{element}/value"), json!({"text": text})).await;
    }

    pub async fn clear(&self, id: &str) {
        let element = self.element(&format!("[id='{id}']")).await;
        self.call("POST", &format!("/element/{element}/clear"), json!({})).await;
    }

    /// Sets a field's value and fires `change`, as a date picker does.
    pub async fn pick(&self, id: &str, value: &str) {
        self.script(
            "var e = document.getElementById(arguments[0]); e.value = arguments[1]; \
             e.dispatchEvent(new Event('change', {bubbles: true}));",
            json!([id, value]),
        )
        .await;
    }

    /// Runs `script` until it calls its last argument (the W3C "execute async" callback) with
    /// the answer; for work that returns a promise, such as an accessibility check.
    pub async fn async_script(&self, script: &str, args: Value) -> Value {
        self.call("POST", "/execute/async", json!({"script": script, "args": args})).await
    }

    /// Sets a cookie on the current page's site, as the site itself would.
    pub async fn add_cookie(&self, name: &str, value: &str) {
        self.call("POST", "/cookie", json!({"cookie": {"name": name, "value": value, "path": "/"}})).await;
    }

    pub async fn script(&self, script: &str, args: Value) -> Value {
        self.call("POST", "/execute/sync", json!({"script": script, "args": args})).await
    }

    /// The text of the element with this id, or `None` when there is none.
    pub async fn text(&self, id: &str) -> Option<String> {
        let value = self
            .script(
                "var e = document.getElementById(arguments[0]); return e ? e.textContent.trim() : null;",
                json!([id]),
            )
            .await;
        value.as_str().map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
    }

    /// Waits up to ten seconds for the element's text to satisfy `ok`; returns the last text seen.
    pub async fn wait_for_text(&self, id: &str, ok: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let text = self.text(id).await;
            if let Some(text) = text.as_deref().filter(|t| ok(t)) {
                return text.to_string();
            }
            assert!(Instant::now() < deadline, "#{id} never became as expected; last: {text:?}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Sets the window's size in CSS pixels, e.g. a phone's 390 wide.
    pub async fn resize(&self, width: u32, height: u32) {
        self.call("POST", "/window/rect", json!({"width": width, "height": height})).await;
    }

    /// Ends the session and the browser; dropping the browser (as a failed test does) too.
    pub async fn close(self) {
        self.call("DELETE", "", json!({})).await;
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        // Ask chromedriver to end the session (which quits the browser it started), then end
        // chromedriver itself. Synchronous, as Drop cannot wait for a future; a session already
        // ended just answers with an error.
        if let Some(rest) = self.base.strip_prefix("http://") {
            if let Some((host, path)) = rest.split_once('/') {
                if let Ok(mut stream) = TcpStream::connect(host) {
                    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
                    let request = format!(
                        "DELETE /{path} HTTP/1.1\r\nHost: {host}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                    );
                    if stream.write_all(request.as_bytes()).is_ok() {
                        let _ = stream.read_to_end(&mut Vec::new());
                    }
                }
            }
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}
