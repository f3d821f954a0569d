//! Reading inputs within bounds: files and streams stop at the limit (a `/dev/zero` or an
//! endless pipe costs `limit` bytes, not all the memory), and text must be UTF-8. Every failure
//! is a [`ReadFailure`] that the engine turns into a report (`DOC-009`, `DOC-011`) and the
//! loaders into a located error.

use std::io::Read;
use std::path::Path;

use serde_json::Value;

use crate::report::Locale;

/// Why an input could not be read as text.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ReadFailure {
    /// No such file.
    NotFound,
    /// A directory where a file was expected.
    Directory,
    /// The file cannot be opened for want of rights.
    Denied,
    /// Larger than the limit; `size` when known (a file's), `None` for a stream cut short.
    TooLarge {
        /// Size in bytes, when known.
        size: Option<u64>,
        /// The limit, in bytes.
        limit: usize,
    },
    /// Not UTF-8: the first bad byte is at this line and column (1-based, in characters).
    NotUtf8 {
        /// Line of the first byte that is not UTF-8.
        line: u32,
        /// Column (characters) of that byte.
        column: u32,
    },
    /// UTF-16 text (a byte order mark, or NUL bytes between ASCII characters).
    Utf16,
    /// Any other input/output failure, by its kind (`interrupted`, `other`…).
    Io(String),
    /// A value nested deeper than its front can convert (Python's recursion limit).
    TooDeep,
    /// A number that JSON cannot write (`NaN`, `Infinity`).
    NotFinite,
    /// A value that contains itself.
    Cycle,
    /// `undefined` (JavaScript), which JSON cannot write.
    Undefined,
    /// A text with a lone surrogate (half a UTF-16 pair), which UTF-8 cannot write.
    LoneSurrogate,
    /// A value of a type JSON has no word for (a Python object, a JavaScript function…).
    UnsupportedType,
}

