//! Live fan-out of case events to open streams.
//!
//! Every stored event reaches the [`Hub`] of every instance from one ordered feed
//! ([`feed`]): on PostgreSQL a `LISTEN` on the channel that recording an event notifies in its
//! transaction (delivered on commit, in commit order, to every instance); on SQLite, which
//! serves one process, a poll of the event log by sequence number, woken at once by
//! [`Hub::kick`] after a local write and every 250 ms regardless. The hub hands events to
//! the streams of the event's creditor through an in-process `tokio::sync::broadcast`
//! channel per creditor, so a thousand open streams cost one database read per event, not
//! a thousand. A stream that falls behind (or a feed that reconnects) reads what it missed
//! from the database by sequence number, so nothing is lost.

pub mod feed;

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use actix_web::web::Bytes;
use tokio::sync::{Notify, broadcast};

use crate::db::events::LiveRow;

/// How many events a slow stream may fall behind before it re-reads from the database.
const CHANNEL_CAPACITY: usize = 256;

/// A stored event on its way to the streams; the bytes a stream sends are rendered once and
/// shared by every stream that sends them.
#[derive(Debug)]
pub struct LiveEvent {
    pub row: LiveRow,
    frame: OnceLock<Bytes>,
}

impl LiveEvent {
    pub fn new(row: LiveRow) -> Self {
        Self { row, frame: OnceLock::new() }
    }

    pub fn seq(&self) -> i64 {
        self.row.stored.seq
    }

    pub fn claim_id(&self) -> &str {
        &self.row.stored.event.claim_id
    }

    /// The stream frame for this event, rendered by the first stream that asks.
    pub fn frame(&self, render: impl FnOnce(&LiveRow) -> Bytes) -> Bytes {
        self.frame.get_or_init(|| render(&self.row)).clone()
    }
}

/// What a stream hears from the hub.
#[derive(Debug, Clone)]
pub enum Signal {
    Event(Arc<LiveEvent>),
    /// Events may have been missed (the feed reconnected): read the log from the last one sent.
    Resync,
    /// A session or API key of this creditor was revoked: check the stream's own still holds.
    Recheck,
}

/// The per-process switchboard between the feed and the open streams.
#[derive(Debug, Default)]
pub struct Hub {
    by_creditor: Mutex<HashMap<String, broadcast::Sender<Signal>>>,
    kick: Notify,
    /// What opened streams (a session, an API key), with when it was last found to hold: the
    /// streams opened by one grant check it once per keep-alive between them, not each.
    held: Mutex<HashMap<String, Instant>>,
}

impl Hub {
    pub fn new() -> Arc<Self> {
        Arc::new(Self::default())
    }

    /// Listens to the events of one creditor's claims, unless the creditor already has `max`
    /// streams open on this instance.
    pub fn subscribe(&self, creditor_id: &str, max: usize) -> Option<broadcast::Receiver<Signal>> {
        let mut map = self.by_creditor.lock().unwrap_or_else(|e| e.into_inner());
        map.retain(|_, sender| sender.receiver_count() > 0);
        let sender = map.entry(creditor_id.to_string()).or_insert_with(|| broadcast::channel(CHANNEL_CAPACITY).0);
        (sender.receiver_count() < max).then(|| sender.subscribe())
    }

    /// Tells the open streams of a creditor to check that what opened them still holds.
    pub fn recheck(&self, creditor_id: &str) {
        self.held.lock().unwrap_or_else(|e| e.into_inner()).clear();
        let map = self.by_creditor.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(sender) = map.get(creditor_id) {
            let _ = sender.send(Signal::Recheck);
        }
    }

    /// Hands an event to the streams of its creditor, if any are open.
    pub fn publish(&self, event: Arc<LiveEvent>) {
        let mut map = self.by_creditor.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(sender) = map.get(&event.row.creditor_id) {
            if sender.send(Signal::Event(event.clone())).is_err() {
                map.remove(&event.row.creditor_id);
            }
        }
    }

    /// Tells every open stream to read the log for anything it missed.
    pub fn resync_all(&self) {
        let map = self.by_creditor.lock().unwrap_or_else(|e| e.into_inner());
        for sender in map.values() {
            let _ = sender.send(Signal::Resync);
        }
    }

    /// How many streams are open on this instance.
    pub fn streams(&self) -> usize {
        let map = self.by_creditor.lock().unwrap_or_else(|e| e.into_inner());
        map.values().map(|s| s.receiver_count()).sum()
    }

    /// Whether `grant` was found to hold less than `within` ago.
    pub fn held_within(&self, grant: &str, within: Duration) -> bool {
        let held = self.held.lock().unwrap_or_else(|e| e.into_inner());
        held.get(grant).is_some_and(|at| at.elapsed() < within)
    }

    /// Notes that `grant` was just found to hold (or, `false`, not to).
    pub fn set_held(&self, grant: &str, holds: bool) {
        let mut held = self.held.lock().unwrap_or_else(|e| e.into_inner());
        if holds {
            if held.len() > 100_000 {
                held.retain(|_, at| at.elapsed() < Duration::from_secs(3600));
            }
            held.insert(grant.to_string(), Instant::now());
        } else {
            held.remove(grant);
        }
    }

    /// Says that this instance just stored an event: the SQLite feed reads it at once instead
    /// of at its next poll. (PostgreSQL's feed is woken by the database itself.)
    pub fn kick(&self) {
        self.kick.notify_one();
    }

    async fn kicked(&self) {
        self.kick.notified().await
    }
}
