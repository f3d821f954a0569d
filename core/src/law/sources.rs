//! The registry: every source of the rules, defined once. Rules cite these constants; [`ALL`]
//! lists them for the tests (no duplicate, allowed hosts) and the documentation.
//!
//! Identifiers are those verified on Légifrance or in data derived from it; where a provision's
//! own identifier could not be verified, the link goes to the text or code that contains it
//! ([`Link::Container`]) and the note says so. Nothing here is guessed.

use super::{note, see_also, Link, Source, SourceKind};
use crate::date::Date;
use crate::report::InForce;

const CSP: &str = "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006072665";
const CODE_TRAVAIL: &str = "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006072050";
const CGCT: &str = "https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006070633";
const LOI_2014_173_URL: &str = "https://www.legifrance.gouv.fr/loda/id/JORFTEXT000028636804";
const LOI_2014_173_ART6_URL: &str =
    "https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000028638825";
const NOT_VERIFIED_ARTICLE: &str =
    "Identifiant propre de l'article non vérifié : le lien ouvre le code ou le texte qui le contient.";
const NO_OFFICIAL_COPY: &str =
    "Aucune copie officielle en ligne (Légifrance, circulaires, Bulletin officiel) n'a pu être vérifiée ; les liens « voir aussi » sont des copies secondaires.";

// ---------------------------------------------------------------------------------------------
// Binding texts: lois, codes, décrets, arrêtés.

/// Loi n° 2014-173 du 21 février 2014 (loi Lamy), whole text.
pub const LOI_2014_173: Source = Source {
    identifier: Some("JORFTEXT000028636804"),
    in_force: InForce::since(Date::ymd(2014, 2, 23)),
    link: Link::Exact(LOI_2014_173_URL),
    ..Source::base(
        "loi-2014-173",
        "Loi n° 2014-173 du 21 février 2014 de programmation pour la ville et la cohésion urbaine",
        SourceKind::Loi,
    )
};

/// Loi n° 2014-173, art. 1er (principles, co-construction with the inhabitants).
pub const LOI_2014_173_ART1: Source = Source {
    in_force: InForce::since(Date::ymd(2014, 2, 23)),
    link: Link::Container(LOI_2014_173_URL),
    note: note(NOT_VERIFIED_ARTICLE),
    ..Source::base(
        "loi-2014-173-art-1",
        "Loi n° 2014-173 du 21 février 2014, art. 1er (principes de la politique de la ville, dont la co-construction avec les habitants)",
        SourceKind::Loi,
    )
};

/// Loi n° 2014-173, art. 6 (contrats de ville), consolidated.
pub const LOI_2014_173_ART6: Source = Source {
    identifier: Some("LEGIARTI000028638825"),
    in_force: InForce::since(Date::ymd(2014, 2, 23)),
    link: Link::Exact(LOI_2014_173_ART6_URL),
    see_also: see_also(&["https://www.doctrine.fr/l/texts/lois/JORFTEXT000028636804/articles/LEGIARTI000028638825?version=LEGIARTI000033971782"]),
    ..Source::base(
        "loi-2014-173-art-6",
        "Loi n° 2014-173 du 21 février 2014, art. 6 (contrats de ville), version consolidée",
        SourceKind::Loi,
    )
};

/// Loi n° 2014-173, art. 7 (conseils citoyens).
pub const LOI_2014_173_ART7: Source = Source {
    identifier: Some("LEGIARTI000028638827"),
    in_force: InForce::since(Date::ymd(2014, 2, 23)),
    link: Link::Exact("https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000028638827"),
    ..Source::base(
        "loi-2014-173-art-7",
        "Loi n° 2014-173 du 21 février 2014, art. 7 (conseils citoyens)",
        SourceKind::Loi,
    )
};

/// Loi n° 2014-173, art. 24 (application in Polynésie française, art. 6 adapted: the contract
/// is concluded with the Polynésie française, without the intercommunal scale's sentence).
pub const LOI_2014_173_ART24: Source = Source {
    identifier: Some("JORFARTI000028636914"),
    in_force: InForce::since(Date::ymd(2014, 2, 23)),
    link: Link::Exact("https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000028636914"),
    note: note("Lien vers la version publiée au Journal officiel ; l'article a été modifié depuis (« PARTIELLEMENT_MODIF »)."),
    ..Source::base(
        "loi-2014-173-art-24",
        "Loi n° 2014-173 du 21 février 2014, art. 24 (application en Polynésie française, dont l'article 6 adapté)",
        SourceKind::Loi,
    )
};

/// Loi n° 2014-173, art. 13 (quartiers leaving the priority geography, veille active).
pub const LOI_2014_173_ART13: Source = Source {
    in_force: InForce::since(Date::ymd(2014, 2, 23)),
    link: Link::Container(LOI_2014_173_URL),
    note: note(NOT_VERIFIED_ARTICLE),
    ..Source::base(
        "loi-2014-173-art-13",
        "Loi n° 2014-173 du 21 février 2014, art. 13 (quartiers sortant de la géographie prioritaire, dispositif de veille active)",
        SourceKind::Loi,
    )
};

/// Loi n° 2017-86 du 27 janvier 2017 (égalité et citoyenneté).
pub const LOI_2017_86: Source = Source {
    identifier: Some("JORFTEXT000033934948"),
    in_force: InForce::since(Date::ymd(2017, 1, 29)),
    link: Link::Exact("https://www.legifrance.gouv.fr/loda/id/JORFTEXT000033934948"),
    see_also: see_also(&["http://www.maire-info.com/article.asp?param=20445"]),
    ..Source::base(
        "loi-2017-86",
        "Loi n° 2017-86 du 27 janvier 2017 relative à l'égalité et à la citoyenneté (modifie l'art. 6 de la loi n° 2014-173 ; droit d'interpellation des conseils citoyens)",
        SourceKind::Loi,
    )
};

/// Loi de finances pour 2019, art. 181 (contrats de ville prorogued to 2022).
pub const LF_2019: Source = Source {
    identifier: Some("JORFTEXT000037882341"),
    in_force: InForce::since(Date::ymd(2019, 1, 1)),
    link: Link::Container("https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000037882341"),
    see_also: see_also(&["https://www.assemblee-nationale.fr/dyn/15/amendements/1255C/AN/2151"]),
    note: note(NOT_VERIFIED_ARTICLE),
    ..Source::base(
        "loi-2018-1317-art-181",
        "Loi n° 2018-1317 du 28 décembre 2018 de finances pour 2019, art. 181 (prorogation des contrats de ville jusqu'au 31 décembre 2022)",
        SourceKind::Loi,
    )
};

/// Loi de finances pour 2022, art. 68 (contrats de ville prorogued to 2023).
pub const LF_2022: Source = Source {
    identifier: Some("NOR ECOX2126830L"),
    in_force: InForce::since(Date::ymd(2022, 1, 1)),
    link: Link::Container(LOI_2014_173_ART6_URL),
    see_also: see_also(&["https://villes-et-territoires.fr/16709173-2/"]),
    note: note("NOR vérifié sur Légifrance ; identifiant JORFTEXT de la loi n° 2021-1900 non vérifié : le lien ouvre l'art. 6 de la loi n° 2014-173 dans sa version consolidée, qui porte la prorogation."),
    ..Source::base(
        "loi-2021-1900-art-68",
        "Loi n° 2021-1900 du 30 décembre 2021 de finances pour 2022, art. 68 (prorogation des contrats de ville jusqu'au 31 décembre 2023)",
        SourceKind::Loi,
    )
};

/// Loi de finances pour 2024 (overseas contrats de ville and QPV list prorogued to 2024).
pub const LF_2024: Source = Source {
    in_force: InForce::since(Date::ymd(2024, 1, 1)),
    link: Link::Container(LOI_2014_173_URL),
    see_also: see_also(&["https://www.assemblee-nationale.fr/dyn/16/amendements/1680C/AN/3869"]),
    note: note("Identifiant JORFTEXT de la loi n° 2023-1322 et numéro de l'article non vérifiés : le lien ouvre la loi n° 2014-173 qu'elle modifie."),
    ..Source::base(
        "loi-2023-1322",
        "Loi n° 2023-1322 du 29 décembre 2023 de finances pour 2024 (contrats de ville et liste des quartiers prioritaires d'outre-mer prorogés jusqu'au 31 décembre 2024)",
        SourceKind::Loi,
    )
};

