"""Rules found on a machine-translated Milan daily's analysis of Italy and France from January
to February 2019 (tests/data/articles/2019-02-17-colle-truce.txt). Sentences written for
detente."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2019, 2, 17)


def _coded(coder, text):
    return {(e.source_country, e.target_country, e.cameo[:2]) for e in coder.code_text(text, DAY)}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "In June, when Rome closed its ports to the rescue ship, Macron spoke of cynicism "
            "and of irresponsibility of the Italian government.",
            ("FRA", "ITA"),
        ),
        (
            "The Chinese foreign minister spoke of American interference in Hong Kong.",
            ("CHN", "USA"),
        ),
        ("On Monday Lavrov talked about the hypocrisy of Washington.", ("RUS", "USA")),
    ],
)
def test_speaking_of_a_fault_in_someone_is_criticism(coder, text, pair):
    """ "spoke of cynicism and of irresponsibility of the Italian government": the fault's
    owner is criticised, never a partner of talks (the clause before had made it a
    consultation between Paris and Rome)."""
    got = _coded(coder, text)
    assert (*pair, "11") in got
    assert not any(root == "04" for _, _, root in got)


def test_speaking_of_a_topic_stays_no_criticism(coder):
    got = _coded(coder, "Macron spoke of the friendship of Italy and France on Monday.")
    assert not any(root == "11" for _, _, root in got)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "To understand how one arrived at the point of rupture it is needed to go back to "
            "the afternoon of Tuesday 5 February. Di Maio met Macron in Paris.",
            dt.date(2019, 2, 5),
        ),
        ("We must go back to 12 January. Conte met Macron in Paris.", dt.date(2019, 1, 12)),
        (
            "It is necessary to start from 3 February. The Spanish minister met Lavrov.",
            dt.date(2019, 2, 3),
        ),
    ],
)
def test_the_day_a_writer_goes_back_to_dates_what_follows(coder, text, day):
    """ "it is needed to go back to the afternoon of Tuesday 5 February. Di Maio … met
    Chalençon": the writer's infinitive of going back sets the story's clock at that day,
    as a past verb on it would (the meeting had taken the publication day)."""
    dates = {e.date for e in coder.code_text(text, DAY) if e.cameo[:2] == "04"}
    assert dates == {day}


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The next day the Quai d'Orsay convoked the Italian ambassador Teresa Castaldo.",
            ("FRA", "ITA"),
        ),
        (
            "On Monday the Spanish foreign ministry convoked the ambassador of Morocco.",
            ("ESP", "MAR"),
        ),
    ],
)
def test_an_envoy_convoked_is_summoned(coder, text, pair):
    """ "convoked the Italian ambassador": the Romance "convocare", "convoquer", "convocar"
    carried over word for word is a summons (it had been no event)."""
    assert (*pair, "11") in _coded(coder, text)


def test_a_parliament_convoked_is_no_summons(coder):
    text = "On Monday the French president convoked parliament for an extraordinary session."
    assert not any(root == "11" for _, _, root in _coded(coder, text))


@pytest.mark.parametrize(
    ("text", "host", "guest"),
    [
        (
            "On Friday the ambassador Masset returned to Rome. In the afternoon he was "
            "received at the Quirinale by Mattarella.",
            "ITA",
            "FRA",
        ),
        (
            "Lavrov gave a lecture on Monday. In the evening he was received by King Salman.",
            "SAU",
            "RUS",
        ),
    ],
)
def test_he_received_by_a_host_is_the_guest_named_before(coder, text, host, guest):
    """ "he was received at the Quirinale by Mattarella": the passive's "he" is a person
    named before, received as "him" is ("Putin received him")."""
    got = _coded(coder, text)
    assert (host, guest, "04") in got
    assert (guest, host, "04") in got


def test_a_perfect_after_a_dated_perfect_goes_on_with_the_story(coder):
    """ "On Friday the ambassador has returned to Rome. Already in the afternoon he has been
    received at the Quirinale": a translation that set its perfect on a named day tells the
    source's narrative past with it, so the next perfect is of that day too (it had taken
    the publication day)."""
    text = (
        "On Friday Macron has arrived in Rome. In the afternoon Macron has met Mattarella at "
        "the Quirinale."
    )
    dates = {e.date for e in coder.code_text(text, DAY) if "has met" in e.sentence}
    assert dates == {dt.date(2019, 2, 15)}
