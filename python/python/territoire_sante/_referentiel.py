"""The référentiel: official geography (communes, EPCI, EPT, départements, régions), contrats de
ville and QPV, with their vintage. Lookups are the core's; this module converts values.

Conventions: a lookup of an unknown code returns ``None``; misuse (an unknown kind of lookup,
a file that cannot be read or parsed) raises an exception: :class:`OptionError` for a bad
argument, :class:`ReferentielError` for data that cannot be loaded.
"""

from __future__ import annotations

import os
from typing import Any, Dict, List, Optional, Union

from . import _core
from .errors import DocumentReadError, ReferentielError

__all__ = [
    "Referentiel",
    "cherche",
    "commune",
    "contrat_de_ville",
    "departement",
    "epci",
    "ept",
    "membres",
    "qpv",
    "qpv_de_commune",
    "referentiel_info",
    "region",
    "territoire_de",
]

#: A file path, or the text itself.
Source = Union[str, bytes, "os.PathLike[str]"]


def _read_source(source: Source, what: str) -> str:
    """The text of ``source``: text as given (a ``str`` spanning several lines or containing
    a tab), else the content of the file it names."""
    if isinstance(source, bytes):
        try:
            return source.decode("utf-8")
        except UnicodeDecodeError as e:
            raise ReferentielError(f"{what} : le texte n'est pas en UTF-8 ({e})", str(e)) from None
    if isinstance(source, str) and ("\n" in source or "\t" in source):
        return source
    name = os.fspath(source)
    try:
        with open(name, encoding="utf-8") as f:
            return f.read()
    except (OSError, UnicodeDecodeError) as e:
        reason = getattr(e, "strerror", None) or str(e)
        raise ReferentielError(f"lecture impossible de « {name} » : {reason}", reason) from None


class Referentiel:
    """Reference data of one vintage, immutable and shareable across threads.

    ``Referentiel.embedded()`` is the one compiled into the library (COG 2026, the contrats de
    ville of 2015, a sample of QPV); the other constructors load another vintage at run time.
    A référentiel can be passed to :class:`~territoire_sante.Validator` and to
    :func:`~territoire_sante.couverture`.
    """

    __slots__ = ("_inner",)

    def __init__(self, inner: _core.Referentiel) -> None:
        self._inner = inner

    @classmethod
    def embedded(cls) -> "Referentiel":
        """The embedded référentiel; :class:`ReferentielError` if the library has none."""
        inner = _core.Referentiel.embedded()
        if inner is None:
            reason = "aucun référentiel embarqué dans cette version"
            raise ReferentielError(reason + " : chargez-en un (from_compact, from_cog_dir)", reason)
        return cls(inner)

    @classmethod
    def from_compact(cls, source: Source) -> "Referentiel":
        """Reads the compact format (that of ``core/data/referentiel.tsv``): a path, or the
        text itself."""
        return cls(_core.Referentiel.from_compact(_read_source(source, "référentiel")))

    @classmethod
    def from_cog_dir(
        cls, path: "Union[str, os.PathLike[str]]", vintage: str, vintage_date: Optional[str] = None
    ) -> "Referentiel":
        """Reads the ``data/`` folder of the npm package ``@etalab/decoupage-administratif``
        (any version). ``vintage`` labels it (``"COG 2025"``), ``vintage_date`` is its first
        day. It has no contrats de ville nor QPV: see :meth:`with_quartiers_from` and
        :meth:`with_qpv_geojson`."""
        try:
            return cls(_core.Referentiel.from_cog_dir(os.fspath(path), vintage, vintage_date))
        except DocumentReadError as e:
            raise ReferentielError(e.message, e.reason) from None

    def with_qpv_geojson(self, source: Source, nationale: bool = False) -> "Referentiel":
        """A copy with the QPV of an ANCT GeoJSON file (path or text) added. With
        ``nationale``, the list counts as complete for every département of its generation."""
        text = _read_source(source, "GeoJSON QPV")
        return Referentiel(self._inner.with_qpv_geojson(text, nationale))

    def with_qpv_population(self, source: Source) -> "Referentiel":
        """A copy with the municipal population of the QPV read from an INSEE file
        (``pop_QPV24``: path or text, ``;`` or ``,`` separated, code column ``CODGEO`` /
        ``CODE_QP``, population column ``POP_MUN``). Until one is loaded, the 2024 QPV have no
        population (the ANCT list gives none)."""
        text = _read_source(source, "population des QPV")
        return Referentiel(self._inner.with_qpv_population(text))

    def with_quartiers_from(self, other: "Referentiel") -> "Referentiel":
        """A copy with the contrats de ville and QPV of ``other`` (e.g. the embedded ones after
        loading another vintage of the geography)."""
        return Referentiel(self._inner.with_quartiers_from(other._inner))

    @property
    def vintage(self) -> str:
        """Vintage label (``COG 2026``)."""
        return self._inner.vintage

    def info(self) -> Dict[str, Any]:
        """Vintage, provenance, licence, QPV coverage and counts."""
        return self._inner.info()

    def lookup(self, kind: str, code: str) -> Optional[Dict[str, Any]]:
        """``code`` looked up as ``kind`` (``commune``, ``epci``, ``ept``, ``departement``,
        ``region``, ``qpv``, ``contrat_de_ville``) with its relations; ``None`` when unknown.
        An unknown ``kind`` raises :class:`OptionError`."""
        return self._inner.lookup(kind, code)  # type: ignore[no-any-return]

    def commune(self, code: str) -> Optional[Dict[str, Any]]:
        """A commune by INSEE code, with its EPCI, EPT, département, région and QPV."""
        return self.lookup("commune", code)

    def epci(self, siren: str) -> Optional[Dict[str, Any]]:
        """An EPCI by SIREN, with its member communes and QPV."""
        return self.lookup("epci", siren)

    def ept(self, siren: str) -> Optional[Dict[str, Any]]:
        """An établissement public territorial (Grand Paris) by SIREN, with its members."""
        return self.lookup("ept", siren)

    def departement(self, code: str) -> Optional[Dict[str, Any]]:
        """A département, with its région and number of communes."""
        return self.lookup("departement", code)

    def region(self, code: str) -> Optional[Dict[str, Any]]:
        """A région, with its départements."""
        return self.lookup("region", code)

    def qpv(self, code: str) -> Optional[Dict[str, Any]]:
        """A quartier prioritaire (``QP059001``, ``QN…``), with its communes."""
        return self.lookup("qpv", code)

    def contrat_de_ville(self, code: str) -> Optional[Dict[str, Any]]:
        """A contrat de ville of 2015 (Ci.Ville identifier)."""
        return self.lookup("contrat_de_ville", code)

    def membres(self, siren: str) -> Optional[List[Dict[str, Any]]]:
        """Member communes (code, nom, population) of an EPCI or EPT; ``None`` when unknown."""
        found = self.epci(siren) or self.ept(siren)
        return None if found is None else list(found["membres"])

    def qpv_de_commune(self, code: str) -> Optional[List[Dict[str, Any]]]:
        """QPV of a commune known to this référentiel (its QPV list may be partial: see
        ``info()["couverture_qpv"]``); ``None`` for an unknown commune."""
        found = self.commune(code)
        return None if found is None else list(found["qpv"])

    def territoire_de(self, code: str) -> Optional[Dict[str, Any]]:
        """The chain of a commune: ``{"commune", "epci", "ept", "departement", "region"}``
        (code and name each); ``None`` for an unknown commune."""
        c = self.commune(code)
        if c is None:
            return None
        return {
            "commune": {"code": c["code"], "nom": c["nom"]},
            "epci": c.get("epci_detail"),
            "ept": c.get("ept"),
            "departement": c.get("departement_detail"),
            "region": c.get("region_detail"),
        }

    def cherche(self, query: str, limit: int = 10) -> List[Dict[str, Any]]:
        """Search by name, case- and accent-insensitive (exact, then prefix, then contains):
        communes, EPCI, EPT, départements, régions, QPV."""
        if limit < 0:
            raise ValueError("limit doit être positif")
        return self._inner.search(query, limit)

    def __reduce__(self) -> Any:
        raise TypeError("un Referentiel ne se sérialise pas (pickle) : rechargez-le")

    def __repr__(self) -> str:
        counts = self.info().get("comptes", {})
        return (
            f"<Referentiel {self.vintage} communes={counts.get('communes')} "
            f"epci={counts.get('epci')} qpv={counts.get('qpv')}>"
        )


