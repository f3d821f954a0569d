//! Coverage of a territory by the instruments of a portfolio in force at a date: which
//! communes (and their QPV, when the référentiel knows them) are covered by which CLS,
//! contrat de ville, ASV, CLSM and CTS, the population covered, and the white zones.
//!
//! A commune is **covered** when at least one local health instrument — CLS, ASV or CLSM — is
//! in force on it. Contrats de ville and CTS are shown in their columns but do not count: a
//! contrat de ville is not a health instrument by itself, and every commune lies in some CTS's
//! territoire de démocratie sanitaire, so counting it would leave no white zone at all.
//! A **white zone** is a commune of the territory that is not covered.

use std::collections::{BTreeMap, HashMap, HashSet};

use schemars::JsonSchema;
use serde::Serialize;

use super::dispositifs::{self, Dispositif, Instrument};
use crate::date::Date;
use crate::error::Error;
use crate::model::{Portefeuille, Territoire, TypeTerritoire};
use crate::referentiel::{Commune, Referentiel};

/// The kinds whose presence makes a commune covered.
pub const DISPOSITIFS_COUVRANTS: [Dispositif; 3] =
    [Dispositif::Cls, Dispositif::Asv, Dispositif::Clsm];

/// A territory to analyse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Perimetre {
    /// Every commune actuelle of the référentiel (`fr`).
    France,
    /// A département (`dep:59`).
    Departement(String),
    /// A région (`reg:32`).
    Region(String),
    /// An EPCI (`epci:200093201`).
    Epci(String),
    /// An EPT of the Métropole du Grand Paris (`ept:200057867`).
    Ept(String),
    /// A list of communes (`communes:59350,59009`).
    Communes(Vec<String>),
}

impl std::str::FromStr for Perimetre {
    type Err = Error;
    fn from_str(s: &str) -> Result<Perimetre, Error> {
        let bad = |reason: &str| Error::Option {
            option: "territoire".into(),
            reason: format!("« {} » : {reason}", s.chars().take(60).collect::<String>()),
        };
        if matches!(s.trim(), "fr" | "france") {
            return Ok(Perimetre::France);
        }
        let (kind, code) = s.split_once(':').ok_or_else(|| {
            bad("forme attendue fr, dep:59, reg:32, epci:SIREN, ept:SIREN ou communes:CODE,CODE")
        })?;
        let code = code.trim();
        if code.is_empty() {
            return Err(bad("code manquant"));
        }
        Ok(match kind.trim() {
            "dep" | "departement" => Perimetre::Departement(code.to_string()),
            "reg" | "region" => Perimetre::Region(code.to_string()),
            "epci" => Perimetre::Epci(code.to_string()),
            "ept" => Perimetre::Ept(code.to_string()),
            "communes" | "commune" => Perimetre::Communes(
                code.split(',')
                    .map(str::trim)
                    .filter(|c| !c.is_empty())
                    .map(str::to_string)
                    .collect(),
            ),
            _ => return Err(bad("type inconnu (dep, reg, epci, ept, communes)")),
        })
    }
}

impl std::fmt::Display for Perimetre {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Perimetre::France => write!(f, "fr"),
            Perimetre::Departement(c) => write!(f, "dep:{c}"),
            Perimetre::Region(c) => write!(f, "reg:{c}"),
            Perimetre::Epci(c) => write!(f, "epci:{c}"),
            Perimetre::Ept(c) => write!(f, "ept:{c}"),
            Perimetre::Communes(v) => write!(f, "communes:{}", v.join(",")),
        }
    }
}

