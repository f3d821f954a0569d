"""Reports: the core's JSON report, with Python conveniences.

The core's JSON is the source of truth: a :class:`Report` keeps it and everything else
(attributes, DataFrame, HTML, FHIR) is derived from it. A report fresh from a validator keeps the
core's report instead: its summary (validity, counts, codes…) is read from it directly, and the
JSON text is made, then parsed, only when something needs the whole report.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, SupportsIndex, Tuple, Union, overload

from . import _core
from ._html import render_report
from ._pandas import SEVERITY_ORDER, require_pandas

__all__ = ["Diagnostic", "Report", "Reports"]

_RANK = {s: i for i, s in enumerate(SEVERITY_ORDER)}


def severity_rank(severity: str) -> int:
    """Rank of a severity word (``information`` 0 … ``fatal`` 3)."""
    try:
        return _RANK["information" if severity == "info" else severity]
    except KeyError:
        raise ValueError(
            f"gravité inconnue « {severity} » (information, warning, error ou fatal)"
        ) from None


class Diagnostic:
    """One finding of a report (read-only view of its JSON object)."""

    __slots__ = ("_data",)

    def __init__(self, data: Dict[str, Any]) -> None:
        self._data = data

    @property
    def code(self) -> str:
        """Stable rule code (``CLS-001``)."""
        return str(self._data["code"])

    @property
    def severity(self) -> str:
        """``fatal``, ``error``, ``warning`` or ``information``."""
        return str(self._data["severity"])

    @property
    def category(self) -> str:
        """Kind of problem (``required``, ``value``, ``business-rule``…)."""
        return str(self._data["category"])

    @property
    def path(self) -> str:
        """JSON Pointer into the document (``""`` is the whole document)."""
        return str(self._data["path"])

    @property
    def line(self) -> Optional[int]:
        """Line (1-based) when validated from text."""
        v = self._data.get("line")
        return None if v is None else int(v)

    @property
    def column(self) -> Optional[int]:
        """Column (1-based, in characters) when validated from text."""
        v = self._data.get("column")
        return None if v is None else int(v)

    @property
    def message(self) -> str:
        """Message in the validator's language."""
        return str(self._data["message"])

    @property
    def params(self) -> Dict[str, Any]:
        """Structured parameters of the message."""
        return dict(self._data.get("params", {}))

    @property
    def help(self) -> str:
        """What to do about it."""
        return str(self._data.get("help", ""))

    @property
    def rule(self) -> Dict[str, Any]:
        """The rule (``id``) and its in-force period (``in_force``: ``from``, ``to``)."""
        return dict(self._data["rule"])

    @property
    def legal_basis(self) -> Dict[str, Any]:
        """Legal or guidance source: ``label`` and, when known, ``url``."""
        return dict(self._data["legal_basis"])

    @property
    def evidence(self) -> Optional[Dict[str, Any]]:
        """Inputs and parameters that made the rule fire, when explanations were asked."""
        v = self._data.get("evidence")
        return None if v is None else dict(v)

    @property
    def cellule(self) -> Optional[Dict[str, Any]]:
        """The spreadsheet cell (``feuille``, ``ligne``, ``colonne``, ``a1``), for a document
        read from a sheet."""
        return self._data.get("cellule")

    def to_dict(self) -> Dict[str, Any]:
        """The JSON object, as the core wrote it (a copy)."""
        return json.loads(json.dumps(self._data))  # type: ignore[no-any-return]

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Diagnostic):
            return NotImplemented
        return self._data == other._data

    def __hash__(self) -> int:
        return hash((self.code, self.path, self.message))

    def __repr__(self) -> str:
        loc = f":{self.line}:{self.column}" if self.line is not None else ""
        return f"<Diagnostic {self.code} {self.severity} {self.path or '/'}{loc}: {self.message}>"


