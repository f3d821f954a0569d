//! JSON twins of the portfolio analyses: inputs as JSON text and option values, outputs as
//! serialisable rows, so that the Python and WebAssembly wrappers only convert values.

use serde::Deserialize;
use serde_json::Value;
use std::sync::Arc;

use crate::analysis::articulation::Articulation;
use crate::analysis::couverture::{Couverture, Perimetre};
use crate::analysis::quartiers::CouvertureQuartiers;
use crate::analysis::{self, opportunite::AvisOpportunite};
use crate::date::Date;
use crate::engine::{Options, Validator};
use crate::error::Error;
use crate::model::Document;
use crate::referentiel::Referentiel;
use crate::report::{Diagnostic, Locale};

/// Options of the analyses (`{"as_of": "2020-06-30", "lang": "en", "territoire": "dep:59"}`).
#[derive(Debug, Clone, Default, Deserialize, schemars::JsonSchema)]
#[serde(default, deny_unknown_fields)]
pub struct AnalysisOptions {
    /// Date of the analysis (default: today).
    pub as_of: Option<Date>,
    /// Language of the texts.
    #[serde(alias = "lang")]
    pub locale: Locale,
    /// Territory (`dep:59`, `reg:32`, `epci:200093201`, `ept:200057867`,
    /// `communes:59350,59009`); default: every commune the portfolio's instruments cover.
    pub territoire: Option<String>,
    /// Articulation: attach every diagnostic of the documents, not only the cross-document ones.
    pub tous_diagnostics: bool,
    /// Coverage as CSV: the summary per département instead of the rows per commune.
    pub resume: bool,
}

/// Reads analysis options from JSON (`null`: defaults); a bad option is an [`Error::Option`].
pub fn analysis_options(v: Value) -> Result<AnalysisOptions, Error> {
    read_options(v)
}

/// Options of an analysis or of the generator: `null` gives the defaults, a bad option is an
/// [`Error::Option`] naming it.
fn read_options<T: serde::de::DeserializeOwned + Default>(v: Value) -> Result<T, Error> {
    if v.is_null() {
        return Ok(T::default());
    }
    crate::read::read_located::<T>(&v.to_string()).map_err(|(path, fault)| Error::Option {
        option: super::option_name(&path),
        reason: if matches!(fault, crate::read::FaultKind::UnknownField { .. }) {
            "option inconnue".into()
        } else {
            "valeur invalide".into()
        },
    })
}

/// Opportunity assessment of a `demarche_accompagnement` (or of every démarche of a
/// portfolio that records factors), in document order.
pub fn opportunite(text: &str, options: Value) -> Result<Vec<AvisOpportunite>, Error> {
    let o = analysis_options(options)?;
    let lu = analysis::lire(text, o.locale)?;
    match &lu.document {
        Document::DemarcheAccompagnement(d) => {
            Ok(vec![analysis::opportunite::evaluer(d, o.as_of, o.locale)?])
        }
        Document::Portefeuille(p) => {
            let v: Vec<AvisOpportunite> = p
                .documents
                .iter()
                .filter_map(|d| match d {
                    Document::DemarcheAccompagnement(x) if x.facteurs.is_some() => {
                        analysis::opportunite::evaluer(x, o.as_of, o.locale).ok()
                    }
                    _ => None,
                })
                .collect();
            if v.is_empty() {
                Err(Error::Analysis(
                    "le portefeuille ne contient aucune démarche d'accompagnement avec des facteurs"
                        .into(),
                ))
            } else {
                Ok(v)
            }
        }
        other => Err(Error::Analysis(format!(
            "une démarche d'accompagnement est attendue, pas un document « {} »",
            other.kind().tag()
        ))),
    }
}

/// The portfolio of `text`, with the original index of each document kept (taken, not cloned:
/// a copy of every document cost time and, in the WebAssembly module, 10 KB of cloning code).
fn portefeuille(
    text: &str,
    o: &AnalysisOptions,
) -> Result<(Vec<usize>, crate::model::Portefeuille), Error> {
    let analysis::Lu {
        document,
        index_origine,
        ..
    } = analysis::lire(text, o.locale)?;
    match document {
        Document::Portefeuille(p) => Ok((index_origine, p)),
        other => Err(Error::Analysis(format!(
            "un portefeuille est attendu, pas un document « {} »",
            other.kind().tag()
        ))),
    }
}