impl Perimetre {
    /// The communes actuelles of the territory, in code order; an unknown code is an error.
    pub fn communes<'r>(&self, r: &'r Referentiel) -> Result<Vec<&'r Commune>, Error> {
        let t = |kind: TypeTerritoire, code: &str| Territoire {
            kind,
            code: Some(code.to_string()),
            nom: None,
            membres: Vec::new(),
        };
        let unknown = || {
            Error::Analysis(format!(
                "territoire inconnu du référentiel {} : {self}",
                r.vintage
            ))
        };
        let mut v = match self {
            Perimetre::France => Some(
                r.communes()
                    .filter(|c| c.kind == crate::referentiel::TypeCommune::Actuelle)
                    .collect(),
            ),
            Perimetre::Departement(c) => r.communes_of(&t(TypeTerritoire::Departement, c)),
            Perimetre::Region(c) => r.communes_of(&t(TypeTerritoire::Region, c)),
            Perimetre::Epci(c) => r.communes_of(&t(TypeTerritoire::Epci, c)),
            Perimetre::Ept(c) => r.communes_of(&t(TypeTerritoire::Ept, c)),
            Perimetre::Communes(list) => {
                let mut out = Vec::new();
                for c in list {
                    match r.communes_of(&t(TypeTerritoire::Commune, c)) {
                        Some(x) => out.extend(x),
                        None => {
                            return Err(Error::Analysis(format!(
                                "commune inconnue du référentiel {} : {}",
                                r.vintage,
                                c.chars().take(20).collect::<String>()
                            )))
                        }
                    }
                }
                Some(out)
            }
        }
        .ok_or_else(unknown)?;
        crate::referentiel::sort_by_code(&mut v, |c| &c.code);
        v.dedup_by(|a, b| a.code == b.code);
        Ok(v)
    }
}

/// The instruments of each kind on one commune (identifiers, sorted).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Instruments {
    /// CLS.
    pub cls: Vec<String>,
    /// Contrats de ville.
    pub contrat_de_ville: Vec<String>,
    /// ASV.
    pub asv: Vec<String>,
    /// CLSM.
    pub clsm: Vec<String>,
    /// CTS.
    pub cts: Vec<String>,
}

impl Instruments {
    /// The column of `kind`.
    pub fn get(&self, kind: Dispositif) -> &[String] {
        match kind {
            Dispositif::Cls => &self.cls,
            Dispositif::ContratDeVille => &self.contrat_de_ville,
            Dispositif::Asv => &self.asv,
            Dispositif::Clsm => &self.clsm,
            Dispositif::Cts => &self.cts,
        }
    }
    fn get_mut(&mut self, kind: Dispositif) -> &mut Vec<String> {
        match kind {
            Dispositif::Cls => &mut self.cls,
            Dispositif::ContratDeVille => &mut self.contrat_de_ville,
            Dispositif::Asv => &mut self.asv,
            Dispositif::Clsm => &mut self.clsm,
            Dispositif::Cts => &mut self.cts,
        }
    }
    /// Adds the instruments of `other`.
    pub fn merge(&mut self, other: Instruments) {
        for k in Dispositif::ALL {
            self.get_mut(k).extend(other.get(k).iter().cloned());
        }
        self.finish();
    }
    /// Adds one identifier to the column of `kind`, keeping the column sorted and unique.
    pub fn merge_one(&mut self, kind: Dispositif, id: &str) {
        let v = self.get_mut(kind);
        if let Err(at) = v.binary_search_by(|x| x.as_str().cmp(id)) {
            v.insert(at, id.to_string());
        }
    }
    /// Keeps the identifiers for which `keep` holds.
    pub fn retain(&mut self, mut keep: impl FnMut(&str) -> bool) {
        for k in Dispositif::ALL {
            self.get_mut(k).retain(|x| keep(x));
        }
    }
    fn finish(&mut self) {
        for k in Dispositif::ALL {
            let v = self.get_mut(k);
            v.sort();
            v.dedup();
        }
    }
    /// Whether a covering kind is present.
    pub fn couvre(&self) -> bool {
        DISPOSITIFS_COUVRANTS
            .iter()
            .any(|k| !self.get(*k).is_empty())
    }
}

/// One commune of the territory.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct LigneCommune {
    /// INSEE code.
    pub commune: String,
    /// Name.
    pub nom: String,
    /// Département code.
    pub departement: String,
    /// EPCI SIREN.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub epci: Option<String>,
    /// Legal population (0 when unknown).
    pub population: u64,
    /// QPV it hosts, when the référentiel knows them.
    pub qpv: Vec<String>,
    /// Instruments in force on it.
    #[serde(flatten)]
    pub instruments: Instruments,
    /// Whether a CLS, ASV or CLSM is in force on it.
    pub couverte: bool,
}

/// Counts for one kind of instrument.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Compte {
    /// Communes.
    pub communes: u64,
    /// Population.
    pub population: u64,
}

/// Summary of one département (or of the whole territory).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Resume {
    /// Département code (`"total"` for the whole territory).
    pub departement: String,
    /// Département name.
    pub nom: String,
    /// Communes of the territory in it.
    pub communes: u64,
    /// Their population.
    pub population: u64,
    /// Communes covered (CLS, ASV or CLSM).
    pub communes_couvertes: u64,
    /// Population covered.
    pub population_couverte: u64,
    /// White-zone communes (not covered).
    pub zones_blanches: u64,
    /// Population of the white zones.
    pub population_zones_blanches: u64,
    /// Per kind of instrument.
    pub par_dispositif: BTreeMap<Dispositif, Compte>,
}

