//! CV-008.

use super::*;

/// CV-008: three pillars of the 2015 generation.
pub static CV_008: Rule = Rule {
    code: "CV-008",
    severity: Severity::Warning,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ContratDeVille],
    in_force: params::CV_2015_VIGUEUR.value.in_force(),
    sources: &[sources::CIRC_PM_2014],
    title: Text::doc("Piliers des contrats de ville 2015", "Pillars of 2015 contrats de ville"),
    message: Text::new(
        "Ce contrat de ville de 2015 ne déclare pas les piliers : {missing}.",
        "This 2015 contrat de ville does not declare the pillars: {missing}.",
    ),
    help: Text::new(
        "Déclarez les trois piliers dans « piliers » : cohesion_sociale (où se trouve le volet santé), cadre_de_vie, developpement_economique.",
        "Declare the three pillars in \"piliers\": cohesion_sociale (which holds the volet santé), cadre_de_vie, developpement_economique.",
    ),
    description: Text::doc(
        "Les contrats de ville de la génération 2015 s'organisent en trois piliers — cohésion sociale, cadre de vie et renouvellement urbain, développement économique et emploi — et des axes transversaux ; le volet santé relève du pilier cohésion sociale.",
        "2015-generation contrats de ville are organised in three pillars — social cohesion, living environment and urban renewal, economic development and employment — and transversal axes; the volet santé belongs to the social cohesion pillar.",
    ),
    limits: Some(Text::doc(
        "Les intitulés des piliers sont une connaissance générale non vérifiée ; les axes transversaux ne sont pas vérifiés.",
        "The pillar names are unverified general knowledge; transversal axes are not checked.",
    )),
    transition: None,
    requires: &[],
    parameters: &[&params::CV_2015_VIGUEUR],
    messages: &[],
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
