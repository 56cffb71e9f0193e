"""Gaps found by studying the PLOVER gold-standard records again (session 34): wording of
visits, drills, demands and protests, each on sentences written for detente."""

from __future__ import annotations

import datetime as dt

import pytest

PUB = dt.date(2017, 2, 16)


def _facts(coder, text, day=PUB):
    return [
        (e.source_country, e.target_country, e.cameo)
        for e in coder.code_text(text, day)
        if e.is_fact
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Brazilian president gave a warm welcome on Monday to the visiting Chinese premier.",
        "Brazil accorded a red-carpet reception to the Chinese premier.",
        "The Brazilian president extended a cordial welcome to Chinese premier Li Qiang.",
        "Brazil gave the Chinese premier a warm welcome in Brasilia.",
    ],
)
def test_a_welcome_given_to_a_person_hosts_a_visit(coder, text):
    assert ("BRA", "CHN", "043") in _facts(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "Brazil gave a cautious welcome to the Chinese proposal.",
        "Brazil gave a warm welcome to China's trade plan.",
    ],
)
def test_a_welcome_given_to_a_thing_hosts_no_one(coder, text):
    assert not [f for f in _facts(coder, text) if f[2] == "043"]


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # war games written as two words read as exercises do
        ("Belarus held war games with Russia.", ("BLR", "RUS", "062")),
        ("China staged war games around Taiwan.", ("CHN", "TWN", "150")),
        # an exercise two sides hold together is a joint one, no "joint" needed
        ("Russia and China held naval drills in the Yellow Sea.", ("RUS", "CHN", "062")),
        (
            "Indian and French warships began a week of war games in the Arabian Sea.",
            ("FRA", "IND", "062"),
        ),
    ],
)
def test_exercises_and_war_games(coder, text, fact):
    assert fact in _facts(coder, text)


def test_two_sides_drilling_near_a_third_show_force_at_it(coder):
    text = "Russian and Belarusian troops staged drills near the Polish border."
    facts = _facts(coder, text)
    assert ("RUS", "POL", "150") in facts
    assert not [f for f in facts if f[2] == "062"]


@pytest.mark.parametrize(
    "text",
    [
        "The Swedish minister issued a stern reminder to Iran that it must respect the treaty.",
        "Sweden sent a message to Iran that it should respect the treaty.",
        "Sweden issued a reminder that Iran must respect the treaty.",
    ],
)
def test_a_message_sent_of_what_someone_must_do_demands_it(coder, text):
    assert ("SWE", "IRN", "100") in _facts(coder, text)


def test_a_letter_with_a_relative_clause_demands_nothing(coder):
    # "that" opens a relative clause on the letter, no clause of what must be done
    text = "Sweden sent a letter to Iran that described its concerns."
    assert not [f for f in _facts(coder, text) if f[2] == "100"]


@pytest.mark.parametrize(
    "text",
    [
        # the purpose hung on the rally (an infinitive relative) or read as "for X to do"
        "Thousands of Kenyans were converging on Friday for a rally in Nairobi to protest the tax.",
        "Thousands of Kenyans gathered for a rally in Nairobi to protest the new tax.",
    ],
)
def test_those_who_gather_for_a_rally_protest_not_the_rally(coder, text):
    protests = [e for e in coder.code_text(text, PUB) if e.cameo_root == "14" and e.is_fact]
    assert protests and all(e.source_country == "KEN" for e in protests)


def test_an_occasion_gone_to_is_no_doer_of_its_purpose(coder):
    text = "The Turkish foreign minister flew to Geneva for talks with Iran to discuss the truce."
    assert ("TUR", "IRN", "040") in _facts(coder, text)
    # a people "for" whom something is done still do what follows
    text = "Turkey reopened its borders for South Korean inspectors to visit the factories."
    assert [e for e in coder.code_text(text, PUB) if e.cameo == "042" and e.source_country == "KOR"]


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # the object and phrases of the verb joined right after are the first verb's too
        ("Canadian charities donated and delivered goods to Haiti.", ("CAN", "HTI", "070")),
        (
            "Canadian charities donated and personally delivered goods to Haiti.",
            ("CAN", "HTI", "070"),
        ),
    ],
)
def test_a_verb_takes_the_phrases_of_the_verb_joined_after_it(coder, text, fact):
    assert fact in _facts(coder, text)


def test_talks_gone_to_by_people_of_two_sides_are_between_them(coder):
    # the sides named only as the joined modifiers of the subject ("Iranian and French")
    text = "Iranian and French negotiators returned to Geneva for talks on the nuclear deal."
    assert ("IRN", "FRA", "040") in _facts(coder, text)
