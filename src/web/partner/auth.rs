//! The partner area's sign-in and sign-out, the one-time links where a partner user chooses a
//! password, and the admin's page of colleagues with invitations.

use std::net::{IpAddr, Ipv4Addr};

use actix_web::http::{StatusCode, header};
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use askama::Template;
use serde::Deserialize;

use super::see_other;
use super::session::{Me, PartnerUser, PartnerVisitor, partner_next};
use crate::credentials::check_password_rules;
use crate::db::partner_users::{self, PartnerUserRow, role};
use crate::domain::text::Email;
use crate::domain::validation::FieldErrors;
use crate::mail::OutgoingMail;
use crate::partner_accounts::{self, PartnerAccountError, link_id};
use crate::security::limits::Attempt;
use crate::state::AppState;
use crate::web::error::{PageError, render, render_with};
use crate::web::forms::FormData;
use crate::web::session::{CSRF_FIELD, Layout};

fn client_address(state: &AppState, req: &HttpRequest) -> IpAddr {
    let peer = req.peer_addr().map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |a| a.ip());
    let forwarded = req.headers().get("x-forwarded-for").and_then(|v| v.to_str().ok());
    state.security.client_address(peer, forwarded)
}

#[derive(Template)]
#[template(path = "partner/signin.html")]
struct SigninPage {
    layout: Layout,
    me: Option<Me>,
    errors: FieldErrors,
    error: Option<String>,
    email: String,
    next: String,
}

#[derive(Deserialize)]
pub struct NextQuery {
    next: Option<String>,
}

#[get("/partner/signin")]
pub async fn signin_form(visitor: PartnerVisitor, query: web::Query<NextQuery>) -> Result<HttpResponse, PageError> {
    if visitor.me.is_some() {
        return Ok(see_other("/partner"));
    }
    let next = partner_next(query.next.as_deref().unwrap_or("/partner")).to_string();
    render(&SigninPage {
        layout: visitor.layout,
        me: None,
        errors: FieldErrors::new(),
        error: None,
        email: String::new(),
        next,
    })
}

#[post("/partner/signin")]
pub async fn signin(
    state: web::Data<AppState>,
    req: HttpRequest,
    visitor: PartnerVisitor,
    form: FormData,
) -> Result<HttpResponse, PageError> {
    visitor.verify_csrf(form.get(CSRF_FIELD))?;
    let email = form.get("email").trim().to_lowercase();
    let refused = |layout: Layout, error: String| SigninPage {
        layout,
        me: None,
        errors: FieldErrors::new(),
        error: Some(error),
        email: form.get("email").to_string(),
        next: partner_next(form.get("next")).to_string(),
    };
    let now = chrono::Utc::now().timestamp();
    let address = client_address(&state, &req);
    // counted apart from creditors' sign-ins, under the partner user's address
    let account = format!("partner:{email}");
    if let Err(limited) = state.limiter.admit(&state.db, Attempt::PartnerSignIn, address, Some(&account), now).await? {
        tracing::info!(%address, "partner sign-in refused by the attempt limits");
        return Ok(HttpResponse::build(StatusCode::TOO_MANY_REQUESTS)
            .insert_header((header::RETRY_AFTER, limited.retry_after.to_string()))
            .content_type("text/html; charset=utf-8")
            .body(refused(visitor.layout, limited.message()).render()?));
    }
    let lookup = email.clone();
    let user = state.db.run(move |conn| partner_users::find_by_email(conn, &lookup)).await?;
    let user = user.filter(|u| state.registry.get(&u.partner_id).is_some());
    let stored = user.as_ref().and_then(|u| u.password_hash.clone());
    let ok =
        state.passwords.verify(form.get("password").to_string(), stored).await.map_err(|_| PageError::Unavailable)?;
    match user {
        Some(user) if ok => {
            visitor.sign_in(&user).await?;
            tracing::info!(partner = %user.partner_id, user = %user.id, "partner user signed in");
            Ok(see_other(partner_next(form.get("next"))))
        }
        _ => {
            state.limiter.failed(&state.db, &account, address, now).await?;
            let page = refused(visitor.layout, "The e-mail address or the password is wrong.".into());
            render_with(StatusCode::UNAUTHORIZED, &page)
        }
    }
}

