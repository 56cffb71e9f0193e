"""GDELT import throughput: ``detente import gdelt`` vs a bare DuckDB ``read_csv`` of the file.

Usage: python benchmarks/import_gdelt.py [--rows N] [--keep DIR]

Generates an N-row (default 1,000,000) GDELT 2.0-layout export (61 tab-separated columns,
realistic codes, countries and dates, 0.1 % malformed rows) in a temporary directory, then
times, on the same file:

* baseline: ``SELECT count(*) FROM read_csv(...)`` with the same reader options (all 61
  columns as VARCHAR, tab-separated, no quoting, bad rows ignored);
* detente: :func:`detente.store.importers.import_events` into a fresh on-disk store
  (read, map in SQL, count skip reasons, INSERT OR IGNORE into ``mentions``).

Prints rows/s of both and the ratio detente/baseline (goal >= 0.5), plus a re-import time
(nothing new is added).
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
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


def _list(values: list[str]) -> str:
    return "[" + ", ".join(f"'{v}'" for v in values) + "]"


def generate(path: Path, rows: int) -> None:
    """Write ``rows`` GDELT 2.0 rows with DuckDB (every 1000th row has 60 columns)."""
    fields = {name: "''" for name in GDELT2_COLUMNS}
    fields.update(
        {
            "GLOBALEVENTID": "(600000000 + i)::VARCHAR",
            "SQLDATE": "strftime(DATE '2017-01-01' + (i % 365)::INTEGER, '%Y%m%d')",
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
            "QuadClass": "((i % 4) + 1)::VARCHAR",
            "GoldsteinScale": "(((i % 41) - 20) / 2.0)::VARCHAR",
            "NumMentions": "'10'",
            "NumSources": "'1'",
            "NumArticles": "'10'",
            "AvgTone": "'-1.2345'",
            "ActionGeo_Type": "'4'",
            "ActionGeo_FullName": "'Moscow, Moskva, Russia'",
            "ActionGeo_CountryCode": "'RS'",
            "ActionGeo_Lat": "'55.7522'",
            "ActionGeo_Long": "'37.6156'",
            "ActionGeo_FeatureID": "'-2960561'",
            "DATEADDED": "strftime(DATE '2017-01-01' + (i % 365)::INTEGER, '%Y%m%d') || '230000'",
            "SOURCEURL": "'https://news.example.org/2017/article-' || i::VARCHAR",
        }
    )
    body = " || chr(9) || ".join(f"coalesce({expr}, '')" for expr in fields.values())
    short = f"regexp_replace({body}, '\\t[^\\t]*$', '')"
    line = f"CASE WHEN i % 1000 = 999 THEN {short} ELSE {body} END"
    sql = f"""
    COPY (
      SELECT {line} AS line FROM (
        SELECT i, {_list(COUNTRIES)}[1 + (i * 7) % {len(COUNTRIES)}] AS a1,
               {_list(COUNTRIES)}[1 + (i * 13 + 5) % {len(COUNTRIES)}] AS a2,
               {_list(SECTORS)}[1 + i % {len(SECTORS)}] AS s1,
               {_list(SECTORS)}[1 + (i // 3) % {len(SECTORS)}] AS s2,
               {_list(CODES)}[1 + (i * 31) % {len(CODES)}] AS code
        FROM range({rows}) t(i))
    ) TO '{path}' (FORMAT csv, HEADER false, QUOTE '', ESCAPE '', DELIMITER '\\x01')
    """
    duckdb.sql(sql)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--keep", type=Path, default=None, help="Work in DIR, keep the files.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="detente-bench-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        data = folder / "bench.export.CSV"
        started = time.perf_counter()
        generate(data, args.rows)
        generated = time.perf_counter() - started

        con = duckdb.connect()
        started = time.perf_counter()
        source = read_csv(data, GDELT2_COLUMNS, header=False)
        (count,) = con.execute(f"SELECT count(*) FROM {source}").fetchone()
        bare = time.perf_counter() - started
        con.close()

        # For context: the same reader materialised into a table of an on-disk database.
        copy_db = folder / "copy.duckdb"
        copy_db.unlink(missing_ok=True)
        con = duckdb.connect(str(copy_db))
        con.execute("SET enable_progress_bar = false")
        started = time.perf_counter()
        con.execute(f"CREATE TABLE copied AS SELECT * FROM {source}").fetchall()
        copied = time.perf_counter() - started
        con.close()

        db = folder / "bench.duckdb"
        db.unlink(missing_ok=True)
        with Store(db) as store:
            started = time.perf_counter()
            report = import_events(store, "gdelt", [data])
            ours = time.perf_counter() - started
            started = time.perf_counter()
            again = import_events(store, "gdelt", [data])
            reimport = time.perf_counter() - started
        result = {
            "rows": args.rows,
            "file_mb": round(data.stat().st_size / 1e6, 1),
            "generate_s": round(generated, 2),
            "bare_read_csv_s": round(bare, 3),
            "bare_rows": count,
            "bare_rows_per_s": round(args.rows / bare),
            "import_s": round(ours, 3),
            "import_rows_per_s": round(args.rows / ours),
            "ratio": round(bare / ours, 3),
            "goal": 0.5,
            "copy_into_table_s": round(copied, 3),
            "ratio_vs_copy_into_table": round(copied / ours, 3),
            "imported": report.imported,
            "skipped": dict(report.skipped),
            "reimport_s": round(reimport, 3),
            "reimport_new": again.imported,
        }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
