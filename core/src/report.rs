//! The report: what a validation returns. Its JSON form is the wire format shared by the three
//! fronts (schema in `docs/schema/report.json`).

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// Longest key shown in a path of a report, in characters: a longer one is cut with `…` (its
/// line and column still point at the exact place).
pub use crate::pointer::MAX_SHOWN_TOKEN;
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

/// A value of the rule catalogue, borrowed for as long as the program runs, or one of the
/// report's own (read back from JSON), boxed: a pointer either way. Reads as the value
/// (`Deref`); serialised, deserialised and described by the JSON Schema as the value itself.
///
/// The catalogue's rule and legal basis are the same for every finding of a rule: a national
/// portfolio's report holds close to a million diagnostics, and held inline these two took
/// 88 bytes of each instead of 32.
///
/// ```
/// use territoire_sante::report::{LegalBasis, Shared};
/// let lb: Shared<LegalBasis> = LegalBasis { label: "CSP".into(), url: None }.into();
/// assert_eq!(lb.label, "CSP");
/// ```
#[derive(Debug)]
pub enum Shared<T: 'static> {
    /// The catalogue's own.
    Static(&'static T),
    /// A value of its own (a report read back from JSON, a diagnostic built by hand).
    Owned(Box<T>),
}

impl<T> std::ops::Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        match self {
            Shared::Static(t) => t,
            Shared::Owned(t) => t,
        }
    }
}

impl<T> From<T> for Shared<T> {
    fn from(t: T) -> Shared<T> {
        Shared::Owned(Box::new(t))
    }
}

impl<T: Clone> Clone for Shared<T> {
    fn clone(&self) -> Shared<T> {
        match self {
            Shared::Static(t) => Shared::Static(t),
            Shared::Owned(t) => Shared::Owned(t.clone()),
        }
    }
}

/// Compares the values, wherever they are held.
impl<T: PartialEq> PartialEq for Shared<T> {
    fn eq(&self, other: &Shared<T>) -> bool {
        **self == **other
    }
}

impl<T: Eq> Eq for Shared<T> {}

impl<T: Serialize> Serialize for Shared<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        (**self).serialize(s)
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Shared<T> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Shared<T>, D::Error> {
        T::deserialize(d).map(Shared::from)
    }
}

// The value's own schema: the published report schema does not change.
impl<T: JsonSchema> JsonSchema for Shared<T> {
    fn schema_name() -> Cow<'static, str> {
        T::schema_name()
    }
    fn schema_id() -> Cow<'static, str> {
        T::schema_id()
    }
    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        T::json_schema(g)
    }
    fn inline_schema() -> bool {
        T::inline_schema()
    }
}

/// The rule that produced a diagnostic.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub struct RuleRef {
    // The catalogue's own, borrowed rather than copied.
    /// Rule code.
    pub id: Cow<'static, str>,
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

/// The parameters of a diagnostic's message, by name, in name order (the order of their JSON
/// form): a sorted vector with the names borrowed from the rules. A diagnostic has one to a few
/// parameters; a `BTreeMap` would allocate a node of over 600 bytes for each diagnostic, and a
/// national portfolio's report holds over a million of them.
///
/// ```
/// use territoire_sante::report::Params;
/// let mut p = Params::new();
/// p.insert("b", 2);
/// p.insert("a", "x");
/// assert_eq!(p.get("a"), Some(&serde_json::json!("x")));
/// assert_eq!(p["b"], 2);
/// assert!(p["absent"].is_null());
/// assert_eq!(serde_json::to_string(&p).unwrap(), r#"{"a":"x","b":2}"#);
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
// A boxed slice rather than a vector: 8 bytes fewer in each diagnostic, and the parameters are
// built once, one at a time.
pub struct Params(Box<[(Cow<'static, str>, Value)]>);

impl Params {
    /// No parameters.
    pub fn new() -> Params {
        Params(Box::default())
    }
    fn position(&self, name: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(k, _)| (**k).cmp(name))
    }
    /// Sets `name` to `value`, returning the value it replaces.
    pub fn insert(
        &mut self,
        name: impl Into<Cow<'static, str>>,
        value: impl Into<Value>,
    ) -> Option<Value> {
        let name = name.into();
        let value = value.into();
        match self.position(&name) {
            Ok(i) => self.0.get_mut(i).map(|(_, v)| std::mem::replace(v, value)),
            Err(i) => {
                // One slot at a time: a diagnostic has one to a few parameters, and the
                // vector's default growth (four slots of 56 bytes at the first) would double
                // what a million of them hold.
                let mut v = std::mem::take(&mut self.0).into_vec();
                v.reserve_exact(1);
                v.insert(i, (name, value));
                self.0 = v.into_boxed_slice();
                None
            }
        }
    }
    /// The value of `name`.
    pub fn get(&self, name: &str) -> Option<&Value> {
        let i = self.position(name).ok()?;
        self.0.get(i).map(|(_, v)| v)
    }
    /// Whether `name` is set.
    pub fn contains_key(&self, name: &str) -> bool {
        self.position(name).is_ok()
    }
    /// The parameters, in name order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Value)> {
        self.0.iter().map(|(k, v)| (&**k, v))
    }
    /// The names, in order.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.0.iter().map(|(k, _)| &**k)
    }
    /// How many parameters.
    pub fn len(&self) -> usize {
        self.0.len()
    }
    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// The parameters, in name order, by value.
impl IntoIterator for Params {
    type Item = (Cow<'static, str>, Value);
    type IntoIter = std::vec::IntoIter<(Cow<'static, str>, Value)>;
    fn into_iter(self) -> Self::IntoIter {
        self.0.into_vec().into_iter()
    }
}

/// The parameters, in name order, by reference.
impl<'a> IntoIterator for &'a Params {
    type Item = (&'a str, &'a Value);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'a, (Cow<'static, str>, Value)>,
        fn(&'a (Cow<'static, str>, Value)) -> (&'a str, &'a Value),
    >;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(k, v)| (&**k, v))
    }
}

