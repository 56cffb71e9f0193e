"""Rules found on a machine-translated Berlin analysis (session 39: Deniz Yücel's arrest, the
cancelled rallies of Turkish ministers and the Nazi comparison, February-March 2017):
sentences invented for detente about real episodes, in the word order such translations use."""

from __future__ import annotations

import datetime as dt

import pytest

PUB = dt.date(2017, 3, 9)


@pytest.mark.parametrize(
    "text, target",
    [
        ("The mayor of Munich cancelled a rally of the Turkish justice minister.", "TUR"),
        ("The Dutch government stopped the rally of the Turkish family minister.", "TUR"),
    ],
)
def test_a_rally_of_another_side_called_off_is_a_restriction_on_it(coder, text, target):
    # the one who stops a rally it does not hold gives nothing up: no climb-down (082)
    events = [e for e in coder.code_text(text, PUB) if e.is_fact]
    assert not [e for e in events if e.cameo_root == "08"], events
    assert [e for e in events if e.cameo == "1721" and e.target_country == target], events


@pytest.mark.parametrize(
    "text",
    [
        "Kenya's opposition called off its protests.",
        "The opposition cancelled a rally of its supporters.",
    ],
)
def test_a_rally_of_ones_own_called_off_stays_a_climb_down(coder, text):
    events = coder.code_text(text, PUB)
    assert [e for e in events if e.cameo == "082"], events


@pytest.mark.parametrize(
    "text, pair",
    [
        (
            "Yesterday then met the foreign minister Sigmar Gabriel and Mevlüt Çavuşoğlu in "
            "Berlin for a breakfast in a hotel.",
            {"DEU", "TUR"},
        ),
        (
            "On Thursday met the Russian foreign minister Sergei Lavrov and Rex Tillerson in Bonn.",
            {"RUS", "USA"},
        ),
    ],
)
def test_a_meeting_told_verb_second_after_a_time_is_held_by_the_pair_after_it(coder, text, pair):
    # German puts the verb second after a phrase of time and the two who meet after it;
    # the model read them as the verb's object, with no one meeting them
    met = [e for e in coder.code_text(text, PUB) if e.is_fact and e.cameo_root == "04"]
    assert {(e.source_country, e.target_country) for e in met} == {
        tuple(pair),
        tuple(reversed(tuple(pair))),
    }, met


@pytest.mark.parametrize(
    "text",
    [
        "Erdoğan described Merkel at a rally in Istanbul as a liar.",
        "Erdoğan described Merkel on Friday, 3 March, at a rally in Istanbul as a liar.",
    ],
)
def test_an_as_phrase_after_a_phrase_of_occasion_judges_the_object(coder, text):
    # the parser hung "as a liar" on the rally (or the city) told between object and "as"
    events = coder.code_text(text, PUB)
    assert [
        e for e in events if e.is_fact and e.cameo_root == "11" and e.target_country == "DEU"
    ], events


def test_an_as_phrase_inside_the_object_is_no_judgement_of_an_occasion(coder):
    # "as" hung in the object itself, not in a phrase after it: the earlier reading holds
    events = coder.code_text("Putin described the talks in Helsinki as useful.", PUB)
    assert not [e for e in events if e.cameo_root == "11"], events


@pytest.mark.parametrize(
    "text, pair",
    [
        (
            "The city of Cologne refused a hall for an appearance of the economy minister "
            "Nihat Zeybekci.",
            ("DEU", "TUR"),
        ),
        ("The government spokesman Steffen Seibert criticised Ankara.", ("DEU", "TUR")),
        ("Bekir Bozdağ accused Germany of hostility.", ("TUR", "DEU")),
    ],
)
def test_the_german_and_turkish_office_holders_of_2017_are_known(coder, text, pair):
    # Cologne by its English name; the spokesman and the ministers by name alone
    events = [e for e in coder.code_text(text, PUB) if e.is_fact]
    assert [e for e in events if (e.source_country, e.target_country) == pair], events


def test_a_judgement_after_a_phrase_of_time_judges_the_object(coder):
    # "on the same evening bitter": the parser made the adjective the noun of the time phrase
    text = (
        "On Monday a Turkish judge ordered the detention of the journalist. Merkel called "
        "the decision on the same evening bitter and disappointing."
    )
    events = [e for e in coder.code_text(text, PUB) if e.is_fact and e.source_country == "DEU"]
    assert [e for e in events if e.cameo_root == "11" and e.target_country == "TUR"], events


def test_a_threat_of_what_the_speaker_will_do_is_aimed_at_the_side_it_names(coder):
    # "he" in the threatened clause is the speaker himself: no object that keeps the side
    # the threat is aimed at, told further on, out
    text = "Erdoğan threatened that he will raise the whole world against Germany."
    events = coder.code_text(text, PUB)
    assert [e for e in events if e.cameo_root == "13" and e.target_country == "DEU"], events


def test_a_threat_of_what_the_speakers_side_will_do_names_no_one_else(coder):
    events = coder.code_text("Putin warned that Russia would respond.", PUB)
    assert not [e for e in events if e.cameo_root == "13" and e.target_country], events
