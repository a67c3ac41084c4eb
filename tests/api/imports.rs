//! Bulk intake: a CSV of the template and UBL e-invoices become claims through the portal's
//! upload page and `POST /api/v1/imports`; a preview before anything is filed, filing in the
//! background, each claim group filed once however often the upload is retried, and an import
//! interrupted by a crash finished by the next process without doubles.

use std::time::Duration;

use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::{Page, TestApp, TestDb, days_ago, json_of, spawn_app};
use crate::processes::{PortalProcess, wait_for};

/// The template's header line.
pub const HEADER: &str = "debtor_name,debtor_registration_number,debtor_vat_number,debtor_country,debtor_address,\
debtor_postal_code,debtor_city,contact_name,contact_email,contact_phone,debtor_language,invoice_number,issue_date,\
due_date,amount,currency,reminders_sent,debtor_response,disputed,notes";

/// One valid row of the template: invoice `n` of debtor `debtor` in Germany.
pub fn row(debtor: usize, n: usize) -> Vec<String> {
    [
        format!("Muster Handel {debtor} GmbH"),
        format!("HRB {}", 10_000 + debtor),
        String::new(),
        "DE".into(),
        format!("Hauptstraße {}", debtor % 90 + 1),
        "10115".into(),
        "Berlin".into(),
        "Erika Muster".into(),
        format!("ap{debtor}@muster.example"),
        "+49 30 1234567".into(),
        "de".into(),
        format!("INV-{n:05}"),
        days_ago(90),
        days_ago(60),
        format!("{}.50", 100 + n),
        "EUR".into(),
        format!("{};{}", days_ago(45), days_ago(30)),
        "ignores".into(),
        "no".into(),
        "No answer to calls.".into(),
    ]
    .to_vec()
}

/// Column positions in [`HEADER`].
pub fn col(name: &str) -> usize {
    HEADER.split(',').position(|c| c == name).unwrap_or_else(|| panic!("no column {name}"))
}

pub fn csv_of(rows: &[Vec<String>]) -> String {
    let mut text = format!("{HEADER}\n");
    for row in rows {
        let cells: Vec<String> = row
            .iter()
            .map(|c| if c.contains([',', '"', ';']) { format!("\"{}\"", c.replace('"', "\"\"")) } else { c.clone() })
            .collect();
        text.push_str(&cells.join(","));
        text.push('\n');
    }
    text
}

