//! Privacy across every rule: documents carrying people's names, e-mails and phone numbers in
//! the fields meant for them (an acteur's `contacts`, a coordination's `contact`), and in those
//! fields with the wrong type, never see them in any output: the report (messages, parameters,
//! evidence), SARIF, FHIR, and the CLI's human, JSON, SARIF and FHIR output. The corpus is every
//! vector (which together trigger every rule), every example and every real case. The Python and
//! JavaScript suites run the same check on their own outputs (`test_privacy.py`,
//! `privacy.test.mjs`).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod support;

use serde_json::{json, Value};
use territoire_sante::{api, Date, Options, Report, Validator};

/// What a person's contact holds, as a document would give it.
const NAME: &str = "Jeanne Martin-Lefebvre";
const EMAIL: &str = "jeanne.martin-lefebvre@example.fr";
const PHONE: &str = "06 71 82 93 04";
const PHONE_INTL: &str = "+33671829304";
/// What no output may hold: each datum and the recognisable parts of each.
const NEEDLES: [&str; 6] = [
    "Jeanne",
    "Lefebvre",
    "jeanne.martin",
    "71 82 93",
    "671829304",
    "0671829304",
];

fn contact() -> Value {
    json!({"nom": NAME, "fonction": "coordinatrice", "email": EMAIL, "telephone": PHONE})
}

/// The same contact with its fields of the wrong type, or with unknown keys: reading errors.
fn wrong_contacts() -> Vec<Value> {
    vec![
        json!({"nom": [NAME], "email": {EMAIL: PHONE}, "telephone": 671829304u64}),
        json!({"nom": {"prenom": NAME}, "courriel": EMAIL, "portable": PHONE_INTL}),
        json!({NAME: EMAIL, "telephone": [PHONE_INTL, "0671829304"]}),
        json!(NAME),
        json!([EMAIL, PHONE]),
    ]
}

/// Puts `c` in every contact slot of `doc` (portfolio members included); returns how many.
fn seed(doc: &mut Value, c: &Value) -> usize {
    let mut n = 0;
    if let Value::Object(m) = doc {
        if let Some(Value::Array(acteurs)) = m.get_mut("acteurs") {
            for a in acteurs.iter_mut() {
                if let Some(a) = a.as_object_mut() {
                    a.insert("contacts".into(), json!([c.clone()]));
                    n += 1;
                }
            }
        }
        if let Some(Value::Object(co)) = m.get_mut("coordination") {
            co.insert("contact".into(), c.clone());
            n += 1;
        }
        for (_, v) in m.iter_mut() {
            n += seed_below(v, c);
        }
    } else {
        n += seed_below(doc, c);
    }
    n
}

fn seed_below(v: &mut Value, c: &Value) -> usize {
    match v {
        Value::Array(a) => a.iter_mut().map(|x| seed(x, c)).sum(),
        Value::Object(m) if m.contains_key("type") => seed(v, c),
        Value::Object(m) => m.values_mut().map(|x| seed_below(x, c)).sum(),
        _ => 0,
    }
}

/// The needle found in `out`, if any.
fn leak(out: &str) -> Option<&'static str> {
    NEEDLES.iter().copied().find(|n| out.contains(n))
}

fn validator_of(v: &Value) -> Validator {
    api::validator_from_value(support::vector_options(v)).unwrap()
}

fn outputs(r: &Report) -> [String; 3] {
    [
        serde_json::to_string(r).unwrap(),
        r.to_sarif("cas.json").to_string(),
        r.to_fhir().to_string(),
    ]
}

#[test]
fn the_needles_are_found_where_they_are() {
    // The check itself: a report quoting a contact is caught, in each output.
    let mut doc = json!({"type": "contrat_local_sante", "acteurs": [{"id": "a", "nature": "ars"}]});
    assert_eq!(seed(&mut doc, &contact()), 1);
    assert_eq!(leak(&doc.to_string()), Some("Jeanne"));
    let v = Validator::new(Options::default()).unwrap();
    let mut r = v.validate_value(doc);
    r.diagnostics[0].message = format!("contact {EMAIL}");
    assert!(outputs(&r).iter().all(|o| leak(o).is_some()));
    for needle in NEEDLES {
        assert!(
            [NAME, EMAIL, PHONE, PHONE_INTL, "0671829304", "671829304"]
                .iter()
                .any(|d| d.contains(needle)),
            "{needle}"
        );
    }
}

