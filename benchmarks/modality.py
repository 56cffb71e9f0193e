"""Modality of acts in reported speech and analysis: is a rumour, forecast, condition or
quoted claim kept apart from the facts a sentence asserts?

Usage: python benchmarks/modality.py [--tsv tests/data/modality_study.tsv ...] [--misses]

The rows and their scoring are in ``tests/events/modality_bed.py``. The study file is what
modality rules were written against; the held-out file is only scored.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests" / "events"))

from modality_bed import DATA, FILES, score  # noqa: E402

from detente.events import Coder  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--tsv", nargs="*", default=[str(DATA / f) for f in FILES])
    ap.add_argument("--misses", action="store_true")
    args = ap.parse_args()
    coder = Coder()
    for name in args.tsv:
        path = Path(name)
        facts, exact, total, misses = score(coder, path)
        if args.misses:
            for row, events in misses:
                print(f"MISS {row['modality']} [{row['roots']}] {row['sentence']}")
                for e in events:
                    print(f"  got  {e.source_name}>{e.target_name} {e.cameo} {e.modality}")
        print(
            f"{path.name}: facts right {facts}/{total} = {facts / total:.3f}, "
            f"modality exact {exact}/{total} = {exact / total:.3f}"
        )


if __name__ == "__main__":
    main()
