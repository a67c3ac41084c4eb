//! What every request handler and background task shares.

use std::sync::Arc;

use crate::db::Db;
use crate::domain::rules::Rules;
use crate::live::Hub;
use crate::registry::Registry;
use crate::secrets::PartnerSecrets;

#[derive(Clone)]
pub struct AppState {
    pub db: Db,
    pub registry: Arc<Registry>,
    pub rules: Arc<Rules>,
    pub secrets: Arc<PartnerSecrets>,
    /// Wakes this process's dispatcher after a commit that added deliveries.
    pub dispatch: crate::delivery::Wake,
    /// Opens the operator pages.
    pub operator_token: Arc<String>,
    /// Where the portal is reached, without a trailing slash.
    pub public_url: String,
    /// Fan-out of stored events to the open live streams of this instance.
    pub live: Arc<Hub>,
    /// How often an idle live stream sends a keep-alive comment.
    pub stream_keepalive: std::time::Duration,
}

impl AppState {
    /// Today's date in UTC: the date claims are filed and routed on.
    pub fn today(&self) -> chrono::NaiveDate {
        chrono::Utc::now().date_naive()
    }
}
