//! The validation engine: a [`Validator`] is built once from [`Options`] (date, language, rule
//! selection, limits, référentiel) and validates typed documents, JSON values or JSON text.

use std::sync::{Arc, OnceLock};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::date::Date;
use crate::error::Error;
use crate::input::{self, ReadFailure};
use crate::model::{Document, DocumentKind, Portefeuille};
use crate::pointer;
use crate::read::{self, Limits, Read};
use crate::referentiel::Referentiel;
use crate::report::{Category, Completeness, Diagnostic, Evidence, Locale, Report, Severity};
use crate::rules::{self, Check, Ctx, Facts, Finding, PortfolioCache, Rule, Sink};

/// Options of a [`Validator`].
#[derive(Debug, Clone, Default, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct Options {
    /// Date at which the law is applied (default: today).
    pub as_of: Option<Date>,
    /// Language of messages (default: French).
    #[serde(alias = "lang")]
    pub locale: Locale,
    /// Rules to run: codes (`CLS-001`), families (`CLS`) or code prefixes; empty: all.
    pub rules: Vec<String>,
    /// Rules not to run, same forms.
    pub exclude: Vec<String>,
    /// Least severity reported (default: information, i.e. everything).
    pub min_severity: Option<Severity>,
    /// Attach evidence (inputs and parameters) to each diagnostic.
    pub explain: bool,
    /// Reading limits.
    pub limits: Option<Limits>,
    /// First-error mode: stop once this many diagnostics of severity error or fatal are found
    /// (`1`: at the first error). No rule runs after that one and no further document of a
    /// portfolio is read; the report holds what was found until then, in the usual order, so
    /// `valid` is false as it would have been, while the rest of the report (completeness,
    /// warnings) covers only the rules that ran. Rules run in catalogue order, so the same
    /// document gives the same report in every front. Default: no limit (see
    /// [`Validator::max_errors`]).
    pub max_errors: Option<usize>,
    /// Reference data; default: the embedded référentiel when the crate has it.
    #[serde(skip)]
    #[schemars(skip)]
    pub referentiel: Option<Arc<Referentiel>>,
}

/// A compiled rule set, reusable across documents (and threads).
///
/// ```
/// use territoire_sante::{Validator, Options, Date};
/// let v = Validator::new(Options { as_of: Some(Date::ymd(2016, 6, 1)), ..Options::default() }).unwrap();
/// // Signatories not described: « à compléter », not a breach.
/// let report = v.validate_str(r#"{"type": "contrat_local_sante", "nom": "CLS"}"#);
/// assert!(report.valid && !report.complete);
/// assert!(report.has("CLS-001"));
/// // Declared to be none (`[]`): the contract contradicts L1434-10.
/// let report = v.validate_str(r#"{"type": "contrat_local_sante", "signataires": []}"#);
/// assert!(!report.valid && report.has("CLS-001"));
/// ```
#[derive(Debug, Clone)]
pub struct Validator {
    as_of: Date,
    locale: Locale,
    rules: Vec<&'static Rule>,
    /// For each kind, in [`DocumentKind::ALL`]'s order, the document rules among `rules` that
    /// apply to it and are in force at `as_of`: worked out at the first document of the kind,
    /// not for every document (nor for kinds a validator never sees).
    runnable: Vec<OnceLock<Vec<&'static Rule>>>,
    explain: bool,
    limits: Limits,
    /// First-error mode's count (`usize::MAX`: no limit).
    max_errors: usize,
    referentiel: Option<Arc<Referentiel>>,
}

