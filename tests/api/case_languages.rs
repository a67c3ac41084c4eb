//! The case page in the reader's language: the thread's headings, countdowns, the answers
//! to its forms, the new-quote panel of a declined case, the statement, and the entries the
//! live script adds while the page is open.

use reqwest::StatusCode;
use serde_json::json;

use crate::case_support::{PATIENCE, WITH_SANDBOX};
use crate::helpers::{TestApp, claim_form, pairs, spawn_app, spawn_app_with};
use crate::live_support::earlier;
use crate::processes::wait_for;
use crate::webdriver::Browser;

async fn speak(app: &TestApp, language: &str) {
    let page = app.submit("/account/preferences", "/account/preferences", &[("language", language)]).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
}

#[tokio::test]
async fn a_german_case_page_says_its_thread_countdowns_answers_and_statement_in_german() {
    let app = spawn_app().await;
    let (id, partner) = app.portal_claim("anna@nordictools.example").await;
    speak(&app, "de").await;
    let path = format!("/claims/{id}");
    let answer_by = (app.state.today() + chrono::Duration::days(3)).to_string();
    let body = json!({
        "type": "message",
        "case_id": id,
        "partner_reference": "AG-1",
        "occurred_at": earlier(3).to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        "message": "Bitte senden Sie den Liefernachweis.",
        "requires_answer": true,
        "answer_by": answer_by,
    });
    let (status, answer) = app.post_event(&partner, "wh-de-1", &body).await;
    assert_eq!(status, StatusCode::OK, "{answer}");

    let page = app.get_page(&path).await;
    let request = page.text_of("requests").expect("the open request");
    assert!(request.contains("noch 3 Tage"), "{request}");
    let thread = page.text_of("timeline").unwrap();
    assert!(thread.contains("Ihre Antwort bis"), "the request's note: {thread}");

    // a message refused, then sent: the problem and the flash in German
    let empty = app.submit(&path, &format!("{path}/messages"), &[("message", "  ")]).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(empty.text_of("e-write-message").as_deref(), Some("Bitte schreiben Sie Ihre Nachricht"));
    let sent = app.submit(&path, &format!("{path}/messages"), &[("message", "Der Nachweis folgt morgen.")]).await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    let page = app.get_page(&path).await;
    assert_eq!(page.text_of("flash").as_deref(), Some("Ihre Nachricht ist auf dem Weg zum Partner."));
    let thread = page.text_of("timeline").unwrap();
    assert!(thread.contains("Sie") && thread.contains("Der Nachweis folgt morgen."), "{thread}");
    assert!(thread.contains("wartet auf Zustellung") || thread.contains("zugestellt"), "{thread}");
    for english in ["You", "waiting to be delivered", "Needs your answer", "days left"] {
        assert!(!thread.contains(english) && !request.contains(english), "{english} on a German page: {thread}");
    }

    // a direct payment: the flash writes the amount and date as German does
    let today = app.state.today();
    let paid = app
        .submit(&path, &format!("{path}/direct-payments"), &[("amount", "200.00"), ("received_on", &today.to_string())])
        .await;
    assert_eq!(paid.status, StatusCode::SEE_OTHER, "{}", paid.body);
    let page = app.get_page(&path).await;
    let flash = page.text_of("flash").unwrap();
    assert!(
        flash.starts_with("Die Zahlung über 200,00") && flash.contains(&today.format("%d.%m.%Y").to_string()),
        "{flash}"
    );
    let timeline = page.text_of("timeline").unwrap();
    assert!(timeline.contains("Zahlung"), "{timeline}");
    // the thread tells the payment in German words and numbers, from the stored payment
    let told = format!("am {} direkt an Sie gezahlt (Kosten", today.format("%d.%m.%Y"));
    assert!(timeline.contains("200,00") && timeline.contains(&told), "{timeline}");
    assert!(!timeline.contains("received to the creditor directly"), "{timeline}");
    assert!(timeline.contains("Forderung eingereicht und an Sandbox"), "the filing in German: {timeline}");

    // the printable statement
    let statement = app.get_page(&format!("{path}/statement")).await;
    assert_eq!(statement.status, StatusCode::OK);
    assert!(statement.body.contains("Kontoauszug der Forderung gegen"), "{}", statement.body);
    let lines = statement.text_of("statement-lines").unwrap();
    assert!(lines.contains("Geforderte Hauptforderung") && lines.contains("Direktzahlung"), "{lines}");
    assert!(lines.contains("Änderung der Forderung") && lines.contains("1.200,00"), "{lines}");
    for english in ["Claimed principal", "Direct payment", "Outstanding after", "Late-payment interest"] {
        assert!(!statement.body.contains(english), "{english} on the German statement");
    }
    let outstanding = statement.text_of("statement-outstanding").unwrap();
    assert!(outstanding.contains(',') && outstanding.contains('€'), "{outstanding}");
    // the spreadsheet keeps its English column headings
    let csv = app.client.get(app.url(&format!("{path}/statement.csv"))).send().await.unwrap();
    assert!(csv.text().await.unwrap().contains("description"));
}

