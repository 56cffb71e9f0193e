"""Organisations and file metadata on import (fixtures orgs.export.CSV, orgs.icews.tab), and
the schema-4 → 5 migration that adds the metadata columns."""

import datetime as dt
import json
from pathlib import Path

import duckdb

from detente.models import Document, Event
from detente.monitor.dyad import dyad
from detente.store import Store
from detente.store.export import export
from detente.store.importers import import_events
from detente.store.importsql import org_map
from detente.store.schema import IMPORT_META, MIGRATIONS, SCHEMA_VERSION

DATA = Path(__file__).resolve().parents[1] / "data" / "import"
GDELT = DATA / "orgs.export.CSV"
ICEWS = DATA / "orgs.icews.tab"


def _row(store, doc_id):
    (row,) = store.query("SELECT * FROM mentions WHERE doc_id = ?", [doc_id])
    return row


def _coded_eu_rus() -> tuple[Document, list[Event]]:
    day = dt.date(2017, 3, 20)
    event = Event(
        doc_id="eu1", sentence_id=0, sentence="The EU accused Russia.", start=0, end=22,
        date=day, date_source="publication", source="EU", source_country="EU",
        source_sector="", source_name="EU", target="RUS", target_country="RUS",
        target_sector="", target_name="Russia", cameo="112", cameo_root="11", plover="ACCUSE",
        quad_class=3, goldstein=-2.0,
    )  # fmt: skip
    return Document("eu1", day, "The EU accused Russia."), [event]


def test_mapping_codes_are_the_coders():
    from detente.actors.dictionary import load_dictionary

    codes = {e.code for entries in load_dictionary().aliases.values() for e in entries}
    orgs = org_map()
    assert {"EEC": "EU", "UNO": "UNO", "NAT": "NATO"}.items() <= orgs.cameo.items()
    assert set(orgs.cameo.values()) | set(orgs.icews.values()) <= codes
    assert "EUR" in orgs.regions and not orgs.regions & codes


def test_gdelt_organisations_and_metadata(store):
    assert import_events(store, "gdelt", [GDELT]).imported == 4
    eu = _row(store, "gdelt:620000001")
    assert (eu["source"], eu["source_country"], eu["source_sector"]) == ("EU", "EU", "")
    assert (eu["quad_class"], eu["goldstein"]) == (3, -2.0)  # our table
    assert (eu["file_quad_class"], eu["file_goldstein"]) == (3, -2.0)  # GDELT's own
    assert (eu["num_mentions"], eu["num_sources"], eu["num_articles"]) == (12, 3, 11)
    assert eu["avg_tone"] == -4.25
    assert (eu["geo_name"], eu["geo_country"]) == ("Brussels, Brussels Capital, Belgium", "BE")
    assert (eu["geo_lat"], eu["geo_long"]) == (50.8333, 4.3333)
    assert eu["story_id"] is None and eu["source_sectors"] is None
    # The region code EUR with known group EEC is the EU too; GDELT's QuadClass 1 for 036.
    kremlin = _row(store, "gdelt:620000002")
    assert (kremlin["source"], kremlin["target"]) == ("EU", "RUSGOV")
    assert (kremlin["quad_class"], kremlin["file_quad_class"]) == (1, 1)
    assert _row(store, "gdelt:620000003")["source_country"] == "UNO"
    nato = _row(store, "gdelt:620000004")
    assert (nato["source_country"], nato["target"]) == ("USA", "NATO")


def test_icews_organisations_and_metadata(store):
    report = import_events(store, "icews", [ICEWS])
    assert report.imported == 4
    eu = _row(store, "icews:30000001")
    assert (eu["source"], eu["target_country"]) == ("EU", "RUS")
    assert (eu["story_id"], eu["publisher"]) == ("50000001", "Reuters")
    assert (eu["geo_city"], eu["geo_province"], eu["geo_country"]) == (
        "Brussels",
        "Brussels Capital",
        "Belgium",
    )
    assert eu["geo_name"] == "Brussels, Brussels Capital, Belgium"
    assert (eu["geo_lat"], eu["geo_long"]) == (50.8504, 4.34878)
    assert eu["source_sectors"] == "Regional Diplomatic IGOs"
    assert eu["target_sectors"] == "Government"
    assert eu["file_goldstein"] == -2.0 and eu["file_quad_class"] is None
    unsc = _row(store, "icews:30000002")
    assert unsc["source_country"] == "UNO"
    assert unsc["source_sectors"] == "Global Diplomatic IGOs,Executive"
    # Not in the mapping file: found among the dictionary's IGOs.
    assert _row(store, "icews:30000003")["source_country"] == "OSCE"
    nowhere = _row(store, "icews:30000004")
    assert nowhere["source_country"] == "" and nowhere["geo_name"] is None


