//! ART-004.

use super::*;

/// ART-004: a CLS implements the PRS of its own région.
pub static ART_004: Rule = Rule {
    code: "ART-004",
    severity: Severity::Error,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ContratLocalSante],
    in_force: params::SANTE_2016_DEPUIS.since(),
    sources: &[sources::CSP_L1434_2, sources::LOI_2015_29, sources::INSEE_COG],
    title: Text::doc("PRS de la région du CLS", "PRS of the CLS's région"),
    message: Text::new(
        "Le CLS cite le PRS de la région {cite}, alors que son territoire est dans la région {region}.",
        "The CLS cites the PRS of région {cite}, whereas its territory lies in région {region}.",
    ),
    help: Text::new(
        "Citez le PRS de la région du territoire du CLS (« prs.region », code INSEE de la région).",
        "Cite the PRS of the région of the CLS's territory (\"prs.region\", INSEE région code).",
    ),
    description: Text::doc(
        "Les CLS, contrats territoriaux de santé et contrats territoriaux de santé mentale mettent en œuvre le PRS (L1434-2) de leur région. La région du CLS est lue dans son périmètre (ou le territoire de l'ARS signataire) ; un code de région d'avant 2016 est admis s'il a fusionné dans la région actuelle.",
        "CLS, contrats territoriaux de santé and contrats territoriaux de santé mentale implement the PRS (L1434-2) of their région. The CLS's région is read from its perimeter (or the signing ARS's territory); a pre-2016 région code is accepted if it merged into the current région.",
    ),
    limits: Some(Text::doc(
        "Un CLS qui cite son PRS sans région n'est pas signalé ; l'absence de PRS relève de CLS-003. Que chaque objectif renvoie au COS, au SRS ou au PRAPS n'est pas décrit par le modèle. Les contrats territoriaux de santé (mentale) ne sont pas modélisés.",
        "A CLS citing its PRS without a région is not flagged; a missing PRS is CLS-003's business. Whether each objective refers to the COS, SRS or PRAPS is not described by the model. Contrats territoriaux de santé (mentale) are not modelled.",
    )),
    transition: None,
    requires: &[],
    parameters: &[&params::SANTE_2016_DEPUIS],
    messages: &[],
    check: Check::Document(|ctx, out| {
        let Document::ContratLocalSante(c) = ctx.doc else { return };
        let Some(cite) = c.prs.as_ref().and_then(|p| p.region.as_deref()) else { return };
        let Some(region) = util::region(ctx.doc) else { return };
        if current_region(cite) != region {
            out.push(
                Finding::at("/prs/region")
                    .param("cite", cite.to_string())
                    .param("region", region.clone())
                    .input("/prs/region", cite.to_string())
                    .parameter("region_du_territoire", region),
            );
        }
    }),
};
