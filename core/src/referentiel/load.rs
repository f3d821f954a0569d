//! Loaders: the compact format (embedded), the npm package's JSON files, the ANCT QPV GeoJSON.

use std::collections::{BTreeSet, HashMap};

use serde_json::Value;

use super::types::*;
use super::Referentiel;
use crate::date::Date;
use crate::error::Error;

/// Default largest référentiel file read, in bytes (64 MiB): the embedded COG with every QPV
/// is about 2 MB; a file thirty times larger is not a référentiel.
pub const MAX_REFERENTIEL_BYTES: usize = 64 * 1024 * 1024;

/// Limits on what the référentiel loaders agree to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LoadLimits {
    /// Largest text of one file, in bytes (default [`MAX_REFERENTIEL_BYTES`]).
    pub max_bytes: usize,
}

impl Default for LoadLimits {
    fn default() -> LoadLimits {
        LoadLimits {
            max_bytes: MAX_REFERENTIEL_BYTES,
        }
    }
}

impl LoadLimits {
    /// `LoadLimits` whose largest file is `max_bytes`, or the default when `None`.
    pub fn with_max_bytes(max_bytes: Option<usize>) -> LoadLimits {
        max_bytes.map_or_else(LoadLimits::default, |max_bytes| LoadLimits { max_bytes })
    }

    /// An error naming `what` when a text of `len` bytes is above the limit.
    pub fn check(&self, what: &str, len: usize) -> Result<(), Error> {
        check_size(what, len, self)
    }

    /// The text of the file at `path`, read no further than the limit (its size is checked
    /// before reading, and the read stops at the limit should it be a device or grow). A
    /// missing file, a directory, text that is not UTF-8 or too large: an error naming
    /// `what`, the file and the reason, never a partial text.
    pub fn read_text_file(&self, what: &str, path: &std::path::Path) -> Result<String, Error> {
        crate::input::read_path_text(path, self.max_bytes).map_err(|f| {
            err(format!(
                "{what} : lecture impossible de « {} » : {}",
                crate::input::shorten(&path.display().to_string(), crate::input::MAX_ECHO_PATH),
                f.describe(crate::report::Locale::Fr)
            ))
        })
    }
}

pub(super) fn check_size(name: &str, len: usize, limits: &LoadLimits) -> Result<(), Error> {
    if len > limits.max_bytes {
        return Err(err(format!(
            "{name} : {len} octets, au-delà de la limite de {} octets (LoadLimits::max_bytes)",
            limits.max_bytes
        )));
    }
    Ok(())
}

fn err(msg: impl Into<String>) -> Error {
    Error::Referentiel(msg.into())
}

fn opt(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_string())
}

fn list(s: &str) -> Vec<String> {
    s.split('|')
        .filter(|x| !x.is_empty())
        .map(str::to_string)
        .collect()
}

/// Largest population a référentiel entry may state: a billion, far above any French territory
/// and far below what sums of them could overflow.
pub const MAX_POPULATION: u64 = 1_000_000_000;

fn num(s: &str, line: usize) -> Result<Option<u64>, Error> {
    if s.is_empty() {
        return Ok(None);
    }
    match s.parse::<u64>() {
        Ok(n) if n <= MAX_POPULATION => Ok(Some(n)),
        Ok(_) => Err(err(format!(
            "ligne {line} : population {} invraisemblable (plus d'un milliard)",
            crate::input::shorten(s, 20)
        ))),
        Err(_) => Err(err(format!(
            "ligne {line} : nombre invalide « {} »",
            crate::input::shorten(s, 20)
        ))),
    }
}

/// A population read from JSON, refused above [`MAX_POPULATION`] (`what` locates it).
fn population(v: Option<u64>, what: impl FnOnce() -> String) -> Result<Option<u64>, Error> {
    match v {
        Some(n) if n > MAX_POPULATION => Err(err(format!(
            "{} : population {n} invraisemblable (plus d'un milliard)",
            what()
        ))),
        other => Ok(other),
    }
}

