//! `/api/docs`: the API reference, rendered on the server from the two OpenAPI documents
//! (`web::api::openapi`): every operation with its method, path, summary, parameters, request
//! and response schemas and an example. No script: it reads like any other page.

use std::sync::LazyLock;

use actix_web::{HttpResponse, get};
use askama::Template;
use serde_json::Value;

use crate::web::api::openapi::{self, documents, example_of};
use crate::web::error::{PageError, render};
use crate::web::session::{Layout, Visitor};

/// One of the two documents, ready to show.
pub struct DocView {
    pub id: &'static str,
    pub title: String,
    pub description: String,
    pub json_url: &'static str,
    /// (scheme name, its description)
    pub security: Vec<(String, String)>,
    pub groups: Vec<Group>,
    /// Every schema the operations name, once: its fields and an example.
    pub schemas: Vec<SchemaView>,
}

/// A named schema of the document.
pub struct SchemaView {
    pub id: String,
    pub name: String,
    pub description: String,
    pub rows: Vec<Row>,
    /// Pretty JSON made from the schema.
    pub example: String,
}

/// The operations of one tag.
pub struct Group {
    pub id: String,
    pub tag: String,
    pub operations: Vec<Operation>,
}

pub struct Operation {
    pub id: String,
    pub method: String,
    /// The path, or for what the platform sends a partner, `{partner.api_base}` and the path.
    pub path: String,
    pub summary: String,
    pub description: String,
    pub security: Vec<String>,
    pub parameters: Vec<Parameter>,
    pub request: Option<Body>,
    pub responses: Vec<Response>,
}

pub struct Parameter {
    pub name: String,
    pub location: String,
    pub kind: String,
    pub required: bool,
    pub description: String,
}

pub struct Body {
    pub content_type: String,
    pub description: String,
    /// The schema's name or type, e.g. `ClaimJson` or `array of Money`.
    pub schema: String,
    /// The anchor of the named schema it is, on this page.
    pub schema_id: Option<String>,
    /// The fields of a schema given in place (not named).
    pub rows: Vec<Row>,
    /// Pretty JSON, for JSON request bodies.
    pub example: Option<String>,
}

pub struct Response {
    pub status: String,
    pub description: String,
    pub body: Option<Body>,
}

/// One field of a schema: `debtor.address.lines`, its type, whether it is required.
pub struct Row {
    pub field: String,
    pub kind: String,
    pub required: bool,
    pub description: String,
}

#[derive(Template)]
#[template(path = "api_docs.html")]
struct Page {
    layout: Layout,
    docs: &'static [DocView],
}

#[get("/api/docs")]
pub async fn page(visitor: Visitor) -> Result<HttpResponse, PageError> {
    static VIEWS: LazyLock<Vec<DocView>> = LazyLock::new(|| {
        let docs = documents();
        vec![
            view("creditor-api", "/api/v1/openapi.json", &docs.creditor),
            view("partner-protocol", "/api/v1/partner-openapi.json", &docs.partner),
        ]
    });
    render(&Page { layout: visitor.layout, docs: &VIEWS })
}

fn text(v: &Value) -> String {
    v.as_str().unwrap_or_default().to_string()
}

fn slug(text: &str) -> String {
    let mut slug = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.ends_with('-') {
            slug.push('-');
        }
    }
    slug.trim_matches('-').to_string()
}

/// A document as the page shows it: its operations grouped by tag, in the document's order.
pub fn view(id: &'static str, json_url: &'static str, doc: &Value) -> DocView {
    let mut groups: Vec<Group> = Vec::new();
    for (method, path, op) in openapi::operations(doc) {
        let tag = op["tags"].get(0).map(text).unwrap_or_default();
        let shown_path = if path.starts_with('/') {
            path.clone()
        } else {
            // a webhook: the summary says where it goes
            text(&op["summary"]).split(": ").next().unwrap_or_default().split(' ').nth(1).unwrap_or(&path).to_string()
        };
        let summary = text(&op["summary"]);
        let summary =
            summary.split_once(": ").filter(|_| !path.starts_with('/')).map_or(summary.clone(), |(_, s)| s.into());
        let operation = Operation {
            id: format!("{id}-{}-{}", method, slug(&shown_path)),
            method: method.to_uppercase(),
            path: shown_path,
            summary,
            description: text(&op["description"]),
            security: op["security"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|s| s.as_object().and_then(|o| o.keys().next().cloned()))
                .collect(),
            parameters: op["parameters"]
                .as_array()
                .into_iter()
                .flatten()
                .map(|p| Parameter {
                    name: text(&p["name"]),
                    location: text(&p["in"]),
                    kind: type_label(&p["schema"]),
                    required: p["required"].as_bool().unwrap_or(false),
                    description: text(&p["description"]),
                })
                .collect(),
            request: op.get("requestBody").and_then(|b| body(id, doc, b)),
            responses: op["responses"]
                .as_object()
                .into_iter()
                .flatten()
                .map(|(status, r)| Response {
                    status: status.clone(),
                    description: text(&r["description"]),
                    body: body(id, doc, r).map(|mut b| {
                        b.example = None;
                        b
                    }),
                })
                .collect(),
        };
        match groups.iter_mut().find(|g| g.tag == tag) {
            Some(group) => group.operations.push(operation),
            None => groups.push(Group { id: format!("{id}-{}", slug(&tag)), tag, operations: vec![operation] }),
        }
    }
    DocView {
        id,
        title: text(&doc["info"]["title"]),
        description: text(&doc["info"]["description"]),
        json_url,
        security: doc["components"]["securitySchemes"]
            .as_object()
            .into_iter()
            .flatten()
            .map(|(name, s)| (name.clone(), text(&s["description"])))
            .collect(),
        groups,
        schemas: doc["components"]["schemas"]
            .as_object()
            .into_iter()
            .flatten()
            .map(|(name, schema)| {
                let mut rows = Vec::new();
                rows_of(doc, schema, &mut rows, 0);
                SchemaView {
                    id: format!("{id}-schema-{name}"),
                    name: name.clone(),
                    description: text(&schema["description"]),
                    rows,
                    example: serde_json::to_string_pretty(&example_of(doc, schema)).unwrap_or_default(),
                }
            })
            .collect(),
    }
}

