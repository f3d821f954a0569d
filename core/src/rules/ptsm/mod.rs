//! PTSM-*: projets territoriaux de santé mentale (L3221-2, R3224-1 ff. CSP).

use super::*;
use crate::model::{Document, DocumentKind, ProjetTerritorialSanteMentale, TypeTerritoire};
use crate::report::{Category, Severity};

mod ptsm_001;
mod ptsm_002;

pub use ptsm_001::PTSM_001;
pub use ptsm_002::PTSM_002;

/// The départements of each région (COG 2026; unchanged since the 2016 regions).
const REGIONS: &[(&str, &[&str])] = &[
    ("01", &["971"]),
    ("02", &["972"]),
    ("03", &["973"]),
    ("04", &["974"]),
    ("06", &["976"]),
    ("11", &["75", "77", "78", "91", "92", "93", "94", "95"]),
    ("24", &["18", "28", "36", "37", "41", "45"]),
    ("27", &["21", "25", "39", "58", "70", "71", "89", "90"]),
    ("28", &["14", "27", "50", "61", "76"]),
    ("32", &["02", "59", "60", "62", "80"]),
    (
        "44",
        &["08", "10", "51", "52", "54", "55", "57", "67", "68", "88"],
    ),
    ("52", &["44", "49", "53", "72", "85"]),
    ("53", &["22", "29", "35", "56"]),
    (
        "75",
        &[
            "16", "17", "19", "23", "24", "33", "40", "47", "64", "79", "86", "87",
        ],
    ),
    (
        "76",
        &[
            "09", "11", "12", "30", "31", "32", "34", "46", "48", "65", "66", "81", "82",
        ],
    ),
    (
        "84",
        &[
            "01", "03", "07", "15", "26", "38", "42", "43", "63", "69", "73", "74",
        ],
    ),
    ("93", &["04", "05", "06", "13", "83", "84"]),
    ("94", &["2A", "2B"]),
];

/// The départements of a région, if known.
pub fn departements_de(region: &str) -> Option<&'static [&'static str]> {
    REGIONS.iter().find(|(r, _)| *r == region).map(|(_, d)| *d)
}

/// What a PTSM covers: `Some(départements)` when every territory is a département or a région,
/// `None` when a territory cannot be mapped to départements.
fn covered(p: &ProjetTerritorialSanteMentale) -> Option<Vec<String>> {
    let mut v = Vec::new();
    for t in &p.territoires {
        let code = t.code.as_deref()?;
        match t.kind {
            TypeTerritoire::Departement => v.push(code.to_string()),
            TypeTerritoire::Region => {
                v.extend(departements_de(code)?.iter().map(|d| d.to_string()))
            }
            _ => return None,
        }
    }
    Some(v)
}

/// The PTSM family.
pub static RULES: &[&Rule] = &[&PTSM_001, &PTSM_002];
