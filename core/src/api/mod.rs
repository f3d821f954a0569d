//! JSON-in / JSON-out twins of every entry point, used by the Python and WebAssembly wrappers so
//! that they only convert values and never hold logic.

use serde::Serialize;
use serde_json::{json, Value};

use crate::engine::{Options, Validator};
use crate::error::Error;
use crate::law::{Authority, Source, SourceKind};
use crate::report::{InForce, LegalBasis, Locale, Severity};
use crate::rules::{self, Rule};

/// Reads validator options from JSON (`{"as_of": "2020-06-30", "lang": "en", …}`); an unknown
/// option or a bad value is an [`Error::Option`] naming it.
pub fn options_from_value(v: Value) -> Result<Options, Error> {
    if v.is_null() {
        return Ok(Options::default());
    }
    let (path, fault) = match crate::read::read_located::<Options>(&v.to_string()) {
        Ok(o) => return Ok(o),
        Err(e) => e,
    };
    use crate::read::FaultKind;
    let reason = match fault {
        FaultKind::UnknownField { field, .. } => format!("option inconnue « {field} »"),
        FaultKind::Date { .. } => "date invalide (AAAA-MM-JJ attendu)".to_string(),
        // serde lists the accepted values: say them.
        FaultKind::UnknownVariant { expected, .. } if !expected.is_empty() => format!(
            "valeur non reconnue (valeurs possibles : {})",
            expected.join(", ")
        ),
        FaultKind::UnknownVariant { .. } => "valeur non reconnue".to_string(),
        _ => "valeur de type incorrect".to_string(),
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

/// One source of a rule, as listed (from the registry, [`crate::law::sources`]).
#[derive(Debug, Clone, Serialize)]
pub struct SourceInfo {
    /// Registry identifier (`csp-l1434-10`).
    pub id: &'static str,
    /// Official citation.
    pub label: &'static str,
    /// Link to the official publisher.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<&'static str>,
    /// Kind of text (`loi`, `code`, `decret`, `arrete`, `circulaire`, `guide`, `parlement`,
    /// `referentiel`, `norme`, `modele`, `terrain`).
    pub kind: SourceKind,
    /// Authority (`binding`, `instruction`, `guidance`, `reference`, `field`).
    pub authority: Authority,
    /// Official identifier (LEGIARTI, JORFTEXT, NOR…), when verified.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identifier: Option<&'static str>,
    /// Period in which the text is in force.
    pub in_force: InForce,
    /// Secondary copies ("voir aussi").
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pub see_also: &'static [&'static str],
    /// What could not be verified.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<&'static str>,
}

impl SourceInfo {
    /// The listing of `s`.
    pub fn of(s: &Source) -> SourceInfo {
        SourceInfo {
            id: s.id,
            label: s.label,
            url: s.url(),
            kind: s.kind,
            authority: s.authority(),
            identifier: s.identifier,
            in_force: s.in_force,
            see_also: s.see_also,
            note: s.note,
        }
    }
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
    /// Authority of its strongest source, which bounds its severity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub authority: Option<Authority>,
    /// Why its severity is what it is, from that authority; empty (and left out of the JSON)
    /// without the `documentation-regles` feature, like `title` and `description`.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub severity_reason: String,
    /// Title.
    #[serde(skip_serializing_if = "str::is_empty")]
    pub title: &'static str,
    /// Message template.
    pub message: &'static str,
    /// Help.
    pub help: &'static str,
    /// What it checks and why; empty (and left out of the JSON) in a build without the
    /// `documentation-regles` feature, whose wrappers take it from `docs/rules/documentation.json`.
    #[serde(skip_serializing_if = "str::is_empty")]
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
            sources: rule.sources.iter().map(SourceInfo::of).collect(),
            authority: rule.authority(),
            severity_reason: if cfg!(feature = "documentation-regles") {
                rules::docs::severity_reason(rule, locale)
            } else {
                String::new()
            },
            title: rule.title.get(locale),
            message: rule.message.get(locale),
            help: rule.help.get(locale),
            description: rule.description.get(locale),
            limits: rule.limits.map(|t| t.get(locale)).filter(|t| !t.is_empty()),
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

/// The documentation texts a build without the `documentation-regles` feature leaves out, as
/// the WebAssembly package ships them (`docs/rules/documentation.json`): per language and rule
/// code, `title`, `severity_reason`, `description` and `limits`; per source id, `note` and
/// `see_also`. The wrappers add them
/// back to [`RuleInfo`] and [`SourceInfo`] field by field, so that a rule's metadata is the
/// same in every front.
pub fn documentation() -> Value {
    let texts = |locale: Locale| -> serde_json::Map<String, Value> {
        rules::catalogue()
            .iter()
            .map(|r| {
                let mut o = serde_json::Map::new();
                o.insert("title".into(), json!(r.title.get(locale)));
                o.insert(
                    "severity_reason".into(),
                    json!(rules::docs::severity_reason(r, locale)),
                );
                o.insert("description".into(), json!(r.description.get(locale)));
                if let Some(l) = r.limits {
                    o.insert("limits".into(), json!(l.get(locale)));
                }
                (r.code.to_string(), Value::Object(o))
            })
            .collect()
    };
    let sources: serde_json::Map<String, Value> = crate::law::sources::ALL
        .iter()
        .filter(|s| s.note.is_some() || !s.see_also.is_empty())
        .map(|s| {
            let mut o = serde_json::Map::new();
            if let Some(n) = s.note {
                o.insert("note".into(), json!(n));
            }
            if !s.see_also.is_empty() {
                o.insert("see_also".into(), json!(s.see_also));
            }
            (s.id.to_string(), Value::Object(o))
        })
        .collect();
    json!({"fr": texts(Locale::Fr), "en": texts(Locale::En), "sources": sources})
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
    let report = crate::read::from_str::<crate::Report>(report)
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
pub mod input;
pub mod referentiel;
