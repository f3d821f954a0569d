//! Exports of a report: FHIR R4 `OperationOutcome` (the health sector's format) and SARIF 2.1.0.

use serde_json::{json, Value};

use crate::pointer;
use crate::report::{Locale, Report, Severity};

/// Base URI of the rule codes (documentation pages are `docs/rules/CODE.md`).
pub const RULES_SYSTEM: &str = "https://territoire-sante.fr/regles";

/// A JSON Pointer as a FHIRPath-like expression (`/signataires/0/acteur` → `signataires[0].acteur`).
pub fn fhirpath(p: &str) -> String {
    let mut out = String::new();
    for t in pointer::tokens(p) {
        if t.parse::<usize>().is_ok() {
            out.push_str(&format!("[{t}]"));
        } else {
            if !out.is_empty() {
                out.push('.');
            }
            out.push_str(&t);
        }
    }
    out
}

pub(crate) fn fhir(r: &Report) -> Value {
    let mut issues: Vec<Value> = r
        .diagnostics
        .iter()
        .map(|d| {
            let mut issue = json!({
                "severity": d.severity.word(),
                "code": d.category.word(),
                "details": {
                    "coding": [{"system": RULES_SYSTEM, "code": d.code}],
                    "text": d.message,
                },
                "diagnostics": d.help,
            });
            let expr = fhirpath(&d.path);
            if let Some(o) = issue.as_object_mut() {
                if !expr.is_empty() {
                    o.insert("expression".into(), json!([expr]));
                }
                if let (Some(l), Some(c)) = (d.line, d.column) {
                    o.insert("location".into(), json!([format!("Line[{l}] Col[{c}]")]));
                }
            }
            issue
        })
        .collect();
    if issues.is_empty() {
        issues.push(json!({
            "severity": "information",
            "code": "informational",
            "details": {"text": match r.locale {
                Locale::Fr => "Aucun problème détecté.",
                Locale::En => "No issue found.",
            }},
        }));
    }
    json!({"resourceType": "OperationOutcome", "issue": issues})
}

/// Characters kept as they are in a SARIF `artifactLocation.uri` (RFC 3986 unreserved characters
/// and the path separator); everything else is percent-encoded, UTF-8 bytes included.
const URI_KEEP: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~')
    .remove(b'/');

/// A file name as a relative URI reference (`mon fichier#1.json` → `mon%20fichier%231.json`);
/// Windows separators become `/`.
pub fn artifact_uri(name: &str) -> String {
    percent_encoding::utf8_percent_encode(&name.replace('\\', "/"), URI_KEEP).to_string()
}

pub(crate) fn sarif(r: &Report, uri: &str) -> Value {
    sarif_many(&[(uri, r)])
}

/// One SARIF log for many reports: one run, the results of each report against its file.
pub(crate) fn sarif_many(reports: &[(&str, &Report)]) -> Value {
    let results: Vec<Value> = reports
        .iter()
        .flat_map(|(uri, r)| sarif_results(r, &artifact_uri(uri)))
        .collect();
    json!({
        "version": "2.1.0",
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "runs": [{
            "tool": {"driver": {"name": "territoire-sante", "version": env!("CARGO_PKG_VERSION"), "informationUri": RULES_SYSTEM}},
            // Columns count characters (Unicode code points), as the reports do.
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    })
}

fn sarif_results(r: &Report, uri: &str) -> Vec<Value> {
    r.diagnostics
        .iter()
        .map(|d| {
            let level = match d.severity {
                Severity::Fatal | Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Information => "note",
            };
            let mut region = serde_json::Map::new();
            if let Some(l) = d.line {
                region.insert("startLine".into(), json!(l));
            }
            if let Some(c) = d.column {
                region.insert("startColumn".into(), json!(c));
            }
            // A document read from a spreadsheet: its cell is the region (row and column of the
            // sheet) and a logical location (`CLS!F12`).
            let mut logical = vec![json!({"fullyQualifiedName": d.path})];
            if let Some(c) = &d.cellule {
                if d.line.is_none() {
                    region.insert("startLine".into(), json!(c.ligne));
                    region.insert("startColumn".into(), json!(c.colonne));
                }
                logical.push(json!({"fullyQualifiedName": c.a1, "kind": "element"}));
            }
            let mut result = json!({
                "ruleId": d.code,
                "level": level,
                "message": {"text": d.message},
                "locations": [{
                    "physicalLocation": if region.is_empty() {
                        json!({"artifactLocation": {"uri": uri}})
                    } else {
                        json!({"artifactLocation": {"uri": uri}, "region": region})
                    },
                    "logicalLocations": logical,
                }],
                "properties": {"params": d.params, "legal_basis": d.legal_basis, "help": d.help},
            });
            if let (Some(c), Some(props)) = (&d.cellule, result.get_mut("properties")) {
                props["cellule"] = json!(c);
            }
            result
        })
        .collect()
}
