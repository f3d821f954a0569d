"""Random documents generated from the published schemas (`docs/schema/<kind>.json`, every
document kind of `document.json`) by hypothesis-jsonschema: each is valid against its kind's
schema, validates without an exception and without a fatal diagnostic, and every diagnostic's
path (and every evidence input's path) resolves in its document, as a JSON Pointer naming a
value or, for something missing, its nearest existing parent.

The schemas are handed to the generator rewritten into equivalent forms it draws from quickly
(`generator_schema`), and a portfolio's members are drawn from the other kinds' schemas and put
into it (`portfolios`): 1,000 examples take about a minute and a half instead of twenty.

Needs `python/requirements-test-extra.txt`; skipped without it."""

from __future__ import annotations

import copy
import json
import os
from typing import Any, Dict, Tuple

import pytest

hypothesis = pytest.importorskip("hypothesis")
hypothesis_jsonschema = pytest.importorskip("hypothesis_jsonschema")

import jsonschema  # noqa: E402  (a dependency of hypothesis-jsonschema)
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

import territoire_sante as ts  # noqa: E402

from conftest import SCHEMAS  # noqa: E402

# Integer widths schemars writes as `format` (not JSON Schema formats): said as bounds instead,
# which is what they mean, so that the generator knows them.
INT_FORMATS = {"uint8": (0, 255), "uint16": (0, 65_535), "uint32": (0, 4_294_967_295)}
# Number formats with no bound to add.
NUMBER_FORMATS = {"double", "float"}
# Keywords that do not constrain a value; dropped so that the generator, which canonicalises
# and checks every subschema it meets at each draw, has less to read.
ANNOTATIONS = {"$schema", "$id", "title", "description", "default", "examples"}
# How many times a definition may nest inside itself in generated documents.
RECURSION = 2
# At most this many members in a generated portfolio.
MEMBERS = 3


def load(name: str) -> Dict[str, Any]:
    schema: Dict[str, Any] = json.loads((SCHEMAS / f"{name}.json").read_text(encoding="utf-8"))
    return schema


def generator_schema(name: str, leave_out: Tuple[str, ...] = ()) -> Any:
    """`name`'s schema rewritten for hypothesis-jsonschema into one that accepts the same
    documents (less the top-level properties in `leave_out`, and past RECURSION levels of
    nesting), in the forms it generates from quickly.

    hypothesis-jsonschema generates a `oneOf` by drawing from any branch and filtering what
    matches exactly one, and an `anyOf` branch by merging it with its siblings and validating
    each draw against both; both forms make every document cost it seconds. Here the schema
    says the same with neither where that is exact: a `oneOf` of constants is an `enum`, a
    `oneOf` of objects told apart by distinct `type` constants is an `anyOf` (no document can
    match two of them), and `anyOf: [X, {"type": "null"}]` is X with null added to its `type`
    or `enum`. References are inlined (it cannot follow recursive ones): a definition already
    open RECURSION times on the way down becomes `false`, which leaves an array empty or an
    optional property absent there."""
    schema = load(name)
    defs = schema.pop("$defs", {})
    for key in leave_out:
        del schema["properties"][key]
    return rewrite(schema, defs)


