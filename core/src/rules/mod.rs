//! The rule catalogue. A rule is metadata (code, severity, category, in-force period, legal
//! basis, messages in French and English, help) plus a check function; every rule is in one
//! table ([`catalogue`]) from which the CLI listing, `explain` and the docs pages are generated.
//!
//! One folder per family and one file per rule: `CLS-014` is `cls::CLS_014` in
//! `rules/cls/cls_014.rs`, with its metadata, messages and check. What a family shares (helpers,
//! its tests) is in the family's `mod.rs`.

use std::borrow::Cow;
use std::cell::OnceCell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use serde::Serialize;
use serde_json::Value;

use crate::date::{Answer, Date, DayRange, PartialDate};
use crate::model::{Document, DocumentKind, Portefeuille};
use crate::referentiel::Referentiel;
use crate::report::{
    Category, EvidenceInput, InForce, LegalBasis, Locale, Params, RuleRef, Severity, Shared,
};

pub(crate) mod ar;
pub(crate) mod art;
pub(crate) mod asv;
pub(crate) mod cls;
pub(crate) mod clsm;
pub(crate) mod cv;
pub(crate) mod doc;
pub mod docs;
pub(crate) mod dq;
pub(crate) mod eis;
pub(crate) mod gov;
pub(crate) mod lif;
pub(crate) mod net;
pub(crate) mod npru;
pub(crate) mod par;
pub(crate) mod prs;
pub(crate) mod ptsm;
pub(crate) mod qva;
#[cfg(feature = "tableur")]
pub(crate) mod tab;
pub(crate) mod ter;
pub(crate) mod ufs;
pub(crate) mod util;

#[cfg(test)]
mod partial_dates_tests;

/// A text in both languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Text {
    /// French.
    pub fr: &'static str,
    /// English.
    pub en: &'static str,
}

impl Text {
    /// Builds a text.
    pub(crate) const fn new(fr: &'static str, en: &'static str) -> Text {
        Text { fr, en }
    }
    /// A documentation text (a rule's description, limits or transitional scope), kept only
    /// with the `documentation-regles` feature. Without it (the WebAssembly build, which ships
    /// these texts as a separate asset) the text is empty and, the function being evaluated at
    /// compile time, its literals never reach the binary.
    #[cfg(feature = "documentation-regles")]
    pub(crate) const fn doc(fr: &'static str, en: &'static str) -> Text {
        Text { fr, en }
    }
    /// A documentation text, left out of this build (no `documentation-regles` feature).
    #[cfg(not(feature = "documentation-regles"))]
    pub(crate) const fn doc(_fr: &'static str, _en: &'static str) -> Text {
        Text { fr: "", en: "" }
    }
    /// The text in `locale`.
    pub fn get(&self, locale: Locale) -> &'static str {
        match locale {
            Locale::Fr => self.fr,
            Locale::En => self.en,
        }
    }
}

pub(crate) use crate::law::sources;
pub use crate::law::{Authority, Link, Source, SourceKind};
use crate::params;
pub use crate::params::Parameter;

/// What a rule needs to run.
#[derive(Clone, Copy)]
pub(crate) enum Check {
    /// Emitted by the engine itself (reading the document, limits).
    Engine,
    /// A check over one document (and, for a portfolio, over all of them).
    Document(fn(&Ctx<'_>, &mut Sink)),
}

/// A rule of the catalogue.
#[derive(Clone, Copy)]
pub struct Rule {
    /// Stable code (`CLS-001`).
    pub code: &'static str,
    /// Severity of its findings.
    pub severity: Severity,
    /// Category of its findings.
    pub category: Category,
    /// Document kinds it applies to (empty: all).
    pub applies_to: &'static [DocumentKind],
    /// Period in which it is in force; outside it the rule does not fire.
    pub in_force: InForce,
    /// Sources, from the registry ([`crate::law::sources`]), the first being the main legal
    /// basis; the strongest bounds the severity.
    pub sources: &'static [Source],
    /// Short title.
    pub title: Text,
    /// Message template; `{name}` is replaced by the finding's parameter `name`.
    pub message: Text,
    /// What to do about it.
    pub help: Text,
    /// What it checks and why (documentation).
    pub description: Text,
    /// What it cannot check, and unverified facts it relies on (documentation).
    pub limits: Option<Text>,
    /// Its transitional scope, when a text fixes one (which instruments a new requirement
    /// reaches); `None`: it applies at the date of application to every document, within its
    /// in-force period.
    pub transition: Option<Text>,
    /// The elements (JSON Pointers, `*` for every item of a list) that its texts require and
    /// that it reports « à compléter » when the document does not describe them: the basis of
    /// the report's completeness figure.
    pub requires: &'static [&'static str],
    /// The dated parameters of the law it reads ([`crate::params`]), shown on its page.
    pub parameters: &'static [&'static dyn Parameter],
    /// Every sentence it can say, each under a key its findings choose
    /// (the finding names its variant); empty: its findings all say [`Rule::message`].
    pub messages: &'static [Message],
    /// The check.
    pub(crate) check: Check,
}

