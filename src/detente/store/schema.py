"""Table definitions and migrations of the DuckDB store.

Two tables hold mentions: ``coded`` (mentions the coder found in documents, with evidence;
keyed by ``mention_id``, replaced per document) and ``imported`` (rows of GDELT/ICEWS event
files: only the columns such a row has, no index, so a million-row file loads at the speed of
DuckDB's CSV reader). The ``mentions`` view is both with the same columns; ``events`` is one
row per real event (same day, dyad, code and modality) with the number of mentions reporting
it. Readers use the two views, and ``event_days`` and ``import_days``
(:mod:`detente.store.summary`: distinct events per directed dyad, modality, day, date precision
and quad class; imported rows per directed dyad and day; kept up to date by every write) where
a count over the whole store or a dyad's series would otherwise group every mention.
"""

from __future__ import annotations

import pyarrow as pa

from detente.store import summary

SCHEMA_VERSION = 5

MENTION_FIELDS: list[tuple[str, pa.DataType, str]] = [
    ("mention_id", pa.string(), "VARCHAR PRIMARY KEY"),
    ("event_id", pa.string(), "VARCHAR NOT NULL"),
    ("doc_id", pa.string(), "VARCHAR NOT NULL"),
    ("sentence_id", pa.int32(), "INTEGER"),
    ("sentence", pa.string(), "VARCHAR"),
    ("start", pa.int32(), "INTEGER"),
    ("end", pa.int32(), "INTEGER"),
    ("date", pa.date32(), "DATE NOT NULL"),
    ("date_source", pa.string(), "VARCHAR"),
    ("source", pa.string(), "VARCHAR"),
    ("source_country", pa.string(), "VARCHAR"),
    ("source_sector", pa.string(), "VARCHAR"),
    ("source_name", pa.string(), "VARCHAR"),
    ("target", pa.string(), "VARCHAR"),
    ("target_country", pa.string(), "VARCHAR"),
    ("target_sector", pa.string(), "VARCHAR"),
    ("target_name", pa.string(), "VARCHAR"),
    ("cameo", pa.string(), "VARCHAR NOT NULL"),
    ("cameo_root", pa.string(), "VARCHAR NOT NULL"),
    ("plover", pa.string(), "VARCHAR"),
    ("quad_class", pa.int8(), "TINYINT"),
    ("goldstein", pa.float64(), "DOUBLE"),
    ("modality", pa.string(), "VARCHAR"),
    ("confidence", pa.float64(), "DOUBLE"),
    ("provenance", pa.string(), "VARCHAR"),
    ("url", pa.string(), "VARCHAR"),
    ("coder_version", pa.string(), "VARCHAR"),
]
# Version 3: how exact the date is, and where the source and target phrases stand.
_V3_FIELDS: list[tuple[str, pa.DataType, str]] = [
    ("date_precision", pa.string(), "VARCHAR"),
    ("source_start", pa.int32(), "INTEGER"),
    ("source_end", pa.int32(), "INTEGER"),
    ("target_start", pa.int32(), "INTEGER"),
    ("target_end", pa.int32(), "INTEGER"),
]
MENTION_FIELDS_V2 = list(MENTION_FIELDS)
MENTION_FIELDS = MENTION_FIELDS_V2 + _V3_FIELDS
MENTION_SCHEMA = pa.schema([(name, kind) for name, kind, _ in MENTION_FIELDS])

DOCUMENT_FIELDS: list[tuple[str, pa.DataType, str]] = [
    ("doc_id", pa.string(), "VARCHAR PRIMARY KEY"),
    ("date", pa.date32(), "DATE NOT NULL"),
    ("title", pa.string(), "VARCHAR"),
    ("url", pa.string(), "VARCHAR"),
    ("n_events", pa.int32(), "INTEGER"),
    ("coder_version", pa.string(), "VARCHAR"),
]
DOCUMENT_SCHEMA = pa.schema([(name, kind) for name, kind, _ in DOCUMENT_FIELDS])


def _columns(fields: list[tuple[str, pa.DataType, str]]) -> str:
    return ", ".join(f'"{name}" {sql}' for name, _, sql in fields)


