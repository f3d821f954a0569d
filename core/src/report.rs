//! The report: what a validation returns. Its JSON form is the wire format shared by the three
//! fronts (schema in `docs/schema/report.json`).

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::date::Date;

/// How serious a finding is (FHIR `IssueSeverity` words, so the export is one to one).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Descriptive signal.
    Information,
    /// Official guidance not followed, or a likely problem.
    Warning,
    /// A legal or regulatory requirement is not met.
    Error,
    /// The document could not be read; no other rule ran on it.
    Fatal,
}

impl Severity {
    /// All severities, from the most to the least serious.
    pub const ALL: [Severity; 4] = [
        Severity::Fatal,
        Severity::Error,
        Severity::Warning,
        Severity::Information,
    ];
    /// The JSON word.
    pub fn word(self) -> &'static str {
        match self {
            Severity::Information => "information",
            Severity::Warning => "warning",
            Severity::Error => "error",
            Severity::Fatal => "fatal",
        }
    }
    /// The word for `locale`.
    pub fn label(self, locale: Locale) -> &'static str {
        match (self, locale) {
            (Severity::Information, Locale::Fr) => "information",
            (Severity::Warning, Locale::Fr) => "avertissement",
            (Severity::Error, Locale::Fr) => "erreur",
            (Severity::Fatal, Locale::Fr) => "fatal",
            (Severity::Information, Locale::En) => "information",
            (Severity::Warning, Locale::En) => "warning",
            (Severity::Error, Locale::En) => "error",
            (Severity::Fatal, Locale::En) => "fatal",
        }
    }
    /// Parses a severity in English or in French, as the reports print it: `fatal`,
    /// `error`/`erreur`, `warning`/`avertissement`, `information` (also `info`).
    pub fn parse(s: &str) -> Option<Severity> {
        match s {
            "fatal" => Some(Severity::Fatal),
            "error" | "erreur" => Some(Severity::Error),
            "warning" | "avertissement" => Some(Severity::Warning),
            "information" | "info" => Some(Severity::Information),
            _ => None,
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.word())
    }
}

/// What kind of problem (FHIR `IssueType` words where they fit).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    /// The text is not a readable document (syntax, types, unknown fields).
    Structure,
    /// Something required is missing.
    Required,
    /// A value is out of its domain.
    Value,
    /// An internal consistency constraint fails (dates order, numbering…).
    Invariant,
    /// A code is unknown to the référentiel or malformed.
    CodeInvalid,
    /// A rule of law or guidance is not followed.
    BusinessRule,
    /// An inconsistency between documents.
    Conflict,
    /// Something too large or too deep for the configured limits.
    TooLong,
    /// A descriptive signal.
    Informational,
    /// An element that a text requires and that the document does not describe: « à compléter »,
    /// never a breach (a warning at most; it does not make the document invalid).
    Incomplete,
}

impl Category {
    /// The JSON word (FHIR `IssueType` where one matches).
    pub fn word(self) -> &'static str {
        match self {
            Category::Structure => "structure",
            Category::Required => "required",
            Category::Value => "value",
            Category::Invariant => "invariant",
            Category::CodeInvalid => "code-invalid",
            Category::BusinessRule => "business-rule",
            Category::Conflict => "conflict",
            Category::TooLong => "too-long",
            Category::Informational => "informational",
            Category::Incomplete => "incomplete",
        }
    }
}

/// Language of messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    /// Français (default).
    #[default]
    Fr,
    /// English.
    En,
}

impl Locale {
    /// Parses `fr` or `en`.
    pub fn parse(s: &str) -> Option<Locale> {
        match s {
            "fr" => Some(Locale::Fr),
            "en" => Some(Locale::En),
            _ => None,
        }
    }
    /// The code (`fr`, `en`).
    pub fn code(self) -> &'static str {
        match self {
            Locale::Fr => "fr",
            Locale::En => "en",
        }
    }
}

/// The period in which a rule is in force (open ends are `None`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct InForce {
    /// First day in force.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub from: Option<Date>,
    /// Last day in force.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub to: Option<Date>,
}

