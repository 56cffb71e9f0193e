"""Fit the event confidence table (``src/detente/data/confidence.tsv``) on sentences written
for detente.

Run:  python benchmarks/fit_confidence.py [--write]

Data (all written in this project): ``tests/data/coder_cases.tsv`` (CAMEO root),
``tests/data/headlines_lower.tsv`` (PLOVER type) and the ``event`` rows of
``tests/data/articles/expected.tsv``. For each gold pair the coder's answer is the event
between the gold source and target countries (asserted first, then the stronger evidence),
as ``detente eval`` picks the event for a marked pair; it is *correct* when its root (the
PLOVER type; the CAMEO root where the gold gives one) agrees. Each evidence strength
(:mod:`detente.events.confidence`) gets its precision, shrunk toward the pooled precision
(``PRIOR`` pseudo-events) and made non-decreasing in strength (pool adjacent violators).
``--write`` writes the table; without it the table is printed.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import sys
from collections.abc import Iterator
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests" / "events"))

from article_bed import _flat, article_files, code_articles, load_expected  # noqa: E402

from detente.evaluate.plv import root_of  # noqa: E402
from detente.events import Coder, confidence  # noqa: E402
from detente.models import Event  # noqa: E402

DATA = ROOT / "tests" / "data"
TABLE = ROOT / "src" / "detente" / "data" / "confidence.tsv"
PRIOR = 4.0  # pseudo-events at the pooled precision added to each strength


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def _pick(events: list[Event], source: str, target: str) -> Event | None:
    found = [e for e in events if (e.source_country, e.target_country) == (source, target)]
    return max(found, key=lambda e: (e.is_fact, e.confidence), default=None)


def outcomes(coder: Coder) -> Iterator[tuple[Event, bool]]:
    """(answered event, root right) for every gold pair of our own data the coder answers."""
    for row in _rows("coder_cases.tsv"):
        events = coder.code_text(row["sentence"], dt.date.fromisoformat(row["date"]))
        if (event := _pick(events, row["source"], row["target"])) is not None:
            yield event, event.cameo_root == row["root"]
    for row in _rows("headlines_lower.tsv"):
        events = coder.code_text(row["text"], dt.date.fromisoformat(row["date"]))
        if (event := _pick(events, row["source"], row["target"])) is not None:
            yield event, root_of(event) == row["plover"]
    coded = code_articles(coder, article_files())
    for gold in load_expected():
        if gold.kind != "event":
            continue
        events = [e for e in coded[gold.file] if gold.fragment in _flat(e.sentence)]
        if (event := _pick(events, gold.source, gold.target)) is not None:
            right = event.plover == gold.plover
            yield event, event.cameo_root == gold.cameo_root if gold.plover == "-" else right


def fit(pairs: list[tuple[int, bool]]) -> list[tuple[int, int, int, float]]:
    """(strength, events, correct, precision) per strength, shrunk and non-decreasing."""
    pooled = sum(ok for _, ok in pairs) / len(pairs)
    blocks = []  # [strengths, events, correct] pooled while they violate the order
    for level in range(confidence.MAX_STRENGTH + 1):
        hits = [ok for s, ok in pairs if s == level]
        blocks.append([[level], len(hits), sum(hits)])
        while len(blocks) > 1:
            (_, n1, c1), (_, n2, c2) = blocks[-2], blocks[-1]
            if (c1 + PRIOR * pooled) / (n1 + PRIOR) <= (c2 + PRIOR * pooled) / (n2 + PRIOR):
                break
            last = blocks.pop()
            blocks[-1] = [blocks[-1][0] + last[0], n1 + n2, c1 + c2]
    table = []
    for levels, n, c in blocks:
        value = (c + PRIOR * pooled) / (n + PRIOR)
        for level in levels:
            own = [ok for s, ok in pairs if s == level]
            table.append((level, len(own), sum(own), round(value, 3)))
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help=f"write {TABLE.name}")
    args = parser.parse_args()
    identity = {s: s / confidence.MAX_STRENGTH for s in range(confidence.MAX_STRENGTH + 1)}
    with mock.patch.object(confidence, "precision_table", lambda: identity):
        coder = Coder()
        pairs = [(round(e.confidence * confidence.MAX_STRENGTH), ok) for e, ok in outcomes(coder)]
    table = fit(pairs)
    lines = [
        "# Event confidence: precision of coded events by evidence strength (0-4, see",
        "# detente.events.confidence). Fitted by benchmarks/fit_confidence.py on sentences written",
        f"# for detente (tests/data): {len(pairs)} answered gold pairs, correct = root agrees.",
        "strength\tevents\tcorrect\tprecision",
        *(f"{s}\t{n}\t{c}\t{p}" for s, n, c, p in table),
    ]
    text = "\n".join(lines) + "\n"
    print(text, end="")
    if args.write:
        TABLE.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
