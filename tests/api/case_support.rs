//! What the tests of the case after hand-over (protocol v1.1) share: typed partner events,
//! money in minor units, the test clock, the case's thread as its stream replays it, and the
//! embedded sandbox partner's `_admin` endpoints.

use std::time::Duration;

use chrono::Utc;
use crossclaim::db::deliveries::{self, DeliveryRow};
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{TestApp, days_ago, json_of};
use crate::live_support::{Partner, Sse};
use crate::processes::wait_for;

/// How long an asynchronous effect (a delivery, an e-mail) may take before a test fails.
pub const PATIENCE: Duration = Duration::from_secs(20);

/// A claim against a German debtor whose invoice is long overdue: its quote finds late
/// interest and the EUR 40 compensation claimable on top of the principal.
pub fn overdue_claim_body() -> Value {
    let mut body = crate::helpers::claim_body("DE", "1200.00", "EUR");
    body["invoices"][0]["issue_date"] = json!(days_ago(430));
    body["invoices"][0]["due_date"] = json!(days_ago(400));
    body["history"]["reminders_sent"] = json!([days_ago(380), days_ago(360)]);
    body
}

/// An amount in euros: `eur(1250)` is `{"amount": "12.50", "currency": "EUR"}`.
pub fn eur(cents: i64) -> Value {
    let sign = if cents < 0 { "-" } else { "" };
    let cents = cents.abs();
    json!({"amount": format!("{sign}{}.{:02}", cents / 100, cents % 100), "currency": "EUR"})
}

/// The minor units of a money value of the API (two decimals: the tests use euros).
#[track_caller]
pub fn cents(money: &Value) -> i64 {
    let amount = money["amount"].as_str().unwrap_or_else(|| panic!("not money: {money}"));
    decimal_cents(amount)
}

/// `"12.50"` -> 1250, `"-3.00"` -> -300.
#[track_caller]
pub fn decimal_cents(amount: &str) -> i64 {
    let (negative, digits) = match amount.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, amount),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or_else(|| panic!("two decimals expected: {amount}"));
    assert_eq!(fraction.len(), 2, "two decimals expected: {amount}");
    let value = whole.parse::<i64>().unwrap() * 100 + fraction.parse::<i64>().unwrap();
    if negative { -value } else { value }
}

/// A typed event of protocol v1.1 about `case_id`, as the partner sends it.
pub fn typed_event(case_id: &str, reference: &str, kind: &str, fields: Value) -> Value {
    let mut body = json!({
        "type": kind,
        "case_id": case_id,
        "partner_reference": reference,
        "occurred_at": Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
    });
    for (k, v) in fields.as_object().expect("fields are an object") {
        body[k] = v.clone();
    }
    body
}

/// A payment event: `cents` euros received today, paid to the partner.
pub fn payment(case_id: &str, reference: &str, id: &str, cents: i64) -> Value {
    typed_event(
        case_id,
        reference,
        "payment",
        json!({"payment": {"id": id, "amount": eur(cents), "received_on": Utc::now().date_naive().to_string(), "paid_to": "partner"}}),
    )
}

/// The reference a partner's events about `claim` must name: the partner's own once it
/// accepted the case, anything before.
pub fn reference_of(claim: &Value) -> String {
    claim["partner_reference"].as_str().unwrap_or("AG-1").to_string()
}

impl TestApp {
    /// Posts a partner's event and asserts `200`; returns the answer.
    pub async fn event_ok(&self, partner: &Partner, webhook_id: &str, body: &Value) -> Value {
        let (status, answer) = self.post_event(partner, webhook_id, body).await;
        assert_eq!(status, StatusCode::OK, "{body} -> {answer}");
        answer
    }