#[test]
fn no_rule_echoes_a_contact_in_any_output() {
    let mut seeded_docs = 0;
    let mut findings = 0;
    let mut rules: std::collections::BTreeSet<String> = std::collections::BTreeSet::new();
    for (name, v) in support::vectors() {
        let Value::Object(_) = &v["document"] else {
            continue; // raw text: no contact slot to fill
        };
        let validator = validator_of(&v);
        let text = serde_json::to_string_pretty(&v["document"]).unwrap();
        let plain = validator.validate_str(&text);
        let mut variants = vec![contact()];
        variants.extend(wrong_contacts());
        for (k, c) in variants.iter().enumerate() {
            let mut doc = v["document"].clone();
            if seed(&mut doc, c) == 0 {
                break;
            }
            let seeded_text = serde_json::to_string_pretty(&doc).unwrap();
            assert!(leak(&seeded_text).is_some());
            for r in [
                validator.validate_str(&seeded_text),
                validator.validate_value(doc.clone()),
                validator.validate_value_str(&serde_json::to_string(&doc).unwrap()),
            ] {
                for out in outputs(&r) {
                    if let Some(n) = leak(&out) {
                        panic!("{name}, contact variant {k}: {n:?} in {out}");
                    }
                }
                if k == 0 {
                    // Well-typed contacts change nothing in what the rules find.
                    assert_eq!(r.codes(), plain.codes(), "{name}");
                    findings += r.diagnostics.len();
                    rules.extend(r.codes().into_iter().map(str::to_string));
                } else {
                    assert!(
                        r.has("DOC-002") || r.has("DOC-003"),
                        "{name}, {k}: {:?}",
                        r.codes()
                    );
                }
            }
            seeded_docs += 1;
        }
    }
    assert!(seeded_docs > 300, "{seeded_docs}");
    assert!(findings > 300, "{findings}");
    // The vectors' findings span the catalogue (every family at least).
    for family in ["ART", "CLS", "CLSM", "DOC", "DQ", "GOV", "PAR", "TER"] {
        assert!(
            rules.iter().any(|c| c.starts_with(&format!("{family}-"))),
            "{family}: {rules:?}"
        );
    }
}

fn corpus_files() -> Vec<std::path::PathBuf> {
    let root = support::root();
    let mut files = Vec::new();
    for dir in ["docs/examples", "tests/cases"] {
        let mut f: Vec<_> = std::fs::read_dir(root.join(dir))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        f.sort();
        files.extend(f);
    }
    files
}

/// The examples and real cases, seeded, through the library and the CLI (every format and
/// both languages, with evidence).
#[test]
fn examples_and_real_cases_keep_contacts_out_of_every_output() {
    let dir = std::env::temp_dir().join(format!("ts-privacy-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let v = Validator::new(Options {
        as_of: Some(Date::ymd(2024, 6, 30)),
        explain: true,
        ..Options::default()
    })
    .unwrap();
    let mut written = Vec::new();
    for (i, p) in corpus_files().iter().enumerate() {
        let mut doc: Value = serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap();
        // A case file holds its document under `document`, with what is expected of it.
        let doc = match doc.get_mut("document") {
            Some(d) => d.take(),
            None => doc,
        };
        for (k, c) in std::iter::once(contact())
            .chain(wrong_contacts())
            .enumerate()
        {
            let mut d = doc.clone();
            if seed(&mut d, &c) == 0 {
                break;
            }
            let text = serde_json::to_string_pretty(&d).unwrap();
            for out in outputs(&v.validate_str(&text)) {
                assert_eq!(leak(&out), None, "{}: {out}", p.display());
            }
            let f = dir.join(format!("{i}-{k}.json"));
            std::fs::write(&f, text).unwrap();
            written.push(f);
        }
    }
    assert!(written.len() > 100, "{}", written.len());
    #[cfg(feature = "cli")]
    for format in ["human", "json", "sarif", "fhir"] {
        for lang in ["fr", "en"] {
            let o = std::process::Command::new(env!("CARGO_BIN_EXE_territoire-sante"))
                .args(["validate", "--as-of", "2024-06-30", "--explain"])
                .args(["--format", format, "--lang", lang])
                .args(&written)
                .output()
                .unwrap();
            let out = String::from_utf8(o.stdout).unwrap();
            assert!(out.len() > 10_000, "{format} {lang}: {}", out.len());
            assert_eq!(leak(&out), None, "{format} {lang}");
            assert_eq!(leak(&String::from_utf8_lossy(&o.stderr)), None);
        }
    }
    std::fs::remove_dir_all(&dir).unwrap();
}
