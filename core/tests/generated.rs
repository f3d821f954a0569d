//! Generated artefacts stay in step with the code: JSON Schemas (`docs/schema/`) and the rules
//! reference (`docs/rules/`). `TS_BLESS=1 cargo test -p territoire-sante` rewrites them.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod support;

use territoire_sante::{rules, schema, Locale};

#[test]
fn json_schemas_are_up_to_date() {
    let dir = support::root().join("docs/schema");
    let all = schema::all();
    for (name, s) in &all {
        let text = serde_json::to_string_pretty(s).unwrap() + "\n";
        support::check_generated(&dir.join(name), &text);
    }
    if !support::bless() {
        for e in std::fs::read_dir(&dir).unwrap() {
            let name = e.unwrap().file_name().to_string_lossy().into_owned();
            assert!(all.iter().any(|(n, _)| *n == name), "stale schema {name}");
        }
    }
}

#[test]
fn rules_reference_is_up_to_date() {
    let dir = support::root().join("docs/rules");
    support::check_generated(&dir.join("README.md"), &rules::docs::index(Locale::Fr));
    support::check_generated(
        &dir.join("sources.md"),
        &rules::docs::sources_page(Locale::Fr),
    );
    for r in rules::catalogue() {
        let page = rules::docs::page(r.code, Locale::Fr).unwrap();
        support::check_generated(&dir.join(format!("{}.md", r.code)), &page);
    }
    if !support::bless() {
        for e in std::fs::read_dir(&dir).unwrap() {
            let name = e.unwrap().file_name().to_string_lossy().into_owned();
            let code = name.trim_end_matches(".md");
            assert!(
                name == "README.md" || name == "sources.md" || rules::find(code).is_some(),
                "stale page {name}"
            );
        }
    }
}

#[test]
fn examples_and_readable_vectors_conform_to_the_published_schemas() {
    let doc_schema = jsonschema::options()
        .should_validate_formats(true)
        .build(&schema::document())
        .unwrap();
    let mut checked = 0;
    for e in std::fs::read_dir(support::root().join("docs/examples")).unwrap() {
        let p = e.unwrap().path();
        let v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap();
        let errors: Vec<String> = doc_schema
            .iter_errors(&v)
            .map(|e| format!("{} at {}", e, e.instance_path))
            .collect();
        assert!(errors.is_empty(), "{}: {errors:?}", p.display());
        checked += 1;
    }
    // A vector that expects no reading finding holds a schema-valid document, and one that
    // expects a structural finding (types, fields, vocabularies, dates) does not. A statut
    // outside its vocabulary is the one thing the engine reads anyway, to report it as LIF-001.
    for e in std::fs::read_dir(support::root().join("tests/vectors")).unwrap() {
        let p = e.unwrap().path();
        let vectors: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap();
        for v in vectors.as_array().unwrap() {
            let doc = &v["document"];
            if doc.is_string() || v.get("limits").is_some() {
                continue;
            }
            let structural = v["expected"].as_array().unwrap().iter().any(|d| {
                [
                    "DOC-002", "DOC-003", "DOC-004", "DOC-005", "DOC-006", "DOC-007", "LIF-001",
                ]
                .contains(&d["code"].as_str().unwrap())
            });
            if v.get("rules")
                .is_some_and(|r| r != &serde_json::json!(["DOC"]))
                && !structural
            {
                // Vectors restricted to one rule may hold a schema-invalid statut or date that
                // their rule does not look at; only structural vectors and clean ones are compared.
                if !doc_schema.is_valid(doc) {
                    continue;
                }
            }
            assert_eq!(
                doc_schema.is_valid(doc),
                !structural,
                "{} {}",
                p.display(),
                v["description"]
            );
            checked += 1;
        }
    }
    assert!(checked > 20);
}

#[test]
fn every_rule_page_shows_a_failing_and_a_passing_example() {
    let mut missing = Vec::new();
    for r in rules::catalogue() {
        // TAB-*: read from sheets; their pages point at docs/tableur.md, their examples are the
        // sheets of core/tests/tableur.rs.
        if r.family() == "TAB" {
            assert!(
                rules::docs::page(r.code, Locale::Fr)
                    .unwrap()
                    .contains("docs/tableur.md"),
                "{}",
                r.code
            );
            continue;
        }
        let (failing, passing) = rules::docs::examples(r.code);
        if failing.is_none() || passing.is_none() {
            missing.push(r.code);
            continue;
        }
        let failing = failing.unwrap();
        assert!(
            !failing.findings.is_empty(),
            "{}: failing example without findings",
            r.code
        );
        let fr = rules::docs::page(r.code, Locale::Fr).unwrap();
        let en = rules::docs::page(r.code, Locale::En).unwrap();
        for (page, a, b) in [
            (
                &fr,
                "## Exemple qui déclenche la règle",
                "## Exemple conforme",
            ),
            (
                &en,
                "## Example that triggers the rule",
                "## Passing example",
            ),
        ] {
            assert!(page.contains(a) && page.contains(b), "{}", r.code);
            assert!(page.contains(failing.document.trim_end()), "{}", r.code);
        }
    }
    assert!(missing.is_empty(), "rules without examples: {missing:?}");
}

#[cfg(feature = "cli")]
#[test]
fn explain_shows_the_reference_page() {
    let exe = env!("CARGO_BIN_EXE_territoire-sante");
    for code in ["CLS-014", "CV-005", "ART-010", "DQ-004"] {
        for (lang, locale) in [("fr", Locale::Fr), ("en", Locale::En)] {
            let out = std::process::Command::new(exe)
                .args(["explain", code, "--lang", lang])
                .output()
                .unwrap();
            assert!(out.status.success(), "{code}");
            let text = String::from_utf8(out.stdout).unwrap();
            let page = rules::docs::page(code, locale).unwrap();
            assert_eq!(text.trim_end(), page.trim_end(), "{code} {lang}");
        }
    }
}
