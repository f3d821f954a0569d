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
//! decoding it, as [`super::limits::check_limits`] refuses its value, without a scan of its own.

use serde::de::{
    self, DeserializeOwned, DeserializeSeed, Deserializer, EnumAccess, MapAccess, SeqAccess,
    VariantAccess, Visitor,
};
use std::fmt;

use super::fault::LIMIT_MARKER;
use super::Limits;

/// Reads JSON text into `T`, structs as maps only; the error is serde_json's, with its position.
pub fn from_str<T: DeserializeOwned>(text: &str) -> serde_json::Result<T> {
    let mut de = serde_json::Deserializer::from_str(text);
    let value = T::deserialize(MapOnly::new(&mut de))?;
    de.end()?;
    Ok(value)
}

/// [`from_str`], refusing a container nested deeper than `limits.max_depth` or a list longer
/// than `limits.max_items` (a data error that [`super::fault::Fault`] reads as
/// [`super::fault::FaultKind::TooDeep`] or [`super::fault::FaultKind::TooMany`]).
pub fn from_str_within<T: DeserializeOwned>(text: &str, limits: &Limits) -> serde_json::Result<T> {
    let mut de = serde_json::Deserializer::from_str(text);
    let bounds = Bounds {
        max_depth: limits.max_depth,
        max_items: limits.max_items,
    };
    let value = T::deserialize(MapOnly {
        de: &mut de,
        depth: 1,
        bounds,
    })?;
    de.end()?;
    Ok(value)
}

/// A deserializer that reads structs as maps (wraps any serde deserializer, e.g. a
/// `serde_json::Value`, to decode it as [`from_str`] does).
pub struct MapOnly<D> {
    de: D,
    /// The depth of the value it reads (1 at the top), as [`Limits::max_depth`] counts.
    depth: usize,
    bounds: Bounds,
}

impl<D> MapOnly<D> {
    /// Wraps `de`, without limits.
    pub fn new(de: D) -> MapOnly<D> {
        MapOnly {
            de,
            depth: 1,
            bounds: Bounds::NONE,
        }
    }
}

/// What [`Limits`] bounds while decoding.
#[derive(Clone, Copy)]
struct Bounds {
    max_depth: usize,
    max_items: usize,
}

impl Bounds {
    const NONE: Bounds = Bounds {
        max_depth: usize::MAX,
        max_items: usize::MAX,
    };

    /// The error of a container at `depth` beyond the limit, if it is.
    fn container<E: de::Error>(self, depth: usize) -> Result<(), E> {
        if depth > self.max_depth {
            Err(E::custom(format_args!("{LIMIT_MARKER}depth")))
        } else {
            Ok(())
        }
    }
}

/// A visitor whose nested deserializers are wrapped in [`MapOnly`]; `depth` is the depth of the
/// value it visits.
struct Wrap<V> {
    inner: V,
    depth: usize,
    bounds: Bounds,
}

/// A seed whose deserializer is wrapped in [`MapOnly`], for values at `depth`.
struct Seed<S> {
    inner: S,
    depth: usize,
    bounds: Bounds,
}

/// A list's items (at `depth`), counted.
struct Items<A> {
    inner: A,
    depth: usize,
    bounds: Bounds,
    count: usize,
}

impl<D> MapOnly<D> {
    fn wrap<V>(&self, inner: V) -> Wrap<V> {
        Wrap {
            inner,
            depth: self.depth,
            bounds: self.bounds,
        }
    }
}

