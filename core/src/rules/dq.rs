//! DQ-*: data quality — dates in order, instruments cited after they existed, references to
//! declared actors.

use super::util;
use super::*;
use crate::model::{Document, DocumentKind, NatureActeur, TypeTerritoire};
use crate::pointer;
use crate::report::{Category, InForce, Severity};

const GK_HYGIENE: Source = Source::new(
    SourceKind::ConnaissanceGenerale,
    "Cohérence des dates (hygiène des données)",
    None,
);

/// DQ-001: dates are ordered.
pub static DQ_001: Rule = Rule {
    code: "DQ-001",
    severity: Severity::Error,
    category: Category::Invariant,
    applies_to: &[],
    in_force: InForce::ALWAYS,
    sources: &[GK_HYGIENE],
    title: Text::new("Dates dans le désordre", "Dates out of order"),
    message: Text::new(
        "{later_label} ({later}) précède {earlier_label} ({earlier}).",
        "{later_label} ({later}) comes before {earlier_label} ({earlier}).",
    ),
    help: Text::new(
        "Vérifiez les dates : la préfiguration précède la signature, le début précède la fin, une évaluation ou un avenant suivent le début.",
        "Check the dates: préfiguration comes before signature, start before end, an evaluation or an amendment after the start.",
    ),
    description: Text::new(
        "Les dates d'un document suivent l'ordre préfiguration ≤ signature ≤ fin, début ≤ fin, et une évaluation réalisée ou un avenant ne précèdent pas le début.",
        "A document's dates follow préfiguration ≤ signature ≤ end, start ≤ end, and an evaluation carried out or an amendment does not precede the start.",
    ),
    limits: Some(Text::new(
        "La signature peut être postérieure au début de la période (contrat rétroactif) : ce cas n'est pas signalé.",
        "Signature may come after the start of the period (retroactive contract): that case is not flagged.",
    )),
    check: Check::Document(check_dq001),
};

