//! The instruments of a portfolio that coverage and articulation look at (CLS, contrats de
//! ville, ASV, CLSM, CTS), their territories, and whether each is in force at a date.
//!
//! "In force" is decided as follows (documented in `docs/analyses.md`):
//! - a statut saying the instrument has not started (`prefiguration`, `elaboration`,
//!   `en_negociation`, `en_projet`) or has stopped early (`renouvele`, `suspendu`, `arrete`)
//!   excludes it whatever the dates;
//! - otherwise the dates decide when they are known: start (period start, else signature,
//!   creation, installation or arrêté) ≤ as_of ≤ effective end (`rules::lif::effective_end`:
//!   amendments made by as_of, and the legal prorogations of 2015 contrats de ville);
//! - with no date at all, the statut decides (`en_vigueur`, `proroge`, `signe`, `evalue`,
//!   `operationnel`, `amorcage`, `installe`, `constitue` count as in force); no statut and no
//!   date: not counted.

use std::borrow::Cow;

use schemars::JsonSchema;
use serde::Serialize;

use crate::date::{Date, DayRange};
use crate::model::*;
use crate::rules::lif;

/// The kinds of instrument the analyses look at, in column order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Dispositif {
    /// Contrat local de santé.
    Cls,
    /// Contrat de ville.
    ContratDeVille,
    /// Atelier santé ville.
    Asv,
    /// Conseil local de santé mentale.
    Clsm,
    /// Conseil territorial de santé.
    Cts,
}

impl Dispositif {
    /// Every kind, in column order.
    pub const ALL: [Dispositif; 5] = [
        Dispositif::Cls,
        Dispositif::ContratDeVille,
        Dispositif::Asv,
        Dispositif::Clsm,
        Dispositif::Cts,
    ];

    /// Short column name (`cls`, `contrat_de_ville`, `asv`, `clsm`, `cts`).
    pub fn colonne(self) -> &'static str {
        match self {
            Dispositif::Cls => "cls",
            Dispositif::ContratDeVille => "contrat_de_ville",
            Dispositif::Asv => "asv",
            Dispositif::Clsm => "clsm",
            Dispositif::Cts => "cts",
        }
    }

    /// Short heading for tables.
    pub fn sigle(self) -> &'static str {
        match self {
            Dispositif::Cls => "CLS",
            Dispositif::ContratDeVille => "CV",
            Dispositif::Asv => "ASV",
            Dispositif::Clsm => "CLSM",
            Dispositif::Cts => "CTS",
        }
    }

    /// The kind of a document, when it is one of the five.
    pub fn of(doc: &Document) -> Option<Dispositif> {
        match doc {
            Document::ContratLocalSante(_) => Some(Dispositif::Cls),
            Document::ContratDeVille(_) => Some(Dispositif::ContratDeVille),
            Document::AtelierSanteVille(_) => Some(Dispositif::Asv),
            Document::ConseilLocalSanteMentale(_) => Some(Dispositif::Clsm),
            Document::ConseilTerritorialSante(_) => Some(Dispositif::Cts),
            _ => None,
        }
    }
}

/// One instrument of a portfolio.
#[derive(Debug, Clone)]
pub struct Instrument<'a> {
    /// Index of the document in the portfolio.
    pub index: usize,
    /// Kind.
    pub kind: Dispositif,
    /// Identifier (`id`, or `code` for a contrat de ville), else `#index`.
    pub id: String,
    /// Territories it covers as written (communes, EPCI, EPT, départements, régions, QPV…).
    pub territoires: Vec<Territoire>,
    /// The document.
    pub doc: &'a Document,
}

/// The instruments of a portfolio, in document order.
pub fn instruments(pf: &Portefeuille) -> Vec<Instrument<'_>> {
    pf.documents
        .iter()
        .enumerate()
        .filter_map(|(index, doc)| {
            let kind = Dispositif::of(doc)?;
            let id = doc
                .ident()
                .map(str::to_string)
                .unwrap_or_else(|| format!("#{index}"));
            Some(Instrument {
                index,
                kind,
                id,
                territoires: territoires(doc),
                doc,
            })
        })
        .collect()
}

/// The territories of [`territoires`], added to `out`, borrowed from the document when it
/// writes them: the analyses of a national portfolio read 175,000 documents' territories.
pub(crate) fn territoires_lus<'a>(doc: &'a Document, out: &mut Vec<Cow<'a, Territoire>>) {
    match doc {
        Document::ContratLocalSante(d) => out.extend(d.perimetre.iter().map(Cow::Borrowed)),
        Document::ContratDeVille(d) => {
            out.extend(d.perimetre.iter().chain(&d.quartiers).map(Cow::Borrowed))
        }
        Document::AtelierSanteVille(d) => out.extend(d.territoires.iter().map(Cow::Borrowed)),
        Document::ConseilLocalSanteMentale(d) => {
            out.extend(d.perimetre.iter().map(Cow::Borrowed));
        }
        // Built from the département codes: owned.
        Document::ConseilTerritorialSante(_) => {
            out.extend(territoires(doc).into_iter().map(Cow::Owned));
        }
        _ => {}
    }
}

