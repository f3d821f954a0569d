//! Typed decoding of JSON text, with structs read as maps only.
//!
//! serde's derived `Deserialize` accepts a struct written as a JSON array of its fields, and
//! serde_json inlines that sequence reader into every struct's decoder: about a third of the
//! decoding code, for a form no document uses. [`from_str`] reads through a thin wrapper that
//! asks the parser for a map wherever a struct is expected, so the sequence readers are never
//! compiled. An array given for a struct is then refused at the array itself ("invalid type:
//! sequence, expected struct …"), which is also the clearer message.
//!
//! Every other request is forwarded unchanged, and the wrapper follows the values down (map
//! values, sequence items, enum contents), so nested structs are read the same way.
//!
//! Following the values down, it also counts what [`Limits`] bounds: the depth of every
//! container and the length of every list. [`from_str_within`] refuses a text beyond them while
//! decoding it, as [`super::limits::check_limits`] refuses its value, without a pass of its own
//! over the text (which took 15 % of a document's validation).
//!
//! The count lives in a thread-local [`Budget`] rather than in the wrappers: they stay empty, so
//! that forwarding a value compiles to nothing. The wrapper is compiled once for every type read,
//! and carrying the count in it made each browser module 21 KB (gzipped) larger.

use serde::de::{
    self, DeserializeOwned, DeserializeSeed, Deserializer, EnumAccess, MapAccess, SeqAccess,
    VariantAccess, Visitor,
};
use std::cell::Cell;
use std::fmt;

use super::fault::LIMIT_MARKER;
use super::Limits;

/// Reads JSON text into `T`, structs as maps only; the error is serde_json's, with its position.
pub fn from_str<T: DeserializeOwned>(text: &str) -> serde_json::Result<T> {
    let mut de = serde_json::Deserializer::from_str(text);
    let value = T::deserialize(MapOnly(&mut de))?;
    de.end()?;
    Ok(value)
}

/// [`from_str`], refusing a container nested deeper than `limits.max_depth` or a list longer
/// than `limits.max_items` (a data error that [`super::fault::Fault`] reads as
/// [`super::fault::FaultKind::TooDeep`] or [`super::fault::FaultKind::TooMany`]).
pub fn from_str_within<T: DeserializeOwned>(text: &str, limits: &Limits) -> serde_json::Result<T> {
    let budget = Budget {
        depth: 0,
        // A limit beyond `u32` is no limit: no text that long fits in memory.
        max_depth: u32::try_from(limits.max_depth).unwrap_or(u32::MAX),
        max_items: u32::try_from(limits.max_items).unwrap_or(u32::MAX),
    };
    with_budget(budget, || from_str::<T>(text))
}

/// Runs `read` without limits, even within [`from_str_within`]: for a text made of values
/// already counted (a document whose `"type"` is not first is kept, then read again from its
/// own text).
pub(crate) fn unbounded<R>(read: impl FnOnce() -> R) -> R {
    with_budget(Budget::NONE, read)
}

/// Runs `read` within `budget`, then gives the thread its budget back.
fn with_budget<R>(budget: Budget, read: impl FnOnce() -> R) -> R {
    let outer = BUDGET.try_with(|b| b.replace(budget)).ok();
    let out = read();
    if let Some(outer) = outer {
        let _ = BUDGET.try_with(|b| b.set(outer));
    }
    out
}

/// The limits of the text that [`from_str_within`] reads on this thread, and how many
/// containers are open in it.
#[derive(Clone, Copy)]
struct Budget {
    depth: u32,
    max_depth: u32,
    max_items: u32,
}

impl Budget {
    /// No limits: what [`from_str`] and [`MapOnly`] alone read within.
    const NONE: Budget = Budget {
        depth: 0,
        max_depth: u32::MAX,
        max_items: u32::MAX,
    };
}

thread_local! {
    static BUDGET: Cell<Budget> = const { Cell::new(Budget::NONE) };
}

/// Opens a container; its error, the container left unopened, when it is one level too deep.
#[inline(never)]
fn enter<E: de::Error>() -> Result<(), E> {
    let too_deep = BUDGET
        .try_with(|b| {
            let mut budget = b.get();
            budget.depth = budget.depth.saturating_add(1);
            b.set(budget);
            budget.depth > budget.max_depth
        })
        .unwrap_or(false);
    if too_deep {
        // Left unopened: the caller returns the error at once, without `leave`.
        leave();
        return Err(E::custom(format_args!("{LIMIT_MARKER}depth")));
    }
    Ok(())
}