impl Resume {
    fn add(&mut self, l: &LigneCommune) {
        // Saturating: a référentiel with absurd populations must not wrap a total below its
        // parts (the loaders refuse populations above a billion, so this never saturates).
        let add = |x: &mut u64, n: u64| *x = x.saturating_add(n);
        add(&mut self.communes, 1);
        add(&mut self.population, l.population);
        if l.couverte {
            add(&mut self.communes_couvertes, 1);
            add(&mut self.population_couverte, l.population);
        } else {
            add(&mut self.zones_blanches, 1);
            add(&mut self.population_zones_blanches, l.population);
        }
        for k in Dispositif::ALL {
            let c = self.par_dispositif.entry(k).or_default();
            if !l.instruments.get(k).is_empty() {
                add(&mut c.communes, 1);
                add(&mut c.population, l.population);
            }
        }
    }
    /// Share of the population covered, in % (0 for an empty territory).
    pub fn taux_population_couverte(&self) -> f64 {
        if self.population == 0 {
            0.0
        } else {
            // Populations are far below 2^52: the conversion is exact.
            #[allow(clippy::cast_precision_loss)]
            let r = self.population_couverte as f64 * 100.0 / self.population as f64;
            r
        }
    }
}

/// The coverage of a territory.
#[derive(Debug, Clone, PartialEq, Serialize, JsonSchema)]
pub struct Couverture {
    /// Date of the analysis.
    pub as_of: Date,
    /// The territory (`dep:59`…, or `portefeuille` for every commune the instruments cover).
    pub territoire: String,
    /// Référentiel vintage.
    pub referentiel: String,
    /// Instruments in force at `as_of`.
    pub instruments_en_vigueur: usize,
    /// Instruments of the portfolio not in force at `as_of`.
    pub instruments_hors_vigueur: usize,
    /// Instruments in force with a territory the référentiel cannot place (identifiers).
    pub non_localises: Vec<String>,
    /// One row per commune, in code order.
    pub communes: Vec<LigneCommune>,
    /// One summary per département, in code order.
    pub departements: Vec<Resume>,
    /// The whole territory.
    pub total: Resume,
}

/// Where each instrument in force lies.
pub(crate) struct Index<'p, 'r> {
    /// Commune code → indexes into `en_vigueur`.
    par_commune: HashMap<&'r str, Vec<u32>>,
    /// QPV code → (name as written, instruments naming it directly).
    pub(crate) par_qpv: BTreeMap<String, (Option<String>, Instruments)>,
    pub(crate) en_vigueur: Vec<Instrument<'p>>,
    pub(crate) hors_vigueur: usize,
    pub(crate) non_localises: Vec<String>,
}

impl Index<'_, '_> {
    /// The instruments in force on a commune.
    pub(crate) fn instruments(&self, commune: &str) -> Instruments {
        let mut out = Instruments::default();
        for i in self.par_commune.get(commune).into_iter().flatten() {
            if let Some(ins) = usize::try_from(*i)
                .ok()
                .and_then(|i| self.en_vigueur.get(i))
            {
                out.get_mut(ins.kind).push(ins.id.clone());
            }
        }
        out.finish();
        out
    }
    /// The communes covered by at least one instrument in force.
    pub(crate) fn communes(&self) -> impl Iterator<Item = &str> {
        self.par_commune.keys().copied()
    }
}

