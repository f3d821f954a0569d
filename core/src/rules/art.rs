//! ART-*: rules of the ART family (see `docs/rules/`).

use super::*;

/// The ART family.
pub static RULES: &[&Rule] = &[];
