//! A generator of realistic national portfolios on the real référentiel, for tests, examples
//! and benchmarks. Deterministic: the same seed and scale give the same portfolio.
//!
//! At scale 1: the 433 contrats de ville of 2015 (ANCT list, on their signing EPCI or commune;
//! an EPCI merged since 2015 is replaced by the 2026 EPCI or EPT of its département with the
//! same name, else by one of the département's EPT or EPCI drawn from the contract's code) and 17 of the 2024 generation,
//! 600 CLS on drawn EPCI (a fifth on one commune), 300 CLSM and 300 ASV on drawn communes of
//! the contrats de ville, one CTS for each of 100 départements. About one document in ten
//! carries a defect the validator should find (missing ARS signatory, statut inconsistent with
//! the dates, reference to a document absent from the portfolio). `scale` repeats the
//! instruments on the same real territories with new identifiers.

use std::collections::{BTreeMap, BTreeSet};

use crate::date::Date;
use crate::model::*;
use crate::referentiel::{fold, Commune, Referentiel, TypeSignataire};

/// Counts at scale 1.
pub const NB_CV_2024: usize = 17;
/// CLS at scale 1.
pub const NB_CLS: usize = 600;
/// CLSM at scale 1.
pub const NB_CLSM: usize = 300;
/// ASV at scale 1.
pub const NB_ASV: usize = 300;
/// CTS at scale 1.
pub const NB_CTS: usize = 100;
/// Share of documents given a defect, in per mille.
pub const TAUX_DEFAUTS_POUR_MILLE: u64 = 140;

/// The splitmix64 generator: tiny, fast, and the same on every platform.
#[derive(Debug, Clone)]
pub struct SplitMix64(u64);

impl SplitMix64 {
    /// A generator from a seed.
    pub fn new(seed: u64) -> SplitMix64 {
        SplitMix64(seed)
    }
    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            0
        } else {
            self.next_u64() % n
        }
    }
    /// True with probability `p` per mille.
    pub fn pour_mille(&mut self, p: u64) -> bool {
        self.below(1000) < p
    }
    /// An element of a slice.
    pub fn pick<'a, T>(&mut self, v: &'a [T]) -> Option<&'a T> {
        let n = u64::try_from(v.len()).unwrap_or(u64::MAX);
        v.get(usize::try_from(self.below(n)).unwrap_or(0))
    }
    /// A date between two years (inclusive), any day.
    pub fn date(&mut self, from_year: u16, to_year: u16) -> Date {
        let span = u64::from(to_year.saturating_sub(from_year)) + 1;
        let y = from_year + u16::try_from(self.below(span)).unwrap_or(0);
        let m = 1 + u8::try_from(self.below(12)).unwrap_or(0);
        let d = 1 + u8::try_from(self.below(28)).unwrap_or(0);
        Date::ymd(y, m, d)
    }
}

/// Options of the generator.
#[derive(Debug, Clone, Copy)]
pub struct Options {
    /// Seed.
    pub seed: u64,
    /// Scale factor (1, 10, 100…); 0 is read as 1.
    pub scale: usize,
    /// Date at which the statuts are written (they say what holds at that date).
    pub date_reference: Date,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            seed: 2020,
            scale: 1,
            date_reference: Date::ymd(2020, 6, 30),
        }
    }
}

fn t(kind: TypeTerritoire, code: &str, nom: Option<&str>) -> Territoire {
    Territoire {
        kind,
        code: Some(code.to_string()),
        nom: nom.map(str::to_string),
        membres: Vec::new(),
    }
}

fn acteur(id: &str, nom: String, nature: NatureActeur, terr: Option<Territoire>) -> Acteur {
    Acteur {
        id: id.to_string(),
        nom: Some(nom),
        nature,
        territoire: terr,
        siren: None,
        contacts: Vec::new(),
    }
}

fn signe(acteur: &str, date: Date) -> Signataire {
    Signataire {
        acteur: acteur.to_string(),
        date_signature: Some(date.into()),
        date_deliberation: None,
        qualite: None,
    }
}

