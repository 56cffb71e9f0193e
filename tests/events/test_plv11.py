"""Rules from the plv11 study family (YIELD, AID and AGREE in long wire sentences, second
round): each a general class, checked on sentences written for detente, not on the study
file's own lines."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2021, 6, 30)


def _events(coder, text):
    return coder.code_text(text, DAY)


def _pairs(events):
    return [(e.source_name, e.cameo, e.target_name) for e in events]


@pytest.mark.parametrize(
    ("text", "office", "place"),
    [
        (
            "Theresa May stood down as leader of the Conservative Party on Friday.",
            "leader",
            "Conservative",
        ),
        (
            "The governor stood down as head of the regional council of Lombardy.",
            "head",
            "Lombardy",
        ),
    ],
)
def test_an_office_stood_down_from_is_where_the_resignation_is_aimed(coder, text, office, place):
    # as for "stepped down as" and "quit as": the office named after "as" (or whose it is)
    # is the target
    events = [e for e in _events(coder, text) if e.cameo == "0831"]
    assert events and all(office in e.target_name or place in e.target_name for e in events), (
        _pairs(events)
    )


@pytest.mark.parametrize(
    ("text", "source", "receiver"),
    [
        (
            "The occupation authority handed sovereignty to an interim Iraqi government in "
            "Baghdad on Monday.",
            None,
            "Iraq",
        ),
        (
            "Sovereignty over Macau was handed to China by Portugal at midnight.",
            "Portugal",
            "China",
        ),
        (
            "The United States handed control of the air base to Kyrgyzstan in June.",
            "United States",
            "Kyrgyzstan",
        ),
        ("Britain transferred sovereignty over the islands to Mauritius.", "Britain", "Mauritius"),
    ],
)
def test_sovereignty_or_control_handed_to_someone_is_yielded_to_them(coder, text, source, receiver):
    events = [e for e in _events(coder, text) if e.cameo_root == "08"]
    assert any(receiver in e.target_name for e in events), _pairs(events)
    if source is not None:
        assert all(e.source_name == source for e in events), _pairs(events)


@pytest.mark.parametrize(
    ("text", "giver"),
    [
        ("Forty doctors and nurses from Cuba arrived in Andorra on Tuesday.", "Cuba"),
        ("A team of Chinese doctors landed in Belgrade to help fight the epidemic.", "Chinese"),
        ("Surgeons from Jordan arrived in Gaza on Sunday.", "Jordan"),
    ],
)
def test_doctors_who_arrive_are_help_given_where_they_arrive(coder, text, giver):
    # medical staff come to work where they arrive, as rescue teams do: aid, no visit
    events = _events(coder, text)
    assert any(e.cameo_root == "07" and giver in e.source_name for e in events), _pairs(events)
    assert not any(e.cameo.startswith("04") for e in events), _pairs(events)


@pytest.mark.parametrize(
    ("text", "giver", "receiver"),
    [
        ("Leopard tanks donated by Poland arrived in Ukraine on Monday.", "Poland", "Ukraine"),
        (
            "The first howitzers, supplied by Britain and Canada, arrived in Ukraine in May.",
            "Britain",
            "Ukraine",
        ),
    ],
)
def test_a_thing_told_as_given_that_arrives_is_aid(coder, text, giver, receiver):
    events = _events(coder, text)
    assert any(
        e.cameo_root == "07" and e.source_name == giver and receiver in e.target_name
        for e in events
    ), _pairs(events)
    assert not any(e.cameo.startswith("04") for e in events), _pairs(events)


def test_a_thing_made_by_someone_that_arrives_is_no_aid(coder):
    # only a participle of giving tells a gift: tanks built by a country are its make
    events = _events(coder, "Tanks built by Russia arrived in Venezuela on Monday.")
    assert not any(e.cameo_root == "07" for e in events), _pairs(events)


@pytest.mark.parametrize(
    ("text", "doer", "done_to"),
    [
        (
            "Hamas freed two Thai farm workers, a father and his son, on Friday, citing "
            "humanitarian reasons, after mediation by Egypt, the first hostages let go since "
            "the raid.",
            "Hamas",
            "Thai",
        ),
        (
            "Russia released a Lithuanian fisherman, a father of three, on Thursday, citing his "
            "health, after talks in Minsk, the first foreigner let go since the war began.",
            "Russia",
            "Lithuanian",
        ),
    ],
)
def test_a_closing_apposition_is_no_subject_of_the_sentence(coder, text, doer, done_to):
    # ", the first / last / only N + participle" describes the object; the act before it is
    # the sentence's own, not a clause said by the noun
    events = [e for e in _events(coder, text) if e.cameo.startswith("084")]
    assert any(doer in e.source_name and done_to in e.target_name for e in events), _pairs(events)
    assert not any(doer in e.target_name for e in events), _pairs(events)


@pytest.mark.parametrize(
    ("text", "freed"),
    [
        (
            "Belarus swapped the Japanese chef Kenji Ito for the businessman Igor Sidorov "
            "on Tuesday.",
            "Japanese",
        ),
        (
            "Iran swapped the French academic Marie Dupont for the engineer Ali Rezaei in Muscat.",
            "French",
        ),
    ],
)
def test_a_named_person_swapped_for_another_is_a_captive_let_go(coder, text, freed):
    events = _events(coder, text)
    assert any(e.cameo == "0841" and freed in e.target_name for e in events), _pairs(events)


def test_things_swapped_are_no_captives(coder):
    events = _events(coder, "Iran swapped crude oil for Chinese machinery in 2019.")
    assert not any(e.cameo == "0841" for e in events), _pairs(events)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The army said it had finished moving its troops from Kherson on Friday.", "Kherson"),
        ("Ethiopia redeployed its soldiers from Mekelle on Monday.", "Mekelle"),
    ],
)
def test_forces_moved_from_a_place_leave_it(coder, text, place):
    # moved "from" a place and to nowhere named: a withdrawal, as "pulled troops from"
    events = _events(coder, text)
    assert any(e.cameo == "0874" and place in e.target_name for e in events), _pairs(events)
    assert not any(e.cameo_root == "15" for e in events), _pairs(events)


def test_forces_moved_from_one_place_to_another_still_show_force(coder):
    events = _events(coder, "Russia moved troops from Belarus to the Ukrainian border.")
    assert any(e.cameo == "150" for e in events), _pairs(events)
    assert not any(e.cameo == "0874" for e in events), _pairs(events)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Indonesia consented to a ballot on the future of East Timor.", "East Timor"),
        ("Britain agreed to a referendum on the future of Gibraltar.", "Gibraltar"),
    ],
)
def test_a_vote_agreed_or_consented_to_is_an_intent_to_hold_it(coder, text, target):
    events = _events(coder, text)
    assert any(e.plover == "AGREE" and target in e.target_name for e in events), _pairs(events)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "The signing of a trade accord between Chile and Vietnam in Hanoi on Tuesday was "
            "meant to double trade by 2030.",
            "Chile",
            "Vietnam",
        ),
        (
            "The signing of a border treaty between Peru and Ecuador, witnessed by six "
            "presidents, ended decades of war.",
            "Peru",
            "Ecuador",
        ),
    ],
)
def test_the_signing_of_a_deal_between_two_is_theirs(coder, text, first, second):
    # the deal signed is what the signing is of; its parties are the ones it is between
    events = [e for e in _events(coder, text) if e.cameo == "057"]
    pairs = {(e.source_name, e.target_name) for e in events}
    assert (first, second) in pairs and (second, first) in pairs, _pairs(events)
