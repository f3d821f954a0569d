//! The typed entry point of the fronts: one input (JSON text, a value built by a program, bytes,
//! a file, or what a front could not convert), one answer (the report and the heading of the
//! document it concerns), and a batch of them validated over threads.
//!
//! One rule for locations, in every front: JSON text gets the line and column of each finding;
//! a value built by a program gets JSON Pointers only, since no text of it was ever seen.
//!
//! ```
//! use territoire_sante::api::input::{validate_input, Input};
//! use territoire_sante::{Date, Options, Validator};
//!
//! let v = Validator::new(Options { as_of: Some(Date::ymd(2016, 6, 1)), ..Options::default() }).unwrap();
//! let value = serde_json::json!({"type": "contrat_local_sante", "nom": "CLS de Laon", "signataires": []});
//! let from_value = validate_input(&v, &Input::Value(value.clone()));
//! let from_text = validate_input(&v, &Input::Text(serde_json::to_string_pretty(&value).unwrap()));
//! assert!(from_value.report.diagnostics.iter().all(|d| d.line.is_none()));
//! assert!(from_text.report.diagnostics.iter().all(|d| d.line.is_some()));
//! assert_eq!(from_value.heading.nom.as_deref(), Some("CLS de Laon"));
//! ```

use std::path::PathBuf;

use serde::de::{Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use serde_json::Value;

use crate::engine::Validator;
use crate::input;
use crate::model::Document;
use crate::report::{Locale, Report, Severity};

/// One document as a front hands it over.
#[derive(Debug, Clone)]
pub enum Input {
    /// JSON text written by a person or a tool: findings carry lines and columns.
    Text(String),
    /// A value built by a program (a Python dict, a JavaScript object): JSON Pointers only.
    Value(Value),
    /// Bytes that should hold UTF-8 JSON text (read as [`Input::Text`]).
    Bytes(Vec<u8>),
    /// A file, read within the validator's limits (read as [`Input::Text`]).
    Path(PathBuf),
    /// A document a front read straight from its own objects into the model with
    /// [`read_fields`] (the Python binding reads dicts so, with no `serde_json::Value` in
    /// between), with its heading. Validated as a value built by a program: JSON Pointers only.
    /// The front hands it over only when the object was within the validator's [`crate::Limits`]
    /// and was not a portfolio; otherwise it hands over an [`Input::Value`], whose route words
    /// the findings of the limits and of the portfolio's members.
    Decoded {
        /// The document.
        document: Box<Document>,
        /// Its heading, read from the same object.
        heading: Heading,
    },
    /// A value the front could not convert, by its reason's code (`too_deep`, `not_finite`,
    /// `cycle`, `lone_surrogate`, `unsupported_type`) and the JSON Pointer of the culprit.
    Unreadable {
        /// The reason's code (see [`crate::input::ReadFailure::of_value_code`]).
        code: String,
        /// JSON Pointer of the culprit (`""` when unknown).
        path: String,
    },
}

/// What a document says of itself, for tables of findings: its kind, identifier and name, and
/// those of each member of a portfolio (in the order of `documents`).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Heading {
    /// The `"type"`, when it is a string.
    pub kind: Option<String>,
    /// The identifier (`id`, or `code` for a contrat de ville).
    pub id: Option<String>,
    /// The name (`nom`).
    pub nom: Option<String>,
    /// The members of a portfolio (empty otherwise).
    pub members: Vec<Heading>,
}

/// The answer to one [`Input`].
#[derive(Debug, Clone)]
pub struct Validated {
    /// The report, as [`Validator`] makes it.
    pub report: Report,
    /// The document's heading (empty when it could not be read).
    pub heading: Heading,
}

