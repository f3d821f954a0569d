"""territoire_sante — validation of French territorial health governance documents.

Contrats locaux de santé (CLS), conseils locaux de santé mentale (CLSM), ateliers santé ville,
contrats de ville and their volet santé, conseils citoyens, CTS, PTSM… are checked against the
law and official guidance. Every finding says where (JSON Pointer, line, column), what (a stable
code, a message in French or English), why (the legal source) and what to do.

>>> import territoire_sante as ts
>>> v = ts.Validator(as_of="2016-06-30")
>>> report = v.validate({"type": "contrat_local_sante", "signataires": []})
>>> report.valid, report.has("CLS-001")
(False, True)

The rules run in the Rust core (the ``territoire-sante`` crate); this package converts values
and presents reports (``to_pandas()``, HTML tables in notebooks).
"""

from __future__ import annotations

from . import _core
from ._api import RuleList, about, call, explain, rules, schema, to_pandas
from ._report import Diagnostic, Report, Reports
from ._validator import Document, Validator, dumps, validate
from .errors import (
    AnalysisError,
    DocumentReadError,
    OptionError,
    ReferentielError,
    TerritoireSanteError,
    UnknownKindError,
    UnknownRuleError,
    UnreadableDocumentError,
    ValidationFailed,
)

__version__: str = _core.__version__

__all__ = [
    "AnalysisError",
    "Diagnostic",
    "Document",
    "DocumentReadError",
    "OptionError",
    "ReferentielError",
    "Report",
    "Reports",
    "RuleList",
    "TerritoireSanteError",
    "UnknownKindError",
    "UnknownRuleError",
    "UnreadableDocumentError",
    "ValidationFailed",
    "Validator",
    "__version__",
    "about",
    "call",
    "dumps",
    "explain",
    "rules",
    "schema",
    "to_pandas",
    "validate",
]
