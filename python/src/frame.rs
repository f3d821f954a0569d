//! Reports → columns (one Python list per column, one row per finding), from which the façade
//! makes pandas, polars and Arrow tables without walking the findings again in Python.

use std::collections::{BTreeMap, HashMap};

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};

use territoire_sante::api::input::{member_of, Heading};

use crate::convert::to_py;
use crate::PyReport;

/// The columns, in order: also the Python façade's (`_core.FRAME_COLUMNS`), which names them
/// nowhere else.
pub(crate) const COLUMNS: &[&str] = &[
    "document",
    "source",
    "document_type",
    "document_id",
    "document_nom",
    "membre",
    "membre_type",
    "membre_id",
    "membre_nom",
    "code",
    "severity",
    "category",
    "path",
    "line",
    "column",
    "message",
    "help",
    "params",
    "in_force_from",
    "in_force_to",
    "legal_basis",
    "legal_basis_url",
    "evidence",
    "cellule",
    "feuille",
    "ligne_feuille",
    "colonne_feuille",
];

/// How the `params` column is laid out.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Params {
    /// A dict per row (pandas).
    Dict,
    /// A list of `(name, value as text)` pairs per row, the form Arrow's map type takes.
    Pairs,
    /// Empty, and one text column `params.<name>` per parameter name after the others, in
    /// name order (polars, and the CSV exports' layout).
    Columns,
}

impl Params {
    /// From the façade's word (`dict`, `pairs`, `columns`).
    pub(crate) fn from_word(word: &str) -> PyResult<Params> {
        match word {
            "dict" => Ok(Params::Dict),
            "pairs" => Ok(Params::Pairs),
            "columns" => Ok(Params::Columns),
            other => Err(PyValueError::new_err(format!(
                "params : « {other} » inconnu (dict, pairs ou columns)"
            ))),
        }
    }
}

/// A parameter's value as text: itself when it is text, else its JSON.
fn text_of(v: &serde_json::Value) -> std::borrow::Cow<'_, str> {
    match v {
        serde_json::Value::String(s) => s.as_str().into(),
        other => other.to_string().into(),
    }
}

/// One Python string per distinct text of a call: the columns repeat a few texts (codes, helps,
/// legal bases, dates) tens of thousands of times, and a shared object is made once and encoded
/// once by the DataFrame libraries.
struct Texts<'py> {
    py: Python<'py>,
    seen: HashMap<String, Bound<'py, PyString>>,
}

impl<'py> Texts<'py> {
    fn get(&mut self, s: &str) -> Bound<'py, PyAny> {
        if let Some(o) = self.seen.get(s) {
            return o.clone().into_any();
        }
        let o = PyString::new(self.py, s);
        self.seen.insert(s.to_owned(), o.clone());
        o.into_any()
    }
}

