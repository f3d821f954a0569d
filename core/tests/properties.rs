//! Property tests: documents generated at random from the published JSON Schemas are readable
//! (the schema and the reader agree), round-trip through serde, and never make the engine panic;
//! every diagnostic's path resolves in its document.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod support;

use proptest::prelude::*;
use serde_json::{json, Map, Value};
use territoire_sante::{schema, Date, Document, DocumentKind, Options, Severity, Validator};

/// A tiny deterministic generator (xorshift) driven by proptest's seed.
struct Gen {
    s: u64,
    depth: usize,
}

impl Gen {
    fn next(&mut self) -> u64 {
        self.s ^= self.s << 13;
        self.s ^= self.s >> 7;
        self.s ^= self.s << 17;
        self.s
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    fn coin(&mut self) -> bool {
        self.below(2) == 0
    }

    fn value(&mut self, s: &Value, root: &Value) -> Value {
        if let Some(r) = s.get("$ref").and_then(Value::as_str) {
            let name = r.trim_start_matches("#/$defs/");
            return self.value(&root["$defs"][name], root);
        }
        if let Some(c) = s.get("const") {
            return c.clone();
        }
        if let Some(e) = s.get("enum").and_then(Value::as_array) {
            return e[self.below(e.len() as u64) as usize].clone();
        }
        for key in ["oneOf", "anyOf"] {
            if let Some(alts) = s.get(key).and_then(Value::as_array) {
                let non_null: Vec<&Value> = alts
                    .iter()
                    .filter(|a| a.get("type") != Some(&json!("null")))
                    .collect();
                let pick = if non_null.is_empty() {
                    &alts[0]
                } else {
                    non_null[self.below(non_null.len() as u64) as usize]
                };
                return self.value(pick, root);
            }
        }
        let ty = match s.get("type") {
            Some(Value::String(t)) => t.clone(),
            Some(Value::Array(ts)) => ts
                .iter()
                .filter_map(Value::as_str)
                .find(|t| *t != "null")
                .unwrap_or("null")
                .to_string(),
            _ => "object".to_string(),
        };
        match ty.as_str() {
            "null" => Value::Null,
            "boolean" => json!(self.coin()),
            "integer" => {
                let max = s.get("maximum").and_then(Value::as_u64).unwrap_or(60);
                json!(self.below(max.min(60) + 1))
            }
            "number" => json!(self.below(100_000) as f64 / 10.0),
            "string" => {
                // A date to the month or the year: the pattern of a reduced-precision date.
                let partial = s
                    .get("pattern")
                    .and_then(Value::as_str)
                    .is_some_and(|p| p.ends_with("(-(0[1-9]|1[0-2]))?$"));
                if s.get("format") == Some(&json!("date")) || partial {
                    let d = Date::from_days(self.below(30 * 365) as i64 + 10_000).unwrap();
                    let text = d.to_string();
                    let len = if partial {
                        [4, 7][self.below(2) as usize]
                    } else {
                        10
                    };
                    json!(text[..len])
                } else {
                    let words = [
                        "02168",
                        "59350",
                        "Château-Thierry",
                        "ars",
                        "ville",
                        "QP031001",
                        "2.1",
                        "CV007",
                        "é\"\\/ünïcode",
                        "",
                    ];
                    json!(words[self.below(words.len() as u64) as usize])
                }
            }
            "array" => {
                if self.depth > 4 {
                    return json!([]);
                }
                self.depth += 1;
                let n = self.below(3);
                let items = s.get("items").cloned().unwrap_or(json!({}));
                let v: Vec<Value> = (0..n).map(|_| self.value(&items, root)).collect();
                self.depth -= 1;
                Value::Array(v)
            }
            _ => {
                let mut m = Map::new();
                let required: Vec<&str> = s
                    .get("required")
                    .and_then(Value::as_array)
                    .map(|a| a.iter().filter_map(Value::as_str).collect())
                    .unwrap_or_default();
                if let Some(props) = s.get("properties").and_then(Value::as_object) {
                    for (k, p) in props {
                        if required.contains(&k.as_str()) || (self.depth < 4 && self.coin()) {
                            self.depth += 1;
                            let v = self.value(p, root);
                            self.depth -= 1;
                            m.insert(k.clone(), v);
                        }
                    }
                }
                Value::Object(m)
            }
        }
    }
}

fn validator() -> Validator {
    Validator::new(Options {
        as_of: Some(Date::ymd(2021, 3, 1)),
        explain: true,
        ..Options::default()
    })
    .unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn schema_documents_are_readable_and_round_trip(seed in 1u64.., kind in 0usize..DocumentKind::ALL.len()) {
        let kind = DocumentKind::ALL[kind];
        let root = schema::for_kind(kind);
        let mut g = Gen { s: seed, depth: 0 };
        let doc = g.value(&root, &root);
        let text = serde_json::to_string_pretty(&doc).unwrap();
        let report = validator().validate_str(&text);
        let fatal: Vec<_> = report.diagnostics.iter().filter(|d| d.severity == Severity::Fatal).collect();
        // Schema-valid documents are readable, except where the limits bite.
        prop_assert!(fatal.is_empty(), "{kind}: {fatal:#?}\n{text}");
        let typed: Document = serde_json::from_value(doc.clone()).unwrap();
        let again: Document = serde_json::from_value(serde_json::to_value(&typed).unwrap()).unwrap();
        prop_assert_eq!(&again, &typed);
        for d in &report.diagnostics {
            // A path names a value of the document or, for something missing, its place.
            let mut p = d.path.clone();
            while doc.pointer(&p).is_none() {
                let cut = p.rfind('/').unwrap();
                p.truncate(cut);
            }
            prop_assert!(d.line.is_some(), "{d:?}");
            if let Some(ev) = &d.evidence {
                for i in &ev.inputs {
                    let mut p = i.path.clone();
                    while !p.is_empty() && doc.pointer(&p).is_none() {
                        p.truncate(p.rfind('/').unwrap());
                    }
                    prop_assert!(doc.pointer(&p).is_some());
                }
            }
        }
    }
}
