//! Reports for a reader: each finding with the offending line of the document (annotate-snippets,
//! as rustc and cargo show them), one line per finding (`--format concise`), or the count per code
//! (`--statistics`). Colours are written as ANSI styles; the output stream removes them when the
//! terminal, `--color` or `NO_COLOR` says so.

use std::collections::BTreeMap;

use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};
use anstyle::{AnsiColor, Style};
use territoire_sante::{Diagnostic, Locale, Report, Severity};

use crate::printable;
use crate::suggest;

/// A document line longer than this (in characters) is shown only around the finding's column:
/// a minified document is one very long line, of which only that neighbourhood is useful.
const LONG_LINE: usize = 500;
/// Characters shown on each side of the column of a long line.
const WINDOW: usize = 60;

fn paint(style: Style, s: &str) -> String {
    format!("{}{s}{}", style.render(), style.render_reset())
}

fn bold() -> Style {
    Style::new().bold()
}

fn colour(c: AnsiColor) -> Style {
    Style::new().bold().fg_color(Some(c.into()))
}

fn severity_style(s: Severity) -> Style {
    match s {
        Severity::Fatal | Severity::Error => colour(AnsiColor::Red),
        Severity::Warning => colour(AnsiColor::Yellow),
        Severity::Information => colour(AnsiColor::Cyan),
    }
}

fn level(s: Severity, locale: Locale) -> Level<'static> {
    let base = match s {
        Severity::Fatal | Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Information => Level::INFO,
    };
    base.with_name(Some(s.label(locale)))
}

/// `file:line:column`, `file:CLS!F12` for a document read from a spreadsheet, or `file` when
/// the finding has no position.
fn location(file: &str, d: &Diagnostic) -> String {
    match (d.line, d.column, &d.cellule) {
        (Some(l), Some(c), _) => format!("{file}:{l}:{c}"),
        (_, _, Some(c)) => format!("{file}:{}", printable(&c.a1)),
        _ => file.to_string(),
    }
}

/// Where the characters of the lines shown so far start, every [`STEP`] characters: a portfolio
/// written on one line has one finding per document on that line, and counting its characters
/// from the line's start for each of them made the output quadratic in the portfolio's size.
#[derive(Default)]
struct Lines {
    /// Line number → (its length in characters, byte offset of every `STEP`-th character).
    known: BTreeMap<u32, (usize, Vec<usize>)>,
}

const STEP: usize = 256;

impl Lines {
    /// The length of `text` (line `line`) in characters, and the byte offset of its `k`-th one.
    fn locate(&mut self, line: u32, text: &str, k: usize) -> (usize, usize) {
        let (n, marks) = self.known.entry(line).or_insert_with(|| {
            let mut marks = Vec::new();
            let mut n = 0;
            for (i, (b, _)) in text.char_indices().enumerate() {
                if i % STEP == 0 {
                    marks.push(b);
                }
                n = i + 1;
            }
            (n, marks)
        });
        let k = k.min(*n);
        let from = marks.get(k / STEP).copied().unwrap_or(text.len());
        let at = text
            .get(from..)
            .unwrap_or_default()
            .char_indices()
            .nth(k % STEP)
            .map_or(text.len(), |(b, _)| from + b);
        (*n, at)
    }
}

/// Line `line` (1-based) of `source` (whose lines start at the offsets `starts`), or its part
/// around `column` (1-based, in characters) when it is long, with its control characters escaped;
/// the byte range in it of the token at `column`; whether it is a part.
fn excerpt(
    source: &str,
    starts: &[usize],
    lines: &mut Lines,
    line: u32,
    column: u32,
) -> Option<(String, std::ops::Range<usize>, bool)> {
    let i = usize::try_from(line).ok()?.checked_sub(1)?;
    let from = *starts.get(i)?;
    let to = starts.get(i + 1).copied().unwrap_or(source.len());
    let text = source.get(from..to)?.trim_end_matches(['\n', '\r']);
    let col = usize::try_from(column).ok()?.saturating_sub(1);
    let (len, _) = lines.locate(line, text, 0);
    let long = len > LONG_LINE;
    let (start, end) = if long {
        let start = col.saturating_sub(WINDOW);
        (start, len.min(col.max(start) + WINDOW))
    } else {
        (0, len)
    };
    // Only the characters shown are collected; indexes below are relative to `start`.
    let (_, a) = lines.locate(line, text, start);
    let (_, b) = lines.locate(line, text, end);
    let chars: Vec<char> = text.get(a..b).unwrap_or_default().chars().collect();
    let more = end < len;
    let (col, end) = (col.saturating_sub(start), end.saturating_sub(start));
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    let (mut from, mut to) = (None, None);
    // The token at the column: a string up to its closing quote, else a run of word characters.
    let token_end = match chars.get(col) {
        Some('"') => {
            let mut i = col + 1;
            while let Some(c) = chars.get(i) {
                if *c == '\\' {
                    i += 2;
                    continue;
                }
                if *c == '"' {
                    break;
                }
                i += 1;
            }
            i + 1
        }
        Some(c) if c.is_alphanumeric() || "-+._".contains(*c) => {
            let mut i = col;
            while chars
                .get(i)
                .is_some_and(|c| c.is_alphanumeric() || "-+._".contains(*c))
            {
                i += 1;
            }
            i
        }
        _ => col + 1,
    }
    .min(end);
    for (i, c) in chars.iter().enumerate().take(end) {
        if i == col {
            from = Some(out.len());
        }
        out.push_str(&printable(&c.to_string()));
        if i + 1 == token_end {
            to = Some(out.len());
        }
    }
    let from = from.unwrap_or(out.len());
    let to = to.unwrap_or(from).max(from);
    if more {
        out.push('…');
    }
    Some((out, from..to, long))
}

