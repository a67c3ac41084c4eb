//! The OpenAPI 3.1 documents of the JSON API: the creditor API (`GET /api/v1/openapi.json`)
//! and the partner protocol (`GET /api/v1/partner-openapi.json`), both collected from the
//! handlers' `#[utoipa::path]` annotations and the types they read and answer, through the
//! very registration that serves the routes ([`super::routes`], mounted with
//! `utoipa_actix_web::scope`). The reference page `/api/docs` renders both.
//!
//! # Documenting a route
//!
//! 1. Put `#[utoipa::path(...)]` **above** the handler's actix route macro; method and path
//!    come from the actix macro, the summary and description from the handler's doc comment
//!    (first line, then the rest). Give it
//!    - `tag = tags::...`: one of [`tags`]; [`tags::PARTNER`] puts the operation in the partner
//!      protocol's document, every other tag in the creditor API's;
//!    - `security(("api_key" = []))` when the handler takes an [`super::ApiCreditor`], or
//!      `security(("standard_webhooks" = []))` when a partner signs the request (the
//!      signature headers are then added to the operation here);
//!    - `request_body = T` for a JSON body read with [`super::parse_json`] (or
//!      `request_body(content = ..., content_type = ...)` for raw uploads);
//!    - every answer in `responses(...)`, with `body = T` for JSON (errors: [`ErrorBody`]).
//! 2. Derive `utoipa::ToSchema` on the types it reads and answers, and answer with a typed
//!    struct rather than a `json!` value, so that the document is the code.
//! 3. Register the handler in [`super::routes`] with `.service(handler)`. A handler without the
//!    annotation does not compile there; a route added any other way fails the unit test
//!    below, which compares every route macro of the API modules with the documents.
//! 4. Add its example to `tests/api/openapi.rs`: that test fails for a documented operation
//!    no example calls, and checks each answer's status and body against the document.
//!
//! What the platform sends partners (the hand-over and the deliveries after it) is not a route
//! of ours: it is described by the documentation-only operations at the end of this module,
//! which become the partner document's `webhooks`.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::LazyLock;

use actix_web::{HttpResponse, get};
use serde_json::{Map, Value, json};
use utoipa::OpenApi as _;
use utoipa_actix_web::AppExt;

use crate::domain::claim::Service;
use crate::domain::money::Money;
use crate::web::error::ErrorBody;
use crate::web::views::{AddressView, ContactView, DebtorView, HistoryView, InvoiceView};

/// The operations' tags: each names a section of the reference page.
pub mod tags {
    pub const QUOTES: &str = "Quotes";
    pub const PARTNERS: &str = "Partner directory";
    pub const CLAIMS: &str = "Claims";
    pub const CASE: &str = "The case after hand-over";
    pub const REMINDERS: &str = "Reminders before hand-over";
    pub const STREAMS: &str = "Live streams";
    pub const IMPORTS: &str = "Bulk intake";
    pub const WEBHOOKS: &str = "Webhooks to the creditor's systems";
    pub const DOCUMENTS: &str = "OpenAPI documents";
    pub const CLOCK: &str = "Test clock";
    /// Operations of the partner protocol: what partners call on the platform.
    pub const PARTNER: &str = "Partner protocol";
    /// What the platform sends a partner (the partner document's `webhooks`).
    pub const TO_PARTNER: &str = "Platform to partner";
}

/// The two documents, as JSON.
pub struct Documents {
    pub creditor: Value,
    pub partner: Value,
}

/// The documents, built once from the registration of the routes.
pub fn documents() -> &'static Documents {
    static DOCUMENTS: LazyLock<Documents> = LazyLock::new(build);
    &DOCUMENTS
}

/// Every operation under `/api/v1` as the registration of [`super::routes`] documents it.
pub fn collected() -> utoipa::openapi::OpenApi {
    let (_, api) = actix_web::App::new()
        .into_utoipa_app()
        .service(utoipa_actix_web::scope("/api/v1").configure(super::routes))
        .split_for_parts();
    api
}

