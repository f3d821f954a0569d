//! JSON-in / JSON-out twins of every entry point, used by the Python and WebAssembly wrappers so
//! that they only convert values and never hold logic.

use serde::Serialize;
use serde_json::{json, Value};

use crate::engine::{Options, Validator};
use crate::error::Error;
use crate::report::{InForce, LegalBasis, Locale, Severity};
use crate::rules::{self, Rule, SourceKind};

/// Reads validator options from JSON (`{"as_of": "2020-06-30", "lang": "en", …}`); an unknown
/// option or a bad value is an [`Error::Option`] naming it.
pub fn options_from_value(v: Value) -> Result<Options, Error> {
    if v.is_null() {
        return Ok(Options::default());
    }
    let (path, inner) = match crate::structure::read_located::<Options>(&v.to_string()) {
        Ok(o) => return Ok(o),
        Err(e) => e,
    };
    let reason = if let Some(f) = inner.strip_prefix("unknown field `") {
        format!("option inconnue « {} »", f.split('`').next().unwrap_or(""))
    } else if inner.contains("TS_DATE") {
        "date invalide (AAAA-MM-JJ attendu)".to_string()
    } else if inner.starts_with("unknown variant") {
        "valeur non reconnue".to_string()
    } else {
        "valeur de type incorrect".to_string()
    };
    Err(Error::Option {
        option: option_name(&path),
        reason,
    })
}

/// An option's name from its JSON Pointer: `/limits/max_depth` → `limits.max_depth`.
pub(crate) fn option_name(path: &str) -> String {
    if path.is_empty() {
        return "options".into();
    }
    crate::pointer::tokens(path).join(".")
}

/// Builds a validator from JSON options.
pub fn validator_from_value(v: Value) -> Result<Validator, Error> {
    Validator::new(options_from_value(v)?)
}

/// One source of a rule, as listed.
#[derive(Debug, Clone, Serialize)]
pub struct SourceInfo {
    /// Label.
    pub label: &'static str,
    /// Link.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<&'static str>,
    /// Nature (`loi`, `reglement`, `circulaire`, `guide`, `terrain`, `connaissance_generale`, `convention`).
    pub kind: SourceKind,
}

/// A rule's metadata, as listed by `rules` and shown by `explain`.
#[derive(Debug, Clone, Serialize)]
pub struct RuleInfo {
    /// Code.
    pub code: &'static str,
    /// Severity.
    pub severity: Severity,
    /// Category.
    pub category: &'static str,
    /// Document kinds (empty: all).
    pub applies_to: Vec<&'static str>,
    /// In-force period.
    pub in_force: InForce,
    /// Main legal basis.
    pub legal_basis: LegalBasis,
    /// Every source.
    pub sources: Vec<SourceInfo>,
    /// Whether it relies on unverified general knowledge.
    pub general_knowledge: bool,
    /// Title.
    pub title: &'static str,
    /// Message template.
    pub message: &'static str,
    /// Help.
    pub help: &'static str,
    /// What it checks and why.
    pub description: &'static str,
    /// What it cannot check.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limits: Option<&'static str>,
}

impl RuleInfo {
    /// The metadata of `rule` in `locale`.
    pub fn of(rule: &Rule, locale: Locale) -> RuleInfo {
        RuleInfo {
            code: rule.code,
            severity: rule.severity,
            category: rule.category.word(),
            applies_to: rule.applies_to.iter().map(|k| k.tag()).collect(),
            in_force: rule.in_force,
            legal_basis: rule.legal_basis(),
            sources: rule
                .sources
                .iter()
                .map(|s| SourceInfo {
                    label: s.label,
                    url: s.url,
                    kind: s.kind,
                })
                .collect(),
            general_knowledge: rule.is_gk(),
            title: rule.title.get(locale),
            message: rule.message.get(locale),
            help: rule.help.get(locale),
            description: rule.description.get(locale),
            limits: rule.limits.map(|t| t.get(locale)),
        }
    }
}

/// Every rule's metadata, sorted by code.
pub fn rules(locale: Locale) -> Vec<RuleInfo> {
    rules::catalogue()
        .iter()
        .map(|r| RuleInfo::of(r, locale))
        .collect()
}

/// One rule's metadata.
pub fn explain(code: &str, locale: Locale) -> Result<RuleInfo, Error> {
    rules::find(code)
        .map(|r| RuleInfo::of(r, locale))
        .ok_or_else(|| Error::UnknownRule(code.to_string()))
}

/// The schema by name (see [`crate::schema::by_name`]).
pub fn schema(name: &str) -> Result<Value, Error> {
    crate::schema::by_name(name)
}

/// A report given as JSON text (as [`crate::Report`] serialises) exported to `format`: `fhir`
/// (FHIR R4 `OperationOutcome`) or `sarif` (SARIF 2.1.0, `uri` naming the validated file).
pub fn export_report(report: &str, format: &str, uri: &str) -> Result<Value, Error> {
    let option = |option: &str, reason: &str| Error::Option {
        option: option.into(),
        reason: reason.into(),
    };
    let export: fn(&crate::Report, &str) -> Value = match format {
        "fhir" => |r, _| r.to_fhir(),
        "sarif" => |r, uri| r.to_sarif(uri),
        _ => return Err(option("format", "fhir ou sarif attendu")),
    };
    let report = crate::decode::from_str::<crate::Report>(report)
        .map_err(|_| option("report", "un rapport de validation est attendu"))?;
    Ok(export(&report, uri))
}

/// The library's version and data vintages.
pub fn about() -> Value {
    json!({
        "version": env!("CARGO_PKG_VERSION"),
        "rules": rules::catalogue().len(),
        "referentiel": crate::referentiel::default_shared().map(|r| r.vintage.clone()),
    })
}

pub mod analysis;
pub mod referentiel;
