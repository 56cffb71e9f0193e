"""Rules found on a machine-translated Mexico City daily's analysis of Bolivia, Mexico and
Spain in December 2019 (tests/data/articles/2020-01-02-la-paz-residence.txt). Sentences
written for detente."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.events.dates import resolve_date

DAY = dt.date(2020, 1, 2)  # a Thursday


def _dated(coder, text, pair):
    return {
        e.date for e in coder.code_text(text, DAY) if (e.source_country, e.target_country) == pair
    }


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("On Thursday 26", dt.date(2019, 12, 26)),
        ("Friday 27", dt.date(2019, 12, 27)),
        ("on Monday 30", dt.date(2019, 12, 30)),
        ("Tuesday 17", dt.date(2019, 12, 17)),
        ("Wednesday 13", dt.date(2019, 11, 13)),  # (no Wednesday 13 in December 2019)
    ],
)
def test_a_weekday_with_a_bare_day_number_is_that_day_of_a_recent_month(phrase, day):
    """Spanish writes a day of the story's month as its weekday and number ("el jueves 26"):
    "On Thursday 26" in a piece of Thursday 2 January 2020 is 26 December 2019."""
    assert resolve_date(phrase, DAY) == (day, "text")


def test_a_weekday_number_dates_the_sentence_and_the_story_after_it(coder):
    text = (
        "On Thursday 26, in the morning conference, Ebrard accused Bolivia of harassment. "
        "The incident happened on Friday 27. Hours later Bolivia accused Spain of espionage."
    )
    assert _dated(coder, text, ("MEX", "BOL")) == {dt.date(2019, 12, 26)}
    assert _dated(coder, text, ("BOL", "ESP")) == {dt.date(2019, 12, 27)}


@pytest.mark.parametrize(
    "phrase", ["the past Monday 23 of December", "the last Monday 23 of December"]
)
def test_the_past_before_a_weekday_and_its_date_is_that_date(phrase):
    """ "el pasado lunes 23 de diciembre" carried over word for word."""
    assert resolve_date(phrase, DAY) == (dt.date(2019, 12, 23), "text")


def test_a_day_told_past_with_its_weekday_sets_the_story_clock(coder):
    text = (
        "The tension climbed the past Monday 23 of December. In a communique Mexico accused "
        "Bolivia of a campaign of harassment."
    )
    assert _dated(coder, text, ("MEX", "BOL")) == {dt.date(2019, 12, 23)}


def _pairs(coder, text):
    return {(e.source_country, e.target_country, e.cameo[:2]) for e in coder.code_text(text, DAY)}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The chancellor of Bolivia, Karen Longaric, met the press. Hours later Longaric "
            "accused Spain of espionage.",
            ("BOL", "ESP"),
        ),
        (
            "The charge d'affaires of Spain, Cristina Borreguero, visited the residence. On "
            "Monday Bolivia expelled Borreguero.",
            ("BOL", "ESP"),
        ),
        (
            "The Spanish minister met Russia's envoy, Jan Kowalski, on Monday. Hours later "
            "Kowalski accused Spain of espionage.",
            ("RUS", "ESP"),
        ),
    ],
)
def test_a_surname_told_again_is_of_the_title_its_full_name_was_set_after(coder, text, pair):
    """ "The chancellor of Bolivia, Karen Longaric, … Longaric accused": the full name set
    after the title as an apposition tells whose she is when the surname comes back alone."""
    assert (*pair, "11" if "accused" in text else "16") in _pairs(coder, text)


def test_mexicos_foreign_ministry_by_its_own_name(coder):
    text = (
        "In a communique the Secretariat of Exterior Relations accused the Bolivian "
        "authorities of a campaign of harassment."
    )
    assert ("MEX", "BOL", "11") in _pairs(coder, text)


@pytest.mark.parametrize(
    ("text", "pair", "own"),
    [
        (
            "Since then the Mexican government has solicited to La Paz the safe-conducts for "
            "the refugees, and the government of Jeanine Áñez has refused them to all those "
            "who have open processes.",
            ("BOL", "MEX"),
            ("BOL", "BOL"),
        ),
        (
            "Since then Washington has solicited to Moscow the files, and the administration "
            "of Vladimir Putin has refused them.",
            ("RUS", "USA"),
            ("RUS", "RUS"),
        ),
    ],
)
def test_an_object_pronoun_is_not_the_state_its_subject_governs(coder, text, pair, own):
    """ "the government of Jeanine Áñez has refused them": "them" is not La Paz, the subject's own
    state named another way (which made the refusal Bolivia's act on itself), but the
    asker named before it."""
    got = {(e.source_country, e.target_country) for e in coder.code_text(text, DAY)}
    assert pair in got
    assert own not in got
