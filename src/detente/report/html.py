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

from detente.monitor.dyad import DyadSeries, threshold_text

PHASE_COLOURS = {
    "cooperative": "rgba(46,139,87,0.12)",
    "mixed": "rgba(160,160,160,0.12)",
    "conflictual": "rgba(200,40,40,0.12)",
}


@lru_cache(maxsize=4)
def templates(folder: str) -> Environment:
    """The Jinja environment of one template folder of the package ("report/templates",
    "brief/templates", "web/templates"): HTML escaped, with the ``threshold`` filter."""
    env = Environment(
        loader=PackageLoader("detente", folder),
        autoescape=select_autoescape(["html"], default=True),
    )
    env.filters["threshold"] = threshold_text
    return env


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


TICK_FORMAT = {"day": "%d %b %Y", "week": "%d %b %Y", "month": "%b %Y"}


def _gap_spans(result: DyadSeries) -> list[tuple[str, str]]:
    """Runs of periods without coverage, as (first period, last day)."""
    spans: list[tuple[str, str]] = []
    rows = result.series
    for i, row in enumerate(rows):
        if not row.get("gap"):
            continue
        end = rows[i + 1]["period"] if i + 1 < len(rows) else row["period"]
        if spans and i > 0 and rows[i - 1].get("gap"):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((row["period"], end))
    return spans


def _turn_line(date: object, line: dict[str, object]) -> dict[str, object]:
    """A vertical line across the chart on a turn's date."""
    return {"type": "line", "xref": "x", "yref": "paper", "x0": date, "x1": date, "y0": 0,
            "y1": 1, "line": line}  # fmt: skip


def _band(x0: str, x1: str, colour: str) -> dict[str, Any]:
    return {
        "type": "rect",
        "xref": "x",
        "yref": "paper",
        "x0": x0,
        "x1": x1,
        "y0": 0,
        "y1": 1,
        "fillcolor": colour,
        "line": {"width": 0},
        "layer": "below",
    }


def figure(result: DyadSeries) -> dict[str, Any]:
    """A Plotly figure (plain dicts): co-operation/conflict bars, Goldstein line, phases, turns.

    Both y axes are symmetric around zero so they share one zero line; periods without
    coverage are grey bands with no bars and a break in the line; each phase is labelled with
    its mean Goldstein score and each turn with the shift it brings (before → after). Reported
    turns are dark dotted lines; possible turns (below the report threshold) thin grey dashed
    ones labelled "possible turn".
    """
    rows = result.series
    periods = [r["period"] for r in rows]
    coop = [None if r.get("gap") else r["q1"] + r["q2"] for r in rows]
    conflict = [None if r.get("gap") else -(r["q3"] + r["q4"]) for r in rows]
    goldstein = [None if r.get("gap") else r["goldstein_sum"] for r in rows]
    data = [
        {
            "type": "bar",
            "name": "cooperation events",
            "x": periods,
            "marker": {"color": "#2e8b57"},
            "y": coop,
        },
        {
            "type": "bar",
            "name": "conflict events",
            "x": periods,
            "marker": {"color": "#c82828"},
            "y": conflict,
        },
        {
            "type": "scatter",
            "mode": "lines+markers",
            "name": "Goldstein sum",
            "x": periods,
            "y": goldstein,
            "yaxis": "y2",
            "connectgaps": False,
            "line": {"color": "#1f3b73"},
        },
    ]
    events_top = max([abs(v) for v in coop + conflict if v is not None] or [1]) * 1.15 or 1.0
    gold_top = max([abs(v) for v in goldstein if v is not None] or [1]) * 1.15 or 1.0
    shapes = [_band(p.start, p.end, PHASE_COLOURS[p.label]) for p in result.phases]
    shapes += [_band(x0, x1, "rgba(120,120,120,0.35)") for x0, x1 in _gap_spans(result)]
    shapes += [
        _turn_line(t.date, {"color": "#333", "dash": "dot", "width": 2}) for t in result.turns
    ]
    # possible turns: weaker, dashed
    shapes += [
        _turn_line(t.date, {"color": "#999", "dash": "dash", "width": 1})
        for t in result.possible_turns
    ]
    annotations = [
        {
            "x": t.date,
            "y": 1.02,
            "xref": "x",
            "yref": "paper",
            "showarrow": False,
            "text": (
                f"turn p={t.probability:.2f}: Goldstein "
                f"{t.before.mean_goldstein:+.1f} → {t.after.mean_goldstein:+.1f}"
            ),
            "font": {"size": 11},
        }
        for t in result.turns
    ]
    annotations += [
        {
            "x": t.date,
            "y": 1.02,
            "xref": "x",
            "yref": "paper",
            "showarrow": False,
            "text": f"possible turn p={t.probability:.2f}",
            "font": {"size": 10, "color": "#888"},
        }
        for t in result.possible_turns
    ]
    annotations += [
        {
            "x": p.start,
            "y": 0.98,
            "xref": "x",
            "yref": "paper",
            "xanchor": "left",
            "showarrow": False,
            "text": f"{p.label}, mean {p.mean_goldstein:+.1f}",
            "font": {"size": 10, "color": "#555"},
        }
        for p in result.phases
    ]
    layout = {
        "barmode": "relative",
        "height": 420,
        "margin": {"t": 40, "r": 60, "l": 50, "b": 40},
        "xaxis": {"type": "date", "tickformat": TICK_FORMAT[result.freq], "nticks": 12},
        "yaxis": {
            "title": {"text": "events (conflict below 0)"},
            "range": [-events_top, events_top],
            "zeroline": True,
            "zerolinecolor": "#444",
            "nticks": 7,
        },
        "yaxis2": {
            "title": {"text": "Goldstein sum"},
            "overlaying": "y",
            "side": "right",
            "range": [-gold_top, gold_top],
            "zeroline": False,
            "showgrid": False,
            "nticks": 7,
        },
        "shapes": shapes,
        "annotations": annotations,
        "legend": {"orientation": "h", "y": -0.15},
    }
    return {"data": data, "layout": layout}


def render_report(result: DyadSeries, title: str | None = None) -> str:
    """The report page as a string."""
    template = templates("report/templates").get_template("report.html")
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
