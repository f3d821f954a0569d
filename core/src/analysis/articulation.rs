//! The articulation matrix: per commune (and per QPV named by the documents), which CLS,
//! contrat de ville, ASV, CLSM and CTS in force apply, with the inconsistencies the validator
//! finds between documents attached to the rows of the documents they concern.
//!
//! Attached by default: the diagnostics of the families `ART` (articulation), `PAR-001`
//! (conseils citoyens of the QPV) and every diagnostic of category `conflict`, whatever the rule
//! that emits it; with `tous_diagnostics`, every diagnostic located in a document.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use schemars::JsonSchema;
use serde::Serialize;

use super::couverture::{indexer, ligne, FnvSet, Instruments, Perimetre};
use super::dispositifs::Dispositif;
use crate::date::Date;
use crate::error::Error;
use crate::model::Portefeuille;
use crate::referentiel::{Commune, Referentiel};
use crate::report::{Category, Diagnostic, Severity};

/// A diagnostic attached to the matrix.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Incoherence {
    /// Rule code.
    pub code: String,
    /// Severity.
    pub severity: Severity,
    /// Identifier of the document concerned.
    pub document: String,
    /// JSON Pointer in the portfolio.
    pub path: String,
    /// Message.
    pub message: String,
}

/// One row of the matrix.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct LigneArticulation {
    /// `commune` or `qpv`.
    pub niveau: &'static str,
    /// INSEE code or QPV code.
    pub code: String,
    /// Name.
    pub nom: String,
    /// Département (communes).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub departement: Option<String>,
    /// Instruments in force on it.
    #[serde(flatten)]
    pub instruments: Instruments,
    /// Indexes into [`Articulation::incoherences`] of the findings on its documents.
    pub incoherences: Vec<usize>,
    /// Signals read from the matrix itself: `plusieurs_cls` (two CLS in force on one commune),
    /// `asv_sans_contrat_de_ville`, `clsm_sans_cls`.
    pub signaux: Vec<&'static str>,
}

/// The articulation matrix.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Articulation {
    /// Date of the analysis.
    pub as_of: Date,
    /// Territory (`portefeuille` when none was given).
    pub territoire: String,
    /// The rows: communes in code order, then QPV in code order.
    pub lignes: Vec<LigneArticulation>,
    /// The findings attached, in report order.
    pub incoherences: Vec<Incoherence>,
}

/// Whether a diagnostic is a cross-document one.
pub fn entre_documents(d: &Diagnostic) -> bool {
    d.category == Category::Conflict || d.code.starts_with("ART-") || d.code == "PAR-001"
}

/// The index of the portfolio document a path points into (`/documents/3/…` → 3).
pub fn document_index(path: &str) -> Option<usize> {
    let rest = path.strip_prefix("/documents/")?;
    rest.split('/').next()?.parse().ok()
}

