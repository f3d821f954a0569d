//! Explanations: with `explain`, a diagnostic carries its evidence — input values by JSON
//! Pointer and the rule's parameters — which must point into the document, and must never
//! echo a contact's personal data.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod support;

use serde_json::{json, Value};
use territoire_sante::{api, Date, Options, Validator};

fn vectors() -> Vec<(String, Value)> {
    let dir = support::root().join("tests/vectors");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for p in files {
        let stem = p.file_stem().unwrap().to_string_lossy().into_owned();
        let v: Value = serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap();
        let list = match v {
            Value::Array(a) => a,
            other => vec![other],
        };
        for (i, x) in list.into_iter().enumerate() {
            out.push((format!("{stem}[{i}]"), x));
        }
    }
    out
}

fn report(v: &Value, explain: bool) -> Value {
    let mut o = json!({"as_of": v["as_of"], "explain": explain});
    if let Some(r) = v.get("rules") {
        o["rules"] = r.clone();
    }
    let validator: Validator = api::validator_from_value(o).unwrap();
    let text = match &v["document"] {
        Value::String(s) => s.clone(),
        other => serde_json::to_string_pretty(other).unwrap(),
    };
    validator.validate_str(&text).to_json_value()
}

/// Every name and e-mail of a contact person in a document.
fn personal_data(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                if k == "contacts" || k == "contact" {
                    let people = match x {
                        Value::Array(a) => a.clone(),
                        other => vec![other.clone()],
                    };
                    for p in people {
                        for f in ["nom", "email", "telephone"] {
                            if let Some(s) = p.get(f).and_then(Value::as_str) {
                                out.push(s.to_string());
                            }
                        }
                    }
                }
                personal_data(x, out);
            }
        }
        Value::Array(a) => a.iter().for_each(|x| personal_data(x, out)),
        _ => {}
    }
}

#[test]
fn evidence_points_into_the_document() {
    let mut checked = 0;
    for (name, v) in vectors() {
        let Value::Object(_) = &v["document"] else {
            continue;
        };
        let doc = &v["document"];
        let r = report(&v, true);
        for d in r["diagnostics"].as_array().unwrap() {
            if d["severity"] == "fatal" {
                continue;
            }
            let ev = d
                .get("evidence")
                .unwrap_or_else(|| panic!("{name}: {} has no evidence", d["code"]));
            for input in ev["inputs"].as_array().unwrap() {
                let p = input["path"].as_str().unwrap();
                // An absent value is evidence too (a missing coordinator…): it is reported as
                // null, under a parent that exists.
                let Some(found) = doc.pointer(p) else {
                    assert!(
                        input["value"].is_null() || input["value"] == serde_json::json!([]),
                        "{name}: {} evidence path {p} is not in the document but has a value",
                        d["code"]
                    );
                    let parent = &p[..p.rfind('/').unwrap()];
                    assert!(
                        doc.pointer(parent).is_some(),
                        "{name}: {} evidence path {p} has no parent in the document",
                        d["code"]
                    );
                    checked += 1;
                    continue;
                };
                // Scalars are echoed as they are; lists and objects may be summarised.
                if let (Value::String(a), Value::String(b)) = (found, &input["value"]) {
                    if a.chars().count() <= 80 {
                        assert_eq!(a, b, "{name}: {} evidence at {p}", d["code"]);
                    }
                }
                if let (Value::Bool(a), Value::Bool(b)) = (found, &input["value"]) {
                    assert_eq!(a, b, "{name}: {} evidence at {p}", d["code"]);
                }
                checked += 1;
            }
            assert!(ev["parameters"].is_object(), "{name}: parameters");
        }
        // Without `explain`, no evidence.
        for d in report(&v, false)["diagnostics"].as_array().unwrap() {
            assert!(
                d.get("evidence").is_none(),
                "{name}: evidence without explain"
            );
        }
    }
    assert!(checked > 100, "only {checked} evidence inputs checked");
}

