//! Countries and languages by name in the page's language, for pickers and pages. The
//! server keeps ISO codes (3166-1 for countries, 639-1 for languages); names are only shown.

use super::{Lang, t};
use crate::domain::country::EUROPE;

fn country_key(code: &str) -> Option<&'static str> {
    Some(match code {
        "AT" => "country-at",
        "BE" => "country-be",
        "BG" => "country-bg",
        "HR" => "country-hr",
        "CY" => "country-cy",
        "CZ" => "country-cz",
        "DK" => "country-dk",
        "EE" => "country-ee",
        "FI" => "country-fi",
        "FR" => "country-fr",
        "DE" => "country-de",
        "GR" => "country-gr",
        "HU" => "country-hu",
        "IE" => "country-ie",
        "IT" => "country-it",
        "LV" => "country-lv",
        "LT" => "country-lt",
        "LU" => "country-lu",
        "MT" => "country-mt",
        "NL" => "country-nl",
        "PL" => "country-pl",
        "PT" => "country-pt",
        "RO" => "country-ro",
        "SK" => "country-sk",
        "SI" => "country-si",
        "ES" => "country-es",
        "SE" => "country-se",
        "IS" => "country-is",
        "LI" => "country-li",
        "NO" => "country-no",
        "CH" => "country-ch",
        "GB" => "country-gb",
        _ => return None,
    })
}

fn language_key(code: &str) -> Option<&'static str> {
    Some(match code {
        "bg" => "language-bg",
        "hr" => "language-hr",
        "cs" => "language-cs",
        "da" => "language-da",
        "nl" => "language-nl",
        "en" => "language-en",
        "et" => "language-et",
        "fi" => "language-fi",
        "fr" => "language-fr",
        "de" => "language-de",
        "el" => "language-el",
        "hu" => "language-hu",
        "is" => "language-is",
        "ga" => "language-ga",
        "it" => "language-it",
        "lv" => "language-lv",
        "lt" => "language-lt",
        "mt" => "language-mt",
        "no" => "language-no",
        "pl" => "language-pl",
        "pt" => "language-pt",
        "ro" => "language-ro",
        "sk" => "language-sk",
        "sl" => "language-sl",
        "es" => "language-es",
        "sv" => "language-sv",
        _ => return None,
    })
}

/// The debtor languages a claim form offers (ISO 639-1).
pub const LANGUAGES: [&str; 26] = [
    "bg", "hr", "cs", "da", "nl", "en", "et", "fi", "fr", "de", "el", "hu", "is", "ga", "it", "lv", "lt", "mt", "no",
    "pl", "pt", "ro", "sk", "sl", "es", "sv",
];

/// A sort key for a name in `lang`: letters a language files after Z (å, ä, ö in Swedish
/// and Finnish; æ, ø, å in Danish and Norwegian) sort there, other accents with their base
/// letter (Ö with O in German and English).
fn sort_key(lang: Lang, name: &str) -> Vec<u32> {
    let nordic: &[char] = match lang {
        Lang::Sv | Lang::Fi => &['å', 'ä', 'ö'],
        Lang::Da | Lang::Nb => &['æ', 'ø', 'å'],
        Lang::En | Lang::De | Lang::Fr | Lang::Nl => &[],
    };
    name.to_lowercase()
        .chars()
        .map(|c| {
            if let Some(i) = nordic.iter().position(|n| *n == c) {
                return 'z' as u32 + 1 + i as u32;
            }
            let base = match c {
                'á' | 'à' | 'â' | 'ä' | 'å' => 'a',
                'é' | 'è' | 'ê' | 'ë' => 'e',
                'í' | 'î' | 'ï' => 'i',
                'ó' | 'ò' | 'ô' | 'ö' | 'ø' => 'o',
                'ú' | 'ù' | 'û' | 'ü' => 'u',
                'š' => 's',
                'ž' => 'z',
                'æ' => 'a',
                other => other,
            };
            base as u32
        })
        .collect()
}

