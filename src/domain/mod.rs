//! Pure types and rules: no I/O, no framework.

pub mod bank;
pub mod claim;
pub mod country;
pub mod document;
pub mod duplicate;
pub mod event;
pub mod interest;
pub mod ledger;
pub mod money;
pub mod partner;
pub mod performance;
pub mod quote;
pub mod reminder_fee;
pub mod routing;
pub mod rules;
pub mod status;
#[cfg(test)]
pub(crate) mod testing;
pub mod text;
pub mod totals;
pub mod validation;
