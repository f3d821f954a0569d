//! AR-*: rules of the AR family (see `docs/rules/`).

use super::*;

/// The AR family.
pub static RULES: &[&Rule] = &[];
