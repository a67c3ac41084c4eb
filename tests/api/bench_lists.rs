//! The lists and the claim page on a big seeded database, against `GET /health` in the same
//! run; ignored by default (README "Benchmarks / A million claims").
//!
//! ```sh
//! BENCH_CLAIMS=100000 cargo test --release --test api bench_lists -- --ignored --nocapture --test-threads 1
//! ```
//! Seeds in three steps (1%, 10% and 100% of `BENCH_CLAIMS`) and measures after each: the
//! cost curve. `BENCH_REQUESTS` (default 300) requests per page, one at a time.

use std::time::{Duration, Instant};

use reqwest::StatusCode;

use crate::helpers::{TestApp, on_postgres, spawn_app};

fn setting(name: &str, default: u64) -> u64 {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// p50 and p99 of `n` GETs of `path`, one after another, on the signed-in client.
async fn latency(app: &TestApp, path: &str, n: u64) -> (Duration, Duration) {
    let mut times = Vec::with_capacity(n as usize);
    for _ in 0..n {
        let started = Instant::now();
        let response = app.client.get(app.url(path)).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::OK, "{path}");
        response.bytes().await.unwrap();
        times.push(started.elapsed());
    }
    times.sort();
    (times[times.len() / 2], times[(times.len() * 99 / 100).min(times.len() - 1)])
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

#[tokio::test]
#[ignore = "benchmark: run with --ignored --nocapture"]
async fn bench_lists_at_scale() {
    let total = setting("BENCH_CLAIMS", 100_000);
    let requests = setting("BENCH_REQUESTS", 300);
    let backend = if on_postgres() { "PostgreSQL" } else { "SQLite" };
    let app = spawn_app().await;
    app.sign_up("Scale Owner AB", "owner@scale.example").await;
    let owner = {
        use crossclaim::db::schema::creditors;
        use diesel::prelude::*;
        app.state
            .db
            .run(|conn| {
                Ok(crossclaim::with_conn!(conn, c => creditors::table
                    .filter(creditors::email.eq("owner@scale.example"))
                    .select(creditors::id)
                    .first::<String>(c))?)
            })
            .await
            .unwrap()
    };
    let (mut seeded_so_far, mut busy) = (0, None::<String>);
    println!("\nclaims list and claim page on {backend}, {requests} requests each, one at a time");
    println!("| claims in the database | the owner's | page | p50 ms | p99 ms | p99 / health p99 |");
    println!("|---|---|---|---|---|---|");
    for step in [total / 100, total / 10, total] {
        let plan = crossclaim::seed::Plan {
            claims: step - seeded_so_far,
            creditors: (step - seeded_so_far) / 1000 + 1,
            owner: Some(owner.clone()),
            owner_percent: 10,
            busy_case_events: if seeded_so_far == 0 { 10_000 } else { 0 },
            now: crossclaim::db::now_micros(),
        };
        let (db, rules, registry) = (app.state.db.clone(), app.state.rules.clone(), app.state.registry.clone());
        let seeded = tokio::task::spawn_blocking(move || crossclaim::seed::run(&db, &rules, &registry, &plan, |_| {}))
            .await
            .unwrap()
            .unwrap();
        let secs = seeded.elapsed.as_secs_f64();
        println!(
            "<!-- seeded {} claims ({} rows) in {secs:.1} s: {:.0} claims/s, {:.0} rows/s -->",
            seeded.claims,
            seeded.rows,
            seeded.claims as f64 / secs,
            seeded.rows as f64 / secs
        );
        busy = busy.or(seeded.busy_case);
        seeded_so_far = step;
        let busy = busy.clone().expect("the first step seeds the busy case");
        let mine: i64 = {
            let owner = owner.clone();
            app.state
                .db
                .run(move |conn| {
                    use crossclaim::db::schema::claims;
                    use diesel::prelude::*;
                    Ok(crossclaim::with_conn!(conn, c => claims::table.filter(claims::creditor_id.eq(&owner)).count().get_result(c))?)
                })
                .await
                .unwrap()
        };
        let (_, health) = latency(&app, "/health", requests).await;
        let pages = [
            ("GET /health".to_string(), "/health".to_string()),
            ("claims list".into(), "/claims".into()),
            ("by status".into(), "/claims?status=paid".into()),
            ("by country".into(), "/claims?country=SE".into()),
            ("search debtor".into(), "/claims?q=baltic+timber".into()),
            ("search invoice".into(), "/claims?q=INV-2024-0000".into()),
            ("claim, 10,000 events".into(), format!("/claims/{busy}")),
        ];
        for (name, path) in pages {
            let n = if path.starts_with("/claims/") { requests / 10 + 1 } else { requests };
            let (p50, p99) = latency(&app, &path, n).await;
            println!(
                "| {step} | {mine} | {name} | {:.2} | {:.2} | {:.1}x |",
                ms(p50),
                ms(p99),
                p99.as_secs_f64() / health.as_secs_f64()
            );
        }
    }
}
