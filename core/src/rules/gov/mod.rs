//! GOV-*: governance bodies — conseils territoriaux de santé (L1434-10 CSP, décret 2016-1024),
//! CLSM bodies, conseils citoyens in the contrat de ville's steering, PTSM procedure, CPTS and MSP
//! projets de santé.

use super::util;
use super::*;
use crate::model::{
    College, ContratDeVille, Document, DocumentKind, Instance, NatureActeur, NatureInstance,
    NatureProjetSante, RepresentationCts,
};
use crate::report::{Category, InForce, Severity};

mod gov_001;
mod gov_002;
mod gov_003;
mod gov_004;
mod gov_005;
mod gov_006;
mod gov_007;
mod gov_008;
mod gov_009;
mod gov_010;
mod gov_011;
mod gov_012;

pub use gov_001::GOV_001;
pub use gov_002::GOV_002;
pub use gov_003::GOV_003;
pub use gov_004::GOV_004;
pub use gov_005::GOV_005;
pub use gov_006::GOV_006;
pub use gov_007::GOV_007;
pub use gov_008::GOV_008;
pub use gov_009::GOV_009;
pub use gov_010::GOV_010;
pub use gov_011::GOV_011;
pub use gov_012::GOV_012;

/// L1434-10 I CSP (CTS), as on Doctrine.
pub const L1434_10_I: Source = Source::new(
    SourceKind::Loi,
    "Code de la santé publique, art. L1434-10 I (loi n° 2016-41 du 26 janvier 2016)",
    Some("https://www.doctrine.fr/l/texts/codes/LEGITEXT000006072665/articles/LEGIARTI000020897640?version=LEGIARTI000036515343&source=legislation"),
);

/// Décret 2016-1024 and the arrêté of 3 August 2016, as summarised by the ASH.
pub const DECRET_2016_1024: Source = Source::new(
    SourceKind::Reglement,
    "Décret n° 2016-1024 du 26 juillet 2016 (territoires de démocratie sanitaire, conseils territoriaux de santé) et arrêté du 3 août 2016",
    Some("https://ash.tm.fr/hebdo/2972/veille-juridique/mise-en-oeuvre-des-territoires-de-democratie-sanitaire-et-des-conseils-territoriaux-de-sante-des-precisions-372902.php"),
);

/// Loi 2014-173 art. 7 (conseils citoyens), as on Doctrine.
pub const LOI_2014_173_ART7: Source = Source::new(
    SourceKind::Loi,
    "Loi n° 2014-173 du 21 février 2014, art. 7 I",
    Some("https://www.doctrine.fr/l/texts/lois/JORFTEXT000028636804/articles/LEGIARTI000028638827?version=LEGIARTI000028638827&sourcePage=Legislation&source=previous_article"),
);

/// Instruction DGS/SP4/CGET/2016/289 on CLSM.
pub const INSTRUCTION_CLSM_2016: Source = Source::new(
    SourceKind::Circulaire,
    "Instruction DGS/SP4/CGET/2016/289 du 30 septembre 2016 relative aux conseils locaux de santé mentale",
    Some("https://planpsy2011.wordpress.com/2016/10/19/une-instruction-ministerielle-pour-consolider-et-generaliser-les-conseils-locaux-de-sante-mentale/"),
);

/// The date `months` calendar months after `d` (day clamped to the month's length).
pub fn add_months(d: Date, months: u32) -> Option<Date> {
    let total = u32::from(d.month()) - 1 + months;
    let year = u32::from(d.year()) + total / 12;
    let month = u8::try_from(total % 12 + 1).ok()?;
    let year = u16::try_from(year).ok()?;
    // Clamp the day: the first of the next month minus one day is the month's last day.
    let mut day = d.day();
    loop {
        if let Ok(x) = Date::new(year, month, day) {
            return Some(x);
        }
        if day <= 28 {
            return None;
        }
        day -= 1;
    }
}

/// The college whose nature (normalised) is one of `names`, with its index.
pub fn college<'a>(colleges: &'a [College], names: &[&str]) -> Option<(usize, &'a College)> {
    colleges.iter().enumerate().find(|(_, c)| {
        let n = c
            .nature
            .trim()
            .to_lowercase()
            .replace([' ', '-', '\''], "_");
        names.iter().any(|x| n == *x)
    })
}

/// The instances of `nature`, with their index.
fn instances_of(xs: &[Instance], nature: NatureInstance) -> Vec<(usize, &Instance)> {
    xs.iter()
        .enumerate()
        .filter(|(_, i)| i.nature == nature)
        .collect()
}

/// A CTS college: key, accepted names, minimum, maximum, French and English labels.
type CollegeBounds = (
    &'static str,
    &'static [&'static str],
    u32,
    u32,
    &'static str,
    &'static str,
);