# Columns of one mention that do not describe the real event (the ``events`` view drops them).
_MENTION_ONLY = {
    "mention_id", "event_id", "doc_id", "sentence_id", "sentence", "start", "end",
    "confidence", "url", "source_start", "source_end", "target_start", "target_end",
}  # fmt: skip

# Rows of imported event files: one mention each, its id and event id computed at import.
IMPORTED_FIELDS: list[tuple[str, str]] = [
    ("provenance", "VARCHAR NOT NULL"),
    ("gid", "VARCHAR NOT NULL"),
    ("mention_id", "VARCHAR NOT NULL"),
    ("event_id", "VARCHAR NOT NULL"),
    ("date", "DATE NOT NULL"),
    ("source_country", "VARCHAR"),
    ("source_sector", "VARCHAR"),
    ("source_name", "VARCHAR"),
    ("target_country", "VARCHAR"),
    ("target_sector", "VARCHAR"),
    ("target_name", "VARCHAR"),
    ("cameo", "VARCHAR NOT NULL"),
    ("plover", "VARCHAR"),
    ("quad_class", "TINYINT"),
    ("goldstein", "DOUBLE"),
    ("sentence", "VARCHAR"),
    ("url", "VARCHAR"),
    ("coder_version", "VARCHAR"),
]
# Version 5: what the file says beyond the event (NULL for coded rows and for rows imported
# before version 5). GDELT: its own QuadClass and GoldsteinScale (ours stay in quad_class and
# goldstein), NumMentions, NumSources, NumArticles, AvgTone and the action's geography
# (geo_country is GDELT's FIPS 10-4 country code). ICEWS: Intensity (as file_goldstein),
# Story ID, Publisher, location (geo_country is the country's name) and the full sector lists.
IMPORT_META_FIELDS: list[tuple[str, pa.DataType, str]] = [
    ("file_quad_class", pa.int8(), "TINYINT"),
    ("file_goldstein", pa.float64(), "DOUBLE"),
    ("num_mentions", pa.int32(), "INTEGER"),
    ("num_sources", pa.int32(), "INTEGER"),
    ("num_articles", pa.int32(), "INTEGER"),
    ("avg_tone", pa.float64(), "DOUBLE"),
    ("geo_name", pa.string(), "VARCHAR"),
    ("geo_city", pa.string(), "VARCHAR"),
    ("geo_province", pa.string(), "VARCHAR"),
    ("geo_country", pa.string(), "VARCHAR"),
    ("geo_lat", pa.float64(), "DOUBLE"),
    ("geo_long", pa.float64(), "DOUBLE"),
    ("story_id", pa.string(), "VARCHAR"),
    ("publisher", pa.string(), "VARCHAR"),
    ("source_sectors", pa.string(), "VARCHAR"),
    ("target_sectors", pa.string(), "VARCHAR"),
]
IMPORT_META = [name for name, _, _ in IMPORT_META_FIELDS]

# ``imported`` rows as MENTION_FIELDS, in order.
_IMPORTED_AS_MENTIONS = """
    mention_id, event_id, provenance || ':' || gid AS doc_id, 0 AS sentence_id, sentence,
    0 AS start, 0 AS "end", date, 'import' AS date_source,
    source_country || source_sector AS source, source_country, source_sector, source_name,
    target_country || target_sector AS target, target_country, target_sector, target_name,
    cameo, left(cameo, 2) AS cameo_root, plover, quad_class, goldstein,
    'asserted' AS modality, 1.0 AS confidence, provenance, url, coder_version"""
_IMPORTED_V3 = """,
    'day' AS date_precision, NULL::INTEGER AS source_start, NULL::INTEGER AS source_end,
    NULL::INTEGER AS target_start, NULL::INTEGER AS target_end"""


def _events_view(fields: list[tuple[str, pa.DataType, str]]) -> str:
    """One row per real event over ``mentions`` (a table in version 1, a view since 2)."""
    columns = ", ".join(
        f'any_value("{name}") AS "{name}"' for name, _, _ in fields if name not in _MENTION_ONLY
    )
    return f"""CREATE VIEW events AS
    SELECT event_id, {columns}, count(*) AS n_mentions,
           max(confidence) AS confidence, min(doc_id) AS first_doc_id
    FROM mentions GROUP BY event_id"""


