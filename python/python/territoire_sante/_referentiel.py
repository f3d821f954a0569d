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
from .errors import DocumentReadError, OptionError, ReferentielError

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

#: The text itself (``str`` or UTF-8 ``bytes``), or a file given as a path object
#: (``pathlib.Path``, any ``os.PathLike``). A ``str`` is always text, never a file name: a
#: mistyped name is then reported as unreadable data, not read from disk.
Source = Union[str, bytes, "os.PathLike[str]"]


def _read_source(source: Source, what: str, max_bytes: Optional[int]) -> str:
    """The text of ``source``, ``max_bytes`` at most (the core's default when ``None``): a
    ``str`` as given, ``bytes`` decoded as UTF-8, a path object read by the core, which stops at
    the limit. A source too large raises :class:`ReferentielError` naming the limit."""
    if isinstance(source, str):
        _core.Referentiel.check_size(what, len(source.encode("utf-8", "surrogatepass")), max_bytes)
        return source
    if isinstance(source, (bytes, bytearray, memoryview)):
        raw = bytes(source)
        _core.Referentiel.check_size(what, len(raw), max_bytes)
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError as e:
            reason = f"le texte n'est pas en UTF-8 (octet {e.start})"
            raise ReferentielError(f"{what} : {reason}", reason) from None
    if isinstance(source, os.PathLike):
        name = os.fspath(source)
        if isinstance(name, bytes):
            name = os.fsdecode(name)
        return _core.Referentiel.read_file(what, name, max_bytes)
    reason = f"un texte (str, bytes) ou un chemin (pathlib.Path) est attendu, pas {type(source).__name__}"
    raise OptionError(f"{what} : {reason}", "source", reason)


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
    def from_compact(cls, source: Source, *, max_bytes: Optional[int] = None) -> "Referentiel":
        """Reads the compact format (that of ``core/data/referentiel.tsv``): the text itself
        (``str``) or a file (``pathlib.Path``), of at most ``max_bytes`` (default 64 MiB)."""
        text = _read_source(source, "référentiel", max_bytes)
        return cls(_core.Referentiel.from_compact(text, max_bytes))

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

    def with_qpv_geojson(
        self, source: Source, nationale: bool = False, *, max_bytes: Optional[int] = None
    ) -> "Referentiel":
        """A copy with the QPV of an ANCT GeoJSON file (``pathlib.Path``) or text (``str``)
        added, of at most ``max_bytes`` (default 64 MiB). With ``nationale``, the list counts
        as complete for every département of its generation."""
        text = _read_source(source, "GeoJSON QPV", max_bytes)
        return Referentiel(self._inner.with_qpv_geojson(text, nationale))

    def with_qpv_contours(
        self, source: Source, *, max_bytes: Optional[int] = None
    ) -> "Referentiel":
        """A copy with the QPV contours of a GeoJSON file (path or text; features with
        ``properties.code_qp`` and a ``Polygon``/``MultiPolygon`` geometry in WGS84), for
        :meth:`qpv_at` and the maps (``couverture_quartiers(...).carte()``). The repository
        ships ``data/qpv2024/contours.geojson`` (the 1,584 QPV of 2024, ANCT, Licence Ouverte);
        the contours are not embedded (4.3 MB). At most ``max_bytes`` (default 64 MiB)."""
        text = _read_source(source, "contours QPV", max_bytes)
        return Referentiel(self._inner.with_qpv_contours(text))

    @property
    def contours(self) -> int:
        """How many QPV have a loaded contour (0 for the embedded référentiel)."""
        return int(self._inner.contours)

    def with_departement_contours(
        self, source: Source, *, max_bytes: Optional[int] = None
    ) -> "Referentiel":
        """A copy with département outlines from a GeoJSON file (path or text; features with the
        INSEE code in ``properties.code``, ``code_dep``, ``insee_dep`` or ``INSEE_DEP`` and a
        ``Polygon``/``MultiPolygon`` geometry in WGS84), drawn in grey under the quartiers of the
        maps. The repository ships ``data/departements/contours.geojson`` (IGN ADMIN EXPRESS
        COG 2018, Licence Ouverte, simplified: 366 KB); not embedded. An unknown code or a
        malformed geometry raises :class:`ReferentielError` naming the feature. At most
        ``max_bytes`` (default 64 MiB)."""
        text = _read_source(source, "contours des départements", max_bytes)
        return Referentiel(self._inner.with_departement_contours(text))

    @property
    def departement_contours(self) -> int:
        """How many départements have a loaded outline (0 for the embedded référentiel)."""
        return int(self._inner.departement_contours)

    def qpv_at(self, lon: float, lat: float) -> List[Dict[str, Any]]:
        """The QPV whose contour contains the point (WGS84 longitude, latitude), as
        :meth:`qpv` gives them; ``[]`` when none does or no contour is loaded. Coordinates out
        of range raise :class:`OptionError`."""
        return list(self._inner.qpv_at(float(lon), float(lat)))

    def with_qpv_population(
        self, source: Source, *, max_bytes: Optional[int] = None
    ) -> "Referentiel":
        """A copy with the municipal population of the QPV read from an INSEE file
        (``pop_QPV24``: ``pathlib.Path`` or the text as ``str``, ``;`` or ``,`` separated, code
        column ``CODGEO`` / ``CODE_QP``, population column ``POP_MUN``; at most ``max_bytes``,
        default 64 MiB). Until one is loaded, the 2024 QPV have no population (the ANCT list
        gives none)."""
        text = _read_source(source, "population des QPV", max_bytes)
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
