"""The event-date test bed: invented wire sentences, each with one act and the date and
precision a careful reader gives it against the publication date (``tests/data/
dates_study.tsv``, ``dates_heldout.tsv``: ``published sentence source target root date
precision``). A row is right when the coder finds an event of that source and target
country and CAMEO root dated so: a ``day`` on that day, a ``month`` or ``year`` on its first
day with that precision (never a made-up 1 January), a ``week`` ("last week") in that week.

Shared by ``tests/events/test_event_dates.py`` (floors) and ``benchmarks/dates.py`` (scores
and misses).
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from detente.events import Coder
from detente.models import Event

DATA = Path(__file__).resolve().parents[1] / "data"
FILES = ("dates_study.tsv", "dates_heldout.tsv", "dates_study2.tsv", "dates_heldout2.tsv")


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def precision_of(event: Event) -> str:
    """How exactly ``event`` is dated; a week-long phrase ("last week") is a week."""
    return "week" if event.date_source == "text_week" else event.date_precision


def dated_right(event: Event, day: dt.date, precision: str) -> bool:
    """``event`` carries the wanted date at the wanted precision."""
    if precision == "week":  # (any day of that week: the phrase names no day)
        monday = day - dt.timedelta(days=day.weekday())
        return monday <= event.date < monday + dt.timedelta(days=7)
    return event.date == day and precision_of(event) == precision


def the_act(events: list[Event], row: dict[str, str]) -> list[Event]:
    """The events of the row's source, target and root."""
    return [
        e
        for e in events
        if e.source_country == row["source"]
        and e.target_country == row["target"]
        and e.cameo_root == row["root"]
    ]


Misses = list[tuple[dict[str, str], list[Event]]]


def score(coder: Coder, path: Path) -> tuple[int, int, Misses]:
    """The rows dated right, the rows whose act is coded at all (dated right or not), and the
    rows missed with the events coded on them."""
    right, found, misses = 0, 0, []
    for row in rows(path):
        events = coder.code_text(row["sentence"], dt.date.fromisoformat(row["published"]))
        day = dt.date.fromisoformat(row["date"])
        acts = the_act(events, row)
        found += bool(acts)
        if any(dated_right(e, day, row["precision"]) for e in acts):
            right += 1
        else:
            misses.append((row, events))
    return right, found, misses
