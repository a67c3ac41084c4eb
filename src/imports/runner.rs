//! Filing imports in the background, in every process: an import started here is filed at
//! once; one whose process stopped mid-way (a crash) is taken over by whichever process's
//! runner finds its lease run out, and continues where the rows say it was. Each claim group
//! goes through [`intake::file_claim`] with its idempotency key, so a group filed before the
//! crash but not yet recorded as such is answered with its claim, not filed again.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use super::{ImportError, RowError, claim_input};
use crate::cases::documents;
use crate::db::imports::{self as store, GroupOutcome, RowRecord};
use crate::db::now_micros;
use crate::intake::{self, Idempotency, IntakeError};
use crate::state::AppState;

/// How long a process holds an import it files without renewing; it renews with every batch.
pub const LEASE: Duration = Duration::from_secs(5);
/// Outcomes are recorded at least this often, and at least every [`BATCH`] groups.
const FLUSH_EVERY: Duration = Duration::from_millis(300);
const BATCH: usize = 50;
/// How often the runner looks for imports no process holds.
const POLL: Duration = Duration::from_secs(1);

fn lease_from_now() -> (i64, i64) {
    let now = now_micros();
    (now, now + LEASE.as_micros() as i64)
}

/// Files import `id` in the background.
pub fn spawn(state: AppState, id: String) {
    tokio::spawn(async move {
        if let Err(e) = run(&state, &id).await {
            tracing::error!(import = %id, error = ?e, "filing an import stopped; the runner takes it up again");
        }
    });
}

/// Takes up running imports that no process holds, now and then: every process runs this.
pub async fn run_forever(state: AppState) {
    loop {
        let now = now_micros();
        match state.db.run(move |c| store::orphans(c, now)).await {
            Ok(ids) => {
                for id in ids {
                    if let Err(e) = run(&state, &id).await {
                        tracing::error!(import = %id, error = ?e, "filing an import stopped; it is taken up again");
                    }
                }
            }
            Err(e) => tracing::warn!(error = ?e, "cannot look for imports to file"),
        }
        tokio::time::sleep(POLL).await;
    }
}

/// Files what is left of import `id`, if this process can take it (nobody else holds it).
pub async fn run(state: &AppState, id: &str) -> Result<(), ImportError> {
    let lookup = id.to_string();
    let (now, until) = lease_from_now();
    if !state.db.run(move |c| store::take(c, &lookup, now, until)).await? {
        return Ok(());
    }
    let lookup = id.to_string();
    let (import, pending) = state
        .db
        .run(move |c| {
            let import = store::by_id(c, &lookup)?;
            Ok((import, store::pending(c, &lookup)?))
        })
        .await?;
    let Some(import) = import else { return Ok(()) };
    // the groups, in file order
    let mut order: Vec<String> = Vec::new();
    let mut groups: BTreeMap<String, Vec<RowRecord>> = BTreeMap::new();
    for row in pending {
        if !groups.contains_key(&row.group_key) {
            order.push(row.group_key.clone());
        }
        groups.entry(row.group_key.clone()).or_default().push(row);
    }
    let mut outcomes: Vec<(String, GroupOutcome)> = Vec::new();
    let mut flushed = Instant::now();
    for key in order {
        let rows = &groups[&key];
        let outcome = file_group(state, &import.creditor_id, import.created_by.as_deref(), &key, rows).await?;
        outcomes.push((key, outcome));
        if outcomes.len() >= BATCH || flushed.elapsed() >= FLUSH_EVERY {
            flush(state, id, std::mem::take(&mut outcomes)).await?;
            flushed = Instant::now();
        }
    }
    flush(state, id, outcomes).await?;
    let (lookup, now) = (id.to_string(), state.now());
    state.db.run(move |c| store::finish(c, &lookup, now)).await?;
    tracing::info!(import = %id, "import filed");
    Ok(())
}

