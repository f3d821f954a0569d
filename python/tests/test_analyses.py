"""Portfolio analyses: coverage (checked against an independent count), articulation,
opportunity, generator; DataFrame and CSV views."""

from __future__ import annotations

import csv
import io
import json
from typing import Any, Dict, Set

import pytest

import territoire_sante as ts

from conftest import EXAMPLES, ROOT

pd = pytest.importorskip("pandas")

AS_OF = "2020-06-30"
VITRY = ROOT / "core" / "tests" / "fixtures" / "vitry_2020.json"
HEALTH = ("contrat_local_sante", "atelier_sante_ville", "conseil_local_sante_mentale")
NOT_STARTED_OR_STOPPED = {
    "prefiguration", "elaboration", "en_negociation", "en_projet", "renouvele", "suspendu",
    "arrete",
}
STATUS_IN_FORCE = {
    "en_vigueur", "proroge", "signe", "evalue", "operationnel", "amorcage", "installe",
    "constitue",
}


@pytest.fixture(scope="module")
def national() -> Dict[str, Any]:
    return ts.generer_portefeuille(scale=1, seed=2020)


def _in_force(d: Dict[str, Any]) -> bool:
    """The rule of docs/analyses.md, written again for the generated documents (no avenants,
    no contrats de ville among the health instruments)."""
    if d.get("statut") in NOT_STARTED_OR_STOPPED:
        return False
    periode = d.get("periode") or {}
    start = (
        periode.get("debut") or d.get("date_signature") or d.get("date_creation")
        or d.get("date_installation")
    )
    end = periode.get("fin")
    if start is None and end is None:
        return d.get("statut") in STATUS_IN_FORCE
    return (start is None or start <= AS_OF) and (end is None or AS_OF <= end)


def _communes_of(d: Dict[str, Any]) -> Set[str]:
    out: Set[str] = set()
    for t in d.get("perimetre", []) + d.get("territoires", []):
        if t["type"] == "commune":
            out.add(t["code"])
        elif t["type"] == "epci":
            out.update(m["code"] for m in ts.membres(t["code"]) or [])
        elif t["type"] == "qpv":
            q = ts.qpv(t["code"])
            out.update(q["communes"] if q else [])
    return out


def test_coverage_by_departement_matches_an_independent_count(
    national: Dict[str, Any],
) -> None:
    cov = ts.couverture(national, territoire="reg:32", as_of=AS_OF)
    summary = cov.resume_pandas()
    deps = ["02", "59", "60", "62", "80"]
    assert list(summary.index) == deps

    covered: Set[str] = set()
    for d in national["documents"]:
        if d["type"] in HEALTH and _in_force(d):
            covered |= _communes_of(d)
    communes = cov.to_pandas()
    # The rows list every commune of the région once (counts from the référentiel), with the
    # référentiel's population.
    assert communes.index.is_unique
    for dep in deps:
        d = ts.departement(dep)
        assert d is not None
        assert (communes["departement"] == dep).sum() == d["communes"]
    for code in ["59350", "02168", "80021"]:
        c = ts.commune(code)
        assert c is not None
        assert communes.loc[code, "population"] == (c.get("population") or 0)

    mine = pd.DataFrame(
        {
            "departement": communes["departement"],
            "population": communes["population"],
            "couverte": [code in covered for code in communes.index],
        }
    )
    expected = mine.groupby("departement").agg(
        communes=("couverte", "size"),
        communes_couvertes=("couverte", "sum"),
        population=("population", "sum"),
    )
    expected["population_couverte"] = (
        mine[mine["couverte"]].groupby("departement")["population"].sum()
    ).reindex(expected.index, fill_value=0)
    expected["zones_blanches"] = expected["communes"] - expected["communes_couvertes"]
    got = summary[["communes", "communes_couvertes", "population", "population_couverte",
                   "zones_blanches"]]
    pd.testing.assert_frame_equal(
        got.astype("int64"), expected[got.columns].astype("int64"), check_names=False
    )
    # Not a trivial agreement: some communes are covered, some are not.
    assert 0 < summary["communes_couvertes"].sum() < summary["communes"].sum()
    total = cov.total
    assert total["communes"] == summary["communes"].sum()
    assert total["population_couverte"] == summary["population_couverte"].sum()


def test_coverage_frames_and_csv(national: Dict[str, Any]) -> None:
    cov = ts.couverture(national, territoire="dep:59", as_of=AS_OF)
    assert cov.territoire == "dep:59" and cov.as_of == AS_OF
    assert cov.referentiel == "COG 2026"
    df = cov.to_pandas()
    assert df.index.name == "commune"
    assert list(df.columns) == [
        "nom", "departement", "epci", "population", "qpv", "cls", "contrat_de_ville", "asv",
        "clsm", "cts", "couverte",
    ]
    assert len(df) == len(cov.rows) == cov.total["communes"]
    assert df.loc["59350", "nom"] == "Lille"
    # Every commune of the Nord lies in the CTS of the Nord.
    assert (df["cts"] != "").all()
    s = cov.resume_pandas(total=True)
    assert list(s.index) == ["59", "total"]
    assert {"taux_population_couverte", "cls_communes", "cts_population"} <= set(s.columns)
    assert s.loc["59", "cts_communes"] == s.loc["59", "communes"]
    rate = s.loc["59", "taux_population_couverte"]
    assert rate == pytest.approx(100 * s.loc["59", "population_couverte"] / s.loc["59", "population"])

    rows = list(csv.DictReader(io.StringIO(cov.to_csv())))
    assert len(rows) == len(df)
    assert rows[0]["commune"] == df.index[0]
    resume = list(csv.DictReader(io.StringIO(cov.to_csv(resume=True))))
    assert resume[0]["departement"] == "59"
    assert int(resume[0]["communes_couvertes"]) == s.loc["59", "communes_couvertes"]


