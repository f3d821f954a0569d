"""Portfolio analyses (coverage, articulation, opportunity) and the portfolio generator.

Every computation is the core's; these classes hold its JSON output and give DataFrame and CSV
views of it.
"""

from __future__ import annotations

import datetime as _dt
import json
import math
import os
import warnings
from typing import Any, Callable, Dict, List, Optional, Tuple, Union

from . import _core
from ._pandas import require_pandas
from ._referentiel import Referentiel, Source
from ._validator import Document, _text_of
from .errors import AnalysisError

__all__ = [
    "Articulation",
    "AvisOpportunite",
    "Carte",
    "Couverture",
    "CouvertureQuartiers",
    "articulation",
    "couverture",
    "couverture_quartiers",
    "generer_portefeuille",
    "opportunite",
    "opportunites",
]

def _deprecated(old: str, new: str) -> None:
    warnings.warn(
        f"{old} est renommé {new} ; l'ancien nom disparaîtra à la prochaine version",
        DeprecationWarning,
        stacklevel=3,
    )


#: The instrument columns of coverage and articulation rows, in order.
DISPOSITIFS = ("cls", "contrat_de_ville", "asv", "clsm", "cts")


def _date(d: Union[str, _dt.date, None]) -> Optional[str]:
    if isinstance(d, _dt.datetime):
        d = d.date()
    if isinstance(d, _dt.date):
        return d.isoformat()
    return d


def _options(
    as_of: Union[str, _dt.date, None], lang: str, territoire: Optional[str], **extra: Any
) -> Dict[str, Any]:
    o: Dict[str, Any] = {"lang": lang}
    date = _date(as_of)
    if date is not None:
        o["as_of"] = date
    if territoire is not None:
        o["territoire"] = territoire
    o.update({k: v for k, v in extra.items() if v})
    return o


class _Run:
    """An analysis call kept for its CSV twin (same input, same options)."""

    __slots__ = ("_text", "_options", "_referentiel")

    def __init__(
        self, text: str, options: Dict[str, Any], referentiel: Optional[Referentiel]
    ) -> None:
        self._text = text
        self._options = options
        self._referentiel = referentiel

    def call(self, analysis: Callable[..., Any], **extra: Any) -> Any:
        return self.call_with(self._referentiel, analysis, **extra)

    def call_with(
        self, referentiel: Optional[Referentiel], analysis: Callable[..., Any], **extra: Any
    ) -> Any:
        options = dict(self._options, **extra)
        inner = None if referentiel is None else referentiel._inner
        return analysis(self._text, options, inner)


def _run(
    doc: Document, options: Dict[str, Any], referentiel: Optional[Referentiel] = None
) -> _Run:
    text, _ = _text_of(doc)
    return _Run(text, options, referentiel)


def _flat_instruments(row: Dict[str, Any], lists: Tuple[str, ...] = ()) -> Dict[str, Any]:
    # Identifiers joined, so that a cell is a string (as in the CSV) and columns compare simply.
    out = dict(row)
    for k in (*DISPOSITIFS, *lists):
        if k in out:
            out[k] = ", ".join(out[k])
    if "qpv" in out and isinstance(out["qpv"], list):
        out["qpv"] = ", ".join(out["qpv"])
    return out


def _rows_frame(
    rows: List[Dict[str, Any]], columns: List[str], lists: Tuple[str, ...] = ()
) -> Any:
    """One row per commune or QPV, list cells joined (the instruments and ``lists``), indexed
    by the first column: the table of :class:`Couverture` and of :class:`CouvertureQuartiers`."""
    pd = require_pandas()
    df = pd.DataFrame([_flat_instruments(r, lists) for r in rows], columns=columns)
    return df.set_index(columns[0])


def _resume_frame(
    rows: List[Dict[str, Any]], index: str, per_kind: Callable[[Dict[str, Any], str], Dict[str, Any]]
) -> Any:
    """One row per summary (département, région, total), ``par_dispositif`` spread into the
    columns ``per_kind`` names, indexed by ``index``: the summaries of both coverages."""
    pd = require_pandas()
    out = []
    for r in rows:
        flat = {k: v for k, v in r.items() if k != "par_dispositif"}
        for kind in DISPOSITIFS:
            flat.update(per_kind(r.get("par_dispositif", {}), kind))
        out.append(flat)
    df = pd.DataFrame(out)
    return df if df.empty else df.set_index(index)


