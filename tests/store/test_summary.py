"""``event_days`` (store schema 4): kept equal to a recount of the ``events`` view by every
write and import, and dyad series/turns equal to the queries over the view they replace."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pytest

from detente.models import Document, Event
from detente.monitor import dyad as dyad_module
from detente.monitor.dyad import dyad
from detente.store import SCHEMA_VERSION, Store, summary
from detente.store.importers import import_events
from detente.store.layouts import GDELT2_COLUMNS
from detente.web import queries

START = dt.date(2017, 1, 2)
WEEKS = 30
COOPERATION = [("051", 1, 3.4), ("042", 1, 1.9), ("057", 2, 8.0)]
CONFLICT = [("112", 3, -2.0), ("111", 3, -2.0), ("172", 4, -5.0)]


def _pick(week: int, k: int) -> tuple[str, int, float]:
    return (CONFLICT if week >= WEEKS // 2 else COOPERATION)[k % 3]


def _gdelt_file(path: Path, first: int = 800000) -> Path:
    """Three USA–RUS rows a week (cooperation, then conflict), two CHN–USA rows, one repeat."""
    lines = []
    number = 0
    for week in range(WEEKS):
        for k in range(5):
            day = START + dt.timedelta(days=7 * week + k)
            a, b = [("USA", "RUS"), ("RUS", "USA"), ("USA", "RUS"), ("CHN", "USA"),
                    ("USA", "CHN")][k]  # fmt: skip
            code, quad, goldstein = _pick(week, k) if k < 3 else ("036", 1, 4.0)
            for _ in range(2 if k == 0 else 1):  # k == 0: the same event reported twice
                number += 1
                row = dict.fromkeys(GDELT2_COLUMNS, "")
                row.update(
                    GLOBALEVENTID=str(first + number),
                    SQLDATE=day.strftime("%Y%m%d"),
                    Actor1Code=a,
                    Actor1Name=a,
                    Actor1CountryCode=a,
                    Actor2Code=b,
                    Actor2Name=b,
                    Actor2CountryCode=b,
                    EventCode=code,
                    QuadClass=str(quad),
                    GoldsteinScale=str(goldstein),
                    SOURCEURL=f"https://example.org/{number}",
                )
                lines.append("\t".join(row[c] for c in GDELT2_COLUMNS))
    path.write_text("\n".join(lines) + "\n")
    return path


def _event(doc: str, day: dt.date, a: str, b: str, code: str, quad: int, goldstein: float,
           **kw: object) -> Event:  # fmt: skip
    fields = dict(
        doc_id=doc, sentence_id=0, sentence=f"{a} and {b} ({code}).", start=0, end=5, date=day,
        date_source="publication", source=a, source_country=a, source_sector="",
        source_name=a, target=b, target_country=b, target_sector="", target_name=b,
        cameo=code, cameo_root=code[:2], plover="", quad_class=quad, goldstein=goldstein,
    )  # fmt: skip
    return Event(**{**fields, **kw})


def _coded() -> list[tuple[Document, list[Event]]]:
    """Coded documents: some report events the GDELT rows also have (same day, dyad, code),
    some only they have, some are not asserted or dated to a month or (legacy ``date_source``
    only) a year."""
    batch = []
    month = {"date_source": "text_month", "date_precision": "month"}
    for week in range(0, WEEKS, 2):
        day = START + dt.timedelta(days=7 * week)
        code, quad, goldstein = _pick(week, 0)
        events = [
            _event(f"c{week}", day, "USA", "RUS", code, quad, goldstein),  # also in GDELT
            _event(f"c{week}", day + dt.timedelta(days=5), "RUS", "USA", *_pick(week, 2)),
            _event(f"c{week}", day, "USA", "RUS", "138", 4, -7.0, modality="hypothetical"),
            _event(f"c{week}", day, "RUS", "USA", "173", 4, -5.0, date_source="text_year"),
            _event(f"c{week}", day.replace(day=1), "USA", "RUS", "036", 1, 4.0, **month),
            _event(f"c{week}", day, "USA", "", "010", 1, 0.0),
        ]
        batch.append((Document(f"c{week}", day, "text"), events))
    return batch


def _recount(store: Store) -> list[tuple]:
    return sorted(store.con.execute(summary.RECOUNT).fetchall())


def _kept(store: Store) -> list[tuple]:
    return sorted(store.con.execute("SELECT * FROM event_days").fetchall())


def _kept_imports(store: Store) -> list[tuple]:
    kept = sorted(store.con.execute("SELECT * FROM import_days").fetchall())
    assert kept == sorted(store.con.execute(summary.RECOUNT_IMPORTS).fetchall())
    return kept


# The series and evidence queries as they were over the ``events`` view (schema 3, with the
# date sources too coarse for the periods left out), and the coverage query of the merge of
# issues 14 and 16 (documents or imported rows of either actor, over the ``mentions`` view).
_VIEW_SERIES = """
WITH bounds AS (
    SELECT date_trunc($freq, coalesce($since, min(date)))::DATE AS lo,
           date_trunc($freq, coalesce($until, max(date)))::DATE AS hi
    FROM events
    WHERE modality = 'asserted' AND NOT list_contains($coarse, coalesce(date_source, ''))
      AND ((source_country = $a AND target_country = $b)
        OR (source_country = $b AND target_country = $a))
),
periods AS (
    SELECT unnest(generate_series(lo, hi, ('1 ' || $freq)::INTERVAL))::DATE AS period FROM bounds
),
ev AS (
    SELECT date_trunc($freq, date)::DATE AS period,
           CASE WHEN source_country = $a THEN 'ab' ELSE 'ba' END AS dir,
           quad_class, goldstein, n_mentions
    FROM events
    WHERE modality = 'asserted' AND NOT list_contains($coarse, coalesce(date_source, ''))
      AND ((source_country = $a AND target_country = $b)
        OR (source_country = $b AND target_country = $a))
      AND ($since IS NULL OR date >= $since) AND ($until IS NULL OR date <= $until)
)
SELECT p.period,
       count(ev.quad_class) AS events,
       count(*) FILTER (WHERE ev.dir = 'ab') AS events_ab,
       count(*) FILTER (WHERE ev.dir = 'ba') AS events_ba,
       count(*) FILTER (WHERE ev.quad_class = 0) AS q0,
       count(*) FILTER (WHERE ev.quad_class = 1) AS q1,
       count(*) FILTER (WHERE ev.quad_class = 2) AS q2,
       count(*) FILTER (WHERE ev.quad_class = 3) AS q3,
       count(*) FILTER (WHERE ev.quad_class = 4) AS q4,
       coalesce(sum(ev.goldstein), 0) AS goldstein_sum,
       coalesce(sum(ev.goldstein) FILTER (WHERE ev.dir = 'ab'), 0) AS goldstein_sum_ab,
       coalesce(sum(ev.goldstein) FILTER (WHERE ev.dir = 'ba'), 0) AS goldstein_sum_ba,
       avg(ev.goldstein) AS goldstein_mean,
       count(*) FILTER (WHERE ev.quad_class IN (1, 2))::DOUBLE
         / nullif(count(*) FILTER (WHERE ev.quad_class IN (1, 2, 3, 4)), 0) AS cooperation_share