/// A request or response body: the first content type's schema (by name, or its fields when
/// given in place), and for JSON an example.
fn body(id: &str, doc: &Value, holder: &Value) -> Option<Body> {
    let (content_type, media) = holder["content"].as_object()?.iter().next()?;
    let schema = &media["schema"];
    let named =
        |s: &Value| s.get("$ref").and_then(Value::as_str).and_then(|r| r.rsplit('/').next()).map(str::to_string);
    let target = named(schema).or_else(|| named(&schema["items"]));
    let mut rows = Vec::new();
    if target.is_none() {
        rows_of(doc, schema, &mut rows, 0);
    }
    let example = content_type.contains("json").then(|| {
        let example = media.get("example").cloned().unwrap_or_else(|| example_of(doc, schema));
        serde_json::to_string_pretty(&example).unwrap_or_default()
    });
    let others: Vec<&String> = holder["content"].as_object()?.keys().skip(1).collect();
    let content_type = std::iter::once(content_type).chain(others).cloned().collect::<Vec<_>>().join(", ");
    Some(Body {
        content_type,
        description: text(&holder["description"]),
        schema: type_label(schema),
        schema_id: target.map(|name| format!("{id}-schema-{name}")),
        rows,
        example,
    })
}

fn resolve<'a>(doc: &'a Value, schema: &'a Value) -> &'a Value {
    match schema.get("$ref").and_then(Value::as_str).and_then(|r| r.strip_prefix("#/components/schemas/")) {
        Some(name) => doc["components"]["schemas"].get(name).unwrap_or(&Value::Null),
        None => schema,
    }
}

/// `schema` without a `null` alternative, and whether it had one.
fn non_null(schema: &Value) -> (&Value, bool) {
    for keyword in ["oneOf", "anyOf"] {
        if let Some(options) = schema.get(keyword).and_then(Value::as_array) {
            let real: Vec<&Value> = options.iter().filter(|o| o.get("type") != Some(&Value::from("null"))).collect();
            if real.len() == 1 && options.len() == 2 {
                return (real[0], true);
            }
        }
    }
    (schema, false)
}

/// `string (date)`, `array of Money`, `Money or null`, `one of: a, b`.
pub fn type_label(schema: &Value) -> String {
    let (inner, nullable) = non_null(schema);
    let or_null = |s: String| if nullable { format!("{s} or null") } else { s };
    if let Some(name) = inner.get("$ref").and_then(Value::as_str).and_then(|r| r.rsplit('/').next()) {
        return or_null(name.to_string());
    }
    if let Some(options) = inner.get("enum").and_then(Value::as_array) {
        let names: Vec<String> = options.iter().map(|o| o.as_str().map_or(o.to_string(), str::to_string)).collect();
        return or_null(format!("one of: {}", names.join(", ")));
    }
    let types: Vec<&str> = match inner.get("type") {
        Some(Value::String(t)) => vec![t.as_str()],
        Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
        _ if inner.get("allOf").is_some() || inner.get("properties").is_some() => vec!["object"],
        _ => vec!["any"],
    };
    let label: Vec<String> = types
        .iter()
        .map(|t| match *t {
            "array" => format!("array of {}", type_label(&inner["items"])),
            "string" => match inner.get("format").and_then(Value::as_str) {
                Some(format) => format!("string ({format})"),
                None => "string".into(),
            },
            other => other.to_string(),
        })
        .collect();
    or_null(label.join(" or "))
}

/// The fields of an object schema as rows, with those of the schemas it is made of (`allOf`,
/// a flattened part); the fields' own schemas are named, not unfolded.
fn rows_of(doc: &Value, schema: &Value, rows: &mut Vec<Row>, depth: usize) {
    if depth > 4 {
        return;
    }
    let schema = resolve(doc, non_null(schema).0);
    for part in schema.get("allOf").and_then(Value::as_array).into_iter().flatten() {
        rows_of(doc, part, rows, depth + 1);
    }
    let required: Vec<&str> =
        schema.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str).collect();
    for (field, property) in schema.get("properties").and_then(Value::as_object).into_iter().flatten() {
        let description = property
            .get("description")
            .or_else(|| non_null(property).0.get("description"))
            .map(text)
            .unwrap_or_default();
        rows.push(Row {
            field: field.clone(),
            kind: type_label(property),
            required: required.contains(&field.as_str()),
            description,
        });
    }
}
