//! LIF-001.

use super::*;

/// LIF-001: the statut belongs to the instrument's vocabulary.
pub static LIF_001: Rule = Rule {
    code: "LIF-001",
    severity: Severity::Warning,
    category: Category::Value,
    applies_to: &[],
    in_force: InForce::ALWAYS,
    sources: &[sources::MODELE_SCHEMA, sources::SEED_ASV_2019, sources::SEED_IREV_2016],
    title: Text::doc("Statut inconnu", "Unknown statut"),
    message: Text::new(
        "Statut « {statut} » inconnu pour ce dispositif ; statuts possibles : {allowed}.",
        "Unknown statut \"{statut}\" for this scheme; possible statuts: {allowed}.",
    ),
    help: Text::new(
        "Choisissez le statut dans le vocabulaire du dispositif.",
        "Choose the statut from the scheme's vocabulary.",
    ),
    description: Text::doc(
        "Chaque dispositif a son vocabulaire de statuts : CLS (préfiguration, élaboration, signé, en vigueur, prorogé, évalué, échu, renouvelé), contrat de ville (en négociation, signé, en vigueur, prorogé, échu), ASV (préfiguration, amorçage, opérationnel, suspendu, arrêté), CLSM (en projet, installé), CTS (constitué, installé, renouvelé).",
        "Each scheme has its statut vocabulary: CLS (prefiguration, elaboration, signe, en_vigueur, proroge, evalue, echu, renouvele), contrat de ville (en_negociation, signe, en_vigueur, proroge, echu), ASV (prefiguration, amorcage, operationnel, suspendu, arrete), CLSM (en_projet, installe), CTS (constitue, installe, renouvele).",
    ),
    limits: Some(Text::doc(
        "Le vocabulaire des statuts est une convention de modélisation tirée des documents de terrain, pas un texte officiel.",
        "The statut vocabulary is a modelling convention drawn from field documents, not an official text.",
    )),
    transition: None,
    requires: &[],
    parameters: &[],
    messages: &[],
    check: Check::Document(|ctx, out| {
        if let Some(s) = util::statut(ctx.doc) {
            if !s.known {
                out.push(
                    Finding::at("/statut")
                        .param("statut", s.word.chars().take(60).collect::<String>())
                        .param("allowed", s.allowed),
                );
            }
        }
    }),
};
