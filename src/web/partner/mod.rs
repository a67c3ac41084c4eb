//! The partner portal: where a partner's people work its cases in the browser, apart from
//! the creditors' pages (their own sign-in, sessions and CSRF tokens). Every action on a case
//! goes through the same operations as the partner API (`crate::cases`).

pub mod auth;
pub mod cases;
pub mod session;

use actix_web::http::header;
use actix_web::{HttpResponse, web};

pub(crate) fn see_other(location: &str) -> HttpResponse {
    HttpResponse::SeeOther().insert_header((header::LOCATION, location)).finish()
}

/// The partner area's routes.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.service(auth::signin_form)
        .service(auth::signin)
        .service(auth::signout)
        .service(auth::welcome_form)
        .service(auth::welcome_submit)
        .service(auth::colleagues)
        .service(auth::invite)
        .service(cases::dashboard)
        .service(cases::list)
        .service(cases::accept)
        .service(cases::decline)
        .service(cases::act)
        .service(cases::upload)
        .service(cases::download)
        .service(cases::show);
}