#[post("/partner/signout")]
pub async fn signout(visitor: PartnerVisitor, form: FormData) -> Result<HttpResponse, PageError> {
    visitor.verify_csrf(form.get(CSRF_FIELD))?;
    visitor.sign_out().await?;
    Ok(see_other("/partner/signin"))
}

#[derive(Template)]
#[template(path = "partner/welcome.html")]
struct WelcomePage {
    layout: Layout,
    me: Option<Me>,
    token: String,
    /// The user the link is for; `None`: the link is unknown, used or expired.
    email: Option<String>,
    partner_name: String,
    errors: FieldErrors,
}

async fn link_user(state: &AppState, token: &str) -> Result<Option<PartnerUserRow>, PageError> {
    if token.len() > 100 {
        return Ok(None);
    }
    let (id, now) = (link_id(token), crate::db::now_micros());
    Ok(state.db.run(move |conn| partner_users::link_user(conn, &id, now)).await?)
}

fn welcome(
    state: &AppState,
    layout: Layout,
    token: &str,
    user: Option<&PartnerUserRow>,
    errors: FieldErrors,
) -> WelcomePage {
    WelcomePage {
        layout,
        me: None,
        token: token.to_string(),
        email: user.map(|u| u.email.clone()),
        partner_name: user.and_then(|u| state.registry.get(&u.partner_id)).map(|p| p.name.clone()).unwrap_or_default(),
        errors,
    }
}

/// `GET /partner/welcome/{token}`: the one-time link's page, where the user chooses a password.
#[get("/partner/welcome/{token}")]
pub async fn welcome_form(
    state: web::Data<AppState>,
    visitor: PartnerVisitor,
    token: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    let user = link_user(&state, &token).await?;
    let status = if user.is_some() { StatusCode::OK } else { StatusCode::GONE };
    render_with(status, &welcome(&state, visitor.layout, &token, user.as_ref(), FieldErrors::new()))
}