async fn flush(state: &AppState, id: &str, outcomes: Vec<(String, GroupOutcome)>) -> Result<(), ImportError> {
    let lookup = id.to_string();
    let (now, until) = lease_from_now();
    state.db.run(move |c| store::record(c, &lookup, &outcomes, now, until)).await?;
    state.live.kick();
    Ok(())
}

/// Files one claim group through intake with its idempotency key, and keeps its e-invoices
/// as the claim's documents (once each). A database failure stops the run (the import is
/// taken up again); intake's refusal is the group's outcome.
async fn file_group(
    state: &AppState,
    creditor_id: &str,
    actor: Option<&str>,
    key: &str,
    rows: &[RowRecord],
) -> Result<GroupOutcome, ImportError> {
    let values: Vec<BTreeMap<String, String>> =
        rows.iter().map(|r| serde_json::from_str(&r.values_json).unwrap_or_default()).collect();
    let refs: Vec<&BTreeMap<String, String>> = values.iter().collect();
    let input = claim_input(&refs);
    let idempotency = Idempotency { key: key.to_string(), request_hash: key.to_string() };
    let filed = match intake::file_claim(state, creditor_id, &input, Some(idempotency), actor).await {
        Ok(filed) => filed,
        Err(IntakeError::Db(e)) => return Err(e.into()),
        Err(e) => {
            let errors: Vec<RowError> = match &e {
                IntakeError::Invalid(errors) => RowError::of_fields(errors).into_iter().map(|(_, e)| e).collect(),
                IntakeError::Duplicate(d) => vec![
                    RowError::plain("invoice_number", &format!("invoices[{}].number", d.position), e.to_string())
                        .with_key(
                            "imports-error-duplicate",
                            &[("number", d.number.clone()), ("claim", d.existing_claim_id.clone())],
                        ),
                ],
                IntakeError::NoCoverage(_) => vec![RowError::plain("debtor_country", "debtor.country", e.to_string())],
                _ => vec![RowError::plain("", "", e.to_string())],
            };
            return Ok(GroupOutcome::Failed { errors_json: serde_json::to_string(&errors).unwrap_or_default() });
        }
    };
    for row in rows {
        let (Some(name), Some(sha)) = (&row.document_name, &row.document_sha256) else { continue };
        attach(state, creditor_id, &filed.claim_id, name, sha, actor).await?;
    }
    Ok(GroupOutcome::Filed { claim_id: filed.claim_id, already_filed: rows.first().is_some_and(|r| r.already_filed) })
}

/// Adds a kept e-invoice to its claim through the same operation as an upload on the claim's
/// page, unless the claim has it already (a run taken up again after a crash).
async fn attach(
    state: &AppState,
    creditor_id: &str,
    claim_id: &str,
    name: &str,
    sha: &str,
    actor: Option<&str>,
) -> Result<(), ImportError> {
    let (claim, hash) = (claim_id.to_string(), sha.to_string());
    let has =
        state.db.run(move |c| Ok(crate::db::documents::of_claim(c, &claim)?.iter().any(|d| d.sha256 == hash))).await?;
    if has {
        return Ok(());
    }
    let (store, hash) = (state.documents.clone(), sha.to_string());
    let bytes = tokio::task::spawn_blocking(move || store.get(&hash))
        .await
        .map_err(|e| ImportError::Internal(e.into()))?
        .map_err(|e| ImportError::Internal(anyhow::anyhow!("the e-invoice could not be read: {e}")))?
        .ok_or_else(|| ImportError::Internal(anyhow::anyhow!("the e-invoice {sha} is missing from the store")))?;
    match documents::add_from_creditor(state, creditor_id, claim_id, name, Some("application/xml"), bytes, actor).await
    {
        Ok(_) => Ok(()),
        Err(crate::cases::CaseError::Db(e)) => Err(e.into()),
        Err(e) => {
            // the claim stands; the page shows its documents, and the log says why this one is not
            tracing::warn!(claim = %claim_id, error = %e, "an e-invoice could not be kept as the claim's document");
            Ok(())
        }
    }
}
