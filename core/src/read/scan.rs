//! The byte scanner: the one place that knows how JSON is laid out in bytes. The walks that
//! place a finding in the text ([`super::locate`]) move through it with a [`Cursor`]; the text
//! has been read by the parser already, so it is valid JSON up to where a walk stops, and a walk
//! that meets anything else stops there.

use std::borrow::Cow;

/// A position in JSON text, moved over whitespace, strings and whole values.
pub(crate) struct Cursor<'t> {
    text: &'t str,
    b: &'t [u8],
    /// Byte offset of the next byte to read.
    pub(crate) i: usize,
}

impl<'t> Cursor<'t> {
    /// A cursor at the start of `text`.
    pub(crate) fn new(text: &'t str) -> Cursor<'t> {
        Cursor {
            text,
            b: text.as_bytes(),
            i: 0,
        }
    }

    /// The byte at the cursor.
    pub(crate) fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }

    /// Moves past the byte at the cursor.
    pub(crate) fn bump(&mut self) {
        self.i += 1;
    }

    /// Moves past whitespace.
    pub(crate) fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    /// Reads the string literal at the cursor and returns its content, borrowed when it has no
    /// escape; `None` (the cursor unmoved) when there is no whole literal there.
    pub(crate) fn string(&mut self) -> Option<Cow<'t, str>> {
        if self.peek() != Some(b'"') {
            return None;
        }
        let end = string_end(self.b, self.i + 1)?;
        // Quotes are on character boundaries: the literal is a slice of the text.
        let literal = self.text.get(self.i..end)?;
        let raw = literal.get(1..literal.len() - 1)?;
        let content = if memchr::memchr(b'\\', raw.as_bytes()).is_none() {
            Cow::Borrowed(raw)
        } else {
            Cow::Owned(serde_json::from_str::<String>(literal).ok()?)
        };
        self.i = end;
        Some(content)
    }

    /// Moves past the value at the cursor: a string, a container (to its matching bracket) or
    /// a scalar. `false` when the text ends first.
    pub(crate) fn skip_value(&mut self) -> bool {
        match self.peek() {
            Some(b'"') => match string_end(self.b, self.i + 1) {
                Some(end) => {
                    self.i = end;
                    true
                }
                None => false,
            },
            Some(b'{' | b'[') => match container_end(self.b, self.i) {
                Some(end) => {
                    self.i = end;
                    true
                }
                None => false,
            },
            Some(_) => {
                self.skip_scalar();
                true
            }
            None => false,
        }
    }

    /// Moves past a number or a literal (`true`, `false`, `null`), to the next delimiter.
    pub(crate) fn skip_scalar(&mut self) {
        while let Some(c) = self.peek() {
            if matches!(c, b',' | b'}' | b']' | b' ' | b'\n' | b'\t' | b'\r' | b':') {
                break;
            }
            self.i += 1;
        }
    }
}

/// The index just past the closing quote of the string literal whose content starts at `i`.
pub(crate) fn string_end(b: &[u8], mut i: usize) -> Option<usize> {
    loop {
        i += memchr::memchr2(b'"', b'\\', b.get(i..)?)?;
        if b.get(i) == Some(&b'\\') {
            i += 2;
        } else {
            return Some(i + 1);
        }
    }
}

/// The index just past the bracket that closes the container opening at `i`.
fn container_end(b: &[u8], mut i: usize) -> Option<usize> {
    let mut depth = 0usize;
    loop {
        let j = next_bracket_or_quote(b, i)?;
        match b.get(j)? {
            b'"' => i = string_end(b, j + 1)?,
            b'{' | b'[' => {
                depth += 1;
                i = j + 1;
            }
            _ => {
                depth = depth.checked_sub(1)?;
                i = j + 1;
                if depth == 0 {
                    return Some(i);
                }
            }
        }
    }
}

