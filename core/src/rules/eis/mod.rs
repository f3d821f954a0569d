//! EIS-*: évaluations d'impact sur la santé.

use super::*;
use crate::model::{Document, DocumentKind, NatureDemarche};
use crate::report::{Category, Severity};

mod eis_001;

pub use eis_001::EIS_001;

/// The EIS family.
pub static RULES: &[&Rule] = &[&EIS_001];
