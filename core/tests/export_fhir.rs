//! Every FHIR output is a valid FHIR R4 `OperationOutcome` under the official JSON Schema
//! (`tests/schemas/fhir-r4.schema.json`, see `tests/schemas/README.md`): the reports of every
//! vector and example, the empty report, hostile paths, and the CLI's output for many files.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod support;

use serde_json::{json, Value};
use territoire_sante::{api, Date, Locale, Options, Report, Validator};

/// The official schema, narrowed to what an `OperationOutcome` can hold. The root is a `oneOf`
/// over the 146 resource types, each pinned by its `resourceType` constant, so a document is
/// valid against it exactly when it is valid against its own type's definition: the root is
/// pointed at `OperationOutcome`. Its `contained` element (any resource, inline) is left out,
/// with the definitions only it reaches: the exporter never writes it, and compiling every
/// resource type took minutes in a test build. Every element the exporter writes is checked
/// against its official definition, unchanged.
fn fhir_schema() -> &'static jsonschema::Validator {
    static SCHEMA: std::sync::OnceLock<jsonschema::Validator> = std::sync::OnceLock::new();
    SCHEMA.get_or_init(|| {
        let mut schema: Value = serde_json::from_str(
            &std::fs::read_to_string(support::root().join("tests/schemas/fhir-r4.schema.json"))
                .unwrap(),
        )
        .unwrap();
        assert_eq!(schema["id"], "http://hl7.org/fhir/json-schema/4.0");
        let defs = schema["definitions"].as_object_mut().unwrap();
        defs["OperationOutcome"]["properties"]
            .as_object_mut()
            .unwrap()
            .remove("contained")
            .unwrap();
        // Definitions reachable from OperationOutcome, by their `$ref`s.
        let mut keep = std::collections::BTreeSet::new();
        let mut todo = vec!["OperationOutcome".to_string()];
        while let Some(name) = todo.pop() {
            if !keep.insert(name.clone()) {
                continue;
            }
            fn refs(v: &Value, out: &mut Vec<String>) {
                match v {
                    Value::Object(m) => {
                        if let Some(Value::String(r)) = m.get("$ref") {
                            out.push(r.trim_start_matches("#/definitions/").to_string());
                        }
                        m.values().for_each(|x| refs(x, out));
                    }
                    Value::Array(a) => a.iter().for_each(|x| refs(x, out)),
                    _ => {}
                }
            }
            refs(&defs[&name], &mut todo);
        }
        assert!(!keep.contains("ResourceList"), "{keep:?}");
        defs.retain(|k, _| keep.contains(k));
        let narrowed = json!({
            "$schema": schema["$schema"],
            "$ref": "#/definitions/OperationOutcome",
            "definitions": schema["definitions"],
        });
        jsonschema::draft6::new(&narrowed).unwrap()
    })
}

fn assert_valid_fhir(schema: &jsonschema::Validator, outcome: &Value, what: &str) {
    let errors: Vec<String> = schema
        .iter_errors(outcome)
        .take(5)
        .map(|e| format!("{} at {}", e, e.instance_path))
        .collect();
    assert!(errors.is_empty(), "{what}: {errors:?}\n{outcome:#}");
    assert_eq!(outcome["resourceType"], "OperationOutcome", "{what}");
}

fn run_vector(v: &Value) -> Report {
    let validator: Validator = api::validator_from_value(support::vector_options(v)).unwrap();
    let text = match &v["document"] {
        Value::String(s) => s.clone(),
        other => serde_json::to_string_pretty(other).unwrap(),
    };
    validator.validate_str(&text)
}

#[test]
fn every_vector_report_is_a_valid_fhir_operation_outcome() {
    let schema = fhir_schema();
    let mut issues = 0;
    for (name, v) in support::vectors() {
        let r = run_vector(&v);
        let outcome = r.to_fhir();
        issues += outcome["issue"].as_array().unwrap().len();
        assert_valid_fhir(schema, &outcome, &name);
    }
    // The vectors exercise every rule: hundreds of issues went through the schema.
    assert!(issues > 300, "{issues}");
}

