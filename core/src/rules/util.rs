//! Helpers shared by rule checks: uniform access to dates, statuts and actors of any document.

use crate::date::PartialDate;
use crate::model::*;

/// The statut of a document as a word, whether known or not, with its vocabulary.
pub struct StatutView {
    /// The word as written.
    pub word: String,
    /// Whether it belongs to the vocabulary.
    pub known: bool,
    /// The vocabulary.
    pub allowed: Vec<&'static str>,
}

fn view<T: Vocabulary + Copy>(c: &Code<T>) -> StatutView {
    let allowed = T::ALL.iter().map(|t| t.word()).collect();
    match c {
        Code::Known(t) => StatutView {
            word: t.word().to_string(),
            known: true,
            allowed,
        },
        Code::Unknown(w) => StatutView {
            word: w.clone(),
            known: false,
            allowed,
        },
    }
}

/// The statut of a document, if it has one.
pub fn statut(doc: &Document) -> Option<StatutView> {
    match doc {
        Document::ContratLocalSante(d) => d.statut.as_ref().map(view),
        Document::ContratDeVille(d) => d.statut.as_ref().map(view),
        Document::AtelierSanteVille(d) => d.statut.as_ref().map(view),
        Document::ConseilLocalSanteMentale(d) => d.statut.as_ref().map(view),
        Document::ConseilTerritorialSante(d) => d.statut.as_ref().map(view),
        _ => None,
    }
}

/// The key dates of a document, each with its JSON Pointer.
#[derive(Debug, Default)]
pub struct Dates {
    /// Start of préfiguration / creation.
    pub prefiguration: Option<(&'static str, PartialDate)>,
    /// Signature (or arrêté, installation for bodies).
    pub signature: Option<(&'static str, PartialDate)>,
    /// Period of validity.
    pub periode: Option<Periode>,
    /// Amendments: (index, act date, new end).
    pub avenants: Vec<(usize, Option<PartialDate>, Option<PartialDate>)>,
    /// Evaluations carried out: (index, date).
    pub evaluations: Vec<(usize, PartialDate)>,
    /// The period is the CTS's `mandat`, not a `periode` field.
    pub mandat: bool,
}

impl Dates {
    /// JSON Pointer of the period's start.
    pub fn debut_path(&self) -> &'static str {
        if self.mandat {
            "/mandat/debut"
        } else {
            "/periode/debut"
        }
    }

    /// JSON Pointer of the period's end.
    pub fn fin_path(&self) -> &'static str {
        if self.mandat {
            "/mandat/fin"
        } else {
            "/periode/fin"
        }
    }
}

