//! The pages anyone sees, in the reader's language: the start page, error pages, the
//! partner directory, the quote's result, sign-up's country, and the claims list's totals.

use reqwest::StatusCode;
use reqwest::header::{ACCEPT_LANGUAGE, HeaderMap, HeaderValue};

use crate::helpers::{TestApp, claim_form, pairs, spawn_app};

/// A browser (cookies kept, redirects not followed) whose `Accept-Language` is `header`.
fn browser_speaking(app: &TestApp, header: &str) -> TestApp {
    let mut headers = HeaderMap::new();
    headers.insert(ACCEPT_LANGUAGE, HeaderValue::from_str(header).unwrap());
    let client = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .default_headers(headers)
        .build()
        .unwrap();
    app.with_client(client)
}

/// The page's main content (the frame has tests of its own).
fn main_of(body: &str) -> String {
    let start = body.find("<main").expect("a main element");
    let end = body[start..].find("</main>").map_or(body.len(), |e| start + e);
    body[start..end].to_string()
}

/// Fails naming the English words left in `text`.
fn assert_no_english(text: &str, words: &[&str]) {
    let left: Vec<&&str> = words.iter().filter(|w| text.contains(**w)).collect();
    assert!(left.is_empty(), "English left: {left:?} in {text}");
}

#[tokio::test]
async fn the_start_page_speaks_german_to_a_german_browser() {
    let app = spawn_app().await;
    let visitor = browser_speaking(&app, "de-DE,de;q=0.9");
    let page = visitor.get_page("/").await;
    assert_eq!(page.status, StatusCode::OK);
    let main = main_of(&page.body);
    assert!(main.contains("Offene Rechnungen") || page.body.contains("Offene Rechnungen im Ausland einziehen"));
    assert!(main.contains("Sofort ein Angebot erhalten") && main.contains("Konto anlegen"), "{main}");
    assert!(main.contains("Partnern.") || main.contains("Partner."), "the coverage line in German: {main}");
    assert_no_english(
        &main,
        &["Get an instant quote", "Create an account", "countries covered", "We route it", "licensed"],
    );
}

#[tokio::test]
async fn error_pages_speak_the_reader_s_language_and_the_api_stays_english() {
    let app = spawn_app().await;
    let visitor = browser_speaking(&app, "sv-SE,sv;q=0.9");
    let page = visitor.get_page("/no-such-page").await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    let main = main_of(&page.body);
    assert!(main.contains("Sidan hittades inte") && main.contains("Till startsidan"), "{main}");
    assert_no_english(&main, &["Not Found", "does not exist", "Go to the start page"]);

    // a claim of nobody's is a missing page, in the language of the signed-in account
    visitor.sign_up("Nordic Tools AB", "anna@nordictools.example").await;
    let page = visitor.get_page("/claims/00000000-0000-0000-0000-000000000000").await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert!(main_of(&page.body).contains("Sidan finns inte"), "{}", page.body);

    // a form without its token is refused in Swedish
    let page =
        visitor.post_form("/account/preferences", &[("language", "sv"), ("time_zone", "Europe/Stockholm")]).await;
    assert_eq!(page.status, StatusCode::FORBIDDEN);
    let main = main_of(&page.body);
    assert!(main.contains("Formuläret har gått ut"), "{main}");
    assert_no_english(&main, &["Forbidden", "This form has expired"]);

    // English without a language, and the API keeps its JSON
    let english = app.get_page("/no-such-page").await;
    assert!(english.body.contains("Page not found") && english.body.contains("This page does not exist"));
    let api = reqwest::Client::new()
        .get(app.url("/api/v1/no-such-thing"))
        .header(ACCEPT_LANGUAGE, "sv")
        .send()
        .await
        .unwrap();
    assert_eq!(api.status(), StatusCode::NOT_FOUND);
    assert_eq!(api.text().await.unwrap(), r#"{"error":"not found"}"#);
}

#[tokio::test]
async fn the_claims_list_totals_name_statuses_in_the_page_language() {
    let app = spawn_app().await;
    let visitor = browser_speaking(&app, "de-DE,de;q=0.9");
    visitor.sign_up("Nordic Tools AB", "anna@nordictools.example").await;
    let page = visitor.submit("/claims/new", "/claims/new", &pairs(&claim_form("DE", "1200.00", "EUR"))).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    let list = visitor.get_page("/claims").await;
    let counts = list.text_of("status-counts").expect("status counts");
    assert!(counts.contains("Eingereicht") || counts.contains("Vom Partner angenommen"), "{counts}");
    assert_no_english(&counts, &["Submitted", "Received"]);
}
