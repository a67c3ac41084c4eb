//! The pages a business buyer looks for before signing up, linked from every page's
//! footer: pricing, terms, privacy and data processing, contact, imprint. Their texts are
//! in `locales/*/legal.ftl`.

use actix_web::{HttpResponse, get, web};
use askama::Template;

use crate::web::error::{PageError, render};
use crate::web::session::{Layout, Visitor};

/// One of the footer's pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LegalPage {
    Pricing,
    Terms,
    Privacy,
    Contact,
    Imprint,
}

impl LegalPage {
    fn from_path(path: &str) -> Option<Self> {
        Some(match path {
            "pricing" => Self::Pricing,
            "terms" => Self::Terms,
            "privacy" => Self::Privacy,
            "contact" => Self::Contact,
            "imprint" => Self::Imprint,
            _ => return None,
        })
    }

    /// The page's title and its paragraphs' message keys, in order.
    fn keys(self) -> (&'static str, &'static [&'static str]) {
        match self {
            Self::Pricing => ("legal-pricing-title", &["legal-pricing-1", "legal-pricing-2", "legal-pricing-3"]),
            Self::Terms => ("legal-terms-title", &["legal-terms-1", "legal-terms-2", "legal-terms-3", "legal-terms-4"]),
            Self::Privacy => (
                "legal-privacy-title",
                &["legal-privacy-1", "legal-privacy-2", "legal-privacy-3", "legal-privacy-4", "legal-privacy-5"],
            ),
            Self::Contact => ("legal-contact-title", &["legal-contact-1", "legal-contact-2"]),
            Self::Imprint => ("legal-imprint-title", &["legal-imprint-1", "legal-imprint-2"]),
        }
    }
}

#[derive(Template)]
#[template(path = "legal.html")]
struct Page {
    layout: Layout,
    /// The page's name in its address, for its element ids.
    slug: String,
    title: String,
    paragraphs: Vec<String>,
}

#[get("/{page:(pricing|terms|privacy|contact|imprint)}")]
pub async fn page(visitor: Visitor, path: web::Path<String>) -> Result<HttpResponse, PageError> {
    let which = LegalPage::from_path(&path).ok_or(PageError::NotFound)?;
    let (title, paragraphs) = which.keys();
    let layout = visitor.layout;
    render(&Page {
        slug: path.into_inner(),
        title: layout.t(title),
        paragraphs: paragraphs.iter().map(|k| layout.t(k)).collect(),
        layout,
    })
}
