//! Documentation pages generated from the rule table (`docs/rules/`), and the text shown by
//! `territoire-sante explain CODE`.

use super::*;

/// An example document for a rule, taken from the test vectors at build time.
#[derive(Debug, Clone, Copy)]
pub struct Example {
    /// What the example shows.
    pub description: &'static str,
    /// Date of evaluation.
    pub as_of: &'static str,
    /// The document, as JSON text.
    pub document: &'static str,
    /// The findings of the rule on it: (severity, path).
    pub findings: &'static [(&'static str, &'static str)],
}

include!(concat!(env!("OUT_DIR"), "/examples.rs"));

/// A failing and a passing example of the rule `code`, when the vectors hold them (a packaged
/// crate has none).
pub fn examples(code: &str) -> (Option<&'static Example>, Option<&'static Example>) {
    EXAMPLES
        .iter()
        .find(|(c, _, _)| *c == code)
        .map(|(_, f, p)| (f.as_ref(), p.as_ref()))
        .unwrap_or((None, None))
}

fn example_section(s: &mut String, code: &str, e: &Example, failing: bool, locale: Locale) {
    let fr = locale == Locale::Fr;
    let title = match (failing, fr) {
        (true, true) => "Exemple qui déclenche la règle",
        (true, false) => "Example that triggers the rule",
        (false, true) => "Exemple conforme",
        (false, false) => "Passing example",
    };
    s.push_str(&format!(
        "## {title}\n\n{} ({} {}).\n\n```json\n{}\n```\n\n",
        e.description,
        if fr { "évalué au" } else { "evaluated on" },
        e.as_of,
        e.document.trim_end()
    ));
    if failing {
        s.push_str(if fr {
            "Diagnostics :\n\n"
        } else {
            "Findings:\n\n"
        });
        for (sev, path) in e.findings {
            let p = if path.is_empty() { "/" } else { path };
            s.push_str(&format!("- `{code}` ({sev}) `{p}`\n"));
        }
        s.push('\n');
    }
}

fn kind_label(k: SourceKind, locale: Locale) -> &'static str {
    match (k, locale) {
        (SourceKind::Loi, Locale::Fr) => "loi / code",
        (SourceKind::Reglement, Locale::Fr) => "décret / arrêté",
        (SourceKind::Circulaire, Locale::Fr) => "circulaire / instruction",
        (SourceKind::Guide, Locale::Fr) => "guide officiel",
        (SourceKind::Terrain, Locale::Fr) => "document de terrain",
        (SourceKind::ConnaissanceGenerale, Locale::Fr) => "connaissance générale non vérifiée",
        (SourceKind::Convention, Locale::Fr) => "convention de la bibliothèque",
        (SourceKind::Loi, Locale::En) => "law / code",
        (SourceKind::Reglement, Locale::En) => "decree / order",
        (SourceKind::Circulaire, Locale::En) => "circular / instruction",
        (SourceKind::Guide, Locale::En) => "official guidance",
        (SourceKind::Terrain, Locale::En) => "field document",
        (SourceKind::ConnaissanceGenerale, Locale::En) => "unverified general knowledge",
        (SourceKind::Convention, Locale::En) => "library convention",
    }
}

fn in_force_text(r: &Rule, locale: Locale) -> String {
    match (r.in_force.from, r.in_force.to, locale) {
        (None, None, Locale::Fr) => "toujours".into(),
        (Some(a), None, Locale::Fr) => format!("depuis le {a}"),
        (None, Some(b), Locale::Fr) => format!("jusqu'au {b}"),
        (Some(a), Some(b), Locale::Fr) => format!("du {a} au {b}"),
        (None, None, Locale::En) => "always".into(),
        (Some(a), None, Locale::En) => format!("since {a}"),
        (None, Some(b), Locale::En) => format!("until {b}"),
        (Some(a), Some(b), Locale::En) => format!("from {a} to {b}"),
    }
}