class Couverture:
    """Coverage of a territory by a portfolio: one row per commune, a summary per département
    and a total. A commune is covered when a CLS, ASV or CLSM is in force on it."""

    __slots__ = ("data", "_run")

    def __init__(self, data: Dict[str, Any], run: _Run) -> None:
        #: The core's output, as parsed JSON.
        self.data = data
        self._run = run

    @property
    def as_of(self) -> str:
        """Date of the analysis."""
        return str(self.data["as_of"])

    @property
    def territoire(self) -> str:
        """The territory analysed (``dep:59``…, ``portefeuille`` when none was given)."""
        return str(self.data["territoire"])

    @property
    def referentiel(self) -> str:
        """Vintage of the référentiel used."""
        return str(self.data["referentiel"])

    @property
    def rows(self) -> List[Dict[str, Any]]:
        """One dict per commune, in code order."""
        return list(self.data["communes"])

    @property
    def departements(self) -> List[Dict[str, Any]]:
        """One summary dict per département, in code order."""
        return list(self.data["departements"])

    @property
    def total(self) -> Dict[str, Any]:
        """Summary of the whole territory."""
        return dict(self.data["total"])

    @property
    def non_localises(self) -> List[str]:
        """Instruments in force whose territory the référentiel cannot place."""
        return list(self.data["non_localises"])

    def to_pandas(self) -> Any:
        """One row per commune (index: INSEE code); instrument columns hold the identifiers
        joined by ``", "`` (empty when none)."""
        cols = ["commune", "nom", "departement", "epci", "population", "qpv", *DISPOSITIFS,
                "couverte"]
        return _rows_frame(self.data["communes"], cols)

    def summary_pandas(self, total: bool = False) -> Any:
        """Deprecated name of :meth:`resume_pandas` (kept for one release)."""
        _deprecated("Couverture.summary_pandas", "Couverture.resume_pandas")
        return self.resume_pandas(total)

    def resume_pandas(self, total: bool = False) -> Any:
        """One row per département (index: code; with ``total``, a last row ``total``):
        communes, population, covered, white zones, coverage rate in %, and for each kind of
        instrument ``<kind>_communes`` and ``<kind>_population``."""
        rows = []
        for r in [*self.data["departements"], *([self.data["total"]] if total else [])]:
            pop = r["population"]
            rate = 100.0 * r["population_couverte"] / pop if pop else 0.0
            rows.append(dict(r, taux_population_couverte=rate))

        def per_kind(par: Dict[str, Any], kind: str) -> Dict[str, Any]:
            c = par.get(kind, {"communes": 0, "population": 0})
            return {f"{kind}_communes": c["communes"], f"{kind}_population": c["population"]}

        return _resume_frame(rows, "departement", per_kind)

    def to_csv(self, resume: bool = False) -> str:
        """The core's CSV (RFC 4180): rows per commune, or the summary per département."""
        return str(self._run.call(_core.couverture_csv, resume=resume))

    def __repr__(self) -> str:
        t = self.data["total"]
        return (
            f"<Couverture {self.territoire} au {self.as_of} : {t['communes']} communes, "
            f"{t['communes_couvertes']} couvertes, {t['zones_blanches']} en zone blanche>"
        )


