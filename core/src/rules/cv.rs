//! CV-*: contrats de ville and their volet santé (loi 2014-173).

use super::lif;
use super::util;
use super::*;
use crate::model::{
    ContratDeVille, Document, DocumentKind, NatureActeur, NatureAvenant, NatureEvaluation,
    StatutCv, TypeTerritoire,
};
use crate::report::{Category, InForce, Severity};

/// Loi 2014-173 art. 6 on Légifrance.
pub const LOI_2014_173_ART6: Source = Source::new(
    SourceKind::Loi,
    "Loi n° 2014-173 du 21 février 2014, art. 6",
    Some("https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000028638825"),
);

/// CV-001: the State, the EPCI and the communes are parties.
pub static CV_001: Rule = Rule {
    code: "CV-001",
    severity: Severity::Error,
    category: Category::Required,
    applies_to: &[DocumentKind::ContratDeVille],
    in_force: InForce::since(Date::ymd(2014, 2, 23)),
    sources: &[
        LOI_2014_173_ART6,
        Source::new(
            SourceKind::Circulaire,
            "Circulaire du Premier ministre n° 5729/SG du 30 juillet 2014 (le préfet de département signe pour l'État)",
            Some("https://www.ash.tm.fr/hebdo/2880/veille-juridique/une-circulaire-pour-aider-les-prefets-dans-lelaboration-des-contrats-de-ville-de-nouvelle-generation-403976.php"),
        ),
    ],
    title: Text::new("Parties obligatoires du contrat de ville", "Mandatory parties of the contrat de ville"),
    message: Text::new(
        "Le contrat de ville n'a pas parmi ses signataires : {missing}.",
        "The contrat de ville lacks among its signatories: {missing}.",
    ),
    help: Text::new(
        "Le contrat de ville est signé par l'État (préfet), l'EPCI à fiscalité propre et les communes concernées ; ajoutez les signatures manquantes.",
        "The contrat de ville is signed by the State (préfet), the EPCI à fiscalité propre and the communes concerned; add the missing signatures.",
    ),
    description: Text::new(
        "Les contrats de ville sont conclus entre l'État et ses établissements publics d'une part, les communes et EPCI à fiscalité propre concernés d'autre part : sans le préfet, l'EPCI porteur (sauf contrat communal) ou une commune, le contrat n'est pas valide.",
        "Contrats de ville are concluded between the State and its public bodies on one side, the communes and EPCI concerned on the other: without the préfet, the carrying EPCI (except a communal contract) or a commune, the contract is not valid.",
    ),
    limits: Some(Text::new(
        "Sans liste nationale des QPV par commune, la règle vérifie qu'au moins une commune signe, pas que chaque commune accueillant un QPV signe (TER-010 le fait avec le référentiel).",
        "Without a national list of QPV per commune, the rule checks that at least one commune signs, not that every commune hosting a QPV does (TER-010 does with the référentiel).",
    )),
    check: Check::Document(|ctx, out| {
        let Document::ContratDeVille(c) = ctx.doc else { return };
        let natures: Vec<NatureActeur> = c
            .signataires
            .iter()
            .filter_map(|s| util::nature(ctx.doc, &s.acteur))
            .collect();
        let porteur = c.porteur.as_deref().and_then(|p| util::nature(ctx.doc, p));
        let communal = matches!(porteur, Some(NatureActeur::Commune));
        let mut missing: Vec<&str> = Vec::new();
        let (mut fr, mut en): (Vec<&str>, Vec<&str>) = (Vec::new(), Vec::new());
        if !natures.iter().any(|n| n.is_etat()) {
            missing.push("etat");
            fr.push("l'État (préfet)");
            en.push("the State (préfet)");
        }
        if !communal && !natures.iter().any(|n| matches!(n, NatureActeur::Epci | NatureActeur::Ept)) {
            missing.push("epci");
            fr.push("l'EPCI à fiscalité propre");
            en.push("the EPCI");
        }
        if !natures.contains(&NatureActeur::Commune) {
            missing.push("commune");
            fr.push("une commune");
            en.push("a commune");
        }
        if !missing.is_empty() {
            out.push(util::with_signataires(
                util::missing(ctx.doc, "/signataires")
                    .param("missing", missing)
                    .localized("missing", fr.join(", "), en.join(", ")),
                ctx.doc,
            ));
        }
    }),
};

/// CV-004: dates of the 2015 generation.
pub static CV_004: Rule = Rule {
    code: "CV-004",
    severity: Severity::Error,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ContratDeVille],
    in_force: InForce::since(Date::ymd(2015, 1, 1)),
    sources: &[
        Source::new(
            SourceKind::Loi,
            "Loi n° 2014-173, art. 6 ; prorogations : LF 2019 (art. 181), LF 2022 (loi 2021-1900, art. 68), LF 2024 (outre-mer)",
            Some("https://www.assemblee-nationale.fr/dyn/15/amendements/1255C/AN/2151"),
        ),
        Source::new(SourceKind::Guide, "Villes et territoires : prorogation des contrats de ville jusqu'à fin 2023", Some("https://villes-et-territoires.fr/16709173-2/")),
        Source::new(SourceKind::Loi, "Sénat, amendement II-2209 au PLF 2025 (outre-mer)", Some("https://senat.fr/amendements/2024-2025/143/Amdt_II-2209.html")),
    ],
    title: Text::new("Terme légal des contrats de ville 2015", "Legal term of 2015 contrats de ville"),
    message: Text::new(
        "Ce contrat de ville de 2015 {what} au-delà de son terme légal du {legal_end}.",
        "This 2015 contrat de ville {what} beyond its legal term of {legal_end}.",
    ),
    help: Text::new(
        "Un contrat de la génération 2015 a pris fin le 31 décembre 2023 (31 décembre 2024 outre-mer) : passez-le « echu » et décrivez le contrat « Engagements Quartiers 2030 » qui lui succède dans un document de génération 2024.",
        "A 2015-generation contract ended on 31 December 2023 (31 December 2024 overseas): mark it \"echu\" and describe the \"Engagements Quartiers 2030\" contract that follows it as a 2024-generation document.",
    ),
    description: Text::new(
        "Génération 2015 : signés en 2015, pour 2015-2020, prorogés par la loi jusqu'au 31 décembre 2022 puis 2023 (2024 outre-mer). Un tel contrat ne peut être « en vigueur » ou « prorogé » après ce terme, ni fixer une fin au-delà.",
        "2015 generation: signed in 2015 for 2015-2020, prorogued by law to 31 December 2022 then 2023 (2024 overseas). Such a contract cannot be \"en_vigueur\" or \"proroge\" after that term, nor set an end beyond it.",
    ),
    limits: Some(Text::new(
        "Le texte de la LF 2025 sur l'outre-mer n'a pas été vérifié dans sa version définitive ; la règle retient le 31 décembre 2024.",
        "The final text of the 2025 finance law for overseas was not verified; the rule uses 31 December 2024.",
    )),
    check: Check::Document(|ctx, out| {
        let Document::ContratDeVille(c) = ctx.doc else { return };
        if !lif::is_cv2015(ctx.doc) {
            return;
        }
        let om = util::is_outre_mer(ctx.doc);
        let final_end = if om { Date::ymd(2024, 12, 31) } else { Date::ymd(2023, 12, 31) };
        let active = matches!(
            c.statut.as_ref().and_then(|s| s.known()),
            Some(StatutCv::EnVigueur | StatutCv::Proroge)
        );
        if active && ctx.as_of > final_end {
            out.push(
                Finding::at("/statut")
                    .param("what", "en_vigueur")
                    .localized("what", format!("est déclaré en vigueur au {}", ctx.as_of), format!("is declared in force on {}", ctx.as_of))
                    .param("legal_end", final_end.to_string())
                    .input("/statut", c.statut.as_ref().map(|s| match s { crate::model::Code::Known(k) => k.to_string(), crate::model::Code::Unknown(w) => w.clone() }).unwrap_or_default())
                    .parameter("terme_legal", final_end.to_string())
                    .parameter("outre_mer", om),
            );
        }
        let ends = c
            .periode
            .and_then(|p| p.fin)
            .map(|f| ("/periode/fin".to_string(), f))
            .into_iter()
            .chain(c.avenants.iter().enumerate().filter_map(|(i, a)| {
                a.nouvelle_fin.map(|n| (format!("/avenants/{i}/nouvelle_fin"), n))
            }));
        for (p, e) in ends {
            if e > final_end {
                out.push(
                    Finding::at(p.clone())
                        .param("what", "fin")
                        .localized("what", format!("fixe une fin au {e}"), format!("sets an end on {e}"))
                        .param("legal_end", final_end.to_string())
                        .input(p, e.to_string())
                        .parameter("terme_legal", final_end.to_string()),
                );
            }
        }
    }),
};

