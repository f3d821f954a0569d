//! First-error mode (`Options::max_errors`): validation stops once that many errors are found,
//! and what it reports is what the full validation finds up to that point.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod support;

use serde_json::{json, Value};
use territoire_sante::{api, Date, Options, Report, Severity, Validator};

fn validator(max_errors: Option<usize>) -> Validator {
    Validator::new(Options {
        as_of: Some(Date::ymd(2020, 6, 30)),
        max_errors,
        ..Options::default()
    })
    .unwrap()
}

fn errors(r: &Report) -> usize {
    r.diagnostics
        .iter()
        .filter(|d| d.severity >= Severity::Error)
        .count()
}

/// Every vector's document and every example, all rules: with `max_errors` k the report holds
/// min(k, all) errors, each diagnostic it holds is one of the full report's, and it is valid
/// exactly when the full report is.
#[test]
fn a_report_cut_short_is_part_of_the_full_one() {
    let full = validator(None);
    let cut: Vec<(usize, Validator)> = [1, 2, 3].map(|k| (k, validator(Some(k)))).into();
    let mut texts: Vec<(String, String)> = support::vectors()
        .into_iter()
        .map(|(label, v)| {
            let text = match &v["document"] {
                Value::String(s) => s.clone(),
                other => serde_json::to_string_pretty(other).unwrap(),
            };
            (label, text)
        })
        .collect();
    texts.extend(
        support::json_files("docs/examples")
            .into_iter()
            .map(|(stem, v)| (stem, serde_json::to_string_pretty(&v).unwrap())),
    );
    let mut stopped = 0;
    for (label, text) in &texts {
        let all = full.validate_str(text);
        for (k, v) in &cut {
            let r = v.validate_str(text);
            assert_eq!(errors(&r), errors(&all).min(*k), "{label}, max_errors {k}");
            assert_eq!(r.valid, all.valid, "{label}, max_errors {k}");
            for d in &r.diagnostics {
                assert!(
                    all.diagnostics.contains(d),
                    "{label}, max_errors {k}: {} at {} not in the full report",
                    d.code,
                    d.path
                );
            }
            if errors(&all) > *k {
                stopped += 1;
                assert!(r.diagnostics.len() < all.diagnostics.len(), "{label}");
            }
        }
    }
    // The inputs include documents with more errors than the counts tried.
    assert!(stopped > 3, "{stopped}");
}

/// A portfolio stops at its first erring member: the members after it are not read.
#[test]
fn a_portfolio_stops_at_its_first_error() {
    // An atelier santé ville whose adult-relay contract breaks AR-001 three times.
    let (_, v) = support::vectors()
        .into_iter()
        .find(|(label, _)| label == "AR-001[1]")
        .unwrap();
    let member = v["document"].clone();
    let doc = json!({"type": "portefeuille", "documents": [member, member, member]});
    let text = serde_json::to_string_pretty(&doc).unwrap();
    let all = validator(None).validate_str(&text);
    let first = validator(Some(1)).validate_str(&text);
    let members = |r: &Report| {
        let mut m: Vec<String> = r
            .diagnostics
            .iter()
            .filter(|d| d.severity >= Severity::Error)
            .filter_map(|d| d.path.split('/').nth(2).map(str::to_string))
            .collect();
        m.dedup();
        m
    };
    assert_eq!(members(&all), ["0", "1", "2"]);
    assert_eq!(members(&first), ["0"]);
    assert_eq!(errors(&first), 1);
}

/// The option is read by every front through the core's JSON options, and 0 is refused.
#[test]
fn zero_is_refused_and_the_json_option_is_read() {
    let err = api::validator_from_value(json!({"as_of": "2020-06-30", "max_errors": 0}))
        .unwrap_err()
        .to_string();
    assert!(err.contains("max_errors"), "{err}");
    let v = api::validator_from_value(json!({"as_of": "2020-06-30", "max_errors": 2})).unwrap();
    assert_eq!(v.max_errors(), Some(2));
    assert_eq!(validator(None).max_errors(), None);
}
