//! Live streams (Server-Sent Events): one claim's events, or those of all the creditor's
//! claims, as they are stored. Each SSE event carries `id: <seq>`, the event's sequence
//! number; a client that reconnects with `Last-Event-ID` (browsers do it by themselves), or
//! opens with `?after=<seq>`, first gets every event after that one from the database, then
//! live ones, so nothing is missed. Without either it gets the events stored from now on.
//! An idle stream sends a keep-alive comment every `STREAM_KEEPALIVE` seconds, and checks
//! then that what opened it still holds (once per half period for all streams of one grant).
//!
//! `GET /api/v1/claims/{id}/stream` and `GET /api/v1/claims/stream` take the API key; the
//! portal's pages use `GET /claims/{id}/stream` and `GET /claims/stream` with the session.
//! A claim that is not the caller's is a 404, as everywhere.

use crate::web::api::openapi::tags;
use crate::web::error::ErrorBody;
use std::collections::VecDeque;
use std::convert::Infallible;

use actix_web::http::header;
use actix_web::web::Bytes;
use actix_web::{HttpRequest, HttpResponse, get, web};
use serde::{Deserialize, Serialize};
use tokio::sync::broadcast::error::RecvError;

use super::api::ApiCreditor;
use super::error::{ApiError, PageError};
use super::session::creditor_session;
use super::views::{EventView, event_view};
use crate::db::events::{self, LiveRow, Scope};
use crate::db::{creditors, sessions};
use crate::domain::money::Currency;
use crate::domain::status::CaseStatus;
use crate::live::Signal;
use crate::state::AppState;

/// The SSE event type of a case event.
pub const EVENT_TYPE: &str = "claim_event";
/// The SSE event type of every other entry of a case's thread (a message, a document, a
/// payment, a payout, a promise, a notice): v1 clients listening for status changes only
/// never see them.
pub const ENTRY_TYPE: &str = "case_entry";
/// How long a browser waits before reconnecting, in milliseconds.
const RETRY_MS: u32 = 2000;
/// How many events one catch-up read fetches.
const CATCH_UP_BATCH: i64 = 200;

#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct StreamQuery {
    /// Resume after the event with this sequence number (`Last-Event-ID` wins).
    after: Option<String>,
}

/// Where a stream starts: `Last-Event-ID` wins over `?after=`.
fn resume_point(req: &HttpRequest, query: &StreamQuery) -> Result<Option<i64>, (&'static str, String)> {
    let parse = |name: &'static str, text: &str| {
        text.trim()
            .parse::<i64>()
            .ok()
            .filter(|n| *n >= 0)
            .map(Some)
            .ok_or((name, "the sequence number of an event, a whole number".to_string()))
    };
    if let Some(value) = req.headers().get("Last-Event-ID") {
        return parse("Last-Event-ID", value.to_str().unwrap_or(""));
    }
    match query.after.as_deref() {
        Some(after) if !after.trim().is_empty() => parse("after", after),
        _ => Ok(None),
    }
}

#[utoipa::path(
    tag = tags::STREAMS, security(("api_key" = [])),
    summary = "Stream every claim's changes",
    description = "`text/event-stream`: one event per change of any of the caller's claims, as it happens; each event's `id` is its sequence number. Resume with `Last-Event-ID` (or `?after=`).",
    params(StreamQuery, ("Last-Event-ID" = Option<String>, Header, description = "Resume after this event")),
    responses(
        (status = 200, description = "The stream", body = String, content_type = "text/event-stream"),
        (status = 400, description = "The body or a parameter is malformed; `field` names it", body = ErrorBody),
        (status = 401, description = "No valid API key", body = ErrorBody),
    )
)]
#[get("/claims/stream")]
pub async fn api_all(
    state: web::Data<AppState>,
    creditor: ApiCreditor,
    req: HttpRequest,
    query: web::Query<StreamQuery>,
) -> Result<HttpResponse, ApiError> {
    let after = resume_point(&req, &query).map_err(|(f, m)| ApiError::bad_request(f, m))?;
    open(&state, Scope::Creditor(creditor.id), Grant::ApiKey(creditor.key_hash), after).await
}

#[utoipa::path(
    tag = tags::STREAMS, security(("api_key" = [])),
    summary = "Stream one claim's changes",
    description = "`text/event-stream`: one event per status change, message, document or payment of the claim, as it happens (the case page uses the same stream). Resume with `Last-Event-ID` (or `?after=`).",
    params(StreamQuery, ("Last-Event-ID" = Option<String>, Header, description = "Resume after this event")),
    responses(
        (status = 200, description = "The stream", body = String, content_type = "text/event-stream"),
        (status = 400, description = "The body or a parameter is malformed; `field` names it", body = ErrorBody),
        (status = 401, description = "No valid API key", body = ErrorBody),
        (status = 404, description = "No such claim of the caller's", body = ErrorBody),
    )
)]
#[get("/claims/{id}/stream")]
pub async fn api_claim(
    state: web::Data<AppState>,
    creditor: ApiCreditor,
    id: web::Path<String>,
    req: HttpRequest,
    query: web::Query<StreamQuery>,
) -> Result<HttpResponse, ApiError> {
    let after = resume_point(&req, &query).map_err(|(f, m)| ApiError::bad_request(f, m))?;
    let scope = claim_scope(&state, creditor.id, id.into_inner()).await?.ok_or(ApiError::NotFound)?;
    open(&state, scope, Grant::ApiKey(creditor.key_hash), after).await
}

