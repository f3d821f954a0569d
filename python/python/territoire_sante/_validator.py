"""The validator: Python inputs to JSON text, the core's reports back."""

from __future__ import annotations

import datetime as _dt
import json
import os
from typing import IO, Any, Dict, Iterable, List, Mapping, Optional, Tuple, Union

from . import _core
from ._referentiel import Referentiel
from ._report import Report, Reports
from .errors import DocumentReadError, OptionError, UnreadableDocumentError, ValidationFailed

__all__ = ["Validator", "Document", "dumps", "validate"]

#: What :meth:`Validator.validate` accepts: a dict or list (the parsed JSON), JSON text
#: (``str``, or UTF-8 ``bytes``), a file path (``os.PathLike``, e.g. :class:`pathlib.Path`) or an
#: open file. A ``str`` is always JSON text, never a path: wrap a path in
#: :class:`pathlib.Path`, so that nothing of a file is ever taken for a document by mistake.
Document = Union[Mapping[str, Any], List[Any], str, bytes, bytearray, "os.PathLike[str]", IO[Any]]

_SEVERITIES = ("fatal", "error", "warning", "information")


def _default(o: Any) -> Any:
    # Values a DataFrame or a date column commonly hands over.
    if isinstance(o, _dt.datetime):
        if o.time() == _dt.time(0) and o.tzinfo is None:
            return o.date().isoformat()
        return o.isoformat()
    if isinstance(o, _dt.date):
        return o.isoformat()
    if isinstance(o, (set, frozenset, tuple)):
        return list(o)
    item = getattr(o, "item", None)  # numpy scalars
    if callable(item):
        return item()
    raise TypeError(f"valeur non convertible en JSON : {type(o).__name__}")


def _compact(doc: Any) -> str:
    # Compact output uses the C encoder (indent would not); the core lays it out afterwards.
    try:
        return json.dumps(
            doc, ensure_ascii=False, allow_nan=False, default=_default, separators=(",", ":")
        )
    except ValueError as e:
        raise ValueError(f"le document n'est pas représentable en JSON : {e}") from None


def dumps(doc: Any) -> str:
    """The JSON text validated for a dict or list: two-space indent, keys sorted, as the core
    writes a JSON value. Lines and columns of a report on a dict refer to this text."""
    # Plain JSON values are laid out straight from the objects; anything else (dates, numpy
    # scalars, tuples, errors to report…) takes the `json` module's path, which the first
    # matches exactly.
    text = _core.layout(doc)
    return _core.pretty_json(_compact(doc)) if text is None else text


class _Failed:
    """A value the binding could not turn into JSON text: the core words its report."""

    __slots__ = ("code", "path")

    def __init__(self, code: str, path: str = "") -> None:
        self.code = code
        self.path = path


#: One input, ready for the core: JSON text, bytes, a path, or what made it unconvertible.
_Input = Tuple[str, Any, Optional[str]]


def _pointer(parts: List[Any]) -> str:
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in parts)


def _find(doc: Any, bad: Any) -> str:
    """JSON Pointer of the first value (or key) for which ``bad`` holds, walking without
    recursion and without revisiting a container (cycles); ``""`` when none is found."""
    stack: List[Tuple[Any, List[Any]]] = [(doc, [])]
    seen = set()
    while stack:
        v, at = stack.pop()
        if bad(v):
            return _pointer(at)
        if isinstance(v, (dict, list, tuple)):
            if id(v) in seen:
                continue
            seen.add(id(v))
            items = list(v.items()) if isinstance(v, dict) else list(enumerate(v))
            for k, x in reversed(items):
                if isinstance(k, str) and bad(k):
                    # The object holding the key: the key itself may not be writable.
                    return _pointer(at)
                stack.append((x, at + [k]))
    return ""


