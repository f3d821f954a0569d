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

/// Longest reference token a report shows, in characters: a longer key (a 5 MB key, say) is
/// cut with `…`, keeping the tokens after it, so the path still tells the structure and the
/// finding's line and column still point at the exact place.
pub const MAX_SHOWN_TOKEN: usize = 64;

/// `pointer` with every token longer than `max` characters cut to `max` and `…`; the pointer
/// itself when no token is that long.
pub fn shorten_tokens(pointer: &str, max: usize) -> std::borrow::Cow<'_, str> {
    if pointer.len() <= max || !pointer.split('/').any(|t| t.chars().nth(max).is_some()) {
        return std::borrow::Cow::Borrowed(pointer);
    }
    let parts: Vec<String> = pointer
        .split('/')
        .map(|t| {
            if t.chars().nth(max).is_none() {
                return t.to_string();
            }
            let mut cut = crate::input::shorten(t, max);
            // Never leave half an escape (`~0`, `~1`) before the ellipsis.
            cut.pop();
            if cut.ends_with('~') {
                cut.pop();
            }
            cut.push('…');
            cut
        })
        .collect();
    std::borrow::Cow::Owned(parts.join("/"))
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

/// Where each bracket of a JSON text closes: built by the limits pre-scan, so that locating
/// diagnostics jumps over a container instead of scanning it.
#[derive(Debug, Default)]
pub struct Brackets {
    /// Byte offsets of the opening brackets, in text order.
    opens: Vec<u32>,
    /// For each opening bracket, the byte offset of its closing bracket.
    closes: Vec<u32>,
    /// Indices in `opens` of the brackets still open.
    stack: Vec<u32>,
}

impl Brackets {
    /// An index for `text`, or none when the text is too large to index in `u32` offsets.
    pub(crate) fn for_text(text: &str) -> Option<Brackets> {
        // About one bracket every 50 bytes in the documents seen so far.
        let guess = (text.len() / 50).min(1 << 16);
        (text.len() < u32::MAX as usize).then(|| Brackets {
            opens: Vec::with_capacity(guess),
            closes: Vec::with_capacity(guess),
            stack: Vec::with_capacity(16),
        })
    }
    /// Records an opening bracket at byte `at`.
    pub(crate) fn open(&mut self, at: usize) {
        self.stack.push(self.opens.len() as u32);
        self.opens.push(at as u32);
        self.closes.push(u32::MAX);
    }
    /// Records a closing bracket at byte `at`.
    pub(crate) fn close(&mut self, at: usize) {
        if let Some(k) = self.stack.pop() {
            if let Some(c) = self.closes.get_mut(k as usize) {
                *c = at as u32;
            }
        }
    }
    /// The closing bracket of the bracket opened at byte `at`, if known.
    fn close_of(&self, at: usize) -> Option<usize> {
        let k = self.opens.binary_search(&(at as u32)).ok()?;
        match self.closes.get(k) {
            Some(&c) if c != u32::MAX => Some(c as usize),
            _ => None,
        }
    }
}

/// Finds, for each target pointer, where its value starts in `text`; a pointer whose value is
/// absent is placed at its nearest present ancestor. `text` must be valid JSON (it has been
/// parsed already); on anything unexpected the scan stops and what was found is returned.
pub fn locate(text: &str, targets: &[&str]) -> HashMap<String, Position> {
    locate_each(text, targets, None)
        .into_iter()
        .zip(targets)
        .filter_map(|(pos, t)| pos.map(|p| ((*t).to_string(), p)))
        .collect()
}

