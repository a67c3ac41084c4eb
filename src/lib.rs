//! Cross-border B2B debt-collection routing portal.
//!
//! `domain` holds pure types and rules; `registry` loads partners; `db` stores;
//! `intake` files claims; `mail` writes and sends e-mail; `web` serves pages and the JSON API;
//! `startup` builds the app.

pub mod accounts;
pub mod cases;
pub mod cli;
pub mod credentials;
pub mod db;
pub mod delivery;
pub mod domain;
pub mod einvoice;
pub mod i18n;
pub mod imports;
pub mod intake;
pub mod live;
pub mod mail;
pub mod partner_accounts;
pub mod registry;
pub mod sandbox;
pub mod schedule;
pub mod secrets;
pub mod security;
pub mod seed;
pub mod settings;
pub mod startup;
pub mod state;
pub mod storage;
pub mod telemetry;
pub mod web;
pub mod webhooks;
