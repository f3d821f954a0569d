//! CV-*: contrats de ville and their volet santé (loi 2014-173).

use super::lif;
use super::util;
use super::*;
use crate::model::{Document, DocumentKind, NatureActeur, StatutCv};
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
            out.push(
                Finding::at("/signataires")
                    .param("missing", missing)
                    .localized("missing", fr.join(", "), en.join(", "))
                    .input("/signataires", natures.iter().map(|n| n.to_string()).collect::<Vec<_>>()),
            );
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

/// The CV family.
pub static RULES: &[&Rule] = &[&CV_001, &CV_004];
