"""Exceptions of territoire_sante.

An invalid document is not an error: validation returns a :class:`~territoire_sante.Report`.
These exceptions are for misuse (an unknown option or rule, an unreadable file) and for the
``raise_on`` mode of :class:`~territoire_sante.Validator`.

Every exception carries its family ``code`` (the core's error code) and the reason in French.
The compiled core raises them itself (the classes are declared here, where each can also derive
from a built-in exception and pickle with its fields).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List, Optional, Tuple, Type

if TYPE_CHECKING:
    from ._report import Diagnostic, Report

__all__ = [
    "TerritoireSanteError",
    "OptionError",
    "UnknownRuleError",
    "UnknownKindError",
    "DocumentReadError",
    "ReferentielError",
    "AnalysisError",
    "ValidationFailed",
    "UnreadableDocumentError",
]


class TerritoireSanteError(Exception):
    """Base class of every exception raised by territoire_sante."""

    #: Family code of the core (``option``, ``unknown_rule``, ``read``…).
    code: str = "error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __reduce__(self) -> Tuple[Any, Tuple[Any, ...]]:
        # Subclasses take extra arguments: rebuild from the attributes, so that exceptions cross
        # process boundaries (multiprocessing, joblib) intact.
        return (_restore, (type(self), self.message, dict(self.__dict__)))


class OptionError(TerritoireSanteError, ValueError):
    """An option of the validator has a value the library does not understand."""

    code = "option"

    def __init__(self, message: str, option: str = "", reason: str = "") -> None:
        super().__init__(message)
        #: The option's name (``as_of``, ``limits.max_depth``…).
        self.option = option
        #: Why it is refused.
        self.reason = reason


class UnknownRuleError(TerritoireSanteError, LookupError):
    """A rule code, family or prefix that matches no rule."""

    code = "unknown_rule"

    def __init__(self, message: str, rule: str = "") -> None:
        super().__init__(message)
        #: The code as given.
        self.rule = rule


class UnknownKindError(TerritoireSanteError, LookupError):
    """A document kind (or schema name) that does not exist."""

    code = "unknown_kind"

    def __init__(self, message: str, kind: str = "") -> None:
        super().__init__(message)
        #: The kind as given.
        self.kind = kind


class ReferentielError(TerritoireSanteError):
    """Reference data that cannot be loaded or found."""

    code = "referentiel"

    def __init__(self, message: str, reason: str = "") -> None:
        super().__init__(message)
        self.reason = reason


class AnalysisError(TerritoireSanteError):
    """An analysis that cannot run on its input."""

    code = "analysis"

    def __init__(self, message: str, reason: str = "") -> None:
        super().__init__(message)
        self.reason = reason


class DocumentReadError(TerritoireSanteError):
    """A document could not be read.

    Raised when a file path cannot be read (missing, not UTF-8), and, in ``raise_on`` mode, when
    the text is not a readable document (see :class:`UnreadableDocumentError`). ``lineno`` and
    ``colno`` (1-based) locate the problem when it is known, as in :class:`json.JSONDecodeError`.
    """

    code = "read"

    def __init__(
        self,
        message: str,
        path: Optional[str] = None,
        reason: str = "",
        lineno: Optional[int] = None,
        colno: Optional[int] = None,
    ) -> None:
        super().__init__(message)
        #: The file, when the document came from one.
        self.path = path
        #: Why it could not be read.
        self.reason = reason
        #: Line (1-based) of the problem, when known.
        self.lineno = lineno
        #: Column (1-based, in characters) of the problem, when known.
        self.colno = colno


class ValidationFailed(TerritoireSanteError):
    """Raised in ``raise_on`` mode when a report has findings at or above the threshold.

    Its message lists every one of them (code, severity, place, message), in the validator's
    language; ``diagnostics`` holds them and ``report`` the whole report.
    """

    code = "validation_failed"

    def __init__(self, message: str, report: "Report", diagnostics: "List[Diagnostic]") -> None:
        super().__init__(message)
        #: The full report.
        self.report = report
        #: The findings at or above the threshold.
        self.diagnostics = diagnostics


class UnreadableDocumentError(DocumentReadError, ValidationFailed):
    """``raise_on`` mode, the text is not a readable document (a *fatal* finding).

    Both a :class:`DocumentReadError` (``lineno``, ``colno``, ``path``) and a
    :class:`ValidationFailed` (``report``).
    """

    code = "unreadable"

    def __init__(
        self,
        message: str,
        report: "Report",
        diagnostics: "List[Diagnostic]",
        path: Optional[str] = None,
        lineno: Optional[int] = None,
        colno: Optional[int] = None,
    ) -> None:
        # Both bases take different arguments: set their attributes here, once.
        TerritoireSanteError.__init__(self, message)
        self.path = path
        self.reason = message
        self.lineno = lineno
        self.colno = colno
        self.report = report
        self.diagnostics = diagnostics


def _restore(
    cls: Type[TerritoireSanteError], message: str, state: Dict[str, Any]
) -> TerritoireSanteError:
    exc = cls.__new__(cls, message)
    exc.args = (message,)
    exc.__dict__.update(state)
    return exc