fn check_dq001(ctx: &Ctx<'_>, out: &mut Sink) {
    let d = util::dates(ctx.doc);
    let mut pairs: Vec<(&str, Date, &str, Date, String)> = Vec::new();
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
            if *n < f {
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
        if b < a {
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

fn label(path: &str) -> String {
    pointer::tokens(path)
        .into_iter()
        .filter(|t| t.parse::<usize>().is_err())
        .collect::<Vec<_>>()
        .join(".")
}

/// DQ-002: an instrument cannot be dated before it existed in law.
pub static DQ_002: Rule = Rule {
    code: "DQ-002",
    severity: Severity::Error,
    category: Category::Invariant,
    applies_to: &[],
    in_force: InForce::ALWAYS,
    sources: &[
        Source::new(
            SourceKind::Loi,
            "Loi n° 2009-879 du 21 juillet 2009 (HPST), art. L1434-17 CSP ; loi n° 2016-41 du 26 janvier 2016",
            Some("https://www.legifrance.gouv.fr/loda/id/JORFTEXT000020879475"),
        ),
        Source::new(
            SourceKind::Loi,
            "Loi n° 2014-173 du 21 février 2014 de programmation pour la ville et la cohésion urbaine",
            Some("https://www.legifrance.gouv.fr/loda/id/JORFTEXT000028636804"),
        ),
        Source::new(
            SourceKind::Circulaire,
            "Circulaire DIV/DGS du 13 juin 2000 (ateliers santé ville)",
            Some("https://fabrique-territoires-sante.org/dynamiques-territoriales-de-sante/ateliers-sante-ville/historique-des-asv"),
        ),
    ],
    title: Text::new("Instrument daté avant sa création", "Instrument dated before it existed"),
    message: Text::new(
        "Le document est daté du {date}, avant l'existence de l'instrument ({instrument}, {since}).",
        "The document is dated {date}, before the instrument existed ({instrument}, {since}).",
    ),
    help: Text::new(
        "Corrigez la date, ou le type de document (un contrat antérieur relève d'un autre dispositif : CUCS, conférence de territoire…).",
        "Fix the date, or the document type (an earlier contract belongs to another scheme: CUCS, conférence de territoire…).",
    ),
    description: Text::new(
        "CLS pas avant la loi HPST (2009-07-22) ; contrat de ville et conseil citoyen pas avant la loi Lamy (2014-02-23) ; CTS et PTSM pas avant la loi 2016-41 (2016-01-28) ; ASV pas avant la circulaire du 13 juin 2000 ; un contrat (CLS, contrat de ville) ou un conseil citoyen ne nomme pas de QPV avant le 2015-01-01.",
        "CLS not before the HPST law (2009-07-22); contrat de ville and conseil citoyen not before the Lamy law (2014-02-23); CTS and PTSM not before law 2016-41 (2016-01-28); ASV not before the circulaire of 13 June 2000; a contract (CLS, contrat de ville) or a conseil citoyen names no QPV before 2015-01-01.",
    ),
    limits: Some(Text::new(
        "Un ASV ou un CLSM créé avant 2015 décrit son territoire actuel : il peut nommer des QPV sans être signalé.",
        "An ASV or CLSM created before 2015 describes its current territory: it may name QPV without being flagged.",
    )),
    check: Check::Document(check_dq002),
};

fn creation(kind: DocumentKind) -> Option<(Date, &'static str)> {
    Some(match kind {
        DocumentKind::ContratLocalSante => (Date::ymd(2009, 7, 22), "loi HPST"),
        DocumentKind::ContratDeVille => (Date::ymd(2014, 2, 23), "loi n° 2014-173"),
        DocumentKind::ConseilCitoyen => (Date::ymd(2014, 2, 23), "loi n° 2014-173"),
        DocumentKind::ConseilTerritorialSante => (Date::ymd(2016, 1, 28), "loi n° 2016-41"),
        DocumentKind::ProjetTerritorialSanteMentale => (Date::ymd(2016, 1, 28), "loi n° 2016-41"),
        DocumentKind::AtelierSanteVille => (Date::ymd(2000, 6, 13), "circulaire du 13 juin 2000"),
        _ => return None,
    })
}

fn check_dq002(ctx: &Ctx<'_>, out: &mut Sink) {
    let Some((path, date)) = util::earliest(ctx.doc) else {
        return;
    };
    if let Some((since, instrument)) = creation(ctx.doc.kind()) {
        if date < since {
            out.push(
                Finding::at(path.clone())
                    .param("date", date.to_string())
                    .param("instrument", instrument)
                    .param("since", since.to_string())
                    .input(path.clone(), date.to_string())
                    .parameter("creation", since.to_string()),
            );
            return;
        }
    }
    // A contract dated before 2015 cannot name a QPV. Long-lived bodies (an ASV created in
    // 2007, a CLSM) describe their current territory, which may well include QPV.
    let qpv_since = Date::ymd(2015, 1, 1);
    let fixed_at_signature = matches!(
        ctx.doc.kind(),
        DocumentKind::ContratLocalSante
            | DocumentKind::ContratDeVille
            | DocumentKind::ConseilCitoyen
    );
    if date < qpv_since && fixed_at_signature {
        let names_qpv = util::perimetre(ctx.doc)
            .iter()
            .chain(match ctx.doc {
                Document::ContratDeVille(c) => c.quartiers.as_slice(),
                _ => &[],
            })
            .any(|t| t.kind == TypeTerritoire::Qpv);
        if names_qpv {
            out.push(
                Finding::at(path.clone())
                    .param("date", date.to_string())
                    .param("instrument", "QPV")
                    .param("since", qpv_since.to_string())
                    .input(path, date.to_string())
                    .parameter("creation", qpv_since.to_string()),
            );
        }
    }
}

/// DQ-005: references to actors must name declared actors.
pub static DQ_005: Rule = Rule {
    code: "DQ-005",
    severity: Severity::Error,
    category: Category::Invariant,
    applies_to: &[],
    in_force: InForce::ALWAYS,
    sources: &[Source::new(
        SourceKind::Convention,
        "Modèle de document territoire-sante : les acteurs sont déclarés dans « acteurs » et cités par leur id",
        None,
    )],
    title: Text::new("Acteur non déclaré", "Undeclared actor"),
    message: Text::new(
        "L'acteur « {id} » est cité mais n'est pas déclaré dans « acteurs ».",
        "Actor \"{id}\" is referred to but not declared in \"acteurs\".",
    ),
    help: Text::new(
        "Ajoutez l'acteur à la liste « acteurs » (id, nom, nature) ou corrigez l'identifiant.",
        "Add the actor to the \"acteurs\" list (id, nom, nature) or fix the identifier.",
    ),
    description: Text::new(
        "Signataires, porteurs, pilotes, présidences et membres renvoient aux acteurs déclarés du document ; un identifiant déclaré deux fois est aussi signalé.",
        "Signatories, carriers, pilots, chairs and members refer to the document's declared actors; an identifier declared twice is flagged too.",
    ),
    limits: None,
    check: Check::Document(check_dq005),
};

fn check_dq005(ctx: &Ctx<'_>, out: &mut Sink) {
    let doc = ctx.doc;
    if matches!(doc, Document::Portefeuille(_)) {
        return;
    }
    let mut seen = std::collections::HashSet::new();
    for (i, a) in doc.acteurs().iter().enumerate() {
        if !seen.insert(a.id.as_str()) {
            out.push(
                Finding::at(format!("/acteurs/{i}/id"))
                    .param("id", a.id.clone())
                    .param("duplicate", true),
            );
        }
    }
    for_each_reference(doc, &mut |id, path| {
        if doc.acteur(id).is_none() {
            out.push(Finding::at(path()).param("id", id.to_string()));
        }
    });
}

/// Every reference to an actor in a document, with its path.
pub fn references(doc: &Document) -> Vec<(String, &str)> {
    let mut v: Vec<(String, &str)> = Vec::new();
    for_each_reference(doc, &mut |id, path| v.push((path(), id)));
    v
}

/// What [`for_each_reference`] calls for each reference: the actor's id, and its path.
pub type ReferenceVisitor<'a, 'v> = dyn FnMut(&'a str, &dyn Fn() -> String) + 'v;

/// Calls `visit` with every reference to an actor in a document, in document order. The path
/// is rendered only when asked for: DQ-005 needs it only for an undeclared actor.
pub fn for_each_reference<'a>(doc: &'a Document, visit: &mut ReferenceVisitor<'a, '_>) {
    type Visit<'a, 'v, 'w> = &'w mut ReferenceVisitor<'a, 'v>;
    fn at(p: &'static str) -> impl Fn() -> String {
        move || p.to_string()
    }
    fn opt<'a>(v: Visit<'a, '_, '_>, p: &dyn Fn() -> String, id: &'a Option<String>) {
        if let Some(x) = id {
            v(x.as_str(), p);
        }
    }
    fn list<'a>(v: Visit<'a, '_, '_>, p: &dyn Fn() -> String, ids: &'a [String]) {
        for (i, x) in ids.iter().enumerate() {
            v(x.as_str(), &|| pointer::push_index(&p(), i));
        }
    }
    fn instances<'a>(v: Visit<'a, '_, '_>, p: &str, xs: &'a [crate::model::Instance]) {
        for (i, x) in xs.iter().enumerate() {
            list(v, &|| format!("{p}/{i}/presidence"), &x.presidence);
            list(v, &|| format!("{p}/{i}/membres"), &x.membres);
        }
    }
    fn signatures<'a>(v: Visit<'a, '_, '_>, xs: &'a [crate::model::Signataire]) {
        for (i, s) in xs.iter().enumerate() {
            v(s.acteur.as_str(), &|| format!("/signataires/{i}/acteur"));
        }
    }
    fn actions<'a>(v: Visit<'a, '_, '_>, xs: &'a [crate::model::Action]) {
        for (i, a) in xs.iter().enumerate() {
            opt(v, &|| format!("/actions/{i}/pilote"), &a.pilote);
            list(v, &|| format!("/actions/{i}/partenaires"), &a.partenaires);
            for (j, f) in a.financements.iter().enumerate() {
                v(f.acteur.as_str(), &|| {
                    format!("/actions/{i}/financements/{j}/acteur")
                });
            }
        }
    }
    let v = visit;
    match doc {
        Document::ContratLocalSante(d) => {
            opt(v, &at("/porteur"), &d.porteur);
            signatures(v, &d.signataires);
            instances(v, "/gouvernance", &d.gouvernance);
            actions(v, &d.actions);
            if let Some(c) = &d.coordination {
                opt(v, &at("/coordination/employeur"), &c.employeur);
            }
        }
        Document::ContratDeVille(d) => {
            opt(v, &at("/porteur"), &d.porteur);
            signatures(v, &d.signataires);
            instances(v, "/gouvernance", &d.gouvernance);
            if let Some(vs) = &d.volet_sante {
                opt(v, &at("/volet_sante/referent_ars"), &vs.referent_ars);
                if let Some(c) = &vs.copil {
                    list(v, &at("/volet_sante/copil/presidence"), &c.presidence);
                    list(v, &at("/volet_sante/copil/membres"), &c.membres);
                }
            }
        }
        Document::ConseilCitoyen(d) => {
            opt(v, &at("/structure_porteuse"), &d.structure_porteuse);
            list(v, &at("/membres_acteurs_locaux"), &d.membres_acteurs_locaux);
        }
        Document::AtelierSanteVille(d) => {
            opt(v, &at("/porteur"), &d.porteur);
            if let Some(c) = &d.coordination {
                opt(v, &at("/coordination/employeur"), &c.employeur);
            }
            for (i, a) in d.adultes_relais.iter().enumerate() {
                opt(
                    v,
                    &|| format!("/adultes_relais/{i}/employeur"),
                    &a.employeur,
                );
            }
        }
        Document::ConseilLocalSanteMentale(d) => instances(v, "/instances", &d.instances),
        Document::ConseilTerritorialSante(d) => instances(v, "/instances", &d.instances),
        Document::ReseauCollectivites(d) => {
            list(v, &at("/animateurs"), &d.animateurs);
            list(v, &at("/membres"), &d.membres);
            list(v, &at("/partenaires"), &d.partenaires);
        }
        Document::DemarcheAccompagnement(d) => {
            opt(v, &at("/commanditaire"), &d.commanditaire);
            opt(v, &at("/prestataire"), &d.prestataire);
            opt(v, &at("/beneficiaire"), &d.beneficiaire);
            if let Some(p) = &d.projet_urbain {
                list(
                    v,
                    &at("/projet_urbain/signataires_protocole"),
                    &p.signataires_protocole,
                );
            }
        }
        Document::ProjetSanteProximite(d) => opt(v, &at("/porteur"), &d.porteur),
        Document::ProjetTerritorialSanteMentale(_) | Document::Portefeuille(_) => {}
    }
}

