//! The partner portal: a partner that works its cases in the browser (`integration =
//! "portal"`). Its users come from `crossclaim partner-user create` or an admin's invitation,
//! accept or decline new cases, and do on a case everything protocol v1.1 allows, through the
//! same operations as the signed events API; the creditor sees each step live.
//!
//! Claims reach the portal partner because the tests run the app on a copy of `partners/` in
//! which `sandbox-portal-at` is the only partner eligible in Austria.

// Amounts are written in cents with the cents apart: 1200_00 is EUR 1200.00.
#![allow(clippy::inconsistent_digit_grouping)]

use std::path::{Path, PathBuf};
use std::time::Duration;

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::case_support::{PATIENCE, WITH_SANDBOX, eur, reference_of, typed_event};
use crate::helpers::{Page, TestApp, browser, claim_body, id_of, spawn_app_with};
use crate::live_support::Sse;
use crate::processes::wait_for;

pub const PORTAL_PARTNER: &str = "sandbox-portal-at";
/// A second partner working in the portal (in the tests' registry only), for isolation.
const OTHER_PORTAL_PARTNER: &str = "sandbox-portal-de";
pub const PASSWORD: &str = "partner portal password";
const PDF: &[u8] = b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n";
const WAIT: Duration = Duration::from_secs(10);

/// A copy of `partners/` in which the portal partner is the only one eligible in Austria.
pub struct PartnersDir(pub PathBuf);

impl Drop for PartnersDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// `both`: the portal partner also has an API (played by the sandbox), so that the same
/// partner's cases can be worked through either door.
pub fn partners_dir(both: bool) -> PartnersDir {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("partners");
    let dir = std::env::temp_dir().join(format!("crossclaim_partners_{}", ulid::Ulid::new()));
    std::fs::create_dir_all(&dir).unwrap();
    for entry in std::fs::read_dir(&source).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_str().unwrap().to_string();
        // the other partners eligible in Austria
        if !name.ends_with(".toml") || name == "sandbox-agency-at.toml" || name == "sandbox-law-dach.toml" {
            continue;
        }
        let mut text = std::fs::read_to_string(&path).unwrap();
        if name == format!("{PORTAL_PARTNER}.toml") {
            assert!(text.contains("integration = \"portal\""), "the shipped portal partner works in the portal");
            if both {
                text = text.replace("integration = \"portal\"", "integration = [\"api\", \"portal\"]");
                text.push_str(concat!(
                    "\n[api]\nbase_url = \"{sandbox}/sandbox-portal-at\"\ntoken_env = \"SANDBOX_PORTAL_AT_TOKEN\"\n",
                    "outbound_secret_env = \"SANDBOX_PORTAL_AT_OUTBOUND_SECRET\"\n",
                    "inbound_secret_env = \"SANDBOX_PORTAL_AT_INBOUND_SECRET\"\nprotocol = \"1.1\"\n",
                ));
            }
            let other = text
                .replace(&format!("id = \"{PORTAL_PARTNER}\""), &format!("id = \"{OTHER_PORTAL_PARTNER}\""))
                .replace("name = \"Sandbox Portal Inkasso Austria\"", "name = \"Sandbox Portal Inkasso Germany\"")
                .replace("\"AT\"", "\"DE\"")
                .replace("priority = 20", "priority = 90");
            std::fs::write(dir.join(format!("{OTHER_PORTAL_PARTNER}.toml")), other).unwrap();
        }
        std::fs::write(dir.join(&name), text).unwrap();
    }
    PartnersDir(dir)
}

/// A portal with its dispatcher running, on the test registry.
pub async fn portal_app(both: bool) -> (TestApp, PartnersDir) {
    let dir = partners_dir(both);
    let path = dir.0.display().to_string();
    let mut args = WITH_SANDBOX.to_vec();
    args.extend(["--partners-dir", path.as_str()]);
    (spawn_app_with(&args).await, dir)
}

/// The value of the hidden `nonce` of the form with this id.
pub fn nonce_of(page: &Page, form_id: &str) -> String {
    let start = page.body.find(&format!("id=\"{form_id}\"")).unwrap_or_else(|| panic!("no form {form_id}"));
    let rest = &page.body[start..];
    let at = rest.find("name=\"nonce\" value=\"").expect("the form has a nonce") + "name=\"nonce\" value=\"".len();
    rest[at..].split('"').next().unwrap().to_string()
}

impl TestApp {
    /// A partner user made the way `crossclaim partner-user create` makes one; returns the
    /// token of its one-time link.
    pub async fn partner_user(&self, partner: &str, email: &str, role: &str) -> String {
        let email = crossclaim::domain::text::Email::parse(email).unwrap();
        let now = crossclaim::db::now_micros();
        let invited = crossclaim::partner_accounts::create(&self.state.db, partner, &email, role, None, now, 60)
            .await
            .expect("partner user");
        invited.token
    }

    /// Chooses the password on a one-time link's page; the answer (a 303 to `/partner` when it worked).
    pub async fn welcome(&self, token: &str, password: &str) -> Page {
        let path = format!("/partner/welcome/{token}");
        self.submit(&path, &path, &[("password", password)]).await
    }

    /// A browser signed in as a new admin of `partner`.
    pub async fn partner_browser(&self, partner: &str, email: &str) -> TestApp {
        let token = self.partner_user(partner, email, "admin").await;
        let user = self.with_client(browser());
        let page = user.welcome(&token, PASSWORD).await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
        assert_eq!(page.location.as_deref(), Some("/partner"));
        user
    }

