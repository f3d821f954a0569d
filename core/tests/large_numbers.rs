//! Property test on large numbers: every number of every vector document (counts, effectifs,
//! populations, budgets, amounts, ETP…) replaced by figures at and beyond the limits of the
//! integer and floating-point types. The engine never panics (test builds check overflow, so a
//! wrapping sum would panic here), every finding stays located (a line, a column, a path that
//! leads into the document), and a figure the model cannot hold is a reading finding at its
//! place, not a wrong total.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

mod support;

use proptest::prelude::*;
use serde_json::Value;
use territoire_sante::{api, Validator};

/// Figures written as they would be in a file: at, around and beyond each type's limits.
const LARGE: [&str; 22] = [
    "4294967295",           // u32::MAX
    "4294967290",           // u32::MAX - 5: two of them overflow a u32 sum
    "4294967296",           // u32::MAX + 1
    "2147483647",           // i32::MAX
    "2147483648",           // i32::MAX + 1
    "9007199254740993",     // 2^53 + 1: no exact f64
    "9223372036854775807",  // i64::MAX
    "9223372036854775808",  // i64::MAX + 1
    "18446744073709551615", // u64::MAX
    "18446744073709551616", // u64::MAX + 1 (read as a float)
    "-1",
    "-9223372036854775808", // i64::MIN
    "0",
    "1.7976931348623157e308", // f64::MAX
    "-1.7976931348623157e308",
    "1e308",
    "1e400", // beyond f64: not a number serde_json can read
    "4.9e-324",
    "-0.0",
    "0.5",
    "1e19",
    "255.9999999999999999",
];

struct Vector {
    name: String,
    options: Value,
    document: Value,
    numbers: usize,
}

fn count_numbers(v: &Value) -> usize {
    match v {
        Value::Number(_) => 1,
        Value::Array(a) => a.iter().map(count_numbers).sum(),
        Value::Object(m) => m.values().map(count_numbers).sum(),
        _ => 0,
    }
}

fn vectors() -> Vec<Vector> {
    support::vectors()
        .into_iter()
        .filter(|(_, v)| v["document"].is_object())
        .filter_map(|(name, v)| {
            let numbers = count_numbers(&v["document"]);
            let mut options = support::vector_options(&v);
            // Limits stay the defaults here: the vectors' own would hide the large numbers.
            options.as_object_mut().unwrap().remove("limits");
            (numbers > 0).then(|| Vector {
                name,
                options,
                document: v["document"].clone(),
                numbers,
            })
        })
        .collect()
}

/// Every number of `v` replaced by a placeholder string, in order; returns the count.
fn mark(v: &mut Value, next: &mut usize) {
    match v {
        Value::Number(_) => {
            *v = Value::String(format!("@@{next}@@"));
            *next += 1;
        }
        Value::Array(a) => a.iter_mut().for_each(|x| mark(x, next)),
        Value::Object(m) => m.values_mut().for_each(|x| mark(x, next)),
        _ => {}
    }
}

/// Whether `pointer` leads into `doc` (itself, or a parent of something missing).
fn resolves(doc: &Value, pointer: &str) -> bool {
    if doc.pointer(pointer).is_some() {
        return true;
    }
    // A missing field is reported at its would-be place: its parent must exist.
    match pointer.rsplit_once('/') {
        Some((parent, _)) => doc.pointer(parent).is_some(),
        None => false,
    }
}

fn check(v: &Vector, validator: &Validator, picks: &[usize]) -> Result<(), TestCaseError> {
    let mut doc = v.document.clone();
    let mut n = 0;
    mark(&mut doc, &mut n);
    let mut text = serde_json::to_string_pretty(&doc).unwrap();
    for i in (0..n).rev() {
        let figure = LARGE[picks[i % picks.len()] % LARGE.len()];
        text = text.replace(&format!("\"@@{i}@@\""), figure);
    }
    let parsed: Option<Value> = serde_json::from_str(&text).ok();
    let r = validator.validate_str(&text);
    prop_assert!(!r.diagnostics.is_empty() || r.valid, "{}", v.name);
    for d in &r.diagnostics {
        prop_assert!(
            d.line.is_some() && d.column.is_some(),
            "{}: {} at {:?} unlocated",
            v.name,
            d.code,
            d.path
        );
        if let Some(doc) = &parsed {
            prop_assert!(
                resolves(doc, &d.path),
                "{}: {} at {:?}",
                v.name,
                d.code,
                d.path
            );
        }
        prop_assert!(!d.message.is_empty());
        // A finding never quotes a figure with more digits than a u64 holds, nor a float's
        // exponent notation of one of the figures above: it names them in words or as read.
        prop_assert!(d.message.len() < 2_000, "{}: {}", v.name, d.message.len());
    }
    // The same document through the value entry point, when serde_json can read it.
    if let Some(doc) = parsed {
        let rv = validator.validate_value(doc);
        prop_assert_eq!(rv.valid, r.valid, "{}", v.name);
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn large_figures_never_panic_and_stay_located(
        which in any::<prop::sample::Index>(),
        picks in prop::collection::vec(any::<usize>(), 1..8),
    ) {
        let all = vectors();
        let v = which.get(&all);
        let validator = api::validator_from_value(v.options.clone()).unwrap();
        check(v, &validator, &picks)?;
    }
}

/// Every vector with numbers, each figure in turn everywhere at once: the sweep the random
/// cases above sample.
#[test]
fn every_vector_with_every_large_figure() {
    let all = vectors();
    assert!(all.len() > 40, "{}", all.len());
    assert!(all.iter().map(|v| v.numbers).sum::<usize>() > 100);
    for v in &all {
        let validator = api::validator_from_value(v.options.clone()).unwrap();
        for k in 0..LARGE.len() {
            check(v, &validator, &[k]).unwrap();
        }
    }
}

/// A figure too large for its field is a reading finding at that field.
#[test]
fn a_figure_beyond_its_type_is_a_located_reading_finding() {
    let all = vectors();
    let v = all
        .iter()
        .find(|v| v.document.to_string().contains("\"effectif\""))
        .expect("a vector with an effectif");
    let validator = api::validator_from_value(v.options.clone()).unwrap();
    let mut doc = v.document.clone();
    let mut n = 0;
    mark(&mut doc, &mut n);
    let text = serde_json::to_string_pretty(&doc).unwrap();
    // Only the first effectif gets a figure above u32::MAX; every other number stays small.
    let mut text = text;
    for i in (0..n).rev() {
        text = text.replace(&format!("\"@@{i}@@\""), "1");
    }
    let at = text.find("\"effectif\": 1").unwrap();
    text.replace_range(at..at + "\"effectif\": 1".len(), "\"effectif\": 4294967296");
    let r = validator.validate_str(&text);
    let d = r
        .diagnostics
        .iter()
        .find(|d| d.path.ends_with("/effectif"))
        .unwrap_or_else(|| panic!("{:?}", r.codes()));
    assert!(d.code.starts_with("DOC-"), "{}", d.code);
    assert!(d.line.is_some());
}
