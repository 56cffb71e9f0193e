"""Headlines in lower case, ALL CAPS and Title Case: how well does the coder do?

Usage: python benchmarks/headlines.py [--tsv tests/data/headlines_lower.tsv] [--misses] [--json]

Input: ``tests/data/headlines_lower.tsv`` (``date text source target plover``, written for
detente: headlines and snippets about real events, each with the event a careful human coder
would code). Prints the events found, the asserted ones, those with a target code, and how many
lines got the pair right (an asserted event whose source and target countries match) and the
root right (such an event whose PLOVER type matches too); ``--misses`` lists the lines that
missed with what was coded.

A row with no source, target and type is a line with no event (an opinion piece, a review, a
feature, sport): it is right when nothing is asserted on it, and every event asserted there is
counted as ``false_asserted``. An optional ``mode`` column names the modality a line wants
when it is not a plain fact: "trump to meet abe" is a ``future`` meeting, so the line is right
when the meeting is coded as future and not asserted. ``asserted_right`` counts the asserted
events that are the line's wanted event: with ``asserted`` it is the precision of what a
feed's reader would see.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

from detente.cameo import lookup
from detente.events import Coder
from detente.models import Event

TSV = Path(__file__).resolve().parents[1] / "tests" / "data" / "headlines_lower.tsv"


def plover_of(event: Event) -> set[str]:
    """The event's PLOVER type, and its root's (080 is CONCEDE, its root 08 RETREAT)."""
    return {event.plover, lookup(event.cameo_root).plover} - {""}


def rows(path: Path = TSV) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


@dataclass
class Score:
    lines: int = 0
    found: int = 0
    asserted: int = 0
    with_target: int = 0
    pair_right: int = 0
    root_right: int = 0
    asserted_right: int = 0
    none_lines: int = 0
    none_clean: int = 0
    false_asserted: int = 0
    misses: list[dict[str, object]] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        return {
            k: getattr(self, k)
            for k in (
                "lines", "found", "asserted", "with_target", "pair_right", "root_right",
                "asserted_right", "none_lines", "none_clean", "false_asserted",
            )
        }  # fmt: skip


def describe(event: Event) -> str:
    return f"{event.source_country or '?'} {event.cameo} {event.target_country or '?'}" + (
        "" if event.is_fact else f" ({event.modality})"
    )


def wanted(event: Event, row: dict[str, str]) -> bool:
    """The event has the row's source and target countries and its PLOVER type."""
    pair = (event.source_country, event.target_country) == (row["source"], row["target"])
    return pair and row["plover"] in plover_of(event)


def score(coder: Coder, path: Path = TSV) -> Score:
    result = Score()
    for row in rows(path):
        events = coder.code_text(row["text"], dt.date.fromisoformat(row["date"]))
        facts = [e for e in events if e.is_fact]
        result.lines += 1
        result.found += len(events)
        result.asserted += len(facts)
        result.with_target += sum(bool(e.target) for e in facts)
        if not row["source"]:
            result.none_lines += 1
            result.none_clean += not facts
            result.false_asserted += len(facts)
            if facts:
                result.misses.append(
                    {"text": row["text"], "want": "none", "got": [describe(e) for e in events]}
                )
            continue
        mode = row.get("mode") or "asserted"
        result.asserted_right += sum(wanted(e, row) for e in facts) if mode == "asserted" else 0
        moded = [e for e in events if e.modality == mode]
        pair = [
            e
            for e in moded
            if (e.source_country, e.target_country) == (row["source"], row["target"])
        ]
        right = [e for e in pair if row["plover"] in plover_of(e)]
        if mode != "asserted" and any(wanted(e, row) for e in facts):
            right = []  # a future act told as done
        result.pair_right += bool(pair)
        result.root_right += bool(right)
        if not right:
            want = f"{row['source']} {row['plover']} {row['target']}"
            result.misses.append(
                {
                    "text": row["text"],
                    "want": want + ("" if mode == "asserted" else f" ({mode})"),
                    "got": [describe(e) for e in events],
                }
            )
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--tsv", type=Path, default=TSV)
    parser.add_argument("--misses", action="store_true", help="list every line that missed")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    result = score(Coder(), args.tsv)
    if args.json:
        print(json.dumps({**result.to_dict(), "misses": result.misses}, indent=1))
        return
    print(json.dumps(result.to_dict()))
    if args.misses:
        for miss in result.misses:
            print(f"{miss['want']:<22} got {', '.join(miss['got']) or '-':<40} {miss['text']}")


if __name__ == "__main__":
    main()
