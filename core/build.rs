//! Embeds, for each rule code, a failing and a passing example document taken from the
//! language-neutral vectors (`../tests/vectors/*.json`), so that `rules::docs::page` and
//! `territoire-sante explain` show them without reading the repository at run time. A packaged
//! crate has no vectors: the table is then empty.
//!
//! A rule page shows the pair as a diff: the lines of the failing document that the passing one
//! changes, with a few lines of context. The passing example is the quiet vector closest to the
//! failing one (fewest changed lines), so that the diff shows what makes the difference.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde_json::Value;

struct Example {
    description: String,
    as_of: String,
    document: String,
    findings: Vec<(String, String)>,
}

fn example(v: &Value, code: &str) -> Example {
    let text = |k: &str| v.get(k).and_then(Value::as_str).unwrap_or("").to_string();
    let document = match v.get("document") {
        Some(Value::String(s)) => s.clone(),
        Some(other) => pretty(other),
        None => String::new(),
    };
    let findings = v
        .get("expected")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter(|d| d.get("code").and_then(Value::as_str) == Some(code))
                .map(|d| {
                    let s = |k: &str| d.get(k).and_then(Value::as_str).unwrap_or("").to_string();
                    (s("severity"), s("path"))
                })
                .collect()
        })
        .unwrap_or_default();
    Example {
        description: text("description"),
        as_of: text("as_of"),
        document,
        findings,
    }
}

/// Pretty JSON with the `"type"` tag first, as documents are usually written.
fn pretty(v: &Value) -> String {
    let Value::Object(map) = v else {
        return serde_json::to_string_pretty(v).unwrap_or_default();
    };
    let Some(tag) = map.get("type") else {
        return serde_json::to_string_pretty(v).unwrap_or_default();
    };
    let mut rest = map.clone();
    rest.remove("type");
    let tag = serde_json::to_string(tag).unwrap_or_default();
    if rest.is_empty() {
        return format!("{{\n  \"type\": {tag}\n}}");
    }
    let body = serde_json::to_string_pretty(&Value::Object(rest)).unwrap_or_default();
    match body.strip_prefix("{\n") {
        Some(tail) => format!("{{\n  \"type\": {tag},\n{tail}"),
        None => body,
    }
}

fn codes_of(v: &Value, key: &str, field: Option<&str>) -> Vec<String> {
    v.get(key)
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|x| match field {
                    Some(f) => x.get(f).and_then(Value::as_str),
                    None => x.as_str(),
                })
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

/// Whether the selector `sel` (a code, a family `CLS` or a code prefix) selects `code`.
fn selects(code: &str, sel: &str) -> bool {
    let sel = sel.trim();
    !sel.is_empty()
        && (code == sel
            || code.split('-').next() == Some(sel.trim_end_matches('-'))
            || code.starts_with(sel))
}

fn literal(e: &Option<Example>) -> String {
    match e {
        None => "None".into(),
        Some(e) => {
            let mut f = String::from("&[");
            for (s, p) in &e.findings {
                let _ = write!(f, "({s:?}, {p:?}), ");
            }
            f.push(']');
            format!(
                "Some(Example {{ description: {:?}, as_of: {:?}, findings: {f} }})",
                e.description, e.as_of
            )
        }
    }
}

/// Lines of context kept around each change.
const CONTEXT: usize = 3;

/// The lines that differ between `a` and `b` (`-` for `a`'s, `+` for `b`'s), each group with
/// [`CONTEXT`] lines around it, groups separated by a `…` line.
fn diff(a: &str, b: &str) -> String {
    use similar::{ChangeTag, TextDiff};
    let d = TextDiff::from_lines(a.trim_end(), b.trim_end());
    let mut out = String::new();
    for (i, group) in d.grouped_ops(CONTEXT).iter().enumerate() {
        if i > 0 {
            out.push_str(" …\n");
        }
        for op in group {
            for c in d.iter_changes(op) {
                out.push(match c.tag() {
                    ChangeTag::Delete => '-',
                    ChangeTag::Insert => '+',
                    ChangeTag::Equal => ' ',
                });
                out.push_str(c.value().trim_end_matches('\n'));
                out.push('\n');
            }
        }
    }
    out
}

/// How many lines `a` and `b` differ by.
fn changed_lines(a: &str, b: &str) -> usize {
    use similar::{ChangeTag, TextDiff};
    TextDiff::from_lines(a, b)
        .iter_all_changes()
        .filter(|c| c.tag() != ChangeTag::Equal)
        .count()
}

