//! Documents on a case over HTTP: the creditor's uploads and downloads with the API key, the
//! partner's signed like its events, each readable by the case's creditor and its current
//! partner only.

use chrono::Utc;
use crossclaim::webhooks::{Secret, sign};
use reqwest::StatusCode;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use crate::case_support::{PATIENCE, WITH_SANDBOX};
use crate::helpers::{TestApp, claim_body, id_of, json_of, spawn_app, spawn_app_with};
use crate::live_support::Partner;
use crate::processes::wait_for;

const PDF: &[u8] = b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n";

/// The start of a Windows program: what an `.exe` holds whatever it is called.
fn windows_program() -> Vec<u8> {
    let mut exe = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xFF\xFF\x00\x00\xB8\x00".to_vec();
    exe.extend_from_slice(&[0u8; 40]);
    exe.extend_from_slice(b"\x0E\x1F\xBA\x0E\x00\xB4\x09\xCD\x21This program cannot be run in DOS mode.\r\r\n$");
    exe
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

impl TestApp {
    async fn upload(&self, key: &str, id: &str, name: &str, media_type: &str, bytes: Vec<u8>) -> (StatusCode, Value) {
        let response = self
            .client
            .post(self.url(&format!("/api/v1/claims/{id}/documents")))
            .bearer_auth(key)
            .header("content-type", media_type)
            .header("x-document-name", name)
            .body(bytes)
            .send()
            .await
            .expect("upload");
        json_of(response).await
    }

    async fn download(&self, key: &str, id: &str, document_id: &str) -> reqwest::Response {
        self.client
            .get(self.url(&format!("/api/v1/claims/{id}/documents/{document_id}")))
            .bearer_auth(key)
            .send()
            .await
            .expect("download")
    }

    /// A request to the partner's document endpoints, signed with `secret` over `body`.
    fn partner_request(
        &self,
        method: reqwest::Method,
        path: &str,
        secret: &Secret,
        webhook_id: &str,
        body: &[u8],
    ) -> reqwest::RequestBuilder {
        let now = Utc::now().timestamp();
        self.client
            .request(method, self.url(path))
            .header("webhook-id", webhook_id)
            .header("webhook-timestamp", now.to_string())
            .header("webhook-signature", sign(secret, webhook_id, now, body))
    }

    async fn partner_upload(
        &self,
        partner: &Partner,
        case_id: &str,
        webhook_id: &str,
        name: &str,
        bytes: &[u8],
    ) -> (StatusCode, Value) {
        let path = format!("/api/v1/partners/{}/cases/{case_id}/documents", partner.id);
        let response = self
            .partner_request(reqwest::Method::POST, &path, &partner.secret, webhook_id, bytes)
            .header("content-type", "application/pdf")
            .header("x-document-name", name)
            .body(bytes.to_vec())
            .send()
            .await
            .expect("partner upload");
        json_of(response).await
    }

    /// The partner downloads a document; signed over an empty body with `secret`.
    async fn partner_download(&self, partner_id: &str, secret: &Secret, case_id: &str, doc: &str) -> reqwest::Response {
        let path = format!("/api/v1/partners/{partner_id}/cases/{case_id}/documents/{doc}");
        let webhook_id = format!("dl-{}", ulid::Ulid::new());
        self.partner_request(reqwest::Method::GET, &path, secret, &webhook_id, b"").send().await.expect("download")
    }
}

#[tokio::test]
async fn the_creditor_adds_a_document_and_downloads_it_as_an_attachment() {
    let app = spawn_app().await;
    let key = app.api_creditor("ap@nordictools.example").await;
    let id = id_of(&app.file_claim(&key, &claim_body("DE", "1200.00", "EUR")).await);
    let (status, document) = app.upload(&key, &id, "INV-1001 signed.pdf", "application/pdf", PDF.to_vec()).await;
    assert_eq!(status, StatusCode::CREATED, "{document}");
    assert_eq!(document["name"], "INV-1001 signed.pdf");
    assert_eq!(document["media_type"], "application/pdf");
    assert_eq!(document["size"], PDF.len());
    assert_eq!(document["sha256"], sha256_hex(PDF));
    assert_eq!(document["added_by"], "creditor");
    let document_id = document["id"].as_str().unwrap().to_string();
    let claim = app.claim(&key, &id).await;
    assert_eq!(claim["documents"], json!([document]), "{claim}");

    let response = app.download(&key, &id, &document_id).await;
    assert_eq!(response.status(), StatusCode::OK);
    let headers = response.headers().clone();
    assert_eq!(headers["content-type"], "application/pdf");
    let disposition = headers["content-disposition"].to_str().unwrap();
    assert!(disposition.starts_with("attachment;") && disposition.contains("INV-1001 signed.pdf"), "{disposition}");
    assert_eq!(headers["x-content-type-options"], "nosniff");
    assert_eq!(response.bytes().await.unwrap().as_ref(), PDF);

    // another creditor sees neither the document nor the claim; another claim does not hold it
    let other = app.api_creditor("other@example.com").await;
    assert_eq!(app.download(&other, &id, &document_id).await.status(), StatusCode::NOT_FOUND);
    let (status, _) = app.upload(&other, &id, "x.pdf", "application/pdf", PDF.to_vec()).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (second, _) = app.claim_for(&key).await;
    assert_eq!(app.download(&key, &second, &document_id).await.status(), StatusCode::NOT_FOUND);
    assert_eq!(app.download(&key, &id, "doc_01NOSUCHDOCUMENT").await.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn uploads_that_are_too_large_or_not_what_they_claim_are_refused_naming_the_file() {
    let app = spawn_app().await;
    let key = app.api_creditor("ap@nordictools.example").await;
    let id = id_of(&app.file_claim(&key, &claim_body("DE", "1200.00", "EUR")).await);

    let (status, answer) = app.upload(&key, &id, "invoice.pdf", "application/pdf", windows_program()).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{answer}");
    assert_eq!(answer["field"], "file");
    let error = answer["error"].as_str().unwrap();
    assert!(error.contains("invoice.pdf") && error.contains("Windows program"), "{error}");

    let mut huge = PDF.to_vec();
    huge.resize(25 * 1024 * 1024, b' ');
    let (status, answer) = app.upload(&key, &id, "scan-of-everything.pdf", "application/pdf", huge).await;
    assert!(
        status == StatusCode::PAYLOAD_TOO_LARGE || status == StatusCode::UNPROCESSABLE_ENTITY,
        "{status}: {answer}"
    );
    assert!(answer["error"].as_str().unwrap().contains("scan-of-everything.pdf"), "{answer}");

    for (name, media_type, bytes, field) in [
        ("page.html", "text/html", b"<html><script>alert(1)</script></html>".to_vec(), "file"),
        ("invoice\u{202E}fdp.exe", "application/pdf", PDF.to_vec(), "x-document-name"),
        ("empty.pdf", "application/pdf", Vec::new(), "file"),
        ("invoice.pdf", "image/png", PDF.to_vec(), "content-type"),
    ] {
        let (status, answer) = app.upload(&key, &id, name, media_type, bytes).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{name}: {answer}");
        assert_eq!(answer["field"], field, "{name}: {answer}");
    }
    let response = app
        .client
        .post(app.url(&format!("/api/v1/claims/{id}/documents")))
        .bearer_auth(&key)
        .header("content-type", "application/pdf")
        .body(PDF.to_vec())
        .send()
        .await
        .unwrap();
    let (status, answer) = json_of(response).await;
    assert!(status.is_client_error() && answer["field"] == "x-document-name", "{status}: {answer}");
    assert_eq!(app.claim(&key, &id).await["documents"], json!([]), "nothing was stored");
}

#[tokio::test]
async fn the_partner_adds_and_reads_documents_of_its_own_cases_only() {
    let app = spawn_app_with(&WITH_SANDBOX).await;
    let key = app.api_creditor("ap@nordictools.example").await;
    let claim = app.file_claim(&key, &claim_body("DE", "1200.00", "EUR")).await;
    let id = id_of(&claim);
    let partner = app.partner(claim["partner"]["id"].as_str().unwrap());
    app.wait_status(&key, &id, "received").await;

    let letter = b"%PDF-1.4\n% demand letter sent to the debtor\n%%EOF\n";
    let (status, uploaded) = app.partner_upload(&partner, &id, "wh-doc-1", "demand-letter.pdf", letter).await;
    assert_eq!(status, StatusCode::CREATED, "{uploaded}");
    assert_eq!(uploaded["sha256"], sha256_hex(letter));
    assert_eq!(uploaded["size"], letter.len());
    let document_id = uploaded["id"].as_str().unwrap().to_string();
    // the same request again stores nothing more
    let (status, again) = app.partner_upload(&partner, &id, "wh-doc-1", "demand-letter.pdf", letter).await;
    assert!(status.is_success(), "{status}: {again}");
    assert_eq!(again["id"], document_id.as_str());
    let claim = app.claim(&key, &id).await;
    let documents = claim["documents"].as_array().unwrap();
    assert_eq!(documents.len(), 1, "{claim}");
    assert_eq!(documents[0]["added_by"], "partner");
    assert_eq!(documents[0]["name"], "demand-letter.pdf");
    // the creditor reads it
    let response = app.download(&key, &id, &document_id).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.bytes().await.unwrap().as_ref(), letter);

    // the partner reads the creditor's documents and its own
    let (status, mine) = app.upload(&key, &id, "contract.pdf", "application/pdf", PDF.to_vec()).await;
    assert_eq!(status, StatusCode::CREATED, "{mine}");
    for (doc, bytes) in [(mine["id"].as_str().unwrap(), PDF), (document_id.as_str(), letter.as_slice())] {
        let response = app.partner_download(&partner.id, &partner.secret, &id, doc).await;
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(response.headers()["x-content-type-options"], "nosniff");
        assert!(response.headers()["content-disposition"].to_str().unwrap().starts_with("attachment"));
        assert_eq!(response.bytes().await.unwrap().as_ref(), bytes);
    }
    // another partner, with its own valid signature, finds nothing; a bad signature is 401
    let other = app.other_partner(&partner.id);
    let response = app.partner_download(&other.id, &other.secret, &id, &document_id).await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    let (status, _) = app.partner_upload(&other, &id, "wh-doc-x", "intruder.pdf", PDF).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let response = app.partner_download(&partner.id, &Secret::generate(), &id, &document_id).await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    let response = app.partner_download(&partner.id, &other.secret, &id, &document_id).await;
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    let forged = Partner { id: partner.id.clone(), secret: Secret::generate() };
    let (status, _) = app.partner_upload(&forged, &id, "wh-doc-y", "forged.pdf", PDF).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    // a body changed after signing
    let path = format!("/api/v1/partners/{}/cases/{id}/documents", partner.id);
    let response = app
        .partner_request(reqwest::Method::POST, &path, &partner.secret, "wh-doc-z", PDF)
        .header("x-document-name", "changed.pdf")
        .body(letter.to_vec())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    // an .exe named .pdf is refused from the partner too
    let (status, answer) = app.partner_upload(&partner, &id, "wh-doc-exe", "court.pdf", &windows_program()).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{answer}");
    assert!(answer["error"].as_str().unwrap().contains("court.pdf"), "{answer}");

    // so is a file over 20 MiB, and the partner is told which
    let mut bundle = letter.to_vec();
    bundle.resize(21 * 1024 * 1024, b' ');
    let (status, answer) = app.partner_upload(&partner, &id, "wh-doc-big", "court-bundle.pdf", &bundle).await;
    assert!(
        status == StatusCode::PAYLOAD_TOO_LARGE || status == StatusCode::UNPROCESSABLE_ENTITY,
        "{status}: {answer}"
    );
    assert!(answer["error"].as_str().unwrap().contains("court-bundle.pdf"), "{answer}");

    let documents = app.claim(&key, &id).await["documents"].as_array().unwrap().len();
    assert_eq!(documents, 2, "the partner's letter and the creditor's contract");

    // the creditor's document added after the hand-over was announced to the partner, which
    // fetched it
    app.wait_delivery(&id, "document", "done").await;
    let case = wait_for("the partner to download the document", PATIENCE, || async {
        let case = app.sandbox_case(&id).await;
        (case["documents"][0]["downloaded"] == true).then_some(case)
    })
    .await;
    let known = case["documents"].as_array().unwrap();
    assert_eq!(known.len(), 1, "{case}");
    assert_eq!(known[0]["id"], mine["id"]);
    assert_eq!(known[0]["learned_from"], json!(["documents"]));
    assert_eq!(known[0]["sha256_verified"], true, "{case}");
}

#[tokio::test]
async fn a_document_added_before_the_hand_over_reaches_the_partner_once() {
    // filed, and a document added at once, while no dispatcher has handed the case over yet
    let app = spawn_app().await;
    let key = app.api_creditor("ap@nordictools.example").await;
    let id = id_of(&app.file_claim(&key, &claim_body("DE", "1200.00", "EUR")).await);
    let (status, document) = app.upload(&key, &id, "INV-1001.pdf", "application/pdf", PDF.to_vec()).await;
    assert_eq!(status, StatusCode::CREATED, "{document}");

    // an instance with a dispatcher hands the case over: the case document lists it, and
    // the partner hears of it that once
    let sender = crate::helpers::spawn_another_instance_with(&app, &WITH_SANDBOX).await;
    app.wait_status(&key, &id, "received").await;
    let case = wait_for("the partner to download the document", PATIENCE, || async {
        let case = sender.sandbox_case(&id).await;
        (case["documents"][0]["downloaded"] == true).then_some(case)
    })
    .await;
    let known = case["documents"].as_array().unwrap();
    assert_eq!(known.len(), 1, "{case}");
    assert_eq!(known[0]["id"], document["id"]);
    assert_eq!(known[0]["learned_from"], json!(["hand_over"]), "announced once: {case}");
    assert_eq!(known[0]["sha256_verified"], true);
    // its own announcement, queued with it, was settled by the hand-over
    let announcement = app.wait_delivery(&id, "document", "done").await;
    assert_eq!(
        announcement.last_error.as_deref(),
        Some("listed in the case document the partner accepted"),
        "{announcement:?}"
    );
}

#[tokio::test]
async fn a_document_added_while_the_hand_over_is_under_way_reaches_the_partner() {
    let app = spawn_app_with(&WITH_SANDBOX).await;
    // the partner takes its time answering the hand-over (within our timeout)
    app.sandbox_admin("behaviour", &json!({"hang": 1, "hang_ms": 1500})).await;
    let key = app.api_creditor("ap@nordictools.example").await;
    let id = id_of(&app.file_claim(&key, &claim_body("DE", "1200.00", "EUR")).await);
    wait_for("the hand-over to be under way", PATIENCE, || async {
        (app.sandbox_cases().await["requests"] == 1).then_some(())
    })
    .await;
    // the case document on its way cannot list what is added now
    let (status, document) = app.upload(&key, &id, "INV-1001.pdf", "application/pdf", PDF.to_vec()).await;
    assert_eq!(status, StatusCode::CREATED, "{document}");
    app.wait_status(&key, &id, "received").await;
    let case = wait_for("the partner to download the document", PATIENCE, || async {
        let case = app.sandbox_case(&id).await;
        (case["documents"][0]["downloaded"] == true).then_some(case)
    })
    .await;
    let known = case["documents"].as_array().unwrap();
    assert_eq!(known.len(), 1, "{case}");
    assert_eq!(known[0]["id"], document["id"]);
    assert_eq!(known[0]["learned_from"], json!(["documents"]), "{case}");
    assert_eq!(known[0]["sha256_verified"], true);
}

#[tokio::test]
async fn the_documents_of_a_declined_case_reach_the_partner_it_is_rerouted_to() {
    let mut args = WITH_SANDBOX.to_vec();
    args.extend(["--operator-token", "operator-token-for-tests"]);
    let app = spawn_app_with(&args).await;
    app.sandbox_admin("behaviour", &json!({"decline": 1})).await;
    let key = app.api_creditor("ap@nordictools.example").await;
    let id = id_of(&app.file_claim(&key, &claim_body("DE", "1200.00", "EUR")).await);
    let (status, before) = app.upload(&key, &id, "contract.pdf", "application/pdf", PDF.to_vec()).await;
    assert_eq!(status, StatusCode::CREATED, "{before}");
    app.wait_status(&key, &id, "declined").await;
    let (status, after) = app.upload(&key, &id, "INV-1001.pdf", "application/pdf", PDF.to_vec()).await;
    assert_eq!(status, StatusCode::CREATED, "{after}");

    let signin = app.submit("/operator", "/operator/signin", &[("token", "operator-token-for-tests")]).await;
    assert_eq!(signin.status, StatusCode::SEE_OTHER);
    let rerouted = app.submit("/operator", &format!("/operator/claims/{id}/reroute"), &[]).await;
    assert_eq!(rerouted.status, StatusCode::SEE_OTHER);
    // nothing moves until the creditor accepts the new partner's quote
    assert_eq!(app.claim(&key, &id).await["status"], "declined");
    app.accept_proposal(&key, &id).await;
    let claim = app.wait_status(&key, &id, "received").await;
    let new_partner = claim["partner"]["id"].as_str().unwrap().to_string();
    let case = wait_for("the new partner to download the documents", PATIENCE, || async {
        let case = app.sandbox_case(&id).await;
        let known = case["documents"].as_array().unwrap();
        (known.len() == 2 && known.iter().all(|d| d["downloaded"] == true)).then_some(case)
    })
    .await;
    assert_eq!(case["partner_id"], new_partner.as_str());
    let known = case["documents"].as_array().unwrap();
    let ids: Vec<&Value> = known.iter().map(|d| &d["id"]).collect();
    assert_eq!(ids, [&before["id"], &after["id"]], "{case}");
    assert!(known.iter().all(|d| d["learned_from"] == json!(["hand_over"])), "each once: {case}");
}
