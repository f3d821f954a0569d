//! The command-line tool as other tools read it: one JSON shape for any number of files (with
//! its schema), JSON lines, one SARIF log, formats refused rather than ignored, concise and
//! statistics modes, snippets, colours, suggestions, French help.
#![cfg(feature = "cli")]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod support;

use std::process::Command;

use serde_json::Value;

fn run_env(args: &[&str], env: &[(&str, &str)]) -> (i32, String, String) {
    let mut c = Command::new(env!("CARGO_BIN_EXE_territoire-sante"));
    c.current_dir(support::root()).args(args);
    c.env_remove("NO_COLOR").env_remove("CLICOLOR_FORCE");
    for (k, v) in env {
        c.env(k, v);
    }
    let o = c.output().unwrap();
    (
        o.status.code().unwrap(),
        String::from_utf8(o.stdout).unwrap(),
        String::from_utf8(o.stderr).unwrap(),
    )
}

fn run(args: &[&str]) -> (i32, String, String) {
    run_env(args, &[])
}

const CV: &str = "docs/examples/valenciennes-metropole-contrat-de-ville.json";
const CLS: &str = "docs/examples/chateau-thierry-cls.json";
const RESEAU: &str = "docs/examples/reseau-77.json";

fn tmp(name: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("ts-cli-outputs-{}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d.join(name)
}

fn schema_validator(file: &str) -> jsonschema::Validator {
    let schema: Value =
        serde_json::from_str(&std::fs::read_to_string(support::root().join(file)).unwrap())
            .unwrap();
    jsonschema::validator_for(&schema).unwrap()
}

fn assert_valid(v: &jsonschema::Validator, doc: &Value) {
    let errors: Vec<String> = v.iter_errors(doc).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn json_is_one_object_for_one_or_three_files_and_follows_its_schema() {
    let schema = schema_validator("docs/schema/batch.json");
    let (code, out, _) = run(&["validate", "--format", "json", "--as-of", "2020-06-30", CV]);
    assert_eq!(code, 1);
    let one: Value = serde_json::from_str(&out).unwrap();
    assert_valid(&schema, &one);
    assert_eq!(one["reports"].as_array().unwrap().len(), 1);
    assert_eq!(one["reports"][0]["file"], CV);
    assert_eq!(one["summary"]["documents"], 1);
    assert_eq!(one["summary"]["invalid"], 1);

    let (code, out, _) = run(&[
        "validate",
        "--format",
        "json",
        "--as-of",
        "2020-06-30",
        CV,
        CLS,
        RESEAU,
    ]);
    assert_eq!(code, 1);
    let three: Value = serde_json::from_str(&out).unwrap();
    assert_valid(&schema, &three);
    let files: Vec<&str> = three["reports"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["file"].as_str().unwrap())
        .collect();
    assert_eq!(files, [CV, CLS, RESEAU]);
    // The entry of a file is its report, whole.
    assert_eq!(three["reports"][0], one["reports"][0]);
    let errors: u64 = three["reports"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["counts"]["error"].as_u64().unwrap())
        .sum();
    assert_eq!(three["summary"]["counts"]["error"], errors);
}

#[test]
fn jsonl_writes_one_entry_per_file_in_the_batch_entry_shape() {
    let mut schema: Value = serde_json::from_str(
        &std::fs::read_to_string(support::root().join("docs/schema/batch.json")).unwrap(),
    )
    .unwrap();
    schema["$ref"] = Value::from("#/$defs/BatchEntry");
    schema.as_object_mut().unwrap().remove("properties");
    schema.as_object_mut().unwrap().remove("required");
    let entry = jsonschema::validator_for(&schema).unwrap();
    let (_, out, _) = run(&[
        "validate",
        "--format",
        "jsonl",
        "--as-of",
        "2020-06-30",
        CV,
        CLS,
        RESEAU,
    ]);
    let lines: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    for (l, f) in lines.iter().zip([CV, CLS, RESEAU]) {
        assert_valid(&entry, l);
        assert_eq!(l["file"], f);
    }
}

fn sarif_schema() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(support::root().join("tests/schemas/sarif-2.1.0-rtm.5.json"))
            .unwrap(),
    )
    .unwrap();
    jsonschema::draft4::new(&schema).unwrap()
}