/// Loi 3DS, art. 122 (mental health in CLS, L1434-10 IV CSP).
pub const LOI_3DS: Source = Source {
    identifier: Some("JORFTEXT000045197395"),
    in_force: InForce::since(Date::ymd(2022, 2, 23)),
    link: Link::Container("https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000045197395"),
    note: note(NOT_VERIFIED_ARTICLE),
    ..Source::base(
        "loi-2022-217-art-122",
        "Loi n° 2022-217 du 21 février 2022 relative à la différenciation, la décentralisation, la déconcentration et portant diverses mesures de simplification de l'action publique locale (3DS), art. 122 (modifie l'art. L1434-10 IV CSP)",
        SourceKind::Loi,
    )
};

/// Loi n° 2016-41 du 26 janvier 2016 (modernisation du système de santé).
pub const LOI_2016_41: Source = Source {
    identifier: Some("JORFTEXT000031912641"),
    in_force: InForce::since(Date::ymd(2016, 1, 28)),
    link: Link::Exact("https://www.legifrance.gouv.fr/loda/id/JORFTEXT000031912641"),
    ..Source::base(
        "loi-2016-41",
        "Loi n° 2016-41 du 26 janvier 2016 de modernisation de notre système de santé",
        SourceKind::Loi,
    )
};

/// Loi HPST (2009), which created the ARS and the CLS (former L1434-17 CSP).
pub const LOI_HPST: Source = Source {
    identifier: Some("JORFTEXT000020879475"),
    in_force: InForce::since(Date::ymd(2009, 7, 23)),
    link: Link::Exact("https://www.legifrance.gouv.fr/loda/id/JORFTEXT000020879475"),
    ..Source::base(
        "loi-2009-879",
        "Loi n° 2009-879 du 21 juillet 2009 portant réforme de l'hôpital et relative aux patients, à la santé et aux territoires (HPST), qui crée l'ancien art. L1434-17 CSP (contrats locaux de santé, 2010-2016)",
        SourceKind::Loi,
    )
};

/// Loi n° 2015-29 (régions from 1 January 2016).
pub const LOI_2015_29: Source = Source {
    identifier: Some("JORFTEXT000030109622"),
    in_force: InForce::since(Date::ymd(2016, 1, 1)),
    link: Link::Exact("https://www.legifrance.gouv.fr/loda/id/JORFTEXT000030109622"),
    ..Source::base(
        "loi-2015-29",
        "Loi n° 2015-29 du 16 janvier 2015 relative à la délimitation des régions (régions en vigueur le 1er janvier 2016)",
        SourceKind::Loi,
    )
};

/// Loi n° 2019-774 du 24 juillet 2019 (organisation et transformation du système de santé).
pub const LOI_2019_774: Source = Source {
    identifier: Some("JORFTEXT000038821260"),
    in_force: InForce::since(Date::ymd(2019, 7, 27)),
    link: Link::Exact("https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000038821260"),
    see_also: see_also(&["https://2017-2022.nosdeputes.fr/15/amendement/1767/1816"]),
    ..Source::base(
        "loi-2019-774",
        "Loi n° 2019-774 du 24 juillet 2019 relative à l'organisation et à la transformation du système de santé (députés et sénateurs au conseil territorial de santé ; projet de santé des CPTS réputé validé faute d'opposition de l'ARS dans les deux mois)",
        SourceKind::Loi,
    )
};

/// CSP L1434-10 (conseils territoriaux de santé, CLS).
pub const CSP_L1434_10: Source = Source {
    identifier: Some("LEGIARTI000045212913"),
    in_force: InForce::since(Date::ymd(2016, 1, 28)),
    link: Link::Exact("https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000045212913"),
    note: note("Le lien ouvre la version issue de la loi n° 2022-217 (3DS) ; l'article est en vigueur depuis la loi n° 2016-41 (ancien art. L1434-17 avant elle)."),
    ..Source::base(
        "csp-l1434-10",
        "Code de la santé publique, art. L1434-10 (conseil territorial de santé, diagnostic territorial partagé, contrats locaux de santé)",
        SourceKind::Code,
    )
};

/// CSP L1434-2 (projet régional de santé).
pub const CSP_L1434_2: Source = Source {
    link: Link::Container(CSP),
    see_also: see_also(&["https://ash.tm.fr/hebdo/2972/veille-juridique/les-modalites-delaboration-du-projet-regional-de-sante-sont-detaillees-372925.php"]),
    note: note(NOT_VERIFIED_ARTICLE),
    ..Source::base(
        "csp-l1434-2",
        "Code de la santé publique, art. L1434-2 (projet régional de santé, mis en œuvre notamment par les contrats locaux de santé)",
        SourceKind::Code,
    )
};

/// CSP L1434-3 (components of the PRS).
pub const CSP_L1434_3: Source = Source {
    link: Link::Container(CSP),
    see_also: see_also(&["https://banquedesterritoires.fr/toutes-les-ars-ont-leur-projet-regional-de-sante"]),
    note: note(NOT_VERIFIED_ARTICLE),
    ..Source::base(
        "csp-l1434-3",
        "Code de la santé publique, art. L1434-3 (cadre d'orientation stratégique, schéma régional de santé, PRAPS)",
        SourceKind::Code,
    )
};

/// CSP L1434-4 (zonage) and décret n° 2017-632.
pub const CSP_L1434_4: Source = Source {
    link: Link::Container(CSP),
    note: note("Identifiants de l'article et du décret n° 2017-632 du 25 avril 2017 (méthode du zonage) non vérifiés : le lien ouvre le code."),
    ..Source::base(
        "csp-l1434-4",
        "Code de la santé publique, art. L1434-4 1° (zones caractérisées par une offre de soins insuffisante) ; décret n° 2017-632 du 25 avril 2017",
        SourceKind::Code,
    )
};

/// CSP L1434-9 (territoires de démocratie sanitaire).
pub const CSP_L1434_9: Source = Source {
    in_force: InForce::since(Date::ymd(2016, 1, 28)),
    link: Link::Container(CSP),
    see_also: see_also(&["https://ash.tm.fr/hebdo/2972/veille-juridique/mise-en-oeuvre-des-territoires-de-democratie-sanitaire-et-des-conseils-territoriaux-de-sante-des-precisions-372902.php"]),
    note: note(NOT_VERIFIED_ARTICLE),
    ..Source::base(
        "csp-l1434-9",
        "Code de la santé publique, art. L1434-9 (territoires de démocratie sanitaire, à l'échelle infrarégionale ; loi n° 2016-41)",
        SourceKind::Code,
    )
};

/// CSP L1434-12 (communautés professionnelles territoriales de santé).
pub const CSP_L1434_12: Source = Source {
    identifier: Some("LEGIARTI000043497169"),
    link: Link::Exact("https://circulaire.legifrance.gouv.fr/codes/section_lc/LEGITEXT000006072665/LEGISCTA000031917906/2022-06-30/?anchor=LEGIARTI000043497169"),
    note: note("Le lien ouvre la section du code à la date du 30 juin 2022, sur l'article."),
    ..Source::base(
        "csp-l1434-12",
        "Code de la santé publique, art. L1434-12 (communautés professionnelles territoriales de santé, projet de santé)",
        SourceKind::Code,
    )
};

