//! PLACEHOLDER (written so the debtor's response page compiles; the reminder flow's own
//! module replaces this file at merge): the debtor links' look-up.

use super::{Conn, DbError};

/// PLACEHOLDER: a new debtor link for the claim; the real one stores the token's hash.
pub fn link_for(_conn: &mut Conn, _claim_id: &str, _now: i64) -> Result<String, DbError> {
    Ok(crate::credentials::random_token())
}

/// PLACEHOLDER: the claim a debtor link opens; `None` when unknown or expired.
pub fn claim_for_link(_conn: &mut Conn, _raw_token: &str, _now: i64) -> Result<Option<String>, DbError> {
    Ok(None)
}
