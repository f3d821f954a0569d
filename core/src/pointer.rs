//! RFC 6901 JSON Pointers: building, ordering, and finding where a pointer's value starts in the
//! JSON text (line and column), so that every diagnostic of a text validation is located.

use std::cmp::Ordering;
use std::collections::{HashMap, HashSet};

/// Escapes one reference token (`~` → `~0`, `/` → `~1`).
pub fn escape(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

/// Appends a token to a pointer.
pub fn push(base: &str, token: &str) -> String {
    format!("{base}/{}", escape(token))
}

/// Appends an array index to a pointer.
pub fn push_index(base: &str, i: usize) -> String {
    format!("{base}/{i}")
}

/// Splits a pointer into unescaped tokens.
pub fn tokens(pointer: &str) -> Vec<String> {
    if pointer.is_empty() {
        return Vec::new();
    }
    pointer
        .split('/')
        .skip(1)
        .map(|t| t.replace("~1", "/").replace("~0", "~"))
        .collect()
}

/// Orders pointers token by token, numbers numerically (`/a/2` before `/a/10`).
pub fn compare(a: &str, b: &str) -> Ordering {
    // The tokens before the first differing byte are equal: start at the token holding it,
    // which spares parsing the shared prefix (a report sorts a million pointers).
    let common = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
    if common == a.len() && common == b.len() {
        return Ordering::Equal;
    }
    let start = a
        .as_bytes()
        .get(..common)
        .and_then(|p| p.iter().rposition(|c| *c == b'/'))
        .map_or(0, |i| i + 1);
    match (a.get(start..), b.get(start..)) {
        (Some(x), Some(y)) => compare_tokens(x, y),
        _ => compare_tokens(a, b),
    }
}

fn compare_tokens(a: &str, b: &str) -> Ordering {
    let mut ia = a.split('/');
    let mut ib = b.split('/');
    loop {
        match (ia.next(), ib.next()) {
            (None, None) => return Ordering::Equal,
            (None, Some(_)) => return Ordering::Less,
            (Some(_), None) => return Ordering::Greater,
            (Some(x), Some(y)) => {
                let o = match (x.parse::<u64>(), y.parse::<u64>()) {
                    (Ok(m), Ok(n)) => m.cmp(&n),
                    (Ok(_), Err(_)) => Ordering::Less,
                    (Err(_), Ok(_)) => Ordering::Greater,
                    _ => x.cmp(y),
                };
                if o != Ordering::Equal {
                    return o;
                }
            }
        }
    }
}

/// Line and column (1-based, column in characters).
pub type Position = (u32, u32);

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

/// Finds, for each target pointer, where its value starts in `text`; a pointer whose value is
/// absent is placed at its nearest present ancestor. `text` must be valid JSON (it has been
/// parsed already); on anything unexpected the scan stops and what was found is returned.
pub fn locate(text: &str, targets: &[&str]) -> HashMap<String, Position> {
    let mut wanted: HashSet<String> = HashSet::new();
    for t in targets {
        let mut p = String::new();
        wanted.insert(String::new());
        for tok in tokens(t) {
            p = push(&p, &tok);
            wanted.insert(p.clone());
        }
    }
    let mut sc = Scanner {
        b: text.as_bytes(),
        i: 0,
        line: 1,
        col: 1,
        found: HashMap::new(),
        wanted,
    };
    let mut path = String::new();
    sc.skip_ws();
    sc.value(&mut path, 0);
    let mut out = HashMap::new();
    for t in targets {
        let mut p = (*t).to_string();
        loop {
            if let Some(pos) = sc.found.get(&p) {
                out.insert((*t).to_string(), *pos);
                break;
            }
            match p.rfind('/') {
                Some(k) => p.truncate(k),
                None => break,
            }
        }
    }
    out
}

struct Scanner<'a> {
    b: &'a [u8],
    i: usize,
    line: u32,
    col: u32,
    found: HashMap<String, Position>,
    wanted: HashSet<String>,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }
    fn bump(&mut self) {
        if let Some(c) = self.peek() {
            self.i += 1;
            if c == b'\n' {
                self.line += 1;
                self.col = 1;
            } else if c & 0xC0 != 0x80 {
                self.col += 1;
            }
        }
    }
    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.bump();
        }
    }
    fn value(&mut self, path: &mut String, depth: usize) -> bool {
        if depth > 256 {
            return false;
        }
        if self.wanted.contains(path.as_str()) {
            self.found.insert(path.clone(), (self.line, self.col));
        } else {
            // `wanted` holds every ancestor of a target: nothing inside this value is wanted.
            return self.skip_value();
        }
        match self.peek() {
            Some(b'{') => {
                self.bump();
                self.skip_ws();
                if self.peek() == Some(b'}') {
                    self.bump();
                    return true;
                }
                loop {
                    self.skip_ws();
                    let Some(key) = self.string() else {
                        return false;
                    };
                    self.skip_ws();
                    if self.peek() != Some(b':') {
                        return false;
                    }
                    self.bump();
                    self.skip_ws();
                    let len = path.len();
                    path.push('/');
                    for ch in key.chars() {
                        match ch {
                            '~' => path.push_str("~0"),
                            '/' => path.push_str("~1"),
                            c => path.push(c),
                        }
                    }
                    let ok = self.value(path, depth + 1);
                    path.truncate(len);
                    if !ok {
                        return false;
                    }
                    self.skip_ws();
                    match self.peek() {
                        Some(b',') => self.bump(),
                        Some(b'}') => {
                            self.bump();
                            return true;
                        }
                        _ => return false,
                    }
                }
            }
            Some(b'[') => {
                self.bump();
                self.skip_ws();
                if self.peek() == Some(b']') {
                    self.bump();
                    return true;
                }
                let mut k = 0usize;
                loop {
                    self.skip_ws();
                    let len = path.len();
                    path.push('/');
                    {
                        use std::fmt::Write as _;
                        let _ = write!(path, "{k}");
                    }
                    let ok = self.value(path, depth + 1);
                    path.truncate(len);
                    if !ok {
                        return false;
                    }
                    k += 1;
                    self.skip_ws();
                    match self.peek() {
                        Some(b',') => self.bump(),
                        Some(b']') => {
                            self.bump();
                            return true;
                        }
                        _ => return false,
                    }
                }
            }
            Some(b'"') => self.skip_string(),
            Some(_) => {
                while matches!(self.peek(), Some(c) if !matches!(c, b',' | b']' | b'}' | b' ' | b'\t' | b'\n' | b'\r'))
                {
                    self.bump();
                }
                true
            }
            None => false,
        }
    }
    /// Skips one value by bracket matching alone (no path, no position), then catches the line
    /// and column up: most of a document is never a diagnostic's target.
    fn skip_value(&mut self) -> bool {
        let b = self.b;
        let mut i = self.i;
        let mut depth = 0usize;
        loop {
            let Some(&c) = b.get(i) else {
                return false;
            };
            match c {
                b'"' => {
                    let Some(end) = string_end(b, i + 1) else {
                        return false;
                    };
                    i = end;
                    if depth == 0 {
                        break;
                    }
                }
                b'{' | b'[' => {
                    depth += 1;
                    i += 1;
                }
                b'}' | b']' => {
                    if depth == 0 {
                        break;
                    }
                    depth -= 1;
                    i += 1;
                    if depth == 0 {
                        break;
                    }
                }
                b',' | b' ' | b'\t' | b'\n' | b'\r' if depth == 0 => break,
                _ => i += 1,
            }
        }
        self.advance_to(i);
        true
    }

    /// Moves to byte `end`, counting lines and columns as [`Self::bump`] does.
    fn advance_to(&mut self, end: usize) {
        let end = end.min(self.b.len());
        let seg = self.b.get(self.i..end).unwrap_or_default();
        let chars = |s: &[u8]| s.iter().filter(|&&c| c & 0xC0 != 0x80).count() as u32;
        match seg.iter().rposition(|&c| c == b'\n') {
            Some(k) => {
                self.line += seg.iter().filter(|&&c| c == b'\n').count() as u32;
                self.col = 1 + chars(seg.get(k + 1..).unwrap_or_default());
            }
            None => self.col += chars(seg),
        }
        self.i = end;
    }

    /// Skips a string literal without keeping it.
    fn skip_string(&mut self) -> bool {
        self.bump();
        loop {
            match self.peek() {
                None => return false,
                Some(b'"') => {
                    self.bump();
                    return true;
                }
                Some(b'\\') => {
                    self.bump();
                    self.bump();
                }
                Some(_) => self.bump(),
            }
        }
    }

    /// Reads a string literal, unescaping it.
    fn string(&mut self) -> Option<String> {
        if self.peek() != Some(b'"') {
            return None;
        }
        self.bump();
        let mut out: Vec<u8> = Vec::new();
        loop {
            let c = self.peek()?;
            self.bump();
            match c {
                b'"' => return String::from_utf8(out).ok(),
                b'\\' => {
                    let e = self.peek()?;
                    self.bump();
                    match e {
                        b'n' => out.push(b'\n'),
                        b't' => out.push(b'\t'),
                        b'r' => out.push(b'\r'),
                        b'b' => out.push(8),
                        b'f' => out.push(12),
                        b'u' => {
                            let mut cp = self.hex4()?;
                            if (0xD800..0xDC00).contains(&cp) && self.peek() == Some(b'\\') {
                                self.bump();
                                self.bump();
                                let lo = self.hex4()?;
                                cp = 0x10000
                                    + ((cp - 0xD800) << 10)
                                    + (lo.wrapping_sub(0xDC00) & 0x3FF);
                            }
                            let ch = char::from_u32(cp).unwrap_or('\u{FFFD}');
                            let mut buf = [0u8; 4];
                            out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                        }
                        other => out.push(other),
                    }
                }
                other => out.push(other),
            }
        }
    }
    fn hex4(&mut self) -> Option<u32> {
        let mut v = 0u32;
        for _ in 0..4 {
            let c = self.peek()?;
            self.bump();
            v = v * 16 + char::from(c).to_digit(16)?;
        }
        Some(v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn orders_numerically() {
        assert_eq!(compare("/a/2", "/a/10"), Ordering::Less);
        assert_eq!(compare("", "/a"), Ordering::Less);
        assert_eq!(compare("/b", "/a/1"), Ordering::Greater);
    }

    #[test]
    fn skipping_the_shared_prefix_keeps_the_token_order() {
        let ptrs = [
            "",
            "/",
            "/a",
            "/a/",
            "/a/1",
            "/a/01",
            "/a/10",
            "/a/2",
            "/a/2/x",
            "/a/b",
            "/a/+3",
            "/a/3",
            "/ab",
            "/a/1x",
            "/documents/12/perimetre/0/code",
            "/documents/120",
            "/documents/12/perimetre/10",
            "/documents/9/perimetre/0/code",
        ];
        for a in ptrs {
            for b in ptrs {
                assert_eq!(compare(a, b), compare_tokens(a, b), "{a} vs {b}");
            }
        }
    }
}
