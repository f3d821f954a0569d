//! `territoire-sante referentiel …`: lookups in the embedded référentiel (or one loaded from
//! files).

use std::process::ExitCode;

use serde_json::Value;
use territoire_sante::api::referentiel as api;
use territoire_sante::referentiel::Referentiel;
use territoire_sante::{Date, Error};

use crate::{out, out_text, pretty, read_within, ListFormat};

/// Arguments of `referentiel`.
#[derive(clap::Args)]
pub struct Args {
    /// Ce qu'on cherche.
    #[command(subcommand)]
    pub what: What,
    /// Format de sortie.
    #[arg(long, value_enum, default_value = "human", global = true)]
    pub format: ListFormat,
    /// Référentiel au format compact (celui de `core/data/referentiel.tsv`) à la place du
    /// référentiel embarqué.
    #[arg(long, global = true)]
    pub donnees: Option<String>,
    /// Dossier `data/` du paquet npm `@etalab/decoupage-administratif` (un autre millésime).
    #[arg(long, global = true)]
    pub cog_dir: Option<String>,
    /// Libellé du millésime chargé par `--cog-dir` (ex. « COG 2024 »).
    #[arg(long, global = true)]
    pub millesime: Option<String>,
    /// Premier jour du millésime chargé par `--cog-dir` (AAAA-MM-JJ).
    #[arg(long, global = true)]
    pub date_millesime: Option<String>,
    /// Liste de QPV de l'ANCT (GeoJSON) à ajouter, réputée nationale.
    #[arg(long, global = true)]
    pub qpv_geojson: Option<String>,
    /// Contours des QPV (GeoJSON ; data/qpv2024/contours.geojson) pour `point`.
    #[arg(long, global = true)]
    pub qpv_contours: Option<String>,
}

/// Lookups.
#[derive(clap::Subcommand)]
pub enum What {
    /// Une commune par son code INSEE (ex. 59350).
    Commune {
        /// Code INSEE.
        code: String,
    },
    /// Un EPCI par son SIREN (ex. 200093201), avec ses communes membres.
    Epci {
        /// SIREN.
        siren: String,
    },
    /// Un établissement public territorial du Grand Paris par son SIREN.
    Ept {
        /// SIREN.
        siren: String,
    },
    /// Un département par son code (ex. 02, 2A, 971).
    Departement {
        /// Code.
        code: String,
    },
    /// Une région par son code (ex. 32).
    Region {
        /// Code.
        code: String,
    },
    /// Un quartier prioritaire par son code (ex. QN09125M, liste 2024 ; QP031006, liste 2015).
    Qpv {
        /// Code.
        code: String,
    },
    /// Un contrat de ville (génération 2015) par son code ANCT (ex. CV043).
    ContratDeVille {
        /// Code.
        code: String,
    },
    /// Recherche par nom, sans tenir compte des majuscules ni des accents.
    Cherche {
        /// Nom ou début de nom (ex. « chateau thierry »).
        #[arg(required = true)]
        nom: Vec<String>,
        /// Nombre maximal de résultats.
        #[arg(long, default_value = "10")]
        limite: usize,
    },
    /// Le quartier prioritaire qui contient un point (longitude, latitude WGS84) ; requiert
    /// --qpv-contours.
    Point {
        /// Longitude (ex. 2.385).
        #[arg(allow_negative_numbers = true)]
        lon: f64,
        /// Latitude (ex. 48.65).
        #[arg(allow_negative_numbers = true)]
        lat: f64,
    },
    /// Millésime, provenance, licence et effectifs du référentiel.
    Info,
}

fn load(args: &Args) -> Result<Referentiel, Error> {
    let base = match (&args.donnees, &args.cog_dir) {
        (Some(_), Some(_)) => {
            return Err(Error::Option {
                option: "--donnees".into(),
                reason: "incompatible avec --cog-dir".into(),
            })
        }
        (Some(f), None) => Referentiel::from_compact(&read_within(
            f,
            territoire_sante::referentiel::MAX_REFERENTIEL_BYTES,
        )?)?,
        (None, Some(d)) => {
            let date = match &args.date_millesime {
                Some(s) => Some(s.parse::<Date>().map_err(|e| Error::Option {
                    option: "--date-millesime".into(),
                    reason: format!("« {s} » : {e}"),
                })?),
                None => None,
            };
            let label = args.millesime.clone().unwrap_or_else(|| "COG".into());
            let r = Referentiel::from_cog_dir(d, &label, date)?;
            match Referentiel::embedded() {
                Some(e) => r.with_quartiers_from(e),
                None => r,
            }
        }
        (None, None) => Referentiel::embedded().cloned().ok_or_else(|| {
            Error::Referentiel(
                "aucun référentiel embarqué : indiquez --donnees ou --cog-dir".into(),
            )
        })?,
    };
    let base = match &args.qpv_geojson {
        Some(f) => base.with_qpv_geojson(
            &read_within(f, territoire_sante::referentiel::MAX_REFERENTIEL_BYTES)?,
            true,
        )?,
        None => base,
    };
    match &args.qpv_contours {
        Some(f) => base.with_qpv_contours(&read_within(
            f,
            territoire_sante::referentiel::MAX_REFERENTIEL_BYTES,
        )?),
        None => Ok(base),
    }
}