class CouvertureQuartiers:
    """Coverage of the quartiers prioritaires (QPV of the lists in force at ``as_of``) by a
    portfolio: one row per QPV, counts per département, per région and in total. A QPV is
    covered when a CLS, ASV, CLSM or the volet santé of a contrat de ville is in force on it;
    otherwise it is a white zone."""

    __slots__ = ("data", "_run")

    def __init__(self, data: Dict[str, Any], run: _Run) -> None:
        #: The core's output, as parsed JSON.
        self.data = data
        self._run = run

    @property
    def as_of(self) -> str:
        """Date of the analysis."""
        return str(self.data["as_of"])

    @property
    def territoire(self) -> str:
        """The territory analysed (``fr`` when national)."""
        return str(self.data["territoire"])

    @property
    def note(self) -> Optional[str]:
        """Said when some QPV have no population (load the INSEE file to fill it)."""
        n = self.data.get("note")
        return None if n is None else str(n)

    @property
    def rows(self) -> List[Dict[str, Any]]:
        """One dict per QPV, in code order."""
        return list(self.data["quartiers"])

    @property
    def total(self) -> Dict[str, Any]:
        """Counts for the whole territory."""
        return dict(self.data["total"])

    def zones_blanches(self) -> List[Dict[str, Any]]:
        """The QPV without a CLS, ASV, CLSM or volet santé in force."""
        return [q for q in self.data["quartiers"] if not q["couvert"]]

    def to_pandas(self) -> Any:
        """One row per QPV (index: code); list cells joined by ``", "``; ``population`` is
        empty (``<NA>``) until a population file is loaded."""
        cols = ["qpv", "nom", "liste", "communes", "epci", "departement", "region",
                "population", *DISPOSITIFS, "volet_sante", "couvert"]
        df = _rows_frame(self.data["quartiers"], cols, ("communes", "epci", "volet_sante"))
        df["population"] = df["population"].astype("Int64")
        return df

    def summary_pandas(self, niveau: str = "departement") -> Any:
        """Deprecated name of :meth:`resume_pandas` (kept for one release)."""
        _deprecated("CouvertureQuartiers.summary_pandas", "CouvertureQuartiers.resume_pandas")
        return self.resume_pandas(niveau)

    def resume_pandas(self, niveau: str = "departement") -> Any:
        """Counts per ``departement`` or ``region`` (index: code): QPV, covered, white zones,
        population (of the QPV whose population is known) and ``qpv_<kind>`` per instrument."""
        if niveau not in ("departement", "region"):
            raise ValueError("niveau : « departement » ou « region »")
        rows = self.data["departements" if niveau == "departement" else "regions"]
        return _resume_frame(
            rows, "code", lambda par, kind: {f"qpv_{kind}": par.get(kind, 0)}
        )

    def to_csv(self, resume: bool = False) -> str:
        """The core's CSV (RFC 4180): rows per QPV, or the counts per département, région and
        in total."""
        return str(self._run.call(_core.couverture_quartiers_csv, resume=resume))

    def carte(
        self, contours: Optional[Source] = None, departements: Optional[Source] = None
    ) -> "Carte":
        """The map of these quartiers coloured by coverage (see :class:`Carte`), drawn by the
        core. The QPV contours are an optional asset: give ``contours`` (a path or the GeoJSON
        text: ``data/qpv2024/contours.geojson`` of the repository, or the ANCT's file), or
        analyse with a référentiel that holds them (:meth:`Referentiel.with_qpv_contours`).
        ``departements`` (``data/departements/contours.geojson``) adds the département
        outlines under the quartiers (:meth:`Referentiel.with_departement_contours`).
        Raises :class:`ReferentielError` when no quartier of the map has a contour."""
        ref = self._run._referentiel
        if contours is not None:
            ref = (ref or Referentiel.embedded()).with_qpv_contours(contours)
        if departements is not None:
            ref = (ref or Referentiel.embedded()).with_departement_contours(departements)
        return Carte(self._run, ref)

    def __repr__(self) -> str:
        t = self.data["total"]
        return (
            f"<CouvertureQuartiers {self.territoire} au {self.as_of} : {t['qpv']} QPV, "
            f"{t['couverts']} couverts, {t['zones_blanches']} en zone blanche>"
        )