impl Validator {
    /// Compiles the options. Errors on an unknown rule code or a missing date.
    pub fn new(options: Options) -> Result<Validator, Error> {
        let as_of = match options.as_of.or_else(Date::today) {
            Some(d) => d,
            None => {
                return Err(Error::Option {
                    option: "as_of".into(),
                    reason: "aucune horloge disponible : indiquez la date".into(),
                })
            }
        };
        let all = rules::catalogue();
        for sel in options.rules.iter().chain(options.exclude.iter()) {
            if !all.iter().any(|r| matches_selector(r.code, sel)) {
                return Err(Error::UnknownRule(sel.clone()));
            }
        }
        let min = options.min_severity.unwrap_or(Severity::Information);
        let selected: Vec<&'static Rule> = all
            .iter()
            .copied()
            .filter(|r| {
                matches!(r.check, Check::Engine)
                    || ((options.rules.is_empty()
                        || options.rules.iter().any(|s| matches_selector(r.code, s)))
                        && !options.exclude.iter().any(|s| matches_selector(r.code, s))
                        && r.severity >= min)
            })
            .collect();
        let runnable = DocumentKind::ALL.iter().map(|_| OnceLock::new()).collect();
        let limits = options.limits.unwrap_or_default();
        if limits.max_depth > 120 || limits.max_depth == 0 {
            return Err(Error::Option {
                option: "limits.max_depth".into(),
                reason: "doit être entre 1 et 120".into(),
            });
        }
        if options.max_errors == Some(0) {
            return Err(Error::Option {
                option: "max_errors".into(),
                reason: "doit être au moins 1".into(),
            });
        }
        Ok(Validator {
            as_of,
            locale: options.locale,
            rules: selected,
            runnable,
            explain: options.explain,
            limits,
            max_errors: options.max_errors.unwrap_or(usize::MAX),
            referentiel: options
                .referentiel
                .or_else(crate::referentiel::default_shared),
        })
    }

    /// The date at which the law is applied.
    pub fn as_of(&self) -> Date {
        self.as_of
    }

    /// The language of messages.
    pub fn locale(&self) -> Locale {
        self.locale
    }

    /// The rules this validator runs (reading rules included).
    pub fn rules(&self) -> &[&'static Rule] {
        &self.rules
    }

    /// The reading limits.
    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// First-error mode: the number of errors after which validation stops (`None`: never).
    ///
    /// ```
    /// use territoire_sante::{Validator, Options, Date, Severity};
    /// // Two documents of an unknown kind in a portfolio: two fatal findings.
    /// let text = r#"{"type": "portefeuille", "documents": [{"type": "x"}, {"type": "y"}]}"#;
    /// let every = Validator::new(Options { as_of: Some(Date::ymd(2020, 6, 30)), ..Options::default() })
    ///     .unwrap()
    ///     .validate_str(text);
    /// let first = Validator::new(Options {
    ///     as_of: Some(Date::ymd(2020, 6, 30)),
    ///     max_errors: Some(1),
    ///     ..Options::default()
    /// })
    /// .unwrap()
    /// .validate_str(text);
    /// let errors = |r: &territoire_sante::Report| {
    ///     r.diagnostics.iter().filter(|d| d.severity >= Severity::Error).count()
    /// };
    /// assert!(errors(&every) > 1);
    /// assert_eq!(errors(&first), 1);
    /// assert!(!first.valid);
    /// ```
    pub fn max_errors(&self) -> Option<usize> {
        (self.max_errors != usize::MAX).then_some(self.max_errors)
    }

    /// The référentiel in use, if any.
    pub fn referentiel(&self) -> Option<&Referentiel> {
        self.referentiel.as_deref()
    }

    /// Validates a typed document.
    pub fn validate(&self, doc: &Document) -> Report {
        shown(self.validate_doc(doc))
    }

    fn validate_doc(&self, doc: &Document) -> Report {
        let mut c = Collected::default();
        self.run(doc, "", None, None, &[], &mut c);
        let mut report = self.finish(c.diagnostics, Some(doc));
        report.completeness = c.completeness;
        report
    }

    /// Validates a JSON value.
    pub fn validate_value(&self, value: Value) -> Report {
        shown(self.report_of(read::value(value, &self.limits, self.locale)))
    }

    /// Validates JSON text; every diagnostic gets a line and a column.
    pub fn validate_str(&self, text: &str) -> Report {
        if input::looks_utf16(text.as_bytes()) {
            // UTF-16 read as bytes by a front: said so, rather than "malformed JSON".
            return self.unreadable(&ReadFailure::Utf16, "");
        }
        let mut report = self.report_of(read::text(text, &self.limits, self.locale));
        // Located with the full paths, then shown with long keys cut.
        locate(text, &mut report);
        shown(report)
    }

