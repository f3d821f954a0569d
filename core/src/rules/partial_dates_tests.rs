//! Rules and their helpers on dates known to the month or the year: a finding only when every
//! possible day gives it.

use serde_json::json;

use super::{art, lif, prs, util};
use crate::date::{Date, PartialDate};
use crate::engine::{Options, Validator};
use crate::model::Document;

fn doc(v: serde_json::Value) -> Document {
    serde_json::from_value(v).unwrap()
}

fn p(s: &str) -> PartialDate {
    s.parse().unwrap()
}

/// The codes `rule` reports on `document` at `as_of`.
fn fired(rule: &str, as_of: Date, document: serde_json::Value) -> Vec<String> {
    let v = Validator::new(Options {
        as_of: Some(as_of),
        rules: vec![rule.to_string()],
        ..Options::default()
    })
    .unwrap();
    v.validate_str(&document.to_string())
        .diagnostics
        .iter()
        .map(|d| format!("{} {}", d.code, d.path))
        .collect()
}

#[test]
fn prs_generations_possible_on_every_day_a_date_may_be() {
    assert_eq!(prs::generations_possible_at(p("2017")), 1..=1);
    assert_eq!(prs::generations_possible_at(p("2018")), 1..=2);
    assert!(!prs::generations_possible_at(p("2017")).contains(&2));
    assert_eq!(prs::generations_possible_at(p("2019")), 2..=2);
    assert_eq!(prs::generations_possible_at(p("2023-10")), 2..=2);
    assert_eq!(prs::generations_possible_at(p("2023")), 2..=3);
    assert_eq!(prs::generations_possible_at(p("2023-11")), 3..=3);
    assert_eq!(prs::generations_possible_at(Date::ymd(2023, 10, 31)), 2..=2);
}

#[test]
fn effective_end_counts_an_amendment_unless_certainly_later() {
    let cls = |act: &str| {
        doc(json!({
            "type": "contrat_local_sante",
            "periode": {"debut": "2016", "fin": "2020"},
            "avenants": [{"nature": "avenant", "date": act, "nouvelle_fin": "2022"}]
        }))
    };
    let as_of = Date::ymd(2021, 1, 1);
    // Made in June 2020: counted, the end is some day of 2022.
    let end = lif::effective_end(&cls("2020-06"), as_of).unwrap();
    assert_eq!(end.to_string(), "2022");
    // Made in 2021: perhaps by 1 January 2021, counted.
    assert_eq!(
        lif::effective_end(&cls("2021"), as_of).unwrap().to_string(),
        "2022"
    );
    // Made in March 2021: certainly later, not counted.
    assert_eq!(
        lif::effective_end(&cls("2021-03"), as_of)
            .unwrap()
            .to_string(),
        "2020"
    );
}

#[test]
fn a_cls_is_in_force_only_when_certainly_so() {
    let cls = doc(json!({
        "type": "contrat_local_sante",
        "date_signature": "2013-03",
        "periode": {"debut": "2013-03", "fin": "2017"}
    }));
    assert!(!art::cls_in_force(&cls, Date::ymd(2013, 3, 15)));
    assert!(art::cls_in_force(&cls, Date::ymd(2013, 4, 1)));
    assert!(art::cls_in_force(&cls, Date::ymd(2017, 1, 1)));
    assert!(!art::cls_in_force(&cls, Date::ymd(2018, 1, 1)));
}

#[test]
fn earliest_and_conclusion_keep_every_possible_day() {
    let cls = doc(json!({
        "type": "contrat_local_sante",
        "date_prefiguration": "2012",
        "signataires": [
            {"acteur": "a", "date_signature": "2013-03-20"},
            {"acteur": "b", "date_signature": "2013-03"},
            {"acteur": "c", "date_signature": "2013-02-01"}
        ],
        "periode": {"debut": "2012-06-01"}
    }));
    // "2012" starts first: its days hold every day the earliest date can be.
    assert_eq!(
        util::earliest(&cls),
        Some(("/date_prefiguration".to_string(), p("2012")))
    );
    // The latest signatory: "2013-03" may be as late as 31 March.
    assert_eq!(
        util::conclusion(&cls),
        Some(("/signataires/1/date_signature".to_string(), p("2013-03")))
    );
}

