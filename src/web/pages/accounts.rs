//! Sign-up, sign-in, sign-out and the account page with API keys.

use actix_web::http::{StatusCode, header};
use actix_web::{HttpResponse, get, post, web};
use askama::Template;
use serde::Deserialize;

use super::european_countries;
use crate::accounts::{self, AccountError, NewCreditor};
use crate::credentials::{check_password_rules, verify_password};
use crate::db::creditors::{self, CreditorRow};
use crate::domain::country::Country;
use crate::domain::text::{Email, Name, Reference};
use crate::domain::validation::FieldErrors;
use crate::state::AppState;
use crate::web::error::{PageError, render, render_with};
use crate::web::forms::FormData;
use crate::web::session::{CSRF_FIELD, Layout, SignedIn, Visitor, safe_next};
use crate::web::views::rfc3339;

fn see_other(location: &str) -> HttpResponse {
    HttpResponse::SeeOther().insert_header((header::LOCATION, location)).finish()
}

#[derive(Template)]
#[template(path = "signup.html")]
struct SignupPage {
    layout: Layout,
    errors: FieldErrors,
    company_name: String,
    registration_number: String,
    country: String,
    email: String,
    countries: Vec<(&'static str, &'static str)>,
}

impl SignupPage {
    fn new(layout: Layout, form: &FormData, errors: FieldErrors) -> Self {
        Self {
            layout,
            errors,
            company_name: form.get("name").to_string(),
            registration_number: form.get("registration_number").to_string(),
            country: form.get("country").to_string(),
            email: form.get("email").to_string(),
            countries: european_countries(),
        }
    }
}

#[get("/signup")]
pub async fn signup_form(visitor: Visitor) -> Result<HttpResponse, PageError> {
    render(&SignupPage::new(visitor.layout, &FormData::default(), FieldErrors::new()))
}

#[post("/signup")]
pub async fn signup(state: web::Data<AppState>, visitor: Visitor, form: FormData) -> Result<HttpResponse, PageError> {
    visitor.verify_csrf(form.get(CSRF_FIELD))?;
    let mut errors = FieldErrors::new();
    let name = errors.check("name", Name::parse(form.get("name")));
    let registration_number = errors.check("registration_number", Reference::parse(form.get("registration_number")));
    let country = errors.check("country", Country::parse(form.get("country")));
    let email = errors.check("email", Email::parse(form.get("email")));
    let password = errors.check("password", check_password_rules(form.get("password")));
    let (Some(name), Some(registration_number), Some(country), Some(email), Some(())) =
        (name, registration_number, country, email, password)
    else {
        return render_with(StatusCode::UNPROCESSABLE_ENTITY, &SignupPage::new(visitor.layout, &form, errors));
    };
    let new = NewCreditor {
        name,
        registration_number: Some(registration_number),
        country,
        email,
        password: Some(form.get("password").to_string()),
    };
    match accounts::create(&state.db, new).await {
        Ok(row) => {
            visitor.sign_in(&row.id, &row.name)?;
            visitor.flash(format!("Welcome, {}. Your account is ready: file your first claim below.", row.name));
            Ok(see_other("/claims/new"))
        }
        Err(AccountError::EmailTaken) => {
            let errors =
                FieldErrors::single("email", "an account with this e-mail address already exists; sign in instead");
            render_with(StatusCode::UNPROCESSABLE_ENTITY, &SignupPage::new(visitor.layout, &form, errors))
        }
        Err(AccountError::Db(e)) => Err(e.into()),
        Err(AccountError::Other(e)) => Err(PageError::Internal(e)),
    }
}

#[derive(Template)]
#[template(path = "signin.html")]
struct SigninPage {
    layout: Layout,
    /// Sign-in shows one message for the whole form, never which field was wrong.
    errors: FieldErrors,
    error: Option<&'static str>,
    email: String,
    next: String,
}

#[derive(Deserialize)]
pub struct NextQuery {
    next: Option<String>,
}

#[get("/signin")]
pub async fn signin_form(visitor: Visitor, query: web::Query<NextQuery>) -> Result<HttpResponse, PageError> {
    if visitor.creditor_id.is_some() {
        return Ok(see_other("/claims"));
    }
    let next = safe_next(query.next.as_deref().unwrap_or("/claims")).to_string();
    render(&SigninPage { layout: visitor.layout, errors: FieldErrors::new(), error: None, email: String::new(), next })
}

