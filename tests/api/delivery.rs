//! Hand-over to partners: the sandbox partner runs as its own process and the portal must
//! deliver each case exactly once in effect, whatever the partner or the portal itself does.

use std::collections::BTreeSet;
use std::time::Duration;

use crossclaim::db::deliveries::{self, DeliveryRow};
use crossclaim::webhooks::Secret;
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{TestApp, TestDb, assert_null, claim_body, file_claim, id_of, spawn_app_with};
use crate::processes::{PortalProcess, SandboxProcess, free_port, wait_for};

pub const PATIENCE: Duration = Duration::from_secs(20);

pub struct Setup {
    pub app: TestApp,
    pub key: String,
    pub secret: String,
    pub sandbox_port: u16,
}

/// The portal in this process with fast retries, pointed at a sandbox partner on a port of
/// its own (not started yet), with the embedded sandbox off.
pub async fn portal(extra: &[&str]) -> Setup {
    let sandbox_port = free_port();
    let sandbox_url = format!("http://127.0.0.1:{sandbox_port}/sandbox");
    let mut args = vec![
        "--dispatcher",
        "true",
        "--sandbox-url",
        sandbox_url.as_str(),
        "--embedded-sandbox",
        "false",
        "--delivery-retry-base-ms",
        "100",
        "--delivery-poll-ms",
        "200",
        "--delivery-timeout-ms",
        "1000",
        "--delivery-lease-ms",
        "3000",
        "--operator-token",
        "operator-token-for-tests",
    ];
    args.extend_from_slice(extra);
    let app = spawn_app_with(&args).await;
    let key = app.api_creditor("ap@nordictools.example").await;
    let secret = app.sandbox_secret.expose();
    Setup { app, key, secret, sandbox_port }
}

impl Setup {
    pub async fn sandbox(&self) -> SandboxProcess {
        SandboxProcess::start(self.sandbox_port, &self.secret, &self.app.address, 600_000).await
    }

    pub async fn claim(&self, id: &str) -> Value {
        self.app.get_json(&self.key, &format!("/api/v1/claims/{id}")).await.1
    }

    pub async fn wait_status(&self, id: &str, status: &str) -> Value {
        wait_for(&format!("claim {id} to be {status}"), PATIENCE, || async {
            let claim = self.claim(id).await;
            (claim["status"] == status).then_some(claim)
        })
        .await
    }

    async fn withdraw(&self, key: &str, id: &str) -> reqwest::Response {
        self.app
            .client
            .post(self.app.url(&format!("/api/v1/claims/{id}/withdraw")))
            .bearer_auth(key)
            .send()
            .await
            .unwrap()
    }

    /// The claim's first delivery once no attempt is in flight: the outbox row is settled just
    /// after the case's event, so a test that saw the event waits for it rather than race it.
    async fn settled_delivery(&self, id: &str) -> DeliveryRow {
        wait_for("the delivery to settle", PATIENCE, || async {
            let d = self.deliveries(id).await.remove(0);
            (d.state != deliveries::state::IN_FLIGHT).then_some(d)
        })
        .await
    }

    pub async fn deliveries(&self, id: &str) -> Vec<DeliveryRow> {
        let id = id.to_string();
        self.app.state.db.run(move |conn| deliveries::of_claim(conn, &id)).await.unwrap()
    }
}

