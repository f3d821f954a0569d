//! Documentation pages generated from the rule table (`docs/rules/`), and the text shown by
//! `territoire-sante explain CODE`.

use std::cmp::Ordering;

use super::*;

/// An example of a rule, taken from the test vectors at build time.
#[derive(Debug, Clone, Copy)]
pub struct Example {
    /// What the example shows.
    pub description: &'static str,
    /// Date of evaluation.
    pub as_of: &'static str,
    /// The findings of the rule on it: (severity, path).
    pub findings: &'static [(&'static str, &'static str)],
}

include!(concat!(env!("OUT_DIR"), "/examples.rs"));

/// A failing and a passing example of the rule `code`, when the vectors hold them (a packaged
/// crate has none).
pub fn examples(code: &str) -> (Option<&'static Example>, Option<&'static Example>) {
    EXAMPLES
        .iter()
        .find(|(c, _, _, _)| *c == code)
        .map(|(_, f, p, _)| (f.as_ref(), p.as_ref()))
        .unwrap_or((None, None))
}

/// The lines that differ between the failing and the passing example of the rule `code`
/// (`-` failing, `+` passing, a space for context, `…` between distant changes); the failing
/// document whole, as context, when there is no passing example.
pub fn example_diff(code: &str) -> Option<&'static str> {
    EXAMPLES
        .iter()
        .find(|(c, _, _, _)| *c == code)
        .map(|(_, _, _, d)| *d)
        .filter(|d| !d.is_empty())
}

