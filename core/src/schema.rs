//! JSON Schemas (Draft 2020-12) of the documents, the report and the options, generated from the
//! Rust types so that they cannot drift (a test compares them with `docs/schema/`).

use schemars::{JsonSchema, SchemaGenerator};
use serde_json::{json, Value};

use crate::engine::Options;
use crate::error::Error;
use crate::model::*;
use crate::report::Report;

fn gen<T: JsonSchema>() -> Value {
    let s = SchemaGenerator::default().into_root_schema_for::<T>();
    serde_json::to_value(s).unwrap_or(Value::Null)
}

/// Adds the `"type"` tag to a document struct's schema.
fn tagged<T: JsonSchema>(kind: DocumentKind) -> Value {
    let mut v = gen::<T>();
    if let Some(o) = v.as_object_mut() {
        o.insert(
            "$id".into(),
            json!(format!(
                "https://territoire-sante.fr/schema/{}.json",
                kind.tag()
            )),
        );
        o.insert("title".into(), json!(kind.label_fr()));
        if let Some(props) = o.get_mut("properties").and_then(Value::as_object_mut) {
            props.insert(
                "type".into(),
                json!({"const": kind.tag(), "type": "string"}),
            );
        }
        match o.get_mut("required").and_then(Value::as_array_mut) {
            Some(req) => req.insert(0, json!("type")),
            None => {
                o.insert("required".into(), json!(["type"]));
            }
        }
    }
    v
}

/// Whether a `oneOf` entry is the portfolio variant.
fn is_portfolio_variant(v: &Value) -> bool {
    v.pointer("/properties/type/const") == Some(&json!("portefeuille"))
}

/// A portfolio cannot contain a portfolio: points `documents.items` at a copy of the document
/// schema without the portfolio variant (`$defs/DocumentMembre`), so that the schema says what
/// the engine accepts.
fn restrict_members(root: &mut Value, document: Value) {
    let mut membre = document;
    if let Some(alts) = membre.get_mut("oneOf").and_then(Value::as_array_mut) {
        alts.retain(|a| !is_portfolio_variant(a));
    }
    if let Some(o) = membre.as_object_mut() {
        o.remove("$defs");
        o.remove("$schema");
        o.remove("title");
    }
    let members_ref = json!({"$ref": "#/$defs/DocumentMembre"});
    if let Some(defs) = root.get_mut("$defs").and_then(Value::as_object_mut) {
        defs.insert("DocumentMembre".into(), membre);
        defs.remove("Document");
    }
    let mut targets: Vec<&mut Value> = Vec::new();
    if is_portfolio_variant(root) || root.pointer("/properties/documents").is_some() {
        targets.push(root);
    } else if let Some(alts) = root.get_mut("oneOf").and_then(Value::as_array_mut) {
        targets.extend(alts.iter_mut().filter(|a| is_portfolio_variant(a)));
    }
    for t in targets {
        if let Some(items) = t.pointer_mut("/properties/documents/items") {
            *items = members_ref.clone();
        }
    }
}

/// The schema of one document kind.
pub fn for_kind(kind: DocumentKind) -> Value {
    match kind {
        DocumentKind::ContratLocalSante => tagged::<ContratLocalSante>(kind),
        DocumentKind::ContratDeVille => tagged::<ContratDeVille>(kind),
        DocumentKind::ConseilCitoyen => tagged::<ConseilCitoyen>(kind),
        DocumentKind::AtelierSanteVille => tagged::<AtelierSanteVille>(kind),
        DocumentKind::ConseilLocalSanteMentale => tagged::<ConseilLocalSanteMentale>(kind),
        DocumentKind::ConseilTerritorialSante => tagged::<ConseilTerritorialSante>(kind),
        DocumentKind::ProjetTerritorialSanteMentale => {
            tagged::<ProjetTerritorialSanteMentale>(kind)
        }
        DocumentKind::ReseauCollectivites => tagged::<ReseauCollectivites>(kind),
        DocumentKind::DemarcheAccompagnement => tagged::<DemarcheAccompagnement>(kind),
        DocumentKind::ProjetSanteProximite => tagged::<ProjetSanteProximite>(kind),
        DocumentKind::Portefeuille => {
            let mut v = tagged::<Portefeuille>(kind);
            let doc = v.pointer("/$defs/Document").cloned().unwrap_or(Value::Null);
            restrict_members(&mut v, doc);
            v
        }
    }
}

/// The schema of any document (one of the kinds, by `"type"`).
pub fn document() -> Value {
    let mut v = gen::<Document>();
    let doc = v.clone();
    restrict_members(&mut v, doc);
    v
}

/// The schema of a validation report.
pub fn report() -> Value {
    gen::<Report>()
}

/// The schema of the reports of several files validated together (`validate --format json`).
pub fn batch() -> Value {
    gen::<crate::batch::Batch>()
}

/// The schema of validator options.
pub fn options() -> Value {
    gen::<Options>()
}

/// A schema by name: a document kind's tag, `document`, `report`, `options` or `batch`.
pub fn by_name(name: &str) -> Result<Value, Error> {
    match name {
        "document" => Ok(document()),
        "report" => Ok(report()),
        "options" => Ok(options()),
        "batch" => Ok(batch()),
        other => DocumentKind::from_tag(other)
            .map(for_kind)
            .ok_or_else(|| Error::UnknownKind(other.to_string())),
    }
}

/// Every schema file of `docs/schema/`: (file name, schema).
pub fn all() -> Vec<(String, Value)> {
    let mut v: Vec<(String, Value)> = DocumentKind::ALL
        .iter()
        .map(|k| (format!("{}.json", k.tag()), for_kind(*k)))
        .collect();
    v.push(("document.json".into(), document()));
    v.push(("report.json".into(), report()));
    v.push(("options.json".into(), options()));
    v.push(("batch.json".into(), batch()));
    v
}
