//! Generated artefacts stay in step with the code: JSON Schemas (`docs/schema/`) and the rules
//! reference (`docs/rules/`). `TS_BLESS=1 cargo test -p territoire-sante` rewrites them.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod support;

use territoire_sante::{rules, schema, Locale};

#[test]
fn json_schemas_are_up_to_date() {
    let dir = support::root().join("docs/schema");
    let all = schema::all();
    for (name, s) in &all {
        let text = serde_json::to_string_pretty(s).unwrap() + "\n";
        support::check_generated(&dir.join(name), &text);
    }
    if !support::bless() {
        for e in std::fs::read_dir(&dir).unwrap() {
            let name = e.unwrap().file_name().to_string_lossy().into_owned();
            assert!(all.iter().any(|(n, _)| *n == name), "stale schema {name}");
        }
    }
}

#[test]
fn rules_reference_is_up_to_date() {
    let dir = support::root().join("docs/rules");
    support::check_generated(&dir.join("README.md"), &rules::docs::index(Locale::Fr));
    support::check_generated(
        &dir.join("sources.md"),
        &rules::docs::sources_page(Locale::Fr),
    );
    let documentation =
        serde_json::to_string_pretty(&territoire_sante::api::documentation()).unwrap() + "\n";
    support::check_generated(&dir.join("documentation.json"), &documentation);
    for r in rules::catalogue() {
        let page = rules::docs::page(r.code, Locale::Fr).unwrap();
        support::check_generated(&dir.join(format!("{}.md", r.code)), &page);
    }
    if !support::bless() {
        for e in std::fs::read_dir(&dir).unwrap() {
            let name = e.unwrap().file_name().to_string_lossy().into_owned();
            let code = name.trim_end_matches(".md");
            assert!(
                name == "README.md"
                    || name == "sources.md"
                    || name == "documentation.json"
                    || rules::find(code).is_some(),
                "stale page {name}"
            );
        }
    }
}

#[test]
fn examples_and_readable_vectors_conform_to_the_published_schemas() {
    let doc_schema = jsonschema::options()
        .should_validate_formats(true)
        .build(&schema::document())
        .unwrap();
    let mut checked = 0;
    for e in std::fs::read_dir(support::root().join("docs/examples")).unwrap() {
        let p = e.unwrap().path();
        let v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap();
        let errors: Vec<String> = doc_schema
            .iter_errors(&v)
            .map(|e| format!("{} at {}", e, e.instance_path))
            .collect();
        assert!(errors.is_empty(), "{}: {errors:?}", p.display());
        checked += 1;
    }
    // A vector that expects no reading finding holds a schema-valid document, and one that
    // expects a structural finding (types, fields, vocabularies, dates) does not. A statut
    // outside its vocabulary is the one thing the engine reads anyway, to report it as LIF-001.
    for e in std::fs::read_dir(support::root().join("tests/vectors")).unwrap() {
        let p = e.unwrap().path();
        let vectors: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap();
        for v in vectors.as_array().unwrap() {
            let doc = &v["document"];
            if doc.is_string() || v.get("limits").is_some() {
                continue;
            }
            let structural = v["expected"].as_array().unwrap().iter().any(|d| {
                [
                    "DOC-002", "DOC-003", "DOC-004", "DOC-005", "DOC-006", "DOC-007", "LIF-001",
                ]
                .contains(&d["code"].as_str().unwrap())
            });
            if v.get("rules")
                .is_some_and(|r| r != &serde_json::json!(["DOC"]))
                && !structural
            {
                // Vectors restricted to one rule may hold a schema-invalid statut or date that
                // their rule does not look at; only structural vectors and clean ones are compared.
                if !doc_schema.is_valid(doc) {
                    continue;
                }
            }
            assert_eq!(
                doc_schema.is_valid(doc),
                !structural,
                "{} {}",
                p.display(),
                v["description"]
            );
            checked += 1;
        }
    }
    assert!(checked > 20);
}

#[test]
fn every_rule_page_shows_a_failing_and_a_passing_example_as_a_short_diff() {
    let mut missing = Vec::new();
    let mut longest = (0, "");
    for r in rules::catalogue() {
        // TAB-*: read from sheets; their pages point at docs/tableur.md, their examples are the
        // sheets of core/tests/tableur.rs.
        if r.family() == "TAB" {
            assert!(
                rules::docs::page(r.code, Locale::Fr)
                    .unwrap()
                    .contains("docs/tableur.md"),
                "{}",
                r.code
            );
            continue;
        }
        let (failing, passing) = rules::docs::examples(r.code);
        let (Some(failing), Some(passing), Some(diff)) =
            (failing, passing, rules::docs::example_diff(r.code))
        else {
            missing.push(r.code);
            continue;
        };
        assert!(
            !failing.findings.is_empty(),
            "{}: failing example without findings",
            r.code
        );
        // Either lines differ, or the same document is evaluated on two dates.
        let differs = diff
            .lines()
            .any(|l| l.starts_with('-') || l.starts_with('+'));
        assert!(
            differs || failing.as_of != passing.as_of,
            "{}: the two examples do not differ",
            r.code
        );
        let lines = diff.lines().count();
        if differs && lines > longest.0 {
            longest = (lines, r.code);
        }
        let fr = rules::docs::page(r.code, Locale::Fr).unwrap();
        let en = rules::docs::page(r.code, Locale::En).unwrap();
        for (page, title) in [(&fr, "## Exemples"), (&en, "## Examples")] {
            assert!(page.contains(title), "{}", r.code);
            assert!(page.contains(&format!("```diff\n{diff}```")), "{}", r.code);
        }
    }
    assert!(missing.is_empty(), "rules without examples: {missing:?}");
    // The pair shows what makes the difference, not two whole documents.
    assert!(
        longest.0 <= MAX_DIFF_LINES,
        "{} shows {} lines",
        longest.1,
        longest.0
    );
}