/// The territories a document covers.
pub fn territoires(doc: &Document) -> Vec<Territoire> {
    match doc {
        Document::ContratLocalSante(d) => d.perimetre.clone(),
        Document::ContratDeVille(d) => d.perimetre.iter().chain(&d.quartiers).cloned().collect(),
        Document::AtelierSanteVille(d) => d.territoires.clone(),
        Document::ConseilLocalSanteMentale(d) => d.perimetre.clone(),
        Document::ConseilTerritorialSante(d) => {
            let mut v: Vec<Territoire> = d
                .departements
                .iter()
                .map(|c| Territoire {
                    kind: TypeTerritoire::Departement,
                    code: Some(c.clone()),
                    nom: None,
                    membres: Vec::new(),
                })
                .collect();
            if let Some(t) = &d.territoire {
                if v.is_empty() || t.kind != TypeTerritoire::TerritoireDemocratieSanitaire {
                    v.push(t.clone());
                }
            }
            v
        }
        _ => Vec::new(),
    }
}

enum Word {
    /// Not started or stopped early: never in force.
    Exclut,
    /// Says in force (used when no date is known).
    Actif,
    /// Says nothing usable (`echu` is left to the dates: a 2015 contrat de ville marked
    /// expired in 2021-2023 is still in force by law).
    Neutre,
}

fn statut_word(doc: &Document) -> Option<Word> {
    Some(match doc {
        Document::ContratLocalSante(d) => match d.statut.as_ref()?.known()? {
            StatutCls::Prefiguration | StatutCls::Elaboration | StatutCls::Renouvele => {
                Word::Exclut
            }
            StatutCls::Signe | StatutCls::EnVigueur | StatutCls::Proroge | StatutCls::Evalue => {
                Word::Actif
            }
            StatutCls::Echu => Word::Neutre,
        },
        Document::ContratDeVille(d) => match d.statut.as_ref()?.known()? {
            StatutCv::EnNegociation => Word::Exclut,
            StatutCv::Signe | StatutCv::EnVigueur | StatutCv::Proroge => Word::Actif,
            StatutCv::Echu => Word::Neutre,
        },
        Document::AtelierSanteVille(d) => match d.statut.as_ref()?.known()? {
            StatutAsv::Prefiguration | StatutAsv::Suspendu | StatutAsv::Arrete => Word::Exclut,
            StatutAsv::Amorcage | StatutAsv::Operationnel => Word::Actif,
        },
        Document::ConseilLocalSanteMentale(d) => match d.statut.as_ref()?.known()? {
            StatutClsm::EnProjet => Word::Exclut,
            StatutClsm::Installe => Word::Actif,
        },
        Document::ConseilTerritorialSante(d) => match d.statut.as_ref()?.known()? {
            StatutCts::Constitue | StatutCts::Installe | StatutCts::Renouvele => Word::Actif,
        },
        _ => return None,
    })
}

/// (start, end) of an instrument at `as_of`, when known: the days each may be.
fn bornes(doc: &Document, as_of: Date) -> (Option<DayRange>, Option<DayRange>) {
    let (debut, fin) = match doc {
        Document::ContratLocalSante(d) => (
            d.periode.and_then(|p| p.debut).or(d.date_signature),
            lif::effective_end(doc, as_of),
        ),
        Document::ContratDeVille(d) => (
            d.periode.and_then(|p| p.debut).or(d.date_signature),
            lif::effective_end(doc, as_of),
        ),
        Document::AtelierSanteVille(d) => (d.date_creation, None),
        Document::ConseilLocalSanteMentale(d) => (d.date_installation, None),
        Document::ConseilTerritorialSante(d) => (
            d.mandat
                .and_then(|m| m.debut)
                .or(d.date_installation)
                .or(d.date_arrete),
            d.mandat.and_then(|m| m.fin).map(DayRange::from),
        ),
        _ => (None, None),
    };
    (debut.map(DayRange::from), fin)
}

/// Whether the document is in force at `as_of` (see the module's documentation).
pub fn en_vigueur(doc: &Document, as_of: Date) -> bool {
    let word = statut_word(doc);
    if matches!(word, Some(Word::Exclut)) {
        return false;
    }
    match bornes(doc, as_of) {
        (None, None) => matches!(word, Some(Word::Actif)),
        // In force only when certainly so on `as_of`.
        (debut, fin) => as_of.within(debut, fin).is_yes(),
    }
}
