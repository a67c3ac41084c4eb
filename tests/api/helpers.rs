//! Starts the real portal on a free port with a fresh database, and talks HTTP to it.
//!
//! The database is a new SQLite file per test, or, when `TEST_DATABASE_URL` names a
//! PostgreSQL server (`postgres://postgres@127.0.0.1:5432/postgres`), a new database on it,
//! dropped again when the test ends.

use std::path::PathBuf;
use std::sync::{Arc, Once};

use chrono::{Duration, Utc};
use clap::Parser;
use crossclaim::cli::Cli;
use crossclaim::settings::Settings;
use crossclaim::startup::Application;
use crossclaim::state::AppState;
use diesel::{Connection, PgConnection, RunQueryDsl};
use reqwest::StatusCode;
use serde_json::{Value, json};

static TRACING: Once = Once::new();

pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub state: AppState,
    pub settings: Settings,
    /// The secret the sandbox partners' credentials derive from, as the sandbox service has it.
    pub sandbox_secret: crossclaim::webhooks::Secret,
    db: Arc<TestDb>,
}

/// A database that exists for one test only.
pub struct TestDb {
    pub url: String,
    pub dir: PathBuf,
    postgres: Option<(String, String)>,
}

impl TestDb {
    pub fn new() -> Self {
        let name = format!("crossclaim_test_{}", ulid::Ulid::new().to_string().to_lowercase());
        let dir = std::env::temp_dir().join(&name);
        std::fs::create_dir_all(&dir).expect("temp dir");
        match std::env::var("TEST_DATABASE_URL").ok().filter(|u| u.starts_with("postgres")) {
            Some(admin_url) => {
                crossclaim::db::before_postgres();
                let mut admin = PgConnection::establish(&admin_url).expect("TEST_DATABASE_URL must reach PostgreSQL");
                diesel::sql_query(format!("CREATE DATABASE {name}")).execute(&mut admin).expect("create test database");
                let (server, _) = admin_url.rsplit_once('/').expect("TEST_DATABASE_URL ends in /<database>");
                let url = format!("{server}/{name}");
                Self { url, dir, postgres: Some((admin_url, name)) }
            }
            None => Self { url: format!("sqlite://{}/portal.db", dir.display()), dir, postgres: None },
        }
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Some((admin_url, name)) = &self.postgres {
            if let Ok(mut admin) = PgConnection::establish(admin_url) {
                let _ = diesel::sql_query(format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)")).execute(&mut admin);
            }
        }
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Settings for a test, as the command line would parse them.
pub fn settings_for(db: &TestDb, extra: &[&str]) -> Settings {
    let data_dir = db.dir.join("data");
    let mut args = vec![
        "crossclaim".to_string(),
        "--database-url".into(),
        db.url.clone(),
        "--listen".into(),
        "127.0.0.1:0".into(),
        "--data-dir".into(),
        data_dir.display().to_string(),
        "--partners-dir".into(),
        concat!(env!("CARGO_MANIFEST_DIR"), "/partners").into(),
        "--rules-dir".into(),
        concat!(env!("CARGO_MANIFEST_DIR"), "/rules").into(),
    ];
    override_args(&mut args, extra);
    Cli::try_parse_from(args).expect("test settings parse").settings
}

/// Adds `--flag value` pairs to `args`; a flag already there takes the new value.
pub fn override_args(args: &mut Vec<String>, extra: &[&str]) {
    for pair in extra.chunks(2) {
        if let Some(i) = args.iter().position(|a| a == pair[0]) {
            args.drain(i..i + 2);
        }
        args.extend(pair.iter().map(|s| s.to_string()));
    }
}

/// The portal with its dispatcher off: claims stay as they were filed, for tests of intake.
pub async fn spawn_app() -> TestApp {
    spawn_app_with(&[]).await
}

/// A server with extra command-line settings. The dispatcher is off unless `extra` says
/// `--dispatcher true`, so that only the tests of hand-over see cases move by themselves.
pub async fn spawn_app_with(extra: &[&str]) -> TestApp {
    init_tracing();
    spawn_on(Arc::new(TestDb::new()), crossclaim::webhooks::Secret::generate(), extra).await
}

/// A second server on the same database as `first`, with the same secrets and session key:
/// another instance of a deployment.
pub async fn spawn_another_instance(first: &TestApp) -> TestApp {
    spawn_another_instance_with(first, &[]).await
}

/// Another instance on the same database as `first`, with extra command-line settings.
pub async fn spawn_another_instance_with(first: &TestApp, extra: &[&str]) -> TestApp {
    spawn_on(first.db.clone(), first.sandbox_secret.clone(), extra).await
}

async fn spawn_on(db: Arc<TestDb>, sandbox_secret: crossclaim::webhooks::Secret, extra: &[&str]) -> TestApp {
    let secret = sandbox_secret.expose();
    let mut args = vec!["--sandbox-secret", secret.as_str(), "--dispatcher", "false"];
    args.extend_from_slice(extra);
    let settings = settings_for(&db, &args);
    let app = Application::build(settings.clone()).await.expect("the portal starts");
    let address = format!("http://127.0.0.1:{}", app.port());
    let state = app.state().clone();
    tokio::spawn(app.run_until_stopped());
    TestApp { address, client: browser(), state, settings, sandbox_secret, db }
}

pub fn init_tracing() {
    TRACING.call_once(|| {
        if std::env::var("TEST_LOG").is_ok() {
            crossclaim::telemetry::init("info", std::io::stdout, false);
        } else {
            crossclaim::telemetry::init("off", std::io::sink, false);
        }
    });
}

/// Whether the tests run on PostgreSQL (`TEST_DATABASE_URL=postgres://...`).
pub fn on_postgres() -> bool {
    std::env::var("TEST_DATABASE_URL").is_ok_and(|u| u.starts_with("postgres"))
}

/// For the tests that need PostgreSQL: they are `#[ignore]`d, so that plain `cargo test`
/// reports them as ignored, and CI runs them on PostgreSQL with `--include-ignored`. Run on
/// SQLite anyway, they fail here instead of passing without testing anything.
pub fn require_postgres(why: &str) {
    assert!(on_postgres(), "{why}: set TEST_DATABASE_URL=postgres://... to run this test");
}

/// An HTTP client that keeps cookies like a browser but shows redirects instead of following them.
pub fn browser() -> reqwest::Client {
    reqwest::Client::builder().cookie_store(true).redirect(reqwest::redirect::Policy::none()).build().expect("client")
}

pub struct Page {
    pub status: StatusCode,
    pub location: Option<String>,
    pub body: String,
}

impl Page {
    /// The text of the element with this id, tags stripped.
    pub fn text_of(&self, id: &str) -> Option<String> {
        let start = self.body.find(&format!("id=\"{id}\""))?;
        let open_end = start + self.body[start..].find('>')? + 1;
        let tag_start = self.body[..start].rfind('<')?;
        let tag: String = self.body[tag_start + 1..].chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
        let close = open_end + self.body[open_end..].find(&format!("</{tag}>"))?;
        Some(strip_tags(&self.body[open_end..close]))
    }

    /// The error message shown next to the named field.
    pub fn field_error(&self, field: &str) -> Option<String> {
        self.text_of(&format!("e-{field}"))
    }

    /// The value the form shows in the named input.
    pub fn input_value(&self, name: &str) -> Option<String> {
        let start = self.body.find(&format!("name=\"{name}\""))?;
        let tag_end = start + self.body[start..].find('>')?;
        let tag = &self.body[start..tag_end];
        let value = tag.split("value=\"").nth(1)?.split('"').next()?;
        Some(unescape(value))
    }

    /// The value of the selected option of the named `<select>`.
    pub fn selected_value(&self, name: &str) -> Option<String> {
        let start = self.body.find(&format!("name=\"{name}\""))?;
        let end = start + self.body[start..].find("</select>")?;
        let mut options = self.body[start..end].split("<option").skip(1);
        let first = options.clone().next();
        // without a `selected` option, a browser shows the first
        let option = options.find(|o| o.split('>').next().is_some_and(|tag| tag.contains(" selected"))).or(first)?;
        let value = option.split("value=\"").nth(1)?.split('"').next()?;
        Some(unescape(value))
    }

    pub fn csrf(&self) -> String {
        self.input_value("csrf_token").expect("the page has a CSRF token")
    }
}

fn strip_tags(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    unescape(&out.split_whitespace().collect::<Vec<_>>().join(" "))
}

fn unescape(text: &str) -> String {
    text.replace("&#34;", "\"")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}

impl TestApp {
    /// The same server seen from another browser: `client` with its own cookies.
    pub fn with_client(&self, client: reqwest::Client) -> TestApp {
        TestApp {
            address: self.address.clone(),
            client,
            state: self.state.clone(),
            settings: self.settings.clone(),
            sandbox_secret: self.sandbox_secret.clone(),
            db: self.db.clone(),
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.address, path)
    }

    pub async fn get_page(&self, path: &str) -> Page {
        page_of(self.client.get(self.url(path)).send().await.expect("GET")).await
    }

    pub async fn post_form(&self, path: &str, pairs: &[(&str, &str)]) -> Page {
        let body = serde_urlencoded_pairs(pairs);
        let response = self
            .client
            .post(self.url(path))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
            .await
            .expect("POST");
        page_of(response).await
    }

    /// Posts a form with the CSRF token of the page it is on.
    pub async fn submit(&self, form_page: &str, action: &str, pairs: &[(&str, &str)]) -> Page {
        let csrf = self.get_page(form_page).await.csrf();
        let mut all = vec![("csrf_token", csrf.as_str())];
        all.extend_from_slice(pairs);
        self.post_form(action, &all).await
    }

    pub async fn sign_up(&self, company: &str, email: &str) -> Page {
        let page = self
            .submit(
                "/signup",
                "/signup",
                &[
                    ("name", company),
                    ("registration_number", "556677-8899"),
                    ("country", "SE"),
                    ("email", email),
                    ("password", "a long enough password"),
                ],
            )
            .await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "sign-up failed: {}", page.body);
        assert_eq!(page.location.as_deref(), Some("/signin?next=/claims/new"));
        self.confirm_address(email).await;
        self.sign_in(email, "a long enough password").await
    }

    /// Follows the link of the newest confirmation e-mail to `email`, as its owner would.
    pub async fn confirm_address(&self, email: &str) {
        let link = self.link_in_mail(email, "/verify/").await;
        let page = self.get_page(&link).await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "confirming {email}: {}", page.body);
    }

