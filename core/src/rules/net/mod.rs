//! NET-*: networks of local authorities (Villes-Santé OMS…).

use super::*;
use crate::model::{Document, DocumentKind, NatureReseau};
use crate::report::{Category, Severity};

mod net_001;

pub use net_001::NET_001;

/// The NET family.
pub static RULES: &[&Rule] = &[&NET_001];
