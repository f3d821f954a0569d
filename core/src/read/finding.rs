//! Reading failures as `DOC-*` findings in plain words (never serde's wording), at the JSON
//! Pointer of the value at fault; what a reading finding may quote of the input.

use serde_json::Value;

use super::fault::{Fault, FaultKind};
use super::locate::{self, Culprit, Position};
use super::scan;
use crate::pointer;
use crate::report::Locale;
use crate::rules::{doc, Finding, Rule};

/// A finding of the reading stage.
pub(crate) type Issue = (&'static Rule, Finding);

/// A syntax or depth failure of the parser (`fault` of text that is not JSON) as a finding, with
/// the line and column where the parser stopped.
pub(crate) fn unparsed(fault: &Fault, max_depth: usize) -> (Issue, Position) {
    let issue = match &fault.kind {
        FaultKind::TooDeep => (
            &doc::DOC_008,
            Finding::at("")
                .param("limit", max_depth)
                .parameter("max_depth", max_depth),
        ),
        FaultKind::Syntax { code, key } => (
            &doc::DOC_001,
            Finding::at("").param("error", *code).variant(key),
        ),
        // A parser fails on text only with syntax and depth: anything else is worded as
        // the syntax error it would be.
        _ => (
            &doc::DOC_001,
            Finding::at("").param("error", "syntax").variant("syntax"),
        ),
    };
    let line = u32::try_from(fault.line).unwrap_or(u32::MAX).max(1);
    let column = u32::try_from(fault.column).unwrap_or(u32::MAX).max(1);
    (issue, (line, column))
}

/// A decoding failure in `text` (a document or part of one at `base`) as a finding.
pub(crate) fn located(text: &str, e: &serde_json::Error, base: &str, locale: Locale) -> Issue {
    let fault = Fault::of(e);
    let mut offset = scan::offset_of(text, fault.line, fault.column);
    let (kind, culprit) = match fault.kind {
        FaultKind::NotAWord => {
            // serde_json stops just past the first character of the value given for a word.
            offset = offset.saturating_sub(1);
            let found = locate::kind_at(text, offset);
            let kind = FaultKind::Type {
                found,
                expected: "string",
            };
            (kind, Culprit::Container)
        }
        kind => {
            let culprit = Culprit::of(&kind);
            (kind, culprit)
        }
    };
    let path = format!("{base}{}", locate::path_at(text, offset, &culprit));
    translate(&path, &kind, locale)
}

/// Reads JSON text into `T`; a failure is the JSON Pointer of the option or field at fault and
/// what went wrong.
pub(crate) fn read_located<T: serde::de::DeserializeOwned>(
    text: &str,
) -> Result<T, (String, FaultKind)> {
    super::from_str::<T>(text).map_err(|e| {
        let fault = Fault::of(&e);
        let culprit = Culprit::of(&fault.kind);
        let offset = scan::offset_of(text, fault.line, fault.column);
        (locate::path_at(text, offset, &culprit), fault.kind)
    })
}

/// A fault as a plain finding at `path`.
pub(crate) fn translate(path: &str, fault: &FaultKind, locale: Locale) -> Issue {
    match fault {
        FaultKind::Date { value, code } => (
            &doc::DOC_006,
            quoted(Finding::at(path), "value", value, quotable_date(value))
                .param("error", *code)
                .variant(code),
        ),
        FaultKind::MissingField(field) => (
            &doc::DOC_004,
            Finding::at(pointer::push(path, field)).param("field", field.as_str()),
        ),
        FaultKind::UnknownField { field, expected } => {
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
            (
                &doc::DOC_003,
                quoted(Finding::at(p), "field", field, quotable(field))
                    .param("expected", expected.clone()),
            )
        }
        FaultKind::UnknownVariant { value, expected } => (
            &doc::DOC_005,
            quoted(Finding::at(path), "value", value, quotable(value))
                .param("expected", expected.clone()),
        ),
        FaultKind::DuplicateField(field) => {
            let at = if quotable(field) {
                pointer::push(path, field)
            } else {
                path.to_string()
            };
            (
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
            )
        }
        // The value found is never quoted: a wrong type is often a contact's name or phone
        // number where a structure was expected. Its kind and its place say enough.
        FaultKind::Type { found, expected } => (
            &doc::DOC_002,
            Finding::at(path)
                .param("found", *found)
                .param("expected", *expected)
                .display("found", found_label(found, locale))
                .display("expected", expected_label(expected, locale)),
        ),
        _ => (
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
        ),
    }
}

/// A value of the wrong JSON type at `path`.
pub(crate) fn type_issue(
    path: &str,
    found: &Value,
    expected: &'static str,
    locale: Locale,
) -> Issue {
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
