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
use std::sync::Arc;

use schemars::JsonSchema;
use serde::Serialize;

use super::dispositifs::{self, Dispositif};
use crate::date::Date;
use crate::error::Error;
use crate::model::{Portefeuille, Territoire, TypeTerritoire};
use crate::referentiel::{Commune, FnvBuild, Referentiel};

/// A map or set keyed by official codes (short, trusted: no need for a keyed hash).
type FnvMap<K, V> = HashMap<K, V, FnvBuild>;
pub(crate) type FnvSet<K> = HashSet<K, FnvBuild>;

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

/// The instruments of each kind on one commune (identifiers, sorted). The identifiers are
/// shared with the other rows naming the same instrument: a national portfolio puts the same
/// instruments on thousands of communes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, JsonSchema)]
pub struct Instruments {
    /// CLS.
    pub cls: Vec<Arc<str>>,
    /// Contrats de ville.
    pub contrat_de_ville: Vec<Arc<str>>,
    /// ASV.
    pub asv: Vec<Arc<str>>,
    /// CLSM.
    pub clsm: Vec<Arc<str>>,
    /// CTS.
    pub cts: Vec<Arc<str>>,
}

impl Instruments {
    /// The column of `kind`.
    pub fn get(&self, kind: Dispositif) -> &[Arc<str>] {
        match kind {
            Dispositif::Cls => &self.cls,
            Dispositif::ContratDeVille => &self.contrat_de_ville,
            Dispositif::Asv => &self.asv,
            Dispositif::Clsm => &self.clsm,
            Dispositif::Cts => &self.cts,
        }
    }
    fn get_mut(&mut self, kind: Dispositif) -> &mut Vec<Arc<str>> {
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
        if let Err(at) = v.binary_search_by(|x| (**x).cmp(id)) {
            v.insert(at, Arc::from(id));
        }
    }
    /// [`Instruments::merge_one`] with an identifier already shared.
    pub(crate) fn merge_shared(&mut self, kind: Dispositif, id: &Arc<str>) {
        let v = self.get_mut(kind);
        if let Err(at) = v.binary_search_by(|x| (**x).cmp(id)) {
            v.insert(at, Arc::clone(id));
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

/// A [`Resume`] being summed, its counts per kind in column order ([`Dispositif::ALL`]): an
/// array rather than the map's five look-ups per commune.
struct Somme {
    resume: Resume,
    par_dispositif: [Compte; 5],
}

impl Somme {
    fn new(departement: String, nom: String) -> Somme {
        Somme {
            resume: Resume {
                departement,
                nom,
                ..Resume::default()
            },
            par_dispositif: [Compte::default(); 5],
        }
    }
    fn add(&mut self, l: &LigneCommune) {
        // Saturating: a référentiel with absurd populations must not wrap a total below its
        // parts (the loaders refuse populations above a billion, so this never saturates).
        let add = |x: &mut u64, n: u64| *x = x.saturating_add(n);
        let s = &mut self.resume;
        add(&mut s.communes, 1);
        add(&mut s.population, l.population);
        if l.couverte {
            add(&mut s.communes_couvertes, 1);
            add(&mut s.population_couverte, l.population);
        } else {
            add(&mut s.zones_blanches, 1);
            add(&mut s.population_zones_blanches, l.population);
        }
        for (k, c) in Dispositif::ALL.iter().zip(self.par_dispositif.iter_mut()) {
            if !l.instruments.get(*k).is_empty() {
                add(&mut c.communes, 1);
                add(&mut c.population, l.population);
            }
        }
    }
    fn finish(self) -> Resume {
        let mut r = self.resume;
        // Every kind is listed once a commune has been counted, none before.
        if r.communes > 0 {
            r.par_dispositif = Dispositif::ALL
                .into_iter()
                .zip(self.par_dispositif)
                .collect();
        }
        r
    }
}

impl Resume {
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

/// An instrument in force, as the index keeps it (its identifier is in [`Index::ids`]).
pub(crate) struct EnVigueur {
    /// Index of the document in the portfolio.
    pub(crate) index: usize,
    pub(crate) kind: Dispositif,
    /// Whether all its territories (at least one) are QPV.
    pub(crate) qpv_seulement: bool,
}

/// Where each instrument in force lies.
pub(crate) struct Index<'r> {
    /// Commune code → its number, the position of its instruments in `debuts`.
    numeros: FnvMap<&'r str, u32>,
    /// The codes of the numbered communes.
    codes: Vec<&'r str>,
    /// Commune number `n` has the instruments `par_commune[debuts[n]..debuts[n + 1]]`
    /// (indexes into `en_vigueur`, in the order of their identifiers): one allocation for all
    /// the lists.
    debuts: Vec<usize>,
    par_commune: Vec<u32>,
    /// The identifier of each instrument in force, shared by every row naming it.
    pub(crate) ids: Vec<Arc<str>>,
    /// QPV code → (name as written, instruments naming it directly).
    pub(crate) par_qpv: BTreeMap<String, (Option<String>, Instruments)>,
    pub(crate) en_vigueur: Vec<EnVigueur>,
    pub(crate) hors_vigueur: usize,
    pub(crate) non_localises: Vec<String>,
}

impl Index<'_> {
    /// The instruments in force on a commune.
    pub(crate) fn instruments(&self, commune: &str) -> Instruments {
        let mut out = Instruments::default();
        let Some(liste) = self.liste(commune) else {
            return out;
        };
        // Exact sizes: at ×100 a commune carries hundreds of identifiers per kind.
        let mut tailles = [0usize; 5];
        for ins in self.en_vigueur_de(liste) {
            if let Some(t) = Dispositif::ALL
                .iter()
                .position(|k| *k == ins.0)
                .and_then(|p| tailles.get_mut(p))
            {
                *t += 1;
            }
        }
        for (k, t) in Dispositif::ALL.iter().zip(tailles) {
            out.get_mut(*k).reserve_exact(t);
        }
        // The list is in identifier order: each column comes out sorted, and an identifier
        // repeated (two documents with one id) is next to its twin.
        for (kind, id) in self.en_vigueur_de(liste) {
            let v = out.get_mut(kind);
            if v.last().is_none_or(|x| **x != **id) {
                v.push(Arc::clone(id));
            }
        }
        out
    }
    /// The indexes into `en_vigueur` of the instruments on a commune.
    fn liste(&self, commune: &str) -> Option<&[u32]> {
        let n = usize::try_from(*self.numeros.get(commune)?).ok()?;
        let (a, b) = (*self.debuts.get(n)?, *self.debuts.get(n + 1)?);
        self.par_commune.get(a..b)
    }
    /// The kind and identifier of each instrument of a list.
    fn en_vigueur_de<'a>(
        &'a self,
        liste: &'a [u32],
    ) -> impl Iterator<Item = (Dispositif, &'a Arc<str>)> + 'a {
        liste.iter().filter_map(|i| {
            let i = usize::try_from(*i).ok()?;
            Some((self.en_vigueur.get(i)?.kind, self.ids.get(i)?))
        })
    }
    /// The communes covered by at least one instrument in force.
    pub(crate) fn communes(&self) -> impl Iterator<Item = &str> {
        self.codes.iter().copied()
    }
}

/// Locates the instruments in force. `garder` restricts the communes recorded.
pub(crate) fn indexer<'r>(
    pf: &Portefeuille,
    r: &'r Referentiel,
    as_of: Date,
    garder: Option<&FnvSet<&str>>,
) -> Index<'r> {
    let mut par_qpv: BTreeMap<String, (Option<String>, Instruments)> = BTreeMap::new();
    let mut en_vigueur = Vec::new();
    let mut ids: Vec<Arc<str>> = Vec::new();
    let mut hors_vigueur = 0;
    let mut non_localises = Vec::new();
    let mut numeros: FnvMap<&'r str, u32> =
        FnvMap::with_capacity_and_hasher(garder.map_or(0, HashSet::len), FnvBuild::default());
    let mut codes: Vec<&'r str> = Vec::new();
    // The same EPCI or département is expanded once however many instruments name it: its
    // commune numbers (those kept) are `etendues[e]`, and each instrument lists the `e` of its
    // territories in `territoires[portees[i]..portees[i + 1]]`.
    let mut cache: HashMap<TypeTerritoire, FnvMap<String, Option<usize>>> = HashMap::new();
    let mut etendues: Vec<Vec<u32>> = Vec::new();
    let mut territoires: Vec<usize> = Vec::new();
    let mut portees: Vec<usize> = vec![0];
    let mut lus = Vec::new();
    for (index, doc) in pf.documents.iter().enumerate() {
        let Some(kind) = Dispositif::of(doc) else {
            continue;
        };
        if !dispositifs::en_vigueur(doc, as_of) {
            hors_vigueur += 1;
            continue;
        }
        // As `dispositifs::instruments` names it.
        let id: Arc<str> = match doc.ident() {
            Some(id) => Arc::from(id),
            None => Arc::from(format!("#{index}")),
        };
        lus.clear();
        dispositifs::territoires_lus(doc, &mut lus);
        let mut located = false;
        for t in &lus {
            let Some(code) = &t.code else { continue };
            if t.kind == TypeTerritoire::Qpv {
                let e = par_qpv
                    .entry(code.clone())
                    .or_insert_with(|| (t.nom.clone(), Instruments::default()));
                e.1.get_mut(kind).push(Arc::clone(&id));
            }
            let par_code = cache.entry(t.kind).or_default();
            let e = match par_code.get(code.as_str()) {
                Some(e) => *e,
                None => {
                    let e = r.communes_of(t.as_ref()).map(|v| {
                        let numeros_de = v
                            .into_iter()
                            .map(|c| c.code.as_str())
                            .filter(|c| garder.is_none_or(|g| g.contains(c)))
                            .map(|c| {
                                *numeros.entry(c).or_insert_with(|| {
                                    codes.push(c);
                                    u32::try_from(codes.len() - 1).unwrap_or(u32::MAX)
                                })
                            })
                            .collect();
                        etendues.push(numeros_de);
                        etendues.len() - 1
                    });
                    par_code.insert(code.clone(), e);
                    e
                }
            };
            if let Some(e) = e {
                located = true;
                territoires.push(e);
            }
        }
        if !located {
            non_localises.push(id.to_string());
        }
        portees.push(territoires.len());
        ids.push(id);
        en_vigueur.push(EnVigueur {
            index,
            kind,
            qpv_seulement: !lus.is_empty() && lus.iter().all(|t| t.kind == TypeTerritoire::Qpv),
        });
    }
    for v in par_qpv.values_mut() {
        v.1.finish();
    }
    non_localises.sort();

