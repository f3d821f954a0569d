//! `territoire_sante._core`: the Python binding of the `territoire-sante` crate.
//!
//! Only conversion lives here. Values cross the boundary as JSON text (the core's wire format,
//! which Python's C-accelerated `json` module reads and writes quickly), except reports: they
//! stay the core's [`Report`], whose summary Python reads directly and whose JSON text is made
//! only when asked for. Every rule, message and export is computed by the core. Errors of the
//! core become the exception classes of `territoire_sante.errors`, chosen by [`Error::code`].

use pyo3::exceptions::{PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyBytes, PyDict, PyFloat, PyInt, PyList, PyString};
use serde_json::Value;
use std::sync::Arc;

use territoire_sante::api::analysis as analyses;
use territoire_sante::api::referentiel as refapi;
use territoire_sante::referentiel::Referentiel;
use territoire_sante::report::Report;
use territoire_sante::{api, input, tableur, Date, Error, Locale, Validator};

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
    /// Builds a validator from its options as JSON text (`{"as_of": "2020-06-30", "lang": "en"}`)
    /// and, optionally, the référentiel to check codes against (default: the embedded one).
    #[new]
    #[pyo3(signature = (options_json, referentiel = None))]
    fn new(
        py: Python<'_>,
        options_json: String,
        referentiel: Option<&PyReferentiel>,
    ) -> PyResult<Self> {
        let options = parse_json(&options_json, "options")?;
        let mut options = api::options_from_value(options).map_err(|e| core_error(py, &e))?;
        if let Some(r) = referentiel {
            options.referentiel = Some(Arc::clone(&r.inner));
        }
        Validator::new(options)
            .map(|inner| PyValidator { inner })
            .map_err(|e| core_error(py, &e))
    }

    /// Vintage of the référentiel the validator checks codes against, if any.
    #[getter]
    fn referentiel(&self) -> Option<String> {
        self.inner.referentiel().map(|r| r.vintage.clone())
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

    /// Validates JSON text; returns the core's report (its JSON text on demand).
    fn validate_str(&self, py: Python<'_>, text: String) -> PyReport {
        let inner = py.detach(|| self.inner.validate_str(&text));
        PyReport { inner }
    }

    /// Validates UTF-8 bytes (text that is not UTF-8, or UTF-16, gets a `DOC-011` report).
    fn validate_bytes(&self, py: Python<'_>, data: Vec<u8>) -> PyReport {
        let inner = py.detach(|| self.inner.validate_bytes(&data));
        PyReport { inner }
    }

    /// Validates the file at `path`, read by the core within the limits (a missing file, a
    /// directory, text that is not UTF-8 gets a `DOC-011` report).
    fn validate_path(&self, py: Python<'_>, path: String) -> PyReport {
        let inner = py.detach(|| self.inner.validate_path(std::path::Path::new(&path)));
        PyReport { inner }
    }

    /// The report of a value Python could not convert to JSON, by the reason's code
    /// (`too_deep`, `not_finite`, `cycle`, `lone_surrogate`, `unsupported_type`) and the JSON
    /// Pointer of the culprit (`""` when unknown).
    fn unreadable(&self, code: &str, path: &str) -> PyReport {
        PyReport {
            inner: self.inner.unreadable_value(code, path),
        }
    }

    /// Validates many JSON texts without holding the GIL (the core spreads them over threads);
    /// returns one report per text, in input order.
    fn validate_many(&self, py: Python<'_>, texts: Vec<String>) -> Vec<PyReport> {
        py.detach(|| self.inner.validate_many(&texts))
            .into_iter()
            .map(|inner| PyReport { inner })
            .collect()
    }
}

/// The core's report of one document. The summary (validity, counts, codes…) is read from it
/// directly; the whole report crosses to Python only as JSON text, when asked for.
#[pyclass(module = "territoire_sante._core", name = "Report", frozen)]
struct PyReport {
    inner: Report,
}

