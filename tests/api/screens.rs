//! Any screen: every main page in a real browser (headless Chromium), at a phone's 390 px
//! and a desktop's 1280 px, in English and in German, must not scroll sideways and must pass
//! axe-core's accessibility rules without a serious or critical violation. axe-core comes
//! from npm, pinned in `tests/browser/package-lock.json`; it is installed with `npm ci` when
//! it is missing.
//!
//! Also here: what a claim page and the claims list do live (actions that follow the case, a
//! new claim on an open list).

use std::path::Path;
use std::sync::{Mutex, OnceLock};

use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::{TestApp, claim_form, days_ago, pairs, spawn_app_with};
use crate::live_support::{Partner, earlier, event};
use crate::webdriver::Browser;

const OPERATOR_TOKEN: &str = "operator-token-for-tests";
const EMAIL: &str = "anna@nordictools.example";

/// axe-core's script, installed by `npm ci` in `tests/browser/` the first time it is needed.
fn axe_source() -> &'static str {
    static SOURCE: OnceLock<String> = OnceLock::new();
    static INSTALL: Mutex<()> = Mutex::new(());
    SOURCE.get_or_init(|| {
        let _one_at_a_time = INSTALL.lock().unwrap_or_else(|e| e.into_inner());
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser");
        let script = dir.join("node_modules/axe-core/axe.min.js");
        if !script.exists() {
            let status = std::process::Command::new("npm")
                .args(["ci", "--no-audit", "--no-fund"])
                .current_dir(&dir)
                .status()
                .unwrap_or_else(|e| panic!("cannot run npm ({e}): install Node.js and npm to run the browser checks"));
            assert!(status.success(), "`npm ci` in {} failed", dir.display());
        }
        std::fs::read_to_string(&script).unwrap_or_else(|e| panic!("{}: {e}", script.display()))
    })
}

/// What is wrong with the page the browser shows: sideways scrolling (naming the elements
/// that stick out) and axe-core's serious and critical violations, one readable line each.
async fn problems_of(browser: &Browser, page: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let width = browser
        .script(
            "var d = document.documentElement, w = window.innerWidth; if (d.scrollWidth <= w) return null; \
             var out = []; document.querySelectorAll('body *').forEach(function (e) { \
               var r = e.getBoundingClientRect(); if (r.right > w + 1 && out.length < 6) \
               out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + String(e.className).split(' ').join('.') : '') + ' (right edge ' + Math.round(r.right) + ')'); }); \
             return 'the page is ' + d.scrollWidth + ' px wide in a ' + w + ' px window; sticking out: ' + out.join(', ');",
            json!([]),
        )
        .await;
    if let Some(wide) = width.as_str() {
        problems.push(format!("{page}: {wide}"));
    }
    // on a desktop, tables fit the page without scrolling inside their box either
    let boxed = browser
        .script(
            "if (window.innerWidth < 1200) return null; var out = [];              document.querySelectorAll('.table-scroll').forEach(function (b) {                if (b.scrollWidth > b.clientWidth + 1) out.push((b.firstElementChild && b.firstElementChild.id || 'a table') +                  ' is ' + b.scrollWidth + ' px wide in its ' + b.clientWidth + ' px box'); });              return out.length ? out.join(', ') : null;",
            json!([]),
        )
        .await;
    if let Some(boxed) = boxed.as_str() {
        problems.push(format!("{page}: {boxed}"));
    }
    let loaded = browser.script("return typeof window.axe !== 'undefined';", json!([])).await;
    if loaded != json!(true) {
        browser.script(&format!("{};\nreturn null;", axe_source()), json!([])).await;
    }
    let violations = browser
        .async_script(
            "var done = arguments[arguments.length - 1]; \
             axe.run(document, {resultTypes: ['violations']}).then(function (r) { \
               done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; }) \
                 .map(function (v) { return v.impact + ' ' + v.id + ': ' + v.help + '\\n      ' + \
                   v.nodes.slice(0, 4).map(function (n) { return n.target.join(' ') + ' → ' + \
                     String(n.failureSummary).replace(/\\s+/g, ' '); }).join('\\n      '); })); \
             }).catch(function (e) { done(['axe-core did not run: ' + e]); });",
            json!([]),
        )
        .await;
    for v in violations.as_array().cloned().unwrap_or_default() {
        problems.push(format!("{page}: {}", v.as_str().unwrap_or_default()));
    }
    problems
}