/// The JSON files of the npm package `@etalab/decoupage-administratif` (any version), as text.
#[derive(Debug, Clone, Copy, Default)]
pub struct CogJson<'a> {
    /// `data/communes.json`.
    pub communes: &'a str,
    /// `data/epci.json` (with `membres`).
    pub epci: &'a str,
    /// `data/ept.json`, when the version has it.
    pub ept: Option<&'a str>,
    /// `data/departements.json`.
    pub departements: &'a str,
    /// `data/regions.json`.
    pub regions: &'a str,
}

impl Referentiel {
    /// Reads the compact format (the embedded data's; see `docs/referentiel.md`): one record
    /// per line, tab-separated, the first field telling its kind.
    pub fn from_compact(text: &str) -> Result<Referentiel, Error> {
        Referentiel::from_compact_with(text, &LoadLimits::default())
    }

    /// [`Referentiel::from_compact`] within `limits`. A code given twice for the same kind of
    /// record (two communes `C` of the same type and code, two EPCI…) is an error naming both
    /// lines, rather than one silently hiding the other.
    pub fn from_compact_with(text: &str, limits: &LoadLimits) -> Result<Referentiel, Error> {
        check_size("référentiel compact", text.len(), limits)?;
        let mut r = Referentiel::default();
        // (record letter, code, commune type or contract's département) → first line.
        let mut seen: HashMap<(String, String, String), usize> = HashMap::new();
        let mut format_seen = false;
        let mut cv: HashMap<String, usize> = HashMap::new();
        for (n, line) in text.lines().enumerate() {
            let n = n + 1;
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            // At most 12 fields; no per-line allocation.
            let mut f = [""; 12];
            let mut len = 0;
            for (slot, x) in f.iter_mut().zip(line.split('\t')) {
                *slot = x;
                len += 1;
            }
            let g = |i: usize| f.get(i).copied().unwrap_or("");
            if !(format_seen || (g(0) == "@" && g(1) == "format")) {
                return Err(err(format!(
                    "ligne {n} : en-tête « @<tab>format<tab>1 » attendu en premier : ce n'est pas un référentiel au format compact"
                )));
            }
            let need = |k: usize| -> Result<(), Error> {
                if len < k {
                    Err(err(format!(
                        "ligne {n} : {k} champs attendus, {len} trouvés"
                    )))
                } else {
                    Ok(())
                }
            };
            if matches!(g(0), "R" | "D" | "E" | "T" | "C" | "V" | "Q") {
                let sub = match g(0) {
                    "C" => g(2),
                    "V" => g(2),
                    _ => "",
                };
                let key = (g(0).to_string(), g(1).to_string(), sub.to_string());
                if let Some(first) = seen.insert(key, n) {
                    return Err(err(format!(
                        "ligne {n} : code « {} » en double (déjà ligne {first})",
                        crate::input::shorten(g(1), 20)
                    )));
                }
            }
            match g(0) {
                "@" => match g(1) {
                    "format" => {
                        if g(2) != "1" {
                            return Err(err(format!(
                                "ligne {n} : format « {} » non pris en charge (1 attendu)",
                                g(2)
                            )));
                        }
                        format_seen = true;
                    }
                    "vintage" => r.vintage = g(2).to_string(),
                    "vintage_date" => {
                        r.vintage_date = Some(g(2).parse::<Date>().map_err(|e| {
                            err(format!("ligne {n} : date de millésime « {} » : {e}", g(2)))
                        })?)
                    }
                    "licence" => r.licence = g(2).to_string(),
                    "source" => r.sources.push((g(2).to_string(), g(3).to_string())),
                    "qpv_couverture" => {
                        let generation = GenerationQpv::parse(g(2)).ok_or_else(|| {
                            err(format!("ligne {n} : génération de QPV « {} »", g(2)))
                        })?;
                        let deps = list(&g(3).replace(',', "|"));
                        r.couverture.push(CouvertureQpv {
                            generation,
                            nationale: deps.iter().any(|d| d == "*"),
                            departements: deps.into_iter().filter(|d| d != "*").collect(),
                        });
                    }
                    _ => {}
                },
                "R" => {
                    need(5)?;
                    r.regions.push(Region {
                        code: g(1).into(),
                        chef_lieu: g(2).into(),
                        zone: g(3).into(),
                        nom: g(4).into(),
                    });
                }
                "D" => {
                    need(6)?;
                    r.departements.push(Departement {
                        code: g(1).into(),
                        region: g(2).into(),
                        chef_lieu: g(3).into(),
                        zone: g(4).into(),
                        nom: g(5).into(),
                    });
                }
                "E" => {
                    need(7)?;
                    r.epcis.push(Epci {
                        siren: g(1).into(),
                        nature: NatureEpci::parse(g(2)),
                        financement: opt(g(3)),
                        population_totale: num(g(4), n)?,
                        population_municipale: num(g(5), n)?,
                        nom: g(6).into(),
                        membres: Vec::new(),
                    });
                }
                "T" => {
                    need(6)?;
                    r.epts.push(Ept {
                        siren: g(1).into(),
                        population_totale: num(g(2), n)?,
                        population_municipale: num(g(3), n)?,
                        membres: list(g(4)),
                        nom: g(5).into(),
                    });
                }
                "C" => {
                    need(10)?;
                    let kind = TypeCommune::from_letter(g(2))
                        .ok_or_else(|| err(format!("ligne {n} : type de commune « {} »", g(2))))?;
                    r.communes.push(Commune {
                        code: g(1).into(),
                        kind,
                        departement: g(3).into(),
                        region: String::new(),
                        epci: opt(g(4)),
                        siren: opt(g(5)),
                        population: num(g(6), n)?,
                        anciens_codes: list(g(7)),
                        parent: opt(g(8)),
                        nom: g(9).into(),
                    });
                }
                "V" => {
                    need(7)?;
                    let pop = num(g(5), n)?.unwrap_or(0);
                    if let Some(&i) = cv.get(g(1)) {
                        // One contract across two départements (CV043) comes as two lines.
                        if let Some(c) = r.contrats.get_mut(i) {
                            c.departements.push(g(2).into());
                            c.pop_qpv = c.pop_qpv.saturating_add(pop);
                        }
                        continue;
                    }
                    let kind = match g(4) {
                        "epci" => TypeSignataire::Epci,
                        "commune" => TypeSignataire::Commune,
                        other => {
                            return Err(err(format!("ligne {n} : signataire « {other} »")));
                        }
                    };
                    cv.insert(g(1).to_string(), r.contrats.len());
                    r.contrats.push(ContratDeVilleRef {
                        code: g(1).into(),
                        departements: vec![g(2).into()],
                        signataire: g(3).into(),
                        signataire_type: kind,
                        pop_qpv: pop,
                        label: g(6).into(),
                        present: false,
                    });
                }
                "Q" => {
                    need(8)?;
                    let generation = GenerationQpv::parse(g(2))
                        .ok_or_else(|| err(format!("ligne {n} : génération « {} »", g(2))))?;
                    r.qpvs.push(Qpv {
                        code: g(1).into(),
                        generation,
                        departement: g(3).into(),
                        region: String::new(),
                        communes: list(g(4)),
                        epci: list(g(5)),
                        population: num(g(6), n)?,
                        nom: g(7).into(),
                    });
                }
                other => {
                    return Err(err(format!(
                        "ligne {n} : enregistrement « {other} » inconnu"
                    )))
                }
            }
        }
        if !format_seen {
            return Err(err(
                "en-tête « @<tab>format<tab>1 » absent : ce n'est pas un référentiel au format compact",
            ));
        }
        r.fill_regions();
        r.reindex();
        Ok(r)
    }

