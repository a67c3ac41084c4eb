//! PLACEHOLDER (written so the debtor's response page compiles; the reminder flow's own
//! module replaces this file at merge): the debtor's answer to a reminder.

use chrono::NaiveDate;

use crate::state::AppState;

/// What a debtor answered on the response page.
#[derive(Debug, Clone)]
pub enum DebtorAnswer {
    Paid { on: NaiveDate, reference: String },
    Promise { on: NaiveDate },
    Plan { instalments: u32, first_on: NaiveDate, note: String },
    Dispute { reason: String, text: String, document: Option<(String, String, Vec<u8>)> },
}

/// PLACEHOLDER: why an answer was not recorded.
#[derive(Debug, thiserror::Error)]
pub enum ReminderError {
    #[error("the reminder flow is not built yet")]
    NotBuilt,
}

/// PLACEHOLDER: records the debtor's answer and drives the flow's next step.
pub async fn debtor_answer(_state: &AppState, _claim_id: &str, _answer: DebtorAnswer) -> Result<(), ReminderError> {
    Err(ReminderError::NotBuilt)
}