    /// Sends a form of the page at `page_path` (its CSRF token and the form's nonce) to `action`.
    pub async fn partner_form(&self, page_path: &str, form_id: &str, action: &str, pairs: &[(&str, &str)]) -> Page {
        let page = self.get_page(page_path).await;
        assert_eq!(page.status, StatusCode::OK, "{page_path}: {}", page.body);
        let (csrf, nonce) = (page.csrf(), nonce_of(&page, form_id));
        let mut all = vec![("csrf_token", csrf.as_str()), ("nonce", nonce.as_str())];
        all.extend_from_slice(pairs);
        self.post_form(action, &all).await
    }

    /// Does one of the case page's actions (`status`, `message`, `payment`, ...); asserts it
    /// was saved.
    pub async fn portal_act(&self, case_id: &str, which: &str, pairs: &[(&str, &str)]) -> Page {
        let path = format!("/partner/cases/{case_id}");
        let page = self.partner_form(&path, &format!("{which}-form"), &format!("{path}/events/{which}"), pairs).await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "{which}: {}", page.body);
        page
    }

    /// Accepts a new case from the dashboard; `reference` may be empty.
    pub async fn portal_accept(&self, case_id: &str, reference: &str) -> Page {
        let page = self.get_page("/partner").await;
        assert!(page.body.contains(case_id), "the new case is listed: {}", page.body);
        let start = page.body.find(&format!("action=\"/partner/cases/{case_id}/accept\"")).unwrap();
        let rest = &page.body[start..];
        let at = rest.find("name=\"nonce\" value=\"").unwrap() + "name=\"nonce\" value=\"".len();
        let nonce = rest[at..].split('"').next().unwrap().to_string();
        let csrf = page.csrf();
        let action = format!("/partner/cases/{case_id}/accept");
        self.post_form(&action, &[("csrf_token", &csrf), ("nonce", &nonce), ("reference", reference)]).await
    }
}

/// Files a claim against an Austrian debtor; asserts it went to the portal partner.
async fn austrian_claim(app: &TestApp, key: &str) -> String {
    let claim = app.file_claim(key, &claim_body("AT", "1200.00", "EUR")).await;
    assert_eq!(claim["partner"]["id"], PORTAL_PARTNER, "{claim}");
    id_of(&claim)
}

/// The next entry of the stream of `kind` (others are skipped); its data.
async fn next_of(stream: &mut Sse, kind: &str) -> Value {
    let deadline = tokio::time::Instant::now() + WAIT;
    loop {
        let left = deadline.saturating_duration_since(tokio::time::Instant::now());
        let frame = stream.next_entry(left).await.unwrap_or_else(|| panic!("no {kind} entry arrived live"));
        let data = frame.data.unwrap();
        if data["kind"] == kind {
            return data;
        }
    }
}

