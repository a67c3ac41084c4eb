//! Storage through diesel on SQLite (embedded default) or PostgreSQL, chosen by `DATABASE_URL`.
//! Query functions are plain sync functions over [`Conn`]; [`with_conn!`] type-checks each
//! body once per backend, so both run the same code. Async callers go through [`Db::run`].

pub mod attempts;
pub mod claims;
pub mod creditors;
pub mod deliveries;
pub mod documents;
pub mod events;
pub mod imports;
pub mod messages;
pub mod money;
pub mod partner_users;
pub mod performance;
pub mod portal;
pub mod quotes;
pub mod reminders;
pub mod schema;
pub mod sessions;
pub mod users;
pub mod webhooks;

use std::path::Path;
use std::time::Duration;

use diesel::connection::SimpleConnection;
use diesel::r2d2::{ConnectionManager, CustomizeConnection, Pool, PooledConnection};
use diesel::{PgConnection, SqliteConnection};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgres");

/// A pooled connection to whichever backend is configured.
pub enum Conn {
    Sqlite(PooledConnection<ConnectionManager<SqliteConnection>>),
    Pg(PooledConnection<ConnectionManager<PgConnection>>),
}

/// Runs `$body` with `$c` bound to the backend's connection (`&mut SqliteConnection` or
/// `&mut PgConnection`).
#[macro_export]
macro_rules! with_conn {
    ($conn:expr, $c:ident => $body:expr) => {
        match $conn {
            $crate::db::Conn::Sqlite(pooled) => {
                let $c: &mut diesel::SqliteConnection = &mut *pooled;
                $body
            }
            $crate::db::Conn::Pg(pooled) => {
                let $c: &mut diesel::PgConnection = &mut *pooled;
                $body
            }
        }
    };
}

/// Runs `$body` in a write transaction: `BEGIN IMMEDIATE` on SQLite (so concurrent writers
/// queue on the lock instead of failing), a plain transaction on PostgreSQL.
///
/// On SQLite the writers of this process first queue on an in-process lock: SQLite's own
/// busy handler polls with growing sleeps, and under steady concurrent writes an unlucky
/// writer could wait out `busy_timeout` and fail with "database is locked".
#[macro_export]
macro_rules! write_tx {
    ($conn:expr, $c:ident => $body:expr) => {
        match $conn {
            $crate::db::Conn::Sqlite(pooled) => {
                let _writer = $crate::db::sqlite_writer();
                pooled.immediate_transaction(|$c| $body)
            }
            $crate::db::Conn::Pg(pooled) => diesel::Connection::transaction(&mut **pooled, |$c| $body),
        }
    };
}

/// A place in the in-process queue of SQLite writers (see [`write_tx!`]). Re-entrant: a
/// write transaction nested in another on the same thread (a savepoint) does not queue again.
pub struct SqliteWriter(Option<std::sync::MutexGuard<'static, ()>>);

thread_local! {
    static HOLDS_WRITER: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

pub fn sqlite_writer() -> SqliteWriter {
    static WRITER: std::sync::Mutex<()> = std::sync::Mutex::new(());
    if HOLDS_WRITER.get() {
        return SqliteWriter(None);
    }
    let guard = WRITER.lock().unwrap_or_else(|e| e.into_inner());
    HOLDS_WRITER.set(true);
    SqliteWriter(Some(guard))
}

impl Drop for SqliteWriter {
    fn drop(&mut self) {
        if self.0.take().is_some() {
            HOLDS_WRITER.set(false);
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("the database is unavailable")]
    Pool(#[from] diesel::r2d2::PoolError),
    #[error("database query failed")]
    Query(#[from] diesel::result::Error),
    #[error("database task failed")]
    Task(#[from] tokio::task::JoinError),
    /// No connection for a group commit; the event was not stored.
    #[error("the database is unavailable: {0}")]
    Unavailable(String),
    /// The group commit's writer stopped before it answered; the event may or may not be
    /// stored (a partner's retry with the same `webhook-id` is answered as a duplicate).
    #[error("the event writer stopped before answering")]
    Stopped,
}

#[derive(Clone)]
pub enum Db {
    Sqlite(Pool<ConnectionManager<SqliteConnection>>),
    Pg(Pool<ConnectionManager<PgConnection>>),
}

#[derive(Debug)]
struct SqlitePragmas;

impl CustomizeConnection<SqliteConnection, diesel::r2d2::Error> for SqlitePragmas {
    fn on_acquire(&self, conn: &mut SqliteConnection) -> Result<(), diesel::r2d2::Error> {
        conn.batch_execute(
            "PRAGMA busy_timeout = 5000; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;",
        )
        .map_err(diesel::r2d2::Error::QueryError)
    }
}

/// Creates the SQLite file readable by its owner only (SQLite gives its `-wal` and `-shm`
/// files the same mode); an existing file that others may read is made private too.
fn create_private(path: &Path) -> anyhow::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    match options.open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                let mode = std::fs::metadata(path).map(|m| m.permissions().mode()).unwrap_or(0);
                if mode & 0o077 != 0 {
                    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode & 0o700))
                        .map_err(|e| anyhow::anyhow!("cannot make {} private: {e}", path.display()))?;
                    tracing::warn!(path = %path.display(), "the database could be read by others; it is now its owner's only");
                }
            }
            Ok(())
        }
        Err(e) => Err(anyhow::anyhow!("cannot create {}: {e}", path.display())),
    }
}

