//! Long keys and values are shown shortened: every path a report shows (a diagnostic's, an
//! evidence input's) cuts a key longer than `pointer::MAX_SHOWN_TOKEN` characters with `…`
//! and keeps the tokens after it; a message cuts a parameter longer than
//! `rules::MAX_SHOWN_PARAM` characters the same way. Nothing is lost: the line and column still
//! point at the exact place, and the finding's parameters keep the whole value.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod support;

use serde_json::{json, Value};
use territoire_sante::pointer::{shorten_tokens, MAX_SHOWN_TOKEN};
use territoire_sante::rules::MAX_SHOWN_PARAM;
use territoire_sante::{Date, Limits, Options, Validator};

fn validator(limits: Limits) -> Validator {
    Validator::new(Options {
        as_of: Some(Date::ymd(2020, 6, 30)),
        explain: true,
        limits: Some(limits),
        ..Options::default()
    })
    .unwrap()
}

#[test]
fn a_token_is_cut_and_the_rest_kept() {
    let long = "k".repeat(1000);
    let p = format!("/a/{long}/0/b");
    let s = shorten_tokens(&p, MAX_SHOWN_TOKEN);
    assert_eq!(s, format!("/a/{}…/0/b", "k".repeat(MAX_SHOWN_TOKEN)));
    assert_eq!(shorten_tokens("/a/0/b", MAX_SHOWN_TOKEN), "/a/0/b");
    // Never half an escape before the ellipsis.
    let tilde = format!("/{}~1{}", "x".repeat(MAX_SHOWN_TOKEN - 3), "y".repeat(100));
    let s = shorten_tokens(&tilde, MAX_SHOWN_TOKEN);
    assert!(!s.contains("~…"), "{s}");
    // Characters, not bytes.
    let accents = format!("/{}", "é".repeat(MAX_SHOWN_TOKEN + 1));
    assert_eq!(
        shorten_tokens(&accents, MAX_SHOWN_TOKEN).chars().count(),
        1 + MAX_SHOWN_TOKEN + 1
    );
}

/// Keys of 200,000 characters on the way to findings of the reading stage (too deep, too many
/// items): the paths shown stay short, keep their structure, and the findings stay located.
#[test]
fn long_keys_are_shortened_in_every_path_shown() {
    let k1 = "a".repeat(200_000);
    let k2 = "é".repeat(100_000);
    let mut deep = json!(1);
    for _ in 0..8 {
        deep = json!([deep]);
    }
    let doc = json!({"type": "contrat_local_sante", k1.clone(): {k2.clone(): deep}});
    let text = serde_json::to_string_pretty(&doc).unwrap();
    let v = validator(Limits {
        max_depth: 6,
        ..Limits::default()
    });
    for r in [v.validate_str(&text), v.validate_value(doc.clone())] {
        assert!(r.has("DOC-008"), "{:?}", r.codes());
        for d in &r.diagnostics {
            assert!(
                d.path.chars().count() < 4 * MAX_SHOWN_TOKEN,
                "{}: {} characters",
                d.code,
                d.path.chars().count()
            );
            assert!(d.message.chars().count() < 2 * MAX_SHOWN_PARAM + 500);
        }
        let d = r.diagnostics.iter().find(|d| d.code == "DOC-008").unwrap();
        // The two keys, cut, and the array levels after them.
        let tokens: Vec<&str> = d.path.split('/').collect();
        assert_eq!(tokens[1], format!("{}…", "a".repeat(MAX_SHOWN_TOKEN)));
        assert_eq!(tokens[2], format!("{}…", "é".repeat(MAX_SHOWN_TOKEN)));
        assert!(
            tokens.len() > 3 && tokens[3..].iter().all(|t| *t == "0"),
            "{}",
            d.path
        );
    }
    // Located in the text, as with the full path: the line of the deepest array.
    let r = v.validate_str(&text);
    let d = r.diagnostics.iter().find(|d| d.code == "DOC-008").unwrap();
    let line = d.line.unwrap() as usize;
    assert!(line > 3, "{line}");
    assert!(
        text.lines().nth(line - 1).unwrap().contains('['),
        "line {line}"
    );
    // Too many items in an array under a long key.
    let doc = json!({"type": "contrat_local_sante", k1.clone(): vec![0; 20]});
    let v = validator(Limits {
        max_items: 10,
        ..Limits::default()
    });
    let r = v.validate_str(&serde_json::to_string(&doc).unwrap());
    assert!(r.has("DOC-010"), "{:?}", r.codes());
    for d in &r.diagnostics {
        assert!(d.path.len() < 4 * MAX_SHOWN_TOKEN, "{}", d.path.len());
    }
    // The whole report stays small though the input is over half a megabyte.
    assert!(serde_json::to_string(&r).unwrap().len() < 20_000);
}

/// An organisation name of 100,000 characters: every message stays short; the structured
/// value keeps what the rule put there.
#[test]
fn long_names_are_shortened_in_messages() {
    let text =
        std::fs::read_to_string(support::root().join("docs/examples/chateau-thierry-cls.json"))
            .unwrap();
    let mut doc: Value = serde_json::from_str(&text).unwrap();
    let long = format!("Commune de {}", "Château-Thierry ".repeat(6_000));
    for a in doc["acteurs"].as_array_mut().unwrap() {
        a["nom"] = json!(long);
    }
    if let Some(t) = doc["territoires"].as_array_mut() {
        for t in t {
            t["nom"] = json!(long);
        }
    }
    let v = validator(Limits::default());
    let r = v.validate_str(&serde_json::to_string_pretty(&doc).unwrap());
    assert!(!r.diagnostics.is_empty());
    for d in &r.diagnostics {
        assert!(
            d.message.chars().count() < 3 * MAX_SHOWN_PARAM + 1_000,
            "{}: {} characters",
            d.code,
            d.message.chars().count()
        );
    }
}

/// The message cut, the parameter whole: a finding quoting a long value.
#[test]
fn a_long_parameter_is_cut_in_the_message_only() {
    let long = "x".repeat(5_000);
    let mut params = std::collections::BTreeMap::new();
    params.insert("name".to_string(), json!(long));
    let m = territoire_sante::rules::render("« {name} »", &params, territoire_sante::Locale::Fr);
    assert_eq!(m.chars().count(), MAX_SHOWN_PARAM + 1 + 4);
    assert!(m.ends_with("… »"), "{m}");
    assert_eq!(params["name"].as_str().unwrap().len(), 5_000);
}
