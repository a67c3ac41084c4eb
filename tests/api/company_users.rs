//! Accounts a company can run: e-mail verification, password reset, a new address,
//! colleagues with roles, who did what on a claim, company details with a payout account
//! that the partner receives, and the pages a business buyer looks for.

use std::time::Duration;

use reqwest::StatusCode;
use serde_json::json;

use crate::case_support::WITH_SANDBOX;
use crate::helpers::{TestApp, browser, claim_body, claim_form, id_of, link_in, pairs, spawn_app, spawn_app_with};
use crate::smtp::SmtpServer;

const PASSWORD: &str = "a long enough password";

/// Signs up through the form without confirming the address.
async fn sign_up_only(app: &TestApp, company: &str, email: &str) {
    let page = app
        .submit(
            "/signup",
            "/signup",
            &[
                ("name", company),
                ("registration_number", "556677-8899"),
                ("country", "SE"),
                ("email", email),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
}

async fn try_sign_in(app: &TestApp, email: &str, password: &str) -> crate::helpers::Page {
    app.submit("/signin", "/signin", &[("email", email), ("password", password), ("next", "/claims")]).await
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

#[tokio::test]
async fn sign_up_is_confirmed_by_the_link_in_the_mail_once() {
    let app = spawn_app().await;
    sign_up_only(&app, "Nordic Tools AB", "anna@nordictools.example").await;
    let mails = app.mails_to("anna@nordictools.example");
    assert_eq!(mails.len(), 1, "{mails:?}");
    assert_eq!(mails[0].0, "Confirm your e-mail address for CrossClaim");
    // before the link is opened the right password does not open the account, and says why
    let refused = try_sign_in(&app, "anna@nordictools.example", PASSWORD).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(refused.text_of("signin-error").unwrap().contains("confirm your e-mail address first"));
    assert!(refused.body.contains("action=\"/verify/resend\""));
    // a wrong or made-up token is no link
    assert_eq!(app.get_page("/verify/not-a-token").await.status, StatusCode::GONE);
    let link = app.link_in_mail("anna@nordictools.example", "/verify/").await;
    let opened = app.get_page(&link).await;
    assert_eq!(opened.status, StatusCode::SEE_OTHER);
    assert_eq!(app.get_page(&link).await.status, StatusCode::GONE, "a link works once");
    assert_eq!(try_sign_in(&app, "anna@nordictools.example", PASSWORD).await.status, StatusCode::SEE_OTHER);
    let account = app.get_page("/account").await;
    assert_eq!(account.text_of("my-role").as_deref(), Some("Administrator"));
}

#[tokio::test]
async fn a_new_confirmation_link_replaces_the_old_one_and_mails_speak_the_page_language() {
    let app = spawn_app().await;
    let german = browser_in(&app, "de-DE,de;q=0.9");
    sign_up_only(&german, "Muster GmbH", "erika@muster.example").await;
    let (subject, text) = app.mails_to("erika@muster.example").pop().unwrap();
    assert_eq!(subject, "Bestätigen Sie Ihre E-Mail-Adresse für CrossClaim");
    assert!(text.contains("48 Stunden"), "{text}");
    let first = link_in(&text, "/verify/").unwrap();
    let page = german.submit("/signin", "/verify/resend", &[("email", "erika@muster.example")]).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    // an unknown address gets the same answer
    let unknown = german.submit("/signin", "/verify/resend", &[("email", "nobody@muster.example")]).await;
    assert_eq!((unknown.status, unknown.location), (page.status, page.location));
    assert_eq!(app.mails_to("erika@muster.example").len(), 2);
    assert_eq!(german.get_page(&first).await.status, StatusCode::GONE, "the older link stopped working");
    german.confirm_address("erika@muster.example").await;
    assert_eq!(try_sign_in(&german, "erika@muster.example", PASSWORD).await.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn a_password_reset_works_once_tells_nothing_and_signs_out_everywhere() {
    let app = spawn_app().await;
    app.sign_up("Nordic Tools AB", "anna@nordictools.example").await;
    let laptop = app.with_client(browser());
    laptop.sign_in("anna@nordictools.example", PASSWORD).await;
    app.sign_out().await;

    let known = app.submit("/password/forgot", "/password/forgot", &[("email", "Anna@NordicTools.example")]).await;
    let unknown = app.submit("/password/forgot", "/password/forgot", &[("email", "nobody@example.com")]).await;
    assert_eq!((known.status, &known.location), (unknown.status, &unknown.location), "the same answer");
    let flash = app.get_page("/signin").await.text_of("flash").unwrap_or_default();
    assert!(flash.contains("If an account has this address"), "{flash}");

    let link = app.link_in_mail("anna@nordictools.example", "/password/reset/").await;
    let form = app.get_page(&link).await;
    assert_eq!(form.status, StatusCode::OK);
    // a short password is refused, naming the field; the link still works
    let short = app.submit(&link, &link, &[("password", "short")]).await;
    assert_eq!(short.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(short.field_error("password").is_some());
    let done = app.submit(&link, &link, &[("password", "a brand new password")]).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    assert_eq!(app.get_page(&link).await.status, StatusCode::GONE, "used once");
    assert_eq!(try_sign_in(&app, "anna@nordictools.example", PASSWORD).await.status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        try_sign_in(&app, "anna@nordictools.example", "a brand new password").await.status,
        StatusCode::SEE_OTHER
    );
    // the laptop signed in with the old password is signed out
    assert_eq!(laptop.get_page("/account").await.status, StatusCode::SEE_OTHER);
    assert!(app.get_page("/password/reset/made-up").await.status == StatusCode::GONE);
}

#[tokio::test]
async fn a_reset_link_expires_after_an_hour_on_the_application_clock() {
    let app = spawn_app_with(&["--test-clock", "true"]).await;
    app.sign_up("Nordic Tools AB", "anna@nordictools.example").await;
    app.sign_out().await;
    app.submit("/password/forgot", "/password/forgot", &[("email", "anna@nordictools.example")]).await;
    let link = app.link_in_mail("anna@nordictools.example", "/password/reset/").await;
    assert_eq!(app.get_page(&link).await.status, StatusCode::OK);
    app.advance_days(1).await;
    let page = app.get_page(&link).await;
    assert_eq!(page.status, StatusCode::GONE);
    assert!(page.text_of("account-message").unwrap().contains("expired"));
}

#[tokio::test]
async fn a_new_address_counts_once_confirmed_and_the_password_changes_with_the_current_one() {
    let app = spawn_app().await;
    app.sign_up("Nordic Tools AB", "anna@nordictools.example").await;
    // wrong current password: refused, naming the field, nothing sent
    let page = app
        .submit("/account", "/account/email", &[("new_email", "anna.berg@example.com"), ("email_password", "wrong")])
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.field_error("email_password").unwrap().starts_with("Current password"));
    let page = app
        .submit("/account", "/account/email", &[("new_email", "not an address"), ("email_password", PASSWORD)])
        .await;
    assert!(page.field_error("new_email").unwrap().starts_with("E-mail"));
    assert!(app.mails_to("anna.berg@example.com").is_empty());

    let page = app
        .submit("/account", "/account/email", &[("new_email", "Anna.Berg@example.com"), ("email_password", PASSWORD)])
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    // until the link is opened the old address is the one
    assert_eq!(app.get_page("/account").await.text_of("my-email").as_deref(), Some("anna@nordictools.example"));
    let link = app.link_in_mail("anna.berg@example.com", "/account/email/").await;
    assert_eq!(app.get_page(&link).await.status, StatusCode::SEE_OTHER);
    assert_eq!(app.get_page(&link).await.status, StatusCode::GONE);
    assert_eq!(app.get_page("/account").await.text_of("my-email").as_deref(), Some("anna.berg@example.com"));
    app.sign_out().await;
    assert_eq!(try_sign_in(&app, "anna@nordictools.example", PASSWORD).await.status, StatusCode::UNAUTHORIZED);
    app.sign_in("anna.berg@example.com", PASSWORD).await;

    let page = app
        .submit(
            "/account",
            "/account/password",
            &[("current_password", PASSWORD), ("new_password", "another password 2")],
        )
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    app.sign_out().await;
    app.sign_in("anna.berg@example.com", "another password 2").await;
}

#[tokio::test]
async fn an_address_taken_meanwhile_is_not_taken_over() {
    let app = spawn_app().await;
    app.sign_up("Nordic Tools AB", "anna@nordictools.example").await;
    app.submit("/account", "/account/email", &[("new_email", "bo@other.example"), ("email_password", PASSWORD)]).await;
    let link = app.link_in_mail("bo@other.example", "/account/email/").await;
    let other = app.with_client(browser());
    other.sign_up("Other AB", "bo@other.example").await;
    let page = app.get_page(&link).await;
    assert_eq!(page.status, StatusCode::CONFLICT);
    assert_eq!(app.get_page("/account").await.text_of("my-email").as_deref(), Some("anna@nordictools.example"));
}

#[tokio::test]
async fn sign_in_limits_speak_the_page_language_with_retry_after() {
    let app = spawn_app_with(&["--auth-failures-per-account", "2"]).await;
    app.sign_up("Nordic Tools AB", "anna@nordictools.example").await;
    app.sign_out().await;
    let german = browser_in(&app, "de");
    for _ in 0..2 {
        assert_eq!(try_sign_in(&german, "anna@nordictools.example", "wrong").await.status, StatusCode::UNAUTHORIZED);
    }
    let csrf = german.get_page("/signin").await.csrf();
    let response = german
        .client
        .post(german.url("/signin"))
        .form(&[("csrf_token", csrf.as_str()), ("email", "anna@nordictools.example"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    let wait: u64 = response.headers()["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((1..=900).contains(&wait));
    let body = response.text().await.unwrap();
    assert!(body.contains("Zu viele Versuche"), "{body}");
}

/// An admin who invites `email` as `role`; returns the invitation link's path.
async fn invite(app: &TestApp, email: &str, role: &str) -> String {
    let page = app.submit("/account/users", "/account/users", &[("email", email), ("role", role)]).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    app.link_in_mail(email, "/invitation/").await
}

/// A colleague who accepts an invitation in a browser of their own, signed in.
async fn accept(app: &TestApp, link: &str, name: &str, email: &str) -> TestApp {
    let colleague = app.with_client(browser());
    let form = colleague.get_page(link).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains("Nordic Tools AB"), "the invitation names the company");
    let empty = colleague.submit(link, link, &[("name", " "), ("password", "colleague password")]).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.field_error("name").unwrap().starts_with("Your name"));
    let done = colleague.submit(link, link, &[("name", name), ("password", "colleague password")]).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    assert_eq!(colleague.get_page(link).await.status, StatusCode::GONE, "an invitation works once");
    colleague.sign_in(email, "colleague password").await;
    colleague
}

#[tokio::test]
async fn verification_invitation_and_reset_mails_reach_the_smtp_server_and_work() {
    let server = SmtpServer::start().await;
    let app = spawn_app_with(&["--smtp-url", &server.url()]).await;
    sign_up_only(&app, "Nordic Tools AB", "anna@nordictools.example").await;
    let wait = Duration::from_secs(10);
    let verify = server.wait_for(|m| m.envelope_to == ["anna@nordictools.example"], wait).await;
    assert_eq!(verify.subject, "Confirm your e-mail address for CrossClaim");
    let link = link_in(&verify.body, "/verify/").expect("a link in the mail");
    assert_eq!(app.get_page(&link).await.status, StatusCode::SEE_OTHER);
    app.sign_in("anna@nordictools.example", PASSWORD).await;

    let swedish = browser_in(&app, "sv");
    swedish.sign_in("anna@nordictools.example", PASSWORD).await;
    let page = swedish
        .submit("/account/users", "/account/users", &[("email", "bo@nordictools.example"), ("role", "member")])
        .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    let mail = server.wait_for(|m| m.envelope_to == ["bo@nordictools.example"], wait).await;
    assert_eq!(mail.subject, "Nordic Tools AB bjuder in dig till CrossClaim");
    let link = link_in(&mail.body, "/invitation/").expect("an invitation link");
    assert!(mail.body.contains("7 dagar"), "{}", mail.body);
    let bo = app.with_client(browser());
    let done = bo.submit(&link, &link, &[("name", "Bo Berg"), ("password", "colleague password")]).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    bo.sign_in("bo@nordictools.example", "colleague password").await;
    assert_eq!(bo.get_page("/account").await.text_of("my-role").as_deref(), Some("Member"));

    // a forgotten password: the reset link reaches the same server, in the page's language
    let german = browser_in(&app, "de");
    let asked = german.submit("/password/forgot", "/password/forgot", &[("email", "bo@nordictools.example")]).await;
    assert_eq!(asked.status, StatusCode::SEE_OTHER, "{}", asked.body);
    let reset = server
        .wait_for(|m| m.envelope_to == ["bo@nordictools.example"] && m.body.contains("/password/reset/"), wait)
        .await;
    assert!(reset.body.contains("Passwort"), "{}: {}", reset.subject, reset.body);
    let link = link_in(&reset.body, "/password/reset/").expect("a reset link");
    let done = german.submit(&link, &link, &[("password", "a brand new password")]).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    bo.sign_in("bo@nordictools.example", "a brand new password").await;
}

#[tokio::test]
async fn members_file_claims_but_only_admins_run_the_account() {
    let app = spawn_app().await;
    app.sign_up("Nordic Tools AB", "anna@nordictools.example").await;
    // an address that already has an account cannot be invited, and the form keeps what was typed
    let taken = app
        .submit("/account/users", "/account/users", &[("email", "anna@nordictools.example"), ("role", "member")])
        .await;
    assert_eq!(taken.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(taken.field_error("email").unwrap().contains("already has an account"));
    let bad_role =
        app.submit("/account/users", "/account/users", &[("email", "x@nordictools.example"), ("role", "owner")]).await;
    assert!(bad_role.field_error("role").unwrap().starts_with("Role"));
    assert_eq!(bad_role.input_value("email").as_deref(), Some("x@nordictools.example"));

    let link = invite(&app, "bo@nordictools.example", "member").await;
    let bo = accept(&app, &link, "Bo Berg", "bo@nordictools.example").await;
    let users = app.get_page("/account/users").await;
    assert!(users.text_of("users").unwrap().contains("Bo Berg"));

    // a member is refused every administrator's page and action, with a reason
    for path in ["/account/users", "/account/company"] {
        let page = bo.get_page(path).await;
        assert_eq!(page.status, StatusCode::FORBIDDEN, "{path}");
        assert!(page.body.contains("Only an administrator"), "{path}");
    }
    let account = bo.get_page("/account").await;
    assert!(account.text_of("member-note").is_some());
    assert!(!account.body.contains("/account/api-keys"), "no API key form for a member");
    for (action, fields) in [
        ("/account/api-keys", vec![("label", "mine")]),
        ("/account/users", vec![("email", "eve@nordictools.example"), ("role", "admin")]),
        ("/account/company", vec![("name", "Taken Over AB"), ("country", "SE")]),
        ("/account/notifications", vec![]),
    ] {
        let page = bo.submit("/account", action, &fields).await;
        assert_eq!(page.status, StatusCode::FORBIDDEN, "{action}");
    }
    // but a member files claims
    let page = bo.submit("/claims/new", "/claims/new", &pairs(&claim_form("DE", "1200.00", "EUR"))).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);

    // the last administrator stays one
    let anna_id = users.body.split("id=\"user-").nth(1).unwrap().split('"').next().unwrap().to_string();
    let demote = app.submit("/account/users", &format!("/account/users/{anna_id}/role"), &[("role", "member")]).await;
    assert_eq!(demote.status, StatusCode::FORBIDDEN);
    assert!(demote.body.contains("at least one administrator"));
    let remove = app.submit("/account/users", &format!("/account/users/{anna_id}/remove"), &[]).await;
    assert_eq!(remove.status, StatusCode::FORBIDDEN);

    // making Bo an administrator opens the pages for him at once
    let bo_id = users.body.split("id=\"user-").nth(2).unwrap().split('"').next().unwrap().to_string();
    let promote = app.submit("/account/users", &format!("/account/users/{bo_id}/role"), &[("role", "admin")]).await;
    assert_eq!(promote.status, StatusCode::SEE_OTHER);
    assert_eq!(bo.get_page("/account/users").await.status, StatusCode::OK);

    // another company cannot touch this company's users: 404
    let other = app.with_client(browser());
    other.sign_up("Other AB", "eve@other.example").await;
    for action in [format!("/account/users/{bo_id}/role"), format!("/account/users/{bo_id}/remove")] {
        let page = other.submit("/account/users", &action, &[("role", "member")]).await;
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{action}");
    }

    // removing Bo signs him out everywhere
    let removed = app.submit("/account/users", &format!("/account/users/{bo_id}/remove"), &[]).await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER);
    assert_eq!(bo.get_page("/claims").await.status, StatusCode::SEE_OTHER);
    let refused = try_sign_in(&bo, "bo@nordictools.example", "colleague password").await;
    assert_eq!(refused.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn the_timeline_names_the_colleague_who_did_it() {
    let app = spawn_app().await;
    app.sign_up("Nordic Tools AB", "anna@nordictools.example").await;
    let link = invite(&app, "bo@nordictools.example", "member").await;
    let bo = accept(&app, &link, "Bo Berg", "bo@nordictools.example").await;
    let filed = bo.submit("/claims/new", "/claims/new", &pairs(&claim_form("DE", "1200.00", "EUR"))).await;
    let location = filed.location.unwrap();
    let id = location.trim_start_matches("/claims/").to_string();
    let message = app.submit(&location, &format!("{location}/messages"), &[("message", "Any news?")]).await;
    assert_eq!(message.status, StatusCode::SEE_OTHER, "{}", message.body);

    let page = app.get_page(&location).await;
    let timeline = page.text_of("timeline").unwrap();
    assert!(timeline.contains("by Bo Berg"), "{timeline}");
    assert!(timeline.contains("by anna@nordictools.example"), "a user without a name is named by address: {timeline}");

    // the API shows who did it too, additively
    let key = app.submit("/account", "/account/api-keys", &[("label", "ERP")]).await.text_of("new-api-key").unwrap();
    let (status, claim) = app.get_json(&key, &format!("/api/v1/claims/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    let events = claim["events"].as_array().unwrap();
    assert_eq!(events[0]["by"]["name"], "Bo Berg", "{claim}");
    let messages = claim["messages"].as_array().unwrap();
    assert_eq!(messages[0]["by"]["name"], "anna@nordictools.example", "{claim}");
    // what is done over the API names no user
    let posted =
        app.post_json(&key, &format!("/api/v1/claims/{id}/messages"), &json!({"message": "From the ERP"})).await;
    assert_eq!(posted.0, StatusCode::CREATED, "{}", posted.1);
    let (_, claim) = app.get_json(&key, &format!("/api/v1/claims/{id}")).await;
    let last = claim["messages"].as_array().unwrap().last().unwrap().clone();
    assert_eq!(last["message"], "From the ERP");
    assert!(last.get("by").is_none(), "{last}");
}

#[tokio::test]
async fn company_details_check_the_bank_account_and_name_each_field() {
    let app = spawn_app().await;
    app.sign_up("Nordic Tools AB", "anna@nordictools.example").await;
    let german = browser_in(&app, "de");
    german.sign_in("anna@nordictools.example", PASSWORD).await;
    let form = |iban: &'static str, bic: &'static str| {
        vec![
            ("name", "Nordic Tools AB"),
            ("registration_number", "556677-8899"),
            ("country", "SE"),
            ("address_line", "Storgatan 1"),
            ("postal_code", "111 22"),
            ("city", "Stockholm"),
            ("contact_name", "Anna Berg"),
            ("contact_email", "ar@nordictools.example"),
            ("contact_phone", "+46 8 123 456"),
            ("iban", iban),
            ("bic", bic),
        ]
    };
    let bad =
        app.submit("/account/company", "/account/company", &form("SE45 5000 0000 0583 9825 7467", "ESSESES")).await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.field_error("iban").unwrap().starts_with("IBAN:"), "{:?}", bad.field_error("iban"));
    assert!(bad.field_error("bic").unwrap().starts_with("BIC:"));
    assert_eq!(bad.input_value("city").as_deref(), Some("Stockholm"), "nothing typed is lost");
    let bad =
        german.submit("/account/company", "/account/company", &form("SE45 5000 0000 0583 9825 7466", "DEUTQQFF")).await;
    assert!(bad.field_error("bic").unwrap().contains("Ländercode"), "{:?}", bad.field_error("bic"));
    let mismatch =
        app.submit("/account/company", "/account/company", &form("SE45 5000 0000 0583 9825 7466", "DEUTDEFF")).await;
    assert!(mismatch.field_error("bic").unwrap().contains("country"));
    let only_iban =
        app.submit("/account/company", "/account/company", &form("SE45 5000 0000 0583 9825 7466", "")).await;
    assert!(only_iban.field_error("bic").is_some());

    let saved =
        app.submit("/account/company", "/account/company", &form("se45 5000 0000 0583 9825 7466", "essesess")).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let page = app.get_page("/account/company").await;
    assert_eq!(page.input_value("iban").as_deref(), Some("SE45 5000 0000 0583 9825 7466"));
    assert_eq!(page.input_value("bic").as_deref(), Some("ESSESESS"));
    assert_eq!(page.input_value("contact_name").as_deref(), Some("Anna Berg"));
}

#[tokio::test]
async fn the_partner_receives_the_contact_and_the_payout_account() {
    let app = spawn_app_with(&WITH_SANDBOX).await;
    app.sign_up("Nordic Tools AB", "anna@nordictools.example").await;
    let saved = app
        .submit(
            "/account/company",
            "/account/company",
            &[
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
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let key = app.submit("/account", "/account/api-keys", &[("label", "ERP")]).await.text_of("new-api-key").unwrap();
    let id = id_of(&app.file_claim(&key, &claim_body("DE", "1200.00", "EUR")).await);
    app.wait_status(&key, &id, "received").await;
    let case = app.sandbox_case(&id).await;
    let creditor = &case["creditor"];
    assert_eq!(creditor["name"], "Nordic Tools AB");
    assert_eq!(
        creditor["contact"],
        json!({"name": "Anna Berg", "email": "ar@nordictools.example", "phone": "+46 8 123 456"})
    );
    assert_eq!(creditor["payout"], json!({"iban": "SE4550000000058398257466", "bic": "ESSESESS"}));
}

#[tokio::test]
async fn the_footer_leads_to_pricing_terms_privacy_contact_and_imprint_in_two_languages() {
    let app = spawn_app().await;
    let german = browser_in(&app, "de");
    for (client, pricing) in [(&app, "Pricing"), (&german, "Preise")] {
        for start in ["/", "/signin", "/quote", "/partners"] {
            let page = client.get_page(start).await;
            for path in ["/pricing", "/terms", "/privacy", "/contact", "/imprint"] {
                assert!(page.body.contains(&format!("href=\"{path}\"")), "{start} links {path}");
            }
            assert!(page.body.contains(pricing), "{start}");
        }
        for path in ["/pricing", "/terms", "/privacy", "/contact", "/imprint"] {
            let page = client.get_page(path).await;
            assert_eq!(page.status, StatusCode::OK, "{path}");
        }
    }
    let pricing = app.get_page("/pricing").await.text_of("legal-pricing").unwrap();
    assert!(pricing.contains("charges nothing on top of the collection partner's fees"), "{pricing}");
    let privacy = german.get_page("/privacy").await.text_of("legal-privacy").unwrap();
    assert!(privacy.contains("Unterauftragsverarbeiter"), "{privacy}");
    // signed in, the footer is there too
    app.sign_up("Nordic Tools AB", "anna@nordictools.example").await;
    assert!(app.get_page("/claims").await.body.contains("href=\"/privacy\""));
}