/// One sentence a rule can say: the key its findings choose it by, and the sentence in French
/// and English. `{name}` slots take the finding's data (a date, a code, an organisation's
/// name), never a piece of sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Message {
    /// Stable key, unique within the rule (`sans_volet`).
    pub key: &'static str,
    /// The sentence.
    pub text: Text,
}

impl Message {
    /// A sentence under `key`.
    pub(crate) const fn new(key: &'static str, fr: &'static str, en: &'static str) -> Message {
        Message {
            key,
            text: Text::new(fr, en),
        }
    }
}

impl Rule {
    /// Whether the rule applies to documents of `kind`.
    pub fn applies_to(&self, kind: DocumentKind) -> bool {
        self.applies_to.is_empty() || self.applies_to.contains(&kind)
    }
    /// The main legal basis, as shown in diagnostics: the first source.
    pub fn legal_basis(&self) -> LegalBasis {
        match self.sources.first() {
            Some(s) => LegalBasis {
                label: Cow::Borrowed(s.label),
                url: s.url().map(Cow::Borrowed),
            },
            None => LegalBasis {
                label: Cow::Borrowed(""),
                url: None,
            },
        }
    }
    /// The rule and its legal basis as its diagnostics hold them: for a rule of the catalogue,
    /// built once and borrowed by each of them (a national portfolio's report holds close to a
    /// million diagnostics); for another, their own.
    pub(crate) fn in_report(&'static self) -> (Shared<RuleRef>, Shared<LegalBasis>) {
        // Keyed by the rule's address (a `static`): one multiplication per look-up, where
        // hashing the code cost about a hundred instructions per diagnostic.
        type Held = HashMap<usize, (RuleRef, LegalBasis), BuildHasherDefault<AddressHash>>;
        static HELD: OnceLock<Held> = OnceLock::new();
        let held = HELD.get_or_init(|| {
            catalogue()
                .iter()
                .map(|r| (address(r), (r.rule_ref(), r.legal_basis())))
                .collect()
        });
        match held.get(&address(self)) {
            Some((id, basis)) => (Shared::Static(id), Shared::Static(basis)),
            None => (self.rule_ref().into(), self.legal_basis().into()),
        }
    }
    fn rule_ref(&'static self) -> RuleRef {
        RuleRef {
            id: Cow::Borrowed(self.code),
            in_force: self.in_force,
        }
    }
    /// The first of the sources with the highest authority.
    pub fn basis(&self) -> Option<&'static Source> {
        let best = self.authority()?;
        self.sources.iter().find(|s| s.authority() == best)
    }
    /// The authority of the rule's strongest source.
    pub fn authority(&self) -> Option<Authority> {
        self.sources.iter().map(|s| s.authority()).max()
    }
    /// Whether the rule is one of the engine's own reading rules (`DOC-*`, fatal): they say
    /// that a document could not be read, and answer to no text.
    pub fn is_engine(&self) -> bool {
        matches!(self.check, Check::Engine)
    }
    /// The sentence a finding says: its variant's, else the rule's message.
    pub fn message_for(&self, variant: Option<&str>) -> Text {
        variant
            .and_then(|k| self.messages.iter().find(|m| m.key == k))
            .map_or(self.message, |m| m.text)
    }
    /// The code's family (`CLS` for `CLS-001`).
    pub fn family(&self) -> &'static str {
        self.code.split('-').next().unwrap_or(self.code)
    }
}

