//! Live streams (SSE) of a claim and of a creditor's claims, and the pages they update.

use std::time::Duration;

use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::{TestApp, claim_form, pairs, require_postgres, spawn_another_instance, spawn_app, spawn_app_with};
use crate::live_support::{Partner, Sse, earlier, event};

const WAIT: Duration = Duration::from_secs(5);

impl TestApp {
    fn api_stream(&self, key: &str, path: &str) -> reqwest::RequestBuilder {
        self.client.get(self.url(path)).bearer_auth(key)
    }

    /// Signs up in the portal and files a claim with the form; returns its id and partner.
    pub async fn portal_claim(&self, email: &str) -> (String, Partner) {
        self.sign_up("Nordic Tools AB", email).await;
        let page = self.submit("/claims/new", "/claims/new", &pairs(&claim_form("DE", "1200.00", "EUR"))).await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
        let id = page.location.unwrap().trim_start_matches("/claims/").to_string();
        let lookup = id.clone();
        let (partner, _) =
            self.state.db.run(move |c| crossclaim::db::events::case_of(c, &lookup)).await.unwrap().unwrap();
        (id, self.partner(&partner))
    }
}

#[tokio::test]
async fn the_stream_delivers_an_event_posted_after_it_opened() {
    let app = spawn_app().await;
    let (key, id, partner) = app.creditor_with_claim("ap@nordic.example").await;
    let mut stream = Sse::open(app.api_stream(&key, &format!("/api/v1/claims/{id}/stream"))).await;
    let mut body = event(&id, "contacting_debtor", earlier(1));
    body["collected"] = json!({"amount": "1300.00", "currency": "EUR"});
    let (status, answer) = app.post_event(&partner, "m1", &body).await;
    assert_eq!(status, StatusCode::OK);
    let frame = stream.next_event(WAIT).await.expect("the event arrives");
    assert_eq!(frame.id, answer["seq"].as_i64());
    assert_eq!(frame.event.as_deref(), Some("claim_event"));
    let data = frame.data.unwrap();
    assert_eq!(data["claim_id"], id.as_str());
    assert_eq!(data["status"], "contacting_debtor");
    assert_eq!(data["status_label"], "Contacting the debtor");
    assert_eq!(data["applied"], true);
    assert_eq!(data["seq"], answer["seq"]);
    assert_eq!(data["collected"], json!({"amount": "1300.00", "currency": "EUR"}));
    assert_eq!(data["collected_exceeds_principal"], true);
    // a late event is streamed too, marked as not applied
    app.post_event(&partner, "m0", &event(&id, "received", earlier(5))).await;
    let late = stream.next_event(WAIT).await.unwrap().data.unwrap();
    assert_eq!((late["status"].as_str(), late["applied"].as_bool()), (Some("received"), Some(false)));
    // a refused or replayed event is not
    app.post_event(&partner, "m2", &event(&id, "received", earlier(0))).await;
    app.post_event(&partner, "m1", &body).await;
    app.post_event(&partner, "m3", &event(&id, "paid", earlier(0))).await;
    let next = stream.next_event(WAIT).await.unwrap().data.unwrap();
    assert_eq!((next["status"].as_str(), next["terminal"].as_bool()), (Some("paid"), Some(true)));
}

