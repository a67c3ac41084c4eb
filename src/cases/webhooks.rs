//! Webhooks to the creditor's own systems: registering an endpoint, rotating its secret,
//! deleting it, reading its delivery log, replaying a message and sending a test event. The
//! account page and the API call these same functions. Messages about cases are written with
//! the case's thread entries (`crate::db::webhooks::enqueue!`); the dispatcher sends them
//! (`crate::delivery::webhook`).

use aes_gcm::aead::{Aead, KeyInit};
use aes_gcm::{Aes256Gcm, Key, Nonce};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::Sha256;

use super::CaseError;
use crate::db::new_id;
use crate::db::webhooks::{self, EndpointRow, Logged, MessageRow, event};
use crate::delivery::webhook::{ROTATION_OVERLAP_SECONDS, UrlRefusal, check_url};
use crate::state::AppState;
use crate::webhooks::Secret;

/// The most endpoints one account may have.
pub const MAX_ENDPOINTS: usize = 10;
/// The longest URL accepted.
pub const MAX_URL: usize = 2_000;
/// How many messages the delivery log shows.
pub const LOG_LENGTH: i64 = 50;

/// Seals endpoint secrets at rest with AES-256-GCM, under a key derived from the session key
/// (every instance of a deployment shares that one).
pub struct Sealer {
    cipher: Aes256Gcm,
}

const SEALED_PREFIX: &str = "v1.";

impl Sealer {
    pub fn from_master(master: &[u8]) -> Self {
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(master).expect("HMAC takes any key length");
        mac.update(b"crossclaim webhook endpoint secrets");
        let key = mac.finalize().into_bytes();
        Self { cipher: Aes256Gcm::new(Key::<Aes256Gcm>::from_slice(&key)) }
    }

    pub fn seal(&self, secret: &Secret) -> String {
        let mut nonce = [0u8; 12];
        rand::rng().fill_bytes(&mut nonce);
        let sealed = self
            .cipher
            .encrypt(Nonce::from_slice(&nonce), secret.expose().as_bytes())
            .expect("AES-GCM seals any length we use");
        let mut bytes = nonce.to_vec();
        bytes.extend_from_slice(&sealed);
        format!("{SEALED_PREFIX}{}", STANDARD.encode(bytes))
    }

    pub fn open(&self, sealed: &str) -> anyhow::Result<Secret> {
        let bytes = sealed
            .strip_prefix(SEALED_PREFIX)
            .and_then(|b| STANDARD.decode(b).ok())
            .filter(|b| b.len() > 12)
            .ok_or_else(|| anyhow::anyhow!("a sealed webhook secret is malformed"))?;
        let (nonce, sealed) = bytes.split_at(12);
        let text = self
            .cipher
            .decrypt(Nonce::from_slice(nonce), sealed)
            .map_err(|_| anyhow::anyhow!("a webhook secret cannot be opened: was the session key changed?"))?;
        Secret::parse(&String::from_utf8_lossy(&text)).map_err(|e| anyhow::anyhow!("a sealed webhook secret: {e}"))
    }
}

/// Why a registration is refused; each names its field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    Url(UrlRefusal),
    UrlTooLong,
    NoEvents,
    UnknownEvent(String),
    TooMany,
}