def rewrite(schema: Dict[str, Any], defs: Dict[str, Any]) -> Any:
    """`schema` (whose references point into `defs`) as `generator_schema` describes."""

    def tag(branch: Any) -> Any:
        if not isinstance(branch, dict) or "type" not in branch.get("required", []):
            return None
        return branch.get("properties", {}).get("type", {}).get("const")

    def simplify(node: Any, stack: Tuple[str, ...]) -> Any:
        if isinstance(node, list):
            return [simplify(x, stack) for x in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str):
            assert ref.startswith("#/$defs/"), ref
            target = ref[len("#/$defs/") :]
            if stack.count(target) >= RECURSION:
                return False
            rest = {k: v for k, v in node.items() if k != "$ref" and k not in ANNOTATIONS}
            assert not rest, (ref, rest)  # only annotations beside a reference
            return simplify(defs[target], stack + (target,))
        out: Dict[str, Any] = {}
        for k, v in node.items():
            if k in ANNOTATIONS:
                continue
            if k == "properties":
                # Property names are not keywords (a property may be called "format").
                out[k] = {p: simplify(x, stack) for p, x in v.items()}
            elif k in ("const", "enum", "required"):
                out[k] = v
            else:
                out[k] = simplify(v, stack)
        fmt = out.get("format") if isinstance(out.get("format"), str) else None
        if fmt in INT_FORMATS:
            lo, hi = INT_FORMATS[fmt]
            del out["format"]
            out["minimum"] = max(out.get("minimum", lo), lo)
            out["maximum"] = min(out.get("maximum", hi), hi)
        elif fmt in NUMBER_FORMATS:
            del out["format"]
        branches = out.get("oneOf")
        if isinstance(branches, list):
            if all(isinstance(b, dict) and "const" in b and set(b) <= {"const", "type"} for b in branches):
                values = [b["const"] for b in branches]
                assert len(set(map(json.dumps, values))) == len(values), values
                out.update(enum=values)
                del out["oneOf"]
            else:
                tags = [tag(b) for b in branches]
                assert None not in tags and len(set(tags)) == len(tags), tags
                out["anyOf"] = out.pop("oneOf")
        branches = out.get("anyOf")
        if isinstance(branches, list) and len(branches) == 2 and {"type": "null"} in branches:
            other = branches[1 - branches.index({"type": "null"})]
            if other is False:
                other = {"type": "null"}
            elif "enum" in other:
                other = {**other, "enum": other["enum"] + [None]}
                other.pop("type", None)
            elif isinstance(other.get("type"), str) and "const" not in other:
                other = {**other, "type": [other["type"], "null"]}
            else:
                return out
            del out["anyOf"]
            assert not set(out) & set(other), (out, other)
            out.update(other)
        return out

    return simplify(schema, ())


# One schema per document kind (the members of `document.json`'s oneOf, each published on its
# own): drawing the kind first spares the generator a filter over the whole oneOf.
KINDS = sorted(
    p.stem
    for p in SCHEMAS.glob("*.json")
    if p.stem not in ("document", "options", "report", "batch")
)
DOCUMENT_KINDS = sorted(
    alt["properties"]["type"]["const"]
    for alt in load("document")["oneOf"]
)
MEMBER_KINDS = [k for k in KINDS if k != "portefeuille"]
# Validators of the published schemas, to check that what is generated is schema-valid.
PUBLISHED = {k: jsonschema.Draft202012Validator(load(k)) for k in KINDS}


def kind_strategy(kind: str) -> st.SearchStrategy[Any]:
    strategy: st.SearchStrategy[Any] = hypothesis_jsonschema.from_schema(generator_schema(kind))
    return strategy


MEMBERS_STRATEGY = st.one_of([kind_strategy(k) for k in MEMBER_KINDS])


@st.composite
def portfolios(draw: st.DrawFn) -> Dict[str, Any]:
    """A portfolio whose members are drawn from the member kinds' own strategies: its schema
    says that `documents` holds any of them (see `test_portfolio_members_are_the_other_kinds`),
    and drawing them inside the portfolio's schema took the generator 14 s a portfolio."""
    doc: Dict[str, Any] = draw(
        hypothesis_jsonschema.from_schema(generator_schema("portefeuille", ("documents",)))
    )
    # Absent or empty half the time, else 1 to MEMBERS members: a bare list strategy leaves most
    # portfolios empty, and the cross-document rules need members.
    members = draw(
        st.sampled_from([None, []]) | st.lists(MEMBERS_STRATEGY, min_size=1, max_size=MEMBERS)
    )
    if members is not None:
        doc["documents"] = members
    return doc


DOCUMENTS = st.one_of([portfolios() if k == "portefeuille" else kind_strategy(k) for k in KINDS])
# Examples; 1,000 by default (TS_HYPOTHESIS_EXAMPLES to change it for a quicker run).
EXAMPLES = int(os.environ.get("TS_HYPOTHESIS_EXAMPLES", "1000"))
VALIDATOR = ts.Validator(as_of="2021-06-30", explain=True)


def unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")


def resolve(doc: Any, pointer: str) -> Tuple[bool, Any]:
    """(found, value) for a JSON Pointer (RFC 6901) in `doc`."""
    if pointer == "":
        return True, doc
    if not pointer.startswith("/"):
        return False, None
    node = doc
    for raw in pointer[1:].split("/"):
        token = unescape(raw)
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return False, None
    return True, node


def nearest(doc: Any, pointer: str) -> str:
    """The pointer itself when it names a value, else its nearest existing ancestor."""
    p = pointer
    while not resolve(doc, p)[0]:
        assert "/" in p, f"{pointer!r} does not start with '/'"
        p = p[: p.rfind("/")]
    return p


def test_every_kind_is_generated() -> None:
    # The per-kind schemas cover document.json's oneOf exactly: no kind is left out.
    assert KINDS == DOCUMENT_KINDS


def test_portfolio_members_are_the_other_kinds() -> None:
    # portfolios() draws its members from the other kinds' strategies: exactly what the
    # portfolio's schema allows in `documents`.
    schema = load("portefeuille")
    assert schema["properties"]["documents"]["items"] == {"$ref": "#/$defs/DocumentMembre"}
    members = schema["$defs"]["DocumentMembre"]["oneOf"]
    by_kind = {m["properties"]["type"]["const"]: m for m in members}
    assert sorted(by_kind) == MEMBER_KINDS and len(members) == len(MEMBER_KINDS)
    for kind, member in by_kind.items():
        assert rewrite(member, schema["$defs"]) == generator_schema(kind), kind


def test_generator_schema_keeps_the_documents() -> None:
    # The rewritten forms accept what the originals accept, and reject what they reject.
    schema = generator_schema("contrat_local_sante")
    assert schema["properties"]["statut"]["enum"][-1] is None
    assert "null" in schema["properties"]["periode"]["type"]
    check = jsonschema.Draft202012Validator(schema).is_valid
    published = PUBLISHED["contrat_local_sante"].is_valid
    for doc in (
        {"type": "contrat_local_sante", "statut": "signe", "periode": None},
        {"type": "contrat_local_sante", "statut": None, "periode": {"debut": "2020-01-01"}},
        {"type": "contrat_local_sante", "statut": "inconnu"},
        {"type": "contrat_local_sante", "periode": "2020"},
        {"type": "contrat_local_sante", "generation": 256},
        {"type": "contrat_local_sante", "thematiques": ["prevention", "autre chose"]},
        {"type": "contrat_local_sante", "date_signature": "2020-1-1"},
    ):
        assert check(doc) == published(doc), doc


def test_pointer_helpers() -> None:
    doc = {"a/b": [{"~x": 1}], "c": {}}
    assert resolve(doc, "/a~1b/0/~0x") == (True, 1)
    assert resolve(doc, "/a~1b/1") == (False, None)
    assert nearest(doc, "/c/missing/deeper") == "/c"
    assert nearest(doc, "/nothing") == ""


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    # Documents are large, nested objects: generation is slow and filters many drafts.
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
@given(DOCUMENTS)
def test_schema_documents_validate_and_paths_resolve(doc: Dict[str, Any]) -> None:
    # What is generated is valid against the published schema of its kind.
    errors = list(PUBLISHED[doc["type"]].iter_errors(doc))
    assert not errors, errors[0]
    kept = copy.deepcopy(doc)
    report = VALIDATOR.validate(doc)  # never raises on a document
    assert doc == kept  # the input is not modified
    assert report.document_type == doc["type"]
    for d in report.diagnostics:
        # A schema-valid document is always readable (no fatal diagnostic) ...
        assert d.severity != "fatal", (d.code, d.path, d.message)
        # ... and every path names a value of it, or the place of something missing under
        # a value that exists.
        assert d.path == "" or d.path.startswith("/"), d.path
        nearest(doc, d.path)
        ev = d.evidence or {}
        for item in ev.get("inputs", []):
            nearest(doc, item["path"])
