//! JSON twins of the référentiel lookups, for the Python and WebAssembly wrappers and the CLI.
//!
//! Each lookup exists in two forms: on a given référentiel (`*_in`) and on the default one
//! (the embedded référentiel; an [`Error::Referentiel`] when the crate was built without it).
//! An unknown code gives `null`; an unknown kind of lookup is an error.

use serde_json::{json, Value};

use crate::error::Error;
use crate::referentiel::{Commune, Qpv, Referentiel};

/// The kinds of lookup by code.
pub const KINDS: [&str; 7] = [
    "commune",
    "epci",
    "ept",
    "departement",
    "region",
    "qpv",
    "contrat_de_ville",
];

fn default_ref() -> Result<&'static Referentiel, Error> {
    Referentiel::embedded().ok_or_else(|| {
        Error::Referentiel(
            "aucun référentiel embarqué dans cette version : chargez-en un (format compact ou fichiers du COG)"
                .into(),
        )
    })
}

fn brief_commune(c: &Commune) -> Value {
    json!({"code": c.code, "nom": c.nom, "population": c.population})
}

fn brief_qpv(q: &Qpv) -> Value {
    json!({"code": q.code, "nom": q.nom, "generation": q.generation, "population": q.population})
}

/// Provenance, vintage, licence and counts of `r`.
pub fn about_in(r: &Referentiel) -> Value {
    let mut v = serde_json::to_value(r.provenance()).unwrap_or(Value::Null);
    if let Value::Object(m) = &mut v {
        m.insert(
            "comptes".into(),
            serde_json::to_value(r.comptes()).unwrap_or(Value::Null),
        );
    }
    v
}

/// Provenance, vintage, licence and counts of the default référentiel.
pub fn about() -> Result<Value, Error> {
    Ok(about_in(default_ref()?))
}