/// The partner's view and ours agree: the cases it holds are exactly the claims we handed
/// over, under the same references, each received as one case.
async fn assert_views_agree(app: &TestApp, key: &str, sandbox: &SandboxProcess) {
    let (_, ours) = app.get_json(key, "/api/v1/claims?limit=200").await;
    let delivered: BTreeSet<(String, String)> = ours["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| Some((c["id"].as_str()?.to_string(), c["partner_reference"].as_str()?.to_string())))
        .collect();
    let theirs = sandbox.cases().await;
    let held: BTreeSet<(String, String)> = theirs["cases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["case_id"].as_str().unwrap().to_string(), c["partner_reference"].as_str().unwrap().to_string()))
        .collect();
    assert_eq!(delivered, held, "the partner holds exactly the cases we handed over");
}

#[tokio::test]
async fn a_claim_is_handed_over_to_the_partner_in_another_process() {
    let setup = portal(&[]).await;
    let sandbox = setup.sandbox().await;
    let id = id_of(&setup.app.file_claim(&setup.key, &claim_body("DE", "1200.00", "EUR")).await);
    let claim = setup.wait_status(&id, "received").await;
    assert!(claim["partner_reference"].as_str().unwrap().starts_with("SBX-"));
    let events: Vec<&str> = claim["events"].as_array().unwrap().iter().map(|e| e["status"].as_str().unwrap()).collect();
    assert_eq!(events, ["submitted", "received"]);
    let cases = sandbox.cases().await;
    assert_eq!(cases["requests"], 1);
    assert_eq!(cases["cases"][0]["partner_id"], "sandbox-agency-de-2", "the cheaper German agency");
    assert_eq!(cases["cases"][0]["service"], "collection");
    let delivery = setup.settled_delivery(&id).await;
    assert_eq!((delivery.state.as_str(), delivery.attempts), ("done", 1));
    assert_views_agree(&setup.app, &setup.key, &sandbox).await;
}

#[tokio::test]
async fn a_partner_down_at_submit_time_gets_the_case_once_it_is_up() {
    let setup = portal(&[]).await;
    let id = id_of(&setup.app.file_claim(&setup.key, &claim_body("SE", "1200.00", "EUR")).await);
    let retrying = wait_for("two failed attempts", PATIENCE, || async {
        let d = setup.deliveries(&id).await.remove(0);
        (d.attempts >= 2 && d.state == "pending").then_some(d)
    })
    .await;
    assert_eq!(retrying.last_error.as_deref(), Some("could not connect"));
    assert_eq!(setup.claim(&id).await["status"], "submitted");
    let sandbox = setup.sandbox().await;
    setup.wait_status(&id, "received").await;
    let cases = sandbox.cases().await;
    assert_eq!(cases["cases"].as_array().unwrap().len(), 1);
    assert_eq!(cases["requests"], 1, "delivered once");
    assert_views_agree(&setup.app, &setup.key, &sandbox).await;
}

#[tokio::test]
async fn two_server_errors_then_success_make_one_case() {
    let setup = portal(&[]).await;
    let sandbox = setup.sandbox().await;
    sandbox.behave(json!({ "fail_500": 2 })).await;
    let id = id_of(&setup.app.file_claim(&setup.key, &claim_body("DE", "1200.00", "EUR")).await);
    setup.wait_status(&id, "received").await;
    let cases = sandbox.cases().await;
    assert_eq!(cases["requests"], 3);
    assert_eq!(cases["cases"].as_array().unwrap().len(), 1, "one accepted case at the partner");
    // each attempt was signed as the same message: the webhook-id stays across retries
    let ids: Vec<&str> = cases["webhook_ids"][&id].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
    assert_eq!(ids.len(), 3, "{ids:?}");
    assert!(!ids[0].is_empty() && ids.iter().all(|w| *w == ids[0]), "{ids:?}");
    let delivery = setup.settled_delivery(&id).await;
    assert_eq!((delivery.state.as_str(), delivery.attempts), ("done", 3));
    assert_views_agree(&setup.app, &setup.key, &sandbox).await;
}

#[tokio::test]
async fn a_partner_that_times_out_is_asked_again_and_keeps_one_case() {
    let setup = portal(&[]).await;
    let sandbox = setup.sandbox().await;
    // the first answer comes after our 1 s timeout; the partner still takes the case then
    sandbox.behave(json!({ "hang": 1, "hang_ms": 2500 })).await;
    let id = id_of(&setup.app.file_claim(&setup.key, &claim_body("DE", "1200.00", "EUR")).await);
    setup.wait_status(&id, "received").await;
    let delivery = setup.settled_delivery(&id).await;
    assert!(delivery.attempts >= 2, "{delivery:?}");
    let cases = sandbox.cases().await;
    assert_eq!(cases["cases"].as_array().unwrap().len(), 1, "the retry found the case already there");
    assert_views_agree(&setup.app, &setup.key, &sandbox).await;
}

#[tokio::test]
async fn a_garbled_answer_is_retried() {
    let setup = portal(&[]).await;
    let sandbox = setup.sandbox().await;
    sandbox.behave(json!({ "malformed": 1 })).await;
    let id = id_of(&setup.app.file_claim(&setup.key, &claim_body("DE", "1200.00", "EUR")).await);
    setup.wait_status(&id, "received").await;
    assert_eq!(setup.settled_delivery(&id).await.attempts, 2);
    assert_views_agree(&setup.app, &setup.key, &sandbox).await;
}

#[tokio::test]
async fn a_declined_case_shows_the_reason_and_the_operator_reroutes_it() {
    let setup = portal(&[]).await;
    let sandbox = setup.sandbox().await;
    sandbox.behave(json!({ "decline": 1 })).await;
    let id = id_of(&setup.app.file_claim(&setup.key, &claim_body("DE", "1200.00", "EUR")).await);
    let claim = setup.wait_status(&id, "declined").await;
    assert!(claim["decline_reason"].as_str().unwrap().contains("simulated decline"), "{claim}");
    let delivery = setup.settled_delivery(&id).await;
    assert_eq!((delivery.state.as_str(), delivery.attempts), ("declined", 1), "422 is final: no retry");

    // the operator sees it and routes it to the next eligible partner
    let app = &setup.app;
    let page = app.get_page("/operator").await;
    assert!(page.body.contains("operator token"));
    let signin = app.submit("/operator", "/operator/signin", &[("token", "operator-token-for-tests")]).await;
    assert_eq!(signin.status, StatusCode::SEE_OTHER);
    let page = app.get_page("/operator").await;
    assert!(page.body.contains(&delivery.id) && page.body.contains("simulated decline"));
    // every rule and rate with its confidence and source, and the rates that are due
    let rules = app.get_page("/operator/rules").await;
    assert_eq!(rules.status, StatusCode::OK);
    assert!(rules.text_of("rates-missing").unwrap().contains("CH_SNB_SPECIAL"), "{}", rules.body);
    let interest = rules.text_of("interest-rules").unwrap();
    assert!(interest.contains("fixed at the start of the delay") && interest.contains("published monthly"));
    assert!(rules.text_of("reference-rates").unwrap().contains("Bundesanzeiger"));
    assert!(rules.text_of("limitation-periods").unwrap().contains("BGB §195"));
    assert!(rules.text_of("reminder-fees").unwrap().contains("38.00 NOK"));
    // the decline already priced the case with the next partner; the operator's re-route
    // prices it again, and either way the creditor accepts the new quote before anything is sent
    let rerouted = app.submit("/operator", &format!("/operator/claims/{id}/reroute"), &[]).await;
    assert_eq!(rerouted.status, StatusCode::SEE_OTHER);
    let page = app.get_page("/operator").await;
    let flash = page.text_of("flash").unwrap();
    assert!(
        flash.contains("Sandbox Collections Germany (135.00 EUR if collected in full) waits for the creditor"),
        "{flash}"
    );
    let claim = setup.claim(&id).await;
    assert_eq!(
        (claim["status"].as_str(), claim["partner"]["id"].as_str()),
        (Some("declined"), Some("sandbox-agency-de-2"))
    );
    assert_eq!(claim["proposal"]["partner"]["id"], "sandbox-agency-de");
    let states: Vec<&str> = claim["quotes"].as_array().unwrap().iter().map(|q| q["state"].as_str().unwrap()).collect();
    assert_eq!(states, ["declined", "superseded", "proposed"], "the decline's proposal, replaced by the operator's");
    assert_eq!(sandbox.cases().await["cases"].as_array().unwrap().len(), 0, "nothing handed over yet");
    let accept = json!({ "partner_id": "sandbox-agency-de" });
    let (status, _) = setup.app.post_json(&setup.key, &format!("/api/v1/claims/{id}/proposal/accept"), &accept).await;
    assert_eq!(status, StatusCode::OK);
    let claim = setup.wait_status(&id, "received").await;
    assert_eq!(claim["partner"]["id"], "sandbox-agency-de");
    assert_null(&claim, "decline_reason");
    let statuses: Vec<&str> =
        claim["events"].as_array().unwrap().iter().map(|e| e["status"].as_str().unwrap()).collect();
    assert_eq!(statuses, ["submitted", "declined", "submitted", "received"]);
    assert_views_agree(&setup.app, &setup.key, &sandbox).await;
}

#[tokio::test]
async fn the_operator_pages_are_closed_to_others() {
    // one claim whose delivery failed (the partner is down, one attempt allowed), and one the partner declined
    let setup = portal(&["--delivery-max-attempts", "1"]).await;
    let app = &setup.app;
    let mut body = claim_body("DE", "1200.00", "EUR");
    body["debtor"]["name"] = json!("Failed Delivery GmbH");
    let failed_claim = id_of(&app.file_claim(&setup.key, &body).await);
    let failed = wait_for("the delivery to fail", PATIENCE, || async {
        let d = setup.deliveries(&failed_claim).await.remove(0);
        (d.state == "failed").then_some(d)
    })
    .await;
    let sandbox = setup.sandbox().await;
    sandbox.behave(json!({ "decline": 1 })).await;
    body["debtor"]["name"] = json!("Declined Case GmbH");
    let declined_claim = id_of(&app.file_claim(&setup.key, &body).await);
    setup.wait_status(&declined_claim, "declined").await;
    let declined = setup.settled_delivery(&declined_claim).await;

    // a visitor without the operator's session sees neither
    let page = app.get_page("/operator").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("operator token"), "the sign-in form");
    for secret in
        [&failed_claim, &declined_claim, &failed.id, &declined.id, "Failed Delivery GmbH", "Declined Case GmbH"]
    {
        assert!(!page.body.contains(secret), "{secret} is shown to a visitor");
    }
    let wrong = app.submit("/operator", "/operator/signin", &[("token", "guess")]).await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert!(!wrong.body.contains(&failed.id) && !wrong.body.contains(&declined.id));
    // ... and cannot retry or re-route, even with the page's form token: 404, nothing changes
    let retry = app.submit("/operator", &format!("/operator/deliveries/{}/retry", failed.id), &[]).await;
    assert_eq!(retry.status, StatusCode::NOT_FOUND);
    let reroute = app.submit("/operator", &format!("/operator/claims/{declined_claim}/reroute"), &[]).await;
    assert_eq!(reroute.status, StatusCode::NOT_FOUND);
    let unknown = app.submit("/operator", "/operator/deliveries/dl_x/retry", &[]).await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    let still_failed = setup.deliveries(&failed_claim).await.remove(0);
    assert_eq!((still_failed.state.as_str(), still_failed.attempts), ("failed", 1));
    let to_partners = |ds: Vec<DeliveryRow>| ds.into_iter().filter(|d| d.kind != deliveries::MAIL).count();
    assert_eq!(to_partners(setup.deliveries(&declined_claim).await), 1, "no delivery to another partner");
    let claim = setup.claim(&declined_claim).await;
    assert_eq!(
        (claim["status"].as_str(), claim["partner"]["id"].as_str()),
        (Some("declined"), Some("sandbox-agency-de-2"))
    );
    assert_eq!(setup.claim(&failed_claim).await["status"], "submitted");
    assert_eq!(sandbox.cases().await["cases"].as_array().unwrap().len(), 0, "nothing reached the partner");

    // the same requests with the operator's session do what they say: the checks above are not vacuous
    let signin = app.submit("/operator", "/operator/signin", &[("token", "operator-token-for-tests")]).await;
    assert_eq!(signin.status, StatusCode::SEE_OTHER);
    let page = app.get_page("/operator").await;
    assert!(page.body.contains(&failed.id) && page.body.contains(&declined.id), "{}", page.body);
    let retry = app.submit("/operator", &format!("/operator/deliveries/{}/retry", failed.id), &[]).await;
    assert_eq!(retry.status, StatusCode::SEE_OTHER);
    let reroute = app.submit("/operator", &format!("/operator/claims/{declined_claim}/reroute"), &[]).await;
    assert_eq!(reroute.status, StatusCode::SEE_OTHER);
    setup.wait_status(&failed_claim, "received").await;
    let proposal = setup.claim(&declined_claim).await["proposal"]["partner"]["id"].as_str().unwrap().to_string();
    let accept = json!({ "partner_id": proposal });
    let path = format!("/api/v1/claims/{declined_claim}/proposal/accept");
    assert_eq!(setup.app.post_json(&setup.key, &path, &accept).await.0, StatusCode::OK);
    setup.wait_status(&declined_claim, "received").await;
}

#[tokio::test]
async fn a_spent_retry_budget_fails_the_delivery_until_the_operator_retries() {
    let setup = portal(&["--delivery-max-attempts", "2"]).await;
    let id = id_of(&setup.app.file_claim(&setup.key, &claim_body("DE", "1200.00", "EUR")).await);
    let failed = wait_for("the delivery to fail", PATIENCE, || async {
        let d = setup.deliveries(&id).await.remove(0);
        (d.state == "failed").then_some(d)
    })
    .await;
    assert_eq!(failed.attempts, 2);
    let sandbox = setup.sandbox().await;
    // the dispatcher has run since the partner came up: a new claim is handed over ...
    let later = id_of(&setup.app.file_claim(&setup.key, &claim_body("DE", "1200.00", "EUR")).await);
    setup.wait_status(&later, "received").await;
    // ... and the failed one was left alone
    let untouched = setup.deliveries(&id).await.remove(0);
    assert_eq!(
        (untouched.state.as_str(), untouched.attempts),
        ("failed", 2),
        "a failed delivery waits for the operator"
    );
    assert_eq!(setup.claim(&id).await["status"], "submitted");
    let app = &setup.app;
    app.submit("/operator", "/operator/signin", &[("token", "operator-token-for-tests")]).await;
    let retried = app.submit("/operator", &format!("/operator/deliveries/{}/retry", failed.id), &[]).await;
    assert_eq!(retried.status, StatusCode::SEE_OTHER);
    setup.wait_status(&id, "received").await;
    assert_views_agree(&setup.app, &setup.key, &sandbox).await;
}

#[tokio::test]
async fn withdrawing_tells_the_partner_through_the_outbox() {
    let setup = portal(&[]).await;
    let sandbox = setup.sandbox().await;
    let id = id_of(&setup.app.file_claim(&setup.key, &claim_body("DE", "1200.00", "EUR")).await);
    setup.wait_status(&id, "received").await;
    let response = setup.withdraw(&setup.key, &id).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.json::<Value>().await.unwrap()["status"], "withdrawn");
    wait_for("the partner to stop the case", PATIENCE, || async {
        (sandbox.cases().await["cases"][0]["withdrawn"] == true).then_some(())
    })
    .await;
    assert_eq!(setup.withdraw(&setup.key, &id).await.status(), StatusCode::CONFLICT);
    // another creditor cannot withdraw it
    let other = setup.app.api_creditor("other@example.com").await;
    assert_eq!(setup.withdraw(&other, &id).await.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_claim_withdrawn_before_hand_over_never_reaches_the_partner() {
    let setup = portal(&[]).await;
    let id = id_of(&setup.app.file_claim(&setup.key, &claim_body("DE", "1200.00", "EUR")).await); // the partner is down: the hand-over waits
    assert_eq!(setup.withdraw(&setup.key, &id).await.status(), StatusCode::OK);
    let sandbox = setup.sandbox().await;
    wait_for("the withdrawal to be settled", PATIENCE, || async {
        let all = setup.deliveries(&id).await;
        all.iter().all(|d| d.state == "done" || d.state == "cancelled").then_some(())
    })
    .await;
    assert_eq!(sandbox.cases().await["requests"], 0);
}

/// The settings of a portal process on `db`, with the sandbox partner in its own process.
pub fn process_args(db: &TestDb, secret: &str, sandbox_port: u16, extra: &[&str]) -> Vec<String> {
    let data_dir = db.dir.join("data").display().to_string();
    let mut args: Vec<String> = [
        "--database-url",
        db.url.as_str(),
        "--data-dir",
        data_dir.as_str(),
        "--sandbox-secret",
        secret,
        "--embedded-sandbox",
        "false",
        "--delivery-retry-base-ms",
        "100",
        "--delivery-poll-ms",
        "200",
        "--delivery-timeout-ms",
        "1000",
        "--delivery-lease-ms",
        "2000",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    args.push("--sandbox-url".into());
    args.push(format!("http://127.0.0.1:{sandbox_port}/sandbox"));
    crate::helpers::override_args(&mut args, extra);
    args
}

pub async fn api_key(db: &TestDb) -> String {
    let store = crossclaim::db::Db::connect(&db.url).unwrap();
    let new = crossclaim::accounts::NewCreditor {
        name: crossclaim::domain::text::Name::parse("Nordic Tools AB").unwrap(),
        registration_number: None,
        country: crossclaim::domain::country::Country::parse("SE").unwrap(),
        email: crossclaim::domain::text::Email::parse("ap@nordictools.example").unwrap(),
    };
    crossclaim::accounts::create_with_key(&store, new, "test").await.unwrap().1
}

pub async fn claim_at(url: &str, key: &str, id: &str) -> Value {
    reqwest::Client::new()
        .get(format!("{url}/api/v1/claims/{id}"))
        .bearer_auth(key)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

#[tokio::test]
async fn a_crash_between_storing_and_sending_still_delivers_exactly_once() {
    crate::helpers::init_tracing();
    let db = TestDb::new();
    let secret = Secret::generate().expose();
    let sandbox_port = free_port();
    // the first portal stores claims but its dispatcher has not run yet when it is killed
    let mut first =
        PortalProcess::start(&process_args(&db, &secret, sandbox_port, &["--dispatch-delay-ms", "600000"])).await;
    let sandbox = SandboxProcess::start(sandbox_port, &secret, &first.url, 600_000).await;
    let key = api_key(&db).await;
    let id = id_of(&file_claim(&first.url, &key, &claim_body("DE", "1200.00", "EUR")).await);
    assert_eq!(claim_at(&first.url, &key, &id).await["status"], "submitted");
    first.kill();
    assert_eq!(sandbox.cases().await["requests"], 0, "nothing was sent before the crash");

    let second = PortalProcess::start(&process_args(&db, &secret, sandbox_port, &[])).await;
    let claim = wait_for("the restarted portal to deliver", PATIENCE, || async {
        let claim = claim_at(&second.url, &key, &id).await;
        (claim["status"] == "received").then_some(claim)
    })
    .await;
    let cases = sandbox.cases().await;
    assert_eq!(cases["requests"], 1, "sent once");
    assert_eq!(cases["cases"][0]["partner_reference"], claim["partner_reference"]);
}

#[tokio::test]
async fn a_crash_in_the_middle_of_sending_is_resent_and_the_partner_keeps_one_case() {
    crate::helpers::init_tracing();
    let db = TestDb::new();
    let secret = Secret::generate().expose();
    let sandbox_port = free_port();
    let mut first = PortalProcess::start(&process_args(
        &db,
        &secret,
        sandbox_port,
        &["--delivery-timeout-ms", "3000", "--delivery-lease-ms", "4000"],
    ))
    .await;
    let sandbox = SandboxProcess::start(sandbox_port, &secret, &first.url, 600_000).await;
    sandbox.behave(json!({ "hang": 1, "hang_ms": 2500 })).await;
    let key = api_key(&db).await;
    let id = id_of(&file_claim(&first.url, &key, &claim_body("DE", "1200.00", "EUR")).await);
    wait_for("the hand-over to be in flight", PATIENCE, || async {
        (sandbox.cases().await["requests"] == 1).then_some(())
    })
    .await;
    first.kill(); // while the partner is still answering
    // the lease of the dead process expires; the next portal sends again
    let second = PortalProcess::start(&process_args(&db, &secret, sandbox_port, &[])).await;
    let claim = wait_for("the restarted portal to deliver", Duration::from_secs(30), || async {
        let claim = claim_at(&second.url, &key, &id).await;
        (claim["status"] == "received").then_some(claim)
    })
    .await;
    let cases = sandbox.cases().await;
    assert_eq!(cases["cases"].as_array().unwrap().len(), 1, "one case at the partner");
    assert_eq!(cases["cases"][0]["partner_reference"], claim["partner_reference"]);
}

#[tokio::test]
#[ignore = "needs PostgreSQL: run with TEST_DATABASE_URL=postgres://... and --include-ignored"]
async fn two_portals_on_postgresql_drain_200_deliveries_each_exactly_once() {
    crate::helpers::require_postgres("two portals share a database only on PostgreSQL");
    crate::helpers::init_tracing();
    let db = TestDb::new();
    let secret = Secret::generate().expose();
    let sandbox_port = free_port();
    // file 200 claims through a portal whose dispatcher is off
    let intake = PortalProcess::start(&process_args(&db, &secret, sandbox_port, &["--dispatcher", "false"])).await;
    let sandbox = SandboxProcess::start(sandbox_port, &secret, &intake.url, 600_000).await;
    let key = api_key(&db).await;
    let ids: Vec<String> = futures_util::stream::iter(0..200)
        .map(|i| {
            let (url, key) = (intake.url.clone(), key.clone());
            async move {
                let country = ["DE", "SE", "FR", "NL"][i % 4];
                id_of(&file_claim(&url, &key, &claim_body(country, "500.00", "EUR")).await)
            }
        })
        .buffer_unordered(8)
        .collect()
        .await;
    assert_eq!(ids.len(), 200);
    assert_eq!(sandbox.cases().await["requests"], 0);
    // two portals with dispatchers share the work; the timeout and lease are generous, so
    // that a slow machine's retry after a timeout (a second request the partner rightly
    // dedupes) is not mistaken for two dispatchers sending the same case
    let args = process_args(
        &db,
        &secret,
        sandbox_port,
        &["--delivery-concurrency", "4", "--delivery-timeout-ms", "10000", "--delivery-lease-ms", "30000"],
    );
    let (_a, _b) = tokio::join!(PortalProcess::start(&args), PortalProcess::start(&args));
    let store = crossclaim::db::Db::connect(&db.url).unwrap();
    wait_for("200 deliveries", Duration::from_secs(90), || async {
        let counts = store.run(deliveries::count_by_state).await.unwrap();
        counts.iter().any(|(state, n)| state == "done" && *n == 200).then_some(())
    })
    .await;
    let cases = sandbox.cases().await;
    assert_eq!(cases["cases"].as_array().unwrap().len(), 200);
    assert_eq!(cases["requests"], 200, "each case was sent exactly once");
    let held: BTreeSet<String> =
        cases["cases"].as_array().unwrap().iter().map(|c| c["case_id"].as_str().unwrap().to_string()).collect();
    assert_eq!(held, ids.into_iter().collect::<BTreeSet<_>>());
}

use futures_util::StreamExt;

#[tokio::test]
async fn the_partner_refuses_requests_with_the_wrong_credentials_and_we_keep_the_case() {
    let setup = portal(&[]).await;
    // the sandbox derives its credentials from another secret than the portal's
    let stranger = Secret::generate().expose();
    let sandbox = SandboxProcess::start(setup.sandbox_port, &stranger, &setup.app.address, 600_000).await;
    let id = id_of(&setup.app.file_claim(&setup.key, &claim_body("DE", "1200.00", "EUR")).await);
    // still retried (pending again after each refusal): the operator can fix the credentials
    let refused = wait_for("two refused attempts", PATIENCE, || async {
        let d = setup.deliveries(&id).await.remove(0);
        (d.attempts >= 2 && d.state == "pending").then_some(d)
    })
    .await;
    assert_eq!(refused.last_error.as_deref(), Some("HTTP 401 Unauthorized"));
    assert!(sandbox.cases().await["cases"].as_array().unwrap().is_empty());
    assert_eq!(setup.claim(&id).await["status"], "submitted");
}

/// The whole flow: a disputed claim is handed over to a law firm played by the sandbox
/// partner in another process, which walks it through its life with signed events; the
/// creditor's live stream shows every step, in order, as it happens.
#[tokio::test]
async fn the_sandbox_partner_drives_a_case_to_paid_and_the_stream_shows_every_step() {
    let setup = portal(&[]).await;
    let sandbox = SandboxProcess::start(setup.sandbox_port, &setup.secret, &setup.app.address, 300).await;
    let mut body = claim_body("DE", "1200.00", "EUR");
    body["disputed"] = json!(true);
    let id = id_of(&setup.app.file_claim(&setup.key, &body).await);
    let mut stream = crate::live_support::Sse::open(
        setup.app.client.get(setup.app.url(&format!("/api/v1/claims/{id}/stream?after=0"))).bearer_auth(&setup.key),
    )
    .await;
    let mut seen = Vec::new();
    let mut last_seq = 0;
    while seen.last().map(String::as_str) != Some("paid") {
        let frame = stream.next_event(PATIENCE).await.unwrap_or_else(|| panic!("the case stalled after {seen:?}"));
        let seq = frame.id.unwrap();
        assert!(seq > last_seq, "events arrive in order");
        last_seq = seq;
        seen.push(frame.data.unwrap()["status"].as_str().unwrap().to_string());
    }
    assert_eq!(
        seen,
        ["submitted", "received", "disputed", "legal_proceedings", "payment_plan", "partially_paid", "paid"]
    );
    let claim = setup.claim(&id).await;
    assert_eq!(claim["partner"]["id"], "sandbox-law-dach");
    assert_eq!(claim["status"], "paid");
    assert_eq!(claim["terminal"], true);
    assert_eq!(claim["collected"], json!({"amount": "1200.00", "currency": "EUR"}));
    // the law firm's life: a court decision of its own, a settlement in two payments, a payout
    let court: Vec<&Value> =
        claim["documents"].as_array().unwrap().iter().filter(|d| d["added_by"] == "partner").collect();
    assert_eq!(court.len(), 1, "{claim}");
    assert_eq!(
        (court[0]["name"].as_str(), court[0]["media_type"].as_str()),
        (Some("court-decision.pdf"), Some("application/pdf"))
    );
    assert_eq!(claim["payments"].as_array().unwrap().len(), 2);
    assert_eq!(claim["promises"][0]["state"], "kept");
    let balance = &claim["balance"];
    assert_eq!(balance["collected"]["amount"], "1200.00");
    let (paid_out, commission) = (amount(&balance["paid_out"]), amount(&balance["partner_commission"]));
    assert!(paid_out > 0.0 && commission > 0.0 && paid_out + commission <= 1200.0, "{balance}");
    // the partner notes its last step once the portal's answer reaches it
    let cases = wait_for("the partner to finish the life", PATIENCE, || async {
        let cases = sandbox.cases().await;
        (cases["cases"][0]["done"] == true).then_some(cases)
    })
    .await;
    let case = &cases["cases"][0];
    assert_eq!(case["life"], "legal");
    assert_null(case, "stopped");
    assert_eq!(cases["events_pushed"], 9, "every pushed event was accepted");
    assert_views_agree(&setup.app, &setup.key, &sandbox).await;
}

/// A Money's amount as a number, for sums in assertions.
pub fn amount(money: &Value) -> f64 {
    money["amount"].as_str().unwrap_or_else(|| panic!("not money: {money}")).parse().unwrap()
}
