//! Coverage per quartier prioritaire: for each QPV of the list in force at `as_of` (the 2024
//! list from 2024-01-01 in metropolitan France and 2025-01-01 overseas, see
//! [`crate::referentiel::BASCULE_QPV_2024`]), the instruments in force that cover it, the white
//! zones, and counts per département, région and for the whole territory.
//!
//! An instrument **covers** a QPV when it names the QPV itself, or when its perimeter (a
//! commune, an EPCI, a département…) contains at least one of the QPV's host communes. A QPV
//! named by an instrument covers no other QPV of the same commune.
//!
//! A QPV is **couvert** when a CLS, an ASV or a CLSM is in force on it, or a contrat de ville in
//! force on it has a volet santé: the health instruments of the politique de la ville. A QPV
//! that is not covered is a **zone blanche**.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use schemars::JsonSchema;
use serde::Serialize;

use super::couverture::{Instruments, Perimetre};
use super::dispositifs::{self, Dispositif};
use crate::date::Date;
use crate::error::Error;
use crate::model::{Document, Portefeuille, Territoire, TypeTerritoire};
use crate::referentiel::{Qpv, Referentiel};

/// Said when the référentiel holds no population for some QPV of the result.
pub const NOTE_POPULATION: &str = "population des QPV non chargée : la liste 2024 de l'ANCT n'en donne pas ; chargez le fichier INSEE pop_QPV24 (Referentiel.with_qpv_population) pour remplir la colonne";

/// One quartier of the territory.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, JsonSchema)]
pub struct LigneQuartier {
    /// QPV code (`QN09125M`).
    pub qpv: String,
    /// Name.
    pub nom: String,
    /// List (`2015`, `2024`).
    pub liste: String,
    /// Host communes (INSEE codes).
    pub communes: Vec<String>,
    /// EPCI of the host communes (SIREN).
    pub epci: Vec<String>,
    /// Département code.
    pub departement: String,
    /// Région code.
    pub region: String,
    /// Municipal population, when the référentiel holds it (`null` otherwise, see the note).
    pub population: Option<u64>,
    /// Instruments in force on it.
    #[serde(flatten)]
    pub instruments: Instruments,
    /// Contrats de ville in force on it that have a volet santé.
    pub volet_sante: Vec<String>,
    /// Whether a CLS, ASV, CLSM or volet santé is in force on it.
    pub couvert: bool,
}

/// Counts for one département, one région or the whole territory.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, JsonSchema)]
pub struct ResumeQuartiers {
    /// Code (`"total"` for the whole territory).
    pub code: String,
    /// Name.
    pub nom: String,
    /// QPV.
    pub qpv: u64,
    /// QPV covered.
    pub couverts: u64,
    /// QPV not covered (white zones).
    pub zones_blanches: u64,
    /// Population of the QPV whose population is known.
    pub population: u64,
    /// Population of the white-zone QPV whose population is known.
    pub population_zones_blanches: u64,
    /// QPV without a known population.
    pub population_inconnue: u64,
    /// QPV per kind of instrument.
    pub par_dispositif: BTreeMap<Dispositif, u64>,
    /// QPV with a volet santé in force.
    pub volet_sante: u64,
}

impl ResumeQuartiers {
    fn add(&mut self, l: &LigneQuartier) {
        self.qpv += 1;
        match l.population {
            Some(p) => {
                self.population += p;
                if !l.couvert {
                    self.population_zones_blanches += p;
                }
            }
            None => self.population_inconnue += 1,
        }
        if l.couvert {
            self.couverts += 1;
        } else {
            self.zones_blanches += 1;
        }
        for k in Dispositif::ALL {
            let n = self.par_dispositif.entry(k).or_default();
            if !l.instruments.get(k).is_empty() {
                *n += 1;
            }
        }
        if !l.volet_sante.is_empty() {
            self.volet_sante += 1;
        }
    }
}

/// The coverage of the quartiers of a territory.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct CouvertureQuartiers {
    /// Date of the analysis.
    pub as_of: Date,
    /// The territory (`fr` when national).
    pub territoire: String,
    /// Référentiel vintage.
    pub referentiel: String,
    /// Lists in force at `as_of` for the quartiers shown (`2015`, `2024`).
    pub listes: Vec<String>,
    /// Instruments in force at `as_of`.
    pub instruments_en_vigueur: usize,
    /// Instruments of the portfolio not in force at `as_of`.
    pub instruments_hors_vigueur: usize,
    /// Said when some QPV have no population.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// One row per QPV, in code order.
    pub quartiers: Vec<LigneQuartier>,
    /// One summary per département, in code order.
    pub departements: Vec<ResumeQuartiers>,
    /// One summary per région, in code order.
    pub regions: Vec<ResumeQuartiers>,
    /// The whole territory.
    pub total: ResumeQuartiers,
}