fn at<'a>(v: &'a Value, k: &str) -> &'a Value {
    v.get(k).unwrap_or(&Value::Null)
}

fn s(v: &Value, k: &str) -> String {
    match v.get(k) {
        Some(Value::String(x)) => x.clone(),
        Some(Value::Null) | None => String::new(),
        Some(other) => other.to_string(),
    }
}

fn human(kind: &str, v: &Value) -> String {
    let mut o = String::new();
    match kind {
        "commune" => {
            o.push_str(&format!(
                "{} ({}) — {}\n",
                s(v, "nom"),
                s(v, "code"),
                s(v, "type")
            ));
            let d = at(v, "departement_detail");
            let r = at(v, "region_detail");
            o.push_str(&format!(
                "  département : {} {}\n  région      : {} {}\n",
                s(d, "code"),
                s(d, "nom"),
                s(r, "code"),
                s(r, "nom")
            ));
            let e = at(v, "epci_detail");
            if !e.is_null() {
                o.push_str(&format!(
                    "  EPCI        : {} {} ({})\n",
                    s(e, "siren"),
                    s(e, "nom"),
                    s(e, "nature")
                ));
            }
            let t = at(v, "ept");
            if !t.is_null() {
                o.push_str(&format!(
                    "  EPT         : {} {}\n",
                    s(t, "siren"),
                    s(t, "nom")
                ));
            }
            for (k, label) in [
                ("population", "population  "),
                ("siren", "SIREN       "),
                ("parent", "rattachée à "),
            ] {
                if !s(v, k).is_empty() {
                    o.push_str(&format!("  {label}: {}\n", s(v, k)));
                }
            }
            if let Some(a) = at(v, "anciens_codes").as_array() {
                let a: Vec<&str> = a.iter().filter_map(Value::as_str).collect();
                o.push_str(&format!("  anciens codes : {}\n", a.join(", ")));
            }
            if let Some(q) = at(v, "qpv").as_array().filter(|q| !q.is_empty()) {
                for x in q {
                    o.push_str(&format!(
                        "  QPV         : {} {}\n",
                        s(x, "code"),
                        s(x, "nom")
                    ));
                }
            }
        }
        "epci" | "ept" => {
            o.push_str(&format!(
                "{} ({}){}\n",
                s(v, "nom"),
                s(v, "siren"),
                if kind == "epci" {
                    format!(" — {}", s(v, "nature"))
                } else {
                    " — EPT".into()
                }
            ));
            if !s(v, "population_municipale").is_empty() {
                o.push_str(&format!(
                    "  population municipale : {}\n",
                    s(v, "population_municipale")
                ));
            }
            let m = at(v, "membres").as_array().cloned().unwrap_or_default();
            o.push_str(&format!("  {} communes membres :\n", m.len()));
            for c in m {
                o.push_str(&format!("    {} {}\n", s(&c, "code"), s(&c, "nom")));
            }
            if let Some(q) = at(v, "qpv").as_array().filter(|q| !q.is_empty()) {
                for x in q {
                    o.push_str(&format!("  QPV : {} {}\n", s(x, "code"), s(x, "nom")));
                }
            }
        }
        "departement" => {
            let r = at(v, "region_detail");
            o.push_str(&format!(
                "{} ({}) — région {} {} — {} communes\n",
                s(v, "nom"),
                s(v, "code"),
                s(r, "code"),
                s(r, "nom"),
                s(v, "communes")
            ));
        }
        "region" => {
            o.push_str(&format!("{} ({})\n", s(v, "nom"), s(v, "code")));
            for d in at(v, "departements")
                .as_array()
                .cloned()
                .unwrap_or_default()
            {
                o.push_str(&format!("  {} {}\n", s(&d, "code"), s(&d, "nom")));
            }
        }
        "qpv" => {
            o.push_str(&format!(
                "{} ({}) — liste {}, population {}\n",
                s(v, "nom"),
                s(v, "code"),
                s(v, "generation"),
                match s(v, "population") {
                    p if p.is_empty() => "non chargée (fichier INSEE pop_QPV24)".to_string(),
                    p => p,
                }
            ));
            for c in at(v, "communes_detail")
                .as_array()
                .cloned()
                .unwrap_or_default()
            {
                o.push_str(&format!("  commune : {} {}\n", s(&c, "code"), s(&c, "nom")));
            }
            for e in at(v, "epci_detail").as_array().cloned().unwrap_or_default() {
                o.push_str(&format!(
                    "  EPCI    : {} {} ({})\n",
                    s(&e, "siren"),
                    s(&e, "nom"),
                    s(&e, "nature")
                ));
            }
            let d = at(v, "departement_detail");
            let r = at(v, "region_detail");
            o.push_str(&format!(
                "  département : {} {}\n  région      : {} {}\n",
                s(d, "code"),
                s(d, "nom"),
                s(r, "code"),
                s(r, "nom")
            ));
            let p = at(v, "liste_en_vigueur");
            o.push_str(&format!(
                "  liste en vigueur du {}{}\n",
                s(p, "debut"),
                match s(p, "fin") {
                    f if f.is_empty() => String::new(),
                    f => format!(" au {f}"),
                }
            ));
        }
        _ => {
            o.push_str(&format!(
                "{} — {} ({} {}), départements {}, population en QPV {}{}\n",
                s(v, "code"),
                s(v, "label"),
                s(v, "signataire_type"),
                s(v, "signataire"),
                at(v, "departements")
                    .as_array()
                    .map(|a| a
                        .iter()
                        .filter_map(Value::as_str)
                        .collect::<Vec<_>>()
                        .join(", "))
                    .unwrap_or_default(),
                s(v, "pop_qpv"),
                if *at(v, "present") == Value::Bool(false) {
                    " ; signataire absent du millésime chargé (fusionné depuis ?)"
                } else {
                    ""
                }
            ));
        }
    }
    o
}

