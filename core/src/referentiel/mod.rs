//! The référentiel: France's official geography (communes, EPCI, EPT, départements, régions),
//! the contrats de ville of 2015 and priority neighbourhoods (QPV), with their vintage.
//!
//! The default référentiel is embedded in the crate (cargo feature `referentiel-embarque`, on by
//! default): COG 2026 from the npm package `@etalab/decoupage-administratif` 6.0.0, the 433
//! contrats de ville of ANCT Ci.Ville, and a sample of 105 QPV (2015 list) of Occitanie. Data:
//! Licence Ouverte / Etalab — INSEE, DGCL, ANCT. It is decoded once, on first use.
//!
//! ```
//! # #[cfg(feature = "referentiel-embarque")] {
//! use territoire_sante::referentiel::Referentiel;
//! let r = Referentiel::embedded().unwrap();
//! assert_eq!(r.commune("59350").unwrap().nom, "Lille");
//! assert_eq!(r.epci_of("59350").unwrap().siren, "200093201");
//! assert_eq!(r.search("chateau thierry", 1)[0].code, "02168");
//! # }
//! ```
//!
//! Other vintages load at run time: [`Referentiel::from_compact`] (the embedded format),
//! [`Referentiel::from_cog_dir`] / [`Referentiel::from_cog_json`] (the npm package's JSON files
//! of any version), [`Referentiel::with_qpv_geojson`] (the ANCT QPV GeoJSON, contours
//! included), [`Referentiel::with_qpv_contours`] (contours only, for [`Referentiel::qpv_at`] and
//! the maps of [`crate::analysis::carte`]), [`Referentiel::with_departement_contours`] (the
//! maps' background).

#[cfg(feature = "cartes")]
mod contours;
mod generations;
#[cfg(feature = "cartes")]
mod limites;
mod load;
mod search;
mod types;

use std::collections::BTreeSet;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::Arc;

#[cfg(feature = "cartes")]
pub use contours::Contour;
pub use generations::{BasculeQpv, BASCULE_QPV_2024, DECRET_2023_1314, DECRET_2024_1212};
pub use load::{CogJson, LoadLimits, MAX_REFERENTIEL_BYTES};
pub use search::fold;
pub use types::*;

use crate::date::Date;
use crate::model::{Territoire, TypeTerritoire};

/// FNV-1a: the keys are short official codes from trusted files, so a fast non-keyed hash is
/// enough (and halves the decoding time compared with SipHash).
#[derive(Default, Clone, Copy)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
        self.0 = h;
    }
}

type HashMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<Fnv>>;

/// The same hasher for the analyses' indexes of official codes.
pub(crate) type FnvBuild = BuildHasherDefault<Fnv>;

/// The embedded data, in the compact format (see `docs/referentiel.md`).
#[cfg(feature = "referentiel-embarque")]
pub const EMBEDDED: &str = include_str!("../../data/referentiel.tsv");

/// Reference data of one vintage, with its indexes.
#[derive(Clone, Default)]
pub struct Referentiel {
    /// Vintage label (`"COG 2026"`).
    pub vintage: String,
    vintage_date: Option<Date>,
    licence: String,
    sources: Vec<(String, String)>,
    communes: Vec<Commune>,
    epcis: Vec<Epci>,
    epts: Vec<Ept>,
    departements: Vec<Departement>,
    regions: Vec<Region>,
    contrats: Vec<ContratDeVilleRef>,
    qpvs: Vec<Qpv>,
    couverture: Vec<CouvertureQpv>,
    /// Contours by QPV code (optional asset, [`Referentiel::with_qpv_contours`]).
    #[cfg(feature = "cartes")]
    contours: contours::Contours,
    /// Département outlines, the maps' background (optional asset,
    /// [`Referentiel::with_departement_contours`]).
    #[cfg(feature = "cartes")]
    limites: limites::Limites,
    idx: Indexes,
}