#[tokio::test]
async fn a_portal_partner_works_a_case_and_the_creditor_sees_each_step_live() {
    let (app, _dir) = portal_app(false).await;
    let key = app.api_creditor("ap@nordictools.example").await;
    let id = austrian_claim(&app, &key).await;
    let mut stream =
        Sse::open(app.client.get(app.url(&format!("/api/v1/claims/{id}/stream?after=0"))).bearer_auth(&key)).await;
    assert_eq!(next_of(&mut stream, "status").await["status"], "submitted");

    // nothing is sent to an API: the hand-over waits in the portal
    let hand_over = app.wait_delivery(&id, "hand_over", "done").await;
    assert_eq!(hand_over.last_error.as_deref(), Some("waiting in the partner portal"));
    assert_eq!(app.claim(&key, &id).await["status"], "submitted");

    let partner = app.partner_browser(PORTAL_PARTNER, "anna@portal-inkasso.example").await;
    let answer = partner.portal_accept(&id, "").await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    let accepted = next_of(&mut stream, "status").await;
    assert_eq!(accepted["status"], "received", "{accepted}");
    let claim = app.claim(&key, &id).await;
    let reference = claim["partner_reference"].as_str().expect("the platform gave a reference").to_string();
    assert!(reference.starts_with("CC-"), "{reference}");
    assert_eq!(
        app.wait_delivery(&id, "hand_over", "done").await.last_error.as_deref(),
        Some("accepted in the partner portal")
    );
    // the case left the new cases for the open ones
    assert!(!partner.get_page("/partner").await.body.contains(&format!("/partner/cases/{id}/accept")));
    // the partner sees whom it collects for, and the debtor's language by name
    let case_page = partner.get_page(&format!("/partner/cases/{id}")).await;
    let creditor = case_page.text_of("case-creditor").expect("the creditor is named");
    assert!(creditor.contains("Nordic Tools AB") && creditor.contains("Sweden"), "{creditor}");
    assert!(case_page.body.contains("writes German"), "{}", case_page.body);
    assert!(partner.get_page("/partner/cases").await.body.contains(&id));

    // the partner asks for a document
    let question = "Please send the signed delivery note for INV-1001.";
    partner
        .portal_act(&id, "message", &[("message", question), ("requires_answer", "yes"), ("answer_by", "2031-02-01")])
        .await;
    let asked = next_of(&mut stream, "message").await;
    assert_eq!(asked["message"], question);
    let claim = app.claim(&key, &id).await;
    let request = claim["messages"][0].clone();
    assert_eq!((request["from"].as_str(), request["requires_answer"].as_bool()), (Some("partner"), Some(true)));
    assert_eq!(claim["open_requests"], json!([request["id"]]), "{claim}");

    // the creditor answers with a file, through its API
    let response = app
        .client
        .post(app.url(&format!("/api/v1/claims/{id}/documents")))
        .bearer_auth(&key)
        .header("content-type", "application/pdf")
        .header("x-document-name", "delivery-note.pdf")
        .body(PDF.to_vec())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::CREATED);
    let document: Value = response.json().await.unwrap();
    let answer =
        json!({"message": "Here it is, signed.", "in_reply_to": request["id"], "document_ids": [document["id"]]});
    let response = app
        .client
        .post(app.url(&format!("/api/v1/claims/{id}/messages")))
        .bearer_auth(&key)
        .json(&answer)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::CREATED);
    next_of(&mut stream, "message").await;

    // the partner sees the answer and downloads the file
    let page = partner.get_page(&format!("/partner/cases/{id}")).await;
    assert!(page.body.contains("Here it is, signed."), "{}", page.body);
    assert!(page.body.contains("delivery-note.pdf"));
    assert!(page.body.contains("(answered)"), "the request shows answered");
    let download = partner
        .client
        .get(partner.url(&format!("/partner/cases/{id}/documents/{}", document["id"].as_str().unwrap())))
        .send()
        .await
        .unwrap();
    assert_eq!(download.status(), StatusCode::OK);
    assert_eq!(download.bytes().await.unwrap().as_ref(), PDF);
    // a message the creditor sends to a portal partner counts as delivered at once
    wait_for("the creditor's answer to count as delivered", PATIENCE, || async {
        let claim = app.claim(&key, &id).await;
        (claim["messages"][1]["delivery"] == "delivered").then_some(())
    })
    .await;

    // a payment, a payout, and the case closes paid
    let today = chrono::Utc::now().date_naive().to_string();
    partner.portal_act(&id, "payment", &[("amount", "1200.00"), ("received_on", &today), ("paid_to", "partner")]).await;
    let paid = next_of(&mut stream, "payment").await;
    assert_eq!(paid["source"], PORTAL_PARTNER);
    partner.portal_act(&id, "payout", &[("amount", "1100.00"), ("paid_on", &today), ("commission", "100.00")]).await;
    next_of(&mut stream, "payout").await;
    partner.portal_act(&id, "status", &[("status", "paid"), ("message", "Paid in full and paid out.")]).await;
    let closed = next_of(&mut stream, "status").await;
    assert_eq!(closed["status"], "paid");

    let claim = app.claim(&key, &id).await;
    assert_eq!(claim["status"], "paid");
    assert_eq!(claim["payments"][0]["amount"], eur(1200_00), "{claim}");
    assert_eq!(claim["payouts"][0]["amount"], eur(1100_00));
    assert_eq!(claim["balance"]["collected"], eur(1200_00));
    assert_eq!(claim["balance"]["paid_out"], eur(1100_00));
    // who did it is the platform's to know: the partner's portal shows it, the creditor never
    let text = claim.to_string();
    assert!(!text.contains("anna@portal-inkasso.example") && !text.contains("actor"), "{claim}");
    let page = partner.get_page(&format!("/partner/cases/{id}")).await;
    assert!(page.body.contains("by anna@portal-inkasso.example"), "{}", page.body);
    assert!(!page.body.contains("id=\"status-form\""), "a closed case takes no more actions");
    // and the operator's view
    let operator = app.with_client(browser());
    let token = app.state.operator_token.to_string();
    let signed = operator.submit("/operator", "/operator/signin", &[("token", token.as_str())]).await;
    assert_eq!(signed.status, StatusCode::SEE_OTHER);
    let actions = operator.get_page("/operator").await.text_of("portal-actions").expect("the portal's actions");
    assert!(actions.contains("anna@portal-inkasso.example") && actions.contains("Paid in full"), "{actions}");
    assert!(actions.contains("Accepted by the partner") && actions.contains(&id), "{actions}");
}

#[tokio::test]
async fn a_decline_needs_a_reason_and_goes_the_way_of_an_api_decline() {
    let (app, _dir) = portal_app(false).await;
    let key = app.api_creditor("ap@nordictools.example").await;
    let id = austrian_claim(&app, &key).await;
    app.wait_delivery(&id, "hand_over", "done").await;
    let partner = app.partner_browser(PORTAL_PARTNER, "anna@portal-inkasso.example").await;

    let page = partner.get_page("/partner").await;
    let nonce = {
        let start = page.body.find(&format!("action=\"/partner/cases/{id}/decline\"")).unwrap();
        let rest = &page.body[start..];
        let at = rest.find("name=\"nonce\" value=\"").unwrap() + 20;
        rest[at..].split('"').next().unwrap().to_string()
    };
    let action = format!("/partner/cases/{id}/decline");
    let refused = partner.post_form(&action, &[("csrf_token", &page.csrf()), ("nonce", &nonce), ("reason", " ")]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text_of("form-problem").unwrap().contains("Why you decline"), "{}", refused.body);
    assert_eq!(app.claim(&key, &id).await["status"], "submitted");

    let reason = "We do not take claims against this sector.";
    let declined =
        partner.post_form(&action, &[("csrf_token", &page.csrf()), ("nonce", &nonce), ("reason", reason)]).await;
    assert_eq!(declined.status, StatusCode::SEE_OTHER, "{}", declined.body);
    let claim = app.claim(&key, &id).await;
    assert_eq!((claim["status"].as_str(), claim["decline_reason"].as_str()), (Some("declined"), Some(reason)));
    // as after an API partner's 422: the hand-over shows declined, for the operator to re-route
    let hand_over = app.wait_delivery(&id, "hand_over", "declined").await;
    assert_eq!(hand_over.last_error.as_deref(), Some(reason));
    // the same form again changes nothing
    let again =
        partner.post_form(&action, &[("csrf_token", &page.csrf()), ("nonce", &nonce), ("reason", reason)]).await;
    assert_eq!(again.status, StatusCode::SEE_OTHER);
    let events = app.claim(&key, &id).await["events"].as_array().unwrap().len();
    assert_eq!(events, claim["events"].as_array().unwrap().len());
}

