//! EIS-*: rules of the EIS family (see `docs/rules/`).

use super::*;

/// The EIS family.
pub static RULES: &[&Rule] = &[];
