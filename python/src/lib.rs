//! `territoire_sante._core`: the Python binding of the `territoire-sante` crate.
//!
//! One small function per entry point of the core's typed API (`territoire_sante::api`); only
//! conversion lives here. Documents cross as the core's [`Input`] (a dict is walked straight into
//! a JSON value, with no text in between: [`convert`]); answers come back as Python objects, and
//! reports stay the core's until something needs them whole. Errors of the core are raised here
//! as the exception classes of `territoire_sante.errors` ([`errors`]).

use pyo3::exceptions::{PyRuntimeError, PyTypeError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDict, PyTuple};
use std::sync::Arc;

use territoire_sante::api::analysis as analyses;
use territoire_sante::api::input::{self as typed, Heading, Input};
use territoire_sante::api::referentiel as refapi;
use territoire_sante::referentiel::{LoadLimits, Referentiel};
use territoire_sante::report::Report;
use territoire_sante::{api, input, tableur, Date, Error, Locale, Severity, Validator};

mod convert;
mod decode;
mod errors;
mod frame;

use convert::{answer, given, to_value, Given};
use errors::core_error;

/// A JSON value from a Python object handed as options or arguments (a dict, a list…).
fn value_arg(
    py: Python<'_>,
    what: &str,
    obj: Option<&Bound<'_, PyAny>>,
) -> PyResult<serde_json::Value> {
    match obj {
        None => Ok(serde_json::Value::Null),
        Some(o) if o.is_none() => Ok(serde_json::Value::Null),
        Some(o) => to_value(o).map_err(|f| {
            let reason = match &f.fail {
                convert::Fail::Type(t) => format!("valeur non convertible en JSON : {t}"),
                convert::Fail::Code(c) => format!("valeur non convertible en JSON ({c})"),
            };
            let option = if f.pointer().is_empty() {
                what.to_string()
            } else {
                format!("{what}{}", f.pointer().replace('/', "."))
            };
            core_error(py, &Error::Option { option, reason })
        }),
    }
}

fn locale_arg(py: Python<'_>, lang: &str) -> PyResult<Locale> {
    Locale::parse(lang).ok_or_else(|| {
        core_error(
            py,
            &Error::Option {
                option: "lang".into(),
                reason: format!("langue inconnue « {lang} » : fr ou en"),
            },
        )
    })
}

fn not_a_document(obj: &Bound<'_, PyAny>) -> PyErr {
    let name = obj
        .get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_default();
    PyTypeError::new_err(format!(
        "document attendu : dict, list, texte JSON (str ou bytes) ou chemin de fichier \
         (os.PathLike, ex. pathlib.Path), pas {name}"
    ))
}

fn unsupported(f: &convert::Failure) -> PyErr {
    let name = match &f.fail {
        convert::Fail::Type(t) => t.as_str(),
        convert::Fail::Code(c) => c,
    };
    let at = f.pointer();
    PyTypeError::new_err(format!(
        "valeur non convertible en JSON : {name}{}",
        if at.is_empty() {
            String::new()
        } else {
            format!(" (en {at})")
        }
    ))
}

/// A compiled validator (the core's [`Validator`]); reusable and shareable across threads.
#[pyclass(module = "territoire_sante._core", name = "Validator", frozen)]
struct PyValidator {
    inner: Validator,
}

impl PyValidator {
    /// What `validate` takes: a plain dict read straight into the model when it can be
    /// (`decode.rs`), anything else as [`given`] reads it.
    fn given(&self, doc: &Bound<'_, PyAny>) -> PyResult<Option<Given>> {
        if let Ok(d) = doc.cast_exact::<PyDict>() {
            if let Some(input) = decode::decoded(d, self.inner.limits()) {
                return Ok(Some(Given::Input(input)));
            }
        }
        given(doc)
    }
}

