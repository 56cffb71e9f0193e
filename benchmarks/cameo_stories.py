"""Every event of a wire story, as a CAMEO coder lists them: precision, recall and F1.

Usage: python benchmarks/cameo_stories.py [FILE ...] [--family NAME ...] [--errors] [--story]

Input: every family's study and held-out file by default, or the families named: the first,
``cameo_stories`` (``tests/data/cameo_stories_study.tsv`` and ``cameo_stories_heldout.tsv``,
session 29: invented wire stories about real events of 2000-2020), and ``cameo_stories2``
(session 30: wire sentences of 1995-2015, written as PETRARCH-2's real-news validation is
scored, with many sentences that code nothing), and ``cameo_stories3`` (session 31: long
wire sentences of 1995-2012 from the Middle East, the Balkans, Africa and South Asia with
datelines, several actors, quoted officials and background clauses), every event listed
under the sentence that reports it (later families: ``cameo_stories4`` to ``cameo_stories14``,
sessions 32-44, with regions and kinds the earlier ones cover little); the layout is described
in the files' header comments.
Scoring is per sentence, as the PETRARCH scorer in :mod:`detente.evaluate` does it: the
multiset of (source country, target country, CAMEO root) of our asserted events against the
gold events, so a missed event costs recall and an extra one costs precision.

By default every sentence is coded on its own, as gold sets of single sentence records are
(PETRARCH's validation records); ``--story`` codes each story as one document, so context
(an earlier sentence's dateline, a named actor) is available, and credits each event to the
sentence its span starts in. ``--errors`` lists each missed and extra event with the sentence.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from detente.evaluate import GoldEvent, GoldSentence, evaluate  # noqa: E402
from detente.evaluate.score import Score, _gold_key, _our_key, country_paired  # noqa: E402
from detente.events import Coder  # noqa: E402
from detente.models import Document, Event  # noqa: E402

DATA = ROOT / "tests" / "data"
FAMILIES = {
    name: (DATA / f"{name}_study.tsv", DATA / f"{name}_heldout.tsv")
    for name in (
        "cameo_stories",
        "cameo_stories2",
        "cameo_stories3",
        "cameo_stories4",
        "cameo_stories5",
        "cameo_stories6",
        "cameo_stories7",
        "cameo_stories8",
        "cameo_stories9",
        "cameo_stories10",
        "cameo_stories11",
        "cameo_stories12",
        "cameo_stories13",
        "cameo_stories14",
    )
}
FILES = tuple(path for pair in FAMILIES.values() for path in pair)


@dataclass
class Story:
    id: str
    date: dt.date
    sentences: list[GoldSentence]

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.sentences)


def read_stories(path: Path) -> list[Story]:
    """Stories with their sentences and gold events: a row with a story id starts a story, a
    row with a sentence starts a sentence, a row with neither adds an event to the last."""
    body = [ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    body = [ln for ln in body if not ln.startswith("#")]
    stories: list[Story] = []
    events: list[list[GoldEvent]] = []
    texts: list[str] = []
    for row in csv.DictReader(body, delimiter="\t"):
        if row["story"]:
            stories.append(Story(row["story"], dt.date.fromisoformat(row["date"]), []))
        if row["sentence"]:
            texts.append(row["sentence"])
            events.append([])
            stories[-1].sentences.append(GoldSentence("", "", stories[-1].date, ()))
        if row["code"]:
            events[-1].append(GoldEvent(row["source"], row["target"], row["code"]))
    position = 0
    for story in stories:
        for n in range(len(story.sentences)):
            sid = f"{story.id}.{n + 1}"
            text, gold = texts[position], tuple(events[position])
            story.sentences[n] = GoldSentence(sid, text, story.date, gold)
            position += 1
    return stories


def _asserted(events: list[Event]) -> list[Event]:
    """The events a pair-level gold set compares: asserted, a country on both sides."""
    return [e for e in events if e.modality == "asserted" and country_paired(e)]


def _by_sentence(story: Story, events: list[Event]) -> list[list[Event]]:
    """Each event credited to the gold sentence its span starts in."""
    ends, offset = [], 0
    for sentence in story.sentences:
        offset += len(sentence.text) + 1
        ends.append(offset)
    parts: list[list[Event]] = [[] for _ in story.sentences]
    for event in events:
        index = next((i for i, end in enumerate(ends) if event.start < end), len(ends) - 1)
        parts[index].append(event)
    return parts


def score_stories(coder: Coder, stories: list[Story]) -> tuple[Score, list[dict[str, object]]]:
    """Each story coded as one document, scored sentence by sentence at the root level."""
    total, errors = Score(), []
    docs = [Document(s.id, s.date, s.text) for s in stories]
    coded = {doc.id: events for doc, events in coder.code(docs)}
    for story in stories:
        parts = _by_sentence(story, _asserted(coded.get(story.id, [])))
        for sentence, ours in zip(story.sentences, parts, strict=True):
            gold = Counter(_gold_key(g, "root") for g in sentence.events)
            mine = Counter(_our_key(e, "root") for e in ours)
            tp = sum((gold & mine).values())
            total.tp += tp
            total.fp += sum(mine.values()) - tp
            total.fn += sum(gold.values()) - tp
            for kind, keys in (("miss", gold - mine), ("extra", mine - gold)):
                errors += [
                    {
                        "kind": kind,
                        "id": sentence.id,
                        "key": list(key),
                        "sentence": sentence.text,
                        "ours": [[e.source, e.target, e.cameo] for e in ours],
                    }
                    for key in keys.elements()
                ]
    return total, errors


def score_sentences(coder: Coder, stories: list[Story]) -> tuple[Score, list[dict[str, object]]]:
    """Each sentence coded on its own, scored with :func:`detente.evaluate.evaluate`."""
    report = evaluate([s for story in stories for s in story.sentences], coder)
    return report.scores["root"], report.errors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--family", action="append", choices=sorted(FAMILIES), default=[])
    parser.add_argument("--errors", action="store_true", help="list missed and extra events")
    parser.add_argument("--story", action="store_true", help="code each story as one document")
    args = parser.parse_args()
    files = args.files + [path for name in args.family for path in FAMILIES[name]]
    coder = Coder()
    run = score_stories if args.story else score_sentences
    for path in files or FILES:
        stories = read_stories(path)
        total, errors = run(coder, stories)
        count = sum(len(s.sentences) for s in stories)
        gold = sum(len(x.events) for s in stories for x in s.sentences)
        print(
            f"{path.name}: {len(stories)} stories, {count} sentences, {gold} gold events: "
            f"P {total.precision:.3f} R {total.recall:.3f} F1 {total.f1:.3f} "
            f"(tp {total.tp} fp {total.fp} fn {total.fn})"
        )
        if args.errors:
            for e in errors:
                print(f"  {e['kind']:5} {e['id']} {e['key']}  ours={e['ours']}")
                print(f"        {e['sentence']}")


if __name__ == "__main__":
    main()