#[tokio::test]
async fn a_partner_sees_only_its_own_cases_and_the_two_kinds_of_session_stay_apart() {
    let (app, _dir) = portal_app(false).await;
    let key = app.api_creditor("ap@nordictools.example").await;
    let id = austrian_claim(&app, &key).await;
    app.wait_delivery(&id, "hand_over", "done").await;
    let ours = app.partner_browser(PORTAL_PARTNER, "anna@portal-inkasso.example").await;
    assert_eq!(ours.portal_accept(&id, "AT-7").await.status, StatusCode::SEE_OTHER);
    let case_path = format!("/partner/cases/{id}");
    let page = ours.get_page(&case_path).await;
    assert_eq!(page.status, StatusCode::OK);
    let doc = {
        let response = app
            .client
            .post(app.url(&format!("/api/v1/claims/{id}/documents")))
            .bearer_auth(&key)
            .header("content-type", "application/pdf")
            .header("x-document-name", "contract.pdf")
            .body(PDF.to_vec())
            .send()
            .await
            .unwrap();
        response.json::<Value>().await.unwrap()["id"].as_str().unwrap().to_string()
    };

    // another partner's user: everything about the case is a 404, and nothing changes
    let other = app.partner_browser(OTHER_PORTAL_PARTNER, "bob@portal-inkasso-de.example").await;
    assert_eq!(other.get_page(&case_path).await.status, StatusCode::NOT_FOUND);
    assert_eq!(other.get_page(&format!("{case_path}/documents/{doc}")).await.status, StatusCode::NOT_FOUND);
    assert!(!other.get_page("/partner/cases").await.body.contains(&id));
    let csrf = other.get_page("/partner").await.csrf();
    for (action, pairs) in [
        ("events/message", vec![("message", "Hello")]),
        ("events/status", vec![("status", "uncollectable")]),
        ("accept", vec![("reference", "")]),
        ("decline", vec![("reason", "No")]),
    ] {
        let mut all = vec![("csrf_token", csrf.as_str()), ("nonce", "a-nonce-of-mine")];
        all.extend(pairs);
        let page = other.post_form(&format!("{case_path}/{action}"), &all).await;
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{action}");
    }
    let claim = app.claim(&key, &id).await;
    assert_eq!(claim["status"], "received");
    assert_eq!(claim["messages"], json!([]));

    // a creditor's session does not open the partner area, and a partner's not the creditor's
    let creditor = app.with_client(browser());
    creditor.sign_up("Nordic Tools AB", "web@nordictools.example").await;
    let refused = creditor.get_page(&case_path).await;
    assert_eq!(refused.status, StatusCode::SEE_OTHER);
    assert!(refused.location.unwrap().starts_with("/partner/signin"));
    assert_eq!(creditor.get_page("/partner").await.status, StatusCode::SEE_OTHER);
    let claims = ours.get_page("/claims").await;
    assert_eq!(claims.status, StatusCode::SEE_OTHER);
    assert!(claims.location.unwrap().starts_with("/signin"));
    // a creditor's password does not sign in to the partner area
    let page = creditor
        .submit(
            "/partner/signin",
            "/partner/signin",
            &[("email", "web@nordictools.example"), ("password", "a long enough password")],
        )
        .await;
    assert_eq!(page.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn every_partner_form_needs_its_csrf_token() {
    let (app, _dir) = portal_app(false).await;
    let key = app.api_creditor("ap@nordictools.example").await;
    let id = austrian_claim(&app, &key).await;
    app.wait_delivery(&id, "hand_over", "done").await;
    let token = app.partner_user(PORTAL_PARTNER, "carla@portal-inkasso.example", "admin").await;
    let partner = app.partner_browser(PORTAL_PARTNER, "anna@portal-inkasso.example").await;
    // a creditor's CSRF token is no partner's
    let creditor = app.with_client(partner.client.clone());
    let creditor_csrf = creditor.get_page("/signin").await.csrf();
    let today = chrono::Utc::now().date_naive().to_string();
    let forms: Vec<(String, Vec<(&str, &str)>)> = vec![
        ("/partner/signin".into(), vec![("email", "anna@portal-inkasso.example"), ("password", PASSWORD)]),
        (format!("/partner/welcome/{token}"), vec![("password", PASSWORD)]),
        ("/partner/users".into(), vec![("email", "dan@portal-inkasso.example"), ("role", "member")]),
        (format!("/partner/cases/{id}/accept"), vec![("reference", "")]),
        (format!("/partner/cases/{id}/decline"), vec![("reason", "No")]),
        (format!("/partner/cases/{id}/events/status"), vec![("status", "contacting_debtor")]),
        (format!("/partner/cases/{id}/events/message"), vec![("message", "Hello")]),
        (format!("/partner/cases/{id}/events/payment"), vec![("amount", "10.00"), ("received_on", &today)]),
        (format!("/partner/cases/{id}/events/reversal"), vec![("payment_id", "p-1")]),
        (format!("/partner/cases/{id}/events/payout"), vec![("amount", "10.00"), ("paid_on", &today)]),
        (format!("/partner/cases/{id}/events/promise"), vec![("amount", "10.00"), ("due_on", "2031-01-01")]),
        (format!("/partner/cases/{id}/documents"), vec![]),
        ("/partner/signout".into(), vec![]),
    ];
    for (action, pairs) in &forms {
        for csrf in [None, Some(creditor_csrf.as_str())] {
            let mut all = vec![("nonce", "nonce-1")];
            if let Some(csrf) = csrf {
                all.push(("csrf_token", csrf));
            }
            all.extend(pairs.iter().copied());
            let page = partner.post_form(action, &all).await;
            assert_eq!(page.status, StatusCode::FORBIDDEN, "{action} with {csrf:?}: {}", page.body);
        }
    }
    // nothing happened: the case still waits, the link still works, the user is signed in
    assert_eq!(app.claim(&key, &id).await["status"], "submitted");
    assert_eq!(partner.get_page(&format!("/partner/welcome/{token}")).await.status, StatusCode::OK);
    assert_eq!(partner.get_page("/partner").await.status, StatusCode::OK);
}

/// Drops what differs between two cases whatever happened on them: ids, times, references.
fn comparable(value: &Value) -> Value {
    match value {
        Value::Object(map) => Value::Object(
            map.iter()
                .filter(|(k, _)| {
                    !(k.as_str() == "id"
                        || k.ends_with("_id")
                        || k.ends_with("_ids")
                        || k.ends_with("_at")
                        || k.as_str() == "seq"
                        || k.as_str() == "partner_reference"
                        || k.as_str() == "open_requests")
                })
                .map(|(k, v)| (k.clone(), comparable(v)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(comparable).collect()),
        other => other.clone(),
    }
}

#[tokio::test]
async fn the_events_api_and_the_portal_store_the_same_for_the_same_actions() {
    let (app, _dir) = portal_app(true).await;
    let key = app.api_creditor("ap@nordictools.example").await;
    let by_api = austrian_claim(&app, &key).await;
    let by_portal = austrian_claim(&app, &key).await;
    // the partner's server (the sandbox) accepts both
    let api_claim = app.wait_status(&key, &by_api, "received").await;
    app.wait_status(&key, &by_portal, "received").await;
    let reference = reference_of(&api_claim);
    let portal_reference = reference_of(&app.claim(&key, &by_portal).await);
    // the API's events are stamped to the microsecond, as the portal stamps its own
    let typed_event = |case: &str, reference: &str, kind: &str, fields: Value| {
        let mut body = typed_event(case, reference, kind, fields);
        body["occurred_at"] = json!(chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Micros, true));
        body
    };
    let partner_api = app.partner(PORTAL_PARTNER);
    let portal = app.partner_browser(PORTAL_PARTNER, "anna@portal-inkasso.example").await;
    let today = chrono::Utc::now().date_naive().to_string();

    let message = "Please confirm the delivery address.";
    app.event_ok(
        &partner_api,
        "wh-1",
        &typed_event(
            &by_api,
            &reference,
            "message",
            json!({"message": message, "requires_answer": true, "answer_by": "2031-03-01"}),
        ),
    )
    .await;
    portal
        .portal_act(
            &by_portal,
            "message",
            &[("message", message), ("requires_answer", "yes"), ("answer_by", "2031-03-01")],
        )
        .await;

    app.event_ok(
        &partner_api,
        "wh-2",
        &typed_event(
            &by_api,
            &reference,
            "status",
            json!({"status": "contacting_debtor", "message": "First letter sent."}),
        ),
    )
    .await;
    portal
        .portal_act(&by_portal, "status", &[("status", "contacting_debtor"), ("message", "First letter sent.")])
        .await;

    let payment =
        json!({"payment": {"id": "pay-1", "amount": eur(400_00), "received_on": today, "paid_to": "partner"}});
    app.event_ok(&partner_api, "wh-3", &typed_event(&by_api, &reference, "payment", payment)).await;
    portal
        .portal_act(
            &by_portal,
            "payment",
            &[("payment_id", "pay-1"), ("amount", "400.00"), ("received_on", &today), ("paid_to", "partner")],
        )
        .await;

    let payout = json!({"payout": {"id": "po-1", "amount": eur(350_00), "paid_on": today, "commission": eur(50_00), "reference": "BANK-1"}});
    app.event_ok(&partner_api, "wh-4", &typed_event(&by_api, &reference, "payout", payout)).await;
    portal
        .portal_act(
            &by_portal,
            "payout",
            &[
                ("payout_id", "po-1"),
                ("amount", "350.00"),
                ("paid_on", &today),
                ("commission", "50.00"),
                ("reference", "BANK-1"),
            ],
        )
        .await;

    let promise = json!({"promise": {"amount": eur(800_00), "due_on": "2031-04-01"}});
    app.event_ok(&partner_api, "wh-5", &typed_event(&by_api, &reference, "promise", promise)).await;
    portal.portal_act(&by_portal, "promise", &[("amount", "800.00"), ("due_on", "2031-04-01")]).await;

    let payment =
        json!({"payment": {"id": "pay-2", "amount": eur(100_00), "received_on": today, "paid_to": "partner"}});
    app.event_ok(&partner_api, "wh-6", &typed_event(&by_api, &reference, "payment", payment)).await;
    portal
        .portal_act(
            &by_portal,
            "payment",
            &[("payment_id", "pay-2"), ("amount", "100.00"), ("received_on", &today), ("paid_to", "partner")],
        )
        .await;
    let reversal = json!({"payment_id": "pay-2", "reason": "Bounced"});
    app.event_ok(&partner_api, "wh-6b", &typed_event(&by_api, &reference, "payment_reversed", reversal)).await;
    portal.portal_act(&by_portal, "reversal", &[("payment_id", "pay-2"), ("reason", "Bounced")]).await;

    // a double submit of the portal is a no-op, as a repeated webhook-id is
    let path = format!("/partner/cases/{by_portal}");
    let page = portal.get_page(&path).await;
    let (csrf, nonce) = (page.csrf(), nonce_of(&page, "message-form"));
    for _ in 0..2 {
        let sent = portal
            .post_form(
                &format!("{path}/events/message"),
                &[("csrf_token", &csrf), ("nonce", &nonce), ("message", "Once.")],
            )
            .await;
        assert_eq!(sent.status, StatusCode::SEE_OTHER);
    }
    let body = typed_event(&by_api, &reference, "message", json!({"message": "Once."}));
    app.event_ok(&partner_api, "wh-7", &body).await;
    app.event_ok(&partner_api, "wh-7", &body).await;

    // the hand-over's message names each case's own reference
    let same_reference =
        |v: Value| -> Value { serde_json::from_str(&v.to_string().replace(&portal_reference, &reference)).unwrap() };
    let (a, b) = (app.claim(&key, &by_api).await, same_reference(app.claim(&key, &by_portal).await));
    for part in ["status", "events", "messages", "payments", "payouts", "promises", "balance", "collected"] {
        assert_eq!(comparable(&a[part]), comparable(&b[part]), "{part} differs:\n{}\n{}", a[part], b[part]);
    }
    let (ta, tb) = (app.thread(&key, &by_api).await, app.thread(&key, &by_portal).await);
    assert_eq!(comparable(&json!(ta)), comparable(&same_reference(json!(tb))));
    assert!(ta.len() > 8, "{ta:?}");
}

#[tokio::test]
async fn form_errors_name_the_field_in_plain_words() {
    let (app, _dir) = portal_app(false).await;
    let key = app.api_creditor("ap@nordictools.example").await;
    let id = austrian_claim(&app, &key).await;
    app.wait_delivery(&id, "hand_over", "done").await;
    let partner = app.partner_browser(PORTAL_PARTNER, "anna@portal-inkasso.example").await;
    partner.portal_accept(&id, "").await;
    let path = format!("/partner/cases/{id}");

    let page = partner
        .partner_form(
            &path,
            "payment-form",
            &format!("{path}/events/payment"),
            &[("amount", "twelve"), ("received_on", "2031-13-01")],
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.field_error("payment-amount").is_some(), "{}", page.body);
    assert!(page.field_error("payment-received_on").is_some());
    let summary = page.text_of("error-summary").unwrap();
    assert!(summary.contains("Amount") && summary.contains("Received on"), "{summary}");
    assert!(!page.body.contains("payment.amount"), "never a data key on a page");
    assert_eq!(page.input_value("amount").as_deref(), Some("twelve"), "what was typed comes back");

    // the state machine's refusal, in words: a received case does not go back to submitted
    let page =
        partner.partner_form(&path, "status-form", &format!("{path}/events/status"), &[("status", "declined")]).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.field_error("status-status").is_some(), "{}", page.body);
    // only the statuses the state machine allows are offered
    let page = partner.get_page(&path).await;
    let select = &page.body[page.body.find("id=\"f-status-status\"").unwrap()..];
    let select = &select[..select.find("</select>").unwrap()];
    assert!(select.contains("value=\"contacting_debtor\"") && select.contains("value=\"paid\""));
    assert!(!select.contains("value=\"submitted\"") && !select.contains("value=\"declined\""));
    assert_eq!(app.claim(&key, &id).await["payments"], json!([]));
}

#[tokio::test]
async fn an_admin_invites_a_colleague_by_email_and_the_link_works_once() {
    let (app, _dir) = portal_app(false).await;
    let admin = app.partner_browser(PORTAL_PARTNER, "anna@portal-inkasso.example").await;
    let page = admin
        .submit("/partner/users", "/partner/users", &[("email", "Ben@Portal-Inkasso.example"), ("role", "member")])
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);

    let mail_dir = app.settings.data_dir.join("mail");
    let mail = wait_for("the invitation to be written", PATIENCE, || async {
        crossclaim::mail::sent_files(&mail_dir, 10)
            .unwrap()
            .into_iter()
            .find(|m| m.to.contains("ben@portal-inkasso.example"))
    })
    .await;
    assert!(mail.subject.contains("Sandbox Portal Inkasso Austria"), "{mail:?}");
    let raw = crossclaim::mail::read_sent(&mail_dir, &mail.file).unwrap().unwrap();
    let text = raw.replace("=\r\n", "").replace("=\n", "").replace("=3D", "=");
    let start = text.find("/partner/welcome/").expect("the mail has the link") + "/partner/welcome/".len();
    let token: String =
        text[start..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_').collect();

    let colleague = app.with_client(browser());
    assert_eq!(colleague.welcome(&token, PASSWORD).await.status, StatusCode::SEE_OTHER);
    assert_eq!(colleague.get_page("/partner").await.status, StatusCode::OK);
    // a member may not invite
    assert_eq!(colleague.get_page("/partner/users").await.status, StatusCode::NOT_FOUND);
    // the link worked once
    let again = app.with_client(browser()).get_page(&format!("/partner/welcome/{token}")).await;
    assert_eq!(again.status, StatusCode::GONE);
    // the same address twice is refused, naming the field
    let page = admin
        .submit("/partner/users", "/partner/users", &[("email", "ben@portal-inkasso.example"), ("role", "member")])
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.field_error("email").unwrap().contains("already"), "{}", page.body);
    // the colleague signs in with the password on another device
    let device = app.with_client(browser());
    let signed = device
        .submit(
            "/partner/signin",
            "/partner/signin",
            &[("email", "ben@portal-inkasso.example"), ("password", PASSWORD)],
        )
        .await;
    assert_eq!(signed.status, StatusCode::SEE_OTHER);
    let wrong = app
        .with_client(browser())
        .submit(
            "/partner/signin",
            "/partner/signin",
            &[("email", "ben@portal-inkasso.example"), ("password", "not the password")],
        )
        .await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
}

/// `crossclaim partner-user create`, run as the real binary against `app`'s database.
fn partner_user_cli(app: &TestApp, args: &[&str], link_minutes: &str) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_crossclaim"))
        .args(["partner-user", "create"])
        .args(args)
        .env("DATABASE_URL", &app.settings.database_url)
        .env("PARTNERS_DIR", concat!(env!("CARGO_MANIFEST_DIR"), "/partners"))
        .env("RULES_DIR", concat!(env!("CARGO_MANIFEST_DIR"), "/rules"))
        .env("PUBLIC_URL", &app.address)
        .env("PARTNER_LINK_MINUTES", link_minutes)
        .env("RUST_LOG", "warn")
        .output()
        .expect("the binary runs")
}

