//! DOC-*: reading the document (syntax, types, fields, vocabularies, dates, limits). These are
//! emitted by the engine before any other rule; a `fatal` finding means no other rule ran.

use super::*;
use crate::report::{Category, InForce, Severity};

mod doc_001;
mod doc_002;
mod doc_003;
mod doc_004;
mod doc_005;
mod doc_006;
mod doc_007;
mod doc_008;
mod doc_009;
mod doc_010;
mod doc_011;
mod doc_012;

pub use doc_001::DOC_001;
pub use doc_002::DOC_002;
pub use doc_003::DOC_003;
pub use doc_004::DOC_004;
pub use doc_005::DOC_005;
pub use doc_006::DOC_006;
pub use doc_007::DOC_007;
pub use doc_008::DOC_008;
pub use doc_009::DOC_009;
pub use doc_010::DOC_010;
pub use doc_011::DOC_011;
pub use doc_012::DOC_012;

/// A DOC rule: fatal, as a document that cannot be read cannot be judged.
const fn engine(
    code: &'static str,
    category: Category,
    sources: &'static [Source],
    title: Text,
    message: Text,
    help: Text,
    description: Text,
) -> Rule {
    EngineRule {
        code,
        severity: Severity::Fatal,
        category,
        sources,
        title,
        message,
        help,
        description,
    }
    .rule()
}

/// The DOC family.
pub static RULES: &[&Rule] = &[
    &DOC_001, &DOC_002, &DOC_003, &DOC_004, &DOC_005, &DOC_006, &DOC_007, &DOC_008, &DOC_009,
    &DOC_010, &DOC_011, &DOC_012,
];
