//! One rule for locations, in every front: for every example and every vector, a document
//! given as a value built by a program and the same document given as JSON text get the same
//! findings (code, severity, path); the value's carry no line or column, the text's carry both.
//! The Python half is `python/tests/test_fronts_agree.py`, the JavaScript half
//! `wasm/tests/fronts-agree.test.mjs`.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod support;

use serde_json::{json, Value};
use territoire_sante::api::input::{validate_input, Input};
use territoire_sante::{api, Report};

fn findings(r: &Report) -> Vec<(String, String, String)> {
    r.diagnostics
        .iter()
        .map(|d| {
            (
                d.code.to_string(),
                d.severity.word().to_string(),
                d.path.clone(),
            )
        })
        .collect()
}

fn cases() -> Vec<(String, Value, Value)> {
    let root = support::root();
    let mut out = Vec::new();
    let mut examples: Vec<_> = std::fs::read_dir(root.join("docs/examples"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    examples.sort();
    for p in examples {
        let doc: Value = serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap();
        out.push((p.display().to_string(), json!({"as_of": "2024-06-30"}), doc));
    }
    let mut vectors: Vec<_> = std::fs::read_dir(root.join("tests/vectors"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    vectors.sort();
    for p in vectors {
        let items: Value = serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap();
        let items = match items {
            Value::Array(a) => a,
            other => vec![other],
        };
        for (i, v) in items.into_iter().enumerate() {
            if v["document"].is_string() {
                continue; // raw text: no value to compare with
            }
            let mut options = json!({"as_of": v["as_of"], "lang": v.get("locale").cloned().unwrap_or(json!("fr"))});
            for key in ["rules", "limits", "explain"] {
                if let Some(x) = v.get(key) {
                    options[key] = x.clone();
                }
            }
            out.push((
                format!("{}[{i}]", p.display()),
                options,
                v["document"].clone(),
            ));
        }
    }
    out
}

#[test]
fn value_and_text_agree_for_every_example_and_vector() {
    let cases = cases();
    assert!(cases.len() > 100);
    for (name, options, doc) in cases {
        let v = api::validator_from_value(options).unwrap();
        let as_value = validate_input(&v, &Input::Value(doc.clone())).report;
        assert!(
            as_value
                .diagnostics
                .iter()
                .all(|d| d.line.is_none() && d.column.is_none()),
            "{name}"
        );
        for text in [
            serde_json::to_string_pretty(&doc).unwrap(),
            serde_json::to_string(&doc).unwrap(),
        ] {
            let as_text = validate_input(&v, &Input::Text(text)).report;
            assert_eq!(findings(&as_value), findings(&as_text), "{name}");
            assert!(
                as_text
                    .diagnostics
                    .iter()
                    .all(|d| d.line.is_some() && d.column.is_some()),
                "{name}"
            );
        }
    }
}
