//! Limits on sign-in and sign-up attempts, per client address and per account.
//!
//! Two layers: an in-memory limiter per address (`governor`), which turns a flood away
//! before it costs a database round trip or a password check, and counters per fixed
//! 15-minute window in the database, shared by every instance, which are the authority:
//! attempts per address, and failed sign-ins per e-mail address (counted whether or not an
//! account has it, so the limit tells nothing about who is registered).

use std::net::IpAddr;
use std::num::NonZeroU32;
use std::time::Duration;

use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

use crate::credentials::sha256_hex;
use crate::db::{Db, DbError, attempts, sessions};

/// The counting window.
pub const WINDOW_SECONDS: i64 = 15 * 60;

/// An attempt refused by a limit; `retry_after` is in seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limited {
    pub retry_after: u64,
}

impl Limited {
    /// What the person is told.
    pub fn message(&self) -> String {
        let minutes = self.retry_after.div_ceil(60).max(1);
        let unit = if minutes == 1 { "minute" } else { "minutes" };
        format!("Too many attempts. For your security, please wait {minutes} {unit} and try again.")
    }
}

/// What is being attempted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attempt {
    SignIn,
    SignUp,
    /// A partner user's sign-in to the partner portal.
    PartnerSignIn,
    /// A request for a password reset link.
    Reset,
    /// A request to the debtor's response page (`/r/{token}`): looking up a link, or answering.
    DebtorPage,
}

impl Attempt {
    fn key(self) -> &'static str {
        match self {
            Self::SignIn => "signin",
            Self::SignUp => "signup",
            Self::PartnerSignIn => "partner_signin",
            Self::Reset => "reset",
            Self::DebtorPage => "debtor",
        }
    }
}

pub struct AttemptLimiter {
    per_address: DefaultKeyedRateLimiter<IpAddr>,
    clock: DefaultClock,
    address_limit: u32,
    account_limit: u32,
    max_session_micros: i64,
}

impl std::fmt::Debug for AttemptLimiter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AttemptLimiter")
            .field("address_limit", &self.address_limit)
            .field("account_limit", &self.account_limit)
            .finish()
    }
}

fn window_of(now: i64) -> (i64, u64) {
    let start = now - now.rem_euclid(WINDOW_SECONDS);
    (start, (start + WINDOW_SECONDS - now).max(1) as u64)
}

/// Failed sign-ins are counted per account and network, so that one attacker cannot lock
/// the owner out from everywhere; across all networks an account takes this many times
/// more before its sign-in is refused for everyone (a distributed guess).
pub const EVERYWHERE_FACTOR: i64 = 10;

fn account_bucket(email: &str, from: Option<IpAddr>) -> String {
    let account = sha256_hex(email.trim().to_lowercase().as_bytes());
    match from {
        Some(network) => format!("signin:account:{account}:{network}"),
        None => format!("signin:account:{account}"),
    }
}

/// The network an address is counted under: an IPv4 address alone, an IPv6 address by its
/// /64 (one subscriber's usual allocation, which it can rotate through at will).
pub fn network_of(address: IpAddr) -> IpAddr {
    match address {
        IpAddr::V4(_) => address,
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let s = v6.segments();
                IpAddr::V6(std::net::Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0))
            }
        },
    }
}

impl AttemptLimiter {
    /// `address_limit` attempts per address and `account_limit` failed sign-ins per account,
    /// each per 15 minutes.
    /// `max_session_micros` is how long sessions live at most: older rows are cleared away
    /// in the same occasional clean-up as old counters.
    pub fn new(address_limit: u32, account_limit: u32, max_session_micros: i64) -> Self {
        let burst = NonZeroU32::new(address_limit.max(1)).expect("at least one");
        let period = Duration::from_secs(WINDOW_SECONDS as u64) / burst.get();
        let quota = Quota::with_period(period.max(Duration::from_nanos(1))).expect("a period").allow_burst(burst);
        Self {
            per_address: RateLimiter::keyed(quota),
            clock: DefaultClock::default(),
            address_limit: burst.get(),
            account_limit: account_limit.max(1),
            max_session_micros,
        }
    }

