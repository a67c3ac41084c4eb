//! Sign-up with e-mail verification, sign-in, sign-out, password reset, the links mailed to
//! users (verify, reset, invitation, new address), and the account page with API keys.

use actix_web::http::{StatusCode, header};
use std::net::{IpAddr, Ipv4Addr};

use actix_web::{HttpRequest, HttpResponse, get, post, web};
use askama::Template;
use serde::Deserialize;

use crate::accounts::{self, AccountError, Link, NewCreditor, token_id};
use crate::credentials::check_password_rules;
use crate::db::creditors::{self, CreditorRow};
use crate::db::users::{self, Use, UserRow};
use crate::domain::country::Country;
use crate::domain::text::{Email, Name, Reference};
use crate::domain::validation::FieldErrors;
use crate::mail::account::AccountMail;
use crate::security::limits::{Attempt, Limited};
use crate::state::AppState;
use crate::web::error::{PageError, render, render_with};
use crate::web::forms::FormData;
use crate::web::see_other;
use crate::web::session::{CSRF_FIELD, Layout, SignedIn, Visitor, safe_next};
use crate::web::views::rfc3339;

#[derive(Template)]
#[template(path = "signup.html")]
struct SignupPage {
    layout: Layout,
    errors: FieldErrors,
    company_name: String,
    registration_number: String,
    country: String,
    email: String,
    /// (code, name in the page's language).
    countries: Vec<(&'static str, String)>,
}

impl SignupPage {
    fn new(layout: Layout, form: &FormData, errors: FieldErrors) -> Self {
        let countries = crate::i18n::countries::country_options(layout.tr.lang);
        Self {
            errors: crate::web::forms::localise(layout.tr.lang, errors),
            layout,
            company_name: form.get("name").to_string(),
            registration_number: form.get("registration_number").to_string(),
            country: form.get("country").to_string(),
            email: form.get("email").to_string(),
            countries,
        }
    }