impl std::fmt::Debug for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Rule").field("code", &self.code).finish()
    }
}

/// A rule of the engine's own reading (DOC-*, TAB-*): emitted while a document or a sheet is
/// read, before any rule of law runs, so always in force, with one sentence, no parameter and
/// no check of its own. Its families write only what differs from one rule to the next.
pub(crate) struct EngineRule {
    /// Code (`DOC-002`).
    pub code: &'static str,
    /// Severity.
    pub severity: Severity,
    /// Category.
    pub category: Category,
    /// Sources (this library's conventions: never a legal text).
    pub sources: &'static [Source],
    /// Title.
    pub title: Text,
    /// Message template.
    pub message: Text,
    /// What to do.
    pub help: Text,
    /// What the rule checks.
    pub description: Text,
}

impl EngineRule {
    /// The rule of the catalogue.
    pub(crate) const fn rule(self) -> Rule {
        Rule {
            code: self.code,
            severity: self.severity,
            category: self.category,
            applies_to: &[],
            in_force: InForce::ALWAYS,
            sources: self.sources,
            title: Text::doc(self.title.fr, self.title.en),
            message: self.message,
            help: self.help,
            description: Text::doc(self.description.fr, self.description.en),
            limits: None,
            transition: None,
            requires: &[],
            parameters: &[],
            messages: &[],
            check: Check::Engine,
        }
    }
}

/// What a check sees.
pub(crate) struct Ctx<'a> {
    /// The document checked.
    pub doc: &'a Document,
    /// Date at which the law is applied.
    pub as_of: Date,
    /// The référentiel, when one is loaded.
    pub referentiel: Option<&'a Referentiel>,
    /// The portfolio the document belongs to, for cross-document rules.
    pub portefeuille: Option<&'a Portefeuille>,
    /// What the checks of that portfolio's documents share; without it, each check computes
    /// what it needs itself.
    pub cache: Option<&'a PortfolioCache>,
    /// What the checks of this document share.
    pub facts: &'a Facts<'a>,
    /// Whether the evidence of findings is kept: when it is not, the helpers that gather it
    /// (the statut and conclusion date of [`util::missing`]…) skip that work.
    pub explain: bool,
}

/// Facts about one document that several of its checks read, computed at most once per
/// document, on first use, instead of once per rule (the territory references were gathered by
/// fourteen TER rules: 6.5 % of a portfolio's validation).
#[derive(Default)]
pub(crate) struct Facts<'a> {
    territoires: OnceCell<Vec<ter::Ref<'a>>>,
    ref_date: OnceCell<DayRange>,
}

/// Data about one portfolio that the checks of its documents share: computed at most once per
/// portfolio, on first use, instead of once per document.
#[derive(Debug, Default)]
pub(crate) struct PortfolioCache {
    epci_claims: OnceCell<ter::EpciClaims>,
}

impl PortfolioCache {
    /// The communes attached to an EPCI by the portfolio's documents (TER-006).
    pub(crate) fn epci_claims(&self, init: impl FnOnce() -> ter::EpciClaims) -> &ter::EpciClaims {
        self.epci_claims.get_or_init(init)
    }
}

/// One finding of a rule before rendering.
#[derive(Debug, Clone, Default)]
pub(crate) struct Finding {
    /// JSON Pointer, relative to the checked document.
    pub path: String,
    /// Message parameters (never personal data).
    pub params: Params,
    /// Input values that made it fire.
    pub inputs: Vec<EvidenceInput>,
    /// Rule parameters (thresholds, dates) that made it fire (kept in the report only when
    /// explanations are asked for).
    pub parameters: Params,
    /// How some parameters read in the message, in French and English, instead of the raw value.
    pub display: Display,
    /// The finding is about an element the document does not describe (« à compléter »), not
    /// about something it declares: the engine reports it as `incomplete`, a warning at most.
    pub incomplete: bool,
    /// The key of the sentence it says among its rule's [`Rule::messages`]; `None`: the rule's
    /// message.
    pub variant: Option<&'static str>,
}

