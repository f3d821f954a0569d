//! Maps of a coverage per quartier ([`super::quartiers`]): a GeoJSON `FeatureCollection` that
//! QGIS and uMap open, and a self-contained SVG (for notebooks, web pages and reports).
//!
//! Both need the QPV contours, an optional asset of the référentiel
//! ([`Referentiel::with_qpv_contours`]). A quartier without a loaded contour is kept in the
//! GeoJSON with a `null` geometry (allowed by RFC 7946) and counted, not drawn, in the SVG.
//! The SVG draws the département outlines under the quartiers when they are loaded (another
//! optional asset: [`Referentiel::with_departement_contours`]).
//!
//! ```
//! # #[cfg(feature = "referentiel-embarque")] {
//! use territoire_sante::analysis::{carte, couverture::Perimetre, quartiers};
//! use territoire_sante::model::Portefeuille;
//! use territoire_sante::referentiel::Referentiel;
//! use territoire_sante::{Date, report::Locale};
//! let contours = r#"{"type": "FeatureCollection", "features": [{"type": "Feature",
//!   "properties": {"code_qp": "QN09125M"},
//!   "geometry": {"type": "Polygon", "coordinates": [[[2.37, 48.64], [2.40, 48.64],
//!     [2.40, 48.66], [2.37, 48.66], [2.37, 48.64]]]}}]}"#;
//! let r = Referentiel::embedded().unwrap().clone().with_qpv_contours(contours).unwrap();
//! let grigny = Perimetre::Communes(vec!["91286".into()]);
//! let pf: Portefeuille = serde_json::from_str(r#"{"documents": []}"#).unwrap();
//! let c = quartiers::couverture_quartiers(&pf, &r, Some(&grigny),
//!     Date::ymd(2025, 6, 30)).unwrap();
//! let g = carte::geojson(&c, &r);
//! assert_eq!(g["features"][0]["properties"]["statut"], "zone_blanche");
//! assert!(carte::svg(&c, &r, Locale::Fr).unwrap().starts_with("<svg"));
//! # }
//! ```

use std::fmt::Write as _;

use geo::Simplify;
use serde_json::{json, Map, Value};

use super::dispositifs::Dispositif;
use super::quartiers::{CouvertureQuartiers, LigneQuartier};
use crate::error::Error;
use crate::referentiel::{Contour, Referentiel};
use crate::report::Locale;

/// Fill colour of a covered quartier.
pub const COULEUR_COUVERT: &str = "#2e7d32";
/// Fill colour of a white zone.
pub const COULEUR_ZONE_BLANCHE: &str = "#d84315";

const LARGEUR: f64 = 800.0;
const MARGE: f64 = 12.0;
const ENTETE: f64 = 44.0;
const LEGENDE: f64 = 70.0;

fn statut(l: &LigneQuartier) -> &'static str {
    if l.couvert {
        "couvert"
    } else {
        "zone_blanche"
    }
}

fn couleur(l: &LigneQuartier) -> &'static str {
    if l.couvert {
        COULEUR_COUVERT
    } else {
        COULEUR_ZONE_BLANCHE
    }
}

