"""Catalogue, schemas and metadata: thin wrappers over the core's JSON twins."""

from __future__ import annotations

import json
from typing import Any, Dict, List, Mapping

from . import _core
from ._pandas import records_frame, require_pandas

__all__ = ["RuleList", "about", "call", "explain", "rules", "schema", "to_pandas"]


def call(name: str, **args: Any) -> Any:
    """Calls the core's JSON twin ``name`` with keyword arguments; returns the parsed JSON.

    Every catalogue, référentiel or analysis function of this package is one line over it;
    :func:`to_pandas` turns the records they return into a DataFrame.
    """
    return json.loads(_core.call(name, json.dumps(args, ensure_ascii=False)))


class RuleList(List[Dict[str, Any]]):
    """The rule catalogue: a list of dicts (one per rule, sorted by code) with a DataFrame view."""

    def to_pandas(self) -> Any:
        """One row per rule with flat columns (needs pandas)."""
        pd = require_pandas()
        rows = []
        for r in self:
            in_force = r.get("in_force", {})
            basis = r.get("legal_basis", {})
            rows.append(
                {
                    "code": r["code"],
                    "severity": r["severity"],
                    "category": r["category"],
                    "title": r["title"],
                    "applies_to": ", ".join(r.get("applies_to", [])),
                    "in_force_from": in_force.get("from"),
                    "in_force_to": in_force.get("to"),
                    "legal_basis": basis.get("label"),
                    "legal_basis_url": basis.get("url"),
                    "sources": len(r.get("sources", [])),
                    "authority": r.get("authority"),
                    "message": r["message"],
                    "help": r["help"],
                    "description": r["description"],
                    "limits": r.get("limits"),
                }
            )
        return pd.DataFrame(rows).set_index("code")


def rules(lang: str = "fr") -> RuleList:
    """Every rule's metadata (code, severity, in-force period, sources, texts), sorted by code."""
    return RuleList(call("rules", lang=lang))


def explain(code: str, lang: str = "fr") -> Dict[str, Any]:
    """One rule's metadata; raises :class:`UnknownRuleError` for an unknown code."""
    return call("explain", code=code, lang=lang)  # type: ignore[no-any-return]


def schema(kind: str) -> Dict[str, Any]:
    """The JSON Schema of a document kind (``contrat_local_sante``…), or of ``document``,
    ``report`` or ``options``; raises :class:`UnknownKindError` for an unknown name."""
    return call("schema", kind=kind)  # type: ignore[no-any-return]


def about() -> Dict[str, Any]:
    """The library's version, number of rules and référentiel vintage."""
    return call("about")  # type: ignore[no-any-return]


def to_pandas(obj: Any) -> Any:
    """A DataFrame from a report, a batch of reports, the rule list, or any list of JSON records
    (nested objects flattened to ``a_b`` columns). Needs pandas."""
    method = getattr(obj, "to_pandas", None)
    if callable(method):
        return method()
    if isinstance(obj, Mapping):
        obj = [obj]
    return records_frame(obj)
