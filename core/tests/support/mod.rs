//! Helpers shared by the integration tests.
#![allow(
    dead_code,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::path::{Path, PathBuf};

/// The repository root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

/// Whether generated files should be rewritten instead of compared (`TS_BLESS=1`).
pub fn bless() -> bool {
    std::env::var_os("TS_BLESS").is_some_and(|v| v == "1")
}

/// Compares `content` with the file at `path`, or rewrites it when blessing.
pub fn check_generated(path: &Path, content: &str) {
    if bless() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, content).unwrap();
        return;
    }
    let current = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        current == content,
        "{} is out of date: run `TS_BLESS=1 cargo test -p territoire-sante` and commit the result",
        path.display()
    );
}

/// A validator with every rule, applying the law as of 2020-06-30.
pub fn validator_2020() -> territoire_sante::Validator {
    territoire_sante::Validator::new(territoire_sante::Options {
        as_of: Some(territoire_sante::Date::ymd(2020, 6, 30)),
        ..territoire_sante::Options::default()
    })
    .unwrap()
}

/// Every `*.json` file of `dir` (relative to the repository root), sorted by name, read as JSON:
/// (file stem, value). A file that does not read names itself.
pub fn json_files(dir: &str) -> Vec<(String, serde_json::Value)> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join(dir))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            let v = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            (p.file_stem().unwrap().to_string_lossy().into_owned(), v)
        })
        .collect()
}

/// Every vector of `tests/vectors/` in order, a file holding one vector or a list of them,
/// labelled `CODE[i]`.
pub fn vectors() -> Vec<(String, serde_json::Value)> {
    let mut out = Vec::new();
    for (stem, v) in json_files("tests/vectors") {
        let list = match v {
            serde_json::Value::Array(a) => a,
            other => vec![other],
        };
        for (i, v) in list.into_iter().enumerate() {
            out.push((format!("{stem}[{i}]"), v));
        }
    }
    out
}

/// The validator options a vector asks for (`as_of`, `locale`, `rules`, `limits`, `explain`).
pub fn vector_options(v: &serde_json::Value) -> serde_json::Value {
    let mut o = serde_json::json!({
        "as_of": v["as_of"],
        "lang": v.get("locale").cloned().unwrap_or_else(|| serde_json::json!("fr")),
    });
    for key in ["rules", "limits", "explain"] {
        if let Some(x) = v.get(key) {
            o[key] = x.clone();
        }
    }
    o
}
