//! Runs the language-neutral vectors of `tests/vectors/` and checks the golden reports of
//! `tests/golden/` (which the Python and JavaScript suites compare their own reports with).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod support;

use std::collections::{BTreeMap, BTreeSet};

use serde_json::{json, Value};
use territoire_sante::{api, rules, Validator};

/// Loads every vector file: (file stem, vectors).
fn vector_files() -> Vec<(String, Vec<Value>)> {
    support::json_files("tests/vectors")
        .into_iter()
        .map(|(stem, v)| {
            let list = match v {
                Value::Array(a) => a,
                other => vec![other],
            };
            (stem, list)
        })
        .collect()
}

/// The validator options of a vector.
pub fn options_of(v: &Value) -> Value {
    let mut o =
        json!({"as_of": v["as_of"], "lang": v.get("locale").cloned().unwrap_or(json!("fr"))});
    for key in ["rules", "limits", "explain", "max_errors"] {
        if let Some(r) = v.get(key) {
            o[key] = r.clone();
        }
    }
    o
}

/// Runs one vector, returning the full report as JSON.
pub fn run(v: &Value) -> Value {
    let validator: Validator = api::validator_from_value(options_of(v)).unwrap();
    let text = match &v["document"] {
        Value::String(s) => s.clone(),
        other => serde_json::to_string_pretty(other).unwrap(),
    };
    validator.validate_str(&text).to_json_value()
}