    /// Validates the JSON text of a value built by a program (`JSON.stringify` of an object,
    /// say), not written by a person: the report is [`Self::validate_value`]'s on that value,
    /// without lines or columns, which would point into text the user never saw. Text longer
    /// than the limits allow is refused unread, without a line either (as
    /// [`crate::api::input::Input::Value`] is, its size being that of its compact text); text
    /// that is not JSON at all is refused as [`Self::validate_str`] refuses it (located).
    ///
    /// ```
    /// use territoire_sante::{Validator, Options, Date};
    /// let v = Validator::new(Options { as_of: Some(Date::ymd(2016, 6, 1)), ..Options::default() }).unwrap();
    /// let text = r#"{"type":"contrat_local_sante","signataires":[]}"#;
    /// let report = v.validate_value_str(text);
    /// assert!(report.has("CLS-001"));
    /// assert!(report.diagnostics.iter().all(|d| d.line.is_none()));
    /// assert_eq!(report, v.validate_value(serde_json::from_str(text).unwrap()));
    /// ```
    pub fn validate_value_str(&self, text: &str) -> Report {
        if text.len() > self.limits.max_bytes {
            let failure = ReadFailure::TooLarge {
                size: u64::try_from(text.len()).ok(),
                limit: self.limits.max_bytes,
            };
            return self.unreadable(&failure, "");
        }
        if input::looks_utf16(text.as_bytes()) {
            return self.unreadable(&ReadFailure::Utf16, "");
        }
        // Read as text, not located: only text that is not JSON keeps its parser's position.
        shown(self.report_of(read::text(text, &self.limits, self.locale)))
    }

    /// The report of what reading gave: the rules run on a document, and on what a portfolio
    /// kept of its documents.
    fn report_of(&self, read: Read) -> Report {
        let decoded = match read {
            Read::Document(doc) => return self.validate_doc(&doc),
            Read::Unreadable { issue, at } => {
                let mut d = self.diagnostic(issue.0, issue.1, "");
                if let Some((line, column)) = at {
                    d.line = Some(line);
                    d.column = Some(column);
                }
                return self.finish(vec![d], None);
            }
            Read::Explained(decoded) => decoded,
        };
        let mut c = Collected::default();
        for (r, f) in decoded.issues {
            if c.stopped {
                break;
            }
            c.push(self.diagnostic(r, f, ""), self.max_errors);
        }
        let fatal = !c.diagnostics.is_empty();
        if let Some(doc) = &decoded.doc {
            // A readable portfolio is validated even when some of its documents were not.
            if !c.stopped && (!fatal || matches!(doc, Document::Portefeuille(_))) {
                self.run(doc, "", None, None, &decoded.kept, &mut c);
            }
        }
        let mut report = self.finish(c.diagnostics, decoded.doc.as_ref());
        report.completeness = c.completeness;
        if report.document_type.is_none() {
            report.document_type = decoded.tag;
        }
        report
    }

    /// Validates UTF-8 bytes: text that is not UTF-8 (or is UTF-16) gets a `DOC-011` report
    /// saying where, text above `max_bytes` a `DOC-009` one.
    ///
    /// ```
    /// use territoire_sante::{Validator, Options, Date};
    /// let v = Validator::new(Options { as_of: Some(Date::ymd(2016, 6, 1)), ..Options::default() }).unwrap();
    /// assert!(v.validate_bytes(b"{\"type\": \"ch\xE2teau\"}").has("DOC-011"));
    /// ```
    pub fn validate_bytes(&self, bytes: &[u8]) -> Report {
        if bytes.len() > self.limits.max_bytes {
            return self.unreadable(
                &ReadFailure::TooLarge {
                    size: u64::try_from(bytes.len()).ok(),
                    limit: self.limits.max_bytes,
                },
                "",
            );
        }
        match input::text(bytes) {
            Ok(t) => self.validate_str(t),
            Err(f) => self.unreadable(&f, ""),
        }
    }

    /// Validates what `reader` holds, reading at most `max_bytes` (one byte more and the
    /// read stops with a `DOC-009` report: an endless stream costs no more than the limit).
    pub fn validate_reader<R: std::io::Read>(&self, reader: R) -> Report {
        match input::read_bounded(reader, self.limits.max_bytes) {
            Ok(b) => self.validate_bytes(&b),
            Err(f) => self.unreadable(&f, ""),
        }
    }

    /// Validates the file at `path`, within the limits; a file that cannot be read (missing,
    /// a directory, not UTF-8…) gets its own `DOC-011` report rather than an error, so that a
    /// batch loses nothing.
    pub fn validate_path(&self, path: &std::path::Path) -> Report {
        match input::read_path(path, self.limits.max_bytes) {
            Ok(b) => self.validate_bytes(&b),
            Err(f) => self.unreadable(&f, ""),
        }
    }

    /// The report of a value a front could not convert to JSON, by its reason's code (see
    /// [`ReadFailure::of_value_code`]; an unknown code reads as an unsupported type) and the
    /// JSON Pointer of the culprit (`""` when unknown).
    pub fn unreadable_value(&self, code: &str, path: &str) -> Report {
        let f = ReadFailure::of_value_code(code).unwrap_or(ReadFailure::UnsupportedType);
        self.unreadable(&f, path)
    }

