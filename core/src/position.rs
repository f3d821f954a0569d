//! From the position where serde_json stopped on an unreadable document to the JSON Pointer of
//! the value at fault.
//!
//! The parser says where it stopped, not which value it was reading. Tracking the path while
//! deserialising would wrap every type's decoder (and double the WebAssembly size); instead,
//! only when reading fails, this module walks the text once up to that position and names the
//! key, value or object the error is about, according to what the error says.

use crate::pointer;

/// What an error is about, which decides which token before the position is at fault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Culprit {
    /// A key (unknown or duplicate field): the last key with this name before the position.
    Key(String),
    /// An unknown word of a closed vocabulary: the last text with this content before the
    /// position, a value or, for a one-key object read as an enum, the key (then the object).
    Variant(String),
    /// A missing field: the last object closed before the position.
    ClosedObject,
    /// A scalar that was read: the last scalar value of this kind before the position.
    Scalar(Scalar),
    /// An object or a list where something else was expected: the value starting there.
    Container,
    /// Anything else: the value being read at the position.
    Unknown,
}

/// Kinds of scalar tokens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scalar {
    /// `"…"` (a value, not a key).
    String,
    /// A number.
    Number,
    /// `true` or `false`.
    Bool,
    /// `null`.
    Null,
}

impl Culprit {
    /// Reads serde's message (without its position suffix).
    pub(crate) fn of_message(msg: &str, date_marker: &str) -> Culprit {
        let named = |prefix: &str| {
            msg.strip_prefix(prefix)
                .and_then(|r| r.split('`').next())
                .map(str::to_string)
        };
        if let Some(k) = named("unknown field `").or_else(|| named("duplicate field `")) {
            return Culprit::Key(k);
        }
        if msg.starts_with("missing field `") {
            return Culprit::ClosedObject;
        }
        if let Some(v) = named("unknown variant `") {
            return Culprit::Variant(v);
        }
        if msg.contains(date_marker) {
            return Culprit::Scalar(Scalar::String);
        }
        let found = msg
            .strip_prefix("invalid type: ")
            .or_else(|| msg.strip_prefix("invalid value: "))
            .unwrap_or("");
        if found.starts_with("string ") {
            Culprit::Scalar(Scalar::String)
        } else if found.starts_with("integer") || found.starts_with("floating point") {
            Culprit::Scalar(Scalar::Number)
        } else if found.starts_with("boolean") {
            Culprit::Scalar(Scalar::Bool)
        } else if found.starts_with("null") || found.starts_with("unit") {
            Culprit::Scalar(Scalar::Null)
        } else if found.starts_with("map") || found.starts_with("sequence") {
            Culprit::Container
        } else {
            Culprit::Unknown
        }
    }
}

/// Byte offset of a serde_json position (1-based line, column = bytes before it on its line).
pub(crate) fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let mut start = 0usize;
    let mut current = 1usize;
    if line > 1 {
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                current += 1;
                if current == line {
                    start = i + 1;
                    break;
                }
            }
        }
    }
    (start + column).min(text.len())
}

enum Frame {
    Object { path: String, key: Option<String> },
    Array { path: String, index: usize },
}

