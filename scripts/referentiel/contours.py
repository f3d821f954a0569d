#!/usr/bin/env python3
"""Writes ``data/qpv2024/contours.geojson``: the QPV 2024 contours in the ANCT's GeoJSON layout.

Input: ``gazetteer_qpv.json.gz`` of the GitHub repository ``bpineau/gazetteer`` (MIT; file
``sources/qpv/data/qpv.json.gz``, built from the ANCT's ``qpv-2024-geojson.zip`` of 2026-01-15,
Licence Ouverte / Etalab). Output: a ``FeatureCollection`` of 1,584 features whose properties are
the ANCT's ``code_qp``, ``lib_qp`` and ``insee_com`` (communes separated by commas) and whose
geometry is the ``MultiPolygon`` as given (WGS84, 4 decimals). Nothing is computed or rounded.

    python3 scripts/referentiel/contours.py /work/shared/data/qpv-2024/gazetteer_qpv.json.gz \\
        data/qpv2024/contours.geojson
"""

import gzip
import json
import sys


def main() -> None:
    src, dst = sys.argv[1], sys.argv[2]
    with gzip.open(src, "rt", encoding="utf-8") as f:
        data = json.load(f)
    features = [
        {
            "type": "Feature",
            "properties": {
                "code_qp": q["code"],
                "lib_qp": q["label"],
                "insee_com": ",".join(q["insee"]),
            },
            "geometry": {"type": "MultiPolygon", "coordinates": q["g"]},
        }
        for q in sorted(data["qpvs"], key=lambda q: q["code"])
    ]
    out = {"type": "FeatureCollection", "features": features}
    with open(dst, "w", encoding="utf-8", newline="\n") as f:
        # One feature per line: readable diffs, and still plain GeoJSON.
        f.write('{"type":"FeatureCollection","features":[\n')
        f.write(
            ",\n".join(json.dumps(x, ensure_ascii=False, separators=(",", ":")) for x in out["features"])
        )
        f.write("\n]}\n")


if __name__ == "__main__":
    main()
