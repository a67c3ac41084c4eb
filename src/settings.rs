//! Configuration: flags override environment variables, which override the defaults below.

use std::path::PathBuf;

/// How the portal runs. Every field has a documented default so that `cargo run` needs nothing.
#[derive(Debug, Clone, clap::Args)]
pub struct Settings {
    /// Database: `sqlite://path/file.db` (created on first run) or `postgres://user@host/db`.
    #[arg(long, env = "DATABASE_URL", default_value = "sqlite://data/crossclaim.db", global = true)]
    pub database_url: String,

    /// Address and port to listen on.
    #[arg(long, env = "LISTEN", default_value = "127.0.0.1:8080", global = true)]
    pub listen: String,

    /// The URL people and partners reach the portal at [default: http://<LISTEN>].
    /// Cookies are marked Secure when it is https.
    #[arg(long, env = "PUBLIC_URL", global = true)]
    pub public_url: Option<String>,

    /// Folder of the partner registry (one TOML file per partner).
    #[arg(long, env = "PARTNERS_DIR", default_value = "partners", global = true)]
    pub partners_dir: PathBuf,

    /// Folder of the country rules and rates (CSV).
    #[arg(long, env = "RULES_DIR", default_value = "rules", global = true)]
    pub rules_dir: PathBuf,

    /// Folder for local state: the session key when SESSION_KEY is unset.
    #[arg(long, env = "DATA_DIR", default_value = "data", global = true)]
    pub data_dir: PathBuf,

    /// Key that signs and encrypts session cookies: at least 64 bytes, base64. Set the same
    /// value on every instance [default: generated once and kept in DATA_DIR/session.key].
    #[arg(long, env = "SESSION_KEY", hide_env_values = true, global = true)]
    pub session_key: Option<String>,

    /// `whsec_` secret from which the sandbox partners' credentials are derived; give the
    /// sandbox service the same one [default: generated once and kept in DATA_DIR/sandbox.secret].
    #[arg(long, env = "SANDBOX_SECRET", hide_env_values = true, global = true)]
    pub sandbox_secret: Option<String>,

    #[command(flatten)]
    pub delivery: crate::delivery::DeliverySettings,

    #[command(flatten)]
    pub sandbox: crate::sandbox::SandboxSettings,

    #[command(flatten)]
    pub security: crate::security::SecuritySettings,

    #[command(flatten)]
    pub mail: crate::mail::MailSettings,

    /// Token that opens the operator pages [default: generated once and kept in DATA_DIR/operator.token].
    #[arg(long, env = "OPERATOR_TOKEN", hide_env_values = true, global = true)]
    pub operator_token: Option<String>,

    /// Base URL of the sandbox partner service, substituted for `{sandbox}` in the registry
    /// [default: <PUBLIC_URL>/sandbox].
    #[arg(long, env = "SANDBOX_URL", global = true)]
    pub sandbox_url: Option<String>,

    /// Seconds between keep-alive comments on an idle live stream (SSE), so that proxies do
    /// not close it.
    #[arg(long, env = "STREAM_KEEPALIVE", default_value_t = 15, value_parser = clap::value_parser!(u64).range(1..=3600), global = true)]
    pub stream_keepalive: u64,

    /// Writer tasks that group-commit partner events on PostgreSQL, each for the creditors
    /// whose id hashes to it (SQLite has one writer whatever this says).
    #[arg(long, env = "EVENT_WRITERS", default_value_t = 4, value_parser = clap::value_parser!(u16).range(1..=64), global = true)]
    pub event_writers: u16,

    /// Let the operator move the application's clock forward (`POST /operator/clock`) so that
    /// what waits days happens at once: for tests and demos, never in production.
    #[arg(long, env = "TEST_CLOCK", default_value_t = false, action = clap::ArgAction::Set, global = true)]
    pub test_clock: bool,

    /// Seconds between two looks of the scheduler for work that fell due (promises, partners'
    /// silence); moving the test clock runs it at once.
    #[arg(long, env = "SCHEDULE_POLL_SECS", default_value_t = 60, value_parser = clap::value_parser!(u64).range(1..=86400), global = true)]
    pub schedule_poll_secs: u64,
}
