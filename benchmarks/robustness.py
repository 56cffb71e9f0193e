"""Load with bad input: code N documents with 5 % bad ones mixed in, against the same good
documents alone.

Usage: python benchmarks/robustness.py [--n 10000]

Reports throughput of both runs and their ratio (goal >= 0.9), peak RSS, and the skipped
counts by reason, which must add up to the number of bad documents planted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import tempfile
import time
from pathlib import Path

from detente.cli import demo_corpus
from detente.events import Coder
from detente.run import RunSummary, code_paths
from detente.store import Store

BAD_LINES = [
    "{not json at all",
    json.dumps({"id": "x", "date": "2017-02-30", "text": "Russia accused Ukraine."}),
    json.dumps({"id": "x", "date": "2999-01-01", "text": "Russia accused Ukraine."}),
    json.dumps({"id": "x", "date": "2017-02-16"}),
    json.dumps({"id": "x", "date": "2017-02-16", "text": 42}),
    json.dumps(["not", "an", "object"]),
    json.dumps({"id": "x", "text": "no date"}),
]
BAD_FILES = [b"\x00\x01\x02\x03" * 64, b"", b"   \n\t  "]


def _write(folder: Path, n: int, bad_share: float, seed: int = 7) -> int:
    rng = random.Random(seed)
    good = [json.loads(line) for line in demo_corpus().read_text(encoding="utf-8").splitlines()]
    n_bad = round(n * bad_share)
    n_bad_files = n_bad // 10
    lines = [json.dumps({**good[i % len(good)], "id": f"good-{i}"}) for i in range(n - n_bad)]
    lines += [rng.choice(BAD_LINES) for _ in range(n_bad - n_bad_files)]
    rng.shuffle(lines)
    (folder / "corpus.jsonl").write_text("\n".join(lines), encoding="utf-8")
    for i in range(n_bad_files):
        (folder / f"2017-02-16-bad-{i}.txt").write_bytes(BAD_FILES[i % len(BAD_FILES)])
    return n_bad


def _run(folder: Path) -> tuple[float, RunSummary]:
    summary = RunSummary()
    start = time.perf_counter()
    with Store(":memory:") as store:
        for _ in code_paths([str(folder)], store=store, summary=summary):
            pass
    return time.perf_counter() - start, summary


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        clean, mixed = Path(tmp, "clean"), Path(tmp, "mixed")
        clean.mkdir()
        mixed.mkdir()
        _write(clean, args.n - round(args.n * 0.05), 0.0)
        planted = _write(mixed, args.n, 0.05)
        Coder().code_text("Russia accused Ukraine on Tuesday.", dt.date(2017, 2, 16))  # warm up
        clean_s, clean_summary = _run(clean)
        mixed_s, mixed_summary = _run(mixed)
    clean_rate = clean_summary.documents / clean_s
    mixed_rate = mixed_summary.documents / mixed_s
    print(
        json.dumps(
            {
                "documents": args.n,
                "bad_planted": planted,
                "skipped": dict(mixed_summary.ingest.skipped),
                "skipped_total": mixed_summary.ingest.n_skipped,
                "skipped_equals_planted": mixed_summary.ingest.n_skipped == planted,
                "clean_docs_per_s": round(clean_rate, 1),
                "mixed_docs_per_s": round(mixed_rate, 1),
                "throughput_ratio": round(mixed_rate / clean_rate, 3),
                "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
