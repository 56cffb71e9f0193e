"""Every event of a sentence, as a CAMEO coder lists them: precision, recall and F1.

Usage: python benchmarks/event_pairs.py [FILE ...] [--errors] [--json]

Input: ``tests/data/events_study.tsv`` and ``tests/data/events_heldout.tsv`` by default
(written for detente: wire-style sentences with every event a careful CAMEO coder would list,
one row per event; the layout is described in the files' header comments). Scoring is
:func:`detente.evaluate.evaluate` at its ``root`` level: per sentence, the multiset of
(source country, target country, CAMEO root) of our asserted events against the gold events,
so a missed event costs recall and an extra one (a topic, a purpose clause, a second root for
one verb) costs precision. ``--errors`` lists each missed and extra event with the sentence.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
from pathlib import Path

from detente.evaluate import GoldEvent, GoldSentence, evaluate
from detente.events import Coder

DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
FILES = (DATA / "events_study.tsv", DATA / "events_heldout.tsv")
DEFAULT_DATE = dt.date(2023, 5, 15)


def read_events(path: Path) -> list[GoldSentence]:
    """Sentences with their gold events: a row with an id starts a sentence, rows with an
    empty id add events to it; ``# date: YYYY-MM-DD`` in the header sets the coding date."""
    day = DEFAULT_DATE
    body = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# date:"):
            day = dt.date.fromisoformat(line.split(":", 1)[1].strip())
        elif line.strip() and not line.startswith("#"):
            body.append(line)
    sentences: list[tuple[str, str, list[GoldEvent]]] = []
    for row in csv.DictReader(body, delimiter="\t"):
        if row["id"]:
            sentences.append((row["id"], row["sentence"], []))
        if row["code"]:
            sentences[-1][2].append(GoldEvent(row["source"], row["target"], row["code"]))
    return [GoldSentence(sid, text, day, tuple(events)) for sid, text, events in sentences]


def score(coder: Coder, path: Path) -> dict[str, object]:
    report = evaluate(read_events(path), coder)
    root = report.scores["root"]
    return {
        "file": path.name,
        "sentences": report.sentences,
        "gold_events": report.gold_events,
        **root.to_dict(),
        "errors": report.errors,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, default=list(FILES))
    parser.add_argument("--errors", action="store_true", help="list missed and extra events")
    parser.add_argument("--json", action="store_true", help="print JSON")
    args = parser.parse_args()
    coder = Coder()
    results = [score(coder, path) for path in args.files]
    if args.json:
        print(json.dumps([{k: v for k, v in r.items() if k != "errors"} for r in results]))
        return
    for r in results:
        print(
            f"{r['file']}: {r['sentences']} sentences, {r['gold_events']} gold events: "
            f"P {r['precision']:.3f} R {r['recall']:.3f} F1 {r['f1']:.3f} "
            f"(tp {r['tp']} fp {r['fp']} fn {r['fn']})"
        )
        if args.errors:
            for e in r["errors"]:  # type: ignore[union-attr]
                print(f"  {e['kind']:5} {e['id']} {e['key']}  ours={e['ours']}")
                print(f"        {e['sentence']}")


if __name__ == "__main__":
    main()
