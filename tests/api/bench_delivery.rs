//! Benchmarks of the hand-over, run on demand:
//! `cargo test --release --test api bench_delivery -- --ignored --nocapture --test-threads 1`.
//! Figures are reported against the portal's trivial endpoint (`GET /health`) measured in
//! the same run, because these machines are noisy.

use std::time::{Duration, Instant};

use crossclaim::db::deliveries;
use crossclaim::webhooks::Secret;
use futures_util::StreamExt;
use serde_json::Value;

use crate::helpers::{claim_body, spawn_app_with};
use crate::processes::{SandboxProcess, free_port, wait_for};

/// Median, 95th and 99th percentile, in milliseconds.
fn percentiles(mut samples: Vec<f64>) -> (f64, f64, f64) {
    samples.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let at = |q: f64| samples[((samples.len() - 1) as f64 * q).round() as usize];
    (at(0.5), at(0.95), at(0.99))
}

/// Time for `n` GET /health with `concurrency` in flight, and each request's latency.
async fn health_baseline(url: &str, n: usize, concurrency: usize) -> (Duration, Vec<f64>) {
    let client = reqwest::Client::new();
    let start = Instant::now();
    let latencies: Vec<f64> = futures_util::stream::iter(0..n)
        .map(|_| {
            let (client, url) = (client.clone(), format!("{url}/health"));
            async move {
                let t = Instant::now();
                assert!(client.get(url).send().await.unwrap().status().is_success());
                t.elapsed().as_secs_f64() * 1000.0
            }
        })
        .buffer_unordered(concurrency)
        .collect()
        .await;
    (start.elapsed(), latencies)
}

#[tokio::test]
#[ignore = "benchmark: run on demand"]
async fn bench_delivery() {
    let secret = Secret::generate().expose();
    let sandbox_port = free_port();
    let sandbox_url = format!("http://127.0.0.1:{sandbox_port}/sandbox");
    let n: usize = std::env::var("BENCH_CLAIMS").ok().and_then(|v| v.parse().ok()).unwrap_or(400);

    // Throughput: n claims stored while the dispatcher waits, then drained.
    let app = spawn_app_with(&[
        "--sandbox-secret",
        &secret,
        "--sandbox-url",
        &sandbox_url,
        "--embedded-sandbox",
        "false",
        "--dispatch-delay-ms",
        "3600000",
    ])
    .await;
    let _sandbox = SandboxProcess::start(sandbox_port, &secret, &app.address, 3_600_000).await;
    let key = app.api_creditor("bench@example.com").await;
    let client = reqwest::Client::new();
    futures_util::stream::iter(0..n)
        .map(|_| {
            let (client, url, key) = (client.clone(), app.url("/api/v1/claims"), key.clone());
            async move {
                assert!(
                    client
                        .post(url)
                        .bearer_auth(key)
                        .json(&claim_body("DE", "900.00", "EUR"))
                        .send()
                        .await
                        .unwrap()
                        .status()
                        .is_success()
                )
            }
        })
        .buffer_unordered(8)
        .collect::<Vec<_>>()
        .await;
    let (health_time, health_latencies) = health_baseline(&app.address, n, 8).await;
    let drain = spawn_app_with(&[
        "--sandbox-secret",
        &secret,
        "--sandbox-url",
        &sandbox_url,
        "--embedded-sandbox",
        "false",
        "--database-url",
        &app.settings.database_url,
        "--dispatcher",
        "true",
    ])
    .await;
    let start = Instant::now();
    wait_for("the outbox to drain", Duration::from_secs(600), || async {
        let counts = drain.state.db.run(deliveries::count_by_state).await.unwrap();
        counts.iter().any(|(s, c)| s == "done" && *c as usize == n).then_some(())
    })
    .await;
    let drain_time = start.elapsed();
    drop(drain);

    // Added latency: 100 claims filed back to back (each POST waits for the one before it)
    // with the dispatcher running; from each claim's commit to the partner receiving it.
    let live_port = free_port();
    let live_url = format!("http://127.0.0.1:{live_port}/sandbox");
    let live = spawn_app_with(&[
        "--sandbox-secret",
        &secret,
        "--sandbox-url",
        &live_url,
        "--embedded-sandbox",
        "false",
        "--dispatcher",
        "true",
    ])
    .await;
    let live_sandbox = SandboxProcess::start(live_port, &secret, &live.address, 3_600_000).await;
    let live_key = live.api_creditor("bench@example.com").await;
    let samples = 100;
    for _ in 0..samples {
        let response = live.post_claim(&live_key, &claim_body("DE", "900.00", "EUR")).await;
        assert!(response.status().is_success());
    }
    wait_for("the last hand-over", Duration::from_secs(60), || async {
        (live_sandbox.cases().await["cases"].as_array().unwrap().len() == samples).then_some(())
    })
    .await;
    let held: Value = live_sandbox.cases().await;
    let mut added = Vec::new();
    for case in held["cases"].as_array().unwrap() {
        let id = case["case_id"].as_str().unwrap().to_string();
        let detail = live.state.db.run(move |conn| crossclaim::db::claims::get_any(conn, &id)).await.unwrap().unwrap();
        added.push((case["received_at"].as_i64().unwrap() - detail.claim.created_at) as f64 / 1000.0);
    }
    let (latency_p50, latency_p95, latency_p99) = percentiles(added);
    let (health_p50, health_p95, health_p99) = percentiles(health_latencies);
    let per_delivery = drain_time.as_secs_f64() / n as f64;
    let per_health = health_time.as_secs_f64() / n as f64;
    println!(
        "\nhand-over benchmark ({} backend; throughput: {n} claims drained; latency: {samples} claims filed back to back)",
        app.state.db.backend()
    );
    println!("| figure | hand-over | GET /health | ratio |");
    println!("| --- | --- | --- | --- |");
    println!(
        "| throughput (per second) | {:.0} | {:.0} | {:.1}x slower |",
        1.0 / per_delivery,
        1.0 / per_health,
        per_delivery / per_health
    );
    println!("| latency p50 (ms) | {latency_p50:.1} | {health_p50:.2} | {:.1}x |", latency_p50 / health_p50);
    println!("| latency p95 (ms) | {latency_p95:.1} | {health_p95:.2} | {:.1}x |", latency_p95 / health_p95);
    println!("| latency p99 (ms) | {latency_p99:.1} | {health_p99:.2} | {:.1}x |", latency_p99 / health_p99);
}
