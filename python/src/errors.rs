//! Core errors → the exceptions of `territoire_sante.errors`, raised from here.
//!
//! The classes are declared in Python (each derives from a built-in exception as well, such as
//! `ValueError` or `LookupError`, and pickles with its fields, which a class made in Rust cannot
//! offer under the stable ABI); this module picks the class for a core error and fills its fields.

use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;
use pyo3::types::PyDict;

use territoire_sante::Error;

/// The exception class for a core error family.
fn class_name(code: &str) -> &'static str {
    match code {
        "option" => "OptionError",
        "unknown_rule" => "UnknownRuleError",
        "unknown_kind" => "UnknownKindError",
        "read" => "DocumentReadError",
        "referentiel" => "ReferentielError",
        "analysis" => "AnalysisError",
        _ => "TerritoireSanteError",
    }
}

/// Builds the exception of `territoire_sante.errors` named `class` with `message` and the
/// keyword arguments `fields`.
pub(crate) fn raise(
    py: Python<'_>,
    class: &str,
    message: String,
    fields: &[(&str, Option<String>)],
) -> PyErr {
    let build = || -> PyResult<PyErr> {
        let kwargs = PyDict::new(py);
        for (k, v) in fields {
            kwargs.set_item(*k, v)?;
        }
        let cls = py.import("territoire_sante.errors")?.getattr(class)?;
        Ok(PyErr::from_value(
            cls.call((message.clone(),), Some(&kwargs))?,
        ))
    };
    // Should the package be missing (the extension imported alone), keep the message.
    build().unwrap_or_else(|_| PyRuntimeError::new_err(message.clone()))
}

/// The exception for a core error, with its fields as attributes.
pub(crate) fn core_error(py: Python<'_>, e: &Error) -> PyErr {
    let s = |v: &str| Some(v.to_string());
    let fields: Vec<(&str, Option<String>)> = match e {
        Error::Option { option, reason } => vec![("option", s(option)), ("reason", s(reason))],
        Error::UnknownRule(code) => vec![("rule", s(code))],
        Error::Read { path, reason } => vec![("path", s(path)), ("reason", s(reason))],
        Error::UnknownKind(kind) => vec![("kind", s(kind))],
        Error::Referentiel(reason) | Error::Analysis(reason) => vec![("reason", s(reason))],
        // Families added to the core later still map by code, with the message only.
        _ => Vec::new(),
    };
    let err = raise(py, class_name(e.code()), e.to_string(), &fields);
    if class_name(e.code()) == "TerritoireSanteError" {
        // The family's code on the base class, as the specific classes carry theirs.
        let _ = err.value(py).setattr("code", e.code());
    }
    err
}
