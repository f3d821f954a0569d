"""Spreadsheets from Python: the test workbook of tests/tableur (written by core/tests/tableur.rs)
reads to the same located findings as in Rust, DataFrames carry the cell, the annotated workbook
opens in openpyxl with the notes on the right cells, templates round-trip."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, List

import pytest

import territoire_sante as ts

ROOT = Path(__file__).resolve().parents[2]
SUIVI = ROOT / "tests" / "tableur" / "suivi.xlsx"
CSV = ROOT / "tests" / "tableur" / "suivi-windows-1252.csv"


def _report(source: Any, **kw: Any) -> ts.Report:
    return ts.lire_tableur(source, **kw).valider(as_of="2016-06-30")


def test_same_located_findings_as_rust() -> None:
    report = _report(SUIVI)
    expected = json.loads((ROOT / "tests" / "tableur" / "suivi.constats.json").read_text("utf-8"))
    got = [[d.code, d.path, (d.cellule or {}).get("a1")] for d in report.diagnostics]
    assert got == expected


@pytest.mark.parametrize(
    "code,a1",
    [
        ("TAB-002", "'Suivi régional'!J4"),
        ("CLS-016", "'Suivi régional'!K18"),
        ("TAB-005", "'Suivi régional'!E10"),
        ("TAB-006", "'Suivi régional'!E23"),
        ("TAB-007", "'Suivi régional'!H25"),
        ("CLS-001", "'Suivi régional'!K19"),
    ],
)
def test_findings_at_their_cells(code: str, a1: str) -> None:
    report = _report(SUIVI)
    assert any(d.code == code and (d.cellule or {}).get("a1") == a1 for d in report)


def test_dataframe_of_findings_has_the_cell() -> None:
    df = _report(SUIVI).to_pandas()
    row = df[(df.code == "TAB-006") & (df.cellule == "'Suivi régional'!E23")].iloc[0]
    assert (row.feuille, row.ligne_feuille, row.colonne_feuille) == ("Suivi régional", 23, 5)
    assert "93066" in row.message


def test_csv_windows_1252_and_mapping() -> None:
    lecture = ts.lire_tableur(CSV)
    assert len(lecture.portefeuille["documents"]) == 20
    cols = lecture.correspondance[0]["colonnes"]
    assert [c["entete"] for c in cols if c.get("chemin") is None] == ["Observations"]
    quiet = ts.lire_tableur(CSV, correspondance={"Observations": "ignorer", "Région": "ignorer"})
    codes = quiet.valider(as_of="2016-06-30").codes
    assert "TAB-002" not in codes and "TAB-011" not in codes


def test_dataframe_in() -> None:
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame(
        {
            "Intitulé": ["CLS de Château-Thierry", "CLS de Saint-Denis"],
            "Signé le": [pd.Timestamp("2015-12-17"), None],
            "Communes": ["02168", "Saint-Denis (93)"],
        }
    )
    lecture = ts.lire_tableur(df, type="contrat_local_sante")
    docs = lecture.portefeuille["documents"]
    assert docs[0]["date_signature"] == "2015-12-17"
    assert docs[1]["perimetre"][0]["code"] == "93066"
    report = lecture.valider(as_of="2016-06-30")
    d = next(d for d in report if d.code == "CLS-001" and d.path.startswith("/documents/0"))
    assert d.cellule == {"feuille": "DataFrame", "ligne": 2, "colonne": 1, "a1": "DataFrame!A2"}


def test_annotated_workbook_opens_in_openpyxl(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    report = _report(SUIVI)
    out = tmp_path / "annote.xlsx"
    report.annoter(out)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Suivi régional", "Constats"]
    ws = wb["Suivi régional"]
    assert ws["E23"].value == "Saint-Denis"
    assert ws["E23"].comment is not None and "TAB-006" in ws["E23"].comment.text
    assert "TAB-007" in ws["H25"].comment.text
    assert ws["A1"].comment is None
    constats = wb["Constats"]
    rows: List[Any] = list(constats.iter_rows(min_row=2, values_only=True))
    assert len(rows) == len(report)
    assert any(r[0] == "'Suivi régional'!E23" and r[4] == "TAB-006" for r in rows)
    # Read back by the reader: the same documents.
    back = ts.lire_tableur(out)
    assert back.portefeuille == ts.lire_tableur(SUIVI).portefeuille
    with pytest.raises(ValueError):
        ts.validate({"type": "contrat_local_sante"}).annoter(tmp_path / "x.xlsx")


def test_reports_annoter_writes_the_workbook_of_its_spreadsheet_report(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    v = ts.Validator(as_of="2016-06-30")
    report = ts.lire_tableur(SUIVI).valider(v)
    other = v.validate_many([{"type": "contrat_local_sante"}])
    # A batch holding the spreadsheet's report among others: the workbook is that report's.
    batch = ts.Reports([other[0], report])
    batch.annoter(tmp_path / "lot.xlsx")
    report.annoter(tmp_path / "seul.xlsx")
    lot, seul = (openpyxl.load_workbook(tmp_path / n) for n in ("lot.xlsx", "seul.xlsx"))
    assert lot.sheetnames == seul.sheetnames == ["Suivi régional", "Constats"]
    notes = lambda wb: {  # noqa: E731
        c.coordinate: c.comment.text
        for row in wb["Suivi régional"].iter_rows()
        for c in row
        if c.comment is not None
    }
    assert notes(lot) == notes(seul) and "E23" in notes(lot)
    # No spreadsheet report, or two: which workbook to write is ambiguous.
    with pytest.raises(ValueError):
        other.annoter(tmp_path / "x.xlsx")
    with pytest.raises(ValueError):
        ts.Reports([report, report]).annoter(tmp_path / "x.xlsx")


@pytest.mark.parametrize("kind", ["contrat_local_sante", "contrat_de_ville", "conseil_local_sante_mentale", "atelier_sante_ville"])
def test_template_filled_with_openpyxl_reads_back(kind: str, tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    path = tmp_path / "modele.xlsx"
    ts.modele_tableur(kind, path)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames[1:] == ["Lisez-moi", "Listes"]
    ws = wb.worksheets[0]
    headers = [c.value for c in ws[1]]
    ws.cell(row=2, column=headers.index("Nom") + 1, value="Dispositif de Château-Thierry")
    wb.save(path)
    lecture = ts.lire_tableur(path)
    doc = lecture.portefeuille["documents"][0]
    assert doc == {"type": kind, "nom": "Dispositif de Château-Thierry"}


def test_uncomputed_formula_and_bad_input(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "CLS"
    ws.append(["Intitulé", "Signé le"])
    ws.append(["CLS de Château-Thierry", "=DATE(2015,12,17)"])
    path = tmp_path / "formule.xlsx"
    wb.save(path)
    report = _report(path)
    assert any(d.code == "TAB-008" and d.cellule["a1"] == "CLS!B2" for d in report)
    corrupt = SUIVI.read_bytes()[:5000]
    bad = _report(corrupt)
    assert bad.codes == ["TAB-001"] and "corrompue" in bad.diagnostics[0].message


def test_dates_known_to_the_month_or_year_are_taken() -> None:
    data = "Intitulé;Signé le\nCLS A;mars 2013\nCLS B;2024\nCLS C;2024-05\nCLS D;31/02/2013\n"
    lecture = ts.lire_tableur(data.encode("utf-8"), type="contrat_local_sante")
    dates = [d.get("date_signature") for d in lecture.portefeuille["documents"]]
    assert dates == ["2013-03", "2024", "2024-05", None]
    report = lecture.valider(as_of="2026-01-01")
    bad = [d for d in report if d.code == "TAB-004"]
    assert [d.cellule["a1"] for d in bad] == ["csv!B5"] and "31/02/2013" in bad[0].message