impl InForce {
    /// Always in force.
    pub const ALWAYS: InForce = InForce {
        from: None,
        to: None,
    };
    /// In force from `from` on.
    pub const fn since(from: Date) -> InForce {
        InForce {
            from: Some(from),
            to: None,
        }
    }
    /// In force from `from` to `to` inclusive.
    pub const fn between(from: Date, to: Date) -> InForce {
        InForce {
            from: Some(from),
            to: Some(to),
        }
    }
    /// Whether `d` is in the period.
    pub fn contains(&self, d: Date) -> bool {
        self.from.is_none_or(|f| f <= d) && self.to.is_none_or(|t| d <= t)
    }
}

impl fmt::Display for InForce {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.from, self.to) {
            (None, None) => f.write_str("toujours"),
            (Some(a), None) => write!(f, "depuis le {a}"),
            (None, Some(b)) => write!(f, "jusqu'au {b}"),
            (Some(a), Some(b)) => write!(f, "du {a} au {b}"),
        }
    }
}

/// The rule that produced a diagnostic.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct RuleRef {
    /// Rule code.
    pub id: String,
    /// Period in which the rule is in force.
    pub in_force: InForce,
}

// The texts borrow the rule's own (`Cow`) rather than copy them: a national portfolio's report
// holds over a million diagnostics. Doc comments here end up in the published report schema.
/// A legal or guidance source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct LegalBasis {
    /// Label (`"Code de la santé publique, art. L1434-10"`).
    pub label: Cow<'static, str>,
    /// Link to the text.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub url: Option<Cow<'static, str>>,
}

/// One input value that made a rule fire.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct EvidenceInput {
    /// JSON Pointer of the value in the document.
    pub path: String,
    /// The value (personal data is never included).
    pub value: Value,
}

/// Why a rule fired: inputs and parameters (OpenFisca's trace, Publicodes' explanation).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Evidence {
    /// Input values, by path.
    pub inputs: Vec<EvidenceInput>,
    /// Parameters of the rule (thresholds, dates).
    pub parameters: BTreeMap<String, Value>,
}

/// A cell of a spreadsheet: where a document read from a sheet holds the value a finding is
/// about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct Cellule {
    /// Sheet name (`"CLS"`; `"csv"` for a CSV file).
    pub feuille: String,
    /// Row, 1-based as the spreadsheet shows it.
    pub ligne: u32,
    /// Column, 1-based (`A` is 1).
    pub colonne: u32,
    /// A1 reference with its sheet (`CLS!F12`, `'Contrats de ville'!B3`).
    pub a1: String,
}

impl Cellule {
    /// The cell at 1-based `ligne` and `colonne` of `feuille`, with its A1 reference.
    ///
    /// ```
    /// use territoire_sante::report::Cellule;
    /// assert_eq!(Cellule::new("CLS", 12, 6).a1, "CLS!F12");
    /// assert_eq!(Cellule::new("Contrats de ville", 3, 28).a1, "'Contrats de ville'!AB3");
    /// ```
    pub fn new(feuille: &str, ligne: u32, colonne: u32) -> Cellule {
        let plain = !feuille.is_empty()
            && feuille
                .chars()
                .all(|c| c.is_alphanumeric() || c == '_' || c == '.');
        let sheet = if plain {
            feuille.to_string()
        } else {
            format!("'{}'", feuille.replace('\'', "''"))
        };
        Cellule {
            feuille: feuille.to_string(),
            ligne,
            colonne,
            a1: format!("{sheet}!{}{ligne}", column_letters(colonne)),
        }
    }

    /// The A1 reference without the sheet (`F12`).
    pub fn local(&self) -> String {
        format!("{}{}", column_letters(self.colonne), self.ligne)
    }
}

/// `1` → `A`, `27` → `AA` (spreadsheet column letters).
pub fn column_letters(mut n: u32) -> String {
    let mut out = Vec::new();
    while n > 0 {
        let r = (n - 1) % 26;
        out.push(char::from(b'A' + r as u8));
        n = (n - 1) / 26;
    }
    out.iter().rev().collect()
}

