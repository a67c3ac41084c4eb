//! Black-box tests of the portal: every module drives a real server over HTTP.

mod accounts;
mod bench_delivery;
mod claims_api;
mod claims_pages;
mod cli;
mod delivery;
mod helpers;
mod partners;
mod processes;
mod quotes;
mod routing;
mod webdriver;