/// The key dates of a document.
pub fn dates(doc: &Document) -> Dates {
    let mut d = Dates::default();
    let evals = |ev: &[Evaluation]| -> Vec<(usize, PartialDate)> {
        ev.iter()
            .enumerate()
            .filter(|(_, e)| e.realisee)
            .filter_map(|(i, e)| e.date.map(|x| (i, x)))
            .collect()
    };
    let avs = |av: &[Avenant]| -> Vec<(usize, Option<PartialDate>, Option<PartialDate>)> {
        av.iter()
            .enumerate()
            .map(|(i, a)| (i, a.date, a.nouvelle_fin))
            .collect()
    };
    match doc {
        Document::ContratLocalSante(c) => {
            d.prefiguration = c.date_prefiguration.map(|x| ("/date_prefiguration", x));
            d.signature = c.date_signature.map(|x| ("/date_signature", x));
            d.periode = c.periode;
            d.avenants = avs(&c.avenants);
            d.evaluations = evals(&c.evaluations);
        }
        Document::ContratDeVille(c) => {
            d.signature = c.date_signature.map(|x| ("/date_signature", x));
            d.periode = c.periode;
            d.avenants = avs(&c.avenants);
            d.evaluations = evals(&c.evaluations);
        }
        Document::ConseilCitoyen(c) => {
            d.signature = c
                .reconnaissance_prefectorale
                .map(|x| ("/reconnaissance_prefectorale", x));
        }
        Document::AtelierSanteVille(c) => {
            d.prefiguration = c.date_creation.map(|x| ("/date_creation", x));
        }
        Document::ConseilLocalSanteMentale(c) => {
            d.signature = c.date_installation.map(|x| ("/date_installation", x));
        }
        Document::ConseilTerritorialSante(c) => {
            d.prefiguration = c.date_arrete.map(|x| ("/date_arrete", x));
            d.signature = c.date_installation.map(|x| ("/date_installation", x));
            d.periode = c.mandat;
            d.mandat = true;
        }
        Document::ProjetTerritorialSanteMentale(c) => {
            d.prefiguration = c
                .date_arrete_diagnostic
                .map(|x| ("/date_arrete_diagnostic", x));
            d.signature = c.date_arrete.map(|x| ("/date_arrete", x));
            d.periode = c.periode;
        }
        Document::ReseauCollectivites(c) => {
            d.prefiguration = c.date_creation.map(|x| ("/date_creation", x));
            d.signature = c.date_lancement.map(|x| ("/date_lancement", x));
        }
        Document::DemarcheAccompagnement(c) => {
            d.periode = c.periode;
        }
        Document::ProjetSanteProximite(_) | Document::Portefeuille(_) => {}
    }
    d
}

/// The earliest date the document gives for itself (préfiguration, signature or start).
///
/// Among dates known to different precisions, the one with the first possible day: its
/// interval holds every day the earliest can be, so a comparison that is certain with it is
/// certain with the earliest.
pub fn earliest(doc: &Document) -> Option<(String, PartialDate)> {
    let d = dates(doc);
    let mut best: Option<(String, PartialDate)> = None;
    let mut consider = |p: &str, x: PartialDate| {
        if best
            .as_ref()
            .is_none_or(|(_, b)| x.listing_key() < b.listing_key())
        {
            best = Some((p.to_string(), x));
        }
    };
    if let Some((p, x)) = d.prefiguration {
        consider(p, x);
    }
    if let Some((p, x)) = d.signature {
        consider(p, x);
    }
    if let Some(x) = d.periode.and_then(|p| p.debut) {
        consider(d.debut_path(), x);
    }
    // A contrat de ville that gives no date of its own is dated by its generation.
    if best.is_none() {
        if let Document::ContratDeVille(c) = doc {
            if let Some(span) = c.periode_generation() {
                best = Some(("/generation".to_string(), span.from.into()));
            }
        }
    }
    best
}

/// The nature of the actor `id` of `doc`.
pub fn nature(doc: &Document, id: &str) -> Option<NatureActeur> {
    doc.acteur(id).map(|a| a.nature)
}

/// The signatures of a document.
pub fn signataires(doc: &Document) -> &[Signataire] {
    match doc {
        Document::ContratLocalSante(d) => &d.signataires,
        Document::ContratDeVille(d) => &d.signataires,
        _ => &[],
    }
}

/// Whether a territory code or a document's perimeter is overseas (DROM/COM: 97x, 98x).
pub fn is_outre_mer_code(code: &str) -> bool {
    code.starts_with("97") || code.starts_with("98")
}

/// The collectivité holding the health competence in place of the State where the whole coded
/// perimeter of the document lies (`"987"` Polynésie française, `"988"` Nouvelle-Calédonie):
/// there the code de la santé publique's ARS provisions do not apply. `None` when any coded
/// territory lies elsewhere or cannot be placed, or when none is coded.
pub fn collectivite_competente_sante(doc: &Document) -> Option<&'static str> {
    let terr: &[Territoire] = match doc {
        Document::ConseilTerritorialSante(d) => d.territoire.as_slice(),
        _ => perimetre(doc),
    };
    let mut found: Option<&'static str> = None;
    for t in terr {
        let Some(code) = t.code.as_deref() else {
            continue;
        };
        let place = match t.kind {
            TypeTerritoire::CollectiviteOutreMer | TypeTerritoire::Departement => Some(code),
            TypeTerritoire::Commune => code.get(..3),
            TypeTerritoire::Qpv => code.get(2..5),
            _ => None,
        };
        let com = match place {
            Some("987") => "987",
            Some("988") => "988",
            _ => return None,
        };
        if found.is_some_and(|f| f != com) {
            return None;
        }
        found = Some(com);
    }
    found
}

