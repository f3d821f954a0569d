"""QPV contours, point-in-quartier lookups and the coverage maps (SVG, GeoJSON) in Python.

``qpv_at`` is checked against an independent ray-casting count made here on the contour file."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any, Dict, List, Tuple

import pytest

import territoire_sante as ts

ROOT = Path(__file__).resolve().parents[2]
CONTOURS = ROOT / "data" / "qpv2024" / "contours.geojson"
GRIGNY = ROOT / "core" / "tests" / "fixtures" / "portefeuille_grigny_2026.json"
SVG = "{http://www.w3.org/2000/svg}"


@pytest.fixture(scope="module")
def ref() -> ts.Referentiel:
    return ts.Referentiel.embedded().with_qpv_contours(CONTOURS)


@pytest.fixture(scope="module")
def features() -> List[Dict[str, Any]]:
    out: List[Dict[str, Any]] = json.loads(CONTOURS.read_text(encoding="utf-8"))["features"]
    for f in out:
        f["_bbox"] = _bbox(f)
    return out


def _inside(x: float, y: float, ring: List[List[float]]) -> bool:
    c = False
    for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
        if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
            c = not c
    return c


def _bbox(f: Dict[str, Any]) -> Tuple[float, float, float, float]:
    pts = [p for poly in f["geometry"]["coordinates"] for p in poly[0]]
    return (min(p[0] for p in pts), min(p[1] for p in pts),
            max(p[0] for p in pts), max(p[1] for p in pts))


def _ray_cast(features: List[Dict[str, Any]], x: float, y: float) -> List[str]:
    out = []
    for f in features:
        x0, y0, x1, y1 = f["_bbox"]
        if not (x0 <= x <= x1 and y0 <= y <= y1):
            continue
        for poly in f["geometry"]["coordinates"]:
            if _inside(x, y, poly[0]) and not any(_inside(x, y, h) for h in poly[1:]):
                out.append(f["properties"]["code_qp"])
                break
    return sorted(out)


def test_contours_load_and_count(ref: ts.Referentiel) -> None:
    assert ref.contours == 1584
    assert ts.Referentiel.embedded().contours == 0


def test_qpv_at_agrees_with_ray_casting(
    ref: ts.Referentiel, features: List[Dict[str, Any]]
) -> None:
    # A grid over a box of each of a few QPV (every 100th), inside and around it. A point on a
    # boundary is in no quartier for the library (documented) while ray casting puts it on one
    # side, so the grid is shifted off the lattice of the file's coordinates (4 decimals): a
    # point on the bounding box's edge would be one of the ring's vertices.
    shift = 1.3e-7
    points: List[Tuple[float, float]] = []
    for f in features[::100]:
        ring = f["geometry"]["coordinates"][0][0]
        xs = [p[0] for p in ring]
        ys = [p[1] for p in ring]
        x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
        for i in range(6):
            for j in range(6):
                points.append((x0 + (x1 - x0) * (i + 0.5) / 5 - (x1 - x0) * 0.1 + shift,
                               y0 + (y1 - y0) * (j + 0.5) / 5 - (y1 - y0) * 0.1 + shift))
    hits = 0
    for x, y in points:
        expected = _ray_cast(features, x, y)
        got = [q["code"] for q in ref.qpv_at(x, y)]
        assert got == expected, (x, y)
        hits += bool(expected)
    # The grid both hits and misses quartiers, so both answers are exercised.
    assert 0 < hits < len(points)
    grande_borne = ref.qpv_at(2.375, 48.651)
    assert [(q["code"], q["nom"], q["communes"]) for q in grande_borne] == [
        ("QN09125M", "La Grande Borne", ["91286"])
    ]


def test_bad_input(ref: ts.Referentiel) -> None:
    with pytest.raises(ts.OptionError):
        ref.qpv_at(200.0, 48.0)
    with pytest.raises(ts.ReferentielError, match="élément 0"):
        ts.Referentiel.embedded().with_qpv_contours(
            '{"type": "FeatureCollection",\n "features": [{"type": "Feature", '
            '"properties": {"code_qp": "QN09125M"}, "geometry": {"type": "Point", '
            '"coordinates": [2, 48]}}]}'
        )
    assert ts.Referentiel.embedded().qpv_at(2.375, 48.651) == []


def test_carte_svg_and_geojson(ref: ts.Referentiel, tmp_path: Path) -> None:
    couv = ts.couverture_quartiers(GRIGNY, territoire="dep:91", as_of="2026-06-30",
                                   referentiel=ref)
    carte = couv.carte()
    assert isinstance(carte, ts.Carte)
    root = ET.fromstring(carte._repr_svg_())
    paths = root.findall(f".//{SVG}path")
    assert [p.get("id") for p in paths] == [q["qpv"] for q in couv.rows]
    for p, q in zip(paths, couv.rows):
        assert p.get("class") == ("couvert" if q["couvert"] else "zone_blanche")
    g = carte.geojson()
    assert g["type"] == "FeatureCollection"
    assert len(g["features"]) == len(couv.rows)
    assert all(f["geometry"]["type"] == "MultiPolygon" for f in g["features"])
    assert g["couverture"]["zones_blanches"] == couv.total["zones_blanches"]
    carte.save(tmp_path / "c.svg")
    carte.save(tmp_path / "c.geojson")
    assert (tmp_path / "c.svg").read_text(encoding="utf-8") == carte.svg
    assert json.loads((tmp_path / "c.geojson").read_text(encoding="utf-8")) == g
    with pytest.raises(ValueError):
        carte.save(tmp_path / "c.png")


def test_carte_loads_contours_on_demand_and_says_when_missing() -> None:
    couv = ts.couverture_quartiers(GRIGNY, territoire="communes:91286", as_of="2026-06-30")
    with pytest.raises(ts.ReferentielError, match="contours"):
        couv.carte()
    carte = couv.carte(contours=CONTOURS)
    assert 'id="QN09125M"' in carte.svg and 'id="QN09126M"' in carte.svg
    en = ts.couverture_quartiers(GRIGNY, territoire="communes:91286", as_of="2026-06-30",
                                 lang="en").carte(contours=CONTOURS)
    assert "white zone" in en.svg


DEPARTEMENTS = ROOT / "data" / "departements" / "contours.geojson"
GOLDEN = ROOT / "wasm" / "tests" / "golden"


def test_departement_outlines_under_the_quartiers(ref: ts.Referentiel) -> None:
    avec = ref.with_departement_contours(DEPARTEMENTS)
    assert avec.departement_contours == 101
    assert ref.departement_contours == 0
    assert avec.contours == ref.contours
    couv = ts.couverture_quartiers(GRIGNY, territoire="reg:11", as_of="2026-06-30",
                                   referentiel=avec)
    root = ET.fromstring(couv.carte().svg)
    paths = root.findall(f".//{SVG}path")
    outlines = [p.get("data-departement") for p in paths if p.get("class") == "departement"]
    # One outline per département of the territory's quartiers, counted here from the rows,
    # drawn before (under) the quartiers.
    assert outlines == sorted({q["departement"] for q in couv.rows})
    assert len(outlines) == 8
    assert [p.get("id") for p in paths[len(outlines):]] == [q["qpv"] for q in couv.rows]
    assert "Licence Ouverte" in couv.carte().svg
    # The same map as the CLI's (and so the JavaScript package's).
    grigny = ts.couverture_quartiers(GRIGNY, territoire="communes:91286", as_of="2026-06-30")
    svg = grigny.carte(contours=CONTOURS, departements=DEPARTEMENTS).svg
    golden = (GOLDEN / "carte-quartiers-grigny-departements.svg").read_text(encoding="utf-8")
    assert svg + "\n" == golden
    # Without outlines, the map of before.
    plain = (GOLDEN / "carte-quartiers-grigny.svg").read_text(encoding="utf-8")
    assert grigny.carte(contours=CONTOURS).svg + "\n" == plain


def test_bad_departement_outlines_are_located_errors() -> None:
    base = ts.Referentiel.embedded()
    with pytest.raises(ts.ReferentielError, match="illisible"):
        base.with_departement_contours("{ pas du json")
    with pytest.raises(ts.ReferentielError, match=r"élément 0 \(99\).*inconnu"):
        base.with_departement_contours(
            '{"type": "FeatureCollection", "features": [{"type": "Feature", '
            '"properties": {"code": "99"}, "geometry": {"type": "Polygon", '
            '"coordinates": [[[2, 48], [3, 48], [3, 49], [2, 48]]]}}]}'
        )
    with pytest.raises(ts.ReferentielError, match=r"élément 0 \(91\)"):
        base.with_departement_contours(
            '{"type": "FeatureCollection", "features": [{"type": "Feature", '
            '"properties": {"code": "91"}, "geometry": {"type": "Point", '
            '"coordinates": [2, 48]}}]}'
        )
    assert base.departement_contours == 0


def test_the_map_draws_on_matplotlib_from_the_core_geojson(ref: ts.Referentiel) -> None:
    matplotlib = pytest.importorskip("matplotlib")
    matplotlib.use("Agg")
    import matplotlib.colors as mcolors
    import matplotlib.pyplot as plt

    avec = ref.with_departement_contours(DEPARTEMENTS)
    couv = ts.couverture_quartiers(GRIGNY, territoire="dep:91", as_of="2026-06-30",
                                   referentiel=avec)
    carte = couv.carte()
    g = carte.geojson()
    ax = carte.matplotlib()
    try:
        drawn = [f for f in g["features"] if f["geometry"]]
        assert len(ax.patches) == len(drawn)
        # The outline first, unfilled; then each quartier filled with the colour of its status.
        outline, *quartiers = ax.patches
        assert drawn[0]["properties"]["couche"] == "departement"
        assert outline.get_facecolor()[3] == 0
        assert len(quartiers) == len(couv.rows) == len(drawn) - 1
        for patch, f in zip(quartiers, drawn[1:]):
            p = f["properties"]
            assert mcolors.to_hex(patch.get_facecolor()) == p["fill"]
            assert patch.get_label() == p["nom"]
            # The patch holds every ring of the contour.
            rings = sum(len(poly) for poly in f["geometry"]["coordinates"])
            assert sum(1 for _, code in patch.get_path().iter_segments() if code == 1) == rings
        counts = {t.get_text() for t in ax.get_legend().get_texts()}
        t = couv.data["total"]
        assert f"zones blanches ({t['zones_blanches']})" in counts or t["zones_blanches"] == 0
        assert f"couverts ({t['couverts']})" in counts or t["couverts"] == 0
        assert "Licence Ouverte" in g["attribution"]
        # On an Axes of the caller's.
        fig, mine = plt.subplots()
        assert carte.matplotlib(ax=mine) is mine
        plt.close(fig)
    finally:
        plt.close(ax.figure)