#[tokio::test]
async fn the_cli_prints_a_one_time_link_that_works_once_and_expires() {
    let (app, _dir) = portal_app(false).await;
    let output = partner_user_cli(&app, &["--partner", PORTAL_PARTNER, "--email", "Anna@Portal-Inkasso.example"], "60");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let stdout = String::from_utf8(output.stdout).unwrap();
    let link = stdout.lines().last().unwrap().trim().to_string();
    let path = link.strip_prefix(&app.address).unwrap_or_else(|| panic!("a link to this portal: {stdout}")).to_string();
    assert!(path.starts_with("/partner/welcome/"), "{path}");

    let user = app.with_client(browser());
    let page = user.get_page(&path).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.text_of("welcome-email").as_deref(), Some("anna@portal-inkasso.example"));
    // a password too short is refused, naming the field, and the link still works
    let short = user.submit(&path, &path, &[("password", "short")]).await;
    assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(short.field_error("password").is_some(), "{}", short.body);
    let chosen = user.submit(&path, &path, &[("password", PASSWORD)]).await;
    assert_eq!(chosen.status, StatusCode::SEE_OTHER, "{}", chosen.body);
    let dashboard = user.get_page("/partner").await;
    assert!(dashboard.body.contains("Sandbox Portal Inkasso Austria"), "{}", dashboard.body);
    assert!(dashboard.body.contains("/partner/users"), "the first user is an admin");
    // used once: refused afterwards, in another browser too
    let again = app.with_client(browser());
    let refused = again.get_page(&path).await;
    assert_eq!(refused.status, StatusCode::GONE);
    assert!(refused.text_of("link-refused").is_some());
    let csrf = again.get_page("/partner/signin").await.csrf();
    let reuse = again.post_form(&path, &[("csrf_token", &csrf), ("password", "another long password")]).await;
    assert_eq!(reuse.status, StatusCode::GONE);
    let signin = again
        .submit(
            "/partner/signin",
            "/partner/signin",
            &[("email", "anna@portal-inkasso.example"), ("password", "another long password")],
        )
        .await;
    assert_eq!(signin.status, StatusCode::UNAUTHORIZED, "the reused link set no password");

    // an expired link is refused
    let output = partner_user_cli(&app, &["--partner", PORTAL_PARTNER, "--email", "late@portal-inkasso.example"], "0");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let link = String::from_utf8(output.stdout).unwrap().lines().last().unwrap().trim().to_string();
    let expired = app.with_client(browser()).get_page(link.strip_prefix(&app.address).unwrap()).await;
    assert_eq!(expired.status, StatusCode::GONE);

    // a partner that works through its API only, an unknown partner, the same address again
    for (partner, email, says) in [
        ("sandbox-agency-at", "x@agency.example", "integration"),
        ("no-such-partner", "y@agency.example", "not the id"),
        (PORTAL_PARTNER, "anna@portal-inkasso.example", "already exists"),
    ] {
        let output = partner_user_cli(&app, &["--partner", partner, "--email", email], "60");
        assert!(!output.status.success(), "{partner}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains(says), "{partner}: {stderr}");
    }
}