/// `params["name"]`: the value, or `null` when absent (as `serde_json::Value` indexes).
impl std::ops::Index<&str> for Params {
    type Output = Value;
    fn index(&self, name: &str) -> &Value {
        static NULL: Value = Value::Null;
        self.get(name).unwrap_or(&NULL)
    }
}

impl Serialize for Params {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.iter())
    }
}

impl<'de> Deserialize<'de> for Params {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Params, D::Error> {
        let map = BTreeMap::<String, Value>::deserialize(d)?;
        Ok(Params(
            map.into_iter().map(|(k, v)| (Cow::Owned(k), v)).collect(),
        ))
    }
}

// The same schema as the map it replaces: the published report schema does not change.
impl JsonSchema for Params {
    fn schema_name() -> Cow<'static, str> {
        <BTreeMap<String, Value> as JsonSchema>::schema_name()
    }
    fn schema_id() -> Cow<'static, str> {
        <BTreeMap<String, Value> as JsonSchema>::schema_id()
    }
    fn json_schema(g: &mut schemars::SchemaGenerator) -> schemars::Schema {
        <BTreeMap<String, Value> as JsonSchema>::json_schema(g)
    }
    fn inline_schema() -> bool {
        <BTreeMap<String, Value> as JsonSchema>::inline_schema()
    }
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
    // The catalogue's own, borrowed rather than copied (a national portfolio's report holds
    // close to a million diagnostics).
    /// Stable rule code (`CLS-001`), never reworded.
    pub code: Cow<'static, str>,
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
    // Boxed: only a document read from a spreadsheet has them, and the box is 8 bytes of every
    // diagnostic instead of 56.
    /// The spreadsheet cell the finding points at, when the document was read from a sheet.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub cellule: Option<Box<Cellule>>,
    /// Message rendered in the requested locale.
    pub message: String,
    /// Structured parameters of the message (translate by `code` + `params`, never by text).
    pub params: Params,
    // The catalogue's own, borrowed rather than held in each diagnostic (see `Shared`).
    /// The rule and the period in which it applies.
    pub rule: Shared<RuleRef>,
    /// Legal or guidance source.
    pub legal_basis: Shared<LegalBasis>,
    /// What to do about it.
    pub help: Cow<'static, str>,
    // Boxed: most reports have none, and the box is 8 bytes of every diagnostic instead of 48.
    /// Why it fired, when explanations are requested.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub evidence: Option<Box<Evidence>>,
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

/// Where a pointer falls among a portfolio's documents, in the order of
/// [`crate::pointer::compare`]: before every `/documents/N…` (`""`, `/annee`…), within the
/// document `N`, or after them all (`/nom`, `/documents/x`). Pointers of different groups
/// compare as their groups do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Group {
    Before,
    Document(u64),
    After,
}