/// The perimeter territories of a document.
pub fn perimetre(doc: &Document) -> &[Territoire] {
    match doc {
        Document::ContratLocalSante(d) => &d.perimetre,
        Document::ContratDeVille(d) => &d.perimetre,
        Document::ConseilLocalSanteMentale(d) => &d.perimetre,
        Document::AtelierSanteVille(d) => &d.territoires,
        Document::ProjetSanteProximite(d) => &d.territoires,
        Document::ProjetTerritorialSanteMentale(d) => &d.territoires,
        _ => &[],
    }
}

/// Whether the document's territory is overseas, judged from its perimeter and actors.
pub fn is_outre_mer(doc: &Document) -> bool {
    let from_terr = |t: &Territoire| {
        t.code.as_deref().is_some_and(|c| match t.kind {
            TypeTerritoire::Commune | TypeTerritoire::Departement => is_outre_mer_code(c),
            TypeTerritoire::Region => matches!(c, "01" | "02" | "03" | "04" | "06"),
            TypeTerritoire::CollectiviteOutreMer => true,
            TypeTerritoire::Qpv => c.get(2..4) == Some("97") || c.get(2..4) == Some("98"),
            _ => false,
        })
    };
    perimetre(doc).iter().any(from_terr)
        || doc
            .acteurs()
            .iter()
            .filter_map(|a| a.territoire.as_ref())
            .any(from_terr)
        || match doc {
            Document::ContratDeVille(c) => c.quartiers.iter().any(from_terr),
            _ => false,
        }
}

/// Département → région (INSEE codes, COG 2026: 96 metropolitan départements and 5 DROM),
/// sorted by département code.
pub const DEPARTEMENT_REGION: &[(&str, &str)] = &[
    ("01", "84"),
    ("02", "32"),
    ("03", "84"),
    ("04", "93"),
    ("05", "93"),
    ("06", "93"),
    ("07", "84"),
    ("08", "44"),
    ("09", "76"),
    ("10", "44"),
    ("11", "76"),
    ("12", "76"),
    ("13", "93"),
    ("14", "28"),
    ("15", "84"),
    ("16", "75"),
    ("17", "75"),
    ("18", "24"),
    ("19", "75"),
    ("21", "27"),
    ("22", "53"),
    ("23", "75"),
    ("24", "75"),
    ("25", "27"),
    ("26", "84"),
    ("27", "28"),
    ("28", "24"),
    ("29", "53"),
    ("2A", "94"),
    ("2B", "94"),
    ("30", "76"),
    ("31", "76"),
    ("32", "76"),
    ("33", "75"),
    ("34", "76"),
    ("35", "53"),
    ("36", "24"),
    ("37", "24"),
    ("38", "84"),
    ("39", "27"),
    ("40", "75"),
    ("41", "24"),
    ("42", "84"),
    ("43", "84"),
    ("44", "52"),
    ("45", "24"),
    ("46", "76"),
    ("47", "75"),
    ("48", "76"),
    ("49", "52"),
    ("50", "28"),
    ("51", "44"),
    ("52", "44"),
    ("53", "52"),
    ("54", "44"),
    ("55", "44"),
    ("56", "53"),
    ("57", "44"),
    ("58", "27"),
    ("59", "32"),
    ("60", "32"),
    ("61", "28"),
    ("62", "32"),
    ("63", "84"),
    ("64", "75"),
    ("65", "76"),
    ("66", "76"),
    ("67", "44"),
    ("68", "44"),
    ("69", "84"),
    ("70", "27"),
    ("71", "27"),
    ("72", "52"),
    ("73", "84"),
    ("74", "84"),
    ("75", "11"),
    ("76", "28"),
    ("77", "11"),
    ("78", "11"),
    ("79", "75"),
    ("80", "32"),
    ("81", "76"),
    ("82", "76"),
    ("83", "93"),
    ("84", "93"),
    ("85", "52"),
    ("86", "75"),
    ("87", "75"),
    ("88", "44"),
    ("89", "27"),
    ("90", "27"),
    ("91", "11"),
    ("92", "11"),
    ("93", "11"),
    ("94", "11"),
    ("95", "11"),
    ("971", "01"),
    ("972", "02"),
    ("973", "03"),
    ("974", "04"),
    ("976", "06"),
];