def _lone_surrogate(v: Any) -> bool:
    if not isinstance(v, str):
        return False
    try:
        v.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _not_finite(v: Any) -> bool:
    return isinstance(v, float) and (v != v or v in (float("inf"), float("-inf")))


def _value_input(doc: Any, laid_out: bool) -> _Input:
    """A dict or list as JSON text, or the reason it cannot be one (located when possible)."""
    try:
        if laid_out:
            text = _core.layout(doc)
            if text is None:
                text = _core.pretty_json(_compact(doc))
        else:
            text = _compact(doc)
    except RecursionError:
        return ("failed", _Failed("too_deep"), None)
    except UnicodeEncodeError:
        return ("failed", _Failed("lone_surrogate", _find(doc, _lone_surrogate)), None)
    except ValueError as e:
        if "ircular" in str(e):
            return ("failed", _Failed("cycle"), None)
        return ("failed", _Failed("not_finite", _find(doc, _not_finite)), None)
    except TypeError:
        return ("failed", _Failed("unsupported_type"), None)
    if _lone_surrogate(text):
        return ("failed", _Failed("lone_surrogate", _find(doc, _lone_surrogate)), None)
    return ("text", text, None)


def _input_of(doc: Any, laid_out: bool = True) -> _Input:
    """(kind, payload, source path) for any input: ``text`` (JSON text), ``bytes``, ``path``
    (read by the core, within the limits) or ``failed``."""
    if isinstance(doc, str):
        if _lone_surrogate(doc):
            return ("failed", _Failed("lone_surrogate"), None)
        return ("text", doc, None)
    if isinstance(doc, (dict, list)):
        return _value_input(doc, laid_out)
    if isinstance(doc, (bytes, bytearray, memoryview)):
        return ("bytes", bytes(doc), None)
    if isinstance(doc, os.PathLike):
        name = os.fspath(doc)
        if not isinstance(name, str):
            name = os.fsdecode(name)
        return ("path", name, name)
    if isinstance(doc, Mapping):
        return _value_input(dict(doc), laid_out)
    read = getattr(doc, "read", None)
    if callable(read):
        data = read()
        name = getattr(doc, "name", None)
        source = name if isinstance(name, str) else None
        if isinstance(data, (bytes, bytearray)):
            return ("bytes", bytes(data), source)
        if isinstance(data, str):
            kind, payload, _ = _input_of(data)
            return (kind, payload, source)
    raise TypeError(
        "document attendu : dict, list, texte JSON (str ou bytes), chemin de fichier "
        f"(os.PathLike, ex. pathlib.Path) ou fichier ouvert, pas {type(doc).__name__}"
    )


def _text_of(doc: Any, laid_out: bool = True) -> Tuple[str, Optional[str]]:
    """(JSON text, source path or None) for any input, for the analyses; a file is read by the
    core within the limits; what cannot be read raises :class:`DocumentReadError`."""
    kind, payload, source = _input_of(doc, laid_out)
    if kind == "text":
        return payload, source
    if kind == "bytes":
        return _core.read_text(payload, None), source
    if kind == "path":
        return _core.read_text(None, payload), source
    reason = f"valeur non convertible en JSON ({payload.code})"
    raise DocumentReadError(
        f"lecture impossible du document : {reason}" + (f" en {payload.path}" if payload.path else ""),
        path=None,
        reason=reason,
    )


