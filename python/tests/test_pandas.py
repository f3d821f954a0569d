"""DataFrame output, and the message when pandas is missing."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from typing import Any, Dict

import pytest

import territoire_sante as ts

pd = pytest.importorskip("pandas")

AS_OF = "2016-06-30"
# Exact outcomes are asserted with one rule (plus the reading rules, which always run), so
# that new rules in the catalogue do not change them.
ONLY = ["CLS-001"]


def test_report_frame_has_one_row_per_finding(broken_cls: Dict[str, Any]) -> None:
    # No signatory listed and no partner count: the ARS is « à compléter ».
    doc = {k: v for k, v in broken_cls.items() if k != "nombre_partenaires"}
    doc["signataires"] = []
    r = ts.Validator(as_of=AS_OF, rules=ONLY, explain=True).validate(doc)
    df = r.to_pandas()
    assert len(df) == len(r.diagnostics) >= 1
    assert list(df["code"]) == r.codes
    assert list(df["path"]) == [d.path for d in r.diagnostics]
    assert list(df["message"]) == [d.message for d in r.diagnostics]
    # A dict has no text: no line, no column.
    assert df["line"].dtype == "Int64" and df["line"].isna().all()
    assert list(df["severity"].cat.categories) == [
        "information", "avertissement", "erreur", "fatal"
    ]
    assert df["legal_basis_url"].iloc[0] == r.diagnostics[0].legal_basis["url"]
    assert df["document_type"].iloc[0] == "contrat_local_sante"
    assert df["evidence"].iloc[0] is not None
    assert list(df["params"]) == [d.params for d in r.diagnostics]
    assert str(df["in_force_from"].dtype).startswith("datetime64")
    assert df["in_force_from"].iloc[0] == pd.Timestamp(r.diagnostics[0].rule["in_force"]["from"])
    # The document's text gets lines.
    located = ts.Validator(as_of=AS_OF, rules=ONLY).validate(ts.dumps(doc)).to_pandas()
    assert located["line"].notna().all()


def test_empty_report_gives_an_empty_frame_with_columns(clean_cls: Dict[str, Any]) -> None:
    df = ts.Validator(as_of=AS_OF, rules=ONLY).validate(clean_cls).to_pandas()
    assert len(df) == 0 and {"code", "severity", "path", "message"} <= set(df.columns)


def test_batch_frames(broken_cls: Dict[str, Any], clean_cls: Dict[str, Any]) -> None:
    rs = ts.Validator(as_of=AS_OF, rules=ONLY).validate_many([broken_cls, clean_cls, broken_cls])
    df = rs.to_pandas()
    assert list(df["document"]) == [0, 2]
    assert list(df["code"]) == ["CLS-001", "CLS-001"]
    summary = rs.summary()
    assert list(summary["valid"]) == [False, True, False]
    assert list(summary["error"]) == [1, 0, 1]
    assert summary["error"].sum() == (df["severity"] == "erreur").sum()
    assert rs.valid is False and rs[1:2].valid is True


def test_rules_frame() -> None:
    rules = ts.rules()
    df = rules.to_pandas()
    assert len(df) == len(rules) and df.index.name == "code"
    assert df.loc["CLS-001", "severity"] == "erreur"
    assert ts.rules("en").to_pandas().loc["CLS-001", "severity"] == "error"
    assert df.loc["CLS-001", "legal_basis"] == ts.explain("CLS-001")["legal_basis"]["label"]


def test_without_pandas_the_message_says_how_to_install() -> None:
    code = textwrap.dedent(
        """
        import sys
        sys.modules["pandas"] = None  # makes "import pandas" fail
        import territoire_sante as ts
        r = ts.Validator(as_of="2016-06-30").validate({"type": "contrat_local_sante"})
        assert r.codes is not None  # everything else works without pandas
        try:
            r.to_pandas()
        except ImportError as e:
            print(e)
        else:
            raise SystemExit("no ImportError")
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "pip install" in out.stdout and "territoire-sante[pandas]" in out.stdout


def test_to_pandas_of_any_result(broken_cls: Dict[str, Any]) -> None:
    r = ts.Validator(as_of=AS_OF, rules=ONLY).validate(broken_cls)
    assert ts.to_pandas(r).equals(r.to_pandas())
    assert len(ts.to_pandas(ts.rules())) == len(ts.rules())
    records = [{"code": "02168", "territoire": {"type": "commune", "nom": "Château-Thierry"}}]
    df = ts.to_pandas(records)
    assert list(df.columns) == ["code", "territoire_type", "territoire_nom"]
    assert df.loc[0, "territoire_nom"] == "Château-Thierry"
    assert len(ts.to_pandas({"a": 1})) == 1
