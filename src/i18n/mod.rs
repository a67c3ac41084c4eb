//! The languages of the portal, and of what debtors read.
//!
//! The creditor portal speaks six languages ([`Lang::ALL`]: its switcher, `Accept-Language`
//! and account preferences choose among these only). What a debtor reads (reminder letters,
//! the response page) speaks two more, French and Dutch ([`Lang::DEBTOR`]); those areas are
//! listed separately below and must be complete in all eight.
//!
//! Messages live in `locales/<language>/<area>.ftl` (Project Fluent syntax), one file per
//! area of the portal, compiled into the binary. A page asks for a message by its key;
//! English stands in for a message a language lacks (a unit test makes sure none does).
//! The API keeps ISO codes and English error text: a language is a property of a page.

pub mod countries;
pub mod format;

use std::borrow::Cow;
#[cfg(test)]
use std::collections::HashMap;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};

/// A language the creditor portal, or what a debtor reads, is written in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Sv,
    Nb,
    Da,
    Fi,
    De,
    /// Debtor-facing texts only (letters, the response page).
    Fr,
    /// Debtor-facing texts only (letters, the response page).
    Nl,
}

impl Lang {
    /// The creditor portal's languages (switcher, `Accept-Language`, account preference).
    pub const ALL: [Lang; 6] = [Lang::En, Lang::Sv, Lang::Nb, Lang::Da, Lang::Fi, Lang::De];

    /// Every language a debtor is written to in: the portal's six, French and Dutch.
    pub const DEBTOR: [Lang; 8] = [Lang::En, Lang::Sv, Lang::Nb, Lang::Da, Lang::Fi, Lang::De, Lang::Fr, Lang::Nl];

    /// Whether the creditor portal is written in this language (French and Dutch are not).
    pub fn is_portal(self) -> bool {
        Lang::ALL.contains(&self)
    }

    /// The ISO 639-1 code (`nb` for Norwegian bokmål).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Sv => "sv",
            Lang::Nb => "nb",
            Lang::Da => "da",
            Lang::Fi => "fi",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Nl => "nl",
        }
    }

    /// The language's name in itself, as a language switcher shows it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Sv => "Svenska",
            Lang::Nb => "Norsk bokmål",
            Lang::Da => "Dansk",
            Lang::Fi => "Suomi",
            Lang::De => "Deutsch",
            Lang::Fr => "Français",
            Lang::Nl => "Nederlands",
        }
    }

    /// A language tag's language (`de-AT` is German; `no` and `nn` are read as bokmål, the
    /// Norwegian the portal is written in), or `None` for one the portal does not speak.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Some(match primary.as_str() {
            "en" => Lang::En,
            "sv" => Lang::Sv,
            "nb" | "no" | "nn" => Lang::Nb,
            "da" => Lang::Da,
            "fi" => Lang::Fi,
            "de" => Lang::De,
            _ => return None,
        })
    }

    /// A language tag's language among all a debtor may be written to in ([`Lang::DEBTOR`]):
    /// the portal's six, and `fr` and `nl` (`fr-BE`, `nl-BE` included).
    pub fn debtor_from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "fr" => Some(Lang::Fr),
            "nl" => Some(Lang::Nl),
            _ => Lang::from_tag(tag),
        }
    }

    /// The language of an `Accept-Language` header the portal speaks with the highest
    /// weight (the earlier one on a tie), if any.
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        let mut best: Option<(Lang, f32)> = None;
        for item in header.split(',') {
            let mut parts = item.split(';');
            let Some(lang) = parts.next().and_then(Lang::from_tag) else { continue };
            let weight = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())
                .unwrap_or(0.0);
            if weight > 0.0 && best.is_none_or(|(_, w)| weight > w) {
                best = Some((lang, weight));
            }
        }
        best.map(|(lang, _)| lang)
    }

    fn index(self) -> usize {
        Lang::DEBTOR.iter().position(|l| *l == self).unwrap_or(0)
    }
}

/// One argument of a message: text, or a number (which selects plural forms).
pub enum Arg<'a> {
    Text(Cow<'a, str>),
    Number(i64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(value: &'a str) -> Self {
        Arg::Text(Cow::Borrowed(value))
    }
}

impl From<String> for Arg<'_> {
    fn from(value: String) -> Self {
        Arg::Text(Cow::Owned(value))
    }
}

impl From<i64> for Arg<'_> {
    fn from(value: i64) -> Self {
        Arg::Number(value)
    }
}

impl From<usize> for Arg<'_> {
    fn from(value: usize) -> Self {
        Arg::Number(i64::try_from(value).unwrap_or(i64::MAX))
    }
}

/// Every portal area's message file in every portal language, in `Lang::ALL` order. An
/// area added to the portal is added here, with its file in each `locales/<language>/`
/// folder.
macro_rules! areas {
    ($($area:literal),* $(,)?) => {
        &[$(($area, [
            include_str!(concat!("../../locales/en/", $area, ".ftl")),
            include_str!(concat!("../../locales/sv/", $area, ".ftl")),
            include_str!(concat!("../../locales/nb/", $area, ".ftl")),
            include_str!(concat!("../../locales/da/", $area, ".ftl")),
            include_str!(concat!("../../locales/fi/", $area, ".ftl")),
            include_str!(concat!("../../locales/de/", $area, ".ftl")),
        ])),*]
    };
}

