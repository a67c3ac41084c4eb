//! The command line: `serve` (default), `migrate`, `check`, `creditor create`, `seed`.

use clap::{Parser, Subcommand};

use crate::accounts::{self, NewCreditor};
use crate::db::Db;
use crate::domain::country::Country;
use crate::domain::text::{Email, Name, Reference};
use crate::settings::Settings;
use crate::startup::{Application, load_registry, run_sandbox};

#[derive(Debug, Parser)]
#[command(name = "crossclaim", version, about = "Cross-border B2B debt-collection routing portal")]
pub struct Cli {
    #[command(flatten)]
    pub settings: Settings,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the portal (the default).
    Serve,
    /// Apply pending database migrations and exit.
    Migrate,
    /// Validate the partner registry and the country rules, and exit.
    Check,
    /// Run the sandbox partner service on its own (see SANDBOX_SECRET and PLATFORM_URL).
    Sandbox,
    /// Manage creditor accounts.
    #[command(subcommand)]
    Creditor(CreditorCommand),
    /// Manage the users of a partner working in the partner portal.
    #[command(subcommand)]
    PartnerUser(PartnerUserCommand),
    /// Fill the database with realistic claims for measuring at scale (creditors, claims
    /// across countries, currencies and statuses, their invoices, events, messages,
    /// payments and hand-overs); prints its progress and rate.
    Seed {
        /// How many claims.
        #[arg(long, default_value_t = 10_000)]
        claims: u64,
        /// How many new creditors share them.
        #[arg(long, default_value_t = 100)]
        creditors: u64,
        /// An existing creditor's id: it gets the largest share of the claims (else the
        /// first seeded creditor does).
        #[arg(long)]
        owner: Option<String>,
        /// Percent of the claims that go to the largest creditor.
        #[arg(long, default_value_t = 10)]
        owner_percent: u64,
        /// Thread entries of the busiest case (one claim of the largest creditor).
        #[arg(long, default_value_t = 10_000)]
        busy_case_events: u64,
    },
}

#[derive(Debug, Subcommand)]
pub enum PartnerUserCommand {
    /// Create a partner's admin user; prints a one-time sign-in link (alone on the last
    /// line) where the user chooses a password.
    Create {
        /// The partner's id in the registry.
        #[arg(long)]
        partner: String,
        #[arg(long)]
        email: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum CreditorCommand {
    /// Create an account for API use; prints its API key alone on the last line.
    Create {
        #[arg(long)]
        name: String,
        #[arg(long)]
        email: String,
        /// ISO 3166-1 alpha-2 code of the creditor's country.
        #[arg(long)]
        country: String,
        #[arg(long)]
        registration_number: Option<String>,
    },
}

pub async fn run(cli: Cli) -> anyhow::Result<()> {
    let settings = cli.settings;
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => Application::build(settings).await?.run_until_stopped().await?,
        Command::Sandbox => run_sandbox(settings).await?,
        Command::Migrate => {
            let db = Db::connect(&settings.database_url)?;
            tokio::task::spawn_blocking(move || db.migrate()).await??;
            println!("database is up to date");
        }
        Command::Check => {
            let public_url = settings.public_url.clone().unwrap_or_else(|| format!("http://{}", settings.listen));
            let (rules, registry) = load_registry(&settings, &public_url)?;
            let countries = registry.by_country().len();
            println!("registry ok: {} partners covering {countries} countries", registry.all().len());
            let today = chrono::Utc::now().date_naive();
            let missing = rules.missing_rates(today);
            for gap in &missing {
                println!("warning: {}", gap.describe());
            }
            let unverified = rules.countries().into_iter().flat_map(|c| c.interest.rules().iter().map(move |r| (c, r)));
            for (country, rule) in unverified.filter(|(_, r)| !r.verified) {
                println!("warning: the interest rule of {} ({}) is not verified", country.name, rule.describe());
            }
            println!("rules ok: {} rates missing as of {today}", missing.len());
        }
        Command::Creditor(CreditorCommand::Create { name, email, country, registration_number }) => {
            let field = |name: &str, e: &dyn std::fmt::Display| anyhow::anyhow!("--{name}: {e}");
            let new = NewCreditor {
                name: Name::parse(&name).map_err(|e| field("name", &e))?,
                email: Email::parse(&email).map_err(|e| field("email", &e))?,
                country: Country::parse(&country).map_err(|e| field("country", &e))?,
                registration_number: Reference::parse_optional(registration_number.as_deref())
                    .map_err(|e| field("registration-number", &e))?,
            };
            let db = Db::connect(&settings.database_url)?;
            let migrating = db.clone();
            tokio::task::spawn_blocking(move || migrating.migrate()).await??;
            let (id, key) = accounts::create_with_key(&db, new, "created on the command line").await?;
            println!("created creditor {id}; its API key follows (shown only now)");
            println!("{key}");
        }
        Command::Seed { claims, creditors, owner, owner_percent, busy_case_events } => {
            anyhow::ensure!(owner_percent <= 100, "--owner-percent: a whole number from 0 to 100");
            let public_url = settings.public_url.clone().unwrap_or_else(|| format!("http://{}", settings.listen));
            let (rules, registry) = load_registry(&settings, &public_url)?;
            let db = Db::connect(&settings.database_url)?;
            let plan = crate::seed::Plan {
                claims,
                creditors,
                owner,
                owner_percent,
                busy_case_events,
                now: crate::db::now_micros(),
            };
            let seeded = tokio::task::spawn_blocking(move || {
                db.migrate()?;
                crate::seed::run(&db, &rules, &registry, &plan, |p| println!("{}", p.line()))
            })
            .await??;
            let secs = seeded.elapsed.as_secs_f64().max(1e-6);
            println!(
                "seeded {} claims ({} rows) in {secs:.1} s: {:.0} claims/s, {:.0} rows/s",
                seeded.claims,
                seeded.rows,
                seeded.claims as f64 / secs,
                seeded.rows as f64 / secs
            );
            println!("largest creditor: {}", seeded.owner);
            if let Some(busy) = &seeded.busy_case {
                println!("busiest case: {busy}");
            }
        }
        Command::PartnerUser(PartnerUserCommand::Create { partner, email }) => {
            let email = Email::parse(&email).map_err(|e| anyhow::anyhow!("--email: {e}"))?;
            let public_url = settings.public_url.clone().unwrap_or_else(|| format!("http://{}", settings.listen));
            let (_, registry) = load_registry(&settings, &public_url)?;
            let Some(partner) = registry.get(partner.trim()) else {
                anyhow::bail!("--partner: \"{partner}\" is not the id of a partner in the registry");
            };
            if !partner.integration.portal {
                anyhow::bail!(
                    "--partner: {} does not work in the partner portal (its registry entry says integration = \"api\")",
                    partner.id
                );
            }
            let db = Db::connect(&settings.database_url)?;
            let migrating = db.clone();
            tokio::task::spawn_blocking(move || migrating.migrate()).await??;
            let minutes = settings.security.partner_link_minutes;
            let invited = crate::partner_accounts::create(
                &db,
                partner.id.as_str(),
                &email,
                crate::db::partner_users::role::ADMIN,
                None,
                crate::db::now_micros(),
                minutes,
            )
            .await?;
            println!(
                "created {} as the admin of {} ({}); the one-time sign-in link follows (valid for {} hours, shown only now)",
                invited.user.email,
                partner.name,
                partner.id,
                minutes / 60
            );
            println!("{}", invited.link(&public_url));
        }
    }
    Ok(())
}
