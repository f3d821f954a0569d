//! Python objects → the core's inputs, with no JSON text in between.
//!
//! A dict or list becomes a `serde_json::Value` walked straight from the Python objects (our own
//! walk rather than `pythonize`: it was measured faster on the benchmark's documents, see
//! docs/performance.md, and it locates what it cannot convert, which the core then reports).
//! Values JSON has no word for but analysts hand over every day are written as `json.dumps`
//! with the façade's defaults wrote them: dates as ISO text, tuples and sets as lists, numpy
//! scalars as the number they hold.

use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{
    PyBool, PyDict, PyFloat, PyFrozenSet, PyInt, PyList, PyMapping, PySet, PyString, PyTuple,
    PyType,
};
use serde_json::{Map, Number, Value};

use territoire_sante::api::input::Input;

/// Containers nested deeper than this are kept as empty lists: the deepest limit a validator
/// accepts is 120, so the core already reports them too deep, at the pointer where the excess
/// starts, exactly as it would for the whole value.
const MAX_DEPTH: usize = 122;

/// Why a value could not be converted.
pub(crate) enum Fail {
    /// A reason the core reports (`not_finite`, `cycle`, `lone_surrogate`).
    Code(&'static str),
    /// A value of no JSON type (its type's name).
    Type(String),
}

/// A conversion failure and where (JSON Pointer tokens, innermost last once reversed).
pub(crate) struct Failure {
    pub(crate) fail: Fail,
    tokens: Vec<String>,
}

impl Failure {
    fn new(fail: Fail) -> Failure {
        Failure {
            fail,
            tokens: Vec::new(),
        }
    }

    fn within(mut self, token: String) -> Failure {
        self.tokens.push(token);
        self
    }

    /// The JSON Pointer of the culprit.
    pub(crate) fn pointer(&self) -> String {
        let mut out = String::new();
        for t in self.tokens.iter().rev() {
            out.push('/');
            out.push_str(&t.replace('~', "~0").replace('/', "~1"));
        }
        out
    }

