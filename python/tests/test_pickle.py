"""Reports, batches and validators survive pickling (multiprocessing, joblib, caches)."""

from __future__ import annotations

import pickle
from typing import Any, Dict

import pytest

import territoire_sante as ts

AS_OF = "2016-06-30"
# Exact outcomes are asserted with one rule (plus the reading rules, which always run), so
# that new rules in the catalogue do not change them.
ONLY = ["CLS-001"]


def test_report_pickles(broken_cls: Dict[str, Any]) -> None:
    r = ts.Validator(as_of=AS_OF, rules=ONLY).validate(broken_cls)
    for proto in range(2, pickle.HIGHEST_PROTOCOL + 1):
        again = pickle.loads(pickle.dumps(r, protocol=proto))
        assert again == r and again.to_dict() == r.to_dict()
        assert again.diagnostics[0].message == r.diagnostics[0].message


def test_report_keeps_its_source(tmp_path: Any, broken_cls: Dict[str, Any]) -> None:
    f = tmp_path / "x.json"
    f.write_text(ts.dumps(broken_cls), encoding="utf-8")
    r = ts.Validator(as_of=AS_OF, rules=ONLY).validate(f)
    assert pickle.loads(pickle.dumps(r)).source == str(f)


def test_reports_pickle(broken_cls: Dict[str, Any], clean_cls: Dict[str, Any]) -> None:
    rs = ts.Validator(as_of=AS_OF, rules=ONLY).validate_many([broken_cls, clean_cls])
    again = pickle.loads(pickle.dumps(rs))
    assert isinstance(again, ts.Reports) and list(again) == list(rs)


def test_validator_pickles_with_its_options(broken_cls: Dict[str, Any]) -> None:
    v = ts.Validator(as_of=AS_OF, rules=ONLY, lang="en", exclude="DQ", raise_on="fatal")
    again = pickle.loads(pickle.dumps(v))
    assert again.options == v.options and again.rule_codes == v.rule_codes
    assert again.validate(broken_cls) == v.validate(broken_cls)


def test_default_date_is_frozen_when_pickled() -> None:
    v = ts.Validator()
    assert pickle.loads(pickle.dumps(v)).options["as_of"] == v.as_of


def test_exceptions_pickle_with_their_attributes(broken_cls: Dict[str, Any]) -> None:
    with pytest.raises(ts.OptionError) as opt:
        ts.Validator(as_of="2016-99-01")
    e = opt.value
    again = pickle.loads(pickle.dumps(e))
    assert type(again) is ts.OptionError
    assert (again.option, again.reason, str(again)) == (e.option, e.reason, str(e))
    with pytest.raises(ts.ValidationFailed) as vf:
        ts.Validator(as_of=AS_OF, rules=ONLY, raise_on="error").validate(broken_cls)
    failed = pickle.loads(pickle.dumps(vf.value))
    assert failed.report == vf.value.report and str(failed) == str(vf.value)
    assert [d.code for d in failed.diagnostics] == ["CLS-001"]
    with pytest.raises(ts.UnreadableDocumentError) as ur:
        ts.Validator(as_of=AS_OF, rules=ONLY, raise_on="fatal").validate("{oops")
    bad = pickle.loads(pickle.dumps(ur.value))
    assert bad.lineno == 1 and (bad.lineno, bad.colno) == (ur.value.lineno, ur.value.colno)
    assert bad.report == ur.value.report