/// One finding.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Diagnostic {
    /// Stable rule code (`CLS-001`), never reworded.
    pub code: String,
    /// Severity.
    pub severity: Severity,
    /// Category.
    pub category: Category,
    /// RFC 6901 JSON Pointer into the document (`""` is the whole document).
    pub path: String,
    /// Line (1-based) when validated from text.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub line: Option<u32>,
    /// Column (1-based, in characters) when validated from text.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub column: Option<u32>,
    /// The spreadsheet cell the finding points at, when the document was read from a sheet.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub cellule: Option<Cellule>,
    /// Message rendered in the requested locale.
    pub message: String,
    /// Structured parameters of the message (translate by `code` + `params`, never by text).
    pub params: BTreeMap<String, Value>,
    /// The rule and the period in which it applies.
    pub rule: RuleRef,
    /// Legal or guidance source.
    pub legal_basis: LegalBasis,
    /// What to do about it.
    pub help: Cow<'static, str>,
    /// Why it fired, when explanations are requested.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub evidence: Option<Evidence>,
}

/// Counts per severity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Counts {
    /// Fatal findings.
    pub fatal: usize,
    /// Errors.
    pub error: usize,
    /// Warnings.
    pub warning: usize,
    /// Information.
    pub information: usize,
}

impl Counts {
    /// Count for one severity.
    pub fn get(&self, s: Severity) -> usize {
        match s {
            Severity::Fatal => self.fatal,
            Severity::Error => self.error,
            Severity::Warning => self.warning,
            Severity::Information => self.information,
        }
    }
}

/// `N` in a pointer `/documents/N…`, read as [`crate::pointer::compare`] reads a number, so
/// that two different numbers order two pointers as that comparison would.
fn document_number(path: &str) -> Option<u64> {
    let rest = path.strip_prefix("/documents/")?;
    rest.split('/').next()?.parse().ok()
}

/// Reorders `items` in place so that position `k` holds what was at `order[k]`; `order` is a
/// permutation of the positions.
fn permute<T>(items: &mut [T], mut order: Vec<usize>) {
    for start in 0..order.len() {
        // Follows the cycle through `start`, marking each position done (`order[k] = k`).
        let mut cur = start;
        while let Some(slot) = order.get_mut(cur) {
            let next = std::mem::replace(slot, cur);
            if next == start || next >= items.len() {
                break;
            }
            items.swap(cur, next);
            cur = next;
        }
    }
}

/// How much of what the texts require the document describes. Each rule that checks required
/// elements declares them ([`crate::rules::Rule::requires`]); an element counts as described
/// unless the rule found it « à compléter ».
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
pub struct Completeness {
    /// Required elements examined by the rules in force for this document.
    pub required: u32,
    /// Of those, the elements the document describes.
    pub described: u32,
}

impl Completeness {
    /// `described / required`, 1 when nothing is required.
    pub fn ratio(&self) -> f64 {
        if self.required == 0 {
            1.0
        } else {
            f64::from(self.described) / f64::from(self.required)
        }
    }
    /// Adds another count (a portfolio's members).
    pub fn add(&mut self, other: Completeness) {
        self.required = self.required.saturating_add(other.required);
        self.described = self.described.saturating_add(other.described);
    }
}

fn yes() -> bool {
    true
}

/// The result of validating one document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct Report {
    /// Conformity: no fatal finding and no error, i.e. nothing the document declares contradicts
    /// a binding text in force. Elements not described never make it false.
    pub valid: bool,
    /// Completeness: no element « à compléter » (findings of category `incomplete`).
    #[serde(default = "yes")]
    pub complete: bool,
    /// How many required elements the document describes.
    #[serde(default)]
    pub completeness: Completeness,
    /// Date at which the law was applied.
    pub as_of: Date,
    /// Language of the messages.
    pub locale: Locale,
    /// The document's `"type"`, when it could be read.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub document_type: Option<String>,
    /// The document's identifier, when it has one.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub document_id: Option<String>,
    /// Vintage of the référentiel used, when one was.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub referentiel: Option<String>,
    /// Counts per severity.
    pub counts: Counts,
    /// Findings, in a deterministic order (path, then code).
    pub diagnostics: Vec<Diagnostic>,
}

