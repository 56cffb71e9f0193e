"""Query cost at scale: ``dyad``, ``report`` and the dashboard API on a big store vs a 100k one.

Usage: python benchmarks/scale_query.py [--rows N] [--base-rows M] [--keep DIR]
       python benchmarks/scale_query.py --rows 1000000        # a quicker run

Generates N (default 10,000,000) and M (default 100,000) GDELT 2.0-layout rows with the same
distribution (48 countries drawn with a skew, so USA, RUS and CHN are the busiest actors, as in
real GDELT; eight sectors; twenty CAMEO codes; two years of days; each dyad turns from mostly
cooperation to mostly conflict on a day of its own; about a third of the rows repeat an event
another row already reports), imports each into a fresh store with ``detente import gdelt``, and
times on each store:

* ``detente dyad USA RUS --json`` and ``detente report USA RUS`` as fresh processes (wall time
  including start-up, best of ``--repeat``; peak RSS of the slowest-memory run);
* the API in a fresh process per endpoint (FastAPI's test client, no network):
  ``/api/dyad?a=USA&b=RUS``, ``/api/overview``, ``/api/events`` and ``/api/health``, first call
  (cold: nothing cached) and second call (cached where the app caches), plus that process's
  peak RSS.

Prints one JSON object: every figure for both stores and each big-store figure as a ratio to
the same on the small store. Stores and files go to a temporary folder under /tmp (or DIR) and
are deleted unless ``--keep`` is given.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb
from import_gdelt import SECTORS, row_fields, sql_list  # the same generated rows

from detente.store import Store
from detente.store.importers import import_events

COUNTRIES = (
    "USA RUS CHN UKR GBR FRA DEU ISR IRN TUR SYR IND PAK JPN KOR PRK AFG IRQ SAU EGY "
    "PSE NGA ZAF BRA MEX CAN AUS ITA ESP POL VEN CUB LBY YEM QAT ARE KEN ETH SDN SOM "
    "MLI IDN PHL VNM THA MMR BLR GEO"
).split()
COOPERATION = ["010", "012", "036", "040", "042", "043", "051", "057", "0233", "061"]
CONFLICT = ["111", "112", "120", "130", "138", "163", "172", "190", "1951", "193"]
DAYS = 730
FIRST_DAY = "2017-01-01"


def _uniform(seed: int, salt: int) -> str:
    """SQL for a number in [0, 1) drawn from the row number."""
    return f"((hash(i, {seed}, {salt}) % 1000000)::BIGINT / 1e6)"


def generate(path: Path, rows: int, seed: int = 0) -> None:
    """Write ``rows`` GDELT 2.0 rows (tab-separated, no header) with DuckDB."""
    day = f"strftime(DATE '{FIRST_DAY}' + d::INTEGER, '%Y%m%d')"
    url = "'https://news.example.org/' || d::VARCHAR || '/article-' || i::VARCHAR"
    fields = row_fields(day, 700000000, url)
    line = " || chr(9) || ".join(f"coalesce({expr}, '')" for expr in fields.values())
    n = len(COUNTRIES)
    # Country indexes skewed towards the first countries (a uniform number to the power 2.5);
    # an actor never meets itself. Each pair turns to conflict on a day of its own.
    turn = "60 + (hash(least(a1, a2) || greatest(a1, a2)) % 600)::BIGINT"
    conflict, cooperation = sql_list(CONFLICT), sql_list(COOPERATION)
    sql = f"""
    COPY (
      SELECT {line} AS line FROM (
        SELECT i, d, a1, a2, s1, s2,
               CASE WHEN {_uniform(seed, 5)} < CASE WHEN d < {turn} THEN 0.2 ELSE 0.75 END
                    THEN {conflict}[1 + (hash(i, {seed}, 6) % {len(CONFLICT)})::BIGINT]
                    ELSE {cooperation}[1 + (hash(i, {seed}, 7) % {len(COOPERATION)})::BIGINT]
               END AS code
        FROM (
          SELECT i, d, {sql_list(COUNTRIES)}[1 + k1] AS a1,
                 {sql_list(COUNTRIES)}[1 + CASE WHEN k2 = k1 THEN (k2 + 1) % {n} ELSE k2 END] AS a2,
                 {sql_list(SECTORS)}[1 + (hash(i, {seed}, 3) % {len(SECTORS)})::BIGINT] AS s1,
                 {sql_list(SECTORS)}[1 + (hash(i, {seed}, 4) % {len(SECTORS)})::BIGINT] AS s2
          FROM (
            SELECT i, (hash(i, {seed}, 0) % {DAYS})::BIGINT AS d,
                   floor({n} * pow({_uniform(seed, 1)}, 2.5))::INTEGER AS k1,
                   floor({n} * pow({_uniform(seed, 2)}, 2.5))::INTEGER AS k2
            FROM range({rows}) t(i))))
    ) TO '{path}' (FORMAT csv, HEADER false, QUOTE '', ESCAPE '', DELIMITER '\\x01')
    """
    with duckdb.connect() as con:
        con.execute("SET enable_progress_bar = false")
        con.execute(sql).fetchall()


def build(folder: Path, rows: int) -> dict[str, object]:
    """Generate ``rows`` rows and import them into ``folder/store.duckdb``."""
    data = folder / "rows.export.CSV"
    started = time.perf_counter()
    generate(data, rows)
    generated = time.perf_counter() - started
    started = time.perf_counter()
    with Store(folder / "store.duckdb") as store:
        report = import_events(store, "gdelt", [data])
        counts = store.counts()
    imported = time.perf_counter() - started
    data.unlink()
    return {
        "rows": rows,
        "generate_s": round(generated, 1),
        "import_s": round(imported, 1),
        "imported": report.imported,
        "counts": counts,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }


def _timed_cli(argv: list[str], repeat: int) -> dict[str, float]:
    """Best wall time of ``repeat`` runs and the largest peak RSS among them."""
    best, peak = float("inf"), 0.0
    for _ in range(repeat):
        started = time.perf_counter()
        child = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - started
        stderr = child.stderr.read().decode() if child.stderr else ""
        if os.waitstatus_to_exitcode(status) != 0:
            raise RuntimeError(f"{' '.join(argv)} failed: {stderr[-2000:]}")
        best, peak = min(best, seconds), max(peak, usage.ru_maxrss / 1024)
    return {"s": round(best, 3), "rss_mb": round(peak)}


API_CHILD = """
import json, resource, sys, time
from fastapi.testclient import TestClient
from detente.web.app import create_app
db, path = sys.argv[1], sys.argv[2]
with TestClient(create_app(db, read_only=True)) as client:
    times = []
    for _ in range(2):
        started = time.perf_counter()
        response = client.get(path)
        times.append(time.perf_counter() - started)
        assert response.status_code == 200, response.text[:500]
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"first_s": round(times[0], 3), "cached_s": round(times[1], 3),
                  "rss_mb": round(rss)}))