    /// Posts a partner's event that must be refused with 422 naming `field`; returns the answer.
    pub async fn event_refused(&self, partner: &Partner, webhook_id: &str, body: &Value, field: &str) -> Value {
        let (status, answer) = self.post_event(partner, webhook_id, body).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body} -> {answer}");
        assert_eq!(answer["field"], field, "{answer}");
        answer
    }

    /// `POST /operator/clock` with the operator token as a bearer.
    pub async fn move_clock(&self, token: &str, body: &Value) -> (StatusCode, Value) {
        let response = self
            .client
            .post(self.url("/operator/clock"))
            .bearer_auth(token)
            .json(body)
            .send()
            .await
            .expect("POST /operator/clock");
        let status = response.status();
        let text = response.text().await.unwrap();
        (status, serde_json::from_str(&text).unwrap_or(Value::String(text)))
    }

    /// Moves the test clock `days` forward, running what falls due on each day.
    pub async fn advance_days(&self, days: i64) -> Value {
        let token = self.state.operator_token.to_string();
        let (status, answer) = self.move_clock(&token, &json!({ "advance_days": days })).await;
        assert_eq!(status, StatusCode::OK, "{answer}");
        answer
    }

    /// Every entry of the case's thread (status changes, messages, payments, notices ...),
    /// as the claim's stream replays them from the start.
    pub async fn thread(&self, key: &str, id: &str) -> Vec<Value> {
        let mut stream =
            Sse::open(self.client.get(self.url(&format!("/api/v1/claims/{id}/stream?after=0"))).bearer_auth(key)).await;
        let mut entries = Vec::new();
        while let Some(frame) = stream.next_entry(Duration::from_millis(500)).await {
            entries.push(frame.data.expect("an entry has data"));
        }
        entries
    }

    /// The claim's deliveries to its partner and e-mails, oldest first.
    pub async fn deliveries_of(&self, id: &str) -> Vec<DeliveryRow> {
        let id = id.to_string();
        self.state.db.run(move |conn| deliveries::of_claim(conn, &id)).await.unwrap()
    }

    /// Waits until the claim has a delivery of `kind` in `state`; returns it.
    pub async fn wait_delivery(&self, id: &str, kind: &str, state: &str) -> DeliveryRow {
        wait_for(&format!("a {kind} delivery of {id} to be {state}"), PATIENCE, || async {
            self.deliveries_of(id).await.into_iter().find(|d| d.kind == kind && d.state == state)
        })
        .await
    }

    /// Accepts the new quote waiting on a declined case, as its creditor; returns the claim.
    pub async fn accept_proposal(&self, key: &str, id: &str) -> Value {
        let claim = wait_for(&format!("a new quote for {id}"), PATIENCE, || async {
            let claim = self.claim(key, id).await;
            claim["proposal"]["partner"]["id"].is_string().then_some(claim)
        })
        .await;
        let accept = json!({ "partner_id": claim["proposal"]["partner"]["id"] });
        let (status, claim) = self.post_json(key, &format!("/api/v1/claims/{id}/proposal/accept"), &accept).await;
        assert_eq!(status, StatusCode::OK, "{claim}");
        claim
    }

    /// Waits until the claim's status is `status`; returns the claim.
    pub async fn wait_status(&self, key: &str, id: &str, status: &str) -> Value {
        wait_for(&format!("claim {id} to be {status}"), PATIENCE, || async {
            let claim = self.claim(key, id).await;
            (claim["status"] == status).then_some(claim)
        })
        .await
    }

    /// `GET` from the embedded sandbox partner's `_admin` endpoints.
    pub async fn sandbox_cases(&self) -> Value {
        let token = crossclaim::sandbox::admin_token(&self.sandbox_secret);
        let response =
            self.client.get(self.url("/sandbox/_admin/cases")).bearer_auth(token).send().await.expect("sandbox");
        let (status, body) = json_of(response).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        body
    }

    /// The embedded sandbox's record of one case.
    pub async fn sandbox_case(&self, case_id: &str) -> Value {
        let cases = self.sandbox_cases().await;
        cases["cases"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["case_id"] == case_id)
            .cloned()
            .unwrap_or_else(|| panic!("the sandbox holds no case {case_id}: {cases}"))
    }

    /// `POST` to the embedded sandbox's `_admin` endpoints (`behaviour`).
    pub async fn sandbox_admin(&self, path: &str, body: &Value) -> Value {
        let token = crossclaim::sandbox::admin_token(&self.sandbox_secret);
        let response = self
            .client
            .post(self.url(&format!("/sandbox/_admin/{path}")))
            .bearer_auth(token)
            .json(body)
            .send()
            .await
            .expect("sandbox admin");
        let (status, answer) = json_of(response).await;
        assert_eq!(status, StatusCode::OK, "{answer}");
        answer
    }
}

/// Settings for a portal whose dispatcher hands cases to the embedded sandbox partner, which
/// accepts them but does not drive them by itself (its steps are ten minutes apart).
pub const WITH_SANDBOX: [&str; 12] = [
    "--dispatcher",
    "true",
    "--sandbox-step-ms",
    "600000",
    "--delivery-retry-base-ms",
    "100",
    "--delivery-poll-ms",
    "200",
    "--delivery-timeout-ms",
    "2000",
    "--delivery-lease-ms",
    "4000",
];
