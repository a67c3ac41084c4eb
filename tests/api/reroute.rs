//! A declined case waits for its creditor: the platform prices it with the next eligible
//! partner, and nothing is handed over until the creditor accepts the new quote (through the
//! API or on the case page); every quote the claim had stays in its history.

use std::time::Duration;

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::case_support::{PATIENCE, WITH_SANDBOX};
use crate::helpers::{TestApp, assert_null, claim_body, claim_form, id_of, pairs, spawn_app_with};
use crate::processes::wait_for;

async fn app_declining_once() -> TestApp {
    let app = spawn_app_with(&WITH_SANDBOX).await;
    app.sandbox_admin("behaviour", &json!({"decline": 1})).await;
    app
}

/// The claim once the platform has proposed (or failed to propose) a new partner.
async fn wait_for_proposal(app: &TestApp, key: &str, id: &str) -> Value {
    wait_for(&format!("a new quote for {id}"), PATIENCE, || async {
        let claim = app.claim(key, id).await;
        (claim["status"] == "declined" && (claim["proposal"].is_object() || claim["no_other_partner"].is_string()))
            .then_some(claim)
    })
    .await
}

fn states(claim: &Value) -> Vec<String> {
    claim["quotes"].as_array().unwrap().iter().map(|q| q["state"].as_str().unwrap().to_string()).collect()
}

fn money(m: &Value) -> String {
    format!("{} {}", m["amount"].as_str().unwrap(), m["currency"].as_str().unwrap())
}

#[tokio::test]
async fn a_decline_waits_for_the_creditor_to_accept_the_new_quote() {
    let app = app_declining_once().await;
    let key = app.api_creditor("ap@nordictools.example").await;
    let other = app.api_creditor("ap@someone-else.example").await;
    // the cheaper German agency (7.5 % + 20 = EUR 957.50) gets the claim and declines it
    let filed = app.file_claim(&key, &claim_body("DE", "12500.00", "EUR")).await;
    let id = id_of(&filed);
    assert_eq!(filed["partner"]["id"], "sandbox-agency-de-2");

    let claim = wait_for_proposal(&app, &key, &id).await;
    let proposal = &claim["proposal"];
    assert_eq!(proposal["partner"]["id"], "sandbox-agency-de", "the next eligible partner: {claim}");
    assert_eq!(proposal["partner"]["licence"]["country"], "DE");
    assert_eq!(money(&proposal["if_collected"]), "1265.00 EUR");
    assert_eq!(proposal["previous"]["partner_id"], "sandbox-agency-de-2");
    assert_eq!(money(&proposal["previous"]["if_collected"]), "957.50 EUR");
    assert_eq!(proposal["previous"]["state"], "declined");
    let reason = proposal["reason"].as_str().unwrap();
    assert!(reason.contains("declined the case") && reason.contains("simulated decline"), "{reason}");
    assert_eq!(proposal["quote"]["partner"]["id"], "sandbox-agency-de");
    assert!(
        proposal["quote"]["alternatives"]
            .as_array()
            .unwrap()
            .iter()
            .all(|a| a["partner"]["id"] != "sandbox-agency-de-2"),
        "the partner that declined is not offered again"
    );
    assert_eq!(states(&claim), ["declined", "proposed"]);
    // the claim's quote is still the one it was filed with, until the creditor accepts another
    assert_eq!(claim["quote"]["partner"]["id"], "sandbox-agency-de-2");
    let thread = app.thread(&key, &id).await;
    let notice = thread.iter().find(|e| e["kind"] == "notice").expect("the creditor is told in the thread");
    assert!(notice["message"].as_str().unwrap().contains("A new quote waits for your acceptance"), "{notice}");
    // ... and by e-mail
    let mail = app.deliveries_of(&id).await.into_iter().find(|d| d.kind == "mail").expect("an e-mail");
    assert!(mail.payload.unwrap().contains("new_quote"));

    // nothing is handed over meanwhile
    tokio::time::sleep(Duration::from_millis(800)).await;
    assert_eq!(app.claim(&key, &id).await["status"], "declined");
    let hand_overs: Vec<String> =
        app.deliveries_of(&id).await.into_iter().filter(|d| d.kind == "hand_over").map(|d| d.partner_id).collect();
    assert_eq!(hand_overs, ["sandbox-agency-de-2"]);
    assert_eq!(app.sandbox_cases().await["cases"].as_array().unwrap().len(), 0);

    let accept = format!("/api/v1/claims/{id}/proposal/accept");
    // another creditor's claim does not exist for them
    let (status, _) = app.post_json(&other, &accept, &json!({"partner_id": "sandbox-agency-de"})).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(app.get_json(&other, &format!("/api/v1/claims/{id}")).await.0, StatusCode::NOT_FOUND);
    // a partner or a proposal that is not the one waiting is stale
    let (status, answer) = app.post_json(&key, &accept, &json!({"partner_id": "sandbox-law-dach"})).await;
    assert_eq!(status, StatusCode::CONFLICT, "{answer}");
    assert!(answer["error"].as_str().unwrap().contains("Sandbox Collections Germany"), "{answer}");
    let stale = json!({"partner_id": "sandbox-agency-de", "proposal_id": "cq_01OLD"});
    assert_eq!(app.post_json(&key, &accept, &stale).await.0, StatusCode::CONFLICT);
    assert_eq!(app.claim(&key, &id).await["status"], "declined", "the refusals changed nothing");

    let body = json!({"partner_id": "sandbox-agency-de", "proposal_id": proposal["id"]});
    let (status, accepted) = app.post_json(&key, &accept, &body).await;
    assert_eq!(status, StatusCode::OK, "{accepted}");
    assert_eq!(accepted["partner"]["id"], "sandbox-agency-de");
    assert_eq!(accepted["quote"]["partner"]["id"], "sandbox-agency-de", "the new quote is the claim's quote");
    assert_null(&accepted, "proposal");
    assert_eq!(states(&accepted), ["declined", "accepted"], "the old quote stays in the history");
    assert_eq!(money(&accepted["quotes"][0]["if_collected"]), "957.50 EUR");
    let claim = app.wait_status(&key, &id, "received").await;
    assert_eq!(app.sandbox_case(&id).await["partner_id"], "sandbox-agency-de");
    let statuses: Vec<&str> =
        claim["events"].as_array().unwrap().iter().map(|e| e["status"].as_str().unwrap()).collect();
    assert_eq!(statuses, ["submitted", "declined", "submitted", "received"]);

    // accepting again: nothing waits any more
    let (status, _) = app.post_json(&key, &accept, &body).await;
    assert_eq!(status, StatusCode::CONFLICT);
}

