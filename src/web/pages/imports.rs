//! Bulk intake in the portal: the upload page with the CSV template, the preview of an upload
//! (per row what would be filed, the partner and the quoted cost, each error with its row and
//! column, and a field for each value an e-invoice lacks), and the import's progress.

use actix_web::http::{StatusCode, header};
use actix_web::{HttpResponse, get, post, web};
use askama::Template;
use serde::Deserialize;
use serde_json::json;

use crate::db::imports::{ImportRecord, RowRecord, row_state, status};
use crate::domain::document::MAX_DOCUMENT_BYTES;
use crate::i18n::{Arg, Lang, t, t_args};
use crate::imports::{self, ImportError, Kind, SourceRow, Then, UploadError};
use crate::state::AppState;
use crate::web::error::{PageError, render, render_with};
use crate::web::forms::{FormData, UploadedFile};
use crate::web::see_other;
use crate::web::session::{CSRF_FIELD, Layout, SignedIn};

/// The file input of the upload form.
const FILE_FIELD: &str = "file";
/// Claims listed per page of a preview.
const PAGE: usize = 500;

impl From<ImportError> for PageError {
    fn from(e: ImportError) -> Self {
        match e {
            ImportError::NotFound => PageError::NotFound,
            ImportError::Db(e) => e.into(),
            ImportError::Internal(e) => PageError::Internal(e),
            other => PageError::Internal(anyhow::anyhow!("{other}")),
        }
    }
}

struct ColumnView {
    name: &'static str,
    required: bool,
    example: &'static str,
}

struct RecentImport {
    id: String,
    file_name: String,
    status: String,
    counts: String,
}

#[derive(Template)]
#[template(path = "imports/upload.html")]
struct UploadPage {
    layout: Layout,
    error: Option<String>,
    columns: Vec<ColumnView>,
    recent: Vec<RecentImport>,
}

async fn upload_page(
    state: &AppState,
    user: SignedIn,
    error: Option<String>,
    code: StatusCode,
) -> Result<HttpResponse, PageError> {
    let creditor = user.creditor_id.clone();
    let records = state.db.run(move |c| crate::db::imports::recent(c, &creditor, 10)).await?;
    let lang = user.visitor.layout.tr.lang;
    let recent = records
        .iter()
        .map(|r| RecentImport {
            id: r.id.clone(),
            file_name: r.file_name.clone(),
            status: status_label(lang, r),
            counts: counts(lang, r),
        })
        .collect();
    let columns = imports::csv::COLUMNS
        .iter()
        .map(|c| ColumnView { name: c.name, required: c.required, example: c.example })
        .collect();
    render_with(code, &UploadPage { layout: user.visitor.layout, error, columns, recent })
}

fn status_label(lang: Lang, import: &ImportRecord) -> String {
    let key = match import.status.as_str() {
        status::PREVIEW => "imports-status-preview",
        status::RUNNING => "imports-status-running",
        _ if import.dry_run => "imports-status-checked",
        _ => "imports-status-done",
    };
    t(lang, key)
}

fn counts(lang: Lang, import: &ImportRecord) -> String {
    t_args(
        lang,
        "imports-counts",
        &[
            ("total", Arg::from(i64::from(import.total))),
            ("filed", Arg::from(i64::from(import.filed))),
            ("failed", Arg::from(i64::from(import.failed))),
        ],
    )
}

/// `GET /imports`: the upload form, the template and its columns, the latest imports.
#[get("/imports")]
pub async fn index(state: web::Data<AppState>, user: SignedIn) -> Result<HttpResponse, PageError> {
    upload_page(&state, user, None, StatusCode::OK).await
}

/// `GET /imports/template.csv`: the CSV template, with one example row.
#[get("/imports/template.csv")]
pub async fn template(_user: SignedIn) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((header::CONTENT_DISPOSITION, "attachment; filename=\"crossclaim-import-template.csv\""))
        .body(imports::csv::template())
}

/// Reads the chosen files: one CSV, or XML e-invoices and zips of them.
fn read_files(files: &[UploadedFile]) -> Result<(Kind, String, Vec<SourceRow>), UploadError> {
    if files.is_empty() {
        return Err(UploadError::Empty);
    }
    if files.iter().any(|f| f.too_large) {
        return Err(UploadError::EInvoice(format!(
            "\"{}\" is larger than {} MB",
            files.iter().find(|f| f.too_large).map_or("", |f| f.name.as_str()),
            MAX_DOCUMENT_BYTES / 1024 / 1024
        )));
    }
    let is_csv = |f: &UploadedFile| {
        let name = f.name.to_ascii_lowercase();
        name.ends_with(".csv") || name.ends_with(".txt") || f.content_type.as_deref() == Some("text/csv")
    };
    if let [one] = files {
        if is_csv(one) {
            return Ok((Kind::Csv, one.name.clone(), imports::csv::parse(&one.bytes)?));
        }
    }
    let known = |f: &UploadedFile| {
        let name = f.name.to_ascii_lowercase();
        name.ends_with(".xml") || name.ends_with(".zip")
    };
    if files.iter().any(|f| !known(f)) {
        return Err(UploadError::Unsupported);
    }
    let name = match files {
        [one] => one.name.clone(),
        many => many.iter().map(|f| f.name.as_str()).collect::<Vec<_>>().join(", "),
    };
    let pairs: Vec<(String, Vec<u8>)> = files.iter().map(|f| (f.name.clone(), f.bytes.clone())).collect();
    Ok((Kind::Ubl, name, imports::ubl::parse(&pairs)?))
}