#[get("/claims/stream")]
pub async fn page_all(
    state: web::Data<AppState>,
    req: HttpRequest,
    query: web::Query<StreamQuery>,
) -> Result<HttpResponse, PageError> {
    let (creditor_id, session) = creditor_session(&req).await?.ok_or(PageError::NotFound)?;
    let after = resume_point(&req, &query).map_err(|_| PageError::NotFound)?;
    open(&state, Scope::Creditor(creditor_id), Grant::Session(session), after).await.map_err(PageError::from)
}

#[get("/claims/{id}/stream")]
pub async fn page_claim(
    state: web::Data<AppState>,
    id: web::Path<String>,
    req: HttpRequest,
    query: web::Query<StreamQuery>,
) -> Result<HttpResponse, PageError> {
    let (creditor_id, session) = creditor_session(&req).await?.ok_or(PageError::NotFound)?;
    let after = resume_point(&req, &query).map_err(|_| PageError::NotFound)?;
    let scope =
        claim_scope(&state, creditor_id, id.into_inner()).await.map_err(PageError::from)?.ok_or(PageError::NotFound)?;
    open(&state, scope, Grant::Session(session), after).await.map_err(PageError::from)
}

/// The scope of one claim's stream, when the claim is this creditor's.
async fn claim_scope(state: &AppState, creditor_id: String, claim_id: String) -> Result<Option<Scope>, ApiError> {
    if claim_id.len() > 64 {
        return Ok(None);
    }
    let (creditor, claim) = (creditor_id.clone(), claim_id.clone());
    let mine = state.db.run(move |c| events::is_owner(c, &creditor, &claim)).await?;
    Ok(mine.then_some(Scope::Claim { creditor_id, claim_id }))
}

/// What opened a stream, checked again whenever a session or key of its creditor is revoked
/// on this instance, and at every keep-alive (for revocations on other instances): when it
/// no longer holds, the stream ends.
#[derive(Debug, Clone)]
enum Grant {
    /// The stored session's id.
    Session(String),
    /// The API key's hash.
    ApiKey(String),
}

impl Grant {
    /// The key the hub remembers this grant by.
    fn key(&self) -> String {
        match self {
            Grant::Session(id) => format!("session:{id}"),
            Grant::ApiKey(hash) => format!("key:{hash}"),
        }
    }

    /// At a keep-alive: whether the grant still holds, asking the database only when no
    /// stream of the same grant did in the last half keep-alive period. Thousands of streams
    /// opened with one API key cost one query per period, not one each; a revocation on
    /// another instance still ends them within one and a half periods.
    async fn still_holds(&self, state: &AppState, creditor_id: &str) -> bool {
        let key = self.key();
        if state.live.held_within(&key, state.stream_keepalive / 2) {
            return true;
        }
        let holds = self.holds(state, creditor_id).await;
        state.live.set_held(&key, holds);
        holds
    }

    async fn holds(&self, state: &AppState, creditor_id: &str) -> bool {
        let (grant, creditor, life) = (self.clone(), creditor_id.to_string(), state.session_lifetime());
        let held = state
            .db
            .run(move |conn| match &grant {
                Grant::Session(id) => sessions::is_alive(conn, id, life),
                Grant::ApiKey(hash) => {
                    Ok(creditors::creditor_for_key(conn, hash)?.as_deref() == Some(creditor.as_str()))
                }
            })
            .await;
        // A database that cannot answer ends the stream too; the client reconnects and is
        // checked afresh.
        held.unwrap_or(false)
    }
}