const CIRC_2014_12_05: Source = super::cls::CIRC_2014_12_05;
const IREV_2014: Source = Source::new(
    SourceKind::Guide,
    "IREV, Contrat de ville : publication d'une instruction sur l'enjeu santé",
    Some("https://irev.fr/actualites-0/contrat-de-ville-publication-dune-instruction-sur-lenjeu-sante"),
);
const CIRC_2023_08_31: Source = Source::new(
    SourceKind::Circulaire,
    "Circulaire du 31 août 2023 relative à l'élaboration des contrats de ville 2024-2030",
    Some("https://www.actu-juridique.fr/breves/immobilier/circulaire-relative-a-lelaboration-des-contrats-de-ville-2024-2030/"),
);
const RESOVILLES_2030: Source = Source::new(
    SourceKind::Guide,
    "Résovilles, Engagements Quartiers 2030",
    Some("https://resovilles.com/engagements-quartiers-2030"),
);
const SEED_ASV_2019: Source = Source::new(
    SourceKind::Terrain,
    "IREV, réseau des ateliers santé ville, synthèse du 28 novembre 2019",
    None,
);

fn statut_cv(c: &ContratDeVille) -> Option<StatutCv> {
    c.statut.as_ref().and_then(|s| s.known()).copied()
}

fn negotiating(c: &ContratDeVille) -> bool {
    statut_cv(c) == Some(StatutCv::EnNegociation)
}

/// Whether a commune code lies in Paris or the petite couronne (75, 92, 93, 94), where 2015
/// contracts were communal before the établissements publics territoriaux existed.
fn grand_paris(code: &str) -> bool {
    ["75", "92", "93", "94"].iter().any(|d| code.starts_with(d))
}

/// CV-002: the contrat de ville is intercommunal.
pub static CV_002: Rule = Rule {
    code: "CV-002",
    severity: Severity::Error,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ContratDeVille],
    in_force: InForce::since(Date::ymd(2014, 2, 23)),
    sources: &[
        LOI_2014_173_ART6,
        Source::new(
            SourceKind::Circulaire,
            "Circulaire du 31 août 2023 (échelle communale lorsque l'EPCI n'exerce pas la compétence politique de la ville), selon le CIDEFE",
            Some("https://cidefe.fr/2023/09/21/le-gouvernement-precise-le-calendrier-et-le-contenu-des-prochains-contrats-de-ville/"),
        ),
        Source::new(
            SourceKind::Guide,
            "ANCT, liste des 435 contrats de ville 2015-2023 (contrats communaux outre-mer, à Paris et en petite couronne)",
            Some("https://www.data.gouv.fr/datasets/quartiers-prioritaires-de-la-politique-de-la-ville-au-1er-janvier-2023/reuses_and_dataservices"),
        ),
    ],
    title: Text::new("Échelle intercommunale du contrat de ville", "Intercommunal scale of the contrat de ville"),
    message: Text::new(
        "Le contrat de ville est porté {scale}, alors qu'il est conclu à l'échelle intercommunale.",
        "The contrat de ville is carried {scale}, whereas it is concluded at the intercommunal scale.",
    ),
    help: Text::new(
        "Faites porter le contrat par l'EPCI à fiscalité propre (ou l'EPT dans la Métropole du Grand Paris) ; un contrat communal n'est admis qu'outre-mer, à Paris et en petite couronne pour la génération 2015, et, depuis la génération 2024, là où l'EPCI n'exerce pas la compétence politique de la ville.",
        "Have the contract carried by the EPCI à fiscalité propre (or the EPT in the Métropole du Grand Paris); a communal contract is allowed only overseas, in Paris and the petite couronne for the 2015 generation, and, since the 2024 generation, where the EPCI does not hold the politique de la ville competence.",
    ),
    description: Text::new(
        "La loi n° 2014-173 (art. 6) conclut les contrats de ville à l'échelle intercommunale. Exceptions : les contrats communaux d'outre-mer et de Paris et de la petite couronne (avant les EPT), et, depuis la circulaire du 31 août 2023, les contrats communaux là où l'EPCI n'exerce pas la compétence politique de la ville. Un porteur d'une autre nature (département, association…) n'est jamais admis.",
        "Law 2014-173 (art. 6) concludes contrats de ville at the intercommunal scale. Exceptions: communal contracts overseas and in Paris and the petite couronne (before the EPT), and, since the circulaire of 31 August 2023, communal contracts where the EPCI does not hold the politique de la ville competence. A carrier of another nature (département, association…) is never allowed.",
    ),
    limits: Some(Text::new(
        "La compétence politique de la ville de l'EPCI n'est pas connue : un contrat communal de génération 2024 est accepté. L'exception Paris et petite couronne est déduite de la liste ANCT des contrats 2015, non d'un texte. Sans porteur, l'échelle est lue dans le périmètre.",
        "The EPCI's politique de la ville competence is not known: a communal 2024-generation contract is accepted. The Paris and petite couronne exception is inferred from the ANCT list of 2015 contracts, not from a text. Without a carrier, the scale is read from the perimeter.",
    )),
    check: Check::Document(|ctx, out| {
        let Document::ContratDeVille(c) = ctx.doc else { return };
        let porteur = c
            .porteur
            .as_deref()
            .and_then(|p| ctx.doc.acteur(p));
        let (path, scale, communes): (String, String, Vec<String>) = match porteur {
            Some(a) => match a.nature {
                NatureActeur::Epci | NatureActeur::Ept => return,
                n => {
                    let codes = a
                        .territoire
                        .as_ref()
                        .and_then(|t| t.code.clone())
                        .into_iter()
                        .collect();
                    ("/porteur".to_string(), n.to_string(), codes)
                }
            },
            None => {
                if c.perimetre.is_empty()
                    || c.perimetre
                        .iter()
                        .any(|t| matches!(t.kind, TypeTerritoire::Epci | TypeTerritoire::Ept))
                {
                    return;
                }
                if !c.perimetre.iter().all(|t| t.kind == TypeTerritoire::Commune) {
                    return;
                }
                let codes = c.perimetre.iter().filter_map(|t| t.code.clone()).collect();
                ("/perimetre".to_string(), "commune".to_string(), codes)
            }
        };
        if scale == "commune" {
            let om = util::is_outre_mer(ctx.doc);
            let gp = lif::is_cv2015(ctx.doc) && !communes.is_empty() && communes.iter().all(|x| grand_paris(x));
            let q2030 = util::is_cv2024(ctx.doc);
            if om || gp || q2030 {
                return;
            }
        }
        let mut f = Finding::at(path.clone())
            .param("scale", scale.clone())
            .parameter("echelle_requise", "epci");
        f = if scale == "commune" {
            f.localized("scale", "à l'échelle communale", "at the communal scale")
        } else {
            f.localized("scale", format!("par un acteur de nature « {scale} »"), format!("by an actor of nature \"{scale}\""))
        };
        if path == "/porteur" {
            f = f.input("/porteur", c.porteur.clone().unwrap_or_default());
        }
        out.push(f);
    }),
};

