//! QPV contours (an optional asset), point-in-quartier lookups and the coverage maps (GeoJSON,
//! SVG), in the library and the CLI.
#![cfg(all(feature = "referentiel-embarque", feature = "cartes"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

use std::sync::OnceLock;

use geo::{Centroid, Contains};
use territoire_sante::analysis::{carte, couverture::Perimetre, quartiers};
use territoire_sante::api::analysis as api;
use territoire_sante::referentiel::Referentiel;
use territoire_sante::report::Locale;
use territoire_sante::Date;

const CONTOURS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../data/qpv2024/contours.geojson"
);

fn contours_text() -> &'static str {
    static T: OnceLock<String> = OnceLock::new();
    T.get_or_init(|| std::fs::read_to_string(CONTOURS).unwrap())
}

fn with_contours() -> &'static Referentiel {
    static R: OnceLock<Referentiel> = OnceLock::new();
    R.get_or_init(|| {
        Referentiel::embedded()
            .unwrap()
            .clone()
            .with_qpv_contours(contours_text())
            .unwrap()
    })
}

fn grigny() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/portefeuille_grigny_2026.json"
    ))
    .unwrap()
}

#[test]
fn every_qpv_of_2024_gets_its_contour_and_is_found_at_its_centroid() {
    let r = with_contours();
    assert_eq!(r.contours_charges(), 1584);
    assert_eq!(Referentiel::embedded().unwrap().contours_charges(), 0);
    let v: serde_json::Value = serde_json::from_str(contours_text()).unwrap();
    let features = v["features"].as_array().unwrap();
    assert_eq!(features.len(), 1584);
    let mut inside = 0;
    for f in features {
        let code = f["properties"]["code_qp"].as_str().unwrap();
        let k = r.contour(code).unwrap();
        // The centroid (computed by geo, not by the library) finds the QPV when it lies inside
        // its contour (most do; a crescent-shaped quartier's does not), and the lookup finds
        // only QPV whose contour contains it. (geo's InteriorPoint panics on some of these
        // contours, in its sweep-line code, which the library does not use.)
        let p = k.geometry().centroid().unwrap();
        let found = r.qpv_at(p.x(), p.y());
        if k.geometry().contains(&p) {
            inside += 1;
            assert!(found.iter().any(|q| q.code == code), "{code} at {p:?}");
        } else {
            assert!(found.iter().all(|q| q.code != code), "{code} at {p:?}");
        }
        for q in &found {
            assert!(r.contour(&q.code).unwrap().geometry().contains(&p));
        }
        // The polygons as written in the file: same number of polygons and points.
        let polys = f["geometry"]["coordinates"].as_array().unwrap();
        assert_eq!(k.geometry().0.len(), polys.len(), "{code}");
    }
    assert!(inside > 1300, "{inside} centroids inside their quartier");
}

#[test]
fn known_points_and_the_sea() {
    let r = with_contours();
    // Points checked by ray casting on the file (an independent reading).
    let at = |lon, lat| -> Vec<String> {
        r.qpv_at(lon, lat)
            .into_iter()
            .map(|q| q.code.clone())
            .collect()
    };
    assert_eq!(at(2.375, 48.651), ["QN09125M"]);
    assert_eq!(r.qpv_at(2.375, 48.651)[0].nom, "La Grande Borne");
    assert_eq!(at(3.0636, 50.611), ["QN05972M"]);
    // The Bay of Biscay, and Grigny's town hall outside the quartier's box.
    assert!(at(-4.0, 46.0).is_empty());
    assert!(at(2.33, 48.70).is_empty());
    // The API checks its coordinates.
    let e = territoire_sante::api::referentiel::qpv_at_in(r, 200.0, 48.0).unwrap_err();
    assert!(e.to_string().contains("lon"), "{e}");
    let e = territoire_sante::api::referentiel::qpv_at_in(r, 2.0, f64::NAN).unwrap_err();
    assert!(e.to_string().contains("lat"), "{e}");
}

