//! TAB-*: reading a spreadsheet (module [`crate::tableur`], feature `tableur`). Like the DOC-*
//! rules, they are the engine's own reading rules, emitted while a sheet is read, before any rule
//! of law runs; they rest on this library's conventions (its JSON Schemas, ISO 8601, the COG),
//! never on a legal text. A cell, row or file that cannot be read is fatal, as a value of the
//! wrong type is in a JSON document (DOC-004): the rest of the sheet is still read and checked,
//! so that every problem shows at once. A value read in part, or kept without its code, is a
//! warning. The rules are in the catalogue of the builds that read spreadsheets (feature
//! `tableur`: the command line, the Python wheel, the spreadsheet WebAssembly module); the main
//! WebAssembly module, which cannot read a sheet, leaves them out for its size budget.

use super::*;
use crate::report::{Category, Severity};

mod tab_001;
mod tab_002;
mod tab_004;
mod tab_005;
mod tab_006;
mod tab_007;
mod tab_008;
mod tab_009;
mod tab_010;
mod tab_011;

pub use tab_001::TAB_001;
pub use tab_002::TAB_002;
pub use tab_004::TAB_004;
pub use tab_005::TAB_005;
pub use tab_006::TAB_006;
pub use tab_007::TAB_007;
pub use tab_008::TAB_008;
pub use tab_009::TAB_009;
pub use tab_010::TAB_010;
pub use tab_011::TAB_011;

/// The TAB family.
pub static RULES: &[&Rule] = &[
    &TAB_001, &TAB_002, &TAB_004, &TAB_005, &TAB_006, &TAB_007, &TAB_008, &TAB_009, &TAB_010,
    &TAB_011,
];
