"""A batch of 10,000 documents through validate_many: order, equality, GIL released."""

from __future__ import annotations

import copy
import threading
from typing import Any, Dict, List

import territoire_sante as ts

AS_OF = "2016-06-30"
# Exact outcomes are asserted with one rule (plus the reading rules, which always run), so
# that new rules in the catalogue do not change them.
ONLY = ["CLS-001"]
N = 10_000


def make_docs(base: Dict[str, Any], broken: Dict[str, Any]) -> List[Any]:
    docs: List[Any] = []
    for i in range(N):
        d = copy.deepcopy(broken if i % 3 == 0 else base)
        d["id"] = f"cls-{i}"
        docs.append(d if i % 2 else ts.dumps(d))  # dicts and JSON texts mixed
    return docs


def test_ten_thousand_documents(clean_cls: Dict[str, Any], broken_cls: Dict[str, Any]) -> None:
    v = ts.Validator(as_of=AS_OF, rules=ONLY)
    docs = make_docs(clean_cls, broken_cls)
    reports = v.validate_many(iter(docs))  # any iterable
    assert len(reports) == N
    assert [r.document_id for r in reports] == [f"cls-{i}" for i in range(N)]
    assert [r.valid for r in reports] == [i % 3 != 0 for i in range(N)]
    for i in (0, 1, 2, 3, 4999, N - 1):
        assert reports[i] == v.validate(docs[i])


def test_validate_many_releases_the_gil(clean_cls: Dict[str, Any], broken_cls: Dict[str, Any]) -> None:
    v = ts.Validator(as_of=AS_OF, rules=ONLY)
    # Texts, so the worker thread spends its time in the core, not converting.
    texts = [ts.dumps(broken_cls if i % 2 else clean_cls) for i in range(N)]
    for _ in range(3):
        v.validate_many(texts[:100])  # warm up
    started = threading.Event()
    result: List[Any] = []

    def work() -> None:
        started.set()
        result.append(v.validate_many(texts))

    t = threading.Thread(target=work)
    t.start()
    started.wait()
    spins = 0
    while t.is_alive():
        spins += 1
    t.join()
    assert len(result[0]) == N
    # Had the call kept the GIL, this thread could not have run while the core worked.
    assert spins > 10_000, spins
