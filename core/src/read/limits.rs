//! The limits on what the engine agrees to read, checked while decoding text (see
//! [`super::map_only`]) and by one walk over a value ([`check_limits`]), so that a huge or deeply
//! nested input costs no more than the limits allow and is refused with a located finding.

use serde_json::Value;

use super::finding::Issue;
use crate::pointer;
use crate::rules::{doc, Finding};

/// Limits on what the engine agrees to read.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, schemars::JsonSchema,
)]
#[serde(default, deny_unknown_fields)]
pub struct Limits {
    /// Largest text, in bytes (default 16 MiB).
    pub max_bytes: usize,
    /// Deepest nesting of arrays and objects (default 64; at most 120).
    pub max_depth: usize,
    /// Longest list (default 100,000 items).
    pub max_items: usize,
    /// Most findings reported for one document, a portfolio's documents each counting on
    /// their own (default 1,000); those beyond are counted in a `DOC-012` finding.
    pub max_findings_per_document: usize,
    /// Most findings in one report (default 1,000,000); those beyond are counted in a
    /// `DOC-012` finding.
    pub max_findings: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_bytes: 16 * 1024 * 1024,
            max_depth: 64,
            max_items: 100_000,
            max_findings_per_document: 1_000,
            max_findings: 1_000_000,
        }
    }
}

/// Checks nesting depth and list lengths without recursion.
pub(crate) fn check_limits(v: &Value, limits: &Limits) -> Option<Issue> {
    let mut stack: Vec<(&Value, usize, String)> = vec![(v, 1, String::new())];
    while let Some((v, depth, path)) = stack.pop() {
        if depth > limits.max_depth {
            return Some((
                &doc::DOC_008,
                Finding::at(path)
                    .param("limit", limits.max_depth)
                    .parameter("max_depth", limits.max_depth),
            ));
        }
        match v {
            Value::Array(a) => {
                if a.len() > limits.max_items {
                    return Some((
                        &doc::DOC_010,
                        Finding::at(path)
                            .param("count", a.len())
                            .param("limit", limits.max_items)
                            .parameter("max_items", limits.max_items),
                    ));
                }
                for (i, x) in a.iter().enumerate() {
                    if x.is_array() || x.is_object() {
                        stack.push((x, depth + 1, pointer::push_index(&path, i)));
                    }
                }
            }
            Value::Object(m) => {
                for (k, x) in m {
                    if x.is_array() || x.is_object() {
                        stack.push((x, depth + 1, pointer::push(&path, k)));
                    }
                }
            }
            _ => {}
        }
    }
    None
}
