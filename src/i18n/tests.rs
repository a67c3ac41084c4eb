use std::collections::BTreeSet;
use std::path::Path;

use super::*;

#[test]
fn every_language_has_every_message_and_no_other() {
    let keys = keys();
    let english: BTreeSet<&String> = keys[&Lang::En].iter().collect();
    assert!(!english.is_empty());
    for lang in Lang::ALL {
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
}