#[post("/signin")]
pub async fn signin(state: web::Data<AppState>, visitor: Visitor, form: FormData) -> Result<HttpResponse, PageError> {
    visitor.verify_csrf(form.get(CSRF_FIELD))?;
    let email = form.get("email").trim().to_lowercase();
    let password = form.get("password").to_string();
    let lookup = email.clone();
    let creditor = state.db.run(move |conn| creditors::find_by_email(conn, &lookup)).await?;
    let stored = creditor.as_ref().and_then(|c| c.password_hash.clone());
    let ok = tokio::task::spawn_blocking(move || verify_password(&password, stored.as_deref()))
        .await
        .map_err(|e| PageError::Internal(e.into()))?;
    match creditor {
        Some(creditor) if ok => {
            visitor.sign_in(&creditor.id, &creditor.name)?;
            Ok(see_other(safe_next(form.get("next"))))
        }
        _ => render_with(
            StatusCode::UNAUTHORIZED,
            &SigninPage {
                layout: visitor.layout,
                errors: FieldErrors::new(),
                error: Some("The e-mail address or the password is wrong."),
                email: form.get("email").to_string(),
                next: safe_next(form.get("next")).to_string(),
            },
        ),
    }
}

#[post("/signout")]
pub async fn signout(visitor: Visitor, form: FormData) -> Result<HttpResponse, PageError> {
    visitor.verify_csrf(form.get(CSRF_FIELD))?;
    visitor.sign_out();
    Ok(see_other("/"))
}

struct KeyLine {
    id: String,
    label: String,
    prefix: String,
    created: String,
}

#[derive(Template)]
#[template(path = "account.html")]
struct AccountPage {
    layout: Layout,
    creditor: CreditorRow,
    keys: Vec<KeyLine>,
    new_key: Option<String>,
}

async fn account_page(state: &AppState, user: SignedIn, new_key: Option<String>) -> Result<HttpResponse, PageError> {
    let id = user.creditor_id.clone();
    let (creditor, keys) =
        state.db.run(move |conn| Ok((creditors::get(conn, &id)?, creditors::api_keys_of(conn, &id)?))).await?;
    let Some(creditor) = creditor else {
        // The account is gone: the session is stale.
        user.visitor.sign_out();
        return Err(PageError::SignInRequired { next: "/account".into() });
    };
    let keys = keys
        .into_iter()
        .map(|k| KeyLine {
            id: k.id,
            label: k.label,
            prefix: k.prefix,
            created: rfc3339(k.created_at)[..10].to_string(),
        })
        .collect();
    render(&AccountPage { layout: user.visitor.layout, creditor, keys, new_key })
}

#[get("/account")]
pub async fn account(state: web::Data<AppState>, user: SignedIn) -> Result<HttpResponse, PageError> {
    account_page(&state, user, None).await
}

#[post("/account/api-keys")]
pub async fn create_key(state: web::Data<AppState>, user: SignedIn, form: FormData) -> Result<HttpResponse, PageError> {
    user.visitor.verify_csrf(form.get(CSRF_FIELD))?;
    let label: String = form.get("label").trim().chars().filter(|c| !c.is_control()).take(100).collect();
    let label = if label.is_empty() { "API key".to_string() } else { label };
    let key = accounts::add_api_key(&state.db, &user.creditor_id, &label).await?;
    account_page(&state, user, Some(key)).await
}

#[post("/account/api-keys/{id}/revoke")]
pub async fn revoke_key(
    state: web::Data<AppState>,
    user: SignedIn,
    form: FormData,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    user.visitor.verify_csrf(form.get(CSRF_FIELD))?;
    let creditor = user.creditor_id.clone();
    let revoked = state.db.run(move |conn| creditors::revoke_api_key(conn, &creditor, &id)).await?;
    if !revoked {
        return Err(PageError::NotFound);
    }
    user.visitor.flash("The API key was revoked; requests with it are refused from now on.");
    Ok(see_other("/account"))
}
