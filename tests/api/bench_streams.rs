//! Ten thousand live streams on one instance (README "Benchmarks / Ten thousand live
//! screens"), and the test that a closed stream gives its socket back at once.
//!
//! ```sh
//! cargo test --release --test api bench_ten_thousand_streams -- --ignored --nocapture --test-threads 1
//! ```
//! The portal runs as its own process (the real binary), so that its memory and its open
//! files are its own: the benchmark reads its resident memory and its file descriptors from
//! `/proc` before and after opening the streams. The benchmark raises its own open-file
//! limit to the hard limit (the portal inherits it). `BENCH_STREAMS` (default 10,000) and
//! `BENCH_ROUNDS` (20 events) change the sizes.

use std::time::{Duration, Instant};

use chrono::Utc;
use crossclaim::secrets::sandbox_credentials;
use crossclaim::webhooks::{Secret, sign};
use reqwest::StatusCode;
use serde_json::Value;

use crate::delivery::{api_key, process_args};
use crate::helpers::{TestDb, claim_body, file_claim, id_of, json_of, spawn_app_with};
use crate::live_support::{Sse, earlier, event};
use crate::processes::{PortalProcess, free_port, wait_for};

fn setting(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// Raises this process's soft limit of open files to its hard limit; children inherit it.
fn raise_open_files_limit() -> u64 {
    let mut limit = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
    // SAFETY: getrlimit and setrlimit only read and write the struct passed to them.
    unsafe {
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) == 0 && limit.rlim_cur < limit.rlim_max {
            limit.rlim_cur = limit.rlim_max;
            libc::setrlimit(libc::RLIMIT_NOFILE, &limit);
        }
        libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit);
    }
    limit.rlim_cur
}

fn open_files(pid: u32) -> usize {
    std::fs::read_dir(format!("/proc/{pid}/fd")).map(|d| d.count()).unwrap_or(0)
}

/// p50 and p99 of `n` `GET /health` round trips, one after another.
async fn health(client: &reqwest::Client, url: &str, n: usize) -> (Duration, Duration) {
    let mut times = Vec::with_capacity(n);
    for _ in 0..n {
        let started = Instant::now();
        let response = client.get(url).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        response.bytes().await.unwrap();
        times.push(started.elapsed());
    }
    percentiles(times)
}

