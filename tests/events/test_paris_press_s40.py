"""Wrong or missed events found on a fresh machine-translated analysis from the French press
(France and Turkey in October 2020: Erdoğan's remarks on Macron, the ambassador recalled, the
boycott calls, the Courbet incident), each a general class checked on sentences written for
detente."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2020, 10, 28)


def _events(coder, text, day=DAY):
    return [
        (e.source_country, e.target_country, e.cameo, e.plover, e.modality)
        for e in coder.code_text(text, day)
    ]


def _pairs(coder, text, day=DAY):
    return {(e[0], e[1], e[3]) for e in _events(coder, text, day)}


@pytest.mark.parametrize(
    "text",
    [
        "The Elysée qualified the words of the Turkish president as unacceptable.",
        "The Elysée Palace called the remarks of the Turkish president unacceptable.",
    ],
)
def test_the_elysee_written_with_one_accent_is_the_french_presidency(coder, text):
    # translations write "Elysée" as often as "Élysée" or "Elysee"
    assert ("FRA", "TUR", "ACCUSE") in _pairs(coder, text)


@pytest.mark.parametrize(
    "text, kind",
    [
        ("Mevlüt Cavusoglu rejected the version of Paris.", "REJECT"),
        ("The minister Mevlüt Cavusoglu demanded that France present excuses.", "REQUEST"),
        ("Mevlut Çavuşoğlu rejected the version of Paris.", "REJECT"),
    ],
)
def test_a_given_name_with_or_without_its_accents_is_the_same_person(coder, text, kind):
    # "Mevlüt" before "Cavusoglu" is the minister's own given name (our tables write
    # "Mevlut"), not the sign of someone else who shares his surname
    got = _events(coder, text)
    assert ("TUR", "FRA", kind) in {(e[0], e[1], e[3]) for e in got}, got


@pytest.mark.parametrize(
    "text, target",
    [
        ("The EU invited Turkey to stop the drilling in Greek waters.", "TUR"),
        ("Josep Borrell invited Ankara to end this dangerous spiral of confrontation.", "TUR"),
        ("The United Nations invited Israel to exercise restraint.", "ISR"),
    ],
)
def test_invited_to_desist_is_an_appeal(coder, text, target):
    # French "inviter à" translated word for word: an appeal to the side, no invitation
    got = _events(coder, text)
    assert any(e[1] == target and e[3] == "REQUEST" for e in got), got
    assert not any(e[1] == target and e[2] == "036" for e in got), got


def test_invited_to_visit_stays_an_invitation(coder):
    got = _events(coder, "Japan invited Putin to visit Tokyo in the spring.")
    assert any(e[:3] == ("JPN", "RUS", "036") for e in got), got


@pytest.mark.parametrize(
    "text, pair",
    [
        (
            "The president of the European Council, Charles Michel, assured France of the "
            "support of the Twenty-Seven.",
            ("EU", "FRA"),
        ),
        ("Biden assured Zelensky of unwavering support.", ("USA", "UKR")),
        ("Berlin assured Paris of its full solidarity.", ("DEU", "FRA")),
    ],
)
def test_assured_of_support_is_support(coder, text, pair):
    got = _events(coder, text)
    assert any(e[:2] == pair and e[3] == "SUPPORT" for e in got), got


def test_support_assured_for_a_third_side_keeps_its_own_target(coder):
    # "U.S. support for NATO" is support for NATO, whoever is assured of it
    got = _events(coder, "Pence assures European allies of U.S. support for NATO.")
    assert any(e[:2] == ("USA", "NATO") and e[3] == "SUPPORT" for e in got), got


def test_assured_that_stays_a_reassurance(coder):
    got = _events(coder, "The minister assured Japan that the plant is safe.")
    assert not any(e[3] == "SUPPORT" for e in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Mr Erdogan asked what problem this person named Macron has with Islam.",
        "The minister asked which country would pay Iran for the damage.",
    ],
)
def test_asking_a_question_opened_by_a_question_word_is_no_request(coder, text):
    got = _events(coder, text)
    assert not any(e[3] == "REQUEST" for e in got), got


def test_asking_a_side_to_act_stays_a_request(coder):
    got = _events(coder, "Moscow asked Kyiv to release the sailors.")
    assert any(e[:2] == ("RUS", "UKR") and e[3] == "REQUEST" for e in got), got


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Erdogan declared that the French president needs mental checks.", ("TUR", "FRA")),
        ("Erdogan said Macron needs mental treatment.", ("TUR", "FRA")),
        ("Maduro said that Trump needs psychiatric help.", ("VEN", "USA")),
    ],
)
def test_saying_a_leader_needs_care_of_the_mind_is_an_insult(coder, text, pair):
    got = _events(coder, text)
    assert any(e[:2] == pair and e[3] == "ACCUSE" for e in got), got


@pytest.mark.parametrize(
    "text",
    [
        "The minister said that the country needs psychological help for the victims.",
        "The minister said that the soldiers need psychological help.",
    ],
)
def test_care_of_the_mind_for_others_is_no_insult(coder, text):
    got = _events(coder, text)
    assert not any(e[3] == "ACCUSE" for e in got), got


@pytest.mark.parametrize(
    "text",
    [
        "The high representative Josep Borrell called the words unacceptable. In a speech in "
        "Ankara, the Turkish president called his compatriots to never buy the goods of "
        "French brand.",
        "The high representative Josep Borrell called the words unacceptable. In a speech in "
        "Ankara, Erdogan called his compatriots to never buy the goods of French brand.",
    ],
)
def test_his_compatriots_are_the_speakers_own_people(coder, text):
    # "his compatriots" are the Turkish president's, not those of the last person named
    got = _events(coder, text)
    assert not any(e[1] == "EU" for e in got), got


@pytest.mark.parametrize(
    "text",
    [
        "The ambassador of France in Turkey, Hervé Magro, was recalled to Paris for consultations.",
        "The French ambassador in Ankara was recalled for consultations.",
        "The ambassador was recalled to Paris on Saturday evening.",
    ],
)
def test_an_envoy_recalled_with_no_agent_is_recalled_by_his_own_state(coder, text):
    # only the state that sent an envoy calls him home: the one he is called to, or the
    # one whose envoy his phrase says he is
    got = _events(coder, text)
    assert any(e[0] == "FRA" and e[2] == "161" for e in got), got