pub(crate) const AREAS: &[(&str, [&str; 6])] = areas![
    "main",
    "countries",
    "errors",
    "claims",
    "case",
    "mail",
    "quote",
    "account",
    "legal",
    "lists",
    "flows",
    "webhooks",
    "apidocs",
    "imports"
];

/// The areas a debtor reads, in all eight languages (`Lang::DEBTOR` order).
macro_rules! debtor_areas {
    ($($area:literal),* $(,)?) => {
        &[$(($area, [
            include_str!(concat!("../../locales/en/", $area, ".ftl")),
            include_str!(concat!("../../locales/sv/", $area, ".ftl")),
            include_str!(concat!("../../locales/nb/", $area, ".ftl")),
            include_str!(concat!("../../locales/da/", $area, ".ftl")),
            include_str!(concat!("../../locales/fi/", $area, ".ftl")),
            include_str!(concat!("../../locales/de/", $area, ".ftl")),
            include_str!(concat!("../../locales/fr/", $area, ".ftl")),
            include_str!(concat!("../../locales/nl/", $area, ".ftl")),
        ])),*]
    };
}

pub(crate) const DEBTOR_AREAS: &[(&str, [&str; 8])] = debtor_areas!["formats", "letters", "debtor"];

/// The message files of `lang`: the portal's areas (for a portal language) and the debtor's.
fn files(lang: Lang) -> Vec<(&'static str, &'static str)> {
    let i = lang.index();
    let portal = AREAS.iter().filter(|_| lang.is_portal()).map(|(area, files)| (*area, files[i]));
    portal.chain(DEBTOR_AREAS.iter().map(|(area, files)| (*area, files[i]))).collect()
}

type Bundle = FluentBundle<FluentResource>;

/// The compiled messages (the files are part of the binary, so this is not configuration).
static BUNDLES: LazyLock<Vec<Bundle>> = LazyLock::new(|| {
    Lang::DEBTOR
        .iter()
        .map(|lang| {
            let tag = lang.code().parse().expect("a language code is a language tag");
            let mut bundle = Bundle::new_concurrent(vec![tag]);
            // Unicode isolation marks around arguments would end up in HTML and e-mails.
            bundle.set_use_isolating(false);
            for (area, file) in files(*lang) {
                let resource = FluentResource::try_new(file.to_string())
                    .unwrap_or_else(|(_, errors)| panic!("locales/{}/{area}.ftl: {errors:?}", lang.code()));
                bundle
                    .add_resource(resource)
                    .unwrap_or_else(|errors| panic!("locales/{}/{area}.ftl: {errors:?}", lang.code()));
            }
            bundle
        })
        .collect()
});

/// The message `key` in `lang`.
pub fn t(lang: Lang, key: &str) -> String {
    t_args(lang, key, &[])
}

/// The message `key` in `lang` with its arguments (`{ $name }` in the message file).
pub fn t_args(lang: Lang, key: &str, args: &[(&str, Arg<'_>)]) -> String {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(text) => fluent_args.set(*name, FluentValue::from(text.as_ref())),
            Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
        }
    }
    for candidate in [lang, Lang::En] {
        let bundle = &BUNDLES[candidate.index()];
        if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
            if !errors.is_empty() {
                tracing::error!(key, lang = candidate.code(), ?errors, "message formatting failed");
            }
            return text.into_owned();
        }
    }
    tracing::error!(key, "no such message");
    key.to_string()
}

/// What a page needs to speak its reader's language.
#[derive(Clone, Copy, Debug, Default)]
pub struct Tr {
    pub lang: Lang,
}

impl Tr {
    pub fn new(lang: Lang) -> Self {
        Self { lang }
    }

    pub fn t(&self, key: &str) -> String {
        t(self.lang, key)
    }

    /// A message with one argument, as templates call it.
    pub fn t1(&self, key: &str, name: &str, value: &str) -> String {
        t_args(self.lang, key, &[(name, Arg::from(value))])
    }

    /// A message with a count (`{ $count }`, selecting the plural form).
    pub fn count(&self, key: &str, count: &usize) -> String {
        t_args(self.lang, key, &[("count", Arg::from(*count))])
    }
}

/// The message keys of each language (portal areas for the portal's languages, debtor
/// areas for all eight), for the completeness test.
#[cfg(test)]
pub(crate) fn keys() -> HashMap<Lang, Vec<String>> {
    Lang::DEBTOR
        .iter()
        .map(|lang| {
            let mut keys = Vec::new();
            for (_, file) in files(*lang) {
                let resource = FluentResource::try_new(file.to_string()).unwrap_or_else(|(r, _)| r);
                for entry in resource.entries() {
                    if let fluent_syntax::ast::Entry::Message(message) = entry {
                        keys.push(message.id.name.to_string());
                    }
                }
            }
            (*lang, keys)
        })
        .collect()
}

#[cfg(test)]
mod tests;