/// The région of a département code.
pub fn region_of_departement(dep: &str) -> Option<&'static str> {
    DEPARTEMENT_REGION
        .binary_search_by(|(d, _)| (*d).cmp(dep))
        .ok()
        .and_then(|i| DEPARTEMENT_REGION.get(i))
        .map(|(_, r)| *r)
}

/// The département of a commune code (`59350` → `59`, `97411` → `974`, `2A004` → `2A`).
pub fn departement_of_commune(code: &str) -> Option<&str> {
    if code.len() != 5 {
        return None;
    }
    if code.starts_with("97") || code.starts_with("98") {
        code.get(..3)
    } else {
        code.get(..2)
    }
}

/// The département of a QPV code (`QP059006` → `59`, `QN97101A` → `971`).
pub fn departement_of_qpv(code: &str) -> Option<String> {
    let part = code.get(2..5)?;
    if part.starts_with("97") || part.starts_with("98") {
        Some(part.to_string())
    } else {
        part.strip_prefix('0').map(str::to_string)
    }
}

/// The départements a document's perimeter touches, from commune, département and QPV codes.
pub fn departements(doc: &Document) -> std::collections::BTreeSet<String> {
    let mut out = std::collections::BTreeSet::new();
    let quartiers: &[Territoire] = match doc {
        Document::ContratDeVille(c) => &c.quartiers,
        _ => &[],
    };
    for t in perimetre(doc).iter().chain(quartiers) {
        let Some(code) = t.code.as_deref() else {
            continue;
        };
        match t.kind {
            TypeTerritoire::Commune => {
                if let Some(d) = departement_of_commune(code) {
                    out.insert(d.to_string());
                }
            }
            TypeTerritoire::Departement => {
                out.insert(code.to_string());
            }
            TypeTerritoire::Qpv => {
                if let Some(d) = departement_of_qpv(code) {
                    out.insert(d);
                }
            }
            _ => {}
        }
    }
    out
}

/// The région of a document: from a région in its perimeter, else from the départements of
/// its perimeter when they all lie in one région, else from an ARS actor's territory.
pub fn region(doc: &Document) -> Option<String> {
    if let Some(r) = perimetre(doc)
        .iter()
        .find(|t| t.kind == TypeTerritoire::Region)
        .and_then(|t| t.code.clone())
    {
        return Some(r);
    }
    let regions: std::collections::BTreeSet<&str> = departements(doc)
        .iter()
        .filter_map(|d| region_of_departement(d))
        .collect();
    if regions.len() == 1 {
        return regions.into_iter().next().map(str::to_string);
    }
    doc.acteurs()
        .iter()
        .filter(|a| a.nature.is_ars())
        .filter_map(|a| a.territoire.as_ref())
        .find_map(|t| match t.kind {
            TypeTerritoire::Region => t.code.clone(),
            TypeTerritoire::Departement => t
                .code
                .as_deref()
                .and_then(region_of_departement)
                .map(str::to_string),
            _ => None,
        })
}