/// The coverage as a GeoJSON `FeatureCollection` (RFC 7946, WGS84): one feature per quartier,
/// in code order, with its identity, status (`couvert` or `zone_blanche`), instruments (lists
/// joined by `", "`, which GIS tables show as text) and simplestyle colours (`fill`, `stroke`)
/// that uMap and other viewers apply. The analysis itself (date, territory, counts) is in the
/// foreign member `couverture`.
///
/// When département outlines are loaded ([`Referentiel::with_departement_contours`]), those of
/// the territory (every one for a national map) come first, as features with
/// `"couche": "departement"`, their code and name, no fill and a thin grey stroke, so that a
/// viewer draws them under the quartiers as the SVG does; their credit is the foreign member
/// `attribution`. Without them the collection is the same.
pub fn geojson(c: &CouvertureQuartiers, r: &Referentiel) -> Value {
    let fond: Vec<&str> = if c.territoire == "fr" {
        r.departements().map(|d| d.code.as_str()).collect()
    } else {
        c.departements.iter().map(|d| d.code.as_str()).collect()
    };
    let contours: Vec<Value> = fond
        .into_iter()
        .filter_map(|code| {
            let k = r.departement_contour(code)?;
            let nom = r.departement(code).map_or("", |d| d.nom.as_str());
            Some(json!({
                "type": "Feature",
                "id": format!("departement-{code}"),
                "properties": {
                    "couche": "departement",
                    "departement": code,
                    "nom": nom,
                    "fill-opacity": 0,
                    "stroke": "#9e9e9e",
                    "stroke-width": 0.6,
                },
                "geometry": k.to_geojson(),
            }))
        })
        .collect();
    let attribution = (!contours.is_empty())
        .then(|| r.departement_contours_attribution())
        .flatten();
    let features: Vec<Value> = contours
        .into_iter()
        .chain(c.quartiers.iter().map(|l| {
            let mut p = Map::new();
            p.insert("qpv".into(), json!(l.qpv));
            p.insert("nom".into(), json!(l.nom));
            p.insert("liste".into(), json!(l.liste));
            p.insert("communes".into(), json!(l.communes.join(", ")));
            p.insert("epci".into(), json!(l.epci.join(", ")));
            p.insert("departement".into(), json!(l.departement));
            p.insert("region".into(), json!(l.region));
            p.insert("population".into(), json!(l.population));
            p.insert("couvert".into(), json!(l.couvert));
            p.insert("statut".into(), json!(statut(l)));
            for k in Dispositif::ALL {
                p.insert(k.colonne().into(), json!(l.instruments.get(k).join(", ")));
            }
            p.insert("volet_sante".into(), json!(l.volet_sante.join(", ")));
            p.insert("fill".into(), json!(couleur(l)));
            p.insert("fill-opacity".into(), json!(0.7));
            p.insert("stroke".into(), json!(couleur(l)));
            json!({
                "type": "Feature",
                "id": l.qpv,
                "properties": p,
                "geometry": r.contour(&l.qpv).map_or(Value::Null, |g| g.to_geojson()),
            })
        }))
        .collect();
    let mut out = json!({
        "type": "FeatureCollection",
        "couverture": {
            "as_of": c.as_of.to_string(),
            "territoire": c.territoire,
            "referentiel": c.referentiel,
            "listes": c.listes,
            "qpv": c.total.qpv,
            "couverts": c.total.couverts,
            "zones_blanches": c.total.zones_blanches,
            "contours": c.quartiers.iter().filter(|l| r.contour(&l.qpv).is_some()).count(),
        },
        "features": features,
    });
    if let (Some(a), Some(o)) = (attribution, out.as_object_mut()) {
        o.insert("attribution".into(), json!(a));
    }
    out
}

fn xml(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for ch in s.chars() {
        match ch {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            c => o.push(c),
        }
    }
    o
}

/// The SVG path data of a contour, simplified to `epsilon` degrees and projected by `px`.
fn chemin(k: &Contour, px: &impl Fn(f64, f64) -> (f64, f64), epsilon: f64) -> String {
    let simple = k.geometry().simplify(&epsilon);
    let mut d = String::new();
    for p in simple.0.iter() {
        for ring in std::iter::once(p.exterior()).chain(p.interiors()) {
            for (i, c) in ring.0.iter().enumerate() {
                let (x, y) = px(c.x, c.y);
                let _ = write!(d, "{}{x:.1} {y:.1}", if i == 0 { "M" } else { "L" });
            }
            d.push('Z');
        }
    }
    d
}

/// The départements whose outlines the map draws: every metropolitan one for a national map,
/// otherwise those of the quartiers of the territory; only those of the side drawn
/// (metropolitan France or overseas), in code order.
fn departements_du_fond<'a>(
    c: &'a CouvertureQuartiers,
    r: &'a Referentiel,
    metro: bool,
) -> Vec<&'a str> {
    if c.territoire == "fr" && metro {
        r.departements()
            .map(|d| d.code.as_str())
            .filter(|d| !r.outre_mer(d))
            .collect()
    } else {
        c.departements
            .iter()
            .map(|d| d.code.as_str())
            .filter(|d| r.outre_mer(d) != metro)
            .collect()
    }
}