#[test]
fn cls_014_applies_only_to_a_cls_certainly_concluded_since_the_3ds_law() {
    let cls = |signed: &str| json!({"type": "contrat_local_sante", "date_signature": signed, "periode": {"debut": signed}});
    let as_of = Date::ymd(2024, 1, 15);
    assert!(fired("CLS-014", as_of, cls("2022")).is_empty());
    assert!(fired("CLS-014", as_of, cls("2022-02")).is_empty());
    assert_eq!(
        fired("CLS-014", as_of, cls("2022-03")),
        ["CLS-014 /sante_mentale"]
    );
    assert_eq!(
        fired("CLS-014", as_of, cls("2023")),
        ["CLS-014 /sante_mentale"]
    );
    assert!(fired("CLS-014", as_of, cls("2013-03")).is_empty());
}

#[test]
fn cls_016_deliberation_after_signature_only_when_certain() {
    let cls = |deliberation: &str| {
        json!({
            "type": "contrat_local_sante",
            "acteurs": [{"id": "ville", "nom": "Ville", "nature": "commune"}],
            "signataires": [{"acteur": "ville", "date_signature": "2013-03-15", "date_deliberation": deliberation}]
        })
    };
    let as_of = Date::ymd(2016, 1, 1);
    assert!(fired("CLS-016", as_of, cls("2013")).is_empty());
    assert!(fired("CLS-016", as_of, cls("2013-02")).is_empty());
    assert_eq!(
        fired("CLS-016", as_of, cls("2013-04")),
        ["CLS-016 /signataires/0/date_deliberation"]
    );
}

#[test]
fn dq_001_orders_dates_only_when_certain() {
    let cls = |debut: &str, fin: &str| json!({"type": "contrat_local_sante", "periode": {"debut": debut, "fin": fin}});
    let as_of = Date::ymd(2020, 1, 1);
    assert!(fired("DQ-001", as_of, cls("2015", "2015-06")).is_empty());
    assert!(fired("DQ-001", as_of, cls("2015-06", "2015")).is_empty());
    assert_eq!(
        fired("DQ-001", as_of, cls("2015-07", "2015-06")),
        ["DQ-001 /periode/fin"]
    );
}

#[test]
fn adulte_relais_age_only_when_the_minimum_is_certain() {
    let asv = |hired: &str, age: u32| {
        json!({
            "type": "atelier_sante_ville",
            "adultes_relais": [{"date_embauche": hired, "age_a_l_embauche": age}]
        })
    };
    let as_of = Date::ymd(2024, 1, 1);
    // Hired in 2021: the minimum was 30 until 15 September, 26 after; 25 is too young either way.
    assert_eq!(
        fired("AR-001", as_of, asv("2021", 25)),
        ["AR-001 /adultes_relais/0/age_a_l_embauche"]
    );
    assert!(fired("AR-001", as_of, asv("2021", 28)).is_empty());
    assert!(fired("AR-001", as_of, asv("2021-10", 28)).is_empty());
    assert_eq!(
        fired("AR-001", as_of, asv("2020", 28)),
        ["AR-001 /adultes_relais/0/age_a_l_embauche"]
    );
}

#[test]
fn a_parameter_has_a_value_on_a_partial_date_only_when_no_step_falls_in_it() {
    use crate::params::CTS_COMPOSITION;
    assert_eq!(CTS_COMPOSITION.at_every_day(p("2016-10")), Some(2016));
    assert_eq!(CTS_COMPOSITION.at_every_day(p("2019")), None);
    assert_eq!(CTS_COMPOSITION.at_every_day(p("2019-08")), Some(2019));
    assert_eq!(CTS_COMPOSITION.at_every_day(p("2016")), None);
    assert_eq!(
        CTS_COMPOSITION.at_every_day(Date::ymd(2019, 7, 27)),
        Some(2019)
    );
}
