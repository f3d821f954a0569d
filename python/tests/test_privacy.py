"""Privacy across every rule, in Python's outputs: documents carrying people's names, e-mails and
phone numbers in the fields meant for them (an acteur's ``contacts``, a coordination's
``contact``), or in those fields with the wrong type, never see them in a report (JSON, dict,
FHIR, SARIF, rows, DataFrame, HTML, repr). The corpus is every vector (together they trigger
every rule) and every example. The Rust suite (``core/tests/privacy.rs``) and the JavaScript one
(``wasm/tests/privacy.test.mjs``) check their own outputs the same way."""

from __future__ import annotations

import copy
import importlib.util
import json
from typing import Any, Dict, List

import pytest

import territoire_sante as ts

from conftest import EXAMPLES, load_vectors, validator_options

NAME = "Jeanne Martin-Lefebvre"
EMAIL = "jeanne.martin-lefebvre@example.fr"
PHONE = "06 71 82 93 04"
PHONE_INTL = "+33671829304"
NEEDLES = ["Jeanne", "Lefebvre", "jeanne.martin", "71 82 93", "671829304", "0671829304"]


def contacts() -> List[Any]:
    """The contact as a document gives it, then with wrong types and unknown keys."""
    return [
        {"nom": NAME, "fonction": "coordinatrice", "email": EMAIL, "telephone": PHONE},
        {"nom": [NAME], "email": {EMAIL: PHONE}, "telephone": 671829304},
        {"nom": {"prenom": NAME}, "courriel": EMAIL, "portable": PHONE_INTL},
        {NAME: EMAIL, "telephone": [PHONE_INTL, "0671829304"]},
        NAME,
        [EMAIL, PHONE],
    ]


def seed(doc: Any, contact: Any) -> int:
    """Puts ``contact`` in every contact slot of ``doc`` (portfolio members too); how many."""
    n = 0
    if isinstance(doc, dict):
        for a in doc.get("acteurs", []) if isinstance(doc.get("acteurs"), list) else []:
            if isinstance(a, dict):
                a["contacts"] = [copy.deepcopy(contact)]
                n += 1
        if isinstance(doc.get("coordination"), dict):
            doc["coordination"]["contact"] = copy.deepcopy(contact)
            n += 1
        for v in doc.values():
            n += seed_below(v, contact)
    return n


def seed_below(v: Any, contact: Any) -> int:
    if isinstance(v, list):
        return sum(seed(x, contact) for x in v)
    if isinstance(v, dict):
        if "type" in v:
            return seed(v, contact)
        return sum(seed_below(x, contact) for x in v.values())
    return 0


def leak(text: str) -> Any:
    return next((n for n in NEEDLES if n in text), None)


HAS_PANDAS = importlib.util.find_spec("pandas") is not None


def outputs(r: ts.Report) -> List[str]:
    out = [
        r.to_json(),
        json.dumps(r.to_dict(), ensure_ascii=False),
        json.dumps(r.to_fhir(), ensure_ascii=False),
        json.dumps(r.to_sarif("cas.json"), ensure_ascii=False),
        json.dumps(r.rows(), ensure_ascii=False, default=str),
        r._repr_html_(),
        repr(r),
    ]
    out.extend(d.message for d in r.diagnostics)
    out.extend(repr(d) for d in r.diagnostics)
    if HAS_PANDAS:
        out.append(r.to_pandas().to_csv())
    return out


def test_the_check_finds_a_planted_datum() -> None:
    doc = {"type": "contrat_local_sante", "acteurs": [{"id": "a", "nature": "ars"}]}
    assert seed(doc, contacts()[0]) == 1
    assert leak(json.dumps(doc)) == "Jeanne"
    r = ts.validate(doc, as_of="2020-06-30")
    data = r.to_dict()
    data["diagnostics"][0]["message"] = f"contact {EMAIL}"
    planted = ts.Report.from_dict(data)
    assert all(leak(o) for o in outputs(planted)[:6])


VECTORS = [(s, i, v) for s, i, v in load_vectors() if isinstance(v["document"], dict)]


@pytest.mark.parametrize("stem,index,vector", VECTORS, ids=[f"{s}[{i}]" for s, i, _ in VECTORS])
def test_no_rule_echoes_a_contact(stem: str, index: int, vector: Dict[str, Any]) -> None:
    validator = ts.Validator(**validator_options(vector))
    plain = validator.validate(vector["document"])
    seeded = []
    for k, c in enumerate(contacts()):
        doc = copy.deepcopy(vector["document"])
        if seed(doc, c) == 0:
            pytest.skip("no contact slot in this document")
        assert leak(json.dumps(doc, ensure_ascii=False))
        seeded.append(doc)
        r = validator.validate(doc)
        for o in outputs(r):
            assert leak(o) is None, (k, o)
        if k == 0:
            # Well-typed contacts change nothing in what the rules find.
            assert r.codes == plain.codes
        else:
            assert r.has("DOC-002") or r.has("DOC-003"), (k, r.codes)
    # The batch entry point and its tables too.
    many = validator.validate_many(seeded + [json.dumps(seeded[0]).encode("utf-8")])
    assert leak(json.dumps(many.rows(), ensure_ascii=False, default=str)) is None
    assert leak(many._repr_html_()) is None
    if HAS_PANDAS:
        assert leak(many.to_pandas().to_csv()) is None
        assert leak(many.summary().to_csv()) is None


def test_examples_keep_contacts_out_with_evidence_in_both_languages() -> None:
    checked = 0
    for path in sorted(EXAMPLES.glob("*.json")):
        base = json.loads(path.read_text(encoding="utf-8"))
        for lang in ("fr", "en"):
            v = ts.Validator(as_of="2024-06-30", explain=True, lang=lang)
            for c in contacts():
                doc = copy.deepcopy(base)
                if seed(doc, c) == 0:
                    break
                for o in outputs(v.validate(doc)):
                    assert leak(o) is None, (path.name, o)
                checked += 1
    assert checked > 40
