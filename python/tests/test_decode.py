"""A plain dict is read straight into the model, with no JSON value in between (`decode.rs`);
whatever that route does not take (a dict subclass, a date, a value beyond the limits, a
portfolio, a document the model refuses…) goes the value route. Both must give the same report,
whole: checked on every example and vector, at the edges of the limits, and on what the fast
route gives up on. A `collections.OrderedDict` at the top always takes the value route."""

from __future__ import annotations

import collections
import copy
import datetime as dt
import json
from typing import Any, Dict, List, Tuple

import pytest

import territoire_sante as ts

from conftest import value_cases

CASES: List[Tuple[str, Dict[str, Any], Any]] = [c for c in value_cases() if isinstance(c[2], dict)]


def by_value(doc: Dict[str, Any]) -> "collections.OrderedDict[str, Any]":
    return collections.OrderedDict(doc)


def same(v: ts.Validator, doc: Dict[str, Any]) -> None:
    fast, slow = v.validate(doc), v.validate(by_value(doc))
    assert fast.to_dict() == slow.to_dict()
    (batch,) = v.validate_many([doc])
    assert batch.to_dict() == slow.to_dict()
    assert (fast.document_type, fast.document_id, fast.document_nom) == (
        slow.document_type,
        slow.document_id,
        slow.document_nom,
    )


@pytest.mark.parametrize("name,options,doc", CASES, ids=[c[0] for c in CASES])
def test_both_routes_give_the_same_report(name: str, options: Dict[str, Any], doc: Any) -> None:
    same(ts.Validator(**options), doc)


CLS: Dict[str, Any] = {
    "type": "contrat_local_sante",
    "nom": "CLS de Laon",
    "signataires": [{"nom": "Ville de Laon"}, {"nom": "ARS Hauts-de-France"}],
    "perimetre": {"communes": ["02408"]},
}


def compact_size(doc: Any) -> int:
    return len(json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))


@pytest.mark.parametrize("extra", [0, 1, 2])
def test_the_size_limit_falls_on_the_same_byte(extra: int) -> None:
    doc = copy.deepcopy(CLS)
    # Escapes and non-ASCII letters counted as the JSON text counts them.
    doc["nom"] = 'CLS « é » "\\ \n\t\u0001'
    size = compact_size(doc)
    v = ts.Validator(as_of="2021-06-30", limits={"max_bytes": size + extra - 1})
    r = v.validate(doc)
    assert (r.codes == ["DOC-009"]) == (extra == 0), r.codes
    same(v, doc)


@pytest.mark.parametrize("max_depth", [1, 2, 3, 4])
def test_the_depth_limit_falls_on_the_same_level(max_depth: int) -> None:
    same(ts.Validator(as_of="2021-06-30", limits={"max_depth": max_depth}), CLS)


@pytest.mark.parametrize("max_items", [0, 1, 2])
def test_the_items_limit_falls_on_the_same_list(max_items: int) -> None:
    same(ts.Validator(as_of="2021-06-30", limits={"max_items": max_items}), CLS)


GIVE_UPS: List[Dict[str, Any]] = [
    {**CLS, "date_signature": dt.date(2019, 3, 1)},
    {**CLS, "nom": collections.OrderedDict()},
    {**CLS, "inconnu": 1},
    {**CLS, "nom": 3},
    {**CLS, "signataires": ({"nom": "Ville de Laon"},)},
    {**CLS, "signataires": [{"nom": "Ville de Laon", "effectif": 2**70}]},
    {**CLS, "type": "inconnu"},
    {"type": "portefeuille", "documents": [CLS, {**CLS, "nom": None}]},
    {"nom": "sans type"},
]


@pytest.mark.parametrize("doc", GIVE_UPS, ids=[str(i) for i in range(len(GIVE_UPS))])
def test_what_the_fast_route_gives_up_on_is_reported_as_before(doc: Dict[str, Any]) -> None:
    same(ts.Validator(as_of="2021-06-30"), doc)