/// The creditor API's OpenAPI 3.1 document.
#[utoipa::path(
    tag = tags::DOCUMENTS,
    responses((status = 200, description = "The OpenAPI 3.1 document of the creditor API", body = Object))
)]
#[get("/openapi.json")]
pub async fn creditor_document() -> HttpResponse {
    HttpResponse::Ok().insert_header(("Access-Control-Allow-Origin", "*")).json(&documents().creditor)
}

/// The partner protocol's OpenAPI 3.1 document.
///
/// What partners call on the platform (events, documents) as paths, and what the platform
/// sends them (the hand-over and the deliveries after it) as `webhooks`.
#[utoipa::path(
    tag = tags::PARTNER,
    responses((status = 200, description = "The OpenAPI 3.1 document of the partner protocol", body = Object))
)]
#[get("/partner-openapi.json")]
pub async fn partner_document() -> HttpResponse {
    HttpResponse::Ok().insert_header(("Access-Control-Allow-Origin", "*")).json(&documents().partner)
}

const METHODS: [&str; 8] = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

fn build() -> Documents {
    let all = serde_json::to_value(collected()).expect("the collected document is JSON");
    let outbound = serde_json::to_value(Outbound::openapi()).expect("the outbound document is JSON");
    let is_partner = |op: &Value| op["tags"].as_array().is_some_and(|t| t.iter().any(|t| t == tags::PARTNER));

    let creditor = document(
        &all,
        |op| !is_partner(op),
        json!({
            "title": "CrossClaim creditor API",
            "version": "1.1",
            "description": "Everything the portal's pages do, an accounting system can do over JSON too. \
                Money is `{\"amount\": \"1234.50\", \"currency\": \"EUR\"}` (a decimal string, never a float), \
                countries ISO 3166-1 alpha-2, dates `YYYY-MM-DD`, instants RFC 3339 in UTC. Errors are \
                `{\"error\", \"field\"}` with 400/422 for bad input, 401 unauthenticated, 404 for anything \
                that is not the caller's, 409 for a conflict. Fields beyond those documented may be added.",
        }),
        json!({"api_key": {
            "type": "http",
            "scheme": "bearer",
            "description": "An API key the account creates on its account page: `Authorization: Bearer <key>`.",
        }}),
        None,
    );
    let mut webhooks = Map::new();
    for (path, item) in outbound["paths"].as_object().into_iter().flatten() {
        for (method, op) in item.as_object().into_iter().flatten() {
            let name = op["operationId"].as_str().unwrap_or(path).to_string();
            let mut op = op.clone();
            op["summary"] =
                json!(format!("{} {{partner.api_base}}{path}: {}", method.to_uppercase(), str_of(&op["summary"])));
            webhooks.insert(name, json!({ method: op }));
        }
    }
    let mut schemas = all["components"]["schemas"].as_object().cloned().unwrap_or_default();
    schemas.extend(outbound["components"]["schemas"].as_object().cloned().unwrap_or_default());
    let mut with_outbound = all.clone();
    with_outbound["components"]["schemas"] = Value::Object(schemas);
    let partner = document(
        &with_outbound,
        is_partner,
        json!({
            "title": "CrossClaim partner protocol",
            "version": "1.1",
            "description": "How the platform and a partner agency talk. Every message in both directions is \
                signed with the Standard Webhooks scheme (standardwebhooks.com): `webhook-id` (unique per \
                message, the receiver's idempotency key), `webhook-timestamp` (unix seconds) and \
                `webhook-signature` (`v1,<base64 HMAC-SHA256 over \"{id}.{timestamp}.{body}\">`, \
                space-separated when several keys are valid during rotation), with one `whsec_` secret per \
                partner and direction. A receiver rejects a missing or wrong signature, and a timestamp more \
                than 5 minutes from its clock, with 401. The paths are what partners call on the platform; \
                the webhooks are what the platform sends to `{partner.api_base}`, retried with backoff until \
                answered, in order per case.",
        }),
        json!({"standard_webhooks": {
            "type": "apiKey",
            "in": "header",
            "name": "webhook-signature",
            "description": "Standard Webhooks signature: `v1,<base64 HMAC-SHA256 over \"{webhook-id}.{webhook-timestamp}.{body}\">` \
                with the partner's secret for that direction, together with the `webhook-id` and \
                `webhook-timestamp` headers.",
        }}),
        Some(webhooks),
    );
    Documents { creditor, partner }
}