fn examples_section(
    s: &mut String,
    code: &str,
    failing: &Example,
    passing: Option<&Example>,
    locale: Locale,
) {
    let fr = locale == Locale::Fr;
    let on = if fr { "évalué au" } else { "evaluated on" };
    s.push_str(if fr {
        "## Exemples\n\n"
    } else {
        "## Examples\n\n"
    });
    s.push_str(&format!(
        "- `-` {} : {} ({on} {}).\n",
        if fr {
            "exemple qui déclenche la règle"
        } else {
            "example that triggers the rule"
        },
        failing.description,
        failing.as_of
    ));
    if let Some(p) = passing {
        s.push_str(&format!(
            "- `+` {} : {} ({on} {}).\n",
            if fr {
                "exemple conforme"
            } else {
                "passing example"
            },
            p.description,
            p.as_of
        ));
    }
    let diff = example_diff(code);
    let same_document =
        passing.is_some() && diff.is_some_and(|d| !d.lines().any(|l| l.starts_with(['-', '+'])));
    s.push_str(match (same_document, fr) {
        (true, true) => "\nLes deux exemples portent sur le même document : seule la date d'évaluation diffère.\n\n",
        (true, false) => "\nBoth examples hold the same document: only the evaluation date differs.\n\n",
        (false, true) => "\nSeules les lignes qui diffèrent sont montrées, avec quelques lignes de contexte.\n\n",
        (false, false) => "\nOnly the lines that differ are shown, with a few lines of context.\n\n",
    });
    if let Some(d) = diff {
        s.push_str(&format!("```diff\n{d}```\n\n"));
    }
    s.push_str(if fr {
        "Diagnostics de l'exemple qui déclenche la règle :\n\n"
    } else {
        "Findings of the example that triggers the rule:\n\n"
    });
    for (sev, path) in failing.findings {
        let p = if path.is_empty() { "/" } else { path };
        s.push_str(&format!("- `{code}` ({sev}) `{p}`\n"));
    }
    s.push('\n');
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
    // The kind, then the authority when it says more (« guide officiel » is both).
    let (kind, authority) = (src.kind.label(locale), src.authority().label(locale));
    s.push_str(&format!("- **{}** — {kind}", src.label));
    if authority != kind {
        s.push_str(&format!(" ; {authority}"));
    }
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

fn parameters_section(s: &mut String, r: &Rule, locale: Locale) {
    let fr = locale == Locale::Fr;
    s.push_str(if fr {
        "## Paramètres\n\nLes valeurs datées de la loi que la règle lit, chacune définie une fois avec son texte.\n\n| Paramètre | Valeur | Source |\n|---|---|---|\n"
    } else {
        "## Parameters\n\nThe dated values of the law the rule reads, each defined once with its text.\n\n| Parameter | Value | Source |\n|---|---|---|\n"
    });
    for p in r.parameters {
        for (from, value, src) in p.values() {
            let value = match (from, fr) {
                (None, _) => value,
                (Some(d), true) => format!("{value} (à partir du {d})"),
                (Some(d), false) => format!("{value} (from {d})"),
            };
            let cite = match src.url() {
                Some(u) => format!("[{}]({u})", src.label),
                None => src.label.to_string(),
            };
            s.push_str(&format!(
                "| `{}` — {} | {value} | {cite} |\n",
                p.name(),
                p.description()
            ));
        }
    }
    s.push('\n');
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
    if !r.parameters.is_empty() {
        parameters_section(&mut s, r, locale);
    }
    if r.messages.is_empty() {
        s.push_str(&format!("## Message\n\n> {}\n\n", r.message.get(locale)));
    } else {
        s.push_str(if fr {
            "## Messages\n\nChaque phrase que la règle peut dire, sous la clé que choisit le diagnostic (`{…}` : une donnée du document).\n\n"
        } else {
            "## Messages\n\nEvery sentence the rule can say, under the key its finding chooses (`{…}`: data from the document).\n\n"
        });
        for m in r.messages {
            s.push_str(&format!("- `{}` : {}\n", m.key, m.text.get(locale)));
        }
        s.push('\n');
    }
    s.push_str(&format!(
        "## {}\n\n{}\n",
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
    if let (Some(failing), passing) = examples(r.code) {
        s.push('\n');
        examples_section(&mut s, r.code, failing, passing, locale);
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
    s.push_str(if fr { WRITING_FR } else { WRITING_EN });
    s
}

/// How a rule is written, for whoever adds one (end of the index page).
const WRITING_FR: &str = "
## Écrire une règle

Une règle tient dans un fichier, `core/src/rules/<famille>/<famille>_<numéro>.rs` (`CLS-014` : `cls/cls_014.rs`), déclaré dans le `mod.rs` de sa famille et dans sa liste `RULES`.

- **Sources** : `sources: &[sources::X, …]`, pris au registre `core/src/law/sources.rs` (une source n'y est définie qu'une fois) ; la gravité ne dépasse pas l'autorité de la plus forte (test).
- **Dates et valeurs de la loi** : aucune date littérale dans `rules/` hors des tests (test). Une date qui est l'entrée en vigueur d'un texte se lit au registre (`in_force: sources::X.in_force`, `params::entry_into_force(&sources::X)`) ; toute autre date, période ou valeur datée est un paramètre de `core/src/params.rs` (`Fact` pour une valeur, `Param` pour des valeurs successives), avec sa source et un commentaire. La règle les lit (`params::X.value`, `params::X.since()`) et les cite dans `parameters: &[&params::X]` (test) : sa page montre leur nom, leur valeur et leur source.
- **Messages** : chaque phrase que la règle peut dire est déclarée dans `messages: &[Message::new(\"cle\", \"phrase\", \"sentence\"), …]` ; un diagnostic choisit la sienne par `.variant(\"cle\")`. Les `{nom}` d'une phrase ne reçoivent que des données du document (date, code, nom d'organisation), par `.param(…)` ou `.display(…)`, jamais un morceau de phrase. Une règle qui ne dit qu'une phrase garde `message` et `messages: &[]`. Chaque phrase déclarée doit être dite par au moins un vecteur de `tests/vectors/<CODE>.json`, et toute phrase dite doit être déclarée (test).
- **Vecteurs** : `tests/vectors/<CODE>.json` contient au moins un exemple qui déclenche la règle et un qui ne la déclenche pas ; la page de la règle montre leurs lignes qui diffèrent. Rust, Python et JavaScript les exécutent.
- **Pages** : `TS_BLESS=1 cargo test -p territoire-sante --all-features` régénère pages, rapports de référence et schémas ; sans `TS_BLESS`, le même test échoue s'ils ne sont pas à jour.
";

/// How a rule is written (English index page).
const WRITING_EN: &str = "
## Writing a rule

A rule fits in one file, `core/src/rules/<family>/<family>_<number>.rs` (`CLS-014`: `cls/cls_014.rs`), declared in its family's `mod.rs` and its `RULES` list.

- **Sources**: `sources: &[sources::X, …]`, from the registry `core/src/law/sources.rs` (a source is defined there once); the severity does not exceed the strongest one's authority (test).
- **Dates and values of the law**: no date literal in `rules/` outside tests (test). A date that is a text's entry into force is read from the registry (`in_force: sources::X.in_force`, `params::entry_into_force(&sources::X)`); any other date, period or dated value is a parameter in `core/src/params.rs` (`Fact` for one value, `Param` for successive values), with its source and a comment. The rule reads them (`params::X.value`, `params::X.since()`) and lists them in `parameters: &[&params::X]` (test): its page shows their name, value and source.
- **Messages**: every sentence the rule can say is declared in `messages: &[Message::new(\"key\", \"phrase\", \"sentence\"), …]`; a finding chooses its own with `.variant(\"key\")`. The `{name}` slots of a sentence only take data from the document (a date, a code, an organisation's name), through `.param(…)` or `.display(…)`, never a piece of sentence. A rule that says a single sentence keeps `message` and `messages: &[]`. Every declared sentence must be said by at least one vector of `tests/vectors/<CODE>.json`, and every sentence said must be declared (test).
- **Vectors**: `tests/vectors/<CODE>.json` holds at least one example that triggers the rule and one that does not; the rule's page shows the lines in which they differ. Rust, Python and JavaScript run them.
- **Pages**: `TS_BLESS=1 cargo test -p territoire-sante --all-features` regenerates pages, reference reports and schemas; without `TS_BLESS` the same test fails when they are stale.
";

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
