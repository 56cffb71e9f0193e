"""Session 44: the story's pair (``events/dyad.py``) aims an act that names no country at
the other side of the story; a target phrase that is a body of a state's own politics, or a
paper whose maker was told earlier, is not that side. Short invented stories."""

from __future__ import annotations

import datetime as dt

import pytest

_MOLDOVA = (
    "Russia accused Moldova of hostility. Moldova rejected the charge. "
    "Russia warned Moldova of consequences. "
)
_GERMANY = (
    "Turkey accused Germany of meddling. Germany rejected the charge. "
    "Turkey recalled its ambassador from Berlin. "
)
_DAY = dt.date(2019, 1, 1)


def _last(coder, text):
    events = coder.code_text(text, _DAY)
    last = max(e.sentence_id for e in events)
    return [(e.source_country, e.target_country, e.cameo) for e in events if e.sentence_id == last]


@pytest.mark.parametrize(
    "body",
    ["the parliamentary majority", "the ruling coalition"],
)
def test_a_body_of_home_politics_is_no_stand_in_for_the_other_side(coder, body):
    events = _last(
        coder, _MOLDOVA + f"Moldova's president accused {body} of serving foreign interests."
    )
    assert not [e for e in events if e[:2] == ("MDA", "RUS")], events


def test_a_thing_with_no_owner_is_still_the_other_side_s(coder):
    # control: lax security at the border is no body of anyone's politics
    events = _last(
        coder, _MOLDOVA + "Moldova's president condemned the lax security at the border."
    )
    assert ("MDA", "RUS", "111") in events, events


def test_a_paper_made_by_the_speaker_s_own_side_is_not_aimed_at_the_other(coder):
    text = (
        _GERMANY + "The Bundestag adopted a resolution on the killings of 1915. "
        "The German government later distanced itself from the resolution."
    )
    events = _last(coder, text)
    assert not [e for e in events if e[:2] == ("DEU", "TUR")], events


def test_a_paper_made_by_the_other_side_stays_aimed_at_it(coder):
    # control: the resolution is the Turkish parliament's
    text = (
        _GERMANY + "The Turkish parliament adopted a resolution on the killings of 1915. "
        "The German government later distanced itself from the resolution."
    )
    events = _last(coder, text)
    assert [e for e in events if e[:2] == ("DEU", "TUR")], events


def test_a_paper_made_by_a_third_side_in_the_same_sentence_is_not_the_other_s(coder):
    text = (
        "Spain accused Morocco of blackmail. Morocco rejected the charge. "
        "Spain recalled its ambassador from Rabat. The European Parliament adopted a "
        "resolution on the crisis, and the Moroccan parliament rejected this resolution."
    )
    events = _last(coder, text)
    assert not [e for e in events if e[:2] == ("MAR", "ESP")], events


def test_the_document_is_the_paper_last_made_by_the_speaker_s_side(coder):
    text = (
        _MOLDOVA + "The Moldovan parliament adopted a declaration on the troops. "
        "The Moldovan president called the document a provocation."
    )
    events = _last(coder, text)
    assert not [e for e in events if e[:2] == ("MDA", "RUS")], events


def test_the_document_made_by_the_other_side_stays_aimed_at_it(coder):
    # control: the declaration is the Russian parliament's
    text = (
        _MOLDOVA + "The Russian parliament adopted a declaration on the troops. "
        "The Moldovan president called the document a provocation."
    )
    events = _last(coder, text)
    assert ("MDA", "RUS", "111") in events, events


def test_the_opposition_criticised_is_no_act_of_the_other_side(coder):
    # "opposition" also names an act ("its opposition to the drills"); bare, it is a body
    events = _last(coder, _MOLDOVA + "The Moldovan president criticised the opposition.")
    assert not [e for e in events if e[:2] == ("MDA", "RUS")], events


def test_a_threat_criticised_is_still_the_other_side_s(coder):
    # control: a threat told before is the other side's act
    events = _last(coder, _MOLDOVA + "The Moldovan president criticised the threats.")
    assert ("MDA", "RUS", "111") in events, events


def test_rejecting_what_a_home_body_says_is_not_aimed_at_the_other_side(coder):
    text = _MOLDOVA + (
        "The Moldovan opposition says that the president serves foreign interests, "
        "but the Moldovan government rejects this."
    )
    events = _last(coder, text)
    assert not [e for e in events if e[:2] == ("MDA", "RUS")], events


def test_rejecting_what_the_other_side_says_stays_aimed_at_it(coder):
    # control: the words rejected are the Kremlin's
    text = _MOLDOVA + (
        "The Kremlin says that Moldova serves foreign interests, "
        "but the Moldovan government rejects this."
    )
    events = _last(coder, text)
    assert [e for e in events if e[:2] == ("MDA", "RUS") and e[2][:2] == "12"], events
