//! What of a document's own text may be shown back: people's contacts never.
//!
//! Reports never carry personal data (see [`crate::report::EvidenceInput`]), but a reader that
//! shows the offending line of a document (the CLI's human output) would show whatever that line
//! holds, and on a document written on one line, whatever lies around the finding. Such a reader
//! shows [`masked`] text instead: the same lines and columns, with every character of every
//! string and number inside a `contacts` or `contact` member (where the model keeps people's
//! names, e-mails and phone numbers) replaced by `*`.

use std::borrow::Cow;

/// The members whose values hold people's contacts (`Acteur::contacts`,
/// `Coordination::contact`).
const CONTACT_KEYS: [&str; 2] = ["contacts", "contact"];

/// `text` with the strings and numbers under every `contacts` or `contact` member masked, one `*`
/// per character, so that lines and columns (in characters) stay where they were. Keys inside
/// those members are masked too: a name can be written as a key.
///
/// The text need not be valid JSON: it is read token by token, and an unterminated string or
/// container masks to the end. Text with no contact member is returned as it is.
///
/// ```
/// use territoire_sante::privacy::masked;
/// let text = r#"{"acteurs": [{"id": "ars", "contacts": [{"nom": "Jeanne", "tel": 612}]}]}"#;
/// assert_eq!(
///     masked(text),
///     r#"{"acteurs": [{"id": "ars", "contacts": [{"***": "******", "***": ***}]}]}"#
/// );
/// ```
pub fn masked(text: &str) -> Cow<'_, str> {
    if !CONTACT_KEYS.iter().any(|k| text.contains(k)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    // Open containers, `true` for an object; the depth at which masking started; whether the
    // next value follows a contact key.
    let mut stack: Vec<bool> = Vec::new();
    let mut mask_from: Option<usize> = None;
    let mut next_is_contact = false;
    let mut last_string = String::new();
    let mut after_colon = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let masking = mask_from.is_some();
        match c {
            '"' => {
                out.push('"');
                // A scalar value after a contact key is masked on its own.
                let mask_this = masking || next_is_contact;
                let mut s = String::new();
                while let Some(d) = chars.next() {
                    if d == '"' {
                        out.push('"');
                        break;
                    }
                    if d == '\n' {
                        out.push('\n');
                        break;
                    }
                    let escaped = if d == '\\' { chars.next() } else { None };
                    if mask_this {
                        out.push('*');
                        if escaped.is_some() {
                            out.push('*');
                        }
                    } else {
                        out.push(d);
                        if let Some(e) = escaped {
                            out.push(e);
                        }
                    }
                    s.push(escaped.unwrap_or(d));
                }
                if next_is_contact && !masking {
                    next_is_contact = false;
                }
                last_string = s;
                after_colon = false;
            }
            ':' => {
                out.push(':');
                after_colon = true;
                next_is_contact = !masking
                    && stack.last() == Some(&true)
                    && CONTACT_KEYS.contains(&last_string.as_str());
            }
            '{' | '[' => {
                out.push(c);
                if next_is_contact && mask_from.is_none() {
                    mask_from = Some(stack.len());
                }
                next_is_contact = false;
                stack.push(c == '{');
                after_colon = false;
            }
            '}' | ']' => {
                out.push(c);
                stack.pop();
                next_is_contact = false;
                if mask_from.is_some_and(|d| stack.len() <= d) {
                    mask_from = None;
                }
                after_colon = false;
            }
            c if c.is_whitespace() => out.push(c),
            ',' => {
                out.push(',');
                next_is_contact = false;
                after_colon = false;
            }
            // Numbers, literals and stray characters.
            c => {
                if masking || (next_is_contact && after_colon) {
                    out.push('*');
                } else {
                    out.push(c);
                }
            }
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contacts_are_masked_and_positions_kept() {
        let text = "{\n  \"acteurs\": [{\"id\": \"ars\", \"nom\": \"ARS\",\n    \"contacts\": [{\"nom\": \"Jeanne Lefèbvre\", \"email\": \"j\\\"l@x.fr\", \"telephone\": 671829304}]}],\n  \"coordination\": {\"contact\": \"Jeanne\", \"structure\": \"Ville\"},\n  \"nom\": \"CLS\"\n}";
        let m = masked(text);
        assert!(
            !m.contains("Jeanne") && !m.contains("671829304") && !m.contains("x.fr"),
            "{m}"
        );
        assert!(
            m.contains("\"structure\": \"Ville\"") && m.contains("\"nom\": \"ARS\""),
            "{m}"
        );
        assert!(m.contains("\"nom\": \"CLS\""), "{m}");
        // Every line keeps its length in characters.
        for (a, b) in text.lines().zip(m.lines()) {
            assert_eq!(a.chars().count(), b.chars().count(), "{a}\n{b}");
        }
        assert_eq!(text.lines().count(), m.lines().count());
    }

    #[test]
    fn keys_and_wrong_types_under_a_contact_are_masked() {
        for contact in [
            r#"{"Jeanne Martin": "jm@x.fr"}"#,
            r#"["Jeanne Martin", 612]"#,
            r#"{"nom": {"prenom": "Jeanne Martin"}}"#,
            r#""Jeanne Martin""#,
            "612345678",
        ] {
            let text = format!(r#"{{"contacts": {contact}, "id": "a1"}}"#);
            let m = masked(&text);
            assert!(!m.contains("Jeanne") && !m.contains("612"), "{m}");
            assert!(m.ends_with(r#", "id": "a1"}"#), "{m}");
        }
    }

    #[test]
    fn text_without_contacts_is_borrowed_and_broken_text_is_read() {
        assert!(matches!(masked(r#"{"nom": "x"}"#), Cow::Borrowed(_)));
        let m = masked(r#"{"contacts": [{"nom": "Jeanne"#);
        assert!(!m.contains("Jeanne"), "{m}");
        // "contact" as a value, not a key, masks nothing.
        assert_eq!(
            masked(r#"["contact", "Jeanne"]"#),
            r#"["contact", "Jeanne"]"#
        );
    }
}
