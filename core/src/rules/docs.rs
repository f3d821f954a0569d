//! Documentation pages generated from the rule table (`docs/rules/`), and the text shown by
//! `territoire-sante explain CODE`.

use std::cmp::Ordering;

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

fn period_text(p: InForce, locale: Locale) -> String {
    match (p.from, p.to, locale) {
        (None, None, Locale::Fr) => "période de vigueur non renseignée".into(),
        (None, None, Locale::En) => "in-force period not stated".into(),
        (Some(a), None, Locale::Fr) => format!("en vigueur depuis le {a}"),
        (None, Some(b), Locale::Fr) => format!("en vigueur jusqu'au {b}"),
        (Some(a), Some(b), Locale::Fr) => format!("en vigueur du {a} au {b}"),
        (Some(a), None, Locale::En) => format!("in force since {a}"),
        (None, Some(b), Locale::En) => format!("in force until {b}"),
        (Some(a), Some(b), Locale::En) => format!("in force from {a} to {b}"),
    }
}

/// One source as a Markdown list item: official citation, kind, authority, in-force period,
/// identifier, link, note and "voir aussi".
fn source_item(s: &mut String, src: &Source, locale: Locale) {
    let fr = locale == Locale::Fr;
    s.push_str(&format!(
        "- **{}** — {} ; {}",
        src.label,
        src.kind.label(locale),
        src.authority().label(locale),
    ));
    // Data, standards and field documents are not "in force"; say so only of texts.
    let text = matches!(
        src.authority(),
        Authority::Binding | Authority::Instruction | Authority::Guidance
    );
    if text || src.in_force != InForce::ALWAYS {
        s.push_str(&format!(" ; {}", period_text(src.in_force, locale)));
    }
    if let Some(id) = src.identifier {
        s.push_str(&format!(" ; `{id}`"));
    }
    match src.link {
        Link::Exact(u) => s.push_str(&format!(
            " ; [{}]({u})",
            if fr {
                "texte officiel"
            } else {
                "official text"
            }
        )),
        Link::Container(u) => s.push_str(&format!(
            " ; [{}]({u})",
            if fr {
                "texte qui le contient"
            } else {
                "text that contains it"
            }
        )),
        Link::None => {}
    }
    s.push('\n');
    if let Some(n) = src.note {
        s.push_str(&format!(
            "  - {} {n}\n",
            if fr { "Note :" } else { "Note:" }
        ));
    }
    if !src.see_also.is_empty() {
        let links = src
            .see_also
            .iter()
            .map(|u| format!("<{u}>"))
            .collect::<Vec<_>>()
            .join(", ");
        s.push_str(&format!(
            "  - {} {links}\n",
            if fr { "Voir aussi :" } else { "See also:" }
        ));
    }
}

fn severity_word(sev: Severity, locale: Locale) -> &'static str {
    match (sev, locale) {
        (Severity::Error, Locale::Fr) => "une erreur",
        (Severity::Warning, Locale::Fr) => "un avertissement",
        (Severity::Information, Locale::Fr) => "une information",
        (Severity::Fatal, Locale::Fr) => "un diagnostic fatal",
        (Severity::Error, Locale::En) => "an error",
        (Severity::Warning, Locale::En) => "a warning",
        (Severity::Information, Locale::En) => "an information",
        (Severity::Fatal, Locale::En) => "a fatal finding",
    }
}

