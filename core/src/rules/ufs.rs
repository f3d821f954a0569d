//! UFS-*: rules of the UFS family (see `docs/rules/`).

use super::*;

/// The UFS family.
pub static RULES: &[&Rule] = &[];
