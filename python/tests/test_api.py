"""The Python API: inputs, options, reports, catalogue, schemas."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path
from typing import Any, Dict

import pytest

import territoire_sante as ts

from conftest import EXAMPLES, SCHEMAS

AS_OF = "2016-06-30"
# Exact outcomes are asserted with one rule (plus the reading rules, which always run), so
# that new rules in the catalogue do not change them.
ONLY = ["CLS-001"]


@pytest.fixture()
def v() -> ts.Validator:
    return ts.Validator(as_of=AS_OF, rules=ONLY)


def test_invalid_document_gives_a_report(v: ts.Validator, broken_cls: Dict[str, Any]) -> None:
    r = v.validate(broken_cls)
    assert isinstance(r, ts.Report)
    assert r.valid is False
    assert r.codes == ["CLS-001"]
    d = r.diagnostics[0]
    assert (d.code, d.severity, d.path, d.category) == ("CLS-001", "error", "/signataires", "required")
    assert "l'ARS" in d.message
    assert d.legal_basis["url"].startswith("https://")
    assert d.rule["id"] == "CLS-001"
    assert r.counts == {"fatal": 0, "error": 1, "warning": 0, "information": 0}
    assert r.document_type == "contrat_local_sante"
    assert r.as_of == AS_OF and r.lang == "fr"


def test_clean_document_is_valid(v: ts.Validator, clean_cls: Dict[str, Any]) -> None:
    r = v.validate(clean_cls)
    assert r.valid, r.to_json()
    assert not r.has("CLS-001")


def test_every_input_form_gives_the_same_report(
    v: ts.Validator, broken_cls: Dict[str, Any], tmp_path: Path
) -> None:
    text = ts.dumps(broken_cls)
    f = tmp_path / "cls.json"
    f.write_text(text, encoding="utf-8")
    base = v.validate(text).to_dict()
    unlocated = v.validate(broken_cls).to_dict()
    for d in base["diagnostics"]:
        assert {k: x for k, x in d.items() if k not in ("line", "column")} in unlocated["diagnostics"]
    assert v.validate("\n  " + text.replace("\n", "\n")).codes == ["CLS-001"]
    assert v.validate(text.encode("utf-8")).to_dict() == base
    assert v.validate(bytearray(text.encode("utf-8"))).to_dict() == base
    from_path = v.validate(f)
    assert from_path.to_dict() == base and from_path.source == str(f)
    # A str is JSON text, never a path (wrap paths in pathlib.Path); naming a file, it warns.
    with pytest.warns(UserWarning, match="pathlib.Path"):
        assert v.validate(str(f)).codes == ["DOC-001"]
    with open(f, "rb") as fh:
        assert v.validate(fh).to_dict() == base
    assert v.validate(io.StringIO(text)).to_dict() == base


def test_a_dict_has_pointers_and_its_text_lines(v: ts.Validator, broken_cls: Dict[str, Any]) -> None:
    # A value built by a program has no text: pointers only. Its saved text (ts.dumps) gets
    # lines and columns that point into that text.
    assert all(d.line is None and d.column is None for d in v.validate(broken_cls).diagnostics)
    text = ts.dumps(broken_cls)
    d = v.validate(text).diagnostics[0]
    assert d.line is not None and d.column is not None
    line = text.splitlines()[d.line - 1]
    assert line[d.column - 1 :].startswith("[")
    assert line.strip().startswith('"signataires"')


def test_dumps_sorts_keys_and_indents(broken_cls: Dict[str, Any]) -> None:
    text = ts.dumps({"b": 1, "a": [1, {"d": None, "c": "é"}]})
    assert text == '{\n  "a": [\n    1,\n    {\n      "c": "é",\n      "d": null\n    }\n  ],\n  "b": 1\n}'
    assert json.loads(ts.dumps(broken_cls)) == broken_cls


def test_dates_and_numpy_like_values_are_converted(v: ts.Validator, broken_cls: Dict[str, Any]) -> None:
    doc = json.loads(json.dumps(broken_cls))
    doc["date_signature"] = dt.date(2015, 12, 17)
    doc["signataires"][0]["date_signature"] = dt.datetime(2015, 12, 17)
    assert v.validate(doc).to_dict() == v.validate(broken_cls).to_dict()


def test_unconvertible_values_are_type_errors(v: ts.Validator) -> None:
    with pytest.raises(TypeError, match="non convertible"):
        v.validate({"type": "contrat_local_sante", "x": object()})
    with pytest.raises(TypeError, match="document attendu"):
        v.validate(42)
    # NaN is document content JSON cannot write: a located report, not an exception.
    r = v.validate({"type": "contrat_local_sante", "x": float("nan")})
    assert r.codes == ["DOC-011"] and r.diagnostics[0].path == "/x"


def test_as_of_accepts_a_date_and_defaults_to_today() -> None:
    assert ts.Validator(as_of=dt.date(2016, 6, 30)).as_of == AS_OF
    assert ts.Validator(as_of=dt.datetime(2016, 6, 30, 12, 0)).as_of == AS_OF
    today = {dt.date.today().isoformat(), dt.datetime.now(dt.timezone.utc).date().isoformat()}
    assert ts.Validator().as_of in today


def test_law_changes_with_the_date(broken_cls: Dict[str, Any]) -> None:
    # CLS-001 requires the ARS, which exist since 2010.
    assert ts.Validator(as_of="2009-06-30", rules=ONLY).validate(broken_cls).valid
    assert not ts.Validator(as_of=AS_OF, rules=ONLY).validate(broken_cls).valid


def test_english_messages(broken_cls: Dict[str, Any]) -> None:
    fr = ts.Validator(as_of=AS_OF, rules=ONLY).validate(broken_cls).diagnostics[0]
    en = ts.Validator(as_of=AS_OF, rules=ONLY, lang="en").validate(broken_cls).diagnostics[0]
    assert en.code == fr.code and en.params == fr.params
    assert en.message != fr.message
    assert ts.Validator(lang="en").lang == "en"


def test_rule_selection(broken_cls: Dict[str, Any]) -> None:
    only = ts.Validator(as_of=AS_OF, rules="CV")
    assert not only.validate(broken_cls).has("CLS-001")
    # The engine's reading rules (DOC-*, and TAB-* for spreadsheets) run whatever the selection.
    assert all(c.startswith(("CV", "DOC", "TAB")) for c in only.rule_codes)
    assert any(c.startswith("CV") for c in only.rule_codes)
    excluded = ts.Validator(as_of=AS_OF, rules=["CLS-001", "CV-001"], exclude=["CLS-001"])
    assert excluded.validate(broken_cls).valid
    assert "CLS-001" not in excluded.rule_codes
    assert "CLS-001" in ts.Validator(as_of=AS_OF, rules=ONLY).rule_codes
    everything = ts.Validator(as_of=AS_OF).rule_codes
    assert len(everything) == len(ts.rules()) and set(only.rule_codes) < set(everything)


def test_min_severity_and_explain(broken_cls: Dict[str, Any]) -> None:
    r = ts.Validator(as_of=AS_OF, rules=ONLY, explain=True).validate(broken_cls)
    ev = r.diagnostics[0].evidence
    assert ev is not None and "inputs" in ev and "parameters" in ev
    assert ts.Validator(as_of=AS_OF, rules=ONLY).validate(broken_cls).diagnostics[0].evidence is None
    quiet = ts.Validator(as_of=AS_OF, rules=ONLY, min_severity="error")
    assert all(d.severity in ("error", "fatal") for d in quiet.validate(broken_cls))


def test_options_round_trip() -> None:
    v = ts.Validator(as_of=AS_OF, lang="en", rules=["CLS"], explain=True, raise_on="error")
    again = ts.Validator.from_options(v.options)
    assert again.options == v.options
    assert again.rule_codes == v.rule_codes
    assert again.raise_on == "error"


def test_report_json_forms(v: ts.Validator, broken_cls: Dict[str, Any]) -> None:
    r = v.validate(broken_cls)
    assert json.loads(r.to_json()) == r.to_dict()
    assert r.to_json().index('"as_of"') < r.to_json().index('"valid"')  # keys sorted
    assert ts.Report.from_json(r.to_json()) == r
    assert ts.Report.from_dict(r.to_dict()) == r
    mutated = r.to_dict()
    mutated["valid"] = True
    assert r.valid is False  # to_dict gives a copy
    with pytest.raises(ValueError):
        ts.Report.from_json("[1, 2]")


def test_report_is_valid_against_the_published_schema(v: ts.Validator, broken_cls: Dict[str, Any]) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((SCHEMAS / "report.json").read_text(encoding="utf-8"))
    jsonschema.validate(v.validate(broken_cls).to_dict(), schema)
    jsonschema.validate(v.validate("{oops").to_dict(), schema)


def test_fhir_and_sarif(v: ts.Validator, broken_cls: Dict[str, Any]) -> None:
    r = v.validate(broken_cls)
    fhir = r.to_fhir()
    assert fhir["resourceType"] == "OperationOutcome"
    assert len(fhir["issue"]) == 1 and fhir["issue"][0]["severity"] == "error"
    assert "CLS-001" in json.dumps(fhir)
    sarif = r.to_sarif("cls.json")
    assert sarif["version"] == "2.1.0"
    assert "cls.json" in json.dumps(sarif)


def test_html_table(v: ts.Validator, broken_cls: Dict[str, Any]) -> None:
    r = v.validate(ts.dumps(broken_cls))
    html = r._repr_html_()
    d = r.diagnostics[0]
    assert f">{d.line}:{d.column}</td>" in html
    assert "<table" in html and "CLS-001" in html
    assert "non valide" in html and "erreur" in html and "/signataires" in html
    assert 'href="https://www.legifrance.gouv.fr' in html
    en = ts.Validator(as_of=AS_OF, rules=ONLY, lang="en").validate(broken_cls)._repr_html_()
    assert "not valid" in en and "severity" in en


def test_html_escapes_everything_and_links_only_the_web() -> None:
    data = ts.Validator(as_of=AS_OF, rules=ONLY).validate({"type": "contrat_local_sante", "signataires": []}).to_dict()
    d = data["diagnostics"][0]
    d["message"] = "<script>alert(1)</script>"
    d["path"] = "/a<b>"
    d["legal_basis"] = {"label": "x\"><img>", "url": "javascript:alert(1)"}
    html = ts.Report.from_dict(data)._repr_html_()
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<b>" not in html and "<img>" not in html
    assert "javascript:" not in html


def test_valid_report_html_says_so(v: ts.Validator, clean_cls: Dict[str, Any]) -> None:
    assert "✔" in v.validate(clean_cls)._repr_html_()


def test_rules_catalogue() -> None:
    rules = ts.rules()
    assert isinstance(rules, list) and len(rules) == ts.about()["rules"]
    codes = [r["code"] for r in rules]
    assert codes == sorted(codes) and "CLS-001" in codes
    cls = ts.explain("CLS-001")
    assert cls == next(r for r in rules if r["code"] == "CLS-001")
    assert cls["severity"] == "error" and cls["legal_basis"]["label"]
    assert ts.explain("CLS-001", lang="en")["title"] != cls["title"]


def test_schemas_are_the_published_ones() -> None:
    for path in sorted(SCHEMAS.glob("*.json")):
        assert ts.schema(path.stem) == json.loads(path.read_text(encoding="utf-8")), path.stem


def test_about_and_version() -> None:
    info = ts.about()
    assert info["version"] == ts.__version__
    assert info["rules"] >= 20


def test_examples_validate(v: ts.Validator) -> None:
    paths = sorted(EXAMPLES.glob("*.json"))
    if not paths:
        pytest.skip("no bundled example in this tree")
    for r, p in zip(ts.Validator().validate_many(paths), paths):
        assert r.source == str(p)
        assert r.document_type is not None, r.to_json()
        assert r.counts["fatal"] == 0, r.to_json()


def test_report_sequence_protocol(v: ts.Validator, broken_cls: Dict[str, Any]) -> None:
    r = v.validate(broken_cls)
    assert len(r) == 1 and [d.code for d in r] == ["CLS-001"]
    assert r.at_least("warning") == r.diagnostics and r.at_least("fatal") == []
    assert "CLS-001" in repr(r.diagnostics[0]) and "non valide" in repr(r)
    with pytest.raises(ValueError):
        r.at_least("grave")


def test_the_binding_has_no_routing_by_name() -> None:
    # One function per entry point: the stringly-typed `call` is gone from both layers.
    from territoire_sante import _core

    assert not hasattr(ts, "call") and not hasattr(_core, "call")
    assert not hasattr(_core, "analyse")