#[tokio::test]
async fn open_cases_are_filtered_by_status_and_found_by_debtor_invoice_or_case_id() {
    let (app, _dir) = portal_app(false).await;
    let key = app.api_creditor("ap@nordictools.example").await;
    let first = austrian_claim(&app, &key).await;
    let mut body = claim_body("AT", "800.00", "EUR");
    body["debtor"]["name"] = json!("Alpen Bau AG");
    body["invoices"][0]["number"] = json!("RE_77%");
    let second = id_of(&app.file_claim(&key, &body).await);
    app.wait_delivery(&first, "hand_over", "done").await;
    app.wait_delivery(&second, "hand_over", "done").await;
    let partner = app.partner_browser(PORTAL_PARTNER, "anna@portal-inkasso.example").await;
    partner.portal_accept(&first, "").await;
    partner.portal_accept(&second, "").await;
    partner.portal_act(&second, "status", &[("status", "contacting_debtor")]).await;

    let found = |query: &'static str| {
        let partner = &partner;
        async move {
            let page = partner.get_page(&format!("/partner/cases?{query}")).await;
            assert_eq!(page.status, StatusCode::OK);
            let mut ids: Vec<String> = page
                .body
                .match_indices("<tr data-case=\"")
                .map(|(at, _)| page.body[at + 15..].split('"').next().unwrap().to_string())
                .collect();
            ids.sort();
            ids
        }
    };
    let mut both = vec![first.clone(), second.clone()];
    both.sort();
    assert_eq!(found("").await, both);
    assert_eq!(found("q=alpen").await, vec![second.clone()], "by the debtor's name, any case");
    assert_eq!(found("q=inv-1001").await, vec![first.clone()], "by an invoice number");
    assert_eq!(found("q=re_77%25").await, vec![second.clone()], "by an invoice number with LIKE's wildcards");
    assert_eq!(found("q=RE%2577").await, Vec::<String>::new(), "a wildcard matches only itself");
    let tail = &first[first.len() - 8..];
    let by_id = format!("q={tail}");
    let page = partner.get_page(&format!("/partner/cases?{by_id}")).await;
    assert!(page.body.contains(&first) && !page.body.contains(&format!("data-case=\"{second}\"")), "by case id");
    assert_eq!(found("status=contacting_debtor").await, vec![second.clone()]);
    assert_eq!(found("status=received&q=muster").await, vec![first.clone()]);
}

