"""Event dates as news writes them: is each act dated to the day (or month, or year) a reader
would give it?

Usage: python benchmarks/dates.py [--tsv tests/data/dates_study.tsv ...] [--misses]

The rows and their scoring are in ``tests/events/date_bed.py``. The study file is what date
rules were written against; the held-out file is only scored.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests" / "events"))

from date_bed import DATA, FILES, precision_of, score  # noqa: E402

from detente.events import Coder  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tsv", nargs="*", default=[str(DATA / f) for f in FILES])
    ap.add_argument("--misses", action="store_true")
    args = ap.parse_args()
    coder = Coder()
    for name in args.tsv:
        path = Path(name)
        right, found, misses = score(coder, path)
        total = right + len(misses)
        if args.misses:
            for row, events in misses:
                want = f"{row['source']}>{row['target']} {row['root']} {row['date']}"
                print(f"MISS {row['published']} {row['sentence']}")
                print(f"  want {want} {row['precision']}")
                for e in events:
                    got = f"{e.source_country}>{e.target_country} {e.cameo} {e.modality}"
                    print(f"  got  {got} {e.date} {precision_of(e)} ({e.date_source})")
        share = right / max(total, 1)
        print(f"{path.name}: dated right {right}/{total} = {share:.3f} (act found {found})")


if __name__ == "__main__":
    main()
