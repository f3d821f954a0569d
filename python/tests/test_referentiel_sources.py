"""What the référentiel loaders take: a ``str`` is always the text itself, a path object
(``pathlib.Path``) a file; no guessing from what a string looks like. Files and texts are read
no further than a size limit (``max_bytes``, 64 MiB by default) with an error naming it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import territoire_sante as ts

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "core" / "data" / "referentiel.tsv"
GEOJSON = (
    '{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": null, '
    '"properties": {"code_qp": "QN09125M", "lib_qp": "La Grande Borne", "insee_com": "91286"}}]}'
)


def test_a_str_is_text_never_a_path(tmp_path: Path) -> None:
    f = tmp_path / "ref.tsv"
    f.write_text(DATA.read_text(encoding="utf-8"), encoding="utf-8")
    # The file's name as a str is taken as (unreadable) text, not opened: nothing of the file
    # is read, and the error says what was expected without echoing it.
    with pytest.raises(ts.ReferentielError) as e:
        ts.Referentiel.from_compact(str(f))
    assert "COG 2026" not in str(e.value)
    # The same name as a Path is the file.
    assert ts.Referentiel.from_compact(f).vintage == "COG 2026"
    # A str with neither a newline nor a tab is still text (a one-line GeoJSON, say).
    r = ts.Referentiel.embedded().with_qpv_geojson(GEOJSON)
    assert r.qpv("QN09125M") is not None
    # A file whose content looks like a path is read, not followed.
    g = tmp_path / "qpv.geojson"
    g.write_text(GEOJSON, encoding="utf-8")
    assert ts.Referentiel.embedded().with_qpv_geojson(g).qpv("QN09125M") is not None


def test_a_secret_file_named_by_a_str_is_never_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("Jeanne Martin-Lefebvre, 06 71 82 93 04\n", encoding="utf-8")
    for load in (
        lambda s: ts.Referentiel.from_compact(s),
        lambda s: ts.Referentiel.embedded().with_qpv_geojson(s),
        lambda s: ts.Referentiel.embedded().with_qpv_population(s),
    ):
        with pytest.raises(ts.ReferentielError) as e:
            load(str(secret))
        assert "Jeanne" not in str(e.value) and "71 82" not in str(e.value), str(e.value)


def test_bytes_and_other_types() -> None:
    r = ts.Referentiel.embedded().with_qpv_geojson(GEOJSON.encode("utf-8"))
    assert r.qpv("QN09125M") is not None
    with pytest.raises(ts.ReferentielError) as e:
        ts.Referentiel.embedded().with_qpv_geojson(b"\xff\xfe{")
    assert "UTF-8" in str(e.value)
    with pytest.raises(ts.OptionError) as o:
        ts.Referentiel.from_compact(42)  # type: ignore[arg-type]
    assert "pathlib.Path" in str(o.value) and o.value.option == "source"


def test_reads_stop_at_the_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.tsv"
    big.write_bytes(b"x" * 5000)
    with pytest.raises(ts.ReferentielError) as e:
        ts.Referentiel.from_compact(big, max_bytes=1000)
    msg = str(e.value)
    assert "5000" in msg and "1000" in msg and "big.tsv" in msg, msg
    with pytest.raises(ts.ReferentielError) as e:
        ts.Referentiel.embedded().with_qpv_geojson(GEOJSON, max_bytes=10)
    assert "10 octets" in str(e.value)
    with pytest.raises(ts.ReferentielError):
        ts.Referentiel.embedded().with_qpv_population(b"CODGEO;POP_MUN\n" * 100, max_bytes=50)
    # Within the limit, the same calls load.
    assert ts.Referentiel.embedded().with_qpv_geojson(GEOJSON, max_bytes=10_000).qpv("QN09125M")
    # The default limit applies to files too: a device that never ends is read no further.
    if os.path.exists("/dev/zero"):
        with pytest.raises(ts.ReferentielError) as e:
            ts.Referentiel.from_compact(Path("/dev/zero"), max_bytes=4096)
        assert "4096" in str(e.value)


def test_unreadable_files_are_named(tmp_path: Path) -> None:
    with pytest.raises(ts.ReferentielError) as e:
        ts.Referentiel.from_compact(tmp_path / "absent.tsv")
    assert "absent.tsv" in str(e.value) and "introuvable" in str(e.value)
    with pytest.raises(ts.ReferentielError) as e:
        ts.Referentiel.from_compact(tmp_path)
    assert "dossier" in str(e.value)
    latin1 = tmp_path / "latin1.tsv"
    latin1.write_bytes("@\tvintage\tCh\xe2teau\n".encode("latin-1"))
    with pytest.raises(ts.ReferentielError) as e:
        ts.Referentiel.from_compact(latin1)
    assert "UTF-8" in str(e.value) and "ligne 1" in str(e.value)
