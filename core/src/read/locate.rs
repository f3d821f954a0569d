//! Between JSON Pointers and places in the text, both ways:
//! - [`locate_each`]: where each finding's value starts (line and column), once the rules
//!   have run, for reports that have findings;
//! - [`path_at`]: which value a reading failure is about, from the position where serde_json
//!   stopped. The parser says where it stopped, not which value it was reading; tracking the
//!   path while decoding would wrap every type's decoder (and double the WebAssembly size), so
//!   only when reading fails is the text walked once up to that position.

use std::collections::HashMap;

use super::fault::FaultKind;
use super::scan::{self, Cursor};
use crate::pointer;
use crate::referentiel::FnvBuild;

/// Line and column (1-based, column in characters).
pub type Position = (u32, u32);

/// Finds, for each target pointer, where its value starts in `text`; a pointer whose value is
/// absent is placed at its nearest present ancestor. `text` must be valid JSON (it has been
/// parsed already); on anything unexpected the walk stops and what was found is returned.
pub(crate) fn locate(text: &str, targets: &[&str]) -> HashMap<String, Position> {
    locate_each(text, targets)
        .into_iter()
        .zip(targets)
        .filter_map(|(pos, t)| pos.map(|p| ((*t).to_string(), p)))
        .collect()
}

/// [`locate`], answering in the order of `targets`.
pub(crate) fn locate_each(text: &str, targets: &[&str]) -> Vec<Option<Position>> {
    // A target's ancestors are its prefixes that end before a '/': borrowed, not built. Each
    // wanted pointer holds where its value starts, once found. The keys are short pointers:
    // FNV rather than SipHash, which was a quarter of the walk.
    let mut wanted: HashMap<&str, Option<usize>, FnvBuild> =
        HashMap::with_capacity_and_hasher(4 * targets.len() + 1, FnvBuild::default());
    wanted.insert("", None);
    for t in targets {
        for k in memchr::memchr_iter(b'/', t.as_bytes()).skip(1) {
            if let Some(prefix) = t.get(..k) {
                wanted.insert(prefix, None);
            }
        }
        wanted.insert(t, None);
    }
    let mut walk = Walk {
        at: Cursor::new(text),
        wanted,
    };
    let mut path = String::new();
    walk.at.skip_ws();
    walk.value(&mut path, 0);
    let offsets: Vec<Option<usize>> = targets
        .iter()
        .map(|t| {
            let mut p: &str = t;
            loop {
                if let Some(&Some(at)) = walk.wanted.get(p) {
                    return Some(at);
                }
                p = p.get(..memchr::memrchr(b'/', p.as_bytes())?)?;
            }
        })
        .collect();
    positions(text.as_bytes(), &offsets)
}

/// Line and column of byte offsets, in one pass over the text up to the last of them.
fn positions(b: &[u8], offsets: &[Option<usize>]) -> Vec<Option<Position>> {
    let mut order: Vec<(usize, usize)> = offsets
        .iter()
        .enumerate()
        .filter_map(|(k, o)| o.map(|o| (o, k)))
        .collect();
    order.sort_unstable();
    let mut out = vec![None; offsets.len()];
    // The column is carried from one offset to the next rather than counted again from the
    // line's start: a document written on one line (as `json.dumps` writes it) would otherwise
    // cost the length of the line for every finding, quadratic in a large portfolio.
    let (mut at, mut line, mut col) = (0usize, 1u32, 1u32);
    for (o, k) in order {
        let seg = b.get(at..o).unwrap_or_default();
        match memchr::memrchr(b'\n', seg) {
            Some(n) => {
                line += scan::newlines(seg);
                col = 1 + scan::chars(seg.get(n + 1..).unwrap_or_default());
            }
            None => col += scan::chars(seg),
        }
        at = o.max(at);
        if let Some(slot) = out.get_mut(k) {
            *slot = Some((line, col));
        }
    }
    out
}

/// The walk of [`locate_each`]: down the wanted pointers, over everything else.
struct Walk<'t, 'p> {
    at: Cursor<'t>,
    /// Every target and ancestor of one, with where its value starts once found.
    wanted: HashMap<&'p str, Option<usize>, FnvBuild>,
}