/// Closes the container last opened.
#[inline(never)]
fn leave() {
    let _ = BUDGET.try_with(|b| {
        let mut budget = b.get();
        budget.depth = budget.depth.saturating_sub(1);
        b.set(budget);
    });
}

/// Runs `read` one container deeper: refused unread when that is too deep.
fn nested<T, E: de::Error>(read: impl FnOnce() -> Result<T, E>) -> Result<T, E> {
    enter()?;
    let out = read();
    leave();
    out
}

/// Counts one more item of a list; the error when that is one too many.
#[inline(never)]
fn count<E: de::Error>(items: &mut u32) -> Result<(), E> {
    *items = items.saturating_add(1);
    if *items > BUDGET.try_with(|b| b.get().max_items).unwrap_or(u32::MAX) {
        return Err(E::custom(format_args!("{LIMIT_MARKER}items")));
    }
    Ok(())
}

/// Whether a text is read within limits.
fn bounded() -> bool {
    BUDGET
        .try_with(|b| {
            let budget = b.get();
            budget.max_depth != u32::MAX || budget.max_items != u32::MAX
        })
        .unwrap_or(false)
}

/// A deserializer that reads structs as maps (wraps any serde deserializer, e.g. a
/// `serde_json::Value`, to decode it as [`from_str`] does).
pub struct MapOnly<D>(pub D);

impl<D> MapOnly<D> {
    /// Wraps `de`.
    pub fn new(de: D) -> MapOnly<D> {
        MapOnly(de)
    }
}

/// A visitor whose nested deserializers are wrapped in [`MapOnly`].
struct Wrap<V>(V);

/// A seed whose deserializer is wrapped in [`MapOnly`].
struct Seed<S>(S);

macro_rules! forward {
    ($($method:ident)*) => {
        $(
            fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
                self.0.$method(Wrap(visitor))
            }
        )*
    };
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for MapOnly<D> {
    type Error = D::Error;

    forward! {
        deserialize_any deserialize_bool deserialize_i8 deserialize_i16 deserialize_i32
        deserialize_i64 deserialize_i128 deserialize_u8 deserialize_u16 deserialize_u32
        deserialize_u64 deserialize_u128 deserialize_f32 deserialize_f64 deserialize_char
        deserialize_str deserialize_string deserialize_bytes deserialize_byte_buf
        deserialize_option deserialize_unit deserialize_seq deserialize_map
        deserialize_identifier
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
        if bounded() {
            // serde_json skips an ignored value on its own, unseen: within limits, it is read
            // through the wrapper so that it is counted too.
            self.0.deserialize_any(Wrap(visitor))
        } else {
            self.0.deserialize_ignored_any(Wrap(visitor))
        }
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_unit_struct(name, Wrap(visitor))
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_newtype_struct(name, Wrap(visitor))
    }

    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_tuple(len, Wrap(visitor))
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_tuple_struct(name, len, Wrap(visitor))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        // The point of the wrapper: never `visit_seq` for a struct.
        self.0.deserialize_map(Wrap(visitor))
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_enum(name, variants, Wrap(visitor))
    }

    fn is_human_readable(&self) -> bool {
        self.0.is_human_readable()
    }
}

macro_rules! visit_scalar {
    ($($method:ident: $ty:ty)*) => {
        $(
            fn $method<E: de::Error>(self, v: $ty) -> Result<V::Value, E> {
                self.0.$method(v)
            }
        )*
    };
}