/// The notes under a finding: where, source, help, and with `explain` the values and parameters
/// that made it fire; a "did you mean" for an unknown field, value or type.
fn notes(d: &Diagnostic, fr: bool, explain: bool) -> Vec<(String, String)> {
    let mut v = Vec::new();
    if !d.path.is_empty() {
        v.push((
            if fr { "où" } else { "where" }.to_string(),
            printable(&d.path).into_owned(),
        ));
    }
    let src = match &d.legal_basis.url {
        Some(u) => format!("{} — {}", d.legal_basis.label, u),
        None => d.legal_basis.label.to_string(),
    };
    v.push(("source".to_string(), src));
    v.push((
        if fr { "aide" } else { "help" }.to_string(),
        d.help.to_string(),
    ));
    if let Some(x) = did_you_mean(d) {
        v.push((
            "suggestion".to_string(),
            if fr {
                format!("vouliez-vous dire « {} » ?", printable(x))
            } else {
                format!("did you mean \"{}\"?", printable(x))
            },
        ));
    }
    if explain {
        if let Some(e) = &d.evidence {
            if !e.inputs.is_empty() {
                let inputs: Vec<String> = e
                    .inputs
                    .iter()
                    .map(|i| {
                        format!(
                            "{} = {}",
                            printable(&i.path),
                            printable(&i.value.to_string())
                        )
                    })
                    .collect();
                v.push((
                    if fr { "valeurs" } else { "values" }.to_string(),
                    inputs.join(" ; "),
                ));
            }
            if !e.parameters.is_empty() {
                let params: Vec<String> = e
                    .parameters
                    .iter()
                    .map(|(k, x)| format!("{k} = {}", printable(&x.to_string())))
                    .collect();
                v.push((
                    if fr { "paramètres" } else { "parameters" }.to_string(),
                    params.join(" ; "),
                ));
            }
        }
    }
    v
}

/// For an unknown field, value or document type, the closest allowed name.
fn did_you_mean(d: &Diagnostic) -> Option<&str> {
    let given = ["field", "value"]
        .iter()
        .find_map(|k| d.params.get(k).and_then(|v| v.as_str()))?;
    let expected = d.params.get("expected")?.as_array()?;
    suggest::closest(given, expected.iter().filter_map(|v| v.as_str()))
}

/// Every finding of `r` with its offending line (`source`: the document's text, when known).
pub fn full(file: &str, r: &Report, source: Option<&str>, explain: bool) -> String {
    let file = &*printable(file);
    let fr = r.locale == Locale::Fr;
    let renderer = Renderer::styled();
    // The lines shown are the document's own, with people's contacts masked (same columns).
    let masked = source.map(territoire_sante::privacy::masked);
    let source = masked.as_deref();
    // Where each line starts, computed once: a portfolio has thousands of findings.
    let starts: Vec<usize> = match source {
        Some(t) if r.diagnostics.iter().any(|d| d.line.is_some()) => std::iter::once(0)
            .chain(t.match_indices('\n').map(|(i, _)| i + 1))
            .collect(),
        _ => Vec::new(),
    };
    let mut lines = Lines::default();
    let mut s = String::new();
    for d in &r.diagnostics {
        let message = printable(&d.message);
        let title = level(d.severity, r.locale)
            .primary_title(message.as_ref())
            .id(d.code.as_ref());
        let excerpt = match (source, d.line, d.column) {
            (Some(text), Some(l), Some(c)) => {
                excerpt(text, &starts, &mut lines, l, c).map(|e| (l, c, e))
            }
            _ => None,
        };
        let mut group: Group<'_> = match &excerpt {
            // The snippet names the file, line and column itself when it holds the whole line.
            Some((l, _, (line, span, false))) => title.element(
                Snippet::source(line.as_str())
                    .line_start(usize::try_from(*l).unwrap_or_default())
                    .path(file)
                    .annotation(AnnotationKind::Primary.span(span.clone())),
            ),
            // A part of a long line: the position, then the part with the token between « ».
            Some((l, c, (line, span, true))) => title
                .element(
                    Origin::path(file)
                        .line(usize::try_from(*l).unwrap_or_default())
                        .char_column(usize::try_from(*c).unwrap_or_default()),
                )
                .element(
                    Level::NOTE
                        .with_name(Some(if fr { "extrait" } else { "excerpt" }))
                        .message(format!(
                            "{}«{}»{}",
                            line.get(..span.start).unwrap_or_default(),
                            line.get(span.clone()).unwrap_or_default(),
                            line.get(span.end..).unwrap_or_default()
                        )),
                ),
            None => {
                let origin = match (d.line, d.column) {
                    (Some(l), Some(c)) => Origin::path(file)
                        .line(usize::try_from(l).unwrap_or_default())
                        .char_column(usize::try_from(c).unwrap_or_default()),
                    // A finding in a sheet names its cell (`suivi.xlsx:CLS!F12`).
                    _ => Origin::path(location(file, d)),
                };
                title.element(origin)
            }
        };
        let notes = notes(d, fr, explain);
        for (name, text) in &notes {
            group = group.element(
                Level::NOTE
                    .with_name(Some(name.as_str()))
                    .message(text.as_str()),
            );
        }
        s.push_str(&renderer.render(&[group]));
        s.push_str("\n\n");
    }
    s.push_str(&verdict(file, r));
    s.push('\n');
    s
}

