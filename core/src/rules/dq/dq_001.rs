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
        "{later_label} ({later}) précède {earlier_label} ({earlier}).",
        "{later_label} ({later}) comes before {earlier_label} ({earlier}).",
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
    messages: &[],
    check: Check::Document(check_dq001),
};

fn check_dq001(ctx: &Ctx<'_>, out: &mut Sink) {
    let d = util::dates(ctx.doc);
    let mut pairs: Vec<(&str, PartialDate, &str, PartialDate, String)> = Vec::new();
    let per = d.periode.unwrap_or_default();
    let (debut_path, fin_path) = (d.debut_path(), d.fin_path());
    if let (Some(a), Some(b)) = (per.debut, per.fin) {
        pairs.push((debut_path, a, fin_path, b, fin_path.into()));
    }
    if let (Some((pa, a)), Some((pb, b))) = (d.prefiguration, d.signature) {
        pairs.push((pa, a, pb, b, pb.to_string()));
    }
    if let (Some((pa, a)), Some(b)) = (d.signature, per.fin) {
        pairs.push((pa, a, fin_path, b, fin_path.into()));
    }
    let start = per.debut.or(d.signature.map(|s| s.1));
    let start_path = match (per.debut, d.signature) {
        (None, Some((p, _))) => p,
        _ => debut_path,
    };
    if let Some(s) = start {
        for (i, x) in &d.evaluations {
            let p = format!("/evaluations/{i}/date");
            pairs.push((start_path, s, "evaluation", *x, p));
        }
        for (i, x, _) in &d.avenants {
            if let Some(x) = x {
                let p = format!("/avenants/{i}/date");
                pairs.push((start_path, s, "avenant", *x, p));
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
                        .display("earlier_label", "periode.fin")
                        .display("later_label", "nouvelle_fin")
                        .input(fin_path, f.to_string())
                        .input(format!("/avenants/{i}/nouvelle_fin"), n.to_string()),
                );
            }
        }
    }
    for (pa, a, pb, b, at) in pairs {
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
                    .display("earlier_label", label(pa))
                    .display("later_label", label(&lb))
                    .input(pa, a.to_string())
                    .input(lb, b.to_string()),
            );
        }
    }
}