/// An uploaded file of two debtors, one row with a wrong country: the path of its preview.
async fn an_import_with_a_mistake(app: &TestApp) -> String {
    use crate::imports::{col, csv_of, row, upload};
    let mut bad = row(2, 2);
    bad[col("debtor_country")] = "XX".into();
    let file = csv_of(&[row(1, 1), bad]);
    let page = upload(app, &[("overdue-invoices-november.csv", "text/csv", file.as_bytes())]).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    page.location.expect("the preview")
}

/// A creditor with a claim of three invoices that the partner asked a question about, and an
/// API key; the claim's id and partner.
async fn creditor_with_a_case(app: &TestApp) -> (String, Partner) {
    app.sign_up("Nordic Tools AB", EMAIL).await;
    let mut form = claim_form("DE", "1200.00", "EUR");
    for (i, number) in [(1, "INV-1002-LONG-REFERENCE-2026-000017"), (2, "INV-1003")] {
        form.push((format!("invoices[{i}].number"), number.into()));
        form.push((format!("invoices[{i}].issue_date"), days_ago(80)));
        form.push((format!("invoices[{i}].due_date"), days_ago(50)));
        form.push((format!("invoices[{i}].amount.amount"), "12500.50".into()));
        form.push((format!("invoices[{i}].amount.currency"), "EUR".into()));
    }
    let page = app.submit("/claims/new", "/claims/new", &pairs(&form)).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    let id = page.location.unwrap().trim_start_matches("/claims/").to_string();
    let lookup = id.clone();
    let (partner, _) = app.state.db.run(move |c| crossclaim::db::events::case_of(c, &lookup)).await.unwrap().unwrap();
    let partner = app.partner(&partner);
    let question = json!({
        "type": "message",
        "case_id": id,
        "partner_reference": "AG-1",
        "occurred_at": earlier(1).to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        "message": "Could you send the signed delivery note for INV-1002-LONG-REFERENCE-2026-000017?",
        "requires_answer": true,
        "answer_by": (app.state.today() + chrono::Duration::days(5)).to_string(),
    });
    let (status, answer) = app.post_event(&partner, "q1", &question).await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    (id, partner)
}

/// A claim of the same creditor that starts with reminders (its page shows the reminder
/// panel and its forms), and a customer category (the flows page shows its forms).
async fn creditor_with_reminders(app: &TestApp) -> String {
    let mut form = claim_form("DE", "1200.00", "EUR");
    for (k, v) in form.iter_mut() {
        match k.as_str() {
            "invoices[0].issue_date" => *v = days_ago(20),
            "invoices[0].due_date" => *v = days_ago(6),
            "history.reminders_sent[0]" => v.clear(),
            _ => {}
        }
    }
    form.push(("start".into(), "reminders".into()));
    let page = app.submit("/claims/new", "/claims/new", &pairs(&form)).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    let added = app.submit("/flows", "/flows/categories", &[("name", "Key accounts"), ("flow", "")]).await;
    assert_eq!(added.status, StatusCode::SEE_OTHER);
    let path = page.location.unwrap();
    // a day on the clock: the reminder due since the day after the due date goes out, so
    // its table is measured too
    app.advance_days(1).await;
    assert!(app.get_page(&path).await.text_of("sent-reminders").is_some(), "a reminder was sent");
    path.trim_start_matches("/claims/").to_string()
}

