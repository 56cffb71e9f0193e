"""Rules from the plv14 study family (where the marked target sits: the owner of a bid, the
side named again in a condition, ...): each a general class, checked on sentences written for
detente, not on the study file's own lines."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2019, 6, 30)


def _events(coder, text):
    return coder.code_text(text, DAY)


def _pairs(events):
    return [(e.source_name, e.cameo, e.target_name, e.target) for e in events]


@pytest.mark.parametrize(
    ("text", "who", "whom"),
    [
        ("Greece held up Turkey's bid to open accession talks for a decade.", "GRC", "TUR"),
        ("The Netherlands stalled Serbia's membership application for two years.", "NLD", "SRB"),
        ("Hungary held up the accession of Sweden to NATO until March 2024.", "HUN", "SWE"),
    ],
)
def test_a_bid_held_up_or_stalled_is_blocked(coder, text, who, whom):
    # "held up", "stalled" a bid to join: the applicant is refused for as long
    events = [e for e in _events(coder, text) if e.cameo_root == "12"]
    assert any(e.source == who and e.target == whom for e in events), _pairs(_events(coder, text))


def test_traffic_held_up_is_no_refusal(coder):
    events = _events(coder, "Protesters held up traffic in the Greek capital for hours.")
    assert not [e for e in events if e.cameo_root == "12"], _pairs(events)


@pytest.mark.parametrize(
    ("text", "whom"),
    [
        ("France blocked the EU membership bid of Albania in October 2019.", "ALB"),
        ("Greece vetoed the NATO membership application of Macedonia in 2008.", "MKD"),
    ],
)
def test_the_body_applied_to_is_not_the_applicant(coder, text, whom):
    # "the NATO membership bid of X": NATO is where X applies; the bid is X's
    events = [e for e in _events(coder, text) if e.cameo_root == "12"]
    assert events and all(e.target == whom for e in events), _pairs(_events(coder, text))


def test_a_body_before_a_proposal_still_owns_it(coder):
    # control: a proposal's name modifier is its maker
    events = _events(coder, "Turkey rejected the NATO proposal for a new base.")
    assert any(e.cameo_root == "12" and e.target == "NATO" for e in events), _pairs(events)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "China threatened in 2021 to cut all trade with Lithuania unless the country "
            "closed the Taiwanese office in Vilnius.",
            "Lithuania",
        ),
        (
            "Washington threatened in 2018 to impose tariffs on all steel from Turkey unless "
            "the country freed the American pastor.",
            "Turkey",
        ),
    ],
)
def test_a_side_named_again_is_pointed_at_by_its_name(coder, text, name):
    # a bare "the country" in the condition takes up the side named before: the event's
    # target phrase is the name, as a reader marks it
    events = [e for e in _events(coder, text) if e.cameo_root == "13" and e.target_start]
    assert events, _pairs(_events(coder, text))
    assert all(text[e.target_start : e.target_end] == name for e in events), [
        text[e.target_start : e.target_end] for e in events
    ]


@pytest.mark.parametrize(
    ("text", "who", "whom"),
    [
        ("Russia agreed in 2022 to let Ukraine ship grain from Odesa.", "RUS", "UKR"),
        ("Egypt agreed last year to let Israel use its airspace.", "EGY", "ISR"),
    ],
)
def test_the_one_let_do_something_is_the_target(coder, text, who, whom):
    # "let Ukraine ship grain": the parser read "Ukraine ship grain" as one noun; the name
    # is the subject of the bare infinitive, the one let act
    events = [e for e in _events(coder, text) if e.cameo_root == "03"]
    assert any(e.source == who and e.target == whom for e in events), _pairs(_events(coder, text))


def test_a_noun_after_let_stays_a_noun(coder):
    from detente.nlp.pipeline import load_pipeline

    doc = load_pipeline()("Damascus refused to let UN aid convoys reach the town.")
    assert [t.pos_ for t in doc if t.lower_ == "aid"] == ["NOUN"]
