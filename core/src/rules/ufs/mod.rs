//! UFS-*: urbanisme favorable à la santé (seed 000: Vitry-sur-Seine, 2020-2021).

use super::*;
use crate::model::{Document, DocumentKind, NatureDemarche, Scenario, ServiceCollectivite};
use crate::report::{Category, InForce, Severity};

mod ufs_001;

pub use ufs_001::UFS_001;

/// The UFS family.
pub static RULES: &[&Rule] = &[&UFS_001];