    /// The report of an input that could not be read: `DOC-009` when too large, `DOC-008`
    /// when too deep, `DOC-011` otherwise (with the reason's code as `reason`).
    pub fn unreadable(&self, failure: &ReadFailure, path: &str) -> Report {
        let path = crate::input::shorten(path, crate::input::MAX_ECHO_PATH);
        let finding = |f: Finding| f.parameter("max_bytes", self.limits.max_bytes);
        let (rule, f): (&'static Rule, Finding) = match failure {
            ReadFailure::TooLarge { size, limit } => {
                let f = Finding::at(path.as_str()).param("limit", *limit);
                let f = match size {
                    Some(s) => f.param("size", *s),
                    None => f.localized(
                        "size",
                        format!("plus de {limit}"),
                        format!("more than {limit}"),
                    ),
                };
                (&rules::doc::DOC_009, finding(f))
            }
            ReadFailure::TooDeep => (
                &rules::doc::DOC_008,
                Finding::at(path.as_str())
                    .param("limit", self.limits.max_depth)
                    .parameter("max_depth", self.limits.max_depth),
            ),
            other => {
                // The reason's code is the key of DOC-011's sentence; its slots take the
                // position of the first bad byte and the kind of input/output error.
                let f = Finding::at(path.as_str())
                    .param("reason", other.code())
                    .variant(other.code());
                let f = match other {
                    ReadFailure::NotUtf8 { line, column } => {
                        f.param("line", *line).param("column", *column)
                    }
                    ReadFailure::Io(kind) => f.param("kind", kind.clone()),
                    _ => f,
                };
                (&crate::rules::doc::DOC_011, f)
            }
        };
        let mut d = self.diagnostic(rule, f, "");
        match failure {
            ReadFailure::NotUtf8 { line, column } => {
                d.line = Some(*line);
                d.column = Some(*column);
            }
            ReadFailure::Utf16 => {
                d.line = Some(1);
                d.column = Some(1);
            }
            _ => {}
        }
        self.finish(vec![d], None)
    }