#[pymethods]
impl PyReport {
    /// Conformity: no fatal finding and no error (elements not described never count).
    #[getter]
    fn valid(&self) -> bool {
        self.inner.valid
    }

    /// Completeness: no element « à compléter » (category `incomplete`).
    #[getter]
    fn complete(&self) -> bool {
        self.inner.complete
    }

    /// Required elements examined and, of those, described: `{"required", "described", "ratio"}`.
    #[getter]
    fn completeness<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let c = &self.inner.completeness;
        let out = PyDict::new(py);
        out.set_item("required", c.required)?;
        out.set_item("described", c.described)?;
        out.set_item("ratio", c.ratio())?;
        Ok(out)
    }

    /// Date at which the law was applied (`AAAA-MM-JJ`).
    #[getter]
    fn as_of(&self) -> String {
        self.inner.as_of.to_string()
    }

    /// Language of the messages (`fr` or `en`).
    #[getter]
    fn locale(&self) -> &'static str {
        self.inner.locale.code()
    }

    /// The document's `"type"`, when it could be read.
    #[getter]
    fn document_type(&self) -> Option<&str> {
        self.inner.document_type.as_deref()
    }

    /// The document's identifier, when it has one.
    #[getter]
    fn document_id(&self) -> Option<&str> {
        self.inner.document_id.as_deref()
    }

    /// Vintage of the référentiel used, when one was.
    #[getter]
    fn referentiel(&self) -> Option<&str> {
        self.inner.referentiel.as_deref()
    }

    /// Number of findings per severity, in the report's order (`fatal` … `information`).
    #[getter]
    fn counts<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let c = &self.inner.counts;
        let out = PyDict::new(py);
        out.set_item("fatal", c.fatal)?;
        out.set_item("error", c.error)?;
        out.set_item("warning", c.warning)?;
        out.set_item("information", c.information)?;
        Ok(out)
    }

    /// The codes of the findings, in report order.
    fn codes(&self) -> Vec<&str> {
        self.inner.codes()
    }

    /// Whether a finding with this code is present.
    fn has(&self, code: &str) -> bool {
        self.inner.has(code)
    }

    /// Number of findings.
    fn __len__(&self) -> usize {
        self.inner.diagnostics.len()
    }

    /// The report as the core's JSON text (compact).
    fn to_json(&self, py: Python<'_>) -> PyResult<String> {
        py.detach(|| serde_json::to_string(&self.inner))
            .map_err(|e| PyRuntimeError::new_err(e.to_string()))
    }
}

/// Reference data of one vintage (the core's [`Referentiel`]), shared, immutable.
#[pyclass(module = "territoire_sante._core", name = "Referentiel", frozen)]
struct PyReferentiel {
    inner: Arc<Referentiel>,
}

#[pymethods]
impl PyReferentiel {
    /// The embedded référentiel, or `None` when the core was built without it.
    #[staticmethod]
    fn embedded() -> Option<PyReferentiel> {
        territoire_sante::referentiel::default_shared().map(|inner| PyReferentiel { inner })
    }

    /// Reads the compact format (the embedded data's, `core/data/referentiel.tsv`).
    #[staticmethod]
    fn from_compact(py: Python<'_>, text: String) -> PyResult<PyReferentiel> {
        py.detach(|| Referentiel::from_compact(&text))
            .map(|r| PyReferentiel { inner: Arc::new(r) })
            .map_err(|e| core_error(py, &e))
    }

