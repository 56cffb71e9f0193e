"""Published column layouts of the event files ``detente import`` reads.

Facts from the GDELT Event Codebook 1.0 / 2.0 (gdeltproject.org) and the ICEWS coded event
data description (Harvard Dataverse): column names and order exactly as published.

* GDELT 1.0 backfile (1979 – March 2013): 57 columns, no SOURCEURL.
* GDELT 1.0 daily export (April 2013 –): 58 columns, SOURCEURL last.
* GDELT 2.0 export (February 2015 –): 61 columns; each geography block gains ADM2Code and
  DATEADDED becomes YYYYMMDDHHMMSS.
* ICEWS: tab-separated with a header line; we address columns by header name.
"""

from __future__ import annotations

_ACTOR = [
    "Code",
    "Name",
    "CountryCode",
    "KnownGroupCode",
    "EthnicCode",
    "Religion1Code",
    "Religion2Code",
    "Type1Code",
    "Type2Code",
    "Type3Code",
]
_EVENT = [
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
]
_GEO_1 = ["Type", "FullName", "CountryCode", "ADM1Code", "Lat", "Long", "FeatureID"]
_GEO_2 = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]


def _gdelt(geo: list[str], tail: list[str]) -> list[str]:
    head = ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"]
    actors = [f"Actor{n}{field}" for n in (1, 2) for field in _ACTOR]
    geos = [f"{who}Geo_{field}" for who in ("Actor1", "Actor2", "Action") for field in geo]
    return head + actors + _EVENT + geos + tail


GDELT_LAYOUTS: dict[int, tuple[str, list[str]]] = {
    57: ("gdelt-1.0", _gdelt(_GEO_1, ["DATEADDED"])),
    58: ("gdelt-1.0", _gdelt(_GEO_1, ["DATEADDED", "SOURCEURL"])),
    61: ("gdelt-2.0", _gdelt(_GEO_2, ["DATEADDED", "SOURCEURL"])),
}
GDELT2_COLUMNS = GDELT_LAYOUTS[61][1]
GDELT1_WIDTHS = (57, 58)  # one file may mix them: 58 = 57 + SOURCEURL at the end

ICEWS_COLUMNS = [
    "Event ID",
    "Event Date",
    "Source Name",
    "Source Sectors",
    "Source Country",
    "Event Text",
    "CAMEO Code",
    "Intensity",
    "Target Name",
    "Target Sectors",
    "Target Country",
    "Story ID",
    "Sentence Number",
    "Publisher",
    "City",
    "District",
    "Province",
    "Country",
    "Latitude",
    "Longitude",
]
ICEWS_REQUIRED = ICEWS_COLUMNS[:11]

# CAMEO country codes are ISO-3166 alpha-3 except these (CAMEO codebook, Appendix C);
# regional codes (AFR, EUR, WST, ...) and IGO codes are kept as they are.
CAMEO_TO_ISO3 = {"ROM": "ROU", "TMP": "TLS", "ZAR": "COD", "KOS": "XKX", "KSV": "XKX"}

# ICEWS sector names (substring, case-insensitive) → detente/CAMEO agent codes; first wins.
ICEWS_SECTORS = [
    ("military", "MIL"),
    ("police", "COP"),
    ("rebel", "REB"),
    ("insurgent", "REB"),
    ("opposition", "OPP"),
    ("protest", "OPP"),
    ("parties", "PTY"),  # "Parties", "Government Major Party (In Government)": a party
    ("party", "PTY"),
    ("judicial", "JUD"),
    ("legislative", "LEG"),
    ("parliament", "LEG"),
    ("cabinet", "GOV"),
    ("executive", "GOV"),
    ("government", "GOV"),
    ("ministry", "GOV"),
    ("business", "BUS"),
    ("media", "MED"),
    ("religi", "REL"),
    ("education", "EDU"),
    ("labor", "LAB"),
    ("ngo", "NGO"),
    ("criminal", "CRM"),
    ("refugee", "REF"),
    ("citizen", "CVL"),
    ("civilian", "CVL"),
]
