//! The company behind an account: its users (colleagues invited by e-mail, with roles) and
//! its details (address, contact person, payout bank account). Administrators change them;
//! members are told that only an administrator can.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, get, post, web};
use askama::Template;

use crate::accounts::{self, Link};
use crate::db::creditors::{self, CompanyDetails};
use crate::db::users::{self, ADMIN, Change, MEMBER, UserRow};
use crate::db::{is_unique_violation, new_id};
use crate::domain::bank::{Bic, Iban};
use crate::domain::country::Country;
use crate::domain::text::{Email, Line, Name, Phone, Reference};
use crate::domain::validation::FieldErrors;
use crate::mail::account::AccountMail;
use crate::state::AppState;
use crate::web::error::{PageError, render_with};
use crate::web::forms::FormData;
use crate::web::see_other;
use crate::web::session::{CSRF_FIELD, Layout, SignedIn};

struct UserLine {
    id: String,
    name: String,
    email: String,
    admin: bool,
    /// Has not accepted the invitation (or confirmed the address) yet.
    pending: bool,
    me: bool,
}

#[derive(Template)]
#[template(path = "account_users.html")]
struct UsersPage {
    layout: Layout,
    users: Vec<UserLine>,
    errors: FieldErrors,
    email: String,
    role: String,
}

async fn users_page(
    state: &AppState,
    user: SignedIn,
    form: Option<&FormData>,
    errors: FieldErrors,
) -> Result<HttpResponse, PageError> {
    let creditor = user.creditor_id.clone();
    let rows = state.db.run(move |conn| users::of_creditor(conn, &creditor)).await?;
    let users = rows
        .into_iter()
        .map(|u| UserLine {
            me: u.id == user.user.id,
            admin: u.is_admin(),
            pending: u.verified_at.is_none(),
            name: u.name.clone(),
            email: u.email,
            id: u.id,
        })
        .collect();
    let status = if errors.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    let page = UsersPage {
        layout: user.visitor.layout,
        users,
        errors,
        email: form.map_or_else(String::new, |f| f.get("email").to_string()),
        role: form.map_or_else(|| MEMBER.to_string(), |f| f.get("role").to_string()),
    };
    render_with(status, &page)
}

/// `GET /account/users`: the company's users; administrators only.
#[get("/account/users")]
pub async fn list(state: web::Data<AppState>, user: SignedIn) -> Result<HttpResponse, PageError> {
    user.require_admin()?;
    users_page(&state, user, None, FieldErrors::new()).await
}

fn parse_role(text: &str) -> Option<&'static str> {
    match text {
        ADMIN => Some(ADMIN),
        MEMBER => Some(MEMBER),
        _ => None,
    }
}

/// `POST /account/users`: invites a colleague by e-mail, with a role; the invitation mail
/// carries a single-use link to choose a name and a password.
#[post("/account/users")]
pub async fn invite(state: web::Data<AppState>, user: SignedIn, form: FormData) -> Result<HttpResponse, PageError> {
    user.visitor.verify_csrf(form.get(CSRF_FIELD))?;
    user.require_admin()?;
    let layout = &user.visitor.layout;
    let mut errors = FieldErrors::new();
    let email = Email::parse(form.get("email")).ok();
    if email.is_none() {
        errors.add("email", layout.t("account-error-email"));
    }
    let role = parse_role(form.get("role"));
    if role.is_none() {
        errors.add("role", layout.t("account-error-role"));
    }
    let (Some(email), Some(role)) = (email, role) else {
        return users_page(&state, user, Some(&form), errors).await;
    };
    let lang = layout.tr.lang;
    let invited = UserRow {
        id: new_id("us_"),
        creditor_id: user.creditor_id.clone(),
        email: email.normalised(),
        name: String::new(),
        password_hash: None,
        role: role.to_string(),
        verified_at: None,
        lang: lang.code().to_string(),
        created_at: state.now(),
        removed_at: None,
    };
    let stored = invited.clone();
    let inserted = state
        .db
        .run(move |conn| match users::insert(conn, &stored) {
            Ok(()) => Ok(true),
            Err(e) if is_unique_violation(&e) => Ok(false),
            Err(e) => Err(e.into()),
        })
        .await?;
    if !inserted {
        errors.add("email", user.visitor.layout.t("account-error-email-taken"));
        return users_page(&state, user, Some(&form), errors).await;
    }
    let creditor = user.creditor_id.clone();
    let company_name =
        state.db.run(move |conn| creditors::get(conn, &creditor)).await?.map(|c| c.name).unwrap_or_default();
    let link = accounts::issue_link(&state, &invited.id, Link::Invite, None).await?;
    let mail = AccountMail::Invite {
        company: &company_name,
        inviter: user.user.display_name(),
        link: &link,
        days: Link::Invite.hours() / 24,
    };
    accounts::send_mail(&state, &invited.email, &mail, lang).await;
    user.visitor.flash(user.visitor.layout.tr.t1("account-invited", "email", &invited.email));
    Ok(see_other("/account/users"))
}

