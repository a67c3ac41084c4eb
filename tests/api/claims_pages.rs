//! Filing and reading claims in the portal, as a browser without JavaScript does.

use reqwest::StatusCode;

use crate::helpers::{claim_form, pairs, spawn_app};

#[tokio::test]
async fn a_creditor_files_a_claim_and_sees_its_page() {
    let app = spawn_app().await;
    app.sign_up("Nordic Tools AB", "anna@nordictools.example").await;
    let list = app.get_page("/claims").await;
    assert!(list.body.contains("No claims yet."), "a helpful empty state");

    let form = claim_form("de", "1200.50", "EUR");
    let page = app.submit("/claims/new", "/claims/new", &pairs(&form)).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    let location = page.location.unwrap();
    assert!(location.starts_with("/claims/c_"));

    let claim = app.get_page(&location).await;
    assert_eq!(claim.status, StatusCode::OK);
    assert!(claim.body.contains("Your claim was filed"));
    assert_eq!(claim.text_of("claim-status").as_deref(), Some("Submitted, hand-over pending"));
    assert_eq!(claim.text_of("claim-principal").as_deref(), Some("1,200.50 EUR"));
    // the cheaper of the two German agencies: with no measured performance, the fee decides
    assert_eq!(
        claim.text_of("claim-partner").as_deref(),
        Some("Sandbox Forderungsmanagement Nord (collection agency) sandbox")
    );
    let licence = claim.text_of("claim-licence").unwrap();
    assert!(licence.starts_with("Bundesamt für Justiz") && licence.contains("no. SANDBOX-DE-"), "{licence}");
    assert!(
        claim.body.contains("Muster Handel GmbH")
            && claim.body.contains("INV-1001")
            && claim.body.contains("Hauptstraße 1")
    );
    let timeline = claim.text_of("timeline").unwrap();
    assert!(timeline.contains("Claim filed and routed to Sandbox Forderungsmanagement Nord"), "{timeline}");

    let list = app.get_page("/claims").await;
    assert!(
        list.body.contains("Muster Handel GmbH")
            && list.body.contains("1,200.50\u{a0}EUR")
            && list.body.contains("Germany")
    );
}

#[tokio::test]
async fn errors_are_shown_next_to_their_field_and_nothing_typed_is_lost() {
    let app = spawn_app().await;
    app.sign_up("Nordic Tools AB", "anna@nordictools.example").await;
    let mut form = claim_form("DEU", "10.005", "EUR");
    form.iter_mut().find(|(k, _)| k == "debtor.contact.email").unwrap().1 = "erika at muster".into();
    form.push(("invoices[1].number".into(), "INV-1002".into()));
    form.push(("invoices[1].issue_date".into(), crate::helpers::days_ago(40)));
    form.push(("invoices[1].due_date".into(), crate::helpers::days_ago(-10)));
    form.push(("invoices[1].amount.amount".into(), "300".into()));
    form.push(("invoices[1].amount.currency".into(), "EUR".into()));
    let page = app.submit("/claims/new", "/claims/new", &pairs(&form)).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.field_error("debtor.country").unwrap().contains("choose the country from the list (DE)"));
    assert!(page.field_error("debtor.contact.email").unwrap().contains("not a valid e-mail address"));
    assert!(
        page.field_error("invoices[0].amount.amount")
            .unwrap()
            .contains("Too many decimals: amounts in EUR have at most 2")
    );
    assert!(page.field_error("invoices[1].due_date").unwrap().contains("not overdue yet"));
    assert!(page.field_error("debtor.name").is_none());
    assert!(page.body.contains("Please correct these 4 fields"));
    let summary = page.text_of("error-summary").unwrap();
    assert!(summary.contains("Contact e-mail: ") && summary.contains("Invoice 2: due date: "), "{summary}");
    assert!(!summary.contains("debtor.") && !summary.contains("invoices["), "no data keys: {summary}");
    // what was typed is still there
    assert_eq!(page.input_value("debtor.name").as_deref(), Some("Muster Handel GmbH"));
    assert_eq!(page.selected_value("debtor.country").as_deref(), Some("DEU"));
    assert_eq!(page.input_value("invoices[0].amount.amount").as_deref(), Some("10.005"));
    assert_eq!(page.input_value("invoices[1].number").as_deref(), Some("INV-1002"));
    assert_eq!(page.input_value("debtor.address.lines[0]").as_deref(), Some("Hauptstraße 1"));
    assert_eq!(app.stored_claims().await, 0);
}

#[tokio::test]
async fn without_javascript_another_invoice_row_is_one_round_trip() {
    let app = spawn_app().await;
    app.sign_up("Nordic Tools AB", "anna@nordictools.example").await;
    let mut form = claim_form("DE", "100.00", "SEK");
    form.iter_mut().find(|(k, _)| k == "action").unwrap().1 = "add_invoice".into();
    let page = app.submit("/claims/new", "/claims/new", &pairs(&form)).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.input_value("invoices[0].number").as_deref(), Some("INV-1001"));
    assert_eq!(page.input_value("invoices[1].number").as_deref(), Some(""));
    assert_eq!(page.input_value("invoices[1].amount.currency").as_deref(), Some("SEK"), "the currency carries over");
    assert!(!page.body.contains("field-error"), "no errors before the creditor files");
    assert_eq!(app.stored_claims().await, 0);
}