/// Runs `referentiel`.
pub fn run(args: Args) -> Result<ExitCode, Error> {
    let r = load(&args)?;
    let json = args.format == ListFormat::Json;
    let (kind, code) = match &args.what {
        What::Commune { code } => ("commune", code),
        What::Epci { siren } => ("epci", siren),
        What::Ept { siren } => ("ept", siren),
        What::Departement { code } => ("departement", code),
        What::Region { code } => ("region", code),
        What::Qpv { code } => ("qpv", code),
        What::ContratDeVille { code } => ("contrat_de_ville", code),
        What::Cherche { nom, limite } => {
            let q = nom.join(" ");
            let v = api::search_in(&r, &q, *limite);
            if json {
                out(&pretty(&v));
            } else {
                let hits = v.as_array().cloned().unwrap_or_default();
                if hits.is_empty() {
                    out_text(&format!("Aucun résultat pour « {q} ».\n"));
                }
                if !hits.is_empty() {
                    let mut t = territoire_sante::analysis::tableaux::table(&[
                        "code",
                        "type",
                        "nom",
                        "département",
                    ]);
                    for h in hits {
                        territoire_sante::analysis::tableaux::row(
                            &mut t,
                            vec![
                                s(&h, "code"),
                                s(&h, "type"),
                                s(&h, "nom"),
                                s(&h, "departement"),
                            ],
                        );
                    }
                    territoire_sante::analysis::tableaux::bound(&mut t, 2, 40);
                    out_text(&format!("{t}\n"));
                }
            }
            return Ok(ExitCode::SUCCESS);
        }
        What::Point { lon, lat } => {
            if r.contours_charges() == 0 {
                return Err(Error::Option {
                    option: "--qpv-contours".into(),
                    reason: "aucun contour de QPV chargé : indiquez le GeoJSON des contours (data/qpv2024/contours.geojson)".into(),
                });
            }
            let v = api::qpv_at_in(&r, *lon, *lat)?;
            let hits = v.as_array().cloned().unwrap_or_default();
            if json {
                out(&pretty(&v));
            } else if hits.is_empty() {
                out_text(&format!(
                    "Aucun quartier prioritaire au point ({lon}, {lat}).\n"
                ));
            } else {
                for h in &hits {
                    out_text(&format!(
                        "{} {} (liste {}, communes {})\n",
                        s(h, "code"),
                        s(h, "nom"),
                        s(h, "generation"),
                        at(h, "communes")
                            .as_array()
                            .map(|a| a
                                .iter()
                                .filter_map(Value::as_str)
                                .collect::<Vec<_>>()
                                .join(", "))
                            .unwrap_or_default()
                    ));
                }
            }
            return Ok(ExitCode::from(u8::from(hits.is_empty())));
        }
        What::Info => {
            let v = api::about_in(&r);
            if json {
                out(&pretty(&v));
            } else {
                let mut o = format!(
                    "Référentiel {} (millésime au {})\nLicence : {}\n",
                    s(&v, "vintage"),
                    s(&v, "vintage_date"),
                    s(&v, "licence")
                );
                for src in at(&v, "sources").as_array().cloned().unwrap_or_default() {
                    o.push_str(&format!(
                        "Source {} : {}\n",
                        src.get(0).and_then(Value::as_str).unwrap_or(""),
                        src.get(1).and_then(Value::as_str).unwrap_or("")
                    ));
                }
                if let Value::Object(m) = at(&v, "comptes") {
                    for (k, n) in m {
                        o.push_str(&format!("  {k} : {n}\n"));
                    }
                }
                out_text(&o);
            }
            return Ok(ExitCode::SUCCESS);
        }
    };
    let v = api::lookup_in(&r, kind, code)?;
    if v.is_null() {
        if json {
            out("null\n");
        } else {
            out_text(&format!(
                "Aucun(e) {kind} « {code} » dans le référentiel {}.\n",
                r.vintage
            ));
        }
        return Ok(ExitCode::from(1));
    }
    if json {
        out(&pretty(&v));
    } else {
        out_text(&human(kind, &v));
    }
    Ok(ExitCode::SUCCESS)
}
