//! Benchmarks, ignored by default; the README's "Benchmarks" section has the command and the
//! figures. Each measures the server's trivial endpoint (`GET /health`) in the same run, as
//! the baseline its figures are compared with.
//!
//! ```sh
//! ulimit -n 8192   # a thousand streams take two thousand sockets in one process
//! cargo test --release --test api bench_ -- --ignored --nocapture --test-threads 1
//! TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres cargo test --release --test api bench_ -- --ignored --nocapture --test-threads 1
//! ```
//! `BENCH_EVENTS` (default 4000), `BENCH_CONCURRENCY` (8) and `BENCH_STREAMS` (1000) change the sizes.

use std::time::{Duration, Instant};

use diesel::RunQueryDsl;
use reqwest::StatusCode;

use crate::helpers::{TestApp, on_postgres, spawn_app};
use crate::live_support::{Partner, Sse, event};

fn setting(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn backend() -> &'static str {
    if on_postgres() { "PostgreSQL" } else { "SQLite" }
}

/// `n` GET /health requests from `concurrency` clients; requests per second.
async fn health_rate(app: &TestApp, n: usize, concurrency: usize) -> f64 {
    let client = reqwest::Client::new();
    let started = Instant::now();
    let workers = (0..concurrency).map(|_| {
        let (client, url) = (client.clone(), app.url("/health"));
        tokio::spawn(async move {
            for _ in 0..n / concurrency {
                assert_eq!(client.get(&url).send().await.unwrap().status(), StatusCode::OK);
            }
        })
    });
    futures_util::future::join_all(workers).await;
    (n / concurrency * concurrency) as f64 / started.elapsed().as_secs_f64()
}

/// Single-row commits on the portal's own database: each an INSERT in its own write
/// transaction, through the same pool, from `concurrency` threads; commits per second.
async fn commit_rate(app: &TestApp, n: usize, concurrency: usize) -> f64 {
    let db = app.state.db.clone();
    static TABLES: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let run = TABLES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let table = format!("bench_commits_{concurrency}_{run}");
    let ddl = format!("CREATE TABLE {table} (id BIGINT PRIMARY KEY, body TEXT NOT NULL)");
    db.run(move |conn| Ok(crossclaim::with_conn!(conn, c => diesel::sql_query(&ddl).execute(c))?)).await.unwrap();
    let started = Instant::now();
    let per = n / concurrency;
    let workers = (0..concurrency).map(|w| {
        let (db, table) = (db.clone(), table.clone());
        tokio::task::spawn_blocking(move || {
            let mut conn = db.get().unwrap();
            for i in 0..per {
                let sql = format!(
                    "INSERT INTO {table} (id, body) VALUES ({}, 'a row of about the size of an event')",
                    w * per + i
                );
                let _: () =
                    crossclaim::write_tx!(&mut conn, c => diesel::sql_query(&sql).execute(c).map(|_| ())).unwrap();
            }
        })
    });
    futures_util::future::join_all(workers).await;
    (per * concurrency) as f64 / started.elapsed().as_secs_f64()
}

/// Every level of `BENCH_CONCURRENCY` (comma-separated: `1,8,64` is the cost curve).
fn levels(name: &str, default: &str) -> Vec<usize> {
    let text = std::env::var(name).unwrap_or_else(|_| default.to_string());
    let levels: Vec<usize> = text.split(',').filter_map(|n| n.trim().parse().ok()).filter(|n| *n > 0).collect();
    assert!(!levels.is_empty(), "{name} must be a number or a list of numbers: {text}");
    levels
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "benchmark: run with --ignored --nocapture"]
async fn bench_event_ingestion() {
    let events = setting("BENCH_EVENTS", 4000);
    let mut rows = Vec::new();
    for concurrency in levels("BENCH_CONCURRENCY", "8") {
        rows.push((concurrency, ingestion(events, concurrency).await));
    }
    if rows.len() > 1 {
        println!("\n== event ingestion on {}: the cost curve ({events} events per level)", backend());
        println!("| clients | events/s | commits/s (as many connections) | events / commits | mean ms per event |");
        println!("|---:|---:|---:|---:|---:|");
        for (concurrency, (ingest, commits)) in rows {
            println!(
                "| {concurrency} | {ingest:.0} | {commits:.0} | {:.2} | {:.2} |",
                ingest / commits,
                concurrency as f64 * 1000.0 / ingest
            );
        }
    }
}

