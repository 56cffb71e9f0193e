"""Rules found on a machine-translated Beijing-daily commentary (the China-Czech row over the
Czech Senate President's visit to Taiwan, 2020). Sentences written for detente."""

from __future__ import annotations

import datetime as dt

DAY = dt.date(2020, 9, 5)


def _moods(coder, text, root):
    return {
        (e.source_country, e.target_country, e.modality)
        for e in coder.code_text(text, DAY)
        if e.cameo_root == root
    }


def test_a_verb_with_its_own_will_is_not_denied_by_the_verb_before_it(coder):
    """ "will not sit idly by, and will expel …": the expulsion is announced; the denial
    belongs to the first verb only. Joined by "or", the denial reaches both."""
    told = (
        "On Monday the Russian foreign ministry said that Moscow will not sit idly by, and "
        "will expel the British diplomats."
    )
    assert ("RUS", "GBR", "future") in _moods(coder, told, "16")
    denied = (
        "On Monday the Russian foreign ministry said that Moscow will not retaliate or will "
        "expel the British diplomats."
    )
    assert ("RUS", "GBR", "future") not in _moods(coder, denied, "16")


def test_making_a_side_pay_told_ahead_is_a_threat_made_when_said(coder):
    """ "Beijing will make Prague pay a heavy price": the punishment is to come, the threat
    is made the day it is said, as "said Prague would pay a heavy price" is; the writer's
    own forecast of it threatens no one."""
    said = "Wang said on Monday that Beijing will make the Czech Republic pay a heavy price."
    assert ("CHN", "CZE", "asserted") in _moods(coder, said, "13")
    pointed = (
        "On Monday, Wang Yi in Berlin answered the questions of the reporters and pointed out "
        "that Beijing will make the Czech Republic pay a heavy price."
    )
    days = {e.date for e in coder.code_text(pointed, DAY) if e.is_fact and e.cameo_root == "13"}
    assert days == {dt.date(2020, 8, 31)}
    guessed = (
        "In the opinion of the author, Beijing will make the Czech Republic pay a heavy price."
    )
    assert ("CHN", "CZE", "asserted") not in _moods(coder, guessed, "13")


def test_the_czech_senate_presidents_are_czech(coder):
    """ "Tsai Ing-wen received Vystrcil": the President of the Czech Senate (from 2020; his
    predecessor Kubera before him) is a Czech lawmaker, so the meeting is Taiwan's with the
    Czech Republic both ways."""
    text = "On Thursday, the leader of the Taiwan region Tsai Ing-wen received Vystrcil."
    assert {("TWN", "CZE"), ("CZE", "TWN")} <= {
        (s, t) for s, t, mood in _moods(coder, text, "04") if mood == "asserted"
    }


def test_a_side_warned_against_a_third_sides_menace_is_not_threatened(coder):
    """ "warned the Czech side against the threat of the Chinese Communist Party": the
    warning counsels the Czechs and charges the party (111); "warned Ukraine against any
    provocation" still threatens Ukraine."""
    counsel = (
        "On 12 August Pompeo made a speech in the Czech Senate, in which he warned the Czech "
        "side against the threat of the Chinese Communist Party."
    )
    events = coder.code_text(counsel, DAY)
    assert not [e for e in events if e.target_country == "CZE" and e.cameo_root == "13"]
    assert [
        e for e in events if (e.source_country, e.target_country, e.cameo) == ("USA", "CHN", "111")
    ]
    threat = "Putin warned Ukraine against any provocation in the Donbas."
    assert ("RUS", "UKR", "asserted") in _moods(coder, threat, "13")


def test_firms_picked_out_by_what_they_do_are_a_class_not_an_act(coder):
    """ "the Czech enterprises which do business in China, such as Skoda": the clause says
    which firms the warning means; no Czech cooperation with China is told that day."""
    text = (
        "In January, the Chinese embassy warned that the Czech enterprises which do business "
        "in China, such as Skoda and the piano maker Petrof, will have to bear the consequences."
    )
    assert ("CZE", "CHN", "asserted") not in _moods(coder, text, "06")


def test_distancing_from_a_thing_cuts_no_ties_with_the_last_foe(coder):
    """ "Zeman distanced himself from the trip" after a Chinese threat: he disowns the trip;
    no cut of ties with China. Distancing from a side named still cuts ties with it."""
    threat = "On Monday Beijing threatened Prague with a heavy price."
    thing = f"{threat} The President Zeman distanced himself from the trip."
    assert not [e for e in coder.code_text(thing, DAY) if e.cameo_root == "16" and e.target_country]
    side = f"{threat} The President Zeman distanced himself from Beijing."
    assert ("CZE", "CHN", "asserted") in _moods(coder, side, "16")


def test_it_after_an_ill_told_as_a_subject_is_that_ill(coder):
    """ "stated that terrorism will not pass and that Russia will resolutely fight against
    it": "it" is terrorism, fought as policy; no threat to the Turkish side told before."""
    text = (
        "A Turkish policeman shot the Russian ambassador in Ankara. The Russian Foreign "
        "Ministry the same evening stated that terrorism will not pass and that Russia will "
        "resolutely fight against it."
    )
    assert not [e for e in coder.code_text(text, DAY) if e.source_country == "RUS" and e.is_fact]


def test_the_charge_after_a_bare_body_accused_is_not_its_name(coder):
    """ "accused the embassy of threats and blackmail": "the embassy" is the Chinese one
    named before ("of threats" is the charge, not whose embassy it is)."""
    text = (
        "In January, the Chinese embassy in Prague sent a letter to the Czech government. In "
        "February Czech politicians accused the embassy of threats and blackmail."
    )
    assert ("CZE", "CHN", "asserted") in _moods(coder, text, "11")


def test_a_speech_judged_is_the_speakers_told_before(coder):
    """ "Vystrcil … made a speech … Beijing called this speech an open provocation": the
    speech is the Czech senator's, words said as a statement or remarks are."""
    text = (
        "On Tuesday Vystrcil in the Legislative Yuan in Taipei made a speech. The foreign "
        "ministry of China on Wednesday called this speech a vulgar political show and an "
        "open provocation."
    )
    assert ("CHN", "CZE", "asserted") in _moods(coder, text, "11")


def test_a_visit_from_one_day_to_another_is_dated_by_its_first(coder):
    """ "From 30 August to 4 September, Vystrcil led a delegation to Taiwan": the visit
    began on 30 August (a span within one month was already dated by its first day)."""
    text = (
        "From 30 August to 4 September, the President of the Senate of the Czech Republic "
        "Milos Vystrcil led a delegation to Taiwan."
    )
    days = {e.date for e in coder.code_text(text, DAY) if e.cameo_root == "04"}
    assert days == {dt.date(2020, 8, 30)}


def test_a_side_said_to_have_crossed_the_line_is_rebuked(coder):
    """ "said that the remarks of Wang Yi crossed the line", "said the minister went too
    far": the speaker rebukes (111); a line crossed on the ground is no rebuke."""
    rebuke = (
        "The Czech foreign minister Tomas Petricek said that the remarks of Wang Yi crossed "
        "the line."
    )
    assert ("CZE", "CHN", "asserted") in _moods(coder, rebuke, "11")
    far = "Babis said that the Chinese foreign minister went too far."
    assert ("CZE", "CHN", "asserted") in _moods(coder, far, "11")
    ground = "The refugees crossed the line into Greece, police said."
    assert not _moods(coder, ground, "11")
