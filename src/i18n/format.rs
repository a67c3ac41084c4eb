//! Numbers, money, dates and times as each of the portal's languages (and French and Dutch,
//! for what debtors read) writes them, and
//! amounts read back the way people of that language type them.
//!
//! Digits, decimal and grouping separators come from the Unicode CLDR data through ICU4X
//! (`icu_decimal`); where the currency goes and which symbol stands for it is the small
//! table below (CLDR's currency patterns are not in a stable ICU4X crate yet). Time zones
//! come from the IANA database through `chrono-tz`.

use std::str::FromStr;

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use icu_decimal::DecimalFormatter;
use rust_decimal::Decimal;

use super::Lang;
use crate::domain::money::{Currency, Money};

/// A non-breaking space: a number and its currency, or the groups of a number, never part.
pub const NBSP: char = '\u{a0}';

thread_local! {
    /// One formatter per language and thread (ICU4X's data handles are not shared across
    /// threads; with the data compiled in, making one is cheap).
    static FORMATTERS: Vec<DecimalFormatter> = Lang::DEBTOR
        .iter()
        .map(|lang| {
            let locale: icu_locale_core::Locale = lang.code().parse().expect("a language code is a locale");
            DecimalFormatter::try_new((&locale).into(), Default::default()).expect("CLDR has decimal data for it")
        })
        .collect();
}

/// `value` with `places` decimals, grouped as `lang` groups digits (`12 500,00` in Swedish,
/// `12.500,00` in German, `12,500.00` in English).
pub fn number(lang: Lang, value: Decimal, places: u32) -> String {
    let mut rounded = value.round_dp(places);
    rounded.rescale(places);
    let decimal = icu_decimal::input::Decimal::from_str(&rounded.to_string()).unwrap_or_default();
    FORMATTERS.with(|f| f[lang.index()].format(&decimal).to_string())
}

/// The symbol `lang` writes for a currency, or `None` where it writes the ISO code.
/// English pages write codes: their readers are companies all over Europe, for whom `$` or
/// `kr` would be ambiguous.
pub fn symbol(lang: Lang, currency: &str) -> Option<&'static str> {
    Some(match (lang, currency) {
        (Lang::En, _) => return None,
        (_, "EUR") => "€",
        (Lang::Sv, "SEK") | (Lang::Nb, "NOK") => "kr",
        (Lang::Da, "DKK") => "kr.",
        _ => return None,
    })
}

/// An amount in a currency as `lang` writes it: `12,500.00 EUR` in English, `12 500,00 €`
/// in Swedish, Norwegian, Finnish and French, `12.500,00 €` in German and Danish, with a
/// non-breaking space before the currency; Dutch puts the currency first (`€ 12.500,00`);
/// the currency's own number of decimals.
pub fn amount(lang: Lang, value: Decimal, currency: Currency) -> String {
    let digits = number(lang, value.abs(), currency.minor_units());
    let sign = if value.is_sign_negative() && !value.is_zero() { "−" } else { "" };
    let unit = symbol(lang, currency.code()).unwrap_or(currency.code());
    if lang == Lang::Nl {
        return format!("{unit}{NBSP}{sign}{digits}");
    }
    format!("{sign}{digits}{NBSP}{unit}")
}

/// Money as `lang` writes it (see [`amount`]).
pub fn money(lang: Lang, money: &Money) -> String {
    amount(lang, money.amount(), money.currency())
}

/// An amount given in minor units (cents), as `lang` writes it.
pub fn minor(lang: Lang, minor_units: i64, currency: Currency) -> String {
    amount(lang, Decimal::new(minor_units, currency.minor_units()), currency)
}

