//! Bulk intake's throughput against single API filings in the same run; ignored by default
//! (README "Benchmarks / Bulk intake").
//!
//! ```sh
//! cargo test --release --test api bench_imports -- --ignored --nocapture --test-threads 1
//! ```
//! Files `BENCH_SINGLE` claims (default 1,000) one `POST /api/v1/claims` at a time, then a
//! `BENCH_ROWS`-row CSV import (default 10,000, one debtor per row) through
//! `POST /api/v1/imports`, timed from the upload to `done`, and prints rows filed per second
//! of both and their ratio.

use std::time::{Duration, Instant};

use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::{claim_body, json_of, on_postgres, spawn_app};
use crate::imports::{HEADER, row};

fn setting(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

#[tokio::test]
#[ignore = "benchmark: run with --ignored --nocapture"]
async fn bench_imports_against_single_api_filings() {
    let (singles, rows) = (setting("BENCH_SINGLE", 1_000), setting("BENCH_ROWS", 10_000));
    let app = spawn_app().await;
    let key = app.api_creditor("ap@nordictools.example").await;

    let started = Instant::now();
    for i in 0..singles {
        let mut body = claim_body("DE", "1200.00", "EUR");
        body["invoices"][0]["number"] = format!("API-{i:05}").into();
        body["debtor"]["registration_number"] = format!("HRB {}", 90_000 + i).into();
        let response = app.post_claim(&key, &body).await;
        assert_eq!(response.status(), StatusCode::CREATED);
    }
    let single_secs = started.elapsed().as_secs_f64();

    let mut file = format!("{HEADER}\n");
    for i in 0..rows {
        file.push_str(&row(i, i).join(","));
        file.push('\n');
    }
    let started = Instant::now();
    let response = app
        .client
        .post(app.url("/api/v1/imports"))
        .bearer_auth(&key)
        .header("content-type", "text/csv")
        .body(file)
        .send()
        .await
        .unwrap();
    let (status, created) = json_of(response).await;
    assert_eq!(status, StatusCode::ACCEPTED, "{created}");
    let checked_secs = started.elapsed().as_secs_f64();
    let id = created["id"].as_str().unwrap().to_string();
    let done: Value = loop {
        let (_, import) = app.get_json(&key, &format!("/api/v1/imports/{id}")).await;
        if import["status"] == "done" {
            break import;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    };
    let import_secs = started.elapsed().as_secs_f64();
    assert_eq!(done["filed"].as_u64(), Some(rows as u64), "{}", done["failed"]);
    assert_eq!(app.stored_claims().await, (singles + rows) as i64);

    let single_rate = singles as f64 / single_secs;
    let import_rate = rows as f64 / import_secs;
    let backend = if on_postgres() { "PostgreSQL" } else { "SQLite" };
    println!("bulk intake on {backend}:");
    println!(
        "  single API filings: {singles} claims in {single_secs:.1} s = {single_rate:.0} claims/s (one at a time)"
    );
    println!(
        "  import:             {rows} rows in {import_secs:.1} s = {import_rate:.0} rows/s \
         (checked and priced in {checked_secs:.1} s, then filed)"
    );
    println!("  ratio:              {:.2}x", import_rate / single_rate);
}
