"""Random documents generated from the published schema (`docs/schema/document.json`, every
document kind) by hypothesis-jsonschema: each validates without an exception, and every
diagnostic's path (and every evidence input's path) resolves in its document, as a JSON Pointer
naming a value or, for something missing, its nearest existing parent.

Needs `python/requirements-test-extra.txt`; skipped without it."""

from __future__ import annotations

import copy
import json
import os
from typing import Any, Dict, Tuple

import pytest

hypothesis = pytest.importorskip("hypothesis")
hypothesis_jsonschema = pytest.importorskip("hypothesis_jsonschema")

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

import territoire_sante as ts  # noqa: E402

from conftest import SCHEMAS  # noqa: E402

# Integer widths schemars writes as `format` (not JSON Schema formats): said as bounds instead,
# which is what they mean, so that the generator knows them.
INT_FORMATS = {"uint8": (0, 255), "uint16": (0, 65_535), "uint32": (0, 4_294_967_295)}
# Number formats with no bound to add.
NUMBER_FORMATS = {"double", "float"}


def generator_schema(name: str) -> Dict[str, Any]:
    schema = json.loads((SCHEMAS / f"{name}.json").read_text(encoding="utf-8"))

    def fix(node: Any) -> Any:
        if isinstance(node, dict):
            out = {k: fix(v) for k, v in node.items()}
            # A property may be named "format" too: only a string is a keyword.
            fmt = out.get("format") if isinstance(out.get("format"), str) else None
            if fmt in INT_FORMATS:
                lo, hi = INT_FORMATS[fmt]
                del out["format"]
                out["minimum"] = max(out.get("minimum", lo), lo)
                out["maximum"] = min(out.get("maximum", hi), hi)
            elif fmt in NUMBER_FORMATS:
                del out["format"]
            return out
        if isinstance(node, list):
            return [fix(x) for x in node]
        return node

    schema = fix(schema)
    defs = schema.pop("$defs", {})

    # hypothesis-jsonschema cannot follow recursive references (a strategy node's `enfants`, a
    # portfolio's `documents`, whose members may be portfolios): references are inlined, and a
    # definition already open RECURSION times on the way down becomes `false`, which leaves an
    # array empty or an optional property absent there. Nothing else is cut.
    def inline(node: Any, stack: Tuple[str, ...]) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/$defs/"):
                name = ref[len("#/$defs/") :]
                if stack.count(name) >= RECURSION:
                    return False
                rest = {k: v for k, v in node.items() if k != "$ref"}
                target = inline(defs[name], stack + (name,))
                return {"allOf": [target, inline(rest, stack)]} if rest else target
            return {k: inline(v, stack) for k, v in node.items()}
        if isinstance(node, list):
            return [inline(x, stack) for x in node]
        return node

    return inline(schema, ())


# How many times a definition may nest inside itself in generated documents.
RECURSION = 2
# One schema per document kind (the members of `document.json`'s oneOf, each published on its
# own): drawing the kind first spares the generator a filter over the whole oneOf.
KINDS = sorted(
    p.stem
    for p in SCHEMAS.glob("*.json")
    if p.stem not in ("document", "options", "report")
)
DOCUMENT_KINDS = sorted(
    alt["properties"]["type"]["const"]
    for alt in json.loads((SCHEMAS / "document.json").read_text(encoding="utf-8"))["oneOf"]
)
SCHEMAS_BY_KIND = {k: generator_schema(k) for k in KINDS}
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
@given(st.one_of([hypothesis_jsonschema.from_schema(SCHEMAS_BY_KIND[k]) for k in KINDS]))
def test_schema_documents_validate_and_paths_resolve(doc: Dict[str, Any]) -> None:
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
