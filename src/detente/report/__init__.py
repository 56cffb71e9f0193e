"""Report: a self-contained HTML page (Plotly inlined) for one dyad."""

from detente.report.html import render_report, write_report

__all__ = ["render_report", "write_report"]
