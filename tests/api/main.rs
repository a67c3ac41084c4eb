//! Black-box tests of the portal: every module drives a real server over HTTP.

mod accounts;
mod bench;
mod browser;
mod claims_api;
mod claims_pages;
mod cli;
mod events;
mod helpers;
mod live_support;
mod partners;
mod routing;
mod streams;