fn str_of(v: &Value) -> &str {
    v.as_str().unwrap_or_default()
}

/// One document: the operations `keep` selects, the schemas they reach, the security scheme.
fn document(
    all: &Value,
    keep: impl Fn(&Value) -> bool,
    info: Value,
    security_schemes: Value,
    webhooks: Option<Map<String, Value>>,
) -> Value {
    let signed = security_schemes.get("standard_webhooks").is_some();
    let mut paths = Map::new();
    for (path, item) in all["paths"].as_object().into_iter().flatten() {
        let mut kept = Map::new();
        for (method, op) in item.as_object().into_iter().flatten() {
            if METHODS.contains(&method.as_str()) && keep(op) {
                kept.insert(method.clone(), op.clone());
            }
        }
        if !kept.is_empty() {
            paths.insert(path.clone(), Value::Object(kept));
        }
    }
    let mut doc = json!({
        "openapi": "3.1.0",
        "info": info,
        "paths": paths,
        "components": {"schemas": {}, "securitySchemes": security_schemes},
    });
    if let Some(webhooks) = webhooks {
        doc["webhooks"] = Value::Object(webhooks);
    }
    if signed {
        add_signature_headers(&mut doc);
    }
    // only the schemas this document reaches
    let all_schemas = all["components"]["schemas"].as_object().cloned().unwrap_or_default();
    let mut reached = BTreeSet::new();
    let mut todo: Vec<String> = Vec::new();
    refs_in(&doc["paths"], &mut todo);
    refs_in(&doc["webhooks"], &mut todo);
    while let Some(name) = todo.pop() {
        if reached.insert(name.clone())
            && let Some(schema) = all_schemas.get(&name)
        {
            refs_in(schema, &mut todo);
        }
    }
    let schemas: BTreeMap<String, Value> =
        reached.into_iter().filter_map(|n| all_schemas.get(&n).map(|s| (n, s.clone()))).collect();
    doc["components"]["schemas"] = json!(schemas);
    doc
}

/// The three Standard Webhooks headers, on every signed operation.
fn add_signature_headers(doc: &mut Value) {
    let headers = json!([
        {"name": "webhook-id", "in": "header", "required": true, "schema": {"type": "string"},
         "description": "Unique per message; the receiver's idempotency key (the same id again is a no-op)."},
        {"name": "webhook-timestamp", "in": "header", "required": true, "schema": {"type": "string", "pattern": "^[0-9]+$"},
         "description": "Unix seconds; more than 5 minutes from the receiver's clock is refused with 401."},
        {"name": "webhook-signature", "in": "header", "required": true, "schema": {"type": "string"},
         "description": "`v1,<base64 HMAC-SHA256 over \"{id}.{timestamp}.{body}\">`, space-separated when several keys are valid."},
    ]);
    for section in ["paths", "webhooks"] {
        for item in doc[section].as_object_mut().into_iter().flat_map(|m| m.values_mut()) {
            for op in item.as_object_mut().into_iter().flat_map(|m| m.values_mut()) {
                let signed =
                    op["security"].as_array().is_some_and(|s| s.iter().any(|r| r.get("standard_webhooks").is_some()))
                        || section == "webhooks";
                if signed {
                    let params = op["parameters"].as_array().cloned().unwrap_or_default();
                    op["parameters"] =
                        Value::Array(params.into_iter().chain(headers.as_array().cloned().unwrap()).collect());
                }
            }
        }
    }
}