    /// The e-mails written to `DATA_DIR/mail/` to `to`, oldest first, as (subject, text).
    pub fn mails_to(&self, to: &str) -> Vec<(String, String)> {
        let dir = self.settings.data_dir.join(crossclaim::mail::MAIL_DIR);
        let mut names: Vec<String> = std::fs::read_dir(&dir)
            .map(|entries| entries.filter_map(|e| e.ok()?.file_name().into_string().ok()).collect())
            .unwrap_or_default();
        names.retain(|n| n.ends_with(".eml") && !n.starts_with('.'));
        names.sort();
        names
            .iter()
            .filter_map(|name| crossclaim::mail::read_sent(&dir, name).ok().flatten())
            .map(|raw| decode_mail(&raw))
            .filter(|(recipient, _, _)| recipient.to_lowercase().contains(&to.to_lowercase()))
            .map(|(_, subject, text)| (subject, text))
            .collect()
    }

    /// Waits (a few seconds at most) for an e-mail to `to` with a link whose path starts
    /// with `path`; returns the newest such link's path and query.
    pub async fn link_in_mail(&self, to: &str, path: &str) -> String {
        for _ in 0..100 {
            if let Some(link) = self.mails_to(to).iter().rev().find_map(|(_, text)| link_in(text, path)) {
                return link;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        panic!("no e-mail to {to} with a link to {path}: {:?}", self.mails_to(to));
    }

    /// Signs in through the form; returns the answer (a 303 to the next page on success).
    pub async fn sign_in(&self, email: &str, password: &str) -> Page {
        let page = self
            .submit("/signin", "/signin", &[("email", email), ("password", password), ("next", "/claims/new")])
            .await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "sign-in failed: {}", page.body);
        page
    }

    pub async fn sign_out(&self) {
        let page = self.submit("/claims", "/signout", &[]).await;
        assert_eq!(page.status, StatusCode::SEE_OTHER);
    }

    /// A new creditor with an API key, made the way `crossclaim creditor create` makes one.
    pub async fn api_creditor(&self, email: &str) -> String {
        let new = crossclaim::accounts::NewCreditor {
            name: crossclaim::domain::text::Name::parse("Nordic Tools AB").unwrap(),
            registration_number: None,
            country: crossclaim::domain::country::Country::parse("SE").unwrap(),
            email: crossclaim::domain::text::Email::parse(email).unwrap(),
        };
        crossclaim::accounts::create_with_key(&self.state.db, new, "test").await.expect("creditor").1
    }

    pub async fn post_claim(&self, key: &str, body: &Value) -> reqwest::Response {
        self.client.post(self.url("/api/v1/claims")).bearer_auth(key).json(body).send().await.expect("POST claim")
    }

    /// Files `body` with `key` through the API; asserts `201` and returns the filed claim.
    pub async fn file_claim(&self, key: &str, body: &Value) -> Value {
        file_claim(&self.address, key, body).await
    }

    pub async fn get_json(&self, key: &str, path: &str) -> (StatusCode, Value) {
        let response = self.client.get(self.url(path)).bearer_auth(key).send().await.expect("GET");
        json_of(response).await
    }

    /// `POST`s `body` as JSON to `path` with `key`; the status and the JSON answer.
    pub async fn post_json(&self, key: &str, path: &str, body: &Value) -> (StatusCode, Value) {
        let response = self.client.post(self.url(path)).bearer_auth(key).json(body).send().await.expect("POST");
        json_of(response).await
    }

    pub async fn stored_claims(&self) -> i64 {
        self.state.db.run(crossclaim::db::claims::count_all).await.expect("count")
    }
}

/// Files `body` with `key` through the API of the portal at `base_url` (this process's or
/// another's); asserts `201` and returns the filed claim. The one way tests file by API.
pub async fn file_claim(base_url: &str, key: &str, body: &Value) -> Value {
    let response = reqwest::Client::new()
        .post(format!("{base_url}/api/v1/claims"))
        .bearer_auth(key)
        .json(body)
        .send()
        .await
        .expect("POST claim");
    let (status, claim) = json_of(response).await;
    assert_eq!(status, StatusCode::CREATED, "{claim}");
    claim
}

/// The id of a claim as the API shows it.
pub fn id_of(claim: &Value) -> String {
    claim["id"].as_str().unwrap_or_else(|| panic!("a claim with an id: {claim}")).to_string()
}

/// The status and JSON body of an answer; a body that is not JSON fails the test, saying
/// what came instead.
pub async fn json_of(response: reqwest::Response) -> (StatusCode, Value) {
    let status = response.status();
    let text = response.text().await.expect("the answer's body");
    match serde_json::from_str(&text) {
        Ok(value) => (status, value),
        Err(e) => panic!("{status}: the body is not JSON ({e}): {text:?}"),
    }
}

/// Whether `value` has the key `key`, set to `null` (not merely absent).
#[track_caller]
pub fn assert_null(value: &Value, key: &str) {
    let object = value.as_object().unwrap_or_else(|| panic!("not an object: {value}"));
    assert_eq!(object.get(key), Some(&Value::Null), "{key} must be present and null in {value}");
}

async fn page_of(response: reqwest::Response) -> Page {
    let status = response.status();
    let location = response.headers().get("location").and_then(|v| v.to_str().ok()).map(str::to_string);
    Page { status, location, body: response.text().await.expect("the page's body") }
}

fn serde_urlencoded_pairs(pairs: &[(&str, &str)]) -> String {
    let mut serializer = url::form_urlencoded::Serializer::new(String::new());
    for (k, v) in pairs {
        serializer.append_pair(k, v);
    }
    serializer.finish()
}

pub fn days_ago(days: i64) -> String {
    (Utc::now().date_naive() - Duration::days(days)).to_string()
}

/// A valid claim against a debtor in `country` for `amount` `currency`. Tests file it many
/// times over for one creditor, so it says to file its invoice again (`allow_duplicate`); the
/// tests of that question take it out.
pub fn claim_body(country: &str, amount: &str, currency: &str) -> Value {
    json!({
        "allow_duplicate": true,
        "debtor": {
            "name": "Muster Handel GmbH",
            "registration_number": "HRB 12345",
            "vat_number": "DE123456789",
            "country": country,
            "address": {"lines": ["Hauptstraße 1"], "postal_code": "10115", "city": "Berlin"},
            "contact": {"name": "Erika Muster", "email": "erika@muster.example", "phone": "+49 30 1234567"},
            "language": "de"
        },
        "invoices": [{
            "number": "INV-1001",
            "issue_date": days_ago(90),
            "due_date": days_ago(60),
            "amount": {"amount": amount, "currency": currency}
        }],
        "disputed": false,
        "history": {"reminders_sent": [days_ago(45), days_ago(30)], "debtor_response": "ignores", "notes": "No answer to calls."}
    })
}

/// The claim form's fields for the same claim as [`claim_body`], filed anyway when its
/// invoice was filed before (as "File it anyway" does).
pub fn claim_form(country: &str, amount: &str, currency: &str) -> Vec<(String, String)> {
    let (issued, due, r1) = (days_ago(90), days_ago(60), days_ago(45));
    [
        ("allow_duplicate", "true"),
        ("debtor.name", "Muster Handel GmbH"),
        ("debtor.registration_number", "HRB 12345"),
        ("debtor.vat_number", ""),
        ("debtor.country", country),
        ("debtor.address.lines[0]", "Hauptstraße 1"),
        ("debtor.address.lines[1]", ""),
        ("debtor.address.postal_code", "10115"),
        ("debtor.address.city", "Berlin"),
        ("debtor.contact.name", "Erika Muster"),
        ("debtor.contact.email", "erika@muster.example"),
        ("debtor.contact.phone", ""),
        ("debtor.language", ""),
        ("invoices[0].number", "INV-1001"),
        ("invoices[0].issue_date", issued.as_str()),
        ("invoices[0].due_date", due.as_str()),
        ("invoices[0].amount.amount", amount),
        ("invoices[0].amount.currency", currency),
        ("history.reminders_sent[0]", r1.as_str()),
        ("history.reminders_sent[1]", ""),
        ("history.debtor_response", "ignores"),
        ("history.notes", ""),
        ("action", "file"),
    ]
    .iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect()
}

pub fn pairs(owned: &[(String, String)]) -> Vec<(&str, &str)> {
    owned.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect()
}

/// The path (and query) of the first link in `text` whose path starts with `path`.
pub fn link_in(text: &str, path: &str) -> Option<String> {
    text.split_whitespace()
        .filter_map(|word| word.find("://").map(|i| &word[i + 3..]))
        .filter_map(|rest| rest.find('/').map(|i| &rest[i..]))
        .find(|p| p.starts_with(path))
        .map(|p| p.trim_end_matches(['.', ',', ')']).to_string())
}

/// A written e-mail's recipient, subject and text, its transfer encoding undone.
pub fn decode_mail(raw: &str) -> (String, String, String) {
    let raw = raw.replace("\r\n", "\n");
    let (head, body) = raw.split_once("\n\n").unwrap_or((&raw, ""));
    let unfolded = head.replace("\n ", " ").replace("\n\t", " ");
    let header = |name: &str| {
        unfolded
            .lines()
            .find_map(|l| {
                l.split_once(':').filter(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.trim().to_string())
            })
            .unwrap_or_default()
    };
    let text = match header("Content-Transfer-Encoding").to_ascii_lowercase().as_str() {
        "base64" => {
            use base64::Engine;
            let compact: String = body.chars().filter(|c| !c.is_whitespace()).collect();
            String::from_utf8_lossy(&base64::engine::general_purpose::STANDARD.decode(compact).unwrap_or_default())
                .into_owned()
        }
        "quoted-printable" => {
            let joined = body.replace("=\n", "");
            let bytes = joined.as_bytes();
            let mut out = Vec::new();
            let mut i = 0;
            while i < bytes.len() {
                if bytes[i] == b'=' && i + 2 < bytes.len() {
                    if let Ok(b) = u8::from_str_radix(&joined[i + 1..i + 3], 16) {
                        out.push(b);
                        i += 3;
                        continue;
                    }
                }
                out.push(bytes[i]);
                i += 1;
            }
            String::from_utf8_lossy(&out).into_owned()
        }
        _ => body.to_string(),
    };
    let subject = crossclaim::mail::sent::decode_encoded_words(&header("Subject"));
    (header("To"), subject, text)
}