/// Draws the outlines of the départements `fond` (an optional asset:
/// [`Referentiel::with_departement_contours`]) under the quartiers: thin grey strokes, no fill,
/// clipped to the map's frame (its height: `haut`) so that the outlines of a département larger
/// than the territory do not cover the title or the legend. Nothing, and the map unchanged, when
/// none is loaded; whether any was drawn.
fn fond_departements(
    s: &mut String,
    fond: &[&str],
    r: &Referentiel,
    haut: f64,
    px: &impl Fn(f64, f64) -> (f64, f64),
    epsilon: f64,
) -> bool {
    let traces: Vec<(&str, &Contour)> = fond
        .iter()
        .filter_map(|d| r.departement_contour(d).map(|k| (*d, k)))
        .collect();
    if traces.is_empty() {
        return false;
    }
    // The frame's id names its height: two maps inlined in one page (a notebook, the explorer)
    // share the id only when their frames are the same.
    let _ = write!(
        s,
        r##"<clipPath id="cadre-carte-{id:.0}"><rect x="{MARGE}" y="{ENTETE}" width="{:.1}" height="{haut:.1}"/></clipPath><g class="departements" clip-path="url(#cadre-carte-{id:.0})" fill="none" stroke="#9e9e9e" stroke-width="0.6" stroke-linejoin="round">"##,
        LARGEUR - 2.0 * MARGE,
        id = haut * 10.0,
    );
    for (code, k) in traces {
        let nom = r.departement(code).map_or("", |d| d.nom.as_str());
        let _ = write!(
            s,
            r#"<path class="departement" data-departement="{id}" d="{d}"><title>{id} {t}</title></path>"#,
            id = xml(code),
            d = chemin(k, px, epsilon),
            t = xml(nom)
        );
    }
    s.push_str("</g>");
    true
}

