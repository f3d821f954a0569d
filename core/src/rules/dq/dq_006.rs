//! DQ-006.

use super::*;

/// DQ-006: implausible dates.
pub static DQ_006: Rule = Rule {
    code: "DQ-006",
    severity: Severity::Warning,
    category: Category::Value,
    applies_to: &[],
    in_force: InForce::ALWAYS,
    sources: &[sources::MODELE_COHERENCE],
    title: Text::doc("Date invraisemblable", "Implausible date"),
    message: Text::new(
        "La date {date} est invraisemblable pour ce dispositif (hors de {min} à {max}).",
        "Date {date} is implausible for this scheme (outside {min} to {max}).",
    ),
    help: Text::new(
        "Vérifiez l'année (faute de frappe, année sur deux chiffres ?).",
        "Check the year (typo, two-digit year?).",
    ),
    description: Text::doc(
        "Aucun dispositif de santé territoriale n'est antérieur à 1990 ni ne court au-delà de 2100 ; une telle date est presque toujours une faute de saisie.",
        "No territorial health scheme predates 1990 or runs beyond 2100; such a date is almost always a typing error.",
    ),
    limits: None,
    transition: None,
    requires: &[],
    parameters: &[&params::DATES_PLAUSIBLES],
    messages: &[],
    check: Check::Document(check_dq006),
};

fn check_dq006(ctx: &Ctx<'_>, out: &mut Sink) {
    let (min, max) = (
        params::DATES_PLAUSIBLES.value.from,
        params::DATES_PLAUSIBLES.value.to,
    );
    let d = util::dates(ctx.doc);
    let mut all: Vec<(String, PartialDate)> = Vec::new();
    if let Some((p, x)) = d.prefiguration {
        all.push((p.into(), x));
    }
    if let Some((p, x)) = d.signature {
        all.push((p.into(), x));
    }
    if let Some(p) = d.periode {
        if let Some(x) = p.debut {
            all.push((d.debut_path().into(), x));
        }
        if let Some(x) = p.fin {
            all.push((d.fin_path().into(), x));
        }
    }
    for (i, x) in d.evaluations {
        all.push((format!("/evaluations/{i}/date"), x));
    }
    for (i, x, n) in d.avenants {
        if let Some(x) = x {
            all.push((format!("/avenants/{i}/date"), x));
        }
        if let Some(n) = n {
            all.push((format!("/avenants/{i}/nouvelle_fin"), n));
        }
    }
    for (i, s) in util::signataires(ctx.doc).iter().enumerate() {
        if let Some(x) = s.date_signature {
            all.push((format!("/signataires/{i}/date_signature"), x));
        }
        if let Some(x) = s.date_deliberation {
            all.push((format!("/signataires/{i}/date_deliberation"), x));
        }
    }
    for (p, x) in all {
        if x.before(min).or(x.after(max)).is_yes() {
            out.push(
                Finding::at(p.clone())
                    .param("date", x.to_string())
                    .param("min", min.to_string())
                    .param("max", max.to_string())
                    .input(p, x.to_string()),
            );
        }
    }
}
