//! The application's clock: everything that waits (delivery retries, reconciliation after a
//! partner's silence, promises falling due, and the dates events and payments are stamped
//! with) reads it, never the system clock directly.
//!
//! In production it is the system clock. With `TEST_CLOCK=true` an operator may move it
//! forward (`POST /operator/clock`), so that a demo of a month-long case takes seconds and
//! tests need no sleeps; it never moves backwards. Sessions, sign-in limits and signature
//! timestamps keep real time: they protect the portal, they do not schedule its work.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use chrono::{DateTime, NaiveDate, Utc};

#[derive(Debug, Clone)]
pub struct Clock {
    /// How far ahead of the system clock the application's clock is, in microseconds.
    offset: Arc<AtomicI64>,
    adjustable: bool,
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ClockError {
    #[error("the clock can only be moved when the portal runs with TEST_CLOCK=true")]
    NotAdjustable,
    #[error("advance_days: give a whole number of days from 1 to 3650")]
    OutOfRange,
}

/// The most the clock may move in one step.
pub const MAX_ADVANCE_DAYS: i64 = 3650;

impl Clock {
    /// The system clock; cannot be moved.
    pub fn system() -> Self {
        Self { offset: Arc::new(AtomicI64::new(0)), adjustable: false }
    }

    /// A clock the operator may move forward (`TEST_CLOCK=true`).
    pub fn adjustable() -> Self {
        Self { offset: Arc::new(AtomicI64::new(0)), adjustable: true }
    }

    pub fn is_adjustable(&self) -> bool {
        self.adjustable
    }

    /// Now, in microseconds since the Unix epoch.
    pub fn now_micros(&self) -> i64 {
        Utc::now().timestamp_micros() + self.offset.load(Ordering::Acquire)
    }

    pub fn now(&self) -> DateTime<Utc> {
        crate::db::from_micros(self.now_micros())
    }

    /// Today's date in UTC.
    pub fn today(&self) -> NaiveDate {
        self.now().date_naive()
    }

    /// How far ahead of the system clock the application's clock runs.
    pub fn offset(&self) -> chrono::Duration {
        chrono::Duration::microseconds(self.offset.load(Ordering::Acquire))
    }

    /// Moves the clock forward by `days` whole days.
    pub fn advance_days(&self, days: i64) -> Result<DateTime<Utc>, ClockError> {
        if !self.adjustable {
            return Err(ClockError::NotAdjustable);
        }
        if !(1..=MAX_ADVANCE_DAYS).contains(&days) {
            return Err(ClockError::OutOfRange);
        }
        self.offset.fetch_add(days * 86_400_000_000, Ordering::AcqRel);
        Ok(self.now())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_system_clock_cannot_move() {
        let clock = Clock::system();
        assert_eq!(clock.advance_days(1), Err(ClockError::NotAdjustable));
        assert!((clock.now_micros() - Utc::now().timestamp_micros()).abs() < 1_000_000);
    }

    #[test]
    fn an_adjustable_clock_moves_forward_only_by_whole_days() {
        let clock = Clock::adjustable();
        let before = clock.today();
        assert_eq!(clock.advance_days(0), Err(ClockError::OutOfRange));
        assert_eq!(clock.advance_days(-3), Err(ClockError::OutOfRange));
        clock.advance_days(30).unwrap();
        assert_eq!(clock.today(), before + chrono::Duration::days(30));
        assert_eq!(clock.offset(), chrono::Duration::days(30));
        // clones share the clock
        let other = clock.clone();
        other.advance_days(1).unwrap();
        assert_eq!(clock.offset(), chrono::Duration::days(31));
    }
}
