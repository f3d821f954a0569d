#!/usr/bin/env python3
"""Cuts the seeds of the `referentiel_cog` and `referentiel_geojson` fuzz targets from the real
reference data (`shared/data/`, see its README for provenance and licences): a few records each,
so that the fuzzer starts from real shapes. Run once; the seeds are committed.

    python3 fuzz/make_referentiel_seeds.py /path/to/shared/data
"""
import csv
import gzip
import json
import sys
from pathlib import Path

data = Path(sys.argv[1])
here = Path(__file__).resolve().parent / "seeds"
cog = data / "cog-2026"

communes = list(csv.DictReader(open(cog / "communes.csv", encoding="utf-8")))
membres = list(csv.DictReader(open(cog / "epci_membres.csv", encoding="utf-8")))
epcis = {r["code"]: r for r in csv.DictReader(open(cog / "epci.csv", encoding="utf-8"))}
departements = json.load(open(cog / "departements.json", encoding="utf-8"))
regions = json.load(open(cog / "regions.json", encoding="utf-8"))
ept = json.load(open(cog / "ept.json", encoding="utf-8"))

INTS = {"population", "populationTotale", "populationMunicipale", "typeLiaison", "rangChefLieu"}
LISTS = {"codesPostaux", "anciensCodes"}


def commune_json(row):
    """A row of communes.csv back to the package's JSON object (empty fields were absent)."""
    out = {}
    for k, v in row.items():
        if v == "" or k == "epci":
            continue
        if k in LISTS:
            out[k] = v.split("|")
        elif k in INTS:
            out[k] = int(v)
        else:
            out[k] = v
    return out


def epci_json(codes):
    """The EPCI of `codes`, each with its members among `codes` only."""
    out = []
    for siren in sorted({m["epci"] for m in membres if m["commune"] in codes}):
        e = dict(epcis[siren])
        e.pop("nbMembres", None)
        for k in ("populationTotale", "populationMunicipale"):
            if e.get(k):
                e[k] = int(e[k])
        e["membres"] = [
            {"code": m["commune"], "siren": m["siren"], "nom": m["nom"]}
            for m in membres
            if m["epci"] == siren and m["commune"] in codes
        ]
        out.append(e)
    return out


def cog_seed(name, rows, with_ept=False):
    codes = {r["code"] for r in rows}
    deps = {r["departement"] for r in rows}
    regs = {r["region"] for r in rows}
    parts = [
        [commune_json(r) for r in rows],
        epci_json(codes),
        [d for d in departements if d["code"] in deps],
        [r for r in regions if r["code"] in regs],
    ]
    if with_ept:
        parts.append(ept[:2])
    # The target splits its input at NUL bytes, which JSON text never holds.
    text = "\0".join(json.dumps(p, ensure_ascii=False) for p in parts)
    (here / "referentiel_cog" / name).write_text(text, encoding="utf-8")


actuelles = [r for r in communes if r["type"] == "commune-actuelle"]
cog_seed("belfort", [r for r in actuelles if r["departement"] == "90"][:20])
cog_seed(
    "paris-ept",
    [r for r in communes if r["code"] in ("75056", "93001", "93027")]
    + [r for r in communes if r["type"] == "arrondissement-municipal"][:6],
    with_ept=True,
)
deleguees = [r for r in communes if r["type"] == "commune-deleguee"][:8]
parents = {r["commune"] for r in deleguees}
cog_seed("communes-deleguees", deleguees + [r for r in actuelles if r["code"] in parents])
cog_seed("mayotte", [r for r in actuelles if r["departement"] == "976"][:5])

gaz = json.load(gzip.open(data / "qpv-2024" / "gazetteer_qpv.json.gz", "rt", encoding="utf-8"))


def feature(q, props=None):
    p = {"code_qp": q["code"], "lib_qp": q["label"], "insee_com": ",".join(q["insee"])}
    p.update(props or {})
    return {"type": "Feature", "properties": p,
            "geometry": {"type": "MultiPolygon", "coordinates": q["g"]}}


def geojson_seed(name, features):
    text = json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False)
    (here / "referentiel_geojson" / name).write_text(text, encoding="utf-8")


# Contours cut to their first ring of at most 12 points: the loader reads properties only.
def small(q):
    ring = q["g"][0][0][:12]
    return dict(q, g=[[ring]])


qs = [small(q) for q in gaz["qpvs"]]
geojson_seed("qpv2024-ain", [feature(q) for q in qs[:4]])
several = [q for q in qs if len(q["insee"]) > 1][:3]
geojson_seed("qpv2024-multi-communes", [feature(q) for q in several])
overseas = [q for q in qs if q["code"].startswith("QN97")][:3]
geojson_seed("qpv2024-outre-mer", [feature(q) for q in overseas])
occ = list(csv.DictReader(open(data / "qpv-2015-occitanie-sample" / "qpv_2015_occitanie.csv", encoding="utf-8")))[:4]
geojson_seed(
    "qpv2015-occitanie-population",
    [{"type": "Feature", "geometry": None, "properties": {
        "code_qp": r["code_qp"], "lib_qp": r["nom_qp"], "insee_com": r["code_commune_principale"],
        "insee_dep": r["code_departement"], "pop_mun_qp": int(r["pop_mun_qp"])}} for r in occ],
)