    /// Admits one attempt from `address` (for a sign-in, at `account`), or says how long to
    /// wait. Counts the attempt against the address.
    pub async fn admit(
        &self,
        db: &Db,
        attempt: Attempt,
        address: IpAddr,
        account: Option<&str>,
        now: i64,
    ) -> Result<Result<(), Limited>, DbError> {
        if rand::random_ratio(1, 100) {
            self.shrink();
        }
        let address = network_of(address);
        if let Err(not_until) = self.per_address.check_key(&address) {
            let wait = not_until.wait_time_from(self.clock.now());
            return Ok(Err(Limited { retry_after: wait.as_secs().max(1) }));
        }
        let (window, retry_after) = window_of(now);
        let address_bucket = format!("{}:address:{address}", attempt.key());
        let buckets = account.map(|a| (account_bucket(a, Some(address)), account_bucket(a, None)));
        let (address_limit, account_limit) = (i64::from(self.address_limit), i64::from(self.account_limit));
        let max_session = self.max_session_micros;
        let limited = db
            .run(move |conn| {
                if rand::random_ratio(1, 100) {
                    attempts::forget_attempts(conn, window - WINDOW_SECONDS)?;
                    sessions::forget_sessions(conn, crate::db::now_micros() - max_session)?;
                }
                if attempts::hit(conn, &address_bucket, window)? > address_limit {
                    return Ok(true);
                }
                Ok(match &buckets {
                    Some((from_here, everywhere)) => {
                        attempts::hits(conn, from_here, window)? >= account_limit
                            || attempts::hits(conn, everywhere, window)? >= account_limit * EVERYWHERE_FACTOR
                    }
                    None => false,
                })
            })
            .await?;
        Ok(if limited { Err(Limited { retry_after }) } else { Ok(()) })
    }

    /// Counts a failed sign-in at `account` from `address`.
    pub async fn failed(&self, db: &Db, account: &str, address: IpAddr, now: i64) -> Result<(), DbError> {
        let (window, _) = window_of(now);
        let address = network_of(address);
        let (from_here, everywhere) = (account_bucket(account, Some(address)), account_bucket(account, None));
        db.run(move |conn| {
            attempts::hit(conn, &from_here, window)?;
            attempts::hit(conn, &everywhere, window).map(|_| ())
        })
        .await
    }

    /// Forgets addresses not seen for a while (the in-memory limiter's keys).
    pub fn shrink(&self) {
        self.per_address.retain_recent();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ipv6_addresses_count_by_their_64() {
        let a: IpAddr = "2001:db8:1:2:aaaa::1".parse().unwrap();
        let b: IpAddr = "2001:db8:1:2:bbbb::9".parse().unwrap();
        let c: IpAddr = "2001:db8:1:3::1".parse().unwrap();
        assert_eq!(network_of(a), network_of(b));
        assert_ne!(network_of(a), network_of(c));
        assert_eq!(network_of("::ffff:10.0.0.1".parse().unwrap()), "10.0.0.1".parse::<IpAddr>().unwrap());
        assert_eq!(network_of("10.0.0.1".parse().unwrap()), "10.0.0.1".parse::<IpAddr>().unwrap());
    }

    #[test]
    fn windows_are_fixed_quarter_hours() {
        assert_eq!(window_of(900), (900, 900));
        assert_eq!(window_of(1799), (900, 1));
        assert_eq!(window_of(1000), (900, 800));
    }

    #[test]
    fn messages_speak_in_minutes() {
        assert_eq!(
            Limited { retry_after: 61 }.message(),
            "Too many attempts. For your security, please wait 2 minutes and try again."
        );
        assert!(Limited { retry_after: 5 }.message().contains("1 minute "));
    }

    #[test]
    fn the_memory_limiter_allows_a_burst_per_address() {
        let limiter = AttemptLimiter::new(3, 10, 0);
        let a: IpAddr = "10.0.0.1".parse().unwrap();
        let b: IpAddr = "10.0.0.2".parse().unwrap();
        for _ in 0..3 {
            assert!(limiter.per_address.check_key(&a).is_ok());
        }
        assert!(limiter.per_address.check_key(&a).is_err());
        assert!(limiter.per_address.check_key(&b).is_ok());
    }
}