/// [`locate`], answering in the order of `targets`, and jumping over containers with `index`
/// when the pre-scan built one.
pub(crate) fn locate_each(
    text: &str,
    targets: &[&str],
    index: Option<&Brackets>,
) -> Vec<Option<Position>> {
    // A target's ancestors are its prefixes that end before a '/': borrowed, not built.
    let mut wanted: HashSet<&str> = HashSet::new();
    for t in targets {
        wanted.insert("");
        for (k, _) in t.match_indices('/').skip(1) {
            if let Some(prefix) = t.get(..k) {
                wanted.insert(prefix);
            }
        }
        wanted.insert(t);
    }
    let mut sc = Scanner {
        text,
        b: text.as_bytes(),
        i: 0,
        found: HashMap::new(),
        wanted,
        index,
    };
    let mut path = String::new();
    sc.skip_ws();
    sc.value(&mut path, 0);
    let offsets: Vec<Option<usize>> = targets
        .iter()
        .map(|t| {
            let mut p: &str = t;
            loop {
                if let Some(&at) = sc.found.get(p) {
                    return Some(at);
                }
                p = p.get(..p.rfind('/')?)?;
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
    let chars = |s: &[u8]| s.iter().filter(|&&c| c & 0xC0 != 0x80).count() as u32;
    // The column is carried from one offset to the next rather than counted again from the
    // line's start: a document written on one line (as `json.dumps` writes it) would otherwise
    // cost the length of the line for every finding, quadratic in a large portfolio.
    let (mut at, mut line, mut col) = (0usize, 1u32, 1u32);
    for (o, k) in order {
        let seg = b.get(at..o).unwrap_or_default();
        match memchr::memrchr(b'\n', seg) {
            Some(n) => {
                line += newlines(seg);
                col = 1 + chars(seg.get(n + 1..).unwrap_or_default());
            }
            None => col += chars(seg),
        }
        at = o.max(at);
        if let Some(slot) = out.get_mut(k) {
            *slot = Some((line, col));
        }
    }
    out
}

/// One bit (the high one) for each byte of `w` equal to `c`; exact, as no carry crosses a byte.
pub(crate) fn bytes_equal(w: u64, c: u8) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    let t = w ^ (ONES * u64::from(c));
    // A byte's high bit ends up set exactly when the byte of `t` is not zero.
    !(((t & LOW7) + LOW7) | t) & !LOW7
}

/// The eight bytes of `b` from `i` as one little-endian word, if there are eight.
pub(crate) fn word_at(b: &[u8], i: usize) -> Option<u64> {
    let chunk: [u8; 8] = b.get(i..i.checked_add(8)?)?.try_into().ok()?;
    Some(u64::from_le_bytes(chunk))
}

/// The number of `\n` in `s`, eight bytes at a time.
fn newlines(s: &[u8]) -> u32 {
    let mut n = 0u32;
    let mut i = 0;
    while let Some(w) = word_at(s, i) {
        n += bytes_equal(w, b'\n').count_ones();
        i += 8;
    }
    n + s
        .get(i..)
        .unwrap_or_default()
        .iter()
        .filter(|&&c| c == b'\n')
        .count() as u32
}

struct Scanner<'t, 'i> {
    text: &'t str,
    b: &'t [u8],
    i: usize,
    found: HashMap<&'t str, usize>,
    wanted: HashSet<&'t str>,
    index: Option<&'i Brackets>,
}

impl<'t> Scanner<'t, '_> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }
    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }
    fn value(&mut self, path: &mut String, depth: usize) -> bool {
        if depth > 256 {
            return false;
        }
        match self.wanted.get(path.as_str()) {
            Some(&p) => {
                self.found.insert(p, self.i);
            }
            // `wanted` holds every ancestor of a target: nothing inside this value is wanted.
            None => return self.skip_value(),
        }
        match self.peek() {
            Some(b'{') => {
                self.i += 1;
                self.skip_ws();
                if self.peek() == Some(b'}') {
                    self.i += 1;
                    return true;
                }
                loop {
                    self.skip_ws();
                    let len = path.len();
                    path.push('/');
                    if !self.key(path) {
                        return false;
                    }
                    self.skip_ws();
                    if self.peek() != Some(b':') {
                        return false;
                    }
                    self.i += 1;
                    self.skip_ws();
                    let ok = self.value(path, depth + 1);
                    path.truncate(len);
                    if !ok {
                        return false;
                    }
                    self.skip_ws();
                    match self.peek() {
                        Some(b',') => self.i += 1,
                        Some(b'}') => {
                            self.i += 1;
                            return true;
                        }
                        _ => return false,
                    }
                }
            }
            Some(b'[') => {
                self.i += 1;
                self.skip_ws();
                if self.peek() == Some(b']') {
                    self.i += 1;
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
                        Some(b',') => self.i += 1,
                        Some(b']') => {
                            self.i += 1;
                            return true;
                        }
                        _ => return false,
                    }
                }
            }
            Some(_) => self.skip_value(),
            None => false,
        }
    }

    /// Skips one value: a container by the pre-scan's index when there is one, else by
    /// bracket matching alone; most of a document is never a diagnostic's target.
    fn skip_value(&mut self) -> bool {
        let b = self.b;
        let mut i = self.i;
        if let (Some(b'{' | b'['), Some(index)) = (b.get(i), self.index) {
            if let Some(close) = index.close_of(i) {
                self.i = close + 1;
                return true;
            }
        }
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
        self.i = i;
        true
    }

    /// Reads a key and appends it to `path` as a pointer token.
    fn key(&mut self, path: &mut String) -> bool {
        if self.peek() != Some(b'"') {
            return false;
        }
        let Some(end) = string_end(self.b, self.i + 1) else {
            return false;
        };
        // Quotes are on character boundaries: the literal is a slice of the text.
        let Some(literal) = self.text.get(self.i..end) else {
            return false;
        };
        let raw = literal.get(1..literal.len() - 1).unwrap_or_default();
        if memchr::memchr(b'\\', raw.as_bytes()).is_none() {
            push_token(path, raw);
        } else {
            match serde_json::from_str::<String>(literal) {
                Ok(key) => push_token(path, &key),
                Err(_) => return false,
            }
        }
        self.i = end;
        true
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
    fn the_bracket_index_changes_no_position() {
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
        let mut index = Brackets::for_text(text);
        assert!(crate::structure::prescan_ok(
            text,
            &crate::structure::Limits::default(),
            &mut index
        ));
        let plain = locate_each(text, &targets, None);
        let indexed = locate_each(text, &targets, index.as_ref());
        assert_eq!(plain, indexed);
        assert!(plain.iter().all(Option::is_some), "{plain:?}");
        // Alone, each target lands where it lands among all.
        for (t, p) in targets.iter().zip(&plain) {
            assert_eq!(&locate_each(text, &[t], index.as_ref())[0], p, "{t}");
        }
        assert_eq!(plain[3], Some((4, 29)));
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
    fn counts_newlines_eight_bytes_at_a_time() {
        let text = b"a\nb\n\n\xc3\xa9\n\x0b\x8a\n\x0a0123456789\n\n\x8e\x0e";
        for start in 0..text.len() {
            for end in start..=text.len() {
                let s = &text[start..end];
                let plain = s.iter().filter(|&&c| c == b'\n').count() as u32;
                assert_eq!(newlines(s), plain, "{start}..{end}");
            }
        }
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