fn change_result(user: &SignedIn, change: Change, done_key: &str) -> Result<HttpResponse, PageError> {
    match change {
        Change::Done => {
            user.visitor.flash(user.visitor.layout.t(done_key));
            Ok(see_other("/account/users"))
        }
        Change::NotFound => Err(PageError::NotFound),
        Change::LastAdmin => Err(PageError::Forbidden(user.visitor.layout.t("account-last-admin"))),
    }
}

/// `POST /account/users/{id}/role`: makes a colleague an administrator or a member; the
/// company always keeps one administrator.
#[post("/account/users/{id}/role")]
pub async fn set_role(
    state: web::Data<AppState>,
    user: SignedIn,
    form: FormData,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    user.visitor.verify_csrf(form.get(CSRF_FIELD))?;
    user.require_admin()?;
    let Some(role) = parse_role(form.get("role")) else {
        let errors = FieldErrors::single("role", user.visitor.layout.t("account-error-role"));
        return users_page(&state, user, None, errors).await;
    };
    let creditor = user.creditor_id.clone();
    let change = state.db.run(move |conn| users::set_role(conn, &creditor, &id, role)).await?;
    change_result(&user, change, "account-role-changed")
}

/// `POST /account/users/{id}/remove`: the colleague's sessions and links end at once; the
/// timeline keeps their name.
#[post("/account/users/{id}/remove")]
pub async fn remove(
    state: web::Data<AppState>,
    user: SignedIn,
    form: FormData,
    id: web::Path<String>,
) -> Result<HttpResponse, PageError> {
    user.visitor.verify_csrf(form.get(CSRF_FIELD))?;
    user.require_admin()?;
    let (creditor, now) = (user.creditor_id.clone(), state.now());
    let change = state.db.run(move |conn| users::remove(conn, &creditor, &id, now)).await?;
    if change == Change::Done {
        state.live.recheck(&user.creditor_id);
    }
    change_result(&user, change, "account-user-removed")
}

#[derive(Template)]
#[template(path = "account_company.html")]
struct CompanyPage {
    layout: Layout,
    /// As typed, or as stored.
    form: FormData,
    errors: FieldErrors,
    /// (code, name in the page's language).
    countries: Vec<(&'static str, String)>,
}

impl CompanyPage {
    fn new(layout: Layout, form: FormData, errors: FieldErrors) -> Self {
        let countries = crate::i18n::countries::country_options(layout.tr.lang);
        Self { layout, form, errors, countries }
    }