/// CV-003: the ARS is associated with the contrat de ville.
pub static CV_003: Rule = Rule {
    code: "CV-003",
    severity: Severity::Warning,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ContratDeVille],
    in_force: InForce::since(Date::ymd(2014, 12, 5)),
    sources: &[
        CIRC_2014_12_05,
        IREV_2014,
        Source::new(
            SourceKind::Guide,
            "Banque des territoires : une circulaire précise la méthode pour élaborer le volet santé des contrats de ville",
            Some("https://banquedesterritoires.fr/une-circulaire-precise-la-methode-pour-elaborer-le-volet-sante-des-contrats-de-ville"),
        ),
    ],
    title: Text::new("L'ARS signataire du contrat de ville", "The ARS signs the contrat de ville"),
    message: Text::new(
        "L'ARS n'est pas parmi les signataires du contrat de ville.",
        "The ARS is not among the signatories of the contrat de ville.",
    ),
    help: Text::new(
        "Associez l'ARS (délégation départementale) à l'élaboration du contrat de ville et à sa signature, en tant qu'établissement public de l'État.",
        "Involve the ARS (délégation départementale) in drawing up the contrat de ville and have it sign as a public body of the State.",
    ),
    description: Text::new(
        "L'instruction du 5 décembre 2014 demande que l'ARS soit associée à l'élaboration et à la signature des contrats de ville, qu'elle signe comme établissement public de l'État. Règle issue d'une circulaire : avertissement (excluez-la avec « exclude » si votre pratique régionale diffère).",
        "The instruction of 5 December 2014 asks that the ARS take part in drawing up and signing contrats de ville, which it signs as a public body of the State. A circulaire-based rule: a warning (exclude it with \"exclude\" if your regional practice differs).",
    ),
    limits: Some(Text::new(
        "Un contrat en négociation, ou signé avant le 5 décembre 2014, n'est pas vérifié.",
        "A contract under negotiation, or signed before 5 December 2014, is not checked.",
    )),
    check: Check::Document(|ctx, out| {
        let Document::ContratDeVille(c) = ctx.doc else { return };
        if negotiating(c) || c.date_signature.is_some_and(|d| d < Date::ymd(2014, 12, 5)) {
            return;
        }
        let natures: Vec<NatureActeur> = c
            .signataires
            .iter()
            .filter_map(|s| util::nature(ctx.doc, &s.acteur))
            .collect();
        if !natures.iter().any(|n| n.is_ars()) {
            let mut f = util::missing(ctx.doc, "/signataires").parameter("circulaire", "2014-12-05");
            if !c.signataires.is_empty() {
                f = f.input("/signataires", natures.iter().map(|n| n.to_string()).collect::<Vec<_>>());
            }
            out.push(f);
        }
    }),
};

const Q2030_END: Date = Date::ymd(2030, 12, 31);
const Q2030_SIGN_BY: Date = Date::ymd(2024, 3, 31);
const Q2030_OM_FROM: Date = Date::ymd(2025, 1, 1);

