"""Summary tables kept up to date inside the transaction of every write.

``event_days``: distinct events per directed dyad, modality, day, date precision and quad
class. The ``events`` view deduplicates mentions by grouping *every* mention of the store,
which on ten million rows costs seconds and gigabytes. Dyad series, the overview's busiest
dyads and the store's event count only need how many distinct events (with their Goldstein
sum) each directed dyad has per day, modality, quad class and date precision ('day', 'month'
or 'year': how exactly the event is dated; legacy ``date_source = 'text_year'`` rows are
'year'); ``event_days`` keeps exactly that, one row per key, a few rows per dyad and day.

``import_days``: imported rows per directed dyad and day. Each imported row is a document of
its own, so a dyad series' coverage (documents that mention either actor) counts imported
rows from here and only coded documents from their mentions.

Both always say what a recount of the mentions would:

* an import (rows only added) adds its rows to ``import_days`` and the events of its new rows
  that no earlier mention has to ``event_days`` (:func:`add_batch`), reading the new rows by
  their ``batch`` number;
* a write of coded documents (mentions replaced) recounts the directed dyads it touched from
  their mentions (:func:`refresh_dyads`), with the dyad filter applied before the grouping;
* the schema migration that creates the tables fills them from the whole store
  (:data:`FILL`, :data:`FILL_IMPORTS`).

An event's attributes are those the ``events`` view gives it (``any_value`` over its
mentions, which agree: the event id hashes its day, dyad, code and modality). Keys are never
NULL (``''`` for a missing country or modality, -1 for a missing quad class) so that rows
merge by plain equality.
"""

from __future__ import annotations

import duckdb

KEY = ("source_country", "target_country", "modality", "date", "date_precision", "quad_class")
_KEY = ", ".join(KEY)
_SUMS = ("events", "goldstein_sum", "goldstein_n")

# How exactly a mention is dated: its ``date_precision``, or 'year' for rows written before
# the column existed with ``date_source = 'text_year'``.
DATE_PRECISION = (
    "CASE WHEN date_source = 'text_year' THEN 'year' ELSE coalesce(date_precision, 'day') END"
)

CREATE = """CREATE TABLE event_days (
    source_country VARCHAR NOT NULL, target_country VARCHAR NOT NULL,
    modality VARCHAR NOT NULL, date DATE NOT NULL, date_precision VARCHAR NOT NULL,
    quad_class TINYINT NOT NULL, events BIGINT NOT NULL, goldstein_sum DOUBLE NOT NULL,
    goldstein_n BIGINT NOT NULL)"""

# One row per event (as the ``events`` view has it) from the mentions in ``{source}``.
_PER_EVENT = f"""
SELECT event_id, any_value(source_country) AS source_country,
       any_value(target_country) AS target_country, any_value(modality) AS modality,
       any_value(date) AS date, any_value({DATE_PRECISION}) AS date_precision,
       any_value(quad_class) AS quad_class, any_value(goldstein) AS goldstein
FROM {{source}} GROUP BY event_id"""

# Per-event rows → event_days rows.
_PER_KEY = f"""
SELECT coalesce(source_country, '') AS source_country,
       coalesce(target_country, '') AS target_country, coalesce(modality, '') AS modality,
       date, date_precision, coalesce(quad_class, -1)::TINYINT AS quad_class,
       count(*) AS events, coalesce(sum(goldstein), 0)::DOUBLE AS goldstein_sum,
       count(goldstein) AS goldstein_n
FROM ({{events}}) GROUP BY {_KEY}"""

# Rows go in sorted by directed dyad and day, so a dyad's rows share few row groups.
ORDER = " ORDER BY source_country, target_country, date"
# event_days counted from every mention of the store.
RECOUNT = _PER_KEY.format(events=_PER_EVENT.format(source="mentions"))
FILL = "INSERT INTO event_days " + RECOUNT + ORDER

IMPORT_KEY = ("source_country", "target_country", "date")
CREATE_IMPORTS = """CREATE TABLE import_days (
    source_country VARCHAR NOT NULL, target_country VARCHAR NOT NULL, date DATE NOT NULL,
    n_rows BIGINT NOT NULL)"""
# import_days rows of the imported rows matching ``{where}``.
_IMPORT_ROWS = """
SELECT coalesce(source_country, '') AS source_country,
       coalesce(target_country, '') AS target_country, date, count(*) AS n_rows
FROM imported WHERE {where} GROUP BY ALL"""
RECOUNT_IMPORTS = _IMPORT_ROWS.format(where="true")
FILL_IMPORTS = "INSERT INTO import_days " + RECOUNT_IMPORTS + ORDER