    fn value(&self, name: &str) -> String {
        self.form.get(name).to_string()
    }
}

fn form_of(details: &CompanyDetails) -> FormData {
    let opt = |v: &Option<String>| v.clone().unwrap_or_default();
    let iban = details.iban.as_deref().and_then(|i| Iban::parse(i).ok()).map(|i| i.to_string());
    FormData(
        vec![
            ("name".into(), details.name.clone()),
            ("registration_number".into(), opt(&details.registration_number)),
            ("country".into(), details.country.clone()),
            ("address_line".into(), opt(&details.address_line)),
            ("postal_code".into(), opt(&details.postal_code)),
            ("city".into(), opt(&details.city)),
            ("contact_name".into(), opt(&details.contact_name)),
            ("contact_email".into(), opt(&details.contact_email)),
            ("contact_phone".into(), opt(&details.contact_phone)),
            ("iban".into(), iban.unwrap_or_default()),
            ("bic".into(), opt(&details.bic)),
        ],
        Vec::new(),
    )
}

/// `GET /account/company`: the company's details; administrators only.
#[get("/account/company")]
pub async fn company(state: web::Data<AppState>, user: SignedIn) -> Result<HttpResponse, PageError> {
    user.require_admin()?;
    let id = user.creditor_id.clone();
    let details = state.db.run(move |conn| creditors::company(conn, &id)).await?.ok_or(PageError::NotFound)?;
    render_with(StatusCode::OK, &CompanyPage::new(user.visitor.layout, form_of(&details), FieldErrors::new()))
}

/// Reads the company form into details; every refusal names its field in the page's language.
fn parse_company(layout: &Layout, form: &FormData) -> Result<CompanyDetails, FieldErrors> {
    let mut errors = FieldErrors::new();
    let optional = |text: &str| Some(text.trim().to_string()).filter(|t| !t.is_empty());
    let name =
        Name::parse(form.get("name")).map_err(|_| errors.add("name", layout.t("account-error-company-name"))).ok();
    let registration_number = match optional(form.get("registration_number")) {
        None => None,
        Some(text) => Reference::parse(&text)
            .map_err(|_| errors.add("registration_number", layout.t("account-error-registration")))
            .ok(),
    };
    let country =
        Country::parse(form.get("country")).map_err(|_| errors.add("country", layout.t("account-error-country"))).ok();
    let mut line = |field: &str, key: &str| match optional(form.get(field)) {
        None => None,
        Some(text) => Line::parse(&text).map(|l| l.to_string()).map_err(|_| errors.add(field, layout.t(key))).ok(),
    };
    let address_line = line("address_line", "account-error-address");
    let postal_code = line("postal_code", "account-error-postal-code");
    let city = line("city", "account-error-city");
    let contact_name = line("contact_name", "account-error-contact-name");
    let contact_email = optional(form.get("contact_email")).and_then(|text| {
        Email::parse(&text)
            .map(|e| e.to_string())
            .map_err(|_| errors.add("contact_email", layout.t("account-error-contact-email")))
            .ok()
    });
    let contact_phone = optional(form.get("contact_phone")).and_then(|text| {
        Phone::parse(&text)
            .map(|p| p.as_str().to_string())
            .map_err(|_| errors.add("contact_phone", layout.t("account-error-contact-phone")))
            .ok()
    });
    let iban = optional(form.get("iban"))
        .and_then(|text| Iban::parse(&text).map_err(|e| errors.add("iban", layout.t(e.key()))).ok());
    let bic = optional(form.get("bic"))
        .and_then(|text| Bic::parse(&text).map_err(|e| errors.add("bic", layout.t(e.key()))).ok());
    match (optional(form.get("iban")), optional(form.get("bic"))) {
        (Some(_), None) => errors.add("bic", layout.t("account-error-bic-missing")),
        (None, Some(_)) => errors.add("iban", layout.t("account-error-iban-missing")),
        _ => {}
    }
    if let (Some(iban), Some(bic)) = (&iban, &bic) {
        if iban.country_code() != bic.country_code() {
            errors.add("bic", layout.t("account-error-bic-mismatch"));
        }
    }
    errors.finish(|| CompanyDetails {
        name: name.map(|n| n.to_string()).unwrap_or_default(),
        registration_number: registration_number.map(|r| r.to_string()),
        country: country.map(|c| c.code().to_string()).unwrap_or_default(),
        address_line,
        postal_code,
        city,
        contact_name,
        contact_email,
        contact_phone,
        iban: iban.map(|i| i.electronic().to_string()),
        bic: bic.map(|b| b.as_str().to_string()),
    })
}

/// `POST /account/company`: saves the company's details; the partner receives them with
/// every case handed over from now on.
#[post("/account/company")]
pub async fn save_company(
    state: web::Data<AppState>,
    user: SignedIn,
    form: FormData,
) -> Result<HttpResponse, PageError> {
    user.visitor.verify_csrf(form.get(CSRF_FIELD))?;
    user.require_admin()?;
    match parse_company(&user.visitor.layout, &form) {
        Ok(details) => {
            let id = user.creditor_id.clone();
            state.db.run(move |conn| creditors::set_company(conn, &id, &details)).await?;
            user.visitor.flash(user.visitor.layout.t("account-company-saved"));
            Ok(see_other("/account/company"))
        }
        Err(errors) => {
            render_with(StatusCode::UNPROCESSABLE_ENTITY, &CompanyPage::new(user.visitor.layout, form, errors))
        }
    }
}
