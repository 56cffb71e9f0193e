"""GDELT import throughput: ``detente import gdelt`` vs DuckDB's own ``read_csv`` of the file.

Usage: python benchmarks/import_gdelt.py [--rows N] [--repeat R] [--keep DIR]
       python benchmarks/import_gdelt.py --rows 3000000 --memory-limit 400MB

Generates an N-row (default 1,000,000) GDELT 2.0-layout export (61 tab-separated columns,
realistic codes, countries and dates, 0.1 % malformed rows) in a temporary directory, then
times, on the same file, the best of R runs (default 3) of:

* ``read_csv_to_table``: the bare DuckDB load, ``CREATE TABLE raw AS SELECT * FROM
  read_csv(file, delim='\\t', header=false, ignore_errors=true)`` (types auto-detected)
  into a fresh on-disk database: what a DuckDB user types to get the file into a database,
  and the baseline of the ratio (goal >= 0.5);
* ``read_csv_to_arrow``: the same ``read_csv`` fetched into memory as an Arrow table, with
  no database write;
* ``count_star``: ``SELECT count(*) FROM read_csv(...)`` with our reader options, a lower
  bound that tokenizes lines but materialises no value;
* detente: :func:`detente.store.importers.import_events` into a fresh on-disk store (read,
  map in SQL, count skip reasons, insert into ``imported`` with ids and dedup).

Prints rows/s and the ratio of each baseline's time to ours, plus a re-import time (nothing
new is added). With ``--memory-limit`` it only imports, in a child process whose DuckDB
``memory_limit`` is set, and prints that process's peak RSS: the import streams, so a file
of any size fits in the limit.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import resource
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import duckdb

from detente.store import Store
from detente.store.importers import import_events
from detente.store.importsql import read_csv
from detente.store.layouts import GDELT2_COLUMNS

CODES = [
    "010",
    "012",
    "036",
    "040",
    "042",
    "043",
    "051",
    "057",
    "0233",
    "111",
    "112",
    "120",
    "130",
    "138",
    "163",
    "172",
    "190",
    "1951",
    "193",
    "200",
]
COUNTRIES = [
    "USA",
    "RUS",
    "UKR",
    "CHN",
    "SYR",
    "IRN",
    "ISR",
    "PSE",
    "GBR",
    "FRA",
    "DEU",
    "TUR",
    "IND",
    "PAK",
    "PRK",
    "KOR",
    "JPN",
    "ROM",
    "AFG",
    "IRQ",
]
SECTORS = ["", "GOV", "MIL", "", "COP", "REB", "BUS", ""]


def sql_list(values: list[str]) -> str:
    """A SQL list literal of strings."""
    return "[" + ", ".join(f"'{v}'" for v in values) + "]"


def row_fields(day: str, first_id: int, url: str) -> dict[str, str]:
    """SQL for every GDELT 2.0 column of a generated row: the event id from ``first_id`` and
    the row number ``i``, the day, two actors ``a1``/``a2`` with sectors ``s1``/``s2``, the
    CAMEO ``code`` and a source ``url``; other columns are empty."""
    fields = {name: "''" for name in GDELT2_COLUMNS}
    fields.update(
        {
            "GLOBALEVENTID": f"({first_id} + i)::VARCHAR",
            "SQLDATE": day,
            "Actor1Code": "a1 || s1",
            "Actor1Name": "'ACTOR ' || a1",
            "Actor1CountryCode": "a1",
            "Actor1Type1Code": "s1",
            "Actor2Code": "a2 || s2",
            "Actor2Name": "'ACTOR ' || a2",
            "Actor2CountryCode": "a2",
            "Actor2Type1Code": "s2",
            "IsRootEvent": "'1'",
            "EventCode": "code",
            "EventBaseCode": "left(code, 3)",
            "EventRootCode": "left(code, 2)",
            "NumMentions": "'10'",
            "NumSources": "'1'",
            "NumArticles": "'10'",
            "AvgTone": "'-1.2345'",
            "ActionGeo_Type": "'4'",
            "ActionGeo_FullName": "'Moscow, Moskva, Russia'",
            "ActionGeo_CountryCode": "'RS'",
            "DATEADDED": f"{day} || '230000'",
            "SOURCEURL": url,
        }
    )
    return fields


def generate(path: Path, rows: int) -> None:
    """Write ``rows`` GDELT 2.0 rows with DuckDB (every 1000th row has 60 columns)."""
    day = "strftime(DATE '2017-01-01' + (i % 365)::INTEGER, '%Y%m%d')"
    fields = row_fields(day, 600000000, "'https://news.example.org/2017/article-' || i::VARCHAR")
    fields.update(
        {
            "QuadClass": "((i % 4) + 1)::VARCHAR",
            "GoldsteinScale": "(((i % 41) - 20) / 2.0)::VARCHAR",
            "ActionGeo_Lat": "'55.7522'",
            "ActionGeo_Long": "'37.6156'",
            "ActionGeo_FeatureID": "'-2960561'",
        }
    )
    body = " || chr(9) || ".join(f"coalesce({expr}, '')" for expr in fields.values())
    short = f"regexp_replace({body}, '\\t[^\\t]*$', '')"
    line = f"CASE WHEN i % 1000 = 999 THEN {short} ELSE {body} END"
    sql = f"""
    COPY (
      SELECT {line} AS line FROM (
        SELECT i, {sql_list(COUNTRIES)}[1 + (i * 7) % {len(COUNTRIES)}] AS a1,
               {sql_list(COUNTRIES)}[1 + (i * 13 + 5) % {len(COUNTRIES)}] AS a2,
               {sql_list(SECTORS)}[1 + i % {len(SECTORS)}] AS s1,
               {sql_list(SECTORS)}[1 + (i // 3) % {len(SECTORS)}] AS s2,
               {sql_list(CODES)}[1 + (i * 31) % {len(CODES)}] AS code
        FROM range({rows}) t(i))
    ) TO '{path}' (FORMAT csv, HEADER false, QUOTE '', ESCAPE '', DELIMITER '\\x01')
    """
    duckdb.sql(sql)


def _best(repeat: int, run: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times)


def _fresh(path: Path) -> Path:
    for stale in (path, path.with_name(path.name + ".wal")):
        stale.unlink(missing_ok=True)
    return path


def _import_limited(db: Path, data: Path, limit: str) -> None:
    with Store(db) as store:
        store.con.execute(f"SET memory_limit = '{limit}'").fetchall()
        report = import_events(store, "gdelt", [data])
    print(json.dumps({"imported": report.imported, "skipped": dict(report.skipped)}))


def _memory_run(folder: Path, data: Path, limit: str) -> dict[str, object]:
    """Import ``data`` in a fresh child process with DuckDB's memory_limit; its peak RSS."""
    child = multiprocessing.get_context("spawn").Process(
        target=_import_limited, args=(_fresh(folder / "limited.duckdb"), data, limit)
    )
    started = time.perf_counter()
    child.start()
    child.join()
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {
        "memory_limit": limit,
        "exit_code": child.exitcode,
        "import_s": round(seconds, 2),
        "peak_rss_mb": round(peak),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keep", type=Path, default=None, help="Work in DIR, keep the files.")
    parser.add_argument("--memory-limit", default=None, help="Only import, under this limit.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="detente-bench-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        data = folder / "bench.export.CSV"
        started = time.perf_counter()
        generate(data, args.rows)
        generated = time.perf_counter() - started
        if args.memory_limit:
            limited = _memory_run(folder, data, args.memory_limit)
            print(
                json.dumps(
                    {"rows": args.rows, "file_mb": round(data.stat().st_size / 1e6, 1), **limited},
                    indent=2,
                )
            )
            return
        bare = f"read_csv('{data}', delim='\\t', header=false, ignore_errors=true)"

        def to_table() -> None:
            with duckdb.connect(str(_fresh(folder / "raw.duckdb"))) as con:
                con.execute("SET enable_progress_bar = false")
                con.execute(f"CREATE TABLE raw AS SELECT * FROM {bare}").fetchall()

        def to_arrow() -> None:
            with duckdb.connect() as con:
                con.sql(f"SELECT * FROM {bare}").to_arrow_table()

        def count_star() -> None:
            with duckdb.connect() as con:
                source = read_csv(data, GDELT2_COLUMNS, header=False)
                con.execute(f"SELECT count(*) FROM {source}").fetchall()

        reports = []

        def ours() -> None:
            with Store(_fresh(folder / "bench.duckdb")) as store:
                reports.append(import_events(store, "gdelt", [data]))

        baselines = {
            "read_csv_to_table": _best(args.repeat, to_table),
            "read_csv_to_arrow": _best(args.repeat, to_arrow),
            "count_star": _best(args.repeat, count_star),
        }
        import_s = _best(args.repeat, ours)
        with Store(folder / "bench.duckdb") as store:
            started = time.perf_counter()
            again = import_events(store, "gdelt", [data])
            reimport = time.perf_counter() - started
        report = reports[-1]
        result: dict[str, object] = {
            "rows": args.rows,
            "file_mb": round(data.stat().st_size / 1e6, 1),
            "generate_s": round(generated, 2),
            "repeat": args.repeat,
            "import_s": round(import_s, 3),
            "import_rows_per_s": round(args.rows / import_s),
        }
        for name, seconds in baselines.items():
            result[f"{name}_s"] = round(seconds, 3)
            result[f"ratio_vs_{name}"] = round(seconds / import_s, 3)
        result.update(
            {
                "goal": "ratio_vs_read_csv_to_table >= 0.5",
                "imported": report.imported,
                "skipped": dict(report.skipped),
                "reimport_s": round(reimport, 3),
                "reimport_new": again.imported,
            }
        )
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