/// Whether the vector expects a fatal finding: its document could not be read, so it is no
/// conforming example of any rule.
fn unreadable(v: &Value) -> bool {
    v.get("expected")
        .and_then(Value::as_array)
        .is_some_and(|a| {
            a.iter()
                .any(|d| d.get("severity").and_then(Value::as_str) == Some("fatal"))
        })
}

fn main() {
    let manifest = std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .unwrap_or_default();
    let dir = manifest.join("../tests/vectors");
    println!("cargo:rerun-if-changed={}", dir.display());
    println!("cargo:rerun-if-changed=build.rs");
    // Without the `exemples-regles` feature (the WebAssembly build, where every byte counts and
    // `explain` returns the rule's metadata only) the table is empty.
    let wanted = std::env::var_os("CARGO_FEATURE_EXEMPLES_REGLES").is_some();
    let listing = if wanted {
        std::fs::read_dir(&dir)
    } else {
        Err(std::io::Error::other("examples not wanted"))
    };
    let mut files: Vec<PathBuf> = listing
        .map(|rd| {
            rd.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "json"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let mut all: Vec<Value> = Vec::new();
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let Some(parsed) = std::fs::read_to_string(path)
            .ok()
            .and_then(|t| serde_json::from_str::<Value>(&t).ok())
        else {
            // A malformed vector file is reported by the vector tests, not here.
            continue;
        };
        match parsed {
            Value::Array(a) => all.extend(a),
            other => all.push(other),
        }
    }
    let kind = |v: &Value| {
        v.get("document")
            .and_then(|d| d.get("type"))
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string()
    };
    // Failing example: the first vector expecting the code.
    let mut table: BTreeMap<String, (Option<Example>, Option<Example>)> = BTreeMap::new();
    let mut kind_of: BTreeMap<String, String> = BTreeMap::new();
    for v in &all {
        for code in codes_of(v, "expected", Some("code")) {
            if let std::collections::btree_map::Entry::Vacant(slot) = table.entry(code.clone()) {
                kind_of.insert(code.clone(), kind(v));
                slot.insert((Some(example(v, &code)), None));
            }
        }
    }
    // Passing example: a readable vector that ran the rule and stayed quiet (one that selected
    // the code itself, its family, or every rule on a document of the failing example's type),
    // the one closest to the failing example, then the most specific, then the first.
    let codes: Vec<String> = table.keys().cloned().collect();
    for code in codes {
        let failing = table
            .get(&code)
            .and_then(|(f, _)| f.as_ref())
            .map(|f| f.document.clone())
            .unwrap_or_default();
        let mut best: Option<(usize, u8, &Value)> = None;
        for v in &all {
            if codes_of(v, "expected", Some("code")).contains(&code) || unreadable(v) {
                continue;
            }
            let selected = codes_of(v, "rules", None);
            let rank = if selected.contains(&code) {
                0
            } else if selected.iter().any(|s| selects(&code, s)) {
                1
            } else if selected.is_empty() && kind_of.get(&code) == Some(&kind(v)) {
                2
            } else {
                continue;
            };
            // A quiet vector with the very same document (evaluated on another date) shows no
            // line that makes the difference: any other document comes first.
            let distance = match changed_lines(&failing, &example(v, &code).document) {
                0 => usize::MAX,
                n => n,
            };
            if best.is_none_or(|(d, r, _)| (distance, rank) < (d, r)) {
                best = Some((distance, rank, v));
            }
        }
        if let (Some((_, _, v)), Some(entry)) = (best, table.get_mut(&code)) {
            entry.1 = Some(example(v, &code));
        }
    }
    let mut out =
        String::from("static EXAMPLES: &[(&str, Option<Example>, Option<Example>, &str)] = &[\n");
    for (code, (fail, pass)) in &table {
        // Without a passing example, the failing document is shown whole, every line context.
        let shown = match (fail, pass) {
            // The same document evaluated on two dates: shown whole, every line context.
            (Some(f), Some(p)) if f.document == p.document => {
                f.document.lines().map(|l| format!(" {l}\n")).collect()
            }
            (Some(f), Some(p)) => diff(&f.document, &p.document),
            (Some(f), None) => f.document.lines().map(|l| format!(" {l}\n")).collect(),
            _ => String::new(),
        };
        let _ = writeln!(
            out,
            "    ({code:?}, {}, {}, {shown:?}),",
            literal(fail),
            literal(pass)
        );
    }
    out.push_str("];\n");
    let out_dir = std::env::var_os("OUT_DIR")
        .map(PathBuf::from)
        .unwrap_or_default();
    if let Err(e) = std::fs::write(Path::new(&out_dir).join("examples.rs"), out) {
        println!("cargo:warning=cannot write the examples table: {e}");
    }
}