#[tokio::test]
async fn the_creditor_accepts_or_chooses_another_partner_on_the_case_page() {
    let app = app_declining_once().await;
    app.sign_up("Nordic Tools AB", "anna@nordictools.example").await;
    let filed = app.submit("/claims/new", "/claims/new", &pairs(&claim_form("DE", "12500.00", "EUR"))).await;
    assert_eq!(filed.status, StatusCode::SEE_OTHER, "{}", filed.body);
    let path = filed.location.unwrap();
    let id = path.trim_start_matches("/claims/").to_string();
    let page = wait_for("the new quote on the case page", PATIENCE, || async {
        let page = app.get_page(&path).await;
        page.text_of("proposal-partner").is_some().then_some(page)
    })
    .await;
    assert_eq!(page.text_of("claim-status").as_deref(), Some("Declined by the partner"));
    assert!(page.text_of("proposal-reason").unwrap().contains("simulated decline"));
    assert!(page.text_of("proposal-partner").unwrap().starts_with("Sandbox Collections Germany"));
    assert!(page.text_of("proposal-licence").unwrap().contains("no."));
    assert!(page.text_of("proposal-standing").unwrap().contains("New on the platform"));
    assert!(page.text_of("proposal-price").unwrap().contains("1,265.00 EUR"));
    let previous = page.text_of("proposal-previous").unwrap();
    assert!(previous.contains("957.50 EUR") && previous.contains("Sandbox Forderungsmanagement Nord"), "{previous}");
    assert!(page.text_of("claim-decline-reason").unwrap().contains("waits for your acceptance"));
    // the old quote is still the claim's, and the history lists both
    assert_eq!(page.text_of("quote-if-collected").as_deref(), Some("957.50 EUR"));
    let history = page.text_of("quote-history").unwrap();
    assert!(history.contains("The partner declined the case") && history.contains("Waiting for your acceptance"));
    assert!(!page.body.contains("partner_id\":"), "no data keys on the page");

    // forms without the form token change nothing
    let forged = app.post_form(&format!("{path}/proposal/accept"), &[("partner_id", "sandbox-agency-de")]).await;
    assert_ne!(forged.status, StatusCode::SEE_OTHER);
    let forged = app.post_form(&format!("{path}/proposal"), &[("partner_id", "sandbox-law-dach")]).await;
    assert_ne!(forged.status, StatusCode::SEE_OTHER);

    // a partner that declined, or one not licensed there, is refused at the field
    let refused = app.submit(&path, &format!("{path}/proposal"), &[("partner_id", "sandbox-agency-de-2")]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text_of("e-partner_id").unwrap().contains("declined this case before"), "{}", refused.body);
    let refused = app.submit(&path, &format!("{path}/proposal"), &[("partner_id", "sandbox-agency-fr")]).await;
    assert!(refused.text_of("e-partner_id").unwrap().contains("is not licensed in Germany"));

    // the law firm's quote instead: it becomes the proposal
    let chosen = app.submit(&path, &format!("{path}/proposal"), &[("partner_id", "sandbox-law-dach")]).await;
    assert_eq!(chosen.status, StatusCode::SEE_OTHER, "{}", chosen.body);
    let page = app.get_page(&path).await;
    assert!(page.text_of("proposal-partner").unwrap().starts_with("Sandbox Rechtsanwälte DACH"));
    assert!(page.text_of("proposal-recommendation").unwrap().starts_with("You asked for this partner's quote"));
    assert_eq!(app.sandbox_cases().await["cases"].as_array().unwrap().len(), 0, "still nothing handed over");

    // accepted with the page's own form
    let accepted =
        app.submit(&path, &format!("{path}/proposal/accept"), &hidden_fields(&page, "accept-proposal")).await;
    assert_eq!(accepted.status, StatusCode::SEE_OTHER, "{}", accepted.body);
    let page = wait_for("the case with the law firm", PATIENCE, || async {
        let page = app.get_page(&path).await;
        page.body.contains("data-status=\"received\"").then_some(page)
    })
    .await;
    assert!(page.text_of("claim-partner").unwrap().starts_with("Sandbox Rechtsanwälte DACH"));
    assert!(page.text_of("proposal").is_none());
    assert!(page.body.contains("The quote you accepted"));
    let history = page.text_of("quote-history").unwrap();
    for state in ["The partner declined the case", "Replaced by a newer quote", "Accepted by you"] {
        assert!(history.contains(state), "{state}: {history}");
    }
    assert_eq!(app.sandbox_case(&id).await["partner_id"], "sandbox-law-dach");
}