/// Every `#/components/schemas/...` name `value` refers to.
fn refs_in(value: &Value, found: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                if k == "$ref"
                    && let Some(name) = v.as_str().and_then(|r| r.strip_prefix("#/components/schemas/"))
                {
                    found.push(name.to_string());
                }
                refs_in(v, found);
            }
        }
        Value::Array(items) => items.iter().for_each(|v| refs_in(v, found)),
        _ => {}
    }
}

/// Every operation of a document: (method, path or webhook name, operation), in the
/// document's order.
pub fn operations(doc: &Value) -> Vec<(String, String, &Value)> {
    let mut all = Vec::new();
    for section in ["paths", "webhooks"] {
        for (path, item) in doc[section].as_object().into_iter().flatten() {
            for (method, op) in item.as_object().into_iter().flatten() {
                if METHODS.contains(&method.as_str()) {
                    all.push((method.clone(), path.clone(), op));
                }
            }
        }
    }
    all
}

// ------------------------------------------------------------------ checking a value against a schema

/// Checks `value` against `schema` of `doc` (following `$ref`s into `doc`'s components):
/// types, required properties, `enum`, `pattern`-free; every problem with its JSON path.
/// Enough of JSON Schema for the documents utoipa writes: `type` (one or several),
/// `properties`, `required`, `items`, `additionalProperties`, `oneOf`, `anyOf`, `allOf`,
/// `enum`, `const`.
pub fn check(doc: &Value, schema: &Value, value: &Value) -> Vec<String> {
    let mut problems = Vec::new();
    check_at(doc, schema, value, "$", &mut problems, 0);
    problems
}

fn check_at(doc: &Value, schema: &Value, value: &Value, at: &str, problems: &mut Vec<String>, depth: usize) {
    if depth > 64 {
        return;
    }
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        let target =
            reference.strip_prefix("#/components/schemas/").and_then(|name| doc["components"]["schemas"].get(name));
        match target {
            Some(target) => check_at(doc, target, value, at, problems, depth + 1),
            None => problems.push(format!("{at}: the document has no schema {reference}")),
        }
        return;
    }
    if let Some(types) = schema.get("type") {
        let allowed: Vec<&str> = match types {
            Value::String(t) => vec![t.as_str()],
            Value::Array(ts) => ts.iter().filter_map(Value::as_str).collect(),
            _ => Vec::new(),
        };
        let fits = |t: &str| match t {
            "null" => value.is_null(),
            "boolean" => value.is_boolean(),
            "string" => value.is_string(),
            "number" => value.is_number(),
            "integer" => value.is_i64() || value.is_u64(),
            "array" => value.is_array(),
            "object" => value.is_object(),
            _ => true,
        };
        if !allowed.iter().any(|t| fits(t)) {
            problems.push(format!("{at}: {value} is not of type {}", allowed.join(" or ")));
            return;
        }
    }
    if let Some(options) = schema.get("enum").and_then(Value::as_array)
        && !options.contains(value)
    {
        problems.push(format!("{at}: {value} is not one of {}", Value::Array(options.clone())));
    }
    if let Some(constant) = schema.get("const")
        && constant != value
    {
        problems.push(format!("{at}: {value} is not {constant}"));
    }
    for (keyword, need_one) in [("oneOf", true), ("anyOf", true)] {
        if let Some(options) = schema.get(keyword).and_then(Value::as_array) {
            let results: Vec<Vec<String>> = options.iter().map(|o| check(doc, o, value)).collect();
            if need_one && !results.iter().any(Vec::is_empty) {
                let why: Vec<String> = results.into_iter().flatten().collect();
                problems.push(format!("{at}: matches none of {keyword}: {}", why.join("; ")));
            }
        }
    }
    if let Some(parts) = schema.get("allOf").and_then(Value::as_array) {
        for part in parts {
            check_at(doc, part, value, at, problems, depth + 1);
        }
    }
    if let Value::Object(object) = value {
        for name in schema.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str) {
            if !object.contains_key(name) {
                problems.push(format!("{at}: the required property \"{name}\" is missing"));
            }
        }
        let properties = schema.get("properties").and_then(Value::as_object);
        for (name, v) in object {
            match properties.and_then(|p| p.get(name)) {
                Some(property) => check_at(doc, property, v, &format!("{at}.{name}"), problems, depth + 1),
                None => match schema.get("additionalProperties") {
                    Some(Value::Bool(false)) => problems.push(format!("{at}: \"{name}\" is not a documented property")),
                    Some(extra @ Value::Object(_)) => {
                        check_at(doc, extra, v, &format!("{at}.{name}"), problems, depth + 1)
                    }
                    _ => {}
                },
            }
        }
    }
    if let (Value::Array(items), Some(item_schema)) = (value, schema.get("items")) {
        for (i, item) in items.iter().enumerate() {
            check_at(doc, item_schema, item, &format!("{at}[{i}]"), problems, depth + 1);
        }
    }
}

