"""Every shared vector gives, in Python, the very report the Rust core gives (tests/golden)."""

from __future__ import annotations

import json
from typing import Any, Dict

import pytest

import territoire_sante as ts

from conftest import GOLDEN, load_vectors, validator_options

VECTORS = load_vectors()


def golden(stem: str, index: int) -> Dict[str, Any]:
    reports = json.loads((GOLDEN / f"{stem}.json").read_text(encoding="utf-8"))
    return reports[index]  # type: ignore[no-any-return]


def golden_for(stem: str, index: int, vector: Dict[str, Any]) -> Dict[str, Any]:
    """The Rust report of the vector's JSON text; for a document given as a value (a dict),
    the same without lines and columns: a value built by a program has no text to point into."""
    want = golden(stem, index)
    doc = vector["document"]
    if not isinstance(doc, str):
        for d in want["diagnostics"]:
            d.pop("line", None)
            d.pop("column", None)
            if d["code"] == "DOC-009":
                # A value is as large as its compact JSON text, not the golden's indented one.
                compact = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
                d["params"]["size"] = len(compact.encode("utf-8"))
                d["message"] = d["message"].replace(
                    str(len(ts.dumps(doc).encode("utf-8"))), str(d["params"]["size"])
                )
    return want


def run(v: Dict[str, Any]) -> ts.Report:
    validator = ts.Validator(**validator_options(v))
    doc = v["document"]
    # A string document is raw text, used verbatim (bytes are never taken for a path).
    return validator.validate(doc.encode("utf-8") if isinstance(doc, str) else doc)


def test_there_are_vectors_and_goldens() -> None:
    assert len(VECTORS) >= 20
    stems = {s for s, _, _ in VECTORS}
    assert stems == {p.stem for p in GOLDEN.glob("*.json")}


@pytest.mark.parametrize("stem,index,vector", VECTORS, ids=[f"{s}[{i}]" for s, i, _ in VECTORS])
def test_report_is_identical_to_rust(stem: str, index: int, vector: Dict[str, Any]) -> None:
    report = run(vector)
    assert report.to_dict() == golden_for(stem, index, vector)


@pytest.mark.parametrize("stem,index,vector", VECTORS, ids=[f"{s}[{i}]" for s, i, _ in VECTORS])
def test_expected_findings(stem: str, index: int, vector: Dict[str, Any]) -> None:
    report = run(vector)
    got = sorted((d.code, d.severity, d.path) for d in report.diagnostics)
    want = sorted((e["code"], e["severity"], e["path"]) for e in vector["expected"])
    assert got == want


def test_batch_gives_the_same_reports_as_one_by_one() -> None:
    # Group vectors by options so each batch shares one validator.
    groups: Dict[str, Any] = {}
    for stem, index, v in VECTORS:
        key = json.dumps(validator_options(v), sort_keys=True)
        groups.setdefault(key, []).append((stem, index, v))
    for key, items in groups.items():
        validator = ts.Validator(**json.loads(key))
        docs = [
            v["document"].encode("utf-8") if isinstance(v["document"], str) else v["document"]
            for _, _, v in items
        ]
        reports = validator.validate_many(docs)
        assert [r.to_dict() for r in reports] == [golden_for(s, i, v) for s, i, v in items]


def test_json_text_of_a_value_gives_the_same_report_as_the_value() -> None:
    for stem, index, v in VECTORS:
        if isinstance(v["document"], str):
            continue
        validator = ts.Validator(**validator_options(v))
        assert validator.validate(ts.dumps(v["document"])).to_dict() == golden(stem, index)


def test_to_json_is_written_as_the_core_writes_it() -> None:
    # The golden files are the Rust reports pretty-printed in an array: rebuild each file from
    # the Python reports' to_json() and compare the text byte for byte.
    by_file: Dict[str, list] = {}
    for stem, _, v in VECTORS:
        doc = v["document"]
        # The goldens are the reports of the documents' JSON text (the layout ts.dumps writes).
        text = doc if isinstance(doc, str) else ts.dumps(doc)
        validator = ts.Validator(**validator_options(v))
        given = text.encode("utf-8") if isinstance(doc, str) else text
        by_file.setdefault(stem, []).append(validator.validate(given).to_json())
    for stem, texts in by_file.items():
        items = ["\n".join("  " + line for line in t.splitlines()) for t in texts]
        rebuilt = "[\n" + ",\n".join(items) + "\n]\n"
        assert rebuilt == (GOLDEN / f"{stem}.json").read_text(encoding="utf-8"), stem