/// A date as `lang` writes it: `23.11.2026` (de, fi, nb, da), `2026-11-23` (sv),
/// `23 Nov 2026` (en), `23/11/2026` (fr), `23-11-2026` (nl).
pub fn date(lang: Lang, date: NaiveDate) -> String {
    match lang {
        Lang::Sv => date.format("%Y-%m-%d").to_string(),
        Lang::En => date.format("%-d %b %Y").to_string(),
        Lang::De | Lang::Fi | Lang::Nb | Lang::Da => date.format("%d.%m.%Y").to_string(),
        Lang::Fr => date.format("%d/%m/%Y").to_string(),
        Lang::Nl => date.format("%d-%m-%Y").to_string(),
    }
}

/// A date given as `YYYY-MM-DD` (how the contracts store them); anything else is shown as
/// it is.
pub fn date_str(lang: Lang, text: &str) -> String {
    match NaiveDate::parse_from_str(text.get(..10).unwrap_or(text), "%Y-%m-%d") {
        Ok(d) => date(lang, d),
        Err(_) => text.to_string(),
    }
}

/// A moment in a time zone, to the minute, with the zone's abbreviation:
/// `23.11.2026 15:05 CET`, `2026-11-23 15:05 CET`, `23 Nov 2026, 14:05 GMT`.
pub fn date_time(lang: Lang, at: DateTime<Utc>, zone: Tz) -> String {
    let local = at.with_timezone(&zone);
    let time = local.format("%H:%M %Z");
    match lang {
        Lang::En => format!("{}, {time}", date(lang, local.date_naive())),
        _ => format!("{} {time}", date(lang, local.date_naive())),
    }
}

/// Why a typed amount was not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AmountInputError {
    /// Not digits with this language's separators.
    NotANumber,
    /// It could mean two different amounts (`12,500` on a German page: twelve and a half,
    /// or twelve thousand five hundred?).
    Ambiguous,
}

impl AmountInputError {
    /// The message key saying why, for a page in any language.
    pub fn key(&self) -> &'static str {
        match self {
            AmountInputError::NotANumber => "formats-amount-not-a-number",
            AmountInputError::Ambiguous => "formats-amount-ambiguous",
        }
    }
}

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')
}

/// Whether `groups` (split at a thousands separator) are a well-formed grouping: the first
/// of one to three digits, each other of exactly three.
fn grouped(groups: &[&str]) -> bool {
    let digits = |g: &str| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit());
    groups.first().is_some_and(|g| digits(g) && g.len() <= 3) && groups[1..].iter().all(|g| digits(g) && g.len() == 3)
}

