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
from ._html import render_report, render_reports
from ._pandas import SEVERITY_ORDER, require_pandas
from .errors import OptionError

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
        v = self._data.get("cellule")
        return None if v is None else dict(v)

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
        # Read by the core, which refuses JSON that is no report.
        self._core: _core.Report = _core.Report.from_json(json_text)
        # The spreadsheet read, for a report of :meth:`Lecture.valider` (see :meth:`annoter`).
        self._lecture: Optional[_core.Lecture] = None
        self._data: Optional[Dict[str, Any]] = None
        self._diagnostics: Optional[List[Diagnostic]] = None
        #: Where the document came from (a file path), when it came from a file.
        self.source = source

    @classmethod
    def _of_core(cls, report: _core.Report, source: Optional[str] = None) -> "Report":
        # A validator's report: its JSON text is made only when asked for.
        self = cls.__new__(cls)
        self._text = None
        self._core = report
        self._lecture = None
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
        try:
            return cls(text, source)
        except OptionError as e:
            raise ValueError("ce JSON n'est pas un rapport de territoire_sante") from e

    @property
    def _json(self) -> str:
        if self._text is None:
            self._text = self._core.to_json()
        return self._text

    @property
    def _d(self) -> Dict[str, Any]:
        if self._data is None:
            self._data = self._core.to_dict()
        return self._data

    @property
    def valid(self) -> bool:
        """Conformity: no fatal finding and no error. Elements the document does not describe
        never make it false (they are « à compléter »: see :attr:`complete`)."""
        return self._core.valid

    @property
    def complete(self) -> bool:
        """Completeness: no element « à compléter » (findings of category ``incomplete``)."""
        return self._core.complete

    @property
    def completeness(self) -> Dict[str, Any]:
        """Required elements examined (``required``), of those described (``described``), and
        their ratio (``ratio``, 1.0 when nothing is required)."""
        return self._core.completeness

    @property
    def as_of(self) -> str:
        """Date at which the law was applied (``AAAA-MM-JJ``)."""
        return self._core.as_of

    @property
    def lang(self) -> str:
        """Language of the messages (``fr`` or ``en``)."""
        return self._core.locale

    @property
    def document_type(self) -> Optional[str]:
        """The document's ``"type"``, when it could be read."""
        return self._core.document_type

    @property
    def document_id(self) -> Optional[str]:
        """The document's identifier, when it has one."""
        return self._core.document_id

    @property
    def referentiel(self) -> Optional[str]:
        """Vintage of the référentiel used, when one was."""
        return self._core.referentiel

    @property
    def counts(self) -> Dict[str, int]:
        """Number of findings per severity."""
        return self._core.counts

    @property
    def diagnostics(self) -> List[Diagnostic]:
        """The findings, in the core's order (path, then code)."""
        if self._diagnostics is None:
            self._diagnostics = [Diagnostic(d) for d in self._d["diagnostics"]]
        return list(self._diagnostics)

    @property
    def codes(self) -> List[str]:
        """The codes of the findings, in report order."""
        return self._core.codes()

    def has(self, code: str) -> bool:
        """Whether a finding with this code is present."""
        return self._core.has(code)

    def at_least(self, severity: str) -> List[Diagnostic]:
        """The findings of this severity or a more serious one."""
        rank = severity_rank(severity)
        # The core's counts say at once when nothing is that serious.
        counts = self._core.counts
        if not any(counts[s] for s in SEVERITY_ORDER[rank:]):
            return []
        return [d for d in self.diagnostics if severity_rank(d.severity) >= rank]

    @property
    def document_nom(self) -> Optional[str]:
        """The document's name (``nom``), when it has one (not kept through JSON or pickle)."""
        return self._core.document_nom

    def to_dict(self) -> Dict[str, Any]:
        """The report as the core's JSON object (a fresh copy)."""
        return self._core.to_dict()

    def to_json(self, indent: Optional[int] = 2) -> str:
        """The report as JSON text (keys sorted, as the core's CLI writes it)."""
        return json.dumps(self._d, ensure_ascii=False, indent=indent, sort_keys=True)

    def to_fhir(self) -> Dict[str, Any]:
        """The report as a FHIR R4 ``OperationOutcome`` resource (computed by the core)."""
        return self._core.to_fhir()

    def to_sarif(self, uri: Optional[str] = None) -> Dict[str, Any]:
        """The report as a SARIF 2.1.0 log; ``uri`` names the validated file."""
        name = uri if uri is not None else (self.source or "document.json")
        return self._core.to_sarif(name)

    def _failure_message(self, min_severity: str) -> str:
        # Every finding at or above the threshold, in the report's language (the core's words).
        return self._core.failure_message(min_severity, self.source)

    def annoter(self, path: "Union[str, os.PathLike[str]]") -> None:
        """Writes the annotated workbook of a report from :meth:`Lecture.valider`: the sheets
        as read, each finding as a note on its cell coloured by severity, and a « Constats »
        sheet linking each finding to its cell and rule page."""
        if self._lecture is None:
            raise ValueError("ce rapport ne vient pas d'un tableur (ts.lire_tableur(...).valider())")
        Path(path).write_bytes(self._lecture.annoter(self._core))

    def rows(self) -> List[Dict[str, Any]]:
        """One flat dict per finding (the rows of :meth:`to_pandas`)."""
        return _rows([self])

    def to_pandas(self) -> Any:
        """A DataFrame with one row per finding (see :meth:`Reports.to_pandas`; needs pandas)."""
        return _pandas([self])

    def to_polars(self) -> Any:
        """The findings as a polars DataFrame (see :meth:`Reports.to_polars`)."""
        return _polars([self])

    def to_arrow(self) -> Any:
        """The findings as a pyarrow Table (see :meth:`Reports.to_arrow`)."""
        return _arrow([self])

    def __arrow_c_stream__(self, requested_schema: Any = None) -> Any:
        """The Arrow PyCapsule stream of :meth:`to_arrow` (needs pyarrow)."""
        return self.to_arrow().__arrow_c_stream__(requested_schema)

    def _repr_html_(self) -> str:
        return render_report(self._d, self.source, _max_rows())

    def __repr__(self) -> str:
        c = self.counts
        state = "valide" if self.valid else "non valide"
        what = self.document_type or "document"
        return (
            f"<Report {what} {state}: {c['fatal']} fatal, {c['error']} erreur(s), "
            f"{c['warning']} avertissement(s), {c['information']} information(s)>"
        )

    def __len__(self) -> int:
        return len(self._core)

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
        self._core = _core.Report.from_json(self._text)
        self._lecture = None
        self._data = None
        self._diagnostics = None