fn absent() -> Error {
    Error::Referentiel("aucun référentiel embarqué (fonctionnalité referentiel-embarque)".into())
}

fn referentiel() -> Result<&'static Referentiel, Error> {
    Referentiel::embedded().ok_or_else(absent)
}

fn as_of(o: &AnalysisOptions) -> Result<Date, Error> {
    o.as_of.or_else(Date::today).ok_or_else(|| Error::Option {
        option: "as_of".into(),
        reason: "aucune horloge disponible : indiquez la date".into(),
    })
}

fn perimetre(o: &AnalysisOptions) -> Result<Option<Perimetre>, Error> {
    o.territoire.as_deref().map(str::parse).transpose()
}

/// Coverage of a territory by a portfolio (JSON text) with the embedded référentiel.
pub fn couverture(text: &str, options: Value) -> Result<Couverture, Error> {
    couverture_with(None, text, options)
}

/// [`couverture`] with a given référentiel (one loaded at run time, as the WebAssembly package
/// does).
pub fn couverture_in(r: &Referentiel, text: &str, options: Value) -> Result<Couverture, Error> {
    couverture_with(Some(r), text, options)
}

/// Coverage with a given référentiel (`None`: the embedded one).
pub fn couverture_with(
    r: Option<&Referentiel>,
    text: &str,
    options: Value,
) -> Result<Couverture, Error> {
    let o = analysis_options(options)?;
    let (_, pf) = portefeuille(text, &o)?;
    let r = match r {
        Some(r) => r,
        None => referentiel()?,
    };
    analysis::couverture::couverture(&pf, r, perimetre(&o)?.as_ref(), as_of(&o)?)
}

/// Coverage as CSV (RFC 4180): rows per commune, or per département with `"resume": true`.
pub fn couverture_csv(text: &str, options: Value) -> Result<String, Error> {
    couverture_csv_with(None, text, options)
}

/// Coverage as CSV with a given référentiel (`None`: the embedded one).
pub fn couverture_csv_with(
    r: Option<&Referentiel>,
    text: &str,
    options: Value,
) -> Result<String, Error> {
    let resume = analysis_options(options.clone())?.resume;
    let c = couverture_with(r, text, options)?;
    Ok(if resume {
        analysis::sortie::resume_csv(&c)
    } else {
        analysis::sortie::couverture_csv(&c)
    })
}

/// Coverage per quartier prioritaire (QPV of the lists in force at `as_of`) by a portfolio
/// (JSON text), with a given référentiel (`None`: the embedded one). Without `territoire`, every
/// QPV in force in the country.
pub fn couverture_quartiers_with(
    r: Option<&Referentiel>,
    text: &str,
    options: Value,
) -> Result<CouvertureQuartiers, Error> {
    let o = analysis_options(options)?;
    let (_, pf) = portefeuille(text, &o)?;
    let r = match r {
        Some(r) => r,
        None => referentiel()?,
    };
    analysis::quartiers::couverture_quartiers(&pf, r, perimetre(&o)?.as_ref(), as_of(&o)?)
}

/// [`couverture_quartiers_with`] on the embedded référentiel.
pub fn couverture_quartiers(text: &str, options: Value) -> Result<CouvertureQuartiers, Error> {
    couverture_quartiers_with(None, text, options)
}

/// Coverage per quartier as CSV (RFC 4180): rows per QPV, or with `"resume": true` the counts
/// per département, région and in total.
pub fn couverture_quartiers_csv_with(
    r: Option<&Referentiel>,
    text: &str,
    options: Value,
) -> Result<String, Error> {
    let resume = analysis_options(options.clone())?.resume;
    let c = couverture_quartiers_with(r, text, options)?;
    Ok(if resume {
        analysis::sortie::resume_quartiers_csv(&c)
    } else {
        analysis::sortie::quartiers_csv(&c)
    })
}

