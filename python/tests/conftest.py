"""Shared fixtures: the repository's vectors, goldens and examples."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Dict, List, Tuple

import pytest

ROOT = Path(__file__).resolve().parents[2]
VECTORS = ROOT / "tests" / "vectors"
GOLDEN = ROOT / "tests" / "golden"
EXAMPLES = ROOT / "docs" / "examples"
SCHEMAS = ROOT / "docs" / "schema"


def load_vectors() -> List[Tuple[str, int, Dict[str, Any]]]:
    """(file stem, index, vector) for every shared vector, in file order."""
    out = []
    for path in sorted(VECTORS.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        items = data if isinstance(data, list) else [data]
        out.extend((path.stem, i, v) for i, v in enumerate(items))
    return out


def validator_options(v: Dict[str, Any]) -> Dict[str, Any]:
    """Validator keyword arguments for a vector (as the Rust runner reads them)."""
    kw: Dict[str, Any] = {"as_of": v["as_of"], "lang": v.get("locale", "fr")}
    for key in ("rules", "limits", "explain", "max_errors"):
        if key in v:
            kw[key] = v[key]
    return kw



def value_cases() -> List[Tuple[str, Dict[str, Any], Any]]:
    """Every example (validated at 2024-06-30) and every vector whose document is a value (not
    raw text): (name, validator options, document)."""
    return [
        (f"example:{p.stem}", {"as_of": "2024-06-30"}, json.loads(p.read_text(encoding="utf-8")))
        for p in sorted(EXAMPLES.glob("*.json"))
    ] + [
        (f"vector:{stem}[{i}]", validator_options(v), v["document"])
        for stem, i, v in load_vectors()
        if not isinstance(v["document"], str)
    ]

@pytest.fixture(scope="session")
def clean_cls() -> Dict[str, Any]:
    """A CLS that satisfies CLS-001 (and the reading rules) at 2016-06-30."""
    return {
        "type": "contrat_local_sante",
        "nom": "CLS de test",
        "acteurs": [
            {"id": "ars", "nom": "ARS Hauts-de-France", "nature": "ars"},
            {
                "id": "ville",
                "nom": "Ville de Château-Thierry",
                "nature": "commune",
                "territoire": {"type": "commune", "code": "02168"},
            },
        ],
        "signataires": [
            {"acteur": "ars", "date_signature": "2015-12-17"},
            {"acteur": "ville", "date_signature": "2015-12-17"},
        ],
        "date_signature": "2015-12-17",
        "periode": {"debut": "2015-12-17", "fin": "2020-12-31"},
    }


@pytest.fixture(scope="session")
def broken_cls() -> Dict[str, Any]:
    """A CLS whose whole list of signatories (one partner) lacks the ARS (CLS-001)."""
    return {
        "type": "contrat_local_sante",
        "nom": "CLS de Château-Thierry",
        "acteurs": [{"id": "ville", "nom": "Ville de Château-Thierry", "nature": "commune"}],
        "signataires": [{"acteur": "ville", "date_signature": "2015-12-17"}],
        "date_signature": "2015-12-17",
        "nombre_partenaires": 1,
    }
