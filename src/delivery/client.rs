//! The platform's side of the partner protocol over HTTP: one narrow client whose errors say
//! whether to try again.

use std::time::Duration;

use reqwest::StatusCode;
use serde::Deserialize;
use serde_json::Value;

use crate::domain::partner::Partner;
use crate::secrets::PartnerCredentials;
use crate::webhooks::{HEADER_ID, HEADER_SIGNATURE, HEADER_TIMESTAMP, sign};

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SendError {
    /// `422`: the partner refuses; final for this partner.
    #[error("declined: {0}")]
    Declined(String),
    /// Anything else: timeouts, refused connections, 5xx, answers we cannot read.
    #[error("{0}")]
    Retry(String),
}

/// The most of a partner's answer that is read: answers are small JSON objects; a larger one
/// fails the attempt instead of filling the platform's memory.
pub const ANSWER_LIMIT: usize = 16 * 1024;

/// Partners are called with redirects off (a redirect fails the attempt, so a partner cannot
/// send the case document elsewhere) and, unless they are sandbox partners or the
/// development setting allows it, through a resolver that connects to public addresses only.
#[derive(Clone)]
pub struct PartnerClient {
    public: reqwest::Client,
    local: reqwest::Client,
    allow_private: bool,
}

#[derive(Deserialize)]
struct Accepted {
    partner_reference: String,
}

#[derive(Deserialize)]
struct Refusal {
    error: String,
}

/// Partner-supplied text shown to people and logs: bounded.
fn bounded(text: &str) -> String {
    text.chars().filter(|c| !c.is_control()).take(500).collect()
}

impl PartnerClient {
    pub fn new(connect_timeout: Duration, timeout: Duration, allow_private: bool) -> anyhow::Result<Self> {
        let builder = || {
            reqwest::Client::builder()
                .connect_timeout(connect_timeout)
                .timeout(timeout)
                .redirect(reqwest::redirect::Policy::none())
                .user_agent(concat!("crossclaim/", env!("CARGO_PKG_VERSION")))
        };
        // No proxy for real partners: through one, the resolver would check the proxy's name
        // instead of the partner's.
        let public =
            builder().no_proxy().dns_resolver(std::sync::Arc::new(crate::security::net::PublicOnly)).build()?;
        Ok(Self { public, local: builder().build()?, allow_private })
    }

    async fn post(
        &self,
        partner: &Partner,
        url: String,
        credentials: &PartnerCredentials,
        message_id: &str,
        body: Vec<u8>,
    ) -> Result<(StatusCode, Vec<u8>), SendError> {
        self.call(reqwest::Method::POST, partner, url, credentials, message_id, body).await
    }

    async fn call(
        &self,
        method: reqwest::Method,
        partner: &Partner,
        url: String,
        credentials: &PartnerCredentials,
        message_id: &str,
        body: Vec<u8>,
    ) -> Result<(StatusCode, Vec<u8>), SendError> {
        let timestamp = chrono::Utc::now().timestamp();
        let signature = sign(&credentials.outbound, message_id, timestamp, &body);
        let http = if partner.sandbox || self.allow_private { &self.local } else { &self.public };
        let mut request = http
            .request(method.clone(), url)
            .bearer_auth(&credentials.token)
            .header(HEADER_ID, message_id)
            .header(HEADER_TIMESTAMP, timestamp.to_string())
            .header(HEADER_SIGNATURE, signature);
        if method == reqwest::Method::POST {
            request = request.header("content-type", "application/json").body(body);
        }
        let mut response = request.send().await.map_err(|e| SendError::Retry(describe(&e)))?;
        let status = response.status();
        if status.is_redirection() {
            return Err(SendError::Retry(format!("HTTP {status}: the partner redirected; redirects are not followed")));
        }
        let too_large =
            || SendError::Retry(format!("HTTP {status} with an answer larger than {} KiB", ANSWER_LIMIT / 1024));
        if response.content_length().is_some_and(|len| len > ANSWER_LIMIT as u64) {
            return Err(too_large());
        }
        let mut body = Vec::new();
        while let Some(chunk) = response.chunk().await.map_err(|e| SendError::Retry(describe(&e)))? {
            if body.len() + chunk.len() > ANSWER_LIMIT {
                return Err(too_large());
            }
            body.extend_from_slice(&chunk);
        }
        Ok((status, body))
    }