/// Signs the browser in as the creditor through the sign-in form (in whatever language).
async fn sign_in(browser: &Browser, app: &TestApp) {
    browser.goto(&app.url("/signin")).await;
    browser.type_into("f-email", EMAIL).await;
    browser.type_into("f-password", "a long enough password").await;
    browser.script("document.querySelector('main form button[type=submit]').click(); return null;", json!([])).await;
    crate::processes::wait_for("the claims list after signing in", std::time::Duration::from_secs(10), || async {
        let there = browser.script("return !!document.getElementById('claims-live');", json!([])).await;
        (there == json!(true)).then_some(())
    })
    .await;
}

#[tokio::test]
async fn every_main_page_fits_a_phone_and_a_desktop_and_passes_axe_in_english_and_german() {
    axe_source();
    let app =
        spawn_app_with(&["--operator-token", OPERATOR_TOKEN, "--test-clock", "true", "--allow-http-webhooks", "true"])
            .await;
    let (id, _partner) = creditor_with_a_case(&app).await;
    let reminding = creditor_with_reminders(&app).await;
    let preview = an_import_with_a_mistake(&app).await;
    let hook = [("url", "http://127.0.0.1:9/hooks/crossclaim-erp-integration"), ("events", "claim.payment")];
    let added = app.submit("/account/webhooks", "/account/webhooks", &hook).await;
    assert!(added.status.is_success() || added.status == StatusCode::SEE_OTHER, "{}", added.body);
    let quote = format!(
        "/quote?debtor.country=DE&invoices%5B0%5D.amount.amount=12500.50&invoices%5B0%5D.amount.currency=EUR&invoices%5B0%5D.due_date={}",
        days_ago(60)
    );
    let public = [
        "/".to_string(),
        "/quote".into(),
        quote,
        "/partners".into(),
        "/signin".into(),
        "/signup".into(),
        "/api/docs".into(),
    ];
    let creditor = [
        "/claims".to_string(),
        "/claims?q=muster".into(),
        "/claims?q=no-such-debtor".into(),
        format!("/claims/{id}"),
        format!("/claims/{id}/statement"),
        "/claims/new".into(),
        "/account".into(),
        format!("/claims/{reminding}"),
        "/flows".into(),
        "/flows/new".into(),
        "/imports".into(),
        preview,
        "/account/webhooks".into(),
    ];
    let operator = ["/operator".to_string(), "/operator/rules".into(), "/operator/mail".into()];

    let mut problems = Vec::new();
    for lang in ["en", "de"] {
        let browser = Browser::start().await;
        browser.goto(&app.url("/")).await;
        browser.add_cookie("lang", lang).await;
        for (width, height) in [(390, 844), (1280, 900)] {
            browser.resize(width, height).await;
            for path in &public {
                browser.goto(&app.url(path)).await;
                problems.extend(problems_of(&browser, &format!("[{lang} {width}px] {path}")).await);
            }
        }
        sign_in(&browser, &app).await;
        let html_lang = browser.script("return document.documentElement.lang;", json!([])).await;
        assert_eq!(html_lang, json!(lang), "the pages are in the cookie's language");
        browser.goto(&app.url("/operator")).await;
        browser.type_into("f-token", OPERATOR_TOKEN).await;
        browser
            .script("document.querySelector('main form button[type=submit]').click(); return null;", json!([]))
            .await;
        crate::processes::wait_for("the operator page", std::time::Duration::from_secs(10), || async {
            let open = browser.script("return !document.getElementById('f-token');", json!([])).await;
            (open == json!(true)).then_some(())
        })
        .await;
        for (width, height) in [(390, 844), (1280, 900)] {
            browser.resize(width, height).await;
            for path in creditor.iter().chain(&operator) {
                browser.goto(&app.url(path)).await;
                if path == "/claims/new" {
                    // the form with several invoices
                    for _ in 0..2 {
                        browser.script("document.getElementById('add-invoice').click(); return null;", json!([])).await;
                    }
                    let rows =
                        browser.script("return document.querySelectorAll('.invoice-row').length;", json!([])).await;
                    assert_eq!(rows, json!(3));
                }
                problems.extend(problems_of(&browser, &format!("[{lang} {width}px] {path}")).await);
            }
        }
        // the claim form asking about an invoice filed before
        browser.resize(390, 844).await;
        browser.goto(&app.url("/claims/new")).await;
        for (field, value) in claim_form("DE", "1200.00", "EUR") {
            if field == "allow_duplicate" || field == "action" || value.is_empty() {
                continue;
            }
            browser
                .script(
                    "var e = document.getElementsByName(arguments[0])[0]; if (e) e.value = arguments[1]; return null;",
                    json!([field, value]),
                )
                .await;
        }
        browser
            .script("document.querySelector('#claim-form button[value=file]').click(); return null;", json!([]))
            .await;
        crate::processes::wait_for("the question about the invoice", std::time::Duration::from_secs(10), || async {
            let shown = browser.script("return !!document.getElementById('duplicate-notice');", json!([])).await;
            (shown == json!(true)).then_some(())
        })
        .await;
        problems.extend(problems_of(&browser, &format!("[{lang} 390px] the claim form's duplicate question")).await);
        browser.close().await;
    }
    assert!(problems.is_empty(), "{} problems:\n  {}", problems.len(), problems.join("\n  "));
}

