//! `territoire-sante couverture | articulation | opportunite`: portfolio analyses.

use std::process::ExitCode;

use clap::ValueEnum;
use territoire_sante::analysis::{opportunite, sortie};

use territoire_sante::analysis::tableaux as tables;
use territoire_sante::api::analysis as api;
use territoire_sante::{Date, Error};

use crate::{out, out_text, pretty, read, Lang, ListFormat};

/// Output format of the analyses.
#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum TableFormat {
    /// A table for the terminal.
    Human,
    /// CSV (RFC 4180, header row).
    Csv,
    /// JSON.
    Json,
    /// GeoJSON (couverture --quartiers : la carte des QPV, ouverte par QGIS et uMap).
    Geojson,
    /// SVG (couverture --quartiers : la carte des QPV ; contours requis, --qpv-contours).
    Svg,
}

/// The error for a map format asked of a table.
fn carte_seulement() -> Error {
    Error::Option {
        option: "--format".into(),
        reason: "geojson et svg ne valent que pour couverture --quartiers".into(),
    }
}

fn date(s: Option<String>) -> Result<Option<Date>, Error> {
    match s {
        Some(s) => Ok(Some(s.parse::<Date>().map_err(|e| Error::Option {
            option: "--as-of".into(),
            reason: format!("« {s} » : {e}"),
        })?)),
        None => Ok(None),
    }
}

/// Arguments of `couverture`.
#[derive(clap::Args)]
pub struct CouvertureArgs {
    /// Portefeuille JSON (`-` : entrée standard).
    pub portfolio: String,
    /// Territoire : `fr`, `dep:59`, `reg:32`, `epci:200093201`, `ept:200057867`, `communes:59350,59009` ; défaut : les communes couvertes par le portefeuille.
    #[arg(long)]
    pub territoire: Option<String>,
    /// Date d'analyse (AAAA-MM-JJ ; défaut : aujourd'hui).
    #[arg(long)]
    pub as_of: Option<String>,
    /// Langue.
    #[arg(long, value_enum, default_value = "fr")]
    pub lang: Lang,
    /// Format de sortie.
    #[arg(long, value_enum, default_value = "human")]
    pub format: TableFormat,
    /// Sortie CSV/JSON : le résumé par département au lieu des lignes par commune.
    #[arg(long)]
    pub resume: bool,
    /// Couverture par quartier prioritaire (QPV des listes en vigueur à la date) au lieu de
    /// par commune ; sans --territoire, tous les QPV de France.
    #[arg(long)]
    pub quartiers: bool,
    /// Contours des QPV (GeoJSON : data/qpv2024/contours.geojson ou le fichier de l'ANCT) pour
    /// --format geojson ou svg.
    #[arg(long)]
    pub qpv_contours: Option<String>,
    /// Limites des départements (GeoJSON : data/departements/contours.geojson) dessinées sous
    /// les quartiers avec --format svg.
    #[arg(long)]
    pub departements_contours: Option<String>,
}

/// Arguments of `articulation`.
#[derive(clap::Args)]
pub struct ArticulationArgs {
    /// Portefeuille JSON (`-` : entrée standard).
    pub portfolio: String,
    /// Territoire (même syntaxe que `couverture`) ; défaut : tout le portefeuille.
    #[arg(long)]
    pub territoire: Option<String>,
    /// Date d'analyse (AAAA-MM-JJ ; défaut : aujourd'hui).
    #[arg(long)]
    pub as_of: Option<String>,
    /// Langue.
    #[arg(long, value_enum, default_value = "fr")]
    pub lang: Lang,
    /// Format de sortie.
    #[arg(long, value_enum, default_value = "human")]
    pub format: TableFormat,
    /// Joint tous les diagnostics des documents, pas seulement les incohérences entre documents.
    #[arg(long)]
    pub tous_diagnostics: bool,
}

/// Arguments of `opportunite`.
#[derive(clap::Args)]
pub struct OpportuniteArgs {
    /// Démarche d'accompagnement (ou portefeuille) JSON (`-` : entrée standard).
    pub file: String,
    /// Date de lecture des facteurs quand le document n'a pas de `date_constat`.
    #[arg(long)]
    pub as_of: Option<String>,
    /// Langue.
    #[arg(long, value_enum, default_value = "fr")]
    pub lang: Lang,
    /// Format de sortie (l'avis n'est pas un tableau : pas de CSV).
    #[arg(long, value_enum, default_value = "human")]
    pub format: ListFormat,
}

fn lang_code(l: Lang) -> &'static str {
    match l {
        Lang::Fr => "fr",
        Lang::En => "en",
    }
}

