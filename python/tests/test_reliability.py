"""Nothing lost, nothing leaked, no raw exception: a batch gives one report per item whatever
each item holds, a ``str`` is JSON text (never a path whose content could be echoed), and what
Python cannot convert gets the core's located reading findings."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Dict, List

import pytest

import territoire_sante as ts

from conftest import EXAMPLES

AS_OF = "2020-06-30"


def deep(n: int) -> Any:
    doc: Any = {"type": "contrat_local_sante"}
    for _ in range(n):
        doc = {"x": doc}
    return doc


def codes(r: ts.Report) -> List[str]:
    return [d.code for d in r.diagnostics]


def test_every_item_of_a_batch_gets_its_own_report(tmp_path: Path) -> None:
    good = json.loads((EXAMPLES / "chateau-thierry-cls.json").read_text(encoding="utf-8"))
    nan: Dict[str, Any] = {"type": "contrat_local_sante", "signataires": [{"x": float("nan")}]}
    cycle: Dict[str, Any] = {"type": "contrat_local_sante"}
    cycle["self"] = cycle
    (tmp_path / "dossier").mkdir()
    items: List[Any] = [
        good,
        tmp_path / "absent.json",
        tmp_path / "dossier",
        b'{"nom": "ch\xe2teau"}',
        '{"type": "x"}'.encode("utf-16"),
        deep(5000),
        nan,
        cycle,
        {"type": "contrat_local_sante", "nom": "\ud800"},
        good,
    ]
    v = ts.Validator(as_of=AS_OF)
    reports = v.validate_many(items)
    assert len(reports) == len(items)
    assert reports[0].document_type == "contrat_local_sante"
    assert reports[9].to_dict() == reports[0].to_dict()
    want = [
        ("DOC-011", "not_found", ""),
        ("DOC-011", "directory", ""),
        ("DOC-011", "not_utf8", ""),
        ("DOC-011", "utf16", ""),
        # Located where the excess starts (a value built by a program has pointers).
        ("DOC-008", None, "/x" * 64),
        ("DOC-011", "not_finite", "/signataires/0/x"),
        ("DOC-011", "cycle", "/self"),
        ("DOC-011", "lone_surrogate", "/nom"),
    ]
    for r, (code, reason, path) in zip(reports[1:9], want):
        assert codes(r) == [code], codes(r)
        d = r.diagnostics[0]
        assert d.severity == "fatal" and d.path == path
        if reason is not None:
            assert d.params["reason"] == reason
    # One document alone gives the same report as in the batch.
    for item, r in zip(items[1:9], reports[1:9]):
        assert v.validate(item).to_dict() == r.to_dict()


def test_a_str_is_json_text_never_a_path(tmp_path: Path) -> None:
    secret = tmp_path / "notes.txt"
    secret.write_text("Jean Dupont, jean.dupont@example.fr, 06 12 34 56 78", encoding="utf-8")
    v = ts.Validator(as_of=AS_OF)
    with pytest.warns(UserWarning, match="pathlib.Path"):
        r = v.validate(str(secret))
    assert codes(r) == ["DOC-001"]
    assert "Dupont" not in r.to_json() and "example.fr" not in r.to_json()
    # A path is read, and its content is not quoted either.
    assert codes(v.validate(secret)) == ["DOC-001"]
    assert "Dupont" not in v.validate(secret).to_json()


def test_a_bom_is_named() -> None:
    r = ts.Validator(as_of=AS_OF).validate('\ufeff{"type": "contrat_local_sante"}')
    assert codes(r) == ["DOC-001"]
    assert r.diagnostics[0].params["error"] == "bom"
    assert "BOM" in r.diagnostics[0].message


def test_qpv_features_as_an_object_are_named(tmp_path: Path) -> None:
    ref = ts.Referentiel.embedded()
    assert ref is not None
    f = tmp_path / "qpv.geojson"
    f.write_text('{"type": "FeatureCollection", "features": {}}', encoding="utf-8")
    with pytest.raises(ts.ReferentielError) as e:
        ref.with_qpv_geojson(f)
    assert "liste" in str(e.value) and "objet" in str(e.value)
