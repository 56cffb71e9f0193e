"""Dyad series, turning points with evidence, the CLI contract, watch and the HTML report."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from typer.testing import CliRunner

from detente.cli import app
from detente.errors import InputError
from detente.models import Document, Event
from detente.monitor.dyad import dyad, resolve_country
from detente.store import Store

START = dt.date(2017, 1, 2)


def _event(i: int, day: dt.date, coop: bool, text: str, precision: str = "day") -> Event:
    src, tgt = ("USA", "RUS") if i % 2 else ("RUS", "USA")
    return Event(
        date_precision=precision,
        doc_id=f"d{i}",
        sentence_id=0,
        sentence=text,
        start=0,
        end=len(text),
        date=day,
        date_source={"day": "publication", "month": "text_month", "year": "text_year"}[precision],
        source=src,
        source_country=src,
        source_sector="",
        source_name=src,
        target=tgt,
        target_country=tgt,
        target_sector="",
        target_name=tgt,
        cameo="051" if coop else "112",
        cameo_root="05" if coop else "11",
        plover="SUPPORT" if coop else "ACCUSE",
        quad_class=1 if coop else 3,
        goldstein=3.4 if coop else -2.0,
    )


@pytest.fixture
def story(tmp_path):
    """Twelve weeks of praise, then twelve weeks of accusations, three events a week."""
    path = tmp_path / "story.duckdb"
    coded = []
    for week in range(24):
        for k in range(3):
            i = week * 3 + k
            day = START + dt.timedelta(days=7 * week + 2 * k)
            coop = week < 12
            text = (
                "Leaders praised each other."
                if coop
                else "<script>window.__xss=1</script> Moscow accused Washington."
            )
            coded.append((Document(f"d{i}", day, text), [_event(i, day, coop, text)]))
    with Store(path) as store:
        store.write(coded)
    return path


def test_turn_to_conflict_with_probability_and_evidence(story):
    with Store(story, read_only=True) as store:
        result = dyad(store, "USA", "russia", freq="week")
    assert len(result.series) == 24
    assert len(result.turns) == 1
    turn = result.turns[0]
    assert turn.direction == "to_conflict" and turn.probability > 0.8
    assert turn.start <= "2017-03-27" <= turn.end
    assert turn.before.label == "cooperative" and turn.after.label == "conflictual"
    assert turn.evidence and all(e["goldstein"] < 0 for e in turn.evidence)
    assert [p.label for p in result.phases] == ["cooperative", "conflictual"]


def test_dyad_json_contract(story):
    result = CliRunner().invoke(app, ["dyad", "USA", "RUS", "--db", str(story), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert {"series", "turns"} <= data.keys()
    turn = data["turns"][0]
    assert {
        "start",
        "end",
        "date",
        "probability",
        "direction",
        "before",
        "after",
        "evidence",
    } <= turn.keys()
    dt.date.fromisoformat(turn["start"])
    dt.date.fromisoformat(turn["end"])


def test_watch_alerts_only_on_recent_turns(story):
    quiet = CliRunner().invoke(
        app, ["watch", "USA", "RUS", "--db", str(story), "--threshold", "0.8", "--window", "4"]
    )
    assert quiet.exit_code == 0
    loud = CliRunner().invoke(
        app, ["watch", "USA", "RUS", "--db", str(story), "--threshold", "0.8", "--window", "14"]
    )
    assert loud.exit_code == 4 and "ALERT" in loud.stdout


def test_report_is_self_contained_and_escaped(story, tmp_path):
    out = tmp_path / "r.html"
    result = CliRunner().invoke(app, ["report", "USA", "RUS", "--db", str(story), "-o", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert "Plotly.newPlot" in page and "<script src" not in page
    assert "<script>window.__xss" not in page
    assert "&lt;script&gt;window.__xss=1&lt;/script&gt;" in page


def test_unknown_actor_is_an_input_error():
    with pytest.raises(InputError, match="unknown actor"):
        resolve_country("Atlantis Republic")
    assert resolve_country("the Kremlin") == "RUS" and resolve_country("usa") == "USA"


def test_empty_store_has_no_turns(tmp_path):
    with Store(tmp_path / "e.duckdb") as store:
        result = dyad(store, "USA", "RUS")
    assert result.series == [] and result.turns == []


@pytest.fixture
def gappy(tmp_path):
    """The story with no coverage in weeks 8-10 and two events dated only to a year/month."""
    path = tmp_path / "gappy.duckdb"
    coded = []
    for week in [w for w in range(24) if not 8 <= w <= 10]:
        for k in range(3):
            i = week * 3 + k
            day = START + dt.timedelta(days=7 * week + 2 * k)
            coded.append((Document(f"d{i}", day, "x"), [_event(i, day, week < 12, "x")]))
    late = START + dt.timedelta(days=7 * 20)
    coded.append((Document("d101", late, "in 2017"), [_event(101, START, False, "y", "year")]))
    coded.append((Document("d103", late, "in March"), [_event(103, late, True, "m", "month")]))
    with Store(path) as store:
        store.write(coded)
    return path


def test_gaps_imprecise_dates_and_one_count(gappy):
    with Store(gappy, read_only=True) as store:
        week = dyad(store, "USA", "RUS", freq="week")
        month = dyad(store, "USA", "RUS", freq="month")
        overview = store.query("SELECT count(*) AS n FROM events WHERE modality = 'asserted'", {})[
            0
        ]["n"]
    assert week.gaps == ["2017-02-27", "2017-03-06", "2017-03-13"]
    assert all(r["coverage"] == 0 for r in week.series if r["gap"])
    assert [e["date_precision"] for e in week.imprecise] == ["year", "month"]
    assert sum(r["events"] for r in week.series) == 63
    assert week.events == month.events == overview == 65
    assert [e["date_precision"] for e in month.imprecise] == ["year"]
    assert len(week.turns) == 1 and week.turns[0].probability > 0.9
    data = week.to_dict()
    assert data["events"] == 65 and data["gaps"] == week.gaps and len(data["imprecise"]) == 2


def test_as_of_sees_only_what_was_published_by_then(gappy):
    with Store(gappy, read_only=True) as store:
        early = dyad(store, "USA", "RUS", as_of=dt.date(2017, 3, 26))
        full = dyad(store, "USA", "RUS")
    assert early.as_of == "2017-03-26" and early.series[-1]["period"] == "2017-03-20"
    assert early.events == sum(r["events"] for r in early.series) == 27
    assert early.imprecise == [] and early.turns == []  # the year-dated event came out later
    assert full.turns and full.series[-1]["period"] > early.series[-1]["period"]


def test_cli_as_of_and_count_line(gappy):
    result = CliRunner().invoke(
        app, ["dyad", "USA", "RUS", "--db", str(gappy), "--as-of", "2017-05-01"]
    )
    assert result.exit_code == 0, result.output
    assert "as of 2017-05-01" in result.stdout and "gap" in result.stdout
    report = CliRunner().invoke(
        app, ["report", "USA", "RUS", "--db", str(gappy), "--as-of", "2017-05-01", "-o",
              str(gappy.parent / "r.html")],
    )  # fmt: skip
    assert report.exit_code == 0, report.output
    page = (gappy.parent / "r.html").read_text(encoding="utf-8")
    assert "as of 2017-05-01" in page and "without coverage" in page
    bad = CliRunner().invoke(app, ["watch", "USA", "RUS", "--db", str(gappy), "--as-of", "soon"])
    assert bad.exit_code == 2