def _views(
    fields: list[tuple[str, pa.DataType, str]],
    imported: str,
    meta: list[tuple[str, pa.DataType, str]] | None = None,
) -> list[str]:
    """The ``mentions`` view (coded and imported rows alike; the ``meta`` columns of imported
    rows after them, NULL for coded rows) and the ``events`` view (without ``meta``)."""
    columns = ", ".join(f'"{name}"' for name, _, _ in fields)
    meta = meta or []
    coded_meta = "".join(f', NULL::{sql} AS "{name}"' for name, _, sql in meta)
    imported_meta = "".join(f', "{name}"' for name, _, _ in meta)
    return [
        f"""CREATE VIEW mentions AS
        SELECT {columns}{coded_meta} FROM coded
        UNION ALL SELECT {imported}{imported_meta} FROM imported""",
        _events_view(fields),
    ]


# Migrations from version N-1 to N, applied in order inside one transaction.
MIGRATIONS: dict[int, list[str]] = {
    1: [
        "CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
        f"CREATE TABLE documents ({_columns(DOCUMENT_FIELDS)})",
        f"CREATE TABLE mentions ({_columns(MENTION_FIELDS_V2)})",
        "CREATE INDEX mentions_doc ON mentions (doc_id)",
        _events_view(MENTION_FIELDS_V2),
    ],
    # Version 2: imported rows move out of the indexed mentions table into ``imported``.
    # (Copied rather than renamed: DuckDB cannot scan a table renamed in the same
    # transaction.)
    2: [
        f"CREATE TABLE coded ({_columns(MENTION_FIELDS_V2)})",
        "CREATE TABLE imported ("
        + ", ".join(f'"{name}" {sql}' for name, sql in IMPORTED_FIELDS)
        + ")",
        "INSERT INTO coded SELECT * FROM mentions WHERE provenance NOT IN ('gdelt', 'icews')",
        f"INSERT INTO imported SELECT provenance, substr(doc_id, length(provenance) + 2), "
        f"{', '.join(name for name, _ in IMPORTED_FIELDS[2:])} "
        "FROM mentions WHERE provenance IN ('gdelt', 'icews')",
        "DROP VIEW events",
        "DROP TABLE mentions",
        "CREATE INDEX coded_doc ON coded (doc_id)",
        *_views(MENTION_FIELDS_V2, _IMPORTED_AS_MENTIONS),
    ],
    # Version 3: date precision and phrase offsets (existing rows: day precision, no offsets).
    3: [
        "DROP VIEW events",
        "DROP VIEW mentions",
        *(f'ALTER TABLE coded ADD COLUMN "{name}" {sql}' for name, _, sql in _V3_FIELDS),
        "UPDATE coded SET date_precision = CASE date_source WHEN 'text_month' THEN 'month' "
        "WHEN 'text_year' THEN 'year' ELSE 'day' END",
        *_views(MENTION_FIELDS, _IMPORTED_AS_MENTIONS + _IMPORTED_V3),
    ],
    # Version 4: ``event_days`` and ``import_days`` (counted from every mention once, then
    # kept by each write); imported rows carry the number of the import that added them.
    4: [
        "ALTER TABLE imported ADD COLUMN batch INTEGER",
        summary.CREATE,
        summary.FILL,
        summary.CREATE_IMPORTS,
        summary.FILL_IMPORTS,
    ],
    # Version 5: the file's own scores and its metadata on imported rows, shown by the
    # ``mentions`` view (NULL for coded rows and for rows imported before).
    5: [
        "DROP VIEW events",
        "DROP VIEW mentions",
        *(f'ALTER TABLE imported ADD COLUMN "{name}" {sql}' for name, _, sql in IMPORT_META_FIELDS),
        *_views(MENTION_FIELDS, _IMPORTED_AS_MENTIONS + _IMPORTED_V3, IMPORT_META_FIELDS),
    ],
}