/// Coverage per quartier as a map (see [`analysis::carte`]; feature `cartes`): `format` is `"geojson"` (GeoJSON
/// text, RFC 7946) or `"svg"` (an SVG document in the options' language). The référentiel must
/// hold the QPV contours for the SVG ([`Referentiel::with_qpv_contours`]); the GeoJSON keeps a
/// quartier without contour with a `null` geometry.
#[cfg(feature = "cartes")]
pub fn carte_quartiers_with(
    r: Option<&Referentiel>,
    text: &str,
    options: Value,
    format: &str,
) -> Result<String, Error> {
    let locale = analysis_options(options.clone())?.locale;
    let c = couverture_quartiers_with(r, text, options)?;
    let r = match r {
        Some(r) => r,
        None => referentiel()?,
    };
    match format {
        "geojson" => Ok(analysis::carte::geojson(&c, r).to_string()),
        "svg" => analysis::carte::svg(&c, r, locale),
        other => Err(Error::Option {
            option: "format".into(),
            reason: format!(
                "« {} » : geojson ou svg attendu",
                other.chars().take(20).collect::<String>()
            ),
        }),
    }
}

/// The articulation matrix as CSV (RFC 4180).
pub fn articulation_csv(text: &str, options: Value) -> Result<String, Error> {
    Ok(analysis::sortie::articulation_csv(&articulation(
        text, options,
    )?))
}

/// Articulation matrix of a portfolio (JSON text): the portfolio is validated at `as_of` and
/// the cross-document findings are attached to the rows they concern.
pub fn articulation(text: &str, options: Value) -> Result<Articulation, Error> {
    let r = crate::referentiel::default_shared().ok_or_else(absent)?;
    articulation_in(&r, text, options)
}

/// [`articulation`] with a given référentiel, which the validation uses too.
pub fn articulation_in(
    r: &Arc<Referentiel>,
    text: &str,
    options: Value,
) -> Result<Articulation, Error> {
    let o = analysis_options(options)?;
    let (index_origine, pf) = portefeuille(text, &o)?;
    let date = as_of(&o)?;
    let validator = Validator::new(Options {
        as_of: Some(date),
        locale: o.locale,
        referentiel: Some(Arc::clone(r)),
        ..Options::default()
    })?;
    let report = validator.validate_str(text);
    // Paths of the report index the file; the matrix indexes the documents that were read.
    let back: std::collections::HashMap<usize, usize> = index_origine
        .iter()
        .enumerate()
        .map(|(i, orig)| (*orig, i))
        .collect();
    let diagnostics: Vec<Diagnostic> = report
        .diagnostics
        .into_iter()
        .filter_map(|mut d| {
            let orig = analysis::articulation::document_index(&d.path)?;
            let kept = *back.get(&orig)?;
            if kept != orig {
                d.path = d.path.replacen(
                    &format!("/documents/{orig}"),
                    &format!("/documents/{kept}"),
                    1,
                );
            }
            Some(d)
        })
        .collect();
    analysis::articulation::articulation(
        &pf,
        r,
        perimetre(&o)?.as_ref(),
        date,
        &diagnostics,
        o.tous_diagnostics,
    )
}

#[cfg(feature = "generateur")]
/// A generated national portfolio as JSON (`{"seed": 2020, "scale": 1}`), on the embedded
/// référentiel.
pub fn generer_portefeuille(options: Value) -> Result<Value, Error> {
    generer_portefeuille_in(referentiel()?, options)
}

#[cfg(feature = "generateur")]
/// [`generer_portefeuille`] on a given référentiel.
pub fn generer_portefeuille_in(r: &Referentiel, options: Value) -> Result<Value, Error> {
    let pf = portefeuille_genere(r, options)?;
    serde_json::to_value(Document::Portefeuille(pf)).map_err(|e| Error::Analysis(e.to_string()))
}

#[cfg(feature = "generateur")]
fn portefeuille_genere(
    r: &Referentiel,
    options: Value,
) -> Result<crate::model::Portefeuille, Error> {
    #[derive(Deserialize)]
    #[serde(default, deny_unknown_fields)]
    struct O {
        seed: u64,
        scale: usize,
        date_reference: Option<Date>,
    }
    impl Default for O {
        fn default() -> O {
            O {
                seed: 2020,
                scale: 1,
                date_reference: None,
            }
        }
    }
    let o: O = read_options(options)?;
    // ×1000 is already 1.75 million documents: beyond, a typo rather than a wish.
    if !(1..=1000).contains(&o.scale) {
        return Err(Error::Option {
            option: "scale".into(),
            reason: "un entier de 1 à 1000 est attendu".into(),
        });
    }
    let mut g = analysis::generateur::Options {
        seed: o.seed,
        scale: o.scale,
        ..Default::default()
    };
    if let Some(d) = o.date_reference {
        g.date_reference = d;
    }
    Ok(analysis::generateur::generer(r, &g))
}