impl Finding {
    /// A finding at `path`.
    pub fn at(path: impl Into<String>) -> Finding {
        Finding {
            path: path.into(),
            ..Finding::default()
        }
    }
    /// Adds a message parameter (its name is the rule's own: not copied).
    pub fn param(mut self, name: &'static str, v: impl Into<Value>) -> Finding {
        self.params.insert(name, v.into());
        self
    }
    /// Adds an input value (evidence).
    pub fn input(mut self, path: impl Into<String>, v: impl Into<Value>) -> Finding {
        self.inputs.push(EvidenceInput {
            path: path.into(),
            value: v.into(),
        });
        self
    }
    /// Sets how a parameter reads in the message, the same in both languages.
    pub fn display(mut self, name: &'static str, text: impl Into<String>) -> Finding {
        self.display.set(name, text.into(), None);
        self
    }
    /// Sets how a parameter reads in the message, in French and in English.
    pub fn localized(
        mut self,
        name: &'static str,
        fr: impl Into<String>,
        en: impl Into<String>,
    ) -> Finding {
        self.display.set(name, fr.into(), Some(en.into()));
        self
    }
    /// Chooses the sentence the finding says, by its key among the rule's [`Rule::messages`].
    pub fn variant(mut self, key: &'static str) -> Finding {
        self.variant = Some(key);
        self
    }
    /// Marks the finding as about an element the document does not describe.
    pub fn not_described(mut self) -> Finding {
        self.incomplete = true;
        self
    }
    /// Marks the finding as about an element not described when `blank` holds (an empty list
    /// the document leaves out), as a contradiction otherwise.
    pub fn not_described_if(mut self, blank: bool) -> Finding {
        self.incomplete = blank;
        self
    }
    /// Adds a rule parameter (evidence).
    pub fn parameter(mut self, name: &'static str, v: impl Into<Value>) -> Finding {
        self.parameters.insert(name, v.into());
        self
    }
}