/// CV-005: dates of the 2024 generation.
pub static CV_005: Rule = Rule {
    code: "CV-005",
    severity: Severity::Error,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ContratDeVille],
    in_force: InForce::between(Date::ymd(2024, 1, 1), Q2030_END),
    sources: &[
        CIRC_2023_08_31,
        RESOVILLES_2030,
        Source::new(SourceKind::Loi, "Loi de finances pour 2024 (contrats d'outre-mer prorogés jusqu'à fin 2024)", Some("https://www.assemblee-nationale.fr/dyn/16/amendements/1680C/AN/3869")),
        Source::new(SourceKind::Loi, "Sénat, amendement II-2209 au PLF 2025 (outre-mer)", Some("https://senat.fr/amendements/2024-2025/143/Amdt_II-2209.html")),
    ],
    title: Text::new("Calendrier des contrats « Engagements Quartiers 2030 »", "Calendar of the \"Engagements Quartiers 2030\" contracts"),
    message: Text::new(
        "Contrat de ville de génération 2024 : {problem}.",
        "2024-generation contrat de ville: {problem}.",
    ),
    help: Text::new(
        "Les contrats « Engagements Quartiers 2030 » de métropole sont signés au plus tard le 31 mars 2024 et prennent fin le 31 décembre 2030 (revoyure en 2027) ; outre-mer, ils commencent au 1er janvier 2025.",
        "Metropolitan \"Engagements Quartiers 2030\" contracts are signed by 31 March 2024 and end on 31 December 2030 (review in 2027); overseas they start on 1 January 2025.",
    ),
    description: Text::new(
        "Génération 2024 : en métropole, contrats conclus au plus tard le 31 mars 2024 (les crédits pouvaient être engagés sans contrat du 1er janvier au 31 mars 2024), pour six ans jusqu'à fin 2030 ; outre-mer, les contrats 2015 sont prorogés jusqu'à fin 2024 et les nouveaux commencent en 2025.",
        "2024 generation: in metropolitan France, contracts concluded by 31 March 2024 (credits could be used without a contract from 1 January to 31 March 2024), for six years to the end of 2030; overseas, 2015 contracts are prorogued to the end of 2024 and new ones start in 2025.",
    ),
    limits: Some(Text::new(
        "L'échéance du 31 mars 2024 est celle de la circulaire ; beaucoup de contrats ont été signés plus tard. L'adoption définitive de l'amendement PLF 2025 pour l'outre-mer n'a pas été vérifiée.",
        "The 31 March 2024 deadline is the circulaire's; many contracts were signed later. The final adoption of the PLF 2025 overseas amendment was not verified.",
    )),
    check: Check::Document(|ctx, out| {
        let Document::ContratDeVille(c) = ctx.doc else { return };
        if !util::is_cv2024(ctx.doc) {
            return;
        }
        let om = util::is_outre_mer(ctx.doc);
        if let Some(f) = c.periode.and_then(|p| p.fin) {
            if f > Q2030_END {
                out.push(
                    Finding::at("/periode/fin")
                        .param("problem", "fin")
                        .localized("problem", format!("sa fin ({f}) dépasse le 31 décembre 2030"), format!("its end ({f}) is after 31 December 2030"))
                        .input("/periode/fin", f.to_string())
                        .parameter("fin_legale", Q2030_END.to_string()),
                );
            }
        }
        if !om {
            if let Some(s) = c.date_signature {
                if s > Q2030_SIGN_BY {
                    out.push(
                        Finding::at("/date_signature")
                            .param("problem", "signature_tardive")
                            .localized("problem", format!("signé le {s}, après l'échéance du 31 mars 2024"), format!("signed on {s}, after the 31 March 2024 deadline"))
                            .input("/date_signature", s.to_string())
                            .parameter("signature_au_plus_tard", Q2030_SIGN_BY.to_string()),
                    );
                }
            }
        } else if let Some(d) = c.periode.and_then(|p| p.debut) {
            if d < Q2030_OM_FROM {
                out.push(
                    Finding::at("/periode/debut")
                        .param("problem", "debut_outre_mer")
                        .localized(
                            "problem",
                            format!("outre-mer, il commence le {d}, avant le 1er janvier 2025 (les contrats 2015 y courent jusqu'à fin 2024)"),
                            format!("overseas, it starts on {d}, before 1 January 2025 (2015 contracts run there until the end of 2024)"),
                        )
                        .input("/periode/debut", d.to_string())
                        .parameter("debut_outre_mer", Q2030_OM_FROM.to_string())
                        .parameter("outre_mer", true),
                );
            }
        }
    }),
};

/// The year of the general renewal of municipal councils on or before `year` (2020, 2026, 2032…).
fn renewal_year(year: i32) -> i32 {
    2020 + 6 * (year - 2020).div_euclid(6)
}

/// CV-006: statutory calendar of later generations.
pub static CV_006: Rule = Rule {
    code: "CV-006",
    severity: Severity::Error,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ContratDeVille],
    in_force: InForce::since(Date::ymd(2017, 1, 29)),
    sources: &[Source::new(
        SourceKind::Loi,
        "Loi n° 2014-173, art. 6 I, dans sa rédaction issue de la loi n° 2017-86 du 27 janvier 2017",
        Some("https://www.doctrine.fr/l/texts/lois/JORFTEXT000028636804/articles/LEGIARTI000028638825?version=LEGIARTI000033971782"),
    )],
    title: Text::new("Calendrier légal des contrats de ville", "Statutory calendar of contrats de ville"),
    message: Text::new(
        "Contrat signé le {signature} : {problem}.",
        "Contract signed on {signature}: {problem}.",
    ),
    help: Text::new(
        "Hors générations 2015 et 2024, un contrat de ville est signé l'année du renouvellement général des conseils municipaux et entre en vigueur le 1er janvier suivant pour six ans ; signé l'année suivante, il entre en vigueur un an plus tard pour cinq ans. Les deux finissent le 31 décembre de la sixième année suivant le renouvellement.",
        "Outside the 2015 and 2024 generations, a contrat de ville is signed in the year of the general renewal of municipal councils and enters into force the following 1 January for six years; signed the year after, it enters into force a year later for five years. Both end on 31 December of the sixth year after the renewal.",
    ),
    description: Text::new(
        "L'art. 6 I de la loi n° 2014-173 (version 2017) fixe le calendrier des contrats des générations futures : signature l'année du renouvellement municipal (ou l'année suivante au plus tard), entrée en vigueur le 1er janvier suivant, six ans (cinq si tardif). La règle vérifie les contrats signés à partir de 2026 (après les dérogations des générations 2015 et 2024 : CV-004, CV-005).",
        "Art. 6 I of law 2014-173 (2017 version) sets the calendar of future generations: signature in the year of the municipal renewal (or the year after at the latest), entry into force the following 1 January, six years (five if late). The rule checks contracts signed from 2026 on (after the derogations of the 2015 and 2024 generations: CV-004, CV-005).",
    ),
    limits: Some(Text::new(
        "Les renouvellements généraux sont supposés tous les six ans à partir de 2020 (2026, 2032…). La mise à jour triennale n'est pas vérifiée.",
        "General renewals are assumed every six years from 2020 (2026, 2032…). The three-yearly update is not checked.",
    )),
    check: Check::Document(|ctx, out| {
        let Document::ContratDeVille(c) = ctx.doc else { return };
        if lif::is_cv2015(ctx.doc) || util::is_cv2024(ctx.doc) {
            return;
        }
        let Some(s) = c.date_signature else { return };
        let sy = i32::from(s.year());
        if sy < 2026 {
            return;
        }
        let y = renewal_year(sy);
        let base = |f: Finding| {
            f.param("signature", s.to_string())
                .input("/date_signature", s.to_string())
                .parameter("annee_renouvellement", y)
        };
        if sy > y + 1 {
            out.push(base(
                Finding::at("/date_signature")
                    .param("problem", "hors_delai")
                    .localized(
                        "problem",
                        format!("signé plus d'un an après le renouvellement municipal de {y}"),
                        format!("signed more than a year after the municipal renewal of {y}"),
                    ),
            ));
            return;
        }
        let (Some(debut), Some(fin)) = (
            Date::new(u16::try_from(sy + 1).unwrap_or(0), 1, 1).ok(),
            Date::new(u16::try_from(y + 6).unwrap_or(0), 12, 31).ok(),
        ) else {
            return;
        };
        let per = c.periode.unwrap_or_default();
        if let Some(d) = per.debut {
            if d != debut {
                out.push(base(
                    Finding::at("/periode/debut")
                        .param("problem", "debut")
                        .localized("problem", format!("il devrait entrer en vigueur le {debut}, non le {d}"), format!("it should enter into force on {debut}, not {d}"))
                        .input("/periode/debut", d.to_string())
                        .parameter("debut_legal", debut.to_string()),
                ));
            }
        }
        if let Some(f) = per.fin {
            if f != fin {
                out.push(base(
                    Finding::at("/periode/fin")
                        .param("problem", "fin")
                        .localized("problem", format!("il devrait finir le {fin}, non le {f}"), format!("it should end on {fin}, not {f}"))
                        .input("/periode/fin", f.to_string())
                        .parameter("fin_legale", fin.to_string()),
                ));
            }
        }
    }),
};