/// Validates one input (see the module's rule for locations).
pub fn validate_input(v: &Validator, input: &Input) -> Validated {
    match input {
        Input::Text(text) => validate_text(v, text),
        Input::Value(value) => {
            // A value is as large as its compact JSON text (what a front would send as text).
            // One walk measures it and checks the nesting limits; a value beyond them takes the
            // exact route that words the finding.
            let measured = measure(value, v.limits(), 1);
            let size = measured.unwrap_or_else(|| compact_size(value));
            if size > v.limits().max_bytes {
                let failure = input::ReadFailure::TooLarge {
                    size: u64::try_from(size).ok(),
                    limit: v.limits().max_bytes,
                };
                return plain(v.unreadable(&failure, ""));
            }
            Validated {
                report: validate_value(v, value, measured.is_some()),
                heading: Heading::deserialize(value).unwrap_or_default(),
            }
        }
        Input::Bytes(bytes) => match input::text(bytes) {
            // Within the limits only: validate_bytes words the report of text too large.
            Ok(text) if bytes.len() <= v.limits().max_bytes => validate_text(v, text),
            _ => plain(v.validate_bytes(bytes)),
        },
        Input::Path(path) => match input::read_path(path, v.limits().max_bytes) {
            Ok(bytes) => validate_input(v, &Input::Bytes(bytes)),
            Err(f) => plain(v.unreadable(&f, "")),
        },
        Input::Decoded { document, heading } => Validated {
            report: v.validate(document),
            heading: heading.clone(),
        },
        Input::Unreadable { code, path } => plain(v.unreadable_value(code, path)),
    }
}

/// [`Validator::validate_value`]'s report, read without copying the value when it is a readable
/// document within the limits (the typed fast path `validate_value_str` takes for text).
fn validate_value(v: &Validator, value: &Value, within_limits: bool) -> Report {
    if within_limits {
        if let Ok(doc) = read_document(value) {
            // A portfolio inside a portfolio is refused by the explaining route.
            let nested = match &doc {
                Document::Portefeuille(p) => p
                    .documents
                    .iter()
                    .any(|d| matches!(d, Document::Portefeuille(_))),
                _ => false,
            };
            if !nested {
                return v.validate(&doc);
            }
        }
    }
    v.validate_value(value.clone())
}

/// `value` read as a document without copying it. A `serde_json::Value`'s keys are sorted, so
/// its `"type"` seldom comes first, which would make the reader keep a copy of the object until
/// it meets the tag: the tag is looked up first and the other fields read in place.
fn read_document(value: &Value) -> Result<Document, serde_json::Error> {
    let kind = value
        .get("type")
        .and_then(Value::as_str)
        .and_then(crate::model::DocumentKind::from_tag);
    match (value, kind) {
        (Value::Object(map), Some(kind)) => {
            let fields = map
                .iter()
                .filter(|(k, _)| k.as_str() != "type")
                .map(|(k, v)| (k.as_str(), v));
            kind.read_with(crate::read::MapOnly::new(
                serde::de::value::MapDeserializer::new(fields),
            ))
        }
        _ => Document::deserialize(crate::read::MapOnly::new(value)),
    }
}

/// The length of `n` in compact JSON text (see [`json_string_len`]).
pub fn json_number_len(n: &serde_json::Number) -> usize {
    compact_size(n)
}

/// Reads a document of `kind` from `fields`, a deserializer of its object without its `"type"`
/// over a front's own objects, as the core reads a value (structs from maps only), for
/// [`Input::Decoded`].
pub fn read_fields<'de, D: Deserializer<'de>>(
    kind: crate::model::DocumentKind,
    fields: D,
) -> Result<Document, D::Error> {
    kind.read_with(crate::read::MapOnly::new(fields))
}

