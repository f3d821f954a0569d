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
    for r in rules::catalogue() {
        let page = rules::docs::page(r.code, Locale::Fr).unwrap();
        support::check_generated(&dir.join(format!("{}.md", r.code)), &page);
    }
    if !support::bless() {
        for e in std::fs::read_dir(&dir).unwrap() {
            let name = e.unwrap().file_name().to_string_lossy().into_owned();
            let code = name.trim_end_matches(".md");
            assert!(
                name == "README.md" || rules::find(code).is_some(),
                "stale page {name}"
            );
        }
    }
}

#[test]
fn every_rule_page_shows_a_failing_and_a_passing_example() {
    let mut missing = Vec::new();
    for r in rules::catalogue() {
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
