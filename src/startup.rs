//! Building the application from [`Settings`]: the binary and the tests go through here.

use std::net::TcpListener;
use std::sync::Arc;

use actix_session::SessionMiddleware;
use actix_session::config::CookieContentSecurity;
use actix_session::storage::CookieSessionStore;
use actix_web::cookie::{Key, SameSite};
use actix_web::dev::Server;
use actix_web::middleware::DefaultHeaders;
use actix_web::{App, HttpServer, web};
use anyhow::Context;
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use tracing_actix_web::TracingLogger;

use crate::db::Db;
use crate::registry::{self, LoadContext, Registry};
use crate::settings::Settings;
use crate::state::AppState;

pub struct Application {
    port: u16,
    server: Server,
    state: AppState,
}

/// Loads the rules and the registry as the server would; `check` uses this alone.
pub fn load_registry(settings: &Settings, public_url: &str) -> anyhow::Result<(crate::domain::rules::Rules, Registry)> {
    let rules = registry::load_rules(&settings.rules_dir)?;
    let sandbox_url = settings.sandbox_url.clone().unwrap_or_else(|| format!("{public_url}/sandbox"));
    let cx = LoadContext { rules: &rules, today: chrono::Utc::now().date_naive(), sandbox_url: &sandbox_url };
    let registry = Registry::load(&settings.partners_dir, &cx).context("the partner registry is invalid")?;
    Ok((rules, registry))
}

impl Application {
    pub async fn build(settings: Settings) -> anyhow::Result<Self> {
        let listener = TcpListener::bind(&settings.listen).with_context(|| format!("cannot listen on {}", settings.listen))?;
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
        let secure = public_url.starts_with("https://");
        let state = AppState { db, registry: Arc::new(registry), rules: Arc::new(rules), public_url };
        let data = web::Data::new(state.clone());
        let server = HttpServer::new(move || {
            App::new()
                .wrap(
                    SessionMiddleware::builder(CookieSessionStore::default(), key.clone())
                        .cookie_name("crossclaim_session".into())
                        .cookie_content_security(CookieContentSecurity::Private)
                        .cookie_http_only(true)
                        .cookie_same_site(SameSite::Lax)
                        .cookie_secure(secure)
                        .build(),
                )
                .wrap(
                    DefaultHeaders::new()
                        .add(("X-Content-Type-Options", "nosniff"))
                        .add(("X-Frame-Options", "DENY"))
                        .add(("Referrer-Policy", "same-origin"))
                        .add(("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'; form-action 'self'")),
                )
                .wrap(TracingLogger::default())
                .app_data(data.clone())
                .configure(crate::web::routes)
        })
        .listen(listener)?
        .run();
        tracing::info!(%address, public_url = %state.public_url, backend = state.db.backend(), partners = state.registry.all().len(), "portal listening");
        Ok(Self { port: address.port(), server, state })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn state(&self) -> &AppState {
        &self.state
    }

    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.server.await
    }
}

/// The session cookie key: `SESSION_KEY`, or one generated once and kept in `DATA_DIR`.
fn session_key(settings: &Settings) -> anyhow::Result<Key> {
    let decode = |text: &str, origin: &str| -> anyhow::Result<Key> {
        let bytes = STANDARD.decode(text.trim()).with_context(|| format!("{origin} is not base64"))?;
        Key::try_from(bytes.as_slice()).map_err(|_| anyhow::anyhow!("{origin} must hold at least 64 bytes"))
    };
    if let Some(text) = &settings.session_key {
        return decode(text, "SESSION_KEY");
    }
    let path = settings.data_dir.join("session.key");
    if path.exists() {
        let text = std::fs::read_to_string(&path).with_context(|| format!("cannot read {}", path.display()))?;
        return decode(&text, &path.display().to_string());
    }
    let key = Key::generate();
    std::fs::create_dir_all(&settings.data_dir).with_context(|| format!("cannot create {}", settings.data_dir.display()))?;
    write_private(&path, &STANDARD.encode(key.master()))?;
    tracing::info!(path = %path.display(), "generated a session key");
    Ok(key)
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
