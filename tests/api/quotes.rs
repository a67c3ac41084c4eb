//! Instant quotes: the API, the public page without JavaScript, the claim form's preview and
//! the quote a filed claim keeps. The expected amounts are computed by hand in the comments
//! from the shipped registry and rules.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::helpers::{TestApp, assert_null, claim_body, claim_form, days_ago, json_of, pairs, spawn_app};
use crate::webdriver::Browser;

async fn post_quote(app: &TestApp, body: &Value) -> (StatusCode, Value) {
    json_of(app.client.post(app.url("/api/v1/quotes")).json(body).send().await.expect("POST quote")).await
}

fn quote_body(country: &str, amount: &str, currency: &str, due: &str, as_of: &str) -> Value {
    json!({
        "debtor": {"country": country},
        "invoices": [{"number": "INV-1", "issue_date": "2024-01-01", "due_date": due,
                      "amount": {"amount": amount, "currency": currency}}],
        "disputed": false,
        "as_of": as_of
    })
}

/// The quote page without JavaScript for a Swedish debtor owing `amount` SEK due on `due`.
async fn quote_page(app: &TestApp, due: &str, amount: &str) -> crate::helpers::Page {
    let query = format!(
        "debtor.country=SE&invoices%5B0%5D.amount.amount={amount}&invoices%5B0%5D.amount.currency=SEK&invoices%5B0%5D.due_date={due}"
    );
    app.get_page(&format!("/quote?{query}")).await
}

fn money(v: &Value) -> String {
    format!("{} {}", v["amount"].as_str().unwrap_or("?"), v["currency"].as_str().unwrap_or("?"))
}

fn notes(q: &Value) -> Vec<String> {
    q["notes"].as_array().unwrap().iter().map(|n| n.as_str().unwrap().to_string()).collect()
}

/// The contract's shape: partner, principal, cost with labelled lines, claimable, alternatives.
fn assert_contract_shape(q: &Value) {
    for offer in std::iter::once(q).chain(q["alternatives"].as_array().expect("alternatives").iter()) {
        let partner = &offer["partner"];
        for key in ["id", "name", "service"] {
            assert!(partner[key].is_string(), "partner.{key} in {offer}");
        }
        assert!(partner["licence"]["authority"].is_string() && partner["licence"]["number"].is_string());
        assert!(offer["principal"]["amount"].is_string());
        let cost = &offer["cost"];
        assert!(cost["if_collected"]["amount"].is_string() && cost["if_not_collected"]["amount"].is_string());
        for line in cost["lines"].as_array().unwrap() {
            assert!(line["label"].as_str().is_some_and(|l| !l.is_empty()) && line["amount"]["currency"].is_string());
        }
        let claimable = &offer["claimable_from_debtor"];
        assert!(claimable["late_interest"]["amount"].is_string());
        assert!(claimable["compensation"]["amount"].is_string());
    }
}

#[tokio::test]
async fn the_api_quotes_a_german_claim_line_by_line() {
    let app = spawn_app().await;
    let (status, q) = post_quote(&app, &quote_body("DE", "1200.00", "EUR", "2026-08-31", "2026-11-22")).await;
    assert_eq!(status, StatusCode::OK, "{q}");
    assert_contract_shape(&q);
    // every partner is new (no measured performance): the cheaper of the two agencies is
    // recommended, the second German agency (7.5 % + 20.00 = 110.00) over the first (10 % + 15.00 = 135.00)
    assert_eq!(q["partner"]["id"], "sandbox-agency-de-2");
    assert_eq!(q["partner"]["service"], "collection");
    assert_eq!(money(&q["principal"]), "1200.00 EUR");
    assert_eq!(q["recommendation"]["partner_id"], "sandbox-agency-de-2");
    assert_eq!(q["recommendation"]["chosen_by_creditor"], false);
    let reason = q["recommendation"]["reason"].as_str().unwrap();
    assert!(
        reason.starts_with("Recommended: the lowest fee among the collection agencies in Germany (new on the platform"),
        "{reason}"
    );
    assert_eq!((q["standing"]["score"].as_u64(), q["standing"]["newcomer"].as_bool()), (Some(70), Some(true)));
    // 7.5 % commission of 1200 = 90.00, plus 20.00 case registration whatever the outcome
    let lines: Vec<(String, String)> = q["cost"]["lines"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| (l["label"].as_str().unwrap().to_string(), money(&l["amount"])))
        .collect();
    assert_eq!(
        lines,
        [
            ("Commission 7.5% of collected".to_string(), "90.00 EUR".to_string()),
            ("Case registration".into(), "20.00 EUR".into())
        ]
    );
    assert_eq!(money(&q["cost"]["if_collected"]), "110.00 EUR");
    assert_eq!(money(&q["cost"]["if_not_collected"]), "20.00 EUR");
    // Base rate 1.52 (from 1 July 2026) + 9 = 10.52 %, 83 days: 1200 × 10.52 % × 83 / 365 = 28.7066 -> 28.71;
    // EUR 40 compensation
    let c = &q["claimable_from_debtor"];
    assert_eq!(money(&c["late_interest"]), "28.71 EUR");
    assert_eq!(c["interest_rate_percent"], "10.52");
    assert_eq!(money(&c["compensation"]), "40.00 EUR");
    assert_eq!(c["day_count"], "actual/365");
    // the method, in words: the rate of each half-year, named as customers know it
    assert_eq!(c["interest_method"], "per_period");
    assert_eq!(c["interest_rule"], "German base rate (Basiszinssatz, Bundesbank) + 9 percentage points");
    assert_eq!(c["limitation"]["status"], "open");
    assert_eq!(q["warnings"], json!([]));
    // the alternatives in routing's order: the other agency (10 % of 1200 = 120 + 15 = 135), then the law firm
    // (156 + 50), which collects undisputed claims too but is not made for it
    let alternatives: Vec<(String, String)> = q["alternatives"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| (a["partner"]["id"].as_str().unwrap().to_string(), money(&a["cost"]["if_collected"])))
        .collect();
    assert_eq!(
        alternatives,
        [("sandbox-agency-de".to_string(), "135.00 EUR".to_string()), ("sandbox-law-dach".into(), "206.00 EUR".into())]
    );
    for a in q["alternatives"].as_array().unwrap() {
        assert_eq!(a["standing"]["score"], 70, "a newcomer counts as an average partner: {a}");
        assert!(a["standing"]["summary"].as_str().unwrap().starts_with("new on the platform"));
    }

    // Disputed: the law firm, with the legal phase in both totals: 13 % of 1200 = 156 + 50 + 2200
    let mut disputed = quote_body("DE", "1200.00", "EUR", "2026-08-31", "2026-11-22");
    disputed["disputed"] = json!(true);
    let (_, q) = post_quote(&app, &disputed).await;
    assert_eq!((q["partner"]["id"].as_str(), q["service"].as_str()), (Some("sandbox-law-dach"), Some("legal")));
    assert_eq!(money(&q["cost"]["if_collected"]), "2406.00 EUR");
    assert_eq!(money(&q["cost"]["if_not_collected"]), "2250.00 EUR");
}

