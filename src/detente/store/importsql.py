"""The SQL that maps GDELT and ICEWS rows to ``mentions`` rows (used by :mod:`.importers`).

Every file column is read as VARCHAR, so a bad value never rejects a row in the reader; the
staging query parses dates and numbers with ``try_`` functions and gives each row a
``reason`` (NULL when it is importable).
"""

from __future__ import annotations

from pathlib import Path

from detente.store.layouts import CAMEO_TO_ISO3, ICEWS_SECTORS


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def read_csv(
    path: Path, columns: list[str], *, header: bool, rejects: bool = True, pad: bool = False
) -> str:
    """A ``read_csv(...)`` table expression: tab-separated, no quoting, all VARCHAR, bad rows
    skipped and (``rejects``) set aside in ``temp._import_rejects``. With ``pad``, rows with
    fewer columns get NULLs at the end (the staging query decides which are too short)."""
    spec = ", ".join(f"{_quote(name)}: 'VARCHAR'" for name in columns)
    store = (
        "store_rejects=true, rejects_table='_import_rejects', rejects_scan='_import_scans', "
        if rejects
        else ""
    )
    return (
        f"read_csv({_quote(str(path))}, delim='\\t', header={str(header).lower()}, "
        f"quote='', escape='', auto_detect=false, columns={{{spec}}}, "
        f"ignore_errors=true, {store}max_line_size=10000000"
        + (", null_padding=true)" if pad else ")")
    )


def _iso3(column: str, fallback: str) -> str:
    cases = " ".join(f"WHEN {_quote(k)} THEN {_quote(v)}" for k, v in CAMEO_TO_ISO3.items())
    value = f"coalesce(nullif(trim({column}), ''), nullif(trim({fallback}), ''), '')"
    return f"(CASE {value} {cases} ELSE {value} END)"


def _sector(column: str) -> str:
    cases = " ".join(
        f"WHEN lower({column}) LIKE {_quote('%' + word + '%')} THEN {_quote(code)}"
        for word, code in ICEWS_SECTORS
    )
    return f"(CASE {cases} ELSE '' END)"


# ``_cameo`` maps every code as a file may write it (``raw``) to our entry; see
# detente.store.importers._register_cameo for the leading-zero rules. Quad class and Goldstein
# score come from our CAMEO table for every provenance (one scale: GDELT's QuadClass counts
# codes 01-02 as cooperation, ICEWS and the coder count them neutral), not from the file.
_CAMEO_JOIN = """
SELECT r.*, k.code AS cameo, k.root AS cameo_root, k.plover, k.quad AS quad_class,
       k.goldstein AS goldstein, k.name AS code_name,
       CASE WHEN r.short_row THEN 'wrong_columns'
            WHEN r.gid IS NULL THEN 'missing_id'
            WHEN r.date IS NULL THEN 'bad_date'
            WHEN k.code IS NULL THEN 'unknown_code'
       END AS reason
FROM raw r LEFT JOIN _cameo k ON k.raw = r.raw_code
"""


def gdelt_select(columns: list[str], version: str, *, padded: bool = False) -> str:
    """The staging query for a GDELT export with ``columns``; ``{source}`` is the reader.

    ``padded``: the file is read as GDELT 1.0's 58 columns with short rows padded, so the
    backfile's 57-column rows (no SOURCEURL) and the daily 58-column rows of one file are both
    read; a row that lacks even DATEADDED (column 57) is too short and counted as such."""
    url = "coalesce(SOURCEURL, '')" if "SOURCEURL" in columns else "''"
    short = "DATEADDED IS NULL" if padded else "FALSE"
    return f"""
WITH raw AS (
    SELECT {short} AS short_row,
           nullif(trim(GLOBALEVENTID), '') AS gid,
           try_strptime(trim(SQLDATE), '%Y%m%d')::DATE AS date,
           {_iso3("Actor1CountryCode", "Actor1KnownGroupCode")} AS src_country,
           coalesce(trim(Actor1Type1Code), '') AS src_sector,
           coalesce(Actor1Name, '') AS src_name,
           {_iso3("Actor2CountryCode", "Actor2KnownGroupCode")} AS tgt_country,
           coalesce(trim(Actor2Type1Code), '') AS tgt_sector,
           coalesce(Actor2Name, '') AS tgt_name,
           trim(EventCode) AS raw_code,
           try_cast(trim(QuadClass) AS TINYINT) AS file_quad,
           try_cast(trim(GoldsteinScale) AS DOUBLE) AS file_goldstein,
           {url} AS url,
           '' AS event_text,
           'gdelt' AS provenance,
           'import:{version}' AS coder_version
    FROM {{source}}
){_CAMEO_JOIN}"""


