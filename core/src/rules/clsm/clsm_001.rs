//! CLSM-001.

use super::*;

/// CLSM-001: the perimeter is a quartier, a commune or a group of communes.
pub static CLSM_001: Rule = Rule {
    code: "CLSM-001",
    severity: Severity::Warning,
    category: Category::Value,
    applies_to: &[DocumentKind::ConseilLocalSanteMentale],
    in_force: sources::INSTR_CLSM_2016.in_force,
    sources: &[sources::INSTR_CLSM_2016, sources::INSTR_CLSM_2025],
    title: Text::doc("Périmètre du CLSM", "Perimeter of the CLSM"),
    message: Text::new("CLSM : {what}.", "CLSM: {what}."),
    help: Text::new(
        "Le CLSM couvre un ou plusieurs quartiers, une commune ou un groupe de communes (EPCI) : un périmètre départemental relève plutôt du PTSM.",
        "A CLSM covers one or more quartiers, a commune or a group of communes (EPCI): a départemental perimeter is rather the PTSM's.",
    ),
    description: Text::doc(
        "Signale un CLSM sans périmètre, ou dont le périmètre comprend un département, une région ou un territoire de démocratie sanitaire.",
        "Reports a CLSM without a perimeter, or whose perimeter includes a département, a région or a territoire de démocratie sanitaire.",
    ),
    limits: Some(Text::doc(
        "La présidence par le maire ou le président de l'EPCI est vérifiée par GOV-005.",
        "Chairing by the maire or the EPCI's president is checked by GOV-005.",
    )),
    transition: None,
    requires: &[],
    parameters: &[],
    messages: &[
        Message::new(
            "perimetre",
            "CLSM : aucun périmètre n'est indiqué.",
            "CLSM: no perimeter is given.",
        ),
        Message::new(
            "type",
            "CLSM : le périmètre comprend un territoire de type « {what} », plus large qu'un groupe de communes.",
            "CLSM: the perimeter includes a territory of type \"{what}\", wider than a group of communes.",
        ),
    ],
    check: Check::Document(|ctx, out| {
        let Document::ConseilLocalSanteMentale(c) = ctx.doc else { return };
        if c.perimetre.is_empty() {
            out.push(
                Finding::at("/perimetre").parameter("requis", "perimetre")
                    .param("what", "perimetre")
                    .variant("perimetre")
                    .input("/perimetre", Vec::<String>::new()),
            );
        }
        for (i, t) in c.perimetre.iter().enumerate() {
            if matches!(
                t.kind,
                TypeTerritoire::Departement | TypeTerritoire::Region | TypeTerritoire::TerritoireDemocratieSanitaire
            ) {
                let p = format!("/perimetre/{i}/type");
                out.push(
                    Finding::at(p.clone())
                        .param("what", t.kind.to_string())
                        .variant("type")
                        .input(p, t.kind.to_string())
                        .parameter("types_admis", vec!["qpv", "quartier_veille", "commune", "epci", "ept", "autre"]),
                );
            }
        }
    }),
};