#[derive(Clone, Default)]
struct Indexes {
    /// Communes actuelles and arrondissements municipaux (unique codes).
    commune: HashMap<String, usize>,
    /// Every entry with a code (déléguées and associées included).
    commune_all: HashMap<String, Vec<usize>>,
    ancien: HashMap<String, Vec<usize>>,
    commune_siren: HashMap<String, usize>,
    by_departement: HashMap<String, Vec<usize>>,
    epci: HashMap<String, usize>,
    ept: HashMap<String, usize>,
    ept_of: HashMap<String, usize>,
    departement: HashMap<String, usize>,
    region: HashMap<String, usize>,
    contrat: HashMap<String, usize>,
    qpv: HashMap<String, usize>,
    qpv_by_commune: HashMap<String, Vec<usize>>,
    /// (folded name, kind, index), sorted; built on the first search only.
    names: std::sync::OnceLock<Vec<(String, Kind, usize)>>,
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Kind {
    Commune,
    Epci,
    Ept,
    Departement,
    Region,
    Qpv,
}

impl std::fmt::Debug for Referentiel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Referentiel")
            .field("vintage", &self.vintage)
            .field("comptes", &self.comptes())
            .finish()
    }
}

/// The embedded référentiel, decoded once; `None` when the crate is built without it.
fn embedded_arc() -> Option<&'static Arc<Referentiel>> {
    #[cfg(feature = "referentiel-embarque")]
    {
        static CELL: std::sync::OnceLock<Option<Arc<Referentiel>>> = std::sync::OnceLock::new();
        CELL.get_or_init(|| Referentiel::from_compact(EMBEDDED).ok().map(Arc::new))
            .as_ref()
    }
    #[cfg(not(feature = "referentiel-embarque"))]
    {
        None
    }
}

/// The référentiel used when the caller gives none (the embedded one, when compiled in).
pub fn default_shared() -> Option<Arc<Referentiel>> {
    embedded_arc().cloned()
}

