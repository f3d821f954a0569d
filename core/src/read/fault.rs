//! What went wrong when serde_json read a text, as a typed kind: the one place that reads
//! serde's messages, which carry what a decoder knows (the field, the value, what was expected)
//! only as text. Everything downstream (locating the culprit, the `DOC-*` findings, the options'
//! errors) matches on [`FaultKind`], never on wording.

use crate::date::DATE_ERROR_MARKER;

/// A reading failure: what it is, and where the parser stopped.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Fault {
    /// What went wrong.
    pub kind: FaultKind,
    /// serde_json's line (1-based).
    pub line: usize,
    /// serde_json's column (bytes before the position on its line).
    pub column: usize,
}

/// What went wrong, typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum FaultKind {
    /// Not JSON: the machine code and the key of DOC-001's sentence.
    Syntax {
        /// Machine code (`unterminated_object`…), the finding's `error` parameter.
        code: &'static str,
        /// The key of DOC-001's sentence.
        key: &'static str,
    },
    /// Nested deeper than the parser or the limits allow.
    TooDeep,
    /// A list longer than the limits allow.
    TooMany,
    /// A text where a date was expected that is not one.
    Date {
        /// The text (at most 40 characters).
        value: String,
        /// `format`, `month` or `day`: the key of DOC-006's sentence.
        code: &'static str,
    },
    /// A required field is absent.
    MissingField(String),
    /// A key the type does not have; `expected`: the keys it has.
    UnknownField {
        /// The key.
        field: String,
        /// The keys accepted.
        expected: Vec<String>,
    },
    /// A key given twice.
    DuplicateField(String),
    /// A word outside a closed vocabulary; `expected`: the words accepted.
    UnknownVariant {
        /// The word.
        value: String,
        /// The words accepted.
        expected: Vec<String>,
    },
    /// A value of the wrong type, by neutral kinds (never the value itself).
    Type {
        /// Kind found: `integer`, `number`, `boolean`, `string`, `array`, `object`, `null`,
        /// `value` (unknown).
        found: &'static str,
        /// Kind expected: `string`, `date`, `boolean`, `unsigned_integer`, `integer`, `number`,
        /// `array`, `object`, `value` (unknown).
        expected: &'static str,
    },
    /// A closed vocabulary given something else than a text: serde_json stops just past the
    /// first character of that value with the bare syntax message "expected value".
    NotAWord,
    /// Anything else.
    Other,
}

/// serde's message marker for a limit of [`super::Limits`] exceeded while decoding.
pub(crate) const LIMIT_MARKER: &str = "\u{1}TS_LIMIT\u{1}";

impl Fault {
    /// Reads a serde_json error.
    pub(crate) fn of(e: &serde_json::Error) -> Fault {
        let msg = bare_message(e);
        let kind = match e.classify() {
            serde_json::error::Category::Data => data(&msg),
            _ if msg.starts_with("recursion limit exceeded") => FaultKind::TooDeep,
            _ if msg == "expected value" => {
                // The parser's own words both for a text that is not JSON there and for a
                // closed vocabulary handed a number or an object: which one is for the caller
                // to say (it knows whether the text parsed as JSON).
                FaultKind::NotAWord
            }
            cat => {
                let (code, key) = syntax(&msg, cat);
                FaultKind::Syntax { code, key }
            }
        };
        Fault {
            kind,
            line: e.line(),
            column: e.column(),
        }
    }

