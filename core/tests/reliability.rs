//! Bounded work, nothing lost, safe outputs: each defect of the reliability review, reproduced
//! with a small input and guarded here (batches that lose nothing, bounded reads, escaped
//! terminal output, CSV cells that are never formulas, SARIF that its official schema accepts,
//! référentiel loaders that say what is wrong, findings capped with a count of the rest).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod support;

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use serde_json::{json, Value};
use territoire_sante::analysis::sortie;
use territoire_sante::input::{self, ReadFailure};
use territoire_sante::referentiel::{LoadLimits, Referentiel};
use territoire_sante::{Date, Limits, Options, Report, Validator};

fn validator(limits: Option<Limits>) -> Validator {
    Validator::new(Options {
        as_of: Some(Date::ymd(2020, 6, 30)),
        limits,
        ..Options::default()
    })
    .unwrap()
}

fn tmp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("ts-reliability-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

fn example() -> PathBuf {
    support::root().join("docs/examples/chateau-thierry-cls.json")
}

// ---- Batches lose nothing -------------------------------------------------------------------

#[test]
fn an_unreadable_file_gets_its_own_report() {
    let v = validator(None);
    let dir = tmp("un-dossier");
    std::fs::create_dir_all(&dir).unwrap();
    let latin1 = tmp("latin1.json");
    std::fs::write(&latin1, b"{\n  \"type\": \"ch\xE2teau\"\n}").unwrap();
    let utf16 = tmp("utf16.json");
    std::fs::write(&utf16, b"\xFF\xFE{\0}\0").unwrap();
    let cases: [(PathBuf, &str); 4] = [
        (tmp("absent.json"), "not_found"),
        (dir, "directory"),
        (latin1, "not_utf8"),
        (utf16, "utf16"),
    ];
    for (path, reason) in cases {
        let r = v.validate_path(&path);
        assert!(!r.valid, "{path:?}");
        assert_eq!(r.codes(), ["DOC-011"], "{path:?}");
        assert_eq!(r.diagnostics[0].params["reason"], reason, "{path:?}");
    }
    let r = v.validate_path(&tmp("latin1.json"));
    assert_eq!(
        (r.diagnostics[0].line, r.diagnostics[0].column),
        (Some(2), Some(14))
    );
    assert!(v.validate_path(&example()).document_type.is_some());
}

#[cfg(feature = "cli")]
fn cli(args: &[&str], stdin: Stdio) -> (i32, String) {
    let o = Command::new(env!("CARGO_BIN_EXE_territoire-sante"))
        .current_dir(support::root())
        .args(args)
        .stdin(stdin)
        .output()
        .unwrap();
    (
        o.status.code().unwrap(),
        String::from_utf8(o.stdout).unwrap(),
    )
}

#[cfg(feature = "cli")]
#[test]
fn the_cli_prints_every_report_in_order_and_exits_with_the_worst_status() {
    let latin1 = tmp("cli-latin1.json");
    std::fs::write(&latin1, b"{\"nom\": \"ch\xE2teau\"}").unwrap();
    let dir = tmp("cli-dossier");
    std::fs::create_dir_all(&dir).unwrap();
    let good = example();
    let files = [
        good.to_str().unwrap(),
        "no/such/file.json",
        dir.to_str().unwrap(),
        latin1.to_str().unwrap(),
        good.to_str().unwrap(),
    ];
    let mut args = vec!["validate", "--as-of", "2020-06-30", "--format", "json"];
    args.extend(files);
    let (code, out) = cli(&args, Stdio::null());
    assert_eq!(code, 2, "an unreadable file is the worst status:\n{out}");
    let batch: Value = serde_json::from_str(&out).unwrap();
    // A directory gives its `*.json` files and spreadsheets: this one has none, and is said so
    // on stderr.
    let reports = batch["reports"].as_array().unwrap();
    assert_eq!(reports.len(), 4);
    let first_codes = |r: &Value| r["diagnostics"][0]["code"].clone();
    assert_eq!(reports[0]["document_type"], "contrat_local_sante");
    for (i, reason) in [(1, "not_found"), (2, "not_utf8")] {
        assert_eq!(first_codes(&reports[i]), "DOC-011", "{i}");
        assert_eq!(reports[i]["diagnostics"][0]["params"]["reason"], reason);
    }
    let same = |r: &Value| {
        let mut r = r.clone();
        r.as_object_mut().unwrap().remove("file");
        r
    };
    assert_eq!(same(&reports[3]), same(&reports[0]));
    // Human output: every file named, then the summary.
    let (code, out) = cli(
        &[
            "validate",
            "--as-of",
            "2020-06-30",
            good.to_str().unwrap(),
            "no/such/file.json",
        ],
        Stdio::null(),
    );
    assert_eq!(code, 2);
    assert!(
        out.contains("DOC-011") && out.contains("fichier introuvable"),
        "{out}"
    );
    assert!(out.contains("2 document(s) validé(s)"), "{out}");
}

// ---- Bounded reads --------------------------------------------------------------------------

#[test]
fn reads_stop_at_the_limit() {
    let v = validator(Some(Limits {
        max_bytes: 1000,
        ..Limits::default()
    }));
    let r = v.validate_reader(std::io::repeat(b' '));
    assert_eq!(r.codes(), ["DOC-009"]);
    assert!(
        r.diagnostics[0].message.contains("plus de 1000"),
        "{}",
        r.diagnostics[0].message
    );
    let big = tmp("big.json");
    std::fs::write(&big, vec![b' '; 5000]).unwrap();
    let r = v.validate_path(&big);
    assert_eq!(r.codes(), ["DOC-009"]);
    assert_eq!(r.diagnostics[0].params["size"], 5000);
    // A device that never ends is read no further than the limit.
    if std::path::Path::new("/dev/zero").exists() {
        assert_eq!(
            v.validate_path(std::path::Path::new("/dev/zero")).codes(),
            ["DOC-009"]
        );
    }
}

#[cfg(feature = "cli")]
#[test]
fn the_cli_reads_an_endless_stdin_no_further_than_the_limit() {
    if !std::path::Path::new("/dev/zero").exists() {
        return;
    }
    let zero = std::fs::File::open("/dev/zero").unwrap();
    let start = std::time::Instant::now();
    let (code, out) = cli(
        &["validate", "--format", "json", "--as-of", "2020-06-30", "-"],
        Stdio::from(zero),
    );
    assert_eq!(code, 1, "{out}");
    let r: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(r["reports"][0]["diagnostics"][0]["code"], "DOC-009");
    assert!(start.elapsed().as_secs() < 30);
}

#[test]
fn a_bom_is_named() {
    let r = validator(None).validate_str("\u{feff}{\"type\": \"contrat_local_sante\"}");
    assert_eq!(r.codes(), ["DOC-001"]);
    let d = &r.diagnostics[0];
    assert_eq!(d.params["error"], "bom");
    assert!(d.message.contains("BOM"), "{}", d.message);
}

// ---- Safe outputs ---------------------------------------------------------------------------

#[cfg(feature = "cli")]
#[test]
fn control_characters_never_reach_the_terminal() {
    let f = tmp("esc.json");
    std::fs::write(
        &f,
        "{\"type\": \"\\u001b]0;titre\\u0007\\u001b[31m\", \"\\u001b[2Jcle\": 1}",
    )
    .unwrap();
    let (_, out) = cli(
        &["validate", "--as-of", "2020-06-30", f.to_str().unwrap()],
        Stdio::null(),
    );
    assert!(out.contains("DOC-"), "{out}");
    assert!(
        !out.chars().any(|c| c.is_control() && c != '\n'),
        "raw control character in: {out:?}"
    );
}

#[test]
fn csv_cells_are_never_formulas() {
    let rows = vec![vec![
        "=HYPERLINK(\"http://x\")".to_string(),
        "+33 1 23".to_string(),
        "-2+3".to_string(),
        "@SUM(A1)".to_string(),
        "\tx".to_string(),
        "\rx".to_string(),
        "-12".to_string(),
        "3.5".to_string(),
        "cls-toulouse".to_string(),
    ]];
    let out = sortie::csv(&["a", "b", "c", "d", "e", "f", "g", "h", "i"], &rows);
    assert_eq!(
        out,
        // Prefixed with `'`; quoted only where RFC 4180 asks (a quote, a line break).
        "a,b,c,d,e,f,g,h,i\r\n\"'=HYPERLINK(\"\"http://x\"\")\",'+33 1 23,'-2+3,'@SUM(A1),'\tx,\"'\rx\",-12,3.5,cls-toulouse\r\n"
    );
}

#[cfg(feature = "referentiel-embarque")]
#[test]
fn an_id_starting_with_equals_is_no_formula_in_the_analyses_csv() {
    let mut pf: Value = serde_json::from_str(
        &std::fs::read_to_string(
            support::root().join("core/tests/fixtures/portefeuille_toulouse.json"),
        )
        .unwrap(),
    )
    .unwrap();
    for d in pf["documents"].as_array_mut().unwrap() {
        if d.get("id").is_some() {
            d["id"] = json!(format!("=cmd|' /C calc'!A0{}", d["id"].as_str().unwrap()));
        }
    }
    let text = pf.to_string();
    let opts = json!({"as_of": "2020-06-30", "territoire": "communes:31555,31069"});
    for csv in [
        territoire_sante::api::analysis::couverture_csv(&text, opts.clone()).unwrap(),
        territoire_sante::api::analysis::articulation_csv(&text, opts).unwrap(),
    ] {
        assert!(csv.contains("=cmd"), "the ids are in the table:\n{csv}");
        for cell in csv.split([',', ';', '\n']) {
            let cell = cell.trim_start_matches('"');
            assert!(
                !cell.starts_with(['=', '+', '@']),
                "formula cell {cell:?} in:\n{csv}"
            );
        }
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

fn assert_valid_sarif(schema: &jsonschema::Validator, log: &Value) {
    let errors: Vec<String> = schema.iter_errors(log).map(|e| e.to_string()).collect();
    assert!(errors.is_empty(), "{errors:#?}\n{log:#}");
}

#[test]
fn sarif_is_valid_against_the_official_schema_with_encoded_uris() {
    let schema = sarif_schema();
    let v = validator(None);
    let reports = [
        v.validate_str(&std::fs::read_to_string(example()).unwrap()),
        v.validate_str("{\"type\": \"contrat_local_sante\", \"signataires\": []}"),
        v.validate_str("{oops"),
        v.validate_value(json!({"type": "contrat_local_sante", "signataires": 3})),
        v.validate_path(&tmp("absent.json")),
        Report::new(Date::ymd(2020, 6, 30), territoire_sante::Locale::En, vec![]),
    ];
    for r in &reports {
        let log = r.to_sarif("dossier/mon fichier#1 été.json");
        assert_valid_sarif(&schema, &log);
        let run = &log["runs"][0];
        assert_eq!(run["columnKind"], "unicodeCodePoints");
        for res in run["results"].as_array().unwrap() {
            assert_eq!(
                res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
                "dossier/mon%20fichier%231%20%C3%A9t%C3%A9.json"
            );
        }
    }
    let all: Vec<(&str, &Report)> = reports.iter().map(|r| ("a b.json", r)).collect();
    assert_valid_sarif(&schema, &Report::to_sarif_many(&all));
}

#[cfg(feature = "cli")]
#[test]
fn the_cli_writes_one_valid_sarif_log_for_many_files() {
    let good = example();
    let (_, out) = cli(
        &[
            "validate",
            "--as-of",
            "2020-06-30",
            "--format",
            "sarif",
            good.to_str().unwrap(),
            "no/such file.json",
        ],
        Stdio::null(),
    );
    let log: Value = serde_json::from_str(&out).unwrap();
    assert_valid_sarif(&sarif_schema(), &log);
    let uris: Vec<&str> = log["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                .as_str()
                .unwrap()
        })
        .collect();
    assert!(uris.contains(&"no/such%20file.json"), "{uris:?}");
}

// ---- Référentiel loaders --------------------------------------------------------------------

const HEAD: &str = "@\tformat\t1\n@\tvintage\ttest\n";

#[test]
fn a_compact_referentiel_refuses_duplicate_codes_and_oversized_text() {
    let dup = format!("{HEAD}R\t11\t75056\t\tÎle-de-France\nR\t11\t75056\t\tAutre\n");
    let e = Referentiel::from_compact(&dup).unwrap_err().to_string();
    assert!(e.contains("ligne 4") && e.contains("déjà ligne 3"), "{e}");
    // A commune déléguée may share its code with its commune nouvelle: not a duplicate.
    let ok = format!(
        "{HEAD}C\t01015\ta\t01\t\t\t100\t\t\tArboys\nC\t01015\td\t01\t\t\t\t\t01015\tArbignieu\n"
    );
    assert!(
        Referentiel::from_compact(&ok).is_ok(),
        "{:?}",
        Referentiel::from_compact(&ok).err()
    );
    let e = Referentiel::from_compact_with(&dup, &LoadLimits { max_bytes: 10 })
        .unwrap_err()
        .to_string();
    assert!(e.contains("limite de 10 octets"), "{e}");
}

#[test]
fn an_unreadable_ept_file_is_an_error_not_an_omission() {
    let dir = tmp("cog");
    std::fs::create_dir_all(&dir).unwrap();
    for f in [
        "communes.json",
        "epci.json",
        "departements.json",
        "regions.json",
    ] {
        std::fs::write(dir.join(f), "[]").unwrap();
    }
    std::fs::write(dir.join("ept.json"), b"[{\"nom\": \"\xE9\"}]").unwrap();
    let e = Referentiel::from_cog_dir(&dir, "test", None)
        .unwrap_err()
        .to_string();
    assert!(e.contains("ept.json") && e.contains("UTF-8"), "{e}");
    std::fs::remove_file(dir.join("ept.json")).unwrap();
    assert!(Referentiel::from_cog_dir(&dir, "test", None).is_ok());
}

#[test]
fn qpv_features_given_as_an_object_are_named() {
    let e = Referentiel::default()
        .with_qpv_geojson(r#"{"type": "FeatureCollection", "features": {}}"#, false)
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("doit être une liste") && e.contains("un objet"),
        "{e}"
    );
}

// ---- Caps on findings -----------------------------------------------------------------------

fn many_findings() -> String {
    // A CLS whose fifty signataires name acteurs it does not describe: one finding each.
    let signataires: Vec<Value> = (0..50)
        .map(|i| json!({"acteur": format!("inconnu-{i}")}))
        .collect();
    json!({"type": "contrat_local_sante", "signataires": signataires}).to_string()
}

#[test]
fn findings_beyond_the_caps_are_counted_not_kept() {
    let text = many_findings();
    let all = validator(None).validate_str(&text);
    assert!(all.diagnostics.len() > 12, "{}", all.diagnostics.len());
    let capped = validator(Some(Limits {
        max_findings_per_document: 5,
        ..Limits::default()
    }))
    .validate_str(&text);
    let omitted: Vec<_> = capped
        .diagnostics
        .iter()
        .filter(|d| d.code == "DOC-012")
        .collect();
    assert_eq!(omitted.len(), 1);
    assert_eq!(capped.diagnostics.len(), 6);
    assert_eq!(
        omitted[0].params["omitted"],
        json!(all.diagnostics.len() - 5)
    );
    assert_eq!(capped.valid, all.valid);
    let capped = validator(Some(Limits {
        max_findings: 3,
        ..Limits::default()
    }))
    .validate_str(&text);
    assert_eq!(capped.diagnostics.len(), 4);
    assert!(capped.has("DOC-012"));
    assert_eq!(capped.valid, all.valid);
}

// ---- Inputs ----------------------------------------------------------------------------------

#[test]
fn value_failures_from_the_fronts_are_worded_by_the_core() {
    let v = validator(None);
    for (code, rule) in [
        ("cycle", "DOC-011"),
        ("not_finite", "DOC-011"),
        ("undefined", "DOC-011"),
        ("lone_surrogate", "DOC-011"),
        ("unsupported_type", "DOC-011"),
        ("too_deep", "DOC-008"),
    ] {
        let r = v.unreadable_value(code, "/signataires/0");
        assert_eq!(r.codes(), [rule], "{code}");
        assert_eq!(r.diagnostics[0].path, "/signataires/0");
        assert!(!r.valid);
    }
    assert_eq!(
        input::read_text(&b"\xFE\xFF\0{"[..], 10),
        Err(ReadFailure::Utf16)
    );
    let mut w = Vec::new();
    writeln!(w, "{{}}").unwrap();
    assert_eq!(input::read_text(&w[..], 10).unwrap(), "{}\n");
}

// ---- Bounded work on portfolios --------------------------------------------------------------

/// A portfolio of `n` CLS in force on the same commune.
fn same_commune(n: usize) -> String {
    let docs: Vec<Value> = (0..n)
        .map(|i| {
            json!({
                "type": "contrat_local_sante",
                "id": format!("cls-{i}"),
                "nom": format!("CLS {i}"),
                "statut": "signe",
                "date_signature": "2015-12-17",
                "perimetre": [{"type": "commune", "code": "02168", "nom": "Château-Thierry"}],
            })
        })
        .collect();
    json!({"type": "portefeuille", "nom": "P", "documents": docs}).to_string()
}

#[test]
fn many_cls_on_one_commune_make_one_finding_in_linear_time() {
    let v = Validator::new(Options {
        as_of: Some(Date::ymd(2020, 6, 30)),
        rules: vec!["ART-009".into()],
        ..Options::default()
    })
    .unwrap();
    let two = v.validate_str(&same_commune(2));
    assert_eq!(two.codes(), ["ART-009"]);
    assert_eq!(two.diagnostics[0].path, "/documents/1/perimetre/0/code");
    assert_eq!(two.diagnostics[0].params["autre"], "cls-0");
    // Optimised builds must stay well under a second; debug builds get a looser budget.
    let budget = if cfg!(debug_assertions) { 20.0 } else { 1.0 };
    for n in [200, 1_000, 3_000] {
        let text = same_commune(n);
        let start = std::time::Instant::now();
        let r = v.validate_str(&text);
        let secs = start.elapsed().as_secs_f64();
        assert!(secs < budget, "{n} CLS: {secs:.2} s");
        assert_eq!(r.codes(), ["ART-009"], "{n} CLS: one group, one finding");
        let d = &r.diagnostics[0];
        assert_eq!(d.params["autres_nombre"], n - 1);
        assert!(
            d.message.contains(&format!("et {} autres", n - 1 - 20)),
            "{}",
            d.message
        );
        // Output bounded by a constant, whatever the number of CLS.
        let out = serde_json::to_string(&r).unwrap().len();
        assert!(out < 20_000, "{n} CLS: {out} bytes of report");
    }
}

/// The shortest of three timings of `f`, in seconds (the least disturbed by other work).
fn fastest(mut f: impl FnMut()) -> f64 {
    (0..3)
        .map(|_| {
            let start = std::time::Instant::now();
            f();
            start.elapsed().as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min)
}

/// Eight times the documents must cost about eight times the time, with every rule and the
/// portfolio written on one line (as `json.dumps` writes it): locating each finding by counting
/// the line's characters from its start cost the line's length per finding, N² in all. Linear
/// work gives a ratio near 8, quadratic work near 64; the bound leaves room for noise.
#[test]
fn a_portfolio_on_one_line_is_validated_in_linear_time() {
    let v = validator(None);
    let (small, large) = (same_commune(300), same_commune(2_400));
    assert!(!small.contains('\n'));
    let r = v.validate_str(&large);
    assert!(r.diagnostics.len() > 2_400, "{}", r.diagnostics.len());
    assert!(r.diagnostics.iter().all(|d| d.line == Some(1)));
    let t_small = fastest(|| drop(v.validate_str(&small)));
    let t_large = fastest(|| drop(v.validate_str(&large)));
    let ratio = t_large / t_small;
    assert!(
        ratio < 24.0,
        "×8 documents took ×{ratio:.1} the time ({t_small:.3} s, {t_large:.3} s)"
    );
}

/// The same for the CLI's human output, which shows each finding's part of that one line.
#[cfg(feature = "cli")]
#[test]
fn the_human_output_of_a_portfolio_on_one_line_is_linear() {
    let (small, large) = (tmp("one-line-200.json"), tmp("one-line-1600.json"));
    std::fs::write(&small, same_commune(200)).unwrap();
    std::fs::write(&large, same_commune(1_600)).unwrap();
    let run = |p: &PathBuf| {
        let (code, out) = cli(
            &[
                "validate",
                "--as-of",
                "2020-06-30",
                "--color",
                "never",
                p.to_str().unwrap(),
            ],
            Stdio::null(),
        );
        assert!(code == 0 || code == 1, "{code}");
        assert!(out.contains("extrait"), "{}", &out[..out.len().min(2000)]);
    };
    let t_small = fastest(|| run(&small));
    let t_large = fastest(|| run(&large));
    let ratio = t_large / t_small;
    assert!(
        ratio < 24.0,
        "×8 documents took ×{ratio:.1} the time ({t_small:.3} s, {t_large:.3} s)"
    );
}

// ---- Checked arithmetic ---------------------------------------------------------------------

fn vector_document(file: &str, index: usize, doc: Option<usize>) -> Value {
    let v: Vec<Value> = serde_json::from_str(
        &std::fs::read_to_string(support::root().join("tests/vectors").join(file)).unwrap(),
    )
    .unwrap();
    let d = v[index]["document"].clone();
    match doc {
        Some(k) => d["documents"][k].clone(),
        None => d,
    }
}

fn only_rule(code: &str, as_of: Date, doc: &Value) -> Report {
    Validator::new(Options {
        as_of: Some(as_of),
        rules: vec![code.into()],
        ..Options::default()
    })
    .unwrap()
    .validate_value(doc.clone())
}

#[test]
fn a_huge_college_does_not_wrap_the_cts_total() {
    let mut cts = vector_document("GOV-001.json", 5, None);
    let as_of = Date::ymd(2017, 6, 1);
    assert!(
        !only_rule("GOV-001", as_of, &cts).has("GOV-001"),
        "in range"
    );
    // 4,294,967,290 + 8 + 6 + 2 + 2 = 40 modulo 2^32: once accepted as a plausible total.
    cts["colleges"][0]["effectif"] = json!(4_294_967_290u64);
    let r = only_rule("GOV-001", as_of, &cts);
    let total = r
        .diagnostics
        .iter()
        .find(|d| d.path == "/colleges")
        .expect("the total is out of range");
    assert!(total.message.contains("4294967308"), "{}", total.message);
}

#[test]
fn a_huge_conseil_citoyen_is_counted_as_it_is() {
    let mut cc = vector_document("PAR-013.json", 0, None);
    cc["colleges"][0]["effectif"] = json!(u32::MAX);
    cc["colleges"][1]["effectif"] = json!(10);
    let r = only_rule("PAR-013", Date::ymd(2018, 1, 15), &cc);
    assert!(r.has("PAR-013"), "{:?}", r.codes());
    let d = &r.diagnostics[0];
    assert!(!d.message.contains(" 9 membres"), "{}", d.message);
    assert!(d.message.contains("4294967305"), "{}", d.message);
    // PAR-005 compares the habitants with half the total: in 64 bits too.
    let r = only_rule("PAR-005", Date::ymd(2018, 1, 15), &cc);
    assert!(!r.has("PAR-005"), "{:?}", r.codes());
}

#[test]
fn absurd_populations_in_a_referentiel_are_refused_where_they_are() {
    let text = format!("{HEAD}C\t01001\ta\t01\t\t\t18446744073709551615\t\t\tX\n");
    let e = Referentiel::from_compact(&text).unwrap_err().to_string();
    assert!(
        e.contains("ligne 3") && e.contains("invraisemblable"),
        "{e}"
    );
}

// ---- Privacy --------------------------------------------------------------------------------

const PERSONAL: [&str; 5] = [
    "Jean Dupont",
    "jean.dupont@example.fr",
    "06 12 34 56 78",
    "+33612345678",
    "0612345678",
];

/// Every value of `doc` replaced, in turn, by each personal datum as a text, as a key, and as
/// a wrong type around it; every output of every report checked for any of them.
#[test]
fn reading_errors_never_echo_personal_data() {
    let v = validator(None);
    let base: Value = serde_json::from_str(&std::fs::read_to_string(example()).unwrap()).unwrap();
    let mut paths = Vec::new();
    fn walk(v: &Value, at: &mut Vec<Value>, out: &mut Vec<Vec<Value>>) {
        out.push(at.clone());
        match v {
            Value::Object(m) => {
                for (k, x) in m {
                    at.push(json!(k));
                    walk(x, at, out);
                    at.pop();
                }
            }
            Value::Array(a) => {
                for (i, x) in a.iter().enumerate() {
                    at.push(json!(i));
                    walk(x, at, out);
                    at.pop();
                }
            }
            _ => {}
        }
    }
    walk(&base, &mut Vec::new(), &mut paths);
    fn slot<'a>(doc: &'a mut Value, path: &[Value]) -> &'a mut Value {
        let mut cur = doc;
        for p in path {
            cur = match p {
                Value::String(k) => &mut cur[k.as_str()],
                _ => &mut cur[p.as_u64().unwrap() as usize],
            };
        }
        cur
    }
    let mut checked = 0;
    for path in paths.iter().filter(|p| !p.is_empty()) {
        // Organisation names are quoted by design; contact fields are what must stay out.
        if path
            .iter()
            .any(|p| p == "nom" || p == "intitule" || p == "description")
        {
            continue;
        }
        for datum in PERSONAL {
            let variants = [
                json!(datum),
                json!({ datum: datum }),
                json!([datum]),
                json!(612345678u64),
            ];
            for replacement in variants {
                let mut doc = base.clone();
                *slot(&mut doc, path) = replacement.clone();
                let mut keyed = base.clone();
                if let (Some(Value::String(k)), Some(parent)) =
                    (path.last(), path.split_last().map(|(_, p)| p))
                {
                    if let Some(m) = slot(&mut keyed, parent).as_object_mut() {
                        if let Some(x) = m.remove(k) {
                            m.insert(datum.to_string(), x);
                        }
                    }
                }
                for d in [doc, keyed] {
                    let text = serde_json::to_string_pretty(&d).unwrap();
                    let r = v.validate_str(&text);
                    // Each reading finding, as the JSON, SARIF and FHIR outputs carry it.
                    for d in r
                        .diagnostics
                        .iter()
                        .filter(|d| d.code.starts_with("DOC") || d.code == "DQ-005")
                    {
                        let alone = Report::new(r.as_of, r.locale, vec![d.clone()]);
                        let outputs = [
                            serde_json::to_string(d).unwrap(),
                            alone.to_sarif("f.json").to_string(),
                            alone.to_fhir().to_string(),
                        ];
                        for (datum, out) in PERSONAL
                            .iter()
                            .flat_map(|p| outputs.iter().map(move |o| (p, o)))
                        {
                            assert!(!out.contains(datum), "{datum} echoed by {}: {out}", d.code);
                        }
                    }
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 100, "{checked}");
}

/// The generated national portfolio, validated with every rule and covered: three times the
/// documents cost about three times the CPU time (issue 20's ×10 → ×100 growth, scaled down
/// for a test). Linear work gives a ratio near 3, quadratic work near 9; the bound leaves room
/// for noise.
#[test]
fn the_national_portfolio_is_validated_and_covered_in_linear_time() {
    use territoire_sante::analysis::couverture::{couverture, Perimetre};
    use territoire_sante::analysis::generateur::{generer, Options as Generation};
    use territoire_sante::model::Document;
    let r = Referentiel::embedded().unwrap();
    let v = validator(None);
    let as_of = Date::ymd(2020, 6, 30);
    let cost = |scale: usize| {
        let pf = generer(
            r,
            &Generation {
                scale,
                ..Generation::default()
            },
        );
        let n = pf.documents.len();
        let doc = Document::Portefeuille(pf);
        let mut findings = 0;
        let secs = fastest(|| findings = v.validate(&doc).diagnostics.len());
        let Document::Portefeuille(pf) = &doc else {
            unreachable!()
        };
        let cover = fastest(|| drop(couverture(pf, r, Some(&Perimetre::France), as_of).unwrap()));
        (n, findings, secs, cover)
    };
    let (n1, f1, v1, c1) = cost(1);
    let (n3, f3, v3, c3) = cost(3);
    assert_eq!(n3, 3 * n1);
    assert!(f3 > 2 * f1, "{f1} then {f3} findings");
    let ratio = v3 / v1;
    assert!(
        ratio < 6.0,
        "validation: ×3 documents took ×{ratio:.1} the time ({v1:.3} s, {v3:.3} s)"
    );
    // The coverage has a fixed part (a row per commune of France) that does not grow.
    let ratio = c3 / c1;
    assert!(
        ratio < 6.0,
        "coverage: ×3 documents took ×{ratio:.1} the time ({c1:.3} s, {c3:.3} s)"
    );
}
