//! At scale: the seed fills a database the pages and lists read, and on PostgreSQL the
//! list queries are planned on indexes, never a sequential scan of `claims`.

use crossclaim::db::claims::ClaimFilter;
use crossclaim::db::portal::PortalFilter;
use crossclaim::seed::{Plan, Seeded};
use reqwest::StatusCode;
use serde_json::Value;

use crate::helpers::{TestApp, id_of, require_postgres, spawn_app};

async fn creditor_id(app: &TestApp, email: &str) -> String {
    use crossclaim::db::schema::creditors;
    use diesel::prelude::*;
    let email = email.to_string();
    app.state
        .db
        .run(move |conn| {
            Ok(crossclaim::with_conn!(conn, c => creditors::table
                .filter(creditors::email.eq(&email))
                .select(creditors::id)
                .first::<String>(c))?)
        })
        .await
        .unwrap()
}

async fn seed(app: &TestApp, plan: Plan) -> Seeded {
    let (db, rules, registry) = (app.state.db.clone(), app.state.rules.clone(), app.state.registry.clone());
    tokio::task::spawn_blocking(move || crossclaim::seed::run(&db, &rules, &registry, &plan, |_| {}))
        .await
        .unwrap()
        .expect("the seed runs")
}

/// The `href` of the link `<a href=… id="{id}">` on the page.
fn link_by_id(page: &crate::helpers::Page, id: &str) -> Option<String> {
    let at = page.body.find(&format!("id=\"{id}\""))?;
    let start = page.body[..at].rfind("href=\"")? + 6;
    Some(page.body[start..].split('"').next()?.to_string())
}

/// The `href` of the link with this id on the page.
fn link(page: &crate::helpers::Page, id: &str) -> Option<String> {
    let at = page.body.find(&format!("id=\"{id}\"><a href=\""))? + id.len() + 15;
    Some(page.body[at..].split('"').next()?.to_string())
}

/// Pages a case's thread from its newest entries back to its first with the "earlier" links,
/// checks that each page is the one before the last (no entry twice, none left out, at most
/// a hundred at a time) and that "later" leads back; returns how many entries there were.
async fn thread_pages(app: &TestApp, path: &str, entries: impl Fn(&crate::helpers::Page) -> usize) -> usize {
    let mut page = app.get_page(path).await;
    let shown = |page: &crate::helpers::Page| -> (usize, usize, usize) {
        let at = page.body.find("id=\"thread-shown\">").expect("how much is shown");
        let text = &page.body[at..at + 120];
        let n: Vec<usize> = text
            .split(|c: char| !c.is_ascii_digit() && c != ',')
            .filter_map(|w| w.replace(',', "").parse().ok())
            .collect();
        (n[0], n[1], n[2])
    };
    let (mut from, to, total) = shown(&page);
    assert_eq!((to, to - from + 1), (total, entries(&page)));
    let mut later_of_previous: Option<String> = None;
    while let Some(earlier) = link(&page, "thread-earlier") {
        let previous = page;
        page = app.get_page(&earlier.replace("#thread-heading", "")).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(!page.body.contains("data-stream="), "an earlier page does not take live entries");
        let (f, t, _) = shown(&page);
        assert_eq!(t + 1, from, "the page just before");
        assert!(entries(&page) <= 100 && entries(&page) == t - f + 1);
        let later = link(&page, "thread-later").expect("a way back");
        let back = app.get_page(&later.replace("#thread-heading", "")).await;
        assert_eq!(shown(&back).0, from, "later leads back to the page before");
        assert_eq!(entries(&back), entries(&previous));
        later_of_previous = Some(later);
        from = f;
    }
    assert_eq!(from, 1, "back to the first entry");
    assert!(later_of_previous.is_some(), "more than one page");
    total
}

fn plan(claims: u64, creditors: u64, owner: Option<String>, busy: u64) -> Plan {
    Plan { claims, creditors, owner, owner_percent: 30, busy_case_events: busy, now: crossclaim::db::now_micros() }
}

/// Every page of the creditor's claims at `query`, following the cursors.
async fn all_pages(app: &TestApp, key: &str, query: &str) -> (Vec<Value>, Value) {
    let (mut items, mut cursor) = (Vec::new(), None::<String>);
    loop {
        let path = match &cursor {
            Some(c) => format!("/api/v1/claims?limit=100&{query}&cursor={c}"),
            None => format!("/api/v1/claims?limit=100&{query}"),
        };
        let (status, body) = app.get_json(key, &path).await;
        assert_eq!(status, StatusCode::OK, "{body}");
        items.extend(body["items"].as_array().unwrap().iter().cloned());
        match body["next_cursor"].as_str() {
            Some(next) => cursor = Some(next.to_string()),
            None => return (items, body["totals"].clone()),
        }
    }
}

