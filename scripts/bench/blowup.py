#!/usr/bin/env python3
"""Writes the blow-up inputs of docs/performance.md ("Blow-up inputs") into a folder and times
the release CLI on each (wall time and peak memory with GNU time), printing a Markdown table.

    cargo build --release -p territoire-sante --features cli --bin territoire-sante
    python3 scripts/bench/blowup.py target/release/territoire-sante /tmp/blowup

Each input stays within the default limits (16 MiB, depth 64, 100,000 items) unless its name
says it goes beyond them; the CLI must answer each with a report, in bounded time and memory.
"""
import json
import os
import subprocess
import sys
from pathlib import Path

cli, out = sys.argv[1], Path(sys.argv[2])
out.mkdir(parents=True, exist_ok=True)
MIB = 1024 * 1024


def cls(i, commune="02168"):
    return {
        "type": "contrat_local_sante",
        "id": f"cls-{i}",
        "nom": f"CLS {i}",
        "statut": "signe",
        "date_signature": "2019-01-15",
        "periode": {"debut": "2019-01-15", "fin": "2024-01-14"},
        "acteurs": [
            {"id": "ars", "nom": "ARS Hauts-de-France", "nature": "ars"},
            {"id": "ville", "nom": "Ville", "nature": "commune",
             "territoire": {"type": "commune", "code": commune}},
        ],
        "perimetre": [{"type": "commune", "code": commune}],
        "signataires": [{"acteur": "ars"}, {"acteur": "ville"}],
    }


def write(name, text):
    p = out / name
    p.write_text(text, encoding="utf-8")
    return p


inputs = []
# The cost of starting the CLI (reading the embedded référentiel): one small valid CLS.
inputs.append(("baseline: one small CLS", write("small.json", json.dumps(cls(0)))))
# Deep nesting: within the depth limit's reach of the text (the reader stops at depth 64).
inputs.append(("deep nesting, 1,000,000 `[` (1 MB)", write("deep.json", "[" * 1_000_000)))
inputs.append(("deep nesting, 60 levels of objects under `type`", write(
    "deep-objects.json",
    '{"type": "contrat_local_sante", "x": ' + '{"a": ' * 60 + "1" + "}" * 60 + "}")))
# Huge arrays: at the item limit, and beyond it.
inputs.append(("array of 100,000 signataires (limit)", write("array-100k.json", json.dumps(
    dict(cls(0), signataires=[{"acteur": f"a{i}"} for i in range(100_000)])))))
inputs.append(("array of 1,500,000 numbers (beyond the item limit, 4.4 MB)", write(
    "array-1.5m.json", '{"type": "contrat_local_sante", "x": [' + ",".join(["1"] * 1_500_000) + "]}")))
# Long strings and keys.
inputs.append(("one name of 15 MiB", write("long-string.json", json.dumps(
    dict(cls(0), nom="x" * (15 * MIB))))))
inputs.append(("one unknown key of 5 MiB", write("long-key.json", json.dumps(
    dict(cls(0), **{"k" * (5 * MIB): 1})))))
inputs.append(("5,000 acteurs named with 2 KB each (10 MB)", write("long-names.json", json.dumps(
    dict(cls(0), acteurs=[{"id": f"a{i}", "nom": "n" * 2000, "nature": "commune"} for i in range(5000)],
         signataires=[{"acteur": f"a{i}"} for i in range(5000)])))))
# Many documents: a portfolio of CLS all on one commune (ART-009's worst case), and many files.
for n in (1000, 3000, 10_000):
    inputs.append((f"portfolio of {n:,} CLS on one commune", write(
        f"portfolio-{n}.json", json.dumps({"type": "portefeuille", "documents": [cls(i) for i in range(n)]}))))
many = out / "many"
many.mkdir(exist_ok=True)
for i in range(2000):
    (many / f"cls-{i:04}.json").write_text(json.dumps(cls(i)), encoding="utf-8")
inputs.append(("2,000 files of one CLS each, one CLI call", many))
# Beyond the byte limit: 64 MiB of spaces, read no further than the limit.
big = out / "big.json"
with open(big, "wb") as f:
    f.write(b"{" + b" " * (64 * MIB) + b"}")
inputs.append(("64 MiB file (beyond the 16 MiB limit)", big))

print("| input | size | CPU time (user + system) | wall time | peak memory (RSS) | output | exit |")
print("|---|---|---|---|---|---|---|")
for label, path in inputs:
    files = sorted(str(p) for p in path.iterdir()) if path.is_dir() else [str(path)]
    size = sum(os.path.getsize(f) for f in files)
    cmd = ["/usr/bin/time", "-f", "%e %U %S %M", cli, "validate", "--as-of", "2020-06-30",
           "--format", "json", *files]
    r = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    secs, user, system, kb = r.stderr.decode().strip().splitlines()[-1].split()
    print(f"| {label} | {size / MIB:.1f} MiB | {float(user) + float(system):.2f} s | "
          f"{float(secs):.2f} s | {int(kb) / 1024:.0f} MB | {len(r.stdout) / 1024:.0f} KB | "
          f"{r.returncode} |", flush=True)