    /// A field's name in the list of problems.
    fn label(&self, field: &str) -> String {
        let key = match field {
            "name" => "account-label-company-name",
            "registration_number" => "account-label-registration-long",
            "country" => "account-label-company-country",
            "email" => "account-label-email",
            _ => "account-label-password",
        };
        self.layout.t(key)
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

/// The password rules (`check_password_rules`), said in the page's language.
fn password_rules(layout: &Layout, password: &str) -> Result<(), String> {
    use crate::credentials::{MAX_PASSWORD, MIN_PASSWORD};
    check_password_rules(password).map_err(|_| {
        if password.chars().count() < MIN_PASSWORD {
            layout.tr.count("account-error-password-short", &MIN_PASSWORD)
        } else {
            layout.tr.count("account-error-password-long", &MAX_PASSWORD)
        }
    })
}

/// What a person refused by an attempt limit is told, in the page's language.
pub fn limited_message(layout: &Layout, limited: Limited) -> String {
    let minutes = limited.retry_after.div_ceil(60).max(1);
    layout.tr.count("account-too-many", &(minutes as usize))
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
    let name = errors.check_explained("name", Name::parse(form.get("name")));
    let registration_number =
        errors.check_explained("registration_number", Reference::parse(form.get("registration_number")));
    // the debtor's country has its own words for a missing one
    let country = match form.get("country").trim() {
        "" => {
            errors.add("country", visitor.layout.t("account-error-country"));
            None
        }
        code => errors.check_explained("country", Country::parse(code)),
    };
    let email = errors.check_explained("email", Email::parse(form.get("email")));
    let password = errors.check("password", password_rules(&visitor.layout, form.get("password")));
    let (Some(name), Some(registration_number), Some(country), Some(email), Some(())) =
        (name, registration_number, country, email, password)
    else {
        return render_with(StatusCode::UNPROCESSABLE_ENTITY, &SignupPage::new(visitor.layout, &form, errors));
    };
    let now = chrono::Utc::now().timestamp();
    if let Err(limited) =
        state.limiter.admit(&state.db, Attempt::SignUp, client_address(&state, &req), None, now).await?
    {
        let errors = FieldErrors::single("email", limited_message(&visitor.layout, limited));
        return limited_response(limited, &SignupPage::new(visitor.layout, &form, errors));
    }
    let hash = state.passwords.hash(form.get("password").to_string()).await.map_err(|_| PageError::Unavailable)?;
    let hash = hash.map_err(PageError::Internal)?;
    let lang = visitor.layout.tr.lang;
    let to = email.normalised();
    let new = NewCreditor { name, registration_number: Some(registration_number), country, email };
    match accounts::create(&state.db, new, Some(hash), lang.code()).await {
        Ok(user) => {
            tracing::info!(creditor = %user.creditor_id, "account created");
            let link = accounts::issue_link(&state, &user.id, Link::Verify, None).await?;
            accounts::send_mail(&state, &to, &AccountMail::Verify { link: &link, hours: Link::Verify.hours() }, lang)
                .await;
        }
        Err(AccountError::EmailTaken) => {
            // the owner of the address hears of it; the visitor sees the same answer
            tracing::info!("sign-up with an address that already has an account");
            let signin_url = format!("{}/signin", state.public_url);
            let forgot_url = format!("{}/password/forgot", state.public_url);
            let mail = AccountMail::AlreadyRegistered { signin: &signin_url, forgot: &forgot_url };
            accounts::send_mail(&state, &to, &mail, lang).await;
        }
        Err(AccountError::Db(e)) => return Err(e.into()),
        Err(AccountError::Other(e)) => return Err(PageError::Internal(e)),
    }
    visitor.flash(visitor.layout.t("account-signup-check-mail"));
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
    /// The password was right, but the address is not confirmed yet: offer a new link.
    unverified: bool,
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
    render(&SigninPage {
        layout: visitor.layout,
        errors: FieldErrors::new(),
        error: None,
        email: String::new(),
        next,
        unverified: false,
    })
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
        unverified: false,
    };
    let now = chrono::Utc::now().timestamp();
    let address = client_address(&state, &req);
    if let Err(limited) = state.limiter.admit(&state.db, Attempt::SignIn, address, Some(&email), now).await? {
        tracing::info!(%address, "sign-in refused by the attempt limits");
        let message = limited_message(&visitor.layout, limited);
        return limited_response(limited, &refused(visitor.layout, message));
    }
    let lookup = email.clone();
    let found = state
        .db
        .run(move |conn| {
            let Some(user) = users::find_by_email(conn, &lookup)? else { return Ok(None) };
            let company = creditors::get(conn, &user.creditor_id)?;
            Ok(company.map(|c| (user, c.name)))
        })
        .await?;
    let stored = found.as_ref().and_then(|(u, _)| u.password_hash.clone());
    let ok =
        state.passwords.verify(form.get("password").to_string(), stored).await.map_err(|_| PageError::Unavailable)?;
    match found {
        Some((user, _)) if ok && user.verified_at.is_none() => {
            let message = visitor.layout.t("account-signin-unverified");
            let page = SigninPage { unverified: true, ..refused(visitor.layout, message) };
            render_with(StatusCode::FORBIDDEN, &page)
        }
        Some((user, company)) if ok => {
            visitor.sign_in(&user.creditor_id, &user.id, &company).await?;
            // the user's e-mails follow the language they use the portal in
            let (id, lang) = (user.id.clone(), visitor.layout.tr.lang.code());
            if user.lang != lang {
                state.db.run(move |conn| users::set_lang(conn, &id, lang)).await?;
            }
            Ok(see_other(safe_next(form.get("next"))))
        }
        _ => {
            state.limiter.failed(&state.db, &email, address, now).await?;
            let message = visitor.layout.t("account-signin-wrong");
            render_with(StatusCode::UNAUTHORIZED, &refused(visitor.layout, message))
        }
    }
}

#[post("/signout")]
pub async fn signout(visitor: Visitor, form: FormData) -> Result<HttpResponse, PageError> {
    visitor.verify_csrf(form.get(CSRF_FIELD))?;
    visitor.sign_out().await?;
    Ok(see_other("/"))
}

/// Checks the signed-in user's current password, no faster than sign-in allows; the
/// error names `field`.
async fn check_current_password(
    state: &AppState,
    req: &HttpRequest,
    user: &SignedIn,
    field: &str,
    password: &str,
    errors: &mut FieldErrors,
) -> Result<bool, PageError> {
    let (now, address) = (chrono::Utc::now().timestamp(), client_address(state, req));
    if let Err(limited) = state.limiter.admit(&state.db, Attempt::SignIn, address, Some(&user.user.email), now).await? {
        return Err(PageError::TooMany(limited_message(&user.visitor.layout, limited)));
    }
    let ok = state
        .passwords
        .verify(password.to_string(), user.user.password_hash.clone())
        .await
        .map_err(|_| PageError::Unavailable)?;
    if !ok {
        state.limiter.failed(&state.db, &user.user.email, address, now).await?;
        errors.add(field, user.visitor.layout.t("account-error-current-password"));
    }
    Ok(ok)
}

/// Changes the password; every other session of the user is signed out, and this one
/// continues on a new session.
#[post("/account/password")]
pub async fn change_password(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: SignedIn,
    form: FormData,
) -> Result<HttpResponse, PageError> {
    user.visitor.verify_csrf(form.get(CSRF_FIELD))?;
    let mut errors = FieldErrors::new();
    let new_ok = errors.check("new_password", password_rules(&user.visitor.layout, form.get("new_password"))).is_some();
    let current_ok =
        check_current_password(&state, &req, &user, "current_password", form.get("current_password"), &mut errors)
            .await?;
    if !(new_ok && current_ok) {
        return account_page(&state, user, None, errors, StatusCode::UNPROCESSABLE_ENTITY).await;
    }
    let hash = state.passwords.hash(form.get("new_password").to_string()).await.map_err(|_| PageError::Unavailable)?;
    let hash = hash.map_err(PageError::Internal)?;
    let (id, now) = (user.user.id.clone(), crate::db::now_micros());
    let current = user.visitor.session_id().map(str::to_string);
    state.db.run(move |conn| users::set_password(conn, &id, &hash, current.as_deref(), now)).await?;
    state.live.recheck(&user.creditor_id);
    let company = user.visitor.layout.signed_in.clone().unwrap_or_default();
    user.visitor.sign_in(&user.creditor_id, &user.user.id, &company).await?;
    user.visitor.flash(user.visitor.layout.t("account-password-changed"));
    Ok(see_other("/account"))
}

/// Asks for a new address: a link goes to it, and the address counts once the link is
/// opened. Nothing tells whether another account has the address (the link then says so).
#[post("/account/email")]
pub async fn change_email(
    state: web::Data<AppState>,
    req: HttpRequest,
    user: SignedIn,
    form: FormData,
) -> Result<HttpResponse, PageError> {
    user.visitor.verify_csrf(form.get(CSRF_FIELD))?;
    let mut errors = FieldErrors::new();
    let email = Email::parse(form.get("new_email"));
    if email.is_err() {
        errors.add("new_email", user.visitor.layout.t("account-error-email"));
    }
    let current_ok =
        check_current_password(&state, &req, &user, "email_password", form.get("email_password"), &mut errors).await?;
    let (Ok(email), true) = (email, current_ok) else {
        return account_page(&state, user, None, errors, StatusCode::UNPROCESSABLE_ENTITY).await;
    };
    let new_email = email.normalised();
    let lang = user.visitor.layout.tr.lang;
    let link = accounts::issue_link(&state, &user.user.id, Link::NewEmail, Some(new_email.clone())).await?;
    accounts::send_mail(
        &state,
        &new_email,
        &AccountMail::NewEmail { link: &link, hours: Link::NewEmail.hours() },
        lang,
    )
    .await;
    user.visitor.flash(user.visitor.layout.tr.t1("account-email-sent", "email", &new_email));
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
    /// The signed-in user.
    user: UserRow,
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
    let me = user.user;
    render_with(
        status,
        &AccountPage { layout: user.visitor.layout, creditor, user: me, keys, new_key, errors, notifications },
    )
}

#[get("/account")]
pub async fn account(state: web::Data<AppState>, user: SignedIn) -> Result<HttpResponse, PageError> {
    account_page(&state, user, None, FieldErrors::new(), StatusCode::OK).await
}

#[post("/account/api-keys")]
pub async fn create_key(state: web::Data<AppState>, user: SignedIn, form: FormData) -> Result<HttpResponse, PageError> {
    user.visitor.verify_csrf(form.get(CSRF_FIELD))?;
    user.require_admin()?;
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
    user.require_admin()?;
    let creditor = user.creditor_id.clone();
    let revoked = state.db.run(move |conn| creditors::revoke_api_key(conn, &creditor, &id)).await?;
    if !revoked {
        return Err(PageError::NotFound);
    }
    state.live.recheck(&user.creditor_id);
    user.visitor.flash(user.visitor.layout.t("account-key-revoked"));
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
    user.require_admin()?;
    let ticked = |name: &str| matches!(form.get(name), "true" | "on" | "yes");
    let settings = creditors::Notifications {
        notify_requests: ticked("notify_requests"),
        notify_money: ticked("notify_money"),
        notify_closed: ticked("notify_closed"),
    };
    let id = user.creditor_id.clone();
    state.db.run(move |conn| creditors::set_notifications(conn, &id, settings)).await?;
    user.visitor.flash(user.visitor.layout.t("account-saved"));
    Ok(see_other("/account#notifications"))
}

/// A page that says one thing: a link that no longer works, a message after an action.
#[derive(Template)]
#[template(path = "account_message.html")]
struct MessagePage {
    layout: Layout,
    title: String,
    message: String,
}

/// The answer to a link that was used already, expired, or never existed.
fn dead_link(layout: Layout) -> Result<HttpResponse, PageError> {
    let page =
        MessagePage { title: layout.t("account-link-dead-title"), message: layout.t("account-link-dead"), layout };
    render_with(StatusCode::GONE, &page)
}

/// `GET /verify/{token}`: the link of the sign-up e-mail confirms the address (once).
#[get("/verify/{token}")]
pub async fn verify(
    state: web::Data<AppState>,
    visitor: Visitor,
    token: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let (id, now) = (token_id(&token), state.now());
    let used = state.db.run(move |conn| Ok(users::use_token(conn, &id, "verify", &Use::Verify, now)?)).await?;
    if used.is_none() {
        return dead_link(visitor.layout);
    }
    visitor.flash(visitor.layout.t("account-verified"));
    let next = if visitor.creditor_id.is_some() { "/claims" } else { "/signin?next=/claims/new" };
    Ok(see_other(next))
}

/// `POST /verify/resend`: a new confirmation link for an address not yet confirmed. The
/// answer is the same whatever the address.
#[post("/verify/resend")]
pub async fn resend_verification(
    state: web::Data<AppState>,
    req: HttpRequest,
    visitor: Visitor,
    form: FormData,
) -> Result<HttpResponse, PageError> {
    visitor.verify_csrf(form.get(CSRF_FIELD))?;
    let now = chrono::Utc::now().timestamp();
    if let Err(limited) =
        state.limiter.admit(&state.db, Attempt::SignUp, client_address(&state, &req), None, now).await?
    {
        return Err(PageError::TooMany(limited_message(&visitor.layout, limited)));
    }
    let email = form.get("email").trim().to_lowercase();
    let lookup = email.clone();
    let user = state.db.run(move |conn| users::find_by_email(conn, &lookup)).await?;
    if let Some(user) = user.filter(|u| u.verified_at.is_none()) {
        let lang = visitor.layout.tr.lang;
        let link = accounts::issue_link(&state, &user.id, Link::Verify, None).await?;
        accounts::send_mail(
            &state,
            &user.email,
            &AccountMail::Verify { link: &link, hours: Link::Verify.hours() },
            lang,
        )
        .await;
    }
    visitor.flash(visitor.layout.t("account-verify-resent"));
    Ok(see_other("/signin"))
}

#[derive(Template)]
#[template(path = "account_forgot.html")]
struct ForgotPage {
    layout: Layout,
    email: String,
    errors: FieldErrors,
}

#[get("/password/forgot")]
pub async fn forgot_form(visitor: Visitor) -> Result<HttpResponse, PageError> {
    render(&ForgotPage { layout: visitor.layout, email: String::new(), errors: FieldErrors::new() })
}

/// `POST /password/forgot`: a reset link goes to the address if a user has it; the answer
/// is the same either way, and comes before the mail is sent (so it takes the same time).
#[post("/password/forgot")]
pub async fn forgot(
    state: web::Data<AppState>,
    req: HttpRequest,
    visitor: Visitor,
    form: FormData,
) -> Result<HttpResponse, PageError> {
    visitor.verify_csrf(form.get(CSRF_FIELD))?;
    let email = form.get("email").trim().to_lowercase();
    let now = chrono::Utc::now().timestamp();
    let address = client_address(&state, &req);
    if let Err(limited) = state.limiter.admit(&state.db, Attempt::Reset, address, Some(&email), now).await? {
        let errors = FieldErrors::single("email", limited_message(&visitor.layout, limited));
        let page = ForgotPage { email: form.get("email").to_string(), layout: visitor.layout, errors };
        return limited_response(limited, &page);
    }
    // counted like a failed sign-in: a flood of reset mails to one address is limited too
    state.limiter.failed(&state.db, &email, address, now).await?;
    let lang = visitor.layout.tr.lang;
    let sender = state.clone();
    tokio::spawn(async move {
        let state = sender;
        let lookup = email.clone();
        let user = match state.db.run(move |conn| users::find_by_email(conn, &lookup)).await {
            Ok(user) => user,
            Err(e) => return tracing::error!(error = %e, "looking up a password reset"),
        };
        let Some(user) = user else { return };
        match accounts::issue_link(&state, &user.id, Link::Reset, None).await {
            Ok(link) => {
                let mail = AccountMail::Reset { link: &link, hours: Link::Reset.hours() };
                accounts::send_mail(&state, &user.email, &mail, lang).await;
            }
            Err(e) => tracing::error!(error = %e, "storing a password reset link"),
        }
    });
    visitor.flash(visitor.layout.t("account-reset-sent"));
    Ok(see_other("/signin"))
}

/// The form behind a reset or invitation link: a new password, and for an invitation a name.
#[derive(Template)]
#[template(path = "account_password.html")]
struct PasswordPage {
    layout: Layout,
    action: String,
    /// An invitation: the company's name, and the name field is shown.
    company: Option<String>,
    email: String,
    your_name: String,
    errors: FieldErrors,
}

async fn link_form(
    state: &AppState,
    visitor: Visitor,
    token: &str,
    kind: Link,
    form: Option<&FormData>,
    errors: FieldErrors,
) -> Result<HttpResponse, PageError> {
    let (id, now, purpose) = (token_id(token), state.now(), kind.purpose());
    let found = state
        .db
        .run(move |conn| {
            let Some((_, user)) = users::peek_token(conn, &id, purpose, now)? else { return Ok(None) };
            let company = creditors::get(conn, &user.creditor_id)?.map(|c| c.name);
            Ok(Some((user, company)))
        })
        .await?;
    let Some((user, company)) = found else { return dead_link(visitor.layout) };
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let path = match kind {
        Link::Invite => "/invitation",
        _ => "/password/reset",
    };
    let page = PasswordPage {
        layout: visitor.layout,
        action: format!("{path}/{token}"),
        company: company.filter(|_| kind == Link::Invite),
        email: user.email,
        your_name: form.map_or(user.name, |f| f.get("name").to_string()),
        errors,
    };
    render_with(status, &page)
}

async fn use_password_link(
    state: &AppState,
    visitor: Visitor,
    token: &str,
    kind: Link,
    form: FormData,
) -> Result<HttpResponse, PageError> {
    visitor.verify_csrf(form.get(CSRF_FIELD))?;
    let mut errors = FieldErrors::new();
    errors.check("password", password_rules(&visitor.layout, form.get("password")));
    let name = match kind {
        Link::Invite => match Name::parse(form.get("name")) {
            Ok(name) => Some(name.to_string()),
            Err(_) => {
                errors.add("name", visitor.layout.t("account-error-name"));
                None
            }
        },
        _ => None,
    };
    if !errors.is_empty() {
        return link_form(state, visitor, token, kind, Some(&form), errors).await;
    }
    let hash = state.passwords.hash(form.get("password").to_string()).await.map_err(|_| PageError::Unavailable)?;
    let hash = hash.map_err(PageError::Internal)?;
    let (id, now, purpose) = (token_id(token), state.now(), kind.purpose());
    let what = Use::Password { hash, name };
    let used = state.db.run(move |conn| Ok(users::use_token(conn, &id, purpose, &what, now)?)).await?;
    let Some(user) = used else { return dead_link(visitor.layout) };
    state.live.recheck(&user.creditor_id);
    if visitor.creditor_id.is_some() {
        visitor.sign_out().await?;
    }
    visitor.flash(visitor.layout.t(match kind {
        Link::Invite => "account-invitation-done",
        _ => "account-reset-done",
    }));
    Ok(see_other("/signin?next=/claims"))
}

#[get("/password/reset/{token}")]
pub async fn reset_form(
    state: web::Data<AppState>,
    visitor: Visitor,
    token: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    link_form(&state, visitor, &token, Link::Reset, None, FieldErrors::new()).await
}

/// `POST /password/reset/{token}`: sets the new password (once); every session of the user ends.
#[post("/password/reset/{token}")]
pub async fn reset(
    state: web::Data<AppState>,
    visitor: Visitor,
    token: web::Path<String>,
    form: FormData,
) -> Result<HttpResponse, PageError> {
    use_password_link(&state, visitor, &token, Link::Reset, form).await
}

#[get("/invitation/{token}")]
pub async fn invitation_form(
    state: web::Data<AppState>,
    visitor: Visitor,
    token: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    link_form(&state, visitor, &token, Link::Invite, None, FieldErrors::new()).await
}

/// `POST /invitation/{token}`: the invited colleague gives a name and a password (once).
#[post("/invitation/{token}")]
pub async fn accept_invitation(
    state: web::Data<AppState>,
    visitor: Visitor,
    token: web::Path<String>,
    form: FormData,
) -> Result<HttpResponse, PageError> {
    use_password_link(&state, visitor, &token, Link::Invite, form).await
}

/// `GET /account/email/{token}`: the new address counts from now on (once).
#[get("/account/email/{token}")]
pub async fn confirm_email(
    state: web::Data<AppState>,
    visitor: Visitor,
    token: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let (id, now) = (token_id(&token), state.now());
    let used = state
        .db
        .run(move |conn| match users::use_token(conn, &id, "email", &Use::Email, now) {
            Ok(user) => Ok(Ok(user)),
            Err(e) if crate::db::is_unique_violation(&e) => Ok(Err(())),
            Err(e) => Err(e.into()),
        })
        .await?;
    match used {
        Ok(Some(user)) => {
            visitor.flash(visitor.layout.tr.t1("account-email-changed", "email", &user.email));
            Ok(see_other(if visitor.creditor_id.is_some() { "/account" } else { "/signin" }))
        }
        Ok(None) => dead_link(visitor.layout),
        Err(()) => {
            let layout = visitor.layout;
            let page = MessagePage {
                title: layout.t("account-link-dead-title"),
                message: layout.t("account-email-taken"),
                layout,
            };
            render_with(StatusCode::CONFLICT, &page)
        }
    }
}
