//! Where documents' bytes are kept: behind [`DocumentStore`], addressed by the SHA-256 of
//! their content.
//!
//! The database records each document (case, name, kind, who added it) with the hash of its
//! content; the store only maps a hash to bytes. The same file added twice, to one case or
//! to several, is stored once, and a stored blob never changes, so a store needs neither
//! updates nor locks.
//!
//! [`FsStore`] keeps blobs under `DATA_DIR/documents` by default. An S3-compatible object
//! store can take its place later: an `S3Store` implementing [`DocumentStore`] with the
//! lowercase hex hash as the object key (under a prefix, and split like the folders here if
//! the store likes short listings), `put` skipping the upload when the key already exists
//! and sending the hash for the store to check, `get` mapping "no such key" to `Ok(None)`.
//! Nothing outside this module needs to change, as long as callers only hold hashes.
//!
//! The API is blocking: call it from `web::block`, `spawn_blocking` or the database's thread
//! pool, never directly on an async worker.

mod fs;

pub use fs::FsStore;

/// The SHA-256 of some bytes, as 64 lowercase hex characters: the key of a stored blob.
pub use crate::credentials::sha256_hex;

/// A blob as stored: the hash of its content and its length in bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredBlob {
    /// Lowercase hex SHA-256 of the content.
    pub sha256: String,
    pub size: u64,
}

/// Content-addressed storage of documents' bytes.
pub trait DocumentStore: Send + Sync + 'static {
    /// Stores the bytes, unless the same content is stored already, and returns its hash.
    /// Once this returns `Ok`, the blob is complete and durable.
    fn put(&self, bytes: &[u8]) -> std::io::Result<StoredBlob>;

    /// The bytes stored under a hash; `None` when nothing is, or the text is not a hash.
    fn get(&self, sha256_hex: &str) -> std::io::Result<Option<Vec<u8>>>;

    /// Whether something is stored under a hash; `false` when the text is not a hash.
    fn exists(&self, sha256_hex: &str) -> std::io::Result<bool>;
}

/// Whether the text is a hash as stores use it: exactly 64 lowercase hex characters.
pub fn is_sha256_hex(text: &str) -> bool {
    text.len() == 64 && text.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}
