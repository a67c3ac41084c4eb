//! Messages to creditors' own systems (webhooks): the dispatcher's part. Each attempt checks
//! the endpoint's address again (a host name may have come to resolve to an address of our
//! own network since it was registered), connects to exactly the addresses it checked,
//! follows no redirect, signs the stored body with the Standard Webhooks scheme
//! (`crate::webhooks`) under the endpoint's secret (and, for 24 hours after a rotation, the
//! previous one too), and notes the attempt in the endpoint's log.

use std::net::{IpAddr, SocketAddr};
use std::time::{Duration, Instant};

use crate::db::deliveries::DeliveryRow;
use crate::db::new_id;
use crate::db::webhooks::{self, AttemptRow};
use crate::security::net::is_private;
use crate::state::AppState;
use crate::webhooks::{HEADER_ID, HEADER_SIGNATURE, HEADER_TIMESTAMP, Secret, sign};

/// The waits after each failed attempt: 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h (31.6 hours
/// in all, on the application's clock); the attempt after the last wait is the last one.
pub const BACKOFF_SECONDS: [i64; 7] = [5, 300, 1_800, 7_200, 18_000, 36_000, 50_400];

/// How long the previous secret stays valid after a rotation.
pub const ROTATION_OVERLAP_SECONDS: i64 = 24 * 60 * 60;

/// Why an endpoint's URL is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UrlRefusal {
    Invalid,
    NotHttps,
    /// `ALLOW_HTTP_WEBHOOKS` lets http through for localhost and 127.0.0.1 only.
    HttpOnlyLocal,
    Credentials,
    /// The host is, or resolves to, an address that is not public.
    Private {
        host: String,
        address: String,
    },
    NotFound {
        host: String,
    },
}

impl UrlRefusal {
    /// In plain English (the API's language).
    pub fn english(&self) -> String {
        match self {
            Self::Invalid => "is not a valid URL; give one such as https://erp.example.com/webhooks".into(),
            Self::NotHttps => "must start with https://".into(),
            Self::HttpOnlyLocal => {
                "must start with https:// (plain http is allowed only for localhost and 127.0.0.1 during development)"
                    .into()
            }
            Self::Credentials => "must not carry a user name or password".into(),
            Self::Private { host, address } if host == address => {
                format!("{host} is a private, loopback or link-local address; give a public one")
            }
            Self::Private { host, address } => {
                format!("{host} resolves to {address}, a private, loopback or link-local address; give a public one")
            }
            Self::NotFound { host } => format!("the host name {host} does not resolve to any address"),
        }
    }

    /// The page's message key and its one argument (`host`), if any.
    pub fn key(&self) -> (&'static str, Option<(&'static str, String)>) {
        match self {
            Self::Invalid => ("webhooks-error-url-invalid", None),
            Self::NotHttps => ("webhooks-error-url-https", None),
            Self::HttpOnlyLocal => ("webhooks-error-url-http-local", None),
            Self::Credentials => ("webhooks-error-url-credentials", None),
            Self::Private { host, .. } => ("webhooks-error-url-private", Some(("host", host.clone()))),
            Self::NotFound { host } => ("webhooks-error-url-not-found", Some(("host", host.clone()))),
        }
    }
}

/// A URL that passed the checks, with the addresses to connect to (`None`: the host is an
/// address itself).
#[derive(Debug, Clone)]
pub struct Target {
    pub url: url::Url,
    pub host: String,
    pub addresses: Option<Vec<SocketAddr>>,
}

