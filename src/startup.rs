//! Building the application from [`Settings`]: the binary and the tests go through here.

use std::net::TcpListener;
use std::sync::Arc;

use actix_session::SessionMiddleware;
use actix_session::config::{CookieContentSecurity, PersistentSession};
use actix_session::storage::CookieSessionStore;
use actix_web::cookie::{Key, SameSite};
use actix_web::dev::Server;
use actix_web::middleware::DefaultHeaders;
use actix_web::{App, HttpServer, web};
use anyhow::Context;
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use tracing_actix_web::TracingLogger;

use crate::credentials::random_token;
use crate::db::Db;
use crate::delivery::{Dispatcher, Wake};
use crate::registry::{self, LoadContext, Registry};
use crate::sandbox::Sandbox;
use crate::secrets::PartnerSecrets;
use crate::settings::Settings;
use crate::state::AppState;
use crate::webhooks::Secret;

pub struct Application {
    port: u16,
    server: Server,
    state: AppState,
    dispatcher: Option<Dispatcher>,
    schedule_poll: std::time::Duration,
}

/// Loads the rules and the registry as the server would; `check` uses this alone.
pub fn load_registry(settings: &Settings, public_url: &str) -> anyhow::Result<(crate::domain::rules::Rules, Registry)> {
    let rules = registry::load_rules(&settings.rules_dir)?;
    let sandbox_url = settings.sandbox_url.clone().unwrap_or_else(|| format!("{public_url}/sandbox"));
    let cx = LoadContext {
        rules: &rules,
        today: chrono::Utc::now().date_naive(),
        sandbox_url: &sandbox_url,
        allow_private_urls: settings.security.allow_private_partner_urls,
    };
    let registry = Registry::load(&settings.partners_dir, &cx).context("the partner registry is invalid")?;
    Ok((rules, registry))
}

impl Application {
    pub async fn build(settings: Settings) -> anyhow::Result<Self> {
        let listener =
            TcpListener::bind(&settings.listen).with_context(|| format!("cannot listen on {}", settings.listen))?;
        let address = listener.local_addr()?;
        let public_url = settings
            .public_url
            .clone()
            .unwrap_or_else(|| format!("http://{address}"))
            .trim_end_matches('/')
            .to_string();
        let (rules, registry) = load_registry(&settings, &public_url)?;
        let db = Db::connect(&settings.database_url)?;
        let migrating = db.clone();
        tokio::task::spawn_blocking(move || migrating.migrate()).await??;
        let key = session_key(&settings)?;
        let sandbox_secret = sandbox_secret(&settings)?;
        let secrets = PartnerSecrets::resolve(&registry, &sandbox_secret, |name| std::env::var(name).ok())?;
        let secure = public_url.starts_with("https://");
        let operator_token = persisted(&settings, settings.operator_token.as_deref(), "operator.token", random_token)?;
        let sandbox = match settings.sandbox.embedded_sandbox {
            true => Some(Sandbox::new(&registry, &sandbox_secret, &public_url, &settings.sandbox)?),
            false => None,
        };
        let live = crate::live::Hub::new();
        crate::live::feed::spawn(db.clone(), settings.database_url.clone(), live.clone());
        let clock = match settings.test_clock {
            true => {
                tracing::warn!(
                    "TEST_CLOCK is on: the operator can move the application's clock forward; never run production like this"
                );
                crate::schedule::clock::Clock::adjustable()
            }
            false => crate::schedule::clock::Clock::system(),
        };
        let events = crate::db::events::EventWriter::start(db.clone(), settings.event_writers.into());
        let state = AppState {
            db,
            events,
            registry: Arc::new(registry),
            rules: Arc::new(rules),
            secrets: Arc::new(secrets),
            dispatch: Wake::default(),
            operator_token: Arc::new(operator_token.trim().to_string()),
            public_url,
            live,
            stream_keepalive: std::time::Duration::from_secs(settings.stream_keepalive),
            security: Arc::new(settings.security.clone()),
            passwords: crate::security::passwords::PasswordPool::for_machine(
                settings.security.password_threads,
                settings.security.password_queue,
            ),
            limiter: Arc::new(crate::security::limits::AttemptLimiter::new(
                settings.security.auth_attempts_per_address,
                settings.security.auth_failures_per_account,
                settings.security.session_max().num_microseconds().unwrap_or(i64::MAX / 4),
            )),
            clock,
            documents: Arc::new(
                crate::storage::FsStore::new(settings.data_dir.join("documents"))
                    .context("cannot prepare the document store in DATA_DIR/documents")?,
            ),
            mailer: Arc::new(crate::mail::Mailer::from_settings(&settings.mail, &settings.data_dir)?),
            mail_from: Arc::new(settings.mail.mail_from.clone()),
            schedule: Wake::default(),
            data_dir: settings.data_dir.clone(),
            standings: Arc::default(),
            performance: Arc::default(),
            webhook_secrets: Arc::new(crate::cases::webhooks::Sealer::from_master(key.master())),
        };
        // routing and the directory read the partners' figures from the first request on
        crate::schedule::refresh_performance(&state).await.context("cannot measure the partners' performance")?;
        let dispatcher = match settings.delivery.dispatcher {
            true => Some(Dispatcher::new(state.clone(), settings.delivery.clone())?),
            false => None,
        };
        let data = web::Data::new(state.clone());
        // The cookie expires with the session's absolute lifetime; the server enforces both
        // timeouts whatever the browser keeps.
        let cookie_hours = settings.security.session_max_hours as i64;
        let server = HttpServer::new(move || {
            App::new()
                // inside the session: an error page reads the account's language
                .wrap(actix_web::middleware::from_fn(crate::web::error::in_reader_language))
                .wrap(
                    SessionMiddleware::builder(CookieSessionStore::default(), key.clone())
                        .cookie_name("crossclaim_session".into())
                        .cookie_content_security(CookieContentSecurity::Private)
                        .cookie_http_only(true)
                        .cookie_same_site(SameSite::Lax)
                        .cookie_secure(secure)
                        .session_lifecycle(
                            PersistentSession::default()
                                .session_ttl(actix_web::cookie::time::Duration::hours(cookie_hours)),
                        )
                        .build(),
                )
                .wrap(
                    DefaultHeaders::new()
                        .add(("X-Content-Type-Options", "nosniff"))
                        .add(("X-Frame-Options", "DENY"))
                        .add(("Referrer-Policy", "same-origin"))
                        .add((
                            "Content-Security-Policy",
                            "default-src 'self'; frame-ancestors 'none'; form-action 'self'",
                        )),
                )
                .wrap(TracingLogger::default())
                .app_data(data.clone())
                .configure(|cfg| {
                    if let Some(sandbox) = &sandbox {
                        cfg.service(
                            web::scope("/sandbox")
                                .app_data(web::Data::new(sandbox.clone()))
                                .app_data(web::PayloadConfig::new(crate::web::api::JSON_LIMIT))
                                .configure(crate::sandbox::routes),
                        );
                    }
                })
                .configure(crate::web::routes)
        })
        // A client that closes its end is gone: end its response at once. Otherwise a live
        // stream (and its socket) would live on until its next keep-alive failed to write.
        .h1_allow_half_closed(false)
        .listen(listener)?
        .run();
        tracing::info!(%address, public_url = %state.public_url, backend = state.db.backend(), partners = state.registry.all().len(), "portal listening");
        let schedule_poll = std::time::Duration::from_secs(settings.schedule_poll_secs);
        Ok(Self { port: address.port(), server, state, dispatcher, schedule_poll })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn state(&self) -> &AppState {
        &self.state
    }

    /// Serves until the server stops; the dispatcher runs beside it.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        // every instance files imports, and takes up those a stopped instance left running
        tokio::spawn(crate::imports::runner::run_forever(self.state.clone()));
        // the scheduler runs with the dispatcher: an instance that sends nothing plans nothing
        if self.dispatcher.is_some() {
            tokio::spawn(crate::schedule::run(self.state.clone(), self.schedule_poll));
        }
        match self.dispatcher {
            Some(dispatcher) => {
                tokio::select! {
                    result = self.server => result,
                    () = dispatcher.run() => Ok(()),
                }
            }
            None => self.server.await,
        }
    }
}

