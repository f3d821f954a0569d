//! CV-006.

use super::*;

/// CV-006: statutory calendar of later generations.
pub static CV_006: Rule = Rule {
    code: "CV-006",
    severity: Severity::Error,
    category: Category::BusinessRule,
    applies_to: &[DocumentKind::ContratDeVille],
    in_force: sources::LOI_2017_86.in_force,
    sources: &[sources::LOI_2014_173_ART6, sources::LOI_2017_86],
    title: Text::doc("Calendrier légal des contrats de ville", "Statutory calendar of contrats de ville"),
    message: Text::new(
        "Contrat signé le {signature} : {problem}.",
        "Contract signed on {signature}: {problem}.",
    ),
    help: Text::new(
        "Hors générations 2015 et 2024, un contrat de ville est signé l'année du renouvellement général des conseils municipaux et entre en vigueur le 1er janvier suivant pour six ans ; signé l'année suivante, il entre en vigueur un an plus tard pour cinq ans. Les deux finissent le 31 décembre de la sixième année suivant le renouvellement.",
        "Outside the 2015 and 2024 generations, a contrat de ville is signed in the year of the general renewal of municipal councils and enters into force the following 1 January for six years; signed the year after, it enters into force a year later for five years. Both end on 31 December of the sixth year after the renewal.",
    ),
    description: Text::doc(
        "L'art. 6 I de la loi n° 2014-173 (version 2017) fixe le calendrier des contrats des générations futures : signature l'année du renouvellement municipal (ou l'année suivante au plus tard), entrée en vigueur le 1er janvier suivant, six ans (cinq si tardif). La règle vérifie les contrats signés à partir de 2026 (après les dérogations des générations 2015 et 2024 : CV-004, CV-005).",
        "Art. 6 I of law 2014-173 (2017 version) sets the calendar of future generations: signature in the year of the municipal renewal (or the year after at the latest), entry into force the following 1 January, six years (five if late). The rule checks contracts signed from 2026 on (after the derogations of the 2015 and 2024 generations: CV-004, CV-005).",
    ),
    limits: Some(Text::doc(
        "Les renouvellements généraux sont supposés tous les six ans à partir de 2020 (2026, 2032…). La mise à jour triennale n'est pas vérifiée.",
        "General renewals are assumed every six years from 2020 (2026, 2032…). The three-yearly update is not checked.",
    )),
    transition: None,
    requires: &[],
    parameters: &[],
    messages: &[
        Message::new(
            "hors_delai",
            "Contrat signé le {signature} : signé plus d'un an après le renouvellement municipal de {renouvellement}.",
            "Contract signed on {signature}: signed more than a year after the municipal renewal of {renouvellement}.",
        ),
        Message::new(
            "debut",
            "Contrat signé le {signature} : il devrait entrer en vigueur le {debut_legal}, non le {debut}.",
            "Contract signed on {signature}: it should enter into force on {debut_legal}, not {debut}.",
        ),
        Message::new(
            "fin",
            "Contrat signé le {signature} : il devrait finir le {fin_legale}, non le {fin}.",
            "Contract signed on {signature}: it should end on {fin_legale}, not {fin}.",
        ),
    ],
    check: Check::Document(|ctx, out| {
        let Document::ContratDeVille(c) = ctx.doc else { return };
        if lif::is_cv2015(ctx.doc) || util::is_cv2024(ctx.doc) {
            return;
        }
        let Some(s) = c.date_signature else { return };
        let sy = i32::from(s.year());
        if sy < 2026 {
            return;
        }
        let y = renewal_year(sy);
        let base = |f: Finding| {
            f.param("signature", s.to_string())
                .input("/date_signature", s.to_string())
                .parameter("annee_renouvellement", y)
        };
        if sy > y + 1 {
            out.push(base(
                Finding::at("/date_signature")
                    .param("problem", "hors_delai")
                    .variant("hors_delai")
                    .display("renouvellement", y.to_string()),
            ));
            return;
        }
        let (Some(debut), Some(fin)) = (
            Date::new(u16::try_from(sy + 1).unwrap_or(0), 1, 1).ok(),
            Date::new(u16::try_from(y + 6).unwrap_or(0), 12, 31).ok(),
        ) else {
            return;
        };
        let per = c.periode.unwrap_or_default();
        if let Some(d) = per.debut {
            if d.same_day(debut).is_no() {
                out.push(base(
                    Finding::at("/periode/debut")
                        .param("problem", "debut")
                        .variant("debut")
                        .display("debut_legal", debut.to_string())
                        .display("debut", d.to_string())
                        .input("/periode/debut", d.to_string())
                        .parameter("debut_legal", debut.to_string()),
                ));
            }
        }
        if let Some(f) = per.fin {
            if f.same_day(fin).is_no() {
                out.push(base(
                    Finding::at("/periode/fin")
                        .param("problem", "fin")
                        .variant("fin")
                        .display("fin_legale", fin.to_string())
                        .display("fin", f.to_string())
                        .input("/periode/fin", f.to_string())
                        .parameter("fin_legale", fin.to_string()),
                ));
            }
        }
    }),
};
