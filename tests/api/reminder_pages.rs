//! The reminder flow through the creditor's pages, as a browser without JavaScript uses them:
//! filing with reminders, the claim page's panel and buttons, the printable reminder, the
//! flow editor, categories, call tasks and the reminder-fee choice.

use reqwest::StatusCode;

use crate::helpers::{Page, TestApp, browser, claim_form, pairs, spawn_app_with};

const ANNA: &str = "anna@nordictools.example";

async fn app() -> TestApp {
    spawn_app_with(&["--test-clock", "true", "--dispatcher", "true"]).await
}

/// A browser that asks for pages in `lang`.
fn browser_in(app: &TestApp, lang: &str) -> TestApp {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(reqwest::header::ACCEPT_LANGUAGE, lang.parse().unwrap());
    let client = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .default_headers(headers)
        .build()
        .unwrap();
    app.with_client(client)
}

/// The claim form for a claim whose invoice fell due yesterday, to start with reminders.
fn reminding_form(app: &TestApp, extra: &[(&str, &str)]) -> Vec<(String, String)> {
    let today = app.state.today();
    let mut form = claim_form("DE", "1200.00", "EUR");
    for (k, v) in form.iter_mut() {
        match k.as_str() {
            "invoices[0].issue_date" => *v = (today - chrono::Duration::days(15)).to_string(),
            "invoices[0].due_date" => *v = (today - chrono::Duration::days(1)).to_string(),
            "history.reminders_sent[0]" => v.clear(),
            _ => {}
        }
    }
    form.push(("start".into(), "reminders".into()));
    for (k, v) in extra {
        form.retain(|(name, _)| name != k);
        form.push((k.to_string(), v.to_string()));
    }
    form
}

/// Files a claim from the form with reminders first; its page's path.
async fn file_with_reminders(app: &TestApp, extra: &[(&str, &str)]) -> String {
    let page = app.submit("/claims/new", "/claims/new", &pairs(&reminding_form(app, extra))).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    page.location.unwrap()
}

/// Presses one of the claim page's buttons (a form of its own, with the page's CSRF token).
async fn press(app: &TestApp, claim: &str, action: &str, pairs: &[(&str, &str)]) -> Page {
    app.submit(claim, action, pairs).await
}

fn reminder_link(page: &Page, claim: &str) -> String {
    let start = page.body.find(&format!("href=\"{claim}/reminders/rm_")).expect("a link to the reminder") + 6;
    page.body[start..].split('"').next().unwrap().to_string()
}