/// The session cookie key: `SESSION_KEY`, or one generated once and kept in `DATA_DIR`.
fn session_key(settings: &Settings) -> anyhow::Result<Key> {
    let text = persisted(settings, settings.session_key.as_deref(), "session.key", || {
        STANDARD.encode(Key::generate().master())
    })?;
    let bytes = STANDARD.decode(text.trim()).context("the session key is not base64")?;
    Key::try_from(bytes.as_slice()).map_err(|_| anyhow::anyhow!("the session key must hold at least 64 bytes"))
}

/// The sandbox secret: `SANDBOX_SECRET`, or one generated once and kept in `DATA_DIR`.
pub fn sandbox_secret(settings: &Settings) -> anyhow::Result<Secret> {
    let text =
        persisted(settings, settings.sandbox_secret.as_deref(), "sandbox.secret", || Secret::generate().expose())?;
    Secret::parse(&text).map_err(|e| anyhow::anyhow!("the sandbox secret: {e}"))
}

/// A configured value, or the one kept in `DATA_DIR/file`, made by `generate` the first time.
pub fn persisted(
    settings: &Settings,
    configured: Option<&str>,
    file: &str,
    generate: impl FnOnce() -> String,
) -> anyhow::Result<String> {
    if let Some(text) = configured {
        return Ok(text.to_string());
    }
    let path = settings.data_dir.join(file);
    if path.exists() {
        return std::fs::read_to_string(&path).with_context(|| format!("cannot read {}", path.display()));
    }
    let text = generate();
    std::fs::create_dir_all(&settings.data_dir)
        .with_context(|| format!("cannot create {}", settings.data_dir.display()))?;
    write_private(&path, &text)?;
    tracing::info!(path = %path.display(), "generated and stored a secret");
    Ok(text)
}

fn write_private(path: &std::path::Path, text: &str) -> anyhow::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path).with_context(|| format!("cannot write {}", path.display()))?;
    file.write_all(text.as_bytes())?;
    Ok(())
}

/// Runs the sandbox partner as its own process, for the portal at `PLATFORM_URL`.
pub async fn run_sandbox(settings: Settings) -> anyhow::Result<()> {
    let platform_url = settings
        .sandbox
        .platform_url
        .clone()
        .or_else(|| settings.public_url.clone())
        .context("tell the sandbox where the portal is: --platform-url or PLATFORM_URL")?;
    let (_, registry) = load_registry(&settings, &platform_url)?;
    let master = sandbox_secret(&settings)?;
    let sandbox = Sandbox::new(&registry, &master, &platform_url, &settings.sandbox)?;
    let listener =
        TcpListener::bind(&settings.listen).with_context(|| format!("cannot listen on {}", settings.listen))?;
    let address = listener.local_addr()?;
    println!("sandbox partner listening on http://{address}/sandbox for the portal at {platform_url}");
    HttpServer::new(move || {
        App::new().wrap(TracingLogger::default()).service(
            web::scope("/sandbox")
                .app_data(web::Data::new(sandbox.clone()))
                .app_data(web::PayloadConfig::new(crate::web::api::JSON_LIMIT))
                .configure(crate::sandbox::routes),
        )
    })
    .listen(listener)?
    .run()
    .await?;
    Ok(())
}