fn minor(money: &Value) -> i64 {
    let amount = money["amount"].as_str().unwrap();
    let (whole, cents) = amount.split_once('.').unwrap_or((amount, "0"));
    whole.parse::<i64>().unwrap() * 100 + cents.parse::<i64>().unwrap()
}

#[tokio::test]
async fn seeded_claims_fill_the_lists_their_totals_and_open_as_pages() {
    let app = spawn_app().await;
    let key = app.api_creditor("owner@seeded.example").await;
    let owner = creditor_id(&app, "owner@seeded.example").await;
    let seeded = seed(&app, plan(600, 4, Some(owner.clone()), 300)).await;
    assert_eq!((seeded.claims, seeded.owner.as_str()), (600, owner.as_str()));

    // newest first over every page, each claim once; the totals count what the pages hold
    let (items, totals) = all_pages(&app, &key, "").await;
    let ids: Vec<String> = items.iter().map(id_of).collect();
    assert!(ids.len() > 100 && ids.len() < 600, "the owner has a share, not all: {}", ids.len());
    assert!(ids.windows(2).all(|w| w[0] > w[1]), "newest first, no repeats");
    assert_eq!(totals["claims"].as_u64(), Some(ids.len() as u64));
    for currency in totals["by_currency"].as_array().unwrap() {
        let code = currency["currency"].as_str().unwrap();
        let mine: Vec<&Value> = items.iter().filter(|i| i["principal"]["currency"] == code).collect();
        let collected: i64 =
            mine.iter().filter_map(|i| i["collected"].as_object().map(|_| minor(&i["collected"]))).sum();
        let outstanding: i64 = mine
            .iter()
            .filter(|i| i["terminal"] == false)
            .map(|i| (minor(&i["principal"]) - i["collected"].as_object().map_or(0, |_| minor(&i["collected"]))).max(0))
            .sum();
        assert_eq!(currency["claims"].as_u64(), Some(mine.len() as u64), "{code}");
        assert_eq!(
            (minor(&currency["collected"]), minor(&currency["outstanding"])),
            (collected, outstanding),
            "{code}"
        );
    }

    // filtered by a status and by a country: only those, and totals that follow
    let status = items.iter().map(|i| i["status"].as_str().unwrap()).max().unwrap().to_string();
    let (paid, totals) = all_pages(&app, &key, &format!("status={status}")).await;
    assert_eq!(paid.len(), items.iter().filter(|i| i["status"] == status.as_str()).count());
    assert_eq!(totals["claims"].as_u64(), Some(paid.len() as u64));
    let country = items[0]["debtor"]["country"].as_str().unwrap().to_string();
    let (there, totals) = all_pages(&app, &key, &format!("country={country}")).await;
    assert!(!there.is_empty() && there.iter().all(|i| i["debtor"]["country"] == country.as_str()));
    assert_eq!(totals["claims"].as_u64(), Some(there.len() as u64));
    // searched by an invoice number of one claim
    let (_, one) = app.get_json(&key, &format!("/api/v1/claims/{}", ids[7])).await;
    let number = one["invoices"][0]["number"].as_str().unwrap().to_string();
    let (found, totals) = all_pages(&app, &key, &format!("q={number}")).await;
    assert_eq!(found.iter().map(id_of).collect::<Vec<_>>(), vec![ids[7].clone()]);
    assert_eq!(totals["claims"], 1);

    // the totals move with the case: a withdrawn claim counts as withdrawn, nothing outstanding
    let open = items.iter().find(|i| i["terminal"] == false && i["status"] != "declined").map(id_of).unwrap();
    let response =
        app.client.post(app.url(&format!("/api/v1/claims/{open}/withdraw"))).bearer_auth(&key).send().await.unwrap();
    assert!(response.status().is_success(), "{}", response.text().await.unwrap());
    let (_, after) = all_pages(&app, &key, "status=withdrawn").await;
    let before = items.iter().filter(|i| i["status"] == "withdrawn").count();
    assert_eq!(after["claims"].as_u64(), Some(before as u64 + 1));

    // the partner with the most accepted cases pages through them, 50 at a time, newest
    // first; its dashboard counts the open ones
    let (partner, accepted, open): (String, i64, i64) = app
        .state
        .db
        .run(|conn| {
            use crossclaim::db::schema::claims;
            use diesel::dsl::count_star;
            use diesel::prelude::*;
            let (partner, accepted) = crossclaim::with_conn!(conn, c => claims::table
                .filter(claims::partner_reference.is_not_null())
                .group_by(claims::partner_id)
                .select((claims::partner_id, count_star()))
                .order(count_star().desc())
                .first::<(String, i64)>(c))?;
            let open = crossclaim::with_conn!(conn, c => claims::table
                .filter(claims::partner_id.eq(&partner))
                .filter(claims::partner_reference.is_not_null())
                .filter(claims::status.ne_all(["paid", "uncollectable", "withdrawn", "settled", "declined", "submitted"]))
                .count()
                .get_result::<i64>(c))?;
            Ok((partner, accepted, open))
        })
        .await
        .unwrap();
    assert!(accepted > 50, "more than a page: {accepted}");
    let agent = app.partner_browser(&partner, "lists@seeded.example").await;
    let dashboard = agent.get_page("/partner").await;
    assert!(dashboard.body.contains(&format!("Your open cases ({open})")), "{}", dashboard.body);
    let (mut listed, mut path) = (Vec::<String>::new(), "/partner/cases".to_string());
    loop {
        let page = agent.get_page(&path).await;
        assert_eq!(page.status, StatusCode::OK);
        let rows: Vec<String> = page
            .body
            .match_indices("<tr data-case=\"")
            .map(|(at, _)| page.body[at + 15..].split('"').next().unwrap().to_string())
            .collect();
        assert!(rows.len() <= 50, "a page at a time");
        listed.extend(rows);
        assert!(listed.len() as i64 <= accepted, "no page twice: {path}");
        match link_by_id(&page, "older-cases") {
            Some(next) => path = next.replace("&#38;", "&").replace("&amp;", "&"),
            None => break,
        }
    }
    assert_eq!(listed.len() as i64, accepted, "every accepted case once");
    assert!(listed.windows(2).all(|w| w[0] > w[1]), "newest first, no repeats");

    // the busiest case opens as a page of its newest entries, pages back to its first and
    // forward again; the list page shows it
    app.sign_up("Busy Pages AB", "pages@seeded.example").await;
    let pages_owner = creditor_id(&app, "pages@seeded.example").await;
    let busy = seed(&app, plan(30, 1, Some(pages_owner), 300)).await.busy_case.expect("a busy case");
    let entries = |page: &crate::helpers::Page| page.body.matches("<li data-event=").count();
    let newest = app.get_page(&format!("/claims/{busy}")).await;
    assert_eq!(newest.status, StatusCode::OK);
    assert!(newest.body.contains("Reminder 300 sent") && !newest.body.contains("Reminder 1 sent to"));
    assert_eq!(entries(&newest), 100, "a page of the newest entries");
    assert!(newest.body.contains("data-stream=") && !newest.body.contains("id=\"thread-later\""));
    let total = thread_pages(&app, &format!("/claims/{busy}"), entries).await;
    assert!(total > 300, "every entry on one page or another: {total}");
    // the partner's page of the same case pages alike
    let partner = {
        let busy = busy.clone();
        app.state
            .db
            .run(move |conn| {
                use crossclaim::db::schema::claims;
                use diesel::prelude::*;
                Ok(crossclaim::with_conn!(conn, c => claims::table
                    .filter(claims::id.eq(&busy))
                    .select(claims::partner_id)
                    .first::<String>(c))?)
            })
            .await
            .unwrap()
    };
    let agent = app.partner_browser(&partner, "agent@seeded.example").await;
    let on_partner_page = |page: &crate::helpers::Page| page.body.matches("class=\"entry entry-").count();
    assert_eq!(thread_pages(&agent, &format!("/partner/cases/{busy}"), on_partner_page).await, total);
    let list = app.get_page("/claims").await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(list.body.contains(&busy) || list.body.contains("cursor="), "the list shows the newest claims");
    // another creditor's seeded claim is not the owner's
    let theirs = {
        let owner = owner.clone();
        app.state
            .db
            .run(move |conn| {
                use crossclaim::db::schema::claims;
                use diesel::prelude::*;
                Ok(crossclaim::with_conn!(conn, c => claims::table
                    .filter(claims::creditor_id.ne(&owner))
                    .select(claims::id)
                    .first::<String>(c))?)
            })
            .await
            .unwrap()
    };
    let (status, _) = app.get_json(&key, &format!("/api/v1/claims/{theirs}")).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[test]
fn the_seed_command_prints_its_progress_and_rate() {
    let db = crate::helpers::TestDb::new();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_crossclaim"))
        .args(["seed", "--claims", "120", "--creditors", "3", "--busy-case-events", "20"])
        .env("DATABASE_URL", &db.url)
        .env("PARTNERS_DIR", concat!(env!("CARGO_MANIFEST_DIR"), "/partners"))
        .env("RULES_DIR", concat!(env!("CARGO_MANIFEST_DIR"), "/rules"))
        .env("RUST_LOG", "warn")
        .output()
        .expect("the binary runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout}{}", String::from_utf8_lossy(&output.stderr));
    assert!(stdout.contains("seeded 120 of 120 claims"), "{stdout}");
    assert!(stdout.lines().any(|l| l.starts_with("seeded 120 claims (") && l.contains("claims/s")), "{stdout}");
    assert!(stdout.contains("busiest case: c_"), "{stdout}");
    // a second run adds to the first
    let again = std::process::Command::new(env!("CARGO_BIN_EXE_crossclaim"))
        .args(["seed", "--claims", "10", "--creditors", "1", "--busy-case-events", "0"])
        .env("DATABASE_URL", &db.url)
        .env("PARTNERS_DIR", concat!(env!("CARGO_MANIFEST_DIR"), "/partners"))
        .env("RULES_DIR", concat!(env!("CARGO_MANIFEST_DIR"), "/rules"))
        .output()
        .unwrap();
    assert!(again.status.success(), "{}", String::from_utf8_lossy(&again.stderr));
    let bad = std::process::Command::new(env!("CARGO_BIN_EXE_crossclaim"))
        .args(["seed", "--claims", "10", "--creditors", "0"])
        .env("DATABASE_URL", &db.url)
        .env("PARTNERS_DIR", concat!(env!("CARGO_MANIFEST_DIR"), "/partners"))
        .env("RULES_DIR", concat!(env!("CARGO_MANIFEST_DIR"), "/rules"))
        .output()
        .unwrap();
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("--creditors"));
}