/// A local authority carrying an instrument: an EPCI or a commune.
#[derive(Clone)]
struct Porteur {
    kind: TypeTerritoire,
    code: String,
    nom: String,
    region: String,
    departement: String,
}

impl Porteur {
    fn territoire(&self) -> Territoire {
        t(self.kind, &self.code, Some(&self.nom))
    }
    fn acteur(&self) -> Acteur {
        let nature = if self.kind == TypeTerritoire::Epci {
            NatureActeur::Epci
        } else {
            NatureActeur::Commune
        };
        acteur(
            "collectivite",
            self.nom.clone(),
            nature,
            Some(self.territoire()),
        )
    }
}

fn region_nom(r: &Referentiel, code: &str) -> String {
    r.region(code).map(|x| x.nom.clone()).unwrap_or_default()
}

/// Saint-Barthélemy and Saint-Martin depend on the ARS of Guadeloupe; the other overseas
/// collectivités have no ARS région of their own in the COG.
fn region_ars(region: &str) -> Option<&str> {
    match region {
        "977" | "978" => Some("01"),
        r if r.len() == 3 => None,
        r => Some(r),
    }
}

fn ars(r: &Referentiel, region: &str) -> Acteur {
    let reg = region_ars(region);
    acteur(
        "ars",
        format!("ARS {}", region_nom(r, reg.unwrap_or(region))),
        NatureActeur::Ars,
        reg.map(|x| t(TypeTerritoire::Region, x, None)),
    )
}

fn prefecture(dep: &str) -> Acteur {
    // An overseas collectivité (975, 977, 978, 98x) is not a département.
    let is_dep = dep.len() != 3 || matches!(dep, "971" | "972" | "973" | "974" | "976");
    acteur(
        "prefecture",
        format!("Préfecture ({dep})"),
        NatureActeur::Prefecture,
        is_dep.then(|| t(TypeTerritoire::Departement, dep, None)),
    )
}

fn epci_porteur(r: &Referentiel, siren: &str) -> Option<Porteur> {
    let e = r.epci(siren)?;
    // The département of its most populous member (an EPT or EPCI may straddle two).
    let first = e
        .membres
        .iter()
        .filter_map(|c| r.commune(c))
        .max_by_key(|c| (c.population, std::cmp::Reverse(c.code.clone())))?;
    Some(Porteur {
        kind: TypeTerritoire::Epci,
        code: e.siren.clone(),
        nom: e.nom.clone(),
        region: first.region.clone(),
        departement: first.departement.clone(),
    })
}

fn commune_porteur(c: &Commune) -> Porteur {
    Porteur {
        kind: TypeTerritoire::Commune,
        code: c.code.clone(),
        nom: c.nom.clone(),
        region: c.region.clone(),
        departement: c.departement.clone(),
    }
}

fn ept_porteur(r: &Referentiel, siren: &str) -> Option<Porteur> {
    let e = r.ept(siren)?;
    // The département of its most populous member (an EPT or EPCI may straddle two).
    let first = e
        .membres
        .iter()
        .filter_map(|c| r.commune(c))
        .max_by_key(|c| (c.population, std::cmp::Reverse(c.code.clone())))?;
    Some(Porteur {
        kind: TypeTerritoire::Ept,
        code: e.siren.clone(),
        nom: e.nom.clone(),
        region: first.region.clone(),
        departement: first.departement.clone(),
    })
}

/// EPT, then EPCI, of each département (by their most populous member), built once.
struct Candidats {
    ept: BTreeMap<String, Vec<Porteur>>,
    epci: BTreeMap<String, Vec<Porteur>>,
}

impl Candidats {
    fn new(r: &Referentiel) -> Candidats {
        let mut ept: BTreeMap<String, Vec<Porteur>> = BTreeMap::new();
        for p in r.epts().filter_map(|e| ept_porteur(r, &e.siren)) {
            ept.entry(p.departement.clone()).or_default().push(p);
        }
        let mut epci: BTreeMap<String, Vec<Porteur>> = BTreeMap::new();
        for p in r.epcis().filter_map(|e| epci_porteur(r, &e.siren)) {
            epci.entry(p.departement.clone()).or_default().push(p);
        }
        Candidats { ept, epci }
    }
}