#[test]
fn bad_contours_are_located_errors_and_unknown_codes_are_counted() {
    let base = Referentiel::embedded().unwrap().clone();
    let e = base
        .clone()
        .with_qpv_contours(r#"{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"code_qp": "QN09125M"}, "geometry": {"type": "Polygon", "coordinates": [[[2.3, 48.6], [2.4, 48.6], [2.3, 48.6]]]}}]}"#)
        .unwrap_err()
        .to_string();
    assert!(
        e.contains("élément 0 (QN09125M)") && e.contains("4 positions"),
        "{e}"
    );
    let e = base
        .clone()
        .with_qpv_contours(r#"{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"code_qp": "QN09125M"}, "geometry": {"type": "Point", "coordinates": [2.3, 48.6]}}]}"#)
        .unwrap_err()
        .to_string();
    assert!(e.contains("Polygon ou MultiPolygon"), "{e}");
    let e = base
        .clone()
        .with_qpv_contours(r#"{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"code_qp": "QN09125M"}, "geometry": {"type": "Polygon", "coordinates": [[[2.3, 48.6], [2.4, 98.6], [2.4, 48.7], [2.3, 48.6]]]}}]}"#)
        .unwrap_err()
        .to_string();
    assert!(e.contains("position 1"), "{e}");
    assert!(base.clone().with_qpv_contours("{}").is_err());
    assert!(base.clone().with_qpv_contours("pas du json").is_err());
    let r = base
        .with_qpv_contours(r#"{"type": "FeatureCollection", "features": [
          {"type": "Feature", "properties": {"code_qp": "QN99999Z"}, "geometry": {"type": "Polygon", "coordinates": [[[2.3, 48.6], [2.4, 48.6], [2.4, 48.7], [2.3, 48.6]]]}},
          {"type": "Feature", "properties": {"code_qp": "QN09125M"}, "geometry": null}]}"#)
        .unwrap();
    assert_eq!(r.contours_charges(), 0);
    let about = territoire_sante::api::referentiel::about_in(&r).to_string();
    assert!(
        about.contains("0 QPV dessinés, 1 codes absents du référentiel, 1 sans géométrie"),
        "{about}"
    );
}

#[test]
fn the_anct_geojson_brings_its_contours_too() {
    let r = Referentiel::embedded()
        .unwrap()
        .clone()
        .with_qpv_geojson(r#"{"type": "FeatureCollection", "features": [{"type": "Feature",
            "properties": {"code_qp": "QN09125M", "lib_qp": "La Grande Borne", "insee_com": "91286", "siren_epci": "200059228", "insee_dep": "91"},
            "geometry": {"type": "Polygon", "coordinates": [[[2.37, 48.64], [2.40, 48.64], [2.40, 48.66], [2.37, 48.66], [2.37, 48.64]]]}}]}"#, false)
        .unwrap();
    assert_eq!(r.qpv_at(2.38, 48.65)[0].code, "QN09125M");
    assert_eq!(r.contours_charges(), 1);
}

fn grigny_coverage(r: &Referentiel) -> quartiers::CouvertureQuartiers {
    api::couverture_quartiers_with(
        Some(r),
        &grigny(),
        serde_json::json!({"as_of": "2026-06-30", "territoire": "dep:91"}),
    )
    .unwrap()
}

#[test]
fn geojson_map_is_valid_geojson_with_the_coverage_of_each_quartier() {
    let r = with_contours();
    let c = grigny_coverage(r);
    let text = carte::geojson(&c, r).to_string();
    let parsed: geojson::GeoJson = text.parse().unwrap();
    let geojson::GeoJson::FeatureCollection(fc) = parsed else {
        panic!("not a FeatureCollection")
    };
    assert_eq!(fc.features.len(), c.quartiers.len());
    for (f, q) in fc.features.iter().zip(&c.quartiers) {
        assert_eq!(f.property("qpv").unwrap(), q.qpv.as_str());
        assert_eq!(f.property("couvert").unwrap(), q.couvert);
        let statut = if q.couvert { "couvert" } else { "zone_blanche" };
        assert_eq!(f.property("statut").unwrap(), statut);
        let g = f.geometry.as_ref().unwrap();
        assert!(matches!(
            g.value,
            geojson::GeometryValue::MultiPolygon { .. }
        ));
    }
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["couverture"]["zones_blanches"], c.total.zones_blanches);
    assert_eq!(v["couverture"]["contours"], c.quartiers.len());
    // Without contours: the same features, with null geometries (still valid GeoJSON).
    let bare = Referentiel::embedded().unwrap();
    let text = carte::geojson(&grigny_coverage(bare), bare).to_string();
    let geojson::GeoJson::FeatureCollection(fc) = text.parse::<geojson::GeoJson>().unwrap() else {
        panic!("not a FeatureCollection")
    };
    assert_eq!(fc.features.len(), c.quartiers.len());
    assert!(fc.features.iter().all(|f| f.geometry.is_none()));
}