/// CTS colleges: accepted names, bounds (arrêté du 3 août 2016, R1434-33).
const CTS_COLLEGES: &[CollegeBounds] = &[
    (
        "professionnels",
        &["professionnels", "offreurs", "professionnels_offreurs"],
        20,
        28,
        "professionnels et offreurs",
        "professionals and providers",
    ),
    (
        "usagers",
        &["usagers", "usagers_associations"],
        6,
        10,
        "usagers",
        "users",
    ),
    (
        "collectivites",
        &["collectivites", "collectivites_territoriales"],
        4,
        7,
        "collectivités territoriales",
        "local authorities",
    ),
    (
        "etat_securite_sociale",
        &["etat_securite_sociale", "etat", "etat_et_securite_sociale"],
        2,
        3,
        "État et sécurité sociale",
        "State and social security",
    ),
    (
        "personnalites_qualifiees",
        &["personnalites_qualifiees"],
        2,
        2,
        "personnalités qualifiées",
        "qualified persons",
    ),
];

/// Latest installation date of the first CTS.
const CTS_INSTALLATION_AVANT: Date = Date::ymd(2017, 1, 1);

fn tds_key(c: &crate::model::ConseilTerritorialSante) -> Option<String> {
    let t = c.territoire.as_ref()?;
    t.code
        .as_ref()
        .or(t.nom.as_ref())
        .map(|k| k.trim().to_lowercase())
}

fn overlap(a: Option<crate::model::Periode>, b: Option<crate::model::Periode>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => {
            a.debut.is_none_or(|x| b.fin.is_none_or(|y| x <= y))
                && b.debut.is_none_or(|x| a.fin.is_none_or(|y| x <= y))
        }
        // Successive CTS of one territory are told apart by their mandates only.
        _ => false,
    }
}

/// The day after the publication of loi 2019-774, which made deputies and senators members.
use crate::params::{CTS_COMPOSITION, CTS_PARLEMENTAIRES_DEPUIS as PARLEMENTAIRES_DEPUIS};

fn is_chair_ok(doc: &Document, inst: &Instance) -> bool {
    inst.presidence.iter().any(|id| {
        matches!(
            util::nature(doc, id),
            Some(NatureActeur::Commune | NatureActeur::Epci | NatureActeur::Ept)
        )
    })
}

/// The steering bodies of a contrat de ville, with their paths.
fn steering_bodies(c: &ContratDeVille) -> Vec<(String, &Instance)> {
    let mut v: Vec<(String, &Instance)> = c
        .gouvernance
        .iter()
        .enumerate()
        .filter(|(_, i)| {
            matches!(
                i.nature,
                NatureInstance::Copil | NatureInstance::CopilRenouvellementUrbain
            )
        })
        .map(|(k, i)| (format!("/gouvernance/{k}"), i))
        .collect();
    if let Some(copil) = c.volet_sante.as_ref().and_then(|v| v.copil.as_ref()) {
        v.push(("/volet_sante/copil".to_string(), copil));
    }
    v
}

/// Whether `c` is of the 2024 generation (declared, or by its dates).
pub fn is_cv2024(c: &ContratDeVille) -> bool {
    c.generation_effective() == Some(crate::model::GenerationCv::G2024)
}

/// The date from which a late objection of the DG ARS no longer prevents a CPTS project.
const CPTS_DELAI_DEPUIS: Date = Date::ymd(2019, 7, 27);

/// Deadline for the first definition of territoires de démocratie sanitaire.
const TDS_ECHEANCE: Date = Date::ymd(2016, 10, 31);

/// The GOV family.
pub static RULES: &[&Rule] = &[
    &GOV_001, &GOV_002, &GOV_003, &GOV_004, &GOV_005, &GOV_006, &GOV_007, &GOV_008, &GOV_009,
    &GOV_010, &GOV_011, &GOV_012,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn add_months_clamps_to_the_end_of_month() {
        assert_eq!(
            add_months(Date::ymd(2017, 11, 30), 3),
            Some(Date::ymd(2018, 2, 28))
        );
        assert_eq!(
            add_months(Date::ymd(2019, 11, 30), 3),
            Some(Date::ymd(2020, 2, 29))
        );
        assert_eq!(
            add_months(Date::ymd(2017, 3, 15), 3),
            Some(Date::ymd(2017, 6, 15))
        );
        assert_eq!(
            add_months(Date::ymd(2017, 12, 31), 2),
            Some(Date::ymd(2018, 2, 28))
        );
        assert_eq!(
            add_months(Date::ymd(2017, 1, 31), 0),
            Some(Date::ymd(2017, 1, 31))
        );
    }

    #[test]
    fn cv2024_from_generation_or_dates() {
        let mut c: ContratDeVille =
            serde_json::from_value(serde_json::json!({"date_signature": "2024-03-28"})).unwrap();
        assert!(is_cv2024(&c));
        c.generation = Some(crate::model::GenerationCv::G2015);
        assert!(!is_cv2024(&c));
        c.generation = None;
        c.date_signature = Some(Date::ymd(2015, 7, 10));
        assert!(!is_cv2024(&c));
    }
}
