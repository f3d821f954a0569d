"""territoire_sante — validation of French territorial health governance documents.

Contrats locaux de santé (CLS), conseils locaux de santé mentale (CLSM), ateliers santé ville,
contrats de ville and their volet santé, conseils citoyens, CTS, PTSM… are checked against the
law and official guidance. Every finding says where (JSON Pointer; line and column when the
document was JSON text), what (a stable code, a message in French or English), why (the legal
source) and what to do.

>>> import territoire_sante as ts
>>> v = ts.Validator(as_of="2016-06-30")
>>> report = v.validate({"type": "contrat_local_sante", "signataires": []})
>>> report.valid, report.has("CLS-001")
(False, True)

The rules run in the Rust core (the ``territoire-sante`` crate); this package converts values
and presents reports (``to_pandas()``, HTML tables in notebooks).

The référentiel (``ts.commune("59350")``, ``ts.cherche("chateau thierry")``, or a
:class:`Referentiel` loaded from files) and the portfolio analyses (``ts.couverture``,
``ts.articulation``, ``ts.opportunite``) come from the same core.
"""

from __future__ import annotations

from . import _core
from ._analyses import (
    Articulation,
    AvisOpportunite,
    Carte,
    Couverture,
    CouvertureQuartiers,
    articulation,
    couverture,
    couverture_quartiers,
    generer_portefeuille,
    opportunite,
    opportunites,
)
from ._api import RuleList, about, explain, rules, schema, to_pandas
from ._referentiel import (
    Referentiel,
    cherche,
    commune,
    contrat_de_ville,
    departement,
    epci,
    ept,
    membres,
    qpv,
    qpv_de_commune,
    referentiel_info,
    region,
    territoire_de,
)
from ._report import Diagnostic, Report, Reports
from ._tableur import Lecture, lire_tableur, modele_tableur
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
    "Articulation",
    "AvisOpportunite",
    "Carte",
    "Couverture",
    "CouvertureQuartiers",
    "Diagnostic",
    "Document",
    "Lecture",
    "DocumentReadError",
    "OptionError",
    "Referentiel",
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
    "articulation",
    "cherche",
    "commune",
    "contrat_de_ville",
    "couverture",
    "couverture_quartiers",
    "departement",
    "dumps",
    "epci",
    "ept",
    "explain",
    "generer_portefeuille",
    "lire_tableur",
    "membres",
    "modele_tableur",
    "opportunite",
    "opportunites",
    "qpv",
    "qpv_de_commune",
    "referentiel_info",
    "region",
    "rules",
    "schema",
    "territoire_de",
    "to_pandas",
    "validate",
]