/// One list per column of [`COLUMNS`] (`params` laid out as `params` says, see [`Params`]), for
/// the reports in order; `sources[i]` names the file of report `i`.
pub(crate) fn columns<'py>(
    py: Python<'py>,
    reports: &[PyRef<'py, PyReport>],
    sources: &[Option<String>],
    params: Params,
) -> PyResult<Bound<'py, PyDict>> {
    let n: usize = reports.iter().map(|r| r.inner.diagnostics.len()).sum();
    let mut cols: Vec<Vec<Bound<'py, PyAny>>> =
        COLUMNS.iter().map(|_| Vec::with_capacity(n)).collect();
    let mut by_name: BTreeMap<String, Vec<Bound<'py, PyAny>>> = BTreeMap::new();
    let mut texts = Texts {
        py,
        seen: HashMap::new(),
    };
    let mut row_index = 0usize;
    let none = py.None().into_bound(py);
    let opt = |s: Option<&str>| -> PyResult<Bound<'py, PyAny>> {
        Ok(match s {
            Some(s) => s.into_pyobject(py)?.into_any(),
            None => py.None().into_bound(py),
        })
    };
    for (i, r) in reports.iter().enumerate() {
        let report = &r.inner;
        let h: &Heading = &r.heading;
        let index = i.into_pyobject(py)?.into_any();
        let source = opt(sources.get(i).and_then(|s| s.as_deref()))?;
        let kind = opt(report.document_type.as_deref())?;
        let id = opt(report.document_id.as_deref())?;
        let nom = opt(h.nom.as_deref())?;
        let locale = report.locale;
        for d in &report.diagnostics {
            let member = member_of(&d.path);
            let m = member.and_then(|k| h.members.get(k));
            let cell = d.cellule.as_ref();
            let row: [Bound<'py, PyAny>; 27] = [
                index.clone(),
                source.clone(),
                kind.clone(),
                id.clone(),
                nom.clone(),
                match member {
                    Some(k) => k.into_pyobject(py)?.into_any(),
                    None => none.clone(),
                },
                opt(m.and_then(|m| m.kind.as_deref()))?,
                opt(m.and_then(|m| m.id.as_deref()))?,
                opt(m.and_then(|m| m.nom.as_deref()))?,
                texts.get(&d.code),
                texts.get(d.severity.label(locale)),
                texts.get(d.category.word()),
                d.path.as_str().into_pyobject(py)?.into_any(),
                match d.line {
                    Some(l) => l.into_pyobject(py)?.into_any(),
                    None => none.clone(),
                },
                match d.column {
                    Some(c) => c.into_pyobject(py)?.into_any(),
                    None => none.clone(),
                },
                d.message.as_str().into_pyobject(py)?.into_any(),
                texts.get(&d.help),
                match params {
                    Params::Pairs => {
                        let items: Vec<Bound<'py, PyTuple>> = d
                            .params
                            .iter()
                            .map(|(k, v)| PyTuple::new(py, [k, text_of(v).as_ref()]))
                            .collect::<PyResult<_>>()?;
                        PyList::new(py, items)?.into_any()
                    }
                    Params::Dict => {
                        let out = PyDict::new(py);
                        for (k, v) in &d.params {
                            out.set_item(k, to_py(py, v)?)?;
                        }
                        out.into_any()
                    }
                    Params::Columns => {
                        for (k, v) in &d.params {
                            let col = by_name
                                .entry(k.to_string())
                                .or_insert_with(|| vec![none.clone(); row_index]);
                            col.resize(row_index, none.clone());
                            col.push(texts.get(&text_of(v)));
                        }
                        none.clone()
                    }
                },
                match d.rule.in_force.from {
                    Some(x) => texts.get(&x.to_string()),
                    None => none.clone(),
                },
                match d.rule.in_force.to {
                    Some(x) => texts.get(&x.to_string()),
                    None => none.clone(),
                },
                texts.get(&d.legal_basis.label),
                match d.legal_basis.url.as_deref() {
                    Some(u) => texts.get(u),
                    None => none.clone(),
                },
                match &d.evidence {
                    Some(e) => {
                        let v = serde_json::to_string(e).map_err(|e| {
                            pyo3::exceptions::PyRuntimeError::new_err(e.to_string())
                        })?;
                        v.into_pyobject(py)?.into_any()
                    }
                    None => none.clone(),
                },
                opt(cell.map(|c| c.a1.as_str()))?,
                opt(cell.map(|c| c.feuille.as_str()))?,
                match cell {
                    Some(c) => c.ligne.into_pyobject(py)?.into_any(),
                    None => none.clone(),
                },
                match cell {
                    Some(c) => c.colonne.into_pyobject(py)?.into_any(),
                    None => none.clone(),
                },
            ];
            for (col, cell) in cols.iter_mut().zip(row) {
                col.push(cell);
            }
            row_index += 1;
        }
    }
    let out = PyDict::new(py);
    for (name, col) in COLUMNS.iter().zip(cols) {
        out.set_item(*name, PyList::new(py, col)?)?;
    }
    for (name, mut col) in by_name {
        col.resize(row_index, none.clone());
        out.set_item(format!("params.{name}"), PyList::new(py, col)?)?;
    }
    Ok(out)
}
