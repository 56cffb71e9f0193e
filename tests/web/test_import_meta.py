"""Imported rows' metadata in the API's evidence (``import_meta``; None for coded rows)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from detente.models import Document, Event
from detente.store import Store
from detente.store.importers import import_events
from detente.web import create_app, queries

DATA = Path(__file__).resolve().parents[1] / "data" / "import"


@pytest.fixture(scope="module")
def org_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("orgs") / "orgs.duckdb"
    day = dt.date(2017, 3, 20)
    event = Event(
        doc_id="eu1", sentence_id=0, sentence="The EU accused Russia.", start=0, end=6,
        date=day, date_source="publication", source="EU", source_country="EU",
        source_sector="", source_name="EU", target="RUS", target_country="RUS",
        target_sector="", target_name="Russia", cameo="112", cameo_root="11", plover="ACCUSE",
        quad_class=3, goldstein=-2.0,
    )  # fmt: skip
    with Store(path) as store:
        import_events(store, "gdelt", [DATA / "orgs.export.CSV"])
        import_events(store, "icews", [DATA / "orgs.icews.tab"])
        store.write([(Document("eu1", day, "The EU accused Russia."), [event])])
    return path


def test_events_carry_import_meta(org_db):
    with TestClient(create_app(org_db)) as client:
        body = client.get("/api/events", params={"actor": "EU", "target": "RUS"}).json()
    items = {item["doc_id"]: item for item in body["items"]}
    assert set(items) == {"eu1", "gdelt:620000001", "gdelt:620000002", "icews:30000001"}
    assert items["eu1"]["import_meta"] is None
    gdelt = items["gdelt:620000001"]["import_meta"]
    assert gdelt["num_mentions"] == 12 and gdelt["avg_tone"] == -4.25
    assert (gdelt["file_quad_class"], gdelt["geo_country"]) == (3, "BE")
    icews = items["icews:30000001"]["import_meta"]
    assert (icews["story_id"], icews["publisher"], icews["geo_city"]) == (
        "50000001",
        "Reuters",
        "Brussels",
    )
    assert icews["source_sectors"] == "Regional Diplomatic IGOs"


def test_turn_evidence_names_carry_import_meta(org_db):
    with Store(org_db, read_only=True) as store:
        (row,) = store.query("SELECT * FROM mentions WHERE doc_id = 'icews:30000001'")
        item = {k: row[k] for k in ("date", "doc_id", "sentence", "cameo", "source", "target")}
        found = queries.evidence_names(store, item, "EU", "RUS")
        assert found["source_name"] == "European Union"
        assert found["import_meta"]["publisher"] == "Reuters"
        item = {**item, "doc_id": "nowhere"}
        assert queries.evidence_names(store, item, "EU", "RUS")["import_meta"] is None