class Report:
    """The result of validating one document.

    ``valid`` is true when there is no fatal finding and no error. The JSON form (``to_dict``,
    ``to_json``) is exactly the core's.
    """

    __slots__ = ("_text", "_core", "_data", "_diagnostics", "source", "_lecture")

    def __init__(self, json_text: str, source: Optional[str] = None) -> None:
        self._text: Optional[str] = json_text
        self._lecture: Optional[_core.Lecture] = None
        self._core: Optional[_core.Report] = None
        self._data: Optional[Dict[str, Any]] = None
        self._diagnostics: Optional[List[Diagnostic]] = None
        #: Where the document came from (a file path), when it came from a file.
        self.source = source

    @classmethod
    def _of_core(cls, report: _core.Report, source: Optional[str] = None) -> "Report":
        # A validator's report: its JSON text is made only when asked for.
        self = cls.__new__(cls)
        self._text = None
        self._lecture = None
        self._core = report
        self._data = None
        self._diagnostics = None
        self.source = source
        return self

    @classmethod
    def from_dict(cls, data: Dict[str, Any], source: Optional[str] = None) -> "Report":
        """Rebuilds a report from its JSON object (as given by :meth:`to_dict`)."""
        return cls(json.dumps(data, ensure_ascii=False), source)

    @classmethod
    def from_json(cls, text: Union[str, bytes], source: Optional[str] = None) -> "Report":
        """Rebuilds a report from its JSON text (as given by :meth:`to_json`)."""
        if isinstance(text, bytes):
            text = text.decode("utf-8")
        data = json.loads(text)
        if not isinstance(data, dict) or "diagnostics" not in data:
            raise ValueError("ce JSON n'est pas un rapport de territoire_sante")
        return cls(text, source)

    @property
    def _json(self) -> str:
        if self._text is None:
            assert self._core is not None  # one of the two is always set
            self._text = self._core.to_json()
        return self._text

    @property
    def _d(self) -> Dict[str, Any]:
        if self._data is None:
            self._data = json.loads(self._json)
        return self._data

    @property
    def valid(self) -> bool:
        """Conformity: no fatal finding and no error. Elements the document does not describe
        never make it false (they are « à compléter »: see :attr:`complete`)."""
        if self._core is not None:
            return self._core.valid
        return bool(self._d["valid"])

    @property
    def complete(self) -> bool:
        """Completeness: no element « à compléter » (findings of category ``incomplete``)."""
        if self._core is not None:
            return self._core.complete
        return bool(self._d.get("complete", True))

    @property
    def completeness(self) -> Dict[str, Any]:
        """Required elements examined (``required``), of those described (``described``), and
        their ratio (``ratio``, 1.0 when nothing is required)."""
        if self._core is not None:
            return self._core.completeness
        c = self._d.get("completeness") or {}
        required, described = int(c.get("required", 0)), int(c.get("described", 0))
        return {
            "required": required,
            "described": described,
            "ratio": 1.0 if required == 0 else described / required,
        }

    @property
    def as_of(self) -> str:
        """Date at which the law was applied (``AAAA-MM-JJ``)."""
        if self._core is not None:
            return self._core.as_of
        return str(self._d["as_of"])

    @property
    def lang(self) -> str:
        """Language of the messages (``fr`` or ``en``)."""
        if self._core is not None:
            return self._core.locale
        return str(self._d["locale"])

    @property
    def document_type(self) -> Optional[str]:
        """The document's ``"type"``, when it could be read."""
        if self._core is not None:
            return self._core.document_type
        v = self._d.get("document_type")
        return None if v is None else str(v)

    @property
    def document_id(self) -> Optional[str]:
        """The document's identifier, when it has one."""
        if self._core is not None:
            return self._core.document_id
        v = self._d.get("document_id")
        return None if v is None else str(v)

    @property
    def referentiel(self) -> Optional[str]:
        """Vintage of the référentiel used, when one was."""
        if self._core is not None:
            return self._core.referentiel
        v = self._d.get("referentiel")
        return None if v is None else str(v)

    @property
    def counts(self) -> Dict[str, int]:
        """Number of findings per severity."""
        if self._core is not None:
            return self._core.counts
        return {k: int(v) for k, v in self._d["counts"].items()}

    @property
    def diagnostics(self) -> List[Diagnostic]:
        """The findings, in the core's order (path, then code)."""
        if self._diagnostics is None:
            self._diagnostics = [Diagnostic(d) for d in self._d["diagnostics"]]
        return list(self._diagnostics)

    @property
    def codes(self) -> List[str]:
        """The codes of the findings, in report order."""
        if self._core is not None:
            return self._core.codes()
        return [str(d["code"]) for d in self._d["diagnostics"]]

    def has(self, code: str) -> bool:
        """Whether a finding with this code is present."""
        if self._core is not None:
            return self._core.has(code)
        return any(d["code"] == code for d in self._d["diagnostics"])

    def at_least(self, severity: str) -> List[Diagnostic]:
        """The findings of this severity or a more serious one."""
        rank = severity_rank(severity)
        if self._core is not None:
            # The core's counts say at once when nothing is that serious.
            counts = self._core.counts
            if not any(counts[s] for s in SEVERITY_ORDER[rank:]):
                return []
        return [d for d in self.diagnostics if severity_rank(d.severity) >= rank]

    def to_dict(self) -> Dict[str, Any]:
        """The report as the core's JSON object (a fresh copy)."""
        return json.loads(self._json)  # type: ignore[no-any-return]

    def to_json(self, indent: Optional[int] = 2) -> str:
        """The report as JSON text (keys sorted, as the core's CLI writes it)."""
        return json.dumps(self._d, ensure_ascii=False, indent=indent, sort_keys=True)

    def to_fhir(self) -> Dict[str, Any]:
        """The report as a FHIR R4 ``OperationOutcome`` resource (computed by the core)."""
        args = '{"report":' + self._json + "}"
        return json.loads(_core.call("report.fhir", args))  # type: ignore[no-any-return]

    def to_sarif(self, uri: Optional[str] = None) -> Dict[str, Any]:
        """The report as a SARIF 2.1.0 log; ``uri`` names the validated file."""
        name = uri if uri is not None else (self.source or "document.json")
        args = '{"report":' + self._json + ',"uri":' + json.dumps(name) + "}"
        return json.loads(_core.call("report.sarif", args))  # type: ignore[no-any-return]

    def annoter(self, path: "Union[str, os.PathLike[str]]") -> None:
        """Writes the annotated workbook of a report from :meth:`Lecture.valider`: the sheets
        as read, each finding as a note on its cell coloured by severity, and a « Constats »
        sheet linking each finding to its cell and rule page."""
        if self._lecture is None:
            raise ValueError("ce rapport ne vient pas d'un tableur (ts.lire_tableur(...).valider())")
        Path(path).write_bytes(self._lecture.annoter(self._json))

    def rows(self) -> List[Dict[str, Any]]:
        """One flat dict per finding (the rows of :meth:`to_pandas`)."""
        base = {
            "source": self.source,
            "document_type": self.document_type,
            "document_id": self.document_id,
        }
        return [dict(base, **_flat(d)) for d in self._d["diagnostics"]]

    def to_pandas(self) -> Any:
        """A DataFrame with one row per finding and flat columns (needs pandas)."""
        return _frame(self.rows())

    def _repr_html_(self) -> str:
        return render_report(self._d, self.source)

    def __repr__(self) -> str:
        c = self.counts
        state = "valide" if self.valid else "non valide"
        what = self.document_type or "document"
        return (
            f"<Report {what} {state}: {c['fatal']} fatal, {c['error']} erreur(s), "
            f"{c['warning']} avertissement(s), {c['information']} information(s)>"
        )

    def __len__(self) -> int:
        if self._core is not None:
            return len(self._core)
        return len(self._d["diagnostics"])

    def __iter__(self) -> Iterator[Diagnostic]:
        return iter(self.diagnostics)

    def __bool__(self) -> bool:
        # A report always exists; truth would be ambiguous between "valid" and "has findings".
        return True

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Report):
            return NotImplemented
        return self._d == other._d and self.source == other.source

    __hash__ = None  # type: ignore[assignment]

    def __getstate__(self) -> Tuple[str, Optional[str]]:
        return (self._json, self.source)

    def __setstate__(self, state: Tuple[str, Optional[str]]) -> None:
        self._text, self.source = state
        self._lecture = None
        self._core = None
        self._data = None
        self._diagnostics = None