/// Checks an endpoint's URL: https (http only to localhost or 127.0.0.1 with
/// `allow_http`), no credentials, and a host that is, or resolves only to, public addresses.
pub async fn check_url(text: &str, allow_http: bool) -> Result<Target, UrlRefusal> {
    let url = url::Url::parse(text.trim()).map_err(|_| UrlRefusal::Invalid)?;
    let host = match url.host() {
        Some(url::Host::Domain(name)) => name.trim_end_matches('.').to_ascii_lowercase(),
        Some(url::Host::Ipv4(ip)) => ip.to_string(),
        Some(url::Host::Ipv6(ip)) => ip.to_string(),
        None => return Err(UrlRefusal::Invalid),
    };
    let development = allow_http && url.scheme() == "http" && (host == "localhost" || host == "127.0.0.1");
    match url.scheme() {
        "https" => {}
        "http" if development => {}
        "http" if allow_http => return Err(UrlRefusal::HttpOnlyLocal),
        "http" => return Err(UrlRefusal::NotHttps),
        _ => return Err(UrlRefusal::Invalid),
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(UrlRefusal::Credentials);
    }
    let port = url.port_or_known_default().ok_or(UrlRefusal::Invalid)?;
    let literal = match url.host() {
        Some(url::Host::Ipv4(ip)) => Some(IpAddr::V4(ip)),
        Some(url::Host::Ipv6(ip)) => Some(IpAddr::V6(ip)),
        _ => None,
    };
    if let Some(ip) = literal {
        if is_private(ip) && !development {
            return Err(UrlRefusal::Private { host: host.clone(), address: host });
        }
        return Ok(Target { url, host, addresses: None });
    }
    let found: Vec<SocketAddr> = match tokio::net::lookup_host((host.as_str(), port)).await {
        Ok(found) => found.collect(),
        Err(_) => Vec::new(),
    };
    if found.is_empty() {
        return Err(UrlRefusal::NotFound { host });
    }
    if !development {
        if let Some(private) = found.iter().find(|a| is_private(a.ip())) {
            return Err(UrlRefusal::Private { host, address: private.ip().to_string() });
        }
    }
    Ok(Target { url, host, addresses: Some(found) })
}

/// What became of one attempt.
#[derive(Debug)]
pub enum Outcome {
    Delivered,
    /// Worth trying again later (no answer, a non-2xx answer, a refused address).
    Retry(String),
    /// Nothing more to do: the endpoint is gone, or the message cannot be read.
    Cancelled(String),
    /// Trying again would not help (the secret cannot be opened).
    Failed(String),
}

/// The `webhook-signature` header: one `v1,` signature per valid secret, newest first.
pub fn signature(secrets: &[Secret], id: &str, timestamp: i64, body: &[u8]) -> String {
    secrets.iter().map(|s| sign(s, id, timestamp, body)).collect::<Vec<_>>().join(" ")
}

/// Sends a webhook delivery once and logs the attempt.
pub async fn attempt(
    state: &AppState,
    delivery: &DeliveryRow,
    connect_timeout: Duration,
    timeout: Duration,
) -> anyhow::Result<Outcome> {
    let (endpoint_id, message_id) = (delivery.partner_id.clone(), delivery.payload.clone().unwrap_or_default());
    let (endpoint, message) = state
        .db
        .run(move |c| {
            Ok::<_, crate::db::DbError>((webhooks::get(c, &endpoint_id)?, webhooks::message(c, &message_id)?))
        })
        .await?;
    let Some(endpoint) = endpoint.filter(|e| e.deleted_at.is_none()) else {
        return Ok(Outcome::Cancelled("the endpoint was deleted".into()));
    };
    let Some(message) = message else { return Ok(Outcome::Cancelled("the message is missing".into())) };
    let now = state.now();
    let mut sealed = vec![endpoint.secret.as_str()];
    if let (Some(previous), Some(until)) = (&endpoint.previous_secret, endpoint.previous_until) {
        if until > now {
            sealed.push(previous);
        }
    }
    let secrets: Result<Vec<Secret>, _> = sealed.into_iter().map(|s| state.webhook_secrets.open(s)).collect();
    let secrets = match secrets {
        Ok(secrets) => secrets,
        // trying again would not help: an operator must look (SESSION_KEY changed?)
        Err(e) => return Ok(Outcome::Failed(format!("{e}; rotate the endpoint's secret"))),
    };
    let started = Instant::now();
    let result = send(state, &endpoint.url, &message.id, &message.body, &secrets, now, connect_timeout, timeout).await;
    let duration_ms = started.elapsed().as_millis() as i64;
    let (status_code, error) = match &result {
        Ok(code) if (200..300).contains(code) => (Some(*code as i32), None),
        Ok(code) => (Some(*code as i32), Some(format!("answered {code}"))),
        Err(e) => (None, Some(e.clone())),
    };
    let row = AttemptRow {
        id: new_id("wa_"),
        endpoint_id: endpoint.id.clone(),
        message_id: message.id.clone(),
        event_type: message.event_type.clone(),
        attempted_at: now,
        status_code,
        duration_ms,
        error: error.clone(),
    };
    state.db.run(move |c| webhooks::record_attempt(c, &row)).await?;
    Ok(match error {
        None => Outcome::Delivered,
        Some(error) => Outcome::Retry(error),
    })
}

