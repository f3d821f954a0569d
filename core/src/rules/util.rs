//! Helpers shared by rule checks: uniform access to dates, statuts and actors of any document.

use crate::date::Date;
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
    pub prefiguration: Option<(&'static str, Date)>,
    /// Signature (or arrêté, installation for bodies).
    pub signature: Option<(&'static str, Date)>,
    /// Period of validity.
    pub periode: Option<Periode>,
    /// Amendments: (index, act date, new end).
    pub avenants: Vec<(usize, Option<Date>, Option<Date>)>,
    /// Evaluations carried out: (index, date).
    pub evaluations: Vec<(usize, Date)>,
}

/// The key dates of a document.
pub fn dates(doc: &Document) -> Dates {
    let mut d = Dates::default();
    let evals = |ev: &[Evaluation]| -> Vec<(usize, Date)> {
        ev.iter()
            .enumerate()
            .filter(|(_, e)| e.realisee)
            .filter_map(|(i, e)| e.date.map(|x| (i, x)))
            .collect()
    };
    let avs = |av: &[Avenant]| -> Vec<(usize, Option<Date>, Option<Date>)> {
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
pub fn earliest(doc: &Document) -> Option<(String, Date)> {
    let d = dates(doc);
    let mut best: Option<(String, Date)> = None;
    let mut consider = |p: &str, x: Date| {
        if best.as_ref().is_none_or(|(_, b)| x < *b) {
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
        consider("/periode/debut", x);
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