    /// `POST {api_base}/cases`: hands a case over; returns the partner's reference.
    /// The message id stays the same across retries, and the partner deduplicates by `case_id`.
    pub async fn hand_over(
        &self,
        partner: &Partner,
        credentials: &PartnerCredentials,
        message_id: &str,
        case: &Value,
    ) -> Result<String, SendError> {
        let url = format!("{}/cases", base_url(partner)?);
        let body = serde_json::to_vec(case).map_err(|e| SendError::Retry(e.to_string()))?;
        let (status, body) = self.post(partner, url, credentials, message_id, body).await?;
        match status {
            StatusCode::OK | StatusCode::CREATED => {
                let accepted: Accepted = serde_json::from_slice(&body)
                    .map_err(|_| SendError::Retry(format!("HTTP {status} without a partner_reference")))?;
                let reference = accepted.partner_reference;
                let usable = !reference.is_empty()
                    && reference.len() <= 100
                    && reference.chars().all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c));
                if usable {
                    Ok(reference)
                } else {
                    Err(SendError::Retry(format!("unusable partner_reference {:?}", bounded(&reference))))
                }
            }
            StatusCode::UNPROCESSABLE_ENTITY => Err(SendError::Declined(refusal(&body))),
            other => Err(SendError::Retry(format!("HTTP {other}"))),
        }
    }

    /// `POST {api_base}/cases/{reference}/withdraw`: the creditor stopped the case.
    pub async fn withdraw(
        &self,
        partner: &Partner,
        credentials: &PartnerCredentials,
        message_id: &str,
        reference: &str,
    ) -> Result<(), SendError> {
        let url = format!("{}/cases/{reference}/withdraw", base_url(partner)?);
        let (status, body) = self.post(partner, url, credentials, message_id, b"{}".to_vec()).await?;
        match status {
            s if s.is_success() => Ok(()),
            StatusCode::UNPROCESSABLE_ENTITY => Err(SendError::Declined(refusal(&body))),
            other => Err(SendError::Retry(format!("HTTP {other}"))),
        }
    }
}

impl PartnerClient {
    /// `POST {api_base}/cases/{reference}/{what}` (`messages`, `documents`, `payments`):
    /// protocol v1.1's deliveries after the hand-over. `200` or `201` is done.
    pub async fn post_case_item(
        &self,
        partner: &Partner,
        credentials: &PartnerCredentials,
        message_id: &str,
        reference: &str,
        what: &str,
        payload: &str,
    ) -> Result<(), SendError> {
        let url = format!("{}/cases/{reference}/{what}", base_url(partner)?);
        let (status, body) = self.post(partner, url, credentials, message_id, payload.as_bytes().to_vec()).await?;
        match status {
            s if s.is_success() => Ok(()),
            StatusCode::UNPROCESSABLE_ENTITY => Err(SendError::Declined(refusal(&body))),
            other => Err(SendError::Retry(format!("HTTP {other}"))),
        }
    }

    /// `GET {api_base}/cases/{reference}`: the partner's view of the case, to reconcile.
    pub async fn case_state(
        &self,
        partner: &Partner,
        credentials: &PartnerCredentials,
        message_id: &str,
        reference: &str,
    ) -> Result<Value, SendError> {
        let url = format!("{}/cases/{reference}", base_url(partner)?);
        let (status, body) = self.call(reqwest::Method::GET, partner, url, credentials, message_id, Vec::new()).await?;
        match status {
            StatusCode::OK => serde_json::from_slice::<Value>(&body)
                .ok()
                .filter(Value::is_object)
                .ok_or_else(|| SendError::Retry("HTTP 200 without a JSON object".into())),
            StatusCode::NOT_FOUND => Err(SendError::Declined("the partner does not know the case".into())),
            other => Err(SendError::Retry(format!("HTTP {other}"))),
        }
    }
}

fn refusal(body: &[u8]) -> String {
    serde_json::from_slice::<Refusal>(body)
        .map(|r| bounded(&r.error))
        .unwrap_or_else(|_| "the partner declined the case without giving a reason".into())
}

fn describe(e: &reqwest::Error) -> String {
    if e.is_timeout() {
        "timed out".into()
    } else if e.is_connect() {
        "could not connect".into()
    } else {
        format!("request failed: {}", bounded(&e.to_string()))
    }
}

/// The partner's server, without the trailing slash; a partner working only in the portal
/// has none, and nothing is ever sent to it.
fn base_url(partner: &Partner) -> Result<&str, SendError> {
    match &partner.api {
        Some(api) => Ok(api.base_url.as_str().trim_end_matches('/')),
        None => Err(SendError::Declined(format!("{} works in the partner portal and has no API", partner.name))),
    }
}
