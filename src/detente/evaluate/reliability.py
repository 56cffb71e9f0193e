"""Reliability of confidences: do events printed at confidence c come out right a share c
of the time? Equal-width bins of confidence, each with its count, mean confidence and
precision, and the expected calibration error (ECE): |mean confidence − precision| weighted
by each bin's share of events."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass

BINS = 10


@dataclass(frozen=True, slots=True)
class Bin:
    low: float
    high: float
    events: int
    mean_confidence: float
    precision: float

    def to_dict(self) -> dict[str, float | int]:
        return {k: round(v, 4) if isinstance(v, float) else v for k, v in asdict(self).items()}


def reliability(scored: Iterable[tuple[float, bool]], bins: int = BINS) -> list[Bin]:
    """The non-empty bins of (confidence, correct) pairs; confidence 1.0 falls in the top
    bin."""
    groups: dict[int, list[tuple[float, bool]]] = {}
    for confidence, correct in scored:
        if not 0.0 <= confidence <= 1.0:
            raise ValueError(f"confidence {confidence} is outside [0, 1]")
        groups.setdefault(min(int(confidence * bins), bins - 1), []).append((confidence, correct))
    return [
        Bin(
            index / bins,
            (index + 1) / bins,
            len(group),
            sum(c for c, _ in group) / len(group),
            sum(ok for _, ok in group) / len(group),
        )
        for index, group in sorted(groups.items())
    ]


def ece(table: list[Bin]) -> float:
    """Expected calibration error of a reliability table (0.0 when it is empty)."""
    total = sum(b.events for b in table)
    if not total:
        return 0.0
    return sum(b.events * abs(b.mean_confidence - b.precision) for b in table) / total