fn sorted(lang: Lang, mut options: Vec<(&'static str, String)>) -> Vec<(&'static str, String)> {
    options.sort_by_cached_key(|(_, name)| sort_key(lang, name));
    options
}

/// A country's name in `lang` from its ISO code (either case); a country outside Europe by
/// its English ISO name, and a code that is no country as it is.
pub fn country_name(lang: Lang, code: &str) -> String {
    match country_key(&code.trim().to_ascii_uppercase()) {
        Some(key) => t(lang, key),
        None => crate::domain::country::Country::parse(code).map(|c| c.name().to_string()).unwrap_or(code.to_string()),
    }
}

/// The code of a European country written out by its name in `lang` or in English, as a
/// person types it in a country box ("Germany", "tyskland"); `None` for anything else,
/// codes included.
pub fn code_of_name(lang: Lang, text: &str) -> Option<&'static str> {
    let wanted = text.trim().to_lowercase();
    if wanted.chars().count() <= 3 {
        return None;
    }
    EUROPE.iter().copied().find(|code| [lang, Lang::En].iter().any(|l| country_name(*l, code).to_lowercase() == wanted))
}

/// The countries the portal knows (Europe, where its partners are licensed) as
/// (code, name in `lang`), sorted by that name.
pub fn country_options(lang: Lang) -> Vec<(&'static str, String)> {
    sorted(lang, EUROPE.iter().map(|code| (*code, country_name(lang, code))).collect())
}

/// A language's name in `lang` from its ISO 639-1 code; an unknown code is shown as it is.
pub fn language_name(lang: Lang, code: &str) -> String {
    match language_key(&code.trim().to_ascii_lowercase()) {
        Some(key) => t(lang, key),
        None => code.to_string(),
    }
}

/// The languages a debtor may be written to in, as (code, name in `lang`), sorted by name.
pub fn language_options(lang: Lang) -> Vec<(&'static str, String)> {
    sorted(lang, LANGUAGES.iter().map(|code| (*code, language_name(lang, code))).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_are_named_and_sorted_in_the_page_language() {
        assert_eq!(country_name(Lang::De, "de"), "Deutschland");
        assert_eq!(code_of_name(Lang::De, " deutschland "), Some("DE"));
        assert_eq!(code_of_name(Lang::Sv, "Germany"), Some("DE"), "English names too");
        assert_eq!(code_of_name(Lang::Sv, "Tyskland"), Some("DE"));
        assert_eq!(code_of_name(Lang::Sv, "DE"), None, "codes are read as codes");
        assert_eq!(code_of_name(Lang::En, "Atlantis"), None);
        assert_eq!(country_name(Lang::Sv, "DE"), "Tyskland");
        assert_eq!(country_name(Lang::Fi, "SE"), "Ruotsi");
        assert_eq!(country_name(Lang::En, "XX"), "XX");
        let sv = country_options(Lang::Sv);
        assert_eq!(sv.len(), EUROPE.len());
        let names: Vec<&str> = sv.iter().map(|(_, n)| n.as_str()).collect();
        // Ö after Z in Swedish, with O in German
        assert_eq!(names.last(), Some(&"Österrike"));
        let de = country_options(Lang::De);
        let at = de.iter().position(|(c, _)| *c == "AT").unwrap();
        let pl = de.iter().position(|(c, _)| *c == "PL").unwrap();
        assert!(at < pl, "Österreich sorts with O, before Polen");
        assert_eq!(de.first().map(|(c, _)| *c), Some("BE"));
        // every country the registry licenses partners in has a name
        for code in EUROPE {
            assert!(country_key(code).is_some(), "{code}");
        }
    }

    #[test]
    fn languages_are_named_in_the_page_language() {
        assert_eq!(language_name(Lang::De, "sv"), "Schwedisch");
        assert_eq!(language_name(Lang::Sv, "DE"), "Tyska");
        assert_eq!(language_name(Lang::En, "xx"), "xx");
        assert_eq!(language_options(Lang::En).first().map(|(c, _)| *c), Some("bg"));
    }
}
