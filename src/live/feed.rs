//! The one ordered feed of stored events into an instance's [`Hub`].

use std::sync::Arc;
use std::time::Duration;

use diesel::{Connection, PgConnection, RunQueryDsl};

use super::{Hub, LiveEvent};
use crate::db::claims::EVENTS_CHANNEL;
use crate::db::events::{self, LiveRow, Scope};
use crate::db::{Db, DbError};

/// How often the SQLite feed looks for new events when nothing woke it.
const POLL_EVERY: Duration = Duration::from_millis(250);
/// How often the PostgreSQL feed collects notifications that arrived on its connection.
const DRAIN_EVERY: Duration = Duration::from_millis(20);
/// How often the PostgreSQL feed checks that its connection is alive while it is quiet.
const PING_EVERY: Duration = Duration::from_secs(30);
const BATCH: i64 = 500;
/// The `application_name` of the listening connection, as `pg_stat_activity` shows it.
pub const LISTENER_NAME: &str = "crossclaim live feed";

/// Starts the feed for this database on the current runtime; it ends with the runtime.
pub fn spawn(db: Db, database_url: String, hub: Arc<Hub>) {
    match db {
        Db::Sqlite(_) => {
            tokio::spawn(poll(db, hub));
        }
        Db::Pg(_) => {
            tokio::spawn(listen(db, database_url, hub));
        }
    }
}

fn publish(hub: &Hub, rows: Vec<LiveRow>) {
    for row in rows {
        hub.publish(Arc::new(LiveEvent::new(row)));
    }
}

/// SQLite: one process writes, and a write takes `MAX(seq) + 1` under the write lock, so
/// sequence order is commit order and "everything after the last seen number" misses nothing.
async fn poll(db: Db, hub: Arc<Hub>) {
    let mut cursor = loop {
        match db.run(|c| events::latest_seq(c, &Scope::All)).await {
            Ok(seq) => break seq,
            Err(e) => {
                tracing::warn!(error = %e, "live feed: cannot read the event log; retrying");
                tokio::time::sleep(Duration::from_secs(1)).await;
            }
        }
    };
    loop {
        tokio::select! {
            _ = hub.kicked() => {}
            _ = tokio::time::sleep(POLL_EVERY) => {}
        }
        loop {
            let after = cursor;
            match db.run(move |c| events::after(c, &Scope::All, after, BATCH)).await {
                Ok(rows) => {
                    let full = rows.len() as i64 == BATCH;
                    if let Some(last) = rows.last() {
                        cursor = last.stored.seq;
                    }
                    publish(&hub, rows);
                    if !full {
                        break;
                    }
                }
                Err(e) => {
                    tracing::warn!(error = %e, "live feed: cannot read the event log");
                    break;
                }
            }
        }
    }
}

/// PostgreSQL: a dedicated connection `LISTEN`s on the channel every stored event is
/// announced on. Notifications arrive on commit, in commit order, on every instance; the rows
/// are read once per instance through the pool. After a reconnect every stream re-reads the
/// log from its last event, since notifications sent meanwhile are lost.
async fn listen(db: Db, url: String, hub: Arc<Hub>) {
    let mut backoff = Duration::from_millis(200);
    loop {
        let connecting = url.clone();
        let conn = tokio::task::spawn_blocking(move || -> Result<PgConnection, String> {
            let mut conn = PgConnection::establish(&connecting).map_err(|e| e.to_string())?;
            diesel::sql_query(format!("SET application_name = '{LISTENER_NAME}'"))
                .execute(&mut conn)
                .map_err(|e| e.to_string())?;
            diesel::sql_query(format!("LISTEN {EVENTS_CHANNEL}")).execute(&mut conn).map_err(|e| e.to_string())?;
            Ok(conn)
        })
        .await;
        let mut conn = match conn {
            Ok(Ok(conn)) => conn,
            Ok(Err(e)) => {
                tracing::warn!(error = %e, retry_in = ?backoff, "live feed: cannot listen on PostgreSQL");
                tokio::time::sleep(backoff).await;
                backoff = (backoff * 2).min(Duration::from_secs(10));
                continue;
            }
            Err(_) => return,
        };
        backoff = Duration::from_millis(200);
        tracing::debug!("live feed: listening for events");
        hub.resync_all();
        let mut quiet = Duration::ZERO;
        loop {
            let ping = quiet >= PING_EVERY;
            let drained = tokio::task::spawn_blocking(move || {
                let result = drain(&mut conn, ping);
                (conn, result)
            })
            .await;
            let Ok((back, result)) = drained else { return };
            conn = back;
            match result {
                Ok(seqs) if seqs.is_empty() => {
                    quiet = if ping { Duration::ZERO } else { quiet + DRAIN_EVERY };
                }
                Ok(seqs) => {
                    quiet = Duration::ZERO;
                    if let Err(e) = forward(&db, &hub, seqs).await {
                        tracing::warn!(error = %e, "live feed: cannot read announced events");
                        hub.resync_all();
                    }
                }
                Err(e) => {
                    tracing::warn!(error = %e, "live feed: lost the PostgreSQL connection; reconnecting");
                    break;
                }
            }
            tokio::time::sleep(DRAIN_EVERY).await;
        }
    }
}

/// The sequence numbers announced since the last call, in commit order.
fn drain(conn: &mut PgConnection, ping: bool) -> Result<Vec<i64>, diesel::result::Error> {
    if ping {
        diesel::sql_query("SELECT 1").execute(conn)?;
    }
    let mut seqs = Vec::new();
    for notification in conn.notifications_iter() {
        let notification = notification?;
        match notification.payload.parse::<i64>() {
            Ok(seq) => seqs.push(seq),
            Err(_) => tracing::warn!(payload = %notification.payload, "live feed: unexpected notification"),
        }
    }
    Ok(seqs)
}

async fn forward(db: &Db, hub: &Hub, seqs: Vec<i64>) -> Result<(), DbError> {
    for chunk in seqs.chunks(BATCH as usize) {
        let chunk = chunk.to_vec();
        let rows = db.run(move |c| events::by_seq(c, &chunk)).await?;
        publish(hub, rows);
    }
    Ok(())
}