/// The length in bytes of `value`'s compact JSON text, counted without writing it.
fn compact_size(value: &impl serde::Serialize) -> usize {
    struct Count(usize);
    impl std::io::Write for Count {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0 += buf.len();
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let mut c = Count(0);
    match serde_json::to_writer(&mut c, value) {
        Ok(()) => c.0,
        Err(_) => usize::MAX,
    }
}

/// The length of `value`'s compact JSON text, as [`compact_size`] counts it, when no container
/// is nested deeper than `limits.max_depth` (`depth` is the value's own, 1 at the top) and no list
/// is longer than `limits.max_items` (what `read::check_limits` checks); `None` otherwise.
///
/// Written by hand rather than by writing the text to a counter: the serialiser formats every
/// string and number and took, with the limits' walk, which built a JSON Pointer for every
/// container, a quarter of a Python batch's instructions (callgrind, 2,000 documents,
/// 2026-12-07). The recursion stops at `max_depth` (at most 120).
fn measure(value: &Value, limits: &crate::Limits, depth: usize) -> Option<usize> {
    // As `check_limits`: the depth of the top value and of every container.
    let container = value.is_array() || value.is_object();
    if (depth == 1 || container) && depth > limits.max_depth {
        return None;
    }
    Some(match value {
        Value::Null => 4,
        Value::Bool(true) => 4,
        Value::Bool(false) => 5,
        Value::Number(n) => json_number_len(n),
        Value::String(s) => json_string_len(s),
        Value::Array(items) => {
            if items.len() > limits.max_items {
                return None;
            }
            let mut n = 2 + items.len().saturating_sub(1);
            for x in items {
                n = n.saturating_add(measure(x, limits, depth + 1)?);
            }
            n
        }
        Value::Object(map) => {
            let mut n = 2 + map.len().saturating_sub(1);
            for (k, x) in map {
                n = n
                    .saturating_add(json_string_len(k) + 1)
                    .saturating_add(measure(x, limits, depth + 1)?);
            }
            n
        }
    })
}

/// The length of `s` as a string of compact JSON text, as serde_json writes it: quoted, with `"`
/// and `\` escaped, the short escapes of backspace, tab, line feed, form feed and carriage
/// return, `\u00XX` for the other control characters. With [`json_number_len`], how a front
/// that reads its own objects ([`Input::Decoded`]) measures them against
/// [`crate::Limits::max_bytes`], as the core measures an [`Input::Value`].
pub fn json_string_len(s: &str) -> usize {
    // Most strings hold nothing to escape: a count the compiler vectorises, then the exact sum
    // only for the others.
    let special = s
        .bytes()
        .filter(|&b| b < 0x20 || b == b'"' || b == b'\\')
        .count();
    let extra: usize = if special == 0 {
        0
    } else {
        s.bytes()
            .map(|b| match b {
                b'"' | b'\\' | 0x08 | 0x09 | 0x0A | 0x0C | 0x0D => 1,
                0x00..=0x1F => 5,
                _ => 0,
            })
            .sum()
    };
    s.len() + 2 + extra
}

fn validate_text(v: &Validator, text: &str) -> Validated {
    Validated {
        report: v.validate_str(text),
        // Text beyond the limits is refused unread: its heading is not read either.
        heading: if text.len() <= v.limits().max_bytes {
            serde_json::from_str(text).unwrap_or_default()
        } else {
            Heading::default()
        },
    }
}

fn plain(report: Report) -> Validated {
    Validated {
        report,
        heading: Heading::default(),
    }
}

/// Validates many inputs over the machine's threads (at most eight); answers come back in input
/// order, one per input, whatever each holds.
pub fn validate_inputs(v: &Validator, inputs: &[Input]) -> Vec<Validated> {
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1)
        .min(8);
    if threads <= 1 || inputs.len() < 64 {
        return inputs.iter().map(|i| validate_input(v, i)).collect();
    }
    let chunk = inputs.len().div_ceil(threads);
    let mut out: Vec<Validated> = Vec::with_capacity(inputs.len());
    std::thread::scope(|s| {
        let handles: Vec<_> = inputs
            .chunks(chunk)
            .map(|part| {
                s.spawn(move || {
                    part.iter()
                        .map(|i| validate_input(v, i))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        for (h, part) in handles.into_iter().zip(inputs.chunks(chunk)) {
            match h.join() {
                Ok(mut r) => out.append(&mut r),
                // A worker cannot panic (no panics in library code); if it somehow did,
                // validate its share again here rather than lose it.
                Err(_) => out.extend(part.iter().map(|i| validate_input(v, i))),
            }
        }
    });
    out
}

/// A field of a heading: kept when it is a string, anything else read past.
struct Text(Option<String>);

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Text;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("any value")
            }
            fn visit_str<E>(self, s: &str) -> Result<Text, E> {
                Ok(Text(Some(s.to_string())))
            }
            fn visit_string<E>(self, s: String) -> Result<Text, E> {
                Ok(Text(Some(s)))
            }
            fn visit_bool<E>(self, _: bool) -> Result<Text, E> {
                Ok(Text(None))
            }
            fn visit_i64<E>(self, _: i64) -> Result<Text, E> {
                Ok(Text(None))
            }
            fn visit_u64<E>(self, _: u64) -> Result<Text, E> {
                Ok(Text(None))
            }
            fn visit_f64<E>(self, _: f64) -> Result<Text, E> {
                Ok(Text(None))
            }
            fn visit_unit<E>(self) -> Result<Text, E> {
                Ok(Text(None))
            }
            fn visit_none<E>(self) -> Result<Text, E> {
                Ok(Text(None))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut a: A) -> Result<Text, A::Error> {
                while a.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Text(None))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<Text, A::Error> {
                while a.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(Text(None))
            }
        }
        d.deserialize_any(V)
    }
}

