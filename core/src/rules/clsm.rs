//! CLSM-*: rules of the CLSM family (see `docs/rules/`).

use super::*;

/// The CLSM family.
pub static RULES: &[&Rule] = &[];