/// The 1,000-row file: rows 0..200 are 100 debtors with two invoices each, the other 800 one
/// debtor each; 20 of those have one mistake each. Returns the file and, per bad row, its row
/// in the file (the header is row 1) and the column at fault.
pub fn thousand_rows() -> (String, Vec<(usize, &'static str)>) {
    let mistakes: [(&str, &str); 10] = [
        ("debtor_country", "XX"),
        ("amount", "12.345"),
        ("issue_date", "2026-13-45"),
        ("debtor_name", ""),
        ("contact_email", "not-an-address"),
        ("currency", "EURO"),
        ("due_date", ""),
        ("invoice_number", ""),
        ("disputed", "maybe"),
        ("amount", "-5.00"),
    ];
    let mut rows = Vec::new();
    let mut bad = Vec::new();
    for i in 0..1000 {
        let debtor = if i < 200 { i / 2 } else { i - 100 };
        let mut r = row(debtor, i);
        if i >= 300 && (i - 300) % 30 == 0 && bad.len() < 20 {
            let (column, value) = mistakes[bad.len() % mistakes.len()];
            r[col(column)] = value.to_string();
            bad.push((i + 2, column));
        }
        rows.push(r);
    }
    (csv_of(&rows), bad)
}

/// A `multipart/form-data` body with the given fields and files `(file name, media type, bytes)`
/// in the field `file`, as a browser sends it; its content type.
fn multipart(fields: &[(&str, &str)], files: &[(&str, &str, &[u8])]) -> (String, Vec<u8>) {
    let boundary = "----crossclaim-import-boundary-Qx7e";
    let mut body = Vec::new();
    for (name, value) in fields {
        body.extend_from_slice(
            format!("--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n").as_bytes(),
        );
    }
    for (file_name, media_type, bytes) in files {
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{file_name}\"\r\nContent-Type: {media_type}\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(b"\r\n");
    }
    body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    (format!("multipart/form-data; boundary={boundary}"), body)
}

/// Uploads files on the import page, as a signed-in creditor does.
pub async fn upload(app: &TestApp, files: &[(&str, &str, &[u8])]) -> Page {
    let csrf = app.get_page("/imports").await.csrf();
    let (content_type, body) = multipart(&[("csrf_token", &csrf)], files);
    let response =
        app.client.post(app.url("/imports")).header("content-type", content_type).body(body).send().await.unwrap();
    let status = response.status();
    let location = response.headers().get("location").and_then(|v| v.to_str().ok()).map(str::to_string);
    Page { status, location, body: response.text().await.unwrap() }
}

/// The rows and columns the preview lists as errors.
fn listed_errors(page: &Page) -> Vec<(usize, String)> {
    page.body
        .split("<tr class=\"row-error\" data-row=\"")
        .skip(1)
        .map(|part| {
            let row = part.split('"').next().unwrap().parse().unwrap();
            let column = part.split("data-column=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
            (row, column)
        })
        .collect()
}

/// Files the previewed import and waits until it is done; its progress as the page sees it.
async fn file_and_wait(app: &TestApp, import_path: &str) -> Value {
    let filed = app.submit(import_path, &format!("{import_path}/file"), &[]).await;
    assert_eq!(filed.status, StatusCode::SEE_OTHER, "{}", filed.body);
    wait_for("the import to be filed", Duration::from_secs(240), || async {
        let progress: Value =
            app.client.get(app.url(&format!("{import_path}/progress"))).send().await.ok()?.json().await.ok()?;
        (progress["status"] == "done").then_some(progress)
    })
    .await
}

#[tokio::test]
async fn a_thousand_rows_with_twenty_mistakes_preview_them_file_the_rest_once_and_a_reupload_files_nothing_new() {
    let app = spawn_app().await;
    app.sign_up("Nordic Tools AB", "ap@nordictools.example").await;
    let claims_page = app.get_page("/claims").await;
    assert!(claims_page.body.contains("href=\"/imports\""), "the claims list links to the import page");
    let template = app.client.get(app.url("/imports/template.csv")).send().await.unwrap();
    assert_eq!(template.status(), StatusCode::OK);
    assert!(template.text().await.unwrap().starts_with(HEADER), "the template's header is the documented one");

    let (file, bad) = thousand_rows();
    assert_eq!(bad.len(), 20);
    let uploaded = upload(&app, &[("overdue.csv", "text/csv", file.as_bytes())]).await;
    assert_eq!(uploaded.status, StatusCode::SEE_OTHER, "{}", uploaded.body);
    let import_path = uploaded.location.unwrap();
    let preview = app.get_page(&import_path).await;
    assert_eq!(preview.status, StatusCode::OK);
    assert_eq!(app.stored_claims().await, 0, "nothing is filed before the creditor says so");

    // exactly the twenty rows, each with its column
    let listed = listed_errors(&preview);
    let mut rows: Vec<usize> = listed.iter().map(|(r, _)| *r).collect();
    rows.dedup();
    assert_eq!(rows, bad.iter().map(|(r, _)| *r).collect::<Vec<_>>(), "{listed:?}");
    for (row, column) in &bad {
        assert!(listed.iter().any(|(r, c)| r == row && c == column), "row {row} is listed under {column}: {listed:?}");
    }
    assert!(preview.body.contains("12.345"), "the message says which amount is too precise");
    assert_eq!(preview.text_of("preview-summary").unwrap().split(' ').next(), Some("980"));
    // each claim with its partner and cost: two invoices of one debtor make one claim
    assert_eq!(preview.body.matches("class=\"import-claim\"").count(), 500, "the first page of claims");
    assert!(preview.body.contains("<td>2, 3</td>"), "rows 2 and 3 are one claim");
    assert!(preview.body.contains(" if collected"));

    let progress = file_and_wait(&app, &import_path).await;
    assert_eq!(progress["filed"], 980, "{progress}");
    assert_eq!(progress["failed"], 20, "{progress}");
    assert_eq!(app.stored_claims().await, 880, "100 debtors with two invoices, 780 with one");
    let done = app.get_page(&import_path).await;
    assert!(done.body.contains("class=\"claim-link\""), "each claim links to its page");

    // the same file again: every claim was filed before; nothing new is filed
    let again = upload(&app, &[("overdue.csv", "text/csv", file.as_bytes())]).await;
    let again_path = again.location.unwrap();
    let preview = app.get_page(&again_path).await;
    assert!(preview.body.contains("filed before"), "the preview shows the claims filed before");
    let progress = file_and_wait(&app, &again_path).await;
    assert_eq!(progress["filed"], 980, "{progress}");
    assert_eq!(app.stored_claims().await, 880, "a re-upload files nothing new");
}

/// A creditor with an API key on `db`, made as `crossclaim creditor create` makes one.
async fn api_key_on(url: &str) -> String {
    let store = crossclaim::db::Db::connect(url).unwrap();
    let new = crossclaim::accounts::NewCreditor {
        name: crossclaim::domain::text::Name::parse("Nordic Tools AB").unwrap(),
        registration_number: None,
        country: crossclaim::domain::country::Country::parse("SE").unwrap(),
        email: crossclaim::domain::text::Email::parse("ap@nordictools.example").unwrap(),
    };
    crossclaim::accounts::create_with_key(&store, new, "test").await.unwrap().1
}

async fn post_import(base: &str, key: &str, query: &str, content_type: &str, body: Vec<u8>) -> (StatusCode, Value) {
    let response = reqwest::Client::new()
        .post(format!("{base}/api/v1/imports{query}"))
        .bearer_auth(key)
        .header("content-type", content_type)
        .body(body)
        .send()
        .await
        .unwrap();
    json_of(response).await
}

async fn import_at(base: &str, key: &str, id: &str) -> (StatusCode, Value) {
    let response =
        reqwest::Client::new().get(format!("{base}/api/v1/imports/{id}")).bearer_auth(key).send().await.unwrap();
    json_of(response).await
}

#[tokio::test]
async fn an_import_interrupted_by_a_crash_is_finished_by_the_next_process_without_doubles() {
    crate::helpers::init_tracing();
    let db = TestDb::new();
    let data_dir = db.dir.join("data").display().to_string();
    let args: Vec<String> =
        ["--database-url", db.url.as_str(), "--data-dir", data_dir.as_str(), "--dispatcher", "false"]
            .iter()
            .map(|s| s.to_string())
            .collect();
    let mut first = PortalProcess::start(&args).await;
    let key = api_key_on(&db.url).await;
    let rows: Vec<Vec<String>> = (0..600).map(|i| row(i, i)).collect();
    let (status, created) = post_import(&first.url, &key, "", "text/csv", csv_of(&rows).into_bytes()).await;
    assert_eq!(status, StatusCode::ACCEPTED, "{created}");
    assert_eq!(created["status"], "running");
    let id = created["id"].as_str().unwrap().to_string();
    let url = first.url.clone();
    let before = wait_for("some claims to be filed", Duration::from_secs(120), || async {
        let (_, import) = import_at(&url, &key, &id).await;
        (import["filed"].as_i64().unwrap_or(0) >= 20).then_some(import)
    })
    .await;
    first.kill();
    assert_eq!(before["status"], "running", "killed in the middle: {}", before["filed"]);

    let second = PortalProcess::start(&args).await;
    let done = wait_for("the restarted portal to finish the import", Duration::from_secs(240), || async {
        let (_, import) = import_at(&second.url, &key, &id).await;
        (import["status"] == "done").then_some(import)
    })
    .await;
    assert_eq!(done["filed"], 600, "{}", done["failed"]);
    assert_eq!(done["failed"], 0);
    let mut claims: Vec<&str> =
        done["rows"].as_array().unwrap().iter().map(|r| r["claim_id"].as_str().unwrap()).collect();
    claims.sort();
    claims.dedup();
    assert_eq!(claims.len(), 600, "every row its own claim");
    let store = crossclaim::db::Db::connect(&db.url).unwrap();
    assert_eq!(store.run(crossclaim::db::claims::count_all).await.unwrap(), 600, "no claim was filed twice");
}

#[tokio::test]
async fn the_api_files_in_the_background_prices_on_a_dry_run_and_refuses_what_it_cannot_read() {
    let app = spawn_app().await;
    let key = app.api_creditor("ap@nordictools.example").await;
    let other = app.api_creditor("ap@other.example").await;
    let mut rows: Vec<Vec<String>> = (0..5).map(|i| row(i, i)).collect();
    rows[4][col("debtor_country")] = "XX".into();
    let body = csv_of(&rows).into_bytes();

    // a dry run checks and prices, and files nothing
    let (status, created) = post_import(&app.address, &key, "?dry_run=true", "text/csv", body.clone()).await;
    assert_eq!(status, StatusCode::ACCEPTED, "{created}");
    let (_, checked) = import_at(&app.address, &key, created["id"].as_str().unwrap()).await;
    assert_eq!(checked["status"], "done");
    assert_eq!(checked["dry_run"], true);
    assert_eq!(checked["rows"][0]["claim"]["partner_id"].as_str().map(|p| !p.is_empty()), Some(true), "{checked}");
    assert!(checked["rows"][0]["claim"]["cost_if_collected"]["amount"].is_string(), "{checked}");
    assert_eq!(checked["rows"][4]["errors"][0]["column"], "debtor_country", "{checked}");
    assert_eq!(checked["rows"][4]["row"], 6);
    assert_eq!(app.stored_claims().await, 0);

    // filed in the background
    let (status, created) = post_import(&app.address, &key, "", "text/csv; charset=utf-8", body.clone()).await;
    assert_eq!(status, StatusCode::ACCEPTED, "{created}");
    let id = created["id"].as_str().unwrap().to_string();
    let done = wait_for("the import", Duration::from_secs(60), || async {
        let (_, import) = import_at(&app.address, &key, &id).await;
        (import["status"] == "done").then_some(import)
    })
    .await;
    assert_eq!((done["total"].as_i64(), done["filed"].as_i64(), done["failed"].as_i64()), (Some(5), Some(4), Some(1)));
    assert!(done["rows"][0]["claim_id"].is_string());
    assert!(done["rows"][4]["claim_id"].is_null());
    assert_eq!(app.stored_claims().await, 4);

    // another creditor's import does not exist for this one
    let (status, _) = import_at(&app.address, &other, &id).await;
    assert_eq!(status, StatusCode::NOT_FOUND);

    // too many rows, a body too large, not CSV
    let many: Vec<Vec<String>> = (0..10_001).map(|i| row(i, i)).collect();
    let (status, answer) = post_import(&app.address, &key, "", "text/csv", csv_of(&many).into_bytes()).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{answer}");
    assert!(answer.to_string().contains("10,000"), "{answer}");
    let huge = vec![b'a'; 21 * 1024 * 1024];
    let (status, _) = post_import(&app.address, &key, "", "text/csv", huge).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    let (status, answer) = post_import(&app.address, &key, "", "text/csv", b"\x89PNG\r\n\x1a\n\0\0\0".to_vec()).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{answer}");
    assert!(answer.to_string().contains("not a CSV file"), "{answer}");
    let (status, answer) = post_import(&app.address, &key, "", "application/pdf", b"%PDF-1.4".to_vec()).await;
    assert_eq!(status, StatusCode::UNSUPPORTED_MEDIA_TYPE, "{answer}");
    let (status, answer) = post_import(&app.address, &key, "", "text/csv", b"name,amount\nA,1\n".to_vec()).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{answer}");
    assert!(answer.to_string().contains("\\\"name\\\""), "the answer names the unknown column: {answer}");
    assert_eq!(app.stored_claims().await, 4, "nothing half-written");
}

#[tokio::test]
async fn the_upload_page_speaks_the_creditors_language_and_names_what_is_wrong_with_a_file() {
    let app = spawn_app().await;
    app.sign_up("Nordic Tools AB", "ap@nordictools.example").await;
    let switched = app.post_form("/language", &[("lang", "de"), ("next", "/imports")]).await;
    assert_eq!(switched.status, StatusCode::SEE_OTHER);
    let page = app.get_page("/imports").await;
    assert!(page.body.contains("Rechnungen importieren"), "{}", page.body);
    assert!(page.body.contains("Vorlage herunterladen"));

    let refused = upload(&app, &[("notes.pdf", "application/pdf", b"%PDF-1.4")]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.field_error("file").unwrap().contains("CSV-Datei"), "{:?}", refused.field_error("file"));

    let mut rows: Vec<Vec<String>> = (0..3).map(|i| row(i, i)).collect();
    rows[1][col("issue_date")] = "31.12.2025".into();
    let uploaded = upload(&app, &[("offen.csv", "text/csv", csv_of(&rows).as_bytes())]).await;
    let preview = app.get_page(&uploaded.location.unwrap()).await;
    assert!(preview.body.contains("Vorschau"), "{}", preview.body);
    assert_eq!(listed_errors(&preview), vec![(3, "issue_date".to_string())]);
    assert!(preview.body.contains("2 Zeilen einreichen"), "the button in German");
}

const PEPPOL: &[u8] = include_bytes!("../fixtures/ubl/peppol-bis3-base-example.xml");
const INVOICE_DE: &[u8] = include_bytes!("../fixtures/imports/invoice-de.xml");
const INVOICE_FI: &[u8] = include_bytes!("../fixtures/imports/invoice-fi-no-email.xml");

/// A zip of `files` (stored, as some archivers write them).
fn zip_of(files: &[(&str, &[u8])]) -> Vec<u8> {
    use std::io::Write;
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, bytes) in files {
        zip.start_file(*name, options).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

/// The claim ids of a finished import's page, in order.
fn claim_links(page: &Page) -> Vec<String> {
    page.body
        .split("<a href=\"/claims/")
        .skip(1)
        .filter(|part| part.split('>').next().is_some_and(|tag| tag.contains("claim-link")))
        .map(|part| part.split('"').next().unwrap().to_string())
        .collect()
}

#[tokio::test]
async fn three_e_invoices_become_claims_with_their_xml_and_the_preview_asks_for_what_one_lacks() {
    let app = spawn_app().await;
    app.sign_up("Nordic Tools AB", "ap@nordictools.example").await;
    let zip = zip_of(&[("invoice-de.xml", INVOICE_DE), ("invoice-fi.xml", INVOICE_FI)]);
    let uploaded = upload(
        &app,
        &[("peppol-bis3-base-example.xml", "application/xml", PEPPOL), ("more-invoices.zip", "application/zip", &zip)],
    )
    .await;
    assert_eq!(uploaded.status, StatusCode::SEE_OTHER, "{}", uploaded.body);
    let import_path = uploaded.location.unwrap();
    let preview = app.get_page(&import_path).await;
    // the Finnish invoice has no e-mail address for its buyer: the preview asks for it
    assert_eq!(listed_errors(&preview), vec![(3, "contact_email".to_string())], "{}", preview.body);
    assert!(preview.body.contains("name=\"fill.3.contact_email\""), "a field for the missing value");
    assert!(preview.body.contains("Buyer Official Name (SE)"), "the Peppol buyer is the debtor");
    assert!(preview.body.contains("1,656.25") || preview.body.contains("1656.25"), "the amount due");
    assert_eq!(app.stored_claims().await, 0);

    let filled = app
        .submit(&import_path, &format!("{import_path}/fill"), &[("fill.3.contact_email", "matti@esimerkki.example")])
        .await;
    assert_eq!(filled.status, StatusCode::SEE_OTHER, "{}", filled.body);
    let preview = app.get_page(&import_path).await;
    assert!(listed_errors(&preview).is_empty(), "{}", preview.body);
    assert!(preview.body.contains("3 rows can be filed"), "{}", preview.text_of("preview-summary").unwrap_or_default());

    let progress = file_and_wait(&app, &import_path).await;
    assert_eq!(progress["filed"], 3, "{progress}");
    assert_eq!(app.stored_claims().await, 3);
    let done = app.get_page(&import_path).await;
    let claims = claim_links(&done);
    assert_eq!(claims.len(), 3, "{}", done.body);
    // each claim keeps its invoice's XML as its document
    for (claim, file) in claims.iter().zip(["peppol-bis3-base-example.xml", "invoice-de.xml", "invoice-fi.xml"]) {
        let page = app.get_page(&format!("/claims/{claim}")).await;
        assert!(page.body.contains(file), "claim {claim} keeps {file}");
        let link = page.body.split(&format!("/claims/{claim}/documents/")).nth(1).unwrap().split('"').next().unwrap();
        let xml = app.client.get(app.url(&format!("/claims/{claim}/documents/{link}"))).send().await.unwrap();
        let bytes = xml.bytes().await.unwrap();
        let expected: &[u8] = match file {
            "invoice-de.xml" => INVOICE_DE,
            "invoice-fi.xml" => INVOICE_FI,
            _ => PEPPOL,
        };
        assert_eq!(bytes.as_ref(), expected, "the XML as it came");
    }
}

#[tokio::test]
async fn an_e_invoice_over_the_api_is_priced_on_a_dry_run_and_filed_with_its_xml() {
    let app = spawn_app().await;
    let key = app.api_creditor("ap@nordictools.example").await;
    let (status, created) = post_import(&app.address, &key, "?dry_run=true", "application/xml", PEPPOL.to_vec()).await;
    assert_eq!(status, StatusCode::ACCEPTED, "{created}");
    let (_, checked) = import_at(&app.address, &key, created["id"].as_str().unwrap()).await;
    let row = &checked["rows"][0];
    assert_eq!(row["errors"], serde_json::json!([]), "{checked}");
    assert_eq!(row["claim"]["principal"]["amount"], "1656.25", "{checked}");
    assert_eq!(row["claim"]["principal"]["currency"], "EUR");

    let (status, created) = post_import(&app.address, &key, "", "application/xml", PEPPOL.to_vec()).await;
    assert_eq!(status, StatusCode::ACCEPTED, "{created}");
    let id = created["id"].as_str().unwrap().to_string();
    let done = wait_for("the import", Duration::from_secs(60), || async {
        let (_, import) = import_at(&app.address, &key, &id).await;
        (import["status"] == "done").then_some(import)
    })
    .await;
    let claim_id = done["rows"][0]["claim_id"].as_str().unwrap_or_else(|| panic!("{done}")).to_string();
    let (_, claim) = app.get_json(&key, &format!("/api/v1/claims/{claim_id}")).await;
    assert_eq!(claim["debtor"]["country"], "SE", "{claim}");
    assert_eq!(claim["documents"][0]["name"], "invoice.xml", "{claim}");
    assert_eq!(claim["documents"][0]["media_type"], "application/xml");

    // not an invoice
    let (status, answer) =
        post_import(&app.address, &key, "", "application/xml", b"<?xml version=\"1.0\"?><Order/>".to_vec()).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{answer}");
    assert!(answer.to_string().contains("not a UBL invoice"), "{answer}");
}
