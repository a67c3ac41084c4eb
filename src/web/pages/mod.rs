//! The portal's server-rendered pages.

pub mod accounts;
pub mod api_docs;
pub mod case;
pub mod claims;
pub mod company;
pub mod flows;
pub mod imports;
pub mod legal;
pub mod operator;
pub mod preferences;
pub mod public;
pub mod quotes;
pub mod reminders;
pub mod webhooks;

use crate::domain::country::{Country, EUROPE};

/// European countries as (code, name), by name: for pickers.
pub fn european_countries() -> Vec<(&'static str, &'static str)> {
    let mut list: Vec<(&'static str, &'static str)> =
        EUROPE.iter().filter_map(|c| Country::parse(c).ok()).map(|c| (c.code(), c.name())).collect();
    list.sort_by_key(|(_, name)| *name);
    list
}
