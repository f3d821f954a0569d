//! Reading a document: JSON text or a value → a typed [`Document`], or `DOC-*` findings that say
//! in plain words what could not be read, and where. Everything between the input and the rules
//! is here; the engine asks [`text`] or [`value`] for a [`Read`], runs the rules on what it
//! holds, then has the findings placed in the text ([`locate_each`]).
//!
//! - [`map_only`]: the typed decoder's wrapper (structs read from objects only) that also
//!   counts the [`Limits`] while decoding;
//! - [`fault`]: serde's errors as a typed [`FaultKind`], the one place that reads their wording;
//! - [`finding`]: a fault as a finding, at the JSON Pointer of the value at fault;
//! - [`value`]: the route that explains, a value read into a document member by member;
//! - [`locate`]: between JSON Pointers and places in the text, both ways;
//! - [`scan`]: the byte scanner under the walks of `locate`;
//! - [`limits`]: the [`Limits`] and their check of a value.
//!
//! Bytes, files and streams become text in [`crate::input`] (public: the loaders use it too).
#![allow(clippy::result_large_err)] // Findings are built once per unreadable document; boxing buys nothing.

pub(crate) mod fault;
pub(crate) mod finding;
pub(crate) mod limits;
pub(crate) mod locate;
pub(crate) mod map_only;
pub(crate) mod scan;
pub(crate) mod value;

use serde_json::Value;

pub(crate) use fault::FaultKind;
pub(crate) use finding::{quotable, quoted, read_located, Issue};
pub(crate) use limits::check_limits;
pub use limits::Limits;
pub(crate) use locate::{locate, locate_each, Position};
pub(crate) use map_only::{from_str, MapOnly};
pub(crate) use value::Decoded;

use crate::model::Document;
use crate::report::Locale;
use crate::rules::{doc, Finding};

/// What reading an input gave.
pub(crate) enum Read {
    /// A document read straight into its typed form (the usual case).
    Document(Document),
    /// A value read member by member: the document or portfolio header when readable, what
    /// could not be read, and which of a portfolio's documents were kept.
    Explained(Decoded),
    /// Nothing readable: one finding, with its line and column when read from text.
    Unreadable {
        /// The finding.
        issue: Issue,
        /// Line and column, for text.
        at: Option<Position>,
    },
}

/// Reads JSON text within `limits`.
///
/// A text that reads as a document within the limits goes straight to its typed form, the
/// limits counted while decoding; anything else is parsed as a value, so that [`value`] can say
/// what is wrong and where (or [`finding::unparsed`], for text that is not JSON).
pub(crate) fn text(text: &str, limits: &Limits, locale: Locale) -> Read {
    if text.len() > limits.max_bytes {
        return Read::Unreadable {
            issue: (
                &doc::DOC_009,
                Finding::at("")
                    .param("size", text.len())
                    .param("limit", limits.max_bytes)
                    .parameter("max_bytes", limits.max_bytes),
            ),
            at: Some((1, 1)),
        };
    }
    if let Ok(doc) = map_only::from_str_within::<Document>(text, limits) {
        // A portfolio inside a portfolio is refused by the explaining route.
        if !nests_portfolios(&doc) {
            return Read::Document(doc);
        }
    }
    if text.starts_with('\u{feff}') {
        // Editors on Windows put a byte order mark first; JSON (RFC 8259 § 8.1) forbids it.
        return Read::Unreadable {
            issue: (
                &doc::DOC_001,
                Finding::at("").param("error", "bom").variant("bom"),
            ),
            at: Some((1, 1)),
        };
    }
    match serde_json::from_str::<Value>(text) {
        Ok(v) => value(v, limits, locale),
        Err(e) => {
            let (issue, at) = finding::unparsed(&fault::Fault::syntax_of(&e), limits.max_depth);
            Read::Unreadable {
                issue,
                at: Some(at),
            }
        }
    }
}

/// Reads a JSON value within `limits` (its size is the caller's to check): a portfolio keeps
/// the documents that can be read, and every failure is a finding at its JSON Pointer.
pub(crate) fn value(v: Value, limits: &Limits, locale: Locale) -> Read {
    match check_limits(&v, limits) {
        Some(issue) => Read::Unreadable { issue, at: None },
        None => Read::Explained(value::document(v, locale)),
    }
}

/// Whether `doc` is a portfolio holding a portfolio.
fn nests_portfolios(doc: &Document) -> bool {
    match doc {
        Document::Portefeuille(p) => p
            .documents
            .iter()
            .any(|d| matches!(d, Document::Portefeuille(_))),
        _ => false,
    }
}