/// An example of a value of `schema`, made from the schema itself: a property's or a
/// schema's own `examples`/`example` where it has one, otherwise a placeholder of its type.
pub fn example_of(doc: &Value, schema: &Value) -> Value {
    example_at(doc, schema, 0)
}

fn example_at(doc: &Value, schema: &Value, depth: usize) -> Value {
    if depth > 48 {
        return Value::Null;
    }
    if let Some(example) = schema.get("examples").and_then(Value::as_array).and_then(|e| e.first()) {
        return example.clone();
    }
    if let Some(example) = schema.get("example") {
        return example.clone();
    }
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        return reference
            .strip_prefix("#/components/schemas/")
            .and_then(|name| doc["components"]["schemas"].get(name))
            .map_or(json!({}), |target| example_at(doc, target, depth + 1));
    }
    if let Some(first) = schema.get("enum").and_then(Value::as_array).and_then(|e| e.first()) {
        return first.clone();
    }
    for keyword in ["oneOf", "anyOf"] {
        if let Some(options) = schema.get(keyword).and_then(Value::as_array) {
            let option = options.iter().find(|o| o.get("type") != Some(&json!("null"))).or(options.first());
            return option.map_or(Value::Null, |o| example_at(doc, o, depth + 1));
        }
    }
    if let Some(parts) = schema.get("allOf").and_then(Value::as_array) {
        let mut merged = Map::new();
        for part in parts {
            if let Value::Object(o) = example_at(doc, part, depth + 1) {
                merged.extend(o);
            }
        }
        return Value::Object(merged);
    }
    let kind = match schema.get("type") {
        Some(Value::String(t)) => t.as_str(),
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).find(|t| *t != "null").unwrap_or("null"),
        _ if schema.get("properties").is_some() => "object",
        _ => "",
    };
    match kind {
        "object" => {
            let mut object = Map::new();
            for (name, property) in schema.get("properties").and_then(Value::as_object).into_iter().flatten() {
                object.insert(name.clone(), example_at(doc, property, depth + 1));
            }
            Value::Object(object)
        }
        "array" => schema.get("items").map_or(json!([]), |items| json!([example_at(doc, items, depth + 1)])),
        "string" => match schema.get("format").and_then(Value::as_str) {
            Some("date") => json!("2026-11-22"),
            Some("date-time") => json!("2026-11-22T09:15:00Z"),
            _ => json!("string"),
        },
        "integer" => json!(0),
        "number" => json!(0),
        "boolean" => json!(false),
        "null" => Value::Null,
        _ => json!({}),
    }
}

// ------------------------------------------------------------------ platform -> partner

/// The case document of the hand-over (`src/delivery/document.rs` writes it).
#[derive(utoipa::ToSchema)]
#[allow(dead_code)] // describes JSON built in `delivery::document`; read by the document only
pub struct CaseDocument {
    /// The platform's id; the idempotency key of the hand-over.
    case_id: String,
    /// `legal`: disputed claims, to law firms.
    service: Service,
    creditor: CaseCreditor,
    debtor: DebtorView,
    invoices: Vec<InvoiceView>,
    principal: Money,
    history: HistoryView,
    /// The claim's documents so far; the partner downloads each by its id.
    documents: Vec<ProtocolDocument>,
}