/// An amount typed on a page in `lang`, as the plain digits and decimal point the rest of
/// the portal reads (`"12 500,50"` in Swedish becomes `"12500.50"`). Precision is left to
/// [`Money::parse`], which knows the currency.
///
/// The rule, per language:
/// - English: `.` is the decimal point; `,` and spaces group thousands (`12,500.50`,
///   `12 500.5`, `12500.5`). A comma that does not group thousands (`12,50`) is refused as
///   ambiguous.
/// - German, Danish and Dutch: `,` is the decimal comma; `.` and spaces group thousands
///   (`12.500,50`, `12 500,50`). Without a comma, a lone `.` followed by other than three
///   digits is read as a decimal point (`1200.50`, as programs write).
/// - Swedish, Norwegian, Finnish, French: `,` is the decimal comma; spaces group thousands
///   (`12 500,50`); dots group thousands only next to a decimal comma (`12.500,50`); a lone
///   `.` followed by three digits (`12.500`) is refused as ambiguous, by other digits it is
///   a decimal point (`1200.50`).
/// - Everywhere except English: a comma followed by exactly three digits in a number with
///   no other separator (`12,500`) is refused as ambiguous: twelve and a half written with
///   too many decimals, or twelve thousand five hundred written the English way.
pub fn parse_amount(lang: Lang, input: &str) -> Result<String, AmountInputError> {
    let text = input.trim_matches(|c: char| c.is_whitespace() || is_space(c));
    if text.is_empty() {
        return Ok(String::new());
    }
    if !text.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '-') || is_space(c)) {
        return Err(AmountInputError::NotANumber);
    }
    // A sign is left to the amount's own check (which says an amount must be positive).
    let (sign, text) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text),
    };
    if text.contains('-') {
        return Err(AmountInputError::NotANumber);
    }
    let (whole, fraction) = if lang == Lang::En {
        let mut parts = text.split('.');
        let whole = parts.next().unwrap_or("");
        let fraction = parts.next();
        if parts.next().is_some() || fraction.is_some_and(|f| f.contains([',', ' ']) || f.chars().any(is_space)) {
            return Err(AmountInputError::NotANumber);
        }
        let groups: Vec<&str> = whole.split(|c: char| c == ',' || is_space(c)).collect();
        if groups.len() > 1 && !grouped(&groups) {
            return Err(if whole.contains(',') { AmountInputError::Ambiguous } else { AmountInputError::NotANumber });
        }
        (groups.concat(), fraction)
    } else {
        let commas = text.matches(',').count();
        let spaced = text.chars().any(is_space);
        if commas > 1 {
            return Err(AmountInputError::NotANumber);
        }
        let (whole, fraction) = match text.split_once(',') {
            Some((w, f)) => (w, Some(f)),
            None => (text, None),
        };
        if let Some(f) = fraction {
            if f.contains('.') || f.chars().any(is_space) {
                return Err(AmountInputError::NotANumber);
            }
            if f.len() == 3 && !spaced && !whole.contains('.') {
                return Err(AmountInputError::Ambiguous);
            }
        }
        let dots_group = matches!(lang, Lang::De | Lang::Da | Lang::Nl) || fraction.is_some();
        let dots = whole.matches('.').count();
        if fraction.is_none() && dots == 1 && !spaced {
            // `1200.50`: a decimal point unless it could be a thousands separator
            let (w, f) = whole.split_once('.').unwrap_or((whole, ""));
            let three = f.len() == 3;
            if !three || (!dots_group && w.is_empty()) {
                return finish(sign, w, Some(f));
            }
            if !dots_group {
                return Err(AmountInputError::Ambiguous);
            }
        }
        if dots > 0 && !dots_group {
            return Err(AmountInputError::NotANumber);
        }
        let groups: Vec<&str> = whole.split(|c: char| c == '.' || is_space(c)).collect();
        if groups.len() > 1 && !grouped(&groups) {
            return Err(AmountInputError::NotANumber);
        }
        (groups.concat(), fraction)
    };
    finish(sign, &whole, fraction)
}

fn finish(sign: &str, whole: &str, fraction: Option<&str>) -> Result<String, AmountInputError> {
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.is_empty() || !digits(whole) || fraction.is_some_and(|f| f.is_empty() || !digits(f)) {
        return Err(AmountInputError::NotANumber);
    }
    Ok(match fraction {
        Some(f) => format!("{sign}{whole}.{f}"),
        None => format!("{sign}{whole}"),
    })
}

/// The time zone a company in `country` (ISO code) most likely keeps: its capital's.
pub fn default_zone(country: &str) -> Tz {
    use chrono_tz::Europe;
    match country.to_ascii_uppercase().as_str() {
        "AT" => Europe::Vienna,
        "BE" => Europe::Brussels,
        "BG" => Europe::Sofia,
        "HR" => Europe::Zagreb,
        "CY" => chrono_tz::Asia::Nicosia,
        "CZ" => Europe::Prague,
        "DK" => Europe::Copenhagen,
        "EE" => Europe::Tallinn,
        "FI" => Europe::Helsinki,
        "FR" => Europe::Paris,
        "DE" => Europe::Berlin,
        "GR" => Europe::Athens,
        "HU" => Europe::Budapest,
        "IE" => Europe::Dublin,
        "IT" => Europe::Rome,
        "LV" => Europe::Riga,
        "LT" => Europe::Vilnius,
        "LU" => Europe::Luxembourg,
        "MT" => Europe::Malta,
        "NL" => Europe::Amsterdam,
        "PL" => Europe::Warsaw,
        "PT" => Europe::Lisbon,
        "RO" => Europe::Bucharest,
        "SK" => Europe::Bratislava,
        "SI" => Europe::Ljubljana,
        "ES" => Europe::Madrid,
        "SE" => Europe::Stockholm,
        "IS" => chrono_tz::Atlantic::Reykjavik,
        "LI" => Europe::Vaduz,
        "NO" => Europe::Oslo,
        "CH" => Europe::Zurich,
        "GB" => Europe::London,
        _ => chrono_tz::UTC,
    }
}

