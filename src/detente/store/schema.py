"""Table definitions and migrations of the DuckDB store.

``mentions`` holds every coded mention with its evidence; ``events`` is one row per real
event (same day, dyad, code and modality) with the number of mentions reporting it.
"""

from __future__ import annotations

import pyarrow as pa

SCHEMA_VERSION = 1

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


EVENT_COLUMNS = ", ".join(
    f'any_value("{name}") AS "{name}"'
    for name, _, _ in MENTION_FIELDS
    if name
    not in (
        "mention_id",
        "event_id",
        "doc_id",
        "sentence_id",
        "sentence",
        "start",
        "end",
        "confidence",
        "url",
    )
)

# Migrations from version N-1 to N, applied in order inside one transaction.
MIGRATIONS: dict[int, list[str]] = {
    1: [
        "CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
        f"CREATE TABLE documents ({_columns(DOCUMENT_FIELDS)})",
        f"CREATE TABLE mentions ({_columns(MENTION_FIELDS)})",
        "CREATE INDEX mentions_doc ON mentions (doc_id)",
        f"""CREATE VIEW events AS
            SELECT event_id, {EVENT_COLUMNS}, count(*) AS n_mentions,
                   max(confidence) AS confidence, min(doc_id) AS first_doc_id
            FROM mentions GROUP BY event_id""",
    ],
}
