//! TAB-009.

use super::*;

/// TAB-009: an organisation whose nature is not recognised.
pub static TAB_009: Rule = EngineRule {
    code: "TAB-009",
    severity: Severity::Warning,
    category: Category::Value,
    sources: &[sources::MODELE_SCHEMA],
    title: Text::new("Organisation non reconnue", "Organisation not recognised"),
    message: Text::new(
        "La nature de « {valeur} » n'est pas reconnue : l'organisation n'est pas reprise.",
        "The nature of \"{valeur}\" is not recognised: the organisation is not taken.",
    ),
    help: Text::new(
        "Écrivez la nature de l'organisation (ARS, préfecture, commune, EPCI, département, région, CPAM…) ou le nom exact d'un EPCI ou d'une commune.",
        "Write the organisation's nature (ARS, préfecture, commune, EPCI, département, région, CPAM…) or the exact name of an EPCI or commune.",
    ),
    description: Text::new(
        "Les porteurs et signataires deviennent des acteurs du document ; leur nature est tirée du texte ou du référentiel.",
        "Carriers and signatories become actors of the document; their nature comes from the text or the référentiel.",
    ),
}
.rule();