"""

ENDPOINTS = {
    "api_dyad": "/api/dyad?a=USA&b=RUS",
    "api_overview": "/api/overview",
    "api_events": "/api/events",
    "api_events_dyad": "/api/events?actor=USA&target=RUS&both=true",
    "api_health": "/api/health",
}


def measure(db: Path, folder: Path, repeat: int) -> dict[str, dict[str, float]]:
    python = sys.executable
    result = {
        "dyad": _timed_cli(
            [python, "-m", "detente", "dyad", "USA", "RUS", "--json", "--db", str(db)], repeat
        ),
        "report": _timed_cli(
            [python, "-m", "detente", "report", "USA", "RUS", "--db", str(db), "-o",
             str(folder / "report.html")],
            repeat,
        ),
    }  # fmt: skip
    for name, path in ENDPOINTS.items():
        out = subprocess.run(
            [python, "-c", API_CHILD, str(db), path], capture_output=True, text=True, check=False
        )
        if out.returncode != 0:
            raise RuntimeError(f"{path} failed: {out.stderr[-2000:]}")
        result[name] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def _ratios(big: dict[str, dict[str, float]], small: dict[str, dict[str, float]]) -> dict:
    return {
        name: {
            key: round(value / small[name][key], 2) if small[name][key] else None
            for key, value in figures.items()
        }
        for name, figures in big.items()
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000_000)
    parser.add_argument("--base-rows", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3, help="Runs of each CLI command.")
    parser.add_argument("--keep", type=Path, default=None, help="Work in DIR, keep the stores.")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="detente-scale-", dir="/tmp"))
    root = args.keep or tmp
    try:
        result: dict[str, object] = {}
        figures = {}
        for label, rows in (("base", args.base_rows), ("big", args.rows)):
            folder = root / f"{label}-{rows}"
            folder.mkdir(parents=True, exist_ok=True)
            # A child builds the store, so this process stays small: Linux reports a child's
            # peak RSS as at least its parent's at the fork.
            with multiprocessing.get_context("spawn").Pool(1) as pool:
                result[f"{label}_store"] = pool.apply(build, (folder, rows))
            figures[label] = measure(folder / "store.duckdb", folder, args.repeat)
            result[label] = figures[label]
        result["ratio_big_to_base"] = _ratios(figures["big"], figures["base"])
        result["goal"] = "dyad s <= 1.5 x base; first /api/dyad <= 1 s; first /api/overview <= 3 s"
        print(json.dumps(result, indent=2))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