/// Fails on a plan that reads the whole `claims` table (or the whole event table).
fn assert_no_seq_scan(what: &str, (sql, plan): &(String, String)) {
    for table in ["claims", "claim_events"] {
        assert!(
            !plan.lines().any(|l| l.contains("Seq Scan on") && l.split_whitespace().any(|w| w == table)),
            "{what}: a sequential scan of {table}\n{plan}\n{sql}"
        );
    }
}

/// On a seeded database of 20,000 claims (big enough that PostgreSQL's planner prefers an
/// index where one serves; it reads a small table whole), the queries of the creditor's
/// list and totals, the claim page's thread, the partner's lists and the operator's list
/// of silent cases: every plan on an index. The SQL is diesel's, built by the code itself.
#[tokio::test]
#[ignore = "needs PostgreSQL: run with TEST_DATABASE_URL=postgres://... and --include-ignored"]
async fn the_list_queries_are_planned_on_indexes_at_scale() {
    require_postgres("the plans are PostgreSQL's");
    let app = spawn_app().await;
    let seeded = seed(&app, plan(20_000, 40, None, 500)).await;
    let (owner, busy) = (seeded.owner.clone(), seeded.busy_case.clone().unwrap());
    let partner = app.state.registry.all()[0].id.to_string();
    let plans = app
        .state
        .db
        .run(move |conn| {
            let crossclaim::db::Conn::Pg(c) = conn else { panic!("on PostgreSQL") };
            let c: &mut diesel::PgConnection = c;
            let mut plans = Vec::new();
            let base = ClaimFilter { limit: 26, ..Default::default() };
            let filters = [
                ("all", base.clone()),
                ("by status", ClaimFilter { status: Some("paid".into()), ..base.clone() }),
                ("by country", ClaimFilter { country: Some("SE".into()), ..base.clone() }),
                ("by search", ClaimFilter { search: Some("baltic".into()), ..base.clone() }),
                ("by invoice", ClaimFilter { search: Some("inv-2025-0001".into()), ..base.clone() }),
                (
                    "next page",
                    ClaimFilter { before: Some("c_01J".into()), status: Some("paid".into()), ..base.clone() },
                ),
            ];
            for (what, filter) in filters {
                for plan in crossclaim::db::claims::list_plans(c, &owner, &filter)? {
                    plans.push((format!("creditor list {what}"), plan));
                }
            }
            plans.push(("claim page thread".into(), crossclaim::db::claims::events_plan(c, &busy)?));
            plans.push(("operator silent cases".into(), crossclaim::db::claims::silent_plan(c)?));
            let portal = PortalFilter { limit: 500, ..Default::default() };
            for (what, filter) in [
                ("all", portal.clone()),
                ("by status", PortalFilter { status: Some("paid".into()), ..portal.clone() }),
                ("by search", PortalFilter { search: Some("baltic".into()), ..portal.clone() }),
            ] {
                for plan in crossclaim::db::portal::list_plans(c, &partner, &filter)? {
                    plans.push((format!("partner list {what}"), plan));
                }
            }
            Ok(plans)
        })
        .await
        .unwrap();
    assert_eq!(plans.len(), 14, "every list query has its plan");
    for (what, plan) in &plans {
        assert_no_seq_scan(what, plan);
    }
}
