//! Errors at the HTTP boundary: JSON for the API, a page for the portal. Internal causes are
//! logged with their whole chain and never shown.

use actix_web::http::StatusCode;
use actix_web::http::header;
use actix_web::{HttpResponse, ResponseError};
use askama::Template;
use serde_json::json;

use crate::db::DbError;
use crate::domain::validation::FieldErrors;
use crate::intake::IntakeError;

/// Seconds a client is asked to wait after a 503.
const RETRY_AFTER: &str = "2";

/// The body of every API error (`ApiError`'s answer): `field` names the field at fault where
/// one is; `errors` lists every field's problem when several were checked.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)] // the shape of the JSON `ApiError::error_response` writes
pub struct ErrorBody {
    /// In English, for people.
    error: String,
    /// The field at fault, as a path into the request body (`debtor.country`, `invoices[0].amount`).
    field: Option<String>,
    /// Every field's problem, when the input was checked as a whole.
    errors: Option<Vec<crate::domain::validation::FieldError>>,
    /// A refused duplicate: the claim filed before with the same invoice.
    existing_claim_id: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("{message}")]
    BadRequest { message: String, field: Option<String> },
    #[error("the request has invalid fields")]
    Invalid(FieldErrors),
    #[error("{message}")]
    Unprocessable { message: String, field: Option<String> },
    #[error("missing or unknown API key")]
    Unauthorized,
    /// A partner's message without a valid Standard Webhooks signature.
    #[error("{0}")]
    BadSignature(String),
    #[error("not found")]
    NotFound,
    #[error("{0}")]
    Conflict(String),
    /// The claim repeats an invoice filed before against the same debtor.
    #[error("{message}")]
    Duplicate { message: String, field: String, existing_claim_id: String },
    #[error("the request body is larger than {0} bytes")]
    TooLarge(usize),
    #[error("the service is busy; try again shortly")]
    Unavailable,
    /// A limit on what one client may do at once.
    #[error("{0}")]
    TooMany(String),
    #[error("send the body as {0}")]
    UnsupportedMediaType(&'static str),
    #[error("internal error")]
    Internal(#[source] anyhow::Error),
}

impl ApiError {
    pub fn bad_request(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self::BadRequest { message: message.into(), field: Some(field.into()) }
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        match self {
            Self::BadRequest { .. } => StatusCode::BAD_REQUEST,
            Self::Invalid(_) | Self::Unprocessable { .. } => StatusCode::UNPROCESSABLE_ENTITY,
            Self::Unauthorized | Self::BadSignature(_) => StatusCode::UNAUTHORIZED,
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::Conflict(_) | Self::Duplicate { .. } => StatusCode::CONFLICT,
            Self::TooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            Self::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            Self::TooMany(_) => StatusCode::TOO_MANY_REQUESTS,
            Self::UnsupportedMediaType(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        let body = match self {
            Self::Invalid(errors) => {
                let first = errors.first();
                json!({
                    "error": first.map_or("invalid input".to_string(), |e| format!("{}: {}", e.field, e.message)),
                    "field": first.map(|e| e.field.clone()),
                    "errors": errors.all(),
                })
            }
            Self::BadRequest { message, field } | Self::Unprocessable { message, field } => {
                json!({ "error": message, "field": field })
            }
            Self::Duplicate { message, field, existing_claim_id } => {
                json!({ "error": message, "field": field, "existing_claim_id": existing_claim_id })
            }
            Self::Internal(cause) => {
                tracing::error!(error = ?cause, "internal error");
                json!({ "error": "internal error; it has been logged" })
            }
            other => json!({ "error": other.to_string() }),
        };
        let mut response = HttpResponse::build(self.status_code());
        if matches!(self, Self::Unauthorized) {
            response.insert_header((header::WWW_AUTHENTICATE, "Bearer"));
        }
        if matches!(self, Self::Unavailable) {
            response.insert_header((header::RETRY_AFTER, RETRY_AFTER));
        }
        response.json(body)
    }
}

impl From<DbError> for ApiError {
    fn from(e: DbError) -> Self {
        match e {
            DbError::Pool(_) => Self::Unavailable,
            other => Self::Internal(other.into()),
        }
    }
}

impl From<IntakeError> for ApiError {
    fn from(e: IntakeError) -> Self {
        match e {
            IntakeError::Invalid(errors) => Self::Invalid(errors),
            IntakeError::NoCoverage(e) => {
                Self::Unprocessable { message: e.to_string(), field: Some("debtor.country".into()) }
            }
            IntakeError::KeyReused => Self::Conflict(e.to_string()),
            IntakeError::Duplicate(ref d) => Self::Duplicate {
                message: format!("{}; send \"allow_duplicate\": true to file it anyway", e),
                field: format!("invoices[{}].number", d.position),
                existing_claim_id: d.existing_claim_id.clone(),
            },
            IntakeError::Db(e) => e.into(),
        }
    }
}

impl From<crate::cases::CaseError> for ApiError {
    fn from(e: crate::cases::CaseError) -> Self {
        use crate::cases::CaseError;
        match e {
            CaseError::Invalid(errors) => Self::Invalid(errors),
            CaseError::NotFound => Self::NotFound,
            CaseError::Conflict(message) => Self::Conflict(message),
            CaseError::Db(e) => e.into(),
            CaseError::Internal(e) => Self::Internal(e),
        }
    }
}

/// Errors of the portal's pages, shown as a page.
#[derive(Debug, thiserror::Error)]
pub enum PageError {
    #[error("This page does not exist, or it is not yours.")]
    NotFound,
    #[error("Please sign in first.")]
    SignInRequired { next: String },
    #[error("This form has expired or did not come from this site. Go back, reload the page and send it again.")]
    Csrf,
    #[error("The form is too large to accept.")]
    TooLarge,
    #[error("The service is busy. Please try again in a moment.")]
    Unavailable,
    /// A request that is not a form where a form was expected.
    #[error("This address takes a form sent from our pages (application/x-www-form-urlencoded).")]
    UnsupportedMediaType,
    /// A form that could not be read.
    #[error("The form could not be read: {0}. Go back, reload the page and send it again.")]
    BadForm(String),
    /// A limit on what one client may do at once.
    #[error("{0}")]
    TooMany(String),
    /// Not for this user (a member at an administrator's page); the message says why.
    #[error("{0}")]
    Forbidden(String),
    #[error("Something went wrong on our side. It has been logged; please try again.")]
    Internal(#[source] anyhow::Error),
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    layout: super::session::Layout,
    status: u16,
    title: String,
    message: String,
}

/// What an error page says, kept on its response so that [`in_reader_language`] can write
/// the page again in the reader's language (an error is built without its request).
#[derive(Clone, Debug)]
pub struct ErrorPageText {
    title_key: &'static str,
    message: Message,
}

#[derive(Clone, Debug)]
enum Message {
    /// A message key, with the English detail some messages add.
    Key(&'static str, Option<String>),
    /// Text the page that failed already wrote in its reader's language.
    Written(String),
}

impl ErrorPageText {
    fn of(error: &PageError, status: StatusCode) -> Self {
        let title_key = match status {
            StatusCode::NOT_FOUND => "errors-page-title-not-found",
            StatusCode::FORBIDDEN => "errors-page-title-forbidden",
            StatusCode::PAYLOAD_TOO_LARGE => "errors-page-title-too-large",
            StatusCode::SERVICE_UNAVAILABLE => "errors-page-title-unavailable",
            StatusCode::UNSUPPORTED_MEDIA_TYPE => "errors-page-title-media-type",
            StatusCode::BAD_REQUEST => "errors-page-title-bad-request",
            StatusCode::TOO_MANY_REQUESTS => "errors-page-title-too-many",
            _ => "errors-page-title-internal",
        };
        let message = match error {
            PageError::NotFound => Message::Key("errors-page-not-found", None),
            PageError::SignInRequired { .. } => Message::Key("errors-page-sign-in", None),
            PageError::Csrf => Message::Key("errors-page-csrf", None),
            PageError::TooLarge => Message::Key("errors-page-too-large", None),
            PageError::Unavailable => Message::Key("errors-page-unavailable", None),
            PageError::UnsupportedMediaType => Message::Key("errors-page-media-type", None),
            PageError::BadForm(detail) => Message::Key("errors-page-bad-form", Some(detail.clone())),
            PageError::TooMany(text) | PageError::Forbidden(text) => Message::Written(text.clone()),
            PageError::Internal(_) => Message::Key("errors-page-internal", None),
        };
        Self { title_key, message }
    }

    /// The page in `lang`, coming back to `here` after a language switch.
    fn render(&self, status: StatusCode, lang: crate::i18n::Lang, here: String) -> Result<String, askama::Error> {
        let tr = crate::i18n::Tr::new(lang);
        let message = match &self.message {
            Message::Key(key, detail) => crate::i18n::t_args(
                lang,
                key,
                &[("detail", crate::i18n::Arg::from(detail.as_deref().unwrap_or_default()))],
            ),
            Message::Written(text) => text.clone(),
        };
        ErrorPage {
            layout: super::session::Layout { tr, here, ..super::session::Layout::anonymous() },
            status: status.as_u16(),
            title: tr.t(self.title_key),
            message,
        }
        .render()
    }
}

impl ResponseError for PageError {
    fn status_code(&self) -> StatusCode {
        match self {
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::SignInRequired { .. } => StatusCode::SEE_OTHER,
            Self::Csrf => StatusCode::FORBIDDEN,
            Self::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Self::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            Self::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            Self::BadForm(_) => StatusCode::BAD_REQUEST,
            Self::TooMany(_) => StatusCode::TOO_MANY_REQUESTS,
            Self::Forbidden(_) => StatusCode::FORBIDDEN,
            Self::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        if let Self::SignInRequired { next } = self {
            // the partner area has its own sign-in
            let signin =
                if next == "/partner" || next.starts_with("/partner/") { "/partner/signin" } else { "/signin" };
            let location =
                format!("{signin}?next={}", url::form_urlencoded::byte_serialize(next.as_bytes()).collect::<String>());
            return HttpResponse::SeeOther().insert_header((header::LOCATION, location)).finish();
        }
        if let Self::Internal(cause) = self {
            tracing::error!(error = ?cause, "internal error");
        }
        let status = self.status_code();
        let text = ErrorPageText::of(self, status);
        // English until `in_reader_language` writes it again for its reader
        let body = text.render(status, crate::i18n::Lang::En, "/".into()).unwrap_or_else(|_| self.to_string());
        let mut response = HttpResponse::build(status);
        if status == StatusCode::SERVICE_UNAVAILABLE {
            response.insert_header((header::RETRY_AFTER, RETRY_AFTER));
        }
        let mut response = response.content_type("text/html; charset=utf-8").body(body);
        response.extensions_mut().insert(text);
        response
    }
}

/// Writes a creditor-side error page again in its reader's language (the account's, else
/// the switcher's cookie, else the browser's). The partner portal and the operator's pages
/// stay English.
pub async fn in_reader_language(
    req: actix_web::dev::ServiceRequest,
    next: actix_web::middleware::Next<impl actix_web::body::MessageBody + 'static>,
) -> Result<actix_web::dev::ServiceResponse<actix_web::body::BoxBody>, actix_web::Error> {
    use actix_session::SessionExt;
    let response = next.call(req).await?.map_into_boxed_body();
    let Some(text) = response.response().extensions().get::<ErrorPageText>().cloned() else {
        return Ok(response);
    };
    let request = response.request();
    let path = request.path();
    if path == "/partner" || path.starts_with("/partner/") || path.starts_with("/operator") {
        return Ok(response);
    }
    let lang = request
        .get_session()
        .get::<String>(super::session::ACCOUNT_LANG)
        .ok()
        .flatten()
        .and_then(|code| crate::i18n::Lang::from_tag(&code))
        .or_else(|| super::session::requested_lang(request));
    let Some(lang) = lang.filter(|l| *l != crate::i18n::Lang::En) else {
        return Ok(response);
    };
    let status = response.status();
    let here = match *request.method() {
        actix_web::http::Method::GET => request.uri().path_and_query().map_or("/", |p| p.as_str()).to_string(),
        _ => "/".to_string(),
    };
    let Ok(body) = text.render(status, lang, here) else {
        return Ok(response);
    };
    Ok(response.map_body(|head, _| {
        head.headers_mut().remove(header::CONTENT_LENGTH);
        actix_web::body::BoxBody::new(body)
    }))
}

impl From<DbError> for PageError {
    fn from(e: DbError) -> Self {
        match e {
            DbError::Pool(_) => Self::Unavailable,
            other => Self::Internal(other.into()),
        }
    }
}

/// Page errors from the API helpers the pages share: a missing claim is a missing page.
impl From<ApiError> for PageError {
    fn from(e: ApiError) -> Self {
        match e {
            ApiError::NotFound => Self::NotFound,
            ApiError::Unavailable => Self::Unavailable,
            ApiError::TooMany(message) => Self::TooMany(message),
            ApiError::Internal(e) => Self::Internal(e),
            other => Self::Internal(anyhow::anyhow!("{other}")),
        }
    }
}

impl From<askama::Error> for PageError {
    fn from(e: askama::Error) -> Self {
        Self::Internal(e.into())
    }
}

/// Renders a page template as a `200 OK` HTML response.
pub fn render(page: &impl Template) -> Result<HttpResponse, PageError> {
    render_with(StatusCode::OK, page)
}

pub fn render_with(status: StatusCode, page: &impl Template) -> Result<HttpResponse, PageError> {
    Ok(HttpResponse::build(status).content_type("text/html; charset=utf-8").body(page.render()?))
}