impl Walk<'_, '_> {
    fn value(&mut self, path: &mut String, depth: usize) -> bool {
        if depth > 256 {
            return false;
        }
        match self.wanted.get_mut(path.as_str()) {
            Some(at) => *at = Some(self.at.i),
            // `wanted` holds every ancestor of a target: nothing inside this value is wanted.
            None => return self.at.skip_value(),
        }
        let close = match self.at.peek() {
            Some(b'{') => b'}',
            Some(b'[') => b']',
            _ => return self.at.skip_value(),
        };
        self.at.bump();
        self.at.skip_ws();
        if self.at.peek() == Some(close) {
            self.at.bump();
            return true;
        }
        let mut k = 0usize;
        loop {
            self.at.skip_ws();
            let len = path.len();
            path.push('/');
            if close == b'}' {
                let Some(key) = self.at.string() else {
                    return false;
                };
                push_token(path, &key);
                self.at.skip_ws();
                if self.at.peek() != Some(b':') {
                    return false;
                }
                self.at.bump();
                self.at.skip_ws();
            } else {
                use std::fmt::Write as _;
                let _ = write!(path, "{k}");
                k += 1;
            }
            let ok = self.value(path, depth + 1);
            path.truncate(len);
            if !ok {
                return false;
            }
            self.at.skip_ws();
            match self.at.peek() {
                Some(b',') => self.at.bump(),
                Some(c) if c == close => {
                    self.at.bump();
                    return true;
                }
                _ => return false,
            }
        }
    }
}

/// Appends an unescaped key to a pointer as one token (`~` → `~0`, `/` → `~1`).
fn push_token(path: &mut String, key: &str) {
    if !key.contains(['~', '/']) {
        path.push_str(key);
        return;
    }
    for ch in key.chars() {
        match ch {
            '~' => path.push_str("~0"),
            '/' => path.push_str("~1"),
            c => path.push(c),
        }
    }
}

/// What a reading failure is about, which decides which token before the position is at fault.
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
    /// What `kind` is about.
    pub(crate) fn of(kind: &FaultKind) -> Culprit {
        match kind {
            FaultKind::UnknownField { field, .. } | FaultKind::DuplicateField(field) => {
                Culprit::Key(field.clone())
            }
            FaultKind::MissingField(_) => Culprit::ClosedObject,
            FaultKind::UnknownVariant { value, .. } => Culprit::Variant(value.clone()),
            FaultKind::Date { .. } => Culprit::Scalar(Scalar::String),
            FaultKind::Type { found, .. } => match *found {
                "string" => Culprit::Scalar(Scalar::String),
                "integer" | "number" => Culprit::Scalar(Scalar::Number),
                "boolean" => Culprit::Scalar(Scalar::Bool),
                "null" => Culprit::Scalar(Scalar::Null),
                "object" | "array" => Culprit::Container,
                _ => Culprit::Unknown,
            },
            FaultKind::NotAWord => Culprit::Container,
            _ => Culprit::Unknown,
        }
    }
}

enum Frame {
    Object { path: String, key: Option<String> },
    Array { path: String, index: usize },
}

