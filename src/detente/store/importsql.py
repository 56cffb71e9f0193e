"""The SQL that maps GDELT and ICEWS rows to ``mentions`` rows (used by :mod:`.importers`).

Every file column is read as VARCHAR, so a bad value never rejects a row in the reader; the
staging query parses dates and numbers with ``try_`` functions and gives each row a
``reason`` (NULL when it is importable).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from detente.store.layouts import CAMEO_TO_ISO3, ICEWS_SECTORS
from detente.store.schema import IMPORT_META


@dataclass(frozen=True, slots=True)
class OrgMap:
    """``data/import_orgs.tsv``: CAMEO known-group codes and ICEWS names of organisations →
    our actor codes, and the CAMEO region codes an organisation's code overrides."""

    cameo: dict[str, str]
    icews: dict[str, str]
    regions: frozenset[str]


@lru_cache(maxsize=1)
def org_map() -> OrgMap:
    text = (resources.files("detente") / "data" / "import_orgs.tsv").read_text("utf-8")
    cameo: dict[str, str] = {}
    icews: dict[str, str] = {}
    regions: set[str] = set()
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        scheme, value, *code = line.split("\t")
        if scheme == "region":
            regions.add(value)
        else:
            {"cameo": cameo, "icews": icews}[scheme][value] = code[0]
    return OrgMap(cameo, icews, frozenset(regions))


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


def _org(country: str, group: str) -> str:
    """Our organisation code for a GDELT actor whose country is empty or a CAMEO region and
    whose known group is an organisation in :func:`org_map` (else NULL)."""
    orgs = org_map()
    cases = " ".join(f"WHEN {_quote(k)} THEN {_quote(v)}" for k, v in orgs.cameo.items())
    regions = ", ".join(_quote(r) for r in sorted(orgs.regions))
    return (
        f"(CASE WHEN coalesce(trim({country}), '') IN ('', {regions}) "
        f"THEN (CASE trim({group}) {cases} END) END)"
    )


def _gdelt_actor(n: int) -> str:
    """Country (an organisation's code first) and sector of GDELT actor ``n``; an
    organisation's own type code (IGO, NGO) is not a sector of it."""
    org = _org(f"Actor{n}CountryCode", f"Actor{n}KnownGroupCode")
    side = "src" if n == 1 else "tgt"
    return (
        f"coalesce({org}, {_iso3(f'Actor{n}CountryCode', f'Actor{n}KnownGroupCode')}) "
        f"AS {side}_country,\n"
        f"           CASE WHEN {org} IS NOT NULL AND trim(Actor{n}Type1Code) IN ('IGO', 'NGO') "
        f"THEN '' ELSE coalesce(trim(Actor{n}Type1Code), '') END AS {side}_sector"
    )


def _text(column: str, columns: list[str]) -> str:
    return f"nullif(trim({column}), '')" if column.strip('"') in columns else "NULL::VARCHAR"


