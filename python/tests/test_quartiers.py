"""Coverage per quartier prioritaire, checked against an independent pandas count made from
the source list of the QPV 2024 (core/data/qpv2024/liste.csv), and the INSEE population loader."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Dict, Set

import pytest

import territoire_sante as ts

pd = pytest.importorskip("pandas")

ROOT = Path(__file__).resolve().parents[2]
LISTE = ROOT / "core" / "data" / "qpv2024" / "liste.csv"
AS_OF = "2026-06-30"
HEALTH = ("contrat_local_sante", "atelier_sante_ville", "conseil_local_sante_mentale")
STOPPED = {
    "prefiguration", "elaboration", "en_negociation", "en_projet", "renouvele", "suspendu",
    "arrete", "echu", "dissous", "abandonne",
}
IN_FORCE = {
    "en_vigueur", "proroge", "signe", "evalue", "operationnel", "amorcage", "installe",
    "constitue",
}


@pytest.fixture(scope="module")
def national() -> Dict[str, Any]:
    return ts.generer_portefeuille(scale=1, seed=2020, date_reference=AS_OF)


def _in_force(d: Dict[str, Any]) -> bool:
    if d.get("statut") in STOPPED:
        return False
    periode = d.get("periode") or {}
    start = (
        periode.get("debut") or d.get("date_signature") or d.get("date_creation")
        or d.get("date_installation")
    )
    end = periode.get("fin")
    if start is None and end is None:
        return d.get("statut") in IN_FORCE
    return (start is None or start <= AS_OF) and (end is None or AS_OF <= end)


_actuelle_cache: Dict[str, str] = {}


def _actuelle(code: str) -> str:
    if code not in _actuelle_cache:
        c = ts.commune(code)
        parent = c.get("parent") if c else None
        _actuelle_cache[code] = parent if c and c["type"] != "commune-actuelle" and parent else code
    return _actuelle_cache[code]


def _reach(d: Dict[str, Any]) -> tuple[Set[str], Set[str]]:
    """(QPV named, communes of the other territories) of a document."""
    qpv: Set[str] = set()
    communes: Set[str] = set()
    for t in d.get("perimetre", []) + d.get("territoires", []) + d.get("quartiers", []):
        if t["type"] == "qpv":
            qpv.add(t["code"])
        elif t["type"] == "commune":
            communes.add(_actuelle(t["code"]))
        elif t["type"] in ("epci", "ept"):
            communes.update(m["code"] for m in (ts.membres(t["code"]) or []))
        else:
            raise AssertionError(f"territory not counted here: {t['type']}")
    return qpv, communes


def test_quartiers_by_departement_match_an_independent_count(national: Dict[str, Any]) -> None:
    cov = ts.couverture_quartiers(national, as_of=AS_OF)
    liste = pd.read_csv(LISTE, dtype=str)
    assert len(liste) == 1584
    # Every QPV of the 2024 list, once, in force in 2026 (overseas included).
    rows = cov.to_pandas()
    assert sorted(rows.index) == sorted(liste["code_qp"])

    named: Set[str] = set()
    reached: Set[str] = set()
    for d in national["documents"]:
        health = d["type"] in HEALTH
        volet = d["type"] == "contrat_de_ville" and d.get("volet_sante") is not None
        if (health or volet) and _in_force(d):
            q, c = _reach(d)
            named |= q
            reached |= c
    liste["departement"] = [
        c[2:5] if c[2:4] in ("97", "98") else c[3:5] for c in liste["code_qp"]
    ]
    liste["couvert"] = [
        code in named or any(_actuelle(c) in reached for c in communes.split(";"))
        for code, communes in zip(liste["code_qp"], liste["insee_com"])
    ]
    expected = liste.groupby("departement").agg(
        qpv=("couvert", "size"), couverts=("couvert", "sum")
    )
    expected["zones_blanches"] = expected["qpv"] - expected["couverts"]
    got = cov.resume_pandas()[["qpv", "couverts", "zones_blanches"]]
    pd.testing.assert_frame_equal(
        got.astype("int64").sort_index(),
        expected[got.columns].astype("int64").sort_index(),
        check_names=False,
    )
    # Not a trivial agreement: some quartiers are covered, some are white zones.
    t = cov.total
    assert 0 < t["couverts"] < t["qpv"] == 1584
    assert t["zones_blanches"] == len(cov.zones_blanches())
    regions = cov.resume_pandas("region")
    assert regions["qpv"].sum() == 1584
    # No population in the ANCT list: the column is empty and the output says why.
    assert rows["population"].isna().all()
    assert cov.note is not None and "pop_QPV24" in cov.note


def test_quartiers_csv_and_territory(national: Dict[str, Any]) -> None:
    cov = ts.couverture_quartiers(national, territoire="dep:91", as_of=AS_OF)
    df = cov.to_pandas()
    assert len(df) == 47 and "QN09125M" in df.index
    csv = cov.to_csv()
    assert csv.splitlines()[0].startswith("qpv,nom,liste,communes,epci,departement,region,population")
    assert len(csv.splitlines()) == 48
    resume = cov.to_csv(resume=True).splitlines()
    assert resume[-1].startswith("total,total,dep:91,47,")
    # Before the switch, the 2015 list applies (the embedded one is the Occitanie sample).
    old = ts.couverture_quartiers(national, territoire="reg:76", as_of="2020-06-30")
    assert {r["liste"] for r in old.rows} == {"2015"} and len(old.rows) == 105


def test_hand_made_portfolio_of_grigny() -> None:
    path = ROOT / "core" / "tests" / "fixtures" / "portefeuille_grigny_2026.json"
    cov = ts.couverture_quartiers(path, territoire="epci:200059228", as_of=AS_OF)
    df = cov.to_pandas()
    assert df.loc["QN09125M", "cls"] == "cls-grigny"
    assert df.loc["QN09125M", "volet_sante"] == "cv-gpsses-2024"
    assert bool(df.loc["QN09125M", "couvert"])
    # The expired CLS of Évry-Courcouronnes covers nothing in 2026.
    assert df.loc["QN09120M", "cls"] == ""


# The layout of the INSEE population file of the QPV (one row per QPV, `;`-separated, the
# quartier's code in CODGEO, its municipal population in POP_MUN).
POP = "CODGEO;LIBGEO;POP_MUN\nQN09125M;La Grande Borne;11234\nQN09126M;Grigny 2;14876\nQN99999Z;Inconnu;10\n"


def test_population_loader(tmp_path: Path) -> None:
    base = ts.Referentiel.embedded()
    assert "population" not in base.qpv("QN09125M")  # type: ignore[operator]
    f = tmp_path / "pop_QPV24.csv"
    f.write_text(POP, encoding="utf-8")
    r = base.with_qpv_population(f)
    assert r.qpv("QN09125M")["population"] == 11234  # type: ignore[index]
    assert r.qpv("QN09126M")["population"] == 14876  # type: ignore[index]
    # The unknown code is counted in the provenance, not lost silently.
    assert any("1 codes absents" in s[1] for s in r.info()["sources"])
    cov = ts.couverture_quartiers(
        {"type": "portefeuille", "documents": []}, territoire="communes:91286",
        as_of=AS_OF, referentiel=r,
    )
    assert cov.total["population"] == 11234 + 14876
    assert cov.total["population_inconnue"] == 0 and cov.note is None
    with pytest.raises(ts.ReferentielError, match="ligne 2"):
        base.with_qpv_population("CODGEO;POP_MUN\nQN09125M;beaucoup\n")
    with pytest.raises(ts.ReferentielError, match="POP_MUN"):
        base.with_qpv_population("CODGEO;LIBGEO\nQN09125M;x\n")