#[tokio::test]
async fn the_api_applies_each_countrys_law_and_currency() {
    let app = spawn_app().await;
    // Sweden in SEK: referensränta 2.00 + 8 = 10 %, 83 days: 25000 × 10 % × 83 / 365 = 568.49;
    // 450 SEK compensation, which between businesses covers reminder costs (no reminder fee on top);
    // the cheaper agency: 8 % commission + 220 SEK registration (the other: 11 % + 270 = 3020 SEK).
    let (status, q) = post_quote(&app, &quote_body("SE", "25000.00", "SEK", "2026-08-31", "2026-11-22")).await;
    assert_eq!(status, StatusCode::OK, "{q}");
    assert_contract_shape(&q);
    let c = &q["claimable_from_debtor"];
    assert_eq!((money(&c["late_interest"]), money(&c["compensation"])), ("568.49 SEK".into(), "450.00 SEK".into()));
    assert!(c["reminder_fee_cap"].as_str().unwrap().contains("no reminder fee on top"));
    assert_eq!(c["reminder_fees"]["addable_to_compensation"], "no");
    assert_eq!(money(&c["total"]), "1018.49 SEK", "interest and compensation, no reminder fee");
    assert_eq!(
        (money(&q["cost"]["if_collected"]), money(&q["cost"]["if_not_collected"])),
        ("2220.00 SEK".into(), "220.00 SEK".into())
    );
    assert_null(&q["cost"], "exchange_rate"); // the fees are in SEK already

    // United Kingdom: compensation tiers of 40, 70 and 100 GBP; 3.75 + 8 = 11.75 %,
    // 53 days on 2500: 2500 × 11.75 % × 53 / 365 = 42.65
    let gb = |amount: &'static str| quote_body("GB", amount, "GBP", "2026-09-30", "2026-11-22");
    let (_, q) = post_quote(&app, &gb("2500.00")).await;
    assert_eq!(q["claimable_from_debtor"]["interest_rate_percent"], "11.75");
    assert_eq!(money(&q["claimable_from_debtor"]["late_interest"]), "42.65 GBP");
    for (amount, tier) in [("999.99", "40.00 GBP"), ("1000.00", "70.00 GBP"), ("10000.00", "100.00 GBP")] {
        let (_, q) = post_quote(&app, &gb(amount)).await;
        assert_eq!(money(&q["claimable_from_debtor"]["compensation"]), tier, "{amount}");
    }

    // Switzerland: a fixed 5 %, no fixed compensation: 100 days on 7300 CHF = 100.00 CHF;
    // 9.5 % commission = 693.50 CHF
    let (_, q) = post_quote(&app, &quote_body("CH", "7300.00", "CHF", "2026-01-01", "2026-04-11")).await;
    let c = &q["claimable_from_debtor"];
    assert_eq!((c["interest_rate_percent"].as_str(), money(&c["late_interest"])), (Some("5.00"), "100.00 CHF".into()));
    assert_eq!(money(&c["compensation"]), "0.00 CHF");
    assert!(notes(&q).iter().any(|n| n.contains("no statutory fixed compensation")));
    assert_eq!(money(&q["cost"]["if_collected"]), "693.50 CHF");

    // Japanese yen owed in Germany: whole yen throughout. The cheaper agency: 7.5 % of 1 000 000 =
    // 75000 JPY; the 20 EUR registration at 180 JPY per EUR = 3600 JPY (the other agency: 10 % and
    // 15 EUR, 102700 JPY); interest 1 000 000 × 10.27 % × 30 / 365 = 8441.1 -> 8441 JPY; 40 EUR
    // compensation at 180 = 7200 JPY.
    let (_, q) = post_quote(&app, &quote_body("DE", "1000000", "JPY", "2026-01-31", "2026-03-02")).await;
    assert_eq!(
        (money(&q["cost"]["if_collected"]), money(&q["cost"]["if_not_collected"])),
        ("78600 JPY".into(), "3600 JPY".into())
    );
    assert_eq!(money(&q["alternatives"][0]["cost"]["if_collected"]), "102700 JPY");
    assert_eq!(q["cost"]["exchange_rate"]["rate"], "180");
    assert_null(&q["cost"]["exchange_rate"]["from_rate"], "effective_from");
    assert_eq!(q["cost"]["exchange_rate"]["to_rate"]["effective_from"], "2026-01-02");
    let c = &q["claimable_from_debtor"];
    assert_eq!((money(&c["late_interest"]), money(&c["compensation"])), ("8441 JPY".into(), "7200 JPY".into()));
    assert!(notes(&q).iter().any(|n| n.contains("converted at 1 EUR = 180 JPY")), "{:#?}", notes(&q));

    // Icelandic krónur: dráttarvextir are published monthly; the table lacks April 2025, so October 2024's
    // 17.00 % is carried forward and the quote says so: 500000 × 17 % × 30 / 365 = 6986.30 -> 6986 ISK
    let (_, q) = post_quote(&app, &quote_body("IS", "500000", "ISK", "2025-03-31", "2025-04-30")).await;
    assert_eq!(money(&q["claimable_from_debtor"]["late_interest"]), "6986 ISK");
    assert_eq!(money(&q["cost"]["if_collected"]), "60000 ISK");
    assert!(
        notes(&q).iter().any(|n| n.contains("the rate for April 2025 is not in our tables yet")),
        "{:#?}",
        notes(&q)
    );
}

