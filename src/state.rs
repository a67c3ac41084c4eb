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
    /// Records events in group commits (`db::events::EventWriter`).
    pub events: crate::db::events::EventWriter,
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
    pub security: Arc<crate::security::SecuritySettings>,
    /// Runs password checks, a bounded number at once.
    pub passwords: crate::security::passwords::PasswordPool,
    pub limiter: Arc<crate::security::limits::AttemptLimiter>,
    /// The application's clock: what waits reads it (see [`crate::schedule::clock`]).
    pub clock: crate::schedule::clock::Clock,
    /// Where documents' bytes are kept, by their SHA-256.
    pub documents: Arc<dyn crate::storage::DocumentStore>,
    /// Sends e-mail: over SMTP (`SMTP_URL`) or into `DATA_DIR/mail/` as `.eml` files.
    pub mailer: Arc<crate::mail::Mailer>,
    /// The sender of the portal's e-mails.
    pub mail_from: Arc<String>,
    /// Wakes this process's scheduler (after the test clock moved).
    pub schedule: crate::delivery::Wake,
    /// `DATA_DIR`: where the portal keeps its files (documents, mail written instead of sent).
    pub data_dir: std::path::PathBuf,
    /// Every partner's measured performance, as last computed (routing and quotes read it).
    pub standings: Arc<std::sync::RwLock<Arc<crate::domain::performance::Standings>>>,
    /// Every partner's figures, breaches and score, as last computed (the directory shows them).
    pub performance: Arc<std::sync::RwLock<Arc<crate::domain::performance::Report>>>,
    /// Seals and opens the signing secrets of creditors' webhook endpoints.
    pub webhook_secrets: Arc<crate::cases::webhooks::Sealer>,
}

impl AppState {
    /// Every partner's measured performance, as last computed.
    pub fn standings(&self) -> Arc<crate::domain::performance::Standings> {
        self.standings.read().map(|s| s.clone()).unwrap_or_default()
    }

    /// Replaces the partners' measured performance.
    pub fn set_standings(&self, standings: crate::domain::performance::Standings) {
        if let Ok(mut current) = self.standings.write() {
            *current = Arc::new(standings);
        }
    }

    /// Every partner's figures, breaches and score, as last computed.
    pub fn performance(&self) -> Arc<crate::domain::performance::Report> {
        self.performance.read().map(|s| s.clone()).unwrap_or_default()
    }

    /// Replaces the partners' measured performance, and the standings routing reads from it.
    pub fn set_performance(&self, report: crate::domain::performance::Report) {
        self.set_standings(report.standings());
        if let Ok(mut current) = self.performance.write() {
            *current = Arc::new(report);
        }
    }

    /// Today's date in UTC on the application's clock: the date claims are filed and routed on.
    pub fn today(&self) -> chrono::NaiveDate {
        self.clock.today()
    }

    /// Now on the application's clock, in microseconds since the Unix epoch.
    pub fn now(&self) -> i64 {
        self.clock.now_micros()
    }

    /// How long sessions live, as of now.
    pub fn session_lifetime(&self) -> crate::db::sessions::Lifetime {
        crate::db::sessions::Lifetime {
            now: crate::db::now_micros(),
            idle: self.security.session_idle().num_microseconds().unwrap_or(i64::MAX / 4),
            max: self.security.session_max().num_microseconds().unwrap_or(i64::MAX / 4),
        }
    }
}
