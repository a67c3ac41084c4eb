//! A real browser (headless Chromium through chromedriver) sees a case change without reload.
//! Needs the Debian packages `chromium` and `chromium-driver`, which `.ci/run` installs.

use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::spawn_app;
use crate::live_support::{Partner, earlier, event};
use crate::webdriver::Browser;

#[tokio::test]
async fn the_case_page_and_the_list_show_a_new_status_without_reload() {
    let app = spawn_app().await;
    let email = "anna@nordictools.example";
    let (id, partner): (String, Partner) = app.portal_claim(email).await;
    let browser = Browser::signed_in(&app.address, email).await;

    browser.goto(&app.url(&format!("/claims/{id}"))).await;
    assert_eq!(browser.text("claim-status").await.as_deref(), Some("Submitted, hand-over pending"));
    // the page has connected its stream
    browser.wait_for_text("live-status", |t| t.starts_with("Live")).await;
    // a mark that a reload would wipe out
    browser.script("window.notReloaded = true; return null;", json!([])).await;

    let mut body = event(&id, "partially_paid", earlier(0));
    body["collected"] = json!({"amount": "400.00", "currency": "EUR"});
    body["message"] = json!("First instalment received");
    let (status, _) = app.post_event(&partner, "b1", &body).await;
    assert_eq!(status, StatusCode::OK);

    browser.wait_for_text("claim-status", |t| t == "Partially paid").await;
    browser.wait_for_text("claim-collected", |t| t.contains("400.00 EUR")).await;
    browser.wait_for_text("timeline", |t| t.contains("First instalment received")).await;
    let still = browser.script("return window.notReloaded === true;", json!([])).await;
    assert_eq!(still, json!(true), "the page was not reloaded");

    // the claims list follows too
    browser.goto(&app.url("/claims")).await;
    browser.wait_for_text("live-status", |t| t.starts_with("Live")).await;
    let (status, _) =
        app.post_event(&partner, "b2", &event(&id, "paid", earlier(0) + chrono::Duration::seconds(5))).await;
    assert_eq!(status, StatusCode::OK);
    let row_status = format!("status-of-{id}");
    browser
        .script(
            "document.querySelector(\"tr[data-claim='\" + arguments[0] + \"'] .status\").id = arguments[1]; return null;",
            json!([id, row_status]),
        )
        .await;
    browser.wait_for_text(&row_status, |t| t == "Paid in full").await;
    browser.close().await;
}

