//! Python dicts read straight into the model: a serde deserializer over the Python objects, so
//! that a batch of dicts builds no `serde_json::Value` (the walk of `convert.rs`, the value's
//! measure and its decoding, then freeing it: about half of a batch's instructions by callgrind,
//! 2,000 documents, 2026-12-07).
//!
//! Our own rather than `pythonize`'s: the same walk measures the object as the core measures a
//! value (the length of its compact JSON text, its depth, its lists' lengths against
//! [`Limits`]) and gives up at the first thing it does not take as the core's value route
//! would (a dict subclass, a non-text key, a date, a number beyond 64 bits, NaN, a lone
//! surrogate, an object beyond the limits, a portfolio, a value the model refuses): the caller
//! then hands the object over as a value (`convert.rs`), whose route words every such finding.
//! So both routes give the same report; the fast one only skips the copy.

use std::fmt;

use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyList, PyString, PyTuple};
use serde::de::{self, DeserializeSeed, Deserializer, IntoDeserializer, MapAccess, SeqAccess};
use serde::de::{IgnoredAny, Visitor};
use serde::Deserialize;

use territoire_sante::api::input::{json_number_len, json_string_len, read_fields, Heading, Input};
use territoire_sante::model::DocumentKind;
use territoire_sante::Limits;

/// Why the fast route gave up (never shown: the value route then says it properly).
#[derive(Debug)]
struct GiveUp;

impl fmt::Display for GiveUp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("read as a value instead")
    }
}

impl std::error::Error for GiveUp {}

impl de::Error for GiveUp {
    fn custom<T: fmt::Display>(_: T) -> GiveUp {
        GiveUp
    }
}

/// The object's measure so far against the limits; `counting` off reads without measuring
/// (the heading, read from an object already measured).
struct Budget {
    limits: Limits,
    size: usize,
    counting: bool,
}

impl Budget {
    fn add(&mut self, n: usize) -> Result<(), GiveUp> {
        if self.counting {
            self.size = self.size.saturating_add(n);
            if self.size > self.limits.max_bytes {
                return Err(GiveUp);
            }
        }
        Ok(())
    }

    /// Enters a container of `len` items at `depth` (1 at the top): its brackets and commas.
    fn enter(&mut self, depth: usize, len: usize, list: bool) -> Result<(), GiveUp> {
        if self.counting && (depth > self.limits.max_depth || (list && len > self.limits.max_items))
        {
            return Err(GiveUp);
        }
        self.add(2 + len.saturating_sub(1))
    }
}

/// `obj` as a document, when the fast route takes it (see the module's documentation).
pub(crate) fn decoded(dict: &Bound<'_, PyDict>, limits: &Limits) -> Option<Input> {
    let tag = dict.get_item("type").ok()??;
    let kind = DocumentKind::from_tag(tag.cast_exact::<PyString>().ok()?.to_str().ok()?)?;
    if kind == DocumentKind::Portefeuille {
        return None;
    }
    let mut budget = Budget {
        limits: *limits,
        size: 0,
        counting: true,
    };
    let top = De {
        obj: dict.as_any().clone(),
        depth: 1,
        budget: &mut budget,
        skip_type: true,
    };
    let document = read_fields(kind, top).ok()?;
    let mut free = Budget {
        limits: *limits,
        size: 0,
        counting: false,
    };
    let heading = Heading::deserialize(De {
        obj: dict.as_any().clone(),
        depth: 1,
        budget: &mut free,
        skip_type: false,
    })
    .unwrap_or_default();
    Some(Input::Decoded {
        document: Box::new(document),
        heading,
    })
}

/// One Python object to read, at `depth` (1 at the top).
struct De<'a, 'py> {
    obj: Bound<'py, PyAny>,
    depth: usize,
    budget: &'a mut Budget,
    /// The top object's `"type"` is the kind, already read: measured, not handed over.
    skip_type: bool,
}

/// The number of digits of `n` (and its sign), as JSON writes an integer.
fn digits(n: u64) -> usize {
    n.checked_ilog10().map_or(1, |d| d as usize + 1)
}

impl<'de> Deserializer<'de> for De<'_, '_> {
    type Error = GiveUp;