impl Group {
    fn of(path: &str) -> Group {
        match document_number(path) {
            Some(n) => Group::Document(n),
            // "/documents/0" is the least pointer of any document: what is not in a document
            // and comes before it comes before them all, and what comes after it comes after
            // them all (its first differing token is past every number, or its first token
            // past "documents").
            None if crate::pointer::compare(path, "/documents/0").is_lt() => Group::Before,
            None => Group::After,
        }
    }
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
        // hundred bytes, and a national portfolio has over a million of them. First on a
        // compact key, the place of the pointer's document in a portfolio (`/documents/N`),
        // which never reads the diagnostics, scattered in memory, and finds the runs that the
        // engine's order (document after document) already has; then each group of equal keys,
        // small and made of neighbours, by the full comparison. Both sorts are stable, as
        // sorting the diagnostics was, and give the same order as the full comparison alone.
        let mut order: Vec<(Group, usize)> = diagnostics
            .iter()
            .enumerate()
            .map(|(i, d)| (Group::of(&d.path), i))
            .collect();
        order.sort_by_key(|(g, _)| *g);
        for run in order.chunk_by_mut(|(g, _), (h, _)| g == h) {
            if run.len() > 1 {
                run.sort_by(
                    |(_, i), (_, j)| match (diagnostics.get(*i), diagnostics.get(*j)) {
                        (Some(a), Some(b)) => crate::pointer::compare(&a.path, &b.path)
                            .then_with(|| a.code.cmp(&b.code))
                            .then_with(|| a.message.cmp(&b.message)),
                        _ => i.cmp(j),
                    },
                );
            }
        }
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
        self.diagnostics.iter().map(|d| &*d.code).collect()
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
    fn groups_order_as_pointers_do() {
        let ptrs = [
            "",
            "/annee",
            "/5",
            "/documents",
            "/documents/0",
            "/documents/0/x",
            "/documents/2",
            "/documents/007/a",
            "/documents/10/x",
            "/documents/99999999999999999999999/x",
            "/documents/x",
            "/documents/~1",
            "/e",
            "/nom",
        ];
        for a in ptrs {
            for b in ptrs {
                let (g, h) = (Group::of(a), Group::of(b));
                if g != h {
                    assert_eq!(g.cmp(&h), crate::pointer::compare(a, b), "{a} vs {b}");
                }
            }
        }
        assert_eq!(Group::of("/annee"), Group::Before);
        assert_eq!(Group::of("/nom"), Group::After);
        assert_eq!(Group::of("/documents/3/x"), Group::Document(3));
    }

    #[test]
    fn report_order_is_the_full_comparison() {
        // Shuffled pointers of a portfolio: the report orders them as the comparison alone.
        let paths = [
            "/nom",
            "/documents/10/a",
            "",
            "/documents/2/b",
            "/documents/2",
            "/annee",
            "/documents/x",
            "/documents/2/a",
            "/documents/10",
            "/documents/007/z",
            "/documents",
        ];
        let rule = crate::rules::find("DQ-001").unwrap();
        let diagnostics: Vec<Diagnostic> = paths
            .iter()
            .enumerate()
            .map(|(k, p)| Diagnostic {
                code: if k % 2 == 0 { "B-001" } else { "A-001" }.into(),
                severity: Severity::Warning,
                category: Category::Value,
                path: (*p).into(),
                line: None,
                column: None,
                message: format!("m{k}"),
                params: Params::new(),
                cellule: None,
                rule: RuleRef {
                    id: rule.code.into(),
                    in_force: rule.in_force,
                }
                .into(),
                legal_basis: rule.legal_basis().into(),
                help: Cow::Borrowed(""),
                evidence: None,
            })
            .collect();
        let mut expected = diagnostics.clone();
        expected.sort_by(|a, b| {
            crate::pointer::compare(&a.path, &b.path)
                .then_with(|| a.code.cmp(&b.code))
                .then_with(|| a.message.cmp(&b.message))
        });
        let report = Report::new(Date::ymd(2020, 1, 1), Locale::Fr, diagnostics);
        assert_eq!(report.diagnostics, expected);
    }

    #[test]
    fn a_diagnostic_stays_small() {
        // A national portfolio's report holds close to a million of them: 184 bytes with the
        // evidence and the cell boxed, the rule and its legal basis borrowed from the
        // catalogue, the parameters a boxed slice (296 before these, 336 before the evidence).
        assert!(
            std::mem::size_of::<Diagnostic>() <= 184,
            "{}",
            std::mem::size_of::<Diagnostic>()
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
