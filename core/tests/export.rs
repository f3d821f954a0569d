//! `api::export_report`: the JSON façade of `Report::to_fhir` / `to_sarif`, for a report held as
//! JSON text (what the WebAssembly package calls).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use territoire_sante::{api, Date, Error, Options, Validator};

#[test]
fn a_serialised_report_exports_as_the_report_itself() {
    let v = Validator::new(Options {
        as_of: Some(Date::ymd(2020, 6, 30)),
        ..Options::default()
    })
    .unwrap();
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../docs/examples/chateau-thierry-cls.json"
    ))
    .unwrap();
    let report = v.validate_str(&text);
    assert!(!report.diagnostics.is_empty());
    let json = serde_json::to_string(&report).unwrap();
    assert_eq!(
        api::export_report(&json, "fhir", "").unwrap(),
        report.to_fhir()
    );
    assert_eq!(
        api::export_report(&json, "sarif", "cls.json").unwrap(),
        report.to_sarif("cls.json")
    );
    let option = |r: Result<serde_json::Value, Error>| match r {
        Err(Error::Option { option, .. }) => option,
        other => panic!("{other:?}"),
    };
    assert_eq!(option(api::export_report(&json, "csv", "")), "format");
    assert_eq!(option(api::export_report("{}", "fhir", "")), "report");
    assert_eq!(option(api::export_report("[", "sarif", "")), "report");
}
