//! CLSM-*: conseils locaux de santé mentale (instruction 2016, référentiel national 2025).

use super::gov::INSTRUCTION_CLSM_2016;
use super::*;
use crate::model::{Document, DocumentKind, ObjectifClsm, TypeTerritoire};
use crate::report::{Category, InForce, Severity};

mod clsm_001;
mod clsm_002;
mod clsm_003;

pub use clsm_001::CLSM_001;
pub use clsm_002::CLSM_002;
pub use clsm_003::CLSM_003;

/// The 2025 national referential.
const REFERENTIEL_2025: Source = Source::new(
    SourceKind::Circulaire,
    "Instruction DGS/SP4/2025/8 du 13 mai 2025, référentiel national des CLSM (Maire-info)",
    Some("https://www.maire-info.com/sante-publique/le-gouvernement-publie-un-referentiel-national-conseils-locaux-sante-mentale-article-29699"),
);

/// The CLSM family.
pub static RULES: &[&Rule] = &[&CLSM_001, &CLSM_002, &CLSM_003];
