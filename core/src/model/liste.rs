//! A list a document may leave out, told apart from a list it declares empty.
//!
//! Where a binding text requires an element (the signatories of a contract, the colleges of a
//! conseil citoyen, the bodies of a conseil territorial de santé), a document that does not
//! describe it is incomplete, while a document that declares it empty (`[]`) contradicts the
//! text. A plain `Vec` reads both as empty; [`Liste`] keeps the difference and is written back
//! as it was read.

use std::ops::{Deref, DerefMut};

use schemars::{JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A list field: its items, and whether the document wrote the field at all.
///
/// It reads and writes as a JSON array and derefs to `Vec<T>`. A field holding a `Liste` is
/// `#[serde(default, skip_serializing_if = "Liste::is_absent")]`: absent stays absent, `[]`
/// stays `[]`.
///
/// ```
/// use territoire_sante::model::{ContratLocalSante, Document};
/// let absent: Document =
///     serde_json::from_str(r#"{"type": "contrat_local_sante", "nom": "CLS"}"#).unwrap();
/// let empty: Document =
///     serde_json::from_str(r#"{"type": "contrat_local_sante", "nom": "CLS", "signataires": []}"#)
///         .unwrap();
/// let (Document::ContratLocalSante(a), Document::ContratLocalSante(e)) = (absent, empty) else {
///     unreachable!()
/// };
/// assert!(a.signataires.is_absent() && a.signataires.is_empty());
/// assert!(e.signataires.is_declared_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Liste<T> {
    items: Vec<T>,
    declared: bool,
}

impl<T> Default for Liste<T> {
    fn default() -> Self {
        Liste {
            items: Vec::new(),
            declared: false,
        }
    }
}

impl<T> Liste<T> {
    /// The document does not write the field.
    pub fn is_absent(&self) -> bool {
        !self.declared && self.items.is_empty()
    }
    /// The document writes the field as an empty list: it declares there is none.
    pub fn is_declared_empty(&self) -> bool {
        self.declared && self.items.is_empty()
    }
    /// The items.
    pub fn into_vec(self) -> Vec<T> {
        self.items
    }
}

impl<T> From<Vec<T>> for Liste<T> {
    /// A list written by the document (even empty).
    fn from(items: Vec<T>) -> Self {
        Liste {
            items,
            declared: true,
        }
    }
}

impl<T> Deref for Liste<T> {
    type Target = Vec<T>;
    fn deref(&self) -> &Vec<T> {
        &self.items
    }
}

impl<T> DerefMut for Liste<T> {
    fn deref_mut(&mut self) -> &mut Vec<T> {
        self.declared = true;
        &mut self.items
    }
}

impl<'a, T> IntoIterator for &'a Liste<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.iter()
    }
}

impl<T: Serialize> Serialize for Liste<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.items.serialize(s)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Liste<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Vec::<T>::deserialize(d).map(Liste::from)
    }
}

impl<T: JsonSchema> JsonSchema for Liste<T> {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> std::borrow::Cow<'static, str> {
        Vec::<T>::schema_name()
    }
    fn schema_id() -> std::borrow::Cow<'static, str> {
        Vec::<T>::schema_id()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        Vec::<T>::json_schema(generator)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, Deserialize, Serialize, PartialEq)]
    struct Holder {
        #[serde(default, skip_serializing_if = "Liste::is_absent")]
        l: Liste<u32>,
    }

    #[test]
    fn absent_and_empty_are_told_apart_and_written_back() {
        for (text, absent, empty) in [
            (r#"{}"#, true, false),
            (r#"{"l":[]}"#, false, true),
            (r#"{"l":[1,2]}"#, false, false),
        ] {
            let h: Holder = serde_json::from_str(text).unwrap();
            assert_eq!(h.l.is_absent(), absent, "{text}");
            assert_eq!(h.l.is_declared_empty(), empty, "{text}");
            assert_eq!(serde_json::to_string(&h).unwrap(), text);
        }
    }

    #[test]
    fn the_schema_is_the_array_schema() {
        let a = schemars::schema_for!(Liste<String>);
        let b = schemars::schema_for!(Vec<String>);
        assert_eq!(a, b);
    }
}
