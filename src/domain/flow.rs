//! Reminder flows before the hand-over: what a flow is, which flows are allowed, when each
//! step falls due, and what the debtor's reason for not paying decides. Pure: the database
//! and the doors live elsewhere (`crate::cases::reminders`).
//!
//! A step's day is an offset from the claim's **latest** invoice due date: a reminder never
//! goes out while one of its invoices is not yet due. A flow started after its first step's
//! day is shifted as a whole, so that the first step falls due on the day it starts and the
//! spacing between the steps stays as the creditor chose it.

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

/// At most this many written steps (reminder and formal notice) in any flow: the seeds'
/// rule, and the law of several countries caps reminder fees past two.
pub const MAX_WRITTEN: usize = 2;
/// The longest a flow may run from the due date to its hand-over.
pub const MAX_OFFSET_DAYS: i64 = 365;
pub const MAX_STEPS: usize = 8;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum StepKind {
    /// A friendly written reminder (never titled "first reminder").
    Reminder,
    /// A firmer written notice naming the consequence: hand-over to a licensed agency.
    FormalNotice,
    /// A phone-call task for the creditor.
    Call,
    /// The hand-over to a partner through the ordinary intake path.
    HandOver,
}

impl StepKind {
    pub const ALL: [StepKind; 4] = [Self::Reminder, Self::FormalNotice, Self::Call, Self::HandOver];

    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Reminder => "reminder",
            Self::FormalNotice => "formal_notice",
            Self::Call => "call",
            Self::HandOver => "hand_over",
        }
    }

    pub fn parse(input: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == input.trim())
    }

    /// A letter or e-mail to the debtor.
    pub fn is_written(&self) -> bool {
        matches!(self, Self::Reminder | Self::FormalNotice)
    }

    /// The English label (pages use the `flows-step-…` keys).
    pub fn label(&self) -> &'static str {
        match self {
            Self::Reminder => "Written reminder",
            Self::FormalNotice => "Formal notice",
            Self::Call => "Phone call",
            Self::HandOver => "Hand-over",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Step {
    pub kind: StepKind,
    /// Days after the claim's latest invoice due date.
    pub offset_days: i64,
}

/// A flow that passed [`Flow::parse`]: increasing offsets, at most two written steps, and
/// exactly one hand-over, as its last step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Flow {
    steps: Vec<Step>,
}

/// Why a flow is refused, naming the step (`steps[2]`) where one is at fault.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct FlowError {
    pub field: String,
    pub message: String,
}

fn refuse(field: impl Into<String>, message: impl Into<String>) -> FlowError {
    FlowError { field: field.into(), message: message.into() }
}

impl Flow {
    pub fn parse(steps: Vec<Step>) -> Result<Self, FlowError> {
        if steps.is_empty() {
            return Err(refuse("steps", "a flow needs at least its hand-over"));
        }
        if steps.len() > MAX_STEPS {
            return Err(refuse("steps", format!("a flow has at most {MAX_STEPS} steps")));
        }
        let written = steps.iter().filter(|s| s.kind.is_written()).count();
        if written > MAX_WRITTEN {
            let third =
                steps.iter().enumerate().filter(|(_, s)| s.kind.is_written()).nth(MAX_WRITTEN).map_or(0, |(i, _)| i);
            return Err(refuse(
                format!("steps[{third}]"),
                "at most two written reminders (a reminder and a formal notice): a third one tells the debtor \
                 that more will come, and is not sent",
            ));
        }
        for (i, step) in steps.iter().enumerate() {
            if !(0..=MAX_OFFSET_DAYS).contains(&step.offset_days) {
                return Err(refuse(
                    format!("steps[{i}]"),
                    format!("a day from 0 to {MAX_OFFSET_DAYS} after the due date"),
                ));
            }
            if i > 0 && step.offset_days <= steps[i - 1].offset_days {
                return Err(refuse(format!("steps[{i}]"), "each step comes on a later day than the one before"));
            }
            if step.kind == StepKind::HandOver && i + 1 != steps.len() {
                return Err(refuse(format!("steps[{i}]"), "the hand-over is the last step"));
            }
        }
        if steps.last().map(|s| s.kind) != Some(StepKind::HandOver) {
            return Err(refuse(format!("steps[{}]", steps.len() - 1), "a flow ends with the hand-over"));
        }
        Ok(Self { steps })
    }

    /// The Danish rule of thumb of the seeds, for a 14-day payment term: a written reminder
    /// the day after the due date (day 15), a formal notice on day 21, a phone call three
    /// days later, and the hand-over a week after the notice if still unpaid.
    pub fn default_flow() -> Self {
        Self::parse(vec![
            Step { kind: StepKind::Reminder, offset_days: 1 },
            Step { kind: StepKind::FormalNotice, offset_days: 7 },
            Step { kind: StepKind::Call, offset_days: 10 },
            Step { kind: StepKind::HandOver, offset_days: 14 },
        ])
        .expect("the default flow is valid")
    }

    pub fn steps(&self) -> &[Step] {
        &self.steps
    }