/// The interest of a quote, its method and rate, and its notes.
async fn interest_of(app: &TestApp, body: &Value) -> (String, String, Option<String>, Vec<String>) {
    let (status, q) = post_quote(app, body).await;
    assert_eq!(status, StatusCode::OK, "{q}");
    let c = &q["claimable_from_debtor"];
    let rate = c["interest_rate_percent"].as_str().map(str::to_string);
    (money(&c["late_interest"]), c["interest_method"].as_str().unwrap().to_string(), rate, notes(&q))
}

#[tokio::test]
async fn per_period_a_rate_change_splits_the_days() {
    let app = spawn_app().await;
    // Germany across 1 July 2026: 10 days at 1.27 + 9 = 10.27 %, 10 at 1.52 + 9 = 10.52 %:
    // 1000 × (10.27 + 10.52) % × 10 / 365 = 2079 / 365 = 5.6959 -> 5.70 EUR
    let (_, q) = post_quote(&app, &quote_body("DE", "1000.00", "EUR", "2026-06-20", "2026-07-10")).await;
    let c = &q["claimable_from_debtor"];
    assert_eq!((money(&c["late_interest"]), c["interest_method"].as_str()), ("5.70 EUR".into(), Some("per_period")));
    let rates: Vec<&str> =
        c["interest_periods"].as_array().unwrap().iter().map(|p| p["rate_percent"].as_str().unwrap()).collect();
    assert_eq!(rates, ["10.27", "10.52"]);
    // Austria has no rate for the second half of 2026: said in plain words, no data keys
    let (_, _, _, notes) = interest_of(&app, &quote_body("AT", "1000.00", "EUR", "2026-08-31", "2026-11-22")).await;
    let carried = notes.iter().find(|n| n.contains("not in our tables yet")).expect("the carried rate is said");
    assert!(
        carried.contains("the rate for July to December 2026 is not in our tables yet; we used the last known one"),
        "{carried}"
    );
    assert!(notes.iter().all(|n| !n.contains("AT_BASISZINSSATZ") && !n.contains("confidence")), "{notes:#?}");
}

#[tokio::test]
async fn czechia_fixes_one_rate_for_the_whole_delay() {
    let app = spawn_app().await;
    // delay began 1 December 2025: CNB repo rate of 30 June 2025 (4.00) + 8 = 12 % for all 90 days:
    // 100000 × 12 % × 90 / 365 = 2958.90 CZK
    let (interest, method, rate, _) =
        interest_of(&app, &quote_body("CZ", "100000.00", "CZK", "2025-11-30", "2026-02-28")).await;
    assert_eq!((interest.as_str(), method.as_str(), rate.as_deref()), ("2958.90 CZK", "fixed_at_start", Some("12.00")));
    // the page says so too
    let query = format!(
        "/quote?debtor.country=CZ&invoices%5B0%5D.amount.amount=100000&invoices%5B0%5D.amount.currency=CZK&invoices%5B0%5D.due_date={}",
        days_ago(60)
    );
    let page = app.get_page(&query).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let method = page.text_of("quote-method").unwrap();
    assert!(
        method.contains("Czech National Bank two-week repo rate + 8 percentage points, one rate for the whole delay"),
        "{method}"
    );
}

#[tokio::test]
async fn iceland_applies_the_rate_published_for_each_month() {
    let app = spawn_app().await;
    // March and April 2025 carry October 2024's 17.00 % forward, May is known at 15.50 %:
    // 1000000 × (46 × 17.00 + 10 × 15.50) % / 365 = 9370000 / 365 = 25671.23 -> 25671 ISK
    let (interest, method, rate, notes) =
        interest_of(&app, &quote_body("IS", "1000000", "ISK", "2025-03-15", "2025-05-10")).await;
    assert_eq!(
        (interest.as_str(), method.as_str(), rate.as_deref()),
        ("25671 ISK", "published_monthly", Some("15.50"))
    );
    assert!(
        notes.iter().any(|n| n.contains("the rate for March to April 2025 is not in our tables yet")),
        "{notes:#?}"
    );
}