/// The territory a 2015 contrat de ville stands on in the 2026 geography.
fn porteur_cv(
    r: &Referentiel,
    cands: &Candidats,
    c: &crate::referentiel::ContratDeVilleRef,
) -> Option<Porteur> {
    let dep = c.departements.first().map(String::as_str).unwrap_or("");
    match c.signataire_type {
        TypeSignataire::Commune => {
            let x = r
                .commune(&c.signataire)
                .or_else(|| r.communes_by_ancien_code(&c.signataire).next())?;
            Some(commune_porteur(x))
        }
        TypeSignataire::Epci => epci_porteur(r, &c.signataire).or_else(|| {
            // Merged since 2015 (or become an EPT of the Grand Paris): the 2026 EPT or EPCI of
            // the same name in the département, else one of the département's drawn from the
            // contract's code.
            let name = c.label.split_once(" - ").map_or(c.label.as_str(), |x| x.1);
            let name = ["CA ", "CC ", "CU ", "CA de ", "CC de ", "CA du ", "CC du "]
                .iter()
                .filter_map(|p| name.strip_prefix(p))
                .min_by_key(|x| x.len())
                .unwrap_or(name);
            let folded = fold(name);
            let list: &[Porteur] = match cands.ept.get(dep) {
                Some(v) if !v.is_empty() => v,
                _ => cands.epci.get(dep).map_or(&[], Vec::as_slice),
            };
            let all = cands
                .ept
                .get(dep)
                .into_iter()
                .chain(cands.epci.get(dep))
                .flatten();
            all.clone()
                .find(|p| fold(&p.nom) == folded)
                .cloned()
                .or_else(|| {
                    let h = c
                        .code
                        .bytes()
                        .fold(0u64, |a, b| a.wrapping_mul(31).wrapping_add(u64::from(b)));
                    let n = u64::try_from(list.len()).unwrap_or(1).max(1);
                    list.get(usize::try_from(h % n).unwrap_or(0)).cloned()
                })
        }),
    }
}

/// Parties and signatures of a contrat de ville: the préfecture, the carrier, the main
/// commune when the carrier is a group (loi 2014-173, art. 6: the communes concerned sign),
/// and the ARS when asked.
fn parties_cv(
    r: &Referentiel,
    p: &Porteur,
    signature: Date,
    avec_ars: bool,
) -> (Vec<Acteur>, Vec<Signataire>) {
    let mut acteurs = vec![p.acteur(), prefecture(&p.departement)];
    let mut signataires = vec![
        signe("prefecture", signature),
        signe("collectivite", signature),
    ];
    if p.kind != TypeTerritoire::Commune {
        if let Some(c) = principale(r, p) {
            acteurs.push(acteur(
                "commune",
                c.nom.clone(),
                NatureActeur::Commune,
                Some(t(TypeTerritoire::Commune, &c.code, None)),
            ));
            signataires.push(signe("commune", signature));
        }
    }
    if avec_ars {
        acteurs.push(ars(r, &p.region));
        signataires.push(signe("ars", signature));
    }
    (acteurs, signataires)
}

/// The most populous commune of a carrier (itself for a commune).
fn principale<'r>(r: &'r Referentiel, p: &Porteur) -> Option<&'r Commune> {
    match p.kind {
        TypeTerritoire::Epci | TypeTerritoire::Ept => r
            .membres(&p.code)
            .into_iter()
            .max_by_key(|c| (c.population, std::cmp::Reverse(c.code.clone()))),
        _ => r.commune(&p.code),
    }
}