#[test]
fn svg_map_draws_each_quartier_in_its_colour_with_a_legend() {
    let r = with_contours();
    let c = grigny_coverage(r);
    for (l, word) in [(Locale::Fr, "zone blanche"), (Locale::En, "white zone")] {
        let svg = carte::svg(&c, r, l).unwrap();
        let doc = roxmltree::Document::parse(&svg).unwrap();
        let paths: Vec<_> = doc
            .descendants()
            .filter(|n| n.has_tag_name("path"))
            .collect();
        assert_eq!(paths.len(), c.quartiers.len());
        for (p, q) in paths.iter().zip(&c.quartiers) {
            assert_eq!(p.attribute("id"), Some(q.qpv.as_str()));
            let fill = if q.couvert {
                carte::COULEUR_COUVERT
            } else {
                carte::COULEUR_ZONE_BLANCHE
            };
            assert_eq!(p.attribute("fill"), Some(fill));
            assert!(p.attribute("d").unwrap().starts_with('M'));
        }
        let texts: String = doc
            .descendants()
            .filter(|n| n.has_tag_name("text"))
            .filter_map(|n| n.text())
            .collect::<Vec<_>>()
            .join("\n");
        assert!(
            texts.contains(&format!("{word}: {}", c.total.zones_blanches))
                || texts.contains(&format!("{word} : {}", c.total.zones_blanches)),
            "{texts}"
        );
    }
    // No contour loaded: a clear error, not an empty map.
    let bare = Referentiel::embedded().unwrap();
    let e = carte::svg(&grigny_coverage(bare), bare, Locale::Fr).unwrap_err();
    assert!(e.to_string().contains("with_qpv_contours"), "{e}");
}

#[test]
fn national_svg_draws_metropolitan_france_and_counts_overseas() {
    let r = with_contours();
    let pf: territoire_sante::model::Portefeuille =
        serde_json::from_str(r#"{"documents": []}"#).unwrap();
    let c =
        quartiers::couverture_quartiers(&pf, r, Some(&Perimetre::France), Date::ymd(2025, 6, 30))
            .unwrap();
    assert_eq!(c.quartiers.len(), 1584);
    let svg = carte::svg(&c, r, Locale::Fr).unwrap();
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let paths = doc.descendants().filter(|n| n.has_tag_name("path")).count();
    assert_eq!(paths, 1362);
    assert!(svg.contains("222 outre-mer"));
    // Simplified outlines keep the national map small enough for a notebook.
    assert!(svg.len() < 1_500_000, "{} bytes", svg.len());
}

#[test]
fn api_format_and_cli_outputs() {
    let r = with_contours();
    let e =
        api::carte_quartiers_with(Some(r), &grigny(), serde_json::json!({}), "png").unwrap_err();
    assert!(e.to_string().contains("geojson ou svg"), "{e}");
}

const DEPARTEMENTS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../data/departements/contours.geojson"
);

fn with_outlines() -> &'static Referentiel {
    static R: OnceLock<Referentiel> = OnceLock::new();
    R.get_or_init(|| {
        with_contours()
            .clone()
            .with_departement_contours(&std::fs::read_to_string(DEPARTEMENTS).unwrap())
            .unwrap()
    })
}

/// The paths of an SVG map: (class, id or département code, d), in document order.
fn svg_paths(svg: &str) -> Vec<(String, String, String)> {
    let doc = roxmltree::Document::parse(svg).unwrap();
    doc.descendants()
        .filter(|n| n.has_tag_name("path"))
        .map(|n| {
            let id = n
                .attribute("id")
                .or(n.attribute("data-departement"))
                .unwrap_or_default();
            (
                n.attribute("class").unwrap_or_default().to_string(),
                id.to_string(),
                n.attribute("d").unwrap_or_default().to_string(),
            )
        })
        .collect()
}