#[tokio::test]
async fn a_claim_filed_with_reminders_shows_its_flow_and_its_buttons_work() {
    let app = app().await;
    app.sign_up("Nordic Tools AB", ANNA).await;

    // the form offers the choice, handing over now by default, and warns before filing when
    // reminders would be written in English
    let form = app.get_page("/claims/new").await;
    assert_eq!(form.body.matches("name=\"start\"").count(), 2);
    assert!(form.body.contains("id=\"f-start-collection\" name=\"start\" value=\"collection\" checked"));
    let italian = reminding_form(&app, &[("debtor.language", "it"), ("action", "preview")]);
    let preview = app.submit("/claims/new", "/claims/new", &pairs(&italian)).await;
    let warning = preview.text_of("reminders-in-english").expect("a warning about English reminders");
    assert!(warning.contains("Italian") && warning.contains("English"), "{warning}");
    assert!(preview.body.contains("value=\"reminders\" checked"), "the choice is kept");
    let german = reminding_form(&app, &[("debtor.language", "de"), ("action", "preview")]);
    assert!(app.submit("/claims/new", "/claims/new", &pairs(&german)).await.text_of("reminders-in-english").is_none());

    let claim = file_with_reminders(&app, &[("debtor.language", "de")]).await;
    let page = app.get_page(&claim).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.text_of("claim-status").as_deref(), Some("Reminders running, before hand-over"), "{}", page.body);
    assert!(page.text_of("flow-status").unwrap().contains("Standard"));
    let summary = page.text_of("next-step").expect("the claim's next step");
    assert!(summary.contains("the reminders run on their own"), "not a partner's work yet: {summary}");
    let next = page.text_of("flow-next").unwrap();
    assert!(next.starts_with("Next: Written reminder on"), "{next}");
    assert!(page.text_of("no-reminders").is_some());
    let quote = page.text_of("quote-today").expect("what collection would cost today");
    assert!(quote.contains("Sandbox") && quote.contains("EUR"), "{quote}");
    // no bank account on file: the reminders point to the invoice's, and the page says how to add one
    let notice = page.text_of("reminders-no-bank-account").expect("a notice about the missing bank account");
    assert!(notice.contains("account on the invoice"), "{notice}");
    assert!(page.body.contains("href=\"/account/company\""));
    let company = [
        ("name", "Nordic Tools AB"),
        ("registration_number", "556677-8899"),
        ("country", "SE"),
        ("address_line", "Storgatan 1"),
        ("postal_code", "111 22"),
        ("city", "Stockholm"),
        ("contact_name", "Anna Berg"),
        ("contact_email", "ar@nordictools.example"),
        ("contact_phone", "+46 8 123 456"),
        ("iban", "SE45 5000 0000 0583 9825 7466"),
        ("bic", "ESSESESS"),
    ];
    let saved = app.submit("/account/company", "/account/company", &company).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert!(
        app.get_page(&claim).await.text_of("reminders-no-bank-account").is_none(),
        "gone once an account is on file"
    );
    for button in ["flow-pause", "flow-hand-over", "flow-stop", "mark-paid-button"] {
        assert!(page.body.contains(&format!("id=\"{button}\"")), "{button}");
    }
    assert!(page.text_of("timeline").unwrap().contains("Claim filed with reminders first (flow “Standard”)"));

    // the reminder is sent on its day, listed with its page to print
    app.advance_days(1).await;
    let page = app.get_page(&claim).await;
    let sent = page.text_of("sent-reminders").expect("the reminders sent");
    assert!(sent.contains("Written reminder") && sent.contains("E-mail") && sent.contains("German"), "{sent}");
    assert!(page.text_of("timeline").unwrap().contains("Written reminder sent to the debtor by e-mail."));
    assert!(page.text_of("flow-next").unwrap().starts_with("Next: Formal notice on"));
    let letter_path = reminder_link(&page, &claim);
    let letter = app.get_page(&letter_path).await;
    assert_eq!(letter.status, StatusCode::OK);
    let text = letter.text_of("letter").unwrap();
    assert!(text.contains("INV-1001") && text.contains("1.200,00"), "{text}");
    assert!(letter.body.contains("lang=\"de\""));

    // another creditor sees none of it
    let other = app.with_client(browser());
    other.sign_up("Other Firm AB", "olle@other.example").await;
    assert_eq!(other.get_page(&letter_path).await.status, StatusCode::NOT_FOUND);
    assert_eq!(other.get_page(&format!("{claim}/reminders/rm_nope")).await.status, StatusCode::NOT_FOUND);
    let csrf = other.get_page("/claims").await.csrf();
    let refused = other.post_form(&format!("{claim}/reminders/pause"), &[("csrf_token", &csrf)]).await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);
    assert_eq!(app.get_page(&format!("{claim}/reminders/rm_nope")).await.status, StatusCode::NOT_FOUND);

    // pause and resume, each in the timeline with who did it
    let paused = press(&app, &claim, &format!("{claim}/reminders/pause"), &[]).await;
    assert_eq!(paused.status, StatusCode::SEE_OTHER);
    let page = app.get_page(&claim).await;
    assert_eq!(page.text_of("flow-status").as_deref(), Some("The reminders are paused."));
    assert!(page.body.contains("id=\"flow-resume\"") && !page.body.contains("id=\"flow-pause\""));
    assert!(page.text_of("flow-next").is_none(), "nothing runs while paused");
    let paused_at = page.body.find("Reminders paused.").expect("the pause in the timeline");
    let entry = &page.body[paused_at..];
    let entry = &entry[..entry.find("</li>").unwrap_or(entry.len())];
    assert!(entry.contains("data-by="), "the change names who made it: {entry}");
    // pausing twice is refused with a notice, not an error page
    let again = press(&app, &claim, &format!("{claim}/reminders/pause"), &[]).await;
    assert_eq!(again.status, StatusCode::SEE_OTHER);
    assert!(app.get_page(&claim).await.body.contains("That cannot be done now"));
    press(&app, &claim, &format!("{claim}/reminders/resume"), &[]).await;
    let page = app.get_page(&claim).await;
    assert!(page.text_of("flow-status").unwrap().starts_with("Reminders are running"));
    assert!(page.text_of("timeline").unwrap().contains("Reminders resumed."));

    // mark paid: a wrong amount is named at its field, then the claim is settled
    let today = app.state.today().to_string();
    let wrong =
        press(&app, &claim, &format!("{claim}/mark-paid"), &[("amount", "nothing"), ("received_on", &today)]).await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.field_error("amount").unwrap().contains("amount above zero"));
    assert_eq!(wrong.input_value("amount").as_deref(), Some("nothing"), "what was typed is kept");
    let paid =
        press(&app, &claim, &format!("{claim}/mark-paid"), &[("amount", "1,200.00"), ("received_on", &today)]).await;
    assert_eq!(paid.status, StatusCode::SEE_OTHER, "{}", paid.body);
    let page = app.get_page(&claim).await;
    assert_eq!(page.text_of("claim-status").as_deref(), Some("Settled before hand-over"));
    assert_eq!(page.text_of("flow-status").as_deref(), Some("The reminders are over."));
    assert!(!page.body.contains("id=\"flow-hand-over\""), "no more buttons");
    assert!(page.text_of("timeline").unwrap().contains("Marked as paid: 1,200.00"));
}