/// Generates a national portfolio on `r`.
pub fn generer(r: &Referentiel, o: &Options) -> Portefeuille {
    let mut rng = SplitMix64::new(o.seed);
    let scale = o.scale.max(1);
    let reference = o.date_reference;
    let mut docs: Vec<Document> = Vec::new();

    // The 2015 contrats de ville, one per distinct code.
    let cands = Candidats::new(r);
    let mut cvs: Vec<(String, Porteur)> = Vec::new();
    let mut seen: BTreeSet<&str> = BTreeSet::new();
    for c in r.contrats_de_ville() {
        if !seen.insert(c.code.as_str()) {
            continue;
        }
        if let Some(p) = porteur_cv(r, &cands, c) {
            cvs.push((c.code.clone(), p));
        }
    }
    let epcis: Vec<&str> = r.epcis().map(|e| e.siren.as_str()).collect();
    let cts_deps: Vec<(String, String)> = r
        .departements()
        .filter(|d| d.zone == "metro" || d.zone == "drom")
        .take(NB_CTS)
        .map(|d| (d.code.clone(), d.region.clone()))
        .collect();

    for rep in 0..scale {
        let suffix = if rep == 0 {
            String::new()
        } else {
            format!("-r{rep}")
        };
        // Contrats de ville 2015.
        for (code, p) in &cvs {
            let defect = rng.pour_mille(TAUX_DEFAUTS_POUR_MILLE);
            let signature = Date::ymd(
                2015,
                1 + u8::try_from(rng.below(9)).unwrap_or(0),
                1 + u8::try_from(rng.below(28)).unwrap_or(0),
            );
            let statut = if defect {
                StatutCv::Echu
            } else {
                StatutCv::EnVigueur
            };
            let (acteurs, signataires) = parties_cv(r, p, signature, true);
            docs.push(Document::ContratDeVille(ContratDeVille {
                qualification_veille: Vec::new(),
                code: Some(format!("{code}{suffix}")),
                nom: Some(format!("Contrat de ville — {}", p.nom)),
                generation: Some(GenerationCv::G2015),
                statut: Some(Code::Known(statut)),
                porteur: Some("collectivite".into()),
                perimetre: vec![p.territoire()],
                quartiers: Vec::new(),
                nombre_partenaires: None,
                acteurs,
                signataires: signataires.into(),
                date_signature: Some(signature.into()),
                periode: Some(Periode {
                    debut: Some(Date::ymd(2015, 1, 1).into()),
                    fin: Some(Date::ymd(2020, 12, 31).into()),
                }),
                avenants: Vec::new(),
                strategie: Vec::new(),
                piliers: Vec::new(),
                volet_sante: None,
                conseils_citoyens: Vec::new(),
                moyens_conseils_citoyens: None,
                gouvernance: Vec::new(),
                participation: None,
                evaluations: Vec::new(),
            }));
        }
        // Contrats de ville 2024 ("Engagements Quartiers 2030"), on drawn 2015 territories.
        for _ in 0..NB_CV_2024 {
            let Some((code, p)) = rng.pick(&cvs) else {
                break;
            };
            let signature = rng.date(2024, 2024);
            docs.push(Document::ContratDeVille(ContratDeVille {
                qualification_veille: Vec::new(),
                code: Some(format!("{code}-2024{suffix}")),
                nom: Some(format!(
                    "Contrat de ville Engagements Quartiers 2030 — {}",
                    p.nom
                )),
                generation: Some(GenerationCv::G2024),
                statut: Some(Code::Known(if reference >= signature {
                    StatutCv::EnVigueur
                } else {
                    StatutCv::EnNegociation
                })),
                porteur: Some("collectivite".into()),
                perimetre: vec![p.territoire()],
                quartiers: Vec::new(),
                nombre_partenaires: None,
                acteurs: parties_cv(r, p, signature, false).0,
                signataires: parties_cv(r, p, signature, false).1.into(),
                date_signature: Some(signature.into()),
                periode: Some(Periode {
                    debut: Some(Date::ymd(2024, 1, 1).into()),
                    fin: Some(Date::ymd(2030, 12, 31).into()),
                }),
                avenants: Vec::new(),
                strategie: Vec::new(),
                piliers: Vec::new(),
                volet_sante: None,
                conseils_citoyens: Vec::new(),
                moyens_conseils_citoyens: None,
                gouvernance: Vec::new(),
                participation: None,
                evaluations: Vec::new(),
            }));
        }
        // CLS.
        let mut cls_ids: Vec<(String, Porteur)> = Vec::new();
        for i in 0..NB_CLS {
            let Some(siren) = rng.pick(&epcis) else { break };
            let Some(mut p) = epci_porteur(r, siren) else {
                continue;
            };
            if rng.pour_mille(200) {
                let membres = r.membres(siren);
                if let Some(c) = membres
                    .iter()
                    .max_by_key(|c| (c.population, std::cmp::Reverse(&c.code)))
                {
                    p = commune_porteur(c);
                }
            }
            let id = format!("cls-{:04}{suffix}", i + 1);
            let signature = rng.date(2012, 2022);
            let fin = signature
                .add_years(3 + i32::try_from(rng.below(3)).unwrap_or(0))
                .unwrap_or(signature);
            let defect = rng.below(1000);
            let sans_ars = defect < TAUX_DEFAUTS_POUR_MILLE / 2;
            let statut_faux =
                (TAUX_DEFAUTS_POUR_MILLE / 2..TAUX_DEFAUTS_POUR_MILLE).contains(&defect);
            let en_cours = signature <= reference && reference <= fin;
            let statut = match (en_cours, signature > reference, statut_faux) {
                (true, _, false) | (false, false, true) => StatutCls::EnVigueur,
                (false, true, false) => StatutCls::Elaboration,
                (false, false, false) | (true, _, true) => StatutCls::Echu,
                (false, true, true) => StatutCls::EnVigueur,
            };
            let mut signataires = vec![signe("collectivite", signature)];
            if !sans_ars {
                signataires.push(signe("ars", signature));
            }
            let cv = cvs
                .iter()
                .find(|(_, q)| q.code == p.code)
                .filter(|_| rng.pour_mille(600))
                .map(|(code, _)| crate::model::LienContratDeVille {
                    code: format!("{code}{suffix}"),
                    volet_sante: true,
                });
            docs.push(Document::ContratLocalSante(ContratLocalSante {
                zone_sous_dotee: None,
                id: Some(id.clone()),
                nom: Some(format!("Contrat local de santé — {}", p.nom)),
                generation: Some(1 + u8::try_from(rng.below(3)).unwrap_or(0)),
                statut: Some(Code::Known(statut)),
                perimetre: vec![p.territoire()],
                porteur: Some("collectivite".into()),
                nombre_partenaires: None,
                acteurs: vec![p.acteur(), ars(r, &p.region), prefecture(&p.departement)],
                signataires: signataires.into(),
                date_prefiguration: None,
                date_signature: Some(signature.into()),
                periode: Some(Periode {
                    debut: Some(signature.into()),
                    fin: Some(fin.into()),
                }),
                prs: None,
                base_legale: Some("L1434-10".into()),
                diagnostic: None,
                gouvernance: Vec::new(),
                coordination: None,
                strategie: Vec::new(),
                actions: Vec::new(),
                thematiques: Vec::new(),
                sante_mentale: None,
                contrat_de_ville: cv,
                participation: None,
                evaluations: Vec::new(),
                avenants: Vec::new(),
            }));
            cls_ids.push((id, p));
        }
        // Communes of the contrats de ville (the most populous member of each).
        let cv_communes: Vec<(String, &Commune)> = cvs
            .iter()
            .filter_map(|(code, p)| Some((code.clone(), principale(r, p)?)))
            .collect();
        // CLSM.
        for i in 0..NB_CLSM {
            let Some((cv, c)) = rng.pick(&cv_communes) else {
                break;
            };
            let cls = cls_ids
                .iter()
                .find(|(_, p)| p.code == c.code || c.epci.as_deref() == Some(p.code.as_str()))
                .map(|(id, _)| id.clone());
            let dangling = rng.pour_mille(TAUX_DEFAUTS_POUR_MILLE / 2);
            docs.push(Document::ConseilLocalSanteMentale(
                ConseilLocalSanteMentale {
                    id: Some(format!("clsm-{:04}{suffix}", i + 1)),
                    nom: Some(format!("CLSM de {}", c.nom)),
                    statut: Some(Code::Known(StatutClsm::Installe)),
                    perimetre: vec![t(TypeTerritoire::Commune, &c.code, Some(&c.nom))],
                    nombre_partenaires: None,
                    acteurs: vec![acteur(
                        "ville",
                        c.nom.clone(),
                        NatureActeur::Commune,
                        Some(t(TypeTerritoire::Commune, &c.code, None)),
                    )],
                    instances: Vec::new(),
                    objectifs: vec![
                        ObjectifClsm::Destigmatisation,
                        ObjectifClsm::AccesContinuiteSoins,
                    ],
                    coordination: None,
                    date_installation: Some(rng.date(2008, 2019).into()),
                    cls: if dangling {
                        Some(format!("cls-absent-{:04}", i + 1))
                    } else {
                        cls
                    },
                    contrat_de_ville: Some(format!("{cv}{suffix}")),
                    ptsm: None,
                    references: Vec::new(),
                },
            ));
        }
        // ASV.
        for i in 0..NB_ASV {
            let Some((cv, c)) = rng.pick(&cv_communes) else {
                break;
            };
            let dangling = rng.pour_mille(TAUX_DEFAUTS_POUR_MILLE / 2);
            let creation = rng.date(2001, 2019);
            let mut territoires = vec![t(TypeTerritoire::Commune, &c.code, Some(&c.nom))];
            // QPV exist from 2015 on; an older ASV is described by its commune.
            if creation >= Date::ymd(2015, 1, 1) {
                // The QPV of the list in force when the ASV was created.
                territoires.extend(
                    r.qpv_of_commune(&c.code)
                        .into_iter()
                        .filter(|q| r.qpv_en_vigueur(q, creation))
                        .map(|q| t(TypeTerritoire::Qpv, &q.code, Some(&q.nom))),
                );
            }
            docs.push(Document::AtelierSanteVille(AtelierSanteVille {
                historique: Vec::new(),
                adultes_relais: Vec::new(),
                id: Some(format!("asv-{:04}{suffix}", i + 1)),
                nom: Some(format!("Atelier santé ville de {}", c.nom)),
                statut: Some(Code::Known(if rng.pour_mille(900) {
                    StatutAsv::Operationnel
                } else {
                    StatutAsv::Amorcage
                })),
                porteur: Some("ville".into()),
                nombre_partenaires: None,
                acteurs: vec![acteur(
                    "ville",
                    c.nom.clone(),
                    NatureActeur::Commune,
                    Some(t(TypeTerritoire::Commune, &c.code, None)),
                )],
                territoires,
                date_creation: Some(creation.into()),
                coordination: None,
                methode: None,
                participation: None,
                rattachement: Some(Rattachement {
                    contrat_de_ville: Some(if dangling {
                        "CV999".to_string()
                    } else {
                        format!("{cv}{suffix}")
                    }),
                    cls: None,
                }),
                thematiques: Vec::new(),
            }));
        }
        // CTS, one per département.
        for (i, (dep, reg)) in cts_deps.iter().enumerate() {
            docs.push(Document::ConseilTerritorialSante(ConseilTerritorialSante {
                representations: Vec::new(),
                zone_de_montagne: None,
                avis: Vec::new(),
                definition_tds: None,
                representation_precarite_handicap: None,
                id: Some(format!("cts-{dep}{suffix}")),
                nom: Some(format!("Conseil territorial de santé ({dep})")),
                statut: Some(Code::Known(StatutCts::Installe)),
                territoire: Some(t(TypeTerritoire::Departement, dep, None)),
                regions: vec![reg.clone()],
                departements: vec![dep.clone()],
                acteurs: vec![ars(r, reg)],
                colleges: Vec::new(),
                instances: Liste::default(),
                date_arrete: Some(
                    Date::ymd(2016, 10, 1 + u8::try_from(i % 28).unwrap_or(0)).into(),
                ),
                date_installation: Some(
                    Date::ymd(2016, 11, 1 + u8::try_from(i % 28).unwrap_or(0)).into(),
                ),
                mandat: None,
                numero_mandat: Some(1),
                president_elu: Some(true),
            }));
        }
    }
    Portefeuille {
        id: Some(format!("national-s{}-x{scale}", o.seed)),
        nom: Some("Portefeuille national généré".into()),
        territoire: None,
        documents: docs,
    }
}
