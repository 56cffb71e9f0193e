"""Shapes, not just bytes: the whole coder on generated sentence shapes, under a time limit.

Each example is coded by the full coder (parse, actors, extraction, dates, modality) with the
per-document budget switched off, and must finish within ``LIMIT`` seconds; a runaway loop
would be stopped by the :class:`~detente.budget.Deadline` and fail the test with its text.
"""

from __future__ import annotations

import datetime as dt
import random
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from shapes import SHAPES, fragment, random_text

from detente.budget import Deadline, DocumentTimeout
from detente.events import Coder, CoderConfig
from detente.models import MODALITIES, Document

DAY = dt.date(2017, 2, 16)
LIMIT = 10.0  # seconds for one short text on a loaded machine (normal: milliseconds)


@pytest.fixture(scope="module")
def unbudgeted() -> Coder:
    return Coder(CoderConfig(doc_timeout=0))


@st.composite
def shaped(draw: st.DrawFn, name: str) -> str:
    return SHAPES[name](
        lambda seq: draw(st.sampled_from(list(seq))),
        lambda lo, hi: draw(st.integers(lo, hi)),
    )


def _code_within_limit(coder: Coder, text: str) -> None:
    start = time.perf_counter()
    try:
        with Deadline(LIMIT):
            events = coder.code_text(text, DAY)
    except DocumentTimeout:
        pytest.fail(f"coding took over {LIMIT} s: {text!r}")
    assert time.perf_counter() - start < LIMIT
    for event in events:
        assert event.modality in MODALITIES
        assert 0 <= event.start <= event.end <= len(text)


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_shape_is_coded_in_time(unbudgeted, name):
    @settings(
        max_examples=15,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )
    @given(shaped(name))
    def check(text: str) -> None:
        _code_within_limit(unbudgeted, text)

    check()


@pytest.mark.parametrize(
    "text",
    [
        "trip to town",
        "Talks between Russia and the United States in February.",
        "TALKS BETWEEN RUSSIA AND THE UNITED STATES IN FEBRUARY.",
        "talks between russia and the united states in february.",
        "MOSCOW, Feb. 2 — Talks between Russia and Ukraine.",
        "Lavrov said \"Trump said 'Russia accused Ukraine'\".",
    ],
)
def test_known_hard_shapes(unbudgeted, text):
    _code_within_limit(unbudgeted, text)


def test_200_headline_fragments_in_under_a_minute(unbudgeted):
    rng = random.Random(13)
    docs = [
        Document(f"f{i}", DAY, fragment(rng.choice, rng.randint) if i % 2 else random_text(rng)[1])
        for i in range(200)
    ]
    start = time.perf_counter()
    coded = list(unbudgeted.code(docs))
    assert len(coded) == 200
    assert time.perf_counter() - start < 60


def test_article_with_a_verbless_dated_sentence_is_coded(coder):
    """About 6 kB of news with one verbless, dated sentence: coded in well under a minute
    with the default budget, none of it timed out."""
    rng = random.Random(7)
    body = " ".join(
        f"{rng.choice(['Russia', 'The Kremlin', 'Washington'])} {rng.choice(['accused', 'urged'])} "
        f"{rng.choice(['Ukraine', 'NATO', 'Beijing'])} of {rng.choice(['delays', 'provocations'])} "
        "on Monday, officials said."
        for _ in range(100)
    )
    text = body[:3000] + " Talks between Russia and the United States in February. " + body[3000:]
    assert len(text) > 6000
    start = time.perf_counter()
    timeouts = len(coder.stats.timeouts)
    coded = list(coder.code([Document("seed-like", DAY, text)]))
    assert time.perf_counter() - start < 60
    assert len(coded) == 1 and coded[0][1]
    assert len(coder.stats.timeouts) == timeouts