/// The hidden fields of the form with this id, as the browser would send them (the form
/// token is added by `submit`).
fn hidden_fields<'a>(page: &'a crate::helpers::Page, form: &str) -> Vec<(&'a str, &'a str)> {
    let start = page.body.find(&format!("id=\"{form}\"")).expect("the form");
    let end = start + page.body[start..].find("</form>").unwrap();
    let mut fields = Vec::new();
    for input in page.body[start..end].split("<input").skip(1) {
        let attr = |name: &str| {
            let at = input.find(&format!("{name}=\""))? + name.len() + 2;
            Some(&input[at..at + input[at..].find('"')?])
        };
        if let (Some(name), Some(value)) = (attr("name"), attr("value")) {
            if name != "csrf_token" {
                fields.push((name, value));
            }
        }
    }
    fields
}

#[tokio::test]
async fn when_no_other_partner_can_take_the_case_the_creditor_is_told() {
    let app = app_declining_once().await;
    let key = app.api_creditor("ap@nordictools.example").await;
    // Portugal reserves collection to lawyers: one law firm takes the claim
    let id = id_of(&app.file_claim(&key, &claim_body("PT", "1200.00", "EUR")).await);
    let claim = wait_for_proposal(&app, &key, &id).await;
    assert_null(&claim, "proposal");
    let why = claim["no_other_partner"].as_str().unwrap();
    assert!(why.contains("Portugal") && why.contains("other than the partners that declined it"), "{why}");
    let thread = app.thread(&key, &id).await;
    assert!(
        thread.iter().any(|e| e["message"].as_str().is_some_and(|m| m.contains("No other partner can take this case"))),
        "{thread:?}"
    );
    let (status, _) =
        app.post_json(&key, &format!("/api/v1/claims/{id}/proposal/accept"), &json!({"partner_id": "x"})).await;
    assert_eq!(status, StatusCode::CONFLICT);
}