fn findings(report: &Value) -> BTreeSet<(String, String, String)> {
    report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_string(),
                d["severity"].as_str().unwrap().to_string(),
                d["path"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn every_vector_gets_exactly_its_expected_findings() {
    let mut failures = Vec::new();
    let mut goldens: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    for (file, vectors) in vector_files() {
        for (i, v) in vectors.iter().enumerate() {
            for key in ["description", "as_of", "document", "expected"] {
                assert!(v.get(key).is_some(), "{file}[{i}] lacks \"{key}\"");
            }
            let report = run(v);
            let got = findings(&report);
            let want: BTreeSet<_> = v["expected"]
                .as_array()
                .unwrap()
                .iter()
                .map(|d| {
                    (
                        d["code"].as_str().unwrap().to_string(),
                        d["severity"].as_str().unwrap().to_string(),
                        d["path"].as_str().unwrap().to_string(),
                    )
                })
                .collect();
            if got != want {
                failures.push(format!(
                    "{file}[{i}] {}:\n  expected {want:?}\n  got      {got:?}",
                    v["description"]
                ));
            }
            goldens.entry(file.clone()).or_default().push(report);
        }
    }
    assert!(
        failures.is_empty(),
        "{} vector(s) failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    let dir = support::root().join("tests/golden");
    for (file, reports) in &goldens {
        let text = serde_json::to_string_pretty(&Value::Array(reports.clone())).unwrap() + "\n";
        support::check_generated(&dir.join(format!("{file}.json")), &text);
    }
    if !support::bless() {
        for e in std::fs::read_dir(&dir).unwrap() {
            let p = e.unwrap().path();
            let stem = p.file_stem().unwrap().to_string_lossy().into_owned();
            assert!(goldens.contains_key(&stem), "stale golden {}", p.display());
        }
    }
}

#[test]
fn every_rule_has_a_failing_and_a_passing_vector() {
    let mut fires: BTreeMap<String, usize> = BTreeMap::new();
    let mut quiet: BTreeMap<String, usize> = BTreeMap::new();
    for (_, vectors) in vector_files() {
        for v in &vectors {
            let got: BTreeSet<String> = v["expected"]
                .as_array()
                .unwrap()
                .iter()
                .map(|d| d["code"].as_str().unwrap().to_string())
                .collect();
            let selected: Vec<String> = v
                .get("rules")
                .and_then(Value::as_array)
                .map(|a| a.iter().map(|x| x.as_str().unwrap().to_string()).collect())
                .unwrap_or_default();
            // The rules the vector's selection runs, as the validator selects them.
            let ran: BTreeSet<&str> = territoire_sante::Validator::new(territoire_sante::Options {
                rules: selected,
                ..Default::default()
            })
            .unwrap()
            .rules()
            .iter()
            .map(|r| r.code)
            .collect();
            for r in rules::catalogue() {
                let ran = ran.contains(r.code);
                if got.contains(r.code) {
                    *fires.entry(r.code.to_string()).or_default() += 1;
                } else if ran {
                    *quiet.entry(r.code.to_string()).or_default() += 1;
                }
            }
        }
    }
    let mut missing = Vec::new();
    for r in rules::catalogue() {
        // TAB-*: read from sheets, not from JSON documents; their examples are the sheets of
        // core/tests/tableur.rs (every_tab_rule_fires_on_a_sheet_and_stays_quiet_on_a_clean_one).
        if r.family() == "TAB" {
            continue;
        }
        if fires.get(r.code).copied().unwrap_or(0) == 0 {
            missing.push(format!("{}: no vector where it fires", r.code));
        }
        if quiet.get(r.code).copied().unwrap_or(0) == 0 {
            missing.push(format!(
                "{}: no vector where it runs and stays quiet",
                r.code
            ));
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

/// Whether `text` is `template` with each `{name}` slot filled by some text.
fn fills(template: &str, text: &str) -> bool {
    match template.find('{') {
        None => template == text,
        Some(start) => {
            let Some(end) = template[start..].find('}') else {
                return template == text;
            };
            let (head, rest) = (&template[..start], &template[start + end + 1..]);
            let Some(tail) = text.strip_prefix(head) else {
                return false;
            };
            (0..=tail.len())
                .filter(|i| tail.is_char_boundary(*i))
                .any(|i| fills(rest, &tail[i..]))
        }
    }
}

/// Sentences that no vector can make a rule say, because they need a référentiel other than
/// the embedded one; each is covered by a unit test of its rule instead.
const UNREACHABLE_BY_VECTORS: &[(&str, &str)] = &[
    // A QPV whose communes lie outside the département of its code: none in the embedded
    // référentiel (`rules::ter` test `a_qpv_whose_communes_lie_in_another_departement_is_reported`).
    ("TER-008", "communes"),
    // A document that cannot be read for want of a file, of rights, of UTF-8 bytes, or a
    // front's value JSON cannot write: a vector is JSON text (`rules::doc` test
    // `every_reason_says_its_own_sentence`).
    ("DOC-011", "not_found"),
    ("DOC-011", "directory"),
    ("DOC-011", "denied"),
    ("DOC-011", "not_utf8"),
    ("DOC-011", "io"),
    ("DOC-011", "not_finite"),
    ("DOC-011", "cycle"),
    ("DOC-011", "undefined"),
    ("DOC-011", "lone_surrogate"),
    ("DOC-011", "unsupported_type"),
];

#[test]
fn every_declared_sentence_is_said_by_a_vector_and_no_other_is_said() {
    let mut said: BTreeSet<(String, String)> = BTreeSet::new();
    let mut strays = Vec::new();
    for (file, vectors) in vector_files() {
        for (i, v) in vectors.iter().enumerate() {
            let en = v.get("locale").and_then(Value::as_str) == Some("en");
            let report = run(v);
            for d in report["diagnostics"].as_array().unwrap() {
                let code = d["code"].as_str().unwrap();
                let Some(rule) = rules::find(code) else {
                    continue;
                };
                if rule.messages.is_empty() {
                    continue;
                }
                let message = d["message"].as_str().unwrap();
                let matched: Vec<&str> = rule
                    .messages
                    .iter()
                    .filter(|m| fills(if en { m.text.en } else { m.text.fr }, message))
                    .map(|m| m.key)
                    .collect();
                if matched.is_empty() {
                    strays.push(format!("{file}[{i}] {code}: {message}"));
                }
                for k in matched {
                    said.insert((code.to_string(), k.to_string()));
                }
            }
        }
    }
    assert!(
        strays.is_empty(),
        "messages that are none of their rule's declared sentences:\n{}",
        strays.join("\n")
    );
    let unsaid: Vec<String> = rules::catalogue()
        .iter()
        .flat_map(|r| r.messages.iter().map(move |m| (r.code, m.key)))
        .filter(|(c, k)| !said.contains(&(c.to_string(), k.to_string())))
        .filter(|ck| !UNREACHABLE_BY_VECTORS.contains(ck))
        .map(|(c, k)| format!("{c} {k}"))
        .collect();
    assert!(
        unsaid.is_empty(),
        "declared sentences no vector produces: {unsaid:?}"
    );
}

#[test]
fn sentences_fill_templates_only_where_their_slots_are() {
    assert!(fills(
        "Le CLS, conclu le {date}.",
        "Le CLS, conclu le 2023-06-20."
    ));
    assert!(!fills(
        "Le CLS, conclu le {date}.",
        "Le CLS, signé le 2023-06-20."
    ));
    assert!(fills("{a} et {b}", "x et y et z"));
    assert!(!fills("sans {x}", "avec y"));
}