impl Report {
    /// Builds a report from findings: sorts them, counts them, sets `valid`.
    pub fn new(as_of: Date, locale: Locale, mut diagnostics: Vec<Diagnostic>) -> Report {
        // Sorting positions rather than the diagnostics themselves: a diagnostic is a few
        // hundred bytes, and a national portfolio has over a million of them. Each position
        // carries its document's number in a portfolio (`/documents/N`), which decides most
        // comparisons without reading the diagnostics, scattered in memory. The sort is
        // stable, as sorting the diagnostics was.
        let mut order: Vec<(Option<u64>, usize)> = diagnostics
            .iter()
            .enumerate()
            .map(|(i, d)| (document_number(&d.path), i))
            .collect();
        order.sort_by(|(m, i), (n, j)| match (m, n) {
            (Some(m), Some(n)) if m != n => m.cmp(n),
            _ => match (diagnostics.get(*i), diagnostics.get(*j)) {
                (Some(a), Some(b)) => crate::pointer::compare(&a.path, &b.path)
                    .then_with(|| a.code.cmp(&b.code))
                    .then_with(|| a.message.cmp(&b.message)),
                _ => i.cmp(j),
            },
        });
        permute(
            &mut diagnostics,
            order.into_iter().map(|(_, i)| i).collect(),
        );
        diagnostics.dedup_by(|a, b| a.code == b.code && a.path == b.path && a.params == b.params);
        let mut counts = Counts::default();
        for d in &diagnostics {
            match d.severity {
                Severity::Fatal => counts.fatal += 1,
                Severity::Error => counts.error += 1,
                Severity::Warning => counts.warning += 1,
                Severity::Information => counts.information += 1,
            }
        }
        let complete = !diagnostics
            .iter()
            .any(|d| d.category == Category::Incomplete);
        Report {
            valid: counts.fatal == 0 && counts.error == 0,
            complete,
            completeness: Completeness::default(),
            as_of,
            locale,
            document_type: None,
            document_id: None,
            referentiel: None,
            counts,
            diagnostics,
        }
    }

    /// The codes of the findings, in report order.
    pub fn codes(&self) -> Vec<&str> {
        self.diagnostics.iter().map(|d| d.code.as_str()).collect()
    }

    /// Whether a finding with `code` is present.
    pub fn has(&self, code: &str) -> bool {
        self.diagnostics.iter().any(|d| d.code == code)
    }

    /// The report as JSON.
    pub fn to_json_value(&self) -> Value {
        serde_json::to_value(self).unwrap_or(Value::Null)
    }

    /// Export as a FHIR R4 `OperationOutcome` resource (JSON).
    pub fn to_fhir(&self) -> Value {
        crate::export::fhir(self)
    }

    /// Export as a SARIF 2.1.0 log (JSON), `uri` naming the validated file.
    pub fn to_sarif(&self, uri: &str) -> Value {
        crate::export::sarif(self, uri)
    }

    /// One SARIF 2.1.0 log for many reports, each `(file, report)` giving its results (one run,
    /// as code-scanning tools expect).
    pub fn to_sarif_many(reports: &[(&str, &Report)]) -> Value {
        crate::export::sarif_many(reports, None)
    }

    /// As [`Report::to_sarif_many`], the rules' `helpUri` being `rules_base` (the absolute URI
    /// of the published `docs/rules/` folder, ending with `/`) followed by `CODE.md`.
    pub fn to_sarif_many_with(reports: &[(&str, &Report)], rules_base: Option<&str>) -> Value {
        crate::export::sarif_many(reports, rules_base)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn document_numbers_order_as_pointers_do() {
        use std::cmp::Ordering;
        let ptrs = [
            "",
            "/documents",
            "/documents/2",
            "/documents/10/x",
            "/documents/x",
            "/nom",
        ];
        for a in ptrs {
            for b in ptrs {
                if let (Some(m), Some(n)) = (document_number(a), document_number(b)) {
                    if m != n {
                        assert_eq!(m.cmp(&n), crate::pointer::compare(a, b), "{a} vs {b}");
                    }
                }
            }
        }
        assert_eq!(document_number("/documents/10/x"), Some(10));
        assert_eq!(document_number("/documents/x"), None);
        assert_eq!(
            crate::pointer::compare("/documents/2", "/documents/10/x"),
            Ordering::Less
        );
    }

    #[test]
    fn permute_applies_the_order() {
        let mut v = vec!['a', 'b', 'c', 'd', 'e', 'f'];
        permute(&mut v, vec![2, 0, 1, 3, 5, 4]);
        assert_eq!(v, ['c', 'a', 'b', 'd', 'f', 'e']);
        let mut e: Vec<u8> = Vec::new();
        permute(&mut e, Vec::new());
        assert!(e.is_empty());
    }
}