#[tokio::test]
async fn partner_sign_in_is_limited_apart_from_creditors() {
    let dir = partners_dir(false);
    let path = dir.0.display().to_string();
    let app = spawn_app_with(&["--partners-dir", path.as_str(), "--auth-failures-per-account", "2"]).await;
    app.partner_browser(PORTAL_PARTNER, "anna@portal-inkasso.example").await;
    let guess = |password: &'static str| {
        let app = &app;
        async move {
            let client = app.with_client(browser());
            let pairs = [("email", "anna@portal-inkasso.example"), ("password", password)];
            client.submit("/partner/signin", "/partner/signin", &pairs).await.status
        }
    };
    assert_eq!(guess("wrong password one").await, StatusCode::UNAUTHORIZED);
    assert_eq!(guess("wrong password two").await, StatusCode::UNAUTHORIZED);
    // the account waits out the window, even with the right password
    assert_eq!(guess(PASSWORD).await, StatusCode::TOO_MANY_REQUESTS);
    // a creditor with the same address is not locked by the partner's failures
    let creditor = app.with_client(browser());
    creditor.sign_up("Portal Inkasso Kunde GmbH", "anna@portal-inkasso.example").await;
}

#[tokio::test]
async fn in_the_shipped_registry_a_creditor_may_choose_the_portal_partner_and_its_decline_proposes_another() {
    let app = spawn_app_with(&WITH_SANDBOX).await;
    let key = app.api_creditor("ap@nordictools.example").await;
    // the portal partner is an alternative in Austria, not the recommendation
    let recommended = app.file_claim(&key, &claim_body("AT", "1200.00", "EUR")).await;
    assert_eq!(recommended["partner"]["id"], "sandbox-agency-at", "{recommended}");
    let mut body = claim_body("AT", "1200.00", "EUR");
    body["partner_id"] = json!(PORTAL_PARTNER);
    let claim = app.file_claim(&key, &body).await;
    assert_eq!(claim["partner"]["id"], PORTAL_PARTNER, "the creditor's choice is honoured: {claim}");
    let id = id_of(&claim);
    app.wait_delivery(&id, "hand_over", "done").await;

    let partner = app.partner_browser(PORTAL_PARTNER, "anna@portal-inkasso.example").await;
    let page = partner.get_page("/partner").await;
    let start = page.body.find(&format!("action=\"/partner/cases/{id}/decline\"")).unwrap();
    let rest = &page.body[start..];
    let at = rest.find("name=\"nonce\" value=\"").unwrap() + 20;
    let nonce = rest[at..].split('"').next().unwrap().to_string();
    let reason = "Outside our sector.";
    let answer = partner
        .post_form(
            &format!("/partner/cases/{id}/decline"),
            &[("csrf_token", &page.csrf()), ("nonce", &nonce), ("reason", reason)],
        )
        .await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
    // as after an API partner's 422: the next eligible partner's quote waits for the creditor
    let claim = wait_for("a new quote to wait for the creditor", PATIENCE, || async {
        let claim = app.claim(&key, &id).await;
        claim["proposal"]["partner"]["id"].is_string().then_some(claim)
    })
    .await;
    assert_eq!(claim["status"], "declined");
    assert_eq!(claim["proposal"]["partner"]["id"], "sandbox-agency-at", "{claim}");
    assert!(!partner.get_page("/partner").await.body.contains(&format!("/partner/cases/{id}/accept")));
}