/// The JSON Pointer of the culprit of an error that stopped the parser at byte `offset` of
/// `text` (text that is valid JSON up to there).
pub(crate) fn path_at(text: &str, offset: usize, culprit: &Culprit) -> String {
    let b = text.as_bytes();
    let end = offset.min(b.len());
    let mut stack: Vec<Frame> = Vec::new();
    let mut found: Option<String> = None;
    let mut last_value: Option<String> = None;
    let mut i = 0usize;
    while i < end {
        let Some(&c) = b.get(i) else { break };
        match c {
            b' ' | b'\n' | b'\t' | b'\r' | b':' => i += 1,
            b',' => {
                match stack.last_mut() {
                    Some(Frame::Array { index, .. }) => *index += 1,
                    Some(Frame::Object { key, .. }) => *key = None,
                    None => {}
                }
                i += 1;
            }
            b'{' | b'[' => {
                let path = slot(&stack);
                stack.push(if c == b'{' {
                    Frame::Object { path, key: None }
                } else {
                    Frame::Array { path, index: 0 }
                });
                i += 1;
            }
            b'}' | b']' => {
                i += 1;
                if let Some(frame) = stack.pop() {
                    let (closed, is_object) = match frame {
                        Frame::Object { path, .. } => (path, true),
                        Frame::Array { path, .. } => (path, false),
                    };
                    if is_object && *culprit == Culprit::ClosedObject {
                        found = Some(closed.clone());
                    }
                    last_value = Some(closed);
                }
            }
            b'"' => {
                let close = string_end(b, i);
                let is_key = matches!(stack.last(), Some(Frame::Object { key: None, .. }));
                if close > end {
                    break;
                }
                let raw = text.get(i..close).unwrap_or("\"\"");
                let content = || serde_json::from_str::<String>(raw).unwrap_or_default();
                if is_key {
                    let k = content();
                    if let Some(Frame::Object { path, key }) = stack.last_mut() {
                        match culprit {
                            Culprit::Key(name) if *name == k => {
                                found = Some(pointer::push(path, &k));
                            }
                            Culprit::Variant(name) if *name == k => found = Some(path.clone()),
                            _ => {}
                        }
                        *key = Some(k);
                    }
                } else {
                    let p = slot(&stack);
                    match culprit {
                        Culprit::Scalar(Scalar::String) => found = Some(p.clone()),
                        Culprit::Variant(name) if *name == content() => found = Some(p.clone()),
                        _ => {}
                    }
                    last_value = Some(p);
                }
                i = close;
            }
            _ => {
                let start = i;
                while let Some(&d) = b.get(i) {
                    if matches!(d, b',' | b'}' | b']' | b' ' | b'\n' | b'\t' | b'\r' | b':') {
                        break;
                    }
                    i += 1;
                }
                if i > end {
                    break;
                }
                let kind = match c {
                    b't' | b'f' => Scalar::Bool,
                    b'n' => Scalar::Null,
                    _ => Scalar::Number,
                };
                let p = slot(&stack);
                if *culprit == Culprit::Scalar(kind) && i > start {
                    found = Some(p.clone());
                }
                last_value = Some(p);
            }
        }
    }
    match culprit {
        Culprit::Container => slot(&stack),
        _ => found.or(last_value).unwrap_or_else(|| slot(&stack)),
    }
}

/// serde's description of the value starting at `offset` (`integer \`12\``, `map`…).
pub(crate) fn describe_at(text: &str, offset: usize) -> String {
    let rest = text.get(offset..).unwrap_or("");
    let token: &str = rest
        .split([',', '}', ']', ' ', '\n', '\t', '\r'])
        .next()
        .unwrap_or("");
    match rest.as_bytes().first() {
        Some(b'{') => "map".into(),
        Some(b'[') => "sequence".into(),
        Some(b'n') => "null".into(),
        Some(b't' | b'f') => format!("boolean `{token}`"),
        Some(b'"') => "string".into(),
        _ if token.contains(['.', 'e', 'E']) => format!("floating point `{token}`"),
        _ => format!("integer `{token}`"),
    }
}

/// Path of the value that would come next at this point of the walk.
fn slot(stack: &[Frame]) -> String {
    match stack.last() {
        None => String::new(),
        Some(Frame::Object { path, key }) => match key {
            Some(k) => pointer::push(path, k),
            None => path.clone(),
        },
        Some(Frame::Array { path, index }) => pointer::push_index(path, *index),
    }
}