    /// Each step's day for a claim whose latest invoice fell due on `due` and whose flow
    /// starts on `start` (see the module's note on shifting).
    pub fn schedule(&self, due: NaiveDate, start: NaiveDate) -> Vec<(StepKind, NaiveDate)> {
        let first = self.steps[0].offset_days;
        let planned_first = add_days(due, first);
        let shift = (start - planned_first).num_days().max(0);
        self.steps.iter().map(|s| (s.kind, add_days(due, s.offset_days + shift))).collect()
    }
}

pub fn add_days(day: NaiveDate, days: i64) -> NaiveDate {
    if days >= 0 {
        day.checked_add_days(Days::new(days as u64)).unwrap_or(day)
    } else {
        day.checked_sub_days(Days::new(days.unsigned_abs())).unwrap_or(day)
    }
}

/// Where a claim's flow stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FlowState {
    Running,
    /// By the creditor, or because the debtor says it paid (until the creditor confirms or
    /// denies).
    Paused,
    /// No more steps run: the debtor disputes (the hand-over waits for the creditor), the
    /// claim was stopped, settled or handed over.
    Stopped,
}

impl FlowState {
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Running => "running",
            Self::Paused => "paused",
            Self::Stopped => "stopped",
        }
    }

    pub fn parse(input: &str) -> Self {
        match input {
            "running" => Self::Running,
            "paused" => Self::Paused,
            _ => Self::Stopped,
        }
    }
}

/// A step of a claim's schedule as stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Planned {
    pub position: i32,
    pub kind: StepKind,
    pub due_on: NaiveDate,
    pub pending: bool,
}

/// The next step and its day: `None` while nothing is going to run (paused, stopped, all
/// done). While a promise runs (`wait_until`), nothing runs before the day after it.
pub fn next_step(state: FlowState, wait_until: Option<NaiveDate>, steps: &[Planned]) -> Option<(Planned, NaiveDate)> {
    if state != FlowState::Running {
        return None;
    }
    let step = *steps.iter().filter(|s| s.pending).min_by_key(|s| s.position)?;
    let day = match wait_until {
        Some(promised) => step.due_on.max(add_days(promised, 1)),
        None => step.due_on,
    };
    Some((step, day))
}

/// The step to run today, if one is due.
pub fn due_step(
    state: FlowState,
    wait_until: Option<NaiveDate>,
    steps: &[Planned],
    today: NaiveDate,
) -> Option<Planned> {
    next_step(state, wait_until, steps).filter(|(_, day)| *day <= today).map(|(step, _)| step)
}

/// Why the debtor has not paid, as the phone call found out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CallReason {
    Forgot,
    CannotPay,
    Refuses,
    Disputes,
}

impl CallReason {
    pub const ALL: [CallReason; 4] = [Self::Forgot, Self::CannotPay, Self::Refuses, Self::Disputes];

    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Forgot => "forgot",
            Self::CannotPay => "cannot_pay",
            Self::Refuses => "refuses",
            Self::Disputes => "disputes",
        }
    }

    pub fn parse(input: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == input.trim())
    }
}

/// One more chance for a debtor who forgot: the hand-over waits this many days.
pub const ONE_MORE_CHANCE_DAYS: i64 = 7;

/// What a call's outcome decides, as the seeds say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CallDecision {
    /// Not reached, or nothing new: the flow goes on as planned.
    Continue,
    /// The debtor promised a date: confirm it in writing; the flow waits until then.
    Promise(NaiveDate),
    /// Forgot: one more chance; the hand-over moves to this many days from today.
    OneMoreChance,
    /// Refuses without reason, or cannot pay and made no promise: hand over now (an agency
    /// gives the claim priority).
    HandOverNow,
    /// Disputes: the claim is marked disputed and handed over now, to a law firm.
    DisputeHandOver,
}

pub fn decide_call(reached: bool, reason: Option<CallReason>, promised_on: Option<NaiveDate>) -> CallDecision {
    if !reached {
        return CallDecision::Continue;
    }
    match (reason, promised_on) {
        (Some(CallReason::Disputes), _) => CallDecision::DisputeHandOver,
        (Some(CallReason::Refuses), _) => CallDecision::HandOverNow,
        (_, Some(on)) => CallDecision::Promise(on),
        (Some(CallReason::Forgot), None) => CallDecision::OneMoreChance,
        (Some(CallReason::CannotPay), None) => CallDecision::HandOverNow,
        (None, None) => CallDecision::Continue,
    }
}

