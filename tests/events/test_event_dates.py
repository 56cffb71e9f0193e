"""Event dates as news writes them (tests/events/date_bed.py): the share of acts dated to the
right day, week, month or year, as floors, and the date rules one by one. Sentences written
for detente."""

from __future__ import annotations

import datetime as dt

import pytest
from date_bed import DATA, score

# A ratchet: raise when the coder improves, never lower. Before the date rules of this file:
# study 0.824 and held-out 0.767.
# dates_study2 / dates_heldout2 (relative days in narratives, "that Friday", holidays, year
# turns, dates in subordinate clauses): 0.741 and 0.808 before their rules, 0.815 and 0.808
# after; the study file's second round of 19 rows (parts of days, "ago", seasons) made it
# 0.870 of 46 before its rule, 0.891 after.
DATE_FLOORS = {
    "dates_study.tsv": 0.91,
    "dates_heldout.tsv": 0.79,
    "dates_study2.tsv": 0.88,
    "dates_heldout2.tsv": 0.8,
}


@pytest.mark.parametrize(("name", "floor"), sorted(DATE_FLOORS.items()))
def test_date_families(coder, name, floor):
    right, _, misses = score(coder, DATA / name)
    assert right / (right + len(misses)) >= floor, [row["sentence"] for row, _ in misses]


def _dates(coder, text, published, root):
    return {
        (e.date, e.date_precision) for e in coder.code_text(text, published) if e.cameo_root == root
    }


@pytest.mark.parametrize(
    ("text", "root", "want"),
    [
        (
            "Morocco criticised Algeria earlier this month over the gas pipeline.",
            "11",
            (dt.date(2021, 11, 1), "month"),
        ),
        (
            "Indian Prime Minister Narendra Modi will visit Japan later this month.",
            "04",
            (dt.date(2021, 11, 1), "month"),
        ),
        (
            "Hungary blocked the EU statement on China earlier this year.",
            "12",
            (dt.date(2021, 1, 1), "year"),
        ),
    ],
)
def test_earlier_or_later_in_a_period_is_that_period(coder, text, root, want):
    """ "earlier this month", "later this month": a part of the period, dated as the period
    (its first day, at its precision), not the publication day."""
    assert want in _dates(coder, text, dt.date(2021, 11, 18), root)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Japan protested to China the day before the summit on 12 October.",
            dt.date(2022, 10, 11),
        ),
        (
            "Jordan condemned Israel two days after the raid on the mosque on 5 October.",
            dt.date(2022, 10, 7),
        ),
    ],
)
def test_an_act_counted_from_a_dated_thing(coder, text, want):
    """ "the day before the summit on 12 October": the date is the summit's, the act a day
    before it."""
    got = {e.date for e in coder.code_text(text, dt.date(2022, 10, 20)) if e.cameo_root == "11"}
    assert got == {want}


def test_a_coming_act_counted_from_a_dated_thing(coder):
    """ "will host talks a day after the summit on 25 October": the day after the summit,
    ahead of the story (the parser hangs "a day" on "talks", beside "after")."""
    text = "Egypt will host talks a day after the summit on 25 October."
    got = {e.date for e in coder.code_text(text, dt.date(2022, 10, 20)) if e.cameo_root == "04"}
    assert got == {dt.date(2022, 10, 26)}


def test_an_act_in_a_medium_published_on_a_day(coder):
    """ "in an interview published on Sunday": the day the interview came out is the act's
    day; a thing acted on that was published ("the report published on Monday") does not
    date the act."""
    day = dt.date(2019, 9, 12)  # a Thursday
    said = "Brazil's president criticised France in an interview published on Sunday."
    assert {e.date for e in coder.code_text(said, day) if e.cameo_root == "11"} == {
        dt.date(2019, 9, 8)
    }
    acted_on = "Brazil criticised the French report published on Monday."
    assert {e.date for e in coder.code_text(acted_on, day) if e.cameo_root == "11"} == {day}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Russian forces shelled Kharkiv on New Year's Eve.", dt.date(2023, 12, 31)),
        ("Russian forces shelled Kharkiv on Christmas Day.", dt.date(2023, 12, 25)),
    ],
)
def test_a_holiday_of_a_fixed_day_dates_the_act(coder, text, want):
    """ "on New Year's Eve", "on Christmas Day": the holiday's day, the last one before
    publication for a past act."""
    assert {e.date for e in coder.code_text(text, dt.date(2024, 1, 3)) if e.cameo_root == "19"} == {
        want
    }


