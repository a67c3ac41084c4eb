//! The account's preferences: the language of its pages and e-mails, and the time zone its
//! pages show times in.

use actix_web::http::header;
use actix_web::{HttpResponse, get, post, web};
use askama::Template;

use crate::db::creditors;
use crate::i18n::{Lang, format};
use crate::state::AppState;
use crate::web::error::{PageError, render};
use crate::web::forms::FormData;
use crate::web::session::{CSRF_FIELD, Layout, SignedIn};

#[derive(Template)]
#[template(path = "account_preferences.html")]
struct PreferencesPage {
    layout: Layout,
    /// The account's language, or "" for the browser's.
    language: String,
    /// The account's own time zone, or "" for its country's.
    zone: String,
    /// The zone of the account's country, which stands in.
    country_zone: String,
    languages: Vec<(&'static str, &'static str)>,
    zones: Vec<&'static str>,
}

impl PreferencesPage {
    fn is_language(&self, code: &str) -> bool {
        self.language == code
    }

    fn is_zone(&self, name: &str) -> bool {
        self.zone == name
    }
}

#[get("/account/preferences")]
pub async fn page(state: web::Data<AppState>, user: SignedIn) -> Result<HttpResponse, PageError> {
    let id = user.creditor_id.clone();
    let prefs = state.db.run(move |c| creditors::preferences(c, &id)).await?.ok_or(PageError::NotFound)?;
    render(&PreferencesPage {
        layout: user.visitor.layout,
        language: prefs.language.unwrap_or_default(),
        zone: prefs.time_zone.unwrap_or_default(),
        country_zone: format::default_zone(&prefs.country).name().to_string(),
        languages: Lang::ALL.iter().map(|l| (l.code(), l.native_name())).collect(),
        zones: format::zones(),
    })
}

/// Saves the language and the time zone; a value the page does not offer is taken as "the
/// default" (the page offers nothing else).
#[post("/account/preferences")]
pub async fn save(state: web::Data<AppState>, user: SignedIn, form: FormData) -> Result<HttpResponse, PageError> {
    user.visitor.verify_csrf(form.get(CSRF_FIELD))?;
    let language = Lang::from_tag(form.get("language")).map(|l| l.code().to_string());
    let zone = format::zone(form.get("time_zone")).map(|z| z.name().to_string());
    let id = user.creditor_id.clone();
    state.db.run(move |c| creditors::set_preferences(c, &id, language.as_deref(), zone.as_deref())).await?;
    user.visitor.remember_preferences(&user.creditor_id).await?;
    // the message in the language just chosen
    let lang = Lang::from_tag(form.get("language")).unwrap_or(user.visitor.layout.tr.lang);
    user.visitor.flash(crate::i18n::t(lang, "prefs-saved"));
    Ok(HttpResponse::SeeOther().insert_header((header::LOCATION, "/account/preferences")).finish())
}
