//! What every request handler and background task shares.

use std::sync::Arc;

use crate::db::Db;
use crate::domain::rules::Rules;
use crate::registry::Registry;

#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub registry: Arc<Registry>,
    pub rules: Arc<Rules>,
    /// Where the portal is reached, without a trailing slash.
    pub public_url: String,
}

impl AppState {
    /// Today's date in UTC: the date claims are filed and routed on.
    pub fn today(&self) -> chrono::NaiveDate {
        chrono::Utc::now().date_naive()
    }
}