/// The coverage of the QPV in force at `as_of` in `perimetre` (`None`: every QPV in force, the
/// whole country) by the portfolio's instruments in force at `as_of`.
pub fn couverture_quartiers(
    pf: &Portefeuille,
    r: &Referentiel,
    perimetre: Option<&Perimetre>,
    as_of: Date,
) -> Result<CouvertureQuartiers, Error> {
    // The host communes (communes actuelles) of a QPV.
    let hotes = |q: &Qpv| -> Vec<&str> {
        let t = Territoire {
            kind: TypeTerritoire::Qpv,
            code: Some(q.code.clone()),
            nom: None,
            membres: Vec::new(),
        };
        r.communes_of(&t)
            .map(|v| v.into_iter().map(|c| c.code.as_str()).collect())
            .unwrap_or_default()
    };
    let (cibles, territoire): (Vec<(&Qpv, Vec<&str>)>, String) = match perimetre {
        None | Some(Perimetre::France) => (
            r.qpvs_en_vigueur(as_of)
                .into_iter()
                .map(|q| (q, hotes(q)))
                .collect(),
            "fr".to_string(),
        ),
        Some(p) => {
            let communes: HashSet<&str> = p
                .communes(r)?
                .into_iter()
                .map(|c| c.code.as_str())
                .collect();
            let v = r
                .qpvs_en_vigueur(as_of)
                .into_iter()
                .map(|q| (q, hotes(q)))
                .filter(|(_, h)| h.iter().any(|c| communes.contains(c)))
                .collect();
            (v, p.to_string())
        }
    };
    // Only the host communes of the quartiers shown are recorded: a CTS or a département-wide
    // instrument would otherwise record every commune of its territory.
    let garder: HashSet<&str> = cibles.iter().flat_map(|(_, h)| h.iter().copied()).collect();
    // Instruments in force: which QPV they name and which host communes their other
    // territories cover.
    let mut par_commune: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut par_qpv: HashMap<String, Vec<usize>> = HashMap::new();
    let mut en_vigueur = Vec::new();
    let mut hors_vigueur = 0;
    // Each EPCI, département… is expanded once however many instruments name it.
    let mut cache: HashMap<(TypeTerritoire, String), Vec<&str>> = HashMap::new();
    let mut lus = Vec::new();
    for (index, doc) in pf.documents.iter().enumerate() {
        let Some(kind) = Dispositif::of(doc) else {
            continue;
        };
        if !dispositifs::en_vigueur(doc, as_of) {
            hors_vigueur += 1;
            continue;
        }
        let n = en_vigueur.len();
        lus.clear();
        dispositifs::territoires_lus(doc, &mut lus);
        for t in &lus {
            let Some(code) = &t.code else { continue };
            if t.kind == TypeTerritoire::Qpv {
                par_qpv.entry(code.clone()).or_default().push(n);
                continue;
            }
            let list = cache.entry((t.kind, code.clone())).or_insert_with(|| {
                r.communes_of(t.as_ref())
                    .map(|v| {
                        v.into_iter()
                            .map(|c| c.code.as_str())
                            .filter(|c| garder.contains(c))
                            .collect()
                    })
                    .unwrap_or_default()
            });
            for c in list.iter() {
                let v = par_commune.entry(c).or_default();
                if v.last() != Some(&n) {
                    v.push(n);
                }
            }
        }
        let volet = matches!(doc, Document::ContratDeVille(cv) if cv.volet_sante.is_some());
        // As `dispositifs::instruments` names it, shared by every quartier it covers.
        let id: std::sync::Arc<str> = match doc.ident() {
            Some(id) => id.into(),
            None => format!("#{index}").into(),
        };
        en_vigueur.push((kind, id, volet));
    }
    let mut quartiers = Vec::with_capacity(cibles.len());
    for (q, h) in cibles {
        let mut idx: BTreeSet<usize> = par_qpv
            .get(&q.code)
            .into_iter()
            .flatten()
            .copied()
            .collect();
        for c in h {
            idx.extend(par_commune.get(c).into_iter().flatten().copied());
        }
        let mut ins = Instruments::default();
        let mut volet_sante = Vec::new();
        for i in idx {
            if let Some((kind, id, volet)) = en_vigueur.get(i) {
                ins.merge_shared(*kind, id);
                if *volet {
                    volet_sante.push(id.to_string());
                }
            }
        }
        volet_sante.sort();
        volet_sante.dedup();
        let couvert = ins.couvre() || !volet_sante.is_empty();
        quartiers.push(LigneQuartier {
            qpv: q.code.clone(),
            nom: q.nom.clone(),
            liste: q.generation.label().to_string(),
            communes: q.communes.clone(),
            epci: q.epci.clone(),
            departement: q.departement.clone(),
            region: q.region.clone(),
            population: q.population,
            instruments: ins,
            volet_sante,
            couvert,
        });
    }
    let mut deps: BTreeMap<String, ResumeQuartiers> = BTreeMap::new();
    let mut regs: BTreeMap<String, ResumeQuartiers> = BTreeMap::new();
    let mut total = ResumeQuartiers {
        code: "total".into(),
        nom: territoire.clone(),
        ..ResumeQuartiers::default()
    };
    let mut listes: BTreeSet<String> = BTreeSet::new();
    for l in &quartiers {
        deps.entry(l.departement.clone())
            .or_insert_with(|| ResumeQuartiers {
                code: l.departement.clone(),
                nom: r
                    .departement(&l.departement)
                    .map(|d| d.nom.clone())
                    .unwrap_or_default(),
                ..ResumeQuartiers::default()
            })
            .add(l);
        regs.entry(l.region.clone())
            .or_insert_with(|| ResumeQuartiers {
                code: l.region.clone(),
                nom: r
                    .region(&l.region)
                    .map(|d| d.nom.clone())
                    .unwrap_or_default(),
                ..ResumeQuartiers::default()
            })
            .add(l);
        total.add(l);
        listes.insert(l.liste.clone());
    }
    Ok(CouvertureQuartiers {
        as_of,
        territoire,
        referentiel: r.vintage.clone(),
        listes: listes.into_iter().collect(),
        instruments_en_vigueur: en_vigueur.len(),
        instruments_hors_vigueur: hors_vigueur,
        note: (total.population_inconnue > 0).then(|| NOTE_POPULATION.to_string()),
        quartiers,
        departements: deps.into_values().collect(),
        regions: regs.into_values().collect(),
        total,
    })
}
