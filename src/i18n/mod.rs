//! The creditor portal's languages.
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

/// A language the creditor portal is written in.
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
}

impl Lang {
    pub const ALL: [Lang; 6] = [Lang::En, Lang::Sv, Lang::Nb, Lang::Da, Lang::Fi, Lang::De];

    /// The ISO 639-1 code (`nb` for Norwegian bokmål).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Sv => "sv",
            Lang::Nb => "nb",
            Lang::Da => "da",
            Lang::Fi => "fi",
            Lang::De => "de",
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
        Lang::ALL.iter().position(|l| *l == self).unwrap_or(0)
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

/// Every area's message file in every language, in `Lang::ALL` order. An area added to
/// the portal is added here, with its file in each `locales/<language>/` folder.
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

pub(crate) const AREAS: &[(&str, [&str; 6])] =
    areas!["main", "countries", "formats", "errors", "claims", "case", "mail", "quote", "account", "legal", "lists"];

type Bundle = FluentBundle<FluentResource>;

/// The compiled messages (the files are part of the binary, so this is not configuration).
static BUNDLES: LazyLock<Vec<Bundle>> = LazyLock::new(|| {
    Lang::ALL
        .iter()
        .map(|lang| {
            let tag = lang.code().parse().expect("a language code is a language tag");
            let mut bundle = Bundle::new_concurrent(vec![tag]);
            // Unicode isolation marks around arguments would end up in HTML and e-mails.
            bundle.set_use_isolating(false);
            for (area, files) in AREAS {
                let resource = FluentResource::try_new(files[lang.index()].to_string())
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

/// The message keys of each language, for the completeness test.
#[cfg(test)]
pub(crate) fn keys() -> HashMap<Lang, Vec<String>> {
    Lang::ALL
        .iter()
        .map(|lang| {
            let mut keys = Vec::new();
            for (_, files) in AREAS {
                let resource = FluentResource::try_new(files[lang.index()].to_string()).unwrap_or_else(|(r, _)| r);
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