# The new events of import batch $batch: events of its rows that no other mention reports.
_BATCH_EVENTS = """
WITH fresh AS ({per_event}),
earlier AS (
    SELECT DISTINCT o.event_id FROM (
        SELECT event_id FROM imported WHERE batch IS DISTINCT FROM $batch
        UNION ALL SELECT event_id FROM coded) o
    JOIN fresh f ON f.event_id = o.event_id
)
SELECT fresh.* FROM fresh ANTI JOIN earlier USING (event_id)""".format(
    per_event=_PER_EVENT.format(
        source="(SELECT *, 'asserted' AS modality, 'import' AS date_source, "
        "'day' AS date_precision FROM imported WHERE batch = $batch)"
    )
)

# Directed dyads listed in temp._dyads, recounted from their mentions (filter, then group).
_DYAD_EVENTS = _PER_EVENT.format(
    source="(SELECT m.* FROM mentions m SEMI JOIN temp._dyads d "
    "ON coalesce(m.source_country, '') = d.source_country "
    "AND coalesce(m.target_country, '') = d.target_country)"
)


def _same(columns: tuple[str, ...]) -> str:
    return " AND ".join(f"e.{c} = d.{c}" for c in columns)


def _merge(
    con: duckdb.DuckDBPyConnection,
    table: str,
    key: tuple[str, ...],
    sums: tuple[str, ...],
    rows: str,
    params: dict[str, object],
) -> None:
    """Add the rows of query ``rows`` to ``table`` (summing the ``sums`` of rows of one
    ``key``)."""
    keys = ", ".join(key)
    totals = ", ".join(f"sum({c}) AS {c}" for c in sums)  # cast back by the INSERT
    con.execute("DROP TABLE IF EXISTS temp._days").fetchall()
    con.execute(f"CREATE TEMP TABLE _days AS {rows}", params).fetchall()
    con.execute(
        f"""CREATE OR REPLACE TEMP TABLE _merged AS
        SELECT {keys}, {totals}
        FROM (SELECT e.* FROM {table} e SEMI JOIN temp._days USING ({keys})
              UNION ALL SELECT * FROM temp._days)
        GROUP BY {keys}"""
    ).fetchall()
    con.execute(f"DELETE FROM {table} e USING temp._days d WHERE {_same(key)}").fetchall()
    con.execute(f"INSERT INTO {table} SELECT * FROM temp._merged" + ORDER).fetchall()
    con.execute("DROP TABLE temp._days").fetchall()
    con.execute("DROP TABLE temp._merged").fetchall()


def add_batch(con: duckdb.DuckDBPyConnection, batch: int) -> None:
    """Count the rows and new events of import batch ``batch`` (call inside the import's
    transaction, after its rows are in ``imported``)."""
    _merge(con, "event_days", KEY, _SUMS, _PER_KEY.format(events=_BATCH_EVENTS), {"batch": batch})
    rows = _IMPORT_ROWS.format(where="batch = $batch")
    _merge(con, "import_days", IMPORT_KEY, ("n_rows",), rows, {"batch": batch})


def dyads_of(con: duckdb.DuckDBPyConnection, mentions: str) -> None:
    """Add the directed dyads of the mentions in ``mentions`` (a table or subquery) to
    ``temp._dyads``, the dyads :func:`refresh_dyads` will recount."""
    con.execute(
        "CREATE TEMP TABLE IF NOT EXISTS _dyads "
        "(source_country VARCHAR NOT NULL, target_country VARCHAR NOT NULL)"
    ).fetchall()
    con.execute(
        "INSERT INTO temp._dyads SELECT DISTINCT coalesce(source_country, ''), "
        f"coalesce(target_country, '') FROM {mentions}"
    ).fetchall()


def refresh_dyads(con: duckdb.DuckDBPyConnection) -> None:
    """Recount the directed dyads in ``temp._dyads`` from their mentions (inside the write's
    transaction, after the write), then forget them."""
    dyad = _same(("source_country", "target_country"))
    con.execute(f"DELETE FROM event_days e USING temp._dyads d WHERE {dyad}").fetchall()
    con.execute("INSERT INTO event_days " + _PER_KEY.format(events=_DYAD_EVENTS) + ORDER).fetchall()
    con.execute("DROP TABLE temp._dyads").fetchall()
