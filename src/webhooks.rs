//! The Standard Webhooks scheme (standardwebhooks.com) that signs every message between the
//! platform and a partner: `webhook-id`, `webhook-timestamp` and `webhook-signature`
//! (`v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">`, space-separated when several
//! secrets are valid during a rotation).

use std::fmt;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::Sha256;

pub const HEADER_ID: &str = "webhook-id";
pub const HEADER_TIMESTAMP: &str = "webhook-timestamp";
pub const HEADER_SIGNATURE: &str = "webhook-signature";

/// How far a message's timestamp may be from the receiver's clock.
pub const TOLERANCE_SECONDS: i64 = 5 * 60;

const PREFIX: &str = "whsec_";

/// A signing secret; its bytes never appear in logs.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(Vec<u8>);

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(<redacted>)")
    }
}

impl Secret {
    /// Parses `whsec_<base64>`.
    pub fn parse(text: &str) -> Result<Self, String> {
        let encoded = text.trim().strip_prefix(PREFIX).ok_or_else(|| format!("a secret starts with {PREFIX}"))?;
        let bytes = STANDARD.decode(encoded).map_err(|_| "the part after whsec_ is not base64".to_string())?;
        if bytes.len() < 24 {
            return Err("a secret needs at least 24 bytes".into());
        }
        Ok(Self(bytes))
    }

    /// Parses one or more secrets separated by spaces or commas (several during a rotation).
    pub fn parse_list(text: &str) -> Result<Vec<Self>, String> {
        let secrets: Vec<Self> =
            text.split([' ', ',']).filter(|s| !s.is_empty()).map(Self::parse).collect::<Result<_, _>>()?;
        if secrets.is_empty() { Err("no secret given".into()) } else { Ok(secrets) }
    }

    pub fn generate() -> Self {
        let mut bytes = vec![0u8; 32];
        rand::rng().fill_bytes(&mut bytes);
        Self(bytes)
    }

    /// A secret derived from a master secret and a label: the sandbox partners get theirs this
    /// way, so that both ends of a sandbox conversation agree without configuration.
    pub fn derive(master: &Secret, label: &str) -> Self {
        let mut mac = Hmac::<Sha256>::new_from_slice(&master.0).expect("HMAC takes any key length");
        mac.update(label.as_bytes());
        Self(mac.finalize().into_bytes().to_vec())
    }

    /// The `whsec_` text form.
    pub fn expose(&self) -> String {
        format!("{PREFIX}{}", STANDARD.encode(&self.0))
    }

    fn mac(&self, id: &str, timestamp: i64, body: &[u8]) -> Hmac<Sha256> {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.0).expect("HMAC takes any key length");
        mac.update(id.as_bytes());
        mac.update(b".");
        mac.update(timestamp.to_string().as_bytes());
        mac.update(b".");
        mac.update(body);
        mac
    }
}

