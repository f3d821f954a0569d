//! `territoire_sante._core`: the Python binding of the `territoire-sante` crate.
//!
//! Only conversion lives here. Values cross the boundary as JSON text (the core's wire format,
//! which Python's C-accelerated `json` module reads and writes quickly); every rule, message and
//! export is computed by the core. Errors of the core become the exception classes of
//! `territoire_sante.errors`, chosen by [`Error::code`].

use pyo3::exceptions::{PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyDict;
use serde_json::Value;
use territoire_sante::report::Report;
use territoire_sante::{api, Error, Locale, Validator};

/// Turns a core error into the matching `territoire_sante.errors` exception, with its fields
/// as attributes (the family code picks the class on the Python side).
fn core_error(py: Python<'_>, e: &Error) -> PyErr {
    let build = || -> PyResult<PyErr> {
        let details = PyDict::new(py);
        match e {
            Error::Option { option, reason } => {
                details.set_item("option", option)?;
                details.set_item("reason", reason)?;
            }
            Error::UnknownRule(code) => details.set_item("rule", code)?,
            Error::Read { path, reason } => {
                details.set_item("path", path)?;
                details.set_item("reason", reason)?;
            }
            Error::UnknownKind(kind) => details.set_item("kind", kind)?,
            Error::Referentiel(reason) | Error::Analysis(reason) => {
                details.set_item("reason", reason)?;
            }
            // Families added to the core later still map by code, with the message only.
            _ => {}
        }
        let factory = py
            .import("territoire_sante.errors")?
            .getattr("_from_core")?;
        let exc = factory.call1((e.code(), e.to_string(), details))?;
        Ok(PyErr::from_value(exc))
    };
    // Should the façade be missing (the extension imported alone), keep the message.
    build().unwrap_or_else(|_| PyRuntimeError::new_err(e.to_string()))
}

fn parse_json(text: &str, what: &str) -> PyResult<Value> {
    serde_json::from_str(text)
        .map_err(|e| PyValueError::new_err(format!("{what} : JSON invalide ({e})")))
}

fn to_text(v: &impl serde::Serialize) -> PyResult<String> {
    serde_json::to_string(v).map_err(|e| PyRuntimeError::new_err(e.to_string()))
}

/// A compiled validator (the core's [`Validator`]); reusable and shareable across threads.
#[pyclass(module = "territoire_sante._core", name = "Validator", frozen)]
struct PyValidator {
    inner: Validator,
}

#[pymethods]
impl PyValidator {
    /// Builds a validator from its options as JSON text (`{"as_of": "2020-06-30", "lang": "en"}`).
    #[new]
    fn new(py: Python<'_>, options_json: String) -> PyResult<Self> {
        let options = parse_json(&options_json, "options")?;
        api::validator_from_value(options)
            .map(|inner| PyValidator { inner })
            .map_err(|e| core_error(py, &e))
    }

    /// The date at which the law is applied (`AAAA-MM-JJ`).
    #[getter]
    fn as_of(&self) -> String {
        self.inner.as_of().to_string()
    }

    /// The language of messages (`fr` or `en`).
    #[getter]
    fn lang(&self) -> &'static str {
        self.inner.locale().code()
    }

    /// The codes of the rules this validator runs, in catalogue order.
    fn rule_codes(&self) -> Vec<&'static str> {
        self.inner.rules().iter().map(|r| r.code).collect()
    }

    /// Validates JSON text (first laid out as the core writes JSON when `reformat`); returns the
    /// report as JSON text.
    #[pyo3(signature = (text, reformat = false))]
    fn validate_str(&self, py: Python<'_>, text: String, reformat: bool) -> PyResult<String> {
        let report = py.detach(|| {
            let text = if reformat { pretty(text) } else { text };
            self.inner.validate_str(&text)
        });
        to_text(&report)
    }

    /// Validates many (text, reformat) pairs without holding the GIL (the core spreads them over
    /// threads); returns one JSON report per text, in input order.
    fn validate_many(&self, py: Python<'_>, items: Vec<(String, bool)>) -> PyResult<Vec<String>> {
        py.detach(|| {
            let texts: Vec<String> = items
                .into_iter()
                .map(|(t, reformat)| if reformat { pretty(t) } else { t })
                .collect();
            self.inner
                .validate_many(&texts)
                .iter()
                .map(serde_json::to_string)
                .collect::<Result<Vec<_>, _>>()
        })
        .map_err(|e| PyRuntimeError::new_err(e.to_string()))
    }
}