def _selectors(value: Union[str, Iterable[str], None], name: str) -> List[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    out = list(value)
    if not all(isinstance(x, str) for x in out):
        raise OptionError(
            f"option « {name} » invalide : codes de règles attendus (chaînes)",
            option=name,
            reason="codes de règles attendus (chaînes)",
        )
    return out


class Validator:
    """A compiled rule set, reusable across documents and threads.

    ``as_of`` is the date at which the law is applied (``"2016-06-30"`` or a
    :class:`datetime.date`; default today), ``lang`` the language of messages (``"fr"`` or
    ``"en"``), ``rules``/``exclude`` select rules by code, family (``"CLS"``) or prefix,
    ``min_severity`` drops lesser findings, ``explain`` attaches evidence, ``limits`` sets reading
    limits (``{"max_depth": 64, …}``). With ``raise_on`` (``"fatal"``, ``"error"``,
    ``"warning"`` or ``"information"``), a report with a finding at or above that severity raises
    :class:`ValidationFailed` (:class:`UnreadableDocumentError` when the document is unreadable)
    instead of being returned. ``referentiel`` is the reference data codes are checked
    against (a :class:`Referentiel`; default: the embedded one).
    """

    __slots__ = ("_inner", "_options", "_raise_on", "_referentiel")

    def __init__(
        self,
        as_of: Union[str, _dt.date, None] = None,
        lang: str = "fr",
        *,
        rules: Union[str, Iterable[str], None] = None,
        exclude: Union[str, Iterable[str], None] = None,
        min_severity: Optional[str] = None,
        explain: bool = False,
        limits: Optional[Mapping[str, Any]] = None,
        raise_on: Optional[str] = None,
        referentiel: Optional[Referentiel] = None,
    ) -> None:
        if isinstance(as_of, _dt.datetime):
            as_of = as_of.date()
        if isinstance(as_of, _dt.date):
            as_of = as_of.isoformat()
        if raise_on is not None and raise_on not in _SEVERITIES:
            reason = "gravité attendue : fatal, error, warning ou information"
            raise OptionError(
                f"option « raise_on » invalide : {reason}", option="raise_on", reason=reason
            )
        options: Dict[str, Any] = {"lang": lang, "explain": explain}
        if as_of is not None:
            options["as_of"] = as_of
        sel = _selectors(rules, "rules")
        if sel:
            options["rules"] = sel
        exc = _selectors(exclude, "exclude")
        if exc:
            options["exclude"] = exc
        if min_severity is not None:
            options["min_severity"] = min_severity
        if limits is not None:
            options["limits"] = dict(limits)
        try:
            text = json.dumps(options, ensure_ascii=False)
        except TypeError as e:
            raise OptionError(
                f"option invalide : {e}", option="options", reason=str(e)
            ) from None
        self._referentiel = referentiel
        self._inner = _core.Validator(text, None if referentiel is None else referentiel._inner)
        # Keep the resolved date so that a pickled validator applies the same law.
        options["as_of"] = self._inner.as_of
        self._options = options
        self._raise_on = raise_on

    @classmethod
    def from_options(
        cls, options: Mapping[str, Any], referentiel: Optional[Referentiel] = None
    ) -> "Validator":
        """Builds a validator from the core's JSON options (``docs/schema/options.json``)."""
        opts = dict(options)
        raise_on = opts.pop("raise_on", None)
        self = cls.__new__(cls)
        self._referentiel = referentiel
        self._inner = _core.Validator(
            json.dumps(opts, ensure_ascii=False),
            None if referentiel is None else referentiel._inner,
        )
        opts["as_of"] = self._inner.as_of
        self._options = opts
        if raise_on is not None and raise_on not in _SEVERITIES:
            reason = "gravité attendue : fatal, error, warning ou information"
            raise OptionError(
                f"option « raise_on » invalide : {reason}", option="raise_on", reason=reason
            )
        self._raise_on = raise_on
        return self

    @property
    def as_of(self) -> str:
        """Date at which the law is applied (``AAAA-MM-JJ``)."""
        return self._inner.as_of

    @property
    def lang(self) -> str:
        """Language of messages (``fr`` or ``en``)."""
        return self._inner.lang

    @property
    def raise_on(self) -> Optional[str]:
        """Severity from which a report raises instead of being returned, if any."""
        return self._raise_on

    @property
    def referentiel(self) -> Optional[Referentiel]:
        """The référentiel given at construction (``None``: the embedded one)."""
        return self._referentiel

    @property
    def referentiel_vintage(self) -> Optional[str]:
        """Vintage of the référentiel codes are checked against, if any."""
        return self._inner.referentiel

    @property
    def rule_codes(self) -> List[str]:
        """Codes of the rules this validator runs (reading rules included)."""
        return list(self._inner.rule_codes())

    @property
    def options(self) -> Dict[str, Any]:
        """The options, as the core reads them (the resolved date included)."""
        out = dict(self._options)
        if self._raise_on is not None:
            out["raise_on"] = self._raise_on
        return out

    def validate(self, doc: Document) -> Report:
        """Validates one document and returns its report.

        An invalid document gives a report, not an exception (unless ``raise_on`` says
        otherwise): so does one that cannot be read (a missing file, a directory, text that is
        not UTF-8, a dict nested too deep or holding ``NaN``, a cycle or a lone surrogate), with
        a ``DOC-*`` finding saying why. Raises :class:`TypeError` only for an input of a type
        that is no document at all (a number, an arbitrary object).
        """
        kind, payload, source = _input_of(doc)
        if kind == "failed" and payload.code == "unsupported_type":
            _compact(doc)  # raises the json module's TypeError, naming the type
        report = Report._of_core(self._run(kind, payload), source)
        self._check(report)
        return report

    def _run(self, kind: str, payload: Any) -> _core.Report:
        if kind == "text":
            return self._inner.validate_str(payload)
        if kind == "bytes":
            return self._inner.validate_bytes(payload)
        if kind == "path":
            return self._inner.validate_path(payload)
        return self._inner.unreadable(payload.code, payload.path)

    def validate_many(self, docs: Iterable[Document]) -> Reports:
        """Validates many documents (any inputs :meth:`validate` accepts), in parallel and
        without holding the GIL; returns one report per document, in input order. An item that
        cannot be read or converted gets its own report (``DOC-*``) and costs the others
        nothing."""
        inputs = [_input_of(doc) for doc in docs]
        texts = [payload for kind, payload, _ in inputs if kind == "text"]
        parsed = iter(self._inner.validate_many(texts))
        cores = [next(parsed) if kind == "text" else self._run(kind, payload)
                 for kind, payload, _ in inputs]
        reports = Reports(
            Report._of_core(r, source) for r, (_, _, source) in zip(cores, inputs)
        )
        for r in reports:
            self._check(r)
        return reports

    def _check(self, report: Report) -> None:
        if self._raise_on is None:
            return
        failing = report.at_least(self._raise_on)
        if not failing:
            return
        first = failing[0]
        what = f"« {report.source} »" if report.source else "le document"
        pos = f" (ligne {first.line}, colonne {first.column})" if first.line is not None else ""
        message = (
            f"{what} : {len(failing)} constat(s) de gravité {self._raise_on} ou plus ; "
            f"premier : {first.code} {first.path or '/'}{pos} : {first.message}"
        )
        fatal = [d for d in failing if d.severity == "fatal"]
        if fatal:
            raise UnreadableDocumentError(
                message,
                report,
                failing,
                path=report.source,
                lineno=fatal[0].line,
                colno=fatal[0].column,
            )
        raise ValidationFailed(message, report, failing)

    def __reduce__(self) -> Tuple[Any, Tuple[Dict[str, Any]]]:
        if self._referentiel is not None:
            raise TypeError(
                "un Validator construit sur un Referentiel chargé ne se sérialise pas (pickle)"
            )
        return (Validator.from_options, (self.options,))

    def __repr__(self) -> str:
        extra = f" raise_on={self._raise_on}" if self._raise_on else ""
        return (
            f"<Validator as_of={self.as_of} lang={self.lang} "
            f"rules={len(self._inner.rule_codes())}{extra}>"
        )


def validate(doc: Document, **options: Any) -> Report:
    """Validates one document with a validator built from ``options`` (see :class:`Validator`)."""
    return Validator(**options).validate(doc)
