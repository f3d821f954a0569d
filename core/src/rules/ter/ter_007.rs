//! TER-007.

use super::*;
use crate::referentiel::BASCULE_QPV_2024;

/// TER-007: a QPV code follows the list in force.
pub static TER_007: Rule = Rule {
    code: "TER-007",
    severity: Severity::Error,
    category: Category::CodeInvalid,
    applies_to: &[],
    in_force: InForce::ALWAYS,
    sources: &[sources::DECRETS_QPV, sources::DECRET_2023_1314, sources::DECRET_2024_1212, sources::LF_2024, sources::GAZETTEER],
    title: Text::doc("Code QPV invalide pour la date", "QPV code invalid for the date"),
    message: Text::new(
        "Le code QPV « {code} » {detail}.",
        "QPV code \"{code}\" {detail}.",
    ),
    help: Text::new(
        "Liste 2015 : QP + 3 caractères de département + 3 chiffres (QP093028), jusqu'au 31 décembre 2023 (2024 outre-mer). Liste 2024 : QN + 3 caractères de département + 2 chiffres + 1 lettre (QN07501M), depuis le 1er janvier 2024 (2025 outre-mer).",
        "2015 list: QP + 3-character département + 3 digits (QP093028), until 31 December 2023 (2024 overseas). 2024 list: QN + 3-character département + 2 digits + 1 letter (QN07501M), from 1 January 2024 (2025 overseas).",
    ),
    description: Text::doc(
        "Les QPV de 2015 (décrets 2014-1750 et 2014-1751) ont été remplacés en métropole le 1er janvier 2024 (décret 2023-1314), outre-mer le 1er janvier 2025. Un code QP employé après l'échéance de sa liste, ou un code QN avant l'entrée en vigueur de la sienne, est une erreur. La date retenue est celle du document (signature, début) si elle précède la date d'évaluation.",
        "The 2015 QPV (décrets 2014-1750 and 2014-1751) were replaced in metropolitan France on 1 January 2024 (décret 2023-1314), overseas on 1 January 2025. A QP code used after its list expired, or a QN code before its list started, is an error. The date used is the document's own (signature, start) when earlier than the evaluation date.",
    ),
    limits: Some(Text::doc(
        "La signification de la lettre finale des codes QN n'est pas documentée ; la variante corse 02A/02B des codes n'est pas vérifiée (GK).",
        "The meaning of the final letter of QN codes is not documented; the Corsican 02A/02B variant is unverified (GK).",
    )),
    transition: None,
    requires: &[],
    parameters: &[],
    messages: &[
        Message::new(
            "format",
            "Le code QPV « {code} » n'a la forme ni d'un code de 2015 (QPdddnnn) ni d'un code de 2024 (QNdddnnX).",
            "QPV code \"{code}\" is shaped neither as a 2015 code (QPdddnnn) nor as a 2024 code (QNdddnnX).",
        ),
        Message::new(
            "liste_echue",
            "Le code QPV « {code} » appartient à la liste de 2015, échue le {fin_liste} : au {date} la liste de 2024 (codes QN) s'applique.",
            "QPV code \"{code}\" belongs to the 2015 list, which expired on {fin_liste}: on {date} the 2024 list (QN codes) applies.",
        ),
        Message::new(
            "liste_future",
            "Le code QPV « {code} » appartient à la liste de 2024, en vigueur le {debut_liste} seulement : au {date} la liste de 2015 (codes QP) s'applique.",
            "QPV code \"{code}\" belongs to the 2024 list, in force only from {debut_liste}: on {date} the 2015 list (QP codes) applies.",
        ),
    ],
    check: Check::Document(|ctx, out| {
        let d = ref_date(ctx);
        for t in qpv_refs(ctx) {
            // Built only for a code that is reported.
            let f = || {
                Finding::at(t.path())
                    .param("code", short(t.code))
                    .input(t.path(), t.code.to_string())
                    .parameter("date_reference", d.to_string())
            };
            let Some((generation, _, om)) = qpv_parts(t.code) else {
                out.push(f().param("detail", "format").variant("format"));
                continue;
            };
            match generation {
                GenerationQpv::G2015 => {
                    let start = BASCULE_QPV_2024.debut(om);
                    let end = start.add_days(-1).unwrap_or(start);
                    if d.after(end).is_yes() {
                        out.push(
                            f().param("detail", "liste_echue")
                                .variant("liste_echue")
                                .display("fin_liste", end.to_string())
                                .display("date", d.to_string())
                                .parameter("fin_liste", end.to_string()),
                        );
                    }
                }
                GenerationQpv::G2024 => {
                    let start = BASCULE_QPV_2024.debut(om);
                    if d.before(start).is_yes() {
                        out.push(
                            f().param("detail", "liste_future")
                                .variant("liste_future")
                                .display("debut_liste", start.to_string())
                                .display("date", d.to_string())
                                .parameter("debut_liste", start.to_string()),
                        );
                    }
                }
            }
        }
    }),
};
