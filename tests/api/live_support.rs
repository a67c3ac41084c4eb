//! Talking to the portal as a partner does (signed events) and as a stream reader does (SSE).

use std::time::Duration;

use chrono::{DateTime, Utc};
use crossclaim::secrets::sandbox_credentials;
use crossclaim::webhooks::{Secret, sign};
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{TestApp, claim_body, id_of, json_of};

/// A partner with the credentials the sandbox service derives for it.
pub struct Partner {
    pub id: String,
    pub secret: Secret,
}

impl TestApp {
    pub fn partner(&self, id: &str) -> Partner {
        Partner { id: id.to_string(), secret: sandbox_credentials(id, &self.sandbox_secret).inbound[0].clone() }
    }

    /// A partner other than `id`.
    pub fn other_partner(&self, id: &str) -> Partner {
        let other = self.state.registry.all().iter().find(|p| p.id.as_str() != id).expect("another partner");
        self.partner(other.id.as_str())
    }

    /// A new API creditor with one claim; returns (API key, claim id, the claim's partner).
    pub async fn creditor_with_claim(&self, email: &str) -> (String, String, Partner) {
        let key = self.api_creditor(email).await;
        let (id, partner) = self.claim_for(&key).await;
        (key, id, partner)
    }

    pub async fn claim_for(&self, key: &str) -> (String, Partner) {
        let claim = self.file_claim(key, &claim_body("DE", "1200.00", "EUR")).await;
        (id_of(&claim), self.partner(claim["partner"]["id"].as_str().unwrap()))
    }

    /// Posts `body` to the partner's events endpoint, signed now with the partner's secret.
    pub async fn post_event(&self, partner: &Partner, webhook_id: &str, body: &Value) -> (StatusCode, Value) {
        let body = serde_json::to_vec(body).unwrap();
        let now = Utc::now().timestamp();
        let signature = sign(&partner.secret, webhook_id, now, &body);
        let headers = [
            ("webhook-id", webhook_id.to_string()),
            ("webhook-timestamp", now.to_string()),
            ("webhook-signature", signature),
        ];
        self.post_event_raw(&partner.id, &headers, body).await
    }

    pub async fn post_event_raw(
        &self,
        partner_id: &str,
        headers: &[(&str, String)],
        body: Vec<u8>,
    ) -> (StatusCode, Value) {
        let mut request = self
            .client
            .post(self.url(&format!("/api/v1/partners/{partner_id}/events")))
            .header("content-type", "application/json")
            .body(body);
        for (name, value) in headers {
            request = request.header(*name, value);
        }
        json_of(request.send().await.expect("POST event")).await
    }

    /// The claim as the API shows it.
    pub async fn claim(&self, key: &str, id: &str) -> Value {
        let (status, claim) = self.get_json(key, &format!("/api/v1/claims/{id}")).await;
        assert_eq!(status, StatusCode::OK);
        claim
    }
}

/// An event body as the partner protocol writes it.
pub fn event(case_id: &str, status: &str, occurred_at: DateTime<Utc>) -> Value {
    json!({
        "case_id": case_id,
        "partner_reference": "AG-1",
        "status": status,
        "occurred_at": occurred_at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        "message": format!("now {status}"),
    })
}

/// An `occurred_at` for ordering events in a test: `earlier(0)` is the newest, `earlier(1)` ten
/// seconds before it, and so on. `earlier(0)` lies two minutes ahead of now (within the
/// tolerated clock skew), so that a few steps back are still after the claim was filed.
pub fn earlier(steps: i64) -> DateTime<Utc> {
    Utc::now() + chrono::Duration::seconds(120 - 10 * steps)
}

/// One frame of a stream: an event (with `id`, `event`, `data`) or only comments.
#[derive(Debug, Default)]
pub struct Frame {
    pub id: Option<i64>,
    pub event: Option<String>,
    pub data: Option<Value>,
    /// The reconnection delay the stream asks for, in milliseconds.
    pub retry: Option<u64>,
    pub comments: Vec<String>,
}

