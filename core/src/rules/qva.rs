//! QVA-*: rules of the QVA family (see `docs/rules/`).

use super::*;

/// The QVA family.
pub static RULES: &[&Rule] = &[];