/// CV-007: place, means and training for conseils citoyens.
pub static CV_007: Rule = Rule {
    code: "CV-007",
    severity: Severity::Error,
    category: Category::Required,
    applies_to: &[DocumentKind::ContratDeVille],
    in_force: InForce::since(Date::ymd(2014, 2, 23)),
    sources: &[
        Source::new(
            SourceKind::Loi,
            "Loi n° 2014-173 du 21 février 2014, art. 7 I (conseils citoyens) et art. 1 (co-construction)",
            Some("https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000028638827"),
        ),
        Source::new(
            SourceKind::Loi,
            "Loi n° 2014-173 du 21 février 2014 (texte intégral)",
            Some("https://www.legifrance.gouv.fr/affichTexte.do?cidTexte=JORFTEXT000028636804&categorieLien=cid"),
        ),
    ],
    title: Text::new("Moyens des conseils citoyens", "Means of the conseils citoyens"),
    message: Text::new(
        "Le contrat de ville ne définit pas, pour les conseils citoyens : {missing}.",
        "The contrat de ville does not define, for the conseils citoyens: {missing}.",
    ),
    help: Text::new(
        "Renseignez « moyens_conseils_citoyens » : un lieu, des moyens de fonctionnement, des actions de formation, et les modalités de co-construction avec les habitants.",
        "Fill in \"moyens_conseils_citoyens\": a place, operating means, training actions, and the modalities of co-construction with habitants.",
    ),
    description: Text::new(
        "Le contrat de ville définit un lieu et des moyens dédiés au fonctionnement des conseils citoyens ainsi que des actions de formation (art. 7 I), et les modalités de co-construction de la politique de la ville avec les habitants (art. 1).",
        "The contrat de ville defines a place and dedicated means for the conseils citoyens and training actions (art. 7 I), and the modalities of co-construction of the politique de la ville with habitants (art. 1).",
    ),
    limits: Some(Text::new(
        "Un contrat en négociation n'est pas vérifié. La règle lit ce que le document déclare, pas le contenu réel des moyens.",
        "A contract under negotiation is not checked. The rule reads what the document declares, not the actual means.",
    )),
    check: Check::Document(|ctx, out| {
        let Document::ContratDeVille(c) = ctx.doc else { return };
        if negotiating(c) {
            return;
        }
        let m = c.moyens_conseils_citoyens.clone().unwrap_or_default();
        let mut missing: Vec<&str> = Vec::new();
        let (mut fr, mut en) = (Vec::new(), Vec::new());
        for (ok, w, f, e) in [
            (m.lieu, "lieu", "un lieu", "a place"),
            (m.moyens_de_fonctionnement, "moyens_de_fonctionnement", "des moyens de fonctionnement", "operating means"),
            (m.formation, "formation", "des actions de formation", "training actions"),
            (m.modalites_co_construction, "modalites_co_construction", "les modalités de co-construction avec les habitants", "the modalities of co-construction with habitants"),
        ] {
            if ok != Some(true) {
                missing.push(w);
                fr.push(f);
                en.push(e);
            }
        }
        if !missing.is_empty() {
            let mut f = util::missing(ctx.doc, "/moyens_conseils_citoyens")
                .param("missing", missing.clone())
                .localized("missing", fr.join(", "), en.join(", "));
            if let Some(mm) = &c.moyens_conseils_citoyens {
                for (w, v) in [
                    ("lieu", mm.lieu),
                    ("moyens_de_fonctionnement", mm.moyens_de_fonctionnement),
                    ("formation", mm.formation),
                    ("modalites_co_construction", mm.modalites_co_construction),
                ] {
                    if let (true, Some(b)) = (missing.contains(&w), v) {
                        f = f.input(format!("/moyens_conseils_citoyens/{w}"), b);
                    }
                }
            }
            out.push(f);
        }
    }),
};

const PILIERS_2015: [&str; 3] = [
    "cohesion_sociale",
    "cadre_de_vie",
    "developpement_economique",
];

/// CV-008: three pillars of the 2015 generation.
pub static CV_008: Rule = Rule {
    code: "CV-008",
    severity: Severity::Warning,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ContratDeVille],
    in_force: InForce::between(Date::ymd(2015, 1, 1), Date::ymd(2023, 12, 31)),
    sources: &[
        Source::new(
            SourceKind::Circulaire,
            "Circulaire du Premier ministre n° 5729/SG du 30 juillet 2014 (trois piliers)",
            Some("https://conseilcitoyen75014.wordpress.com/2017/02/02/circulaire-n-cabinet-c102201741-du-2-fevrier-2017-relative-aux-conseils-citoyens-nor-vjsc1703528c/"),
        ),
        Source::new(
            SourceKind::Guide,
            "Banque des territoires : les ateliers santé ville (la santé dans le pilier cohésion sociale)",
            Some("https://banquedesterritoires.fr/les-ateliers-sante-ville-la-proximite-et-le-decloisonnement-pour-reduire-les-inegalites-de-sante"),
        ),
        Source::new(SourceKind::ConnaissanceGenerale, "Intitulés des trois piliers", None),
    ],
    title: Text::new("Piliers des contrats de ville 2015", "Pillars of 2015 contrats de ville"),
    message: Text::new(
        "Ce contrat de ville de 2015 ne déclare pas les piliers : {missing}.",
        "This 2015 contrat de ville does not declare the pillars: {missing}.",
    ),
    help: Text::new(
        "Déclarez les trois piliers dans « piliers » : cohesion_sociale (où se trouve le volet santé), cadre_de_vie, developpement_economique.",
        "Declare the three pillars in \"piliers\": cohesion_sociale (which holds the volet santé), cadre_de_vie, developpement_economique.",
    ),
    description: Text::new(
        "Les contrats de ville de la génération 2015 s'organisent en trois piliers — cohésion sociale, cadre de vie et renouvellement urbain, développement économique et emploi — et des axes transversaux ; le volet santé relève du pilier cohésion sociale.",
        "2015-generation contrats de ville are organised in three pillars — social cohesion, living environment and urban renewal, economic development and employment — and transversal axes; the volet santé belongs to the social cohesion pillar.",
    ),
    limits: Some(Text::new(
        "Les intitulés des piliers sont une connaissance générale non vérifiée ; les axes transversaux ne sont pas vérifiés.",
        "The pillar names are unverified general knowledge; transversal axes are not checked.",
    )),
    check: Check::Document(|ctx, out| {
        let Document::ContratDeVille(c) = ctx.doc else { return };
        if !lif::is_cv2015(ctx.doc) {
            return;
        }
        let missing: Vec<&str> = PILIERS_2015
            .iter()
            .copied()
            .filter(|p| !c.piliers.iter().any(|x| x == p))
            .collect();
        if !missing.is_empty() {
            let mut f = Finding::at("/piliers")
                .param("missing", missing)
                .parameter("piliers_2015", PILIERS_2015.to_vec());
            if !c.piliers.is_empty() {
                f = f.input("/piliers", c.piliers.clone());
            }
            out.push(f);
        }
    }),
};

