//! Reports → columns (one Python list per column, one row per finding), from which the façade
//! makes pandas, polars and Arrow tables without walking the findings again in Python.

use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList, PyTuple};

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

/// One list per column of [`COLUMNS`] (`params` as a dict per row, or with `pairs` as a list of
/// `(name, value as text)` pairs, the form Arrow's map type takes), for the reports in order;
/// `sources[i]` names the file of report `i`.
pub(crate) fn columns<'py>(
    py: Python<'py>,
    reports: &[PyRef<'py, PyReport>],
    sources: &[Option<String>],
    pairs: bool,
) -> PyResult<Bound<'py, PyDict>> {
    let n: usize = reports.iter().map(|r| r.inner.diagnostics.len()).sum();
    let mut cols: Vec<Vec<Bound<'py, PyAny>>> =
        COLUMNS.iter().map(|_| Vec::with_capacity(n)).collect();
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
                d.code.as_ref().into_pyobject(py)?.into_any(),
                d.severity.label(locale).into_pyobject(py)?.into_any(),
                d.category.word().into_pyobject(py)?.into_any(),
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
                d.help.as_ref().into_pyobject(py)?.into_any(),
                if pairs {
                    let items: Vec<Bound<'py, PyTuple>> = d
                        .params
                        .iter()
                        .map(|(k, v)| {
                            let text = match v {
                                serde_json::Value::String(s) => s.clone(),
                                other => other.to_string(),
                            };
                            PyTuple::new(py, [k, text.as_str()])
                        })
                        .collect::<PyResult<_>>()?;
                    PyList::new(py, items)?.into_any()
                } else {
                    let out = PyDict::new(py);
                    for (k, v) in &d.params {
                        out.set_item(k, to_py(py, v)?)?;
                    }
                    out.into_any()
                },
                opt(d.rule.in_force.from.map(|x| x.to_string()).as_deref())?,
                opt(d.rule.in_force.to.map(|x| x.to_string()).as_deref())?,
                d.legal_basis.label.as_ref().into_pyobject(py)?.into_any(),
                opt(d.legal_basis.url.as_deref())?,
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
        }
    }
    let out = PyDict::new(py);
    for (name, col) in COLUMNS.iter().zip(cols) {
        out.set_item(*name, PyList::new(py, col)?)?;
    }
    Ok(out)
}
