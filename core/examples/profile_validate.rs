//! Validates one of the benchmarks' documents N times, for instruction counts:
//!
//! ```sh
//! cargo build --release -p territoire-sante --example profile_validate
//! valgrind --tool=callgrind target/release/examples/profile_validate 200          # parse + validate
//! valgrind --tool=callgrind target/release/examples/profile_validate 200 parse    # parse only
//! valgrind --tool=callgrind target/release/examples/profile_validate 200 validate example
//! ```
//!
//! The third argument picks the document: `sorted` (default: the typical 9 KB CLS, keys sorted),
//! `type-first` (the same, `"type"` first) or `example` (the 1.1 KB Château-Thierry example).
//! Subtract a run with 0 documents for the set-up.
//!
//! Or a `.jsonl` file of documents (`scripts/bench/make_documents.py`, as the Python and Node
//! comparisons use): the first N of them, read as the fronts read an object's JSON text
//! (`validate_value_str`); MODE `first` runs the first-error mode (`max_errors: 1`).
//!
//! ```sh
//! valgrind --tool=callgrind target/release/examples/profile_validate 2000 first target/bench/documents-10000.jsonl
//! ```
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

#[path = "../benches/typical_cls.rs"]
mod typical_cls;

use territoire_sante::{Date, Document, Options, Validator};

fn main() -> Result<(), String> {
    let mode = std::env::args().nth(2);
    let validator = Validator::new(Options {
        as_of: Some(Date::ymd(2020, 6, 30)),
        max_errors: (mode.as_deref() == Some("first")).then_some(1),
        ..Options::default()
    })
    .unwrap();
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(200);
    if let Some(path) = std::env::args().nth(3).filter(|a| a.ends_with(".jsonl")) {
        let all = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
        let mut seen = 0usize;
        for line in all.lines().filter(|l| !l.is_empty()).take(n) {
            seen += if mode.as_deref() == Some("parse") {
                usize::from(serde_json::from_str::<Document>(line).is_ok())
            } else {
                validator.validate_value_str(line).diagnostics.len()
            };
        }
        println!("{seen}");
        return Ok(());
    }
    let cls = match std::env::args().nth(3).as_deref() {
        None | Some("sorted") => typical_cls::typical_cls(),
        Some("type-first") => typical_cls::typical_cls_type_first(),
        Some("example") => typical_cls::example_cls(),
        Some(other) => {
            return Err(format!(
                "unknown document {other}: sorted, type-first or example"
            ))
        }
    };
    let parse_only = mode.as_deref() == Some("parse");
    let mut seen = 0usize;
    for _ in 0..n {
        seen += if parse_only {
            usize::from(serde_json::from_str::<Document>(&cls).is_ok())
        } else {
            validator.validate_str(&cls).diagnostics.len()
        };
    }
    println!("{seen}");
    Ok(())
}