/// The GeoJSON map carries the département outlines when they are loaded (first, as features of
/// the layer `departement`, with their credit) and is otherwise the same collection.
#[test]
fn geojson_map_carries_the_departement_outlines_it_is_given() {
    let plain = carte::geojson(&grigny_coverage(with_contours()), with_contours());
    let g = carte::geojson(&grigny_coverage(with_outlines()), with_outlines());
    let features = g["features"].as_array().unwrap();
    let layers: Vec<&str> = features
        .iter()
        .map(|f| f["properties"]["couche"].as_str().unwrap_or("quartier"))
        .collect();
    let outlines = layers.iter().filter(|l| **l == "departement").count();
    assert_eq!(outlines, 1, "{layers:?}");
    assert_eq!(layers[0], "departement");
    assert_eq!(features[0]["properties"]["departement"], "91");
    assert_eq!(features[0]["properties"]["nom"], "Essonne");
    assert_eq!(features[0]["properties"]["fill-opacity"], 0);
    // The same quartiers, in the same order and with the same properties, after the outline.
    assert_eq!(features[1..], plain["features"].as_array().unwrap()[..]);
    assert_eq!(g["couverture"], plain["couverture"]);
    let credit = g["attribution"].as_str().unwrap();
    assert!(credit.contains("IGN"), "{credit}");
    assert!(plain.get("attribution").is_none());
    // Still GeoJSON: the outline is a (multi)polygon.
    let parsed: geojson::GeoJson = g.to_string().parse().unwrap();
    let geojson::GeoJson::FeatureCollection(fc) = parsed else {
        panic!("not a FeatureCollection")
    };
    assert!(matches!(
        fc.features[0].geometry.as_ref().map(|g| &g.value),
        Some(geojson::GeometryValue::Polygon { .. } | geojson::GeometryValue::MultiPolygon { .. })
    ));
}

#[test]
fn departement_outlines_of_the_repository_load_with_their_provenance() {
    let text = std::fs::read_to_string(DEPARTEMENTS).unwrap();
    let r = with_outlines();
    assert_eq!(r.departement_contours_charges(), 101);
    assert_eq!(
        Referentiel::embedded()
            .unwrap()
            .departement_contours_charges(),
        0
    );
    let metro = r
        .departements()
        .filter(|d| !r.outre_mer(&d.code))
        .filter(|d| r.departement_contour(&d.code).is_some())
        .count();
    assert_eq!(metro, 96);
    for dom in ["971", "972", "973", "974", "976"] {
        assert!(r.departement_contour(dom).is_some(), "{dom}");
    }
    // Essonne's outline holds Grigny's quartier (checked with geo, not with the library).
    let essonne = r.departement_contour("91").unwrap().geometry();
    let grande_borne = r.contour("QN09125M").unwrap().geometry();
    assert!(essonne.contains(&grande_borne.centroid().unwrap()));
    assert!(!r
        .departement_contour("75")
        .unwrap()
        .geometry()
        .contains(&grande_borne.centroid().unwrap()));
    let credit = r.departement_contours_attribution().unwrap();
    assert!(
        credit.contains("IGN") && credit.contains("Licence Ouverte"),
        "{credit}"
    );
    // The provenance README next to the file: producer, licence, pinned source, and the size it
    // states is the file's.
    let readme = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../data/departements/README.md"
    ))
    .unwrap();
    for needle in [
        "ADMIN EXPRESS COG",
        "Licence Ouverte",
        "5d34ee6d0140c29f785fdb047d9329f1aab58833",
        "mapshaper",
    ] {
        assert!(readme.contains(needle), "README lacks {needle}");
    }
    let size = format!("{}", text.len());
    let (a, b) = size.split_at(size.len() - 3);
    assert!(
        readme.contains(&format!("{a},{b} bytes")),
        "README states another size than {size}"
    );
}