#[pymethods]
impl PyValidator {
    /// Builds a validator from its options (`{"as_of": "2020-06-30", "lang": "en", …}`, the
    /// core's `docs/schema/options.json`) and, optionally, the référentiel to check codes
    /// against (default: the embedded one).
    #[new]
    #[pyo3(signature = (options = None, referentiel = None))]
    fn new(
        py: Python<'_>,
        options: Option<&Bound<'_, PyAny>>,
        referentiel: Option<&PyReferentiel>,
    ) -> PyResult<Self> {
        let options = value_arg(py, "options", options)?;
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

    /// Validates one document: a dict, mapping, list or tuple (a value built by a program:
    /// pointers, no line or column), a `str` (JSON text: lines and columns), bytes (UTF-8 JSON
    /// text) or an `os.PathLike` (a file, read within the limits). Raises `TypeError` for
    /// anything else, or for a value holding something of no JSON type.
    fn validate(&self, py: Python<'_>, doc: &Bound<'_, PyAny>) -> PyResult<PyReport> {
        let input = match self.given(doc)? {
            Some(Given::Input(i)) => i,
            Some(Given::Unsupported(f)) => return Err(unsupported(&f)),
            None => return Err(not_a_document(doc)),
        };
        let out = py.detach(|| typed::validate_input(&self.inner, &input));
        Ok(PyReport::of(out))
    }

    /// Validates many documents (any inputs [`Self::validate`] takes) over threads, without
    /// holding the GIL; one report per document, in input order. An item that cannot be read
    /// or converted gets its own report (`DOC-*`). `progress`, when given, is called with the
    /// number of documents done so far, a few dozen times over the batch.
    #[pyo3(signature = (docs, progress = None))]
    fn validate_many(
        &self,
        py: Python<'_>,
        docs: &Bound<'_, PyAny>,
        progress: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Vec<PyReport>> {
        let mut inputs = Vec::new();
        for doc in docs.try_iter()? {
            let doc = doc?;
            inputs.push(match self.given(&doc)? {
                Some(Given::Input(i)) => i,
                Some(Given::Unsupported(f)) => f.into_input(),
                None => Input::Unreadable {
                    code: "unsupported_type".into(),
                    path: String::new(),
                },
            });
        }
        let Some(progress) = progress else {
            let out = py.detach(|| typed::validate_inputs(&self.inner, &inputs));
            return Ok(out.into_iter().map(PyReport::of).collect());
        };
        // In slices, so that the callback hears of the work as it goes.
        let total = inputs.len();
        let step = total.div_ceil(50).max(256);
        let mut out = Vec::with_capacity(total);
        let mut rest = inputs.into_iter();
        loop {
            let part: Vec<Input> = rest.by_ref().take(step).collect();
            if part.is_empty() {
                break;
            }
            let done = py.detach(|| typed::validate_inputs(&self.inner, &part));
            out.extend(done.into_iter().map(PyReport::of));
            progress.call1((out.len(), total))?;
        }
        Ok(out)
    }
}

/// The core's report of one document, with its heading (kind, id, name, members). The summary
/// is read from it directly; the whole report crosses to Python only when asked for.
#[pyclass(module = "territoire_sante._core", name = "Report", frozen)]
struct PyReport {
    inner: Report,
    heading: Heading,
}

impl PyReport {
    fn of(v: typed::Validated) -> PyReport {
        PyReport {
            inner: v.report,
            heading: v.heading,
        }
    }
}

#[pymethods]
impl PyReport {
    /// Rebuilds a report from its JSON text (as [`Self::to_json`] writes it).
    #[staticmethod]
    fn from_json(py: Python<'_>, text: &str) -> PyResult<PyReport> {
        serde_json::from_str::<Report>(text)
            .map(|inner| PyReport {
                inner,
                heading: Heading::default(),
            })
            .map_err(|_| {
                core_error(
                    py,
                    &Error::Option {
                        option: "report".into(),
                        reason: "ce JSON n'est pas un rapport de territoire_sante".into(),
                    },
                )
            })
    }

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

    /// The document's name (`nom`), when it has one.
    #[getter]
    fn document_nom(&self) -> Option<&str> {
        self.heading.nom.as_deref()
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

    /// The report as the core's JSON object (a fresh dict).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        answer(py, &self.inner)
    }

    /// The report as a FHIR R4 `OperationOutcome` resource.
    fn to_fhir<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        convert::to_py(py, &self.inner.to_fhir())
    }

    /// The report as a SARIF 2.1.0 log; `uri` names the validated file.
    fn to_sarif<'py>(&self, py: Python<'py>, uri: &str) -> PyResult<Bound<'py, PyAny>> {
        convert::to_py(py, &self.inner.to_sarif(uri))
    }

    /// The message of a refusal for the findings of severity `min_severity` or above, every
    /// one of them listed, in the report's language (`source` names the file).
    #[pyo3(signature = (min_severity, source = None))]
    fn failure_message(
        &self,
        py: Python<'_>,
        min_severity: &str,
        source: Option<&str>,
    ) -> PyResult<String> {
        let min = Severity::parse(min_severity).ok_or_else(|| {
            core_error(
                py,
                &Error::Option {
                    option: "raise_on".into(),
                    reason: "gravité attendue : fatal, error, warning ou information".into(),
                },
            )
        })?;
        Ok(typed::failure_text(&self.inner, min, source))
    }
}

