//! ASV-002.

use super::*;

/// ASV-002: the ASV moves forward through préfiguration → amorçage → opérationnel.
pub static ASV_002: Rule = Rule {
    code: "ASV-002",
    severity: Severity::Information,
    category: Category::Invariant,
    applies_to: &[DocumentKind::AtelierSanteVille],
    in_force: InForce::ALWAYS,
    sources: &[sources::SEED_ASV_2019],
    title: Text::doc("Cycle de vie de l'ASV", "Lifecycle of the ASV"),
    message: Text::new("Cycle de vie de l'ASV : {what}.", "Lifecycle of the ASV: {what}."),
    help: Text::new(
        "Un ASV avance de la préfiguration à l'amorçage puis à l'opérationnel ; un retour en arrière passe par une suspension ou un arrêt. Corrigez l'historique ou ajoutez l'étape manquante.",
        "An ASV moves from préfiguration to amorçage then operational; a step back goes through a suspension or a stop. Correct the history or add the missing step.",
    ),
    description: Text::doc(
        "Trie l'historique des statuts par date et signale un retour à un stade antérieur (opérationnel → amorçage ou préfiguration, amorçage → préfiguration) qui ne suit pas une suspension ou un arrêt ; signale aussi un statut courant différent du dernier statut de l'historique.",
        "Sorts the statut history by date and reports a return to an earlier stage (operational → amorçage or préfiguration, amorçage → préfiguration) that does not follow a suspension or a stop; also reports a current statut that differs from the last one in the history.",
    ),
    limits: Some(Text::doc(
        "L'étape « évalué » citée par le réseau ASV n'est pas un statut du vocabulaire (l'évaluation est décrite dans `methode`). Les entrées sans date ne sont pas ordonnées.",
        "The \"evaluated\" stage cited by the ASV network is not a statut of the vocabulary (evaluation is described in `methode`). Entries without a date are not ordered.",
    )),
    transition: None,
    requires: &[],
    parameters: &[],
    messages: &[
        Message::new(
            "retour",
            "Cycle de vie de l'ASV : retour de « {de} » à « {vers} » le {date} sans suspension ni arrêt.",
            "Lifecycle of the ASV: step back from \"{de}\" to \"{vers}\" on {date} without suspension or stop.",
        ),
        Message::new(
            "statut",
            "Cycle de vie de l'ASV : le statut « {statut} » diffère du dernier statut de l'historique (« {historique} » le {date}).",
            "Lifecycle of the ASV: the statut \"{statut}\" differs from the last statut of the history (\"{historique}\" on {date}).",
        ),
    ],
    check: Check::Document(|ctx, out| {
        let Document::AtelierSanteVille(c) = ctx.doc else { return };
        let mut h: Vec<(usize, PartialDate, StatutAsv)> = c
            .historique
            .iter()
            .enumerate()
            .filter_map(|(i, e)| Some((i, e.date?, *e.statut.known()?)))
            .collect();
        h.sort_by_key(|(i, d, _)| (d.listing_key(), *i));
        let mut last_rank: Option<u8> = None;
        let mut prev: Option<StatutAsv> = None;
        let mut prev_date: Option<PartialDate> = None;
        for (i, d, s) in &h {
            match rank(*s) {
                None => last_rank = None,
                Some(r) => {
                    if let (Some(lr), Some(p), Some(pd)) = (last_rank, prev, prev_date) {
                        // A step back only when the order of the two dates is certain.
                        if r < lr && d.on_or_after(pd).is_yes() {
                            let path = format!("/historique/{i}/statut");
                            out.push(
                                Finding::at(path.clone()).parameter("ordre", vec!["prefiguration", "amorcage", "operationnel"])
                                    .param("de", p.to_string())
                                    .param("vers", s.to_string())
                                    .param("date", d.to_string())
                                    .param("what", "retour")
                                    .variant("retour")
                                    .input(path, s.to_string())
                                    .input(format!("/historique/{i}/date"), d.to_string()),
                            );
                        }
                    }
                    last_rank = Some(r);
                }
            }
            prev = Some(*s);
            prev_date = Some(*d);
        }
        // The last entry by `as_of`, when it is certainly later than every other entry made by then.
        let last = h.iter().rfind(|(_, d, _)| d.on_or_before(ctx.as_of).is_yes()).filter(|(j, dj, _)| {
            h.iter().all(|(i, d, _)| i == j || d.on_or_before(*dj).is_yes() || d.after(ctx.as_of).is_yes())
        });
        if let (Some(Code::Known(cur)), Some((i, d, s))) = (&c.statut, last) {
            if cur != s {
                out.push(
                    Finding::at("/statut")
                        .param("historique", s.to_string())
                        .param("statut", cur.to_string())
                        .param("date", d.to_string())
                        .param("what", "statut")
                        .variant("statut")
                        .input("/statut", cur.to_string())
                        .input(format!("/historique/{i}/statut"), s.to_string())
                        .parameter("as_of", ctx.as_of.to_string()),
                );
            }
        }
    }),
};
