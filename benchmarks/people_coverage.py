"""Which UN member states have no head of state or government in the people tables?

Usage: python benchmarks/people_coverage.py [--clashes]

Reads ``src/detente/data/actors/people_*.tsv`` and prints the count of office rows per
country, the UN member states with no ``head_of_state`` / ``head_of_government`` row, and
with ``--clashes`` every alias that names two people in overlapping terms.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "actors"))

from people_bed import HEADS, UN_MEMBERS, clashes, offices, uncovered  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clashes", action="store_true", help="list aliases shared in time")
    args = parser.parse_args()
    rows = offices()
    missing = uncovered(rows)
    heads = {row.code for row in rows if row.role in HEADS}
    print(f"office rows: {len(rows)}; countries with heads: {len(heads & UN_MEMBERS)}/193")
    print(f"UN member states without a head of state/government ({len(missing)}):")
    print(" ".join(missing))
    if args.clashes:
        for alias, one, other in clashes(rows):
            print(
                f"{alias!r}: {one.name} ({one.code} {one.role}, {one.file}:{one.line}) / "
                f"{other.name} ({other.code} {other.role}, {other.file}:{other.line})"
            )


if __name__ == "__main__":
    main()
