//! Exports of a report: FHIR R4 `OperationOutcome` (the health sector's format) and SARIF 2.1.0.

use serde_json::{json, Value};

use crate::pointer;
use crate::report::{Locale, Report, Severity};

/// Base URI of the rule codes (documentation pages are `docs/rules/CODE.md`).
pub(crate) const RULES_SYSTEM: &str = "https://territoire-sante.fr/regles";

/// A JSON Pointer as a FHIRPath-like expression (`/signataires/0/acteur` → `signataires[0].acteur`).
pub(crate) fn fhirpath(p: &str) -> String {
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
pub(crate) fn artifact_uri(name: &str) -> String {
    percent_encoding::utf8_percent_encode(&name.replace('\\', "/"), URI_KEEP).to_string()
}

pub(crate) fn sarif(r: &Report, uri: &str) -> Value {
    sarif_many(&[(uri, r)], None)
}

/// The project's repository as the manifest declares it (`repository`), when it declares a real
/// one: the SARIF driver's `informationUri` and, under `blob/main/docs/rules/`, the rule pages.
/// No address is made up: without it both are left out.
pub(crate) fn repository() -> Option<&'static str> {
    option_env!("CARGO_PKG_REPOSITORY")
        .filter(|u| u.starts_with("https://") && !u.contains(".invalid") && !u.contains("example."))
}

/// The SARIF level of a severity.
fn sarif_level(s: Severity) -> &'static str {
    match s {
        Severity::Fatal | Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Information => "note",
    }
}

/// One SARIF log for many reports: one run, every file in `artifacts`, the results of each report
/// against its file, and
/// `tool.driver.rules` describing every rule that has a result (sorted by code; each result
/// points at its rule by `ruleIndex`). `rules_base` is the absolute URI of the folder of the rule
/// pages (`docs/rules/`): each rule's `helpUri` is `rules_base` + `CODE.md`; `None` takes the
/// repository's folder when [`repository`] is known, and leaves `helpUri` out otherwise.
pub(crate) fn sarif_many(reports: &[(&str, &Report)], rules_base: Option<&str>) -> Value {
    let locale = reports.first().map_or(Locale::Fr, |(_, r)| r.locale);
    let mut codes: Vec<&str> = reports
        .iter()
        .flat_map(|(_, r)| r.diagnostics.iter().map(|d| &*d.code))
        .collect();
    codes.sort_unstable();
    codes.dedup();
    let base = rules_base.map(str::to_string).or_else(|| {
        repository().map(|r| format!("{}/blob/main/docs/rules/", r.trim_end_matches('/')))
    });
    let rules: Vec<Value> = codes
        .iter()
        .map(|code| sarif_rule(code, locale, base.as_deref()))
        .collect();
    let results: Vec<Value> = reports
        .iter()
        .flat_map(|(uri, r)| sarif_results(r, &artifact_uri(uri), &codes))
        .collect();
    let mut seen = std::collections::BTreeSet::new();
    let artifacts: Vec<Value> = reports
        .iter()
        .map(|(uri, _)| artifact_uri(uri))
        .filter(|u| seen.insert(u.clone()))
        .map(|u| json!({"location": {"uri": u}}))
        .collect();
    let mut driver = json!({
        "name": "territoire-sante",
        "version": env!("CARGO_PKG_VERSION"),
        "rules": rules,
    });
    if let (Some(o), Some(repo)) = (driver.as_object_mut(), repository()) {
        o.insert("informationUri".into(), json!(repo));
    }
    json!({
        "version": "2.1.0",
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "runs": [{
            "tool": {"driver": driver},
            // Columns count characters (Unicode code points), as the reports do.
            "columnKind": "unicodeCodePoints",
            // Every file validated, those without findings included, once each.
            "artifacts": artifacts,
            "results": results,
        }],
    })
}

/// The `reportingDescriptor` of a rule: its title, what it checks, what to do, its level.
fn sarif_rule(code: &str, locale: Locale, base: Option<&str>) -> Value {
    let Some(rule) = crate::rules::find(code) else {
        return json!({"id": code});
    };
    let mut v = json!({
        "id": rule.code,
        "name": rule.title.get(locale),
        "shortDescription": {"text": rule.title.get(locale)},
        "fullDescription": {"text": rule.description.get(locale)},
        "help": {"text": rule.help.get(locale)},
        "defaultConfiguration": {"level": sarif_level(rule.severity)},
        "properties": {"documentation": format!("docs/rules/{}.md", rule.code)},
    });
    if let (Some(o), Some(b)) = (v.as_object_mut(), base) {
        o.insert("helpUri".into(), json!(format!("{b}{}.md", rule.code)));
    }
    v
}

fn sarif_results(r: &Report, uri: &str, codes: &[&str]) -> Vec<Value> {
    r.diagnostics
        .iter()
        .map(|d| {
            let level = sarif_level(d.severity);
            let mut region = serde_json::Map::new();
            if let Some(l) = d.line {
                region.insert("startLine".into(), json!(l));
            }
            if let Some(c) = d.column {
                region.insert("startColumn".into(), json!(c));
            }
            let index = codes.binary_search(&&*d.code).unwrap_or_default();
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
                "ruleIndex": index,
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