/// One list per column, one row per finding of `reports` (see the façade's `to_pandas`);
/// `sources[i]` names the file of report `i`; `params`: `dict` (a dict per row), `pairs`
/// (`(name, text)` pairs per row) or `columns` (one text column `params.<name>` per name).
#[pyfunction]
#[pyo3(signature = (reports, sources, params = "dict"))]
fn frame_columns<'py>(
    py: Python<'py>,
    reports: Vec<PyRef<'py, PyReport>>,
    sources: Vec<Option<String>>,
    params: &str,
) -> PyResult<Bound<'py, PyDict>> {
    frame::columns(py, &reports, &sources, frame::Params::from_word(params)?)
}

/// The severity labels in `lang`, least serious first (`information` … `fatal`): the
/// categories of the severity column in every table.
#[pyfunction]
#[pyo3(signature = (lang = "fr"))]
fn severity_labels(py: Python<'_>, lang: &str) -> PyResult<Vec<&'static str>> {
    let locale = locale_arg(py, lang)?;
    Ok([
        Severity::Information,
        Severity::Warning,
        Severity::Error,
        Severity::Fatal,
    ]
    .iter()
    .map(|s| s.label(locale))
    .collect())
}

/// Reference data of one vintage (the core's [`Referentiel`]), shared, immutable.
#[pyclass(module = "territoire_sante._core", name = "Referentiel", frozen)]
struct PyReferentiel {
    inner: Arc<Referentiel>,
}

fn shared(r: Result<Referentiel, Error>, py: Python<'_>) -> PyResult<PyReferentiel> {
    r.map(|r| PyReferentiel { inner: Arc::new(r) })
        .map_err(|e| core_error(py, &e))
}

#[pymethods]
impl PyReferentiel {
    /// The embedded référentiel, or `None` when the core was built without it.
    #[staticmethod]
    fn embedded() -> Option<PyReferentiel> {
        territoire_sante::referentiel::default_shared().map(|inner| PyReferentiel { inner })
    }

    /// Reads the compact format (the embedded data's, `core/data/referentiel.tsv`), at most
    /// `max_bytes` of it (default: the core's `MAX_REFERENTIEL_BYTES`).
    #[staticmethod]
    #[pyo3(signature = (text, max_bytes = None))]
    fn from_compact(
        py: Python<'_>,
        text: String,
        max_bytes: Option<usize>,
    ) -> PyResult<PyReferentiel> {
        let limits = LoadLimits::with_max_bytes(max_bytes);
        shared(
            py.detach(|| Referentiel::from_compact_with(&text, &limits)),
            py,
        )
    }

    /// The text of a référentiel file (`what` names it in errors), read no further than
    /// `max_bytes` (default: the core's `MAX_REFERENTIEL_BYTES`).
    #[staticmethod]
    #[pyo3(signature = (what, path, max_bytes = None))]
    fn read_file(
        py: Python<'_>,
        what: String,
        path: std::path::PathBuf,
        max_bytes: Option<usize>,
    ) -> PyResult<String> {
        let limits = LoadLimits::with_max_bytes(max_bytes);
        py.detach(|| limits.read_text_file(&what, &path))
            .map_err(|e| core_error(py, &e))
    }

    /// Refuses a text of `size` bytes above `max_bytes` (default: the core's
    /// `MAX_REFERENTIEL_BYTES`) with an error naming `what`.
    #[staticmethod]
    #[pyo3(signature = (what, size, max_bytes = None))]
    fn check_size(
        py: Python<'_>,
        what: String,
        size: usize,
        max_bytes: Option<usize>,
    ) -> PyResult<()> {
        LoadLimits::with_max_bytes(max_bytes)
            .check(&what, size)
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
        shared(
            py.detach(|| Referentiel::from_cog_dir(&path, &vintage, date)),
            py,
        )
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
        let base = Arc::clone(&self.inner);
        shared(
            py.detach(|| base.as_ref().clone().with_qpv_geojson(&text, nationale)),
            py,
        )
    }

    /// A copy with QPV contours (GeoJSON text, `properties.code_qp` and a polygon geometry)
    /// attached to the QPV it already holds.
    fn with_qpv_contours(&self, py: Python<'_>, text: String) -> PyResult<PyReferentiel> {
        shared(
            py.detach(|| self.inner.as_ref().clone().with_qpv_contours(&text)),
            py,
        )
    }

    /// How many QPV have a loaded contour.
    #[getter]
    fn contours(&self) -> usize {
        self.inner.contours_charges()
    }

    /// A copy with département outlines (GeoJSON text, the INSEE code in `properties.code` and
    /// a polygon geometry), drawn under the quartiers of the maps.
    fn with_departement_contours(&self, py: Python<'_>, text: String) -> PyResult<PyReferentiel> {
        shared(
            py.detach(|| self.inner.as_ref().clone().with_departement_contours(&text)),
            py,
        )
    }

    /// How many départements have a loaded outline.
    #[getter]
    fn departement_contours(&self) -> usize {
        self.inner.departement_contours_charges()
    }

    /// The QPV whose contour contains the point (WGS84), as a list of dicts.
    fn qpv_at<'py>(&self, py: Python<'py>, lon: f64, lat: f64) -> PyResult<Bound<'py, PyAny>> {
        let v = refapi::qpv_at_in(&self.inner, lon, lat).map_err(|e| core_error(py, &e))?;
        convert::to_py(py, &v)
    }

    /// A copy with the QPV populations of an INSEE file (`pop_QPV24`, CSV text).
    fn with_qpv_population(&self, py: Python<'_>, text: String) -> PyResult<PyReferentiel> {
        shared((*self.inner).clone().with_qpv_population(&text), py)
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

    /// Provenance, vintage, licence and counts.
    fn info<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        convert::to_py(py, &refapi::about_in(&self.inner))
    }

    /// Looks `code` up as a `kind` (`commune`, `epci`…); `None` when unknown.
    fn lookup<'py>(&self, py: Python<'py>, kind: &str, code: &str) -> PyResult<Bound<'py, PyAny>> {
        let v = refapi::lookup_in(&self.inner, kind, code).map_err(|e| core_error(py, &e))?;
        convert::to_py(py, &v)
    }

    /// Name search (case- and accent-insensitive).
    fn search<'py>(
        &self,
        py: Python<'py>,
        query: &str,
        limit: usize,
    ) -> PyResult<Bound<'py, PyAny>> {
        convert::to_py(py, &refapi::search_in(&self.inner, query, limit))
    }
}

