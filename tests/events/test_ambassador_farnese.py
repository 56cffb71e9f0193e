"""Rules found on a machine-translated Rome daily's analysis of Italy and France in February
2019 (tests/data/articles/2019-02-17-ambassador-farnese.txt). Sentences written for
detente."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2019, 2, 17)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Salvini on Thursday asked Paris to hand over the fugitive terrorists.", ("ITA", "FRA")),
        ("The Farnesina summoned the ambassador Masset on Wednesday.", ("ITA", "FRA")),
        ("Castaner on Friday criticised Rome for its remarks.", ("FRA", "ITA")),
        ("Loiseau accused Italy of interference on Friday.", ("FRA", "ITA")),
    ],
)
def test_ministers_and_envoys_of_the_2019_quarrel_are_known(coder, text, pair):
    """The interior ministers, the deputy premiers and the French ambassador in Rome of the
    first Conte government's time are office holders of their countries."""
    got = {(e.source_country, e.target_country) for e in coder.code_text(text, DAY)}
    assert pair in got


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The ministry called the meeting unacceptable between partners in the European "
            "Union. It is the first time since 1940, when Mussolini declared the war to France, "
            "that Paris recalls its ambassador from Rome.",
            ("FRA", "ITA"),
        ),
        (
            "Germany protested to Warsaw. It was the first time in a decade, after years of "
            "calm, that Berlin summoned the Polish ambassador.",
            ("DEU", "POL"),
        ),
    ],
)
def test_it_of_a_framing_clause_is_no_target(coder, text, pair):
    """ "It is the first time since 1940, when …, that Paris recalls its ambassador": the
    parser may hang the framing clause on the act as its complement; its "it" names no one
    (it had taken the side of the sentence before, the European Union)."""
    got = {
        (e.source_country, e.target_country)
        for e in coder.code_text(text, DAY)
        if e.cameo[:2] in ("16", "11")
    }
    assert pair in got
    assert all(target == pair[1] for source, target in got if source == pair[0])


@pytest.mark.parametrize(
    ("text", "pair", "root"),
    [
        (
            "The spokesman Benjamin Griveaux on Friday declared that in Italy there is a prime "
            "minister, called Giuseppe Conte, with whom Macron has already met many times, and "
            "so refused the invitation of Salvini.",
            ("FRA", "ITA"),
            "12",
        ),
        (
            "Lavrov said on Monday that there is no alternative to the talks and accused Kyiv "
            "of sabotage.",
            ("RUS", "UKR"),
            "11",
        ),
    ],
)
def test_a_past_verb_joined_to_there_is_is_the_speaker_s(coder, text, pair, root):
    """ "declared that in Italy there is a prime minister …, and so refused the invitation of
    Salvini": "there" does nothing, so the refusing is the declarer's second act."""
    got = {(e.source_country, e.target_country, e.cameo[:2]) for e in coder.code_text(text, DAY)}
    assert (*pair, root) in got


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "On Thursday 7 February Paris recalled its ambassador from Rome. The spokesman "
            "Griveaux on the radio Europe 1 the day after refused the invitation of Salvini.",
            dt.date(2019, 2, 8),
        ),
        (
            "On Thursday 7 February Paris recalled its ambassador from Rome. The spokesman "
            "Griveaux on the radio the day before had criticised the remarks of Di Maio.",
            dt.date(2019, 2, 6),
        ),
    ],
)
def test_the_day_after_standing_alone_counts_from_the_story_s_day(coder, text, day):
    """ "Griveaux on the radio the day after refused …": "the day after" with no thing after
    it is the day after the one the story has reached (7 February)."""
    told = [e for e in coder.code_text(text, DAY) if e.source_name.endswith("Griveaux")]
    assert told and all(e.date == day for e in told)


def test_the_day_after_a_thing_is_not_counted_from_the_story_s_day(coder):
    """ "the day after the vote" counts from the vote, which the text does not date."""
    text = (
        "On 3 March Moscow expelled two diplomats. Kyiv had condemned Moscow the day after the "
        "vote."
    )
    told = [e for e in coder.code_text(text, DAY) if e.source_country == "UKR"]
    assert told and all(e.date != dt.date(2018, 3, 4) for e in told)


FIRST_SINCE = (
    "On Thursday 7 February the French foreign ministry announced that the ambassador was "
    "recalled for consultations. It is the first time since 1940, when Mussolini declared the "
    "war to France, that Paris recalls its ambassador from Rome.\n\n"
    "The premier Giuseppe Conte, who was in Beirut for a visit in Lebanon, said that the "
    "relation between Italy and France has ancient roots."
)


def test_an_act_framed_as_a_first_is_of_the_story_s_day(coder):
    """ "It is the first time since 1940 … that Paris recalls its ambassador from Rome": the
    writer frames the recall just told, in the present; it is of 7 February, not of the
    day of writing."""
    recalls = [
        e
        for e in coder.code_text(FIRST_SINCE, DAY)
        if e.source_name == "Paris" and e.cameo == "161"
    ]
    assert recalls and all(e.date == dt.date(2019, 2, 7) for e in recalls)


def test_a_first_framed_by_the_writer_does_not_bring_the_story_to_now(coder):
    """After "It is the first time … that Paris recalls …" the story is still on 7
    February: Conte's visit to Lebanon, told next with no day, is of that day."""
    visits = [
        e
        for e in coder.code_text(FIRST_SINCE, DAY)
        if e.source_country == "ITA" and e.target_country == "LBN"
    ]
    assert visits and all(e.date == dt.date(2019, 2, 7) for e in visits)
