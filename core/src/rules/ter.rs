//! TER-*: rules of the TER family (see `docs/rules/`).

use super::*;

/// The TER family.
pub static RULES: &[&Rule] = &[];