#[tokio::test]
async fn bulgaria_computes_each_side_of_the_2026_change_with_its_rule() {
    let app = spawn_app().await;
    // 16 days at BNB base 1.91 + 10 = 11.91 %, 15 at ECB 2.15 + 8 = 10.15 %:
    // 10000 × (16 × 11.91 + 15 × 10.15) % / 365 = 34281 / 365 = 93.92 EUR
    let (status, q) = post_quote(&app, &quote_body("BG", "10000.00", "EUR", "2025-12-15", "2026-01-15")).await;
    assert_eq!(status, StatusCode::OK, "{q}");
    let c = &q["claimable_from_debtor"];
    assert_eq!(money(&c["late_interest"]), "93.92 EUR");
    let methods: Vec<(&str, &str)> = c["interest_methods"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| (m["from"].as_str().unwrap(), m["description"].as_str().unwrap()))
        .collect();
    assert_eq!(
        methods,
        [
            ("2025-12-16", "Bulgarian base rate (Bulgarian National Bank) + 10 percentage points"),
            ("2026-01-01", "European Central Bank main refinancing rate + 8 percentage points")
        ]
    );
}

#[tokio::test]
async fn ireland_fixes_the_rate_and_liechtenstein_says_its_rate_is_unverified() {
    let app = spawn_app().await;
    // Ireland: the ECB rate of the half-year the delay began in (3.15) + 8 = 11.15 % for all 30 days: 91.64 EUR
    let (interest, method, _, _) =
        interest_of(&app, &quote_body("IE", "10000.00", "EUR", "2025-06-15", "2025-07-15")).await;
    assert_eq!((interest.as_str(), method.as_str()), ("91.64 EUR", "fixed_at_start"));
    // Liechtenstein: 8 points over the SNB special rate, of which no value is known yet
    let (interest, method, rate, notes) =
        interest_of(&app, &quote_body("LI", "1000.00", "CHF", "2026-01-31", "2026-03-02")).await;
    assert_eq!((interest.as_str(), method.as_str(), rate), ("0.00 CHF", "per_period", None));
    assert!(
        notes.iter().any(|n| n.contains("statutory interest rate of Liechtenstein") && n.contains("not verified yet")),
        "{notes:#?}"
    );
}

#[tokio::test]
async fn a_claim_past_its_limitation_date_is_warned_about_in_the_api_the_page_and_the_claim_form() {
    let app = spawn_app().await;
    let old = |country: &str, amount: &str, currency: &str, due: &str| {
        let mut body = quote_body(country, amount, currency, due, "");
        body["invoices"][0]["issue_date"] = json!("");
        body
    };
    let (status, q) = post_quote(&app, &old("DE", "1200.00", "EUR", "1990-01-31")).await;
    assert_eq!(status, StatusCode::OK, "{q}");
    let limitation = &q["claimable_from_debtor"]["limitation"];
    assert_eq!((limitation["status"].as_str(), limitation["ends"].as_str()), (Some("past"), Some("1993-12-31")));
    let warning = q["warnings"][0].as_str().unwrap();
    assert!(warning.contains("time-barred since 1 January 1994"), "{warning}");
    assert_eq!(notes(&q)[0], warning);
    // near its end: Sweden's 10 years, due 10 years less 30 days ago
    let near = (chrono::Utc::now().date_naive() - chrono::Months::new(120) + chrono::Days::new(30)).to_string();
    let (_, q) = post_quote(&app, &old("SE", "25000.00", "SEK", &near)).await;
    assert_eq!(q["claimable_from_debtor"]["limitation"]["status"], "near", "{q}");
    assert!(q["warnings"][0].as_str().unwrap().contains("becomes time-barred after"));

    // the quote page
    let page = app
        .get_page("/quote?debtor.country=DE&invoices%5B0%5D.amount.amount=1200&invoices%5B0%5D.amount.currency=EUR&invoices%5B0%5D.due_date=1990-01-31")
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.text_of("quote-limitation").unwrap().contains("time-barred since 1 January 1994"));
    assert!(page.text_of("quote-limitation-period").unwrap().contains("3 years from the end of the year"));

    // the claim form's preview
    app.sign_up("Nordic Tools AB", "anna@nordictools.example").await;
    let mut fields = claim_form("DE", "1200.00", "EUR");
    for (key, value) in fields.iter_mut() {
        match key.as_str() {
            "invoices[0].issue_date" => *value = "1989-12-01".into(),
            "invoices[0].due_date" => *value = "1990-01-31".into(),
            "history.reminders_sent[0]" => *value = "1990-02-15".into(),
            "action" => *value = "preview".into(),
            _ => {}
        }
    }
    let page = app.submit("/claims/new", "/claims/new", &pairs(&fields)).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert!(page.text_of("quote-limitation").unwrap().contains("time-barred"), "{}", page.body);
}

#[tokio::test]
async fn a_country_without_a_licensed_partner_is_a_422_saying_so() {
    let app = spawn_app().await;
    let (status, error) = post_quote(&app, &quote_body("US", "1200.00", "USD", "2026-08-31", "")).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error["field"], "debtor.country");
    assert!(
        error["error"].as_str().unwrap().contains("No licensed partner covers United States of America (US)"),
        "{error}"
    );
    // too small for every partner in the country: routing's answer too
    let (status, error) = post_quote(&app, &quote_body("DE", "5.00", "EUR", "2026-08-31", "")).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(error["error"].as_str().unwrap().contains("takes a claim of 5.00 EUR"), "{error}");
}