/// Looks up `code` as a `kind` (see [`KINDS`]) in `r`, with its relations (EPCI, EPT,
/// département and région of a commune; members of an EPCI…). `null` when unknown.
pub fn lookup_in(r: &Referentiel, kind: &str, code: &str) -> Result<Value, Error> {
    let code = code.trim();
    let v = match kind {
        "commune" => {
            let Some(c) = r
                .commune(code)
                .or_else(|| r.communes_with_code(code).next())
            else {
                return Ok(Value::Null);
            };
            let mut v = serde_json::to_value(c).unwrap_or(Value::Null);
            if let Value::Object(m) = &mut v {
                m.insert(
                    "epci_detail".into(),
                    r.epci_of(&c.code).map_or(
                        Value::Null,
                        |e| json!({"siren": e.siren, "nom": e.nom, "nature": e.nature}),
                    ),
                );
                m.insert(
                    "ept".into(),
                    r.ept_of(&c.code)
                        .map_or(Value::Null, |e| json!({"siren": e.siren, "nom": e.nom})),
                );
                m.insert(
                    "departement_detail".into(),
                    r.departement(&c.departement)
                        .map_or(Value::Null, |d| json!({"code": d.code, "nom": d.nom})),
                );
                m.insert(
                    "region_detail".into(),
                    r.region(&c.region)
                        .map_or(Value::Null, |d| json!({"code": d.code, "nom": d.nom})),
                );
                m.insert(
                    "qpv".into(),
                    Value::Array(
                        r.qpv_of_commune(&c.code)
                            .into_iter()
                            .map(brief_qpv)
                            .collect(),
                    ),
                );
                let autres: Vec<Value> = r
                    .communes_with_code(&c.code)
                    .filter(|x| x.kind != c.kind)
                    .map(|x| json!({"type": x.kind, "nom": x.nom}))
                    .collect();
                if !autres.is_empty() {
                    m.insert("meme_code".into(), Value::Array(autres));
                }
                m.insert("referentiel".into(), Value::from(r.vintage.clone()));
            }
            v
        }
        "epci" => {
            let Some(e) = r.epci(code) else {
                return Ok(Value::Null);
            };
            let mut v = serde_json::to_value(e).unwrap_or(Value::Null);
            if let Value::Object(m) = &mut v {
                m.insert(
                    "membres".into(),
                    Value::Array(r.membres(code).into_iter().map(brief_commune).collect()),
                );
                m.insert(
                    "qpv".into(),
                    Value::Array(r.qpv_of_epci(code).into_iter().map(brief_qpv).collect()),
                );
                m.insert("referentiel".into(), Value::from(r.vintage.clone()));
            }
            v
        }
        "ept" => {
            let Some(e) = r.ept(code) else {
                return Ok(Value::Null);
            };
            let mut v = serde_json::to_value(e).unwrap_or(Value::Null);
            if let Value::Object(m) = &mut v {
                m.insert(
                    "membres".into(),
                    Value::Array(r.membres(code).into_iter().map(brief_commune).collect()),
                );
            }
            v
        }
        "departement" => {
            let Some(d) = r.departement(code) else {
                return Ok(Value::Null);
            };
            let mut v = serde_json::to_value(d).unwrap_or(Value::Null);
            if let Value::Object(m) = &mut v {
                m.insert(
                    "region_detail".into(),
                    r.region(&d.region)
                        .map_or(Value::Null, |x| json!({"code": x.code, "nom": x.nom})),
                );
                m.insert(
                    "communes".into(),
                    Value::from(r.communes_of_departement(code).len()),
                );
            }
            v
        }
        "region" => {
            let Some(x) = r.region(code) else {
                return Ok(Value::Null);
            };
            let mut v = serde_json::to_value(x).unwrap_or(Value::Null);
            if let Value::Object(m) = &mut v {
                m.insert(
                    "departements".into(),
                    Value::Array(
                        r.departements_of_region(code)
                            .into_iter()
                            .map(|d| json!({"code": d.code, "nom": d.nom}))
                            .collect(),
                    ),
                );
            }
            v
        }
        "qpv" => {
            let Some(q) = r.qpv(code) else {
                return Ok(Value::Null);
            };
            let mut v = serde_json::to_value(q).unwrap_or(Value::Null);
            if let Value::Object(m) = &mut v {
                // Every EPCI of its communes (a QPV may straddle two), from the vintage's
                // membership.
                m.insert(
                    "epci_detail".into(),
                    Value::Array(
                        q.epci
                            .iter()
                            .filter_map(|e| r.epci(e))
                            .map(|e| json!({"siren": e.siren, "nom": e.nom, "nature": e.nature}))
                            .collect(),
                    ),
                );
                m.insert(
                    "departement_detail".into(),
                    r.departement(&q.departement)
                        .map_or(Value::Null, |d| json!({"code": d.code, "nom": d.nom})),
                );
                m.insert(
                    "region_detail".into(),
                    r.region(&q.region)
                        .map_or(Value::Null, |d| json!({"code": d.code, "nom": d.nom})),
                );
                let (debut, fin) = q.generation.periode(r.outre_mer(&q.departement));
                m.insert(
                    "liste_en_vigueur".into(),
                    json!({"debut": debut, "fin": fin}),
                );
                m.insert("referentiel".into(), Value::from(r.vintage.clone()));
                m.insert(
                    "communes_detail".into(),
                    Value::Array(
                        q.communes
                            .iter()
                            .filter_map(|c| r.commune(c))
                            .map(brief_commune)
                            .collect(),
                    ),
                );
            }
            v
        }
        "contrat_de_ville" => match r.contrat_de_ville(code) {
            Some(c) => serde_json::to_value(c).unwrap_or(Value::Null),
            None => Value::Null,
        },
        other => {
            return Err(Error::Option {
                option: "type".into(),
                reason: format!(
                    "« {other} » inconnu ; types possibles : {}",
                    KINDS.join(", ")
                ),
            })
        }
    };
    Ok(v)
}

/// The QPV whose loaded contour contains the point (WGS84 longitude, latitude), each as
/// [`lookup_in`] gives it, in code order; an empty array when none does or no contour is loaded.
/// Coordinates outside [-180, 180] × [-90, 90] (or not numbers) are an [`Error::Option`].
#[cfg(feature = "cartes")]
pub fn qpv_at_in(r: &Referentiel, lon: f64, lat: f64) -> Result<Value, Error> {
    for (name, v, max) in [("lon", lon, 180.0), ("lat", lat, 90.0)] {
        if !v.is_finite() || v.abs() > max {
            return Err(Error::Option {
                option: name.into(),
                reason: format!("{v} : degrés WGS84 entre -{max} et {max} attendus"),
            });
        }
    }
    Ok(Value::Array(
        r.qpv_at(lon, lat)
            .into_iter()
            .filter_map(|q| lookup_in(r, "qpv", &q.code).ok())
            .collect(),
    ))
}

/// [`lookup_in`] on the default référentiel.
pub fn lookup(kind: &str, code: &str) -> Result<Value, Error> {
    lookup_in(default_ref()?, kind, code)
}

/// Name search in `r` (case- and accent-insensitive; exact, then prefix, then contains).
pub fn search_in(r: &Referentiel, query: &str, limit: usize) -> Value {
    serde_json::to_value(r.search(query, limit)).unwrap_or(Value::Array(Vec::new()))
}

