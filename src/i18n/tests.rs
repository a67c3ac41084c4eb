use std::collections::BTreeSet;
use std::path::Path;

use super::*;

/// The portal's areas in its six languages, the debtor's areas (letters, the response
/// page, formats) in all eight: French and Dutch have exactly the debtor's keys.
#[test]
fn every_language_has_every_message_and_no_other() {
    let keys = keys();
    let english: BTreeSet<&String> = keys[&Lang::En].iter().collect();
    assert!(!english.is_empty());
    let debtor_only: BTreeSet<String> = DEBTOR_AREAS
        .iter()
        .flat_map(|(_, files)| {
            let resource = FluentResource::try_new(files[0].to_string()).unwrap_or_else(|(r, _)| r);
            resource
                .entries()
                .filter_map(|e| match e {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                    _ => None,
                })
                .collect::<Vec<_>>()
        })
        .collect();
    assert!(debtor_only.contains("letters-reminder-subject") && debtor_only.contains("debtor-title"));
    for lang in Lang::DEBTOR {
        let english: BTreeSet<&String> = if lang.is_portal() { english.clone() } else { debtor_only.iter().collect() };
        let own: BTreeSet<&String> = keys[&lang].iter().collect();
        let missing: Vec<_> = english.difference(&own).collect();
        let extra: Vec<_> = own.difference(&english).collect();
        assert!(missing.is_empty(), "locales/{}: missing {missing:?}", lang.code());
        assert!(extra.is_empty(), "locales/{}: not in English {extra:?}", lang.code());
        assert_eq!(own.len(), keys[&lang].len(), "locales/{}: a key is defined twice", lang.code());
    }
}

fn sources(dir: &Path, out: &mut String) {
    for entry in std::fs::read_dir(dir).expect("source folder") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs" || e == "html" || e == "js") {
            out.push_str(&std::fs::read_to_string(&path).expect("source file"));
        }
    }
}

/// A message is used when its key appears quoted in the code or a template: keys are
/// always written out whole (a status's message is chosen by a `match`, not built).
#[test]
fn every_message_is_used() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut code = String::new();
    for dir in ["src", "templates", "static"] {
        sources(&root.join(dir), &mut code);
    }
    let unused: Vec<_> = keys()[&Lang::En].iter().filter(|k| !code.contains(&format!("\"{k}\""))).cloned().collect();
    assert!(unused.is_empty(), "messages no code or template uses: {unused:?}");
}

#[test]
fn messages_take_their_arguments_and_fall_back_to_english() {
    assert_eq!(t(Lang::De, "lang-switch"), "Sprache");
    assert_eq!(t(Lang::En, "no-such-message-anywhere"), "no-such-message-anywhere");
}

#[test]
fn the_accept_language_header_picks_the_heaviest_language_spoken_here() {
    assert_eq!(Lang::from_accept_language("fr-FR,fr;q=0.9,de;q=0.8,en;q=0.7"), Some(Lang::De));
    assert_eq!(Lang::from_accept_language("nn-NO"), Some(Lang::Nb));
    assert_eq!(Lang::from_accept_language("sv;q=0.5, fi"), Some(Lang::Fi));
    assert_eq!(Lang::from_accept_language("fr, it;q=0.4"), None);
    assert_eq!(Lang::from_accept_language("da;q=0"), None);
    assert_eq!(Lang::from_accept_language(""), None);
    assert_eq!(Lang::from_accept_language("fr-FR, nl;q=0.9"), None, "the portal does not speak French or Dutch");
}

#[test]
fn debtors_are_written_to_in_eight_languages_the_portal_in_six() {
    assert_eq!(Lang::debtor_from_tag("fr-BE"), Some(Lang::Fr));
    assert_eq!(Lang::debtor_from_tag("nl"), Some(Lang::Nl));
    assert_eq!(Lang::debtor_from_tag("no"), Some(Lang::Nb));
    assert_eq!(Lang::debtor_from_tag("pl"), None);
    assert_eq!(Lang::from_tag("fr"), None);
    assert!(Lang::DEBTOR.iter().filter(|l| l.is_portal()).eq(Lang::ALL.iter()));
    // a portal message in French falls back to English; a debtor's one does not
    assert_eq!(t(Lang::Fr, "lang-switch"), t(Lang::En, "lang-switch"));
    assert_ne!(t(Lang::Fr, "debtor-title"), t(Lang::En, "debtor-title"));
}