/// Builds the matrix. `diagnostics` are those of the validation of `pf` (paths
/// `/documents/i/…` indexing `pf.documents`).
pub fn articulation(
    pf: &Portefeuille,
    r: &Referentiel,
    perimetre: Option<&Perimetre>,
    as_of: Date,
    diagnostics: &[Diagnostic],
    tous_diagnostics: bool,
) -> Result<Articulation, Error> {
    let cibles: Option<Vec<&Commune>> = match perimetre {
        Some(p) => Some(p.communes(r)?),
        None => None,
    };
    let garder: Option<FnvSet<&str>> = cibles
        .as_ref()
        .map(|v| v.iter().map(|c| c.code.as_str()).collect());
    let mut index = indexer(pf, r, as_of, garder.as_ref());

    // Findings per document index.
    let ids: BTreeMap<usize, String> = index
        .en_vigueur
        .iter()
        .zip(&index.ids)
        .map(|(i, id)| (i.index, id.to_string()))
        .collect();
    let mut incoherences = Vec::new();
    let mut par_doc: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for d in diagnostics {
        if !(tous_diagnostics || entre_documents(d)) {
            continue;
        }
        let Some(i) = document_index(&d.path) else {
            continue;
        };
        let document = ids.get(&i).cloned().unwrap_or_else(|| {
            pf.documents
                .get(i)
                .and_then(|x| x.ident())
                .map_or_else(|| format!("#{i}"), str::to_string)
        });
        par_doc.entry(i).or_default().push(incoherences.len());
        incoherences.push(Incoherence {
            code: d.code.to_string(),
            severity: d.severity,
            document,
            path: d.path.clone(),
            message: d.message.clone(),
        });
    }
    // Document id → its findings; commune → documents covering it.
    let by_id: BTreeMap<&str, &[usize]> = index
        .en_vigueur
        .iter()
        .zip(&index.ids)
        .filter_map(|(i, id)| par_doc.get(&i.index).map(|v| (&**id, v.as_slice())))
        .collect();
    let findings_of = |ins: &Instruments| -> Vec<usize> {
        let mut v: Vec<usize> = Dispositif::ALL
            .iter()
            .flat_map(|k| ins.get(*k).iter())
            .filter_map(|id| by_id.get(&**id))
            .flat_map(|s| s.iter().copied())
            .collect();
        v.sort_unstable();
        v.dedup();
        v
    };
    let signaux = |ins: &Instruments| -> Vec<&'static str> {
        let mut s = Vec::new();
        if ins.cls.len() > 1 {
            s.push("plusieurs_cls");
        }
        if !ins.asv.is_empty() && ins.contrat_de_ville.is_empty() {
            s.push("asv_sans_contrat_de_ville");
        }
        if !ins.clsm.is_empty() && ins.cls.is_empty() {
            s.push("clsm_sans_cls");
        }
        s
    };

    let communes: Vec<&Commune> = match cibles {
        Some(v) => v,
        None => {
            let mut v: Vec<&Commune> = index.communes().filter_map(|c| r.commune(c)).collect();
            crate::referentiel::sort_by_code(&mut v, |c| &c.code);
            v
        }
    };
    let mut lignes = Vec::new();
    let mut qpv_locales: HashSet<String> = HashSet::new();
    for c in communes {
        let ins = index.instruments(&c.code);
        let l = ligne(c, r, ins, as_of);
        qpv_locales.extend(l.qpv.iter().cloned());
        lignes.push(LigneArticulation {
            niveau: "commune",
            incoherences: findings_of(&l.instruments),
            signaux: signaux(&l.instruments),
            code: l.commune,
            nom: l.nom,
            departement: Some(l.departement),
            instruments: l.instruments,
        });
    }
    let qpv_seulement: HashSet<&str> = index
        .en_vigueur
        .iter()
        .zip(&index.ids)
        .filter(|(i, _)| i.qpv_seulement)
        .map(|(_, id)| &**id)
        .collect();
    // QPV rows: those the documents name and those the référentiel places in the communes;
    // each gets the instruments naming it and those covering its host communes.
    let mut qpv: BTreeSet<String> = qpv_locales.into_iter().collect();
    qpv.extend(
        index
            .par_qpv
            .keys()
            .filter(|c| garder.is_none() || r.qpv(c).is_none())
            .cloned(),
    );
    for code in qpv {
        let reference = r.qpv(&code);
        if let (Some(g), Some(q)) = (garder.as_ref(), reference) {
            // Outside the territory.
            if !q.communes.iter().any(|c| g.contains(c.as_str())) {
                continue;
            }
        }
        let (nom, mut ins) = index.par_qpv.remove(&code).unwrap_or_default();
        if let Some(q) = reference {
            for c in &q.communes {
                let mut host = index.instruments(c);
                // An instrument on other QPV of the same commune does not cover this one.
                host.retain(|id| !qpv_seulement.contains(id));
                ins.merge(host);
            }
        }
        lignes.push(LigneArticulation {
            niveau: "qpv",
            incoherences: findings_of(&ins),
            signaux: signaux(&ins),
            nom: reference.map(|q| q.nom.clone()).or(nom).unwrap_or_default(),
            departement: reference.map(|q| q.departement.clone()),
            code,
            instruments: ins,
        });
    }
    Ok(Articulation {
        as_of,
        territoire: perimetre.map_or_else(|| "portefeuille".to_string(), |p| p.to_string()),
        lignes,
        incoherences,
    })
}