#[tokio::test]
async fn the_quote_refuses_what_the_claim_refuses_in_the_same_words() {
    let app = spawn_app().await;
    let key = app.api_creditor("ap@nordictools.example").await;
    let mut claim = claim_body("DEU", "10.005", "EUR");
    let mut second = claim["invoices"][0].clone();
    second["amount"]["currency"] = json!("SEK");
    second["issue_date"] = json!(days_ago(10));
    second["due_date"] = json!(days_ago(20));
    claim["invoices"].as_array_mut().unwrap().push(second);
    let response = app.post_claim(&key, &claim).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let claim_errors: Value = response.json().await.unwrap();

    let (status, quote_errors) = post_quote(&app, &claim).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let shared = |errors: &Value| -> Vec<Value> {
        errors["errors"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|e| e["field"].as_str().is_some_and(|f| f == "debtor.country" || f.starts_with("invoices")))
            .cloned()
            .collect()
    };
    let expected = shared(&claim_errors);
    assert!(expected.len() >= 4, "{claim_errors}");
    assert_eq!(shared(&quote_errors), expected);
    assert_eq!(quote_errors["errors"].as_array().unwrap().len(), expected.len(), "nothing else is asked of a quote");

    // malformed JSON and wrong types are a 400 naming the field, as for claims
    let response = app
        .client
        .post(app.url("/api/v1/quotes"))
        .header("content-type", "application/json")
        .body("{\"invoices\": 3}")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let error: Value = response.json().await.unwrap();
    assert_eq!(error["field"], "invoices");
    let (status, error) = post_quote(&app, &quote_body("DE", "100.00", "EUR", "2026-08-31", "next week")).await;
    assert_eq!((status, error["field"].as_str()), (StatusCode::UNPROCESSABLE_ENTITY, Some("as_of")));
}

#[tokio::test]
async fn a_due_date_in_the_future_is_quoted_without_interest_and_says_why() {
    let app = spawn_app().await;
    let due = days_ago(-10);
    let body = json!({"debtor": {"country": "FR"},
                      "invoices": [{"due_date": due, "amount": {"amount": "5000.00", "currency": "EUR"}}]});
    let (status, q) = post_quote(&app, &body).await;
    assert_eq!(status, StatusCode::OK, "{q}");
    assert_eq!(q["as_of"], days_ago(0), "as_of defaults to today");
    let c = &q["claimable_from_debtor"];
    assert_eq!((money(&c["late_interest"]), money(&c["compensation"])), ("0.00 EUR".into(), "0.00 EUR".into()));
    assert!(c["interest_periods"].as_array().unwrap().is_empty());
    let why = &notes(&q)[0];
    assert!(
        why.contains(&format!("falls due on {due}, after the quote date")) && why.contains("not late yet"),
        "{why}"
    );
    assert!(q["cost"]["if_collected"]["amount"].is_string(), "the cost is quoted all the same");

    // the claim itself is refused until the invoice is overdue
    let key = app.api_creditor("ap@nordictools.example").await;
    let mut claim = claim_body("FR", "5000.00", "EUR");
    claim["invoices"][0]["due_date"] = json!(due);
    let response = app.post_claim(&key, &claim).await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let error: Value = response.json().await.unwrap();
    assert!(error["errors"][0]["error"].as_str().unwrap().contains("not overdue yet"), "{error}");
}

#[tokio::test]
async fn the_quote_page_works_without_javascript() {
    let app = spawn_app().await;
    let home = app.get_page("/").await;
    assert!(home.body.contains("href=\"/quote\""), "linked from the home page and the navigation");
    let blank = app.get_page("/quote").await;
    assert_eq!(blank.status, StatusCode::OK);
    assert!(blank.body.contains("id=\"quote-form\"") && blank.body.contains("/static/quote.js"));
    assert!(blank.text_of("quote-placeholder").is_some());
    assert!(!blank.body.contains("field-error"));

    // the plain form submission: a GET with the fields, answered with the quote
    let due = days_ago(45);
    let query = format!(
        "/quote?debtor.country=se&invoices%5B0%5D.amount.amount=25000&invoices%5B0%5D.amount.currency=SEK&invoices%5B0%5D.due_date={due}"
    );
    let page = app.get_page(&query).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    let (_, api) = post_quote(
        &app,
        &json!({"debtor": {"country": "SE"},
        "invoices": [{"due_date": due, "amount": {"amount": "25000", "currency": "SEK"}}]}),
    )
    .await;
    // the page writes money as English does (`2,220.00 SEK`), the API as its contract does
    assert_eq!(page.text_of("quote-if-collected").unwrap().replace(',', ""), money(&api["cost"]["if_collected"]));
    assert_eq!(page.text_of("quote-if-not-collected").unwrap(), "220.00 SEK");
    assert_eq!(
        page.text_of("quote-interest").unwrap().replace(',', ""),
        money(&api["claimable_from_debtor"]["late_interest"])
    );
    assert_eq!(page.text_of("quote-compensation").as_deref(), Some("450.00 SEK"));
    assert!(page.text_of("quote-partner").unwrap().starts_with("Sandbox Inkasso Norrland (collection agency)"));
    let reason = page.text_of("quote-recommendation").unwrap();
    assert!(reason.starts_with("Recommended: the lowest fee among the collection agencies in Sweden"), "{reason}");
    assert!(page.text_of("quote-reminder-cap").unwrap().contains("450 SEK compensation covers reminder"));
    assert!(page.text_of("quote-method").unwrap().contains("Swedish reference rate (referensränta, Riksbank)"));
    assert!(page.text_of("quote-alternatives").unwrap().contains("Sandbox Collections Sweden"));
    assert!(page.text_of("quote-notes").unwrap().contains("actual/365"));
    assert_eq!(page.input_value("debtor.country").as_deref(), Some("se"), "what was typed stays");

    // errors next to their field, as on the claim form, and what was typed is kept
    let page = app
        .get_page("/quote?debtor.country=DEU&invoices%5B0%5D.amount.amount=10.005&invoices%5B0%5D.amount.currency=EUR&invoices%5B0%5D.due_date=")
        .await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.field_error("debtor.country").unwrap().contains("“DEU” is a three-letter code"));
    assert!(page.field_error("invoices[0].amount.amount").unwrap().contains("amounts in EUR have at most 2"));
    assert!(page.field_error("invoices[0].due_date").unwrap().contains("Enter a date"));
    assert_eq!(page.input_value("invoices[0].amount.amount").as_deref(), Some("10.005"));
    assert!(page.text_of("quote").is_none());

    // a country without partners is explained next to the country
    let page = app.get_page(&format!("/quote?debtor.country=US&invoices%5B0%5D.amount.amount=100&invoices%5B0%5D.amount.currency=USD&invoices%5B0%5D.due_date={due}")).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        page.field_error("debtor.country")
            .unwrap()
            .contains("No licensed partner covers United States of America (US)")
    );

    // the script the page loads is served
    let script = app.client.get(app.url("/static/quote.js")).send().await.unwrap();
    assert_eq!(script.status(), StatusCode::OK);
    assert!(script.text().await.unwrap().contains("/quote/part"));
}