#: The columns of :meth:`Reports.to_pandas`, in order: the core binding's own list.
COLUMNS: List[str] = list(_core.FRAME_COLUMNS)

_INTEGERS = ("membre", "line", "column", "ligne_feuille", "colonne_feuille")
_DATES = ("in_force_from", "in_force_to")


def _max_rows() -> int:
    # pandas' own setting when pandas is there, as its tables are truncated.
    import sys

    pd = sys.modules.get("pandas")
    if pd is not None:
        try:
            n = pd.get_option("display.max_rows")
            if isinstance(n, int) and n > 0:
                return n
        except Exception:  # pragma: no cover - an unusual pandas
            pass
    return 60


def _columns(reports: "List[Report]", params: str = "dict") -> Dict[str, List[Any]]:
    # Built by the core's binding, column by column, one row per finding.
    return _core.frame_columns(
        [r._core for r in reports], [r.source for r in reports], params
    )


def _lang(reports: "List[Report]") -> str:
    return reports[0].lang if reports else "fr"


def _rows(reports: "List[Report]") -> List[Dict[str, Any]]:
    cols = _columns(reports)
    names = list(cols)
    return [dict(zip(names, row)) for row in zip(*cols.values())]


def _pandas(reports: "List[Report]") -> Any:
    pd = require_pandas()
    df = pd.DataFrame(_columns(reports), columns=COLUMNS)
    for c in _INTEGERS:
        df[c] = df[c].astype("Int64")
    df["severity"] = pd.Categorical(
        df["severity"], categories=_core.severity_labels(_lang(reports)), ordered=True
    )
    for c in _DATES:
        df[c] = pd.to_datetime(df[c], format="%Y-%m-%d")
    return df


def _require(name: str) -> Any:
    import importlib

    try:
        return importlib.import_module(name)
    except ImportError as e:
        raise ImportError(f"{name} est nécessaire pour cette vue : pip install {name}") from e