#[test]
fn rules_of_the_catalogue_explain_what_made_them_fire() {
    // The rules that compare a value with a date or a threshold give that parameter.
    let cases = [
        ("CLS-014", "depuis", "2022-02-23"),
        ("CV-005", "fin_legale", "2030-12-31"),
        ("CLS-005", "duree_max_ans", "6"),
        ("PRS-002", "prs3_depuis", "2023-11-01"),
    ];
    for (code, param, value) in cases {
        let (name, v) = vectors()
            .into_iter()
            .find(|(n, v)| {
                n.starts_with(code) && v["expected"].as_array().is_some_and(|a| !a.is_empty()) && {
                    let r = report(v, true);
                    r["diagnostics"].as_array().unwrap().iter().any(|d| {
                        d["code"] == code && d["evidence"]["parameters"].get(param).is_some()
                    })
                }
            })
            .unwrap_or_else(|| panic!("no {code} vector with parameter {param}"));
        let r = report(&v, true);
        let d = r["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["code"] == code)
            .unwrap();
        let got = &d["evidence"]["parameters"][param];
        let got = got
            .as_str()
            .map(str::to_string)
            .unwrap_or_else(|| got.to_string());
        assert_eq!(got, value, "{name}");
    }
}

#[test]
fn personal_data_is_never_echoed() {
    let mut seen_people = 0;
    for (name, v) in vectors() {
        let mut people = Vec::new();
        personal_data(&v["document"], &mut people);
        if people.is_empty() {
            continue;
        }
        seen_people += 1;
        let text = serde_json::to_string(&report(&v, true)).unwrap();
        for p in &people {
            assert!(
                !text.contains(p.as_str()),
                "{name}: {p} echoed in the report"
            );
        }
    }
    assert!(
        seen_people > 10,
        "too few vectors with contacts: {seen_people}"
    );

    // A sparse document that fires many rules, with contacts everywhere, all rules, both
    // languages.
    let doc = json!({
        "type": "portefeuille",
        "documents": [
            {
                "type": "contrat_local_sante",
                "id": "cls-valenciennes",
                "statut": "proroge",
                "perimetre": [{"type": "commune", "code": "59606", "nom": "Valenciennes"}, {"type": "qpv", "nom": "Chasse Royale"}],
                "acteurs": [
                    {"id": "ville", "nom": "Ville de Valenciennes", "nature": "commune",
                     "contacts": [{"nom": "Dominique Lefebvre", "fonction": "élue", "email": "d.lefebvre@example.org", "telephone": "03 27 00 00 00"}]},
                    {"id": "cgt", "nom": "CGET", "nature": "anct", "contacts": [{"nom": "Alix Durand", "email": "alix.durand@example.org"}]}
                ],
                "signataires": [{"acteur": "ville", "date_signature": "2023-05-02", "qualite": "maire"}],
                "date_signature": "2023-05-02",
                "periode": {"debut": "2023-01-01", "fin": "2032-12-31"},
                "coordination": {"etp": 0, "contact": {"nom": "Sacha Bernard", "email": "sacha.bernard@example.org"}},
                "gouvernance": [{"nature": "copil", "presidence": ["ville"]}],
                "contrat_de_ville": {"code": "CV193", "volet_sante": true},
                "strategie": [{"numero": "1", "intitule": "Axe", "enfants": [{"numero": "2.1", "intitule": "Objectif"}]}]
            },
            {
                "type": "contrat_de_ville",
                "code": "CV193",
                "porteur": "ville",
                "acteurs": [{"id": "ville", "nom": "Ville de Valenciennes", "nature": "commune",
                             "contacts": [{"nom": "Dominique Lefebvre", "email": "d.lefebvre@example.org"}]}],
                "date_signature": "2015-06-30",
                "periode": {"debut": "2015-01-01", "fin": "2020-12-31"}
            }
        ]
    });
    let secrets = [
        "Dominique Lefebvre",
        "d.lefebvre@example.org",
        "03 27 00 00 00",
        "Alix Durand",
        "alix.durand@example.org",
        "Sacha Bernard",
        "sacha.bernard@example.org",
    ];
    for locale in [territoire_sante::Locale::Fr, territoire_sante::Locale::En] {
        let v = Validator::new(Options {
            as_of: Some(Date::ymd(2024, 6, 30)),
            locale,
            explain: true,
            ..Options::default()
        })
        .unwrap();
        let r = v.validate_str(&serde_json::to_string_pretty(&doc).unwrap());
        assert!(
            r.diagnostics.len() > 15,
            "{} diagnostics",
            r.diagnostics.len()
        );
        let text = serde_json::to_string(&r.to_json_value()).unwrap();
        for s in secrets {
            assert!(!text.contains(s), "{s} echoed in the report");
        }
    }
}
