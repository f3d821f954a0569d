"""Référentiel lookups: embedded data, loading from files, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import territoire_sante as ts

from conftest import ROOT

DATA = ROOT / "core" / "data" / "referentiel.tsv"


def test_lille_chain() -> None:
    c = ts.commune("59350")
    assert c is not None
    assert c["nom"] == "Lille"
    assert c["epci"] == "200093201"
    assert c["epci_detail"]["siren"] == "200093201"
    assert c["departement"] == "59" and c["region"] == "32"
    chain = ts.territoire_de("59350")
    assert chain is not None
    assert chain["epci"]["siren"] == "200093201"
    assert chain["departement"]["code"] == "59"
    assert chain["region"] == {"code": "32", "nom": "Hauts-de-France"}


@pytest.mark.parametrize(
    "code,siren", [("59350", "200093201"), ("02168", "200072031"), ("94081", "200054781")]
)
def test_epci_of_communes(code: str, siren: str) -> None:
    c = ts.commune(code)
    assert c is not None and c["epci"] == siren
    members = ts.membres(siren)
    assert members is not None
    assert code in {m["code"] for m in members}


def test_epci_lookup() -> None:
    e = ts.epci("200093201")
    assert e is not None
    assert "Lille" in e["nom"]
    codes = [m["code"] for m in e["membres"]]
    assert "59350" in codes and "59009" in codes
    assert len(set(codes)) == len(codes)


def test_departement_and_region() -> None:
    d = ts.departement("02")
    assert d is not None and d["nom"] == "Aisne" and d["region"] == "32"
    r = ts.region("32")
    assert r is not None
    assert {"02", "59", "60", "62", "80"} == {x["code"] for x in r["departements"]}


def test_vitry_in_ept_and_epci() -> None:
    chain = ts.territoire_de("94081")
    assert chain is not None
    assert chain["epci"]["siren"] == "200054781"
    assert chain["ept"] is not None
    ept = ts.ept(chain["ept"]["siren"])
    assert ept is not None and "94081" in {m["code"] for m in ept["membres"]}


def test_qpv_of_commune() -> None:
    # The embedded QPV sample covers Occitanie: Toulouse has some, each placed in Toulouse.
    qs = ts.qpv_de_commune("31555")
    assert qs
    for q in qs:
        full = ts.qpv(q["code"])
        assert full is not None and "31555" in full["communes"]
    assert ts.qpv_de_commune("99999") is None


def test_search_is_accent_and_case_insensitive() -> None:
    plain = ts.cherche("chateau thierry", limit=10)
    accented = ts.cherche("CHÂTEAU-THIERRY", limit=10)
    assert plain[0]["code"] == "02168" and plain[0]["type"] == "commune"
    assert accented[0]["code"] == "02168"
    assert len(ts.cherche("saint", limit=3)) == 3
    assert ts.cherche("zzzzqqq") == []


def test_unknown_codes_are_none() -> None:
    assert ts.commune("99999") is None
    assert ts.epci("000000000") is None
    assert ts.departement("00") is None
    assert ts.region("99") is None
    assert ts.qpv("QP000000") is None
    assert ts.membres("000000000") is None
    assert ts.territoire_de("99999") is None


def test_unknown_kind_is_an_option_error() -> None:
    with pytest.raises(ts.OptionError) as e:
        ts.Referentiel.embedded().lookup("pays", "FR")
    assert e.value.option == "type"


def test_info() -> None:
    info = ts.referentiel_info()
    assert info["vintage"] == "COG 2026"
    assert "Licence Ouverte" in info["licence"]
    assert info["comptes"]["epci"] > 1000
    assert info["comptes"]["departements"] >= 101
    assert ts.about()["referentiel"] == info["vintage"]


def test_from_compact_text_and_path_match_embedded() -> None:
    text = DATA.read_text(encoding="utf-8")
    r = ts.Referentiel.from_compact(text)
    emb = ts.Referentiel.embedded()
    assert r.info() == emb.info()
    assert r.commune("59350") == emb.commune("59350")
    r2 = ts.Referentiel.from_compact(DATA)
    assert r2.vintage == "COG 2026"
    assert r2.epci("200072031") == emb.epci("200072031")


def test_small_compact_referentiel_with_validator(tmp_path: Path) -> None:
    # A référentiel cut down to one département: Lille stays, Château-Thierry is gone.
    lines = DATA.read_text(encoding="utf-8").splitlines()
    kept = [l for l in lines if not l.startswith("C\t") or "\t59\t" in l]
    small = ts.Referentiel.from_compact("\n".join(kept) + "\n")
    assert small.commune("59350") is not None
    assert small.commune("02168") is None
    assert small.info()["comptes"]["communes"] < ts.referentiel_info()["comptes"]["communes"]
    doc = {
        "type": "contrat_local_sante",
        "nom": "CLS",
        "acteurs": [
            {"id": "v", "nom": "Ville", "nature": "commune",
             "territoire": {"type": "commune", "code": "02168"}}
        ],
        "signataires": [],
    }
    v_small = ts.Validator(as_of="2020-06-30", referentiel=small)
    v_full = ts.Validator(as_of="2020-06-30")
    assert v_small.referentiel is small
    assert v_small.referentiel_vintage == small.vintage
    ter_small = [d.code for d in v_small.validate(doc) if d.code.startswith("TER")]
    ter_full = [d.code for d in v_full.validate(doc) if d.code.startswith("TER")]
    # The commune unknown to the small référentiel is reported there only.
    assert len(ter_small) > len(ter_full)


def test_unreadable_files_raise_referentiel_error(tmp_path: Path) -> None:
    with pytest.raises(ts.ReferentielError) as e:
        ts.Referentiel.from_compact(tmp_path / "absent.tsv")
    assert "absent.tsv" in str(e.value)
    with pytest.raises(ts.ReferentielError):
        ts.Referentiel.from_cog_dir(tmp_path, "COG 2099")
    with pytest.raises(ts.ReferentielError):
        ts.Referentiel.embedded().with_qpv_geojson('{"type": "FeatureCollection"}\n')


def test_cog_dir(tmp_path: Path) -> None:
    # The npm package layout, reduced to two communes of one EPCI.
    (tmp_path / "regions.json").write_text(json.dumps([{"code": "32", "nom": "Hauts-de-France"}]))
    (tmp_path / "departements.json").write_text(
        json.dumps([{"code": "59", "nom": "Nord", "region": "32"}])
    )
    (tmp_path / "epci.json").write_text(json.dumps([
        {"code": "200093201", "nom": "MEL", "type": "METRO",
         "membres": [{"code": "59350"}, {"code": "59009"}]}
    ]))
    (tmp_path / "communes.json").write_text(json.dumps([
        {"code": "59350", "nom": "Lille", "type": "commune-actuelle", "departement": "59",
         "region": "32", "population": 236710},
        {"code": "59009", "nom": "Villeneuve-d'Ascq", "type": "commune-actuelle",
         "departement": "59", "region": "32", "population": 62000},
    ]))
    r = ts.Referentiel.from_cog_dir(tmp_path, "COG test", "2025-01-01")
    assert r.vintage == "COG test"
    assert r.info()["comptes"]["communes"] == 2
    assert r.commune("59350")["epci"] == "200093201"  # type: ignore[index]
    assert {m["code"] for m in r.membres("200093201") or []} == {"59350", "59009"}
    assert r.qpv_de_commune("59350") == []
    with_q = r.with_quartiers_from(ts.Referentiel.embedded())
    assert with_q.info()["comptes"]["contrats_de_ville"] > 0
    with pytest.raises(ts.OptionError):
        ts.Referentiel.from_cog_dir(tmp_path, "COG test", "2025-02-30")


def test_referentiel_is_not_picklable() -> None:
    import pickle

    with pytest.raises(TypeError):
        pickle.dumps(ts.Referentiel.embedded())
    with pytest.raises(TypeError):
        pickle.dumps(ts.Validator(referentiel=ts.Referentiel.embedded()))


def test_lookups_through_the_embedded_referentiel() -> None:
    ref = ts.Referentiel.embedded()
    assert ref.commune("59350") == ts.commune("59350")
    assert ref.cherche("lille", 2) == ts.cherche("lille", 2)
    assert ref.info() == ts.referentiel_info()
    with pytest.raises(ValueError):
        ts.cherche("lille", -1)