def _flat(d: Dict[str, Any]) -> Dict[str, Any]:
    in_force = d.get("rule", {}).get("in_force", {})
    basis = d.get("legal_basis", {})
    evidence = d.get("evidence")
    return {
        "code": d["code"],
        "severity": d["severity"],
        "category": d["category"],
        "path": d["path"],
        "line": d.get("line"),
        "column": d.get("column"),
        "message": d["message"],
        "help": d.get("help"),
        "params": json.dumps(d.get("params", {}), ensure_ascii=False, sort_keys=True),
        "in_force_from": in_force.get("from"),
        "in_force_to": in_force.get("to"),
        "legal_basis": basis.get("label"),
        "legal_basis_url": basis.get("url"),
        "evidence": None
        if evidence is None
        else json.dumps(evidence, ensure_ascii=False, sort_keys=True),
        "cellule": (d.get("cellule") or {}).get("a1"),
        "feuille": (d.get("cellule") or {}).get("feuille"),
        "ligne_feuille": (d.get("cellule") or {}).get("ligne"),
        "colonne_feuille": (d.get("cellule") or {}).get("colonne"),
    }


COLUMNS = [
    "source",
    "document_type",
    "document_id",
    "code",
    "severity",
    "category",
    "path",
    "line",
    "column",
    "message",
    "help",
    "params",
    "in_force_from",
    "in_force_to",
    "legal_basis",
    "legal_basis_url",
    "evidence",
    "cellule",
    "feuille",
    "ligne_feuille",
    "colonne_feuille",
]


