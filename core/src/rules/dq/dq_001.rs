//! DQ-001.

use super::*;

/// DQ-001: dates are ordered.
pub static DQ_001: Rule = Rule {
    code: "DQ-001",
    severity: Severity::Warning,
    category: Category::Invariant,
    applies_to: &[],
    in_force: InForce::ALWAYS,
    sources: &[sources::MODELE_COHERENCE],
    title: Text::doc("Dates dans le désordre", "Dates out of order"),
    message: Text::new(
        "La date `{later_field}` ({later}) précède la date `{earlier_field}` ({earlier}) qu'elle doit suivre.",
        "The date `{later_field}` ({later}) comes before the date `{earlier_field}` ({earlier}) it must follow.",
    ),
    help: Text::new(
        "Vérifiez les dates : la préfiguration précède la signature, le début précède la fin, une évaluation ou un avenant suivent le début.",
        "Check the dates: préfiguration comes before signature, start before end, an evaluation or an amendment after the start.",
    ),
    description: Text::doc(
        "Les dates d'un document suivent l'ordre préfiguration ≤ signature ≤ fin, début ≤ fin, et une évaluation réalisée ou un avenant ne précèdent pas le début.",
        "A document's dates follow préfiguration ≤ signature ≤ end, start ≤ end, and an evaluation carried out or an amendment does not precede the start.",
    ),
    limits: Some(Text::doc(
        "La signature peut être postérieure au début de la période (contrat rétroactif) : ce cas n'est pas signalé.",
        "Signature may come after the start of the period (retroactive contract): that case is not flagged.",
    )),
    transition: None,
    requires: &[],
    parameters: &[],
    messages: &[
        Message::new(
            "periode",
            "La période se termine ({later}) avant de commencer ({earlier}).",
            "The period ends ({later}) before it starts ({earlier}).",
        ),
        Message::new(
            "mandat",
            "Le mandat se termine ({later}) avant de commencer ({earlier}).",
            "The mandate ends ({later}) before it starts ({earlier}).",
        ),
        Message::new(
            "etapes",
            "La date `{later_field}` ({later}) précède la date `{earlier_field}` ({earlier}) qu'elle doit suivre.",
            "The date `{later_field}` ({later}) comes before the date `{earlier_field}` ({earlier}) it must follow.",
        ),
        Message::new(
            "evaluation",
            "Une évaluation réalisée ({later}) précède le début `{earlier_field}` ({earlier}).",
            "An evaluation carried out ({later}) comes before the start `{earlier_field}` ({earlier}).",
        ),
        Message::new(
            "avenant",
            "Un avenant ({later}) précède le début `{earlier_field}` ({earlier}).",
            "An amendment ({later}) comes before the start `{earlier_field}` ({earlier}).",
        ),
        Message::new(
            "nouvelle_fin",
            "Un avenant fixe une nouvelle fin ({later}) antérieure à la fin de la période ({earlier}).",
            "An amendment sets a new end ({later}) earlier than the end of the period ({earlier}).",
        ),
    ],
    check: Check::Document(check_dq001),
};

fn check_dq001(ctx: &Ctx<'_>, out: &mut Sink) {
    let d = util::dates(ctx.doc);
    // (earlier field, date, later field, date, path of the finding, sentence key)
    let mut pairs: Vec<(&str, PartialDate, &str, PartialDate, String, &'static str)> = Vec::new();
    let per = d.periode.unwrap_or_default();
    let (debut_path, fin_path) = (d.debut_path(), d.fin_path());
    if let (Some(a), Some(b)) = (per.debut, per.fin) {
        let key = if d.mandat { "mandat" } else { "periode" };
        pairs.push((debut_path, a, fin_path, b, fin_path.into(), key));
    }
    if let (Some((pa, a)), Some((pb, b))) = (d.prefiguration, d.signature) {
        pairs.push((pa, a, pb, b, pb.to_string(), "etapes"));
    }
    if let (Some((pa, a)), Some(b)) = (d.signature, per.fin) {
        pairs.push((pa, a, fin_path, b, fin_path.into(), "etapes"));
    }
    let start = per.debut.or(d.signature.map(|s| s.1));
    let start_path = match (per.debut, d.signature) {
        (None, Some((p, _))) => p,
        _ => debut_path,
    };
    if let Some(s) = start {
        for (i, x) in &d.evaluations {
            let p = format!("/evaluations/{i}/date");
            pairs.push((start_path, s, "evaluation", *x, p, "evaluation"));
        }
        for (i, x, _) in &d.avenants {
            if let Some(x) = x {
                let p = format!("/avenants/{i}/date");
                pairs.push((start_path, s, "avenant", *x, p, "avenant"));
            }
        }
    }
    for (i, _, nf) in &d.avenants {
        if let (Some(n), Some(f)) = (nf, per.fin) {
            if n.before(f).is_yes() {
                out.push(
                    Finding::at(format!("/avenants/{i}/nouvelle_fin"))
                        .param("earlier", f.to_string())
                        .param("later", n.to_string())
                        .param("earlier_field", fin_path)
                        .param("later_field", format!("/avenants/{i}/nouvelle_fin"))
                        .variant("nouvelle_fin")
                        .input(fin_path, f.to_string())
                        .input(format!("/avenants/{i}/nouvelle_fin"), n.to_string()),
                );
            }
        }
    }
    for (pa, a, pb, b, at, key) in pairs {
        if b.before(a).is_yes() {
            let lb = if pb == "evaluation" || pb == "avenant" {
                at.clone()
            } else {
                pb.to_string()
            };
            out.push(
                Finding::at(at.clone())
                    .param("earlier", a.to_string())
                    .param("later", b.to_string())
                    .param("earlier_field", pa)
                    .param("later_field", lb.clone())
                    .variant(key)
                    .input(pa, a.to_string())
                    .input(lb, b.to_string()),
            );
        }
    }
}
