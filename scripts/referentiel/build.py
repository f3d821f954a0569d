#!/usr/bin/env python3
"""Regenerates the embedded référentiel (core/data/referentiel.tsv) from official sources.

Python 3 standard library only. Sources:

* the npm package ``@etalab/decoupage-administratif`` (COG communes, EPCI, EPT, départements,
  régions): either a version fetched with ``npm pack`` (``--npm-version 6.0.0``), a tarball
  (``--npm-tarball x.tgz``) or the package's ``data/`` folder (``--cog-dir``);
* the contrats de ville 2015 list of ANCT Ci.Ville, as CSV (``--contrats-de-ville``, columns
  ``code_cv, lib_cv, codgeo, insee_dep, pop_qpv``);
* QPV lists: the ANCT GeoJSON (``--qpv-geojson``, properties ``code_qp, lib_qp, insee_com,
  siren_epci, insee_dep``, optional population ``pop``/``popmuni``/``pop_mun``; a national file
  covers every département) and/or the CSV sample format (``--qpv-csv``, columns ``code_qp,
  nom_qp, code_commune_principale, communes_englobantes, code_departement, pop_mun_qp``);
  and/or a national list without geometry (``--qpv-liste-csv``, columns ``code_qp, lib_qp,
  insee_com`` with ``;`` between the communes of a QPV over several communes): the département
  comes from the code (``QN`` + 3 characters), the EPCI from the COG membership of its communes
  (a commune déléguée through its commune nouvelle; every EPCI for a QPV over several).

Example (the committed data)::

    python3 scripts/referentiel/build.py --npm-version 6.0.0 --vintage "COG 2026" \\
        --vintage-date 2026-01-01 \\
        --contrats-de-ville /work/shared/data/contrats-de-ville-2015/contrats_de_ville.csv \\
        --qpv-csv /work/shared/data/qpv-2015-occitanie-sample/qpv_2015_occitanie.csv \\
        --qpv-csv-source "ToulouseDataViz/Hackaviz2021 data/qp.csv + qp.geojson (2021-09-01), données INSEE/ANCT : échantillon de 105 QPV de 2015 en Occitanie, pas la liste nationale" \\
        --qpv-liste-csv core/data/qpv2024/liste.csv \\
        --qpv-liste-source "ANCT, liste nationale des 1 584 QPV de 2024 (data.gouv.fr, fichiers du 2026-01-15/16, via bpineau/gazetteer), Licence Ouverte / Etalab ; EPCI déduits du COG 2026" \\
        --out core/data/referentiel.tsv

Vintages of the npm package: 2026 = 6.0.0, 2025 = 5.3.0, 2024 = 4.1.0, 2023 = 3.1.1,
2022 = 2.3.1, 2021 = 1.1.1, 2019 = 0.7.x.
"""

import argparse
import csv
import hashlib
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import unicodedata

LICENCE = "Licence Ouverte / Etalab — INSEE, DGCL, ANCT"
TYPES = {
    "commune-actuelle": "a",
    "commune-deleguee": "d",
    "commune-associee": "s",
    "arrondissement-municipal": "m",
}
FILES = ["communes", "epci", "ept", "departements", "regions"]


def fail(msg):
    sys.stderr.write("build.py: " + msg + "\n")
    sys.exit(1)


def clean(v):
    """A field value: no tab, no newline (the format's separators)."""
    s = "" if v is None else str(v)
    if "\t" in s or "\n" in s or "\r" in s:
        fail("tab or newline in a value: %r" % s)
    return s


def read_npm_tarball(path):
    files = {}
    with open(path, "rb") as f:
        blob = f.read()
    sha = hashlib.sha256(blob).hexdigest()
    with tarfile.open(fileobj=io.BytesIO(blob), mode="r:gz") as tar:
        version = None
        for m in tar.getmembers():
            name = m.name.split("/", 1)[-1]
            if name == "package.json":
                version = json.load(tar.extractfile(m)).get("version")
            for f_ in FILES:
                if name == "data/%s.json" % f_:
                    files[f_] = json.load(tar.extractfile(m))
    return files, "npm @etalab/decoupage-administratif %s (tarball sha256 %s)" % (version, sha)