#[test]
fn svg_draws_one_outline_per_departement_of_the_territory_under_the_quartiers() {
    let r = with_outlines();
    let c = api::couverture_quartiers_with(
        Some(r),
        &grigny(),
        serde_json::json!({"as_of": "2026-06-30", "territoire": "reg:11"}),
    )
    .unwrap();
    let svg = carte::svg(&c, r, Locale::Fr).unwrap();
    let paths = svg_paths(&svg);
    let outlines: Vec<&str> = paths
        .iter()
        .filter(|p| p.0 == "departement")
        .map(|p| p.1.as_str())
        .collect();
    let expected: Vec<&str> = c.departements.iter().map(|d| d.code.as_str()).collect();
    assert_eq!(outlines, expected);
    assert_eq!(outlines.len(), 8, "the eight départements of Île-de-France");
    // Under the quartiers: every outline comes before the first quartier.
    let first_quartier = paths.iter().position(|p| p.0 != "departement").unwrap();
    assert_eq!(first_quartier, outlines.len());
    assert_eq!(paths.len() - first_quartier, c.quartiers.len());
    // Grey strokes without fill, clipped to the frame, and the credit.
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let g = doc
        .descendants()
        .find(|n| n.attribute("class") == Some("departements"))
        .unwrap();
    assert_eq!(g.attribute("fill"), Some("none"));
    let clip = g.attribute("clip-path").unwrap();
    let frame = doc
        .descendants()
        .find(|n| n.has_tag_name("clipPath"))
        .unwrap();
    assert_eq!(clip, format!("url(#{})", frame.attribute("id").unwrap()));
    assert!(clip.starts_with("url(#cadre-carte-"), "{clip}");
    assert!(svg.contains("ADMIN EXPRESS COG 2018 (Licence Ouverte)"));
    // A région's map is framed on its outlines: some point of them touches each side of the
    // frame (x from 12 to 788; y from 44), which the quartiers alone do not reach.
    let numbers = |d: &str| -> Vec<f64> {
        d.split(['M', 'L', 'Z', ' '])
            .filter(|t| !t.is_empty())
            .map(|t| t.parse::<f64>().unwrap())
            .collect()
    };
    let xs_ys = |rows: &[(String, String, String)]| {
        let v: Vec<f64> = rows.iter().flat_map(|p| numbers(&p.2)).collect();
        let xs: Vec<f64> = v.iter().step_by(2).copied().collect();
        let ys: Vec<f64> = v.iter().skip(1).step_by(2).copied().collect();
        (xs, ys)
    };
    let (xs, ys) = xs_ys(&paths[..first_quartier]);
    let min = |v: &[f64]| v.iter().copied().fold(f64::MAX, f64::min);
    let max = |v: &[f64]| v.iter().copied().fold(f64::MIN, f64::max);
    assert!((min(&ys) - 44.0).abs() < 0.2, "{}", min(&ys));
    assert!(
        min(&xs) >= 11.8 && max(&xs) <= 788.2,
        "{} {}",
        min(&xs),
        max(&xs)
    );
    let (qx, _) = xs_ys(&paths[first_quartier..]);
    assert!(min(&qx) > min(&xs) || max(&qx) < max(&xs));
    // Without outlines, the same map as before (no background, no credit).
    let sans = carte::svg(&c, with_contours(), Locale::Fr).unwrap();
    assert!(!sans.contains("departement") && !sans.contains("IGN"));
    assert_eq!(svg_paths(&sans).len(), c.quartiers.len());
}

#[test]
fn a_map_of_communes_stays_on_its_quartiers_under_the_same_projection() {
    let c = api::couverture_quartiers_with(
        Some(with_outlines()),
        &grigny(),
        serde_json::json!({"as_of": "2026-06-30", "territoire": "communes:91286"}),
    )
    .unwrap();
    let avec = svg_paths(&carte::svg(&c, with_outlines(), Locale::Fr).unwrap());
    let sans = svg_paths(&carte::svg(&c, with_contours(), Locale::Fr).unwrap());
    assert_eq!(avec.len(), sans.len() + 1);
    assert_eq!(avec[0].1, "91");
    assert_eq!(avec[1..].to_vec(), sans);
}

