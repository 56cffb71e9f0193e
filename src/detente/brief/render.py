"""The brief as one self-contained HTML page (Plotly inlined, no CDN) or as Markdown.

Both carry the same parts: summary, chart (Plotly in HTML; a text chart in Markdown), turns,
the signal chain as a dated timeline, third parties, silences and evidence links. Document text
is escaped (Jinja2 autoescaping in HTML, table-safe text in Markdown); only ``http(s)`` URLs
become links.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from detente.brief.build import Brief
from detente.errors import InputError
from detente.monitor.dyad import threshold_text
from detente.report.html import figure, plotly_js, safe_json, templates

FORMATS = (".html", ".htm", ".md", ".markdown")
BAR_WIDTH = 24  # characters of the widest bar in the Markdown chart


def link(url: str) -> str | None:
    """The URL if it is safe to link (http/https), else None."""
    return url if url.lower().startswith(("http://", "https://")) else None


def timeline(brief: Brief) -> list[dict[str, Any]]:
    """Signals and counter-signals in one list by date, each with its ``role``."""
    items = [{**s, "role": "signal"} for s in brief.signals]
    items += [{**s, "role": "counter"} for s in brief.counter_signals]
    return sorted(items, key=lambda s: (s["date"], s["role"]))


def render_html(brief: Brief) -> str:
    return (
        templates("brief/templates")
        .get_template("brief.html")
        .render(
            brief=brief,
            data=brief.to_dict(),
            timeline=timeline(brief),
            link=link,
            figure_json=safe_json(figure(brief.series)),
            plotly_js=plotly_js(),
        )
    )


def _cell(value: object) -> str:
    text = "" if value is None else str(value)
    return " ".join(text.replace("|", "\\|").replace("<", "&lt;").split())


def _evidence(item: dict[str, Any]) -> str:
    url = link(item.get("url") or "")
    return f"[{_cell(item['doc_id'])}]({url})" if url else _cell(item["doc_id"])


def text_chart(brief: Brief) -> list[str]:
    """One line per period: cooperation (+) and conflict (-) events as bars."""
    rows = brief.series.series
    top = max((max(r["q1"] + r["q2"], r["q3"] + r["q4"]) for r in rows), default=0) or 1
    lines = []
    for r in rows:
        coop, conflict = r["q1"] + r["q2"], r["q3"] + r["q4"]
        left = ("-" * round(conflict * BAR_WIDTH / top)).rjust(BAR_WIDTH)
        right = ("+" * round(coop * BAR_WIDTH / top)).ljust(BAR_WIDTH)
        lines.append(f"{r['period']} {left}|{right} {coop:>3} coop {conflict:>3} conflict")
    return lines


def render_markdown(brief: Brief) -> str:
    data = brief.to_dict()
    out = [
        f"# {brief.a_name} – {brief.b_name}: brief as of {brief.as_of}",
        "",
        brief.summary,
        "",
        f"Phases: {' → '.join(f'{p.label} ({p.start} – {p.end})' for p in brief.series.phases)}"
        if brief.series.phases
        else "Phases: none (no events).",
        "",
        f"## Chart ({brief.series.freq}ly events; conflict left, cooperation right)",
        "",
        "```",
        *text_chart(brief),
        "```",
        "",
        "## Turning points",
        "",
    ]
    for t in data["turns"]:
        out.append(
            f"- **{t['direction'].replace('_', ' ')}** around {t['date']} ({t['start']} – "
            f"{t['end']}), probability **{t['probability']:.2f}**; before: "
            f"{t['before']['label']} (mean Goldstein {t['before']['mean_goldstein']:+.1f}), "
            f"after: {t['after']['label']} (mean Goldstein {t['after']['mean_goldstein']:+.1f})"
        )
    if not data["turns"]:
        out.append(
            f"No turning point with probability ≥ {threshold_text(brief.config.min_probability)}."
        )
    for t in data["possible_turns"]:
        out.append(
            f"- possible turn {t['direction'].replace('_', ' ')} around {t['date']} "
            f"({t['start']} – {t['end']}), probability {t['probability']:.2f}, below the "
            f"{threshold_text(brief.config.min_probability)} at which a turn is reported; before: "
            f"{t['before']['label']} (mean Goldstein {t['before']['mean_goldstein']:+.1f}), "
            f"after: {t['after']['label']} (mean Goldstein {t['after']['mean_goldstein']:+.1f})"
        )
    out += [
        "",
        f"## Signal chain since {brief.signals_since}",
        "",
        "| date | role | event | Goldstein | sentence | evidence |",
        "|---|---|---|---|---|---|",
    ]
    if not brief.signals and not brief.counter_signals:
        out.append("| – | – | no asserted events | – | – | – |")
    for s in timeline(brief):
        out.append(
            f"| {s['date']} | {s['role']} | {s['source']} → {s['target']} {s['cameo']} "
            f"{_cell(s['cameo_name'])} | {s['goldstein']:+.1f} | {_cell(s['sentence'])} "
            f"| {_evidence(s)} |"
        )
    out += [
        "",
        f"## Third parties ({data['window']['start']} – {data['window']['end']})",
        "",
        f"| third party | sides with | toward {brief.a} (coop/conflict, mean) "
        f"| toward {brief.b} (coop/conflict, mean) |",
        "|---|---|---|---|",
    ]
    if not data["triads"]:
        out.append("| none | – | – | – |")
    for t in data["triads"]:
        sides = [t["with_a"], t["with_b"]]
        cells = [f"{s['coop']}/{s['conflict']}, {s['mean_goldstein']:+.1f}" for s in sides]
        out.append(
            f"| {_cell(t['name'])} ({t['third']}) | {t['sides_with'] or '–'} | {cells[0]} "
            f"| {cells[1]} |"
        )
    out += [
        "",
        f"## Silences (no answer within {brief.config.silence_days} days)",
        "",
        "| date | from → to | gesture | days unanswered | kind | sentence | evidence |",
        "|---|---|---|---|---|---|---|",
    ]
    if not data["silences"]:
        out.append("| – | – | none | – | – | – | – |")
    for s in data["silences"]:
        out.append(
            f"| {s['date']} | {s['from']} → {s['to']} | {s['cameo']} {_cell(s['cameo_name'])} "
            f"| {s['days_unanswered']} | {s['kind']} | {_cell(s['sentence'])} | {_evidence(s)} |"
        )
    out += [
        "",
        f"Only what was published by {brief.as_of} is used (documents by publication date, "
        "imported rows by event date). Generated by detente.",
        "",
    ]
    return "\n".join(out)


def write_brief(brief: Brief, path: str | Path) -> Path:
    """Write HTML or Markdown, chosen by the file's suffix."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise InputError(f"output must end in .html or .md, got {path.name!r}")
    text = render_html(brief) if suffix in (".html", ".htm") else render_markdown(brief)
    path.write_text(text, encoding="utf-8")
    return path
