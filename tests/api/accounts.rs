//! Sign-up, sign-in, sign-out, CSRF and sessions.

use reqwest::StatusCode;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use crossclaim::startup::Application;

use crate::helpers::{TestDb, browser, settings_for, spawn_another_instance_with, spawn_app, spawn_app_with};

#[tokio::test]
async fn sign_up_asks_to_sign_in_and_leads_to_the_claim_form() {
    let app = spawn_app().await;
    let page = app.sign_up("Nordic Tools AB", "anna@nordictools.example").await;
    assert_eq!(page.location.as_deref(), Some("/claims/new"));
    let form = app.get_page("/claims/new").await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.body.contains("Nordic Tools AB"), "signed in as the new account");
}

#[tokio::test]
async fn the_session_cookie_is_http_only_and_same_site() {
    let app = spawn_app().await;
    let response = app.client.get(app.url("/signup")).send().await.unwrap();
    let cookie = response.headers().get("set-cookie").expect("a session cookie").to_str().unwrap().to_string();
    assert!(cookie.starts_with("crossclaim_session="), "{cookie}");
    assert!(cookie.contains("HttpOnly"), "{cookie}");
    assert!(cookie.contains("SameSite=Lax"), "{cookie}");
    assert!(!cookie.contains("Secure"), "plain http in tests: {cookie}");
}

#[tokio::test]
async fn the_session_cookie_is_secure_when_the_public_url_is_https() {
    let app = spawn_app_with(&["--public-url", "https://portal.example"]).await;
    let response = app.client.get(app.url("/signup")).send().await.unwrap();
    let cookie = response.headers().get("set-cookie").expect("a session cookie").to_str().unwrap().to_string();
    assert!(cookie.starts_with("crossclaim_session="), "{cookie}");
    assert!(cookie.split(';').any(|part| part.trim() == "Secure"), "{cookie}");
    assert!(cookie.contains("HttpOnly"), "{cookie}");
}

/// A session key of `len` bytes, base64 as `SESSION_KEY` takes it.
fn session_key(len: usize, byte: u8) -> String {
    STANDARD.encode(vec![byte; len])
}