def test_dyad_eu_rus_counts_imported_and_coded_rows(store):
    import_events(store, "gdelt", [GDELT])
    import_events(store, "icews", [ICEWS])
    store.write([_coded_eu_rus()])
    result = dyad(store, "EU", "RUS", freq="month")
    assert sum(r["events"] for r in result.series) == 4  # 2 GDELT, 1 ICEWS, 1 coded


def test_reimport_adds_nothing_and_keeps_summaries(store):
    import_events(store, "gdelt", [GDELT])
    import_events(store, "icews", [ICEWS])
    before = store.con.execute("SELECT * FROM event_days ORDER BY ALL").fetchall()
    assert import_events(store, "gdelt", [GDELT]).imported == 0
    assert import_events(store, "icews", [ICEWS]).imported == 0
    assert store.con.execute("SELECT * FROM event_days ORDER BY ALL").fetchall() == before


def test_export_shows_metadata(tmp_path, store):
    import_events(store, "gdelt", [GDELT])
    import_events(store, "icews", [ICEWS])
    store.write([_coded_eu_rus()])
    out = tmp_path / "events.jsonl"
    assert export(store, out) == 9
    rows = {r["doc_id"]: r for r in map(json.loads, out.read_text().splitlines())}
    assert set(IMPORT_META) <= set(rows["eu1"])
    assert all(rows["eu1"][name] is None for name in IMPORT_META)
    assert rows["gdelt:620000001"]["avg_tone"] == -4.25
    assert rows["icews:30000001"]["publisher"] == "Reuters"
    csv = tmp_path / "events.csv"
    export(store, csv)
    header = csv.read_text().splitlines()[0].split(",")
    assert {"num_mentions", "story_id", "source_sectors", "geo_lat"} <= set(header)
    gdelt = tmp_path / "gdelt.tsv"
    export(store, gdelt, "csv", gdelt_columns=True)
    lines = [line.split("\t") for line in gdelt.read_text().splitlines()]
    row = dict(zip(lines[0], next(r for r in lines if r[0] == "620000001"), strict=True))
    assert (row["NumMentions"], row["NumSources"], row["AvgTone"]) == ("12", "3", "-4.25")
    assert (row["ActionGeo_CountryCode"], row["ActionGeo_Lat"]) == ("BE", "50.8333")
    assert row["Actor1Code"] == "EU"


def test_version_4_store_opens_with_empty_metadata(tmp_path):
    """A store of schema 4 opens, keeps its rows and summaries, and gets the new columns,
    NULL; imports then fill them."""
    assert SCHEMA_VERSION == 5
    path = tmp_path / "v4.duckdb"
    with duckdb.connect(str(path)) as con:
        for version in (1, 2, 3):
            for statement in MIGRATIONS[version]:
                con.execute(statement)
        con.execute(
            "INSERT INTO imported VALUES ('gdelt', '7', 'm7', 'e7', DATE '2017-01-03', 'USA', "
            "'', 'USA', 'RUS', '', 'RUS', '112', 'ACCUSE', 3, -2.0, '', '', 'import:gdelt-2.0')"
        )
        for statement in MIGRATIONS[4]:
            con.execute(statement)
        con.execute("INSERT INTO meta VALUES ('schema_version', '4')")
        old = con.execute("SELECT * FROM mentions").fetchall()
        days = con.execute("SELECT * FROM event_days ORDER BY ALL").fetchall()
    with Store(path) as store:
        assert store.query("SELECT value FROM meta WHERE key = 'schema_version'") == [
            {"value": "5"}
        ]
        row = _row(store, "gdelt:7")
        assert tuple(row.values())[: len(old[0])] == old[0]  # same row, new columns after
        assert all(row[name] is None for name in IMPORT_META)
        assert store.con.execute("SELECT * FROM event_days ORDER BY ALL").fetchall() == days
        assert import_events(store, "gdelt", [GDELT]).imported == 4
        assert _row(store, "gdelt:620000001")["num_mentions"] == 12