/// The JSON Pointer of the culprit of an error that stopped the parser at byte `offset` of
/// `text` (text that is valid JSON up to there).
pub(crate) fn path_at(text: &str, offset: usize, culprit: &Culprit) -> String {
    let end = offset.min(text.len());
    let mut at = Cursor::new(text);
    let mut stack: Vec<Frame> = Vec::new();
    let mut found: Option<String> = None;
    let mut last_value: Option<String> = None;
    while at.i < end {
        let Some(c) = at.peek() else { break };
        match c {
            b' ' | b'\n' | b'\t' | b'\r' | b':' => at.bump(),
            b',' => {
                match stack.last_mut() {
                    Some(Frame::Array { index, .. }) => *index += 1,
                    Some(Frame::Object { key, .. }) => *key = None,
                    None => {}
                }
                at.bump();
            }
            b'{' | b'[' => {
                let path = slot(&stack);
                stack.push(if c == b'{' {
                    Frame::Object { path, key: None }
                } else {
                    Frame::Array { path, index: 0 }
                });
                at.bump();
            }
            b'}' | b']' => {
                at.bump();
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
                let close = scan::string_end(text.as_bytes(), at.i + 1).unwrap_or(text.len());
                if close > end {
                    break;
                }
                let Some(content) = at.string() else { break };
                if matches!(stack.last(), Some(Frame::Object { key: None, .. })) {
                    if let Some(Frame::Object { path, key }) = stack.last_mut() {
                        match culprit {
                            Culprit::Key(name) if **name == *content => {
                                found = Some(pointer::push(path, &content));
                            }
                            Culprit::Variant(name) if **name == *content => {
                                found = Some(path.clone());
                            }
                            _ => {}
                        }
                        *key = Some(content.into_owned());
                    }
                } else {
                    let p = slot(&stack);
                    match culprit {
                        Culprit::Scalar(Scalar::String) => found = Some(p.clone()),
                        Culprit::Variant(name) if **name == *content => found = Some(p.clone()),
                        _ => {}
                    }
                    last_value = Some(p);
                }
            }
            _ => {
                let start = at.i;
                at.skip_scalar();
                if at.i > end {
                    break;
                }
                let kind = match c {
                    b't' | b'f' => Scalar::Bool,
                    b'n' => Scalar::Null,
                    _ => Scalar::Number,
                };
                let p = slot(&stack);
                if *culprit == Culprit::Scalar(kind) && at.i > start {
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

/// The neutral kind of the value starting at `offset` (`integer`, `object`…), as
/// [`super::fault::found_kind`] names serde's description of it.
pub(crate) fn kind_at(text: &str, offset: usize) -> &'static str {
    let rest = text.get(offset..).unwrap_or("");
    let token: &str = rest
        .split([',', '}', ']', ' ', '\n', '\t', '\r'])
        .next()
        .unwrap_or("");
    match rest.as_bytes().first() {
        Some(b'{') => "object",
        Some(b'[') => "array",
        Some(b'n') => "null",
        Some(b't' | b'f') => "boolean",
        Some(b'"') => "string",
        _ if token.contains(['.', 'e', 'E']) => "number",
        _ => "integer",
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

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;

    fn at(text: &str, marker: &str, culprit: Culprit) -> String {
        let offset = text.find(marker).unwrap() + marker.len();
        path_at(text, offset, &culprit)
    }

    #[test]
    fn locates_values_and_ancestors() {
        let text = "{\n  \"a\": [1, {\"b/c\": \"é\", \"d\": true}],\n  \"é\": {}\n}";
        let m = locate(text, &["/a/1/b~1c", "/a/1/d", "/é", "/a/1/missing", ""]);
        assert_eq!(m["/a/1/b~1c"], (2, 20));
        assert_eq!(m["/a/1/d"], (2, 30));
        assert_eq!(m["/é"], (3, 8));
        assert_eq!(m["/a/1/missing"], (2, 12));
        assert_eq!(m[""], (1, 1));
    }

    #[test]
    fn each_target_lands_alone_where_it_lands_among_all() {
        let text = "{\n  \"s\": \"[{\\\"\",\n  \"b\\/c\": [[1, 2], {\"x\": {}}],\n  \"\\u00e9\": {\"y\": [3, {\"z\": null}]},\n  \"~\": 4\n}";
        let targets = [
            "/s",
            "/b~1c/0/1",
            "/b~1c/1/x",
            "/é/y/1/z",
            "/é/y/1/missing",
            "/~0",
            "/b~1c/1",
            "",
        ];
        let all = locate_each(text, &targets);
        assert!(all.iter().all(Option::is_some), "{all:?}");
        for (t, p) in targets.iter().zip(&all) {
            assert_eq!(&locate_each(text, &[t])[0], p, "{t}");
        }
        assert_eq!(all[3], Some((4, 29)));
    }

    #[test]
    fn positions_carry_columns_between_offsets() {
        // Every offset of a text with accents, several lines and one long line, asked all at
        // once (unordered, repeated), lands where counting from the start puts it.
        let text = "{\"é\": [1, 2],\n\"ç\": \"àb\", \"x\": {\"y\": [3,\n\n 4]}}";
        let b = text.as_bytes();
        let offsets: Vec<Option<usize>> = (0..b.len())
            .rev()
            .filter(|&o| text.is_char_boundary(o))
            .chain([0, 5, 5])
            .map(Some)
            .chain([None])
            .collect();
        let got = positions(b, &offsets);
        for (o, p) in offsets.iter().zip(&got) {
            let Some(o) = *o else {
                assert_eq!(*p, None);
                continue;
            };
            let before = &text[..o];
            let line = 1 + before.matches('\n').count() as u32;
            let col = 1 + before.rsplit('\n').next().unwrap().chars().count() as u32;
            assert_eq!(*p, Some((line, col)), "offset {o}");
        }
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
    fn values_are_named_by_their_kind() {
        let t = r#"[12, -1.5, true, null, {"a": 1}, [2], "s"]"#;
        let d = |m: &str| kind_at(t, t.find(m).unwrap());
        assert_eq!(d("12"), "integer");
        assert_eq!(d("-1.5"), "number");
        assert_eq!(d("true"), "boolean");
        assert_eq!(d("null"), "null");
        assert_eq!(d("{"), "object");
        assert_eq!(d("[2"), "array");
        assert_eq!(d("\"s"), "string");
    }

    #[test]
    fn faults_say_what_is_at_fault() {
        assert_eq!(
            Culprit::of(&FaultKind::UnknownField {
                field: "x".into(),
                expected: vec![]
            }),
            Culprit::Key("x".into())
        );
        assert_eq!(
            Culprit::of(&FaultKind::MissingField("x".into())),
            Culprit::ClosedObject
        );
        assert_eq!(
            Culprit::of(&FaultKind::Type {
                found: "object",
                expected: "string"
            }),
            Culprit::Container
        );
        assert_eq!(
            Culprit::of(&FaultKind::Type {
                found: "integer",
                expected: "string"
            }),
            Culprit::Scalar(Scalar::Number)
        );
        assert_eq!(Culprit::of(&FaultKind::Other), Culprit::Unknown);
    }
}
