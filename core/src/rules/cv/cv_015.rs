//! CV-015.

use std::collections::BTreeSet;

use super::*;
use crate::referentiel::GenerationQpv;

/// How many codes the message names before « … ».
const SHOWN: usize = 12;

/// CV-015: a 2024-generation contrat de ville names every QPV of the 2024 list in its perimeter.
pub static CV_015: Rule = Rule {
    code: "CV-015",
    severity: Severity::Warning,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ContratDeVille],
    in_force: InForce::since(params::CV_2024_PERIODE.value.from),
    sources: &[sources::LOI_2014_173_ART6, sources::DECRET_2023_1314, sources::DECRET_2024_1212],
    title: Text::doc(
        "QPV du périmètre non cités par le contrat de ville",
        "QPV of the perimeter not named by the contrat de ville",
    ),
    message: Text::new(
        "Le contrat de ville ne cite pas {nombre} QPV de la liste 2024 situés dans son périmètre : {qpv}.",
        "The contrat de ville does not name {nombre} QPV of the 2024 list lying in its perimeter: {qpv}.",
    ),
    help: Text::new(
        "Ajoutez ces quartiers à « quartiers » (codes QN…), ou vérifiez le périmètre : un contrat de ville intercommunal porte sur les quartiers prioritaires de son territoire.",
        "Add these quartiers to \"quartiers\" (QN… codes), or check the perimeter: an intercommunal contrat de ville concerns the quartiers prioritaires of its territory.",
    ),
    description: Text::doc(
        "Les contrats de ville sont conclus à l'échelle intercommunale pour les quartiers prioritaires de la politique de la ville (loi n° 2014-173, art. 6), dont la liste de 2024 est fixée par le décret n° 2023-1314 (métropole) et le décret n° 2024-1212 (outre-mer). Un contrat de la génération 2024 dont la description ne cite pas tous les QPV de son périmètre (EPCI, EPT ou communes) est à compléter : la règle nomme ceux qui manquent.",
        "Contrats de ville are concluded at the intercommunal level for the quartiers prioritaires (loi 2014-173, art. 6), whose 2024 list is set by décret 2023-1314 (metropolitan France) and décret 2024-1212 (overseas). A 2024-generation contract whose description does not name every QPV of its perimeter (EPCI, EPT or communes) is to be completed: the rule names the missing ones.",
    ),
    limits: Some(Text::doc(
        "Ne se prononce qu'avec un référentiel dont la liste de 2024 est chargée pour le département du QPV ; le périmètre est lu dans la composition des EPCI du millésime chargé (COG 2026 par défaut), qui peut différer de celle de la signature. Un QPV à cheval sur deux EPCI est attendu dans les contrats des deux.",
        "Speaks only with a référentiel holding the 2024 list for the QPV's département; the perimeter is read in the EPCI composition of the loaded vintage (COG 2026 by default), which may differ from that at signature. A QPV straddling two EPCI is expected in both contracts.",
    )),
    transition: None,
    requires: &[],
    parameters: &[&params::CV_2024_PERIODE],
    messages: &[
        Message::new(
            "un",
            "Le contrat de ville ne cite pas un QPV de la liste 2024 situé dans son périmètre : {qpv}.",
            "The contrat de ville does not name one QPV of the 2024 list lying in its perimeter: {qpv}.",
        ),
        Message::new(
            "plusieurs",
            "Le contrat de ville ne cite pas {nombre} QPV de la liste 2024 situés dans son périmètre : {qpv}.",
            "The contrat de ville does not name {nombre} QPV of the 2024 list lying in its perimeter: {qpv}.",
        ),
    ],
    check: Check::Document(|ctx, out| {
        let Document::ContratDeVille(c) = ctx.doc else { return };
        let Some(r) = ctx.referentiel else { return };
        if !util::is_cv2024(ctx.doc) {
            return;
        }
        let mut cites: BTreeSet<&str> = BTreeSet::new();
        let mut attendus: BTreeSet<&str> = BTreeSet::new();
        for t in c.perimetre.iter().chain(c.quartiers.iter()) {
            let Some(code) = t.code.as_deref() else { continue };
            let qpvs = match t.kind {
                TypeTerritoire::Qpv => {
                    cites.insert(code);
                    continue;
                }
                TypeTerritoire::Epci | TypeTerritoire::Ept => r.qpv_of_epci(code),
                TypeTerritoire::Commune => r.qpv_of_commune(code),
                _ => continue,
            };
            attendus.extend(
                qpvs.into_iter()
                    .filter(|q| {
                        q.generation == GenerationQpv::G2024
                            && r.qpv_list_covers(GenerationQpv::G2024, &q.departement)
                    })
                    .map(|q| q.code.as_str()),
            );
        }
        let manquants: Vec<&str> = attendus.difference(&cites).copied().collect();
        if manquants.is_empty() {
            return;
        }
        let mut shown: Vec<String> = manquants
            .iter()
            .take(SHOWN)
            .map(|q| match r.qpv(q) {
                Some(x) => format!("{q} {}", x.nom),
                None => (*q).to_string(),
            })
            .collect();
        if manquants.len() > SHOWN {
            shown.push("…".into());
        }
        out.push(
            util::missing(ctx, "/quartiers")
                .variant(if manquants.len() == 1 { "un" } else { "plusieurs" })
                .param("nombre", manquants.len())
                .param("qpv", manquants.iter().map(|q| (*q).to_string()).collect::<Vec<_>>())
                .display("qpv", shown.join(", "))
                .parameter("referentiel", r.vintage.clone()),
        );
    }),
};