    fn deserialize_any<V: Visitor<'de>>(self, v: V) -> Result<V::Value, GiveUp> {
        let o = &self.obj;
        if o.is_none() {
            self.budget.add(4)?;
            return v.visit_unit();
        }
        if let Ok(s) = o.cast_exact::<PyString>() {
            let t = s.to_str().map_err(|_| GiveUp)?;
            self.budget.add(json_string_len(t))?;
            return v.visit_str(t);
        }
        if let Ok(b) = o.cast_exact::<PyBool>() {
            let b = b.is_true();
            self.budget.add(if b { 4 } else { 5 })?;
            return v.visit_bool(b);
        }
        if let Ok(i) = o.cast_exact::<PyInt>() {
            // As serde_json's numbers: non-negative ones are visited as u64.
            if let Ok(n) = i.extract::<u64>() {
                self.budget.add(digits(n))?;
                return v.visit_u64(n);
            }
            let n = i.extract::<i64>().map_err(|_| GiveUp)?;
            self.budget.add(digits(n.unsigned_abs()) + 1)?;
            return v.visit_i64(n);
        }
        if let Ok(f) = o.cast_exact::<PyFloat>() {
            let x = f.value();
            let n = serde_json::Number::from_f64(x).ok_or(GiveUp)?;
            self.budget.add(json_number_len(&n))?;
            return v.visit_f64(x);
        }
        if let Ok(d) = o.cast_exact::<PyDict>() {
            self.budget.enter(self.depth, d.len(), false)?;
            return v.visit_map(Fields {
                items: d.iter(),
                value: None,
                depth: self.depth + 1,
                budget: self.budget,
                skip_type: self.skip_type,
            });
        }
        let items = if let Ok(l) = o.cast_exact::<PyList>() {
            l.iter().collect::<Vec<_>>()
        } else if let Ok(t) = o.cast_exact::<PyTuple>() {
            t.iter().collect::<Vec<_>>()
        } else {
            return Err(GiveUp);
        };
        self.budget.enter(self.depth, items.len(), true)?;
        v.visit_seq(Items {
            items: items.into_iter(),
            depth: self.depth + 1,
            budget: self.budget,
        })
    }

    fn deserialize_option<V: Visitor<'de>>(self, v: V) -> Result<V::Value, GiveUp> {
        if self.obj.is_none() {
            self.budget.add(4)?;
            v.visit_none()
        } else {
            v.visit_some(self)
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        v: V,
    ) -> Result<V::Value, GiveUp> {
        v.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, GiveUp> {
        // Unit variants, written as text; any other form goes the value route.
        let s = self.obj.cast_exact::<PyString>().map_err(|_| GiveUp)?;
        let t = s.to_str().map_err(|_| GiveUp)?;
        self.budget.add(json_string_len(t))?;
        v.visit_enum(t.into_deserializer())
    }

    fn deserialize_map<V: Visitor<'de>>(self, v: V) -> Result<V::Value, GiveUp> {
        // As the core's reader: a struct or a map only from an object.
        if self.obj.cast_exact::<PyDict>().is_err() {
            return Err(GiveUp);
        }
        self.deserialize_any(v)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, GiveUp> {
        self.deserialize_map(v)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, v: V) -> Result<V::Value, GiveUp> {
        // Measured all the same; read past without a look when nothing is being measured.
        if self.budget.counting {
            self.deserialize_any(IgnoredAny)?;
        }
        v.visit_unit()
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        unit unit_struct seq tuple tuple_struct identifier
    }
}

/// A dict's entries.
struct Fields<'a, 'py> {
    items: pyo3::types::iter::BoundDictIterator<'py>,
    value: Option<Bound<'py, PyAny>>,
    depth: usize,
    budget: &'a mut Budget,
    skip_type: bool,
}

impl<'de> MapAccess<'de> for Fields<'_, '_> {
    type Error = GiveUp;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, GiveUp> {
        loop {
            let Some((k, v)) = self.items.next() else {
                return Ok(None);
            };
            let k = k.cast_exact::<PyString>().map_err(|_| GiveUp)?;
            let t = k.to_str().map_err(|_| GiveUp)?;
            self.budget.add(json_string_len(t) + 1)?;
            if self.skip_type && t == "type" {
                De {
                    obj: v,
                    depth: self.depth,
                    budget: self.budget,
                    skip_type: false,
                }
                .deserialize_ignored_any(IgnoredAny)?;
                continue;
            }
            self.value = Some(v);
            return seed.deserialize(t.into_deserializer()).map(Some);
        }
    }

    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value, GiveUp> {
        let obj = self.value.take().ok_or(GiveUp)?;
        seed.deserialize(De {
            obj,
            depth: self.depth,
            budget: self.budget,
            skip_type: false,
        })
    }
}

/// A list's or a tuple's items.
struct Items<'a, 'py> {
    items: std::vec::IntoIter<Bound<'py, PyAny>>,
    depth: usize,
    budget: &'a mut Budget,
}

impl<'de> SeqAccess<'de> for Items<'_, '_> {
    type Error = GiveUp;

    fn next_element_seed<S: DeserializeSeed<'de>>(
        &mut self,
        seed: S,
    ) -> Result<Option<S::Value>, GiveUp> {
        let Some(obj) = self.items.next() else {
            return Ok(None);
        };
        seed.deserialize(De {
            obj,
            depth: self.depth,
            budget: self.budget,
            skip_type: false,
        })
        .map(Some)
    }
}