#[tokio::test]
async fn hand_over_now_and_stop_from_the_claim_page() {
    let app = app().await;
    app.sign_up("Nordic Tools AB", ANNA).await;
    let first = file_with_reminders(&app, &[]).await;
    let done = press(&app, &first, &format!("{first}/reminders/hand-over"), &[]).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    let page = app.get_page(&first).await;
    assert_ne!(page.text_of("claim-status").as_deref(), Some("Reminders running, before hand-over"));
    assert!(
        page.text_of("timeline").unwrap().contains("Handed over to Sandbox"),
        "{}",
        page.text_of("timeline").unwrap()
    );
    assert!(page.text_of("claim-partner").is_some());

    let second = file_with_reminders(&app, &[]).await;
    press(&app, &second, &format!("{second}/reminders/stop"), &[]).await;
    let page = app.get_page(&second).await;
    assert_eq!(page.text_of("claim-status").as_deref(), Some("Withdrawn"));
    // nothing is sent to a withdrawn claim's debtor afterwards
    app.advance_days(3).await;
    assert!(app.get_page(&second).await.text_of("no-reminders").is_some());
}

#[tokio::test]
async fn the_flow_editor_adds_and_removes_steps_saves_and_refuses_a_third_written_reminder() {
    let app = app().await;
    app.sign_up("Nordic Tools AB", ANNA).await;
    let flows = app.get_page("/flows").await;
    assert_eq!(flows.status, StatusCode::OK);
    assert!(app.get_page("/claims").await.body.contains("href=\"/flows\""), "in the header");
    assert!(flows.text_of("flows").unwrap().contains("Standard"));

    let form = app.get_page("/flows/new").await;
    assert_eq!(form.body.matches("<fieldset class=\"flow-step").count(), 4, "the standard flow to start from");
    let base = [
        ("name", "Key accounts"),
        ("steps[0].kind", "reminder"),
        ("steps[0].offset_days", "3"),
        ("steps[1].kind", "formal_notice"),
        ("steps[1].offset_days", "10"),
        ("steps[2].kind", "hand_over"),
        ("steps[2].offset_days", "20"),
    ];
    // "add a step" without JavaScript: the form comes back with one more row, before the hand-over
    let mut adding = base.to_vec();
    adding.push(("action", "add_step"));
    let more = app.submit("/flows/new", "/flows/new", &adding).await;
    assert_eq!(more.status, StatusCode::OK);
    assert_eq!(more.body.matches("<fieldset class=\"flow-step").count(), 4);
    assert_eq!(more.selected_value("steps[2].kind").as_deref(), Some("call"));
    assert_eq!(more.selected_value("steps[3].kind").as_deref(), Some("hand_over"));
    assert_eq!(more.input_value("name").as_deref(), Some("Key accounts"));
    let mut removing = base.to_vec();
    removing.push(("action", "remove_1"));
    let fewer = app.submit("/flows/new", "/flows/new", &removing).await;
    assert_eq!(fewer.body.matches("<fieldset class=\"flow-step").count(), 2);

    // a third written reminder is refused at its step
    let third = [
        ("name", "Too many"),
        ("steps[0].kind", "reminder"),
        ("steps[0].offset_days", "1"),
        ("steps[1].kind", "formal_notice"),
        ("steps[1].offset_days", "7"),
        ("steps[2].kind", "reminder"),
        ("steps[2].offset_days", "14"),
        ("steps[3].kind", "hand_over"),
        ("steps[3].offset_days", "21"),
        ("action", "save"),
    ];
    let refused = app.submit("/flows/new", "/flows/new", &third).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let message = refused.field_error("steps[2]").expect("the error at the third written step");
    assert!(message.contains("At most two written reminders"), "{message}");
    assert!(!refused.body.contains(">steps[2]<"), "no data key shown");
    let german = browser_in(&app, "de");
    german.sign_in(ANNA, "a long enough password").await;
    let refused = german.submit("/flows/new", "/flows/new", &third).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let message = refused.field_error("steps[2]").unwrap();
    assert!(message.contains("Höchstens zwei schriftliche Mahnungen"), "{message}");
    // a day that is not a number, and an empty name
    let bad = app
        .submit(
            "/flows/new",
            "/flows/new",
            &[("name", " "), ("steps[0].kind", "hand_over"), ("steps[0].offset_days", "soon"), ("action", "save")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.field_error("steps[0]").unwrap().contains("whole number of days"));

    let mut save = base.to_vec();
    save.push(("action", "save"));
    let saved = app.submit("/flows/new", "/flows/new", &save).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let list = app.get_page("/flows").await;
    let flows = list.text_of("flows").unwrap();
    assert!(flows.contains("Key accounts") && flows.contains("Written reminder: day 3"), "{flows}");
    let edit = list.body.split("href=\"/flows/fl_").nth(1).unwrap().split('"').next().unwrap();
    let edit = format!("/flows/fl_{edit}");
    assert_eq!(app.get_page(&edit).await.input_value("name").as_deref(), Some("Key accounts"));

    // another creditor cannot open or change it
    let other = app.with_client(browser());
    other.sign_up("Other Firm AB", "olle@other.example").await;
    assert_eq!(other.get_page(&edit).await.status, StatusCode::NOT_FOUND);
    let csrf = other.get_page("/flows").await.csrf();
    let mut stolen = vec![("csrf_token", csrf.as_str())];
    stolen.extend_from_slice(&save);
    assert_eq!(other.post_form(&edit, &stolen).await.status, StatusCode::NOT_FOUND);
    assert!(!other.get_page("/flows").await.body.contains("Key accounts"));
}

/// Saves a flow from the editor; its id.
async fn save_flow(app: &TestApp, name: &str, steps: &[(&str, &str)]) -> String {
    let mut form = vec![("name".to_string(), name.to_string()), ("action".into(), "save".into())];
    for (i, (kind, day)) in steps.iter().enumerate() {
        form.push((format!("steps[{i}].kind"), kind.to_string()));
        form.push((format!("steps[{i}].offset_days"), day.to_string()));
    }
    let saved = app.submit("/flows/new", "/flows/new", &pairs(&form)).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let list = app.get_page("/flows").await;
    let at = list.body.find(&format!(">{name}</a>")).unwrap();
    let start = list.body[..at].rfind("/flows/fl_").unwrap() + "/flows/".len();
    list.body[start..].split('"').next().unwrap().to_string()
}

#[tokio::test]
async fn a_debtors_category_picks_its_flow_and_a_call_task_appears_on_its_day() {
    let app = app().await;
    app.sign_up("Nordic Tools AB", ANNA).await;
    let flow = save_flow(&app, "Call first", &[("call", "2"), ("reminder", "5"), ("hand_over", "30")]).await;
    let added = app.submit("/flows", "/flows/categories", &[("name", "Key accounts"), ("flow", &flow)]).await;
    assert_eq!(added.status, StatusCode::SEE_OTHER);
    let list = app.get_page("/flows").await;
    assert_eq!(list.selected_value("flow").as_deref(), Some(flow.as_str()), "the category uses the flow");
    let category = list.body.split("name=\"category\"").nth(1).unwrap();
    let category = category.split("value=\"cat_").nth(1).unwrap().split('"').next().unwrap();
    let category = format!("cat_{category}");
    // the debtor form names what is missing
    let missing = app.submit("/flows", "/flows/debtors", &[("country", "DE"), ("category", &category)]).await;
    assert_eq!(missing.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(missing.field_error("registration_number").is_some());
    // another creditor's category cannot be used
    let set = app
        .submit(
            "/flows",
            "/flows/debtors",
            &[("registration_number", "HRB 12345"), ("country", "DE"), ("category", "cat_not_mine")],
        )
        .await;
    assert_eq!(set.status, StatusCode::NOT_FOUND);
    let set = app
        .submit(
            "/flows",
            "/flows/debtors",
            &[("registration_number", "hrb12345"), ("country", "DE"), ("category", &category)],
        )
        .await;
    assert_eq!(set.status, StatusCode::SEE_OTHER, "{}", set.body);

    let claim = file_with_reminders(&app, &[]).await;
    let page = app.get_page(&claim).await;
    assert!(page.text_of("flow-status").unwrap().contains("Call first"), "{}", page.text_of("flow-status").unwrap());
    assert!(page.text_of("flow-next").unwrap().starts_with("Next: Phone call"));
    assert!(app.get_page("/claims").await.text_of("calls-due").is_none(), "not yet");

    // the call's day (two days after the due date: tomorrow)
    app.advance_days(1).await;
    let list = app.get_page("/claims").await;
    let calls = list.text_of("calls-due").expect("calls due today");
    assert!(calls.contains("Muster Handel GmbH") && calls.contains("Talk only about the overdue payment"), "{calls}");
    let id = claim.trim_start_matches("/claims/");
    assert!(list.body.contains(&format!("action=\"/claims/{id}/calls\"")));
    // a reason without the debtor reached is refused at the field
    let wrong = app.submit("/claims", &format!("{claim}/calls"), &[("reached", "no"), ("reason", "forgot")]).await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(wrong.text_of(&format!("e-{id}-reached")).is_some(), "{}", wrong.body);
    let promised = (app.state.today() + chrono::Duration::days(5)).to_string();
    let done = app
        .submit(
            "/claims",
            &format!("{claim}/calls"),
            &[
                ("back", "list"),
                ("reached", "yes"),
                ("reason", "forgot"),
                ("promised_on", &promised),
                ("promised_amount", "1200"),
                ("notes", "Will pay on Friday"),
            ],
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    assert_eq!(done.location.as_deref(), Some("/claims"));
    assert!(app.get_page("/claims").await.text_of("calls-due").is_none(), "done");
    let page = app.get_page(&claim).await;
    let calls = page.text_of("calls").unwrap();
    assert!(calls.contains("reached (Forgot)") && calls.contains("Will pay on Friday"), "{calls}");
    assert!(page.text_of("flow-status").unwrap().contains("wait until"), "the flow waits for the promise");
}

#[tokio::test]
async fn only_an_administrator_changes_the_reminder_fee_choice() {
    let app = app().await;
    app.sign_up("Nordic Tools AB", ANNA).await;
    let fees = app.get_page("/flows").await;
    let rule = fees.text_of("fee-rule").unwrap();
    assert!(rule.contains("Sweden") && rule.contains("60"), "the Swedish cap in words: {rule}");
    assert!(fees.body.contains("id=\"f-charge_fees\""));
    let on = app.submit("/flows", "/flows/fees", &[("charge_fees", "true")]).await;
    assert_eq!(on.status, StatusCode::SEE_OTHER);
    assert!(app.get_page("/flows").await.body.contains("name=\"charge_fees\" value=\"true\" checked"));

    let invited = app
        .submit("/account/users", "/account/users", &[("email", "bo@nordictools.example"), ("role", "member")])
        .await;
    assert_eq!(invited.status, StatusCode::SEE_OTHER, "{}", invited.body);
    let link = app.link_in_mail("bo@nordictools.example", "/invitation/").await;
    let bo = app.with_client(browser());
    bo.submit(&link, &link, &[("name", "Bo Berg"), ("password", "colleague password")]).await;
    bo.sign_in("bo@nordictools.example", "colleague password").await;
    let page = bo.get_page("/flows").await;
    assert_eq!(page.status, StatusCode::OK, "a member sees the flows");
    assert!(!page.body.contains("id=\"f-charge_fees\""));
    assert!(page.text_of("fees-state").unwrap().contains("Only an administrator"));
    let refused = bo.submit("/flows", "/flows/fees", &[]).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(app.get_page("/flows").await.body.contains("value=\"true\" checked"), "unchanged");
}

/// Whether the page the browser shows scrolls sideways.
async fn scrolls_sideways(browser: &crate::webdriver::Browser) -> bool {
    let wide =
        browser.script("return document.documentElement.scrollWidth > window.innerWidth;", serde_json::json!([])).await;
    wide == serde_json::json!(true)
}

#[tokio::test]
async fn in_a_real_browser_the_debtor_promises_and_disputes_on_the_response_page() {
    use serde_json::json;
    let app = app().await;
    let key = app.api_creditor("flows@example.com").await;
    let mut body = crate::helpers::claim_body("DE", "1200.00", "EUR");
    let today = app.state.today();
    body["invoices"][0]["issue_date"] = json!((today - chrono::Duration::days(15)).to_string());
    body["invoices"][0]["due_date"] = json!((today - chrono::Duration::days(1)).to_string());
    body["history"] = json!({"reminders_sent": [], "debtor_response": "ignores"});
    body["start"] = json!("reminders");
    let claim = app.file_claim(&key, &body).await;
    let id = crate::helpers::id_of(&claim);
    let link = |id: String| {
        let (db, now) = (app.state.db.clone(), app.state.now());
        async move { db.run(move |c| crossclaim::db::reminders::link_for(c, &id, now)).await.unwrap() }
    };

    let browser = crate::webdriver::Browser::start().await;
    browser.resize(390, 844).await;
    let token = link(id.clone()).await;
    browser.goto(&app.url(&format!("/r/{token}"))).await;
    assert!(browser.text("invoices").await.unwrap().contains("INV-1001"));
    assert!(!scrolls_sideways(&browser).await, "the response page fits a phone");
    browser.script("document.querySelector('#answer-promise summary').click(); return null;", json!([])).await;
    let promised = (today + chrono::Duration::days(7)).to_string();
    browser.pick("promise_on", &promised).await;
    browser
        .script("document.querySelector('#answer-promise button[type=submit]').click(); return null;", json!([]))
        .await;
    let thanks = browser.wait_for_text("thanks", |t| !t.is_empty()).await;
    assert!(!scrolls_sideways(&browser).await, "{thanks}");
    let (_, read) = app.get_json(&key, &format!("/api/v1/claims/{id}")).await;
    let answers = read["reminder_flow"]["answers"].as_array().expect("the debtor's answers");
    assert!(answers.iter().any(|a| a["kind"] == "promise" && a["details"]["on"] == json!(promised)), "{read}");

    // another link of the same claim: a dispute with its reason
    let token = link(id.clone()).await;
    browser.goto(&app.url(&format!("/r/{token}"))).await;
    browser.script("document.querySelector('#answer-dispute summary').click(); return null;", json!([])).await;
    let reason = browser
        .script("var s = document.getElementById('dispute_reason'); return s.options[1].value;", json!([]))
        .await;
    browser.pick("dispute_reason", reason.as_str().unwrap()).await;
    browser.type_into("dispute_text", "Die Ware wurde nie geliefert.").await;
    browser
        .script("document.querySelector('#answer-dispute button[type=submit]').click(); return null;", json!([]))
        .await;
    browser.wait_for_text("thanks", |t| !t.is_empty()).await;
    assert!(!scrolls_sideways(&browser).await);
    let (_, read) = app.get_json(&key, &format!("/api/v1/claims/{id}")).await;
    let dispute = read["reminder_flow"]["answers"].as_array().unwrap().iter().find(|a| a["kind"] == "dispute").cloned();
    let dispute = dispute.unwrap_or_else(|| panic!("a dispute: {read}"));
    assert_eq!(dispute["details"]["text"], "Die Ware wurde nie geliefert.");
    assert_eq!(dispute["details"]["reason"], reason);
    browser.close().await;
}

#[tokio::test]
async fn in_a_real_browser_the_creditor_adds_a_step_saves_a_flow_and_sees_it_listed() {
    use serde_json::json;
    let app = app().await;
    app.sign_up("Nordic Tools AB", ANNA).await;
    let browser = crate::webdriver::Browser::signed_in(&app.address, ANNA).await;
    browser.goto(&app.url("/flows")).await;
    browser.script("document.getElementById('new-flow').click(); return null;", json!([])).await;
    browser.wait_for_text("flow-steps", |t| t.contains("Step 4")).await;
    browser.type_into("f-name", "New customers").await;
    browser.script("document.getElementById('add-step').click(); return null;", json!([])).await;
    browser.wait_for_text("flow-steps", |t| t.contains("Step 5")).await;
    // the new row (a phone call, before the hand-over) needs its day; the name is kept
    let name = browser.script("return document.getElementById('f-name').value;", json!([])).await;
    assert_eq!(name, json!("New customers"));
    browser.type_into("f-steps[3].offset_days", "14").await;
    browser.clear("f-steps[4].offset_days").await;
    browser.type_into("f-steps[4].offset_days", "20").await;
    browser.script("document.getElementById('save-flow').click(); return null;", json!([])).await;
    let flows = browser.wait_for_text("flows", |t| t.contains("New customers")).await;
    assert!(flows.contains("Phone call: day 14") && flows.contains("Hand-over: day 20"), "{flows}");
    browser.close().await;
}

#[tokio::test]
async fn the_creditor_decides_the_debtors_answers_on_the_claim_page() {
    use crossclaim::cases::reminders::{DebtorAnswer, debtor_answer};
    let app = app().await;
    app.sign_up("Nordic Tools AB", ANNA).await;
    let claim = file_with_reminders(&app, &[("debtor.language", "de")]).await;
    let id = claim.trim_start_matches("/claims/").to_string();
    let today = app.state.today();
    let plan = DebtorAnswer::Plan { instalments: 3, first_on: today + chrono::Duration::days(5), note: "Bitte".into() };
    debtor_answer(&app.state, &id, plan).await.unwrap();
    let page = app.get_page(&claim).await;
    let answers = page.text_of("debtor-answers").expect("the answers");
    assert!(answers.contains("proposes 3 instalments") && answers.contains("Waiting for you"), "{answers}");
    let plan_id = page.body.split("data-answer=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
    let rejected = press(&app, &claim, &format!("{claim}/answers/{plan_id}/reject"), &[]).await;
    assert_eq!(rejected.status, StatusCode::SEE_OTHER);
    let page = app.get_page(&claim).await;
    assert!(page.text_of("debtor-answers").unwrap().contains("Rejected"));
    assert!(page.text_of("timeline").unwrap().contains("The instalment plan is rejected: the reminders go on."));
    // deciding twice is refused with a notice, and an unknown answer is a 404
    let again = press(&app, &claim, &format!("{claim}/answers/{plan_id}/accept"), &[]).await;
    assert_eq!(again.status, StatusCode::SEE_OTHER);
    assert!(app.get_page(&claim).await.body.contains("That cannot be done now"));
    let unknown = press(&app, &claim, &format!("{claim}/answers/da_nope/accept"), &[]).await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);

    // "we have paid": the reminders wait; denied, they run again
    let paid = DebtorAnswer::Paid { on: today, reference: "INV-1001".into() };
    debtor_answer(&app.state, &id, paid).await.unwrap();
    let page = app.get_page(&claim).await;
    assert!(page.text_of("flow-status").unwrap().contains("says it has paid"));
    let paid_id = page.body.split("data-kind=\"paid\"").next().unwrap().rsplit("data-answer=\"").next().unwrap();
    let paid_id = paid_id.split('"').next().unwrap().to_string();
    assert!(page.body.contains("Confirm the payment") && page.body.contains("Not received"));
    press(&app, &claim, &format!("{claim}/answers/{paid_id}/reject"), &[]).await;
    let page = app.get_page(&claim).await;
    assert!(page.text_of("flow-status").unwrap().starts_with("Reminders are running"));
    assert!(page.text_of("timeline").unwrap().contains("was not received: the reminders go on"));

    // the German page tells the flow's entries in German
    let german = browser_in(&app, "de");
    german.sign_in(ANNA, "a long enough password").await;
    let page = german.get_page(&claim).await;
    let timeline = page.text_of("timeline").unwrap();
    assert!(timeline.contains("Der Ratenplan ist abgelehnt"), "{timeline}");
    assert!(!timeline.contains("The creditor rejected"), "{timeline}");
}
