"""The real-case corpus of tests/cases/: each real instrument, validated at its `as_of`, gets the
verdict a domain expert gives (`valid` and the exact set of codes at error severity), as in the
Rust runner (core/tests/cases.rs)."""

from __future__ import annotations

import json
from typing import Any, Dict, List, Tuple

import pytest

import territoire_sante as ts

from conftest import ROOT

CASES_DIR = ROOT / "tests" / "cases"


def load_cases() -> List[Tuple[str, Dict[str, Any]]]:
    """(file stem, case) for every case file, sorted by name."""
    return [
        (p.stem, json.loads(p.read_text(encoding="utf-8")))
        for p in sorted(CASES_DIR.glob("*.json"))
    ]


CASES = load_cases()


def test_there_are_real_cases() -> None:
    assert len(CASES) >= 30
    assert all(stem == case["id"] for stem, case in CASES)


@pytest.mark.parametrize("stem,case", CASES, ids=[s for s, _ in CASES])
def test_the_expert_verdict(stem: str, case: Dict[str, Any]) -> None:
    report = ts.Validator(as_of=case["as_of"]).validate(case["document"])
    errors = sorted({d.code for d in report.diagnostics if d.severity in ("error", "fatal")})
    # A known disagreement (`ecart_connu`) records what the library says today and why.
    verdict = case.get("ecart_connu", case["verdict"])
    assert (report.valid, errors) == (verdict["valid"], sorted(set(verdict["erreurs"]))), stem