    /// The input the core reports on.
    pub(crate) fn into_input(self) -> Input {
        let path = self.pointer();
        let code = match self.fail {
            Fail::Code(c) => c,
            Fail::Type(_) => "unsupported_type",
        };
        Input::Unreadable {
            code: code.to_string(),
            path,
        }
    }
}

/// What a front may hand to `validate`: a document, never guessed from its content.
pub(crate) enum Given {
    /// Ready for the core.
    Input(Input),
    /// A value with something of no JSON type inside (`validate` raises, a batch reports).
    Unsupported(Failure),
}

fn datetime_types(py: Python<'_>) -> PyResult<(&Bound<'_, PyType>, &Bound<'_, PyType>)> {
    static DATETIME: PyOnceLock<Py<PyType>> = PyOnceLock::new();
    static DATE: PyOnceLock<Py<PyType>> = PyOnceLock::new();
    Ok((
        DATETIME.import(py, "datetime", "datetime")?,
        DATE.import(py, "datetime", "date")?,
    ))
}

fn os_pathlike(py: Python<'_>) -> PyResult<&Bound<'_, PyType>> {
    static PATHLIKE: PyOnceLock<Py<PyType>> = PyOnceLock::new();
    PATHLIKE.import(py, "os", "PathLike")
}

/// Reads `obj` as one input: a `str` is JSON text, `bytes`-like objects are UTF-8 JSON text, an
/// `os.PathLike` is a file, a dict, mapping, list or tuple is a value built by a program.
/// `None` for anything else (the caller says what is expected).
pub(crate) fn given(obj: &Bound<'_, PyAny>) -> PyResult<Option<Given>> {
    let py = obj.py();
    if let Ok(s) = obj.cast::<PyString>() {
        return Ok(Some(match s.to_str() {
            Ok(t) => Given::Input(Input::Text(t.to_owned())),
            Err(_) => Given::Input(Input::Unreadable {
                code: "lone_surrogate".into(),
                path: String::new(),
            }),
        }));
    }
    if obj.is_instance_of::<PyDict>()
        || obj.is_instance_of::<PyList>()
        || obj.is_instance_of::<PyTuple>()
        || obj.cast::<PyMapping>().is_ok()
    {
        return Ok(Some(match to_value(obj) {
            Ok(v) => Given::Input(Input::Value(v)),
            Err(f) if matches!(f.fail, Fail::Type(_)) => Given::Unsupported(f),
            Err(f) => Given::Input(f.into_input()),
        }));
    }
    if let Ok(b) = obj.extract::<Vec<u8>>() {
        if !obj.is_instance_of::<PyList>() {
            return Ok(Some(Given::Input(Input::Bytes(b))));
        }
    }
    if obj.is_instance(os_pathlike(py)?)? {
        let path: std::path::PathBuf = obj.extract()?;
        return Ok(Some(Given::Input(Input::Path(path))));
    }
    Ok(None)
}

/// `obj` as a JSON value (see the module's documentation).
pub(crate) fn to_value(obj: &Bound<'_, PyAny>) -> Result<Value, Failure> {
    let mut ancestors: Vec<usize> = Vec::with_capacity(16);
    walk(obj, &mut ancestors)
}

fn walk(obj: &Bound<'_, PyAny>, ancestors: &mut Vec<usize>) -> Result<Value, Failure> {
    if obj.is_none() {
        return Ok(Value::Null);
    }
    if let Ok(s) = obj.cast_exact::<PyString>() {
        return text(s);
    }
    if let Ok(b) = obj.cast::<PyBool>() {
        return Ok(Value::Bool(b.is_true()));
    }
    if let Ok(f) = obj.cast::<PyFloat>() {
        return float(f.value());
    }
    if obj.is_instance_of::<PyInt>() {
        if let Ok(i) = obj.extract::<i64>() {
            return Ok(Value::from(i));
        }
        if let Ok(u) = obj.extract::<u64>() {
            return Ok(Value::from(u));
        }
        // Beyond 64 bits, the number serde_json would read from `json.dumps`'s digits.
        return obj
            .extract::<f64>()
            .map_err(|_| Failure::new(Fail::Code("not_finite")))
            .and_then(float);
    }
    if let Ok(s) = obj.cast::<PyString>() {
        return text(s);
    }
    let id = obj.as_ptr() as usize;
    if let Ok(d) = obj.cast::<PyDict>() {
        return container(id, ancestors, |ancestors| {
            let mut out = Map::new();
            for (k, v) in d.iter() {
                let key = key(&k)?;
                let value = walk(&v, ancestors).map_err(|f| f.within(key.clone()))?;
                out.insert(key, value);
            }
            Ok(Value::Object(out))
        });
    }
    if obj.is_instance_of::<PyList>() || obj.is_instance_of::<PyTuple>() {
        return container(id, ancestors, |ancestors| {
            let mut out = Vec::with_capacity(obj.len().unwrap_or(0));
            for (i, item) in obj.try_iter().map_err(|_| unsupported(obj))?.enumerate() {
                let item = item.map_err(|_| unsupported(obj))?;
                out.push(walk(&item, ancestors).map_err(|f| f.within(i.to_string()))?);
            }
            Ok(Value::Array(out))
        });
    }
    if obj.is_instance_of::<PySet>() || obj.is_instance_of::<PyFrozenSet>() {
        // As `list(o)` in the façade's json defaults: the set's own order.
        let list = obj.call_method0("__iter__").and_then(|it| {
            let items: Vec<Bound<'_, PyAny>> = it
                .try_iter()?
                .collect::<PyResult<Vec<Bound<'_, PyAny>>>>()?;
            PyList::new(obj.py(), items)
        });
        return match list {
            Ok(l) => walk(l.as_any(), ancestors),
            Err(_) => Err(unsupported(obj)),
        };
    }
    if let Ok(m) = obj.cast::<PyMapping>() {
        return container(id, ancestors, |ancestors| {
            let mut out = Map::new();
            let items = m.items().map_err(|_| unsupported(obj))?;
            for pair in items.iter() {
                let (k, v): (Bound<'_, PyAny>, Bound<'_, PyAny>) =
                    pair.extract().map_err(|_| unsupported(obj))?;
                let key = key(&k)?;
                let value = walk(&v, ancestors).map_err(|f| f.within(key.clone()))?;
                out.insert(key, value);
            }
            Ok(Value::Object(out))
        });
    }
    let py = obj.py();
    if let Ok((datetime, date)) = datetime_types(py) {
        if obj.is_instance(datetime).unwrap_or(false) {
            // A date read into a datetime column (midnight, no zone) is the date it was.
            let midnight = obj.getattr("tzinfo").map(|z| z.is_none()).unwrap_or(false)
                && ["hour", "minute", "second", "microsecond"].iter().all(|a| {
                    obj.getattr(*a)
                        .and_then(|v| v.extract::<i64>())
                        .is_ok_and(|v| v == 0)
                });
            let iso = if midnight {
                obj.call_method0("date")
                    .and_then(|d| d.call_method0("isoformat"))
            } else {
                obj.call_method0("isoformat")
            };
            return iso
                .and_then(|s| s.extract::<String>())
                .map(Value::String)
                .map_err(|_| unsupported(obj));
        }
        if obj.is_instance(date).unwrap_or(false) {
            return obj
                .call_method0("isoformat")
                .and_then(|s| s.extract::<String>())
                .map(Value::String)
                .map_err(|_| unsupported(obj));
        }
    }
    // numpy scalars (and anything with `item()`): the Python value they hold, once.
    if let Ok(item) = obj.getattr("item") {
        if item.is_callable() {
            if let Ok(v) = item.call0() {
                if !v.get_type().is(obj.get_type()) && !v.hasattr("item").unwrap_or(true) {
                    return walk(&v, ancestors);
                }
            }
        }
    }
    Err(unsupported(obj))
}

fn container(
    id: usize,
    ancestors: &mut Vec<usize>,
    fill: impl FnOnce(&mut Vec<usize>) -> Result<Value, Failure>,
) -> Result<Value, Failure> {
    if ancestors.contains(&id) {
        return Err(Failure::new(Fail::Code("cycle")));
    }
    if ancestors.len() >= MAX_DEPTH {
        return Ok(Value::Array(Vec::new()));
    }
    ancestors.push(id);
    let out = fill(ancestors);
    ancestors.pop();
    out
}

// `to_str` borrows the string's UTF-8 (Python keeps it with the string) where `to_cow`, under the
// limited API before 3.10, made a bytes object of each string and copied it: 16 % of a batch's
// instructions (callgrind, 2,000 documents, 2026-12-07), hence the wheel's abi3 floor at 3.10.
fn text(s: &Bound<'_, PyString>) -> Result<Value, Failure> {
    s.to_str()
        .map(|t| Value::String(t.to_owned()))
        .map_err(|_| Failure::new(Fail::Code("lone_surrogate")))
}

fn float(f: f64) -> Result<Value, Failure> {
    Number::from_f64(f)
        .map(Value::Number)
        .ok_or_else(|| Failure::new(Fail::Code("not_finite")))
}

/// A key as `json.dumps` writes it: text, or the digits of an integer.
fn key(k: &Bound<'_, PyAny>) -> Result<String, Failure> {
    if let Ok(s) = k.cast::<PyString>() {
        // A key that is not text cannot name its own place: the object holding it is the culprit.
        return s
            .to_str()
            .map(str::to_owned)
            .map_err(|_| Failure::new(Fail::Code("lone_surrogate")));
    }
    if k.is_instance_of::<PyInt>() && !k.is_instance_of::<PyBool>() {
        if let Ok(s) = k.str() {
            return Ok(s.to_string());
        }
    }
    Err(unsupported(k))
}

fn unsupported(obj: &Bound<'_, PyAny>) -> Failure {
    let name = obj
        .get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "?".into());
    Failure::new(Fail::Type(name))
}

/// A JSON value as Python objects (`dict`, `list`, `str`, `int`, `float`, `bool`, `None`).
pub(crate) fn to_py<'py>(py: Python<'py>, v: &Value) -> PyResult<Bound<'py, PyAny>> {
    Ok(match v {
        Value::Null => py.None().into_bound(py),
        Value::Bool(b) => PyBool::new(py, *b).to_owned().into_any(),
        Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                i.into_pyobject(py)?.into_any()
            } else if let Some(u) = n.as_u64() {
                u.into_pyobject(py)?.into_any()
            } else {
                n.as_f64().unwrap_or(f64::NAN).into_pyobject(py)?.into_any()
            }
        }
        Value::String(s) => PyString::new(py, s).into_any(),
        Value::Array(items) => {
            let out = PyList::empty(py);
            for item in items {
                out.append(to_py(py, item)?)?;
            }
            out.into_any()
        }
        Value::Object(map) => {
            let out = PyDict::new(py);
            for (k, item) in map {
                out.set_item(k, to_py(py, item)?)?;
            }
            out.into_any()
        }
    })
}

/// Any serialisable answer of the core as Python objects.
pub(crate) fn answer<'py>(
    py: Python<'py>,
    v: &impl serde::Serialize,
) -> PyResult<Bound<'py, PyAny>> {
    let value = serde_json::to_value(v)
        .map_err(|e| pyo3::exceptions::PyRuntimeError::new_err(e.to_string()))?;
    to_py(py, &value)
}