    /// The fault of text that is not JSON: "expected value" is then a syntax error.
    pub(crate) fn syntax_of(e: &serde_json::Error) -> Fault {
        let mut f = Fault::of(e);
        if f.kind == FaultKind::NotAWord {
            f.kind = FaultKind::Syntax {
                code: "expected_value",
                key: "expected_value",
            };
        }
        f
    }
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

/// A data error: a decoder refused a well-formed value.
fn data(msg: &str) -> FaultKind {
    if msg.starts_with(LIMIT_MARKER) {
        return if msg.ends_with("items") {
            FaultKind::TooMany
        } else {
            FaultKind::TooDeep
        };
    }
    if let Some(rest) = msg.strip_prefix(DATE_ERROR_MARKER) {
        let (value, why) = rest.split_once(DATE_ERROR_MARKER).unwrap_or((rest, ""));
        return FaultKind::Date {
            value: value.to_string(),
            // The marker carries the date error's code (see `crate::date`).
            code: match why {
                "month" => "month",
                "day" => "day",
                _ => "format",
            },
        };
    }
    if let Some(field) = between(msg, "missing field `", "`") {
        return FaultKind::MissingField(field.to_string());
    }
    if let Some(field) = between(msg, "unknown field `", "`") {
        return FaultKind::UnknownField {
            field: field.to_string(),
            expected: listed(msg),
        };
    }
    if let Some(value) = between(msg, "unknown variant `", "`") {
        return FaultKind::UnknownVariant {
            value: value.to_string(),
            expected: listed(msg),
        };
    }
    if let Some(field) = between(msg, "duplicate field `", "`") {
        return FaultKind::DuplicateField(field.to_string());
    }
    let body = msg
        .strip_prefix("invalid type: ")
        .or_else(|| msg.strip_prefix("invalid value: "))
        .or_else(|| msg.strip_prefix("invalid length "));
    match body {
        Some(body) => {
            let (found, expected) = body.rsplit_once(", expected ").unwrap_or((body, ""));
            FaultKind::Type {
                found: found_kind(found),
                expected: expected_kind(expected),
            }
        }
        None => FaultKind::Other,
    }
}

/// The words serde lists after the first `, ` of its message (`expected one of `a`, `b``).
fn listed(msg: &str) -> Vec<String> {
    msg.get(msg.find(", ").unwrap_or(msg.len())..)
        .unwrap_or("")
        .split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_string)
        .collect()
}

fn between<'a>(s: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let i = s.find(start)? + start.len();
    let rest = s.get(i..)?;
    let j = rest.find(end)?;
    rest.get(..j)
}

/// A neutral code and the key of DOC-001's sentence for a serde_json syntax error.
fn syntax(msg: &str, cat: serde_json::error::Category) -> (&'static str, &'static str) {
    // (start of serde_json's message, machine code, key of DOC-001's sentence)
    const TABLE: &[(&str, &str, &str)] = &[
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
    for (pat, code, key) in TABLE {
        if msg.starts_with(pat) {
            return (code, key);
        }
    }
    match cat {
        serde_json::error::Category::Eof => ("truncated", "empty"),
        _ => ("syntax", "syntax"),
    }
}

/// Neutral kind of serde's "unexpected" description (its value is never kept).
pub(crate) fn found_kind(found: &str) -> &'static str {
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
        "a string" | "a borrowed string" => "string",
        "a date" => "date",
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

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    fn fault<T: serde::de::DeserializeOwned + std::fmt::Debug>(text: &str) -> FaultKind {
        Fault::of(&serde_json::from_str::<T>(text).unwrap_err()).kind
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct S {
        a: u32,
        b: Option<crate::Date>,
        c: Option<crate::model::DocumentKind>,
    }

    #[test]
    fn serde_messages_become_kinds() {
        assert_eq!(
            fault::<S>(r#"{"b": null}"#),
            FaultKind::MissingField("a".into())
        );
        assert_eq!(
            fault::<S>(r#"{"a": 1, "x": 2}"#),
            FaultKind::UnknownField {
                field: "x".into(),
                expected: vec!["a".into(), "b".into(), "c".into()]
            }
        );
        assert_eq!(
            fault::<S>(r#"{"a": 1, "a": 2}"#),
            FaultKind::DuplicateField("a".into())
        );
        assert_eq!(
            fault::<S>(r#"{"a": "1"}"#),
            FaultKind::Type {
                found: "string",
                expected: "unsigned_integer"
            }
        );
        assert_eq!(
            fault::<S>(r#"{"a": 1, "b": "2015-13-01"}"#),
            FaultKind::Date {
                value: "2015-13-01".into(),
                code: "month"
            }
        );
        assert!(matches!(
            fault::<S>(r#"{"a": 1, "c": "x"}"#),
            FaultKind::UnknownVariant { value, expected } if value == "x" && expected.len() == 11
        ));
        assert_eq!(
            fault::<S>(r#"{"a": 1"#),
            FaultKind::Syntax {
                code: "unterminated_object",
                key: "unterminated_object"
            }
        );
        assert_eq!(fault::<S>(r#"{"a": 1, "c": 3}"#), FaultKind::NotAWord);
        let e = serde_json::from_str::<serde_json::Value>("[1, x]").unwrap_err();
        assert_eq!(
            Fault::syntax_of(&e).kind,
            FaultKind::Syntax {
                code: "expected_value",
                key: "expected_value"
            }
        );
        let deep = "[".repeat(200);
        assert_eq!(fault::<serde_json::Value>(&deep), FaultKind::TooDeep);
    }
}
