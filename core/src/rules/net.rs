//! NET-*: rules of the NET family (see `docs/rules/`).

use super::*;

/// The NET family.
pub static RULES: &[&Rule] = &[];
