//! Errors for misuse (unreadable input, unknown option). An invalid document is not an error:
//! it gets a [`crate::Report`].

use thiserror::Error;

/// Misuse of the library.
#[derive(Debug, Error, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// An option has a value the library does not understand.
    #[error("option « {option} » invalide : {reason}")]
    Option {
        /// The option's name.
        option: String,
        /// Why.
        reason: String,
    },
    /// A rule code or prefix that matches no rule.
    #[error("aucune règle ne correspond à « {0} »")]
    UnknownRule(String),
    /// A file or stream could not be read.
    #[error("lecture impossible de « {path} » : {reason}")]
    Read {
        /// What was read.
        path: String,
        /// Why it failed.
        reason: String,
    },
    /// A document kind that does not exist.
    #[error("type de document inconnu « {0} »")]
    UnknownKind(String),
    /// Reference data that cannot be loaded or found.
    #[error("référentiel : {0}")]
    Referentiel(String),
    /// An analysis that cannot run on its input.
    #[error("analyse : {0}")]
    Analysis(String),
    /// A file could not be written (a workbook, say).
    #[error("écriture impossible : {0}")]
    Write(String),
}

impl Error {
    /// A stable machine code for the error family (used by the Python and JS wrappers).
    pub fn code(&self) -> &'static str {
        match self {
            Error::Option { .. } => "option",
            Error::UnknownRule(_) => "unknown_rule",
            Error::Read { .. } => "read",
            Error::UnknownKind(_) => "unknown_kind",
            Error::Referentiel(_) => "referentiel",
            Error::Analysis(_) => "analysis",
            Error::Write(_) => "write",
        }
    }
}