/// One level of the ingestion benchmark on a fresh portal: events stored per second and
/// single-row commits per second from as many connections.
async fn ingestion(events: usize, concurrency: usize) -> (f64, f64) {
    let app = spawn_app().await;
    // each client drives the claims of its own creditor, as many partners' pushes do
    let mut work: Vec<Vec<(String, Partner)>> = Vec::new();
    for w in 0..concurrency {
        let key = app.api_creditor(&format!("bench{w}@creditor.example")).await;
        let mut claims = Vec::new();
        for _ in 0..4 {
            claims.push(app.claim_for(&key).await);
        }
        work.push(claims);
    }
    let health = health_rate(&app, events, concurrency).await;
    let serial_commits = commit_rate(&app, events / 2, 1).await;
    let parallel_commits = commit_rate(&app, events, concurrency).await;

    let app = std::sync::Arc::new(app);
    let per = events / concurrency;
    let base = chrono::Utc::now() - chrono::Duration::hours(1);
    let started = Instant::now();
    let workers = work.into_iter().enumerate().map(|(w, claims)| {
        let app = app.clone();
        tokio::spawn(async move {
            for i in 0..per {
                let (id, partner) = &claims[i % claims.len()];
                let status = if (i / claims.len()) % 2 == 0 { "contacting_debtor" } else { "payment_plan" };
                let at = base + chrono::Duration::milliseconds(i as i64);
                let (code, answer) = app.post_event(partner, &format!("bench-{w}-{i}"), &event(id, status, at)).await;
                assert_eq!(code, StatusCode::OK, "{answer}");
            }
        })
    });
    for worker in futures_util::future::join_all(workers).await {
        worker.unwrap();
    }
    let ingest = (per * concurrency) as f64 / started.elapsed().as_secs_f64();
    println!(
        "\n== event ingestion on {} ({} signed events, {} concurrent clients)",
        backend(),
        per * concurrency,
        concurrency
    );
    println!("GET /health                          {health:>8.0} req/s");
    println!("single-row commits, 1 connection     {serial_commits:>8.0} /s");
    println!("single-row commits, {concurrency} connections    {parallel_commits:>8.0} /s");
    println!("signed events stored                 {ingest:>8.0} /s");
    println!(
        "ratios: events / health = {:.2}, events / commits ({concurrency} conn) = {:.2}, events / commits (1 conn) = {:.2}",
        ingest / health,
        ingest / parallel_commits,
        ingest / serial_commits
    );
    (ingest, parallel_commits)
}

fn open_files_limit() -> String {
    std::fs::read_to_string("/proc/self/limits")
        .ok()
        .and_then(|l| {
            l.lines()
                .find(|l| l.starts_with("Max open files"))
                .map(|l| l.split_whitespace().nth(3).unwrap_or("?").to_string())
        })
        .unwrap_or_else(|| "?".into())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "benchmark: run with --ignored --nocapture"]
async fn bench_fan_out() {
    let streams = setting("BENCH_STREAMS", 1000);
    let rounds = 10;
    let app = spawn_app().await;
    let (key, id, partner) = app.creditor_with_claim("bench@creditor.example").await;
    let client = reqwest::Client::new();
    let path = format!("/api/v1/claims/{id}/stream");
    let opening = Instant::now();
    let readers =
        futures_util::future::join_all((0..streams).map(|_| Sse::open(client.get(app.url(&path)).bearer_auth(&key))))
            .await;
    let opened_in = opening.elapsed();
    assert_eq!(app.state.live.streams(), streams);

    // every reader reports when it got each event
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel::<(i64, Instant)>();
    for mut reader in readers {
        let tx = tx.clone();
        tokio::spawn(async move {
            while let Some(frame) = reader.next_event(Duration::from_secs(60)).await {
                let _ = tx.send((frame.id.unwrap(), Instant::now()));
            }
        });
    }
    let mut fan_out = Vec::new();
    let mut health = Vec::new();
    let statuses = ["contacting_debtor", "payment_plan"];
    for round in 0..rounds {
        // the baseline, with the streams open: one GET /health
        let t = Instant::now();
        assert_eq!(client.get(app.url("/health")).send().await.unwrap().status(), StatusCode::OK);
        health.push(t.elapsed());
        let posted = Instant::now();
        let at = chrono::Utc::now() + chrono::Duration::seconds(round as i64);
        let (code, answer) =
            app.post_event(&partner, &format!("fan-{round}"), &event(&id, statuses[round % 2], at)).await;
        assert_eq!(code, StatusCode::OK, "{answer}");
        let seq = answer["seq"].as_i64().unwrap();
        let mut got = 0;
        let mut last = posted;
        while got < streams {
            let (s, when) =
                tokio::time::timeout(Duration::from_secs(30), rx.recv()).await.expect("all readers get it").unwrap();
            assert_eq!(s, seq);
            got += 1;
            last = last.max(when);
        }
        fan_out.push(last - posted);
    }
    fan_out.sort();
    health.sort();
    let median = |v: &[Duration]| v[v.len() / 2];
    println!(
        "\n== fan-out on {} ({streams} open streams on one claim, {rounds} events; open-file limit {})",
        backend(),
        open_files_limit()
    );
    println!("opening {streams} streams took       {:>8.1} ms", opened_in.as_secs_f64() * 1000.0);
    println!("GET /health round trip (median)      {:>8.2} ms", median(&health).as_secs_f64() * 1000.0);
    println!("POST to last reader (median)         {:>8.2} ms", median(&fan_out).as_secs_f64() * 1000.0);
    println!("POST to last reader (worst)          {:>8.2} ms", fan_out.last().unwrap().as_secs_f64() * 1000.0);
    println!("ratio: fan-out / health = {:.1}", median(&fan_out).as_secs_f64() / median(&health).as_secs_f64());
}
