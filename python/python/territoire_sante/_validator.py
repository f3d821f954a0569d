"""The validator: Python inputs handed to the core as they are, the core's reports back."""

from __future__ import annotations

import datetime as _dt
import json
import os
import warnings
from typing import IO, Any, Callable, Dict, Iterable, List, Mapping, Optional, Tuple, Union

from . import _core
from ._referentiel import Referentiel
from ._report import Report, Reports
from .errors import OptionError, UnreadableDocumentError, ValidationFailed

__all__ = ["Validator", "Document", "dumps", "validate"]

#: What :meth:`Validator.validate` accepts: a dict or list (a value built by a program: findings
#: carry JSON Pointers, no line or column), JSON text (``str``, or UTF-8 ``bytes``: lines and
#: columns), a file path (``os.PathLike``, e.g. :class:`pathlib.Path`) or an open file. A ``str``
#: is always JSON text, never a path: wrap a path in :class:`pathlib.Path`, so that nothing of a
#: file is ever taken for a document by mistake.
Document = Union[Mapping[str, Any], List[Any], str, bytes, bytearray, "os.PathLike[str]", IO[Any]]

_SEVERITIES = ("fatal", "error", "warning", "information")


def dumps(doc: Any) -> str:
    """JSON text of a dict or list, two-space indent, keys sorted (dates written as ISO text,
    tuples and sets as lists, numpy scalars as numbers): what to save a document built in
    Python as, so that a report on the saved file locates its findings by line and column."""
    return json.dumps(json.loads(_core.document_text(doc)), ensure_ascii=False, indent=2,
                      sort_keys=True)


def _opened(doc: Any) -> Tuple[Any, Optional[str]]:
    """(what the core reads, file name) for an input: an open file is read here (its name
    kept), a path keeps its name, anything else is handed over as it is."""
    if isinstance(doc, os.PathLike):
        name = os.fspath(doc)
        return doc, name if isinstance(name, str) else os.fsdecode(name)
    if isinstance(doc, (str, bytes, bytearray, dict, list, tuple)):
        return doc, None
    read = getattr(doc, "read", None)
    if callable(read) and not isinstance(doc, Mapping):
        name = getattr(doc, "name", None)
        return read(), name if isinstance(name, str) else None
    return doc, None


def _hint(doc: Any, report: "Report") -> None:
    # A str is JSON text; one that fails to read and names an existing file was meant as a path.
    if (
        isinstance(doc, str)
        and report.has("DOC-001")
        and len(doc) < 4096
        and "\n" not in doc
        and not doc.lstrip().startswith(("{", "["))
    ):
        try:
            exists = os.path.exists(doc)
        except (OSError, ValueError):
            exists = False
        if exists or doc.endswith(".json"):
            warnings.warn(
                "un str est lu comme texte JSON, jamais comme chemin : pour valider le fichier "
                f"« {doc} », passez pathlib.Path({doc!r})",
                UserWarning,
                stacklevel=3,
            )


def _text_of(doc: Any) -> Tuple[str, Optional[str]]:
    """(JSON text, source path or None) for any input, for the analyses; a file is read by the
    core within the limits; what cannot be read raises :class:`DocumentReadError`."""
    payload, source = _opened(doc)
    return _core.document_text(payload), source


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
        self._referentiel = referentiel
        self._inner = _core.Validator(options, None if referentiel is None else referentiel._inner)
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
        self._inner = _core.Validator(opts, None if referentiel is None else referentiel._inner)
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

        A dict or list is validated as the value it is: its findings carry JSON Pointers and no
        line or column (there is no text to point into). JSON text (``str``, ``bytes``, a file)
        gets lines and columns too. An invalid document gives a report, not an exception
        (unless ``raise_on`` says otherwise): so does one that cannot be read (a missing file, a
        directory, text that is not UTF-8, a dict nested too deep or holding ``NaN``, a cycle or
        a lone surrogate), with a ``DOC-*`` finding saying why. Raises :class:`TypeError` only
        for an input of a type that is no document at all (a number, an arbitrary object).
        """
        payload, source = _opened(doc)
        report = Report._of_core(self._inner.validate(payload), source)
        _hint(payload, report)
        self._check(report)
        return report

    def validate_many(
        self,
        docs: Iterable[Document],
        progress: Union[bool, Callable[[int, int], Any], None] = None,
    ) -> Reports:
        """Validates many documents (any inputs :meth:`validate` accepts), in parallel and
        without holding the GIL; returns one report per document, in input order. An item that
        cannot be read or converted gets its own report (``DOC-*``) and costs the others
        nothing.

        ``progress``: ``True`` shows a tqdm bar when tqdm is installed; a callable is called
        with ``(done, total)`` as the batch goes.
        """
        opened = [_opened(doc) for doc in docs]
        callback = _progress(progress, len(opened))
        try:
            cores = self._inner.validate_many([p for p, _ in opened], callback)
        finally:
            close = getattr(callback, "close", None)
            if callable(close):
                close()
        reports = Reports(Report._of_core(r, source) for r, (_, source) in zip(cores, opened))
        if self._raise_on is not None:
            for r in reports:
                self._check(r)
        return reports

    def _check(self, report: Report) -> None:
        if self._raise_on is None:
            return
        failing = report.at_least(self._raise_on)
        if not failing:
            return
        message = report._failure_message(self._raise_on)
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


class _Tqdm:
    """A tqdm bar fed with ``(done, total)`` calls."""

    def __init__(self, total: int) -> None:
        import importlib

        self._bar = importlib.import_module("tqdm.auto").tqdm(total=total, unit="doc")
        self._done = 0

    def __call__(self, done: int, total: int) -> None:
        self._bar.update(done - self._done)
        self._done = done

    def close(self) -> None:
        self._bar.close()


def _progress(
    progress: Union[bool, Callable[[int, int], Any], None], total: int
) -> Optional[Callable[[int, int], Any]]:
    if progress is None or progress is False:
        return None
    if progress is True:
        try:
            return _Tqdm(total)
        except ImportError:
            warnings.warn("tqdm n'est pas installé : pip install tqdm", UserWarning, stacklevel=3)
            return None
    if callable(progress):
        return progress
    raise TypeError("progress : True, False, None ou une fonction (done, total)")


def validate(doc: Document, **options: Any) -> Report:
    """Validates one document with a validator built from ``options`` (see :class:`Validator`)."""
    return Validator(**options).validate(doc)