def _arrow(reports: "List[Report]") -> Any:
    pa = _require("pyarrow")
    cols = _columns(reports, params="pairs")
    labels = _core.severity_labels(_lang(reports))
    rank = {s: i for i, s in enumerate(labels)}
    arrays = {}
    for name in COLUMNS:
        col = cols[name]
        if name == "severity":
            arrays[name] = pa.DictionaryArray.from_arrays(
                pa.array([rank[s] for s in col], pa.int8()), pa.array(labels), ordered=True
            )
        elif name == "params":
            arrays[name] = pa.array(col, pa.map_(pa.string(), pa.string()))
        elif name in _DATES:
            arrays[name] = pa.array(col, pa.string()).cast(pa.timestamp("s")).cast(pa.date32())
        elif name == "document" or name in _INTEGERS:
            arrays[name] = pa.array(col, pa.int64())
        else:
            arrays[name] = pa.array(col, pa.string())
    return pa.table(arrays)


def _polars(reports: "List[Report]") -> Any:
    pl = _require("polars")
    cols = _columns(reports, params="columns")
    labels = _core.severity_labels(_lang(reports))
    # One text column per parameter name, as in the CSV exports (a value that is not text is
    # written as JSON), laid out by the binding.
    cols.pop("params")
    extra = {k: cols.pop(k) for k in [k for k in cols if k.startswith("params.")]}
    df = pl.DataFrame(
        cols,
        schema={
            name: (pl.Int64 if name == "document" or name in _INTEGERS else pl.String)
            for name in cols
        },
    )
    df = df.with_columns(
        pl.col("severity").cast(pl.Enum(labels)),
        *(pl.col(c).str.to_date("%Y-%m-%d") for c in _DATES),
        *(pl.Series(k, v, dtype=pl.String) for k, v in extra.items()),
    )
    return df


class Reports(List[Report]):
    """The reports of :meth:`Validator.validate_many`, in input order; a list with DataFrames."""

    def rows(self) -> List[Dict[str, Any]]:
        """One flat dict per finding of every report, with the report's position as ``document``."""
        return _rows(self)

    def to_pandas(self) -> Any:
        """Every finding of every report, one row each (needs pandas).

        ``document`` is the report's position, ``document_type``/``document_id``/``document_nom``
        what the document says of itself; for a portfolio, ``membre`` is the position of the
        member document a finding concerns (``/documents/N/…``) and ``membre_type``,
        ``membre_id``, ``membre_nom`` its own. ``severity`` is an ordered categorical in the
        reports' language (the HTML view's words), ``params`` a dict per row, ``line`` and
        ``column`` empty for a document given as a dict, ``in_force_*`` dates (``datetime64``).
        The columns are built by the compiled core, not row by row in Python.
        """
        return _pandas(self)

    def to_polars(self) -> Any:
        """The findings as a polars DataFrame (needs polars; not pyarrow): the columns of
        :meth:`to_pandas`, ``severity`` an ``Enum``, the dates ``Date``, one text column
        ``params.<name>`` per parameter."""
        return _polars(self)

    def to_arrow(self) -> Any:
        """The findings as a pyarrow Table (needs pyarrow): the columns of :meth:`to_pandas`,
        ``severity`` dictionary-encoded and ordered, the dates ``date32``, ``params`` a
        ``map<string, string>``."""
        return _arrow(self)

    def __arrow_c_stream__(self, requested_schema: Any = None) -> Any:
        """The Arrow PyCapsule stream of :meth:`to_arrow` (needs pyarrow), so that any library
        that reads Arrow (polars, duckdb…) takes a batch of reports as it is."""
        return self.to_arrow().__arrow_c_stream__(requested_schema)

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
        """Writes the annotated workbook of the one report of the batch read from a spreadsheet
        (see :meth:`Report.annoter`)."""
        sheets = [r for r in self if r._lecture is not None]
        if len(sheets) != 1:
            raise ValueError("annoter attend exactement un rapport issu d'un tableur")
        sheets[0].annoter(path)

    @property
    def valid(self) -> bool:
        """Whether every report is valid."""
        return all(r.valid for r in self)

    def _repr_html_(self) -> str:
        return render_reports([r._d for r in self[:20]], [r.source for r in self[:20]],
                              len(self), sum(1 for r in self if r.valid), _max_rows())

    @overload
    def __getitem__(self, i: SupportsIndex) -> Report: ...
    @overload
    def __getitem__(self, i: slice) -> "Reports": ...
    def __getitem__(self, i: Any) -> Any:
        v = super().__getitem__(i)
        return Reports(v) if isinstance(i, slice) else v