/// Starts a stream: listens to the hub first, then decides where to start, so that no event
/// stored in between is lost (one seen twice is sent once).
async fn open(state: &AppState, scope: Scope, grant: Grant, after: Option<i64>) -> Result<HttpResponse, ApiError> {
    let creditor_id = match &scope {
        Scope::Creditor(id) | Scope::Claim { creditor_id: id, .. } => id.clone(),
        Scope::All => return Err(ApiError::NotFound),
    };
    let max = state.security.max_streams_per_creditor;
    let rx = state.live.subscribe(&creditor_id, max).ok_or_else(|| {
        ApiError::TooMany(format!("at most {max} live streams may be open at once; close one and try again"))
    })?;
    let (last, catch_up) = match after {
        Some(after) => (after, true),
        None => {
            let now = scope.clone();
            let start = state
                .db
                .run(move |c| match &now {
                    Scope::Creditor(creditor_id) => events::stream_start(c, creditor_id),
                    other => events::latest_seq(c, other),
                })
                .await?;
            (start, false)
        }
    };
    let period = state.stream_keepalive;
    let mut keepalive = tokio::time::interval_at(tokio::time::Instant::now() + period, period);
    keepalive.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let follower = Follower {
        state: state.clone(),
        creditor_id,
        grant,
        scope,
        rx,
        last,
        catch_up,
        pending: VecDeque::from([Bytes::from(format!("retry: {RETRY_MS}\n: stream open\n\n"))]),
        keepalive,
    };
    Ok(HttpResponse::Ok()
        .content_type("text/event-stream")
        .insert_header((header::CACHE_CONTROL, "no-cache"))
        .insert_header(("X-Accel-Buffering", "no"))
        .streaming(futures_util::stream::unfold(follower, Follower::next)))
}

/// One open stream's position in the event log.
struct Follower {
    state: AppState,
    creditor_id: String,
    grant: Grant,
    scope: Scope,
    rx: tokio::sync::broadcast::Receiver<Signal>,
    /// The sequence number of the last event sent (or of the newest when it opened).
    last: i64,
    /// Whether events may be waiting in the database that the hub did not bring.
    catch_up: bool,
    pending: VecDeque<Bytes>,
    keepalive: tokio::time::Interval,
}

impl Follower {
    async fn next(mut self) -> Option<(Result<Bytes, Infallible>, Self)> {
        loop {
            if let Some(frame) = self.pending.pop_front() {
                return Some((Ok(frame), self));
            }
            if self.catch_up {
                let (scope, after) = (self.scope.clone(), self.last);
                match self.state.db.run(move |c| events::after(c, &scope, after, CATCH_UP_BATCH)).await {
                    Ok(rows) => {
                        self.catch_up = rows.len() as i64 == CATCH_UP_BATCH;
                        for row in rows {
                            self.last = row.stored.seq;
                            self.pending.push_back(render(&row));
                        }
                    }
                    Err(e) => {
                        // The client reconnects with Last-Event-ID and resumes where it was.
                        tracing::warn!(error = %e, "live stream: cannot read the event log; closing");
                        return None;
                    }
                }
                continue;
            }
            tokio::select! {
                signal = self.rx.recv() => match signal {
                    Ok(Signal::Event(event)) => {
                        let wanted = match &self.scope {
                            Scope::Claim { claim_id, .. } => event.claim_id() == claim_id,
                            _ => true,
                        };
                        if wanted && event.seq() > self.last {
                            self.last = event.seq();
                            return Some((Ok(event.frame(render)), self));
                        }
                    }
                    Ok(Signal::Resync) | Err(RecvError::Lagged(_)) => self.catch_up = true,
                    Ok(Signal::Recheck) => {
                        if !self.grant.holds(&self.state, &self.creditor_id).await {
                            return None;
                        }
                    }
                    Err(RecvError::Closed) => return None,
                },
                _ = self.keepalive.tick() => {
                    if !self.grant.still_holds(&self.state, &self.creditor_id).await {
                        return None;
                    }
                    return Some((Ok(Bytes::from_static(b": keep-alive\n\n")), self));
                }
            }
        }
    }
}

/// What a stream's `data:` holds: the event as the claim's `events` show it, with its claim
/// and what a page needs to show it.
#[derive(Debug, Serialize)]
pub struct StreamEvent {
    pub claim_id: String,
    #[serde(flatten)]
    pub event: EventView,
    pub status_label: &'static str,
    /// True when the event's status is terminal (and it was applied: the case is closed).
    pub terminal: bool,
    /// `2026-10-02 09:15 UTC`.
    pub when: String,
}

/// The SSE frame of one event.
fn render(row: &LiveRow) -> Bytes {
    let currency = Currency::parse(&row.currency).unwrap_or_else(|_| Currency::parse("EUR").expect("EUR"));
    let event = event_view(&row.stored, currency, row.principal_minor);
    let status = CaseStatus::parse(&event.status);
    let data = StreamEvent {
        claim_id: row.stored.event.claim_id.clone(),
        status_label: event.status_label(),
        terminal: event.applied && status.is_some_and(|s| s.is_terminal()),
        when: event.when(),
        event,
    };
    let json = serde_json::to_string(&data).unwrap_or_else(|_| "{}".into());
    let kind = if row.stored.event.kind == crate::db::claims::kind::STATUS { EVENT_TYPE } else { ENTRY_TYPE };
    Bytes::from(format!("id: {}\nevent: {kind}\ndata: {json}\n\n", row.stored.seq))
}
