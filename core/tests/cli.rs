//! The command-line tool, run as a user would.
#![cfg(feature = "cli")]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod support;

use std::io::Write;
use std::process::{Command, Stdio};

fn cli() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_territoire-sante"));
    c.current_dir(support::root());
    c
}

fn run(args: &[&str]) -> (i32, String, String) {
    let o = cli().args(args).output().unwrap();
    (
        o.status.code().unwrap(),
        String::from_utf8(o.stdout).unwrap(),
        String::from_utf8(o.stderr).unwrap(),
    )
}

#[test]
fn validate_prints_located_french_explained_diagnostics() {
    let (code, out, _) = run(&[
        "validate",
        "--as-of",
        "2020-06-30",
        "docs/examples/valenciennes-metropole-contrat-de-ville.json",
    ]);
    assert_eq!(code, 1, "an invalid document exits with 1:\n{out}");
    // Each finding: `gravité[CODE]: message`, then ` --> fichier:ligne:colonne`.
    let first = out.lines().next().unwrap();
    assert!(first.contains("[CV-") || first.contains("[LIF-"), "{first}");
    let at = out
        .lines()
        .find_map(|l| {
            l.trim_start()
                .strip_prefix("--> docs/examples/valenciennes-metropole-contrat-de-ville.json:")
        })
        .unwrap();
    let loc: Vec<&str> = at.split(':').collect();
    assert!(
        loc[0].parse::<u32>().is_ok() && loc[1].parse::<u32>().is_ok(),
        "{at}"
    );
    assert!(out.contains("erreur["), "{out}");
    assert!(
        out.contains("= source: ") && out.contains("legifrance"),
        "{out}"
    );
    assert!(out.contains("= aide: "), "{out}");
    assert!(out.contains("non valide"), "{out}");
}

#[test]
fn json_output_validates_against_the_report_schema() {
    let schema: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(support::root().join("docs/schema/report.json")).unwrap(),
    )
    .unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    for f in std::fs::read_dir(support::root().join("docs/examples")).unwrap() {
        let path = f.unwrap().path();
        let (code, out, err) = run(&[
            "validate",
            "--format",
            "json",
            "--explain",
            path.to_str().unwrap(),
        ]);
        assert!(code == 0 || code == 1, "{err}");
        let batch: serde_json::Value = serde_json::from_str(&out).unwrap();
        // The entry of the file is its report, with the file's name.
        let mut report = batch["reports"][0].clone();
        assert_eq!(report["file"], path.to_str().unwrap());
        report.as_object_mut().unwrap().remove("file");
        let errors: Vec<String> = validator
            .iter_errors(&report)
            .map(|e| e.to_string())
            .collect();
        assert!(errors.is_empty(), "{}: {errors:?}", path.display());
    }
    // And a report with diagnostics of every reading kind.
    let mut child = cli()
        .args(["validate", "--format", "json", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"{\"type\": 3}")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let batch: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(batch["reports"][0]["file"], "-");
    let mut report = batch["reports"][0].clone();
    report.as_object_mut().unwrap().remove("file");
    assert!(validator.is_valid(&report));
    assert_eq!(report["diagnostics"][0]["code"], "DOC-002");
}

#[test]
fn english_and_fhir_outputs() {
    let (_, out, _) = run(&[
        "validate",
        "--lang",
        "en",
        "--as-of",
        "2020-06-30",
        "docs/examples/valenciennes-metropole-contrat-de-ville.json",
    ]);
    assert!(out.contains("error[") && out.contains("= help: "), "{out}");
    let (_, out, _) = run(&[
        "validate",
        "--format",
        "fhir",
        "--as-of",
        "2020-06-30",
        "docs/examples/valenciennes-metropole-contrat-de-ville.json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["resourceType"], "OperationOutcome");
    let issue = &v["issue"][0];
    assert!(
        ["fatal", "error", "warning", "information"].contains(&issue["severity"].as_str().unwrap())
    );
    assert!(issue["details"]["coding"][0]["code"]
        .as_str()
        .unwrap()
        .contains('-'));
}

#[test]
fn misuse_exits_with_2() {
    assert_eq!(
        run(&[
            "validate",
            "--as-of",
            "2015-02-30",
            "docs/examples/reseau-77.json"
        ])
        .0,
        2
    );
    assert_eq!(
        run(&["validate", "--rules", "XYZ", "docs/examples/reseau-77.json"]).0,
        2
    );
    assert_eq!(run(&["validate", "no/such/file.json"]).0, 2);
    assert_eq!(run(&["explain", "ABC-123"]).0, 2);
    assert_eq!(run(&["frobnicate"]).0, 2);
}

#[test]
fn rules_listing_and_explain() {
    let (code, out, _) = run(&["rules", "--format", "json"]);
    assert_eq!(code, 0);
    let rules: Vec<serde_json::Value> = serde_json::from_str(&out).unwrap();
    assert_eq!(rules.len(), territoire_sante::rules::catalogue().len());
    for r in &rules {
        assert!(
            r["in_force"].is_object() && r["legal_basis"]["label"].is_string(),
            "{r}"
        );
    }
    let (code, out, _) = run(&["explain", "CLS-001"]);
    assert_eq!(code, 0);
    assert_eq!(
        out,
        territoire_sante::rules::docs::page("CLS-001", territoire_sante::Locale::Fr).unwrap()
    );
    let (code, out, _) = run(&["schema", "contrat_local_sante"]);
    assert_eq!(code, 0);
    assert!(out.contains("\"signataires\""));
}
