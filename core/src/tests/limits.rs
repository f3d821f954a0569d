//! The limits counted while decoding (`read::map_only::from_str_within`) refuse what the check
//! of a parsed value (`read::check_limits`) refuses, so that the typed route never accepts a
//! text that the explaining route would refuse.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use proptest::prelude::*;
use serde_json::Value;

use crate::model::Document;
use crate::read::{check_limits, map_only::from_str_within};
use crate::{Limits, Options, Validator};

proptest! {
    /// On any value (no closed vocabulary in it), exactly the same refusals, whatever the limits.
    #[test]
    fn decoding_refuses_what_the_value_check_refuses(
        value in super::json_values(),
        max_depth in 1usize..10,
        max_items in 0usize..8,
    ) {
        let limits = Limits { max_depth, max_items, ..Limits::default() };
        let text = serde_json::to_string(&value).unwrap();
        prop_assert_eq!(
            from_str_within::<Value>(&text, &limits).is_err(),
            check_limits(&value, &limits).is_some()
        );
    }
}

/// The depth of `v`'s deepest container (1 for a top-level object) and its longest list.
fn extent(v: &Value, depth: usize) -> (usize, usize) {
    match v {
        Value::Array(items) => items.iter().fold((depth, items.len()), |(d, n), x| {
            let (dx, nx) = extent(x, depth + 1);
            (d.max(dx), n.max(nx))
        }),
        Value::Object(m) => m.values().fold((depth, 0), |(d, n), x| {
            let (dx, nx) = extent(x, depth + 1);
            (d.max(dx), n.max(nx))
        }),
        _ => (0, 0),
    }
}

#[test]
fn documents_at_their_limits_read_alike_on_both_routes() {
    // Every example and vector, with limits at, just below and just above its own depth and
    // longest list: a document the value check refuses is refused while decoding too, and
    // the report of its text is the explaining route's, line and column apart.
    let mut refused = 0;
    for doc in super::located::documents() {
        let (depth, items) = extent(&doc, 1);
        let text = serde_json::to_string_pretty(&doc).unwrap();
        for max_depth in [depth - 1, depth, depth + 1] {
            for max_items in [items.saturating_sub(1), items, items + 1] {
                if max_depth == 0 {
                    continue;
                }
                let limits = Limits {
                    max_depth,
                    max_items,
                    ..Limits::default()
                };
                if check_limits(&doc, &limits).is_some() {
                    refused += 1;
                    assert!(
                        from_str_within::<Document>(&text, &limits).is_err(),
                        "{max_depth} {max_items}\n{text}"
                    );
                }
                let v = Validator::new(Options {
                    as_of: Some(crate::Date::ymd(2020, 6, 30)),
                    limits: Some(limits),
                    ..Options::default()
                })
                .unwrap();
                let strip = |mut r: crate::Report| {
                    for d in &mut r.diagnostics {
                        d.line = None;
                        d.column = None;
                    }
                    r
                };
                assert_eq!(
                    strip(v.validate_str(&text)),
                    v.validate_value(doc.clone()),
                    "{max_depth} {max_items}\n{text}"
                );
            }
        }
    }
    assert!(refused > 100, "{refused}");
}
