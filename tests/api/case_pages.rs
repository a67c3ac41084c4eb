//! The creditor's case page after the hand-over, as a browser without JavaScript uses it:
//! answering the partner's requests with files, the documents, the money, the statement; the
//! claims list's "Needs your answer", the notification settings, the operator's pages.

use reqwest::StatusCode;
use serde_json::json;

use crate::helpers::{Page, TestApp, claim_form, pairs, spawn_app, spawn_app_with};
use crate::live_support::{Partner, earlier};

const PDF: &[u8] = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n";
const EXE: &[u8] = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00";

/// A file of a multipart form: (field, file name, media type, bytes).
type FilePart<'a> = (&'a str, &'a str, &'a str, &'a [u8]);

/// A `multipart/form-data` body as a browser sends it, and its content type.
fn multipart(fields: &[(&str, &str)], files: &[FilePart<'_>]) -> (String, Vec<u8>) {
    let boundary = "----crossclaim-test-boundary-7MA4YWxkTrZu0gW";
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend_from_slice(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n").as_bytes(),
        );
    }
    for (field, file_name, media_type, bytes) in files {
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"{field}\"; filename=\"{file_name}\"\r\nContent-Type: {media_type}\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

impl TestApp {
    /// Posts a multipart form with the CSRF token of the page it is on.
    async fn submit_files(
        &self,
        form_page: &str,
        action: &str,
        fields: &[(&str, &str)],
        files: &[FilePart<'_>],
    ) -> Page {
        let csrf = self.get_page(form_page).await.csrf();
        let mut all = vec![("csrf_token", csrf.as_str())];
        all.extend_from_slice(fields);
        let (content_type, body) = multipart(&all, files);
        let response = self
            .client
            .post(self.url(action))
            .header("content-type", content_type)
            .body(body)
            .send()
            .await
            .expect("POST multipart");
        let status = response.status();
        let location = response.headers().get("location").and_then(|v| v.to_str().ok()).map(str::to_string);
        Page { status, location, body: response.text().await.expect("body") }
    }
}

/// A signed-in creditor with one claim filed through the form; (claim id, an API key of the
/// same creditor, the claim's partner).
async fn creditor_with_claim(app: &TestApp, email: &str) -> (String, String, Partner) {
    app.sign_up("Nordic Tools AB", email).await;
    let page = app.submit("/claims/new", "/claims/new", &pairs(&claim_form("DE", "1200.00", "EUR"))).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    let id = page.location.unwrap().trim_start_matches("/claims/").to_string();
    let account = app.submit("/account", "/account/api-keys", &[("label", "tests")]).await;
    let key = account.text_of("new-api-key").expect("a new API key");
    let claim = app.claim(&key, &id).await;
    let partner = app.partner(claim["partner"]["id"].as_str().unwrap());
    (id, key, partner)
}

/// The partner asks the creditor something, to be answered by `answer_by`; the message's id.
async fn request(app: &TestApp, key: &str, id: &str, partner: &Partner, question: &str, answer_by: &str) -> String {
    let body = json!({
        "type": "message",
        "case_id": id,
        "partner_reference": "AG-1",
        "occurred_at": earlier(3).to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        "message": question,
        "requires_answer": true,
        "answer_by": answer_by,
    });
    let (status, answer) = app.post_event(partner, &format!("wh_{}", ulid::Ulid::new()), &body).await;
    assert_eq!(status, StatusCode::OK, "{answer}");
    let claim = app.claim(key, id).await;
    claim["open_requests"][0].as_str().expect("an open request").to_string()
}

fn days_from_today(app: &TestApp, days: i64) -> String {
    (app.state.today() + chrono::Duration::days(days)).to_string()
}

#[tokio::test]
async fn an_open_request_is_answered_on_the_case_page_with_a_pdf() {
    let app = spawn_app().await;
    let (id, key, partner) = creditor_with_claim(&app, "anna@nordictools.example").await;
    let question = "Please send the signed delivery note.\nThe one for INV-1001 <b>only</b>.";
    let request_id = request(&app, &key, &id, &partner, question, &days_from_today(&app, 7)).await;

    let page = app.get_page(&format!("/claims/{id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    let boxed = page.text_of(&format!("request-{request_id}")).expect("the request box");
    assert!(boxed.contains("Sandbox Forderungsmanagement Nord needs your answer"), "{boxed}");
    assert!(boxed.contains("Answer by"), "{boxed}");
    assert_eq!(page.text_of(&format!("countdown-{request_id}")).as_deref(), Some("7 days left"));
    // the question is escaped, its line break kept for the stylesheet's pre-wrap
    assert!(
        page.body.contains("Please send the signed delivery note.\nThe one for INV-1001 &#60;b&#62;only&#60;/b&#62;.")
            || page
                .body
                .contains("Please send the signed delivery note.\nThe one for INV-1001 &lt;b&gt;only&lt;/b&gt;.")
    );
    assert!(!page.body.contains("<b>only</b>"));
    let form = page.body.split(&format!("id=\"answer-{request_id}\"")).nth(1).expect("an answer form");
    let form = &form[..form.find("</form>").unwrap()];
    assert!(page.body.contains("enctype=\"multipart/form-data\" class=\"message-form\" id=\"answer-"));
    assert!(form.contains(&format!("name=\"in_reply_to\" value=\"{request_id}\"")), "{form}");
    assert!(form.contains("name=\"csrf_token\"") && form.contains("type=\"file\"") && form.contains("<textarea"));
    // the thread shows the partner's message with the partner's name
    let thread = page.text_of("timeline").unwrap();
    assert!(
        thread.contains("Sandbox Forderungsmanagement Nord") && thread.contains("Needs your answer by"),
        "{thread}"
    );

    let answered = app
        .submit_files(
            &format!("/claims/{id}"),
            &format!("/claims/{id}/messages"),
            &[("in_reply_to", &request_id), ("message", "Here it is.\nSigned on delivery.")],
            &[("files", "delivery-note.pdf", "application/pdf", PDF)],
        )
        .await;
    assert_eq!(answered.status, StatusCode::SEE_OTHER, "{}", answered.body);
    assert_eq!(answered.location.as_deref(), Some(format!("/claims/{id}").as_str()));

    let claim = app.claim(&key, &id).await;
    assert_eq!(claim["open_requests"], json!([]), "{claim}");
    let mine = claim["messages"].as_array().unwrap().iter().find(|m| m["from"] == "creditor").expect("the answer");
    assert_eq!(mine["message"], "Here it is.\nSigned on delivery.");
    assert_eq!(mine["in_reply_to"], request_id.as_str());
    assert_eq!(mine["documents"][0]["name"], "delivery-note.pdf");
    assert_eq!(mine["documents"][0]["media_type"], "application/pdf");
    assert_eq!(claim["documents"].as_array().unwrap().len(), 1);

    let page = app.get_page(&format!("/claims/{id}")).await;
    assert!(page.body.contains("Your answer is on its way to the partner."));
    assert!(page.text_of(&format!("request-{request_id}")).is_none(), "an answered request is no longer open");
    let thread = page.text_of("timeline").unwrap();
    assert!(thread.contains("You") && thread.contains("delivery-note.pdf"), "{thread}");
    assert!(thread.contains("waiting to be delivered"), "{thread}");
    let doc_id = mine["documents"][0]["id"].as_str().unwrap();
    let download = app.client.get(app.url(&format!("/claims/{id}/documents/{doc_id}"))).send().await.unwrap();
    assert_eq!(download.status(), StatusCode::OK);
    assert!(download.headers()["content-disposition"].to_str().unwrap().starts_with("attachment"));
    assert_eq!(download.bytes().await.unwrap().as_ref(), PDF);
}

#[tokio::test]
async fn a_renamed_program_is_refused_by_name_and_nothing_is_stored() {
    let app = spawn_app().await;
    let (id, key, partner) = creditor_with_claim(&app, "anna@nordictools.example").await;
    let request_id = request(&app, &key, &id, &partner, "Send the contract.", &days_from_today(&app, -2)).await;
    let page = app.get_page(&format!("/claims/{id}")).await;
    assert_eq!(page.text_of(&format!("countdown-{request_id}")).as_deref(), Some("overdue by 2 days"));

    let refused = app
        .submit_files(
            &format!("/claims/{id}"),
            &format!("/claims/{id}/messages"),
            &[("in_reply_to", &request_id), ("message", "The contract and the invoice.")],
            &[("files", "invoice.pdf", "application/pdf", PDF), ("files", "contract.pdf", "application/pdf", EXE)],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let error = refused.text_of(&format!("e-reply-{request_id}-files")).expect("the error next to the files");
    assert!(error.contains("contract.pdf") && error.contains("is not a PDF"), "{error}");
    assert!(!error.contains("x-document-name") && !error.contains("content-type"), "{error}");
    // what was typed is kept
    assert!(refused.body.contains("The contract and the invoice.</textarea>"));
    let claim = app.claim(&key, &id).await;
    assert_eq!(claim["documents"], json!([]), "no file stored");
    assert_eq!(claim["open_requests"], json!([request_id]));
    assert!(claim["messages"].as_array().unwrap().iter().all(|m| m["from"] != "creditor"));

    // an empty message is refused next to its field, in plain words
    let empty =
        app.submit_files(&format!("/claims/{id}"), &format!("/claims/{id}/messages"), &[("message", "  ")], &[]).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(empty.text_of("e-write-message").as_deref(), Some("Write your message"));
}

#[tokio::test]
async fn the_claims_list_and_the_api_show_which_claims_need_an_answer() {
    let app = spawn_app().await;
    let (id, key, partner) = creditor_with_claim(&app, "anna@nordictools.example").await;
    let other = app.submit("/claims/new", "/claims/new", &pairs(&claim_form("DE", "300.00", "EUR"))).await;
    let other_id = other.location.unwrap().trim_start_matches("/claims/").to_string();
    let list = app.get_page("/claims").await;
    assert!(!list.body.contains("Needs your answer"));

    request(&app, &key, &id, &partner, "Is the debtor's address current?", &days_from_today(&app, 3)).await;
    let list = app.get_page("/claims").await;
    let row = |claim: &str| {
        let start = list.body.find(&format!("data-claim=\"{claim}\"")).unwrap();
        let end = start + list.body[start..].find("</tr>").unwrap();
        list.body[start..end].to_string()
    };
    assert!(row(&id).contains("Needs your answer"), "{}", row(&id));
    assert!(!row(&other_id).contains("Needs your answer"));

    let (status, api) = app.get_json(&key, "/api/v1/claims").await;
    assert_eq!(status, StatusCode::OK);
    let needs = |claim: &str| {
        api["items"].as_array().unwrap().iter().find(|c| c["id"] == claim).unwrap()["needs_answer"].clone()
    };
    assert_eq!(needs(&id), json!(true));
    assert_eq!(needs(&other_id), json!(false));
}

#[tokio::test]
async fn documents_money_and_the_statement_on_the_case_page() {
    let app = spawn_app().await;
    let (id, key, _) = creditor_with_claim(&app, "anna@nordictools.example").await;
    let page = app.get_page(&format!("/claims/{id}")).await;
    assert!(page.text_of("no-documents").unwrap().starts_with("No documents yet."));
    assert!(
        page.text_of("no-messages")
            .unwrap()
            .contains("No messages yet. The partner writes here when it needs something.")
    );
    assert!(page.text_of("money-outstanding").unwrap().ends_with(" EUR"), "principal with interest and compensation");
    assert!(page.body.contains("Download the statement (CSV)") && page.body.contains("Printable statement"));

    // documents, several at once
    let added = app
        .submit_files(
            &format!("/claims/{id}"),
            &format!("/claims/{id}/documents"),
            &[],
            &[
                ("files", "invoice.pdf", "application/pdf", PDF),
                ("files", "notes.txt", "text/plain", b"Delivered on 3 May.\n"),
            ],
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    let page = app.get_page(&format!("/claims/{id}")).await;
    assert!(page.body.contains("2 documents were added to the case."));
    let list = page.text_of("document-list").unwrap();
    assert!(list.contains("invoice.pdf") && list.contains("notes.txt") && list.contains("added by you"), "{list}");
    assert!(list.contains("PDF, ") && list.contains("plain text file, ") && !list.contains("application/"), "{list}");
    let none = app.submit_files(&format!("/claims/{id}"), &format!("/claims/{id}/documents"), &[], &[]).await;
    assert_eq!(none.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(none.text_of("e-documents-files").as_deref(), Some("Choose at least one file"));

    // a payment the debtor made to the creditor directly; errors by field first
    let future = days_from_today(&app, 3);
    let bad = app
        .submit(
            &format!("/claims/{id}"),
            &format!("/claims/{id}/direct-payments"),
            &[("amount", "abc"), ("received_on", &future)],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.text_of("e-amount").is_some(), "{}", bad.body);
    assert!(bad.text_of("e-received_on").unwrap().contains("lies in the future"));
    assert_eq!(bad.input_value("amount").as_deref(), Some("abc"));
    let today = app.state.today().to_string();
    let paid = app
        .submit(
            &format!("/claims/{id}"),
            &format!("/claims/{id}/direct-payments"),
            &[("amount", "200.00"), ("received_on", &today)],
        )
        .await;
    assert_eq!(paid.status, StatusCode::SEE_OTHER, "{}", paid.body);
    let page = app.get_page(&format!("/claims/{id}")).await;
    assert_eq!(page.text_of("money-direct").as_deref(), Some("200.00 EUR"));
    assert_eq!(page.text_of("money-collected").as_deref(), Some("200.00 EUR"));
    let claim = app.claim(&key, &id).await;
    assert_eq!(claim["balance"]["collected"], json!({"amount": "200.00", "currency": "EUR"}));

    // the statement as CSV and as a page to print
    let csv = app.client.get(app.url(&format!("/claims/{id}/statement.csv"))).send().await.unwrap();
    assert_eq!(csv.status(), StatusCode::OK);
    assert!(csv.headers()["content-disposition"].to_str().unwrap().starts_with("attachment"));
    assert!(csv.headers()["content-type"].to_str().unwrap().starts_with("text/csv"));
    let text = csv.text().await.unwrap();
    assert!(text.contains("200.00"), "{text}");
    let printable = app.get_page(&format!("/claims/{id}/statement")).await;
    assert_eq!(printable.status, StatusCode::OK);
    let lines = printable.text_of("statement-lines").unwrap();
    assert!(lines.contains("Claimed principal") && lines.contains("Direct payment"), "{lines}");
    assert!(printable.text_of("statement-outstanding").is_some());
}

#[tokio::test]
async fn another_creditor_cannot_reach_the_documents_or_the_statement() {
    let app = spawn_app().await;
    let (id, key, _) = creditor_with_claim(&app, "anna@nordictools.example").await;
    let added = app
        .submit_files(
            &format!("/claims/{id}"),
            &format!("/claims/{id}/documents"),
            &[],
            &[("files", "invoice.pdf", "application/pdf", PDF)],
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER);
    let claim = app.claim(&key, &id).await;
    let doc_id = claim["documents"][0]["id"].as_str().unwrap().to_string();

    let other = app.with_client(crate::helpers::browser());
    other.sign_up("Other AB", "bo@other.example").await;
    for path in [
        format!("/claims/{id}/documents/{doc_id}"),
        format!("/claims/{id}/statement.csv"),
        format!("/claims/{id}/statement"),
    ] {
        let answer = other.get_page(&path).await;
        assert_eq!(answer.status, StatusCode::NOT_FOUND, "{path}");
        assert!(!answer.body.contains("%PDF"), "{path}");
    }
    let refused = other
        .submit_files("/claims", &format!("/claims/{id}/documents"), &[], &[("files", "x.pdf", "application/pdf", PDF)])
        .await;
    assert_eq!(refused.status, StatusCode::NOT_FOUND);
    assert_eq!(app.claim(&key, &id).await["documents"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn a_claim_is_filed_with_its_documents_and_a_bad_file_files_nothing() {
    let app = spawn_app().await;
    app.sign_up("Nordic Tools AB", "anna@nordictools.example").await;
    let form = claim_form("DE", "1200.00", "EUR");
    let bad = app
        .submit_files(
            "/claims/new",
            "/claims/new",
            &pairs(&form),
            &[("documents", "invoice.pdf", "application/pdf", EXE)],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY, "{}", bad.body);
    assert!(bad.field_error("documents").unwrap().contains("invoice.pdf"));
    assert!(bad.text_of("choose-files-again").is_some());
    let summary = bad.text_of("error-summary").unwrap();
    assert!(summary.contains("Documents: \"invoice.pdf\"") && !summary.contains("documents:"), "{summary}");
    assert_eq!(bad.input_value("debtor.name").as_deref(), Some("Muster Handel GmbH"), "what was typed is kept");
    assert_eq!(app.stored_claims().await, 0);

    let filed = app
        .submit_files(
            "/claims/new",
            "/claims/new",
            &pairs(&form),
            &[("documents", "invoice.pdf", "application/pdf", PDF)],
        )
        .await;
    assert_eq!(filed.status, StatusCode::SEE_OTHER, "{}", filed.body);
    let location = filed.location.unwrap();
    let page = app.get_page(&location).await;
    assert!(page.text_of("document-list").unwrap().contains("invoice.pdf"));
}

#[tokio::test]
async fn notification_settings_are_saved() {
    let app = spawn_app().await;
    app.sign_up("Nordic Tools AB", "anna@nordictools.example").await;
    let account = app.get_page("/account").await;
    assert!(account.body.contains("E-mail notifications"));
    let saved = app.submit("/account", "/account/notifications", &[("notify_money", "true")]).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let account = app.get_page("/account").await;
    assert!(account.body.contains("Saved"));
    let checked = |name: &str| {
        let start = account.body.find(&format!("name=\"{name}\"")).unwrap();
        account.body[start..start + account.body[start..].find('>').unwrap()].contains("checked")
    };
    assert!(!checked("notify_requests") && checked("notify_money") && !checked("notify_closed"));
    let refused = app.post_form("/account/notifications", &[("notify_money", "true")]).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN, "no CSRF token, no change");
}

async fn operator(app: &TestApp) {
    let token = app.state.operator_token.to_string();
    let signin = app.submit("/operator", "/operator/signin", &[("token", &token)]).await;
    assert_eq!(signin.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn the_operator_sees_silent_partners_and_sent_mail_but_no_clock_without_test_clock() {
    let app = spawn_app().await;
    assert_eq!(app.get_page("/operator/mail").await.status, StatusCode::NOT_FOUND, "operators only");
    operator(&app).await;
    let page = app.get_page("/operator").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("Partners silent on open cases") && page.text_of("no-silent").is_some());
    assert!(page.body.contains("href=\"/operator/mail\""));
    assert!(page.text_of("test-clock").is_none() && !page.body.contains("action=\"/operator/clock\""));

    let mail = app.get_page("/operator/mail").await;
    assert_eq!(mail.status, StatusCode::OK);
    assert!(mail.text_of("no-mail").is_some());
    let dir = app.state.data_dir.join(crossclaim::mail::MAIL_DIR);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("m_test1.eml"),
        "To: anna@nordictools.example\r\nSubject: A partner needs your answer\r\nDate: Mon, 23 Nov 2026 10:00:00 +0000\r\n\r\n<b>Hello</b>\r\n",
    )
    .unwrap();
    let mail = app.get_page("/operator/mail").await;
    let listed = mail.text_of("sent-mail").unwrap();
    assert!(listed.contains("anna@nordictools.example") && listed.contains("A partner needs your answer"), "{listed}");
    let one = app.client.get(app.url("/operator/mail/m_test1.eml")).send().await.unwrap();
    assert_eq!(one.status(), StatusCode::OK);
    assert_eq!(one.headers()["content-type"], "text/plain; charset=utf-8");
    assert_eq!(one.headers()["x-content-type-options"], "nosniff");
    assert!(one.text().await.unwrap().contains("<b>Hello</b>"));
    assert_eq!(app.get_page("/operator/mail/..%2Fportal.db").await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn with_the_test_clock_the_operator_moves_it_from_the_page() {
    let app = spawn_app_with(&["--test-clock", "true"]).await;
    operator(&app).await;
    let page = app.get_page("/operator").await;
    let today = app.state.today().to_string();
    assert_eq!(page.text_of("clock-today").as_deref(), Some(today.as_str()));
    assert!(page.body.contains("action=\"/operator/clock\""));
    let moved = app.submit("/operator", "/operator/clock", &[("advance_days", "3")]).await;
    assert_eq!(moved.status, StatusCode::SEE_OTHER);
    let page = app.get_page("/operator").await;
    let later =
        (chrono::NaiveDate::parse_from_str(&today, "%Y-%m-%d").unwrap() + chrono::Duration::days(3)).to_string();
    assert_eq!(page.text_of("clock-today").as_deref(), Some(later.as_str()));
}

#[tokio::test]
async fn a_withdrawn_claim_takes_no_more_messages_documents_or_payments() {
    let app = spawn_app().await;
    let (id, key, partner) = creditor_with_claim(&app, "anna@nordictools.example").await;
    request(&app, &key, &id, &partner, "Send the contract.", &days_from_today(&app, 7)).await;
    let withdrawn = app.submit(&format!("/claims/{id}"), &format!("/claims/{id}/withdraw"), &[]).await;
    assert_eq!(withdrawn.status, StatusCode::SEE_OTHER);
    let page = app.get_page(&format!("/claims/{id}")).await;
    assert!(page.text_of("withdrawn-note").is_some());
    for form in ["write-form", "documents-form", "payment-form", "requests"] {
        assert!(!page.body.contains(&format!("id=\"{form}\"")), "{form} is gone");
    }
    // a form sent anyway is refused as a notice, and nothing is stored
    let sent = app
        .submit_files(&format!("/claims/{id}"), &format!("/claims/{id}/messages"), &[("message", "Hello?")], &[])
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    let page = app.get_page(&format!("/claims/{id}")).await;
    assert!(page.text_of("flash").unwrap().starts_with("Your message was not sent: the case is withdrawn"));
    assert!(app.claim(&key, &id).await["messages"].as_array().unwrap().iter().all(|m| m["from"] != "creditor"));
}