/// CSP L3221-2 (projet territorial de santé mentale).
pub const CSP_L3221_2: Source = Source {
    in_force: InForce::since(Date::ymd(2016, 1, 28)),
    link: Link::Container(CSP),
    see_also: see_also(&["https://www.doctrine.fr/l/texts/codes/LEGITEXT000006072665/articles/LEGIARTI000006687965?version=LEGIARTI000031928497&date=2016-12-30&source=legislation-text&sourcePage="]),
    note: note("Identifiant de l'article non vérifié sur Légifrance (une copie secondaire donne LEGIARTI000031928497 pour la version de la loi n° 2016-41) : le lien ouvre le code."),
    ..Source::base(
        "csp-l3221-2",
        "Code de la santé publique, art. L3221-2 (projet territorial de santé mentale, consultation des conseils locaux de santé mentale ; loi n° 2016-41, art. 69)",
        SourceKind::Code,
    )
};

/// CSP L6323-3 (maisons de santé, projet de santé).
pub const CSP_L6323_3: Source = Source {
    link: Link::Container(CSP),
    see_also: see_also(&[
        "https://www.doctrine.fr/l/texts/codes/LEGITEXT000006072665/articles/LEGIARTI000017833749?version=LEGIARTI000024462532&source=legislation",
        "https://french-business-law.com/rench-legislation-art/article-l6323-3-of-the-french-public-health-code",
    ]),
    note: note(NOT_VERIFIED_ARTICLE),
    ..Source::base(
        "csp-l6323-3",
        "Code de la santé publique, art. L6323-3 (maisons de santé, projet de santé)",
        SourceKind::Code,
    )
};

/// CSP R1434-29 (territoires de démocratie sanitaire, décret n° 2016-1024).
pub const CSP_R1434_29: Source = Source {
    link: Link::Container(CSP),
    see_also: see_also(&["https://legal.tricoteuses.fr/articles/JORFARTI000032938588"]),
    note: note(NOT_VERIFIED_ARTICLE),
    ..Source::base(
        "csp-r1434-29",
        "Code de la santé publique, art. R1434-29 (délimitation des territoires de démocratie sanitaire ; décret n° 2016-1024 du 26 juillet 2016, art. 2)",
        SourceKind::Code,
    )
};

/// CSP R1434-33 (composition of the conseil territorial de santé).
pub const CSP_R1434_33: Source = Source {
    link: Link::Container(CSP),
    see_also: see_also(&[
        "https://french-business-law.com/french-legislation-art/article-r1434-33-of-the-french-public-health-code",
        "https://www.banquedesterritoires.fr/conseils-territoriaux-de-sante-les-collectivites-la-portion-congrue",
    ]),
    note: note(NOT_VERIFIED_ARTICLE),
    ..Source::base(
        "csp-r1434-33",
        "Code de la santé publique, art. R1434-33 (composition et mandat du conseil territorial de santé ; décret n° 2016-1024 du 26 juillet 2016)",
        SourceKind::Code,
    )
};

/// CSP R3224-1 (PTSM: duration, publication; décret n° 2017-1200).
pub const CSP_R3224_1: Source = Source {
    in_force: InForce::since(Date::ymd(2017, 7, 30)),
    link: Link::Container(CSP),
    see_also: see_also(&["https://french-business-law.com/rench-legislation-art/article-r3224-1-of-the-french-public-health-code"]),
    note: note(NOT_VERIFIED_ARTICLE),
    ..Source::base(
        "csp-r3224-1",
        "Code de la santé publique, art. R3224-1 (projet territorial de santé mentale : durée, adoption, publication ; décret n° 2017-1200 du 27 juillet 2017)",
        SourceKind::Code,
    )
};

/// Décret n° 2016-1024 du 26 juillet 2016 and arrêté du 3 août 2016.
pub const DECRET_2016_1024: Source = Source {
    in_force: InForce::since(Date::ymd(2016, 7, 28)),
    link: Link::Container(CSP),
    see_also: see_also(&[
        "https://ash.tm.fr/hebdo/2972/veille-juridique/mise-en-oeuvre-des-territoires-de-democratie-sanitaire-et-des-conseils-territoriaux-de-sante-des-precisions-372902.php",
        "http://doczz.fr/doc/6643928/corse---faire-grandir-la-sant%C3%A9-en-corse",
    ]),
    note: note("Identifiants JORFTEXT du décret et de l'arrêté du 3 août 2016 non vérifiés : le lien ouvre le code de la santé publique, où le décret est codifié (art. R1434-29 et suivants)."),
    ..Source::base(
        "decret-2016-1024",
        "Décret n° 2016-1024 du 26 juillet 2016 relatif aux territoires de démocratie sanitaire, aux zones des schémas régionaux de santé et aux conseils territoriaux de santé ; arrêté du 3 août 2016",
        SourceKind::Decret,
    )
};

/// Décrets fixing the lists of quartiers prioritaires.
pub const DECRETS_QPV: Source = Source {
    in_force: InForce::since(Date::ymd(2015, 1, 1)),
    see_also: see_also(&["https://www.data.gouv.fr/datasets/perimetres-des-quartiers-prioritaires-de-la-politique-de-la-ville-qpv-de-troyes-champagne-metropole-1/reuses_and_dataservices"]),
    note: note("Identifiants JORFTEXT des trois décrets non vérifiés ; la liste en données est celle de l'ANCT (voir la source « anct-qpv-2023 »)."),
    ..Source::base(
        "decrets-qpv",
        "Décrets n° 2014-1750 et n° 2014-1751 du 30 décembre 2014 (listes des quartiers prioritaires 2015, métropole et outre-mer) ; décret n° 2023-1314 du 28 décembre 2023 (liste 2024)",
        SourceKind::Decret,
    )
};

/// Décret n° 2023-1314: the metropolitan list of 2024, in force from 1 January 2024.
pub const DECRET_2023_1314: Source = Source {
    in_force: InForce::since(Date::ymd(2024, 1, 1)),
    link: Link::Exact("https://www.legifrance.gouv.fr/eli/decret/2023/12/28/2023-1314/jo/texte"),
    note: note("Lien ELI formé du numéro et de la date du décret ; identifiant JORFTEXT non vérifié."),
    ..Source::base(
        "decret-2023-1314",
        "Décret n° 2023-1314 du 28 décembre 2023 modifiant la liste des quartiers prioritaires de la politique de la ville dans les départements métropolitains",
        SourceKind::Decret,
    )
};

/// Décret n° 2024-1212: the overseas list of 2024, in force from 1 January 2025.
pub const DECRET_2024_1212: Source = Source {
    in_force: InForce::since(Date::ymd(2025, 1, 1)),
    note: note("Numéro et date relevés sur des copies secondaires ; texte non encore ouvert sur Légifrance, donc non lié."),
    ..Source::base(
        "decret-2024-1212",
        "Décret n° 2024-1212 fixant la liste des quartiers prioritaires de la politique de la ville dans les départements d'outre-mer, à Saint-Martin et en Polynésie française",
        SourceKind::Decret,
    )
};

/// Décret n° 2014-767 (method of the priority geography, 1 000 inhabitants).
pub const DECRET_2014_767: Source = Source {
    in_force: InForce::since(Date::ymd(2014, 7, 6)),
    see_also: see_also(&["https://juriblio.fr/decrets/decret-no-2014-767-du-3-juillet-2014/163408609"]),
    note: note("Identifiant JORFTEXT non vérifié."),
    ..Source::base(
        "decret-2014-767",
        "Décret n° 2014-767 du 3 juillet 2014 relatif à la liste nationale des quartiers prioritaires de la politique de la ville et à ses modalités particulières de détermination, art. 2 (seuil de 1 000 habitants)",
        SourceKind::Decret,
    )
};

/// Décret n° 2014-394 (creation of the CGET).
pub const DECRET_2014_394: Source = Source {
    note: note("Identifiant JORFTEXT non vérifié."),
    ..Source::base(
        "decret-2014-394",
        "Décret n° 2014-394 du 31 mars 2014 portant création du Commissariat général à l'égalité des territoires",
        SourceKind::Decret,
    )
};