/// A reader of a `text/event-stream` response.
pub struct Sse {
    response: reqwest::Response,
    buffer: String,
}

impl Sse {
    /// Opens a stream; panics unless it answers 200 with `text/event-stream` and opens with
    /// `retry: 2000` and a comment.
    pub async fn open(request: reqwest::RequestBuilder) -> Sse {
        let response = request.send().await.expect("open stream");
        assert_eq!(response.status(), StatusCode::OK, "stream refused");
        let content_type =
            response.headers().get("content-type").and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
        assert!(content_type.starts_with("text/event-stream"), "{content_type}");
        let mut sse = Sse { response, buffer: String::new() };
        // the stream announces itself first: from here on it hears every event
        let first = sse.next_frame(Duration::from_secs(5)).await.expect("the opening frame");
        assert!(first.comments.iter().any(|c| c.contains("stream open")), "{first:?}");
        assert_eq!(first.retry, Some(2000), "browsers wait 2 s before reconnecting: {first:?}");
        sse
    }

    /// The next frame, or `None` when none came in `wait`.
    pub async fn next_frame(&mut self, wait: Duration) -> Option<Frame> {
        let deadline = tokio::time::Instant::now() + wait;
        loop {
            if let Some(end) = self.buffer.find("\n\n") {
                let text: String = self.buffer.drain(..end + 2).collect();
                let mut frame = Frame::default();
                for line in text.lines() {
                    if let Some(c) = line.strip_prefix(':') {
                        frame.comments.push(c.trim().to_string());
                    } else if let Some(id) = line.strip_prefix("id: ") {
                        frame.id = Some(id.parse().expect("numeric id"));
                    } else if let Some(e) = line.strip_prefix("event: ") {
                        frame.event = Some(e.to_string());
                    } else if let Some(r) = line.strip_prefix("retry: ") {
                        frame.retry = Some(r.parse().expect("numeric retry"));
                    } else if let Some(d) = line.strip_prefix("data: ") {
                        frame.data = Some(serde_json::from_str(d).expect("JSON data"));
                    }
                }
                return Some(frame);
            }
            let chunk = tokio::time::timeout_at(deadline, self.response.chunk()).await.ok()?.expect("stream read")?;
            self.buffer.push_str(std::str::from_utf8(&chunk).expect("UTF-8"));
        }
    }

    /// Whether the server ends the stream within `wait` (frames before the end are skipped).
    pub async fn closed_within(&mut self, wait: Duration) -> bool {
        let deadline = tokio::time::Instant::now() + wait;
        loop {
            match tokio::time::timeout_at(deadline, self.response.chunk()).await {
                Err(_) => return false,
                Ok(Ok(None) | Err(_)) => return true,
                Ok(Ok(Some(_))) => {}
            }
        }
    }

    /// The next status change (`claim_event`; frames of comments only and the thread's other
    /// entries are skipped), or `None` when none came in `wait`.
    pub async fn next_event(&mut self, wait: Duration) -> Option<Frame> {
        let deadline = tokio::time::Instant::now() + wait;
        loop {
            let left = deadline.saturating_duration_since(tokio::time::Instant::now());
            let frame = self.next_frame(left).await?;
            if frame.data.is_some() && frame.event.as_deref() != Some("case_entry") {
                return Some(frame);
            }
        }
    }

    /// The next entry of any kind (status changes, messages, payments ...).
    #[allow(dead_code)]
    pub async fn next_entry(&mut self, wait: Duration) -> Option<Frame> {
        let deadline = tokio::time::Instant::now() + wait;
        loop {
            let left = deadline.saturating_duration_since(tokio::time::Instant::now());
            let frame = self.next_frame(left).await?;
            if frame.data.is_some() {
                return Some(frame);
            }
        }
    }
}
