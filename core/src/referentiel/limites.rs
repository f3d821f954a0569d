//! Département outlines: the background of the coverage maps ([`crate::analysis::carte`]), an
//! optional asset loaded at run time like the QPV contours, never embedded. The repository
//! ships `data/departements/contours.geojson` (IGN ADMIN EXPRESS COG 2018, Licence Ouverte,
//! simplified: 366 KB, see its README); the IGN's and Etalab's own files read the same way.

use std::collections::BTreeMap;

use serde_json::Value;

use super::contours::{read_geometry, Contour};
use super::Referentiel;
use crate::error::Error;

/// The outlines by département code, and the credit their licence asks the maps to print.
#[derive(Debug, Clone, Default)]
pub(super) struct Limites {
    pub(super) contours: BTreeMap<String, Contour>,
    pub(super) attribution: Option<String>,
}

/// The property names that carry the département code: this project's file and Etalab's
/// (`code`), other layouts (`code_dep`, `insee_dep`) and IGN's ADMIN EXPRESS (`INSEE_DEP`).
const CLES_CODE: [&str; 4] = ["code", "code_dep", "insee_dep", "INSEE_DEP"];

fn located(i: usize, code: &str, e: &str) -> Error {
    Error::Referentiel(format!(
        "contours des départements, élément {i} ({}) : {e}",
        code.chars().take(12).collect::<String>()
    ))
}

impl Referentiel {
    /// Attaches département outlines from a GeoJSON `FeatureCollection` whose features carry
    /// the INSEE code (`properties.code`, or `code_dep`, `insee_dep`, `INSEE_DEP`) and a
    /// `Polygon` or `MultiPolygon` geometry (WGS84). The maps draw them in grey under the
    /// quartiers. A foreign member `attribution` (text) of the collection is the credit the
    /// maps print. An unknown code, a code given twice or a malformed geometry is an error
    /// naming its feature; a feature without geometry is counted in the recorded source.
    /// Outlines loaded before are kept, those of the same départements replaced.
    ///
    /// ```
    /// # #[cfg(feature = "referentiel-embarque")] {
    /// use territoire_sante::referentiel::Referentiel;
    /// let geojson = r#"{"type": "FeatureCollection", "features": [{"type": "Feature",
    ///   "properties": {"code": "91", "nom": "Essonne"},
    ///   "geometry": {"type": "Polygon", "coordinates": [[[1.9, 48.3], [2.6, 48.3],
    ///     [2.6, 48.8], [1.9, 48.8], [1.9, 48.3]]]}}]}"#;
    /// let r = Referentiel::embedded().unwrap().clone().with_departement_contours(geojson).unwrap();
    /// assert_eq!(r.departement_contours_charges(), 1);
    /// assert!(r.departement_contour("91").is_some());
    /// assert!(r.clone().with_departement_contours(&geojson.replace("\"91\"", "\"99\"")).is_err());
    /// # }
    /// ```
    pub fn with_departement_contours(mut self, text: &str) -> Result<Referentiel, Error> {
        super::load::check_size(
            "contours des départements",
            text.len(),
            &super::LoadLimits::default(),
        )?;
        let v: Value = serde_json::from_str(text).map_err(|e| {
            Error::Referentiel(format!(
                "contours des départements : GeoJSON illisible : {e}"
            ))
        })?;
        let features = super::load::features(&v, "contours des départements")?;
        let mut lus = BTreeMap::new();
        let mut vides = 0usize;
        for (i, f) in features.iter().enumerate() {
            let props = f.get("properties");
            let code = CLES_CODE
                .iter()
                .find_map(|k| props.and_then(|p| p.get(*k)).and_then(Value::as_str))
                .map(str::trim)
                .unwrap_or("");
            if code.is_empty() {
                return Err(Error::Referentiel(format!(
                    "contours des départements, élément {i} : code du département absent (propriété « code », « code_dep », « insee_dep » ou « INSEE_DEP »)"
                )));
            }
            if self.departement(code).is_none() {
                return Err(located(i, code, "département inconnu du référentiel"));
            }
            let contour = read_geometry(f.get("geometry").unwrap_or(&Value::Null))
                .map_err(|e| located(i, code, &e))?;
            let Some(c) = contour else {
                vides += 1;
                continue;
            };
            if lus.insert(code.to_string(), c).is_some() {
                return Err(located(i, code, "département déjà décrit plus haut"));
            }
        }
        let attribution = v
            .get("attribution")
            .and_then(Value::as_str)
            .map(|s| s.trim().chars().take(200).collect::<String>())
            .filter(|s| !s.is_empty());
        self.sources.push((
            "departements_contours".to_string(),
            format!(
                "contours des départements (GeoJSON) chargés à l'exécution : {} départements dessinés, {vides} sans géométrie{}",
                lus.len(),
                attribution
                    .as_deref()
                    .map(|a| format!(" ; {a}"))
                    .unwrap_or_default()
            ),
        ));
        self.limites.contours.extend(lus);
        if attribution.is_some() {
            self.limites.attribution = attribution;
        }
        Ok(self)
    }

    /// The outline of a département, when loaded ([`Referentiel::with_departement_contours`]).
    pub fn departement_contour(&self, code: &str) -> Option<&Contour> {
        self.limites.contours.get(code)
    }

    /// How many départements have a loaded outline.
    pub fn departement_contours_charges(&self) -> usize {
        self.limites.contours.len()
    }

    /// The credit of the loaded outlines (the file's `attribution`), printed on the maps.
    pub fn departement_contours_attribution(&self) -> Option<&str> {
        self.limites.attribution.as_deref()
    }
}