#[test]
fn sarif_is_one_valid_log_with_rules_for_one_and_three_files() {
    let schema = sarif_schema();
    for files in [vec![CV], vec![CV, CLS, RESEAU]] {
        let mut args = vec![
            "validate",
            "--format",
            "sarif",
            "--as-of",
            "2020-06-30",
            "--rules-uri",
            "https://docs.example.org/territoire-sante/rules/",
        ];
        args.extend(&files);
        let (_, out, _) = run(&args);
        let log: Value = serde_json::from_str(&out).unwrap();
        assert_valid(&schema, &log);
        assert_eq!(log["runs"].as_array().unwrap().len(), 1);
        let run = &log["runs"][0];
        let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
        let results = run["results"].as_array().unwrap();
        // Every result's rule is described, at the index it gives.
        for r in results {
            let i = usize::try_from(r["ruleIndex"].as_u64().unwrap()).unwrap();
            assert_eq!(rules[i]["id"], r["ruleId"]);
        }
        for rule in rules {
            let code = rule["id"].as_str().unwrap();
            let known = territoire_sante::rules::find(code).unwrap();
            assert_eq!(rule["shortDescription"]["text"], known.title.fr);
            assert_eq!(rule["fullDescription"]["text"], known.description.fr);
            assert!(rule["name"].is_string());
            assert_eq!(
                rule["helpUri"],
                format!("https://docs.example.org/territoire-sante/rules/{code}.md")
            );
            assert!(
                support::root()
                    .join(format!("docs/rules/{code}.md"))
                    .exists(),
                "{code}"
            );
            let level = rule["defaultConfiguration"]["level"].as_str().unwrap();
            assert!(["error", "warning", "note"].contains(&level));
        }
        let artifacts: std::collections::BTreeSet<&str> = results
            .iter()
            .map(|r| {
                r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                    .as_str()
                    .unwrap()
            })
            .collect();
        assert!(artifacts.len() >= files.len().min(2), "{artifacts:?}");
        let listed: Vec<&str> = run["artifacts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|a| a["location"]["uri"].as_str().unwrap())
            .collect();
        assert_eq!(
            listed, files,
            "every file is an artifact, with findings or not"
        );
        assert!(artifacts.iter().all(|a| listed.contains(a)));
        // No made-up project address: the manifest declares no repository.
        assert!(run["tool"]["driver"].get("informationUri").is_none());
    }
    // Without --rules-uri and without a repository, no helpUri is invented either.
    let (_, out, _) = run(&["validate", "--format", "sarif", "--as-of", "2020-06-30", CV]);
    let log: Value = serde_json::from_str(&out).unwrap();
    assert_valid(&schema, &log);
    for rule in log["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .unwrap()
    {
        assert!(rule.get("helpUri").is_none());
    }
    let (code, _, err) = run(&[
        "validate",
        "--format",
        "sarif",
        "--rules-uri",
        "docs/rules",
        CV,
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("adresse absolue"), "{err}");
}

#[test]
fn fhir_is_a_resource_for_one_file_and_a_bundle_for_several() {
    let (_, out, _) = run(&["validate", "--format", "fhir", CV]);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["resourceType"], "OperationOutcome");
    let (_, out, _) = run(&["validate", "--format", "fhir", CV, CLS]);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["resourceType"], "Bundle");
    assert_eq!(v["type"], "collection");
    assert_eq!(v["entry"].as_array().unwrap().len(), 2);
    assert_eq!(
        v["entry"][1]["resource"]["resourceType"],
        "OperationOutcome"
    );
}

#[test]
fn every_advertised_format_is_honoured_or_refused() {
    // `opportunite` advertises no CSV any more: asked for, it is refused in French.
    let (code, out, err) = run(&[
        "opportunite",
        "--format",
        "csv",
        "core/tests/fixtures/vitry_2020.json",
    ]);
    assert_eq!(code, 2);
    assert!(out.is_empty(), "{out}");
    assert!(
        err.contains("valeur « csv » invalide") && err.contains("human, json"),
        "{err}"
    );
    // Statistics have no SARIF or FHIR form.
    let (code, _, err) = run(&["validate", "--statistics", "--format", "sarif", CV]);
    assert_eq!(code, 2);
    assert!(err.contains("--statistics"), "{err}");
    // Every format that `--help` lists for validate gives its own output.
    let outputs: Vec<String> = ["human", "concise", "json", "jsonl", "fhir", "sarif"]
        .iter()
        .map(|f| run(&["validate", "--format", f, "--color", "never", CV]).1)
        .collect();
    for (i, a) in outputs.iter().enumerate() {
        for b in outputs.iter().skip(i + 1) {
            assert_ne!(a, b);
        }
    }
}

#[test]
fn explain_shows_the_evidence_in_human_output() {
    let base = ["validate", "--as-of", "2020-06-30", "--color", "never", CV];
    let (_, plain, _) = run(&base);
    let (_, explained, _) = run(&[&base[..], &["--explain"]].concat());
    assert!(!plain.contains("paramètres:"), "{plain}");
    assert!(
        explained.contains("= valeurs: /statut = \"echu\""),
        "{explained}"
    );
    assert!(explained.contains("= paramètres: "), "{explained}");
}

#[test]
fn human_output_shows_the_offending_line() {
    let f = tmp("champ.json");
    std::fs::write(
        &f,
        "{\n  \"type\": \"contrat_local_sante\",\n  \"signatair\": []\n}\n",
    )
    .unwrap();
    let (code, out, _) = run(&["validate", "--color", "never", f.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(out.contains("fatal[DOC-003]"), "{out}");
    // The line itself, numbered, and a caret under the reported column.
    let at = out.lines().find_map(|l| l.strip_prefix(" --> ")).unwrap();
    let column: usize = at.rsplit(':').next().unwrap().parse().unwrap();
    assert!(at.ends_with(&format!(":3:{column}")), "{at}");
    assert!(out.contains("3 |   \"signatair\": []"), "{out}");
    let carets = out
        .lines()
        .find(|l| l.trim_start().starts_with('|') && l.contains('^'))
        .unwrap();
    assert_eq!(
        carets.find('^').unwrap(),
        "3 | ".len() + column - 1,
        "{out}"
    );
    // And the field it was probably meant to be.
    assert!(out.contains("vouliez-vous dire « signataires » ?"), "{out}");
}

#[test]
fn concise_prints_one_line_per_finding_and_statistics_count_per_code() {
    let (_, json, _) = run(&[
        "validate",
        "--format",
        "json",
        "--as-of",
        "2020-06-30",
        CV,
        CLS,
    ]);
    let batch: Value = serde_json::from_str(&json).unwrap();
    let findings: Vec<&Value> = batch["reports"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|r| r["diagnostics"].as_array().unwrap())
        .collect();
    let (_, out, _) = run(&[
        "validate",
        "--format",
        "concise",
        "--color",
        "never",
        "--as-of",
        "2020-06-30",
        CV,
        CLS,
    ]);
    let lines: Vec<&str> = out.lines().collect();
    // One line per finding, one verdict per file, one summary.
    assert_eq!(lines.len(), findings.len() + 2 + 1, "{out}");
    let d = findings[0];
    let first = format!(
        "{CV}:{}:{}: {} {} ",
        d["line"],
        d["column"],
        territoire_sante::Severity::parse(d["severity"].as_str().unwrap())
            .unwrap()
            .label(territoire_sante::Locale::Fr),
        d["code"].as_str().unwrap()
    );
    assert!(lines[0].starts_with(&first), "{} / {first}", lines[0]);

    let (_, stats, _) = run(&[
        "validate",
        "--statistics",
        "--format",
        "json",
        "--as-of",
        "2020-06-30",
        CV,
        CLS,
    ]);
    let stats: Vec<Value> = serde_json::from_str(&stats).unwrap();
    let total: u64 = stats.iter().map(|s| s["count"].as_u64().unwrap()).sum();
    assert_eq!(usize::try_from(total).unwrap(), findings.len());
    for s in &stats {
        let n = findings.iter().filter(|d| d["code"] == s["code"]).count();
        assert_eq!(s["count"], n, "{s}");
    }
    let counts: Vec<u64> = stats.iter().map(|s| s["count"].as_u64().unwrap()).collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{counts:?}");
    let (_, table, _) = run(&[
        "validate",
        "--statistics",
        "--color",
        "never",
        "--as-of",
        "2020-06-30",
        CV,
        CLS,
    ]);
    assert!(table.contains(&format!("{total} diagnostic(s)")), "{table}");
    assert!(
        table.contains(stats[0]["code"].as_str().unwrap()),
        "{table}"
    );
}

#[test]
fn colour_follows_the_option_and_no_color() {
    let args = ["validate", "--format", "concise", CV];
    let esc = |s: &str| s.contains('\u{1b}');
    // Not a terminal: no colour unless asked.
    assert!(!esc(&run(&args).1));
    assert!(esc(&run(&[&args[..], &["--color", "always"]].concat()).1));
    assert!(!esc(&run_env(
        &args,
        &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")]
    )
    .1));
    assert!(esc(&run_env(&args, &[("CLICOLOR_FORCE", "1")]).1));
    assert!(!esc(&run_env(
        &[&args[..], &["--color", "never"]].concat(),
        &[("CLICOLOR_FORCE", "1")]
    )
    .1));
    let (code, _, err) = run(&[&args[..], &["--color", "parfois"]].concat());
    assert_eq!(code, 2);
    assert!(err.contains("auto, always, never"), "{err}");
}

#[test]
fn did_you_mean_for_kinds_codes_options_subcommands_and_severities() {
    for (args, expected) in [
        (
            vec!["schema", "contrat_local_sant"],
            "« contrat_local_sante »",
        ),
        (vec!["explain", "CLS-01"], "« CLS-001 »"),
        (vec!["validate", "--rules", "CLSS", CV], "« CLS »"),
        (vec!["validate", "--formt", "json", CV], "« --format »"),
        (vec!["valider", CV], "« validate »"),
        (
            vec!["validate", "--min-severity", "erreu", CV],
            "« erreur »",
        ),
    ] {
        let (code, _, err) = run(&args);
        assert_eq!(code, 2, "{args:?}");
        assert!(
            err.contains(&format!("vouliez-vous dire {expected} ?")),
            "{args:?}: {err}"
        );
    }
}

#[test]
fn severities_are_read_in_french_and_english() {
    let count = |sev: &str| -> usize {
        let (_, out, err) = run(&[
            "validate",
            "--format",
            "json",
            "--as-of",
            "2020-06-30",
            "--min-severity",
            sev,
            CV,
        ]);
        let v: Value = serde_json::from_str(&out).unwrap_or_else(|_| panic!("{err}"));
        v["reports"][0]["diagnostics"].as_array().unwrap().len()
    };
    assert_eq!(count("erreur"), count("error"));
    assert_eq!(count("avertissement"), count("warning"));
    assert!(count("erreur") < count("avertissement"));
}

#[test]
fn a_directory_gives_its_json_files_sorted() {
    let dir = tmp("dossier");
    std::fs::create_dir_all(dir.join("sous")).unwrap();
    let cls = std::fs::read_to_string(support::root().join(CLS)).unwrap();
    for name in ["b.json", "a.json", "sous/c.json", "notes.txt"] {
        std::fs::write(dir.join(name), &cls).unwrap();
    }
    let (_, out, _) = run(&["validate", "--format", "json", dir.to_str().unwrap()]);
    let v: Value = serde_json::from_str(&out).unwrap();
    let files: Vec<String> = v["reports"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            std::path::Path::new(r["file"].as_str().unwrap())
                .strip_prefix(&dir)
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    assert_eq!(files, ["a.json", "b.json", "sous/c.json"]);
    let empty = tmp("vide");
    std::fs::create_dir_all(&empty).unwrap();
    let (code, out, err) = run(&["validate", "--format", "json", empty.to_str().unwrap(), CLS]);
    assert_eq!(code, 2);
    assert!(err.contains("aucun fichier .json"), "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        v["summary"]["documents"], 1,
        "the other file is still validated"
    );
}

#[test]
fn a_directory_gives_its_spreadsheets_too_and_says_what_it_read_and_skipped() {
    let dir = tmp("dossier-tableurs");
    std::fs::create_dir_all(dir.join("sous")).unwrap();
    let root = support::root();
    let copy = |from: &str, to: &str| std::fs::copy(root.join(from), dir.join(to)).unwrap();
    copy(CLS, "a.json");
    copy("tests/tableur/suivi.xlsx", "sous/suivi.xlsx");
    copy("tests/tableur/suivi-windows-1252.csv", "suivi.CSV");
    // Excel's lock file of an open workbook, and files that are no documents.
    copy("tests/tableur/suivi.xlsx", "~$suivi.xlsx");
    std::fs::write(dir.join("notes.txt"), "à relire").unwrap();
    std::fs::write(dir.join("sous/logo.png"), [0x89, b'P', b'N', b'G']).unwrap();
    let (_, out, err) = run(&[
        "validate",
        "--format",
        "json",
        "--as-of",
        "2016-06-30",
        dir.to_str().unwrap(),
    ]);
    let v: Value = serde_json::from_str(&out).unwrap_or_else(|_| panic!("{err}"));
    let reports = v["reports"].as_array().unwrap();
    let rel = |f: &str| {
        std::path::Path::new(f)
            .strip_prefix(&dir)
            .unwrap()
            .to_string_lossy()
            .into_owned()
    };
    let files: Vec<String> = reports
        .iter()
        .map(|r| rel(r["file"].as_str().unwrap()))
        .collect();
    assert_eq!(files, ["a.json", "sous/suivi.xlsx", "suivi.CSV"]);
    // The spreadsheets were read as such: portfolios whose findings carry their cell.
    for r in &reports[1..] {
        let file = &r["file"];
        assert_eq!(r["document_type"], "portefeuille", "{file}");
        let located = r["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|d| d["cellule"]["a1"].is_string())
            .count();
        assert!(located > 10, "{file}: {located}");
    }
    // The error output names each file read and each file skipped.
    let read_at = err
        .find("3 fichier(s) lu(s)")
        .unwrap_or_else(|| panic!("{err}"));
    let skipped_at = err
        .find("3 fichier(s) ignoré(s) (ni JSON ni tableur)")
        .unwrap_or_else(|| panic!("{err}"));
    assert!(read_at < skipped_at, "{err}");
    let (said_read, said_skipped) = err.split_at(skipped_at);
    for f in ["a.json", "sous/suivi.xlsx", "suivi.CSV"] {
        assert!(
            said_read.contains(&format!("  {}\n", dir.join(f).display())),
            "{f}: {err}"
        );
    }
    for f in ["notes.txt", "sous/logo.png", "~$suivi.xlsx"] {
        assert!(
            said_skipped.contains(&format!("    {}\n", dir.join(f).display())),
            "{f}: {err}"
        );
    }
    // In English on request.
    let (_, _, err) = run(&[
        "validate",
        "--lang",
        "en",
        "--format",
        "json",
        dir.to_str().unwrap(),
    ]);
    assert!(err.contains("3 file(s) read"), "{err}");
    assert!(
        err.contains("3 file(s) skipped (neither JSON nor a spreadsheet)"),
        "{err}"
    );
}

#[test]
fn tables_cut_long_names_with_an_ellipsis_and_keep_columns_apart() {
    let (code, out, _) = run(&[
        "couverture",
        "--quartiers",
        "--territoire",
        "dep:91",
        "--as-of",
        "2026-06-30",
        "core/tests/fixtures/portefeuille_grigny_2026.json",
    ]);
    if cfg!(not(feature = "referentiel-embarque")) {
        return;
    }
    assert_eq!(code, 0);
    assert!(out.contains('…'), "{out}");
    // The total row: every cell between separators.
    let total = out.lines().find(|l| l.contains(" total ")).unwrap();
    let cells: Vec<&str> = total.split('┆').map(str::trim).collect();
    assert_eq!(cells.len(), 11, "{total}");
    assert!(cells[2..].iter().all(|c| !c.is_empty()), "{total}");
}

const ENGLISH: &[&str] = &[
    "Usage:",
    "Options:",
    "Arguments:",
    "Commands:",
    "Print help",
    "Print version",
    "[default:",
    "[possible values:",
    "help <COMMAND>",
    "<COMMAND>",
];

fn subcommands(path: &[&str]) -> Vec<Vec<String>> {
    let (_, out, _) = run(&[path, &["--help"]].concat());
    let mut all = vec![path.iter().map(|s| s.to_string()).collect::<Vec<_>>()];
    let mut in_commands = false;
    for line in out.lines() {
        if line.starts_with("Commandes :") {
            in_commands = true;
        } else if line.is_empty() {
            in_commands = false;
        } else if in_commands && line.starts_with("  ") && !line.starts_with("   ") {
            let mut sub: Vec<&str> = path.to_vec();
            sub.push(line.split_whitespace().next().unwrap());
            all.extend(subcommands(&sub));
        }
    }
    all
}

#[test]
fn every_help_is_french() {
    let all = subcommands(&[]);
    assert!(all.len() > 15, "{all:?}");
    for path in &all {
        for flag in ["--help", "-h"] {
            let mut args: Vec<&str> = path.iter().map(String::as_str).collect();
            args.push(flag);
            let (code, out, _) = run(&args);
            assert_eq!(code, 0, "{args:?}");
            assert!(
                out.contains("Utilisation : territoire-sante"),
                "{args:?}: {out}"
            );
            assert!(out.contains("Affiche l'aide"), "{args:?}: {out}");
            for en in ENGLISH {
                assert!(!out.contains(en), "{args:?}: « {en} » in\n{out}");
            }
        }
    }
    let (code, out, _) = run(&["--version"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("territoire-sante "), "{out}");
    // Usage errors too.
    let (_, _, err) = run(&["validate"]);
    assert!(err.contains("argument requis manquant"), "{err}");
    assert!(!err.contains("error:") && !err.contains("Usage"), "{err}");
}

/// The test workbook of tests/tableur/: « Montpelier » (misspelt, TAB-005) in column E, row 10
/// of the sheet « Suivi régional ».
const SUIVI: &str = "tests/tableur/suivi.xlsx";
const MONTPELIER: &str = "'Suivi régional'!E10";

#[test]
fn a_finding_read_from_a_sheet_names_its_cell_in_every_format() {
    let base = ["validate", SUIVI, "--as-of", "2016-06-30", "--format"];
    let with = |f: &str| {
        let mut v = base.to_vec();
        v.push(f);
        run(&v)
    };
    // Human and concise: `fichier:feuille!A1`.
    let (code, out, _) = with("human");
    assert_eq!(code, 1, "the workbook holds errors");
    assert!(
        out.contains(&format!("--> {SUIVI}:{MONTPELIER}\n")),
        "{out}"
    );
    let (_, out, _) = with("concise");
    let line = out
        .lines()
        .find(|l| l.contains("TAB-005"))
        .expect("a TAB-005 line");
    assert!(
        line.starts_with(&format!("{SUIVI}:{MONTPELIER}: ")),
        "{line}"
    );
    assert!(line.contains("Montpelier"), "{line}");
    // JSON: the batch's report carries the cell, and follows its schema.
    let (_, out, _) = with("json");
    let batch: Value = serde_json::from_str(&out).unwrap();
    assert_valid(&schema_validator("docs/schema/batch.json"), &batch);
    assert_eq!(batch["reports"][0]["file"], SUIVI);
    let d = batch["reports"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "TAB-005")
        .unwrap();
    assert_eq!(
        d["cellule"],
        serde_json::json!({"feuille": "Suivi régional", "ligne": 10, "colonne": 5, "a1": MONTPELIER})
    );
    // Every finding about a document of the sheet is located; only file-wide ones may not be.
    for d in batch["reports"][0]["diagnostics"].as_array().unwrap() {
        if d["path"]
            .as_str()
            .unwrap_or_default()
            .starts_with("/documents/")
        {
            assert!(d.get("cellule").is_some(), "{d}");
        }
    }
    // SARIF: the cell is the region (row, column) and a logical location; the log is valid.
    let (_, out, _) = with("sarif");
    let log: Value = serde_json::from_str(&out).unwrap();
    assert_valid(&sarif_schema(), &log);
    let r = log["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["ruleId"] == "TAB-005")
        .unwrap();
    let loc = &r["locations"][0];
    assert_eq!(loc["physicalLocation"]["artifactLocation"]["uri"], SUIVI);
    assert_eq!(
        loc["physicalLocation"]["region"],
        serde_json::json!({"startLine": 10, "startColumn": 5})
    );
    assert!(loc["logicalLocations"]
        .as_array()
        .unwrap()
        .iter()
        .any(|l| l["fullyQualifiedName"] == MONTPELIER));
}

#[test]
fn template_and_annotated_workbooks_from_the_command_line() {
    use territoire_sante::tableur::{self, OptionsLecture};
    let modele = tmp("modele-cls.xlsx");
    let (code, _, err) = run(&[
        "modele",
        "contrat_local_sante",
        "-o",
        modele.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let sheets =
        tableur::lecture::lire_feuilles(&std::fs::read(&modele).unwrap(), &Default::default())
            .unwrap();
    assert!(sheets.iter().any(|s| s.nom == "Lisez-moi"));
    let (code, _, err) = run(&["modele", "inconnu", "-o", modele.to_str().unwrap()]);
    assert_eq!(code, 2, "{err}");

    let annote = tmp("suivi-annote.xlsx");
    let (code, _, err) = run(&[
        "validate",
        SUIVI,
        "--as-of",
        "2016-06-30",
        "--format",
        "concise",
        "--annoter",
        annote.to_str().unwrap(),
    ]);
    assert_eq!(code, 1, "{err}");
    let bytes = std::fs::read(&annote).unwrap();
    let sheets = tableur::lecture::lire_feuilles(&bytes, &Default::default()).unwrap();
    let constats = sheets.iter().find(|s| s.nom == "Constats").unwrap();
    assert!(constats
        .lignes
        .iter()
        .any(|row| row.iter().any(|c| c.texte().contains("TAB-005"))));
    // The annotated workbook reads back into the same documents.
    let again = tableur::lire(&bytes, &OptionsLecture::default(), None);
    let first = tableur::lire(
        &std::fs::read(support::root().join(SUIVI)).unwrap(),
        &OptionsLecture::default(),
        None,
    );
    assert_eq!(again.portefeuille, first.portefeuille);
    // Annotating needs one spreadsheet.
    let (code, _, err) = run(&["validate", CLS, "--annoter", annote.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(err.contains("--annoter"), "{err}");
}