#[tokio::test]
async fn the_claim_form_previews_the_quote_and_the_claim_keeps_it() {
    let app = spawn_app().await;
    app.sign_up("Nordic Tools AB", "anna@nordictools.example").await;
    let form = app.get_page("/claims/new").await;
    assert!(form.body.contains("id=\"preview-quote\"") && form.body.contains("data-quote-form"));

    // "Preview the cost" without JavaScript: the form comes back with the quote, nothing is filed
    let mut fields = claim_form("DE", "1200.00", "EUR");
    fields.iter_mut().find(|(k, _)| k == "action").unwrap().1 = "preview".into();
    let page = app.submit("/claims/new", "/claims/new", &pairs(&fields)).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert_eq!(page.text_of("quote-if-collected").as_deref(), Some("110.00 EUR"));
    assert_eq!(page.input_value("debtor.name").as_deref(), Some("Muster Handel GmbH"));
    assert!(!page.body.contains("field-error"), "the other fields are not judged by a preview");
    assert_eq!(app.stored_claims().await, 0);
    let mut bad = fields.clone();
    bad.iter_mut().find(|(k, _)| k == "invoices[0].amount.amount").unwrap().1 = "12,50".into();
    let page = app.submit("/claims/new", "/claims/new", &pairs(&bad)).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.field_error("invoices[0].amount.amount").unwrap().contains("decimal point"));

    // Filing stores the quote; the claim page shows it, and the API returns it
    let page = app.submit("/claims/new", "/claims/new", &pairs(&claim_form("DE", "1200.00", "EUR"))).await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.body);
    let claim_page = app.get_page(&page.location.unwrap()).await;
    assert!(claim_page.body.contains("The quote it was filed with"));
    assert_eq!(claim_page.text_of("quote-if-collected").as_deref(), Some("110.00 EUR"));
    assert_eq!(claim_page.text_of("quote-compensation").as_deref(), Some("40.00 EUR"));

    let key = app.api_creditor("ap@nordictools.example").await;
    let response = app.post_claim(&key, &claim_body("SE", "25000.00", "SEK")).await;
    assert_eq!(response.status(), StatusCode::CREATED);
    let claim: Value = response.json().await.unwrap();
    let stored = &claim["quote"];
    assert_eq!(stored["partner"]["id"], claim["partner"]["id"], "the quote prices the partner the claim went to");
    assert_eq!(stored["principal"], claim["principal"]);
    assert_eq!(stored["as_of"], days_ago(0));
    assert_contract_shape(stored);
    // the same claim quoted now gives the same figures
    let (_, fresh) = post_quote(&app, &claim_body("SE", "25000.00", "SEK")).await;
    assert_eq!(fresh["cost"], stored["cost"]);
    assert_eq!(fresh["claimable_from_debtor"], stored["claimable_from_debtor"]);
    let (_, read) = app.get_json(&key, &format!("/api/v1/claims/{}", claim["id"].as_str().unwrap())).await;
    assert_eq!(read["quote"], *stored);
}

