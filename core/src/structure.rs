//! Reading a document: JSON text or value → typed [`Document`], with every failure turned into a
//! located `DOC-*` finding in plain words (never serde's wording).
#![allow(clippy::result_large_err)] // Findings are built once per unreadable document; boxing buys nothing.

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::date::DATE_ERROR_MARKER;
use crate::model::*;
use crate::pointer::{self, Brackets};
use crate::position::{self, Culprit};
use crate::report::Locale;
use crate::rules::{doc, Finding, Rule};

/// Limits on what the engine agrees to read.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, schemars::JsonSchema,
)]
#[serde(default, deny_unknown_fields)]
pub struct Limits {
    /// Largest text, in bytes (default 16 MiB).
    pub max_bytes: usize,
    /// Deepest nesting of arrays and objects (default 64; at most 120).
    pub max_depth: usize,
    /// Longest list (default 100,000 items).
    pub max_items: usize,
    /// Most findings reported for one document, a portfolio's documents each counting on
    /// their own (default 1,000); those beyond are counted in a `DOC-012` finding.
    pub max_findings_per_document: usize,
    /// Most findings in one report (default 1,000,000); those beyond are counted in a
    /// `DOC-012` finding.
    pub max_findings: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_bytes: 16 * 1024 * 1024,
            max_depth: 64,
            max_items: 100_000,
            max_findings_per_document: 1_000,
            max_findings: 1_000_000,
        }
    }
}