impl ReadFailure {
    /// A stable machine code: `not_found`, `directory`, `denied`, `too_large`, `not_utf8`,
    /// `utf16` or `io`.
    pub fn code(&self) -> &'static str {
        match self {
            ReadFailure::NotFound => "not_found",
            ReadFailure::Directory => "directory",
            ReadFailure::Denied => "denied",
            ReadFailure::TooLarge { .. } => "too_large",
            ReadFailure::NotUtf8 { .. } => "not_utf8",
            ReadFailure::Utf16 => "utf16",
            ReadFailure::Io(_) => "io",
            ReadFailure::TooDeep => "too_deep",
            ReadFailure::NotFinite => "not_finite",
            ReadFailure::Cycle => "cycle",
            ReadFailure::Undefined => "undefined",
            ReadFailure::LoneSurrogate => "lone_surrogate",
            ReadFailure::UnsupportedType => "unsupported_type",
        }
    }

    /// The failure of a value a front could not convert, by its [`Self::code`]: the bindings
    /// name what went wrong, the core words it. `None` for codes of other failures.
    pub fn of_value_code(code: &str) -> Option<ReadFailure> {
        Some(match code {
            "too_deep" => ReadFailure::TooDeep,
            "not_finite" => ReadFailure::NotFinite,
            "cycle" => ReadFailure::Cycle,
            "undefined" => ReadFailure::Undefined,
            "lone_surrogate" => ReadFailure::LoneSurrogate,
            "unsupported_type" => ReadFailure::UnsupportedType,
            "not_utf8" => ReadFailure::NotUtf8 { line: 1, column: 1 },
            "utf16" => ReadFailure::Utf16,
            _ => return None,
        })
    }

    /// Plain words for the failure.
    pub fn describe(&self, locale: Locale) -> String {
        let fr = locale == Locale::Fr;
        match self {
            ReadFailure::NotFound => if fr {
                "fichier introuvable"
            } else {
                "file not found"
            }
            .into(),
            ReadFailure::Directory => if fr {
                "c'est un dossier, pas un fichier"
            } else {
                "this is a directory, not a file"
            }
            .into(),
            ReadFailure::Denied => if fr {
                "accès refusé"
            } else {
                "permission denied"
            }
            .into(),
            ReadFailure::TooLarge { size, limit } => match (size, fr) {
                (Some(s), true) => format!("{s} octets, au-delà de la limite de {limit} octets"),
                (Some(s), false) => format!("{s} bytes, above the limit of {limit} bytes"),
                (None, true) => format!("plus de {limit} octets (limite)"),
                (None, false) => format!("more than {limit} bytes (limit)"),
            },
            ReadFailure::NotUtf8 { line, column } => {
                if fr {
                    format!("le texte n'est pas en UTF-8 (ligne {line}, colonne {column})")
                } else {
                    format!("the text is not UTF-8 (line {line}, column {column})")
                }
            }
            ReadFailure::Utf16 => if fr {
                "le texte est en UTF-16 ; enregistrez-le en UTF-8"
            } else {
                "the text is UTF-16; save it as UTF-8"
            }
            .into(),
            ReadFailure::Io(kind) => {
                if fr {
                    format!("erreur d'entrée-sortie ({kind})")
                } else {
                    format!("input/output error ({kind})")
                }
            }
            ReadFailure::TooDeep => if fr {
                "valeur trop profondément imbriquée pour être convertie"
            } else {
                "value nested too deep to be converted"
            }
            .into(),
            ReadFailure::NotFinite => if fr {
                "nombre non fini (NaN ou infini), que JSON ne sait pas écrire"
            } else {
                "non-finite number (NaN or infinity), which JSON cannot write"
            }
            .into(),
            ReadFailure::Cycle => if fr {
                "valeur qui se contient elle-même (référence circulaire)"
            } else {
                "value that contains itself (circular reference)"
            }
            .into(),
            ReadFailure::Undefined => if fr {
                "valeur undefined, que JSON ne sait pas écrire"
            } else {
                "undefined value, which JSON cannot write"
            }
            .into(),
            ReadFailure::LoneSurrogate => if fr {
                "texte contenant un demi-caractère UTF-16 isolé (surrogate)"
            } else {
                "text holding a lone UTF-16 surrogate"
            }
            .into(),
            ReadFailure::UnsupportedType => if fr {
                "valeur d'un type que JSON ne connaît pas"
            } else {
                "value of a type JSON has no word for"
            }
            .into(),
        }
    }

    fn of_io(e: &std::io::Error) -> ReadFailure {
        use std::io::ErrorKind as K;
        match e.kind() {
            K::NotFound => ReadFailure::NotFound,
            K::PermissionDenied => ReadFailure::Denied,
            K::IsADirectory => ReadFailure::Directory,
            k => ReadFailure::Io(format!("{k:?}")),
        }
    }
}

/// Reads at most `limit` bytes of `r`: one byte more and the read stops with
/// [`ReadFailure::TooLarge`], having held no more than `limit + 1` bytes.
pub fn read_bounded<R: Read>(r: R, limit: usize) -> Result<Vec<u8>, ReadFailure> {
    let mut buf = Vec::new();
    let cap = u64::try_from(limit).unwrap_or(u64::MAX).saturating_add(1);
    r.take(cap)
        .read_to_end(&mut buf)
        .map_err(|e| ReadFailure::of_io(&e))?;
    if buf.len() > limit {
        return Err(ReadFailure::TooLarge { size: None, limit });
    }
    Ok(buf)
}

/// Reads the file at `path`, at most `limit` bytes (its size is checked before reading, and
/// the read stops at the limit should the file be a device or grow meanwhile).
pub fn read_path(path: &Path, limit: usize) -> Result<Vec<u8>, ReadFailure> {
    let meta = std::fs::metadata(path).map_err(|e| ReadFailure::of_io(&e))?;
    if meta.is_dir() {
        return Err(ReadFailure::Directory);
    }
    if meta.len() > u64::try_from(limit).unwrap_or(u64::MAX) {
        return Err(ReadFailure::TooLarge {
            size: Some(meta.len()),
            limit,
        });
    }
    let f = std::fs::File::open(path).map_err(|e| ReadFailure::of_io(&e))?;
    read_bounded(f, limit)
}

