//! Black-box tests of the portal: every module drives a real server over HTTP.

mod accounts;
mod bench;
mod bench_delivery;
mod browser;
mod case_conversation;
mod case_documents;
mod case_money;
mod case_support;
mod claims_api;
mod claims_pages;
mod cli;
mod delivery;
mod events;
mod hardening;
mod helpers;
mod live_support;
mod mail;
mod notifications;
mod partners;
mod processes;
mod quotes;
mod reconciliation;
mod routing;
mod smtp;
mod streams;
mod webdriver;
