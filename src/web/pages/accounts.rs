//! Sign-up, sign-in, sign-out and the account page with API keys.

use actix_web::http::{StatusCode, header};
use std::net::{IpAddr, Ipv4Addr};

use actix_web::{HttpRequest, HttpResponse, get, post, web};
use askama::Template;
use serde::Deserialize;

use super::european_countries;
use crate::accounts::{self, AccountError, NewCreditor};
use crate::credentials::check_password_rules;
use crate::db::creditors::{self, CreditorRow};
use crate::db::sessions;
use crate::domain::country::Country;
use crate::domain::text::{Email, Name, Reference};
use crate::domain::validation::FieldErrors;
use crate::security::limits::{Attempt, Limited};
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

/// The client's address: the connection's, or the one a trusted proxy names
/// (`TRUSTED_PROXIES`, docs/security.md).
fn client_address(state: &AppState, req: &HttpRequest) -> IpAddr {
    let peer = req.peer_addr().map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |a| a.ip());
    let forwarded = req.headers().get("x-forwarded-for").and_then(|v| v.to_str().ok());
    state.security.client_address(peer, forwarded)
}

fn limited_response(limited: Limited, page: &impl Template) -> Result<HttpResponse, PageError> {
    Ok(HttpResponse::build(StatusCode::TOO_MANY_REQUESTS)
        .insert_header((header::RETRY_AFTER, limited.retry_after.to_string()))
        .content_type("text/html; charset=utf-8")
        .body(page.render()?))
}

/// Sign-up answers the same whether or not the address already has an account (so the form
/// cannot be used to find out who is registered): the account is made when the address is
/// new, nothing changes when it is not, and either way the visitor is asked to sign in. Both
/// ways hash the password, so they take the same time.
#[post("/signup")]
pub async fn signup(
    state: web::Data<AppState>,
    req: HttpRequest,
    visitor: Visitor,
    form: FormData,
) -> Result<HttpResponse, PageError> {
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
    let now = chrono::Utc::now().timestamp();
    if let Err(limited) =
        state.limiter.admit(&state.db, Attempt::SignUp, client_address(&state, &req), None, now).await?
    {
        let errors = FieldErrors::single("email", limited.message());
        return limited_response(limited, &SignupPage::new(visitor.layout, &form, errors));
    }
    let hash = state.passwords.hash(form.get("password").to_string()).await.map_err(|_| PageError::Unavailable)?;
    let hash = hash.map_err(PageError::Internal)?;
    let new = NewCreditor { name, registration_number: Some(registration_number), country, email };
    match accounts::create(&state.db, new, Some(hash)).await {
        Ok(row) => tracing::info!(creditor = %row.id, "account created"),
        Err(AccountError::EmailTaken) => tracing::info!("sign-up with an address that already has an account"),
        Err(AccountError::Db(e)) => return Err(e.into()),
        Err(AccountError::Other(e)) => return Err(PageError::Internal(e)),
    }
    visitor.flash("Thank you. Sign in with your e-mail address and the password you chose to continue.");
    Ok(see_other("/signin?next=/claims/new"))
}