def _number(column: str, columns: list[str], kind: str = "DOUBLE") -> str:
    present = column.strip('"') in columns
    return f"try_cast(trim({column}) AS {kind})" if present else f"NULL::{kind}"


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
           {_gdelt_actor(1)},
           coalesce(Actor1Name, '') AS src_name,
           {_gdelt_actor(2)},
           coalesce(Actor2Name, '') AS tgt_name,
           trim(EventCode) AS raw_code,
           try_cast(trim(QuadClass) AS TINYINT) AS file_quad,
           try_cast(trim(GoldsteinScale) AS DOUBLE) AS file_goldstein,
           {url} AS url,
           '' AS event_text,
           'gdelt' AS provenance,
           'import:{version}' AS coder_version,
           try_cast(trim(NumMentions) AS INTEGER) AS num_mentions,
           try_cast(trim(NumSources) AS INTEGER) AS num_sources,
           try_cast(trim(NumArticles) AS INTEGER) AS num_articles,
           try_cast(trim(AvgTone) AS DOUBLE) AS avg_tone,
           nullif(trim(ActionGeo_FullName), '') AS geo_name,
           NULL::VARCHAR AS geo_city, NULL::VARCHAR AS geo_province,
           nullif(trim(ActionGeo_CountryCode), '') AS geo_country,
           try_cast(trim(ActionGeo_Lat) AS DOUBLE) AS geo_lat,
           try_cast(trim(ActionGeo_Long) AS DOUBLE) AS geo_long,
           NULL::VARCHAR AS story_id, NULL::VARCHAR AS publisher,
           NULL::VARCHAR AS source_sectors, NULL::VARCHAR AS target_sectors
    FROM {{source}}
){_CAMEO_JOIN}"""


def icews_select(columns: list[str]) -> str:
    """The staging query for an ICEWS file with header ``columns`` (the required ones and
    any of the optional ones: story, publisher, location)."""
    place = [_text(f'"{c}"', columns) for c in ("City", "District", "Province", "Country")]
    return f"""
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
           'import:icews' AS coder_version,
           NULL::INTEGER AS num_mentions, NULL::INTEGER AS num_sources,
           NULL::INTEGER AS num_articles, NULL::DOUBLE AS avg_tone,
           nullif(concat_ws(', ', {", ".join(place)}), '') AS geo_name,
           {place[0]} AS geo_city, {place[2]} AS geo_province, {place[3]} AS geo_country,
           {_number('"Latitude"', columns)} AS geo_lat,
           {_number('"Longitude"', columns)} AS geo_long,
           {_text('"Story ID"', columns)} AS story_id,
           {_text('"Publisher"', columns)} AS publisher,
           nullif(trim("Source Sectors"), '') AS source_sectors,
           nullif(trim("Target Sectors"), '') AS target_sectors
    FROM {{source}}
){_CAMEO_JOIN}"""


# The mention and event ids are Event.mention_key / Event.event_key computed in SQL. Rows
# whose id is already in ``imported`` (re-imports, overlapping files) are left out: $1 and
# $2 are the batch's lowest and highest id, so DuckDB's zone maps skip the rest of the
# table; $3 numbers the import (``batch``). ``{first}`` keeps one row of each id repeated
# within the batch. Rows go in sorted by directed dyad and day, so a dyad's rows sit together
# and a query for one dyad reads only their row groups (DuckDB's zone maps skip the rest).
_INSERT = """
INSERT INTO imported BY NAME
SELECT provenance, gid,
       left(sha1(concat_ws('|', provenance || ':' || gid, '0', '0', '0', source, target,
                           cameo)), 16) AS mention_id,
       left(sha1(concat_ws('|', strftime(date, '%Y-%m-%d'), source, target, cameo,
                           'asserted')), 16) AS event_id,
       date, source_country, source_sector, source_name, target_country, target_sector,
       target_name, cameo, plover, quad_class, goldstein, sentence, url, coder_version,
       $3 AS batch, {meta}
FROM (
    SELECT s.provenance, s.gid, s.date,
           {src} || s.src_sector AS source, {src} AS source_country,
           s.src_sector AS source_sector, s.src_name AS source_name,
           {tgt} || s.tgt_sector AS target, {tgt} AS target_country,
           s.tgt_sector AS target_sector, s.tgt_name AS target_name,
           s.cameo, s.plover, s.quad_class, s.goldstein, {sentence} AS sentence, s.url,
           s.coder_version, s.file_quad AS file_quad_class, {s_meta}
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

_META = [name for name in IMPORT_META if name != "file_quad_class"]
_INSERT = _INSERT.replace("{meta}", ", ".join(IMPORT_META)).replace(
    "{s_meta}", ", ".join(f"s.{name}" for name in _META)
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
    src="coalesce(a.iso3, oa.code, '')",
    tgt="coalesce(b.iso3, ob.code, '')",
    sentence="s.event_text",
    joins="LEFT JOIN _import_countries a ON a.name = s.src_country "
    "LEFT JOIN _import_countries b ON b.name = s.tgt_country "
    "LEFT JOIN _import_orgs oa ON s.src_country = '' AND oa.name = s.src_name "
    "LEFT JOIN _import_orgs ob ON s.tgt_country = '' AND ob.name = s.tgt_name",
)