impl<'de, V: Visitor<'de>> Visitor<'de> for Wrap<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.expecting(f)
    }

    visit_scalar! {
        visit_bool: bool visit_i8: i8 visit_i16: i16 visit_i32: i32 visit_i64: i64
        visit_i128: i128 visit_u8: u8 visit_u16: u16 visit_u32: u32 visit_u64: u64
        visit_u128: u128 visit_f32: f32 visit_f64: f64 visit_char: char visit_str: &str
        visit_borrowed_str: &'de str visit_string: String visit_bytes: &[u8]
        visit_borrowed_bytes: &'de [u8] visit_byte_buf: Vec<u8>
    }

    fn visit_none<E: de::Error>(self) -> Result<V::Value, E> {
        self.0.visit_none()
    }

    fn visit_unit<E: de::Error>(self) -> Result<V::Value, E> {
        self.0.visit_unit()
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<V::Value, D::Error> {
        self.0.visit_some(MapOnly(d))
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<V::Value, D::Error> {
        self.0.visit_newtype_struct(MapOnly(d))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        nested(|| self.0.visit_seq(Items(seq, 0)))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        nested(|| self.0.visit_map(Wrap(map)))
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<V::Value, A::Error> {
        // Written `"word"` or `{"word": …}`, which the parser does not tell apart: counted as
        // the object, so that a word at the deepest level takes the explaining route.
        nested(|| self.0.visit_enum(Wrap(data)))
    }
}

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for Seed<S> {
    type Value = S::Value;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<S::Value, D::Error> {
        self.0.deserialize(MapOnly(d))
    }
}

/// A list's items, counted.
struct Items<A>(A, u32);

impl<'de, A: SeqAccess<'de>> SeqAccess<'de> for Items<A> {
    type Error = A::Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, A::Error> {
        let item = self.0.next_element_seed(Seed(seed))?;
        if item.is_some() {
            count(&mut self.1)?;
        }
        Ok(item)
    }

    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Wrap<A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        self.0.next_key_seed(Seed(seed))
    }

    fn next_value_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<T::Value, A::Error> {
        self.0.next_value_seed(Seed(seed))
    }

    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

impl<'de, A: EnumAccess<'de>> EnumAccess<'de> for Wrap<A> {
    type Error = A::Error;
    type Variant = Wrap<A::Variant>;

    fn variant_seed<T: DeserializeSeed<'de>>(
        self,
        seed: T,
    ) -> Result<(T::Value, Wrap<A::Variant>), A::Error> {
        self.0
            .variant_seed(Seed(seed))
            .map(|(value, variant)| (value, Wrap(variant)))
    }
}

impl<'de, A: VariantAccess<'de>> VariantAccess<'de> for Wrap<A> {
    type Error = A::Error;

    fn unit_variant(self) -> Result<(), A::Error> {
        self.0.unit_variant()
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, A::Error> {
        self.0.newtype_variant_seed(Seed(seed))
    }

    fn tuple_variant<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, A::Error> {
        self.0.tuple_variant(len, Wrap(visitor))
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        self.0.struct_variant(fields, Wrap(visitor))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[test]
    fn a_document_is_read_and_a_struct_as_an_array_refused() {
        use crate::model::Document;
        let doc: Document = from_str(r#"{"type": "contrat_local_sante", "nom": "CLS"}"#).unwrap();
        assert_eq!(doc.kind().tag(), "contrat_local_sante");
        // serde_json alone would accept a struct written as an array of its fields.
        let text = r#"{"type": "contrat_local_sante", "perimetre": [[]]}"#;
        assert!(from_str::<Document>(text).is_err());
    }

    #[derive(Debug, Deserialize, PartialEq)]
    struct Inner {
        a: u32,
    }

    #[derive(Debug, Deserialize, PartialEq)]
    struct Outer {
        inner: Inner,
        items: Vec<Inner>,
        opt: Option<Inner>,
    }

    #[test]
    fn structs_read_as_maps_at_every_depth() {
        let ok: Outer =
            from_str(r#"{"inner": {"a": 1}, "items": [{"a": 2}], "opt": {"a": 3}}"#).unwrap();
        assert_eq!(ok.items, vec![Inner { a: 2 }]);
        assert_eq!(ok.opt, Some(Inner { a: 3 }));
        // serde_json alone accepts a struct written as an array; through the wrapper it is an
        // error at the array, wherever the struct is.
        assert!(serde_json::from_str::<Inner>("[1]").is_ok());
        for text in [
            r#"[{"a": 1}, [], null]"#,
            r#"{"inner": [1], "items": [], "opt": null}"#,
            r#"{"inner": {"a": 1}, "items": [[2]], "opt": null}"#,
            r#"{"inner": {"a": 1}, "items": [], "opt": [3]}"#,
        ] {
            let e = from_str::<Outer>(text).unwrap_err().to_string();
            assert!(
                e.starts_with("invalid type: sequence, expected struct"),
                "{e}"
            );
        }
    }

    #[test]
    fn trailing_text_and_positions_are_kept() {
        let e = from_str::<Inner>(r#"{"a": 1} x"#).unwrap_err();
        assert!(e.to_string().starts_with("trailing characters"), "{e}");
        let e = from_str::<Outer>("{\n  \"inner\": {\"a\": \"x\"}}").unwrap_err();
        assert_eq!((e.line(), e.column()), (2, 20));
    }
}
