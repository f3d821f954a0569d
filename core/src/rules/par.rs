//! PAR-*: rules of the PAR family (see `docs/rules/`).

use super::*;

/// The PAR family.
pub static RULES: &[&Rule] = &[];