#[tokio::test]
async fn the_new_quote_panel_fits_a_phone_and_is_accepted_in_a_real_browser() {
    let app = app_declining_once().await;
    let email = "anna@nordictools.example";
    let (id, _) = app.portal_claim(email).await;
    let path = format!("/claims/{id}");
    wait_for("the new quote", PATIENCE, || async {
        app.get_page(&path).await.text_of("proposal-partner").is_some().then_some(())
    })
    .await;
    let browser = crate::webdriver::Browser::signed_in(&app.address, email).await;
    browser.resize(390, 844).await;
    browser.goto(&app.url(&path)).await;
    let panel = browser.wait_for_text("proposal", |t| t.contains("A new quote waits for your acceptance")).await;
    assert!(panel.contains("Sandbox Collections Germany"), "{panel}");
    let fits = browser
        .script("return document.documentElement.scrollWidth <= document.documentElement.clientWidth;", json!([]))
        .await;
    assert_eq!(fits, json!(true), "the case page with the new quote scrolls sideways at 390 px");
    browser.script("document.querySelector('#accept-proposal button').click(); return null;", json!([])).await;
    browser.wait_for_text("flash", |t| t.contains("You accepted the new quote")).await;
    browser.close().await;
    let claim = wait_for("the hand-over to the new partner", PATIENCE, || async {
        let lookup = id.clone();
        let claim = app.state.db.run(move |c| crossclaim::db::claims::get_any(c, &lookup)).await.unwrap().unwrap();
        (claim.claim.status == "received").then_some(claim.claim)
    })
    .await;
    assert_eq!(claim.partner_id, "sandbox-agency-de");
}

/// A partner that leaves the network (its registry entry is gone) before a case is handed to
/// it: the case is declined on its behalf and the next partner's quote waits for the creditor,
/// as after any decline; nothing is sent to anyone meanwhile.
#[tokio::test]
async fn a_partner_that_left_the_network_before_the_hand_over_leaves_a_new_quote_for_the_creditor() {
    let dir = crate::partner_portal::partners_dir(false);
    let path = dir.0.display().to_string();
    // filed while the dispatcher is off: the hand-over waits in the outbox
    let first = spawn_app_with(&["--partners-dir", path.as_str()]).await;
    let key = first.api_creditor("ap@left.example").await;
    let filed = first.file_claim(&key, &claim_body("DE", "1200.00", "EUR")).await;
    let id = id_of(&filed);
    assert_eq!(filed["partner"]["id"], "sandbox-agency-de-2");
    std::fs::remove_file(dir.0.join("sandbox-agency-de-2.toml")).unwrap();

    let mut args = WITH_SANDBOX.to_vec();
    args.extend(["--partners-dir", path.as_str()]);
    let app = crate::helpers::spawn_another_instance_with(&first, &args).await;
    let claim = wait_for_proposal(&app, &key, &id).await;
    assert_eq!(claim["proposal"]["partner"]["id"], "sandbox-agency-de", "{claim}");
    let reason = claim["proposal"]["reason"].as_str().unwrap();
    assert!(reason.contains("left the network"), "{reason}");
    let hand_over = app.wait_delivery(&id, "hand_over", "declined").await;
    assert_eq!(hand_over.partner_id, "sandbox-agency-de-2");
    assert_eq!(app.sandbox_cases().await["cases"].as_array().unwrap().len(), 0, "nothing handed over");
}