/// DQ-006: implausible dates.
pub static DQ_006: Rule = Rule {
    code: "DQ-006",
    severity: Severity::Warning,
    category: Category::Value,
    applies_to: &[],
    in_force: InForce::ALWAYS,
    sources: &[GK_HYGIENE],
    title: Text::new("Date invraisemblable", "Implausible date"),
    message: Text::new(
        "La date {date} est invraisemblable pour ce dispositif (hors de {min} à {max}).",
        "Date {date} is implausible for this scheme (outside {min} to {max}).",
    ),
    help: Text::new(
        "Vérifiez l'année (faute de frappe, année sur deux chiffres ?).",
        "Check the year (typo, two-digit year?).",
    ),
    description: Text::new(
        "Aucun dispositif de santé territoriale n'est antérieur à 1990 ni ne court au-delà de 2100 ; une telle date est presque toujours une faute de saisie.",
        "No territorial health scheme predates 1990 or runs beyond 2100; such a date is almost always a typing error.",
    ),
    limits: None,
    check: Check::Document(check_dq006),
};

fn check_dq006(ctx: &Ctx<'_>, out: &mut Sink) {
    let (min, max) = (Date::ymd(1990, 1, 1), Date::ymd(2100, 12, 31));
    let d = util::dates(ctx.doc);
    let mut all: Vec<(String, Date)> = Vec::new();
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
        if x < min || x > max {
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

const L1434_10_SINCE: Date = Date::ymd(2016, 1, 28);

/// DQ-003: legal references name the article valid at the cited date.
pub static DQ_003: Rule = Rule {
    code: "DQ-003",
    severity: Severity::Error,
    category: Category::Value,
    applies_to: &[DocumentKind::ContratLocalSante, DocumentKind::ConseilTerritorialSante],
    in_force: InForce::ALWAYS,
    sources: &[
        Source::new(
            SourceKind::Loi,
            "Code de la santé publique, art. L1434-10 (versions depuis le 28 janvier 2016) et ancien art. L1434-17 (2010-2016)",
            Some("https://www.doctrine.fr/l/texts/codes/LEGITEXT000006072665/articles/LEGIARTI000020897640?version=LEGIARTI000036515343&source=legislation"),
        ),
        Source::new(
            SourceKind::Terrain,
            "CLS du Pays du Trégor-Goëlo (« article L1434-17 du code de la santé publique »)",
            Some("https://studylibfr.com/doc/6058920/contrat-local-de-sant%C3%A9-pays-du-tr%C3%A9gor-go%C3%ABlo"),
        ),
        Source::new(
            SourceKind::Guide,
            "Banque des territoires : conférences de territoire, mode d'emploi",
            Some("https://banquedesterritoires.fr/conferences-de-territoire-mode-demploi"),
        ),
    ],
    title: Text::new("Article de loi périmé à la date citée", "Legal article outdated at the cited date"),
    message: Text::new(
        "« {cite} » n'est pas le texte en vigueur au {date} : {attendu}.",
        "\"{cite}\" is not the text in force on {date}: {attendu}.",
    ),
    help: Text::new(
        "Citez l'article en vigueur à la date du document : L1434-17 CSP pour un CLS conclu du 1er avril 2010 au 27 janvier 2016, L1434-10 à partir du 28 janvier 2016 ; « conseil territorial de santé » (et non « conférence de territoire ») depuis 2017.",
        "Cite the article in force at the document's date: L1434-17 CSP for a CLS concluded from 1 April 2010 to 27 January 2016, L1434-10 from 28 January 2016; \"conseil territorial de santé\" (not \"conférence de territoire\") since 2017.",
    ),
    description: Text::new(
        "La loi n° 2016-41 a renuméroté les articles : le CLS relève de l'art. L1434-17 CSP du 1er avril 2010 au 27 janvier 2016, de l'art. L1434-10 depuis le 28 janvier 2016 ; les conférences de territoire (HPST) sont remplacées par les conseils territoriaux de santé au 1er janvier 2017. La base légale citée par un CLS et le nom d'un CTS suivent la date du document.",
        "Law 2016-41 renumbered the articles: a CLS falls under art. L1434-17 CSP from 1 April 2010 to 27 January 2016, under art. L1434-10 since 28 January 2016; the conférences de territoire (HPST) were replaced by conseils territoriaux de santé on 1 January 2017. The legal basis cited by a CLS and a CTS's name follow the document's date.",
    ),
    limits: Some(Text::new(
        "Seules la base légale d'un CLS (« base_legale ») et le nom d'un CTS sont lus ; « territoire de santé » (L1434-16) et « territoire de démocratie sanitaire » (L1434-9) ne sont pas repérés dans le texte libre.",
        "Only a CLS's legal basis (\"base_legale\") and a CTS's name are read; \"territoire de santé\" (L1434-16) and \"territoire de démocratie sanitaire\" (L1434-9) are not spotted in free text.",
    )),
    check: Check::Document(|ctx, out| match ctx.doc {
        Document::ContratLocalSante(c) => {
            let Some(b) = c.base_legale.as_deref() else { return };
            let Some((p, d)) = util::conclusion(ctx.doc) else { return };
            let norm: String = b.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_uppercase();
            let (cite, attendu_fr, attendu_en) = if norm.contains("1434-17") && d >= L1434_10_SINCE {
                ("L1434-17", "le CLS relève de l'art. L1434-10 CSP depuis le 2016-01-28", "a CLS falls under art. L1434-10 CSP since 2016-01-28")
            } else if norm.contains("1434-10") && d < L1434_10_SINCE {
                ("L1434-10", "le CLS relevait de l'art. L1434-17 CSP avant le 2016-01-28", "a CLS fell under art. L1434-17 CSP before 2016-01-28")
            } else {
                return;
            };
            out.push(
                Finding::at("/base_legale")
                    .param("cite", cite)
                    .param("date", d.to_string())
                    .param("attendu", cite)
                    .localized("attendu", attendu_fr, attendu_en)
                    .input("/base_legale", b.chars().take(80).collect::<String>())
                    .input(p, d.to_string())
                    .parameter("renumerotation", L1434_10_SINCE.to_string()),
            );
        }
        Document::ConseilTerritorialSante(c) => {
            let Some(nom) = c.nom.as_deref() else { return };
            // The name is judged at installation (conférences de territoire ran until 2016-12-30).
            let installed = util::dates(ctx.doc).signature.map(|(p, d)| (p.to_string(), d));
            let Some((p, d)) = installed.or_else(|| util::earliest(ctx.doc)) else { return };
            let low = nom.to_lowercase();
            let cts_since = Date::ymd(2017, 1, 1);
            if (low.contains("conférence de territoire") || low.contains("conference de territoire")) && d >= cts_since {
                out.push(
                    Finding::at("/nom")
                        .param("cite", "conférence de territoire")
                        .param("date", d.to_string())
                        .param("attendu", "cts")
                        .localized(
                            "attendu",
                            "les conférences de territoire sont remplacées par les conseils territoriaux de santé depuis le 2017-01-01",
                            "conférences de territoire were replaced by conseils territoriaux de santé on 2017-01-01",
                        )
                        .input("/nom", nom.chars().take(80).collect::<String>())
                        .input(p, d.to_string())
                        .parameter("cts_depuis", cts_since.to_string()),
                );
            }
        }
        _ => {}
    }),
};

/// Outdated organisation names: (what to look for, name, last day valid, new name, from).
const RENAMES: &[(&[&str], &str, Date, &str, bool)] = &[
    (
        &["acsé", "acse"],
        "ACSé",
        Date::ymd(2014, 3, 31),
        "CGET (2014-04-01), puis ANCT (2020-01-01)",
        false,
    ),
    (
        &["sg-civ", "sgciv", "sg civ"],
        "SG-CIV",
        Date::ymd(2014, 3, 31),
        "CGET (2014-04-01), puis ANCT (2020-01-01)",
        false,
    ),
    (
        &["cget", "commissariat général à l'égalité des territoires"],
        "CGET",
        Date::ymd(2019, 12, 31),
        "ANCT (2020-01-01)",
        false,
    ),
    (
        &[
            "nord-pas-de-calais-picardie",
            "nord-pas-de-calais picardie",
            "npdc-picardie",
            "npdcp",
        ],
        "Nord-Pas-de-Calais-Picardie",
        Date::ymd(2016, 9, 29),
        "Hauts-de-France (2016-09-30)",
        true,
    ),
];

/// The successor name in force at `as_of`: the CGET before 2020, the ANCT after.
fn current(nouveau: &str, as_of: Date) -> String {
    if nouveau.starts_with("CGET") && as_of < Date::ymd(2020, 1, 1) {
        "CGET (2014-04-01)".to_string()
    } else if nouveau.starts_with("CGET") {
        "ANCT (2020-01-01), ex-CGET".to_string()
    } else {
        nouveau.to_string()
    }
}

/// The region-level actors whose names follow régions.
fn regional(n: NatureActeur) -> bool {
    n.is_ars() || matches!(n, NatureActeur::Region | NatureActeur::Prefecture)
}

/// DQ-004: organisation names follow the date.
pub static DQ_004: Rule = Rule {
    code: "DQ-004",
    severity: Severity::Warning,
    category: Category::Value,
    applies_to: &[],
    in_force: InForce::ALWAYS,
    sources: &[
        Source::new(
            SourceKind::Guide,
            "INSEE, définition des quartiers de la politique de la ville (ANCT depuis le 1er janvier 2020)",
            Some("https://recherche-naf.insee.fr/fr/metadonnees/definition/c2114"),
        ),
        Source::new(SourceKind::ConnaissanceGenerale, "Création du CGET (décret n° 2014-394 du 31 mars 2014) ; nom « Hauts-de-France » (décret n° 2016-1266 du 28 septembre 2016)", None),
    ],
    title: Text::new("Nom d'organisation périmé", "Outdated organisation name"),
    message: Text::new(
        "« {ancien} » n'existe plus au {as_of} : {nouveau}.",
        "\"{ancien}\" no longer exists on {as_of}: {nouveau}.",
    ),
    help: Text::new(
        "Employez le nom en vigueur à la date d'évaluation (ANCT depuis 2020 pour l'ex-CGET, ex-ACSé et ex-SG-CIV ; Hauts-de-France depuis le 30 septembre 2016), ou évaluez le document à sa date.",
        "Use the name in force at the evaluation date (ANCT since 2020 for the former CGET, ACSé and SG-CIV; Hauts-de-France since 30 September 2016), or evaluate the document at its own date.",
    ),
    description: Text::new(
        "Les noms d'organisations suivent la date d'évaluation : ACSé et SG-CIV fusionnés dans le CGET (2014), devenu ANCT le 1er janvier 2020 ; la région « Nord-Pas-de-Calais-Picardie » nommée Hauts-de-France depuis le 30 septembre 2016. La règle lit les noms des acteurs (pour les régions : ARS, conseil régional, préfecture).",
        "Organisation names follow the evaluation date: ACSé and SG-CIV merged into the CGET (2014), which became ANCT on 1 January 2020; the région \"Nord-Pas-de-Calais-Picardie\" named Hauts-de-France since 30 September 2016. The rule reads actors' names (for régions: ARS, regional council, préfecture).",
    ),
    limits: Some(Text::new(
        "Les dates de création du CGET et du nom Hauts-de-France sont des connaissances générales non vérifiées. Un document historique évalué aujourd'hui est signalé : évaluez-le à sa date.",
        "The dates of the CGET's creation and of the Hauts-de-France name are unverified general knowledge. A historical document evaluated today is flagged: evaluate it at its own date.",
    )),
    check: Check::Document(|ctx, out| {
        for (i, a) in ctx.doc.acteurs().iter().enumerate() {
            let Some(nom) = a.nom.as_deref() else { continue };
            let low = nom.to_lowercase();
            let words: Vec<&str> = low
                .split(|c: char| !(c.is_alphanumeric() || c == '-'))
                .filter(|w| !w.is_empty())
                .collect();
            for (pats, ancien, until, nouveau, region_only) in RENAMES {
                if *region_only && !regional(a.nature) {
                    continue;
                }
                if ctx.as_of <= *until {
                    continue;
                }
                let hit = pats.iter().any(|p| {
                    if p.contains(' ') || p.contains('\'') || p.len() > 6 {
                        low.contains(p)
                    } else {
                        words.iter().any(|w| w == p)
                    }
                });
                if hit {
                    out.push(
                        Finding::at(format!("/acteurs/{i}/nom"))
                            .param("ancien", *ancien)
                            .param("as_of", ctx.as_of.to_string())
                            .param("nouveau", current(nouveau, ctx.as_of))
                            .localized(
                                "nouveau",
                                current(nouveau, ctx.as_of),
                                current(nouveau, ctx.as_of).replace(", puis", ", then"),
                            )
                            .input(format!("/acteurs/{i}/nom"), nom.chars().take(120).collect::<String>())
                            .parameter("valable_jusqu_au", until.to_string()),
                    );
                    break;
                }
            }
        }
    }),
};

/// The DQ family.
pub static RULES: &[&Rule] = &[&DQ_001, &DQ_002, &DQ_003, &DQ_004, &DQ_005, &DQ_006];
