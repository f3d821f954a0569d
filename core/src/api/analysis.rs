//! JSON twins of the portfolio analyses: inputs as JSON text and option values, outputs as
//! serialisable rows, so that the Python and WebAssembly wrappers only convert values.

use serde::Deserialize;
use serde_json::Value;

use crate::analysis::{self, opportunite::AvisOpportunite};
use crate::date::Date;
use crate::error::Error;
use crate::model::Document;
use crate::report::Locale;

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
}

/// Reads analysis options from JSON (`null`: defaults); a bad option is an [`Error::Option`].
pub fn analysis_options(v: Value) -> Result<AnalysisOptions, Error> {
    if v.is_null() {
        return Ok(AnalysisOptions::default());
    }
    serde_path_to_error::deserialize::<_, AnalysisOptions>(v).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner().to_string();
        Error::Option {
            option: if path == "." { "options".into() } else { path },
            reason: if inner.starts_with("unknown field") {
                "option inconnue".into()
            } else {
                "valeur invalide".into()
            },
        }
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