FROM periods p LEFT JOIN ev ON ev.period = p.period
GROUP BY p.period ORDER BY p.period
"""
_MENTIONS_COVERAGE = """
WITH actor_mentions AS (
    SELECT doc_id, date FROM mentions
    WHERE source_country IN ($a, $b) OR target_country IN ($a, $b)
)
SELECT date_trunc($freq, coalesce(d.date, m.date))::DATE AS period,
       count(DISTINCT m.doc_id) AS coverage
FROM actor_mentions m LEFT JOIN documents d ON d.doc_id = m.doc_id
WHERE $as_of IS NULL OR (m.date <= $as_of AND coalesce(d.date, m.date) <= $as_of)
GROUP BY ALL
"""
_VIEW_EVIDENCE = """
SELECT m.date, m.doc_id, m.sentence, m.start, m."end", m.source, m.target, m.cameo,
       m.quad_class, m.goldstein, m.modality, e.n_mentions
FROM mentions m JOIN events e USING (event_id)
WHERE m.modality = 'asserted' AND m.date BETWEEN $lo AND $hi
  AND sign(m.goldstein) = $sign
  AND ((m.source_country = $a AND m.target_country = $b)
    OR (m.source_country = $b AND m.target_country = $a))
ORDER BY abs(m.goldstein) * e.n_mentions DESC, m.date
LIMIT $limit
"""


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    """A store of coded documents and imported GDELT rows, with a document recoded."""
    path = tmp_path / "mixed.duckdb"
    with Store(path) as store:
        store.write(_coded())
        import_events(store, "gdelt", [_gdelt_file(tmp_path / "rows.export.CSV")])
        recoded = _event("c4", START + dt.timedelta(days=28), "RUS", "USA", "051", 1, 3.4)
        store.write([(Document("c4", recoded.date, "text"), [recoded])])
    return path


def test_event_days_equal_a_recount_after_writes_and_imports(mixed, tmp_path):
    with Store(mixed) as store:
        assert _kept(store) == _recount(store)
        precisions = store.query("SELECT DISTINCT date_precision AS p FROM event_days ORDER BY p")
        assert [r["p"] for r in precisions] == ["day", "month", "year"]
        assert sum(r[-1] for r in _kept_imports(store)) == store._count("imported")
        keys = store.query(f"SELECT count(*) AS n FROM (SELECT DISTINCT {', '.join(summary.KEY)} "
                           "FROM event_days)")[0]["n"]  # fmt: skip
        assert keys == len(_kept(store))  # one row per key
        events = store.query("SELECT count(*) AS n FROM events")[0]["n"]
        assert store.counts()["events"] == events
        mentions = store.query("SELECT count(*) AS n FROM mentions")[0]["n"]
        assert store.counts()["mentions"] == mentions
        # Coded and imported mentions of one event are one event.
        shared = store.query("SELECT count(*) AS n FROM events WHERE n_mentions >= 3")[0]["n"]
        assert shared > 0
        # Re-importing adds nothing; recoding a document back changes the counts back.
        before = _kept(store)
        imports = _kept_imports(store)
        assert import_events(store, "gdelt", [tmp_path / "rows.export.CSV"]).imported == 0
        assert _kept(store) == before and _kept_imports(store) == imports
        store.write(_coded()[2:3])
        assert _kept(store) == _recount(store)


def test_failed_import_leaves_event_days_alone(mixed, tmp_path, monkeypatch):
    with Store(mixed) as store:
        before = _kept(store)

        def broken(con, batch):
            raise duckdb.Error("disk full")

        imports = _kept_imports(store)
        monkeypatch.setattr(summary, "add_batch", broken)
        rows = _gdelt_file(tmp_path / "more.export.CSV", first=900000)  # new ids
        report = import_events(store, "gdelt", [rows])
        assert report.imported == 0 and report.skipped["unreadable_file"] == 1
        assert _kept(store) == before == _recount(store)
        assert _kept_imports(store) == imports


@pytest.mark.parametrize("source", ["summary", "mentions"])
@pytest.mark.parametrize("freq", ["week", "month", "day"])
@pytest.mark.parametrize(
    "since,until", [(None, None), (dt.date(2017, 2, 1), None), (None, dt.date(2017, 5, 31))]
)
def test_series_and_turns_equal_the_events_view(mixed, source, freq, since, until):
    params = {"a": "USA", "b": "RUS", "freq": freq, "since": since, "until": until}
    extra = {"as_of": None, "precisions": dyad_module._precisions(freq)}
    with Store(mixed, read_only=True) as store:
        coarse = ["text_year"] + (["text_month"] if freq != "month" else [])
        old = store.query(_VIEW_SERIES, params | {"coarse": coarse})
        new = store.query(dyad_module._SERIES_SQL[source], params | extra)
        assert len(new) == len(old) > 0
        for row_old, row_new in zip(old, new, strict=True):
            assert row_new.keys() >= row_old.keys()  # and the period's coverage
            for key, value in row_old.items():
                assert row_new[key] == pytest.approx(value), (row_old["period"], key)
        assert sum(r["events"] for r in new) > 0
        result = dyad(store, "USA", "RUS", freq=freq, since=since, until=until)
    assert all(turn.evidence for turn in result.turns)


def _coverage(rows: list[dict]) -> dict[str, int]:
    return {r["period"]: r["coverage"] for r in rows}


def _mentions_coverage(store: Store, rows: list[dict], freq: str, as_of: dt.date | None):
    params = {"a": "USA", "b": "RUS", "freq": freq, "as_of": as_of}
    counted = {r["period"].isoformat(): r["coverage"]
               for r in store.query(_MENTIONS_COVERAGE, params)}  # fmt: skip
    return {r["period"]: counted.get(r["period"], 0) for r in rows}


@pytest.mark.parametrize("freq", ["week", "month", "day"])
@pytest.mark.parametrize(
    "since,until", [(None, None), (dt.date(2017, 2, 1), None), (None, dt.date(2017, 5, 31))]
)
def test_summary_and_mentions_give_the_same_dyad(mixed, monkeypatch, freq, since, until):
    """``event_days``/``import_days`` (no as-of) and the mentions (the as-of path) give the
    same series, coverage, imprecise events, turns and evidence."""
    params = {"a": "USA", "b": "RUS", "freq": freq, "since": since, "until": until,
              "as_of": None, "precisions": dyad_module._precisions(freq)}  # fmt: skip
    with Store(mixed, read_only=True) as store:
        rows, imprecise = dyad_module._series(store, params, from_summary=True)
        assert (rows, imprecise) == dyad_module._series(store, params, from_summary=False)
        assert imprecise and {e["date_precision"] for e in imprecise} >= {"year"}
        assert any(r["gap"] for r in rows) == (freq == "day")
        assert _coverage(rows) == _mentions_coverage(store, rows, freq, None)
        as_of = dt.date(2017, 4, 1)
        early = dyad(store, "USA", "RUS", freq=freq, since=since, until=until, as_of=as_of)
        assert _coverage(early.series) == _mentions_coverage(store, early.series, freq, as_of)
        fast = dyad(store, "USA", "RUS", freq=freq, since=since, until=until).to_dict()
        series = dyad_module._series
        monkeypatch.setattr(
            dyad_module, "_series", lambda *args, **kw: series(*args, from_summary=False)
        )
        assert dyad(store, "USA", "RUS", freq=freq, since=since, until=until).to_dict() == fast
    assert fast["turns"] or freq != "week"


def test_dyad_turns_and_evidence_equal_the_events_view(mixed, monkeypatch):
    with Store(mixed, read_only=True) as store:
        new = dyad(store, "USA", "RUS")
        assert len(new.turns) == 1
        for turn in new.turns:
            sign = 1 if turn.direction == "to_cooperation" else -1
            old = store.query(
                _VIEW_EVIDENCE,
                {"a": "USA", "b": "RUS", "sign": sign, "limit": len(turn.evidence),
                 "lo": turn.evidence and min(e["date"] for e in turn.evidence) or turn.start,
                 "hi": max(e["date"] for e in turn.evidence)},
            )  # fmt: skip
            score = [(e["date"], abs(e["goldstein"]) * e["n_mentions"]) for e in turn.evidence]
            assert sorted(score) == sorted(
                (e["date"].isoformat(), abs(e["goldstein"]) * e["n_mentions"]) for e in old
            )
            assert max(e["n_mentions"] for e in turn.evidence) >= 2


def test_busiest_dyads_and_span_equal_the_events_view(mixed):
    with Store(mixed, read_only=True) as store:
        new = queries.dyads(store, 5)
        old = store.query(
            """
            SELECT least(source_country, target_country) AS a,
                   greatest(source_country, target_country) AS b, count(*) AS events,
                   count(*) FILTER (WHERE quad_class IN (1, 2)) AS cooperation,
                   count(*) FILTER (WHERE quad_class IN (3, 4)) AS conflict,
                   round(avg(goldstein), 2) AS mean_goldstein,
                   min(date) AS first_date, max(date) AS last_date
            FROM events
            WHERE modality = 'asserted' AND source_country <> '' AND target_country <> ''
              AND source_country <> target_country
            GROUP BY ALL ORDER BY events DESC, a, b LIMIT 5"""
        )
        assert [{k: r[k] for k in old[0]} for r in new] == old
        assert [(r["a"], r["b"]) for r in new] == [("RUS", "USA"), ("CHN", "USA")]
        span = store.query(
            "SELECT min(date) AS lo, max(date) AS hi FROM events WHERE modality = 'asserted' "
            "AND ((source_country = 'USA' AND target_country = 'RUS') "
            "OR (source_country = 'RUS' AND target_country = 'USA'))"
        )[0]
        assert queries.dyad_span(store, "USA", "RUS") == (span["lo"], span["hi"])


def test_version_3_store_is_migrated(tmp_path):
    """A store written by schema 3 (coded and imported rows) opens: event_days is counted
    from its mentions and later writes keep it."""
    from detente.store.db import to_tables
    from detente.store.schema import MIGRATIONS

    path = tmp_path / "v3.duckdb"
    docs, mentions = to_tables(_coded())
    with duckdb.connect(str(path)) as con:
        for version in (1, 2, 3):
            for statement in MIGRATIONS[version]:
                con.execute(statement)
        con.execute("INSERT INTO meta VALUES ('schema_version', '3')")
        con.register("d", docs)
        con.register("m", mentions)
        con.execute("INSERT INTO documents SELECT * FROM d")
        con.execute("INSERT INTO coded BY NAME SELECT * FROM m")
        con.execute(
            "INSERT INTO imported VALUES ('gdelt', '7', 'm7', 'e7', DATE '2017-01-03', 'USA', "
            "'', 'USA', 'RUS', '', 'RUS', '112', 'ACCUSE', 3, -2.0, '', '', 'import:gdelt-2.0')"
        )
        old_counts = con.execute(
            "SELECT (SELECT count(*) FROM mentions), (SELECT count(*) FROM events)"
        ).fetchone()
    with Store(path) as store:
        assert store.query("SELECT value FROM meta WHERE key = 'schema_version'") == [
            {"value": str(SCHEMA_VERSION)}
        ]
        assert SCHEMA_VERSION == 5
        counts = store.counts()
        assert (counts["mentions"], counts["events"]) == old_counts
        assert _kept(store) == _recount(store) != []
        assert _kept_imports(store) == [("USA", "RUS", dt.date(2017, 1, 3), 1)]
        assert store.query("SELECT batch FROM imported") == [{"batch": None}]
        import_events(store, "gdelt", [_gdelt_file(tmp_path / "rows.export.CSV")])
        assert _kept(store) == _recount(store)
        assert sum(r[-1] for r in _kept_imports(store)) == store._count("imported")
        assert store.query("SELECT DISTINCT batch FROM imported ORDER BY batch") == [
            {"batch": 1},
            {"batch": None},
        ]
