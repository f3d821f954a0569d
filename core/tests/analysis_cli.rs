//! The `couverture`, `articulation` and `opportunite` subcommands of the CLI.
#![cfg(all(feature = "cli", feature = "referentiel-embarque"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod support;

use std::process::Command;

fn cli(args: &[&str]) -> (i32, String, String) {
    let o = Command::new(env!("CARGO_BIN_EXE_territoire-sante"))
        .args(args)
        .current_dir(support::root())
        .output()
        .unwrap();
    (
        o.status.code().unwrap_or(-1),
        String::from_utf8(o.stdout).unwrap(),
        String::from_utf8(o.stderr).unwrap(),
    )
}

const TOULOUSE: &str = "core/tests/fixtures/portefeuille_toulouse.json";
const VITRY: &str = "core/tests/fixtures/vitry_2020.json";

#[test]
fn opportunite_in_french_and_english() {
    let (rc, s, _) = cli(&["opportunite", VITRY]);
    assert_eq!(rc, 0);
    assert!(s.contains("Recommandation : REPORT"), "{s}");
    assert!(s.contains("fenêtre d'opportunité fiable"), "{s}");
    let (rc, s, _) = cli(&["opportunite", "--lang", "en", VITRY]);
    assert_eq!(rc, 0);
    assert!(s.contains("Recommendation: POSTPONE"), "{s}");
    let (rc, s, _) = cli(&["opportunite", "--format", "json", VITRY]);
    assert_eq!(rc, 0);
    // An array whatever the number of démarches: one here.
    let v: serde_json::Value = serde_json::from_str(&s).unwrap();
    assert_eq!(v.as_array().map(Vec::len), Some(1), "{s}");
    assert_eq!(v[0]["recommandation"], "report");
    let (rc, _, e) = cli(&["opportunite", TOULOUSE]);
    assert_eq!(rc, 2);
    assert!(e.contains("démarche"), "{e}");
}

#[test]
fn couverture_human_csv_json() {
    let base = [
        "couverture",
        "--territoire",
        "epci:243100518",
        "--as-of",
        "2020-06-30",
    ];
    let (rc, s, _) = cli(&[&base[..], &[TOULOUSE]].concat());
    assert_eq!(rc, 0);
    assert!(
        s.contains("Couverture de epci:243100518 au 2020-06-30"),
        "{s}"
    );
    assert!(s.contains("Haute-Garonne"), "{s}");
    let (rc, s, _) = cli(&[&base[..], &["--format", "csv", TOULOUSE]].concat());
    assert_eq!(rc, 0);
    assert!(
        s.starts_with("commune,nom,departement,epci,population,qpv,cls,"),
        "{s}"
    );
    assert!(s.contains("31555,Toulouse,31,243100518,"), "{s}");
    let (rc, s, _) = cli(&[&base[..], &["--format", "json", "--resume", TOULOUSE]].concat());
    assert_eq!(rc, 0);
    let v: serde_json::Value = serde_json::from_str(&s).unwrap();
    assert_eq!(v["total"]["communes_couvertes"], 2);
    let (rc, _, e) = cli(&["couverture", "--territoire", "dep59", TOULOUSE]);
    assert_eq!(rc, 2);
    assert!(e.contains("territoire"), "{e}");
}

#[test]
fn articulation_table() {
    let (rc, s, _) = cli(&[
        "articulation",
        "--territoire",
        "communes:31555,31069",
        "--as-of",
        "2020-06-30",
        TOULOUSE,
    ]);
    assert_eq!(rc, 0);
    assert!(
        s.contains("cls-toulouse") && s.contains("clsm_sans_cls"),
        "{s}"
    );
    assert!(s.contains("QP031007"), "{s}");
}