#[tokio::test]
async fn with_javascript_the_quote_follows_the_typing() {
    let app = spawn_app().await;
    let browser = Browser::start().await;
    browser.goto(&app.url("/quote")).await;
    browser.script("window.sameDocument = true;", json!([])).await;
    browser.type_into("f-debtor.country", "SE").await;
    browser.type_into("f-invoices[0].amount.amount", "25000").await;
    browser.clear("f-invoices[0].amount.currency").await;
    browser.type_into("f-invoices[0].amount.currency", "SEK").await;
    let due = days_ago(45);
    browser.pick("f-invoices[0].due_date", &due).await;
    // what the page without JavaScript shows for the same fields, as the server writes it
    let expected = quote_page(&app, &due, "25000").await;
    let shown = browser
        .wait_for_text("quote-if-collected", |t| Some(t.to_string()) == expected.text_of("quote-if-collected"))
        .await;
    assert_eq!(shown, "2,220.00 SEK");
    assert_eq!(browser.text("quote-interest").await, expected.text_of("quote-interest"));
    assert_eq!(browser.text("quote-compensation").await.as_deref(), Some("450.00 SEK"));

    // one more digit: the quote follows without the form being sent
    browser.type_into("f-invoices[0].amount.amount", "0").await;
    let bigger = quote_page(&app, &due, "250000").await;
    browser.wait_for_text("quote-if-collected", |t| Some(t.to_string()) == bigger.text_of("quote-if-collected")).await;
    assert_eq!(browser.script("return window.sameDocument === true;", json!([])).await, json!(true), "no page load");

    // a mistake is shown next to its field, and goes away when corrected
    browser.type_into("f-invoices[0].amount.amount", ".005").await;
    browser.wait_for_text("e-invoices[0].amount.amount", |t| t.contains("amounts in SEK have at most 2")).await;
    browser.clear("f-invoices[0].amount.amount").await;
    browser.type_into("f-invoices[0].amount.amount", "2500").await;
    browser.wait_for_text("quote-principal", |t| t == "2,500.00 SEK").await;
    assert_eq!(browser.text("e-invoices[0].amount.amount").await, None);

    // a country without partners is said next to the country
    browser.clear("f-debtor.country").await;
    browser.type_into("f-debtor.country", "US").await;
    browser
        .wait_for_text("e-debtor.country", |t| t.contains("No licensed partner covers United States of America (US)"))
        .await;

    // the claim form previews the same quote as the creditor fills it in
    browser.goto(&app.url("/signup")).await;
    for (id, value) in [
        ("f-name", "Nordic Tools AB"),
        ("f-registration_number", "556677-8899"),
        ("f-country", "SE"),
        ("f-email", "anna@nordictools.example"),
        ("f-password", "a long enough password"),
    ] {
        browser.type_into(id, value).await;
    }
    browser.script("document.querySelector(\"form[action='/signup']\").requestSubmit();", json!([])).await;
    // sign-up asks to confirm the address; its link leads to sign-in, and sign-in to the claim form
    browser.wait_for_text("flash", |t| t.contains("confirm your address")).await;
    let link = app.link_in_mail("anna@nordictools.example", "/verify/").await;
    browser.goto(&app.url(&link)).await;
    browser.wait_for_text("flash", |t| t.contains("You can sign in now")).await;
    browser.type_into("f-email", "anna@nordictools.example").await;
    browser.type_into("f-password", "a long enough password").await;
    browser.script("document.querySelector(\"form[action='/signin']\").requestSubmit();", json!([])).await;
    browser.wait_for_text("quote-placeholder", |t| t.contains("see the quote")).await;
    // the country is chosen from a list by its name, as a person types it
    browser.type_into("f-debtor.country", "Germany").await;
    browser.type_into("f-invoices[0].amount.amount", "1200").await;
    browser.pick("f-invoices[0].due_date", &days_ago(30)).await;
    browser.wait_for_text("quote-partner", |t| t.starts_with("Sandbox Forderungsmanagement Nord")).await;
    let reason = browser.text("quote-recommendation").await.unwrap();
    assert!(reason.starts_with("Recommended: the lowest fee among the collection agencies in Germany"), "{reason}");
    browser.pick("f-history.debtor_response", "disputes").await;
    browser.wait_for_text("quote-partner", |t| t.starts_with("Sandbox Rechtsanwälte DACH")).await;
    assert_eq!(app.stored_claims().await, 0, "a preview files nothing");
    browser.close().await;
}

#[tokio::test]
async fn the_live_quote_speaks_the_page_language() {
    let app = spawn_app().await;
    let browser = Browser::start().await;
    browser.goto(&app.url("/")).await;
    browser.add_cookie("lang", "sv").await;
    browser.goto(&app.url("/quote")).await;
    browser.script("window.sameDocument = true;", json!([])).await;
    browser.type_into("f-debtor.country", "SE").await;
    browser.type_into("f-invoices[0].amount.amount", "25 000,50").await;
    browser.clear("f-invoices[0].amount.currency").await;
    browser.type_into("f-invoices[0].amount.currency", "SEK").await;
    let due = days_ago(45);
    browser.pick("f-invoices[0].due_date", &due).await;

    // the amount as a Swedish page writes it, and the whole quote as the server writes it in Swedish
    let client = crate::helpers::browser();
    let query = format!(
        "/quote?debtor.country=SE&invoices%5B0%5D.amount.amount=25+000%2C50&invoices%5B0%5D.amount.currency=SEK&invoices%5B0%5D.due_date={due}"
    );
    let html = client.get(app.url(&query)).header("cookie", "lang=sv").send().await.unwrap().text().await.unwrap();
    let expected = crate::helpers::Page { status: StatusCode::OK, location: None, body: html };
    let principal = expected.text_of("quote-principal").expect("the server's quote");
    assert!(principal.contains("25") && principal.contains("000,50"), "{principal}");
    browser.wait_for_text("quote-principal", |t| t.replace('\u{a0}', " ") == principal.replace('\u{a0}', " ")).await;
    for id in ["quote-if-collected", "quote-interest", "quote-partner"] {
        let shown = browser.text(id).await.map(|t| t.replace('\u{a0}', " "));
        assert_eq!(shown, expected.text_of(id).map(|t| t.replace('\u{a0}', " ")), "{id}");
    }
    let heading = browser.script("return document.querySelector('#quote h3').textContent;", json!([])).await;
    assert_eq!(heading, json!(crossclaim::i18n::t(crossclaim::i18n::Lang::Sv, "quote-cost-heading")));
    assert_eq!(browser.script("return window.sameDocument === true;", json!([])).await, json!(true), "no page load");

    // a country typed out by its Swedish name, whole
    browser.clear("f-debtor.country").await;
    browser.type_into("f-debtor.country", "Tyskland").await;
    browser.wait_for_text("quote-partner", |t| t.starts_with("Sandbox Forderungsmanagement Nord")).await;
    let typed = browser.script("return document.getElementById('f-debtor.country').value;", json!([])).await;
    assert_eq!(typed, json!("Tyskland"), "the box keeps the whole name");

    // a country without partners is said in Swedish, with the country's Swedish name
    browser.clear("f-debtor.country").await;
    browser.type_into("f-debtor.country", "US").await;
    let said = browser.wait_for_text("e-debtor.country", |t| t.contains("licensierad partner")).await;
    assert!(said.contains("United States of America"), "outside Europe, the country's ISO name: {said}");
    browser.close().await;
}

