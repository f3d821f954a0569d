//! # territoire-sante
//!
//! Models French territorial health governance — contrats locaux de santé (CLS), conseils
//! locaux de santé mentale (CLSM), ateliers santé ville (ASV), contrats de ville and their volet
//! santé, conseils territoriaux de santé (CTS), conseils citoyens, networks of local
//! authorities, accompaniment processes — and validates documents describing them against the
//! law and official guidance, with diagnostics that explain themselves: where (JSON Pointer,
//! line and column), what (a stable code, a message in French or English), why (the legal
//! source and the in-force period) and what to do.
//!
//! ```
//! use territoire_sante::{Date, Options, Validator};
//!
//! let validator = Validator::new(Options {
//!     as_of: Some(Date::ymd(2016, 6, 30)),
//!     ..Options::default()
//! })?;
//! let report = validator.validate_str(r#"{
//!   "type": "contrat_local_sante",
//!   "nom": "CLS de Château-Thierry",
//!   "acteurs": [{"id": "ville", "nom": "Ville de Château-Thierry", "nature": "commune"}],
//!   "signataires": [{"acteur": "ville", "date_signature": "2015-12-17"}],
//!   "date_signature": "2015-12-17",
//!   "nombre_partenaires": 1
//! }"#);
//! // The list is whole (one partner, one signatory) and lacks the ARS: a contradiction.
//! assert!(!report.valid);
//! let d = report.diagnostics.iter().find(|d| d.code == "CLS-001").unwrap();
//! assert_eq!((d.line, d.column), (Some(5), Some(18)));
//! assert!(d.message.contains("l'ARS"));
//! # Ok::<(), territoire_sante::Error>(())
//! ```
//!
//! Invalid documents are data: validation always returns a [`Report`]. [`Error`] is for misuse
//! (an unknown rule code, an unreadable file).

pub mod analysis;
pub mod api;
pub mod batch;
pub mod date;
pub(crate) mod engine;
pub mod error;
pub mod export;
pub mod input;
pub mod law;
pub mod model;
pub mod params;
pub(crate) mod pointer;
pub mod privacy;
pub(crate) mod read;
pub mod referentiel;
pub mod report;
pub mod rules;
pub mod schema;
#[cfg(feature = "tableur")]
pub mod tableur;
#[cfg(test)]
mod tests;

// The crate's own tests name it as its users do (`territoire_sante::…`).
#[cfg(test)]
extern crate self as territoire_sante;

pub use date::Date;
pub use engine::{Options, Validator};
pub use error::Error;
pub use model::{Document, DocumentKind};
pub use read::limits::Limits;
pub use report::{Category, Diagnostic, Locale, Report, Severity};
