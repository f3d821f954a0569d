"""Exceptions: hierarchy, attributes, and when they are (not) raised."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Dict

import pytest

import territoire_sante as ts

AS_OF = "2016-06-30"
# Exact outcomes are asserted with one rule (plus the reading rules, which always run), so
# that new rules in the catalogue do not change them.
ONLY = ["CLS-001"]


def test_hierarchy() -> None:
    for cls in (
        ts.OptionError,
        ts.UnknownRuleError,
        ts.UnknownKindError,
        ts.DocumentReadError,
        ts.ReferentielError,
        ts.AnalysisError,
        ts.ValidationFailed,
        ts.UnreadableDocumentError,
    ):
        assert issubclass(cls, ts.TerritoireSanteError)
    assert issubclass(ts.OptionError, ValueError)
    assert issubclass(ts.UnknownRuleError, LookupError)
    assert issubclass(ts.UnreadableDocumentError, ts.DocumentReadError)
    assert issubclass(ts.UnreadableDocumentError, ts.ValidationFailed)


def test_bad_date_is_an_option_error() -> None:
    with pytest.raises(ts.OptionError) as e:
        ts.Validator(as_of="2016-13-45")
    assert e.value.option == "as_of" and e.value.code == "option"
    assert "AAAA-MM-JJ" in e.value.reason and "as_of" in str(e.value)


@pytest.mark.parametrize(
    "kwargs,option",
    [
        ({"lang": "de"}, "lang"),
        ({"min_severity": "grave"}, "min_severity"),
        (
            {"limits": {"max_bytes": 1000, "max_depth": 0, "max_items": 10}},
            "limits.max_depth",
        ),
        ({"limits": {"nope": 1}}, "limits"),
        ({"raise_on": "grave"}, "raise_on"),
        ({"rules": [1, 2]}, "rules"),
    ],
)
def test_bad_options_name_the_option(kwargs: Dict[str, Any], option: str) -> None:
    with pytest.raises(ts.OptionError) as e:
        ts.Validator(as_of=AS_OF, **kwargs)
    assert e.value.option.startswith(option.split(".")[0]), (e.value.option, str(e.value))
    if "." in option:
        assert e.value.option == option


def test_unknown_rule() -> None:
    with pytest.raises(ts.UnknownRuleError) as e:
        ts.Validator(as_of=AS_OF, rules=["XYZ-999"])
    assert e.value.rule == "XYZ-999" and e.value.code == "unknown_rule"
    with pytest.raises(ts.UnknownRuleError) as e2:
        ts.explain("NOPE-1")
    assert e2.value.rule == "NOPE-1"
    with pytest.raises(LookupError):
        ts.explain("NOPE-1")


def test_unknown_kind() -> None:
    with pytest.raises(ts.UnknownKindError) as e:
        ts.schema("contrat_imaginaire")
    assert e.value.kind == "contrat_imaginaire"


def test_missing_file_is_a_report(tmp_path: Path) -> None:
    missing = tmp_path / "absent.json"
    r = ts.Validator(as_of=AS_OF, rules=ONLY).validate(missing)
    assert r.codes == ["DOC-011"] and r.source == str(missing)
    assert r.diagnostics[0].params["reason"] == "not_found"
    with pytest.raises(ts.DocumentReadError) as e:
        ts.Validator(as_of=AS_OF, rules=ONLY, raise_on="fatal").validate(missing)
    assert e.value.path == str(missing)


def test_non_utf8_file_is_located(tmp_path: Path) -> None:
    f = tmp_path / "latin1.json"
    f.write_bytes('{\n  "nom": "Ch\u00e2teau"\n}'.encode("latin-1"))
    r = ts.Validator(as_of=AS_OF, rules=ONLY).validate(f)
    d = r.diagnostics[0]
    assert r.codes == ["DOC-011"] and (d.line, d.column) == (2, 13)
    assert "UTF-8" in d.message


def test_syntax_errors_are_reports_not_exceptions() -> None:
    r = ts.Validator(as_of=AS_OF, rules=ONLY).validate('{"type": "contrat_local_sante",')
    assert not r.valid and r.counts["fatal"] == 1
    d = r.diagnostics[0]
    assert d.severity == "fatal" and d.line == 1 and d.column is not None


def test_raise_on_error(broken_cls: Dict[str, Any], clean_cls: Dict[str, Any]) -> None:
    v = ts.Validator(as_of=AS_OF, rules=ONLY, raise_on="error")
    with pytest.raises(ts.ValidationFailed) as e:
        v.validate(broken_cls)
    assert not isinstance(e.value, ts.DocumentReadError)
    assert e.value.report.codes == ["CLS-001"]
    assert [d.code for d in e.value.diagnostics] == ["CLS-001"]
    assert "CLS-001" in str(e.value)
    assert v.validate(clean_cls).valid
    # A threshold above the findings lets the report through.
    assert not ts.Validator(as_of=AS_OF, rules=ONLY, raise_on="fatal").validate(broken_cls).valid


def test_raise_on_unreadable_text_carries_position() -> None:
    v = ts.Validator(as_of=AS_OF, rules=ONLY, raise_on="fatal")
    with pytest.raises(ts.DocumentReadError) as e:
        v.validate('{\n  "type": "contrat_local_sante",\n  oops\n}')
    err = e.value
    assert isinstance(err, ts.UnreadableDocumentError)
    assert isinstance(err, ts.ValidationFailed)
    assert (err.lineno, err.colno) == (err.report.diagnostics[0].line, err.report.diagnostics[0].column)
    assert err.lineno == 3
    assert err.report.counts["fatal"] == 1


def test_raise_on_in_batches(broken_cls: Dict[str, Any], clean_cls: Dict[str, Any]) -> None:
    v = ts.Validator(as_of=AS_OF, rules=ONLY, raise_on="error")
    with pytest.raises(ts.ValidationFailed) as e:
        v.validate_many([clean_cls, broken_cls])
    assert e.value.report.codes == ["CLS-001"]


def test_core_errors_are_raised_with_their_fields() -> None:
    with pytest.raises(ts.UnknownRuleError) as e:
        ts.explain("XYZ-999")
    assert e.value.rule == "XYZ-999" and e.value.code == "unknown_rule"
    with pytest.raises(ts.OptionError) as o:
        ts.Validator(lang="de")
    # The accepted values are listed.
    assert o.value.option == "lang" and "fr" in o.value.reason and "en" in o.value.reason
    with pytest.raises(ts.UnknownKindError) as k:
        ts.schema("nothing")
    assert k.value.kind == "nothing"


def test_validation_failed_lists_every_finding_in_one_language(broken_cls: Dict[str, Any]) -> None:
    doc = dict(broken_cls, signataires=[], acteurs=[])
    for lang, word in (("fr", "avertissement"), ("en", "warning")):
        v = ts.Validator(as_of=AS_OF, lang=lang, raise_on="warning")
        with pytest.raises(ts.ValidationFailed) as e:
            v.validate(doc)
        text = str(e.value)
        assert len(e.value.diagnostics) >= 1
        for d in e.value.diagnostics:
            assert d.code in text and d.message in text
        assert word in text
        if lang == "en":
            assert "gravité" not in text and "constat" not in text