#[tokio::test]
async fn a_declined_case_offers_its_new_quote_in_swedish() {
    let app = spawn_app_with(&WITH_SANDBOX).await;
    app.sandbox_admin("behaviour", &json!({"decline": 1})).await;
    app.sign_up("Nordic Tools AB", "anna@nordictools.example").await;
    speak(&app, "sv").await;
    let filed = app.submit("/claims/new", "/claims/new", &pairs(&claim_form("DE", "12500.00", "EUR"))).await;
    assert_eq!(filed.status, StatusCode::SEE_OTHER, "{}", filed.body);
    let path = filed.location.unwrap();
    let page = wait_for("the new quote on the case page", PATIENCE, || async {
        let page = app.get_page(&path).await;
        page.text_of("proposal-partner").is_some().then_some(page)
    })
    .await;
    let panel = page.text_of("proposal").unwrap();
    assert!(panel.contains("En ny offert väntar på ditt godkännande"), "{panel}");
    assert!(panel.contains("Godkänn den nya offerten: Sandbox Collections Germany"), "{panel}");
    assert!(page.text_of("proposal-standing").unwrap().starts_with("Ny på plattformen"));
    let price = page.text_of("proposal-price").unwrap();
    assert!(price.contains("1 265,00") && price.contains("om allt drivs in"), "{price}");
    assert!(page.text_of("proposal-previous").unwrap().contains("som avböjde"));
    assert!(page.text_of("claim-decline-reason").unwrap().contains("väntar på ditt godkännande"));
    let history = page.text_of("quote-history").unwrap();
    assert!(history.contains("Partnern avböjde ärendet") && history.contains("Väntar på ditt godkännande"));
    for english in ["A new quote", "if collected in full", "New partner", "The partner declined", "law firm"] {
        assert!(!panel.contains(english) && !history.contains(english), "{english}: {panel}");
    }

    // nothing chosen: the problem in Swedish; the law firm's quote: the flash in Swedish
    let none = app.submit(&path, &format!("{path}/proposal"), &[]).await;
    assert_eq!(none.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(none.text_of("e-partner_id").as_deref(), Some("Välj den partner vars offert du vill se"));
    let chosen = app.submit(&path, &format!("{path}/proposal"), &[("partner_id", "sandbox-law-dach")]).await;
    assert_eq!(chosen.status, StatusCode::SEE_OTHER, "{}", chosen.body);
    let page = app.get_page(&path).await;
    assert_eq!(
        page.text_of("flash").as_deref(),
        Some("Här är offerten från Sandbox Rechtsanwälte DACH. Inget lämnas över förrän du godkänner den.")
    );
    assert!(page.text_of("proposal-recommendation").unwrap().starts_with("Du bad om den här partnerns offert"));
}

#[tokio::test]
async fn an_entry_arriving_while_a_german_page_is_open_is_written_in_german() {
    let app = spawn_app().await;
    let email = "anna@nordictools.example";
    let (id, _partner) = app.portal_claim(email).await;
    let account = app.submit("/account", "/account/api-keys", &[("label", "erp")]).await;
    let key = account.text_of("new-api-key").expect("a new API key");
    let browser = Browser::signed_in(&app.address, email).await;
    browser.add_cookie("lang", "de").await;
    browser.goto(&app.url(&format!("/claims/{id}"))).await;
    browser.wait_for_text("thread-heading", |t| t.contains("Nachrichten")).await;
    browser.wait_for_text("live-status", |t| t.starts_with("Live")).await;
    browser.script("window.notReloaded = true; return null;", json!([])).await;

    // a colleague's ERP writes to the partner over the API: the open page shows it
    let (status, answer) =
        app.post_json(&key, &format!("/api/v1/claims/{id}/messages"), &json!({"message": "Aus dem ERP"})).await;
    assert!(status.is_success(), "{status}: {answer}");
    let thread = browser.wait_for_text("timeline", |t| t.contains("Aus dem ERP")).await;
    assert!(thread.contains("Sie") && thread.contains("wartet auf Zustellung"), "{thread}");
    assert!(!thread.contains("You") && !thread.contains("waiting to be delivered"), "{thread}");
    let still = browser.script("return window.notReloaded === true;", json!([])).await;
    assert_eq!(still, json!(true), "the entry came live, not by a reload");
    browser.close().await;
}