    fn fill_regions(&mut self) {
        let dep: HashMap<&str, &str> = self
            .departements
            .iter()
            .map(|d| (d.code.as_str(), d.region.as_str()))
            .collect();
        for c in &mut self.communes {
            if c.region.is_empty() {
                if let Some(r) = dep.get(c.departement.as_str()) {
                    c.region = (*r).to_string();
                }
            }
        }
        for q in &mut self.qpvs {
            if q.region.is_empty() {
                if let Some(r) = dep.get(q.departement.as_str()) {
                    q.region = (*r).to_string();
                }
            }
        }
    }

    /// Reads the JSON files of the npm package `@etalab/decoupage-administratif` of any
    /// version. The result has no contrats de ville nor QPV: add them with
    /// [`Referentiel::with_quartiers_from`] or [`Referentiel::with_qpv_geojson`].
    pub fn from_cog_json(
        files: CogJson<'_>,
        vintage: &str,
        vintage_date: Option<Date>,
    ) -> Result<Referentiel, Error> {
        fn parse(name: &str, text: &str) -> Result<Vec<Value>, Error> {
            match serde_json::from_str::<Value>(text) {
                Ok(Value::Array(a)) => Ok(a),
                Ok(_) => Err(err(format!("{name} : un tableau JSON est attendu"))),
                Err(e) => Err(err(format!("{name} : JSON illisible ({e})"))),
            }
        }
        fn s(v: &Value, k: &str) -> String {
            match v.get(k) {
                Some(Value::String(x)) => x.clone(),
                Some(Value::Number(x)) => x.to_string(),
                _ => String::new(),
            }
        }
        fn n(v: &Value, k: &str) -> Option<u64> {
            v.get(k).and_then(Value::as_u64)
        }
        fn strs(v: &Value, k: &str) -> Vec<String> {
            v.get(k)
                .and_then(Value::as_array)
                .map(|a| {
                    a.iter()
                        .filter_map(Value::as_str)
                        .map(str::to_string)
                        .collect()
                })
                .unwrap_or_default()
        }
        let mut r = Referentiel {
            vintage: vintage.to_string(),
            vintage_date,
            licence: "Licence Ouverte / Etalab — INSEE, DGCL, ANCT".to_string(),
            sources: vec![(
                "cog".to_string(),
                "npm @etalab/decoupage-administratif (fichiers JSON chargés à l'exécution)"
                    .to_string(),
            )],
            ..Referentiel::default()
        };
        for v in parse("regions.json", files.regions)? {
            r.regions.push(Region {
                code: s(&v, "code"),
                nom: s(&v, "nom"),
                chef_lieu: s(&v, "chefLieu"),
                zone: s(&v, "zone"),
            });
        }
        for v in parse("departements.json", files.departements)? {
            r.departements.push(Departement {
                code: s(&v, "code"),
                nom: s(&v, "nom"),
                region: s(&v, "region"),
                chef_lieu: s(&v, "chefLieu"),
                zone: s(&v, "zone"),
            });
        }
        let mut of: HashMap<String, String> = HashMap::new();
        for v in parse("epci.json", files.epci)? {
            let siren = s(&v, "code");
            let membres: Vec<String> = v
                .get("membres")
                .and_then(Value::as_array)
                .map(|a| a.iter().map(|m| s(m, "code")).collect())
                .unwrap_or_default();
            for m in &membres {
                if let Some(prev) = of.insert(m.clone(), siren.clone()) {
                    if prev != siren {
                        return Err(err(format!(
                            "epci.json : la commune {m} figure dans deux EPCI ({prev}, {siren})"
                        )));
                    }
                }
            }
            r.epcis.push(Epci {
                nom: s(&v, "nom"),
                nature: NatureEpci::parse(&s(&v, "type")),
                financement: opt(&s(&v, "modeFinancement")),
                population_totale: n(&v, "populationTotale"),
                population_municipale: n(&v, "populationMunicipale"),
                membres,
                siren,
            });
        }
        if let Some(text) = files.ept {
            for v in parse("ept.json", text)? {
                r.epts.push(Ept {
                    siren: s(&v, "code"),
                    nom: s(&v, "nom"),
                    population_totale: n(&v, "populationTotale"),
                    population_municipale: n(&v, "populationMunicipale"),
                    membres: v
                        .get("membres")
                        .and_then(Value::as_array)
                        .map(|a| a.iter().map(|m| s(m, "code")).collect())
                        .unwrap_or_default(),
                });
            }
        }
        for v in parse("communes.json", files.communes)? {
            let t = s(&v, "type");
            // Early versions of the package list only communes actuelles, without `type`.
            let kind = if t.is_empty() {
                TypeCommune::Actuelle
            } else {
                TypeCommune::from_cog(&t)
                    .ok_or_else(|| err(format!("communes.json : type « {t} » inconnu")))?
            };
            let code = s(&v, "code");
            let parent = opt(&s(&v, "chefLieu")).or_else(|| opt(&s(&v, "commune")));
            r.communes.push(Commune {
                epci: if kind == TypeCommune::Actuelle {
                    of.get(&code).cloned()
                } else {
                    None
                },
                nom: s(&v, "nom"),
                kind,
                departement: s(&v, "departement"),
                region: s(&v, "region"),
                siren: opt(&s(&v, "siren")).filter(|_| kind == TypeCommune::Actuelle),
                population: population(n(&v, "population"), || {
                    format!(
                        "communes.json, commune {}",
                        crate::input::shorten(&code, 20)
                    )
                })?
                .filter(|_| {
                    matches!(
                        kind,
                        TypeCommune::Actuelle | TypeCommune::ArrondissementMunicipal
                    )
                }),
                anciens_codes: strs(&v, "anciensCodes"),
                parent: parent.filter(|_| kind != TypeCommune::Actuelle),
                code,
            });
        }
        r.fill_regions();
        r.reindex();
        Ok(r)
    }

