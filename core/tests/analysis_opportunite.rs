//! Opportunity assessment: the Vitry-sur-Seine case of seed 000 and variants around it.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod support;

use serde_json::{json, Value};
use territoire_sante::analysis::opportunite::{
    evaluer, AvisOpportunite, Effet, Facteur, DELAI_MINIMAL_JOURS,
};
use territoire_sante::model::{DemarcheAccompagnement, Document, Scenario};
use territoire_sante::{Date, Error, Locale};

fn vitry_value() -> Value {
    let path = support::root().join("core/tests/fixtures/vitry_2020.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn demarche(v: Value) -> DemarcheAccompagnement {
    match serde_json::from_value::<Document>(v).unwrap() {
        Document::DemarcheAccompagnement(d) => d,
        other => panic!("not a démarche: {:?}", other.kind()),
    }
}

fn assess(v: Value, locale: Locale) -> AvisOpportunite {
    evaluer(&demarche(v), None, locale).unwrap()
}

fn determinants(a: &AvisOpportunite) -> Vec<Facteur> {
    a.determinants().map(|f| f.facteur).collect()
}

/// Spring 2020 in Vitry (seed 000): the COVID crisis absorbs the services, the urbanism
/// sponsor is leaving, one interview after two months of requests, the AMI deadline at the end
/// of June. The seed concludes that the window of opportunity "ne semble pas solidement
/// établie" and sketches a postponement conditional on an exchange with the elected officials.
#[test]
fn vitry_spring_2020_gives_report_with_the_seed_reasons() {
    let a = assess(vitry_value(), Locale::Fr);
    assert_eq!(a.recommandation, Scenario::Report);
    assert_eq!(a.demarche.as_deref(), Some("ufs-vitry-2020"));
    assert_eq!(a.date_reference, Some(Date::ymd(2020, 4, 30).into()));

    // What keeps the window shut: the four conditions of a window that fail.
    let det = determinants(&a);
    for f in [
        Facteur::PortagePolitique,
        Facteur::DisponibiliteServices,
        Facteur::PrioritesConcurrentes,
        Facteur::EcheanceExterne,
    ] {
        assert!(det.contains(&f), "{f:?} should be decisive: {det:?}");
    }
    // The other obstacles the seed lists weigh against, without being dead ends.
    for f in [
        Facteur::Entretiens,
        Facteur::ComprehensionElus,
        Facteur::AlignementDemande,
    ] {
        assert_eq!(a.facteur(f).unwrap().effet, Effet::Defavorable, "{f:?}");
    }
    assert!(a.facteurs.iter().all(|f| f.effet != Effet::Bloquant));
    // The services' own will is the support the seed acknowledges ("en dépit de la volonté de
    // portage du projet en interne").
    assert_eq!(
        a.facteur(Facteur::PortageTechnique).unwrap().effet,
        Effet::Favorable
    );

    // Score from the documented weights: -3 (sponsor) +1 (services' will) -2 (availability)
    // -2 (crisis) -2 (interviews) -2 (deadline) -1 (understanding) -2 (alignment).
    assert_eq!(a.score, -13);
    assert_eq!(
        a.score,
        a.facteurs.iter().map(|f| f.contribution).sum::<i32>()
    );

    let all = a.raisons.join("\n");
    assert!(all.contains("crise_sanitaire_covid19"), "{all}");
    assert!(all.contains("instable"), "{all}");
    assert!(
        all.contains("1 obtenu(s) sur 4 demandé(s) en 60 jours"),
        "{all}"
    );
    // 30 April → 30 June 2020: 31 days of May + 30 of June.
    assert!(all.contains("61 jours restants"), "{all}");
    assert!(all.contains("(AMI)"), "{all}");
    // Decisive reasons come first.
    assert!(a.raisons[0].ends_with("[déterminant]"), "{:?}", a.raisons);
    assert!(a.motif.starts_with("Report"), "{}", a.motif);
    assert!(a.motif.contains("pas solidement établie"), "{}", a.motif);
    let cond = a.condition.as_deref().unwrap();
    assert!(cond.contains("échange avec les élus"), "{cond}");
    assert!(cond.contains("fenêtre d'opportunité fiable"), "{cond}");
    assert!(a.suivi.is_none());
    assert!(a.non_renseignes.is_empty());
    // No personal data finds its way into the texts.
    let text = serde_json::to_string(&a).unwrap();
    for name in ["Chauvin", "Gatipon", "Smith"] {
        assert!(!text.contains(name));
    }
}

#[test]
fn vitry_in_english() {
    let a = assess(vitry_value(), Locale::En);
    assert_eq!(a.recommandation, Scenario::Report);
    assert_eq!(a.locale, Locale::En);
    assert!(a.motif.starts_with("Postpone"), "{}", a.motif);
    assert!(a.motif.contains("not solidly established"), "{}", a.motif);
    let cond = a.condition.as_deref().unwrap();
    assert!(cond.contains("elected officials"), "{cond}");
    assert!(cond.contains("reliable window of opportunity"), "{cond}");
    let all = a.raisons.join("\n");
    assert!(all.contains("61 days left"), "{all}");
    assert!(
        all.contains("1 obtained out of 4 requested over 60 days"),
        "{all}"
    );
    assert!(all.contains("unstable"), "{all}");
    assert!(
        !all.contains("déterminant") && all.contains("[decisive]"),
        "{all}"
    );
    // Same decision and same factor readings in both languages.
    let fr = assess(vitry_value(), Locale::Fr);
    let key = |x: &AvisOpportunite| {
        x.facteurs
            .iter()
            .map(|f| (f.facteur, f.effet, f.contribution, f.determinant))
            .collect::<Vec<_>>()
    };
    assert_eq!(key(&a), key(&fr));
}

/// Had the crisis not happened: a stable sponsor, available services, interviews granted,
/// time to prepare. The window is open and the workshops go ahead.
#[test]
fn variant_without_crisis_gives_maintien() {
    let mut v = vitry_value();
    v["facteurs"] = json!({
        "date_constat": "2020-04-30",
        "portage_politique": {"niveau": "fort", "stable": true},
        "portage_technique": "moyen",
        "disponibilite_services": "moyen",
        "priorites_concurrentes": [{"nature": "revue_projet_npru_anru", "intensite": "moyen"}],
        "entretiens": {"demandes": 4, "obtenus": 3, "duree_sollicitation_jours": 30},
        "echeance_externe": {"date": "2020-12-31", "objet": "AMI"},
        "comprehension_elus": "faible",
        "alignement_demande": "moyen"
    });
    let a = assess(v, Locale::Fr);
    assert_eq!(a.recommandation, Scenario::Maintien, "{:#?}", a.raisons);
    assert!(a.score >= 0);
    let det = determinants(&a);
    assert!(det.contains(&Facteur::PortagePolitique));
    assert!(det.contains(&Facteur::Entretiens));
    assert!(a.condition.is_none() && a.suivi.is_none());
    assert!(a.motif.starts_with("Maintien"));
}

/// If the executive's priorities left no room at all and not one interview had been granted
/// after two months, waiting would not open a window: cancel, and keep the health service's
/// will alive through internal advocacy (the seed's third scenario).
#[test]
fn variant_with_two_dead_ends_gives_annulation() {
    let mut v = vitry_value();
    v["facteurs"]["alignement_demande"] = json!("nul");
    v["facteurs"]["entretiens"] =
        json!({"demandes": 4, "obtenus": 0, "duree_sollicitation_jours": 60});
    let a = assess(v.clone(), Locale::Fr);
    assert_eq!(a.recommandation, Scenario::Annulation);
    assert_eq!(
        determinants(&a),
        vec![Facteur::Entretiens, Facteur::AlignementDemande]
    );
    assert!(a.suivi.as_deref().unwrap().contains("plaidoyer"));
    assert!(a.condition.is_none());
    let en = assess(v, Locale::En);
    assert!(en.suivi.as_deref().unwrap().contains("advocacy"));
    assert!(en.motif.starts_with("Cancel"));
}

#[test]
fn one_dead_end_alone_postpones() {
    let mut v = vitry_value();
    v["facteurs"]["alignement_demande"] = json!("nul");
    let a = assess(v, Locale::Fr);
    assert_eq!(a.recommandation, Scenario::Report);
    assert_eq!(
        a.facteur(Facteur::AlignementDemande).unwrap().effet,
        Effet::Bloquant
    );
    assert!(a.facteur(Facteur::AlignementDemande).unwrap().determinant);
}

#[test]
fn no_political_sponsor_at_all_cancels() {
    let v = json!({"type": "demarche_accompagnement", "facteurs": {
        "portage_politique": {"niveau": "nul"},
        "disponibilite_services": "fort"
    }});
    let a = evaluer(&demarche(v), Some(Date::ymd(2020, 4, 30)), Locale::Fr).unwrap();
    assert_eq!(a.recommandation, Scenario::Annulation);
    assert_eq!(determinants(&a), vec![Facteur::PortagePolitique]);
}

#[test]
fn an_otherwise_open_window_without_a_sponsor_on_record_is_postponed() {
    let v = json!({"type": "demarche_accompagnement", "facteurs": {
        "disponibilite_services": "fort",
        "alignement_demande": "fort"
    }});
    let a = evaluer(&demarche(v), Some(Date::ymd(2020, 4, 30)), Locale::Fr).unwrap();
    assert_eq!(a.recommandation, Scenario::Report);
    assert!(a.non_renseignes.contains(&"portage_politique"));
    assert!(a.raisons[0].contains("Portage politique non renseigné"));
}

#[test]
fn deadline_threshold_is_the_documented_one() {
    let at = |days: i64| {
        let v = json!({"type": "demarche_accompagnement", "facteurs": {
            "portage_politique": {"niveau": "fort", "stable": true},
            "disponibilite_services": "fort",
            "echeance_externe": {"date": "2020-09-30"}
        }});
        let reference = Date::ymd(2020, 9, 30).add_days(-days).unwrap();
        evaluer(&demarche(v), Some(reference), Locale::Fr).unwrap()
    };
    let enough = at(DELAI_MINIMAL_JOURS);
    assert_eq!(enough.recommandation, Scenario::Maintien);
    assert_eq!(
        enough.facteur(Facteur::EcheanceExterne).unwrap().effet,
        Effet::Neutre
    );
    let short = at(DELAI_MINIMAL_JOURS - 1);
    assert_eq!(short.recommandation, Scenario::Report);
    assert!(determinants(&short).contains(&Facteur::EcheanceExterne));
    let passed = at(-10);
    assert!(passed
        .raisons
        .join(" ")
        .contains("dépassée depuis 10 jours"));
}

#[test]
fn date_constat_wins_over_as_of() {
    let d = demarche(vitry_value());
    let a = evaluer(&d, Some(Date::ymd(2019, 1, 1)), Locale::Fr).unwrap();
    assert_eq!(a.date_reference, Some(Date::ymd(2020, 4, 30).into()));
}

#[test]
fn nothing_to_weigh_is_an_error() {
    let v = json!({"type": "demarche_accompagnement", "nom": "x"});
    match evaluer(&demarche(v), None, Locale::Fr) {
        Err(Error::Analysis(m)) => assert!(m.contains("facteur"), "{m}"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn recorded_decision_is_reported_alongside() {
    let mut v = vitry_value();
    v["decision"] = json!({"scenario": "annulation", "date": "2020-05-15"});
    let a = assess(v, Locale::Fr);
    assert_eq!(a.decision_document, Some(Scenario::Annulation));
    assert_eq!(a.recommandation, Scenario::Report);
}
