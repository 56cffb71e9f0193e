"""The coder against a careful human coder on the real-article test bed.

Run:  python benchmarks/articles.py [--facts]

For each article in ``tests/data/articles`` prints every row of ``expected.tsv``: the row,
whether the coder found it, the event it printed, and whether date and modality agree; a
``not`` row (rumour, forecast, conclusion) is ``VIOLATED`` when it was coded as an asserted
fact. Then recall, date and modality accuracy per article and overall. ``--facts`` also
lists the asserted events no row accounts for (candidates for false facts).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests" / "events"))

from article_bed import (  # noqa: E402
    Outcome,
    Score,
    article_files,
    code_articles,
    load_expected,
    outcomes,
    score,
    unexpected_facts,
)

from detente.events.coder import Coder  # noqa: E402
from detente.models import Event  # noqa: E402


def _event(e: Event) -> str:
    return (
        f"{e.source or '?'}->{e.target or '?'} {e.cameo} {e.plover or '-'} "
        f"{e.date} ({e.date_source}) {e.modality} "
        f"[{e.source_name or '?'} / {e.target_name or '?'}]"
    )


def _mark(ok: bool) -> str:
    return "ok" if ok else "NO"


def _line(result: Outcome) -> str:
    row = result.row
    head = f"  {row.kind:5} {row.label:44} «{row.fragment[:48]}»"
    if row.kind == "not":
        if result.event is None:
            return f"{head}\n        not coded as fact: ok"
        return f"{head}\n        VIOLATED: {_event(result.event)}"
    if result.event is None:
        return f"{head}\n        MISSED"
    return (
        f"{head}\n        found: {_event(result.event)}"
        f"  date {_mark(result.date_ok)}  modality {_mark(result.modality_ok)}"
    )


def _summary(name: str, s: Score) -> str:
    return (
        f"{name:32} recall {s.found:2}/{s.rows:<2} = {s.recall:.2f}   "
        f"date {s.date_ok:2}/{s.found:<2} = {s.date_accuracy:.2f}   "
        f"modality {s.modality_ok:2}/{s.found:<2} = {s.modality_accuracy:.2f}   "
        f"not-rows violated {s.violations}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", action="store_true", help="list unexplained asserted events")
    args = parser.parse_args()

    rows = load_expected()
    files = article_files()
    coded = code_articles(Coder(), files)
    results = outcomes(rows, coded)
    scores = {}
    for path in files:
        mine = [r for r in results if r.row.file == path.name]
        scores[path.name] = score(mine)
        print(f"== {path.name}")
        for result in mine:
            print(_line(result))
        if args.facts:
            extra = unexpected_facts([r.row for r in mine], coded[path.name])
            print(f"  asserted events no row accounts for: {len(extra)}")
            for e in extra:
                print(f"    {_event(e)}  «{' '.join(e.sentence.split())[:70]}»")
        print()
    for name, s in scores.items():
        print(_summary(name, s))
    print(_summary("all", score(results)))


if __name__ == "__main__":
    main()