    /// Reads the npm package's `data/` folder (`communes.json`, `epci.json`, `ept.json`,
    /// `departements.json`, `regions.json`).
    pub fn from_cog_dir(
        dir: impl AsRef<std::path::Path>,
        vintage: &str,
        vintage_date: Option<Date>,
    ) -> Result<Referentiel, Error> {
        let dir = dir.as_ref();
        let limits = LoadLimits::default();
        let read = |name: &str| -> Result<String, Error> {
            let p = dir.join(name);
            crate::input::read_path_text(&p, limits.max_bytes).map_err(|e| Error::Read {
                path: p.display().to_string(),
                reason: e.describe(crate::report::Locale::Fr),
            })
        };
        let communes = read("communes.json")?;
        let epci = read("epci.json")?;
        // `ept.json` is absent from early versions of the package; present but unreadable
        // (not UTF-8, say) is an error, not a silent omission.
        let ept = if dir.join("ept.json").exists() {
            Some(read("ept.json")?)
        } else {
            None
        };
        let departements = read("departements.json")?;
        let regions = read("regions.json")?;
        Referentiel::from_cog_json(
            CogJson {
                communes: &communes,
                epci: &epci,
                ept: ept.as_deref(),
                departements: &departements,
                regions: &regions,
            },
            vintage,
            vintage_date,
        )
    }

