"""Optional pandas support: imported only when a DataFrame is asked for."""

from __future__ import annotations

import importlib
from typing import Any, Iterable, Mapping


def require_pandas() -> Any:
    """Returns the pandas module, or raises an ImportError saying how to install it."""
    try:
        # Imported by name: pandas stays optional, for the type checker too.
        pandas = importlib.import_module("pandas")
    except ImportError as e:  # pragma: no cover - exercised in a subprocess by the tests
        raise ImportError(
            "pandas est nécessaire pour obtenir un DataFrame : "
            "pip install 'territoire-sante[pandas]' (ou pip install pandas)"
        ) from e
    return pandas


SEVERITY_ORDER = ["information", "warning", "error", "fatal"]


def records_frame(records: Iterable[Mapping[str, Any]]) -> Any:
    """A DataFrame from JSON records (lookups, analyses): nested objects become flat columns
    joined by ``_`` (``territoire_code``)."""
    pd = require_pandas()
    return pd.json_normalize(list(records), sep="_")