/// The partner sees its own service levels: its SLA in words, its figures, and the deadlines
/// it missed once the application's clock passes them (and not before); another partner's
/// missed deadlines are not shown to it.
#[tokio::test]
async fn a_partner_sees_the_deadlines_it_missed_once_the_clock_passes_them() {
    let dir = partners_dir(false);
    let path = dir.0.display().to_string();
    let mut args = WITH_SANDBOX.to_vec();
    args.extend(["--partners-dir", path.as_str(), "--test-clock", "true"]);
    let app = spawn_app_with(&args).await;
    let key = app.api_creditor("ap@deadlines.example").await;
    let case = austrian_claim(&app, &key).await;
    let partner = app.partner_browser(PORTAL_PARTNER, "desk@deadlines.example").await;
    let other = app.partner_browser(OTHER_PORTAL_PARTNER, "desk@elsewhere.example").await;

    let page = partner.get_page("/partner").await;
    assert!(page.text_of("sla-terms").unwrap().contains("within 1 business day"), "{}", page.body);
    assert!(page.text_of("own-performance").unwrap().contains("New to the network"));
    assert!(page.text_of("no-breaches").is_some(), "nothing is due yet");

    app.advance_days(5).await;
    let page = partner.get_page("/partner").await;
    let table = page.text_of("own-breaches").expect("the missed acceptance is listed");
    assert!(table.contains(&case) && table.contains("Still outstanding"), "{table}");
    assert!(table.contains("Accept or decline the case within 1 business day"), "{table}");
    assert!(!page.body.contains("accept_within"), "no data keys on the page");
    let elsewhere = other.get_page("/partner").await;
    assert!(elsewhere.text_of("no-breaches").is_some() && !elsewhere.body.contains(&case), "{}", elsewhere.body);

    // accepting late leaves it listed as done late (first contact is late by now too)
    assert_eq!(partner.portal_accept(&case, "").await.status, StatusCode::SEE_OTHER);
    let table = partner.get_page("/partner").await.text_of("own-breaches").unwrap();
    let acceptance = table.split(&case).find(|row| row.contains("Accept or decline")).expect("the acceptance row");
    assert!(acceptance.contains("Done late") && !acceptance.contains("Still outstanding"), "{table}");
}