/// The `webhook-signature` value for a message.
pub fn sign(secret: &Secret, id: &str, timestamp: i64, body: &[u8]) -> String {
    format!("v1,{}", STANDARD.encode(secret.mac(id, timestamp, body).finalize().into_bytes()))
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum VerifyError {
    #[error("the {0} header is missing")]
    Missing(&'static str),
    #[error("webhook-timestamp is not a unix time in seconds")]
    BadTimestamp,
    #[error("webhook-timestamp is more than 5 minutes from our clock")]
    Stale,
    #[error("no valid signature")]
    BadSignature,
    #[error("the {0} header is too long, or carries too many values")]
    TooLarge(&'static str),
}

/// The three headers of a received message, as sent.
#[derive(Debug, Clone, Copy)]
pub struct Received<'a> {
    pub id: Option<&'a str>,
    pub timestamp: Option<&'a str>,
    pub signature: Option<&'a str>,
}

/// How many signatures one message may carry (several only while secrets rotate).
pub const MAX_SIGNATURES: usize = 5;
/// The longest `webhook-signature` header accepted: room for [`MAX_SIGNATURES`] values.
pub const MAX_SIGNATURE_HEADER: usize = 512;
/// The longest `webhook-id` and `webhook-timestamp` headers accepted.
pub const MAX_ID: usize = 255;
const MAX_TIMESTAMP: usize = 20;

/// Refuses headers too large to be honest before any other work is done: the body is not
/// read, no HMAC is computed.
pub fn check_sizes(received: Received<'_>) -> Result<(), VerifyError> {
    let too_long = |value: Option<&str>, max: usize| value.is_some_and(|v| v.len() > max);
    if too_long(received.id, MAX_ID) {
        return Err(VerifyError::TooLarge(HEADER_ID));
    }
    if too_long(received.timestamp, MAX_TIMESTAMP) {
        return Err(VerifyError::TooLarge(HEADER_TIMESTAMP));
    }
    if too_long(received.signature, MAX_SIGNATURE_HEADER)
        || received.signature.is_some_and(|s| s.split(' ').filter(|v| !v.is_empty()).count() > MAX_SIGNATURES)
    {
        return Err(VerifyError::TooLarge(HEADER_SIGNATURE));
    }
    Ok(())
}

/// Checks a received message against every secret currently valid for its sender, at `now`
/// (unix seconds). The HMAC is computed once per secret, however many signatures are
/// offered, and compared with each in constant time.
pub fn verify(secrets: &[Secret], received: Received<'_>, body: &[u8], now: i64) -> Result<(), VerifyError> {
    check_sizes(received)?;
    let id = received.id.filter(|s| !s.is_empty()).ok_or(VerifyError::Missing(HEADER_ID))?;
    let timestamp = received.timestamp.ok_or(VerifyError::Missing(HEADER_TIMESTAMP))?;
    let signatures = received.signature.ok_or(VerifyError::Missing(HEADER_SIGNATURE))?;
    let timestamp: i64 = timestamp.trim().parse().map_err(|_| VerifyError::BadTimestamp)?;
    if now.checked_sub(timestamp).is_none_or(|skew| skew.checked_abs().is_none_or(|s| s > TOLERANCE_SECONDS)) {
        return Err(VerifyError::Stale);
    }
    let candidates: Vec<Vec<u8>> = signatures
        .split(' ')
        .filter_map(|s| s.strip_prefix("v1,"))
        .filter_map(|b64| STANDARD.decode(b64).ok())
        .filter(|sig| sig.len() == 32)
        .collect();
    if candidates.is_empty() {
        return Err(VerifyError::BadSignature);
    }
    let valid = secrets.iter().any(|secret| {
        let expected = secret.mac(id, timestamp, body).finalize().into_bytes();
        candidates
            .iter()
            .any(|candidate| bool::from(subtle::ConstantTimeEq::ct_eq(expected.as_slice(), candidate.as_slice())))
    });
    if valid { Ok(()) } else { Err(VerifyError::BadSignature) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::slice::from_ref;

    fn received<'a>(id: &'a str, ts: &'a str, sig: &'a str) -> Received<'a> {
        Received { id: Some(id), timestamp: Some(ts), signature: Some(sig) }
    }

    #[test]
    fn the_reference_example_of_the_scheme_verifies() {
        // The example published with the Standard Webhooks specification.
        let secret = Secret::parse("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw").unwrap();
        let body = br#"{"test": 2432232314}"#;
        let signature = sign(&secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, body);
        assert_eq!(signature, "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
        let r = received("msg_p5jXN8AQM9LWM0D4loKWxJek", "1614265330", &signature);
        assert_eq!(verify(&[secret], r, body, 1614265330 + 10), Ok(()));
    }

    #[test]
    fn wrong_stale_missing_and_rotated() {
        let old = Secret::generate();
        let new = Secret::generate();
        let body = b"{}";
        let now = 1_800_000_000;
        let sig = sign(&old, "msg_1", now, body);
        let ts = now.to_string();
        assert_eq!(verify(from_ref(&new), received("msg_1", &ts, &sig), body, now), Err(VerifyError::BadSignature));
        // during a rotation both secrets are valid, and the sender may send both signatures
        assert_eq!(verify(&[new.clone(), old.clone()], received("msg_1", &ts, &sig), body, now), Ok(()));
        let both = format!("{} {}", sign(&new, "msg_1", now, body), sig);
        assert_eq!(verify(from_ref(&new), received("msg_1", &ts, &both), body, now), Ok(()));
        // any change to id, time or body breaks it
        assert!(verify(from_ref(&old), received("msg_2", &ts, &sig), body, now).is_err());
        assert!(verify(from_ref(&old), received("msg_1", &ts, &sig), b"{ }", now).is_err());
        assert_eq!(verify(from_ref(&old), received("msg_1", &ts, &sig), body, now + 301), Err(VerifyError::Stale));
        assert_eq!(verify(from_ref(&old), received("msg_1", &ts, &sig), body, now - 301), Err(VerifyError::Stale));
        assert_eq!(verify(from_ref(&old), received("msg_1", "soon", &sig), body, now), Err(VerifyError::BadTimestamp));
        let none = Received { id: None, timestamp: Some(&ts), signature: Some(&sig) };
        assert_eq!(verify(std::slice::from_ref(&old), none, body, now), Err(VerifyError::Missing(HEADER_ID)));
        // a timestamp far in the past or future is stale, not an overflow that passes
        for far in [i64::MIN, i64::MIN + 1, now - i64::MAX, i64::MAX] {
            let ts = far.to_string();
            assert_eq!(
                verify(std::slice::from_ref(&old), received("msg_1", &ts, &sig), body, now),
                Err(VerifyError::Stale),
                "{far}"
            );
        }
        assert_eq!(
            verify(std::slice::from_ref(&old), received("msg_1", &ts, &sig), body, i64::MIN),
            Err(VerifyError::Stale)
        );
    }

    #[test]
    fn oversized_headers_are_refused_before_any_work() {
        let secret = Secret::generate();
        let (now, body) = (1_800_000_000, b"{}");
        let ts = now.to_string();
        let good = sign(&secret, "msg_1", now, body);
        let many = [good.as_str(); MAX_SIGNATURES + 1].join(" ");
        assert_eq!(
            verify(std::slice::from_ref(&secret), received("msg_1", &ts, &many), body, now),
            Err(VerifyError::TooLarge(HEADER_SIGNATURE))
        );
        let five = [good.as_str(); MAX_SIGNATURES].join(" ");
        assert_eq!(verify(std::slice::from_ref(&secret), received("msg_1", &ts, &five), body, now), Ok(()));
        let long_id = "m".repeat(MAX_ID + 1);
        assert_eq!(
            verify(std::slice::from_ref(&secret), received(&long_id, &ts, &good), body, now),
            Err(VerifyError::TooLarge(HEADER_ID))
        );
        let padded = format!("{good}{}", " ".repeat(MAX_SIGNATURE_HEADER));
        assert_eq!(
            verify(&[secret], received("msg_1", &ts, &padded), body, now),
            Err(VerifyError::TooLarge(HEADER_SIGNATURE))
        );
    }

    #[test]
    fn secrets_parse_and_stay_hidden() {
        let s = Secret::generate();
        assert_eq!(Secret::parse(&s.expose()).unwrap(), s);
        assert_eq!(format!("{s:?}"), "Secret(<redacted>)");
        assert!(Secret::parse("abc").is_err());
        assert!(Secret::parse("whsec_!!").is_err());
        let list = Secret::parse_list(&format!("{} {}", s.expose(), Secret::generate().expose())).unwrap();
        assert_eq!(list.len(), 2);
        let master = Secret::generate();
        assert_eq!(Secret::derive(&master, "a"), Secret::derive(&master, "a"));
        assert_ne!(Secret::derive(&master, "a"), Secret::derive(&master, "b"));
    }
}