/// One line per finding: `file:line:column: gravité CODE message [chemin]`.
pub fn concise(file: &str, r: &Report) -> String {
    let file = &*printable(file);
    let mut s = String::new();
    for d in &r.diagnostics {
        s.push_str(&format!(
            "{}: {} {} {}{}\n",
            paint(bold(), &location(file, d)),
            paint(severity_style(d.severity), d.severity.label(r.locale)),
            paint(bold(), &d.code),
            printable(&d.message),
            if d.path.is_empty() {
                String::new()
            } else {
                format!(" [{}]", printable(&d.path))
            }
        ));
    }
    s.push_str(&verdict(file, r));
    s
}

/// The verdict line of a file: valid or not, complete or not, counts.
pub fn verdict(file: &str, r: &Report) -> String {
    let fr = r.locale == Locale::Fr;
    let c = &r.counts;
    let kind = printable(r.document_type.as_deref().unwrap_or("?"));
    let verdict = if r.valid {
        paint(
            colour(AnsiColor::Green),
            if fr { "valide" } else { "valid" },
        )
    } else {
        paint(
            colour(AnsiColor::Red),
            if fr { "non valide" } else { "invalid" },
        )
    };
    let k = &r.completeness;
    let completeness = match (r.complete, fr) {
        (true, true) => "complet".to_string(),
        (true, false) => "complete".to_string(),
        (false, true) => format!(
            "à compléter, {}/{} éléments requis décrits",
            k.described, k.required
        ),
        (false, false) => format!(
            "to be completed, {}/{} required elements described",
            k.described, k.required
        ),
    };
    if fr {
        format!(
            "{file} : {verdict}, {completeness} ({kind}, droit au {}) — {} fatal, {} erreur(s), {} avertissement(s), {} information(s)\n",
            r.as_of, c.fatal, c.error, c.warning, c.information
        )
    } else {
        format!(
            "{file}: {verdict}, {completeness} ({kind}, law as of {}) — {} fatal, {} error(s), {} warning(s), {} information\n",
            r.as_of, c.fatal, c.error, c.warning, c.information
        )
    }
}

/// One line of `--statistics`: a rule code, its severity and title, how many findings.
#[derive(serde::Serialize)]
pub struct Statistic {
    /// Rule code.
    pub code: String,
    /// Severity of its findings.
    pub severity: Severity,
    /// Number of findings.
    pub count: usize,
    /// The rule's title, in the report's language.
    pub title: String,
}

/// The count of findings per code over `reports`, most frequent first (then by code).
pub fn statistics<'a>(
    reports: impl IntoIterator<Item = &'a Report>,
    locale: Locale,
) -> Vec<Statistic> {
    let mut by_code: BTreeMap<&str, (Severity, usize)> = BTreeMap::new();
    for r in reports {
        for d in &r.diagnostics {
            let e = by_code.entry(d.code.as_ref()).or_insert((d.severity, 0));
            e.0 = e.0.max(d.severity);
            e.1 += 1;
        }
    }
    let mut v: Vec<Statistic> = by_code
        .into_iter()
        .map(|(code, (severity, count))| Statistic {
            code: code.to_string(),
            severity,
            count,
            title: territoire_sante::rules::find(code)
                .map(|r| r.title.get(locale).to_string())
                .unwrap_or_default(),
        })
        .collect();
    v.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.code.cmp(&b.code)));
    v
}

/// The statistics as a table.
pub fn statistics_table(stats: &[Statistic], locale: Locale) -> String {
    let fr = locale == Locale::Fr;
    let mut t = territoire_sante::analysis::tableaux::table(if fr {
        &["nombre", "code", "gravité", "règle"]
    } else {
        &["count", "code", "severity", "rule"]
    });
    territoire_sante::analysis::tableaux::right(&mut t, &[0]);
    for s in stats {
        t.add_row(vec![
            s.count.to_string(),
            s.code.clone(),
            s.severity.label(locale).to_string(),
            s.title.clone(),
        ]);
    }
    let total: usize = stats.iter().map(|s| s.count).sum();
    format!(
        "{t}\n{}\n",
        if fr {
            format!("{total} diagnostic(s), {} code(s)", stats.len())
        } else {
            format!("{total} finding(s), {} code(s)", stats.len())
        }
    )
}
