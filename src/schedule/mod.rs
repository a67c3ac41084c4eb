//! The application's clock and what falls due on it: promises whose due date passed without
//! the money, and partners silent on an open case for longer than their registry allows.
//! Delivery retries fall due on the same clock and are the dispatcher's.
//!
//! Every instance runs the scheduler; what it does is idempotent (a promise is marked broken
//! once, a silent case is asked once per silence period), so two instances sharing
//! PostgreSQL at most ask twice.

pub mod clock;

use std::time::Duration;

use chrono::NaiveDate;

use crate::db::claims;
use crate::db::money::{self, PromiseRow};
use crate::domain::ledger::{self, Instalment, Promise, PromiseState};
use crate::domain::money::{Currency, Money};
use crate::state::AppState;

/// Runs until the process ends: looks for due work every `poll`, and at once when woken
/// (after the test clock moved).
pub async fn run(state: AppState, poll: Duration) {
    loop {
        if let Err(e) = run_due(&state).await {
            tracing::warn!(error = %e, "the scheduler could not finish its round; it tries again");
        }
        if let Err(e) = refresh_performance(&state).await {
            tracing::warn!(error = %e, "the partners' performance could not be measured; the scheduler tries again");
        }
        tokio::select! {
            _ = state.schedule.notified() => {}
            _ = tokio::time::sleep(poll) => {}
        }
    }
}

/// Everything due on the application's clock now. Returns how many things it did.
pub async fn run_due(state: &AppState) -> anyhow::Result<usize> {
    let mut done = check_promises(state).await?;
    done += ask_silent_partners(state).await?;
    done += crate::cases::reminders::run_due(state).await?;
    if done > 0 {
        state.dispatch.wake();
        state.live.kick();
    }
    Ok(done)
}

/// Moves the test clock forward by `days`, one day at a time, running what falls due on each
/// day in turn, as it would have in real time.
pub async fn advance(state: &AppState, days: i64) -> Result<chrono::DateTime<chrono::Utc>, clock::ClockError> {
    if !state.clock.is_adjustable() {
        return Err(clock::ClockError::NotAdjustable);
    }
    if !(1..=clock::MAX_ADVANCE_DAYS).contains(&days) {
        return Err(clock::ClockError::OutOfRange);
    }
    for _ in 0..days {
        state.clock.advance_days(1)?;
        if let Err(e) = run_due(state).await {
            tracing::warn!(error = %e, "due work after moving the clock failed; the scheduler tries again");
        }
        state.dispatch.wake();
    }
    if let Err(e) = refresh_performance(state).await {
        tracing::warn!(error = %e, "the partners' performance could not be measured after the clock moved");
    }
    tracing::info!(days, now = %state.clock.now(), "the test clock was moved forward");
    Ok(state.clock.now())
}

/// Measures every partner again from the stored cases of the window, as of now on the
/// application's clock, and replaces the figures routing and the directory read.
pub async fn refresh_performance(state: &AppState) -> Result<(), crate::db::DbError> {
    let (registry, now) = (state.registry.clone(), state.now());
    let report = state.db.run(move |c| crate::db::performance::report(c, &registry, now)).await?;
    state.set_performance(report);
    Ok(())
}

/// The promise as the ledger reads it.
pub fn promise_of(row: &PromiseRow) -> Option<Promise> {
    let made_on: NaiveDate = row.made_on.parse().ok()?;
    let instalments: Vec<serde_json::Value> = serde_json::from_str(&row.instalments).ok()?;
    let instalments = instalments
        .iter()
        .map(|i| {
            Some(Instalment {
                due_on: i.get("due_on")?.as_str()?.parse().ok()?,
                amount: i.get("amount_minor")?.as_i64()?,
            })
        })
        .collect::<Option<Vec<_>>>()?;
    Some(Promise { made_on, instalments })
}

async fn check_promises(state: &AppState) -> anyhow::Result<usize> {
    let open = state.db.run(money::open_promises).await?;
    let today = state.today();
    let mut broken = 0;
    for (claim_id, row) in open {
        let Some(promise) = promise_of(&row) else { continue };
        let lookup = claim_id.clone();
        let case = state.db.run(move |c| money::of_claim(c, &lookup)).await?;
        let payments = case.payment_entries();
        let PromiseState::Broken { on, missing } = ledger::promise_state(&promise, &payments, today) else { continue };
        let lookup = claim_id.clone();
        let Some(brief) = state.db.run(move |c| claims::brief(c, &lookup)).await? else { continue };
        let currency = Currency::parse(&brief.currency)?;
        let message = format!(
            "Promise broken on {on}: {} of the payment due that day did not arrive",
            Money::from_minor(missing, currency)
        );
        let (promise_id, missed_on, now) = (row.id.clone(), on.to_string(), state.now());
        let marked = state
            .db
            .run(move |c| money::mark_promise_broken(c, &claim_id, &promise_id, &missed_on, &message, now, &[]))
            .await?;
        if marked.is_some() {
            broken += 1;
            tracing::info!(case = %brief.id, %on, "promise broken");
        }
    }
    Ok(broken)
}

async fn ask_silent_partners(state: &AppState) -> anyhow::Result<usize> {
    let now = state.now();
    let candidates = state.db.run(claims::open_with_partner).await?;
    let mut asked = 0;
    for (claim_id, partner_id, last_contact) in candidates {
        let Some(partner) = state.registry.get(&partner_id) else { continue };
        let silence = i64::from(partner.silence_after_days()) * 86_400_000_000;
        if now - last_contact < silence {
            continue;
        }
        let (days, name) = (partner.silence_after_days(), partner.name.clone());
        let queued =
            state.db.run(move |c| claims::flag_silence(c, &claim_id, &partner_id, now, silence, days, &name)).await?;
        if queued {
            asked += 1;
        }
    }
    Ok(asked)
}
