//! TER-010.

use super::*;

/// TER-010: a QPV claimed by a contract lies in its perimeter.
pub static TER_010: Rule = Rule {
    code: "TER-010",
    severity: Severity::Error,
    category: Category::Invariant,
    applies_to: &[
        DocumentKind::ContratDeVille,
        DocumentKind::ContratLocalSante,
        DocumentKind::ConseilLocalSanteMentale,
        DocumentKind::AtelierSanteVille,
        DocumentKind::ProjetSanteProximite,
    ],
    in_force: InForce::ALWAYS,
    sources: &[sources::LOI_2014_173_ART6, sources::ANCT_QPV_2023, sources::REFERENTIEL_EMBARQUE],
    title: Text::doc("QPV hors du périmètre", "QPV outside the perimeter"),
    message: Text::new(
        "Le QPV « {code} » ({communes}) est hors du périmètre du document.",
        "QPV \"{code}\" ({communes}) lies outside the document's perimeter.",
    ),
    help: Text::new(
        "Un contrat ne peut viser que des quartiers situés dans son périmètre : retirez le QPV ou ajoutez sa commune (ou son EPCI) au périmètre.",
        "A contract can only target quartiers inside its perimeter: remove the QPV or add its commune (or EPCI) to the perimeter.",
    ),
    description: Text::doc(
        "Les communes d'un QPV cité (quartiers du contrat de ville, QPV du périmètre) doivent se trouver dans le périmètre formé par les autres territoires du document (communes, EPCI, EPT, départements, régions). Un QPV à cheval sur deux communes ou deux EPCI est accepté dès qu'une de ses communes est dans le périmètre.",
        "The communes of a cited QPV (quartiers of the contrat de ville, QPV in the perimeter) must lie in the perimeter formed by the document's other territories (communes, EPCI, EPT, départements, régions). A QPV straddling two communes or two EPCI is accepted as soon as one of its communes is in the perimeter.",
    ),
    limits: Some(Text::doc(
        "Ne conclut que si le QPV est au référentiel et que tout le périmètre y est connu ; se tait pour un périmètre contenant un EPCI ou un EPT quand le document est antérieur au millésime (les compositions ont changé). Dans la Métropole du Grand Paris le niveau pertinent est l'EPT ou Paris : un périmètre « MGP » est accepté tel quel.",
        "Concludes only when the QPV is in the référentiel and the whole perimeter is known to it; silent for a perimeter holding an EPCI or EPT when the document is older than the vintage (compositions changed). In the Métropole du Grand Paris the relevant level is the EPT or Paris: an \"MGP\" perimeter is accepted as is.",
    )),
    transition: None,
    requires: &[],
    parameters: &[],
    messages: &[],
    check: Check::Document(|ctx, out| {
        let Some(r) = ctx.referentiel else { return };
        let per = util::perimetre(ctx.doc);
        let base = match ctx.doc {
            Document::AtelierSanteVille(_) | Document::ProjetSanteProximite(_) => "/territoires",
            _ => "/perimetre",
        };
        let mut qpvs: Vec<(String, &Territoire)> = Vec::new();
        let mut area: BTreeSet<&str> = BTreeSet::new();
        let mut has_area = false;
        // Codes may be older than the référentiel unless the document is certainly not.
        let predates = !predates(ctx).is_no();
        for (i, t) in per.iter().enumerate() {
            match t.kind {
                TypeTerritoire::Qpv => qpvs.push((format!("{base}/{i}/code"), t)),
                TypeTerritoire::QuartierVeille => {}
                TypeTerritoire::Epci | TypeTerritoire::Ept if predates => return,
                _ => match r.communes_of(t) {
                    Some(cs) => {
                        has_area = true;
                        area.extend(cs.into_iter().map(|c| c.code.as_str()));
                    }
                    None => return,
                },
            }
        }
        if let Document::ContratDeVille(c) = ctx.doc {
            for (i, t) in c.quartiers.iter().enumerate() {
                if t.kind == TypeTerritoire::Qpv {
                    qpvs.push((format!("/quartiers/{i}/code"), t));
                }
            }
        }
        if !has_area {
            return;
        }
        for (path, t) in qpvs {
            let Some(code) = t.code.as_deref() else { continue };
            let Some(hosts) = r.communes_of(t) else { continue };
            if hosts.is_empty() || hosts.iter().any(|h| area.contains(h.code.as_str())) {
                continue;
            }
            let names: Vec<String> = hosts.iter().map(|h| format!("{} {}", h.code, h.nom)).collect();
            out.push(
                Finding::at(path.clone())
                    .param("code", short(code))
                    .param("communes", hosts.iter().map(|h| h.code.clone()).collect::<Vec<_>>())
                    .display("communes", names.join(", "))
                    .input(path, code),
            );
        }
    }),
};
