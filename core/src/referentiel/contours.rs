//! QPV contours: an optional asset, loaded at run time from a GeoJSON file (the ANCT's
//! `QP2024_France_Hexagonale_Outre_Mer_WGS84.geojson`, or the repository's
//! `data/qpv2024/contours.geojson` made from it), never embedded: the 1,584 contours of 2024 are
//! 4.3 MB of GeoJSON (738 KB gzipped), twice the whole embedded référentiel (see
//! `docs/performance.md`).
//!
//! Point-in-quartier lookups go through the `geo` crate (`Contains` on a `MultiPolygon`, robust
//! orientation predicates) behind a bounding-box filter.

use std::collections::BTreeMap;

use geo::{BoundingRect, Contains};
use serde_json::Value;

use super::{Qpv, Referentiel};
use crate::error::Error;

/// The contour of one quartier (WGS84 longitude/latitude), with its bounding box.
#[derive(Debug, Clone, PartialEq)]
pub struct Contour {
    geometry: geo::MultiPolygon<f64>,
    bbox: geo::Rect<f64>,
}

impl Contour {
    /// The polygons (exterior ring then holes, each ring closed), as `geo` types.
    pub fn geometry(&self) -> &geo::MultiPolygon<f64> {
        &self.geometry
    }

    /// Bounding box: `(min_lon, min_lat, max_lon, max_lat)`.
    pub fn bbox(&self) -> (f64, f64, f64, f64) {
        let (a, b) = (self.bbox.min(), self.bbox.max());
        (a.x, a.y, b.x, b.y)
    }

    /// Whether the point lies strictly inside the contour (a point on a boundary is in no
    /// quartier: with coordinates rounded to about ten metres, a boundary is not a fact).
    pub fn contains(&self, lon: f64, lat: f64) -> bool {
        let (x0, y0, x1, y1) = self.bbox();
        lon >= x0
            && lon <= x1
            && lat >= y0
            && lat <= y1
            && self.geometry.contains(&geo::Point::new(lon, lat))
    }

    /// The GeoJSON geometry object (`MultiPolygon`).
    pub fn to_geojson(&self) -> Value {
        let coords: Vec<Value> = self
            .geometry
            .0
            .iter()
            .map(|p| {
                let ring = |r: &geo::LineString<f64>| -> Value {
                    Value::Array(r.0.iter().map(|c| serde_json::json!([c.x, c.y])).collect())
                };
                let mut rings = vec![ring(p.exterior())];
                rings.extend(p.interiors().iter().map(ring));
                Value::Array(rings)
            })
            .collect();
        serde_json::json!({"type": "MultiPolygon", "coordinates": coords})
    }
}

/// Contours by QPV code, in code order.
pub(super) type Contours = BTreeMap<String, Contour>;

fn position(v: &Value) -> Option<geo::Coord<f64>> {
    let a = v.as_array()?;
    let x = a.first()?.as_f64()?;
    let y = a.get(1)?.as_f64()?;
    ((-180.0..=180.0).contains(&x) && (-90.0..=90.0).contains(&y)).then_some(geo::Coord { x, y })
}

fn ring(v: &Value) -> Result<geo::LineString<f64>, String> {
    let a = v
        .as_array()
        .ok_or("un anneau doit être une liste de positions")?;
    let mut out = Vec::with_capacity(a.len());
    for (k, p) in a.iter().enumerate() {
        out.push(position(p).ok_or_else(|| {
            format!("position {k} : [longitude, latitude] en degrés WGS84 attendu")
        })?);
    }
    if out.len() < 4 || out.first() != out.last() {
        return Err(
            "un anneau compte au moins 4 positions, la dernière égale à la première".into(),
        );
    }
    Ok(geo::LineString(out))
}

fn polygon(v: &Value) -> Result<geo::Polygon<f64>, String> {
    let rings = v
        .as_array()
        .ok_or("un polygone doit être une liste d'anneaux")?;
    let mut it = rings.iter();
    let exterior = ring(it.next().ok_or("polygone sans anneau")?)?;
    let interiors = it.map(ring).collect::<Result<Vec<_>, _>>()?;
    Ok(geo::Polygon::new(exterior, interiors))
}

