"""``event_days``: distinct events per directed dyad, modality, day and quad class.

The ``events`` view deduplicates mentions by grouping *every* mention of the store, which on
ten million rows costs seconds and gigabytes. Dyad series, the overview's busiest dyads and
the store's event count only need how many distinct events (with their Goldstein sum) each
directed dyad has per day, modality, quad class and date kind; ``event_days`` keeps exactly
that, one row per key, a few rows per dyad and day. It is kept up to date inside the
transaction of every write, so it always says what the ``events`` view would:

* an import (rows only added) adds the events of its new rows that no earlier mention has
  (:func:`add_batch`), reading the new rows by their ``batch`` number;
* a write of coded documents (mentions replaced) recounts the directed dyads it touched from
  their mentions (:func:`refresh_dyads`), with the dyad filter applied before the grouping;
* the schema migration that creates the table fills it from the whole store (:data:`FILL`).

An event's attributes are those the ``events`` view gives it (``any_value`` over its
mentions, which agree: the event id hashes its day, dyad, code and modality). Keys are never
NULL (``''`` for a missing country or modality, -1 for a missing quad class) so that rows
merge by plain equality.
"""

from __future__ import annotations

import duckdb

KEY = ("source_country", "target_country", "modality", "date", "year_only", "quad_class")
_KEY = ", ".join(KEY)

CREATE = """CREATE TABLE event_days (
    source_country VARCHAR NOT NULL, target_country VARCHAR NOT NULL,
    modality VARCHAR NOT NULL, date DATE NOT NULL, year_only BOOLEAN NOT NULL,
    quad_class TINYINT NOT NULL, events BIGINT NOT NULL, goldstein_sum DOUBLE NOT NULL,
    goldstein_n BIGINT NOT NULL)"""

# One row per event (as the ``events`` view has it) from the mentions in ``{source}``.
_PER_EVENT = """
SELECT event_id, any_value(source_country) AS source_country,
       any_value(target_country) AS target_country, any_value(modality) AS modality,
       any_value(date) AS date, any_value(date_source) AS date_source,
       any_value(quad_class) AS quad_class, any_value(goldstein) AS goldstein
FROM {source} GROUP BY event_id"""

# Per-event rows → event_days rows.
_PER_KEY = f"""
SELECT coalesce(source_country, '') AS source_country,
       coalesce(target_country, '') AS target_country, coalesce(modality, '') AS modality,
       date, coalesce(date_source = 'text_year', false) AS year_only,
       coalesce(quad_class, -1)::TINYINT AS quad_class, count(*) AS events,
       coalesce(sum(goldstein), 0)::DOUBLE AS goldstein_sum, count(goldstein) AS goldstein_n
FROM ({{events}}) GROUP BY {_KEY}"""

# Rows go in sorted by directed dyad and day, so a dyad's rows share few row groups.
ORDER = " ORDER BY source_country, target_country, date"
# event_days counted from every mention of the store.
RECOUNT = _PER_KEY.format(events=_PER_EVENT.format(source="mentions"))
FILL = "INSERT INTO event_days " + RECOUNT + ORDER

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
        source="(SELECT *, 'asserted' AS modality, 'import' AS date_source "
        "FROM imported WHERE batch = $batch)"
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


def _merge(con: duckdb.DuckDBPyConnection, rows: str, params: dict[str, object]) -> None:
    """Add the event_days rows of query ``rows`` to the table (summing rows of one key)."""
    con.execute("DROP TABLE IF EXISTS temp._days").fetchall()
    con.execute(f"CREATE TEMP TABLE _days AS {rows}", params).fetchall()
    con.execute(
        f"""CREATE OR REPLACE TEMP TABLE _merged AS
        SELECT {_KEY}, sum(events)::BIGINT AS events, sum(goldstein_sum) AS goldstein_sum,
               sum(goldstein_n)::BIGINT AS goldstein_n
        FROM (SELECT e.* FROM event_days e SEMI JOIN temp._days USING ({_KEY})
              UNION ALL SELECT * FROM temp._days)
        GROUP BY {_KEY}"""
    ).fetchall()
    con.execute(f"DELETE FROM event_days e USING temp._days d WHERE {_same(KEY)}").fetchall()
    con.execute("INSERT INTO event_days SELECT * FROM temp._merged" + ORDER).fetchall()
    con.execute("DROP TABLE temp._days").fetchall()
    con.execute("DROP TABLE temp._merged").fetchall()


def add_batch(con: duckdb.DuckDBPyConnection, batch: int) -> None:
    """Count the new events of import batch ``batch`` (call inside the import's transaction,
    after its rows are in ``imported``)."""
    _merge(con, _PER_KEY.format(events=_BATCH_EVENTS), {"batch": batch})


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
