//! CLSM-*: conseils locaux de santé mentale (instruction 2016, référentiel national 2025).

use super::*;
use crate::model::{Document, DocumentKind, ObjectifClsm, TypeTerritoire};
use crate::report::{Category, Severity};

mod clsm_001;
mod clsm_002;
mod clsm_003;

pub use clsm_001::CLSM_001;
pub use clsm_002::CLSM_002;
pub use clsm_003::CLSM_003;

/// The CLSM family.
pub static RULES: &[&Rule] = &[&CLSM_001, &CLSM_002, &CLSM_003];