/// The kinds [`PyReferentiel::lookup`] knows.
#[pyfunction]
fn referentiel_kinds() -> Vec<&'static str> {
    refapi::KINDS.to_vec()
}

/// The library's version, number of rules and référentiel vintage.
#[pyfunction]
fn about<'py>(py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
    convert::to_py(py, &api::about())
}

/// Every rule's metadata in `lang`, sorted by code.
#[pyfunction]
#[pyo3(signature = (lang = "fr"))]
fn rules<'py>(py: Python<'py>, lang: &str) -> PyResult<Bound<'py, PyAny>> {
    answer(py, &api::rules(locale_arg(py, lang)?))
}

/// One rule's metadata in `lang`.
#[pyfunction]
#[pyo3(signature = (code, lang = "fr"))]
fn explain<'py>(py: Python<'py>, code: &str, lang: &str) -> PyResult<Bound<'py, PyAny>> {
    let info = api::explain(code, locale_arg(py, lang)?).map_err(|e| core_error(py, &e))?;
    answer(py, &info)
}

/// The JSON Schema of a document kind, or of `document`, `report` or `options`.
#[pyfunction]
fn schema<'py>(py: Python<'py>, kind: &str) -> PyResult<Bound<'py, PyAny>> {
    let s = api::schema(kind).map_err(|e| core_error(py, &e))?;
    convert::to_py(py, &s)
}

