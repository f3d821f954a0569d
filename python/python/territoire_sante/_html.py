"""HTML rendering of reports for notebooks (everything escaped)."""

from __future__ import annotations

from html import escape
from typing import Any, Dict, List, Optional
from urllib.parse import urlparse

from . import _core

_COLOURS = {
    "fatal": ("#7a0010", "#fde2e4"),
    "error": ("#b00020", "#fdecee"),
    "warning": ("#8a5a00", "#fff4d6"),
    "information": ("#0b5394", "#e8f1fb"),
}

_LABELS = {
    "fr": {
        "fatal": "fatal",
        "error": "erreur",
        "warning": "avertissement",
        "information": "information",
        "valid": "valide",
        "invalid": "non valide",
        "code": "code",
        "severity": "gravité",
        "path": "chemin",
        "position": "ligne:col",
        "message": "message",
        "source": "source",
        "none": "Aucun constat.",
        "as_of": "droit au",
        "help": "Que faire",
    },
    "en": {
        "fatal": "fatal",
        "error": "error",
        "warning": "warning",
        "information": "information",
        "valid": "valid",
        "invalid": "not valid",
        "code": "code",
        "severity": "severity",
        "path": "path",
        "position": "line:col",
        "message": "message",
        "source": "source",
        "none": "No finding.",
        "as_of": "law as of",
        "help": "What to do",
    },
}


_CELL = "text-align:left;vertical-align:top;padding:3px 8px"


def _link(label: str, url: Optional[str]) -> str:
    # Only web links become anchors: a report read from elsewhere cannot inject a script URL.
    if url and urlparse(url).scheme in ("http", "https"):
        return (
            f'<a href="{escape(url, quote=True)}" target="_blank" rel="noopener noreferrer">'
            f"{escape(label)}</a>"
        )
    return escape(label)


def _labels(lang: str) -> Dict[str, str]:
    # The severity words are the core's, as in the DataFrame's severity column.
    t = dict(_LABELS.get(lang, _LABELS["fr"]))
    words = _core.severity_labels(lang if lang in _LABELS else "fr")
    t.update(zip(("information", "warning", "error", "fatal"), words))
    return t


def render_report(data: Dict[str, Any], source: Optional[str] = None, max_rows: int = 60) -> str:
    """An HTML block: a header (validity, counts) and one table row per finding; beyond
    ``max_rows`` findings, the first and last halves with a row saying how many are hidden,
    as pandas truncates its tables."""
    lang = str(data.get("locale"))
    t = _labels(lang)
    counts = data.get("counts", {})
    valid = bool(data.get("valid"))
    ok_colour = "#1b7f3b" if valid else "#b00020"
    title = " · ".join(
        escape(str(x))
        for x in (source, data.get("document_type"), data.get("document_id"))
        if x
    )
    badges = " ".join(
        f'<span style="color:{_COLOURS[s][0]};background:{_COLOURS[s][1]};'
        f'padding:1px 6px;border-radius:3px">{escape(t[s])}&nbsp;: {int(counts.get(s, 0))}</span>'
        for s in ("fatal", "error", "warning", "information")
    )
    head = (
        '<div class="territoire-sante-report">'
        f'<p><strong style="color:{ok_colour}">{"✔" if valid else "✘"} '
        f'{escape(t["valid"] if valid else t["invalid"])}</strong>'
        f'{" — " + title if title else ""} '
        f'<span style="color:#666">({escape(t["as_of"])} {escape(str(data.get("as_of", "")))})'
        f"</span></p><p>{badges}</p>"
    )
    diags = data.get("diagnostics", [])
    if not diags:
        return head + f"<p>{escape(t['none'])}</p></div>"
    cols = ("code", "severity", "path", "position", "message", "source")
    rows = []
    shown = list(diags)
    hidden = 0
    if max_rows > 0 and len(diags) > max_rows:
        head_n = (max_rows + 1) // 2
        tail_n = max_rows // 2
        hidden = len(diags) - head_n - tail_n
        shown = list(diags[:head_n]) + [None] + (list(diags[-tail_n:]) if tail_n else [])
    for d in shown:
        if d is None:
            more = (
                f"… {hidden} constat(s) non affiché(s) sur {len(diags)}"
                if lang != "en"
                else f"… {hidden} finding(s) not shown of {len(diags)}"
            )
            rows.append(f'<tr><td style="{_CELL}" colspan="6">{escape(more)}</td></tr>')
            continue
        sev = str(d.get("severity", ""))
        fg, bg = _COLOURS.get(sev, ("#333", "#eee"))
        line, col = d.get("line"), d.get("column")
        pos = f"{line}:{col}" if line is not None else ""
        basis = d.get("legal_basis", {}) or {}
        help_text = str(d.get("help", ""))
        rows.append(
            "<tr>"
            f'<td style="{_CELL};white-space:nowrap"><code>{escape(str(d.get("code", "")))}</code></td>'
            f'<td style="{_CELL};white-space:nowrap;color:{fg};background:{bg};font-weight:bold">'
            f"{escape(t.get(sev, sev))}</td>"
            f'<td style="{_CELL}"><code>{escape(str(d.get("path", "")) or "/")}</code></td>'
            f'<td style="{_CELL};white-space:nowrap">{escape(pos)}</td>'
            f'<td style="{_CELL}">{escape(str(d.get("message", "")))}'
            f'<br><small style="color:#555">{escape(t["help"])}&nbsp;: {escape(help_text)}</small></td>'
            f'<td style="{_CELL}">{_link(str(basis.get("label", "")), basis.get("url"))}</td>'
            "</tr>"
        )
    header = "".join(f'<th style="{_CELL}">{escape(t[c])}</th>' for c in cols)
    count = (
        f"{len(diags)} constat(s)" if lang != "en" else f"{len(diags)} finding(s)"
    ) + (f", {len(diags) - hidden} affiché(s)" if hidden and lang != "en" else
         f", {len(diags) - hidden} shown" if hidden else "")
    return (
        head
        + f"<table><thead><tr>{header}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        + f'<p style="color:#666">{escape(count)}</p></div>'
    )


def render_reports(
    data: List[Dict[str, Any]],
    sources: List[Optional[str]],
    total: int,
    valid: int,
    max_rows: int = 60,
) -> str:
    """The first reports of a batch (``data``), each truncated to ``max_rows`` findings, under a
    line counting the batch (``total`` reports, ``valid`` of them valid)."""
    lang = str(data[0].get("locale")) if data else "fr"
    if lang == "en":
        head = f"<p><strong>{total} report(s)</strong>, {valid} valid"
        more = f"<p>… and {total - len(data)} more report(s)</p>"
    else:
        head = f"<p><strong>{total} rapport(s)</strong>, {valid} valide(s)"
        more = f"<p>… et {total - len(data)} autre(s) rapport(s)</p>"
    head += f"{'' if len(data) == total else f' ({len(data)} affichés)' if lang != 'en' else f' ({len(data)} shown)'}</p>"
    parts = [head] + [render_report(d, s, max_rows) for d, s in zip(data, sources)]
    if total > len(data):
        parts.append(more)
    return "\n".join(parts)