/// CV-009: no pillars in the 2024 generation.
pub static CV_009: Rule = Rule {
    code: "CV-009",
    severity: Severity::Warning,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ContratDeVille],
    in_force: InForce::since(Date::ymd(2024, 1, 1)),
    sources: &[
        RESOVILLES_2030,
        Source::new(SourceKind::Guide, "SVP, Contrats de ville 2024-2030 : calendrier et modalités", Some("https://www.svp.com/actualite/contrats-ville-2024-2030-calendrier-modalites")),
    ],
    title: Text::new("Structure des contrats « Engagements Quartiers 2030 »", "Structure of the \"Engagements Quartiers 2030\" contracts"),
    message: Text::new(
        "Ce contrat de ville de génération 2024 est organisé en piliers ({piliers}), que la génération 2024 a supprimés.",
        "This 2024-generation contrat de ville is organised in pillars ({piliers}), which the 2024 generation dropped.",
    ),
    help: Text::new(
        "Organisez le contrat autour d'un socle d'enjeux transversaux et de projets par quartier, avec un nombre limité de priorités et un volet investissement.",
        "Organise the contract around a base of transversal issues and per-quartier projects, with a limited number of priorities and an investment part.",
    ),
    description: Text::new(
        "Les contrats « Engagements Quartiers 2030 » n'ont plus de piliers : un socle d'enjeux transversaux, des projets de quartier par QPV, des priorités en nombre limité, un volet investissement.",
        "\"Engagements Quartiers 2030\" contracts no longer have pillars: a base of transversal issues, per-QPV quartier projects, a limited number of priorities, an investment part.",
    ),
    limits: Some(Text::new(
        "Les projets de quartier, la part de financement des associations par CPO (≥ 50 %) et les « poches de pauvreté » (≤ 2,5 % de l'enveloppe P147) ne sont pas décrits par le modèle et ne sont pas vérifiés.",
        "Quartier projects, the share of association funding through CPO (≥ 50 %) and \"poches de pauvreté\" (≤ 2.5 % of the P147 envelope) are not described by the model and are not checked.",
    )),
    check: Check::Document(|ctx, out| {
        let Document::ContratDeVille(c) = ctx.doc else { return };
        if util::is_cv2024(ctx.doc) && !c.piliers.is_empty() {
            out.push(
                Finding::at("/piliers")
                    .param("piliers", c.piliers.iter().map(|p| p.chars().take(40).collect::<String>()).collect::<Vec<_>>())
                    .input("/piliers", c.piliers.clone()),
            );
        }
    }),
};

/// CV-010: content of the volet santé.
pub static CV_010: Rule = Rule {
    code: "CV-010",
    severity: Severity::Warning,
    category: Category::Required,
    applies_to: &[DocumentKind::ContratDeVille],
    in_force: InForce::since(Date::ymd(2014, 12, 5)),
    sources: &[CIRC_2014_12_05, IREV_2014],
    title: Text::new("Contenu du volet santé", "Content of the volet santé"),
    message: Text::new(
        "Volet santé du contrat de ville : {problem}.",
        "Volet santé of the contrat de ville: {problem}.",
    ),
    help: Text::new(
        "Décrivez le volet santé : un diagnostic local de santé partagé (état de santé, offre, besoins), conduit avec l'ARS, les ASV, les partenaires et les conseils citoyens, puis les objectifs et actions prioritaires qui en découlent.",
        "Describe the volet santé: a shared local health diagnostic (health status, supply, needs), carried out with the ARS, ASV, partners and conseils citoyens, then the objectives and priority actions drawn from it.",
    ),
    description: Text::new(
        "L'instruction du 5 décembre 2014 fait reposer le volet santé sur un diagnostic local de santé partagé, conduit par l'ARS avec les ASV, les partenaires et les conseils citoyens, dont découlent des objectifs et des actions prioritaires articulés avec les autres piliers.",
        "The instruction of 5 December 2014 bases the volet santé on a shared local health diagnostic, carried out by the ARS with the ASV, partners and conseils citoyens, from which priority objectives and actions follow, linked with the other pillars.",
    ),
    limits: Some(Text::new(
        "L'articulation avec les autres piliers et l'annexe des équipements des « quartiers vécus » ne sont pas vérifiées. Un contrat en négociation n'est pas vérifié.",
        "The links with the other pillars and the annex of equipment of the \"quartiers vécus\" are not checked. A contract under negotiation is not checked.",
    )),
    check: Check::Document(|ctx, out| {
        let Document::ContratDeVille(c) = ctx.doc else { return };
        if negotiating(c) {
            return;
        }
        let Some(v) = &c.volet_sante else {
            out.push(
                util::missing(ctx.doc, "/volet_sante")
                    .param("problem", "absent")
                    .localized("problem", "il n'est pas décrit", "it is not described"),
            );
            return;
        };
        match &v.diagnostic {
            None => out.push(
                util::missing(ctx.doc, "/volet_sante/diagnostic")
                    .param("problem", "sans_diagnostic")
                    .localized("problem", "aucun diagnostic local de santé n'est référencé", "no local health diagnostic is referenced"),
            ),
            Some(d) => {
                let mut missing: Vec<&str> = Vec::new();
                let (mut fr, mut en) = (Vec::new(), Vec::new());
                if d.partage != Some(true) {
                    missing.push("partage");
                    fr.push("partagé avec les partenaires");
                    en.push("shared with partners");
                }
                if d.conseils_citoyens_associes != Some(true) {
                    missing.push("conseils_citoyens_associes");
                    fr.push("conduit avec les conseils citoyens");
                    en.push("carried out with the conseils citoyens");
                }
                if !missing.is_empty() {
                    let mut f = util::missing(ctx.doc, "/volet_sante/diagnostic")
                        .param("problem", missing)
                        .localized(
                            "problem",
                            format!("le diagnostic n'est pas indiqué comme {}", fr.join(" ni ")),
                            format!("the diagnostic is not recorded as {}", en.join(" nor ")),
                        );
                    if let Some(b) = d.partage {
                        f = f.input("/volet_sante/diagnostic/partage", b);
                    }
                    if let Some(b) = d.conseils_citoyens_associes {
                        f = f.input("/volet_sante/diagnostic/conseils_citoyens_associes", b);
                    }
                    out.push(f);
                }
            }
        }
        if v.objectifs.is_empty() {
            out.push(
                util::missing(ctx.doc, "/volet_sante/objectifs")
                    .param("problem", "sans_objectifs")
                    .localized("problem", "aucun objectif prioritaire n'est indiqué", "no priority objective is given"),
            );
        }
    }),
};