/// A national portfolio for tests and benchmarks (`{"seed", "scale", "date_reference"}`).
#[pyfunction]
#[pyo3(signature = (options = None))]
fn generer_portefeuille<'py>(
    py: Python<'py>,
    options: Option<&Bound<'py, PyAny>>,
) -> PyResult<Bound<'py, PyAny>> {
    let options = value_arg(py, "options", options)?;
    let v = py
        .detach(|| analyses::generer_portefeuille(options))
        .map_err(|e| core_error(py, &e))?;
    convert::to_py(py, &v)
}

/// A document as the JSON text the analyses read: a dict or list is written from its value, a
/// `str` is the text, bytes are read as UTF-8 and a path is read within the default limits;
/// `DocumentReadError` says why one cannot be read.
#[pyfunction]
fn document_text(py: Python<'_>, doc: &Bound<'_, PyAny>) -> PyResult<String> {
    let limit = territoire_sante::Limits::default().max_bytes;
    let read = |name: String, r: Result<String, input::ReadFailure>| {
        r.map_err(|e| {
            core_error(
                py,
                &Error::Read {
                    path: name,
                    reason: e.describe(Locale::Fr),
                },
            )
        })
    };
    match given(doc)? {
        Some(Given::Input(Input::Text(t))) => Ok(t),
        // `given` reads no document into the model; were it to, its JSON is the same document.
        Some(Given::Input(Input::Decoded { document, .. })) => {
            serde_json::to_string(&document).map_err(|e| PyRuntimeError::new_err(e.to_string()))
        }
        Some(Given::Input(Input::Value(v))) => {
            serde_json::to_string(&v).map_err(|e| PyRuntimeError::new_err(e.to_string()))
        }
        Some(Given::Input(Input::Bytes(b))) => read(
            "document".into(),
            if b.len() > limit {
                Err(input::ReadFailure::TooLarge {
                    size: u64::try_from(b.len()).ok(),
                    limit,
                })
            } else {
                input::text(&b).map(str::to_string)
            },
        ),
        Some(Given::Input(Input::Path(p))) => {
            read(p.display().to_string(), input::read_path_text(&p, limit))
        }
        Some(Given::Input(Input::Unreadable { code, path })) => {
            let reason = format!("valeur non convertible en JSON ({code})");
            let at = if path.is_empty() {
                String::new()
            } else {
                format!(" en {path}")
            };
            Err(errors::raise(
                py,
                "DocumentReadError",
                format!("lecture impossible du document : {reason}{at}"),
                &[("path", None), ("reason", Some(reason))],
            ))
        }
        Some(Given::Unsupported(f)) => Err(unsupported(&f)),
        None => Err(not_a_document(doc)),
    }
}

/// The référentiel of an analysis: the one given, or the embedded one.
fn referentiel_of(r: Option<&PyReferentiel>) -> Option<Arc<Referentiel>> {
    r.map(|r| Arc::clone(&r.inner))
}

macro_rules! analysis {
    ($(#[$doc:meta])* $name:ident, |$r:ident, $text:ident, $o:ident| $call:expr) => {
        $(#[$doc])*
        #[pyfunction]
        #[pyo3(signature = (text, options = None, referentiel = None))]
        fn $name<'py>(
            py: Python<'py>,
            text: String,
            options: Option<&Bound<'py, PyAny>>,
            referentiel: Option<&PyReferentiel>,
        ) -> PyResult<Bound<'py, PyAny>> {
            let $o = value_arg(py, "options", options)?;
            let r = referentiel_of(referentiel);
            let $text = text.as_str();
            let out = py.detach(|| {
                let $r = r.as_deref();
                $call.and_then(|v| serde_json::to_value(v).map_err(|e| Error::Analysis(e.to_string())))
            });
            let v = out.map_err(|e| core_error(py, &e))?;
            convert::to_py(py, &v)
        }
    };
}