/// Décret n° 2019-1190 (the ANCT's statute; it takes over from the CGET on 1 January 2020).
pub const DECRET_2019_1190: Source = Source {
    identifier: Some("JORFTEXT000039393288"),
    in_force: InForce::since(Date::ymd(2019, 11, 20)),
    link: Link::Exact("https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000039393288"),
    note: note("Pris pour l'application de la loi n° 2019-753 du 22 juillet 2019 portant création de l'ANCT ; en vigueur le lendemain de sa publication (JORF du 19 novembre 2019), ses articles 2 à 5 le 1er janvier 2020, jour où l'agence est substituée à l'État pour l'activité du CGET."),
    ..Source::base(
        "decret-2019-1190",
        "Décret n° 2019-1190 du 18 novembre 2019 relatif à l'Agence nationale de la cohésion des territoires",
        SourceKind::Decret,
    )
};

/// Décret n° 2016-1266 (name of the région Hauts-de-France).
pub const DECRET_2016_1266: Source = Source {
    note: note("Identifiant JORFTEXT non vérifié."),
    ..Source::base(
        "decret-2016-1266",
        "Décret n° 2016-1266 du 28 septembre 2016 portant fixation du nom et du chef-lieu de la région Hauts-de-France",
        SourceKind::Decret,
    )
};

/// Code du travail L5134-100 (adultes-relais: where they work).
pub const CODE_TRAVAIL_L5134_100: Source = Source {
    link: Link::Container(CODE_TRAVAIL),
    see_also: see_also(&["https://legisocial.fr/contrat-de-travail/contrats-de-travail/contrat-adulte-relais-employeurs-concernes.html"]),
    note: note(NOT_VERIFIED_ARTICLE),
    ..Source::base(
        "code-travail-l5134-100",
        "Code du travail, art. L5134-100 (contrats adultes-relais dans les quartiers prioritaires ; modifié par la loi n° 2014-173, art. 26)",
        SourceKind::Code,
    )
};

/// Code du travail L5134-102 (adultes-relais: conditions).
pub const CODE_TRAVAIL_L5134_102: Source = Source {
    link: Link::Container(CODE_TRAVAIL),
    see_also: see_also(&["https://git.tricoteuses.fr/codes/code_du_travail/commit/e5061f72e00799bf716b368d9154a1e20720b5c8.diff"]),
    note: note(NOT_VERIFIED_ARTICLE),
    ..Source::base(
        "code-travail-l5134-102",
        "Code du travail, art. L5134-102 (conditions d'âge et de résidence des adultes-relais, versions successives)",
        SourceKind::Code,
    )
};

/// CGCT: the maire and the président of an EPCI act on a délibération of their assembly.
pub const CGCT_EXECUTIF: Source = Source {
    link: Link::Container(CGCT),
    note: note(NOT_VERIFIED_ARTICLE),
    ..Source::base(
        "cgct-l2122-21-l5211-9",
        "Code général des collectivités territoriales, art. L2122-21 et L5211-9 (le maire et le président d'EPCI exécutent les délibérations de leur assemblée)",
        SourceKind::Code,
    )
};

/// CGCT L5741-1 (pôle d'équilibre territorial et rural).
pub const CGCT_L5741_1: Source = Source {
    link: Link::Container(CGCT),
    note: note(NOT_VERIFIED_ARTICLE),
    ..Source::base(
        "cgct-l5741-1",
        "Code général des collectivités territoriales, art. L5741-1 (pôle d'équilibre territorial et rural, soumis aux règles des syndicats mixtes)",
        SourceKind::Code,
    )
};

/// CGCT L5711-1 and L5111-1 (syndicats mixtes, groupements de collectivités territoriales).
pub const CGCT_SYNDICATS_MIXTES: Source = Source {
    link: Link::Container(CGCT),
    note: note(NOT_VERIFIED_ARTICLE),
    ..Source::base(
        "cgct-l5711-1-l5111-1",
        "Code général des collectivités territoriales, art. L5711-1 (syndicats mixtes) et L5111-1 (groupements de collectivités territoriales)",
        SourceKind::Code,
    )
};

/// Constitution of 4 October 1958: the collectivités d'outre-mer and Nouvelle-Calédonie.
pub const CONSTITUTION_OUTRE_MER: Source = Source {
    identifier: Some("JORFTEXT000000571356"),
    link: Link::Container("https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000571356"),
    note: note("Le lien ouvre la Constitution entière ; les articles cités n'y ont pas d'identifiant vérifié."),
    ..Source::base(
        "constitution-outre-mer",
        "Constitution du 4 octobre 1958, art. 72-3 et 74 et titre XIII (collectivités d'outre-mer, Nouvelle-Calédonie)",
        SourceKind::Loi,
    )
};

/// Loi organique n° 2004-192, art. 14 (competences of the State in Polynésie française).
pub const LO_POLYNESIE_ART14: Source = Source {
    note: note("Identifiant Légifrance de la loi organique non vérifié : à lier lors de la prochaine revue des sources."),
    ..Source::base(
        "lo-2004-192-art-14",
        "Loi organique n° 2004-192 du 27 février 2004 portant statut d'autonomie de la Polynésie française, art. 14 (compétences de l'État)",
        SourceKind::Loi,
    )
};

/// Loi organique n° 99-209, art. 22 4° (health competence of Nouvelle-Calédonie).
pub const LO_NOUVELLE_CALEDONIE_ART22: Source = Source {
    note: note("Identifiant Légifrance de la loi organique non vérifié : à lier lors de la prochaine revue des sources."),
    ..Source::base(
        "lo-99-209-art-22",
        "Loi organique n° 99-209 du 19 mars 1999 relative à la Nouvelle-Calédonie, art. 22, 4° (protection sociale, hygiène publique et santé)",
        SourceKind::Loi,
    )
};

// ---------------------------------------------------------------------------------------------
// Instructions and circulaires.

/// Circulaire DIV/DGS of 13 June 2000 (ateliers santé ville).
pub const CIRC_ASV_2000: Source = Source {
    in_force: InForce::since(Date::ymd(2000, 6, 13)),
    see_also: see_also(&[
        "https://fabrique-territoires-sante.org/dynamiques-territoriales-de-sante/ateliers-sante-ville/historique-des-asv",
        "https://ash.tm.fr/hebdo/2618/sur-le-terrain/ateliers-sante-ville-un-pic-de-creation-en-2007-398162.php",
    ]),
    note: note(NO_OFFICIAL_COPY),
    ..Source::base(
        "circ-div-dgs-2000-324",
        "Circulaire DIV/DGS n° 2000/324 du 13 juin 2000 relative aux ateliers santé ville, annexe 4 (cadre méthodologique)",
        SourceKind::Circulaire,
    )
};

/// Circulaire du Premier ministre n° 5729/SG du 30 juillet 2014 (contrats de ville).
pub const CIRC_PM_2014: Source = Source {
    in_force: InForce::since(Date::ymd(2014, 7, 30)),
    see_also: see_also(&["https://www.ash.tm.fr/hebdo/2880/veille-juridique/une-circulaire-pour-aider-les-prefets-dans-lelaboration-des-contrats-de-ville-de-nouvelle-generation-403976.php"]),
    note: note(NO_OFFICIAL_COPY),
    ..Source::base(
        "circ-pm-5729-sg-2014",
        "Circulaire du Premier ministre n° 5729/SG du 30 juillet 2014 relative à l'élaboration des contrats de ville de nouvelle génération (préfet de département signataire, trois piliers)",
        SourceKind::Circulaire,
    )
};

/// Instruction of 5 December 2014 (health in contrats de ville).
pub const INSTR_2014_12_05: Source = Source {
    in_force: InForce::since(Date::ymd(2014, 12, 5)),
    see_also: see_also(&[
        "https://directions.fr/Veille-juridique/dernieres-infos/organisation-reglementation-secteur/2015/1/Precisions-sur-l-elaboration-du-volet--sante--du-contrat-de-ville-2033262W",
        "http://gps.gf/blog/integration-des-enjeux-de-sante-au-sein-des-contrats-de-ville-circulaire-du-5-decembre-2014/",
        "https://banquedesterritoires.fr/une-circulaire-precise-la-methode-pour-elaborer-le-volet-sante-des-contrats-de-ville",
    ]),
    note: note(NO_OFFICIAL_COPY),
    ..Source::base(
        "instr-2014-12-05",
        "Instruction interministérielle du 5 décembre 2014 relative à la prise en compte de la santé dans les contrats de ville",
        SourceKind::Circulaire,
    )
};