impl Refusal {
    pub fn field(&self) -> &'static str {
        match self {
            Self::Url(_) | Self::UrlTooLong | Self::TooMany => "url",
            Self::NoEvents | Self::UnknownEvent(_) => "events",
        }
    }

    /// In plain English (the API's language).
    pub fn english(&self) -> String {
        match self {
            Self::Url(refusal) => refusal.english(),
            Self::UrlTooLong => format!("is longer than {MAX_URL} characters"),
            Self::NoEvents => format!("choose at least one of {}", event::ALL.join(", ")),
            Self::UnknownEvent(name) => {
                format!("\"{name}\" is not an event; the events are {}", event::ALL.join(", "))
            }
            Self::TooMany => format!("an account may have at most {MAX_ENDPOINTS} endpoints; delete one first"),
        }
    }

    /// The page's message key and its one argument, if any.
    pub fn key(&self) -> (&'static str, Option<(&'static str, String)>) {
        match self {
            Self::Url(refusal) => refusal.key(),
            Self::UrlTooLong => ("webhooks-error-url-long", None),
            Self::NoEvents => ("webhooks-error-no-events", None),
            Self::UnknownEvent(name) => ("webhooks-error-unknown-event", Some(("event", name.clone()))),
            Self::TooMany => ("webhooks-error-too-many", None),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum WebhookError {
    #[error("{}", .0.english())]
    Refused(Refusal),
    #[error(transparent)]
    Case(#[from] CaseError),
}

impl From<crate::db::DbError> for WebhookError {
    fn from(e: crate::db::DbError) -> Self {
        Self::Case(e.into())
    }
}

/// Checks the event list: at least one, each a known event, each once (in the order of
/// [`event::ALL`]).
pub fn parse_events(names: &[String]) -> Result<Vec<&'static str>, Refusal> {
    if let Some(unknown) = names.iter().find(|n| !event::ALL.contains(&n.trim())) {
        return Err(Refusal::UnknownEvent(unknown.clone()));
    }
    let chosen: Vec<&'static str> = event::ALL.into_iter().filter(|e| names.iter().any(|n| n.trim() == *e)).collect();
    if chosen.is_empty() { Err(Refusal::NoEvents) } else { Ok(chosen) }
}

/// Registers an endpoint for the creditor; returns it with its new secret (shown once).
pub async fn register(
    state: &AppState,
    creditor_id: &str,
    url: &str,
    events: &[String],
) -> Result<(EndpointRow, Secret), WebhookError> {
    let url = url.trim();
    if url.chars().count() > MAX_URL {
        return Err(WebhookError::Refused(Refusal::UrlTooLong));
    }
    let events = parse_events(events).map_err(WebhookError::Refused)?;
    let target =
        check_url(url, state.security.allow_http_webhooks).await.map_err(|r| WebhookError::Refused(Refusal::Url(r)))?;
    let creditor = creditor_id.to_string();
    let existing = state.db.run(move |c| webhooks::of_creditor(c, &creditor)).await?;
    if existing.len() >= MAX_ENDPOINTS {
        return Err(WebhookError::Refused(Refusal::TooMany));
    }
    let secret = Secret::generate();
    let row = EndpointRow {
        id: new_id("we_"),
        creditor_id: creditor_id.to_string(),
        url: target.url.to_string(),
        events: events.join(" "),
        secret: state.webhook_secrets.seal(&secret),
        previous_secret: None,
        previous_until: None,
        created_at: state.now(),
        deleted_at: None,
    };
    let stored = row.clone();
    state.db.run(move |c| webhooks::insert_endpoint(c, &stored)).await?;
    Ok((row, secret))
}

/// The creditor's endpoints.
pub async fn list(state: &AppState, creditor_id: &str) -> Result<Vec<EndpointRow>, CaseError> {
    let creditor = creditor_id.to_string();
    Ok(state.db.run(move |c| webhooks::of_creditor(c, &creditor)).await?)
}

/// One of the creditor's endpoints; another creditor's is not found.
pub async fn get(state: &AppState, creditor_id: &str, id: &str) -> Result<EndpointRow, CaseError> {
    let (creditor, id) = (creditor_id.to_string(), id.to_string());
    state.db.run(move |c| webhooks::get_own(c, &creditor, &id)).await?.ok_or(CaseError::NotFound)
}

/// Deletes one of the creditor's endpoints; what waited to be sent to it is cancelled.
pub async fn delete(state: &AppState, creditor_id: &str, id: &str) -> Result<(), CaseError> {
    let (creditor, id, now) = (creditor_id.to_string(), id.to_string(), state.now());
    let deleted = state.db.run(move |c| webhooks::delete(c, &creditor, &id, now)).await?;
    if deleted { Ok(()) } else { Err(CaseError::NotFound) }
}

/// Gives the endpoint a new secret (returned, shown once); the current one stays valid, and
/// messages carry signatures under both, for [`ROTATION_OVERLAP_SECONDS`].
pub async fn rotate(state: &AppState, creditor_id: &str, id: &str) -> Result<(EndpointRow, Secret), CaseError> {
    let secret = Secret::generate();
    let sealed = state.webhook_secrets.seal(&secret);
    let until = state.now() + ROTATION_OVERLAP_SECONDS * 1_000_000;
    let (creditor, id) = (creditor_id.to_string(), id.to_string());
    let row = state.db.run(move |c| webhooks::rotate(c, &creditor, &id, &sealed, until)).await?;
    row.map(|row| (row, secret)).ok_or(CaseError::NotFound)
}

/// The endpoint's newest messages with every attempt.
pub async fn log(state: &AppState, creditor_id: &str, id: &str) -> Result<Vec<Logged>, CaseError> {
    let endpoint = get(state, creditor_id, id).await?;
    Ok(state.db.run(move |c| webhooks::log(c, &endpoint.id, LOG_LENGTH)).await?)
}

/// Sends a message of the endpoint again, as it was (the same `webhook-id` and body), with a
/// fresh retry budget. A message still on its way is a conflict.
pub async fn replay(state: &AppState, creditor_id: &str, id: &str, message_id: &str) -> Result<MessageRow, CaseError> {
    let endpoint = get(state, creditor_id, id).await?;
    let wanted = message_id.to_string();
    let message = state
        .db
        .run(move |c| webhooks::message(c, &wanted))
        .await?
        .filter(|m| m.endpoint_id == endpoint.id)
        .ok_or(CaseError::NotFound)?;
    let (endpoint_id, message_id) = (endpoint.id.clone(), message.id.clone());
    if state.db.run(move |c| webhooks::on_its_way(c, &endpoint_id, &message_id)).await? {
        return Err(CaseError::Conflict(
            "this message is still on its way; replay it once it is delivered or failed".into(),
        ));
    }
    let delivery = message.delivery(state.now());
    state.db.run(move |c| webhooks::enqueue_message(c, None, &delivery)).await?;
    state.dispatch.wake();
    Ok(message)
}

/// Sends the endpoint a `webhook.test` message, whatever events it takes.
pub async fn send_test(state: &AppState, creditor_id: &str, id: &str) -> Result<MessageRow, CaseError> {
    let endpoint = get(state, creditor_id, id).await?;
    let now = state.now();
    let data = serde_json::json!({
        "endpoint_id": endpoint.id,
        "message": "A test event from CrossClaim: this endpoint is reached and the signature can be checked.",
    });
    let message = MessageRow::new(&endpoint.id, None, event::TEST, data, now);
    let (stored, delivery) = (message.clone(), message.delivery(now));
    state.db.run(move |c| webhooks::enqueue_message(c, Some(&stored), &delivery)).await?;
    state.dispatch.wake();
    Ok(message)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_sealed_and_opened_again() {
        let sealer = Sealer::from_master(&[7u8; 64]);
        let secret = Secret::generate();
        let sealed = sealer.seal(&secret);
        assert!(!sealed.contains(&secret.expose()[6..]), "the secret is not readable in the database");
        assert_eq!(sealer.open(&sealed).unwrap(), secret);
        assert_ne!(sealer.seal(&secret), sealed, "a fresh nonce each time");
        assert!(Sealer::from_master(&[8u8; 64]).open(&sealed).is_err());
    }

    #[test]
    fn events_are_checked_and_named() {
        let names = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(parse_events(&names(&["claim.payout", "claim.message"])).unwrap(), [event::MESSAGE, event::PAYOUT]);
        assert_eq!(parse_events(&names(&[])), Err(Refusal::NoEvents));
        let unknown = parse_events(&names(&["claim.message", "claim.deleted"])).unwrap_err();
        assert_eq!(unknown, Refusal::UnknownEvent("claim.deleted".into()));
        assert!(unknown.english().contains("claim.deleted"));
        assert_eq!(unknown.field(), "events");
    }
}