#[post("/partner/welcome/{token}")]
pub async fn welcome_submit(
    state: web::Data<AppState>,
    visitor: PartnerVisitor,
    token: web::Path<String>,
    form: FormData,
) -> Result<HttpResponse, PageError> {
    visitor.verify_csrf(form.get(CSRF_FIELD))?;
    let Some(user) = link_user(&state, &token).await? else {
        return render_with(StatusCode::GONE, &welcome(&state, visitor.layout, &token, None, FieldErrors::new()));
    };
    let mut errors = FieldErrors::new();
    if errors.check("password", check_password_rules(form.get("password"))).is_none() {
        let page = welcome(&state, visitor.layout, &token, Some(&user), errors);
        return render_with(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    let hash = state.passwords.hash(form.get("password").to_string()).await.map_err(|_| PageError::Unavailable)?;
    let hash = hash.map_err(PageError::Internal)?;
    let session_token = crate::credentials::random_token();
    let session = PartnerVisitor::new_session(&session_token);
    let (id, now) = (link_id(&token), crate::db::now_micros());
    let redeemed = state.db.run(move |conn| partner_users::redeem(conn, &id, &hash, &session, now)).await?;
    let Some(user) = redeemed else {
        return render_with(StatusCode::GONE, &welcome(&state, visitor.layout, &token, None, FieldErrors::new()));
    };
    visitor.adopt(&session_token)?;
    visitor.flash("Your password is saved and you are signed in.");
    tracing::info!(partner = %user.partner_id, user = %user.id, "partner user chose a password");
    Ok(see_other("/partner"))
}

#[derive(Template)]
#[template(path = "partner/users.html")]
struct UsersPage {
    layout: Layout,
    me: Option<Me>,
    partner_name: String,
    users: Vec<PartnerUserRow>,
    errors: FieldErrors,
    email: String,
}

async fn users_page(
    state: &AppState,
    user: PartnerUser,
    errors: FieldErrors,
    email: String,
    status: StatusCode,
) -> Result<HttpResponse, PageError> {
    let partner_id = user.partner.id.to_string();
    let rows = state.db.run(move |conn| partner_users::of_partner(conn, &partner_id)).await?;
    let page = UsersPage {
        layout: user.visitor.layout,
        me: user.visitor.me,
        partner_name: user.partner.name.clone(),
        users: rows,
        errors,
        email,
    };
    render_with(status, &page)
}

/// `GET /partner/users`: the partner's users; admins only (others: 404).
#[get("/partner/users")]
pub async fn colleagues(state: web::Data<AppState>, user: PartnerUser) -> Result<HttpResponse, PageError> {
    if !user.user.is_admin() {
        return Err(PageError::NotFound);
    }
    users_page(&state, user, FieldErrors::new(), String::new(), StatusCode::OK).await
}

/// `POST /partner/users`: an admin invites a colleague, who gets an e-mail with a one-time link.
#[post("/partner/users")]
pub async fn invite(state: web::Data<AppState>, user: PartnerUser, form: FormData) -> Result<HttpResponse, PageError> {
    user.visitor.verify_csrf(form.get(CSRF_FIELD))?;
    if !user.user.is_admin() {
        return Err(PageError::NotFound);
    }
    let mut errors = FieldErrors::new();
    let email = errors.check("email", Email::parse(form.get("email")));
    let role = match form.get("role") {
        "" | role::MEMBER => Some(role::MEMBER),
        role::ADMIN => Some(role::ADMIN),
        _ => {
            errors.add("role", "choose member or admin");
            None
        }
    };
    let (Some(email), Some(role)) = (email, role) else {
        let typed = form.get("email").to_string();
        return users_page(&state, user, errors, typed, StatusCode::UNPROCESSABLE_ENTITY).await;
    };
    let minutes = state.security.partner_link_minutes;
    let invited = match partner_accounts::create(
        &state.db,
        user.partner.id.as_str(),
        &email,
        role,
        Some(&user.user.id),
        crate::db::now_micros(),
        minutes,
    )
    .await
    {
        Ok(invited) => invited,
        Err(PartnerAccountError::EmailTaken) => {
            let errors = FieldErrors::single("email", "this address already has a partner portal account");
            return users_page(&state, user, errors, email.to_string(), StatusCode::UNPROCESSABLE_ENTITY).await;
        }
        Err(PartnerAccountError::Db(e)) => return Err(e.into()),
    };
    let mail = OutgoingMail {
        id: crate::db::new_id("pinv_"),
        to: invited.user.email.clone(),
        subject: format!("{} invites you to the CrossClaim partner portal", user.partner.name),
        text: format!(
            "Hello,\n\n{} invites you to work {}'s cases in the CrossClaim partner portal.\n\n\
             Choose your password here (the link works once, within {} hours):\n\n{}\n\n\
             If you did not expect this e-mail, ignore it.\n\nCrossClaim\n",
            user.user.email,
            user.partner.name,
            minutes / 60,
            invited.link(&state.public_url),
        ),
    };
    if let Err(e) = state.mailer.send(&mail, &state.mail_from).await {
        tracing::warn!(error = %e.message, "the invitation could not be sent");
        user.visitor.flash(format!(
            "{} was added, but the e-mail could not be sent. Try again later or ask the CrossClaim operator for a link.",
            invited.user.email
        ));
    } else {
        user.visitor.flash(format!("Invitation sent to {}.", invited.user.email));
    }
    tracing::info!(partner = %user.partner.id, invited = %invited.user.id, by = %user.user.id, "partner user invited");
    Ok(see_other("/partner/users"))
}