/// The coverage as an SVG map: each quartier filled by its status, with its code, name and
/// instruments as a tooltip, a title and a legend with the counts. When the territory spans
/// metropolitan France and overseas, the metropolitan quartiers are drawn and the overseas ones
/// counted in the legend (one frame cannot show both legibly). Outlines are simplified to a
/// quarter of a pixel (`geo`'s Ramer–Douglas–Peucker), which keeps a national map near 1 MB.
/// When département outlines are loaded ([`Referentiel::with_departement_contours`]), those
/// of the territory (every metropolitan one for a national map) are drawn under the quartiers
/// in thin grey, clipped to the frame, with their credit; the map of a département, a région
/// or the country is framed on them. Without them the map is the same.
///
/// An error when none of the quartiers shown has a loaded contour (the contours are an
/// optional asset: [`Referentiel::with_qpv_contours`]).
pub fn svg(c: &CouvertureQuartiers, r: &Referentiel, l: Locale) -> Result<String, Error> {
    let fr = l == Locale::Fr;
    let avec: Vec<&LigneQuartier> = c
        .quartiers
        .iter()
        .filter(|q| r.contour(&q.qpv).is_some())
        .collect();
    if avec.is_empty() && !c.quartiers.is_empty() {
        return Err(Error::Referentiel(if fr {
            "aucun contour chargé pour les QPV de la carte : chargez data/qpv2024/contours.geojson (ou le GeoJSON de l'ANCT) avec with_qpv_contours".into()
        } else {
            "no contour loaded for the QPV of the map: load data/qpv2024/contours.geojson (or the ANCT GeoJSON) with with_qpv_contours".into()
        }));
    }
    let metro = avec.iter().any(|q| !r.outre_mer(&q.departement));
    let (dessines, ecartes): (Vec<&LigneQuartier>, Vec<&LigneQuartier>) = avec
        .into_iter()
        .partition(|q| !metro || !r.outre_mer(&q.departement));
    let sans_contour = c.quartiers.len() - dessines.len() - ecartes.len();
    // Bounding box of what is drawn.
    let mut bb = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for q in &dessines {
        if let Some(k) = r.contour(&q.qpv) {
            let (a, b, x, y) = k.bbox();
            bb = (bb.0.min(a), bb.1.min(b), bb.2.max(x), bb.3.max(y));
        }
    }
    // A map of a département, a région or the country frames the whole of its outlines (when
    // loaded), not only its quartiers; a map of communes or an EPCI stays on its quartiers.
    let fond = departements_du_fond(c, r, metro);
    if c.territoire == "fr" || c.territoire.starts_with("dep:") || c.territoire.starts_with("reg:")
    {
        for k in fond.iter().filter_map(|d| r.departement_contour(d)) {
            let (a, b, x, y) = k.bbox();
            bb = (bb.0.min(a), bb.1.min(b), bb.2.max(x), bb.3.max(y));
        }
    }
    if bb.0 > bb.2 {
        bb = (0.0, 0.0, 1.0, 1.0);
    }
    // Equirectangular projection at the mean latitude: true shapes at the scale of a région.
    let kx = ((bb.1 + bb.3) / 2.0).to_radians().cos().max(0.1);
    let (w, h) = (((bb.2 - bb.0) * kx).max(1e-6), (bb.3 - bb.1).max(1e-6));
    let inner = LARGEUR - 2.0 * MARGE;
    let scale = (inner / w).min(inner / h);
    let hauteur = ENTETE + h * scale + LEGENDE + MARGE;
    let (ox, oy) = (MARGE + (inner - w * scale) / 2.0, ENTETE);
    let px = |x: f64, y: f64| ((x - bb.0) * kx * scale + ox, (bb.3 - y) * scale + oy);
    // A quarter of a pixel, in degrees.
    let epsilon = 0.25 / scale;

    let mut s = String::new();
    let _ = write!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {LARGEUR} {hauteur:.0}" width="{LARGEUR}" height="{hauteur:.0}" font-family="sans-serif" role="img">"#
    );
    let titre = if fr {
        format!(
            "Couverture santé des quartiers prioritaires — {} au {}",
            c.territoire, c.as_of
        )
    } else {
        format!(
            "Health coverage of the quartiers prioritaires — {} on {}",
            c.territoire, c.as_of
        )
    };
    let _ = write!(
        s,
        r##"<title>{t}</title><rect width="100%" height="100%" fill="#ffffff"/><text x="{MARGE}" y="26" font-size="16" font-weight="bold">{t}</text>"##,
        t = xml(&titre)
    );
    let credit = fond_departements(&mut s, &fond, r, h * scale, &px, epsilon)
        .then(|| r.departement_contours_attribution())
        .flatten();
    s.push_str(r#"<g stroke-width="0.8" stroke-linejoin="round">"#);
    for q in &dessines {
        let Some(k) = r.contour(&q.qpv) else { continue };
        let d = chemin(k, &px, epsilon);
        let mut info = format!("{} {} ({})", q.qpv, q.nom, q.communes.join(", "));
        let dispositifs: Vec<String> = Dispositif::ALL
            .iter()
            .filter(|k| !q.instruments.get(**k).is_empty())
            .map(|k| format!("{}: {}", k.colonne(), q.instruments.get(*k).join(", ")))
            .collect();
        info.push_str(if q.couvert {
            if fr {
                " — couvert"
            } else {
                " — covered"
            }
        } else if fr {
            " — zone blanche"
        } else {
            " — white zone"
        });
        if !dispositifs.is_empty() {
            let _ = write!(info, " ({})", dispositifs.join(" ; "));
        }
        let _ = write!(
            s,
            r#"<path id="{id}" class="{cl}" d="{d}" fill="{f}" fill-opacity="0.75" stroke="{f}" fill-rule="evenodd"><title>{t}</title></path>"#,
            id = xml(&q.qpv),
            cl = statut(q),
            f = couleur(q),
            t = xml(&info)
        );
    }
    s.push_str("</g>");
    // Legend.
    let y0 = hauteur - LEGENDE;
    if let Some(a) = credit {
        // The credit Licence Ouverte asks for, beside the short second line of the legend.
        let _ = write!(
            s,
            r##"<text x="{}" y="{}" font-size="10" fill="#616161" text-anchor="end">{}</text>"##,
            LARGEUR - MARGE,
            y0 + 40.0,
            xml(a)
        );
    }
    let couverts = dessines.iter().filter(|q| q.couvert).count();
    let lignes = [
        (
            Some(COULEUR_COUVERT),
            if fr {
                format!("couvert (CLS, ASV, CLSM ou volet santé en vigueur) : {couverts}")
            } else {
                format!("covered (CLS, ASV, CLSM or volet santé in force): {couverts}")
            },
        ),
        (
            Some(COULEUR_ZONE_BLANCHE),
            if fr {
                format!("zone blanche : {}", dessines.len() - couverts)
            } else {
                format!("white zone: {}", dessines.len() - couverts)
            },
        ),
        (
            None,
            if fr {
                format!(
                    "{} QPV au total ; non dessinés : {} sans contour chargé, {} outre-mer",
                    c.quartiers.len(),
                    sans_contour,
                    ecartes.len()
                )
            } else {
                format!(
                    "{} QPV in all; not drawn: {} without a loaded contour, {} overseas",
                    c.quartiers.len(),
                    sans_contour,
                    ecartes.len()
                )
            },
        ),
    ];
    for (i, (col, txt)) in lignes.iter().enumerate() {
        let y = y0 + 8.0 + i as f64 * 20.0;
        let x = match col {
            Some(col) => {
                let _ = write!(
                    s,
                    r#"<rect x="{MARGE}" y="{y}" width="14" height="14" fill="{col}" fill-opacity="0.75"/>"#
                );
                MARGE + 20.0
            }
            None => MARGE,
        };
        let _ = write!(
            s,
            r#"<text x="{x}" y="{}" font-size="13">{}</text>"#,
            y + 12.0,
            xml(txt)
        );
    }
    s.push_str("</svg>");
    Ok(s)
}