def npm_pack(version):
    tmp = tempfile.mkdtemp(prefix="ts-referentiel-")
    subprocess.run(
        ["npm", "pack", "--loglevel=error", "@etalab/decoupage-administratif@%s" % version, "--pack-destination", tmp],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    tgz = [f for f in os.listdir(tmp) if f.endswith(".tgz")]
    if len(tgz) != 1:
        fail("npm pack gave no tarball")
    return read_npm_tarball(os.path.join(tmp, tgz[0]))


def read_cog_dir(path):
    files = {}
    for f_ in FILES:
        p = os.path.join(path, f_ + ".json")
        if os.path.exists(p):
            with open(p, encoding="utf-8") as f:
                files[f_] = json.load(f)
    return files, "dossier %s" % os.path.basename(os.path.abspath(path))


def read_shared_csv_dir(path):
    """The CSV conversion of the same package kept in the project's shared data folder
    (communes.csv, epci.csv, epci_membres.csv + the JSON files copied unchanged)."""
    files = {}
    for f_ in ["ept", "departements", "regions"]:
        p = os.path.join(path, f_ + ".json")
        if os.path.exists(p):
            with open(p, encoding="utf-8") as f:
                files[f_] = json.load(f)
    communes = []
    with open(os.path.join(path, "communes.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            c = {k: v for k, v in r.items() if v != "" and k != "epci"}
            for k in ("codesPostaux", "anciensCodes"):
                if k in c:
                    c[k] = c[k].split("|")
            if "population" in c:
                c["population"] = int(c["population"])
            communes.append(c)
    files["communes"] = communes
    membres = {}
    with open(os.path.join(path, "epci_membres.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            membres.setdefault(r["epci"], []).append({"code": r["commune"]})
    epci = []
    with open(os.path.join(path, "epci.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            e = {k: r[k] for k in ("code", "nom", "type", "modeFinancement")}
            for k in ("populationTotale", "populationMunicipale"):
                if r.get(k):
                    e[k] = int(r[k])
            e["membres"] = membres.get(r["code"], [])
            epci.append(e)
    files["epci"] = epci
    return files, "@etalab/decoupage-administratif 6.0.0 converti en CSV (dossier %s)" % os.path.basename(
        os.path.abspath(path)
    )


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.replace("œ", "oe").replace("æ", "ae")
    return " ".join("".join(c if c.isalnum() else " " for c in s).split())


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--npm-version")
    src.add_argument("--npm-tarball")
    src.add_argument("--cog-dir")
    src.add_argument("--shared-csv-dir", help="the CSV conversion of the package (communes.csv, epci.csv, epci_membres.csv)")
    ap.add_argument("--vintage", required=True, help='e.g. "COG 2026"')
    ap.add_argument("--vintage-date", required=True, help="first day of the vintage, e.g. 2026-01-01")
    ap.add_argument("--contrats-de-ville")
    ap.add_argument("--qpv-csv", action="append", default=[])
    ap.add_argument("--qpv-csv-source", help="provenance text recorded for --qpv-csv")
    ap.add_argument("--qpv-geojson", action="append", default=[])
    ap.add_argument("--qpv-liste-csv", action="append", default=[], help="national list: code_qp, lib_qp, insee_com")
    ap.add_argument("--qpv-liste-source", help="provenance text recorded for --qpv-liste-csv")
    ap.add_argument("--out", required=True)
    a = ap.parse_args()

    if a.npm_version:
        files, cog_source = npm_pack(a.npm_version)
    elif a.npm_tarball:
        files, cog_source = read_npm_tarball(a.npm_tarball)
    elif a.shared_csv_dir:
        files, cog_source = read_shared_csv_dir(a.shared_csv_dir)
    else:
        files, cog_source = read_cog_dir(a.cog_dir)
    for f_ in ["communes", "epci", "departements", "regions"]:
        if f_ not in files:
            fail("missing %s.json in the COG source" % f_)

    out = []
    meta = [
        ("format", "1"),
        ("vintage", a.vintage),
        ("vintage_date", a.vintage_date),
        ("licence", LICENCE),
        ("source", "cog\t" + cog_source),
    ]

    regions = sorted(files["regions"], key=lambda r: r["code"])
    deps = sorted(files["departements"], key=lambda d: d["code"])
    dep_region = {d["code"]: d["region"] for d in deps}
    for r in regions:
        out.append("\t".join(map(clean, ["R", r["code"], r.get("chefLieu", ""), r.get("zone", ""), r["nom"]])))
    for d in deps:
        out.append(
            "\t".join(map(clean, ["D", d["code"], d["region"], d.get("chefLieu", ""), d.get("zone", ""), d["nom"]]))
        )

    # EPCI membership, from the EPCI file (the DGCL list).
    commune_epci = {}
    epcis = sorted(files["epci"], key=lambda e: e["code"])
    for e in epcis:
        for m in e.get("membres", []):
            prev = commune_epci.get(m["code"])
            if prev and prev != e["code"]:
                fail("commune %s in two EPCI: %s, %s" % (m["code"], prev, e["code"]))
            commune_epci[m["code"]] = e["code"]
        out.append(
            "\t".join(
                map(
                    clean,
                    [
                        "E",
                        e["code"],
                        e.get("type", ""),
                        e.get("modeFinancement", ""),
                        e.get("populationTotale", ""),
                        e.get("populationMunicipale", ""),
                        e["nom"],
                    ],
                )
            )
        )
    for t in sorted(files.get("ept", []), key=lambda e: e["code"]):
        out.append(
            "\t".join(
                map(
                    clean,
                    [
                        "T",
                        t["code"],
                        t.get("populationTotale", ""),
                        t.get("populationMunicipale", ""),
                        "|".join(m["code"] for m in t.get("membres", [])),
                        t["nom"],
                    ],
                )
            )
        )

    communes = files["communes"]
    by_dep_name = {}
    parent_of = {}
    actuelles = set()
    order = {"a": 0, "m": 1, "d": 2, "s": 3}
    rows = []
    for c in communes:
        t = TYPES.get(c.get("type", "commune-actuelle"))
        if t is None:
            fail("unknown commune type %r" % c.get("type"))
        dep = c.get("departement", "")
        if c.get("region") and dep_region.get(dep) not in (None, c["region"]):
            fail("commune %s: région %s differs from its département's" % (c["code"], c["region"]))
        parent = c.get("chefLieu") or c.get("commune") or ""
        if t != "a" and parent:
            parent_of.setdefault(c["code"], parent)
        epci = commune_epci.get(c["code"], "") if t == "a" else ""
        if t == "a":
            actuelles.add(c["code"])
            by_dep_name.setdefault((dep, fold(c["nom"])), []).append(c["code"])
        rows.append(
            (
                c["code"],
                order[t],
                [
                    "C",
                    c["code"],
                    t,
                    dep,
                    epci,
                    c.get("siren", "") if t == "a" else "",
                    c.get("population", "") if t in "am" else "",
                    "|".join(c.get("anciensCodes", []) or []),
                    parent if t != "a" else "",
                    c["nom"],
                ],
            )
        )
    rows.sort(key=lambda r: (r[0], r[1], r[2][-1]))
    out.extend("\t".join(map(clean, r[2])) for r in rows)

    if a.contrats_de_ville:
        with open(a.contrats_de_ville, encoding="utf-8") as f:
            cvs = list(csv.DictReader(f))
        meta.append(
            (
                "source",
                "contrats_de_ville\tANCT Ci.Ville, github.com/anct-carto/ci-ville src/assets/geom_cv_ctr.json "
                "(2023-05-11), Licence Ouverte 2.0",
            )
        )
        for r in sorted(cvs, key=lambda r: (r["code_cv"], r["insee_dep"])):
            codgeo = r["codgeo"]
            kind = "epci" if len(codgeo) == 9 else "commune"
            label = r["lib_cv"]
            prefix = r["insee_dep"] + " - "
            if label.startswith(prefix):
                label = label[len(prefix):]
            out.append(
                "\t".join(map(clean, ["V", r["code_cv"], r["insee_dep"], codgeo, kind, r["pop_qpv"], label]))
            )

    qpv = {}
    coverage = {}
    for path in a.qpv_csv:
        with open(path, encoding="utf-8") as f:
            for r in csv.DictReader(f):
                dep = r["code_departement"]
                codes = [r["code_commune_principale"]]
                for name in (r.get("communes_englobantes") or "").split(","):
                    name = name.strip()
                    if not name:
                        continue
                    found = by_dep_name.get((dep, fold(name)), [])
                    if len(found) != 1:
                        fail("QPV %s: commune %r not found once in département %s" % (r["code_qp"], name, dep))
                    if found[0] not in codes:
                        codes.append(found[0])
                gen = "2024" if r["code_qp"].startswith("QN") else "2015"
                qpv[r["code_qp"]] = [gen, dep, codes, [], r.get("pop_mun_qp", ""), r["nom_qp"]]
                coverage.setdefault(gen, set()).add(dep)
        meta.append(("source", "qpv\t%s" % (a.qpv_csv_source or os.path.basename(path) + " (CSV)")))
    for path in a.qpv_geojson:
        with open(path, encoding="utf-8") as f:
            gj = json.load(f)
        for feat in gj.get("features", []):
            p = feat.get("properties", {})
            code = p["code_qp"]
            dep = p.get("insee_dep") or ""
            communes = [x.strip() for x in str(p.get("insee_com", "")).replace(";", ",").split(",") if x.strip()]
            communes = [c.zfill(5) if c.isdigit() else c for c in communes]
            epcis = [x.strip() for x in str(p.get("siren_epci", "") or "").replace(";", ",").split(",") if x.strip()]
            pop = next((p[k] for k in ("pop", "popmuni", "pop_mun", "pop_mun_qp") if p.get(k) not in (None, "")), "")
            gen = "2024" if code.startswith("QN") else "2015"
            qpv[code] = [gen, dep, communes, epcis, pop, p.get("lib_qp", "")]
        for gen in {v[0] for v in qpv.values()}:
            coverage[gen] = {"*"}
        meta.append(("source", "qpv\t%s (GeoJSON ANCT, liste nationale)" % os.path.basename(path)))
    for path in a.qpv_liste_csv:
        with open(path, encoding="utf-8") as f:
            for r in csv.DictReader(f):
                code = r["code_qp"].strip()
                if not (code.startswith("QN") and len(code) == 8):
                    fail("%s: code %r (QN + 3 + 2 + 1 caractères attendu)" % (path, code))
                dep = code[2:5]
                dep = dep[1:] if dep.startswith("0") else dep
                if dep not in dep_region:
                    fail("QPV %s: département %s inconnu" % (code, dep))
                communes = [x.strip() for x in r["insee_com"].split(";") if x.strip()]
                epcis = []
                for c in communes:
                    actuelle = c if c in actuelles else parent_of.get(c, "")
                    if not actuelle:
                        fail("QPV %s: commune %s inconnue du COG" % (code, c))
                    e = commune_epci.get(actuelle)
                    if e and e not in epcis:
                        epcis.append(e)
                qpv[code] = ["2024", dep, communes, sorted(epcis), "", r["lib_qp"].strip()]
        coverage["2024"] = {"*"}
        meta.append(("source", "qpv\t%s" % (a.qpv_liste_source or os.path.basename(path) + " (CSV)")))
    for code in sorted(qpv):
        gen, dep, communes, epcis, pop, nom = qpv[code]
        out.append("\t".join(map(clean, ["Q", code, gen, dep, "|".join(communes), "|".join(epcis), pop, nom])))
    for gen in sorted(coverage):
        meta.append(("qpv_couverture", "%s\t%s" % (gen, ",".join(sorted(coverage[gen])))))

    head = ["# territoire-sante : référentiel géographique (format 1). Données : " + LICENCE + "."]
    head += ["@\t%s\t%s" % (k, v) for k, v in meta]
    text = "\n".join(head + out) + "\n"
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    n = {k: sum(1 for l in out if l.startswith(k + "\t")) for k in "RDETCVQ"}
    sys.stderr.write("wrote %s: %d bytes, %s\n" % (a.out, len(text.encode("utf-8")), n))


if __name__ == "__main__":
    main()