    /// Reads the `data/` folder of the npm package `@etalab/decoupage-administratif`
    /// (`vintage` labels it, `vintage_date` is `AAAA-MM-JJ`); no contrats de ville nor QPV.
    #[staticmethod]
    #[pyo3(signature = (path, vintage, vintage_date = None))]
    fn from_cog_dir(
        py: Python<'_>,
        path: String,
        vintage: String,
        vintage_date: Option<String>,
    ) -> PyResult<PyReferentiel> {
        let date = match vintage_date {
            None => None,
            Some(d) => Some(d.parse::<Date>().map_err(|_| {
                core_error(
                    py,
                    &Error::Option {
                        option: "vintage_date".into(),
                        reason: format!("date invalide « {d} » (AAAA-MM-JJ attendu)"),
                    },
                )
            })?),
        };
        py.detach(|| Referentiel::from_cog_dir(&path, &vintage, date))
            .map(|r| PyReferentiel { inner: Arc::new(r) })
            .map_err(|e| core_error(py, &e))
    }

    /// A copy with the QPV of an ANCT GeoJSON (text) added; with `nationale`, the list counts
    /// as complete for every département.
    #[pyo3(signature = (text, nationale = false))]
    fn with_qpv_geojson(
        &self,
        py: Python<'_>,
        text: String,
        nationale: bool,
    ) -> PyResult<PyReferentiel> {
        py.detach(|| {
            self.inner
                .as_ref()
                .clone()
                .with_qpv_geojson(&text, nationale)
        })
        .map(|r| PyReferentiel { inner: Arc::new(r) })
        .map_err(|e| core_error(py, &e))
    }

    /// A copy with the QPV populations of an INSEE file (`pop_QPV24`, CSV text).
    fn with_qpv_population(&self, py: Python<'_>, text: String) -> PyResult<PyReferentiel> {
        let base = (*self.inner).clone();
        base.with_qpv_population(&text)
            .map(|r| PyReferentiel { inner: Arc::new(r) })
            .map_err(|e| core_error(py, &e))
    }

    /// A copy with the contrats de ville and QPV of `other`.
    fn with_quartiers_from(&self, other: &PyReferentiel) -> PyReferentiel {
        let r = self
            .inner
            .as_ref()
            .clone()
            .with_quartiers_from(&other.inner);
        PyReferentiel { inner: Arc::new(r) }
    }

    /// Vintage label.
    #[getter]
    fn vintage(&self) -> String {
        self.inner.vintage.clone()
    }

    /// Provenance, vintage, licence and counts, as JSON text.
    fn info(&self) -> PyResult<String> {
        to_text(&refapi::about_in(&self.inner))
    }

    /// Looks `code` up as a `kind` (`commune`, `epci`…); JSON text (`null` when unknown).
    fn lookup(&self, py: Python<'_>, kind: &str, code: &str) -> PyResult<String> {
        let v = refapi::lookup_in(&self.inner, kind, code).map_err(|e| core_error(py, &e))?;
        to_text(&v)
    }

    /// Name search (case- and accent-insensitive), JSON text.
    fn search(&self, query: &str, limit: usize) -> PyResult<String> {
        to_text(&refapi::search_in(&self.inner, query, limit))
    }
}