/// Lays out JSON text as the core writes a JSON value (two-space indent, keys sorted), so that a
/// Python dict is validated exactly as the same value is in Rust, lines and columns included.
/// Text the core cannot hold as a value (too deep) is kept as it is: validation reports it.
fn pretty(text: String) -> String {
    match serde_json::from_str::<Value>(&text) {
        Ok(v) => serde_json::to_string_pretty(&v).unwrap_or(text),
        Err(_) => text,
    }
}

/// The layout [`PyValidator::validate_str`] gives a Python value (see [`pretty`]).
#[pyfunction]
fn pretty_json(py: Python<'_>, text: String) -> String {
    py.detach(|| pretty(text))
}

fn locale_arg(args: &Value) -> Result<Locale, String> {
    match args.get("lang") {
        None | Some(Value::Null) => Ok(Locale::default()),
        Some(Value::String(s)) => {
            Locale::parse(s).ok_or_else(|| format!("langue inconnue « {s} » (fr ou en)"))
        }
        Some(_) => Err("« lang » doit être une chaîne".into()),
    }
}

fn str_arg<'a>(args: &'a Value, name: &str) -> Result<&'a str, String> {
    args.get(name)
        .and_then(Value::as_str)
        .ok_or_else(|| format!("argument « {name} » attendu (chaîne)"))
}

/// Why a [`dispatch`] failed.
enum CallError {
    Core(Error),
    UnknownFunction(String),
    BadArgument(String),
}

impl From<Error> for CallError {
    fn from(e: Error) -> Self {
        CallError::Core(e)
    }
}

fn report_arg(args: &Value) -> Result<Report, CallError> {
    let v = args
        .get("report")
        .cloned()
        .ok_or_else(|| CallError::BadArgument("argument « report » attendu".into()))?;
    serde_json::from_value(v)
        .map_err(|e| CallError::BadArgument(format!("rapport illisible : {e}")))
}

fn value_of(v: &impl serde::Serialize) -> Result<Value, CallError> {
    serde_json::to_value(v).map_err(|e| CallError::BadArgument(e.to_string()))
}

/// The JSON twins of the core's entry points, by name. A new one (référentiel lookup, analysis)
/// is one arm here and one function in the façade.
fn dispatch(name: &str, args: &Value) -> Result<Value, CallError> {
    let bad = CallError::BadArgument;
    Ok(match name {
        "about" => api::about(),
        "rules" => value_of(&api::rules(locale_arg(args).map_err(bad)?))?,
        "explain" => value_of(&api::explain(
            str_arg(args, "code").map_err(bad)?,
            locale_arg(args).map_err(bad)?,
        )?)?,
        "schema" => api::schema(str_arg(args, "kind").map_err(bad)?)?,
        "report.fhir" => report_arg(args)?.to_fhir(),
        "report.sarif" => report_arg(args)?.to_sarif(str_arg(args, "uri").map_err(bad)?),
        other => return Err(CallError::UnknownFunction(other.to_string())),
    })
}

/// Calls the core's JSON twin `name` with `args_json` (a JSON object); returns JSON text.
#[pyfunction]
fn call(py: Python<'_>, name: String, args_json: String) -> PyResult<String> {
    let args = parse_json(&args_json, "arguments")?;
    match dispatch(&name, &args) {
        Ok(v) => to_text(&v),
        Err(CallError::Core(e)) => Err(core_error(py, &e)),
        Err(CallError::UnknownFunction(n)) => Err(PyValueError::new_err(format!(
            "fonction inconnue du cœur « {n} »"
        ))),
        Err(CallError::BadArgument(m)) => Err(PyTypeError::new_err(m)),
    }
}

/// The extension module.
#[pymodule]
fn _core(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_class::<PyValidator>()?;
    m.add_function(wrap_pyfunction!(call, m)?)?;
    m.add_function(wrap_pyfunction!(pretty_json, m)?)?;
    Ok(())
}
