//! What a client without an account, a careless client or a hostile partner can do, and what
//! the portal does about it (docs/security.md).

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use chrono::Utc;
use crossclaim::db::deliveries;
use crossclaim::webhooks::sign;
use reqwest::StatusCode;
use reqwest::cookie::{CookieStore, Jar};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::helpers::{
    TestApp, TestDb, browser, claim_body, on_postgres, spawn_another_instance_with, spawn_app, spawn_app_with,
};
use crate::live_support::{Sse, event};
use crate::processes::{PortalProcess, wait_for};

const PASSWORD: &str = "a long enough password";

// 1. Password checks are bounded; sign-in and sign-up are rate-limited.

/// 64 clients post wrong passwords as fast as they can for a few seconds, with the attempt
/// limits lifted so that only the password pool stands in the way. Before the pool, the
/// process grew by gigabytes. The bound stated here: resident memory grows by less than
/// 160 MiB (two hashing threads of ~19 MiB each and the allocator's slack), and `/health`
/// answers within 250 ms at the median and 1 s at the worst while the flood runs.
#[tokio::test]
async fn a_flood_of_wrong_passwords_keeps_memory_flat_and_health_fast() {
    crate::helpers::init_tracing();
    let db = TestDb::new();
    let data_dir = db.dir.join("data").display().to_string();
    let args: Vec<String> = [
        "--database-url",
        db.url.as_str(),
        "--data-dir",
        data_dir.as_str(),
        "--dispatcher",
        "false",
        "--password-threads",
        "2",
        "--password-queue",
        "4",
        "--auth-attempts-per-address",
        "1000000",
        "--auth-failures-per-account",
        "1000000",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    let portal = PortalProcess::start(&args).await;
    let url = portal.url.clone();

    // warm up: one failed sign-in, so that the first hash's memory is in the baseline
    let warm = browser();
    let csrf = csrf_of(&warm, &url, "/signin").await;
    let answer = warm
        .post(format!("{url}/signin"))
        .form(&[("csrf_token", csrf.as_str()), ("email", "nobody@example.com"), ("password", "wrong password")])
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), StatusCode::UNAUTHORIZED);
    let before = portal.rss_kib();

    let stop = Arc::new(AtomicBool::new(false));
    let (refused_busy, answered) = (Arc::new(AtomicUsize::new(0)), Arc::new(AtomicUsize::new(0)));
    let mut clients = Vec::new();
    for i in 0..64 {
        let (url, stop, refused_busy, answered) = (url.clone(), stop.clone(), refused_busy.clone(), answered.clone());
        clients.push(tokio::spawn(async move {
            let client = browser();
            let csrf = csrf_of(&client, &url, "/signin").await;
            let email = format!("victim{i}@example.com");
            // bounded: at most 2,000 requests per client, and the flag ends it sooner
            for _ in 0..2_000 {
                if stop.load(Ordering::Relaxed) {
                    break;
                }
                let Ok(response) = client
                    .post(format!("{url}/signin"))
                    .form(&[("csrf_token", csrf.as_str()), ("email", email.as_str()), ("password", "wrong password")])
                    .send()
                    .await
                else {
                    continue;
                };
                match response.status() {
                    StatusCode::UNAUTHORIZED => {}
                    StatusCode::SERVICE_UNAVAILABLE => {
                        assert!(response.headers().contains_key("retry-after"), "a 503 says when to retry");
                        refused_busy.fetch_add(1, Ordering::Relaxed);
                    }
                    other => panic!("unexpected answer {other}"),
                }
                answered.fetch_add(1, Ordering::Relaxed);
            }
        }));
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    let probe = reqwest::Client::new();
    let mut health = Vec::new();
    let flood_until = Instant::now() + Duration::from_secs(4);
    while Instant::now() < flood_until {
        let start = Instant::now();
        let response = probe.get(format!("{url}/health")).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        health.push(start.elapsed());
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let peak = portal.rss_kib();
    stop.store(true, Ordering::Relaxed);
    for client in clients {
        client.await.unwrap();
    }
    let after = portal.rss_kib();
    if std::env::var("DEBUG_RSS").is_ok() {
        let _ = std::process::Command::new("sh").arg("-c").arg(format!("grep Threads /proc/{0}/status; awk '/^[0-9a-f]/{{name=$6}} /^Rss:/{{if ($2>4000) print $2, name}}' /proc/{0}/smaps | sort -n | tail -15", portal.pid())).status();
    }
    health.sort();
    let median = health[health.len() / 2];
    let worst = *health.last().unwrap();
    eprintln!(
        "sign-in flood: {} answers, {} refused busy; RSS {before} -> peak {peak} -> {after} KiB; /health median {median:?}, worst {worst:?}",
        answered.load(Ordering::Relaxed),
        refused_busy.load(Ordering::Relaxed)
    );
    assert!(answered.load(Ordering::Relaxed) > 64, "the flood ran");
    assert!(refused_busy.load(Ordering::Relaxed) > 0, "past the queue, callers are told to come back");
    assert!(peak.max(after) < before + 160 * 1024, "memory stays flat: {before} -> {peak} / {after} KiB");
    assert!(median < Duration::from_millis(250), "/health stays quick: median {median:?}");
    assert!(worst < Duration::from_secs(1), "/health stays quick: worst {worst:?}");
}

async fn csrf_of(client: &reqwest::Client, url: &str, path: &str) -> String {
    let body = client.get(format!("{url}{path}")).send().await.unwrap().text().await.unwrap();
    let at = body.find("name=\"csrf_token\" value=\"").expect("a CSRF field") + "name=\"csrf_token\" value=\"".len();
    body[at..].split('"').next().unwrap().to_string()
}

#[tokio::test]
async fn failed_sign_ins_lock_the_account_for_a_while_on_every_instance() {
    let app = spawn_app_with(&["--auth-failures-per-account", "3"]).await;
    app.sign_up("Nordic Tools AB", "anna@nordictools.example").await;
    app.sign_out().await;
    app.sign_up("Other AB", "other@example.com").await;
    app.sign_out().await;
    for _ in 0..3 {
        let page = app
            .submit("/signin", "/signin", &[("email", "Anna@NordicTools.example"), ("password", "not the password")])
            .await;
        assert_eq!(page.status, StatusCode::UNAUTHORIZED);
    }
    // now even the right password is refused, with a plain message and a time to wait
    let csrf = app.get_page("/signin").await.csrf();
    let response = app
        .client
        .post(app.url("/signin"))
        .form(&[("csrf_token", csrf.as_str()), ("email", "anna@nordictools.example"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    let wait: u64 = response.headers()["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((1..=900).contains(&wait), "{wait}");
    let body = response.text().await.unwrap();
    assert!(body.contains("Too many attempts"), "{body}");
    assert!(body.contains("minute"), "{body}");
    assert!(app.get_page("/claims").await.status == StatusCode::SEE_OTHER, "not signed in");
    // another account is not affected
    assert_eq!(app.sign_in("other@example.com", PASSWORD).await.status, StatusCode::SEE_OTHER);
    // the count lives in the database: a second instance refuses the locked account too
    let second = spawn_another_instance_with(&app, &["--auth-failures-per-account", "3"]).await;
    let csrf = second.get_page("/signin").await.csrf();
    let page = second
        .post_form(
            "/signin",
            &[("csrf_token", csrf.as_str()), ("email", "anna@nordictools.example"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(page.status, StatusCode::TOO_MANY_REQUESTS, "{}", page.body);
}

#[tokio::test]
async fn attempts_from_one_address_are_limited_for_sign_in_and_sign_up() {
    let app = spawn_app_with(&["--auth-attempts-per-address", "4"]).await;
    let csrf = app.get_page("/signin").await.csrf();
    let attempt = |email: &'static str| {
        let csrf = csrf.clone();
        let app = &app;
        async move {
            app.post_form("/signin", &[("csrf_token", csrf.as_str()), ("email", email), ("password", "wrong one")])
                .await
                .status
        }
    };
    for email in ["a@example.com", "b@example.com", "c@example.com", "d@example.com"] {
        assert_eq!(attempt(email).await, StatusCode::UNAUTHORIZED);
    }
    assert_eq!(attempt("e@example.com").await, StatusCode::TOO_MANY_REQUESTS, "the fifth from one address");
    // sign-up from the same address is limited too, and says so next to the form
    let page = app
        .submit(
            "/signup",
            "/signup",
            &[
                ("name", "Nordic Tools AB"),
                ("registration_number", "1"),
                ("country", "SE"),
                ("email", "new@example.com"),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(page.field_error("email").unwrap().contains("Too many attempts"), "{}", page.body);
}

#[tokio::test]
async fn the_address_count_is_shared_by_every_instance() {
    let first = spawn_app_with(&["--auth-attempts-per-address", "3"]).await;
    let second = spawn_another_instance_with(&first, &["--auth-attempts-per-address", "3"]).await;
    let attempt = |app: &TestApp, csrf: String| {
        let app = app.with_client(app.client.clone());
        async move {
            let pairs = [("csrf_token", csrf.as_str()), ("email", "a@example.com"), ("password", "wrong one")];
            app.post_form("/signin", &pairs).await.status
        }
    };
    let (one, two) = (first.get_page("/signin").await.csrf(), second.get_page("/signin").await.csrf());
    assert_eq!(attempt(&first, one.clone()).await, StatusCode::UNAUTHORIZED);
    assert_eq!(attempt(&first, one.clone()).await, StatusCode::UNAUTHORIZED);
    assert_eq!(attempt(&first, one).await, StatusCode::UNAUTHORIZED);
    // the second instance's own memory has seen nothing; the database has seen three
    assert_eq!(attempt(&second, two).await, StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn behind_a_trusted_proxy_clients_are_counted_by_the_address_it_names() {
    let app = spawn_app_with(&[
        "--trusted-proxies",
        "127.0.0.1",
        "--auth-attempts-per-address",
        "2",
        "--auth-failures-per-account",
        "2",
    ])
    .await;
    app.sign_up("Nordic Tools AB", "anna@nordictools.example").await;
    app.sign_out().await;
    let csrf = app.get_page("/signin").await.csrf();
    let attempt = |client_ip: &'static str, password: &'static str| {
        let (csrf, app) = (csrf.clone(), &app);
        async move {
            let pairs = [("csrf_token", csrf.as_str()), ("email", "anna@nordictools.example"), ("password", password)];
            let response = app
                .client
                .post(app.url("/signin"))
                .header("x-forwarded-for", format!("{client_ip}, 127.0.0.1"))
                .form(&pairs)
                .send()
                .await
                .unwrap();
            response.status()
        }
    };
    // an attacker at one address guesses twice: that address is locked out of the account ...
    assert_eq!(attempt("203.0.113.5", "guess one").await, StatusCode::UNAUTHORIZED);
    assert_eq!(attempt("203.0.113.5", "guess two").await, StatusCode::UNAUTHORIZED);
    assert_eq!(attempt("203.0.113.5", PASSWORD).await, StatusCode::TOO_MANY_REQUESTS);
    // ... but the owner, elsewhere, still signs in
    assert_eq!(attempt("198.51.100.7", PASSWORD).await, StatusCode::SEE_OTHER);
}

// 2. Amplified signatures.

#[tokio::test]
async fn an_amplified_signature_header_is_refused_before_any_work() {
    let app = spawn_app().await;
    let (_, id, partner) = app.creditor_with_claim("ap@nordic.example").await;
    let body = serde_json::to_vec(&json!({ "case_id": id, "padding": "x".repeat(60 * 1024) })).unwrap();
    let now = Utc::now().timestamp();
    let one = sign(&partner.secret, "msg_amp", now, &body);
    let offered = vec![one.as_str(); 2000].join(" ");
    let headers =
        [("webhook-id", "msg_amp".to_string()), ("webhook-timestamp", now.to_string()), ("webhook-signature", offered)];
    let start = Instant::now();
    let (status, answer) = app.post_event_raw(&partner.id, &headers, body.clone()).await;
    let took = start.elapsed();
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{answer}");
    assert!(answer["error"].as_str().unwrap().contains("webhook-signature"), "{answer}");
    assert!(took < Duration::from_millis(500), "refused fast: {took:?}");
    // six values are too many; five (rotation) are fine, and the valid one among them counts
    let six = [one.as_str(); 6].join(" ");
    let headers =
        [("webhook-id", "msg_amp".to_string()), ("webhook-timestamp", now.to_string()), ("webhook-signature", six)];
    assert_eq!(app.post_event_raw(&partner.id, &headers, body).await.0, StatusCode::UNAUTHORIZED);
    let real = serde_json::to_vec(&event(&id, "contacting_debtor", Utc::now())).unwrap();
    let good = sign(&partner.secret, "msg_five", now, &real);
    let five = format!("v1,AAAA v1,BBBB v1,CCCC v1,DDDD {good}");
    let headers =
        [("webhook-id", "msg_five".to_string()), ("webhook-timestamp", now.to_string()), ("webhook-signature", five)];
    let (status, answer) = app.post_event_raw(&partner.id, &headers, real).await;
    assert_eq!(status, StatusCode::OK, "{answer}");
}

#[tokio::test]
async fn a_timestamp_far_in_the_past_is_stale_not_an_overflow() {
    let app = spawn_app().await;
    let (_, id, partner) = app.creditor_with_claim("ap@nordic.example").await;
    let body = serde_json::to_vec(&event(&id, "contacting_debtor", Utc::now())).unwrap();
    let now = Utc::now().timestamp();
    let far = now.wrapping_sub(i64::MAX).wrapping_sub(1); // now - 2^63
    let signature = sign(&partner.secret, "msg_far", far, &body);
    let headers = [
        ("webhook-id", "msg_far".to_string()),
        ("webhook-timestamp", far.to_string()),
        ("webhook-signature", signature),
    ];
    let (status, answer) = app.post_event_raw(&partner.id, &headers, body).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "{answer}");
    assert!(answer["error"].as_str().unwrap().contains("5 minutes"), "{answer}");
}

// 3. Sessions end for good.

/// A browser whose cookies the test can read, on `app`.
fn browser_with_jar(app: &TestApp) -> (TestApp, Arc<Jar>) {
    let jar = Arc::new(Jar::default());
    let client = reqwest::Client::builder()
        .cookie_provider(jar.clone())
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    (app.with_client(client), jar)
}

/// The `Cookie` header the browser would send now: a copy saved for later.
fn saved_cookie(app: &TestApp, jar: &Jar) -> String {
    let url = reqwest::Url::parse(&app.address).unwrap();
    jar.cookies(&url).expect("a session cookie").to_str().unwrap().to_string()
}

async fn with_cookie(app: &TestApp, cookie: &str, path: &str) -> StatusCode {
    let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    client.get(app.url(path)).header("cookie", cookie).send().await.unwrap().status()
}

async fn age_sessions(app: &TestApp, idle_micros: i64, age_micros: i64) {
    app.state
        .db
        .run(move |conn| {
            crossclaim::with_conn!(conn, c => {
                use crossclaim::db::schema::sessions::dsl::*;
                use diesel::prelude::*;
                let now = crossclaim::db::now_micros();
                diesel::update(sessions.filter(revoked_at.is_null()))
                    .set((last_seen_at.eq(now - idle_micros), created_at.eq(now - age_micros)))
                    .execute(c)
            })
            .map_err(Into::into)
        })
        .await
        .unwrap();
}

#[tokio::test]
async fn a_saved_cookie_opens_nothing_after_sign_out_or_a_timeout() {
    let app = spawn_app().await;
    let (me, jar) = browser_with_jar(&app);
    me.sign_up("Nordic Tools AB", "anna@nordictools.example").await;
    let saved = saved_cookie(&me, &jar);
    assert_eq!(with_cookie(&app, &saved, "/claims").await, StatusCode::OK, "the saved cookie works while signed in");
    me.sign_out().await;
    assert_eq!(with_cookie(&app, &saved, "/claims").await, StatusCode::SEE_OTHER, "and not after sign-out");
    assert_eq!(with_cookie(&app, &saved, "/account").await, StatusCode::SEE_OTHER);

    // idle for over two hours (the default), though only an hour old
    me.sign_in("anna@nordictools.example", PASSWORD).await;
    let saved = saved_cookie(&me, &jar);
    age_sessions(&app, 119 * 60 * 1_000_000, 3_600_000_000).await;
    assert_eq!(with_cookie(&app, &saved, "/claims").await, StatusCode::OK, "idle for less than two hours");
    age_sessions(&app, 121 * 60 * 1_000_000, 3_600_000_000).await;
    assert_eq!(with_cookie(&app, &saved, "/claims").await, StatusCode::SEE_OTHER, "idle for over two hours");

    // used a minute ago, but signed in over twelve hours ago (the default)
    me.sign_in("anna@nordictools.example", PASSWORD).await;
    let saved = saved_cookie(&me, &jar);
    age_sessions(&app, 60_000_000, 13 * 3_600_000_000).await;
    assert_eq!(with_cookie(&app, &saved, "/claims").await, StatusCode::SEE_OTHER, "older than twelve hours");
}

#[tokio::test]
async fn a_password_change_signs_out_every_other_device() {
    let app = spawn_app().await;
    let (laptop, jar) = browser_with_jar(&app);
    laptop.sign_up("Nordic Tools AB", "anna@nordictools.example").await;
    let saved = saved_cookie(&laptop, &jar);
    let phone = app.with_client(browser());
    phone.sign_in("anna@nordictools.example", PASSWORD).await;
    assert_eq!(phone.get_page("/claims").await.status, StatusCode::OK);

    let wrong = laptop
        .submit("/account", "/account/password", &[("current_password", "not it at all"), ("new_password", "short")])
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.field_error("current_password").unwrap().contains("not your current password"));
    assert!(wrong.field_error("new_password").unwrap().contains("at least 10"));
    assert_eq!(phone.get_page("/claims").await.status, StatusCode::OK, "a refused change revokes nothing");

    let changed = laptop
        .submit(
            "/account",
            "/account/password",
            &[("current_password", PASSWORD), ("new_password", "a brand new passphrase")],
        )
        .await;
    assert_eq!(changed.status, StatusCode::SEE_OTHER, "{}", changed.body);
    assert_eq!(phone.get_page("/claims").await.status, StatusCode::SEE_OTHER, "the phone is signed out");
    assert_eq!(with_cookie(&app, &saved, "/claims").await, StatusCode::SEE_OTHER, "the laptop's old cookie is dead");
    let account = laptop.get_page("/account").await;
    assert_eq!(account.status, StatusCode::OK, "the laptop goes on, on a new session");
    assert!(account.text_of("flash").unwrap().contains("password was changed"));
    laptop.sign_out().await;
    let old =
        laptop.submit("/signin", "/signin", &[("email", "anna@nordictools.example"), ("password", PASSWORD)]).await;
    assert_eq!(old.status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        laptop.sign_in("anna@nordictools.example", "a brand new passphrase").await.status,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn the_operator_signs_out_and_the_saved_cookie_reopens_nothing() {
    let app = spawn_app().await;
    let token = app.state.operator_token.to_string();
    let (operator, jar) = browser_with_jar(&app);
    let page = operator.submit("/operator", "/operator/signin", &[("token", token.as_str())]).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    let open = operator.get_page("/operator").await;
    assert!(open.body.contains("Close the operator pages"), "{}", open.body);
    let saved = saved_cookie(&operator, &jar);
    let closed = operator.submit("/operator", "/operator/signout", &[]).await;
    assert_eq!(closed.status, StatusCode::SEE_OTHER);
    let page = operator.get_page("/operator").await;
    assert!(page.body.contains("Operator token"), "the sign-in form again");
    assert!(!page.body.contains("Close the operator pages"));
    let client = reqwest::Client::new();
    let body = client.get(app.url("/operator")).header("cookie", saved).send().await.unwrap().text().await.unwrap();
    assert!(body.contains("Operator token") && !body.contains("Close the operator pages"), "{body}");
}

// 3. Streams end when what opened them is revoked; a creditor's streams are bounded.

#[tokio::test]
async fn a_stream_closes_when_its_session_ends_or_its_key_is_revoked() {
    let app = spawn_app().await;
    app.sign_up("Nordic Tools AB", "anna@nordictools.example").await;
    let page = app.submit("/account", "/account/api-keys", &[("label", "ERP")]).await;
    let key = page.text_of("new-api-key").expect("the new key");
    let key_id = {
        let at = page.body.find("/account/api-keys/key_").expect("a revoke form") + "/account/api-keys/".len();
        page.body[at..].split('/').next().unwrap().to_string()
    };
    let (id, _) = app.claim_for(&key).await;

    let mut by_key = Sse::open(app.client.get(app.url(&format!("/api/v1/claims/{id}/stream"))).bearer_auth(&key)).await;
    let mut by_session = Sse::open(app.client.get(app.url("/claims/stream"))).await;

    let revoke = app.submit("/account", &format!("/account/api-keys/{key_id}/revoke"), &[]).await;
    assert_eq!(revoke.status, StatusCode::SEE_OTHER);
    assert!(by_key.closed_within(Duration::from_secs(5)).await, "the key's stream ends when the key is revoked");
    let (status, _) = app.get_json(&key, &format!("/api/v1/claims/{id}")).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);

    assert!(!by_session.closed_within(Duration::from_millis(300)).await, "the session's stream is still open");
    app.sign_out().await;
    assert!(by_session.closed_within(Duration::from_secs(5)).await, "the session's stream ends at sign-out");
}

#[tokio::test]
async fn a_creditor_may_hold_a_bounded_number_of_streams() {
    // a keep-alive each second, so that the server notices a stream closed by its client
    let app = spawn_app_with(&["--max-streams-per-creditor", "2", "--stream-keepalive", "1"]).await;
    let (key, id, _) = app.creditor_with_claim("ap@nordic.example").await;
    let path = format!("/api/v1/claims/{id}/stream");
    let first = Sse::open(reqwest::Client::new().get(app.url(&path)).bearer_auth(&key)).await;
    let _second = Sse::open(reqwest::Client::new().get(app.url("/api/v1/claims/stream")).bearer_auth(&key)).await;
    let third = reqwest::Client::new().get(app.url(&path)).bearer_auth(&key).send().await.unwrap();
    assert_eq!(third.status(), StatusCode::TOO_MANY_REQUESTS);
    let answer: Value = third.json().await.unwrap();
    assert!(answer["error"].as_str().unwrap().contains("at most 2 live streams"), "{answer}");
    // another creditor is not affected
    let (other_key, other_id, _) = app.creditor_with_claim("other@nordic.example").await;
    let _other = Sse::open(
        reqwest::Client::new().get(app.url(&format!("/api/v1/claims/{other_id}/stream"))).bearer_auth(&other_key),
    )
    .await;
    // the portal's own page streams share the bound, and say so with a 429 too
    let app2 = spawn_app_with(&["--max-streams-per-creditor", "1"]).await;
    app2.sign_up("Nordic Tools AB", "anna@nordictools.example").await;
    let _page_stream = Sse::open(app2.client.get(app2.url("/claims/stream"))).await;
    let refused = app2.client.get(app2.url("/claims/stream")).send().await.unwrap();
    assert_eq!(refused.status(), StatusCode::TOO_MANY_REQUESTS);
    // a closed stream frees its place
    drop(first);
    wait_for("a place to free up", Duration::from_secs(5), || {
        let (client, url, key) = (reqwest::Client::new(), app.url(&path), key.clone());
        async move {
            let response = client.get(url).bearer_auth(key).send().await.ok()?;
            (response.status() == StatusCode::OK).then_some(())
        }
    })
    .await;
}

// 4. Hostile partner answers.

/// A partner server of the test's own: answers every request as `mode` says, and counts
/// what reached it.
struct HostilePartner {
    port: u16,
    requests: Arc<AtomicUsize>,
}

#[derive(Clone, Copy)]
enum Mode {
    /// A 200 whose body never ends (up to 64 MiB), with no length announced.
    Huge,
    /// A 307 to `target`.
    Redirect(u16),
    /// Records the request: the place a redirect would lead to.
    Record,
}

impl HostilePartner {
    async fn start(mode: Mode) -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let requests = Arc::new(AtomicUsize::new(0));
        let counter = requests.clone();
        tokio::spawn(async move {
            while let Ok((mut socket, _)) = listener.accept().await {
                let counter = counter.clone();
                tokio::spawn(async move {
                    let mut buffer = vec![0u8; 64 * 1024];
                    let _ = tokio::time::timeout(Duration::from_secs(2), socket.read(&mut buffer)).await;
                    counter.fetch_add(1, Ordering::SeqCst);
                    match mode {
                        Mode::Huge => {
                            let _ = socket.write_all(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\nconnection: close\r\n\r\n{\"partner_reference\":\"").await;
                            let chunk = vec![b'A'; 64 * 1024];
                            for _ in 0..1024 {
                                if socket.write_all(&chunk).await.is_err() {
                                    break;
                                }
                            }
                        }
                        Mode::Redirect(target) => {
                            let answer = format!(
                                "HTTP/1.1 307 Temporary Redirect\r\nlocation: http://127.0.0.1:{target}/internal-admin\r\ncontent-length: 0\r\nconnection: close\r\n\r\n"
                            );
                            let _ = socket.write_all(answer.as_bytes()).await;
                        }
                        Mode::Record => {
                            let _ = socket
                                .write_all(b"HTTP/1.1 201 Created\r\ncontent-type: application/json\r\ncontent-length: 31\r\nconnection: close\r\n\r\n{\"partner_reference\":\"STOLEN1\"}")
                                .await;
                        }
                    }
                    let _ = socket.shutdown().await;
                });
            }
        });
        Self { port, requests }
    }
}

/// A registry of one German agency reached at `port` on this machine (a sandbox entry, which
/// may live on loopback), written to a folder of the test.
fn registry_at(db: &TestDb, port: u16) -> String {
    let dir = db.dir.join("partners");
    std::fs::create_dir_all(&dir).unwrap();
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/partners/sandbox-agency-de.toml"))
        .unwrap()
        .replace("{sandbox}/sandbox-agency-de", &format!("http://127.0.0.1:{port}/partner"));
    std::fs::write(dir.join("sandbox-agency-de.toml"), text).unwrap();
    dir.display().to_string()
}

/// Files a claim that the dispatcher hands over to the partner at `port`, and waits for the
/// first attempt to end. The folder of the registry lives as long as the returned `TestDb`.
async fn hand_over_to(port: u16) -> (TestApp, String, deliveries::DeliveryRow, TestDb) {
    let registry = TestDb::new();
    let partners = registry_at(&registry, port);
    let app = spawn_app_with(&[
        "--partners-dir",
        &partners,
        // the registry's entry points at this machine, outside the sandbox service
        "--allow-private-partner-urls",
        "true",
        "--dispatcher",
        "true",
        "--delivery-retry-base-ms",
        "60000",
        "--delivery-timeout-ms",
        "5000",
    ])
    .await;
    let key = app.api_creditor("ap@nordic.example").await;
    let response = app.post_claim(&key, &claim_body("DE", "1200.00", "EUR")).await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let id = response.json::<Value>().await.unwrap()["id"].as_str().unwrap().to_string();
    let lookup = id.clone();
    let db = app.state.db.clone();
    let delivery = wait_for("the first attempt", Duration::from_secs(20), || {
        let (db, lookup) = (db.clone(), lookup.clone());
        async move {
            let rows = db.run(move |conn| deliveries::of_claim(conn, &lookup)).await.ok()?;
            rows.into_iter().find(|d| d.attempts >= 1 && d.last_error.is_some())
        }
    })
    .await;
    (app, id, delivery, registry)
}

#[tokio::test]
async fn a_partner_answering_without_end_is_a_failed_attempt() {
    let partner = HostilePartner::start(Mode::Huge).await;
    let (app, id, delivery, _registry) = hand_over_to(partner.port).await;
    let error = delivery.last_error.unwrap();
    assert!(error.contains("larger than 16 KiB"), "{error}");
    assert_eq!(delivery.state, "pending", "it will be tried again later");
    let key_claim = app.state.db.run(move |c| crossclaim::db::claims::get_any(c, &id)).await.unwrap().unwrap();
    assert_eq!(key_claim.claim.status, "submitted", "not handed over");
    assert!(partner.requests.load(Ordering::SeqCst) >= 1);
}

#[tokio::test]
async fn a_partner_redirect_is_not_followed() {
    let internal = HostilePartner::start(Mode::Record).await;
    let partner = HostilePartner::start(Mode::Redirect(internal.port)).await;
    let (app, id, delivery, _registry) = hand_over_to(partner.port).await;
    let error = delivery.last_error.unwrap();
    assert!(error.contains("307") && error.contains("redirect"), "{error}");
    assert_eq!(internal.requests.load(Ordering::SeqCst), 0, "nothing was sent where the redirect pointed");
    let claim = app.state.db.run(move |c| crossclaim::db::claims::get_any(c, &id)).await.unwrap().unwrap();
    assert_eq!(claim.claim.status, "submitted");
    assert!(claim.claim.partner_reference.is_none(), "no answer from elsewhere is taken as the partner's");
}

#[tokio::test]
async fn a_real_partner_on_a_private_address_is_refused_at_start() {
    let db = TestDb::new();
    let dir = db.dir.join("partners");
    std::fs::create_dir_all(&dir).unwrap();
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/partners/sandbox-agency-de.toml"))
        .unwrap()
        .replace("sandbox = true", "sandbox = false")
        .replace("{sandbox}/sandbox-agency-de", "http://169.254.169.254/latest");
    std::fs::write(dir.join("sandbox-agency-de.toml"), text).unwrap();
    let settings = crate::helpers::settings_for(&db, &["--partners-dir", &dir.display().to_string()]);
    let error = crossclaim::startup::Application::build(settings).await.err().expect("refused");
    let text = format!("{error:#}");
    assert!(text.contains("api.base_url") && text.contains("public address"), "{text}");
}

// 5. Open redirect after sign-in.

#[tokio::test]
async fn sign_in_follows_only_paths_on_this_site() {
    let app = spawn_app().await;
    app.sign_up("Nordic Tools AB", "anna@nordictools.example").await;
    for (next, expected) in [
        ("/\t/evil.example", "/claims"),
        ("/\n/evil.example", "/claims"),
        ("//evil.example", "/claims"),
        ("/\\evil.example", "/claims"),
        ("https://evil.example", "/claims"),
        ("/claims?status=paid", "/claims?status=paid"),
    ] {
        app.sign_out().await;
        let page = app
            .submit(
                "/signin",
                "/signin",
                &[("email", "anna@nordictools.example"), ("password", PASSWORD), ("next", next)],
            )
            .await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "{next:?}: {}", page.body);
        assert_eq!(page.location.as_deref(), Some(expected), "{next:?}");
    }
    app.sign_out().await;
    let form = app.get_page("/signin?next=/%09/evil.example").await;
    assert_eq!(form.input_value("next").as_deref(), Some("/claims"));
}

// 6. Form endpoints and what is not a form.

#[tokio::test]
async fn a_post_that_is_not_a_form_is_refused_plainly() {
    let app = spawn_app().await;
    app.sign_up("Nordic Tools AB", "anna@nordictools.example").await;
    for path in [
        "/signin",
        "/signup",
        "/signout",
        "/claims/new",
        "/account/api-keys",
        "/account/password",
        "/account/notifications",
        "/operator/signin",
    ] {
        let empty = app.client.post(app.url(path)).send().await.unwrap();
        assert_eq!(empty.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE, "{path} without a body");
        let json = app.client.post(app.url(path)).json(&json!({"email": "x"})).send().await.unwrap();
        assert_eq!(json.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE, "{path} with JSON");
        let body = json.text().await.unwrap();
        assert!(body.contains("takes a form"), "{path}: {body}");
        let multipart = app
            .client
            .post(app.url(path))
            .header("content-type", "multipart/form-data; boundary=X")
            .body("--X\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--X--\r\n")
            .send()
            .await
            .unwrap();
        // a multipart form is a form (it carries files), refused here for its missing CSRF token
        assert_eq!(multipart.status(), StatusCode::FORBIDDEN, "{path} as multipart");
    }
    assert_eq!(app.get_page("/claims").await.status, StatusCode::OK, "still signed in: nothing happened");
}

// 7. JSON must be one object.

#[tokio::test]
async fn json_bodies_are_one_object_and_nothing_after_it() {
    let app = spawn_app().await;
    let key = app.api_creditor("ap@nordic.example").await;
    let valid = serde_json::to_string(&claim_body("DE", "1200.00", "EUR")).unwrap();
    for (body, says) in [
        (format!("{valid}garbage"), "more after"),
        (format!("{valid} {valid}"), "more after"),
        ("[]".to_string(), "JSON object"),
        ("\"text\"".to_string(), "JSON object"),
        ("42".to_string(), "JSON object"),
    ] {
        let response = app
            .client
            .post(app.url("/api/v1/claims"))
            .bearer_auth(&key)
            .header("content-type", "application/json")
            .body(body.clone())
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::BAD_REQUEST, "{body:.40}");
        let answer: Value = response.json().await.unwrap();
        assert!(answer["error"].as_str().unwrap().contains(says), "{answer}");
    }
    assert_eq!(app.stored_claims().await, 0, "nothing was filed");
    let trailing = app
        .client
        .post(app.url("/api/v1/claims"))
        .bearer_auth(&key)
        .header("content-type", "application/json")
        .body(format!("{valid} \n"))
        .send()
        .await
        .unwrap();
    assert_eq!(trailing.status(), StatusCode::CREATED, "white space after the object is fine");

    // partner events alike
    let (_, id, partner) = app.creditor_with_claim("other@nordic.example").await;
    let mut body = serde_json::to_vec(&event(&id, "contacting_debtor", Utc::now())).unwrap();
    body.extend_from_slice(b"garbage");
    let now = Utc::now().timestamp();
    let signature = sign(&partner.secret, "msg_trailing", now, &body);
    let headers = [
        ("webhook-id", "msg_trailing".to_string()),
        ("webhook-timestamp", now.to_string()),
        ("webhook-signature", signature),
    ];
    let (status, answer) = app.post_event_raw(&partner.id, &headers, body).await;
    assert_eq!(status, StatusCode::BAD_REQUEST, "{answer}");
    assert!(answer["error"].as_str().unwrap().contains("more after"), "{answer}");
}

// 8. Implausible dates; 10. hidden characters in names.

#[tokio::test]
async fn implausible_dates_and_hidden_characters_are_refused_by_field() {
    let app = spawn_app().await;
    let key = app.api_creditor("ap@nordic.example").await;
    for (field, value) in [
        ("issue_date", "-001-01-01"),
        ("due_date", "0000-01-01"),
        ("issue_date", "1582-10-15"),
        ("due_date", "1900-01-01"),
        ("issue_date", "1969-12-31"),
    ] {
        let mut body = claim_body("DE", "1200.00", "EUR");
        body["invoices"][0][field] = json!(value);
        let response = app.post_claim(&key, &body).await;
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY, "{field} {value}");
        let answer: Value = response.json().await.unwrap();
        assert_eq!(answer["field"], format!("invoices[0].{field}"), "{answer}");
    }
    for (path, value) in [("name", "Muster\u{202E}HbmG"), ("registration_number", "HRB\u{200B}12345")] {
        let mut body = claim_body("DE", "1200.00", "EUR");
        body["debtor"][path] = json!(value);
        let response = app.post_claim(&key, &body).await;
        assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY, "{path}");
        let answer: Value = response.json().await.unwrap();
        assert_eq!(answer["field"], format!("debtor.{path}"), "{answer}");
        assert!(answer["error"].as_str().unwrap().contains("invisible or text-direction"), "{answer}");
    }
    assert_eq!(app.stored_claims().await, 0);
}

// 10. The SQLite file is its owner's alone.

#[tokio::test]
async fn the_sqlite_file_is_readable_by_its_owner_only() {
    if on_postgres() {
        return;
    }
    let app = spawn_app().await;
    let path = app.settings.database_url.strip_prefix("sqlite://").unwrap().to_string();
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(&path).unwrap().permissions().mode();
    assert_eq!(mode & 0o077, 0, "{path} has mode {mode:o}");
}

#[tokio::test]
async fn sessions_are_stored_as_hashes_only() {
    let app = spawn_app().await;
    let (me, jar) = browser_with_jar(&app);
    me.sign_up("Nordic Tools AB", "anna@nordictools.example").await;
    let cookie = saved_cookie(&me, &jar);
    let ids: Vec<String> = app
        .state
        .db
        .run(|conn| {
            crossclaim::with_conn!(conn, c => {
                use diesel::prelude::*;
                sessions_table().select(crossclaim::db::schema::sessions::id).load::<String>(c)
            })
            .map_err(Into::into)
        })
        .await
        .unwrap();
    assert!(!ids.is_empty());
    // 64 hex digits: a SHA-256, not the token the cookie carries (which is 43 base64 characters)
    assert!(ids.iter().all(|id| id.len() == 64 && id.chars().all(|c| c.is_ascii_hexdigit())), "{ids:?}");
    assert!(!cookie.is_empty());
}

fn sessions_table() -> crossclaim::db::schema::sessions::table {
    crossclaim::db::schema::sessions::table
}
