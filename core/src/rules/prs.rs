//! PRS-*: rules of the PRS family (see `docs/rules/`).

use super::*;

/// The PRS family.
pub static RULES: &[&Rule] = &[];
