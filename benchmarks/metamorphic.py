"""Metamorphic probe on our own sentence families: the same news told a little differently.

Usage: python benchmarks/metamorphic.py [--errors KIND] [--seed N] [--kinds K1,K2]

The coder finds far more marked pairs on the wordings its rules were written from than on
unseen ones. This bench reads the study files of the plv9-plv14 families (tests/data, written
for detente; nothing from ../shared), keeps every sentence the coder gets right (the marked
pair found with the gold root) and rewrites it with small transforms that leave who did what
to whom unchanged (tests/events/metamorphic_bed.py). Per transform it prints the variants
made and how many keep the pair and root (``kept``) and, of those, the codes too (``codes``).

Transforms: ``dateline`` (a wire dateline in front), ``attribution`` (", officials said" or
", according to state media" before the final stop), ``time`` ("On Tuesday, " in front of a
sentence that names no time), ``country`` (a country named by the source or target swapped
for another of a fixed list, its nationality adjective with it), ``title`` (a person's title
cut, or put in front of a bare name the people tables give an office), ``wrapped`` ("The
ministry said on Monday that …" around the whole sentence), ``aside`` (", for its part,"
after a subject), ``fronted`` (the sentence's own time phrase moved in front).

``--errors KIND`` prints the broken variants of one kind (``all``: every kind) with the
events before and after.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests" / "events"))

from metamorphic_bed import KINDS, SEED, run, table  # noqa: E402

from detente.evaluate.plv import root_of  # noqa: E402
from detente.models import Event  # noqa: E402


def _show(event: Event | None) -> str:
    if event is None:
        return "(not found)"
    return (
        f"{event.source_name}[{event.source}] {event.cameo} {root_of(event)} "
        f"{event.modality} {event.target_name}[{event.target}]"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", metavar="KIND", help="print the broken variants of a kind")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--kinds", help="only these kinds, comma-separated")
    args = parser.parse_args()
    if args.errors and args.errors not in (*KINDS, "all"):
        parser.error(f"--errors takes one of {', '.join(KINDS)}, all")
    kinds = tuple(args.kinds.split(",")) if args.kinds else tuple(KINDS)
    total, right, outcomes = run(seed=args.seed, kinds=kinds)
    print(f"study pairs {total}, right as written {right}, seed {args.seed}")
    for kind, (n, kept, codes) in table(outcomes).items():
        if kind not in kinds:
            continue
        share = f"{kept / n:.3f}" if n else "-"
        print(f"{kind:<12} kept {kept}/{n} {share}  codes {codes}/{n}")
    for o in outcomes:
        if args.errors in (o.kind, "all") and not o.codes_kept:
            print(f"[{o.kind}] {o.pair.id} gold {o.pair.root}")
            print(f"    {o.moved.text}")
            print(f"    before: {_show(o.before)}")
            print(f"    after:  {_show(o.after)}")


if __name__ == "__main__":
    main()
