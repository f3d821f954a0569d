//! Portfolio-level analyses: coverage of communes ([`couverture`]) and of quartiers
//! prioritaires ([`quartiers`]) and their maps (`carte`, feature `cartes`), articulation ([`articulation`]),
//! opportunity assessment ([`opportunite`]), and, with the feature `generateur`, a generator of
//! realistic national portfolios for tests, examples and benchmarks (`generateur`), outside the
//! stable API.

pub mod articulation;
#[cfg(feature = "cartes")]
pub mod carte;
pub mod couverture;
pub mod dispositifs;
#[cfg(feature = "generateur")]
pub mod generateur;
pub mod opportunite;
pub mod quartiers;
pub mod sortie;
#[cfg(feature = "cli")]
pub mod tableaux;

use crate::error::Error;
use crate::model::Document;
use crate::read::{self, Limits, Read};
use crate::report::Locale;

/// A document read for an analysis, with what could not be read.
#[derive(Debug, Clone)]
pub struct Lu {
    /// The document (for a portfolio: the documents that could be read).
    pub document: Document,
    /// For a portfolio: the original index of each document kept.
    pub index_origine: Vec<usize>,
    /// Reading problems, located and in the requested language (unreadable documents of a
    /// portfolio, left out of the analysis).
    pub problemes: Vec<String>,
}

impl Lu {
    /// The index in the file of the `i`-th document kept.
    pub fn origine(&self, i: usize) -> usize {
        self.index_origine.get(i).copied().unwrap_or(i)
    }
}

/// Reads JSON text for an analysis. A portfolio keeps its readable documents (the others are
/// listed in [`Lu::problemes`]); any other unreadable document is an [`Error::Analysis`]
/// whose message says where and why, as `validate` would.
pub fn lire(text: &str, locale: Locale) -> Result<Lu, Error> {
    let render = |issue: read::Issue| -> String {
        let (rule, f) = issue;
        crate::rules::render_with(
            rule.message_for(f.variant).get(locale),
            &f.params,
            &f.display,
            locale,
        )
    };
    // An analysis reads what validation reads, lists of any length and containers as deep as
    // the limits allow: a national portfolio holds more documents than one text may list.
    let limits = Limits {
        max_depth: 120,
        max_items: usize::MAX,
        ..Limits::default()
    };
    let decoded = match read::text(text, &limits, locale) {
        Read::Document(document) => {
            // Every document of a portfolio read straight away is kept.
            let index_origine = match &document {
                Document::Portefeuille(p) => (0..p.documents.len()).collect(),
                _ => Vec::new(),
            };
            return Ok(Lu {
                document,
                index_origine,
                problemes: Vec::new(),
            });
        }
        Read::Unreadable { issue, at } => {
            let at = at.map(|(l, c)| format!("{l}:{c} : ")).unwrap_or_default();
            return Err(Error::Analysis(format!("{at}{}", render(issue))));
        }
        Read::Explained(decoded) => decoded,
    };
    let paths: Vec<String> = decoded.issues.iter().map(|(_, f)| f.path.clone()).collect();
    let refs: Vec<&str> = paths.iter().map(String::as_str).collect();
    let pos = read::locate(text, &refs);
    let problemes: Vec<String> = decoded
        .issues
        .into_iter()
        .map(|i| {
            let at = match pos.get(&i.1.path) {
                Some((l, c)) => format!("{l}:{c} "),
                None => String::new(),
            };
            let path = if i.1.path.is_empty() {
                "/".to_string()
            } else {
                i.1.path.clone()
            };
            format!("{at}{path} : {}", render(i))
        })
        .collect();
    match decoded.doc {
        Some(document) => Ok(Lu {
            document,
            index_origine: decoded.kept,
            problemes,
        }),
        None => Err(Error::Analysis(problemes.join(" ; "))),
    }
}
