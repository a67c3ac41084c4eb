//! Quote latency and throughput against the server's own trivial endpoint, in one run.
//!
//! Starts the real portal (release build, SQLite in a temporary folder, the shipped registry
//! and rules) on a free port, then fires the same number of requests with the same
//! concurrency at `GET /health` and at `POST /api/v1/quotes`, alternating the two a few
//! times so that both see the same machine, and prints requests per second, p50 and p99 of
//! each, and the ratios. The load generator runs in the same process as the server, so the
//! absolute numbers are low on a small machine; the ratio is the figure that matters.
//!
//! ```sh
//! cargo bench --bench quotes                        # 3 rounds of 2000 requests, 16 at a time
//! cargo bench --bench quotes -- --requests 5000 --concurrency 32 --rounds 5
//! ```

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use clap::Parser;
use crossclaim::cli::Cli;
use crossclaim::startup::Application;
use serde_json::{Value, json};

#[derive(Debug, Clone, Copy)]
struct Options {
    requests: usize,
    concurrency: usize,
    rounds: usize,
}

fn options() -> Options {
    let mut options = Options { requests: 2000, concurrency: 16, rounds: 3 };
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut i = 0;
    while i < args.len() {
        let value = args.get(i + 1).and_then(|v| v.parse::<usize>().ok()).filter(|v| *v > 0);
        match (args[i].as_str(), value) {
            ("--requests", Some(v)) => options.requests = v,
            ("--concurrency", Some(v)) => options.concurrency = v,
            ("--rounds", Some(v)) => options.rounds = v,
            // cargo bench passes --bench; anything else unknown is ignored
            _ => {
                i += 1;
                continue;
            }
        }
        i += 2;
    }
    options
}

#[derive(Clone)]
enum Target {
    Health,
    Quote(Value),
}

impl Target {
    fn name(&self) -> &'static str {
        match self {
            Self::Health => "GET /health",
            Self::Quote(_) => "POST /api/v1/quotes",
        }
    }

    async fn send(&self, client: &reqwest::Client, base: &str) -> Duration {
        let start = Instant::now();
        let response = match self {
            Self::Health => client.get(format!("{base}/health")).send().await,
            Self::Quote(body) => client.post(format!("{base}/api/v1/quotes")).json(body).send().await,
        }
        .expect("the portal answers");
        assert!(response.status().is_success(), "{} answered {}", self.name(), response.status());
        response.bytes().await.expect("a body");
        start.elapsed()
    }
}

/// `requests` requests, `concurrency` at a time; the latencies and the wall time.
async fn run(target: &Target, client: &reqwest::Client, base: &str, o: Options) -> (Vec<Duration>, Duration) {
    let next = Arc::new(AtomicUsize::new(0));
    let start = Instant::now();
    let workers: Vec<_> = (0..o.concurrency)
        .map(|_| {
            let (target, client, base, next) = (target.clone(), client.clone(), base.to_string(), next.clone());
            tokio::spawn(async move {
                let mut latencies = Vec::new();
                while next.fetch_add(1, Ordering::Relaxed) < o.requests {
                    latencies.push(target.send(&client, &base).await);
                }
                latencies
            })
        })
        .collect();
    let mut all = Vec::with_capacity(o.requests);
    for worker in workers {
        all.extend(worker.await.expect("a worker"));
    }
    (all, start.elapsed())
}

struct Summary {
    per_second: f64,
    p50: Duration,
    p99: Duration,
}

fn summarise(mut latencies: Vec<Duration>, wall: Duration) -> Summary {
    latencies.sort();
    let at = |q: f64| latencies[((latencies.len() as f64 * q).ceil() as usize).clamp(1, latencies.len()) - 1];
    Summary { per_second: latencies.len() as f64 / wall.as_secs_f64(), p50: at(0.50), p99: at(0.99) }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let o = options();
    let dir = std::env::temp_dir().join(format!("crossclaim-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let root = env!("CARGO_MANIFEST_DIR");
    let cli = Cli::try_parse_from([
        "crossclaim".to_string(),
        "--database-url".into(),
        format!("sqlite://{}/bench.db", dir.display()),
        "--listen".into(),
        "127.0.0.1:0".into(),
        "--data-dir".into(),
        dir.join("data").display().to_string(),
        "--partners-dir".into(),
        format!("{root}/partners"),
        "--rules-dir".into(),
        format!("{root}/rules"),
    ])?;
    let app = Application::build(cli.settings).await?;
    let base = format!("http://127.0.0.1:{}", app.port());
    tokio::spawn(app.run_until_stopped());
    let client = reqwest::Client::builder().pool_max_idle_per_host(o.concurrency).build()?;

    // A typical quote: an invoice overdue across a rate change, three partners priced,
    // compensation converted from SEK into the claim's euros.
    let today = chrono::Utc::now().date_naive();
    let due = today - chrono::Duration::days(200);
    let quote = Target::Quote(json!({
        "debtor": {"country": "SE"},
        "invoices": [{"number": "INV-1", "issue_date": (due - chrono::Duration::days(30)).to_string(),
                      "due_date": due.to_string(), "amount": {"amount": "12500.00", "currency": "EUR"}}],
        "disputed": false
    }));
    let health = Target::Health;
    let warm_up = Options { requests: 200, ..o };
    run(&health, &client, &base, warm_up).await;
    run(&quote, &client, &base, warm_up).await;

    println!(
        "{} rounds of {} requests per endpoint, {} at a time, server and load generator in one process",
        o.rounds, o.requests, o.concurrency
    );
    let (mut health_all, mut quote_all) = (Vec::new(), Vec::new());
    let (mut health_wall, mut quote_wall) = (Duration::ZERO, Duration::ZERO);
    for _ in 0..o.rounds {
        let (l, w) = run(&health, &client, &base, o).await;
        health_all.extend(l);
        health_wall += w;
        let (l, w) = run(&quote, &client, &base, o).await;
        quote_all.extend(l);
        quote_wall += w;
    }
    let h = summarise(health_all, health_wall);
    let q = summarise(quote_all, quote_wall);
    println!("{:<22} {:>10} {:>10} {:>10}", "endpoint", "req/s", "p50 ms", "p99 ms");
    for (name, s) in [(health.name(), &h), (quote.name(), &q)] {
        println!("{name:<22} {:>10.0} {:>10.3} {:>10.3}", s.per_second, ms(s.p50), ms(s.p99));
    }
    println!(
        "quote / health: throughput {:.2}x lower, p50 {:.2}x, p99 {:.2}x",
        h.per_second / q.per_second,
        ms(q.p50) / ms(h.p50),
        ms(q.p99) / ms(h.p99)
    );
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}
