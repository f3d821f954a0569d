"""A validator's report keeps the core's report and reads its summary from it: every property,
the JSON text and pickling agree with the same report rebuilt from its JSON."""

from __future__ import annotations

import json
import pickle
from typing import Any, Dict, List

import pytest

import territoire_sante as ts

from conftest import load_vectors, validator_options

VECTORS = load_vectors()
SEVERITIES = ["information", "info", "warning", "error", "fatal"]


def fresh_reports(v: Dict[str, Any]) -> List[ts.Report]:
    """The vector's document through `validate` and through `validate_many` (fresh, unread)."""
    validator = ts.Validator(**validator_options(v))
    doc = v["document"]
    doc = doc.encode("utf-8") if isinstance(doc, str) else doc
    return [validator.validate(doc), validator.validate_many([doc])[0]]


def summary(r: ts.Report) -> Dict[str, Any]:
    return {
        "valid": r.valid,
        "as_of": r.as_of,
        "lang": r.lang,
        "document_type": r.document_type,
        "document_id": r.document_id,
        "referentiel": r.referentiel,
        "counts": list(r.counts.items()),  # the order too
        "codes": r.codes,
        "len": len(r),
        "repr": repr(r),
        "has": [r.has(c) for c in r.codes + ["XXX-999"]],
        "at_least": [r.at_least(s) for s in SEVERITIES],
    }


@pytest.mark.parametrize("stem,index,vector", VECTORS, ids=[f"{s}[{i}]" for s, i, _ in VECTORS])
def test_lazy_report_equals_the_report_of_its_json(
    stem: str, index: int, vector: Dict[str, Any]
) -> None:
    for lazy in fresh_reports(vector):
        # Read first, before anything makes the JSON: the summary comes from the core.
        got = summary(lazy)
        text = json.dumps(lazy.to_dict(), ensure_ascii=False)
        for twin in (ts.Report.from_json(text), ts.Report.from_dict(lazy.to_dict())):
            assert summary(twin) == got
            assert twin == lazy and lazy == twin
            assert twin.to_json() == lazy.to_json()
            # The document's name and members come from the document, which JSON does not keep.
            heading = ("document_nom", "membre_type", "membre_id", "membre_nom")
            strip = lambda rows: [{k: x for k, x in r.items() if k not in heading} for r in rows]  # noqa: E731
            assert strip(twin.rows()) == strip(lazy.rows())
            assert twin.diagnostics == lazy.diagnostics


def test_lazy_report_pickles_as_its_json(broken_cls: Dict[str, Any]) -> None:
    r = ts.Validator(as_of="2016-06-30").validate(broken_cls)
    text, source = r.__getstate__()
    assert source is None and json.loads(text) == r.to_dict()
    for proto in range(2, pickle.HIGHEST_PROTOCOL + 1):
        fresh = ts.Validator(as_of="2016-06-30").validate(broken_cls)
        again = pickle.loads(pickle.dumps(fresh, protocol=proto))
        assert summary(again) == summary(r) and again == r


def test_raise_on_reads_the_counts_first(broken_cls: Dict[str, Any]) -> None:
    # Nothing at fatal: the report comes back; at error, it raises with the first finding.
    v = ts.Validator(as_of="2016-06-30", rules=["CLS-001"], raise_on="fatal")
    assert not v.validate(broken_cls).valid
    with pytest.raises(ts.ValidationFailed) as e:
        ts.Validator(as_of="2016-06-30", rules=["CLS-001"], raise_on="error").validate(broken_cls)
    assert e.value.report.at_least("error") == e.value.diagnostics