/// [`search_in`] on the default référentiel.
pub fn search(query: &str, limit: usize) -> Result<Value, Error> {
    Ok(search_in(default_ref()?, query, limit))
}

/// Member communes (code, nom, population) of the EPCI or EPT `siren` in `r`; `null` when `r`
/// knows neither.
pub fn membres_in(r: &Referentiel, siren: &str) -> Value {
    ["epci", "ept"]
        .iter()
        .filter_map(|kind| lookup_in(r, kind, siren).ok())
        .find_map(|v| v.get("membres").cloned())
        .unwrap_or(Value::Null)
}

/// QPV of the commune `code` in `r` (its QPV list may be partial: see [`about_in`]); `null` for
/// an unknown commune.
pub fn qpv_de_commune_in(r: &Referentiel, code: &str) -> Value {
    lookup_in(r, "commune", code)
        .ok()
        .and_then(|c| c.get("qpv").cloned())
        .unwrap_or(Value::Null)
}

/// The chain of the commune `code` in `r`: `{commune, epci, ept, departement, region}`, each
/// with its code and name (`null` where the commune has none); `null` for an unknown commune.
pub fn territoire_de_in(r: &Referentiel, code: &str) -> Value {
    let Ok(c) = lookup_in(r, "commune", code) else {
        return Value::Null;
    };
    if c.is_null() {
        return Value::Null;
    }
    let field = |name: &str| c.get(name).cloned().unwrap_or(Value::Null);
    json!({
        "commune": {"code": field("code"), "nom": field("nom")},
        "epci": field("epci_detail"),
        "ept": field("ept"),
        "departement": field("departement_detail"),
        "region": field("region_detail"),
    })
}

#[cfg(all(test, feature = "referentiel-embarque"))]
mod tests {
    #![allow(clippy::unwrap_used, clippy::indexing_slicing)]
    use super::*;

    #[test]
    fn lookups_return_json() {
        let v = lookup("commune", "59350").unwrap();
        assert_eq!(v["nom"], "Lille");
        assert_eq!(v["epci_detail"]["siren"], "200093201");
        assert_eq!(v["region_detail"]["code"], "32");
        let v = lookup("epci", "200072031").unwrap();
        assert!(v["membres"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["code"] == "02168"));
        assert_eq!(lookup("commune", "99999").unwrap(), Value::Null);
        assert!(lookup("pays", "FR").is_err());
        assert_eq!(search("chateau thierry", 1).unwrap()[0]["code"], "02168");
        assert_eq!(about().unwrap()["vintage"], "COG 2026");
        assert_eq!(about().unwrap()["comptes"]["epci"], 1255);
    }

    #[test]
    fn members_qpv_and_chain_of_a_commune() {
        let r = default_ref().unwrap();
        let m = membres_in(r, "200072031");
        assert!(m.as_array().unwrap().iter().any(|c| c["code"] == "02168"));
        assert_eq!(membres_in(r, "000000000"), Value::Null);
        assert!(!qpv_de_commune_in(r, "91286").as_array().unwrap().is_empty());
        assert_eq!(qpv_de_commune_in(r, "99999"), Value::Null);
        let t = territoire_de_in(r, "59350");
        assert_eq!(t["commune"]["nom"], "Lille");
        assert_eq!(t["epci"]["siren"], "200093201");
        assert_eq!(t["region"]["code"], "32");
        assert_eq!(territoire_de_in(r, "99999"), Value::Null);
    }

    #[test]
    fn a_qpv_2024_comes_with_its_epci_departement_and_region() {
        let v = lookup("qpv", "QN09125M").unwrap();
        assert_eq!(v["nom"], "La Grande Borne");
        assert_eq!(v["communes"], json!(["91286"]));
        assert_eq!(v["communes_detail"][0]["nom"], "Grigny");
        assert_eq!(v["epci_detail"][0]["siren"], "200059228");
        assert_eq!(v["departement_detail"]["nom"], "Essonne");
        assert_eq!(v["region_detail"]["code"], "11");
        assert_eq!(v["generation"], "2024");
        assert_eq!(v["liste_en_vigueur"]["debut"], "2024-01-01");
        assert_eq!(v["liste_en_vigueur"]["fin"], Value::Null);
        // Overseas, the 2024 list starts a year later.
        let v = lookup("qpv", "QN97101M").unwrap();
        assert_eq!(v["liste_en_vigueur"]["debut"], "2025-01-01");
        let hits = search("grande borne", 5).unwrap();
        assert!(hits
            .as_array()
            .unwrap()
            .iter()
            .any(|h| h["code"] == "QN09125M" && h["type"] == "qpv"));
    }
}
