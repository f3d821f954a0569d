//! NPRU-*: rules of the NPRU family (see `docs/rules/`).

use super::*;

/// The NPRU family.
pub static RULES: &[&Rule] = &[];
