"""Export the store with DuckDB ``COPY (SELECT ...) TO``: CSV, Parquet or JSON lines.

By default every mention is written with all its columns (evidence, provenance, url). With
``gdelt_columns=True`` one row per asserted event is written under GDELT 2.0 column names, in
GDELT order, for the fields detente has (CSV output is then tab-separated like GDELT's).
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from detente.errors import InputError, StoreError
from detente.store.db import Store

FORMATS = ("csv", "parquet", "jsonl")

MENTIONS_SQL = "SELECT * FROM mentions ORDER BY date, event_id, mention_id"

GDELT_SQL = """
SELECT event_id AS GLOBALEVENTID,
       strftime(date, '%Y%m%d') AS SQLDATE,
       strftime(date, '%Y%m') AS MonthYear,
       year(date) AS "Year",
       round(year(date) + (dayofyear(date) - 1) / 365.0, 4) AS FractionDate,
       any_value(source) AS Actor1Code, any_value(source_name) AS Actor1Name,
       any_value(source_country) AS Actor1CountryCode,
       any_value(source_sector) AS Actor1Type1Code,
       any_value(target) AS Actor2Code, any_value(target_name) AS Actor2Name,
       any_value(target_country) AS Actor2CountryCode,
       any_value(target_sector) AS Actor2Type1Code,
       any_value(cameo) AS EventCode, left(any_value(cameo), 3) AS EventBaseCode,
       any_value(cameo_root) AS EventRootCode, any_value(quad_class) AS QuadClass,
       any_value(goldstein) AS GoldsteinScale, count(*) AS NumMentions,
       count(DISTINCT doc_id) AS NumSources, count(DISTINCT doc_id) AS NumArticles,
       coalesce(max(nullif(url, '')), '') AS SOURCEURL
FROM mentions
WHERE modality = 'asserted'
GROUP BY event_id, date
ORDER BY date, event_id
"""


def export(
    store: Store, output: str | Path, fmt: str = "csv", *, gdelt_columns: bool = False
) -> int:
    """Write the store to ``output`` in ``fmt``; return the number of rows written."""
    if fmt not in FORMATS:
        raise InputError(f"format must be one of {', '.join(FORMATS)}, got {fmt!r}")
    query = GDELT_SQL if gdelt_columns else MENTIONS_SQL
    options = {
        "csv": "FORMAT csv, HEADER true" + (", DELIMITER '\\t'" if gdelt_columns else ""),
        "parquet": "FORMAT parquet",
        "jsonl": "FORMAT json",
    }[fmt]
    target = "'" + str(output).replace("'", "''") + "'"
    try:
        rows = store.con.execute(f"COPY ({query}) TO {target} ({options})").fetchall()
    except duckdb.IOException as exc:
        raise StoreError(f"cannot write {output}: {exc}") from None
    return int(rows[0][0]) if rows else 0