impl Referentiel {
    /// The embedded référentiel (decoded on first call), or `None` without the feature
    /// `referentiel-embarque`.
    pub fn embedded() -> Option<&'static Referentiel> {
        embedded_arc().map(|a| a.as_ref())
    }

    /// Vintage label (`COG 2026`).
    pub fn vintage(&self) -> &str {
        &self.vintage
    }

    /// First day of the vintage (2026-01-01 for COG 2026): a code checked at an earlier date
    /// may have changed since.
    pub fn vintage_date(&self) -> Option<Date> {
        self.vintage_date
    }

    /// Provenance, licence and QPV coverage.
    pub fn provenance(&self) -> Provenance {
        Provenance {
            vintage: self.vintage.clone(),
            vintage_date: self.vintage_date,
            licence: self.licence.clone(),
            sources: self.sources.clone(),
            couverture_qpv: self.couverture.clone(),
        }
    }

    /// Counts of entities.
    pub fn comptes(&self) -> Comptes {
        Comptes {
            communes_actuelles: self
                .communes
                .iter()
                .filter(|c| c.kind == TypeCommune::Actuelle)
                .count(),
            communes: self.communes.len(),
            epci: self.epcis.len(),
            ept: self.epts.len(),
            departements: self.departements.len(),
            regions: self.regions.len(),
            contrats_de_ville: self.contrats.len(),
            qpv: self.qpvs.len(),
        }
    }

    // ----- lookups by code -------------------------------------------------------------------

    /// The commune actuelle or arrondissement municipal with this INSEE code.
    pub fn commune(&self, code: &str) -> Option<&Commune> {
        self.idx
            .commune
            .get(code)
            .and_then(|&i| self.communes.get(i))
    }

    /// The entry with this code and kind (a commune déléguée may share its code with its
    /// commune nouvelle).
    pub fn commune_typed(&self, code: &str, kind: TypeCommune) -> Option<&Commune> {
        self.communes_with_code(code).find(|c| c.kind == kind)
    }

    /// Every entry with this code (actuelle, déléguée, associée).
    pub fn communes_with_code<'a>(&'a self, code: &str) -> impl Iterator<Item = &'a Commune> {
        self.idx
            .commune_all
            .get(code)
            .into_iter()
            .flatten()
            .filter_map(|&i| self.communes.get(i))
    }

    /// The communes actuelles that list `code` among their former codes (after a merger).
    pub fn communes_by_ancien_code<'a>(&'a self, code: &str) -> impl Iterator<Item = &'a Commune> {
        self.idx
            .ancien
            .get(code)
            .into_iter()
            .flatten()
            .filter_map(|&i| self.communes.get(i))
    }

    /// The commune actuelle with this SIREN.
    pub fn commune_by_siren(&self, siren: &str) -> Option<&Commune> {
        self.idx
            .commune_siren
            .get(siren)
            .and_then(|&i| self.communes.get(i))
    }

    /// The EPCI à fiscalité propre with this SIREN.
    pub fn epci(&self, siren: &str) -> Option<&Epci> {
        self.idx.epci.get(siren).and_then(|&i| self.epcis.get(i))
    }

    /// The EPT with this SIREN.
    pub fn ept(&self, siren: &str) -> Option<&Ept> {
        self.idx.ept.get(siren).and_then(|&i| self.epts.get(i))
    }

    /// The département with this code.
    pub fn departement(&self, code: &str) -> Option<&Departement> {
        self.idx
            .departement
            .get(code)
            .and_then(|&i| self.departements.get(i))
    }

    /// The collectivité d'outre-mer (or Nouvelle-Calédonie) with this COG code: an entry of zone
    /// `com`, except the Terres australes et antarctiques françaises (984) and Clipperton (989),
    /// which the Constitution (art. 72-3) places apart from the collectivités.
    pub fn collectivite_outre_mer(&self, code: &str) -> Option<&Departement> {
        self.departement(code)
            .filter(|d| d.zone == "com" && !matches!(code, "984" | "989"))
    }

    /// The région with this code.
    pub fn region(&self, code: &str) -> Option<&Region> {
        self.idx.region.get(code).and_then(|&i| self.regions.get(i))
    }

    /// The QPV with this code.
    pub fn qpv(&self, code: &str) -> Option<&Qpv> {
        self.idx.qpv.get(code).and_then(|&i| self.qpvs.get(i))
    }

    /// The contrat de ville with this ANCT code.
    pub fn contrat_de_ville(&self, code: &str) -> Option<&ContratDeVilleRef> {
        self.idx
            .contrat
            .get(code)
            .and_then(|&i| self.contrats.get(i))
    }

    // ----- relations -------------------------------------------------------------------------

    /// The commune actuelle a code stands for: itself, the commune of an arrondissement, the
    /// commune nouvelle of a déléguée.
    fn actuelle(&self, code: &str) -> Option<&Commune> {
        match self.commune(code) {
            Some(c) if c.kind == TypeCommune::Actuelle => Some(c),
            Some(c) => c.parent.as_deref().and_then(|p| self.commune(p)),
            None => self
                .communes_with_code(code)
                .find_map(|c| c.parent.as_deref().and_then(|p| self.commune(p))),
        }
    }

    /// The EPCI of a commune (for an arrondissement, its commune's).
    pub fn epci_of(&self, commune: &str) -> Option<&Epci> {
        self.actuelle(commune)
            .and_then(|c| c.epci.as_deref())
            .and_then(|s| self.epci(s))
    }

    /// The EPT of a commune of the Métropole du Grand Paris (outside Paris).
    pub fn ept_of(&self, commune: &str) -> Option<&Ept> {
        let code = self.actuelle(commune).map_or(commune, |c| c.code.as_str());
        self.idx.ept_of.get(code).and_then(|&i| self.epts.get(i))
    }

    /// The member communes of an EPCI or EPT, in code order (empty when unknown).
    pub fn membres(&self, siren: &str) -> Vec<&Commune> {
        let codes = match (self.epci(siren), self.ept(siren)) {
            (Some(e), _) => &e.membres,
            (None, Some(t)) => &t.membres,
            (None, None) => return Vec::new(),
        };
        codes.iter().filter_map(|c| self.commune(c)).collect()
    }

    /// The département of a commune.
    pub fn departement_of(&self, commune: &str) -> Option<&Departement> {
        self.commune(commune)
            .or_else(|| self.communes_with_code(commune).next())
            .and_then(|c| self.departement(&c.departement))
    }

    /// The région of a commune.
    pub fn region_of(&self, commune: &str) -> Option<&Region> {
        self.departement_of(commune)
            .and_then(|d| self.region(&d.region))
    }

    /// The communes actuelles of a département, in code order.
    pub fn communes_of_departement(&self, code: &str) -> Vec<&Commune> {
        self.idx
            .by_departement
            .get(code)
            .into_iter()
            .flatten()
            .filter_map(|&i| self.communes.get(i))
            .collect()
    }

    /// The départements of a région, in code order.
    pub fn departements_of_region(&self, code: &str) -> Vec<&Departement> {
        self.departements
            .iter()
            .filter(|d| d.region == code)
            .collect()
    }

    /// The QPV hosted (even partly) by a commune, in code order.
    pub fn qpv_of_commune(&self, commune: &str) -> Vec<&Qpv> {
        let code = self.actuelle(commune).map_or(commune, |c| c.code.as_str());
        self.idx
            .qpv_by_commune
            .get(code)
            .into_iter()
            .flatten()
            .filter_map(|&i| self.qpvs.get(i))
            .collect()
    }

    /// The QPV of an EPCI or EPT: those the source attaches to it and those hosted by its
    /// member communes (this vintage's members), in code order.
    pub fn qpv_of_epci(&self, siren: &str) -> Vec<&Qpv> {
        let mut set: BTreeSet<usize> = BTreeSet::new();
        for (i, q) in self.qpvs.iter().enumerate() {
            if q.epci.iter().any(|e| e == siren) {
                set.insert(i);
            }
        }
        for c in self.membres(siren) {
            if let Some(v) = self.idx.qpv_by_commune.get(&c.code) {
                set.extend(v.iter().copied());
            }
        }
        let mut out: Vec<&Qpv> = set.into_iter().filter_map(|i| self.qpvs.get(i)).collect();
        sort_by_code(&mut out, |q| &q.code);
        out
    }

    /// The communes actuelles a territory stands for: a commune itself (an arrondissement or a
    /// déléguée: its commune), the members of an EPCI or EPT, the communes of a département,
    /// région or collectivité d'outre-mer, the host communes of a QPV, the communes of the listed
    /// members of a pays, PETR or syndicat mixte. `None` when the code is unknown or the kind has no
    /// official composition (quartier de veille, TDS, autre). Sorted by code, no duplicates.
    pub fn communes_of(&self, t: &Territoire) -> Option<Vec<&Commune>> {
        if matches!(
            t.kind,
            TypeTerritoire::Pays | TypeTerritoire::Petr | TypeTerritoire::SyndicatMixte
        ) {
            // No national list of their members here: they are known only when the document
            // lists them, and then every member must be known.
            if t.membres.is_empty() {
                return None;
            }
            let mut v = Vec::new();
            for m in &t.membres {
                v.extend(self.communes_of(m)?);
            }
            sort_by_code(&mut v, |c| &c.code);
            v.dedup_by(|a, b| a.code == b.code);
            return Some(v);
        }
        let code = t.code.as_deref()?;
        let mut v: Vec<&Commune> = match t.kind {
            TypeTerritoire::CollectiviteOutreMer => {
                self.collectivite_outre_mer(code)?;
                self.communes_of_departement(code)
            }
            TypeTerritoire::Commune => vec![self
                .actuelle(code)
                .or_else(|| self.communes_by_ancien_code(code).next())?],
            TypeTerritoire::Epci | TypeTerritoire::Ept => {
                if self.epci(code).is_none() && self.ept(code).is_none() {
                    return None;
                }
                self.membres(code)
            }
            TypeTerritoire::Departement => {
                self.departement(code)?;
                self.communes_of_departement(code)
            }
            TypeTerritoire::Region => {
                self.region(code)?;
                self.departements_of_region(code)
                    .into_iter()
                    .flat_map(|d| self.communes_of_departement(&d.code))
                    .collect()
            }
            TypeTerritoire::Qpv => self
                .qpv(code)?
                .communes
                .iter()
                .filter_map(|c| self.actuelle(c))
                .collect(),
            _ => return None,
        };
        sort_by_code(&mut v, |c| &c.code);
        v.dedup_by(|a, b| a.code == b.code);
        Some(v)
    }

    /// Whether a département (or COM) is overseas: its COG zone is `drom` or `com` (codes
    /// 97x/98x when the département is unknown).
    pub fn outre_mer(&self, dep: &str) -> bool {
        match self.departement(dep) {
            Some(d) => d.zone != "metro",
            None => dep.len() == 3 && (dep.starts_with("97") || dep.starts_with("98")),
        }
    }

    /// The QPV list in force at `as_of` in département `dep` (see [`BASCULE_QPV_2024`]).
    pub fn generation_qpv_en_vigueur(&self, dep: &str, as_of: Date) -> GenerationQpv {
        GenerationQpv::en_vigueur(as_of, self.outre_mer(dep))
    }

    /// Whether the list of the QPV `q` is the one in force at `as_of` in its département.
    pub fn qpv_en_vigueur(&self, q: &Qpv, as_of: Date) -> bool {
        q.generation == self.generation_qpv_en_vigueur(&q.departement, as_of)
    }

    /// The QPV of the lists in force at `as_of` (the 2015 list before the switch, as far as the
    /// référentiel holds it; the 2024 list after), in code order.
    pub fn qpvs_en_vigueur(&self, as_of: Date) -> Vec<&Qpv> {
        self.qpvs
            .iter()
            .filter(|q| self.qpv_en_vigueur(q, as_of))
            .collect()
    }

    /// Whether the loaded QPV list of `generation` is complete for département `dep`.
    pub fn qpv_list_covers(&self, generation: GenerationQpv, dep: &str) -> bool {
        self.couverture.iter().any(|c| {
            c.generation == generation && (c.nationale || c.departements.iter().any(|d| d == dep))
        })
    }

    // ----- iterators -------------------------------------------------------------------------

    /// Every commune entry, in code order (actuelle before the others sharing its code).
    pub fn communes(&self) -> impl Iterator<Item = &Commune> {
        self.communes.iter()
    }
    /// Every EPCI, in SIREN order.
    pub fn epcis(&self) -> impl Iterator<Item = &Epci> {
        self.epcis.iter()
    }
    /// Every EPT, in SIREN order.
    pub fn epts(&self) -> impl Iterator<Item = &Ept> {
        self.epts.iter()
    }
    /// Every département, in code order.
    pub fn departements(&self) -> impl Iterator<Item = &Departement> {
        self.departements.iter()
    }
    /// Every région, in code order.
    pub fn regions(&self) -> impl Iterator<Item = &Region> {
        self.regions.iter()
    }
    /// Every contrat de ville, in code order.
    pub fn contrats_de_ville(&self) -> impl Iterator<Item = &ContratDeVilleRef> {
        self.contrats.iter()
    }
    /// Every QPV, in code order.
    pub fn qpvs(&self) -> impl Iterator<Item = &Qpv> {
        self.qpvs.iter()
    }

    // ----- search ----------------------------------------------------------------------------

    /// Entities whose name matches `query`, case- and accent-insensitively: exact names first,
    /// then names starting with it, then names containing it; within a rank communes actuelles
    /// before EPCI, EPT, départements, régions and QPV, larger populations first. At most
    /// `limit` hits.
    pub fn search(&self, query: &str, limit: usize) -> Vec<Resultat> {
        let q = fold(query);
        if q.is_empty() || limit == 0 {
            return Vec::new();
        }
        let names = self.idx.names.get_or_init(|| self.name_index());
        let start = names.partition_point(|(n, _, _)| n.as_str() < q.as_str());
        let mut exact = Vec::new();
        let mut prefix = Vec::new();
        for (n, k, i) in names.get(start..).unwrap_or(&[]) {
            if !n.starts_with(q.as_str()) {
                break;
            }
            if *n == q {
                exact.push((*k, *i));
            } else {
                prefix.push((*k, *i));
            }
        }
        let mut tiers = vec![(exact, "exact"), (prefix, "prefixe")];
        if tiers.iter().map(|(v, _)| v.len()).sum::<usize>() < limit {
            let contains: Vec<(Kind, usize)> = names
                .iter()
                .filter(|(n, _, _)| n.contains(q.as_str()) && !n.starts_with(q.as_str()))
                .map(|(_, k, i)| (*k, *i))
                .collect();
            tiers.push((contains, "contient"));
        }
        let mut out = Vec::new();
        for (mut v, how) in tiers {
            v.sort_by_cached_key(|h| self.rank_key(*h));
            v.dedup();
            for h in v {
                if out.len() >= limit {
                    return out;
                }
                if let Some(r) = self.hit(h, how) {
                    out.push(r);
                }
            }
        }
        out
    }

    /// Positions of the entries of `kind` whose folded name is exactly `folded`, from the search
    /// index (built once per référentiel, then shared by every call).
    fn named<'a>(&'a self, folded: &'a str, kind: Kind) -> impl Iterator<Item = usize> + 'a {
        let names = self.idx.names.get_or_init(|| self.name_index());
        let start = names.partition_point(|(n, _, _)| n.as_str() < folded);
        names
            .get(start..)
            .unwrap_or(&[])
            .iter()
            .take_while(move |(n, _, _)| n == folded)
            .filter(move |(_, k, _)| *k == kind)
            .map(|(_, _, i)| *i)
    }

    /// The communes (every kind: actuelles, déléguées…) whose name folded by [`fold`] is exactly
    /// `folded`, in code order. Reading a spreadsheet resolves names through it: the index is
    /// the search's, built once, not per workbook.
    pub fn communes_nommees(&self, folded: &str) -> Vec<&Commune> {
        self.named(folded, Kind::Commune)
            .filter_map(|i| self.communes.get(i))
            .collect()
    }

    /// The EPCI whose name folded by [`fold`] is exactly `folded`, in SIREN order.
    pub fn epcis_nommes(&self, folded: &str) -> Vec<&Epci> {
        self.named(folded, Kind::Epci)
            .filter_map(|i| self.epcis.get(i))
            .collect()
    }

    /// The search index: every name folded, sorted.
    fn name_index(&self) -> Vec<(String, Kind, usize)> {
        let mut names =
            Vec::with_capacity(self.communes.len() + self.epcis.len() + self.qpvs.len() + 256);
        names.extend(
            self.communes
                .iter()
                .enumerate()
                .map(|(i, x)| (fold(&x.nom), Kind::Commune, i)),
        );
        names.extend(
            self.epcis
                .iter()
                .enumerate()
                .map(|(i, x)| (fold(&x.nom), Kind::Epci, i)),
        );
        names.extend(
            self.epts
                .iter()
                .enumerate()
                .map(|(i, x)| (fold(&x.nom), Kind::Ept, i)),
        );
        names.extend(
            self.departements
                .iter()
                .enumerate()
                .map(|(i, x)| (fold(&x.nom), Kind::Departement, i)),
        );
        names.extend(
            self.regions
                .iter()
                .enumerate()
                .map(|(i, x)| (fold(&x.nom), Kind::Region, i)),
        );
        names.extend(
            self.qpvs
                .iter()
                .enumerate()
                .map(|(i, x)| (fold(&x.nom), Kind::Qpv, i)),
        );
        names.sort_unstable();
        names
    }

    fn rank_key(&self, (k, i): (Kind, usize)) -> (u8, std::cmp::Reverse<u64>, String, String) {
        match k {
            Kind::Commune => {
                let c = self.communes.get(i);
                let order = match c.map(|c| c.kind) {
                    Some(TypeCommune::Actuelle) => 0,
                    Some(TypeCommune::ArrondissementMunicipal) => 5,
                    Some(TypeCommune::Deleguee) => 7,
                    _ => 8,
                };
                (
                    order,
                    std::cmp::Reverse(c.and_then(|c| c.population).unwrap_or(0)),
                    c.map(|c| c.nom.clone()).unwrap_or_default(),
                    c.map(|c| c.code.clone()).unwrap_or_default(),
                )
            }
            Kind::Epci => {
                let e = self.epcis.get(i);
                (
                    1,
                    std::cmp::Reverse(e.and_then(|e| e.population_municipale).unwrap_or(0)),
                    e.map(|e| e.nom.clone()).unwrap_or_default(),
                    e.map(|e| e.siren.clone()).unwrap_or_default(),
                )
            }
            Kind::Ept => {
                let e = self.epts.get(i);
                (
                    2,
                    std::cmp::Reverse(e.and_then(|e| e.population_municipale).unwrap_or(0)),
                    e.map(|e| e.nom.clone()).unwrap_or_default(),
                    e.map(|e| e.siren.clone()).unwrap_or_default(),
                )
            }
            Kind::Departement => {
                let d = self.departements.get(i);
                let code = d.map(|d| d.code.clone()).unwrap_or_default();
                (3, std::cmp::Reverse(0), code.clone(), code)
            }
            Kind::Region => {
                let d = self.regions.get(i);
                let code = d.map(|d| d.code.clone()).unwrap_or_default();
                (4, std::cmp::Reverse(0), code.clone(), code)
            }
            Kind::Qpv => {
                let q = self.qpvs.get(i);
                (
                    6,
                    std::cmp::Reverse(q.and_then(|q| q.population).unwrap_or(0)),
                    q.map(|q| q.nom.clone()).unwrap_or_default(),
                    q.map(|q| q.code.clone()).unwrap_or_default(),
                )
            }
        }
    }

    fn hit(&self, (k, i): (Kind, usize), how: &'static str) -> Option<Resultat> {
        Some(match k {
            Kind::Commune => {
                let c = self.communes.get(i)?;
                Resultat {
                    kind: match c.kind {
                        TypeCommune::Actuelle => "commune",
                        TypeCommune::ArrondissementMunicipal => "arrondissement-municipal",
                        TypeCommune::Deleguee => "commune-deleguee",
                        TypeCommune::Associee => "commune-associee",
                    },
                    code: c.code.clone(),
                    nom: c.nom.clone(),
                    departement: Some(c.departement.clone()),
                    correspondance: how,
                }
            }
            Kind::Epci => {
                let e = self.epcis.get(i)?;
                Resultat {
                    kind: "epci",
                    code: e.siren.clone(),
                    nom: e.nom.clone(),
                    departement: None,
                    correspondance: how,
                }
            }
            Kind::Ept => {
                let e = self.epts.get(i)?;
                Resultat {
                    kind: "ept",
                    code: e.siren.clone(),
                    nom: e.nom.clone(),
                    departement: None,
                    correspondance: how,
                }
            }
            Kind::Departement => {
                let d = self.departements.get(i)?;
                Resultat {
                    kind: "departement",
                    code: d.code.clone(),
                    nom: d.nom.clone(),
                    departement: Some(d.code.clone()),
                    correspondance: how,
                }
            }
            Kind::Region => {
                let d = self.regions.get(i)?;
                Resultat {
                    kind: "region",
                    code: d.code.clone(),
                    nom: d.nom.clone(),
                    departement: None,
                    correspondance: how,
                }
            }
            Kind::Qpv => {
                let q = self.qpvs.get(i)?;
                Resultat {
                    kind: "qpv",
                    code: q.code.clone(),
                    nom: q.nom.clone(),
                    departement: Some(q.departement.clone()),
                    correspondance: how,
                }
            }
        })
    }

    // ----- building ----------------------------------------------------------------------------

    /// Builds every index; called by the loaders once the entity lists are complete.
    fn reindex(&mut self) {
        fn key(c: &Commune) -> (&str, TypeCommune, &str) {
            (c.code.as_str(), c.kind, c.nom.as_str())
        }
        if !self.communes.is_sorted_by(|a, b| key(a) <= key(b)) {
            self.communes.sort_by(|a, b| key(a).cmp(&key(b)));
        }
        sort_by_code(&mut self.epcis, |x| &x.siren);
        sort_by_code(&mut self.epts, |x| &x.siren);
        sort_by_code(&mut self.departements, |x| &x.code);
        sort_by_code(&mut self.regions, |x| &x.code);
        sort_by_code(&mut self.contrats, |x| &x.code);
        sort_by_code(&mut self.qpvs, |x| &x.code);
        let n = self.communes.len();
        fn map<V>(cap: usize) -> HashMap<String, V> {
            HashMap::with_capacity_and_hasher(cap, BuildHasherDefault::default())
        }
        let mut idx = Indexes {
            commune: map(n),
            commune_all: map(n),
            ancien: map(n / 8),
            commune_siren: map(n),
            by_departement: map(128),
            epci: map(self.epcis.len()),
            ..Indexes::default()
        };
        for (i, c) in self.communes.iter().enumerate() {
            idx.commune_all.entry(c.code.clone()).or_default().push(i);
            if matches!(
                c.kind,
                TypeCommune::Actuelle | TypeCommune::ArrondissementMunicipal
            ) {
                idx.commune.entry(c.code.clone()).or_insert(i);
            }
            if c.kind == TypeCommune::Actuelle {
                for a in &c.anciens_codes {
                    idx.ancien.entry(a.clone()).or_default().push(i);
                }
                if let Some(s) = &c.siren {
                    idx.commune_siren.insert(s.clone(), i);
                }
                idx.by_departement
                    .entry(c.departement.clone())
                    .or_default()
                    .push(i);
            }
        }
        // Membership comes from the communes' EPCI field (one EPCI per commune at most).
        let mut members: HashMap<&str, Vec<String>> = HashMap::default();
        for c in &self.communes {
            if let (TypeCommune::Actuelle, Some(e)) = (c.kind, c.epci.as_deref()) {
                members.entry(e).or_default().push(c.code.clone());
            }
        }
        for (i, e) in self.epcis.iter_mut().enumerate() {
            if let Some(m) = members.remove(e.siren.as_str()) {
                e.membres = m;
            }
            e.membres.sort();
            idx.epci.insert(e.siren.clone(), i);
        }
        for (i, t) in self.epts.iter().enumerate() {
            idx.ept.insert(t.siren.clone(), i);
            for m in &t.membres {
                idx.ept_of.insert(m.clone(), i);
            }
        }
        for (i, d) in self.departements.iter().enumerate() {
            idx.departement.insert(d.code.clone(), i);
        }
        for (i, r) in self.regions.iter().enumerate() {
            idx.region.insert(r.code.clone(), i);
        }
        for (i, q) in self.qpvs.iter().enumerate() {
            idx.qpv.insert(q.code.clone(), i);
            for c in &q.communes {
                idx.qpv_by_commune.entry(c.clone()).or_default().push(i);
            }
        }
        for (i, cv) in self.contrats.iter().enumerate() {
            idx.contrat.insert(cv.code.clone(), i);
        }
        self.idx = idx;
        let present: Vec<bool> = self
            .contrats
            .iter()
            .map(|cv| match cv.signataire_type {
                TypeSignataire::Epci => self.idx.epci.contains_key(&cv.signataire),
                TypeSignataire::Commune => self
                    .commune(&cv.signataire)
                    .is_some_and(|c| c.kind == TypeCommune::Actuelle),
            })
            .collect();
        for (cv, p) in self.contrats.iter_mut().zip(present) {
            cv.present = p;
        }
    }
}

/// Sorts `v` by a text key, stably. Every caller shares one sort of `(&str, usize)` pairs and
/// only the small permutation is generic: a sort per element type and comparator would add about
/// 4 KB of WebAssembly each.
pub(crate) fn sort_by_code<T>(v: &mut Vec<T>, key: impl Fn(&T) -> &str) {
    let order: Vec<usize> = {
        let mut keyed: Vec<(&str, usize)> =
            v.iter().enumerate().map(|(i, x)| (key(x), i)).collect();
        keyed.sort_unstable();
        keyed.into_iter().map(|(_, i)| i).collect()
    };
    let mut slots: Vec<Option<T>> = std::mem::take(v).into_iter().map(Some).collect();
    *v = order
        .into_iter()
        .filter_map(|i| slots.get_mut(i).and_then(Option::take))
        .collect();
}

#[cfg(test)]
mod tests;
