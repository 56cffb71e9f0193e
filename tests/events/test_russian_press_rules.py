"""Rules found on a machine-translated Russian-press analysis (the Moldova-Russia row of
2017): an ordinal that ranks a thing is no day, a relative pronoun in a phrase is no object
gap, and the office holders the piece names. Sentences written for detente."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.events.dates import ranks_a_thing, resolve_date

DAY = dt.date(2017, 8, 4)


@pytest.mark.parametrize(
    "phrase", ["the 25th anniversary", "the 12th round", "on the 3rd summit of the bloc"]
)
def test_an_ordinal_that_ranks_a_thing_is_no_day(phrase):
    """ "on the 25th anniversary of the ceasefire" counts anniversaries, not days."""
    assert ranks_a_thing(phrase)
    assert resolve_date(phrase, DAY) is None


@pytest.mark.parametrize(
    ("phrase", "day"),
    [
        ("the 29th of May", dt.date(2017, 5, 29)),
        ("3rd March", dt.date(2017, 3, 3)),
        ("Saturday the 29th", dt.date(2017, 7, 29)),
        ("the 5th and 6th of June", dt.date(2017, 6, 5)),
    ],
)
def test_an_ordinal_day_still_names_its_day(phrase, day):
    assert not ranks_a_thing(phrase)
    assert resolve_date(phrase, DAY)[0] == day


def test_an_anniversary_beside_a_date_leaves_the_date(coder):
    """The act is of the day named beside the anniversary, not of the anniversary's number."""
    text = (
        "On Friday, 14 July, on the 25th anniversary of the treaty, the Georgian parliament "
        "demanded from Russia to withdraw its troops from Abkhazia."
    )
    found = [e for e in coder.code_text(text, DAY) if e.cameo_root == "10"]
    assert found and all(e.date == dt.date(2017, 7, 14) for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "The Moldovan parliament adopted a declaration, in which it demanded from Russia to "
        "withdraw its troops.",
        "The Georgian government issued a statement, in which it urged Moscow to free the "
        "detained border guards.",
    ],
)
def test_a_relative_pronoun_in_a_phrase_is_no_object_gap(coder, text):
    """ "a declaration, in which it demanded from Russia …": the declaration is where the
    demand was made; Russia, not the declaration, is asked."""
    found = [e for e in coder.code_text(text, DAY) if e.plover == "REQUEST"]
    assert found and all(e.target_country == "RUS" for e in found)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Grigory Karasin condemned the decision of Chisinau.", ("RUS", "MDA")),
        ("Rogozin criticised the Romanian authorities.", ("RUS", "ROU")),
        ("Andrei Galbur criticised Moscow.", ("MDA", "RUS")),
        ("Pavel Filip met Angela Merkel in Berlin.", ("MDA", "DEU")),
    ],
)
def test_russian_and_moldovan_office_holders_are_known(coder, text, pair):
    """A Russian deputy premier and deputy foreign minister, and Moldova's premiers and
    foreign ministers, are their countries' government on the days they held office."""
    assert any((e.source_country, e.target_country) == pair for e in coder.code_text(text, DAY))