/// The zones an account may choose: Europe's, the Atlantic islands', and UTC.
pub fn zones() -> Vec<&'static str> {
    let mut zones: Vec<&'static str> = chrono_tz::TZ_VARIANTS
        .iter()
        .map(|z| z.name())
        .filter(|n| n.starts_with("Europe/") || n.starts_with("Atlantic/") || *n == "Asia/Nicosia")
        .collect();
    zones.sort_unstable();
    zones.push("UTC");
    zones
}

/// A zone the account may choose, by its IANA name.
pub fn zone(name: &str) -> Option<Tz> {
    zones().contains(&name).then(|| name.parse().ok()).flatten()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn eur() -> Currency {
        Currency::parse("EUR").unwrap()
    }

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn money_is_written_as_each_language_writes_it() {
        let v = d("12500");
        assert_eq!(amount(Lang::Fi, v, eur()), "12\u{a0}500,00\u{a0}€");
        assert_eq!(amount(Lang::Sv, v, eur()), "12\u{a0}500,00\u{a0}€");
        assert_eq!(amount(Lang::Nb, v, eur()), "12\u{a0}500,00\u{a0}€");
        assert_eq!(amount(Lang::De, v, eur()), "12.500,00\u{a0}€");
        assert_eq!(amount(Lang::Da, v, eur()), "12.500,00\u{a0}€");
        assert_eq!(amount(Lang::En, v, eur()), "12,500.00\u{a0}EUR");
        let sek = Currency::parse("SEK").unwrap();
        assert_eq!(amount(Lang::Sv, d("1234.5"), sek), "1\u{a0}234,50\u{a0}kr");
        assert_eq!(amount(Lang::En, d("1234.5"), sek), "1,234.50\u{a0}SEK");
        assert_eq!(amount(Lang::De, d("1234.5"), sek), "1.234,50\u{a0}SEK");
        assert_eq!(amount(Lang::Da, d("10"), Currency::parse("DKK").unwrap()), "10,00\u{a0}kr.");
        assert_eq!(amount(Lang::De, d("1500"), Currency::parse("JPY").unwrap()), "1.500\u{a0}JPY");
        assert_eq!(amount(Lang::En, d("-3.5"), eur()), "−3.50\u{a0}EUR");
        assert_eq!(minor(Lang::De, 123456, eur()), "1.234,56\u{a0}€");
        // French groups with a narrow no-break space (CLDR); Dutch writes the currency first
        assert_eq!(amount(Lang::Fr, v, eur()), "12\u{202f}500,00\u{a0}€");
        assert_eq!(amount(Lang::Nl, v, eur()), "€\u{a0}12.500,00");
        assert_eq!(amount(Lang::Nl, d("-3.5"), eur()), "€\u{a0}−3,50");
        assert_eq!(amount(Lang::Fr, d("60"), sek), "60,00\u{a0}SEK");
    }

    #[test]
    fn dates_and_times_follow_the_language_and_the_zone() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        assert_eq!(date(Lang::De, day), "23.11.2026");
        assert_eq!(date(Lang::Fi, day), "23.11.2026");
        assert_eq!(date(Lang::Nb, day), "23.11.2026");
        assert_eq!(date(Lang::Da, day), "23.11.2026");
        assert_eq!(date(Lang::Sv, day), "2026-11-23");
        assert_eq!(date(Lang::En, day), "23 Nov 2026");
        assert_eq!(date(Lang::Fr, day), "23/11/2026");
        assert_eq!(date(Lang::Nl, day), "23-11-2026");
        assert_eq!(date_str(Lang::De, "2026-01-05"), "05.01.2026");
        let at = DateTime::parse_from_rfc3339("2026-11-23T14:05:09Z").unwrap().with_timezone(&Utc);
        assert_eq!(date_time(Lang::De, at, default_zone("DE")), "23.11.2026 15:05 CET");
        assert_eq!(date_time(Lang::Fi, at, default_zone("fi")), "23.11.2026 16:05 EET");
        assert_eq!(date_time(Lang::En, at, default_zone("GB")), "23 Nov 2026, 14:05 GMT");
        let summer = DateTime::parse_from_rfc3339("2026-07-01T10:00:00Z").unwrap().with_timezone(&Utc);
        assert_eq!(date_time(Lang::Sv, summer, default_zone("SE")), "2026-07-01 12:00 CEST");
        assert_eq!(zone("Europe/Helsinki"), Some(chrono_tz::Europe::Helsinki));
        assert_eq!(zone("America/New_York"), None);
        assert!(zones().contains(&"UTC"));
    }

    #[test]
    fn amounts_are_read_as_each_language_types_them() {
        use AmountInputError::*;
        let ok = |lang, s: &str| parse_amount(lang, s);
        assert_eq!(ok(Lang::Sv, "12 500,50"), Ok("12500.50".into()));
        assert_eq!(ok(Lang::Sv, "12\u{a0}500,50"), Ok("12500.50".into()));
        assert_eq!(ok(Lang::Sv, "12500,50"), Ok("12500.50".into()));
        assert_eq!(ok(Lang::Sv, "12.500,50"), Ok("12500.50".into()));
        assert_eq!(ok(Lang::Sv, "1200.50"), Ok("1200.50".into()));
        assert_eq!(ok(Lang::Sv, "12.500"), Err(Ambiguous));
        assert_eq!(ok(Lang::Sv, "12,500"), Err(Ambiguous));
        assert_eq!(ok(Lang::Sv, "12 500,505"), Ok("12500.505".into()), "over-precise is the currency's call");
        assert_eq!(ok(Lang::De, "12 500,50"), Ok("12500.50".into()));
        assert_eq!(ok(Lang::De, "12.500,50"), Ok("12500.50".into()));
        assert_eq!(ok(Lang::De, "12.500"), Ok("12500".into()));
        assert_eq!(ok(Lang::De, "1.234.567"), Ok("1234567".into()));
        assert_eq!(ok(Lang::De, "1200.50"), Ok("1200.50".into()));
        assert_eq!(ok(Lang::De, "12,500"), Err(Ambiguous));
        assert_eq!(ok(Lang::De, "12,5"), Ok("12.5".into()));
        assert_eq!(ok(Lang::De, "12.50,5"), Err(NotANumber));
        assert_eq!(ok(Lang::De, "1,2,3"), Err(NotANumber));
        assert_eq!(ok(Lang::En, "12,500.50"), Ok("12500.50".into()));
        assert_eq!(ok(Lang::En, "12500.5"), Ok("12500.5".into()));
        assert_eq!(ok(Lang::En, "12,500"), Ok("12500".into()));
        assert_eq!(ok(Lang::En, "12 500.50"), Ok("12500.50".into()));
        assert_eq!(ok(Lang::En, "12,50"), Err(Ambiguous));
        assert_eq!(ok(Lang::En, "1.234,56"), Err(NotANumber));
        assert_eq!(ok(Lang::En, "1.2.3"), Err(NotANumber));
        assert_eq!(ok(Lang::Fi, "abc"), Err(NotANumber));
        assert_eq!(ok(Lang::Fi, "-5,00"), Ok("-5.00".into()));
        assert_eq!(ok(Lang::Fi, ",50"), Err(NotANumber));
        assert_eq!(ok(Lang::Fi, "  "), Ok(String::new()));
    }
}