/// `POST /imports`: reads and checks an upload, and shows its preview; nothing is filed yet.
#[post("/imports")]
pub async fn upload(state: web::Data<AppState>, user: SignedIn, form: FormData) -> Result<HttpResponse, PageError> {
    user.visitor.verify_csrf(form.get(CSRF_FIELD))?;
    let lang = user.visitor.layout.tr.lang;
    let files = form.files(FILE_FIELD);
    let refused = |e: &UploadError| {
        let (key, args) = e.msg();
        let args: Vec<(&str, Arg<'_>)> = args.iter().map(|(n, v)| (*n, Arg::from(v.as_str()))).collect();
        t_args(lang, key, &args)
    };
    let (kind, name, rows) = match read_files(&files) {
        Ok(read) => read,
        Err(e) => return upload_page(&state, user, Some(refused(&e)), StatusCode::UNPROCESSABLE_ENTITY).await,
    };
    match imports::upload(&state, &user.creditor_id, Some(&user.user.id), &name, kind, rows, Then::Preview).await {
        Ok(import) => Ok(see_other(&format!("/imports/{}", import.id))),
        Err(ImportError::Upload(e)) => {
            upload_page(&state, user, Some(refused(&e)), StatusCode::UNPROCESSABLE_ENTITY).await
        }
        Err(e) => Err(e.into()),
    }
}

struct ErrorLine {
    row: i32,
    column: String,
    /// What the row has in that column.
    value: String,
    text: String,
}

struct FillField {
    row: i32,
    column: String,
    name: String,
    label: String,
}

struct ClaimLine {
    rows: String,
    debtor: String,
    files: String,
    invoices: usize,
    principal: String,
    partner: String,
    cost_if_collected: String,
    cost_if_not_collected: String,
    claim_id: Option<String>,
    state: String,
    first_row: i32,
}

#[derive(Template)]
#[template(path = "imports/show.html")]
struct ImportPage {
    layout: Layout,
    import: ImportRecord,
    status: String,
    counts: String,
    processed: i32,
    percent: i32,
    errors: Vec<ErrorLine>,
    fill: Vec<FillField>,
    claims: Vec<ClaimLine>,
    claims_total: usize,
    rows_to_file: usize,
    error_count: usize,
    next_from: Option<usize>,
    is_preview: bool,
    is_running: bool,
}

#[derive(Deserialize)]
pub struct ShowQuery {
    from: Option<usize>,
}

fn value_of(row: &RowRecord, column: &str) -> String {
    serde_json::from_str::<std::collections::BTreeMap<String, String>>(&row.values_json)
        .ok()
        .and_then(|v| v.get(column).cloned())
        .unwrap_or_default()
}

/// `GET /imports/{id}`: the preview, or the progress and outcome of the filing.
#[get("/imports/{id}")]
pub async fn show(
    state: web::Data<AppState>,
    user: SignedIn,
    id: web::Path<String>,
    query: web::Query<ShowQuery>,
) -> Result<HttpResponse, PageError> {
    let (import, rows) = imports::load(&state, &user.creditor_id, &id).await?.ok_or(PageError::NotFound)?;
    let lang = user.visitor.layout.tr.lang;
    let layout = &user.visitor.layout;
    let mut errors = Vec::new();
    let mut fill = Vec::new();
    for row in &rows {
        for error in imports::errors_of(row) {
            let column = error.column.clone();
            if import.status == status::PREVIEW
                && !column.is_empty()
                && value_of(row, &column).trim().is_empty()
                && !fill.iter().any(|f: &FillField| f.row == row.row_number && f.column == column)
            {
                fill.push(FillField {
                    row: row.row_number,
                    name: format!("fill.{}.{}", row.row_number, column),
                    label: t_args(
                        lang,
                        "imports-fill-label",
                        &[("row", Arg::from(i64::from(row.row_number))), ("column", Arg::from(column.as_str()))],
                    ),
                    column: column.clone(),
                });
            }
            let value = if column.is_empty() { String::new() } else { value_of(row, &column) };
            errors.push(ErrorLine { row: row.row_number, column, value, text: error.text(lang) });
        }
    }
    let leaders: Vec<&RowRecord> = rows.iter().filter(|r| r.preview_json.is_some()).collect();
    let from = query.from.unwrap_or(0).min(leaders.len());
    let claims = leaders
        .iter()
        .skip(from)
        .take(PAGE)
        .filter_map(|lead| {
            let preview = imports::preview_of(lead)?;
            let group: Vec<&RowRecord> = rows.iter().filter(|r| r.group_key == lead.group_key).collect();
            let state_key = match lead.state.as_str() {
                row_state::FILED if lead.already_filed => "imports-row-already-filed",
                row_state::FILED => "imports-row-filed",
                row_state::FAILED => "imports-row-failed",
                _ if lead.already_filed => "imports-row-already-filed",
                _ if import.dry_run => "imports-row-checked",
                _ => "imports-row-to-file",
            };
            let money = |m: Option<crate::domain::money::Money>| m.map(|m| layout.money(&m)).unwrap_or_default();
            Some(ClaimLine {
                rows: preview.rows.iter().map(i32::to_string).collect::<Vec<_>>().join(", "),
                debtor: format!("{} ({})", value_of(lead, "debtor_name"), value_of(lead, "debtor_country")),
                files: group.iter().filter_map(|r| r.document_name.clone()).collect::<Vec<_>>().join(", "),
                invoices: preview.rows.len(),
                principal: money(preview.principal()),
                partner: preview.partner_name.clone(),
                cost_if_collected: money(preview.cost_if_collected()),
                cost_if_not_collected: money(preview.cost_if_not_collected()),
                claim_id: lead.claim_id.clone(),
                state: t(lang, state_key),
                first_row: lead.row_number,
            })
        })
        .collect();
    let processed = import.filed + import.failed;
    let percent = if import.total > 0 { processed * 100 / import.total } else { 100 };
    let rows_to_file = rows.iter().filter(|r| r.state == row_state::PENDING).count();
    let page = ImportPage {
        status: status_label(lang, &import),
        counts: counts(lang, &import),
        processed,
        percent,
        error_count: errors.len(),
        errors,
        fill,
        claims,
        claims_total: leaders.len(),
        rows_to_file,
        next_from: (from + PAGE < leaders.len()).then_some(from + PAGE),
        is_preview: import.status == status::PREVIEW,
        is_running: import.status == status::RUNNING,
        import,
        layout: user.visitor.layout,
    };
    render(&page)
}

/// `POST /imports/{id}/file`: files the previewed import in the background.
#[post("/imports/{id}/file")]
pub async fn file(
    state: web::Data<AppState>,
    user: SignedIn,
    form: FormData,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    user.visitor.verify_csrf(form.get(CSRF_FIELD))?;
    match imports::start(&state, &user.creditor_id, &id).await {
        Ok(()) => {
            user.visitor.flash(user.visitor.layout.t("imports-flash-filing"));
        }
        Err(ImportError::Conflict(_)) => {}
        Err(e) => return Err(e.into()),
    }
    Ok(see_other(&format!("/imports/{id}")))
}

/// `POST /imports/{id}/fill`: the values the preview asked for; the rows are checked again.
#[post("/imports/{id}/fill")]
pub async fn fill_in(
    state: web::Data<AppState>,
    user: SignedIn,
    form: FormData,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    user.visitor.verify_csrf(form.get(CSRF_FIELD))?;
    let given: Vec<(i32, String, String)> = form
        .0
        .iter()
        .filter_map(|(name, value)| {
            let (row, column) = name.strip_prefix("fill.")?.split_once('.')?;
            Some((row.parse().ok()?, column.to_string(), value.clone()))
        })
        .collect();
    match imports::fill_in(&state, &user.creditor_id, &id, &given).await {
        Ok(()) | Err(ImportError::Conflict(_)) => Ok(see_other(&format!("/imports/{id}"))),
        Err(e) => Err(e.into()),
    }
}

/// `GET /imports/{id}/progress`: how far the filing is, for the page's progress bar.
#[get("/imports/{id}/progress")]
pub async fn progress(
    state: web::Data<AppState>,
    user: SignedIn,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let import = imports::progress(&state, &user.creditor_id, &id).await?;
    let lang = user.visitor.layout.tr.lang;
    let processed = import.filed + import.failed;
    Ok(HttpResponse::Ok().insert_header((header::CACHE_CONTROL, "no-store")).json(json!({
        "status": import.status,
        "total": import.total,
        "filed": import.filed,
        "failed": import.failed,
        "processed": processed,
        "text": counts(lang, &import),
    })))
}

/// `GET /static/imports.js`: the progress bar's live updates.
#[get("/static/imports.js")]
pub async fn js() -> HttpResponse {
    crate::web::pages::public::asset("text/javascript; charset=utf-8", include_str!("../../../static/imports.js"))
}