analysis!(
    /// Coverage of a territory by a portfolio (JSON text).
    couverture,
    |r, text, o| analyses::couverture_with(r, text, o)
);
analysis!(
    /// Coverage as CSV text (`"resume": true` for the summary per département).
    couverture_csv,
    |r, text, o| analyses::couverture_csv_with(r, text, o)
);
analysis!(
    /// Coverage of the quartiers prioritaires by a portfolio (JSON text).
    couverture_quartiers,
    |r, text, o| analyses::couverture_quartiers_with(r, text, o)
);
analysis!(
    /// Coverage of the quartiers prioritaires as CSV text.
    couverture_quartiers_csv,
    |r, text, o| analyses::couverture_quartiers_csv_with(r, text, o)
);
analysis!(
    /// The map of the coverage per quartier as GeoJSON text (RFC 7946).
    carte_quartiers_geojson,
    |r, text, o| analyses::carte_quartiers_with(r, text, o, "geojson")
);
analysis!(
    /// The map of the coverage per quartier as SVG text.
    carte_quartiers_svg,
    |r, text, o| analyses::carte_quartiers_with(r, text, o, "svg")
);
analysis!(
    /// The articulation matrix of a portfolio (JSON text).
    articulation,
    |r, text, o| match r {
        Some(_) => Err(Error::Analysis(
            "l'articulation n'utilise encore que le référentiel embarqué".into()
        )),
        None => analyses::articulation(text, o),
    }
);
analysis!(
    /// The articulation matrix as CSV text.
    articulation_csv,
    |r, text, o| match r {
        Some(_) => Err(Error::Analysis(
            "l'articulation n'utilise encore que le référentiel embarqué".into()
        )),
        None => analyses::articulation_csv(text, o),
    }
);
analysis!(
    /// The opportunity assessment of each démarche d'accompagnement (JSON text).
    opportunite,
    |_r, text, o| analyses::opportunite(text, o)
);

/// A spreadsheet read into a portfolio (the core's [`tableur::Lecture`]).
#[pyclass(module = "territoire_sante._core", name = "Lecture", frozen)]
struct PyLecture {
    inner: tableur::Lecture,
}

#[pymethods]
impl PyLecture {
    /// The portfolio read (`{"type": "portefeuille", "documents": […]}`), a fresh dict.
    fn portefeuille<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        convert::to_py(py, &self.inner.portefeuille)
    }

    /// The column mapping used, sheet by sheet.
    fn correspondance<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        answer(py, &self.inner.correspondances)
    }

    /// Origin (sheet, row, kind) of each document, in portfolio order.
    fn lignes<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        answer(py, &self.inner.lignes)
    }

    /// Number of documents read.
    fn __len__(&self) -> usize {
        self.inner.lignes.len()
    }

    /// Validates the documents read; diagnostics carry their cell.
    fn valider(&self, py: Python<'_>, validator: &PyValidator) -> PyReport {
        let report = py.detach(|| self.inner.valider(&validator.inner));
        PyReport {
            inner: report,
            heading: Heading::default(),
        }
    }

    /// The annotated workbook (`.xlsx` bytes) for a report of this reading.
    fn annoter<'py>(&self, py: Python<'py>, report: &PyReport) -> PyResult<Bound<'py, PyBytes>> {
        let bytes = py
            .detach(|| tableur::ecriture::annoter(&self.inner, &report.inner, None))
            .map_err(|e| core_error(py, &e))?;
        Ok(PyBytes::new(py, &bytes))
    }
}

fn lecture_options(
    py: Python<'_>,
    options: Option<&Bound<'_, PyAny>>,
) -> PyResult<tableur::OptionsLecture> {
    let v = value_arg(py, "options", options)?;
    let v = if v.is_null() {
        serde_json::Value::Object(serde_json::Map::new())
    } else {
        v
    };
    serde_json::from_value(v).map_err(|e| {
        core_error(
            py,
            &Error::Option {
                option: "lire_tableur".into(),
                reason: e.to_string(),
            },
        )
    })
}