/// How many elements match `css` on the browser's page.
async fn count(browser: &Browser, css: &str) -> u64 {
    browser.script("return document.querySelectorAll(arguments[0]).length;", json!([css])).await.as_u64().unwrap()
}

/// Waits up to ten seconds for `css` to match `n` elements.
async fn wait_for_count(browser: &Browser, css: &str, n: u64) {
    let what = format!("{n} of {css}");
    crate::processes::wait_for(&what, std::time::Duration::from_secs(10), || async {
        (count(browser, css).await == n).then_some(())
    })
    .await;
}

#[tokio::test]
async fn the_case_pages_actions_follow_the_case_without_reload() {
    let app = spawn_app_with(&[]).await;
    let (id, partner) = creditor_with_a_case(&app).await;
    let browser = Browser::start().await;
    sign_in(&browser, &app).await;
    browser.goto(&app.url(&format!("/claims/{id}"))).await;
    browser.wait_for_text("live-status", |t| t.starts_with("Live")).await;
    browser.script("window.notReloaded = true; return null;", json!([])).await;
    assert_eq!(count(&browser, "#requests form.message-form").await, 1, "one question to answer");
    assert_eq!(count(&browser, "#withdraw").await, 1, "an open case can be withdrawn");

    // the partner asks a second question: its answer form appears
    let question = json!({
        "type": "message",
        "case_id": id,
        "partner_reference": "AG-1",
        "occurred_at": earlier(0).to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        "message": "And the order confirmation, please.",
        "requires_answer": true,
    });
    let (status, answer) = app.post_event(&partner, "q2", &question).await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    wait_for_count(&browser, "#requests form.message-form", 2).await;

    // the creditor answers one in another window: its form goes
    let page = app.get_page(&format!("/claims/{id}")).await;
    let asked = page.body.split("name=\"in_reply_to\" value=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
    let sent = app
        .post_form(
            &format!("/claims/{id}/messages"),
            &[("csrf_token", &page.csrf()), ("in_reply_to", &asked), ("message", "Attached, see the thread.")],
        )
        .await;
    assert!(sent.status.is_redirection() || sent.status.is_success(), "{}", sent.status);
    wait_for_count(&browser, "#requests form.message-form", 1).await;

    // the case is paid in full: nothing left to withdraw
    let (status, _) =
        app.post_event(&partner, "p1", &event(&id, "paid", earlier(0) + chrono::Duration::seconds(5))).await;
    assert_eq!(status, StatusCode::OK);
    browser.wait_for_text("claim-status", |t| t == "Paid in full").await;
    wait_for_count(&browser, "#withdraw", 0).await;
    let changed_note = browser.script("return document.getElementById('case-changed').hidden;", json!([])).await;
    assert_eq!(changed_note, json!(true), "everything was brought up to date: no note to reload");
    let still = browser.script("return window.notReloaded === true;", json!([])).await;
    assert_eq!(still, json!(true), "the page was not reloaded");
    browser.close().await;
}

#[tokio::test]
async fn what_the_creditor_is_typing_stays_and_the_page_says_it_changed() {
    let app = spawn_app_with(&[]).await;
    let (id, partner) = creditor_with_a_case(&app).await;
    let browser = Browser::start().await;
    sign_in(&browser, &app).await;
    browser.goto(&app.url(&format!("/claims/{id}"))).await;
    browser.wait_for_text("live-status", |t| t.starts_with("Live")).await;
    let answer_field = browser.script("return document.querySelector('#requests textarea').id;", json!([])).await;
    browser.type_into(answer_field.as_str().unwrap(), "The note is on its way").await;
    let (status, _) = app.post_event(&partner, "r1", &event(&id, "received", earlier(0))).await;
    assert_eq!(status, StatusCode::OK);
    crate::processes::wait_for("the note that the case changed", std::time::Duration::from_secs(10), || async {
        let hidden = browser.script("return document.getElementById('case-changed').hidden;", json!([])).await;
        (hidden == json!(false)).then_some(())
    })
    .await;
    let typed = browser.script("return document.getElementById(arguments[0]).value;", json!([answer_field])).await;
    assert_eq!(typed, json!("The note is on its way"), "nothing typed is lost");
    browser.close().await;
}

#[tokio::test]
async fn a_claim_filed_elsewhere_appears_on_the_open_claims_list_with_its_totals() {
    let app = spawn_app_with(&[]).await;
    let (_id, _partner) = creditor_with_a_case(&app).await;
    let browser = Browser::start().await;
    browser.goto(&app.url("/")).await;
    browser.add_cookie("lang", "de").await;
    sign_in(&browser, &app).await;
    browser
        .wait_for_text("live-status", |t| t == "Live: Diese Seite aktualisiert sich, sobald der Partner etwas meldet.")
        .await;
    browser.script("window.notReloaded = true; return null;", json!([])).await;
    assert_eq!(count(&browser, "#claims-table tbody tr").await, 1);
    let before = browser.text("totals-scope").await.unwrap();

    // filed in another window of the same company
    let mut form = claim_form("AT", "800.00", "EUR");
    for (field, value) in form.iter_mut() {
        match field.as_str() {
            "debtor.name" => *value = "Beispiel Werkzeuge AG".into(),
            "debtor.registration_number" => *value = "FN 98765x".into(),
            "invoices[0].number" => *value = "INV-2001".into(),
            _ => {}
        }
    }
    let page = app.submit("/claims/new", "/claims/new", &pairs(&form)).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);

    browser.wait_for_text("claims-table", |t| t.contains("Beispiel Werkzeuge AG")).await;
    assert_eq!(count(&browser, "#claims-table tbody tr").await, 2);
    let after = browser.wait_for_text("totals-scope", |t| t != before).await;
    assert!(after.contains('2'), "the totals count the new claim: {after}");
    browser.wait_for_text("live-status", |t| t.contains("neue Forderung")).await;

    // and over the API
    let made = app.submit("/account", "/account/api-keys", &[("label", "ERP")]).await;
    let key = made.text_of("new-api-key").expect("a key");
    let mut claim = crate::helpers::claim_body("SE", "25000.00", "SEK");
    claim["debtor"]["name"] = json!("Nordisk Snickeri AB");
    claim["debtor"]["registration_number"] = json!("556000-1111");
    app.file_claim(&key, &claim).await;
    browser.wait_for_text("claims-table", |t| t.contains("Nordisk Snickeri AB")).await;
    // as a German page writes money
    browser.wait_for_text("outstanding-SEK", |t| t.contains("25.000,00")).await;
    let still = browser.script("return window.notReloaded === true;", json!([])).await;
    assert_eq!(still, json!(true), "the page was not reloaded");
    browser.close().await;
}
