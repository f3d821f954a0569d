"""Spreadsheets: the lists that ARS, préfectures and networks keep, read into a portfolio.

>>> import territoire_sante as ts
>>> lecture = ts.lire_tableur(b"Intitule;Signe le\\nCLS de Chateau-Thierry;17/12/2015\\n",
...                           type="contrat_local_sante")
>>> lecture.portefeuille["documents"][0]["date_signature"]
'2015-12-17'
>>> report = lecture.valider(as_of="2016-06-30")
>>> [d.cellule["a1"] for d in report.diagnostics if d.code == "CLS-001"]
['csv!A2']

Everything (headers, dates, communes, locations) is read by the Rust core; this module only
converts arguments (a path, bytes, a pandas DataFrame, a mapping dict).
"""

from __future__ import annotations

import math
import os
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional, Union

from . import _core
from ._referentiel import Referentiel
from ._report import Report
from ._validator import Validator
from .errors import DocumentReadError

__all__ = ["Lecture", "lire_tableur", "modele_tableur"]

Source = Union[str, "os.PathLike[str]", bytes, Any]


class Lecture:
    """A spreadsheet read into a portfolio: the documents, the mapping used, each document's
    sheet and row; :meth:`valider` gives a report whose findings carry their cell."""

    __slots__ = ("_inner", "source")

    def __init__(self, inner: _core.Lecture, source: Optional[str]) -> None:
        self._inner = inner
        #: The file read, when it was a file.
        self.source = source

    @property
    def portefeuille(self) -> Dict[str, Any]:
        """The portfolio: ``{"type": "portefeuille", "documents": [...]}``, one per data row."""
        return self._inner.portefeuille()

    @property
    def correspondance(self) -> List[Dict[str, Any]]:
        """The mapping used, per sheet: header row, and for each column its header, the field
        it fills (``chemin``, None when not recognised) and where that came from."""
        return self._inner.correspondance()

    @property
    def lignes(self) -> List[Dict[str, Any]]:
        """Sheet, row and kind of each document, in portfolio order."""
        return self._inner.lignes()

    def valider(self, validator: Optional[Validator] = None, **options: Any) -> Report:
        """Validates the documents (with ``validator``, or one built from ``options``)."""
        v = validator if validator is not None else Validator(**options)
        report = Report._of_core(self._inner.valider(v._inner), self.source)
        report._lecture = self._inner
        return report

    def __repr__(self) -> str:
        n = len(self._inner)
        return f"<Lecture {self.source or 'tableur'}: {n} document(s)>"


def _mapping(correspondance: Union[Mapping[str, str], str, "os.PathLike[str]", None]) -> Dict[str, str]:
    if correspondance is None:
        return {}
    if isinstance(correspondance, Mapping):
        return {str(k): str(v) for k, v in correspondance.items()}
    text = Path(correspondance).read_text(encoding="utf-8")
    # The core reads JSON or TOML (and checks every target).
    return _core.lire_correspondance(text)


def _cell(v: Any) -> Any:
    if v is None:
        return None
    if isinstance(v, float) and math.isnan(v):
        return None
    if isinstance(v, (bool, int, float, str)):
        return v
    iso = getattr(v, "isoformat", None)
    if iso is not None:
        try:
            if v != v:  # NaT
                return None
        except Exception:  # pragma: no cover - exotic types
            pass
        return str(iso())[:10]
    return str(v)


def _frame_sheet(df: Any, name: str) -> Dict[str, Any]:
    rows: List[List[Any]] = [[str(c) for c in df.columns]]
    for rec in df.itertuples(index=False, name=None):
        rows.append([_cell(v) for v in rec])
    return {"nom": name, "lignes": rows}


def lire_tableur(
    source: Source,
    *,
    feuille: Optional[str] = None,
    type: Optional[str] = None,
    correspondance: Union[Mapping[str, str], str, "os.PathLike[str]", None] = None,
    referentiel: Optional[Referentiel] = None,
) -> Lecture:
    """Reads a workbook (``.xlsx``, ``.xls``, ``.ods``), a CSV file (``,`` ``;`` or tab; UTF-8
    or Windows-1252), its bytes, or a pandas DataFrame (its columns are the headers) into a
    portfolio. ``feuille`` reads one sheet only, ``type`` sets the kind of every row
    (``"contrat_local_sante"``…), ``correspondance`` maps headers to fields
    (``{"Signé le": "/date_signature", "Remarques": "ignorer"}``, or a TOML/JSON file).
    An unreadable file is a finding (TAB-001) of the report, not an exception.
    """
    options: Dict[str, Any] = {"correspondance": _mapping(correspondance)}
    if feuille is not None:
        options["feuille"] = feuille
    if type is not None:
        options["type_document"] = type
    opts = options
    ref = None if referentiel is None else referentiel._inner
    if hasattr(source, "columns") and hasattr(source, "itertuples"):
        sheets = [_frame_sheet(source, feuille or "DataFrame")]
        return Lecture(_core.lire_cellules(sheets, opts, ref), None)
    if isinstance(source, (bytes, bytearray, memoryview)):
        return Lecture(_core.lire_tableur(bytes(source), opts, ref), None)
    path = os.fspath(source)
    try:
        data = Path(path).read_bytes()
    except OSError as e:
        raise DocumentReadError(
            f"lecture impossible de « {path} » : {e}", path=str(path), reason=str(e)
        ) from None
    return Lecture(_core.lire_tableur(data, opts, ref), str(path))


def modele_tableur(kind: str, path: Union[str, "os.PathLike[str]", None] = None) -> bytes:
    """The template workbook of a document kind (headers, « Lisez-moi » sheet, drop-down
    lists); written to ``path`` when given."""
    data = _core.modele_tableur(kind)
    if path is not None:
        Path(path).write_bytes(data)
    return data
