"""Load test of `detente serve`: 50 concurrent clients for 20 s against 127.0.0.1.

Starts `detente serve --read-only` on the demo store (created with `detente demo` when missing)
as a separate process on a free port. A warm-up pass asks each distinct dyad query once (the
server computes a dyad once per store generation and caches it; those cold times are reported
separately), then each client thread loops over the query mix (pairs, date windows,
frequencies) until the time is up. Reports p50/p99 latency and the error count; target: 0
errors and p99 < 300 ms.

    python benchmarks/serve_load.py [--db demo.duckdb] [--clients 50] [--seconds 20]
"""

from __future__ import annotations

import argparse
import itertools
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "web"))
from web_server import free_port  # noqa: E402

PAIRS = [("USA", "RUS"), ("CHN", "USA"), ("RUS", "CHN"), ("RUS", "UKR"), ("USA", "CHN")]
WINDOWS = [(None, None), ("2016-12-01", None), (None, "2017-03-01"), ("2017-01-01", "2017-04-01")]
FREQS = ["week", "month", "day"]
MAX_REQUESTS_PER_CLIENT = 100_000


def queries() -> list[dict[str, str]]:
    out = []
    for (a, b), (since, until), freq in itertools.product(PAIRS, WINDOWS, FREQS):
        q = {"a": a, "b": b, "freq": freq}
        q.update({k: v for k, v in (("since", since), ("until", until)) if v})
        out.append(q)
    return out


@contextmanager
def serve(db: Path) -> Iterator[str]:
    """`detente serve` in a child process on 127.0.0.1; stopped (by its pid) afterwards."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "detente",
            "serve",
            "--db",
            str(db),
            "--port",
            str(port),
            "--read-only",
        ],
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(200):
            try:
                if httpx.get(url + "/api/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        else:
            raise RuntimeError("detente serve did not start")
        yield url
    finally:
        child.terminate()
        child.wait(timeout=10)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("demo.duckdb"))
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=20.0)
    args = parser.parse_args()
    if not args.db.exists():
        subprocess.run(
            [
                sys.executable,
                "-m",
                "detente",
                "demo",
                "--db",
                str(args.db),
                "-o",
                str(args.db.with_suffix(".html")),
                "-q",
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    mix = queries()
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    with serve(args.db) as url:
        cold = []
        with httpx.Client(base_url=url, timeout=30) as http:
            for query in mix:
                started = time.perf_counter()
                if http.get("/api/dyad", params=query).status_code != 200:
                    errors.append(f"warm-up {query}")
                cold.append(time.perf_counter() - started)
        print(
            f"cold (first request per query, one client): p50 "
            f"{percentile(cold, 50) * 1000:.1f} ms, max {max(cold) * 1000:.1f} ms"
        )
        deadline = time.monotonic() + args.seconds

        def client(n: int) -> None:
            mine, bad = [], []
            with httpx.Client(base_url=url, timeout=10) as http:
                for i in range(MAX_REQUESTS_PER_CLIENT):
                    if time.monotonic() >= deadline:
                        break
                    started = time.perf_counter()
                    try:
                        response = http.get("/api/dyad", params=mix[(n * 7 + i) % len(mix)])
                        if response.status_code != 200:
                            bad.append(f"{response.status_code} {response.text[:120]}")
                    except httpx.HTTPError as exc:
                        bad.append(repr(exc))
                    mine.append(time.perf_counter() - started)
            with lock:
                latencies.extend(mine)
                errors.extend(bad)

        threads = [threading.Thread(target=client, args=(n,)) for n in range(args.clients)]
        started = time.monotonic()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=args.seconds + 60)
        elapsed = time.monotonic() - started
    p50, p99 = percentile(latencies, 50) * 1000, percentile(latencies, 99) * 1000
    print(
        f"{args.clients} clients, {elapsed:.1f} s, {len(latencies)} dyad requests "
        f"({len(latencies) / elapsed:.0f}/s), {len(mix)} distinct queries"
    )
    print(
        f"latency p50 {p50:.1f} ms, p99 {p99:.1f} ms, max {max(latencies) * 1000:.1f} ms; "
        f"errors {len(errors)}"
    )
    for line in errors[:5]:
        print("  error:", line)
    ok = not errors and p99 < 300
    print("target (0 errors, p99 < 300 ms):", "met" if ok else "NOT met")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
