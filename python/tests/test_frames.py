"""Tables of findings: attributed to their document (and a portfolio's member), typed columns,
the same severity words as the HTML view, polars and Arrow views, progress, truncated HTML."""

from __future__ import annotations

import json
from typing import Any, Dict, List

import pytest

import territoire_sante as ts

from conftest import EXAMPLES

pd = pytest.importorskip("pandas")

AS_OF = "2016-06-30"


def portfolio() -> Dict[str, Any]:
    return json.loads((EXAMPLES / "chateau-thierry-portefeuille.json").read_text(encoding="utf-8"))


def test_a_portfolio_finding_carries_its_member_document() -> None:
    pf = portfolio()
    r = ts.Validator(as_of="2024-06-30").validate(pf)
    df = r.to_pandas()
    members = df[df["path"].str.startswith("/documents/")]
    assert len(members) > 0, "the example portfolio has findings on its members"
    for _, row in members.iterrows():
        k = int(row["path"].split("/")[2])
        assert row["membre"] == k
        m = pf["documents"][k]
        assert row["membre_type"] == m.get("type")
        assert row["membre_id"] == (m.get("code") if m.get("type") == "contrat_de_ville" else m.get("id"))
        assert row["membre_nom"] == m.get("nom")
    others = df[~df["path"].str.startswith("/documents/")]
    assert others["membre"].isna().all()
    assert (df["document_nom"] == pf.get("nom")).all()
    assert (df["document_type"] == "portefeuille").all()


def test_severity_is_in_the_validators_language_in_every_view(broken_cls: Dict[str, Any]) -> None:
    for lang, word in (("fr", "erreur"), ("en", "error")):
        rs = ts.Validator(as_of=AS_OF, lang=lang, rules=["CLS-001"]).validate_many([broken_cls])
        df = rs.to_pandas()
        assert list(df["severity"]) == [word]
        assert list(df["severity"].cat.categories) == ts._core.severity_labels(lang)
        assert f">{word}</td>" in rs[0]._repr_html_()


def test_polars_view() -> None:
    pl = pytest.importorskip("polars")
    rs = ts.Validator(as_of="2024-06-30").validate_many([portfolio(), {"type": "contrat_local_sante"}])
    df = rs.to_polars()
    pdf = rs.to_pandas()
    assert df.height == len(pdf)
    assert df["code"].to_list() == list(pdf["code"])
    assert df["membre"].to_list() == [None if pd.isna(x) else int(x) for x in pdf["membre"]]
    assert isinstance(df.schema["severity"], pl.Enum)
    assert df.schema["in_force_from"] == pl.Date
    params = [c for c in df.columns if c.startswith("params.")]
    assert params, "the findings have parameters"


def test_arrow_view_and_capsule() -> None:
    pa = pytest.importorskip("pyarrow")
    rs = ts.Validator(as_of="2024-06-30").validate_many([portfolio()])
    t = rs.to_arrow()
    pdf = rs.to_pandas()
    assert t.num_rows == len(pdf)
    assert t.column("code").to_pylist() == list(pdf["code"])
    assert pa.types.is_dictionary(t.schema.field("severity").type)
    assert t.schema.field("in_force_from").type == pa.date32()
    first = t.column("params").to_pylist()[0]
    assert dict(first) == {k: (v if isinstance(v, str) else json.dumps(v)) for k, v in pdf["params"].iloc[0].items()}
    # The PyCapsule interface: any Arrow reader takes the reports as they are.
    assert pa.RecordBatchReader.from_stream(rs).read_all().num_rows == t.num_rows


def test_progress_callback_hears_of_the_whole_batch(clean_cls: Dict[str, Any]) -> None:
    seen: List[Any] = []
    docs = [clean_cls] * 1000
    rs = ts.Validator(as_of=AS_OF).validate_many(docs, progress=lambda done, total: seen.append((done, total)))
    assert len(rs) == 1000
    assert seen and seen[-1] == (1000, 1000)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    with pytest.raises(TypeError):
        ts.Validator(as_of=AS_OF).validate_many(docs, progress="oui")  # type: ignore[arg-type]


def test_progress_bar_with_tqdm(clean_cls: Dict[str, Any]) -> None:
    pytest.importorskip("tqdm")
    rs = ts.Validator(as_of=AS_OF).validate_many([clean_cls] * 300, progress=True)
    assert len(rs) == 300


def test_html_is_truncated_like_pandas_with_counts() -> None:
    pf = portfolio()
    r = ts.Validator(as_of="2024-06-30").validate(pf)
    n = len(r)
    assert n > 10
    html = ts._html.render_report(r.to_dict(), None, max_rows=10)
    assert html.count("<tr>") == 1 + 10 + 1  # header, 10 findings, the "not shown" row
    assert f"{n - 10} constat(s) non affiché(s) sur {n}" in html
    assert f"{n} constat(s), 10 affiché(s)" in html
    full = ts._html.render_report(r.to_dict(), None, max_rows=n)
    assert "non affiché" not in full and full.count("<tr>") == 1 + n