#[test]
fn examples_empty_reports_and_hostile_paths_are_valid_fhir() {
    let schema = fhir_schema();
    let v = Validator::new(Options {
        as_of: Some(Date::ymd(2020, 6, 30)),
        ..Options::default()
    })
    .unwrap();
    let examples = support::root().join("docs/examples");
    let mut names: Vec<_> = std::fs::read_dir(&examples)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    for p in names {
        let r = v.validate_path(&p);
        assert_valid_fhir(schema, &r.to_fhir(), &p.display().to_string());
    }
    // No finding: one informational issue, in both languages.
    for locale in [Locale::Fr, Locale::En] {
        let empty = Report::new(Date::ymd(2020, 6, 30), locale, Vec::new());
        assert_valid_fhir(schema, &empty.to_fhir(), "empty report");
    }
    // Keys with spaces, tabs, newlines, an empty key, control characters and non-ASCII
    // letters end up in `expression`; unreadable text in `details.text`.
    let hostile = [
        r#"{"type": "contrat_local_sante", "a b": 1, "": 2, "x\ty\nz": 3, "\u0007é": 4}"#,
        r#"{"type": "contrat_local_sante", "signataires": [{"acteur": " "}], "acteurs": [{"id": "", "nature": "ars"}]}"#,
        "\u{feff}{\"type\": 1}",
        "",
        "   ",
        "[]",
        "{\"type\": \"inconnu\"}",
    ];
    for text in hostile {
        let r = v.validate_str(text);
        assert!(!r.diagnostics.is_empty(), "{text}");
        assert_valid_fhir(schema, &r.to_fhir(), text);
    }
}

/// The schema does reject what FHIR forbids: so the tests above can fail.
#[test]
fn the_schema_rejects_an_invalid_outcome() {
    let schema = fhir_schema();
    let r = Validator::new(Options::default())
        .unwrap()
        .validate_str("{}");
    let good = r.to_fhir();
    assert!(schema.is_valid(&good));
    for bad in [
        json!({"resourceType": "OperationOutcome"}),
        json!({"resourceType": "OperationOutcome", "issue": [{"severity": "grave", "code": "invalid"}]}),
        json!({"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": "invalid", "diagnostics": ""}]}),
        json!({"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": "invalid", "texte": "x"}]}),
        json!({"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": "regle"}]}),
    ] {
        assert!(!schema.is_valid(&bad), "{bad}");
    }
}

#[cfg(feature = "cli")]
#[test]
fn the_cli_writes_valid_fhir_for_one_file_and_for_many() {
    let run = |args: &[&str]| -> Value {
        let o = std::process::Command::new(env!("CARGO_BIN_EXE_territoire-sante"))
            .current_dir(support::root())
            .args(args)
            .output()
            .unwrap();
        serde_json::from_slice(&o.stdout).unwrap()
    };
    let schema = fhir_schema();
    let one = run(&[
        "validate",
        "--as-of",
        "2020-06-30",
        "--format",
        "fhir",
        "docs/examples/chateau-thierry-cls.json",
    ]);
    assert_valid_fhir(schema, &one, "one file");
    let many = run(&[
        "validate",
        "--as-of",
        "2020-06-30",
        "--format",
        "fhir",
        "docs/examples/chateau-thierry-cls.json",
        "no/such file.json",
        "docs/examples/reseau-77.json",
    ]);
    // Several files make one Bundle of OperationOutcomes, one entry per file in the order given
    // (the unreadable one included).
    // The Bundle itself is checked against its official definition's keys and `type` codes
    // (compiling its `ResourceList`, which names every resource type, is what the narrowed
    // schema avoids); each entry's resource is checked in full.
    let official: Value = serde_json::from_str(
        &std::fs::read_to_string(support::root().join("tests/schemas/fhir-r4.schema.json"))
            .unwrap(),
    )
    .unwrap();
    let bundle = &official["definitions"]["Bundle"]["properties"];
    assert_eq!(many["resourceType"], "Bundle");
    for key in many.as_object().unwrap().keys() {
        assert!(bundle.get(key).is_some(), "Bundle has no element {key}");
    }
    let types = bundle["type"]["enum"].as_array().unwrap();
    assert!(types.contains(&many["type"]), "{}", many["type"]);
    let entries = many["entry"].as_array().unwrap();
    assert_eq!(entries.len(), 3);
    for e in entries {
        assert_eq!(e["resource"]["resourceType"], "OperationOutcome");
        assert_valid_fhir(schema, &e["resource"], "many files");
    }
}