#[derive(Template)]
#[template(path = "signin.html")]
struct SigninPage {
    layout: Layout,
    /// Sign-in shows one message for the whole form, never which field was wrong.
    errors: FieldErrors,
    error: Option<String>,
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
pub async fn signin(
    state: web::Data<AppState>,
    req: HttpRequest,
    visitor: Visitor,
    form: FormData,
) -> Result<HttpResponse, PageError> {
    visitor.verify_csrf(form.get(CSRF_FIELD))?;
    let email = form.get("email").trim().to_lowercase();
    let refused = |layout: Layout, error: String| SigninPage {
        layout,
        errors: FieldErrors::new(),
        error: Some(error),
        email: form.get("email").to_string(),
        next: safe_next(form.get("next")).to_string(),
    };
    let now = chrono::Utc::now().timestamp();
    let address = client_address(&state, &req);
    if let Err(limited) = state.limiter.admit(&state.db, Attempt::SignIn, address, Some(&email), now).await? {
        tracing::info!(%address, "sign-in refused by the attempt limits");
        return limited_response(limited, &refused(visitor.layout, limited.message()));
    }
    let lookup = email.clone();
    let creditor = state.db.run(move |conn| creditors::find_by_email(conn, &lookup)).await?;
    let stored = creditor.as_ref().and_then(|c| c.password_hash.clone());
    let ok =
        state.passwords.verify(form.get("password").to_string(), stored).await.map_err(|_| PageError::Unavailable)?;
    match creditor {
        Some(creditor) if ok => {
            visitor.sign_in(&creditor.id, &creditor.name).await?;
            Ok(see_other(safe_next(form.get("next"))))
        }
        _ => {
            state.limiter.failed(&state.db, &email, address, now).await?;
            let page = refused(visitor.layout, "The e-mail address or the password is wrong.".into());
            render_with(StatusCode::UNAUTHORIZED, &page)
        }
    }
}

#[post("/signout")]
pub async fn signout(visitor: Visitor, form: FormData) -> Result<HttpResponse, PageError> {
    visitor.verify_csrf(form.get(CSRF_FIELD))?;
    visitor.sign_out().await?;
    Ok(see_other("/"))
}

/// Changes the password; every other session of the account is signed out, and this one
/// continues on a new session.
#[post("/account/password")]
pub async fn change_password(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: SignedIn,
    form: FormData,
) -> Result<HttpResponse, PageError> {
    user.visitor.verify_csrf(form.get(CSRF_FIELD))?;
    let id = user.creditor_id.clone();
    let creditor = state.db.run(move |conn| creditors::get(conn, &id)).await?.ok_or(PageError::NotFound)?;
    // The current password is guessed no faster here than at sign-in.
    let (now, address) = (chrono::Utc::now().timestamp(), client_address(&state, &req));
    if let Err(limited) = state.limiter.admit(&state.db, Attempt::SignIn, address, Some(&creditor.email), now).await? {
        return Err(PageError::TooMany(limited.message()));
    }
    let mut errors = FieldErrors::new();
    let new_ok = errors.check("new_password", check_password_rules(form.get("new_password"))).is_some();
    let current_ok = state
        .passwords
        .verify(form.get("current_password").to_string(), creditor.password_hash.clone())
        .await
        .map_err(|_| PageError::Unavailable)?;
    if !current_ok {
        state.limiter.failed(&state.db, &creditor.email, address, now).await?;
        errors.add("current_password", "this is not your current password");
    }
    if !(new_ok && current_ok) {
        return account_page(&state, user, None, errors, StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    let hash = state.passwords.hash(form.get("new_password").to_string()).await.map_err(|_| PageError::Unavailable)?;
    let hash = hash.map_err(PageError::Internal)?;
    let (id, now) = (user.creditor_id.clone(), crate::db::now_micros());
    let current = user.visitor.session_id().unwrap_or_default().to_string();
    state.db.run(move |conn| sessions::change_password(conn, &id, &hash, &current, now).map(|_| ())).await?;
    state.live.recheck(&user.creditor_id);
    user.visitor.sign_in(&creditor.id, &creditor.name).await?;
    user.visitor.flash("Your password was changed. Every other device was signed out.");
    Ok(see_other("/account"))
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
    /// Errors of the password form.
    errors: FieldErrors,
    /// What the creditor hears of by e-mail.
    notifications: creditors::Notifications,
}

async fn account_page(
    state: &AppState,
    user: SignedIn,
    new_key: Option<String>,
    errors: FieldErrors,
    status: StatusCode,
) -> Result<HttpResponse, PageError> {
    let id = user.creditor_id.clone();
    let (creditor, keys, notifications) = state
        .db
        .run(move |conn| {
            Ok((creditors::get(conn, &id)?, creditors::api_keys_of(conn, &id)?, creditors::notifications(conn, &id)?))
        })
        .await?;
    let (Some(creditor), Some((_, notifications))) = (creditor, notifications) else {
        // The account is gone: the session is stale.
        user.visitor.sign_out().await?;
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
    render_with(status, &AccountPage { layout: user.visitor.layout, creditor, keys, new_key, errors, notifications })
}

#[get("/account")]
pub async fn account(state: web::Data<AppState>, user: SignedIn) -> Result<HttpResponse, PageError> {
    account_page(&state, user, None, FieldErrors::new(), StatusCode::OK).await
}

#[post("/account/api-keys")]
pub async fn create_key(state: web::Data<AppState>, user: SignedIn, form: FormData) -> Result<HttpResponse, PageError> {
    user.visitor.verify_csrf(form.get(CSRF_FIELD))?;
    let label: String = form.get("label").trim().chars().filter(|c| !c.is_control()).take(100).collect();
    let label = if label.is_empty() { "API key".to_string() } else { label };
    let key = accounts::add_api_key(&state.db, &user.creditor_id, &label).await?;
    account_page(&state, user, Some(key), FieldErrors::new(), StatusCode::OK).await
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
    state.live.recheck(&user.creditor_id);
    user.visitor.flash("The API key was revoked; requests with it are refused from now on.");
    Ok(see_other("/account"))
}

/// `POST /account/notifications`: which e-mails the creditor wants (an unticked box is not
/// sent by the browser, so a missing field means no).
#[post("/account/notifications")]
pub async fn save_notifications(
    state: web::Data<AppState>,
    user: SignedIn,
    form: FormData,
) -> Result<HttpResponse, PageError> {
    user.visitor.verify_csrf(form.get(CSRF_FIELD))?;
    let ticked = |name: &str| matches!(form.get(name), "true" | "on" | "yes");
    let settings = creditors::Notifications {
        notify_requests: ticked("notify_requests"),
        notify_money: ticked("notify_money"),
        notify_closed: ticked("notify_closed"),
    };
    let id = user.creditor_id.clone();
    state.db.run(move |conn| creditors::set_notifications(conn, &id, settings)).await?;
    user.visitor.flash("Saved");
    Ok(see_other("/account#notifications"))
}