/// How some parameters of a finding read in its message, by name: a few entries, each name
/// the rule's own (borrowed) and its text written once when the same in both languages. A
/// `BTreeMap` of copied names and texts cost two allocations per entry more, for a map read
/// once, when the message is rendered.
#[derive(Debug, Clone, Default)]
pub(crate) struct Display(Vec<(&'static str, String, Option<String>)>);

impl Display {
    /// Sets how `name` reads: `fr`, and `en` in English when it differs (`None`: `fr`).
    fn set(&mut self, name: &'static str, fr: String, en: Option<String>) {
        match self.0.iter_mut().find(|(k, _, _)| *k == name) {
            Some(slot) => *slot = (name, fr, en),
            None => self.0.push((name, fr, en)),
        }
    }
    /// How `name` reads in `locale`.
    fn get(&self, name: &str, locale: Locale) -> Option<&str> {
        let (_, fr, en) = self.0.iter().find(|(k, _, _)| *k == name)?;
        Some(match (locale, en) {
            (Locale::En, Some(en)) => en,
            _ => fr,
        })
    }
}

/// Where a rule is in memory: the catalogue's rules are `static`s, one address each.
fn address(rule: &'static Rule) -> usize {
    std::ptr::from_ref(rule) as usize
}

/// Hashes an address by one multiplication (Fibonacci hashing): the keys are the addresses of
/// the catalogue's rules, a few hundred, none chosen by an input.
#[derive(Default)]
struct AddressHash(u64);

impl Hasher for AddressHash {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(*b)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        }
    }
    fn write_usize(&mut self, n: usize) {
        self.0 = (n as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

/// Where checks put their findings.
#[derive(Debug, Default)]
pub(crate) struct Sink {
    /// Findings so far.
    pub findings: Vec<Finding>,
}

impl Sink {
    /// Records a finding.
    pub fn push(&mut self, f: Finding) {
        self.findings.push(f);
    }
}

/// Every rule, sorted by code.
pub fn catalogue() -> &'static [&'static Rule] {
    static ALL: OnceLock<Vec<&'static Rule>> = OnceLock::new();
    ALL.get_or_init(|| {
        let mut v: Vec<&'static Rule> = Vec::new();
        for family in [
            doc::RULES,
            ter::RULES,
            dq::RULES,
            cls::RULES,
            cv::RULES,
            art::RULES,
            gov::RULES,
            par::RULES,
            asv::RULES,
            clsm::RULES,
            ptsm::RULES,
            ar::RULES,
            qva::RULES,
            npru::RULES,
            eis::RULES,
            ufs::RULES,
            prs::RULES,
            lif::RULES,
            net::RULES,
        ] {
            v.extend_from_slice(family);
        }
        // The reading rules come with the reader: a build without it (the main WebAssembly
        // module, whose size budget they would exceed) can never emit them.
        #[cfg(feature = "tableur")]
        v.extend_from_slice(tab::RULES);
        crate::referentiel::sort_by_code(&mut v, |r| r.code);
        v
    })
}

/// The rule with `code`.
pub fn find(code: &str) -> Option<&'static Rule> {
    let all = catalogue();
    all.binary_search_by(|r| r.code.cmp(code))
        .ok()
        .and_then(|i| all.get(i).copied())
}

/// Renders a message template with parameters.
#[cfg(test)]
pub(crate) fn render(template: &str, params: &Params, locale: Locale) -> String {
    render_with(template, params, &Display::default(), locale)
}

/// Renders a message template, `display` overriding how some parameters read.
pub(crate) fn render_with(
    template: &str,
    params: &Params,
    display: &Display,
    locale: Locale,
) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        let (before, after) = rest.split_at(start);
        out.push_str(before);
        let after = after.get(1..).unwrap_or("");
        match after.find('}') {
            Some(end) => {
                let name = after.get(..end).unwrap_or("");
                match (display.get(name, locale), params.get(name)) {
                    // How a rule words a parameter (often a list of names it joined).
                    (Some(t), _) => {
                        if t.len() > MAX_SHOWN_LIST {
                            out.push_str(&crate::input::shorten(t, MAX_SHOWN_LIST));
                        } else {
                            out.push_str(t);
                        }
                    }
                    (None, Some(v)) => out.push_str(&shown_value(v, locale)),
                    (None, None) => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = after.get(end + 1..).unwrap_or("");
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Longest a parameter's text (or each item of a list) reads in a message, in characters: a
/// longer name is cut with `…` in the message, while the finding's `params` keep the whole value.
pub const MAX_SHOWN_PARAM: usize = 300;

/// Most items of a list parameter a message shows, the rest counted, and the longest the list
/// reads, in characters. Lists drawn from the model's vocabularies (allowed values, fields: at
/// most about 600 characters) stay whole.
pub const MAX_SHOWN_ITEMS: usize = 60;
/// See [`MAX_SHOWN_ITEMS`].
pub const MAX_SHOWN_LIST: usize = 1_000;

fn shorten_shown(s: &str) -> std::borrow::Cow<'_, str> {
    if s.len() <= MAX_SHOWN_PARAM {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(crate::input::shorten(s, MAX_SHOWN_PARAM))
    }
}

/// [`display_value`] within the bounds above: output proportional to what a finding needs,
/// whatever the input holds.
fn shown_value(v: &Value, locale: Locale) -> String {
    match v {
        Value::String(s) => shorten_shown(s).into_owned(),
        Value::Array(a) => {
            let mut parts: Vec<String> = a
                .iter()
                .take(MAX_SHOWN_ITEMS)
                .map(|x| shown_value(x, locale))
                .collect();
            let more = a.len().saturating_sub(MAX_SHOWN_ITEMS);
            if more > 0 {
                parts.push(match locale {
                    Locale::Fr => format!("… ({more} de plus)"),
                    Locale::En => format!("… ({more} more)"),
                });
            }
            let list = parts.join(", ");
            if list.len() > MAX_SHOWN_LIST {
                crate::input::shorten(&list, MAX_SHOWN_LIST)
            } else {
                list
            }
        }
        other => display_value(other, locale),
    }
}

/// How a parameter value reads in a message.
pub(crate) fn display_value(v: &Value, locale: Locale) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Bool(b) => match (b, locale) {
            (true, Locale::Fr) => "oui".into(),
            (false, Locale::Fr) => "non".into(),
            (true, Locale::En) => "yes".into(),
            (false, Locale::En) => "no".into(),
        },
        Value::Null => "—".into(),
        Value::Array(a) => a
            .iter()
            .map(|x| display_value(x, locale))
            .collect::<Vec<_>>()
            .join(", "),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The message cut, the parameter whole: a finding quoting a long value.
    #[test]
    fn a_long_parameter_is_cut_in_the_message_only() {
        let long = "x".repeat(5_000);
        let mut params = Params::new();
        params.insert("name", Value::from(long));
        let m = render("« {name} »", &params, Locale::Fr);
        assert_eq!(m.chars().count(), MAX_SHOWN_PARAM + 1 + 4);
        assert!(m.ends_with("… »"), "{m}");
        assert_eq!(params["name"].as_str().unwrap().len(), 5_000);
    }

    #[test]
    fn codes_are_unique_well_formed_and_documented() {
        let all = catalogue();
        let mut seen = std::collections::HashSet::new();
        for r in all {
            assert!(seen.insert(r.code), "duplicate {}", r.code);
            let (fam, num) = r.code.split_once('-').unwrap();
            assert!(fam.chars().all(|c| c.is_ascii_uppercase()), "{}", r.code);
            assert_eq!(num.len(), 3, "{}", r.code);
            assert!(!r.sources.is_empty(), "{} has no source", r.code);
            let documented = cfg!(feature = "documentation-regles");
            for t in [r.message, r.help]
                .into_iter()
                .chain(documented.then_some(r.title))
                .chain(documented.then_some(r.description))
            {
                assert!(
                    !t.fr.is_empty() && !t.en.is_empty(),
                    "{} text missing",
                    r.code
                );
            }
            if let (Some(a), Some(b)) = (r.in_force.from, r.in_force.to) {
                assert!(a <= b, "{} in-force period reversed", r.code);
            }
        }
        assert!(find("CLS-001").is_some());
        assert!(find("XYZ-999").is_none());
    }

    /// The Rust files of `rules/`, each without its tests (test modules close a file, after
    /// `#[cfg(test)]`; `*_tests.rs` files are test modules whole).
    fn rule_sources() -> Vec<(String, String)> {
        fn walk(dir: &std::path::Path, out: &mut Vec<(String, String)>) {
            for e in std::fs::read_dir(dir).unwrap() {
                let p = e.unwrap().path();
                if p.is_dir() {
                    walk(&p, out);
                } else if p.extension().is_some_and(|x| x == "rs")
                    && !p.to_string_lossy().ends_with("_tests.rs")
                {
                    let text = std::fs::read_to_string(&p).unwrap();
                    let code = text.split("#[cfg(test)]").next().unwrap_or("").to_string();
                    out.push((p.display().to_string(), code));
                }
            }
        }
        let mut out = Vec::new();
        walk(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/rules"),
            &mut out,
        );
        assert!(out.len() > 100);
        out
    }

    #[test]
    fn rules_hold_no_date_literal_outside_the_parameters() {
        let mut found = Vec::new();
        for (path, code) in rule_sources() {
            for (n, line) in code.lines().enumerate() {
                let iso = line.match_indices('"').any(|(i, _)| {
                    let b = line.as_bytes();
                    (1..=10).all(|k| {
                        b.get(i + k).is_some_and(|c| match k {
                            5 | 8 => *c == b'-',
                            _ => c.is_ascii_digit(),
                        })
                    })
                });
                let new_literal = line
                    .match_indices("Date::new(")
                    .any(|(i, m)| line[i + m.len()..].starts_with(|c: char| c.is_ascii_digit()));
                if line.contains("Date::ymd(") || new_literal || iso {
                    found.push(format!("{path}:{}: {}", n + 1, line.trim()));
                }
            }
        }
        assert!(
            found.is_empty(),
            "date literals in rules/ (move them to params.rs):\n{}",
            found.join("\n")
        );
    }

    #[test]
    fn a_rule_lists_the_parameters_its_file_reads() {
        for (path, code) in rule_sources() {
            let Some(list) = code
                .lines()
                .find(|l| l.trim_start().starts_with("parameters: &["))
            else {
                continue;
            };
            for (i, _) in code.match_indices("params::") {
                let name: String = code[i + 8..]
                    .chars()
                    .take_while(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || *c == '_')
                    .collect();
                if name.len() > 1 {
                    assert!(
                        list.contains(&format!("&params::{name}]"))
                            || list.contains(&format!("&params::{name},")),
                        "{path} reads params::{name} without listing it in `parameters`"
                    );
                }
            }
        }
    }

    /// The dates written in `text`: ISO (`2022-02-23`), French (`23 février 2022`, `1er mars
    /// 2016`) or English (`23 February 2022`).
    fn written_dates(text: &str) -> Vec<Date> {
        use crate::date::{MOIS_FR as FR, MONTHS_EN as EN};
        let words: Vec<&str> = text
            .split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')' | ';' | '«' | '»'))
            .filter(|w| !w.is_empty())
            .collect();
        let mut out = Vec::new();
        for (i, w) in words.iter().enumerate() {
            let w = w.trim_end_matches(['.', ':']);
            if w.len() == 10 {
                if let Ok(d) = w.parse::<Date>() {
                    out.push(d);
                }
            }
            let month = words.get(i + 1).and_then(|m| {
                FR.iter()
                    .position(|x| x == m)
                    .or_else(|| EN.iter().position(|x| x == m))
            });
            let year = words
                .get(i + 2)
                .map(|y| y.trim_end_matches(['.', ':']))
                .and_then(|y| y.parse::<u16>().ok());
            let day = if w == "1er" {
                Some(1)
            } else {
                w.parse::<u8>().ok()
            };
            if let (Some(d), Some(m), Some(y)) = (day, month, year) {
                if let Ok(date) = Date::new(y, u8::try_from(m + 1).unwrap(), d) {
                    out.push(date);
                }
            }
        }
        out
    }

    #[test]
    fn dates_written_in_rule_texts_are_those_of_the_law() {
        // What a text may restate: a parameter's values, a source's period or the dates of its
        // citation, the rule's own period; and the day before or after each (« jusqu'au 27
        // janvier 2016 »). A parameter changed without its texts makes this fail.
        let mut known: std::collections::BTreeSet<Date> = std::collections::BTreeSet::new();
        for p in params::ALL {
            for (from, value, _) in p.values() {
                known.extend(from);
                known.extend(written_dates(&value.replace('→', " ")));
            }
        }
        for s in sources::ALL {
            known.extend(s.in_force.from);
            known.extend(s.in_force.to);
            known.extend(written_dates(s.label));
        }
        let mut strays = Vec::new();
        for r in catalogue().iter().filter(|r| !r.is_engine()) {
            let mut allowed = known.clone();
            allowed.extend(r.in_force.from);
            allowed.extend(r.in_force.to);
            let allowed: std::collections::BTreeSet<Date> = allowed
                .iter()
                .flat_map(|d| [d.add_days(-1), Some(*d), d.add_days(1)])
                .flatten()
                .collect();
            let mut texts = vec![r.title, r.message, r.help, r.description];
            texts.extend(r.limits);
            texts.extend(r.transition);
            texts.extend(r.messages.iter().map(|m| m.text));
            for t in texts {
                for lang in [t.fr, t.en] {
                    for d in written_dates(lang) {
                        if !allowed.contains(&d) {
                            strays.push(format!("{}: {d}", r.code));
                        }
                    }
                }
            }
        }
        assert!(
            strays.is_empty(),
            "dates in rule texts that no parameter or source holds:\n{}",
            strays.join("\n")
        );
    }

    #[test]
    fn written_dates_are_read_in_both_languages() {
        assert_eq!(
            written_dates("en vigueur le 23 février 2022 ; 1er avril 2010, 2016-01-28."),
            vec![
                Date::ymd(2022, 2, 23),
                Date::ymd(2010, 4, 1),
                Date::ymd(2016, 1, 28)
            ]
        );
        assert_eq!(
            written_dates("in force 23 February 2022"),
            vec![Date::ymd(2022, 2, 23)]
        );
    }

    #[test]
    fn message_keys_are_unique_within_a_rule() {
        for r in catalogue() {
            let mut seen = std::collections::HashSet::new();
            for m in r.messages {
                assert!(seen.insert(m.key), "{}: duplicate key {}", r.code, m.key);
                assert!(!m.text.fr.is_empty() && !m.text.en.is_empty(), "{}", r.code);
            }
        }
    }

    #[test]
    fn renders_templates() {
        let mut p = Params::new();
        p.insert("a", Value::from("x"));
        p.insert("n", Value::from(3));
        p.insert("l", serde_json::json!(["u", "v"]));
        assert_eq!(render("{a}-{n}-{l}-{zz}", &p, Locale::Fr), "x-3-u, v-{zz}");
        assert_eq!(render("brace { open", &p, Locale::Fr), "brace { open");
    }
}