/// Instruction DGS/SP4/CGET/2016/289 (conseils locaux de santé mentale).
pub const INSTR_CLSM_2016: Source = Source {
    identifier: Some("NOR AFSP1627979J"),
    in_force: InForce::since(Date::ymd(2016, 9, 30)),
    see_also: see_also(&[
        "https://www.f2rsmpsy.fr/instruction-nddgs-sp4-cget-2016-289-septembre-2016-relative-consolidation-generalisation-conseils-locaux-sante-mentale-p",
        "https://planpsy2011.wordpress.com/2016/10/19/une-instruction-ministerielle-pour-consolider-et-generaliser-les-conseils-locaux-de-sante-mentale/",
        "https://ash.tm.fr/hebdo/2982/veille-juridique/sante-mentale-des-consignes-pour-consolider-et-generaliser-les-clsm-dans-les-territoires-373284.php",
    ]),
    note: note("NOR lu sur le texte de l'instruction (copie secondaire) ; lien officiel (site des circulaires) non vérifié."),
    ..Source::base(
        "instr-dgs-sp4-cget-2016-289",
        "Instruction n° DGS/SP4/CGET/2016/289 du 30 septembre 2016 relative à la consolidation et à la généralisation des conseils locaux de santé mentale en particulier dans le cadre des contrats de ville",
        SourceKind::Circulaire,
    )
};

/// Instruction DGS/SP4/2025/8 (référentiel national des CLSM).
pub const INSTR_CLSM_2025: Source = Source {
    in_force: InForce::since(Date::ymd(2025, 5, 13)),
    see_also: see_also(&[
        "https://www.maire-info.com/sante-publique/le-gouvernement-publie-un-referentiel-national-conseils-locaux-sante-mentale-article-29699",
        "https://www.atd31.fr/fr/publications/info-lettre/il-2025/info-lettre-376/referentiel-national-des-conseils-locaux-de-sante-mentale-et-plan-sante-mentale-et-psychiatrie.html",
        "https://www.santementale.fr/2025/06/conseils-locaux-de-sante-mentale-un-referentiel-national-pour-soutenir-leur-developpement",
    ]),
    note: note("Publiée au Bulletin officiel Santé ; lien officiel non vérifié."),
    ..Source::base(
        "instr-dgs-sp4-2025-8",
        "Instruction n° DGS/SP4/2025/8 du 13 mai 2025 (référentiel national des conseils locaux de santé mentale), complétant l'instruction du 30 septembre 2016",
        SourceKind::Circulaire,
    )
};

/// Circulaire of 2 February 2017 (conseils citoyens).
pub const CIRC_CC_2017: Source = Source {
    in_force: InForce::since(Date::ymd(2017, 2, 2)),
    see_also: see_also(&[
        "https://conseilcitoyen75014.wordpress.com/2017/02/02/circulaire-n-cabinet-c102201741-du-2-fevrier-2017-relative-aux-conseils-citoyens-nor-vjsc1703528c/",
        "https://ash.tm.fr/hebdo/2998/veille-juridique/quartiers-prioritaires-une-circulaire-precise-le-cadre-de-creation-et-de-fonctionnement-des-conseils-citoyens-370953.php",
    ]),
    note: note("NOR VJSC1703528C indiqué par une copie secondaire, non vérifié ; aucune copie officielle vérifiée."),
    ..Source::base(
        "circ-cabinet-c1-2017-41",
        "Circulaire n° CABINET/C1/2017/41 du 2 février 2017 relative aux conseils citoyens",
        SourceKind::Circulaire,
    )
};

/// Circulaire of 22 January 2019 (protocoles d'engagements renforcés et réciproques).
pub const CIRC_2019_01_22: Source = Source {
    in_force: InForce::since(Date::ymd(2019, 1, 22)),
    see_also: see_also(&["https://www.construction21.org/france/articles/h/les-prefets-ont-jusqu-a-fin-juillet-2019-pour-reviser-les-contrats-de-ville.html"]),
    note: note(NO_OFFICIAL_COPY),
    ..Source::base(
        "circ-2019-01-22",
        "Circulaire du 22 janvier 2019 relative à la rénovation des contrats de ville (protocoles d'engagements renforcés et réciproques, à conclure avant fin juillet 2019)",
        SourceKind::Circulaire,
    )
};

/// Circulaire of 31 August 2023 (contrats de ville 2024-2030).
pub const CIRC_2023_08_31: Source = Source {
    in_force: InForce::since(Date::ymd(2023, 8, 31)),
    see_also: see_also(&[
        "https://irev.fr/actualites-0/futurs-contrats-de-ville-une-circulaire-precise-les-conditions-delaboration",
        "https://www.actu-juridique.fr/breves/immobilier/circulaire-relative-a-lelaboration-des-contrats-de-ville-2024-2030/",
        "https://cidefe.fr/2023/09/21/le-gouvernement-precise-le-calendrier-et-le-contenu-des-prochains-contrats-de-ville/",
        "https://www.svp.com/actualite/contrats-ville-2024-2030-calendrier-modalites",
    ]),
    note: note(NO_OFFICIAL_COPY),
    ..Source::base(
        "circ-2023-08-31",
        "Circulaire du 31 août 2023 relative à l'élaboration des contrats de ville 2024-2030 « Engagements Quartiers 2030 » dans les départements métropolitains",
        SourceKind::Circulaire,
    )
};

/// Circulaire of 7 November 2024 (annual review, indicators, 2027 revision).
pub const CIRC_2024_11_07: Source = Source {
    in_force: InForce::since(Date::ymd(2024, 11, 7)),
    see_also: see_also(&["https://irev.fr/node/238215"]),
    note: note(NO_OFFICIAL_COPY),
    ..Source::base(
        "circ-2024-11-07",
        "Circulaire du 7 novembre 2024 relative au suivi des contrats de ville « Engagements Quartiers 2030 » (revue annuelle, indicateurs, revoyure en 2027)",
        SourceKind::Circulaire,
    )
};

// ---------------------------------------------------------------------------------------------
// Official guidance and parliamentary work.

/// ARS PACA, contrats locaux de santé.
pub const ARS_PACA_CLS: Source = Source {
    link: Link::Exact("https://www.paca.ars.sante.fr/index.php/contrats-locaux-de-sante-3"),
    ..Source::base(
        "ars-paca-cls",
        "ARS Provence-Alpes-Côte d'Azur, Contrats locaux de santé",
        SourceKind::Guide,
    )
};

/// ARS Hauts-de-France, methodological guide for CLS.
pub const ARS_HDF_CLS: Source = Source {
    link: Link::Exact("https://www.hauts-de-france.ars.sante.fr/monter-et-piloter-un-contrat-local-de-sante-cls-un-guide-methodologique-votre-disposition"),
    ..Source::base(
        "ars-hdf-cls-guide",
        "ARS Hauts-de-France, Monter et piloter un contrat local de santé : guide méthodologique",
        SourceKind::Guide,
    )
};

/// ARS Hauts-de-France, consultation on the revised PRS (2023).
pub const ARS_HDF_PRS_2023: Source = Source {
    link: Link::Exact("https://www.hauts-de-france.ars.sante.fr/index.php/projet-regional-de-sante-lagence-regionale-de-sante-hauts-de-france-ouvre-la-consultation-sur-les"),
    see_also: see_also(&["https://banquedesterritoires.fr/toutes-les-ars-ont-leur-projet-regional-de-sante"]),
    ..Source::base(
        "ars-hdf-prs-2023",
        "ARS Hauts-de-France, consultation sur le projet régional de santé révisé (publication au 1er novembre 2023)",
        SourceKind::Guide,
    )
};