/// The creditor as the partner receives it.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub struct CaseCreditor {
    name: String,
    /// `null` until the company gave it on its company page.
    registration_number: Option<String>,
    country: String,
    address: Option<AddressView>,
    contact: ContactView,
    /// Where the partner pays out what it collects; `null` until the company gave an account.
    payout: Option<Payout>,
}

/// The creditor's bank account.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub struct Payout {
    iban: String,
    bic: String,
}

/// A document as the protocol lists it.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub struct ProtocolDocument {
    id: String,
    name: String,
    media_type: String,
    size: i64,
    sha256: String,
}

/// A message (or the answer to an information request) from the creditor.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub struct OutboundMessage {
    id: String,
    case_id: String,
    message: String,
    /// The `webhook-id` of the partner's message this answers, or `null`.
    in_reply_to: Option<String>,
    documents: Vec<ProtocolDocument>,
    /// RFC 3339, UTC.
    sent_at: String,
}

/// A payment the debtor made to the creditor directly.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub struct DirectPaymentNotice {
    id: String,
    case_id: String,
    amount: Money,
    /// `YYYY-MM-DD`
    received_on: String,
}

/// The partner's current view of a case, for reconciliation.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub struct PartnerCaseState {
    status: String,
    collected: Option<Money>,
    /// RFC 3339
    updated_at: String,
}

/// The partner accepted the case.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub struct HandOverAccepted {
    partner_reference: String,
}

/// The partner declines the case (or the delivery), saying why.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
pub struct PartnerRefusal {
    error: String,
}

/// Hand over a case.
///
/// `case_id` is the idempotency key: the same case again is answered `200` with the same
/// reference. Anything but 200/201/422 (a timeout, 5xx, a refused connection) is retried with
/// backoff; the case is never lost and never handed over twice.
#[utoipa::path(
    post, path = "/cases", tag = tags::TO_PARTNER, operation_id = "hand_over",
    request_body = CaseDocument,
    responses(
        (status = 201, description = "Accepted", body = HandOverAccepted),
        (status = 200, description = "This case_id was accepted before", body = HandOverAccepted),
        (status = 422, description = "The partner declines the case", body = PartnerRefusal),
    )
)]
#[allow(dead_code)]
fn hand_over() {}

/// The creditor stopped the case.
#[utoipa::path(
    post, path = "/cases/{partner_reference}/withdraw", tag = tags::TO_PARTNER, operation_id = "withdraw",
    params(("partner_reference" = String, Path, description = "The partner's reference of the case")),
    request_body(content = Object, description = "`{}`"),
    responses((status = 200, description = "Withdrawn"))
)]
#[allow(dead_code)]
fn withdraw() {}

/// The partner's current view of the case.
///
/// Asked when a partner has sent nothing for a case for longer than its registry's
/// `silence_after`; what differs is applied as an event of the platform's own.
#[utoipa::path(
    get, path = "/cases/{partner_reference}", tag = tags::TO_PARTNER, operation_id = "case_state",
    params(("partner_reference" = String, Path, description = "The partner's reference of the case")),
    responses((status = 200, description = "The partner's view", body = PartnerCaseState))
)]
#[allow(dead_code)]
fn case_state() {}

/// A message from the creditor (v1.1).
#[utoipa::path(
    post, path = "/cases/{partner_reference}/messages", tag = tags::TO_PARTNER, operation_id = "message",
    params(("partner_reference" = String, Path, description = "The partner's reference of the case")),
    request_body = OutboundMessage,
    responses((status = 201, description = "Received"))
)]
#[allow(dead_code)]
fn message() {}

/// A document the creditor added after the hand-over (v1.1): its metadata.
#[utoipa::path(
    post, path = "/cases/{partner_reference}/documents", tag = tags::TO_PARTNER, operation_id = "document",
    params(("partner_reference" = String, Path, description = "The partner's reference of the case")),
    request_body = ProtocolDocument,
    responses((status = 201, description = "Received"))
)]
#[allow(dead_code)]
fn document_notice() {}