/// The first byte from `i` on that opens or closes a container or starts a string, eight bytes
/// at a time. Written by hand because `memchr` looks for three bytes at most and this needs five;
/// a byte loop made skipping the containers no finding points into a third of locating's cost.
fn next_bracket_or_quote(b: &[u8], mut i: usize) -> Option<usize> {
    while let Some(w) = word_at(b, i) {
        // `[` and `{` differ only by 0x20, as do `]` and `}`; no other byte folds onto them.
        let folded = w | 0x2020_2020_2020_2020;
        let m = bytes_equal(w, b'"') | bytes_equal(folded, b'{') | bytes_equal(folded, b'}');
        if m != 0 {
            return Some(i + (m.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    while let Some(&c) = b.get(i) {
        if matches!(c, b'"' | b'[' | b']' | b'{' | b'}') {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// One bit (the high one) for each byte of `w` equal to `c`; exact, as no carry crosses a byte.
fn bytes_equal(w: u64, c: u8) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    let t = w ^ (ONES * u64::from(c));
    // A byte's high bit ends up set exactly when the byte of `t` is not zero.
    !(((t & LOW7) + LOW7) | t) & !LOW7
}

/// The eight bytes of `b` from `i` as one little-endian word, if there are eight.
fn word_at(b: &[u8], i: usize) -> Option<u64> {
    let chunk: [u8; 8] = b.get(i..i.checked_add(8)?)?.try_into().ok()?;
    Some(u64::from_le_bytes(chunk))
}

/// The number of `\n` in `s`.
pub(crate) fn newlines(s: &[u8]) -> u32 {
    u32::try_from(memchr::memchr_iter(b'\n', s).count()).unwrap_or(u32::MAX)
}

/// The number of characters in `s` (UTF-8 bytes that do not continue a character).
pub(crate) fn chars(s: &[u8]) -> u32 {
    u32::try_from(s.iter().filter(|&&c| c & 0xC0 != 0x80).count()).unwrap_or(u32::MAX)
}

/// Byte offset of a serde_json position (1-based line, column = bytes before it on its line).
pub(crate) fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let start = match line.checked_sub(2) {
        None => 0,
        Some(k) => match memchr::memchr_iter(b'\n', text.as_bytes()).nth(k) {
            Some(n) => n + 1,
            None => 0,
        },
    };
    (start + column).min(text.len())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;

    #[test]
    fn finds_brackets_and_quotes_as_a_byte_loop_would() {
        let text = "{\"a\": [1, 2.5e3, true],\n  \"é\\\"[\": {\"b\": null}, \"c\": [[], {}]}\t {[}] ;:'!\u{7b}\u{5d}\u{1F600},";
        let b = text.as_bytes();
        for i in 0..=b.len() {
            let plain = (i..b.len()).find(|&k| matches!(b[k], b'"' | b'[' | b']' | b'{' | b'}'));
            assert_eq!(next_bracket_or_quote(b, i), plain, "from {i}");
        }
        // Every byte value, at every place in a word.
        for c in 0..=255u8 {
            for at in 0..9 {
                let mut v = vec![b' '; 9];
                v[at] = c;
                let want = matches!(c, b'"' | b'[' | b']' | b'{' | b'}').then_some(at);
                assert_eq!(next_bracket_or_quote(&v, 0), want, "byte {c} at {at}");
            }
        }
    }

    #[test]
    fn skips_whole_values() {
        let text = r#"{"a": [1, "]\"}", {"b": [[]]}], "c": -1.5e3 , "d": "x\\"}"#;
        let mut c = Cursor::new(text);
        assert!(c.skip_value());
        assert_eq!(c.i, text.len());
        let at = |m: &str| text.find(m).unwrap();
        let mut c = Cursor::new(text);
        c.i = at("[1");
        assert!(c.skip_value());
        assert_eq!(&text[c.i..c.i + 1], ",");
        c.i = at("-1.5");
        c.skip_scalar();
        assert_eq!(&text[c.i..c.i + 2], " ,");
        c.i = at("\"x");
        assert_eq!(c.string().unwrap(), "x\\");
        assert_eq!(&text[c.i..], "}");
        // Unfinished values are not skipped.
        for bad in [r#"{"a": [1"#, r#""abc"#, ""] {
            assert!(!Cursor::new(bad).skip_value(), "{bad}");
        }
    }

    #[test]
    fn counts_lines_and_characters() {
        let text = b"a\nb\n\n\xc3\xa9\n\x0b\x8a\n\x0a0123456789\n\n\x8e\x0e";
        for start in 0..text.len() {
            for end in start..=text.len() {
                let s = &text[start..end];
                let plain = s.iter().filter(|&&c| c == b'\n').count() as u32;
                assert_eq!(newlines(s), plain, "{start}..{end}");
            }
        }
        assert_eq!(chars("été".as_bytes()), 3);
    }

    #[test]
    fn positions_become_offsets() {
        let t = "{\n  \"a\": 1,\n  \"b\": 2\n}";
        assert_eq!(offset_of(t, 3, 2), t.find("\"b").unwrap());
        assert_eq!(offset_of(t, 2, 0), t.find("  \"a").unwrap());
        assert_eq!(offset_of(t, 1, 0), 0);
        assert_eq!(offset_of(t, 99, 99), t.len());
    }
}