/// Reads a GeoJSON geometry (`Polygon` or `MultiPolygon`); `Ok(None)` for a null geometry.
pub(super) fn read_geometry(g: &Value) -> Result<Option<Contour>, String> {
    if g.is_null() {
        return Ok(None);
    }
    let coords = g.get("coordinates").unwrap_or(&Value::Null);
    let geometry = match g.get("type").and_then(Value::as_str) {
        Some("Polygon") => geo::MultiPolygon(vec![polygon(coords)?]),
        Some("MultiPolygon") => geo::MultiPolygon(
            coords
                .as_array()
                .ok_or("« coordinates » d'un MultiPolygon doit être une liste de polygones")?
                .iter()
                .enumerate()
                .map(|(k, p)| polygon(p).map_err(|e| format!("polygone {k} : {e}")))
                .collect::<Result<Vec<_>, _>>()?,
        ),
        Some(other) => {
            return Err(format!(
                "géométrie « {} » : Polygon ou MultiPolygon attendu",
                other.chars().take(30).collect::<String>()
            ))
        }
        None => return Err("géométrie sans « type »".into()),
    };
    let bbox = geometry
        .bounding_rect()
        .ok_or("géométrie sans aucun polygone")?;
    Ok(Some(Contour { geometry, bbox }))
}

impl Referentiel {
    /// Attaches contours to the QPV of the référentiel from a GeoJSON `FeatureCollection` whose
    /// features carry `properties.code_qp` and a `Polygon` or `MultiPolygon` geometry (WGS84).
    /// Codes the référentiel does not hold are counted in the recorded source, not lost
    /// silently; names, communes and EPCI are left as they are (use
    /// [`Referentiel::with_qpv_geojson`] to take the list itself from the file). A malformed
    /// geometry is an error naming its feature and code.
    ///
    /// ```
    /// # #[cfg(feature = "referentiel-embarque")] {
    /// use territoire_sante::referentiel::Referentiel;
    /// let geojson = r#"{"type": "FeatureCollection", "features": [{"type": "Feature",
    ///   "properties": {"code_qp": "QN09125M"},
    ///   "geometry": {"type": "Polygon", "coordinates": [[[2.37, 48.64], [2.40, 48.64],
    ///     [2.40, 48.66], [2.37, 48.66], [2.37, 48.64]]]}}]}"#;
    /// let r = Referentiel::embedded().unwrap().clone().with_qpv_contours(geojson).unwrap();
    /// assert_eq!(r.qpv_at(2.385, 48.65)[0].nom, "La Grande Borne");
    /// assert!(r.qpv_at(2.0, 48.0).is_empty());
    /// # }
    /// ```
    pub fn with_qpv_contours(mut self, text: &str) -> Result<Referentiel, Error> {
        super::load::check_size("contours QPV", text.len(), &super::LoadLimits::default())?;
        let v: Value = serde_json::from_str(text)
            .map_err(|e| Error::Referentiel(format!("contours QPV : GeoJSON illisible : {e}")))?;
        let features = super::load::features(&v, "contours QPV")?;
        let (mut known, mut unknown, mut empty) = (0usize, 0usize, 0usize);
        for (i, f) in features.iter().enumerate() {
            let code = f
                .get("properties")
                .and_then(|p| p.get("code_qp"))
                .and_then(Value::as_str)
                .map(str::trim)
                .unwrap_or("");
            if code.is_empty() {
                return Err(Error::Referentiel(format!(
                    "contours QPV, élément {i} : propriété « code_qp » absente"
                )));
            }
            let contour = read_geometry(f.get("geometry").unwrap_or(&Value::Null))
                .map_err(|e| located(i, code, &e))?;
            match contour {
                None => empty += 1,
                Some(c) if self.qpv(code).is_some() => {
                    self.contours.insert(code.to_string(), c);
                    known += 1;
                }
                Some(_) => unknown += 1,
            }
        }
        self.sources.push((
            "qpv_contours".to_string(),
            format!(
                "contours des QPV (GeoJSON) chargés à l'exécution : {known} QPV dessinés, {unknown} codes absents du référentiel, {empty} sans géométrie"
            ),
        ));
        Ok(self)
    }

    /// The contour of a QPV, when loaded.
    pub fn contour(&self, code: &str) -> Option<&Contour> {
        self.contours.get(code)
    }

    /// How many QPV have a contour.
    pub fn contours_charges(&self) -> usize {
        self.contours.len()
    }

    /// The QPV whose contour contains the point (WGS84 longitude, latitude), in code order:
    /// usually none or one (the lists of 2015 and 2024 may both be loaded). Empty when no
    /// contour is loaded ([`Referentiel::with_qpv_contours`]).
    pub fn qpv_at(&self, lon: f64, lat: f64) -> Vec<&Qpv> {
        self.contours
            .iter()
            .filter(|(_, c)| c.contains(lon, lat))
            .filter_map(|(code, _)| self.qpv(code))
            .collect()
    }
}

pub(super) fn located(i: usize, code: &str, e: &str) -> Error {
    Error::Referentiel(format!(
        "contours QPV, élément {i} ({}) : {e}",
        code.chars().take(12).collect::<String>()
    ))
}