/// `bytes` as UTF-8 text; UTF-16 is recognised and named, other encodings give the position
/// of the first byte that is not UTF-8.
pub fn text(bytes: &[u8]) -> Result<&str, ReadFailure> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) || looks_utf16(bytes) {
        return Err(ReadFailure::Utf16);
    }
    std::str::from_utf8(bytes).map_err(|e| {
        let before = bytes.get(..e.valid_up_to()).unwrap_or_default();
        let line_start = before
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let column = std::str::from_utf8(before.get(line_start..).unwrap_or_default())
            .map_or(0, |s| s.chars().count())
            + 1;
        ReadFailure::NotUtf8 {
            line: u32::try_from(line).unwrap_or(u32::MAX),
            column: u32::try_from(column).unwrap_or(u32::MAX),
        }
    })
}

/// Whether text begins as UTF-16 text of ASCII characters does once read byte by byte: a NUL
/// beside an ASCII character (`{\0"\0` or `\0{\0"`). No JSON document begins so.
pub fn looks_utf16(bytes: &[u8]) -> bool {
    matches!(bytes, [0, a, ..] | [a, 0, ..] if a.is_ascii() && *a != 0)
}

/// [`read_path`] then [`text`].
pub fn read_path_text(path: &Path, limit: usize) -> Result<String, ReadFailure> {
    let bytes = read_path(path, limit)?;
    text(&bytes)?;
    String::from_utf8(bytes).map_err(|_| ReadFailure::NotUtf8 { line: 1, column: 1 })
}

/// [`read_bounded`] then [`text`].
pub fn read_text<R: Read>(r: R, limit: usize) -> Result<String, ReadFailure> {
    let bytes = read_bounded(r, limit)?;
    text(&bytes)?;
    String::from_utf8(bytes).map_err(|_| ReadFailure::NotUtf8 { line: 1, column: 1 })
}

/// Longest JSON Pointer copied into a finding, in characters: a 5 MB key costs a finding no
/// more than this.
pub const MAX_ECHO_PATH: usize = 200;

/// Longest text value a reading finding may quote (a code, a vocabulary word): anything longer
/// is not a code, and may be a person's name or address, which findings never repeat.
pub const MAX_ECHO_VALUE: usize = 40;

/// `s` cut to `max` characters, with `…` when it was longer: keeps output proportional to
/// what a finding needs, whatever the input holds.
pub fn shorten(s: &str, max: usize) -> String {
    match s.char_indices().nth(max) {
        None => s.to_string(),
        Some((i, _)) => format!("{}…", s.get(..i).unwrap_or_default()),
    }
}

/// The kind of a JSON value in French words, for loaders' messages.
pub(crate) fn kind_fr(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "un booléen",
        Value::Number(_) => "un nombre",
        Value::String(_) => "un texte",
        Value::Array(_) => "une liste",
        Value::Object(_) => "un objet",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stream_stops_at_the_limit() {
        let endless = std::io::repeat(b'x');
        assert_eq!(
            read_bounded(endless, 1000),
            Err(ReadFailure::TooLarge {
                size: None,
                limit: 1000
            })
        );
        assert_eq!(read_bounded(&b"abc"[..], 3), Ok(b"abc".to_vec()));
    }

    #[test]
    fn encodings_are_named() {
        assert_eq!(text(b"\xFF\xFE{\0}\0"), Err(ReadFailure::Utf16));
        assert_eq!(text(b"{\0\"\0"), Err(ReadFailure::Utf16));
        assert_eq!(
            text(b"{\n  \"a\": \"\xE9t\xE9\"}"),
            Err(ReadFailure::NotUtf8 { line: 2, column: 9 })
        );
        assert_eq!(text("{\"é\": 1}".as_bytes()), Ok("{\"é\": 1}"));
    }

    #[test]
    fn shorten_counts_characters() {
        assert_eq!(shorten("ééé", 2), "éé…");
        assert_eq!(shorten("ab", 2), "ab");
    }
}