    /// Takes the contrats de ville and QPV (with their coverage) of `other`, e.g. the embedded
    /// ones after loading another vintage of the geography.
    pub fn with_quartiers_from(mut self, other: &Referentiel) -> Referentiel {
        self.contrats = other.contrats.clone();
        self.qpvs = other.qpvs.clone();
        self.couverture = other.couverture.clone();
        #[cfg(feature = "cartes")]
        {
            self.contours = other.contours.clone();
        }
        for s in &other.sources {
            if s.0 != "cog" {
                self.sources.push(s.clone());
            }
        }
        self.reindex();
        self
    }

    /// Adds (or replaces) QPV from an ANCT GeoJSON file (`FeatureCollection` whose properties
    /// are `code_qp, lib_qp, insee_com, siren_epci, insee_dep`; `insee_com` and `siren_epci`
    /// may list several codes separated by commas or semicolons; optional population `pop`,
    /// `popmuni`, `pop_mun`). With `nationale`, the list counts as complete for every
    /// département of its generation(s); otherwise for the départements it names.
    pub fn with_qpv_geojson(mut self, text: &str, nationale: bool) -> Result<Referentiel, Error> {
        check_size("GeoJSON QPV", text.len(), &LoadLimits::default())?;
        let v: Value =
            serde_json::from_str(text).map_err(|e| err(format!("GeoJSON QPV illisible : {e}")))?;
        let features = features(&v, "GeoJSON QPV")?;
        let mut by_code: HashMap<String, usize> = self
            .qpvs
            .iter()
            .enumerate()
            .map(|(i, q)| (q.code.clone(), i))
            .collect();
        let mut covered: HashMap<GenerationQpv, BTreeSet<String>> = HashMap::new();
        for (i, f) in features.iter().enumerate() {
            let p = f.get("properties").unwrap_or(&Value::Null);
            let s = |k: &str| match p.get(k) {
                Some(Value::String(x)) => x.trim().to_string(),
                Some(Value::Number(x)) => x.to_string(),
                _ => String::new(),
            };
            let code = s("code_qp");
            let generation = GenerationQpv::of_code(&code).ok_or_else(|| {
                err(format!(
                    "GeoJSON QPV, élément {i} : code_qp « {code} » (QP… ou QN… attendu)"
                ))
            })?;
            let split = |x: String| -> Vec<String> {
                x.split([',', ';'])
                    .map(str::trim)
                    .filter(|c| !c.is_empty())
                    .map(str::to_string)
                    .collect()
            };
            // Numeric storage loses leading zeros ("1053" for 01053): pad to 5.
            let communes: Vec<String> = split(s("insee_com"))
                .into_iter()
                .map(|c| {
                    if c.len() < 5 && c.chars().all(|d| d.is_ascii_digit()) {
                        format!("{c:0>5}")
                    } else {
                        c
                    }
                })
                .collect();
            let mut dep = s("insee_dep");
            if dep.len() == 1 {
                dep = format!("0{dep}");
            }
            let population = population(
                ["pop", "popmuni", "pop_mun", "pop_mun_qp"]
                    .iter()
                    .find_map(|k| p.get(*k).and_then(Value::as_u64)),
                || format!("GeoJSON QPV, élément {i}"),
            )?;
            covered.entry(generation).or_default().insert(dep.clone());
            // The official file carries the contours: kept, so that one file gives both.
            #[cfg(feature = "cartes")]
            {
                let contour =
                    super::contours::read_geometry(f.get("geometry").unwrap_or(&Value::Null))
                        .map_err(|e| super::contours::located(i, &code, &e))?;
                match contour {
                    Some(c) => self.contours.insert(code.clone(), c),
                    None => self.contours.remove(&code),
                };
            }
            let q = Qpv {
                nom: s("lib_qp"),
                communes,
                epci: split(s("siren_epci")),
                departement: dep,
                region: String::new(),
                population,
                generation,
                code: code.clone(),
            };
            match by_code.get(&code) {
                Some(&j) => {
                    if let Some(slot) = self.qpvs.get_mut(j) {
                        *slot = q;
                    }
                }
                None => {
                    by_code.insert(code, self.qpvs.len());
                    self.qpvs.push(q);
                }
            }
        }
        for (generation, deps) in covered {
            self.couverture.retain(|c| c.generation != generation);
            self.couverture.push(CouvertureQpv {
                generation,
                nationale,
                departements: if nationale {
                    Vec::new()
                } else {
                    deps.into_iter().collect()
                },
            });
        }
        self.couverture.sort_by_key(|c| c.generation);
        self.sources.push((
            "qpv".to_string(),
            "GeoJSON ANCT chargé à l'exécution".to_string(),
        ));
        self.fill_regions();
        self.reindex();
        Ok(self)
    }

