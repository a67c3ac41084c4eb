//! The command line, run as the real binary.

use std::process::Command;

use reqwest::StatusCode;

use crate::helpers::{TestDb, claim_body, spawn_app};

fn crossclaim(db: &TestDb, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_crossclaim"))
        .args(args)
        .env("DATABASE_URL", &db.url)
        .env("PARTNERS_DIR", concat!(env!("CARGO_MANIFEST_DIR"), "/partners"))
        .env("RULES_DIR", concat!(env!("CARGO_MANIFEST_DIR"), "/rules"))
        .env("RUST_LOG", "warn")
        .output()
        .expect("the binary runs")
}

#[tokio::test]
async fn creditor_create_prints_a_working_api_key_on_its_last_line() {
    let app = spawn_app().await;
    let output = Command::new(env!("CARGO_BIN_EXE_crossclaim"))
        .args(["creditor", "create", "--name", "Fjord Fisk AS", "--email", "post@fjordfisk.example", "--country", "no"])
        .env("DATABASE_URL", &app.settings.database_url)
        .env("RUST_LOG", "warn")
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let stdout = String::from_utf8(output.stdout).unwrap();
    let key = stdout.lines().last().unwrap().trim().to_string();
    assert!(key.starts_with("cck_"), "{stdout}");
    let response = app.post_claim(&key, &claim_body("DE", "1200.00", "EUR")).await;
    assert_eq!(response.status(), StatusCode::CREATED);

    // the same e-mail again is refused, with a message
    let again = Command::new(env!("CARGO_BIN_EXE_crossclaim"))
        .args(["creditor", "create", "--name", "Fjord Fisk AS", "--email", "POST@fjordfisk.example", "--country", "NO"])
        .env("DATABASE_URL", &app.settings.database_url)
        .output()
        .unwrap();
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("already exists"));
}

#[test]
fn creditor_create_names_a_bad_argument() {
    let db = TestDb::new();
    let output =
        crossclaim(&db, &["creditor", "create", "--name", "X AS", "--email", "x@x.example", "--country", "Norway"]);
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("--country"));
}

#[test]
fn check_validates_the_shipped_registry() {
    let db = TestDb::new();
    let output = crossclaim(&db, &["check"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("registry ok") && stdout.contains("32 countries"), "{stdout}");
    // the rates that are due, and the unverified rule, are warned about
    assert!(
        stdout.contains("warning: CH_SNB_SPECIAL (Swiss National Bank special rate, used for LI) has no rate at all"),
        "{stdout}"
    );
    assert!(stdout.contains("warning: the interest rule of Liechtenstein"), "{stdout}");
    assert!(stdout.contains("rules ok:"), "{stdout}");
}

#[test]
fn check_and_serve_refuse_a_broken_registry_naming_file_and_field() {
    let db = TestDb::new();
    let dir = std::env::temp_dir().join(format!("broken-registry-{}", ulid::Ulid::new()));
    std::fs::create_dir_all(&dir).unwrap();
    let source =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/partners/sandbox-agency-at.toml")).unwrap();
    std::fs::write(
        dir.join("sandbox-agency-at.toml"),
        source.replace("countries = [\"AT\"]", "countries = [\"AT\", \"QQ\"]"),
    )
    .unwrap();
    for command in [&["check"][..], &["serve", "--listen", "127.0.0.1:0"][..]] {
        let output = Command::new(env!("CARGO_BIN_EXE_crossclaim"))
            .args(command)
            .env("DATABASE_URL", &db.url)
            .env("PARTNERS_DIR", &dir)
            .env("RULES_DIR", concat!(env!("CARGO_MANIFEST_DIR"), "/rules"))
            .output()
            .unwrap();
        assert!(!output.status.success(), "{command:?} must fail");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.contains("sandbox-agency-at.toml: countries[1]: \"QQ\" is not an ISO 3166-1"),
            "{command:?}: {stderr}"
        );
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A copy of the shipped folder `name` (`partners` or `rules`) to break in a test.
fn copy_of(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("{name}-{}", ulid::Ulid::new()));
    std::fs::create_dir_all(&dir).unwrap();
    for entry in std::fs::read_dir(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(name)).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.join(path.file_name().unwrap())).unwrap();
    }
    dir
}

