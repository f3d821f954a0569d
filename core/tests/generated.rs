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
