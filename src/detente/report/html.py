"""Render a dyad's series, phases, turning points and evidence as one self-contained HTML file.

Plotly's JavaScript is inlined from the installed ``plotly`` package, so the page works offline
and needs no CDN. All document text is escaped by Jinja2's autoescaping; chart data is JSON
with ``</`` escaped so it cannot close the script element.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from detente.monitor.dyad import DyadSeries

PHASE_COLOURS = {
    "cooperative": "rgba(46,139,87,0.12)",
    "mixed": "rgba(160,160,160,0.12)",
    "conflictual": "rgba(200,40,40,0.12)",
}


@lru_cache(maxsize=1)
def _env() -> Environment:
    return Environment(
        loader=PackageLoader("detente", "report/templates"), autoescape=select_autoescape(["html"])
    )


@lru_cache(maxsize=1)
def plotly_js() -> str:
    from plotly.offline import get_plotlyjs

    return get_plotlyjs()


def safe_json(data: Any) -> str:
    """JSON that is safe inside a ``<script>`` element."""
    return (
        json.dumps(data, default=str)
        .replace("</", "<\\/")
        .replace("<!--", "<\\!--")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def figure(result: DyadSeries) -> dict[str, Any]:
    """A Plotly figure (plain dicts): co-operation/conflict bars, Goldstein line, phases, turns."""
    periods = [r["period"] for r in result.series]
    data = [
        {
            "type": "bar",
            "name": "cooperation events",
            "x": periods,
            "marker": {"color": "#2e8b57"},
            "y": [r["q1"] + r["q2"] for r in result.series],
        },
        {
            "type": "bar",
            "name": "conflict events",
            "x": periods,
            "marker": {"color": "#c82828"},
            "y": [-(r["q3"] + r["q4"]) for r in result.series],
        },
        {
            "type": "scatter",
            "mode": "lines+markers",
            "name": "Goldstein sum",
            "x": periods,
            "y": [r["goldstein_sum"] for r in result.series],
            "yaxis": "y2",
            "line": {"color": "#1f3b73"},
        },
    ]
    shapes = [
        {
            "type": "rect",
            "xref": "x",
            "yref": "paper",
            "x0": p.start,
            "x1": p.end,
            "y0": 0,
            "y1": 1,
            "fillcolor": PHASE_COLOURS[p.label],
            "line": {"width": 0},
            "layer": "below",
        }
        for p in result.phases
    ]
    shapes += [
        {
            "type": "line",
            "xref": "x",
            "yref": "paper",
            "x0": t.date,
            "x1": t.date,
            "y0": 0,
            "y1": 1,
            "line": {"color": "#333", "dash": "dot", "width": 2},
        }
        for t in result.turns
    ]
    annotations = [
        {
            "x": t.date,
            "y": 1.02,
            "xref": "x",
            "yref": "paper",
            "showarrow": False,
            "text": f"turn p={t.probability:.2f}",
            "font": {"size": 11},
        }
        for t in result.turns
    ]
    layout = {
        "barmode": "relative",
        "height": 420,
        "margin": {"t": 40, "r": 60, "l": 50, "b": 40},
        "yaxis": {"title": {"text": "events (conflict below 0)"}},
        "yaxis2": {"title": {"text": "Goldstein sum"}, "overlaying": "y", "side": "right"},
        "shapes": shapes,
        "annotations": annotations,
        "legend": {"orientation": "h", "y": -0.15},
    }
    return {"data": data, "layout": layout}


def render_report(result: DyadSeries, title: str | None = None) -> str:
    """The report page as a string."""
    template = _env().get_template("report.html")
    return template.render(
        title=title or f"{result.a}–{result.b} relations",
        result=result,
        figure_json=safe_json(figure(result)),
        plotly_js=plotly_js(),
    )


def write_report(result: DyadSeries, path: str | Path, title: str | None = None) -> Path:
    path = Path(path)
    path.write_text(render_report(result, title), encoding="utf-8")
    return path
