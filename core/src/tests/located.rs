//! The path of a reading error is found from the parser's position in the text (the core does
//! not track paths while decoding). This test checks it against serde_path_to_error, which does
//! track them, on thousands of broken variants of the examples and of every vector's document:
//! a wrong type at each value, an unknown key in each object, each key removed, bad dates.
//! The test command checks every 32nd variant (about 5,000, 20 s unoptimised); set
//! `TS_LOCATED_STRIDE=1` to check them all.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use crate::model::*;
use crate::read::{self, MapOnly};
use crate::{pointer, Severity};
use serde::de::DeserializeOwned;
use serde_json::{json, Map, Value};

use super::support;
use support::validator_2020 as validator;

/// What the old decoder said: serde_path_to_error's path, as the engine's finding reads it.
fn tracked<T: DeserializeOwned>(v: Value) -> Option<String> {
    // Structs as maps, as the engine reads them (`read::map_only`).
    let e = serde_path_to_error::deserialize::<_, T>(MapOnly::new(v)).err()?;
    let mut path = String::new();
    for seg in e.path().iter() {
        match seg {
            serde_path_to_error::Segment::Seq { index } => {
                path = pointer::push_index(&path, *index)
            }
            serde_path_to_error::Segment::Map { key } => path = pointer::push(&path, key),
            _ => {}
        }
    }
    let msg = e.into_inner().to_string();
    if let Some(rest) = msg.strip_prefix("missing field `") {
        path = pointer::push(&path, rest.split('`').next().unwrap());
    }
    Some(path)
}

fn tracked_doc(mut v: Value) -> Option<String> {
    let tag = v.as_object_mut()?.remove("type")?;
    match tag.as_str()? {
        "contrat_local_sante" => tracked::<ContratLocalSante>(v),
        "contrat_de_ville" => tracked::<ContratDeVille>(v),
        "conseil_citoyen" => tracked::<ConseilCitoyen>(v),
        "atelier_sante_ville" => tracked::<AtelierSanteVille>(v),
        "conseil_local_sante_mentale" => tracked::<ConseilLocalSanteMentale>(v),
        "conseil_territorial_sante" => tracked::<ConseilTerritorialSante>(v),
        "projet_territorial_sante_mentale" => tracked::<ProjetTerritorialSanteMentale>(v),
        "reseau_collectivites" => tracked::<ReseauCollectivites>(v),
        "demarche_accompagnement" => tracked::<DemarcheAccompagnement>(v),
        "projet_sante_proximite" => tracked::<ProjetSanteProximite>(v),
        _ => None,
    }
}

/// Every path of `v` to an object, an array or a scalar, in document order.
fn paths(v: &Value, base: String, out: &mut Vec<String>) {
    out.push(base.clone());
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                paths(x, pointer::push(&base, k), out);
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                paths(x, pointer::push_index(&base, i), out);
            }
        }
        _ => {}
    }
}

/// The broken variants of `doc` for which `keep` says yes (asked before each is built).
fn mutations(doc: &Value, keep: &mut dyn FnMut() -> bool) -> Vec<Value> {
    let mut all = Vec::new();
    paths(doc, String::new(), &mut all);
    let mut out = Vec::new();
    for p in all
        .iter()
        .filter(|p| !p.is_empty() && p.as_str() != "/type")
    {
        let current = doc.pointer(p).unwrap().clone();
        let wrong: Vec<Value> = match &current {
            Value::String(s) if s.len() == 10 && s.as_bytes()[4] == b'-' => {
                vec![json!("2021-02-30"), json!("2021-13-01"), json!(12)]
            }
            Value::String(_) => vec![json!(12), json!({"x": 1}), json!(true)],
            Value::Number(_) => vec![json!("douze"), json!([1]), json!(-1.5)],
            Value::Bool(_) => vec![json!("oui"), json!(null), json!(0)],
            Value::Array(_) => vec![json!({"x": 1}), json!("liste"), json!([null])],
            Value::Object(_) => vec![json!([1, 2]), json!(3), json!(null)],
            Value::Null => vec![json!(false)],
        };
        for w in wrong {
            if !keep() {
                continue;
            }
            let mut d = doc.clone();
            *d.pointer_mut(p).unwrap() = w;
            out.push(d);
        }
        if current.is_object() && keep() {
            let mut d = doc.clone();
            d.pointer_mut(p)
                .unwrap()
                .as_object_mut()
                .unwrap()
                .insert("zz_inconnu".into(), json!(1));
            out.push(d);
        }
        // Removing the key (or item).
        if !keep() {
            continue;
        }
        let (parent, last) = p.rsplit_once('/').unwrap();
        let mut d = doc.clone();
        match d.pointer_mut(parent).unwrap() {
            Value::Object(m) => {
                m.remove(&last.replace("~1", "/").replace("~0", "~"));
            }
            Value::Array(a) => {
                a.remove(last.parse::<usize>().unwrap());
            }
            _ => {}
        }
        out.push(d);
    }
    if keep() {
        let mut d = doc.clone();
        d.as_object_mut()
            .unwrap()
            .insert("zz_inconnu".into(), json!(1));
        out.push(d);
    }
    out
}

