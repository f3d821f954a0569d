//! A JSON value read into a document, a portfolio document by document: the route that
//! explains, for what the typed fast route could not read.

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use super::fault::FaultKind;
use super::finding::{located, quotable, quoted, translate, type_issue, Issue};
use crate::model::*;
use crate::pointer;
use crate::report::Locale;
use crate::rules::{doc, Finding};

/// The outcome of reading a value.
pub(crate) struct Decoded {
    /// The document, when it (or, for a portfolio, its header) could be read.
    pub doc: Option<Document>,
    /// Reading findings.
    pub issues: Vec<Issue>,
    /// For a portfolio: original index of each document kept.
    pub kept: Vec<usize>,
    /// The `"type"` tag, when readable.
    pub tag: Option<String>,
}

/// Reads a value into a document. A portfolio keeps the documents that can be read.
pub(crate) fn document(value: Value, locale: Locale) -> Decoded {
    let mut out = Decoded {
        doc: None,
        issues: Vec::new(),
        kept: Vec::new(),
        tag: None,
    };
    let mut map = match value {
        Value::Object(m) => m,
        other => {
            out.issues.push(type_issue("", &other, "object", locale));
            return out;
        }
    };
    let kind = match read_kind(&mut map, "", locale, true) {
        Ok(k) => k,
        Err(i) => {
            out.issues.push(i);
            return out;
        }
    };
    out.tag = Some(kind.tag().to_string());
    if kind != DocumentKind::Portefeuille {
        match decode_kind(kind, map, "", locale) {
            Ok(d) => out.doc = Some(d),
            Err(i) => out.issues.push(i),
        }
        return out;
    }
    // A portfolio: read the header, then each document on its own, so that one unreadable
    // document does not hide the others.
    let docs = map.remove("documents");
    let mut pf: Portefeuille = match from_map(map, "", locale) {
        Ok(p) => p,
        Err(i) => {
            out.issues.push(i);
            return out;
        }
    };
    match docs {
        None | Some(Value::Null) => {}
        Some(Value::Array(items)) => {
            for (i, item) in items.into_iter().enumerate() {
                let base = pointer::push_index("/documents", i);
                let mut m = match item {
                    Value::Object(m) => m,
                    other => {
                        out.issues.push(type_issue(&base, &other, "object", locale));
                        continue;
                    }
                };
                match read_kind(&mut m, &base, locale, false) {
                    Ok(k) => match decode_kind(k, m, &base, locale) {
                        Ok(d) => {
                            pf.documents.push(d);
                            out.kept.push(i);
                        }
                        Err(is) => out.issues.push(is),
                    },
                    Err(is) => out.issues.push(is),
                }
            }
        }
        Some(other) => out
            .issues
            .push(type_issue("/documents", &other, "array", locale)),
    }
    out.doc = Some(Document::Portefeuille(pf));
    out
}

fn read_kind(
    map: &mut Map<String, Value>,
    base: &str,
    locale: Locale,
    allow_portfolio: bool,
) -> Result<DocumentKind, Issue> {
    let tag_path = pointer::push(base, "type");
    let tag = match map.remove("type") {
        None => return Err((&doc::DOC_004, Finding::at(tag_path).param("field", "type"))),
        Some(Value::String(s)) => s,
        Some(other) => return Err(type_issue(&tag_path, &other, "string", locale)),
    };
    let allowed: Vec<&str> = DocumentKind::ALL
        .iter()
        .filter(|k| allow_portfolio || **k != DocumentKind::Portefeuille)
        .map(|k| k.tag())
        .collect();
    match DocumentKind::from_tag(&tag) {
        Some(k) if allow_portfolio || k != DocumentKind::Portefeuille => Ok(k),
        _ => Err((
            &doc::DOC_007,
            quoted(Finding::at(tag_path), "value", &tag, quotable(&tag)).param("expected", allowed),
        )),
    }
}

fn decode_kind(
    kind: DocumentKind,
    map: Map<String, Value>,
    base: &str,
    locale: Locale,
) -> Result<Document, Issue> {
    let text = object_text(map, base, locale)?;
    kind.read_text(&text)
        .map_err(|e| located(&text, &e, base, locale))
}

fn from_map<T: DeserializeOwned>(
    map: Map<String, Value>,
    base: &str,
    locale: Locale,
) -> Result<T, Issue> {
    let text = object_text(map, base, locale)?;
    super::from_str::<T>(&text).map_err(|e| located(&text, &e, base, locale))
}

/// An object as compact text: every value is decoded from text, by one decoder per type.
fn object_text(map: Map<String, Value>, base: &str, locale: Locale) -> Result<String, Issue> {
    serde_json::to_string(&Value::Object(map))
        .map_err(|_| translate(base, &FaultKind::Other, locale))
}
