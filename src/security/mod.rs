//! What bounds the cost one client can put on the portal, and who may reach what: the pool
//! that runs password checks, limits on sign-in and sign-up attempts, and the addresses the
//! platform refuses to call. `docs/security.md` is the threat model these serve.

pub mod limits;
pub mod net;
pub mod passwords;

/// The security settings: every field has a default that suits one instance.
#[derive(Debug, Clone, clap::Args)]
pub struct SecuritySettings {
    /// Minutes a signed-in session may go unused before it has to sign in again.
    #[arg(long, env = "SESSION_IDLE_MINUTES", default_value_t = 120, value_parser = clap::value_parser!(u64).range(1..=43_200), global = true)]
    pub session_idle_minutes: u64,

    /// Hours a session lasts at most from its sign-in, however busy.
    #[arg(long, env = "SESSION_MAX_HOURS", default_value_t = 12, value_parser = clap::value_parser!(u64).range(1..=720), global = true)]
    pub session_max_hours: u64,

    /// Password checks (argon2id, ~19 MiB each) that run at once [default: the number of cores].
    #[arg(long, env = "PASSWORD_THREADS", value_parser = clap::value_parser!(u64).range(1..=64), global = true)]
    pub password_threads: Option<u64>,

    /// Password checks that may wait for a free thread; beyond that the answer is 503 with
    /// `Retry-After`.
    #[arg(long, env = "PASSWORD_QUEUE", default_value_t = 16, global = true)]
    pub password_queue: usize,

    /// Sign-in and sign-up attempts allowed from one client address per 15 minutes.
    #[arg(long, env = "AUTH_ATTEMPTS_PER_ADDRESS", default_value_t = 30, value_parser = clap::value_parser!(u32).range(1..), global = true)]
    pub auth_attempts_per_address: u32,

    /// Failed sign-ins allowed for one e-mail address per 15 minutes; then its sign-in is
    /// refused until the window ends, even with the right password.
    #[arg(long, env = "AUTH_FAILURES_PER_ACCOUNT", default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..), global = true)]
    pub auth_failures_per_account: u32,

    /// Addresses of reverse proxies in front of the portal (comma-separated). A request from
    /// one of them is counted under the client address it names in `X-Forwarded-For`;
    /// from anyone else that header is ignored.
    #[arg(long, env = "TRUSTED_PROXIES", value_delimiter = ',', global = true)]
    pub trusted_proxies: Vec<std::net::IpAddr>,

    /// Live streams one creditor may hold open on one instance.
    #[arg(long, env = "MAX_STREAMS_PER_CREDITOR", default_value_t = 100, global = true)]
    pub max_streams_per_creditor: usize,

    /// Minutes a partner user's one-time sign-in link (from `partner-user create` or an
    /// invitation) stays valid; 0 makes links expire at once (for tests).
    #[arg(long, env = "PARTNER_LINK_MINUTES", default_value_t = 4320, value_parser = clap::value_parser!(u64).range(0..=43_200), global = true)]
    pub partner_link_minutes: u64,

    /// Lets partner `api.base_url`s point at loopback, private or link-local addresses.
    /// For development against a partner on this machine; sandbox partners may always.
    #[arg(long, env = "ALLOW_PRIVATE_PARTNER_URLS", default_value_t = false, action = clap::ArgAction::Set, global = true)]
    pub allow_private_partner_urls: bool,

    /// Lets creditors register webhook endpoints at `http://localhost` and `http://127.0.0.1`
    /// (any port). For development only; every other endpoint must be https on a public address.
    #[arg(long, env = "ALLOW_HTTP_WEBHOOKS", default_value_t = false, action = clap::ArgAction::Set, global = true)]
    pub allow_http_webhooks: bool,
}

impl SecuritySettings {
    /// The client's address: the connection's peer, or, when the peer is a trusted proxy,
    /// the right-most address in `X-Forwarded-For` that is not one of the trusted proxies.
    pub fn client_address(&self, peer: std::net::IpAddr, forwarded_for: Option<&str>) -> std::net::IpAddr {
        if !self.trusted_proxies.contains(&peer) {
            return peer;
        }
        forwarded_for
            .into_iter()
            .flat_map(|header| header.rsplit(','))
            .map(|hop| hop.trim().parse::<std::net::IpAddr>())
            .map_while(Result::ok)
            .find(|hop| !self.trusted_proxies.contains(hop))
            .unwrap_or(peer)
    }

    pub fn session_idle(&self) -> chrono::Duration {
        chrono::Duration::minutes(self.session_idle_minutes as i64)
    }

    pub fn session_max(&self) -> chrono::Duration {
        chrono::Duration::hours(self.session_max_hours as i64)
    }
}
