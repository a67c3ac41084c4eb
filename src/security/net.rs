//! Addresses the platform refuses to call on a partner's behalf: loopback, private,
//! link-local and other non-public ranges. A real partner's `api.base_url` may not name one
//! (checked when the registry loads), and its host name may not resolve to one when the
//! platform connects (checked by [`PublicOnly`], the resolver of the partner client), so a
//! registry entry or a DNS answer cannot point the platform at its own network.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

use reqwest::dns::{Addrs, Name, Resolve, Resolving};

/// Whether `ip` is anything but a public unicast address.
pub fn is_private(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => is_private_v4(v4),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => is_private_v4(v4),
            None => is_private_v6(v6),
        },
    }
}

fn is_private_v4(ip: Ipv4Addr) -> bool {
    let [a, b, ..] = ip.octets();
    ip.is_loopback()
        || ip.is_private()
        || ip.is_link_local()
        || ip.is_unspecified()
        || ip.is_broadcast()
        || ip.is_documentation()
        || ip.is_multicast()
        || a == 0
        || (a == 100 && (64..128).contains(&b)) // shared address space (carrier-grade NAT)
        || (a == 198 && (b == 18 || b == 19)) // benchmarking
        || a >= 240 // reserved
}

fn is_private_v6(ip: Ipv6Addr) -> bool {
    let s = ip.segments();
    let first = s[0];
    // addresses that carry an IPv4 address inside: judged by that address
    let embedded = |a: u16, b: u16| Ipv4Addr::new((a >> 8) as u8, a as u8, (b >> 8) as u8, b as u8);
    if s[..6] == [0, 0, 0, 0, 0, 0] && !(s[6] == 0 && s[7] <= 1) {
        return true; // IPv4-compatible (deprecated)
    }
    if s[0] == 0x64 && s[1] == 0xff9b {
        return is_private_v4(embedded(s[6], s[7])); // NAT64
    }
    if s[0] == 0x2002 {
        return is_private_v4(embedded(s[1], s[2])); // 6to4
    }
    ip.is_loopback()
        || ip.is_unspecified()
        || ip.is_multicast()
        || (first & 0xfe00) == 0xfc00 // unique local
        || (first & 0xffc0) == 0xfe80 // link-local
        || (first & 0xffc0) == 0xfec0 // site-local (deprecated)
        || (first == 0x2001 && ip.segments()[1] == 0x0db8) // documentation
}

/// Why a URL may not be a real partner's address, if it may not.
pub fn private_host(url: &url::Url) -> Option<String> {
    match url.host()? {
        url::Host::Ipv4(ip) if is_private(IpAddr::V4(ip)) => Some(format!("{ip} is not a public address")),
        url::Host::Ipv6(ip) if is_private(IpAddr::V6(ip)) => Some(format!("{ip} is not a public address")),
        url::Host::Domain(name) => {
            let name = name.trim_end_matches('.').to_ascii_lowercase();
            (name == "localhost"
                || name.ends_with(".localhost")
                || name.ends_with(".local")
                || name.ends_with(".internal"))
            .then(|| format!("{name} is not a public host name"))
        }
        _ => None,
    }
}

/// A DNS resolver that keeps only public addresses: a host name that resolves to nothing
/// else fails to connect, and the attempt is a failed one the operator sees.
#[derive(Debug, Clone, Copy, Default)]
pub struct PublicOnly;

impl Resolve for PublicOnly {
    fn resolve(&self, name: Name) -> Resolving {
        Box::pin(async move {
            let host = name.as_str().to_string();
            let found: Vec<SocketAddr> = tokio::net::lookup_host((host.as_str(), 0)).await?.collect();
            let public: Vec<SocketAddr> = found.into_iter().filter(|a| !is_private(a.ip())).collect();
            if public.is_empty() {
                return Err(format!("{host} resolves to no public address").into());
            }
            let addrs: Addrs = Box::new(public.into_iter());
            Ok(addrs)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn private_ranges() {
        for private in [
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "0.0.0.0",
            "100.64.0.1",
            "::1",
            "fe80::1",
            "fd00::1",
            "::ffff:127.0.0.1",
            "::",
        ] {
            assert!(is_private(private.parse().unwrap()), "{private}");
        }
        for public in ["8.8.8.8", "185.1.2.3", "2a00:1450:4001:80b::200e"] {
            assert!(!is_private(public.parse().unwrap()), "{public}");
        }
    }

    #[test]
    fn private_hosts_in_urls() {
        let host = |u: &str| private_host(&url::Url::parse(u).unwrap());
        assert!(host("http://127.0.0.1:9000/x").is_some());
        assert!(host("http://[::1]/x").is_some());
        assert!(host("http://localhost/x").is_some());
        assert!(host("http://metadata.internal/x").is_some());
        assert!(host("https://partner.example/api").is_none());
        assert!(host("https://93.184.216.34/api").is_none());
    }

    #[tokio::test]
    async fn the_resolver_drops_private_answers() {
        // names the registry does not flag but that resolve to loopback (from /etc/hosts)
        for name in ["localhost", "ip6-localhost", "ip6-loopback"] {
            if tokio::net::lookup_host((name, 0)).await.is_ok() {
                assert!(PublicOnly.resolve(name.parse().unwrap()).await.is_err(), "{name}");
            }
        }
    }
}
