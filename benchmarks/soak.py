"""Soak: code many generated headline-like documents one by one; print the slowest.

Usage: python benchmarks/soak.py [--documents N] [--seed S] [--doc-timeout SECONDS]

Documents (default 10,000) are one to three sentence shapes from ``tests/robustness/shapes.py``
(verbless fragments, headlines, datelines, lists, single words, lower case, all caps, long
coordinations, nested quotes). Each is coded on its own through ``Coder.code`` (parse, actors,
extraction, dates, modality, with the per-document budget, default as in ``detente code``), so
its time is its own. Prints the count, total and mean time, the timeouts, the slowest
documents with their shape and time, and the worst time per shape. Not run in CI.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import time
from pathlib import Path

from detente.events import Coder, CoderConfig
from detente.events.coder import DOC_TIMEOUT
from detente.models import Document

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "robustness"))
from shapes import random_text  # noqa: E402

DAY = dt.date(2017, 2, 16)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--doc-timeout", type=float, default=DOC_TIMEOUT)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    coder = Coder(CoderConfig(doc_timeout=args.doc_timeout))
    coder.code_text("Russia accused Ukraine on Monday.", DAY)  # warm the model and dateparser
    timings: list[tuple[float, str, str]] = []
    worst: dict[str, float] = {}
    events = 0
    start = time.perf_counter()
    for number in range(args.documents):
        parts = [random_text(rng) for _ in range(rng.randint(1, 3))]
        shape = "+".join(name for name, _ in parts)
        text = rng.choice([" ", "\n"]).join(text for _, text in parts)
        began = time.perf_counter()
        events += sum(len(ev) for _, ev in coder.code([Document(f"soak-{number}", DAY, text)]))
        took = time.perf_counter() - began
        timings.append((took, shape, text))
        for name, _ in parts:
            worst[name] = max(worst.get(name, 0.0), took)
    total = time.perf_counter() - start
    timings.sort(reverse=True)
    print(
        json.dumps(
            {
                "documents": args.documents,
                "events": events,
                "total_s": round(total, 1),
                "mean_ms": round(1000 * total / args.documents, 2),
                "timeouts": [doc_id for doc_id, _ in coder.stats.timeouts],
                "slowest": [
                    {"seconds": round(t, 3), "shape": s, "text": x[:300]} for t, s, x in timings[:5]
                ],
                "worst_by_shape_s": {k: round(v, 3) for k, v in sorted(worst.items())},
            },
            indent=2,
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main()