/// A finding of the reading stage.
pub(crate) type Issue = (&'static Rule, Finding);

/// A finding with line and column known from the parser.
pub(crate) struct Located {
    pub issue: Issue,
    pub line: u32,
    pub column: u32,
}

/// Parses text into a value; syntax errors and size/depth limits become located findings.
pub(crate) fn parse_text(text: &str, limits: &Limits) -> Result<Value, Located> {
    if text.len() > limits.max_bytes {
        return Err(Located {
            issue: (
                &doc::DOC_009,
                Finding::at("")
                    .param("size", text.len())
                    .param("limit", limits.max_bytes)
                    .parameter("max_bytes", limits.max_bytes),
            ),
            line: 1,
            column: 1,
        });
    }
    if text.starts_with('\u{feff}') {
        // Editors on Windows put a byte order mark first; JSON (RFC 8259 § 8.1) forbids it.
        return Err(Located {
            issue: (
                &doc::DOC_001,
                Finding::at("").param("error", "bom").variant("bom"),
            ),
            line: 1,
            column: 1,
        });
    }
    serde_json::from_str::<Value>(text).map_err(|e| {
        let line = u32::try_from(e.line()).unwrap_or(u32::MAX).max(1);
        let column = u32::try_from(e.column()).unwrap_or(u32::MAX).max(1);
        let msg = e.to_string();
        let issue = if msg.starts_with("recursion limit exceeded") {
            (
                &doc::DOC_008,
                Finding::at("")
                    .param("limit", limits.max_depth)
                    .parameter("max_depth", limits.max_depth),
            )
        } else {
            let (code, key) = syntax_detail(&msg, e.classify());
            (
                &doc::DOC_001,
                Finding::at("").param("error", code).variant(key),
            )
        };
        Located {
            issue,
            line,
            column,
        }
    })
}

/// A neutral code and the key of DOC-001's sentence for a serde_json syntax error.
fn syntax_detail(msg: &str, cat: serde_json::error::Category) -> (&'static str, &'static str) {
    // (start of serde_json's message, machine code, key of DOC-001's sentence)
    let table: &[(&str, &str, &str)] = &[
        (
            "EOF while parsing an object",
            "unterminated_object",
            "unterminated_object",
        ),
        (
            "EOF while parsing a list",
            "unterminated_array",
            "unterminated_array",
        ),
        (
            "EOF while parsing a string",
            "unterminated_string",
            "unterminated_string",
        ),
        ("EOF while parsing a value", "empty", "empty"),
        (
            "expected `,` or `}`",
            "expected_comma_or_brace",
            "expected_comma_or_brace",
        ),
        (
            "expected `,` or `]`",
            "expected_comma_or_bracket",
            "expected_comma_or_bracket",
        ),
        ("expected `:`", "expected_colon", "expected_colon"),
        ("key must be a string", "key_not_string", "key_not_string"),
        ("trailing comma", "trailing_comma", "trailing_comma"),
        (
            "trailing characters",
            "trailing_characters",
            "trailing_characters",
        ),
        (
            "control character",
            "control_character",
            "control_character",
        ),
        ("invalid escape", "invalid_escape", "invalid_escape"),
        (
            "invalid unicode code point",
            "invalid_unicode",
            "invalid_unicode",
        ),
        (
            "lone leading surrogate",
            "invalid_unicode",
            "invalid_unicode",
        ),
        (
            "number out of range",
            "number_out_of_range",
            "number_out_of_range",
        ),
        ("invalid number", "invalid_number", "invalid_number"),
        ("expected value", "expected_value", "expected_value"),
        ("expected ident", "expected_value", "expected_ident"),
    ];
    for (pat, code, key) in table {
        if msg.starts_with(pat) {
            return (code, key);
        }
    }
    match cat {
        serde_json::error::Category::Eof => ("truncated", "empty"),
        _ => ("syntax", "syntax"),
    }
}

/// A fast byte scan of JSON text: whether its nesting depth and list lengths stay within the
/// limits. Strings are skipped; the text need not be valid (the parser judges that). Records
/// where each bracket closes in `index`, for locating diagnostics later.
pub(crate) fn prescan_ok(text: &str, limits: &Limits, index: &mut Option<Brackets>) -> bool {
    // One counter per open bracket: items seen so far in arrays (objects count nothing).
    let mut stack: Vec<(bool, usize)> = Vec::with_capacity(16);
    let b = text.as_bytes();
    let mut i = 0;
    while let Some(j) = next_structural(b, i) {
        let Some(&c) = b.get(j) else { break };
        i = j + 1;
        match c {
            b'"' => match crate::pointer::string_end(b, i) {
                Some(end) => i = end,
                // An unterminated string: the parser will say so.
                None => return true,
            },
            b'[' | b'{' => {
                if stack.len() >= limits.max_depth {
                    return false;
                }
                stack.push((c == b'[', 1));
                if let Some(ix) = index {
                    ix.open(i - 1);
                }
            }
            b']' | b'}' => {
                stack.pop();
                if let Some(ix) = index {
                    ix.close(i - 1);
                }
            }
            b',' => {
                if let Some((true, n)) = stack.last_mut() {
                    *n += 1;
                    if *n > limits.max_items {
                        return false;
                    }
                }
            }
            _ => {}
        }
    }
    true
}

/// The first byte from `i` on that the pre-scan acts on (`"`, `,`, brackets), eight bytes at a
/// time: whitespace, colons, numbers and literals are passed over without a branch each.
fn next_structural(b: &[u8], mut i: usize) -> Option<usize> {
    use crate::pointer::{bytes_equal as eq, word_at};
    while let Some(w) = word_at(b, i) {
        // `[` and `{` differ only by 0x20, as do `]` and `}`.
        let folded = w | 0x2020_2020_2020_2020;
        let m = eq(w, b'"') | eq(w, b',') | eq(folded, b'{') | eq(folded, b'}');
        if m != 0 {
            return Some(i + (m.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    while let Some(&c) = b.get(i) {
        if matches!(c, b'"' | b',' | b'[' | b']' | b'{' | b'}') {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// Checks nesting depth and list lengths without recursion.
pub(crate) fn check_limits(v: &Value, limits: &Limits) -> Option<Issue> {
    let mut stack: Vec<(&Value, usize, String)> = vec![(v, 1, String::new())];
    while let Some((v, depth, path)) = stack.pop() {
        if depth > limits.max_depth {
            return Some((
                &doc::DOC_008,
                Finding::at(path)
                    .param("limit", limits.max_depth)
                    .parameter("max_depth", limits.max_depth),
            ));
        }
        match v {
            Value::Array(a) => {
                if a.len() > limits.max_items {
                    return Some((
                        &doc::DOC_010,
                        Finding::at(path)
                            .param("count", a.len())
                            .param("limit", limits.max_items)
                            .parameter("max_items", limits.max_items),
                    ));
                }
                for (i, x) in a.iter().enumerate() {
                    if x.is_array() || x.is_object() {
                        stack.push((x, depth + 1, pointer::push_index(&path, i)));
                    }
                }
            }
            Value::Object(m) => {
                for (k, x) in m {
                    if x.is_array() || x.is_object() {
                        stack.push((x, depth + 1, pointer::push(&path, k)));
                    }
                }
            }
            _ => {}
        }
    }
    None
}

/// The outcome of reading a value.
pub(crate) struct Decoded {
    /// The document, when it (or, for a portfolio, its header) could be read.
    pub doc: Option<Document>,
    /// Reading findings.
    pub issues: Vec<Issue>,
    /// For a portfolio: original index of each document kept.
    pub kept: Vec<usize>,
    /// The `"type"` tag, when readable.
    pub tag: Option<String>,
}

/// Reads a value into a document. A portfolio keeps the documents that can be read.
pub(crate) fn decode(value: Value, locale: Locale) -> Decoded {
    let mut out = Decoded {
        doc: None,
        issues: Vec::new(),
        kept: Vec::new(),
        tag: None,
    };
    let mut map = match value {
        Value::Object(m) => m,
        other => {
            out.issues.push(type_issue("", &other, "object", locale));
            return out;
        }
    };
    let kind = match read_kind(&mut map, "", locale, true) {
        Ok(k) => k,
        Err(i) => {
            out.issues.push(i);
            return out;
        }
    };
    out.tag = Some(kind.tag().to_string());
    if kind != DocumentKind::Portefeuille {
        match decode_kind(kind, map, "", locale) {
            Ok(d) => out.doc = Some(d),
            Err(i) => out.issues.push(i),
        }
        return out;
    }
    // A portfolio: read the header, then each document on its own, so that one unreadable
    // document does not hide the others.
    let docs = map.remove("documents");
    let mut pf: Portefeuille = match from_map(map, "", locale) {
        Ok(p) => p,
        Err(i) => {
            out.issues.push(i);
            return out;
        }
    };
    match docs {
        None | Some(Value::Null) => {}
        Some(Value::Array(items)) => {
            for (i, item) in items.into_iter().enumerate() {
                let base = pointer::push_index("/documents", i);
                let mut m = match item {
                    Value::Object(m) => m,
                    other => {
                        out.issues.push(type_issue(&base, &other, "object", locale));
                        continue;
                    }
                };
                match read_kind(&mut m, &base, locale, false) {
                    Ok(k) => match decode_kind(k, m, &base, locale) {
                        Ok(d) => {
                            pf.documents.push(d);
                            out.kept.push(i);
                        }
                        Err(is) => out.issues.push(is),
                    },
                    Err(is) => out.issues.push(is),
                }
            }
        }
        Some(other) => out
            .issues
            .push(type_issue("/documents", &other, "array", locale)),
    }
    out.doc = Some(Document::Portefeuille(pf));
    out
}

fn read_kind(
    map: &mut Map<String, Value>,
    base: &str,
    locale: Locale,
    allow_portfolio: bool,
) -> Result<DocumentKind, Issue> {
    let tag_path = pointer::push(base, "type");
    let tag = match map.remove("type") {
        None => return Err((&doc::DOC_004, Finding::at(tag_path).param("field", "type"))),
        Some(Value::String(s)) => s,
        Some(other) => return Err(type_issue(&tag_path, &other, "string", locale)),
    };
    let allowed: Vec<&str> = DocumentKind::ALL
        .iter()
        .filter(|k| allow_portfolio || **k != DocumentKind::Portefeuille)
        .map(|k| k.tag())
        .collect();
    match DocumentKind::from_tag(&tag) {
        Some(k) if allow_portfolio || k != DocumentKind::Portefeuille => Ok(k),
        _ => Err((
            &doc::DOC_007,
            quoted(Finding::at(tag_path), "value", &tag, quotable(&tag)).param("expected", allowed),
        )),
    }
}

fn decode_kind(
    kind: DocumentKind,
    map: Map<String, Value>,
    base: &str,
    locale: Locale,
) -> Result<Document, Issue> {
    let text = object_text(map, base, locale)?;
    kind.read_text(&text)
        .map_err(|e| located(&text, &e, base, locale))
}

fn from_map<T: DeserializeOwned>(
    map: Map<String, Value>,
    base: &str,
    locale: Locale,
) -> Result<T, Issue> {
    let text = object_text(map, base, locale)?;
    crate::decode::from_str::<T>(&text).map_err(|e| located(&text, &e, base, locale))
}

/// An object as compact text: every value is decoded from text, by one decoder per type.
fn object_text(map: Map<String, Value>, base: &str, locale: Locale) -> Result<String, Issue> {
    serde_json::to_string(&Value::Object(map)).map_err(|e| translate(base, &e.to_string(), locale))
}

/// Reads JSON text into `T`; a failure names the option or field at fault as a JSON Pointer
/// (with the parser's message, never shown to users as is).
pub(crate) fn read_located<T: DeserializeOwned>(text: &str) -> Result<T, (String, String)> {
    crate::decode::from_str::<T>(text).map_err(|e| {
        let msg = bare_message(&e);
        let culprit = Culprit::of_message(&msg, DATE_ERROR_MARKER);
        let offset = position::offset_of(text, e.line(), e.column());
        (position::path_at(text, offset, &culprit), msg)
    })
}

/// A decoding failure in `text` (a document or part of one at `base`) as a finding.
fn located(text: &str, e: &serde_json::Error, base: &str, locale: Locale) -> Issue {
    let mut msg = bare_message(e);
    let mut culprit = Culprit::of_message(&msg, DATE_ERROR_MARKER);
    let mut offset = position::offset_of(text, e.line(), e.column());
    if msg == "expected value" {
        // serde_json's word for a closed vocabulary given something else than a text: it stops
        // just past the first character of that value.
        offset = offset.saturating_sub(1);
        culprit = Culprit::Container;
        msg = format!(
            "invalid type: {}, expected a string",
            position::describe_at(text, offset)
        );
    }
    let path = format!("{base}{}", position::path_at(text, offset, &culprit));
    translate(&path, &msg, locale)
}

/// serde_json's message without its " at line L column C".
fn bare_message(e: &serde_json::Error) -> String {
    let msg = e.to_string();
    let suffix = format!(" at line {} column {}", e.line(), e.column());
    match msg.strip_suffix(&suffix) {
        Some(m) => m.to_string(),
        None => msg,
    }
}

/// Turns a serde message into a plain finding.
fn translate(path: &str, msg: &str, locale: Locale) -> Issue {
    if let Some(rest) = msg.strip_prefix(DATE_ERROR_MARKER) {
        let (value, why) = rest.split_once(DATE_ERROR_MARKER).unwrap_or((rest, ""));
        // The key of DOC-006's sentence, also the finding's machine code.
        let code = match why {
            "mois hors de 1 à 12" => "month",
            "jour inexistant dans ce mois" => "day",
            _ => "format",
        };
        return (
            &doc::DOC_006,
            quoted(Finding::at(path), "value", value, quotable_date(value))
                .param("error", code)
                .variant(code),
        );
    }
    if let Some(field) = between(msg, "missing field `", "`") {
        return (
            &doc::DOC_004,
            Finding::at(pointer::push(path, field)).param("field", field),
        );
    }
    if let Some(field) = between(msg, "unknown field `", "`") {
        let expected = backticked(msg.get(msg.find(", ").unwrap_or(msg.len())..).unwrap_or(""));
        // The located path already names the unknown key; a key that may not be quoted (a
        // name, an e-mail used as a key) is left out of the path too: the finding points at
        // the object that holds it.
        let own = format!("/{}", pointer::escape(field));
        let p = match (path.strip_suffix(&own), quotable(field)) {
            (Some(_), true) => path.to_string(),
            (Some(parent), false) => parent.to_string(),
            (None, true) => pointer::push(path, field),
            (None, false) => path.to_string(),
        };
        return (
            &doc::DOC_003,
            quoted(Finding::at(p), "field", field, quotable(field)).param("expected", expected),
        );
    }
    if let Some(value) = between(msg, "unknown variant `", "`") {
        let expected = backticked(msg.get(msg.find(", ").unwrap_or(msg.len())..).unwrap_or(""));
        return (
            &doc::DOC_005,
            quoted(Finding::at(path), "value", value, quotable(value)).param("expected", expected),
        );
    }
    if let Some(field) = between(msg, "duplicate field `", "`") {
        let at = if quotable(field) {
            pointer::push(path, field)
        } else {
            path.to_string()
        };
        return (
            &doc::DOC_003,
            quoted(Finding::at(at), "field", field, quotable(field))
                .param("expected", Vec::<String>::new())
                .display(
                    "expected",
                    if locale == Locale::Fr {
                        "(champ en double)"
                    } else {
                        "(duplicate field)"
                    },
                ),
        );
    }
    let body = msg
        .strip_prefix("invalid type: ")
        .or_else(|| msg.strip_prefix("invalid value: "))
        .or_else(|| msg.strip_prefix("invalid length "));
    if let Some(body) = body {
        let (found, expected) = body.rsplit_once(", expected ").unwrap_or((body, ""));
        let ek = expected_kind(expected);
        // The value found is never quoted: a wrong type is often a contact's name or phone
        // number where a structure was expected. Its kind and its place say enough.
        let fk = unexpected_kind(found);
        let f = Finding::at(path)
            .param("found", fk)
            .param("expected", ek)
            .display("found", found_label(fk, locale))
            .display("expected", expected_label(ek, locale));
        return (&doc::DOC_002, f);
    }
    (
        &doc::DOC_002,
        Finding::at(path)
            .param("found", "unknown")
            .param("expected", "unknown")
            .display(
                "found",
                if locale == Locale::Fr {
                    "une valeur inattendue"
                } else {
                    "an unexpected value"
                },
            )
            .display(
                "expected",
                if locale == Locale::Fr {
                    "une valeur conforme au schéma"
                } else {
                    "a value conforming to the schema"
                },
            ),
    )
}

fn type_issue(path: &str, found: &Value, expected: &'static str, locale: Locale) -> Issue {
    let fk = match found {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(n) if n.is_i64() || n.is_u64() => "integer",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    };
    // As in `translate`: the kind of the value found, never the value.
    let f = Finding::at(path)
        .param("found", fk)
        .param("expected", expected)
        .display("found", found_label(fk, locale))
        .display("expected", expected_label(expected, locale));
    (&doc::DOC_002, f)
}

fn between<'a>(s: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let i = s.find(start)? + start.len();
    let rest = s.get(i..)?;
    let j = rest.find(end)?;
    rest.get(..j)
}

fn backticked(s: &str) -> Vec<String> {
    s.split('`')
        .enumerate()
        .filter(|(i, _)| i % 2 == 1)
        .map(|(_, t)| t.to_string())
        .collect()
}

/// Whether a text found in a document may be quoted in a reading finding: a short code or
/// vocabulary word or identifier (ASCII letters, digits, `_`, `-`, `.`, at most
/// [`crate::input::MAX_ECHO_VALUE`] characters, no run of ten digits or more). Anything else (a
/// name, an e-mail, a phone number, a sentence) is never repeated: findings describe what was
/// expected and where, not the value found.
pub(crate) fn quotable(s: &str) -> bool {
    let mut digits = 0usize;
    !s.is_empty()
        && s.len() <= crate::input::MAX_ECHO_VALUE
        && s.bytes().all(|b| {
            digits = if b.is_ascii_digit() { digits + 1 } else { 0 };
            digits < 10 && (b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'))
        })
}

/// Whether a text found where a date was expected may be quoted: digits and date separators
/// only, at most ten characters, with at least one separator (`2015-13-01`, `17/12/2015`), so
/// that no phone number is.
fn quotable_date(s: &str) -> bool {
    s.len() <= 10
        && s.bytes().any(|b| matches!(b, b'-' | b'/' | b'.'))
        && s.bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'-' | b'/' | b'.'))
}

/// Sets `name` to `value` when it may be quoted, to a neutral word otherwise.
pub(crate) fn quoted(f: Finding, name: &'static str, value: &str, ok: bool) -> Finding {
    if ok {
        f.param(name, value)
    } else {
        f.localized(name, "[non reproduit]", "[not shown]")
    }
}

/// Neutral kind of serde's "unexpected" description (its value is never kept).
fn unexpected_kind(found: &str) -> &'static str {
    if found.starts_with("integer") {
        "integer"
    } else if found.starts_with("floating point") {
        "number"
    } else if found.starts_with("boolean") {
        "boolean"
    } else if found.starts_with("string ") {
        "string"
    } else if found.starts_with("sequence") {
        "array"
    } else if found.starts_with("map") {
        "object"
    } else if found.starts_with("unit") || found.starts_with("null") {
        "null"
    } else {
        "value"
    }
}

/// Neutral kind of serde's "expected" description.
fn expected_kind(expected: &str) -> &'static str {
    match expected {
        "a string" | "a borrowed string" | "a date" => {
            if expected == "a date" {
                "date"
            } else {
                "string"
            }
        }
        "a boolean" => "boolean",
        "u8" | "u16" | "u32" | "u64" | "usize" => "unsigned_integer",
        "i8" | "i16" | "i32" | "i64" | "isize" => "integer",
        "f32" | "f64" => "number",
        "a sequence" => "array",
        e if e.starts_with("struct ") || e == "a map" => "object",
        e if e.starts_with("a nonnegative") => "unsigned_integer",
        e if e.starts_with("variant identifier") || e.starts_with("one of") => "string",
        _ => "value",
    }
}

fn found_label(kind: &str, locale: Locale) -> String {
    let fr = locale == Locale::Fr;
    match kind {
        "integer" | "number" => {
            if fr {
                "un nombre"
            } else {
                "a number"
            }
        }
        "boolean" => {
            if fr {
                "un booléen"
            } else {
                "a boolean"
            }
        }
        "string" => {
            if fr {
                "un texte"
            } else {
                "a text"
            }
        }
        "array" => {
            if fr {
                "une liste"
            } else {
                "a list"
            }
        }
        "object" => {
            if fr {
                "un objet"
            } else {
                "an object"
            }
        }
        "null" => "null",
        _ => {
            if fr {
                "une valeur"
            } else {
                "a value"
            }
        }
    }
    .into()
}

fn expected_label(kind: &str, locale: Locale) -> String {
    let fr = locale == Locale::Fr;
    match kind {
        "string" => {
            if fr {
                "un texte (entre guillemets)"
            } else {
                "a text (in quotes)"
            }
        }
        "date" => {
            if fr {
                "une date « AAAA-MM-JJ », « AAAA-MM » ou « AAAA »"
            } else {
                "a date \"YYYY-MM-DD\", \"YYYY-MM\" or \"YYYY\""
            }
        }
        "boolean" => {
            if fr {
                "true ou false"
            } else {
                "true or false"
            }
        }
        "unsigned_integer" => {
            if fr {
                "un nombre entier positif"
            } else {
                "a non-negative whole number"
            }
        }
        "integer" => {
            if fr {
                "un nombre entier"
            } else {
                "a whole number"
            }
        }
        "number" => {
            if fr {
                "un nombre"
            } else {
                "a number"
            }
        }
        "array" => {
            if fr {
                "une liste [ … ]"
            } else {
                "a list [ … ]"
            }
        }
        "object" => {
            if fr {
                "un objet { … }"
            } else {
                "an object { … }"
            }
        }
        _ => {
            if fr {
                "une autre valeur"
            } else {
                "another value"
            }
        }
    }
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_next_structural_byte_as_a_byte_loop_would() {
        let text = "{\"a\": [1, 2.5e3, true],\n  \"é\\\"[\": {\"b\": null}, \"c\": [[], {}]}\t {[}] ;:'!\u{7b}\u{5d}\u{1F600},";
        let b = text.as_bytes();
        for i in 0..=b.len() {
            let plain =
                (i..b.len()).find(|&k| matches!(b[k], b'"' | b',' | b'[' | b']' | b'{' | b'}'));
            assert_eq!(next_structural(b, i), plain, "from {i}");
        }
        // Every byte value, at every place in a word.
        for c in 0..=255u8 {
            for at in 0..9 {
                let mut v = vec![b' '; 9];
                v[at] = c;
                let want = matches!(c, b'"' | b',' | b'[' | b']' | b'{' | b'}').then_some(at);
                assert_eq!(next_structural(&v, 0), want, "byte {c} at {at}");
            }
        }
    }
}
