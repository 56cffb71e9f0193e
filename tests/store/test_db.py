import datetime as dt

import duckdb
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from detente.errors import StoreError
from detente.models import MODALITIES, Document, Event
from detente.store import SCHEMA_VERSION, Store


def _event(doc_id="d1", day=dt.date(2017, 2, 2), cameo="112", start=0, **kw) -> Event:
    base = dict(
        doc_id=doc_id,
        sentence_id=0,
        sentence="Haley accused Russia.",
        start=start,
        end=start + 5,
        date=day,
        date_source="publication",
        source="USAGOV",
        source_country="USA",
        source_sector="GOV",
        source_name="Haley",
        target="RUS",
        target_country="RUS",
        target_sector="",
        target_name="Russia",
        cameo=cameo,
        cameo_root=cameo[:2],
        plover="ACCUSE",
        quad_class=3,
        goldstein=-2.0,
    )
    base.update(kw)
    return Event(**base)


def _doc(doc_id="d1", day=dt.date(2017, 2, 2)) -> Document:
    return Document(doc_id, day, "text")


def test_write_is_idempotent(store):
    batch = [(_doc(), [_event()])]
    assert store.write(batch).new_mentions == 1
    assert store.write(batch).new_mentions == 0
    assert store.counts() == {"documents": 1, "mentions": 1, "events": 1}


def test_same_event_from_two_documents_is_one_event_with_two_mentions(store):
    store.write([(_doc("a"), [_event("a")]), (_doc("b"), [_event("b", start=3)])])
    rows = store.query("SELECT n_mentions FROM events")
    assert rows == [{"n_mentions": 2}]
    assert store.counts()["mentions"] == 2


def test_recoding_a_document_replaces_its_events(store):
    store.write([(_doc(), [_event(cameo="112")])])
    store.write([(_doc(), [_event(cameo="111")])])
    assert [r["cameo"] for r in store.query("SELECT cameo FROM events")] == ["111"]


def test_failed_write_leaves_nothing(store, monkeypatch):
    store.write([(_doc("keep"), [_event("keep")])])
    bad = _event("new")
    object.__setattr__(bad, "quad_class", "not-a-number")
    with pytest.raises((TypeError, ValueError, ArithmeticError, pa.ArrowException)):
        store.write([(_doc("new"), [bad])])
    assert store.counts()["documents"] == 1


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "s.duckdb"
    with Store(path) as db:
        db._run("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION + 1)])
    with pytest.raises(StoreError, match="newer"):
        Store(path)


def test_version_1_store_is_migrated(tmp_path):
    """A version-1 store kept imported rows in ``mentions``; opening it moves them to
    ``imported`` and the views show every mention as before."""
    from detente.store.db import to_tables
    from detente.store.schema import MENTION_FIELDS_V2, MIGRATIONS

    path = tmp_path / "v1.duckdb"
    _, mentions = to_tables(
        [(_doc("d1"), [_event("d1")]), (_doc("gdelt:42"), [_event("gdelt:42", cameo="042")])]
    )
    mentions = mentions.set_column(
        mentions.schema.get_field_index("provenance"),
        "provenance",
        pa.array(["detente", "gdelt"]),
    )
    with duckdb.connect(str(path)) as con:
        for statement in MIGRATIONS[1]:
            con.execute(statement)
        con.execute("INSERT INTO meta VALUES ('schema_version', '1')")
        con.register("m", mentions.select([name for name, _, _ in MENTION_FIELDS_V2]))
        con.execute("INSERT INTO mentions SELECT * FROM m")
    with Store(path) as db:
        assert db.query("SELECT value FROM meta WHERE key = 'schema_version'") == [
            {"value": str(SCHEMA_VERSION)}
        ]
        assert db.query("SELECT provenance, gid, cameo FROM imported") == [
            {"provenance": "gdelt", "gid": "42", "cameo": "042"}
        ]
        rows = db.query("SELECT * FROM mentions ORDER BY doc_id")
        assert [r["doc_id"] for r in rows] == ["d1", "gdelt:42"]
        assert rows[1]["mention_id"] == mentions.column("mention_id")[1].as_py()
        assert rows[1]["source"] == "USAGOV" and rows[1]["cameo_root"] == "04"
        assert db.counts() == {"documents": 0, "mentions": 2, "events": 2}
        assert [r["date_precision"] for r in rows] == ["day", "day"]
        assert rows[0]["source_start"] is None


def test_phrase_offsets_and_date_precision_are_stored(tmp_path):
    """Version 3: an event keeps where its source and target phrases stand, and how exact
    its date is, through the store."""
    event = _event("d1")
    event = type(event)(
        **{
            **event.to_dict(),
            "date": event.date,
            "date_precision": "month",
            "source_start": 0,
            "source_end": 6,
            "target_start": 14,
            "target_end": 20,
        }
    )
    with Store(tmp_path / "s.duckdb") as db:
        db.write([(_doc("d1"), [event])])
        row = db.query("SELECT * FROM mentions")[0]
        assert (row["date_precision"], row["source_start"], row["target_end"]) == ("month", 0, 20)
        assert db.query("SELECT date_precision FROM events")[0]["date_precision"] == "month"


def test_locked_store_gives_clear_error(tmp_path):
    path = tmp_path / "s.duckdb"
    Store(path).close()
    import subprocess
    import sys

    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            (
                "import duckdb,time,sys; c=duckdb.connect(sys.argv[1]); print('ok',flush=True); "
                "time.sleep(30)"
            ),
            str(path),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ok"
        with pytest.raises(StoreError, match="in use by another"):
            Store(path, lock_timeout=0.5)
    finally:
        holder.kill()
        holder.wait()


def test_read_only_missing_store(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        Store(tmp_path / "none.duckdb", read_only=True)


_text = st.text(max_size=40)


@settings(max_examples=40, deadline=None)
@given(
    sentence=_text,
    name=_text,
    modality=st.sampled_from(MODALITIES),
    goldstein=st.floats(-10, 10),
    day=st.dates(dt.date(1950, 1, 1), dt.date(2100, 1, 1)),
)
def test_event_round_trip(sentence, name, modality, goldstein, day):
    event = _event(
        sentence=sentence, source_name=name, modality=modality, goldstein=goldstein, day=day
    )
    with Store(":memory:") as db:
        db.write([(_doc(day=day), [event])])
        row = db.query("SELECT * EXCLUDE (mention_id, event_id) FROM mentions")[0]
    assert Event.from_dict(row) == event
    assert isinstance(duckdb.__version__, str)
