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
//! cargo bench --bench quotes -- --concurrency 1,8,64     # the cost curve: one table row per level
//! ```

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use clap::Parser;
use crossclaim::cli::Cli;
use crossclaim::startup::Application;
use crossclaim::web::api::quote_json;
use crossclaim::web::api::quotes::quote_for;
use serde_json::{Value, json};

#[derive(Debug, Clone, Copy)]
struct Options {
    requests: usize,
    concurrency: usize,
    rounds: usize,
}

/// The options, and every concurrency to measure at (`--concurrency 1,8,64`: the cost curve).
fn options() -> (Options, Vec<usize>) {
    let mut options = Options { requests: 2000, concurrency: 16, rounds: 3 };
    let mut levels = vec![16];
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut i = 0;
    while i < args.len() {
        let value = args.get(i + 1).and_then(|v| v.parse::<usize>().ok()).filter(|v| *v > 0);
        let list: Option<Vec<usize>> = args
            .get(i + 1)
            .and_then(|v| v.split(',').map(|n| n.trim().parse::<usize>().ok().filter(|n| *n > 0)).collect());
        match (args[i].as_str(), value) {
            ("--requests", Some(v)) => options.requests = v,
            ("--concurrency", _) if list.is_some() => levels = list.unwrap_or_default(),
            ("--rounds", Some(v)) => options.rounds = v,
            // cargo bench passes --bench; anything else unknown is ignored
            _ => {
                i += 1;
                continue;
            }
        }
        i += 2;
    }
    options.concurrency = levels[0];
    (options, levels)
}

#[derive(Clone)]
enum Target {
    Health,
    /// The body, and the query string (`?detail=summary` for the compact form).
    Quote(Value, &'static str),
}

impl Target {
    fn name(&self) -> &'static str {
        match self {
            Self::Health => "GET /health",
            Self::Quote(_, "") => "POST /api/v1/quotes",
            Self::Quote(..) => "  ?detail=summary",
        }
    }

    async fn send(&self, client: &reqwest::Client, base: &str) -> Duration {
        let start = Instant::now();
        let response = match self {
            Self::Health => client.get(format!("{base}/health")).send().await,
            Self::Quote(body, query) => client.post(format!("{base}/api/v1/quotes{query}")).json(body).send().await,
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

/// Where a quote's time goes inside the server, without HTTP: pricing, and writing its JSON
/// as the server does (and through serde, for comparison).
fn in_process(state: &crossclaim::state::AppState, body: &Value, n: usize) {
    let input: crossclaim::domain::quote::QuoteInput = serde_json::from_value(body.clone()).expect("a quote input");
    let bytes = serde_json::to_vec(body).expect("JSON");
    let time = |f: &mut dyn FnMut()| {
        let start = Instant::now();
        for _ in 0..n {
            f();
        }
        start.elapsed().as_secs_f64() * 1e6 / n as f64
    };
    let parse = time(&mut || {
        std::hint::black_box(serde_json::from_slice::<crossclaim::domain::quote::QuoteInput>(&bytes).expect("input"));
    });
    let price = time(&mut || {
        std::hint::black_box(quote_for(state, &input).expect("a quote"));
    });
    let quote = quote_for(state, &input).expect("a quote");
    let mut size = 0;
    let write = time(&mut || size = std::hint::black_box(quote_json::full(&quote)).len());
    let serde = time(&mut || {
        std::hint::black_box(serde_json::to_vec(&quote).expect("JSON"));
    });
    println!(
        "in process, per quote: reading the request {parse:.1} us, pricing {price:.1} us, writing {size} bytes of JSON {write:.1} us (through serde: {serde:.1} us)"
    );
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let (o, levels) = options();
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
    let state = app.state().clone();
    tokio::spawn(app.run_until_stopped());
    let client =
        reqwest::Client::builder().pool_max_idle_per_host(levels.iter().copied().max().unwrap_or(16)).build()?;

    // A typical quote: an invoice overdue across a rate change, three partners priced,
    // compensation converted from SEK into the claim's euros.
    let today = chrono::Utc::now().date_naive();
    let due = today - chrono::Duration::days(200);
    let body = json!({
        "debtor": {"country": "SE"},
        "invoices": [{"number": "INV-1", "issue_date": (due - chrono::Duration::days(30)).to_string(),
                      "due_date": due.to_string(), "amount": {"amount": "12500.00", "currency": "EUR"}}],
        "disputed": false
    });
    in_process(&state, &body, o.requests);
    let targets = [Target::Health, Target::Quote(body.clone(), ""), Target::Quote(body, "?detail=summary")];
    for target in &targets {
        run(target, &client, &base, Options { requests: 200, ..o }).await;
    }

    println!(
        "{} rounds of {} requests per endpoint, the endpoints in turn; server and load generator in one process",
        o.rounds, o.requests
    );
    println!(
        "{:<22} {:>5} {:>10} {:>10} {:>10} {:>12} {:>10} {:>10}",
        "endpoint", "conc.", "req/s", "p50 ms", "p99 ms", "throughput", "p50", "p99"
    );
    for concurrency in levels {
        let o = Options { concurrency, ..o };
        let mut all: Vec<(Vec<Duration>, Duration)> = vec![(Vec::new(), Duration::ZERO); targets.len()];
        for _ in 0..o.rounds {
            for (target, (latencies, wall)) in targets.iter().zip(all.iter_mut()) {
                let (l, w) = run(target, &client, &base, o).await;
                latencies.extend(l);
                *wall += w;
            }
        }
        let summaries: Vec<Summary> = all.into_iter().map(|(l, w)| summarise(l, w)).collect();
        let h = &summaries[0];
        for (target, s) in targets.iter().zip(&summaries) {
            println!(
                "{:<22} {concurrency:>5} {:>10.0} {:>10.3} {:>10.3} {:>11.2}x {:>9.2}x {:>9.2}x",
                target.name(),
                s.per_second,
                ms(s.p50),
                ms(s.p99),
                h.per_second / s.per_second,
                ms(s.p50) / ms(h.p50),
                ms(s.p99) / ms(h.p99)
            );
        }
    }
    println!("(the last three columns: the cost against GET /health in the same run, 1.00x = the same)");
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}