#[test]
fn national_svg_draws_every_metropolitan_outline() {
    let r = with_outlines();
    let pf: territoire_sante::model::Portefeuille =
        serde_json::from_str(r#"{"documents": []}"#).unwrap();
    let c =
        quartiers::couverture_quartiers(&pf, r, Some(&Perimetre::France), Date::ymd(2025, 6, 30))
            .unwrap();
    let svg = carte::svg(&c, r, Locale::Fr).unwrap();
    let paths = svg_paths(&svg);
    let outlines: Vec<&str> = paths
        .iter()
        .filter(|p| p.0 == "departement")
        .map(|p| p.1.as_str())
        .collect();
    assert_eq!(outlines.len(), 96);
    assert!(outlines.contains(&"2A") && outlines.contains(&"48"));
    assert!(!outlines.iter().any(|d| d.starts_with("97")));
    assert_eq!(paths.len(), 96 + 1362);
    assert!(svg.len() < 1_700_000, "{} bytes", svg.len());
}

#[test]
fn bad_departement_outlines_are_located_errors() {
    let base = Referentiel::embedded().unwrap().clone();
    let square = r#"{"type": "Polygon", "coordinates": [[[2.0, 48.0], [2.5, 48.0], [2.5, 48.5], [2.0, 48.0]]]}"#;
    let one = |props: &str, geometry: &str| {
        format!(
            r#"{{"type": "FeatureCollection", "features": [{{"type": "Feature", "properties": {props}, "geometry": {geometry}}}]}}"#
        )
    };
    let err = |text: &str| {
        base.clone()
            .with_departement_contours(text)
            .unwrap_err()
            .to_string()
    };
    let e = err("pas du json");
    assert!(
        e.contains("contours des départements") && e.contains("illisible"),
        "{e}"
    );
    let e = err(r#"{"type": "FeatureCollection", "features": 3}"#);
    assert!(e.contains("features"), "{e}");
    let e = err(&one(r#"{"code": "99"}"#, square));
    assert!(e.contains("élément 0 (99)") && e.contains("inconnu"), "{e}");
    let e = err(&one(r#"{"nom": "Essonne"}"#, square));
    assert!(e.contains("élément 0") && e.contains("code"), "{e}");
    let e = err(&one(
        r#"{"code": "91"}"#,
        r#"{"type": "Point", "coordinates": [2.3, 48.6]}"#,
    ));
    assert!(e.contains("élément 0 (91)") && e.contains("Point"), "{e}");
    let e = err(&one(
        r#"{"code": "91"}"#,
        r#"{"type": "Polygon", "coordinates": [[[2.0, 48.0], [2.5, 98.0], [2.5, 48.5], [2.0, 48.0]]]}"#,
    ));
    assert!(
        e.contains("élément 0 (91)") && e.contains("position 1"),
        "{e}"
    );
    let twice = format!(
        r#"{{"type": "FeatureCollection", "features": [{{"type": "Feature", "properties": {{"code": "91"}}, "geometry": {square}}}, {{"type": "Feature", "properties": {{"INSEE_DEP": "91"}}, "geometry": {square}}}]}}"#
    );
    let e = err(&twice);
    assert!(e.contains("élément 1 (91)") && e.contains("déjà"), "{e}");
    // IGN's layout reads the same; a feature without geometry is counted, not an error.
    let r = base
        .clone()
        .with_departement_contours(&one(r#"{"INSEE_DEP": "2A"}"#, square))
        .unwrap()
        .with_departement_contours(&one(r#"{"code": "91"}"#, "null"))
        .unwrap();
    assert_eq!(r.departement_contours_charges(), 1);
    assert!(r.departement_contour("2A").is_some());
    assert_eq!(r.departement_contours_attribution(), None);
}

#[cfg(feature = "cli")]
mod cli {
    use std::process::Command;

    fn cli(args: &[&str]) -> (i32, String, String) {
        let o = Command::new(env!("CARGO_BIN_EXE_territoire-sante"))
            .args(args)
            .current_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/.."))
            .output()
            .unwrap();
        (
            o.status.code().unwrap_or(-1),
            String::from_utf8(o.stdout).unwrap(),
            String::from_utf8(o.stderr).unwrap(),
        )
    }

    const GRIGNY: &str = "core/tests/fixtures/portefeuille_grigny_2026.json";

    /// The map of Grigny's quartiers with their contours, as the CLI is asked for it.
    const GRIGNY_QUARTIERS: [&str; 8] = [
        "couverture",
        "--quartiers",
        "--territoire",
        "communes:91286",
        "--as-of",
        "2026-06-30",
        "--qpv-contours",
        "data/qpv2024/contours.geojson",
    ];

    /// A map the JavaScript package's tests compare theirs with.
    fn golden(name: &str) -> String {
        std::fs::read_to_string(format!(
            "{}/../wasm/tests/golden/{name}",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap()
    }

    #[test]
    fn couverture_writes_geojson_and_svg() {
        let base = GRIGNY_QUARTIERS;
        let (rc, s, e) = cli(&[&base[..], &["--format", "geojson", GRIGNY]].concat());
        assert_eq!(rc, 0, "{e}");
        let g: geojson::GeoJson = s.parse().unwrap();
        let geojson::GeoJson::FeatureCollection(fc) = g else {
            panic!("not a FeatureCollection")
        };
        assert_eq!(fc.features.len(), 2);
        assert!(fc.features.iter().all(|f| f.geometry.is_some()));
        assert_eq!(s, golden("carte-quartiers-grigny.geojson"));
        let (rc, s, e) = cli(&[&base[..], &["--format", "svg", GRIGNY]].concat());
        assert_eq!(rc, 0, "{e}");
        assert!(roxmltree::Document::parse(&s).is_ok());
        assert!(s.contains(r#"id="QN09125M""#));
        assert_eq!(s, golden("carte-quartiers-grigny.svg"));
        // A map format asked of a table is refused.
        let (rc, _, e) = cli(&["couverture", "--format", "svg", GRIGNY]);
        assert_eq!(rc, 2);
        assert!(e.contains("--quartiers"), "{e}");
        // The SVG without contours says what to load.
        let (rc, _, e) = cli(&[
            "couverture",
            "--quartiers",
            "--territoire",
            "communes:91286",
            "--format",
            "svg",
            GRIGNY,
        ]);
        assert_eq!(rc, 2);
        assert!(e.contains("contours"), "{e}");
    }

    #[test]
    fn couverture_draws_the_departement_outlines_it_is_given() {
        let base = [&GRIGNY_QUARTIERS[..], &["--format", "svg"]].concat();
        let with = [
            "--departements-contours",
            "data/departements/contours.geojson",
        ];
        let (rc, s, e) = cli(&[&base[..], &with, &[GRIGNY]].concat());
        assert_eq!(rc, 0, "{e}");
        let doc = roxmltree::Document::parse(&s).unwrap();
        let outlines: Vec<_> = doc
            .descendants()
            .filter_map(|n| n.attribute("data-departement"))
            .collect();
        assert_eq!(outlines, ["91"]);
        assert_eq!(s, golden("carte-quartiers-grigny-departements.svg"));
        // A bad file is a located error, exit code 2.
        let bad = std::env::temp_dir().join(format!("fond-{}.geojson", std::process::id()));
        std::fs::write(
            &bad,
            r#"{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"code": "9l"}, "geometry": null}]}"#,
        )
        .unwrap();
        let (rc, _, e) = cli(&[
            &base[..],
            &["--departements-contours", bad.to_str().unwrap(), GRIGNY],
        ]
        .concat());
        std::fs::remove_file(&bad).unwrap();
        assert_eq!(rc, 2);
        assert!(e.contains("élément 0 (9l)"), "{e}");
    }

    #[test]
    fn referentiel_point() {
        let c = ["--qpv-contours", "data/qpv2024/contours.geojson"];
        let (rc, s, e) = cli(&[&["referentiel", "point", "2.375", "48.651"][..], &c].concat());
        assert_eq!(rc, 0, "{e}");
        assert!(s.contains("QN09125M La Grande Borne"), "{s}");
        let (rc, s, _) = cli(&[
            &["referentiel", "point", "-4", "46", "--format", "json"][..],
            &c,
        ]
        .concat());
        assert_eq!(rc, 1);
        assert_eq!(s.trim(), "[]");
        let (rc, _, e) = cli(&["referentiel", "point", "2.375", "48.651"]);
        assert_eq!(rc, 2);
        assert!(e.contains("--qpv-contours"), "{e}");
    }
}
