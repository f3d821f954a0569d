//! PTSM-*: rules of the PTSM family (see `docs/rules/`).

use super::*;

/// The PTSM family.
pub static RULES: &[&Rule] = &[];