/// The members of a portfolio: each item read as a heading when it is an object.
struct Members(Vec<Heading>);

impl<'de> Deserialize<'de> for Members {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Members;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("any value")
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut a: A) -> Result<Members, A::Error> {
                let mut out = Vec::new();
                while let Some(h) = a.next_element::<Heading>()? {
                    out.push(h);
                }
                Ok(Members(out))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<Members, A::Error> {
                while a.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
                Ok(Members(Vec::new()))
            }
            fn visit_bool<E>(self, _: bool) -> Result<Members, E> {
                Ok(Members(Vec::new()))
            }
            fn visit_i64<E>(self, _: i64) -> Result<Members, E> {
                Ok(Members(Vec::new()))
            }
            fn visit_u64<E>(self, _: u64) -> Result<Members, E> {
                Ok(Members(Vec::new()))
            }
            fn visit_f64<E>(self, _: f64) -> Result<Members, E> {
                Ok(Members(Vec::new()))
            }
            fn visit_str<E>(self, _: &str) -> Result<Members, E> {
                Ok(Members(Vec::new()))
            }
            fn visit_unit<E>(self) -> Result<Members, E> {
                Ok(Members(Vec::new()))
            }
            fn visit_none<E>(self) -> Result<Members, E> {
                Ok(Members(Vec::new()))
            }
        }
        d.deserialize_any(V)
    }
}

impl<'de> Deserialize<'de> for Heading {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Heading;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("any value")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut a: A) -> Result<Heading, A::Error> {
                let mut h = Heading::default();
                let mut code = None;
                while let Some(key) = a.next_key::<std::borrow::Cow<'de, str>>()? {
                    match key.as_ref() {
                        "type" => h.kind = a.next_value::<Text>()?.0,
                        "id" => h.id = a.next_value::<Text>()?.0,
                        "code" => code = a.next_value::<Text>()?.0,
                        "nom" => h.nom = a.next_value::<Text>()?.0,
                        "documents" => h.members = a.next_value::<Members>()?.0,
                        _ => {
                            a.next_value::<IgnoredAny>()?;
                        }
                    }
                }
                // A contrat de ville is identified by its code (as `Document::ident` says).
                if h.kind.as_deref() == Some("contrat_de_ville") {
                    h.id = code;
                }
                Ok(h)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut a: A) -> Result<Heading, A::Error> {
                while a.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Heading::default())
            }
            fn visit_bool<E>(self, _: bool) -> Result<Heading, E> {
                Ok(Heading::default())
            }
            fn visit_i64<E>(self, _: i64) -> Result<Heading, E> {
                Ok(Heading::default())
            }
            fn visit_u64<E>(self, _: u64) -> Result<Heading, E> {
                Ok(Heading::default())
            }
            fn visit_f64<E>(self, _: f64) -> Result<Heading, E> {
                Ok(Heading::default())
            }
            fn visit_str<E>(self, _: &str) -> Result<Heading, E> {
                Ok(Heading::default())
            }
            fn visit_unit<E>(self) -> Result<Heading, E> {
                Ok(Heading::default())
            }
            fn visit_none<E>(self) -> Result<Heading, E> {
                Ok(Heading::default())
            }
        }
        d.deserialize_any(V)
    }
}