#[test]
fn check_refuses_a_broken_rules_file_naming_file_and_line() {
    let db = TestDb::new();
    let dir = copy_of("rules");
    let rates = std::fs::read_to_string(dir.join("reference-rates.csv")).unwrap();
    let broken = rates.replace("ECB_MRO,2024-07-01,2024-12-31,4.25,", "ECB_MRO,2024-07-01,2024-12-31,four,");
    assert_ne!(broken, rates);
    std::fs::write(dir.join("reference-rates.csv"), broken).unwrap();
    let run = |rules: &std::path::Path| {
        Command::new(env!("CARGO_BIN_EXE_crossclaim"))
            .arg("check")
            .env("DATABASE_URL", &db.url)
            .env("PARTNERS_DIR", concat!(env!("CARGO_MANIFEST_DIR"), "/partners"))
            .env("RULES_DIR", rules)
            .output()
            .unwrap()
    };
    let output = run(&dir);
    assert!(!output.status.success(), "a broken rules file must fail the check");
    let stderr = String::from_utf8_lossy(&output.stderr);
    let line = rates.lines().position(|l| l.starts_with("ECB_MRO,2024-07-01,2024-12-31,4.25,")).unwrap() + 1;
    assert!(stderr.contains(&format!("reference-rates.csv line {line}")), "{stderr}");
    assert!(stderr.contains("four"), "{stderr}");
    // the copy as shipped passes: it is the broken line that fails
    std::fs::write(dir.join("reference-rates.csv"), rates).unwrap();
    assert!(run(&dir).status.success());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn serve_refuses_to_start_while_a_real_partners_credential_is_unset() {
    let db = TestDb::new();
    let dir = copy_of("partners");
    let source = std::fs::read_to_string(dir.join("sandbox-agency-at.toml")).unwrap();
    let real = source
        .replace("id = \"sandbox-agency-at\"", "id = \"acme-inkasso-at\"")
        .replace("sandbox = true", "sandbox = false")
        .replace("{sandbox}/sandbox-agency-at", "https://api.acme-inkasso.example/v1")
        .replace("SANDBOX_AGENCY_AT_", "ACME_INKASSO_");
    std::fs::write(dir.join("acme-inkasso-at.toml"), real).unwrap();
    let serve = |set: &[(&str, &str)]| {
        let mut command = Command::new(env!("CARGO_BIN_EXE_crossclaim"));
        command
            .args(["serve", "--listen", "127.0.0.1:0", "--dispatcher", "false"])
            .env("DATABASE_URL", &db.url)
            .env("DATA_DIR", db.dir.join("data"))
            .env("PARTNERS_DIR", &dir)
            .env("RULES_DIR", concat!(env!("CARGO_MANIFEST_DIR"), "/rules"))
            .env_remove("ACME_INKASSO_TOKEN")
            .env_remove("ACME_INKASSO_OUTBOUND_SECRET")
            .env_remove("ACME_INKASSO_INBOUND_SECRET")
            .envs(set.iter().copied());
        command.output().unwrap()
    };
    let output = serve(&[]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("partner acme-inkasso-at: set the environment variable ACME_INKASSO_TOKEN"), "{stderr}");
    // with the token set, the next unset variable is named
    let output = serve(&[("ACME_INKASSO_TOKEN", "token-from-acme")]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("set the environment variable ACME_INKASSO_OUTBOUND_SECRET"), "{stderr}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn an_unknown_database_url_is_an_error_not_a_new_file() {
    let output = Command::new(env!("CARGO_BIN_EXE_crossclaim"))
        .args(["migrate"])
        .env("DATABASE_URL", "mysql://localhost/x")
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("DATABASE_URL must start with sqlite:// or postgres://"));
}

#[test]
fn migrate_prepares_a_fresh_database() {
    let db = TestDb::new();
    let output = crossclaim(&db, &["migrate"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(String::from_utf8_lossy(&output.stdout).contains("up to date"));
}

#[test]
fn next_half_years_rates_are_added_by_editing_a_csv() {
    let db = TestDb::new();
    let dir = std::env::temp_dir().join(format!("rules-{}", ulid::Ulid::new()));
    std::fs::create_dir_all(&dir).unwrap();
    let shipped = concat!(env!("CARGO_MANIFEST_DIR"), "/rules");
    for entry in std::fs::read_dir(shipped).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.join(path.file_name().unwrap())).unwrap();
    }
    let check = || {
        let output = Command::new(env!("CARGO_BIN_EXE_crossclaim"))
            .arg("check")
            .env("DATABASE_URL", &db.url)
            .env("PARTNERS_DIR", concat!(env!("CARGO_MANIFEST_DIR"), "/partners"))
            .env("RULES_DIR", &dir)
            .env("RUST_LOG", "warn")
            .output()
            .unwrap();
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        String::from_utf8(output.stdout).unwrap()
    };
    assert!(check().contains("warning: AT_BASISZINSSATZ"));
    let rates = dir.join("reference-rates.csv");
    let mut text = std::fs::read_to_string(&rates).unwrap();
    for year in 2026..=2027 {
        text.push_str(&format!("AT_BASISZINSSATZ,{year}-01-01,{year}-06-30,1.53,medium,OeNB\n"));
        text.push_str(&format!("AT_BASISZINSSATZ,{year}-07-01,{year}-12-31,1.53,medium,OeNB\n"));
    }
    std::fs::write(&rates, text).unwrap();
    let after = check();
    assert!(!after.contains("warning: AT_BASISZINSSATZ"), "{after}");
    std::fs::remove_dir_all(&dir).unwrap();
}
