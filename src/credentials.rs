//! Passwords (argon2id) and API keys (random, stored as SHA-256).

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rand::RngCore;
use sha2::{Digest, Sha256};

pub const MIN_PASSWORD: usize = 10;
pub const MAX_PASSWORD: usize = 128;

pub fn check_password_rules(password: &str) -> Result<(), String> {
    let len = password.chars().count();
    if len < MIN_PASSWORD {
        return Err(format!("use at least {MIN_PASSWORD} characters"));
    }
    if len > MAX_PASSWORD {
        return Err(format!("use at most {MAX_PASSWORD} characters"));
    }
    Ok(())
}

/// An argon2id PHC string with a fresh salt. CPU-heavy: call off the async threads.
pub fn hash_password(password: &str) -> anyhow::Result<String> {
    let mut salt = [0u8; 16];
    rand::rng().fill_bytes(&mut salt);
    let salt = SaltString::encode_b64(&salt).map_err(|e| anyhow::anyhow!("salt: {e}"))?;
    Ok(Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map_err(|e| anyhow::anyhow!("hash: {e}"))?
        .to_string())
}

/// Checks a password against a stored hash; with no hash it does the same work and fails,
/// so that timing does not tell which e-mail addresses have accounts.
pub fn verify_password(password: &str, stored: Option<&str>) -> bool {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    let dummy = DUMMY.get_or_init(|| hash_password("not a real password").unwrap_or_default());
    let (phc, real) = match stored {
        Some(hash) => (hash, true),
        None => (dummy.as_str(), false),
    };
    let Ok(parsed) = PasswordHash::new(phc) else { return false };
    Argon2::default().verify_password(password.as_bytes(), &parsed).is_ok() && real
}

/// A new API key: shown to its owner once; only [`hash_api_key`] of it is stored.
pub fn new_api_key() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    format!("cck_{}", URL_SAFE_NO_PAD.encode(bytes))
}

pub fn hash_api_key(key: &str) -> String {
    hex(&Sha256::digest(key.as_bytes()))
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A random URL-safe token, for CSRF protection and the like.
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_verify_only_against_their_hash() {
        let hash = hash_password("correct horse battery").unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password("correct horse battery", Some(&hash)));
        assert!(!verify_password("wrong horse battery", Some(&hash)));
        assert!(!verify_password("not a real password", None));
    }

    #[test]
    fn api_keys_are_random_and_hashed() {
        let (a, b) = (new_api_key(), new_api_key());
        assert_ne!(a, b);
        assert!(a.starts_with("cck_") && a.len() > 40);
        assert_eq!(hash_api_key(&a).len(), 64);
        assert_ne!(hash_api_key(&a), hash_api_key(&b));
    }

    #[test]
    fn an_api_key_is_stored_as_the_sha256_of_the_key() {
        // the test vectors of FIPS 180-2: SHA-256 of "abc" and of the empty string, in lowercase hex
        assert_eq!(hash_api_key("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assert_eq!(hash_api_key(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        let key = new_api_key();
        assert_eq!(hash_api_key(&key), sha256_hex(key.as_bytes()));
    }
}
