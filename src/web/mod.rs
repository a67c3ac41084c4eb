//! HTTP: the portal's pages and the JSON API, sharing one intake path.

pub mod api;
pub mod debtor;
pub mod error;
pub mod forms;
pub mod pages;
pub mod partner;
pub mod session;
pub mod streams;
pub mod views;

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, web};

use error::{ApiError, PageError};

/// Every route of the portal.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.app_data(web::FormConfig::default().limit(forms::FORM_LIMIT))
        // The API first: a request is matched against the routes in order, and each page
        // route with a `{parameter}` costs a regular-expression match; one prefix check
        // spares API requests the forty-odd page routes.
        .service(utoipa_actix_web::scope("/api/v1").configure(api::routes).default_service(web::to(api_not_found)))
        .service(pages::public::home)
        .service(pages::public::partners)
        .service(pages::public::language)
        .service(pages::public::css)
        .service(pages::public::js)
        .service(pages::public::live_js)
        .service(pages::public::health)
        // the debtor's response page (a reminder's link)
        .service(debtor::show)
        .service(debtor::thanks)
        .service(debtor::answer)
        .service(pages::quotes::page)
        .service(pages::quotes::part)
        .service(pages::quotes::js)
        .service(pages::accounts::signup_form)
        .service(pages::accounts::signup)
        .service(pages::accounts::signin_form)
        .service(pages::accounts::signin)
        .service(pages::accounts::signout)
        .service(pages::accounts::account)
        .service(pages::accounts::create_key)
        .service(pages::accounts::revoke_key)
        .service(pages::accounts::change_password)
        .service(pages::accounts::save_notifications)
        .service(pages::accounts::change_email)
        .service(pages::accounts::confirm_email)
        .service(pages::accounts::verify)
        .service(pages::accounts::resend_verification)
        .service(pages::accounts::forgot_form)
        .service(pages::accounts::forgot)
        .service(pages::accounts::reset_form)
        .service(pages::accounts::reset)
        .service(pages::accounts::invitation_form)
        .service(pages::accounts::accept_invitation)
        .service(pages::company::list)
        .service(pages::company::invite)
        .service(pages::company::set_role)
        .service(pages::company::remove)
        .service(pages::company::company)
        .service(pages::company::save_company)
        .service(pages::legal::page)
        .service(pages::api_docs::page)
        .service(pages::preferences::page)
        .service(pages::webhooks::page)
        .service(pages::webhooks::create)
        .service(pages::webhooks::rotate)
        .service(pages::webhooks::remove)
        .service(pages::webhooks::test)
        .service(pages::webhooks::replay)
        .service(pages::preferences::save)
        // live streams before /claims/{id}, which would take "stream" for an id
        .service(streams::page_all)
        .service(streams::page_claim)
        .service(pages::claims::list)
        // bulk intake: the template before /imports/{id}
        .service(pages::imports::index)
        .service(pages::imports::template)
        .service(pages::imports::js)
        .service(pages::imports::upload)
        .service(pages::imports::progress)
        .service(pages::imports::fill_in)
        .service(pages::imports::file)
        .service(pages::imports::show)
        .service(pages::claims::new_form)
        .service(pages::claims::create)
        // the case's own pages, before /claims/{id}
        .service(pages::case::post_message)
        .service(pages::case::accept_proposal)
        .service(pages::case::choose_proposal)
        .service(pages::case::upload)
        .service(pages::case::download)
        .service(pages::case::direct_payment)
        .service(pages::case::statement_csv)
        .service(pages::case::statement_page)
        .service(pages::claims::show)
        // the reminder flow before the hand-over
        .service(pages::reminders::letter)
        .service(pages::reminders::mark_paid)
        .service(pages::reminders::act)
        .service(pages::reminders::call)
        .service(pages::reminders::decide)
        .service(pages::reminders::claim_category)
        .service(pages::flows::list)
        .service(pages::flows::new_flow)
        .service(pages::flows::create_flow)
        .service(pages::flows::add_category)
        .service(pages::flows::category_flow)
        .service(pages::flows::debtor_category)
        .service(pages::flows::fees)
        .service(pages::flows::edit_flow)
        .service(pages::flows::update_flow)
        .service(pages::claims::withdraw)
        .service(pages::operator::page)
        .service(pages::operator::rules)
        .service(pages::operator::signin)
        .service(pages::operator::signout)
        .service(pages::operator::retry)
        .service(pages::operator::reroute)
        .service(pages::operator::clock)
        .service(pages::operator::mail)
        .service(pages::operator::mail_file)
        .configure(partner::routes)
        .default_service(web::to(page_not_found));
}

async fn api_not_found() -> Result<HttpResponse, ApiError> {
    Err(ApiError::NotFound)
}

async fn page_not_found(req: HttpRequest) -> Result<HttpResponse, PageError> {
    if req.method() != actix_web::http::Method::GET && req.method() != actix_web::http::Method::HEAD {
        return Ok(HttpResponse::build(StatusCode::METHOD_NOT_ALLOWED).finish());
    }
    Err(PageError::NotFound)
}

/// The answer to a form that worked: the browser goes to `location` with a GET.
pub fn see_other(location: &str) -> actix_web::HttpResponse {
    actix_web::HttpResponse::SeeOther().insert_header((actix_web::http::header::LOCATION, location)).finish()
}

#[cfg(test)]
mod content_security_policy {
    /// The pages are served with `default-src 'self'`: an inline `<style>`, `style="..."` or
    /// `<script>` body would be dropped by the browser and the page shown unstyled.
    #[test]
    fn no_template_carries_inline_styles_or_scripts() {
        fn walk(dir: &std::path::Path, found: &mut Vec<String>) {
            for entry in std::fs::read_dir(dir).expect("templates/") {
                let path = entry.expect("an entry").path();
                if path.is_dir() {
                    walk(&path, found);
                } else if let Ok(text) = std::fs::read_to_string(&path) {
                    for bad in ["<style", "style=\"", "<script>"] {
                        if text.contains(bad) {
                            found.push(format!("{}: {bad}", path.display()));
                        }
                    }
                }
            }
        }
        let mut found = Vec::new();
        walk(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("templates"), &mut found);
        assert!(found.is_empty(), "inline styles or scripts the policy blocks: {found:#?}");
    }
}
