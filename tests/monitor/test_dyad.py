"""Dyad series, turning points with evidence, the CLI contract, watch and the HTML report."""

from __future__ import annotations

import datetime as dt
import json

import numpy as np
import pytest
from typer.testing import CliRunner

from detente.cli import app
from detente.errors import InputError
from detente.models import Document, Event
from detente.monitor.counts import POSSIBLE_PROBABILITY, REPORT_PROBABILITY, count_turns
from detente.monitor.dyad import dyad, resolve_country, threshold_text
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


def _weekly(path, plan: list[tuple[int, int]]):
    """A store with ``plan[w] = (cooperative, conflictual)`` events in week ``w``."""
    coded, i = [], 0
    for week, (coop, conflict) in enumerate(plan):
        for k, is_coop in enumerate([True] * coop + [False] * conflict):
            day = START + dt.timedelta(days=7 * week + k)
            text = "Leaders praised each other." if is_coop else "Moscow accused Washington."
            coded.append((Document(f"d{i}", day, text), [_event(i, day, is_coop, text)]))
            i += 1
    with Store(path) as store:
        store.write(coded)
    return path


@pytest.fixture
def weak(tmp_path):
    """Six weeks of one praise, then six weeks of one accusation: a turn at about 0.7."""
    return _weekly(tmp_path / "weak.duckdb", [(1, 0)] * 6 + [(0, 1)] * 6)


@pytest.fixture
def sharp_then_weak(tmp_path):
    """Three praises a week for twelve weeks, one accusation a week for six, then one praise a
    week for six: a sharp turn to conflict and a weak one back."""
    plan = [(3, 0)] * 12 + [(0, 1)] * 6 + [(1, 0)] * 6
    return _weekly(tmp_path / "sharp.duckdb", plan)


def test_a_weak_turn_is_possible_not_reported(weak):
    with Store(weak, read_only=True) as store:
        result = dyad(store, "USA", "RUS")
        lowered = dyad(store, "USA", "RUS", min_probability=0.5)
    assert result.min_probability == REPORT_PROBABILITY and result.turns == []
    [maybe] = result.possible_turns
    assert POSSIBLE_PROBABILITY <= maybe.probability < REPORT_PROBABILITY
    assert maybe.direction == "to_conflict" and maybe.date == "2017-02-13"
    assert maybe.before.label == "cooperative" and maybe.after.label == "conflictual"
    assert maybe.evidence and all(e["goldstein"] < 0 for e in maybe.evidence)
    assert [p.label for p in result.phases] == ["mixed"]  # phases break at reported turns only
    data = result.to_dict()
    assert data["turns"] == [] and data["min_probability"] == REPORT_PROBABILITY
    assert data["possible_turns"][0]["probability"] == maybe.probability
    # asked from 0.5, the same turn is reported and splits the phases
    assert [t.probability for t in lowered.turns] == [maybe.probability]
    assert lowered.possible_turns == [] and len(lowered.phases) == 2


def test_possible_turn_splits_only_its_phase(sharp_then_weak):
    with Store(sharp_then_weak, read_only=True) as store:
        result = dyad(store, "USA", "RUS")
    [turn] = result.turns
    assert turn.probability >= REPORT_PROBABILITY and turn.direction == "to_conflict"
    assert [p.label for p in result.phases] == ["cooperative", "mixed"]
    assert (turn.before, turn.after) == tuple(result.phases)
    [maybe] = result.possible_turns
    assert maybe.direction == "to_cooperation" and maybe.probability < REPORT_PROBABILITY
    assert maybe.before.start == result.phases[1].start and maybe.after.end == result.phases[1].end
    assert (maybe.before.label, maybe.after.label) == ("conflictual", "cooperative")


def test_dyad_reports_what_count_turns_reports_by_default(sharp_then_weak):
    """The benchmarks measure count_turns with its defaults: dyad must report the same turns."""
    with Store(sharp_then_weak, read_only=True) as store:
        result = dyad(store, "USA", "RUS")
    coop = np.array([r["q1"] + r["q2"] for r in result.series], dtype=float)
    conflict = np.array([r["q3"] + r["q4"] for r in result.series], dtype=float)
    expected = count_turns(coop, conflict, covered=np.array([not r["gap"] for r in result.series]))
    assert [result.series[c.index]["period"] for c in expected] == [t.date for t in result.turns]
    assert [round(c.probability, 3) for c in expected] == [t.probability for t in result.turns]


def test_threshold_text():
    assert [threshold_text(p) for p in (0.9, 0.5, 0.85, 0.995)] == ["0.90", "0.50", "0.85", "0.995"]


def test_min_probability_out_of_range(weak):
    with Store(weak, read_only=True) as store, pytest.raises(InputError, match="min_probability"):
        dyad(store, "USA", "RUS", min_probability=1.5)


def test_cli_lists_possible_turns_apart(weak):
    text = CliRunner().invoke(app, ["dyad", "USA", "RUS", "--db", str(weak)])
    assert text.exit_code == 0, text.output
    assert "no turning point with probability >= 0.90" in text.stdout
    assert "possible turn to_conflict around 2017-02-13" in text.stdout
    assert "(below 0.90: not reported)" in text.stdout
    data = json.loads(
        CliRunner().invoke(app, ["dyad", "USA", "RUS", "--db", str(weak), "--json"]).stdout
    )
    assert data["turns"] == [] and len(data["possible_turns"]) == 1
    lowered = CliRunner().invoke(
        app, ["dyad", "USA", "RUS", "--db", str(weak), "--json", "--min-probability", "0.5"]
    )
    data = json.loads(lowered.stdout)
    assert len(data["turns"]) == 1 and data["possible_turns"] == []
    assert data["min_probability"] == 0.5
    bad = CliRunner().invoke(
        app, ["dyad", "USA", "RUS", "--db", str(weak), "--min-probability", "2"]
    )
    assert bad.exit_code == 2


def test_watch_does_not_alert_on_a_possible_turn(weak):
    quiet = CliRunner().invoke(app, ["watch", "USA", "RUS", "--db", str(weak), "--window", "12"])
    assert quiet.exit_code == 0 and "ALERT" not in quiet.stdout
    assert "possible turn to_conflict around 2017-02-13" in quiet.stdout
    assert "no alert" in quiet.stdout
    loud = CliRunner().invoke(
        app, ["watch", "USA", "RUS", "--db", str(weak), "--window", "12", "--threshold", "0.5"]
    )
    assert loud.exit_code == 4 and "ALERT" in loud.stdout


def test_report_shows_possible_turns_dashed(weak, tmp_path):
    out = tmp_path / "weak.html"
    result = CliRunner().invoke(app, ["report", "USA", "RUS", "--db", str(weak), "-o", str(out)])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert "No turning point with probability ≥ 0.90." in page
    assert 'class="turn possible to_conflict"' in page and "<h2>Possible turns</h2>" in page
    assert '"dash": "dash"' in page and "possible turn p=0." in page
