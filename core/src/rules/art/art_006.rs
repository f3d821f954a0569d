//! ART-006.

use super::*;

/// ART-006: numbering of objective trees.
pub static ART_006: Rule = Rule {
    code: "ART-006",
    severity: Severity::Warning,
    category: Category::Invariant,
    applies_to: &[DocumentKind::ContratLocalSante, DocumentKind::ContratDeVille],
    in_force: InForce::ALWAYS,
    sources: &[sources::MODELE_NUMEROTATION, sources::SEED_IREV_2016],
    title: Text::doc("Numérotation de l'arbre des objectifs", "Numbering of the objective tree"),
    message: Text::new(
        "Numéro « {numero} » : {problem}.",
        "Number \"{numero}\": {problem}.",
    ),
    help: Text::new(
        "Numérotez chaque enfant par le numéro de son parent suivi d'un point et d'un entier (2 → 2.1 → 2.1.1 → 2.1.1.1), sans doublon entre frères et sur quatre niveaux au plus ; une fiche action renvoie à un numéro existant.",
        "Number each child by its parent's number followed by a dot and an integer (2 → 2.1 → 2.1.1 → 2.1.1.1), with no duplicate among siblings and at most four levels; a fiche action refers to an existing number.",
    ),
    description: Text::doc(
        "Les arbres d'objectifs (orientations → objectifs stratégiques → objectifs opérationnels → priorités d'intervention) d'un contrat de ville ou d'un CLS se lisent par leur numéro : le numéro d'un enfant prolonge celui de son parent d'un segment, les frères ont des numéros distincts, la profondeur ne dépasse pas 4. Les fiches action d'un CLS renvoient à un numéro de l'arbre.",
        "Objective trees (orientations → strategic objectives → operational objectives → intervention priorities) of a contrat de ville or a CLS are read by their numbers: a child's number extends its parent's by one segment, siblings have distinct numbers, depth does not exceed 4. A CLS's fiches action refer to a number of the tree.",
    ),
    limits: Some(Text::doc(
        "Les numéros non contigus (2.3 puis 2.3.3, vu sur le terrain) ne sont pas signalés. Les arbres de documents distincts (CLS déclinant une orientation du contrat de ville) ne sont pas comparés.",
        "Non-contiguous numbers (2.3 then 2.3.3, seen in the field) are not flagged. Trees of distinct documents (a CLS refining an orientation of the contrat de ville) are not compared.",
    )),
    transition: None,
    requires: &[],
    parameters: &[],
    messages: &[
        Message::new(
            "objectif_inconnu",
            "Numéro « {numero} » : la fiche action renvoie à un objectif absent de la stratégie.",
            "Number \"{numero}\": the fiche action refers to an objective missing from the strategy.",
        ),
        Message::new(
            "mal_forme",
            "Numéro « {numero} » : il est mal formé (segments séparés par des points, chiffres ou lettres, non nuls).",
            "Number \"{numero}\": it is malformed (dot-separated segments of digits or letters, not zero).",
        ),
        Message::new(
            "prefixe",
            "Numéro « {numero} » : il devrait prolonger le numéro du parent « {parent} » d'un segment ({parent}.n).",
            "Number \"{numero}\": it should extend the parent's number \"{parent}\" by one segment ({parent}.n).",
        ),
        Message::new(
            "doublon",
            "Numéro « {numero} » : un nœud frère porte déjà ce numéro.",
            "Number \"{numero}\": a sibling node already has this number.",
        ),
        Message::new(
            "profondeur",
            "Numéro « {numero} » : l'arbre dépasse {profondeur_max} niveaux.",
            "Number \"{numero}\": the tree is deeper than {profondeur_max} levels.",
        ),
    ],
    check: Check::Document(|ctx, out| {
        let mut numbers = Vec::new();
        match ctx.doc {
            Document::ContratLocalSante(c) => {
                check_tree(&c.strategie, "/strategie", None, out, &mut numbers);
                if !c.strategie.is_empty() {
                    for (i, a) in c.actions.iter().enumerate() {
                        let Some(o) = a.objectif.as_deref() else { continue };
                        if !numbers.iter().any(|n| *n == o.trim()) {
                            out.push(
                                Finding::at(format!("/actions/{i}/objectif"))
                                    .param("numero", o.chars().take(40).collect::<String>())
                                    .param("problem", "objectif_inconnu")
                                    .variant("objectif_inconnu")
                                    .input(format!("/actions/{i}/objectif"), o.to_string()),
                            );
                        }
                    }
                }
            }
            Document::ContratDeVille(c) => {
                check_tree(&c.strategie, "/strategie", None, out, &mut numbers);
                if let Some(v) = &c.volet_sante {
                    let mut own = Vec::new();
                    check_tree(&v.objectifs, "/volet_sante/objectifs", None, out, &mut own);
                }
            }
            _ => {}
        }
    }),
};