def test_coverage_inputs_and_errors(national: Dict[str, Any], tmp_path: Any) -> None:
    path = tmp_path / "pf.json"
    path.write_text(json.dumps(national), encoding="utf-8")
    a = ts.couverture(national, territoire="epci:200072031", as_of=AS_OF)
    b = ts.couverture(path, territoire="epci:200072031", as_of=AS_OF)
    c = ts.couverture(json.dumps(national), territoire="epci:200072031", as_of=AS_OF)
    assert a.data == b.data == c.data
    assert "02168" in a.to_pandas().index
    with pytest.raises(ts.AnalysisError):
        ts.couverture(VITRY)
    with pytest.raises(ts.TerritoireSanteError):
        ts.couverture(national, territoire="dep:00", as_of=AS_OF)
    with pytest.raises(ts.OptionError):
        ts.couverture(national, as_of="2020-02-30")


def test_coverage_with_a_loaded_referentiel(national: Dict[str, Any]) -> None:
    text = (ROOT / "core" / "data" / "referentiel.tsv").read_text(encoding="utf-8")
    lines = [l for l in text.splitlines() if not l.startswith("C\t") or "\t02\t" in l]
    small = ts.Referentiel.from_compact("\n".join(lines) + "\n")
    full = ts.couverture(national, territoire="dep:02", as_of=AS_OF)
    mine = ts.couverture(national, territoire="dep:02", as_of=AS_OF, referentiel=small)
    assert mine.data["communes"] == full.data["communes"]
    # The Nord has no commune in the cut-down référentiel.
    empty = ts.couverture(national, territoire="dep:59", as_of=AS_OF, referentiel=small)
    assert empty.total["communes"] == 0
    assert mine.to_csv() == full.to_csv()


def test_generator_is_deterministic() -> None:
    a = ts.generer_portefeuille(seed=7)
    b = ts.generer_portefeuille(seed=7)
    c = ts.generer_portefeuille(seed=8)
    assert a == b and a != c
    assert a["type"] == "portefeuille"
    kinds = {d["type"] for d in a["documents"]}
    assert {"contrat_local_sante", "contrat_de_ville", "atelier_sante_ville"} <= kinds
    bigger = ts.generer_portefeuille(seed=7, scale=2)
    assert len(bigger["documents"]) > len(a["documents"])
    with pytest.raises(ts.OptionError):
        ts.generer_portefeuille(date_reference="pas une date")
    for scale in (0, 1001):
        with pytest.raises(ts.OptionError, match="scale"):
            ts.generer_portefeuille(scale=scale)


def test_articulation_of_chateau_thierry() -> None:
    path = EXAMPLES / "chateau-thierry-portefeuille.json"
    art = ts.articulation(path, as_of=AS_OF)
    df = art.to_pandas()
    assert list(df.columns) == [
        "niveau", "code", "nom", "departement", "cls", "contrat_de_ville", "asv", "clsm", "cts",
        "incoherences", "signaux",
    ]
    row = df[df["code"] == "02168"].iloc[0]
    assert row["niveau"] == "commune" and row["nom"] == "Château-Thierry"
    assert row["cls"] != ""
    assert len(df) == len(art.rows)
    lines = art.to_csv().splitlines()
    assert len(lines) == len(df) + 1
    every = ts.articulation(path, as_of=AS_OF, all_diagnostics=True)
    assert len(every.incoherences) >= len(art.incoherences)
    inc = every.incoherences_pandas()
    assert list(inc.columns) == ["code", "severity", "document", "path", "message"]
    assert len(inc) == len(every.incoherences)
    assert all(p.startswith("/documents/") for p in inc["path"])


def test_vitry_opportunity_fr_and_en() -> None:
    fr = ts.opportunite(VITRY)
    en = ts.opportunite(VITRY, lang="en")
    assert fr.recommandation == en.recommandation == "report"
    assert fr["score"] == en["score"] < 0
    assert fr["condition"] and en["condition"] and fr["condition"] != en["condition"]
    assert fr["motif"] != en["motif"]
    df = fr.to_pandas()
    assert df.index.name == "facteur"
    assert list(df.columns) == ["libelle", "effet", "poids", "contribution", "determinant",
                                "constat"]
    assert df["contribution"].sum() == fr["score"]
    assert df.loc["portage_politique", "determinant"]
    assert (df["contribution"] == df["poids"] * df["effet"].map(
        {"favorable": 1, "neutre": 0, "defavorable": -1, "bloquant": -2})).all()
    assert len(fr.raisons) >= 1
    as_dict = json.loads(json.dumps(fr))
    assert as_dict["recommandation"] == "report"


def test_opportunity_errors() -> None:
    with pytest.raises(ts.AnalysisError):
        ts.opportunite(EXAMPLES / "chateau-thierry-cls.json")
    avis = ts.opportunites(VITRY)
    assert len(avis) == 1 and avis[0].recommandation == "report"


def test_old_names_still_work_with_a_deprecation_warning() -> None:
    pf = ts.generer_portefeuille(scale=1, seed=7)
    cov = ts.couverture(pf, territoire="dep:02", as_of=AS_OF)
    with pytest.warns(DeprecationWarning, match="resume_pandas"):
        old = cov.summary_pandas()
    assert old.equals(cov.resume_pandas())
    with pytest.warns(DeprecationWarning, match="all_diagnostics"):
        a = ts.articulation(pf, territoire="dep:02", as_of=AS_OF, tous_diagnostics=True)
    b = ts.articulation(pf, territoire="dep:02", as_of=AS_OF, all_diagnostics=True)
    assert a.data == b.data
