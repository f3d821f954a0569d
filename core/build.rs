//! Embeds, for each rule code, a failing and a passing example document taken from the
//! language-neutral vectors (`../tests/vectors/*.json`), so that `rules::docs::page` and
//! `territoire-sante explain` show them without reading the repository at run time. A packaged
//! crate has no vectors: the table is then empty.

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
                "Some(Example {{ description: {:?}, as_of: {:?}, document: {:?}, findings: {f} }})",
                e.description, e.as_of, e.document
            )
        }
    }
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
    // Passing example: the first vector that ran the rule and stayed quiet, preferring one
    // that selected the code itself, then its family, then a run of every rule on a document
    // of the same type as the failing example.
    let codes: Vec<String> = table.keys().cloned().collect();
    for code in codes {
        let mut best: Option<(u8, &Value)> = None;
        for v in &all {
            if codes_of(v, "expected", Some("code")).contains(&code) {
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
            if best.is_none_or(|(r, _)| rank < r) {
                best = Some((rank, v));
            }
        }
        if let (Some((_, v)), Some(entry)) = (best, table.get_mut(&code)) {
            entry.1 = Some(example(v, &code));
        }
    }
    let mut out =
        String::from("static EXAMPLES: &[(&str, Option<Example>, Option<Example>)] = &[\n");
    for (code, (fail, pass)) in &table {
        let _ = writeln!(out, "    ({code:?}, {}, {}),", literal(fail), literal(pass));
    }
    out.push_str("];\n");
    let out_dir = std::env::var_os("OUT_DIR")
        .map(PathBuf::from)
        .unwrap_or_default();
    if let Err(e) = std::fs::write(Path::new(&out_dir).join("examples.rs"), out) {
        println!("cargo:warning=cannot write the examples table: {e}");
    }
}
