//! Tests of the crate's internals (the decoder, the pointer module) on the shared vectors and
//! examples; the integration tests in `core/tests/` see only the public API.

// The integration tests' helpers, shared rather than copied.
#[path = "../../tests/support/mod.rs"]
mod support;

mod limits;
mod located;

use proptest::prelude::*;
use serde_json::Value;

/// JSON values of every kind: strings with quotes, backslashes, control characters and
/// non-ASCII letters, numbers of every sign and size, nesting up to eight levels.
pub(crate) fn json_values() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        "[a-zé\"\\\\\u{0}-\u{1f}\u{7f}€𝄞 ]{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(8, 256, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map("[a-z\"\u{1}é]{0,6}", inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}