class Carte:
    """A map of the coverage per quartier: the core's SVG (shown inline by Jupyter through
    ``_repr_svg_``) and, on demand, its GeoJSON (RFC 7946, which QGIS and uMap open)."""

    __slots__ = ("svg", "_run", "_referentiel")

    def __init__(self, run: _Run, referentiel: Optional[Referentiel]) -> None:
        self._run = run
        self._referentiel = referentiel
        #: The SVG document (text).
        self.svg: str = str(run.call_with(referentiel, _core.carte_quartiers_svg))

    def geojson(self) -> Dict[str, Any]:
        """The GeoJSON ``FeatureCollection``: one feature per quartier (status ``couvert`` or
        ``zone_blanche``, instruments, colours), ``null`` geometry where no contour is loaded."""
        text = self._run.call_with(self._referentiel, _core.carte_quartiers_geojson)
        return json.loads(text)  # type: ignore[no-any-return]

    def save(self, path: "Union[str, os.PathLike[str]]") -> None:
        """Writes the SVG (``.svg``) or the GeoJSON (``.geojson``, ``.json``)."""
        name = os.fspath(path)
        if name.endswith(".svg"):
            text = self.svg
        elif name.endswith((".geojson", ".json")):
            text = self._run.call_with(self._referentiel, _core.carte_quartiers_geojson)
        else:
            raise ValueError("extension .svg, .geojson ou .json attendue")
        with open(name, "w", encoding="utf-8") as f:
            f.write(text)

    def matplotlib(self, ax: Any = None) -> Any:
        """Draws the same map on a matplotlib ``Axes`` (a new figure's when ``ax`` is None) and
        returns it, for figures of your own (several territories side by side, your layers).

        What is drawn is the core's GeoJSON (:meth:`geojson`), colours included: the
        département outlines when loaded, then each quartier with a contour, filled by its
        status; a legend with the counts and the outlines' credit. Needs matplotlib (extra
        ``plot``)."""
        try:
            from matplotlib.patches import Patch, PathPatch
            from matplotlib.path import Path as MplPath
        except ImportError as e:  # pragma: no cover - depends on the environment
            raise ImportError(
                "matplotlib est nécessaire pour Carte.matplotlib : pip install territoire-sante[plot]"
            ) from e
        if ax is None:
            import matplotlib.pyplot as plt

            _, ax = plt.subplots(figsize=(8, 8))
        g = self.geojson()
        lats: List[float] = []
        for f in g["features"]:
            geom = f.get("geometry")
            if not geom:
                continue
            polys = geom["coordinates"]
            if geom["type"] == "Polygon":
                polys = [polys]
            verts: List[Tuple[float, float]] = []
            codes: List[int] = []
            for poly in polys:
                for ring in poly:
                    pts = [(float(x), float(y)) for x, y in ring]
                    verts.extend(pts)
                    codes.extend(
                        [int(MplPath.MOVETO)]
                        + [int(MplPath.LINETO)] * (len(pts) - 2)
                        + [int(MplPath.CLOSEPOLY)]
                    )
                    lats.extend(y for _, y in pts)
            p = f["properties"]
            outline = p.get("couche") == "departement"
            ax.add_patch(
                PathPatch(
                    MplPath(verts, codes),
                    facecolor="none" if outline else p["fill"],
                    alpha=None if outline else p["fill-opacity"],
                    edgecolor=p["stroke"],
                    linewidth=p.get("stroke-width", 0.5),
                    zorder=1 if outline else 2,
                    label=p.get("nom", ""),
                )
            )
        ax.autoscale_view()
        if lats:
            # Equirectangular, as the SVG: a degree of longitude shortened by the latitude.
            mid = (min(lats) + max(lats)) / 2
            ax.set_aspect(1 / math.cos(math.radians(mid)))
        c = g["couverture"]
        ax.set_title(f"Quartiers prioritaires {c['territoire']} au {c['as_of']}")
        # The legend's colours are the features' own (the core's), for the statuses present.
        fills = {
            f["properties"]["statut"]: f["properties"]["fill"]
            for f in g["features"]
            if "statut" in f["properties"]
        }
        labels = {
            "couvert": f"couverts ({c['couverts']})",
            "zone_blanche": f"zones blanches ({c['zones_blanches']})",
        }
        ax.legend(
            handles=[Patch(color=fills[k], label=v) for k, v in labels.items() if k in fills],
            loc="lower left",
        )
        ax.set_axis_off()
        if "attribution" in g:
            ax.annotate(
                g["attribution"], (1, 0), xycoords="axes fraction", ha="right", va="top",
                fontsize=6, color="#555555",
            )
        return ax

    def _repr_svg_(self) -> str:
        return self.svg

    def __repr__(self) -> str:
        return f"<Carte {len(self.svg)} caractères SVG>"


