"""The analyst's brief on a dyad as of a day: generated prose, the turn and its probability,
dated signals and counter-signals, third parties taking sides, silences; HTML and Markdown."""

from detente.brief.build import Brief, BriefConfig, brief

__all__ = ["Brief", "BriefConfig", "brief"]