def _frame(rows: List[Dict[str, Any]], index: Optional[List[int]] = None) -> Any:
    pd = require_pandas()
    columns = (["document"] if index is not None else []) + COLUMNS
    if index is not None:
        rows = [dict(r, document=i) for r, i in zip(rows, index)]
    df = pd.DataFrame(rows, columns=columns)
    df["line"] = df["line"].astype("Int64")
    df["column"] = df["column"].astype("Int64")
    df["ligne_feuille"] = df["ligne_feuille"].astype("Int64")
    df["colonne_feuille"] = df["colonne_feuille"].astype("Int64")
    df["severity"] = pd.Categorical(df["severity"], categories=SEVERITY_ORDER, ordered=True)
    return df


class Reports(List[Report]):
    """The reports of :meth:`Validator.validate_many`, in input order; a list with DataFrames."""

    def rows(self) -> List[Dict[str, Any]]:
        """One flat dict per finding of every report, with the report's position as ``document``."""
        return [dict(row, document=i) for i, r in enumerate(self) for row in r.rows()]

    def to_pandas(self) -> Any:
        """Every finding of every report, one row each; ``document`` is the report's position."""
        rows: List[Dict[str, Any]] = []
        index: List[int] = []
        for i, r in enumerate(self):
            rs = r.rows()
            rows.extend(rs)
            index.extend([i] * len(rs))
        return _frame(rows, index)

    def summary(self) -> Any:
        """One row per document: source, type, identifier, validity, completeness and counts."""
        pd = require_pandas()
        return pd.DataFrame(
            [
                {
                    "document": i,
                    "source": r.source,
                    "document_type": r.document_type,
                    "document_id": r.document_id,
                    "valid": r.valid,
                    "complete": r.complete,
                    "completeness": r.completeness["ratio"],
                    **r.counts,
                }
                for i, r in enumerate(self)
            ],
            columns=[
                "document",
                "source",
                "document_type",
                "document_id",
                "valid",
                "complete",
                "completeness",
                "fatal",
                "error",
                "warning",
                "information",
            ],
        )

    def annoter(self, path: "Union[str, os.PathLike[str]]") -> None:
        """Writes the annotated workbook of the one report read from a spreadsheet."""
        sheets = [r for r in self if r._lecture is not None]
        if len(sheets) != 1:
            raise ValueError("annoter attend exactement un rapport issu d'un tableur")
        sheets[0].annoter(path)

    @property
    def valid(self) -> bool:
        """Whether every report is valid."""
        return all(r.valid for r in self)

    def _repr_html_(self) -> str:
        parts = [r._repr_html_() for r in self[:20]]
        more = len(self) - 20
        if more > 0:
            parts.append(f"<p>… et {more} autre(s) rapport(s)</p>")
        return "\n".join(parts)

    @overload
    def __getitem__(self, i: SupportsIndex) -> Report: ...
    @overload
    def __getitem__(self, i: slice) -> "Reports": ...
    def __getitem__(self, i: Any) -> Any:
        v = super().__getitem__(i)
        return Reports(v) if isinstance(i, slice) else v

