"""Dicts and lists are walked straight into the core's JSON value, with no text in between:
the value is the one the `json` module would write (dates as ISO text, tuples and sets as lists,
numpy-like scalars as their number), and what JSON cannot hold is reported where it is."""

from __future__ import annotations

import collections
import datetime as dt
import enum
import json
from typing import Any, Dict, List

import pytest

import territoire_sante as ts
from territoire_sante import _core


def nested(depth: int) -> Any:
    doc: Any = {"feuille": [1, "a"]}
    for i in range(depth - 2):
        doc = [doc] if i % 2 else {"n": doc}
    return doc


class Colour(enum.IntEnum):
    RED = 1


class Key(str):
    pass


class Scalar:
    """Stands for a numpy scalar: `item()` gives the Python value."""

    def __init__(self, v: Any) -> None:
        self.v = v

    def item(self) -> Any:
        return self.v


def default(o: Any) -> Any:
    if isinstance(o, dt.datetime):
        return o.isoformat()
    if isinstance(o, dt.date):
        return o.isoformat()
    if isinstance(o, (set, frozenset)):
        return list(o)
    if isinstance(o, Scalar):
        return o.item()
    raise TypeError(type(o).__name__)


FLOATS = [0.0, -0.0, 0.1, 1.0, -2.5, 1e16, 1e22, 1e-7, 5e-324, 1.7976931348623157e308, 1 / 3]
INTS = [0, -1, 7, 2**53 + 1, 2**63 - 1, 2**63, 2**64 - 1, -(2**63), 2**64]
VALUES: List[Any] = [
    {},
    [],
    {"b": 1, "a": [True, None], "é": "œ ☃ 𝄞 \u0000 \n \" \\ /", "": {"z": [], "y": {"f": False}}},
    [{"x": f} for f in FLOATS],
    {"entiers": INTS},
    ["texte", 3, 2.5, None],
    nested(100),
    {1: "a", "2": "b"},
    {Key("k"): 1},
    {"x": [Key("v")]},
    {"t": (1, 2)},
    {"d": dt.date(2020, 1, 2), "h": dt.datetime(2020, 1, 2, 3, 4)},
    {"s": frozenset([1])},
    {"e": Colour.RED},
    {"n": Scalar(3), "f": Scalar(2.5)},
    collections.OrderedDict([("b", 1), ("a", 2)]),
    collections.defaultdict(list, {"a": [1]}),
]


@pytest.mark.parametrize("doc", VALUES)
def test_the_value_is_the_one_json_writes(doc: Any) -> None:
    want = json.loads(json.dumps(doc, default=default))
    assert json.loads(_core.document_text(doc)) == want
    assert json.loads(ts.dumps(doc)) == want


def test_a_date_at_midnight_is_the_date_it_was() -> None:
    doc = {"d": dt.datetime(2015, 12, 17)}
    assert json.loads(_core.document_text(doc)) == {"d": "2015-12-17"}


circular_list: List[Any] = []
circular_list.append(circular_list)
circular_dict: Dict[str, Any] = {"a": {}}
circular_dict["a"]["self"] = circular_dict


@pytest.mark.parametrize(
    "doc,reason,path",
    [
        ({"x": float("nan")}, "not_finite", "/x"),
        ([1, float("inf")], "not_finite", "/1"),
        ({"a": {"x": -float("inf")}}, "not_finite", "/a/x"),
        (["\ud800"], "lone_surrogate", "/0"),
        ({"a": {"\udfff": 1}}, "lone_surrogate", "/a"),
        (circular_list, "cycle", "/0"),
        (circular_dict, "cycle", "/a/self"),
    ],
    ids=["nan", "inf", "-inf", "surrogate", "surrogate-key", "cycle-list", "cycle-dict"],
)
def test_what_json_cannot_hold_is_reported_where_it_is(doc: Any, reason: str, path: str) -> None:
    v = ts.Validator(as_of="2021-06-30")
    r = v.validate(doc)
    assert r.codes == ["DOC-011"] and r.counts["fatal"] == 1
    d = r.diagnostics[0]
    assert d.params["reason"] == reason and d.path == path
    (b,) = v.validate_many([doc])
    assert b.to_dict() == r.to_dict()


@pytest.mark.parametrize("doc", [{"x": object()}, {(1, 2): "clé"}, {"a": [1, {"b": object()}]}])
def test_a_value_of_no_json_type_is_a_type_error_alone_and_a_report_in_a_batch(doc: Any) -> None:
    v = ts.Validator(as_of="2021-06-30")
    with pytest.raises(TypeError, match="non convertible"):
        v.validate(doc)
    (r,) = v.validate_many([doc])
    assert r.codes == ["DOC-011"] and r.diagnostics[0].params["reason"] == "unsupported_type"


def test_too_deep_is_reported_where_the_excess_starts() -> None:
    v = ts.Validator(as_of="2021-06-30", limits={"max_depth": 10})
    for depth in (11, 300, 5000):
        r = v.validate(nested(depth))
        assert r.codes == ["DOC-008"], depth
        # The container at depth 11 (ten levels down from the root).
        assert r.diagnostics[0].path.count("/") == 10
        # The same place as in the value's JSON text, when that text can be read at all.
        if depth < 100:
            assert r.diagnostics[0].path == v.validate(json.dumps(nested(depth))).diagnostics[0].path