/// Posts `body` to `url` (checked again here); the answer's status code, or why none came.
#[allow(clippy::too_many_arguments)]
async fn send(
    state: &AppState,
    url: &str,
    id: &str,
    body: &str,
    secrets: &[Secret],
    now: i64,
    connect_timeout: Duration,
    timeout: Duration,
) -> Result<u16, String> {
    let target = check_url(url, state.security.allow_http_webhooks)
        .await
        .map_err(|refusal| format!("refused to connect: the url {}", refusal.english()))?;
    let mut client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .connect_timeout(connect_timeout)
        .timeout(timeout)
        .user_agent(concat!("CrossClaim-Webhooks/", env!("CARGO_PKG_VERSION")));
    if let Some(addresses) = &target.addresses {
        // connect to the addresses just checked, not to what a second lookup might return
        client = client.resolve_to_addrs(&target.host, addresses);
    }
    let client = client.build().map_err(|e| format!("the HTTP client could not be built: {e}"))?;
    let timestamp = now.div_euclid(1_000_000);
    let response = client
        .post(target.url)
        .header("content-type", "application/json")
        .header(HEADER_ID, id)
        .header(HEADER_TIMESTAMP, timestamp.to_string())
        .header(HEADER_SIGNATURE, signature(secrets, id, timestamp, body.as_bytes()))
        .body(body.to_string())
        .send()
        .await
        .map_err(|e| if e.is_timeout() { "no answer in time".to_string() } else { format!("no answer: {e}") })?;
    Ok(response.status().as_u16())
}

/// When to try again after failed attempt number `attempts` (1 for the first); `None` when
/// the budget is spent.
pub fn next_attempt(attempts: i32, now: i64) -> Option<i64> {
    let wait = BACKOFF_SECONDS.get(usize::try_from(attempts).ok()?.checked_sub(1)?)?;
    Some(now + wait * 1_000_000)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_retries_span_more_than_a_day() {
        assert_eq!(next_attempt(1, 0), Some(5_000_000));
        let total: i64 = BACKOFF_SECONDS.iter().sum();
        assert!(total >= 24 * 3600, "{total}");
        assert_eq!(next_attempt(BACKOFF_SECONDS.len() as i32 + 1, 0), None);
    }

    #[tokio::test]
    async fn urls_must_be_https_and_public() {
        for (url, allow, refusal) in [
            ("ftp://example.com/x", false, UrlRefusal::Invalid),
            ("not a url", false, UrlRefusal::Invalid),
            ("http://example.com/x", false, UrlRefusal::NotHttps),
            ("http://example.com/x", true, UrlRefusal::HttpOnlyLocal),
            ("http://10.1.2.3/x", true, UrlRefusal::HttpOnlyLocal),
            ("https://user:pw@example.com/x", false, UrlRefusal::Credentials),
            (
                "https://127.0.0.1/x",
                true,
                UrlRefusal::Private { host: "127.0.0.1".into(), address: "127.0.0.1".into() },
            ),
            ("https://10.0.0.1/x", false, UrlRefusal::Private { host: "10.0.0.1".into(), address: "10.0.0.1".into() }),
            ("https://[::1]/x", false, UrlRefusal::Private { host: "::1".into(), address: "::1".into() }),
            ("https://[fd00::1]/x", false, UrlRefusal::Private { host: "fd00::1".into(), address: "fd00::1".into() }),
            (
                "https://100.64.0.1/x",
                false,
                UrlRefusal::Private { host: "100.64.0.1".into(), address: "100.64.0.1".into() },
            ),
            (
                "https://169.254.169.254/x",
                false,
                UrlRefusal::Private { host: "169.254.169.254".into(), address: "169.254.169.254".into() },
            ),
            (
                "https://224.0.0.1/x",
                false,
                UrlRefusal::Private { host: "224.0.0.1".into(), address: "224.0.0.1".into() },
            ),
            ("https://0.0.0.0/x", false, UrlRefusal::Private { host: "0.0.0.0".into(), address: "0.0.0.0".into() }),
        ] {
            assert_eq!(check_url(url, allow).await.unwrap_err(), refusal, "{url}");
        }
        assert!(matches!(check_url("https://localhost/x", false).await, Err(UrlRefusal::Private { .. })));
        assert!(matches!(check_url("http://localhost:9/x", false).await, Err(UrlRefusal::NotHttps)));
        assert!(check_url("http://127.0.0.1:9/x", true).await.is_ok());
        assert!(check_url("http://localhost:9/x", true).await.is_ok());
        assert!(check_url("https://93.184.215.14/x", false).await.is_ok());
    }
}