/// Call before the process's first PostgreSQL connection (`Db::connect` does).
///
/// libpq brings OpenSSL, and OpenSSL frees its locks from an `atexit` handler. A thread
/// still inside libpq when the process exits (a pool worker connecting, a server thread of
/// a test binary) then takes a freed lock and the process ends with SIGSEGV after its work
/// is done (diesel-rs/diesel#3441). Asked before its first use, OpenSSL registers no such
/// handler and leaves its memory to the operating system. Without libcrypto in the process
/// this does nothing.
pub fn before_postgres() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        const OPENSSL_INIT_NO_ATEXIT: u64 = 0x0008_0000;
        type InitCrypto = unsafe extern "C" fn(u64, *const libc::c_void) -> libc::c_int;
        // SAFETY: dlsym only looks a name up; when found, the symbol is OpenSSL's
        // `int OPENSSL_init_crypto(uint64_t opts, const OPENSSL_INIT_SETTINGS *settings)`,
        // which accepts a null settings pointer.
        unsafe {
            let symbol = libc::dlsym(libc::RTLD_DEFAULT, c"OPENSSL_init_crypto".as_ptr());
            if !symbol.is_null() {
                let init: InitCrypto = std::mem::transmute::<*mut libc::c_void, InitCrypto>(symbol);
                init(OPENSSL_INIT_NO_ATEXIT, std::ptr::null());
            }
        }
    });
}

impl Db {
    /// Connects to `url`: `sqlite://path/to/file.db` (the folder is created) or
    /// `postgres://user@host/db`. Any other URL is an error.
    pub fn connect(url: &str) -> anyhow::Result<Self> {
        if let Some(path) = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:")) {
            anyhow::ensure!(
                !path.is_empty() && !path.contains(":memory:"),
                "DATABASE_URL needs a file path, e.g. sqlite://data/crossclaim.db"
            );
            if let Some(dir) = Path::new(path).parent().filter(|d| !d.as_os_str().is_empty()) {
                std::fs::create_dir_all(dir).map_err(|e| anyhow::anyhow!("cannot create {}: {e}", dir.display()))?;
            }
            create_private(Path::new(path))?;
            let pool = Pool::builder()
                .max_size(8)
                .min_idle(Some(1))
                .connection_timeout(Duration::from_secs(10))
                .connection_customizer(Box::new(SqlitePragmas))
                .build(ConnectionManager::<SqliteConnection>::new(path))
                .map_err(|e| anyhow::anyhow!("cannot open the SQLite database {path}: {e}"))?;
            Ok(Self::Sqlite(pool))
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            before_postgres();
            // No idle minimum: r2d2 would replenish it from its worker threads in the
            // background, and a short-lived command (`crossclaim creditor create`) could exit
            // while one is inside libpq's connect, which crashes the process on its way out.
            let pool = Pool::builder()
                .max_size(16)
                .min_idle(Some(0))
                .connection_timeout(Duration::from_secs(10))
                .build(ConnectionManager::<PgConnection>::new(url))
                .map_err(|e| anyhow::anyhow!("cannot connect to PostgreSQL: {e}"))?;
            Ok(Self::Pg(pool))
        } else {
            anyhow::bail!("DATABASE_URL must start with sqlite:// or postgres://")
        }
    }

    pub fn backend(&self) -> &'static str {
        match self {
            Self::Sqlite(_) => "sqlite",
            Self::Pg(_) => "postgres",
        }
    }

    pub fn get(&self) -> Result<Conn, DbError> {
        Ok(match self {
            Self::Sqlite(pool) => Conn::Sqlite(pool.get()?),
            Self::Pg(pool) => Conn::Pg(pool.get()?),
        })
    }

    /// Applies every pending migration of the backend.
    pub fn migrate(&self) -> anyhow::Result<()> {
        let mut conn = self.get()?;
        let applied = with_conn!(&mut conn, c => c.run_pending_migrations(match self {
            Self::Sqlite(_) => SQLITE_MIGRATIONS,
            Self::Pg(_) => POSTGRES_MIGRATIONS,
        }).map(|v| v.len()))
        .map_err(|e| anyhow::anyhow!("migration failed: {e}"))?;
        if applied > 0 {
            tracing::info!(applied, backend = self.backend(), "database migrated");
        }
        Ok(())
    }

    /// Runs blocking database work on the blocking pool, inside the caller's span.
    pub async fn run<R, F>(&self, f: F) -> Result<R, DbError>
    where
        F: FnOnce(&mut Conn) -> Result<R, DbError> + Send + 'static,
        R: Send + 'static,
    {
        let db = self.clone();
        let span = tracing::Span::current();
        tokio::task::spawn_blocking(move || {
            let _entered = span.enter();
            let mut conn = db.get()?;
            f(&mut conn)
        })
        .await?
    }
}

/// Microseconds since the Unix epoch, now.
pub fn now_micros() -> i64 {
    chrono::Utc::now().timestamp_micros()
}

pub fn from_micros(micros: i64) -> chrono::DateTime<chrono::Utc> {
    chrono::DateTime::from_timestamp_micros(micros).unwrap_or_default()
}

/// A new time-ordered id with a type prefix (`c_01J...`): ids sort by creation.
pub fn new_id(prefix: &str) -> String {
    use std::sync::Mutex;
    static GENERATOR: Mutex<Option<ulid::Generator>> = Mutex::new(None);
    let mut guard = GENERATOR.lock().unwrap_or_else(|e| e.into_inner());
    let generator = guard.get_or_insert_with(ulid::Generator::new);
    let id = generator.generate().unwrap_or_else(|_| ulid::Ulid::new());
    format!("{prefix}{id}")
}

/// True for a unique-constraint violation, which callers turn into a conflict.
pub fn is_unique_violation(e: &diesel::result::Error) -> bool {
    matches!(e, diesel::result::Error::DatabaseError(diesel::result::DatabaseErrorKind::UniqueViolation, _))
}