fn percentiles(mut times: Vec<Duration>) -> (Duration, Duration) {
    times.sort();
    let at = |q: f64| times[((times.len() as f64 * q).ceil() as usize).clamp(1, times.len()) - 1];
    (at(0.50), at(0.99))
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// Posts a status event for `claim` to the portal at `base`, signed as `partner` does.
async fn post_event(base: &str, partner: &str, secret: &Secret, webhook_id: &str, body: &Value) -> (StatusCode, Value) {
    let body = serde_json::to_vec(body).unwrap();
    let now = Utc::now().timestamp();
    let response = reqwest::Client::new()
        .post(format!("{base}/api/v1/partners/{partner}/events"))
        .header("content-type", "application/json")
        .header("webhook-id", webhook_id)
        .header("webhook-timestamp", now.to_string())
        .header("webhook-signature", sign(secret, webhook_id, now, &body))
        .body(body)
        .send()
        .await
        .expect("POST event");
    json_of(response).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "benchmark: run with --ignored --nocapture"]
async fn bench_ten_thousand_streams() {
    let streams = setting("BENCH_STREAMS", 10_000);
    let rounds = setting("BENCH_ROUNDS", 20);
    let limit = raise_open_files_limit();
    assert!(limit as usize > streams + 200, "the open-file limit ({limit}) is too low for {streams} streams");
    crate::helpers::init_tracing();
    let db = TestDb::new();
    let sandbox_secret = Secret::generate().expose();
    let max = (streams + 100).to_string();
    let args =
        process_args(&db, &sandbox_secret, free_port(), &["--dispatcher", "false", "--max-streams-per-creditor", &max]);
    let portal = PortalProcess::start(&args).await;
    let key = api_key(&db).await;
    let claim = file_claim(&portal.url, &key, &claim_body("DE", "1200.00", "EUR")).await;
    let id = id_of(&claim);
    let partner = claim["partner"]["id"].as_str().unwrap().to_string();
    let partner_secret = sandbox_credentials(&partner, &Secret::parse(&sandbox_secret).unwrap()).inbound[0].clone();

    let client = reqwest::Client::new();
    let health_url = format!("{}/health", portal.url);
    health(&client, &health_url, 100).await; // warm up
    let idle = health(&client, &health_url, 500).await;
    let (rss_before, fds_before) = (portal.rss_kib(), open_files(portal.pid()));

    // open them in waves, as many browsers arriving do (the listen backlog is 1,024)
    let url = format!("{}/api/v1/claims/{id}/stream", portal.url);
    let opening = Instant::now();
    let mut readers = Vec::with_capacity(streams);
    while readers.len() < streams {
        let wave = (streams - readers.len()).min(500);
        let opened =
            futures_util::future::join_all((0..wave).map(|_| Sse::open(client.get(&url).bearer_auth(&key)))).await;
        readers.extend(opened);
    }
    let opened_in = opening.elapsed();
    // let the allocator settle before reading the memory
    tokio::time::sleep(Duration::from_millis(500)).await;
    let (rss_open, fds_open) = (portal.rss_kib(), open_files(portal.pid()));

    // every reader reports when it got each event
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel::<(i64, Instant)>();
    let tasks: Vec<_> = readers
        .into_iter()
        .map(|mut reader| {
            let tx = tx.clone();
            tokio::spawn(async move {
                while let Some(frame) = reader.next_event(Duration::from_secs(600)).await {
                    let _ = tx.send((frame.id.unwrap(), Instant::now()));
                }
            })
        })
        .collect();
    let busy = health(&client, &health_url, 500).await;

    let statuses = ["contacting_debtor", "payment_plan"];
    let mut fan_out = Vec::new();
    for round in 0..rounds {
        let posted = Instant::now();
        let at = earlier(0) + chrono::Duration::seconds(round as i64);
        let (code, answer) = post_event(
            &portal.url,
            &partner,
            &partner_secret,
            &format!("fan-{round}"),
            &event(&id, statuses[round % 2], at),
        )
        .await;
        assert_eq!(code, StatusCode::OK, "{answer}");
        let seq = answer["seq"].as_i64().unwrap();
        let (mut got, mut last) = (0, posted);
        while got < streams {
            let (s, when) =
                tokio::time::timeout(Duration::from_secs(60), rx.recv()).await.expect("every reader gets it").unwrap();
            assert_eq!(s, seq);
            got += 1;
            last = last.max(when);
        }
        fan_out.push(last - posted);
    }
    let worst = *fan_out.iter().max().unwrap();
    let (fan_p50, fan_p99) = percentiles(fan_out);

    // the clients go away: the portal's sockets must go with them, not at the next keep-alive
    let closing = Instant::now();
    for task in &tasks {
        task.abort();
    }
    let released = wait_for("the portal to close the streams' sockets", Duration::from_secs(60), || async {
        (open_files(portal.pid()) <= fds_before + 10).then(|| closing.elapsed())
    })
    .await;
    drop(rx);

    let per_stream = (rss_open.saturating_sub(rss_before)) as f64 * 1024.0 / streams as f64;
    println!("\n== {streams} live streams on one portal process (SQLite; open-file limit {limit})");
    println!("opening {streams} streams took            {:>9.0} ms", ms(opened_in));
    println!(
        "portal memory (RSS)                     {:>9} KiB idle, {} KiB with the streams open",
        rss_before, rss_open
    );
    println!("memory per open stream                  {:>9.1} KiB", per_stream / 1024.0);
    println!("portal file descriptors                 {:>9} idle, {} open", fds_before, fds_open);
    println!("GET /health idle          p50 / p99     {:>9.3} / {:.3} ms", ms(idle.0), ms(idle.1));
    println!("GET /health streams open  p50 / p99     {:>9.3} / {:.3} ms", ms(busy.0), ms(busy.1));
    println!(
        "POST to the last reader   p50 / p99     {:>9.1} / {:.1} ms (worst {:.1} ms, {rounds} events)",
        ms(fan_p50),
        ms(fan_p99),
        ms(worst)
    );
    println!("sockets released after the clients left {:>9.1} ms", ms(released));
    println!(
        "ratios: /health open / idle p50 {:.2}x, p99 {:.2}x; memory per stream {:.1} KiB (goal < 20); fan-out p99 {:.0} ms (goal < 250)",
        ms(busy.0) / ms(idle.0),
        ms(busy.1) / ms(idle.1),
        per_stream / 1024.0,
        ms(fan_p99)
    );
}

/// A stream whose client goes away is closed by the portal at once: its subscription and
/// its socket are released when the client closes its end, not at the next keep-alive (set
/// to an hour here, so only the close itself can release them).
#[tokio::test]
async fn a_stream_whose_client_leaves_is_released_at_once() {
    let app = spawn_app_with(&["--stream-keepalive", "3600"]).await;
    let (key, id, partner) = app.creditor_with_claim("ap@nordic.example").await;
    let client = reqwest::Client::new();
    let path = format!("/api/v1/claims/{id}/stream");
    let mut streams = Vec::new();
    for _ in 0..5 {
        streams.push(Sse::open(client.get(app.url(&path)).bearer_auth(&key)).await);
    }
    assert_eq!(app.state.live.streams(), 5);
    let staying = streams.pop().unwrap();
    drop(streams);
    wait_for("the portal to let go of the four closed streams", Duration::from_secs(2), || async {
        (app.state.live.streams() == 1).then_some(())
    })
    .await;
    // the one still open still hears its claim's events
    let mut staying = staying;
    let (status, answer) = app.post_event(&partner, "r1", &event(&id, "contacting_debtor", earlier(0))).await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    let frame = staying.next_event(Duration::from_secs(5)).await.expect("the event");
    assert_eq!(frame.id, answer["seq"].as_i64());
}
