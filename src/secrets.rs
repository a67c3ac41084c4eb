//! Partner credentials: read from the environment variables the registry names, never from
//! the repository. Sandbox partners without configured values get credentials derived from
//! the sandbox secret, so that the platform and the bundled sandbox service agree.

use std::collections::HashMap;

use crate::domain::partner::Partner;
use crate::registry::Registry;
use crate::webhooks::Secret;

/// What the platform needs to talk to one partner.
#[derive(Debug, Clone)]
pub struct PartnerCredentials {
    /// Bearer token sent with every request to the partner.
    pub token: String,
    /// Secret the platform signs its requests to the partner with.
    pub outbound: Secret,
    /// Secrets the partner may sign its events with (several during a rotation).
    pub inbound: Vec<Secret>,
}

#[derive(Debug, Clone, Default)]
pub struct PartnerSecrets {
    by_partner: HashMap<String, PartnerCredentials>,
}

impl PartnerSecrets {
    /// Resolves every partner's credentials; a real partner with a missing or malformed
    /// variable fails start-up, naming the variable.
    pub fn resolve(
        registry: &Registry,
        sandbox: &Secret,
        env: impl Fn(&str) -> Option<String>,
    ) -> anyhow::Result<Self> {
        let mut by_partner = HashMap::new();
        // a partner working only in the portal has no server to talk to, so no secrets
        for partner in registry.all().iter().filter(|p| p.uses_api()) {
            by_partner.insert(partner.id.to_string(), credentials(partner, sandbox, &env)?);
        }
        Ok(Self { by_partner })
    }

    pub fn get(&self, partner_id: &str) -> Option<&PartnerCredentials> {
        self.by_partner.get(partner_id)
    }
}

/// The credentials the sandbox service uses when it plays `partner_id`.
pub fn sandbox_credentials(partner_id: &str, sandbox: &Secret) -> PartnerCredentials {
    PartnerCredentials {
        token: Secret::derive(sandbox, &format!("{partner_id}/token")).expose(),
        outbound: Secret::derive(sandbox, &format!("{partner_id}/outbound")),
        inbound: vec![Secret::derive(sandbox, &format!("{partner_id}/inbound"))],
    }
}

fn credentials(
    partner: &Partner,
    sandbox: &Secret,
    env: &impl Fn(&str) -> Option<String>,
) -> anyhow::Result<PartnerCredentials> {
    let Some(api) = &partner.api else { anyhow::bail!("partner {} has no [api] section", partner.id) };
    let read = |name: &str| env(name).map(|v| v.trim().to_string()).filter(|v| !v.is_empty());
    let (token, outbound, inbound) =
        (read(&api.token_env), read(&api.outbound_secret_env), read(&api.inbound_secret_env));
    let derived = sandbox_credentials(partner.id.as_str(), sandbox);
    let missing = |name: &str| anyhow::anyhow!("partner {}: set the environment variable {name}", partner.id);
    let bad = |name: &str, e: String| anyhow::anyhow!("partner {}: {name}: {e}", partner.id);
    Ok(PartnerCredentials {
        token: match token {
            Some(token) => token,
            None if partner.sandbox => derived.token,
            None => return Err(missing(&api.token_env)),
        },
        outbound: match outbound {
            Some(text) => Secret::parse(&text).map_err(|e| bad(&api.outbound_secret_env, e))?,
            None if partner.sandbox => derived.outbound,
            None => return Err(missing(&api.outbound_secret_env)),
        },
        inbound: match inbound {
            Some(text) => Secret::parse_list(&text).map_err(|e| bad(&api.inbound_secret_env, e))?,
            None if partner.sandbox => derived.inbound,
            None => return Err(missing(&api.inbound_secret_env)),
        },
    })
}