#[tokio::test]
async fn another_instance_with_the_same_session_key_accepts_the_session() {
    let key = session_key(64, 7);
    let first = spawn_app_with(&["--session-key", &key]).await;
    first.sign_up("Nordic Tools AB", "anna@nordictools.example").await;
    let same = spawn_another_instance_with(&first, &["--session-key", &key]).await;
    let other = spawn_another_instance_with(&first, &["--session-key", &session_key(64, 8)]).await;
    assert!(first.address != same.address && same.address != other.address);
    // the same browser (its cookie is for 127.0.0.1, whatever the port) on the second instance
    let page = first.client.get(same.url("/claims/new")).send().await.unwrap();
    assert_eq!(page.status(), StatusCode::OK);
    assert!(page.text().await.unwrap().contains("Nordic Tools AB"));
    // an instance with another key cannot read it: the visitor is signed out there
    let page = first.client.get(other.url("/claims/new")).send().await.unwrap();
    assert_eq!(page.status(), StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn a_session_key_under_64_bytes_is_refused_at_start() {
    let db = TestDb::new();
    for len in [32, 63] {
        let key = session_key(len, 7);
        let settings = settings_for(&db, &["--session-key", &key]);
        let err = Application::build(settings).await.err().expect("a short session key is refused");
        assert!(format!("{err:#}").contains("at least 64 bytes"), "{err:#}");
    }
    let key = session_key(64, 7);
    assert!(Application::build(settings_for(&db, &["--session-key", &key])).await.is_ok(), "64 bytes will do");
}

#[tokio::test]
async fn sign_in_and_out() {
    let app = spawn_app().await;
    app.sign_up("Nordic Tools AB", "anna@nordictools.example").await;
    app.sign_out().await;
    assert_eq!(app.get_page("/claims").await.status, StatusCode::SEE_OTHER, "signed out");

    let wrong = app
        .submit("/signin", "/signin", &[("email", "anna@nordictools.example"), ("password", "not the password")])
        .await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert!(wrong.body.contains("The e-mail address or the password is wrong."));
    assert_eq!(wrong.input_value("email").as_deref(), Some("anna@nordictools.example"), "the e-mail is kept");

    let unknown = app
        .submit("/signin", "/signin", &[("email", "nobody@example.com"), ("password", "a long enough password")])
        .await;
    assert_eq!(unknown.status, StatusCode::UNAUTHORIZED);
    assert!(unknown.body.contains("The e-mail address or the password is wrong."), "no hint which accounts exist");

    let ok = app
        .submit(
            "/signin",
            "/signin",
            &[
                ("email", "ANNA@nordictools.example"),
                ("password", "a long enough password"),
                ("next", "/claims?status=paid"),
            ],
        )
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    assert_eq!(ok.location.as_deref(), Some("/claims?status=paid"), "back to where the creditor was going");
    assert_eq!(app.get_page("/claims").await.status, StatusCode::OK);
}

#[tokio::test]
async fn sign_in_never_redirects_to_another_site() {
    let app = spawn_app().await;
    app.sign_up("Nordic Tools AB", "anna@nordictools.example").await;
    app.sign_out().await;
    let page = app
        .submit(
            "/signin",
            "/signin",
            &[
                ("email", "anna@nordictools.example"),
                ("password", "a long enough password"),
                ("next", "//evil.example/"),
            ],
        )
        .await;
    assert_eq!(page.location.as_deref(), Some("/claims"));
}

#[tokio::test]
async fn pages_behind_sign_in_redirect_and_come_back() {
    let app = spawn_app().await;
    let page = app.get_page("/claims/new").await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    assert_eq!(page.location.as_deref(), Some("/signin?next=%2Fclaims%2Fnew"));
    let signin = app.get_page(page.location.as_deref().unwrap()).await;
    assert_eq!(signin.input_value("next").as_deref(), Some("/claims/new"));
}

#[tokio::test]
async fn forms_without_the_csrf_token_are_refused_and_change_nothing() {
    let app = spawn_app().await;
    let fields = [
        ("name", "Nordic Tools AB"),
        ("registration_number", "556677-8899"),
        ("country", "SE"),
        ("email", "anna@nordictools.example"),
        ("password", "a long enough password"),
    ];
    // no token at all
    let page = app.post_form("/signup", &fields).await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    assert!(page.body.contains("did not come from this site"));
    // a token from another session (another browser)
    let other = crate::helpers::Page {
        status: StatusCode::OK,
        location: None,
        body: browser().get(app.url("/signup")).send().await.unwrap().text().await.unwrap(),
    };
    let mut forged = vec![("csrf_token", other.csrf())];
    forged.extend(fields.iter().map(|(k, v)| (*k, v.to_string())));
    let forged: Vec<(&str, &str)> = forged.iter().map(|(k, v)| (*k, v.as_str())).collect();
    app.get_page("/signup").await; // this browser has a session, with its own token
    assert_eq!(app.post_form("/signup", &forged).await.status, StatusCode::FORBIDDEN);
    // nothing was created: signing in fails
    let signin = app
        .submit("/signin", "/signin", &[("email", "anna@nordictools.example"), ("password", "a long enough password")])
        .await;
    assert_eq!(signin.status, StatusCode::UNAUTHORIZED);

    // signed in, a claim form without a token is refused too, and nothing is stored
    app.sign_up("Nordic Tools AB", "anna@nordictools.example").await;
    let claim = crate::helpers::claim_form("DE", "1200.00", "EUR");
    let page = app.post_form("/claims/new", &crate::helpers::pairs(&claim)).await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    assert_eq!(app.stored_claims().await, 0);
    // and sign-out without a token does not sign out
    assert_eq!(app.post_form("/signout", &[]).await.status, StatusCode::FORBIDDEN);
    assert_eq!(app.get_page("/claims").await.status, StatusCode::OK);
}

#[tokio::test]
async fn sign_up_names_each_bad_field_and_keeps_what_was_typed() {
    let app = spawn_app().await;
    let page = app
        .submit(
            "/signup",
            "/signup",
            &[
                ("name", "  "),
                ("registration_number", "556677-8899"),
                ("country", "SWE"),
                ("email", "anna(at)nordictools"),
                ("password", "short"),
            ],
        )
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(page.field_error("name").as_deref(), Some("This field is required"));
    assert!(
        page.field_error("country")
            .unwrap()
            .contains("“SWE” is a three-letter code; choose the country from the list (SE)")
    );
    assert!(page.field_error("email").unwrap().contains("not a valid e-mail address"));
    assert_eq!(page.field_error("password").as_deref(), Some("Use at least 10 characters"));
    assert!(page.field_error("registration_number").is_none());
    assert_eq!(page.input_value("registration_number").as_deref(), Some("556677-8899"));
    assert_eq!(page.input_value("email").as_deref(), Some("anna(at)nordictools"));
    assert_eq!(page.input_value("password").as_deref(), Some(""), "a password is never sent back");
}

#[tokio::test]
async fn an_e_mail_address_has_one_account_and_sign_up_does_not_tell() {
    let app = spawn_app().await;
    app.sign_up("Nordic Tools AB", "anna@nordictools.example").await;
    app.sign_out().await;
    // sign up once with a new address and once with the registered one (another case)
    let mut answers = Vec::new();
    for (name, email) in [("Fresh AB", "fresh@example.com"), ("Other AB", "Anna@NordicTools.example")] {
        let posted = app
            .submit(
                "/signup",
                "/signup",
                &[
                    ("name", name),
                    ("registration_number", "1"),
                    ("country", "se"),
                    ("email", email),
                    ("password", "another long password"),
                ],
            )
            .await;
        let next = app.get_page(posted.location.as_deref().unwrap_or("/")).await;
        answers.push((posted.status, posted.location, posted.body, next.status, next.text_of("flash")));
    }
    assert_eq!(answers[0].0, StatusCode::SEE_OTHER);
    assert!(answers[0].4.as_deref().is_some_and(|f| f.contains("confirm your address")), "{:?}", answers[0]);
    assert_eq!(answers[0], answers[1], "a registered address is answered exactly as a new one");
    // the existing account keeps its password and its name; the new one exists
    assert_eq!(app.sign_in("anna@nordictools.example", "a long enough password").await.status, StatusCode::SEE_OTHER);
    assert!(app.get_page("/account").await.body.contains("Nordic Tools AB"));
    app.sign_out().await;
    app.confirm_address("fresh@example.com").await;
    assert_eq!(app.sign_in("fresh@example.com", "another long password").await.status, StatusCode::SEE_OTHER);
    assert!(app.get_page("/account").await.body.contains("Fresh AB"));
}

#[tokio::test]
async fn api_keys_are_made_in_the_portal_shown_once_and_revocable() {
    let app = spawn_app().await;
    app.sign_up("Nordic Tools AB", "anna@nordictools.example").await;
    let account = app.get_page("/account").await;
    assert!(account.body.contains("No API keys yet."));
    let page = app.submit("/account", "/account/api-keys", &[("label", "ERP")]).await;
    assert_eq!(page.status, StatusCode::OK);
    let key = page.text_of("new-api-key").expect("the new key is shown");
    let (status, body) = app.get_json(&key, "/api/v1/claims").await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["items"].as_array().unwrap().len(), 0);
    let account = app.get_page("/account").await;
    assert!(!account.body.contains(&key), "the key is not shown again");
    assert!(account.body.contains("ERP"));
    // revoke it
    let key_id = account.body.split("/account/api-keys/").nth(1).unwrap().split('/').next().unwrap().to_string();
    let page = app.submit("/account", &format!("/account/api-keys/{key_id}/revoke"), &[]).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER);
    assert_eq!(app.get_json(&key, "/api/v1/claims").await.0, StatusCode::UNAUTHORIZED);
}
