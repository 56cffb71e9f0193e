"""Export the store with DuckDB ``COPY (SELECT ...) TO``: CSV, Parquet or JSON lines.

By default every mention is written with all its columns (evidence, provenance, url; for
imported rows also the file's own scores and metadata, see ``IMPORT_META_FIELDS`` in
:mod:`detente.store.schema`). With
``gdelt_columns=True`` one row per asserted event is written under all 61 GDELT 2.0 column
names, in GDELT order (CSV output is then tab-separated like GDELT's): the fields detente has
are filled (an imported GDELT row also keeps its counts, tone and action geography), the
others (actor geography, known-group and religion codes) left empty. Rows
imported from GDELT keep their original GLOBALEVENTID, one row each; coded events have their
detente event id. :class:`ExportFilter` narrows either to dates, an actor and a provenance.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb

from detente.errors import InputError, StoreError
from detente.store.db import Store
from detente.store.layouts import GDELT2_COLUMNS

FORMATS = ("csv", "parquet", "jsonl")
PROVENANCES = ("coded", "gdelt", "icews")
# File extension → format (``export`` picks the format from the output name).
SUFFIX_FORMATS = {
    ".csv": "csv",
    ".tsv": "csv",
    ".txt": "csv",
    ".parquet": "parquet",
    ".pq": "parquet",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
}

MENTIONS_SQL = "SELECT * FROM mentions WHERE {where} ORDER BY date, event_id, mention_id"

# One GDELT row per coded event, and per imported GDELT row (its own GLOBALEVENTID).
_GDELT_KEY = "CASE WHEN provenance = 'gdelt' THEN doc_id ELSE event_id END"
_GDELT_FIELDS = {
    "GLOBALEVENTID": "CASE WHEN any_value(provenance) = 'gdelt' "
    "THEN substr(any_value(doc_id), 7) ELSE any_value(event_id) END",
    "SQLDATE": "strftime(date, '%Y%m%d')",
    "MonthYear": "strftime(date, '%Y%m')",
    "Year": "CAST(year(date) AS VARCHAR)",
    "FractionDate": "CAST(round(year(date) + (dayofyear(date) - 1) / 365.0, 4) AS VARCHAR)",
    "Actor1Code": "any_value(source)",
    "Actor1Name": "any_value(source_name)",
    "Actor1CountryCode": "any_value(source_country)",
    "Actor1Type1Code": "any_value(source_sector)",
    "Actor2Code": "any_value(target)",
    "Actor2Name": "any_value(target_name)",
    "Actor2CountryCode": "any_value(target_country)",
    "Actor2Type1Code": "any_value(target_sector)",
    "IsRootEvent": "CASE WHEN min(sentence_id) = 0 THEN '1' ELSE '0' END",
    "EventCode": "any_value(cameo)",
    "EventBaseCode": "left(any_value(cameo), 3)",
    "EventRootCode": "any_value(cameo_root)",
    "QuadClass": "CAST(any_value(quad_class) AS VARCHAR)",
    "GoldsteinScale": "CAST(any_value(goldstein) AS VARCHAR)",
    # An imported GDELT row keeps the file's counts, tone and action geography.
    "NumMentions": "CAST(coalesce(any_value(num_mentions), count(*)) AS VARCHAR)",
    "NumSources": "CAST(coalesce(any_value(num_sources), count(DISTINCT doc_id)) AS VARCHAR)",
    "NumArticles": "CAST(coalesce(any_value(num_articles), count(DISTINCT doc_id)) AS VARCHAR)",
    "AvgTone": "CAST(any_value(avg_tone) AS VARCHAR)",
    "ActionGeo_FullName": "any_value(geo_name) FILTER (WHERE provenance = 'gdelt')",
    "ActionGeo_CountryCode": "any_value(geo_country) FILTER (WHERE provenance = 'gdelt')",
    "ActionGeo_Lat": "CAST(any_value(geo_lat) FILTER (WHERE provenance = 'gdelt') AS VARCHAR)",
    "ActionGeo_Long": "CAST(any_value(geo_long) FILTER (WHERE provenance = 'gdelt') AS VARCHAR)",
    "SOURCEURL": "max(nullif(url, ''))",
}


def _gdelt_sql() -> str:
    # Empty fields are NULL, so CSV output leaves them empty as GDELT does (not "").
    columns = ",\n       ".join(
        f"nullif({_GDELT_FIELDS[name]}, '') AS \"{name}\""
        if name in _GDELT_FIELDS
        else f'NULL::VARCHAR AS "{name}"'
        for name in GDELT2_COLUMNS
    )
    return f"""
SELECT {columns}
FROM mentions
WHERE modality = 'asserted' AND {{where}}
GROUP BY {_GDELT_KEY}, date
ORDER BY date, GLOBALEVENTID
"""


GDELT_SQL = _gdelt_sql()


@dataclass(frozen=True, slots=True)
class ExportFilter:
    """Which mentions to export: a date range, an actor code (either side, as a country or
    a full actor code) and a provenance (``coded``, ``gdelt`` or ``icews``)."""

    since: dt.date | None = None
    until: dt.date | None = None
    actor: str = ""
    provenance: str = ""

    def where(self) -> tuple[str, dict[str, Any]]:
        clauses: list[str] = []
        params: dict[str, Any] = {}
        if self.since is not None:
            clauses.append("date >= $since")
            params["since"] = self.since
        if self.until is not None:
            clauses.append("date <= $until")
            params["until"] = self.until
        if self.actor:
            clauses.append(
                "(source_country = $actor OR target_country = $actor "
                "OR source = $actor OR target = $actor)"
            )
            params["actor"] = self.actor
        if self.provenance:
            if self.provenance not in PROVENANCES:
                raise InputError(
                    f"provenance must be one of {', '.join(PROVENANCES)}, got {self.provenance!r}"
                )
            clauses.append("provenance = $provenance")
            params["provenance"] = self.provenance
        return " AND ".join(clauses) or "TRUE", params


def format_of(output: str | Path) -> str:
    """The export format named by ``output``'s extension."""
    suffix = Path(output).suffix.lower()
    if suffix not in SUFFIX_FORMATS:
        raise InputError(
            f"cannot tell the format from {Path(output).name!r}: name the file "
            f"{', '.join(sorted(SUFFIX_FORMATS))} or give --format"
        )
    return SUFFIX_FORMATS[suffix]


def export(
    store: Store,
    output: str | Path,
    fmt: str | None = None,
    *,
    gdelt_columns: bool = False,
    where: ExportFilter | None = None,
) -> int:
    """Write the store to ``output`` (format ``fmt``, default: from the file extension);
    return the number of rows written."""
    fmt = fmt or format_of(output)
    if fmt not in FORMATS:
        raise InputError(f"format must be one of {', '.join(FORMATS)}, got {fmt!r}")
    clause, params = (where or ExportFilter()).where()
    query = (GDELT_SQL if gdelt_columns else MENTIONS_SQL).replace("{where}", clause)
    tabs = gdelt_columns or Path(output).suffix.lower() == ".tsv"
    options = {
        "csv": "FORMAT csv, HEADER true" + (", DELIMITER '\\t'" if tabs else ""),
        "parquet": "FORMAT parquet",
        "jsonl": "FORMAT json",
    }[fmt]
    target = "'" + str(output).replace("'", "''") + "'"
    try:
        rows = store.con.execute(f"COPY ({query}) TO {target} ({options})", params).fetchall()
    except duckdb.IOException as exc:
        raise StoreError(f"cannot write {output}: {exc}") from None
    return int(rows[0][0]) if rows else 0