/// ARS Île-de-France, PRS 3 preparation.
pub const ARS_IDF_PRS3: Source = Source {
    link: Link::Exact(
        "https://www.iledefrance.ars.sante.fr/travaux-delaboration-et-co-construction",
    ),
    ..Source::base(
        "ars-idf-prs3",
        "ARS Île-de-France, travaux d'élaboration et de co-construction du PRS 3",
        SourceKind::Guide,
    )
};

/// Fabrique Territoires Santé, CLS.
pub const FTS_CLS: Source = Source {
    link: Link::Exact(
        "https://www.fabrique-territoires-sante.org/theme/contrats-locaux-de-sante?page=2",
    ),
    ..Source::base(
        "fts-cls",
        "Fabrique Territoires Santé, Contrats locaux de santé (signataires : ARS et collectivité)",
        SourceKind::Guide,
    )
};

/// Centre national de ressources et d'appui aux CLSM, on the loi 3DS.
pub const CNR_CLSM_3DS: Source = Source {
    link: Link::Exact("https://ressources-clsm.org/loi-3ds-quel-impact-sur-les-conseils-locaux-de-sante-mentale-clsm"),
    ..Source::base(
        "cnr-clsm-3ds",
        "Centre national de ressources et d'appui aux CLSM, Loi 3DS : quel impact sur les CLSM ?",
        SourceKind::Guide,
    )
};

/// IREV on the instruction of 5 December 2014.
pub const IREV_2014: Source = Source {
    link: Link::Exact("https://irev.fr/actualites-0/contrat-de-ville-publication-dune-instruction-sur-lenjeu-sante"),
    ..Source::base(
        "irev-instruction-sante-2014",
        "IREV, Contrat de ville : publication d'une instruction sur l'enjeu santé",
        SourceKind::Guide,
    )
};

/// IREV on the governance of Engagements Quartiers 2030.
pub const IREV_Q2030: Source = Source {
    link: Link::Exact("https://irev.fr/node/238215"),
    ..Source::base(
        "irev-gouvernance-q2030",
        "IREV, gouvernance des contrats de ville « Engagements Quartiers 2030 »",
        SourceKind::Guide,
    )
};

/// Résovilles, Engagements Quartiers 2030.
pub const RESOVILLES_2030: Source = Source {
    link: Link::Exact("https://resovilles.com/engagements-quartiers-2030"),
    ..Source::base(
        "resovilles-q2030",
        "Résovilles (réseau des centres de ressources politique de la ville), Engagements Quartiers 2030 (consultation citoyenne jusqu'au 31 octobre 2023)",
        SourceKind::Guide,
    )
};

/// Cadre de référence des conseils citoyens (2014).
pub const CADRE_CC_2014: Source = Source {
    in_force: InForce::since(Date::ymd(2014, 6, 1)),
    see_also: see_also(&[
        "https://senat.fr/rap/r16-662/r16-6627.html",
        "https://conseilcitoyen75014.wordpress.com/2017/05/21/269/3/",
    ]),
    note: note("Publié par le ministère chargé de la ville (CGET) ; copie officielle en ligne non vérifiée."),
    ..Source::base(
        "cadre-reference-conseils-citoyens-2014",
        "Ministère chargé de la ville, Cadre de référence des conseils citoyens (juin 2014), et ses questions-réponses",
        SourceKind::Guide,
    )
};

/// Service-public.fr, fiche F1019 (adultes-relais).
pub const SERVICE_PUBLIC_F1019: Source = Source {
    see_also: see_also(&["https://theix-noyalo.fr/demarches-en-ligne/service-public/?xml=F1019"]),
    note: note("Fiche de service-public.fr (DILA) lue dans une reprise par une commune ; adresse sur service-public.fr non vérifiée."),
    ..Source::base(
        "service-public-f1019",
        "Service-public.fr, fiche F1019 : contrat adulte-relais (employeurs)",
        SourceKind::Guide,
    )
};

/// BEH 2016 on health impact assessment.
pub const BEH_2016_EIS: Source = Source {
    link: Link::Exact("http://beh.santepubliquefrance.fr/beh/2016/16-17/2016_16-17_6.html"),
    see_also: see_also(&["https://www.inspq.qc.ca/publications/1188"]),
    ..Source::base(
        "beh-2016-16-17-eis",
        "Santé publique France, Bulletin épidémiologique hebdomadaire 2016 n° 16-17, évaluation d'impact sur la santé (consensus de Göteborg, OMS Europe 1999)",
        SourceKind::Guide,
    )
};

/// Sénat, information report n° 662 (2016-2017) on the politique de la ville.
pub const SENAT_RAPPORT_662: Source = Source {
    link: Link::Exact("https://senat.fr/rap/r16-662/r16-6623.html"),
    ..Source::base(
        "senat-rapport-662-2017",
        "Sénat, rapport d'information n° 662 (2016-2017) sur la politique de la ville (quartiers de veille active)",
        SourceKind::Parlement,
    )
};

/// Sénat, written question n° 00800 and its answer (CTS membership of parliamentarians).
pub const SENAT_QE_00800: Source = Source {
    link: Link::Exact("https://senat.fr/questions/base/2022/qSEQ220700800.html"),
    ..Source::base(
        "senat-qe-00800",
        "Sénat, question écrite n° 00800 (16e législature) et réponse publiée le 30 mai 2024 (députés et sénateurs membres des conseils territoriaux de santé)",
        SourceKind::Parlement,
    )
};

/// Sénat, amendment II-2209 to the 2025 finance bill (overseas contrats de ville).
pub const SENAT_AMDT_II_2209: Source = Source {
    link: Link::Exact("https://senat.fr/amendements/2024-2025/143/Amdt_II-2209.html"),
    note: note("Amendement : son adoption et sa place dans la loi de finances pour 2025 ne sont pas vérifiées."),
    ..Source::base(
        "senat-amdt-ii-2209-plf-2025",
        "Sénat, amendement n° II-2209 au projet de loi de finances pour 2025 (contrats de ville d'outre-mer)",
        SourceKind::Parlement,
    )
};

// ---------------------------------------------------------------------------------------------
// Official reference data, technical standards, the document model.

/// INSEE, Code officiel géographique.
pub const INSEE_COG: Source = Source {
    link: Link::Exact("https://www.insee.fr/fr/information/2560452"),
    ..Source::base(
        "insee-cog",
        "INSEE, Code officiel géographique (codes des communes, départements et régions)",
        SourceKind::Referentiel,
    )
};

/// INSEE, definition of the quartiers prioritaires.
pub const INSEE_QPV: Source = Source {
    link: Link::Exact("https://recherche-naf.insee.fr/fr/metadonnees/definition/c2114"),
    see_also: see_also(&["https://www.banquedesterritoires.fr/politique-de-la-ville-une-geographie-prioritaire-renouvelee?pk_kwd=2024-01-08"]),
    ..Source::base(
        "insee-definition-qpv",
        "INSEE, définition des quartiers prioritaires de la politique de la ville (1 296 QPV métropolitains en 2015, 1 362 en 2024 ; ANCT depuis le 1er janvier 2020)",
        SourceKind::Referentiel,
    )
};

/// INSEE, répertoire SIRENE (SIREN numbers).
pub const INSEE_SIRENE: Source = Source {
    note: note("Page officielle décrivant le numéro SIREN non liée (adresse non vérifiée)."),
    ..Source::base(
        "insee-sirene",
        "INSEE, répertoire SIRENE : numéro SIREN à 9 chiffres avec clé de contrôle (formule de Luhn) ; SIREN des groupements de collectivités commençant par 2",
        SourceKind::Referentiel,
    )
};

/// DGCL, list and composition of the EPCI à fiscalité propre.
pub const DGCL_EPCI: Source = Source {
    link: Link::Exact("https://www.collectivites-locales.gouv.fr/institutions/liste-et-composition-des-epci-fiscalite-propre"),
    see_also: see_also(&[
        "https://maire-info.com/territoires/le-nombre-d'epci-parfaitement-stable-en-2024-et-seulement-onze-communes-nouvelles-article-28423",
        "http://www.maire-info.com/article.asp?param=22694",
        "https://www.montagneleaders.fr/dernieres-nouvelles/le-decompte-des-collectivites/",
    ]),
    ..Source::base(
        "dgcl-epci",
        "DGCL, liste et composition des EPCI à fiscalité propre",
        SourceKind::Referentiel,
    )
};

