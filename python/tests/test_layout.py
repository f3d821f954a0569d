"""Dicts and lists are laid out straight from the Python objects (`_core.layout`); the text, the
reports and the errors are exactly those of the `json` module's path (`json.dumps`, then the
core's layout), which stays the path for everything the direct one does not take."""

from __future__ import annotations

import collections
import datetime as dt
import enum
import json
from typing import Any, Callable, Dict, List

import pytest

import territoire_sante as ts
from territoire_sante import _core, _validator

from conftest import EXAMPLES


def by_json_module(doc: Any) -> str:
    """The text the `json` module's path gives (what `dumps` always gave)."""
    return _core.pretty_json(_validator._compact(doc))


def nested(depth: int) -> Any:
    doc: Any = {"feuille": [1, "a"]}
    for i in range(depth - 2):
        doc = [doc] if i % 2 else {"n": doc}
    return doc


class Colour(enum.IntEnum):
    RED = 1


class Key(str):
    pass


FLOATS = [0.0, -0.0, 0.1, 1.0, -2.5, 1e16, 1e22, 1e-7, 5e-324, 1.7976931348623157e308, 1 / 3]
INTS = [0, -1, 7, 2**53 + 1, 2**63 - 1, 2**63, 2**64 - 1, -(2**63)]
# Laid out straight from the objects.
PLAIN: List[Any] = [
    {},
    [],
    {"b": 1, "a": [True, None], "é": "œ ☃ 𝄞 \u0000 \n \" \\ /", "": {"z": [], "y": {"f": False}}},
    [{"x": f} for f in FLOATS],
    {"entiers": INTS},
    ["texte", 3, 2.5, None],
    nested(99),
    nested(100),
]
# Left to the `json` module's path.
OTHER: List[Any] = [
    nested(101),
    nested(127),
    nested(128),
    nested(129),
    nested(300),
    {"grand": 2**64},
    {"n": -(2**63) - 1},
    {"n": 10**400},
    {"n": -(10**400)},
    {1: "a", "1": "b"},
    {1.5: "x", True: "y", None: "z"},
    {Key("k"): 1},
    {"x": [Key("v")]},
    {"t": (1, 2)},
    {"d": dt.date(2020, 1, 2), "h": dt.datetime(2020, 1, 2, 3, 4)},
    {"s": frozenset([1])},
    {"e": Colour.RED},
    collections.OrderedDict([("b", 1), ("a", 2)]),
    collections.defaultdict(list, {"a": [1]}),
]


@pytest.mark.parametrize("doc", PLAIN + OTHER)
def test_same_text_as_the_json_module(doc: Any) -> None:
    assert ts.dumps(doc) == by_json_module(doc)


@pytest.mark.parametrize("doc", PLAIN)
def test_plain_values_take_the_direct_path(doc: Any) -> None:
    assert _core.layout(doc) == by_json_module(doc)


@pytest.mark.parametrize("doc", OTHER)
def test_other_values_are_left_to_the_json_module(doc: Any) -> None:
    assert _core.layout(doc) is None


def errors(f: Callable[[Any], Any], doc: Any) -> Any:
    try:
        f(doc)
    except Exception as e:  # noqa: BLE001 - the very exception is compared
        return type(e), str(e)
    return None


circular_list: List[Any] = []
circular_list.append(circular_list)
circular_dict: Dict[str, Any] = {}
circular_dict["self"] = circular_dict


@pytest.mark.parametrize(
    "doc",
    [
        {"x": float("nan")},
        [float("inf")],
        {"x": -float("inf")},
        {"x": object()},
        {(1, 2): "clé"},
        ["\ud800"],
        {"\udfff": 1},
        circular_list,
        circular_dict,
    ],
    ids=["nan", "inf", "-inf", "object", "tuple-key", "surrogate", "surrogate-key", "cycle-list",
         "cycle-dict"],
)
def test_same_errors_as_the_json_module(doc: Any) -> None:
    assert _core.layout(doc) is None
    want = errors(by_json_module, doc)
    assert want is not None
    assert errors(ts.dumps, doc) == want
    v = ts.Validator(as_of="2021-06-30")
    # Validation reports what JSON cannot write as document content (DOC-011), and raises
    # the json module's TypeError only for a value of no JSON type; a batch never raises.
    if want[0] is TypeError:
        assert errors(v.validate, doc) == want
    else:
        r = v.validate(doc)
        assert r.codes == ["DOC-011"] and r.counts["fatal"] == 1
    (r,) = v.validate_many([doc])
    assert r.codes == ["DOC-011"] and not r.valid


def test_dict_gives_the_report_of_its_text() -> None:
    v = ts.Validator(as_of="2021-06-30")
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(EXAMPLES.glob("*.json"))]
    assert docs
    for doc in docs:
        # A copy without its first key, so that reports carry findings with lines and columns.
        broken = dict(list(doc.items())[1:])
        for d in (doc, broken):
            text = by_json_module(d)
            assert v.validate(d) == v.validate(text)
            assert v.validate(d).to_json() == v.validate(text).to_json()
    assert list(v.validate_many(docs)) == [v.validate(by_json_module(d)) for d in docs]