/// Reads a workbook or CSV file (bytes) into a portfolio; `options` as the core's
/// `OptionsLecture` (`feuille`, `type_document`, `correspondance`, `limites`).
#[pyfunction]
#[pyo3(signature = (data, options = None, referentiel = None))]
fn lire_tableur(
    py: Python<'_>,
    data: &[u8],
    options: Option<&Bound<'_, PyAny>>,
    referentiel: Option<&PyReferentiel>,
) -> PyResult<PyLecture> {
    let options = lecture_options(py, options)?;
    let r = referentiel_of(referentiel);
    Ok(PyLecture {
        inner: py.detach(|| tableur::lire(data, &options, r.as_deref())),
    })
}

/// Reads sheets given as Python lists (`[{"nom": …, "lignes": [[cell, …], …]}]`, cells being
/// text, numbers, booleans or None: a DataFrame's cells, say) as a workbook is read.
#[pyfunction]
#[pyo3(signature = (sheets, options = None, referentiel = None))]
fn lire_cellules(
    py: Python<'_>,
    sheets: &Bound<'_, PyAny>,
    options: Option<&Bound<'_, PyAny>>,
    referentiel: Option<&PyReferentiel>,
) -> PyResult<PyLecture> {
    let options = lecture_options(py, options)?;
    let sheets = value_arg(py, "feuilles", Some(sheets))?;
    let feuilles = tableur::feuilles_de_json(&sheets).map_err(|reason| {
        core_error(
            py,
            &Error::Option {
                option: "feuilles".into(),
                reason,
            },
        )
    })?;
    let r = referentiel_of(referentiel);
    Ok(PyLecture {
        inner: py.detach(|| tableur::lire_feuilles(feuilles, &options, r.as_deref())),
    })
}

/// A column mapping read from its text (JSON or TOML), every target checked.
#[pyfunction]
fn lire_correspondance<'py>(py: Python<'py>, text: &str) -> PyResult<Bound<'py, PyAny>> {
    let c = tableur::lire_correspondance(text).map_err(|reason| {
        core_error(
            py,
            &Error::Option {
                option: "correspondance".into(),
                reason,
            },
        )
    })?;
    answer(py, &c)
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
    m.add_function(wrap_pyfunction!(lire_correspondance, m)?)?;
    m.add_function(wrap_pyfunction!(modele_tableur, m)?)?;
    m.add_function(wrap_pyfunction!(about, m)?)?;
    m.add_function(wrap_pyfunction!(rules, m)?)?;
    m.add_function(wrap_pyfunction!(explain, m)?)?;
    m.add_function(wrap_pyfunction!(schema, m)?)?;
    m.add_function(wrap_pyfunction!(referentiel_kinds, m)?)?;
    m.add_function(wrap_pyfunction!(generer_portefeuille, m)?)?;
    m.add_function(wrap_pyfunction!(document_text, m)?)?;
    m.add_function(wrap_pyfunction!(frame_columns, m)?)?;
    m.add("FRAME_COLUMNS", PyTuple::new(m.py(), frame::COLUMNS)?)?;
    m.add_function(wrap_pyfunction!(severity_labels, m)?)?;
    m.add_function(wrap_pyfunction!(couverture, m)?)?;
    m.add_function(wrap_pyfunction!(couverture_csv, m)?)?;
    m.add_function(wrap_pyfunction!(couverture_quartiers, m)?)?;
    m.add_function(wrap_pyfunction!(couverture_quartiers_csv, m)?)?;
    m.add_function(wrap_pyfunction!(carte_quartiers_geojson, m)?)?;
    m.add_function(wrap_pyfunction!(carte_quartiers_svg, m)?)?;
    m.add_function(wrap_pyfunction!(articulation, m)?)?;
    m.add_function(wrap_pyfunction!(articulation_csv, m)?)?;
    m.add_function(wrap_pyfunction!(opportunite, m)?)?;
    Ok(())
}