/// One sentence saying why the rule's severity is what it is, from the authority of its
/// strongest source (a binding text may found an error, an instruction or official guidance a
/// warning, field experience an information). The engine's reading rules answer to no text.
pub fn severity_reason(r: &Rule, locale: Locale) -> String {
    let fr = locale == Locale::Fr;
    if r.is_engine() {
        return if fr {
            "Règle de lecture du moteur : elle dit que le document n'a pas pu être lu tel quel et ne tranche aucune question de droit ; sa gravité n'est pas bornée par une source.".into()
        } else {
            "Reading rule of the engine: it says that the document could not be read as it is and decides no question of law; its severity is not bounded by a source.".into()
        };
    }
    let Some(basis) = r.basis() else {
        return String::new();
    };
    let authority = basis.authority();
    let max = authority.max_severity();
    let sev = severity_word(r.severity, locale);
    let most = severity_word(max, locale);
    let bound = match (max, fr) {
        (Severity::Error, true) => format!("peut fonder {most}"),
        (Severity::Warning, true) => {
            format!("peut fonder au plus {most} (seul un texte contraignant fonde une erreur)")
        }
        (_, true) => format!("ne peut fonder qu'{most}"),
        (Severity::Error, false) => format!("may ground {most}"),
        (Severity::Warning, false) => {
            format!("may ground at most {most} (only a binding text grounds an error)")
        }
        (_, false) => format!("may ground no more than {most}"),
    };
    let strongest = authority.label(locale);
    let label = basis.label;
    match (r.severity.cmp(&max), fr) {
        (Ordering::Equal, true) => format!(
            "La règle donne {sev} : sa source la plus forte, « {label} » ({strongest}), {bound}."
        ),
        (Ordering::Less, true) => format!(
            "La règle donne {sev}, en deçà de ce que permet sa source la plus forte, « {label} » ({strongest}), qui {bound} : le texte ne fait pas de ce qui est vérifié une obligation dont le défaut serait une contradiction."
        ),
        (Ordering::Greater, true) => format!(
            "La règle donne {sev}, au-delà de ce que permet sa source la plus forte, « {label} » ({strongest}), qui {bound}."
        ),
        (Ordering::Equal, false) => format!(
            "The rule gives {sev}: its strongest source, \"{label}\" ({strongest}), {bound}."
        ),
        (Ordering::Less, false) => format!(
            "The rule gives {sev}, below what its strongest source, \"{label}\" ({strongest}), allows, which {bound}: the text does not make what is checked an obligation whose default would be a contradiction."
        ),
        (Ordering::Greater, false) => format!(
            "The rule gives {sev}, beyond what its strongest source, \"{label}\" ({strongest}), allows, which {bound}."
        ),
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
        source_item(&mut s, src, locale);
    }
    s.push('\n');
    s.push_str(&format!(
        "## {}\n\n{}\n\n",
        if fr {
            "Pourquoi cette gravité"
        } else {
            "Why this severity"
        },
        severity_reason(r, locale)
    ));
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
    if r.family() == "TAB" {
        s.push_str(if fr {
            "\n## Exemples\n\nCette règle lit des classeurs, pas des documents JSON : voir `docs/tableur.md` et les feuilles d'essai de `core/tests/tableur.rs`.\n"
        } else {
            "\n## Examples\n\nThis rule reads workbooks, not JSON documents: see `docs/tableur.md` and the test sheets of `core/tests/tableur.rs`.\n"
        });
    }
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
        "{} {}{} {}.\n\n| Code | {} | {} | {} |\n|---|---|---|---|\n",
        catalogue().len(),
        if fr { "règles" } else { "rules" },
        if fr { " ;" } else { ";" },
        if fr {
            "leurs sources et ce que chacune permet : [sources](sources.md)"
        } else {
            "their sources and what each allows: [sources](sources.md)"
        },
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

/// The Markdown page of the source registry: the hosts allowed as a basis, then every source
/// with its citation, authority, in-force period, identifier and link, and the rules citing it.
pub fn sources_page(locale: Locale) -> String {
    let fr = locale == Locale::Fr;
    let mut s = String::new();
    s.push_str(if fr {
        "# Sources\n\nChaque source est définie une fois (`core/src/law/sources.rs`) et citée par référence. Son autorité borne la gravité des règles qui s'appuient sur elle : un texte contraignant peut fonder une erreur ; une instruction, une circulaire, un guide officiel, des travaux parlementaires, un référentiel officiel ou une norme technique, un avertissement au plus ; l'expérience de terrain, une information. Les règles de lecture du moteur (DOC-*) ne tranchent aucune question de droit et ne sont pas bornées.\n\n"
    } else {
        "# Sources\n\nEach source is defined once (`core/src/law/sources.rs`) and cited by reference. Its authority bounds the severity of the rules resting on it: a binding text may ground an error; an instruction, a circular, official guidance, parliamentary work, official reference data or a technical standard, a warning at most; field experience, an information. The engine's reading rules (DOC-*) decide no question of law and are not bounded.\n\n"
    });
    s.push_str(if fr {
        "## Sites admis comme fondement\n\nTout autre site ne peut figurer qu'en « voir aussi ».\n\n"
    } else {
        "## Hosts allowed as a basis\n\nAny other host may appear only as \"see also\".\n\n"
    });
    for (host, why) in crate::law::ALLOWED_HOSTS {
        s.push_str(&format!("- `{host}` — {why}\n"));
    }
    s.push_str(&format!(
        "\n## {} ({})\n\n",
        if fr { "Registre" } else { "Registry" },
        crate::law::sources::ALL.len()
    ));
    for src in crate::law::sources::ALL {
        source_item(&mut s, src, locale);
        let citing: Vec<String> = catalogue()
            .iter()
            .filter(|r| r.sources.iter().any(|x| x.id == src.id))
            .map(|r| format!("[{}]({}.md)", r.code, r.code))
            .collect();
        s.push_str(&format!(
            "  - {} {}\n",
            if fr { "Règles :" } else { "Rules:" },
            if citing.is_empty() {
                "—".to_string()
            } else {
                citing.join(", ")
            }
        ));
    }
    s
}