#[tokio::test]
async fn the_quote_page_reads_country_names_and_answers_in_the_page_language() {
    let app = spawn_app().await;
    let get = |query: String| {
        let client = crate::helpers::browser();
        let url = app.url(&format!("/quote?{query}"));
        async move {
            let response = client.get(url).header("cookie", "lang=de").send().await.unwrap();
            let status = response.status();
            crate::helpers::Page { status, location: None, body: response.text().await.unwrap() }
        }
    };
    let fields = |country: &str| {
        format!(
            "debtor.country={country}&invoices%5B0%5D.amount.amount=1.200%2C50&invoices%5B0%5D.amount.currency=EUR&invoices%5B0%5D.due_date={}",
            days_ago(40)
        )
    };
    // the country by its German name, the amount as a German writes it
    let page = get(fields("Deutschland")).await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    assert_eq!(page.text_of("quote-principal").map(|t| t.replace('\u{a0}', " ")).as_deref(), Some("1.200,50 €"));
    // what is no country is said in German, naming the field's label
    let page = get(fields("Atlantis")).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    let error = page.field_error("debtor.country").expect("an error at the country");
    assert!(error.contains("„Atlantis“") || error.contains("Atlantis"), "{error}");
    assert!(!error.contains("ISO 3166"), "no English code talk on a German page: {error}");
    // the live part says the same
    let part = crate::helpers::browser()
        .get(app.url(&format!("/quote/part?{}", fields("Atlantis"))))
        .header("cookie", "lang=de")
        .send()
        .await
        .unwrap();
    assert_eq!(part.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let body: Value = part.json().await.unwrap();
    assert_eq!(body["errors"][0]["field"], "debtor.country");
    assert_eq!(body["errors"][0]["label"], "Land");
    assert_eq!(body["errors"][0]["error"].as_str(), Some(error.as_str()));
}

#[tokio::test]
async fn the_whole_quote_is_the_default_and_the_summary_is_asked_for() {
    let app = spawn_app().await;
    let body = quote_body("SE", "12500.00", "EUR", "2026-04-30", "2026-11-16");
    let response = app.client.post(app.url("/api/v1/quotes")).json(&body).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["content-type"], "application/json");
    let full = response.bytes().await.unwrap();
    // byte for byte the quote as serde writes it, as it always was
    let input: crossclaim::domain::quote::QuoteInput = serde_json::from_value(body.clone()).unwrap();
    let quote = crossclaim::web::api::quotes::quote_for(&app.state, &input).unwrap();
    assert_eq!(full, serde_json::to_vec(&quote).unwrap());
    let asked = app.client.post(app.url("/api/v1/quotes?detail=full")).json(&body).send().await.unwrap();
    assert_eq!(asked.bytes().await.unwrap(), full, "?detail=full is the default");

    let response = app.client.post(app.url("/api/v1/quotes?detail=summary")).json(&body).send().await.unwrap();
    assert_eq!(response.headers()["content-type"], "application/json");
    let short = response.bytes().await.unwrap();
    assert!(short.len() * 4 < full.len(), "{} bytes against {}", short.len(), full.len());
    let (q, s): (Value, Value) = (serde_json::from_slice(&full).unwrap(), serde_json::from_slice(&short).unwrap());
    for key in ["as_of", "country", "service", "principal", "warnings"] {
        assert_eq!(s[key], q[key], "{key}");
    }
    assert_eq!((&s["partner"]["id"], &s["partner"]["name"]), (&q["partner"]["id"], &q["partner"]["name"]));
    assert_eq!(s["score"], q["standing"]["score"]);
    for key in ["if_collected", "if_not_collected", "fee_currency"] {
        assert_eq!(s["cost"][key], q["cost"][key], "cost.{key}");
    }
    for key in ["late_interest", "interest_rate_percent", "compensation", "total"] {
        assert_eq!(s["claimable_from_debtor"][key], q["claimable_from_debtor"][key], "claimable_from_debtor.{key}");
    }
    assert_eq!(s["recommendation"]["reason"], q["recommendation"]["reason"]);
    let alternatives = q["alternatives"].as_array().unwrap();
    assert_eq!(s["alternatives"].as_array().unwrap().len(), alternatives.len());
    for (short, long) in s["alternatives"].as_array().unwrap().iter().zip(alternatives) {
        assert_eq!(short["partner"]["id"], long["partner"]["id"]);
        assert_eq!(short["cost"]["if_collected"], long["cost"]["if_collected"]);
    }
    for key in ["notes", "exchange_rates", "standing"] {
        assert!(s.get(key).is_none(), "the summary leaves out {key}");
    }
    assert!(s["claimable_from_debtor"].get("interest_periods").is_none());

    let response = app.client.post(app.url("/api/v1/quotes?detail=short")).json(&body).send().await.unwrap();
    let (status, error) = json_of(response).await;
    assert_eq!((status, error["field"].as_str()), (StatusCode::BAD_REQUEST, Some("detail")), "{error}");
}
