"""One rule for locations, in every front: for every example and every vector, a document given
as a value built by a program (a dict) and the same document given as JSON text get the same
findings (code, severity, path); the value's carry no line or column, the text's carry both.
The JavaScript half is `wasm/tests/fronts-agree.test.mjs`, the Rust half
`core/tests/fronts_agree.rs`."""

from __future__ import annotations

import json
from typing import Any, Dict, List, Tuple

import pytest

import territoire_sante as ts

from conftest import value_cases

# A vector given as raw text has no value to compare with.
CASES: List[Tuple[str, Dict[str, Any], Any]] = value_cases()


def findings(r: ts.Report) -> List[Tuple[str, str, str]]:
    return [(d.code, d.severity, d.path) for d in r.diagnostics]


def test_there_are_examples_and_vectors() -> None:
    assert sum(1 for c in CASES if c[0].startswith("example:")) >= 5
    assert sum(1 for c in CASES if c[0].startswith("vector:")) >= 100


@pytest.mark.parametrize("name,options,doc", CASES, ids=[c[0] for c in CASES])
def test_value_and_text_agree(name: str, options: Dict[str, Any], doc: Any) -> None:
    v = ts.Validator(**options)
    as_value = v.validate(doc)
    for text in (json.dumps(doc, ensure_ascii=False, indent=2), json.dumps(doc)):
        as_text = v.validate(text)
        assert findings(as_value) == findings(as_text)
        assert as_value.valid == as_text.valid and as_value.counts == as_text.counts
        # Every finding of the text is placed in it, when its path is.
        assert all(d.line is not None and d.column is not None for d in as_text.diagnostics)
    assert all(d.line is None and d.column is None for d in as_value.diagnostics)
    # A batch says the same.
    (batch,) = v.validate_many([doc])
    assert batch.to_dict() == as_value.to_dict()
