//! The public partner directory, as a page and as JSON.

use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::spawn_app;

#[tokio::test]
async fn the_api_lists_every_partner_without_endpoints_or_secrets() {
    let app = spawn_app().await;
    let response = app.client.get(app.url("/api/v1/partners")).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let text = response.text().await.unwrap();
    let body: Value = serde_json::from_str(&text).unwrap();
    let items = body["items"].as_array().unwrap();
    // every file of partners/ and nothing else
    let files: std::collections::BTreeSet<String> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/partners"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter_map(|name| name.strip_suffix(".toml").map(str::to_string))
        .collect();
    let listed: std::collections::BTreeSet<String> =
        items.iter().map(|p| p["id"].as_str().unwrap().to_string()).collect();
    assert_eq!(listed.len(), items.len(), "each partner once");
    assert_eq!(listed, files);
    assert!(items.len() >= 39);
    for forbidden in ["_env", "secret", "token", "base_url", "sandbox/", "127.0.0.1"] {
        assert!(!text.contains(forbidden), "the directory leaks {forbidden}");
    }
    let de = items.iter().find(|p| p["id"] == "sandbox-agency-de").expect("the German agency");
    assert_eq!(de["countries"], serde_json::json!(["DE"]));
    assert_eq!(de["service"], "collection");
    assert_eq!(de["licence"]["authority"], "Bundesamt für Justiz: Rechtsdienstleistungsregister (RDG §10)");
    assert!(de["licence"]["number"].as_str().unwrap().starts_with("SANDBOX-DE-"));
    let firm = items.iter().find(|p| p["id"] == "sandbox-law-south").unwrap();
    assert_eq!(firm["service"], "legal");
    assert!(firm["countries"].as_array().unwrap().contains(&Value::from("PT")));
}

#[tokio::test]
async fn the_directory_page_shows_each_country_and_its_licences() {
    let app = spawn_app().await;
    let page = app.get_page("/partners").await;
    assert_eq!(page.status, StatusCode::OK);
    for text in [
        "Germany",
        "Portugal",
        "United Kingdom",
        "Iceland",
        "Liechtenstein",
        "Finansinspektionen",
        "Finanstilsynet",
        "Ordem dos Advogados",
    ] {
        assert!(page.body.contains(text), "{text} is missing");
    }
    let portugal = page.body.split("id=\"country-PT\"").nth(1).unwrap().split("class=\"group\"").next().unwrap();
    assert!(portugal.contains("Law firm") && !portugal.contains("Collection agency"), "only lawyers in Portugal");
    assert!(!page.body.contains("_SECRET"));
    // Swedish collection licences are granted by Finansinspektionen since 2024-01-01, no longer IMY
    let sweden = page.body.split("id=\"country-SE\"").nth(1).unwrap().split("class=\"group\"").next().unwrap();
    assert!(sweden.contains("Finansinspektionen") && !sweden.contains("Integritetsskyddsmyndigheten"));
}

#[tokio::test]
async fn unknown_pages_and_api_paths_say_not_found() {
    let app = spawn_app().await;
    assert_eq!(app.get_page("/nowhere").await.status, StatusCode::NOT_FOUND);
    let response = app.client.get(app.url("/api/v1/nowhere")).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["error"], "not found");
}