macro_rules! forward {
    ($($method:ident)*) => {
        $(
            fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, D::Error> {
                let w = self.wrap(visitor);
                self.de.$method(w)
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
        let w = self.wrap(visitor);
        if self.bounds.max_depth == usize::MAX && self.bounds.max_items == usize::MAX {
            self.de.deserialize_ignored_any(w)
        } else {
            // serde_json skips an ignored value on its own, unseen: within limits, it is read
            // through the wrapper so that it is counted too.
            self.de.deserialize_any(w)
        }
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        let w = self.wrap(visitor);
        self.de.deserialize_unit_struct(name, w)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        let w = self.wrap(visitor);
        self.de.deserialize_newtype_struct(name, w)
    }

    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        let w = self.wrap(visitor);
        self.de.deserialize_tuple(len, w)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        let w = self.wrap(visitor);
        self.de.deserialize_tuple_struct(name, len, w)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        // The point of the wrapper: never `visit_seq` for a struct.
        let w = self.wrap(visitor);
        self.de.deserialize_map(w)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, D::Error> {
        let w = self.wrap(visitor);
        self.de.deserialize_enum(name, variants, w)
    }

    fn is_human_readable(&self) -> bool {
        self.de.is_human_readable()
    }
}

macro_rules! visit_scalar {
    ($($method:ident: $ty:ty)*) => {
        $(
            fn $method<E: de::Error>(self, v: $ty) -> Result<V::Value, E> {
                self.inner.$method(v)
            }
        )*
    };
}

impl<'de, V: Visitor<'de>> Visitor<'de> for Wrap<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.inner.expecting(f)
    }

    visit_scalar! {
        visit_bool: bool visit_i8: i8 visit_i16: i16 visit_i32: i32 visit_i64: i64
        visit_i128: i128 visit_u8: u8 visit_u16: u16 visit_u32: u32 visit_u64: u64
        visit_u128: u128 visit_f32: f32 visit_f64: f64 visit_char: char visit_str: &str
        visit_borrowed_str: &'de str visit_string: String visit_bytes: &[u8]
        visit_borrowed_bytes: &'de [u8] visit_byte_buf: Vec<u8>
    }

    fn visit_none<E: de::Error>(self) -> Result<V::Value, E> {
        self.inner.visit_none()
    }

    fn visit_unit<E: de::Error>(self) -> Result<V::Value, E> {
        self.inner.visit_unit()
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<V::Value, D::Error> {
        let (depth, bounds) = (self.depth, self.bounds);
        self.inner.visit_some(MapOnly {
            de: d,
            depth,
            bounds,
        })
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<V::Value, D::Error> {
        let (depth, bounds) = (self.depth, self.bounds);
        self.inner.visit_newtype_struct(MapOnly {
            de: d,
            depth,
            bounds,
        })
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        self.bounds.container(self.depth)?;
        self.inner.visit_seq(Items {
            inner: seq,
            depth: self.depth + 1,
            bounds: self.bounds,
            count: 0,
        })
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.bounds.container(self.depth)?;
        self.inner.visit_map(Wrap {
            inner: map,
            depth: self.depth + 1,
            bounds: self.bounds,
        })
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<V::Value, A::Error> {
        // Written `"word"` or `{"word": …}`, which the parser does not tell apart: refused at
        // the depth an object would be refused, a word there takes the explaining route.
        self.bounds.container(self.depth)?;
        self.inner.visit_enum(Wrap {
            inner: data,
            depth: self.depth,
            bounds: self.bounds,
        })
    }
}

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for Seed<S> {
    type Value = S::Value;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<S::Value, D::Error> {
        self.inner.deserialize(MapOnly {
            de: d,
            depth: self.depth,
            bounds: self.bounds,
        })
    }
}

impl<'de, A: SeqAccess<'de>> SeqAccess<'de> for Items<A> {
    type Error = A::Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, A::Error> {
        let item = self.inner.next_element_seed(Seed {
            inner: seed,
            depth: self.depth,
            bounds: self.bounds,
        })?;
        if item.is_some() {
            self.count += 1;
            if self.count > self.bounds.max_items {
                return Err(de::Error::custom(format_args!("{LIMIT_MARKER}items")));
            }
        }
        Ok(item)
    }

    fn size_hint(&self) -> Option<usize> {
        self.inner.size_hint()
    }
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Wrap<A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        self.inner.next_key_seed(Seed {
            inner: seed,
            depth: self.depth,
            bounds: self.bounds,
        })
    }

    fn next_value_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<T::Value, A::Error> {
        self.inner.next_value_seed(Seed {
            inner: seed,
            depth: self.depth,
            bounds: self.bounds,
        })
    }

    fn size_hint(&self) -> Option<usize> {
        self.inner.size_hint()
    }
}

impl<'de, A: EnumAccess<'de>> EnumAccess<'de> for Wrap<A> {
    type Error = A::Error;
    type Variant = Wrap<A::Variant>;

    fn variant_seed<T: DeserializeSeed<'de>>(
        self,
        seed: T,
    ) -> Result<(T::Value, Wrap<A::Variant>), A::Error> {
        let (depth, bounds) = (self.depth, self.bounds);
        self.inner
            .variant_seed(Seed {
                inner: seed,
                depth: depth + 1,
                bounds,
            })
            .map(|(value, variant)| {
                (
                    value,
                    Wrap {
                        inner: variant,
                        depth,
                        bounds,
                    },
                )
            })
    }
}

/// The contents of an enum written as an object (`{"word": contents}`) are one level down.
impl<'de, A: VariantAccess<'de>> VariantAccess<'de> for Wrap<A> {
    type Error = A::Error;

    fn unit_variant(self) -> Result<(), A::Error> {
        self.inner.unit_variant()
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, A::Error> {
        self.inner.newtype_variant_seed(Seed {
            inner: seed,
            depth: self.depth + 1,
            bounds: self.bounds,
        })
    }

    fn tuple_variant<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, A::Error> {
        let w = Wrap {
            inner: visitor,
            depth: self.depth + 1,
            bounds: self.bounds,
        };
        self.inner.tuple_variant(len, w)
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        let w = Wrap {
            inner: visitor,
            depth: self.depth + 1,
            bounds: self.bounds,
        };
        self.inner.struct_variant(fields, w)
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
