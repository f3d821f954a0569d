#!/usr/bin/env python3
"""Writes ``data/departements/contours.geojson``: the outlines of the 101 départements (96
metropolitan, 5 DROM), simplified for the coverage maps' background.

Input: ``departements-avec-outre-mer.geojson`` of the repository ``gregoiredavid/france-geojson``
at tag ``v2.1.1`` (commit ``5d34ee6d0140c29f785fdb047d9329f1aab58833``; the Composer package of
the same name and version): IGN ADMIN EXPRESS COG édition 2018, Licence Ouverte, properties
``code`` and ``nom`` (see ``data/departements/README.md``).

Simplification is mapshaper's (npm package ``mapshaper``, version pinned below): Visvalingam
weighted, keeping 10 % of the vertices, topology-aware (a border shared by two départements is
simplified once, so neighbours still meet), no shape dropped, coordinates rounded to 4 decimals
(about 10 m). This script only sorts the features by code, writes one per line and adds the
attribution that Licence Ouverte asks for; it draws nothing.

    python3 scripts/referentiel/departements.py departements-avec-outre-mer.geojson \\
        data/departements/contours.geojson
"""

import json
import os
import subprocess
import sys
import tempfile

MAPSHAPER = "mapshaper@0.7.70"
ATTRIBUTION = (
    "Limites départementales : IGN, ADMIN EXPRESS COG 2018 (Licence Ouverte), "
    "simplifiées"
)


def main() -> None:
    src, dst = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as tmp:
        simple = os.path.join(tmp, "simple.geojson")
        subprocess.run(
            ["npx", "-y", MAPSHAPER, "-i", src, "-simplify", "10%", "weighted", "keep-shapes",
             "-o", simple, "format=geojson", "precision=0.0001"],
            check=True,
        )
        with open(simple, encoding="utf-8") as f:
            data = json.load(f)
    features = sorted(data["features"], key=lambda x: x["properties"]["code"])
    with open(dst, "w", encoding="utf-8", newline="\n") as f:
        # One feature per line: readable diffs, and still plain GeoJSON.
        f.write('{"type":"FeatureCollection","attribution":' + json.dumps(ATTRIBUTION, ensure_ascii=False)
                + ',"features":[\n')
        f.write(",\n".join(
            json.dumps(
                {"type": "Feature", "properties": {"code": x["properties"]["code"],
                                                   "nom": x["properties"]["nom"]},
                 "geometry": x["geometry"]},
                ensure_ascii=False, separators=(",", ":"))
            for x in features))
        f.write("\n]}\n")


if __name__ == "__main__":
    main()