class Articulation:
    """The articulation matrix: one row per commune then per QPV, instruments in force, the
    cross-document findings attached and the signals read from the matrix."""

    __slots__ = ("data", "_run")

    def __init__(self, data: Dict[str, Any], run: _Run) -> None:
        #: The core's output, as parsed JSON.
        self.data = data
        self._run = run

    @property
    def as_of(self) -> str:
        """Date of the analysis."""
        return str(self.data["as_of"])

    @property
    def rows(self) -> List[Dict[str, Any]]:
        """The rows (communes in code order, then QPV)."""
        return list(self.data["lignes"])

    @property
    def incoherences(self) -> List[Dict[str, Any]]:
        """The findings attached (code, severity, document, path, message), in report order."""
        return list(self.data["incoherences"])

    def to_pandas(self) -> Any:
        """One row per commune or QPV; instrument columns hold identifiers joined by ``", "``,
        ``incoherences`` the rule codes of the findings attached, ``signaux`` the signals."""
        pd = require_pandas()
        inc = self.data["incoherences"]
        rows = []
        for r in self.data["lignes"]:
            flat = _flat_instruments(r)
            flat["incoherences"] = ", ".join(
                sorted({inc[i]["code"] for i in r["incoherences"] if 0 <= i < len(inc)})
            )
            flat["signaux"] = ", ".join(r["signaux"])
            rows.append(flat)
        cols = ["niveau", "code", "nom", "departement", *DISPOSITIFS, "incoherences", "signaux"]
        return pd.DataFrame(rows, columns=cols)

    def incoherences_pandas(self) -> Any:
        """The findings attached, one row each."""
        pd = require_pandas()
        cols = ["code", "severity", "document", "path", "message"]
        return pd.DataFrame(self.data["incoherences"], columns=cols)

    def to_csv(self) -> str:
        """The core's CSV (RFC 4180) of the matrix."""
        return str(self._run.call(_core.articulation_csv))

    def __repr__(self) -> str:
        return (
            f"<Articulation {self.data['territoire']} au {self.as_of} : "
            f"{len(self.data['lignes'])} lignes, {len(self.data['incoherences'])} incohérences>"
        )


class AvisOpportunite(Dict[str, Any]):
    """The opportunity assessment of an accompaniment process: a dict (``recommandation``,
    ``score``, ``motif``, ``raisons``, ``condition``/``suivi``, ``facteurs``…) with a DataFrame
    view of the factors."""

    @property
    def recommandation(self) -> str:
        """``maintien``, ``report`` or ``annulation``."""
        return str(self["recommandation"])

    @property
    def raisons(self) -> List[str]:
        """The reasons, determining factors first."""
        return list(self["raisons"])

    @property
    def score(self) -> float:
        """The weighted score of the factors informed."""
        return float(self["score"])

    @property
    def motif(self) -> Optional[str]:
        """The main reason, in one sentence."""
        v = self.get("motif")
        return None if v is None else str(v)

    @property
    def facteurs(self) -> List[Dict[str, Any]]:
        """The factors informed, one dict each."""
        return list(self.get("facteurs", []))

    def __getattr__(self, name: str) -> Any:
        # Every key of the assessment reads as an attribute too (``avis.condition``).
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name) from None

    def to_pandas(self) -> Any:
        """One row per factor informed: factor, label, effect, weight, contribution,
        determining, what was observed."""
        pd = require_pandas()
        cols = ["facteur", "libelle", "effet", "poids", "contribution", "determinant", "constat"]
        return pd.DataFrame(self["facteurs"], columns=cols).set_index("facteur")


