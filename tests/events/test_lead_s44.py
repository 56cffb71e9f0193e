"""Session 44's lead rules, from the misses left on the article bench. Sentences written for
detente about real episodes (Crimea, 2014; the Stena Impero, 2019)."""

from __future__ import annotations

import datetime as dt


def _events(coder, text, day):
    return [
        (e.source_country, e.target_country, e.cameo, e.modality)
        for e in coder.code_text(text, day)
    ]


def test_a_by_phrase_after_an_active_verbs_object_names_the_objects_doer(coder):
    # the parser hangs "by Russia" on "called" as if it were passive
    events = _events(
        coder,
        "The NATO chief called the annexation of Crimea by Russia illegal.",
        dt.date(2014, 3, 19),
    )
    assert ("NATO", "RUS", "111", "asserted") in events, events


def test_a_by_phrase_of_means_after_a_named_object_stays_with_the_verb(coder):
    # control: "by phone" is how Russia warned, and Ukraine did nothing
    events = _events(coder, "Russia warned Ukraine by phone.", dt.date(2014, 3, 19))
    assert ("RUS", "UKR", "130", "asserted") in events, events
    assert not [e for e in events if e[0] == "UKR" and e[2] == "130"], events


def test_a_passive_agent_is_left_alone(coder):
    # control: a passive verb's "by" phrase is its doer
    events = _events(
        coder, "The tanker was seized by Iran in the Strait of Hormuz.", dt.date(2019, 7, 20)
    )
    assert any(e[0] == "IRN" and e[3] == "asserted" for e in events), events


def test_a_plural_subject_before_a_past_verb_is_no_headline_verb(coder):
    # "NATO allies backed …" is no verbless headline "NATO allies (= allied) …"
    events = _events(coder, "NATO allies backed the U.S. decision.", dt.date(2019, 2, 2))
    assert ("NATO", "USA", "051", "asserted") in events, events


def test_a_present_verb_read_as_a_subject_is_still_found(coder):
    # control: the headline's -s verb before its object noun
    events = _events(coder, "Mexican president cancels visit to Washington", dt.date(2017, 1, 26))
    assert ("MEX", "USA", "125", "asserted") in events, events