#[tokio::test]
async fn a_reconnecting_stream_resumes_after_the_last_event_it_saw() {
    let app = spawn_app().await;
    let (key, id, partner) = app.creditor_with_claim("ap@nordic.example").await;
    let path = format!("/api/v1/claims/{id}/stream");
    let mut stream = Sse::open(app.api_stream(&key, &path)).await;
    app.post_event(&partner, "m1", &event(&id, "received", earlier(3))).await;
    let seen = stream.next_event(WAIT).await.unwrap().id.unwrap();
    drop(stream);
    // while disconnected, two more events happen
    app.post_event(&partner, "m2", &event(&id, "contacting_debtor", earlier(2))).await;
    app.post_event(&partner, "m3", &event(&id, "payment_plan", earlier(1))).await;
    let mut resumed = Sse::open(app.api_stream(&key, &path).header("Last-Event-ID", seen.to_string())).await;
    let first = resumed.next_event(WAIT).await.unwrap();
    let second = resumed.next_event(WAIT).await.unwrap();
    assert_eq!(first.data.unwrap()["status"], "contacting_debtor");
    assert_eq!(second.data.unwrap()["status"], "payment_plan");
    assert!(first.id.unwrap() > seen && second.id.unwrap() > first.id.unwrap());
    // then live ones
    app.post_event(&partner, "m4", &event(&id, "partially_paid", earlier(0))).await;
    assert_eq!(resumed.next_event(WAIT).await.unwrap().data.unwrap()["status"], "partially_paid");
    // ?after=0 replays the whole timeline, the filing included, in order
    let mut all = Sse::open(app.api_stream(&key, &format!("{path}?after=0"))).await;
    let mut statuses = Vec::new();
    while let Some(frame) = all.next_event(Duration::from_millis(500)).await {
        statuses.push(frame.data.unwrap()["status"].as_str().unwrap().to_string());
    }
    assert_eq!(statuses, ["submitted", "received", "contacting_debtor", "payment_plan", "partially_paid"]);
    // a resume point that is not a number is refused
    let response = app.api_stream(&key, &path).header("Last-Event-ID", "yesterday").send().await.unwrap();
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn only_the_claims_own_creditor_may_open_its_stream() {
    let app = spawn_app().await;
    let (key, id, _) = app.creditor_with_claim("ap@nordic.example").await;
    let other_key = app.api_creditor("someone@else.example").await;
    let path = format!("/api/v1/claims/{id}/stream");
    let response = app.api_stream(&other_key, &path).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    let response = app.client.get(app.url(&path)).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    let response = app.api_stream(&key, "/api/v1/claims/c_01NOSUCHCLAIM/stream").send().await.unwrap();
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    // the pages' streams: signed out, or signed in as someone else, it is not there either
    let page_path = format!("/claims/{id}/stream");
    assert_eq!(app.client.get(app.url(&page_path)).send().await.unwrap().status(), StatusCode::NOT_FOUND);
    assert_eq!(app.client.get(app.url("/claims/stream")).send().await.unwrap().status(), StatusCode::NOT_FOUND);
    app.sign_up("Other Company AB", "other@company.example").await;
    assert_eq!(app.client.get(app.url(&page_path)).send().await.unwrap().status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_creditors_stream_carries_the_events_of_its_claims_only() {
    let app = spawn_app().await;
    let (key, first, partner) = app.creditor_with_claim("ap@nordic.example").await;
    let (second, second_partner) = app.claim_for(&key).await;
    let (_, foreign, foreign_partner) = app.creditor_with_claim("someone@else.example").await;
    let mut stream = Sse::open(app.api_stream(&key, "/api/v1/claims/stream")).await;
    app.post_event(&foreign_partner, "f1", &event(&foreign, "received", earlier(1))).await;
    app.post_event(&partner, "a1", &event(&first, "received", earlier(1))).await;
    app.post_event(&second_partner, "b1", &event(&second, "disputed", earlier(1))).await;
    let a = stream.next_event(WAIT).await.unwrap().data.unwrap();
    let b = stream.next_event(WAIT).await.unwrap().data.unwrap();
    assert_eq!((a["claim_id"].as_str(), a["status"].as_str()), (Some(first.as_str()), Some("received")));
    assert_eq!((b["claim_id"].as_str(), b["status"].as_str()), (Some(second.as_str()), Some("disputed")));
    assert!(stream.next_event(Duration::from_millis(500)).await.is_none(), "nothing of another creditor");
}

#[tokio::test]
async fn an_idle_stream_sends_keep_alive_comments() {
    let app = spawn_app_with(&["--stream-keepalive", "1"]).await;
    let (key, id, _) = app.creditor_with_claim("ap@nordic.example").await;
    let mut stream = Sse::open(app.api_stream(&key, &format!("/api/v1/claims/{id}/stream"))).await;
    let frame = stream.next_frame(Duration::from_secs(3)).await.expect("a keep-alive");
    assert!(frame.data.is_none());
    assert_eq!(frame.comments, ["keep-alive"]);
}

#[tokio::test]
async fn a_thousand_streams_on_one_instance_each_get_the_event() {
    let app = spawn_app_with(&["--max-streams-per-creditor", "1000"]).await;
    let (key, id, partner) = app.creditor_with_claim("ap@nordic.example").await;
    let path = format!("/api/v1/claims/{id}/stream");
    // one client: each open stream holds a connection of its own, as a thousand browsers would
    let client = reqwest::Client::new();
    let streams =
        futures_util::future::join_all((0..1000).map(|_| Sse::open(client.get(app.url(&path)).bearer_auth(&key))))
            .await;
    assert_eq!(app.state.live.streams(), 1000);
    let (status, answer) = app.post_event(&partner, "m1", &event(&id, "contacting_debtor", earlier(0))).await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    let seq = answer["seq"].as_i64().expect("the event's sequence number");
    let received = futures_util::future::join_all(streams.into_iter().map(|mut s| async move {
        s.next_event(Duration::from_secs(20)).await.map(|f| (f.id, f.data.unwrap()["status"].clone()))
    }))
    .await;
    let got_it = received.iter().filter(|r| **r == Some((Some(seq), json!("contacting_debtor")))).count();
    assert_eq!(got_it, 1000, "every stream got event {seq}: {:?}", received.iter().find(|r| r.is_none()));
}

#[tokio::test]
async fn the_case_page_shows_the_live_status_and_the_whole_timeline_without_javascript() {
    let app = spawn_app().await;
    let (id, partner) = app.portal_claim("anna@nordictools.example").await;
    let page = app.get_page(&format!("/claims/{id}")).await;
    let stream_url = format!("/claims/{id}/stream?after=");
    assert!(page.body.contains(&stream_url), "the page names its stream");
    assert!(page.body.contains("/static/live.js"));
    // the page's own stream, with the session cookie
    let mut stream = Sse::open(app.client.get(app.url(&format!("/claims/{id}/stream")))).await;
    let mut list_stream = Sse::open(app.client.get(app.url("/claims/stream"))).await;
    let mut paid = event(&id, "partially_paid", earlier(2));
    paid["collected"] = json!({"amount": "1250.00", "currency": "EUR"});
    assert_eq!(app.post_event(&partner, "m1", &paid).await.0, StatusCode::OK);
    assert_eq!(app.post_event(&partner, "m0", &event(&id, "contacting_debtor", earlier(4))).await.0, StatusCode::OK);
    assert_eq!(stream.next_event(WAIT).await.unwrap().data.unwrap()["status"], "partially_paid");
    assert_eq!(list_stream.next_event(WAIT).await.unwrap().data.unwrap()["claim_id"], id.as_str());
    // on reload the page is complete: status, collected total flagged, the late event marked
    let page = app.get_page(&format!("/claims/{id}")).await;
    assert_eq!(page.text_of("claim-status").as_deref(), Some("Partially paid"));
    let collected = page.text_of("claim-collected").unwrap();
    assert!(collected.starts_with("1,250.00 EUR") && collected.contains("more than the principal"), "{collected}");
    let timeline = page.text_of("timeline").unwrap();
    assert!(timeline.contains("arrived late: kept, did not change the status"), "{timeline}");
    assert!(timeline.find("Contacting the debtor").unwrap() < timeline.find("Partially paid").unwrap(), "{timeline}");
    let list = app.get_page("/claims").await;
    assert!(list.body.contains("Partially paid"));
    assert!(list.body.contains("/claims/stream?after="));
    let script = app.client.get(app.url("/static/live.js")).send().await.unwrap();
    assert_eq!(script.status(), StatusCode::OK);
    assert!(script.text().await.unwrap().contains("EventSource"));
}

#[tokio::test]
#[ignore = "needs PostgreSQL: run with TEST_DATABASE_URL=postgres://... and --include-ignored"]
async fn an_event_posted_to_one_instance_reaches_a_stream_on_another() {
    require_postgres("two instances share a database only on PostgreSQL");
    let first = spawn_app().await;
    let second = spawn_another_instance(&first).await;
    assert_ne!(first.address, second.address);
    let (key, id, partner) = first.creditor_with_claim("ap@nordic.example").await;
    let mut on_second = Sse::open(second.api_stream(&key, &format!("/api/v1/claims/{id}/stream"))).await;
    let mut list_on_second = Sse::open(second.api_stream(&key, "/api/v1/claims/stream")).await;
    let started = std::time::Instant::now();
    let (status, answer) = first.post_event(&partner, "m1", &event(&id, "contacting_debtor", earlier(0))).await;
    assert_eq!(status, StatusCode::OK);
    let frame = on_second.next_event(Duration::from_secs(1)).await.expect("within a second");
    assert_eq!(frame.id, answer["seq"].as_i64());
    assert!(started.elapsed() < Duration::from_secs(1), "{:?}", started.elapsed());
    assert_eq!(list_on_second.next_event(Duration::from_secs(1)).await.unwrap().id, answer["seq"].as_i64());
    // and the other way round
    let mut on_first = Sse::open(first.api_stream(&key, &format!("/api/v1/claims/{id}/stream"))).await;
    second.post_event(&partner, "m2", &event(&id, "payment_plan", earlier(0))).await;
    assert_eq!(on_first.next_event(Duration::from_secs(1)).await.unwrap().data.unwrap()["status"], "payment_plan");
    assert_eq!(on_second.next_event(Duration::from_secs(1)).await.unwrap().data.unwrap()["status"], "payment_plan");
}

#[tokio::test]
#[ignore = "needs PostgreSQL: run with TEST_DATABASE_URL=postgres://... and --include-ignored"]
async fn streams_survive_the_loss_of_the_listening_connection() {
    require_postgres("the LISTEN connection exists only on PostgreSQL");
    let app = spawn_app().await;
    let (key, id, partner) = app.creditor_with_claim("ap@nordic.example").await;
    let mut stream = Sse::open(app.api_stream(&key, &format!("/api/v1/claims/{id}/stream"))).await;
    app.post_event(&partner, "m1", &event(&id, "received", earlier(3))).await;
    assert_eq!(stream.next_event(WAIT).await.unwrap().data.unwrap()["status"], "received");
    // cut the instance's listening connection, as a database restart or a network blip would
    let cut = app
        .state
        .db
        .run(|conn| {
            let sql = format!(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND application_name = '{}'",
                crossclaim::live::feed::LISTENER_NAME
            );
            Ok(crossclaim::with_conn!(conn, c => diesel::RunQueryDsl::execute(diesel::sql_query(&sql), c))?)
        })
        .await
        .unwrap();
    assert_eq!(cut, 1, "one listening connection");
    app.post_event(&partner, "m2", &event(&id, "contacting_debtor", earlier(2))).await;
    app.post_event(&partner, "m3", &event(&id, "payment_plan", earlier(1))).await;
    // whether their notifications were lost or not, the stream gets both, in order
    assert_eq!(stream.next_event(WAIT).await.unwrap().data.unwrap()["status"], "contacting_debtor");
    assert_eq!(stream.next_event(WAIT).await.unwrap().data.unwrap()["status"], "payment_plan");
}