#[tokio::test]
async fn a_partners_question_appears_on_the_case_page_without_reload_and_fits_a_phone() {
    let app = spawn_app().await;
    let email = "anna@nordictools.example";
    let (id, partner): (String, Partner) = app.portal_claim(email).await;
    let browser = Browser::signed_in(&app.address, email).await;

    browser.goto(&app.url(&format!("/claims/{id}"))).await;
    browser.wait_for_text("live-status", |t| t.starts_with("Live")).await;
    browser.script("window.notReloaded = true; return null;", json!([])).await;
    let answer_by = (app.state.today() + chrono::Duration::days(5)).to_string();
    let body = json!({
        "type": "message",
        "case_id": id,
        "partner_reference": "AG-1",
        "occurred_at": earlier(0).to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        "message": "Could you confirm the delivery address?\nThe debtor says <i>Lager 2</i>.",
        "requires_answer": true,
        "answer_by": answer_by,
    });
    let (status, answer) = app.post_event(&partner, "q1", &body).await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    let thread = browser.wait_for_text("timeline", |t| t.contains("Could you confirm the delivery address?")).await;
    assert!(
        thread.contains("Sandbox Forderungsmanagement Nord") && thread.contains("<i>Lager 2</i>"),
        "shown as text: {thread}"
    );
    let still = browser.script("return window.notReloaded === true;", json!([])).await;
    assert_eq!(still, json!(true), "the page was not reloaded");

    // on a phone 390 px wide, no page scrolls sideways
    browser.resize(390, 844).await;
    let width = browser.script("return window.innerWidth;", json!([])).await;
    assert!(width.as_u64().unwrap() <= 400, "the window is phone-sized: {width}");
    for path in [
        format!("/claims/{id}"),
        format!("/claims/{id}/statement"),
        "/claims".into(),
        "/claims/new".into(),
        "/account".into(),
        "/quote".into(),
        "/partners".into(),
    ] {
        browser.goto(&app.url(&path)).await;
        let fits = browser
            .script("return document.documentElement.scrollWidth <= document.documentElement.clientWidth;", json!([]))
            .await;
        let widest = browser
            .script(
                "var w = document.documentElement.clientWidth, out = []; \
                 document.querySelectorAll('body *').forEach(function (e) { var r = e.getBoundingClientRect(); \
                 if (r.right > w + 1) out.push(e.tagName + '#' + e.id + '.' + e.className + ':' + Math.round(r.right)); }); \
                 return out.slice(0, 8).join(' ');",
                json!([]),
            )
            .await;
        assert_eq!(fits, json!(true), "{path} scrolls sideways at 390 px: {widest}");
    }
    // the request box is at the top of the reloaded case page, with its countdown
    browser.goto(&app.url(&format!("/claims/{id}"))).await;
    let requests = browser.wait_for_text("requests", |t| t.contains("needs your answer")).await;
    assert!(requests.contains("5 days left"), "{requests}");

    // the creditor answers on the page, attaching a PDF chosen from disk
    let pdf = app.settings.data_dir.join("delivery-note.pdf");
    std::fs::create_dir_all(&app.settings.data_dir).unwrap();
    std::fs::write(&pdf, b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n").unwrap();
    let field = |css: &str| format!("return document.querySelector('#requests {css}').id;");
    let message_id = browser.script(&field("textarea"), json!([])).await;
    let files_id = browser.script(&field("input[type=file]"), json!([])).await;
    browser.type_into(message_id.as_str().unwrap(), "The address is Lager 2, Hafenstraße 5.").await;
    browser.type_into(files_id.as_str().unwrap(), pdf.to_str().unwrap()).await;
    browser
        .script("document.querySelector('#requests form button[type=submit]').click(); return null;", json!([]))
        .await;
    browser.wait_for_text("timeline", |t| t.contains("The address is Lager 2")).await;
    let lookup = id.clone();
    let (messages, documents) = app
        .state
        .db
        .run(move |c| {
            Ok((crossclaim::db::messages::of_claim(c, &lookup)?, crossclaim::db::documents::of_claim(c, &lookup)?))
        })
        .await
        .unwrap();
    assert!(messages.iter().all(|m| !m.is_open_request()), "the request is answered");
    let answer = messages.iter().find(|m| m.sender == "creditor").expect("the creditor's answer is stored");
    let document = documents.iter().find(|d| d.name == "delivery-note.pdf").expect("the PDF is stored");
    assert_eq!(answer.document_ids(), vec![document.id.clone()]);
    assert_eq!(document.media_type, "application/pdf");

    // the partner's reply appears without a reload
    browser.script("window.notReloaded = true; return null;", json!([])).await;
    browser.wait_for_text("live-status", |t| t.starts_with("Live")).await;
    let reply = json!({
        "type": "message",
        "case_id": id,
        "partner_reference": "AG-1",
        "occurred_at": earlier(0).to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        "message": "Thank you, the delivery note settles it.",
    });
    let (status, answer) = app.post_event(&partner, "r1", &reply).await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    browser.wait_for_text("timeline", |t| t.contains("the delivery note settles it")).await;
    let still = browser.script("return window.notReloaded === true;", json!([])).await;
    assert_eq!(still, json!(true), "the page was not reloaded");
    browser.close().await;
}

#[tokio::test]
async fn a_partner_works_a_case_in_the_portal_while_the_creditors_page_follows_without_reload() {
    use crate::helpers::{claim_form, pairs};
    use crate::partner_portal::{PASSWORD, PORTAL_PARTNER, portal_app};

    let (app, _dir) = portal_app(false).await;
    let email = "anna@nordictools.example";
    app.sign_up("Nordic Tools AB", email).await;
    let page = app.submit("/claims/new", "/claims/new", &pairs(&claim_form("AT", "1200.00", "EUR"))).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    let id = page.location.unwrap().trim_start_matches("/claims/").to_string();
    app.wait_delivery(&id, "hand_over", "done").await;

    // the creditor's window
    let creditor = Browser::signed_in(&app.address, email).await;
    creditor.goto(&app.url(&format!("/claims/{id}"))).await;
    assert_eq!(creditor.text("claim-status").await.as_deref(), Some("Submitted, hand-over pending"));
    creditor.wait_for_text("live-status", |t| t.starts_with("Live")).await;
    creditor.script("window.notReloaded = true; return null;", json!([])).await;

    // the partner's window, on a phone: chooses a password through the one-time link
    let token = app.partner_user(PORTAL_PARTNER, "eva@portal-inkasso.example", "admin").await;
    let partner = Browser::start().await;
    partner.resize(390, 844).await;
    partner.goto(&app.url(&format!("/partner/welcome/{token}"))).await;
    partner.type_into("f-password", PASSWORD).await;
    partner.script("document.querySelector('main form button[type=submit]').click(); return null;", json!([])).await;
    partner.wait_for_text("main", |t| t.contains("New cases for")).await;

    // accepts the case
    partner.type_into(&format!("f-reference-{id}"), "AT-2026-17").await;
    partner
        .script("document.getElementById(arguments[0]).click(); return null;", json!([format!("accept-{id}")]))
        .await;
    partner.wait_for_text("case-reference", |t| t == "AT-2026-17").await;
    creditor.wait_for_text("claim-status", |t| t == "Accepted by the partner").await;

    // writes to the creditor
    partner.type_into("f-message-message", "We have written to the debtor today.").await;
    partner
        .script("document.querySelector('#message-form button[type=submit]').click(); return null;", json!([]))
        .await;
    partner.wait_for_text("thread", |t| t.contains("We have written to the debtor today.")).await;
    creditor.wait_for_text("timeline", |t| t.contains("We have written to the debtor today.")).await;

    // changes the status
    partner.pick("f-status-status", "contacting_debtor").await;
    partner.type_into("f-status-message", "Called the debtor's accounts department.").await;
    partner.script("document.querySelector('#status-form button[type=submit]').click(); return null;", json!([])).await;
    partner.wait_for_text("case-status", |t| t == "Contacting the debtor").await;
    creditor.wait_for_text("claim-status", |t| t == "Contacting the debtor").await;
    creditor.wait_for_text("timeline", |t| t.contains("Called the debtor's accounts department.")).await;
    let still = creditor.script("return window.notReloaded === true;", json!([])).await;
    assert_eq!(still, json!(true), "the creditor's page was not reloaded");

    // the partner's pages fit a phone 390 px wide
    for path in [format!("/partner/cases/{id}"), "/partner/cases".into(), "/partner".into(), "/partner/users".into()] {
        partner.goto(&app.url(&path)).await;
        let fits = partner
            .script("return document.documentElement.scrollWidth <= document.documentElement.clientWidth;", json!([]))
            .await;
        assert_eq!(fits, json!(true), "{path} scrolls sideways at 390 px");
    }
    partner.close().await;
    creditor.close().await;
}

/// A decline changes what the creditor can do on the case page (a new quote to accept, or no
/// other partner): the open page shows it in place, without a reload.
#[tokio::test]
async fn a_decline_brings_its_new_quote_onto_the_open_case_page() {
    use crate::helpers::{claim_form, pairs};
    use crate::partner_portal::{PORTAL_PARTNER, portal_app};

    let (app, _dir) = portal_app(false).await;
    let email = "anna@nordictools.example";
    app.sign_up("Nordic Tools AB", email).await;
    let page = app.submit("/claims/new", "/claims/new", &pairs(&claim_form("AT", "1200.00", "EUR"))).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    let id = page.location.unwrap().trim_start_matches("/claims/").to_string();
    app.wait_delivery(&id, "hand_over", "done").await;

    let creditor = Browser::signed_in(&app.address, email).await;
    creditor.goto(&app.url(&format!("/claims/{id}"))).await;
    creditor.wait_for_text("live-status", |t| t.starts_with("Live")).await;
    let hidden = "return document.getElementById('case-changed').hidden;";
    assert_eq!(creditor.script(hidden, json!([])).await, json!(true), "nothing changed yet");

    let partner = app.partner_browser(PORTAL_PARTNER, "eva@portal-inkasso.example").await;
    let dashboard = partner.get_page("/partner").await;
    let start = dashboard.body.find(&format!("action=\"/partner/cases/{id}/decline\"")).unwrap();
    let rest = &dashboard.body[start..];
    let at = rest.find("name=\"nonce\" value=\"").unwrap() + "name=\"nonce\" value=\"".len();
    let nonce = rest[at..].split('"').next().unwrap().to_string();
    let reason = "We do not take claims against this sector.";
    let declined = partner
        .post_form(
            &format!("/partner/cases/{id}/decline"),
            &[("csrf_token", &dashboard.csrf()), ("nonce", &nonce), ("reason", reason)],
        )
        .await;
    assert_eq!(declined.status, StatusCode::SEE_OTHER, "{}", declined.body);

    creditor.script("window.notReloaded = true; return null;", json!([])).await;
    creditor.wait_for_text("claim-status", |t| t == "Declined by the partner").await;
    creditor.wait_for_text("claim-decline-reason", |t| t.contains("We do not take claims against this sector")).await;
    let actions = creditor
        .script(
            "return !!(document.getElementById('accept-proposal') || document.getElementById('no-other-partner'));",
            json!([]),
        )
        .await;
    assert_eq!(actions, json!(true), "the new quote to accept, or why there is none, is on the page");
    assert_eq!(creditor.script(hidden, json!([])).await, json!(true), "nothing to reload for");
    let still = creditor.script("return window.notReloaded === true;", json!([])).await;
    assert_eq!(still, json!(true), "the page was not reloaded");
    creditor.close().await;
}