def couverture(
    portefeuille: Document,
    territoire: Optional[str] = None,
    as_of: Union[str, _dt.date, None] = None,
    lang: str = "fr",
    referentiel: Optional[Referentiel] = None,
) -> Couverture:
    """Coverage of ``territoire`` (``fr``, ``dep:59``, ``reg:32``, ``epci:200093201``,
    ``ept:…``, ``communes:59350,59009``; default: every commune the portfolio covers) by the
    instruments of ``portefeuille`` in force at ``as_of`` (default today).

    ``portefeuille``: a dict, JSON text, a path or an open file. ``referentiel`` defaults to
    the embedded one. Raises :class:`AnalysisError` when the input is not a portfolio,
    :class:`ReferentielError` for an unknown territory, :class:`OptionError` for a bad option.
    """
    run = _run(portefeuille, _options(as_of, lang, territoire), referentiel)
    return Couverture(run.call(_core.couverture), run)


def couverture_quartiers(
    portefeuille: Document,
    territoire: Optional[str] = None,
    as_of: Union[str, _dt.date, None] = None,
    lang: str = "fr",
    referentiel: Optional[Referentiel] = None,
) -> CouvertureQuartiers:
    """Coverage of the quartiers prioritaires of ``territoire`` (default: every QPV in force
    in France) by the instruments of ``portefeuille`` in force at ``as_of`` (default today).
    The list of QPV follows ``as_of``: the 2015 list until 2023-12-31 (2024-12-31 overseas),
    then the 2024 list."""
    run = _run(portefeuille, _options(as_of, lang, territoire), referentiel)
    return CouvertureQuartiers(run.call(_core.couverture_quartiers), run)


def articulation(
    portefeuille: Document,
    territoire: Optional[str] = None,
    as_of: Union[str, _dt.date, None] = None,
    lang: str = "fr",
    all_diagnostics: bool = False,
    tous_diagnostics: Optional[bool] = None,
) -> Articulation:
    """The articulation matrix of ``portefeuille`` at ``as_of``: the portfolio is validated
    at that date and its cross-document findings (all of them with ``all_diagnostics``) are
    attached to the rows they concern. Uses the embedded référentiel. ``tous_diagnostics`` is
    the deprecated name of ``all_diagnostics`` (kept for one release)."""
    if tous_diagnostics is not None:
        _deprecated("articulation(tous_diagnostics=…)", "articulation(all_diagnostics=…)")
        all_diagnostics = tous_diagnostics
    run = _run(
        portefeuille, _options(as_of, lang, territoire, tous_diagnostics=all_diagnostics)
    )
    return Articulation(run.call(_core.articulation), run)


def opportunites(
    document: Document, as_of: Union[str, _dt.date, None] = None, lang: str = "fr"
) -> List[AvisOpportunite]:
    """The assessment of a ``demarche_accompagnement``, or of every démarche of a portfolio
    that records factors, in document order."""
    run = _run(document, _options(as_of, lang, None))
    return [AvisOpportunite(a) for a in run.call(_core.opportunite)]


def opportunite(
    demarche: Document, as_of: Union[str, _dt.date, None] = None, lang: str = "fr"
) -> AvisOpportunite:
    """The assessment of one ``demarche_accompagnement`` from its ``facteurs``: maintain,
    postpone or cancel, with the reasons (see ``docs/analyses.md``). For a portfolio holding
    several démarches, use :func:`opportunites`."""
    avis = opportunites(demarche, as_of, lang)
    if len(avis) != 1:
        reason = f"{len(avis)} démarches évaluées : utilisez opportunites()"
        raise AnalysisError(reason, reason)
    return avis[0]


def generer_portefeuille(
    scale: int = 1, seed: int = 2020, date_reference: Union[str, _dt.date, None] = None
) -> Dict[str, Any]:
    """A realistic national portfolio (CLS, contrats de ville, ASV, CLSM, CTS placed on the
    embedded référentiel), deterministic for a given ``seed``; ``scale`` multiplies its size."""
    options: Dict[str, Any] = {"seed": seed, "scale": scale}
    date = _date(date_reference)
    if date is not None:
        options["date_reference"] = date
    return _core.generer_portefeuille(options)