/// The member of a portfolio a finding at `path` concerns (`/documents/N/…` → `N`).
pub fn member_of(path: &str) -> Option<usize> {
    let rest = path.strip_prefix("/documents/")?;
    rest.split('/').next()?.parse().ok()
}

/// The message of a report refused because of its findings of severity `min` or above: their
/// number, then every one of them on its own lines (code, severity, place, message), in the
/// report's language, as a validation library lists every error rather than the first.
///
/// ```
/// use territoire_sante::api::input::failure_text;
/// use territoire_sante::{Date, Options, Severity, Validator};
///
/// let v = Validator::new(Options { as_of: Some(Date::ymd(2016, 6, 1)), ..Options::default() }).unwrap();
/// let r = v.validate_str(r#"{"type": "contrat_local_sante", "signataires": [{"acteur": "x"}]}"#);
/// let text = failure_text(&r, Severity::Warning, Some("cls.json"));
/// assert!(text.starts_with("« cls.json » : "));
/// assert!(text.contains("avertissement"));
/// ```
pub fn failure_text(report: &Report, min: Severity, source: Option<&str>) -> String {
    use std::fmt::Write;
    let locale = report.locale;
    let failing: Vec<&crate::report::Diagnostic> = report
        .diagnostics
        .iter()
        .filter(|d| d.severity >= min)
        .collect();
    let fr = locale == Locale::Fr;
    let what = match (source, fr) {
        (Some(s), true) => format!("« {s} »"),
        (Some(s), false) => format!("\"{s}\""),
        (None, true) => "le document".to_string(),
        (None, false) => "the document".to_string(),
    };
    let label = min.label(locale);
    let mut out = if fr {
        format!(
            "{what} : {} constat(s) de gravité « {label} » ou plus",
            failing.len()
        )
    } else {
        format!(
            "{what}: {} finding(s) of severity \"{label}\" or above",
            failing.len()
        )
    };
    for d in failing {
        let place = if d.path.is_empty() { "/" } else { &d.path };
        let _ = write!(out, "\n  {} [{}] {place}", d.code, d.severity.label(locale));
        if let (Some(l), Some(c)) = (d.line, d.column) {
            let _ = if fr {
                write!(out, " (ligne {l}, colonne {c})")
            } else {
                write!(out, " (line {l}, column {c})")
            };
        }
        let _ = write!(out, "\n    {}", d.message);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// `measure` gives the compact text's length, and refuses exactly what `check_limits`
        /// refuses, whatever the limits.
        #[test]
        fn measure_agrees_with_the_serialiser_and_the_limits(
            value in crate::tests::json_values(),
            max_depth in 0usize..10,
            max_items in 0usize..8,
        ) {
            let limits = crate::Limits { max_depth, max_items, ..crate::Limits::default() };
            let measured = measure(&value, &limits, 1);
            let refused = crate::read::check_limits(&value, &limits).is_some();
            prop_assert_eq!(measured.is_none(), refused);
            if let Some(size) = measured {
                prop_assert_eq!(size, serde_json::to_string(&value).unwrap().len());
                prop_assert_eq!(size, compact_size(&value));
            }
        }
    }
}