/// Runs `couverture`.
pub fn couverture(a: CouvertureArgs) -> Result<ExitCode, Error> {
    let text = read(&a.portfolio)?;
    let options = serde_json::json!({
        "as_of": date(a.as_of)?.map(|d| d.to_string()),
        "lang": lang_code(a.lang),
        "territoire": a.territoire,
    });
    if a.quartiers && matches!(a.format, TableFormat::Geojson | TableFormat::Svg) {
        let base = territoire_sante::referentiel::Referentiel::embedded()
            .cloned()
            .ok_or_else(|| Error::Referentiel("aucun référentiel embarqué".into()))?;
        let r = match &a.qpv_contours {
            Some(f) => base.with_qpv_contours(&crate::read_within(
                f,
                territoire_sante::referentiel::MAX_REFERENTIEL_BYTES,
            )?)?,
            None => base,
        };
        let r = match &a.departements_contours {
            Some(f) => r.with_departement_contours(&crate::read_within(
                f,
                territoire_sante::referentiel::MAX_REFERENTIEL_BYTES,
            )?)?,
            None => r,
        };
        let format = if a.format == TableFormat::Svg {
            "svg"
        } else {
            "geojson"
        };
        let mut map = api::carte_quartiers_with(Some(&r), &text, options, format)?;
        map.push('\n');
        out(&map);
        return Ok(ExitCode::SUCCESS);
    }
    if a.quartiers {
        let c = api::couverture_quartiers(&text, options)?;
        match (a.format, a.resume) {
            (TableFormat::Human, _) => out_text(&tables::quartiers(&c, a.lang.into())),
            (TableFormat::Csv, false) => out(&sortie::quartiers_csv(&c)),
            (TableFormat::Csv, true) => out(&sortie::resume_quartiers_csv(&c)),
            (TableFormat::Json, false) => {
                out(&pretty(&serde_json::to_value(&c).unwrap_or_default()))
            }
            (TableFormat::Geojson | TableFormat::Svg, _) => return Err(carte_seulement()),
            (TableFormat::Json, true) => out(&pretty(&serde_json::json!({
                "as_of": c.as_of,
                "territoire": c.territoire,
                "note": c.note,
                "departements": c.departements,
                "regions": c.regions,
                "total": c.total,
            }))),
        }
        return Ok(ExitCode::SUCCESS);
    }
    let c = api::couverture(&text, options)?;
    match (a.format, a.resume) {
        (TableFormat::Geojson | TableFormat::Svg, _) => return Err(carte_seulement()),
        (TableFormat::Human, _) => out_text(&tables::couverture(&c, a.lang.into())),
        (TableFormat::Csv, false) => out(&sortie::couverture_csv(&c)),
        (TableFormat::Csv, true) => out(&sortie::resume_csv(&c)),
        (TableFormat::Json, false) => out(&pretty(&serde_json::to_value(&c).unwrap_or_default())),
        (TableFormat::Json, true) => out(&pretty(&serde_json::json!({
            "as_of": c.as_of,
            "territoire": c.territoire,
            "departements": c.departements,
            "total": c.total,
        }))),
    }
    Ok(ExitCode::SUCCESS)
}

/// Runs `articulation`.
pub fn articulation(a: ArticulationArgs) -> Result<ExitCode, Error> {
    let text = read(&a.portfolio)?;
    let options = serde_json::json!({
        "as_of": date(a.as_of)?.map(|d| d.to_string()),
        "lang": lang_code(a.lang),
        "territoire": a.territoire,
        "tous_diagnostics": a.tous_diagnostics,
    });
    let m = api::articulation(&text, options)?;
    match a.format {
        TableFormat::Human => out_text(&tables::articulation(&m, a.lang.into())),
        TableFormat::Csv => out(&sortie::articulation_csv(&m)),
        TableFormat::Json => out(&pretty(&serde_json::to_value(&m).unwrap_or_default())),
        TableFormat::Geojson | TableFormat::Svg => return Err(carte_seulement()),
    }
    Ok(ExitCode::SUCCESS)
}

/// Runs `opportunite`.
pub fn opportunite(a: OpportuniteArgs) -> Result<ExitCode, Error> {
    let text = read(&a.file)?;
    let options = serde_json::json!({
        "as_of": date(a.as_of)?.map(|d| d.to_string()),
        "lang": lang_code(a.lang),
    });
    let avis = api::opportunite(&text, options)?;
    match a.format {
        // One shape whatever the input: an array of avis, one per démarche (a tool reading the
        // output need not know whether the file held one démarche or a portfolio).
        ListFormat::Json => out(&pretty(&serde_json::to_value(&avis).unwrap_or_default())),
        ListFormat::Human => {
            let names = names(&text);
            let mut s = String::new();
            for (i, x) in avis.iter().enumerate() {
                if i > 0 {
                    s.push('\n');
                }
                let nom = x
                    .demarche
                    .as_ref()
                    .and_then(|id| names.iter().find(|(k, _)| k == id))
                    .map(|(_, n)| n.as_str())
                    .or(if avis.len() == 1 {
                        names.first().map(|(_, n)| n.as_str())
                    } else {
                        None
                    });
                s.push_str(&opportunite::texte(x, nom));
            }
            out_text(&s);
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// (id, nom) of the démarches of a text, for headings.
fn names(text: &str) -> Vec<(String, String)> {
    let v: serde_json::Value = serde_json::from_str(text).unwrap_or_default();
    let one = |d: &serde_json::Value| -> Option<(String, String)> {
        if d.get("type")?.as_str()? != "demarche_accompagnement" {
            return None;
        }
        Some((
            d.get("id")
                .and_then(|x| x.as_str())
                .unwrap_or("")
                .to_string(),
            d.get("nom")?.as_str()?.to_string(),
        ))
    };
    match v.get("documents").and_then(|d| d.as_array()) {
        Some(list) => list.iter().filter_map(one).collect(),
        None => one(&v).into_iter().collect(),
    }
}
