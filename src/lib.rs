//! Cross-border B2B debt-collection routing portal.

pub mod domain;
pub mod registry;