/// Whether the document names a QPV (perimeter, quartiers of a contrat de ville, territories of
/// CLS fiches action).
pub fn names_qpv(doc: &Document) -> bool {
    let in_actions = match doc {
        Document::ContratLocalSante(c) => c
            .actions
            .iter()
            .any(|a| a.territoires.iter().any(|t| t.kind == TypeTerritoire::Qpv)),
        Document::ContratDeVille(c) => c.quartiers.iter().any(|t| t.kind == TypeTerritoire::Qpv),
        _ => false,
    };
    in_actions || perimetre(doc).iter().any(|t| t.kind == TypeTerritoire::Qpv)
}

/// The date a CLS or contrat de ville was concluded: its signature date, else the latest
/// signatory's date, else the start of its period; with the JSON Pointer it was read from.
/// Among signatories' dates of different precisions, the latest is the one with the last
/// possible day (its interval holds every day the latest can be).
pub fn conclusion(doc: &Document) -> Option<(String, PartialDate)> {
    let d = dates(doc);
    if let Some((p, x)) = d.signature {
        return Some((p.to_string(), x));
    }
    let latest = signataires(doc)
        .iter()
        .enumerate()
        .filter_map(|(i, s)| s.date_signature.map(|x| (i, x)))
        .max_by_key(|(_, x)| (x.last_day(), x.first_day()));
    if let Some((i, x)) = latest {
        return Some((format!("/signataires/{i}/date_signature"), x));
    }
    d.periode
        .and_then(|p| p.debut)
        .map(|x| (d.debut_path().to_string(), x))
}

/// The word of a statut, known or not.
pub fn statut_word<T: Vocabulary + Copy>(c: &Option<Code<T>>) -> Option<String> {
    c.as_ref().map(|c| match c {
        Code::Known(t) => t.word().to_string(),
        Code::Unknown(w) => w.clone(),
    })
}

/// Whether a contrat de ville belongs to the 2024 generation (« Engagements Quartiers 2030 »):
/// declared, or signed (or started) from 2023-08-31 to 2025-12-31.
pub fn is_cv2024(doc: &Document) -> bool {
    matches!(doc, Document::ContratDeVille(c) if c.generation_effective() == Some(GenerationCv::G2024))
}

/// Whether `doc` is a contrat de ville of the 2015 generation (declared, or by its dates).
pub fn is_cv2015(doc: &Document) -> bool {
    matches!(doc, Document::ContratDeVille(c) if c.generation_effective() == Some(GenerationCv::G2015))
}

/// The commune and EPCI codes of a document's perimeter, each with its JSON Pointer.
pub fn perimetre_codes(doc: &Document) -> Vec<(String, TypeTerritoire, String)> {
    perimetre(doc)
        .iter()
        .enumerate()
        .filter(|(_, t)| {
            matches!(
                t.kind,
                TypeTerritoire::Commune | TypeTerritoire::Epci | TypeTerritoire::Ept
            )
        })
        .filter_map(|(i, t)| {
            t.code
                .as_ref()
                .map(|c| (format!("/perimetre/{i}/code"), t.kind, c.clone()))
        })
        .collect()
}

/// Adds the natures of the signatories as evidence, when the document lists any (evidence
/// points only at values present in the document).
pub fn with_signataires(
    f: crate::rules::Finding,
    ctx: &crate::rules::Ctx<'_>,
) -> crate::rules::Finding {
    let doc = ctx.doc;
    let s = signataires(doc);
    if s.is_empty() || !ctx.explain {
        return f;
    }
    let natures: Vec<String> = s
        .iter()
        .map(|x| {
            nature(doc, &x.acteur)
                .map(|n| n.to_string())
                .unwrap_or_else(|| "?".to_string())
        })
        .collect();
    f.input("/signataires", natures)
}

