//! CLS-*: contrats locaux de santé (L1434-10 IV CSP).

use super::util;
use super::*;
use crate::model::{
    ContratLocalSante, Document, DocumentKind, NatureActeur, NatureAvenant, NatureInstance,
    StatutCls, Thematique, TypeTerritoire,
};
use crate::report::{Category, InForce, Severity};

mod cls_001;
mod cls_002;
mod cls_003;
mod cls_004;
mod cls_005;
mod cls_006;
mod cls_007;
mod cls_008;
mod cls_009;
mod cls_010;
mod cls_011;
mod cls_012;
mod cls_013;
mod cls_014;
mod cls_015;
mod cls_016;

pub use cls_001::CLS_001;
pub use cls_002::CLS_002;
pub use cls_003::CLS_003;
pub use cls_004::CLS_004;
pub use cls_005::CLS_005;
pub use cls_006::CLS_006;
pub use cls_007::CLS_007;
pub use cls_008::CLS_008;
pub use cls_009::CLS_009;
pub use cls_010::CLS_010;
pub use cls_011::CLS_011;
pub use cls_012::CLS_012;
pub use cls_013::CLS_013;
pub use cls_014::CLS_014;
pub use cls_015::CLS_015;
pub use cls_016::CLS_016;

/// L1434-10 CSP on Légifrance.
pub const L1434_10: Source = Source::new(
    SourceKind::Loi,
    "Code de la santé publique, art. L1434-10 IV (ex-L1434-17)",
    Some("https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000045212913"),
);

const ARS_PACA: Source = Source::new(
    SourceKind::Guide,
    "ARS Provence-Alpes-Côte d'Azur, Contrats locaux de santé",
    Some("https://www.paca.ars.sante.fr/index.php/contrats-locaux-de-sante-3"),
);
const ARS_HDF: Source = Source::new(
    SourceKind::Guide,
    "ARS Hauts-de-France, Monter et piloter un contrat local de santé : guide méthodologique",
    Some("https://www.hauts-de-france.ars.sante.fr/monter-et-piloter-un-contrat-local-de-sante-cls-un-guide-methodologique-votre-disposition"),
);
const ORS_NA: Source = Source::new(
    SourceKind::Guide,
    "ORS Nouvelle-Aquitaine, Contrats locaux de santé (diagnostics, coordinateurs, indicateurs)",
    Some("https://www.ors-na.org/etudes/contrats-locaux-de-sante/"),
);
const SEED_IREV_2016: Source = Source::new(
    SourceKind::Terrain,
    "IREV et ARS Hauts-de-France, rencontre régionale du 22 novembre 2016 sur le volet santé des contrats de ville",
    None,
);
const SEED_ASV_2019: Source = Source::new(
    SourceKind::Terrain,
    "IREV, réseau des ateliers santé ville, synthèse du 28 novembre 2019",
    None,
);
const FTS_CLS: Source = Source::new(
    SourceKind::Guide,
    "Fabrique Territoires Santé, Contrats locaux de santé",
    Some("https://www.fabrique-territoires-sante.org/theme/contrats-locaux-de-sante?page=2"),
);
const MSM_CLS: Source = Source::new(
    SourceKind::Terrain,
    "CLS de la CA Mont-Saint-Michel-Normandie 2022-2027 (26 actions, 110 partenaires)",
    Some("https://www.msm-normandie.fr/en/vie-quotidienne/sante/1438-cls?layout=default&print=1&tmpl=component"),
);
const SAINT_FLOUR: Source = Source::new(
    SourceKind::Terrain,
    "CLS de Saint-Flour 2017-2022 (« dûment habilité par délibération en date du … »)",
    Some("https://lawinsider.com/fr/contracts/h0lRWmW71Lu"),
);
/// Circulaire of 5 December 2014 on the volet santé of contrats de ville.
pub const CIRC_2014_12_05: Source = Source::new(
    SourceKind::Circulaire,
    "Instruction interministérielle du 5 décembre 2014 relative à la prise en compte de la santé dans les contrats de ville",
    Some("https://directions.fr/Veille-juridique/dernieres-infos/organisation-reglementation-secteur/2015/1/Precisions-sur-l-elaboration-du-volet--sante--du-contrat-de-ville-2033262W"),
);
const LOI_3DS: Source = Source::new(
    SourceKind::Loi,
    "Loi n° 2022-217 du 21 février 2022 (3DS), art. 122, modifiant l'art. L1434-10 IV CSP",
    Some("https://www.doctrine.fr/dp/PW22F9435E4351F963EDF6/articles/PREPARTIB519743C389A37206CD7?sourcePage=PreparatoryWorkArticle&source=next_article"),
);
/// L1434-2 CSP: the PRS and the instruments implementing it.
pub const L1434_2: Source = Source::new(
    SourceKind::Loi,
    "Code de la santé publique, art. L1434-2 (projet régional de santé)",
    Some("https://french-business-law.com/french-legislation-art/article-l1434-2-of-the-french-public-health-code"),
);

/// The statut of a CLS, when known.
fn statut(c: &ContratLocalSante) -> Option<StatutCls> {
    c.statut.as_ref().and_then(|s| s.known()).copied()
}

/// Whether the CLS is still being prepared (no contract text yet).
fn in_preparation(c: &ContratLocalSante) -> bool {
    matches!(
        statut(c),
        Some(StatutCls::Prefiguration | StatutCls::Elaboration)
    )
}

const SOCIAL_SINCE: Date = Date::ymd(2016, 1, 28);

/// Communes of Hauts-de-France with at least 50 000 inhabitants (INSEE legal populations, COG
/// 2026), for the regional guide's derogation to the EPCI scale for large cities.
const HDF_GRANDES_VILLES: [&str; 9] = [
    "02691", "59009", "59183", "59350", "59512", "59599", "60057", "62193", "80021",
];

use crate::params::CLS_SANTE_MENTALE_DEPUIS as CLS014_FROM;

/// The CLS family.
pub static RULES: &[&Rule] = &[
    &CLS_001, &CLS_002, &CLS_003, &CLS_004, &CLS_005, &CLS_006, &CLS_007, &CLS_008, &CLS_009,
    &CLS_010, &CLS_011, &CLS_012, &CLS_013, &CLS_014, &CLS_015, &CLS_016,
];
