//! The `referentiel` subcommand of the CLI.
#![cfg(all(feature = "cli", feature = "referentiel-embarque"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::process::Command;

fn cli(args: &[&str]) -> (i32, String) {
    let o = Command::new(env!("CARGO_BIN_EXE_territoire-sante"))
        .arg("referentiel")
        .args(args)
        .output()
        .unwrap();
    (
        o.status.code().unwrap_or(-1),
        String::from_utf8(o.stdout).unwrap(),
    )
}

#[test]
fn looks_up_a_commune_an_epci_and_searches_by_name() {
    let (rc, s) = cli(&["commune", "59350"]);
    assert_eq!(rc, 0);
    assert!(
        s.contains("Lille (59350)") && s.contains("200093201"),
        "{s}"
    );
    let (rc, s) = cli(&["epci", "200093201", "--format", "json"]);
    assert_eq!(rc, 0);
    let v: serde_json::Value = serde_json::from_str(&s).unwrap();
    assert_eq!(v["nature"], "METRO");
    assert!(v["membres"].as_array().unwrap().len() > 90);
    let (rc, s) = cli(&["cherche", "chateau thierry", "--format", "json"]);
    assert_eq!(rc, 0);
    let v: serde_json::Value = serde_json::from_str(&s).unwrap();
    assert_eq!(v[0]["code"], "02168");
    let (rc, s) = cli(&["commune", "94081"]);
    assert_eq!(rc, 0);
    assert!(s.contains("Grand-Orly Seine Bièvre"), "{s}");
}

#[test]
fn unknown_codes_exit_with_1_and_other_data_load_from_files() {
    let (rc, s) = cli(&["commune", "99999"]);
    assert_eq!(rc, 1);
    assert!(s.contains("99999"));
    let dir = std::env::temp_dir().join(format!("ts-ref-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let f = dir.join("mini.tsv");
    std::fs::write(
        &f,
        "@\tformat\t1\n@\tvintage\tCOG essai\nR\t32\t\tmetro\tHauts-de-France\nD\t59\t32\t\tmetro\tNord\nC\t59350\ta\t59\t\t\t1\t\t\tLille\n",
    )
    .unwrap();
    let (rc, s) = cli(&["info", "--donnees", f.to_str().unwrap(), "--format", "json"]);
    assert_eq!(rc, 0);
    let v: serde_json::Value = serde_json::from_str(&s).unwrap();
    assert_eq!(v["vintage"], "COG essai");
    assert_eq!(v["comptes"]["communes"], 1);
    std::fs::write(&f, "pas un référentiel").unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_territoire-sante"))
        .args(["referentiel", "info", "--donnees", f.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("format"));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_qpv_of_2024_is_answered_with_its_commune_epci_and_region() {
    let (rc, s) = cli(&["qpv", "QN09125M"]);
    assert_eq!(rc, 0);
    for part in [
        "La Grande Borne",
        "91286 Grigny",
        "200059228",
        "91 Essonne",
        "11 Île-de-France",
        "2024-01-01",
    ] {
        assert!(s.contains(part), "{part} absent de :\n{s}");
    }
    let (rc, s) = cli(&["cherche", "grande", "borne", "--format", "json"]);
    assert_eq!(rc, 0);
    let v: serde_json::Value = serde_json::from_str(&s).unwrap();
    assert_eq!(v[0]["code"], "QN09125M");
    assert_eq!(v[0]["type"], "qpv");
}