/// CV-011: governance of the volet santé.
pub static CV_011: Rule = Rule {
    code: "CV-011",
    severity: Severity::Warning,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ContratDeVille],
    in_force: InForce::since(Date::ymd(2014, 12, 5)),
    sources: &[IREV_2014, CIRC_2014_12_05],
    title: Text::new("Gouvernance du volet santé", "Governance of the volet santé"),
    message: Text::new(
        "Gouvernance du volet santé : {problem}.",
        "Governance of the volet santé: {problem}.",
    ),
    help: Text::new(
        "Désignez comme référent l'ARS (délégué territorial ou son adjoint) dans « volet_sante.referent_ars » et constituez un comité de pilotage du volet santé (« volet_sante.copil »).",
        "Name the ARS (territorial delegate or deputy) as correspondent in \"volet_sante.referent_ars\" and set up a steering committee of the volet santé (\"volet_sante.copil\").",
    ),
    description: Text::new(
        "Le délégué territorial de l'ARS (ou son adjoint) est le correspondant local du contrat de ville ; un comité de pilotage du volet santé est constitué.",
        "The ARS territorial delegate (or deputy) is the local correspondent of the contrat de ville; a steering committee of the volet santé is set up.",
    ),
    limits: Some(Text::new(
        "Ne s'applique qu'à un volet santé décrit (son absence relève de CV-010).",
        "Only applies to a described volet santé (its absence is CV-010's business).",
    )),
    check: Check::Document(|ctx, out| {
        let Document::ContratDeVille(c) = ctx.doc else { return };
        let Some(v) = &c.volet_sante else { return };
        match v.referent_ars.as_deref() {
            None => out.push(
                util::missing(ctx.doc, "/volet_sante/referent_ars")
                    .param("problem", "sans_referent")
                    .localized("problem", "aucun référent ARS n'est désigné", "no ARS correspondent is named"),
            ),
            Some(id) => {
                if let Some(n) = util::nature(ctx.doc, id) {
                    if !n.is_ars() {
                        out.push(
                            Finding::at("/volet_sante/referent_ars")
                                .param("problem", "referent_non_ars")
                                .localized(
                                    "problem",
                                    format!("le référent désigné est un acteur de nature « {n} », non l'ARS"),
                                    format!("the named correspondent is an actor of nature \"{n}\", not the ARS"),
                                )
                                .input("/volet_sante/referent_ars", id.to_string()),
                        );
                    }
                }
            }
        }
        if v.copil.is_none() {
            out.push(
                util::missing(ctx.doc, "/volet_sante/copil")
                    .param("problem", "sans_copil")
                    .localized("problem", "aucun comité de pilotage du volet santé", "no steering committee of the volet santé"),
            );
        }
    }),
};

const PERR_DUE: Date = Date::ymd(2020, 1, 1);

/// CV-012: the 2019 protocole d'engagements renforcés et réciproques.
pub static CV_012: Rule = Rule {
    code: "CV-012",
    severity: Severity::Warning,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ContratDeVille],
    in_force: InForce::between(Date::ymd(2019, 1, 1), Date::ymd(2023, 12, 31)),
    sources: &[
        SEED_ASV_2019,
        Source::new(
            SourceKind::Circulaire,
            "Circulaire du 22 janvier 2019 : les préfets ont jusqu'à fin juillet 2019 pour réviser les contrats de ville",
            Some("https://www.construction21.org/france/articles/h/les-prefets-ont-jusqu-a-fin-juillet-2019-pour-reviser-les-contrats-de-ville.html"),
        ),
    ],
    title: Text::new("Protocole d'engagements renforcés et réciproques", "Protocole d'engagements renforcés et réciproques"),
    message: Text::new(
        "Au {as_of}, ce contrat de ville de 2015 n'a pas de protocole d'engagements renforcés et réciproques (2019) parmi ses avenants.",
        "On {as_of}, this 2015 contrat de ville has no protocole d'engagements renforcés et réciproques (2019) among its amendments.",
    ),
    help: Text::new(
        "Ajoutez dans « avenants » le protocole signé en 2019 (nature « protocole_engagements_renforces », date, objet) qui rénove le contrat pour 2020-2022.",
        "Add to \"avenants\" the protocol signed in 2019 (nature \"protocole_engagements_renforces\", date, objet) that renews the contract for 2020-2022.",
    ),
    description: Text::new(
        "Chaque contrat de ville de 2015 a été rénové en 2019 par un protocole d'engagements renforcés et réciproques (État, collectivité, partenaires), à signer avant fin juillet 2019, pour 2020-2022. À partir du 1er janvier 2020, un contrat 2015 sans ce protocole est signalé.",
        "Every 2015 contrat de ville was renewed in 2019 by a protocole d'engagements renforcés et réciproques (State, collectivité, partners), to be signed by the end of July 2019, for 2020-2022. From 1 January 2020, a 2015 contract without that protocol is flagged.",
    ),
    limits: None,
    check: Check::Document(|ctx, out| {
        let Document::ContratDeVille(c) = ctx.doc else { return };
        if !lif::is_cv2015(ctx.doc) || ctx.as_of < PERR_DUE {
            return;
        }
        if !c
            .avenants
            .iter()
            .any(|a| a.nature == NatureAvenant::ProtocoleEngagementsRenforces)
        {
            out.push(
                Finding::at("/avenants")
                    .param("as_of", ctx.as_of.to_string())
                    .parameter("protocole_attendu_avant", PERR_DUE.to_string()),
            );
        }
    }),
};