/// ANCT, QPV at 1 January 2023 (data.gouv.fr), with the list of contrats de ville.
pub const ANCT_QPV_2023: Source = Source {
    link: Link::Exact("https://www.data.gouv.fr/datasets/quartiers-prioritaires-de-la-politique-de-la-ville-au-1er-janvier-2023/reuses_and_dataservices"),
    ..Source::base(
        "anct-qpv-2023",
        "ANCT, quartiers prioritaires de la politique de la ville au 1er janvier 2023 (data.gouv.fr) : un QPV sur au plus deux EPCI, contrats communaux outre-mer, à Paris et en petite couronne",
        SourceKind::Referentiel,
    )
};

/// The référentiel embedded in this library (COG via @etalab/decoupage-administratif).
pub const REFERENTIEL_EMBARQUE: Source = Source {
    see_also: see_also(&["https://www.npmjs.com/package/@etalab/decoupage-administratif"]),
    note: note("Données de l'INSEE (COG) et de la DGCL reprises par le paquet @etalab/decoupage-administratif 6.0.0, Licence Ouverte."),
    ..Source::base(
        "referentiel-embarque",
        "Référentiel embarqué de territoire-sante : COG 2026 (INSEE, DGCL)",
        SourceKind::Referentiel,
    )
};

/// RFC 8259 (JSON).
pub const RFC_8259: Source = Source {
    link: Link::Exact("https://www.rfc-editor.org/rfc/rfc8259"),
    ..Source::base(
        "rfc-8259",
        "RFC 8259, The JavaScript Object Notation (JSON) Data Interchange Format",
        SourceKind::Norme,
    )
};

/// ISO 8601 (dates).
pub const ISO_8601: Source = Source {
    link: Link::Exact("https://www.iso.org/iso-8601-date-and-time-format.html"),
    ..Source::base("iso-8601", "ISO 8601 (dates AAAA-MM-JJ)", SourceKind::Norme)
};

/// The JSON Schemas of this library.
pub const MODELE_SCHEMA: Source = Source {
    note: note("Publiés avec la bibliothèque dans docs/schema/ : statuts, acteurs déclarés dans « acteurs » et cités par leur id."),
    ..Source::base(
        "modele-schemas",
        "Schémas JSON du modèle de document de territoire-sante (docs/schema/)",
        SourceKind::Modele,
    )
};

/// The reading limits of this library.
pub const MODELE_LIMITES: Source = Source::base(
    "modele-limites",
    "Limites de lecture configurables de territoire-sante (Limits)",
    SourceKind::Modele,
);

/// Internal coherence of a description (dates in order, statut consistent with dates).
pub const MODELE_COHERENCE: Source = Source::base(
    "modele-coherence",
    "Modèle de document de territoire-sante : cohérence interne des dates et des statuts d'une description",
    SourceKind::Modele,
);

/// Numbering of objective trees.
pub const MODELE_NUMEROTATION: Source = Source::base(
    "modele-numerotation",
    "Modèle de document de territoire-sante : numérotation des arbres d'objectifs (orientation 2 → 2.1 → 2.1.1 → 2.1.1.1)",
    SourceKind::Modele,
);

/// Coherence of a portfolio (one CLS per territory at a date).
pub const MODELE_PORTEFEUILLE: Source = Source::base(
    "modele-portefeuille",
    "Modèle de portefeuille de territoire-sante : un territoire relève d'un seul CLS à une date donnée",
    SourceKind::Modele,
);

// ---------------------------------------------------------------------------------------------
// Field experience.

/// Seed: IREV and ARS Hauts-de-France regional meeting, 22 November 2016.
pub const SEED_IREV_2016: Source = Source {
    note: note("Compte rendu parmi les documents sources du projet."),
    ..Source::base(
        "irev-ars-hdf-2016-11-22",
        "IREV et ARS Hauts-de-France, rencontre régionale du 22 novembre 2016 « Le volet santé des contrats de ville : quels enjeux ? »",
        SourceKind::Terrain,
    )
};

/// Seed: IREV network of ateliers santé ville, 28 November 2019.
pub const SEED_ASV_2019: Source = Source {
    note: note("Synthèse parmi les documents sources du projet."),
    ..Source::base(
        "irev-asv-2019-11-28",
        "IREV, réseau des ateliers santé ville, synthèse de la rencontre du 28 novembre 2019 (préfiguration, amorçage, degrés de participation)",
        SourceKind::Terrain,
    )
};

/// Seed: Novascopia workshops with the Ville de Vitry-sur-Seine.
pub const SEED_VITRY_2020: Source = Source {
    note: note("Retour d'expérience parmi les documents sources du projet."),
    ..Source::base(
        "novascopia-vitry-2020",
        "Novascopia, ateliers territoriaux santé-environnement et aménagement, Ville de Vitry-sur-Seine (2020-2021)",
        SourceKind::Terrain,
    )
};

/// ORS Nouvelle-Aquitaine study of CLS.
pub const ORS_NA_CLS: Source = Source {
    see_also: see_also(&["https://www.ors-na.org/etudes/contrats-locaux-de-sante/"]),
    ..Source::base(
        "ors-na-cls",
        "ORS Nouvelle-Aquitaine, études des contrats locaux de santé (diagnostics, coordinateurs, indicateurs)",
        SourceKind::Terrain,
    )
};

/// CLS of the CA Mont-Saint-Michel-Normandie.
pub const CLS_MSM: Source = Source {
    see_also: see_also(&["https://www.msm-normandie.fr/en/vie-quotidienne/sante/1438-cls?layout=default&print=1&tmpl=component"]),
    ..Source::base(
        "cls-mont-saint-michel-normandie-2022",
        "CLS de la communauté d'agglomération Mont-Saint-Michel-Normandie 2022-2027 (26 actions, 110 partenaires)",
        SourceKind::Terrain,
    )
};

/// CLS of Saint-Flour.
pub const CLS_SAINT_FLOUR: Source = Source {
    see_also: see_also(&["https://lawinsider.com/fr/contracts/h0lRWmW71Lu"]),
    ..Source::base(
        "cls-saint-flour-2017",
        "CLS de Saint-Flour 2017-2022 (« dûment habilité par délibération en date du … »)",
        SourceKind::Terrain,
    )
};

/// CLS of the Pays du Trégor-Goëlo.
pub const CLS_TREGOR: Source = Source {
    see_also: see_also(&["https://studylibfr.com/doc/6058920/contrat-local-de-sant%C3%A9-pays-du-tr%C3%A9gor-go%C3%ABlo"]),
    ..Source::base(
        "cls-tregor-goelo",
        "CLS du Pays du Trégor-Goëlo (« article L1434-17 du code de la santé publique »)",
        SourceKind::Terrain,
    )
};

/// Rouen, délibération of 26 September 2005 (Villes-Santé network).
pub const ROUEN_2005: Source = Source {
    see_also: see_also(&["https://rouen.fr/deliberation/2005-09-26/8-3"]),
    ..Source::base(
        "rouen-deliberation-2005-09-26",
        "Ville de Rouen, délibération du 26 septembre 2005 (adhésion au Réseau français des Villes-Santé de l'OMS)",
        SourceKind::Terrain,
    )
};

/// Réseau français des Villes-Santé de l'OMS.
pub const RFVS: Source = Source {
    see_also: see_also(&[
        "https://villes-sante.com/?p=33305",
        "https://123dok.net/document/y4w896gv-reseau-francais-des-villes-sante-de-l-oms.html",
    ]),
    ..Source::base(
        "reseau-villes-sante-oms",
        "Réseau français des Villes-Santé de l'OMS (présentation par le réseau)",
        SourceKind::Terrain,
    )
};