/// Locates the instruments in force. `garder` restricts the communes recorded.
pub(crate) fn indexer<'p, 'r>(
    pf: &'p Portefeuille,
    r: &'r Referentiel,
    as_of: Date,
    garder: Option<&HashSet<&str>>,
) -> Index<'p, 'r> {
    let mut par_commune: HashMap<&'r str, Vec<u32>> = HashMap::new();
    let mut par_qpv: BTreeMap<String, (Option<String>, Instruments)> = BTreeMap::new();
    let mut en_vigueur = Vec::new();
    let mut hors_vigueur = 0;
    let mut non_localises = Vec::new();
    // The same EPCI or département is expanded once however many instruments name it.
    let mut cache: HashMap<(TypeTerritoire, String), Option<Vec<&'r str>>> = HashMap::new();
    let mut codes: Vec<&'r str> = Vec::new();
    for ins in dispositifs::instruments(pf) {
        if !dispositifs::en_vigueur(ins.doc, as_of) {
            hors_vigueur += 1;
            continue;
        }
        let n = u32::try_from(en_vigueur.len()).unwrap_or(u32::MAX);
        codes.clear();
        let mut located = false;
        for t in &ins.territoires {
            let Some(code) = &t.code else { continue };
            if t.kind == TypeTerritoire::Qpv {
                let e = par_qpv
                    .entry(code.clone())
                    .or_insert_with(|| (t.nom.clone(), Instruments::default()));
                e.1.get_mut(ins.kind).push(ins.id.clone());
            }
            let expanded = cache.entry((t.kind, code.clone())).or_insert_with(|| {
                r.communes_of(t)
                    .map(|v| v.into_iter().map(|c| c.code.as_str()).collect())
            });
            if let Some(list) = expanded {
                located = true;
                codes.extend(list.iter().copied());
            }
        }
        if !located {
            non_localises.push(ins.id.clone());
        }
        codes.sort_unstable();
        codes.dedup();
        for c in &codes {
            if garder.is_some_and(|g| !g.contains(c)) {
                continue;
            }
            par_commune.entry(c).or_default().push(n);
        }
        en_vigueur.push(ins);
    }
    for v in par_qpv.values_mut() {
        v.1.finish();
    }
    non_localises.sort();
    Index {
        par_commune,
        par_qpv,
        en_vigueur,
        hors_vigueur,
        non_localises,
    }
}

/// A commune's row; its QPV are those of the lists in force at `as_of`.
pub(crate) fn ligne(
    c: &Commune,
    r: &Referentiel,
    instruments: Instruments,
    as_of: Date,
) -> LigneCommune {
    LigneCommune {
        commune: c.code.clone(),
        nom: c.nom.clone(),
        departement: c.departement.clone(),
        epci: c.epci.clone(),
        population: c.population.unwrap_or(0),
        qpv: r
            .qpv_of_commune(&c.code)
            .into_iter()
            .filter(|q| r.qpv_en_vigueur(q, as_of))
            .map(|q| q.code.clone())
            .collect(),
        couverte: instruments.couvre(),
        instruments,
    }
}

/// The coverage of `perimetre` (or, when `None`, of every commune the instruments in force
/// cover) by the portfolio's instruments in force at `as_of`.
pub fn couverture(
    pf: &Portefeuille,
    r: &Referentiel,
    perimetre: Option<&Perimetre>,
    as_of: Date,
) -> Result<Couverture, Error> {
    let (cibles, territoire): (Option<Vec<&Commune>>, String) = match perimetre {
        Some(p) => (Some(p.communes(r)?), p.to_string()),
        None => (None, "portefeuille".to_string()),
    };
    let garder: Option<HashSet<&str>> = cibles
        .as_ref()
        .map(|v| v.iter().map(|c| c.code.as_str()).collect());
    let index = indexer(pf, r, as_of, garder.as_ref());
    let cibles: Vec<&Commune> = match cibles {
        Some(v) => v,
        None => {
            let mut v: Vec<&Commune> = index.communes().filter_map(|c| r.commune(c)).collect();
            crate::referentiel::sort_by_code(&mut v, |c| &c.code);
            v
        }
    };
    let communes: Vec<LigneCommune> = cibles
        .into_iter()
        .map(|c| {
            let ins = index.instruments(&c.code);
            ligne(c, r, ins, as_of)
        })
        .collect();
    let mut deps: BTreeMap<String, Resume> = BTreeMap::new();
    let mut total = Resume {
        departement: "total".into(),
        nom: territoire.clone(),
        ..Resume::default()
    };
    for l in &communes {
        let d = deps.entry(l.departement.clone()).or_insert_with(|| Resume {
            departement: l.departement.clone(),
            nom: r
                .departement(&l.departement)
                .map(|d| d.nom.clone())
                .unwrap_or_default(),
            ..Resume::default()
        });
        d.add(l);
        total.add(l);
    }
    Ok(Couverture {
        as_of,
        territoire,
        referentiel: r.vintage.clone(),
        instruments_en_vigueur: index.en_vigueur.len(),
        instruments_hors_vigueur: index.hors_vigueur,
        non_localises: index.non_localises,
        communes,
        departements: deps.into_values().collect(),
        total,
    })
}