/// CV-013: evaluations of contrats de ville.
pub static CV_013: Rule = Rule {
    code: "CV-013",
    severity: Severity::Warning,
    category: Category::Required,
    applies_to: &[DocumentKind::ContratDeVille],
    in_force: InForce::since(Date::ymd(2019, 1, 1)),
    sources: &[
        SEED_ASV_2019,
        Source::new(SourceKind::Circulaire, "Circulaire du 7 novembre 2024 (revue annuelle, indicateurs, revoyure 2027)", Some("https://irev.fr/node/238215")),
    ],
    title: Text::new("Évaluation du contrat de ville", "Evaluation of the contrat de ville"),
    message: Text::new(
        "Au {as_of}, aucune {what} réalisée n'est indiquée.",
        "On {as_of}, no {what} carried out is recorded.",
    ),
    help: Text::new(
        "Indiquez dans « evaluations » l'évaluation réalisée (nature, date, indicateurs) : mi-parcours pour un contrat 2015 ; revue annuelle, puis évaluation de la revoyure 2027, pour un contrat 2024.",
        "Record in \"evaluations\" the evaluation carried out (nature, date, indicators): mid-term for a 2015 contract; annual review, then the 2027 review evaluation, for a 2024 contract.",
    ),
    description: Text::new(
        "Les contrats 2015 ont fait l'objet d'une évaluation à mi-parcours (qui a servi à leur rénovation de 2019) : elle est attendue à partir de 2019. Les contrats 2024 ont une revue annuelle avec des indicateurs « pragmatiques » (attendue à partir de 2025) et une révision en 2027 (évaluation à mi-parcours attendue à partir de 2028).",
        "2015 contracts had a mid-term evaluation (used for their 2019 renewal): it is expected from 2019. 2024 contracts have an annual review with \"pragmatic\" indicators (expected from 2025) and a revision in 2027 (mid-term evaluation expected from 2028).",
    ),
    limits: Some(Text::new(
        "Un contrat en négociation n'est pas vérifié. Les dates attendues (2019, 2025, 2028) sont déduites du calendrier des générations.",
        "A contract under negotiation is not checked. The expected dates (2019, 2025, 2028) are derived from the generations' calendar.",
    )),
    check: Check::Document(|ctx, out| {
        let Document::ContratDeVille(c) = ctx.doc else { return };
        if negotiating(c) {
            return;
        }
        let done = |n: NatureEvaluation| c.evaluations.iter().any(|e| e.realisee && e.nature == n);
        let mut expected: Vec<(NatureEvaluation, Date, &str, &str)> = Vec::new();
        if lif::is_cv2015(ctx.doc) {
            expected.push((NatureEvaluation::MiParcours, Date::ymd(2019, 1, 1), "évaluation à mi-parcours", "mid-term evaluation"));
        } else if util::is_cv2024(ctx.doc) {
            expected.push((NatureEvaluation::Annuelle, Date::ymd(2025, 1, 1), "revue annuelle", "annual review"));
            expected.push((NatureEvaluation::MiParcours, Date::ymd(2028, 1, 1), "évaluation à mi-parcours (revoyure 2027)", "mid-term evaluation (2027 review)"));
        }
        for (n, from, fr, en) in expected {
            if ctx.as_of >= from && !done(n) {
                out.push(
                    util::missing(ctx.doc, "/evaluations")
                        .param("as_of", ctx.as_of.to_string())
                        .param("what", n.to_string())
                        .localized("what", fr, en)
                        .parameter("attendue_depuis", from.to_string()),
                );
                break;
            }
        }
    }),
};

/// The statut a contrat de ville would have at `as_of`, from its dates.
pub fn suggested_statut(doc: &Document, as_of: Date) -> StatutCv {
    let d = util::dates(doc);
    let start = d.periode.and_then(|p| p.debut).or(d.signature.map(|s| s.1));
    match start {
        None if d.signature.is_none() => return StatutCv::EnNegociation,
        Some(s) if as_of < s => {
            return if d.signature.is_some() {
                StatutCv::Signe
            } else {
                StatutCv::EnNegociation
            }
        }
        _ => {}
    }
    if lif::effective_end(doc, as_of).is_some_and(|e| as_of > e) {
        return StatutCv::Echu;
    }
    if d.periode.and_then(|p| p.fin).is_some_and(|f| as_of > f) {
        return StatutCv::Proroge;
    }
    StatutCv::EnVigueur
}

/// CV-014: lifecycle of a contrat de ville.
pub static CV_014: Rule = Rule {
    code: "CV-014",
    severity: Severity::Information,
    category: Category::Informational,
    applies_to: &[DocumentKind::ContratDeVille],
    in_force: InForce::ALWAYS,
    sources: &[
        LOI_2014_173_ART6,
        Source::new(SourceKind::Loi, "Prorogations : LF 2019 (art. 181), LF 2022 (loi 2021-1900, art. 68)", Some("https://www.assemblee-nationale.fr/dyn/15/amendements/1255C/AN/2151")),
        SEED_ASV_2019,
    ],
    title: Text::new("Cycle de vie du contrat de ville", "Lifecycle of the contrat de ville"),
    message: Text::new(
        "{problem}.",
        "{problem}.",
    ),
    help: Text::new(
        "Le cycle d'un contrat de ville est en_negociation → signe → en_vigueur → proroge (lois de finances 2019 et 2022) → echu, le protocole de 2019 s'y attachant comme avenant ; renseignez le statut et les actes de prorogation.",
        "A contrat de ville goes en_negociation → signe → en_vigueur → proroge (2019 and 2022 finance laws) → echu, the 2019 protocol being attached as an amendment; fill in the statut and the prorogation acts.",
    ),
    description: Text::new(
        "Signal descriptif : un contrat sans statut se voit proposer celui que ses dates impliquent à la date d'évaluation ; un contrat « prorogé » sans acte de prorogation enregistré (prorogation légale ou avenant avec nouvelle fin) est signalé pour que l'acte soit tracé.",
        "Descriptive signal: a contract without a statut is offered the one its dates imply at the evaluation date; a \"proroge\" contract with no prorogation act recorded (legal prorogation or amendment with a new end) is flagged so the act is traced.",
    ),
    limits: None,
    check: Check::Document(|ctx, out| {
        let Document::ContratDeVille(c) = ctx.doc else { return };
        match statut_cv(c) {
            None if c.statut.is_none() => {
                let s = suggested_statut(ctx.doc, ctx.as_of);
                out.push(
                    Finding::at("/statut")
                        .param("problem", s.to_string())
                        .localized(
                            "problem",
                            format!("Statut non renseigné ; d'après ses dates, au {} le contrat serait « {s} »", ctx.as_of),
                            format!("No statut; from its dates, on {} the contract would be \"{s}\"", ctx.as_of),
                        )
                        .parameter("as_of", ctx.as_of.to_string())
                        .parameter("statut_deduit", s.to_string()),
                );
            }
            Some(StatutCv::Proroge)
                if !c.avenants.iter().any(|a| {
                    a.nature == NatureAvenant::ProrogationLegale || a.nouvelle_fin.is_some()
                }) =>
            {
                out.push(
                    Finding::at("/avenants")
                        .param("problem", "prorogation_non_tracee")
                        .localized(
                            "problem",
                            "Le contrat est « proroge » mais aucun acte de prorogation (prorogation légale ou avenant avec nouvelle fin) n'est enregistré",
                            "The contract is \"proroge\" but no prorogation act (legal prorogation or amendment with a new end) is recorded",
                        )
                        .input("/statut", "proroge"),
                );
            }
            _ => {}
        }
    }),
};

/// The CV family.
pub static RULES: &[&Rule] = &[
    &CV_001, &CV_002, &CV_003, &CV_004, &CV_005, &CV_006, &CV_007, &CV_008, &CV_009, &CV_010,
    &CV_011, &CV_012, &CV_013, &CV_014,
];