/// Runs the analysis `name` (`couverture`, `couverture_csv`, `couverture_quartiers`,
/// `couverture_quartiers_csv`, `articulation`,
/// `articulation_csv`, `opportunite`) of the document `text` with its options (JSON text);
/// returns JSON text (CSV text as a JSON string). With `referentiel`, coverage uses it.
#[pyfunction]
#[pyo3(signature = (name, text, options_json, referentiel = None))]
fn analyse(
    py: Python<'_>,
    name: String,
    text: String,
    options_json: String,
    referentiel: Option<&PyReferentiel>,
) -> PyResult<String> {
    let options = parse_json(&options_json, "options")?;
    let r = referentiel.map(|r| Arc::clone(&r.inner));
    let out: Result<Result<String, serde_json::Error>, Error> = py.detach(|| {
        Ok(match (name.as_str(), r.as_deref()) {
            ("couverture", None) => serde_json::to_string(&analyses::couverture(&text, options)?),
            ("couverture", Some(r)) => {
                serde_json::to_string(&analyses::couverture_with(Some(r), &text, options)?)
            }
            ("couverture_csv", None) => {
                serde_json::to_string(&analyses::couverture_csv(&text, options)?)
            }
            ("couverture_csv", Some(r)) => {
                serde_json::to_string(&analyses::couverture_csv_with(Some(r), &text, options)?)
            }
            ("couverture_quartiers", r) => {
                serde_json::to_string(&analyses::couverture_quartiers_with(r, &text, options)?)
            }
            ("couverture_quartiers_csv", r) => {
                serde_json::to_string(&analyses::couverture_quartiers_csv_with(r, &text, options)?)
            }
            ("articulation", None) => {
                serde_json::to_string(&analyses::articulation(&text, options)?)
            }
            ("articulation_csv", None) => {
                serde_json::to_string(&analyses::articulation_csv(&text, options)?)
            }
            ("opportunite", _) => serde_json::to_string(&analyses::opportunite(&text, options)?),
            (other, Some(_)) if other.starts_with("articulation") => {
                return Err(Error::Analysis(
                    "l'articulation n'utilise encore que le référentiel embarqué".into(),
                ))
            }
            (other, _) => return Err(Error::Analysis(format!("analyse inconnue « {other} »"))),
        })
    });
    match out {
        Ok(Ok(s)) => Ok(s),
        Ok(Err(e)) => Err(PyRuntimeError::new_err(e.to_string())),
        Err(e) => Err(core_error(py, &e)),
    }
}