/// A finding about an element the document does not describe at `path` (« à compléter »:
/// incomplete, never a breach). Its evidence is what made the requirement apply — the statut
/// and the conclusion date, when the document gives them — and the element expected.
pub fn missing(ctx: &crate::rules::Ctx<'_>, path: impl Into<String>) -> crate::rules::Finding {
    lacking(ctx, path).not_described()
}

/// A finding about an element the document declares without what a text requires (signatories
/// listed without the ARS, a body described without its president…): a contradiction, with the
/// same evidence as [`missing`].
pub fn lacking(ctx: &crate::rules::Ctx<'_>, path: impl Into<String>) -> crate::rules::Finding {
    let path = path.into();
    if !ctx.explain {
        // Evidence only: a tenth of a portfolio's validation when gathered for nothing.
        return crate::rules::Finding::at(path);
    }
    let doc = ctx.doc;
    let mut f = crate::rules::Finding::at(path.clone()).parameter("attendu", path);
    let word = match doc {
        Document::ContratLocalSante(d) => statut_word(&d.statut),
        Document::ContratDeVille(d) => statut_word(&d.statut),
        Document::AtelierSanteVille(d) => statut_word(&d.statut),
        Document::ConseilLocalSanteMentale(d) => statut_word(&d.statut),
        _ => None,
    };
    if let Some(w) = word {
        f = f.input("/statut", w.chars().take(60).collect::<String>());
    }
    if let Some((p, d)) = conclusion(doc) {
        f = f.input(p, d.to_string());
    }
    f
}

/// A finding about signatories. A list drawn from public facts rarely names every cosignatory
/// (« 41 partenaires signataires » and three of them named), so a list is read as partial — the
/// required party is « à compléter » — unless the document says it is whole by counting as many
/// partners as it lists (`nombre_partenaires`); only a whole list without the required party
/// contradicts the text.
pub fn signatories_finding(
    ctx: &crate::rules::Ctx<'_>,
    path: &str,
    signataires: &[Signataire],
) -> crate::rules::Finding {
    if liste_entiere(ctx.doc, signataires.len()) {
        lacking(ctx, path)
    } else {
        missing(ctx, path)
    }
}

/// A finding about signatories that lack a party a binding text requires, by what the
/// document says of them: not written, they are « à compléter » (`signataires_non_decrits`);
/// written `[]`, the document declares none, a contradiction (`aucun_signataire`); listed, the
/// list is partial unless declared whole ([`signatories_finding`]; `sans_partie`). The rule
/// declares the three sentences under these keys.
pub fn signatories_lacking(
    ctx: &crate::rules::Ctx<'_>,
    signataires: &Liste<Signataire>,
) -> crate::rules::Finding {
    if signataires.is_absent() {
        missing(ctx, "/signataires").variant("signataires_non_decrits")
    } else if signataires.is_declared_empty() {
        lacking(ctx, "/signataires")
            .input("/signataires", Vec::<String>::new())
            .variant("aucun_signataire")
    } else {
        signatories_finding(ctx, "/signataires", signataires).variant("sans_partie")
    }
}

/// Whether the document declares a list of `len` partners whole: it counts exactly as many
/// (`nombre_partenaires`). An empty list is never whole.
pub fn liste_entiere(doc: &Document, len: usize) -> bool {
    len > 0
        && doc
            .nombre_partenaires()
            .is_some_and(|n| usize::try_from(n).is_ok_and(|n| n == len))
}

/// A finding on a boolean field the document declares `false` where the rule expects `true`
/// (the same message parameters and evidence wherever it is used).
/// It says the rule's sentence under `key` (see [`crate::rules::Rule::messages`]).
pub fn declared_false(path: &str, key: &'static str) -> crate::rules::Finding {
    let field = path.rsplit('/').next().unwrap_or(path);
    crate::rules::Finding::at(path)
        .parameter("attendu", true)
        .param("what", format!("{field}: false"))
        .variant(key)
        .input(path, false)
}
