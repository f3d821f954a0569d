//! GOV-*: rules of the GOV family (see `docs/rules/`).

use super::*;

/// The GOV family.
pub static RULES: &[&Rule] = &[];
