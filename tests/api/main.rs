//! Black-box tests of the portal: every module drives a real server over HTTP.

mod accounts;
mod claims_api;
mod claims_pages;
mod cli;
mod helpers;
mod partners;
mod quotes;
mod routing;
mod webdriver;