/// Offset just past the closing quote of the string opening at `start`.
fn string_end(b: &[u8], start: usize) -> usize {
    let mut i = start + 1;
    while let Some(&c) = b.get(i) {
        match c {
            b'\\' => i += 2,
            b'"' => return i + 1,
            _ => i += 1,
        }
    }
    b.len()
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;

    fn at(text: &str, marker: &str, culprit: Culprit) -> String {
        let offset = text.find(marker).unwrap() + marker.len();
        path_at(text, offset, &culprit)
    }

    #[test]
    fn keys_name_their_object_and_themselves() {
        let t = r#"{"a": {"b": 1, "c~/": 2}}"#;
        assert_eq!(at(t, r#""c~/""#, Culprit::Key("c~/".into())), "/a/c~0~1");
        assert_eq!(at(t, r#""b""#, Culprit::Key("b".into())), "/a/b");
    }

    #[test]
    fn missing_fields_name_the_object_just_closed() {
        let t = r#"{"a": [{"x": 1}, {"y": {"z": 2}}], "b": 3}"#;
        assert_eq!(at(t, r#"{"z": 2}}"#, Culprit::ClosedObject), "/a/1");
        assert_eq!(at(t, r#"{"z": 2}"#, Culprit::ClosedObject), "/a/1/y");
        assert_eq!(path_at(t, t.len(), &Culprit::ClosedObject), "");
    }

    #[test]
    fn scalars_name_the_last_value_of_their_kind() {
        let t = r#"{"d": ["2020-01-01", "2020-13-01"], "n": 3 , "k": null}"#;
        assert_eq!(
            at(t, r#""2020-13-01"]"#, Culprit::Scalar(Scalar::String)),
            "/d/1"
        );
        assert_eq!(at(t, "3 ", Culprit::Scalar(Scalar::Number)), "/n");
        assert_eq!(at(t, "null}", Culprit::Scalar(Scalar::Null)), "/k");
        // Keys are not values: "n" is not taken for a string value.
        assert_eq!(at(t, r#""n""#, Culprit::Scalar(Scalar::String)), "/d/1");
    }

    #[test]
    fn unknown_words_are_the_text_or_the_object_read_as_a_variant() {
        let t = r#"{"a": "x", "b": {"x": 1}, "c": "y"}"#;
        assert_eq!(at(t, r#""x","#, Culprit::Variant("x".into())), "/a");
        assert_eq!(at(t, r#"{"x""#, Culprit::Variant("x".into())), "/b");
        assert_eq!(at(t, r#""y""#, Culprit::Variant("x".into())), "/b");
    }

    #[test]
    fn containers_are_the_value_starting_at_the_position() {
        let t = r#"{"a": [1, {"b": 2}]}"#;
        let offset = t.find("{\"b").unwrap();
        assert_eq!(path_at(t, offset, &Culprit::Container), "/a/1");
    }

    #[test]
    fn values_are_described_as_serde_does() {
        let t = r#"[12, -1.5, true, null, {"a": 1}, [2]]"#;
        let d = |m: &str| describe_at(t, t.find(m).unwrap());
        assert_eq!(d("12"), "integer `12`");
        assert_eq!(d("-1.5"), "floating point `-1.5`");
        assert_eq!(d("true"), "boolean `true`");
        assert_eq!(d("null"), "null");
        assert_eq!(d("{"), "map");
        assert_eq!(d("[2"), "sequence");
    }

    #[test]
    fn positions_become_offsets() {
        let t = "{\n  \"a\": 1,\n  \"b\": 2\n}";
        assert_eq!(offset_of(t, 3, 2), t.find("\"b").unwrap());
        assert_eq!(offset_of(t, 1, 0), 0);
        assert_eq!(offset_of(t, 99, 99), t.len());
    }

    #[test]
    fn messages_say_what_is_at_fault() {
        let m = "\u{1}";
        assert_eq!(
            Culprit::of_message("unknown field `x`, expected one of `a`", m),
            Culprit::Key("x".into())
        );
        assert_eq!(
            Culprit::of_message("missing field `x`", m),
            Culprit::ClosedObject
        );
        assert_eq!(
            Culprit::of_message("invalid type: map, expected a string", m),
            Culprit::Container
        );
        assert_eq!(
            Culprit::of_message("invalid type: integer `3`, expected a string", m),
            Culprit::Scalar(Scalar::Number)
        );
        assert_eq!(
            Culprit::of_message("unknown variant `x`, expected `a`", m),
            Culprit::Variant("x".into())
        );
        assert_eq!(Culprit::of_message("something else", m), Culprit::Unknown);
    }
}
