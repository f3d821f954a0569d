"""Catalogue, schemas and metadata: one call each into the core."""

from __future__ import annotations

from typing import Any, Dict, List, Mapping

from . import _core
from ._pandas import records_frame, require_pandas

__all__ = ["RuleList", "about", "explain", "rules", "schema", "to_pandas"]


class RuleList(List[Dict[str, Any]]):
    """The rule catalogue: a list of dicts (one per rule, sorted by code) with a DataFrame view."""

    _lang: str = "fr"

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
                    "severity_label": None,
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
        df = pd.DataFrame(rows)
        if not df.empty:
            # The same words and order as the severity column of the reports' DataFrames.
            lang = self._lang
            words = dict(zip(("information", "warning", "error", "fatal"),
                             _core.severity_labels(lang)))
            df["severity"] = pd.Categorical(
                [words[s] for s in df["severity"]],
                categories=_core.severity_labels(lang),
                ordered=True,
            )
            for c in ("in_force_from", "in_force_to"):
                df[c] = pd.to_datetime(df[c], format="%Y-%m-%d")
        return df.drop(columns=["severity_label"]).set_index("code")


def rules(lang: str = "fr") -> RuleList:
    """Every rule's metadata (code, severity, in-force period, sources, texts), sorted by code."""
    out = RuleList(_core.rules(lang))
    out._lang = lang
    return out


def explain(code: str, lang: str = "fr") -> Dict[str, Any]:
    """One rule's metadata; raises :class:`UnknownRuleError` for an unknown code."""
    return _core.explain(code, lang)


def schema(kind: str) -> Dict[str, Any]:
    """The JSON Schema of a document kind (``contrat_local_sante``…), or of ``document``,
    ``report`` or ``options``; raises :class:`UnknownKindError` for an unknown name."""
    return _core.schema(kind)


def about() -> Dict[str, Any]:
    """The library's version, number of rules and référentiel vintage."""
    return _core.about()


def to_pandas(obj: Any) -> Any:
    """A DataFrame from a report, a batch of reports, the rule list, or any list of JSON records
    (nested objects flattened to ``a_b`` columns). Needs pandas."""
    method = getattr(obj, "to_pandas", None)
    if callable(method):
        return method()
    if isinstance(obj, Mapping):
        obj = [obj]
    return records_frame(obj)