#[tokio::test]
async fn a_country_without_partners_is_explained_on_the_form() {
    let app = spawn_app().await;
    app.sign_up("Nordic Tools AB", "anna@nordictools.example").await;
    let page = app.submit("/claims/new", "/claims/new", &pairs(&claim_form("US", "1200.00", "USD"))).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    let error = page.field_error("debtor.country").unwrap();
    assert!(error.contains("No licensed partner covers United States of America (US)"), "{error}");
    assert_eq!(app.stored_claims().await, 0);
}

#[tokio::test]
async fn the_list_filters_by_status_and_country_and_pages() {
    let app = spawn_app().await;
    app.sign_up("Nordic Tools AB", "anna@nordictools.example").await;
    for i in 0..27 {
        let country = if i % 3 == 0 { "SE" } else { "DE" };
        let mut form = claim_form(country, "150.00", "EUR");
        form.iter_mut().find(|(k, _)| k == "debtor.name").unwrap().1 = format!("Debtor {i:02}");
        let page = app.submit("/claims/new", "/claims/new", &pairs(&form)).await;
        assert_eq!(page.status, StatusCode::SEE_OTHER);
    }
    let first = app.get_page("/claims").await;
    assert!(first.body.contains("Debtor 26") && !first.body.contains("Debtor 01"), "newest first, 25 a page");
    let next = first
        .body
        .split("rel=\"next\" href=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .replace("&amp;", "&")
        .replace("&#38;", "&");
    let second = app.get_page(&next).await;
    assert!(
        second.body.contains("Debtor 01") && second.body.contains("Debtor 00") && !second.body.contains("Debtor 26"),
        "{next}: {}",
        second.body
    );
    assert!(!second.body.contains("rel=\"next\""));

    let sweden = app.get_page("/claims?country=SE&status=").await;
    assert_eq!(sweden.body.matches("data-claim=").count(), 9);
    let paid = app.get_page("/claims?status=paid").await;
    assert!(paid.body.contains("No claims match these filters."));
    let bad = app.get_page("/claims?country=Narnia").await;
    assert_eq!(bad.status, StatusCode::OK);
    assert!(bad.text_of("filter-error").unwrap().contains("This filter is not one the list knows"));
}

#[tokio::test]
async fn a_claim_page_is_only_for_its_creditor() {
    let app = spawn_app().await;
    app.sign_up("Nordic Tools AB", "anna@nordictools.example").await;
    let page = app.submit("/claims/new", "/claims/new", &pairs(&claim_form("DE", "1200.00", "EUR"))).await;
    let location = page.location.unwrap();
    app.sign_out().await;
    app.sign_up("Other AB", "bo@other.example").await;
    let other = app.get_page(&location).await;
    assert_eq!(other.status, StatusCode::NOT_FOUND);
    assert!(!other.body.contains("Muster Handel GmbH"));
    assert!(!app.get_page("/claims").await.body.contains("Muster Handel GmbH"));
}

#[tokio::test]
async fn an_oversized_form_is_refused() {
    let app = spawn_app().await;
    app.sign_up("Nordic Tools AB", "anna@nordictools.example").await;
    let mut form = claim_form("DE", "1200.00", "EUR");
    form.push(("history.notes".into(), "n".repeat(300 * 1024)));
    let page = app.submit("/claims/new", "/claims/new", &pairs(&form)).await;
    assert_eq!(page.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(page.body.contains("too large"));
    assert_eq!(app.stored_claims().await, 0);
}

#[tokio::test]
async fn a_creditor_withdraws_a_claim_from_its_page() {
    let app = spawn_app().await;
    app.sign_up("Nordic Tools AB", "anna@nordictools.example").await;
    let filed = app.submit("/claims/new", "/claims/new", &pairs(&claim_form("DE", "1200.00", "EUR"))).await;
    let location = filed.location.unwrap();
    let page = app.get_page(&location).await;
    assert!(page.body.contains("Withdraw this claim"));
    // without the form's token, or with a token that is not this session's, nothing happens
    let withdraw = format!("{location}/withdraw");
    assert_eq!(app.post_form(&withdraw, &[]).await.status, StatusCode::FORBIDDEN);
    let stranger = crate::helpers::browser().get(app.url("/signup")).send().await.unwrap().text().await.unwrap();
    let their_token = crate::helpers::Page { status: StatusCode::OK, location: None, body: stranger }.csrf();
    assert_ne!(their_token, page.csrf());
    assert_eq!(app.post_form(&withdraw, &[("csrf_token", &their_token)]).await.status, StatusCode::FORBIDDEN);
    assert_eq!(app.post_form(&withdraw, &[("csrf_token", "made-up")]).await.status, StatusCode::FORBIDDEN);
    let page = app.get_page(&location).await;
    assert_eq!(page.text_of("claim-status").as_deref(), Some("Submitted, hand-over pending"));
    assert!(page.body.contains("Withdraw this claim"));
    // with it, the claim is withdrawn
    let done = app.submit(&location, &withdraw, &[]).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    let page = app.get_page(&location).await;
    assert!(page.body.contains("The claim is withdrawn"));
    assert_eq!(page.text_of("claim-status").as_deref(), Some("Withdrawn"));
    assert!(!page.body.contains("Withdraw this claim"), "a closed case offers no withdrawal");
    assert!(page.text_of("timeline").unwrap().contains("Withdrawn by the creditor"));
    // another creditor, with a valid token of its own, does not reach it
    app.sign_out().await;
    app.sign_up("Other AB", "bo@other.example").await;
    let theirs = app.submit("/claims", &withdraw, &[]).await;
    assert_eq!(theirs.status, StatusCode::NOT_FOUND);
}
