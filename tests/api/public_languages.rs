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

/// The value of the option of `select` whose text is `name`.
fn option_named(body: &str, select: &str, name: &str) -> Option<String> {
    let start = body.find(&format!("<select id=\"f-{select}\""))?;
    let end = start + body[start..].find("</select>")?;
    body[start..end].split("<option value=\"").skip(1).find_map(|option| {
        let (value, rest) = option.split_once('"')?;
        let text = rest.split_once('>')?.1.split('<').next()?;
        (text == name).then(|| value.to_string())
    })
}

#[tokio::test]
async fn sign_up_chooses_the_company_s_country_by_its_swedish_name_and_says_what_is_wrong_in_swedish() {
    let app = spawn_app().await;
    let visitor = browser_speaking(&app, "sv-SE,sv;q=0.9");
    let form = visitor.get_page("/signup").await;
    let germany = option_named(&form.body, "country", "Tyskland").expect("Germany by its Swedish name");
    assert_eq!(germany, "DE");
    assert!(!form.body.contains("maxlength=\"3\""), "no code box left");

    // what is wrong, in Swedish, with the typed values kept
    let refused = visitor
        .submit(
            "/signup",
            "/signup",
            &[
                ("name", ""),
                ("registration_number", "HRB 12345"),
                ("country", ""),
                ("email", "not an address"),
                ("password", "short"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(refused.field_error("country").as_deref(), Some("Land: välj företagets land i listan."));
    assert_eq!(refused.field_error("password").as_deref(), Some("Använd minst 10 tecken"));
    let summary = refused.text_of("error-summary").unwrap();
    assert!(summary.contains("Rätta de här 4 fälten"), "{summary}");
    assert_no_english(&summary, &["Please correct", "required", "valid e-mail", "characters"]);
    assert_eq!(refused.input_value("registration_number").as_deref(), Some("HRB 12345"));

    // a code the list does not offer is refused, naming it
    let unknown = visitor
        .submit(
            "/signup",
            "/signup",
            &[
                ("name", "Muster GmbH"),
                ("registration_number", "HRB 12345"),
                ("country", "XX"),
                ("email", "buchhaltung@muster.example"),
                ("password", "a long enough password"),
            ],
        )
        .await;
    assert_eq!(unknown.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(unknown.field_error("country").unwrap().contains("XX"));

    // the code of the chosen name is what the account keeps
    let made = visitor
        .submit(
            "/signup",
            "/signup",
            &[
                ("name", "Muster GmbH"),
                ("registration_number", "HRB 12345"),
                ("country", &germany),
                ("email", "buchhaltung@muster.example"),
                ("password", "a long enough password"),
            ],
        )
        .await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
    visitor.confirm_address("buchhaltung@muster.example").await;
    visitor.sign_in("buchhaltung@muster.example", "a long enough password").await;
    let company = visitor.get_page("/account/company").await;
    assert_eq!(company.selected_value("country").as_deref(), Some("DE"));
    assert_eq!(option_named(&company.body, "country", "Tyskland").as_deref(), Some("DE"));
}

#[tokio::test]
async fn the_partner_directory_speaks_german() {
    let app = spawn_app().await;
    let visitor = browser_speaking(&app, "de-DE,de;q=0.9");
    let page = visitor.get_page("/partners").await;
    assert_eq!(page.status, StatusCode::OK);
    let main = main_of(&page.body);
    assert!(
        main.contains("Partnerverzeichnis") && main.contains("Zulassung") && main.contains("Deutschland"),
        "{main}"
    );
    assert!(main.contains("Inkassounternehmen") && main.contains("Neu im Netzwerk"), "{main}");
    assert_no_english(
        &main,
        &[
            "Partner directory",
            "Collection agency",
            "Law firm",
            "valid until",
            "How performance is measured",
            "too few cases",
        ],
    );
}

#[tokio::test]
async fn the_quote_speaks_german_on_the_page_and_english_in_the_api() {
    let app = spawn_app().await;
    let visitor = browser_speaking(&app, "de-DE,de;q=0.9");
    let page = visitor
        .get_page("/quote?debtor.country=DE&invoices%5B0%5D.amount.amount=1200&invoices%5B0%5D.amount.currency=EUR&invoices%5B0%5D.due_date=1990-01-31")
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let warning = page.text_of("quote-limitation").unwrap();
    assert!(
        warning.contains("verjährt") && (warning.contains("1. Januar 1994") || warning.contains("01.01.1994")),
        "{warning}"
    );
    assert_no_english(&warning, &["Limitation", "time-barred", "unless", "Check this", "fell due"]);
    let cost = page.text_of("quote-cost").unwrap();
    assert!(cost.contains("Bei vollständigem Einzug") && cost.contains('€'), "{cost}");
    assert!(cost.contains("Provision") || cost.contains("Mindestgebühr"), "{cost}");
    assert_no_english(
        &cost,
        &[
            "Commission",
            "Minimum fee",
            "of collected",
            "whatever the outcome",
            "out of what",
            "If collected",
            "If nothing",
        ],
    );
    let interest = page.text_of("quote-interest-line").unwrap();
    assert!(interest.contains("Verzugszinsen") && interest.contains("pro Jahr"), "{interest}");
    assert_no_english(&interest, &["Late-payment", "a year", "actual/", "percentage points"]);
    let period = page.text_of("quote-limitation-period").unwrap();
    assert!(period.contains("3 Jahre"), "{period}");
    assert_no_english(&period, &["Limitation", "years", "earliest"]);
    let main = main_of(&page.body);
    assert_no_english(
        &main,
        &[
            "What collection costs you",
            "What you may claim",
            "Interest period by period",
            "On top of the principal",
            "collection agency",
            "law firm",
            "Other licensed partners",
        ],
    );

    // the API keeps its English, whatever the caller's language
    let body = serde_json::json!({
        "debtor": {"country": "DE"},
        "invoices": [{"number": "INV-1", "issue_date": "1989-12-01", "due_date": "1990-01-31",
                      "amount": {"amount": "1200.00", "currency": "EUR"}}],
        "disputed": false
    });
    let response = visitor.client.post(visitor.url("/api/v1/quotes")).json(&body).send().await.unwrap();
    let q: serde_json::Value = response.json().await.unwrap();
    assert!(q["warnings"][0].as_str().unwrap().contains("time-barred since 1 January 1994"), "{q}");
    let label = q["cost"]["lines"][0]["label"].as_str().unwrap();
    assert!(label.starts_with("Commission ") || label.starts_with("Minimum fee"), "{label}");
}
