//! NPRU-*: projects of the nouveau programme national de renouvellement urbain.

use super::util;
use super::*;
use crate::model::{Document, DocumentKind, NatureActeur, TypeTerritoire};
use crate::report::{Category, Severity};

mod npru_001;

pub use npru_001::NPRU_001;

/// A required signatory: key, French and English labels, and how to recognise its nature.
type Wanted = (
    &'static str,
    &'static str,
    &'static str,
    fn(&NatureActeur) -> bool,
);

/// Whether a `projet_urbain.nature` names an NPNRU project.
pub fn is_npru(nature: &str) -> bool {
    matches!(
        nature.trim().to_lowercase().as_str(),
        "npru" | "npnru" | "nprnu" | "pru"
    )
}

/// The NPRU family.
pub static RULES: &[&Rule] = &[&NPRU_001];