/// Model protocol of préfiguration NPNRU.
pub const NPNRU_PROTOCOLE: Source = Source {
    see_also: see_also(&[
        "https://d.20-bal.com/doc/11757/index.html",
        "https://ville-et-banlieue.org/?p=19843",
        "https://www.banquedesterritoires.fr/npnru-encore-11-nouveaux-quartiers-finances-en-septembre-et-la-barre-des-300-est-franchie",
    ]),
    note: note("Texte de l'ANRU (règlement général) non retrouvé sur un site officiel."),
    ..Source::base(
        "npnru-protocole-modele",
        "Modèle de protocole de préfiguration NPNRU (quartiers d'intérêt national et régional, maison du projet)",
        SourceKind::Terrain,
    )
};

/// Codes stored as numbers in real data (`1053` for `01053`).
pub const GAZETTEER: Source = Source {
    see_also: see_also(&["https://github.com/bpineau/gazetteer"]),
    ..Source::base(
        "codes-insee-en-nombre",
        "Pratique observée dans des jeux de données : codes INSEE stockés en nombre (« 1053 » pour 01053)",
        SourceKind::Terrain,
    )
};

/// Every source of the registry.
pub const ALL: &[Source] = &[
    DECRET_2023_1314,
    DECRET_2024_1212,
    CGCT_L5741_1,
    CGCT_SYNDICATS_MIXTES,
    CONSTITUTION_OUTRE_MER,
    LO_POLYNESIE_ART14,
    LO_NOUVELLE_CALEDONIE_ART22,
    LOI_2014_173,
    LOI_2014_173_ART1,
    LOI_2014_173_ART6,
    LOI_2014_173_ART7,
    LOI_2014_173_ART13,
    LOI_2014_173_ART24,
    LOI_2017_86,
    LF_2019,
    LF_2022,
    LF_2024,
    LOI_3DS,
    LOI_2016_41,
    LOI_HPST,
    LOI_2015_29,
    LOI_2019_774,
    CSP_L1434_10,
    CSP_L1434_2,
    CSP_L1434_3,
    CSP_L1434_4,
    CSP_L1434_9,
    CSP_L1434_12,
    CSP_L3221_2,
    CSP_L6323_3,
    CSP_R1434_29,
    CSP_R1434_33,
    CSP_R3224_1,
    DECRET_2016_1024,
    DECRETS_QPV,
    DECRET_2014_767,
    DECRET_2014_394,
    DECRET_2019_1190,
    DECRET_2016_1266,
    CODE_TRAVAIL_L5134_100,
    CODE_TRAVAIL_L5134_102,
    CGCT_EXECUTIF,
    CIRC_ASV_2000,
    CIRC_PM_2014,
    INSTR_2014_12_05,
    INSTR_CLSM_2016,
    INSTR_CLSM_2025,
    CIRC_CC_2017,
    CIRC_2019_01_22,
    CIRC_2023_08_31,
    CIRC_2024_11_07,
    ARS_PACA_CLS,
    ARS_HDF_CLS,
    ARS_HDF_PRS_2023,
    ARS_IDF_PRS3,
    FTS_CLS,
    CNR_CLSM_3DS,
    IREV_2014,
    IREV_Q2030,
    RESOVILLES_2030,
    CADRE_CC_2014,
    SERVICE_PUBLIC_F1019,
    BEH_2016_EIS,
    SENAT_RAPPORT_662,
    SENAT_QE_00800,
    SENAT_AMDT_II_2209,
    INSEE_COG,
    INSEE_QPV,
    INSEE_SIRENE,
    DGCL_EPCI,
    ANCT_QPV_2023,
    REFERENTIEL_EMBARQUE,
    RFC_8259,
    ISO_8601,
    MODELE_SCHEMA,
    MODELE_LIMITES,
    MODELE_COHERENCE,
    MODELE_NUMEROTATION,
    MODELE_PORTEFEUILLE,
    SEED_IREV_2016,
    SEED_ASV_2019,
    SEED_VITRY_2020,
    ORS_NA_CLS,
    CLS_MSM,
    CLS_SAINT_FLOUR,
    CLS_TREGOR,
    ROUEN_2005,
    RFVS,
    NPNRU_PROTOCOLE,
    GAZETTEER,
];

/// The source with registry identifier `id`.
pub fn find(id: &str) -> Option<&'static Source> {
    ALL.iter().find(|s| s.id == id)
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;
    use crate::law::{is_allowed_basis, Authority};
    use crate::report::Severity;
    use crate::rules::catalogue;

    #[test]
    fn every_basis_is_on_an_allowed_host() {
        for s in ALL {
            if let Some(u) = s.url() {
                assert!(
                    is_allowed_basis(u),
                    "{}: basis {u} is not on an allowed host",
                    s.id
                );
            }
            for u in s.see_also {
                assert!(
                    u.starts_with("https://") || u.starts_with("http://"),
                    "{}: {u}",
                    s.id
                );
            }
        }
    }

    #[test]
    #[cfg(feature = "documentation-regles")]
    fn what_cannot_be_linked_or_pinned_says_why() {
        for s in ALL {
            let official = matches!(
                s.authority(),
                Authority::Binding | Authority::Instruction | Authority::Guidance
            );
            match s.link {
                Link::None if official => assert!(s.note.is_some(), "{}: no link, no note", s.id),
                Link::Container(_) => assert!(s.note.is_some(), "{}: container, no note", s.id),
                _ => {}
            }
            if let Link::Exact(u) = s.link {
                if let Some(id) = s.identifier.filter(|i| i.starts_with("LEGIARTI")) {
                    assert!(u.contains(id), "{}: link does not open {id}", s.id);
                }
            }
        }
    }

    #[test]
    fn no_source_is_defined_twice() {
        let (mut ids, mut labels, mut identifiers, mut urls) = (
            HashSet::new(),
            HashSet::new(),
            HashSet::new(),
            HashSet::new(),
        );
        for s in ALL {
            assert!(ids.insert(s.id), "id {} twice", s.id);
            assert!(labels.insert(s.label), "label {} twice", s.label);
            if let Some(i) = s.identifier {
                assert!(identifiers.insert(i), "identifier {i} twice ({})", s.id);
            }
            // A container link (a whole code or law) may serve several provisions of it; the
            // link to a text itself names one source only.
            if let Link::Exact(u) = s.link {
                assert!(urls.insert(u), "url {u} twice ({})", s.id);
            }
        }
    }

    #[test]
    fn rules_cite_the_registry_only() {
        for r in catalogue() {
            assert!(!r.sources.is_empty(), "{} has no source", r.code);
            for s in r.sources {
                assert_eq!(
                    find(s.id),
                    Some(s),
                    "{} cites {} outside the registry",
                    r.code,
                    s.id
                );
            }
        }
    }

    #[test]
    fn every_source_is_cited_by_a_rule() {
        for s in ALL {
            assert!(
                catalogue()
                    .iter()
                    .any(|r| r.sources.iter().any(|x| x.id == s.id)),
                "{} is cited by no rule",
                s.id
            );
        }
    }

    #[test]
    fn severity_never_exceeds_the_strongest_source() {
        for r in catalogue() {
            if r.is_engine() {
                // DOC-*: the engine's own reading rules (the document could not be read); they
                // decide no question of law and are fatal by nature, or a notice of the engine's
                // limits (findings left out), a warning at most.
                assert!(
                    r.severity == Severity::Fatal || r.severity <= Severity::Warning,
                    "{}",
                    r.code
                );
                continue;
            }
            let Some(a) = r.authority() else {
                panic!("{} has no source", r.code)
            };
            assert!(
                r.severity <= a.max_severity(),
                "{} is {:?} but its strongest source ({:?}) supports at most {:?}",
                r.code,
                r.severity,
                a,
                a.max_severity()
            );
        }
    }

    #[test]
    fn the_bound_test_would_catch_an_error_on_guidance() {
        // A rule graded as an error on guidance alone is what the test above refuses.
        let a = ARS_PACA_CLS.authority();
        assert!(Severity::Error > a.max_severity());
        assert!(Severity::Warning <= a.max_severity());
        assert!(Severity::Warning > SEED_IREV_2016.authority().max_severity());
    }
}
