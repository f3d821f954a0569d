//! QVA-*: quartiers de veille active (loi 2014-173 art. 13).

use super::*;
use crate::model::{Document, DocumentKind, FondementVeille, TypeTerritoire, Vocabulary};
use crate::report::{Category, Severity};

mod qva_001;

pub use qva_001::QVA_001;

fn fondements() -> Vec<&'static str> {
    FondementVeille::ALL.iter().map(|f| f.word()).collect()
}

fn norm(s: &str) -> String {
    s.trim().to_lowercase()
}

/// The QVA family.
pub static RULES: &[&Rule] = &[&QVA_001];
