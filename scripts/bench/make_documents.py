#!/usr/bin/env python3
"""The 10,000 documents the comparison benchmarks share (standard library only).

Variations of the seed examples (`docs/examples/*.json`) and of the members of the portfolio
example: each copy gets its own id and name, its dates shifted by 0 to 4 years, and one in five
loses a signatory or an actor (so that some reports carry findings, as real batches do). Every
document stays valid against `docs/schema/document.json`, so the structural validators do the
whole of their work. Deterministic: the same seed gives the same documents.

    python3 scripts/bench/make_documents.py [N] [OUT.jsonl]   # default 10000, target/bench/documents.jsonl
"""

from __future__ import annotations

import copy
import json
import random
import re
import sys
from pathlib import Path
from typing import Any, Dict, List

ROOT = Path(__file__).resolve().parents[2]
DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def seeds() -> List[Dict[str, Any]]:
    out: List[Dict[str, Any]] = []
    for path in sorted((ROOT / "docs" / "examples").glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        out.append(doc)
        if doc.get("type") == "portefeuille":
            out.extend(m for m in doc.get("documents", []) if isinstance(m, dict) and "type" in m)
    return out


def shift(value: Any, years: int) -> Any:
    """The value with every ISO date moved by `years` (29 February kept valid)."""
    if isinstance(value, dict):
        return {k: shift(v, years) for k, v in value.items()}
    if isinstance(value, list):
        return [shift(v, years) for v in value]
    if isinstance(value, str):
        m = DATE.match(value)
        if m:
            y, mo, d = int(m.group(1)) + years, m.group(2), m.group(3)
            if mo == "02" and d == "29":
                d = "28"
            return f"{y:04d}-{mo}-{d}"
    return value


def make(n: int, seed: int = 20261123) -> List[Dict[str, Any]]:
    rng = random.Random(seed)
    base = seeds()
    docs: List[Dict[str, Any]] = []
    for i in range(n):
        d = shift(copy.deepcopy(base[i % len(base)]), rng.randrange(5))
        key = "code" if d.get("type") == "contrat_de_ville" else "id"
        if key in d:
            d[key] = f"{d[key]}-{i}"
        if isinstance(d.get("nom"), str):
            d["nom"] = f"{d['nom']} ({i})"
        if rng.random() < 0.2:
            for field in ("signataires", "acteurs"):
                items = d.get(field)
                if isinstance(items, list) and len(items) > 1:
                    items.pop(rng.randrange(len(items)))
                    break
        docs.append(d)
    return docs


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "target" / "bench" / "documents.jsonl"
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as f:
        for d in make(n):
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"{n} documents -> {out} ({out.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
