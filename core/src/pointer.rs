//! RFC 6901 JSON Pointers: building, ordering and shortening them. Where a pointer's value
//! starts in a text is [`crate::read::locate`]'s.

use std::cmp::Ordering;

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_is_cut_and_the_rest_kept() {
        let long = "k".repeat(1000);
        let p = format!("/a/{long}/0/b");
        let s = shorten_tokens(&p, MAX_SHOWN_TOKEN);
        assert_eq!(s, format!("/a/{}…/0/b", "k".repeat(MAX_SHOWN_TOKEN)));
        assert_eq!(shorten_tokens("/a/0/b", MAX_SHOWN_TOKEN), "/a/0/b");
        // Never half an escape before the ellipsis.
        let tilde = format!("/{}~1{}", "x".repeat(MAX_SHOWN_TOKEN - 3), "y".repeat(100));
        let s = shorten_tokens(&tilde, MAX_SHOWN_TOKEN);
        assert!(!s.contains("~…"), "{s}");
        // Characters, not bytes.
        let accents = format!("/{}", "é".repeat(MAX_SHOWN_TOKEN + 1));
        assert_eq!(
            shorten_tokens(&accents, MAX_SHOWN_TOKEN).chars().count(),
            1 + MAX_SHOWN_TOKEN + 1
        );
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