    /// Validates many JSON texts; reports come back in input order, one per text, whatever
    /// each text holds.
    pub fn validate_many<S: AsRef<str> + Sync>(&self, texts: &[S]) -> Vec<Report> {
        let threads = std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1)
            .min(8);
        if threads <= 1 || texts.len() < 64 {
            return texts
                .iter()
                .map(|t| self.validate_str(t.as_ref()))
                .collect();
        }
        let chunk = texts.len().div_ceil(threads);
        let mut out: Vec<Report> = Vec::with_capacity(texts.len());
        std::thread::scope(|s| {
            let handles: Vec<_> = texts
                .chunks(chunk)
                .map(|part| {
                    s.spawn(move || {
                        part.iter()
                            .map(|t| self.validate_str(t.as_ref()))
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            for (h, part) in handles.into_iter().zip(texts.chunks(chunk)) {
                match h.join() {
                    Ok(mut r) => out.append(&mut r),
                    // A worker cannot panic (no panics in library code); if it somehow did,
                    // validate its share again here rather than lose it.
                    Err(_) => out.extend(part.iter().map(|t| self.validate_str(t.as_ref()))),
                }
            }
        });
        out
    }

    fn run(
        &self,
        doc: &Document,
        prefix: &str,
        pf: Option<&Portefeuille>,
        cache: Option<&PortfolioCache>,
        kept: &[usize],
        collected: &mut Collected,
    ) {
        let kind = doc.kind();
        let facts = Facts::default();
        let ctx = Ctx {
            doc,
            as_of: self.as_of,
            referentiel: self.referentiel.as_deref(),
            portefeuille: pf,
            cache,
            facts: &facts,
            explain: self.explain,
        };
        // Findings of this document beyond the cap are counted, not kept.
        let cap = self.limits.max_findings_per_document;
        let mut kept_here = 0usize;
        let mut omitted = 0usize;
        let mut worst = Severity::Information;
        for rule in self.runnable(kind) {
            if collected.stopped {
                break;
            }
            let Check::Document(check) = rule.check else {
                continue;
            };
            let mut sink = Sink::default();
            check(&ctx, &mut sink);
            // Each required element counts once, however many items of a list lack it.
            let required = u32::try_from(rule.requires.len()).unwrap_or(u32::MAX);
            let missing = sink.findings.iter().filter(|f| f.incomplete).count();
            let missing = u32::try_from(missing).unwrap_or(u32::MAX).min(required);
            collected.completeness.add(Completeness {
                required,
                described: required - missing,
            });
            for mut f in sink.findings {
                if kept_here >= cap {
                    omitted += 1;
                    worst = worst.max(rule.severity);
                    continue;
                }
                kept_here += 1;
                if !kept.is_empty() {
                    f.path = remap(&f.path, kept);
                    for i in &mut f.inputs {
                        i.path = remap(&i.path, kept);
                    }
                }
                collected.push(self.diagnostic(rule, f, prefix), self.max_errors);
                if collected.stopped {
                    break;
                }
            }
        }
        if omitted > 0 {
            collected
                .diagnostics
                .push(self.omitted(prefix, omitted, cap, true, worst));
        }
        if let Document::Portefeuille(p) = doc {
            let cache = PortfolioCache::default();
            for (i, d) in p.documents.iter().enumerate() {
                if collected.stopped {
                    break;
                }
                let orig = if kept.is_empty() {
                    i
                } else {
                    kept.get(i).copied().unwrap_or(i)
                };
                let base = pointer::push_index(&format!("{prefix}/documents"), orig);
                self.run(d, &base, Some(p), Some(&cache), &[], collected);
            }
        }
    }

    /// The document rules to run on a document of `kind`, in catalogue order.
    fn runnable(&self, kind: DocumentKind) -> &[&'static Rule] {
        let Some(cell) = DocumentKind::ALL
            .iter()
            .position(|k| *k == kind)
            .and_then(|i| self.runnable.get(i))
        else {
            return &[];
        };
        cell.get_or_init(|| {
            self.rules
                .iter()
                .copied()
                .filter(|r| {
                    matches!(r.check, Check::Document(_))
                        && r.applies_to(kind)
                        && r.in_force.contains(self.as_of)
                })
                .collect()
        })
    }

    pub(crate) fn diagnostic(&self, rule: &'static Rule, f: Finding, prefix: &str) -> Diagnostic {
        let mut message = rules::render_with(
            rule.message_for(f.variant).get(self.locale),
            &f.params,
            &f.display,
            self.locale,
        );
        // Rendered into a guess of its size, a message held about 45 % more than its length:
        // a national portfolio's report holds close to a million of them.
        message.shrink_to_fit();
        let (rule_ref, legal_basis) = rule.in_report();
        let evidence = if self.explain {
            Some(Box::new(Evidence {
                inputs: f
                    .inputs
                    .into_iter()
                    .map(|mut i| {
                        i.path = format!("{prefix}{}", i.path);
                        i
                    })
                    .collect(),
                parameters: f
                    .parameters
                    .into_iter()
                    .map(|(k, v)| (k.into_owned(), v))
                    .collect(),
            }))
        } else {
            None
        };
        // An element not described is « à compléter »: a warning at most, whatever the rule's
        // severity for what a document declares (legal-layer §1).
        let (severity, category) = if f.incomplete {
            (rule.severity.min(Severity::Warning), Category::Incomplete)
        } else {
            (rule.severity, rule.category)
        };
        Diagnostic {
            code: std::borrow::Cow::Borrowed(rule.code),
            severity,
            category,
            path: if prefix.is_empty() {
                f.path
            } else {
                let mut p = String::with_capacity(prefix.len() + f.path.len());
                p.push_str(prefix);
                p.push_str(&f.path);
                p
            },
            line: None,
            column: None,
            cellule: None,
            message,
            params: f.params,
            rule: rule_ref,
            legal_basis,
            help: std::borrow::Cow::Borrowed(rule.help.get(self.locale)),
            evidence,
        }
    }

    /// The `DOC-012` finding: `omitted` findings left out beyond `limit`, for one document
    /// (at `path`) or for the whole report.
    fn omitted(
        &self,
        path: &str,
        omitted: usize,
        limit: usize,
        per_document: bool,
        worst: Severity,
    ) -> Diagnostic {
        let f = Finding::at(path)
            .param("omitted", omitted)
            .param("most_severe", worst.word())
            .param("limit", limit)
            .param("scope", if per_document { "document" } else { "report" })
            .variant(if per_document { "document" } else { "report" })
            .parameter(
                if per_document {
                    "max_findings_per_document"
                } else {
                    "max_findings"
                },
                limit,
            );
        let mut d = self.diagnostic(&crate::rules::doc::DOC_012, f, "");
        d.path = path.to_string();
        d
    }

    fn finish(&self, mut diagnostics: Vec<Diagnostic>, doc: Option<&Document>) -> Report {
        let cap = self.limits.max_findings;
        if diagnostics.len() > cap {
            // Keep the most serious first (stable: then the order found); count the rest.
            diagnostics.sort_by_key(|d| std::cmp::Reverse(d.severity));
            let rest = diagnostics.split_off(cap);
            let worst = rest
                .iter()
                .map(|d| d.severity)
                .max()
                .unwrap_or(Severity::Information);
            diagnostics.push(self.omitted("", rest.len(), cap, false, worst));
        }
        let mut r = Report::new(self.as_of, self.locale, diagnostics);
        // An error left out still makes the document invalid.
        if r.diagnostics.iter().any(|d| {
            d.code == crate::rules::doc::DOC_012.code
                && d.params
                    .get("most_severe")
                    .and_then(Value::as_str)
                    .and_then(Severity::parse)
                    >= Some(Severity::Error)
        }) {
            r.valid = false;
        }
        if let Some(d) = doc {
            r.document_type = Some(d.kind().tag().to_string());
            r.document_id = d.ident().map(str::to_string);
        }
        r.referentiel = self.referentiel.as_ref().map(|x| x.vintage.clone());
        r
    }
}

impl Validator {
    /// Renders one finding as this validator would (the spreadsheet reader's TAB findings).
    #[cfg(feature = "tableur")]
    pub(crate) fn render_issue(&self, issue: read::Issue) -> Diagnostic {
        self.diagnostic(issue.0, issue.1, "")
    }
}

/// What the rules found in a document (and its members, for a portfolio).
#[derive(Default)]
struct Collected {
    diagnostics: Vec<Diagnostic>,
    completeness: Completeness,
    /// Diagnostics of severity error or fatal so far.
    errors: usize,
    /// The first-error mode's count was reached: nothing more runs.
    stopped: bool,
}

impl Collected {
    /// Keeps `d`, counting it against `max_errors` (first-error mode).
    fn push(&mut self, d: Diagnostic, max_errors: usize) {
        if d.severity >= Severity::Error {
            self.errors += 1;
            self.stopped = self.errors >= max_errors;
        }
        self.diagnostics.push(d);
    }
}

/// Whether `code` is selected by `sel`: the code itself, its family (`CLS`), or a prefix.
pub fn matches_selector(code: &str, sel: &str) -> bool {
    let sel = sel.trim();
    !sel.is_empty()
        && (code == sel
            || code.split('-').next() == Some(sel.trim_end_matches('-'))
            || code.starts_with(sel))
}

/// Gives the diagnostics not yet placed (those of a text that is not JSON are) the line and
/// column where their value starts in `text`.
fn locate(text: &str, report: &mut Report) {
    let paths: Vec<&str> = report
        .diagnostics
        .iter()
        .filter(|d| d.line.is_none())
        .map(|d| d.path.as_str())
        .collect();
    if paths.is_empty() {
        return;
    }
    let pos = read::locate_each(text, &paths);
    let unplaced = report.diagnostics.iter_mut().filter(|d| d.line.is_none());
    for (d, p) in unplaced.zip(pos) {
        if let Some((l, c)) = p {
            d.line = Some(l);
            d.column = Some(c);
        }
    }
}

/// `/documents/k/...` → `/documents/kept[k]/...`.
fn remap(path: &str, kept: &[usize]) -> String {
    let Some(rest) = path.strip_prefix("/documents/") else {
        return path.to_string();
    };
    let (num, tail) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    match num.parse::<usize>().ok().and_then(|k| kept.get(k)) {
        Some(orig) => format!("/documents/{orig}{tail}"),
        None => path.to_string(),
    }
}

/// `r` with the long keys of its paths (diagnostics' and evidence inputs') cut to
/// [`pointer::MAX_SHOWN_TOKEN`] characters: what a report shows stays proportional to what a
/// finding needs, whatever keys the input holds. Done last, once lines and columns are found
/// with the full paths.
fn shown(mut r: Report) -> Report {
    let cut = |p: &mut String| {
        if let std::borrow::Cow::Owned(short) = pointer::shorten_tokens(p, pointer::MAX_SHOWN_TOKEN)
        {
            *p = short;
        }
    };
    for d in &mut r.diagnostics {
        cut(&mut d.path);
        if let Some(e) = &mut d.evidence {
            for i in &mut e.inputs {
                cut(&mut i.path);
            }
        }
    }
    r
}