    // The instruments in identifier order, so that each commune's list comes out sorted.
    let mut ordre: Vec<(&str, u32)> = ids
        .iter()
        .enumerate()
        .map(|(i, id)| (&**id, u32::try_from(i).unwrap_or(u32::MAX)))
        .collect();
    ordre.sort_unstable();
    let (territoires, portees, etendues) = (&territoires, &portees, &etendues);
    let communes_de = move |i: usize| {
        let de = portees.get(i).copied().unwrap_or(0);
        let a = portees.get(i + 1).copied().unwrap_or(de);
        territoires
            .get(de..a)
            .unwrap_or_default()
            .iter()
            .filter_map(|e| etendues.get(*e))
            .flatten()
            .filter_map(|c| usize::try_from(*c).ok())
    };
    // Two passes over the instruments: the size of each commune's list, then the lists, in
    // one vector. `dernier` marks the communes already given the current instrument (two of
    // its territories may share a commune).
    let mut dernier = vec![u32::MAX; codes.len()];
    let mut debuts = vec![0usize; codes.len() + 1];
    for (_, i) in &ordre {
        for c in communes_de(*i as usize) {
            if let (Some(d), Some(t)) = (dernier.get_mut(c), debuts.get_mut(c + 1)) {
                if *d != *i {
                    *d = *i;
                    *t += 1;
                }
            }
        }
    }
    let mut total = 0;
    for d in &mut debuts {
        total += *d;
        *d = total;
    }
    let mut par_commune = vec![0u32; total];
    let mut suivant: Vec<usize> = debuts.clone();
    dernier.fill(u32::MAX);
    for (_, i) in &ordre {
        for c in communes_de(*i as usize) {
            if let (Some(d), Some(at)) = (dernier.get_mut(c), suivant.get_mut(c)) {
                if *d != *i {
                    *d = *i;
                    if let Some(slot) = par_commune.get_mut(*at) {
                        *slot = *i;
                    }
                    *at += 1;
                }
            }
        }
    }
    Index {
        numeros,
        codes,
        debuts,
        par_commune,
        ids,
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
    let garder: Option<FnvSet<&str>> = cibles
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
    // The rows come in code order, so a département's communes mostly follow one another:
    // the last one is tried before the map.
    let mut deps: Vec<Somme> = Vec::new();
    let mut rang: FnvMap<&str, usize> = FnvMap::default();
    let mut dernier: Option<usize> = None;
    let mut total = Somme::new("total".into(), territoire.clone());
    for l in &communes {
        let dep = l.departement.as_str();
        let i = match dernier.filter(|i| deps.get(*i).is_some_and(|d| d.resume.departement == dep))
        {
            Some(i) => i,
            None => *rang.entry(dep).or_insert_with(|| {
                deps.push(Somme::new(
                    dep.to_string(),
                    r.departement(dep)
                        .map(|d| d.nom.clone())
                        .unwrap_or_default(),
                ));
                deps.len() - 1
            }),
        };
        dernier = Some(i);
        if let Some(d) = deps.get_mut(i) {
            d.add(l);
        }
        total.add(l);
    }
    // Code order, as the map this replaces gave.
    deps.sort_unstable_by(|a, b| a.resume.departement.cmp(&b.resume.departement));
    let departements = deps.into_iter().map(Somme::finish).collect();
    Ok(Couverture {
        as_of,
        territoire,
        referentiel: r.vintage.clone(),
        instruments_en_vigueur: index.en_vigueur.len(),
        instruments_hors_vigueur: index.hors_vigueur,
        non_localises: index.non_localises,
        communes,
        departements,
        total: total.finish(),
    })
}