/// Reads a document as the core does, within the default limits: `data` (bytes) when given,
/// else the file at `path`; UTF-8 text, or `DocumentReadError` saying why not.
#[pyfunction]
#[pyo3(signature = (data, path))]
fn read_text(py: Python<'_>, data: Option<Vec<u8>>, path: Option<String>) -> PyResult<String> {
    let limit = territoire_sante::Limits::default().max_bytes;
    let (name, res) = py.detach(|| match (data, &path) {
        (Some(d), _) => (
            "document".to_string(),
            if d.len() > limit {
                Err(input::ReadFailure::TooLarge {
                    size: Some(d.len() as u64),
                    limit,
                })
            } else {
                input::text(&d).map(str::to_string)
            },
        ),
        (None, Some(p)) => (
            p.clone(),
            input::read_path_text(std::path::Path::new(p), limit),
        ),
        (None, None) => ("document".to_string(), Ok(String::new())),
    });
    res.map_err(|e| {
        core_error(
            py,
            &Error::Read {
                path: name,
                reason: e.describe(Locale::Fr),
            },
        )
    })
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

/// The layout the façade validates a Python value in (see [`pretty`]), from the compact text
/// Python's `json` module writes of it.
#[pyfunction]
fn pretty_json(py: Python<'_>, text: String) -> String {
    py.detach(|| pretty(text))
}

/// Containers deeper than this are left to [`pretty_json`]'s path: well under the nesting
/// serde_json reads (128), so that text it would refuse, and kept as it is, takes that path too.
const LAYOUT_MAX_DEPTH: usize = 100;

/// The value `json.dumps` would write of `obj` and serde_json read back, when `obj` holds only
/// what that round trip keeps as it is: `dict` (with `str` keys), `list`, `str`, `int` that fits
/// 64 bits, `float`, `bool` and `None`, of exactly these types, nested at most
/// [`LAYOUT_MAX_DEPTH`] deep. `None` for anything else (subclasses, tuples, dates, non-finite
/// floats, big integers, other keys, unencodable strings, cycles): Python's path then gives
/// exactly what it always did, errors included.
fn json_value(obj: &Bound<'_, PyAny>, depth: usize) -> Option<Value> {
    if obj.is_none() {
        return Some(Value::Null);
    }
    if let Ok(b) = obj.cast_exact::<PyBool>() {
        return Some(Value::Bool(b.is_true()));
    }
    if obj.is_exact_instance_of::<PyInt>() {
        if let Ok(i) = obj.extract::<i64>() {
            return Some(Value::from(i));
        }
        return obj.extract::<u64>().ok().map(Value::from);
    }
    if let Ok(f) = obj.cast_exact::<PyFloat>() {
        if !f.value().is_finite() {
            return None;
        }
        // Read from its repr, as serde_json reads what `json.dumps` writes: the same number.
        let repr = f.repr().ok()?;
        return serde_json::from_str(&repr.to_cow().ok()?).ok();
    }
    if let Ok(s) = obj.cast_exact::<PyString>() {
        return s.to_cow().ok().map(|s| Value::String(s.into_owned()));
    }
    if depth >= LAYOUT_MAX_DEPTH {
        return None;
    }
    if let Ok(list) = obj.cast_exact::<PyList>() {
        let mut out = Vec::with_capacity(list.len());
        for item in list.iter() {
            out.push(json_value(&item, depth + 1)?);
        }
        return Some(Value::Array(out));
    }
    if let Ok(dict) = obj.cast_exact::<PyDict>() {
        let mut out = serde_json::Map::new();
        for (k, v) in dict.iter() {
            let k = k.cast_exact::<PyString>().ok()?.to_cow().ok()?.into_owned();
            out.insert(k, json_value(&v, depth + 1)?);
        }
        return Some(Value::Object(out));
    }
    None
}

/// The text [`pretty_json`] gives of `json.dumps(obj)`, made straight from `obj`; `None` when
/// `obj` holds anything [`json_value`] leaves to that path.
#[pyfunction]
fn layout(py: Python<'_>, obj: &Bound<'_, PyAny>) -> Option<String> {
    let v = json_value(obj, 0)?;
    py.detach(|| serde_json::to_string_pretty(&v).ok())
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

fn usize_arg(args: &Value, name: &str, default: usize) -> Result<usize, String> {
    match args.get(name) {
        None | Some(Value::Null) => Ok(default),
        Some(v) => v
            .as_u64()
            .and_then(|n| usize::try_from(n).ok())
            .ok_or_else(|| format!("« {name} » doit être un entier positif")),
    }
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
        "tableur.correspondance" => value_of(
            &tableur::lire_correspondance(str_arg(args, "text").map_err(bad)?).map_err(
                |reason| Error::Option {
                    option: "correspondance".into(),
                    reason,
                },
            )?,
        )?,
        "referentiel.about" => refapi::about()?,
        "referentiel.lookup" => refapi::lookup(
            str_arg(args, "kind").map_err(bad)?,
            str_arg(args, "code").map_err(bad)?,
        )?,
        "referentiel.search" => refapi::search(
            str_arg(args, "query").map_err(bad)?,
            usize_arg(args, "limit", 10).map_err(bad)?,
        )?,
        "referentiel.kinds" => value_of(&refapi::KINDS)?,
        "analysis.generer_portefeuille" => {
            analyses::generer_portefeuille(args.get("options").cloned().unwrap_or(Value::Null))?
        }
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

/// A spreadsheet read into a portfolio (the core's [`tableur::Lecture`]).
#[pyclass(module = "territoire_sante._core", name = "Lecture", frozen)]
struct PyLecture {
    inner: tableur::Lecture,
}

#[pymethods]
impl PyLecture {
    /// The portfolio read, as JSON text.
    fn portefeuille_json(&self) -> PyResult<String> {
        to_text(&self.inner.portefeuille)
    }

    /// The column mapping used, sheet by sheet, as JSON text.
    fn correspondance_json(&self) -> PyResult<String> {
        to_text(&self.inner.correspondances)
    }

    /// Origin (sheet, row, kind) of each document, as JSON text.
    fn lignes_json(&self) -> PyResult<String> {
        to_text(&self.inner.lignes)
    }

    /// Validates the documents read; diagnostics carry their cell.
    fn valider(&self, py: Python<'_>, validator: &PyValidator) -> PyReport {
        PyReport {
            inner: py.detach(|| self.inner.valider(&validator.inner)),
        }
    }

    /// The annotated workbook (`.xlsx` bytes) for a report of this reading, given as JSON text.
    fn annoter<'py>(&self, py: Python<'py>, report_json: String) -> PyResult<Bound<'py, PyBytes>> {
        let report: Report = serde_json::from_str(&report_json)
            .map_err(|e| PyValueError::new_err(format!("rapport : JSON invalide ({e})")))?;
        let bytes = tableur::ecriture::annoter(&self.inner, &report, None)
            .map_err(|e| core_error(py, &e))?;
        Ok(PyBytes::new(py, &bytes))
    }
}

fn lecture_options(py: Python<'_>, options_json: &str) -> PyResult<tableur::OptionsLecture> {
    serde_json::from_str(options_json).map_err(|e| {
        core_error(
            py,
            &Error::Option {
                option: "lire_tableur".into(),
                reason: e.to_string(),
            },
        )
    })
}

/// Reads a workbook or CSV file (bytes) into a portfolio.
#[pyfunction]
#[pyo3(signature = (data, options_json, referentiel = None))]
fn lire_tableur(
    py: Python<'_>,
    data: &[u8],
    options_json: String,
    referentiel: Option<&PyReferentiel>,
) -> PyResult<PyLecture> {
    let options = lecture_options(py, &options_json)?;
    let r = referentiel.map(|r| Arc::clone(&r.inner));
    let data = data.to_vec();
    Ok(PyLecture {
        inner: py.detach(|| tableur::lire(&data, &options, r.as_deref())),
    })
}

/// Reads sheets given as JSON (`[{"nom": …, "lignes": [[cell, …], …]}]`, cells being text,
/// numbers, booleans or null), a DataFrame's cells say, as a workbook is read.
#[pyfunction]
#[pyo3(signature = (sheets_json, options_json, referentiel = None))]
fn lire_cellules(
    py: Python<'_>,
    sheets_json: String,
    options_json: String,
    referentiel: Option<&PyReferentiel>,
) -> PyResult<PyLecture> {
    let options = lecture_options(py, &options_json)?;
    let sheets = parse_json(&sheets_json, "feuilles")?;
    let feuilles = tableur::feuilles_de_json(&sheets).map_err(|e| {
        core_error(
            py,
            &Error::Option {
                option: "feuilles".into(),
                reason: e,
            },
        )
    })?;
    let r = referentiel.map(|r| Arc::clone(&r.inner));
    Ok(PyLecture {
        inner: py.detach(|| tableur::lire_feuilles(feuilles, &options, r.as_deref())),
    })
}

/// The template workbook (`.xlsx` bytes) of a document kind.
#[pyfunction]
fn modele_tableur<'py>(py: Python<'py>, kind: &str) -> PyResult<Bound<'py, PyBytes>> {
    let k = territoire_sante::DocumentKind::from_tag(kind)
        .ok_or_else(|| core_error(py, &Error::UnknownKind(kind.to_string())))?;
    let bytes = tableur::ecriture::modele(k).map_err(|e| core_error(py, &e))?;
    Ok(PyBytes::new(py, &bytes))
}

/// The extension module.
#[pymodule]
fn _core(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add_class::<PyValidator>()?;
    m.add_class::<PyReferentiel>()?;
    m.add_class::<PyReport>()?;
    m.add_class::<PyLecture>()?;
    m.add_function(wrap_pyfunction!(lire_tableur, m)?)?;
    m.add_function(wrap_pyfunction!(lire_cellules, m)?)?;
    m.add_function(wrap_pyfunction!(modele_tableur, m)?)?;
    m.add_function(wrap_pyfunction!(analyse, m)?)?;
    m.add_function(wrap_pyfunction!(call, m)?)?;
    m.add_function(wrap_pyfunction!(pretty_json, m)?)?;
    m.add_function(wrap_pyfunction!(read_text, m)?)?;
    m.add_function(wrap_pyfunction!(layout, m)?)?;
    Ok(())
}
