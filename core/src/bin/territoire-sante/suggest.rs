//! "Vouliez-vous dire … ?": the closest known names to a mistyped kind, rule code or field.

use territoire_sante::{rules, DocumentKind};

/// The candidate closest to `input` (Jaro-Winkler similarity, case-insensitive, at least 0.8,
/// as clap's own suggestions), if any.
pub fn closest<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let input = input.to_lowercase();
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(&input, &c.to_lowercase()), c))
        .filter(|(score, _)| *score >= 0.8)
        // Highest score first; equal scores keep the first candidate (deterministic).
        .fold(None, |best: Option<(f64, &str)>, (score, c)| match best {
            Some((b, _)) if b >= score => best,
            _ => Some((score, c)),
        })
        .map(|(_, c)| c)
}

/// The schema names `schema` accepts: the document kinds, then `document`, `report`,
/// `options`, `batch`.
pub fn schema_names() -> Vec<&'static str> {
    let mut v: Vec<&'static str> = DocumentKind::ALL.iter().map(|k| k.tag()).collect();
    v.extend(["document", "report", "options", "batch"]);
    v
}

/// What `--rules`, `--exclude` and `explain` accept: rule codes and their families.
pub fn rule_names() -> Vec<&'static str> {
    let mut v: Vec<&'static str> = rules::catalogue().iter().map(|r| r.code).collect();
    let mut families: Vec<&'static str> = v
        .iter()
        .filter_map(|c| c.split_once('-').map(|(f, _)| f))
        .collect();
    families.sort_unstable();
    families.dedup();
    v.extend(families);
    v
}

/// " ; vouliez-vous dire « x » ?" (or its English form), or nothing.
pub fn hint(input: &str, candidates: &[&str], fr: bool) -> String {
    match closest(input, candidates.iter().copied()) {
        Some(x) if fr => format!(" ; vouliez-vous dire « {x} » ?"),
        Some(x) => format!("; did you mean \"{x}\"?"),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_closest_name_or_none() {
        assert_eq!(
            closest("contrat_local_sant", schema_names()),
            Some("contrat_local_sante")
        );
        assert_eq!(closest("CLS-01", rule_names()), Some("CLS-001"));
        assert_eq!(closest("zzzzzz", schema_names()), None);
    }
}