@pytest.mark.parametrize(
    ("text", "root", "want"),
    [
        # counts past a week
        (
            "Protesters stormed the embassy on 2 May. Nine days later, Rome recalled its "
            "ambassador from Tripoli.",
            "16",
            dt.date(2019, 5, 11),
        ),
        (
            "The vote was held on 1 May. Twelve days later, Brazil criticised Venezuela.",
            "11",
            dt.date(2019, 5, 13),
        ),
        # a weekday tied to the story's day, not to publication
        (
            "Kerry flew to Cairo on Monday 6 May. That Wednesday, he met Egypt's president.",
            "04",
            dt.date(2019, 5, 8),
        ),
        (
            "Kerry flew to Cairo on 8 May. The following Tuesday, he met Jordan's king.",
            "04",
            dt.date(2019, 5, 14),
        ),
    ],
)
def test_a_day_counted_in_a_story(coder, text, root, want):
    assert (want, "day") in _dates(coder, text, dt.date(2019, 5, 20), root)


def test_that_before_a_weekday_noun_is_no_story_day(coder):
    """ "said that Thursday talks would go ahead": "that" opens the clause."""
    text = "Kerry flew to Cairo on 8 May. Officials said that Thursday talks with Egypt went well."
    got = _dates(coder, text, dt.date(2019, 5, 20), "04")
    assert (dt.date(2019, 5, 9), "day") not in got


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("In the summer of 2015, Hungary criticised Serbia over the migrants.", 2015),
        ("During winter 2009, Russia cut gas supplies to Ukraine.", 2009),
    ],
)
def test_a_season_of_a_year_is_that_year(coder, text, want):
    got = {(e.date, e.date_precision) for e in coder.code_text(text, dt.date(2019, 7, 10))}
    assert (dt.date(want, 1, 1), "year") in got, got


@pytest.mark.parametrize(
    ("text", "published", "want"),
    [
        # a translation's "on Monday last week" is the Monday of the week before, not the
        # Monday just past ("on Monday" alone)
        (
            "On Monday last week the Greek envoy handed a protest note to Ankara.",
            dt.date(2014, 6, 20),
            dt.date(2014, 6, 9),
        ),
        (
            "Japan on Tuesday last week protested to Beijing over the survey ship.",
            dt.date(2019, 3, 15),
            dt.date(2019, 3, 5),
        ),
    ],
)
def test_a_weekday_of_the_week_before(coder, text, published, want):
    assert want in {e.date for e in coder.code_text(text, published) if e.is_fact}


@pytest.mark.parametrize(
    ("text", "published", "root", "want"),
    [
        (
            "Macron, who arrived in Kyiv on Monday, met Zelensky and promised more weapons.",
            dt.date(2022, 5, 1),
            "04",
            dt.date(2022, 4, 25),
        ),
        (
            "President Erdogan, who on Thursday went to the city of Jeddah, was received by "
            "King Salman, and after that he held a meeting with the crown prince.",
            dt.date(2022, 5, 1),
            "04",
            dt.date(2022, 4, 28),
        ),
    ],
)
def test_the_doers_journey_dates_what_he_does_there(coder, text, published, root, want):
    """A relative clause on the subject telling the journey ("who arrived in Kyiv on
    Monday") gives its day to the acts of the sentence that name none of their own."""
    events = [e for e in coder.code_text(text, published) if e.cameo_root == root and e.is_fact]
    assert events
    assert {e.date for e in events} == {want}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("In a speech that he gave on Monday, Blinken criticised China.", dt.date(2022, 4, 25)),
        (
            "Erdogan, in an article which he wrote for the Washington Post in November of last "
            "year, had stated that the order to kill Khashoggi came from the Saudi government.",
            dt.date(2021, 11, 1),
        ),
    ],
)
def test_the_day_a_writing_was_made_dates_what_it_says(coder, text, want):
    """ "in an article which he wrote … in November", "in a speech that he gave on Monday":
    the relative clause that makes the medium dates the act done in it."""
    events = [e for e in coder.code_text(text, dt.date(2022, 5, 1)) if e.cameo_root == "11"]
    assert events
    assert {e.date for e in events} == {want}