ICEWS_SELECT = f"""
WITH raw AS (
    SELECT FALSE AS short_row,
           nullif(trim("Event ID"), '') AS gid,
           coalesce(try_strptime(trim("Event Date"), '%Y-%m-%d'),
                    try_strptime(trim("Event Date"), '%Y%m%d'))::DATE AS date,
           coalesce(trim("Source Country"), '') AS src_country,
           {_sector('"Source Sectors"')} AS src_sector,
           coalesce("Source Name", '') AS src_name,
           coalesce(trim("Target Country"), '') AS tgt_country,
           {_sector('"Target Sectors"')} AS tgt_sector,
           coalesce("Target Name", '') AS tgt_name,
           trim("CAMEO Code") AS raw_code,
           NULL::TINYINT AS file_quad,
           try_cast(trim("Intensity") AS DOUBLE) AS file_goldstein,
           '' AS url,
           coalesce("Event Text", '') AS event_text,
           'icews' AS provenance,
           'import:icews' AS coder_version
    FROM {{source}}
){_CAMEO_JOIN}"""

# The mention and event ids are Event.mention_key / Event.event_key computed in SQL. Rows
# whose id is already in ``imported`` (re-imports, overlapping files) are left out: $1 and
# $2 are the batch's lowest and highest id, so DuckDB's zone maps skip the rest of the
# table; $3 numbers the import (``batch``). ``{first}`` keeps one row of each id repeated
# within the batch. Rows go in sorted by directed dyad and day, so a dyad's rows sit together
# and a query for one dyad reads only their row groups (DuckDB's zone maps skip the rest).
_INSERT = """
INSERT INTO imported
SELECT provenance, gid,
       left(sha1(concat_ws('|', provenance || ':' || gid, '0', '0', '0', source, target,
                           cameo)), 16) AS mention_id,
       left(sha1(concat_ws('|', strftime(date, '%Y-%m-%d'), source, target, cameo,
                           'asserted')), 16) AS event_id,
       date, source_country, source_sector, source_name, target_country, target_sector,
       target_name, cameo, plover, quad_class, goldstein, sentence, url, coder_version,
       $3 AS batch
FROM (
    SELECT s.provenance, s.gid, s.date,
           {src} || s.src_sector AS source, {src} AS source_country,
           s.src_sector AS source_sector, s.src_name AS source_name,
           {tgt} || s.tgt_sector AS target, {tgt} AS target_country,
           s.tgt_sector AS target_sector, s.tgt_name AS target_name,
           s.cameo, s.plover, s.quad_class, s.goldstein, {sentence} AS sentence, s.url,
           s.coder_version
    FROM {{stage}} s {joins}
    WHERE s.reason IS NULL
      AND s.gid NOT IN (SELECT gid FROM imported
                        WHERE provenance = '{kind}' AND gid BETWEEN $1 AND $2)
    {{first}}
)
ORDER BY source_country, target_country, date
"""
FIRST_OF_EACH_ID = (
    "QUALIFY row_number() OVER (PARTITION BY s.gid "
    "ORDER BY s.date, s.cameo, s.src_country, s.tgt_country, s.url) = 1"
)

GDELT_INSERT = _INSERT.format(
    kind="gdelt",
    src="s.src_country",
    tgt="s.tgt_country",
    joins="",
    sentence="concat_ws(' | ', nullif(s.src_name, ''), s.code_name, nullif(s.tgt_name, ''))",
)
ICEWS_INSERT = _INSERT.format(
    kind="icews",
    src="coalesce(a.iso3, '')",
    tgt="coalesce(b.iso3, '')",
    sentence="s.event_text",
    joins="LEFT JOIN _import_countries a ON a.name = s.src_country "
    "LEFT JOIN _import_countries b ON b.name = s.tgt_country",
)
