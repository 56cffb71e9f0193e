"""Rules from the plv10 study family (ACCUSE, REJECT, COERCE and ASSAULT in long real-news
sentences): each a general class, checked on sentences written for detente, not on the study
file's own lines."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2019, 6, 30)


def _events(coder, text):
    return coder.code_text(text, DAY)


def _pairs(events):
    return [(e.source_name, e.cameo, e.target_name) for e in events]


def _target_text(event):
    return event.sentence[event.target_start : event.target_end]


@pytest.mark.parametrize(
    ("text", "judged"),
    [
        ("A court in Sarajevo found Naser Oric guilty of war crimes on Friday.", "Naser Oric"),
        ("The tribunal found the general guilty of crimes against humanity.", "general"),
    ],
)
def test_the_one_found_guilty_is_the_target_not_the_crime(coder, text, judged):
    # the parser reads the name or noun before "guilty" as the adjective's modifier; the one
    # judged is the verdict's subject, so the crime "of" is no target
    events = [e for e in _events(coder, text) if e.cameo == "116"]
    assert events, _pairs(_events(coder, text))
    assert all(judged in e.target_name for e in events), _pairs(events)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "The United Nations condemned the bombing of a market in Gao, northern Mali, "
            "which killed nine people on Sunday.",
            "market",
        ),
        (
            "Canada condemned the attack on a school in Kabul, Afghanistan, on Saturday.",
            "school",
        ),
    ],
)
def test_a_place_located_by_an_apposition_keeps_the_condemned_act_in_the_target(coder, text, place):
    # "a market in Gao, northern Mali": the apposition says where Gao lies; what is
    # condemned is the act at the market, not the country named by the apposition alone
    events = [e for e in _events(coder, text) if e.cameo_root == "11"]
    assert events, _pairs(_events(coder, text))
    spans = [_target_text(e) for e in events]
    assert any(place in s for s in spans), spans


@pytest.mark.parametrize(
    ("text", "region"),
    [
        (
            "Spain's Constitutional Court rejected Catalonia's request to hold a vote on "
            "independence on Thursday.",
            "Catalonia",
        ),
        (
            "Iraq's parliament rejected Kurdistan's demand for a larger share of the budget.",
            "Kurdistan",
        ),
    ],
)
def test_a_region_s_request_refused_by_its_country_s_body_is_aimed_at_the_region(
    coder, text, region
):
    # a region's thing is another side's, even where the country is the source's own
    events = [e for e in _events(coder, text) if e.cameo_root == "12"]
    assert events, _pairs(_events(coder, text))
    assert any(region in _target_text(e) for e in events if e.target_start is not None), _pairs(
        events
    )


@pytest.mark.parametrize(
    ("text", "closer", "victims"),
    [
        (
            "Egypt closed the Rafah crossing on Friday after rockets fired from the area killed "
            "three of its border guards.",
            "Egypt",
            "guards",
        ),
        (
            "Pakistan sealed the border crossing at Torkham after mortar shells fired from the "
            "hills killed two of its soldiers.",
            "Pakistan",
            "soldiers",
        ),
    ],
)
def test_a_participle_after_its_noun_in_a_time_clause_does_not_hand_the_act_to_the_main_subject(
    coder, text, closer, victims
):
    # "after rockets fired from the area killed …": the rockets (fired from the area) killed;
    # the parser had made "killed" a second verb of the one who closed the crossing
    events = _events(coder, text)
    struck = [e for e in events if e.cameo_root in ("18", "19") and victims in e.target_name]
    assert struck, _pairs(events)
    assert all(closer not in e.source_name for e in struck), _pairs(events)


@pytest.mark.parametrize(
    ("text", "closer"),
    [
        ("Israel closed the Kerem Shalom crossing into Gaza on Tuesday.", "Israel"),
        ("Jordan closed the Jaber Nassib crossing with Syria on Monday.", "Jordan"),
        (
            "Pakistani authorities closed the Chaman Spin Boldak crossing into Afghanistan.",
            "Pakistan",
        ),
    ],
)
def test_a_crossing_named_by_two_words_is_a_thing_closed(coder, text, closer):
    # after a name of two or three words the parser reads "crossing" as a verb (a clause of
    # its own, or the object with the verb's lemma), so the closing had no event
    events = [e for e in _events(coder, text) if e.cameo_root in ("16", "19")]
    assert any(closer in e.source_name for e in events), _pairs(_events(coder, text))