/// The debtor paid the creditor directly (v1.1), so that the partner stops chasing it.
#[utoipa::path(
    post, path = "/cases/{partner_reference}/payments", tag = tags::TO_PARTNER, operation_id = "direct_payment",
    params(("partner_reference" = String, Path, description = "The partner's reference of the case")),
    request_body = DirectPaymentNotice,
    responses((status = 201, description = "Received"))
)]
#[allow(dead_code)]
fn direct_payment() {}

/// What the platform sends partners, signed like everything else.
#[derive(utoipa::OpenApi)]
#[openapi(
    paths(hand_over, withdraw, case_state, message, document_notice, direct_payment),
    components(schemas(ErrorBody))
)]
struct Outbound;

#[cfg(test)]
mod tests {
    use super::*;

    /// Every route macro of the API modules: (method, full path, handler, whether it takes an
    /// API key). `streams.rs` holds the page streams too; only its `api_*` handlers are API.
    fn routes_in_code() -> Vec<(String, String, String, bool)> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/web");
        let mut files: Vec<std::path::PathBuf> = std::fs::read_dir(root.join("api"))
            .expect("src/web/api")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "rs"))
            .collect();
        files.push(root.join("streams.rs"));
        files.sort();
        let route = regex_free_route;
        let mut found = Vec::new();
        for file in files {
            let text = std::fs::read_to_string(&file).expect("source");
            let lines: Vec<&str> = text.lines().collect();
            for (i, line) in lines.iter().enumerate() {
                let Some((method, path)) = route(line.trim()) else { continue };
                // the handler's signature: up to the line that opens its body
                let signature: String = lines[i + 1..]
                    .iter()
                    .take_while(|l| !l.trim_end().ends_with('{'))
                    .copied()
                    .collect::<Vec<_>>()
                    .join(" ")
                    + lines[i + 1..].iter().find(|l| l.trim_end().ends_with('{')).copied().unwrap_or("");
                let name = signature
                    .split("fn ")
                    .nth(1)
                    .and_then(|s| s.split(['(', '<']).next())
                    .unwrap_or_default()
                    .trim()
                    .to_string();
                if file.ends_with("streams.rs") && !name.starts_with("api_") {
                    continue;
                }
                found.push((method, format!("/api/v1{path}"), name, signature.contains("ApiCreditor")));
            }
        }
        found
    }

    /// `#[get("/claims/{id}")]` -> ("get", "/claims/{id}").
    fn regex_free_route(line: &str) -> Option<(String, String)> {
        let rest = line.strip_prefix("#[")?;
        let (method, rest) = rest.split_once("(\"")?;
        if !METHODS.contains(&method) {
            return None;
        }
        let path = rest.split('"').next()?;
        Some((method.to_string(), path.to_string()))
    }

    fn documented() -> Vec<(String, String, Value, &'static str)> {
        let docs = documents();
        let mut all = Vec::new();
        for (name, doc) in [("creditor", &docs.creditor), ("partner", &docs.partner)] {
            for (method, path, op) in operations(doc) {
                if path.starts_with('/') {
                    all.push((method, path, op.clone(), name));
                }
            }
        }
        all
    }

    #[test]
    fn every_api_route_is_documented_and_nothing_else() {
        let code = routes_in_code();
        assert!(code.len() > 20, "the API's routes were not found: {code:?}");
        let documented: BTreeSet<(String, String)> = documented().into_iter().map(|(m, p, _, _)| (m, p)).collect();
        let in_code: BTreeSet<(String, String)> = code.iter().map(|(m, p, _, _)| (m.clone(), p.clone())).collect();
        let undocumented: Vec<_> = in_code.difference(&documented).collect();
        assert!(undocumented.is_empty(), "routes without documentation (see the module docs): {undocumented:?}");
        let phantom: Vec<_> = documented.difference(&in_code).collect();
        assert!(phantom.is_empty(), "documented operations no route serves: {phantom:?}");
    }

    #[test]
    fn the_api_scope_registers_every_route_through_the_documented_registration() {
        let source =
            std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/web/api/mod.rs"))
                .expect("src/web/api/mod.rs");
        let body =
            source.split("pub fn routes(").nth(1).expect("api::routes").split("\n}\n").next().unwrap_or_default();
        for bypass in [".route(", "web::resource(", ".to(", ".map("] {
            assert!(
                !body.contains(bypass),
                "api::routes adds a route with {bypass}: register handlers with .service(...)"
            );
        }
    }

    #[test]
    fn each_operation_is_described_secured_and_answers_something() {
        let code = routes_in_code();
        for (method, path, op, which) in documented() {
            let summary = op["summary"].as_str().unwrap_or_default();
            assert!(!summary.is_empty(), "{method} {path}: no summary (the handler's doc comment)");
            let responses = op["responses"].as_object().expect("responses");
            assert!(!responses.is_empty(), "{method} {path}: no responses");
            let tags = op["tags"].as_array().expect("tags");
            assert_eq!(tags.len(), 1, "{method} {path}: one tag each: {tags:?}");
            let security = op["security"].as_array().cloned().unwrap_or_default();
            let needs_key = code.iter().any(|(m, p, _, key)| *m == method && *p == path && *key);
            let has_key = security.iter().any(|s| s.get("api_key").is_some());
            assert_eq!(needs_key, has_key, "{method} {path}: security(\"api_key\") must match taking an ApiCreditor");
            if which == "partner" && path.contains("{partner_id}") {
                assert!(
                    security.iter().any(|s| s.get("standard_webhooks").is_some()),
                    "{method} {path}: a partner's call is signed"
                );
            }
        }
    }

    #[test]
    fn both_documents_are_openapi_3_1_and_every_reference_resolves() {
        let docs = documents();
        for doc in [&docs.creditor, &docs.partner] {
            assert_eq!(doc["openapi"], "3.1.0");
            let mut refs = Vec::new();
            refs_in(doc, &mut refs);
            for name in refs {
                assert!(doc["components"]["schemas"].get(&name).is_some(), "unresolved $ref {name}");
            }
        }
        assert!(docs.creditor["paths"].get("/api/v1/claims").is_some());
        assert!(docs.creditor["paths"].get("/api/v1/partners/{partner_id}/events").is_none());
        assert!(docs.partner["paths"].get("/api/v1/partners/{partner_id}/events").is_some());
        for name in ["hand_over", "withdraw", "case_state", "message", "document", "direct_payment"] {
            assert!(docs.partner["webhooks"].get(name).is_some(), "webhook {name}");
        }
    }

    #[test]
    fn the_checker_fails_on_what_the_schema_forbids() {
        let doc = &documents().creditor;
        let money = json!({"$ref": "#/components/schemas/Money"});
        assert!(check(doc, &money, &json!({"amount": "1.00", "currency": "EUR"})).is_empty());
        assert!(!check(doc, &money, &json!({"amount": 1.0, "currency": "EUR"})).is_empty());
        assert!(!check(doc, &money, &json!({"currency": "EUR"})).is_empty());
        let list = &doc["paths"]["/api/v1/claims"]["get"]["responses"]["200"]["content"]["application/json"]["schema"];
        assert!(!check(doc, list, &json!({"items": "none"})).is_empty());
        assert!(!check(doc, list, &json!({"items": [{"id": 1}], "next_cursor": null})).is_empty());
    }

    #[test]
    fn examples_made_from_the_schemas_pass_the_check() {
        let docs = documents();
        for doc in [&docs.creditor, &docs.partner] {
            for (name, schema) in doc["components"]["schemas"].as_object().into_iter().flatten() {
                let example = example_of(doc, schema);
                let problems = check(doc, schema, &example);
                assert!(problems.is_empty(), "{name}: {example} {problems:?}");
            }
        }
    }
}