/// The longest example diff a rule page may show.
const MAX_DIFF_LINES: usize = 80;

#[cfg(feature = "cli")]
#[test]
fn explain_shows_the_reference_page() {
    let exe = env!("CARGO_BIN_EXE_territoire-sante");
    for code in ["CLS-014", "CV-005", "ART-010", "DQ-004"] {
        for (lang, locale) in [("fr", Locale::Fr), ("en", Locale::En)] {
            let out = std::process::Command::new(exe)
                .args(["explain", code, "--lang", lang])
                .output()
                .unwrap();
            assert!(out.status.success(), "{code}");
            let text = String::from_utf8(out.stdout).unwrap();
            let page = rules::docs::page(code, locale).unwrap();
            assert_eq!(text.trim_end(), page.trim_end(), "{code} {lang}");
        }
    }
}

#[test]
fn every_rule_page_shows_its_sources_authority_transition_and_every_sentence() {
    // What a jurist reads on a page: each source by its official name, with its authority and
    // its official link; why the severity is what it is; the transitional scope; and every
    // sentence the rule can say (each keyed sentence, else the single message).
    for r in rules::catalogue() {
        let page = rules::docs::page(r.code, Locale::Fr).unwrap();
        let code = r.code;
        for s in r.sources {
            assert!(page.contains(s.label), "{code}: source {}", s.id);
            assert!(
                page.contains(s.authority().label(Locale::Fr)),
                "{code}: authority of {}",
                s.id
            );
            if let Some(u) = s.url() {
                assert!(page.contains(u), "{code}: link of {}", s.id);
            }
        }
        for section in [
            "## Sources",
            "## Pourquoi cette gravité",
            "## Portée transitoire",
        ] {
            assert!(page.contains(section), "{code}: {section}");
        }
        if let Some(t) = r.transition {
            assert!(page.contains(t.fr), "{code}: transitional scope");
        }
        if r.messages.is_empty() {
            assert!(page.contains(r.message.fr), "{code}: message");
        } else {
            for m in r.messages {
                assert!(
                    page.contains(&format!("- `{}` : {}", m.key, m.text.fr)),
                    "{code}: sentence {}",
                    m.key
                );
            }
        }
    }
}

/// English function words: a text holding more of them than of [`FRENCH_WORDS`] is English.
const ENGLISH_WORDS: &[&str] = &[
    "the", "of", "and", "is", "are", "an", "its", "with", "by", "to", "for", "when", "which",
    "from", "that", "this", "it", "has", "have", "was", "be", "not", "into", "than", "only",
    "each", "their", "what", "who", "how", "another", "or", "per",
];

/// French function words (elided `l'`, `d'`, `qu'` included).
const FRENCH_WORDS: &[&str] = &[
    "le", "la", "les", "l", "de", "des", "du", "d", "et", "est", "un", "une", "pour", "par",
    "dans", "en", "au", "aux", "sur", "avec", "qui", "que", "qu", "son", "sa", "ses", "ne", "pas",
    "ou",
];

/// Whether a title or description reads as English: more English function words than French
/// ones (French domain terms inside an English sentence do not make it French), or an English
/// article opening it ("A fiche action.").
fn reads_english(text: &str) -> bool {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .collect();
    let english = words.iter().filter(|w| ENGLISH_WORDS.contains(w)).count();
    let french = words.iter().filter(|w| FRENCH_WORDS.contains(w)).count();
    english > french || text.starts_with("A ")
}

/// Every `title` and `description` text of a schema, with its JSON Pointer.
fn schema_texts(v: &serde_json::Value, path: &str, out: &mut Vec<(String, String)>) {
    match v {
        serde_json::Value::Object(o) => {
            for (k, x) in o {
                let p = format!("{path}/{k}");
                match x {
                    serde_json::Value::String(s) if k == "title" || k == "description" => {
                        out.push((p, s.clone()))
                    }
                    _ => schema_texts(x, &p, out),
                }
            }
        }
        serde_json::Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                schema_texts(x, &format!("{path}/{i}"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn document_schemas_speak_french() {
    // The heuristic itself: English sentences (with French domain terms) are caught, French ones
    // (even with "an", a year) are not.
    for english in [
        "An organisation taking part in a document, referred to elsewhere by its local `id`.",
        "Contrat de ville and its volet santé.",
        "A fiche action [CLS-008].",
        "Loi 2014-173 art. 13: in a politique de la ville zoning on 31 December 2014 and not a QPV from 1 January 2015.",
    ] {
        assert!(reads_english(english), "{english}");
    }
    for french in [
        "Deux fois par an.",
        "A-t-elle été menée (`false` : prévue) ?",
        "Un avis recueilli avant un arrêté [GOV-009].",
    ] {
        assert!(!reads_english(french), "{french}");
    }
    // The document schemas are what the forms and the explorer show to their users, as labels
    // and help. The report, options and batch schemas describe the engine's API, whose field
    // names are English too, for developers.
    let mut english = Vec::new();
    let mut checked = 0;
    for (name, s) in schema::all() {
        if ["report.json", "options.json", "batch.json"].contains(&name.as_str()) {
            continue;
        }
        let mut texts = Vec::new();
        schema_texts(&s, "", &mut texts);
        checked += texts.len();
        english.extend(
            texts
                .into_iter()
                .filter(|(_, t)| reads_english(t))
                .map(|(p, t)| format!("{name}#{p}: {t}")),
        );
    }
    assert!(checked > 1000, "{checked}");
    assert!(
        english.is_empty(),
        "English titles or descriptions (give the type or variant a French \
         #[schemars(description = ...)]):\n{}",
        english.join("\n")
    );
}