/// The longest a promise may reach ahead (the response page's default).
pub const MAX_PROMISE_DAYS: i64 = 30;

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn step(kind: StepKind, offset_days: i64) -> Step {
        Step { kind, offset_days }
    }

    #[test]
    fn the_default_flow_is_the_danish_rule_of_thumb() {
        let flow = Flow::default_flow();
        let written: Vec<_> = flow.steps().iter().filter(|s| s.kind.is_written()).collect();
        assert_eq!(written.len(), 2);
        // invoice issued 2026-09-01 with a 14-day term: due 2026-09-15
        let schedule = flow.schedule(d("2026-09-15"), d("2026-09-15"));
        assert_eq!(schedule[0], (StepKind::Reminder, d("2026-09-16"))); // day 15 after issue
        assert_eq!(schedule[1], (StepKind::FormalNotice, d("2026-09-22"))); // day 21
        assert_eq!(schedule[2].0, StepKind::Call);
        assert_eq!(schedule.last().unwrap().0, StepKind::HandOver);
    }

    #[test]
    fn a_third_written_reminder_is_refused() {
        let e = Flow::parse(vec![
            step(StepKind::Reminder, 1),
            step(StepKind::Reminder, 5),
            step(StepKind::FormalNotice, 9),
            step(StepKind::HandOver, 20),
        ])
        .unwrap_err();
        assert_eq!(e.field, "steps[2]");
        assert!(e.message.contains("at most two written"), "{e}");
    }

    #[test]
    fn offsets_increase_and_the_hand_over_comes_once_last() {
        let e = Flow::parse(vec![step(StepKind::Reminder, 5), step(StepKind::Call, 5), step(StepKind::HandOver, 9)])
            .unwrap_err();
        assert_eq!(e.field, "steps[1]");
        let e = Flow::parse(vec![step(StepKind::HandOver, 5), step(StepKind::HandOver, 9)]).unwrap_err();
        assert_eq!(e.field, "steps[0]");
        let e = Flow::parse(vec![step(StepKind::Reminder, 5), step(StepKind::Call, 9)]).unwrap_err();
        assert_eq!(e.field, "steps[1]");
        assert!(Flow::parse(vec![]).is_err());
        assert!(Flow::parse(vec![step(StepKind::Reminder, -1), step(StepKind::HandOver, 9)]).is_err());
        assert!(Flow::parse(vec![step(StepKind::HandOver, 0)]).is_ok());
    }

    #[test]
    fn a_late_start_shifts_the_whole_flow() {
        let schedule = Flow::default_flow().schedule(d("2026-09-15"), d("2026-10-01"));
        assert_eq!(schedule[0].1, d("2026-10-01"));
        assert_eq!(schedule[1].1, d("2026-10-07"));
        assert_eq!(schedule[3].1, d("2026-10-14"));
    }

    fn planned() -> Vec<Planned> {
        Flow::default_flow()
            .schedule(d("2026-09-15"), d("2026-09-15"))
            .into_iter()
            .enumerate()
            .map(|(i, (kind, due_on))| Planned { position: i as i32, kind, due_on, pending: true })
            .collect()
    }

    #[test]
    fn the_next_step_waits_for_pauses_and_promises() {
        let mut steps = planned();
        assert_eq!(next_step(FlowState::Running, None, &steps).unwrap().1, d("2026-09-16"));
        assert!(due_step(FlowState::Running, None, &steps, d("2026-09-15")).is_none());
        assert_eq!(due_step(FlowState::Running, None, &steps, d("2026-09-20")).unwrap().position, 0);
        assert!(next_step(FlowState::Paused, None, &steps).is_none());
        assert!(next_step(FlowState::Stopped, None, &steps).is_none());
        steps[0].pending = false;
        // a promise for the 30th: nothing before the 1st, then the next step at once
        let (step, day) = next_step(FlowState::Running, Some(d("2026-09-30")), &steps).unwrap();
        assert_eq!((step.kind, day), (StepKind::FormalNotice, d("2026-10-01")));
        // a promise before the step's own day changes nothing
        assert_eq!(next_step(FlowState::Running, Some(d("2026-09-17")), &steps).unwrap().1, d("2026-09-22"));
        for s in &mut steps {
            s.pending = false;
        }
        assert!(next_step(FlowState::Running, None, &steps).is_none());
    }

    #[test]
    fn the_reason_picks_the_next_step() {
        let on = d("2026-10-10");
        assert_eq!(decide_call(false, Some(CallReason::Refuses), None), CallDecision::Continue);
        assert_eq!(decide_call(true, Some(CallReason::Forgot), None), CallDecision::OneMoreChance);
        assert_eq!(decide_call(true, Some(CallReason::Forgot), Some(on)), CallDecision::Promise(on));
        assert_eq!(decide_call(true, Some(CallReason::CannotPay), Some(on)), CallDecision::Promise(on));
        assert_eq!(decide_call(true, Some(CallReason::CannotPay), None), CallDecision::HandOverNow);
        assert_eq!(decide_call(true, Some(CallReason::Refuses), Some(on)), CallDecision::HandOverNow);
        assert_eq!(decide_call(true, Some(CallReason::Disputes), None), CallDecision::DisputeHandOver);
    }

    #[test]
    fn kinds_round_trip() {
        for kind in StepKind::ALL {
            assert_eq!(StepKind::parse(kind.as_str()), Some(kind));
        }
        for reason in CallReason::ALL {
            assert_eq!(CallReason::parse(reason.as_str()), Some(reason));
        }
        assert_eq!(StepKind::parse("first_reminder"), None);
    }
}
