"""Rules found on a machine-translated Ankara daily's analysis of Turkey and Sweden in January
2023 (tests/data/articles/2023-01-26-stockholm-quran.txt). Sentences written for detente."""

from __future__ import annotations

import datetime as dt

import pytest

DAY = dt.date(2023, 1, 26)


def _events(coder, text, day=DAY):
    return list(coder.code_text(text, day))


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        (
            "Ankara on 20 January the Danish ambassador for the second time in this month "
            "summoned.",
            DAY,
            dt.date(2023, 1, 20),
        ),
        (
            "Moscow on 9 March the Polish envoy for the third time this month summoned.",
            dt.date(2023, 3, 26),
            dt.date(2023, 3, 9),
        ),
    ],
)
def test_a_count_of_times_runs_over_its_month_not_the_day(coder, text, published, day):
    """ "for the second time in this month": the month the count runs over; the day told
    beside it dates the act."""
    summons = [e for e in _events(coder, text, published) if e.cameo_root == "11"]
    assert summons, "the summons is coded"
    assert {e.date for e in summons} == {day}


def test_a_month_counted_over_still_dates_an_act_told_with_no_day(coder):
    # (control) no other day told: the month stands
    text = "Turkey summoned the Swedish ambassador for the second time this month."
    summons = [e for e in _events(coder, text) if e.cameo_root == "11"]
    assert summons and {e.date_source for e in summons} == {"text_month"}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "After it became known that the police to the far-right politician for a rally "
            "permission had given, the Ministry of Foreign Affairs on Friday the Swedish "
            "ambassador summoned.",
            "SWE",
        ),
        (
            "After it became known that the court to the activists for a march permission "
            "had given, the Ministry on Monday the Danish ambassador summoned.",
            "DNK",
        ),
    ],
)
def test_a_fronted_clause_ends_at_the_comma_after_its_verb(coder, text, target):
    """ "After it became known that the police … permission had given, the Ministry … the
    ambassador summoned": the clause of time ends at its verb; the phrase after the comma is
    the subject of the main clause, not the object of "given"."""
    summons = [e for e in _events(coder, text) if e.cameo_root == "11"]
    assert [e.target_country for e in summons] == [target]


def test_a_hyphened_adjective_stays_in_its_phrase(coder):
    """ "the Danish-Swedish far-right politician": one phrase, hyphens and all, when the
    translated clause is put in English order."""
    text = (
        "After it became known that the police of Copenhagen to the Danish-Swedish far-right "
        "politician for a demonstration in front of the embassy of Turkey permission had "
        "given, the Ministry of Foreign Affairs on Friday, 20 January, the Danish ambassador "
        "summoned."
    )
    summons = [e for e in _events(coder, text) if e.cameo_root == "11"]
    assert [e.target_country for e in summons] == ["DNK"]


@pytest.mark.parametrize(
    "text",
    [
        "The police gave permission for a protest against Turkey.",
        "The police of Oslo to the group for a demonstration in front of the embassy of Iran "
        "permission had given.",
    ],
)
def test_a_protest_permitted_is_not_the_permitters(coder, text):
    """The authority that lets a protest be held does not protest."""
    assert not [e for e in _events(coder, text) if e.cameo_root == "14"]


def test_protesters_still_protest(coder):
    # (control)
    events = _events(coder, "Protesters in Istanbul held a rally against Sweden on Saturday.")
    assert ("TUR", "SWE") in {(e.source_country, e.target_country) for e in events}


def test_a_capitalised_body_is_not_the_side_its_sentence_summons(coder):
    """ "The Ministry of Foreign Affairs summoned the Swedish ambassador", told after the
    Swedish prime minister spoke last: not Sweden's ministry, but the side that acted
    before (Turkey), else no side."""
    told = (
        "The Swedish prime minister Ulf Kristersson on 8 January admitted that Turkey wants "
        "more. The Ministry of Foreign Affairs on 12 January summoned the Swedish ambassador."
    )
    pairs = {(e.source_country, e.target_country) for e in _events(coder, told)}
    assert ("SWE", "SWE") not in pairs
    events = _events(coder, "Turkey criticised Sweden in December. " + told)
    summons = [e for e in events if e.cameo_root == "11" and e.date == dt.date(2023, 1, 12)]
    assert [(e.source_country, e.target_country) for e in summons] == [("TUR", "SWE")]


@pytest.mark.parametrize(
    ("text", "doers"),
    [
        (
            "On 3 March 2021, on the sidelines of the meeting of the ministers in Vienna, "
            "Austria, Hungary and Slovakia a joint declaration signed.",
            {"AUT", "HUN", "SVK"},
        ),
        (
            "On 9 May, in Brussels, Estonia, Latvia and Lithuania a joint statement issued.",
            {"EST", "LVA", "LTU"},
        ),
    ],
)
def test_doers_listed_after_a_set_off_place_are_the_subject(coder, text, doers):
    """ "On 28 June, in Madrid, Turkey, Sweden and Finland a memorandum signed", put in
    English order, is read with the list as conjuncts of the place; the list before the
    verb is its subject."""
    events = _events(coder, text, dt.date(2021, 5, 20))
    assert {e.source_country for e in events} >= doers


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "According to diplomatic sources, Greece the meeting with Cyprus to a later date "
            "postponed.",
            ("GRC", "CYP"),
        ),
        (
            "According to the Kremlin, Moscow ten Polish diplomats expelled.",
            ("RUS", "POL"),
        ),
        (
            "On Friday, according to the ministry, Algeria the treaty of friendship with Spain "
            "suspended.",
            ("DZA", "ESP"),
        ),
    ],
)
def test_an_attribution_set_before_the_subject_is_no_part_of_it(coder, text, pair):
    """ "According to diplomatic sources, Turkey the meeting … postponed": the clause after
    the attribution is put in English order with its own subject."""
    events = _events(coder, text)
    assert pair in {(e.source_country, e.target_country) for e in events}