/// The Markdown page of one rule, or `None` for an unknown code.
pub fn page(code: &str, locale: Locale) -> Option<String> {
    let r = find(code)?;
    let fr = locale == Locale::Fr;
    let mut s = String::new();
    s.push_str(&format!("# {} — {}\n\n", r.code, r.title.get(locale)));
    let kinds = if r.applies_to.is_empty() {
        if fr {
            "tous".to_string()
        } else {
            "all".to_string()
        }
    } else {
        r.applies_to
            .iter()
            .map(|k| format!("`{}`", k.tag()))
            .collect::<Vec<_>>()
            .join(", ")
    };
    s.push_str(&format!(
        "| | |\n|---|---|\n| {} | {} |\n| {} | {} |\n| {} | {} |\n| {} | {} |\n\n",
        if fr { "Gravité" } else { "Severity" },
        r.severity.label(locale),
        if fr { "Catégorie" } else { "Category" },
        r.category.word(),
        if fr { "En vigueur" } else { "In force" },
        in_force_text(r, locale),
        "Documents",
        kinds
    ));
    s.push_str(&format!(
        "## {}\n\n{}\n\n",
        if fr {
            "Ce que la règle vérifie"
        } else {
            "What it checks"
        },
        r.description.get(locale)
    ));
    s.push_str(&format!("## {}\n\n", "Sources"));
    for src in r.sources {
        match src.url {
            Some(u) => s.push_str(&format!(
                "- [{}]({}) — {}\n",
                src.label,
                u,
                kind_label(src.kind, locale)
            )),
            None => s.push_str(&format!(
                "- {} — {}\n",
                src.label,
                kind_label(src.kind, locale)
            )),
        }
    }
    s.push('\n');
    if r.is_gk() {
        s.push_str(if fr {
            "> Cette règle s'appuie en partie sur des connaissances générales non vérifiées sur un texte officiel (GK).\n\n"
        } else {
            "> This rule partly relies on general knowledge not verified against an official text (GK).\n\n"
        });
    }
    if let Some(l) = r.limits {
        s.push_str(&format!(
            "## {}\n\n{}\n\n",
            if fr { "Limites" } else { "Limits" },
            l.get(locale)
        ));
    }
    s.push_str(&format!(
        "## {}\n\n{}\n\n",
        if fr {
            "Portée transitoire"
        } else {
            "Transitional scope"
        },
        match r.transition {
            Some(t) => t.get(locale),
            None if fr => "Aucune disposition transitoire : la règle s'applique à la date d'application, pendant sa période de vigueur.",
            None => "No transitional provision: the rule applies at the date of application, within its in-force period.",
        }
    ));
    if !r.requires.is_empty() {
        let list = r
            .requires
            .iter()
            .map(|p| format!("`{p}`"))
            .collect::<Vec<_>>()
            .join(", ");
        s.push_str(&if fr {
            format!("## Éléments requis\n\nUn élément que le document ne décrit pas est « à compléter » (catégorie `incomplete`, avertissement au plus) et ne le rend pas non valide : {list}.\n\n")
        } else {
            format!("## Required elements\n\nAn element the document does not describe is \"to be completed\" (category `incomplete`, a warning at most) and does not make it invalid: {list}.\n\n")
        });
    }
    s.push_str(&format!(
        "## {}\n\n> {}\n\n## {}\n\n{}\n",
        "Message",
        r.message.get(locale),
        if fr { "Que faire" } else { "What to do" },
        r.help.get(locale)
    ));
    let (failing, passing) = examples(r.code);
    if failing.is_some() || passing.is_some() {
        s.push('\n');
    }
    if let Some(e) = failing {
        example_section(&mut s, r.code, e, true, locale);
    }
    if let Some(e) = passing {
        example_section(&mut s, r.code, e, false, locale);
    }
    while s.ends_with("\n\n") {
        s.pop();
    }
    Some(s)
}

/// The Markdown index of every rule.
pub fn index(locale: Locale) -> String {
    let fr = locale == Locale::Fr;
    let mut s = String::new();
    s.push_str(if fr { "# Règles\n\n" } else { "# Rules\n\n" });
    s.push_str(&format!(
        "{} {}.\n\n| Code | {} | {} | {} |\n|---|---|---|---|\n",
        catalogue().len(),
        if fr { "règles" } else { "rules" },
        if fr { "Gravité" } else { "Severity" },
        if fr { "En vigueur" } else { "In force" },
        if fr { "Titre" } else { "Title" }
    ));
    for r in catalogue() {
        s.push_str(&format!(
            "| [{}]({}.md) | {} | {} | {} |\n",
            r.code,
            r.code,
            r.severity.label(locale),
            in_force_text(r, locale),
            r.title.get(locale)
        ));
    }
    s
}