pub(super) fn documents() -> Vec<Value> {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/..");
    let mut docs = Vec::new();
    for dir in ["docs/examples", "tests/vectors"] {
        let mut files: Vec<_> = std::fs::read_dir(format!("{root}/{dir}"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .collect();
        files.sort();
        for f in files {
            let v: Value = serde_json::from_str(&std::fs::read_to_string(&f).unwrap()).unwrap();
            match v {
                Value::Array(cases) => docs.extend(
                    cases
                        .into_iter()
                        .filter_map(|c| c.get("document").cloned())
                        .filter(Value::is_object),
                ),
                v => docs.push(v),
            }
        }
    }
    // Portfolio members are read one by one, like documents.
    let mut members = Vec::new();
    for d in &docs {
        if let Some(Value::Array(items)) = d.get("documents") {
            members.extend(items.iter().filter(|x| x.is_object()).cloned());
        }
    }
    docs.extend(members);
    docs.retain(|d| d.get("type").and_then(Value::as_str) != Some("portefeuille"));
    docs
}

#[test]
fn reading_errors_are_located_as_a_path_tracking_decoder_would() {
    let v = validator();
    let mut compared = 0usize;
    let mut by_code: std::collections::BTreeMap<String, usize> = Default::default();
    let stride: usize = std::env::var("TS_LOCATED_STRIDE")
        .ok()
        .and_then(|s| s.parse().ok())
        .filter(|&n| n > 0)
        .unwrap_or(32);
    let mut seen = 0usize;
    for doc in documents() {
        let mut keep = || {
            seen += 1;
            seen % stride == 0
        };
        for broken in mutations(&doc, &mut keep) {
            let Some(expected) = tracked_doc(broken.clone()) else {
                continue;
            };
            for text in [
                broken.to_string(),
                serde_json::to_string_pretty(&broken).unwrap(),
            ] {
                let r = v.validate_str(&text);
                let fatal: Vec<_> = r
                    .diagnostics
                    .iter()
                    .filter(|d| d.severity == Severity::Fatal)
                    .collect();
                assert_eq!(fatal.len(), 1, "{text}\n{:#?}", r.diagnostics);
                assert_eq!(
                    fatal[0].path, expected,
                    "{} in\n{text}\n{}",
                    fatal[0].code, fatal[0].message
                );
                *by_code.entry(fatal[0].code.to_string()).or_default() += 1;
            }
            let r = v.validate_value(broken);
            assert_eq!(r.diagnostics[0].path, expected);
            compared += 1;
        }
    }
    // Every kind of reading error was met, many times.
    for code in ["DOC-002", "DOC-003", "DOC-004", "DOC-006"] {
        assert!(by_code.get(code).copied().unwrap_or(0) > 50, "{by_code:?}");
    }
    eprintln!("{compared} broken documents compared, fatal codes: {by_code:?}");
    assert!(
        compared * stride > 5_000,
        "only {compared} broken documents"
    );
}

#[test]
fn documents_with_the_tag_anywhere_read_the_same() {
    let v = validator();
    for doc in documents().into_iter().take(300) {
        let Value::Object(m) = doc.clone() else {
            continue;
        };
        if !m.contains_key("type") {
            continue;
        };
        // The tag last instead of first: the same document, the same report.
        let mut moved = Map::new();
        for (k, x) in m.iter().filter(|(k, _)| k.as_str() != "type") {
            moved.insert(k.clone(), x.clone());
        }
        let body = Value::Object(moved).to_string();
        let inner = &body[1..body.len() - 1];
        let sep = if inner.is_empty() { "" } else { "," };
        let first = format!("{{\"type\":{}{sep}{inner}}}", m["type"]);
        let text_last = format!("{{{inner}{sep}\"type\":{}}}", m["type"]);
        let a = serde_json::from_str::<Document>(&first);
        let b = serde_json::from_str::<Document>(&text_last);
        assert_eq!(a.is_ok(), b.is_ok(), "{text_last}");
        if let (Ok(a), Ok(b)) = (a, b) {
            assert_eq!(a, b);
        }
        let ra = v.validate_str(&first);
        let rb = v.validate_str(&text_last);
        let codes = |r: &territoire_sante::Report| {
            r.diagnostics
                .iter()
                .map(|d| (d.code.clone(), d.path.clone()))
                .collect::<Vec<_>>()
        };
        assert_eq!(codes(&ra), codes(&rb), "{text_last}");
    }
}

#[test]
fn a_path_is_placed_alike_alone_or_among_all_paths() {
    // Alone, everything around the path is skipped by bracket matching; among all paths,
    // nothing is: both must give the same line and column.
    for doc in documents().into_iter().step_by(7) {
        for text in [doc.to_string(), serde_json::to_string_pretty(&doc).unwrap()] {
            let mut all = Vec::new();
            paths(&doc, String::new(), &mut all);
            let refs: Vec<&str> = all.iter().map(String::as_str).collect();
            let full = read::locate(&text, &refs);
            assert_eq!(full.len(), all.len());
            for p in all.iter().step_by(3) {
                let alone = read::locate(&text, &[p.as_str()]);
                assert_eq!(alone.get(p), full.get(p), "{p} in\n{text}");
            }
        }
    }
}

#[test]
fn validation_places_diagnostics_where_the_scanner_does() {
    // `validate_str` places the diagnostics it has not placed yet, all at once: each must be
    // where `read::locate` places its path.
    let v = support::validator_2020();
    let mut located = 0;
    for doc in documents() {
        for text in [doc.to_string(), serde_json::to_string_pretty(&doc).unwrap()] {
            let report = v.validate_str(&text);
            let refs: Vec<&str> = report.diagnostics.iter().map(|d| d.path.as_str()).collect();
            let plain = read::locate(&text, &refs);
            for d in &report.diagnostics {
                let expected = plain.get(&d.path).copied();
                assert_eq!(
                    d.line.zip(d.column),
                    expected,
                    "{} {} in\n{text}",
                    d.code,
                    d.path
                );
                located += usize::from(expected.is_some());
            }
        }
    }
    assert!(located > 100, "only {located} diagnostics located");
}

#[test]
fn value_text_reads_as_the_value_does() {
    // `validate_value_str` takes the typed fast path when it can: its report must be the one
    // `validate_value` gives, for readable and broken documents alike.
    let v = support::validator_2020();
    let mut n = 0;
    let mut fatal = 0;
    let mut i = 0usize;
    let mut keep = || {
        i += 1;
        i % 97 == 0
    };
    for doc in documents() {
        let mut all = vec![doc.clone()];
        all.extend(mutations(&doc, &mut keep));
        for value in all {
            let from_text = v.validate_value_str(&value.to_string());
            assert_eq!(from_text, v.validate_value(value.clone()), "{value}");
            assert!(from_text.diagnostics.iter().all(|d| d.line.is_none()));
            fatal += usize::from(from_text.counts.fatal > 0);
            n += 1;
        }
    }
    assert!(n > 200 && fatal > 50, "{n} documents, {fatal} unreadable");
    // Not JSON at all: located in the text, as `validate_str` does.
    let r = v.validate_value_str("{\"type\": ");
    assert_eq!(r, v.validate_str("{\"type\": "));
    assert!(r.diagnostics.first().and_then(|d| d.line).is_some());
}
