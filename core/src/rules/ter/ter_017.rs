//! TER-017.

use super::*;

/// TER-017: an instrument of the code de la santé publique placed in Polynésie française or
/// Nouvelle-Calédonie, which hold the health competence and have no ARS.
pub static TER_017: Rule = Rule {
    code: "TER-017",
    severity: Severity::Information,
    category: Category::Informational,
    applies_to: &[
        DocumentKind::ContratLocalSante,
        DocumentKind::ConseilTerritorialSante,
        DocumentKind::ProjetTerritorialSanteMentale,
    ],
    in_force: InForce::ALWAYS,
    sources: &[sources::LO_POLYNESIE_ART14, sources::LO_NOUVELLE_CALEDONIE_ART22],
    title: Text::doc(
        "Territoire compétent en matière de santé, sans ARS",
        "Territory holding the health competence, without an ARS",
    ),
    message: Text::new(
        "Le document porte sur {collectivite}, compétente en matière de santé ({texte}) : le code de la santé publique n'y institue pas d'agence régionale de santé, et la signature de l'ARS n'y est pas exigée (CLS-001).",
        "The document concerns {collectivite}, which holds the health competence ({texte}): the code de la santé publique sets up no agence régionale de santé there, and the ARS's signature is not required (CLS-001).",
    ),
    help: Text::new(
        "Rien à corriger : vérifiez le cadre fixé par la réglementation locale (lois du pays de Polynésie française, délibérations du congrès de la Nouvelle-Calédonie).",
        "Nothing to fix: check the framework set by local law (lois du pays of Polynésie française, deliberations of the congrès of Nouvelle-Calédonie).",
    ),
    description: Text::doc(
        "En Polynésie française, l'État n'est compétent que dans les matières énumérées par l'article 14 de la loi organique n° 2004-192, qui ne comprennent pas la santé ; en Nouvelle-Calédonie, l'article 22 (4°) de la loi organique n° 99-209 attribue à la Nouvelle-Calédonie la protection sociale, l'hygiène publique et la santé. Les dispositions du code de la santé publique sur les ARS, les contrats locaux de santé, les conseils territoriaux de santé et les projets territoriaux de santé mentale n'y sont donc pas le cadre de l'instrument.",
        "In Polynésie française the State is competent only in the matters listed by article 14 of loi organique 2004-192, which do not include health; in Nouvelle-Calédonie, article 22 (4°) of loi organique 99-209 gives Nouvelle-Calédonie social protection, public hygiene and health. The code de la santé publique's provisions on ARS, contrats locaux de santé, conseils territoriaux de santé and projets territoriaux de santé mentale are therefore not the instrument's framework there.",
    ),
    limits: Some(Text::doc(
        "Ne se prononce que si tout le périmètre codé du document (collectivité, communes, QPV) est situé dans l'une de ces deux collectivités. Saint-Barthélemy et Saint-Martin relèvent de l'ARS de Guadeloupe ; Saint-Pierre-et-Miquelon et Wallis-et-Futuna ont leurs propres administrations de santé de l'État : la règle ne s'y prononce pas.",
        "Speaks only when the document's whole coded perimeter (collectivité, communes, QPV) lies in one of these two collectivités. Saint-Barthélemy and Saint-Martin fall under the ARS of Guadeloupe; Saint-Pierre-et-Miquelon and Wallis-et-Futuna have their own State health administrations: the rule does not speak there.",
    )),
    transition: None,
    requires: &[],
    parameters: &[],
    messages: &[],
    check: Check::Document(|ctx, out| {
        let Some(com) = util::collectivite_competente_sante(ctx.doc) else { return };
        let (nom_fr, nom_en, texte_fr, texte_en) = if com == "987" {
            ("la Polynésie française", "Polynésie française", "loi organique n° 2004-192, art. 14", "loi organique 2004-192, art. 14")
        } else {
            ("la Nouvelle-Calédonie", "Nouvelle-Calédonie", "loi organique n° 99-209, art. 22, 4°", "loi organique 99-209, art. 22, 4°")
        };
        let path = match ctx.doc {
            Document::ConseilTerritorialSante(_) => "/territoire",
            Document::ProjetTerritorialSanteMentale(_) => "/territoires",
            _ => "/perimetre",
        };
        out.push(
            Finding::at(path)
                .param("collectivite", com)
                .localized("collectivite", nom_fr, nom_en)
                .param("texte", com)
                .localized("texte", texte_fr, texte_en)
                .input(path, com),
        );
    }),
};
