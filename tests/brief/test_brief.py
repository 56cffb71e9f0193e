"""The brief on a synthetic world with a planted story: the turn, signals, a third party
taking sides, unanswered gestures, and later data that must not leak into an earlier brief."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from world import AS_OF, OFFER, START, TURN, XSS, doc, later, story

from detente.brief import BriefConfig, brief
from detente.brief.prose import summarise
from detente.brief.render import render_html, render_markdown, write_brief
from detente.errors import InputError
from detente.store import Store


@pytest.fixture
def world(store: Store) -> Store:
    store.write(story())
    return store


def test_turn_with_probability_as_dyad_gives_it(world):
    result = brief(world, "USA", "russia", AS_OF).to_dict()
    assert result["a"] == "USA" and result["b"] == "RUS" and result["as_of"] == "2017-05-20"
    turn = result["turn"]
    assert turn == result["turns"][-1]
    assert turn["direction"] == "to_conflict" and turn["probability"] > 0.8
    assert turn["start"] <= TURN.isoformat() <= turn["end"]
    assert {"date", "start", "end", "probability", "direction", "before", "after"} <= turn.keys()
    assert turn["before"]["label"] == "cooperative" and turn["after"]["label"] == "conflictual"


def test_signals_for_and_against_the_turn(world):
    result = brief(world, "USA", "RUS", AS_OF).to_dict()
    keys = {"date", "source", "target", "cameo", "plover", "goldstein", "modality", "sentence",
            "doc_id", "url"}  # fmt: skip
    assert result["signals"] and result["counter_signals"]
    for item in result["signals"]:
        assert keys <= item.keys()
        assert item["goldstein"] < 0 and item["modality"] == "asserted"
        assert {item["source"], item["target"]} == {"USA", "RUS"}
        assert item["date"] >= result["turn"]["start"] and item["date"] <= "2017-05-20"
        assert item["url"].startswith("https://news.example/")
    # Against the turn to conflict: the offers and the answered meeting after it.
    against = {(s["source"], s["cameo"], s["date"]) for s in result["counter_signals"]}
    assert ("RUS", "036", OFFER.isoformat()) in against
    assert all(s["goldstein"] > 0 for s in result["counter_signals"])
    # Country codes in source/target, the actor with its sector kept alongside.
    assert {s["source_actor"] for s in result["signals"]} <= {"USAGOV", "RUSGOV"}


def test_third_party_takes_a_side(world):
    triads = {t["third"]: t for t in brief(world, "USA", "RUS", AS_OF).to_dict()["triads"]}
    china, britain = triads["CHN"], triads["GBR"]
    assert china["sides_with"] == "RUS"
    assert china["with_b"]["coop"] == 6 and china["with_b"]["conflict"] == 0
    assert china["with_a"]["conflict"] == 6 and china["with_a"]["mean_goldstein"] < 0
    assert britain["sides_with"] is None  # friendly to both
    assert list(triads)[0] == "CHN"  # those taking sides come first


def test_silences_unanswered_and_explicit(world):
    silences = brief(world, "USA", "RUS", AS_OF).to_dict()["silences"]
    unanswered = [s for s in silences if s["kind"] == "unanswered"]
    assert [(s["date"], s["from"], s["to"], s["cameo"]) for s in unanswered] == [
        (OFFER.isoformat(), "RUS", "USA", "036")
    ]
    assert unanswered[0]["days_unanswered"] == (AS_OF - OFFER).days
    assert unanswered[0]["doc_id"] == "offer-rus" and unanswered[0]["answered"] is None
    # "Russia has not responded to the American offer": Russia is silent toward the U.S.
    explicit = [s for s in silences if s["kind"] == "explicit"]
    assert [(s["from"], s["to"], s["date"]) for s in explicit] == [("USA", "RUS", "2017-05-12")]
    assert {"date", "from", "to", "cameo", "sentence", "doc_id", "days_unanswered"} <= set(
        explicit[0]
    )


def test_silence_waits_its_days(world):
    # Nine days after the offer it is not yet a silence; a shorter wait makes it one.
    day = OFFER + dt.timedelta(days=9)
    assert not [s for s in brief(world, "USA", "RUS", day).silences if s.kind == "unanswered"]
    short = brief(world, "USA", "RUS", day, BriefConfig(silence_days=7)).silences
    assert [s.date for s in short if s.kind == "unanswered"] == [OFFER.isoformat()]


def test_later_documents_leave_an_as_of_brief_unchanged(world):
    before = brief(world, "USA", "RUS", AS_OF).to_dict()
    world.write(later())
    after = brief(world, "USA", "RUS", AS_OF).to_dict()
    assert after == before
    # The later documents are in the store and change a brief written after them.
    now = brief(world, "USA", "RUS", AS_OF + dt.timedelta(days=30)).to_dict()
    assert now != before
    dates = [s["date"] for s in now["silences"] if s["kind"] == "unanswered"]
    assert OFFER.isoformat() not in dates  # the deal of 15 May answered it...
    china = next(t for t in now["triads"] if t["third"] == "CHN")
    assert china["with_a"]["coop"] == 2  # ...and China's later turn to Washington counts
    # Default as_of: the last publication date of any A–B mention.
    assert brief(world, "USA", "RUS").as_of == (AS_OF + dt.timedelta(days=3)).isoformat()


def test_summary_is_three_to_six_sentences_from_the_data(world):
    result = brief(world, "USA", "RUS", AS_OF)
    sentences = re.split(r"(?<=[.!?])\s+", result.summary.strip())
    assert 3 <= len(sentences) <= 6, sentences
    text = result.summary
    assert "20 May 2017" in text and f"{result.turn.probability:.2f}" in text
    assert "to conflict" in text and "China sides with the Russian Federation" in text
    assert "unanswered" in text
    assert summarise(result) == text


def test_summary_without_events(store):
    result = brief(store, "USA", "RUS", AS_OF)
    assert result.turn is None and not result.signals and not result.triads
    sentences = re.split(r"(?<=[.!?])\s+", result.summary.strip())
    assert 3 <= len(sentences) <= 6


@pytest.mark.parametrize(
    ("a", "b", "message"),
    [("USA", "Narnia", "unknown actor 'Narnia'"), ("USA", "United States", "two different")],
)
def test_bad_actors(world, a, b, message):
    with pytest.raises(InputError, match=message):
        brief(world, a, b, AS_OF)


def test_html_and_markdown(world, tmp_path):
    result = brief(world, "USA", "RUS", AS_OF)
    html = render_html(result)
    assert XSS not in html and "&lt;script&gt;window.__xss=1" in html
    assert "Plotly.newPlot" in html and "<script src=" not in html
    assert 'href="https://news.example/offer-rus"' in html
    assert 'id="timeline"' in html and 'id="triads"' in html and 'id="silences"' in html
    markdown = render_markdown(result)
    assert markdown.startswith("# United States – Russian Federation: brief as of 2017-05-20")
    assert result.summary in markdown
    assert "| 2017-05-01 | RUS → USA | 036" in markdown
    assert "[offer-rus](https://news.example/offer-rus)" in markdown
    assert "<script>" not in markdown
    assert write_brief(result, tmp_path / "b.md").read_text(encoding="utf-8") == markdown
    with pytest.raises(InputError, match=r"\.html or \.md"):
        write_brief(result, tmp_path / "b.pdf")


def weak_story() -> list[tuple]:
    """One praise a week for six weeks, then one accusation a week: a turn at about 0.7."""
    coded = []
    for week in range(12):
        day = START + dt.timedelta(weeks=week, days=2)
        cameo, verb = ("051", "praised") if week < 6 else ("112", "accused")
        coded.append(doc(f"w{week:02d}", day, [("USAGOV", "RUS", cameo, day, f"USA {verb} RUS.")]))
    return coded


def test_a_possible_turn_is_listed_apart_and_steers_nothing(store):
    store.write(weak_story())
    day = START + dt.timedelta(weeks=12)
    result = brief(store, "USA", "RUS", day)
    assert result.turn is None and result.turns == []
    [maybe] = result.possible_turns
    assert maybe.direction == "to_conflict" and 0.5 <= maybe.probability < 0.9
    data = result.to_dict()
    assert data["turn"] is None and data["turns"] == [] and data["min_probability"] == 0.9
    assert data["possible_turns"][0]["date"] == maybe.date
    assert result.signals_since == (day - dt.timedelta(days=90)).isoformat()  # not the turn's
    assert "No turning point reaches probability 0.90" in result.summary
    assert f"; a possible turn, to conflict around {maybe.date[8:].lstrip('0')} " in result.summary
    assert f"has probability {maybe.probability:.2f}." in result.summary
    assert 3 <= len(re.split(r"(?<=[.!?])\s+", result.summary.strip())) <= 6
    markdown = render_markdown(result)
    assert f"- possible turn to conflict around {maybe.date}" in markdown
    assert 'class="turn possible to_conflict"' in render_html(result)
    lowered = brief(store, "USA", "RUS", day, BriefConfig(min_probability=0.5))
    assert lowered.turn is not None and lowered.turn.date == maybe.date
    assert lowered.possible_turns == [] and lowered.signals_since == lowered.turn.start


def test_a_later_possible_turn_is_named_with_the_reported_one(store):
    """Three praises a week for twelve weeks, one accusation a week for six, one praise a week
    for six: the turn to conflict is reported, the weak one back is named as possible."""
    coded = []
    plan = [("051", 3)] * 12 + [("112", 1)] * 6 + [("051", 1)] * 6
    for week, (cameo, n) in enumerate(plan):
        for k in range(n):
            day = START + dt.timedelta(weeks=week, days=k)
            coded.append(doc(f"s{week:02d}{k}", day, [("USAGOV", "RUS", cameo, day, "USA & RUS.")]))
    store.write(coded)
    result = brief(store, "USA", "RUS", START + dt.timedelta(weeks=24))
    assert result.turn is not None and result.turn.direction == "to_conflict"
    [maybe] = result.possible_turns
    assert maybe.direction == "to_cooperation" and maybe.date > result.turn.date
    assert "; a later possible turn, to cooperation around" in result.summary
    assert f"has probability {maybe.probability:.2f}, below the 0.90 at which" in result.summary
    assert 3 <= len(re.split(r"(?<=[.!?])\s+", result.summary.strip())) <= 6
    assert result.signals_since == result.turn.start  # the reported turn steers the signals