    /// Adds the municipal population of QPV from an INSEE population file (`pop_QPV24`:
    /// one row per QPV, `;` or `,` separated, with a header). The QPV code column is found by
    /// its name (`CODGEO`, `CODE_QP`, `code_qp`, `QP`), the population column likewise
    /// (`POP_MUN`, `pop_mun`, `POP_MUN_QP`, `popmuni`, `POP`). Rows whose code the référentiel
    /// does not hold are counted in the recorded source, not lost silently; a population that
    /// is not a whole number is an error naming its line.
    pub fn with_qpv_population(mut self, text: &str) -> Result<Referentiel, Error> {
        let first = text.lines().next().unwrap_or("");
        let delimiter = if first.contains(';') { b';' } else { b',' };
        let mut rd = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .flexible(true)
            .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
        let headers = rd
            .headers()
            .map_err(|e| err(format!("population des QPV : en-tête illisible ({e})")))?
            .clone();
        let find = |names: &[&str]| {
            headers
                .iter()
                .position(|h| names.iter().any(|n| h.trim().eq_ignore_ascii_case(n)))
        };
        let code_col = find(&["CODGEO", "CODE_QP", "QP"]).ok_or_else(|| {
            err("population des QPV : colonne du code (CODGEO, CODE_QP ou QP) absente de l'en-tête")
        })?;
        let pop_col = find(&["POP_MUN", "POP_MUN_QP", "POPMUNI", "POP"]).ok_or_else(|| {
            err("population des QPV : colonne de population (POP_MUN, POP_MUN_QP, popmuni ou POP) absente de l'en-tête")
        })?;
        let index: HashMap<String, usize> = self
            .qpvs
            .iter()
            .enumerate()
            .map(|(i, q)| (q.code.clone(), i))
            .collect();
        let (mut known, mut unknown) = (0usize, 0usize);
        for (i, row) in rd.records().enumerate() {
            let line = i + 2;
            let row = row.map_err(|e| err(format!("population des QPV, ligne {line} : {e}")))?;
            let code = row.get(code_col).unwrap_or("").trim();
            if code.is_empty() {
                continue;
            }
            let raw = row.get(pop_col).unwrap_or("").trim();
            let digits: String = raw.chars().filter(|c| !c.is_whitespace()).collect();
            // INSEE may write a count as "4321" or "4321.0".
            let whole = digits.strip_suffix(".0").unwrap_or(&digits);
            let pop = whole.parse::<u64>().map_err(|_| {
                err(format!(
                    "population des QPV, ligne {line} : population « {} » du QPV {} n'est pas un entier",
                    raw.chars().take(20).collect::<String>(),
                    code.chars().take(12).collect::<String>()
                ))
            })?;
            match index.get(code).and_then(|&j| self.qpvs.get_mut(j)) {
                Some(q) => {
                    q.population = Some(pop);
                    known += 1;
                }
                None => unknown += 1,
            }
        }
        self.sources.push((
            "qpv_population".to_string(),
            format!(
                "fichier de population des QPV (INSEE pop_QPV24) chargé à l'exécution : {known} QPV renseignés, {unknown} codes absents du référentiel"
            ),
        ));
        Ok(self)
    }
}

/// The `features` array of a `FeatureCollection`.
pub(super) fn features<'a>(v: &'a Value, what: &str) -> Result<&'a Vec<Value>, Error> {
    match v.get("features") {
        Some(Value::Array(a)) => Ok(a),
        None => Err(err(format!("{what} : « features » absent"))),
        Some(other) => Err(err(format!(
            "{what} : « features » doit être une liste [ … ], pas {}",
            crate::input::kind_fr(other)
        ))),
    }
}
