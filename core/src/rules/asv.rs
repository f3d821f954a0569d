//! ASV-*: rules of the ASV family (see `docs/rules/`).

use super::*;

/// The ASV family.
pub static RULES: &[&Rule] = &[];