def _default() -> Referentiel:
    return Referentiel.embedded()


def referentiel_info() -> Dict[str, Any]:
    """Vintage, provenance, licence and counts of the embedded référentiel."""
    return _default().info()


def commune(code: str) -> Optional[Dict[str, Any]]:
    """A commune of the embedded référentiel (see :meth:`Referentiel.commune`)."""
    return _default().commune(code)


def epci(siren: str) -> Optional[Dict[str, Any]]:
    """An EPCI of the embedded référentiel (see :meth:`Referentiel.epci`)."""
    return _default().epci(siren)


def ept(siren: str) -> Optional[Dict[str, Any]]:
    """An EPT of the embedded référentiel."""
    return _default().ept(siren)


def departement(code: str) -> Optional[Dict[str, Any]]:
    """A département of the embedded référentiel."""
    return _default().departement(code)


def region(code: str) -> Optional[Dict[str, Any]]:
    """A région of the embedded référentiel."""
    return _default().region(code)


def qpv(code: str) -> Optional[Dict[str, Any]]:
    """A QPV of the embedded référentiel."""
    return _default().qpv(code)


def contrat_de_ville(code: str) -> Optional[Dict[str, Any]]:
    """A contrat de ville of 2015 of the embedded référentiel."""
    return _default().contrat_de_ville(code)


def membres(siren: str) -> Optional[List[Dict[str, Any]]]:
    """Member communes of an EPCI or EPT of the embedded référentiel."""
    return _default().membres(siren)


def qpv_de_commune(code: str) -> Optional[List[Dict[str, Any]]]:
    """QPV of a commune in the embedded référentiel."""
    return _default().qpv_de_commune(code)


def territoire_de(code: str) -> Optional[Dict[str, Any]]:
    """Commune → EPCI → département → région in the embedded référentiel."""
    return _default().territoire_de(code)


def cherche(query: str, limit: int = 10) -> List[Dict[str, Any]]:
    """Name search in the embedded référentiel (case- and accent-insensitive)."""
    return _default().cherche(query, limit)
